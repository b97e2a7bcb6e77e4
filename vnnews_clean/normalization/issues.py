"""What is wrong with a text's encoding, for counting affected documents in a corpus."""

from __future__ import annotations

import re

from .._validate import require_str
from .characters import (
    clean_characters,
    fix_encoding,
    fix_line_breaks,
    fix_surrogates,
    looks_like_mojibake,
    remove_hidden,
    to_nfc,
)
from .core import normalize as _normalize
from .core import wants_repair
from .legacy import DECODERS, decide, detect_legacy_hint, fix_eth, reads_as_vietnamese
from .syllable import place_tone

_WORD = re.compile(r"[^\W\d_]+")

ISSUES = (
    "lone_surrogates",  # surrogate code points, which no UTF encoding can write (become U+FFFD)
    "decomposed",  # combining marks instead of precomposed letters (NFD)
    "tcvn3",  # lines in the legacy TCVN3 (ABC) encoding
    "vni",  # lines in the legacy VNI-Windows encoding
    "viscii",  # lines in the legacy VISCII encoding
    "cp1258",  # lines in Windows-1258 read as Latin-1
    "eth_for_d",  # "Ð" (Icelandic eth) typed for "Đ"
    "invisible_characters",  # zero-width, soft hyphens, control characters, odd spaces
    "mojibake",  # UTF-8 read as Windows-1252/Latin-1, or HTML entities
    "misplaced_tones",  # tone marks on a vowel that neither style allows ("baỏ")
    "unrepaired",  # a line that still looks broken after every repair (see still_broken)
)


def still_broken(line: str) -> bool:
    """Whether a line normalize has repaired still looks broken.

    Mojibake signs ("á»", "Ã©", C1 controls: ftfy could not read it, bytes
    were lost before the text reached us; an entity left as it is, "&amp;lt;"
    or "&Johnson;", is no sign), or a legacy encoding that fits the line and
    makes it read as Vietnamese but had too little evidence, or a tie, to be
    converted. U+FFFD alone is not counted: it stands for a character lost for
    good (a lone surrogate becomes one), which no repair can bring back.
    """
    return looks_like_mojibake(line.replace("\ufffd", "")) or reads_as_vietnamese(line)


def broken_lines(text: str) -> list[int]:
    """Indices of the lines of ``text`` (split on "\\n") that :func:`still_broken` finds;
    clean text costs one scan (in C where built): every sign of mojibake or of a legacy encoding is an
    attention character for :func:`~vnnews_clean.normalization.wants_repair`."""
    if not wants_repair(text) or (not looks_like_mojibake(text) and not detect_legacy_hint(text)):
        return []
    return [i for i, line in enumerate(text.split("\n")) if still_broken(line)]


def detect_encoding_issues(text: str) -> frozenset[str]:
    """Names (from ``ISSUES``) of the problems :func:`normalize` would repair in ``text``.

    An empty set means the text needs nothing but, perhaps, a tone style and
    spacing. A tone style alone ("hoà" in a corpus of "hòa") is not an issue.
    ``unrepaired`` names what normalize cannot repair: ask it of normalize's
    output to find the lines that are still broken.
    """
    require_str(text, "text")
    original = text
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
    for i, decision in enumerate(decide(lines)):
        if decision is not None and decision[0] in DECODERS:
            found.add(decision[0])
            lines[i] = decision[1]
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
    if broken_lines(_normalize(original)):
        found.add("unrepaired")
    return frozenset(found)
