"""Mask e-mail addresses, Vietnamese phone numbers and URLs with placeholders.

A masked span becomes ``<EMAIL>``, ``<PHONE>`` or ``<URL>``; nothing else in
the text changes, and masking masked text changes nothing (no pattern starts
or ends beside a placeholder). Dates, prices, years, percentages, scores and
document numbers ("100/2019/NĐ-CP") are not phone numbers: a phone starts with
0, +84 or 1800/1900 and has exactly the digits a Vietnamese number has.
"""

from __future__ import annotations

import dataclasses
import re

from .._validate import require_str
from ..document import Removal
from ..pipeline import CleanResult
from . import patterns as P

RULE = "pii"
KINDS = ("url", "email", "phone")  # the order edits of one line are recorded in


def _placeholder(match: re.Match[str]) -> str:
    return P.PLACEHOLDERS[match.lastgroup]  # type: ignore[index]


def mask_pii(text: str) -> str:
    """``text`` with e-mails, phone numbers and URLs replaced by placeholders.

    >>> mask_pii("Liên hệ 0912 345 678 hoặc ban@baomoi.vn trước 12/3/2024.")
    'Liên hệ <PHONE> hoặc <EMAIL> trước 12/3/2024.'
    """
    require_str(text, "text")
    return P.PII.sub(_placeholder, text)


def _line_edits(line: str, number: int) -> list[Removal]:
    """The edits masking makes to one line, one per kind, each applied on the line the previous left."""
    matches = list(P.PII.finditer(line))
    edits = []
    current = line
    done: set[int] = set()
    for kind in KINDS:
        if not any(m.lastgroup == kind for m in matches):
            continue
        done |= {i for i, m in enumerate(matches) if m.lastgroup == kind}
        pieces, end = [], 0
        for i, m in enumerate(matches):
            pieces.append(line[end : m.start()])
            pieces.append(P.PLACEHOLDERS[m.lastgroup] if i in done else m.group())  # type: ignore[index]
            end = m.end()
        pieces.append(line[end:])
        kept = "".join(pieces)
        edits.append(Removal(RULE, number, current, kept, kind))
        current = kept
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
            lines[number - 1] = edits[-1].kept  # type: ignore[call-overload]
    title = result.title if result.title is None else mask_pii(result.title)
    return dataclasses.replace(result, text="\n".join(lines), title=title, removed=(*result.removed, *edits))
