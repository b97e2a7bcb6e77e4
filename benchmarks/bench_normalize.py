"""normalize() beside ftfy.fix_text and underthesea's text_normalize, on real news.

    pip install -e '.[bench]'          # underthesea, optional: skipped if missing
    python benchmarks/bench_normalize.py [CORPUS]   # default: ../shared/corpora/baomoi-500.txt

Each article is normalized on its own, as a corpus run would; the best of
several runs counts for every tool (shared machines vary by a third from run
to run). Prints MB/s per tool, one core, and how much faster normalize is.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import ftfy
from bench_clean import DEFAULT, articles, throughput

from vnnews_clean import normalize


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    docs = articles(args.corpus)
    print(f"{len(docs)} articles, {sum(len(d.encode()) for d in docs) / 1e6:.2f} MB, one core")
    speeds = {name: throughput(function, docs, repeat) for name, (function, repeat) in peers().items()}
    ours = speeds["vnnews_clean.normalize"]
    for name, speed in speeds.items():
        ratio = "" if name == "vnnews_clean.normalize" else f"   normalize is {ours / speed:5.1f}x faster"
        print(f"{name:28} {speed:7.2f} MB/s{ratio}")


if __name__ == "__main__":
    main()
