"""Check that this checkout's quality_signals() gives exactly another revision's values.

    python benchmarks/check_signals.py [REVISION]   # default: main

Both versions run in one process (the revision's package is exported with
``git archive`` and imported as ``vnnews_ref``, as bench_ab.py does) on:
baomoi-500 (each article raw and after ``clean``, with its ``CleanResult``),
every ``.txt`` file of tests/data and benchmarks/cases, and generated texts
that stress the repetition signals (a few tokens repeated in random order,
so that n-grams tie) and the character classes (random code points). Every
field must be equal (floats with ``==``); the first differences are printed.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import tempfile
from pathlib import Path

from bench_ab import ROOT, export
from bench_clean import DEFAULT, articles


def generated(count: int = 2000) -> list[str]:
    """Texts with many repeated n-grams and ties, and texts of random characters (some with lone surrogates)."""
    draw = random.Random(9)
    vocab = ["hà", "nội", "Nội", "mưa", "to,", "2024", "-", "the", "ĐÀ", "nẵng.", "…", "a", "bb", "Â“", "&amp;", "M&A"]
    ranges = [(32, 0x2FF), (0x1E00, 0x1F00), (0x2000, 0x2100), (0x80, 0xD800), (0xE000, 0x10000), (0x1F300, 0x1F400)]
    texts = []
    for i in range(count):
        size = draw.choice([0, 1, 2, 3, 4, 5, 8, 30, 200, 2000])
        words = draw.choices(vocab[: 2 + i % len(vocab)], k=size)
        seps = draw.choices([" ", " ", " ", "\n", "\n\n", "  ", "\t"], k=size)
        texts.append("".join(w + s for w, s in zip(words, seps, strict=True)))
        length = draw.choice([1, 10, 100])
        texts.append("".join(chr(draw.randrange(*draw.choice(ranges))) for _ in range(length)))
    texts += ["Hà Nội \ud800 mưa", "\udfff", "a\ud83d\ude00b"]
    return texts


def corpus(source: Path, clean) -> list[tuple[str, object]]:
    """(text, CleanResult or None) pairs to measure."""
    pairs: list[tuple[str, object]] = []
    for doc in articles(source):
        pairs.append((doc, None))
        result = clean(doc)
        pairs.append((result.text, result))
    for folder in (ROOT / "tests" / "data", ROOT / "benchmarks" / "cases"):
        for path in sorted(folder.rglob("*.txt")):
            pairs.append((path.read_text(encoding="utf-8"), None))
    pairs.extend((text, None) for text in generated())
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", nargs="?", default="main")
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export(args.revision, Path(tmp))
        sys.path.insert(0, tmp)
        ref = importlib.import_module("vnnews_ref")
        new = importlib.import_module("vnnews_clean")
        pairs = corpus(args.corpus, new.clean_document)
        differences = raised = 0
        for text, result in pairs:
            b = new.quality_signals(text, result).to_dict()
            try:
                a = ref.quality_signals(text, result).to_dict()
            except UnicodeEncodeError:  # the revision's may fail on lone surrogates; this one must not
                raised += 1
                continue
            if a != b:
                differences += 1
                if differences <= 5:
                    fields = {k: (a[k], b[k]) for k in a if a[k] != b.get(k)}
                    print(f"differs on {text[:60]!r}: {fields}")
    print(
        f"{len(pairs)} texts, {differences} with a different field, "
        f"{raised} that {args.revision} could not measure (lone surrogates)"
    )
    raise SystemExit(1 if differences else 0)


if __name__ == "__main__":
    main()
