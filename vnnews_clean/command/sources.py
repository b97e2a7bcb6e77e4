"""Finding inputs and streaming records out of them.

A record is one document: a whole text or HTML file, one line of a JSON Lines
file, one Parquet row, or one HTML response of a WARC file. Records are produced
lazily, so memory stays bounded whatever the input size. A record that cannot
be read becomes a :class:`BadRecord` naming file and line; the runner decides
whether that stops the run.

What a document holds (its *markup*) is decided per input: "text", "html"
(``--format html``), or "auto": a page (a file, a WARC response) or the text
field of a JSON Lines record or Parquet row is HTML when it looks like markup
(:func:`vnnews_clean.html.looks_like_markup`), else text.

No document is read whole before its size is known: a file, a line or a WARC
body is read up to ``max_bytes`` (``--max-document-bytes``) and one larger is a
bad record, its bytes skipped, never held. A compressed file cut short is a bad
record too (:mod:`.compressed`), never a shorter file.
"""

from __future__ import annotations

import bz2
import codecs
import glob
import gzip
import io
import json
import lzma
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..decoding import DecodingError, bom_encoding, decode_bytes, decode_named, encoding_hint
from . import fastjson
from .compressed import ENDED_EARLY, open_zstd
from .inputs import MAX_DOCUMENT_BYTES, BadRecord, Input, InputError, Record, optional, too_big
from .warc import Skipped, read_warc


def _zstd_reader(path: Path, mode: str = "rb") -> IO[bytes]:
    optional("zstandard", "zstd")
    return open_zstd(path)


# The compressions of an input by suffix (outputs: destinations.COMPRESSORS); a .zst file cut short
# raises EOFError, as the others do.
DECOMPRESSORS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open, ".zst": _zstd_reader}
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
}
RECORDS = ("jsonl", "parquet")  # formats whose documents are a field of a record
SNIFF_BYTES = 4096  # read from a file of unknown extension to see whether it is an HTML page
# A page starts with a doctype or <html>, perhaps after an XML declaration or comments.
PAGE_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
PARQUET_BATCH = 1024
SKIP_CHUNK = 1 << 20  # the rest of an oversized JSON Lines record is read and dropped this much at a time
# A read error of a compressed file (bad data); a cut file raises EOFError.
READ_ERRORS = (OSError, lzma.LZMAError, zlib.error)
# A JSON escape of a UTF-16 surrogate (\ud800-\udfff): the cheap sign that a record may hold a lone one.
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
SURROGATE = re.compile("[\ud800-\udfff]")
TOO_DEEP = "arrays or objects in each other, about 1000 levels deep"


def split_compression(path: Path) -> tuple[str, str]:
    """(format suffix, compression suffix) of a file name: "a.jsonl.gz" -> (".jsonl", ".gz")."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = suffixes[-1] if suffixes and suffixes[-1] in DECOMPRESSORS else ""
    rest = suffixes[:-1] if compression else suffixes
    return (rest[-1] if rest else ""), compression


def format_of(path: Path, forced: str | None) -> str | None:
    """The format of a file from ``--format`` or its extension; None: unknown.

    ``--format html`` says what documents hold, not how they are stored: a
    .jsonl/.ndjson/.parquet/.warc file keeps its format (its records hold HTML),
    any other file is one HTML page.
    """
    known = FORMATS.get(split_compression(path)[0])
    if forced == "html":
        return known if known in (*RECORDS, "warc") else "html"
    return forced or known


def markup_of(fmt: str, forced: str | None) -> str:
    """What the documents of an input of format ``fmt`` hold.

    ``--format html`` means HTML; a forced ``--format text``, ``jsonl`` or ``parquet``
    means text (no HTML detection). Otherwise pages (a file, a WARC response) and record
    fields are detected one by one: a page holding plain text is text.
    """
    if forced == "html":
        return "html"
    return "auto" if fmt in ("html", "warc") or (fmt in RECORDS and forced is None) else "text"


def sniff_page(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) starts an HTML page: ``<!DOCTYPE html``
    or ``<html``, perhaps after a byte order mark, an XML declaration or comments."""
    encoding = bom_encoding(head[:4])
    if encoding and not encoding.replace("_", "-").lower().startswith("utf-8"):
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    return PAGE_START.match(head.removeprefix(codecs.BOM_UTF8)) is not None


def _file_head(path: Path) -> bytes:
    """The first bytes of a file (decompressed), or b"" when it cannot be read (reported when read)."""
    try:
        with DECOMPRESSORS.get(split_compression(path)[1], open)(path, "rb") as handle:  # type: ignore[operator]
            return handle.read(SNIFF_BYTES)
    except (*READ_ERRORS, EOFError, InputError):
        return b""


def _input(path: Path, relative: Path, forced: str | None) -> Input | None:
    """An input for a file, or None when its format is unknown (no known extension, not an HTML page)."""
    fmt = format_of(path, forced)
    if fmt is None and sniff_page(_file_head(path)):
        fmt = "html"
    return None if fmt is None else Input(path, fmt, relative, markup=markup_of(fmt, forced))


def hidden(name: str) -> bool:
    """A hidden file or folder ("._a.txt" of macOS, ".git"): not walked into from a folder."""
    return name.startswith(".")


def files_in(folder: Path) -> list[Path]:
    """The files under ``folder``, hidden ones and hidden folders left out, sorted as paths."""
    found = []
    for parent, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not hidden(name)]
        found += [Path(parent, name) for name in names if not hidden(name)]
    return sorted(path for path in found if path.is_file())


def discover(patterns: list[str], forced_format: str | None = None) -> list[Input]:
    """Files, folders (recursively, known formats and HTML pages only, hidden files and folders
    left out), globs and "-" for stdin, in a stable order. A file named explicitly is read,
    hidden or not."""
    inputs: list[Input] = []
    for pattern in patterns:
        if pattern == "-":
            sniffing = forced_format in (None, "html")
            head = _stdin_head() if sniffing else b""
            fmt = _sniff(head) if sniffing else forced_format
            assert fmt is not None  # not sniffing: a format other than html was forced
            if fmt == "text" and forced_format == "html":
                fmt = "html"
            if forced_format is None and fmt != "text":
                name = "JSON Lines" if fmt == "jsonl" else "an HTML page"
                print(f"vnnews-clean: stdin read as {name} (--format text: as text)", file=sys.stderr)
            inputs.append(Input(None, fmt, Path("stdin"), head, markup_of(fmt, forced_format)))
            continue
        path = Path(pattern)
        if path.is_dir():
            found = (_input(p, p.relative_to(path), forced_format) for p in files_in(path))
            inputs += [source for source in found if source is not None]
            continue
        matches = [Path(m) for m in sorted(glob.glob(pattern, recursive=True))] if not path.exists() else [path]
        if not matches:
            raise InputError(f"{pattern}: no such file, folder or matching files")
        for match in matches:
            if match.is_dir():
                continue
            source = _input(match, Path(match.name), forced_format)
            if source is None:
                raise InputError(f"{match}: unknown format (use --format text, html, jsonl, parquet or warc)")
            inputs.append(source)
    if any(source.format == "warc" for source in inputs):
        optional("warcio", "warc")  # a usage error before anything is written
    return inputs


def _stdin_head() -> bytes:
    """The lines of stdin up to its first non-blank one (kept, and read again before the rest)."""
    head = b""
    while not head.strip():
        line = sys.stdin.buffer.readline()
        if not line:
            break
        head += line
    return head


def _sniff(head: bytes) -> str:
    """JSON Lines ("jsonl") when the first non-blank line of stdin is a JSON object, "html" when it
    starts an HTML page, else "text"."""
    if sniff_page(head):
        return "html"
    line = head.strip()
    if not line.startswith(b"{"):
        return "text"
    try:
        return "jsonl" if isinstance(json.loads(line), dict) else "text"
    except ValueError:
        return "text"
    except RecursionError:  # an object nested too deeply to parse: JSON Lines, whose record is bad
        return "jsonl"


class _Prefixed(io.RawIOBase):
    """``head`` followed by the rest of ``rest``: stdin after its first lines were read to sniff its format."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.rest.read1(len(buffer)) if hasattr(self.rest, "read1") else self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_binary(source: Input) -> IO[bytes]:
    if source.path is None:
        return io.BufferedReader(_Prefixed(source.head, sys.stdin.buffer)) if source.head else sys.stdin.buffer
    compression = split_compression(source.path)[1]
    if source.format == "warc" and compression == ".gz":
        return open(source.path, "rb")  # warcio reads a .warc.gz record by record (one gzip member each)
    opener = DECOMPRESSORS.get(compression, open)
    return opener(source.path, "rb")  # type: ignore[operator]


def read(
    source: Input, text_field: str, encoding: str | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Any]:
    """Stream the records of one input (Record, BadRecord, and for a WARC file Skipped);
    ``encoding`` as ``--encoding`` gives it (None: detect; an HTML page is decoded by its worker);
    a document over ``max_bytes`` is a BadRecord, read no further than that."""
    try:
        handle = open_binary(source)
    except OSError as error:
        yield BadRecord(source, 0, f"cannot open: {error.strerror or error}")
        return
    line = 0  # the last record read: a cut file names it
    records: Iterator[Any]  # Record, BadRecord, Skipped
    try:
        if source.format == "jsonl":
            records = _read_jsonl(source, handle, encoding, max_bytes)
        elif source.format == "parquet":
            records = _read_parquet(source, handle, text_field, max_bytes)
        elif source.format == "warc":
            records = read_warc(source, handle, max_bytes)
        else:
            records = iter([_read_whole(source, handle, encoding, max_bytes)])
        position = None if source.format == "parquet" else _position_of(handle)  # a Parquet file: by rows
        for record in records:
            line = record.line
            if position is not None and not isinstance(record, Skipped):
                record.offset = position()
            yield record
    except EOFError:
        after = f" after {'line' if source.format == 'jsonl' else 'record'} {line}" if line else ""
        yield BadRecord(source, 0, f"cannot read: {ENDED_EARLY}{after} (the file is cut short: the rest is lost)")
    except READ_ERRORS as error:
        yield BadRecord(source, 0, f"cannot read: {error}")
    finally:
        if source.path is not None:
            handle.close()


def _position_of(handle: IO[bytes]) -> Callable[[], int] | None:
    """How many bytes of the file under ``handle`` were read (of a compressed file: compressed bytes),
    or None when that cannot be known (stdin, a pipe)."""
    try:
        descriptor = handle.fileno()
        os.lseek(descriptor, 0, os.SEEK_CUR)
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
        return None
    return lambda: os.lseek(descriptor, 0, os.SEEK_CUR)


def _read_parquet(source: Input, handle: IO[bytes], text_field: str, max_bytes: int) -> Iterator[Record | BadRecord]:
    """Rows of a Parquet file, a batch at a time; ``line`` is the row number (1-based); a record's
    offset is the file's size times the share of its rows read so far."""
    parquet = optional("pyarrow.parquet", "parquet")
    try:
        table = parquet.ParquetFile(handle)
    except Exception as error:  # pyarrow raises its own error types
        yield BadRecord(source, 0, f"not a Parquet file: {error}")
        return
    number = 0
    rows = max(table.metadata.num_rows, 1)
    size_on_disk = os.fstat(handle.fileno()).st_size if source.path is not None else 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH):
        for row in batch.to_pylist():
            number += 1
            offset = size_on_disk * number // rows
            text = row.get(text_field)
            if text is None and text_field in row:  # a null text: a document with nothing to clean (not written)
                text = ""
            if not isinstance(text, str):
                kind = "null" if text is None else type(text).__name__
                reason = f"{text_field!r} is {kind}, not a string" if text_field in row else f"no {text_field!r} column"
                yield BadRecord(source, number, reason, 0, row, offset=offset)
                continue
            size = len(text.encode("utf-8"))
            if size > max_bytes:
                yield BadRecord(source, number, too_big(size, max_bytes), size, offset=offset)
                continue
            yield Record(source, number, text, row, size, offset=offset)


def _read_whole(source: Input, handle: IO[bytes], encoding: str | None, max_bytes: int) -> Record | BadRecord:
    """A whole file: a page's bytes (decoded by its worker), or a text, its encoding detected
    or given (see :func:`vnnews_clean.decode_bytes`)."""
    data = handle.read(max_bytes + 1)
    size = len(data)
    if size > max_bytes:
        return BadRecord(source, 0, too_big(size, max_bytes, exact=False), size)
    if source.format == "html":
        return Record(source, 0, size=size, page=data)
    try:
        text, _ = decode_bytes(data, encoding)
    except DecodingError as error:
        return BadRecord(source, 0, str(error), size)
    return Record(source, 0, text, size=size)


def lines_of(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line of ``handle``, or (None, size) for one over ``max_bytes``
    (its bytes read a chunk at a time and dropped). No more than ``max_bytes`` + 2 bytes of a
    line are ever held."""
    while True:
        line = handle.readline(max_bytes + 2)
        if not line:
            return
        size = len(line) - line.endswith(b"\n")
        if size <= max_bytes:
            held, line = [line], b""  # no reference left here while the reader's record is cleaned
            yield held.pop(), size
            continue
        while not line.endswith(b"\n"):
            line = handle.readline(SKIP_CHUNK)
            if not line:
                break
            size += len(line) - line.endswith(b"\n")
        yield None, size


def _read_jsonl(source: Input, handle: IO[bytes], encoding: str | None, max_bytes: int) -> Iterator[Record | BadRecord]:
    """Lines as raw UTF-8 bytes for the workers. UTF-8 is read as it is (a byte
    order mark dropped); other encodings, named or announced by a byte order
    mark, are decoded here and passed on as UTF-8."""
    peek = getattr(handle, "peek", None)
    name = encoding or bom_encoding(peek(4)[:4] if peek else b"") or "utf-8"
    if name.replace("_", "-").lower() in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        yield from _read_wide_jsonl(source, handle, name, max_bytes)
        return
    utf8 = name.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig")
    # (no enumerate: it keeps its last tuple, and the line's bytes in it, until the next line)
    number = 0
    for item in lines_of(handle, max_bytes):
        number += 1
        raw, size = item
        del item
        if raw is None:
            yield BadRecord(source, number, too_big(size, max_bytes), size)
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        if not utf8:
            try:
                raw = decode_named(raw, name).encode("utf-8")
            except UnicodeError as error:
                where = f" (byte {error.start})" if isinstance(error, UnicodeDecodeError) else ""
                yield BadRecord(source, number, f"not valid {name}{where}", len(raw))
                continue
        held, raw = [raw], b""  # no reference left in this frame while the record is cleaned
        yield Record(source, number, size=len(held[0]), raw=held.pop())


def _read_wide_jsonl(source: Input, handle: IO[bytes], name: str, max_bytes: int) -> Iterator[Record | BadRecord]:
    """JSON Lines in UTF-16 or UTF-32 (its newline is several bytes): decoded as a stream,
    a line read up to ``max_bytes`` characters (as UTF-8, up to three times that in bytes)."""
    reader = io.TextIOWrapper(handle, encoding=name, newline="\n")  # type: ignore[type-var]
    number = 0
    try:
        while True:
            line = reader.readline(max_bytes + 2)
            if not line:
                break
            number += 1
            if number == 1:
                line = line.removeprefix("\ufeff")
            raw = line.encode("utf-8")
            del line
            if len(raw.rstrip(b"\n")) > max_bytes:
                size = len(raw)
                while not raw.endswith(b"\n"):
                    raw = reader.readline(SKIP_CHUNK).encode("utf-8")
                    if not raw:
                        break
                    size += len(raw)
                yield BadRecord(source, number, too_big(size, max_bytes), size)
            elif raw.strip():
                yield Record(source, number, size=len(raw), raw=raw)
    except UnicodeError:
        yield BadRecord(source, number + 1, f"not valid {name}")
    finally:
        reader.detach()  # the handle is closed by its owner (never close stdin)


def _surrogate_in(value: Any) -> tuple[str, str] | None:
    """(where, the character) of the first lone surrogate in a parsed JSON value, keys included.
    (A loop, not recursion: a record may nest as deep as the JSON parser allows.)"""
    stack: list[tuple[Any, str]] = [(value, "the record")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            found = SURROGATE.search(item)
            if found:
                return where, found.group()
        elif isinstance(item, dict):
            for key, child in reversed(item.items()):
                stack += [(child, f"field {key!r}"), (key, "a field name")]
        elif isinstance(item, list):
            stack += [(child, where) for child in reversed(item)]
    return None


def parse_jsonl(raw: bytes, text_field: str) -> tuple[str, dict[str, Any]]:
    """The text and fields of one JSON Lines record; ValueError says what is wrong."""
    fields = fastjson.loads(raw)  # (it refuses lone surrogate escapes: a record it reads has none)
    if fields is None:
        fields = _json_loads(raw)
    text = fields.get(text_field)
    if text is None and text_field in fields:  # a null text: a document with nothing to clean (not written)
        return "", fields
    if not isinstance(text, str):
        if text_field not in fields:
            raise ValueError(f"no {text_field!r} field")
        raise ValueError(f"{text_field!r} is {'null' if text is None else type(text).__name__}, not a string")
    return text, fields


def _json_loads(raw: bytes) -> dict[str, Any]:
    """One JSON Lines record as Python's json reads it, checked; ValueError says what is wrong."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        hint = encoding_hint(raw)
        advice = f"; looks like {hint}: try --encoding {hint}" if hint else ""
        raise ValueError(f"not UTF-8 (byte {error.start}){advice}") from None
    try:
        fields = json.loads(line, parse_constant=_not_json)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    except RecursionError:
        raise ValueError(f"JSON nested too deeply to read ({TOO_DEEP})") from None
    if not isinstance(fields, dict):
        raise ValueError(f"a record must be a JSON object, not {type(fields).__name__}")
    if SURROGATE_ESCAPE.search(raw):  # a pair of escapes is one character; a lone one cannot be written
        where = _surrogate_in(fields)
        if where is not None:
            raise ValueError(f"lone surrogate escape (\\u{ord(where[1]):04x}) in {where[0]}: not Unicode text")
    return fields


def _not_json(constant: str) -> Any:
    """Python's json reads NaN, Infinity and -Infinity, which are not JSON (RFC 8259): a bad record, never
    a value carried to an output that no JSON reader would take back."""
    raise ValueError(f"invalid JSON: {constant} is not a JSON value (RFC 8259 has no NaN or Infinity)")
