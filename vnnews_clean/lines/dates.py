"""One recognizer for the dates and times that news sites print around an article.

Sites print the same fact in many forms: "Thứ Hai, 28/4/2011 23:58",
"Thứ bảy, 6/11/2011 - 08:15 (GMT+7)", "Cập nhật: 28/04/2011", "3 giờ trước",
"(6/11/2011)", "Thế giới 28/4/2011 | 23:58", "ngày 5 tháng 6 năm 2024". A line
that is *only* such a date (with at most a short category in front) is site
furniture; a sentence that mentions a date is not. :func:`is_dateline` tells
them apart by removing every date piece and looking at what is left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import DATE_LABELS, DATE_META, DATE_RELATIVE_UNITS, DATE_RELATIVE_WORDS, DATE_WEEKDAYS

_NUMERIC_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
_SHORT_DATE = r"\d{1,2}/\d{1,2}"  # "28/4": only next to a time or a weekday
_WORDED_DATE = r"(?:ng[àa]y\s*)?\d{1,2}\s*th[áa]ng\s*\d{1,2}(?:\s*(?:n[ăa]m\s*|,\s*)?\d{4})?"
_TIME = r"\d{1,2}\s*(?::\s*\d{2}|h\s*\d{2}|h)(?::\d{2})?(?:\s*(?:am|pm|sa|ch)\b)?"
_ZONE = r"(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|gmt|utc|ict"
_RELATIVE = rf"\d{{1,3}}\s*(?:{DATE_RELATIVE_UNITS})\s*tr[ưu][ớo]c|{DATE_RELATIVE_WORDS}"

# A date or time fact: what makes a line a dateline.
_FACT = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE}|{_WORDED_DATE}|{_TIME}|{_RELATIVE})(?!\w)", re.IGNORECASE)
# "28/4": a date only beside another fact ("28/4 | 23:58"); alone it may be a score.
_SHORT = re.compile(rf"(?<![\w/]){_SHORT_DATE}(?![\w/])")
_SHORT_ALONE = re.compile(_SHORT_DATE)
# Words that go with a date but are not one: weekday, time zone, "Cập nhật".
_COMPANION = re.compile(rf"(?<!\w)(?:{_ZONE}|{DATE_META}|{DATE_WEEKDAYS}|{DATE_LABELS})(?!\w)", re.IGNORECASE)
# A line with no digit is a dateline only through these words.
_WORDED = re.compile(DATE_RELATIVE_WORDS, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[\s|\-–—,:;()\[\]/.•·+]+")

# What parts a category from its date: "Thế giới | 3 giờ trước", "Zing - Vừa xong", "Hôm nay, …".
_APART = frozenset("-–—|·•,:")

DATELINE_MAX_CHARS = 90
CATEGORY_MAX_WORDS = 6
# A heading that names its day ("Giá xăng dầu trong nước hôm nay 18/1/2024", "Thay đổi phân hạng GPLX từ 1.1.2015"):
# this many words at least before one date, no clock time nor brackets; a page's stamp puts a section's name of a word
# or two there, a listing's title its date in brackets or with a time.
DAY_HEADING_MIN_WORDS = 4
_DAY_FACT = re.compile(rf"(?:{_NUMERIC_DATE}|{_WORDED_DATE})", re.IGNORECASE)
_CLOCK = re.compile(_TIME, re.IGNORECASE)


def _squash(text: str) -> str:
    return _SEPARATORS.sub(" ", text).strip()


def _is_category(text: str) -> bool:
    """A section name: a few words, no digits."""
    return 0 < text.count(" ") + 1 <= CATEGORY_MAX_WORDS and _DIGIT.search(text) is None


def _names_its_day(line: str, first: re.Match[str]) -> bool:
    """The line ends on one day ("… hôm nay 18/1/2024"), with no clock time and no brackets: a heading's words name
    that day."""
    if "(" in line:
        return False
    facts = [first, *_FACT.finditer(line, first.end())]
    last = facts[-1]
    return (
        _DAY_FACT.fullmatch(last.group()) is not None
        and not line[last.end() :].strip(" .")
        and not any(_DAY_FACT.fullmatch(fact.group()) or _CLOCK.fullmatch(fact.group()) for fact in facts[:-1])
    )


@lru_cache(maxsize=16384)
def is_dateline(line: str) -> bool:
    """True when ``line`` is a date/time and nothing more (but a short category in front).

    "Thứ Hai, 28/4/2011 23:58", "Thế giới 28/4/2011 | 23:58", "3 giờ trước",
    "(6/11/2011)", "Cập nhật: 06/11/2011 08:15 GMT+7": yes.
    "Ngày 5/6/2024, UBND tỉnh đã họp.": no, a sentence with a date; nor "Theo nội dung vụ án, ngày
    25-11-2020," (a sentence a link broke off: a line ending in a comma goes on), nor a legal preamble's item ending
    in a semicolon ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;").
    """
    if len(line) > DATELINE_MAX_CHARS or (_DIGIT.search(line) is None and _WORDED.search(line) is None):
        return False
    if line.rstrip().endswith((",", ";")):
        return False  # a sentence or a list's item that goes on ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;")
    if ("-" in line or "–" in line or "—" in line or "đến" in line or "tới" in line) and _PERIOD.search(line):
        return False  # a period, "1/10 – 31/10/2026": an event's or a schedule's dates, no stamp of one moment
    first = _FACT.search(line)
    if first is None:
        return _SHORT_ALONE.fullmatch(line.strip(" ()[]")) is not None  # "16/06", "(28/4)"
    rest = _squash(_COMPANION.sub(" ", _SHORT.sub(" ", _FACT.sub(" ", line))))
    if not rest:
        return not _is_hours(line)  # (asked only of a line that is dates and times alone)
    head = _squash(_COMPANION.sub(" ", line[: first.start()]))
    if head.count(" ") + 1 >= DAY_HEADING_MIN_WORDS and _names_its_day(line, first):
        return False
    # a category's worded date stands apart from it ("Zing - Vừa xong"); run on, "Giá vàng hôm nay" and
    # "Thời tiết hôm nay" are headings of the day's figures
    apart = _DIGIT.search(line) is not None or line[: first.start()].rstrip()[-1:] in _APART
    # (a sentence's words before its date, "Vụ việc xảy ra vào khoảng 6h ngày 20/10.", end on its full stop)
    return head == rest and _is_category(head) and apart and line.rstrip()[-1:] not in ".!?" and not _is_hours(line)


# Two days of the calendar joined as a range ("1/10 – 31/10/2026", "15/10/2025 - 15/01/2026", "từ 1/10 đến 5/10").
_DAY = r"\d{1,2}[/.](?:0?[1-9]|1[0-2])(?:[/.]\d{2,4})?"
_PERIOD = re.compile(rf"(?<![\w/.]){_DAY}\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?{_DAY}(?![\w/])")
_CALENDAR_DATE = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE}|{_WORDED_DATE})(?!\w)", re.IGNORECASE)
_CLOCK = re.compile(rf"(?<!\w){_TIME}(?!\w)", re.IGNORECASE)


def _is_hours(line: str) -> bool:
    """Clock times and no day of the calendar, two or more: opening hours or a timetable ("07:00 – 17:00",
    "8h30 – 12h30 | 13h30 – 17h30", "09:00, 11:00, 15:00"), which a page prints as its text's values; a stamp
    of when it was published names one time (a day is written with a slash, as a player's "0:00 / 2:19" is)."""
    if "/" in line:
        return False  # a player's elapsed and whole time, "0:00 / 2:19", or a day
    return len(_CLOCK.findall(line, 0, DATELINE_MAX_CHARS)) >= HOURS_MIN_TIMES and not names_day(line)


# Clock times on a line with no day that make opening hours or a timetable, not a dateline.
HOURS_MIN_TIMES = 2


def names_day(text: str) -> bool:
    """``text`` names a day of the calendar ("1/12/2003", "ngày 5 tháng 6 năm 2024") somewhere in it."""
    return _CALENDAR_DATE.search(text) is not None


def is_timestamp(line: str) -> bool:
    """``line`` names a day of the calendar and a clock time ("02/08/2021 17:58": when a page was published), not
    a time alone ("08:30", a live blog's stamp) nor a day alone ("Ngày 19/8/1945", a timeline's heading)."""
    return names_day(line) and _CLOCK.search(line) is not None


# "... Hãy mua trực thăng 22 giờ trước": a numeric relative time glued to the end of a line
# after a word (not after a sentence's full stop).
_TRAILING_RELATIVE = re.compile(rf"\w[\s\-–|·•]+\d{{1,3}}\s*(?:{DATE_RELATIVE_UNITS})\s*tr[ưu][ớo]c\s*$", re.IGNORECASE)


def ends_with_relative_time(line: str) -> bool:
    """``line`` ends with a relative time ("22 giờ trước") printed right after its words, as a
    listing prints a listed item's age after its title: "Chán kẹt xe? Hãy mua trực thăng 22 giờ trước"."""
    if not line.rstrip().lower().endswith(("trước", "truoc", "trươc", "truớc")):
        return False  # (most lines: no search)
    return _TRAILING_RELATIVE.search(line) is not None


# "... Ôtô bí thư đảng ủy bị cài mìn (21/04/2010 02:40)", "... - 12/3/2024", "... | 28/4/2011 23:58":
# an absolute date (and time) closing a line, in brackets or after a separator.
_TRAILING_DATE = re.compile(
    rf"\w\s*(?:\(\s*(?:{_NUMERIC_DATE})(?:\s*[-|,]?\s*{_TIME})?\s*\)|[\-–|·•]\s*(?:{_NUMERIC_DATE})(?:\s*[-|,]?\s*{_TIME})?)\s*$",
    re.IGNORECASE,
)


def ends_with_date(line: str) -> bool:
    """``line`` ends with a date glued after its words, as a listing prints an item's date after its
    title: "... 22 giờ trước", "... (21/04/2010 06:19)", "... - 12/3/2024"."""
    if ends_with_relative_time(line):
        return True
    last = line.rstrip()[-1:]
    if not (last.isdigit() or last == ")"):
        return False  # (most lines: no search)
    found = _TRAILING_DATE.search(line)
    # (a period's second day, "Đợt 1: 15/10/2025 – 15/01/2026", is no item's date: a schedule's entry)
    return found is not None and _ENDS_WITH_DAY.search(line, 0, found.start() + 1) is None


# A numeric day closing the text before a trailing date's separator: the two make a period.
_ENDS_WITH_DAY = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE})$")


_RELATIVE_ONLY = re.compile(rf"(?<!\w)(?:{_RELATIVE})(?!\w)", re.IGNORECASE)


def is_relative_date(line: str) -> bool:
    """``line`` holds a relative time ("1 giờ trước", "Vừa xong", "hôm qua"): a comment's or a
    listed item's age, never the article's own date."""
    return _RELATIVE_ONLY.search(line) is not None


def words_before_date(line: str) -> str:
    """What a dateline prints before its first date or time, separators trimmed:
    "Minh Anh" for "Minh Anh - 12/3/2024", "" for "12/3/2024" and
    "Thứ Sáu, 22/03/2019" (weekdays, labels and time zones are the date's)."""
    first = _FACT.search(line)
    if first is None:
        return ""
    return _COMPANION.sub(" ", line[: first.start()]).strip(" |-–—,:;([•·")
