"""What a page prints after the article: short furniture lines in the tail zone."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import BYLINE_ABBREVIATIONS, BYLINE_LABELS, SOURCE_CREDIT
from ..shapes import is_name
from ..structure import LineFeatures, structure_of
from .base import Cleaner

# Longer lines after the article are left alone, whatever their shape.
TAIL_ITEM_MAX_WORDS = 20
# A sentence this long ending in ".", "!", "?" is text, even after the article.
SENTENCE_MIN_WORDS = 4

_NAME_SEPARATORS = re.compile(r"\s*(?:[-–—,&/]|\bvà\b)\s*")
# "(t/h)", "(tổng hợp)", "(Theo X)", "(TTXVN)": what a closing byline carries.
_CREDIT_MARK = re.compile(r"\((?:t/h|th|tổng hợp|theo\b[^)]*|[A-ZĐ][\w.]{1,14})\)\s*$", re.IGNORECASE)


def is_closing_credit(line: str) -> bool:
    """A byline or source credit ("Minh Anh", "THU HẰNG", "Lê Hiếu (t/h)", "Theo TTXVN"),
    left in place for the byline step, which reads it into metadata."""
    if line in BYLINE_ABBREVIATIONS or BYLINE_LABELS.match(line) or _CREDIT_MARK.search(line):
        return True
    credit = SOURCE_CREDIT.match(line)
    if credit is not None:
        source = credit["source"]
        return not line[:8].casefold().startswith("theo dõi") and not source.startswith(("[", "http", "www"))
    parts = [p for p in _NAME_SEPARATORS.split(line.strip("()")) if p]
    return bool(parts) and all(is_name(p) or (p.isupper() and p.isalpha()) for p in parts)


def tail_kind(line: str, features: LineFeatures) -> str | None:
    """Why ``line`` (after the last body paragraph) is furniture, or None to keep it."""
    if features.footer:
        return "footer"
    if features.prose:
        return None
    if features.words > TAIL_ITEM_MAX_WORDS or is_closing_credit(line):
        return None
    if features.sentence_end and features.words >= SENTENCE_MIN_WORDS and not line.endswith(("...", "…")):
        return None
    return "furniture"


# A line this short that is not a sentence or a name is furniture ("Gửi góp ý",
# "Lưu", "Đọc nhiều"): article text does not end on one.
ANCHOR_MAX_WORDS = 4


def is_tail_anchor(line: str, features: LineFeatures) -> bool:
    """A line that shows the article is over: a byline or credit, a footer or
    contact line, a date, or a very short line that is not a sentence."""
    if features.date or features.footer or is_closing_credit(line):
        return True
    return features.words <= ANCHOR_MAX_WORDS and not features.sentence_end and not features.prose


class TailCleaner(Cleaner):
    """Drops the short non-prose lines after the article's last body paragraph.

    The tail is found by structure (see :mod:`vnnews_clean.structure`), not by
    wording: menus, "Gửi góp ý", contact lines, most-read lists, tag lines and
    headlines of other articles all are short lines that do not read as
    sentences, after the body; and footer lines (copyright, licence, contact
    labels from the lexicon) even when they are sentences. It starts at the
    first line that shows the article is over (:func:`is_tail_anchor`): lines
    right after the last paragraph, before any such sign, may still be the
    article's own (a closing list, a short last line) and stay. Kept too:
    every other prose line, every sentence, longer lines, and bylines and
    credits (for the byline step). A document without a prose paragraph has
    no tail.
    """

    name = "tail"

    def apply(self, doc: Document) -> None:
        structure = structure_of(doc)
        if structure.body_end is None:
            return
        drops: dict[int, str] = {}
        anchored = False
        for i in range(structure.body_end + 1, len(doc.lines)):
            features = structure.features[i]
            if features is None:
                continue
            line = doc.lines[i]
            anchored = anchored or is_tail_anchor(line, features)
            if anchored:
                kind = tail_kind(line, features)
                if kind is not None:
                    drops[i] = kind
        doc.drop_each(drops, self.name)
