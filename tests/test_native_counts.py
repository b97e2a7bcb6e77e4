"""The C twin of the quality signals' counting passes gives exactly what the Python code gives.

Every test here fails (never skips) when the twin is not built, unless
VNNEWS_CLEAN_PURE_PYTHON switches it off on purpose.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean import quality_signals
from vnnews_clean._native import load, pure_python
from vnnews_clean.quality import patterns as P
from vnnews_clean.quality import signals as S
from vnnews_clean.quality import tables as T

DATA = Path(__file__).parent / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)


def twin() -> ModuleType:
    """The C twin; the test fails when it is not built (skips only when switched off on purpose)."""
    if pure_python():
        pytest.skip("VNNEWS_CLEAN_PURE_PYTHON is set: the Python twin runs on purpose")
    module = load("quality")
    if module is None:
        pytest.fail("vnnews_clean.quality._counts is not built: run `python setup.py build_ext --inplace`")
    assert S._NATIVE is module
    S._tables()  # its tables handed over (configure), as the first count does
    return module


def python_tokens(text: str) -> tuple:
    """What quality_signals computes from the lower-cased text without the twin."""
    lowered = text.lower()
    tokens = lowered.split()
    counts = Counter(tokens)
    hints = tuple(hint in lowered for hint in P.LOWERED_HINTS)
    return *S._token_counts(tokens, counts), *S._top_ngram_fractions(tokens, counts, len(text)), hints


def assert_twins(text: str) -> None:
    assert S._native_token_counts(text, len(text)) == python_tokens(text)
    assert S._native_character_counts(text) == S._character_counts(text)


def signals_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:
    fast = quality_signals(text).to_dict()
    with monkeypatch.context() as patch:
        patch.setattr(S, "_NATIVE", None)
        slow = quality_signals(text).to_dict()
    return fast, slow


HAND = [
    "",
    " ",
    "\n\n\t ",
    "một",
    "Một",
    "İ",  # lower case is two characters: "i̇"
    "İstanbul istanbul İstanbul",
    "ΣΑΣ ΣΑΣ σας",  # final sigma: "σας"
    "ΑΣ\u3000ΑΣ",  # final before an ideographic space
    "ΑΣ\x1cΑΣ\x1dΑΣ",  # str.split splits on the information separators
    "a\tb\u3000a\x1cb a\x85b\xa0a\u2028b",
    "\u200bzero\u200bwidth\u200b",  # not white space: one token
    "a a a a a a a a",  # all repeated
    "a b a b c d c d",  # a tie between "a b" and "c d": the first seen wins
    "c d a b a b c d",
    "x y z x y z w x y z w",
    "Hôm nay trời đẹp.\nHôm nay trời đẹp.\n\nABC 12",
    "Hà Nội \ud800 mưa \ud800 mưa",  # lone surrogates
    "\udfff",
    "a\ud83d\ude00b a\ud83d\ude00b",  # a surrogate pair written as two code points
    "😀 a 😀 a 𝐀𝐁 𝐀𝐁 𝟘𝟙",  # above the BMP: letters and digits by the patterns
    "ÂÃ & M&A R&D Â€ &amp; Ã¡",  # the encoding gate's context cases
    "baỏ baỏ nhà",  # a misplaced tone mark
    "2024 - ... covid-19 the",
    "\x00\x01\x7f\x80\x9f",
    "x" * 100 + " " + "x" * 100,  # tokens longer than the cache keeps
    "Xem WWW.Baomoi.VN, gửi ban [AT] baomoi (At) vn",  # the PII gate's hints, in any case
    "ww w. at ] a t) wwW",  # ... split by white space: absent
]


def test_hand_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    twin()
    for text in HAND:
        assert_twins(text)
        fast, slow = signals_both_ways(text, monkeypatch)
        assert fast == slow, text


def test_every_kind_of_str() -> None:
    twin()
    # the same words in a 1-, 2- and 4-byte str
    base = "café crème café crème naïve"
    for extra in ("", " đ", " 😀"):
        assert_twins(base + extra)


def test_tie_goes_to_first_seen() -> None:
    twin()
    _, _, _, gram2, *_ = S._native_token_counts("ab c ab c de f de f", 19)
    assert gram2 == (4 * 2) / 19  # "ab c" seen first (4 characters, twice), not "de f"


def test_lowering_each_character() -> None:
    """The lower-case table is str.lower on every BMP character, and splits where str.split does."""
    native = twin()
    chars = [chr(c) for c in range(T.BMP)]
    text = "\x20".join(chars)
    judged: list[str] = []

    def judge(token: str) -> int:
        judged.append(token)
        return S._judge(token)

    n_tokens, *_ = native.tokens(text, judge, -1, ())  # -1: the cache is emptied first, all are judged
    tokens = text.lower().split()
    assert n_tokens == len(tokens)
    assert judged == list(Counter(tokens))


def test_classes_of_each_character() -> None:
    twin()
    for code in range(T.BMP):
        char = chr(code)
        assert S._native_character_counts(char) == S._character_counts(char), hex(code)


def test_baomoi(monkeypatch: pytest.MonkeyPatch) -> None:
    twin()
    docs = [f"{t.strip()}\n{c.strip()}" for t, c in ARTICLE.findall((DATA / "baomoi-500.txt").read_text("utf-8"))]
    assert len(docs) == 500
    for doc in docs:
        assert_twins(doc)
    fast = [quality_signals(doc) for doc in docs]
    with monkeypatch.context() as patch:
        patch.setattr(S, "_NATIVE", None)
        assert [quality_signals(doc) for doc in docs] == fast


ODD = "İΣσςΑ \t\n\u3000\x1c\x85\xa0\u2028\ud800\udfffÂÃ&;#đĐ"
ANY_CHARACTER = st.one_of(
    st.characters(), st.sampled_from(ODD), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
)


@settings(max_examples=500)
@given(st.text(ANY_CHARACTER))
def test_any_str(text: str) -> None:
    twin()
    assert_twins(text)


VOCABULARY = ["hà", "Hà", "HÀ", "nội", "mưa", "to,", "2024", "-", "the", "ĐÀ", "nẵng.", "…", "İ", "ΣΑΣ", "baỏ", "😀"]
VOCABULARY += ["wW", "w.", "WwW.vn", "(aT)", "x@y", "a", "t]", "0912 345 678", "https://x.vn"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\t", "\u3000", "\x1c"]


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)), max_size=60))
def test_vietnamese_like_with_repeats(pieces: list[tuple[str, str]]) -> None:
    native = twin()
    text = "".join(word + sep for word, sep in pieces)
    assert_twins(text)
    fast = quality_signals(text)  # and the whole signals, on both paths
    S._NATIVE = None
    try:
        assert quality_signals(text) == fast
    finally:
        S._NATIVE = native


def test_cache_remembers_and_is_emptied() -> None:
    native = twin()
    judged: list[str] = []

    def judge(token: str) -> int:
        judged.append(token)
        return S._judge(token)

    native.tokens("", judge, -1, ())  # empties the cache
    assert native.cache_size() == 0
    native.tokens("Mưa mưa to " + "x" * 65, judge, 100, ())
    assert judged == ["mưa", "to", "x" * 65] and native.cache_size() == 2  # the long token is not kept
    native.tokens("mưa rất to " + "x" * 65, judge, 100, ())
    assert judged[3:] == ["rất", "x" * 65] and native.cache_size() == 3
    native.tokens("mưa", judge, 2, ())  # more than 2 known: emptied before the document
    assert judged[5:] == ["mưa"] and native.cache_size() == 1


def test_judge_errors_propagate_and_leave_the_cache_whole() -> None:
    native = twin()

    def boom(token: str) -> int:
        raise RuntimeError(token)

    native.tokens("", S._judge, -1, ())
    with pytest.raises(RuntimeError, match="một"):
        native.tokens("một hai", boom, 1000, ())
    with pytest.raises(TypeError):
        native.tokens("một hai", lambda token: "x", 1000, ())
    with pytest.raises(ValueError, match="flags"):
        native.tokens("một hai", lambda token: 8, 1000, ())
    assert native.cache_size() == 0
    assert S._native_token_counts("một hai một hai", 15) == python_tokens("một hai một hai")


def test_bad_arguments() -> None:
    native = twin()
    for text in (b"abc", None, 3, ["a"]):
        with pytest.raises(TypeError, match="str"):
            native.tokens(text, S._judge, 10, ())
        with pytest.raises(TypeError, match="str"):
            native.characters(text)
    with pytest.raises(TypeError):  # the tables are configure's
        native.characters("a", T.CLASSES)
    with pytest.raises(TypeError, match="callable"):
        native.tokens("a", None, 10, ())
    with pytest.raises(TypeError):
        native.tokens("a", S._judge, 10)
    with pytest.raises(TypeError):
        native.tokens("a", S._judge, "10", ())
    with pytest.raises(TypeError, match="needles"):
        native.tokens("a", S._judge, 10, ["www."])
    with pytest.raises(TypeError, match="needles"):
        native.tokens("a", S._judge, 10, ("",))
    with pytest.raises(ValueError, match="white space"):
        native.tokens("a", S._judge, 10, ("a b",))


def test_the_twin_takes_only_whole_tables() -> None:
    """configure checks both tables before it copies either: after an error the twin counts with those it had."""
    native = twin()
    text = "Hà Nội hà nội, HÀ NỘI 2024"
    before = S._native_token_counts(text, len(text)), S._native_character_counts(text)
    with pytest.raises(ValueError, match="lower"):
        native.configure(T.LOWER[:-1], T.CLASSES)
    with pytest.raises(ValueError, match="classes"):
        native.configure(bytes(len(T.LOWER)), T.CLASSES[:-1])  # a whole table first: not taken either
    with pytest.raises(TypeError):
        native.configure("not a buffer", T.CLASSES)
    with pytest.raises(TypeError):
        native.configure(T.LOWER)
    assert (S._native_token_counts(text, len(text)), S._native_character_counts(text)) == before
    native.configure(bytearray(T.LOWER), memoryview(T.CLASSES))  # any bytes-like object: copied
    assert (S._native_token_counts(text, len(text)), S._native_character_counts(text)) == before


def test_counting_before_configure_raises() -> None:
    """In a fresh process, before configure (which the signals call on first use): RuntimeError, no crash."""
    twin()
    code = (
        "import vnnews_clean.quality._counts as c\n"
        "for count in (lambda: c.tokens('a', int, 10, ()), lambda: c.characters('a')):\n"
        "    try:\n"
        "        count()\n"
        "    except RuntimeError as error:\n"
        "        print(error)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["tokens() before configure()", "characters() before configure()"]


def test_str_subclass() -> None:
    twin()

    class Text(str):
        pass

    assert S._native_token_counts(Text("Hà Nội hà nội"), 13) == python_tokens("Hà Nội hà nội")
