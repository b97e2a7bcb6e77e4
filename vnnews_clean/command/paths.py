"""Where a run writes, checked before it writes: no output, report or temporary file may be an
input or another output; an output folder inside an input folder is not read as input; and the
temporary files a killed run left, removed by ``--resume``."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from .destinations import PARTIAL, Destination, WriteError, destination, temporary_of
from .inputs import Input, InputError
from .sinks import JsonlSink, MirrorSink, ParquetSink, Sink


def targets_of(inputs: list[Input], sink: Sink) -> list[Path]:
    """Every file the sink may write."""
    if isinstance(sink, MirrorSink):
        return [sink.target(source) for source in inputs]
    if isinstance(sink, (JsonlSink, ParquetSink)) and sink.target is not None:
        return [sink.target]
    return []


def files_written(names: list[Path | Destination]) -> list[Path]:
    """The regular files behind output names (links followed; streams have none)."""
    found = (name if isinstance(name, Destination) else destination(name) for name in names)
    return [where.path for where in found if not where.streamed]


def outside_outputs(patterns: list[str], inputs: list[Input], sink: Sink) -> list[Input]:
    """The inputs without the files found by walking an input folder that are the output, or lie in
    the output folder: ``in/ -o in/clean/`` does not read its own outputs on a second run.

    An input named on its own is kept (and refused by :func:`check_paths` if the run would overwrite it).
    """
    outputs = targets_of([], sink) if not isinstance(sink, MirrorSink) else [sink.root]
    if not outputs:
        return inputs
    output = _real(outputs[0])
    folders = [Path(p) for p in patterns if p != "-" and Path(p).is_dir() and output.is_relative_to(_real(Path(p)))]
    folders = [folder for folder in folders if _real(folder) != output]  # in/ -o in/: refused, not emptied

    def walked_into_output(source: Input) -> bool:
        if source.path is None or not any(source.path == folder / source.relative for folder in folders):
            return False
        return _real(source.path).is_relative_to(output)

    passed = [source for source in inputs if walked_into_output(source)]
    if passed:
        print(
            f"vnnews-clean: {outputs[0]}: the output is inside the input folder; "
            f"its {len(passed)} files are not read as inputs",
            file=sys.stderr,
        )
    return [source for source in inputs if not walked_into_output(source)]


def _identity(path: Path) -> tuple[object, ...]:
    """What makes two names the same file: the resolved path, or device and inode (hard links)."""
    try:
        info = path.stat()
        return (info.st_dev, info.st_ino)
    except OSError:
        return (path.resolve(),)


def check_paths(inputs: list[Input], sink: Sink, report: Destination | None) -> None:
    """Refuse (usage error) any output, report or temporary file that is an input or another output,
    and two streams to stdout.

    Runs before anything is created, so a refused run writes nothing.
    """
    if report is not None and report.stdout and _writes_stdout(sink):
        raise InputError("--report and -o would both write to standard output: name a file for one of them")
    given = {key for source in inputs if source.path is not None for key in _keys(source.path)}
    written: dict[tuple[object, ...], str] = {}
    named = [(destination(target), "the output") for target in targets_of(inputs, sink)]
    if report is not None and report.given is not None:
        if report.given.is_dir():
            raise InputError(f"{report}: --report must be a file, not a folder")
        named.append((report, "--report"))
    for where, role in named:
        target = where.given
        assert target is not None
        temporary = temporary_of(where.path)
        if not where.streamed and (temporary.is_symlink() or (temporary.exists() and not temporary.is_file())):
            raise InputError(f"{temporary}: sits where {target}'s temporary file goes and is not a regular file")
        for path in (target, *(() if where.streamed else (temporary,))):
            keys = _keys(path)
            if keys & given:
                raise InputError(f"{target}: {role} would overwrite an input")
            clash = next((written[key] for key in keys if key in written), None)
            if clash is not None:
                raise InputError(f"{target}: {role} would overwrite {clash}, written by this run too")
        written.update(dict.fromkeys(_keys(target), f"{role} {target}"))


def _real(path: Path) -> Path:
    """The path with its links followed (a loop of links is left as it is: refused later)."""
    return Path(os.path.realpath(path))


def _keys(path: Path) -> set[tuple[object, ...]]:
    return {(path.resolve(),), _identity(path)}


def _writes_stdout(sink: Sink) -> bool:
    target = sink.target if isinstance(sink, (JsonlSink, ParquetSink)) else None
    return not isinstance(sink, MirrorSink) and (target is None or destination(target).stdout)


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
            if not stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                print(f"vnnews-clean: {path}: left alone, not a regular file (none of ours)", file=sys.stderr)
                continue
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
