"""The ``vnnews-clean`` command: clean whole corpora of files or JSON Lines records.

Exit codes:

- 0: every input was cleaned (bad records skipped with ``--on-error skip``, and responses of a WARC crawl
  skipped by default, are named and counted in the summary);
- 2: usage error, found before anything is written: a bad option (also an unknown
  ``--paragraph-sep`` escape, a ``--max-document-bytes`` below 1), no input, an output or
  ``--report`` that would overwrite an input or another output, ``-o -`` and ``--report -``
  (both on stdout), an output name with an unsupported extension, an existing file that is
  not a .jsonl/.ndjson/.parquet file (never replaced), a file named as a folder
  (``-o afile/``), a loop of symbolic links, a WARC input without warcio (the ``warc``
  extra), ``--dedup near`` without datasketch (the ``dedup`` extra), ``--signals`` with text
  output and no ``--report``;
- 3: a bad input or record stopped the run (``--on-error fail``, the default but for a WARC crawl's
  responses that can be passed, whose body cannot be read or is over ``--max-document-bytes``): invalid JSON
  (also NaN or Infinity, or nested too deeply), undecodable bytes (also a binary page), a lone
  surrogate escape, a missing field (also ``--id-field`` with ``--report``), a field we would write
  that the record has already (without ``--overwrite-field``), a value JSON output cannot hold, a
  compressed file cut short, a WARC record that cannot be parsed or whose Content-Length is wrong,
  a file that is not a WARC, a document over ``--max-document-bytes``, or a document that cannot be
  written as asked (a Parquet column changing type); also a worker process that died
  (killed, or out of memory);
- 4: an output cannot be written: read-only folder, disk full, a folder where a file should
  go, a file where a folder should go (the message names the file); missing folders are made;
- 130: interrupted (Ctrl-C, SIGINT); 143: terminated (SIGTERM);
- 141: the reader of a pipe went away (``vnnews-clean dir/ | head``): a quiet stop, nothing on
  stderr, as a shell reports a tool stopped by SIGPIPE (128 + 13).

Every error is one line on stderr naming the file (and the line, for a record); under
``--on-error skip`` the first 20 bad records are named, the rest counted in one line.

After 3, 4, 130, 141 or 143 the output being written is discarded (its temporary
``.NAME.PID.partial`` file removed: never left half-written); in a mirrored folder
the outputs of inputs already finished stay, complete, and ``--resume`` skips them.
A process killed outright (SIGKILL, power loss) cannot clean up: ``--resume``
removes the temporary files it left, and says so.

Inputs: a folder is walked for known formats and pages, hidden files and folders left out
(a hidden file named on the command line is read); no document is read whole before its
size is known (``--max-document-bytes``, see :mod:`.sources`); a page or record field is
HTML when it looks like markup (:func:`vnnews_clean.html.looks_like_markup`), else text.

Outputs: what an output name is decides how it is written (:mod:`.destinations`): a regular
file or a new name through a temporary file renamed over it; a symbolic link is followed (its
target replaced so, the link kept); a FIFO, a device, ``-`` and ``/dev/stdout``,
``/dev/stderr``, ``/dev/fd/N`` are written through, never replaced. ``--resume`` knows what
an output covers from a manifest kept with it (:mod:`.resume`): inputs added, edited or
touched since are cleaned again, and the report of a resumed run is complete.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import re
import signal
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from .. import __version__
from ..boilerplate import BoilerplateError, load_sites
from ..decoding import check_encoding
from ..options import CleanOptions
from ..records import Gate, QualityJob, signal_types
from .boilerplate import Sites, learn_sites, save_sites
from .destinations import ClosedPipe, WriteError, destination, open_output
from .explain import ExplainError, explain
from .inputs import BadRecord, Input, InputError, optional
from .paths import check_paths, files_written, outside_outputs, remove_stale_partials, targets_of
from .resume import FileState, FolderState, Report
from .runner import InputDone, Item, Job, Progress, Stats, clean_stream, no_text_drop, report_line
from .sinks import JsonlSink, MirrorSink, OutputError, ParquetSink, Sink, TextSink, is_parquet, jsonl
from .sources import MAX_DOCUMENT_BYTES, discover, read, split_compression
from .warc import Skipped

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_WRITE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 2, 3, 4, 130, 143
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool stopped by a closed pipe
EXIT_CODES = (
    "Exit codes: 0 done, 2 usage error (nothing written), 3 stopped by a bad input, "
    "4 an output cannot be written, 130 interrupted, 141 the reader of a pipe went away (quiet), "
    "143 terminated (SIGTERM)."
)
SINGLE_FILE_SUFFIXES = (".jsonl", ".ndjson", ".parquet")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
ESCAPE = re.compile(r"\\(.?)", re.DOTALL)
SHOWN_BAD_RECORDS = 20  # bad records skipped are named one a line up to this many; the rest are counted


_pool_broken = False  # a worker died: exit at once after cleanup, without joining the pool's threads


class Stop(Exception):
    """A bad input under --on-error fail."""


class Terminated(BaseException):
    """SIGTERM, handled like Ctrl-C (a BaseException, so no ``except Exception`` swallows it)."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def cores() -> int:
    """The cores this process may use (not the machine's, in a container or under taskset)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vnnews-clean",
        description="Clean scraped Vietnamese news: text or HTML files, folders, JSON Lines, Parquet "
        "(.gz/.bz2/.xz/.zst) or WARC files.",
        epilog=EXIT_CODES,
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, folders, globs, or - for stdin (no INPUT: stdin, when a pipe or file is handed over)",
    )
    p.add_argument(
        "-o",
        "--output",
        default="-",
        help="a folder (one output per input, same relative path: an existing folder, a name ending in / or "
        "without extension), a .jsonl/.ndjson file (also .gz/.bz2/.xz/.zst) or .parquet file, or - (stdout)",
    )
    p.add_argument(
        "--format",
        choices=["text", "html", "jsonl", "parquet", "warc"],
        help="input format (default: from the file extension; a file without a known one, or stdin, is an HTML "
        "page if it starts like one). html: every document is HTML (a whole file, or the text field of "
        ".jsonl/.parquet records); without --format a record's field is HTML when it looks like it; "
        "text, jsonl, parquet: documents are text",
    )
    p.add_argument(
        "--encoding",
        help="encoding of text, HTML and JSON Lines inputs (default: UTF-8, UTF-16/32 with a byte order mark, "
        "or Windows-1258 when the bytes clearly are; for HTML also the page's <meta charset>)",
    )
    p.add_argument("--text-field", default="text", help="JSON field with the article text (default: text)")
    p.add_argument(
        "--output-field", help="field for the clean text, keeping the original (default: replace the text field)"
    )
    p.add_argument(
        "--id-field",
        help="JSON field that identifies a record in the report (default: file:line); a record without it "
        "is a bad record",
    )
    p.add_argument(
        "-j", "--workers", type=int, default=cores(), help="processes, 1 to 4 per core (default: one per core)"
    )
    p.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default=None,
        help="a bad record stops the run, or is skipped and counted (default: fail; in a WARC crawl, a response "
        "that cannot be cleaned, its body unreadable or too big, is skipped, while a record that ends the reading "
        "of the file still stops the run)",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs whose output is complete and covers them as they are now (a manifest kept with the output "
        "says); clean again inputs added or edited since; keep the report complete; remove temporary files a killed "
        "run left",
    )
    p.add_argument(
        "--explain",
        metavar="FILE[:N]",
        help="show the first document of FILE (or the JSON Lines record on line N, the Parquet row N) "
        "with removed lines marked",
    )
    p.add_argument(
        "--report",
        type=Path,
        help="write one JSON line per document: what was removed, by which rule (- for stdout, with -o a file)",
    )
    p.add_argument(
        "--max-document-bytes",
        type=positive_int,
        default=MAX_DOCUMENT_BYTES,
        metavar="N",
        help=f"a larger document (a file, a JSON Lines line, a WARC response body, as read, after "
        f"decompression) is a bad record, never read whole; memory grows with it (default: {MAX_DOCUMENT_BYTES:,})",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display and no summary")
    p.add_argument("--keep-captions", action="store_true", help="keep image captions")
    p.add_argument("--keep-byline", action="store_true", help="keep the byline line in the text")
    p.add_argument(
        "--tone-style", choices=["old", "new", "none"], default="old", help="tone mark placement (default: old)"
    )
    p.add_argument(
        "--paragraph-sep",
        default="\n",
        help="what joins paragraphs; \\n, \\t, \\r, \\\\ are escapes (default: newline)",
    )
    # writing safely (issue 11)
    p.add_argument(
        "--overwrite-field",
        action="store_true",
        help="let the fields written replace fields the records already have: --output-field, the q_* "
        "signals, clean_title etc. beside a record's own title (default: such a record is bad)",
    )
    learnt = p.add_mutually_exclusive_group()
    learnt.add_argument(
        "--learn-boilerplate",
        action="store_true",
        help="first read the inputs to learn the lines each site repeats (menus, footers, captions), "
        "then clean with them (needs files, not stdin)",
    )
    learnt.add_argument("--boilerplate", metavar="FILE", help="clean with a boilerplate set saved before")
    p.add_argument("--save-boilerplate", metavar="FILE", help="with --learn-boilerplate: save what was learnt")
    p.add_argument(
        "--site-field",
        metavar="NAME",
        help="JSON field naming a record's site, for boilerplate per site (default: the host of a url field)",
    )
    # training data (issue 9)
    p.add_argument(
        "--signals",
        action="store_true",
        help="add each document's quality signals as fields q_NAME (JSON Lines, Parquet; with text output, "
        "only in --report)",
    )
    p.add_argument(
        "--filter",
        action="store_true",
        help="drop documents the default quality filter rejects (counted per reason in the summary and --report)",
    )
    p.add_argument(
        "--dedup",
        choices=["exact", "near"],
        help="drop duplicates, keeping the first: exact (same normalized text) or near (MinHash LSH on syllable "
        "shingles, Jaccard >= 0.8 or a copy cut short; needs the dedup extra)",
    )
    p.add_argument(
        "--mask-pii",
        action="store_true",
        help="replace e-mail addresses, phone numbers and URLs in the clean text with placeholders",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


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


def items(inputs: list[Input], args: argparse.Namespace, state: FolderState | None, stats: Stats) -> Iterator[Item]:
    for source in inputs:
        if state is not None and state.is_done(source):
            stats.skipped_inputs += 1
            yield InputDone(source, done_before=True)
            continue
        yield from read(source, args.text_field, args.encoding, args.max_document_bytes)
        yield InputDone(source)


def positive_int(value: str) -> int:
    """An argument that is a whole number of at least 1 (``1_000_000`` is fine)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def shaping_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options that shape what is written, as a manifest records them: --resume keeps
    no output made with other ones."""
    names = (
        "format", "encoding", "text_field", "output_field", "id_field", "keep_captions", "keep_byline", "tone_style",
        "paragraph_sep", "overwrite_field", "learn_boilerplate", "boilerplate", "site_field", "signals", "filter",
        "dedup", "mask_pii", "max_document_bytes",
    )  # fmt: skip
    return {name: getattr(args, name) for name in names}


def unescape(value: str) -> str:
    r"""``--paragraph-sep '\n\n'`` as a shell passes it: backslash escapes \n, \t, \r and \\ are interpreted;
    any other backslash is an error (ValueError), never taken literally."""

    def escape(match: re.Match[str]) -> str:
        if match[1] not in ESCAPES:
            shown = f"\\{match[1]}" if match[1] else "a backslash at the end"
            raise ValueError(f"unknown escape {shown} (known: \\n, \\t, \\r, \\\\)")
        return ESCAPES[match[1]]

    return ESCAPE.sub(escape, value)


def options_of(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        keep_captions=args.keep_captions,
        keep_byline=args.keep_byline,
        tone_style=None if args.tone_style == "none" else args.tone_style,
        paragraph_sep=unescape(args.paragraph_sep),
    )


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
    sites, documents = learn_sites(
        inputs,
        args.text_field,
        args.site_field,
        options.tone_style,
        max(1, args.workers),
        args.encoding,
        args.max_document_bytes,
    )
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
    """The training-data steps asked for, or None; a usage error when --dedup near lacks datasketch."""
    if not (args.signals or args.filter or args.dedup or args.mask_pii):
        return None
    if args.dedup == "near":
        optional("datasketch", "dedup")
    return QualityJob(
        signals=args.signals, filter=args.filter, mask_pii=args.mask_pii, dedup=args.dedup, paragraph_sep=paragraph_sep
    )


def run(args: argparse.Namespace) -> int:
    options = options_of(args)
    inputs = discover(args.inputs, args.format)
    text_fields = tuple(dict.fromkeys((args.text_field, args.output_field or args.text_field)))
    quality = quality_job(args, options.paragraph_sep)
    if quality is not None:  # the training-data steps read one paragraph a line, and put the separator back
        options = dataclasses.replace(options, paragraph_sep="\n")
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
    targets = targets_of(inputs, sink)
    shaping = shaping_options(args)
    report_file = None if report_to is None or report_to.streamed else report_to.path  # what a manifest names
    folder = FolderState(sink.root, shaping, report_to is not None) if isinstance(sink, MirrorSink) else None
    single = sink.target if isinstance(sink, (JsonlSink, ParquetSink)) else None
    whole = FileState(destination(single).path, shaping) if single and not destination(single).streamed else None
    if args.resume:
        manifests = [state.manifest for state in (folder, whole) if state is not None]
        remove_stale_partials(files_written([*targets, *([report_to] if report_to else []), *manifests]))
    if whole is not None and whole.plan(inputs, args.resume, report_file):
        return EXIT_OK
    sites = boilerplate_sites(args, inputs, options)
    stats = Stats(compressed=any(split_compression(target)[1] for target in targets))
    if quality is not None:
        stats.filtered = Counter() if quality.filter else None
        stats.duplicates = Counter() if quality.dedup else None
        stats.masked = Counter() if quality.mask_pii else None
    gate = Gate(quality) if quality is not None else None
    progress = Progress(not args.quiet)
    report: Report | None = None
    readable = True  # no bad record in the current input so far
    success = False
    stream = None
    try:
        if folder is not None:
            folder.plan(inputs, args.resume)
        if report_to is not None:
            report = Report(open_output(report_to))
            if folder is not None:
                report.keep_parts(folder.open_parts(), folder.parts_path)
        job = Job(
            options,
            args.text_field,
            args.id_field,
            report is not None,
            args.output_field,
            boilerplate=sites is not None,
            site_field=args.site_field,
            overwrite_field=args.overwrite_field,
            encoding=args.encoding,
            quality=quality,
        )
        stream = clean_stream(items(inputs, args, folder, stats), job, args.workers, sink.kind, sites)
        for item, done in stream:
            if isinstance(item, InputDone):
                if item.done_before:
                    assert folder is not None
                    if report is not None:
                        report.carry(folder.carried(item.input))
                    folder.carried_over(item.input, report.end_input() if report is not None else None)
                    continue
                committed = sink.end_input(item.input, readable)
                piece = report.end_input() if report is not None else None
                if committed and folder is not None:
                    folder.finish(item.input, piece)
                readable = True
            elif isinstance(item, Skipped):
                stats.passed += 1
            elif isinstance(item, BadRecord):
                if stops_the_run(item, args.on_error):
                    raise Stop(item.message())
                readable = False
                stats.bad += 1
                stats.bytes_in += item.size
                if stats.bad <= SHOWN_BAD_RECORDS:
                    print(f"vnnews-clean: skipped {item.message()}", file=sys.stderr)
                if report is not None:
                    report.write(jsonl({"input": item.input.name, "line": item.line or None, "error": item.reason}))
            else:
                assert done is not None
                drop = no_text_drop(done) or (
                    gate.drop(done.verdict, done.report["id"] or item.id if done.report else item.id) if gate else None
                )
                if drop is None:
                    sink.write(item.input, done.data)
                stats.count(item, done, drop)
                for warning in done.warnings:
                    print(
                        f"vnnews-clean: warning: {item.input.name}{f':{item.line}' if item.line else ''}: {warning}",
                        file=sys.stderr,
                    )
                if report is not None:
                    report.write(jsonl({**report_line(item, done), **(drop or {})}))
                progress.update(stats)
        sink.close(True)  # the last rows are written here, and may fail
        if report is not None:
            report.commit()
        if folder is not None:
            folder.complete(report_file)
        if whole is not None:
            whole.complete(report_file)
        success = True
    except Stop as stop:
        print(f"vnnews-clean: {stop} (use --on-error skip to skip bad records)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputError as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ClosedPipe:  # the reader went away (| head): a quiet stop, as other Unix tools
        return EXIT_CLOSED_PIPE
    except WriteError as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_WRITE
    except BrokenProcessPool:
        global _pool_broken
        _pool_broken = True
        print(
            "vnnews-clean: a worker process died (killed, or out of memory); no partial output was kept",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("vnnews-clean: interrupted; no partial output was kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("vnnews-clean: terminated; no partial output was kept", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        with _signals_deferred():
            if stream is not None:
                stream.close()  # stops the workers
            progress.finish()
            if not success:
                with contextlib.suppress(WriteError):  # e.g. stdout closed: what was written is all there is
                    sink.close(False)
                if report is not None:
                    report.abandon()
            if folder is not None:
                folder.close()
    if stats.bad > SHOWN_BAD_RECORDS:  # said even with --quiet: the lines above are not all of them
        where = f"{report_to} lists them all" if report_to is not None else "--report would list them all"
        print(
            f"vnnews-clean: {stats.bad - SHOWN_BAD_RECORDS} more bad records skipped, not shown ({where})",
            file=sys.stderr,
        )
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)
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


def _stdin_is_given() -> bool:
    """Standard input is a pipe or a redirected file: a document is being handed over (a terminal,
    or /dev/null under a job scheduler, is not)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):  # closed, or replaced by an object without a descriptor
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not 1 <= args.workers <= 4 * cores():
        parser().error(f"--workers must be between 1 and {4 * cores()} (4 per core)")
    if args.encoding is not None:
        try:
            args.encoding = check_encoding(args.encoding)
        except ValueError as error:
            parser().error(f"--encoding: {error}")
    if not args.inputs and not args.explain:
        if not _stdin_is_given():
            parser().error("give at least one INPUT (or --explain FILE), or pipe a document to standard input")
        args.inputs = ["-"]  # `cat page.html | vnnews-clean`, as ftfy and trafilatura read it
    if args.learn_boilerplate and "-" in args.inputs:
        parser().error("--learn-boilerplate reads the inputs twice: give files, not - (stdin)")
    if args.save_boilerplate and not args.learn_boilerplate:
        parser().error("--save-boilerplate needs --learn-boilerplate")
    try:
        unescape(args.paragraph_sep)
    except ValueError as error:
        parser().error(f"--paragraph-sep: {error}")
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.explain:
            shown = explain(
                args.explain, options_of(args), args.text_field, args.format, args.encoding, args.max_document_bytes
            )
            out = open_output(None)
            out.write(shown.encode("utf-8") + b"\n")
            out.commit()
            return EXIT_OK
        code = run(args)
        if _pool_broken:  # our files are cleaned up; the broken pool's threads may never end (Python 3.11)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        return code
    except (InputError, BoilerplateError) as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ExplainError as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ClosedPipe:  # --explain ... | head
        return EXIT_CLOSED_PIPE
    except WriteError as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_WRITE
    except KeyboardInterrupt:  # before any output was opened
        print("vnnews-clean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("vnnews-clean: terminated", file=sys.stderr)
        return EXIT_TERMINATED
