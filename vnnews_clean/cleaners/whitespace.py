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
        known = doc.known_features
        # the lines to look at: where the line facts are known, the blank ones (no facts) and those they say have
        # spaces to collapse, without a scan of every line; else every line
        candidates = range(len(lines)) if known is None else [i for i, f in enumerate(known) if f is None or f.spaced]
        for i in candidates:
            line = lines[i]
            if "  " in line or line[:1] == " " or line[-1:] == " ":
                doc.set_text(i, line := collapse_spaces(line))
            if not line:
                doc.label(i, "blank", self.name)
