"""Text to an lxml tree, once, with comments and never-text elements cut.

The tree is lxml's own (plain ``lxml.etree`` elements, without the
``lxml.html`` class lookup), not BeautifulSoup's: building a BeautifulSoup
tree of a news page costs about 25 times as much as lxml's parse, and the
walk over it more again. A BeautifulSoup given by the caller is serialized
and parsed by lxml.
"""

from __future__ import annotations

import re
from typing import Any, TypeAlias

from lxml import etree

from .cues import NEVER_TEXT_TAGS

Element: TypeAlias = etree._Element
TOO_DEEP = (
    "the page nests elements deeper than the HTML parser allows (libxml2: 2048 levels); "
    "the text after that point is lost"
)
# lxml refuses a str that starts with an XML declaration naming an encoding
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
# C0 controls other than tab and line breaks: not text, and libxml2 rejects some; each parts words like a space
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Text with more control characters than this share (in its first 64 KB) is binary data, not a page.
BINARY_SAMPLE = 65536
BINARY_CONTROL_SHARE = 0.01


class NotHtmlError(ValueError):
    """The input is not an HTML page (binary data)."""


def as_text(html: Any) -> str | bytes:
    """str and bytes as they are; a BeautifulSoup tree (or tag) serialized. TypeError for anything else."""
    if isinstance(html, (str, bytes)):
        return html
    if isinstance(html, (bytearray, memoryview)):
        return bytes(html)
    from bs4 import Tag  # a core dependency, imported only when a tree is given

    if isinstance(html, Tag):
        return str(html)
    raise TypeError(f"html must be str, bytes or a bs4.BeautifulSoup, not {type(html).__name__}")


def parse(text: str, warnings: list[str] | None = None) -> Element | None:
    """The page's root element, or None for a page with no markup nor text.

    Raises :class:`NotHtmlError` for binary data. A parser limit that cost
    text is added to ``warnings``.
    """
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls and controls > BINARY_CONTROL_SHARE * len(sample):
        raise NotHtmlError(f"not an HTML page: binary data ({controls} control characters in the first {len(sample)})")
    if _CONTROL.search(text) is not None:
        text = _CONTROL.sub(" ", text)
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    # huge_tree: no libxml2 limit on text node size (a 50 MB page parses whole); a parser per call,
    # as lxml parsers are not shared between threads
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None  # libxml2 found nothing to build ("Document is empty")
    if warnings is not None and any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        warnings.append(TOO_DEEP)
    return root  # None when libxml2 built nothing


def squash(text: str) -> str:
    """Runs of white space (NBSP included) as one space, none at the ends."""
    return " ".join(text.split())


def text_of(element: Element) -> str:
    """All text inside an element, as written (no separators added)."""
    return "".join(element.itertext())


def spaced_text(element: Element) -> str:
    """All text of an element, its pieces joined by spaces (for the record of a dropped block)."""
    return squash(" ".join(element.itertext()))


def drop(element: Element) -> None:
    """Remove an element but not the text after it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def cut_never_text(root: Element) -> None:
    """Remove scripts, styles, forms' controls, frames, media (their tails stay)."""
    etree.strip_elements(root, *NEVER_TEXT_TAGS, with_tail=False)
