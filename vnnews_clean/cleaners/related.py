"""Related-news blocks: a heading such as "Tin khác" and the listing under it."""

from __future__ import annotations

from ..document import Document
from ..lexicon import RELATED_HEADINGS
from ..lines.features import LineFeatures, Structure, ends_article
from ..lines.shapes import has_agency_prefix, short_key
from .base import Cleaner
from .image_markers import is_image_marker, is_photo_credit

# A headline this long is a listed article's title (a byline or a label is shorter).
TITLE_MIN_WORDS = 6
# Teasers a listing must already have shown before a last one with nothing after it is taken too.
TEASERS_BEFORE_LAST = 2


def is_related_heading(line: str) -> bool:
    """A whole line that is one of the lexicon's block headings ("Có thể bạn quan tâm")."""
    return short_key(line) in RELATED_HEADINGS


# Lines looked at above a heading for the line that closed the article.
CLOSING_LOOKBACK_LINES = 6


def _after_closing(structure: Structure, heading: int) -> bool:
    """Above ``heading``, up to the nearest prose line, stands a line that ends the article
    (a credit, a follow-us prompt, a footer, comment controls): the listing is after the
    article even where its teasers push the zones' end past it."""
    features, lines = structure.features, structure.lines
    seen = 0
    index = heading - 1
    while index >= 0 and seen < CLOSING_LOOKBACK_LINES:
        here = features[index]
        if here is not None:
            if here.prose:
                return False
            if ends_article(lines[index], here):
                return True
            seen += 1
        index -= 1
    return False


def _next_content(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start]:
        start += 1
    return start


LABEL_OF = {
    "heading": "related_heading",
    "item": "related_item",
    "item image": "related_item",
    "item date": "related_item",
    "item teaser": "teaser",
}


class RelatedBlockCleaner(Cleaner):
    """Drops a related-news heading and the listing that follows it.

    The listing runs until article prose resumes, judged by shape: a line that
    reads as a paragraph ends it, anything else is an item (a listed title, a
    date in any form, a category, a thumbnail, a view count). Paragraph-shaped
    lines are items only as teasers of a listing card: one that opens with an
    agency prefix ("(Dân trí) - ...", "TTO - ..."), one under a repeated title,
    and, in a listing after the article (the tail), one between a listed title
    and the next item. So the article text after a block in mid-article stays,
    from its first paragraph on.
    """

    name = "related_block"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        structure = view.structure
        drops: dict[int, str] = {}
        i = 0
        while i < len(lines):
            if lines[i] and is_related_heading(lines[i]):
                i = self._consume_block(structure, i, drops, view.numbers)
            else:
                i += 1
        view.label_each({i: (LABEL_OF[kind], kind) for i, kind in drops.items()}, self.name)

    @classmethod
    def _consume_block(cls, structure: Structure, heading: int, drops: dict[int, str], numbers: list[int]) -> int:
        """Mark the block opened at ``heading``; return the index after it."""
        lines = structure.lines
        drops[heading] = "heading"
        previous: str | None = None  # the item just listed, if it was headline-shaped
        repeated = False  # that item repeated the one before: a card, a teaser follows
        teasers = 0
        # after the article: teasers may stand under titles
        cards = structure.in_tail(heading) or _after_closing(structure, heading)
        i = _next_content(lines, heading + 1)
        while i < len(lines):
            line = lines[i]
            features = structure.features[i]
            assert features is not None
            item = None
            if is_related_heading(line):
                drops[i] = "heading"
            elif is_image_marker(line) or is_photo_credit(line):
                drops[i] = "item image"
            elif features.date:
                drops[i] = "item date"
            elif not (features.paragraph or features.prose):
                drops[i] = "item"
                repeated = line == previous
                item = line if features.headline else None
            elif (
                has_agency_prefix(line)
                or repeated
                or (cards and cls._card_teaser(structure, i, previous, teasers, numbers))
            ):
                drops[i] = "item teaser"
                teasers += 1
            else:
                return i
            previous = item
            if item is None:
                repeated = False
            i = _next_content(lines, i + 1)
        return i

    @staticmethod
    def _card_teaser(structure: Structure, index: int, title: str | None, teasers: int, numbers: list[int]) -> bool:
        """The paragraph at ``index`` (right after a listed ``title``, after the article) is its teaser."""
        if title is None or title.count(" ") + 1 < TITLE_MIN_WORDS:
            return False
        lines = structure.lines
        following = _next_content(lines, index + 1)
        if following >= len(lines):
            return teasers >= TEASERS_BEFORE_LAST
        after: LineFeatures | None = structure.features[following]
        assert after is not None
        line = lines[following]
        if after.date or is_related_heading(line) or has_agency_prefix(line):
            return True
        if not (after.headline and after.words >= TITLE_MIN_WORDS):
            return False
        if teasers:
            return True
        # the first card: the pattern must go on (title, paragraph, title, paragraph or date),
        # or this may be the article resuming after a block, with a last line cut short
        beyond = _next_content(lines, following + 1)
        if beyond >= len(lines):
            return False
        if numbers[beyond] - numbers[following] > beyond - following:
            return True  # a step before dropped a line under the next title: its date, as a card's
        more = structure.features[beyond]
        assert more is not None
        return more.paragraph or more.prose or more.date
