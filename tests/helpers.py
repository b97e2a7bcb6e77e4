"""Helpers shared by several test modules (not strategies: plain functions)."""

from __future__ import annotations

import importlib.util
import sys
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
    from vnnews_clean.normalize.legacy import TCVN3_HIGH

    table = {char: 0xA1 + offset for offset, char in enumerate(TCVN3_HIGH)}
    return bytes(ord(char) if char.isascii() else table[char] for char in unicodedata.normalize("NFC", text))
