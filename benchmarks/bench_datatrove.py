"""Throughput of the datatrove step (a local pipeline: JSON Lines in, step, JSON Lines out) beside clean().

    python benchmarks/bench_datatrove.py [CORPUS] [--mb 5] [--workers 1 2] [--repeat 3]

For each number of workers N: ``LocalPipelineExecutor(tasks=N, workers=N)``
over N input files, reader -> :class:`VietnameseNewsCleaner` -> writer
(gzip, datatrove's default), and the same pipeline without the step (what the
executor, reading and writing cost alone). Prints a Markdown table for
docs/performance.md. On a shared machine the figures are noisy.
"""

from __future__ import annotations

import json
import tempfile
from functools import partial
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from scaleout import arguments, command_runs, corpus, report

from vnnews_clean.integrations.datatrove import VietnameseNewsCleaner


def write_inputs(docs: list[str], folder: Path, files: int) -> Path:
    """The documents as ``files`` JSON Lines files (a task reads whole files)."""
    inputs = folder / f"in-{files}"
    inputs.mkdir()
    for number in range(files):
        with open(inputs / f"{number}.jsonl", "w", encoding="utf-8") as out:
            for index in range(number, len(docs), files):
                out.write(json.dumps({"id": str(index), "text": docs[index]}, ensure_ascii=False) + "\n")
    return inputs


def run(inputs: Path, folder: Path, workers: int, step: bool) -> None:
    """The whole pipeline (processes, reading, writing) on ``workers`` tasks; output to a fresh folder."""
    output = Path(tempfile.mkdtemp(dir=folder))
    pipeline = [JsonlReader(str(inputs)), JsonlWriter(str(output / "out"))]
    if step:
        pipeline.insert(1, VietnameseNewsCleaner())
    LocalPipelineExecutor(pipeline=pipeline, tasks=workers, workers=workers, logging_dir=str(output / "logs")).run()


def main() -> None:
    args = arguments(__doc__)
    from loguru import logger  # datatrove logs every task: keep the output to the figures

    logger.remove()
    docs = corpus(args.corpus, args.mb)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        runs = []
        for workers in args.workers:
            inputs = write_inputs(docs, folder, workers)
            settings = f"tasks={workers}, workers={workers}, JSONL in, JSONL.gz out"
            runs.append(("datatrove", settings, partial(run, inputs, folder, workers, True)))
            runs.append(
                (
                    "datatrove, no step",
                    settings + ": executor, reading, writing",
                    partial(run, inputs, folder, workers, False),
                )
            )
        runs += command_runs(docs, folder, args.workers)
        report(docs, runs, args.repeat)


if __name__ == "__main__":
    main()
