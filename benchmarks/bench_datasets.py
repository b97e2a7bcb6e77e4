"""Throughput of the Hugging Face datasets function (``clean_dataset``, a batched map) beside clean().

    python benchmarks/bench_datasets.py [CORPUS] [--mb 5] [--workers 1 2] [--repeat 3] [--batch-size 1000]

For each number of workers N: ``clean_dataset(dataset, num_proc=N)`` on an
in-memory ``Dataset`` of the documents (num_proc=1 runs in this process; more
start worker processes, which write their shards to temporary Arrow files).
Prints a Markdown table for docs/performance.md. On a shared machine the
figures are noisy.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

import datasets
from scaleout import arguments, command_runs, corpus, report

from vnnews_clean.integrations.datasets import clean_dataset


def run(dataset: datasets.Dataset, workers: int, batch_size: int) -> None:
    out = clean_dataset(dataset, num_proc=workers if workers > 1 else None, batch_size=batch_size)
    assert len(out) > 0


def main() -> None:
    args = arguments(__doc__, batch_size=True)
    datasets.disable_progress_bars()
    datasets.disable_caching()  # every round cleans again, never reads a cached result
    docs = corpus(args.corpus, args.mb)
    dataset = datasets.Dataset.from_dict({"text": docs})
    runs = [
        (
            "datasets",
            f"num_proc={n}, batch_size={args.batch_size}, in-memory Dataset",
            partial(run, dataset, n, args.batch_size),
        )
        for n in args.workers
    ]
    with tempfile.TemporaryDirectory() as folder:
        report(docs, runs + command_runs(docs, Path(folder), args.workers), args.repeat)


if __name__ == "__main__":
    main()
