"""Cleaning a stream of records in order, on several cores, with bounded memory."""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..api import _pipeline
from ..decoding import DecodingError
from ..fields import EMPTY, NULL, FieldTaken, check_free, metadata_keys, no_text_reason
from ..html import NotHtmlError
from ..options import CleanOptions
from ..pipeline import CleanResult, Pipeline
from ..records import PREFIX, QualityJob, Verdict, assess, clean_page, document_of, signal_names
from .boilerplate import Sites, install, options_for, pipeline_for, site_of
from .inputs import BadRecord, Input, Record
from .sinks import NotJson, jsonl, output_record, unwritable_in_json
from .sources import SURROGATE, TOO_DEEP, parse_jsonl
from .warc import Skipped

OVERWRITE = "--overwrite-field"  # how to let a record's own field be replaced
BATCH = 128  # records per task sent to a worker: large enough that IPC costs little
BATCH_BYTES = 4_000_000  # a task is also closed once its documents reach this size (large documents: few a task)
IN_FLIGHT_PER_WORKER = 4  # tasks queued per worker: enough to keep it busy, little memory
# ... and at most this many bytes of documents in flight per worker (beyond one task), so the documents
# waiting for a worker stay a bounded amount whatever their size
IN_FLIGHT_BYTES_PER_WORKER = 2 * BATCH_BYTES
PR_SET_PDEATHSIG = 1  # Linux prctl option: a signal for this process when its parent dies


@dataclass(frozen=True)
class InputDone:
    """Passes through the stream after the last record of an input (``done_before``: in its
    place, for an input --resume skips, whose report lines are carried over)."""

    input: Input
    done_before: bool = False


Item = Record | BadRecord | Skipped | InputDone


@dataclass(frozen=True)
class Job:
    """What every worker needs to know, sent once per batch."""

    options: CleanOptions
    text_field: str
    id_field: str | None
    with_removed: bool
    output_field: str | None = None  # where the clean text goes (default: over the text field)
    boilerplate: bool = False  # clean each record with its site's boilerplate set (installed per process)
    site_field: str | None = None
    overwrite_field: bool = False  # --output-field may replace a field the record already has
    encoding: str | None = None  # --encoding, for HTML pages read as bytes
    quality: QualityJob | None = None  # --signals, --filter, --mask-pii, --dedup


@dataclass(frozen=True)
class Payload:
    """One record on its way to a worker: raw JSON Lines bytes, or text (and a Parquet row), or a page's bytes."""

    kind: str  # what to make of it: "text", "jsonl" or "row"
    relative: str
    raw: bytes | None
    text: str
    fields: dict[str, Any] | None
    markup: str = "text"  # "html": the text (or page) is HTML; "auto": the text is HTML if it looks like it
    page: bytes | None = None  # an HTML page's bytes


@dataclass(frozen=True)
class Done:
    """A cleaned document, ready to write: the main process only writes ``data``."""

    data: bytes | dict[str, Any]
    size_out: int
    no_text: str | None  # "null" or "empty": a document without clean text, not written (see vnnews_clean.fields)
    dropped: tuple[tuple[str, int], ...]  # (rule, lines dropped)
    report: dict[str, Any] | None = None  # title, author, source, id, removed: only with --report
    warnings: tuple[str, ...] = ()  # about the input as a whole: printed, one line each
    verdict: Verdict | None = None  # with --filter, --dedup or --mask-pii: dropped by the filter, dedup key, PII


@dataclass(frozen=True)
class Failed:
    reason: str


def process(payloads: list[Payload], job: Job) -> list[Done | Failed]:
    """Worker task: parse, check, clean and serialize a batch (the pipeline is built once per process).

    Consumes ``payloads``: each is dropped as soon as it is taken, so a huge
    document's raw bytes do not stay alive while it is cleaned.
    """
    pipeline = _pipeline(job.options)
    payloads.reverse()
    out: list[Done | Failed] = []
    while payloads:
        out.append(_process_one(payloads.pop(), job, pipeline))
    return out


def _process_one(payload: Payload, job: Job, pipeline: Pipeline) -> Done | Failed:
    """Clean one record: read it, check its fields, clean (and assess) it, report and serialize it.

    It holds the only reference to its input, and lets go of each copy (raw bytes, input
    text, result) before making the next: the steps that hold a copy stay here, the checks
    are functions of their own."""
    kind, relative, markup, page = payload.kind, payload.relative, payload.markup, payload.page
    parsed = _parsed(payload, job)
    del payload  # (the raw bytes: parsed, no longer needed)
    if isinstance(parsed, Failed):
        return parsed
    text, fields = parsed
    del parsed
    try:
        text, html = document_of(text, page, markup, job.encoding)
    except DecodingError as error:  # bytes that are no text in any encoding (a binary file)
        return Failed(str(error))
    page = None  # (the page's bytes: decoded, no longer needed)
    target = job.output_field or job.text_field
    keys = _free_fields(fields, target, job)  # where the metadata goes in the record
    if isinstance(keys, Failed):
        return keys
    null = fields is not None and fields.get(job.text_field, "") is None  # a null text: nothing to clean
    cleaned = _cleaned(text, html, fields, job, pipeline)
    del text
    if isinstance(cleaned, Failed):
        return cleaned
    result, signals, verdict = cleaned
    del cleaned
    dropped = _dropped(result)
    warnings = result.warnings
    no_text = no_text_reason(null, result.text)
    report = _report(result, fields, signals, job) if job.with_removed else None
    if isinstance(report, Failed):
        return report
    if no_text is not None or _filtered(verdict):  # not written: null, emptied or filtered
        return Done(b"", 0, no_text, dropped, report, warnings, verdict)
    data: bytes | dict[str, Any]
    try:
        if kind == "text":
            clean = result.text
            del result  # with the input text it held
            data = clean.encode("utf-8") + b"\n"
            return Done(data, len(data), None, dropped, report, warnings, verdict)
        record = output_record(fields, relative, result, target, keys)
        del result, fields  # the record holds the clean text; the input text can go
        data = _serialized(record, kind, signals, job)
    except UNWRITABLE as error:
        return Failed(_unwritable(error))
    size = len(data) if isinstance(data, bytes) else len(record[target].encode("utf-8"))
    return Done(data, size, None, dropped, report, warnings, verdict)


def _dropped(result: CleanResult) -> tuple[tuple[str, int], ...]:
    """(rule, lines dropped) of a result, edits left out."""
    return tuple(Counter(r.rule for r in result.removed if not r.is_edit).items())


def _filtered(verdict: Verdict | None) -> bool:
    """The quality filter drops the document."""
    return verdict is not None and bool(verdict.reasons)


def _serialized(record: dict[str, Any], kind: str, signals: dict[str, Any] | None, job: Job) -> bytes | dict[str, Any]:
    """A record with its q_* signals (--signals): a JSON line, or the dict a Parquet output writes."""
    if signals is not None and job.quality is not None and job.quality.signals:
        record.update((PREFIX + name, value) for name, value in signals.items())
    return jsonl(record) if kind == "jsonl" else record


UNWRITABLE = (UnicodeEncodeError, NotJson, RecursionError)  # what writing a record may raise


def _unwritable(error: Exception) -> str:
    """Why a record cannot be written (one of UNWRITABLE)."""
    if isinstance(error, UnicodeEncodeError):  # the checks on reading should make this unreachable
        return f"cannot be written as UTF-8: {error.reason}"
    if isinstance(error, NotJson):  # NaN or Infinity in a field (of a Parquet row): JSON has neither
        return f"{error}; a .parquet output keeps it"
    return f"JSON nested too deeply to write ({TOO_DEEP})"  # read just below the parser's limit, written deeper


def _parsed(payload: Payload, job: Job) -> tuple[str, dict[str, Any] | None] | Failed:
    """A record's text and fields: a JSON Lines line parsed and checked, or the text (and row) as read."""
    if payload.raw is not None:
        try:
            return parse_jsonl(payload.raw, job.text_field)
        except ValueError as error:
            return Failed(str(error))
    if SURROGATE.search(payload.text):  # decoded text never holds one; a reader that let one through must not crash us
        return Failed("lone surrogate in the text: not Unicode text")
    return payload.text, payload.fields


def _free_fields(fields: dict[str, Any] | None, target: str, job: Job) -> dict[str, str] | Failed | None:
    """Where the metadata goes in the record (None: not a record), or why the record cannot be written:
    the rule of :mod:`vnnews_clean.fields`, a field of the record is never replaced unless asked;
    with --report and --id-field, the record must have its id."""
    if fields is None:
        return None
    if job.with_removed and job.id_field and fields.get(job.id_field) is None:
        missing = "null" if job.id_field in fields else "missing"
        return Failed(f"--id-field {job.id_field!r} is {missing} in this record, so the report cannot name it")
    try:
        check_free(fields, [target] if target != job.text_field else [], job.overwrite_field, OVERWRITE)
        signals_asked = job.quality is not None and job.quality.signals
        check_free(fields, signal_names() if signals_asked else [], job.overwrite_field, OVERWRITE)
        return metadata_keys({*fields, target}, job.overwrite_field, OVERWRITE)
    except FieldTaken as error:
        return Failed(str(error))


def _cleaned(
    text: str, html: bool, fields: dict[str, Any] | None, job: Job, pipeline: Pipeline
) -> tuple[CleanResult, dict[str, Any] | None, Verdict | None] | Failed:
    """The clean result (of a page, or of a text with its site's boilerplate), then the quality step:
    (result, signals, verdict). A failure is named with its record, never a traceback that loses the run."""
    site = site_of(fields, job.site_field) if job.boilerplate else None
    try:
        if html:
            options = options_for(job.options, site) if job.boilerplate else job.options
            url = fields.get("url") if fields else None
            result = clean_page(text, options, url)
        else:
            result = (pipeline_for(job.options, site) if job.boilerplate else pipeline).run(text)
    except NotHtmlError as error:  # binary data
        return Failed(str(error))
    except Exception as error:  # a bug of ours
        return Failed(f"cleaning failed ({type(error).__name__}: {error}); please report this record")
    if job.quality is None:
        return result, None, None
    try:
        return assess(result, job.quality)
    except Exception as error:  # a bug of ours, as above
        return Failed(f"quality step failed ({type(error).__name__}: {error}); please report this record")


def _report(
    result: CleanResult, fields: dict[str, Any] | None, signals: dict[str, Any] | None, job: Job
) -> dict[str, Any] | Failed:
    """What --report says of a document: its metadata, the lines removed and why, its quality signals."""
    report = {
        "id": fields.get(job.id_field) if job.id_field and fields else None,
        "title": result.title,
        "author": result.author,
        "source": result.source,
        "published": getattr(result, "published", None),
        "removed": [
            {"rule": r.rule, "line": r.line, "detail": r.detail, "text": r.text, "kept": r.kept} for r in result.removed
        ],
    }
    if signals is not None:
        report["quality"] = signals
    if (why := unwritable_in_json({job.id_field or "id": report["id"]})) is not None:  # a Parquet id may be NaN
        return Failed(f"{why}; the --report is JSON Lines: name another --id-field")
    return report


def _batches(items: Iterable[Item]) -> Iterator[tuple[list[Item], int]]:
    """Tasks of at most BATCH items or about BATCH_BYTES of documents (one document may be larger), with their size."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size if isinstance(item, Record) else 0
        if len(batch) >= BATCH or size >= BATCH_BYTES:
            yield batch, size
            batch, size = [], 0
    if batch:
        yield batch, size


def _payloads(batch: list[Item], kind_of: Callable[[Input], str]) -> list[Payload]:
    """The records of a batch as payloads. The records let go of their text and
    bytes (only their place and size are needed after), so the payload holds
    the only copy."""
    payloads = []
    for item in batch:
        if isinstance(item, Record):
            kind = kind_of(item.input)
            source = item.input
            payloads.append(
                Payload(kind, str(source.relative), item.raw, item.text, item.fields, source.markup, item.page)
            )
            item.raw, item.text, item.fields, item.page = None, "", None, None
    return payloads


def _pair(batch: list[Item], results: list[Done | Failed]) -> Iterator[tuple[Item, Done | None]]:
    """Each item with its outcome; a record that failed in the worker becomes a BadRecord."""
    outcomes = iter(results)
    for item in batch:
        if not isinstance(item, Record):
            yield item, None
            continue
        outcome = next(outcomes)
        if isinstance(outcome, Failed):
            yield BadRecord(item.input, item.line, outcome.reason, item.size, offset=item.offset), None
        else:
            yield item, outcome


def clean_stream(
    items: Iterable[Item], job: Job, workers: int, kind_of: Callable[[Input], str], sites: Sites | None = None
) -> Generator[tuple[Item, Done | None], None, None]:
    """Yield each item with its outcome, in input order.

    With several workers, batches go to a process pool and at most
    ``workers * IN_FLIGHT_PER_WORKER`` batches are in flight, so memory does not
    grow with the input. ``sites`` (boilerplate sets) are installed once per process.
    """
    if workers <= 1:
        if sites is not None:
            install(sites)
        for batch, _ in _batches(items):
            yield from _pair(batch, process(_payloads(batch, kind_of), job))
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_setup, initargs=(sites,))
    broken = False
    try:
        pending: deque[tuple[list[Item], int, Future[list[Done | Failed]]]] = deque()
        in_flight = 0  # bytes of the documents pending
        limit = workers * IN_FLIGHT_BYTES_PER_WORKER
        for batch, size in _batches(items):
            pending.append((batch, size, pool.submit(process, _payloads(batch, kind_of), job)))
            in_flight += size
            # the bytes besides the task just sent: one large document alone is never held back
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER or in_flight - size > limit:
                done_batch, done_size, future = pending.popleft()
                in_flight -= done_size
                yield from _pair(done_batch, future.result())
        while pending:
            done_batch, _, future = pending.popleft()
            yield from _pair(done_batch, future.result())
    except BrokenProcessPool:
        broken = True
        raise
    finally:  # on an error or a signal in the main process: queued batches are dropped, not cleaned
        # a broken pool is not waited for: on Python 3.11 its cleanup can block forever
        pool.shutdown(wait=not broken, cancel_futures=True)


def _worker_setup(sites: Sites | None = None) -> None:
    """Workers leave Ctrl-C to the main process, which stops them and removes temporary files.

    SIGTERM keeps its default (the process ends): the pool ends a broken pool's
    workers with it, and one that ignored it would hang the run. On Linux a
    worker also dies with the main process: killed outright (SIGKILL), the main
    process cannot stop its workers, which would otherwise wait forever on their
    task queue (and keep its stderr open).
    """
    if sites is not None:
        install(sites)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


@dataclass
class Stats:
    documents: int = 0
    bad: int = 0
    passed: int = 0  # WARC records that hold no HTML page to clean
    skipped_inputs: int = 0
    emptied: int = 0  # documents cleaning left without text: not written
    null: int = 0  # records whose text is null: not written
    warned: int = 0  # documents with a warning
    bytes_in: int = 0
    bytes_out: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    compressed: bool = False  # the output is compressed: "MB out" counts the text before compression
    filtered: Counter[str] | None = None  # with --filter: documents dropped, per reason (one may have several)
    dropped_by_filter: int = 0
    duplicates: Counter[str] | None = None  # with --dedup: documents dropped as duplicates ("exact" or "near")
    masked: Counter[str] | None = None  # with --mask-pii: spans masked, per kind
    masked_documents: int = 0

    def count(self, record: Record, done: Done, drop: dict[str, Any] | None = None) -> None:
        """Count a cleaned document; ``drop``: why it is not written (null, empty, filter, duplicate), or None."""
        self.documents += 1
        self.bytes_in += record.size
        self.bytes_out += 0 if drop else done.size_out
        self.emptied += done.no_text == EMPTY
        self.null += done.no_text == NULL
        self.warned += bool(done.warnings)
        self.removed.update(dict(done.dropped))
        if drop is not None and drop["dropped"] == "filter" and self.filtered is not None:
            self.dropped_by_filter += 1
            self.filtered.update(drop["reasons"])
        elif drop is not None and drop["dropped"] == "duplicate" and self.duplicates is not None:
            self.duplicates[drop["dedup"]] += 1
        elif done.verdict is not None and done.verdict.pii and self.masked is not None:
            self.masked_documents += 1
            self.masked.update(dict(done.verdict.pii))

    def summary(self) -> str:
        """What the run did, in one line, then a line per kind of removal; a count of nothing is left out."""
        seconds = max(time.perf_counter() - self.started, 1e-9)
        counts = [
            counted(self.documents, "document"),
            *([counted(self.bad, "bad record") + " skipped"] if self.bad else []),
            *(
                [counted(self.passed, "WARC record") + " passed over (not HTML responses with status 200)"]
                if self.passed
                else []
            ),
            *([counted(self.skipped_inputs, "input") + " already done"] if self.skipped_inputs else []),
        ]
        unwritten = [f"{self.emptied} emptied"] if self.emptied else []
        if self.null:
            unwritten.append(f"{self.null} with null text")
        sizes = [
            f"{self.bytes_in / 1e6:.2f} MB in",
            f"{self.bytes_out / 1e6:.2f} MB out{' (before compression)' if self.compressed else ''}",
            *([" and ".join(unwritten) + " (not written)"] if unwritten else []),
            *([f"{self.warned} with warnings"] if self.warned else []),
        ]
        lines = [
            f"vnnews-clean: {', '.join(counts)}; {', '.join(sizes)}; "
            f"{seconds:.1f} s, {self.bytes_in / 1e6 / seconds:.2f} MB/s"
        ]
        if self.removed:
            rules = ", ".join(f"{rule} {n}" for rule, n in self.removed.most_common())
            lines.append(f"lines removed by rule: {rules}")
        if self.filtered is not None:
            reasons = "".join(f", {reason} {n}" for reason, n in sorted(self.filtered.items()))
            lines.append(f"filtered out: {counted(self.dropped_by_filter, 'document')}{reasons}")
        if self.duplicates is not None:
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.duplicates.items()))
            lines.append(f"duplicates dropped: {sum(self.duplicates.values())}{f' ({kinds})' if kinds else ''}")
        if self.masked is not None:
            kinds = "".join(f", {kind} {n}" for kind, n in sorted(self.masked.items()))
            lines.append(f"PII masked: {counted(self.masked_documents, 'document')}{kinds}")
        return "\n".join(lines)


def counted(number: int, thing: str) -> str:
    """ "1 document", "2 documents" (the things counted in the summary take an s)."""
    return f"{number} {thing}{'' if number == 1 else 's'}"


def no_text_drop(done: Done) -> dict[str, Any] | None:
    """Why a document without clean text is not written (``{"dropped": "null"}`` or ``"empty"``), or None."""
    return {"dropped": done.no_text} if done.no_text is not None else None


def report_line(item: Record, done: Done) -> dict[str, Any]:
    assert done.report is not None
    return {"input": item.input.name, "line": item.line or None, **done.report, "id": done.report["id"] or item.id}
