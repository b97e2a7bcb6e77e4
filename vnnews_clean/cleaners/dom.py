"""What the page's DOM said of its lines (HTML input): the article's headings and list items, its
images and their captions."""

from __future__ import annotations

from collections import Counter

from ..document import Document
from ..lexicon import RELATED_HEADINGS
from ..lines.dates import is_timestamp
from ..lines.shapes import short_key
from .base import Cleaner
from .navigation import navigation_kind

# A hint, and the label it gives: the article's structure is kept whatever the text rules would say
# of it (a heading right under an image is no caption, a restaurant's name as a heading no byline).
# (Figures and their figcaptions come as "[Ảnh]" and "| caption |": the image step's, which also
# takes the pipes off a caption it keeps.)
LABEL_OF_HINT = {"subheading": "subheading", "list_item": "list_item", "table_row": "list_item"}


class DomHintsCleaner(Cleaner):
    """Labels the lines the HTML extractor tagged from the DOM (``Document.hints``): ``h2``–``h6``
    inside the article are sub-headings and its ``li`` list items, which no text rule then takes
    for a caption, a byline or furniture; the ``h1`` (or the page's title element) is recorded as
    the title.
    A heading that is a related-news heading ("Tin liên quan"), navigation or a publication stamp
    ("02/08/2021 17:58" in an ``h3``; a live blog's "08:30" stays) is left to those steps, and so is one
    the page prints twice (the duplicate step's, as for the same text given as text). Text input
    has no hints: the step does nothing."""

    name = "dom"

    def apply(self, doc: Document) -> None:
        hints = doc.hints
        if hints is None or len(hints) != len(doc.lines):
            return
        printed = Counter(doc.lines)
        for i, (line, hint) in enumerate(zip(doc.lines, hints, strict=True)):
            if hint is None or not line or doc.labels[i] is not None:
                continue
            if hint in LABEL_OF_HINT and hint != "table_row" and printed[line] > 1:
                continue  # a heading printed twice (a block the page printed again): the text rules' to judge
            if hint == "title":
                if doc.title is None:
                    doc.title = line
                continue
            if hint in ("subheading", "list_item") and (
                short_key(line) in RELATED_HEADINGS or navigation_kind(line) is not None or _dateline(doc, i)
            ):
                continue
            label = LABEL_OF_HINT.get(hint)
            if label is not None:
                doc.label(i, label, self.name, f"html {hint}")


def _dateline(doc: Document, index: int) -> bool:
    """Line ``index`` is a day's date and time alone (when the page was published), as the navigation step drops
    it (text input gets the same); a time alone over a live blog's entry ("08:30") or a day alone over a
    timeline's ("Ngày 19/8/1945") is a heading of the article."""
    features = doc.features[index]
    return features is not None and features.date and is_timestamp(doc.lines[index])
