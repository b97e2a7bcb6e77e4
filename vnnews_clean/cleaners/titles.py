"""The title: found and recorded, repeated copies dropped."""

from __future__ import annotations

from ..document import Document
from ..lexicon import LISTING_META
from ..shapes import is_headline, line_key
from .base import Cleaner

_MAX_LEADING_HEADLINES = 3


def find_title(lines: list[str]) -> int | None:
    """Index of the title: the last headline-shaped line before the first paragraph.

    Scrapes put a kicker or a section name above the title ("Liên đoàn Lao
    động quận Hoàn Kiếm" / title / lead); the title is the one right above the
    body. Date lines are skipped. When more than three headlines lead the
    document it is a listing, and the first line is the best guess.
    """
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if not line or LISTING_META.match(line):
            continue
        if not is_headline(line):
            break
        candidates.append(i)
        if len(candidates) > _MAX_LEADING_HEADLINES:
            return candidates[0]
    return candidates[-1] if candidates else None


def title_of(doc: Document) -> tuple[int | None, str | None]:
    """Where the document's title is and what it says (finding it if not yet known)."""
    if doc.title is not None:
        for i, line in enumerate(doc.lines):
            if line == doc.title:
                return i, doc.title
        return None, doc.title
    index = find_title(doc.lines)
    return index, (doc.lines[index] if index is not None else None)


class TitleCleaner(Cleaner):
    """Records the title in ``doc.title``; removes nothing."""

    name = "title"

    def apply(self, doc: Document) -> None:
        if doc.title is None:
            index = find_title(doc.lines)
            if index is not None:
                doc.title = doc.lines[index]


class RepeatedTitleCleaner(Cleaner):
    """Drops every line that repeats the title, keeping the title itself."""

    name = "repeated_title"

    def apply(self, doc: Document) -> None:
        index, title = title_of(doc)
        if index is None or title is None:
            return
        key = line_key(title)
        doc.drop((i for i, line in enumerate(doc.lines) if i != index and same_as_title(line, title, key)), self.name)


def same_as_title(line: str, title: str, key: str) -> bool:
    """``line`` repeats the title, up to case, tone style and surrounding punctuation."""
    return bool(line) and abs(len(line) - len(title)) <= 3 and line_key(line) == key
