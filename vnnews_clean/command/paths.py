"""Where a run writes, checked before it writes: no output, report or temporary file may be an
input or another output; and the temporary files a killed run left, removed by ``--resume``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .sinks import PARTIAL, JsonlSink, MirrorSink, ParquetSink, Sink, WriteError, temporary_of
from .sources import Input, InputError


def targets_of(inputs: list[Input], sink: Sink) -> list[Path]:
    """Every file the sink may write."""
    if isinstance(sink, MirrorSink):
        return [sink.target(source) for source in inputs]
    if isinstance(sink, (JsonlSink, ParquetSink)) and sink.target is not None:
        return [sink.target]
    return []


def _identity(path: Path) -> tuple[object, ...]:
    """What makes two names the same file: the resolved path, or device and inode (hard links)."""
    try:
        info = path.stat()
        return (info.st_dev, info.st_ino)
    except OSError:
        return (path.resolve(),)


def check_paths(inputs: list[Input], sink: Sink, report: Path | None) -> None:
    """Refuse (usage error) any output, report or temporary file that is an input or another output.

    Runs before anything is created, so a refused run writes nothing.
    """
    given = {key for source in inputs if source.path is not None for key in _keys(source.path)}
    written: dict[tuple[object, ...], str] = {}
    named = [(target, "the output") for target in targets_of(inputs, sink)]
    if report is not None:
        if report.is_dir():
            raise InputError(f"{report}: --report must be a file, not a folder")
        named.append((report, "--report"))
    for target, role in named:
        for path in (target, temporary_of(target)):
            keys = _keys(path)
            if keys & given:
                raise InputError(f"{target}: {role} would overwrite an input")
            clash = next((written[key] for key in keys if key in written), None)
            if clash is not None:
                raise InputError(f"{target}: {role} would overwrite {clash}, written by this run too")
        written.update(dict.fromkeys(_keys(target), f"{role} {target}"))


def _keys(path: Path) -> set[tuple[object, ...]]:
    return {(path.resolve(),), _identity(path)}


def remove_stale_partials(targets: list[Path]) -> None:
    """For --resume: remove the ``.NAME.PID.partial`` files of our targets left by a run that was killed.

    Only files named after a target of this run, and only when process PID is gone
    (a run still writing is left alone, and named).
    """
    by_folder: dict[Path, set[str]] = {}
    for target in targets:
        by_folder.setdefault(target.parent, set()).add(target.name)
    for folder, names in by_folder.items():
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # no folder yet: nothing left behind
        for entry in entries:
            match = PARTIAL.fullmatch(entry.name)
            if match is None or match["name"] not in names or int(match["pid"]) == os.getpid():
                continue
            path = folder / entry.name
            if _alive(int(match["pid"])):
                print(f"vnnews-clean: {path}: left alone, process {match['pid']} is still running", file=sys.stderr)
                continue
            try:
                os.unlink(path)
            except OSError as error:
                raise WriteError(f"{path}: cannot remove: {error.strerror}") from None
            print(f"vnnews-clean: removed {path}, left by an interrupted run", file=sys.stderr)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
