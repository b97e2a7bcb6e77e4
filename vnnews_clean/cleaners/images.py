"""Image placeholders, file-name residue, photo credits and the captions bound to them."""

from __future__ import annotations

import re

from ..document import Document
from ..shapes import blank_separated, more_words_than, sentence_count
from .base import Cleaner
from .image_markers import is_filename_residue, is_image_marker, is_photo_credit, is_piped, is_placeholder
from .titles import same_as_title, title_of

_PIPES = re.compile(r"^\|\s*|\s*\|$")

# How long a caption without table pipes may be.
CAPTION_MAX_WORDS = 60


class ImageCleaner(Cleaner):
    """Drops image markers and the caption bound to each.

    Markers: markdown placeholders ("![]() |"), file-name residue, and the
    article title repeated as alt text right before a caption. A caption is
    the next line when it carries table pipes, or, in documents whose
    paragraphs are separated by blank lines, when it directly follows the
    marker and is short (one or two sentences). In run-on documents every
    line follows another, so there only pipes bind a caption.
    Photo credits ("Ảnh: TTXVN", "Ảnh minh họa") go too. With
    ``keep_captions=True`` captions stay, without their pipes.
    """

    name = "image"

    def __init__(self, keep_captions: bool = False) -> None:
        self.keep_captions = keep_captions

    def apply(self, doc: Document) -> None:
        lines = doc.lines
        title_index, title = title_of(doc)
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
            elif is_photo_credit(line):
                drops[i] = "credit"
                continue
            elif title and title_index is not None and i > title_index and same_as_title(line, title):
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
        if is_image_marker(line):
            return None
        if is_piped(line):
            return following
        if following != marker + 1:
            return None  # a blank line parts it from the image
        if not spaced:
            return None  # in run-on text every line is adjacent: only pipes bind a caption
        fits = not more_words_than(line, CAPTION_MAX_WORDS) and sentence_count(line) <= 2
        return following if fits else None
