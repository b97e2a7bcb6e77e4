"""Windows-1258 read as Latin-1: how many lines normalize repairs, and how many it makes worse.

    python benchmarks/measure_cp1258.py [CORPUS]   # default: ../shared/corpora/baomoi-500.txt

Each line of each article is written as Windows-1258 would write it (a
precomposed letter where the code page has one, else base letter plus
combining tone mark), read back as Latin-1, and normalized. A line counts as
*repaired* when that gives what normalizing the original gives; as *made
worse* when fewer of its words are right (equal to the original's, in place)
after normalizing than as read; as *partly repaired* when more are right
but not all, and as *left* otherwise. Byte 0x85 is "…" in Windows-1258 but
a line break (NEL) when read as Latin-1, and normalize keeps every line break:
such lines are counted apart.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

from bench_clean import DEFAULT, articles

from vnnews_clean import normalize
from vnnews_clean.normalization.syllable import SPLIT, TONE_MARKS


def to_cp1258(line: str) -> bytes | None:
    """``line`` as Windows-1258 bytes, or None when it has a character the code page lacks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", line):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, tone = SPLIT.get(char, (char, 0))
        try:
            out += base.encode("cp1258") + (TONE_MARKS[tone - 1].encode("cp1258") if tone else b"")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def right_words(text: str, want: list[str]) -> int:
    return sum(a == b for a, b in zip(text.split(), want, strict=False))


def classify(line: str) -> str:
    raw = to_cp1258(line)
    if raw is None:
        return "not encodable"
    read = raw.decode("latin-1")
    if read == line:
        return "unchanged by the code page"
    if "\x85" in read:
        return "holds 0x85 (a line break)"
    out, want = normalize(read), normalize(line)
    if out == want:
        return "repaired"
    before, after = right_words(read, want.split()), right_words(out, want.split())
    return "made worse" if after < before else "partly repaired" if after > before else "left"


CLASSES = (
    "not encodable",
    "unchanged by the code page",
    "holds 0x85 (a line break)",
    "repaired",
    "partly repaired",
    "left",
    "made worse",
)


def measure(lines: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(CLASSES, 0)
    for line in lines:
        counts[classify(line)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print this many lines made worse")
    args = parser.parse_args()
    lines = [line for doc in articles(args.corpus) for line in doc.split("\n") if line.strip()]
    counts = measure(lines)
    print(f"{len(lines)} non-empty lines")
    for name, count in counts.items():
        print(f"{name:28} {count:6}")
    shown = 0
    for line in lines:
        if shown < args.show and classify(line) in ("made worse", "left", "partly repaired"):
            read = to_cp1258(line).decode("latin-1")  # type: ignore[union-attr]
            print(classify(line), repr(read[:70]), "->", repr(normalize(read)[:70]))
            shown += 1


if __name__ == "__main__":
    main()
