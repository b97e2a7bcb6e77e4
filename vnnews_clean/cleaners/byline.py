"""Bylines, closing source credits and the agency tag before the lead, moved into metadata."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import BYLINE_ABBREVIATIONS, BYLINE_LABELS, SOURCE_CREDIT
from ..shapes import ends_sentence, first_paragraph, is_name, is_paragraph, more_words_than
from .base import Cleaner

# "(LĐTĐ) Từ đầu năm ...", "(Bongda24h) - Dưới sự dẫn dắt ...".
_LEADING_TAG = re.compile(r"^\((?P<tag>[^()\n]{2,30})\)\s*(?:[-–—:]\s*)?(?=[\w\"“'‘])")
SOURCE_TAG_MAX_WORDS = 3
CLOSING_LINES = 2  # a name and a credit, in either order
CREDIT_MAX_WORDS = 8


def _byline_name(line: str) -> str | None:
    """The author named by a byline line, or None if the line is not one."""
    if line in BYLINE_ABBREVIATIONS:
        return line
    labelled = BYLINE_LABELS.match(line)
    name = line[labelled.end() :] if labelled else line
    return name if is_name(name) else None


def _credit_source(line: str) -> str | None:
    """ "Theo TTXVN" -> "TTXVN"; None unless the line is a short credit."""
    if more_words_than(line, CREDIT_MAX_WORDS) or (ends_sentence(line) and not line.endswith(")")):
        return None
    match = SOURCE_CREDIT.match(line)
    return match["source"].strip() if match else None


class BylineCleaner(Cleaner):
    """Moves the byline ("Phương Thảo") and a closing credit ("Theo TTXVN") into metadata.

    Only at the end of the article (the cleaners before it have removed the
    listings and footers after it) and only when a paragraph comes right
    before, so a short last line of the article is never taken for a name.
    With ``keep_byline=True`` the line stays in the text; metadata is filled
    either way.
    """

    name = "byline"

    def __init__(self, keep_byline: bool = False) -> None:
        self.keep_byline = keep_byline

    def apply(self, doc: Document) -> None:
        content = doc.content()
        closing: list[int] = []  # the last lines, if they are credits
        for index in reversed(content[-CLOSING_LINES - 1 :]):
            line = doc.lines[index]
            if len(closing) == CLOSING_LINES or (_byline_name(line) is None and _credit_source(line) is None):
                break
            closing.append(index)
        if not closing or len(closing) == len(content):
            return
        body_end = content[len(content) - len(closing) - 1]
        if not is_paragraph(doc.lines[body_end]):
            return
        drops: dict[int, str] = {}
        names = []
        for index in reversed(closing):
            line = doc.lines[index]
            credit = _credit_source(line)  # before names: "Theo TTXVN" is capitalised too
            if credit is not None:
                doc.source = doc.source or credit
                drops[index] = "source credit"
            else:
                names.append(_byline_name(line) or line)
                drops[index] = "byline"
        if names and doc.author is None:
            doc.author = ", ".join(names)
        if not self.keep_byline:
            doc.drop_each(drops, self.name)


class SourceTagCleaner(Cleaner):
    """Moves the agency tag that opens the lead ("(LĐTĐ) Từ đầu năm ...") into ``doc.source``."""

    name = "source_tag"

    def apply(self, doc: Document) -> None:
        lead = first_paragraph(doc.lines)
        if lead is not None:
            self._take_tag(doc, lead)

    def _take_tag(self, doc: Document, lead: int) -> None:
        line = doc.lines[lead]
        match = _LEADING_TAG.match(line)
        if match is None:
            return
        tag = match["tag"].strip()
        rest = line[match.end() :]
        if not tag[:1].isupper() or more_words_than(tag, SOURCE_TAG_MAX_WORDS) or not is_paragraph(rest):
            return
        doc.source = doc.source or tag
        doc.edit(lead, rest, self.name, "agency tag")
