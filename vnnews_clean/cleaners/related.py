"""Related-news blocks: a heading such as "Tin khác" and the listing under it."""

from __future__ import annotations

import re
from itertools import islice

from ..document import Document
from ..lexicon import RELATED_HEADINGS
from ..lines.credits import agency_tag, is_credit, may_open_with_tag
from ..lines.features import LineFeatures, Structure
from ..lines.shapes import LIST_MARKS, SHORT_KEY_MAX_CHARS, is_markdown_heading, runs_on_at, short_key
from .base import Cleaner
from .image_markers import is_image_marker, is_photo_credit
from .navigation import is_link_heading


def is_related_heading(line: str) -> bool:
    """A whole line that is one of the lexicon's block headings ("Có thể bạn quan tâm")."""
    return short_key(line) in RELATED_HEADINGS


# Cards (a title and its teaser) that make a listing of cards.
CARDS_MIN = 2

LABEL_OF = {
    "heading": "related_heading",
    "item": "related_item",
    "item image": "related_item",
    "item date": "related_item",
    "item teaser": "teaser",
    "closing card": "related_item",
    "closing card teaser": "teaser",
    "dated card": "related_item",
    "dated card teaser": "teaser",
    "tagged teaser": "teaser",
}


# A card's teaser with its comment count printed after it: "… cho biết sẽ rời công ty. 10".
_COUNTED_TEASER = re.compile(r"[.!?…][\"”’']?\s+\d{1,4}$")
# Cards in a row that make a listing without a heading.
COUNTED_CARDS_MIN = 2


def _counted_cards(structure: Structure) -> list[tuple[int, int]]:
    """The (title, teaser) pairs of a listing of cards that carry their comment counts, printed without a heading
    ("Elon Musk nói 'rùng mình' khi xem GPT-4o" / "Tỷ phú Elon Musk cà khịa … giống con người. 34"): a headline,
    then a paragraph ending in a sentence and a bare count, at least :data:`COUNTED_CARDS_MIN` in a row. No
    sentence of an article ends so, and one card alone is left be."""
    lines, features = structure.lines, structure.features
    # (the count is at the end: only a line's last characters are searched)
    content = [i for i, line in enumerate(lines) if line[-1:].isdigit() and _COUNTED_TEASER.search(line[-12:])]
    if len(content) < COUNTED_CARDS_MIN:
        return []  # (most documents: no line ends in a count after a sentence)
    pairs: list[tuple[int, int]] = []
    for teaser in content:
        title = next((k for k in range(teaser - 1, -1, -1) if features[k] is not None), None)
        here, above = features[teaser], features[title] if title is not None else None
        if title is None or here is None or above is None or not above.headline or above.paragraph:
            continue
        pairs.append((title, teaser))
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for pair in pairs:  # cards follow one another: a card's title right after the teaser before
        if run and _next_content(lines, run[-1][1] + 1) != pair[0]:
            runs.extend(run if len(run) >= COUNTED_CARDS_MIN else [])
            run = []
        run.append(pair)
    runs.extend(run if len(run) >= COUNTED_CARDS_MIN else [])
    return runs


def _dated_cards(structure: Structure) -> list[tuple[int, int | None]]:
    """The (title, teaser or None) of cards a page dumped as markdown prints with no heading over them: a heading
    made of a link to another page ("### [Điều kiện thành lập doanh nghiệp mới nhất](https://…)"), perhaps one
    paragraph, then the card's date ("5 giờ trước", kept or labelled by the navigation step), at least
    :data:`CARDS_MIN` times. An article's sub-heading is no link, and is followed by its text, not by a date."""
    lines, features = structure.lines, structure.features
    # (a markdown heading's "#" first, in the comprehension: most documents have none, and no call is made)
    titles = {i for i, line in enumerate(lines) if line[:1] == "#" and is_link_heading(line)}
    if len(titles) < CARDS_MIN:
        return []
    gaps = structure.gaps  # (what other steps labelled: found only for a document with cards' titles)

    def dated_before(index: int) -> bool:
        """A date stands right before the line at ``index`` (or ends the document there)."""
        if index < len(lines) and (here := features[index]) is not None and here.date:
            return True
        at = min(index, len(lines) - 1)
        return gaps is not None and any(label == "dateline" for label, _ in gaps[at])

    cards: list[tuple[int, int | None]] = []
    for title in sorted(titles):
        following = _next_content(lines, title + 1)
        if dated_before(following):
            cards.append((title, None))
            continue
        here = features[following] if following < len(lines) else None
        if following in titles or here is None or not (here.paragraph or here.prose):
            continue
        if dated_before(_next_content(lines, following + 1)):
            cards.append((title, following))
    return cards if len(cards) >= CARDS_MIN else []


# Paragraphs opening with an agency tag that end the text, and the untagged paragraphs of the article above them.
TAGGED_TEASERS_MIN = 2
TAGGED_TEASERS_ARTICLE_MIN = 2


def _tagged_teasers(structure: Structure) -> list[int]:
    """Other articles' leads a box printed in the text, each opening with its agency tag ("(NLĐO) - Mạng xã hội lan
    truyền …" ×3 after an article whose own paragraphs carry none): :data:`TAGGED_TEASERS_MIN` or more in a row
    among the body's paragraphs, under :data:`TAGGED_TEASERS_ARTICLE_MIN` untagged ones (after the body, the tail
    step takes such leads). A tag opens an article's lead only; a digest of tagged briefs tags its first paragraph
    too and is left be."""
    lines, features = structure.lines, structure.features
    # (agency_tag's cheap test first: most documents have no line past their lead that may open with a tag)
    if sum(1 for line in lines if may_open_with_tag(line)) < TAGGED_TEASERS_MIN:
        return []
    end = structure.body_end
    if end is None:
        return []
    # (in the body: after it, the tail step takes another article's tagged lead wherever it stands)
    paragraphs = [i for i, f in enumerate(features[: end + 1]) if f is not None and (f.paragraph or f.prose)]
    tagged = [agency_tag(lines[i]) is not None for i in paragraphs]
    if len(paragraphs) < TAGGED_TEASERS_ARTICLE_MIN or tagged[0]:
        return []
    found: list[int] = []
    run: list[int] = []
    for n, i in enumerate(paragraphs):
        if tagged[n] and n >= TAGGED_TEASERS_ARTICLE_MIN:
            run.append(i)
            continue
        found.extend(run if len(run) >= TAGGED_TEASERS_MIN else [])
        run = []
    found.extend(run if len(run) >= TAGGED_TEASERS_MIN else [])
    return found


# Cards in a row, with no heading, between an article's last paragraph and its end (or its byline): a box of
# other stories an extraction printed after the text. Three at least; a card's title has this many words.
CLOSING_CARDS_MIN = 3
CLOSING_CARD_TITLE_MIN_WORDS = 5
# Lines that may follow the cards before the end: a byline, a source, a "read more" link.
CLOSING_CARDS_AFTER_MAX = 3
# Content lines above the cards (the article they close).
CLOSING_CARDS_ARTICLE_MIN = 3
# A card's teaser is another story's sapo, often cut: this many words at most; a paragraph under a section's heading
# runs longer (audit38: five Thanh Niên articles ended on sections of 66 to 204 words, taken for cards).
CLOSING_CARD_TEASER_MAX_WORDS = 60


def _card_text(features: LineFeatures | None) -> bool:
    """A line that ends the search for the cards' last teaser from the end: text, or a line as long as a title."""
    return features is not None and (
        features.paragraph or features.prose or features.words >= CLOSING_CARD_TITLE_MIN_WORDS
    )


def _closing_cards(structure: Structure) -> list[tuple[int, int]]:
    """The (title, teaser) pairs of a box of other stories that ends a document without a heading
    ("Cây gia vị tốt nhất thế giới tạo sinh kế cho dân vùng cao" / "Với sự hỗ trợ từ …, mô hình … bền vững."):
    at least :data:`CLOSING_CARDS_MIN` headlines in a row, each followed by exactly one paragraph of a sapo's length
    (:data:`CLOSING_CARD_TEASER_MAX_WORDS`: a section's text runs longer), with nothing
    after the last but a few short lines (a byline, a source) and the article's last paragraph right above. A
    title that asks or exclaims is left be (an interview's questions, each answered in one paragraph, have this
    shape), and so is a numbered or marked one (a list's entries) or a markdown heading with no link (the article's
    sections, "### Tóm tắt … mẫu 2"); no labelled real article has three such sections at its end."""
    lines, features = structure.lines, structure.features
    # (the last few content lines tell most documents apart: a paragraph over a paragraph, no card; the whole
    # list is built only when the last two lines may be a card)
    backwards = (i for i in range(len(features) - 1, -1, -1) if features[i] is not None)
    tail = list(islice(backwards, CLOSING_CARDS_AFTER_MAX + 2))
    # the last card's teaser, past a few short lines, with a headline above it (most documents: a paragraph)
    teaser = next((n for n, i in enumerate(tail) if _card_text(features[i])), None)
    if teaser is None or teaser + 1 >= len(tail) or not (above := features[tail[teaser + 1]]) or not above.headline:
        return []
    content = [i for i, f in enumerate(features) if f is not None]
    end = len(content)
    while end and len(content) - end < CLOSING_CARDS_AFTER_MAX and not _card_text(features[content[end - 1]]):
        end -= 1
    pairs: list[tuple[int, int]] = []
    while end >= 2:
        title, teaser = content[end - 2], content[end - 1]
        above, here = features[title], features[teaser]
        assert above is not None and here is not None
        if not (here.paragraph or here.prose) or not here.sentence_end or here.words > CLOSING_CARD_TEASER_MAX_WORDS:
            break
        line = lines[title]
        if (
            not above.headline
            or above.words < CLOSING_CARD_TITLE_MIN_WORDS
            or line[-1] in "?!"
            or line.startswith(LIST_MARKS)
            or line[:1].isdigit()
            or (is_markdown_heading(line) and "](" not in line)  # a section the writer marked, no card's link
            or is_credit(lines[teaser])  # (last: most documents end on two paragraphs, no title above)
        ):
            break
        pairs.append((title, teaser))
        end -= 2
    if len(pairs) < CLOSING_CARDS_MIN or end < CLOSING_CARDS_ARTICLE_MIN:
        return []
    last = features[content[end - 1]]
    assert last is not None
    # the cards follow the article's last paragraph: short lines between (a table's rows, a score, a link)
    # would be left at the article's end with the cards gone, where the tail takes short lines
    return pairs if last.prose else []


def _runs_into_text(structure: Structure, index: int) -> bool:
    """The sentence of the line at ``index`` goes on in a paragraph under it ("Nhìu Cồ San" / "là đỉnh núi cao …,
    nổi tiếng …"): the text's. A listed title a dump broke at a link goes on in a headline's words ("Tuổi Trẻ" /
    "nhận giải thưởng Hồ Hảo Hớn 2015"), which is no paragraph."""
    if not runs_on_at(structure.lines, index):
        return False
    below = structure.features[index + 1]
    return below is not None and (below.paragraph or below.prose)


# A listed article's title has this many words at least: a shorter line after a lead-in's link is the text's.
LISTED_TITLE_MIN_WORDS = 5


def _next_content(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start]:
        start += 1
    return start


def _prose_follows(structure: Structure, index: int) -> bool:
    """The content line after ``index`` is a paragraph or prose: the text goes on."""
    following = _next_content(structure.lines, index + 1)
    if following >= len(structure.lines):
        return False
    after = structure.features[following]
    return after is not None and (after.paragraph or after.prose)


class RelatedBlockCleaner(Cleaner):
    """Labels a related-news heading and the listing that follows it.

    The listing runs until article text resumes, judged by shape: every line
    that does not read as a paragraph is an item (a listed title, a date in any
    form, a category, a thumbnail, a view count). A paragraph is an item only as
    a teaser: one that opens with an agency tag ("(Dân trí) - ...", "TTO - "),
    one under a title printed twice (a listing card), and one after which the
    listing goes on: the next line is an item that is not a sub-heading of text
    (no paragraph follows it), or the document ends after listed items. So the
    article text after a box inserted in it stays, from its first paragraph on.
    """

    name = "related_block"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        structure = view.structure
        found: dict[int, str] = {}
        after = 0  # the line after the last block read
        # (a heading is a short line: is_related_heading's first test, in one pass before the calls)
        for i in [i for i, line in enumerate(lines) if line and len(line) <= SHORT_KEY_MAX_CHARS]:
            if i >= after and is_related_heading(lines[i]):
                after = self._consume_block(structure, i, found)
        for title, teaser in _counted_cards(structure):
            found.setdefault(title, "item")
            found.setdefault(teaser, "item teaser")
        for teaser in _tagged_teasers(structure):
            found.setdefault(teaser, "tagged teaser")
        for card, summary in _dated_cards(structure):
            found.setdefault(card, "dated card")
            if summary is not None:
                found.setdefault(summary, "dated card teaser")
        for title, teaser in _closing_cards(structure):
            found.setdefault(title, "closing card")
            found.setdefault(teaser, "closing card teaser")
        view.label_each({i: (LABEL_OF[kind], kind) for i, kind in found.items()}, self.name)

    @classmethod
    def _consume_block(cls, structure: Structure, heading: int, found: dict[int, str]) -> int:
        """Label the block opened at ``heading``; return the index after it."""
        lines, features = structure.lines, structure.features
        found[heading] = "heading"
        previous: str | None = None  # the item just listed, if it was headline-shaped
        repeated = False  # that item repeated the one before: a card, a teaser follows
        cards = cls._cards(structure, _next_content(lines, heading + 1))
        # a lead-in with its colon ("Xem thêm:") introduces a link or two set in the text, not a listing
        inline = lines[heading].endswith(":")
        i = first = _next_content(lines, heading + 1)
        while i < len(lines):
            line = lines[i]
            here = features[i]
            assert here is not None
            item = None
            if line.startswith("# "):
                return i  # a page's own level-one heading (its title, dumped as markdown) is no listed item
            # a box set in the text ends at a line whose sentence goes on under it ("Nhìu Cồ San" / "là đỉnh núi
            # …"), and a lead-in's at a short line after its link (the text's next heading, "Đặc sản"): the text's
            short = inline and i > first and here.words < LISTED_TITLE_MIN_WORDS and not here.date
            if (short or _runs_into_text(structure, i)) and (end := structure.body_end) is not None and heading < end:
                return i
            if is_related_heading(line):
                found[i] = "heading"
            elif is_image_marker(line) or is_photo_credit(line):
                found[i] = "item image"
            elif here.date:
                found[i] = "item date"
            elif not (here.paragraph or here.prose):
                found[i] = "item"
                repeated = line == previous
                item = line if here.headline else None
            elif (
                agency_tag(line) is not None
                or (repeated and not _prose_follows(structure, i))
                or i in cards
                or cls._listing_goes_on(structure, i)
            ):
                # (under a card's title printed over again, a paragraph that more of the text follows is the
                # article resuming after a card with no teaser: "Tin liên quan" / a title thrice / the next sentence)
                found[i] = "item teaser"
            else:
                return i
            previous = item
            if item is None:
                repeated = False
            i = _next_content(lines, i + 1)
        return i

    @staticmethod
    def _cards(structure: Structure, start: int) -> set[int]:
        """The teasers of a listing of cards that opens at ``start``: a listed title right under
        the heading, then one paragraph, at least twice over (title, teaser, title, teaser).
        An article resuming after a box opens with its text, or with a heading and several
        paragraphs."""
        lines, features = structure.lines, structure.features
        teasers: set[int] = set()
        i = start
        while i < len(lines):
            title = features[i]
            teaser_at = _next_content(lines, i + 1)
            if title is None or teaser_at >= len(lines) or not title.headline or title.paragraph or title.prose:
                break
            teaser = features[teaser_at]
            assert teaser is not None
            if not (teaser.paragraph or teaser.prose) or is_credit(lines[teaser_at]):
                break
            teasers.add(teaser_at)
            i = _next_content(lines, teaser_at + 1)
            after = features[i] if i < len(lines) else None
            if after is not None and (after.paragraph or after.prose):
                return set()  # two paragraphs in a row: the article's headings and text, not cards
        return teasers if len(teasers) >= CARDS_MIN else set()

    @staticmethod
    def _listing_goes_on(structure: Structure, index: int) -> bool:
        """After the paragraph at ``index`` the listing goes on: an item follows that is no
        sub-heading (the line after it is not a paragraph), or a date, a heading, or nothing
        but items up to the end."""
        lines, features = structure.lines, structure.features
        following = _next_content(lines, index + 1)
        if following >= len(lines):
            return False  # the article's last paragraph, after a box inserted in it
        after = features[following]
        assert after is not None
        line = lines[following]
        if after.date or is_related_heading(line) or agency_tag(line) is not None:
            return True
        gaps = structure.gaps
        if gaps is not None and any(label == "dateline" for label, _ in gaps[following]):
            return True  # a date stood between, which the navigation step took: a listed item's ("13/04")
        if after.paragraph or after.prose or line.startswith(LIST_MARKS) or is_image_marker(line) or is_credit(line):
            return False  # text, a list, an image or the byline of the article: it resumed
        beyond = _next_content(lines, following + 1)
        if beyond >= len(lines):
            return True  # a last listed item
        more = features[beyond]
        assert more is not None
        return not (more.paragraph or more.prose)
