"""orjson for the command's JSON Lines records, where it is installed (the ``orjson`` extra).

Only where orjson gives what Python's json gives: a record reads as the same fields and is
written as the same bytes, whichever is installed.

- :func:`loads` returns None where json must read the line: a line orjson refuses (json then
  says what is wrong, or reads what it reads: ``NaN``, ``1e400``, a lone surrogate escape); a
  line holding a float (orjson reads an integer beyond 64 bits as a float, json exactly); a
  line nested deeper than json may read.
- :func:`dumps` writes the values orjson writes as ``json.dumps(value, ensure_ascii=False)``
  does (``str``, ``int``, ``bool``, None) and returns None for the others: floats (orjson writes
  ``1e16`` where json writes ``1e+16``), lists and objects (orjson writes them without json's
  spaces), an integer beyond 64 bits or a string with a lone surrogate (orjson refuses them).

``VNNEWS_CLEAN_NO_ORJSON=1`` in the environment turns orjson off: json alone, as without the extra.
"""

from __future__ import annotations

import os
from typing import Any

NO_ORJSON_VARIABLE = "VNNEWS_CLEAN_NO_ORJSON"


def _orjson() -> Any:
    """The orjson module, or None (not installed, or turned off)."""
    if os.environ.get(NO_ORJSON_VARIABLE, "") not in ("", "0"):
        return None
    try:
        import orjson
    except ImportError:
        return None
    return orjson


orjson: Any = _orjson()


def loads(raw: bytes) -> dict[str, Any] | None:
    """The JSON object of a line as json reads it, or None: json must read this line."""
    if orjson is None:
        return None
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:  # json's reading says what is wrong (or reads NaN, 1e400, a lone surrogate)
        return None
    return value if type(value) is dict and _plain(value) else None


SHALLOW = 100  # levels of nesting json reads and writes whatever the stack (it stops near 1000, orjson at 1024)


def _plain(value: dict[str, Any]) -> bool:
    """No float anywhere in the value, and nested less than SHALLOW levels deep (deeper: json says whether it
    can read and write it). A loop, not recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        for child in item.values() if type(item) is dict else item:
            kind = type(child)
            if kind is float:
                return False
            if kind is dict or kind is list:
                if depth >= SHALLOW:
                    return False
                stack.append((child, depth + 1))
    return True


_WRITTEN_AS_JSON_DOES = frozenset({str, int, bool, type(None)})


def dumps(value: Any) -> bytes | None:
    """``json.dumps(value, ensure_ascii=False).encode("utf-8")``, or None: json must write this value."""
    if orjson is None or type(value) not in _WRITTEN_AS_JSON_DOES:
        return None
    try:
        return orjson.dumps(value)  # type: ignore[no-any-return]
    except TypeError:  # an integer beyond 64 bits, a lone surrogate
        return None
