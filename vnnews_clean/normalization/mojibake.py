"""UTF-8 read as Windows-1252 or Latin-1 ("Viá»‡t"), once or twice, decoded back byte for byte.

A line that is wholly such mojibake gives back its bytes exactly (Latin-1
reads every byte, Windows-1252 as browsers read it too), and those bytes are
UTF-8. That is decoded strictly, with the C1 controls of the Latin-1 reading
("ễ" is E1 BB 85, read "á»\\x85") and a no-break space that became a plain
space on the way ("à" is C3 A0, read "Ã\\xa0"): ftfy leaves residue in both
("cá»§a", "đoà n"). A line that does not decode so (mixed with good text,
or missing bytes) is left to ftfy.
"""

from __future__ import annotations

import re

from .codepages import CP1252_ONLY, TO_LATIN1
from .syllable import is_vietnamese_word

# A UTF-8 sequence whose last byte, A0 (read as a no-break space), became a
# space: only those of the characters Vietnamese text holds, the no-break space
# itself (C2 A0), "à" (C3 A0), "Ơ" (C6 A0), "Ạ" (E1 BA A0) and "Ỡ" (E1 BB A0).
# Any other lead before a space is a letter of its own ("Ãˆ" is "È", and "È "
# is no "Ƞ").
_LOST_NBSP = re.compile(rb"[\xc2\xc3\xc6] |\xe1[\xba\xbb] ")
# ... or was stripped with the spaces at the end of a line
_LOST_NBSP_AT_END = re.compile(rb"(?:[\xc2\xc3\xc6]|\xe1[\xba\xbb])\Z")
# where a lost no-break space stood, until the words around it say whether a space stood there too
_MARK = "\x00"
_WORD_BEFORE = re.compile(r"[^\W\d_]*\Z")
_WORD_AFTER = re.compile(r"[^\W\d_]*")
_C1 = re.compile("[\x80-\x9f]")
_CP1252_ONLY = re.compile(f"[{re.escape(CP1252_ONLY)}]")
MAX_LAYERS = 3  # mojibake of mojibake of mojibake is the most seen


def misread_bytes(text: str) -> bytes | None:
    """The bytes ``text`` was read from as Latin-1 or Windows-1252, or None if it holds another character."""
    try:
        return text.translate(TO_LATIN1).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _restore_nbsp(match: re.Match[bytes]) -> bytes:
    # the mark keeps the place of the space: a space may also have stood there ("HÃ  Ná»™i" collapsed)
    return match.group(0).replace(b" ", b"\xa0" + _MARK.encode(), 1).replace(b" ", b"\xa0")


def _settle_marks(text: str) -> str:
    """Each mark joins the words around it when they make one Vietnamese syllable
    ("đoà" + "n"), else stands for the space that also stood there ("Hà" + "Nội")."""
    pieces = text.split(_MARK)
    out = [pieces[0]]
    for piece in pieces[1:]:
        before = _WORD_BEFORE.search(out[-1])
        after = _WORD_AFTER.match(piece)
        left = before.group(0) if before else ""
        right = after.group(0) if after else ""
        joined = not right or is_vietnamese_word(left + right)
        out.append(piece if joined else " " + piece)
    return "".join(out)


def _decode(data: bytes) -> str | None:
    """``data`` as strict UTF-8, lost no-break spaces restored; None if it is not UTF-8."""
    if b"\x00" in data:
        return None
    lost = _LOST_NBSP.search(data) is not None
    if lost:
        data = _LOST_NBSP.sub(_restore_nbsp, data)
    if _LOST_NBSP_AT_END.search(data):
        data += b"\xa0"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return _settle_marks(text) if lost else text


def reading(text: str) -> str:
    """How mojibake ``text`` was read: "latin-1" when it holds C1 controls and no
    Windows-1252 punctuation, else "cp1252"."""
    return "latin-1" if _C1.search(text) and not _CP1252_ONLY.search(text) else "cp1252"


def decode_misread(text: str) -> tuple[str, str] | None:
    """(``text`` decoded, the reading it was made with: "cp1252", "latin-1", "cp1252x2", ...),
    or None when ``text`` is not wholly UTF-8 mojibake.

    A layer is undone only while what it gives still has the bytes of another
    (double encoding: "Ã¡Â»â€¡" is "á»‡", which is "ệ").
    """
    layers = 0
    decoded = text
    while layers < MAX_LAYERS:
        data = misread_bytes(decoded)
        if data is None or data.isascii():
            break
        inner = _decode(data)
        if inner is None or inner == decoded:
            break
        decoded = inner
        layers += 1
    if not layers:
        return None
    name = reading(text)
    return decoded, name if layers == 1 else f"{name}x{layers}"
