"""Unicode and orthography normalization: fix what is broken, restyle nothing.

:func:`normalize` runs small ``str -> str`` steps in a fixed order. Each keeps
the line structure (one line in, one line out), which lets the cleaning
pipeline report exactly which lines normalization edited, and with
:func:`explain` by which step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial

from unidecode import unidecode

from .._validate import require_str
from .characters import (
    BREAK_CHARS,
    BROKEN_HINTS_ALONE,
    CP1252_SPECIALS,
    INVISIBLE,
    NFC_UNSAFE_BMP,
    ODD_SPACES,
    clean_characters,
    collapse_spaces,
    fix_encoding,
    fix_line_breaks,
    looks_broken,
    remove_hidden,
    to_nfc,
)
from .issues import ISSUES, detect_encoding_issues
from .legacy import LEGACY_HINTS, detect_legacy, detect_legacy_hint, fix_eth, fix_legacy
from .syllable import STYLES, place_tones, suspicious_parts

__all__ = [
    "ISSUES",
    "STYLES",
    "clean_characters",
    "collapse_spaces",
    "detect_encoding_issues",
    "detect_legacy",
    "explain",
    "fix_encoding",
    "fix_legacy_encodings",
    "fix_line_breaks",
    "fold_ascii",
    "join_pieces",
    "normalize",
    "normalize_pieces",
    "normalized_in_pieces",
    "piecewise",
    "place_tones",
    "remove_hidden",
    "settle",
    "steps",
    "to_nfc",
]


def check_tone_style(tone_style: str | None) -> None:
    if tone_style is not None and tone_style not in STYLES:
        raise ValueError(f"tone_style must be 'old', 'new' or None, not {tone_style!r}")


def fix_legacy_encodings(text: str) -> str:
    """TCVN3 and VNI lines converted; "Ð" typed for "Đ" replaced."""
    return fix_eth(fix_legacy(text))


@cache
def steps(tone_style: str | None = "old") -> tuple[tuple[str, Callable[[str], str]], ...]:
    """The named steps of :func:`normalize`, in order."""
    check_tone_style(tone_style)
    named: list[tuple[str, Callable[[str], str]]] = [
        ("line_breaks", fix_line_breaks),
        # NFC first, so decomposed input is judged as composed by what follows
        ("nfc", to_nfc),
        # then what is never text (controls, zero-width), so it hides nothing
        ("hidden", remove_hidden),
        # legacy encodings and mojibake before invisible characters: in TCVN3
        # the soft hyphen is "ư", and UTF-8 read as Latin-1 holds soft hyphens,
        # no-break spaces and C1 controls
        ("legacy", fix_legacy_encodings),
        ("encoding", fix_encoding),
        ("characters", clean_characters),
        ("spaces", collapse_spaces),
    ]
    if tone_style is not None:
        named.append(("tones", partial(place_tones, style=tone_style)))
    # ftfy reads a line by its context, down to a space at its end, and a moved
    # mark can make "ÕA€" into "OÃ€"
    named.append(("settle", partial(settle, tone_style=tone_style)))
    return tuple(named)


# What the line_breaks, nfc, hidden, legacy, encoding or characters step could
# act on. Text without any of it (most clean text) skips those six steps. "Ã" and "Â"
# count only before a character that makes them mojibake. Characters beyond
# the BMP are tested apart (see _beyond_bmp): in a class they slow sre's scan
# by a third.
_ATTENTION_ALONE = f"{BREAK_CHARS}{NFC_UNSAFE_BMP}{LEGACY_HINTS}{INVISIBLE}{ODD_SPACES}{BROKEN_HINTS_ALONE}"
# "Ã"/"Â" before a Windows-1252 character, "&" that starts an entity ("VH,TT&DL" is no entity)
_IN_CONTEXT = (
    f"(?<=[ÃÂ])(?=[\\xa0-\\xbf{CP1252_SPECIALS}])",
    "(?<=&)(?=#?[0-9a-zA-Z]{1,32};)",
)
# One leading character class, then a lookbehind for which kind the hit is: an
# alternation of two classes at the top loses sre's fast skip (3x slower on news).
_ATTENTION = re.compile(f"[{_ATTENTION_ALONE}ÃÂ&](?:(?<=[{_ATTENTION_ALONE}])|{'|'.join(_IN_CONTEXT)})")


def _beyond_bmp(text: str) -> bool:
    """Any character above U+FFFF (emoji, historic scripts): at memory speed."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _repair(text: str) -> str:
    """The steps from line_breaks to spaces, in order."""
    return collapse_spaces(
        clean_characters(fix_encoding(fix_legacy_encodings(remove_hidden(to_nfc(fix_line_breaks(text))))))
    )


# A repair that reveals another (a soft hyphen dropped between "Â" and "€",
# mojibake decoded into Latin-1 letters, a control become a space that the
# spaces step strips, so that ftfy reads the line anew) settles within two or
# three passes.
MAX_PASSES = 4


def settle(text: str, tone_style: str | None = "old") -> str:
    """Repeat the steps until they change nothing, so that normalize is idempotent.

    What one pass leaves is judged by the same one-scan triage as the input:
    nearly all repaired text has nothing left to look at and costs only that
    scan.
    """
    return _settle(text, tone_style, None)


def _settle(text: str, tone_style: str | None, before: str | None) -> str:
    """:func:`settle`; ``before`` is the text one pass of the steps made ``text`` from, or None.

    Every step works line by line, so a line that pass left as it was is a fixed
    point of the steps (a "©" or "²" that no repair touches), and is not
    repaired again to find that out.
    """
    if _ATTENTION.search(text) is None and not _beyond_bmp(text):
        return text
    lines = text.split("\n")
    old = before.split("\n") if before is not None else []
    if len(old) != len(lines):  # a line break repaired ("\r" made "\n"): lines do not correspond
        old = []
    for i, line in enumerate(lines):  # every step keeps lines: only those left to look at again
        if old and old[i] == line:
            continue
        for _ in range(MAX_PASSES):
            if _ATTENTION.search(line) is None and not _beyond_bmp(line):
                break
            fixed = _repair(line)
            if tone_style is not None:
                fixed = place_tones(fixed, tone_style)
            if fixed == line:
                break
            line = fixed
        lines[i] = line
    return "\n".join(lines)


def _triage(style: str | None) -> re.Pattern[str]:
    """One scan for both kinds of work: an attention character, or a misplaced tone.

    A single leading character class keeps sre's fast skip; lookbehinds then
    tell which kind the hit is, and the ``attention`` and ``in_context``
    groups mark the first kind. A marked vowel between consonants fails after
    two checks.
    """
    if style is None:
        return re.compile(f"(?P<attention>{_ATTENTION.pattern})(?P<in_context>)")
    toned, after = suspicious_parts(style)
    # "Ã" is a marked vowel too, and mojibake before a Windows-1252 sign ("Ã™"):
    # it gets the checks that follow
    guard = toned.replace("Ã", "")
    return re.compile(
        f"[{_ATTENTION_ALONE}ÃÂ&{toned}](?:{after}"
        # not a marked vowel: then it is an attention character
        f"|(?<![{guard}])(?:(?<=[{_ATTENTION_ALONE}])(?P<attention>)|(?:{'|'.join(_IN_CONTEXT)})(?P<in_context>)))"
    )


_TRIAGE = {style: _triage(style) for style in (*STYLES, None)}


def normalize(text: str, *, tone_style: str | None = "old") -> str:
    """Repair encoding and Vietnamese orthography; never remove a line.

    - mojibake (via ftfy), HTML entities, and lines in the legacy TCVN3 or VNI
      encodings repaired, only where text looks broken;
    - NFC; invisible characters removed; odd spaces and tabs made spaces;
      runs of spaces collapsed and lines stripped; every line break made "\\n";
    - tone marks placed consistently: ``"old"`` ("hòa", "thủy", most news),
      ``"new"`` ("hoà", "thuỷ"), or ``None`` to leave them.

    Quotes, dashes, punctuation spacing and letter case are never changed.
    The result equals running :func:`steps` in order; clean text takes a
    shortcut past the steps that would not change it. A line longer than
    ``HUGE_LINE`` characters is normalized in pieces cut at spaces (see
    :func:`normalize_pieces`), so memory stays a small multiple of its size.
    """
    require_str(text, "text")
    check_tone_style(tone_style)
    if len(text) > HUGE_LINE:
        return _normalize_long(fix_line_breaks(text), tone_style)
    return _normalize(text, tone_style)


def _normalize(text: str, tone_style: str | None) -> str:
    """:func:`normalize` in one piece, whatever the length of the lines."""
    hit = _TRIAGE[tone_style].search(text)
    beyond_bmp = _beyond_bmp(text)
    if hit is None and not beyond_bmp:  # clean text: one scan, then spacing
        return collapse_spaces(text)
    tones_only = hit is not None and hit.group("attention") is None and hit.group("in_context") is None
    repaired = beyond_bmp or not (tones_only and _ATTENTION.search(text, hit.start()) is None)
    before = text
    text = _repair(text) if repaired else collapse_spaces(text)
    if tone_style is not None:
        toned = place_tones(text, tone_style)
        # a moved mark may make mojibake ("ÕA€" -> "OÃ€"): judged again
        repaired = repaired or toned != text
        text = toned
    return _settle(text, tone_style, before) if repaired else text


# A line longer than this is a paragraph at most, and normalized in pieces of
# about PIECE characters: each step then makes copies of a piece, not of the
# line (a 50 MB line took 1.9 GB whole).
HUGE_LINE = 100_000
PIECE = 50_000


def piecewise(line: str) -> bool:
    """True when normalizing ``line`` piece by piece gives the same as whole.

    Every step is local to a word except three that judge a whole line: the
    legacy-encoding vote, the mojibake repair and the HTML entities (a line
    keeps its entities when decoding would leave some). A line any of them
    could act on is normalized whole.
    """
    return "&" not in line and not detect_legacy_hint(line) and not looks_broken(line)


def normalized_in_pieces(line: str) -> bool:
    """Whether :func:`normalize` takes ``line`` piece by piece: over HUGE_LINE and :func:`piecewise`."""
    return len(line) > HUGE_LINE and piecewise(line)


def _space_pieces(line: str) -> Iterator[str]:
    """``line`` in pieces of about PIECE characters, each cut at a space (dropped);
    a piece without a space for that long is cut at the next space."""
    start = 0
    while start < len(line):
        end = line.find(" ", start + PIECE)
        if end == -1:
            yield line[start:]
            return
        yield line[start:end]
        start = end + 1


def normalize_pieces(line: str, tone_style: str | None = "old") -> Iterator[tuple[str, str]]:
    """(piece, normalized piece) over one long line that is :func:`piecewise`.

    The line normalized is the non-empty normalized pieces joined with one
    space: a piece's edges are spaces in the line, which normalization
    collapses to one (or strips at the ends).
    """
    for piece in _space_pieces(line):
        yield piece, _normalize(piece, tone_style)


def join_pieces(pieces: Iterable[str]) -> str:
    return " ".join(piece for piece in pieces if piece)


def _normalize_long(text: str, tone_style: str | None) -> str:
    """Normalize text holding a line over HUGE_LINE: such lines piece by piece, the rest as usual.

    Normalization is line-local, so runs of other lines are normalized together.
    """
    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if normalized_in_pieces(line):
            if run:
                out.append(_normalize("\n".join(run), tone_style))
                run = []
            out.append(join_pieces(new for _, new in normalize_pieces(line, tone_style)))
        else:
            run.append(line)
    if run:
        out.append(_normalize("\n".join(run), tone_style))
    return "\n".join(out)


def explain(line: str, *, tone_style: str | None = "old") -> list[str]:
    """Names of the normalization steps that change ``line``, in order."""
    require_str(line, "line")
    changed = []
    for name, step in steps(tone_style):
        fixed = step(line)
        if fixed != line:
            changed.append(name)
            line = fixed
    return changed


def fold_ascii(text: str) -> str:
    """ASCII letters only, via unidecode: "Đường Hồ Chí Minh" -> "Duong Ho Chi Minh".

    For search keys and near-duplicate detection; never part of cleaning, which
    keeps every mark.
    """
    require_str(text, "text")
    return unidecode(text)
