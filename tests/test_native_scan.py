"""The C twin of normalize's triage scan answers exactly what the regexes answer.

The twin is built in CI: every test here fails (never skips) when it is missing,
unless VNNEWS_CLEAN_PURE_PYTHON asks for the Python originals and it is not built.
"""

from __future__ import annotations

import importlib
import re
from array import array
from pathlib import Path
from types import ModuleType
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean._native import TWINS, pure_python
from vnnews_clean.normalization import collapse_spaces, triage
from vnnews_clean.normalization.syllable import JOIN, SUSPICIOUS

from .test_normalize import _all_syllables

normalization = importlib.import_module("vnnews_clean.normalization.core")  # where normalize runs its steps
DATA = Path(__file__).parent / "data"
STYLES = (None, "old", "new")


def _load() -> ModuleType | None:
    try:
        return triage.configured(importlib.import_module(TWINS["normalize"]))
    except ImportError:
        return None


_TWIN = _load()


@pytest.fixture(scope="module")
def twin() -> ModuleType:
    if _TWIN is None:
        if pure_python():
            pytest.skip("VNNEWS_CLEAN_PURE_PYTHON is set and the C twin is not built")
        pytest.fail(f"{TWINS['normalize']} is not built: setup.py build_ext --inplace (or pip install -e .)")
    return _TWIN


def expected(twin: ModuleType, text: str) -> dict[str | None, int]:
    """What the twin must answer in each style: the regexes' own answers, as its bits."""
    common = twin.FOUND_SPACING if collapse_spaces(text) != text else 0
    if triage.ATTENTION.search(text) is not None:
        common |= twin.FOUND_ATTENTION
    if triage.beyond_bmp(text):
        common |= twin.FOUND_BEYOND_BMP
    return {
        style: common | (twin.FOUND_TONE if style is not None and SUSPICIOUS[style].search(text) else 0)
        for style in STYLES
    }


def code(twin: ModuleType, style: str | None) -> int:
    return {None: twin.STYLE_NONE, "old": twin.STYLE_OLD, "new": twin.STYLE_NEW}[style]


def assert_same(twin: ModuleType, text: str) -> None:
    assert {style: twin.scan(text, code(twin, style)) for style in STYLES} == expected(twin, text), text


def test_a_letter_is_what_sre_calls_one_on_every_code_point(twin: ModuleType) -> None:
    everything = "".join(map(chr, range(0x110000)))
    letters = bytearray(0x110000)
    for run in re.finditer(r"[^\W\d_]+", everything):
        letters[run.start() : run.end()] = b"\x01" * (run.end() - run.start())
    assert bytes(map(twin.is_letter, range(0x110000))) == bytes(letters)


# What stands beside a syllable: nothing, a space, letters that change the rules
# (q, g, vowels, ơ before or after), a digit, "_", a letter of another script,
# an emoji, an attention character.
_CONTEXTS = ("{}", " {} ", "x{}", "{}x", "{}1", "{}_", "{}ơ", "a{}", "{}a", "q{}", "G{}", "u{}", "{}y", "{}Ж", "😀{}😀")
# other cases: rules name both cases of every letter, so alone and in a word is enough
_CASED = ((str.upper, ("{}", "X{}Y")), (str.title, ("{}", " {}a")))


def test_every_syllable_with_each_tone_on_each_vowel(twin: ModuleType) -> None:
    """Exhaustive over the model: the mark on each vowel (right in one style or both, or wrong),
    each case, alone and beside other characters."""
    checked = 0
    for word, onset, vowels, _ in _all_syllables():
        first = onset - 1 if word[:2] in ("qu", "gi") and onset == 2 else onset
        for tone in range(1, 6):
            for at in range(first, onset + len(vowels)):
                marked = word[:at] + JOIN[(word[at], tone)] + word[at + 1 :]
                for context in _CONTEXTS:
                    assert_same(twin, context.format(marked))
                for case, contexts in _CASED:
                    for context in contexts:
                        assert_same(twin, context.format(case(marked)))
                checked += 1
    assert checked > 30_000


# Rich in what the rules look at: plain, marked and toned vowels of both cases,
# q and g, coda starts, ơ and ư, attention characters, the leads of mojibake and
# entities, digits, "_", letters of other scripts, emoji.
_PIECES = [
    *"aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ",
    *"àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸìíỉĩịÌÍỈĨỊòóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤỳýỷỹỵỲÝỶỸỴ",
    *"ừứửữựỪỨỬỮỰờớởỡợỜỚỞỠỢầấẩẫậ",
    *"qQgGcmnptCMNPTkhx ",
    *"ÃÂ&#;\xa0\xa9\xbf€™–—\u0152\x85\r\x0c\u200b\ufffd\u0301\u2028ÄÅÆº»\xad",
    "&amp;",
    "&#12;",
    "&#x1F600;",
    "&" + "a" * 32 + ";",
    "&" + "a" * 33 + ";",
    *"019²_",
    *"ЖЯшαβ中文ไทย",
    "😀",
    "𝐀",
    "\U00010000",
    "\n",
    "  ",
    " \n ",
]
_RICH = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_RICH)
def test_random_text_rich_in_what_the_rules_look_at(twin: ModuleType, text: str) -> None:
    assert_same(twin, text)


@given(st.text())
def test_any_text(twin: ModuleType, text: str) -> None:
    assert_same(twin, text)


@given(st.text(alphabet=st.characters(max_codepoint=0xFF)))
def test_latin1_text(twin: ModuleType, text: str) -> None:
    """Strings of kind 1 take a loop of their own."""
    assert_same(twin, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "a ",
        " a",
        "a  b",
        "a \nb",
        "a\n b",
        "a\n\nb",
        "a \t b",
        "Ã©  ",
        " 😀",
        "hóa",
        "hoá",
        "Ã©",  # kind 1, mojibake
        "NGÃ BA",  # kind 1, no mojibake
        "Ã",
        "&",
        "&amp",
        "&#;",
        "x&#12;",
        "hòa😀",  # kind 4, a misplaced tone (new style) and beyond the BMP
        "😀",
        "😀\u200b",
        "lựơng" * 3 + "😀",
        "qúy",
        "gìa",
        "thuý",
        "thủy",
        "khoẻ",
        "khỏe",
    ],
)
def test_chosen_texts_of_each_kind(twin: ModuleType, text: str) -> None:
    assert_same(twin, text)


def test_the_baomoi_corpus_line_by_line_and_whole(twin: ModuleType) -> None:
    text = (DATA / "baomoi-500.txt").read_text(encoding="utf-8")
    assert_same(twin, text)
    for line in text.split("\n"):
        assert_same(twin, line)
    # the corpus has each kind of hit (it is in the old style): the comparison is not all zeros
    lines = text.split("\n")
    assert {twin.scan(line, twin.STYLE_NEW) for line in lines} >= {0, twin.FOUND_ATTENTION, twin.FOUND_TONE}


@given(_RICH)
def test_the_python_triage_decides_what_the_twin_bits_decide(twin: ModuleType, text: str) -> None:
    """The reasoning behind the twin: no hit and nothing beyond the BMP iff no bit;
    the repair steps iff attention or beyond the BMP, whatever the first hit was."""
    for style in STYLES:
        hit = triage.TRIAGE[style].search(text)
        beyond = triage.beyond_bmp(text)
        found = twin.scan(text, code(twin, style)) & ~twin.FOUND_SPACING
        assert (hit is None and not beyond) == (found == 0)
        if hit is not None:
            tones_only = hit.group("attention") is None and hit.group("in_context") is None
            repaired = beyond or not (tones_only and triage.ATTENTION.search(text, hit.start()) is None)
            assert repaired == bool(found & (twin.FOUND_ATTENTION | twin.FOUND_BEYOND_BMP))


@given(text=st.one_of(_RICH, st.text()), style=st.sampled_from(STYLES))
def test_normalize_is_the_same_on_the_twin_and_on_the_regexes(twin: ModuleType, text: str, style: str | None) -> None:
    on = {
        "_TWIN": twin,
        "_TWIN_STYLE": {None: twin.STYLE_NONE, "old": twin.STYLE_OLD, "new": twin.STYLE_NEW},
        "_TWIN_REPAIR": twin.FOUND_ATTENTION | twin.FOUND_BEYOND_BMP,
        "_TWIN_WORK": twin.FOUND_ATTENTION | twin.FOUND_BEYOND_BMP | twin.FOUND_TONE,
    }
    with mock.patch.multiple(normalization, **on, create=True):  # whatever the environment said at import
        on_twin = (normalization._normalize(text, style), normalization.normalize(text, tone_style=style))
    with mock.patch.object(normalization, "_TWIN", None):  # settle asks it too
        on_regexes = (normalization._normalize_python(text, style), normalization.normalize(text, tone_style=style))
    assert on_twin == on_regexes


def test_the_twin_refuses_what_is_not_a_str(twin: ModuleType) -> None:
    for bad in (b"hoa", None, 1, ["hòa"]):
        with pytest.raises(TypeError):
            twin.scan(bad, twin.STYLE_OLD)
    with pytest.raises(ValueError, match="style"):
        twin.scan("hòa", 3)
    with pytest.raises(TypeError):
        twin.scan("hòa")


def test_the_twin_takes_only_a_whole_table(twin: ModuleType) -> None:
    with pytest.raises(ValueError, match="bytes"):
        twin.configure(b"\x00" * 100)
    with pytest.raises(TypeError):
        twin.configure("not a buffer")
    assert twin.scan("hoà", twin.STYLE_OLD) == twin.FOUND_TONE  # the table it had is kept


def test_the_table_holds_each_class_as_sre_reads_it(twin: ModuleType) -> None:
    table = array("I", triage.build_table(twin.FLAGS))
    bmp = "".join(map(chr, range(0x10000)))
    for name, members in triage.table_classes().items():
        bit = twin.FLAGS[name]
        assert {code for code in range(0x10000) if table[code] & bit} == {
            hit.start() for hit in re.finditer(f"[{members}]", bmp)
        }, name


def test_the_table_knows_every_class_the_twin_names(twin: ModuleType) -> None:
    assert set(triage.table_classes()) == set(twin.FLAGS)
    assert len(set(twin.FLAGS.values())) == len(twin.FLAGS)
    with pytest.raises(RuntimeError, match="disagree"):
        triage.build_table({**twin.FLAGS, "extra": 1 << 30})
