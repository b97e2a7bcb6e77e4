"""Clean scraped Vietnamese news into article text.

>>> import vnnews_clean
>>> vnnews_clean.clean("Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\\nTin liên quan\\nMột tin khác")
'Tiêu đề bài\\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.'
"""

from .api import clean, clean_document
from .cleaners import (
    BylineCleaner,
    Cleaner,
    DuplicateCleaner,
    HtmlResidueCleaner,
    ImageCleaner,
    InlineRelatedCleaner,
    NavigationCleaner,
    Normalizer,
    RelatedBlockCleaner,
    RepeatedTitleCleaner,
    SourceTagCleaner,
    TitleCleaner,
    WhitespaceCleaner,
)
from .document import Document, Removal
from .normalize import normalize
from .options import CleanOptions
from .pipeline import CleanResult, Pipeline

__version__ = "0.1.0"

__all__ = [
    "BylineCleaner",
    "CleanOptions",
    "CleanResult",
    "Cleaner",
    "Document",
    "DuplicateCleaner",
    "HtmlResidueCleaner",
    "ImageCleaner",
    "InlineRelatedCleaner",
    "NavigationCleaner",
    "Normalizer",
    "Pipeline",
    "RelatedBlockCleaner",
    "Removal",
    "RepeatedTitleCleaner",
    "SourceTagCleaner",
    "TitleCleaner",
    "WhitespaceCleaner",
    "clean",
    "clean_document",
    "normalize",
]
