"""Huge single-line documents: normalized in pieces with the same result, and
memory a small multiple of the document (it was ~36x)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean import clean_document, normalize
from vnnews_clean.command.sinks import jsonl
from vnnews_clean.lines.shapes import line_key, more_words_than, word_count

from .strategies import paragraph

normalization = importlib.import_module("vnnews_clean.normalization.core")  # where normalize's steps are run
_normalize_whole = normalization._normalize

# words, odd spaces, invisible characters, decomposed marks, misplaced tones
_TOKENS = st.sampled_from(
    ["hoà", "thuỷ", "Người", "dân", "khoẻ", "a\u0300", " ", "  ", "\xa0", "\u200b", "\t", "\u0301", "😀", "x", "."]
)
_LINE = st.lists(_TOKENS, min_size=1, max_size=80).map("".join)


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines over 40 characters count as huge and are cut every 10 or so."""
    monkeypatch.setattr(normalization, "HUGE_LINE", 40)
    monkeypatch.setattr(normalization, "PIECE", 10)


@pytest.mark.usefixtures("small_pieces")
@given(st.lists(_LINE, min_size=1, max_size=4).map("\n".join), st.sampled_from(["old", "new", None]))
def test_normalize_in_pieces_equals_normalize_whole(text: str, style: str | None) -> None:
    assert normalize(text, tone_style=style) == _normalize_whole(text, style)


@pytest.mark.usefixtures("small_pieces")
def test_normalize_in_pieces_is_used_and_equal_on_long_prose() -> None:
    line = "Người  dân hoà\xa0mình vào lễ hội,\u200b thuỷ chung và khoẻ mạnh. " * 20
    assert normalization.normalized_in_pieces(line)
    assert normalize(line) == _normalize_whole(line, "old")


def test_lines_that_a_whole_line_rule_judges_are_normalized_whole() -> None:
    # the legacy-encoding vote, mojibake repair and entities decide per line
    for line in ("Vi\u1ec7t & Nam " * 10, "Viá»‡t Nam " * 10, "Thµnh phè " * 10):
        assert not normalization.piecewise(line)


@pytest.mark.usefixtures("small_pieces")
@given(st.lists(paragraph(), min_size=1, max_size=4))
def test_cleaning_a_document_with_huge_lines_explains_the_same(paragraphs: list[str]) -> None:
    text = "\n".join(p.replace("hòa", "hoà") for p in paragraphs)
    assert normalization.HUGE_LINE == 40  # each example starts with tiny pieces
    pieced = clean_document(text)
    normalization.HUGE_LINE = 10**9
    try:
        whole = clean_document(text)
    finally:
        normalization.HUGE_LINE = 40
    assert (pieced.text, pieced.title) == (whole.text, whole.title)
    assert [(r.rule, r.line, r.text, r.kept) for r in pieced.removed] == [
        (r.rule, r.line, r.text, r.kept) for r in whole.removed
    ]


@given(st.text(st.sampled_from("ab \t\n\xa0"), max_size=3000), st.integers(0, 50))
def test_more_words_than_counts_like_split(line: str, n: int) -> None:
    assert more_words_than(line, n) == (word_count(line) > n)


def test_long_lines_are_not_kept_alive_by_the_key_cache() -> None:
    from vnnews_clean.lines.shapes import _line_key

    _line_key.cache_clear()
    line_key("Tin liên quan " * 200)
    assert _line_key.cache_info().currsize == 0
    line_key("Tin liên quan")
    assert _line_key.cache_info().currsize == 1


@given(st.dictionaries(st.text(max_size=5), st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text()))))
def test_jsonl_is_json_dumps(record: dict[str, object]) -> None:
    import vnnews_clean.command.sinks as sinks

    sinks_piece, sinks._JSON_PIECE = sinks._JSON_PIECE, 3
    try:
        assert jsonl(record) == (json.dumps(record, ensure_ascii=False) + "\n").encode()
    finally:
        sinks._JSON_PIECE = sinks_piece


# Peak memory of a child process (KiB on Linux), as benchmarks/bench_memory.py measures it.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
_UNIT = "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh. "
_MB = 5


# The floor of a memory test is the library loaded (the package imports its modules on first use):
# what a text costs is measured above what the code costs.
_LOADED = "import vnnews_clean; vnnews_clean.clean('Hà Nội mưa lớn.')"
_COMMAND_LOADED = f"{_LOADED}; import vnnews_clean.command.cleaning"


def _peak_mb(*command: str) -> float:
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def test_cleaning_a_huge_line_takes_a_small_multiple_of_its_size() -> None:
    make = f"{_LOADED}; text = {_UNIT!r} * {_MB * 1_000_000 // len(_UNIT.encode())}\n"
    floor = _peak_mb(sys.executable, "-c", make)
    peak = _peak_mb(sys.executable, "-c", make + "vnnews_clean.clean(text)")
    # the whole pipeline on top of the text: ~2.5x the document's size (it was ~30x)
    assert peak - floor < 6 * _MB, (floor, peak)


def test_the_command_on_a_huge_json_lines_record_takes_a_small_multiple_of_its_size(tmp_path: Path) -> None:
    text = _UNIT * (_MB * 1_000_000 // len(_UNIT.encode()))
    source = tmp_path / "doc.jsonl"
    source.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    floor = _peak_mb(sys.executable, "-c", _COMMAND_LOADED)
    command = (sys.executable, "-m", "vnnews_clean", "-q", "-j", "1", str(source), "-o", str(tmp_path / "out.jsonl"))
    peak = _peak_mb(*command)
    # ~6x now (reading, parsing, cleaning, writing); it was ~36x
    assert peak - floor < 10 * _MB, (floor, peak)
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["text"] == clean_document(text).text


# --- long documents of many lines: normalized a chunk of lines at a time ---

_PROSE_LINE = st.lists(
    st.sampled_from(["hoà", "thuỷ", "Người", "dân", "khoẻ", " ", "  ", "x", ".", "Việt"]), max_size=12
).map("".join)
# a line that normalize must judge with the whole text: mojibake, TCVN3, an entity, a control
_WHOLE_TEXT_LINE = st.sampled_from(["Viá»‡t Nam", "Thµnh phè Hµ Néi", "a &amp; b", "x\x85y", "Vi\u1ec7t\u200b"])


@given(
    st.lists(st.one_of(_PROSE_LINE, _WHOLE_TEXT_LINE), min_size=2, max_size=12),
    st.sampled_from(["old", "new", None]),
)
def test_a_long_document_normalized_by_chunks_equals_it_normalized_whole(lines: list[str], style: str | None) -> None:
    from vnnews_clean.cleaners import normalizer
    from vnnews_clean.cleaners.normalizer import NormalizeCleaner
    from vnnews_clean.document import Document
    from vnnews_clean.normalization import fix_line_breaks

    text = fix_line_breaks("\n".join(lines))  # as the pipeline does before the steps
    whole, chunked = Document.from_text(text), Document.from_text(text)
    NormalizeCleaner(style).apply(whole)
    chunk_chars, normalizer.CHUNK_CHARS = normalizer.CHUNK_CHARS, 8  # every document is long, chunks tiny
    try:
        NormalizeCleaner(style).apply(chunked)
    finally:
        normalizer.CHUNK_CHARS = chunk_chars
    assert chunked.lines == whole.lines
    assert chunked.removed == whole.removed and chunked.warnings == whole.warnings


def test_the_chunks_are_used_on_a_long_document_of_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnnews_clean.cleaners import normalizer
    from vnnews_clean.document import Document

    used: list[bool] = []
    by_chunks = normalizer.NormalizeCleaner._apply_by_chunks
    monkeypatch.setattr(
        normalizer.NormalizeCleaner, "_apply_by_chunks", lambda self, doc: used.append(by_chunks(self, doc)) or used[-1]
    )
    monkeypatch.setattr(normalizer, "CHUNK_CHARS", 100)
    doc = Document.from_text("\n\n".join([_UNIT * 3] * 20))
    normalizer.NormalizeCleaner().apply(doc)
    assert used == [True] and "hòa" in doc.lines[0] and "hoà" not in doc.render()
    used.clear()
    doc = Document.from_text("\n\n".join([_UNIT * 3] * 20 + ["Viá»‡t Nam"]))  # mojibake: the whole text decides
    normalizer.NormalizeCleaner().apply(doc)
    assert used == [False] and doc.lines[-1] == "Việt Nam"


def test_cleaning_many_paragraphs_takes_a_small_multiple_of_their_size() -> None:
    paragraphs = _MB * 1_000_000 // (len(_UNIT.encode()) * 13 + 2)
    make = f"{_LOADED}; text = '\\n\\n'.join([{(_UNIT * 13).strip()!r}] * {paragraphs})\n"
    floor = _peak_mb(sys.executable, "-c", make)
    peak = _peak_mb(sys.executable, "-c", make + "vnnews_clean.clean(text)")
    # the pipeline on top of the text: ~5x the document's size (~12x when normalize joined it whole)
    assert peak - floor < 7 * _MB, (floor, peak)


@given(st.lists(st.text(st.sampled_from("ab<>]] \t"), max_size=6), max_size=6))
def test_markup_is_looked_for_alike_in_short_and_long_documents(lines: list[str]) -> None:
    from vnnews_clean.cleaners import html_residue

    expected = any("<" in line or ">" in line or "]]" in line for line in lines)
    assert html_residue._may_hold_markup(lines) == expected
    limit, html_residue.JOIN_MAX_CHARS = html_residue.JOIN_MAX_CHARS, -1  # every document is long
    try:
        assert html_residue._may_hold_markup(lines) == expected
    finally:
        html_residue.JOIN_MAX_CHARS = limit


def test_a_json_lines_record_costs_what_its_text_costs(tmp_path: Path) -> None:
    """The reader keeps no reference to a record's bytes while it is cleaned (a generator's frame and
    enumerate's reused tuple held them: a copy of the document more)."""
    paragraphs = _MB * 1_000_000 // (len(_UNIT.encode()) * 13 + 2)
    text = "\n\n".join([(_UNIT * 13).strip()] * paragraphs)
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    peaks = {}
    for name in ("doc.txt", "doc.jsonl"):
        out = tmp_path / f"{name}.out.jsonl"
        peaks[name] = _peak_mb(
            sys.executable, "-m", "vnnews_clean", "-q", "-j", "1", str(tmp_path / name), "-o", str(out)
        )
    assert peaks["doc.jsonl"] - peaks["doc.txt"] < 0.5 * _MB, peaks
