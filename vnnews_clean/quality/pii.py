"""Mask e-mail addresses, Vietnamese phone numbers and URLs with placeholders.

A masked span becomes ``<EMAIL>``, ``<PHONE>`` or ``<URL>``; nothing else in
the text changes, and masking masked text changes nothing (no pattern starts
or ends beside a placeholder). Dates, prices, years, percentages, scores and
document numbers ("100/2019/NĐ-CP") are not phone numbers: a phone starts with
0, +84/84 or 1800/1900 and has exactly the digits its prefix gives a Vietnamese
number; a tax code ("MST: 0103043329") is not one either.

Two more kinds are opt-in (``kinds=``): ``bank`` (an account number after
"STK", "số tài khoản" …, masked ``<BANK_ACCOUNT>``) and ``id`` (a 12-digit CCCD
or 9-digit CMND number, ``<ID>``); they collide with other long numbers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import cast

from .._validate import require_str
from ..document import CleanResult, Removal
from . import patterns as P

RULE = "pii"
KINDS = tuple(P.PLACEHOLDERS)  # every kind, in the order they are masked (and edits of one line recorded)
DEFAULT_KINDS = P.DEFAULT_KINDS  # url, email, phone


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``kinds`` in masking order, checked: a str or an unknown kind is an error."""
    if isinstance(kinds, str):
        raise TypeError(f"kinds must be a collection of kind names such as {DEFAULT_KINDS!r}, not the str {kinds!r}")
    chosen = set(kinds)
    unknown = sorted(map(repr, chosen - set(KINDS)))
    if unknown:
        raise ValueError(f"unknown PII kind {', '.join(unknown)}: the kinds are {', '.join(KINDS)}")
    return tuple(kind for kind in KINDS if kind in chosen)


def mask_pii(text: str, kinds: Iterable[str] = DEFAULT_KINDS) -> str:
    """``text`` with e-mails, phone numbers and URLs (or the ``kinds`` chosen) replaced by placeholders.

    One kind after the other (URLs, e-mails, bank accounts, identity numbers,
    then phones), so that masking is idempotent: "1800 0000 0@x.vn" reads the
    same once the address is gone. ``kinds`` may add "bank" and "id" (off by
    default) or leave kinds out; an unknown kind raises ``ValueError``.

    >>> mask_pii("Liên hệ 0912 345 678 hoặc ban@baomoi.vn trước 12/3/2024.")
    'Liên hệ <PHONE> hoặc <EMAIL> trước 12/3/2024.'
    >>> mask_pii("STK: 0011004123456, CCCD 001090012345", kinds=("bank", "id"))
    'STK: <BANK_ACCOUNT>, CCCD <ID>'
    """
    require_str(text, "text")
    for kind in _kinds(kinds):
        text = P.SINGLE[kind].sub(P.PLACEHOLDERS[kind], text)
    return text


def _line_edits(line: str, number: int, kinds: tuple[str, ...]) -> list[Removal]:
    """The edits masking makes to one line, one per kind, each applied on the line the previous left."""
    edits = []
    for kind in kinds:
        kept = P.SINGLE[kind].sub(P.PLACEHOLDERS[kind], line)
        if kept != line:
            edits.append(Removal(RULE, number, line, kept, kind))
            line = kept
    return edits


def mask_pii_document(document: str | CleanResult, kinds: Iterable[str] = DEFAULT_KINDS) -> CleanResult:
    """Mask personal data and record each edit as a ``Removal`` under rule ``pii``.

    Given a str, the result has its masked text and the edits (``line`` is the
    1-based line of ``document``). Given a ``CleanResult``, its text (and
    title) are masked and the edits appended to its ``removed``; their ``line``
    then counts lines of the clean text, where the edit was made. ``detail``
    is the kind ("url", "email", "phone"; "bank" and "id" when ``kinds`` asks
    for them); a line with several kinds gets one edit per kind, in the order
    of ``KINDS``.
    """
    chosen = _kinds(kinds)
    gate = P.combined(chosen) if chosen else None
    if isinstance(document, CleanResult):
        result = document
    else:
        require_str(document, "document")
        result = CleanResult(text=document, title=None, author=None, source=None, removed=())
    edits: list[Removal] = []
    lines = result.text.split("\n")
    for number, line in enumerate(lines, start=1):
        if gate is not None and gate.search(line) is not None:
            edits.extend(_line_edits(line, number, chosen))
            lines[number - 1] = cast(str, edits[-1].kept)  # an edit's kept text is never None
    title = result.title if result.title is None else mask_pii(result.title, chosen)
    return dataclasses.replace(result, text="\n".join(lines), title=title, removed=(*result.removed, *edits))
