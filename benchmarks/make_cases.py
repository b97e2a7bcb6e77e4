#!/usr/bin/env python3
"""Write a multi-site gold set: real article bodies wrapped in other sites' furniture.

Bodies come from ``../shared/corpora/baomoi-500.txt`` (``<article><title>..</title><content>..</content>``);
the furniture (menus, datelines, captions, bylines, related blocks, footers...) from the site templates
in ``benchmarks/gold_templates.py``. Each case is three files in the format of ``../shared/eval/cases``:

  NAME.input.txt   the document as a crawler would save it (run-on or blank-line-separated)
  NAME.gold.txt    title, lead (without agency prefix) and body paragraphs, one per line;
                   "?? " marks a line that may be kept or dropped
  NAME.gold.json   {"title", "author", "source"}

Gold lines are always lines (or the tail of the lead line after its agency prefix) of the input:
the generator never writes text into gold that the input does not hold. Bodies are chosen only
when their gold is certain: prose paragraphs already in NFC and the common tone style, no inline
captions, tags or links. A body line under 13 words, or under 20 without sentence punctuation, may be
a photo caption of the source page as well as a short paragraph or a sub-heading: it is marked "?? "
(at most three per body).

Usage:
  python benchmarks/make_cases.py [--corpus PATH] [--out benchmarks/cases] [--seed 7] [--count 90]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gold_templates as T

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "baomoi-500.txt"

_ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>", re.S)
_WS = re.compile(r"\s+")
_LEAD_TAG = re.compile(r"^\(([^()]{2,24})\)\s*[-–—:]?\s*")
# New-style tone placement ("hoà", "thuỷ", "khoẻ"): gold uses the old style, so such bodies are skipped
# rather than rewritten (gold must be a piece of the input).
_NEW_TONE = re.compile(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\w)")
_MOJIBAKE = re.compile(r"[ÃÂÄÅÆ][\x80-\xbf¡-¿]|Æ°|áº|á»|\ufffd")
# A lead that already opens with a source or place tag ("ICTnews - ", "TTCT - ", "Hà Nội - ", "() - "):
# its gold would be ambiguous once a template adds its own prefix, so such bodies are skipped.
_TAGGED_LEAD = re.compile(r"^(\(\)|(\S+\s){0,2}\S*\s*[-–—|]\s)")
_FINAL = re.compile(r"[.!?…:;”\"»)]$")
# Lines that are noise inside baomoi content itself (captions with credits, tags, inline links).
_INLINE_NOISE = re.compile(
    r"Ảnh\s*:|\(Ảnh|Ảnh minh họa|Ảnh minh hoạ|TAGS|Tags?:|Từ khóa|Nguồn\s*:|https?://|www\.|>|\[|\]|"
    r"Video:|Clip:|Xem thêm|Click|Bấm vào|Theo dõi|Bình luận|Mời bạn|Tin liên quan|Đọc thêm|Đón đọc|"
    r"\(Theo|^Theo [^,]{1,40}$|\(t/h\)|Bài và ảnh|^\(?\d{1,2}[/.-]\d{1,2}"
)
# Body lines that start like furniture: the hard negatives the set should contain.
_HARD_START = re.compile(r"^(Theo (ông|bà|anh|chị)|Chia sẻ|Nguồn|Tin từ|Đọc|Xem|Ảnh hưởng|Bình luận|Liên hệ|Gửi|Theo )")


def canon(line: str) -> str:
    """NFC and single spaces, as the scorer compares lines."""
    return _WS.sub(" ", unicodedata.normalize("NFC", line)).strip()


@dataclass(frozen=True)
class Body:
    """One article whose gold is certain: title, lead, and body lines with an optional flag."""

    index: int
    title: str
    lead: str
    rest: tuple[tuple[str, bool], ...]  # (line, optional)
    hard: bool


def _clean_enough(line: str) -> bool:
    return (
        unicodedata.normalize("NFC", line) == line
        and not _NEW_TONE.search(line)
        and not _MOJIBAKE.search(line)
        and not any(ord(c) < 32 for c in line)
    )


def load_articles(path: Path) -> list[tuple[str, list[str]]]:
    text = path.read_text(encoding="utf-8")
    out = []
    for title, content in _ARTICLE.findall(text):
        lines = [canon(x) for x in content.splitlines() if x.strip()]
        out.append((canon(title), lines))
    return out


def select_body(index: int, title: str, lines: list[str]) -> Body | None:
    """Return the article as a gold-certain body, or None when any line is in doubt."""
    if not title or len(title.split()) < 4 or not _clean_enough(title) or _INLINE_NOISE.search(title):
        return None
    lines = list(lines)
    # baomoi repeats the lead (sometimes with its agency tag): keep one copy, without the tag.
    if lines:
        lines[0] = _LEAD_TAG.sub("", lines[0])
    if len(lines) > 1 and _LEAD_TAG.sub("", lines[1]) == lines[0]:
        del lines[1]
    # Trailing byline / credit of the original site: not part of the body.
    while lines and (len(lines[-1].split()) <= 6 and not _FINAL.search(lines[-1])):
        lines.pop()
    if not 4 <= len(lines) <= 22:
        return None
    if len(set(lines)) != len(lines) or title in lines:
        return None
    # the lead printed twice, once cut short ("sapo" then the full paragraph): which copy is gold is unclear
    if any(a in b for a, b in itertools.pairwise(lines)):
        return None
    rest: list[tuple[str, bool]] = []
    optional = 0
    for i, line in enumerate(lines):
        if not _clean_enough(line) or _INLINE_NOISE.search(line) or len(line) > 3000:
            return None
        words = len(line.split())
        prose = words >= 20 or (words >= 13 and _FINAL.search(line) is not None)
        if i == 0:
            if not prose or words < 12 or _TAGGED_LEAD.match(line):
                return None
            continue
        if i == len(lines) - 1 and not prose:
            return None
        if not prose:
            if words < 3:
                return None
            optional += 1
        rest.append((line, not prose))
    if optional > 3:
        return None
    hard = any(_HARD_START.match(x) for x, _ in rest)
    return Body(index, title, lines[0], tuple(rest), hard)


# ---------------------------------------------------------------- furniture shapes


def _date(rng: random.Random) -> dt.datetime:
    base = dt.datetime(2010, 1, 1)
    return base + dt.timedelta(days=rng.randrange(0, 365 * 16), minutes=rng.randrange(0, 24 * 60))


def _weekday(d: dt.datetime, cap: bool = False) -> str:
    i = (d.weekday() + 1) % 7  # Monday=0 -> index 1 ("Thứ hai")
    return (T.WEEKDAYS_CAP if cap else T.WEEKDAYS)[i]


def _reltime(rng: random.Random) -> str:
    return rng.choice(T.RELATIVE_TIMES).format(n=rng.randint(2, 23))


def dateline(kind: str, rng: random.Random, o: str) -> str:
    """A dateline in one site's form."""
    d = _date(rng)
    D, M, Y, h, m = d.day, d.month, d.year, d.hour, d.minute
    dd, mm, hm = f"{D:02d}", f"{M:02d}", f"{h:02d}:{m:02d}"
    ap = "AM" if h < 12 else "PM"
    h12 = f"{(h % 12) or 12:02d}:{m:02d}"
    forms = {
        "vne": [f"{_weekday(d)}, {D}/{M}/{Y}, {hm} (GMT+7)", f"{_weekday(d)}, {D}/{M}/{Y}, {hm} (GMT+7)"],
        "vne_short": [f"{D}/{M}/{Y} {hm}", f"{_weekday(d)}, {D}/{M}/{Y}"],
        "dantri": [f"{_weekday(d, True)}, {dd}/{mm}/{Y} - {hm}", f"{_weekday(d)}, {dd}/{mm}/{Y} - {hm}"],
        "tto": [f"{dd}/{mm}/{Y} {hm} GMT+7", f"{dd}/{mm}/{Y} {hm}"],
        "updated": [
            f"Cập nhật: {hm} {dd}/{mm}/{Y}",
            f"Cập nhật lúc {hm}, {dd}/{mm}/{Y}",
            f"Cập nhật: {_weekday(d)}, {dd}/{mm}/{Y} {hm}",
        ],
        "tn": [f"{dd}/{mm}/{Y} {hm} GMT+7", f"{hm} - {dd}/{mm}/{Y}"],
        "tn_posted": [f"Đăng {hm} {dd}/{mm}/{Y}", f"Đăng lúc: {hm} - {dd}/{mm}/{Y} | Cập nhật: {hm}"],
        "vnn": [f"{dd}/{mm}/{Y} {hm} (GMT+07:00)", f"{_weekday(d)}, {dd}/{mm}/{Y} - {hm}"],
        "znews": [f"{_weekday(d)}, {D}/{M}/{Y} {hm} (GMT+7)", f"{hm} {D}/{M}/{Y}"],
        "nld": [f"{dd}/{mm}/{Y} {hm}", f"{_weekday(d)}, {dd}/{mm}/{Y} {hm} (GMT+7)"],
        "tpo": [f"{_weekday(d)}, {dd}/{mm}/{Y}, {hm}", f"{dd}/{mm}/{Y} | {hm}"],
        "vov": [f"{_weekday(d)}, {hm}, {dd}/{mm}/{Y}", f"{hm}, {dd}/{mm}/{Y}"],
        "ld": [f"{hm} {_weekday(d)}, {dd}/{mm}/{Y}", f"{D}/{M}/{Y} | {hm}"],
        "cafef": [f"{dd}-{mm}-{Y} - {h12} {ap}", f"{_weekday(d)}, {dd}/{mm}/{Y}, {hm}"],
        "k14": [f"{hm} {dd}/{mm}/{Y}", f"{o} {hm} {dd}/{mm}/{Y}"],
        "24h": [
            f"{_weekday(d, True)}, ngày {dd}/{mm}/{Y} {h12} {ap} (GMT+7)",
            f"{_weekday(d, True)}, ngày {dd}/{mm}/{Y} {hm} (GMT+7)",
        ],
        "baomoi": [f"{o} - {_reltime(rng)}", f"{rng.choice(T.CATEGORIES)} {_reltime(rng)}", _reltime(rng)],
        "nd": [f"{_weekday(d, True)}, {dd}-{mm}-{Y}, {hm}", f"Ngày {dd}/{mm}/{Y} - {hm}"],
        "gdvn": [f"{dd}/{mm}/{Y} {hm}", f"{_weekday(d, True)}, {dd}/{mm}/{Y} {hm} (GMT+7)"],
        "btt": [
            f"{hm} Ngày {dd}/{mm}/{Y}",
            f"{_weekday(d, True)}, ngày {D} tháng {M} năm {Y}",
            f"Ngày phát hành: {dd}/{mm}/{Y} Lượt xem {rng.randint(100, 9999)}",
        ],
        "ldtd": [f"{rng.choice(T.CATEGORIES)} {hm} | {dd}/{mm}/{Y}", f"{hm} | {dd}/{mm}/{Y}"],
    }
    return rng.choice(forms[kind])


def item_date(rng: random.Random) -> str:
    """A date as printed next to a related item, in one of many forms."""
    d = _date(rng)
    forms = [
        f"({d.day}/{d.month}/{d.year})",
        f"{d.day}/{d.month}/{d.year} | {d.hour:02d}:{d.minute:02d}",
        f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}",
        _reltime(rng),
        f"{d.hour:02d}:{d.minute:02d} {d.day:02d}/{d.month:02d}",
        f"{d.day:02d}/{d.month:02d}",
    ]
    return rng.choice(forms)


def first_sentence(line: str) -> str:
    """The lead of another article as a teaser: its first sentence (or the whole line)."""
    m = re.search(r"^(.{40,300}?[.!?])\s", line)
    return m.group(1) if m else line[:300]


@dataclass
class Pools:
    """Real titles and leads of other articles, used for related items and teasers."""

    titles: list[str]
    leads: list[str]
    captions: list[str]


def build_pools(arts: list[tuple[str, list[str]]]) -> Pools:
    titles, leads, captions = [], [], []
    for title, lines in arts:
        if 4 <= len(title.split()) <= 25:
            titles.append(title)
        if lines:
            lead = _LEAD_TAG.sub("", lines[0])
            if len(lead.split()) >= 10:
                leads.append(first_sentence(lead))
        for line in lines:
            # real captions of the corpus: short lines carrying a photo credit
            if (
                re.search(r"\(?Ảnh\s*:", line)
                and 4 <= len(line.split()) <= 30
                and line[0].isupper()
                and "http" not in line
            ):
                captions.append(line)
    return Pools(titles, leads, captions)


def _name(rng: random.Random) -> str:
    return rng.choice(T.AUTHORS)


def byline(site: T.Site, rng: random.Random, allow_source: bool) -> tuple[str, str | None, str | None]:
    """A closing byline/credit line and the (author, source) it yields."""
    forms = (
        site.bylines
        if allow_source
        else [
            f
            for f in site.bylines
            if "{o}" not in f and "{ag}" not in f and not f.startswith(("Theo", "(Theo", "Nguồn"))
        ]
    )
    if not forms:
        forms = ["{a}"]
    form = rng.choice(forms)
    a, a2 = _name(rng), _name(rng)
    while a2 == a:
        a2 = _name(rng)
    o, ag = rng.choice(T.OUTLETS), rng.choice(T.AGENCIES)
    line = form.format(a=a, a2=a2, A=a.upper(), A2=a2.upper(), o=o, ag=ag)
    author: str | None = None
    source: str | None = None
    if form in ("Nhóm PV", "PV", "Nhóm phóng viên"):
        author = line
    elif form.startswith(("Theo {o}", "(Theo {o})", "Nguồn: {o}", "Nguồn: {ag}", "Theo {ag}")):
        source = o if "{o}" in form else ag
    elif form == "Theo {a} ({o})":
        author, source = a, o
    elif form in ("{a} (theo {ag})", "{a} (Theo {ag})"):
        author, source = a, ag
    elif form == "{A}":
        author = a.upper()
    elif form == "{A} - {A2}":
        author = f"{a.upper()} - {a2.upper()}"
    elif form == "{a} - {a2}":
        author = f"{a} - {a2}"
    else:  # "{a}", "{a} (t/h)", "Bài và ảnh: {a}", "{a}/VOV.VN", "{a}/VOV-Tây Bắc"
        author = a
    return line, author, source


def image_block(site: T.Site, rng: random.Random, pools: Pools, n: int) -> list[str]:
    """An image marker, usually followed by its caption and a photo credit."""
    style = rng.choice(site.images)
    d = _date(rng)
    slug = rng.choice(["anh", "photo", "hinh-anh", "img", site.slug])
    url = rng.choice(T.IMAGE_URL_HOSTS).format(y=d.year, m=d.month, d=d.day, slug=slug, n=1600000000 + n)
    use_real = pools.captions and rng.random() < 0.35
    caption = rng.choice(pools.captions) if use_real else rng.choice(T.CAPTIONS)
    p, p2 = rng.sample(T.PHOTOGRAPHERS, 2)
    credit = rng.choice(T.PHOTO_CREDITS).format(p=p, p2=p2, a=rng.choice(T.AGENCIES))
    if style == "md":
        alt = caption if rng.random() < 0.5 else rng.choice(["", "Ảnh minh họa", "ảnh", caption[:40]])
        marker = f"![{alt}]({url})"
    elif style == "md_empty":
        marker = f"![]({url})"
    elif style == "img_file":
        marker = rng.choice(
            [
                f"IMG_{rng.randint(1000, 9999)}.JPG",
                f"DSC_{rng.randint(1000, 9999)}.jpg",
                f"IMG_{rng.randint(1000, 9999)}.jpg",
                f"{slug}-{rng.randint(1, 30)}.jpg",
            ]
        )
    elif style == "anh":
        marker = rng.choice(["[Ảnh]", "[Ảnh]", "(Ảnh)"])
    else:
        marker = rng.choice(["[Hình ảnh]", "[Ảnh minh họa]"])
    block = [marker]
    r = rng.random()
    if r < 0.85:
        if use_real:
            block.append(caption)
        elif r < 0.35:
            block.append(f"{caption} {credit}" if caption.endswith(".") else f"{caption}. {credit}")
        elif r < 0.55:
            block.extend([caption, credit])
        else:
            block.append(caption)
    elif r < 0.93:
        block.append(credit)
    return block


def related_items(
    site: T.Site, rng: random.Random, pools: Pools, k: int, agency: str, avoid: frozenset[str] = frozenset()
) -> list[list[str]]:
    """k related items, each a small block of lines in one of the site's item shapes (none in ``avoid``)."""
    items = []
    for _ in range(k):
        shape = rng.choice(site.item_shapes)
        t = rng.choice(pools.titles)
        teaser = rng.choice(pools.leads)
        while t in avoid or any(teaser in x for x in avoid):
            t, teaser = rng.choice(pools.titles), rng.choice(pools.leads)
        if shape == "title":
            items.append([t])
        elif shape == "title_rel":
            items.append([f"{t} {rng.randint(1, 250)}"] if rng.random() < 0.5 else [t])
        elif shape == "title_teaser":
            if agency and rng.random() < 0.5:
                teaser = agency + teaser
            items.append([t, teaser])
        elif shape == "dantri_teaser":
            items.append([t, rng.choice(["(Dân trí) - ", "(Dân trí) – "]) + teaser])
        elif shape == "ldtd_teaser":
            items.append([t, "(LĐTĐ) " + teaser])
        elif shape == "title_twice_teaser":
            items.append([t, t, ("(LĐTĐ) " if rng.random() < 0.6 else "") + teaser])
        elif shape == "title_date_paren":
            d = _date(rng)
            items.append([f"{t} ({d.day}/{d.month}/{d.year})"])
        elif shape == "title_date_pipe":
            items.append([t, item_date(rng)] if rng.random() < 0.5 else [f"{t} {item_date(rng)}"])
        elif shape == "title_reltime":
            items.append([t, _reltime(rng)])
        elif shape == "title_cat_reltime":
            cat = rng.choice(T.CATEGORIES)
            items.append(rng.choice([[t, f"{cat} · {_reltime(rng)}"], [cat, t], [t, f"{cat} - {_reltime(rng)}"]]))
        elif shape == "title_source_reltime":
            items.append([t, f"{rng.choice(T.OUTLETS)} - {_reltime(rng)}"])
        elif shape == "bullet":
            items.append([rng.choice(["- ", "• ", "+ ", "» "]) + t])
        else:  # pragma: no cover - a template names an unknown shape
            raise ValueError(shape)
    return items


# ---------------------------------------------------------------- one case


@dataclass
class Case:
    name: str
    text: str
    gold: list[str]
    meta: dict[str, str | None]


def make_case(name: str, site: T.Site, body: Body, pools: Pools, rng: random.Random, blank: bool) -> Case:
    """Wrap one body in one site's furniture. Blocks are lists of (input line, gold line or None, optional)."""
    blocks: list[list[tuple[str, str | None, bool]]] = []
    split: set[int] = set()

    def noise(*lines: str) -> None:
        blocks.append([(x, None, False) for x in lines if x])

    avoid = frozenset([body.title, body.lead, *(x for x, _ in body.rest)])
    cat, sub = rng.choice(T.CATEGORIES), rng.choice(T.SUBCATS)
    o2 = rng.choice(T.OUTLETS)
    prefix_form, source_form = rng.choice(site.agency)
    prefix, source = prefix_form.format(o2=o2), (source_form.format(o2=o2) or None)

    # head
    if rng.random() < 0.8:
        noise(rng.choice(site.menus))
    if rng.random() < 0.6:
        noise(rng.choice(site.breadcrumbs).format(cat=cat, sub=sub))
    date_first = rng.random() < 0.35
    date_line = dateline(rng.choice(site.datelines), rng, o2) if rng.random() < 0.9 else ""
    if date_first and date_line:
        noise(date_line)
    if site.kicker and rng.random() < 0.6:
        kick = rng.choice(T.CATEGORIES + T.SUBCATS)
        blocks.append([(kick, kick, True)])
    blocks.append([(body.title, body.title, False)])
    if site.title_twice and rng.random() < 0.7:
        noise(body.title)
    if not date_first and date_line:
        noise(date_line)
    if rng.random() < 0.35:
        noise(rng.choice(site.share))
    author = None
    if site.head_byline and rng.random() < 0.7:
        form, a, d = rng.choice(site.head_byline), _name(rng), _date(rng)
        noise(form.format(a=a, date=f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"))
        author = "PV" if form.startswith("PV") else a
    lead_in = prefix + body.lead if prefix else body.lead
    blocks.append([(lead_in, body.lead, False)])
    if site.lead_twice and rng.random() < 0.4:
        noise(body.lead)  # the sapo printed again as the first paragraph: gold keeps one copy

    # body, with images, a mid-article link and sometimes a boxed related block
    n_img = rng.choice([0, 1, 1, 2, 2, 3])
    rest = list(body.rest)
    img_at = set(rng.sample(range(len(rest)), min(n_img, len(rest)))) if rest else set()
    link_at = rng.randrange(1, len(rest)) if len(rest) > 2 and rng.random() < 0.45 else -1
    box_at = rng.randrange(1, len(rest)) if len(rest) > 3 and rng.random() < 0.2 else -1
    for i, (line, optional) in enumerate(rest):
        if i in img_at:
            noise(*image_block(site, rng, pools, i))
            if rng.random() < 0.5:
                split.add(len(blocks) - 1)  # in the blank-line layout, the caption in its own paragraph
        if i == link_at:
            noise(rng.choice(T.INLINE_LINKS).format(t=related_items(site, rng, pools, 1, "", avoid)[0][0]))
        if i == box_at:
            noise(rng.choice(site.related_headings))
            for item in related_items(site, rng, pools, rng.randint(2, 3), prefix, avoid):
                noise(item[0])
        blocks.append([(line, line, optional)])

    # tail
    if author is None and rng.random() < 0.85:
        line, author, bsource = byline(site, rng, allow_source=source is None)
        if bsource:
            source = bsource
        noise(line)
        if author and not source and rng.random() < 0.15:
            source = rng.choice(T.OUTLETS)
            noise(rng.choice(["Theo {o}", "(Theo {o})", "Nguồn: {o}"]).format(o=source))
    if rng.random() < 0.15:
        noise(
            rng.choice(["Ảnh: {p}", "Ảnh: {p}, {q}", "Ảnh và video: {p}", "Đồ họa: {p}"]).format(
                p=rng.choice(T.PHOTOGRAPHERS), q=rng.choice(T.PHOTOGRAPHERS)
            )
        )
    tail = list(site.tail)
    rng.shuffle(tail)
    for extra in tail[: rng.randint(1, min(4, len(tail)))]:
        tags = ", ".join(rng.sample(T.TAG_WORDS, rng.randint(2, 5)))
        noise(extra.format(tags=tags, n=rng.randint(100, 20000)))
    if rng.random() < 0.4:
        noise(rng.choice(site.share))
    if rng.random() < 0.3:
        heads = [x for x in site.tail if x.startswith(("Bình luận", "Ý kiến"))] or ["Bình luận"]
        noise(rng.choice(heads))
        k = rng.randint(1, 4)
        for who, c in zip(rng.sample(T.COMMENTERS, k), rng.sample(T.COMMENTS, k), strict=True):
            noise(who, c, rng.choice(T.COMMENT_ACTIONS).format(t=_reltime(rng)))
    if rng.random() < 0.9:
        noise(rng.choice(site.related_headings))
        for item in related_items(site, rng, pools, rng.randint(3, 9), prefix, avoid):
            noise(*item)
    if site.most_read and rng.random() < 0.4:
        noise(rng.choice(site.most_read))
        for item in related_items(site, rng, pools, rng.randint(3, 6), prefix, avoid):
            noise(item[0])
    if rng.random() < 0.6:
        k = rng.randint(2, len(site.footer))
        noise(*site.footer[-k:])

    # layout
    lines: list[tuple[str, str | None, bool]] = [x for b in blocks for x in b]
    if blank:
        parts = []
        for k, b in enumerate(blocks):
            # an image block keeps its caption on the next line, as most scraped pages print it
            parts.append(("\n\n" if k in split else "\n").join(x for x, _, _ in b))
        text = "\n\n".join(p for p in parts if p) + "\n"
    else:
        text = "\n".join(x for x, _, _ in lines) + "\n"
    gold = [("?? " + g if opt else g) for _, g, opt in lines if g is not None]
    meta = {"title": body.title, "author": author, "source": source}
    return Case(name, text, gold, meta)


def make_cases(corpus: Path, seed: int, count: int) -> list[Case]:
    """Deterministic cases: template i % len(SITES), a fresh body each, layouts alternating."""
    arts = load_articles(corpus)
    pools = build_pools(arts)
    bodies = [b for i, (t, ls) in enumerate(arts) if (b := select_body(i, t, ls)) is not None]
    rng = random.Random(seed)
    hard = [b for b in bodies if b.hard]
    easy = [b for b in bodies if not b.hard]
    rng.shuffle(hard)
    rng.shuffle(easy)
    order: list[Body] = []
    while hard or easy:  # one hard negative body in three while they last
        for src in (hard, easy, easy):
            if src:
                order.append(src.pop())
    cases = []
    per_site: dict[str, int] = {}
    for k in range(count):
        site = T.SITES[k % len(T.SITES)]
        body = order[k % len(order)]
        n = per_site.get(site.slug, 0) + 1
        per_site[site.slug] = n
        name = f"tpl-{site.slug}-{n:03d}"
        case_rng = random.Random(f"{seed}:{name}")
        blank = (n + k % len(T.SITES)) % 2 == 0  # alternate per site and within each round
        cases.append(make_case(name, site, body, pools, case_rng, blank))
    return cases


def write_case(out: Path, name: str, input_name: str, source: str, gold: list[str], meta: dict) -> None:
    """One case in the format of ../shared/eval/cases: ``NAME.<input_name>``, gold text, gold metadata."""
    (out / f"{name}.{input_name}").write_text(source, encoding="utf-8")
    (out / f"{name}.gold.txt").write_text("\n".join(gold) + "\n", encoding="utf-8")
    (out / f"{name}.gold.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_cases(cases: list[Case], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for c in cases:
        write_case(out, c.name, "input.txt", c.text, c.gold, c.meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "cases")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--count", type=int, default=90)
    ap.add_argument("--show", action="store_true", help="print input and gold of every case")
    a = ap.parse_args(argv)
    cases = make_cases(a.corpus, a.seed, a.count)
    write_cases(cases, a.out)
    if a.show:
        for c in cases:
            print(f"===== {c.name}\n{c.text}----- gold {c.meta}\n" + "\n".join(c.gold))
    print(f"wrote {len(cases)} cases to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
