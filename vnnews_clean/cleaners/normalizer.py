"""Normalization as a pipeline step: every line it changes is recorded."""

from __future__ import annotations

from ..document import Document
from ..normalize import check_tone_style, explain, normalize
from .base import Cleaner


class Normalizer(Cleaner):
    """Runs :func:`vnnews_clean.normalize` and records each edited line.

    ``detail`` names the normalization steps that changed the line
    ("encoding", "nfc", "tones", ...). Changes of spacing alone are not
    recorded: they carry no text.
    """

    name = "normalize"

    def __init__(self, tone_style: str | None = "old") -> None:
        check_tone_style(tone_style)
        self.tone_style = tone_style

    def apply(self, doc: Document) -> None:
        before = doc.lines
        after = normalize("\n".join(before), tone_style=self.tone_style).split("\n")
        if len(after) != len(before):  # cannot happen: normalize keeps lines
            raise AssertionError("normalize changed the number of lines")
        for i, (old, new) in enumerate(zip(before, after, strict=True)):
            if old != new:
                if old.split() == new.split():
                    doc.lines[i] = new
                else:
                    doc.edit(i, new, self.name, ",".join(explain(old, tone_style=self.tone_style)))
