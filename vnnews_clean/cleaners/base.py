"""The cleaner protocol: a named step that edits a :class:`Document`."""

from __future__ import annotations

from typing import ClassVar

from .._validate import require_str
from ..document import Document


class Cleaner:
    """One family of noise, removed under one stable rule name.

    Subclasses implement :meth:`apply`, which changes the document only through
    ``doc.drop`` and ``doc.edit``. A cleaner is also usable on its own as a
    ``str -> str`` function: ``ImageCleaner()(text)``. On its own it keeps
    blank lines, so it does exactly its one job.
    """

    name: ClassVar[str] = "cleaner"

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def __call__(self, text: str) -> str:
        require_str(text, "text")
        doc = Document.from_text(text)
        self.apply(doc)
        return doc.render()

    def __repr__(self) -> str:
        settings = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({settings})"
