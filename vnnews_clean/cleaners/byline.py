"""Bylines, closing source credits and the agency tag before the lead, moved into metadata."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, islice

from ..document import Document, View
from ..lexicon import CREDIT_TITLED_NAME, PROVINCES, RELATED_HEADINGS
from ..lines.credits import (
    BYLINE_MAX_CHARS,
    EMPTY_TAG,
    Credit,
    agency_tag,
    credit_of,
    glued_place,
    is_credit,
    is_strong_credit,
    links_an_author,
    named_source,
)
from ..lines.dates import is_dateline, words_before_date
from ..lines.features import LineFeatures
from ..lines.shapes import (
    HEADLINE_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    ends_sentence,
    has_end_mark,
    is_field,
    is_field_label,
    is_headline,
    is_paragraph,
    more_words_than,
    runs_on_at,
    short_key,
)
from ..lines.zones import Gap, stamped
from .base import Cleaner
from .duplicates import is_teaser_of

CLOSING_LINES = 3  # a name, a credit and a date, in any order
# A paragraph this long after a byline candidate means the article goes on.
BODY_PROSE_MIN_WORDS = 15


def _names_a_person(credits: list[Credit | bool | None]) -> bool:
    """The run names a person (a byline), not only an outlet or a date."""
    return any(isinstance(c, Credit) and c.authors for c in credits)


def _is_date(line: str) -> bool:
    """A date or time and nothing more ("12/3/2024", "Thứ Hai, 12/3/2024 - 10:30"): no name before it."""
    return is_dateline(line) and not words_before_date(line)


def _article_goes_on(line: str, features: LineFeatures) -> bool:
    """After a byline candidate, a paragraph long enough that the article goes on (footers and teasers
    are short; not the line facts' `prose`, which a short last paragraph may be);
    a teaser opening with an agency tag is a listing's."""
    if features.words < BODY_PROSE_MIN_WORDS:
        return False
    prose = (
        features.paragraph
        or features.sentence_end
        or features.words > HEADLINE_MAX_WORDS
        or len(line) > HEADLINE_MAX_CHARS
    )
    return prose and agency_tag(line) is None


LABEL_OF = {"date": "dateline", "byline": "byline", "source credit": "credit"}

# Bare names read as closing bylines, each with a sentence of the text after it before the next: the headings of
# a text's sections ("Hà Nội" / "Nhiệt độ …" / "Phía Tây Bắc Bộ" / …), for an article has one closing byline.
SECTION_HEADINGS_MIN = 3


def _section_headings(
    runs: list[tuple[int, int]],
    credits: list[Credit | bool | None],
    content: list[int],
    features: Sequence[LineFeatures | None],
) -> set[int]:
    """The starts of the ``runs`` (content positions) that head sections of the text: bare names (no credit that
    says it is one), :data:`SECTION_HEADINGS_MIN` or more, each followed by a sentence before the next; a last
    one with no sentence after it is the byline under the last section."""
    named = [
        (start, end) for start, end in runs if not any(isinstance(c, Credit) and c.strong for c in credits[start:end])
    ]
    if len(named) < SECTION_HEADINGS_MIN:
        return set()
    bounds = [start for start, _ in named[1:]] + [len(content)]
    headings = set()
    for n, ((start, end), following) in enumerate(zip(named, bounds, strict=True)):
        if any((here := features[content[p]]) is not None and here.sentence_end for p in range(end, following)):
            headings.add(start)
        elif n < len(named) - 1:
            return set()  # names with no text between them: a listing's, or a byline and a reader's
        # (the last, with no sentence after it, is the article's byline under its last section)
    return headings if len(headings) >= SECTION_HEADINGS_MIN else set()


class BylineCleaner(Cleaner):
    """Moves bylines ("Phương Thảo") and source credits ("Theo TTXVN") into metadata.

    Only where a byline sits: after the last body paragraph (the cleaners
    before it have removed the listings and footers after it), the line
    before being prose, so a short last line of the article or a sub-heading
    is never taken for a name; or between the title and the lead. A date
    printed with the byline goes with it. With ``keep_byline=True`` the lines
    stay in the text; metadata is filled either way.
    """

    name = "byline"

    def __init__(self, keep_byline: bool = False) -> None:
        self.keep_byline = keep_byline

    def apply(self, doc: Document) -> None:
        view = doc.view()
        content = view.content()
        drops: dict[int, str] = {}
        authors: list[str] = []
        self._opening(view, content, drops, authors)
        self._closing(view, content, drops, authors)
        self._linked(view, content, drops, authors)
        if len(authors) > 1:
            # a province's name read as a byline over the lead beside a byline naming a person ("Quảng Ngãi" under
            # the date, "Phạm Linh" at the end): the dateline's place, no author. Alone, it may be a name ("Khánh Hòa").
            authors = [author for author in authors if author.casefold() not in PROVINCES] or authors
        if authors and doc.author is None:
            doc.author = ", ".join(authors)
        view.label_each({i: (LABEL_OF[kind], kind) for i, kind in drops.items()}, self.name)

    def _closing(self, doc: View, content: list[int], drops: dict[int, str], authors: list[str]) -> None:
        """The first run of credit lines after a prose line that only furniture follows.

        Furniture the cleaners before did not know (footers, listings) may
        still follow the byline, so the run need not be last: what comes
        after it must not start with a paragraph and must be mostly not
        prose. A name-shaped sub-heading has body paragraphs after it.
        """
        lines = doc.lines
        structure = doc.structure
        features = structure.features
        total = len(content)
        # prose_after[p]: body prose lines at content positions p and after (a list pass, not a loop)
        # (:func:`_article_goes_on` with its cheap word count first, in the loop: most lines stop there;
        # not cached by text: a line that long is the article's own, seen once in a corpus; a piece of a
        # paragraph broken mid-sentence goes on as its paragraph does)
        prose = [
            here.joined or (here.words >= BODY_PROSE_MIN_WORDS and _article_goes_on(lines[i], here))
            for i in content
            if (here := features[i]) is not None  # (all: content lines have features)
        ]
        prose_after = list(accumulate(reversed(prose), initial=0))[::-1]
        credits: list[Credit | bool | None] = [None] * total  # a Credit, True for a date, None for anything else
        found = False
        title = doc.title
        # a run through p leaves prose_after[p] prose lines after it: fewer than half of what follows
        for position in [
            p
            for p in range(total)
            if (prose_after[p] <= 1 or prose_after[p] * 2 < total - p - 1)
            and _may_be_byline(lines[content[p]])
            # ("Tuyên Quang" / "hiện đã xây dựng …": a link's words opening a sentence, no byline)
            and not runs_on_at(lines, content[p])
        ]:
            line = lines[content[position]]
            if line != title:
                credits[position] = credit = True if _is_date(line) else credit_of(line)
                found = found or isinstance(credit, Credit)
        # a credit line right under a candidate joins its run whatever follows it: a run is read whole, as it is
        # once the lines after it are gone (a second clean)
        for position in range(1, total):
            if credits[position] is None and isinstance(credits[position - 1], Credit):
                line = lines[content[position]]
                if _may_be_byline(line) and line != title and not runs_on_at(lines, content[position]):
                    credits[position] = credit_of(line)
        # right after the last body paragraph (by the document's structure) a byline closes the
        # article whatever follows it: a comment or a teaser the cleaners before did not know
        body_end = structure.body_end
        after_body = total if body_end is None else bisect_right(content, body_end)
        for position in range(after_body, min(after_body + CLOSING_LINES, total)):
            line = lines[content[position]]
            if credits[position] is None and _may_be_byline(line) and line != title:
                credits[position] = credit = True if _is_date(line) else credit_of(line)
                found = found or isinstance(credit, Credit)
            if credits[position] is None:
                break
        if not found:
            return
        # each run of credit lines after the first line: where one starts (the first line is the title's)
        starts = [p for p in range(1, total) if credits[p] is not None and (p == 1 or credits[p - 1] is None)]
        closing: list[tuple[int, int]] = []
        for position in starts:
            end = position
            while end < total and credits[end] is not None:
                end += 1
            if (position == after_body and self._ends_body(credits, position, end)) or self._closes(
                lines, content, credits, position, end, prose, prose_after, structure.gaps
            ):
                closing.append((position, end))
        headings = _section_headings(closing, credits, content, features)
        first = True
        for position, end in closing:
            if position in headings:
                continue
            # every closing run goes, so a second pass finds none; the first one says who wrote it
            group = [(content[i], credits[i]) for i in range(position, end)]
            self._take(doc, group, drops, authors if first else None)
            first = False

    @staticmethod
    def _linked(doc: View, content: list[int], drops: dict[int, str], authors: list[str]) -> None:
        """A credit that names its source by a link ("Nguồn: https://…"), or a name linked to the site's page about
        its writer ("[ĐAN THUẦN](https://…/tac-gia/…)", a markdown dump's byline), goes wherever it stands: a link
        is no sentence of the article, and a teaser or a box may follow it."""
        lines = doc.lines
        for i in [i for i in content if ":" in lines[i] or "](" in lines[i]]:  # (`in`: a cheap C scan first)
            line = lines[i]
            if i in drops or (line.find("://", 0, 40) < 0 and "](" not in line):
                continue
            credit = credit_of(line)
            if credit is not None and (credit.linked or (credit.strong and links_an_author(line))):
                BylineCleaner._take(doc, [(i, credit)], drops, authors)

    @staticmethod
    def _ends_body(credits: list[Credit | bool | None], start: int, end: int) -> bool:
        """Whether content[start:end], right after the last body paragraph, is a closing byline: one that
        says it is a credit ("Theo TTXVN", "Minh Anh (TTXVN)"). A bare name there is read as any other
        run (:meth:`_closes`): where the body ends moves with what other steps take around it, and a
        name followed by text is as often a heading."""
        return end - start <= CLOSING_LINES and any(isinstance(c, Credit) and c.strong for c in credits[start:end])

    @staticmethod
    def _closes(
        lines: list[str],
        content: list[int],
        credits: list[Credit | bool | None],
        start: int,
        end: int,
        goes_on: list[bool],
        prose_after: list[int],
        gaps: Sequence[Gap] | None,
    ) -> bool:
        """Whether content[start:end], a run of credit and date lines, is the article's closing byline
        (``goes_on[p]``: the line at content position ``p`` shows the article goes on; ``gaps``: what other
        steps labelled before each line)."""
        if end - start > CLOSING_LINES or not any(isinstance(c, Credit) for c in credits[start:end]):
            return False
        before = lines[content[start - 1]]
        rest = len(content) - end
        # (a fact box's last entry, "Giá vé: 50.000 đồng", or a value under its label alone, "Hotline:" / "0907 800
        # 079", closes an article as a paragraph does when nothing follows)
        if not (
            is_paragraph(before)
            or ends_sentence(before)
            or has_end_mark(before)
            or more_words_than(before, BODY_PROSE_MIN_WORDS - 1)
            or (rest == 0 and (is_field(before) or (start >= 2 and is_field_label(lines[content[start - 2]]))))
        ):
            return False  # a sub-heading or a list item before it: not after the article's last paragraph
        if before.endswith(":") and not (gaps is not None and gaps[content[start]]):
            return False  # the items that the line before introduces ("… các màu nhạt:" / "Màu Trắng" / "Màu Kem")
        if stamped(lines, gaps, content[end - 1]):
            return True  # the page's stamp under it ("Du Hy" / "Cập nhật 16/4/2026, 10:14"): whatever follows
        if rest == 0:
            return True
        following = lines[content[end]]
        # what follows, credits and dates aside (they go as well, and a second reading would not see them);
        # counted only up to three (a note and furniture): a run is read in time linear in what it looks at
        others = 0
        for p in range(end, len(content)):
            line = lines[content[p]]
            if not is_credit(line) and not _is_date(line):
                others += 1
                if others > 2:
                    break
        if prose_after[end] <= 1 and others <= 2 and is_paragraph(following) and _names_a_person(credits[start:end]):
            return True  # a person's byline, then a note ("Bài viết có sử dụng tư liệu ..."), then furniture
        if prose_after[end] == 0 and any(isinstance(c, Credit) and c.strong for c in credits[start:end]):
            return True  # "Theo TTXVN", then no paragraph of the article: a credit is never a sub-heading
        if goes_on[end] or (rest <= 2 and is_paragraph(following)):
            return False  # a name-shaped sub-heading, then the article goes on
        if rest > 1 and goes_on[end + 1] and following.startswith("**") and lines[content[end - 1]].startswith("**"):
            # a section's heading in bold over a sub-heading in bold and its text ("**NHỮNG BẢN ÁN TÙ GIAM**" /
            # "**Châu Việt Cường nhận án tù giam**" / text): a byline is followed by no heading of its style
            return False
        if following.endswith(":") and short_key(following) not in RELATED_HEADINGS:
            return False  # "VÍ DỤ THAM KHẢO" / "Ví dụ 1:": a heading over what the label under it opens
        return prose_after[end] * 2 < rest

    def _opening(self, doc: View, content: list[int], drops: dict[int, str], authors: list[str]) -> None:
        """A byline between the title and the lead ("Minh Anh - Thu Hà" under the title).

        The run of credit and date lines right before the first paragraph,
        with a headline (the title) right before the run.
        """
        features = doc.structure.features
        # (a credits line as long as a paragraph, "Bài: X - Ảnh: Y - Thiết kế: Z", is no lead)
        lead = next(
            (p for p, i in enumerate(content) if features[i].paragraph and not is_strong_credit(doc.lines[i])),  # type: ignore[union-attr]
            None,
        )
        if lead is None or lead < 1:
            return  # room for a byline (and a title) before the lead, or none
        start = lead
        group: list[tuple[int, Credit | None]] = []
        while start > 0 and len(group) < CLOSING_LINES - 1:
            line = doc.lines[content[start - 1]]
            credit = None if _is_date(line) or line == doc.title else credit_of(line)
            if credit is None and not _is_date(line):
                break
            group.insert(0, (content[start - 1], credit))
            start -= 1
        if not group or (start > 0 and _is_credit_or_date(doc.lines[content[start - 1]], doc.title)):
            return  # none, or a longer run of names than a byline's: a listing, or not known
        if start == 0:
            # the document opens with its byline ("Tác giả: Kylie"), no title above: only a credit
            # that says it is one, never a bare name (it may be the title), or a name over a source
            # credit ("Ngọc Mon" / "Theo Trí Thức Trẻ", as the title step reads it)
            opening = [doc.lines[index] for index, _ in group]
            if any(credit is not None and credit.authors and credit.strong for _, credit in group) or (
                len(opening) == 2 and named_source(*opening)
            ):
                self._take(doc, group, drops, authors)
            return
        if not is_headline(doc.lines[content[start - 1]]):
            return
        if any(credit is not None and credit.authors for _, credit in group):
            self._take(doc, group, drops, authors)

    @staticmethod
    def _take(
        view: View, group: Sequence[tuple[int, Credit | bool | None]], drops: dict[int, str], authors: list[str] | None
    ) -> None:
        """Drops a run of credit and date lines; with ``authors``, records the first name and any source.

        One name per run: a second name line is a co-author at best, a
        commenter's or a listing's at worst.
        """
        named = False
        for index, credit in group:
            if not isinstance(credit, Credit):
                drops[index] = "date"
                continue
            drops[index] = "byline" if credit.authors else "source credit"
            if authors is None:
                continue
            doc = view.doc
            if credit.source is not None:
                doc.source = doc.source or credit.source
            if credit.authors and not named:
                # (a byline read twice, at the article's start and as a linked credit, names its author once)
                authors.extend(author for author in credit.authors if author not in authors)
                named = True


# An expert's signature gives a position after the name, longer than a byline: "TS. Linh Phùng (Chủ nhiệm …)".
TITLED_BYLINE_MAX_CHARS = 200


def _may_be_byline(line: str) -> bool:
    """Short enough for a byline, or an expert's signature (:data:`lexicon.CREDIT_TITLED_NAME`)."""
    if len(line) <= BYLINE_MAX_CHARS:
        return True
    if len(line) > TITLED_BYLINE_MAX_CHARS or not line.endswith((")", ").")):
        return False
    return CREDIT_TITLED_NAME.match(line) is not None


def _is_credit_or_date(line: str, title: str | None) -> bool:
    return line != title and (_is_date(line) or credit_of(line) is not None)


LEAD_CANDIDATES = 2
TITLE_MAX_WORDS = 25
# A line opening with an agency tag is the lead when this much text follows the tag, even cut short
# (no sentence end): a kicker or a menu after a tag is a few words.
TAGGED_LEAD_MIN_WORDS = 12


class SourceTagCleaner(Cleaner):
    """Moves the agency tag that opens the lead ("(Dân trí) -", "TTO -", "(LĐTĐ)") into ``doc.source``."""

    name = "source_tag"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        # the lead is the first paragraph, or the second when a title of a paragraph's shape
        # ("Rộn ràng những khúc ca xuân...") comes first
        # (a sapo the page cut short reads as a headline: "TTO - Sáng 13-10, tại lễ ... đã phối hợp báo")
        # (read as far as the candidates go: a lead is not edited unless the step ends there)
        features, lines = view.structure.features, view.lines
        leads = (
            i
            for i, f in enumerate(features)
            if f is not None and (f.paragraph or (f.words > TAGGED_LEAD_MIN_WORDS and agency_tag(lines[i])))
        )
        for lead in islice(leads, LEAD_CANDIDATES):
            if self._take_tag(view, lead) or more_words_than(view.lines[lead], TITLE_MAX_WORDS):
                return  # a lead too long to be a title: the tag would have been there

    def _take_tag(self, doc: View, lead: int) -> bool:
        line = doc.lines[lead]
        empty = EMPTY_TAG.match(line)
        if empty is not None and is_paragraph(line[empty.end() :]):
            self._strip(doc, lead, line[empty.end() :], "empty agency tag")  # "() - ...": the name was a link
            return True
        match = agency_tag(line)
        if match is None:
            place = glued_place(line)
            if place is None or not is_paragraph(line[place:]):
                return False
            self._strip(doc, lead, line[place:], "dateline's place")  # "Hà NộiÔng ...": the place goes, no source
            return True
        rest = line[match.end() :]
        if not (is_paragraph(rest) or more_words_than(rest, TAGGED_LEAD_MIN_WORDS)):
            return False
        doc.doc.source = doc.doc.source or match["tag"].strip()
        # a dateline's place after the tag ("TT - TP.HCM - Sau năm ngày xét xử, …") goes with it, as a second
        # reading of the lead would take it
        dateline = agency_tag(rest)
        if dateline is not None and is_paragraph(rest[dateline.end() :]):
            rest = rest[dateline.end() :]
        self._strip(doc, lead, rest, "agency tag")
        return True

    def _strip(self, doc: View, lead: int, rest: str, detail: str) -> None:
        """Edits the lead to ``rest``; drops it when the body repeats it untagged (baomoi prints
        the sapo twice), as the duplicate rule would on a second pass."""
        tagged = doc.lines[lead]
        copies = [i for i in range(lead + 1, len(doc.lines)) if doc.lines[i] == tagged]
        if copies:  # the tagged sapo printed twice: one copy stays, untagged, as a second run leaves it
            doc.edit(lead, rest, self.name, detail)
            doc.label(copies, "repeat", self.name, detail + ", repeated")
            return
        later = [line for line in doc.lines[lead + 1 :] if line]
        if rest in later or (later and is_teaser_of(rest, later[0])):
            doc.label([lead], "repeat", self.name, detail + ", repeated untagged")
        else:
            doc.edit(lead, rest, self.name, detail)
