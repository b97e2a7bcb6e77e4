"""What the scale-out benchmarks share: the corpus, the local baseline, and the table they print.

The corpus is baomoi-500 repeated to a few MB (``--mb``); the baseline is
:func:`vnnews_clean.clean` over the same documents in a loop, in this process,
on one core. Every run starts with the line caches empty (the engines' worker
processes start with empty caches too). The runs are interleaved, round after
round, and each keeps its best time (``--repeat``), so that a load that comes
and goes on a shared machine weighs on all of them alike. Figures are wall
clock: an engine's time includes its processes, reading and writing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_clean import DEFAULT, articles, clear_line_caches

from vnnews_clean import clean

__all__ = ["arguments", "command_runs", "corpus", "report"]

HEADER = "| engine | settings | docs/s | MB/s | vs local clean |\n|---|---|---|---|---|"


def arguments(description: str, batch_size: bool = False) -> argparse.Namespace:
    """The shared options (and ``--batch-size`` when the engine has one)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="<article> records (baomoi-500)")
    parser.add_argument("--mb", type=float, default=5.0, help="repeat the corpus to about this many MB")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="processes to try")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each run keeps its best time")
    if batch_size:
        parser.add_argument("--batch-size", type=int, default=1000, help="rows per call of the function")
    return parser.parse_args()


def corpus(path: Path, megabytes: float) -> list[str]:
    docs = articles(path)
    size = sum(len(doc.encode()) for doc in docs)
    return docs * max(1, round(megabytes * 1e6 / size))


def command_runs(docs: list[str], folder: Path, workers: list[int]) -> list[tuple[str, str, Callable[[], None]]]:
    """The ``vnnews-clean`` command on the same documents, ``-j N`` for each N: what one machine does
    without an engine (one JSON Lines file in, one out; the process start counted, as an engine's is)."""
    source = folder / "command-in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for index, doc in enumerate(docs):
            out.write(json.dumps({"id": str(index), "text": doc}, ensure_ascii=False) + "\n")

    def run(jobs: int) -> None:
        target = Path(tempfile.mkdtemp(dir=folder)) / "out.jsonl"
        command = [sys.executable, "-m", "vnnews_clean", str(source), "-o", str(target), "-j", str(jobs), "-q"]
        subprocess.run(command, check=True)

    return [
        ("`vnnews-clean` command", f"-j {jobs}, JSONL in, JSONL out", lambda jobs=jobs: run(jobs)) for jobs in workers
    ]


def report(docs: list[str], runs: list[tuple[str, str, Callable[[], None]]], repeat: int) -> None:
    """Time the local loop and each (engine, settings, run) ``repeat`` times, interleaved; print the table."""
    size = sum(len(doc.encode()) for doc in docs) / 1e6
    print(f"{len(docs)} documents, {size:.2f} MB, best of {repeat} interleaved rounds, wall clock")

    def local() -> None:
        for doc in docs:
            clean(doc)

    runs = [("local `clean` loop", "1 process", local), *runs]
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for number, (_, _, run) in enumerate(runs):
            clear_line_caches()  # cold, and forked workers inherit empty caches
            start = time.perf_counter()
            run()
            best[number] = min(best[number], time.perf_counter() - start)
    print(HEADER)
    for (engine, settings, _), seconds in zip(runs, best, strict=True):
        print(
            f"| {engine} | {settings} | {len(docs) / seconds:,.0f} | {size / seconds:.2f} | {best[0] / seconds:.2f}× |"
        )
