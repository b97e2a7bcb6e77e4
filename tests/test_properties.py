"""Properties that must hold for every input, checked with hypothesis."""

from __future__ import annotations

import re
import unicodedata
from functools import reduce

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from vnnews_clean import clean, clean_document, normalize
from vnnews_clean.normalization import fix_line_breaks, steps
from vnnews_clean.normalization.characters import looks_broken

from .helpers import examples
from .strategies import documents, noisy_article

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
# a whole noisy article cleaned (18 ms an example): 100 examples, 3000 under the thorough profile
SLOW = settings(SETTINGS, max_examples=examples(100))
_INVISIBLE_OR_CONTROL = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\ufeff\xad\ud800-\udfff]"
)
# joiners and selectors stay only where they join emoji or letters of other scripts
_STRAY_JOINER = re.compile(
    r"(?:^|[\sA-Za-z\xc0-\xd6\xd8-\xf6\xf8-\u024f\u1ea0-\u1ef9])[\u200c\u200d\ufe00-\ufe0f]|[\u200c\u200d](?:$|[\sa-zA-Z])"
)


def is_subsequence(piece: str, line: str) -> bool:
    chars = iter(line)
    return all(char in chars for char in piece)


def pieces_in_order(output: list[str], source: list[str]) -> bool:
    """Each output line is a piece of a later source line than the one before."""
    position = 0
    for line in output:
        while position < len(source) and not is_subsequence(line, source[position]):
            position += 1
        if position == len(source):
            return False
        position += 1
    return True


# any code point, surrogates included (st.text() leaves them out): JSON may hold them
any_code_point = st.characters(exclude_categories=())
# what the repairs act on, close together: mojibake lead bytes and C1 controls,
# soft hyphens, legacy hints, joiners, selectors, controls, emoji, surrogates
touchy = st.lists(
    st.one_of(
        st.sampled_from([*"ÃÂÄÅÆáâẠºª»€™–—‘’“”…¡©«µ¶·¸¹¼½¾ÐðÌÒÞìòþõýă ÝaoêôơưAHNV &;#", "&amp;", "&#", "\u0301"]),
        st.sampled_from(["\xad", "\xa0", "\x00", "\x1b", "\x7f", "\u200b", "\u200c", "\u200d", "\ufe0f", "\ufeff"]),
        st.characters(min_codepoint=0x80, max_codepoint=0x9F),
        st.sampled_from(["👨", "❤", "🌈", "1", "\u20e3", "ی", "क", "\u094d", "\ud800", "\udc00", "\ufffd"]),
        st.characters(min_codepoint=0xA0, max_codepoint=0x17F),
    ),
    max_size=30,
).map("".join)
inputs = st.one_of(documents, st.text(), st.text(any_code_point), touchy)


_LEAD = (
    "Người người người người người người người. Người người người người người người. "
    "Người người người người người người người lao người người người người người người người người người."
)
_SECOND = (
    "Người người người người người người người. Người người người người người người người người người người người "
    "người người người người lao người người. Người người người người người người người người người."
)
_SHORT = "Người người người người người người"
_REFRAIN = (
    "Người người người người người người người! Người động người người người người người. "
    "Người người người người người người người lao người người."
)


@SETTINGS
@given(inputs)
# a byline between two sentences, one the start of the other: once it is gone they
# stand together, and the shorter must not then read as a teaser of the longer
@example(
    "Người người người người\nNgười người người người người người. Người người người người người người.\n"
    "Người người người người người người người người.\nPhương Thảo\nNgười người người người\n"
    "Người người người người người người người người người."
)
# a closing byline with text after it: once it is gone the prose around it stands together and
# the body ends elsewhere, so the tail and byline steps run again until nothing more goes
@example(
    "Người người người người\nNgười người người người người người người người.\nPhương Thảo\nNgười người người người\n"
    "Người người người người người lao. Người người người người người người.\nNgười người người người người\n"
    "Người người người lao\nNgười người người động\n"
    "Người người người người người người. Người người người người người người."
)
# the title step took the line under an image; the image step took it as the caption, and the
# byline equal to that title stayed until a second clean found no title
@example("![]() |\nPhương Thảo\n0 0 0 0 A .\nPhương Thảo")
# a lone lead, then a related heading: on a second reading the heading is gone and the lead
# joins the paragraph after it, so the first reading reads them as one run already
@example(
    "Người người người người\nNgười người người người người người. Người người người người người người.\nTin khác\n"
    "Người người người người người người người người người.\nPhương Thảo\nPhương Thảo\n"
    "Người người người người người người. Người người người người người người người người người.\n"
    "Người người người người người người người người.\nNgười người người người người"
)
# a related heading, one paragraph, a closing byline: the paragraph after the box is the article's last
@example(
    "Người người người người người người người lao.\n"
    "Người người người người người người. Người người người người người người.\nTin khác\n"
    "Người người người người người người người người người.\nPhương Thảo\nPhương Thảo\n"
    "Người người người người người người. Người người người người người người người người người.\n"
    "Người người người người người người người người.\nNgười người người người người"
)
# the title finder skipped the line under an image the image step did not take for its caption
@example(
    "Người người người người\nNgười người người người\nNgười người người người\n![]() |\n"
    "Người người người người người\nNgười người người người\nNgười người người người người người người người."
)
# a teaser, then the lead printed again: the teaser goes before the copy is judged (found by the thorough profile)
@example(
    "Tin khác\nTin khác\nKinh dục khỏe vốn khỏe chương chính tư. Chính tập định thành lượng xã chính. "
    "Kinh dục khỏe vốn khỏe chương chính tư.\nKinh dục khỏe vốn khỏe chương chính tư.\n"
    "Kinh dục khỏe vốn khỏe chương chính tư. Chính tập định thành lượng xã chính. "
    "Kinh dục khỏe vốn khỏe chương chính tư."
)
# a heading's copy right after it, then the heading and the paragraph after it printed again
@example(
    "Người người người người người người người người.\nNgười người người người\nNgười người người người\n"
    "Lao người người người người người người người.\n"
    "Người người người người người người. Người người người người người người.\nNgười người người người\n"
    "Lao người người người người người người người."
)
# copies dropped between a paragraph and a headline that copies it do not part them
@example(
    "Người người người người\nLao người người người người người người người.\n0 0 0 0 A .\n0 0 0 0 A .\n"
    "0 0 0 0 A .\nLao người người người người người người người"
)
# a copy kept for the teaser, the line and the byline between it and its print, which later steps take
# (found by the thorough profile)
@example(
    "Người người người người\nNgười người người người người người người người người.\n"
    + _REFRAIN
    + "\nPhiên bản di động\nNgười người người người người người người người.\nNgười người người người người\n"
    "Phương Thảo\n" + _REFRAIN
)
# ... and once that copy goes, a short line before it is the last and the tail takes it (thorough profile)
@example(
    "Người người người người người người. Người người người người người người.\n"
    "Người người người người người người người người người người người người? Lao người người người người người.\n"
    "Tin khác\nNgười người người người người người người người.\nPhiên bản di động\n0\n"
    "Người người người người người người người người người người người người? Lao người người người người người."
)
# the lead printed again between a paragraph's copy and the short line after it: once the lead's copy
# goes, the paragraph and that line are a block printed twice (thorough profile)
@example(
    "\n".join([_LEAD, _SECOND, _SHORT, "Người người người người người người người người.", _SECOND, _LEAD, _SHORT])
)
# a short line between two menu items is the menu's (the head step's): the title is chosen as if it were gone,
# so the name above the title is read the same on a second run (found by a default-profile run)
@example(
    "Phương Thảo\nNgười người người người người\nPhiên bản di động\nNgười người người người\nPhiên bản di động\n"
    "Người người người người người người. Người người người người người người."
)
# ... but a run of such lines that holds the first candidate holds the title: "Thích" stands between "Mục lục" and
# the title, "Chia sẻ" under it; the title is chosen as a second run chooses it (thorough profile)
@example(
    "Mục lục\nThích\nNgười người người người\nChia sẻ\n"
    "Người người người người người người. Người người người người người người.\nNgười người người người người người."
)
# a line of numbers and signs with one letter under the title ("0 0 A") is no candidate for it: the head step
# takes it, and a second run would choose among the others (default profile)
@example(
    "Phương Thảo\n0\x1e0\x1b0\tA\nPhiên bản di động\nNgười người người người\n"
    "Người người người người người người người người."
)
# ... and a run closed by a button under the title ("0"), which the head step takes too (default profile)
@example(
    "Người người người lao\nNgười người người người người\nPhiên bản di động\nNgười người người người\n0\n"
    "Người người người người người người người người."
)
@example(
    "Người người người lao\nNgười người người người người\n0\nNgười người người người\nNgười người người người\n"
    "Phiên bản di động\nNgười người người người người người người người."
)
@example(
    "Lao người người người\n![]() |\nNgười người người người\nPhiên bản di động\nLao người người người\n"
    "Người người người người người người người người."
)
@example(
    "Lao người người người\n0\n![]() |\nNgười người người người\nPhiên bản di động\nLao người người người\n"
    "Người người người người người người người người."
)
# ... and past the markup residue between the button and the run, as the title step reads it (thorough profile)
@example(
    "Phương Thảo\n0\n\U00018cd6\r0000000A\x1bA\tA\nPhiên bản di động\nNgười người người người người người người người."
)
# ... and a caption in table pipes ends the run for both (the image step's line, never a menu's): hypothesis found the
# head step's run going on over it, so the title changed once the run was gone
@example(
    "Phương Thảo\nPhiên bản di động\nNgười người người người người\n| Chú thích |\nPhiên bản di động\n"
    "Người người người người\nNgười người người người người người. Người người người người người người."
)
# ... and of two headlines over the lead the title is the one of more words, not of more characters: a line of
# digits read as longer changed the title once the lines between were gone
@example(
    "Phương Thảo\nPhiên bản di động\nNgười người người người người\n0000000000000000000000000A\x1bA\x1bA\n"
    "Phiên bản di động\nNgười người người người người\nNgười người người người người người. Người người người người"
    " người người."
)
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@SETTINGS
@given(inputs)
def test_no_invented_text(text: str) -> None:
    output = clean(text)
    assert pieces_in_order(output.split("\n") if output else [], normalize(text).split("\n"))


@SETTINGS
@given(inputs)
def test_output_is_tidy(text: str) -> None:
    output = clean(text)
    assert unicodedata.is_normalized("NFC", output)
    assert not _INVISIBLE_OR_CONTROL.search(output)
    assert not _STRAY_JOINER.search(output)
    for line in output.split("\n") if output else []:
        assert line, "no empty lines"
        assert line == line.strip(), "no leading or trailing spaces"
        assert "  " not in line


@SLOW
@given(noisy_article())
def test_an_article_comes_back_from_its_noise(case) -> None:
    raw, art, meta = case
    result = clean_document(raw)
    assert result.text.split("\n") == [normalize(line) for line in [art.title, *art.paragraphs]]
    assert result.title == normalize(art.title)
    assert result.author == meta["author"]
    assert result.source == meta["source"]


@SETTINGS
@given(inputs)
def test_every_removed_line_is_from_the_input(text: str) -> None:
    # normalized as part of the document: a line's encoding is decided with the whole document's evidence
    source = normalize(text).split("\n")
    for removal in clean_document(text).removed:
        assert removal.line >= 1
        if removal.rule != "normalize":
            # other rules see normalized lines
            assert removal.text == source[removal.line - 1]


@SETTINGS
@given(inputs)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@SETTINGS
@given(inputs)
def test_normalize_same_for_nfc_and_nfd(text: str) -> None:
    assert normalize(unicodedata.normalize("NFD", text)) == normalize(unicodedata.normalize("NFC", text))


_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@SETTINGS
@given(inputs)
def test_normalize_keeps_every_line(text: str) -> None:
    """Every line break of any kind is one "\n": no line is ever removed or split. A NEL inside
    mojibake ("á»\x85" is "ễ" read as Latin-1) is a byte of a letter, not a break (issue 18)."""
    inside_mojibake = fix_line_breaks(text).count("\x85")
    assert normalize(text).count("\n") == len(_LINE_BREAK.findall(text)) - inside_mojibake


vietnamese_text = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊIOÔƠUƯY 0123456789.,;:!?-“”\"'()")
        + list("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ")
    ),
    max_size=80,
)


def letters(text: str) -> str:
    return "".join(char for char in unidecode(text) if char.isalnum())


@SETTINGS
@given(vietnamese_text)
def test_normalize_never_changes_the_letters(text: str) -> None:
    """Only where marks sit changes: stripped of accents, the letters are the same
    (except in text that looks like mojibake, which is meant to change)."""
    assume(not looks_broken(text))
    assert letters(normalize(text)) == letters(text)


@SETTINGS
@given(st.one_of(st.text(), st.text(any_code_point), touchy))
def test_no_exception_on_any_str(text: str) -> None:
    assert isinstance(clean(text), str)
    assert isinstance(normalize(text), str)


@SETTINGS
@given(st.one_of(st.text(any_code_point), touchy))
def test_output_can_always_be_written_as_utf8(text: str) -> None:
    """Lone surrogates become U+FFFD: the output of clean and normalize always encodes."""
    clean(text).encode("utf-8")
    normalize(text).encode("utf-8")


@SETTINGS
@given(touchy)
def test_normalize_is_idempotent_where_repairs_meet(text: str) -> None:
    """Mojibake next to soft hyphens, C1 controls, legacy hints and joiners: one pass settles it."""
    once = normalize(text)
    assert normalize(once) == once
    plain = normalize(text, tone_style=None)
    assert normalize(plain, tone_style=None) == plain


@SETTINGS
@given(st.lists(touchy, min_size=2, max_size=6).map("\n".join), st.sampled_from(["old", "new", None]))
@example("ÕA\x80\nhòa", "new")  # the moved mark makes mojibake, which a second pass repairs
@example("©\nÂ\x80Ä\x08", "old")  # the control becomes a space that the next pass strips
def test_settling_only_the_lines_a_pass_changed_equals_every_step(text: str, style: str | None) -> None:
    """normalize settles only the lines its first pass changed (the others are fixed points of
    the steps); the named steps, run in order, settle every line."""
    assert normalize(text, tone_style=style) == reduce(lambda t, step: step[1](t), steps(style), text)
