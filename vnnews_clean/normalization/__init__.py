"""Unicode and orthography normalization: fix what is broken, restyle nothing.

:func:`normalize` runs small ``str -> str`` steps in a fixed order. Each keeps
the line structure (one line in, one line out), which lets the cleaning
pipeline report exactly which lines normalization edited, and with
:func:`explain` by which step.
"""

from __future__ import annotations

from .characters import (
    clean_characters,
    collapse_spaces,
    fix_encoding,
    fix_line_breaks,
    remove_hidden,
    to_nfc,
)
from .core import (
    explain,
    fix_legacy_encodings,
    fold_ascii,
    join_pieces,
    line_encodings,
    normalize,
    normalize_pieces,
    normalized_in_pieces,
    piecewise,
    settle,
    steps,
    wants_repair,
)
from .issues import ISSUES, broken_lines, detect_encoding_issues, still_broken
from .legacy import detect_legacy, fix_viqr
from .syllable import STYLES, place_tones

__all__ = [
    "ISSUES",
    "STYLES",
    "broken_lines",
    "clean_characters",
    "collapse_spaces",
    "detect_encoding_issues",
    "detect_legacy",
    "explain",
    "fix_encoding",
    "fix_legacy_encodings",
    "fix_line_breaks",
    "fix_viqr",
    "fold_ascii",
    "join_pieces",
    "line_encodings",
    "normalize",
    "normalize_pieces",
    "normalized_in_pieces",
    "piecewise",
    "place_tones",
    "remove_hidden",
    "settle",
    "steps",
    "still_broken",
    "to_nfc",
    "wants_repair",
]
