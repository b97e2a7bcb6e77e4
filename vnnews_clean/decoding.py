"""Bytes to text: the encodings Vietnamese text files come in, found or named.

A scraped file is UTF-8 (perhaps with a byte order mark), UTF-16 with a byte
order mark (Windows "Unicode" text), or Windows-1258, the Vietnamese Windows
code page, which writes tone marks as combining characters after the vowel
("hoa\\xcc" is "hoà"). :func:`decode_bytes` recognises these and refuses to
guess anything else: a wrong guess would make every accented letter wrong
without a word, while an error names the first bad byte and asks for the
encoding, saying which one the bytes look like when they look like one.

Besides Python's codecs, the legacy 8-bit Vietnamese font encodings TCVN3
(ABC, ".VnTime") and VNI-Windows can be named ("tcvn3", "vni"): their bytes
are read through the tables of :mod:`vnnews_clean.normalization.legacy`, every
line, as asked (unnamed, the normalizer converts only the lines that clearly
are such text).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ._validate import require_str

__all__ = [
    "DecodingError",
    "bom_encoding",
    "check_encoding",
    "decode_bytes",
    "decode_named",
    "encoding_hint",
    "looks_windows_1258",
]

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Windows-1258 tone marks (combining grave, hook, tilde, acute, dot below) and
# the bytes of the vowels they sit on: ASCII vowels and â ă ê ô ơ ư.
_CP1258_TONE = re.compile(rb"[\xcc\xd2\xde\xec\xf2]")
_CP1258_VOWEL = rb"aeiouyAEIOUY\xc2\xe2\xc3\xe3\xca\xea\xd4\xf4\xd5\xf5\xdd\xfd"
_CP1258_TONE_ON_VOWEL = re.compile(rb"[" + _CP1258_VOWEL + rb"][\xcc\xd2\xde\xec\xf2]")
# Bytes Windows-1258 leaves undefined.
_CP1258_UNDEFINED = re.compile(rb"[\x81\x8a\x8d-\x90\x9a\x9d\x9e]")
CP1258_MIN_TONES = 3  # tone marks needed before a file is taken for Windows-1258
CP1258_ON_VOWEL = 0.9  # share of them that must follow a vowel
# Legacy font encodings the codecs module does not know, by the names they go by.
LEGACY_ENCODINGS = {"tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "vni": "vni", "vni-windows": "vni"}
HINT_LINES = 200  # lines looked at to say which legacy encoding undecodable bytes look like
HINT_BYTES = 1 << 20  # (in the first bytes)


class DecodingError(ValueError):
    """Bytes that are not text in the named or any recognised encoding.

    ``line`` is the 1-based line of the first bad byte (0 when unknown).
    """

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def check_encoding(name: str) -> str:
    """The codec's canonical name ("tcvn3" or "vni" for a legacy font encoding), or ValueError for an unknown one."""
    require_str(name, "encoding")
    legacy = LEGACY_ENCODINGS.get(name.strip().lower().replace("_", "-"))
    if legacy is not None:
        return legacy
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r} (a Python codec, or tcvn3 or vni)") from None


def decode_named(data: bytes, encoding: str) -> str:
    """``data`` in an encoding :func:`check_encoding` accepts (UnicodeDecodeError for bytes that are not in it).

    TCVN3 and VNI use every byte: each is read as its Latin-1 character, then each line through the
    legacy table (a line typed in a capitals-only font comes back in capitals).
    """
    legacy = LEGACY_ENCODINGS.get(encoding)
    if legacy is None:
        return data.decode(encoding)
    from .normalization.legacy import DECODERS

    decode = DECODERS[legacy]
    return "\n".join(decode(line) for line in data.decode("latin-1").split("\n"))


def encoding_hint(data: bytes) -> str | None:
    """The encoding undecodable ``data`` clearly is in: "windows-1258", "tcvn3" or "vni"; None when unclear."""
    if looks_windows_1258(data):
        return "windows-1258"
    from .normalization.legacy import detect_legacy, detect_legacy_hint

    votes: dict[str, int] = {}
    looked = 0
    for line in data[:HINT_BYTES].decode("latin-1").split("\n"):
        if not detect_legacy_hint(line):
            continue
        found = detect_legacy(line)
        if found in ("tcvn3", "vni"):
            votes[found] = votes.get(found, 0) + 1
        looked += 1
        if looked == HINT_LINES:
            break
    if not votes:
        return None
    best = max(votes, key=votes.__getitem__)
    return best if votes[best] > looked / 2 else None


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte order mark at the start of ``head`` announces, if any."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def looks_windows_1258(data: bytes) -> bool:
    """Vietnamese in Windows-1258: every byte defined, and several tone marks,
    nearly all right after a vowel (in Latin-1 text those bytes are "Ì Ò Þ ì ò",
    which follow vowels rarely)."""
    if _CP1258_UNDEFINED.search(data):
        return False
    tones = len(_CP1258_TONE.findall(data))
    if tones < CP1258_MIN_TONES:
        return False
    return len(_CP1258_TONE_ON_VOWEL.findall(data)) >= CP1258_ON_VOWEL * tones


def _line_of(data: bytes, position: int, encoding: str) -> int:
    """1-based line of byte ``position`` (UTF-16/32 newlines counted as such)."""
    if encoding in ("utf-16", "utf-32"):
        width = 2 if encoding == "utf-16" else 4
        head = data[:position]
        try:
            return head.decode(encoding, "replace").count("\n") + 1
        except UnicodeError:
            return head.count(b"\n" + b"\0" * (width - 1)) + 1
    return data.count(b"\n", 0, position) + 1


def _decode(data: bytes, encoding: str) -> str:
    try:
        text = decode_named(data, encoding)
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start, encoding)
        bad = data[error.start : error.start + 1]
        raise DecodingError(f"line {line}: not valid {encoding} (byte {error.start}: {bad!r})", line) from None
    if encoding == "cp1258":  # tone marks are combining characters: compose them
        text = unicodedata.normalize("NFC", text)
    return text


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding used)``.

    With ``encoding`` (any Python codec name), exactly that. Without: the
    encoding of a byte order mark (UTF-8, UTF-16, UTF-32), else UTF-8, else
    Windows-1258 when the bytes clearly are (see :func:`looks_windows_1258`).
    Windows-1258 text is composed (NFC). Bytes that are a quarter NUL are
    UTF-16/32 without a byte order mark, whose ASCII would pass for UTF-8:
    they are refused too. Anything else raises
    :class:`DecodingError` naming the line and byte, never a guess.

    >>> decode_bytes("hoà".encode("utf-16"))
    ('hoà', 'utf-16')
    >>> decode_bytes(b"Ha\\xcc N\\xf4\\xf2i, Vi\\xea\\xf2t Nam")
    ('Hà Nội, Việt Nam', 'cp1258')
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        return _decode(data, check_encoding(encoding)), check_encoding(encoding)
    bom = bom_encoding(data[:4])
    if bom is not None:
        return _decode(data, bom), bom
    if data.count(0) > len(data) // 4 > 0:  # ASCII in UTF-16/32 is valid UTF-8, with a NUL per letter
        raise DecodingError(
            "line 1: looks like UTF-16 or UTF-32 without a byte order mark (a NUL byte in every few); "
            "name the encoding (--encoding utf-16-le, ...)",
            1,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    if looks_windows_1258(data):
        return _decode(data, "cp1258"), "cp1258"
    line = data.count(b"\n", 0, first_bad) + 1
    hint = encoding_hint(data)
    advice = f"looks like {hint}: try --encoding {hint}" if hint else "name the encoding (--encoding)"
    raise DecodingError(
        f"line {line}: not UTF-8 (byte {first_bad}: {data[first_bad : first_bad + 1]!r}) and not clearly "
        f"Windows-1258 or UTF-16 with a byte order mark; {advice}",
        line,
    )
