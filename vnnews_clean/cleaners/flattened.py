"""Pages flattened to one long line, cut into the pieces the other steps label."""

from __future__ import annotations

import re

from ..document import Document, Removal
from ..lexicon import UI_LINES
from ..lines.flattened import FLAT_CAPTIONED_MIN_CHARS, is_flattened_line, split_flattened
from .base import Cleaner

# A page's own messages that open a flattened text ("Lưu bài viết thành công Bạn có thể xem lại ..."),
# each cut off as a piece of its own so that it is labelled as what it is; and a media player's time display
# ("0:00 / 0:00", "0:00": a text-to-speech reader's, glued before the lead with its voices).
_PLAYER_TIME = r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|0:00(?!\d)"
_UI_OPENING = re.compile(
    "|".join(
        [
            _PLAYER_TIME,
            *(re.escape(phrase).replace("\\ ", r"\s*") for phrase in sorted(UI_LINES, key=len, reverse=True)),
        ]
    ),
    re.IGNORECASE,
)


def _opening_ui(piece: str) -> list[str]:
    """The UI phrases that open ``piece``, each a piece, then the rest of it."""
    pieces: list[str] = []
    rest = piece
    while True:
        match = _UI_OPENING.match(rest)
        if match is None or (match.end() == len(rest) and not pieces):
            break
        end = match.end()
        if end < len(rest) and rest[end - 1].isalnum() and rest[end:].lstrip()[:1].islower():
            break  # "Lưu" of "Lưu trú ...", "Xem clip cô giáo ...": a word or the sentence goes on
        pieces.append(rest[:end].strip())
        rest = rest[end:].lstrip()
        if not rest:
            break
    return [*pieces, rest] if rest else pieces


class FlattenedCleaner(Cleaner):
    """Cuts each line that holds a flattened page or body (as many crawls store page text: long,
    with many sentences, :func:`~vnnews_clean.lines.flattened.is_flattened_line`) into pieces:
    sentences, list items, headings, captions with their credit, links
    (:mod:`vnnews_clean.lines.flattened`), and the page's messages that open it. Every piece is a
    piece of the line, in order; the line's edit record holds them all. Paragraphs of ordinary
    length are left alone.
    """

    name = "flattened"

    def apply(self, doc: Document) -> None:
        lines = doc.lines
        if doc.hints is not None:
            return  # an HTML page's lines are its DOM's paragraphs
        # each line judged once (judging may cut it into pieces to count them)
        flat = {
            i
            for i, (line, label) in enumerate(zip(lines, doc.labels, strict=True))
            if label is None and len(line) >= FLAT_CAPTIONED_MIN_CHARS and is_flattened_line(line)
        }
        if not flat:
            return
        new_lines: list[str] = []
        numbers: list[int] = []
        labels = []
        for i, (line, number, label) in enumerate(zip(lines, doc.numbers, doc.labels, strict=True)):
            if i not in flat:
                new_lines.append(line)
                numbers.append(number)
                labels.append(label)
                continue
            pieces = [part for piece in split_flattened(line) for part in _opening_ui(piece)]
            doc.edits.append(Removal(self.name, number, line, "\n".join(pieces), f"split into {len(pieces)} pieces"))
            new_lines.extend(pieces)
            numbers.extend([number] * len(pieces))
            labels.extend([None] * len(pieces))
        doc.replace_lines(new_lines, numbers, labels)
