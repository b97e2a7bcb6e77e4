"""WARC and WARC.gz inputs (through ``warcio``, the ``warc`` extra): the HTML responses of a crawl.

A document is the body of a ``response`` record whose HTTP status is 200 and
whose content type is HTML; it keeps the record's URL (``WARC-Target-URI``) and
date (``WARC-Date``) as fields. Every other record (requests, metadata,
redirects, images, ...) is passed over and counted. A record that cannot be
parsed, or whose content is not what its ``Content-Length`` says (a file cut
inside a record, a wrong length), ends the file: a WARC has no markers to find
the next record from, so the records after it cannot be read (reported as one
bad record, with how much was not read). A file that does not start with a WARC
record is not a WARC file (a bad input).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from .inputs import BadRecord, Input, Record, optional, too_big

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class Skipped:
    """A record with no document to clean (a WARC request, a redirect, an image): counted, not cleaned."""

    input: Input
    line: int
    reason: str


def _why_not(record: Any) -> str | None:
    """Why a WARC record is not an HTML page to clean; None when it is one."""
    if record.rec_type != "response":
        return f"a {record.rec_type} record"
    headers = record.http_headers
    if headers is None:
        return "a response without HTTP headers"
    status = headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return f"content type {content_type or 'missing'}"
    return None


def _one_line(error: BaseException) -> str:
    """warcio's message on one line (some of its messages are a paragraph)."""
    text = str(error)
    if "non-chunked gzip" in text:
        return "a gzip file holding several records in one gzip member (`warcio recompress` rewrites it)"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines)[:300] or type(error).__name__


def _unread(handle: IO[bytes], records: Any) -> str:
    """How much of the file is left after the current record, when that can be told: a regular
    file read as it is (a .warc, or a .warc.gz, whose offsets warcio counts in its bytes)."""
    raw = getattr(handle, "raw", None)
    if not isinstance(raw, io.FileIO):
        return "the rest of the file"
    try:
        info = os.fstat(raw.fileno())
    except OSError:
        return "the rest of the file"
    if not stat.S_ISREG(info.st_mode):
        return "the rest of the input"
    return f"the rest of the file ({max(info.st_size - records.offset, 0):,} bytes)"


def _framing_error(record: Any, number: int, warned: bool, unread: str) -> str | None:
    """Why record ``number``, read to its end, does not end where its ``Content-Length`` says; None when it does.

    warcio reads a record's content up to its Content-Length and stops at the end of
    the file without a word: a file cut inside a record, or a length larger than the
    record (which swallows the records after it), gives fewer bytes than announced.
    A length too small leaves content where the blank line after the record should be.
    """
    stream = record.raw_stream
    missing = getattr(stream, "limit", 0)
    what = f"record {number} (a {record.rec_type} record)"
    if missing:
        declared = getattr(stream, "_orig_limit", missing)
        return (
            f"{what} ends early: the file holds {declared - missing:,} of the {declared:,} bytes its Content-Length "
            f"announces ({missing:,} missing): the file is cut short, or the length is wrong and swallowed the "
            "records after it"
        )
    if warned:
        return f"{what} is not followed by a blank line: its Content-Length is wrong; {unread} is not read"
    return None


def read_warc(source: Input, handle: IO[bytes], max_bytes: int) -> Iterator[Record | BadRecord | Skipped]:
    """The HTML responses of a WARC file as records (``line``: the record's number in the file).

    Each record is read to its end before its page is passed on: one whose content is
    not what its ``Content-Length`` says is a bad record, and the file ends there (the
    next record cannot be found). A body over ``max_bytes`` is a bad record, not read further.
    """
    archive = optional("warcio.archiveiterator", "warc")
    exceptions = optional("warcio.exceptions", "warc")
    parsing = optional("warcio.statusandheaders", "warc")
    errors = (
        exceptions.ArchiveLoadFailed,
        parsing.StatusAndHeadersParserException,
        ValueError,
        EOFError,
        OSError,
        zlib.error,
    )
    records = archive.ArchiveIterator(handle)
    number = 0
    while True:
        warnings = io.StringIO()
        try:
            with contextlib.redirect_stderr(warnings):  # warcio writes paragraphs there
                record = next(records, None)
        except errors as error:
            if number == 0:
                yield BadRecord(source, 0, f"not a WARC file: {_one_line(error)}")
            else:
                yield BadRecord(source, number + 1, f"not a readable WARC record: {_one_line(error)}", ends_input=True)
            return
        if record is None:
            return
        number += 1
        if number == 1 and record.format != "warc":
            yield BadRecord(source, 0, f"not a WARC file (warcio reads it as {record.format.upper()})")
            return
        why = _why_not(record)
        page: bytes | None = None
        bad: BadRecord | None = None
        if why is None:
            try:
                page = record.content_stream().read(max_bytes + 1)
            except errors as error:
                bad = BadRecord(source, number, f"cannot read the HTTP body: {_one_line(error)}")
            if page is not None and len(page) > max_bytes:
                bad, page = BadRecord(source, number, too_big(len(page), max_bytes, exact=False), len(page)), None
        try:
            with contextlib.redirect_stderr(warnings):
                records.read_to_end()  # the rest of the record, and the blank lines after it
        except errors as error:
            yield BadRecord(source, number, f"not a readable WARC record: {_one_line(error)}", ends_input=True)
            return
        framing = _framing_error(record, number, bool(warnings.getvalue()), _unread(handle, records))
        if framing is not None:
            yield BadRecord(source, number, framing, ends_input=True)
            return
        if bad is not None:
            yield bad
        elif page is None:
            yield Skipped(source, number, why or "")
        else:
            fields = {
                "id": f"{source.relative}:{number}",
                "url": record.rec_headers.get_header("WARC-Target-URI"),
                "date": record.rec_headers.get_header("WARC-Date"),
            }
            yield Record(source, number, fields=fields, size=len(page), page=page)
