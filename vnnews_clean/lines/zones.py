"""Where the article is: the head before its first paragraph, the body, the tail after it.

The body runs from the first to the last prose paragraph of the article
(:attr:`~vnnews_clean.lines.features.LineFeatures.prose`), read on the lines
no step has labelled furniture yet, with the labels of what stood between them.
Recall comes first: a structured article (a travel guide, a recipe, an
interview) alternates headings, list items and paragraphs for pages, and all of
it is body. The body stops early only at a *barrier* between two paragraphs:

- a *closing* barrier: the article is over — the site's footer, a comment
  section or card, a follow-us prompt, or a strong closing credit ("Theo
  TTXVN", "Tác giả: X", "Minh Anh (TTXVN)") followed by another story (a
  headline, then text), or a credit of who made the article ("Bài và ảnh do X
  thực hiện") followed by a teaser and its source line only. Any other credit
  followed by a paragraph is an attribution
  inside the article (a chart's source), and a bare name ("Chùa Bạch Vân") is a
  sub-heading as often as a byline: neither is a barrier.
- an *inserted* barrier: a related-news box, a listing, a menu. The article
  often goes on after a box inserted in it, so the body resumes where two
  paragraphs follow one another again; a lone paragraph after a listing is one
  of its teasers (it stays unless the tail finds more).

One line of names is no barrier at all: it is a heading as often as a byline,
and the byline step, which comes later, reads it either way (a barrier that a
later step removes would move the body's end on a second reading).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from operator import methodcaller
from typing import TYPE_CHECKING

from ..lexicon import COMMENT_CONTROLS, COMMENT_SECTION_HEADINGS, CREDIT_MADE_BY, RELATED_HEADINGS, TAIL_PROMPTS
from .dates import ends_with_date, is_timestamp
from .shapes import runs_on_at, short_key

if TYPE_CHECKING:
    from .features import LineFeatures

# What other steps labelled between two lines, as (label, text) pairs.
Gap = tuple[tuple[str, str], ...]

# Labels that close the article when they stand between two paragraphs.
CLOSING_LABELS = frozenset({"footer", "comment", "notice"})
# Labels of what a page inserts in or after an article: the article may go on after them.
INSERTED_LABELS = frozenset(
    {"related_heading", "related_item", "teaser", "menu", "breadcrumb", "share", "tags", "promo", "ui"}
)
# The words of the longest comment section heading ("Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận").
COMMENT_HEADING_MAX_WORDS = max(heading.count(" ") + 1 for heading in COMMENT_SECTION_HEADINGS)
# "Thích · Trả lời · Báo vi phạm": the longest run of comment controls on one line.
COMMENT_CONTROLS_MAX_WORDS = 8

CLOSING, INSERTED = "closing", "inserted"
# A closing barrier that only lines other steps labelled make (a comment heading taken for a menu):
# it closes the body, but it is gone on a second reading, so runs of paragraphs join across it
# while the article's first substantial run is looked for, as across an inserted one.
LABELLED_CLOSING = "closing, labelled"
_CLOSINGS = (CLOSING, LABELLED_CLOSING)
# A run of paragraphs with this many paragraphs or words is the article's, not a banner's or a lead's alone.
RUN_MIN_PARAGRAPHS = 2
RUN_MIN_WORDS = 40
# A teaser of another story: one or two paragraphs (a lead's sentences, as listings print them).
TEASER_MAX_PARAGRAPHS = 2
# A name line is at most this many words ("Nguyễn Thị Minh Anh").
NAME_MAX_WORDS = 5
# A byline and a reader's name over a comment stand close together (a date, the comment's controls between);
# two names far apart between two paragraphs are headings of what stands between (a table's "TRẬN ĐẤU",
# "TRỰC TIẾP" over its rows).
NAMES_GAP_MAX_LINES = 12
# Titles with their dates glued on ("Ôtô bí thư ... (21/04/2010 02:40)") that make a listing: one alone may be
# a line of the article.
LISTING_MIN_DATED = 2
DATED_ITEM_MAX_WORDS = 20


def is_comment_controls(line: str, features: LineFeatures) -> bool:
    """ "Thích Trả lời", "Phản hồi", "Gửi góp ý": a short line of a comment card's or reader box's controls."""
    return (
        features.words <= COMMENT_CONTROLS_MAX_WORDS
        and not features.sentence_end
        and COMMENT_CONTROLS.match(line) is not None
    )


def is_comment_heading(text: str) -> bool:
    """ "Bình luận", "Ý kiến bạn đọc": the heading of a comment section (or its message that it is empty)."""
    return short_key(text, COMMENT_HEADING_MAX_WORDS) in COMMENT_SECTION_HEADINGS


# A page dumped as markdown prints its title as its one level-one heading: when at least this many paragraphs, and
# twice as many as above it, follow it, what stands above it is the page's chrome, prose or not.
PAGE_HEADING_MIN_PARAGRAPHS = 2
_OPENS_PAGE_HEADING = methodcaller("startswith", "# ")


def page_heading(lines: Sequence[str], features: Sequence[LineFeatures | None]) -> int:
    """Index of the page's only markdown level-one heading ("# Showbiz Việt: …") when the article follows it:
    a login prompt or a banner's text above it ("Bạn chưa đăng nhập. …") is chrome, no run of the article;
    -1 otherwise (most documents: one C pass over the lines)."""
    if not any(map(_OPENS_PAGE_HEADING, lines)):
        return -1
    headings = [i for i, line in enumerate(lines) if line.startswith("# ")]
    if len(headings) != 1:
        return -1
    heading = headings[0]
    above = sum(1 for f in features[:heading] if f is not None and f.prose)
    below = sum(1 for f in features[heading + 1 :] if f is not None and f.prose)
    return heading if below >= PAGE_HEADING_MIN_PARAGRAPHS and below >= 2 * above else -1


def body_end(
    lines: Sequence[str],
    features: Sequence[LineFeatures | None],
    gaps: Sequence[Gap] | None = None,
    *,
    credit: Callable[[str], bool] | None = None,
    name: Callable[[str], bool] | None = None,
    after: int = -1,
    opens_footer: Callable[[str], bool] | None = None,
) -> tuple[int | None, bool]:
    """Index of the article's last body paragraph among ``lines`` (None: no prose), and whether
    a closing barrier follows it (what comes after is surely not the article's).

    ``gaps[i]``: the (label, text) of the lines other steps labelled between
    line ``i - 1`` and line ``i``; ``credit(line)``: a strong closing credit;
    ``name(line)``: a credit that is a bare name (passed in to keep this module
    free of the credit recognizer's imports); ``after``: the body starts after this line (:func:`page_heading`);
    ``opens_footer(line)``: the line opens as a footer does (copyright, licence, newsroom label), where a line of
    contact terms alone may be a place's contacts (without it, every footer line closes the body)."""
    prose = [i for i, f in enumerate(features) if f is not None and f.prose and i > after]
    if not prose:
        return None, False
    barriers: list[str | None] = [None]
    counts: Counter[str] | None = None  # how often each line is printed, counted when a credit first asks

    def closing_credit(line: str) -> bool:
        """A strong credit printed once: one printed again is a source under each picture ("Nguồn: Viglacera"),
        which closes nothing."""
        nonlocal counts
        if credit is None or not credit(line):
            return False
        if counts is None:
            counts = Counter(lines)
        return counts[line] == 1

    # (two paragraphs next to each other with nothing labelled between them, most pairs: no barrier,
    # as _barrier finds without the call)
    barriers += [
        None
        if prose[n] == prose[n - 1] + 1 and (gaps is None or not gaps[prose[n]])
        else _barrier(lines, features, gaps, prose[n - 1], prose[n], closing_credit, name, opens_footer)
        for n in range(1, len(prose))
    ]
    if barriers.count(None) == len(barriers):
        return prose[-1], False  # one run of paragraphs, nothing between them (what the reading below finds)
    n = _main_run(features, prose, barriers)
    end = prose[n]
    n += 1
    while n < len(prose):
        current = prose[n]
        kind = barriers[n]
        if kind is None:
            end = current
            n += 1
            continue
        if kind in _CLOSINGS:
            return end, True
        if current > 0 and runs_on_at(lines, current - 1):
            # a sentence that a line under the box opened goes on in this paragraph ("Nhìu Cồ San" / "là đỉnh núi
            # cao …", a page dumped one string per line): the article resumed, no listing's teaser opens so
            end = current
            n += 1
            continue
        # inserted: the article goes on where paragraphs follow one another again
        resumed = _resumes(features, gaps, prose, barriers, n)
        if resumed is None:
            break
        end = prose[resumed]
        n = resumed + 1
    return end, False


def _main_run(features: Sequence[LineFeatures | None], prose: list[int], barriers: list[str | None]) -> int:
    """The position in ``prose`` of the last paragraph of the article's first substantial run (two
    paragraphs or more, or :data:`RUN_MIN_WORDS` words, with no closing barrier between): a page's
    banner text comes before it, a lone lead above a related box belongs to it. Without one, the
    first run.

    The first, not the largest: what other steps label between two runs is gone on a second
    reading, where the runs join; the first substantial run then starts no later and the body
    reaches no shorter (the largest run could be an earlier one there)."""
    words = count = 0
    first_end = None
    for n, paragraph in enumerate(prose):
        if n and barriers[n] is not None:
            if count >= RUN_MIN_PARAGRAPHS or words >= RUN_MIN_WORDS:
                return n - 1
            # a lone lead, a related box, the body: one run (on a second reading the box is gone)
            if barriers[n] not in (INSERTED, LABELLED_CLOSING):
                if first_end is None:
                    first_end = n - 1
                words, count = 0, 0
        here = features[paragraph]
        words += here.words if here is not None else 0
        count += 1
    if count >= RUN_MIN_PARAGRAPHS or words >= RUN_MIN_WORDS or first_end is None:
        return len(prose) - 1
    return first_end


def _resumes(
    features: Sequence[LineFeatures | None],
    gaps: Sequence[Gap] | None,
    prose: list[int],
    barriers: list[str | None],
    n: int,
) -> int | None:
    """After an inserted barrier before ``prose[n]``: the position in ``prose`` of the second of the
    first two adjacent paragraphs (nothing but blank lines or images between them) up to the
    next barrier, or None. A listing alternates its titles and teasers; an article resumes
    with paragraphs that follow one another; and the paragraphs between a box and a closing
    barrier are the article's last (a box inserted before the end, then the byline)."""
    for m in range(n + 1, len(prose)):
        if barriers[m] in _CLOSINGS:
            return m - 1
        first, second = prose[m - 1], prose[m]
        if _adjacent(features, gaps, first, second):
            return m
        if gaps is not None and any(
            label in INSERTED_LABELS for k in range(first + 1, second + 1) for label, _ in gaps[k]
        ):
            return None  # another box before the article resumed
    return None


def _adjacent(features: Sequence[LineFeatures | None], gaps: Sequence[Gap] | None, first: int, second: int) -> bool:
    """No content line of the view stands between two paragraphs, and no step labelled any but an image's."""
    if any(features[i] is not None for i in range(first + 1, second)):
        return False
    if gaps is None:
        return True
    return all(label in _BETWEEN_PARAGRAPHS for k in range(first + 1, second + 1) for label, _ in gaps[k])


# What may stand between two paragraphs that follow one another: an image and its caption and credit.
_BETWEEN_PARAGRAPHS = frozenset({"image", "caption", "photo_credit", "blank", "inline_link", "repeat", "title_copy"})


def _barrier(
    lines: Sequence[str],
    features: Sequence[LineFeatures | None],
    gaps: Sequence[Gap] | None,
    previous: int,
    current: int,
    credit: Callable[[str], bool] | None,
    name: Callable[[str], bool] | None,
    opens_footer: Callable[[str], bool] | None = None,
) -> str | None:
    """What stands between the paragraphs at ``previous`` and ``current``: a closing or an
    inserted barrier, or None (headings, images, list items, one name: the article goes on).
    Two name lines there are a byline and a reader's name over a comment."""
    found: str | None = None
    names = dated = 0
    # (names close together: a byline and a reader's; under a paragraph that ends in a colon, the items it
    # introduces, "Màu áo phông chủ yếu là các màu nhạt:" / "Màu Trắng" / "Màu Kem")
    close = current - previous <= NAMES_GAP_MAX_LINES and not lines[previous].endswith(":")
    for i in range(previous + 1, current + 1):
        if gaps is not None:
            for label, text in gaps[i]:
                if label in CLOSING_LABELS or (label == "menu" and is_comment_heading(text)):
                    found = LABELLED_CLOSING  # unless a line still there closes too
                elif label in INSERTED_LABELS and found is None:
                    found = INSERTED
        if i == current:
            break
        here = features[i]
        if here is None:
            continue
        line = lines[i]
        if here.footer and opens_footer is not None and not opens_footer(line):
            # two contact terms ("Điện thoại: … Địa chỉ: …"): a place's contacts in a travel guide as often as the
            # site's; the article goes on where paragraphs follow one another again
            found = found or INSERTED
        elif here.footer or TAIL_PROMPTS.match(line) is not None or is_comment_controls(line, here):
            return CLOSING
        if is_comment_heading(line):
            return CLOSING
        if credit is not None and credit(line) and _new_story_after(lines, features, i, current, credit):
            return CLOSING
        # (a name whose sentence goes on in the next line, "Long Nhật" / "có đôi lời …", is the text's)
        if name is not None and here.words <= NAME_MAX_WORDS and close and name(line) and not runs_on_at(lines, i):
            names += 1
            if names == 2:
                return CLOSING  # a byline, then a reader's name over a comment
            if stamped(lines, gaps, i):
                return CLOSING  # a byline and the page's stamp under it ("Du Hy" / "Cập nhật 16/4/2026, 10:14")
        if short_key(line) in RELATED_HEADINGS and found is None:
            found = INSERTED  # a related box's heading
        elif not here.sentence_end and here.words <= DATED_ITEM_MAX_WORDS and ends_with_date(line):
            dated += 1
            if dated == LISTING_MIN_DATED and found is None:
                found = INSERTED  # listed titles with their dates
    return found


def stamped(lines: Sequence[str], gaps: Sequence[Gap] | None, index: int) -> bool:
    """Right under the line at ``index`` stands a stamp of when the page was published (a day and a clock time),
    still there or labelled by another step."""
    if gaps is not None and index + 1 < len(gaps) and gaps[index + 1]:
        label, text = gaps[index + 1][0]
        return label == "dateline" and is_timestamp(text)
    following = next((lines[k] for k in range(index + 1, len(lines)) if lines[k]), "")
    return is_timestamp(following)


def _new_story_after(
    lines: Sequence[str],
    features: Sequence[LineFeatures | None],
    credit_at: int,
    paragraph: int,
    credit: Callable[[str], bool],
) -> bool:
    """After the credit at ``credit_at`` (and the credits and dates printed with it), the next line
    is a headline and the paragraph at ``paragraph`` follows: another story's title and text (a
    paragraph right under the credit means it was an attribution inside the article), or a teaser
    and its source line after a credit of who made the article (:func:`credited_teaser`)."""
    for i in range(credit_at + 1, paragraph):
        here = features[i]
        if here is not None and not here.date and not credit(lines[i]):
            return here.headline
    return bool(credited_teaser(lines, features, credit_at, credit))


def credited_teaser(
    lines: Sequence[str], features: Sequence[LineFeatures | None], credit_at: int, credit: Callable[[str], bool]
) -> list[int]:
    """The paragraphs of another story's teaser after the credit at ``credit_at``, or none: after a
    credit of who made the article ("*Món ăn và hình ảnh do X thực hiện", which closes it: no chart's
    source reads so), a paragraph or two, then only credits to the page's end (the teaser's own source
    line, "Nguồn: [Link nguồn]")."""
    if CREDIT_MADE_BY.match(lines[credit_at]) is None:
        return []
    teaser: list[int] = []
    credited = False
    for i in range(credit_at + 1, len(lines)):
        here = features[i]
        if here is None:
            continue
        if credit(lines[i]):
            credited = True
        elif credited or not here.paragraph or len(teaser) == TEASER_MAX_PARAGRAPHS:
            return []
        else:
            teaser.append(i)
    return teaser if credited else []
