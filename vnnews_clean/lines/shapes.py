"""What a line looks like: headline, paragraph, name, label.

Cleaners decide from shape and neighbours, not from a first word; these
predicates are that vocabulary. All run in time linear in the line.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from ..lexicon import END_MARKS, NAME_ABBREVIATIONS
from ..normalization.syllable import place_tones

# Punctuation that may wrap a heading or label: "Tin liên quan:", "[Xem thêm]".
_KEY_STRIP = " \t:：-–—|>»«<[](){}*•·.…_=#"
_INNER_SPACE = re.compile(r"\s+")
# A sentence ends and another starts: ". Ông", "? Theo", '." Bà'.
_SENTENCE_BREAK = re.compile(r"([.!?…])[\"'”’»)]*\s+[\"'“‘«(]*([^\W\d_])")
LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"\S+")
# Lines longer than this are never labels: their keys are not cached (the
# cache would keep a huge line alive), and words are counted without a split.
LONG_LINE = 1000

HEADLINE_MAX_WORDS = 35
# How an item of a list starts: "- ", "• ", "+ ".
LIST_MARKS = ("- ", "– ", "• ", "+ ", "* ", "· ", "•")  # (markdown's "* " too)
HEADLINE_MAX_CHARS = 250


def line_key(line: str) -> str:
    """Fold a short line for comparison with the lexicon.

    Lower case, the "old" tone style, single spaces, and no punctuation
    around it: "TIN LIÊN QUAN:" and "tin liên quan" give the same key.
    Short lines repeat across documents and are cached; long ones are not.
    """
    return _line_key(line) if len(line) <= LONG_LINE else _fold(line)


@lru_cache(maxsize=16384)
def _line_key(line: str) -> str:
    return _fold(line)


def _fold(line: str) -> str:
    folded = line.strip(_KEY_STRIP).casefold()
    # a printable str has no whitespace but " ": without "  " the sub would rewrite each space as itself
    # (one replacement per word: most of the fold's cost)
    if "  " in folded or not folded.isprintable():
        folded = _INNER_SPACE.sub(" ", folded)
    return place_tones(folded, "old")


# A markdown link "[text](url)" (an image link "![...](...)" is the image step's); its text may be a linked
# image ("[![alt](src)](url)", a card's picture), its address one pair of brackets ("javascript:void(0);") and a
# title after it ('[](https://facebook.com/... "Chia sẻ bài viết lên Facebook")', a share button).
_MARKDOWN_URL = r"\((?:[^()\s]|\([^()\s]{0,100}\)){1,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
# A dump escapes brackets in a text (a backslash before each), and a link's text may hold words in brackets
# ("[ [Video] Dự báo … ](url)").
_MARKDOWN_ALT = r"(?:[^\[\]\n\\]|\\.){0,500}"
MARKDOWN_LINK = re.compile(
    rf"(?<!!)\[(?:[^\[\]\n!\\]|\\.|!(?!\[)|!\[{_MARKDOWN_ALT}\]{_MARKDOWN_URL}|\[[^\[\]\n]{{0,200}}\](?![(\[])){{0,1000}}"
    rf"\]{_MARKDOWN_URL}"
)
# A markdown image "![alt](src)".
_MARKDOWN_IMAGE = re.compile(rf"!\[{_MARKDOWN_ALT}\]{_MARKDOWN_URL}")


_MARKDOWN_HEADING = re.compile(r"#{1,6} ")


def is_markdown_heading(line: str) -> bool:
    """A heading as markdown writes one ("### Bão số 20 hiện đang ở đâu?"): one to six "#" and a space. A writer
    marked it a heading, so it is no caption under a picture, nor a page's dateline."""
    return line[:1] == "#" and _MARKDOWN_HEADING.match(line) is not None


# The underline of a heading as markdown's other style writes it ("Chiến lược nhân sự là gì?" / "---", html2text's and
# markdownify's default for h1 and h2): the line right above it is a heading (after a blank line "---" is a rule).
_SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})\s*$")


def is_setext_underline(line: str) -> bool:
    """The "===" or "---" line right under a heading written in markdown's underlined style."""
    return line[:1] in "=-" and _SETEXT_UNDERLINE.match(line) is not None


# The rule under a markdown table's header row: "---|---|---", "| :--- | ---: |" (a table's, never a separator of text).
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def is_table_rule(line: str) -> bool:
    """The rule a markdown table prints under its header row ("---|---|---"): a table's rows follow it."""
    return "-|" in line.replace(" ", "").replace(":", "") and _TABLE_RULE.match(line) is not None


def is_markdown_row(line: str) -> bool:
    """A markdown table's row of two cells or more, its pipe at one end at least ("| Mã ngành | Tên ngành |",
    "CN14 | Hệ thống thông tin | 25 |"): a table's, where its rule is gone (a first clean drops the rule as markup). A
    caption in pipes ("| Toàn cảnh buổi lễ |") is one cell."""
    return (line[:1] == "|" or line[-1:] == "|") and CELL_SEPARATOR in line.strip("| ")


def markdown_text(line: str) -> str:
    """What a reader sees of a line written in markdown: each link its text, no image, no heading marks
    ("# [Thanh tra vụ chặt cây xanh](javascript:;)" reads "Thanh tra vụ chặt cây xanh")."""
    if "](" in line:
        line = _MARKDOWN_IMAGE.sub("", MARKDOWN_LINK.sub(lambda link: link[0][1 : link[0].rindex("](")], line))
    return " ".join(line.lstrip("#").split()) if line.startswith("#") else line.strip()


# The longest line short_key reads.
SHORT_KEY_MAX_CHARS = 80


def short_key(line: str, max_words: int = 8) -> str | None:
    """:func:`line_key` for short lines only (long lines are never labels)."""
    if len(line) > SHORT_KEY_MAX_CHARS or line.count(" ") >= max_words:
        return None
    return line_key(line)


def word_count(line: str) -> int:
    return len(line.split())


def more_words_than(line: str, n: int) -> bool:
    """``word_count(line) > n``, without splitting a long line.

    Splitting a 50 MB paragraph makes millions of strings (ten times its
    size); this looks at its first ``n + 1`` words only.
    """
    if len(line) <= LONG_LINE:
        return len(line.split(None, n)) > n  # (n splits at most: the rest is one piece, a word or more)
    return next(islice(_TOKEN.finditer(line), n, None), None) is not None


# A sentence break inside a line (never across one): what a one-line document has instead of lines.
_INLINE_SENTENCE_BREAK = re.compile(r"([.!?…])[\"'”’»)]*[^\S\n]+[\"'“‘«(]*([^\W\d_])")


def inline_sentence_breaks(text: str) -> int:
    """How many times one sentence ends and another starts inside a line of ``text``."""
    return sum(1 for match in _INLINE_SENTENCE_BREAK.finditer(text) if _is_break(match))


def sentence_count(line: str) -> int:
    """Rough count of sentences: breaks like ". X" plus one."""
    return sum(1 for match in _SENTENCE_BREAK.finditer(line) if _is_break(match)) + 1


def _is_break(match: re.Match[str]) -> bool:
    """An ellipsis ends a sentence only before a capital: "bởi… kẹt tiền" is one phrase; the full stop of an
    abbreviation before a name ends none: "TP. Hồ Chí Minh", "PGS. TS Nguyễn Văn A" (lexicon.NAME_ABBREVIATIONS;
    an initial, "Nguyễn Văn A. Bà B", ends one)."""
    if match[1] == "…" or (match[1] == "." and match.string[match.start() - 1 : match.start()] == "."):
        return match[2].isupper()
    if match[1] == ".":
        text, stop = match.string, match.start(1)
        start = stop
        while start > 0 and text[start - 1].isalpha() and stop - start <= _ABBREVIATION_MAX_CHARS:
            start -= 1
        if text[start:stop].casefold() in NAME_ABBREVIATIONS and (start == 0 or not text[start - 1].isalnum()):
            return False
    return True


_ABBREVIATION_MAX_CHARS = max(map(len, NAME_ABBREVIATIONS))

# Where a sentence may end (_SENTENCE_BREAK's first group): a line without one has no break.
SENTENCE_BREAK_MARKS = ".!?…"


def has_sentence_break(line: str) -> bool:
    """One sentence ends and another starts somewhere in ``line``."""
    if "." not in line and "?" not in line and "!" not in line and "…" not in line:
        return False  # no sentence ends in it (C scans: most headlines stop here)
    return any(_is_break(match) for match in _SENTENCE_BREAK.finditer(line))


CLOSERS = "\"'”’»)]"
SENTENCE_ENDS = ".!?…;:"


def _last_mark(line: str) -> str:
    """The line's last character inside its closing quotes or brackets ("" for none)."""
    last = line[-1:]
    if last in CLOSERS:
        last = line.rstrip(CLOSERS)[-1:]
    return last


def ends_sentence(line: str) -> bool:
    r"""The line ends in sentence punctuation, perhaps inside closing quotes or brackets.

    The same as searching ``[.!?…;:]["'”’»)\]]*\Z``, without a regex scan of the whole line.
    """
    last = _last_mark(line)
    return last != "" and last in SENTENCE_ENDS


def has_end_mark(line: str) -> bool:
    """The line closes a text with its end mark after the last sentence ("… hay không? -/-", :data:`lexicon.END_MARKS`):
    a sentence all the same, the text's last."""
    return line.rstrip().endswith(END_MARKS)


# What a piece of a sentence broken at a link or a bold word opens its rest with, besides a lower-case letter.
_CONTINUES = frozenset(",.;:)…")


def runs_on(line: str, following: str) -> bool:
    """The sentence of ``line`` goes on in ``following``, the line right under it: a page dumped one string
    per line broke it at a link or a bold word ("Tuyên Quang" / "hiện đã xây dựng …", "… cho mỗi" / "clip" /
    ". Vẫn là …"). ``line`` ends on a word, no sentence punctuation; ``following`` opens in lower case or
    with the sentence's punctuation. Such a line is a piece of the text, never a byline, credit or heading."""
    first = following[:1]
    return bool(line) and (first.islower() or first in _CONTINUES) and bool(first) and not ends_sentence(line)


def runs_on_at(lines: Sequence[str], index: int) -> bool:
    """:func:`runs_on` of the line at ``index`` and the line right under it (a blank line or none: no)."""
    return index + 1 < len(lines) and runs_on(lines[index], lines[index + 1])


# How an interview opens the reporter's questions (and the answers): a dash.
_INTERVIEW_DASHES = ("- ", "– ", "— ")


def asks(line: str) -> bool:
    """An interviewer's question: it opens with an interview's dash and ends in a question mark, perhaps inside
    closing quotes ("- Còn chuyện tình yêu, … đã có hồi kết chưa?"); never a picture's caption (a caption may
    ask, "Xinh không?", but opens with no dash)."""
    return line.startswith(_INTERVIEW_DASHES) and _last_mark(line.rstrip()) == "?"


# A labelled field ("Địa chỉ: ...", "Mức giá: ...") has its label within this many characters and words.
FIELD_LABEL_MAX_CHARS = 25
FIELD_LABEL_MAX_WORDS = 4  # "Nhiệt độ thấp nhất: 24-27 độ."
_NUMBERED = re.compile(r"^(?:(?:\d{1,3}|[a-zđ]|[ivx]{1,5})[.)]|\((?:\d{1,3}|[a-zđ]|[ivx]{1,5})\))\s")
# A labelled number: "Nhiệt độ cao nhất: 30-32 độ", "Giá: 700.000 đồng".
_NUMBER_FIELD = re.compile(r":\s?\d")
# A line holding this many labelled numbers is a record's (a table's row flattened to text).
RECORD_MIN_FIELDS = 2
# A pairing of two sides, as fixtures and results print them ("Ipswich Town - Wolves", "Man City 3-1 Arsenal"): two
# names of a few words, a dash or a score between them; a line this long at most.
_SIDE = r"[^\W\d_][\w.'’&]*(?: [^\W\d_][\w.'’&]*){0,3}"
_PAIRING = re.compile(rf"^(?P<first>{_SIDE}) (?:\d{{1,2}} ?[-–] ?\d{{1,2}}|[-–]) (?P<second>{_SIDE})$")
PAIRING_MAX_CHARS = 80


def is_field(line: str) -> bool:
    """A labelled field: a short label and its colon, then the value ("Địa chỉ: phường Lê Bình", "Giá vé: 50.000
    đồng"), or the label alone over it ("Nguyên liệu:")."""
    colon = line.find(":", 0, FIELD_LABEL_MAX_CHARS)
    # (a colon inside a token is no label's: "https://…", "10:30")
    return (
        colon > 0
        and line[colon + 1 : colon + 2] in ("", " ")
        and not more_words_than(line[:colon], FIELD_LABEL_MAX_WORDS)
    )


def is_field_label(line: str) -> bool:
    """A field's label alone, its value on the next line ("Địa chỉ:", "Hotline:"), as a page dumped one text node a
    line prints a bold label."""
    return line.endswith(":") and is_field(line)


def is_entry_line(line: str) -> bool:
    """A line of a structured entry, which different entries legitimately repeat: a list item
    ("• Mức giá: Từ 700.000 đồng/đêm.", "2. Người phạm tội ..."), a labelled field ("Địa chỉ: ..."),
    a record of labelled numbers (a forecast's row for two days: "... Nhiệt độ cao nhất: 30-32 độĐộ ẩm
    trung bình: 70-80%")."""
    if line.startswith(LIST_MARKS) or is_numbered(line) or is_field(line):
        return True
    if ("-" in line or "–" in line) and is_pairing(line):
        return True
    return ":" in line and len(_NUMBER_FIELD.findall(line)) >= RECORD_MIN_FIELDS


# How a table printed as text parts its cells ("22/3 | 19:00 | Việt Nam | - | Jordan"): the HTML path writes a data
# table's rows so, and the navigation step reads them so.
CELL_SEPARATOR = " | "


def is_numbered(line: str) -> bool:
    """A numbered item or section heading: "3. Sneaker màu metallic", "b) Miễn, giảm tiền thuê đất", a legal text's
    "(ii) Thời hạn ấn định …", "(1) …"."""
    return _NUMBERED.match(line) is not None


def is_pairing(line: str) -> bool:
    """Two sides of a fixture or a result, each capitalised ("Ipswich Town - Wolves", "Man City 3-1 Arsenal",
    "Hà Nội - Hải Phòng"): an entry of a list that fixtures and results print again."""
    match = _PAIRING.match(line) if len(line) <= PAIRING_MAX_CHARS else None
    return match is not None and match["first"][:1].isupper() and match["second"][:1].isupper()


def has_letter(line: str) -> bool:
    return LETTER.search(line) is not None


def is_headline(line: str) -> bool:
    """A title-shaped line: short, one phrase, not ending like a sentence.

    Headlines may end in "?", "!" or a closing quote but not in ".", ";", ":",
    and contain no sentence break.
    """
    if not line or len(line) > HEADLINE_MAX_CHARS or not has_letter(line):
        return False
    if line[-1] in ".;:,…" or line.endswith("..."):
        return False
    if len(line.split(None, HEADLINE_MAX_WORDS + 1)) > HEADLINE_MAX_WORDS:  # splits no further than needed
        return False
    return not has_sentence_break(line)


def is_paragraph(line: str) -> bool:
    """A body-text-shaped line: a sentence or more (not a headline, not a label)."""
    return bool(line) and not is_headline(line) and more_words_than(line, 5) and has_letter(line)


NAME_MAX_CHARS = 50


def is_name(line: str) -> bool:
    """A short line of capitalised words, such as a byline."""
    if len(line) > NAME_MAX_CHARS:
        return False
    words = line.split(" ")
    return 2 <= len(words) <= 5 and all(word.isalpha() and word[0].isupper() for word in words)


def blank_separated(lines: list[str]) -> bool:
    """True when paragraphs in this document are separated by blank lines.

    In such documents adjacency means something: two lines with no blank
    between them belong together (an image and its caption, a lead and a
    pasted headline).
    """
    # every content line after the first follows either a blank line (a gap) or
    # another content line (joined): count the adjacent pairs in C, the gaps follow
    present = list(map(bool, lines))
    joined = sum(map(operator.and_, present, present[1:]))
    gaps = sum(present) - 1 - joined
    return gaps >= 2 and gaps >= joined
