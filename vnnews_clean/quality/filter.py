"""Keep or drop a document by its :class:`QualitySignals`, with named reasons.

The defaults are for Vietnamese news after :func:`vnnews_clean.clean`; see
``docs/quality-signals.md`` for how each was measured on baomoi-500 and on
junk (English, Chinese, mojibake, TCVN3, repeated lines). Every threshold can
be overridden by keyword; None switches a check off.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .signals import QualitySignals

# threshold name -> default value, chosen on baomoi-500 after clean() (see
# docs/quality-signals.md for the histograms): each keeps every article, or all
# but the 1 % at the edge, while English, Chinese, mojibake and TCVN3 text fail
# the syllable-share, diacritic or encoding checks by a wide margin. "min_*" drops a document whose signal is
# below the value, "max_*" one whose signal is above it.
DEFAULTS: MappingProxyType[str, float | int | None] = MappingProxyType(
    {
        "min_syllables": 50,
        "max_syllables": 100_000,
        "min_mean_syllables_per_paragraph": 10.0,
        "min_vietnamese_syllable_share": 0.6,
        "min_diacritic_share": 0.15,
        "max_digit_share": 0.2,
        "max_uppercase_share": 0.25,
        "max_punctuation_share": 0.12,
        "max_duplicate_line_fraction": 0.3,
        "max_duplicate_line_char_fraction": 0.2,
        "max_duplicate_paragraph_fraction": 0.3,
        "max_duplicate_paragraph_char_fraction": 0.2,
        "max_top_2gram_char_fraction": 0.2,
        "max_top_3gram_char_fraction": 0.22,
        "max_top_4gram_char_fraction": 0.25,
        "max_duplicate_sentence_char_fraction": 0.3,
        "min_sentence_end_share": 0.1,
        "max_boilerplate_share": None,
        "max_encoding_issues": 0,
        "max_unrepaired_lines": 0,
        "max_pii": 10,
        "min_language_score": 0.5,
    }
)

# threshold name -> the reason a failing document is dropped for (stable names)
REASONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "min_syllables": "too_short",
        "max_syllables": "too_long",
        "min_mean_syllables_per_paragraph": "short_paragraphs",
        "min_vietnamese_syllable_share": "not_vietnamese",
        "min_diacritic_share": "few_diacritics",
        "max_digit_share": "too_many_digits",
        "max_uppercase_share": "too_much_uppercase",
        "max_punctuation_share": "too_much_punctuation",
        "max_duplicate_line_fraction": "duplicate_lines",
        "max_duplicate_line_char_fraction": "duplicate_line_chars",
        "max_duplicate_paragraph_fraction": "duplicate_paragraphs",
        "max_duplicate_paragraph_char_fraction": "duplicate_paragraph_chars",
        "max_top_2gram_char_fraction": "repeated_2grams",
        "max_top_3gram_char_fraction": "repeated_3grams",
        "max_top_4gram_char_fraction": "repeated_4grams",
        "max_duplicate_sentence_char_fraction": "duplicate_sentences",
        "min_sentence_end_share": "few_sentence_ends",
        "max_boilerplate_share": "mostly_boilerplate",
        "max_encoding_issues": "encoding_issues",
        "max_unrepaired_lines": "unrepaired_lines",
        "max_pii": "too_much_pii",
        "min_language_score": "not_vietnamese_language",
    }
)


@dataclass(frozen=True)
class FilterDecision:
    """Whether to keep a document, and the names of the checks it failed (in ``REASONS`` order)."""

    keep: bool
    reasons: tuple[str, ...] = ()


def _value(signals: QualitySignals, name: str) -> float | None:
    """The signal a threshold applies to."""
    if name == "max_encoding_issues":
        return len(signals.encoding_issues)
    if name == "max_pii":
        return signals.urls + signals.emails + signals.phones
    if name == "min_language_score":  # the probability of Vietnamese; None when the language was not identified
        if signals.language is None:
            return None
        return signals.language_score if signals.language == "vi" else 0.0
    return getattr(signals, name[4:])


class QualityFilter:
    """Thresholds over :class:`QualitySignals`; ``QualityFilter(min_syllables=100)`` overrides one.

    >>> QualityFilter(min_syllables=None).thresholds["min_syllables"] is None
    True
    """

    def __init__(self, **overrides: float | int | None) -> None:
        unknown = sorted(set(overrides) - set(DEFAULTS))
        if unknown:
            raise TypeError(f"unknown QualityFilter threshold(s): {', '.join(unknown)}; known: {', '.join(DEFAULTS)}")
        for name, value in overrides.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise TypeError(f"threshold {name} must be a number or None, not {type(value).__name__}")
        self.thresholds: dict[str, float | int | None] = {**DEFAULTS, **overrides}

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.thresholds.items() if DEFAULTS[k] != v}
        return f"QualityFilter({', '.join(f'{k}={v!r}' for k, v in changed.items())})"

    def check(self, signals: QualitySignals) -> FilterDecision:
        """Keep unless some threshold fails; an empty document fails ``too_short`` (and only the checks that apply)."""
        if not isinstance(signals, QualitySignals):
            raise TypeError(f"signals must be QualitySignals, not {type(signals).__name__}")
        reasons = []
        for name, limit in self.thresholds.items():
            if limit is None:
                continue
            value = _value(signals, name)
            if value is None:
                continue
            if (value < limit) if name.startswith("min_") else (value > limit):
                reasons.append(REASONS[name])
        return FilterDecision(keep=not reasons, reasons=tuple(reasons))

    def as_dict(self) -> dict[str, Any]:
        return dict(self.thresholds)
