"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI-Windows, Windows-1258) read as Latin-1.

Pages typed with .VnTime or VNI-Times fonts store Vietnamese letters in Latin-1
byte positions, so every generic tool takes them for valid Latin-1 text:
"Céng hoµ x· héi chñ nghÜa ViÖt Nam" (TCVN3), "Coäng hoøa xaõ hoäi chuû nghóa
Vieät Nam" (VNI). A line is converted only when the conversion turns words that
are not Vietnamese syllables into words that are, clearly more often than it
spoils words that already were; so ordinary Vietnamese, French or German text
is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .syllable import JOIN, SPLIT, STYLES, parse, place_tone

# TCVN 5712:1993 (VN1; VN3/ABC is its lower-case subset) bytes 0xA1..0xFF, as
# the C library's iconv reads them.
TCVN3_HIGH = (
    "ĂÂÊÔƠƯĐăâêôơưđẶ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔ"
    "ỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
_TCVN3_TABLE = {0xA1 + offset: char for offset, char in enumerate(TCVN3_HIGH)}

# VNI-Windows: a base letter followed by a mark character, or one stand-in letter.
_TONES = {"ù": 2, "ø": 1, "û": 3, "õ": 4, "ï": 5}  # sắc, huyền, hỏi, ngã, nặng (syllable.TONE_MARKS order)
_CIRCUMFLEX = {"â": 0, "á": 2, "à": 1, "å": 3, "ã": 4, "ä": 5}
_BREVE = {"ê": 0, "é": 2, "è": 1, "ú": 3, "ü": 4, "ë": 5}
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _with_tone(letter: str, tone: int) -> str:
    return JOIN[(letter, tone)] if tone else letter


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for lower in (True, False):
        case = (lambda s: s) if lower else str.upper
        for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
            for mark, tone in _CIRCUMFLEX.items():
                pairs[case(base) + case(mark)] = case(_with_tone(hat, tone))
        for mark, tone in _BREVE.items():
            pairs[case("a") + case(mark)] = case(_with_tone("ă", tone))
        for base in "aeiouyơư":
            for mark, tone in _TONES.items():
                pairs[case(base) + case(mark)] = case(_with_tone(base, tone))
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_PAIR = re.compile("|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)))
_VNI_TABLE = str.maketrans({**_VNI_LETTERS, **{k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}})

# Latin-1 characters that Vietnamese in Unicode never uses but these encodings
# use all the time (C1 controls are Windows-1258 punctuation: "\x93" is "“").
# A line without any of them is not looked at.
LEGACY_HINTS = (
    "\x80-\x9f\xa1-\xbf\xc4-\xc7\xcb\xce\xcf\xd0\xd1\xd6-\xd8\xdb\xdc\xde\xdf"
    "\xe4-\xe7\xeb\xee\xef\xf0\xf1\xf6-\xf8\xfb\xfc\xfe\xff"
)
_HINT = re.compile(f"[{LEGACY_HINTS}]")
_TOKEN_EDGE = ".,;:!?()[]{}\"'“”‘’…-–—/"
# Conversion must turn at least this many words into Vietnamese, and this many
# times more than it spoils.
MIN_FIXED_WORDS = 2
FIXED_PER_SPOILED = 3


# TCVN3 has few upper-case letters: ".VnTimeH" fonts draw lower-case codes as
# capitals, so "CéNG HßA" is "CỘNG HÒA". A line whose plain letters are all
# capitals is taken to be written so, and so is a word with two capitals and
# no small letter.
_UPPER_WORD = re.compile(r"\b(?=[^\W\d_]*[A-Z][^\W\d_]*[A-Z])(?![^\W\d_]*[a-z])[^\W\d_]+\b")
_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")


def decode_tcvn3(text: str) -> str:
    """Read Latin-1 text as TCVN3 (ABC). Text typed in upper-case fonts comes back upper-case."""
    converted = unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))
    if not _ASCII_LOWER.search(text) and len(_ASCII_UPPER.findall(text)) >= 2:
        return converted.upper()
    return _UPPER_WORD.sub(lambda m: m.group(0).upper(), converted)


def decode_vni(text: str) -> str:
    """Read Latin-1 text as VNI-Windows."""
    return _VNI_PAIR.sub(lambda m: _VNI_PAIRS[m.group(0)], text.translate(_VNI_TABLE))


def _cp1258_table() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode("cp1258")
        except UnicodeDecodeError:  # five bytes Windows-1258 leaves undefined
            continue
        if char != chr(byte):
            table[byte] = char
    return table


# Windows-1258 (Vietnamese Windows) keeps most of Latin-1 but puts ă â đ ơ ư
# and the tone marks (combining, at 0xCC 0xD2 0xDE 0xEC 0xF2) in its own
# places: read as Latin-1, "Hà Nội" written "Ha\u0300 Nô\u0323i" shows as "HaÌ Nôòi".
_CP1258_TABLE = _cp1258_table()


def decode_cp1258(text: str) -> str:
    """Read Latin-1 text as Windows-1258, and compose its combining tone marks."""
    return unicodedata.normalize("NFC", text.translate(_CP1258_TABLE))


DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni, "cp1258": decode_cp1258}


@lru_cache(maxsize=65536)
def is_vietnamese_word(token: str) -> bool:
    """One Vietnamese syllable, optionally wrapped in punctuation."""
    word = token.strip(_TOKEN_EDGE).lower()
    if not word or not word.isalpha():
        return False
    plain = "".join(SPLIT.get(char, (char,))[0] for char in word)
    return parse(plain) is not None


@lru_cache(maxsize=65536)
def is_well_written(token: str) -> bool:
    """A Vietnamese syllable with its tone mark where one of the styles puts it.

    A right decoding gives such words; a wrong one ("aû" read as TCVN3 "aỷ"
    rather than VNI "ả") puts marks at random.
    """
    word = token.strip(_TOKEN_EDGE)
    return is_vietnamese_word(word) and any(place_tone(word, style) == word for style in STYLES)


def _gain(original: str, converted: str) -> tuple[int, int]:
    """(words the conversion made well-written Vietnamese, Vietnamese words it spoiled).

    A lone symbol that decodes to a one-letter word ("·" → "ã" in TCVN3) is no
    evidence: "Thích · Trả lời" is a comment bar, not TCVN3.
    """
    fixed = spoiled = 0
    for before, after in zip(original.split(), converted.split(), strict=False):
        if before == after:
            continue
        if is_well_written(after):
            fixed += not is_vietnamese_word(before) and not (len(before) == 1 and not before.isalpha())
        elif is_vietnamese_word(before):
            spoiled += 1
    return fixed, spoiled


def detect_legacy_hint(text: str) -> bool:
    """Whether ``text`` holds a character that only a legacy encoding would explain."""
    return _HINT.search(text) is not None


def detect_legacy(line: str) -> str | None:
    """ "tcvn3", "vni" or "cp1258" when ``line`` is clearly in that encoding, else None."""
    if _HINT.search(line) is None:
        return None
    scores = {}
    for name, decode in DECODERS.items():
        fixed, spoiled = _gain(line, decode(line))
        if fixed >= MIN_FIXED_WORDS and fixed >= FIXED_PER_SPOILED * spoiled:
            scores[name] = fixed
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    # a tie ("uû" is VNI "ủ" and TCVN3 "uỷ") is ambiguous: leave the line as it is
    return best if list(scores.values()).count(scores[best]) == 1 else None


def fix_legacy(text: str) -> str:
    """Convert every line that is clearly TCVN3, VNI or Windows-1258; leave all others as they are."""
    if _HINT.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        encoding = detect_legacy(line)
        if encoding is not None:
            lines[i] = DECODERS[encoding](line)
    return "\n".join(lines)


# "Ðà Nẵng": the Icelandic eth (U+00D0) typed for Đ. Replaced only at the start
# of a word that is then a Vietnamese syllable; Icelandic never starts a word with it.
_ETH_WORD = re.compile(r"(?<![^\W\d_])[Ðð][^\W\d_]{0,7}(?![^\W\d_])")


def fix_eth(text: str) -> str:
    """ "Ðà Nẵng" -> "Đà Nẵng", "ðổi" -> "đổi"; other uses of Ð stay."""
    if "Ð" not in text and "ð" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = ("Đ" if word[0] == "Ð" else "đ") + word[1:]
        return fixed if is_vietnamese_word(fixed) else word

    return _ETH_WORD.sub(replace, text)
