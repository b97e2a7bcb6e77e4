"""HTML residue: comment markers, stray tags and lines made only of markup."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import HTML_TAGS
from .base import Cleaner

# A tag is "<name ...>" or "</name>" with a known HTML tag name; bounded and
# stopping at the next "<", so a line of thousands of "<" stays linear.
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>\n]{0,500})?/?>")
_COMMENT = re.compile(r"<!--[^<>\n]{0,500}?-->|<!--|-->|<!\[CDATA\[|\]\]>")
_SPACES = re.compile(r" {2,}")
_CONTENT = re.compile(r"\w")


def _strip_tag(match: re.Match[str]) -> str:
    return " " if match.group(1).lower() in HTML_TAGS else match.group(0)


class HtmlResidueCleaner(Cleaner):
    """Drops lines made only of markup ("--> -->", "</div>") and strips tags inside lines.

    Only tags with real HTML names count, so "<Tên sách>" or "a < b" stay.
    """

    name = "html_residue"

    def apply(self, doc: Document) -> None:
        drops = []
        for i, line in enumerate(doc.lines):
            if "<" not in line and ">" not in line and "]]" not in line:
                continue
            stripped = _COMMENT.sub(" ", line)
            if "<" in stripped:
                stripped = _TAG.sub(_strip_tag, stripped)
            if stripped == line:
                continue
            if not _CONTENT.search(stripped):
                drops.append(i)
            else:
                doc.edit(i, _SPACES.sub(" ", stripped).strip(), self.name, "inline markup")
        doc.drop(drops, self.name)
