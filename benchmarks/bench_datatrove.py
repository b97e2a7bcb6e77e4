"""Throughput of the datatrove step (a local pipeline: JSON Lines in, step, JSON Lines out) beside clean().

    python benchmarks/bench_datatrove.py [CORPUS] [--mb 5] [--workers 1 2]

For each number of workers N: ``LocalPipelineExecutor(tasks=N, workers=N)``
over N input files, reader -> :class:`VietnameseNewsCleaner` -> writer, and
the same pipeline without the step (what reading and writing alone cost).
Prints Markdown table rows for docs/performance.md. Wall clock: on a shared
machine the figures are noisy.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from scaleout import HEADER, arguments, clear_line_caches, corpus, local_baseline, row, size_mb

from vnnews_clean.integrations.datatrove import VietnameseNewsCleaner


def run(docs: list[str], workers: int, step: bool) -> float:
    """Seconds for the whole pipeline (processes, reading, writing) on ``workers`` tasks."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for number in range(workers):
            with open(inputs / f"{number}.jsonl", "w", encoding="utf-8") as out:
                for index in range(number, len(docs), workers):
                    out.write(json.dumps({"id": str(index), "text": docs[index]}, ensure_ascii=False) + "\n")
        pipeline = [JsonlReader(str(inputs)), JsonlWriter(f"{folder}/out")]
        if step:
            pipeline.insert(1, VietnameseNewsCleaner())
        executor = LocalPipelineExecutor(
            pipeline=pipeline, tasks=workers, workers=workers, logging_dir=f"{folder}/logs", skip_completed=False
        )
        clear_line_caches()  # workers=1 runs in this process: start cold as the baseline did
        start = time.perf_counter()
        executor.run()
        return time.perf_counter() - start


def main() -> None:
    args = arguments(__doc__)
    from loguru import logger  # datatrove logs every task: keep the output to the figures

    logger.remove()
    logging.disable(logging.INFO)
    docs = corpus(args.corpus, args.mb)
    print(f"{len(docs)} documents, {size_mb(docs):.2f} MB")
    baseline = local_baseline(docs)
    print(HEADER)
    print(row("local `clean` loop", "1 process", docs, baseline, baseline))
    for workers in args.workers:
        settings = f"tasks={workers}, workers={workers}, JSONL in/out"
        print(row("datatrove", settings, docs, run(docs, workers, step=True), baseline))
        print(
            row(
                "datatrove, no step",
                settings + " (reading and writing only)",
                docs,
                run(docs, workers, False),
                baseline,
            )
        )


if __name__ == "__main__":
    main()
