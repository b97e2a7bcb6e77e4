"""``python -m vnnews_clean FILE...`` / ``vnnews-clean FILE...``: print the clean text of each file.

The whole-corpus command (folders, JSONL, Parquet, workers, reports) builds on
this; for now it cleans plain-text files and standard input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .api import clean
from .options import CleanOptions

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnnews-clean", description="Clean scraped Vietnamese news articles.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, one article each; - for stdin")
    parser.add_argument("--keep-captions", action="store_true", help="keep image captions")
    parser.add_argument("--keep-byline", action="store_true", help="keep the byline line in the text")
    parser.add_argument(
        "--tone-style", choices=["old", "new", "none"], default="old", help="tone mark placement (default: old)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    options = CleanOptions(
        keep_captions=args.keep_captions,
        keep_byline=args.keep_byline,
        tone_style=None if args.tone_style == "none" else args.tone_style,
    )
    status = EXIT_OK
    for number, path in enumerate(args.files):
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as error:
            print(f"vnnews-clean: {path}: {error}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        if number:
            sys.stdout.write("\n")
        cleaned = clean(text, **vars(options))
        sys.stdout.write(cleaned + ("\n" if cleaned else ""))
    return status


if __name__ == "__main__":
    sys.exit(main())
