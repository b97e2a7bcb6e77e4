"""The ``vnnews-clean`` command: clean whole corpora of files or JSON Lines records.

Exit codes:

- 0: every input was cleaned (bad records skipped with ``--on-error skip`` are counted in the summary);
- 2: usage error (bad option, no input, an output that would overwrite an input);
- 3: a bad input or record stopped the run (``--on-error fail``, the default), or a document
  could not be written as asked (a Parquet column changing type);
- 130: interrupted.

After 3 or 130 the output being written is discarded (never left half-written);
in a mirrored folder the outputs of inputs already finished stay, complete, and
``--resume`` skips them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .. import __version__
from ..boilerplate import BoilerplateError
from ..decoding import check_encoding
from ..options import CleanOptions
from .boilerplate import Sites, learn_sites, load_sites, save_sites
from .explain import explain
from .runner import InputDone, Item, Job, Progress, Stats, clean_stream, report_line
from .sinks import (
    AtomicFile,
    JsonlSink,
    MirrorSink,
    OutputError,
    ParquetSink,
    Sink,
    TextStdoutSink,
    is_parquet,
    jsonl,
)
from .sources import BadRecord, Input, InputError, discover, read, split_compression

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 3, 130


class Stop(Exception):
    """A bad input under --on-error fail."""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vnnews-clean",
        description="Clean scraped Vietnamese news: text files, folders, JSON Lines or Parquet (.gz/.bz2/.xz/.zst).",
        epilog="Exit codes: 0 done, 2 usage error, 3 stopped by a bad input, 130 interrupted.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders, globs, or - for stdin")
    p.add_argument(
        "-o",
        "--output",
        default="-",
        help="a folder (one output per input, same relative path), a .jsonl[.gz] or .parquet file, or - (stdout)",
    )
    p.add_argument(
        "--format", choices=["text", "jsonl", "parquet"], help="input format (default: from the file extension)"
    )
    p.add_argument(
        "--encoding",
        help="encoding of text and JSON Lines inputs (default: UTF-8, UTF-16/32 with a byte order mark, "
        "or Windows-1258 when the bytes clearly are)",
    )
    p.add_argument("--text-field", default="text", help="JSON field with the article text (default: text)")
    p.add_argument(
        "--output-field", help="field for the clean text, keeping the original (default: replace the text field)"
    )
    p.add_argument("--id-field", help="JSON field that identifies a record in the report (default: file:line)")
    p.add_argument("-j", "--workers", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    p.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="a bad record stops the run, or is skipped and counted",
    )
    p.add_argument("--resume", action="store_true", help="skip inputs whose output is already complete")
    p.add_argument("--explain", metavar="FILE", help="show the first document of FILE with removed lines marked")
    p.add_argument("--report", type=Path, help="write one JSON line per document: what was removed, by which rule")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display and no summary")
    p.add_argument("--keep-captions", action="store_true", help="keep image captions")
    p.add_argument("--keep-byline", action="store_true", help="keep the byline line in the text")
    p.add_argument(
        "--tone-style", choices=["old", "new", "none"], default="old", help="tone mark placement (default: old)"
    )
    p.add_argument("--paragraph-sep", default="\n", help="what joins paragraphs (default: newline)")
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
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def make_sink(output: str, inputs: list[Input]) -> Sink:
    if output == "-":
        if any(source.format != "text" for source in inputs):
            return JsonlSink(None)
        return TextStdoutSink()
    target = Path(output)
    if split_compression(target)[0] in (".jsonl", ".ndjson"):
        return JsonlSink(target)
    if is_parquet(target):
        return ParquetSink(target)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: output must be a folder, a .jsonl or .parquet file, or -")
    return MirrorSink(target)


def check_no_overwrite(inputs: list[Input], sink: Sink) -> None:
    given = {source.path.resolve() for source in inputs if source.path is not None}
    if isinstance(sink, MirrorSink):
        targets = [sink.target(source).resolve() for source in inputs]
    elif isinstance(sink, (JsonlSink, ParquetSink)) and sink.target is not None:
        targets = [sink.target.resolve()]
    else:
        targets = []
    for target in targets:
        if target in given:
            raise InputError(f"{target}: the output would overwrite an input")


def items(inputs: list[Input], sink: Sink, args: argparse.Namespace, stats: Stats) -> Iterator[Item]:
    for source in inputs:
        if args.resume and sink.done(source):
            stats.skipped_inputs += 1
            continue
        yield from read(source, args.text_field, args.encoding)
        yield InputDone(source)


def options_of(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        keep_captions=args.keep_captions,
        keep_byline=args.keep_byline,
        tone_style=None if args.tone_style == "none" else args.tone_style,
        paragraph_sep=args.paragraph_sep,
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
    sites, documents = learn_sites(inputs, args.text_field, args.site_field, options.tone_style, max(1, args.workers))
    if args.save_boilerplate:
        save_sites(args.save_boilerplate, sites)
    if not args.quiet:
        lines = sum(len(b) for b in sites.values())
        print(
            f"vnnews-clean: learnt {lines} boilerplate lines from {documents} documents of {len(sites)} sites",
            file=sys.stderr,
        )
    return sites


def run(args: argparse.Namespace) -> int:
    options = options_of(args)
    inputs = discover(args.inputs, args.format)
    sink = make_sink(args.output, inputs)
    check_no_overwrite(inputs, sink)
    single = isinstance(sink, (JsonlSink, ParquetSink)) and sink.target is not None
    if single and args.resume and sink.target.exists():  # type: ignore[union-attr]
        print(f"vnnews-clean: {sink.target} is complete; nothing to do", file=sys.stderr)
        return EXIT_OK
    sites = boilerplate_sites(args, inputs, options)
    stats = Stats()
    progress = Progress(not args.quiet)
    report = AtomicFile(args.report) if args.report else None
    readable = True  # no bad record in the current input so far
    success = False
    try:
        with_removed = report is not None
        job = Job(
            options, args.text_field, args.id_field, with_removed, args.output_field, sites is not None, args.site_field
        )
        stream = clean_stream(items(inputs, sink, args, stats), job, max(1, args.workers), sink.kind, sites)
        for item, done in stream:
            if isinstance(item, InputDone):
                sink.end_input(item.input, readable)
                readable = True
            elif isinstance(item, BadRecord):
                if args.on_error == "fail":
                    raise Stop(item.message())
                readable = False
                stats.bad += 1
                stats.bytes_in += item.size
                print(f"vnnews-clean: skipped {item.message()}", file=sys.stderr)
                if report is not None:
                    report.write(jsonl({"input": item.input.name, "line": item.line or None, "error": item.reason}))
            else:
                assert done is not None
                sink.write(item.input, done.data)
                stats.count(item, done)
                for warning in done.warnings:
                    print(
                        f"vnnews-clean: warning: {item.input.name}{f':{item.line}' if item.line else ''}: {warning}",
                        file=sys.stderr,
                    )
                if report is not None:
                    report.write(jsonl(report_line(item, done)))
                progress.update(stats)
        sink.close(True)  # the last rows are written here, and may fail
        if report is not None:
            report.commit()
        success = True
    except Stop as stop:
        print(f"vnnews-clean: {stop} (use --on-error skip to skip bad records)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputError as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("vnnews-clean: interrupted; no partial output was kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        progress.finish()
        if not success:
            sink.close(False)
            if report is not None:
                report.abandon()
    if not args.quiet:
        print(stats.summary(), file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.workers < 1:
        parser().error("--workers must be at least 1")
    if args.encoding is not None:
        try:
            args.encoding = check_encoding(args.encoding)
        except ValueError as error:
            parser().error(f"--encoding: {error}")
    if not args.inputs and not args.explain:
        parser().error("give at least one INPUT (or --explain FILE)")
    if args.learn_boilerplate and "-" in args.inputs:
        parser().error("--learn-boilerplate reads the inputs twice: give files, not - (stdin)")
    if args.save_boilerplate and not args.learn_boilerplate:
        parser().error("--save-boilerplate needs --learn-boilerplate")
    try:
        if args.explain:
            print(explain(args.explain, options_of(args), args.text_field, args.format))
            return EXIT_OK
        return run(args)
    except (InputError, BoilerplateError) as error:
        print(f"vnnews-clean: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # before any output was opened
        print("vnnews-clean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
