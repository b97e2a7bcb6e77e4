"""normalize() beside ftfy.fix_text and underthesea's text_normalize, on real news.

    pip install -e '.[bench]'          # underthesea, optional: skipped if missing
    python benchmarks/bench_normalize.py [CORPUS]   # default: ../shared/corpora/baomoi-500.txt
    python benchmarks/bench_normalize.py [CORPUS] --against REVISION [--rounds N]

Each article is normalized on its own, as a corpus run would; the best of
several runs counts for every tool (shared machines vary by a third from run
to run). Prints MB/s per tool, one core, and how much faster normalize is.

``--against`` compares normalize with a git revision's in one process instead,
both with their C twins built (the revision's from its own sources), rounds
interleaved, in CPU time: the corpus as it is, and written as broken pages are
(UTF-8 read as Windows-1252, TCVN3: see encodings.py).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ftfy
from bench_ab import export
from bench_clean import DEFAULT, articles, throughput

from vnnews_clean import normalize


def _misread() -> Callable[[str, str], str | None]:
    """encodings.misread: that script shares its name with the standard library's package, so it is loaded by path."""
    spec = importlib.util.spec_from_file_location("bench_encodings", Path(__file__).with_name("encodings.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module.misread


def peers() -> dict[str, tuple[Callable[[str], object], int]]:
    tools: dict[str, tuple[Callable[[str], object], int]] = {
        "vnnews_clean.normalize": (normalize, 5),
        "ftfy.fix_text": (ftfy.fix_text, 3),
    }
    try:
        from underthesea import text_normalize
    except ImportError:
        print("underthesea not installed: pip install -e '.[bench]' to compare with it")
    else:
        tools["underthesea.text_normalize"] = (text_normalize, 3)
    return tools


def against(revision: str, docs: list[str], rounds: int) -> None:
    """normalize of this checkout and of ``revision``, interleaved round by round, in CPU time."""
    misread = _misread()
    corpora = {
        "clean": docs,
        "cp1252": [misread(doc, "cp1252") or doc for doc in docs],
        "tcvn3": ["\n".join(misread(line, "tcvn3") or line for line in doc.split("\n")) for doc in docs],
    }
    with tempfile.TemporaryDirectory() as tmp:
        export(revision, Path(tmp), twins=True)
        sys.path.insert(0, tmp)
        versions = {
            revision: importlib.import_module("vnnews_ref"),
            "this checkout": importlib.import_module("vnnews_clean"),
        }
        print(f"C twins: {', '.join(f'{name} {module.accelerated()}' for name, module in versions.items())}")
        for corpus, texts in corpora.items():
            size = sum(len(text.encode()) for text in texts)
            best = dict.fromkeys(versions, float("inf"))
            for _ in range(rounds):
                for name, module in versions.items():
                    function = module.normalize
                    start = time.process_time()
                    for text in texts:
                        function(text)
                    best[name] = min(best[name], time.process_time() - start)
            speeds = {name: size / seconds / 1e6 for name, seconds in best.items()}
            ratio = speeds["this checkout"] / speeds[revision]
            cells = "  ".join(f"{name} {speed:7.2f} MB/s" for name, speed in speeds.items())
            print(f"{corpus:7} {size / 1e6:5.2f} MB  {cells}  ratio {ratio:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--against", metavar="REVISION", help="compare with this git revision's normalize")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    docs = articles(args.corpus)
    if args.against:
        print(f"{len(docs)} articles, best of {args.rounds} interleaved rounds (CPU time), one core")
        against(args.against, docs, args.rounds)
        return
    print(f"{len(docs)} articles, {sum(len(d.encode()) for d in docs) / 1e6:.2f} MB, one core")
    speeds = {name: throughput(function, docs, repeat) for name, (function, repeat) in peers().items()}
    ours = speeds["vnnews_clean.normalize"]
    for name, speed in speeds.items():
        ratio = "" if name == "vnnews_clean.normalize" else f"   normalize is {ours / speed:5.1f}x faster"
        print(f"{name:28} {speed:7.2f} MB/s{ratio}")


if __name__ == "__main__":
    main()
