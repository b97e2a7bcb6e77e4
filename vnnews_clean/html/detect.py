"""Is a document HTML to parse, or text that may hold a stray tag or two?

A record's field, a file named ``.html`` or a crawled response can hold plain
text. Parsed as HTML, its line breaks are white space, so its paragraphs run
into one line; and a fragment with a tag or two (``<div>x</div> Lạm phát``)
given to the article finder is no page, so its text is lost. Both are text: the
text rules' ``html_residue`` step strips their stray tags and keeps the lines.

Markup is a page (a doctype, an ``<html>``, ``<head>`` or ``<body>`` tag), or
text whose block tags (``<p>``, ``<div>``, ``<br>``, ``<li>``, ...) carry its
structure: at least :data:`MIN_BLOCK_TAGS` of them, and a tag at most of its
line breaks (before or after the break), so parsing keeps every line apart.
Text whose lines meet without a tag between them is text.
"""

from __future__ import annotations

import re
from itertools import islice

from .cues import BLOCK_TAGS

__all__ = ["looks_like_markup"]

_PAGE_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_BLOCK = "|".join(sorted(BLOCK_TAGS | {"br"}, key=len, reverse=True))
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})(?:[\s>/])", re.IGNORECASE)
# a non-blank line (the scan skips runs of blank lines in C)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_OPENS = re.compile(rf"\s*</?(?:{_BLOCK})(?:[\s>/])", re.IGNORECASE)
_CLOSES = re.compile(rf"</?(?:{_BLOCK})(?:\s[^<>]{{0,500}})?/?>\s*$", re.IGNORECASE)
TAG_TAIL = 600  # a line ends with a tag when one starts in its last characters
MIN_BLOCK_TAGS = 3  # fewer: a fragment with a tag or two, text with residue
TAGGED_BREAKS = 0.5  # share of the line breaks with a block tag beside them
SAMPLE_LINES = 2000  # lines looked at: the start of a document decides


def looks_like_markup(text: str) -> bool:
    """True when ``text`` is HTML (a page, or a fragment whose block tags make its lines),
    False for text, with or without a stray tag.

    >>> looks_like_markup("<div>x</div> Lạm phát tăng")
    False
    >>> looks_like_markup("<p>Đoạn một.</p><p>Đoạn hai.</p>")
    True
    >>> looks_like_markup("Tiêu đề\\n\\nĐoạn một.\\nĐoạn hai.")
    False
    """
    if "<" not in text:
        return False
    if _PAGE_TAG.search(text, 0, 1 << 16) is not None:
        return True
    if sum(1 for _ in islice(_BLOCK_TAG.finditer(text), MIN_BLOCK_TAGS)) < MIN_BLOCK_TAGS:
        return False
    breaks = tagged = 0
    previous_closes = False
    for number, match in enumerate(_LINE.finditer(text)):
        start, end = match.span()  # (no copy of a line: a document may be one huge line)
        if number:
            breaks += 1
            tagged += previous_closes or _OPENS.match(text, start, end) is not None
        previous_closes = _CLOSES.search(text, max(start, end - TAG_TAIL), end) is not None
        if number >= SAMPLE_LINES:
            break
    return breaks == 0 or tagged >= TAGGED_BREAKS * breaks
