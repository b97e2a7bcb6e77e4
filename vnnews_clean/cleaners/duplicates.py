"""Duplicate lines, and teaser copies of the paragraph that follows them."""

from __future__ import annotations

from ..document import Document
from ..lines.shapes import is_headline, more_words_than
from .base import Cleaner

# Shorter lines repeat legitimately ("PV:" in an interview).
DUPLICATE_MIN_WORDS = 4
TEASER_MIN_WORDS = 6


def is_teaser_of(teaser: str, full: str) -> bool:
    """``teaser`` is the start of ``full`` (perhaps cut with "..."): a repeated lead.

    A headline-shaped line is never a teaser: a lead may begin with the
    words of the title. A line ending in a full stop that ``full`` does not
    have at that place is a sentence of its own, not a cut copy: two such
    paragraphs brought together by a later removal must not read as a teaser
    on a second run.
    """
    if len(teaser) >= len(full):
        return False
    cut = teaser.rstrip(".… ")
    if not full.startswith(cut):
        return False
    if teaser.endswith(".") and not teaser.endswith("..") and not full.startswith(teaser):
        return False
    return more_words_than(teaser, TEASER_MIN_WORDS - 1) and not is_headline(teaser)


class DuplicateCleaner(Cleaner):
    """Drops a line that repeats an earlier one, and a teaser right before the full paragraph."""

    name = "duplicate"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        seen: set[str] = set()
        kept: list[int] = []
        drops: dict[int, str] = {}
        for i, line in enumerate(lines):
            if not line:
                continue
            if line in seen and line.count(" ") >= DUPLICATE_MIN_WORDS - 1:
                drops[i] = "repeat"
                continue
            while kept and is_teaser_of(lines[kept[-1]], line):
                drops[kept.pop()] = "teaser"
            seen.add(line)
            kept.append(i)
        view.label_each({i: ("repeat", detail) for i, detail in drops.items()}, self.name)
