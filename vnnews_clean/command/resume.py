"""What ``--resume`` knows about an output: which inputs it covers, as they were read, and what each reported.

An input is known by its name (as given), size and modification time, taken before it is read:
an input added, edited or touched since is cleaned again, never skipped.

A mirrored output folder keeps two hidden files in it (inside, so that a folder whose parent
may not be written to, ``-o /out`` or ``-o .``, works; hidden, so that a folder walk passes them
over, as it does every hidden file):

- ``.vnnews-clean.manifest``: a header line (the options that shape the outputs; the ``--report``
  file that holds report lines of done inputs), then one JSON line per input whose output is
  complete. The line is appended, in one write, just after the output is renamed into place, so
  a line is never there before its output; a line cut short by a crash is ignored and its input
  cleaned again. A run without ``--resume`` starts it afresh; a successful run rewrites it whole
  (atomically), keeping the inputs of that run.
- ``.vnnews-clean.report-parts``: with ``--report``, every input's report lines, appended as they
  are written, so that the report of a resumed run is complete even when the run before was
  killed. Removed when no manifest line points into it: after a successful run whose report is
  a regular file, the lines are found in that report instead.

A single output file NAME keeps ``.NAME.manifest`` beside it, written atomically after the output and
its report: the inputs it covers, the options, and the report written with it. ``--resume`` skips
the run only when all three are as they were; otherwise the file is written again whole (a single
output is only ever renamed into place complete, so there is no part of it to keep).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .destinations import OutputFile, WriteError, replace_atomically, write_all, write_error
from .inputs import Input, stat_of
from .sinks import mirror_name

FOLDER_MANIFEST = ".vnnews-clean.manifest"
FOLDER_PARTS = ".vnnews-clean.report-parts"
VERSION = 1
CHUNK = 1 << 20  # report lines are copied a megabyte at a time: memory stays bounded


def beside(output: Path) -> Path:
    """The manifest of a single output file: ``.NAME.manifest`` beside it."""
    return output.with_name(f".{output.name}.manifest")


def stamp(source: Input) -> tuple[str, int, int] | None:
    """An input as read: name, size, modification time (ns); None for stdin or a file that cannot be seen."""
    info = stat_of(source)
    return None if info is None else (source.name, info.st_size, info.st_mtime_ns)


def file_stamp(path: Path) -> dict[str, Any] | None:
    """A regular file as it is now (for the report a manifest points into), or None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return {"path": str(path), "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n"


def _differences(old: dict[str, Any], new: dict[str, Any]) -> str:
    return ", ".join(sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name)))


class Report:
    """The ``--report`` output. In a mirrored folder each input's lines also go to the folder's
    parts file, so a later ``--resume`` can carry them over."""

    def __init__(self, out: OutputFile) -> None:
        self.out = out
        self.parts: IO[bytes] | None = None
        self.parts_path: Path | None = None
        self.written = 0  # bytes written to the report
        self.kept = 0  # bytes in the parts file
        self.report_start, self.parts_start = 0, 0  # where the current input's lines begin

    def keep_parts(self, parts: IO[bytes], path: Path) -> None:
        """Also append every line to ``parts`` (a mirrored folder's report parts file)."""
        self.parts, self.parts_path = parts, path
        self.kept = self.parts_start = parts.tell()

    def write(self, line: bytes) -> None:
        self.out.write(line)
        self.written += len(line)
        if self.parts is not None:
            try:
                write_all(self.parts.write, line)
            except OSError as error:
                raise write_error(self.parts_path, error) from None
            self.kept += len(line)

    def carry(self, chunks: Iterator[bytes]) -> None:
        """Lines a done input reported in an earlier run, written again in their place."""
        for chunk in chunks:
            self.out.write(chunk)
            self.written += len(chunk)

    def end_input(self) -> tuple[int, int, int | None]:
        """(offset in the report, length, offset in the parts file or None) of the input just ended;
        its lines are in the parts file (handed to the system) before its manifest line is written."""
        length = self.written - self.report_start
        parts = self.parts_start if self.kept - self.parts_start == length and self.parts is not None else None
        if self.parts is not None:
            try:
                self.parts.flush()
            except OSError as error:
                raise write_error(self.parts_path, error) from None
        piece = (self.report_start, length, parts)
        self.report_start, self.parts_start = self.written, self.kept
        return piece

    def commit(self) -> None:
        self.out.commit()
        self.close_parts()

    def abandon(self) -> None:
        self.out.abandon()
        self.close_parts()

    def close_parts(self) -> None:
        if self.parts is not None:
            parts, self.parts = self.parts, None
            with contextlib.suppress(OSError):
                parts.close()


class FolderState:
    """The manifest (and report parts) of a mirrored output folder."""

    def __init__(self, root: Path, options: dict[str, Any], with_report: bool) -> None:
        self.root = root
        self.manifest = root / FOLDER_MANIFEST
        self.parts_path = root / FOLDER_PARTS
        self.options = options
        self.with_report = with_report
        self.header: dict[str, Any] = {"manifest": VERSION, "options": options, "report": None}
        self.entries: dict[str, dict[str, Any]] = {}  # by input name, from the manifest
        self.done: dict[str, dict[str, Any]] = {}  # inputs skipped: their manifest entry
        self.finished: dict[str, dict[str, Any]] = {}  # entries of this run, in input order
        self.stamps: dict[str, tuple[str, int, int] | None] = {}
        self.appending: int | None = None  # the manifest, open for appending
        self.readers: dict[str, IO[bytes]] = {}

    def _read(self) -> str | None:
        """Load the manifest; the reason it cannot be used, or None."""
        try:
            with open(self.manifest, "rb") as handle:
                lines = handle.read().splitlines()
        except FileNotFoundError:
            return f"{self.root} has no manifest ({self.manifest.name}: written by an older version?)"
        except OSError as error:
            raise write_error(self.manifest, error) from None
        parsed = []
        for line in lines:
            with contextlib.suppress(ValueError):  # a line cut short by a crash: its input is cleaned again
                if isinstance(value := json.loads(line), dict):
                    parsed.append(value)
        if not parsed or parsed[0].get("manifest") != VERSION:
            return f"{self.manifest} is not a manifest this version reads"
        header, entries = parsed[0], parsed[1:]
        if header.get("options") != self.options:
            return f"{self.root} was written with other options ({_differences(header['options'], self.options)})"
        self.header = header
        self.entries = {entry["input"]: entry for entry in entries if isinstance(entry.get("input"), str)}
        return None

    def plan(self, inputs: list[Input], resume: bool) -> None:
        """Decide which inputs are done (with ``resume``) and say why others are cleaned again.
        Without ``resume`` (or with a manifest that cannot be used) the manifest starts afresh."""
        self.stamps = {source.name: stamp(source) for source in inputs}
        unusable = self._read() if resume else "fresh"
        if unusable is None:
            self._choose(inputs)
            return
        if resume:
            print(f"vnnews-clean: {unusable}: every input is cleaned again", file=sys.stderr)
        self.header = {"manifest": VERSION, "options": self.options, "report": None}
        self.entries = {}
        for path in (self.manifest, self.parts_path):
            try:
                if os.path.lexists(path):
                    os.unlink(path)
            except OSError as error:
                raise WriteError(f"{path}: cannot remove: {error.strerror}") from None

    def _choose(self, inputs: list[Input]) -> None:
        why: Counter[str] = Counter()
        for source in inputs:
            entry, now = self.entries.get(source.name), self.stamps[source.name]
            if now is None or entry is None:
                why["new or not finished" if now is not None else "not a file"] += 1
            elif [entry.get("size"), entry.get("mtime_ns")] != list(now[1:]):
                why["changed since its output was written"] += 1
            elif entry.get("output") != mirror_name(source).as_posix() or not (self.root / entry["output"]).is_file():
                why["output missing"] += 1
            elif self.with_report and not self._piece_valid(entry.get("report")):
                why["report lines not kept"] += 1
            else:
                self.done[source.name] = entry
        if why:
            reasons = ", ".join(f"{n} {reason}" for reason, n in why.items())
            print(
                f"vnnews-clean: resuming {self.root}: {len(self.done)} inputs done; cleaning {why.total()} ({reasons})",
                file=sys.stderr,
            )

    def _piece_valid(self, piece: Any) -> bool:
        if not (isinstance(piece, list) and len(piece) == 3):
            return False
        where, offset, length = piece
        if where == "parts":
            size = file_stamp(self.parts_path)
        else:
            report = self.header.get("report")
            size = file_stamp(Path(report["path"])) if report else None
            if size != report:
                return False
        return size is not None and offset + length <= size["size"]

    def _append(self, line: bytes) -> None:
        """Add a line to the manifest in one write (created, with its header, at the first)."""
        try:
            if self.appending is None:
                if not self.manifest.exists():
                    replace_atomically(self.manifest, _dumps(self.header))
                self.appending = os.open(self.manifest, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC)
            write_all(functools.partial(os.write, self.appending), line)
        except OSError as error:
            raise write_error(self.manifest, error) from None

    def open_parts(self) -> IO[bytes]:
        """The parts file, for appending this run's report lines."""
        try:
            self.parts_path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.parts_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o666)
            return open(descriptor, "ab")
        except OSError as error:
            raise write_error(self.parts_path, error) from None

    def is_done(self, source: Input) -> bool:
        return source.name in self.done

    def carried(self, source: Input) -> Iterator[bytes]:
        """The report lines a done input wrote in an earlier run, a chunk at a time."""
        where, offset, length = self.done[source.name]["report"]
        path = self.parts_path if where == "parts" else Path(self.header["report"]["path"])
        if where not in self.readers:
            try:
                self.readers[where] = open(path, "rb")  # noqa: SIM115 (closed in close())
            except OSError as error:
                raise WriteError(f"{path}: cannot read the report lines kept for --resume: {error.strerror}") from None
        reader = self.readers[where]
        reader.seek(offset)
        while length > 0:
            chunk = reader.read(min(length, CHUNK))
            if not chunk:
                raise WriteError(f"{path}: shorter than its manifest says; run again without --resume")
            length -= len(chunk)
            yield chunk

    def finish(self, source: Input, piece: tuple[int, int, int | None] | None) -> None:
        """The output of ``source`` is in place: add its manifest line (one write)."""
        now = self.stamps.get(source.name)
        if now is None:
            return
        report = ["parts", piece[2], piece[1]] if piece is not None and piece[2] is not None else None
        entry = {
            "input": now[0],
            "size": now[1],
            "mtime_ns": now[2],
            "output": mirror_name(source).as_posix(),
            "report": report,
        }
        self.finished[source.name] = {**entry, "in_report": piece[:2] if piece is not None else None}
        self._append(_dumps(entry))

    def carried_over(self, source: Input, piece: tuple[int, int, int | None] | None) -> None:
        """A done input whose report lines were carried into this run's report at ``piece``."""
        self.finished[source.name] = {**self.done[source.name], "in_report": piece[:2] if piece else None}

    def complete(self, report: Path | None) -> None:
        """The run succeeded: rewrite the manifest whole (none when no input has an output); with a
        regular-file ``report`` every input's lines are found there, and the parts file goes."""
        header = dict(self.header)
        written = file_stamp(report) if report is not None else None
        if written is not None:
            header["report"] = written
        entries = []
        for entry in self.finished.values():
            entry = dict(entry)
            in_report = entry.pop("in_report")
            if written is not None:
                entry["report"] = ["report", *in_report] if in_report is not None else None
            entries.append(entry)
        self.close()
        if entries:
            replace_atomically(self.manifest, b"".join(map(_dumps, [header, *entries])))
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.manifest)
        if not any(entry["report"] and entry["report"][0] == "parts" for entry in entries):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.parts_path)

    def close(self) -> None:
        """Let go of the files (after a failure too: the manifest keeps what finished)."""
        if self.appending is not None:
            with contextlib.suppress(OSError):
                os.close(self.appending)
            self.appending = None
        for reader in self.readers.values():
            reader.close()
        self.readers = {}
        if not self.manifest.exists():  # nothing finished: nothing points into the parts file
            with contextlib.suppress(OSError):
                os.unlink(self.parts_path)


class FileState:
    """The manifest of a single output file: ``.NAME.manifest`` beside it."""

    def __init__(self, target: Path, options: dict[str, Any]) -> None:
        self.target = target
        self.manifest = beside(target)
        self.options = options
        self.stamps: list[tuple[str, int, int] | None] = []

    def plan(self, inputs: list[Input], resume: bool, report: Path | None) -> bool:
        """True when ``--resume`` may skip the run: the file covers every input as it is now, with the
        same options and the same report; otherwise says why it is written again."""
        self.stamps = [stamp(source) for source in inputs]
        if not resume:
            return False
        why = self._why_again(report)
        if why is None:
            print(
                f"vnnews-clean: {self.target} covers every input as it is now: complete; nothing to do",
                file=sys.stderr,
            )
            return True
        print(f"vnnews-clean: {self.target}: {why}: written again", file=sys.stderr)
        return False

    def _why_again(self, report: Path | None) -> str | None:
        if not self.target.is_file():
            return "not there yet"
        try:
            manifest = json.loads(self.manifest.read_bytes())
        except (OSError, ValueError):
            return f"no manifest beside it ({self.manifest.name}: written by an older version?)"
        if not isinstance(manifest, dict) or manifest.get("manifest") != VERSION:
            return f"{self.manifest.name} is not a manifest this version reads"
        if manifest.get("options") != self.options:
            return f"written with other options ({_differences(manifest.get('options') or {}, self.options)})"
        if None in self.stamps:
            return "an input is not a file"
        old = {name: (size, mtime) for name, size, mtime in manifest.get("inputs", [])}
        new = {name: (size, mtime) for name, size, mtime in self.stamps}  # type: ignore[misc]
        counts = Counter(
            "new" if name not in old else "changed since it was written" for name in new if new[name] != old.get(name)
        )
        counts.update("no longer given" for name in old if name not in new)
        if counts:
            return "inputs " + ", ".join(f"{n} {what}" for what, n in counts.items())
        if report is not None and (file_stamp(report) is None or file_stamp(report) != manifest.get("report")):
            return f"its report {report} is not the one written with it"
        return None

    def complete(self, report: Path | None) -> None:
        """The file and its report are in place: write the manifest beside it."""
        if None in self.stamps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.manifest)  # stdin is among the inputs: nothing --resume could check
            return
        manifest = {
            "manifest": VERSION,
            "options": self.options,
            "inputs": [list(s) for s in self.stamps if s is not None],
            "report": file_stamp(report) if report is not None else None,
        }
        replace_atomically(self.manifest, _dumps(manifest))
