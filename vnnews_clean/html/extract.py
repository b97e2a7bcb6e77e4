"""Find the article in a page and turn it into lines for the text pipeline.

Steps, each linear in the page: cut never-text elements and furniture (by
tag, or by class/id hint unless the element holds the title); score every
block by its own text (length, commas, link share, share of common
Vietnamese words) and pass the score to its parents; take the best
candidate as the article's container (a class/id hint adds a quarter, never
decides alone); walk the page once in order, emitting the title, what lies
between it and the container (the lead), and the blocks of the container
and of the siblings after it that go on with the article as lines. Figures
and image tables become an image marker and a piped caption ("[Ảnh]",
"| caption |"), which the image rule drops or keeps. Link-dense listings
inside the article are dropped. Every dropped text is recorded under rule
``html``. An article the page holds as markup in a <textarea> or template
<script> is read as a page of its own, and wins when longer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, TypedDict

from lxml import etree

from ..cleaners.image_markers import heads_what_follows
from ..cleaners.inline import is_inline_link
from ..cleaners.related import is_related_heading
from ..document import Removal
from ..lexicon import COMMENT_SECTION_HEADINGS, COMMON_WORDS, INLINE_LINK_LABELS
from ..lines.credits import is_person_name
from ..lines.features import features_of
from ..lines.shapes import CELL_SEPARATOR, asks, more_words_than, sentence_count, short_key
from .cues import (
    AUTHOR_LINK_PATHS,
    BLOCK_TAGS,
    CAPTION_INLINE_TAGS,
    FURNITURE_TAGS,
    LISTING_TAGS,
    NEVER_FURNITURE_TAGS,
    PARAGRAPH_TAGS,
    hint_of,
    is_caption_hint,
    is_content_hint,
    is_furniture_hint,
    is_lead_hint,
)
from .decode import decode_html
from .dom import Element, NotHtmlError, as_text, cut_never_text, drop, parse, spaced_text, squash, text_of
from .held import HeldMarkup, held_markup
from .meta import PageMeta, read_meta

RULE = "html"
IMAGE_MARKER = "[Ảnh]"
# A block's own text shorter than this does not score (labels, dates, buttons).
MIN_BLOCK_CHARS = 25
# Score passed to the parent, grandparent and great-grandparent of a paragraph.
PARENT_SHARES = (1.0, 0.5, 1 / 3)
CONTENT_HINT_BONUS = 1.25
# Only the best few candidates by raw score are weighed by their link share.
TOP_CANDIDATES = 10
# An article spread over repeated blocks (a photo story's figures): this many alike blocks with text that
# scores, at most this many levels above the best block, with less than this share of the text in links.
REPEATED_MIN_BLOCKS = 3
REPEATED_MAX_LEVELS = 4
REPEATED_MAX_LINK_SHARE = 0.3
# A card for another article: a block of at most this many characters whose picture and title link to one page.
CARD_TAGS = frozenset({"div", "section", "article", "li", "aside"})
CARD_MIN_LINKS = 2
CARD_MAX_CHARS = 500
CARD_TITLE_MIN_WORDS = 5
# A listing: at least this many links making at least this share of its text.
LISTING_MIN_LINKS = 2
LISTING_LINK_SHARE = 0.5
# A table with an image and at most this much text is an image with its caption.
IMAGE_TABLE_MAX_CHARS = 400
# Beside a figure's <figcaption>, this much text at most is the caption's too (the photographer's name or credit).
FIGURE_CREDIT_MAX_CHARS = 60
# A line with at least this share of link text is a link to another article (a related title).
LINK_LINE_SHARE = 0.9
# Between the title and the container: a lead, a date, an author. More than this is other page matter.
LEAD_MAX_LINES = 8
# Right after the container: up to this many short blocks without links (a byline, "Theo Zing") go with it,
# so the byline rule reads them.
CLOSING_MAX_BLOCKS = 3
CLOSING_MAX_CHARS = 200
# A block after the container that is not a listing goes with it when it holds this many paragraphs of prose (or
# one, when it shares the container's class), with at most this share of its text in links.
SIBLING_MIN_PARAGRAPHS = 3
SIBLING_MAX_LINK_SHARE = 0.3
# One article split into boxes (a tour's programme / prices / policy / FAQ): the boxes beside the container's
# ancestors up to this many levels up that share a class token with that ancestor and hold prose (see _box_runs).
BOX_MAX_LEVELS = 3
# A box with more pictures linking to other pages than this many per paragraph of prose is a teaser listing.
BOX_MAX_PICTURE_LINKS = 0.5
# A caption set apart after a bare image is at most this long.
BARE_CAPTION_MAX_WORDS = 40
# The block and its parents up to this many levels may say they are a caption.
CAPTION_HINT_LEVELS = 3
LEAD_MAX_CHARS = 1500

# A held article (see _with_held_article) shorter than this is no article: a popup's or a widget's template.
HELD_MIN_CHARS = 200

NO_PAGE = "empty page: no HTML and no text"
NO_ARTICLE = "no article found: the page has no block of running text (a listing, a form or an empty template)"


@dataclass(frozen=True)
class ExtractedPage:
    """The article's lines (for the text pipeline) and what the page says about it."""

    lines: tuple[str, ...]
    sources: tuple[int, ...]  # the HTML source line each line starts on
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site_name: str | None = None
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    # what the DOM says each line is ("title", "subheading", "list_item", "table_row", "image", "caption") or None
    hints: tuple[str | None, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class _PageFacts(TypedDict):
    """The page's own title, author, date and site name: the keywords of :class:`ExtractedPage` they fill."""

    title: str | None
    author: str | None
    published: str | None
    site_name: str | None


def extract_article(html: Any, *, url: str | None = None, encoding: str | None = None) -> ExtractedPage:
    """The article of one page as lines, with title, author, date and the dropped page text.

    ``html``: str, bytes (decoded from BOM, UTF-8, Windows-1258 or the page's
    charset, or ``encoding``) or a BeautifulSoup. TypeError for other types,
    ValueError (:class:`vnnews_clean.DecodingError`, :class:`NotHtmlError`)
    for binary data.
    """
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be str or None, not {type(url).__name__}")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be str or None, not {type(encoding).__name__}")
    raw = as_text(html)
    used = None
    if isinstance(raw, bytes):
        raw, used = decode_html(raw, encoding)
    warnings: list[str] = []
    root = parse(raw, warnings)
    if root is None:
        return ExtractedPage((), (), warnings=(NO_PAGE,), encoding=used)
    meta = read_meta(root, url)
    held = held_markup(root)
    cut_never_text(root)
    page = _page_article(root, meta, warnings, used)
    return _with_held_article(page, held, meta) if held else page


def _page_article(root: Element, meta: PageMeta, warnings: list[str], used: str | None) -> ExtractedPage:
    """The article of a parsed page whose never-text elements are cut (see :func:`extract_article`)."""
    removed: list[Removal] = []
    body = root.find("body")
    if body is None:
        body = root
    _cut_furniture(body, removed)
    stats = text_stats(root)  # (a candidate may be <html> itself: scores pass up to ancestors of <body>)
    container = _best_container(body, stats)
    found = _PageFacts(title=meta.title, author=meta.author, published=meta.published, site_name=meta.site_name)
    if container is None:
        outside = _Walker(body, None, None)
        outside.run()
        removed.extend(outside.removed)
        warnings.append(NO_ARTICLE)
        # no article, so no article's title or author: the page's <title> names a listing or the site
        found["title"] = found["author"] = None
        return ExtractedPage((), (), removed=tuple(removed), warnings=tuple(warnings), encoding=used, **found)
    title = _title_element(body, container, meta.title)
    if title is not None:
        found["title"] = squash(text_of(title)) or meta.title
        walker = _Walker(body, title, container, stats)
    else:  # no title in the page's text: a lead the page set apart before the article still opens it
        walker = _Walker(body, _lead_before(container), container, stats, start_is_title=False)
    lines, sources = walker.run()
    if not lines:
        # the block chosen held nothing but what the walk leaves out (link lists, furniture): no article either
        warnings.append(NO_ARTICLE)
        found["title"] = found["author"] = None
    elif found["author"] is None:
        found["author"] = _linked_author(body, title if title is not None else container)
    removed.extend(walker.removed)
    removed.sort(key=lambda r: r.line)
    return ExtractedPage(
        tuple(lines),
        tuple(sources),
        removed=tuple(removed),
        warnings=tuple(warnings),
        encoding=used,
        hints=tuple(walker.hints),
        **found,
    )


def _with_held_article(page: ExtractedPage, held: list[HeldMarkup], meta: PageMeta) -> ExtractedPage:
    """The page's article, or the article in markup the page holds as text (:mod:`~vnnews_clean.html.held`) when
    that is longer: an editor's or preview page shows its own few lines around the article it loaded into a
    <textarea>. The page's lines then go to ``removed``, and a warning says where the article was read from.
    A held article not read (the page's own is longer) is named in a warning too: nothing is lost silently."""
    best: tuple[HeldMarkup, ExtractedPage] | None = None
    for markup in held:
        if len(markup.markup) < HELD_MIN_CHARS:
            continue  # (its text is shorter still: no article to read, no parse)
        try:
            root = parse(markup.markup)
        except NotHtmlError:
            continue
        if root is None:
            continue
        cut_never_text(root)  # (markup held inside held markup is not read: one level)
        inner = _page_article(root, meta, [], page.encoding)
        if inner.lines and (best is None or _text_chars(inner) > _text_chars(best[1])):
            best = (markup, inner)
    if best is None or _text_chars(best[1]) < HELD_MIN_CHARS:
        return page
    markup, inner = best
    if _text_chars(inner) <= _text_chars(page):
        note = f"{markup.element} at line {markup.line} holds an article as markup, not read: the page's own is longer"
        return replace(page, warnings=(*page.warnings, note))
    shift = markup.line - 1 if markup.line else 0

    def moved(removal: Removal) -> Removal:
        return replace(removal, line=removal.line + shift if removal.line else markup.line)

    outside = (
        Removal(RULE, n, line, None, "outside article") for line, n in zip(page.lines, page.sources, strict=True)
    )
    removed = sorted((*page.removed, *outside, *map(moved, inner.removed)), key=lambda r: r.line)
    warnings = [w for w in page.warnings if w != NO_ARTICLE]
    warnings.append(f"the article was read from markup held in a {markup.element} at line {markup.line}")
    return replace(
        inner,
        sources=tuple(n + shift if n else markup.line for n in inner.sources),
        title=inner.title or page.title,
        author=inner.author or page.author,
        published=inner.published or page.published,
        site_name=inner.site_name or page.site_name,
        removed=tuple(removed),
        warnings=(*warnings, *inner.warnings),
    )


def _text_chars(page: ExtractedPage) -> int:
    return sum(map(_chars, page.lines))


def _linked_author(body: Element, start: Element) -> str | None:
    """The name on the first link to an author's page (:data:`~vnnews_clean.html.cues.AUTHOR_LINK_PATHS`) from the
    title on: dantri's and thanhnien's author blocks under the title, "<a href=".../tac-gia/ai-vy-3473.htm"><b>Ái
    Vy</b></a>" (the page's furniture, comments among it, is cut before)."""
    started = False
    for element in body.iter():
        started = started or element is start
        if started and element.tag == "a" and any(path in (element.get("href") or "") for path in AUTHOR_LINK_PATHS):
            name = squash(text_of(element))
            if is_person_name(name):
                return name
    return None


def _cut_furniture(body: Element, removed: list[Removal]) -> None:
    """Remove menus, headers, footers, sidebars, comment boxes, share bars, ads.

    An element that holds an <h1> stays (an article's own <header>), and so
    does one that holds most of the page's paragraphs with a content hint on it
    or inside it, or an <article> or <main> inside it.
    """
    paragraphs = sum(1 for _ in body.iter("p"))
    page_chars: list[int] = []  # the page's text length, measured when first asked

    def body_chars() -> int:
        if not page_chars:
            page_chars.append(_chars(text_of(body)))
        return page_chars[0]

    doomed: list[tuple[Element, str]] = []
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str) or tag in NEVER_FURNITURE_TAGS:
            continue
        hint = hint_of(element)
        if tag == "header" and any(ancestor.tag == "article" for ancestor in element.iterancestors()):
            continue  # an article's own header (its sapo, subtitle, byline), not the page's; furniture in it still goes
        if tag in FURNITURE_TAGS:
            reason = f"<{tag}>"
        elif is_furniture_hint(hint):
            reason = f"class/id {hint.strip()[:80]!r}"
        else:
            continue
        if element.find(".//h1") is not None:
            continue
        if paragraphs >= 3 and 2 * sum(1 for _ in element.iter("p")) > paragraphs and _holds_content(element, hint):
            continue  # a layout wrapper ("wrap has-sidebar") around the article: its furniture inside still goes
        if _wraps_the_article(element, body_chars):
            continue  # the same, the article's text not in <p> ("<section class='signup search-main'>" of a theme)
        doomed.append((element, reason))
        walker.skip_subtree()
    for element, reason in doomed:
        text = spaced_text(element)
        if text:
            removed.append(Removal(RULE, element.sourceline or 0, text, None, f"page furniture: {reason}"))
        drop(element)


def _own_text(element: Element) -> tuple[str, int]:
    """The element's text outside its block children, and how much of it is link text."""
    parts = [element.text or ""]
    linked = 0
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS:
            text = _inline_text(child)
            parts.append(text)
            if tag == "a":
                linked += len(text.strip())
            else:
                linked += sum(len(_inline_text(a).strip()) for a in child.iter("a"))
        parts.append(child.tail or "")
    return squash(" ".join(parts)), linked


def _inline_text(element: Element) -> str:
    """The text of an inline element without the blocks nested in it (a card's <div> inside an <a>):
    those score on their own, and counting them here too would count a deep page once per level."""
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, inner in walker:
        if event == "start":
            if inner is not element and isinstance(inner.tag, str) and inner.tag in BLOCK_TAGS:
                walker.skip_subtree()
                continue  # its tail is still text of the inline element: read on its end event
            if isinstance(inner.tag, str):
                parts.append(inner.text or "")
        elif inner is not element:
            parts.append(inner.tail or "")
    return "".join(parts)


def _block_score(text: str, linked: int) -> float:
    """Running text scores: long, with commas, few links, common Vietnamese words."""
    words = text.lower().split()
    common = sum(1 for w in words if w in COMMON_WORDS) / len(words)
    score = 1 + text.count(",") + min(len(text) / 100, 3)
    return score * max(0.0, 1 - linked / len(text)) * (0.3 + min(2 * common, 1.0))


def _best_container(body: Element, stats: dict[Element, tuple[int, int, int]]) -> Element | None:
    scores: dict[Element, float] = {}
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag not in BLOCK_TAGS:
            continue
        text, linked = _own_text(element)
        if len(text) < MIN_BLOCK_CHARS:
            continue
        score = _block_score(text, linked)
        if score <= 0:
            continue
        target = element.getparent() if tag in PARAGRAPH_TAGS else element
        for share in PARENT_SHARES:
            if target is None:
                break
            scores[target] = scores.get(target, 0.0) + score * share
            target = target.getparent()
    if not scores:
        return None
    best, best_score = None, 0.0
    for candidate in sorted(scores, key=scores.__getitem__, reverse=True)[:TOP_CANDIDATES]:
        total, linked, _ = stats[candidate]
        score = scores[candidate] * max(0.0, 1 - linked / (total or 1))
        if is_content_hint(hint_of(candidate)):
            score *= CONTENT_HINT_BONUS
        if score > best_score:
            best, best_score = candidate, score
    return best if best is None else _widened(_repeated_container(best, scores, stats), stats)


# An article split into blocks of its own (a tour page's tabs, an itinerary's days, a program page's cards) holds the
# container and blocks beside it: the container widens to the nearest ancestor with more text (past wrappers that
# hold little more than its text) when that ancestor is text with almost no links (this share at most), the
# container holds between these shares of its text, and the title is not in it (a sapo or a byline beside the body
# is read by the title's walk), looking this many levels up.
WIDEN_MAX_LINK_SHARE = 0.05
WIDEN_MIN_SHARE = 0.25
WIDEN_MAX_SHARE = 0.75
WIDEN_MAX_LEVELS = 8
# An ancestor with little more text than the container is a wrapper of it (a label, a tab's name beside it).
WRAPPER_MIN_SHARE = 0.9


def _widened(container: Element, stats: dict[Element, tuple[int, int, int]]) -> Element:
    """The container, or the ancestor whose other text is more of the article: blocks of prose beside it with almost
    no links, as a page that splits one article into tabs or boxes prints them."""
    own = stats.get(container, (0, 0, 0))[0]
    node = container
    for _ in range(WIDEN_MAX_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        chars, linked, _links = stats.get(parent, (0, 0, 0))
        if own >= WRAPPER_MIN_SHARE * chars:
            node = parent  # a wrapper of the container's text (and a label beside it)
            continue
        few_links = linked <= WIDEN_MAX_LINK_SHARE * chars
        if few_links and WIDEN_MIN_SHARE * chars <= own <= WIDEN_MAX_SHARE * chars and parent.find(".//h1") is None:
            return parent
        break
    return container


def _repeated_container(
    best: Element, scores: dict[Element, float], stats: dict[Element, tuple[int, int, int]]
) -> Element:
    """The ancestor of ``best`` (a few levels up) whose children repeat the branch ``best`` is in, each
    with text that scores, mostly outside links: a photo story or a live blog prints its text one
    paragraph or two per figure or entry under repeated wrappers, so no single block holds most of
    it and a paragraph's score reaches only the nearest levels. Else ``best``."""
    node = best
    for _ in range(REPEATED_MAX_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        kind = (node.tag, node.get("class"))
        alike = sum(
            1
            for child in parent
            if child.tag == kind[0] and child.get("class") == kind[1] and scores.get(child, 0.0) > 0
        )
        total, linked, _ = stats[parent]
        if alike >= REPEATED_MIN_BLOCKS and linked < REPEATED_MAX_LINK_SHARE * total:
            return parent
        node = parent
    return best


def _wraps_the_article(element: Element, body_chars: Callable[[], int]) -> bool:
    """``element`` holds the page's one <article> or <main> and most of the page's text: a theme's wrapper around
    the article whatever its class says, when the text is set in blocks other than <p> (a blog theme's <div>s and
    <br>s). A box of other stories' cards holds several <article>s."""
    if len(list(islice(element.iterdescendants("article", "main"), 2))) != 1:
        return False
    return 2 * _chars(text_of(element)) > body_chars()


def _holds_content(element: Element, hint: str) -> bool:
    """``element`` says it is, or holds, the article: a content hint on it or below, an <article> or <main> below."""
    if is_content_hint(hint):
        return True
    return any(
        isinstance(inner.tag, str) and (inner.tag in ("article", "main") or is_content_hint(hint_of(inner)))
        for inner in element.iterdescendants()
    )


def _chars(text: str) -> int:
    """Characters other than white space: a length to compare, without splitting a whole article into words."""
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")


def text_stats(root: Element) -> dict[Element, tuple[int, int, int]]:
    """(characters, characters inside links, links) of every element's text under ``root``, white
    space not counted, in one pass: asking each nested block for its subtree's text would read a
    deep page once per level."""
    stats: dict[Element, tuple[int, int, int]] = {}
    for _, inner in etree.iterwalk(root, events=("end",)):
        chars, linked, links = _chars(inner.text or "") if isinstance(inner.tag, str) else 0, 0, 0
        for child in inner:
            child_chars, child_linked, child_links = stats[child]
            chars += child_chars + _chars(child.tail or "")
            linked += child_linked
            links += child_links
        if inner.tag == "a":
            linked, links = chars, links + 1
        stats[inner] = (chars, linked, links)
    return stats


def _same_title(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def _lead_before(container: Element) -> Element | None:
    """The block right before the article (before it or an ancestor of it; empty blocks, an ad slot the page fills
    later, passed over) that says it holds the lead ("sapo_detail", "lead", "summary"; :func:`cues.is_lead_hint`)
    or reads as one (:func:`_reads_as_lead`), and holds a lead's text, or None."""
    element: Element | None = container
    skipped = False
    while element is not None and element.tag not in ("body", "html"):
        previous = element.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None:
            text = squash(text_of(previous))
            if not text:
                element = previous  # an empty block (an ad slot the page fills later): the lead may stand before it
                continue
            if len(text) > LEAD_MAX_CHARS:
                return None
            if is_lead_hint(hint_of(previous)) or _reads_as_lead(text):
                return previous
            linked = sum(len(squash(text_of(link))) for link in previous.iter("a"))
            if skipped or len(text) > KICKER_MAX_CHARS or 2 * linked < len(text):
                return None
            # one short line, mostly a link, between the lead and the article (an event's or a tag's kicker, "Sự
            # kiện: <a>Chuyện của sao</a>"): the lead may stand right before it
            skipped = True
            element = previous
            continue
        element = element.getparent()
    return None


# A kicker or a tag line standing between a lead and the article (mostly a link) is this short at most.
KICKER_MAX_CHARS = 80


# A lead with no class to say so reads as one paragraph of prose of a few sentences.
LEAD_MAX_SENTENCES = 3


def _reads_as_lead(text: str) -> bool:
    """``text`` (a block right before the article) is a paragraph of article prose of a few sentences: a lead
    the page set apart under a class no lexicon knows."""
    return features_of(text).prose and sentence_count(text) <= LEAD_MAX_SENTENCES


def _title_element(body: Element, container: Element, meta_title: str | None) -> Element | None:
    """The article's <h1>: the one that matches the page's title, else the last before the container
    (or the first inside it, when it stands before most of the container's text)."""
    order = {element: i for i, element in enumerate(body.iter())}
    start = order[container]
    end = start + sum(1 for _ in container.iter())
    total: list[int] = []  # the container's text length, measured when first asked

    def late(head: Element) -> bool:
        """An <h1> inside the container after most of its text is no title over it: a footer's site name inside a
        container the page never closed, where the article would start at the page's end."""
        if not start <= order[head] < end:
            return False
        if not total:
            total.append(_chars(text_of(container)))
        return _text_before(container, head) * 2 > total[0]

    heads = [h for h in body.iter("h1") if squash(text_of(h))]
    if meta_title:
        for head in heads:
            if order[head] < end and _same_title(squash(text_of(head)), meta_title) and not late(head):
                return head
    before = [h for h in heads if order[h] < start]
    if before:
        return before[-1]
    inside = [h for h in heads if start <= order[h] < end]
    return inside[0] if inside and not late(inside[0]) else None


def _text_before(container: Element, head: Element) -> int:
    """Characters of the container's text that come before ``head`` in document order (the tails of its ancestors
    come after it)."""
    above = set(head.iterancestors())
    chars = _chars(container.text or "")
    for element in container.iterdescendants():
        if element is head:
            return chars
        chars += _chars(element.text or "") + (0 if element in above else _chars(element.tail or ""))
    return chars


def _body_parts(
    container: Element, stats: dict[Element, tuple[int, int, int]]
) -> tuple[tuple[Element, ...], tuple[Element, ...]]:
    """The blocks of the article: the container and the blocks after it in document order, and the boxes
    before it.

    Right after the container under the same parent, the blocks that go on with the article
    (:func:`_goes_on_with`): an info box beside the body ("<div class='definition article'>", a subheading and
    four paragraphs), the second part of a body printed in two blocks. Blocks without text between them (an
    <hr>, an empty wrapper) are passed over; loose text or any other block ends the run. Then the boxes of an
    article split into boxes of one kind (:func:`_box_runs`): after those blocks, and beside each ancestor up
    to :data:`BOX_MAX_LEVELS` levels up while each level's run reaches its parent's end (so no unread block lies
    between); the boxes before the container and its ancestors come second (read between the title and the
    container, never trimmed as page matter there)."""
    parts = [container]
    end, following = container, container.getnext()
    while following is not None and not (end.tail or "").strip():
        if isinstance(following.tag, str) and stats.get(following, (0, 0, 0))[0]:
            if not _goes_on_with(following, container, stats):
                break
            parts.append(following)
        end, following = following, following.getnext()
    before: list[Element] = []
    node, last, reached_end = container, parts[-1], True
    for _ in range(BOX_MAX_LEVELS + 1):
        if node.getparent() is None or node.tag in ("body", "html"):
            break
        earlier, later = _box_runs(node, last, stats)
        before[:0] = earlier
        if reached_end:
            parts.extend(later)
            reached_end = _is_last_block(parts[-1], stats)
        node = node.getparent()
        last = node
    return tuple(parts), tuple(before)


def _is_last_block(block: Element, stats: dict[Element, tuple[int, int, int]]) -> bool:
    """No text under ``block``'s parent after it."""
    if (block.tail or "").strip():
        return False
    return all(
        not (isinstance(after.tag, str) and stats.get(after, (0, 0, 0))[0]) and not (after.tail or "").strip()
        for after in block.itersiblings()
    )


def _box_runs(
    node: Element, last: Element, stats: dict[Element, tuple[int, int, int]]
) -> tuple[list[Element], list[Element]]:
    """The boxes beside ``node`` (before it, after it) that are more of its article: a page that splits one
    article into sibling boxes of one kind (a tour's "Chương trình tour" / "Tour bao gồm" / "Giá tour" / "Chính
    sách hủy" / "Câu hỏi thường gặp" boxes, each ``div.tourbox_list``) marks them with a class token they share.
    A box goes with it when it shares a class token with ``node`` and holds a paragraph of prose
    (:func:`_box_kind`); the boxes between it and ``node`` (a price list, a heading alone) go too when they
    are not a listing either. Each side's run stops at the first block with text that is neither, or at loose
    text; the run after ``node`` starts after ``last`` (the last of the blocks already read with it)."""
    earlier = _box_run(node, node.itersiblings(preceding=True), stats, backwards=True)
    later = [] if (last.tail or "").strip() else _box_run(node, last.itersiblings(), stats, backwards=False)
    return earlier[::-1], later


def _box_run(
    node: Element, siblings: Iterator[Element], stats: dict[Element, tuple[int, int, int]], *, backwards: bool
) -> list[Element]:
    """The run of boxes of ``node``'s article among ``siblings`` (walked away from ``node``), see _box_runs."""
    run: list[Element] = []
    pending: list[Element] = []
    for sibling in siblings:
        if backwards and (sibling.tail or "").strip():
            break  # (loose text between this sibling and the run)
        if isinstance(sibling.tag, str) and stats.get(sibling, (0, 0, 0))[0]:
            kind = _box_kind(sibling, node, stats)
            if kind is None:
                break
            pending.append(sibling)
            if kind:
                run += pending
                pending = []
        if not backwards and (sibling.tail or "").strip():
            break
    return run


def _box_kind(box: Element, node: Element, stats: dict[Element, tuple[int, int, int]]) -> bool | None:
    """Whether ``box`` beside ``node`` is a box of the same article: None when not (another tag, no class token
    in common, or a listing: links, pictures linking to pages beside little prose, a related or comments
    heading, a furniture cue, an <h1>), else whether it holds a paragraph of prose."""
    if box.tag != node.tag or box.tag not in BLOCK_TAGS or box.tag in PARAGRAPH_TAGS or box.tag in FURNITURE_TAGS:
        return None
    tokens = set((box.get("class") or "").split())
    if not tokens & set((node.get("class") or "").split()):
        return None
    if box.find(".//h1") is not None or is_furniture_hint(hint_of(box)):
        return None
    chars, linked, _ = stats[box]
    if linked > SIBLING_MAX_LINK_SHARE * chars:
        return None
    counts = _prose_and_short_lines(box)
    if counts is None:
        return None
    prose = counts[0]
    pictured = sum(1 for link in box.iter("a") if _links_a_picture(link))
    if pictured > prose * BOX_MAX_PICTURE_LINKS:
        return None
    return prose > 0


def _links_a_picture(link: Element) -> bool:
    """A link to a page that wraps a picture (a teaser's); "#" and script links are a page's own buttons."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False
    return link.find(".//img") is not None


def _goes_on_with(block: Element, container: Element, stats: dict[Element, tuple[int, int, int]]) -> bool:
    """``block``, right after the article's container, is more of the article: it shares a content class with
    the container (or its whole class), or holds several paragraphs of prose; and in either case it is not a
    listing. A listing is link-dense, or links a picture (a teaser's), or opens with a related-news heading
    ("Tin liên quan", "Đọc thêm"), or has more short lines (headlines, dates, category names) than paragraphs
    of prose, as a related list's items have (a headline and a teaser each, a date too)."""
    tag = block.tag
    if tag not in BLOCK_TAGS or tag in PARAGRAPH_TAGS or tag in FURNITURE_TAGS or block.find(".//h1") is not None:
        return False
    if is_furniture_hint(hint_of(block)):
        return False
    chars, linked, _ = stats[block]
    if linked > SIBLING_MAX_LINK_SHARE * chars or any(link.find(".//img") is not None for link in block.iter("a")):
        return False
    counts = _prose_and_short_lines(block)
    if counts is None:
        return False
    prose, short = counts
    if prose == 0 or short > prose:
        return False
    return prose >= SIBLING_MIN_PARAGRAPHS or _shares_class(block, container)


def _prose_and_short_lines(block: Element) -> tuple[int, int] | None:
    """How many of ``block``'s blocks of own text read as prose and how many not; None when its first line heads
    a listing (:func:`_opens_listing`)."""
    prose = short = 0
    for inner in block.iter():
        if not isinstance(inner.tag, str) or inner.tag not in BLOCK_TAGS:
            continue
        text, _ = _own_text(inner)
        if not text:
            continue
        if prose == short == 0 and _opens_listing(text):
            return None
        if features_of(text).prose:
            prose += 1
        else:
            short += 1
    return prose, short


def _opens_listing(text: str) -> bool:
    """A block's first line that heads links to other articles ("Tin liên quan", "Xem thêm", "Đọc thêm: <title>")
    or readers' comments ("Ý kiến bạn đọc")."""
    key = short_key(text)
    return (
        key in INLINE_LINK_LABELS or key in COMMENT_SECTION_HEADINGS or is_related_heading(text) or is_inline_link(text)
    )


def _shares_class(block: Element, container: Element) -> bool:
    """The two blocks have the same class, or share a class token that names an article's text ("article")."""
    mine, theirs = (block.get("class") or "").split(), (container.get("class") or "").split()
    if not mine:
        return False
    return mine == theirs or any(token in theirs and is_content_hint(token.lower()) for token in mine)


def _closing_end(container: Element) -> Element:
    """The last of the short link-free blocks right after the container (a closing byline), else the container."""
    end = container
    for _ in range(CLOSING_MAX_BLOCKS):
        following = end.getnext()
        if following is None or not isinstance(following.tag, str) or (end.tail or "").strip():
            break
        text = squash(text_of(following))
        if not text or len(text) > CLOSING_MAX_CHARS or following.find(".//a") is not None:
            break
        end = following
    return end


class _Walker:
    """One pass over the page in document order.

    Lines from ``start`` (the title) to the end of ``container`` are the
    article; the rest is recorded as outside the article. Inside, listings
    are dropped and figures become marker and caption.
    """

    def __init__(
        self,
        body: Element,
        start: Element | None,
        container: Element | None,
        stats: dict[Element, tuple[int, int, int]] | None = None,
        *,
        start_is_title: bool = True,
    ) -> None:
        self.body = body
        self.start_is_title = start_is_title
        self.start = start if start is not None else container
        self.container = container
        self.text_stats = stats  # see text_stats (found when first needed if not given)
        # the container and the blocks after it that go on with the article, labelled alike
        self.parts, self.boxes_before = _body_parts(container, self._all_stats()) if container is not None else ((), ())
        self.end = _closing_end(self.parts[-1]) if self.parts else None
        self.parts += self.boxes_before
        self.keepers = set(container.iterancestors()) | set(self.parts) if container is not None else set()
        if self.start is not None:
            self.keepers |= set(self.start.iterancestors())
        self.lines: list[str] = []
        self.sources: list[int] = []
        self.hints: list[str | None] = []  # what the DOM says each line is (see ExtractedPage.hints)
        self.boxed_lines: set[int] = set()  # lines of the article's boxes before the container (see _body_parts)
        self.removed: list[Removal] = []
        self.buffer: list[str] = []
        self.has_text = False  # the buffer holds more than white space (a flag: joining it per piece is quadratic)
        self.linked = 0  # characters of the buffer inside <a>
        self.in_link = 0  # open <a> elements
        self.title_line: int | None = None
        self.heading_line: int | None = None  # the last line a heading block gave
        self.source = 0
        self.active = False
        self.lead: tuple[int, int] | None = None
        self.block: Element | None = None  # the block element last opened
        self.image: Element | None = None  # a bare <img> waiting to see whether a caption follows

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        line = squash(raw)
        linked, self.linked, self.buffer, self.has_text = self.linked, 0, [], False
        if not line:
            return
        image, self.image = self.image, None
        if self.active and linked >= LINK_LINE_SHARE * len(raw.strip()) and len(self.lines) != self.title_line:
            self.removed.append(Removal(RULE, self.source, line, None, "link line"))
        elif self.active and image is not None and _is_caption_block(self.block, line):
            # marker and piped caption, as a figure gives them: the image rule drops or keeps the caption
            self.lines += [IMAGE_MARKER, f"| {line} |"]
            self.sources += [image.sourceline or 0, self.source]
            self.hints += ["image", "caption"]
        elif self.active:
            if self.boxes_before and self.block is not None and _inside(self.block, self.boxes_before):
                self.boxed_lines.add(len(self.lines))
            self.lines.append(line)
            self.sources.append(self.source)
            self.hints.append(self._hint_of(line))
        else:
            self.removed.append(Removal(RULE, self.source, line, None, "outside article"))

    def _drop_closing_heading(self) -> None:
        """The article's last line is a heading with nothing of the article under it: the heading of what the page
        sets after the article (its listings, "Tin rao thuộc dự án"; its gallery, "Chùm ảnh …"), which is cut."""
        last = len(self.lines) - 1
        if last < 1 or self.heading_line != last or last == self.title_line:
            return
        self.removed.append(Removal(RULE, self.sources[last], self.lines[last], None, "heading after the article"))
        del self.lines[last], self.sources[last], self.hints[last]
        self.boxed_lines.discard(last)
        self.heading_line = None

    def _hint_of(self, line: str) -> str | None:
        """What the DOM says the line just flushed is: the title, a heading or a list item of the article."""
        if len(self.lines) - 1 == self.title_line:
            return "title"
        block = self.block
        if block is None or self.container is None:
            return None
        if block.tag in HEADING_TAGS and _inside(block, self.parts):
            return "subheading"
        if block.tag == "li" and _inside(block, self.parts):
            return "list_item"
        if line == IMAGE_MARKER:
            return "image"
        if line.startswith("| ") and line.endswith(" |"):
            return "caption"
        return None

    def add(self, text: str | None, element: Element) -> None:
        if text:
            if not self.has_text:
                self.source = element.sourceline or 0
                self.has_text = not text.isspace()
            self.buffer.append(text)
            if self.in_link:
                self.linked += len(text.strip())

    def emit(self, line: str, element: Element) -> None:
        self.flush()
        self.source = element.sourceline or 0
        self.buffer, self.has_text = [line], True
        self.linked = 0
        self.flush()

    def run(self) -> tuple[list[str], list[int]]:
        walker = etree.iterwalk(self.body, events=("start", "end"))
        lead_start = lead_end = None
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):
                if event == "end":
                    self.add(element.tail, element)
                continue
            block = tag in BLOCK_TAGS
            if event == "start":
                if element is self.start:
                    self.flush()
                    self.active = True
                    if self.start is not self.container and self.start_is_title:
                        self.title_line = len(self.lines)
                if element is self.container and self.start is not self.container:
                    self.flush()
                    lead_end = len(self.lines)
                if tag == "br" and self.block is not None and self.block.tag in TITLE_TAGS:
                    self.add(" ", element)  # a heading broken over lines ("<h1>Bi, hài<br>chuyện …</h1>") is one line
                elif block or tag == "br":
                    self.flush()
                if block:
                    self.block = element
                if self.active and self._special(element, tag):
                    walker.skip_subtree()
                    continue
                if tag == "img" and self.active and not self.has_text:
                    # a bare image: a marker only if a block set apart as its caption follows; the
                    # line after an image is otherwise body text, never guessed to be a caption
                    self.flush()
                    self.image = element
                if tag == "a" and _leads_away(element):
                    self.in_link += 1
                self.add(element.text, element)
            else:
                if tag == "a" and _leads_away(element):
                    self.in_link -= 1
                if block:
                    count = len(self.lines)
                    self.flush()
                    if tag in HEADING_TAGS and len(self.lines) == count + 1:
                        self.heading_line = count  # (the heading's own text, not what follows it)
                if element is self.start and self.start is not self.container:
                    lead_start = len(self.lines)
                if element is self.end:
                    self.flush()
                    self._drop_closing_heading()
                    self.active = False
                self.add(element.tail, element)
        self.flush()
        if lead_start is not None and lead_end is not None:
            self._trim_lead(lead_start, lead_end)
        return self.lines, self.sources

    def _special(self, element: Element, tag: str) -> bool:
        """Handle a figure, an image table or a listing whole; True when done with it."""
        if element in self.keepers:
            return False
        if (tag == "figure" or tag == "table") and element.find(".//img") is not None:
            if tag == "figure":
                caption = element.find(".//figcaption")
                text = squash(text_of(caption)) if caption is not None else ""
                whole = squash(text_of(element))
                if len(whole) > len(text):
                    # text beside the caption (a theme's caption in a <p>, the photographer's "PhotoCMS_Author" after
                    # the figcaption, a paragraph set in the figure): a caption's worth of it is the caption's; more
                    # is read block by block, so nothing is lost
                    beside = len(whole) - len(text)
                    if len(whole) > IMAGE_TABLE_MAX_CHARS or (caption is not None and beside > FIGURE_CREDIT_MAX_CHARS):
                        return False
                    text = whole
            else:
                if self._stats(element)[0] > IMAGE_TABLE_MAX_CHARS:
                    return False  # (counted once for the page: nested tables are not read again and again)
                text = squash(text_of(element))
                if len(text) > IMAGE_TABLE_MAX_CHARS:
                    return False
            self.emit(IMAGE_MARKER, element)
            if text:
                self.emit(f"| {text} |", element)
            return True
        if tag == "video" or "video" in (element.get("type") or "").casefold():
            # a video set in the article (<video>, the VCCorp CMS's <div type="VideoStream"> of thanhnien, kenh14,
            # cafef …): a picture's marker, and its caption as a figure's ("<div class='VideoCMS_Caption'>")
            caption = next((d for d in element.iterdescendants() if is_caption_hint(hint_of(d))), None)
            text = squash(text_of(caption)) if caption is not None else ""
            if len(squash(text_of(element))) > len(text) + VIDEO_TEXT_MAX_CHARS:
                return False  # text of its own beside its caption (a video story's article): read as any block
            self.flush()
            self.emit(IMAGE_MARKER, element)
            if text:
                self.emit(f"| {text} |", element)
            return True
        if tag in CARD_TAGS and self._is_card(element):
            self.flush()
            self.removed.append(Removal(RULE, element.sourceline or 0, spaced_text(element), None, "related card"))
            return True
        if tag in LISTING_TAGS:
            chars, linked, links = self._stats(element)
            if links >= LISTING_MIN_LINKS and chars and linked >= LISTING_LINK_SHARE * chars:
                self.flush()
                record = spaced_text(element)
                self.removed.append(Removal(RULE, element.sourceline or 0, record, None, "link-dense block"))
                return True
        if tag == "table" and (rows := _data_rows(element)):
            # a table of data (fixtures, standings, prices): a row a line, its cells in order, an entry of the
            # article as a list's item is; a cell a line would leave times, scores and names alone on their lines
            # (between the title and the container too: a table of data there is the article's, a schedule or a
            # project's figures set before its text, no page chrome, so it is kept as the article's boxes are)
            self.flush()
            inside = _inside(element, self.parts)
            for row, text in rows:
                self.boxed_lines.add(len(self.lines))
                self.lines.append(text)
                self.sources.append(row.sourceline or 0)
                self.hints.append("table_row" if inside else None)
            return True
        return False

    def _is_card(self, element: Element) -> bool:
        """A card for another article set in the text: a picture and a title that link to the same page, a
        short summary perhaps ("Đọc thêm" boxes: ``article.ck-cms-insert-news``, a thumbnail link, the title's
        link, an unlinked description). A paragraph's links never wrap a picture."""
        chars, _, links = self._stats(element)
        if links < CARD_MIN_LINKS or chars > CARD_MAX_CHARS:
            return False
        pictured: set[str] = set()
        titled: set[str] = set()
        for link in element.iter("a"):
            href = link.get("href")
            if not href:
                continue
            if link.find(".//img") is not None or link.find(".//picture") is not None:
                pictured.add(href)
            elif more_words_than(squash(text_of(link)), CARD_TITLE_MIN_WORDS - 1):
                titled.add(href)  # (a title: an author's avatar and name link to one page too, "Ái Vy")
        return not pictured.isdisjoint(titled)

    def _stats(self, element: Element) -> tuple[int, int, int]:
        return self._all_stats().get(element, (0, 0, 0))

    def _all_stats(self) -> dict[Element, tuple[int, int, int]]:
        if self.text_stats is None:
            self.text_stats = text_stats(self.body)
        return self.text_stats

    def _trim_lead(self, start: int, end: int) -> None:
        """Between the title and the container: kept when short (a lead, a date), else its lines that are not prose
        are dropped; the lines of the article's own boxes there (see _body_parts) and its prose paragraphs (a sapo,
        an interview's question, an event's lead, the article's first paragraphs above an ad that split it) are
        always kept, for the text steps to judge."""
        others = [i for i in range(start, end) if i not in self.boxed_lines]
        middle = [self.lines[i] for i in others]
        if len(middle) <= LEAD_MAX_LINES and sum(map(len, middle)) <= LEAD_MAX_CHARS:
            return
        prose = {i for i in others if features_of(self.lines[i]).prose}
        for i in others:
            if i not in prose:
                self.removed.append(
                    Removal(RULE, self.sources[i], self.lines[i], None, "between the title and the article")
                )
        # (one pass over the range, not a deletion per line: a page may hold thousands there)
        kept = [i for i in range(start, end) if i in self.boxed_lines or i in prose]
        self.lines[start:end] = [self.lines[i] for i in kept]
        self.sources[start:end] = [self.sources[i] for i in kept]
        self.hints[start:end] = [self.hints[i] for i in kept]


HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TITLE_TAGS = HEADING_TAGS | {"h1"}
# A table of data: this many rows at least with two cells of text or more, no cell longer than this (a longer one is
# a paragraph: a table that lays the page out, but see DATA_NOTES_PER_CELLS), no table inside it.
DATA_TABLE_MIN_ROWS = 2
DATA_CELL_MAX_CHARS = 150
# A grid of many cells may hold a few longer notes (a dose's terms in a vaccination schedule): one in ten of its cells
# at most, none longer than a short paragraph.
DATA_NOTES_PER_CELLS = 10
# A grid whose rows hold two cells or more, most of them one filled: this many rows, one of them with two filled.
SPARSE_TABLE_MIN_ROWS = 3
DATA_NOTE_MAX_CHARS = 600


def _data_rows(table: Element) -> list[tuple[Element, str]]:
    """The rows of a table of data, each with its cells' text joined by :data:`lines.shapes.CELL_SEPARATOR` (its
    caption first, as a line of its own); none for a table that lays out a page or a box, or holds one cell a row."""
    if table.find(".//table") is not None:
        return []
    rows: list[tuple[Element, str]] = []
    wide = filled = long = gridded = 0
    caption = table.find("caption")
    if caption is not None and (text := squash(text_of(caption))):
        rows.append((caption, text))
    for row in table.iter("tr"):
        cells = [squash(text_of(cell)) for cell in row if cell.tag in ("td", "th")]
        if any(len(cell) > DATA_NOTE_MAX_CHARS for cell in cells):
            return []
        long += sum(1 for cell in cells if len(cell) > DATA_CELL_MAX_CHARS)
        if not any(cells):
            continue
        filled += sum(1 for cell in cells if cell)
        wide += sum(1 for cell in cells if cell) >= 2
        gridded += len(cells) >= 2
        rows.append((row, CELL_SEPARATOR.join(cell for cell in cells if cell)))
    # (a longer cell is a note of the grid's, "Tiêm 2 liều cách nhau …", when such cells are few among many; a sparse
    # grid, a match's scorers by side, "Suarez 3' | Cavani 62'" / "Messi 50'" / …, fills two cells of one row only)
    grid = wide >= DATA_TABLE_MIN_ROWS or (wide and gridded >= SPARSE_TABLE_MIN_ROWS)
    return rows if grid and long * DATA_NOTES_PER_CELLS <= filled else []


# A video element with more text than this beside its caption is read as any block: what it holds is more than a
# player's fallback message ("Trình duyệt của bạn không hỗ trợ phát video này.", 49 characters), a paragraph of
# the article perhaps, and the article's text is never lost for a caption.
VIDEO_TEXT_MAX_CHARS = 80


def _leads_away(link: Element) -> bool:
    """A link to another page: not a toggle of the page's own accordion or tab, nor a jump to a place on it
    (``href="#collapse2"``, ``data-toggle``, ``javascript:``; an FAQ's questions and a schedule's sections are such
    headings), whose text is the article's heading, no link line."""
    href = (link.get("href") or "").strip()
    if not href or link.get("data-toggle") is not None or href.startswith("javascript:"):
        return False  # (an anchor with no address names a place on the page: "<a name='dieu_1'><b>Điều 1. …</b></a>")
    # (a bare "#" is a link's placeholder, as a saved page or a mock-up writes every link's address)
    return not (href.startswith("#") and len(href) > 1)


def _inside(element: Element, parts: tuple[Element, ...]) -> bool:
    """``element`` is one of ``parts`` or inside one."""
    return element in parts or any(parent in parts for parent in element.iterancestors())


def _is_caption_block(block: Element | None, line: str) -> bool:
    """The block right after a bare image is its caption: its class/id (or a parent's) says so, or all of
    its text is set in emphasis ("<p><em>Quang cảnh buổi lễ. Ảnh: TTXVN</em></p>"), short, and no question."""
    if block is None or line.count(" ") >= BARE_CAPTION_MAX_WORDS:
        return False
    holder: Element | None = block
    for _ in range(CAPTION_HINT_LEVELS):  # "<div class='PhotoCMS_Caption'><p>...</p></div>"
        if holder is None:
            break
        if is_caption_hint(hint_of(holder)):
            return True
        holder = holder.getparent()
    if asks(line) or heads_what_follows(line):
        # an interview's question set in italics under a picture ("- Còn chuyện tình yêu …?"), a label over what
        # follows ("<p><em>Trên sàn HNX:</em></p>" between two charts)
        return False
    emphasized = " ".join(text_of(child) for child in block if child.tag in CAPTION_INLINE_TAGS)
    return squash(emphasized) == line
