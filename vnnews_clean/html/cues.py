"""Class/id hints and tag sets that tell page furniture from article text.

Data only, in one place: hints add to or take from a block's score, or mark
an element as furniture, but structure (text length, links, paragraphs)
decides; no hint is ever required to find an article.
"""

from __future__ import annotations

import re

# Elements that never hold article text: cut from the tree before anything is scored.
NEVER_TEXT_TAGS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "svg",
    "math",
    "canvas",
    "object",
    "embed",
    "applet",
    "video",
    "audio",
    "input",
    "textarea",
    "select",
    "option",
    "button",
    "link",
    "meta",
    "head",
)
# Page furniture by tag; kept only when it holds the article's title (an <header> inside <article>).
FURNITURE_TAGS: frozenset[str] = frozenset({"nav", "header", "footer", "aside", "menu", "dialog"})
# Tags that a furniture hint never removes: the page itself and the article's own element.
NEVER_FURNITURE_TAGS: frozenset[str] = frozenset({"html", "body", "main", "article", "h1"})

# class/id substrings (lower-case) of furniture: comments, share bars, related boxes, menus, ads.
FURNITURE_SUBSTRINGS: tuple[str, ...] = (
    "comment",
    "binhluan",
    "share",
    "social",
    "related",
    "lienquan",
    "sidebar",
    "advert",
    "banner",
    "breadcrumb",
    "newsletter",
    "popular",
    "mostread",
    "most-read",
    "mostview",
    "most-view",
    "xemnhieu",
    "docnhieu",
    "readmore",
    "read-more",
    "tinkhac",
    "othernews",
    "other-news",
    "cookie",
    "subscribe",
    "sponsor",
    "widget",
    "footer",
    "header",
    "menu",
    "navbar",
    "topbar",
    "toolbar",
    "pagination",
    "rating",
    "login",
    "signup",
    "search",
    "popup",
    "modal",
    "player",  # an audio or video player's controls and times
    "voice",  # a text-to-speech reader's voice choice ("Nam miền Bắc", "Nữ miền Nam")
)
# class/id tokens (split on non-alphanumerics) of furniture, too short to match as substrings.
FURNITURE_TOKENS: frozenset[str] = frozenset(
    {"ad", "ads", "adv", "nav", "tag", "tags", "keyword", "keywords", "qc", "quangcao"}
)
# class/id substrings of an article's own container: a bonus to its score, never required.
CONTENT_SUBSTRINGS: tuple[str, ...] = (
    "content",
    "detail",
    "article",
    "entry",
    "story",
    "singular",
    "fck",
    "post-body",
    "postbody",
    "maincontent",
    "noidung",
    "chitiet",
)
CONTENT_TOKENS: frozenset[str] = frozenset({"body", "main", "text", "post"})

# Tags whose start and end break a line in the text; everything else is inline.
BLOCK_TAGS: frozenset[str] = frozenset(
    """p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd
    blockquote pre table thead tbody tfoot tr td th caption figure figcaption address center form
    fieldset legend hr details summary time body html""".split()
)
# Blocks of one paragraph: their text scores their parent, not themselves.
PARAGRAPH_TAGS: frozenset[str] = frozenset("p h1 h2 h3 h4 h5 h6 li dt dd pre blockquote td th".split())
# Containers that a link-dense listing is made of.
LISTING_TAGS: frozenset[str] = frozenset("ul ol dl div section table tbody".split())

_SPLIT = re.compile(r"[^a-z0-9]+")


# Elements whose id is an anchor made from their own text by a table of contents ("4-chay-cac-chien-dich-quang-cao"):
# it says what the heading says, nothing of the page's layout.
ANCHORED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def hint_of(element: object) -> str:
    """The element's class and id, lower-case, as one string. An id that is a heading's anchor, or percent-encoded
    (a slug of a text, "4-ch%e1%ba%a1y-…-qu%e1%ba%a3ng-c%c3%a1o"), is no designer's name and is left out."""
    get = element.get  # type: ignore[attr-defined]
    cls, ident = get("class"), get("id")
    if ident and ("%" in ident or element.tag in ANCHORED_TAGS):  # type: ignore[attr-defined]
        ident = None
    if not cls and not ident:
        return ""
    return f"{cls or ''} {ident or ''}".lower()


def _has_cue(hint: str, substrings: tuple[str, ...], tokens: frozenset[str]) -> bool:
    """``hint`` holds one of ``substrings``, or one of ``tokens`` as a whole word."""
    if not hint:
        return False
    return any(s in hint for s in substrings) or any(t in tokens for t in _SPLIT.split(hint))


def is_furniture_hint(hint: str) -> bool:
    return _has_cue(hint, FURNITURE_SUBSTRINGS, FURNITURE_TOKENS)


def is_content_hint(hint: str) -> bool:
    return _has_cue(hint, CONTENT_SUBSTRINGS, CONTENT_TOKENS)


# class/id substrings of an image's caption printed as its own block after a bare <img>.
# A link to an author's page ("https://dantri.com.vn/tac-gia/ai-vy-3473.htm", ".../author/phuoc-huynh-18575957.htm"):
# the byline of a page whose author block is a link, which the walk drops as a link line.
AUTHOR_LINK_PATHS: tuple[str, ...] = ("/tac-gia/", "/tacgia/", "/author/", "/authors/", "/nha-bao/")
CAPTION_SUBSTRINGS: tuple[str, ...] = ("caption", "chuthich", "chu-thich", "chu_thich")
# Inline tags a caption is set in when a block holds nothing else ("<p><em>Ảnh: ...</em></p>").
CAPTION_INLINE_TAGS: frozenset[str] = frozenset({"em", "i", "figcaption", "small"})


# class/id of the block that holds the lead ("sapo") when a page sets it apart from the article's body.
LEAD_SUBSTRINGS: tuple[str, ...] = ("sapo", "tomtat", "tom-tat", "chapeau", "excerpt", "description")
LEAD_TOKENS: frozenset[str] = frozenset({"lead", "intro", "summary", "abstract", "teaser-detail"})


def is_lead_hint(hint: str) -> bool:
    return _has_cue(hint, LEAD_SUBSTRINGS, LEAD_TOKENS)


def is_caption_hint(hint: str) -> bool:
    return bool(hint) and any(s in hint for s in CAPTION_SUBSTRINGS)


# <script> types of a client-side template: the script's text is markup to be shown, not code. With <textarea>
# (an editor's or a preview page's), the places a page can hold an article as text (see html/held.py).
TEMPLATE_SCRIPT_TYPES: frozenset[str] = frozenset(
    {"text/template", "text/html", "text/x-template", "text/x-handlebars-template", "text/ng-template"}
)
