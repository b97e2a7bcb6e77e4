"""HTML bytes to text: byte order mark, UTF-8, Windows-1258, then the page's declared charset.

UTF-8 is tried before the declared charset because valid UTF-8 with
non-ASCII bytes is almost never an accident, while Vietnamese pages that
declare "iso-8859-1" but hold UTF-8 are common. Old pages in TCVN3 or VNI
fonts decode as Latin text here; the normalizer repairs them later.
"""

from __future__ import annotations

import codecs
import re

from ..decoding import DecodingError, bom_encoding, decode_bytes, looks_windows_1258

# How far into the page a <meta charset> is looked for (browsers look at 1024 bytes; pages put comments first).
DECLARATION_WINDOW = 4096
_DECLARED = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# Browsers read these labels as Windows-1252.
_LATIN1_LABELS = frozenset({"latin_1", "iso8859-1", "ascii"})


def declared_encoding(data: bytes) -> str | None:
    """The codec named by ``<meta charset>`` or ``http-equiv`` near the page's start, if Python knows it."""
    match = _DECLARED.search(data[:DECLARATION_WINDOW])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN1_LABELS else name


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a page's bytes; return ``(text, encoding used)``.

    Raises :class:`vnnews_clean.DecodingError` (a ValueError) for bytes that
    are text in none of these, such as a binary file.
    """
    if encoding is not None:
        return decode_bytes(data, encoding)
    if bom_encoding(data[:4]) is not None:
        return decode_bytes(data)
    if b"\0" in data[:DECLARATION_WINDOW] and data.count(0) > len(data) // 100:
        raise DecodingError("not an HTML page: binary data (NUL bytes)", 1)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_windows_1258(data):
        return decode_bytes(data, "cp1258")
    declared = declared_encoding(data)
    if declared is not None and declared != "utf-8":
        try:
            return decode_bytes(data, declared)
        except DecodingError:
            pass
    return decode_bytes(data)  # raises, naming the first bad byte
