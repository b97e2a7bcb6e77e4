"""Cleaning a stream of records in order, on several cores, with bounded memory."""

from __future__ import annotations

import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..api import _pipeline
from ..options import CleanOptions
from .sources import BadRecord, Input, Record

BATCH = 32  # records per task sent to a worker
IN_FLIGHT_PER_WORKER = 4  # tasks queued per worker: enough to keep it busy, little memory


@dataclass(frozen=True)
class InputDone:
    """Passes through the stream after the last record of an input."""

    input: Input


Item = Record | BadRecord | InputDone


@dataclass(frozen=True)
class Cleaned:
    """What the command needs of a CleanResult; ``removed`` only when a report is written.

    Sending every removed line back from the workers would cost the main
    process more than the cleaning saves.
    """

    text: str
    title: str | None
    author: str | None
    source: str | None
    dropped: tuple[tuple[str, int], ...]  # (rule, lines dropped)
    removed: tuple[Any, ...] = ()


def clean_texts(texts: list[str], options: CleanOptions, with_removed: bool = False) -> list[Cleaned]:
    """Worker task: one batch of documents (the pipeline is built once per process)."""
    pipeline = _pipeline(options)
    out = []
    for text in texts:
        result = pipeline.run(text)
        dropped = tuple(Counter(r.rule for r in result.removed if not r.is_edit).items())
        removed = result.removed if with_removed else ()
        out.append(Cleaned(result.text, result.title, result.author, result.source, dropped, removed))
    return out


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _pair(batch: list[Item], results: list[Cleaned]) -> Iterator[tuple[Item, Cleaned | None]]:
    cleaned = iter(results)
    for item in batch:
        yield item, (next(cleaned) if isinstance(item, Record) else None)


def clean_stream(
    items: Iterable[Item], options: CleanOptions, workers: int, with_removed: bool = False
) -> Iterator[tuple[Item, Cleaned | None]]:
    """Yield each item with its cleaning result, in input order.

    With several workers, batches go to a process pool and at most
    ``workers * IN_FLIGHT_PER_WORKER`` batches are in flight, so memory does not
    grow with the input.
    """
    if workers <= 1:
        for batch in _batches(items):
            yield from _pair(
                batch, clean_texts([i.text for i in batch if isinstance(i, Record)], options, with_removed)
            )
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[list[Item], Future[list[Cleaned]]]] = deque()
        for batch in _batches(items):
            texts = [i.text for i in batch if isinstance(i, Record)]
            pending.append((batch, pool.submit(clean_texts, texts, options, with_removed)))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                done_batch, future = pending.popleft()
                yield from _pair(done_batch, future.result())
        while pending:
            done_batch, future = pending.popleft()
            yield from _pair(done_batch, future.result())


@dataclass
class Stats:
    documents: int = 0
    bad: int = 0
    skipped_inputs: int = 0
    emptied: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def count(self, record: Record, result: Cleaned, written: int) -> None:
        self.documents += 1
        self.bytes_in += record.size
        self.bytes_out += written
        self.emptied += not result.text
        self.removed.update(dict(result.dropped))

    def summary(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        lines = [
            f"vnnews-clean: {self.documents} documents, {self.bad} bad records skipped, "
            f"{self.skipped_inputs} inputs already done; {self.bytes_in / 1e6:.2f} MB in, "
            f"{self.bytes_out / 1e6:.2f} MB out, {self.emptied} emptied; "
            f"{seconds:.1f} s, {self.bytes_in / 1e6 / seconds:.2f} MB/s"
        ]
        if self.removed:
            rules = ", ".join(f"{rule} {n}" for rule, n in self.removed.most_common())
            lines.append(f"lines removed by rule: {rules}")
        return "\n".join(lines)


class Progress:
    """A one-line progress display on a terminal; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = 0.0

    def update(self, stats: Stats) -> None:
        now = time.perf_counter()
        if not self.enabled or now - self.last < 0.5:
            return
        self.last = now
        rate = stats.bytes_in / 1e6 / max(now - stats.started, 1e-9)
        sys.stderr.write(f"\r{stats.documents} documents, {stats.bytes_in / 1e6:.1f} MB, {rate:.2f} MB/s ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")


def report_line(item: Record, result: Cleaned) -> dict[str, Any]:
    return {
        "input": item.input.name,
        "line": item.line or None,
        "id": item.id,
        "title": result.title,
        "author": result.author,
        "source": result.source,
        "removed": [
            {"rule": r.rule, "line": r.line, "detail": r.detail, "text": r.text, "kept": r.kept} for r in result.removed
        ],
    }
