"""``--explain FILE[:N]``: one document with every removed or edited line marked, for tuning."""

from __future__ import annotations

import re
from pathlib import Path

from ..api import _pipeline
from ..decoding import DecodingError
from ..html import NotHtmlError
from ..normalization import fix_line_breaks
from ..options import CleanOptions
from ..pipeline import CleanResult
from ..records import article_of, clean_page, document_of
from .inputs import BadRecord, Record
from .sources import MAX_DOCUMENT_BYTES, discover, parse_jsonl, read

LINE = re.compile(r"(?P<path>.+):(?P<line>[^:/\\]*)")


class ExplainError(Exception):
    """The document to explain cannot be read (exit 3)."""


def pick(spec: str) -> tuple[str, int | None]:
    """``FILE`` or ``FILE:N`` (N: line of a JSON Lines record, row of a Parquet file, from 1); a file
    named ``x:3`` that exists wins over line 3 of ``x``. ExplainError for an N that is no record number."""
    match = LINE.fullmatch(spec)
    if match is None or Path(spec).exists():
        return spec, None
    number = match["line"]
    if number.isascii() and number.isdigit() and int(number) >= 1:
        return match["path"], int(number)
    if Path(match["path"]).exists():
        raise ExplainError(f"{spec}: {number!r} is no record number (FILE:N, N from 1)")
    return spec, None


def explain(
    spec: str,
    options: CleanOptions,
    text_field: str,
    forced_format: str | None,
    encoding: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> str:
    """The chosen document, line by line with its label: kept ("  "), dropped ("- rule"), edited ("~ rule").

    A JSON Lines or Parquet record is parsed (its ``text_field``); an HTML page is shown
    as the lines its article gave the text cleaners; a bad record or an empty file raises
    :class:`ExplainError`.
    """
    path, wanted = pick(spec)
    sources = discover([path], forced_format)
    if wanted is not None and any(source.format in ("text", "html") for source in sources):
        kind = "an HTML" if any(source.format == "html" for source in sources) else "a text"
        raise ExplainError(f"{path}: :{wanted} picks a record of JSON Lines, Parquet or WARC, not of {kind} file")
    records = (
        item
        for source in sources
        for item in read(source, text_field, encoding, max_bytes)
        if isinstance(item, (Record, BadRecord))
    )
    record = next((item for item in records if wanted is None or item.line >= wanted), None)
    if record is None or (wanted is not None and record.line != wanted):
        raise ExplainError(f"{spec}: no document" if wanted is None else f"{spec}: no record on that line")
    if isinstance(record, BadRecord):
        raise ExplainError(record.message())
    assert isinstance(record, Record)
    text, fields = record.text, record.fields
    if record.raw is not None:
        try:
            text, fields = parse_jsonl(record.raw, text_field)
        except ValueError as error:
            raise ExplainError(BadRecord(record.input, record.line, str(error)).message()) from None
    try:
        text, html = document_of(text, record.page, record.input.markup, encoding)
    except DecodingError as error:  # not text in any encoding (a binary file)
        raise ExplainError(BadRecord(record.input, record.line, str(error)).message()) from None
    if html:
        url = fields.get("url") if fields else None
        try:
            page = article_of(text, url)
            result = clean_page(text, options, url)
        except NotHtmlError as error:  # binary data
            raise ExplainError(BadRecord(record.input, record.line, str(error)).message()) from None
        out = [_header(record.id, result)]
        if page.removed:
            out.append(f"# the page lost {len(page.removed)} pieces before the text rules (rule html; L: HTML line):")
            out += [f"{'':4}    - html L{r.line} ({r.detail}): {_short(r.text)}" for r in page.removed]
        out.append("# the article's lines, as the text rules got them:")
        return "\n".join(out + _marked(page.text, _pipeline(options).run(page.text)))
    result = _pipeline(options).run(text)
    return "\n".join([_header(record.id, result), *_marked(text, result)])


def _header(name: str, result: CleanResult) -> str:
    line = f"# {name}: title={result.title!r} author={result.author!r} source={result.source!r}"
    if result.published is not None:
        line += f" published={result.published!r}"
    return "\n".join([line, *(f"# warning: {warning}" for warning in result.warnings)])


def _short(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _marked(text: str, result: CleanResult) -> list[str]:
    """The lines of ``text``, each with its label (``caption?``: weak, kept unless favouring
    precision) and followed by what the rules did to it."""
    labels = {label.line: label.label for label in result.labels if label.label != "blank"}
    width = max(map(len, labels.values()), default=0)
    by_line: dict[int, list[str]] = {}
    for removal in result.removed:
        mark = f"~ {removal.rule}" if removal.is_edit else f"- {removal.rule}"
        detail = f" ({removal.detail})" if removal.detail else ""
        edit = f"  ->  {removal.kept}" if removal.is_edit else ""
        by_line.setdefault(removal.line, []).append(f"{mark}{detail}{edit}")
    out = []
    for number, line in enumerate(fix_line_breaks(text).split("\n"), start=1):
        marks = by_line.get(number)
        out.append(f"{number:4} {'  ' if not marks else '##'} {labels.get(number, ''):<{width}} {line}".rstrip())
        out += [f"{'':4}    {mark}" for mark in marks or ()]
    return out
