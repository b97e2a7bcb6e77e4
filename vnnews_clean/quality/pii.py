"""Mask e-mail addresses, Vietnamese phone numbers and URLs with placeholders.

A masked span becomes ``<EMAIL>``, ``<PHONE>`` or ``<URL>``; nothing else in
the text changes, and masking masked text changes nothing (no pattern starts
or ends beside a placeholder). Dates, prices, years, percentages, scores and
document numbers ("100/2019/NĐ-CP") are not phone numbers: a phone starts with
0, +84 or 1800/1900 and has exactly the digits a Vietnamese number has.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from .._validate import require_str
from ..document import CleanResult, Removal
from . import patterns as P

RULE = "pii"
KINDS = ("url", "email", "phone")  # the order edits of one line are recorded in


def mask_pii(text: str) -> str:
    """``text`` with e-mails, phone numbers and URLs replaced by placeholders.

    One kind after the other (URLs, e-mails, then phones), so that masking is
    idempotent: "1800 0000 0@x.vn" reads the same once the address is gone.

    >>> mask_pii("Liên hệ 0912 345 678 hoặc ban@baomoi.vn trước 12/3/2024.")
    'Liên hệ <PHONE> hoặc <EMAIL> trước 12/3/2024.'
    """
    require_str(text, "text")
    for kind in KINDS:
        text = P.SINGLE[kind].sub(P.PLACEHOLDERS[kind], text)
    return text


def _line_edits(line: str, number: int) -> list[Removal]:
    """The edits masking makes to one line, one per kind, each applied on the line the previous left."""
    edits = []
    for kind in KINDS:
        kept = P.SINGLE[kind].sub(P.PLACEHOLDERS[kind], line)
        if kept != line:
            edits.append(Removal(RULE, number, line, kept, kind))
            line = kept
    return edits


def mask_pii_document(document: str | CleanResult) -> CleanResult:
    """Mask personal data and record each edit as a ``Removal`` under rule ``pii``.

    Given a str, the result has its masked text and the edits (``line`` is the
    1-based line of ``document``). Given a ``CleanResult``, its text (and
    title) are masked and the edits appended to its ``removed``; their ``line``
    then counts lines of the clean text, where the edit was made. ``detail``
    is "url", "email" or "phone"; a line with several kinds gets one edit per
    kind, in that order.
    """
    if isinstance(document, CleanResult):
        result = document
    else:
        require_str(document, "document")
        result = CleanResult(text=document, title=None, author=None, source=None, removed=())
    edits: list[Removal] = []
    lines = result.text.split("\n")
    for number, line in enumerate(lines, start=1):
        if P.PII.search(line) is not None:
            edits.extend(_line_edits(line, number))
            lines[number - 1] = cast(str, edits[-1].kept)  # an edit's kept text is never None
    title = result.title if result.title is None else mask_pii(result.title)
    return dataclasses.replace(result, text="\n".join(lines), title=title, removed=(*result.removed, *edits))
