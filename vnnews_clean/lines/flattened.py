"""Pages flattened to one line: tell them apart, and cut the line into pieces a labeller can judge.

Many crawls store a page's text as one line (a CSV cell, a JSON string): the article's paragraphs,
headings, list items and captions joined by single spaces, with the page's UI strings, teasers and
source line glued on at either end. Line-based cleaning sees one huge line and can only keep or drop
it whole. :func:`split_flattened` cuts such a line back into sentence-sized pieces at the places the
text itself shows a boundary, so that each piece can be labelled like a line of an ordinary document.

Every piece is an exact substring of the line and the pieces cover all of its non-space text, in
order: the split only chooses *where* to cut, at runs of whitespace (or right after a full stop
glued to the next sentence, "này.Hai"), and never edits. A wrong cut
costs a line (a labeller may judge half a sentence), a missed cut only leaves two units merged, so
a cut is made only on evidence: sentence punctuation before a capital, a list marker that starts a
run of items, a numbered or step heading, an inline link marker, a credit that closes a caption, a
connective that opens a sentence glued on without punctuation, a label repeated through the page,
an agency tag that opens the lead, a quoted title, a wide gap. A capitalised word after a lower-case
one is not evidence on its own (names and institutions are capitalised: "của Bộ Y tế"); it is taken
only where a heading, a link title or a credit's name must end, and only for a word the text also
writes lower-case. Whether a document is flattened is decided by shape alone (:func:`is_flattened`).
Wording (connectives, step nouns, abbreviations, credit labels) is data in :mod:`vnnews_clean.lexicon`.

Measured by ``benchmarks/flattened.py`` (baomoi-500 joined into lines; the real-dev 24h pages).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from ..lexicon import (
    CREDIT_GIVEN,
    CREDIT_GIVEN_BY,
    CREDIT_MADE_BY_IN,
    FLAT_CONNECTIVES,
    FLAT_CREDIT_LABELS,
    FLAT_STEP_WORDS,
    GLUED_NAME_ABBREVIATIONS,
    INLINE_LINK_LABELS,
    INLINE_LINK_MARKERS,
    NAME_ABBREVIATIONS,
    NEWS_OUTLETS,
    PHOTO_AGENCIES,
    RELATED_HEADINGS,
)
from .credits import has_credit_tail
from .shapes import sentence_count

# Why a piece starts where it does. "sentence": after sentence punctuation (the same paragraph may
# go on); "chunk": a cut forced in a huge line; every other reason shows a new block of the page.
Opening = Literal[
    "start",
    "sentence",
    "gap",
    "list",
    "numbered",
    "step",
    "link",
    "label",
    "connective",
    "agency",
    "after_heading",
    "after_link",
    "after_credit",
    "after_date",
    "chunk",
]


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of a flattened line: ``line[start:end] == text``, and why it starts there."""

    text: str
    start: int
    end: int
    opens: Opening

    @property
    def paragraph_start(self) -> bool:
        """The text shows a new block here (heading, list item, gap...), not just a new sentence."""
        return self.opens not in ("sentence", "chunk")


# --- Shape thresholds -----------------------------------------------------------------------------
# A flattened line holds many paragraphs: ordinary paragraphs of real news (baomoi-500, real-dev,
# benchmarks/cases) stay under 1,700 characters, and the few longer ones are single paragraphs of
# fewer than 25 sentences. A flattened page of even a short article runs past 2,000 characters.
FLAT_MIN_CHARS = 2000
# ... and cuts into many pieces (sentences, items, headings): 24h recipe pages whose list items carry
# no punctuation have only 8 sentence breaks but 30 pieces.
FLAT_MIN_PIECES = 12
# The flattened line(s) carry nearly all of the document's text; what else there is (a title, a
# date, a source line, a lead kept apart) is short beside them.
FLAT_MIN_SHARE = 0.8
# A page flattened to one line is a page: tens of thousands of characters. A longer line is cut by no
# one (a book or a dump in one line stays a line: cutting it would cost memory per piece).
FLAT_MAX_CHARS = 200_000
# A shorter line is flattened too when a caption with its photo credit stands inside it, with text after
# it ("... lễ tang ở Tehran. Ảnh: Reuters Một người phụ nữ ..."): an ordinary paragraph holds no caption
# (none of the paragraphs of baomoi-500, the real sets, or the free real sources does). Not under this
# many characters: a caption and a sentence.
FLAT_CAPTIONED_MIN_CHARS = 300
_CREDIT_HINT = re.compile(r"(?i:ảnh|hình|photo)\s*:|\(\s*(?i:ảnh|hình|photo)|(?i:ảnh minh h)")
# Documents with more lines than this are laid out in lines, whatever one of them holds.
FLAT_MAX_LINES = 6
# Lines longer than this are cut in chunks of about this size (at a sentence end when one is near),
# so that the token lists of one chunk bound the memory a huge line costs.
CHUNK_CHARS = 200_000

# How far (in tokens) a heading, a link title or a credit's name may run before the text after it.
_HEADING_SPAN = 15
_LINK_SPAN = 30
_NAME_SPAN = 5
# How far apart (in tokens) the items of one list may start; how far an item is read to see whether
# it is only a name; how long a repeated label may be.
_LIST_REACH = 25
_ITEM_WORDS = 12
_LABEL_WORDS = 8
# An agency tag opens the lead within this many tokens of the start (a title, a date, a few UI words),
# and a tag in capitals is short: "ND", "NDĐT", "ANTD.VN".
_HEAD_TOKENS = 80
_TAG_CHARS = 12

_TOKEN = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_OPENERS = "\"'“‘«([*"
_CLOSERS = "\"'”’»)]"
_QUOTE_OPEN = "\"“‘«'"
_QUOTE_CLOSE = "\"”’»'"
_SENTENCE_END = ".!?…"
_AROUND_WORD = _OPENERS + _CLOSERS + ".,;:!?…"
_END_CHARS = frozenset(_SENTENCE_END + _CLOSERS)
_CLAUSE_END = ".!?…:;"
_WEAK_MARKERS = frozenset({"-", "–", "+", "*"})
_DASHES = ("-", "–", "—")
_STRONG_MARKERS = "•●▪◦■○♦✓✔"
# "»" also closes a quotation; "> >" is two tokens.
_LINK_MARKERS = tuple(marker for marker in INLINE_LINK_MARKERS if " " not in marker and marker != "»")
_LINK_MARKER_CHARS = "".join(_LINK_MARKERS)
_LINK_IN = re.compile("|".join(map(re.escape, _LINK_MARKERS)))
_ORDINAL = re.compile(r"(?:(\d{1,2})|([IVX]{1,4})|([a-h]))([.)])")
_STEP_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.:)]?")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_PUNCT_IN_WORD = re.compile(r"[.,;:!?()\[\]\"“”'‘’«»]")


class _Phrases:
    """Lexicon phrases, looked up by their first word (lower-case)."""

    def __init__(self, entries: tuple[str, ...]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(entry.split())
            self.by_first.setdefault(words[0], []).append(words)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)


_CONNECTIVES = _Phrases(FLAT_CONNECTIVES)
_STEP_WORDS = _Phrases(FLAT_STEP_WORDS)
_CREDIT_LABELS = _Phrases(FLAT_CREDIT_LABELS)
# "Video:"/"Clip:" are credits here (they close a caption), not labels of a link to another article.
_LINK_LABELS = _Phrases(tuple(label for label in INLINE_LINK_LABELS if label not in FLAT_CREDIT_LABELS))
# The headings of a related-news box ("Tin liên quan", "Đừng bỏ lỡ", "Đọc thêm") of two words or more.
_RELATED = _Phrases(tuple(sorted(heading for heading in RELATED_HEADINGS if " " in heading)))
# Names that end a credit whatever follows them: "Ảnh: Reuters Một người ...", "(Ảnh internet)",
# "Ảnh: Vnexpress Theo ...".
_AGENCIES = _Phrases(PHOTO_AGENCIES + tuple(sorted(NEWS_OUTLETS)))
# What opens a quotation: a name never holds one ("Ảnh: TNO "TP HCM muốn ..." ends at "TNO").
_QUOTE_OPENERS = '"“«'
# Credits that stand alone without a name: "Ảnh minh họa".
_BARE_CREDITS = frozenset(tuple(label.split()) for label in FLAT_CREDIT_LABELS if len(label.split()) > 2)

# The first words of all phrases, capitalised as a sentence or heading starts ("Bước", "BƯỚC"): a
# chunk finds the tokens that may start one with a set lookup, and each rule judges only those.
_FIRST_WORDS = frozenset(
    form
    for phrases in (_CONNECTIVES, _STEP_WORDS, _CREDIT_LABELS, _LINK_LABELS, _RELATED)
    for word in phrases.by_first
    for form in (word[:1].upper() + word[1:], word.upper())
)
_WIDE_GAP = re.compile(r"\s{2,}|\t")
# A date in brackets after a listed title: "(21/04/2010 02:40)", "(21/4/2010)", "(02:40 21/04)".
_BRACKET_DATE = re.compile(r"\((?:\d{1,2}:\d{2}\s)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s\d{1,2}:\d{2})?\)")
# Whether a stretch holds any list marker at all (most do not: the rule then costs one search).
_MARKER_IN = re.compile(rf"(?:^|\s)[-–+*](?:\s|$)|[{_STRONG_MARKERS}]")


# --- Token shapes ---------------------------------------------------------------------------------


def _head(token: str) -> str:
    """The token without the quotes and brackets that open it."""
    return token.lstrip(_OPENERS)


def _core(token: str) -> str:
    """The word itself: no quotes, brackets or punctuation around it."""
    return token.strip(_AROUND_WORD)


def _just_after(marks: list[int], k: int, span: int) -> bool:
    """One of the sorted token positions ``marks`` stands within ``span`` tokens before token ``k``."""
    at = bisect_left(marks, k - span)
    return at < len(marks) and marks[at] < k


def _starts_upper(token: str) -> bool:
    return _head(token)[:1].isupper()


def _starts_lower(token: str) -> bool:
    return _head(token)[:1].islower()


def _is_title(token: str) -> bool:
    """Capitalised word, not an all-capitals acronym: "Giò", "Thế"; not "HLV", "5"."""
    core = _core(token)
    return core[:1].isupper() and (len(core) == 1 or not core.isupper())


def _is_caps(token: str) -> bool:
    core = _core(token)
    return len(core) >= 2 and core.isupper()


def _ends_clause(token: str) -> bool:
    """Ends in punctuation that closes a sentence or introduces what follows (".", "?", ":", ";")."""
    last = token.rstrip(_CLOSERS)[-1:]
    return last != "" and last in _CLAUSE_END


def _ends_bare(token: str) -> bool:
    """Ends like a word inside running text: a letter, a digit or a closing quote; no punctuation."""
    last = token[-1]
    return last.isalnum() or last in "\"'”’»"


def _is_lower_word(token: str) -> bool:
    """A word written lower-case (or a number): what precedes a joined-on sentence, unlike a name."""
    head = _head(token)[:1]
    return (head.islower() or head.isdigit()) and _ends_bare(token)


def _clean_word(token: str) -> bool:
    """A word with no punctuation in or around it: the stuff of headings and labels."""
    return _PUNCT_IN_WORD.search(token) is None


# A full stop with no space after it, between a word and the next sentence: "... căng tin này.Hai cậu ...",
# "(Ảnh: NVCC).Kể từ ..." (crawls that join paragraphs with ""). Read as two tokens, so that the sentence
# rule judges the stop like any other. Only after a lower-case word of two letters or more or a closing
# bracket, and before a capitalised word of lower-case letters: not "T.Nhi", "TP.HCM", "B.1.1.7", "U.23",
# "VnExpress.net", nor in a firm's name ("Co.Opmart"); abbreviations the sentence rule knows ("Ths.Nguyễn")
# stay uncut there.
_GLUED_HINT = re.compile(r"(?:[^\W\d_]{2}|\))\.[^\W\d_]{2}")
_GLUED_ABBREVIATION_CHARS = max(map(len, GLUED_NAME_ABBREVIATIONS))


def _glued_stops(line: str, lo: int, hi: int) -> list[int]:
    """Positions in ``line`` right after a glued full stop (see ``_GLUED_HINT``), in order."""
    stops = []
    for match in _GLUED_HINT.finditer(line, lo, hi):
        stop = match.end() - 3
        if not (line[stop + 1].isupper() and line[stop + 2].islower()):
            continue
        if line[match.start()] != ")":
            if not line[stop - 1].islower():
                continue
            begin = stop
            while begin > max(lo, stop - _GLUED_ABBREVIATION_CHARS - 1) and line[begin - 1].isalpha():
                begin -= 1
            if line[begin:stop].casefold() in GLUED_NAME_ABBREVIATIONS:
                continue
        stops.append(stop + 1)
    return stops


def _split_glued(line: str, lo: int, hi: int, glued: list[int]) -> list[str]:
    """The tokens of ``line[lo:hi]``, each one that holds a glued stop cut after the stop."""
    out: list[str] = []
    cuts = iter(glued)
    cut = next(cuts, hi)
    for match in _TOKEN.finditer(line, lo, hi):
        begin = match.start()
        while cut < match.end():
            out.append(line[begin:cut])
            begin, cut = cut, next(cuts, hi)
        out.append(line[begin : match.end()])
    return out


def _token_starts(line: str, lo: int, hi: int, glued: list[int]) -> list[int]:
    """Where each token starts: at the start of each run of non-space, and at each glued stop."""
    starts = [match.start() for match in _TOKEN.finditer(line, lo, hi)]
    return sorted([*starts, *glued]) if glued else starts


# --- The splitter ---------------------------------------------------------------------------------


class _Chunk:
    """The tokens of one stretch of a line and the decisions about the gaps between them.

    ``opens[i]`` is why a piece starts at token ``i`` (``None``: no cut before it). ``keep_after``
    holds tokens no sentence cut may follow (the number of a heading: "1." in "1. Nhận biết");
    ``keep_before`` tokens no sentence cut may precede (a credit: ". Ảnh: X" closes its caption).
    Each rule collects its candidates in one pass over the tokens (a set lookup or a character
    test per token), then judges only those: the cost is a few list comprehensions per token.
    """

    def __init__(self, line: str, lo: int, hi: int) -> None:
        self.line, self.lo, self.hi = line, lo, hi
        self.text = text = line[lo:hi]
        glued = _glued_stops(line, lo, hi) if _GLUED_HINT.search(text) else []
        self.tokens = tokens = _split_glued(line, lo, hi, glued) if glued else text.split()
        self.cores = [token.strip(_AROUND_WORD) for token in tokens]
        self.opens: list[Opening | None] = [None] * len(tokens)
        self.keep_after: set[int] = set()
        self.keep_before: set[int] = set()
        self.headings: list[tuple[int, int, Opening]] = []  # (first token of the text, span, why)
        self._lower: Counter[str] | None = None
        self._in_names: Counter[str] = Counter()
        self._pairs: Counter[tuple[str, str]] | None = None
        self._labels: list[int] = []  # the credit labels' tokens, with the pairs
        self._first_words: list[int] | None = None
        # where each token starts: by arithmetic when one whitespace character separates every two
        # tokens (the usual flattened line), else by reading the text
        body = text.lstrip()
        self._base = lo + len(text) - len(body)
        self._offsets = list(accumulate(map(len, tokens), initial=0))
        self.spaced = bool(glued) or len(body.rstrip()) - self._offsets[-1] != max(len(tokens) - 1, 0)
        self._starts = _token_starts(line, lo, hi, glued) if self.spaced else []

    def start(self, i: int) -> int:
        return self._starts[i] if self.spaced else self._base + self._offsets[i] + i

    def end(self, i: int) -> int:
        return self.start(i) + len(self.tokens[i])

    # -- helpers

    def _cut(self, i: int, why: Opening) -> None:
        if 0 < i < len(self.tokens) and self.opens[i] is None:
            self.opens[i] = why

    def _firsts(self, phrases: _Phrases) -> Iterator[int]:
        """Tokens that may start one of ``phrases``: a capitalised first word of one."""
        if self._first_words is None:
            self._first_words = [i for i, core in enumerate(self.cores) if core in _FIRST_WORDS]
        cores, table = self.cores, phrases.by_first
        return (i for i in self._first_words if cores[i].casefold() in table)

    def _match(self, i: int, phrases: _Phrases) -> int:
        """Length in tokens of the capitalised lexicon phrase starting at token ``i`` (0: none).

        Only the last word may carry punctuation after it ("Thế nhưng,", "Ảnh:"); the first may
        open with a bracket or quote ("(Ảnh:").
        """
        tokens = self.tokens
        first = self.cores[i]
        if not first[:1].isupper():
            return 0
        for words in phrases.by_first.get(first.casefold(), ()):
            end = i + len(words)
            if end > len(tokens):
                continue
            inner = [_head(tokens[i]), *tokens[i + 1 : end - 1]] if len(words) > 1 else []
            if all(map(_clean_word, inner)) and all(
                core.casefold() == word for core, word in zip(self.cores[i:end], words, strict=True)
            ):
                return len(words)
        return 0

    def _has_colon(self, i: int, length: int) -> bool:
        """The phrase of ``length`` tokens at ``i`` ends in a colon ("Ảnh:", or "Ảnh :")."""
        last = i + length - 1
        if self.tokens[last].endswith(":"):
            return True
        return last + 1 < len(self.tokens) and self.tokens[last + 1] == ":"

    def _common_word(self, j: int) -> bool:
        """The capitalised token ``j`` is a common word, not part of a name: the text writes it
        lower-case more often than inside a run of capitalised words ("giò" and "Giò chả sạch ...");
        a name's words stay capitalised and stand together ("Việt Nam", however often "nam" occurs).
        Token ``j`` itself does not count: it is what is being judged."""
        if self._lower is None:
            self._lower, self._in_names = Counter(), Counter()
            cores = self.cores
            for k in range(len(cores)):
                if _starts_lower(self.tokens[k]):
                    self._lower[cores[k].casefold()] += 1
                elif self._in_name(k):
                    self._in_names[cores[k].casefold()] += 1
        word = self.cores[j].casefold()
        return self._lower[word] > self._in_names[word] - self._in_name(j)

    def _known_pair(self, j: int) -> bool:
        """Token ``j`` and the capitalised word before it stand together elsewhere in the text too:
        a name ("Ảnh: Thanh Hà Nội ..." where "Hà Nội" recurs), not a credit's name followed by a
        sentence's first word."""
        if self._pairs is None:
            cores = self.cores
            # (a pair right after a credit label does not count: "Ảnh: Military Today Xe …" under each picture
            # of a gallery is the same credit's name and a sentence's first word every time)
            self._labels = labels = sorted(i for i in self._firsts(_CREDIT_LABELS) if self._credit_at(i))
            self._pairs = Counter(
                (cores[k - 1], cores[k])
                for k in range(1, len(cores))
                if cores[k - 1][:1].isupper() and cores[k][:1].isupper() and not _just_after(labels, k - 1, _NAME_SPAN)
            )
        return self._pairs[(self.cores[j - 1], self.cores[j])] > 1

    def _pair_elsewhere(self, j: int) -> bool:
        """Token ``j`` and the capitalised word before it stand together at least once elsewhere in the
        text (outside the names after credit labels)."""
        self._known_pair(j)  # (counts the pairs)
        assert self._pairs is not None
        counted_here = not _just_after(self._labels, j - 1, _NAME_SPAN)
        return self._pairs[(self.cores[j - 1], self.cores[j])] > counted_here

    def _in_name(self, k: int) -> bool:
        """Token ``k`` is a capitalised word beside another capitalised one, in one phrase."""
        tokens = self.tokens
        if not _is_title(tokens[k]):
            return False
        before = k > 0 and _starts_upper(tokens[k - 1]) and not _ends_clause(tokens[k - 1])
        after = k + 1 < len(tokens) and _starts_upper(tokens[k + 1]) and not _ends_clause(tokens[k])
        return before or after

    def _opens_sentence(self, j: int) -> bool:
        """Token ``j`` starts a sentence joined on without punctuation: after a lower-case word, a
        capitalised word that is a connective, or a common word (written lower-case elsewhere)
        followed by a lower-case word ("... vị giác Giò chả sạch ..."); never a run of names."""
        tokens = self.tokens
        if j < 1 or j + 1 >= len(tokens) or not _is_lower_word(tokens[j - 1]) or not _is_title(tokens[j]):
            return False
        if self._match(j, _CONNECTIVES):
            return True
        return _starts_lower(tokens[j + 1]) and self._common_word(j)

    def _end_of_span(self, first: int, span: int, why: Opening) -> None:
        """Cut where the text after a heading, link title or the like starts, if the text shows it
        within ``span`` tokens; stop at punctuation (the ordinary rules cut there) or a quote left
        open (a title in quotes may hold capitalised words)."""
        tokens = self.tokens
        depth = 0
        for j in range(first, min(first + span, len(tokens))):
            if j > first and (self.opens[j] is not None or _ends_clause(tokens[j - 1])):
                return
            if depth == 0 and j > first and self._opens_sentence(j):
                self._cut(j, why)
                return
            token = tokens[j]
            if token[0] in _QUOTE_OPEN:
                depth += 1
            if token[-1] in _QUOTE_CLOSE and (len(token) > 1 or token[0] not in _QUOTE_OPEN):
                depth = max(0, depth - 1)

    # -- rules, in the order _split_chunk applies them

    def numbered(self) -> None:
        """Numbered headings and items ("1. Nhận biết ...", "II. ...", "b) ..."): cut before the number,
        never after it, when the numbers count up from the first (1, I, a) in the order of the text.
        Numbers that end sentences ("... cuối tháng 5. Chỉ số ... đầu tháng 6. Đồng thời") rarely
        start at 1 and run on in order; a number after a capitalised word belongs to it ("Điều 3.")."""
        tokens = self.tokens
        expected: dict[tuple[str, str], int] = {}
        chains: dict[tuple[str, str], list[int]] = {}
        numbers = [i for i, t in enumerate(tokens) if t[-1] in ".)" and len(t) <= 5 and _ORDINAL.fullmatch(t)]
        for i in numbers:
            if i + 1 >= len(tokens) or not _starts_upper(tokens[i + 1]):
                continue
            if i > 0:
                before = tokens[i - 1]
                if before in _WEAK_MARKERS or (_is_title(before) and not _ends_clause(before)):
                    continue  # "- 2. Lâm ..." (the marker cuts), "Điều 3. ..." (one heading)
            match = _ORDINAL.fullmatch(tokens[i])
            assert match is not None
            digits, roman, letter, mark = match.groups()
            if digits is not None:
                style, value, first = "digit", int(digits), 1
            elif roman is not None:
                style, value, first = "roman", _ROMAN.get(roman, 0), 1
            else:
                style, value, first = "letter", ord(letter), ord("a")
            key = (style, mark)
            if value == first:  # a list starts (or starts again)
                chains[key], expected[key] = [i], first + 1
            elif value == expected.get(key):
                chains[key].append(i)
                expected[key] += 1
            else:
                continue
            chain = chains[key]
            if len(chain) == 2:
                self._heading_number(chain[0], "numbered")
            if len(chain) >= 2:
                self._heading_number(i, "numbered")

    def _heading_number(self, i: int, why: Opening, heading: int | None = None) -> None:
        """Cut before the heading at ``heading`` (default ``i``), keep its number ``i`` with the words
        after it, and look for the end of those words."""
        if i not in self.keep_after:
            self._cut(i if heading is None else heading, why)
            self.keep_after.add(i)
            text = i + 1 + (i + 1 < len(self.tokens) and self.tokens[i + 1] == ":")
            self.headings.append((text, _HEADING_SPAN, "after_heading"))

    def steps(self) -> None:
        """Step and section headings: "Bước 1: Sơ chế", "Cách 2: ...", "Phần II. ..."."""
        tokens = self.tokens
        for i in self._firsts(_STEP_WORDS):
            length = self._match(i, _STEP_WORDS)
            number = i + length
            if not length or number + 1 >= len(tokens) or not _STEP_NUMBER.fullmatch(tokens[number]):
                continue
            mark = tokens[number][-1]
            colon = mark == ":" or tokens[number + 1] == ":"
            # "Điều 5." after a lower-case word is a reference ("theo Điều 5. Ông ..."), not a heading
            if not colon and not (mark in ".)" and (i == 0 or _ends_clause(tokens[i - 1]))):
                continue
            self._heading_number(number, "step", heading=i)

    def lists(self) -> None:
        """List items: a bullet always starts one. A dash or plus starts one only in a chain of
        items (the same marker again within a few words, three times, or twice after a clause end,
        or once after a colon: "Lưu ý: - Ngâm ..."), and not when every item is only a name: in
        running text a dash sets off an apposition ("Trần Du Lịch - Phó Đoàn ...") or a range
        ("BT19 - 5"), and joins names ("Hà Nội - Hải Phòng - Quảng Ninh")."""
        tokens = self.tokens
        chains: dict[str, list[list[int]]] = {}
        if not _MARKER_IN.search(self.text):
            return
        markers = [i for i, t in enumerate(tokens) if t in _WEAK_MARKERS or t[0] in _STRONG_MARKERS]
        for i in markers:
            token = tokens[i]
            if i == 0:
                continue
            if token[0] in _STRONG_MARKERS:
                if token[1:] or i + 1 < len(tokens):
                    self._cut(i, "list")
            elif token in _WEAK_MARKERS and i + 1 < len(tokens) and self._may_start_item(i):
                runs = chains.setdefault(token, [])
                if runs and i - runs[-1][-1] <= _LIST_REACH:
                    runs[-1].append(i)
                else:
                    runs.append([i])
        for runs in chains.values():
            # after a clause end (". - X", "; - X", "? + X") items may be long: two such make a list
            anchored = [i for run in runs for i in run if _ends_clause(tokens[i - 1])]
            for run in runs:
                first_anchored = _ends_clause(tokens[run[0] - 1])
                enough = len(run) >= 3 or (len(run) == 2 and first_anchored) or tokens[run[0] - 1].endswith(":")
                if enough and not all(self._names_only(i + 1) for i in run):
                    for i in run:
                        self._cut(i, "list")
            if len(anchored) >= 2:
                for i in anchored:
                    self._cut(i, "list")

    def _may_start_item(self, i: int) -> bool:
        """The weak marker at ``i`` may start an item: a capital or a number follows, and it does not
        follow a name or a tag ("Trần Du Lịch - Phó Đoàn", "(VOH) - Chiều qua"), nor join two
        numbers ("30 - 50%"), nor set off a credit ("... lo ngại - Ảnh: X")."""
        tokens = self.tokens
        before, item = tokens[i - 1], _head(tokens[i + 1])[:1]
        if not (item.isupper() or item.isdigit()) or self._credit_at(i + 1):
            return False
        if not _ends_clause(before) and (_starts_upper(before) or (before[0] == "(" and before[-1] == ")")):
            return False
        return not (item.isdigit() and before[-1].isdigit())

    def _names_only(self, first: int) -> bool:
        """The item starting at ``first`` is only capitalised words (a place or a person)."""
        tokens = self.tokens
        for j in range(first, min(first + _ITEM_WORDS, len(tokens))):
            token = tokens[j]
            if token in _WEAK_MARKERS or (j > first and _ends_clause(tokens[j - 1])):
                break
            if _starts_lower(token) or _head(token)[:1].isdigit():
                return False
        return True

    def links(self) -> None:
        """Inline links to other articles: ">> Title", "►Title", "Xem thêm: Title"; the text after
        the title starts where the text shows it."""
        tokens = self.tokens
        marked = [i for i, t in enumerate(tokens) if t.startswith(_LINK_MARKERS)] if _LINK_IN.search(self.text) else []
        for i in marked:
            glued = tokens[i].lstrip(_LINK_MARKER_CHARS)
            title = i if glued else i + 1
            if title >= len(tokens):
                continue
            words = glued or tokens[title]
            quoted = words[0] in _QUOTE_OPEN
            if _starts_upper(words) or (quoted and _head(words)[:1].isdigit()):  # ">> '20 năm qua ...'"
                self._cut(i, "link")
                if quoted and not glued:
                    self._after_quoted_title(title)
                self.headings.append((title, _LINK_SPAN, "after_link"))
        for i in self._firsts(_LINK_LABELS):
            length = self._match(i, _LINK_LABELS)
            if length and self._has_colon(i, length):
                self._cut(i, "link")
                self.headings.append((i + length, _LINK_SPAN, "after_link"))

    def _after_quoted_title(self, first: int) -> None:
        """A link's title in quotes ends at its closing quote, where a capital follows: ">> 'HLV ... bóng
        đá Việt' Và rồi khi ..." (the text the link was glued into goes on)."""
        tokens = self.tokens
        for j in range(first, min(first + _LINK_SPAN, len(tokens) - 1)):
            if tokens[j][-1] in _QUOTE_CLOSE and (j > first or len(tokens[j]) > 1):
                if _starts_upper(tokens[j + 1]):
                    self._cut(j + 1, "after_link")
                return
            if j > first and _ends_clause(tokens[j]):
                return  # the quote closes no title: a sentence ends first

    def related(self) -> None:
        """The heading of a related-news box the flattening joined on, a listed title after it: "... SONG MAI Tin
        liên quan Phán quyết của tòa ...", "... 17:55 Đừng bỏ lỡ Nobel Hòa bình ...". The heading is a piece of its
        own (the box's items are judged after it), when capitalised, with no punctuation after it and a capital
        next: "Mới nhất, Bộ Y tế ..." and "Đọc thêm sách ..." are sentences."""
        tokens = self.tokens
        for i in self._firsts(_RELATED):
            length = self._match(i, _RELATED)
            after = i + length
            if not length or after >= len(tokens) or not _starts_upper(tokens[after]):
                continue
            if tokens[after - 1][-1:] in _AROUND_WORD:
                continue  # "Đọc thêm:" is the link step's label; "Tin mới nhất," goes on as a sentence
            if i == 0 or _ends_bare(tokens[i - 1]) or tokens[i - 1].rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
                self._cut(i, "link")  # (after a comma it is a sentence's words)
                self._cut(after, "after_link")

    def labels(self) -> None:
        """A label the page repeats before different text: a capitalised word, lower-case words and
        a colon ("Cách làm bong bóng nhồi thịt: Luộc ...", "... : Tai heo ...", one per photo). Each
        copy starts a piece, even glued on. A paragraph printed twice repeats what follows its colon
        too, and a name ("Luật Thủ đô:") has more capitals: neither is a label."""
        tokens = self.tokens
        seen: defaultdict[str, list[int]] = defaultdict(list)
        following: defaultdict[str, set[str]] = defaultdict(set)
        found: list[tuple[str, int]] = []
        for c in [i for i, t in enumerate(tokens) if t[-1] == ":"]:
            token = tokens[c]
            if len(token) < 2 or not _clean_word(token[:-1]) or _is_title(token):
                continue
            for j in range(c - 1, max(-1, c - _LABEL_WORDS - 1), -1):
                word = tokens[j]
                if not _clean_word(word):
                    break
                if _is_title(word):
                    if j == 0 or not _starts_upper(tokens[j - 1]):  # "Luật Thủ đô:": a name, not a label
                        phrase = " ".join(tokens[j : c + 1])
                        seen[phrase].append(j)
                        following[phrase].add(tokens[c + 1] if c + 1 < len(tokens) else "")
                        found.append((phrase, j))
                    break
                if not _starts_lower(word):
                    break
        for phrase, j in found:
            if len(seen[phrase]) >= 2 and len(following[phrase]) >= 2 and j > 0 and _ends_bare(tokens[j - 1]):
                self._cut(j, "label")

    def _credit_at(self, i: int) -> int:
        """Length of a photo/video credit label with its colon at token ``i`` ("Ảnh:", "(Ảnh:"), or 0."""
        length = self._match(i, _CREDIT_LABELS)
        return length if length and self._has_colon(i, length) else 0

    def credits(self) -> None:
        """A credit closes its caption: no cut before it (". Ảnh: X" stays with the caption); the next
        sentence starts after the name ("Ảnh: Hiếu Lương HLV Park dẫn dắt ..."), or after the bracket
        of "(Ảnh: X)". "Ảnh minh họa" alone stands for an image: a piece of its own."""
        tokens = self.tokens
        for i in self._firsts(_CREDIT_LABELS):
            length = self._credit_at(i)
            if length:
                if self._in_heading(i):
                    # "4. Tôn trọng không gian sinh hoạt Ảnh: Shutterstock": the credit of the picture under a
                    # heading, which is no caption: the credit is a piece of its own, the heading stays
                    self._cut(i, "after_heading")
                else:
                    self.keep_before.add(i)
                name = i + length + (tokens[i + length - 1][-1:] != ":")
                if tokens[i].startswith("("):
                    self._after_bracket(name)
                else:
                    self._after_name(name)
                continue
            bare = self._match(i, _CREDIT_LABELS)
            if bare and tokens[i].startswith("(") and (self._given_by(i + bare) or self._agency_bracket(i + bare)):
                self.keep_before.add(i)  # "(Ảnh do nhân vật cung cấp)", "(Ảnh internet)" close their caption
                self._after_bracket(i + bare)
                continue
            words = tuple(core.casefold() for core in self.cores[i : i + bare])
            if bare and words in _BARE_CREDITS and i + bare < len(tokens) and _ends_bare(tokens[i + bare - 1]):
                if i > 0 and _ends_bare(tokens[i - 1]):
                    self._cut(i, "after_credit")
                if _starts_upper(tokens[i + bare]):
                    self._cut(i + bare, "after_credit")

    def made_by(self) -> None:
        """A credit saying who made the text or the pictures is a piece of its own: "… thành công khi
        chế biến! *Món ăn và hình ảnh do Fb Phạm Thanh Huệ thực hiện Thịt lợn là …" (the credit read
        by :func:`~vnnews_clean.lines.credits.read_credit`, and the next sentence starts after it)."""
        if f" {CREDIT_GIVEN_BY} " not in self.text:
            return
        tokens = self.tokens
        starts = [self.start(i) for i in range(len(tokens))]
        for match in CREDIT_MADE_BY_IN.finditer(self.line, self.lo, self.hi):
            first = bisect_left(starts, match.start())
            if first >= len(tokens) or starts[first] != match.start() or not match["what"][:1].isupper():
                continue
            after = bisect_left(starts, match.end())
            if after >= len(tokens) or self.end(after - 1) != match.end():
                continue  # the match ends inside a word
            if first and _ends_bare(tokens[first - 1]) and not _starts_upper(tokens[first - 1]):
                self._cut(first, "after_credit")  # (after a lower-case word: a credit glued on)
            if _starts_upper(tokens[after]):
                self._cut(after, "after_credit")

    def _in_heading(self, i: int) -> bool:
        """Token ``i`` is within the words of a numbered or step heading ("4. Tôn trọng …", "Bước 2: …"),
        no sentence end between."""
        tokens, opens = self.tokens, self.opens
        for j in range(i - 1, max(-1, i - _HEADING_SPAN - 2), -1):
            if opens[j] is not None:
                return opens[j] in ("numbered", "step")
            if _ends_clause(tokens[j]) and j not in self.keep_after:
                return False
        return False

    def _given_by(self, first: int) -> bool:
        """Tokens from ``first`` read "do <giver> cung cấp)", the giver a few words: a bracketed credit
        without a colon ("(Ảnh do gia đình cung cấp)")."""
        cores, tokens = self.cores, self.tokens
        if first >= len(tokens) or cores[first].casefold() != CREDIT_GIVEN_BY:
            return False
        size = len(CREDIT_GIVEN)
        for j in range(first + 2, min(first + 2 + _NAME_SPAN, len(tokens) - size + 1)):
            if tuple(core.casefold() for core in cores[j : j + size]) == CREDIT_GIVEN:
                return tokens[j + size - 1].endswith(")")
            if not _ends_bare(tokens[j]):
                return False
        return False

    def _agency(self, j: int) -> int:
        """Length in tokens of an agency's or outlet's name at token ``j``, in any case ("Reuters",
        "internet", "Getty Images"), or 0."""
        cores, tokens = self.cores, self.tokens
        for words in _AGENCIES.by_first.get(cores[j].casefold(), ()):
            end = j + len(words)
            if (
                end <= len(tokens)
                and all(core.casefold() == word for core, word in zip(cores[j:end], words, strict=True))
                and all(map(_ends_bare, tokens[j : end - 1]))
            ):
                return len(words)
        return 0

    def _agency_bracket(self, first: int) -> bool:
        """Tokens from ``first`` are an agency's name and the bracket's end: "(Ảnh internet)"."""
        if first >= len(self.tokens):
            return False
        length = self._agency(first)
        return bool(length) and self.tokens[first + length - 1].endswith(")")

    def _after_bracket(self, first: int) -> None:
        tokens = self.tokens
        for j in range(first, min(first + _NAME_SPAN + 1, len(tokens) - 1)):
            if tokens[j].endswith(")"):
                if _starts_upper(tokens[j + 1]):
                    self._cut(j + 1, "after_credit")
                return

    def _after_name(self, first: int) -> None:
        tokens = self.tokens
        if first >= len(tokens) or not (_is_title(tokens[first]) or _is_caps(tokens[first])):
            return
        agency = self._agency(first)
        after = first + agency
        if agency and after < len(tokens) and _ends_bare(tokens[after - 1]) and not _starts_lower(tokens[after]):
            self._cut(after, "after_credit")  # "Ảnh: Reuters Một người ...": an agency's name is the whole name
            return
        mixed = _is_title(tokens[first])
        capitals = not mixed  # the name so far in capitals: "Ảnh: GIA HÂN Chiều 17-3, ..." ends at "Chiều"
        name = first  # the first word of the name read (a comma list of names starts another)
        j = first + 1
        while j < min(name + 1 + _NAME_SPAN, len(tokens)):
            token, before = tokens[j], tokens[j - 1]
            if mixed and before[-1] == "," and _ends_bare(before[:-1]) and _is_title(token):
                name, j = j, j + 1  # "Ảnh: Hiếu Lương, Đức Đồng Vé ...": the next name of a list
                continue
            number = _head(token)[:1].isdigit() and not _ends_clause(token)  # (not "7." numbering what follows)
            if (_starts_lower(token) or number) and (_ends_bare(before) or before[-1] == ","):
                if mixed and j - 1 > name:
                    # "Ảnh: Đức Đồng Vé trận đấu ...", "Ảnh: Thanh Tùng Tại Đà Nẵng, ngay sau ...", "Ảnh: Thanh
                    # Tùng Hơn 23h, ...": a sentence opens with capitalised words, then lower case or a number; the
                    # name keeps a word at least (better a name's word in the sentence than the sentence in the
                    # caption)
                    self._cut(self._sentence_in_name(name, j - 1, before[-1] == ","), "after_credit")
                return
            if not _ends_bare(before):
                return  # the name ended in punctuation: the sentence rules cut
            if self._credit_at(j):
                self._cut(j, "after_credit")  # "Ảnh: Hoàng Giang Ảnh: Hoàng Giang ...": the next picture's credit
                return
            if token[0] in _QUOTE_OPENERS:
                self._cut(j, "after_credit")  # a quotation opens the next sentence
                return
            following_lower = j + 1 < len(tokens) and _starts_lower(tokens[j + 1])
            # a common word ends a short name only ("Ảnh: Đức Đồng Phải đến ..."): after three
            # capitalised words it may as well be a name's ("Ảnh: Reuters Liên Hiệp Quốc cho biết")
            evidence = self._match(j, _CONNECTIVES) or (
                following_lower and j - name <= 2 and self._common_word(j) and not self._known_pair(j)
            )
            if (_is_title(token) and (evidence or capitals)) or (_is_caps(token) and mixed):
                self._cut(j, "after_credit")
                return
            if not (_is_title(token) or _is_caps(token)):
                return
            mixed = mixed and _is_title(token)
            capitals = capitals and _is_caps(token)
            j += 1

    def _sentence_in_name(self, name: int, last: int, comma: bool) -> int:
        """Where the sentence starts in the capitalised words ``name`` .. ``last`` after a credit label,
        a lower-case word after them: at the last one ("Ảnh: Giang Huy Thất bại ..."), or earlier where
        the text pairs the words elsewhere too ("Ảnh: Gekisaka Việt Nam hiếm khi ...", "Việt Nam"
        recurring), or at the first common word (one the text writes lower-case: "Ảnh: Quỳnh Trần Đường
        Lê Duẩn hướng ra ..."). When a comma ends the words, they end a sentence's opening phrase, a
        place most often ("Tại Đà Nẵng, ngay sau ..."): the sentence starts after a name of two words."""
        start = min(name + 2, last) if comma else last
        while start - 1 > name and self._pair_elsewhere(start):
            start -= 1
        return next(
            (k for k in range(name + 1, start) if self._common_word(k) and not self._known_pair(k)),
            start,
        )

    def dated_titles(self) -> None:
        """A listed title with its date in brackets ends at the bracket: "Ôtô bí thư đảng ủy bị cài mìn
        (21/04/2010 02:40) Kết quả giám định ..." (a related list flattened with the page)."""
        tokens = self.tokens
        for i in [i for i, token in enumerate(tokens) if token[-1:] == ")" and token[-2:-1].isdigit()]:
            if i + 1 >= len(tokens) or not _starts_upper(tokens[i + 1]):
                continue
            opening = i if tokens[i][0] == "(" else i - 1
            if opening >= 0 and _BRACKET_DATE.fullmatch(" ".join(tokens[opening : i + 1])):
                self._cut(i + 1, "after_date")

    def agency_tags(self) -> None:
        """A news agency's tag and a dash open the lead, after the title: "... mãnh liệt (Bongda24h) -
        Dưới sự ...", "(Dân trí) - ", "(NLĐO)- ", "... vay vốn ND - Thực hiện ...", "NDĐT- Bắt đầu".
        Only the first such tag, near the start of the page, not a number (a site's name may hold
        digits: "Bongda24h", "24h"), and a tag in capitals only once in the text, after a lower-case
        word: further on "(TCĐLCL) - Bộ ..." spells out a name, "(SN 1981) - Chủ tịch ..." gives a
        birth year, and "... giữa VN - Thụy Điển" joins a pair."""
        tokens = self.tokens
        for i in range(1, min(_HEAD_TOKENS, len(tokens))):
            token = tokens[i]
            if token.startswith("("):
                j = next((k for k in range(i, min(i + 3, len(tokens))) if ")" in tokens[k]), None)
                if j is None:
                    continue
                tag = " ".join(tokens[i : j + 1])
                tag, tail = tag[1 : tag.index(")")], tokens[j][tokens[j].index(")") + 1 :]
            elif _is_caps(token) and len(token) <= _TAG_CHARS and _starts_lower(tokens[i - 1]):
                if not token.rstrip("-–—").replace(".", "").isalpha():
                    continue  # "29/2011/TT-BTC": a document's number
                j, tag, tail = i, token.rstrip("-–—"), token[len(token.rstrip("-–—")) :]
                if not tail and (j + 1 >= len(tokens) or tokens[j + 1] not in _DASHES):
                    continue
                if self.text.count(tag) > 1:
                    continue  # "VN - Thụy Điển", "USD - ...": an abbreviation the text uses again
            else:
                continue
            after = j + 1 if tail else j + 2
            if (tail or (tokens[j + 1] if j + 1 < len(tokens) else "")) not in _DASHES:
                continue
            if after < len(tokens) and _starts_upper(tokens[after]):
                words = tag.split()
                numbers = any(w.rstrip("'’").isdigit() or "(" in w for w in words)
                if words and tag[:1].isalnum() and not tag[:1].islower() and not numbers:
                    self._cut(i, "agency")
                return

    def quoted(self) -> None:
        """A piece that opens with a quotation and has a capital right after its close is a quoted
        title or pull quote, with the text after it joined on: "“Việt Nam khiến chúng tôi ngạc
        nhiên” Đó chính là ..." (a quotation inside a sentence follows words, not a cut)."""
        tokens = self.tokens
        for i in [0, *(k for k, why in enumerate(self.opens) if why is not None)]:
            if tokens[i][0] not in '“"':
                continue
            for j in range(i, min(i + _LINK_SPAN, len(tokens) - 1)):
                if j > i and self.opens[j] is not None:
                    break
                if tokens[j][-1] in '”"' and (j > i or len(tokens[j]) > 1):
                    if _starts_upper(tokens[j + 1]) and self.opens[j + 1] is None:
                        self._cut(j + 1, "after_heading")
                    break

    def sentences(self) -> None:
        """Sentence punctuation before a capital (or before a number after a word): ". X", "? X",
        "! X", "… X", also inside closing quotes ('." Bà'). Not after an abbreviation or an initial
        ("TS. Nguyễn", "TP. HCM", "Nguyễn V. Anh"), a heading's number, or before a credit."""
        tokens = self.tokens
        for last in [i for i, t in enumerate(tokens) if t[-1] in _END_CHARS]:
            i = last + 1
            if i >= len(tokens) or self.opens[i] is not None or i in self.keep_before or last in self.keep_after:
                continue
            before = tokens[last].rstrip(_CLOSERS)
            if not before or before[-1] not in _SENTENCE_END:
                continue
            head = _head(tokens[i])[:1]
            if head.isdigit():
                word = before.rstrip(_SENTENCE_END)
                if not word or not word[-1].isalpha():
                    continue  # "1. 2.", "3.5. 6": numbers, not a sentence end
            elif not head.isupper():
                continue
            if before.endswith(".") and not before.endswith("..") and self._abbreviation(last):
                continue
            self.opens[i] = "sentence"

    def _abbreviation(self, i: int) -> bool:
        """Token ``i`` ends in the period of an abbreviation ("TS.", "PGS.TS.", "TP.") or of an initial
        ("V." in "Nguyễn V. Anh"); a capital after a lower-case word ends a sentence ("châu Á.")."""
        word = self.tokens[i].rstrip(_CLOSERS)[:-1]
        last = _head(word.rsplit(".", 1)[-1])
        if last.casefold() in NAME_ABBREVIATIONS:
            return True
        initial = len(last) == 1 and last.isalpha() and last.isupper()
        return initial and not (last == word and i > 0 and _starts_lower(self.tokens[i - 1]))

    def connectives(self) -> None:
        """A capitalised connective right after a word ("... đã lưu Thế nhưng, ...") opens a sentence
        the flattening joined on without punctuation."""
        tokens = self.tokens
        for i in self._firsts(_CONNECTIVES):
            if i and self.opens[i] is None and _ends_bare(tokens[i - 1]) and self._match(i, _CONNECTIVES):
                self._cut(i, "connective")

    def after_headings(self) -> None:
        for first, span, why in self.headings:
            self._end_of_span(first, span, why)

    def gaps(self) -> None:
        """A wide gap (two spaces or more, a tab) before a capital or a bullet: the flattening joined
        two elements there (not before a number: "... ngày  23/10" is a stray space). A sentence cut
        at such a gap shows a new paragraph."""
        if not self.spaced:
            return
        tokens = self.tokens
        at_start = dict(zip(self._starts, range(len(tokens)), strict=True))
        for match in _WIDE_GAP.finditer(self.line, self.start(0), self.end(len(tokens) - 1)):
            i = at_start.get(match.end())
            if not i:
                continue
            joined = tokens[i - 1][-1] != "," and (_starts_upper(tokens[i]) or tokens[i][0] in _STRONG_MARKERS)
            if self.opens[i] == "sentence" or (self.opens[i] is None and joined):
                self.opens[i] = "gap"

    def pieces(self, first: Opening) -> Iterator[Piece]:
        tokens, line = self.tokens, self.line
        if not tokens:
            return
        begin, why = 0, first
        for i in range(1, len(tokens) + 1):
            if i < len(tokens) and self.opens[i] is None:
                continue
            start, end = self.start(begin), self.end(i - 1)
            yield Piece(line[start:end], start, end, why)
            if i < len(tokens):
                begin, why = i, self.opens[i] or "sentence"


def _split_chunk(line: str, lo: int, hi: int, first: Opening) -> Iterator[Piece]:
    chunk = _Chunk(line, lo, hi)
    if not chunk.tokens:
        return iter(())
    # structural cuts first: they decide where no sentence cut may go ("1." heads its heading)
    chunk.numbered()
    chunk.steps()
    chunk.lists()
    chunk.links()
    chunk.related()
    chunk.labels()
    chunk.credits()
    chunk.made_by()
    chunk.dated_titles()
    chunk.agency_tags()
    chunk.sentences()
    chunk.connectives()
    chunk.quoted()
    chunk.after_headings()
    chunk.gaps()
    return chunk.pieces(first)


def _chunk_ends(line: str) -> Iterator[int]:
    """Where to cut a huge line into stretches of about CHUNK_CHARS: at the last sentence end before
    the limit if there is one in its last tenth, else at the last space; a stretch with no space at
    all runs on to the next one."""
    lo = 0
    while len(line) - lo > CHUNK_CHARS:
        limit = lo + CHUNK_CHARS
        cut = line.rfind(". ", limit - CHUNK_CHARS // 10, limit)
        cut = cut + 1 if cut >= 0 else max(line.rfind(" ", lo, limit), line.rfind("\t", lo, limit))
        if cut <= lo:
            space = _SPACE.search(line, limit)
            if space is None:
                break
            cut = space.start()
        yield cut
        lo = cut
    yield len(line)


def flattened_pieces(line: str) -> list[Piece]:
    """The pieces of ``line`` with their positions and why each starts (see :class:`Piece`).

    Linear in the length of the line; a line longer than :data:`CHUNK_CHARS` is read in stretches
    of about that size, each cut at a sentence end where one is near.
    """
    pieces: list[Piece] = []
    lo = 0
    for hi in _chunk_ends(line):
        pieces.extend(_split_chunk(line, lo, hi, "chunk" if pieces else "start"))
        lo = hi
    return pieces


def split_flattened(line: str) -> list[str]:
    """Cut a flattened line into the pieces a labeller judges as lines: sentences, list items,
    headings, captions with their credit, inline links, UI strings where the text shows their end.

    Each piece is an exact substring of ``line``, in order, and together they hold all of its
    non-space text: ``" ".join(pieces)`` is ``line`` with its runs of whitespace collapsed (runs
    inside a piece stay as they are), and a space after each full stop glued to the next sentence.
    """
    return [piece.text for piece in flattened_pieces(line)]


def is_flattened(text: str) -> bool:
    """``text`` is a page flattened to one or a few very long lines, judged by shape alone.

    The long lines must each be long (:data:`FLAT_MIN_CHARS`) and cut into many pieces
    (:data:`FLAT_MIN_PIECES`: sentences, items, headings), and together hold most of the
    document's text (:data:`FLAT_MIN_SHARE`), in a document of few lines. An article laid out one
    paragraph per line fails on each count: its paragraphs are short, and none holds most of it.
    """
    lines = []
    for count, line in enumerate(_nonblank_lines(text)):
        if count >= FLAT_MAX_LINES:
            return False
        lines.append(line)
    total = sum(len(line) for line in lines)
    long_lines = [line for line in lines if len(line) >= FLAT_MIN_CHARS]
    if not long_lines or sum(map(len, long_lines)) < FLAT_MIN_SHARE * total:
        return False
    return all(_many_pieces(line) for line in long_lines)


def is_flattened_line(line: str) -> bool:
    """One line that holds a flattened page or body: long (:data:`FLAT_MIN_CHARS`) and cut into many
    pieces, or shorter with a caption inside it (:data:`FLAT_CAPTIONED_MIN_CHARS`). No paragraph of
    real news in the project's sets is one (they stay under 1,700 characters); a line longer than a
    page (:data:`FLAT_MAX_CHARS`: a book, a dump) is not cut."""
    if FLAT_MIN_CHARS <= len(line) <= FLAT_MAX_CHARS:
        return _many_pieces(line)
    return len(line) >= FLAT_CAPTIONED_MIN_CHARS and _holds_caption(line)


def _holds_caption(line: str) -> bool:
    """A piece before the last is a caption ending with its photo credit (:func:`.credits.has_credit_tail`,
    the caption step's recognizer): a caption inside the line, with text after it."""
    # cheap first, one scan at memory speed: the credit label as captions inside a text write it ("Ảnh:",
    # "(Ảnh ...)", "Ảnh minh họa"; "Hình:" and "Photo:" are rare there, and a line is cut by the rest anyway)
    if "Ảnh" not in line or _CREDIT_HINT.search(line) is None:
        return False
    pieces = flattened_pieces(line)
    return any(has_credit_tail(piece.text) for piece in pieces[:-1])


def _many_pieces(line: str) -> bool:
    """At least FLAT_MIN_PIECES pieces; counted cheaply from the sentence breaks when they suffice."""
    if sentence_count(line) >= FLAT_MIN_PIECES:
        return True
    return len(flattened_pieces(line)) >= FLAT_MIN_PIECES


def _nonblank_lines(text: str) -> Iterator[str]:
    """The stripped non-blank lines, one at a time (a document of millions of lines stops early)."""
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group().strip()
        if line:
            yield line
