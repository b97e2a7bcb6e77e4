"""Documents that are HTML (a page's bytes, or a record field holding a page), cleaned with
:func:`vnnews_clean.clean_html_document`; and whether a document is HTML at all
(:func:`vnnews_clean.html.looks_like_markup`: a page or field holding plain text is text)."""

from __future__ import annotations

from typing import Any

from ..html import ExtractedPage, clean_html_document, decode_html, extract_article, looks_like_markup
from ..options import CleanOptions
from ..pipeline import CleanResult


def clean_page(html: str | bytes, options: CleanOptions, url: Any = None, encoding: str | None = None) -> CleanResult:
    """The CleanResult of one page. ``url`` (a record's ``url`` field) helps tell the site name
    from the title; ``encoding`` (``--encoding``) overrides detection for bytes."""
    return clean_html_document(
        html,
        keep_captions=options.keep_captions,
        keep_byline=options.keep_byline,
        tone_style=options.tone_style,
        paragraph_sep=options.paragraph_sep,
        boilerplate=options.boilerplate,
        url=url if isinstance(url, str) else None,
        encoding=encoding if isinstance(html, bytes) else None,
    )


def article_of(html: str | bytes, url: Any = None, encoding: str | None = None) -> ExtractedPage:
    """The article's lines as the text cleaners get them (for ``--explain`` and learning boilerplate)."""
    return extract_article(
        html, url=url if isinstance(url, str) else None, encoding=encoding if isinstance(html, bytes) else None
    )


def document_of(text: str, page: bytes | None, markup: str, encoding: str | None) -> tuple[str, bool]:
    """A document's text (a page's bytes decoded: BOM, UTF-8, Windows-1258, ``<meta charset>``, or
    ``encoding``; DecodingError for binary data), and whether to read it as HTML: always under markup
    "html" (``--format html``), under "auto" when it looks like markup, never under "text"."""
    if page is not None:
        text = decode_html(page, encoding)[0]
    return text, markup == "html" or (markup == "auto" and looks_like_markup(text))
