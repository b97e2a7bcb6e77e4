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
  extra), ``--dedup near`` without datasketch (the ``dedup`` extra), ``--language`` without
  py3langid (the ``language`` extra) or without ``--signals`` or ``--filter``, ``--signals`` with text
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
import os
import signal
import sys
from collections.abc import Sequence

from ..boilerplate import BoilerplateError
from ..decoding import check_encoding
from .cli import (
    EXIT_BAD_INPUT,
    EXIT_CLOSED_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    EXIT_WRITE,
    Terminated,
    _stdin_is_given,
    _terminate,
    cores,
    options_of,
    parser,
    unescape,
)


def main(argv: Sequence[str] | None = None) -> int:
    """The command: its exit code (see above)."""
    args = parser().parse_args(argv)
    _check_values(args)
    _check_inputs(args)
    try:
        unescape(args.paragraph_sep)
    except ValueError as error:
        parser().error(f"--paragraph-sep: {error}")
    signal.signal(signal.SIGTERM, _terminate)
    return _run(args)


def _check_values(args: argparse.Namespace) -> None:
    """A usage error (exit 2) for a --workers or --encoding that cannot be used."""
    if not 1 <= args.workers <= 4 * cores():
        parser().error(f"--workers must be between 1 and {4 * cores()} (4 per core)")
    if args.encoding is not None:
        try:
            args.encoding = check_encoding(args.encoding)
        except ValueError as error:
            parser().error(f"--encoding: {error}")


def _check_inputs(args: argparse.Namespace) -> None:
    """A usage error (exit 2) for inputs the run cannot take; no input but a piped stdin: ``-``."""
    if not args.inputs and not args.explain:
        if not _stdin_is_given():
            parser().error("give at least one INPUT (or --explain FILE), or pipe a document to standard input")
        args.inputs = ["-"]  # `cat page.html | vnnews-clean`, as ftfy and trafilatura read it
    if args.learn_boilerplate and "-" in args.inputs:
        parser().error("--learn-boilerplate reads the inputs twice: give files, not - (stdin)")
    if args.save_boilerplate and not args.learn_boilerplate:
        parser().error("--save-boilerplate needs --learn-boilerplate")


def _run(args: argparse.Namespace) -> int:
    """The work asked for (--explain, or the cleaning run), its errors turned into their messages and exit codes."""
    # the work's modules, imported only now: --help, --version and a usage error above need none of them
    from . import cleaning
    from .destinations import ClosedPipe, WriteError, open_output
    from .explain import ExplainError, explain
    from .inputs import InputError

    try:
        if args.explain:
            shown = explain(
                args.explain, options_of(args), args.text_field, args.format, args.encoding, args.max_document_bytes
            )
            out = open_output(None)
            out.write(shown.encode("utf-8") + b"\n")
            out.commit()
            return EXIT_OK
        code = cleaning.run(args)
        if cleaning._pool_broken:  # our files are cleaned up; the broken pool's threads may never end (Python 3.11)
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
