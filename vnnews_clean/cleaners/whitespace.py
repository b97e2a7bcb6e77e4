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
        lines = doc.lines
        # one look at the whole text first: a line to respace has a space run, or a space after a line
        # start or before a line end (most documents have none: normalize collapsed them)
        text = "\n".join(lines)
        if "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
            for i, line in enumerate(lines):
                if "  " in line or line[:1] == " " or line[-1:] == " ":
                    doc.set_text(i, collapse_spaces(line))
        if "" in doc.lines:
            for i, line in enumerate(doc.lines):
                if not line:
                    doc.label(i, "blank", self.name)
