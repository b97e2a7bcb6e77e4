"""Title, author, published date and site name from the page's head, JSON-LD and <time>.

Read before furniture is cut (the head and JSON-LD scripts go with it).
Values are the page's own strings, stripped; nothing is reformatted.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from ..lexicon import NEWS_OUTLETS, SECTION_NAMES, SITE_HOST, UI_LINES
from ..lines.shapes import line_key
from ..normalization import fold_ascii
from .dom import Element, squash, text_of

# JSON-LD types that describe an article.
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting"}
)
# <meta> names/properties, best first.
TITLE_META = ("og:title", "twitter:title", "title")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
)
SITE_META = ("og:site_name", "application-name")
# What joins an article title and the site name in <title>.
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:•·»]{1,2}\s+")


@dataclass
class PageMeta:
    title: str | None = None  # og:title, else <title> minus the site name
    author: str | None = None
    published: str | None = None
    site_name: str | None = None


def _metas(root: Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), squash(value))
    return found


def _json_ld(root: Element) -> list[dict[str, Any]]:
    """Article objects of the page's JSON-LD, malformed blocks ignored."""
    articles: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k in ARTICLE_TYPES for k in kinds):
                    articles.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return articles


def _ld_name(value: Any) -> str | None:
    """An author in JSON-LD: a string, {"name": ...} or a list of either."""
    if isinstance(value, str):
        return squash(_unescaped(value)) or None
    if isinstance(value, dict):
        if value.get("@type") == "Organization":
            return None  # the publisher given as author: not a person's byline
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _ld_text(value: Any) -> str | None:
    return squash(_unescaped(value)) or None if isinstance(value, str) else None


def _unescaped(value: str) -> str:
    """JSON-LD text with its HTML entities decoded ("NH&#7852;T XUÂN" is "NHẬT XUÂN"): pages escape
    their JSON-LD as they escape their HTML."""
    return html.unescape(value) if "&" in value else value


def site_title(title: str, site_name: str | None, url: str | None, *, longest: bool = True) -> str:
    """``<title>`` minus the site name: the part that is not the site, else (``longest``) the longest part."""
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p]
    if len(parts) < 2:
        return title
    names = {n for n in (site_name, _host_name(url)) if n}
    rest = [p for p in parts if not any(_same_name(p, n) for n in names)]
    if rest and len(rest) < len(parts):
        return " - ".join(rest)
    return max(parts, key=len) if longest else title


def _host_name(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    labels = [label for label in host.split(".") if label not in ("www", "m", "com", "vn", "net", "org", "edu", "gov")]
    return labels[-1] if labels else None


def _same_name(part: str, name: str) -> bool:
    a = re.sub(r"[^\w]", "", part.lower())
    b = re.sub(r"[^\w]", "", name.lower())
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def _is_person(author: str, site_name: str | None, url: str | None) -> bool:
    """Not the site (its name or its host: "Dân Trí" on dantri.com.vn), a news outlet or a section
    of a menu ("Thời sự"), which pages put in their author field."""
    if site_name and _same_name(author, site_name):
        return False
    if SITE_HOST.fullmatch(author.strip()):
        return False  # "dantri.com.vn": a site's address, no one's name
    host = _host_name(url)
    if host and fold_ascii(author).lower().replace(" ", "") == host:
        return False
    key = line_key(author)
    # (nor a CMS account's name, "administrator": a page's interface word, no one's)
    return key not in NEWS_OUTLETS and key not in SECTION_NAMES and key not in UI_LINES


def _names_something(title: str) -> bool:
    """A title tag that holds words, not the page's address (baomoi's og:title "https://baomoi.com/vong-16-….epi"):
    one that does gives way to the JSON-LD headline or the <title>."""
    text = title.strip()
    return bool(text) and not text.startswith(("http://", "https://", "www.")) and (" " in text or "/" not in text)


def read_meta(root: Element, url: str | None = None) -> PageMeta:
    metas = _metas(root)
    articles = _json_ld(root)
    meta = PageMeta()
    meta.site_name = next((metas[k] for k in SITE_META if k in metas), None)
    for article in articles:
        meta.title = meta.title or _ld_text(article.get("headline"))
        meta.published = meta.published or _ld_text(article.get("datePublished"))
        if meta.site_name is None:
            meta.site_name = _ld_name(article.get("publisher"))
    og_title = next((metas[k] for k in TITLE_META if k in metas and _names_something(metas[k])), None)
    if og_title:
        meta.title = site_title(og_title, meta.site_name, url, longest=False)
    if meta.title is None:
        title = root.find(".//title")
        text = squash(text_of(title)) if title is not None else ""
        if text:
            meta.title = site_title(text, meta.site_name, url)
    # the first that names a person: JSON-LD's, then the meta tags in order. A tag naming the site, an
    # outlet or a section ("thanhnien.vn" in name=author) gives way to the next (article:author "Phước Huỳnh").
    named = [_ld_name(article.get("author")) for article in articles] + [metas.get(key) for key in AUTHOR_META]
    meta.author = next(
        (
            author
            for author in named
            if author and not author.startswith(("http://", "https://")) and _is_person(author, meta.site_name, url)
        ),
        None,
    )
    meta.published = meta.published or next((metas[k] for k in PUBLISHED_META if k in metas), None)
    if meta.published is None:
        for time in root.iter("time"):
            value = time.get("datetime") or squash(text_of(time))
            if value:
                meta.published = squash(value)
                break
    return meta
