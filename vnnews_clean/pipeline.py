"""An ordered list of named cleaning steps, and the result of running it."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import cleaners as c
from ._validate import require_str
from .cleaners import Cleaner
from .document import Document, Removal
from .normalize import fix_line_breaks
from .options import CleanOptions

Step = Cleaner | Callable[[str], str]


@dataclass(frozen=True)
class CleanResult:
    """Clean text plus what was learnt and removed on the way."""

    text: str
    title: str | None
    author: str | None
    source: str | None
    removed: tuple[Removal, ...]
    # what the user should know about the input as a whole (an HTML page given as text)
    warnings: tuple[str, ...] = ()
    # the date the page states it was published (HTML input: meta tags, JSON-LD, <time>), as written there
    published: str | None = None

    def __str__(self) -> str:
        return self.text

    def removed_by(self, rule: str) -> list[Removal]:
        return [r for r in self.removed if r.rule == rule]


class FunctionStep(Cleaner):
    """A user's ``str -> str`` function as a pipeline step.

    Lines the function drops or changes are recorded under its name, matched
    with difflib.
    """

    def __init__(self, function: Callable[[str], str], name: str | None = None) -> None:
        self.function = function
        self.name = name or getattr(function, "name", None) or getattr(function, "__name__", "custom")

    def apply(self, doc: Document) -> None:
        before = doc.render()
        after = self.function(before)
        require_str(after, f"result of step {self.name!r}")
        if after == before:
            return
        old, new = doc.lines, fix_line_breaks(after).split("\n")
        numbers: list[int] = []
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                numbers.extend(doc.numbers[i1:i2])
                continue
            for i in range(i1, i2):
                if old[i]:
                    kept = new[j1 + i - i1] if op == "replace" and i - i1 < j2 - j1 else None
                    doc.removed.append(Removal(self.name, doc.numbers[i], old[i], kept))
            anchor = doc.numbers[i1] if i1 < len(doc.numbers) else (doc.numbers[-1] if doc.numbers else 1)
            numbers.extend([anchor] * (j2 - j1))
        doc.lines, doc.numbers = new, numbers


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

    ``settle`` names steps whose removals move where the article ends (the
    tail and the closing byline): a byline taken with text after it brings
    the lines around it together, and the zones found before no longer hold.
    While a round of these steps removes a line that has text after it, they
    run again (in pipeline order), so a second clean finds nothing more.
    """

    # rounds after the first: each removes lines, so few are ever needed
    SETTLE_MAX_ROUNDS = 3

    def __init__(self, steps: Iterable[Step], *, paragraph_sep: str = "\n", settle: Iterable[str] = ()) -> None:
        self.steps: tuple[Cleaner, ...] = tuple(_as_step(s) for s in steps)
        self.paragraph_sep = paragraph_sep
        names = self.names
        if len(set(names)) != len(names):
            raise ValueError(f"step names must be unique: {names}")
        self.settle: tuple[str, ...] = tuple(settle)
        for name in self.settle:
            self[name]  # raises KeyError for a typo

    @classmethod
    def default(cls, **options: Any) -> Pipeline:
        """The standard pipeline; options as for :func:`vnnews_clean.clean`."""
        return cls.from_options(CleanOptions.from_kwargs(**options))

    @classmethod
    def from_options(cls, options: CleanOptions) -> Pipeline:
        return cls(
            [
                c.Normalizer(options.tone_style),
                *([c.BoilerplateCleaner(options.boilerplate)] if options.boilerplate is not None else []),
                # line-local noise first, so the title is found among what remains
                c.HtmlResidueCleaner(),
                c.NavigationCleaner(),
                c.RelatedBlockCleaner(),
                c.InlineRelatedCleaner(),
                c.TitleCleaner(),
                c.HeadCleaner(),
                c.ImageCleaner(keep_captions=options.keep_captions),
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
            settle=(c.TailCleaner.name, c.BylineCleaner.name),
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
            settle=[name for name in self.settle if name not in names],
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
        return Pipeline(steps, paragraph_sep=self.paragraph_sep, settle=self.settle)

    def run(self, text: str) -> CleanResult:
        """Clean ``text`` and report how."""
        require_str(text, "text")
        doc = Document.from_text(fix_line_breaks(text))
        for step in self.steps:
            step.apply(doc)
        if self.settle:
            self._settle(doc)
        return CleanResult(
            text=doc.render(self.paragraph_sep, keep_blank=False),
            title=doc.title,
            author=doc.author,
            source=doc.source,
            removed=tuple(doc.removed),
            warnings=tuple(doc.warnings),
        )

    def _settle(self, doc: Document) -> None:
        """Runs the :attr:`settle` steps again while a round of them removed a line with text after it."""
        settling = [step for step in self.steps if step.name in self.settle]
        names = {step.name for step in settling}
        seen = 0  # removals of the settle steps looked at so far
        for _ in range(self.SETTLE_MAX_ROUNDS):
            mine = [r.line for r in doc.removed if r.rule in names]
            if len(mine) == seen:
                return
            last = next((n for n, line in zip(reversed(doc.numbers), reversed(doc.lines), strict=True) if line), 0)
            if not any(number < last for number in mine[seen:]):
                return
            seen = len(mine)
            for step in settling:
                step.apply(doc)

    def __call__(self, text: str) -> str:
        return self.run(text).text
