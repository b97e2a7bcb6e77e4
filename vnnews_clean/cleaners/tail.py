"""What a page prints after the article: the lines of the tail zone that are not the article's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..document import Document, View
from ..lexicon import (
    COMMENT_CONTROLS_WORDS,
    COMMENT_FORM_WORDS,
    COMMENT_REPLY,
    SITE_NOTICE_WORDS,
    TAIL_PROMPTS,
)
from ..lines.credits import agency_tag, is_credit, is_strong_credit
from ..lines.dates import ends_with_date, ends_with_relative_time, is_relative_date
from ..lines.features import LineFeatures, is_vietnamese, starts_footer
from ..lines.shapes import LIST_MARKS, has_end_mark, is_entry_line, is_field_label, is_markdown_row, is_table_rule
from ..lines.zones import credited_teaser, is_comment_controls, is_comment_heading
from .base import Cleaner, read_again

# Longer lines after the article are left alone, whatever their shape.
TAIL_ITEM_MAX_WORDS = 20
# A sentence this long ending in ".", "!", "?" is text, even after the article.
SENTENCE_MIN_WORDS = 4
# A line this short that is not a sentence is furniture ("Gửi góp ý", "Lưu", "Đọc nhiều"):
# the tail's furniture starts at one, or at another sign that the article is over.
ANCHOR_MAX_WORDS = 4
# A reader's comment is a few sentences at most; a commenter's name or handle a few words.
COMMENT_MAX_WORDS = 60
COMMENTER_MAX_WORDS = 5
# A markdown table right under the last paragraph has at most this many lines over its rule (its header row, a cell a
# line perhaps, and the headings over it: "### 2. Năm 2021" / "**a. Chương trình đào tạo chuẩn**" / its header); what
# other steps label in it (a cell's link as a menu's, a time as a dateline) does not end it, a listing's heading or
# items do.
TABLE_HEAD_LINES = 8
TABLE_END_LABELS = frozenset({"related_heading", "related_item", "teaser", "footer", "tags", "share", "comment"})
# Teasers that may stand together between two listed items, and how long one is.
TEASER_RUN_MAX_LINES = 2
TEASER_MAX_WORDS = 80
# Entries in a row that make a fact box after the article's text ("Địa chỉ: …" / "Giá vé: …").
FACT_BOX_MIN_LINES = 2
# The items a last paragraph ending in a colon introduces are this short at most ("Bệnh viện An Bình", "Đau thần kinh
# tọa"); a listing's headlines are longer.
INTRODUCED_ITEM_MAX_WORDS = 10
# A site notice is a sentence or two, among the page's last lines.
NOTICE_MAX_WORDS = 40
NOTICE_LOOKBACK = 30

# Labels other steps give to a listing's lines: what stood beside a tail line as a listed
# headline, its date or a menu would.
# (A footer the navigation step took is one too: what follows it is the page's, as after one found here.)
LISTING_LABELS = frozenset(
    {"related_heading", "related_item", "teaser", "menu", "dateline", "share", "tags", "ui", "footer"}
)
# What this step finds that shows the article is over.
_OVER_KINDS = frozenset({"footer", "comment", "comment author", "dated item", "agency teaser", "notice"})
# What this step itself finds to be listing lines.
_LISTING_KINDS = frozenset({"furniture", "footer", "agency teaser", "dated item"})

LABEL_OF = {
    "footer": "footer",
    "agency teaser": "teaser",
    "dated item": "related_item",
    "furniture": "furniture",
    "comment author": "comment",
    "comment": "comment",
    "teaser": "teaser",
    "story": "teaser",
    "notice": "notice",
    "after the footer": "furniture",
}


# The lexicon's notice wording (written lower-case) searched in the lower-cased line: an alternation
# under re.IGNORECASE folds case at every position and costs 4x as much on every document's last line.
_SITE_NOTICE_LOWER = re.compile(SITE_NOTICE_WORDS.pattern)


def is_dated_item(line: str, features: LineFeatures) -> bool:
    """A listed title with its date glued after it: "Chán kẹt xe ư? Hãy mua trực thăng 22 giờ trước",
    "Ôtô bí thư đảng ủy bị cài mìn (21/04/2010 02:40)"."""
    return (
        features.words <= TAIL_ITEM_MAX_WORDS
        and not features.sentence_end
        and ends_with_date(line)
        and not is_credit(line)  # "Minh Anh - 12/3/2024": a byline and its date
    )


def is_tail_anchor(line: str, features: LineFeatures) -> bool:
    """A line that shows the article is over: a byline or credit, a footer or
    contact line, a date, a follow-us prompt, or a very short line that is not a sentence."""
    if features.date or features.footer or is_credit(line) or TAIL_PROMPTS.match(line):
        return True
    return features.words <= ANCHOR_MAX_WORDS and not features.sentence_end and not features.prose


def _short_kind(line: str, features: LineFeatures) -> str | None:
    """What a line after the article is by itself, or None for text and credits (the byline step's)."""
    if features.footer:
        return "footer"
    if is_dated_item(line, features):
        return "dated item"
    if features.prose or is_credit(line):
        return None
    if features.paragraph and not is_vietnamese(line):
        return "furniture"  # "Enter the e-mail address associated with the account.": the page's own text
    if features.words > TAIL_ITEM_MAX_WORDS:
        return None
    ended = features.sentence_end or has_end_mark(line)  # ("… hay không? -/-": the text's last)
    if ended and features.words >= SENTENCE_MIN_WORDS and not line.endswith(("...", "…")):
        return None
    return "furniture"


class TailCleaner(Cleaner):
    """Labels what the page prints after the article's last body paragraph.

    The body's end is found on the lines no step labelled yet, with the labels
    of what stood between them (:mod:`vnnews_clean.lines.zones`): a structured
    article's headings, lists and later sections are body, whatever a name-shaped
    heading or an inserted box between them looks like. After the body:

    - text goes only with evidence around it: a reader's comment (under a comment
      heading, or a card with its controls or date), a teaser of another article
      (one or two sentences between listed items, or opening with an agency tag),
      another story after the article's closing credit (a headline, then its
      text), a site notice at the very end, and a footer written as sentences;
    - the short lines that are not sentences (menus, listed headlines, dates,
      "Gửi góp ý") go from the first sign that the article is over (a credit, a
      date, a very short line, a listing before it), except a sub-heading of text
      that stays and a credit, which the byline step reads.
    """

    name = "tail"

    def second_reading(self, doc: Document) -> None:
        """Where the article ends may move once later steps have taken lines after it (a copy of a
        paragraph, the last prose line): the tail is read again from what is left."""
        read_again(self, doc)

    def apply(self, doc: Document) -> None:
        view = doc.view()
        structure = view.structure
        end = structure.body_end
        if end is None:
            return
        features, lines = structure.features, view.lines
        tail = [k for k in range(end + 1, len(lines)) if features[k] is not None]
        found: dict[int, str] = {}
        # the site's notices close the page wherever the body is found to end (they are sentences,
        # and the last of the page: read from the end, over its furniture)
        content = [k for k in range(len(lines)) if features[k] is not None]
        _Tail(view, content[-NOTICE_LOOKBACK:]).notices(found)
        if not tail:
            view.label_each({k: (LABEL_OF[kind], kind) for k, kind in found.items()}, self.name)
            return
        reader = _Tail(view, tail)
        reader.comments(found)
        reader.stories(found)
        for k in tail:
            here = features[k]
            assert here is not None
            if k not in found and here.paragraph and agency_tag(lines[k]) is not None:
                found[k] = "agency teaser"  # "(Dân trí) - ...": another article's lead
            elif k not in found and (here.footer or is_dated_item(lines[k], here)):
                found[k] = "footer" if here.footer else "dated item"
        # the article's own entries under its last paragraph (a fact box, the items it introduces) before the teasers:
        # a value under its label ("Địa chỉ:" / "583 Đường 3/2, Quận 1, TP.HCM.") is no teaser between listed lines
        facts = reader.facts(found)
        reader.teasers(found, facts)
        reader.furniture(found, facts)
        reader.after_footer(found)
        view.label_each({k: (LABEL_OF[kind], kind) for k, kind in found.items()}, self.name)


class _Tail:
    """The tail's content lines (view positions) and what stood around them."""

    __slots__ = ("closed", "features", "gaps", "lines", "tail", "view")

    def __init__(self, view: View, tail: list[int]) -> None:
        self.view = view
        self.lines = view.lines
        self.features = view.structure.features
        # a closing barrier (footer, comments, another story) stands between the body and the tail
        self.closed = view.structure.body_closed
        gaps = view.structure.gaps
        self.gaps: Sequence[tuple[tuple[str, str], ...]] = gaps if gaps is not None else [()] * len(view.lines)
        self.tail = tail

    def _f(self, k: int) -> LineFeatures:
        here = self.features[k]
        assert here is not None
        return here

    def listing_before(self, k: int) -> bool:
        """Right before ``k`` (after the view's line before it) other steps labelled a listing's line."""
        return any(label in LISTING_LABELS for label, _ in self.gaps[k])

    # --- comments --------------------------------------------------------------------------

    def comments(self, found: dict[int, str]) -> None:
        """Readers' comments: cards (a name or handle, what they wrote, then the card's controls
        "Thích Trả lời" or its date; once one is found, the names and sentences after it), and
        everything under a comment section's heading ("Bình luận") up to the next listing. The
        reader box's controls ("Gửi góp ý") open a section too, when a card follows them."""
        lines, tail = self.lines, self.tail
        cards = self._cards(found)
        first_card = min((n for n, k in enumerate(tail) if found.get(k) == "comment author"), default=len(tail))
        section = False
        for n, k in enumerate(tail):
            here = self._f(k)
            line = lines[k]
            opens = is_comment_heading(line) or any(
                label == "menu" and is_comment_heading(text) for label, text in self.gaps[k]
            )
            if is_comment_controls(line, here) and cards and n < first_card:
                opens = True  # the reader box's controls, with readers' cards under them
            if opens:
                section = True
                if k not in found and (is_comment_heading(line) or is_comment_controls(line, here)):
                    found[k] = "furniture"  # the heading or the controls themselves
                    continue
            elif section and any(label in ("related_heading", "footer") for label, _ in self.gaps[k]):
                section = False
            if not section or k in found:
                continue
            if here.footer or (n == 0 and is_credit(line)):
                section = False
            elif here.words <= COMMENT_MAX_WORDS and not _is_listed_title(line, here):
                found[k] = "comment" if here.paragraph or here.sentence_end else "comment author"

    def _cards(self, found: dict[int, str]) -> bool:
        """Comment cards: a name or handle, a sentence, then the card's controls or date (its date
        perhaps labelled by the navigation step); after the first, any name and sentence."""
        lines, tail = self.lines, self.tail
        cards = False
        for n in range(1, len(tail)):
            author, text = tail[n - 1], tail[n]
            if text in found or author in found:
                continue
            said, by = self._f(text), self._f(author)
            if said.words > COMMENT_MAX_WORDS or not _is_commenter(by) or said.footer:
                continue
            if not (said.sentence_end or said.paragraph) or is_credit(lines[text]):
                continue  # what a reader writes reads as a sentence; "VOV.VN" under a name is a credit
            if n + 1 < len(tail):
                after: int | None = tail[n + 1]
                gap = self.gaps[tail[n + 1]]
                controls = _is_card_controls(lines[tail[n + 1]], self._f(tail[n + 1]))
            else:
                after, gap, controls = None, self._trailing_gap(), False
            # (once a card is found, the next name and sentence is one too: the last may have no date)
            if controls or cards or any(label == "dateline" and _card_date(text_) for label, text_ in gap):
                cards = True
                found[author], found[text] = "comment author", "comment"
                if controls and after is not None:
                    found.setdefault(after, "furniture")
        return cards

    # --- another story after the article's closing credit -----------------------------------

    def stories(self, found: dict[int, str]) -> None:
        """After a strong closing credit ("Theo xahoi"), another story printed in full: its
        headline, then its paragraphs, up to its own credit or the listing after it; or, after a
        credit of who made the article, a teaser and its source line (:func:`.zones.credited_teaser`)."""
        lines, tail = self.lines, self.tail
        n = 0
        while n < len(tail) - 1:
            k = tail[n]
            if not is_strong_credit(lines[k]):
                n += 1
                continue
            if not self._f(tail[n + 1]).headline:
                for s in credited_teaser(lines, self.features, k, is_strong_credit):
                    found.setdefault(s, "teaser")  # "*Bài và ảnh do X thực hiện", a teaser, its "Nguồn: …"
                n += 1
                continue
            m = n + 1
            story: list[int] = []
            while m < len(tail) and not is_credit(lines[tail[m]]) and not self._f(tail[m]).footer:
                story.append(tail[m])
                m += 1
            if len(story) >= 2 and any(self._f(s).prose for s in story[1:]):
                for s in story:
                    found.setdefault(s, "story")
            n = m

    # --- teasers -------------------------------------------------------------------------

    def teasers(self, found: dict[int, str], facts: set[int]) -> None:
        """Teasers of other articles in a listing after the article: one or two sentences
        between listed lines (found here, or labelled by a step before).

        A sentence right after the byline stays (its neighbour is no listing); one with
        nothing after it is the listing's last teaser only when teasers were found before."""
        lines, tail = self.lines, self.tail

        position = {k: n for n, k in enumerate(tail)}

        def open_(k: int) -> bool:
            if position[k] in facts:
                return False
            here = self._f(k)
            teaser_shaped = here.words <= TEASER_MAX_WORDS and (here.paragraph or here.prose or here.sentence_end)
            # (a line ending in a colon introduces what follows it, "Nhóm ngành Kỹ thuật:": never a teaser)
            return k not in found and teaser_shaped and not lines[k].endswith(":") and not is_credit(lines[k])

        strong = self.closed or any(kind in ("agency teaser", "dated item") for kind in found.values())

        def listed(k: int) -> bool:
            if not strong and k not in found and self._heads_text(position[k], found):
                return False  # after a box in the article, a heading of text that goes on
            return _listing_kind(found.get(k), lines[k], self._f(k))

        def listed_before(n: int) -> bool:
            return self.listing_before(tail[n]) or (n > 0 and listed(tail[n - 1]))

        def listed_after(n: int) -> bool:
            if n + 1 < len(tail):
                nxt = tail[n + 1]
                return self.listing_before(nxt) or listed(nxt)
            return any(label in LISTING_LABELS for label, _ in self._trailing_gap())

        seen = False
        n = 0
        while n < len(tail):
            if not open_(tail[n]):
                n += 1
                continue
            m = n
            while m < len(tail) and open_(tail[m]):
                m += 1
            short_run = m - n <= TEASER_RUN_MAX_LINES
            last = m == len(tail) and (seen or (self.closed and self._item_before(tail[n])))
            if short_run and listed_before(n) and (listed_after(m - 1) or last):
                for k in tail[n:m]:
                    found[k] = "teaser"
                seen = True
            n = m

    def _item_before(self, k: int) -> bool:
        """Right before ``k`` a related step labelled a listed item (its title, date or thumbnail)."""
        gap = self.gaps[k]
        return bool(gap) and gap[-1][0] in ("related_item", "teaser")

    def _trailing_gap(self) -> tuple[tuple[str, str], ...]:
        """What other steps labelled after the view's last line."""
        view = self.view
        labels, doc_lines = view.doc.labels, view.doc.lines
        start = view.indices[-1] + 1 if view.indices else 0
        return tuple(
            (label.name, doc_lines[j]) for j in range(start, len(labels)) if (label := labels[j]) and doc_lines[j]
        )

    # --- notices -------------------------------------------------------------------------

    def notices(self, found: dict[int, str]) -> None:
        """The site's own notices that close the page ("... không chịu trách nhiệm về nội dung ...",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng"): sentences in the lexicon's wording at the
        very end, with furniture or a listing before them, or the comment form's notice under the
        byline with furniture after it. A sentence right after the byline with nothing after it
        stays, whatever it says."""
        lines, tail = self.lines, self.tail
        notices: list[int] = []  # positions in the tail, from the last
        for n in range(len(tail) - 1, 0, -1):
            k = tail[n]
            furniture = found.get(k, _short_kind(lines[k], self._f(k)))
            if furniture is not None and furniture != "notice":
                if not notices:
                    continue  # the furniture at the very end
                break
            here = self._f(k)
            if here.words > NOTICE_MAX_WORDS or _SITE_NOTICE_LOWER.search(lines[k].lower()) is None:
                break
            notices.append(n)
        if not notices:
            return
        first = notices[-1]
        before = tail[first - 1]
        listed = _listing_kind(found.get(before), lines[before], self._f(before)) or self.listing_before(tail[first])
        under_byline = (
            before not in found
            and is_credit(lines[before])
            and all(COMMENT_FORM_WORDS.search(lines[tail[n]]) is not None for n in notices)
            and self._listing_after(tail, notices[0], found)
        )
        if listed or under_byline:
            for n in notices:
                found[tail[n]] = "notice"

    def _listing_after(self, tail: list[int], n: int, found: dict[int, str]) -> bool:
        """After ``tail[n]`` comes a listing line (found, or by its shape, or labelled by a step before)."""
        if n + 1 < len(tail):
            k = tail[n + 1]
            return self.listing_before(k) or _listing_kind(found.get(k), self.lines[k], self._f(k))
        return any(label in LISTING_LABELS for label, _ in self._trailing_gap())

    # --- short furniture -----------------------------------------------------------------

    def facts(self, found: dict[int, str]) -> set[int]:
        """Tail positions of the article's own entries under its last paragraph: a fact box's, the items the
        paragraph introduces with a colon, and a table's."""
        return self._fact_boxes(found) | self._introduced_items(found) | self._table(found)

    def _table(self, found: dict[int, str]) -> set[int]:
        """Tail positions of the markdown tables the article sets right under its last paragraph, as html2text and
        the crawlers print a page's tables (a row a line, or a cell a line: "CN 1" / "Công nghệ thông tin" / "|
        28.75"): from the tail's first line, when at most :data:`TABLE_HEAD_LINES` lines stand over the first
        table's rule ("---|---|---", its header row and the headings over it, "### 2. Năm 2021") or its first row of
        cells with a pipe at an end (the rule is gone from a clean text: a second clean reads the same), to the first
        sign that the article is over (a footer, a strong credit, a prompt, comment controls, a listing's heading
        or items another step took). A table further down, after a listing, is the page's (a standings widget)."""
        lines, tail = self.lines, self.tail
        rule = next(
            (
                n
                for n, k in enumerate(tail[: TABLE_HEAD_LINES + 1])
                if is_markdown_row(lines[k]) or any(is_table_rule(text) for _, text in self.gaps[k])
            ),
            None,
        )
        # (its header row may be gone already, a breadcrumb to the navigation step: the rule then stands before the
        # tail's first line)
        if (
            rule is None
            or any(self.listing_before(tail[n]) for n in range(1, rule))
            or any(tail[n] in found for n in range(rule))
        ):
            return set()
        rows: set[int] = set()
        for n, k in enumerate(tail):
            line, here = lines[k], self._f(k)
            if n and any(label in TABLE_END_LABELS for label, _ in self.gaps[k]):
                break
            if k in found or here.footer or is_strong_credit(line) or TAIL_PROMPTS.match(line):
                break
            if is_comment_controls(line, here):
                break
            rows.add(n)
        return rows

    def furniture(self, found: dict[int, str], facts: set[int]) -> None:
        """The short lines that are not sentences, from the first sign that the article is over;
        a sub-heading of text that stays is kept, and so are credits (the byline step's)."""
        lines, tail = self.lines, self.tail
        started = False
        over_from = self._over_from(found)
        for n, k in enumerate(tail):
            here = self._f(k)
            line = lines[k]
            if n in facts:
                continue  # an entry of the article's fact box ("Địa chỉ: …"), or an item its last paragraph lists
            if not started:
                started = k in found or is_tail_anchor(line, here) or self.listing_before(k)
            if not started or k in found:
                continue
            kind = _short_kind(line, here)
            over = n >= over_from or self.listing_before(k)
            heads = self._heads_text(n, found) or n + 1 in facts or (not over and self._heads_item(n, found))
            if kind == "furniture" and heads and not _controls_or_prompt(line, here):
                continue  # a sub-heading of a paragraph or a list that stays
            if kind == "furniture" and line.startswith(LIST_MARKS) and not over:
                continue  # an item of the article's list, unless the article is surely over
            if kind is not None:
                found[k] = kind

    def _fact_boxes(self, found: dict[int, str]) -> set[int]:
        """Tail positions of a fact box's entries right under the article's last paragraph (or under one short line
        there, its heading): :data:`FACT_BOX_MIN_LINES` or more entries in a row that each give a label and its value
        ("Địa chỉ: …" / "Giờ mở cửa: 5h - 9h sáng" / "Giá vé: 50.000 đồng"), on one line or the label alone over its
        value ("Địa chỉ:" / "583 Đường 3/2, Quận 1", as a page dumped one text node a line prints a bold label), none
        a footer's contact line, a credit or a date, and nothing labelled between them; one entry is enough when the
        last paragraph is an entry itself ("Địa chỉ: …, TP.HCM." / "Hotline: 0907 800 079"). A travel or service
        article closes with one; a page's furniture prints its labels alone ("Chia sẻ:"), or its contacts in its
        footer, below listings."""
        lines, tail = self.lines, self.tail
        # right under the last paragraph, or under one short line there (the box's heading, "Thông tin hữu ích")
        start = 0 if tail and (is_entry_line(lines[tail[0]]) or self._split_entry(0, found)) else 1
        m = start
        entries = 0
        while m < len(tail):
            if self._fact_entry(tail[m], found):
                m += 1
            elif self._split_entry(m, found):
                m += 2
            else:
                break
            entries += 1
        if start and (tail[0] in found or self.listing_before(tail[0])):
            return set()
        if entries < FACT_BOX_MIN_LINES and not (entries and start == 0 and self._last_paragraph_is_entry(tail[0])):
            return set()
        return set(range(start, m))

    def _split_entry(self, n: int, found: dict[int, str]) -> bool:
        """``tail[n]`` is a field's label alone ("Địa chỉ:", "Hotline:") and the line under it its value: a few words,
        no label nor credit, date or footer of its own."""
        lines, tail = self.lines, self.tail
        if n + 1 >= len(tail):
            return False
        label, value = tail[n], tail[n + 1]
        line = lines[label]
        if not is_field_label(line) or label in found or self.listing_before(label):
            return False
        here, under = self._f(label), self._f(value)
        return (
            not (here.footer or is_credit(line))
            and value not in found
            and not self.listing_before(value)
            and under.words <= TAIL_ITEM_MAX_WORDS
            and not lines[value].endswith(":")
            and not (under.footer or under.date or is_credit(lines[value]))
        )

    def _last_paragraph_is_entry(self, first: int) -> bool:
        """The content line right before the tail's first line (the body's last paragraph) is a field's entry."""
        lines = self.lines
        content = self._above(first)
        last, above = next(content, None), next(content, None)
        if last is None:
            return False
        # an entry on its line, or the value under a label alone ("Địa chỉ:" / "583 Đường 3/2, …, TP.HCM.")
        return is_entry_line(lines[last]) or (above is not None and is_field_label(lines[above]))

    def _introduced_items(self, found: dict[int, str]) -> set[int]:
        """Tail positions of the items the article's last paragraph introduces with a colon ("Từng công tác tại các
        bệnh viện lớn:" / "Bệnh viện An Bình" / "Bệnh viện Trưng Vương" / …), printed without list marks: the short
        lines right under it, up to the first sign that the article is over (a line another step or this one took,
        a footer, a date, a strong credit, a prompt) or a line as long as a listing's headline."""
        lines, tail = self.lines, self.tail
        if not tail or tail[0] == 0 or not self._last_paragraph_introduces(tail[0]):
            return set()
        items: set[int] = set()
        for n, k in enumerate(tail):
            line, here = lines[k], self._f(k)
            if k in found or self.listing_before(k) or here.footer or here.date or is_strong_credit(line):
                break
            if here.words > INTRODUCED_ITEM_MAX_WORDS or TAIL_PROMPTS.match(line) or is_comment_controls(line, here):
                break
            items.add(n)
        return items

    def _above(self, first: int) -> Iterator[int]:
        """The content lines before ``first``, nearest first (the body's last paragraph, then the line over it)."""
        features = self.features
        return (k for k in range(first - 1, -1, -1) if features[k] is not None)

    def _last_paragraph_introduces(self, first: int) -> bool:
        """The content line right before the tail's first line (the body's last paragraph) ends in a colon."""
        last = next(self._above(first), None)
        return last is not None and self.lines[last].rstrip().endswith(":")

    def _fact_entry(self, k: int, found: dict[int, str]) -> bool:
        line, here = self.lines[k], self._f(k)
        return (
            k not in found
            and not self.listing_before(k)
            and is_entry_line(line)
            and not line.endswith(":")  # (a label alone opens what follows it: "Nguồn:" over a link)
            and not here.footer
            and not here.date
            and not is_credit(line)
        )

    def after_footer(self, found: dict[int, str]) -> None:
        """Everything after the site's copyright or licence notice ("© 2025 …", "Giấy phép số 561/GP-…"),
        whatever its length: the page's own text (a sign-up box, a promotion, a dialog's strings), printed
        below the article's end and its footer."""
        lines, tail = self.lines, self.tail
        for n, k in enumerate(tail):
            # the notice taken by the navigation step before this line, or this line itself
            if any(label == "footer" and starts_footer(text, labels=False) for label, text in self.gaps[k]):
                after = tail[n:]
            elif starts_footer(lines[k], labels=False):
                after = tail[n + 1 :]
            else:
                continue
            for later in after:
                found.setdefault(later, "after the footer")
            return

    def _over_from(self, found: dict[int, str]) -> int:
        """The first tail position after which the article is surely over: a follow prompt, a
        footer, comments, a strong credit or a listed item stands there (0: a closing barrier
        stands above the tail)."""
        if self.closed:
            return 0
        for n, k in enumerate(self.tail):
            line, here = self.lines[k], self._f(k)
            if found.get(k) in _OVER_KINDS or here.footer or TAIL_PROMPTS.match(line):
                return n + 1
            if is_strong_credit(line) or is_comment_controls(line, here):
                return n + 1
        return len(self.tail)

    def _heads_item(self, n: int, found: dict[int, str]) -> bool:
        """The next content line after ``tail[n]`` is an item of the article's list ("- Học bổng 100% học phí"), which
        stays unless the article is surely over: ``tail[n]`` heads it ("Giải Nhất", "High Distinction")."""
        last = n + 1 >= len(self.tail)
        k = -1 if last else self.tail[n + 1]
        # (an HTML page's list items, labelled before from its DOM, stand between the two, or after the last line)
        gap = self._trailing_gap() if last else self.gaps[k]
        if gap and gap[0][0] == "list_item":
            return True
        return not last and k not in found and self.lines[k].startswith(LIST_MARKS) and not self.listing_before(k)

    def _heads_text(self, n: int, found: dict[int, str]) -> bool:
        """The next content line after ``tail[n]`` is text that stays."""
        if n + 1 >= len(self.tail):
            return False
        k = self.tail[n + 1]
        here = self._f(k)
        return k not in found and here.prose and not self.listing_before(k)


def _controls_or_prompt(line: str, features: LineFeatures) -> bool:
    """The reader box's controls ("Gửi góp ý") or a follow prompt: never a sub-heading."""
    return is_comment_controls(line, features) or TAIL_PROMPTS.match(line) is not None


def _is_card_controls(line: str, features: LineFeatures) -> bool:
    """The controls or the date under a comment: "Thích Trả lời", "Phản hồi", "1 giờ trước"."""
    return (
        COMMENT_REPLY.match(line) is not None
        or is_comment_controls(line, features)
        or (features.date and _card_date(line))
    )


def _card_date(line: str) -> bool:
    """A comment's date: a relative time ("1 giờ trước", "Vừa xong"), perhaps after its controls."""
    return ends_with_relative_time(line) or COMMENT_CONTROLS_WORDS.search(line) is not None or is_relative_date(line)


def _is_commenter(features: LineFeatures | None) -> bool:
    """A short line that is not a sentence: a reader's name or handle ("an.nguyen", "Bạn đọc")."""
    return (
        features is not None
        and features.words <= COMMENTER_MAX_WORDS
        and not features.sentence_end
        and not features.footer
    )


def _is_listed_title(line: str, features: LineFeatures) -> bool:
    """A headline of another article in a listing after the comments (long, no sentence end)."""
    return features.headline and features.words >= 6 and not features.sentence_end and line[-1:] not in "!?"


def _listing_kind(kind: str | None, line: str, features: LineFeatures) -> bool:
    """A tail line that is a listing's (found so, or short furniture by its shape)."""
    if kind is not None:
        return kind in _LISTING_KINDS
    return _short_kind(line, features) in _LISTING_KINDS
