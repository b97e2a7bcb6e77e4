"""Navigation and footers: menus, breadcrumbs, share bars, tags, comment prompts, copyright."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..document import Document
from ..lexicon import (
    EVENT_HEADINGS,
    MEDIA_PLAYER_LINES,
    NAVIGATION_LINES,
    SECTION_NAMES,
    SHARE_TOKENS,
    SHARE_UNAMBIGUOUS,
    TAG_HEADINGS,
    TAG_LABELS,
    UI_LINES,
)
from ..lines.credits import credit_of, is_credit, links_an_author
from ..lines.dates import is_dateline, is_timestamp, words_before_date
from ..lines.features import LineFeatures, Structure, cached_by_text, is_syllable, starts_footer
from ..lines.shapes import (
    CELL_SEPARATOR,
    LIST_MARKS,
    MARKDOWN_LINK,
    ends_sentence,
    has_letter,
    is_markdown_row,
    is_name,
    is_table_rule,
    line_key,
    markdown_text,
    more_words_than,
    short_key,
    word_count,
)
from .base import Cleaner
from .image_markers import is_image_marker
from .inline import is_link_marker

_SEPARATORS = ">»›/|"
_ANY_SEPARATOR = re.compile(f"[{re.escape(_SEPARATORS)}]")
_CRUMB_SEPARATOR = re.compile(r"\s+[>»›/|]\s+|\s*[»›]\s*")
_COMMENT_COUNT = re.compile(r"^(?:\d+\s+(?:bình luận|ý kiến|lượt xem)|(?:bình luận|ý kiến)\s*\(\d+\))$", re.IGNORECASE)
CRUMB_PART_MAX_WORDS = 5
TAG_LIST_MAX_WORDS = 40
FOOTER_MAX_WORDS = 40


def is_breadcrumb(line: str) -> bool:
    """ "Trang chủ > Thời sự > Xã hội": three or more short parts, or two after "Trang chủ". Never a markdown
    table's row, which opens or closes with a pipe ("| 8 | Trần Văn An | 02/03/1980 | Nhân viên |")."""
    if len(line) > 200 or _ANY_SEPARATOR.search(line) is None:
        return False
    if is_markdown_row(line):
        # a markdown table's row, "| 8 | Trương Xuân Sơn | 20/02/1979 | Đội trưởng |": the text's (a dump that breaks a
        # row's cells over lines leaves the pipe at one end only, "| **Năm 2019** | **Năm 2020** | **Năm 2021**")
        return False
    parts = [p for p in _CRUMB_SEPARATOR.split(line) if p]
    if len(parts) < 2 or any(word_count(p) > CRUMB_PART_MAX_WORDS or ends_sentence(p) for p in parts):
        return False
    if any(not has_letter(p) for p in parts):
        return False  # a part with no letter names no section: a table's row, "22/3 | 19:00 | Việt Nam | - | Jordan"
    if len(set(parts)) < len(parts) or len(parts) > CRUMB_MAX_PARTS:
        # a trail names each section once, a site's few levels deep: a table's row repeats its values ("Viêm gan B | x
        # | x | x") or lists more columns ("Tuổi/Vaccine | 9-11 tuổi | 12-15 tuổi | … | 56-64 tuổi | >= 65 tuổi")
        return False
    return len(parts) >= 3 or line_key(parts[0]) in ("trang chủ", "home")


# A breadcrumb has this many parts at most (a site's sections are a few levels deep).
CRUMB_MAX_PARTS = 6
# A table's row of this many cells at least, beside a line of pipes, makes that line its header, whatever it holds.
GRID_MIN_CELLS = 3


def table_columns(line: str) -> int:
    """How many cells a line of a table printed as text holds ("Việt Nam | 2 | 1 | 1 | 0 | 4": 6), or 0: a table's
    rows hold the same number each, a breadcrumb stands alone."""
    return line.count(CELL_SEPARATOR) + 1 if CELL_SEPARATOR in line else 0


# What parts the words of a menu line besides whitespace.
_MENU_SEPARATORS = "|/•·,>»›–—-"
# A letter or a digit: what str.isalnum() holds (the tests check it on every code point).
_ALNUM = re.compile(r"[^\W_]")
SECTION_MAX_WORDS = 4
MENU_MIN_SECTIONS = 3
MENU_MIN_SHARE = 0.7


def _menu_words(key: str) -> list[str]:
    """The words of a line's key between menu separators and whitespace (each separator a space, then
    str.split: C calls, where a regex split of the runs cost twice as much)."""
    for separator in _MENU_SEPARATORS:
        if separator in key:
            key = key.replace(separator, " ")
    return key.split()


_SECTION_WORDS = frozenset(word for name in SECTION_NAMES for word in name.split())


@lru_cache(maxsize=8192)
def _section_cover(line: str) -> tuple[int, int, int]:
    """Read ``line`` greedily as section names (longest first): (names, words covered, words).

    Cached: a site prints the same menu on every page.
    """
    words = _menu_words(line_key(line))
    if sum(map(_SECTION_WORDS.__contains__, words)) < HEAD_MENU_MIN_SHARE * len(words):
        return 0, 0, len(words)  # too few section words to be a menu (cheap check first)
    names: set[str] = set()  # a menu names each section once: "sống sống sống" is not three
    covered = i = 0
    while i < len(words):
        for size in range(min(SECTION_MAX_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i : i + size])
            if name in SECTION_NAMES:
                names.add(name)
                covered += size
                i += size
                break
        else:
            i += 1
    return len(names), covered, len(words)


def is_section_menu(line: str) -> bool:
    """A site menu printed as one line, with or without separators.

    "Trang chủ Thời sự Thế giới Kinh doanh Giải trí": read as section names;
    at least three, covering most of the words. A headline that starts with a
    section name ("Thể thao Việt Nam giành ...") is mostly other words, and a
    sentence is never a menu. A long line of ten words or more needs fewer known
    names (four, a third of its words): a site's own sections ("Phóng sự khám
    phá", "Video hài") are not in the lexicon.
    """
    if len(line) > NAVIGATION_MAX_CHARS or ends_sentence(line) or line.count(" ") < MENU_MIN_SECTIONS - 1:
        return False
    sections, covered, words = _section_cover(line)
    # (the lenient reading is for a long menu line, never for a list item or a labelled line of the article:
    # "* Tự luận 1: Nghị luận về vấn đề chính trị, kinh tế, văn hóa - xã hội" names four sections too)
    lenient = not line.startswith(LIST_MARKS) and ":" not in line
    if (
        lenient
        and words >= HEAD_MENU_MIN_WORDS
        and sections >= HEAD_MENU_MIN_SECTIONS
        and covered >= HEAD_MENU_MIN_SHARE * words
    ):
        return True
    return sections >= MENU_MIN_SECTIONS and covered >= MENU_MIN_SHARE * words


def is_section_label(line: str) -> bool:
    """ "Thể thao", "Thời sự Giao thông": nothing but section names (read in the head only)."""
    if len(line) > 80 or line.count(" ") > 2 * SECTION_MAX_WORDS:
        return False
    sections, covered, words = _section_cover(line)
    # a label names each section once: "Đời sống đời sống" is a (generated) title, not a label
    return sections >= 1 and covered == words and _no_repeated_word(line)


def _no_repeated_word(line: str) -> bool:
    words = _menu_words(line_key(line))
    return len(set(words)) == len(words)


def is_section_trail(line: str) -> bool:
    """ "Kinh tế / Hồ sơ phá án", "Tin tức 24h > Du lịch": a two-part breadcrumb naming a section.

    Only read in the head, where such a line sits above the title.
    """
    if len(line) > 120 or _ANY_SEPARATOR.search(line) is None:
        return False
    parts = [p for p in _CRUMB_SEPARATOR.split(line) if p]
    if len(parts) != 2 or any(word_count(p) > CRUMB_PART_MAX_WORDS or ends_sentence(p) for p in parts):
        return False
    return any(line_key(p) in SECTION_NAMES for p in parts)


def is_share_bar(line: str) -> bool:
    """Only share-bar tokens, one of them a network's name ("Chia sẻ Facebook"), or two or
    more with a word that is no Vietnamese syllable ("Like Share", "Lưu Email"): a name
    ("Lưu Liên") is made of syllables."""
    if len(line) > 120:
        return False
    first = line.split(None, 1)
    if not first or first[0].casefold() not in SHARE_TOKENS:
        return False  # (casefold keeps whitespace where it was: the first token folded is the folded line's)
    tokens = line.casefold().split()
    return (
        0 < len(tokens) <= 12
        and SHARE_TOKENS.issuperset(tokens)
        and (
            not SHARE_UNAMBIGUOUS.isdisjoint(tokens)
            or (len(tokens) >= 2 and any(t.isalpha() and not is_syllable(t) for t in tokens))
        )
    )


def is_tag_list(line: str) -> bool:
    """ "Tags: bầu cử, Quốc hội": a label, a colon, a list of short phrases."""
    label, colon, rest = line.partition(":")
    if not colon or len(label) > 12 or line_key(label) not in TAG_LABELS:
        return False
    return not more_words_than(rest, TAG_LIST_MAX_WORDS) and not ends_sentence(rest.strip())


def is_footer(line: str) -> bool:
    """ "© 2024 Báo X", "Giấy phép số 45/GP-BTTTT": a line that opens as a footer's notice
    (:func:`lines.features.starts_footer`, labels aside: "Tòa soạn: ..." goes with the tail) of at most
    :data:`FOOTER_MAX_WORDS` words, wherever it stands.

    "Bản quyền tác giả đang bị xâm phạm." and "Giấy phép lái xe quốc tế" are body text and stay.
    """
    return starts_footer(line, labels=False) and not more_words_than(line, FOOTER_MAX_WORDS)


# No navigation line is longer; paragraphs skip every check below.
NAVIGATION_MAX_CHARS = 300


# The longest tags heading: "Dòng sự kiện:" (lexicon.TAG_HEADINGS, EVENT_HEADINGS, a markdown heading's "##").
TAG_HEADING_MAX_WORDS = 4


# A day or a time alone on a line between paragraphs ("Ngày 19/8/1945", "08:30"), this many times in a document
# or more: a timeline's or a live blog's headings, not a page's stamps.
TIMELINE_MIN_HEADINGS = 2


# A web video player dumped with the page: at least this many of its controls (lexicon.MEDIA_PLAYER_LINES,
# each at most this many words) in one run of short lines, each of at most this many words ("0:00", "13.01%",
# "Trắng", "Proportional Sans-Serif"): the lines from its first control to its last are the player's.
PLAYER_MIN_CONTROLS = 4
PLAYER_CONTROL_MAX_WORDS = 14
PLAYER_LINE_MAX_WORDS = 4


def _player(lines: list[str], every: Sequence[LineFeatures | None], controls: list[int]) -> list[int]:
    """The lines of the runs of short lines (no prose) that hold PLAYER_MIN_CONTROLS controls or more, from
    the first control to the last: "Phát", "0:00", "/", "Độ dài", …, "Toàn màn hình", "Cài đặt". ``controls``:
    the controls among the lines that are not prose; one that reads as prose ("Bắt đầu cửa sổ hộp thoại. Esc
    sẽ thoát và đóng cửa sổ.") is read here, between the others."""
    found: list[int] = []
    if len(controls) < PLAYER_MIN_CONTROLS:
        return found
    is_control = set(controls)
    run: list[int] = []  # the controls of the current run

    def close() -> None:
        if len(run) >= PLAYER_MIN_CONTROLS:
            found.extend(k for k in range(run[0], run[-1] + 1) if every[k] is not None)

    for i in range(controls[0], controls[-1] + 1):
        here = every[i]
        if here is None:
            continue  # a blank line (or one a step before took) parts nothing
        if i in is_control or (
            here.prose
            and here.words <= PLAYER_CONTROL_MAX_WORDS
            and short_key(lines[i], PLAYER_CONTROL_MAX_WORDS) in MEDIA_PLAYER_LINES
        ):
            run.append(i)
        elif here.prose or here.words > PLAYER_LINE_MAX_WORDS:
            close()
            run = []
    close()
    return found


# The words of the longest of lexicon.UI_LINES.
UI_LINE_MAX_WORDS = max(line.count(" ") + 1 for line in UI_LINES)


def navigation_kind(line: str) -> str | None:
    """Which kind of navigation ``line`` is, or None for anything else."""
    if "](" in line and is_link_list(line):
        if links_an_author(line) and credit_of(line) is not None:
            return None  # a byline's name linked to its writer's page: the byline step's
        return "links"  # (its addresses may be long: told before the length)
    if len(line) > NAVIGATION_MAX_CHARS:
        return None
    key = short_key(line)
    if key in NAVIGATION_LINES:
        return "menu"
    if (key if key is not None else short_key(line, UI_LINE_MAX_WORDS)) in UI_LINES:
        return "ui"
    if _ALNUM.search(line) is None and not is_link_marker(line):
        # "–", "* * *": punctuation left where something was (a lone ">>" is the inline step's: it
        # takes the link title on the next line with it)
        return "residue"
    if is_share_bar(line):
        return "share bar"
    if _COMMENT_COUNT.match(line):
        return "comment prompt"
    if is_breadcrumb(line):
        return "breadcrumb"
    if is_tag_list(line):
        return "tags"
    if is_footer(line):
        return "footer"
    return None


# A line of links longer than this is judged as any other line (a page flattened into one is split first).
LINK_LIST_MAX_CHARS = 5000
# What may stand between the links of a link list: spaces, bullets, separators, a numbered item's number.
_BETWEEN_LINKS = re.compile(r"^[\s*+•·|/>»›,;-]*(?:\d{1,3}\.\s*)?[\s*+•·|/>»›,;-]*$")
# A list's item made of a heading's marks and its link, with nothing else: "* #### [Another story](https://…)".
_LISTED_HEADING = re.compile(r"^\s*[*+•-]\s+#{1,6}\s*$")


# Punctuation of a sentence that a page dumped one string per line prints alone after a link or a bold word.
SENTENCE_PUNCTUATION = frozenset(",.;:!?…()\"'“”‘’«»")


# An omission mark alone on a line, in a quoted passage: the quotation's own.
OMISSION_MARKS = frozenset({"(...)", "[...]", "(…)", "[…]"})


def is_sentence_punctuation(line: str) -> bool:
    """A few marks of a sentence's punctuation alone ("," / "." / "("): where a page dumped one string per line
    broke a sentence at a link or a bold word, the article's own marks; or an omission mark ("(...)")."""
    line = line.strip()
    return (bool(line) and len(line) <= 3 and set(line) <= SENTENCE_PUNCTUATION) or line in OMISSION_MARKS


def is_link_list(line: str) -> bool:
    """A line of nothing but markdown links ("[Trang chủ](https://...)[Blog](https://...)",
    "* [Góp ý](https://...)", a numbered menu's "3. [Mới nhất](https://...)", a list's linked heading "* ####
    [Another story](https://...)", a "read also" item): the navigation of a page dumped as markdown. A sentence
    with a link in it has words outside the links. A card's title and summary, each linked, is one too."""
    if "](" not in line or len(line) > LINK_LIST_MAX_CHARS:
        return False
    rest = MARKDOWN_LINK.sub("", line)
    return _BETWEEN_LINKS.match(rest) is not None or _LISTED_HEADING.match(rest) is not None


def is_link_heading(line: str) -> bool:
    """A markdown heading made of a link to another page ("#### [Another story](https://…)"): a card's title; an
    article's own sub-heading is no link. ("#" and "](" first: C scans, where most lines stop.)"""
    return line[:1] == "#" and "](" in line and is_link_list(line.lstrip("# "))


# In the head a long line of words needs fewer known section names to be a
# menu: a site's own sections ("Xem Mua Luôn", "Tek-Life") are not in the lexicon.
HEAD_MENU_MIN_WORDS = 10
HEAD_MENU_MIN_SECTIONS = 4
HEAD_MENU_MIN_SHARE = 0.3
KICKER_MAX_EXTRA_WORDS = 2


def is_section_kicker(line: str) -> bool:
    """ "Thế giới Phân tích", "Du lịch Dân sinh": a section name and a capitalised sub-section."""
    words = line.split()
    if not 2 <= len(words) <= SECTION_MAX_WORDS + KICKER_MAX_EXTRA_WORDS or ends_sentence(line):
        return False
    for size in range(min(SECTION_MAX_WORDS, len(words) - 1), 0, -1):
        if line_key(" ".join(words[:size])) in SECTION_NAMES:
            rest = words[size:]
            return len(rest) <= KICKER_MAX_EXTRA_WORDS and (not rest or rest[0][:1].isupper())
    return False


def head_kind(line: str, title_below: bool) -> str | None:
    """What ``line`` is when it stands before the article's first paragraph, or None.

    ``title_below``: the next line is a longer headline, so this one is not the title.
    """
    if len(line) > NAVIGATION_MAX_CHARS:
        return None
    if is_section_label(line):
        return "section"
    if line.isalpha() and line.casefold() in SHARE_TOKENS:
        return "share bar"  # one button of the bar under the title: "Lưu", "Email"
    if is_section_trail(line):
        return "breadcrumb"
    if title_below and is_section_kicker(line):
        return "section"
    return None


def _what_it_says(line: str, _features: object) -> tuple[bool, str | None, bool]:
    """(:func:`is_image_marker`, :func:`navigation_kind`, :func:`is_section_menu`): what a line
    says by itself (a site prints its menus, share bars and footers on every page). A line written in markdown is
    read as a reader sees it too ("[ Facebook](javascript:…) Email [ Copy link](…)" is a share bar)."""
    kind = navigation_kind(line)
    if kind is None and "](" in line:
        seen = markdown_text(line)
        # (a card's date beside its linked picture, "08/06/2026 11:05 [ ![…](…) ](…)", is a dateline as read)
        kind = navigation_kind(seen) or ("dateline" if seen and is_dateline(seen) else None)
    return is_image_marker(line), kind, is_section_menu(line)


_read_line = cached_by_text(_what_it_says)


# The label of each kind of navigation line.
LABEL_OF = {
    "menu": "menu",
    "section": "menu",
    "share bar": "share",
    "comment prompt": "ui",
    "breadcrumb": "breadcrumb",
    "tags": "tags",
    "footer": "footer",
    "dateline": "dateline",
    "links": "menu",
    "ui": "ui",
    "residue": "markup",
}


def _around(features: Sequence[LineFeatures | None], index: int) -> tuple[int | None, int | None]:
    """The content lines (blank ones have no features) right before and right after line ``index``."""
    before = next((k for k in range(index - 1, -1, -1) if features[k] is not None), None)
    after = next((k for k in range(index + 1, len(features)) if features[k] is not None), None)
    return before, after


def _row_beside(
    lines: list[str], features: Sequence[LineFeatures | None], drops: dict[int, tuple[str, str]], index: int
) -> bool:
    """The content line right before or right after line ``index`` is a table's row with as many cells, and no
    breadcrumb, or a markdown table's rule or row (the header row over it, "Mã ngành | Tên ngành | Điểm" / "---|---|---"
    or "CN14 | Hệ thống thông tin | 25 |")."""
    columns = table_columns(lines[index])
    return any(
        k is not None
        and (
            is_table_rule(lines[k])
            or is_markdown_row(lines[k])
            or (table_columns(lines[k]) == columns and drops.get(k) != ("breadcrumb", "breadcrumb"))
            # (a grid's header over rows of other counts, merged cells: a row no step took, of three cells or more)
            or (table_columns(lines[k]) >= GRID_MIN_CELLS and k not in drops)
        )
        for k in _around(features, index)
    )


def _between_paragraphs(features: Sequence[LineFeatures | None], index: int) -> bool:
    """The content lines right before and right after line ``index`` are prose paragraphs."""
    return all(k is not None and (here := features[k]) is not None and here.prose for k in _around(features, index))


class NavigationCleaner(Cleaner):
    """Drops whole lines of site furniture. Lines are judged whole: a sentence
    that starts with "Chia sẻ" or "Bình luận" is not a menu item.

    Anywhere: menus (also a run of section names without separators), share
    bars, breadcrumbs, tags, footers, and datelines (a line that is only a
    date, "Thứ Hai, 28/4/2011 23:58"). In the head (before the first prose
    paragraph) also a lone section name and a two-part section trail, which
    would otherwise be taken for the title.
    """

    name = "navigation"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        structure = view.structure
        start = structure.body_start if structure.body_start is not None else len(view.lines)
        drops = {}
        controls: list[int] = []  # the lines that read as a media player's controls
        linked_headings: list[int] = []  # the headings made of a link, from the article's first paragraph on
        headings: list[int] = []  # a day or a time alone between paragraphs: a timeline's heading when not alone
        lines, every = view.lines, structure.features
        # the lines that are not prose (blank ones have no features): prose is never a footer ("© 2024
        # Báo X. ..." is not prose), and every other kind is short or has no sentence punctuation
        # (and the prose-shaped lines of nothing but markdown links: a card's linked title and summary)
        for i in [i for i, f in enumerate(every) if f is not None and (not f.prose or "](" in lines[i])]:
            line, features = lines[i], every[i]
            marker, kind, menu = _read_line(line, features)
            if marker:
                continue  # the image step's: it takes the caption after the marker too
            if features is not None and features.prose and kind != "links":
                continue
            if kind == "residue" and is_sentence_punctuation(line):
                # maybe the text's, maybe residue: a weak label, kept unless precision is asked for (by its
                # neighbours a second reading would decide otherwise once a step takes one of them)
                drops[i] = ("markup?", "punctuation")
                continue
            if kind is not None or features is None:
                pass
            elif features.date and not (self._byline_place(structure, i) and is_credit(line)):
                if line.endswith(":") and self._paragraph_after(structure, i):
                    continue  # "15h:" over a live blog's entry, "Ngày 5/6:" over a timeline's: the article's
                kind = "dateline"
                if i > start and not is_timestamp(line) and self._paragraph_after(structure, i):
                    headings.append(i)
            elif menu:
                kind = "menu"
            elif i < start:
                kind = head_kind(line, self._longer_headline_after(structure, i))
            elif is_link_heading(line):
                linked_headings.append(i)  # "#### [Another story](url)": a card's title when links stand by
            if (
                kind is None
                and features is not None
                and features.words <= PLAYER_CONTROL_MAX_WORDS
                and short_key(line, PLAYER_CONTROL_MAX_WORDS) in MEDIA_PLAYER_LINES
            ):
                controls.append(i)
            if kind is not None:
                drops[i] = (LABEL_OF[kind], kind)
            elif (
                features is not None
                and features.words <= TAG_HEADING_MAX_WORDS
                and self._tags_heading(structure, i)
                and (listed := self._tag_list_after(structure, i)) is not None
            ):
                drops[i] = drops[listed] = ("tags", "tags")  # "## Thẻ", then its tags on the next line
        if headings:
            # in the article's body only (a listing's dates after it are its items'), and no player's clock ("0:00")
            end = structure.body_end
            headings = [i for i in headings if end is not None and i <= end and not lines[i].startswith("0:00")]
        if len(headings) >= TIMELINE_MIN_HEADINGS:
            # "08:30" / entry / "09:15" / entry, "Ngày 19/8/1945" / paragraph / "Ngày 2/9/1945" / paragraph: a live
            # blog's or a timeline's headings, the article's (a page's stamp names a day and a clock time, once)
            for i in headings:
                del drops[i]
        for i in _player(lines, every, controls):
            # (a video set in the article as a picture is: no barrier, the article goes on under it)
            drops.setdefault(i, ("image", "media player"))
        heading_set = set(linked_headings)
        for i in linked_headings:
            # a card's title between its linked picture and its linked summary, or one of a list of other articles'
            # titles ("## [ Giá vàng ngày 6/6: … ](…)" / "## [ Khởi tố … ](…)"); above the article's first paragraph
            # a heading made of a link is the title (or the site's logo: the title step's)
            neighbours = _around(every, i)
            if any(k is not None and (drops.get(k) == ("menu", "links") or k in heading_set) for k in neighbours):
                drops[i] = ("menu", "links")
        crumbs = [i for i, found in drops.items() if found == ("breadcrumb", "breadcrumb")]
        for i in [i for i in crumbs if CELL_SEPARATOR in lines[i]]:
            # a table's heading row ("Ngày | Giờ | Đội nhà | Tỷ số | Đội khách"): its rows, as many cells each, stand
            # right under or over it
            if _row_beside(lines, every, drops, i):
                del drops[i]
        for i in [i for i, found in drops.items() if found == ("menu", "links") and lines[i].count("](") == 1]:
            # one link alone between two paragraphs ("[Xem ảnh: Ngập sâu ở trung tâm](https://…)" under a section's
            # first paragraph): a link set in the text, no menu nor box, and the article goes on under it
            if _between_paragraphs(every, i):
                drops[i] = ("inline_link", "link between paragraphs")
        view.label_each(drops, self.name)

    @staticmethod
    def _tags_heading(structure: Structure, index: int) -> bool:  # (a line of TAG_HEADING_MAX_WORDS words at most)
        """ "## Thẻ", "Từ khóa" (:data:`lexicon.TAG_HEADINGS`), or outside the body an event stream's label with its
        colon ("Dòng sự kiện:", :data:`lexicon.EVENT_HEADINGS`): a heading over a list of tags."""
        line = structure.lines[index]
        key = short_key(line, 3)
        if key in TAG_HEADINGS:
            return True
        return key in EVENT_HEADINGS and line.endswith(":") and structure.zone(index) != "body"

    @staticmethod
    def _tag_list_after(structure: Structure, index: int) -> int | None:
        """The next content line after the tags heading at ``index``, when it reads as its list of tags:
        a few words, no sentence ("Công lậpHồ Chí MinhAn ninh", "bầu cử, Quốc hội")."""
        features = structure.features
        after = next((j for j in range(index + 1, len(features)) if features[j] is not None), None)
        if after is None:
            return None
        here = features[after]
        assert here is not None
        if here.sentence_end or here.words > TAG_LIST_MAX_WORDS:
            return None
        return after

    @staticmethod
    def _byline_place(structure: Structure, index: int) -> bool:
        """Where a byline printed with its date ("Phạm Dự • 26/04/2018") stands: after the
        article, or right before its lead; the byline step reads it there."""
        if structure.in_tail(index):
            return True
        if not is_name(words_before_date(structure.lines[index])):
            return False  # under the title only a person's name: "VOV 22:35 20/04/2021" is a dateline
        return NavigationCleaner._paragraph_after(structure, index)

    @staticmethod
    def _paragraph_after(structure: Structure, index: int) -> bool:
        """The next content line after ``index`` is a paragraph."""
        features = structure.features
        after = next((features[j] for j in range(index + 1, len(features)) if features[j] is not None), None)
        return after is not None and after.paragraph

    @staticmethod
    def _longer_headline_after(structure: Structure, index: int) -> bool:
        features = structure.features
        here = features[index]
        for following in range(index + 1, len(features)):
            after = features[following]
            if after is not None and not after.date:  # a dateline may stand between
                return here is not None and after.headline and after.words > here.words
        return False
