"""The title: found and recorded, repeated copies dropped."""

from __future__ import annotations

from operator import methodcaller

from ..document import Document, View
from ..lexicon import EMAIL_ADDRESS
from ..lines.credits import (
    agency_tag,
    is_credit,
    is_name_credit,
    is_site_name,
    is_strong_credit,
    named_source,
    site_suffix_at,
)
from ..lines.features import LineFeatures, Structure, build_structure, features_of
from ..lines.shapes import blank_separated, has_letter, has_sentence_break, markdown_text, word_count
from ..lines.zones import Gap
from .base import Cleaner
from .duplicates import is_teaser_of
from .image_markers import caption_after, has_credit_tail, is_image_marker, is_photo_credit, is_piped

# Only a title this long is removed when repeated: a subset of what the
# duplicate rule removes anyway, so the result never depends on which line
# was taken for the title.
REPEATED_TITLE_MIN_WORDS = 4

_MAX_CANDIDATES = 3
# A picture's caption of a paragraph's length may stand above the title (a picture on top of the page); this many tell
# the article in pictures, and the title search ends there.
TOLD_IN_CAPTIONS = 2
TOLD_CAPTION_MIN_WORDS = 6  # (a paragraph's words: a caption in pipes ends on no sentence mark, whatever it says)
# A headline-shaped line this short after another is a button or label ("Bình chọn"), not a title.
BUTTON_MAX_WORDS = 2


def find_title(lines: list[str], structure: Structure | None = None) -> int | None:
    """Index of the title among the headline-shaped lines before the first paragraph.

    Usually the first; but a scrape may put a short kicker or section name
    above the title ("Liên đoàn Lao động quận Hoàn Kiếm" / title / lead), so
    when exactly two distinct headlines lead and the second has more words, it is
    the title. Dates, photo credits, image markers and the caption under each
    (as :func:`caption_after` reads it, the image step's recognizer) are looked past.
    """
    if structure is None or structure.lines is not lines:
        structure = build_structure(lines)
    candidates: list[int] = []
    caption: int | None = None  # the caption under the last image, as the image step reads it
    spaced: bool | None = None
    typical: list[float] = []
    told = 0  # captions of a paragraph's length passed: two tell a story in pictures, whose text has begun
    for i, line in enumerate(lines):
        features = structure.features[i]
        if features is None:
            continue
        if features.words >= TOLD_CAPTION_MIN_WORDS and is_piped(line):
            told += 1
            if told == TOLD_IN_CAPTIONS:
                break  # (a photo story with no title: its closing byline is none)
        cut = site_suffix_at(line) if not candidates else None
        if cut is not None:
            # a page's title element, dumped first: "Vụ vay ... hủy án sơ thẩm | Báo Pháp Luật TP. Hồ Chí Minh"
            # is a headline and the site's name, however the name reads ("TP. Hồ" is no sentence break)
            features = features_of(line[:cut])
        if is_image_marker(line):
            # (before the checks below: "![]() |" is piped and has no letter, yet an image)
            if spaced is None:
                spaced = blank_separated(lines)
            caption = caption_after(lines, i, spaced, False, typical)
            continue
        under_image, caption = caption == i, None
        if under_image and not candidates and features.headline and features.words >= TITLE_AFTER_IMAGE_MIN_WORDS:
            under_image = False  # "[Ảnh]" on top, then "Hà Nội mưa lớn, nhiều tuyến phố ngập", then the text: the title
        if under_image and features.prose:
            under_image = False  # a paragraph under an image is the lead whatever a caption would be: the search ends
        if (
            under_image
            or features.date
            or is_photo_credit(line)
            or is_piped(line)
            or not has_letter(markdown_text(line) if "](" in line else line)  # (a linked logo's address has letters)
            or is_strong_credit(line)  # "Tác giả: Kylie", "Theo TTXVN" (a name alone may be a title in title case)
            or has_credit_tail(line)  # a caption "... - Ảnh: Thanh Nam"
            or (not candidates and _opens_byline(lines, structure, i))  # "Ngọc Mon" / "Theo Trí Thức Trẻ"
        ):
            continue
        question = not candidates and _question_title(line, features)
        if features.paragraph and not question and _teaser_copy(lines, structure, i):
            continue  # a copy of the lead printed above it: gone on a second reading, so no stop here
        if (features.paragraph and not question) or len(candidates) == _MAX_CANDIDATES or agency_tag(line):
            break  # the lead (a tagged one too): the title stands above it
        if (features.headline or question) and all(lines[c] != line for c in candidates):
            if features.words > TITLE_MAX_WORDS:
                continue  # a sapo without its full stop, not a title
            if candidates and features.words <= BUTTON_MAX_WORDS:
                continue  # "Bình chọn", "Thích" under the title: a button, never the title
            if candidates and sum(any(map(str.isalpha, word)) for word in line.split()) <= BUTTON_MAX_WORDS:
                continue  # "0 0 A", "12 | 3 Bình luận": as few words as a button, among numbers and signs
            if candidates and is_name_credit(line):
                continue  # a byline under the title (the byline step's), no candidate
            if candidates and _between_menu_items(structure, i, candidates[-1]):
                continue  # a site's section between two menu items: the head step's (between_menus), no candidate
            candidates.append(i)
    if not candidates:
        return None
    below = _title_below_menu(lines, structure, candidates[0])
    if below is not None:
        return below
    if (
        len(candidates) == 2
        and _words(structure, candidates[1]) > _words(structure, candidates[0])
        and _may_be_kicker(structure.features[candidates[0]])
        and not _cut_copy_under_title(lines, structure, candidates)
    ):
        return candidates[1]
    return candidates[0]


# A page dumped whole prints its menu above the title: a first headline of a menu item's few words, then a run of
# at least this many short lines (no sentence), this many of them a menu's items as the steps before labelled them
# ("Đời sống", "Chia sẻ", ...), down to a headline right above the lead: that one is the title, the first an item.
MENU_ABOVE_TITLE_MIN_LINES = 10
MENU_ABOVE_TITLE_MIN_ITEMS = 3
# The title under a menu is a headline of at least this many words (a menu's own items are shorter).
TITLE_UNDER_MENU_MIN_WORDS = 5


def _title_below_menu(lines: list[str], structure: Structure, first: int) -> int | None:
    """The headline nearest above the lead when the ``first`` headline opens a site's menu (see
    :data:`MENU_ABOVE_TITLE_MIN_LINES`), or None. Between it and the lead only what a page prints under its
    title: dates, bylines and credits, buttons, images."""
    start, features = structure.body_start, structure.features
    opening = features[first]
    if start is None or start - first < 2 or opening is None:
        return None  # (most documents: the lead right under the first headline, no room for a menu and a title)
    gaps = structure.gaps
    if gaps is None or opening.words > MENU_ITEM_MAX_WORDS:
        return None
    nearest = None
    for k in range(start - 1, first, -1):
        here = features[k]
        if here is None:
            continue
        line = lines[k]
        if here.date or here.words <= BUTTON_MAX_WORDS or is_credit(line) or is_name_credit(line):
            continue
        if is_image_marker(line) or is_photo_credit(line) or has_credit_tail(line):
            continue
        if here.headline and TITLE_UNDER_MENU_MIN_WORDS <= here.words <= TITLE_MAX_WORDS and "](" not in line:
            nearest = k  # (a line of links, "[Trang chủ](/) [Sức khoẻ](/…) Trung tâm nhi", is a breadcrumb)
        break
    if nearest is None:
        return None
    short = items = 0
    for k in range(first + 1, nearest + 1):
        items += sum(1 for label, text in gaps[k] if text and label in _MENU_LABELS)
        here = features[k]
        if k == nearest or here is None:
            continue
        if here.words > MENU_ITEM_MAX_WORDS or here.sentence_end or here.paragraph:
            return None  # a line of the article's own above the headline: no menu
        short += 1
    enough = short + items >= MENU_ABOVE_TITLE_MIN_LINES and items >= MENU_ABOVE_TITLE_MIN_ITEMS
    return nearest if enough else None


def _opens_byline(lines: list[str], structure: Structure, index: int) -> bool:
    """A name with a source credit right under it ("Ngọc Mon" / "Theo Trí Thức Trẻ"): the byline a page's
    article fragment opens with (:func:`lines.credits.named_source`, the byline step's reading), not its title."""
    if not is_name_credit(lines[index]):
        return False  # (most lines: no name, the next line not looked for)
    after = next((k for k in range(index + 1, len(lines)) if structure.features[k] is not None), None)
    return after is not None and named_source(lines[index], lines[after])


def _words(structure: Structure, i: int) -> int:
    """The words of line ``i`` (a kicker is a title's few words, whatever its characters)."""
    here = structure.features[i]
    return here.words if here is not None else 0


def _between_menu_items(structure: Structure, i: int, candidate: int) -> bool:
    """Line ``i`` stands in a run of short lines (no sentence, paragraph, name or date) with a menu's item, as the
    steps before labelled it, right before and right after the run, and after the last ``candidate`` for the
    title: what :func:`_between_menus` takes, read before the title is known, so that the title is the same
    once the menu is gone (a run that holds a candidate holds the title, and the head step leaves it). A button
    under the title (:func:`_reads_as_button`) closes a run as a menu's item does."""
    gaps, features = structure.gaps, structure.features
    if gaps is None:
        return False

    def item(k: int) -> bool:
        # (an image and its caption are the image step's, never the menu's: the head step's run stops there too)
        line = structure.lines[k]
        return _reads_as_menu_item(line, features[k]) and not is_image_marker(line) and not is_piped(line)

    if not item(i):
        return False
    first = i  # back to the run's first line: a menu's item right before it, or no run
    while not _menu_last_in(gaps[first]):
        first = next((k for k in range(first - 1, -1, -1) if features[k] is not None), -1)
        if first <= candidate or i - first > MENU_GAP_MAX_LINES:
            return False
        if _reads_as_button(structure.lines[first], features[first]):
            break  # a button under the title right before the run ("0", "Thích"): the head step's too
        if not item(first):
            return False
    last = i  # on to the line after the run: a menu's item right before it
    while True:
        after = next((k for k in range(last + 1, len(features)) if features[k] is not None), None)
        if after is None:
            return False
        if _menu_last_in(gaps[after]) or _reads_as_button(structure.lines[after], features[after]):
            return True  # (a button under the title, "0", "Thích": the head step's too)
        if not item(after) or after - i > MENU_GAP_MAX_LINES:
            return False
        last = after


# A line above the title is a kicker or a section (a few words); a line this long is a title itself.
KICKER_MAX_WORDS = 5


# The longest kicker or section above a longer headline: a first headline of more words is the title itself,
# whatever follows it (a sapo without its full stop: "Chị Lan Hương (Hà Nội) đăng ký cho con trai …"). Longer than
# KICKER_MAX_WORDS, which tells a cut copy of the sapo under the title: a site's name of seven words ("Báo Pháp
# Luật TP. Hồ Chí Minh") stands above the title in a page's dump.
KICKER_LONGEST_WORDS = 8


def _may_be_kicker(features: LineFeatures | None) -> bool:
    return features is not None and features.words <= KICKER_LONGEST_WORDS


def _cut_copy_under_title(lines: list[str], structure: Structure, candidates: list[int]) -> bool:
    """The second of two headlines is the start of the paragraph after it, the sapo cut short ("… lời cầu xin
    của" over "… lời cầu xin của bệnh nhân 589. …"), and the first is too long for a kicker: the first is the
    title."""
    first, second = candidates
    features = structure.features[first]
    if features is None or features.words <= KICKER_MAX_WORDS:
        return False
    after = next((i for i in range(second + 1, len(lines)) if structure.features[i] is not None), None)
    return after is not None and len(lines[after]) > len(lines[second]) and lines[after].startswith(lines[second])


# A page dumped as markdown (as crawlers for language models store pages) marks its title "# Title":
# the first such heading among the first lines, before the text's own "## " sections.
MARKDOWN_TITLE_LINES = 20
_OPENS_HEADING = methodcaller("startswith", "# ")


def markdown_title(lines: list[str]) -> str | None:
    """The text of the first markdown level-one heading ("# Đại học An ninh nhân dân") among the
    first :data:`MARKDOWN_TITLE_LINES` lines that hold text, or the page's only one wherever it stands
    (a whole page dumped with its mega-menu above it), or None."""
    if not any(map(_OPENS_HEADING, lines)):
        return None  # no line opens as a heading (most documents: a C pass over the lines)
    content = [line for line in lines[: 4 * MARKDOWN_TITLE_LINES] if line][:MARKDOWN_TITLE_LINES]
    # as a reader sees it ("# [Title](url)" is "Title"); a heading without a letter is the site's logo
    # ("# [![](logo.png)](/)")
    headings = (markdown_text(line) for line in content if line.startswith("# "))
    first = next((heading for heading in headings if has_letter(heading)), None)
    if first is not None:
        return first
    anywhere = [heading for line in lines if line.startswith("# ") and has_letter(heading := markdown_text(line))]
    return anywhere[0] if len(anywhere) == 1 else None


def _teaser_copy(lines: list[str], structure: Structure, index: int) -> bool:
    """The paragraph at ``index`` is the start of the next paragraph (a teaser of the lead), which
    the duplicate step takes."""
    for following in range(index + 1, len(lines)):
        here = structure.features[following]
        if here is not None and here.paragraph:
            return is_teaser_of(lines[index], lines[following])
    return False


# Under an image at the top, a headline this long is the title (a shorter line is its caption or a button).
TITLE_AFTER_IMAGE_MIN_WORDS = 4
# A news title is at most this long; a longer line without a full stop is a sapo.
TITLE_MAX_WORDS = 22


def _question_title(line: str, features: LineFeatures) -> bool:
    """ "Du lịch Hà Giang có gì? Top 10+ điểm du lịch ...": a title that asks, then goes on (a
    headline but for its question mark inside)."""
    question = line.find("? ")
    return (
        question > 0
        and not features.sentence_end
        and features.words <= TITLE_MAX_WORDS
        and not has_sentence_break(line[question + 2 :])
        and line.count("?") == 1
    )


def title_of(view: View) -> tuple[int | None, str | None]:
    """Where the document's title is in ``view`` and what it says (finding it if not yet known)."""
    title = view.title
    if title is not None:
        lines = view.lines
        at = lines.index(title) if title in lines else None
        # a page dumped as markdown prints it as its heading (markdown_title), perhaps with more spaces ("#  Title "),
        # and may print it again as plain text further on (a share box's copy): the heading is the title's line
        opening = view.structure.opening
        if opening >= 0 and (at is None or opening < at) and markdown_text(lines[opening]) == title:
            return opening, title
        if at is not None:
            return at, title
        printed = f"# {title}"
        return (lines.index(printed) if printed in lines else None), title
    index = find_title(view.lines, view.structure)
    return index, (view.lines[index] if index is not None else None)


class TitleCleaner(Cleaner):
    """Records the title in ``doc.title``, without the site's name a page's ``<title>`` adds
    after it ("… - Tuổi Trẻ Online": cut from the line too, an edit recorded); removes no line."""

    name = "title"

    def apply(self, doc: Document) -> None:
        if doc.title is not None:
            # a crawler's record names the page's <title> ("Title: …" over a reader service's markdown): the page's
            # own "# " heading with the article under it is the article's title, as it is once the record is gone
            if any(map(_OPENS_HEADING, doc.lines)) and (opening := (view := doc.view()).structure.opening) >= 0:
                doc.title = markdown_text(view.lines[opening])
            return
        view = doc.view()
        heading = markdown_title(view.lines)
        if heading is not None:
            doc.title = heading  # the page's own "# Title" (a markdown dump): the line stays as printed
            return
        index = find_title(view.lines, view.structure)
        if index is not None:
            line = view.lines[index]
            cut = site_suffix_at(line)
            if cut is not None:
                site = line[cut:].lstrip(" -–|")
                view.edit(index, line[:cut], self.name, "site name")
                # the same name printed alone in the head (a logo's text) is the site's, not the article's
                # (further on it may be a piece of a sentence a dump broke at a link: "Trao đổi với" / "Dân trí")
                features = view.structure.features
                lines = view.lines
                lead = next((k for k in range(index + 1, len(lines)) if (f := features[k]) and f.prose), len(lines))
                logo = [i for i in range(lead) if lines[i] == site and i != index]
                view.label(logo, "menu", self.name, "site name")
            title = view.lines[index]
            doc.title = markdown_text(title) if title.startswith("#") or "](" in title else title


# Longer lines above the title may be the real title, when a headline-shaped sapo under it
# was taken for the title: they stay.
ABOVE_TITLE_MAX_WORDS = 6


class HeadCleaner(Cleaner):
    """Drops the page's chrome around the title: above it, the site's name, a top menu, a
    kicker or section label ("VnExpress Mới nhất International"); between it and the lead,
    buttons ("Bình chọn", "Thích").

    Only in the head (the title stands before the first prose paragraph, so a
    title found deep in the text moves nothing), only short lines (above the
    title at most six words, below it at most two), and never a paragraph, a
    name, a date or a credit (the byline step reads those under the title), nor
    an image with its credit and caption (the image step's). When the title might
    be wrong (a long headline-shaped sapo taken for it), what might be article
    text stays.
    """

    name = "head"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        index, _ = title_of(view)
        if index is None:
            return
        structure = view.structure
        start = structure.body_start
        # the lead: a copy of it printed above it (the duplicate step's teaser) is gone on a second reading
        while start is not None and _teaser_copy(view.lines, structure, start):
            prose = (k for k in range(start + 1, len(view.lines)) if (f := structure.features[k]) and f.prose)
            start = next(prose, None)
        if start is None or index >= start:
            return
        features, lines = structure.features, view.lines
        drops: dict[int, tuple[str, str]] = {}
        # the title is a page's "# " heading with the article under it (a whole page dumped as markdown): what
        # stands above it is the page's chrome whatever its length (a footer's address, a hotline, pop-ups' text)
        page_title = structure.opening == index
        for i in range(start):
            here = features[i]
            if page_title and i < index and here is not None and "](" in lines[i]:
                here = features_of(markdown_text(lines[i]))  # (a line of links above it reads as what a reader sees)
            if i == index or here is None or here.paragraph:
                continue
            if i > index and not _reads_as_button(lines[i], here):
                continue
            if i < index and here.words > ABOVE_TITLE_MAX_WORDS and not page_title and not is_site_name(lines[i]):
                continue  # (a site's name of more words, "Báo Pháp Luật TP. Hồ Chí Minh" as its logo prints it)
            # an image, its credit and caption are the image step's, with its own rules; above a page's "# " heading
            # its pictures too are chrome (logos, banners, a weather box's icons)
            pictured = is_image_marker(lines[i]) or is_photo_credit(lines[i]) or (i and is_image_marker(lines[i - 1]))
            if pictured and not (page_title and i < index):
                continue
            drops[i] = ("menu", "above the title") if i < index else ("ui", "button")
        drops.update(dict.fromkeys(_between_menus(view, index, start, drops), ("menu", "between menu items")))
        view.label_each(drops, self.name)


# Labels of a menu's items, as the steps before (and this one) give them.
_MENU_LABELS = frozenset({"menu", "ui", "breadcrumb", "share"})
# A site's own section names the lexicon does not know, standing in a menu: at most this many in a row.
MENU_GAP_MAX_LINES = 8
MENU_ITEM_MAX_WORDS = 6


def _reads_as_menu_item(line: str, here: LineFeatures | None) -> bool:
    """A short line that may be a site's section in a menu: no sentence, paragraph, name, date or credit."""
    return (
        here is not None
        and here.words <= MENU_ITEM_MAX_WORDS
        and not (here.sentence_end or here.paragraph or here.name or here.date)
        and not is_credit(line)
    )


def _reads_as_button(line: str, here: LineFeatures | None) -> bool:
    """A line the head step takes as a button under the title: one or two words, no paragraph, name, date or credit,
    nor an image or its credit (the image step's), nor a contact's field giving an e-mail address ("Email: …")."""
    return (
        here is not None
        and here.words <= BUTTON_MAX_WORDS
        and not (here.paragraph or here.name or here.date)
        and not (line.endswith(":") and line[:1].isupper())  # a field's label over its value ("Địa chỉ:"): no button
        and ("@" not in line or EMAIL_ADDRESS.search(line) is None)  # (a contact's field: no button)
        and not is_credit(line)
        and not is_image_marker(line)
        and not is_photo_credit(line)
    )


def _menu_last_in(gap: Gap) -> bool:
    """The last line other steps labelled in ``gap`` is a menu's item (a menu, UI line, breadcrumb, share bar)."""
    labelled = [label for label, text in gap if text]
    return bool(labelled) and labelled[-1] in _MENU_LABELS


def _between_menus(view: View, title: int, start: int, drops: dict[int, tuple[str, str]]) -> list[int]:
    """The head's runs of short lines with a menu's items right before and right after them, labelled by
    the steps before or here ("Quân sự" / "Hồ sơ - Phân tích" / "Thế giới đó đây" / "Kinh doanh": a whole
    page dumped with its mega-menu, whose sub-sections no lexicon knows). Never the title, a sentence, a
    paragraph, a name, a date or a credit; a run longer than :data:`MENU_GAP_MAX_LINES` is left alone."""
    structure, lines = view.structure, view.lines
    gaps = structure.gaps
    if gaps is None:
        return []
    features = structure.features
    found: list[int] = []
    run: list[int] = []
    previous = -1  # the view position of the last content line looked at

    def menu_right_before(k: int) -> bool:
        """The content line right before view position ``k`` is a menu's item: the last line the steps before
        labelled, or the line this step labels right before (a button under the title, past the markup residue
        between them, as the title step's :func:`_between_menu_items` reads it)."""
        return _menu_last_in(gaps[k]) or (previous in drops and drops[previous][0] in _MENU_LABELS)

    for i in range(start + 1):
        here = features[i]
        if here is None:
            continue  # a blank line: a run goes on over it
        # (an image and its caption are the image step's, never the menu's, as the title finder reads the run)
        item = (
            i < start
            and i != title
            and i not in drops
            and _reads_as_menu_item(lines[i], here)
            and not is_image_marker(lines[i])
            and not is_piped(lines[i])
        )
        if run and (not item or any(text for _, text in gaps[i])):
            # the run ends: a menu's item right after it (labelled before, or here) makes it one
            closed = menu_right_before(i) or (i in drops and drops[i][0] in _MENU_LABELS)
            if closed and len(run) <= MENU_GAP_MAX_LINES:
                found.extend(run)
            run = []
        if item and (run or menu_right_before(i)):
            run.append(i)
        previous = i
    return found


class RepeatedTitleCleaner(Cleaner):
    """Drops every line that repeats the title, keeping the title itself."""

    name = "repeated_title"

    def apply(self, doc: Document) -> None:
        view = doc.view()
        index, title = title_of(view)
        if index is None or title is None:
            return
        if not same_as_title(title, title):
            return  # too short a title to repeat (what same_as_title asks of every line)
        view.label([i for i, line in enumerate(view.lines) if line == title and i != index], "title_copy", self.name)


def same_as_title(line: str, title: str) -> bool:
    """``line`` repeats a title of at least four words, exactly."""
    return line == title and word_count(title) >= REPEATED_TITLE_MIN_WORDS
