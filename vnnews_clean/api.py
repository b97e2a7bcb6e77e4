"""The one-call entry points."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .options import CleanOptions
from .pipeline import CleanResult, Pipeline

_DEFAULT_OPTIONS = CleanOptions()


@lru_cache(maxsize=32)
def _pipeline(options: CleanOptions) -> Pipeline:
    return Pipeline.from_options(options)


def clean_document(text: str, **options: Any) -> CleanResult:
    """Clean one scraped article and explain the result.

    Returns the clean text (one paragraph per line) with ``title``, ``author``
    (from the byline), ``source`` (agency tag such as "LĐTĐ") and ``removed``:
    every dropped or edited line with the rule that did it.

    Options: ``keep_captions=False``, ``keep_byline=False``,
    ``tone_style="old"`` ("new", or None to leave tone marks),
    ``paragraph_sep="\\n"``, ``boilerplate=None`` (a :class:`Boilerplate` from
    :func:`learn_boilerplate`: its lines are dropped under rule ``boilerplate``).
    """
    if not options:  # the common call: no options to check nor hash for each document
        return _pipeline(_DEFAULT_OPTIONS).run(text)
    return _pipeline(CleanOptions.from_kwargs(**options)).run(text)


def clean(text: str, **options: Any) -> str:
    """Clean one scraped article: text in, clean text out. Options as for :func:`clean_document`."""
    return clean_document(text, **options).text
