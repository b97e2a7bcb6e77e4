"""What the command line needs before any work: the options (the parser and its checks), the exit
codes, the signal that stops a run. Light to import: ``vnnews-clean --help`` loads no more."""

from __future__ import annotations

import argparse
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from .. import __version__
from ..options import CleanOptions
from .inputs import MAX_DOCUMENT_BYTES
from .progress import PROGRESS_EVERY_ENV, progress_every

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_WRITE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 2, 3, 4, 130, 143
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool stopped by a closed pipe
EXIT_CODES = (
    "Exit codes: 0 done, 2 usage error (nothing written), 3 stopped by a bad input, "
    "4 an output cannot be written, 130 interrupted, 141 the reader of a pipe went away (quiet), "
    "143 terminated (SIGTERM)."
)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
ESCAPE = re.compile(r"\\(.?)", re.DOTALL)


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
    p.add_argument(
        "--progress-every",
        type=non_negative_float,
        default=progress_every(),
        metavar="SECONDS",
        help="when stderr is not a terminal (nohup, a cluster's log): a progress line every SECONDS, 0 for none "
        f"(default: ${PROGRESS_EVERY_ENV}, else 30); on a terminal a progress bar (the progress extra: tqdm)",
    )
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
        "--language",
        action="store_true",
        help="with --signals or --filter: also identify each document's language (q_language, q_language_score; "
        "--filter then drops documents not identified as Vietnamese); needs the language extra",
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


def positive_int(value: str) -> int:
    """An argument that is a whole number of at least 1 (``1_000_000`` is fine)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def non_negative_float(value: str) -> float:
    """An argument that is a number of at least 0."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of at least 0, not {value}")
    return number


def shaping_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options that shape what is written, as a manifest records them: --resume keeps
    no output made with other ones."""
    names = (
        "format", "encoding", "text_field", "output_field", "id_field", "keep_captions", "keep_byline", "tone_style",
        "paragraph_sep", "overwrite_field", "learn_boilerplate", "boilerplate", "site_field", "signals", "filter",
        "language", "dedup", "mask_pii", "max_document_bytes",
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


def _stdin_is_given() -> bool:
    """Standard input is a pipe or a redirected file: a document is being handed over (a terminal,
    or /dev/null under a job scheduler, is not)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):  # closed, or replaced by an object without a descriptor
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)
