"""Throughput of quality_signals() on real Vietnamese news (target: 20 MB/s per core).

    python benchmarks/bench_signals.py [CORPUS] [--parts]   # default: ../shared/corpora/baomoi-500.txt

Each article is measured on its own, as the command does, after one warm-up
round (the token cache is then warm, as it is after the first few thousand
documents of a corpus run). Prints wall-clock and CPU-time MB/s, best of 5,
and with ``--parts`` the CPU time of each part of the computation.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bench_clean import DEFAULT, articles, throughput

from vnnews_clean import mask_pii, quality_signals
from vnnews_clean.quality import signals as S


def parts(docs: list[str]) -> None:
    """CPU seconds per MB of the separate passes (what to optimise next)."""
    size = sum(len(d.encode()) for d in docs) / 1e6
    tokens = {d: d.lower().split() for d in docs}
    counts = {d: Counter(tokens[d]) for d in docs}
    steps = {
        "lower + split": lambda d: d.lower().split(),
        "character counts": S._character_counts,
        "n-grams 2-4 (given tokens)": lambda d: S._top_ngram_fractions(tokens[d], counts[d], len(d)),
        "encoding issues (gated)": lambda d: S._encoding_issues(d, False),
        "pii counts": lambda d: S._pii_counts(d, d.lower()),
        "mask_pii": mask_pii,
    }
    for name, function in steps.items():
        function(docs[0])
        start = time.process_time()
        for doc in docs:
            function(doc)
        print(f"  {name:<28} {(time.process_time() - start) / size * 1000:6.1f} ms/MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--parts", action="store_true", help="time each part of the computation")
    args = parser.parse_args()
    docs = articles(args.corpus)
    size = sum(len(d.encode()) for d in docs)
    print(f"{len(docs)} articles, {size / 1e6:.2f} MB")
    for doc in docs:  # warm the token cache
        quality_signals(doc)
    wall = throughput(quality_signals, docs, repeat=5)
    cpu = throughput(quality_signals, docs, repeat=5, clock=time.process_time)
    print(f"quality_signals  {wall:6.1f} MB/s wall clock  {cpu:6.1f} MB/s CPU time")
    if args.parts:
        parts(docs)


if __name__ == "__main__":
    main()
