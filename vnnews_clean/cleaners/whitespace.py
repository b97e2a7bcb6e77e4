"""Whitespace: blank lines removed, spaces collapsed."""

from __future__ import annotations

from ..document import Document
from ..normalization import collapse_spaces
from .base import Cleaner


class WhitespaceCleaner(Cleaner):
    """Labels blank lines ``blank`` and collapses spaces inside lines.

    Blank lines and space-only changes carry no text, so they are not
    recorded in ``removed``.
    """

    name = "whitespace"

    def apply(self, doc: Document) -> None:
        for i, line in enumerate(doc.lines):
            if "  " in line or line[:1] == " " or line[-1:] == " ":
                doc.set_text(i, line := collapse_spaces(line))
            if not line:
                doc.label(i, "blank", self.name)
