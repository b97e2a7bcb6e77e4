"""What the command shows on stderr while it runs (never on stdout, which may be the data).

On a terminal: a bar (tqdm, the ``progress`` extra) with the bytes of the input files read of
their total size, percent, rate and time left, and the documents done; without tqdm, the plain
lines below. Elsewhere (nohup, a cluster's log): one plain line every ``--progress-every``
seconds (default 30), no carriage return, no terminal codes::

    vnnews-clean: cleaning: 1,204 documents, 51.2 MB of 204.8 MB read (25%), 2.10 MB/s, about 73 s left

The size of the inputs is known when every input is a regular file (compressed ones: their
compressed size, read as much as the decompressor has taken); with stdin or a pipe among them
the bytes of documents read are shown, without percent or time left.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .inputs import Input, stat_of

PROGRESS_EVERY = 30.0  # seconds between plain progress lines (--progress-every)
PROGRESS_EVERY_ENV = "VNNEWS_CLEAN_PROGRESS_EVERY"  # the default of --progress-every, when set
DEFAULT_SIZE = (80, 24)  # columns and lines of a terminal that does not say its size


def _size(source: Input) -> int | None:
    """The size of an input file; None for stdin, a pipe or a device (what is left to read is unknown)."""
    info = stat_of(source)
    return info.st_size if info is not None and stat.S_ISREG(info.st_mode) else None


class Reading:
    """How far the reading of the inputs is: bytes of their files read, of their total size.

    Records carry the offset in their file at which they were read (:attr:`Record.offset`);
    inputs are read in order, so bytes read = the sizes of the inputs before a record's + its
    offset. An input ``--resume`` skips leaves the total. With an input of unknown size (stdin,
    a pipe), ``total`` is None and the bytes of documents read are counted instead.
    """

    def __init__(self, inputs: Sequence[Input]) -> None:
        sizes = [_size(source) for source in inputs]
        self.total: int | None = None
        self.sizes: dict[Input, int] = {}
        self.start: dict[Input, int] = {}
        if all(size is not None for size in sizes):
            running = 0
            for source, size in zip(inputs, sizes, strict=True):
                assert size is not None
                self.sizes.setdefault(source, size)
                self.start.setdefault(source, running)
                running += size
            self.total = running
        self.read = 0
        self.skipped = 0

    def at(self, source: Input, offset: int, size: int) -> int:
        """Bytes read once a record of ``source`` read at ``offset`` (``size`` bytes of document) is done."""
        if self.total is None or source not in self.start:
            self.read += size
        else:
            here = self.start[source] + min(offset, self.sizes[source]) - self.skipped
            self.read = max(self.read, here)
        return self.read

    def skip(self, source: Input) -> None:
        """``source`` is not read (``--resume``: its output is complete): it leaves the total."""
        if self.total is not None and source in self.sizes:
            self.skipped += self.sizes[source]
            self.total -= self.sizes[source]


def _tqdm() -> Any:
    """tqdm's bar class, or None when the ``progress`` extra is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm


def progress_every(value: str | None = None) -> float:
    """The default of ``--progress-every``: the environment's, else 30 seconds."""
    value = os.environ.get(PROGRESS_EVERY_ENV) if value is None else value
    try:
        return float(value) if value else PROGRESS_EVERY
    except ValueError:
        return PROGRESS_EVERY


class Progress:
    """The progress of one pass (``label``: "cleaning", "learning boilerplate") over the inputs.

    ``stream`` (default stderr) and ``clock`` (seconds, default :func:`time.monotonic`) can be
    given, so a test drives it without a terminal or waiting. ``every`` 0: no plain lines.
    """

    def __init__(
        self,
        label: str,
        reading: Reading,
        enabled: bool = True,
        every: float = PROGRESS_EVERY,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label, self.reading, self.clock = label, reading, clock
        self.stream = sys.stderr if stream is None else stream
        self.every = every
        self.started = self.last = clock()
        self.bar: Any = None
        self.lines = False
        if not enabled:
            return
        bar = _tqdm() if _isatty(self.stream) else None
        if bar is not None:
            width = _width(self.stream)  # 0: a terminal that does not say its size (tqdm would draw nothing)
            self.bar = bar(
                total=reading.total,
                desc=label,
                postfix="0 documents",
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                file=self.stream,
                dynamic_ncols=width > 0,
                ncols=None if width > 0 else DEFAULT_SIZE[0],
                nrows=None if width > 0 else DEFAULT_SIZE[1],
                leave=False,
            )
        else:
            self.lines = every > 0

    def update(self, documents: int) -> None:
        """Show how far the pass is (``documents`` done, the bytes :attr:`reading` says were read)."""
        if self.bar is not None:
            if self.bar.total != self.reading.total:  # an input skipped (--resume) left the total
                self.bar.total = self.reading.total
            self.bar.set_postfix_str(f"{documents:,} documents", refresh=False)
            self.bar.update(self.reading.read - self.bar.n)
        elif self.lines:
            now = self.clock()
            if now - self.last >= self.every:
                self.last = now
                self.stream.write(f"vnnews-clean: {self.label}: {self.line(documents, now)}\n")
                self.stream.flush()

    def line(self, documents: int, now: float) -> str:
        """``1,204 documents, 51.2 MB of 204.8 MB read (25%), 2.10 MB/s, about 73 s left``."""
        read, total = self.reading.read, self.reading.total
        seconds = max(now - self.started, 1e-9)
        rate = read / seconds
        said = f"{documents:,} document{'' if documents == 1 else 's'}, {read / 1e6:.1f} MB"
        if total is None:
            return f"{said} read, {rate / 1e6:.2f} MB/s"
        percent = 100 * read / total if total else 100.0
        said += f" of {total / 1e6:.1f} MB read ({percent:.0f}%), {rate / 1e6:.2f} MB/s"
        if rate > 0:
            said += f", about {max(total - read, 0) / rate:.0f} s left"
        return said

    def finish(self) -> None:
        """The bar is cleared (the summary follows); plain lines stay, as a log keeps them."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _width(stream: TextIO) -> int:
    """The columns of the terminal ``stream`` writes to; 0 when unknown (it does not say both its sizes)."""
    try:
        size = os.get_terminal_size(stream.fileno())
        return size.columns if size.lines > 0 else 0
    except (AttributeError, ValueError, OSError):  # io.UnsupportedOperation is an OSError
        return 0


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or an object without a terminal
        return False
