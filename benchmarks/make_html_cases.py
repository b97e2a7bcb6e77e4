#!/usr/bin/env python3
# ruff: noqa: E501  (markup is quoted whole, as the sites print it)
"""Write an HTML gold set: real article bodies laid out as full pages of Vietnamese news sites.

Bodies are the gold-certain ones of ``make_cases.py`` (``../shared/corpora/baomoi-500.txt``); the
wording of the furniture (menus, related titles, bylines, captions, comments, footers) comes from
``gold_templates.py``. What this script adds is the page: each skin below reproduces the markup of
one real site's article page, as far as public crawlers' selectors and saved pages show it (VnExpress
``article.fck_detail`` with ``p.description`` and ``p.Normal``, Dân trí ``div.singular-content``,
Tuổi Trẻ ``div#main-detail-body``, Znews ``div.the-article-body``, Tiền Phong ``div.article__body``,
Lao Động ``div.chappeau``...): head with ``og:title`` carrying the site name and JSON-LD
``NewsArticle``, header menu, breadcrumb, sapo in the site's tag, figures with ``figcaption`` or
caption tables, related boxes inside and after the article, inline "Xem thêm" links, bylines in bold,
share bars, tags, comment boxes, most-read sidebars and footers.

Each case is three files:

  NAME.input.html  the page
  NAME.gold.txt    title, sapo (without its agency prefix) and body paragraphs, one per line;
                   "?? " marks a line that may be kept or dropped (short lines of the body, which
                   the source page may have printed as a sub-heading)
  NAME.gold.json   {"title", "author", "source", "published"} as the page states them

Gold lines are always the text of one block of the page (or the tail of the sapo after its agency
prefix): the generator never puts text into gold that the page does not show. Captions, bylines,
related titles, comments and every other piece of furniture are noise.

Usage:
  python benchmarks/make_html_cases.py [--corpus PATH] [--out benchmarks/html_cases] [--seed 11] [--per-site 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_templates as T
import make_cases as M

HERE = Path(__file__).resolve().parent
E = html.escape
# A body line that is a related-news list flattened into one line by the corpus's own crawler
# ("Các tin liên quan ..."): not article text, so such bodies are not used.
_FLAT_RELATED = re.compile(r"^(các )?(tin|bài)( viết)? (liên quan|khác|cùng chuyên mục)\b", re.I)


def usable(body: M.Body) -> bool:
    return not any(_FLAT_RELATED.match(x) for x, _ in body.rest)


# ---------------------------------------------------------------- pieces shared by all skins


@dataclass
class Page:
    """What one page is made of, and what its gold says."""

    slug: str
    body: M.Body
    pools: M.Pools
    rng: random.Random
    site: T.Site
    when: dt.datetime
    when_state: object = None  # the rng state that drew ``when``: datelines replay it to print the same date
    prefix: str = ""  # agency prefix printed before the sapo
    source: str | None = None
    author: str | None = None
    byline_line: str | None = None
    avoid: frozenset[str] = frozenset()
    extra_gold_meta: dict[str, str | None] = field(default_factory=dict)

    def name(self) -> str:
        return self.rng.choice(T.AUTHORS)

    def titles(self, k: int) -> list[list[str]]:
        """k related items (title [, teaser]) that are no line of this article."""
        return M.related_items(self.site, self.rng, self.pools, k, "", self.avoid)

    def iso(self) -> str:
        return self.when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def slugify(text: str) -> str:
    import unidecode

    out = "".join(c if c.isalnum() else "-" for c in unidecode.unidecode(text).lower())
    return "-".join(x for x in out.split("-") if x)[:80]


def href(p: Page, title: str, ext: str = ".html") -> str:
    return f"/{slugify(title)}-{p.rng.randint(1000000, 9999999)}{ext}"


def head(p: Page, site_name: str, sep: str, domain: str, jsonld: str = "person", extra: str = "") -> str:
    """<head> with <title>, og:title carrying the site name, article:published_time and JSON-LD."""
    t = E(p.body.title)
    desc = E(p.body.lead[:200])
    url = f"https://{domain}{href(p, p.body.title)}"
    author_ld: object
    if jsonld == "org":
        author_ld = {"@type": "Organization", "name": site_name}
    elif p.author:
        author_ld = {"@type": "Person", "name": p.author}
    else:
        author_ld = None
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": p.body.title,
        "description": p.body.lead[:160],
        "image": {"@type": "ImageObject", "url": f"https://{domain}/og/{p.rng.randint(1, 99999)}.jpg"},
        "datePublished": p.iso(),
        "dateModified": (p.when + dt.timedelta(minutes=p.rng.randint(3, 300))).strftime("%Y-%m-%dT%H:%M:%S+07:00"),
        "publisher": {
            "@type": "Organization",
            "name": site_name,
            "logo": {"@type": "ImageObject", "url": f"https://{domain}/logo.png"},
        },
    }
    if author_ld is not None:
        ld["author"] = author_ld
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": f"https://{domain}/", "name": "Trang chủ"}},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"@id": f"https://{domain}/c", "name": p.rng.choice(T.CATEGORIES)},
            },
        ],
    }
    ld_block = (
        ""
        if jsonld == "none"
        else f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{t}{E(sep)}{E(site_name)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{desc}">\n'
        f'<meta property="og:title" content="{t}{E(sep)}{E(site_name)}">\n'
        f'<meta property="og:description" content="{desc}">\n'
        f'<meta property="og:site_name" content="{E(site_name)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{p.iso()}">\n'
        f'<link rel="canonical" href="{url}">\n'
        f"{ld_block}"
        f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>\n'
        "<style>body{font-family:Arial,sans-serif}.hidden{display:none}.ads{min-height:250px}</style>\n"
        '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());'
        'var _ADM_Channel="%2Ftin-tuc%2Fchi-tiet%2F";</script>\n'
        f"{extra}</head>\n"
    )


def nav(p: Page, cls: str, home: str = "Trang chủ", sep: str = "") -> str:
    cats = p.rng.sample(T.CATEGORIES, p.rng.randint(8, 12))
    items = "".join(f'<li><a href="/{slugify(c)}">{E(c)}</a>{sep}</li>' for c in cats)
    return f'<nav class="{cls}"><ul><li><a href="/">{E(home)}</a></li>{items}</ul></nav>\n'


def crumbs(p: Page, tag: str, cls: str, sep: str = "") -> str:
    cat, sub = p.rng.choice(T.CATEGORIES), p.rng.choice(T.SUBCATS)
    if tag == "ul":
        return f'<ul class="{cls}"><li><a href="/{slugify(cat)}">{E(cat)}</a></li><li><a href="/{slugify(sub)}">{E(sub)}</a></li></ul>\n'
    return f'<div class="{cls}"><a href="/{slugify(cat)}">{E(cat)}</a>{E(sep)}<a href="/{slugify(sub)}">{E(sub)}</a></div>\n'


def date_text(p: Page, kind: str) -> str:
    """The page's date (the one in its metadata) in the site's printed form."""
    replay = random.Random()
    replay.setstate(p.when_state)  # type: ignore[arg-type]
    return E(M.dateline(kind, replay, p.rng.choice(T.OUTLETS)))


_HOST_OF = {"vnexpress": 0, "dantri": 1, "tuoitre": 2, "thanhnien": 3, "vietnamnet": 4, "znews": 5, "nld": 6}
_HOST_OF |= {"tienphong": 7, "vov": 8, "laodong": 9, "cafef": 10, "kenh14": 11, "24h": 12}


def image_url(p: Page, k: int) -> str:
    """An image address on the site's own CDN."""
    i = _HOST_OF.get(p.slug)
    host = T.IMAGE_URL_HOSTS[i if i is not None else p.rng.randrange(len(T.IMAGE_URL_HOSTS))]
    d = p.when
    return E(host.format(y=d.year, m=d.month, d=d.day, slug=p.slug, n=1600000000 + k))


def caption(p: Page) -> str:
    """A caption with (often) its photo credit, as the site prints it under a photo."""
    if p.pools.captions and p.rng.random() < 0.35:
        return p.rng.choice(p.pools.captions)
    cap = p.rng.choice(T.CAPTIONS)
    if p.rng.random() < 0.5:
        a, b = p.rng.sample(T.PHOTOGRAPHERS, 2)
        credit = p.rng.choice(T.PHOTO_CREDITS).format(p=a, p2=b, a=p.rng.choice(T.AGENCIES))
        cap = f"{cap} {credit}" if cap.endswith(".") else f"{cap}. {credit}"
    return cap


def figure(p: Page, style: str, k: int) -> str:
    """A photo in one of the layouts sites use (figure/figcaption, caption table, CMS photo box)."""
    src, cap = image_url(p, k), E(caption(p))
    no_cap = p.rng.random() < 0.12
    alt = E(p.rng.choice(["", cap[:60], p.body.title[:60], "Ảnh minh họa"]))
    if style == "vne":
        fc = "" if no_cap else f'<figcaption itemprop="description"><p class="Image">{cap}</p></figcaption>'
        return (
            f'<figure data-size="true" itemprop="associatedMedia image" class="tplCaption action_thumb_added">'
            f'<div class="fig-picture"><picture><source data-srcset="{src} 1x"><img itemprop="contentUrl" '
            f'loading="lazy" alt="{alt}" class="lazy" src="{src}"></picture></div>{fc}</figure>\n'
        )
    if style == "figure":
        fc = "" if no_cap else f"<figcaption><p>{cap}</p></figcaption>"
        return f'<figure class="image align-center"><img src="{src}" alt="{alt}" width="1920" height="1080">{fc}</figure>\n'
    if style == "figure_plain":
        fc = "" if no_cap else f"<figcaption>{cap}</figcaption>"
        return f'<figure class="picture"><img data-src="{src}" alt="{alt}">{fc}</figure>\n'
    if style == "table":
        cap_row = "" if no_cap else f'<tr><td class="pCaption caption">{cap}</td></tr>'
        return (
            f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{src}" alt="{alt}">'
            f"</td></tr>{cap_row}</tbody></table>\n"
        )
    if style == "table_desc":
        cap_row = "" if no_cap else f'<tr><td class="image_desc"><p>{cap}</p></td></tr>'
        return (
            f'<table class="image center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td>'
            f'<img src="{src}" alt="{alt}"></td></tr>{cap_row}</tbody></table>\n'
        )
    if style == "tto":
        cap_div = (
            "" if no_cap else f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{cap}</p></div>'
        )
        return (
            f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{src}" data-fancybox="img-lightbox" '
            f'title="{cap}"><img src="{src}" id="img_{p.rng.randint(10**8, 10**9)}" w="1280" h="853" alt="{alt}" '
            f'class="lightbox-content"></a></div>{cap_div}</div>\n'
        )
    if style == "tto_video":
        cap_div = (
            "" if no_cap else f'<div class="VideoCMS_Caption"><p data-placeholder="[nhập chú thích]">{cap}</p></div>'
        )
        return (
            f'<div class="VCSortableInPreviewMode" type="VideoStream" embed-type="4" data-vid="{src}">'
            f'<div class="videoNewsPlayer"><iframe src="https://player.example/embed/{k}" allowfullscreen></iframe></div>{cap_div}</div>\n'
        )
    if style == "lazy":  # lazy-loaded image with a <noscript> fallback, caption in figcaption
        fc = "" if no_cap else f'<figcaption class="caption">{cap}</figcaption>'
        return (
            f'<figure class="image"><img class="lazyload" data-src="{src}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{alt}">'
            f'<noscript><img src="{src}" alt="{alt}"></noscript>{fc}</figure>\n'
        )
    if style == "p_img":  # image in a paragraph, caption in the next (italic, centered) paragraph
        out = f'<p style="text-align:center"><img src="{src}" alt="{alt}"></p>\n'
        return out if no_cap else out + f'<p style="text-align:center"><em>{cap}</em></p>\n'
    raise ValueError(style)


def inline_markup(p: Page, text: str) -> str:
    """Escape a paragraph; sometimes link or embolden a few of its words, as editors do."""
    words = text.split(" ")
    if len(words) > 8 and p.rng.random() < 0.35:
        i = p.rng.randrange(0, len(words) - 3)
        j = i + p.rng.randint(1, 3)
        tag = p.rng.choice(["a", "a", "strong", "em", "b"])
        mid = E(" ".join(words[i:j]))
        inner = (
            f'<a href="{href(p, " ".join(words[i:j]))}" title="{mid}">{mid}</a>'
            if tag == "a"
            else f"<{tag}>{mid}</{tag}>"
        )
        return " ".join(E(w) for w in words[:i]) + (" " if i else "") + inner + " " + " ".join(E(w) for w in words[j:])
    return E(text)


def xem_them(p: Page) -> str:
    """A mid-article link paragraph ("Xem thêm: <a>title</a>")."""
    t = p.titles(1)[0][0]
    form = p.rng.choice(T.INLINE_LINKS)
    before, _, after = form.partition("{t}")
    link = f'<a href="{href(p, t)}">{E(t)}</a>'
    if p.rng.random() < 0.5 and before.strip():
        return f"<p><strong>{E(before)}</strong>{link}{E(after)}</p>\n"
    return f"<p>{E(before)}{link}{E(after)}</p>\n"


def item_html(p: Page, item: list[str], title_tag: str = "h3", teaser: bool = True) -> str:
    t = item[0]
    out = f'<{title_tag} class="title-news"><a href="{href(p, t)}" title="{E(t)}">{E(t)}</a></{title_tag}>'
    if teaser and len(item) > 1:
        out += f'<p class="description">{E(item[1])}</p>'
    return out


def related_list(
    p: Page, cls: str, heading: str | None, k: int, tag: str = "div", thumb: bool = True, teaser: bool = True
) -> str:
    """A box of related titles (ul/li with links, optional thumbnails and teasers)."""
    head_html = f'<h3 class="box-title">{E(heading)}</h3>' if heading else ""
    lis = []
    for n, item in enumerate(p.titles(k)):
        img = f'<a class="thumb" href="#"><img src="{image_url(p, 900 + n)}" alt=""></a>' if thumb else ""
        lis.append(f"<li>{img}{item_html(p, item, 'h4', teaser)}</li>")
    return f'<{tag} class="{cls}">{head_html}<ul>{"".join(lis)}</ul></{tag}>\n'


def share_bar(p: Page, cls: str) -> str:
    words = p.rng.choice(
        [
            ["Chia sẻ", "Facebook", "Zalo", "Sao chép link"],
            ["Facebook", "Twitter", "Email"],
            ["Like", "Share"],
            ["Chia sẻ bài viết", "Lưu"],
        ]
    )
    return f'<div class="{cls}">' + "".join(f'<a href="#" rel="nofollow">{E(w)}</a>' for w in words) + "</div>\n"


def tags_box(p: Page, cls: str, label: str = "Từ khóa:") -> str:
    tags = p.rng.sample(T.TAG_WORDS, p.rng.randint(2, 5))
    return (
        f'<div class="{cls}"><span>{E(label)}</span>'
        + "".join(f'<a href="/tag/{slugify(t)}">{E(t)}</a>' for t in tags)
        + "</div>\n"
    )


def comments_box(p: Page, cls: str, heading: str) -> str:
    k = p.rng.randint(0, 4)
    out = [f'<div class="{cls}" id="box_comment"><h3>{E(heading)}</h3>']
    out.append(
        '<form class="comment-form"><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></form>'
    )
    for who, c in zip(p.rng.sample(T.COMMENTERS, k), p.rng.sample(T.COMMENTS, k), strict=True):
        action = p.rng.choice(T.COMMENT_ACTIONS).format(t=M._reltime(p.rng))
        out.append(
            f'<div class="comment-item"><p class="full_content"><span class="txt-name"><b>{E(who)}</b></span> {E(c)}</p><div class="reply">{E(action)}</div></div>'
        )
    return "".join(out) + "</div>\n"


def sidebar(p: Page, cls: str, heading: str, tag: str = "aside") -> str:
    lis = "".join(
        f'<li><span class="num">{n + 1}</span><a href="{href(p, it[0])}">{E(it[0])}</a></li>'
        for n, it in enumerate(p.titles(p.rng.randint(4, 6)))
    )
    return f'<{tag} class="{cls}"><div class="box-most-read"><h3>{E(heading)}</h3><ol>{lis}</ol></div></{tag}>\n'


def footer(p: Page, cls: str = "footer") -> str:
    lines = "".join(f"<p>{E(x)}</p>" for x in p.site.footer[-p.rng.randint(3, len(p.site.footer)) :])
    return f'<footer class="{cls}">{nav(p, "footer-menu")}<div class="footer-info">{lines}</div></footer>\n'


def ads(p: Page, ident: str) -> str:
    return f'<div id="{ident}" class="ads banner"><script>window.adsbygoogle=window.adsbygoogle||[];(adsbygoogle).push({{}});</script></div>\n'


def byline_bold(p: Page, style: str = "right") -> str:
    """The closing byline, in bold (and right-aligned on most sites)."""
    if not p.byline_line:
        return ""
    b = E(p.byline_line)
    if style == "right":
        return f'<p class="Normal" style="text-align:right;"><strong>{b}</strong></p>\n'
    if style == "p_b":
        return f"<p><b>{b}</b></p>\n"
    if style == "div_author":
        return f'<div class="author"><strong>{b}</strong></div>\n'
    if style == "p_right_plain":
        return f'<p style="text-align: right;"><strong><em>{b}</em></strong></p>\n'
    if style == "p_right_text":  # no bold at all
        return f'<p style="text-align: right;">{b}</p>\n'
    raise ValueError(style)


def paragraphs(
    p: Page,
    p_open: str = "<p>",
    fig_style: str = "figure",
    inner_related: Callable[[Page], str] | None = None,
    subhead: str = "h2",
    links: bool = True,
    ad_id: str | None = None,
) -> str:
    """The body paragraphs in order, with figures, one inline link and maybe a related box between them."""
    rest = list(p.body.rest)
    rng = p.rng
    n_fig = rng.choice([0, 1, 1, 2, 2, 3])
    fig_at = set(rng.sample(range(len(rest) + 1), min(n_fig, len(rest) + 1)))
    link_at = rng.randrange(1, len(rest)) if links and len(rest) > 2 and rng.random() < 0.5 else -1
    box_at = rng.randrange(1, len(rest)) if inner_related and len(rest) > 3 and rng.random() < 0.5 else -1
    ad_at = rng.randrange(1, len(rest)) if ad_id and len(rest) > 3 else -1
    out = []
    close = "</" + p_open[1:].split(">")[0].split(" ")[0] + ">"
    for i, (line, optional) in enumerate(rest):
        if i in fig_at:
            out.append(figure(p, fig_style, i))
        if i == link_at:
            out.append(xem_them(p))
        if i == box_at and inner_related is not None:
            out.append(inner_related(p))
        if i == ad_at and ad_id:
            out.append(ads(p, ad_id))
        if optional and rng.random() < 0.5:
            if subhead == "strong":
                out.append(f"{p_open}<strong>{E(line)}</strong>{close}\n")
            else:
                out.append(f"<{subhead}>{E(line)}</{subhead}>\n")
        elif not optional and rng.random() < 0.06:  # a key paragraph set in bold by the editor
            out.append(f"{p_open}<strong>{E(line)}</strong>{close}\n")
        elif not optional and rng.random() < 0.05:  # a quotation set apart
            out.append(f"<blockquote>{p_open}{E(line)}{close}</blockquote>\n")
        else:
            out.append(f"{p_open}{inline_markup(p, line)}{close}\n")
    if len(rest) in fig_at:
        out.append(figure(p, fig_style, len(rest)))
    return "".join(out)


def sapo_text(p: Page) -> str:
    return E(p.prefix + p.body.lead)


# ---------------------------------------------------------------- skins (one per site)


def vnexpress(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(
            f'<article class="item-news">{item_html(q, it, "h4", False)}</article>' for it in q.titles(r.randint(1, 3))
        )
        return f'<div class="box-tinlienquanv2">{its}</div>\n'

    return (
        head(p, "VnExpress", " - ", "vnexpress.net", jsonld=r.choice(["person", "none"]))
        + '<body><header class="section header"><a class="logo" href="/">VnExpress</a>'
        + nav(p, "main-nav")
        + '</header>\n<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">'
        + '<div class="header-content width_common">'
        + crumbs(p, "ul", "breadcrumb")
        + f'<span class="date">{date_text(p, "vne")}</span></div>\n'
        + f'<h1 class="title-detail">{E(p.body.title)}</h1>\n'
        + f'<p class="description">{sapo_text(p)}</p>\n'
        + '<article class="fck_detail ">\n'
        + paragraphs(p, '<p class="Normal">', "vne", inner if r.random() < 0.6 else None)
        + byline_bold(p, "right")
        + "</article>\n"
        + (
            '<div class="footer-content width_common">'
            + share_bar(p, "social_pin")
            + tags_box(p, "tags", "Tags")
            + "</div>\n"
        )
        + (comments_box(p, "box_comment_vne width_common", "Ý kiến") if r.random() < 0.6 else "")
        + related_list(
            p,
            "box-category width_common",
            r.choice(["Xem thêm", "Tin liên quan", "Có thể bạn quan tâm"]),
            r.randint(3, 6),
        )
        + "</div>"
        + sidebar(p, "sidebar-2", "Xem nhiều", "div")
        + "</div></section>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def dantri(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(f"<div>{item_html(q, it, 'h3', False)}</div>" for it in q.titles(r.randint(1, 2)))
        return f'<article class="singular-related"><div class="related-box">{its}</div></article>\n'

    author_top = p.author is not None and p.byline_line is None
    return (
        head(p, "Báo Dân trí", " | ", "dantri.com.vn")
        + "<body><header>"
        + nav(p, "menu-wrap")
        + '</header>\n<main><div class="grid-container"><article class="singular-container">\n'
        + crumbs(p, "ul", "dt-breadcrumb")
        + f'<h1 class="title-page detail">{E(p.body.title)}</h1>\n'
        + '<div class="author-wrap">'
        + (
            f'<div class="author-name"><a href="/tac-gia/{slugify(p.author or "")}.htm"><b>{E(p.author or "")}</b></a></div>'
            if author_top
            else ""
        )
        + f'<time class="author-time" datetime="{p.when:%Y-%m-%d %H:%M}">{date_text(p, "dantri")}</time></div>\n'
        + share_bar(p, "singular-share")
        + f'<h2 class="singular-sapo">{sapo_text(p)}</h2>\n'
        + '<div class="singular-content">\n'
        + paragraphs(p, "<p>", r.choice(["figure", "lazy"]), inner if r.random() < 0.6 else None)
        + "</div>\n"
        + byline_bold(p, "div_author")
        + tags_box(p, "tags-container", "Từ khóa:")
        + "</article>\n"
        + related_list(
            p, "article related", r.choice(["Tin liên quan", "Tin cùng chuyên mục"]), r.randint(4, 8), "section"
        )
        + (comments_box(p, "comment-wrap", "Bình luận") if r.random() < 0.5 else "")
        + sidebar(p, "grid-sidebar", "Đọc nhiều nhất")
        + "</div></main>\n"
        + footer(p, "dt-footer")
        + "</body></html>\n"
    )


def tuoitre(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(
            f'<li><a href="{href(q, it[0], ".htm")}" title="{E(it[0])}">{E(it[0])}</a></li>'
            for it in q.titles(r.randint(1, 3))
        )
        return f'<div class="VCSortableInPreviewMode alignJustify" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-1"><strong class="kbwscwlrl-title">Đọc tiếp</strong><ul class="kbwscwlrl-list">{its}</ul></div></div>\n'

    return (
        head(p, "Tuổi Trẻ Online", " - ", "tuoitre.vn")
        + '<body><div class="header">'
        + nav(p, "menu-nav")
        + '</div>\n<div class="detail-container">'
        + crumbs(p, "div", "detail-cate", " ")
        + f'<div class="detail-top"><div data-role="publishdate" class="detail-time">{date_text(p, "tto")}</div></div>\n'
        + f'<h1 class="detail-title article-title" data-role="title">{E(p.body.title)}</h1>\n'
        + share_bar(p, "detail-share")
        + '<div class="detail-cmain">'
        + f'<h2 class="detail-sapo" data-role="sapo">{sapo_text(p)}</h2>\n'
        + '<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody" id="main-detail-body">\n'
        + paragraphs(p, "<p>", r.choice(["tto", "tto", "tto_video"]), inner if r.random() < 0.7 else None)
        + "</div>\n"
        + (
            f'<div class="detail-author"><div class="author-info"><a class="name" href="#">{E(p.byline_line)}</a></div></div>\n'
            if p.byline_line
            else ""
        )
        + tags_box(p, "detail-tab", "Từ khóa:")
        + "</div>\n"
        + (comments_box(p, "detail-comment", "Bình luận (0)") if r.random() < 0.6 else "")
        + related_list(p, "box-relate-news", r.choice(["Tin cùng chuyên mục", "Tin liên quan"]), r.randint(3, 8))
        + sidebar(p, "detail-sidebar", "Tin mới nhất", "div")
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def thanhnien(p: Page) -> str:
    r = p.rng
    author_top = p.author is not None and p.byline_line is None

    def inner(q: Page) -> str:
        its = "".join(
            f'<div class="box-relate-item">{item_html(q, it, "a", False)}</div>' for it in q.titles(r.randint(1, 2))
        )
        return f'<div class="VCSortableInPreviewMode" type="RelatedOneNews">{its}</div>\n'

    return (
        head(p, "Báo Thanh Niên", " | ", "thanhnien.vn")
        + "<body><header>"
        + nav(p, "header__menu")
        + '</header>\n<div class="detail__cmain">'
        + crumbs(p, "div", "detail-cate", " / ")
        + f'<h1 class="detail-title" data-role="title"><span data-role="title">{E(p.body.title)}</span></h1>\n'
        + '<div class="detail-info">'
        + (
            f'<div class="detail-author"><a class="name" href="#" title="{E(p.author or "")}">{E(p.author or "")}</a></div>'
            if author_top
            else ""
        )
        + f'<div class="detail-time"><div data-role="publishdate">{date_text(p, "tn")}</div></div></div>\n'
        + f'<h2 class="detail-sapo" data-role="sapo">{sapo_text(p)}</h2>\n'
        + '<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">\n'
        + paragraphs(p, "<p>", r.choice(["tto", "figure"]), inner if r.random() < 0.5 else None)
        + byline_bold(p, "p_right_plain")
        + "</div></div>\n"
        + share_bar(p, "detail__share")
        + tags_box(p, "detail__tag", "Từ khóa:")
        + related_list(p, "detail__related box-category", "Tin liên quan", r.randint(3, 6))
        + (comments_box(p, "detail__comment", "Bình luận") if r.random() < 0.5 else "")
        + related_list(p, "box-category-middle", "Có thể bạn quan tâm", r.randint(3, 6), teaser=True)
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def vietnamnet(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        if r.random() < 0.5:  # older article pages: the related titles as plain linked paragraphs
            its = "".join(f'<p><a href="{href(q, it[0])}">{E(it[0])}</a></p>' for it in q.titles(r.randint(2, 3)))
            return f"<p><strong>{E(r.choice(['Tin liên quan:', 'Tin bài liên quan', 'Xem thêm']))}</strong></p>{its}\n"
        its = "".join(f"<li>{item_html(q, it, 'h3', False)}</li>" for it in q.titles(r.randint(2, 3)))
        return (
            f'<div class="article-relate"><div class="article-relate__title">Tin liên quan</div><ul>{its}</ul></div>\n'
        )

    return (
        head(p, "Báo VietNamNet", " - ", "vietnamnet.vn")
        + '<body><header class="header">'
        + nav(p, "mainNav")
        + '</header>\n<div class="content-detail container">'
        + crumbs(p, "ul", "breadcrumb-box__link")
        + f'<div class="bread-crumb-detail__time">{date_text(p, "vnn")}</div>\n'
        + f'<h1 class="content-detail-title">{E(p.body.title)}</h1>\n'
        + f'<h2 class="content-detail-sapo sm-sapo-mb-0">{sapo_text(p)}</h2>\n'
        + '<div class="maincontent main-content" id="maincontent">\n'
        + paragraphs(
            p, "<p>", r.choice(["figure", "table_desc"]), inner if r.random() < 0.6 else None, subhead="strong"
        )
        + byline_bold(p, "p_right_plain")
        + "</div>\n"
        + tags_box(p, "tag-cotnent", "Từ khóa")
        + share_bar(p, "social-box")
        + related_list(p, "vnn-news-relate", "Tin nổi bật", r.randint(3, 6))
        + (comments_box(p, "box-comment", "Bình luận") if r.random() < 0.5 else "")
        + sidebar(p, "sidebar", "Đọc nhiều")
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def znews(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(
            f'<article class="article-item type-text"><p class="article-title"><a href="{href(q, it[0])}">{E(it[0])}</a></p></article>'
            for it in q.titles(r.randint(1, 2))
        )
        return f'<div class="inner-article">{its}</div>\n'

    return (
        head(p, "ZNEWS.VN", " - ", "znews.vn")
        + '<body><header id="site-header">'
        + nav(p, "category-menu")
        + '</header>\n<div class="page-wrapper"><article class="the-article type_text">'
        + '<header class="the-article-header">'
        + crumbs(p, "div", "the-article-category", " ")
        + f'<h1 class="the-article-title">{E(p.body.title)}</h1>'
        + f'<ul class="the-article-meta"><li class="the-article-publish">{date_text(p, "znews")}</li></ul></header>\n'
        + f'<section class="main"><p class="the-article-summary">{sapo_text(p)}</p>\n'
        + '<div class="the-article-body">\n'
        + paragraphs(p, "<p>", "table", inner if r.random() < 0.5 else None)
        + "</div>\n"
        + (
            f'<p class="the-article-credit"><strong class="author">{E(p.byline_line)}</strong></p>\n'
            if p.byline_line
            else ""
        )
        + tags_box(p, "the-article-tags", "")
        + "</section></article>\n"
        + share_bar(p, "social")
        + related_list(p, "article-list listing-layout", "Đọc tiếp", r.randint(3, 6))
        + sidebar(p, "sidebar", "Tin nổi bật")
        + (comments_box(p, "comment-container", "Bình luận") if r.random() < 0.5 else "")
        + "</div>\n"
        + footer(p, "site-footer")
        + "</body></html>\n"
    )


def nld(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(f'<li><a href="{href(q, it[0], ".htm")}">{E(it[0])}</a></li>' for it in q.titles(r.randint(2, 3)))
        return f'<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="relatednews"><ul>{its}</ul></div></div>\n'

    return (
        head(p, "Báo Người Lao Động Online", " - ", "nld.com.vn")
        + '<body><div class="header">'
        + nav(p, "menu")
        + '</div>\n<div class="detail-container">'
        + crumbs(p, "div", "detail-cate", " ")
        + f'<h1 class="detail-title" data-role="title">{E(p.body.title)}</h1>\n'
        + f'<div class="detail-info"><div class="detail-time" data-role="publishdate">{date_text(p, "nld")}</div></div>\n'
        + f'<h2 class="detail-sapo" data-role="sapo">{sapo_text(p)}</h2>\n'
        + '<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">\n'
        + paragraphs(p, "<p>", r.choice(["tto", "tto_video"]), inner if r.random() < 0.6 else None)
        + "</div>\n"
        + (f'<div class="detail-author"><p class="author">{E(p.byline_line)}</p></div>\n' if p.byline_line else "")
        + "</div>\n"
        + tags_box(p, "detail-tag", "Từ khóa:")
        + share_bar(p, "detail-share")
        + (comments_box(p, "comment-box", "Bình luận") if r.random() < 0.6 else "")
        + related_list(p, "box-news-same", r.choice(["Tin cùng chuyên mục", "Tin liên quan"]), r.randint(3, 8))
        + sidebar(p, "box-right", "Đọc nhiều", "div")
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def tienphong(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(
            f'<article class="story"><h2 class="story__heading"><a class="cms-link" href="{href(q, it[0])}">{E(it[0])}</a></h2></article>'
            for it in q.titles(r.randint(1, 2))
        )
        return f'<div class="article__related">{its}</div>\n'

    return (
        head(p, "Báo điện tử Tiền Phong", " | ", "tienphong.vn")
        + '<body><header class="site-header">'
        + nav(p, "menu-main")
        + '</header>\n<div class="l-content"><div class="article">'
        + crumbs(p, "div", "article__breadcrumb", " ")
        + f'<h1 class="article__title cms-title">{E(p.body.title)}</h1>\n'
        + f'<div class="article__meta"><time class="time">{date_text(p, "tpo")}</time></div>\n'
        + share_bar(p, "article__social")
        + f'<div class="article__sapo cms-desc">{sapo_text(p)}</div>\n'
        + '<div class="article__body zce-content-body cms-body" itemprop="articleBody">\n'
        + paragraphs(p, "<p>", "table", inner if r.random() < 0.6 else None)
        + "</div>\n"
        + (
            f'<div class="article__author"><span class="name cms-author">{E(p.byline_line)}</span></div>\n'
            if p.byline_line
            else ""
        )
        + tags_box(p, "article__tag", "#")
        + "</div>\n"
        + related_list(p, "article-related", "Cùng chuyên mục", r.randint(3, 6))
        + (comments_box(p, "article__comment", "Bình luận") if r.random() < 0.4 else "")
        + sidebar(p, "sidebar", "Đọc nhiều")
        + "</div>\n"
        + footer(p, "site-footer")
        + "</body></html>\n"
    )


def vov(p: Page) -> str:
    r = p.rng
    sapo_in_body = r.random() < 0.5
    return (
        head(p, "VOV.VN", " | ", "vov.vn", jsonld="org")
        + '<body><div class="header">'
        + nav(p, "main-menu")
        + '</div>\n<div class="container"><div class="row"><div class="col-md-8"><div class="article-detail">'
        + crumbs(p, "ul", "breadcrumb")
        + f'<h1 class="article-title mb-0">{E(p.body.title)}</h1>\n'
        + f'<div class="article-date"><span>{date_text(p, "vov")}</span></div>\n'
        + (
            ""
            if sapo_in_body
            else f'<div class="article-summary"><div class="text-long"><p>{sapo_text(p)}</p></div></div>\n'
        )
        + '<div class="detail detail--normal"><div class="text-long">\n'
        + (f"<p><strong>{sapo_text(p)}</strong></p>\n" if sapo_in_body else "")
        + paragraphs(p, "<p>", r.choice(["figure", "p_img"]), None)
        + byline_bold(p, "right")
        + "</div></div>\n"
        + share_bar(p, "article-share")
        + tags_box(p, "article-tags", "Tags:")
        + related_list(p, "article-related views-row", "Tin liên quan", r.randint(3, 6), thumb=False, teaser=False)
        + "</div></div>\n"
        + sidebar(p, "col-md-4", "Đọc nhiều", "div")
        + "</div></div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def laodong(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(f'<li><a href="{href(q, it[0], ".ldo")}">{E(it[0])}</a></li>' for it in q.titles(r.randint(2, 3)))
        return f'<div class="ldo-related"><ul>{its}</ul></div>\n'

    return (
        head(p, "Báo Lao Động", " | ", "laodong.vn")
        + '<body><div id="header">'
        + nav(p, "nav-menu")
        + '</div>\n<div class="wrapper"><div class="article-detail">'
        + crumbs(p, "div", "breadcrumbs", " ")
        + f'<div class="art-info"><span class="time">{date_text(p, "ld")}</span></div>\n'
        + f'<h1 class="title">{E(p.body.title)}</h1>\n'
        + f'<div class="chappeau"><p>{sapo_text(p)}</p></div>\n'
        + (related_list(p, "art-relate top", None, 2, thumb=False, teaser=False) if r.random() < 0.5 else "")
        + '<div class="art-body">\n'
        + paragraphs(p, "<p>", r.choice(["figure", "table_desc"]), inner if r.random() < 0.5 else None)
        + byline_bold(p, r.choice(["right", "p_right_text"]))
        + "</div>\n"
        + share_bar(p, "art-share")
        + tags_box(p, "tags", "Tags:")
        + "</div>\n"
        + related_list(p, "box-related", "Tin mới", r.randint(4, 8), teaser=True)
        + sidebar(p, "right-col", "Đọc nhiều", "div")
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def cafef(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(f'<li><a href="{href(q, it[0], ".chn")}">{E(it[0])}</a></li>' for it in q.titles(r.randint(2, 3)))
        return f'<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox"><ul>{its}</ul></div>\n'

    return (
        head(p, "CafeF", " - ", "cafef.vn")
        + '<body><div class="header">'
        + nav(p, "menucategory")
        + '</div>\n<div class="left_cate totalcontentdetail"><div id="mainContent">'
        + crumbs(p, "div", "cat", " ")
        + f'<h1 class="title" data-role="title">{E(p.body.title)}</h1>\n'
        + f'<div class="dateandcat"><span class="pdate" data-role="publishdate">{date_text(p, "cafef")}</span></div>\n'
        + f'<h2 class="sapo" data-role="sapo">{sapo_text(p)}</h2>\n'
        + '<div class="detail-content afcbc-body" data-role="content" id="mainDetail">\n'
        + paragraphs(p, "<p>", "tto", inner if r.random() < 0.6 else None)
        + "</div>\n"
        + (f'<p class="author" data-role="author">{E(p.byline_line)}</p>\n' if p.byline_line else "")
        + share_bar(p, "shareSocial")
        + tags_box(p, "tagdetail", "Từ khóa:")
        + "</div>\n"
        + related_list(p, "tinlienquan", "TIN CÙNG CHUYÊN MỤC", r.randint(3, 8), teaser=False)
        + sidebar(p, "right_cate", "Đọc nhiều", "div")
        + "</div>\n"
        + footer(p, "footer")
        + "</body></html>\n"
    )


def kenh14(p: Page) -> str:
    r = p.rng
    return (
        head(p, "Kenh14.vn", " - ", "kenh14.vn")
        + '<body><div class="kbw-header">'
        + nav(p, "kbwh-menu")
        + '</div>\n<div class="kbw-content"><div class="klw-new-content">'
        + crumbs(p, "ul", "kbwc-breadcrumb")
        + f'<h1 class="kbwc-title">{E(p.body.title)}</h1>\n'
        + '<div class="kbwc-meta">'
        + (f'<span class="kbwcm-author">{E(p.author)}</span>' if p.author and not p.byline_line else "")
        + f'<span class="kbwcm-time">{date_text(p, "k14")}</span></div>\n'
        + share_bar(p, "kbwc-socials")
        + f'<div class="knc-sapo"><h2 class="knc-sapo">{sapo_text(p)}</h2></div>\n'
        + '<div class="knc-content">\n'
        + paragraphs(p, "<p>", r.choice(["tto", "figure"]), None, ad_id="admzone480456")
        + "</div>\n"
        + (f'<div class="knc-author"><p class="kbwcm-source">{E(p.byline_line)}</p></div>\n' if p.byline_line else "")
        + tags_box(p, "knt-list", "Từ khóa")
        + (comments_box(p, "klw-comment", "Bình luận") if r.random() < 0.5 else "")
        + related_list(p, "knd-related", "Tin cùng chuyên mục", r.randint(4, 8))
        + "</div>"
        + sidebar(p, "kbwc-sidebar", "Hot nhất", "div")
        + "</div>\n"
        + footer(p, "kbw-footer")
        + "</body></html>\n"
    )


def h24(p: Page) -> str:
    r = p.rng

    def inner(q: Page) -> str:
        its = "".join(
            f'<p class="linkORG"><a class="TextlinkBaiviet" href="{href(q, it[0])}">{E(it[0])}</a></p>'
            for it in q.titles(1)
        )
        return f'<div class="bv-lq">{its}</div>\n'

    return (
        head(p, "Tin tức 24h", " - ", "24h.com.vn")
        + '<body><div id="header">'
        + nav(p, "menu-main-24h")
        + '</div>\n<div class="cate-24h-content"><div class="col-left">'
        + crumbs(p, "div", "cate-24h-foot-arti-brea", " » ")
        + f'<h1 id="article_title" class="clrTit bld tuht_show">{E(p.body.title)}</h1>\n'
        + f'<div class="cate-24h-foot-arti-deta-cre-post">{date_text(p, "24h")}</div>\n'
        + f'<h2 id="article_sapo" class="ctTp tuht_show">{sapo_text(p)}</h2>\n'
        + '<article id="article_body" class="cate-24h-foot-arti-deta-info">\n'
        + paragraphs(
            p, "<p>", r.choice(["p_img", "figure_plain"]), inner if r.random() < 0.6 else None, ad_id="ADS_139_15s"
        )
        + byline_bold(p, "right")
        + "</article>\n"
        + share_bar(p, "cate-24h-foot-arti-deta-sha")
        + tags_box(p, "cate-24h-foot-arti-deta-tags", "Tags:")
        + related_list(p, "cate-24h-foot-arti-deta-rela", "Tin liên quan", r.randint(3, 6))
        + "</div>"
        + sidebar(p, "col-right", "Đọc nhiều", "div")
        + "</div>\n"
        + footer(p, "footer-24h")
        + "</body></html>\n"
    )


def baomoi(p: Page) -> str:
    r = p.rng
    page = _baomoi(p)
    if r.random() < 0.5:  # the current site: CSS-module class names ("bm_AB"), no readable hint at all
        head_end = page.index("</head>")
        hashed = re.sub(
            r'class="[^"]*"',
            lambda m: f'class="bm_{r.choice("ABCDEFGHJKLMN")}{r.choice("abcdefghjk")}"',
            page[head_end:],
        )
        page = page[:head_end] + hashed
    return page


def _baomoi(p: Page) -> str:
    r = p.rng
    return (
        head(p, "Báo Mới", " - ", "baomoi.com")
        + '<body><div class="bm-header">'
        + nav(p, "bm-menu")
        + '</div>\n<div class="bm-main"><div class="article">'
        + crumbs(p, "ul", "bm-breadcrumb")
        + f'<h1 class="article__header">{E(p.body.title)}</h1>\n'
        + f'<div class="article__meta"><a class="source" href="#">{E(p.rng.choice(T.OUTLETS))}</a><time>{E(M._reltime(r))}</time></div>\n'
        + f'<h3 class="article__sapo cms-desc">{sapo_text(p)}</h3>\n'
        + '<div class="article__body cms-body">\n'
        + paragraphs(p, '<p class="body-text">', "figure", None)
        + (f'<p class="body-text body-author"><strong>{E(p.byline_line)}</strong></p>\n' if p.byline_line else "")
        + "</div>\n"
        + f'<div class="bm-source"><a href="#" rel="nofollow">Nguồn {E(p.rng.choice(T.OUTLETS))}</a></div>\n'
        + tags_box(p, "article__tag", "")
        + "</div>\n"
        + related_list(p, "bm-related", "Tin liên quan", r.randint(4, 8))
        + sidebar(p, "bm-aside", "Đọc nhiều", "aside")
        + "</div>\n"
        + footer(p, "bm-footer")
        + "</body></html>\n"
    )


SKINS: dict[str, Callable[[Page], str]] = {
    "vnexpress": vnexpress,
    "dantri": dantri,
    "tuoitre": tuoitre,
    "thanhnien": thanhnien,
    "vietnamnet": vietnamnet,
    "znews": znews,
    "nld": nld,
    "tienphong": tienphong,
    "vov": vov,
    "laodong": laodong,
    "cafef": cafef,
    "kenh14": kenh14,
    "24h": h24,
    "baomoi": baomoi,
}
# author shown on top (not as a closing line) on these sites when there is no closing byline
_AUTHOR_ON_TOP = {"dantri", "thanhnien", "kenh14"}


# ---------------------------------------------------------------- one case


@dataclass
class Case:
    name: str
    page: str
    gold: list[str]
    meta: dict[str, str | None]


def make_case(name: str, slug: str, body: M.Body, pools: M.Pools, rng: random.Random) -> Case:
    site = next(s for s in T.SITES if s.slug == slug)
    state = rng.getstate()
    p = Page(slug, body, pools, rng, site, M._date(rng), state)
    p.avoid = frozenset([body.title, body.lead, *(x for x, _ in body.rest)])
    prefix_form, source_form = rng.choice(site.agency)
    o2 = rng.choice(T.OUTLETS)
    p.prefix, p.source = prefix_form.format(o2=o2), (source_form.format(o2=o2) or None)
    if rng.random() < 0.85:
        line, author, bsource = M.byline(site, rng, allow_source=p.source is None)
        p.byline_line, p.author = line, author
        if bsource:
            p.source = bsource
    elif slug in _AUTHOR_ON_TOP:
        p.author = p.name()
    page = SKINS[slug](p)
    gold = [body.title, body.lead, *(("?? " + x) if opt else x for x, opt in body.rest)]
    meta = {"title": body.title, "author": p.author, "source": p.source, "published": p.iso()}
    return Case(name, page, gold, meta)


def make_cases(corpus: Path, seed: int, per_site: int) -> list[Case]:
    """Deterministic cases: every skin in turn, a fresh body each (one hard negative in three)."""
    arts = M.load_articles(corpus)
    pools = M.build_pools(arts)
    bodies = [b for i, (t, ls) in enumerate(arts) if (b := M.select_body(i, t, ls)) is not None and usable(b)]
    rng = random.Random(seed)
    hard = [b for b in bodies if b.hard]
    easy = [b for b in bodies if not b.hard]
    rng.shuffle(hard)
    rng.shuffle(easy)
    order: list[M.Body] = []
    while hard or easy:
        for src in (hard, easy, easy):
            if src:
                order.append(src.pop())
    cases = []
    k = 0
    for n in range(1, per_site + 1):
        for slug in SKINS:
            name = f"html-{slug}-{n:03d}"
            cases.append(make_case(name, slug, order[k % len(order)], pools, random.Random(f"{seed}:{name}")))
            k += 1
    return cases


def check(case: Case) -> None:
    """Every gold line is the text of one block of the page (the sapo: the tail of its block)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(case.page, "lxml")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    blocks = {M.canon(b.get_text()) for b in soup.find_all(["p", "h1", "h2", "h3", "div", "li", "td"])}
    for k, g in enumerate(case.gold):
        line = g.removeprefix("?? ")
        if line not in blocks and not (k == 1 and any(b.endswith(line) for b in blocks)):
            raise AssertionError(f"{case.name}: gold line is no block of the page: {line[:80]!r}")


def write_cases(cases: list[Case], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for c in cases:
        M.write_case(out, c.name, "input.html", c.page, c.gold, c.meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=M.DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "html_cases")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--per-site", type=int, default=5)
    a = ap.parse_args(argv)
    cases = make_cases(a.corpus, a.seed, a.per_site)
    for c in cases:
        check(c)
    write_cases(cases, a.out)
    print(f"wrote {len(cases)} pages ({len(SKINS)} site layouts) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
