"""The labels of the article's own lines: what the furniture steps left is the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Document, Label
from .shapes import LIST_MARKS

if TYPE_CHECKING:
    from .features import LineFeatures


def label_article(doc: Document) -> None:
    """Label every line no step labelled: the title, the lead, sub-headings, list items and body.

    Only names what the lines are; whether a line is kept is the policy's.
    """
    features = doc.features
    lines, labels = doc.lines, doc.labels
    title = doc.title
    open_ = [i for i, label in enumerate(labels) if label is None]
    title_at = None
    if title is not None:
        # (a page dumped as markdown prints its title "# Title": the metadata has the text a reader sees)
        title_at = next((i for i in open_ if lines[i] == title or lines[i] == f"# {title}"), None)
    lead_seen = False
    for position, i in enumerate(open_):
        line = lines[i]
        if not line:
            labels[i] = BLANK
            continue
        here = features[i]
        if i == title_at:
            labels[i] = TITLE
        elif line[0] in _LIST_FIRST and line.startswith(LIST_MARKS):  # (one character looked at first)
            labels[i] = LIST_ITEM
        elif here is not None and here.headline and _text_follows(open_, features, position):
            labels[i] = SUBHEADING
        elif not lead_seen and here is not None and here.paragraph:
            lead_seen = True
            labels[i] = LEAD
        else:
            labels[i] = BODY
    doc.labels_changed()


_LIST_FIRST = frozenset(mark[0] for mark in LIST_MARKS)

# The labels this gives, made once (every kept line of every document gets one).
BLANK, TITLE, LIST_ITEM, SUBHEADING, LEAD, BODY = (
    Label(name, "article") for name in ("blank", "title", "list_item", "subheading", "lead", "body")
)


def _text_follows(open_: list[int], features: list[LineFeatures | None], position: int) -> bool:
    """Whether the next non-blank open line after ``open_[position]`` is a paragraph (a headline-shaped
    line before one is a sub-heading). Asked of headlines only (few lines), it reads past blank lines alone."""
    for later in range(position + 1, len(open_)):
        here = features[open_[later]]
        if here is not None:
            return here.paragraph
    return False
