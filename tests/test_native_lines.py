"""The C twin of line_features' character-level facts gives exactly what the Python code gives.

Every test here fails (never skips) when the twin is not built, unless
VNNEWS_CLEAN_PURE_PYTHON switches it off on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean._native import TWINS, load, pure_python
from vnnews_clean.lexicon import FOOTER_PREFIXES
from vnnews_clean.lines import features as S
from vnnews_clean.lines.shapes import (
    _CLOSERS,
    _SENTENCE_ENDS,
    ends_sentence,
    has_letter,
    has_sentence_break,
    sentence_count,
)

from .strategies import WORDS, headline, paragraph, sentence

DATA = Path(__file__).parent / "data"
ARGUMENTS = (_CLOSERS, _SENTENCE_ENDS, S._NOT_HEADLINE_ENDS, S._BREAK_STARTS)  # what structure passes


def twin() -> ModuleType:
    """The C twin; the test fails when it is not built (skips only when switched off on purpose)."""
    if pure_python():
        pytest.skip("VNNEWS_CLEAN_PURE_PYTHON is set: the Python twin runs on purpose")
    module = load("lines")
    if module is None:
        pytest.fail(f"{TWINS['lines']} is not built: run `python setup.py build_ext --inplace`")
    assert S._TWIN is module
    assert S.line_features is S._twin_line_features
    return module


def python_facts(line: str) -> tuple:
    """What the twin's facts() stands for, as the Python expressions of python_line_features."""
    try:
        start = line[:200]
        extra = len(start.encode()) - len(start)
    except UnicodeEncodeError:
        extra = -1
    return (
        line.count(" "),
        "  " in line or line[0] == " " or line[-1] == " ",
        line.isprintable(),
        ends_sentence(line),
        has_letter(line),
        line[-1] in S._NOT_HEADLINE_ENDS,
        extra,
        any(char in line for char in S._BREAK_STARTS) or any(char > "\uffff" for char in line),
    )


def outcome(features, line: str) -> object:
    """The features of ``line``, or the type of what it raised (a lone surrogate makes .encode() raise)."""
    try:
        return features(line)
    except UnicodeEncodeError as error:
        return type(error)


def assert_same(line: str) -> None:
    module = twin()
    assert module.facts(line, *ARGUMENTS) == python_facts(line), repr(line)
    fast, slow = outcome(S._twin_line_features, line), outcome(S.python_line_features, line)
    assert fast == slow, repr(line)
    if not isinstance(fast, type):
        assert type(fast) is S.LineFeatures and fast._fields == slow._fields


LEAD = (
    "Sáng 12/3, UBND TP Hà Nội tổ chức hội nghị triển khai kế hoạch phát triển kinh tế năm 2024, "
    "với sự tham dự của lãnh đạo các sở, ngành và quận, huyện."
)
HAND = [
    "a",
    " ",
    "  ",
    ".",
    "…",
    "”",
    "Tin mới",
    " Tin mới",
    "Tin mới ",
    "Tin  mới nhất hôm nay",
    "Tin\tmới\tnhất\thôm\tnay\tđây.",  # tabs: words by a split, not by spaces
    "a \t b \t c \t d.",
    "Hà\xa0Nội\xa0mưa\xa0to\xa0cả\xa0ngày\xa0hôm\xa0qua.",  # NBSP: not printable, and no " "
    "Một dòng\u2028hai dòng bên trong cùng một câu văn dài.",
    "Anh nói: “Tôi sẽ đến.”",
    "Anh nói: “Tôi sẽ đến”",
    "(Ảnh: TTXVN)",
    "\"')]”’»",  # closers only: no sentence end
    "Kết thúc bằng dấu chấm phẩy;",
    "Kết thúc bằng dấu phẩy,",
    "Chưa hết...",
    "Chưa hết…",
    "Sao vậy?",
    "12345",
    "___ ___",
    "© 2024 Báo Lao Động. Giấy phép số 123/GP-BTTTT cấp ngày 1/1/2020.",
    "Hotline: 0123 456 789",
    "Thứ hai, 12/3/2024 10:30 (GMT+7)",
    "Nguyễn Văn An",
    LEAD,
    LEAD + " " + LEAD + " " + LEAD,  # longer than the sample of 200 characters and the cache
    "Airlines Boeing Vietnam announced record profits for the quarter, said the chief executive today.",
    "Café crème brûlée naïve résumé über façade jalapeño piñata señor déjà vu.",  # Latin-1 only
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý " * 10,
    "Người dân 😀 vui mừng khi thấy trời đẹp hôm nay, cả nhà cùng đi chơi.",  # beyond the BMP
    "😀",
    "𝐀𝐁𝐂 𝟘𝟙",
    "Hà Nội \ud800 mưa to, người dân vui mừng khi thấy trời đẹp hôm nay ở đây.",  # a lone surrogate
    "Hà Nội mưa to, người dân vui mừng khi thấy trời đẹp hôm nay ở đây. Xong.\udfff",
    "\ud83d\ude00",  # a pair written as two code points: still raises in .encode()
    "x" * 199 + "\ud800",  # the last character of the sample
    "x " * 100 + "\ud800 mưa to, người dân vui mừng khi thấy trời đẹp hôm nay ở đây.",  # after the sample
    "\x00\x01\x7f\x80\x9f",
    "Dòng có ký tự điều khiển\x0b ở giữa và dài đủ tám từ để thành văn.",
    "İstanbul ΣΑΣ σας ǅ ǈ",
    "\u200bzero\u200bwidth\u200b",
    "ⅷ ① ² ٣ ໓",  # numerals that are letters or digits to sre
    "a_b c_d e_f",
]


def test_hand_cases() -> None:
    for line in HAND:
        assert_same(line)


def test_an_empty_line_raises_as_the_python_code() -> None:
    module = twin()
    with pytest.raises(IndexError):
        S.python_line_features("")
    with pytest.raises(IndexError):
        module.facts("", *ARGUMENTS)


def test_bad_arguments_raise() -> None:
    module = twin()
    with pytest.raises(TypeError):
        module.facts(b"abc", *ARGUMENTS)
    with pytest.raises(TypeError):
        module.facts("abc", *ARGUMENTS[:3])
    with pytest.raises(TypeError):
        module.facts("abc", None, *ARGUMENTS[1:])


@pytest.mark.parametrize("kind", ["x", "ư", "😀"])
def test_a_line_longer_than_the_block_of_2_20_characters(kind: str) -> None:
    """The twin sums in blocks of 2**20 characters: a "  " across a block's edge still counts."""
    block = 1 << 20
    line = kind * (block - 1) + "  " + kind + " ."
    assert_same(line)
    assert_same(kind * (block - 1) + " " + kind + " " + kind)
    assert_same(kind * block + " " + kind * block + "  ")


def test_the_character_sets_come_from_python() -> None:
    """The twin restates no set: other sets give other answers, as the Python expressions would."""
    module = twin()
    assert module.facts("Xong»", "", ".", "»", "")[3:6] == (False, True, True)
    assert module.facts("Xong.»", "»", ".", "", "")[3:6] == (True, True, False)
    assert module.facts("Xong.»", "", ".»", "", "")[3] is True
    assert module.facts("»»", "»", "»", "", "")[3] is False  # all closers: nothing left to end
    assert module.facts("a.b", "", "", "", "!.")[7] is True
    assert module.facts("a.b", "", "", "", "!…")[7] is False
    assert module.facts("ư😀", "", "", "", "x😀")[7] is True
    assert module.facts("ư😀", "", "", "", "x")[7] is True  # beyond the BMP: always maybe
    assert module.facts("ư.", "", "", "", "")[7] is False


def test_every_bmp_character() -> None:
    """Each BMP character (lone surrogates too) alone, inside a word, and ending a prose line."""
    twin()
    for code in range(0x10000):
        char = chr(code)
        for line in (
            char,
            f"Người{char}dân",
            f"Người dân Hà Nội vui mừng khi thấy trời đẹp hôm nay{char}",
            f"{char}{char} Tin mới",
        ):
            assert_same(line)


any_line = st.text(min_size=1, max_size=300)
vietnamese_line = st.one_of(
    headline(),
    sentence(),
    paragraph(),
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from([" ", "  ", "\t", "\xa0", ".", "…", "”", ",", ":", "?", "2024", "©", "Hotline:"]),
        ),
        min_size=1,
        max_size=60,
    ).map(" ".join),
)


@given(any_line)
def test_any_str(line: str) -> None:
    assert_same(line)


@given(vietnamese_line, st.sampled_from(["", " ", ".", "”", "\ud800", "😀", "\t"]))
def test_vietnamese_like_lines(line: str, end: str) -> None:
    assert_same(line + end)
    assert_same(end + line)


def test_every_line_of_the_corpus() -> None:
    twin()
    lines = [line for line in (DATA / "baomoi-500.txt").read_text(encoding="utf-8").splitlines() if line]
    assert len(lines) > 5000
    for line in lines:
        assert_same(line)


# --- the footer gate: the first characters a footer line can start with ---------------------

FOOTER_TAILS = [prefix[1:] for prefix in FOOTER_PREFIXES] + [
    # each label of lexicon.FOOTER_LABELS without its first letter, then its colon
    "ịa chỉ toà soạn:",
    "òa soạn:",
    "oà soạn :",
    "iên hệ quảng cáo:",
    "hịu trách nhiệm xuất bản:",
    "ổng biên tập:",
    "hó tổng biên tập:",
    "ơ quan chủ quản:",
]


def test_the_footer_gate_holds_every_character_a_footer_can_start_with() -> None:
    gate = S._FOOTER_FIRST
    assert gate is not None
    assert set("©®(cCbBgGtTđĐlLpP") <= gate and len(gate) < 40 and "x" not in gate
    for tail in FOOTER_TAILS:  # each tail is a footer after its own first letter
        assert any(S._FOOTER_START.match(first + tail) for first in gate), tail
    for code in range(0x10000):
        char = chr(code)
        if char not in gate:
            for tail in FOOTER_TAILS:
                assert S._FOOTER_START.match(char + tail) is None, (hex(code), tail)


def test_the_sentence_break_gate_holds_every_character_a_break_can_start_with() -> None:
    assert S._BREAK_STARTS == "!.?…"  # shapes._SENTENCE_BREAK, as sre parses it (sorted)
    for code in range(0x10000):
        char = chr(code)
        if char not in S._BREAK_STARTS:
            for line in (f"Xong{char} Ông", f"Xong{char}” Ông", f"Xong{char}\t(Ông"):
                assert not has_sentence_break(line) and sentence_count(line) == 1, hex(code)


def test_without_gates_the_twin_path_still_agrees(monkeypatch: pytest.MonkeyPatch) -> None:
    """When sre's parse gives no gate (its internals changed), every line runs the Python checks."""
    twin()
    monkeypatch.setattr(S, "_FOOTER_FIRST", None)
    monkeypatch.setattr(S, "_BREAK_STARTS", "")
    for line in HAND:
        assert outcome(S._twin_line_features, line) == outcome(S.python_line_features, line), line


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (re.compile("(?:ab|[x-z]c)+d"), set("axyz")),
        (re.compile("(?:ab|[x-z]c)+d", re.IGNORECASE), set("aAxyzXYZ")),
        (re.compile("k", re.IGNORECASE), {"k", "K", "\u212a"}),  # the Kelvin sign folds to "k"
        (re.compile("s|(?:i)", re.IGNORECASE), {"s", "S", "\u017f", "i", "I", "\u0130", "\u0131"}),
        (re.compile("[^a]"), {chr(code) for code in range(0x10000)} - {"a"}),
        (re.compile("."), {chr(code) for code in range(0x10000)} - {"\n"}),
    ],
)
def test_first_characters(pattern: re.Pattern[str], expected: set[str]) -> None:
    assert S.first_characters(pattern) == expected
    for char in map(chr, range(0x10000)):
        assert (pattern.match(char + "bcd") is not None or pattern.match(char) is not None) <= (char in expected)


@pytest.mark.parametrize("pattern", ["a?b", "(?=a)a", "^a", r"\ba", "(?i:a)b", "", "[a]*b", "(?:a|)b", "a{0,2}b"])
def test_no_first_characters_when_the_start_is_not_one_character(pattern: str) -> None:
    """An optional start, an assertion, a group with flags: no gate (every line is tried)."""
    assert S.first_characters(re.compile(pattern)) is None
