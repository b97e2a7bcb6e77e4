"""Throughput of the Hugging Face datasets function (``clean_dataset``, a batched map) beside clean().

    python benchmarks/bench_datasets.py [CORPUS] [--mb 5] [--workers 1 2] [--batch-size 1000]

For each number of workers N: ``clean_dataset(dataset, num_proc=N)`` on an
in-memory ``Dataset`` of the documents (num_proc=1 runs in this process; more
start worker processes and write their shards to temporary Arrow files).
Prints Markdown table rows for docs/performance.md. Wall clock: on a shared
machine the figures are noisy.
"""

from __future__ import annotations

import time

import datasets
from scaleout import HEADER, arguments, clear_line_caches, corpus, local_baseline, row, size_mb

from vnnews_clean.integrations.datasets import clean_dataset


def run(docs: list[str], workers: int, batch_size: int) -> float:
    dataset = datasets.Dataset.from_dict({"text": docs})
    clear_line_caches()  # num_proc=1 runs in this process: start cold as the baseline did
    start = time.perf_counter()
    out = clean_dataset(dataset, num_proc=workers if workers > 1 else None, batch_size=batch_size)
    seconds = time.perf_counter() - start
    assert len(out) > 0
    return seconds


def main() -> None:
    args = arguments(__doc__, batch_size=True)
    batch_size = args.batch_size
    datasets.disable_progress_bars()
    docs = corpus(args.corpus, args.mb)
    print(f"{len(docs)} documents, {size_mb(docs):.2f} MB")
    baseline = local_baseline(docs)
    print(HEADER)
    print(row("local `clean` loop", "1 process", docs, baseline, baseline))
    for workers in args.workers:
        settings = f"num_proc={workers}, batch_size={batch_size}, in-memory Dataset"
        print(row("datasets", settings, docs, run(docs, workers, batch_size), baseline))


if __name__ == "__main__":
    main()
