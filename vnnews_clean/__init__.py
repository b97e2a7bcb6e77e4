"""Clean scraped Vietnamese news into article text.

>>> import vnnews_clean
>>> vnnews_clean.clean("Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\\nTin liên quan\\nMột tin khác")
'Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.'
"""

from . import cleaners
from ._native import accelerated
from .api import clean, clean_document
from .boilerplate import Boilerplate, BoilerplateError, learn_boilerplate
from .cleaners import *  # noqa: F403  (every cleaner is public API)
from .decoding import DecodingError, decode_bytes
from .dedup import ExactDeduplicator, NearDeduplicator
from .document import Document, LineLabel, Removal
from .html import ExtractedPage, NotHtmlError, clean_html, clean_html_document, extract_article
from .lines.labels import LABELS, Policy
from .normalize import detect_encoding_issues, fold_ascii, normalize
from .options import CleanOptions
from .pipeline import CleanResult, Pipeline
from .quality import FilterDecision, QualityFilter, QualitySignals, mask_pii, mask_pii_document, quality_signals

__version__ = "0.1.0"

__all__ = [
    "accelerated",
    "Boilerplate",
    "BoilerplateError",
    "CleanOptions",
    "CleanResult",
    "DecodingError",
    "NotHtmlError",
    "Document",
    "ExactDeduplicator",
    "ExtractedPage",
    "FilterDecision",
    "LABELS",
    "LineLabel",
    "NearDeduplicator",
    "Pipeline",
    "Policy",
    "QualityFilter",
    "QualitySignals",
    "Removal",
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
    *cleaners.__all__,
]
