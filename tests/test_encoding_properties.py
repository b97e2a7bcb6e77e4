"""Properties of normalization over generated Vietnamese: styles, legacy encodings, the fast path."""

from __future__ import annotations

from functools import reduce

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from vnnews_clean import normalize
from vnnews_clean.normalize import steps
from vnnews_clean.normalize.legacy import _HINT, _TCVN3_TABLE, _VNI_LETTERS, _VNI_PAIRS, DECODERS, is_well_written
from vnnews_clean.normalize.syllable import (
    CLOSED_CLUSTERS,
    CODAS,
    JOIN,
    ONSETS,
    OPEN_CLUSTERS,
    STYLES,
    parse,
    tone_position,
)

from .test_properties import inputs

SETTINGS = settings(deadline=None)


@st.composite
def syllable(draw: st.DrawFn, style: str) -> str:
    """A correctly written syllable in ``style``, from the model's own tables."""
    while True:
        closed = draw(st.booleans())
        vowels = draw(st.sampled_from(sorted(CLOSED_CLUSTERS if closed else OPEN_CLUSTERS)))
        coda = draw(st.sampled_from(sorted(CODAS - {""}))) if closed else ""
        onset = draw(st.sampled_from(["", *sorted(ONSETS)]))
        word = onset + vowels + coda
        parsed = parse(word)
        if parsed is not None and parsed[1] == vowels:
            break
    tone = draw(st.integers(0, 5))
    if tone:
        at = len(onset) + tone_position(vowels, closed, style)
        word = word[:at] + JOIN[(word[at], tone)] + word[at + 1 :]
    return word.capitalize() if draw(st.booleans()) else word


def sentence(style: str) -> st.SearchStrategy[str]:
    return st.lists(syllable(style), min_size=1, max_size=12).map(" ".join)


@SETTINGS
@given(st.sampled_from(STYLES).flatmap(lambda style: st.tuples(st.just(style), sentence(style))))
def test_correct_text_is_not_changed_at_all(case: tuple[str, str]) -> None:
    style, text = case
    assert normalize(text, tone_style=style) == text


@SETTINGS
@given(inputs)
def test_styles_round_trip(text: str) -> None:
    old, new = normalize(text, tone_style="old"), normalize(text, tone_style="new")
    assert normalize(new, tone_style="old") == old
    assert normalize(old, tone_style="new") == new


@SETTINGS
@given(inputs, st.sampled_from([*STYLES, None]))
def test_the_fast_path_equals_every_step(text: str, style: str | None) -> None:
    assert normalize(text, tone_style=style) == reduce(lambda t, step: step[1](t), steps(style), text)


_TO_TCVN3 = {v: chr(k) for k, v in _TCVN3_TABLE.items() if len(v) == 1 and not v.isupper()}
_TO_VNI = {v: k for k, v in _VNI_PAIRS.items()} | {v: k for k, v in _VNI_LETTERS.items()}


def to_tcvn3(text: str) -> str:
    return "".join(_TO_TCVN3.get(char, char) for char in text)


def to_vni(text: str) -> str:
    return "".join(_TO_VNI.get(char, char) for char in text)


def lower_sentence() -> st.SearchStrategy[str]:
    # TCVN3 fonts have no upper-case marked letters
    return st.lists(syllable("old"), min_size=3, max_size=15).map(lambda words: " ".join(words).lower())


def clearly_encoded(text: str, encode, other: str) -> bool:
    """Three or more different words written with characters Vietnamese in Unicode never uses,
    and the line does not read as well-written Vietnamese in the ``other`` legacy encoding.

    (A line can be ambiguous: "uû" is VNI "ủ" and TCVN3 "uỷ"; "îc bîc cîc" is VNI "ỵc bỵc cỵc"
    and TCVN3 "ộc bộc cộc". normalize leaves such a line alone, on purpose.)
    """
    encoded = encode(text)
    if len({word for word in text.split() if _HINT.search(encode(word))}) < 3:
        return False
    return not all(is_well_written(word) for word in DECODERS[other](encoded).split())


@SETTINGS
@given(lower_sentence())
def test_text_encoded_in_tcvn3_comes_back(text: str) -> None:
    assume(clearly_encoded(text, to_tcvn3, other="vni"))
    assert normalize(to_tcvn3(text)) == normalize(text)


@SETTINGS
@given(lower_sentence())
def test_text_encoded_in_vni_comes_back(text: str) -> None:
    assume(clearly_encoded(text, to_vni, other="tcvn3"))
    assert normalize(to_vni(text)) == normalize(text)
