"""One cleaner per noise family. Each has a stable rule name (``Cleaner.name``),
works alone as ``str -> str``, and composes in :class:`vnnews_clean.Pipeline`."""

from .base import Cleaner
from .boilerplate import BoilerplateCleaner
from .byline import BylineCleaner, SourceTagCleaner
from .dom import DomHintsCleaner
from .duplicates import DuplicateCleaner
from .fields import RecordFieldsCleaner
from .flattened import FlattenedCleaner
from .html_residue import HtmlResidueCleaner
from .images import ImageCleaner
from .inline import InlineRelatedCleaner
from .navigation import NavigationCleaner
from .normalizer import Normalizer
from .related import RelatedBlockCleaner
from .tail import TailCleaner
from .titles import HeadCleaner, RepeatedTitleCleaner, TitleCleaner
from .whitespace import WhitespaceCleaner

__all__ = [
    "BoilerplateCleaner",
    "BylineCleaner",
    "Cleaner",
    "DomHintsCleaner",
    "DuplicateCleaner",
    "FlattenedCleaner",
    "HeadCleaner",
    "HtmlResidueCleaner",
    "ImageCleaner",
    "InlineRelatedCleaner",
    "NavigationCleaner",
    "Normalizer",
    "RecordFieldsCleaner",
    "RelatedBlockCleaner",
    "RepeatedTitleCleaner",
    "SourceTagCleaner",
    "TailCleaner",
    "TitleCleaner",
    "WhitespaceCleaner",
]
