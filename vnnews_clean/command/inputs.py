"""What the command reads: an input (a file or stdin, its format), the records it holds, and a
record that cannot be read. Below both readers (:mod:`.sources`, :mod:`.warc`)."""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._extras import install_hint

MAX_DOCUMENT_BYTES = 50_000_000  # --max-document-bytes: a larger document is a bad record, never read whole


def optional(module: str, extra: str) -> Any:
    """Import a module of an optional extra, or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(f"this needs {module}: {install_hint(extra)}") from None


class InputError(Exception):
    """An input that cannot be used at all (missing, unknown format)."""


@dataclass(frozen=True)
class Input:
    """One input file (or stdin), its format, and its path relative to the folder it was found in."""

    path: Path | None  # None: standard input
    format: str  # "text", "html" (one document per file), "jsonl", "parquet" or "warc" (records)
    relative: Path
    head: bytes = field(default=b"", compare=False, repr=False)  # stdin lines already read to find its format
    markup: str = "text"  # what a record's field holds: "text", "html", or "auto" (decided per record)

    @property
    def name(self) -> str:
        return "-" if self.path is None else str(self.path)


@dataclass
class Record:
    """One document as read. A JSON Lines record travels as ``raw`` bytes: the
    worker that cleans it also parses and checks it, so the main process only
    moves bytes."""

    input: Input
    line: int  # 1-based line of a JSON Lines record or Parquet row; 0 for a whole file
    text: str = ""
    fields: dict[str, Any] | None = None  # a Parquet row
    size: int = 0  # bytes read
    raw: bytes | None = None  # a JSON Lines line, parsed by the worker
    page: bytes | None = None  # an HTML page as bytes, decoded by the worker (its charset found there)
    offset: int = 0  # bytes of the input's file read when this record was read (for the progress display)

    @property
    def id(self) -> str:
        return f"{self.input.relative}:{self.line}" if self.line else str(self.input.relative)


@dataclass
class BadRecord:
    input: Input
    line: int
    reason: str
    size: int = 0
    fields: dict[str, Any] | None = field(default=None, repr=False)
    # the input could be read no further (a WARC record whose framing is broken): what followed is lost
    ends_input: bool = False
    offset: int = 0  # as Record.offset

    def message(self) -> str:
        where = f"{self.input.name}:{self.line}" if self.line else self.input.name
        return f"{where}: {self.reason}"


def stat_of(source: Input) -> os.stat_result | None:
    """What the file system says of an input; None for stdin or a file that cannot be seen."""
    if source.path is None:
        return None
    try:
        return os.stat(source.path)
    except OSError:
        return None


def too_big(size: int, max_bytes: int, exact: bool = True) -> str:
    """The reason of a bad record over ``--max-document-bytes``."""
    what = f"a document of {size:,} bytes" if exact else f"a document of more than {max_bytes:,} bytes"
    return f"{what}: over --max-document-bytes ({max_bytes:,}), not read"
