"""Unicode and orthography normalization: fix what is broken, restyle nothing.

:func:`normalize` runs small ``str -> str`` steps in a fixed order. Each keeps
the line structure (one line in, one line out), which lets the cleaning
pipeline report exactly which lines normalization edited, and with
:func:`explain` by which step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from .._validate import require_str
from .characters import clean_characters, collapse_spaces, fix_encoding, fix_line_breaks, to_nfc
from .syllable import STYLES, place_tones

__all__ = [
    "STYLES",
    "clean_characters",
    "collapse_spaces",
    "explain",
    "fix_encoding",
    "fix_line_breaks",
    "normalize",
    "place_tones",
    "steps",
    "to_nfc",
]


def check_tone_style(tone_style: str | None) -> None:
    if tone_style is not None and tone_style not in STYLES:
        raise ValueError(f"tone_style must be 'old', 'new' or None, not {tone_style!r}")


@cache
def steps(tone_style: str | None = "old") -> tuple[tuple[str, Callable[[str], str]], ...]:
    """The named steps of :func:`normalize`, in order."""
    check_tone_style(tone_style)
    named: list[tuple[str, Callable[[str], str]]] = [
        ("line_breaks", fix_line_breaks),
        # invisible characters go before NFC (they can block composition) and
        # before the encoding repair (they can hide mojibake); NFC comes before
        # the repair too, so decomposed input is judged as composed
        ("characters", clean_characters),
        ("nfc", to_nfc),
        ("encoding", fix_encoding),
        ("spaces", collapse_spaces),
    ]
    if tone_style is not None:
        named.append(("tones", partial(place_tones, style=tone_style)))
    return tuple(named)


def normalize(text: str, *, tone_style: str | None = "old") -> str:
    """Repair encoding and Vietnamese orthography; never remove a line.

    - mojibake and HTML entities repaired (ftfy, only where text looks broken);
    - NFC; invisible characters removed; odd spaces and tabs made spaces;
      runs of spaces collapsed and lines stripped; every line break made "\\n";
    - tone marks placed consistently: ``"old"`` ("hòa", "thủy", most news),
      ``"new"`` ("hoà", "thuỷ"), or ``None`` to leave them.

    Quotes, dashes, punctuation spacing and letter case are never changed.
    """
    require_str(text, "text")
    for _, step in steps(tone_style):
        text = step(text)
    return text


def explain(line: str, *, tone_style: str | None = "old") -> list[str]:
    """Names of the normalization steps that change ``line``, in order."""
    require_str(line, "line")
    changed = []
    for name, step in steps(tone_style):
        fixed = step(line)
        if fixed != line:
            changed.append(name)
            line = fixed
    return changed
