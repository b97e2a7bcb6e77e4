"""One run of the command: the plan (options, inputs, outputs), the boilerplate pass, the loop that
writes each cleaned document, and how a run that stops says so (see the package's docstring)."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import signal
import sys
from collections import Counter
from collections.abc import Generator, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..boilerplate import load_sites
from ..options import CleanOptions
from ..records import Gate, QualityJob, signal_types
from .boilerplate import Sites, learn_sites, save_sites
from .cli import (
    EXIT_BAD_INPUT,
    EXIT_CLOSED_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_WRITE,
    Terminated,
    options_of,
    shaping_options,
)
from .destinations import ClosedPipe, Destination, WriteError, destination, open_output
from .inputs import BadRecord, Input, InputError, Record, optional
from .paths import check_paths, files_written, outside_outputs, remove_stale_partials, targets_of
from .progress import Progress, Reading
from .resume import FileState, FolderState, Report
from .runner import Done, InputDone, Item, Job, Stats, clean_stream, no_text_drop, report_line
from .sinks import JsonlSink, MirrorSink, OutputError, ParquetSink, Sink, TextSink, is_parquet, jsonl
from .sources import discover, read, split_compression
from .warc import Skipped

SINGLE_FILE_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
SHOWN_BAD_RECORDS = 20  # bad records skipped are named one a line up to this many; the rest are counted
_pool_broken = False  # a worker died: exit at once after cleanup, without joining the pool's threads


class Stop(Exception):
    """A bad input under --on-error fail."""


def make_sink(
    output: str, inputs: list[Input], text_fields: tuple[str, ...], types: dict[str, Any] | None = None
) -> Sink:
    """The sink ``-o`` names; nothing is created yet.

    A single file is named by its extension (.jsonl/.ndjson, optionally compressed, or
    .parquet); a folder is an existing folder, a name ending in "/", or a name without
    extension. ``-`` is stdout, and so is, for its format, a FIFO, a device or /dev/stdout
    without such an extension: written through. Any other name is a usage error, never a
    folder created or a file replaced by surprise.
    """
    texts = all(source.format in ("text", "html") for source in inputs)
    if output == "-":
        return TextSink() if texts else JsonlSink(None)
    target = Path(output)
    single = split_compression(target)[0] in SINGLE_FILE_SUFFIXES
    if output.endswith(("/", os.sep)) and target.exists() and not target.is_dir():
        raise InputError(f"{output}: is a file, not a folder (-o NAME/ names a folder)")
    if single and target.is_dir():
        raise WriteError(f"{target}: is a folder; a {split_compression(target)[0]} output must be a file")
    if single:
        return ParquetSink(target, text_fields, types) if is_parquet(target) else JsonlSink(target)
    if destination(target).streamed:
        return TextSink(target) if texts else JsonlSink(target)
    if target.is_dir() or output.endswith(("/", os.sep)) or (not target.suffix and not target.exists()):
        return MirrorSink(target, text_fields, types)
    supported = ", ".join(SINGLE_FILE_SUFFIXES)
    if target.exists():
        raise InputError(
            f"{output}: an existing file, not a {supported} file: not replaced (-o names a {supported} file, "
            "a folder: an existing one, a name ending in / or a new name without extension, or - for stdout)"
        )
    raise InputError(
        f"{output}: unsupported output; a single file ends in {supported} (.jsonl/.ndjson also .gz, .bz2, .xz, "
        f".zst), a folder is an existing folder, a name ending in / or without extension, and - is stdout"
    )


def read_items(
    inputs: list[Input], args: argparse.Namespace, state: FolderState | None, stats: Stats
) -> Iterator[Item]:
    """The records of every input in order, each input followed by its InputDone; an input --resume
    skips is only its InputDone."""
    for source in inputs:
        if state is not None and state.is_done(source):
            stats.skipped_inputs += 1
            yield InputDone(source, done_before=True)
            continue
        yield from read(source, args.text_field, args.encoding, args.max_document_bytes)
        yield InputDone(source)


def boilerplate_sites(args: argparse.Namespace, inputs: list[Input], options: CleanOptions) -> Sites | None:
    """The boilerplate sets to clean with: learnt by a first pass over the inputs, loaded, or none."""
    if args.boilerplate:
        sites = load_sites(args.boilerplate)
        styles = {b.parameters.get("tone_style", "old") for b in sites.values()}
        if styles - {options.tone_style}:
            print(
                f"vnnews-clean: warning: {args.boilerplate} was learnt with another --tone-style; "
                "lines whose tone marks differ will not match",
                file=sys.stderr,
            )
        return sites
    if not args.learn_boilerplate:
        return None
    progress = Progress("learning boilerplate", Reading(inputs), not args.quiet, args.progress_every)
    try:
        sites, documents = learn_sites(
            inputs,
            args.text_field,
            args.site_field,
            options.tone_style,
            max(1, args.workers),
            args.encoding,
            args.max_document_bytes,
            progress,
        )
    finally:
        progress.finish()
    if args.save_boilerplate:
        save_sites(args.save_boilerplate, sites)
    if not args.quiet:
        lines = sum(len(b) for b in sites.values())
        print(
            f"vnnews-clean: learnt {lines} boilerplate lines from {documents} documents of {len(sites)} sites",
            file=sys.stderr,
        )
    return sites


def quality_job(args: argparse.Namespace, paragraph_sep: str) -> QualityJob | None:
    """The training-data steps asked for, or None; a usage error when --dedup near lacks datasketch,
    when --language lacks py3langid, or when --language comes without --signals or --filter."""
    if args.language and not (args.signals or args.filter):
        raise InputError("--language identifies the language for --signals or --filter: give one of them")
    if not (args.signals or args.filter or args.dedup or args.mask_pii):
        return None
    if args.dedup == "near":
        optional("datasketch", "dedup")
    if args.language:
        optional("py3langid", "language")
    return QualityJob(
        signals=args.signals,
        filter=args.filter,
        mask_pii=args.mask_pii,
        dedup=args.dedup,
        language=args.language,
        paragraph_sep=paragraph_sep,
    )


@dataclasses.dataclass
class Plan:
    """What a run reads and writes, all decided (and checked) before anything is written."""

    options: CleanOptions
    quality: QualityJob | None  # --signals, --filter, --dedup, --mask-pii
    inputs: list[Input]
    sink: Sink
    report_to: Destination | None  # --report
    report_file: Path | None  # the report a manifest names (a file, not a stream)
    folder: FolderState | None  # a mirrored folder's manifest
    whole: FileState | None  # a single output file's manifest
    targets: list[Path]  # the files the outputs are written to


def plan_of(args: argparse.Namespace) -> Plan:
    """Options, then inputs, then outputs: usage errors (InputError) and unwritable outputs
    (WriteError) are raised here, before anything is written."""
    options = options_of(args)
    inputs = discover(args.inputs, args.format)
    quality = quality_job(args, options.paragraph_sep)
    if quality is not None:  # the training-data steps read one paragraph a line, and put the separator back
        options = dataclasses.replace(options, paragraph_sep="\n")
    sink, inputs, report_to = outputs_of(args, inputs)
    targets = targets_of(inputs, sink)
    folder, whole = manifests_of(args, sink, report_to)
    report_file = None if report_to is None or report_to.streamed else report_to.path
    return Plan(options, quality, inputs, sink, report_to, report_file, folder, whole, targets)


def outputs_of(args: argparse.Namespace, inputs: list[Input]) -> tuple[Sink, list[Input], Destination | None]:
    """The sink ``-o`` names, the inputs that are none of the outputs, and the ``--report`` destination;
    checked: nothing written is an input, or written twice."""
    text_fields = tuple(dict.fromkeys((args.text_field, args.output_field or args.text_field)))
    parquet = is_parquet(Path(args.output)) or any(source.format == "parquet" for source in inputs)
    types = signal_types() if args.signals and parquet else None  # the q_* columns' types, fixed
    sink = make_sink(args.output, inputs, text_fields, types)
    inputs = outside_outputs(args.inputs, inputs, sink)
    if args.signals and not args.report and any(sink.kind(source) == "text" for source in inputs):
        raise InputError(
            "--signals adds fields to records: text output has none (write .jsonl or .parquet, or give --report)"
        )
    report_to = destination(args.report) if args.report is not None else None
    check_paths(inputs, sink, report_to)
    return sink, inputs, report_to


def manifests_of(
    args: argparse.Namespace, sink: Sink, report_to: Destination | None
) -> tuple[FolderState | None, FileState | None]:
    """What --resume knows of the output: a mirrored folder's manifest, or a single file's (not a stream's)."""
    shaping = shaping_options(args)
    folder = FolderState(sink.root, shaping, report_to is not None) if isinstance(sink, MirrorSink) else None
    single = sink.target if isinstance(sink, (JsonlSink, ParquetSink)) else None
    whole = FileState(destination(single).path, shaping) if single and not destination(single).streamed else None
    return folder, whole


def remove_what_a_killed_run_left(plan: Plan) -> None:
    """--resume: the temporary files of a run killed outright (its process gone) are removed."""
    manifests = [state.manifest for state in (plan.folder, plan.whole) if state is not None]
    report = [plan.report_to] if plan.report_to else []
    remove_stale_partials(files_written([*plan.targets, *report, *manifests]))


def stats_of(plan: Plan) -> Stats:
    """The counts of a run, with a counter for each training-data step asked for."""
    stats = Stats(compressed=any(split_compression(target)[1] for target in plan.targets))
    if plan.quality is not None:
        stats.filtered = Counter() if plan.quality.filter else None
        stats.duplicates = Counter() if plan.quality.dedup else None
        stats.masked = Counter() if plan.quality.mask_pii else None
    return stats


def job_of(args: argparse.Namespace, plan: Plan, sites: Sites | None) -> Job:
    """What every worker needs to know."""
    return Job(
        plan.options,
        args.text_field,
        args.id_field,
        plan.report_to is not None,
        args.output_field,
        boilerplate=sites is not None,
        site_field=args.site_field,
        overwrite_field=args.overwrite_field,
        encoding=args.encoding,
        quality=plan.quality,
    )


class Loop:
    """The main loop's state: each item cleaned goes to the output, the report, stderr and the counts.

    :meth:`open` opens the report, :meth:`handle` takes each item in input order, :meth:`commit`
    makes the outputs complete; :meth:`close` (always) stops the workers and, when the run did not
    commit, discards what was being written.
    """

    def __init__(self, args: argparse.Namespace, plan: Plan, stats: Stats) -> None:
        self.args, self.plan, self.stats = args, plan, stats
        self.sink, self.folder = plan.sink, plan.folder
        self.gate = Gate(plan.quality) if plan.quality is not None else None
        self.reading = Reading(plan.inputs)
        self.progress = Progress("cleaning", self.reading, not args.quiet, args.progress_every)
        self.report: Report | None = None
        self.readable = True  # no bad record in the current input so far
        self.success = False
        self.stream: Generator[tuple[Item, Done | None], None, None] | None = None

    def open(self) -> None:
        """Plan the mirrored folder (--resume: what is done) and open the report."""
        if self.folder is not None:
            self.folder.plan(self.plan.inputs, self.args.resume)
        if self.plan.report_to is not None:
            self.report = Report(open_output(self.plan.report_to))
            if self.folder is not None:
                self.report.keep_parts(self.folder.open_parts(), self.folder.parts_path)

    def run(self, sites: Sites | None) -> None:
        """Clean every input and write each outcome, in input order."""
        items = read_items(self.plan.inputs, self.args, self.folder, self.stats)
        self.stream = clean_stream(items, job_of(self.args, self.plan, sites), self.args.workers, self.sink.kind, sites)
        for item, done in self.stream:
            self.handle(item, done)

    def handle(self, item: Item, done: Done | None) -> None:
        if isinstance(item, InputDone):
            self.input_done(item)
        elif isinstance(item, Skipped):
            self.stats.passed += 1
        elif isinstance(item, BadRecord):
            self.bad(item)
        else:
            assert done is not None
            self.cleaned(item, done)

    def input_done(self, item: InputDone) -> None:
        """An input ends: its output is committed (a mirrored folder), or carried over (--resume)."""
        report, folder = self.report, self.folder
        if item.done_before:
            assert folder is not None
            self.reading.skip(item.input)
            if report is not None:
                report.carry(folder.carried(item.input))
            folder.carried_over(item.input, report.end_input() if report is not None else None)
            return
        committed = self.sink.end_input(item.input, self.readable)
        piece = report.end_input() if report is not None else None
        if committed and folder is not None:
            folder.finish(item.input, piece)
        self.readable = True

    def bad(self, item: BadRecord) -> None:
        """A bad record stops the run (Stop), or is skipped, named (the first ones) and counted."""
        if stops_the_run(item, self.args.on_error):
            raise Stop(item.message())
        self.readable = False
        self.stats.bad += 1
        self.stats.bytes_in += item.size
        self.reading.at(item.input, item.offset, item.size)
        if self.stats.bad <= SHOWN_BAD_RECORDS:
            print(f"vnnews-clean: skipped {item.message()}", file=sys.stderr)
        if self.report is not None:
            self.report.write(jsonl({"input": item.input.name, "line": item.line or None, "error": item.reason}))

    def cleaned(self, item: Record, done: Done) -> None:
        """A cleaned document: written unless dropped (no text, the filter, a duplicate), counted, reported."""
        drop = no_text_drop(done)
        if drop is None and self.gate is not None:
            drop = self.gate.drop(done.verdict, done.report["id"] or item.id if done.report else item.id)
        if drop is None:
            self.sink.write(item.input, done.data)
        self.stats.count(item, done, drop)
        for warning in done.warnings:
            where = f"{item.input.name}{f':{item.line}' if item.line else ''}"
            print(f"vnnews-clean: warning: {where}: {warning}", file=sys.stderr)
        if self.report is not None:
            self.report.write(jsonl({**report_line(item, done), **(drop or {})}))
        self.reading.at(item.input, item.offset, item.size)
        self.progress.update(self.stats.documents)

    def commit(self) -> None:
        """Make every output complete: the last rows, the report, the manifests."""
        self.sink.close(True)  # the last rows are written here, and may fail
        if self.report is not None:
            self.report.commit()
        if self.folder is not None:
            self.folder.complete(self.plan.report_file)
        if self.plan.whole is not None:
            self.plan.whole.complete(self.plan.report_file)
        self.success = True

    def close(self) -> None:
        """Stop the workers; without a commit, discard the output and report being written."""
        with _signals_deferred():
            if self.stream is not None:
                self.stream.close()  # stops the workers
            self.progress.finish()
            if not self.success:
                with contextlib.suppress(WriteError):  # e.g. stdout closed: what was written is all there is
                    self.sink.close(False)
                if self.report is not None:
                    self.report.abandon()
            if self.folder is not None:
                self.folder.close()


# How a run that stops says so, and its exit code, by what stopped it (the first that matches: a
# ClosedPipe is a WriteError); None: nothing said.
FAILURES: tuple[tuple[type[BaseException], int, str | None], ...] = (
    (Stop, EXIT_BAD_INPUT, "{} (use --on-error skip to skip bad records)"),
    (OutputError, EXIT_BAD_INPUT, "{}"),
    (ClosedPipe, EXIT_CLOSED_PIPE, None),  # the reader went away (| head): a quiet stop, as other Unix tools
    (WriteError, EXIT_WRITE, "{}"),
    (BrokenProcessPool, EXIT_BAD_INPUT, "a worker process died (killed, or out of memory); no partial output was kept"),
    (KeyboardInterrupt, EXIT_INTERRUPTED, "interrupted; no partial output was kept"),
    (Terminated, EXIT_TERMINATED, "terminated; no partial output was kept"),
)
STOPPED = tuple(kind for kind, _, _ in FAILURES)


def stopped(error: BaseException) -> int:
    """Say why the run stopped (one line on stderr), and return its exit code."""
    global _pool_broken
    code, message = next((code, message) for kind, code, message in FAILURES if isinstance(error, kind))
    _pool_broken = _pool_broken or isinstance(error, BrokenProcessPool)
    if message is not None:
        print(f"vnnews-clean: {message.format(error)}", file=sys.stderr)
    return code


def summarize(args: argparse.Namespace, plan: Plan, stats: Stats) -> None:
    """The end of a run that did it all: the bad records not named, and the summary (not with --quiet)."""
    if stats.bad > SHOWN_BAD_RECORDS:  # said even with --quiet: the lines above are not all of them
        where = f"{plan.report_to} lists them all" if plan.report_to is not None else "--report would list them all"
        print(
            f"vnnews-clean: {stats.bad - SHOWN_BAD_RECORDS} more bad records skipped, not shown ({where})",
            file=sys.stderr,
        )
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """One run: plan (options, inputs, outputs), learn or load boilerplate, clean in a loop, summarize;
    the exit code."""
    plan = plan_of(args)
    if args.resume:
        remove_what_a_killed_run_left(plan)
    if plan.whole is not None and plan.whole.plan(plan.inputs, args.resume, plan.report_file):
        return EXIT_OK  # --resume: the output covers every input as it is now
    sites = boilerplate_sites(args, plan.inputs, plan.options)
    stats = stats_of(plan)
    loop = Loop(args, plan, stats)
    try:
        loop.open()
        loop.run(sites)
        loop.commit()
    except STOPPED as error:
        return stopped(error)
    finally:
        loop.close()
    summarize(args, plan, stats)
    return EXIT_OK


class _signals_deferred:
    """Cleanup must finish: a second Ctrl-C or SIGTERM during it is ignored."""

    def __enter__(self) -> None:
        self.saved = [(s, signal.signal(s, signal.SIG_IGN)) for s in (signal.SIGINT, signal.SIGTERM)]

    def __exit__(self, *exc: object) -> None:
        for number, handler in self.saved:
            signal.signal(number, handler)


def stops_the_run(bad: BadRecord, on_error: str | None) -> bool:
    """Whether a bad record stops the run: as ``--on-error`` says, else yes, but for one response of
    a WARC crawl that the reading goes on after (a crawl is not thrown away for one page; a record
    that ends the reading of its file stops the run, as the rest of the file would be lost)."""
    if on_error is not None:
        return on_error == "fail"
    return not (bad.input.format == "warc" and bad.line > 0 and not bad.ends_input)
