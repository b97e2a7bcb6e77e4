"""Clean scraped Vietnamese news into article text.

>>> import vnnews_clean
>>> vnnews_clean.clean("Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\\nTin liên quan\\nMột tin khác")
'Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.'

The names below are the entry points; each is imported when first used (PEP 562), so that
``import vnnews_clean`` and the command's ``--help`` do not load the whole library. The
cleaners (the steps of a :class:`Pipeline`) live in :mod:`vnnews_clean.cleaners`.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it (imported on first use)
_ENTRY_POINTS: dict[str, str] = {
    "accelerated": "._native",
    "clean": ".api",
    "clean_document": ".api",
    "Boilerplate": ".boilerplate",
    "BoilerplateError": ".boilerplate",
    "learn_boilerplate": ".boilerplate",
    "DecodingError": ".decoding",
    "decode_bytes": ".decoding",
    "ExactDeduplicator": ".dedup",
    "NearDeduplicator": ".dedup",
    "Document": ".document",
    "LineLabel": ".document",
    "Removal": ".document",
    "CleanResult": ".document",
    "ExtractedPage": ".html",
    "NotHtmlError": ".html",
    "clean_html": ".html",
    "clean_html_document": ".html",
    "extract_article": ".html",
    "LABELS": ".lines.labels",
    "Policy": ".lines.labels",
    "detect_encoding_issues": ".normalization",
    "fold_ascii": ".normalization",
    "normalize": ".normalization",
    "CleanOptions": ".options",
    "Pipeline": ".pipeline",
    "FilterDecision": ".quality",
    "QualityFilter": ".quality",
    "QualitySignals": ".quality",
    "mask_pii": ".quality",
    "mask_pii_document": ".quality",
    "quality_signals": ".quality",
}

__all__ = [
    "LABELS",
    "Boilerplate",
    "BoilerplateError",
    "CleanOptions",
    "CleanResult",
    "DecodingError",
    "Document",
    "ExactDeduplicator",
    "ExtractedPage",
    "FilterDecision",
    "LineLabel",
    "NearDeduplicator",
    "NotHtmlError",
    "Pipeline",
    "Policy",
    "QualityFilter",
    "QualitySignals",
    "Removal",
    "accelerated",
    "clean",
    "clean_document",
    "clean_html",
    "clean_html_document",
    "decode_bytes",
    "detect_encoding_issues",
    "extract_article",
    "fold_ascii",
    "learn_boilerplate",
    "mask_pii",
    "mask_pii_document",
    "normalize",
    "quality_signals",
]  # the keys of _ENTRY_POINTS (tests/test_layers.py holds them equal)


def __getattr__(name: str) -> Any:
    """An entry point, imported on first use; a cleaner class with a DeprecationWarning."""
    module = _ENTRY_POINTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # (a later lookup finds it without this function)
        return value
    cleaners = importlib.import_module(".cleaners", __name__)  # (only for a name not found above)
    if (
        name in cleaners.__all__ or name in cleaners.RENAMED
    ):  # a cleaner class: reachable here as before, but no longer the top level's API
        warnings.warn(
            f"vnnews_clean.{name} moved to vnnews_clean.cleaners.{name}; the top-level name will go",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(cleaners, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_ENTRY_POINTS})


if TYPE_CHECKING:  # what type checkers and IDEs see: the same names, imported eagerly
    from ._native import accelerated
    from .api import clean, clean_document
    from .boilerplate import Boilerplate, BoilerplateError, learn_boilerplate
    from .decoding import DecodingError, decode_bytes
    from .dedup import ExactDeduplicator, NearDeduplicator
    from .document import CleanResult, Document, LineLabel, Removal
    from .html import ExtractedPage, NotHtmlError, clean_html, clean_html_document, extract_article
    from .lines.labels import LABELS, Policy
    from .normalization import detect_encoding_issues, fold_ascii, normalize
    from .options import CleanOptions
    from .pipeline import Pipeline
    from .quality import FilterDecision, QualityFilter, QualitySignals, mask_pii, mask_pii_document, quality_signals
