"""Normalization: encoding repair, NFC, invisible characters, spaces, tone marks."""

from __future__ import annotations

import unicodedata
from functools import reduce

import pytest

from vnnews_clean import clean, detect_encoding_issues, normalize
from vnnews_clean.normalization import explain, steps
from vnnews_clean.normalization.syllable import (
    CLOSED_CLUSTERS,
    CODAS,
    JOIN,
    ONSETS,
    OPEN_CLUSTERS,
    STYLES,
    SUSPICIOUS,
    parse,
    place_tone,
    place_tones,
    tone_position,
)


@pytest.mark.parametrize(
    ("raw", "old", "new"),
    [
        ("hoà", "hòa", "hoà"),
        ("hòa", "hòa", "hoà"),
        ("Thuỷ", "Thủy", "Thuỷ"),
        ("khoẻ", "khỏe", "khoẻ"),
        ("Uỷ ban", "Ủy ban", "Uỷ ban"),
        ("HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH"),
        ("thoả thuận", "thỏa thuận", "thoả thuận"),
    ],
)
def test_tone_styles(raw: str, old: str, new: str) -> None:
    assert normalize(raw, tone_style="old") == old
    assert normalize(raw, tone_style="new") == new


@pytest.mark.parametrize(
    "word", ["đoàn", "hoàng", "toàn", "quý", "khuya", "thuở", "buýt", "giữa", "già", "ngoài", "khuỷu"]
)
def test_syllables_whose_mark_never_moves(word: str) -> None:
    for style in STYLES:
        assert normalize(word, tone_style=style) == word
        assert normalize(word.upper(), tone_style=style) == word.upper()


@pytest.mark.parametrize(
    ("typo", "fixed"),
    [("baỏ", "bảo"), ("lựơng", "lượng"), ("nghịêm", "nghiệm"), ("đaị", "đại"), ("qúy", "quý"), ("hóan", "hoán")],
)
def test_marks_typed_on_the_wrong_vowel_are_repaired(typo: str, fixed: str) -> None:
    assert normalize(typo) == fixed


@pytest.mark.parametrize("word", ["iPhone", "COVID-19", "Facebook", "Nguyen", "Hoà123", "Zoé", "Café"])
def test_words_that_are_not_vietnamese_syllables_are_left_alone(word: str) -> None:
    if word == "Hoà123":
        # digits end the word, the letters before them are a syllable
        assert normalize(word) == "Hòa123"
    else:
        assert normalize(word) == word


def test_tone_style_none_leaves_marks() -> None:
    assert normalize("hoà và hòa", tone_style=None) == "hoà và hòa"


def test_unknown_tone_style_is_refused() -> None:
    with pytest.raises(ValueError, match="tone_style"):
        normalize("x", tone_style="modern")


def _all_syllables():
    """Every (onset, cluster, coda) the model can spell, with Vietnamese spelling rules for k/gh/ngh."""
    for onset in ["", *sorted(ONSETS)]:
        for closed, clusters in ((False, OPEN_CLUSTERS), (True, CLOSED_CLUSTERS)):
            for vowels in clusters:
                if onset in ("ng", "g") and vowels[0] in "iêe":
                    continue  # spelled "ngh", "gh" there
                for coda in sorted(CODAS - {""}) if closed else [""]:
                    word = onset + vowels + coda
                    parsed = parse(word)
                    if parsed is not None and parsed[1] == vowels:
                        yield word, len(onset), vowels, closed


def test_every_misplaced_mark_is_found_and_moved() -> None:
    """Exhaustive: each syllable, tone and wrong position is caught by the fast
    filter and repaired; no correctly marked syllable is even looked at."""
    checked = 0
    for style in STYLES:
        for word, onset, vowels, closed in _all_syllables():
            right = onset + tone_position(vowels, closed, style)
            for tone in range(1, 6):
                correct = word[:right] + JOIN[(word[right], tone)] + word[right + 1 :]
                assert not SUSPICIOUS[style].search(correct), (style, correct)
                assert place_tones(correct, style) == correct
                # wrong positions: each vowel, and the u of "qu" / i of "gi"
                first = onset - 1 if word[:2] in ("qu", "gi") and onset == 2 else onset
                for at in range(first, onset + len(vowels)):
                    if at == right:
                        continue
                    wrong = word[:at] + JOIN[(word[at], tone)] + word[at + 1 :]
                    assert SUSPICIOUS[style].search(wrong), (style, wrong)
                    assert place_tones(wrong, style) == correct, (style, wrong)
                    checked += 1
    assert checked > 10_000


def test_place_tone_keeps_case_per_letter() -> None:
    assert place_tone("HoÀ", "old") == "HòA"


def test_mojibake_is_repaired() -> None:
    broken = "Việt Nam".encode().decode("cp1252", errors="replace")
    assert broken != "Việt Nam"
    assert normalize(broken) == "Việt Nam"
    assert normalize("Viá»‡t Nam") == "Việt Nam"


def test_html_entities_are_decoded_once() -> None:
    assert normalize("Hà Nội &amp; TP.HCM&nbsp;nhé") == "Hà Nội & TP.HCM nhé"
    # double-escaped: decoding one layer would not be stable, so the line stays
    assert normalize("a &amp;lt;b&amp;gt;") == "a &amp;lt;b&amp;gt;"


def test_decomposed_input_is_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
    assert normalize(nfd) == "Nguyễn Thị Thủy"
    assert unicodedata.is_normalized("NFC", normalize(nfd))


def test_invisible_characters_and_odd_spaces() -> None:
    raw = "Hà\u200b Nội\u00a0\u00a0có\tmưa\ufeff \u00ad"
    assert normalize(raw) == "Hà Nội có mưa"


def test_lines_are_kept_and_stripped() -> None:
    assert normalize("  a  b \r\nc\u2028d\n\n") == "a b\nc\nd\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "“Trích dẫn” và ‘nháy đơn’ — gạch ngang – ngắn … ba chấm",
        "Ｆｕｌｌ-width ＡＢＣ giữ nguyên",
        "Dấu câu ,sai chỗ ;vẫn giữ !",
        "chữ HOA và chữ thường giữ nguyên",
        "ﬁ ligature stays",
    ],
)
def test_no_restyling(text: str) -> None:
    assert normalize(text) == text


def test_explain_names_the_steps_that_changed_a_line() -> None:
    assert explain("hoà  bình") == ["spaces", "tones"]
    assert explain("Viá»‡t") == ["encoding"]
    assert explain("đã sạch") == []


@pytest.mark.parametrize("bad", [None, 12, b"bytes", ["list"]])
def test_normalize_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        normalize(bad)  # type: ignore[arg-type]


def test_nfc_safe_table_agrees_with_unicodedata() -> None:
    """The fast NFC check may skip only characters that NFC never changes."""
    from vnnews_clean.normalization.characters import _NFC_UNSAFE

    for code in range(0x3100):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or _NFC_UNSAFE.match(char):
            continue
        assert unicodedata.normalize("NFC", char) == char
        assert unicodedata.combining(char) == 0
        # nothing composes with it either: no canonical pair ends in it
        assert unicodedata.normalize("NFC", "a" + char) == "a" + char or unicodedata.normalize("NFC", "a" + char) == (
            unicodedata.normalize("NFC", "a") + char
        )


def test_long_broken_lines_are_repaired_in_chunks() -> None:
    line = "Viá»‡t Nam " * 10_000
    assert normalize(line) == ("Việt Nam " * 10_000).strip()


# issue 11, finding 1: lone surrogates (a JSON "\ud800" escape) could not be written as UTF-8
@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("a\ud800b", "a\ufffdb"),
        ("\udfff", "\ufffd"),
        ("Hà Nội \udc80\udc81", "Hà Nội \ufffd\ufffd"),
        ("a\ud83d\ude00b", "a\U0001f600b"),  # a pair is the character it encodes
    ],
)
def test_lone_surrogates_become_replacement_characters(text: str, fixed: str) -> None:
    assert normalize(text) == fixed
    assert normalize(fixed) == fixed
    assert detect_encoding_issues(text) == {"lone_surrogates"}
    clean(text).encode("utf-8")  # raises on main


# issue 11, finding 6: found by hypothesis, a repair that revealed another was a second pass's work
@pytest.mark.parametrize("text", ["\xadÂ\x80", "Â\xad€", "\xad\xad\xc2\x80x", "á\xadº»"])
def test_a_repair_that_reveals_another_is_done_at_once(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


# issue 11, finding 10: joiners and selectors are text in emoji and in scripts that need them
@pytest.mark.parametrize(
    "text",
    [
        "Gia đình 👨\u200d👩\u200d👧 vui vẻ",
        "Yêu ❤\ufe0f nhiều",
        "Cờ 🏳\ufe0f\u200d🌈 tung bay",
        "Số 1\ufe0f\u20e3 và ©\ufe0f",
        "می\u200cخواهم",  # Persian: the non-joiner is spelling
        "क्\u200dष",  # Devanagari: the joiner chooses the half form
        "ශ්\u200dරී",  # Sinhala
    ],
)
def test_joiners_and_selectors_that_join_are_kept(text: str) -> None:
    assert normalize(text) == text
    assert clean(text) == text
    assert detect_encoding_issues(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Hà\u200dNội", "HàNội"),  # between Latin letters they join nothing
        ("Việt\u200c Nam", "Việt Nam"),
        ("\u200dmở đầu", "mở đầu"),
        ("chữ\ufe0f thường", "chữ thường"),
        ("👨\u200d Hà", "👨 Hà"),  # a joiner before a space joins nothing
    ],
)
def test_joiners_and_selectors_between_latin_letters_are_removed(text: str, fixed: str) -> None:
    assert normalize(text) == fixed
    assert detect_encoding_issues(text) == {"invisible_characters"}


@pytest.mark.parametrize(
    ("text", "fixed"),
    [("Sáng\x005/6", "Sáng 5/6"), ("Hà\x1bNội", "Hà Nội"), ("a\x00\x00 b", "a b"), ("\x07Tin\x7f", "Tin")],
)
def test_controls_between_words_become_a_space(text: str, fixed: str) -> None:
    assert normalize(text) == fixed
    assert detect_encoding_issues(text) == {"invisible_characters"}


@pytest.mark.parametrize("text", ["Â\x80Ä\x08", "Â\x80Ä\x00 "])
def test_a_line_is_settled_as_it_is_output(text: str) -> None:
    """Found by the thorough profile: the control became a space that the spaces
    step stripped, and ftfy reads "Â€Ä " and "Â€Ä" differently."""
    once = normalize(text)
    assert normalize(once) == once


@pytest.mark.parametrize("text", ["Ã™", "xÃ€ y", "Ã–"])
def test_a_capital_a_tilde_before_a_windows_1252_sign_is_looked_at(text: str) -> None:
    """Found by the thorough profile: "Ã" is a marked vowel, and the fast path
    took "Ã™" for a vowel in place, so composed and decomposed input differed
    ("Ã™" stayed, "A\\u0303™" became "Ù")."""
    for style in (*STYLES, None):
        assert normalize(text, tone_style=style) == normalize(unicodedata.normalize("NFD", text), tone_style=style)
        assert normalize(text, tone_style=style) == reduce(lambda t, step: step[1](t), steps(style), text)


@pytest.mark.parametrize("style", [*STYLES, None])
def test_a_moved_mark_that_makes_mojibake_is_settled(style: str | None) -> None:
    """Found by hypothesis: the "new" style moves the mark of "ÕA" onto the A,
    and "Ã€" is mojibake that only a second pass repaired."""
    once = normalize("ÕA\x80", tone_style=style)
    assert normalize(once, tone_style=style) == once


def test_a_tone_mark_on_the_first_letter_of_a_later_line_is_placed_too() -> None:
    # the word's start was looked for with "$", which also matches before the "\n" ending the span
    assert normalize("Tin mới\nỦy ban nhân dân", tone_style="new") == "Tin mới\nUỷ ban nhân dân"
    assert normalize("Tin mới\nÒa khóc", tone_style="new") == "Tin mới\nOà khóc"
    assert normalize("\nÙê»") == normalize("Ùê»").join(["\n", ""])
