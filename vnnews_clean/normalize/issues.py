"""What is wrong with a text's encoding, for counting affected documents in a corpus."""

from __future__ import annotations

import re

from .._validate import require_str
from .characters import clean_characters, fix_encoding, fix_line_breaks, fix_surrogates, remove_hidden, to_nfc
from .legacy import DECODERS, detect_legacy, fix_eth
from .syllable import place_tone

_WORD = re.compile(r"[^\W\d_]+")

ISSUES = (
    "lone_surrogates",  # surrogate code points, which no UTF encoding can write (become U+FFFD)
    "decomposed",  # combining marks instead of precomposed letters (NFD)
    "tcvn3",  # lines in the legacy TCVN3 (ABC) encoding
    "vni",  # lines in the legacy VNI-Windows encoding
    "cp1258",  # lines in Windows-1258 read as Latin-1
    "eth_for_d",  # "Ð" (Icelandic eth) typed for "Đ"
    "invisible_characters",  # zero-width, soft hyphens, control characters, odd spaces
    "mojibake",  # UTF-8 read as Windows-1252/Latin-1, or HTML entities
    "misplaced_tones",  # tone marks on a vowel that neither style allows ("baỏ")
)


def detect_encoding_issues(text: str) -> frozenset[str]:
    """Names (from ``ISSUES``) of the problems :func:`normalize` would repair in ``text``.

    An empty set means the text needs nothing but, perhaps, a tone style and
    spacing. A tone style alone ("hoà" in a corpus of "hòa") is not an issue.
    """
    require_str(text, "text")
    found: set[str] = set()
    text = fix_line_breaks(text)
    encodable = fix_surrogates(text)
    if encodable != text:
        found.add("lone_surrogates")
        text = encodable
    composed = to_nfc(text)
    if composed != text:
        found.add("decomposed")
    visible = remove_hidden(composed)
    if visible != composed:
        found.add("invisible_characters")
    lines = visible.split("\n")
    for i, line in enumerate(lines):
        encoding = detect_legacy(line)
        if encoding is not None:
            found.add(encoding)
            lines[i] = DECODERS[encoding](line)
    text = "\n".join(lines)
    # each repair applied in normalize's order, so later checks see repaired text
    for issue, repair in (
        ("eth_for_d", fix_eth),
        ("mojibake", fix_encoding),
        ("invisible_characters", clean_characters),
    ):
        repaired = repair(text)
        if repaired != text:
            found.add(issue)
            text = repaired
    if any(place_tone(w, "old") != w and place_tone(w, "new") != w for w in set(_WORD.findall(text))):
        found.add("misplaced_tones")  # wrong in both styles: not just a house style
    return frozenset(found)
