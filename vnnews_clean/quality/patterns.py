"""Patterns and character classes the quality signals and the PII masker use (data, in one place).

Everything here is compiled once at import, but for the classes built from all BMP code points
(UPPER_RUN, PUNCT_RUN, TOKEN_STRIP): built on first use (see ``__getattr__``). The phone, e-mail and URL patterns
are anchored by look-behinds that refuse a start inside a longer word or number,
so each regex tries a start only where a token begins: the scans stay linear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from ..normalization.characters import BROKEN_HINTS, CP1252_SPECIALS
from ..normalization.legacy import LEGACY_HINTS
from ..normalization.syllable import SPLIT

# --- characters -------------------------------------------------------------

# Lower-case Vietnamese letters outside ASCII: toned vowels, ă â ê ô ơ ư (toned or not), đ.
VN_LOWER_DIACRITIC = "".join(sorted({c for c in SPLIT if c.islower()} | set("ăâêôơưđ")))
VN_UPPER_DIACRITIC = "".join(sorted({c.upper() for c in VN_LOWER_DIACRITIC}))


def _class_of(predicate, start: int = 0x80, stop: int = 0x10000) -> str:
    """A regex character class body of the code points in [start, stop) that satisfy ``predicate``."""
    ranges: list[tuple[int, int]] = []
    for cp in range(start, stop):
        if 0xD800 <= cp <= 0xDFFF or not predicate(chr(cp)):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# Non-ASCII characters a Vietnamese text rarely has: everything but the lower-case
# Vietnamese letters. Runs of them are few in Vietnamese prose, so one scan collects
# them cheaply and every finer count (upper case, punctuation, digits) runs on that
# short remainder instead of the whole text.
RARE_RUN = re.compile(f"[^\\x00-\\x7f{VN_LOWER_DIACRITIC}]+")
LETTER_RUN = re.compile(r"[^\W\d_]+")
DIGIT_RUN = re.compile(r"\d+")
# UPPER_RUN and PUNCT_RUN: runs of upper-case letters and of punctuation outside ASCII (built on first use)
VN_UPPER_RUN = re.compile(f"[{VN_UPPER_DIACRITIC}]+")

ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
ASCII_UPPER = bytes(range(65, 91))
ASCII_DIGITS = b"0123456789"
# ASCII characters of Unicode category P* (not the symbols $ + < = > ^ ` | ~)
ASCII_PUNCT = bytes(c for c in range(128) if unicodedata.category(chr(c)).startswith("P"))
NON_ASCII_BYTES = bytes(range(128, 256))

# Characters that no encoding repair touches and no legacy encoding or mojibake
# explains: printable ASCII, Vietnamese letters and common typographic
# punctuation, but for the hints below. A text of only these can have no encoding
# issue but misplaced tone marks (see signals._encoding_issues).
_TYPOGRAPHIC = "“”‘’–—…«»•°"
_SAFE = (set(map(chr, range(0x20, 0x7F))) | set(VN_LOWER_DIACRITIC + VN_UPPER_DIACRITIC + _TYPOGRAPHIC)) - set("Ðð")
_HINTS = re.compile(f"[{LEGACY_HINTS}{BROKEN_HINTS}]")  # class bodies, with ranges
_SAFE = {c for c in _SAFE if _HINTS.match(c) is None}

# The test runs on what the character counts have already separated: the ASCII
# bytes and the runs of RARE_RUN, which hold every unsafe character outside ASCII.
# "Ã" and "Â" are Vietnamese capitals and "&" is common ("M&A", "R & D"); as in
# normalize's own gate they count only where they can start mojibake (before a
# Windows-1252 character outside Latin-1 or a Latin-1 symbol) or an HTML entity
# ("&" then "#?", 1-32 letters or digits and ";").
SAFE_ASCII_BYTES = bytes(sorted({ord(c) for c in _SAFE if c < "\x80"} - {ord("&")} | {ord("\n")}))
_IN_CONTEXT = "ÃÂ"
UNSAFE_RARE = re.compile("[^\n" + "".join(map(re.escape, sorted(c for c in _SAFE if c >= "\x80"))) + _IN_CONTEXT + "]")
BROKEN_CAPITAL = re.compile(f"[{_IN_CONTEXT}](?=[\\xa0-\\xbf{CP1252_SPECIALS}])")
ENTITY_START = re.compile("&(?=#?[0-9a-zA-Z]{1,32};)")

# --- lines and paragraphs ---------------------------------------------------

# Paragraph blocks in the Gopher sense: separated by one or more blank lines.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")

# TOKEN_STRIP: the punctuation stripped from both ends of a whitespace token before it is judged
# as a syllable (built on first use).

# The tables that walk all 65,536 BMP code points (about 60 ms), built when first used, not at
# import: ``import vnnews_clean`` and ``vnnews-clean --help`` do not pay for them.
_BUILT_ON_FIRST_USE: dict[str, Callable[[], Any]] = {
    "UPPER_RUN": lambda: re.compile(f"[{_class_of(str.isupper)}]+"),
    "PUNCT_RUN": lambda: re.compile(f"[{_class_of(lambda c: unicodedata.category(c).startswith('P'))}]+"),
    "TOKEN_STRIP": lambda: "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c))[0] in "PS"),
}


def __getattr__(name: str) -> Any:
    """A table of ``_BUILT_ON_FIRST_USE``, built once and kept as a module global (later uses are plain lookups)."""
    build = _BUILT_ON_FIRST_USE.get(name)
    if build is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = build()
    return value


# --- personal data ------------------------------------------------------------

# The kinds mask_pii knows, in the order it masks them (URLs first: they may hold
# an address or digits; bank accounts and identity numbers before phones, so that a
# number after "STK:" or a 12-digit CCCD is never read as a phone). The default
# kinds are what quality_signals counts; "bank" and "id" are opt-in.
PLACEHOLDERS = {"url": "<URL>", "email": "<EMAIL>", "bank": "<BANK_ACCOUNT>", "id": "<ID>", "phone": "<PHONE>"}
DEFAULT_KINDS = ("url", "email", "phone")

# No match starts right after these (a longer word, number or code, or a
# placeholder's ">"), so masking twice changes nothing and each scan is linear.
# The check sits after a pattern's first character ("0(?<!X0)" = "(?<!X)0") so
# that the regex engine can skip ahead to the characters a match starts with.
# A full stop is refused only after a digit, a full stop or a placeholder ("1.0912…",
# "01.03.2024"): after a word it ends a sentence ("nhé.0168…").
_BEFORE = r"[\w+/<>=&%#@-]"


def _start(first: str, pattern: str = "") -> str:
    """``first`` (one literal character), not preceded by a character of ``_BEFORE`` nor a digit group."""
    char = re.escape(first)
    return f"{char}(?<!{_BEFORE}{char})(?<![\\d.>]\\.{char})(?<![\\d>][ ,:]{char}){pattern}"


# URLs with a scheme or "www."; the body stops at white space, quotes, angle
# brackets and trailing sentence punctuation. Bounded length keeps the scan linear.
_URL_BODY = r"[^\s<>\"'“”‘’«»]{0,2047}[^\s<>\"'“”‘’«».,;:!?)\]}]"
URL = (
    "(?:"
    + "|".join(
        _start(c, rest) for c, rest in (("h", "ttps?://"), ("H", "(?i:ttps?://)"), ("w", "ww\\."), ("W", "(?i:ww\\.)"))
    )
    + ")"
    + _URL_BODY
)

# E-mail addresses, also with "[at]"/"(at)" and "[dot]"/"(dot)" written out.
# (a space or tab around "[at]", never a line break: masking must not join two lines)
# The address ends at its top-level domain: where a lower-case domain runs on into
# a capital ("…@gmail.comĐịa chỉ", "…@gmail.comHotline"), the capital starts the next word.
# It may stand in angle brackets ("Vietnam Airlines <no-reply@…>"): it starts after a "<"
# and ends before a ">", never the other way round, where a placeholder would stand.
_AT = r"(?:@|[ \t]?[\[(](?i:at)[\])][ \t]?)"
_DOT = r"(?:\.|[ \t]?[\[(](?i:dot)[\])][ \t]?)"
_UPPER = f"A-Z{VN_UPPER_DIACRITIC}"
EMAIL = (
    r"[A-Za-z0-9](?<![\w.+>-][A-Za-z0-9])(?:[A-Za-z0-9._+-]{0,63}[A-Za-z0-9_])?"
    + _AT
    + r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    + _DOT
    + f"){{1,8}}(?:[a-z]{{2,24}}(?=[{_UPPER}])|(?:[a-z]{{2,24}}|[A-Z][A-Za-z]{{1,23}})(?![\\w@<-]|\\.[A-Za-z0-9<]))"
)

# Vietnamese phone numbers. A look-ahead fixes the number of digits, by the
# prefix, before any grouping is tried (the numbering plan, old and new):
#   11 digits: 01x old mobiles, 02x landlines (024, 0236), 03xx/05xx/06xx/07xx old area codes
#              (and any other prefix: a mistyped number is still one);
#   10 digits: 03/05/07/08/09 mobiles, 04/08 old Hanoi/Saigon landlines + 8 digits,
#              0xx old area codes + 7 digits (never 01: "0101234567" is a tax code);
#    9 digits: 04/08 + 7 digits, landlines before 2008 ("04 8689885");
#  8-9 digits: 069 + 5 or 6, the police network ("069.37393");
# +84/84 drop the 0 (9 or 10 digits follow); hotlines 1800/1900 take 4 or 6 more.
# Groups are 1-4 digits with one space, dot or dash between them ("04 3 537 59 59";
# not ". ": "0918. 263. 552" is missed, so that a number may end a sentence). A number that runs on into more digits
# ("08 15 23 34 41 45", a lottery draw), a date ("01.03.2024", or "04-05-2009 09:58"
# where a time follows), a price ("1.500.000") or a document number ("0123/QĐ-UBND":
# followed by "/") is no phone. A capital may follow at once ("…0913 456 769Website").
_SEP = "[ .-]"
_NO_MORE = f"(?!{_SEP}?\\d)"
_END = _NO_MORE + f"(?![a-z{VN_LOWER_DIACRITIC}\\d_/<>])"
_GROUPS = f"(?:{_SEP}?\\d{{1,4}})+" + _END


def _digits(count: str, paren: str = "") -> str:
    """``count`` more digits (a regex quantifier body), each after at most one separator, and no more.

    ``paren`` (a regex) may also stand before a separator: the ")" that closes an area code "(08) 3822…".
    """
    return f"(?:{paren}{_SEP}?\\d){{{count}}}{_NO_MORE}"


def _national(paren: str = "") -> str:
    """After the leading 0: the prefix, and how many digits then follow (for the whole number)."""
    counts = (("[1-9]", "9"), ("[2-9]", "8"), ("[48]", "7"), ("69", "5,6"))
    return (
        "(?=" + "|".join(prefix + _digits(count, paren) for prefix, count in counts) + ")"
        r"(?!\d[.-]\d{1,2}[.-](?:19|20)\d\d)"  # a date: "04-05-2009 09:58"
    )


_INTERNATIONAL = "(?=" + _digits("9,10", r"\)?") + ")"  # after 84 and any "(0)": the national number without its 0
# A tax or business code is 10 digits, like a mobile: not after these words.
TAX_CUES = (
    "MST",
    "mã số thuế",
    "mã số doanh nghiệp",
    "MSDN",
    "ĐKKD",
    "GPKD",
    "mã số DN",
    "giấy phép kinh doanh",
    "đăng ký kinh doanh",
)
_CUE_TAILS = (" ", ": ", ":", " số ", " số: ", " là ", ". ")
_NOT_TAX = "".join(f"(?<!(?i:{re.escape(cue + tail)})0)" for cue in TAX_CUES for tail in _CUE_TAILS)
PHONE = (
    "(?:"
    + _start("+", r"84[ .-]?(?:\(0\)[ .-]?)?" + _INTERNATIONAL + r"\d{1,3}" + _GROUPS)
    + "|"
    + _start("8", r"4(?:[ -]|(?<=\(84)(?=\d{9,10}\)))" + _INTERNATIONAL + r"\d{1,3}" + _GROUPS)  # "84-8-3930.6262"
    + "|"
    + _start("(", r"\+?84(?:\)[ .-]?|[ -]?(?=\d{1,3}\)))" + _INTERNATIONAL + r"(?:\d{1,3}\)[ .-]?)?\d{1,4}" + _GROUPS)
    + "|"
    + _start("(", r"0(?=\d{1,3}\))" + _national(r"\)?") + r"\d{1,3}\)" + _GROUPS)
    + "|"
    + _start("0", _national() + _NOT_TAX + r"\d{1,3}" + _GROUPS)
    + "|"
    + _start("1", r" ?[89]00(?=(?:[ .]?\d){4}(?![ .-]?\d)|(?:[ .]?\d){6}(?![ .-]?\d))(?:[ .]?\d{2,4})+" + _END)
    + ")"
)

# Opt-in kinds: they collide with other long numbers (see docs/quality.md).
# A CCCD (citizen identity card) number has 12 digits and starts with its
# province code (001-096); a CMND (old identity card) has 9. Written unbroken.
ID = r"\d(?<!" + _BEFORE + r"\d)(?<![\d.>]\.\d)(?<![\d>][ ,:]\d)(?:(?<=0)\d{11}|\d{8})" + r"(?![\d.,]?\d)(?![\w/<>])"
# A bank account number: 6-19 digits (groups of digits with spaces, dots or dashes) after a cue.
BANK_CUES = ("STK", "số tài khoản", "số TK", "tài khoản số", "TK số", "tài khoản", "TK")
_BANK_TAILS = (" ", ": ", ":", " là ", " là: ")
# (a cue glued after a word or a placeholder is none: "0200000000TK:" reads the same once the number is masked)
_AFTER_BANK_CUE = "|".join(f"(?<=(?<![\\w>])(?i:{re.escape(c + t)})\\d)" for c in BANK_CUES for t in _BANK_TAILS)
BANK = r"\d(?:" + _AFTER_BANK_CUE + r")(?=(?:[ .-]?\d){5,18}(?![ .-]?\d))(?:[ .-]?\d{1,6})+(?![ .-]?\d)(?![\w/<>])"

PHONE_MIN_DIGITS = 8  # the fewest digits (\d) a PHONE match holds: "1800" and 4 more, "069" and 5 more
SOURCES = {"url": URL, "email": EMAIL, "bank": BANK, "id": ID, "phone": PHONE}
SINGLE = {kind: re.compile(source) for kind, source in SOURCES.items()}


def _combined(kinds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{kind}>{SOURCES[kind]})" for kind in kinds))


# One pattern per set of kinds that may occur (URLs first: they may hold an address or digits).
COMBINED: dict[tuple[str, ...], re.Pattern[str]] = {
    kinds: _combined(kinds) for kinds in (("url", "email", "phone"), ("url", "phone"), ("email", "phone"), ("phone",))
}
PII = COMBINED[DEFAULT_KINDS]


def combined(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for ``kinds`` (in ``PLACEHOLDERS`` order), compiled once."""
    if kinds not in COMBINED:
        COMBINED[kinds] = _combined(kinds)
    return COMBINED[kinds]


# What the gate looks for in the lower-cased text: "www." (a URL), "at]" or "at)" (an e-mail address).
LOWERED_HINTS = ("www.", "at]", "at)")


def may_hold(text: str, lowered: str | None = None) -> tuple[str, ...]:
    """The kinds whose cheap gate passes (substring checks): the pattern to scan ``text`` with."""
    lowered = text.lower() if lowered is None else lowered
    return kinds_to_scan(text, tuple(hint in lowered for hint in LOWERED_HINTS))


def kinds_to_scan(text: str, hints: tuple[bool, ...]) -> tuple[str, ...]:
    """:func:`may_hold` given whether each of ``LOWERED_HINTS`` is in ``text.lower()``."""
    www, at_bracket, at_paren = hints
    url = "://" in text or www
    email = "@" in text or at_bracket or at_paren
    return tuple(kind for kind, gate in (("url", url), ("email", email), ("phone", True)) if gate)
