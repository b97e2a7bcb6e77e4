"""Quality signals, a keep/drop filter and personal-data masking for training corpora.

>>> from vnnews_clean import QualityFilter, quality_signals
>>> QualityFilter().check(quality_signals("The quick brown fox jumps over the lazy dog.")).keep
False
"""

from .filter import DEFAULTS, REASONS, FilterDecision, QualityFilter
from .pii import mask_pii, mask_pii_document
from .signals import QualitySignals, quality_signals

__all__ = [
    "DEFAULTS",
    "REASONS",
    "FilterDecision",
    "QualityFilter",
    "QualitySignals",
    "mask_pii",
    "mask_pii_document",
    "quality_signals",
]
