"""The document that steps label, and the record of what they did.

A :class:`Document` keeps every line of the input, in order, for the whole
run: steps never delete a line. A step *labels* lines (:meth:`Document.label`,
with its rule name and a reason) and may *edit* a line's text to a piece of it
(:meth:`Document.edit`, recorded in :attr:`Document.edits`). The pipeline's
policy decides at the end which labels stay in the text
(:mod:`vnnews_clean.lines.labels`), so every line keeps its label, kept lines
too, and ``removed`` is derived from the labels.

Steps read the document through a :class:`View`: the lines no step has
labelled as furniture yet, with the features of each (computed once per line
text). A line's neighbours in the view are the lines that are still article
candidates; the lines between two of them in the input, and their labels, are
one :meth:`View.between` away: a step asks what stood there instead of
guessing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from .lines.labels import check_label

if TYPE_CHECKING:
    from .lines.features import Structure


_NEWLINES = re.compile(r"\n+")
# A text this long is not split before its runs of blank lines are looked for (a list slot per blank line).
_SPLIT_FIRST_MAX_CHARS = 1 << 20


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of input that a rule dropped or edited.

    ``text`` is the line as the rule found it. For an edit, ``kept`` is what
    the rule left in its place; for a dropped line it is None. ``line`` is the
    1-based line number in the input.
    """

    rule: str
    line: int
    text: str
    kept: str | None = None
    detail: str = ""

    @property
    def is_edit(self) -> bool:
        return self.kept is not None


class LineLabel(NamedTuple):
    """The label of one input line in a :class:`~vnnews_clean.CleanResult`: what the line is
    (``label``, see :mod:`vnnews_clean.lines.labels`), which step said so (``rule``) and why
    (``reason``), its text after edits, and whether the policy kept it."""

    line: int
    label: str
    rule: str
    reason: str
    text: str
    kept: bool


class Label(NamedTuple):
    """What a step found a line to be: ``name`` from the label vocabulary, the step's ``rule``, a ``reason``.
    (A tuple: one is made for most lines of every document.)"""

    name: str
    rule: str
    reason: str = ""


@dataclass(frozen=True)
class CleanResult:
    """Clean text plus what was learnt, labelled and removed on the way."""

    text: str
    title: str | None
    author: str | None
    source: str | None
    removed: tuple[Removal, ...]
    # what the user should know about the input as a whole (an HTML page given as text)
    warnings: tuple[str, ...] = ()
    # the date the page states it was published (HTML input: meta tags, JSON-LD, <time>), as written there
    published: str | None = None
    # the label of every input line, kept lines too (see vnnews_clean.lines.labels): a sequence of
    # LineLabel, made when first read
    labels: Sequence[LineLabel] = ()

    def __str__(self) -> str:
        return self.text

    def removed_by(self, rule: str) -> list[Removal]:
        return [r for r in self.removed if r.rule == rule]


@dataclass
class Document:
    """Every line of one article, the label of each, metadata and the edits made."""

    lines: list[str]
    numbers: list[int]
    labels: list[Label | None] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    source: str | None = None
    edits: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # what the DOM said of each line (HTML input): "caption", "subheading", "related", ... or None; one per
    # line or None (Pipeline.run sets them only when they match the lines, replace_lines drops them)
    hints: list[str | None] | None = field(default=None, repr=False)
    # the title line's index, once a step has found it
    title_index: int | None = None
    # vnnews_clean.lines.features.LineFeatures of each line (None: blank or not computed), and the view
    _features: list[Any] | None = field(default=None, repr=False, compare=False)
    _view: View | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.labels:
            self.labels = [None] * len(self.lines)

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Split on "\\n" (normalize first for other line breaks). A run of blank lines is one
        blank line (numbered as its first): blank lines carry no text, and a document of millions
        of them must not cost a slot each."""
        # most documents: no blank line, so no run of them to fold (one C test of the split lines, where
        # the scan for "\n\n\n" cost a slow pass); a long text is looked at first, not split to be folded
        split = text.split("\n") if len(text) <= _SPLIT_FIRST_MAX_CHARS else None
        if (split is not None and "" not in split) or (
            "\n\n\n" not in text and not text.startswith("\n\n") and not text.endswith("\n\n") and text != "\n"
        ):
            split = text.split("\n") if split is None else split
            return cls(lines=split, numbers=list(range(1, len(split) + 1)))
        lines: list[str] = []
        numbers = []

        def add(line: str, number: int) -> None:
            if line or not lines or lines[-1]:  # a blank line after a blank line is the same slot
                lines.append(line)
                numbers.append(number)

        start = 0
        number = 1
        for run in _NEWLINES.finditer(text):
            add(text[start : run.start()], number)
            breaks = run.end() - run.start()
            if breaks > 1:
                add("", number + 1)
            number += breaks
            start = run.end()
        add(text[start:], number)
        return cls(lines=lines, numbers=numbers)

    # --- labelling -------------------------------------------------------------------------

    def label(self, index: int, name: str, rule: str, reason: str = "") -> None:
        """Label line ``index`` (a line keeps the first label it gets, see :meth:`relabel`)."""
        if self.labels[index] is None:
            self.labels[index] = Label(check_label(name), rule, reason)
            self._view = None

    def labelled(self) -> int:
        """How many lines some step has labelled."""
        return len(self.labels) - self.labels.count(None)

    def label_each(self, found: Mapping[int, tuple[str, str]], rule: str) -> None:
        """Label each line at the keys of ``found`` with its (label, reason)."""
        for index, (name, reason) in found.items():
            self.label(index, name, rule, reason)

    def relabel(self, index: int, name: str, rule: str, reason: str = "") -> None:
        """Replace the label of line ``index`` (a later step that knows better)."""
        self.labels[index] = Label(check_label(name), rule, reason)
        self._view = None

    def labels_changed(self) -> None:
        """Say that :attr:`labels` was written to directly (a step that labels many lines at once)."""
        self._view = None

    def is_open(self, index: int) -> bool:
        """No step has labelled line ``index`` yet."""
        return self.labels[index] is None

    # --- editing ---------------------------------------------------------------------------

    def edit(self, index: int, new_text: str, rule: str, detail: str = "") -> None:
        """Replace line ``index`` with ``new_text`` (a piece of it), recording the edit."""
        old = self.lines[index]
        if new_text == old:
            return
        self.edits.append(Removal(rule, self.numbers[index], old, new_text, detail))
        self.set_text(index, new_text)

    def set_text(self, index: int, new_text: str) -> None:
        """Replace line ``index`` without a record (a change of spacing only: it carries no text)."""
        self.lines[index] = new_text
        features = self._features
        if features is not None:
            before = features[index]
            found = None if not new_text else _features_of(new_text)
            if found is not None and before is not None and before.joined:
                # a piece of a paragraph broken over lines is one still once a tag or a tail is cut off it (as
                # features_list reads the pieces of the text the edit leaves)
                found = _line_facts().as_piece(found)
            features[index] = found
        self._view = None

    def warn(self, message: str) -> None:
        """Note something about the whole input that the user should know (once per message)."""
        if message not in self.warnings:
            self.warnings.append(message)

    # --- reading ---------------------------------------------------------------------------

    @property
    def features(self) -> list[Any]:
        """The features of every line (None for a blank line), computed once per line text."""
        if self._features is None:
            self._features = _line_facts().features_list(self.lines)
        return self._features

    @property
    def known_features(self) -> list[Any] | None:
        """:attr:`features` when a step has read them (kept in step with every change of a line), else None:
        for a step that can use them but would not compute them all for itself."""
        return self._features

    def view(self) -> View:
        """The lines no step has labelled yet, as the steps read them (cached until a label changes)."""
        view = self._view
        if view is None:
            view = self._view = View(self)
        return view

    @property
    def removed(self) -> list[Removal]:
        """The edits made and the lines labelled so far (blank ones aside), in input order: what a
        step used alone did (a pipeline's policy decides what is finally removed)."""
        drops = [
            Removal(label.rule, number, line, None, label.reason)
            for line, number, label in zip(self.lines, self.numbers, self.labels, strict=True)
            if label is not None and line
        ]
        return sorted([*self.edits, *drops], key=lambda r: r.line)

    def render(self, sep: str = "\n", *, keep_blank: bool = True) -> str:
        """The text of the lines no step has labelled (a step used alone, without a policy)."""
        lines = [line for line, label in zip(self.lines, self.labels, strict=True) if label is None]
        if not keep_blank:
            lines = [line for line in lines if line]
        return sep.join(lines)

    def replace_lines(self, lines: list[str], numbers: list[int], labels: list[Label | None]) -> None:
        """Replace the whole line list (a user's function that inserted lines); features are found again."""
        self.lines, self.numbers, self.labels = lines, numbers, labels
        self.hints = None
        self.title_index = None
        self._features = None
        self._view = None


def _features_of(line: str) -> Any:
    return _line_facts().features_of(line)


_LINE_FACTS: ModuleType | None = None


def _line_facts() -> ModuleType:
    """:mod:`vnnews_clean.lines.features`, imported when a document is first read (not with the package: the
    command's start-up) and kept here (an import statement in a method costs a lookup of its package on every
    call, and steps read documents thousands of times a second)."""
    global _LINE_FACTS
    if _LINE_FACTS is None:
        from .lines import features

        _LINE_FACTS = features
    return _LINE_FACTS


class View:
    """The document as the next step reads it: the lines no step has labelled as furniture.

    ``lines`` and ``numbers`` are those lines in order (blank lines included:
    they separate paragraphs), ``indices`` their positions in the document.
    A step decides on view positions and labels through :meth:`label_each`,
    which maps them back. The view is a snapshot: labels given meanwhile do
    not change it.
    """

    __slots__ = ("_structure", "doc", "indices", "lines", "whole")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        labels = doc.labels
        # no line labelled yet: the view is the document (no copies)
        self.whole = labels.count(None) == len(labels)
        if self.whole:
            self.indices: list[int] | range = range(len(labels))
            self.lines = doc.lines
        else:
            self.indices = [i for i, label in enumerate(labels) if label is None]
            lines = doc.lines
            self.lines = [lines[i] for i in self.indices]
        self._structure: Structure | None = None

    @property
    def numbers(self) -> list[int]:
        """The input line number of each line of the view."""
        numbers = self.doc.numbers
        return list(numbers) if self.whole else [numbers[i] for i in self.indices]

    @property
    def title(self) -> str | None:
        return self.doc.title

    @property
    def structure(self) -> Structure:
        """The features of the view's lines and its zones (head, body, tail)."""
        if self._structure is None:
            features = self.doc.features
            mine = tuple(features) if self.whole else tuple([features[i] for i in self.indices])
            self._structure = _line_facts().Structure(self.lines, mine, self.gaps)
        return self._structure

    def gaps(self) -> list[tuple[tuple[str, str], ...]]:
        """For each view position of a non-blank line, the (label, text) of the non-blank lines
        other steps labelled between it and the view's non-blank line before: what stood there in
        the input. (Blank lines get none: what stood before them is given to the next line.)"""
        doc = self.doc
        if self.whole:
            return [()] * len(self.indices)
        labels, lines = doc.labels, doc.lines
        gaps: list[tuple[tuple[str, str], ...]] = []
        pending: list[tuple[str, str]] = []
        start = 0
        for i in self.indices:
            if i != start:  # (most lines follow the view's line before: nothing labelled between)
                pending.extend((label.name, lines[j]) for j in range(start, i) if (label := labels[j]) and lines[j])
            if lines[i]:
                gaps.append(tuple(pending))
                pending = []
            else:
                gaps.append(())
            start = i + 1
        return gaps

    def content(self) -> list[int]:
        """View positions of the non-blank lines."""
        return [k for k, line in enumerate(self.lines) if line]

    def label_each(self, found: Mapping[int, tuple[str, str]], rule: str) -> None:
        """Label the lines at view positions ``found`` (position -> (label, reason))."""
        if not found:
            return  # (most steps find nothing in most documents)
        indices = self.indices
        self.doc.label_each({indices[k]: value for k, value in found.items()}, rule)

    def label(self, positions: Iterable[int], name: str, rule: str, reason: str = "") -> None:
        indices = self.indices
        for k in positions:
            self.doc.label(indices[k], name, rule, reason)

    def edit(self, position: int, new_text: str, rule: str, detail: str = "") -> None:
        """Edit the line at view position ``position`` (the view's own copy follows)."""
        index = self.indices[position]
        self.doc.edit(index, new_text, rule, detail)
        if self.lines is not self.doc.lines:
            self.lines[position] = new_text
        if self._structure is not None:
            # (the structure read the document's features, which the edit has just updated)
            self._structure = self._structure.edited(position, self.doc.features[index])

    def between(self, first: int, last: int) -> list[Label]:
        """The labels of the document lines between view positions ``first`` and ``last``
        (exclusive; either may be -1 or ``len(lines)`` for the document's start or end):
        what other steps found standing between two lines of the view."""
        indices, labels = self.indices, self.doc.labels
        start = indices[first] + 1 if first >= 0 else 0
        stop = indices[last] if last < len(indices) else len(labels)
        found = []
        for i in range(start, stop):
            label = labels[i]
            if label is not None and label.name != "blank":
                found.append(label)
        return found
