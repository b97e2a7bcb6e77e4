"""TEMPORARY stand-in for vnnews_clean.clean_html_document until h8a lands (removed after merging)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup

from ..api import clean_document
from ..decoding import decode_bytes


def clean_html_document(html: Any, *, url: str | None = None, encoding: str | None = None, **options: Any) -> Any:
    result = clean_document(extracted(html, url, encoding), **options)
    warnings = (*result.warnings, "no article found") if not result.text else result.warnings
    return Result(result.text, result.title, result.author, result.source, result.removed, warnings, None)


def extracted(html: Any, url: str | None = None, encoding: str | None = None) -> str:
    if isinstance(html, bytes):
        html, _ = decode_bytes(html, encoding)
    if not isinstance(html, str):
        raise TypeError("html must be str or bytes")
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside"]):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    title = soup.find("h1")
    lines = [title.get_text(" ", strip=True)] if title and not root.find("h1") else []
    lines += [p.get_text(" ", strip=True) for p in root.find_all(["h1", "p", "h2", "li"])]
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Result:
    text: str
    title: str | None
    author: str | None
    source: str | None
    removed: tuple[Any, ...]
    warnings: tuple[str, ...] = ()
    published: str | None = None
