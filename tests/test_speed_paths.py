"""The fast paths of the cleaning hold to the slow ones they stand for (issue: clean() on cold caches).

Each shortcut either answers as the code it skips would (a gate that is only a necessary condition,
checked here against the full test) or is the old code written out (checked against that code, kept
here as the reference). Where a shortcut rests on a fact about characters, the fact is checked on
every code point.
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre_constants  # (tests only: to read what a pattern can open with)
from re import _parser as sre_parser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnnews_clean.cleaners import image_markers, inline, navigation
from vnnews_clean.cleaners.duplicates import DuplicateCleaner, _teasers
from vnnews_clean.cleaners.whitespace import WhitespaceCleaner
from vnnews_clean.document import Document
from vnnews_clean.lexicon import SHARE_TOKENS, SHARE_UNAMBIGUOUS
from vnnews_clean.lines import features, shapes
from vnnews_clean.lines.credits import CREDIT_TAIL_MAX_CHARS
from vnnews_clean.lines.dates import is_dateline
from vnnews_clean.normalization.syllable import place_tones

from .strategies import WORDS, headline, paragraph

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that reach the shortcuts' edges: Vietnamese words, every kind of space and break the
# shortcuts distinguish (single and double spaces, tabs, no-break and ideographic spaces, a lone
# space at either end), sentence ends, quotes, colons, brackets, digits, the footer's signs.
_PIECES = [
    *WORDS[:40],
    "Hà",
    "Nội",
    "Ảnh",
    "Tin",
    "Giấy",
    "phép",
    "GP-",
    "12/GP",
    "©",
    "(c)",
    "Copyright",
    "Tòa soạn:",
    "Theo",
    "TTXVN",
    "5/6/2024",
    "08:15",
    "hôm nay",
    ">>",
    "»",
    ">",
    "Xem thêm:",
    "minh họa",
    "hình",
    "(Ảnh: Minh Anh)",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\xa0",
    "\u3000",
    ".",
    "…",
    "?",
    "!",
    ":",
    ",",
    "-",
    "–",
    "|",
    ")",
    "(",
    '"',
    "”",
    "_",
    "7",
]
_piecewise = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join)
lines = st.one_of(_piecewise, headline(), paragraph(), st.text(min_size=1, max_size=60)).filter(bool)


# --- line_features: the cheap checks written out --------------------------------------------------


def reference_features(line: str) -> features.LineFeatures:
    """line_features as it was written before its checks were written out: each feature by its
    recognizer in shapes (and here), one call each."""
    words = line.count(" ") + 1
    exact = False
    if "  " in line or line[0] == " " or line[-1] == " ":
        words, exact = shapes.word_count(line), True
    end = shapes.ends_sentence(line)
    counted = exact or line.isprintable()
    letter = shapes.LETTER.search(line) is not None
    breaks = any(shapes._is_break(match) for match in shapes._SENTENCE_BREAK.finditer(line))
    if len(line) > shapes.HEADLINE_MAX_CHARS or line[-1] in ".;:,…":
        headline_ = False
    elif counted:
        headline_ = words <= shapes.HEADLINE_MAX_WORDS and letter and not breaks
    else:
        headline_ = shapes.is_headline(line)
    paragraph_ = not headline_ and (words >= 6 if counted else len(line.split()) > 5) and letter
    date = words <= 16 and is_dateline(line)
    footer = features._FOOTER_START.match(line) is not None or features.has_footer_terms(line)
    prose = (
        words >= features.PROSE_MIN_WORDS
        and not headline_
        and not date
        and not footer
        and (end or shapes.sentence_count(line) >= 2)
        and (features._surely_vietnamese(line) or features.syllable_share(line) >= features.PROSE_MIN_SYLLABLE_SHARE)
    )
    name = words <= 5 and shapes.is_name(line)
    return features.LineFeatures(
        words, end, headline_, paragraph_, date, name, footer, prose, joined=False, spaced=exact
    )


@SETTINGS
@given(lines)
def test_line_features_are_their_recognizers(line: str) -> None:
    assert features.line_features(line) == reference_features(line)


@SETTINGS
@given(lines)
def test_long_lines_features_are_their_recognizers(line: str) -> None:
    long = (line + " ") * (300 // len(line) + 1) + line  # past the headline's length: the six-words path
    assert features.line_features(long) == reference_features(long)


def test_a_letter_first_is_the_letter_looked_for() -> None:
    # line_features takes line[0].isalpha() for has_letter: an alphabetic character is a letter of LETTER
    assert all(shapes.LETTER.match(chr(c)) for c in range(sys.maxunicode + 1) if chr(c).isalpha())


@SETTINGS
@given(lines)
def test_a_sentence_break_needs_a_sentence_end(line: str) -> None:
    assert shapes.has_sentence_break(line) == any(
        shapes._is_break(match) for match in shapes._SENTENCE_BREAK.finditer(line)
    )


# --- line keys: the space collapse a printable line does not need --------------------------------


def test_printable_whitespace_is_the_space() -> None:
    space = re.compile(r"\s")
    assert all(chr(c) == " " for c in range(sys.maxunicode + 1) if chr(c).isprintable() and space.match(chr(c)))


@SETTINGS
@given(lines)
def test_a_line_key_is_the_folded_line(line: str) -> None:
    folded = re.sub(r"\s+", " ", line.strip(shapes._KEY_STRIP).casefold())
    assert shapes._fold(line) == place_tones(folded, "old")


# --- the footer's first characters ----------------------------------------------------------------


def _first_literals(items: list[tuple[object, object]]) -> set[int]:
    """The code points a parsed pattern can open with, when each alternative opens with a literal or
    a class of literals (else the test fails: the gate cannot be derived)."""
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return {av}  # type: ignore[arg-type]
    if op is sre_constants.IN:
        assert all(o is sre_constants.LITERAL for o, _ in av), av  # type: ignore[union-attr]
        return {a for _, a in av}  # type: ignore[union-attr, misc]
    if op is sre_constants.BRANCH:
        return set().union(*(_first_literals(alternative) for alternative in av[1]))  # type: ignore[index]
    if op is sre_constants.SUBPATTERN:
        return _first_literals(list(av[3]))  # type: ignore[index]
    raise AssertionError(f"the pattern opens with {op}: no first characters to derive")


def test_footer_first_characters_are_the_patterns() -> None:
    for pattern in (features._FOOTER_START, features._FOOTER_PREFIX):
        firsts = "".join(map(chr, _first_literals(list(sre_parser.parse(pattern.pattern, pattern.flags)))))
        any_case = re.compile(f"[{re.escape(firsts)}]", pattern.flags)
        opening = {chr(c) for c in range(sys.maxunicode + 1) if any_case.match(chr(c))}
        assert opening <= features.FOOTER_FIRST_CHARS


# --- navigation -----------------------------------------------------------------------------------


def test_alnum_pattern_is_isalnum() -> None:
    assert all((navigation._ALNUM.match(chr(c)) is not None) == chr(c).isalnum() for c in range(sys.maxunicode + 1))


def test_casefold_keeps_whitespace_where_it_was() -> None:
    # is_share_bar folds the first token alone: the folded line's first token is the same
    for c in range(sys.maxunicode + 1):
        char = chr(c)
        folded = char.casefold()
        assert char.isspace() == folded.isspace()
        assert char.isspace() or not any(x.isspace() for x in folded)


@SETTINGS
@given(lines)
def test_menu_words_are_the_split_of_its_separators(line: str) -> None:
    key = shapes.line_key(line)
    assert navigation._menu_words(key) == [w for w in re.split(r"[\s|/•·,>»›–—-]+", key) if w]


def reference_share_bar(line: str) -> bool:
    if len(line) > 120:
        return False
    tokens = line.casefold().split()
    return (
        0 < len(tokens) <= 12
        and SHARE_TOKENS.issuperset(tokens)
        and (
            not SHARE_UNAMBIGUOUS.isdisjoint(tokens)
            or (len(tokens) >= 2 and any(t.isalpha() and not features.is_syllable(t) for t in tokens))
        )
    )


@SETTINGS
@given(st.one_of(lines, st.lists(st.sampled_from([*sorted(SHARE_TOKENS), "Lưu", "Hà", " "]), max_size=6).map(" ".join)))
def test_share_bar_gate(line: str) -> None:
    assert navigation.is_share_bar(line) == reference_share_bar(line)


# --- per-line gates of the steps ------------------------------------------------------------------


@SETTINGS
@given(lines)
def test_inline_link_gates(line: str) -> None:
    if inline.is_inline_link(line):
        assert inline.may_be_inline_link(line)
    if inline.may_be_inline_link(line) or inline.is_link_marker(line):
        assert line[0] in inline._OPENERS or ":" in line or ">" in line


@SETTINGS
@given(lines)
def test_image_marker_gate(line: str) -> None:
    if image_markers.is_image_marker(line):
        # (a picture's numbered alt text, "<title> - Ảnh 2.", is told by its end: the image step asks it first)
        assert line[0] in image_markers.MARKER_FIRST_CHARS or line.isascii() or image_markers.is_numbered_alt(line)


def reference_may_be_credited(line: str) -> bool:
    # (a caption's label opens with "C" or "I": "Chú thích ảnh: …", "Image caption …", "Image copyright …")
    if line[:1] in "CcIi" or line.find(":", -CREDIT_TAIL_MAX_CHARS) >= 0:
        return True
    rest = line.rstrip()
    if rest.endswith(")"):
        return True
    if rest[-1:] == ".":
        rest = rest[:-1].rstrip()
    return rest.endswith((")", "ọa", "oạ", "hình"))


@SETTINGS
@given(st.one_of(lines, lines.map(lambda line: line + " minh họa ."), lines.map(lambda line: line + "hình\t.")))
def test_may_be_credited_is_its_old_test(line: str) -> None:
    assert image_markers.may_be_credited(line) == reference_may_be_credited(line)


# --- documents --------------------------------------------------------------------------------------


def reference_from_text(text: str) -> tuple[list[str], list[int]]:
    """Document.from_text's lines and numbers, folding every run of blank lines (the slow path)."""
    found_lines: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line or not found_lines or found_lines[-1]:
            found_lines.append(line)
            numbers.append(number)
    return found_lines, numbers


@SETTINGS
@given(st.lists(st.sampled_from(["", "", "a", "Hà Nội", " "]), max_size=12).map("\n".join))
def test_from_text_folds_as_the_slow_path(text: str) -> None:
    doc = Document.from_text(text)
    assert (doc.lines, doc.numbers) == reference_from_text(text)


@SETTINGS
@given(st.lists(st.one_of(paragraph(), headline(), st.sampled_from(["", "Theo TTXVN"])), max_size=12))
def test_teasers_of_a_document_printing_no_line_twice(texts: list[str]) -> None:
    doc = Document.from_text("\n".join(texts))
    view = doc.view()
    content = [i for i, line in enumerate(view.lines) if line]
    if len({view.lines[i] for i in content}) == len(content):
        found = view.structure.features
        full = DuplicateCleaner._repeats_and_teasers(view.lines, content, found)
        assert _teasers(view.lines, content, found) == full


@SETTINGS
@given(st.lists(st.one_of(paragraph(), headline()), min_size=1, max_size=8), st.data())
def test_teasers_and_their_leads(texts: list[str], data: st.DataObject) -> None:
    # a teaser is the start of the line after it: cut some lines short before their full print
    cut = [
        text[: data.draw(st.integers(1, len(text)))] + data.draw(st.sampled_from(["", "...", "…"])) for text in texts
    ]
    doc = Document.from_text("\n".join(line for pair in zip(cut, texts, strict=True) for line in pair))
    view = doc.view()
    content = [i for i, line in enumerate(view.lines) if line]
    if len({view.lines[i] for i in content}) == len(content):
        found = view.structure.features
        assert _teasers(view.lines, content, found) == DuplicateCleaner._repeats_and_teasers(view.lines, content, found)


# --- the whitespace step: the line facts say which lines have spaces to collapse ------------------


def _whitespace_of(lines: list[str], *, facts: bool, labelled: int | None) -> tuple[list[str], list[object]]:
    doc = Document(lines=list(lines), numbers=list(range(1, len(lines) + 1)))
    if facts:
        _ = doc.features  # read by a step before (in a pipeline: navigation)
    if labelled is not None and labelled < len(lines):
        doc.label(labelled, "menu", "navigation")  # a line an earlier step labelled keeps its label
    WhitespaceCleaner().apply(doc)
    return doc.lines, doc.labels


@SETTINGS
@given(
    st.lists(st.text(st.sampled_from("ab \t\xa0"), max_size=6), min_size=1, max_size=8),
    st.one_of(st.none(), st.integers(0, 7)),
)
def test_whitespace_reads_the_line_facts_as_the_lines(lines: list[str], labelled: int | None) -> None:
    assert _whitespace_of(lines, facts=True, labelled=labelled) == _whitespace_of(lines, facts=False, labelled=labelled)
