"""Where one output's bytes go, decided by what its name is on disk.

- A regular file, or a name not taken yet: written to a temporary file beside it and renamed over
  it when complete, so an interrupted run never leaves it half-written.
- A symbolic link: followed; its target is replaced that way (the link stays a link).
- A FIFO, a device, or one of this process's own descriptors (``/dev/stdout``, ``/dev/stderr``,
  ``/dev/fd/N``), and ``-`` (standard output): written through, never replaced. A special file is
  not ours to replace, and renaming over it would cut its reader off.

The temporary file is created exclusively (``O_EXCL | O_NOFOLLOW``), so a link or FIFO that sits
under its name is never written through.
"""

from __future__ import annotations

import bz2
import contextlib
import errno
import gzip
import lzma
import os
import re
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .inputs import InputError, optional
from .sources import split_compression

PARTIAL = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.partial")  # a temporary output: .NAME.PID.partial
OWN_DESCRIPTOR = re.compile(r"/proc/(?P<pid>\d+)/(?:task/\d+/)?fd/(?P<fd>\d+)")
MAX_LINKS = 40  # as the kernel's limit: a longer chain is a loop
HELD = (signal.SIGINT, signal.SIGTERM)  # wait while a temporary file is made ours
CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


COMPRESSORS: dict[str, Callable[[IO[bytes], str], Any]] = {  # each gives a binary file object
    # gzip's header names the output and holds no time: the same input always gives the same bytes
    ".gz": lambda raw, name: gzip.GzipFile(filename=name.removesuffix(".gz"), mode="wb", fileobj=raw, mtime=0),
    ".bz2": lambda raw, name: bz2.BZ2File(raw, "wb"),
    ".xz": lambda raw, name: lzma.LZMAFile(raw, "wb"),  # noqa: SIM115 (closed by OutputFile._close)
    ".zst": lambda raw, name: optional("zstandard", "zstd").open(raw, "wb"),
}


class WriteError(Exception):
    """An output that cannot be written (read-only folder, disk full, a folder in the way): exit 4."""


class ClosedPipe(WriteError):
    """The reader of a pipe went away (``vnnews-clean dir/ | head``): a quiet stop, as other Unix tools."""


def temporary_of(target: Path, pid: int | None = None) -> Path:
    """Where ``target`` is written before it is complete (beside it, so the final rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid() if pid is None else pid}.partial")


ERRNO = re.compile(r"\[errno (\d+)\]")  # how pyarrow's OSError carries the system error


def write_error(target: object, error: OSError) -> WriteError:
    """One line naming ``target`` and the system's reason ("Read-only file system", "No space left on device");
    a broken pipe is a :class:`ClosedPipe`."""
    number = error.errno
    if number is None and (found := ERRNO.search(str(error))):
        number = int(found[1])
    if number == errno.EPIPE:
        return ClosedPipe(f"{target}: the reader went away")
    reason = os.strerror(number) if number else str(error).splitlines()[0] if str(error) else type(error).__name__
    return WriteError(f"{target}: cannot write: {reason}")


@dataclass(frozen=True)
class Destination:
    """An output name and where writing to it goes."""

    given: Path | None  # the name as given; None: standard output
    path: Path  # the file written: the name with its symbolic links followed
    descriptor: int | None = None  # one of this process's open descriptors (/dev/stdout, /dev/fd/N)
    special: bool = False  # a FIFO, device or socket

    @property
    def streamed(self) -> bool:
        """Written through as it comes (no temporary file, no rename): stdout, a descriptor, a special file."""
        return self.given is None or self.descriptor is not None or self.special

    @property
    def stdout(self) -> bool:
        return self.given is None or self.descriptor == 1

    def __str__(self) -> str:
        return "standard output" if self.given is None else str(self.given)


def destination(given: Path | None) -> Destination:
    """Where writing to ``given`` goes (None or ``-``: standard output); a usage error
    (:class:`InputError`) for a loop of links or a descriptor that is not open."""
    if given is None or str(given) == "-":
        return Destination(None, Path("-"), 1)
    descriptor = own_descriptor(given) if os.path.islink(given) else None  # /dev/stdout, /dev/fd/N are links
    if descriptor is not None:
        try:
            os.fstat(descriptor)
        except OSError:
            raise InputError(f"{given}: descriptor {descriptor} is not open") from None
        return Destination(given, given, descriptor)
    real = Path(os.path.realpath(given))
    try:
        mode = os.lstat(real).st_mode
    except OSError:  # a new name (or the target of a dangling link): a regular file, once written
        return Destination(given, real)
    if stat.S_ISLNK(mode):
        raise InputError(f"{given}: a loop of symbolic links")
    return Destination(given, real, special=not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)))


def own_descriptor(path: Path) -> int | None:
    """N when ``path`` leads, through symbolic links, to /proc/self/fd/N, as /dev/stdout,
    /dev/stderr and /dev/fd/N do: that name is an open descriptor of this process, not a file."""
    for _ in range(MAX_LINKS):
        place = Path(os.path.realpath(path.parent)) / path.name
        found = OWN_DESCRIPTOR.fullmatch(str(place))
        if found is not None and int(found["pid"]) == os.getpid():
            return int(found["fd"])
        try:
            link = os.readlink(place)
        except OSError:  # not a link: the end of the chain
            return None
        path = place.parent / link
    return None


class OutputFile:
    """An output's bytes (compressed as its name says): committed when complete, abandoned otherwise.

    Every failure of the file system (OSError) becomes a :class:`WriteError` naming the output.
    """

    def __init__(self, where: Destination) -> None:
        self.where = where
        self.raw: IO[bytes] | None = None
        self.handle: IO[bytes] | None = None

    def _wrap(self) -> None:
        """Put the compressor its name asks for (.gz, .bz2, .xz, .zst) over ``self.raw``."""
        assert self.raw is not None
        name = self.where.given.name if self.where.given is not None else ""
        compress = COMPRESSORS.get(split_compression(Path(name))[1])
        self.handle = self.raw if compress is None else compress(self.raw, name)

    def write(self, data: bytes) -> None:
        try:
            write_all(self.handle.write, data)  # type: ignore[union-attr]
        except OSError as error:
            self.abandon()
            raise write_error(self.where, error) from None

    def _close(self) -> None:
        """Close the compressor, then the file under it."""
        handle, raw, self.handle, self.raw = self.handle, self.raw, None, None
        try:
            if handle is not None and handle is not raw:
                handle.close()
        finally:
            if raw is sys.stdout.buffer:
                raw.flush()  # not ours to close
            elif raw is not None:
                raw.close()

    def commit(self) -> None:
        raise NotImplementedError

    def abandon(self) -> None:
        with contextlib.suppress(OSError):  # a full disk fails the last flush too
            self._close()


class AtomicFile(OutputFile):
    """A file that appears under its name only once it is completely written; the
    temporary file is removed at once on failure, so a full disk is not left full."""

    def __init__(self, where: Destination | Path) -> None:
        super().__init__(where if isinstance(where, Destination) else destination(where))
        if self.where.streamed:
            raise WriteError(f"{self.where}: not a regular file; not replaced")
        self.target = self.where.path
        self.temporary = temporary_of(self.target)
        self.created = False  # the temporary file is ours to remove
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._create()
            self._wrap()
        except OSError as error:
            self.abandon()
            raise write_error(self.where, error) from None
        except BaseException:  # SIGTERM or Ctrl-C between creating the file and returning: no owner to remove it
            self.abandon()
            raise

    def _create(self) -> None:
        """The temporary file, new: never a link, FIFO or device that sits under its name.

        Ctrl-C and SIGTERM wait until it is known to be ours: one arriving between its creation
        and that would leave it behind, and one before must not remove a file that is not ours.
        """
        with _signals_held():
            try:
                descriptor = os.open(self.temporary, CREATE, 0o666)
            except FileExistsError:
                if not stat.S_ISREG(os.lstat(self.temporary).st_mode):
                    raise WriteError(
                        f"{self.temporary}: sits where {self.where}'s temporary file goes and is not a regular file; "
                        "not replaced (remove it)"
                    ) from None
                os.unlink(self.temporary)  # named after this process: left by an earlier one with the same id
                descriptor = os.open(self.temporary, CREATE, 0o666)
            self.created = True
            self.raw = open(descriptor, "wb")  # noqa: SIM115 (closed in _close)

    def commit(self) -> None:
        try:
            self._close()
            with contextlib.suppress(FileNotFoundError):
                if not stat.S_ISREG(os.lstat(self.target).st_mode):  # made a link or FIFO while we wrote
                    self.abandon()
                    raise WriteError(f"{self.where}: became a link or special file while written; not replaced")
            os.replace(self.temporary, self.target)
        except OSError as error:
            self.abandon()
            raise write_error(self.where, error) from None

    def abandon(self) -> None:
        super().abandon()
        if self.created:
            with contextlib.suppress(OSError):
                self.temporary.unlink(missing_ok=True)


class StreamFile(OutputFile):
    """Standard output, a descriptor, a FIFO or a device: written through, never renamed over.
    What was written before a failure stays written (as on any stream)."""

    def __init__(self, where: Destination) -> None:
        super().__init__(where)
        try:
            if where.given is None:
                self.raw = sys.stdout.buffer
            elif where.descriptor is not None:
                self.raw = open(os.dup(where.descriptor), "wb")  # noqa: SIM115 (closed in _close)
            else:  # opening a FIFO waits for its reader, as any writer does
                self.raw = open(os.open(where.path, os.O_WRONLY | os.O_CLOEXEC), "wb")  # noqa: SIM115
            self._wrap()
        except OSError as error:
            self.abandon()
            raise write_error(where, error) from None

    def write(self, data: bytes) -> None:
        try:
            super().write(data)
            if self.where.descriptor is not None and self.raw is not None and self.handle is self.raw:
                self.raw.flush()  # stderr is shared with our messages: each line goes out whole, in its place
        except OSError as error:
            self._quiet_stdout()
            raise write_error(self.where, error) from None
        except WriteError:
            self._quiet_stdout()
            raise

    def commit(self) -> None:
        try:
            self._close()
        except OSError as error:
            self._quiet_stdout()
            raise write_error(self.where, error) from None

    def _quiet_stdout(self) -> None:
        """After a failed write to stdout: no second error when Python flushes it at exit."""
        if self.where.given is None:
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def write_all(write: Callable[[memoryview], int | None], data: bytes) -> None:
    """Write all of ``data`` with ``write`` (a file's, or ``os.write`` on a descriptor) or raise: a
    buffered writer returns a short count, with no error, when the reader of a pipe goes away in the
    middle of a write, and ``os.write`` one when a disk is nearly full; the rest is written again, so
    the failure is seen (a broken pipe, a full disk) instead of a success over a cut output."""
    view = memoryview(data)
    while view:
        count = write(view)
        if count is None:  # a non-blocking stream that took nothing
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        if count == 0:
            raise OSError(errno.EIO, "the output took no bytes")
        view = view[count:]


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait (noted, then sent again on leaving): a handler swap, as a signal mask
    of the main thread would not hold one the system hands to another thread (the pool's)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # handlers run in the main thread only
        return
    noted: list[int] = []
    saved = {number: signal.signal(number, lambda signum, frame: noted.append(signum)) for number in HELD}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)  # None: set outside Python
        for caught in noted:
            signal.raise_signal(caught)


def open_output(where: Destination | Path | None) -> AtomicFile | StreamFile:
    """The output file for a name (None: standard output), written as :class:`Destination` says."""
    where = where if isinstance(where, Destination) else destination(where)
    return StreamFile(where) if where.streamed else AtomicFile(where)


def replace_atomically(target: Path, data: bytes) -> None:
    """Write a small file whole (a manifest): a temporary file renamed over ``target``."""
    out = AtomicFile(Destination(target, target))  # ours: a link or FIFO in its place is refused, not followed
    out.write(data)
    out.commit()
