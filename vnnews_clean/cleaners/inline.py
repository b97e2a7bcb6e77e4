"""Inline links to other articles, and headlines pasted after the lead."""

from __future__ import annotations

from ..document import Document, View
from ..lexicon import (
    INLINE_LINK_LABELS,
    INLINE_LINK_MARKERS,
    INLINE_LINK_WEAK_MARKERS,
    VIDEO_LINK_LABELS,
    VIDEO_TITLE_LABELS,
)
from ..lines.features import cached_by_text
from ..lines.shapes import LIST_MARKS, blank_separated, has_sentence_break, is_headline, line_key, more_words_than
from .base import Cleaner
from .image_markers import video_label

_URL_PREFIXES = ("http://", "https://", "www.")
MARKER_LINK_MAX_WORDS = 30
LABEL_MAX_CHARS = 20
# A video's caption after its label is at most this many words.
VIDEO_CAPTION_MAX_WORDS = 40
_LIST_MARKS = " -–•+*"


def is_link_marker(line: str) -> bool:
    """ ">>", "»", ">>>": an inline link's marker alone on its line (its text lost, or on the next line)."""
    return bool(line) and line.strip(_ALL_MARKERS + " ") == "" and line.strip() not in ("-", "*", "+")


_ALL_MARKERS = "".join(INLINE_LINK_MARKERS) + "".join(INLINE_LINK_WEAK_MARKERS)


def is_inline_link(line: str) -> bool:
    """ ">> Headline", "» Headline", "Xem thêm: Headline", "Xem thêm >> Headline"
    (but not "Xem thêm thông tin tại ...")."""
    if line.startswith(INLINE_LINK_MARKERS):
        rest = line.lstrip("".join(INLINE_LINK_MARKERS) + " ")
        return bool(rest) and (is_headline(rest) or not more_words_than(rest, MARKER_LINK_MAX_WORDS))
    if line.startswith(INLINE_LINK_WEAK_MARKERS):
        # "> Headline", "> - Headline": a lone ">" may quote a sentence, so only a headline goes
        rest = line[1:].lstrip(_LIST_MARKS)
        return bool(rest) and is_headline(rest)
    # the label is at most LABEL_MAX_CHARS long: look for its colon (or " >>") only there
    cut, skip = line.find(":", 0, LABEL_MAX_CHARS + 1), 1
    if cut < 0:
        cut, skip = line.find(" >>", 0, LABEL_MAX_CHARS + 3), 3  # "Xem thêm >> Headline"
    if cut < 0 or cut > LABEL_MAX_CHARS:
        return False
    label = line_key(line[:cut])
    if label not in INLINE_LINK_LABELS:
        return False
    rest = line[cut + skip :].strip()
    if label in VIDEO_LINK_LABELS and rest:
        # a video's caption, a colon at its end too; never sentences ("Clip: X. Sau đó, ...")
        return not more_words_than(rest, VIDEO_CAPTION_MAX_WORDS) and not has_sentence_break(rest)
    return bool(rest) and (is_headline(rest) or rest.startswith(_URL_PREFIXES))


# the step reads every line of the document: cached by text
_inline_link = cached_by_text(lambda line, _features: is_inline_link(line))

# What an inline link or its marker can open with.
_MARKER_FIRST = frozenset(marker[0] for marker in (*INLINE_LINK_MARKERS, *INLINE_LINK_WEAK_MARKERS))
_LINK_MARKER_CHARS = frozenset(_ALL_MARKERS + " ")
_OPENERS = _MARKER_FIRST | _LINK_MARKER_CHARS


def may_be_inline_link(line: str) -> bool:
    """False when ``line`` (non-empty) cannot be :func:`is_inline_link`: it opens with no marker and has
    no label's colon (or " >>") where one would be. A few C calls instead of the cached reading, for
    the loop over every line (most lines stop here)."""
    # (`in` first: a scan in C with no arguments to parse, where most lines stop)
    return (
        line[0] in _MARKER_FIRST
        or (":" in line and line.find(":", 0, LABEL_MAX_CHARS + 1) >= 0)
        or (">" in line and line.find(" >>", 0, LABEL_MAX_CHARS + 3) >= 0)
    )


class InlineRelatedCleaner(Cleaner):
    """Drops inline links to other articles and headlines pasted after the lead.

    Pasted headlines are recognised by layout: in a document whose paragraphs
    are separated by blank lines, headline-shaped lines glued to the end of the
    lead (no blank line between) are links that the scrape flattened.
    """

    name = "inline_related"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        # the lines that can be a link or its marker: one opens with a marker's character, or has a label's
        # colon or a " >>" (one pass of C tests over the lines; most have none of them)
        candidates = [i for i, line in enumerate(lines) if line and (line[0] in _OPENERS or ":" in line or ">" in line)]
        drops = {
            i: ("inline_link", "link") for i in candidates if may_be_inline_link(lines[i]) and _inline_link(lines[i])
        }
        first = next((i for i, line in enumerate(lines) if line), None) if drops else None
        for i in [i for i in drops if i == first or lines[i].startswith("# ")]:
            if lines[i].startswith("# ") or video_label(lines[i], VIDEO_TITLE_LABELS):
                # the page's title, as a markdown dump prints it ("# CLIP: Ca sĩ … từ khi nào?"), or a video's title
                # opening the document ("VIDEO: …" over its byline and lead): no link to another article
                del drops[i]
        features = view.structure.features
        for i in candidates:
            line = lines[i]
            # (a marker alone is made of marker characters only: its first is one)
            if line[0] in _LINK_MARKER_CHARS and is_link_marker(line):
                drops[i] = ("inline_link", "marker")
                following = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
                # (a headline's shape as the line's features tell it: the first piece of a paragraph broken
                # over lines, "Với việc Vidic phải nghỉ … đá cặp" / "trung vệ …", is the paragraph's)
                after = features[following] if following is not None else None
                if after is not None and after.headline and not is_link_marker(lines[following]):  # type: ignore[index]
                    drops[following] = ("inline_link", "link after its marker")  # type: ignore[index]
        for i in self._pasted_after_lead(view):
            drops[i] = ("related_item", "pasted headline")
        view.label_each(drops, self.name)

    @staticmethod
    def _pasted_after_lead(view: View) -> list[int]:
        lines = view.lines
        if not blank_separated(lines):
            return []
        lead = view.structure.first_paragraph()
        if lead is None:
            return []
        pasted = []
        i = lead + 1
        # (a list's item is no headline pasted there: a career's "* Trưởng khoa …, Bệnh viện X (1995 – 2010)" under
        # the item before it; where one stands, the block is the article's list)
        while i < len(lines) and lines[i] and is_headline(lines[i]) and not lines[i].startswith(LIST_MARKS):
            pasted.append(i)
            i += 1
        ends_block = i >= len(lines) or not lines[i]
        return pasted if ends_block else []
