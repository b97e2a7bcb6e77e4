"""An ordered list of named cleaning steps, and the result of running it."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, cast

from . import cleaners as c
from ._validate import require_str
from .cleaners import Cleaner
from .document import CleanResult, Document, Label, LineLabel, Removal
from .lines.article import label_article
from .lines.labels import Policy
from .normalization import fix_line_breaks
from .options import CleanOptions

Step = Cleaner | Callable[[str], str]
__all__ = ["CleanResult", "FunctionStep", "LineLabels", "Pipeline", "Step", "result_of"]


class FunctionStep(Cleaner):
    """A user's ``str -> str`` function as a pipeline step.

    It gets the text of the lines no step has labelled yet. Lines the function
    drops are labelled ``dropped`` under its name, lines it changes are
    recorded as edits, matched with difflib; lines it adds are inserted.
    """

    def __init__(self, function: Callable[[str], str], name: str | None = None) -> None:
        self.function = function
        # (getattr gives Any | None: the chain ends on __name__, or "custom" without one)
        self.name = cast(str, name or getattr(function, "name", None) or getattr(function, "__name__", "custom"))

    def apply(self, doc: Document) -> None:
        view = doc.view()
        before = "\n".join(view.lines)
        after = self.function(before)
        require_str(after, f"result of step {self.name!r}")
        if after == before:
            return
        old, new = view.lines, fix_line_breaks(after).split("\n")
        inserted: dict[int, list[str]] = {}  # document index -> lines the function put before it
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            for i in range(i1, i2):
                if i - i1 < j2 - j1 and op == "replace":
                    view.edit(i, new[j1 + i - i1], self.name)
                else:
                    view.label([i], "dropped" if old[i] else "blank", self.name)
            extra = new[j1 + (i2 - i1) : j2] if op in ("replace", "insert") else []
            if extra:
                at = view.indices[i2] if i2 < len(view.indices) else len(doc.lines)
                inserted.setdefault(at, []).extend(extra)
        if inserted:
            _insert(doc, inserted)


def _insert(doc: Document, inserted: dict[int, list[str]]) -> None:
    """Put the lines of ``inserted`` before each document index (numbered as the line they stand before)."""
    lines: list[str] = []
    numbers: list[int] = []
    labels: list[Label | None] = []
    last = doc.numbers[-1] if doc.numbers else 1
    for i in range(len(doc.lines) + 1):
        extra = inserted.get(i, ())
        number = doc.numbers[i] if i < len(doc.numbers) else last
        lines.extend(extra)
        numbers.extend([number] * len(extra))
        labels.extend([None] * len(extra))
        if i < len(doc.lines):
            lines.append(doc.lines[i])
            numbers.append(doc.numbers[i])
            labels.append(doc.labels[i])
    doc.replace_lines(lines, numbers, labels)


def _as_step(step: Step) -> Cleaner:
    if isinstance(step, Cleaner):
        return step
    if callable(step):
        return FunctionStep(step)
    raise TypeError(f"a pipeline step must be a Cleaner or a str -> str callable, not {type(step).__name__}")


class Pipeline:
    """Named steps run in order over one document.

    ``pipeline(text)`` returns clean text; ``pipeline.run(text)`` returns a
    :class:`CleanResult` with metadata and every removal. Pipelines are
    immutable: :meth:`without`, :meth:`with_step` return new ones.
    """

    def __init__(
        self,
        steps: Iterable[Step],
        *,
        paragraph_sep: str = "\n",
        policy: Policy | None = None,
    ) -> None:
        self.steps: tuple[Cleaner, ...] = tuple(_as_step(s) for s in steps)
        self._reading_again = tuple(map(_reads_again, self.steps))  # which steps read again (see run)
        self.paragraph_sep = paragraph_sep
        # which labels stay in the text; by default what the steps' own options say
        self.policy = policy if policy is not None else Policy.of_steps(self.steps)
        names = self.names
        if len(set(names)) != len(names):
            raise ValueError(f"step names must be unique: {names}")

    @classmethod
    def default(cls, **options: Any) -> Pipeline:
        """The standard pipeline; options as for :func:`vnnews_clean.clean`."""
        return cls.from_options(CleanOptions.from_kwargs(**options))

    @classmethod
    def from_options(cls, options: CleanOptions) -> Pipeline:
        return cls(
            [
                c.NormalizeCleaner(options.tone_style),
                *([c.BoilerplateCleaner(options.boilerplate)] if options.boilerplate is not None else []),
                # line-local noise first, so the title is found among what remains; markup before the flattened
                # step, which then reads a page's text in one line as text (a second run would)
                c.HtmlResidueCleaner(),
                c.FlattenedCleaner(),
                c.DomHintsCleaner(),
                c.RecordFieldsCleaner(),
                c.NavigationCleaner(),
                c.RelatedBlockCleaner(),
                c.InlineRelatedCleaner(),
                c.TitleCleaner(),
                # images and their captions first: the head's chrome is what is left around the title
                c.ImageCleaner(keep_captions=options.keep_captions),
                c.HeadCleaner(),
                c.RepeatedTitleCleaner(),
                # before duplicates: a lead that opens "(Dân trí) - " is compared without its tag,
                # as a second run would see it
                c.SourceTagCleaner(),
                c.DuplicateCleaner(),
                # after every step that may drop prose, so the zones are final and a
                # second run finds the same tail
                c.TailCleaner(),
                # the closing lines are final only now
                c.BylineCleaner(keep_byline=options.keep_byline),
                c.WhitespaceCleaner(),
            ],
            paragraph_sep=options.paragraph_sep,
            policy=options.policy(),
        )

    @property
    def names(self) -> list[str]:
        return [step.name for step in self.steps]

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, name: str) -> Cleaner:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(f"no step named {name!r}; steps: {self.names}")

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        for name in names:
            self[name]  # raises KeyError for a typo
        return Pipeline(
            [s for s in self.steps if s.name not in names],
            paragraph_sep=self.paragraph_sep,
            policy=self.policy,
        )

    def with_step(self, step: Step, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """A copy with ``step`` added: before or after a named step, else at the end
        (just before the final whitespace step when there is one)."""
        new = _as_step(step)
        steps = list(self.steps)
        if before is not None and after is not None:
            raise ValueError("give before or after, not both")
        if before is not None:
            position = steps.index(self[before])
        elif after is not None:
            position = steps.index(self[after]) + 1
        else:
            position = len(steps) - 1 if steps and steps[-1].name == c.WhitespaceCleaner.name else len(steps)
        steps.insert(position, new)
        return Pipeline(steps, paragraph_sep=self.paragraph_sep, policy=self.policy)

    def run(self, text: str, *, hints: Sequence[str | None] | None = None) -> CleanResult:
        """Clean ``text`` and report how. ``hints``: what an HTML page's DOM said of each line
        (see :attr:`vnnews_clean.ExtractedPage.hints`), read by the ``dom`` step."""
        require_str(text, "text")
        doc = Document.from_text(fix_line_breaks(text))
        if hints is not None and len(hints) == len(doc.lines):
            doc.hints = list(hints)
        labelled: list[tuple[Cleaner, int]] = []  # each step that reads again, lines labelled before it
        for step, reads_again in zip(self.steps, self._reading_again, strict=True):
            if reads_again:
                labelled.append((step, doc.labelled()))
            step.apply(doc)
        # one second reading, as a second run would read the text: what the step itself or a later
        # one takes may change its answer (a copy right after its print once a teaser goes, a block
        # printed twice once the lead's copy between goes, a line last once the copy after it goes).
        # The steps that look again do, once and in order, when a line was taken from their start on.
        total = doc.labelled() if labelled else 0
        for step, done in labelled:
            if done < total:
                step.second_reading(doc)
        return result_of(doc, self.policy, self.paragraph_sep)

    def __call__(self, text: str) -> str:
        return self.run(text).text


def _reads_again(step: Cleaner) -> bool:
    """The step looks again once every step has labelled (see :meth:`Cleaner.second_reading`)."""
    return type(step).second_reading is not Cleaner.second_reading


class LineLabels(Sequence[LineLabel]):
    """The label of every input line of a result (see :class:`~vnnews_clean.LineLabel`), made
    when first read: most callers want the text alone, and a record per line costs."""

    __slots__ = ("_kept", "_labels", "_lines", "_made", "_numbers")

    def __init__(self, lines: list[str], numbers: list[int], labels: list[Label], kept: list[bool]) -> None:
        self._lines, self._numbers, self._labels, self._kept = lines, numbers, labels, kept
        self._made: tuple[LineLabel, ...] | None = None

    def _all(self) -> tuple[LineLabel, ...]:
        made = self._made
        if made is None:
            rows = zip(self._numbers, self._labels, self._lines, self._kept, strict=True)
            made = self._made = tuple(
                LineLabel(number, label.name, label.rule, label.reason, line, keep)
                for number, label, line, keep in rows
            )
        return made

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._labels)

    def __iter__(self) -> Iterator[LineLabel]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._all())


class _Keeps(dict[str, bool]):
    """A policy's answer per label name, asked once per name (``keeps[name]``)."""

    def __init__(self, policy: Policy) -> None:
        super().__init__()
        self.policy = policy

    def __missing__(self, name: str) -> bool:
        keep = self[name] = self.policy.keeps(name)
        return keep


@lru_cache(maxsize=64)
def _keeps_of(policy: Policy) -> _Keeps:
    """The answers of one policy, shared by every document it decides (a policy never changes them)."""
    return _Keeps(policy)


def result_of(doc: Document, policy: Policy, paragraph_sep: str = "\n") -> CleanResult:
    """The text the policy keeps of a labelled document, every line's label, and what was removed."""
    label_article(doc)
    keeps = _keeps_of(policy)
    lines, numbers = doc.lines, doc.numbers
    labels = cast(list[Label], doc.labels)  # label_article labels every line left
    # (list passes rather than one loop with its branches: most lines are kept)
    kept_flags = [keeps[label.name] for label in labels]
    kept = [line for line, keep in zip(lines, kept_flags, strict=True) if keep and line]
    drops = (
        [
            Removal(label.rule, number, line, None, label.reason)
            for line, number, label, keep in zip(lines, numbers, labels, kept_flags, strict=True)
            if not keep and line
        ]
        if False in kept_flags
        else []
    )
    # edits and drops in input order; a line's edits before its drop
    removed = sorted([*doc.edits, *drops], key=_LINE) if doc.edits else drops
    if teasers_only(kept):
        doc.warn(TEASERS_ONLY)
    return CleanResult(
        text=paragraph_sep.join(kept),
        title=doc.title,
        author=doc.author,
        source=doc.source,
        removed=tuple(removed),
        warnings=tuple(doc.warnings),
        labels=LineLabels(doc.lines, doc.numbers, doc.labels, kept_flags),  # type: ignore[arg-type]
    )


TEASERS_ONLY = "the text is teasers cut short ('...'), each of another article: a home or section page, no article"
# Teasers of a listing: this many lines at least, each cut short.
TEASERS_MIN_LINES = 2


def teasers_only(lines: Sequence[str]) -> bool:
    """Every line is cut short with an ellipsis, as a listing prints the leads of its articles (a home or section
    page); an article's paragraphs end their sentences. (The first line that does ends the check.)"""
    return len(lines) >= TEASERS_MIN_LINES and all(line.rstrip().endswith(("...", "…")) for line in lines)


def _line(removal: Removal) -> int:
    return removal.line


_LINE = _line
