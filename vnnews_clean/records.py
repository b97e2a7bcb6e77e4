"""One record's work, shared by the ``vnnews-clean`` command and every engine integration.

A document is read as HTML or as text (:func:`document_of`, :func:`clean_page`), cleaned,
then assessed (:func:`assess`): quality signals of the clean text, the quality filter's verdict,
PII masking and a de-duplication key, in that order. The command's workers and the engines'
(datatrove, ``datasets``, Spark: :func:`clean_record`) call the same functions, so an engine
gives what the command writes for the same record. Below both: neither the command nor an
engine adapter is imported here.

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
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ._validate import check_field_types, require_str
from .api import _pipeline
from .dedup import ExactDeduplicator, NearDeduplicator, digest, signature
from .fields import EMPTY, META_FIELDS, NULL, no_text_reason
from .html import ExtractedPage, clean_html_document, decode_html, extract_article, looks_like_markup
from .options import CleanOptions
from .pipeline import CleanResult

__all__ = [
    "EMPTY",
    "META_FIELDS",
    "NULL",
    "PREFIX",
    "CleanedRecord",
    "Gate",
    "QualityJob",
    "RecordConfig",
    "Verdict",
    "assess",
    "clean_page",
    "clean_record",
    "document_of",
    "signal_names",
    "signal_types",
]


def clean_page(html: str | bytes, options: CleanOptions, url: Any = None, encoding: str | None = None) -> CleanResult:
    """The CleanResult of one page. ``url`` (a record's ``url`` field) helps tell the site name
    from the title; ``encoding`` (``--encoding``) overrides detection for bytes."""
    return clean_html_document(
        html,
        keep_captions=options.keep_captions,
        keep_byline=options.keep_byline,
        tone_style=options.tone_style,
        paragraph_sep=options.paragraph_sep,
        boilerplate=options.boilerplate,
        url=url if isinstance(url, str) else None,
        encoding=encoding if isinstance(html, bytes) else None,
    )


def article_of(html: str | bytes, url: Any = None, encoding: str | None = None) -> ExtractedPage:
    """The article's lines as the text cleaners get them (for ``--explain`` and learning boilerplate)."""
    return extract_article(
        html, url=url if isinstance(url, str) else None, encoding=encoding if isinstance(html, bytes) else None
    )


def document_of(text: str, page: bytes | None, markup: str, encoding: str | None) -> tuple[str, bool]:
    """A document's text (a page's bytes decoded: BOM, UTF-8, Windows-1258, ``<meta charset>``, or
    ``encoding``; DecodingError for binary data), and whether to read it as HTML: always under markup
    "html" (``--format html``), under "auto" when it looks like markup, never under "text"."""
    if page is not None:
        text = decode_html(page, encoding)[0]
    return text, markup == "html" or (markup == "auto" and looks_like_markup(text))


PREFIX = "q_"  # signal fields in the output


@dataclass(frozen=True)
class QualityJob:
    """What the workers do besides cleaning (sent with every batch)."""

    signals: bool = False  # write the signals as q_* fields
    filter: bool = False  # drop documents the default QualityFilter rejects
    mask_pii: bool = False
    dedup: str | None = None  # "exact", "near" or None
    language: bool = False  # also identify the language (q_language, q_language_score; the filter's language check)
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
    from .quality import QualitySignals

    return tuple(PREFIX + f.name for f in dataclasses.fields(QualitySignals))


def signal_types() -> dict[str, Any]:
    """The Arrow type of each signal field, from the annotations of :class:`QualitySignals`."""
    import pyarrow

    from .quality import QualitySignals

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
        from .quality import QualityFilter, quality_signals

        measured = quality_signals(result.text, result, language=job.language)
        signals = measured.to_dict()
        if job.filter:
            decision = _default_filter(QualityFilter).check(measured)
            reasons = tuple(decision.reasons) if not decision.keep else ()
    if reasons:  # dropped: nothing more to do
        return result, signals, Verdict(reasons)
    pii: tuple[tuple[str, int], ...] = ()
    if job.mask_pii:
        from .quality import mask_pii_document

        masked = mask_pii_document(result)  # text and title masked, edits appended to removed
        edits = masked.removed[len(result.removed) :]
        pii = tuple(Counter(r.detail for r in edits).items())
        result = masked
    key: int | bytes | None = None
    if job.dedup == "exact":
        key = digest(result.text)  # None for an emptied document: never a duplicate
    elif job.dedup == "near":
        key = signature(result.text)  # None without a syllable
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
            first = self.near.match_signature(
                verdict.key if isinstance(verdict.key, bytes) else None, (self.order, name)
            )
            if first is not None:
                return {"dropped": "duplicate", "dedup": "near", "duplicate_of": first[1]}  # type: ignore[index]
        return None


@dataclass(frozen=True)
class RecordConfig:
    """What to do to each document, besides cleaning it with ``options``.

    - ``markup``: "text" (scraped text), "html" (a page) or "auto" (a page if it looks like one).
    - ``signals``: compute :func:`vnnews_clean.quality_signals` of the clean text.
    - ``filter``: judge with the default :class:`vnnews_clean.QualityFilter` (signals are computed for it).
    - ``mask_pii``: mask e-mails, phone numbers and URLs in the clean text.
    - ``language``: with ``signals`` or ``filter``, also identify the language (the ``language``
      extra): the ``language`` and ``language_score`` signals, and the filter's
      ``not_vietnamese_language`` check; without it both signals are None and the check is off.
    """

    options: CleanOptions = field(default_factory=CleanOptions)
    markup: str = "text"
    signals: bool = False
    filter: bool = False
    mask_pii: bool = False
    language: bool = False

    def __post_init__(self) -> None:
        check_field_types(self)  # signals="no" is no answer: a TypeError naming the option
        if self.markup not in ("text", "html", "auto"):
            raise ValueError(f"markup must be 'text', 'html' or 'auto', not {self.markup!r}")

    @classmethod
    def from_kwargs(
        cls,
        *,
        markup: str = "text",
        signals: bool = False,
        filter: bool = False,
        mask_pii: bool = False,
        language: bool = False,
        **options: Any,
    ) -> RecordConfig:
        """Cleaning options as for :func:`vnnews_clean.clean`, plus this class's own."""
        return cls(CleanOptions.from_kwargs(**options), markup, signals, filter, mask_pii, language)

    @cached_property  # made once per config, not per record
    def quality(self) -> QualityJob | None:
        if not (self.signals or self.filter or self.mask_pii):
            return None
        return QualityJob(
            signals=self.signals,
            filter=self.filter,
            mask_pii=self.mask_pii,
            language=self.language,
            paragraph_sep=self.options.paragraph_sep,
        )

    @cached_property
    def cleaning_options(self) -> CleanOptions:
        """``options``, but one paragraph a line when the quality steps run (they put the separator back)."""
        if self.quality is not None and self.options.paragraph_sep != "\n":
            return replace(self.options, paragraph_sep="\n")
        return self.options


@dataclass(frozen=True)
class CleanedRecord:
    """The clean text of one document, its metadata, and what happened to it."""

    text: str
    title: str | None
    author: str | None
    source: str | None
    published: str | None
    dropped: dict[str, int]  # rule -> lines it removed
    signals: dict[str, Any] | None = None  # with ``signals`` or ``filter``
    reasons: tuple[str, ...] = ()  # why the filter drops it (empty: it passes)
    no_text: str | None = None  # "null": the record had no text; "empty": cleaning left none (None: there is text)

    @property
    def keep(self) -> bool:
        """False when there is no clean text (null or emptied) or the filter drops the document."""
        return bool(self.text) and not self.reasons

    def metadata(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in META_FIELDS}

    def drop_reasons(self) -> list[str]:
        """Why the document is dropped: ``["null"]`` when it had no text, ``["empty"]`` when cleaning
        left none, else the filter's reasons (none when it is kept)."""
        return [self.no_text or EMPTY] if not self.text else list(self.reasons)

    def signal_fields(self) -> dict[str, Any]:
        """The signals as the command writes them: ``q_<name>``, sequences as lists (none unless measured)."""
        if self.signals is None:
            return {}
        return {
            PREFIX + name: list(value) if isinstance(value, tuple) else value for name, value in self.signals.items()
        }


def clean_record(text: str | None, config: RecordConfig | None = None, url: str | None = None) -> CleanedRecord:
    """Clean one document as the command cleans one record (``url`` helps tell a page's site name).

    A null text (None) is a document with nothing to clean, not an error: it comes back
    without text, ``no_text`` "null" (one cleaned to nothing: "empty"), as every engine reports it.
    """
    config = config or _DEFAULT
    raw = "" if text is None else text
    require_str(raw)
    html = config.markup == "html" or (config.markup == "auto" and looks_like_markup(raw))
    options = config.cleaning_options
    result = clean_page(raw, options, url) if html else _pipeline(options).run(raw)
    signals = None
    reasons: tuple[str, ...] = ()
    if config.quality is not None:
        result, signals, verdict = assess(result, config.quality)
        reasons = verdict.reasons
    dropped = dict(Counter(r.rule for r in result.removed if not r.is_edit))
    return CleanedRecord(
        result.text,
        result.title,
        result.author,
        result.source,
        result.published,
        dropped,
        signals,
        reasons,
        no_text_reason(text is None, result.text),
    )


_DEFAULT = RecordConfig()
