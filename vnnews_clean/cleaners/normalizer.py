"""Normalization as a pipeline step: every line it changes is recorded."""

from __future__ import annotations

from ..document import Document
from ..normalization import (
    broken_lines,
    explain,
    join_pieces,
    line_encodings,
    normalize,
    normalize_pieces,
    normalized_in_pieces,
    wants_repair,
)
from ..normalization import steps as normalize_steps
from ..normalization.core import HUGE_LINE, check_tone_style, normalize_telling_repairs
from ..normalization.legacy import detect_legacy_hint
from .base import Cleaner

MAX_NAMED = 10  # broken lines named in the warning; the rest are counted
# A document longer than this is normalized this many characters of lines at a time, when
# normalization is line-local on it (see NormalizeCleaner._apply_by_chunks).
CHUNK_CHARS = 1 << 20


class NormalizeCleaner(Cleaner):
    """Runs :func:`vnnews_clean.normalize` and records each edited line.

    ``detail`` names the normalization steps that changed the line
    ("encoding", "nfc", "tones", ...), the repair of a broken encoding with
    the encoding it was made from ("legacy:tcvn3", "encoding:cp1252": see
    :func:`vnnews_clean.normalization.line_encodings`). Changes of spacing alone are
    not recorded: they carry no text. A line that still looks broken afterwards
    is named in a warning. A line over ``HUGE_LINE`` characters is normalized,
    compared and explained piece by piece, never split into words whole.
    """

    name = "normalize"

    def __init__(self, tone_style: str | None = "old", *, viqr: bool = False) -> None:
        check_tone_style(tone_style)
        self.tone_style = tone_style
        self.viqr = viqr  # also convert VIQR lines ("Vie^.t Nam"): an opt-in (see normalize)

    def apply(self, doc: Document) -> None:
        lines = doc.lines
        if len(lines) > 1 and not self.viqr and sum(map(len, lines)) > CHUNK_CHARS and self._apply_by_chunks(doc):
            return
        huge = (
            {i for i, line in enumerate(lines) if normalized_in_pieces(line)}
            if max(map(len, lines), default=0) > HUGE_LINE  # one C pass rules out the common case
            else set()
        )
        # the other lines are normalized together (the huge ones stand in as "")
        before = ["" if i in huge else line for i, line in enumerate(lines)] if huge else list(lines)
        text = "\n".join(before)
        # whether anything was or is to repair (most news: only tones and spacing, if anything changed; the
        # scan that normalizes answers for the input); if not, no line is broken after normalizing, and none
        # was repaired from an encoding
        if self.viqr:
            normalized, repairs = normalize(text, tone_style=self.tone_style, viqr=True), True
        else:
            normalized, repairs = normalize_telling_repairs(text, tone_style=self.tone_style)
        repairs = repairs or (normalized != text and wants_repair(normalized))
        # huge lines stand in as "" here: they are never broken (see normalize.piecewise)
        if repairs:
            self._flag_broken(doc, broken_lines(normalized))
        if not huge and normalized == text:
            return  # already normal: no line to compare
        after = normalized.split("\n")
        if len(after) != len(before):  # cannot happen: normalize keeps lines
            raise AssertionError("normalize changed the number of lines")
        # decided over the whole text, as normalize did
        encodings = line_encodings(text, viqr=self.viqr) if repairs else [None] * len(before)
        for i, (old, new) in enumerate(zip(before, after, strict=True)):  # in order, so edits are recorded in order
            if i in huge:
                self._apply_huge(doc, i)
            elif old != new:
                if old.split() == new.split():
                    doc.set_text(i, new)
                else:
                    doc.edit(i, new, self.name, self._detail(old, encodings[i]))

    def _apply_by_chunks(self, doc: Document) -> bool:
        """A long document normalized about CHUNK_CHARS of lines at a time, so that memory stays
        near the document's own size (joined whole, each step of normalize made a copy of it).

        Only where that gives what the whole text would: no chunk holds anything to repair
        (``wants_repair``) nor a legacy hint before or after normalizing, the two decisions
        normalize takes for the whole text; what is left (spacing, tone marks) is each line's
        own. Else nothing is done and False returned, for the whole-text path.
        """
        lines = doc.lines
        if max(map(len, lines)) > HUGE_LINE:
            return False  # a huge line is normalized in pieces by the whole-text path
        changed: list[tuple[int, str]] = []
        broken: list[int] = []
        start = 0
        while start < len(lines):
            stop, size = start, 0
            while stop < len(lines) and (size < CHUNK_CHARS or stop == start):
                size += len(lines[stop]) + 1
                stop += 1
            text = "\n".join(lines[start:stop])
            if wants_repair(text) or detect_legacy_hint(text):
                return False
            normalized = normalize(text, tone_style=self.tone_style)
            if normalized != text:
                after = normalized.split("\n")
                if len(after) != stop - start or detect_legacy_hint(normalized):
                    return False
                changed += [(i, new) for i, new in enumerate(after, start) if new != lines[i]]
                broken += [start + i for i in broken_lines(normalized)]
            start = stop
        self._flag_broken(doc, broken)
        for i, new in changed:
            old = lines[i]
            if old.split() == new.split():
                doc.set_text(i, new)
            else:
                doc.edit(i, new, self.name, self._detail(old, None))
        return True

    def _detail(self, line: str, encoding: str | None) -> str:
        """The steps that changed ``line``; the one that repaired its encoding names it."""
        names = explain(line, tone_style=self.tone_style, encoding=encoding)
        if encoding is not None:
            names = [f"{name}:{encoding}" if name in ("legacy", "encoding") else name for name in names]
        return ",".join(names)

    @staticmethod
    def _flag_broken(doc: Document, indices: list[int]) -> None:
        """A warning naming the lines (by number in the input) that still look broken."""
        if indices:
            numbers = ", ".join(str(doc.numbers[i]) for i in indices[:MAX_NAMED])
            more = f" and {len(indices) - MAX_NAMED} more" if len(indices) > MAX_NAMED else ""
            doc.warn(f"{len(indices)} line(s) still look broken after repair (encoding): line {numbers}{more}")

    def _apply_huge(self, doc: Document, i: int) -> None:
        """Line ``i`` normalized piece by piece; only pieces whose words changed are explained."""
        pieces: list[str] = []
        changed: set[str] = set()
        for old, new in normalize_pieces(doc.lines[i], self.tone_style):
            pieces.append(new)
            if old != new and old.split() != new.split():
                changed.update(explain(old, tone_style=self.tone_style))
        new_line = join_pieces(pieces)
        del pieces
        if changed:
            order = [name for name, _ in normalize_steps(self.tone_style)]
            doc.edit(i, new_line, self.name, ",".join(sorted(changed, key=order.index)))
        else:
            doc.set_text(i, new_line)
