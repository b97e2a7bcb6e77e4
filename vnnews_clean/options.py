"""The one configuration object for cleaning (like ftfy's TextFixerConfig)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ._validate import check_field_types
from .boilerplate import Boilerplate
from .lines.labels import Policy
from .normalization.core import check_tone_style


@dataclass(frozen=True)
class CleanOptions:
    """What to keep and how to write it.

    - ``keep_captions``: keep image captions (without table pipes).
    - ``keep_byline``: keep the byline line in the text (metadata is filled anyway).
    - ``tone_style``: "old" ("hòa", "thủy"), "new" ("hoà", "thuỷ") or None to leave marks.
    - ``paragraph_sep``: what joins paragraphs in the output.
    - ``boilerplate``: lines learnt from the corpus (:func:`vnnews_clean.learn_boilerplate`)
      to drop under rule ``boilerplate``; hashed by identity.
    """

    keep_captions: bool = False
    keep_byline: bool = False
    tone_style: str | None = "old"
    paragraph_sep: str = "\n"
    boilerplate: Boilerplate | None = None

    def __post_init__(self) -> None:
        check_field_types(self)  # keep_captions="no" is no answer: a TypeError naming the option
        check_tone_style(self.tone_style)

    def policy(self) -> Policy:
        """Which labels stay in the text (see :class:`vnnews_clean.lines.labels.Policy`)."""
        return Policy(keep_captions=self.keep_captions, keep_byline=self.keep_byline)

    @classmethod
    def from_kwargs(cls, **options: Any) -> CleanOptions:
        """Build from keyword options, naming any that do not exist."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown option(s) {', '.join(unknown)}; valid: {', '.join(sorted(known))}")
        return cls(**options)
