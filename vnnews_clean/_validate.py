"""Argument checks shared by the public functions: one clear TypeError naming the argument and what it got.

Python's ``bool`` is an ``int`` and a ``str`` is an iterable of characters, so the
natural ``isinstance`` and ``for`` accept ``keep_captions="no"`` (true: captions
kept), ``max_words=True`` (1) and ``learn_boilerplate("one text")`` (a document per
character) without a word. These checks refuse them, each the same way.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable
from typing import Any


def _got(value: Any) -> str:
    """What was given, for the message: its type, and a short value's repr."""
    shown = repr(value)
    return f"{type(value).__name__} {shown}" if len(shown) <= 40 else type(value).__name__


DECODE_HINT = "; decode bytes first (for example value.decode('utf-8'))"


def require_str(value: Any, name: str = "text") -> None:
    """Raise TypeError naming the type when ``value`` is not a str."""
    if not isinstance(value, str):
        hint = DECODE_HINT if isinstance(value, (bytes, bytearray)) else ""
        raise TypeError(f"{name} must be str, not {type(value).__name__}{hint}")


def require_bool(value: Any, name: str) -> None:
    """Raise TypeError unless ``value`` is True or False (not "no", not 0 or 1: a truthy string is no answer)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be bool (True or False), not {_got(value)}")


def require_int(value: Any, name: str) -> None:
    """Raise TypeError unless ``value`` is an int (a bool is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {_got(value)}")


def require_number(value: Any, name: str) -> None:
    """Raise TypeError unless ``value`` is an int or a float (not a bool, not a numeric string)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number (int or float), not {_got(value)}")


def require_documents(texts: Any, name: str = "texts") -> Iterable[Any]:
    """``texts`` when it is an iterable of documents; a lone str or bytes is refused, not read character by
    character (or byte by byte, each an int). The documents themselves are checked where they are read."""
    if isinstance(texts, str):
        raise TypeError(f"{name} must be an iterable of documents (str), not one str: pass [text] for one document")
    if isinstance(texts, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be an iterable of documents (str), not {type(texts).__name__}: bytes are not accepted; "
            "decode them first (for example [data.decode('utf-8')])"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(f"{name} must be an iterable of documents (str), not {type(texts).__name__}")
    return texts


_KINDS: dict[type, tuple[tuple[str, tuple[type, ...]], ...]] = {}  # per dataclass, read once


def _field_kinds(cls: type) -> tuple[tuple[str, tuple[type, ...]], ...]:
    """(name, accepted classes) of each field of a dataclass whose annotation is a class or a union of classes."""
    if cls in _KINDS:
        return _KINDS[cls]
    hints = typing.get_type_hints(cls)
    out = []
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        kinds = typing.get_args(hint) if union else (hint,)
        if all(isinstance(kind, type) for kind in kinds):
            out.append((field.name, kinds))
    _KINDS[cls] = tuple(out)
    return _KINDS[cls]


def check_field_types(instance: Any) -> None:
    """Raise TypeError naming the first field of a dataclass instance whose value is not of its declared type.

    A bool field takes only True or False; an int or float field no bool.
    Fields annotated with anything but classes (``Any``, ``dict[str, int]``) are not checked.
    """
    for name, kinds in _field_kinds(type(instance)):
        value = getattr(instance, name)
        if kinds == (bool,):
            require_bool(value, name)
        elif isinstance(value, bool) and bool not in kinds:
            raise TypeError(f"{name} must be {_names(kinds)}, not {_got(value)}")
        elif not isinstance(value, kinds):
            hint = DECODE_HINT if str in kinds and isinstance(value, (bytes, bytearray)) else ""
            raise TypeError(f"{name} must be {_names(kinds)}, not {_got(value)}{hint}")


def _names(kinds: tuple[type, ...]) -> str:
    return " or ".join("None" if kind is type(None) else kind.__name__ for kind in kinds)
