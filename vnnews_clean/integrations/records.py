"""One document's cleaning as plain values: what every engine integration does per record.

The steps are the command's own (its HTML path, its cached pipelines, its
quality steps ``assess``), in the order its runner takes them, so an engine
gives what the command writes for the same record.

A :class:`RecordConfig` is small and picklable, so it travels to workers
(datatrove tasks, ``datasets`` processes, Spark executors) as is; each worker
builds its pipeline once (:func:`vnnews_clean.api._pipeline` is cached per
options).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from .._extras import install_hint
from .._validate import check_field_types, require_str
from ..api import _pipeline
from ..command.html import clean_page
from ..command.quality import PREFIX, QualityJob, assess
from ..command.sources import looks_like_html
from ..fields import EMPTY, META_FIELDS, NULL, no_text_reason
from ..options import CleanOptions

__all__ = ["EMPTY", "META_FIELDS", "NULL", "CleanedRecord", "RecordConfig", "clean_record", "engine_missing"]


def engine_missing(module: str, needs: str, extra: str, error: ImportError) -> ImportError:
    """The error an engine module raises when its engine, or something the engine imports, is missing."""
    return ImportError(f"{module} needs {needs}: {install_hint(extra)} ({error})")


@dataclass(frozen=True)
class RecordConfig:
    """What to do to each document, besides cleaning it with ``options``.

    - ``markup``: "text" (scraped text), "html" (a page) or "auto" (a page if it looks like one).
    - ``signals``: compute :func:`vnnews_clean.quality_signals` of the clean text.
    - ``filter``: judge with the default :class:`vnnews_clean.QualityFilter` (signals are computed for it).
    - ``mask_pii``: mask e-mails, phone numbers and URLs in the clean text.
    """

    options: CleanOptions = field(default_factory=CleanOptions)
    markup: str = "text"
    signals: bool = False
    filter: bool = False
    mask_pii: bool = False

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
        **options: Any,
    ) -> RecordConfig:
        """Cleaning options as for :func:`vnnews_clean.clean`, plus this class's own."""
        return cls(CleanOptions.from_kwargs(**options), markup, signals, filter, mask_pii)

    @cached_property  # made once per config, not per record
    def quality(self) -> QualityJob | None:
        if not (self.signals or self.filter or self.mask_pii):
            return None
        return QualityJob(
            signals=self.signals, filter=self.filter, mask_pii=self.mask_pii, paragraph_sep=self.options.paragraph_sep
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
    html = config.markup == "html" or (config.markup == "auto" and looks_like_html(raw))
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
