"""The tables the C twin of the counting passes reads (``_counts.c``), built from Python's own definitions.

No character data is restated in C: the lower-case table comes from
``str.lower`` and ``str.isspace``, the class table from the patterns of
:mod:`.patterns` that ``signals._character_counts`` uses. Both cover the BMP
(one entry per code point, lone surrogates included); the twin sends the rare
characters above it back to Python. Imported only when the twin is built
(about 20 ms, once per process).
"""

from __future__ import annotations

import re
from array import array

from . import patterns as P

BMP = 0x10000
_ALL = "".join(map(chr, range(BMP)))

# --- lower case ---------------------------------------------------------------------------------

LOWER_SPACE = 0xFFFFFFFE  # str.isspace(): str.split() ends a token here
LOWER_COMPLEX = 0xFFFFFFFF  # lowered by str.lower: not one character ("İ"), or depends on context ("Σ")
_CONTEXTUAL = "Σ"  # final sigma: "ΑΣ".lower() == "ας"


def _lower_entry(char: str, lowered: str) -> int:
    if char.isspace():
        return LOWER_SPACE
    if len(lowered) != 1 or char in _CONTEXTUAL:
        return LOWER_COMPLEX
    return ord(lowered)


def lower_table() -> bytes:
    """One native uint32 per BMP code point: its lower case, or LOWER_SPACE / LOWER_COMPLEX."""
    table = array("I", map(_lower_entry, _ALL, map(str.lower, _ALL)))
    if table.itemsize != 4:  # pragma: no cover - every platform CPython builds on has a 4-byte unsigned int
        table = array("L", table)
    return table.tobytes()


# --- character classes -----------------------------------------------------------------------------

# Bits of one byte per code point; _counts.c counts each (same values there).
LETTER, DIACRITIC, DIGIT, UPPER, PUNCT, UNSAFE, CONTEXT = 1, 2, 4, 8, 16, 32, 64
_UNSAFE_RUN = re.compile(f"(?:{P.UNSAFE_RARE.pattern})+")


def _mask(pattern: re.Pattern[str], value: int) -> int:
    """The BMP as a little-endian integer of bytes: ``value`` where ``pattern`` (runs of a class) matches, else 0."""
    mask = bytearray(BMP)
    byte = bytes((value,))
    for match in pattern.finditer(_ALL):
        start, end = match.span()
        mask[start:end] = byte * (end - start)
    return int.from_bytes(mask, "little")


_ASCII_CLASSES = ((P.ASCII_LETTERS, LETTER), (P.ASCII_UPPER, UPPER), (P.ASCII_DIGITS, DIGIT), (P.ASCII_PUNCT, PUNCT))


def _ascii_entry(code: int) -> int:
    """As _character_counts judges an ASCII character: by its byte tables."""
    bits = 0
    for table, bit in _ASCII_CLASSES:
        if code in table:
            bits |= bit
    if code == ord("&"):
        bits |= CONTEXT
    elif code not in P.SAFE_ASCII_BYTES:
        bits |= UNSAFE
    return bits


def class_table() -> bytes:
    """One byte of class bits per BMP code point, as ``signals._character_counts`` counts it.

    ASCII by the byte tables; outside ASCII, a character of no ``RARE_RUN`` is a
    lower-case Vietnamese letter (a letter with a diacritic, safe); a rare one
    has the classes whose run patterns match it, is unsafe where
    ``UNSAFE_RARE`` matches it and "in context" when it is "Ã" or "Â".
    """
    rare = _mask(P.RARE_RUN, 0xFF)
    bits = 0
    runs = (P.LETTER_RUN, P.VN_UPPER_RUN, P.DIGIT_RUN, P.UPPER_RUN, P.PUNCT_RUN, _UNSAFE_RUN)
    for pattern, bit in zip(runs, (LETTER, DIACRITIC, DIGIT, UPPER, PUNCT, UNSAFE), strict=True):
        bits |= _mask(pattern, bit)
    common = ((1 << (8 * BMP)) - 1) ^ rare  # 0xFF per character outside the rare runs
    common &= int.from_bytes(bytes((LETTER | DIACRITIC,)) * BMP, "little")
    table = bytearray(((bits & rare) | common).to_bytes(BMP, "little"))
    for char in P._IN_CONTEXT:
        table[ord(char)] |= CONTEXT
    table[:128] = bytes(map(_ascii_entry, range(128)))
    return bytes(table)


LOWER = lower_table()
CLASSES = class_table()

# Characters above the BMP: the twin counts how many; the caller counts their classes by the patterns.
ASTRAL_RUN = re.compile("[\U00010000-\U0010ffff]+")
