"""Where cleaned documents go: a mirrored folder, one JSON Lines or Parquet file, or a stream.

Each output file is written as :mod:`.destinations` says: a regular file to a temporary
name beside it, renamed when complete (an interrupted run never leaves a half-written
output), a FIFO, device or stdout written through.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, ClassVar

from ..fields import META_FIELDS
from . import fastjson
from .destinations import OutputFile, open_output, write_error
from .inputs import Input, optional
from .sources import PARQUET_BATCH, split_compression

OWN_NAMES = {name: name for name in META_FIELDS}  # where the metadata of a text or HTML input goes


def output_record(
    fields: dict[str, Any] | None, relative: str, result: Any, text_field: str, keys: dict[str, str] | None = None
) -> dict[str, Any]:
    """The input's fields, the clean text in ``text_field``, and the metadata found.

    Metadata goes where ``keys`` says, as :func:`vnnews_clean.fields.metadata_keys` places it for
    the input's ``fields`` (``title`` etc., or ``clean_title`` etc. where the input has such a
    field; never over one of its fields unless ``--overwrite-field``); without ``fields`` (a text
    or HTML input) under its own names. ``published`` is the date a page states (None for text).
    """
    record: dict[str, Any] = dict(fields) if fields is not None else {"id": relative}
    record[text_field] = result.text
    for name, key in (keys or OWN_NAMES).items():
        record[key] = getattr(result, name, None)
    return record


class NotJson(ValueError):
    """A value JSON cannot hold (NaN, Infinity): a record never becomes an invalid JSON line."""


def jsonl(fields: dict[str, Any]) -> bytes:
    """One JSON line, as ``json.dumps(fields, ensure_ascii=False)`` gives it; :class:`NotJson` for
    NaN or Infinity (Python's json would write them, and no JSON reader takes them back).

    Each value is serialized and encoded on its own: serializing a record
    whole holds two text copies of a huge document besides its bytes. With
    orjson installed, it writes the keys and the values it writes as json does
    (:mod:`.fastjson`; the same bytes, faster), json the others.
    """
    try:
        if not all(isinstance(key, str) for key in fields):
            return json.dumps(fields, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"
        parts = [b"{"]
        for key, value in fields.items():
            if len(parts) > 1:
                parts.append(b", ")
            parts += [fastjson.dumps(key) or json.dumps(key, ensure_ascii=False).encode("utf-8"), b": "]
            if isinstance(value, str) and len(value) > _JSON_PIECE:
                parts += _json_string(value)
            else:
                fast = fastjson.dumps(value)
                parts.append(fast or json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8"))
    except ValueError:
        raise NotJson(unwritable_in_json(fields) or "a value JSON cannot hold") from None
    parts.append(b"}\n")
    return b"".join(parts)


def unwritable_in_json(fields: dict[str, Any]) -> str | None:
    """Which field holds a value JSON has no place for (NaN, Infinity, also nested), or None."""
    for key, value in fields.items():
        try:
            json.dumps(value, allow_nan=False)
        except ValueError:
            return f"field {key!r} holds NaN or Infinity, which JSON cannot hold (RFC 8259)"
        except TypeError:
            continue  # not ours to judge here
    return None


_JSON_PIECE = 1 << 20


def _json_string(value: str) -> list[bytes]:
    """A long string as JSON bytes, escaped a piece at a time (escaping is per character)."""
    pieces = [b'"']
    for start in range(0, len(value), _JSON_PIECE):
        pieces.append(json.dumps(value[start : start + _JSON_PIECE], ensure_ascii=False)[1:-1].encode("utf-8"))
    pieces.append(b'"')
    return pieces


class OutputError(Exception):
    """Documents that cannot be written as asked (a Parquet column changing type): exit 3."""


class ParquetFile:
    """Rows written to a Parquet file in batches, appearing under its name when complete.

    Parquet has one schema per file, fixed at the first batch. The text
    columns (``text_fields``) are nullable strings from the start, whatever the
    first rows hold; a column that is empty (null) in the whole first batch
    (often ``author``) is a nullable string too. A metadata column (title,
    author, source, published, clean_*) takes the type of the first batch like
    any other: where the input has its own ``author`` column of ints, that
    column stays the input's, with its type, and ours is ``clean_author``.
    Columns named in ``types`` (the ``q_*`` fields of ``--signals``) have that
    Arrow type, nullable, from the start. Other columns take the type of the
    first batch. A later value of another
    type, or a field the first batch did not have, stops the run with an
    :class:`OutputError` naming the field: nothing is cast or dropped silently
    (JSON Lines output takes any field).
    """

    def __init__(
        self, target: Path, text_fields: tuple[str, ...] = ("text",), types: dict[str, Any] | None = None
    ) -> None:
        self.parquet = optional("pyarrow.parquet", "parquet")
        self.types = types or {}
        self.arrow = optional("pyarrow", "parquet")
        self.target = target
        self.strings = frozenset(text_fields)  # the clean text (and the raw one beside it): strings
        self.out: OutputFile | None = None  # created with the first batch: nothing to clean up before
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None
        self.schema: Any = None
        self.written = 0  # rows written so far

    def write(self, fields: dict[str, Any]) -> None:
        self.rows.append(fields)
        if len(self.rows) >= PARQUET_BATCH:
            self._flush()

    def _first_schema(self) -> Any:
        """The first batch's types, with the text and all-null columns as nullable strings.

        A metadata column whose first values are not strings is the input's own (an int ``author``
        column: ours went to ``clean_author``): it keeps its type, as any column of the input does.
        """
        names = list(dict.fromkeys(name for row in self.rows for name in row))
        fixed = self.types.keys() | self.strings
        table = self.arrow.Table.from_pylist([{n: r.get(n) for n in names if n not in fixed} for r in self.rows])
        types = {f.name: f.type for f in table.schema}
        string = self.arrow.string()

        def typed(name: str) -> Any:
            if name in self.types:
                return self.types[name]
            if name in fixed or self.arrow.types.is_null(types[name]):
                return string
            return types[name]

        return self.arrow.schema([(name, typed(name)) for name in names])

    def _mismatch(self) -> str:
        """Which field of which row does not fit the schema (called only when a batch failed)."""
        names = set(self.schema.names)
        for index, row in enumerate(self.rows, start=self.written + 1):
            extra = next((name for name in row if name not in names), None)
            if extra is not None:
                why = f" (ours, as the record has its own {extra[6:]!r})" if extra.startswith("clean_") else ""
                return f"field {extra!r}{why} first appears in document {index}, after the first {PARQUET_BATCH}"
        for column in self.schema:
            for index, row in enumerate(self.rows, start=self.written + 1):
                try:
                    self.arrow.array([row.get(column.name)], type=column.type)
                except (self.arrow.ArrowInvalid, self.arrow.ArrowTypeError):
                    value = row.get(column.name)
                    got, why = type(value).__name__, ""
                    if column.name in META_FIELDS and isinstance(value, str):  # ours, in a column of the input's
                        why = f" (the {column.name} found, as this record has no {column.name!r} of its own)"
                    return f"field {column.name!r}{why} of document {index} is {got}, but the column is {column.type}"
        return "a row does not fit the schema of the first rows"

    def _flush(self) -> None:
        if not self.rows:
            return
        if self.schema is None:
            try:
                self.schema = self._first_schema()
            except (self.arrow.ArrowInvalid, self.arrow.ArrowTypeError) as error:
                raise OutputError(f"{self.target}: a column changes type within the first rows: {error}") from None
        names = set(self.schema.names)
        try:
            if any(name not in names for row in self.rows for name in row):
                raise self.arrow.ArrowInvalid("a new field")
            table = self.arrow.Table.from_pylist(self.rows, schema=self.schema)
        except (self.arrow.ArrowInvalid, self.arrow.ArrowTypeError):
            raise OutputError(
                f"{self.target}: {self._mismatch()} "
                "(a Parquet file has one schema, set by its first rows; JSON Lines output takes any)"
            ) from None
        try:
            if self.writer is None:
                self.out = open_output(self.target)
                self.writer = self.parquet.ParquetWriter(self.out.raw, self.schema)
            self.writer.write_table(table)
        except OSError as error:
            self.abandon()
            raise write_error(self.target, error) from None
        self.written += len(self.rows)
        self.rows = []

    def commit(self) -> None:
        self._flush()
        try:
            if self.writer is None:  # no rows: an empty file with no columns
                self.out = open_output(self.target)
                self.parquet.write_table(self.arrow.table({}), self.out.raw)
            else:
                self.writer.close()
                self.writer = None
        except OSError as error:
            self.abandon()
            raise write_error(self.target, error) from None
        assert self.out is not None
        self.out.commit()

    def abandon(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            with contextlib.suppress(OSError):
                writer.close()
        if self.out is not None:
            self.out.abandon()


def is_parquet(path: Path) -> bool:
    return split_compression(path)[0] == ".parquet"


class Sink:
    """Receives finished output (bytes, or a row for Parquet) in input order."""

    def kind(self, source: Input) -> str:
        """What the workers should make of a document of ``source``: "text", "jsonl" or "row"."""
        raise NotImplementedError

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        raise NotImplementedError

    def end_input(self, source: Input, readable: bool) -> bool:
        """The last record of ``source`` has been written (``readable``: none was bad);
        True when its own output is now complete."""
        return False

    def close(self, success: bool) -> None:
        pass


def mirror_name(source: Input) -> Path:
    """Where the output of ``source`` goes in a mirrored folder, relative to it: the same path, but an
    HTML page becomes text (``a.html.gz`` -> ``a.txt.gz``) and a WARC file JSON Lines
    (``crawl.warc.gz`` -> ``crawl.jsonl.gz``), as their outputs are."""
    relative = source.relative
    if source.format not in ("html", "warc"):
        return relative
    suffix, compression = split_compression(relative)
    stem = relative.name[: len(relative.name) - len(compression)] if compression else relative.name
    if suffix in (".html", ".htm", ".xhtml", ".warc"):
        stem = stem[: -len(suffix)]
    return relative.with_name(stem + (".txt" if source.format == "html" else ".jsonl") + compression)


class MirrorSink(Sink):
    """One output file per input file, at the same relative path, in the same format
    (an HTML page gives a text file, a WARC file a JSON Lines file: see :func:`mirror_name`)."""

    KINDS: ClassVar[dict[str, str]] = {
        "text": "text",
        "jsonl": "jsonl",
        "parquet": "row",
        "html": "text",
        "warc": "jsonl",
    }

    def __init__(
        self, root: Path, text_fields: tuple[str, ...] = ("text",), types: dict[str, Any] | None = None
    ) -> None:
        self.root = root
        self.text_fields = text_fields
        self.types = types
        self.current: tuple[Input, OutputFile | ParquetFile] | None = None

    def target(self, source: Input) -> Path:
        return self.root / mirror_name(source)

    def kind(self, source: Input) -> str:
        return self.KINDS[source.format]

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        if self.current is None or self.current[0] != source:
            self._finish(True)
            self.current = (source, self._open(source))
        self.current[1].write(data)  # type: ignore[arg-type]

    def _open(self, source: Input) -> OutputFile | ParquetFile:
        target = self.target(source)
        return ParquetFile(target, self.text_fields, self.types) if source.format == "parquet" else open_output(target)

    def end_input(self, source: Input, readable: bool) -> bool:
        """Commit the output of ``source``; an empty input gets an empty output.

        An input with nothing readable gets none, so --resume tries it again.
        """
        if self.current is None and readable:
            self.current = (source, self._open(source))
        return self._finish(True)

    def _finish(self, success: bool) -> bool:
        if self.current is None:
            return False
        _, handle = self.current
        handle.commit() if success else handle.abandon()
        self.current = None  # after: a commit stopped by a signal is abandoned by close(False)
        return success

    def close(self, success: bool) -> None:
        self._finish(success)


class JsonlSink(Sink):
    """Every document as one JSON object per line, in one file or on a stream (None: stdout)."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.file: OutputFile | None = None  # created at the first write: nothing to clean up before

    def kind(self, source: Input) -> str:
        return "jsonl"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, bytes)
        if self.file is None:
            self.file = open_output(self.target)
        self.file.write(data)

    def close(self, success: bool) -> None:
        if self.file is None and success:
            self.file = open_output(self.target)  # no document: an empty output
        if self.file is not None:
            self.file.commit() if success else self.file.abandon()


class ParquetSink(Sink):
    """Every document as one row of one Parquet file."""

    def __init__(
        self, target: Path, text_fields: tuple[str, ...] = ("text",), types: dict[str, Any] | None = None
    ) -> None:
        self.target = target
        self.file = ParquetFile(target, text_fields, types)

    def kind(self, source: Input) -> str:
        return "row"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, dict)
        self.file.write(data)

    def close(self, success: bool) -> None:
        self.file.commit() if success else self.file.abandon()


class TextSink(JsonlSink):
    """Clean texts on a stream (None: stdout), one blank line between documents."""

    def __init__(self, target: Path | None = None) -> None:
        super().__init__(target)
        self.first = True

    def kind(self, source: Input) -> str:
        return "text"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, bytes)
        super().write(source, data if self.first else b"\n" + data)
        self.first = False
