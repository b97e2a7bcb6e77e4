"""One cleaner per noise family. Each has a stable rule name (``Cleaner.name``),
works alone as ``str -> str``, and composes in :class:`vnnews_clean.Pipeline`."""

import warnings
from typing import Any

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
from .normalizer import NormalizeCleaner
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
    "NormalizeCleaner",
    "RecordFieldsCleaner",
    "RelatedBlockCleaner",
    "RepeatedTitleCleaner",
    "SourceTagCleaner",
    "TailCleaner",
    "TitleCleaner",
    "WhitespaceCleaner",
]

# Old names of renamed classes: still reachable, with a DeprecationWarning.
RENAMED = {"Normalizer": "NormalizeCleaner"}


def __getattr__(name: str) -> Any:
    new = RENAMED.get(name)
    if new is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(f"vnnews_clean.cleaners.{name} is now {new}; the old name will go", DeprecationWarning, stacklevel=2)
    return globals()[new]
