"""Documents that are HTML (a page's bytes, or a record field holding a page), cleaned with
:func:`vnnews_clean.clean_html_document`: its own charset detection runs on bytes."""

from __future__ import annotations

from typing import Any

from ..options import CleanOptions

try:
    from .. import clean_html_document
except ImportError:  # pragma: no cover  TEMPORARY until the library's HTML core is merged
    from ._standin import clean_html_document  # type: ignore[assignment]


def clean_page(html: str | bytes, options: CleanOptions, url: Any = None, encoding: str | None = None) -> Any:
    """The CleanResult of one page. ``url`` (a record's ``url`` field) helps find the site name in
    the title; ``encoding`` (``--encoding``) overrides detection for bytes."""
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


def page_text(
    html: str | bytes, options: CleanOptions, url: Any = None, encoding: str | None = None
) -> tuple[str, Any]:
    """For ``--explain``: the text the page's article gave the text cleaners (the lines that
    ``removed`` numbers), and the CleanResult."""
    from ._standin import extracted  # TEMPORARY

    return extracted(html, url, encoding), clean_page(html, options, url, encoding)
