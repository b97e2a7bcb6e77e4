"""Lines learnt from a corpus as the furniture of its source (see :mod:`vnnews_clean.boilerplate`)."""

from __future__ import annotations

from typing import Any

from ..boilerplate import Boilerplate, boilerplate_key
from ..document import Document
from .base import Cleaner


class BoilerplateCleaner(Cleaner):
    """Drops every line whose key is in a learnt :class:`~vnnews_clean.boilerplate.Boilerplate`.

    It runs right after normalization, before the title is looked for: a
    site's name or menu line recurring over the title is furniture and must not
    be taken for the title, while a real title does not recur across documents
    (unless the corpus holds copies of the article: deduplicate first). A
    learnt sentence between two prose paragraphs stays: text that many articles
    quote is still text where it stands.
    ``detail`` says in how many of the learnt documents the line was.
    """

    name = "boilerplate"

    def __init__(self, boilerplate: Boilerplate) -> None:
        if not isinstance(boilerplate, Boilerplate):
            raise TypeError(f"boilerplate must be a Boilerplate, not {type(boilerplate).__name__}")
        self.boilerplate = boilerplate

    def apply(self, doc: Document) -> None:
        b = self.boilerplate
        if not len(b):
            return
        max_chars = b.max_chars
        view = doc.view()
        features = view.structure.features
        content = [k for k, line in enumerate(view.lines) if line]
        found: dict[int, tuple[str, str]] = {}
        for n, k in enumerate(content):
            line = view.lines[k]
            if len(line) <= max_chars:
                count = b.key_count(boilerplate_key(line))
                if count and not _between_prose(features, content, n):
                    found[k] = ("boilerplate", f"in {count} of {b.documents} documents")
        view.label_each(found, self.name)


def _between_prose(features: tuple[Any, ...], content: list[int], n: int) -> bool:
    """The sentence at ``content[n]`` stands between two prose paragraphs: a quote or a phrase that
    many articles repeat is text there, however often it was seen (when unsure, keep)."""
    here = features[content[n]]
    if here is None or not (here.prose or here.paragraph):
        return False
    before = features[content[n - 1]] if n > 0 else None
    after = features[content[n + 1]] if n + 1 < len(content) else None
    return before is not None and before.prose and after is not None and after.prose
