"""The command's training-data steps: quality signals, the quality filter, PII masking, de-duplication.

Order, per document: clean; signals of the clean text (``--signals``, also
computed for ``--filter``: the PII counts are of the text before masking);
the filter's verdict; PII masking (``--mask-pii``); then de-duplication of the
text as written (``--dedup``; an emptied document is never a duplicate).
Everything but the de-duplication decision runs in the worker processes;
that decision is taken in the main process in input order (keep-first), so
the output is the same whatever ``-j``.

Signals are written as flat fields named ``q_`` + the signal's name (JSON
Lines and Parquet alike): flat scalar columns filter easily, and in Parquet
their types are fixed from the :class:`QualitySignals` declaration, not
guessed from the first rows.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..dedup import ExactDeduplicator, NearDeduplicator, digest, minhash
from ..pipeline import CleanResult

PREFIX = "q_"  # signal fields in the output


@dataclass(frozen=True)
class QualityJob:
    """What the workers do besides cleaning (sent with every batch)."""

    signals: bool = False  # write the signals as q_* fields
    filter: bool = False  # drop documents the default QualityFilter rejects
    mask_pii: bool = False
    dedup: str | None = None  # "exact", "near" or None
    # the user's --paragraph-sep: the steps read the clean text one paragraph a line
    # (cleaned with "\n"), and this separator is put back after them
    paragraph_sep: str = "\n"

    @property
    def measures(self) -> bool:
        return self.signals or self.filter


@dataclass(frozen=True)
class Verdict:
    """A worker's findings on one document, for the main process."""

    reasons: tuple[str, ...] = ()  # why the filter drops it (empty: kept)
    key: int | bytes | None = None  # exact digest or near MinHash of the text as written
    pii: tuple[tuple[str, int], ...] = ()  # (kind, edits): one edit per line and kind masked


@functools.cache
def signal_names() -> tuple[str, ...]:
    """The output fields ``--signals`` adds, in declaration order (read once: every record is checked)."""
    from ..quality import QualitySignals

    return tuple(PREFIX + f.name for f in dataclasses.fields(QualitySignals))


def signal_types() -> dict[str, Any]:
    """The Arrow type of each signal field, from the annotations of :class:`QualitySignals`."""
    import pyarrow

    from ..quality import QualitySignals

    hints = typing.get_type_hints(QualitySignals)
    scalars = {int: pyarrow.int64(), float: pyarrow.float64(), bool: pyarrow.bool_(), str: pyarrow.string()}
    types = {}
    for f in dataclasses.fields(QualitySignals):
        hint = hints[f.name]
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        origin = typing.get_origin(hint)
        if hint in scalars:
            types[PREFIX + f.name] = scalars[hint]
        elif origin in (tuple, list, frozenset, set) and args and args[0] in scalars:
            types[PREFIX + f.name] = pyarrow.list_(scalars[args[0]])
        elif len(args) == 1 and args[0] in scalars:  # X | None
            types[PREFIX + f.name] = scalars[args[0]]
        else:
            types[PREFIX + f.name] = pyarrow.string()
    return types


@functools.cache
def _default_filter(kind: type) -> Any:
    """The default filter, made once per process (``kind``: QualityFilter, imported when first needed)."""
    return kind()


def assess(result: CleanResult, job: QualityJob) -> tuple[CleanResult, dict[str, Any] | None, Verdict]:
    """Signals, filter verdict, masking and de-duplication key of one cleaned document (in a worker).

    ``result`` was cleaned with one paragraph a line; the returned one has the job's separator."""
    signals = None
    reasons: tuple[str, ...] = ()
    if job.measures:
        from ..quality import QualityFilter, quality_signals

        measured = quality_signals(result.text, result)
        signals = measured.to_dict()
        if job.filter:
            decision = _default_filter(QualityFilter).check(measured)
            reasons = tuple(decision.reasons) if not decision.keep else ()
    if reasons:  # dropped: nothing more to do
        return result, signals, Verdict(reasons)
    pii: tuple[tuple[str, int], ...] = ()
    if job.mask_pii:
        from ..quality import mask_pii_document

        masked = mask_pii_document(result)  # text and title masked, edits appended to removed
        edits = masked.removed[len(result.removed) :]
        pii = tuple(Counter(r.detail for r in edits).items())
        result = masked
    key: int | bytes | None = None
    if job.dedup == "exact":
        key = digest(result.text)  # None for an emptied document: never a duplicate
    elif job.dedup == "near":
        key = minhash(result.text)  # None without a syllable
    if job.paragraph_sep != "\n":  # clean text holds "\n" only between paragraphs
        result = dataclasses.replace(result, text=result.text.replace("\n", job.paragraph_sep))
    return result, signals, Verdict((), key, pii)


class Gate:
    """The main process's decision on each document: written, or dropped (filtered, duplicate)."""

    def __init__(self, job: QualityJob) -> None:
        self.exact = ExactDeduplicator() if job.dedup == "exact" else None
        self.near = NearDeduplicator() if job.dedup == "near" else None
        self.order = 0

    def drop(self, verdict: Verdict | None, name: str) -> dict[str, Any] | None:
        """None to write the document; else why it is dropped (for the report). ``name``: its id."""
        if verdict is None:
            return None
        if verdict.reasons:
            return {"dropped": "filter", "reasons": list(verdict.reasons)}
        if self.exact is not None and isinstance(verdict.key, int) and self.exact.seen_digest(verdict.key):
            return {"dropped": "duplicate", "dedup": "exact"}
        if self.near is not None:
            self.order += 1
            first = self.near.match_minhash(verdict.key if isinstance(verdict.key, bytes) else None, (self.order, name))
            if first is not None:
                return {"dropped": "duplicate", "dedup": "near", "duplicate_of": first[1]}  # type: ignore[index]
        return None
