"""Character-level repairs: line breaks, broken encodings, NFC, invisible characters, spaces.

Each function is ``str -> str``, keeps the number of lines (a line break in is a
line break out), and starts with a cheap check so that clean text costs one
regex scan, never a call into ftfy.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy

from .codepages import CP1252_ONLY, VISCII_LOW
from .mojibake import decode_misread

# Everything ``str.splitlines`` treats as a line break becomes "\n" ...
BREAK_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"\r\n|[{BREAK_CHARS}]")
# ... but U+0085 (NEL) inside mojibake: UTF-8 read as Latin-1 makes byte 0x85
# that character ("ễ" is E1 BB 85, read "á»\x85"), and Windows-1252 text so read
# makes its "…" one. After the lead byte of a UTF-8 sequence (and what continues
# it) it is such a byte, and stays in its line for the encoding step to decode.
# What precedes it is judged composed (NFC), as it will be: "a" and a combining
# grave accent are "à", a lead byte.
_CONTINUATION = f"\x80-\xbf{re.escape(CP1252_ONLY)}"
_MOJIBAKE_BEFORE_NEL = re.compile(f"(?:[\xc2-\xf4]|[\xe0-\xf4][{_CONTINUATION}]|[\xf0-\xf4][{_CONTINUATION}]{{2}})\\Z")
_BEFORE_NEL = 8  # characters looked at before a NEL: a lead and two continuations, decomposed

# What mojibake of Vietnamese UTF-8 read as Windows-1252 or Latin-1 looks like:
# lead bytes as "Ã Ä Æ á º »", C1 controls, "â€" for punctuation, U+FFFD.
_BROKEN = re.compile(
    "[\x80-\x9f\ufffd]"
    "|[ÃÂÄÅÆ][\xa0-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|á[º»¹¼]"
    "|â€"
)
# One character class that every broken text above contains: a fast first test.
BROKEN_HINTS = "\x80-\x9f\ufffdÃÂÄÅÆº»€"
# Of those, "Ã" and "Â" are Vietnamese capitals too ("NGÃ BA"): they matter
# only before a Windows-1252 character that is not in Latin-1 ("Ã“" is "Ó").
BROKEN_HINTS_ALONE = "\x80-\x9f\ufffdÄÅÆº»€"
CP1252_SPECIALS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122"
_BROKEN_HINT = re.compile(f"[{BROKEN_HINTS}]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")

# ftfy as datatrove's formatter configures it: repair encodings, never restyle
# (curly quotes, full-width forms, ligatures and line breaks are left alone).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# Characters whose NFC form is themselves in every Unicode version (and that
# nothing composes with). Text made only of these, as all Vietnamese in
# precomposed form is, skips normalization.
NFC_SAFE_RANGES = (
    (0x0000, 0x02FF),  # Latin-1, Latin Extended-A/B, IPA, spacing modifiers
    (0x1E00, 0x1EFF),  # Latin Extended Additional: every precomposed Vietnamese letter
    (0x2002, 0x206F),  # general punctuation (U+2000, U+2001 are singletons)
    (0x20A0, 0x20BF),
    (0x2100, 0x2125),  # letterlike symbols but Ω, K, Å signs
    (0x2127, 0x2129),
    (0x212C, 0x214F),
    (0x2190, 0x2328),  # arrows, maths, technical but the angle brackets
    (0x232B, 0x23FF),
    (0x2460, 0x27BF),
    (0x3000, 0x3029),
    (0x3030, 0x303F),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x1F300, 0x1FAFF),  # pictographs, emoji
)


def _char_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges)


def _complement(ranges: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    gaps, start = [], 0
    for lo, hi in sorted(ranges):
        if lo > start:
            gaps.append((start, lo - 1))
        start = hi + 1
    return [*gaps, (start, 0x10FFFF)]


# Above the BMP only one range, so that sre checks the rest with a bitmap;
# emoji are rare enough in news to take the slower path.
NFC_UNSAFE_BMP = _char_class([(lo, min(hi, 0xFFFF)) for lo, hi in _complement(NFC_SAFE_RANGES) if lo <= 0xFFFF])
NFC_UNSAFE = NFC_UNSAFE_BMP + "\U00010000-\U0010ffff"
_NFC_UNSAFE = re.compile(f"[{NFC_UNSAFE}]")  # finds a character that NFC may change

# Formatting characters that are never text: zero-width space, direction
# marks, word joiner, byte order mark, Hangul fillers. Never part of mojibake,
# but they can hide it ("Â\u200b¡"): remove_hidden takes them out before
# anything is judged.
ALWAYS_HIDDEN = (
    "\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
)
# C0 control characters other than tab and line breaks (those have their own
# steps): never text, and where they sit between words they part them
# ("Sáng\x005/6"), so each run becomes a space, as a tab does.
CONTROLS = "\x00-\x08\x0e-\x1f\x7f"
# Zero-width (non-)joiners and variation selectors are text where they join
# emoji (👨‍👩‍👧, ❤️, 1️⃣) or letters of scripts that need them (Persian,
# Indic). Only where they touch Latin or Vietnamese letters, spaces or a line
# edge are they noise, and only there are they removed.
JOINERS = "\u200c\u200d"
SELECTORS = "\ufe00-\ufe0f\u180b-\u180d"
# Lone surrogates cannot be encoded: a pair becomes its character, a lone one U+FFFD.
SURROGATES = "\ud800-\udfff"
HIDDEN = ALWAYS_HIDDEN + CONTROLS + JOINERS + SELECTORS + SURROGATES
# Latin script (ASCII, Latin-1, Latin Extended, IPA, Vietnamese), spaces and
# the punctuation, currency and letterlike signs of Windows-1252: a joiner
# beside one of these joins nothing (and could hide mojibake: "â€\u200d™").
_LATIN = "\x00-\u02ff\u1e00-\u1eff\u1680\u2000-\u214f\u202f\u205f\u3000"
# Letters of Latin script: a selector after one selects nothing (after a digit,
# "#", "*", "©" or "®" it asks for the emoji form: "1️⃣", "©️").
_LATIN_LETTERS = "A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u1e00-\u1eff"
_SPACES = "\\s\u1680\u2000-\u200a\u202f\u205f\u3000"
_HIDDEN = re.compile(f"[{HIDDEN}]")
_ALWAYS_HIDDEN = re.compile(f"[{ALWAYS_HIDDEN}]+")
_CONTROL_RUN = re.compile(f"[{CONTROLS}]+")
_JOINING_RUN = re.compile(f"[{JOINERS}{SELECTORS}]+")
_JOINER = re.compile(f"[{JOINERS}]")
_IS_LATIN = re.compile(f"[{_LATIN}]")
_IS_LATIN_LETTER_OR_SPACE = re.compile(f"[{_LATIN_LETTERS}{_SPACES}]")
_SURROGATE = re.compile(f"[{SURROGATES}]")
# Removed from text: those, and soft hyphens (kept until the encoding repair
# has run: "í" in UTF-8 is C3 AD, so its mojibake holds one). C1 controls are
# bytes of mojibake too ("ờ" is E1 BB 9D): the encoding step drops those that
# ftfy cannot read.
INVISIBLE = HIDDEN + "\xad"
# Tabs and unusual spaces: become one ordinary space.
ODD_SPACES = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile(f"[{ODD_SPACES}]")
_C1 = re.compile("[\x80-\x84\x86-\x9f]")
_ODD_CHAR = re.compile(f"[{INVISIBLE}{ODD_SPACES}]")
_SPACE_RUN = re.compile(" {2,}")


def fix_line_breaks(text: str) -> str:
    """Turn every kind of line break (CRLF, CR, U+2028, form feed, ...) into "\\n".

    U+0085 inside mojibake is a byte of a letter, not a break: it stays (so a
    paragraph read as Latin-1 is not cut in two, and no letter is lost).
    """
    if not any(map(text.__contains__, BREAK_CHARS)):  # `in` is far faster than a regex scan
        return text
    if "\x85" in text:  # rare: judged one by one
        return _LINE_BREAKS.sub(_line_break, text)
    return _LINE_BREAKS.sub("\n", text)


def _line_break(match: re.Match[str]) -> str:
    """ "\\n" for a line break; a NEL inside mojibake stays as it is."""
    if match.group(0) != "\x85":
        return "\n"
    start = match.start()
    before = unicodedata.normalize("NFC", match.string[max(0, start - _BEFORE_NEL) : start])
    return "\x85" if _MOJIBAKE_BEFORE_NEL.search(before) else "\n"


def looks_broken(text: str) -> bool:
    """Cheap test for mojibake or HTML entities; false for ordinary text."""
    return ("&" in text and _ENTITY.search(text) is not None) or looks_like_mojibake(text)


def looks_like_mojibake(text: str) -> bool:
    """Cheap test for mojibake: "Ã©", "á»", "â€", C1 controls, U+FFFD."""
    for hint in _BROKEN_HINT.finditer(text):
        at = hint.start()
        if _BROKEN.match(text, at) or (at and _BROKEN.match(text, at - 1)):
            return True
    return False


def _unescape(line: str) -> str:
    """Decode HTML entities, unless that leaves entities behind.

    "&amp;lt;" is either double-escaped markup or text about HTML; decoding
    one layer would make a second normalization change it again, so such a
    line is left as it is.
    """
    decoded = html.unescape(line)
    return line if "&" in decoded and _ENTITY.search(decoded) else decoded


FTFY_CHUNK = 20_000  # ftfy slows down more than linearly on very long lines


def _chunks(line: str) -> list[str]:
    """Split a long line into pieces of about FTFY_CHUNK characters, at spaces.

    A cut inside a word could split a mojibake sequence, so cuts go right
    after a space; a line with no space for that long is cut where it is.
    """
    if len(line) <= FTFY_CHUNK:
        return [line]
    pieces = []
    start = 0
    while start < len(line):
        end = min(start + FTFY_CHUNK, len(line))
        if end < len(line):
            space = line.rfind(" ", start + FTFY_CHUNK // 2, end)
            end = space + 1 if space != -1 else end
        pieces.append(line[start:end])
        start = end
    return pieces


def _fix_line(line: str) -> str:
    if "&" in line and _ENTITY.search(line):
        line = _unescape(line)
    if looks_broken(line):
        # a line wholly of UTF-8 mojibake is decoded byte for byte; ftfy takes the rest
        misread = decode_misread(line)
        line = misread[0] if misread is not None else "".join(ftfy.fix_text(c, FTFY_CONFIG) for c in _chunks(line))
    # what the repair produced (and C1 controls it could not read) gets the
    # same character clean-up as the rest
    return to_nfc(clean_characters(_C1.sub("", line)))


def _joining_run(match: re.Match[str]) -> str:
    """Keep a run of joiners and selectors only where it joins or selects something.

    After a Latin letter, a space or at the start nothing is selected: the run
    goes. Otherwise selectors stay, and joiners too unless the run touches
    Latin script, a space or the end. The decision depends only on the two
    neighbours, which stay the same, so a second pass keeps what the first kept.
    """
    run, text, start, end = match.group(0), match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    if _IS_LATIN_LETTER_OR_SPACE.match(before):
        return ""
    after = text[end] if end < len(text) else " "
    if _IS_LATIN.match(before) or _IS_LATIN.match(after):
        return _JOINER.sub("", run)
    return run


def fix_surrogates(text: str) -> str:
    """A surrogate pair becomes its character, a lone surrogate U+FFFD: the text can be encoded.

    A JSON "\\ud800" escape or a file decoded with "surrogateescape" gives
    such strings; UTF-8 has no way to write them.
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _tidy_hidden(text: str, *, keep_viscii: bool = False) -> str:
    """Lone surrogates to U+FFFD, controls to a space (but a VISCII capital beside a letter, if
    ``keep_viscii``), formatting characters out."""
    text = fix_surrogates(text)
    if _CONTROL_RUN.search(text):
        text = _CONTROL_RUN.sub(_control_run if keep_viscii and _VISCII_CONTROL.search(text) else " ", text)
    if _ALWAYS_HIDDEN.search(text):
        text = _ALWAYS_HIDDEN.sub("", text)
    if _JOINING_RUN.search(text):
        text = _JOINING_RUN.sub(_joining_run, text)
    return text


def remove_hidden(text: str) -> str:
    """Make what is never text harmless, first of all.

    Lone surrogates become U+FFFD (the text must be encodable), C0 controls a
    space (between words they part them), zero-width and formatting characters
    go, but joiners and variation selectors stay where they join emoji or
    letters of other scripts. Left in place, noise hides what later steps
    judge: mojibake ("Â\u200b¡"), a legacy word, "Ð" at the start of a word.
    """
    if _HIDDEN.search(text) is None:
        return text
    # a removed character may have parted a letter from its mark; a VISCII capital is kept for the
    # legacy step (clean_characters parts words with what it leaves)
    return to_nfc(_tidy_hidden(text, keep_viscii=True))


# VISCII writes six rare capitals ("Ỹ" in "MỸ", "Ỷ" alone) on C0 controls: a lone one stays
# until the legacy step has read the line (remove_hidden), and only then goes.
_VISCII_CONTROLS = "".join(map(chr, VISCII_LOW))
_VISCII_CONTROL = re.compile(f"[{_VISCII_CONTROLS}]")


def _control_run(match: re.Match[str]) -> str:
    """A run of controls as a space, but a lone VISCII capital as it is."""
    run = match.group()
    return run if len(run) == 1 and run in _VISCII_CONTROLS else " "


def fix_encoding(text: str) -> str:
    """Repair mojibake (via ftfy) and HTML entities, only in lines that look broken."""
    if not looks_broken(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if looks_broken(line):
            # ftfy may decode a C1 "next line" into a break; keep one line per line.
            lines[i] = fix_line_breaks(_fix_line(line)).replace("\n", " ")
    return "\n".join(lines)


def to_nfc(text: str) -> str:
    """Compose decomposed characters (NFC), skipping text that is NFC by construction."""
    if _NFC_UNSAFE.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _NFC_UNSAFE.search(line) and not unicodedata.is_normalized("NFC", line):
            lines[i] = unicodedata.normalize("NFC", line)
    return "\n".join(lines)


def clean_characters(text: str) -> str:
    """Drop soft hyphens and what remove_hidden drops; turn tabs and odd spaces into spaces.

    Runs after the repairs, which may have produced or moved such characters.
    A removed character may have kept a letter from its combining mark, so the
    result is composed again.
    """
    if _ODD_CHAR.search(text) is None:
        return text
    return to_nfc(_tidy_hidden(_ODD_SPACE.sub(" ", text.replace("\xad", ""))))


def collapse_spaces(text: str) -> str:
    """One space between words, none at the start or end of a line."""
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    # runs are single spaces now, so plain replacement strips every line
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return text.strip(" ")
