"""What a page prints after the article: short furniture lines in the tail zone."""

from __future__ import annotations

from ..document import Document, Removal, View
from ..lexicon import COMMENT_FORM_WORDS, COMMENT_REPLY, SITE_NOTICE_WORDS, TAIL_PROMPTS
from ..lines.dates import ends_with_relative_time
from ..lines.features import LineFeatures, Structure
from ..lines.shapes import has_agency_prefix, is_closing_credit
from .base import Cleaner

# Longer lines after the article are left alone, whatever their shape.
TAIL_ITEM_MAX_WORDS = 20
# A sentence this long ending in ".", "!", "?" is text, even after the article.
SENTENCE_MIN_WORDS = 4


def tail_kind(line: str, features: LineFeatures) -> str | None:
    """Why ``line`` (after the last body paragraph) is furniture, or None to keep it."""
    if features.footer:
        return "footer"
    if features.paragraph and has_agency_prefix(line):
        # "(Dân trí) - ...", "ND -...": the tag opens a lead; after the article, another article's
        return "agency teaser"
    if features.words <= TAIL_ITEM_MAX_WORDS and not features.sentence_end and ends_with_relative_time(line):
        # "Chán kẹt xe ư? Hãy mua trực thăng 22 giờ trước": a listed title with its age glued on
        return "dated item"
    if features.prose:
        return None
    if features.words > TAIL_ITEM_MAX_WORDS or is_closing_credit(line):
        return None
    if features.sentence_end and features.words >= SENTENCE_MIN_WORDS and not line.endswith(("...", "…")):
        return None
    return "furniture"


# A line this short that is not a sentence or a name is furniture ("Gửi góp ý",
# "Lưu", "Đọc nhiều"): article text does not end on one.
ANCHOR_MAX_WORDS = 4


def is_tail_anchor(line: str, features: LineFeatures) -> bool:
    """A line that shows the article is over: a byline or credit, a footer or
    contact line, a date, a follow-us prompt, or a very short line that is not a sentence."""
    if features.date or features.footer or is_closing_credit(line) or TAIL_PROMPTS.match(line):
        return True
    return features.words <= ANCHOR_MAX_WORDS and not features.sentence_end and not features.prose


LABEL_OF = {
    "footer": "footer",
    "agency teaser": "teaser",
    "dated item": "related_item",
    "furniture": "furniture",
    "comment author": "comment",
    "comment": "comment",
    "teaser": "teaser",
    "notice": "notice",
}


class TailCleaner(Cleaner):
    """Drops the short non-prose lines after the article's last body paragraph.

    The tail is found by structure (see :mod:`vnnews_clean.structure`), not by
    wording: menus, "Gửi góp ý", contact lines, most-read lists, tag lines and
    headlines of other articles all are short lines that do not read as
    sentences, after the body; and footer lines (copyright, licence, contact
    labels from the lexicon) even when they are sentences. It starts at the
    first line that shows the article is over (:func:`is_tail_anchor`, or a line
    right under a menu, tag line or listing a step before dropped): lines
    right after the last paragraph, before any such sign, may still be the
    article's own (a closing list, a short last line) and stay. Kept too:
    every other prose line, every sentence, longer lines, and bylines and
    credits (for the byline step). A document without a prose paragraph has
    no tail.

    Sentences go only by their place among such lines: a reader's comment
    card, a teaser between listing lines, another article's lead (an agency
    tag opens it), a site notice at the very end. The steps before this one
    have dropped many of those neighbours (a related listing, a comment's
    date, a menu); their removals are read back to see what stood there.
    """

    name = "tail"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        structure = view.structure
        if structure.body_end is None:
            return
        drops: dict[int, str] = self._last_card(view, structure)
        tail: list[int] = []  # content lines from the first anchor on
        around = _Dropped(view, structure.body_end + 1, structure.body_end)
        for i in range(structure.body_end + 1, len(view.lines)):
            features = structure.features[i]
            if features is None:
                continue
            line = view.lines[i]
            # (a menu, share bar or listing the steps before dropped between shows it too)
            if tail or is_tail_anchor(line, features) or around.listing_before(i):
                tail.append(i)
                kind = tail_kind(line, features)
                if kind is not None:
                    drops[i] = kind
        if not tail:
            return
        around.first = tail[0]
        # cards are read with the reply links between them, then again among the
        # lines that stay until nothing changes, as a second run would read them
        seen = self._comments(structure, tail, drops, False, around)
        for _ in range(COMMENT_PASSES):
            if not self._comments(structure, [i for i in tail if i not in drops], drops, seen, around):
                break
            seen = True
        self._teasers(structure, tail, drops, around)
        self._notices(structure, tail, drops, around)
        view.label_each({i: (LABEL_OF[kind], kind) for i, kind in drops.items()}, self.name)

    @staticmethod
    def _last_card(doc: View, structure: Structure) -> dict[int, str]:
        """A reader's comment card taken for the body's last paragraph: a name or handle
        ("hoangnam88", "Bạn đọc"), a short paragraph, then the card's reply link
        ("Thích Trả lời", "Phản hồi") right under it, or its date that the navigation
        step dropped while a menu or listing dropped before stood right above the name.

        A name and a paragraph alone are a sub-heading and the article's last
        paragraph; only the card's own controls or its dropped date (with the comment
        section's dropped heading above) take them. Returns the card's two lines."""
        end = structure.body_end
        assert end is not None
        features, lines = structure.features, structure.lines
        said = features[end]
        if said is None or said.words > COMMENT_MAX_WORDS:
            return {}
        author = _neighbour(features, end, -1)
        if author is None or author <= (structure.body_start or 0) or not _is_commenter(features[author]):
            return {}
        if features[author].prose or features[author].date:  # type: ignore[union-attr]
            return {}
        after = _neighbour(features, end, 1)
        if after is None or COMMENT_REPLY.match(lines[after]) is None:
            before = _neighbour(features, author, -1)
            around = _Dropped(doc, author, author if before is None else before)
            if not (around.date_after(end) and around.listing_before(author)):
                return {}
        return {author: "comment author", end: "comment"}

    @staticmethod
    def _notices(structure: Structure, tail: list[int], drops: dict[int, str], around: _Dropped) -> None:
        """The site's own notices that close the page ("X không chịu trách nhiệm về nội dung ...",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng"): sentences in the lexicon's wording at
        the very end, with nothing but furniture after them and listings or footers before,
        or the byline before and furniture after (the comment form's notice under the article:
        :func:`_under_byline`).

        A sentence right after the byline with nothing after it stays, whatever it says."""
        features = structure.features
        notices: list[int] = []  # positions in the tail, from the last
        for k in range(len(tail) - 1, 0, -1):
            index = tail[k]
            if index in drops:
                continue
            here = features[index]
            assert here is not None
            if here.words > NOTICE_MAX_WORDS or SITE_NOTICE_WORDS.search(structure.lines[index]) is None:
                break
            notices.append(k)
        if not notices:
            return
        first = notices[-1]  # what stands before the first notice must be a listing or a footer
        if (
            drops.get(tail[first - 1]) in _LISTING_KINDS
            or around.listing_before(tail[first])
            or _under_byline(structure, tail, first, notices[0], drops, around)
        ):
            for k in notices:
                drops[tail[k]] = "notice"

    @staticmethod
    def _teasers(structure: Structure, tail: list[int], drops: dict[int, str], around: _Dropped) -> None:
        """Teasers of other articles in a listing after the article: one or two
        sentences that stand between listing lines, found here to be furniture
        or dropped before as listed items, menus or datelines.

        Article text does not come in ones and twos between headlines of a
        listing; a sentence right after the byline stays (its neighbour is not
        furniture). One with nothing after it is the listing's last teaser only
        when it follows a listed item dropped before, or when the listing has
        shown teasers already.
        """
        features, lines = structure.features, structure.lines

        def open_(i: int) -> bool:  # a line that stays so far and may be a teaser
            return i not in drops and _is_teaser(lines[i], features[i])

        found = False
        k = 0
        while k < len(tail):
            if not open_(tail[k]):
                k += 1
                continue
            end = k
            while end < len(tail) and open_(tail[end]):
                end += 1
            run = tail[k:end]
            if (
                k > 0
                and len(run) <= TEASER_RUN_MAX_LINES
                and (drops.get(tail[k - 1]) in _LISTING_KINDS or around.listing_before(run[0]))
            ):
                if end < len(tail):
                    listed = drops.get(tail[end]) in _LISTING_KINDS or around.listing_after(run[-1])
                else:
                    listed = around.listing_after(run[-1]) or found or around.item_before(run[0])
                if listed:
                    for i in run:
                        drops[i] = "teaser"
                    found = True
            k = end

    @staticmethod
    def _comments(structure: Structure, tail: list[int], drops: dict[int, str], seen: bool, around: _Dropped) -> bool:
        """Reader comments after the article: a name, what they wrote, then the
        next reader's name (or a date) among the lines that stay, or the
        comment's date that the navigation step dropped right after it.

        Only this whole card shape takes a sentence in the tail; a last
        sentence after the byline with nothing after it stays, and so does
        one after the byline and before a date (the card's name must not be
        the line that ends the article). Returns whether
        it found a comment not found before; ``seen``: an earlier reading found cards
        (then the last card needs nothing after it).
        """
        features = structure.features
        byline = around.byline(structure)
        found = new = False
        for k in range(1, len(tail)):
            author, text = tail[k - 1], tail[k]
            said = features[text]
            assert said is not None
            if said.words > COMMENT_MAX_WORDS or text in drops or not _is_commenter(features[author]):
                continue
            if author in byline:
                continue  # the byline that ends the article ("Minh Anh", "Theo TTXVN") is nobody's card
            if author != around.first and around.date_after(text):  # (first: see byline)
                pass  # the card's date was dropped as a dateline
            elif k + 1 < len(tail):
                action = tail[k + 1]
                after = features[action]
                assert after is not None
                if not (after.date or _is_commenter(after)):
                    continue  # (the reply link or the next name stays for the next card)
            elif not (found or seen):
                continue  # the last card may have lost its date to the navigation step
            new = new or author not in drops
            drops[author] = "comment author"
            drops[text] = "comment"
            found = new = True
        return new


# Readings of the comment cards after the first (each only when the one before changed something).
COMMENT_PASSES = 4
# A reader's comment is a few sentences at most.
COMMENT_MAX_WORDS = 60
COMMENTER_MAX_WORDS = 5


def _is_commenter(features: LineFeatures | None) -> bool:
    """A short line that is not a sentence: a reader's name or handle ("an.nguyen",
    "Bạn đọc"), or the reply link and likes under a comment. A footer line ("Hotline: ...")
    is the site's, never a commenter: the line before it is no comment."""
    return (
        features is not None
        and features.words <= COMMENTER_MAX_WORDS
        and not features.sentence_end
        and not features.footer
    )


# Teasers that may stand together between two listed items.
TEASER_RUN_MAX_LINES = 2
TEASER_MAX_WORDS = 80
# What may stand on each side of a teaser: listed headlines, other articles' leads and
# furniture (not a comment card).
_LISTING_KINDS = frozenset({"furniture", "footer", "agency teaser", "dated item"})
# A site notice is a sentence or two.
NOTICE_MAX_WORDS = 40
# The steps before this one that drop listings and site furniture: a line one of them
# dropped stood beside a tail line as a listed headline or a menu would.
_LISTING_RULES = frozenset({"navigation", "related_block"})
_ITEM_DETAILS = frozenset({"item", "item date", "item image", "item teaser"})


class _Dropped:
    """What the steps before this one dropped around the lines of the tail.

    A tail line's neighbours in the page may be gone already (a listed item,
    a comment's date, a menu); they are found again from the document's
    removals, by input line number, only for the lines after the body.
    """

    __slots__ = ("_byline", "_end", "_lines", "_numbers", "_removed", "_start", "first")

    def __init__(self, doc: View, first: int, body_end: int) -> None:
        self.first = first  # the line that showed the article is over
        self._start = start = doc.numbers[body_end] + 1
        # (only the labels after the body)
        whole = doc.doc
        self._removed = {
            number: Removal(label.rule, number, line, None, label.reason)
            for number, line, label in zip(whole.numbers, whole.lines, whole.labels, strict=True)
            if label is not None and line and number >= start
        }
        self._numbers = doc.numbers
        self._lines = doc.lines
        self._byline: frozenset[int] | None = None
        self._end = max(self._removed, default=start) + 1  # past the last line dropped

    def byline(self, structure: Structure) -> frozenset[int]:
        """The article's own byline: the credits that open the tail right under the
        article ("Minh Anh", then "Theo TTXVN"), one under the other with nothing
        dropped between. A second person's name, or a name under a dropped menu or
        heading ("Bình luận"), is a reader's."""
        if self._byline is None:
            lines, features = structure.lines, structure.features
            found: list[int] = []
            index = self.first
            if not self.listing_before(index):
                while index < len(lines) and (not lines[index] or is_closing_credit(lines[index])):
                    here = features[index]
                    if here is not None:
                        if found and (here.name or self._nearest(found[-1], 1) is not None):
                            break
                        found.append(index)
                    index += 1
            self._byline = frozenset(found)
        return self._byline

    def _nearest(self, index: int, step: int) -> Removal | None:
        """The dropped line nearest to ``index`` before (``step`` -1) or after (+1) it,
        up to the next line that stays."""
        removed = self._removed
        if not removed:
            return None  # (most documents: nothing dropped after the body)
        lines, numbers = self._lines, self._numbers
        other = index + step
        while 0 <= other < len(lines) and not lines[other]:
            other += step
        # up to the next line that stays; if none, to the tail's start or past the last line dropped
        edge = self._start - 1 if step < 0 else self._end
        bound = numbers[other] if 0 <= other < len(lines) else edge
        for number in range(numbers[index] + step, bound, step):
            found = removed.get(number)
            if found is not None:
                return found
        return None

    def listing_before(self, index: int) -> bool:
        found = self._nearest(index, -1)
        return found is not None and found.rule in _LISTING_RULES

    def listing_after(self, index: int) -> bool:
        found = self._nearest(index, 1)
        return found is not None and found.rule in _LISTING_RULES

    def item_before(self, index: int) -> bool:
        """Right before ``index`` stood an item of a related listing."""
        found = self._nearest(index, -1)
        return found is not None and found.rule == "related_block" and found.detail in _ITEM_DETAILS

    def date_after(self, index: int) -> bool:
        """Right after ``index`` stood a dateline (a comment's "Thích · Trả lời · 1 giờ trước")."""
        found = self._nearest(index, 1)
        return found is not None and found.rule == "navigation" and found.detail == "dateline"


def _under_byline(
    structure: Structure, tail: list[int], first: int, last: int, drops: dict[int, str], around: _Dropped
) -> bool:
    """The notices from ``tail[first]`` to ``tail[last]`` speak of the reader's comment, stand
    right under the byline (kept for the byline step), and furniture or a listing, dropped here
    or by a step before, comes right after the last of them. A sentence on rights or licences
    there may be the article's own last word and stays."""
    before, lines = tail[first - 1], structure.lines
    if before in drops or not is_closing_credit(lines[before]):
        return False
    if any(COMMENT_FORM_WORDS.search(lines[i]) is None for i in tail[first : last + 1] if i not in drops):
        return False
    if last + 1 < len(tail):
        return drops.get(tail[last + 1]) in _LISTING_KINDS
    return around.listing_after(tail[last])


def _neighbour(features: tuple[LineFeatures | None, ...], index: int, step: int) -> int | None:
    """The nearest content line before (``step`` -1) or after (+1) ``index``."""
    other = index + step
    while 0 <= other < len(features):
        if features[other] is not None:
            return other
        other += step
    return None


def _is_teaser(line: str, features: LineFeatures | None) -> bool:
    """A sentence-shaped line a listing may print under a title (not a credit)."""
    return features is not None and features.words <= TEASER_MAX_WORDS and not is_closing_credit(line)
