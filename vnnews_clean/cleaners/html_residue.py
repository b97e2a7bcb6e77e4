"""HTML residue: comment markers, stray tags, lines made only of markup, and
what a whole HTML page given as text brings: its scripts, styles and doctype."""

from __future__ import annotations

import re

from ..document import Document, View
from ..lexicon import HTML_CODE_ELEMENTS, HTML_PAGE_MARKER_LINES, HTML_PAGE_MARKERS, HTML_TAGS
from .base import Cleaner

# A tag is "<name ...>" or "</name>" with a known HTML tag name; bounded and
# stopping at the next "<", so a line of thousands of "<" stays linear.
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>\n]{0,500})?/?>")
_COMMENT = re.compile(r"<!--[^<>\n]{0,500}?-->|<!--|-->|<!\[CDATA\[|\]\]>")
_SPACES = re.compile(r" {2,}")
_CONTENT = re.compile(r"\w")
_CODE = "|".join(HTML_CODE_ELEMENTS)
# A line that opens a code element: it starts with the tag, perhaps after other tags ("<head><script>").
_CODE_OPEN = re.compile(rf"\s*(?:<[a-zA-Z/][^<>\n]{{0,500}}>\s*){{0,10}}<({_CODE})(?:[\s>]|$)", re.IGNORECASE)
_CODE_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in HTML_CODE_ELEMENTS}
# "<!DOCTYPE html>", alone on its line
_DOCTYPE = re.compile(r"\s*<!doctype\s[^<>\n]{0,500}>\s*$", re.IGNORECASE)

HTML_PAGE_WARNING = (
    "the input looks like a whole HTML page (it starts with {marker!r}): its scripts, styles and markup "
    "were dropped, but menus and other page text may remain; give pages to an HTML extractor"
)


def _strip_tag(match: re.Match[str]) -> str:
    return " " if match.group(1).lower() in HTML_TAGS else match.group(0)


def page_marker(lines: list[str]) -> str | None:
    """The marker ("<!doctype html", "<html", ...) that starts one of the first
    lines, when the document is a whole HTML page given as text."""
    seen = 0
    for line in lines:
        if not line:
            continue
        first = line[0]
        # every marker starts with "<": other lines need no copy nor comparison
        if first == "<" or first.isspace():
            head = line.lstrip()[:20].lower()
            marker = next((m for m in HTML_PAGE_MARKERS if head.startswith(m)), None)
            if marker is not None:
                return marker
        seen += 1
        if seen == HTML_PAGE_MARKER_LINES:
            break
    return None


class HtmlResidueCleaner(Cleaner):
    """Drops lines made only of markup ("--> -->", "</div>") and strips tags inside lines.

    Only tags with real HTML names count, so "<Tên sách>" or "a < b" stay.
    A ``<script>`` or ``<style>`` element that starts a line is code up to its
    closing tag: those lines are dropped whole (text after the closing tag
    stays). An element never closed is left to the tag rules: when unsure,
    keep. A document that starts like an HTML page gets a warning.
    """

    name = "html_residue"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        if not _may_hold_markup(view.lines):
            return
        marker = page_marker(view.lines)
        if marker is not None:
            doc.warn(HTML_PAGE_WARNING.format(marker=marker))
        code = self._code(view)
        drops: dict[int, tuple[str, str]] = {}
        for i, line in enumerate(view.lines):
            if i in code or ("<" not in line and ">" not in line and "]]" not in line):
                continue
            if _DOCTYPE.match(line):
                drops[i] = ("markup", "doctype")
                continue
            stripped = _COMMENT.sub(" ", line)
            if "<" in stripped:
                stripped = _TAG.sub(_strip_tag, stripped)
            if stripped == line:
                continue
            if not _CONTENT.search(stripped):
                drops[i] = ("markup", "")
            else:
                view.edit(i, _SPACES.sub(" ", stripped).strip(), self.name, "inline markup")
        view.label_each({**code, **drops}, self.name)

    def _code(self, view: View) -> dict[int, tuple[str, str]]:
        """Script and style elements that start a line, through their closing tag (view positions)."""
        drops: dict[int, tuple[str, str]] = {}
        lines = view.lines
        i = 0
        while i < len(lines):
            opened = _CODE_OPEN.match(lines[i]) if lines[i].find("<", 0, 50) >= 0 else None
            if opened is None:
                i += 1
                continue
            element = opened.group(1).lower()
            end, closed = _closing(lines, i, opened.end(), _CODE_CLOSE[element])
            if closed is None:  # never closed: not sure it is code
                i += 1
                continue
            drops.update(dict.fromkeys(range(i, end + 1), ("markup", element)))
            rest = lines[end][closed.end() :].strip()
            if _CONTENT.search(_TAG.sub(_strip_tag, rest)):  # text after the closing tag is not code
                del drops[end]
                view.edit(end, rest, self.name, element)
            i = end + 1
        return drops


def _closing(lines: list[str], start: int, column: int, close: re.Pattern[str]) -> tuple[int, re.Match[str] | None]:
    """The line and match of the first closing tag at or after ``lines[start][column:]``."""
    for j in range(start, len(lines)):
        found = close.search(lines[j], column if j == start else 0)
        if found is not None:
            return j, found
    return start, None


# A document longer than this is looked at line by line: joined, it would cost a copy of itself.
JOIN_MAX_CHARS = 1 << 20


def _may_hold_markup(lines: list[str]) -> bool:
    """Whether a line holds "<", ">" or "]]": most documents hold none, and a short one is ruled
    out in one pass in C over its lines joined."""
    if sum(map(len, lines)) <= JOIN_MAX_CHARS:
        text = "\n".join(lines)
        return "<" in text or ">" in text or ("]" in text and "]]" in text)  # ("]" alone: a fast scan)
    return any("<" in line or ">" in line or "]]" in line for line in lines)
