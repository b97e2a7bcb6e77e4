"""Related-news blocks: a heading such as "Tin khác" and the listing under it."""

from __future__ import annotations

from ..document import Document
from ..lexicon import LISTING_META, RELATED_HEADINGS
from ..shapes import is_headline, is_paragraph, short_key
from .base import Cleaner
from .image_markers import is_image_marker, is_photo_credit


def is_related_heading(line: str) -> bool:
    """A whole line that is one of the lexicon's block headings ("Có thể bạn quan tâm")."""
    return short_key(line) in RELATED_HEADINGS


def _next_content(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start]:
        start += 1
    return start


class RelatedBlockCleaner(Cleaner):
    """Drops a related-news heading and the listing that follows it.

    The listing is read item by item and ends at the first line that is not
    an item, so article text after a mid-article block stays. Items are:
    more headings ("Có thể bạn quan tâm" / "Nên xem"), headline-shaped lines,
    thumbnails,
    category-and-date lines ("Hội Đoàn thể 27/11/2025 19:14"), and a teaser
    paragraph only where a headline was printed twice right before it (the
    title / title / teaser pattern of listing cards).
    """

    name = "related_block"

    def apply(self, doc: Document) -> None:
        lines = doc.lines
        drops: dict[int, str] = {}
        i = 0
        while i < len(lines):
            if lines[i] and is_related_heading(lines[i]):
                i = self._consume_block(lines, i, drops)
            else:
                i += 1
        doc.drop_each(drops, self.name)

    @staticmethod
    def _consume_block(lines: list[str], heading: int, drops: dict[int, str]) -> int:
        """Mark the block opened at ``heading``; return the index after it."""
        drops[heading] = "heading"
        previous_item: str | None = None
        repeated = False  # the last item repeated the one before: a card, a teaser may follow
        i = _next_content(lines, heading + 1)
        while i < len(lines):
            line = lines[i]
            if is_related_heading(line):
                drops[i] = "heading"
            elif is_image_marker(line) or is_photo_credit(line):
                drops[i] = "item image"
            elif LISTING_META.match(line):
                drops[i] = "item date"
            elif is_headline(line):
                drops[i] = "item"
                repeated = line == previous_item
                previous_item = line
                i = _next_content(lines, i + 1)
                continue
            elif repeated and is_paragraph(line):
                drops[i] = "item teaser"
            else:
                return i
            previous_item, repeated = None, False
            i = _next_content(lines, i + 1)
        return i
