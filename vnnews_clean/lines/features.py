"""The shape of a whole article: per-line features computed once, and its zones.

Cleaners used to re-derive the same facts about a line (how many words, does
it end a sentence, is it a date) each in its own pass. :func:`structure_of`
computes them once per version of a document, and finds the zones every news
page has:

- head: before the first prose paragraph (menus, breadcrumbs, datelines, the title);
- body: from the first to the last prose paragraph (the article);
- tail: after the last prose paragraph (bylines, credits, listings, footers).

A *prose* line is body text by its shape alone: long enough, sentence
punctuation, and mostly valid Vietnamese syllables (menus of English labels
and code residue are not prose even when long).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple, Protocol, TypeVar

from .._native import load
from ..lexicon import FOOTER_LABELS, FOOTER_LICENCE, FOOTER_PREFIXES, FOOTER_TERMS
from ..normalization.syllable import SPLIT, parse
from . import zones
from .credits import is_name_credit, is_strong_credit
from .dates import DATELINE_MAX_CHARS, is_dateline
from .shapes import (
    CLOSERS,
    HEADLINE_MAX_CHARS,
    HEADLINE_MAX_WORDS,
    LETTER,
    NAME_MAX_CHARS,
    SENTENCE_BREAK_MARKS,
    SENTENCE_ENDS,
    has_sentence_break,
    is_headline,
    is_name,
    more_words_than,
    runs_on,
    sentence_count,
    word_count,
)
from .zones import Gap

PROSE_MIN_WORDS = 8
PROSE_MIN_SYLLABLE_SHARE = 0.5
_SAMPLE_WORDS = 24  # the syllable share of a long line is judged on its start

_WORD = re.compile(r"[^\W\d_]+")
_UNTONE = str.maketrans({toned: base for toned, (base, _tone) in SPLIT.items()})


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """``word`` (letters only) is one written Vietnamese syllable: "người", "khuỷu"; not "Airlines"."""
    if len(word) > 7:
        return False
    lower = unicodedata.normalize("NFC", word).lower().translate(_UNTONE)
    return parse(lower) is not None


# Vietnamese prose is full of letters outside ASCII (toned vowels, ă â ê ô ơ ư đ),
# each two or three bytes in UTF-8; this many extra bytes in a line's first
# 200 characters, or this share of its characters, make it Vietnamese without
# parsing a word (a cheap check first). A line of English with a few accented
# names falls short of both and is judged word by word.
_SURELY_VIETNAMESE_EXTRA_BYTES = 24
_SURELY_VIETNAMESE_EXTRA_SHARE = 0.2
_SURELY_VIETNAMESE_SAMPLE_CHARS = 200
_SURELY_VIETNAMESE_HALF_CHARS = _SURELY_VIETNAMESE_SAMPLE_CHARS // 2


def _surely_vietnamese(line: str) -> bool:
    start = line[:_SURELY_VIETNAMESE_SAMPLE_CHARS]
    extra = len(start.encode()) - len(start)
    return extra >= _SURELY_VIETNAMESE_EXTRA_BYTES or extra >= _SURELY_VIETNAMESE_EXTRA_SHARE * len(start)


def syllable_share(line: str) -> float:
    """Share of the words of ``line`` (its first few dozen) that are Vietnamese syllables."""
    words = _WORD.findall(line, 0, 400)[:_SAMPLE_WORDS]
    if not words:
        return 0.0
    return sum(map(is_syllable, words)) / len(words)


def is_vietnamese(line: str) -> bool:
    """``line`` is written in Vietnamese (as prose must be): many letters outside ASCII, or most
    of its words Vietnamese syllables."""
    return _surely_vietnamese(line) or syllable_share(line) >= PROSE_MIN_SYLLABLE_SHARE


# A copyright sign, a lexicon prefix or a licence with its number: a footer wherever it stands.
_FOOTER_NOTICE = ["[©®]", *map(re.escape, FOOTER_PREFIXES), FOOTER_LICENCE.pattern]
_FOOTER_PREFIX = re.compile("|".join(_FOOTER_NOTICE), re.IGNORECASE)
# One anchored scan for every footer start: those, and a contact label ("Tòa soạn: ...").
_FOOTER_START = re.compile("|".join([*_FOOTER_NOTICE, FOOTER_LABELS.pattern.removeprefix("^")]), re.IGNORECASE)
# What those can open with, in either case ("©", "(c)", "copyright", "giấy phép", "bản quyền", "tòa soạn", "địa chỉ",
# "liên hệ", "phó tổng biên tập" ...): any other first character is no footer's, told without the regex trying
# each of its twenty alternatives (tests/test_speed_paths.py derives the set from the patterns and checks it).
FOOTER_FIRST_CHARS = frozenset("©®(bcglptđBCGLPTĐ")


def starts_footer(line: str, *, labels: bool = True) -> bool:
    """``line`` opens as the site's footer does: a copyright sign or a footer prefix, a licence with
    its number, and (with ``labels``) a footer label with its colon ("Tòa soạn: ...")."""
    return line[:1] in FOOTER_FIRST_CHARS and (_FOOTER_START if labels else _FOOTER_PREFIX).match(line) is not None


def is_footer_line(line: str) -> bool:
    """The site's copyright, licence or contact line (the one recognizer; ``LineFeatures.footer``):
    it opens as a footer (:func:`starts_footer`), or holds two footer terms ("Điện thoại: ..., Fax:
    ...", which alone is as often a place's contact line in a travel guide: only after the article)."""
    return starts_footer(line) or has_footer_terms(line)


# Footer terms as labels ("Điện thoại: ...", "Email: ..."): read in the few characters before each colon (the
# longest term and its spaces), so a line costs what its colons do; in a sentence the same words are the
# article's ("nhập địa chỉ email của bạn", "số điện thoại, ..."). A licence's number ("Giấy phép số 12/GP-…")
# counts as its term.
_LABEL_TERMS = tuple(term.strip() for term in FOOTER_TERMS if term != "©")
_LABEL_REACH = max(map(len, _LABEL_TERMS)) + 3
_LICENCE_NUMBER = re.compile(r"\d\s*/\s*GP|GP-")


def has_footer_terms(line: str) -> bool:
    """Two of the footer's terms in one line, each as a label or a licence number ("Giấy phép số ...
    Tổng biên tập: ...", "Điện thoại: ..., Fax: ..."). Only a line with a label's colon or a copyright
    sign is looked at (a cheap gate)."""
    colon = line.find(":")
    copyright = "©" in line
    if colon < 0 and not copyright:
        return False
    seen: set[str] = set()
    while colon >= 0:
        before = line[max(0, colon - _LABEL_REACH) : colon].rstrip().casefold()
        if before.endswith(_LABEL_TERMS):  # one C call for the common answer: no term here
            unseen = next((term for term in _LABEL_TERMS if before.endswith(term) and term not in seen), None)
            if unseen is not None:
                seen.add(unseen)
        colon = line.find(":", colon + 1)
    if "giấy phép" not in seen and "GP" in line and _LICENCE_NUMBER.search(line) is not None:
        seen.add("giấy phép")
    return copyright + len(seen) >= FOOTER_TERMS_MIN


FOOTER_TERMS_MIN = 2


class LineFeatures(NamedTuple):
    """What a cleaner needs to know about one non-blank line (a tuple: cheap to make, shared by cache)."""

    words: int
    sentence_end: bool
    headline: bool  # shapes.is_headline
    paragraph: bool  # shapes.is_paragraph (the same value)
    date: bool  # a dateline: dates.is_dateline
    name: bool  # shapes.is_name
    footer: bool  # copyright, licence or contact line of the site (lexicon prefixes and labels)
    prose: bool  # article text by shape (see the module docstring); never a footer
    joined: bool  # a piece of a paragraph broken mid-sentence whose whole is prose (broken_paragraphs)
    spaced: bool = False  # two spaces in a row, or a space at either end: spaces to collapse (the words counted)


# A line ending in one of these is no headline (shapes.is_headline).
_NOT_HEADLINE_ENDS = ".;:,…"
# A dateline has at most this many words (a sentence with a date has more); a name, this many.
DATELINE_MAX_WORDS = 16
NAME_MAX_WORDS = 5


def line_features(line: str) -> LineFeatures:
    """The features of one non-blank line.

    Each is what its recognizer in :mod:`.shapes` (or here) says, some of them written out: this runs
    once on every line a corpus holds, and a call costs as much as a cheap check (tests hold the
    two to each other)."""
    words = line.count(" ") + 1
    exact = False  # words counted as str.split would
    if line[0] == " " or line[-1] == " " or "  " in line:
        words, exact = word_count(line), True
    # shapes.ends_sentence
    last = line[-1]
    if last in CLOSERS:
        last = line.rstrip(CLOSERS)[-1:]
    end = last != "" and last in SENTENCE_ENDS
    letter = line[0].isalpha() or LETTER.search(line) is not None  # shapes.has_letter (a letter is one)
    # `words` is exact when the line has no whitespace but single spaces (printable); a line with other
    # whitespace (a tab) is counted again, without a split. As shapes.is_headline and (more than five
    # words) shapes.is_paragraph, so cleaners can read them instead.
    if len(line) <= HEADLINE_MAX_CHARS and line[-1] not in _NOT_HEADLINE_ENDS:
        counted = exact or line.isprintable()
        headline = (
            words <= HEADLINE_MAX_WORDS and letter and not has_sentence_break(line) if counted else is_headline(line)
        )
        six = words >= 6 if counted else more_words_than(line, 5)
    else:  # (no headline: the paragraph's words are told without reading a long line whole)
        headline = False
        if exact:
            six = words >= 6
        elif words < 6:
            six = not line.isprintable() and more_words_than(line, 5)
        else:
            # six pieces between single spaces, each with a character that is no whitespace, are six words
            # (a printable line's always are: its only whitespace is the space; one scan, no copies); else
            # they are counted
            six = line.isprintable() or not any(map(str.isspace, line.split(" ", 5))) or more_words_than(line, 5)
    paragraph = not headline and six and letter
    date = words <= DATELINE_MAX_WORDS and is_dateline(line)
    # is_footer_line, with the cheap gate of its terms first: a label's colon or a copyright sign
    footer = (line[0] in FOOTER_FIRST_CHARS and _FOOTER_START.match(line) is not None) or (
        (":" in line or "©" in line) and has_footer_terms(line)
    )
    prose = False
    if words >= PROSE_MIN_WORDS and not headline and not date and not footer and (end or sentence_count(line) >= 2):
        # _surely_vietnamese, then the words' test; the extra bytes of the sample's first half first (as many
        # or fewer than the whole sample's: most Vietnamese lines have enough there, and encoding costs per
        # character)
        half = line[:_SURELY_VIETNAMESE_HALF_CHARS]
        prose = len(half.encode()) - len(half) >= _SURELY_VIETNAMESE_EXTRA_BYTES
        if not prose:
            start = line[:_SURELY_VIETNAMESE_SAMPLE_CHARS]
            extra = len(start.encode()) - len(start)
            prose = (
                extra >= _SURELY_VIETNAMESE_EXTRA_BYTES
                or extra >= _SURELY_VIETNAMESE_EXTRA_SHARE * len(start)
                or syllable_share(line) >= PROSE_MIN_SYLLABLE_SHARE
            )
    name = words <= NAME_MAX_WORDS and is_name(line)
    return _make_features(LineFeatures, (words, end, headline, paragraph, date, name, footer, prose, False, exact))


_make_features = tuple.__new__  # LineFeatures(...) without its Python-level __new__: the same tuple


def _twin_line_features() -> Callable[[str], LineFeatures]:
    """line_features, or its C twin (``_features.c``; the same tuple, the common line read in C, any other
    by :func:`line_features`) configured with the recognizers and constants it asks and compares with."""
    twin = load("features")
    if twin is None:
        return line_features
    twin.configure(
        (
            LineFeatures,
            line_features,
            has_sentence_break,
            is_dateline,
            _FOOTER_START.match,
            has_footer_terms,
            sentence_count,
            syllable_share,
        ),
        (CLOSERS, SENTENCE_ENDS, _NOT_HEADLINE_ENDS, "".join(sorted(FOOTER_FIRST_CHARS)), SENTENCE_BREAK_MARKS),
        (
            HEADLINE_MAX_WORDS,
            HEADLINE_MAX_CHARS,
            DATELINE_MAX_WORDS,
            DATELINE_MAX_CHARS,
            PROSE_MIN_WORDS,
            NAME_MAX_WORDS,
            NAME_MAX_CHARS,
            _SURELY_VIETNAMESE_EXTRA_BYTES,
            _SURELY_VIETNAMESE_SAMPLE_CHARS,
        ),
        (_SURELY_VIETNAMESE_EXTRA_SHARE, PROSE_MIN_SYLLABLE_SHARE),
    )
    return twin.line_features  # type: ignore[no-any-return]


# what features_of and features_list call: the twin where it is built
fast_line_features = _twin_line_features()
_cached_features = lru_cache(maxsize=32768)(fast_line_features)


# Longer lines are rarely repeated and would keep big strings alive in the cache.
CACHED_LINE_MAX_CHARS = 400


def features_of(line: str) -> LineFeatures:
    """Features of one line (cached by text: the same line recurs across cleaners and documents)."""
    return _cached_features(line) if len(line) <= CACHED_LINE_MAX_CHARS else fast_line_features(line)


_Reading = TypeVar("_Reading")
_Reading_co = TypeVar("_Reading_co", covariant=True)


class JudgedByText(Protocol[_Reading_co]):
    """What :func:`cached_by_text` gives: the judge, ``features`` optional (a short line's are its own)."""

    def __call__(self, line: str, features: LineFeatures | None = None, /) -> _Reading_co: ...


def cached_by_text(
    judge: Callable[[str, LineFeatures | None], _Reading], maxsize: int = 16384
) -> JudgedByText[_Reading]:
    """``judge(line, features)`` of a line with its own features, cached by the line's text for
    the lines whose features are cached (both then depend on the text alone: a site's furniture
    recurs across its pages, and several steps ask the same of a line). A longer line is judged
    each time, with the features given. The result has ``cache_clear``, like lru_cache's."""

    @lru_cache(maxsize=maxsize)
    def by_text(line: str) -> _Reading:
        return judge(line, _cached_features(line))

    def read(line: str, features: LineFeatures | None = None) -> _Reading:
        return by_text(line) if len(line) <= CACHED_LINE_MAX_CHARS else judge(line, features)

    read.cache_clear = by_text.cache_clear  # type: ignore[attr-defined]
    read.__doc__ = judge.__doc__
    return read


class Structure:
    """Features of every line of one version of a document, and its zones.

    The zones are found when first asked for: each drop or edit makes a new
    structure (features carried over), and most are replaced by the next
    before any cleaner reads their zones.
    """

    __slots__ = ("_closed", "_end", "_gaps", "_opening", "_start", "features", "lines")

    def __init__(
        self,
        lines: list[str],
        features: tuple[LineFeatures | None, ...],
        gaps: Sequence[Gap] | Callable[[], Sequence[Gap]] | None = None,
    ) -> None:
        self.lines = lines
        self.features = features  # None for blank lines
        # gaps[i]: (label, text) of what other steps labelled between lines i - 1 and i (a View's lines);
        # given as a function, found when first read
        self._gaps = gaps
        self._start: int | bool | None = False  # False: not looked for yet
        self._opening: int | None = None
        self._end: int | bool | None = False
        self._closed = False

    @property
    def gaps(self) -> Sequence[Gap] | None:
        gaps = self._gaps
        if callable(gaps):
            gaps = self._gaps = gaps()
        return gaps

    @property
    def body_start(self) -> int | None:
        """Index of the first prose line (the head ends there: cheap, unlike the body's end)."""
        start = self._start
        if start is False:
            features = self.features
            opening = self.opening
            start = self._start = next(
                (i for i, f in enumerate(features) if f is not None and f.prose and i > opening), None
            )
        return start  # type: ignore[return-value]

    @property
    def opening(self) -> int:
        """The page's title as a markdown dump prints it, "# Title", when the article follows it (what stands
        above is chrome: :func:`zones.page_heading`), or -1."""
        opening = self._opening
        if opening is None:
            opening = self._opening = zones.page_heading(self.lines, self.features)
        return opening

    @property
    def body_end(self) -> int | None:
        """Index of the last prose line of the body."""
        end = self._end
        if end is False:
            if self.body_start is None:
                end = self._end = None
            else:
                end, self._closed = zones.body_end(
                    self.lines,
                    self.features,
                    self.gaps,
                    credit=is_strong_credit,
                    name=is_name_credit,
                    after=self.opening,
                    opens_footer=starts_footer,
                )
                self._end = end
        return end  # type: ignore[return-value]

    @property
    def body_closed(self) -> bool:
        """A closing barrier follows the body (a footer, comments, another story): the tail is
        surely not the article's."""
        _ = self.body_end
        return self._closed

    def zone(self, index: int) -> str:
        """ "head", "body" or "tail" (a document without prose is all head)."""
        body_start, body_end = self.body_start, self.body_end
        if body_start is None or body_end is None or index < body_start:
            return "head"
        return "body" if index <= body_end else "tail"

    def edited(self, index: int, found: LineFeatures | None) -> Structure:
        """The structure after line ``index`` of :attr:`lines` was changed in place; ``found``: the new
        line's features (the document's, computed once by the edit)."""
        features = list(self.features)
        features[index] = found
        return Structure(self.lines, tuple(features), self._gaps)

    def first_paragraph(self) -> int | None:
        """Index of the lead: the first paragraph-shaped line (the first line shapes.is_paragraph accepts)."""
        return next((i for i, f in enumerate(self.features) if f is not None and f.paragraph), None)

    def in_tail(self, index: int) -> bool:
        body_end = self.body_end
        return body_end is not None and index > body_end


def features_list(lines: list[str]) -> list[LineFeatures | None]:
    """The features of every line (None for a blank one); the pieces of a paragraph broken mid-sentence
    read as the paragraph does (:func:`broken_paragraphs`)."""
    cached = _cached_features  # features_of, inlined: this runs on every line of every document
    features = [
        (cached(line) if len(line) <= CACHED_LINE_MAX_CHARS else fast_line_features(line)) if line else None
        for line in lines
    ]
    for first, end in broken_paragraphs(lines):
        if fast_line_features(" ".join(lines[first:end])).prose:
            for i in range(first, end):
                here = features[i]
                assert here is not None
                features[i] = as_piece(here)
    return features


def as_piece(features: LineFeatures) -> LineFeatures:
    """The features of a piece of a prose paragraph broken over lines: no headline, name or date, whatever
    its own shape."""
    return features._replace(headline=False, paragraph=True, date=False, name=False, prose=True, joined=True)


# A line that goes on on the next has this many words at least: a wrapped line is long, and a short label
# ("Ảnh minh họa", "Xem thêm") over a line in lower case is no piece of a sentence.
BROKEN_LINE_MIN_WORDS = 4


def broken_paragraphs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The runs ``lines[first:end]`` of two lines or more that are one paragraph broken mid-sentence, as
    a dump that kept a page's line breaks or text wrapped at a width has them ("... những thực trạng" /
    "bất cập đang tồn tại."): each line but the last runs on into the next (:func:`shapes.runs_on`: no
    sentence or clause end, the next opens with a lower-case letter, no blank line between) and has a few words
    at least (a label, "Ảnh minh họa", does not run on into the text under it)."""
    runs: list[tuple[int, int]] = []
    # (a line opening in lower case is rare: most documents cost this one pass)
    starts = [i for i in range(1, len(lines)) if lines[i][:1].islower()]
    first = end = -1
    for i in starts:
        before = lines[i - 1]
        if not runs_on(before, lines[i]):
            continue
        if before.count(" ") < BROKEN_LINE_MIN_WORDS - 1:
            continue
        if i != end:  # the line before does not close the current run: a new run
            if end - first >= 2:
                runs.append((first, end))
            first = i - 1
        end = i + 1
    if end - first >= 2:
        runs.append((first, end))
    return runs


def build_structure(lines: list[str]) -> Structure:
    return Structure(lines, tuple(features_list(lines)))
