"""The document that cleaners work on, and the record of what they changed.

A :class:`Document` is a list of lines (blank lines included: they separate
paragraphs and cleaners read them) with the input line number of each, the
metadata found so far, and :attr:`Document.removed`, the audit trail. Cleaners
change a document only through :meth:`Document.drop` and :meth:`Document.edit`,
so nothing leaves the text without a rule name attached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


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


@dataclass
class Document:
    """Lines of one article being cleaned, with metadata and the audit trail."""

    lines: list[str]
    numbers: list[int]
    title: str | None = None
    author: str | None = None
    source: str | None = None
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # vnnews_clean.structure.Structure of ``lines``, shared by cleaners. drop and
    # edit keep it up to date (carrying the features of unchanged lines over); a
    # step that replaces ``lines`` itself makes it stale, and it is rebuilt.
    cached_structure: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Split on "\\n" (normalize first for other line breaks)."""
        lines = text.split("\n")
        return cls(lines=lines, numbers=list(range(1, len(lines) + 1)))

    def render(self, sep: str = "\n", *, keep_blank: bool = True) -> str:
        lines = self.lines if keep_blank else [line for line in self.lines if line]
        return sep.join(lines)

    def content(self) -> list[int]:
        """Indices of the non-blank lines."""
        return [i for i, line in enumerate(self.lines) if line]

    def drop(self, indices: Iterable[int], rule: str, detail: str = "") -> None:
        """Remove the lines at ``indices``, recording each non-blank one under ``rule``."""
        self.drop_each(dict.fromkeys(indices, detail), rule)

    def drop_each(self, details: Mapping[int, str], rule: str) -> None:
        """Remove the lines at the keys of ``details``, each with its own detail.

        One call removes all at once, so indices never shift under a cleaner.
        """
        if not details:
            return
        kept: list[int] = []
        for i, (line, number) in enumerate(zip(self.lines, self.numbers, strict=True)):
            if i in details:
                if line:
                    self.removed.append(Removal(rule, number, line, None, details[i]))
            else:
                kept.append(i)
        lines, numbers = self.lines, self.numbers
        structure = self.cached_structure
        self.lines, self.numbers = [lines[i] for i in kept], [numbers[i] for i in kept]
        if structure is not None and structure.lines is lines:
            # the features of the lines that stay are still true: carry them over
            self.cached_structure = structure.keep(kept, self.lines)

    def warn(self, message: str) -> None:
        """Note something about the whole input that the user should know (once per message)."""
        if message not in self.warnings:
            self.warnings.append(message)

    def edit(self, index: int, new_text: str, rule: str, detail: str = "") -> None:
        """Replace line ``index`` with ``new_text`` (a piece of it), recording the edit."""
        old = self.lines[index]
        if new_text == old:
            return
        self.removed.append(Removal(rule, self.numbers[index], old, new_text, detail))
        self.lines[index] = new_text
        structure = self.cached_structure
        if structure is not None:
            self.cached_structure = structure.edited(index) if structure.lines is self.lines else None
