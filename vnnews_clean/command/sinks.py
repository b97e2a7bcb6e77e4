"""Where cleaned documents go: a mirrored folder, one JSON Lines file, or stdout.

Files are written to a temporary name beside the target and renamed when
complete, so an interrupted run never leaves a half-written output, and
``--resume`` can trust any output that exists.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any, ClassVar

from .sources import COMPRESSIONS, PARQUET_BATCH, Input, optional, split_compression

META_FIELDS = ("title", "author", "source")


class AtomicFile:
    """A file that appears under its name only once it is completely written."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        opener = COMPRESSIONS.get(split_compression(target)[1], open)
        self.handle: IO[bytes] = opener(self.temporary, "wb")  # type: ignore[operator]

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.temporary, self.target)

    def abandon(self) -> None:
        self.handle.close()
        self.temporary.unlink(missing_ok=True)


def output_record(fields: dict[str, Any] | None, relative: str, result: Any, text_field: str) -> dict[str, Any]:
    """The input's fields, the clean text in ``text_field``, and the metadata found.

    Metadata goes to ``title``, ``author``, ``source``; where the input already
    has such a field it is kept, and ours is written as ``clean_title`` etc.
    """
    record = dict(fields) if fields is not None else {"id": relative}
    record[text_field] = result.text
    for name in META_FIELDS:
        key = name if name not in record or fields is None else f"clean_{name}"
        record[key] = getattr(result, name)
    return record


def jsonl(fields: dict[str, Any]) -> bytes:
    """One JSON line, as ``json.dumps(fields, ensure_ascii=False)`` gives it.

    Each value is serialized and encoded on its own: serializing a record
    whole holds two text copies of a huge document besides its bytes.
    """
    if not all(isinstance(key, str) for key in fields):
        return json.dumps(fields, ensure_ascii=False).encode("utf-8") + b"\n"
    parts = [b"{"]
    for key, value in fields.items():
        if len(parts) > 1:
            parts.append(b", ")
        parts += [json.dumps(key, ensure_ascii=False).encode("utf-8"), b": "]
        if isinstance(value, str) and len(value) > _JSON_PIECE:
            parts += _json_string(value)
        else:
            parts.append(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    parts.append(b"}\n")
    return b"".join(parts)


_JSON_PIECE = 1 << 20


def _json_string(value: str) -> list[bytes]:
    """A long string as JSON bytes, escaped a piece at a time (escaping is per character)."""
    pieces = [b'"']
    for start in range(0, len(value), _JSON_PIECE):
        pieces.append(json.dumps(value[start : start + _JSON_PIECE], ensure_ascii=False)[1:-1].encode("utf-8"))
    pieces.append(b'"')
    return pieces


class OutputError(Exception):
    """Documents that cannot be written as asked (a Parquet column changing type)."""


class ParquetFile:
    """Rows written to a Parquet file in batches, appearing under its name when complete.

    The schema is the first batch's; later rows are cast to it.
    """

    def __init__(self, target: Path) -> None:
        self.parquet = optional("pyarrow.parquet", "parquet")
        self.arrow = optional("pyarrow", "parquet")
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        self.rows: list[dict[str, Any]] = []
        self.writer: Any = None
        self.schema: Any = None

    def write(self, fields: dict[str, Any]) -> None:
        self.rows.append(fields)
        if len(self.rows) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        try:
            table = self.arrow.Table.from_pylist(self.rows, schema=self.schema)
        except (self.arrow.ArrowInvalid, self.arrow.ArrowTypeError) as error:
            raise OutputError(f"{self.target}: a column does not keep the type of the first rows: {error}") from None
        if self.writer is None:
            self.schema = table.schema
            self.writer = self.parquet.ParquetWriter(self.temporary, self.schema)
        self.writer.write_table(table)
        self.rows = []

    def commit(self) -> None:
        self._flush()
        if self.writer is None:  # no rows: an empty file with no columns
            self.parquet.write_table(self.arrow.table({}), self.temporary)
        else:
            self.writer.close()
        os.replace(self.temporary, self.target)

    def abandon(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        self.temporary.unlink(missing_ok=True)


def is_parquet(path: Path) -> bool:
    return split_compression(path)[0] == ".parquet"


class Sink:
    """Receives finished output (bytes, or a row for Parquet) in input order."""

    def done(self, source: Input) -> bool:
        """True when --resume may skip this input."""
        return False

    def kind(self, source: Input) -> str:
        """What the workers should make of a document of ``source``: "text", "jsonl" or "row"."""
        raise NotImplementedError

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        raise NotImplementedError

    def end_input(self, source: Input, readable: bool) -> None:
        """The last record of ``source`` has been written (``readable``: none was bad)."""

    def close(self, success: bool) -> None:
        pass


class MirrorSink(Sink):
    """One output file per input file, at the same relative path, in the same format."""

    KINDS: ClassVar[dict[str, str]] = {"text": "text", "jsonl": "jsonl", "parquet": "row"}

    def __init__(self, root: Path) -> None:
        self.root = root
        self.current: tuple[Input, AtomicFile | ParquetFile] | None = None

    def target(self, source: Input) -> Path:
        return self.root / source.relative

    def done(self, source: Input) -> bool:
        return self.target(source).exists()

    def kind(self, source: Input) -> str:
        return self.KINDS[source.format]

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        if self.current is None or self.current[0] != source:
            self._finish(True)
            self.current = (source, self._open(source))
        self.current[1].write(data)  # type: ignore[arg-type]

    def _open(self, source: Input) -> AtomicFile | ParquetFile:
        target = self.target(source)
        return ParquetFile(target) if source.format == "parquet" else AtomicFile(target)

    def end_input(self, source: Input, readable: bool) -> None:
        """Commit the output of ``source``; an empty input gets an empty output.

        An input with nothing readable gets none, so --resume tries it again.
        """
        if self.current is None and readable:
            self.current = (source, self._open(source))
        self._finish(True)

    def _finish(self, success: bool) -> None:
        if self.current is not None:
            _, handle = self.current
            handle.commit() if success else handle.abandon()
            self.current = None

    def close(self, success: bool) -> None:
        self._finish(success)


class JsonlSink(Sink):
    """Every document as one JSON object per line, in one file or on stdout."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self.file: AtomicFile | None = None  # created at the first write: nothing to clean up before

    def kind(self, source: Input) -> str:
        return "jsonl"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, bytes)
        if self.target is None:
            sys.stdout.buffer.write(data)
            return
        if self.file is None:
            self.file = AtomicFile(self.target)
        self.file.write(data)

    def close(self, success: bool) -> None:
        if self.target is None:
            sys.stdout.flush()
            return
        if self.file is None and success:
            self.file = AtomicFile(self.target)  # no document: an empty output
        if self.file is not None:
            self.file.commit() if success else self.file.abandon()


class ParquetSink(Sink):
    """Every document as one row of one Parquet file."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.file = ParquetFile(target)

    def kind(self, source: Input) -> str:
        return "row"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, dict)
        self.file.write(data)

    def close(self, success: bool) -> None:
        self.file.commit() if success else self.file.abandon()


class TextStdoutSink(Sink):
    """Clean texts on stdout, one blank line between documents."""

    def __init__(self) -> None:
        self.first = True

    def kind(self, source: Input) -> str:
        return "text"

    def write(self, source: Input, data: bytes | dict[str, Any]) -> None:
        assert isinstance(data, bytes)
        if not self.first:
            sys.stdout.buffer.write(b"\n")
        self.first = False
        sys.stdout.buffer.write(data)

    def close(self, success: bool) -> None:
        sys.stdout.flush()
