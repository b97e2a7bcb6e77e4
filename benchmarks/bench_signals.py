"""Throughput of quality_signals() on real Vietnamese news (target: 20 MB/s per core).

With the C twin of the counting passes built (``vnnews_clean.accelerated()``);
``VNNEWS_CLEAN_PURE_PYTHON=1`` measures the Python code alone.

    python benchmarks/bench_signals.py [CORPUS] [--parts]   # default: ../shared/corpora/baomoi-500.txt
    python benchmarks/bench_signals.py --against REVISION [--rounds 15]

Each article is measured on its own, as the command does, after one warm-up
round (the token cache is then warm, as it is after the first few thousand
documents of a corpus run). Prints wall-clock and CPU-time MB/s, best of 5,
and with ``--parts`` the CPU time of each part of the computation.

``--against`` compares with another git revision in the same process,
interleaved round by round, in CPU time (as bench_ab.py does for clean): on a
shared machine the only fair comparison. It prints both versions' best round
and their ratio.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_ab import export
from bench_clean import DEFAULT, articles, throughput

from vnnews_clean import mask_pii, quality_signals
from vnnews_clean.quality import patterns as P
from vnnews_clean.quality import signals as S


def parts(docs: list[str]) -> None:
    """CPU seconds per MB of the separate passes (what to optimise next).

    The Python twins' passes are timed also when the C twin is built (then
    quality_signals runs the C lines instead of the "Python twin" ones).
    """
    size = sum(len(d.encode()) for d in docs) / 1e6
    tokens = {d: d.lower().split() for d in docs}
    counts = {d: Counter(tokens[d]) for d in docs}
    characters = {d: S._character_counts(d) for d in docs}  # the counts, and the encoding gate
    steps = {}
    if S._NATIVE is not None:
        steps["C twin: tokens, n-grams, hints"] = lambda d: S._native_token_counts(d, len(d))
        steps["C twin: character counts"] = S._native_character_counts
    steps |= {
        "Python twin: lower + split": lambda d: d.lower().split(),
        "Python twin: token Counter": lambda d: Counter(tokens[d]),
        "Python twin: character counts": S._character_counts,
        "Python twin: n-grams 2-4": lambda d: S._top_ngram_fractions(tokens[d], counts[d], len(d)),
        "Python twin: token classes": lambda d: S._token_counts(tokens[d], counts[d]),
        "encoding issues (gated)": lambda d: S._encoding_issues(d, False, characters[d][1]),
        "pii counts": lambda d: S._pii_counts(d, P.may_hold(d), characters[d][0][2]),
        "mask_pii": mask_pii,
    }
    for name, function in steps.items():
        function(docs[0])
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            for doc in docs:
                function(doc)
            best = min(best, time.process_time() - start)
        print(f"  {name:<32} {best / size * 1000:6.1f} ms/MB (best of 5)")


def against(revision: str, docs: list[str], rounds: int, chunk: int = 25) -> None:
    """CPU time of this checkout and of ``revision``, interleaved in one process.

    The articles are timed ``chunk`` at a time, the two versions alternating
    on each chunk, and each chunk's best time over ``rounds`` rounds is kept:
    on a loaded machine the best of many short runs is nearer the truth than
    the best of a few whole passes.
    """
    size = sum(len(d.encode()) for d in docs)
    chunks = [docs[at : at + chunk] for at in range(0, len(docs), chunk)]
    with tempfile.TemporaryDirectory() as tmp:
        export(revision, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {
            revision: importlib.import_module("vnnews_ref").quality_signals,
            "this checkout": importlib.import_module("vnnews_clean").quality_signals,
        }
        for measure in versions.values():  # warm the token caches
            for doc in docs:
                measure(doc)
        best = {name: [float("inf")] * len(chunks) for name in versions}
        for _ in range(rounds):
            for index, part in enumerate(chunks):
                for name, measure in versions.items():
                    start = time.process_time()
                    for doc in part:
                        measure(doc)
                    best[name][index] = min(best[name][index], time.process_time() - start)
    seconds = {name: sum(times) for name, times in best.items()}
    print(f"CPU time, {len(chunks)} chunks of {chunk} articles, each chunk's best of {rounds} interleaved rounds")
    for name, total in seconds.items():
        print(f"quality_signals {name:>14}  {size / total / 1e6:6.1f} MB/s")
    print(f"speed-up: {seconds[revision] / seconds['this checkout']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--parts", action="store_true", help="time each part of the computation")
    parser.add_argument("--against", metavar="REVISION", help="compare with this git revision, interleaved")
    parser.add_argument("--rounds", type=int, default=15, help="rounds of each version with --against")
    args = parser.parse_args()
    docs = articles(args.corpus)
    size = sum(len(d.encode()) for d in docs)
    print(f"{len(docs)} articles, {size / 1e6:.2f} MB")
    if args.against:
        against(args.against, docs, args.rounds)
        return
    for doc in docs:  # warm the token cache
        quality_signals(doc)
    wall = throughput(quality_signals, docs, repeat=5)
    cpu = throughput(quality_signals, docs, repeat=5, clock=time.process_time)
    print(f"quality_signals  {wall:6.1f} MB/s wall clock  {cpu:6.1f} MB/s CPU time")
    if args.parts:
        parts(docs)


if __name__ == "__main__":
    main()
