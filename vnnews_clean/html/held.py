"""Markup a page holds as text: an editor's <textarea>, a client-side template's <script type="text/template">.

The browser shows such text as typed (or not at all), so the page's tree has no article in it: a crawler's
preview page that loads the article it saved into a TinyMCE editor, a page whose template script holds the
body. The text is read here before those elements are cut (they never hold text to read as a page's), to be
parsed as a page of its own when the page itself has less article than it.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from .cues import TEMPLATE_SCRIPT_TYPES
from .dom import Element


class HeldMarkup(NamedTuple):
    """The text of one element that holds markup, where it starts in the page, and what element it is."""

    line: int
    element: str  # "<textarea>", "<script type='text/template'>"
    markup: str


def held_markup(root: Element) -> list[HeldMarkup]:
    """Every <textarea> with text and template <script> whose text holds a tag, in page order. (libxml2 reads
    both as text: a <textarea>'s with its entities decoded, "&lt;p&gt;" is "<p>", a <script>'s as written.) A
    <textarea>'s plain text is given as markup of one paragraph per line."""
    held = []
    for element in root.iter("textarea", "script"):
        text = element.text
        if not text or text.isspace():
            continue
        if element.tag == "textarea":
            kind = "<textarea>"
            if not ("<" in text and ">" in text):
                text = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines())
        else:
            # (the type first: a page's scripts are code, often long, and only a template's is read)
            script_type = (element.get("type") or "").strip().lower()
            if script_type not in TEMPLATE_SCRIPT_TYPES or not ("<" in text and ">" in text):
                continue
            kind = f"<script type='{script_type}'>"
        held.append(HeldMarkup(element.sourceline or 0, kind, text))
    return held
