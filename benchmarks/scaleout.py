"""What the scale-out benchmarks share: the corpus, the local baseline, and the table row.

The corpus is baomoi-500 repeated to a few MB (``--mb``); the baseline is
:func:`vnnews_clean.clean` over the same documents in a loop, in this process,
on one core, line caches emptied first (the engines' worker processes start
with empty caches too). Figures are wall-clock: an engine's cost includes its
processes, reading and writing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_clean import DEFAULT, articles, clear_line_caches

__all__ = ["HEADER", "arguments", "clear_line_caches", "corpus", "local_baseline", "row", "size_mb"]

from vnnews_clean import clean


def arguments(description: str, batch_size: bool = False) -> argparse.Namespace:
    """The shared options (and ``--batch-size`` when the engine has one)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    if batch_size:
        parser.add_argument("--batch-size", type=int, default=1000, help="rows per call of the function")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="<article> records (baomoi-500)")
    parser.add_argument("--mb", type=float, default=5.0, help="repeat the corpus to about this many MB")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="processes to try")
    return parser.parse_args()


def corpus(path: Path, megabytes: float) -> list[str]:
    docs = articles(path)
    size = sum(len(doc.encode()) for doc in docs)
    return docs * max(1, round(megabytes * 1e6 / size))


def size_mb(docs: list[str]) -> float:
    return sum(len(doc.encode()) for doc in docs) / 1e6


def local_baseline(docs: list[str]) -> float:
    """Seconds for ``clean`` over ``docs`` in a loop on one core (cold line caches)."""
    clear_line_caches()
    start = time.perf_counter()
    for doc in docs:
        clean(doc)
    return time.perf_counter() - start


def row(engine: str, settings: str, docs: list[str], seconds: float, baseline: float) -> str:
    """One line of the table in docs/performance.md: engine, settings, docs/s, MB/s, vs local clean."""
    return (
        f"| {engine} | {settings} | {len(docs) / seconds:,.0f} | {size_mb(docs) / seconds:.2f} "
        f"| {baseline / seconds:.2f}× |"
    )


HEADER = "| engine | settings | docs/s | MB/s | vs local clean |\n|---|---|---|---|---|"
