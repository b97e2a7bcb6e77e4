"""What a regular expression can start with, read from sre's own parse.

A line whose first character no match can start with needs no match: an exact
gate before a costly pattern (an alternation of twenty case-insensitive
prefixes, say). sre's parser is internal, so anything unexpected gives no gate
(None), never a wrong one.
"""

from __future__ import annotations

import re
import sys
from array import array
from typing import Any

try:  # sre's parser and compiler, to find what a pattern can start with (first_characters)
    # CPython's private modules (3.11+): typeshed has no stubs for them, only for the old sre_* names below
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]


class _NoGate(Exception):
    """The pattern starts with something :func:`_first_items` does not follow (then there is no gate)."""


def _first_items(items: Any) -> list[tuple[Any, Any]]:
    """The parsed items (sre's) of which one consumes the first character of any match of ``items``."""
    if not len(items):
        raise _NoGate
    op, av = items[0]
    if op in (_sre_constants.LITERAL, _sre_constants.NOT_LITERAL, _sre_constants.IN, _sre_constants.ANY):
        return [(op, av)]
    if op is _sre_constants.BRANCH:
        return [item for branch in av[1] for item in _first_items(branch)]
    if op is _sre_constants.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
        return _first_items(av[3])
    if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _first_items(av[2])
    raise _NoGate  # an assertion, an optional start, a back reference: anything could follow


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The BMP characters a match of ``pattern`` can start with (None when that is not known).

    The pattern's own parse gives the items that can take its first character;
    sre, compiled with the pattern's flags (IGNORECASE and its case folds),
    then says which BMP characters each takes. A line starting with any other
    BMP character cannot match: exact, and far cheaper than trying an
    alternation (of twenty case-insensitive prefixes, for footers) on every line.
    Characters beyond the BMP are not looked at (that would take 50 ms): users
    must treat them as a possible start.
    """
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
        items = _first_items(parsed)
        unique = {repr(item): item for item in items}.values()  # "c" starts five prefixes
        alternatives = [_sre_parser.SubPattern(parsed.state, [item]) for item in unique]
        first = _sre_parser.SubPattern(parsed.state, [(_sre_constants.BRANCH, (None, alternatives))])
        taken = _sre_compiler.compile(first, pattern.flags)
    except (_NoGate, re.error, AttributeError, TypeError, ValueError):  # sre's internals may change: no gate
        return None
    codes = array("I", range(0x10000))
    if sys.byteorder == "big":
        codes.byteswap()
    bmp = codes.tobytes().decode("utf-32-le", "surrogatepass")  # lone surrogates too
    return frozenset(found.group() for found in taken.finditer(bmp))
