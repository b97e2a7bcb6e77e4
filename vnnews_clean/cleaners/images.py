"""Image placeholders, file-name residue, photo credits and the captions bound to them."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import IMAGE_CREDIT, IMAGE_WORDS
from ..shapes import blank_separated, line_key, sentence_count, word_count
from .base import Cleaner
from .titles import same_as_title, title_of

# "![alt](src)", optionally inside a table cell: "![]() |".
_MARKDOWN_IMAGE = re.compile(r"^\|?\s*!\[[^\]\n]{0,500}\]\([^()\n]{0,2000}\)\s*\|?$")
_IMAGE_FILE = re.compile(r"^\S{1,200}\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?\S*)?$", re.IGNORECASE)
_FILENAME_SPLIT = re.compile(r"[\s_./-]+")
_PIPES = re.compile(r"^\|\s*|\s*\|$")

# How long a caption without table pipes may be, by document layout.
CAPTION_MAX_WORDS_BLANK_SEPARATED = 60
CAPTION_MAX_WORDS_RUN_ON = 20


def is_placeholder(line: str) -> bool:
    return line.startswith(("!", "|!")) and _MARKDOWN_IMAGE.match(line) is not None


def is_filename_residue(line: str) -> bool:
    """ "1658 hk img 2080 1", "IMG_2080.JPG": what is left of an image's file name."""
    if not line.isascii() or len(line) > 120:
        return False
    if _IMAGE_FILE.match(line):
        return True
    tokens = [t for t in _FILENAME_SPLIT.split(line.lower()) if t]
    return 0 < len(tokens) <= 10 and any(t in IMAGE_WORDS for t in tokens) and any(t.isdigit() for t in tokens)


def is_piped(line: str) -> bool:
    """Table-cell residue around a caption: "| caption |", "caption |"."""
    return line.startswith("| ") or line.endswith(" |") or line == "|"


class ImageCleaner(Cleaner):
    """Drops image markers and the caption bound to each.

    Markers: markdown placeholders ("![]() |"), file-name residue, and the
    article title repeated as alt text right before a caption. A caption is
    the next line when it carries table pipes, or when it directly follows
    the marker and is short (one or two sentences in documents whose
    paragraphs are separated by blank lines, one short sentence otherwise).
    Photo credits ("Ảnh: TTXVN", "Ảnh minh họa") go too. With
    ``keep_captions=True`` captions stay, without their pipes.
    """

    name = "image"

    def __init__(self, keep_captions: bool = False) -> None:
        self.keep_captions = keep_captions

    def apply(self, doc: Document) -> None:
        lines = doc.lines
        title_index, title = title_of(doc)
        title_key = line_key(title) if title else ""
        spaced = blank_separated(lines)
        drops: dict[int, str] = {}
        captions: list[int] = []
        for i, line in enumerate(lines):
            if not line or i in drops:
                continue
            if is_placeholder(line):
                kind = "placeholder"
            elif is_filename_residue(line):
                kind = "file name"
            elif len(line) < 100 and IMAGE_CREDIT.match(line):
                drops[i] = "credit"
                continue
            elif title and title_index is not None and i > title_index and same_as_title(line, title, title_key):
                kind = "alt text"
            else:
                continue
            caption = self._caption_after(lines, i, spaced)
            if kind == "alt text" and caption is None:
                continue  # a bare repeat of the title: RepeatedTitleCleaner's job
            drops[i] = kind
            if caption is not None:
                captions.append(caption)
                if not self.keep_captions:
                    drops[caption] = "caption"
        if self.keep_captions:
            for i in captions:
                if is_piped(lines[i]):
                    doc.edit(i, _PIPES.sub("", lines[i]), self.name, "caption pipes")
        doc.drop_each(drops, self.name)

    @staticmethod
    def _caption_after(lines: list[str], marker: int, spaced: bool) -> int | None:
        following = marker + 1
        while following < len(lines) and not lines[following]:
            following += 1
        if following >= len(lines):
            return None
        line = lines[following]
        if is_placeholder(line) or is_filename_residue(line):
            return None
        if is_piped(line):
            return following
        if following != marker + 1:
            return None  # a blank line parts it from the image
        words = word_count(line)
        if spaced:
            fits = words <= CAPTION_MAX_WORDS_BLANK_SEPARATED and sentence_count(line) <= 2
        else:
            fits = words <= CAPTION_MAX_WORDS_RUN_ON and sentence_count(line) == 1
        return following if fits else None
