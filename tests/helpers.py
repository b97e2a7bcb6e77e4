"""Helpers shared by several test modules (not strategies: plain functions)."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import threading
import unicodedata
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: letters it has precomposed, else the letter and a combining tone mark."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in marks if c not in _TONES))
            out += (base + "".join(c for c in marks if c in _TONES)).encode("cp1258")
    return bytes(out)


def load_benchmark(name: str) -> ModuleType:
    """Import a script of benchmarks/ (not a package) by path, once."""
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    bench = str(ROOT / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)  # the generators import their siblings
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def to_tcvn3(text: str) -> bytes:
    """Text as the TCVN3 (ABC) fonts store it: each letter of the table one byte, ASCII as it is."""
    from vnnews_clean.normalization.codepages import TCVN3_HIGH  # the legacy tables live in one module

    table = {char: 0xA1 + offset for offset, char in enumerate(TCVN3_HIGH)}
    return bytes(ord(char) if char.isascii() else table[char] for char in unicodedata.normalize("NFC", text))


class FifoReader(threading.Thread):
    """Reads a FIFO whole in a thread: what a command streamed into it ends up in ``data``.

    ``finish()`` after the command ended: if it never opened the FIFO, the blocked open is
    released (a writer that writes nothing), so a test never hangs.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.data = b""
        self.start()

    def run(self) -> None:
        with open(self.path, "rb") as handle:
            self.data = handle.read()

    def finish(self) -> bytes:
        if self.is_alive():
            with contextlib.suppress(OSError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
        self.join(timeout=120)
        assert not self.is_alive()
        return self.data


class FifoWriter(threading.Thread):
    """Feeds ``data`` to a FIFO from a thread, then closes it; with ``hold`` it keeps the FIFO open
    until ``finish()``, so a command reading it is held there, without any timing, after ``data``.

    ``finish()`` after the command ended: if it never opened the FIFO, the blocked open is released.
    """

    def __init__(self, path: Path, data: bytes, hold: bool = False) -> None:
        super().__init__(daemon=True)
        self.path, self.data = path, data
        self.released = threading.Event()
        if not hold:
            self.released.set()
        self.start()

    def run(self) -> None:
        with contextlib.suppress(BrokenPipeError), open(self.path, "wb") as handle:
            handle.write(self.data)
            handle.flush()
            self.released.wait()

    def finish(self) -> None:
        self.released.set()
        if self.is_alive():
            with contextlib.suppress(OSError):
                os.close(os.open(self.path, os.O_RDONLY | os.O_NONBLOCK))
        self.join(timeout=120)
        assert not self.is_alive()


def examples(default: int) -> int:
    """How many examples a slow property test tries: ``default`` in the suite's run (the default and ci
    profiles of conftest.py), the profile's own number under ``pytest --hypothesis-profile=thorough``
    (3000: the deeper search before a release reaches these tests too)."""
    from hypothesis import settings

    return settings().max_examples if settings.get_current_profile_name() == "thorough" else default
