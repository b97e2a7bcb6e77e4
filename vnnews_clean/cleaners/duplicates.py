"""Paragraphs printed twice, and teaser copies of the paragraph that follows them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from itertools import pairwise

from ..document import Document
from ..lines.features import LineFeatures, broken_paragraphs
from ..lines.shapes import ends_sentence, is_entry_line, is_headline, more_words_than, runs_on_at
from ..lines.zones import INSERTED_LABELS, Gap
from .base import Cleaner, read_again

# Shorter lines repeat legitimately ("PV:" in an interview, "Cù lao Minh" heading two sections).
DUPLICATE_MIN_WORDS = 4
TEASER_MIN_WORDS = 6
# A headline-shaped line this long that one of this many paragraphs above holds is a copy of it.
COPY_MIN_WORDS = 8
COPY_DISTANCE = 3


def is_teaser_of(teaser: str, full: str) -> bool:
    """``teaser`` is the start of ``full`` (perhaps cut with "..."): a repeated lead.

    A headline-shaped line is never a teaser: a lead may begin with the
    words of the title. A line ending in a full stop that ``full`` does not
    have at that place is a sentence of its own, not a cut copy.
    """
    if len(teaser) >= len(full):
        return False
    cut = teaser.rstrip(".… ")
    if not full.startswith(cut):
        return False
    if teaser.endswith(".") and not teaser.endswith("..") and not full.startswith(teaser):
        return False
    return more_words_than(teaser, TEASER_MIN_WORDS - 1) and not is_headline(teaser)


def _teasers(lines: list[str], content: list[int], features: Sequence[LineFeatures | None]) -> dict[int, str]:
    """The teasers of a document that prints no line twice: what :meth:`DuplicateCleaner._repeats_and_teasers`
    finds there, without the bookkeeping of prints and prose paragraphs that only a repeat needs."""
    drops: dict[int, str] = {}
    kept: list[int] = []
    for i in content:
        line = lines[i]
        # (a teaser is shorter than what it teases and opens as it does, a paragraph kept having a letter:
        # is_teaser_of's first tests, before the call)
        while (
            kept and len(teaser := lines[kept[-1]]) < len(line) and teaser[0] == line[0] and is_teaser_of(teaser, line)
        ):
            drops[kept.pop()] = "teaser"
        here = features[i]
        if here is not None and here.paragraph:
            kept.append(i)
    return drops


class DuplicateCleaner(Cleaner):
    """Labels a paragraph the page printed twice, and a teaser right before the full paragraph.

    A copy goes when the page or the dump printed it again: right after its print
    (every paragraph twice), with the line before or after it copied too (a block
    printed twice), or a lead printed again where the body starts. Kept as
    printed: short lines, the lines of structured entries (a hotel's "• Mức giá:
    ..." line, the same for two hotels), a sentence two entries share among
    different lines (the forecasts of two regions), and a copy that closes the
    text with paragraphs between it and its print (an author's refrain of the
    opening line).
    """

    name = "duplicate"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        content = [i for i, line in enumerate(lines) if line]
        features = view.structure.features
        texts = [lines[i] for i in content]
        if len(set(texts)) == len(texts):
            # no line printed twice (most documents): no repeat nor table of contents, only teasers
            drops = _teasers(lines, content, features)
        else:
            drops = self._repeats_and_teasers(lines, content, features, view.structure.gaps, view.structure.body_start)
            for i in _roster(lines, content) & drops.keys():
                if drops[i] == "repeat":
                    del drops[i]  # an entry of a roster: two patients, two hotels may read alike
        # a headline that the last few paragraphs above it hold (a headline is never a paragraph nor
        # prose: what this takes leaves the paragraphs as they are)
        paragraphs = [i for i in content if i not in drops and (here := features[i]) and (here.paragraph or here.prose)]
        start = view.structure.body_start
        roster: set[int] | None = None
        for place, i in enumerate(content):
            here = features[i]
            if i in drops or here is None or not here.headline:
                continue
            above = bisect_left(paragraphs, i)  # (the last few paragraphs above it, not a copy of all of them)
            copied = _copies(lines, paragraphs[max(0, above - COPY_DISTANCE) : above], lines[i])
            # a pull quote printed before the line that holds it, in the body (above the lead the title may be
            # one), and the name under it when the text names it too ("Giáo sư Phạm Gia Khải"); a line right over
            # the paragraph that holds it is that section's heading, made of its words ("Lo toan cho đàn chim …"
            # over "…, lo toan cho đàn chim …."): a pull quote stands apart from the paragraph it is lifted from
            below = content[place + 1 : place + 1 + COPY_DISTANCE]
            quoted = not copied and start is not None and i > start and _quotes(lines, below[1:], lines[i])
            if not (copied or quoted):
                continue
            if roster is None:
                roster = _roster(lines, content)  # (found when first needed: most documents copy nothing)
            if i in roster:
                continue
            drops[i] = "copy of the text"
            if quoted and below and _names_again(lines, below[0], below[1:]) and below[0] not in drops:
                drops[below[0]] = "pull quote's attribution"
        view.label_each({i: ("repeat", detail) for i, detail in drops.items()}, self.name)

    @staticmethod
    def _repeats_and_teasers(
        lines: list[str],
        content: list[int],
        features: Sequence[LineFeatures | None],
        gaps: Sequence[Gap] | None = None,
        body_start: int | None = None,
    ) -> dict[int, str]:
        """The copies of lines printed before, a table of contents, and teasers (view position -> detail).
        A heading of the body printed first above it (a quick navigation's entry) stays, and its first print goes."""
        last = content[-1] if content else -1
        seen: dict[str, int] = {}  # line -> prose paragraphs kept up to its first print, itself included
        # the lines long enough to be copies, in order (a name or a button between two prints
        # does not part them: a later step may take it)
        long = [i for i in content if lines[i].count(" ") >= DUPLICATE_MIN_WORDS - 1]
        place_of = {i: place for place, i in enumerate(long)}
        printed: dict[str, tuple[int, int]] = {}  # long line -> its place in `long`, prose paragraphs before it
        prose = 0  # prose paragraphs kept so far (what a second reading counts)
        # a paragraph broken over lines (a wrapped dump) is one paragraph: its pieces count once, and
        # a copy of it is one block, not a block of its pieces
        run_of = _broken_runs(lines, features)
        before_unit = 0  # prose paragraphs kept before the paragraph the current line is (a piece of)
        counted = 0  # whether that paragraph counts as one
        counted_at: set[int] = set()  # the lines counted as paragraphs (a teaser taken after is not kept after all)
        # the last line kept: a heading goes as a copy only right under its print, since no prose between
        # its prints says little where tables or lists stand between them ("NGOẠI HẠNG ANH – VÒNG 31" over
        # the fixtures and again over the results)
        previous = None
        # the lead printed again goes wherever it stands: a copy's neighbours are read past it, as a second run
        # reads them once it is gone
        early = _lead_copies(lines, content, features, place_of)
        kept: list[int] = []
        # a table of contents lists headings printed further on: its entries go, and are no first print
        drops: dict[int, str] = dict.fromkeys(_table_of_contents(lines, content, features), "table of contents")
        for i in content:
            if i in drops:
                continue
            line = lines[i]
            # a teaser right before this line goes first, so what is kept before it is known
            while kept and is_teaser_of(lines[kept[-1]], line):
                teaser = kept.pop()
                drops[teaser] = "teaser"
                if teaser in counted_at:
                    prose -= 1  # not kept after all
            if run_of.get(i, (i,))[0] == i:
                before_unit = prose
                # (a paragraph right under what a page inserts, a related box's heading or a menu, may be a teaser
                # the tail step takes: it is no paragraph of the article between a print and its copy)
                counted = int(_counts(features, run_of, i) and not _under_inserted(gaps, i))
            first = seen.get(line)
            # a copy that closes the text, with paragraphs between it and its print, is a refrain
            # (unless it closes a block printed again)
            place = place_of.get(i, -1)
            closes = place > 0 and i == last and long[place - 1] not in drops
            refrain = closes and first is not None and before_unit - first > 0
            if (
                first is not None
                and place >= 0
                and not is_entry_line(line)
                and _same_paragraph(lines, run_of, long[printed[line][0]], i)
                and not refrain
                # the lead again, no paragraph kept since its print, or a block printed again
                and (
                    (before_unit == first and (_is_paragraph(features[i]) or previous == line))
                    or _printed_again(lines, long, drops, *printed[line], place, run_of, early)
                )
            ):
                head_copy = long[printed[line][0]]
                if body_start is not None and head_copy < body_start < i and _heads_text(lines, features, i):
                    drops[head_copy] = "table of contents"  # the quick navigation's entry above the body
                else:
                    drops[i] = "repeat"
                    continue
            previous = line
            here = features[i]
            if first is None:
                seen[line] = before_unit + counted
                if place >= 0:
                    printed[line] = (place, before_unit)
            if run_of.get(i, (i,))[0] == i and counted:
                prose += 1
                counted_at.add(i)
            if here is not None and here.paragraph:
                kept.append(i)  # (paragraphs only: a name or a heading between may go on a second reading)
        return drops

    def second_reading(self, doc: Document) -> None:
        """Read again what the later steps left: a copy kept because paragraphs stood between it
        and its print (a teaser, a byline the tail takes) is right after its print once they go."""
        read_again(self, doc)


# A roster: this many lines or more in a row that open with the same two words ("Bệnh nhân nữ, 43 tuổi, …" /
# "Bệnh nhân nam, 6 tuổi, …"), the entries of one list; two of them may read alike and both stand.
ROSTER_MIN_LINES = 4
ROSTER_ENTRY_MAX_WORDS = 25  # an entry is a line of facts; paragraphs that open alike are text


def _roster(lines: list[str], content: list[int]) -> set[int]:
    """The lines of the rosters among ``content`` (a label the crawler dropped, ": Bệnh nhân …", is read past)."""
    found: set[int] = set()
    run: list[int] = []
    opening: list[str] | None = None
    for i in content:
        line = lines[i]
        short = not more_words_than(line, ROSTER_ENTRY_MAX_WORDS)
        words = line.lstrip(": ").casefold().split(None, 2)[:2] if short else []
        if len(words) == 2 and words == opening:
            run.append(i)
            continue
        if len(run) >= ROSTER_MIN_LINES:
            found.update(run)
        run, opening = [i], (words if len(words) == 2 else None)
    if len(run) >= ROSTER_MIN_LINES:
        found.update(run)
    return found


def _heads_text(lines: list[str], features: Sequence[LineFeatures | None], index: int) -> bool:
    """The line at ``index`` is a headline over a paragraph: a sub-heading of the text."""
    here = features[index]
    following = next((k for k in range(index + 1, len(lines)) if lines[k]), None)
    after = features[following] if following is not None else None
    return here is not None and here.headline and after is not None and (after.paragraph or after.prose)


# A table of contents: this many short lines or more in a row, each printed again further on, in the
# same order and apart (the headings it lists). Its entries go, their headings stay: no text is lost.
TOC_MIN_ENTRIES = 3
TOC_ENTRY_MAX_WORDS = 20


def _table_of_contents(lines: list[str], content: list[int], features: Sequence[LineFeatures | None]) -> list[int]:
    """The lines of the runs that list, in order, headings printed later ("Mục lục" and its entries
    "Tiêu chảy cấp do Rotavirus là gì?", "Triệu chứng …", … above the article's sections)."""
    texts = [lines[i] for i in content]
    if len(set(texts)) > len(texts) - TOC_MIN_ENTRIES:
        return []  # fewer lines printed twice than a table lists (most documents: one set, built in C)
    where: dict[str, list[int]] = {}  # a line's text -> its places in content
    for place, i in enumerate(content):
        where.setdefault(lines[i], []).append(place)
    found: list[int] = []
    run: list[int] = []  # the current run's places in content
    headings: list[int] = []  # and where each entry is printed again

    def close() -> None:
        # the headings it lists stand apart, each over its section; printed one under the other they are a list's
        # items printed again (a forecast's rows "* Loại: Bão" / "* Áp suất …" in each of its tables)
        if (
            len(run) >= TOC_MIN_ENTRIES
            and headings[0] > run[-1]
            and all(after - before > 1 for before, after in pairwise(headings))
        ):
            found.extend(content[p] for p in run)

    for place, i in enumerate(content):
        here = features[i]
        heading = None
        entry = here is not None and not here.prose and here.words <= TOC_ENTRY_MAX_WORDS
        if entry and runs_on_at(lines, i):
            entry = False  # "MU" / "trong phiên chợ hè …": a link's words in a sentence, no heading
        if entry and here is not None and (here.headline or lines[i].endswith("?")):
            heading = next((p for p in where[lines[i]] if p > place), None)
        if heading is not None and run and heading > headings[-1]:
            run.append(place)
            headings.append(heading)
            continue
        close()
        run, headings = ([place], [heading]) if heading is not None else ([], [])
    close()
    return found


def _broken_runs(lines: list[str], features: Sequence[LineFeatures | None]) -> dict[int, tuple[int, int]]:
    """Each piece of a prose paragraph broken over lines (:func:`~vnnews_clean.lines.features.broken_paragraphs`)
    -> its run ``(first, end)``."""
    run_of: dict[int, tuple[int, int]] = {}
    for first, end in broken_paragraphs(lines):
        if (here := features[first]) is not None and here.joined:
            run_of.update(dict.fromkeys(range(first, end), (first, end)))
    return run_of


def _counts(features: Sequence[LineFeatures | None], run_of: dict[int, tuple[int, int]], i: int) -> int:
    """1 when line ``i`` is a prose paragraph, or the first piece of one broken over lines."""
    here = features[i]
    return int(here is not None and here.prose and run_of.get(i, (i,))[0] == i)


def _is_paragraph(features: LineFeatures | None) -> bool:
    return features is not None and (features.paragraph or features.prose)


def _same_paragraph(lines: list[str], run_of: dict[int, tuple[int, int]], print_at: int, copy_at: int) -> bool:
    """The lines at ``print_at`` and ``copy_at`` (the same text) stand in the same paragraph: each a whole
    paragraph, or the same piece of two paragraphs broken over lines alike. A piece shared by two
    different paragraphs ("tỉnh Quảng Nam nhiệm kỳ 2004-2011;" ending two list items) is no copy."""
    printed, copied = run_of.get(print_at), run_of.get(copy_at)
    if printed is None or copied is None:
        return printed is copied
    pieces = range(*printed), range(*copied)
    return (
        len(pieces[0]) == len(pieces[1])
        and print_at - printed[0] == copy_at - copied[0]
        and all(lines[a] == lines[b] for a, b in zip(*pieces, strict=True))
    )


def _unit(long: list[int], run_of: dict[int, tuple[int, int]], place: int) -> tuple[int, int]:
    """The places in ``long`` of the paragraph that holds ``long[place]``: itself, or every piece of
    a paragraph broken over lines."""
    run = run_of.get(long[place])
    if run is None:
        return place, place
    lo = hi = place
    while lo > 0 and run[0] <= long[lo - 1]:
        lo -= 1
    while hi + 1 < len(long) and long[hi + 1] < run[1]:
        hi += 1
    return lo, hi


def _printed_again(
    lines: list[str],
    long: list[int],
    drops: dict[int, str],
    first: int,
    prose_before: int,
    copy: int,
    run_of: dict[int, tuple[int, int]],
    early: frozenset[int] = frozenset(),
) -> bool:
    """Whether the copy at ``long[copy]`` of the line at ``long[first]`` is the page's printing it
    again, with paragraphs between: the lead (no paragraph before its print) printed again where the
    body starts, or a block printed twice (the line before or after the copy copied too). A lone
    sentence that two entries share ("Nhiều mây, có mưa vừa …" in the forecasts of two regions)
    stays in each, wrapped over lines or not (the neighbours are those of the paragraph it is a piece
    of). The print's neighbours are read past the copies already dropped, as a second reading finds them."""
    if prose_before == 0:
        return True
    (first_lo, first_hi), (copy_lo, copy_hi) = _unit(long, run_of, first), _unit(long, run_of, copy)
    before = _text_at(lines, long, drops, first_lo, -1) == _text_at(lines, long, early, copy_lo, -1) is not None
    after = _text_at(lines, long, drops, first_hi, 1) == _text_at(lines, long, early, copy_hi, 1) is not None
    return before or after


def _lead_copies(
    lines: list[str], content: list[int], features: Sequence[LineFeatures | None], place_of: dict[int, int]
) -> frozenset[int]:
    """The lines (view positions) that print again a line first printed before any prose paragraph (the lead,
    what stands above it): copies the step takes wherever they stand."""
    first: dict[str, int] = {}
    copies: set[int] = set()
    prose = 0
    for i in content:
        line = lines[i]
        if line not in first:
            first[line] = prose
        elif first[line] == 0 and i in place_of:
            copies.add(i)
        here = features[i]
        prose += here is not None and here.prose
    return frozenset(copies)


def _under_inserted(gaps: Sequence[Gap] | None, i: int) -> bool:
    """What a page inserts (a related box's heading or item, a menu, a share bar, a UI line:
    :data:`~vnnews_clean.lines.zones.INSERTED_LABELS`), labelled by the steps before, stands right above line ``i``."""
    return gaps is not None and any(label in INSERTED_LABELS for label, text in gaps[i] if text)


def _text_at(lines: list[str], long: list[int], drops: Collection[int], place: int, step: int) -> str | None:
    """The text of the nearest line of ``long`` before (``step`` -1) or after (1) ``place`` not dropped."""
    place += step
    while 0 <= place < len(long) and long[place] in drops:
        place += step
    return lines[long[place]] if 0 <= place < len(long) else None


def _copies(lines: list[str], paragraphs: list[int], line: str) -> bool:
    """A headline-shaped line that one of the last few paragraphs above it holds word for word: a
    caption or a pull quote that repeats the text (the text stays in its paragraph). A heading
    that the next paragraph opens with ("Cù lao Minh" / "Cù lao Minh là ...") is the article's.
    (Paragraphs are counted, not lines: a byline or a menu between goes on a second reading.)"""
    if line.count(" ") < COPY_MIN_WORDS - 1:
        return False
    quote = line.count(" ") >= PULL_QUOTE_MIN_WORDS - 1  # (long enough to be a pull quote cut from a sentence)
    return any(
        _holds_sentence(lines[i], line) or (quote and _holds_sentence(lines[i], line, whole=False))
        for i in paragraphs[-COPY_DISTANCE:]
    )


# A headline-shaped line this long that a paragraph near it holds anywhere, whatever its case, is a pull quote:
# no heading is that long, and the words stay in their paragraph.
PULL_QUOTE_MIN_WORDS = 12


def _quotes(lines: list[str], paragraphs: list[int], line: str) -> bool:
    """A pull quote printed before the line that holds it: a line of :data:`PULL_QUOTE_MIN_WORDS` words or more
    that one of the longer ``paragraphs`` (the lines under it) holds word for word, whatever the case of its first
    letter ("Kĩ thuật này có thể …" out of "Như vậy, kĩ thuật này có thể …")."""
    if line.count(" ") < PULL_QUOTE_MIN_WORDS - 1:
        return False
    quote = line.rstrip(" .…")
    # (its case differs at most in its first letter, "Kĩ thuật" out of "kĩ thuật": the rest is looked for first)
    rest, first = quote[1:], quote[:1].casefold()
    for i in paragraphs:
        paragraph = lines[i]
        at = paragraph.find(rest, 1) if len(paragraph) > len(line) else -1
        while at > 0:
            if paragraph[at - 1].casefold() == first:
                return True
            at = paragraph.find(rest, at + 1)
    return False


# A pull quote's attribution under it: a name and a title at most ("Giáo sư Phạm Gia Khải").
ATTRIBUTION_MAX_WORDS = 6


def _names_again(lines: list[str], name: int, after: list[int]) -> bool:
    """The short line at ``name`` (under a pull quote) is said word for word in one of the lines ``after`` it: the
    quote's attribution, whose words stay in the text ("Giáo sư Phạm Gia Khải" / "… Giáo sư Phạm Gia Khải nói.")."""
    line = lines[name]
    if more_words_than(line, ATTRIBUTION_MAX_WORDS) or ends_sentence(line):
        return False
    return any(len(lines[k]) > len(line) and line in lines[k] for k in after)


def _holds_sentence(paragraph: str, line: str, *, whole: bool = True) -> bool:
    """``line`` is one whole sentence of ``paragraph`` (its final stop aside): it starts the paragraph
    or a sentence in it, and a sentence ends right after it. Not ``whole``: it opens one, which goes on
    (a pull quote cut from it: "Hơn nữa, … vẫn có thể có con" out of "Hơn nữa, … vẫn có thể có con, …")."""
    if len(paragraph) <= len(line):
        return False
    text = line if whole else line.rstrip(" .…")
    at = paragraph.find(text)
    while at >= 0:
        starts = at == 0 or paragraph[:at].rstrip().endswith((".", "!", "?", "…", ":"))
        end = paragraph[at + len(text) : at + len(text) + 1]
        if starts and (not whole or end in (".", "!", "?", "…")):
            return True
        at = paragraph.find(text, at + 1)
    return False
