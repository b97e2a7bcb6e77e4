"""Quality signals and the default filter: hand-computed values, junk dropped, real news kept."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import examples
from vnnews_clean import (
    FilterDecision,
    QualityFilter,
    clean_document,
    detect_encoding_issues,
    quality_signals,
)
from vnnews_clean.quality import DEFAULTS, REASONS

DATA = Path(__file__).parent / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)
BAOMOI = [f"{t.strip()}\n{c.strip()}" for t, c in ARTICLE.findall((DATA / "baomoi-40.txt").read_text("utf-8"))]

ENGLISH = (
    "Scientists announced on Tuesday that the new vaccine had passed its final trial. Regulators are expected "
    "to approve it within weeks, and the company says it can make a hundred million doses before the winter. "
) * 2
CHINESE = "北京时间周二，科学家宣布新疫苗已通过最后一轮试验，监管机构预计将在几周内批准。" * 6
VIETNAMESE = (
    "Người dân đang chờ đợi kết quả của cuộc bầu cử quốc hội diễn ra hôm qua tại Hà Nội. "
    "Theo ủy ban bầu cử, tỷ lệ cử tri đi bầu đạt mức cao nhất trong nhiều năm qua."
)
MOJIBAKE = VIETNAMESE.encode("utf-8").decode("cp1252", errors="replace") * 2
TCVN3 = (
    "Ng\xadêi d©n ®ang chê ®îi kÕt qu¶ cña cuéc bÇu cö quèc héi diÔn ra h«m qua t¹i Hµ Néi. "
    "Theo ñy ban bÇu cö, tû lÖ cö tri ®i bÇu ®¹t møc cao nhÊt trong nhiÒu n¨m qua. "
) * 2


def test_hand_computed_small_text() -> None:
    text = "Hôm nay trời đẹp.\nHôm nay trời đẹp.\n\nABC 12"
    s = quality_signals(text)
    assert s.characters == len(text) == 43
    assert s.syllables == 9  # 4 + 4 + "ABC"; "12" has no letter
    assert s.paragraphs == 3
    assert s.mean_syllables_per_paragraph == 3.0
    assert s.vietnamese_syllable_share == 8 / 9
    # letters: 13 + 13 + 3 = 29; with a diacritic: ô, ờ, đ, ẹ twice = 8
    assert s.diacritic_share == 8 / 29
    assert s.uppercase_share == 5 / 29  # H, H, A, B, C
    assert s.digit_share == 2 / 43
    assert s.punctuation_share == 2 / 43
    assert s.duplicate_line_fraction == 1 / 3
    assert s.duplicate_line_char_fraction == 17 / 43
    assert s.duplicate_paragraph_fraction == 0.0  # one block before the blank line, one after
    # "hôm nay" twice: 7 characters x 2; the 4-gram "hôm nay trời đẹp." twice: 17 x 2
    assert s.top_2gram_char_fraction == 14 / 43
    assert s.top_4gram_char_fraction == 34 / 43
    assert s.sentence_end_share == 2 / 3
    assert s.duplicate_sentence_char_fraction == 17 / 43  # the second "Hôm nay trời đẹp."
    assert s.boilerplate_share is None
    assert s.encoding_issues == ()
    assert s.unrepaired_lines == 0
    assert (s.urls, s.emails, s.phones) == (0, 0, 0)
    assert (s.language, s.language_score) == (None, None)  # not asked for


def test_sentences_count_in_a_one_line_document() -> None:
    # one line of three sentences with no end mark: two breaks inside it, one unit unfinished
    s = quality_signals("Trời mưa to. Đường ngập sâu. Xe cộ đi chậm")
    assert s.sentence_end_share == 2 / 3
    # a list of headlines stays a list
    assert quality_signals("Giá vàng tăng mạnh\nBão số 3 đổ bộ\nU23 thắng đậm").sentence_end_share == 0.0
    # an ellipsis before a lower-case word is one phrase, not a break
    assert quality_signals("Bởi… kẹt tiền nên thôi").sentence_end_share == 0.0


def test_an_article_printed_four_times_on_one_line_is_a_repeat() -> None:
    article = "Trời mưa to suốt đêm qua. Nhiều tuyến đường ngập sâu. Xe cộ đi lại rất khó khăn."
    s = quality_signals(" ".join([article] * 4))
    assert s.duplicate_line_fraction == 0.0  # one line: no line repeats
    assert s.duplicate_sentence_char_fraction > 0.6  # three of four copies (the last keeps its full stop)
    text = "Mưa to. Gió lớn. Mưa to. Gió lớn"  # units "Mưa to", "Gió lớn", then both again: 6 + 7 characters
    assert quality_signals(text).duplicate_sentence_char_fraction == 13 / len(text)
    assert "duplicate_sentences" in QualityFilter().check(s).reasons
    assert quality_signals(article).duplicate_sentence_char_fraction == 0.0


def test_empty_and_blank() -> None:
    for text in ("", " \n\n\t"):
        s = quality_signals(text)
        assert s.syllables == s.paragraphs == 0
        assert s.vietnamese_syllable_share == s.top_2gram_char_fraction == 0.0
        assert QualityFilter().check(s).reasons[0] == "too_short"


def test_no_repeated_ngram_is_zero() -> None:
    s = quality_signals("một hai ba bốn năm sáu bảy tám")
    assert (s.top_2gram_char_fraction, s.top_3gram_char_fraction, s.top_4gram_char_fraction) == (0.0, 0.0, 0.0)


def test_counts_pii_and_json() -> None:
    s = quality_signals("Liên hệ 0912 345 678, ban@baomoi.vn hoặc https://baomoi.vn/lien-he.")
    assert (s.urls, s.emails, s.phones) == (1, 1, 1)
    d = s.to_dict()
    assert json.loads(json.dumps(d)) == d


def test_boilerplate_share_from_result() -> None:
    raw = (DATA / "000_1bca9837df4029be.input.txt").read_text("utf-8")
    result = clean_document(raw)
    s = quality_signals(result.text, result)
    assert s.boilerplate_share is not None and 0.0 < s.boilerplate_share < 1.0
    assert quality_signals("a", clean_document("")).boilerplate_share == 0.0


@pytest.mark.parametrize("text", [ENGLISH, CHINESE, MOJIBAKE, TCVN3], ids=["english", "chinese", "mojibake", "tcvn3"])
def test_non_vietnamese_is_dropped(text: str) -> None:
    s = quality_signals(text)
    assert s.vietnamese_syllable_share < 0.4
    decision = QualityFilter().check(s)
    assert not decision.keep
    assert "not_vietnamese" in decision.reasons


def test_legacy_and_mojibake_flagged() -> None:
    assert "tcvn3" in quality_signals(TCVN3).encoding_issues
    assert "mojibake" in quality_signals(MOJIBAKE).encoding_issues


def test_clean_article_is_kept() -> None:
    text = (DATA / "000_1bca9837df4029be.gold.txt").read_text("utf-8")
    assert QualityFilter().check(quality_signals(text)) == FilterDecision(True, ())


def test_almost_all_baomoi_kept() -> None:
    kept = [QualityFilter().check(quality_signals(r.text, r)).keep for r in map(clean_document, BAOMOI)]
    assert sum(kept) >= 0.9 * len(kept)


def test_repeated_lines_dropped() -> None:
    text = "\n".join(["Đăng ký nhận tin mới nhất từ chúng tôi mỗi ngày để không bỏ lỡ."] * 12)
    reasons = QualityFilter().check(quality_signals(text)).reasons
    assert "duplicate_lines" in reasons and "duplicate_line_chars" in reasons


def test_overrides_and_unknown_threshold() -> None:
    s = quality_signals(VIETNAMESE)
    assert "too_short" in QualityFilter().check(s).reasons
    assert QualityFilter(min_syllables=10).check(s).keep
    assert QualityFilter(min_syllables=None).check(s).keep
    with pytest.raises(TypeError, match="min_sylables"):
        QualityFilter(min_sylables=3)
    with pytest.raises(TypeError, match="min_syllables"):
        QualityFilter(min_syllables="3")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        QualityFilter().check({"syllables": 3})  # type: ignore[arg-type]
    assert set(DEFAULTS) == set(REASONS) and len(set(REASONS.values())) == len(REASONS)


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="decode bytes"):
        quality_signals(b"abc")  # type: ignore[arg-type]


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_signals_never_raise(text: str) -> None:
    s = quality_signals(text)
    assert 0.0 <= s.vietnamese_syllable_share <= 1.0
    assert 0.0 <= s.diacritic_share <= 1.0
    json.dumps(s.to_dict())


_ALPHABET = st.sampled_from(
    list("aăâeêioôơuưyđĐ àáảãạầấẩẫậòóỏõọờớởỡợìíỉĩịABCNHTnhgtcq.,;:!?&#\n\t-“”0123456789ÃÐ\xad¸µ\u0301")
)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_fast_encoding_issues_equal_detect(text: str) -> None:
    """The shortcut for text without suspicious characters gives what detect_encoding_issues gives."""
    assert quality_signals(text).encoding_issues == tuple(sorted(detect_encoding_issues(text)))


def _top_ngram_by_definition(text: str, n: int) -> float:
    """The Gopher definition, spelled out: the first most frequent n-gram of lower-cased tokens."""
    tokens = text.lower().split()
    grams = [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    if not grams:
        return 0.0
    counts: dict[str, int] = {}
    for gram in grams:
        counts[gram] = counts.get(gram, 0) + 1
    top = max(counts.values())
    if top < 2:
        return 0.0
    first = next(gram for gram, count in counts.items() if count == top)
    return len(first) * top / len(text)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", "Ba", "ccc", "đá", "İ", "x.", "\n", "  "]), max_size=40))
def test_top_ngram_fractions_follow_definition(pieces: list[str]) -> None:
    """Few distinct tokens: many repeats and ties, which must go to the n-gram seen first."""
    text = " ".join(pieces)
    s = quality_signals(text)
    got = (s.top_2gram_char_fraction, s.top_3gram_char_fraction, s.top_4gram_char_fraction)
    assert got == tuple(_top_ngram_by_definition(text, n) for n in (2, 3, 4))


def test_a_document_read_when_the_token_cache_is_emptied_is_measured_as_any_other(monkeypatch) -> None:
    from vnnews_clean.quality import signals as module

    text = (DATA / "000_1bca9837df4029be.input.txt").read_text("utf-8") + " zzqx"
    expected = quality_signals(text)
    module._PLAIN.discard("zzqx")  # one token of the document is new, the others known
    module._ODD.pop("zzqx", None)
    monkeypatch.setattr(module, "_CACHE_MAX", 0)  # and the cache is full: emptied on this document
    assert quality_signals(text) == expected


# Pieces around the three characters the encoding gate judges by context: "Ã" and "Â"
# (capitals, or mojibake before a Windows-1252/Latin-1 symbol) and "&" (text, or an entity).
_GATE_PIECES = st.sampled_from(
    [
        "Â", "Ã", "&", "NGÃ BA", "Ã“", "Ã¡", "Â€", "Â–", "Â ", "Â\xa0", "Ã©", "Âœ", "Ã\u2122", "Ã‰", "â€",
        "&amp;", "&#39;", "&#x1F;", "&nbsp", "M&A", "VH,TT&DL", "R & D", "&;", "&a;", "&#;", "a" * 33 + ";",
        "hà nội", "Đà", " ", "\n", "“", "”", "–", "…", "«", "°", "1", ";", "#", "x", "\t", "\ud800", "Ð", "¡",
    ]
)  # fmt: skip


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(_GATE_PIECES, max_size=12).map("".join))
def test_encoding_gate_in_context_equals_detect(text: str) -> None:
    """ "Ã", "Â" and "&" skip the full check only where no repair can act on them."""
    assert quality_signals(text).encoding_issues == tuple(sorted(detect_encoding_issues(text)))


def test_lone_surrogates_are_measured_not_raised() -> None:
    """A JSON "\\ud800" escape read as is: counted as a rare character, flagged as an issue."""
    s = quality_signals("Hà Nội \ud800 mưa to.\n\udfff")
    assert s.characters == 18
    assert s.encoding_issues == ("lone_surrogates",)
    assert (s.syllables, s.vietnamese_syllable_share) == (4, 1.0)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(st.sampled_from(list("0123456789 .-+()/84\n\ud800\u0661x")), max_size=40))
def test_signals_never_raise_on_surrogates_and_digits(text: str) -> None:
    json.dumps(quality_signals(text).to_dict())


_PHONE_PIECES = ["0", "1", "8", "9", "00", "0912", "1800", "+84", "(028)", " ", ".", "-", "a", "\u0661"]


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PIECES), max_size=14).map("".join))
def test_phone_count_skips_the_scan_only_without_enough_digits(text: str) -> None:
    """Below 8 digits no phone pattern can match: the count is what the full scan finds."""
    from vnnews_clean.quality import patterns

    assert quality_signals(text).phones == len(patterns.SINGLE["phone"].findall(text))


@pytest.mark.parametrize("unit", ["a ", "hà nội ", "một hai ba bốn năm ", "x\n"])
def test_work_is_linear_in_tokens_whatever_repeats(monkeypatch, unit: str) -> None:
    """Every count passes over the tokens a bounded number of times (counted, not timed). The Python
    path is taken (the C twin counts in C, where Counter is not called; it gives the same counts,
    test_native_counts.py), and the counting is seen to happen, so the bound cannot hold vacuously."""
    from vnnews_clean.quality import signals as module

    monkeypatch.setattr(module, "_NATIVE", None)

    counted: list[int] = []

    class CountingCounter(Counter):
        def __init__(self, iterable=()) -> None:
            items = list(iterable)
            counted.append(len(items))
            super().__init__(items)

    monkeypatch.setattr(module, "Counter", CountingCounter)
    for repeats in (1_000, 10_000, 100_000):
        counted.clear()
        text = unit * repeats
        quality_signals(text)
        tokens = len(text.split())
        # the tokens, then their 2-, 3- and 4-grams: at most 4 elements counted per token
        assert counted and max(counted) >= tokens  # the tokens themselves were counted
        assert sum(counted) <= 4 * tokens
        assert len(counted) <= 4


def test_to_dict_is_asdict() -> None:
    for text in ("", "Hôm nay trời đẹp.\nHôm nay trời đẹp.", MOJIBAKE, TCVN3, "Gọi 0912 345 678, www.baomoi.vn"):
        measured = quality_signals(text)
        expected = dataclasses.asdict(measured)
        expected["encoding_issues"] = list(measured.encoding_issues)
        got = measured.to_dict()
        assert got == expected and list(got) == list(expected)
        assert type(got["encoding_issues"]) is list


# mojibake ftfy cannot read (a byte was lost): normalize leaves the line as it is (tests/test_encodings.py)
STILL_BROKEN = "Ngày 5/6 cá»§a tỉnh Quảng Nam"


def test_unrepaired_lines_are_counted_on_the_clean_text() -> None:
    result = clean_document(f"Hà Nội mưa lớn\n{STILL_BROKEN}\n{STILL_BROKEN.replace('5/6', '7/8')}\n{VIETNAMESE}")
    s = quality_signals(result.text, result)
    assert s.unrepaired_lines == 2
    assert "unrepaired" in s.encoding_issues  # the same recognizer: more than 0 exactly when it is named
    assert "unrepaired_lines" in QualityFilter().check(s).reasons
    assert "unrepaired_lines" not in QualityFilter(max_unrepaired_lines=2).check(s).reasons
    assert "unrepaired_lines" not in QualityFilter(max_unrepaired_lines=None).check(s).reasons


def test_repairable_lines_are_not_unrepaired() -> None:
    """Mojibake and TCVN3 that normalize repairs are encoding issues of the text, not unrepaired lines."""
    for text in (MOJIBAKE, TCVN3, VIETNAMESE, ""):
        s = quality_signals(text)
        assert s.unrepaired_lines == 0
        assert "unrepaired_lines" not in QualityFilter().check(s).reasons
    assert quality_signals(MOJIBAKE).encoding_issues  # still dropped, as encoding_issues


def test_language_is_identified_only_when_asked() -> None:
    pytest.importorskip("py3langid")
    vi = quality_signals(VIETNAMESE, language=True)
    assert vi.language == "vi" and vi.language_score is not None and vi.language_score > 0.99
    assert "not_vietnamese_language" not in QualityFilter().check(vi).reasons
    en = quality_signals(ENGLISH, language=True)
    assert en.language == "en" and en.language_score is not None and 0.0 < en.language_score <= 1.0
    assert "not_vietnamese_language" in QualityFilter().check(en).reasons
    assert "not_vietnamese_language" not in QualityFilter(min_language_score=None).check(en).reasons
    # the other signals are the same with or without it
    assert dataclasses.replace(en, language=None, language_score=None) == quality_signals(ENGLISH)


def test_language_check_is_off_unless_the_language_was_identified() -> None:
    s = quality_signals(ENGLISH)
    assert s.language is None
    assert "not_vietnamese_language" not in QualityFilter().check(s).reasons
    assert DEFAULTS["min_language_score"] is not None  # on by default, for signals that hold a language


def test_language_score_threshold_applies_to_vietnamese() -> None:
    base = quality_signals(VIETNAMESE)
    unsure = dataclasses.replace(base, language="vi", language_score=0.3)
    assert QualityFilter().check(unsure).reasons == ("too_short", "not_vietnamese_language")
    assert "not_vietnamese_language" not in QualityFilter(min_language_score=0.2).check(unsure).reasons
    other = dataclasses.replace(base, language="id", language_score=0.99)  # another language fails, whatever its score
    assert "not_vietnamese_language" in QualityFilter(min_language_score=0.01).check(other).reasons


def test_language_is_none_without_the_extra(monkeypatch) -> None:
    import sys

    from vnnews_clean.quality import language

    monkeypatch.setitem(sys.modules, "py3langid", None)  # import py3langid raises ImportError
    monkeypatch.setitem(sys.modules, "py3langid.langid", None)
    monkeypatch.setattr(language, "_IDENTIFIER", None)
    monkeypatch.setattr(language, "_MISSING", False)
    with pytest.warns(RuntimeWarning, match=r"vnnews-clean\[language\]"):
        s = quality_signals(ENGLISH, language=True)
    assert (s.language, s.language_score) == (None, None)
    assert "not_vietnamese_language" not in QualityFilter().check(s).reasons
    assert quality_signals(VIETNAMESE, language=True).language is None  # warned once, then quietly None


@pytest.mark.parametrize("text", ["", " \n\n\t", "12 345", "...", "\ufffd"])
def test_language_of_a_text_without_a_letter_is_none(text: str) -> None:
    s = quality_signals(text, language=True)
    assert (s.language, s.language_score, s.unrepaired_lines) == (None, None, 0)
    assert QualityFilter().check(s).reasons[0] == "too_short"


def test_language_signals_are_stable_on_clean_text() -> None:
    """Measuring twice gives the same signals, and cleaning clean text again changes none of them."""
    pytest.importorskip("py3langid")
    for raw in BAOMOI[:5]:
        first = clean_document(raw).text
        again = clean_document(first).text
        assert quality_signals(first, language=True) == quality_signals(first, language=True)
        assert quality_signals(again, language=True) == quality_signals(first, language=True)
