"""WARC and WARC.gz inputs (through ``warcio``, the ``warc`` extra): the HTML responses of a crawl.

A document is the body of a ``response`` record whose HTTP status is 200 and
whose content type is HTML; it keeps the record's URL (``WARC-Target-URI``) and
date (``WARC-Date``) as fields. Every other record (requests, metadata,
redirects, images, ...) is passed over and counted. A record that cannot be
parsed ends the file: a WARC has no markers to find the next record from, so
the records after it cannot be read (reported as one bad record).
"""

from __future__ import annotations

import contextlib
import io
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from .sources import BadRecord, Input, Record, optional

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


def read_warc(source: Input, handle: IO[bytes]) -> Iterator[Record | BadRecord | Skipped]:
    """The HTML responses of a WARC file as records (``line``: the record's number in the file)."""
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
    records = iter(archive.ArchiveIterator(handle))
    number = 0
    while True:
        warnings = io.StringIO()
        try:
            with contextlib.redirect_stderr(warnings):  # warcio writes paragraphs there
                record = next(records, None)
        except errors as error:
            yield BadRecord(source, number + 1, f"not a readable WARC record: {_one_line(error)}")
            return
        if warnings.getvalue():
            print(
                f"vnnews-clean: warning: {source.name}: after record {number}: "
                "a record is not followed by a blank line (its Content-Length may be wrong)",
                file=sys.stderr,
            )
        if record is None:
            return
        number += 1
        why = _why_not(record)
        if why is not None:
            yield Skipped(source, number, why)
            continue
        try:
            page = record.content_stream().read()
        except errors as error:
            yield BadRecord(source, number, f"cannot read the HTTP body: {_one_line(error)}")
            continue
        fields = {
            "id": f"{source.relative}:{number}",
            "url": record.rec_headers.get_header("WARC-Target-URI"),
            "date": record.rec_headers.get_header("WARC-Date"),
        }
        yield Record(source, number, fields=fields, size=len(page), page=page)
