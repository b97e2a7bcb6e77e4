"""The title: found and recorded, repeated copies dropped."""

from __future__ import annotations

from ..document import Document
from ..shapes import has_letter, word_count
from ..structure import Structure, build_structure, structure_of
from .base import Cleaner
from .image_markers import is_image_marker, is_photo_credit, is_piped

# Only a title this long is removed when repeated: a subset of what the
# duplicate rule removes anyway, so the result never depends on which line
# was taken for the title.
REPEATED_TITLE_MIN_WORDS = 4

_MAX_CANDIDATES = 3


def find_title(lines: list[str], structure: Structure | None = None) -> int | None:
    """Index of the title among the headline-shaped lines before the first paragraph.

    Usually the first; but a scrape may put a short kicker or section name
    above the title ("Liên đoàn Lao động quận Hoàn Kiếm" / title / lead), so
    when exactly two distinct headlines lead and the second is longer, it is
    the title. Dates, photo credits, image markers and the line after each
    marker (its caption) are looked past.
    """
    if structure is None or structure.lines is not lines:
        structure = build_structure(lines)
    candidates: list[int] = []
    skip_next = False
    for i, line in enumerate(lines):
        features = structure.features[i]
        if features is None:
            continue
        if skip_next or features.date or is_photo_credit(line) or is_piped(line) or not has_letter(line):
            skip_next = False
            continue
        if is_image_marker(line):
            skip_next = True
            continue
        if features.paragraph or len(candidates) == _MAX_CANDIDATES:
            break
        if features.headline and all(lines[c] != line for c in candidates):
            candidates.append(i)
    if len(candidates) == 2 and len(lines[candidates[1]]) > len(lines[candidates[0]]):
        return candidates[1]
    return candidates[0] if candidates else None


def title_of(doc: Document) -> tuple[int | None, str | None]:
    """Where the document's title is and what it says (finding it if not yet known)."""
    if doc.title is not None:
        for i, line in enumerate(doc.lines):
            if line == doc.title:
                return i, doc.title
        return None, doc.title
    index = find_title(doc.lines, structure_of(doc))
    return index, (doc.lines[index] if index is not None else None)


class TitleCleaner(Cleaner):
    """Records the title in ``doc.title``; removes nothing."""

    name = "title"

    def apply(self, doc: Document) -> None:
        if doc.title is None:
            index = find_title(doc.lines, structure_of(doc))
            if index is not None:
                doc.title = doc.lines[index]


# Longer lines above the title may be the real title, when a headline-shaped sapo under it
# was taken for the title: they stay.
ABOVE_TITLE_MAX_WORDS = 6


class AboveTitleCleaner(Cleaner):
    """Drops what a page prints above the article's title: the site's name, a top menu,
    a kicker or section label ("VnExpress Mới nhất International").

    Only in the head (the title stands before the first prose paragraph, so a
    title found deep in the text moves nothing), only short lines, and never a
    paragraph-shaped one: when the title might be wrong (a long headline-shaped
    sapo taken for it), what might be article text stays.
    """

    name = "above_title"

    def apply(self, doc: Document) -> None:
        index, _ = title_of(doc)
        if not index:
            return
        structure = structure_of(doc)
        start = structure.body_start
        if start is None or index >= start:
            return
        features, lines = structure.features, doc.lines
        above = []
        for i in range(index):
            here = features[i]
            if here is None or here.paragraph or here.words > ABOVE_TITLE_MAX_WORDS:
                continue
            if is_image_marker(lines[i]) or is_photo_credit(lines[i]) or (i and is_image_marker(lines[i - 1])):
                continue  # an image, its credit and caption: the image step's, with its own rules
            above.append(i)
        doc.drop(above, self.name)


class RepeatedTitleCleaner(Cleaner):
    """Drops every line that repeats the title, keeping the title itself."""

    name = "repeated_title"

    def apply(self, doc: Document) -> None:
        index, title = title_of(doc)
        if index is None or title is None:
            return
        doc.drop((i for i, line in enumerate(doc.lines) if i != index and same_as_title(line, title)), self.name)


def same_as_title(line: str, title: str) -> bool:
    """``line`` repeats a title of at least four words, exactly."""
    return line == title and word_count(title) >= REPEATED_TITLE_MIN_WORDS
