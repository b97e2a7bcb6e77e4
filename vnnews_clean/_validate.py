"""Argument checks shared by the public functions."""

from __future__ import annotations

from typing import Any


def require_str(value: Any, name: str = "text") -> None:
    """Raise TypeError naming the type when ``value`` is not a str."""
    if not isinstance(value, str):
        hint = ""
        if isinstance(value, (bytes, bytearray)):
            hint = "; decode bytes first (for example value.decode('utf-8'))"
        raise TypeError(f"{name} must be str, not {type(value).__name__}{hint}")
