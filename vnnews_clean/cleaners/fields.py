"""Crawler records dumped as text: "title: ...", "TIÊU ĐỀ: ...", "link: ...", "category: ..."."""

from __future__ import annotations

from itertools import islice

from ..document import Document
from ..lexicon import RECORD_FIELDS
from ..lines.shapes import line_key
from .base import Cleaner

# The fields are found among the document's first lines; at least this many, with different names.
FIELDS_LOOKED_AT = 12
FIELDS_MIN = 2
FIELD_NAME_MAX_CHARS = 20


def record_field(line: str) -> tuple[str, str] | None:
    """(what the field holds, its value) of a line "name: value" whose name is a crawler's field
    name (lexicon.RECORD_FIELDS), or None."""
    colon = line.find(":", 0, FIELD_NAME_MAX_CHARS + 1)
    if colon <= 0:
        return None
    kind = RECORD_FIELDS.get(line_key(line[:colon]))
    if kind is None:
        return None
    return kind, line[colon + 1 :].strip()


class RecordFieldsCleaner(Cleaner):
    """Reads a crawler's record printed as "name: value" lines.

    When the document's first lines hold at least two fields with different
    names (a title, a description, a link, a category ...), every such line is a
    field: the name is cut off the title, description and content (their value
    is article text, and the title is recorded), and the other fields (link,
    category, time, tags, author) are labelled ``field``, the author recorded. One "Title: ..." line alone, or
    "Thời gian: ..." in an article, is text.
    """

    name = "record_fields"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        # the first lines that hold text, and of those only the ones with a name's colon (record_field's
        # first test: most lines have none)
        first = islice((line for line in lines if line), FIELDS_LOOKED_AT)
        head = {record_field(line) for line in first if line.find(":", 0, FIELD_NAME_MAX_CHARS + 1) > 0}
        names = {field[0] for field in head if field is not None}
        if len(head - {None}) < FIELDS_MIN or not names & {"title", "lead", "body", "field"}:
            return
        content = [k for k, line in enumerate(lines) if line]
        found: dict[int, tuple[str, str]] = {}
        for k in content:
            field = record_field(view.lines[k])
            if field is None:
                continue
            kind, value = field
            if kind in ("title", "lead", "body") and value:
                view.edit(k, value, self.name, "field name")
                if kind == "title" and doc.title is None:
                    doc.title = value
            else:
                if kind == "author" and value and doc.author is None:
                    doc.author = value
                found[k] = ("field", kind)
        view.label_each(found, self.name)
