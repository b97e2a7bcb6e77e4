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

# Everything ``str.splitlines`` treats as a line break becomes "\n".
_BREAK_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"\r\n|[{_BREAK_CHARS}]")

# What mojibake of Vietnamese UTF-8 read as Windows-1252 or Latin-1 looks like:
# lead bytes as "Ã Ä Æ á º »", C1 controls, "â€" for punctuation, U+FFFD.
_BROKEN = re.compile(
    "[\x80-\x9f\ufffd]"
    "|[ÃÂÄÅÆ][\xa0-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|á[º»¹¼]"
    "|â€"
)
# One character class that every broken text above contains: a fast first test.
_BROKEN_HINT = re.compile("[\x80-\x9f\ufffdÃÂÄÅÆº»€]")
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

# Characters whose NFC form is themselves in every Unicode version. Text made
# only of these (all Vietnamese in precomposed form is) skips normalization.
_NFC_SAFE = re.compile(
    "[^\x00-\u02ff\u1e00-\u1eff\u2002-\u206f\u20a0-\u20bf\u2190-\u2328\u232b-\u23ff"
    "\u2460-\u27bf\u3000-\u3029\u3030-\u303f\uff00-\uffef\U0001f300-\U0001faff]"
)

# Zero-width and formatting characters, soft hyphens, and control characters
# other than tab and newline (C1 included: ftfy has already read the ones that
# stand for Windows-1252 punctuation): removed.
INVISIBLE = (
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")
# Tabs and unusual spaces: become one ordinary space.
ODD_SPACES = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile(f"[{ODD_SPACES}]")
_ODD_CHAR = re.compile(f"[{INVISIBLE}{ODD_SPACES}]")
_SPACE_RUN = re.compile(" {2,}")


def fix_line_breaks(text: str) -> str:
    """Turn every kind of line break (CRLF, CR, U+2028, form feed, ...) into "\\n"."""
    if any(char in text for char in _BREAK_CHARS):  # `in` is far faster than a regex scan
        return _LINE_BREAKS.sub("\n", text)
    return text


def looks_broken(text: str) -> bool:
    """Cheap test for mojibake or HTML entities; false for ordinary text."""
    if "&" in text and _ENTITY.search(text):
        return True
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
        line = "".join(ftfy.fix_text(chunk, FTFY_CONFIG) for chunk in _chunks(line))
    # what the repair produced gets the same character clean-up as the rest
    return to_nfc(clean_characters(line))


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
    if _NFC_SAFE.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _NFC_SAFE.search(line) and not unicodedata.is_normalized("NFC", line):
            lines[i] = unicodedata.normalize("NFC", line)
    return "\n".join(lines)


def clean_characters(text: str) -> str:
    """Drop invisible and control characters; turn tabs and odd spaces into spaces."""
    if _ODD_CHAR.search(text) is None:
        return text
    return _ODD_SPACE.sub(" ", _INVISIBLE.sub("", text))


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
