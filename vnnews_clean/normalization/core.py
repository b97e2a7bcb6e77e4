"""Normalizing a text: the repair and style steps in order (:func:`steps`), the fast path that
skips what a text does not need (the C twin's scan), settling what one repair reveals, long
lines in pieces, and explaining a line's edits. The package re-exports all of it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial

from unidecode import unidecode

from .._validate import require_str
from .characters import (
    clean_characters,
    collapse_spaces,
    fix_encoding,
    fix_line_breaks,
    looks_broken,
    remove_hidden,
    to_nfc,
)
from .legacy import (
    DECODERS,
    VIQR,
    decide,
    decode_viqr,
    detect_legacy_hint,
    fix_eth,
    fix_legacy,
    fix_viqr,
)
from .mojibake import decode_misread
from .syllable import STYLES, place_tones
from .triage import ATTENTION, TRIAGE, TWIN, beyond_bmp


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
        named.append(("tones", partial(restyle_tones, tone_style=tone_style)))
    # ftfy reads a line by its context, down to a space at its end
    named.append(("settle", partial(settle, tone_style=tone_style)))
    return tuple(named)


# The triage (see triage.py): the regex and its C twin, when built.
_ATTENTION = ATTENTION
_TRIAGE = TRIAGE
_beyond_bmp = beyond_bmp
_TWIN = TWIN
if _TWIN is not None:
    _TWIN_STYLE = {None: _TWIN.STYLE_NONE, "old": _TWIN.STYLE_OLD, "new": _TWIN.STYLE_NEW}
    # a found misplaced tone alone needs only the tone step
    _TWIN_REPAIR = _TWIN.FOUND_ATTENTION | _TWIN.FOUND_BEYOND_BMP
    _TWIN_WORK = _TWIN_REPAIR | _TWIN.FOUND_TONE  # all but FOUND_SPACING


def wants_repair(text: str) -> bool:
    """Whether the steps from line_breaks to spaces could act on ``text``: an
    attention character (or a legacy pair, "taòi"), or one beyond the BMP. One
    scan, in C where the triage's twin is built."""
    if _TWIN is not None:
        return bool(_TWIN.scan(text, _TWIN.STYLE_NONE) & _TWIN_REPAIR)
    return _ATTENTION.search(text) is not None or _beyond_bmp(text)


def restyle_tones(text: str, tone_style: str) -> str:
    """:func:`place_tones` in ``tone_style``, but for a line the move would make read as broken text:
    "ÕA€" in the new style is "OÃ€", whose "Ã€" is the mojibake of "À". Such a line keeps its marks
    where they are, so either style's output, restyled to the other, gives that style's output."""
    toned = place_tones(text, tone_style)
    if toned == text or not wants_repair(toned):
        return toned
    lines, toned_lines = text.split("\n"), toned.split("\n")
    if len(lines) != len(toned_lines):
        return toned
    return "\n".join(map(_restyled_line, lines, toned_lines))


def _restyled_line(line: str, moved: str) -> str:
    """``moved`` (``line`` restyled), but for the words the move makes read as broken; the line as it
    was if it reads as broken still (a mark moved next to a word that completes the mojibake)."""
    if moved == line or _repair(moved) == moved:
        return moved
    words, moved_words = line.split(" "), moved.split(" ")
    if len(words) == len(moved_words):
        moved = " ".join(
            word if new != word and _repair(new) != new and _repair(word) == word else new
            for word, new in zip(words, moved_words, strict=True)
        )
    return line if _repair(moved) != moved and _repair(line) == line else moved


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

    Lines are settled one by one (:func:`_settle_lines`); but the legacy
    encodings are decided with the whole text's evidence, and what a line's
    repair revealed ("\x91Û" made "‘Û", TCVN3 "‘Ồ") may have it now: the
    whole text is asked again, and the lines it converts are settled in turn.
    """
    for _ in range(MAX_PASSES):
        settled = _settle_lines(text, tone_style, before)
        if not _revealed_legacy(settled, before):
            return settled
        again = fix_legacy_encodings(settled)
        if again == settled:
            return settled
        before, text = settled, again
    return text


def _revealed_legacy(text: str, before: str | None) -> bool:
    """Whether a line of ``text`` that differs from ``before`` has a legacy hint
    (the other lines were judged as they are)."""
    lines = text.split("\n")
    old = before.split("\n") if before is not None else []
    if len(old) != len(lines):
        return detect_legacy_hint(text)
    return any(new != was and detect_legacy_hint(new) for new, was in zip(lines, old, strict=True))


def _settle_lines(text: str, tone_style: str | None, before: str | None) -> str:
    """The lines of ``text`` repaired until they change no more.

    Every step but the legacy vote works line by line, so a line that the pass
    from ``before`` left as it was is a fixed point of the steps (a "©" or "²"
    that no repair touches), and is not repaired again to find that out.
    """
    if not wants_repair(text):
        return text
    lines = text.split("\n")
    old = before.split("\n") if before is not None else []
    if len(old) != len(lines):  # a line break repaired ("\r" made "\n"): lines do not correspond
        old = []
    for i, line in enumerate(lines):  # every step keeps lines: only those left to look at again
        if old and old[i] == line:
            continue
        for _ in range(MAX_PASSES):
            if not wants_repair(line):
                break
            fixed = _repair(line)
            if tone_style is not None:
                fixed = restyle_tones(fixed, tone_style)
            if fixed == line:
                break
            line = fixed
        lines[i] = line
    return "\n".join(lines)


def normalize(text: str, *, tone_style: str | None = "old", viqr: bool = False) -> str:
    """Repair encoding and Vietnamese orthography; never remove a line.

    - mojibake (UTF-8 read as Windows-1252 or Latin-1, once or twice, decoded
      byte for byte; the rest via ftfy), HTML entities, and lines in the legacy
      TCVN3, VNI, VISCII or Windows-1258 encodings (decided for the whole text)
      repaired, only where text looks broken;
    - NFC; invisible characters removed; odd spaces and tabs made spaces;
      runs of spaces collapsed and lines stripped; every line break made "\\n";
    - tone marks placed consistently: ``"old"`` ("hòa", "thủy", most news),
      ``"new"`` ("hoà", "thuỷ"), or ``None`` to leave them.

    ``viqr=True`` also converts lines written in VIQR ("Vie^.t Nam"), decided
    for the whole text (:func:`fix_viqr`); an opt-in, since VIQR's marks are
    ordinary punctuation too.

    Quotes, dashes, punctuation spacing and letter case are never changed.
    The result equals running :func:`steps` in order; clean text takes a
    shortcut past the steps that would not change it. A line longer than
    ``HUGE_LINE`` characters is normalized in pieces cut at spaces (see
    :func:`normalize_pieces`), so memory stays a small multiple of its size.
    """
    require_str(text, "text")
    check_tone_style(tone_style)
    if viqr:
        text = fix_viqr(fix_line_breaks(text))
    if len(text) > HUGE_LINE:
        return _normalize_long(fix_line_breaks(text), tone_style)
    return _normalize(text, tone_style)


def _normalize(text: str, tone_style: str | None) -> str:
    """:func:`normalize` in one piece, whatever the length of the lines."""
    if _TWIN is None:
        return _normalize_python(text, tone_style)
    return _normalize_twin(text, tone_style)[0]


def _normalize_twin(text: str, tone_style: str | None) -> tuple[str, bool]:
    """:func:`_normalize` on the C twin's scan, and whether the scan found anything to repair
    (:func:`wants_repair` of ``text``)."""
    found = _TWIN.scan(text, _TWIN_STYLE[tone_style])
    repairs = bool(found & _TWIN_REPAIR)
    if not found & _TWIN_WORK:  # clean text: the one scan also told whether spacing changes it
        return (collapse_spaces(text) if found else text), repairs
    # the Python triage's first hit is an attention hit iff there is one anywhere
    # (no toned vowel is an attention character alone)
    return _normalize_found(text, tone_style, repairs), repairs


def normalize_telling_repairs(text: str, *, tone_style: str | None = "old") -> tuple[str, bool]:
    """:func:`normalize` (without VIQR) of ``text``, and :func:`wants_repair` of ``text``: one scan
    answers both where the C twin is built (the normalize step asks both of every document)."""
    require_str(text, "text")
    check_tone_style(tone_style)
    if _TWIN is None or len(text) > HUGE_LINE:
        return normalize(text, tone_style=tone_style), wants_repair(text)
    return _normalize_twin(text, tone_style)


def _normalize_python(text: str, tone_style: str | None) -> str:
    """:func:`_normalize` on the regexes alone: the reference the C twin is tested against."""
    hit = _TRIAGE[tone_style].search(text)
    beyond_bmp = _beyond_bmp(text)
    if hit is None and not beyond_bmp:  # clean text: one scan, then spacing
        return collapse_spaces(text)
    tones_only = hit is not None and hit.group("attention") is None and hit.group("in_context") is None
    # (tones_only implies hit is not None; said again for mypy, which does not follow the bool)
    repaired = beyond_bmp or not (tones_only and hit is not None and _ATTENTION.search(text, hit.start()) is None)
    return _normalize_found(text, tone_style, repaired)


def _normalize_found(text: str, tone_style: str | None, repaired: bool) -> str:
    """The rest of :func:`_normalize` once the triage found work: the repair steps
    if ``repaired`` (else spacing only), the tones, then settle."""
    before = text
    text = _repair(text) if repaired else collapse_spaces(text)
    if tone_style is not None:
        toned = restyle_tones(text, tone_style)
        # a moved mark may reveal work (a line the moved mark alone made no mojibake): judged again
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


def line_encodings(text: str, *, viqr: bool = False) -> list[str | None]:
    """The encoding :func:`normalize` repairs each line of ``text`` from, or None.

    "tcvn3", "vni", "viscii", "cp1258": a legacy encoding, decided with the
    whole text's evidence (the legacy step); "cp1252", "latin-1", "cp1252x2",
    ...: UTF-8 read as that code page, once or more (the encoding step). A line
    ftfy repairs (mojibake mixed with good text) or that needs no repair is None.
    "viqr" with ``viqr=True``, as :func:`normalize`.
    """
    require_str(text, "text")
    text = fix_line_breaks(text)
    if not viqr and not wants_repair(text):  # one scan: no line holds anything to repair
        return [None] * (text.count("\n") + 1)
    return read_line_encodings(text, viqr=viqr)


def read_line_encodings(text: str, *, viqr: bool = False) -> list[str | None]:
    """:func:`line_encodings` of a text with its line breaks fixed, read line by line (no shortcut)."""
    before = text.split("\n")
    if viqr:
        text = fix_viqr(text)
    from_viqr = [old != new for old, new in zip(before, text.split("\n"), strict=True)]
    lines = remove_hidden(to_nfc(text)).split("\n")
    found: list[str | None] = []
    for i, (line, decision) in enumerate(zip(lines, decide(lines), strict=True)):
        if from_viqr[i]:
            found.append(VIQR)
            continue
        if decision is not None and decision[0] in DECODERS:
            found.append(decision[0])
            continue
        misread = decode_misread(line) if looks_broken(line) else None
        found.append(misread[1] if misread is not None else None)
    return found


def explain(line: str, *, tone_style: str | None = "old", encoding: str | None = None) -> list[str]:
    """Names of the normalization steps that change ``line``, in order.

    ``encoding`` is the legacy encoding the line's document was found in (see
    :func:`line_encodings`): the legacy step then converts the line from it, as
    :func:`normalize` does with the evidence of the other lines.
    """
    require_str(line, "line")
    changed = []
    named = steps(tone_style)
    if encoding in DECODERS or encoding == VIQR:
        decode = decode_viqr if encoding == VIQR else DECODERS[encoding]
        named = tuple((name, (lambda t: fix_eth(decode(t))) if name == "legacy" else step) for name, step in named)
    for name, step in named:
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
