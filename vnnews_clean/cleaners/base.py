"""The cleaner protocol: a named step that edits a :class:`Document`."""

from __future__ import annotations

from .._validate import require_str
from ..document import Document
from ..lines.labels import ARTICLE_LABELS, Policy


class Cleaner:
    """One family of noise, removed under one stable rule name.

    Subclasses implement :meth:`apply`, which labels lines (``doc.label``,
    usually through ``doc.view()``) and may edit a line to a piece of it
    (``doc.edit``); nothing is removed while labelling. A cleaner is also
    usable on its own as a ``str -> str`` function: ``ImageCleaner()(text)``
    gives the lines it did not label as furniture (blank lines kept), so it
    does exactly its one job.
    """

    name: str = "cleaner"  # a class's own; a FunctionStep sets it per instance

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def second_reading(self, doc: Document) -> None:
        """Look again once every step of a pipeline has labelled: a step whose decision rests on
        lines a later step takes reads the document as a second run would. Most steps need not."""

    def __call__(self, text: str) -> str:
        require_str(text, "text")
        doc = Document.from_text(text)
        self.apply(doc)
        policy = Policy.of_steps([self])
        rows = zip(doc.lines, doc.labels, strict=True)
        return "\n".join(line for line, label in rows if label is None or policy.keeps(label.name))

    def __repr__(self) -> str:
        settings = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({settings})"


def read_again(step: Cleaner, doc: Document) -> None:
    """Run ``step`` on the lines a second run gets (one text of those lines alone: the places where labelled furniture
    stood are gone), and label each line it labels there the same way here: a step's second reading, where what
    later steps took may change its answer. The lines labelled as the article's (a heading or a list item an HTML
    page's DOM named) stand there with their labels, as they stand in the first reading."""
    left = [
        i
        for i, (line, label) in enumerate(zip(doc.lines, doc.labels, strict=True))
        if line and (label is None or label.name in ARTICLE_LABELS)
    ]
    if all(doc.labels[i] is not None for i in left):
        return
    again = Document(lines=[doc.lines[i] for i in left], numbers=list(range(1, len(left) + 1)))
    again.labels = [doc.labels[i] for i in left]
    step.apply(again)
    for k, label in enumerate(again.labels):
        if label is not None and doc.labels[left[k]] is None:
            doc.label(left[k], label.name, label.rule, label.reason)
