"""The HTML entry points: extract the article, then run the text pipeline on its lines."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..api import _DEFAULT_OPTIONS, _pipeline
from ..document import Removal
from ..normalization import collapse_spaces, normalize
from ..options import CleanOptions
from ..pipeline import CleanResult
from .extract import extract_article


def clean_html_document(
    html: Any, *, url: str | None = None, encoding: str | None = None, **options: Any
) -> CleanResult:
    """Clean one saved page or crawled response and explain the result.

    ``html`` is str, bytes or a ``bs4.BeautifulSoup``. Options as for
    :func:`vnnews_clean.clean_document`, plus ``url`` (helps tell the site
    name from the title) and ``encoding`` (for bytes; else found from the
    BOM, UTF-8, Windows-1258 or the page's ``<meta charset>``).

    ``removed`` holds what the page lost under rule ``html`` (furniture,
    text outside the article, link-dense listings) and what the text rules
    dropped after; ``labels`` the label of each line of the article the text
    rules got; ``line`` is the HTML source line in both. A page with no article
    gives text "" and the reason in ``warnings``.
    """
    config = _DEFAULT_OPTIONS if not options else CleanOptions.from_kwargs(**options)
    page = extract_article(html, url=url, encoding=encoding)
    # what the page lost reads as the text does (a page double-encoded is repaired in both)
    lost = tuple(
        replace(removal, text=normalize(removal.text, tone_style=config.tone_style)) for removal in page.removed
    )
    if not page.lines:
        return CleanResult(
            text="",
            title=_normalized(page.title, config),
            author=_normalized(page.author, config),
            source=None,
            removed=lost,
            warnings=page.warnings,
            published=page.published,
        )
    result = _pipeline(config).run(page.text, hints=page.hints)
    sources = page.sources

    def source_line(removal: Removal) -> Removal:
        number = sources[removal.line - 1] if 0 < removal.line <= len(sources) else removal.line
        return replace(removal, line=number)

    removed = sorted((*lost, *map(source_line, result.removed)), key=lambda r: r.line)
    labels = tuple(
        label._replace(line=sources[label.line - 1]) if 0 < label.line <= len(sources) else label
        for label in result.labels
    )
    warnings = (*page.warnings, *result.warnings)
    if not result.text:
        warnings = (*warnings, "the article's lines were all dropped by the text rules (see removed)")
    # what the page's head says, normalized as the text is ("Thanh Hoá" beside "Thanh Hóa" is one name)
    title = result.title or _normalized(page.title, config)
    author = result.author or _normalized(page.author, config)
    return CleanResult(
        text=result.text,
        title=title,
        author=author,
        source=result.source,
        removed=tuple(removed),
        warnings=warnings,
        published=page.published,
        labels=labels,
    )


def _normalized(value: str | None, config: CleanOptions) -> str | None:
    return None if value is None else collapse_spaces(normalize(value, tone_style=config.tone_style))


def clean_html(html: Any, **options: Any) -> str:
    """Clean one HTML page: the article's clean text. Options as for :func:`clean_html_document`."""
    return clean_html_document(html, **options).text
