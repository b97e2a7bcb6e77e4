"""The C twin of line_features answers exactly what the Python answers, on any line.

The twin is built in CI: every test here fails (never skips) when it is missing,
unless VNNEWS_CLEAN_PURE_PYTHON asks for the Python original.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean._native import TWINS, pure_python
from vnnews_clean.lines import features, shapes
from vnnews_clean.normalization import normalize

from .test_speed_paths import _PIECES, SETTINGS, lines

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SHARED = Path(os.environ.get("VNNEWS_SHARED", ROOT.parent / "shared"))
REAL_DEV = SHARED / "eval" / "real-dev"


@pytest.fixture(scope="module")
def twin() -> ModuleType:
    if features.fast_line_features is features.line_features:
        if pure_python():
            pytest.skip("VNNEWS_CLEAN_PURE_PYTHON is set: the Python original runs on purpose")
        pytest.fail(f"{TWINS['features']} is not built: setup.py build_ext --inplace (or pip install -e .)")
    return importlib.import_module(TWINS["features"])


def answer(function, line: str):  # type: ignore[no-untyped-def]
    """What ``function(line)`` gives, or the type of what it raises."""
    try:
        return function(line)
    except Exception as error:  # (an error is an answer to compare too)
        return type(error)


def assert_same(twin: ModuleType, line: str) -> None:
    expected, got = answer(features.line_features, line), answer(twin.line_features, line)
    assert got == expected, line
    assert type(got) is type(expected), line


def test_features_of_runs_on_the_twin(twin: ModuleType) -> None:
    assert features.fast_line_features is twin.line_features
    line = "Người dân Hà Nội vui mừng đón năm mới, nhiều nơi tổ chức bắn pháo hoa."
    assert features.features_of(line) == features.line_features(line)
    assert features.features_list([line, "", line])[0] == features.line_features(line)


@SETTINGS
@given(lines)
def test_the_twin_gives_the_features(twin: ModuleType, line: str) -> None:
    assert_same(twin, line)


@SETTINGS
@given(lines)
def test_the_twin_gives_a_long_lines_features(twin: ModuleType, line: str) -> None:
    long = (line + " ") * (300 // len(line) + 1) + line  # past the headline's and the sample's length
    assert_same(twin, long)


# Words and signs that each recognizer the twin asks or restates looks at: dates and times, a footer's
# words and signs, capitalised names, sentence ends inside closers, letters that are no ASCII.
_SHAPED = [
    *_PIECES,
    "Thứ Hai,",
    "28/4/2011",
    "23:58",
    "GMT+7",
    "3 giờ trước",
    "Cập nhật:",
    "Điện thoại:",
    "Fax:",
    "Email:",
    "Tổng biên tập:",
    "Nguyễn",
    "Văn",
    "An",
    "Lê",
    "Ông",
    "Bà",
    '."',
    "?»",
    "!)",
    ".]",
    "…”",
    "²",
    "½",
    "٣",
    "_",
    "Ω",
    "日本",
    "😀",
    "\u200b",
    "\x7f",
    "\x85",
]
_shaped = st.lists(st.sampled_from(_SHAPED), min_size=1, max_size=30).map(" ".join)


@SETTINGS
@given(st.one_of(_shaped, st.lists(st.sampled_from(_SHAPED), min_size=1, max_size=12).map("".join)))
def test_the_twin_gives_the_features_of_shaped_lines(twin: ModuleType, line: str) -> None:
    assert_same(twin, line)


@SETTINGS
@given(st.text(min_size=0, max_size=300))
def test_the_twin_gives_the_features_of_any_text(twin: ModuleType, line: str) -> None:
    assert_same(twin, line)


def test_odd_lines_get_the_python_answer(twin: ModuleType) -> None:
    """The lines the twin hands to the Python: an empty one (IndexError), a lone surrogate (not printable; the
    Python's encode raises on a long one), a str subclass, spaces to collapse, tabs."""

    class Line(str):
        pass

    prose = "Người dân Hà Nội vui mừng đón năm mới, nhiều nơi tổ chức bắn pháo hoa. Thành phố rực rỡ."
    for line in ("", "\ud800", prose + "\ud800", "\ud800" + prose, Line(prose), " " + prose, prose + "  x", "a\tb"):
        assert_same(twin, line)
    assert answer(features.line_features, "") is IndexError
    assert answer(features.line_features, "\ud800" + prose) is UnicodeEncodeError


def test_the_edges_of_the_surely_vietnamese_sample(twin: ModuleType) -> None:
    """A line whose start holds exactly the share of extra UTF-8 bytes that makes it Vietnamese (20 in 100
    characters, no syllable among its words), one byte short, and the byte counts around the half sample's
    and the whole sample's thresholds."""
    exactly = " ".join(["Wééxxxxxx"] * 10) + "."
    assert len(exactly) == 100 and len(exactly.encode()) == 120 and features.syllable_share(exactly) == 0
    assert features.line_features(exactly).prose
    assert not features.line_features(exactly.replace("é", "e", 1)).prose
    for line in (exactly, exactly.replace("é", "e", 1), exactly + " Xxxxxxxxxx" * 10 + "."):
        assert_same(twin, line)
    for wide in ("đ", "ạ", "😀"):  # one, two and three bytes more than a character in UTF-8
        for extra in range(6, 28):
            for at in (0, *range(170, 206)):
                line = ("x" * at + wide * extra + " Shopping" * 30)[:400] + "."
                assert_same(twin, line)
                assert_same(twin, line.replace("x", "Ww ", 20))


def test_every_character_of_the_bmp_alone_and_in_a_line(twin: ModuleType) -> None:
    """The twin's table of each character's kind (space, letter, printable, colon, sentence mark) is the
    Python's reading of it."""
    for code in range(0x10000):
        char = chr(code)
        for line in (char, f"Ông {char}Văn An", f"Hôm nay{char} trời mưa to ở Hà Nội, nhiều tuyến phố ngập."):
            assert_same(twin, line)


_ARTICLE = re.compile(r"<title>\n?(.*?)\n?</title>\s*<content>\n?(.*?)\n?</content>", re.S)


def _real_texts() -> list[str]:
    text = (DATA / "baomoi-500.txt").read_text(encoding="utf-8")
    texts = [f"{title.strip()}\n{content.strip()}" for title, content in _ARTICLE.findall(text)]
    if REAL_DEV.is_dir():  # read where it lies (never copied into the project)
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(REAL_DEV.glob("*input*"))]
    return texts


def test_the_twin_gives_the_features_of_every_real_line(twin: ModuleType) -> None:
    """Every line of baomoi-500 and of the real inputs (../shared/eval/real-dev, when present), as read and
    as normalized."""
    seen = set()
    for text in _real_texts():
        for version in (text, normalize(text)):
            seen.update(version.split("\n"))
    assert len(seen) > 5000
    for line in seen:
        assert_same(twin, line)


def test_configure_checks_everything_before_it_keeps_anything(twin: ModuleType) -> None:
    line = "Nguyễn Văn An"
    before = twin.line_features(line)
    with pytest.raises(TypeError):
        twin.configure((), (), (), ())
    with pytest.raises(TypeError):
        twin.configure((features.LineFeatures, *[len] * 6, "not callable"), ("",) * 5, (0,) * 9, (0.0, 0.0))
    with pytest.raises(ValueError):
        twin.configure((features.LineFeatures, *[len] * 7), ("x" * 65,) * 5, (0,) * 9, (0.0, 0.0))
    assert twin.line_features(line) == before


def test_what_a_recognizer_raises_comes_through(twin: ModuleType) -> None:
    """An error in a recognizer the twin asks is raised by the twin, as by the Python (no answer made up)."""

    class Refused(Exception):
        pass

    def refuse(line: str) -> bool:
        raise Refused(line)

    hooks, *rest = _configuration()
    asking = [  # a line that makes the twin ask each recognizer (hooks[2:], in configure's order)
        "Ông A. Bà B",  # has_sentence_break
        "Thứ Hai, 28/4/2011",  # is_dateline
        "Giấy phép số 12",  # the footer's start
        "Điện thoại: 0123, Fax: 0456",  # has_footer_terms
        "Câu một. Câu hai rồi câu ba bốn năm sáu bảy tám",  # sentence_count (no end, not a headline)
        "Shopping Airlines Shopping Airlines Shopping Airlines Shopping Airlines.",  # syllable_share
    ]
    try:
        for k, line in enumerate(asking, 2):
            twin.configure((*hooks[:k], refuse, *hooks[k + 1 :]), *rest)
            with pytest.raises(Refused):
                twin.line_features(line)
    finally:
        features._twin_line_features()  # configured again as the package does
    for line in asking:
        assert_same(twin, line)


def _configuration() -> tuple[tuple, ...]:  # type: ignore[type-arg]
    """configure()'s arguments, as features hands them over (recorded from its call)."""
    calls: list[tuple] = []  # type: ignore[type-arg]

    class Recorder:
        line_features = None

        def configure(self, *args: object) -> None:
            calls.append(args)

    original = features.load
    features.load = lambda part: Recorder()  # type: ignore[assignment]
    try:
        features._twin_line_features()
    finally:
        features.load = original
    return calls[0]


def test_the_sentence_marks_are_the_breaks_first_group() -> None:
    """The twin asks has_sentence_break only of a line with one of SENTENCE_BREAK_MARKS: they are every
    character that can end a sentence before another in shapes' pattern."""
    ending = {chr(c) for c in range(0x10000) if shapes._SENTENCE_BREAK.search(f"{chr(c)} Ông")}
    assert ending == set(shapes.SENTENCE_BREAK_MARKS)
