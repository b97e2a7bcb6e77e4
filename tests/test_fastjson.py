"""orjson (the ``orjson`` extra) reads and writes the command's JSON Lines as Python's json does (issue 22):
the same output bytes, report and messages with and without it, on records where the two libraries differ
(integers beyond 64 bits, floats, lone surrogate escapes, NaN, deep nesting, non-ASCII and control
characters). The command runs as a subprocess, once with orjson and once with ``VNNEWS_CLEAN_NO_ORJSON=1``."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean.command import fastjson
from vnnews_clean.command.sinks import NotJson, jsonl
from vnnews_clean.command.sources import parse_jsonl

from .test_command import ROOT, baomoi_records

orjson = pytest.importorskip("orjson")

ARTICLE = str(baomoi_records()[0]["text"])
SHORT = str(baomoi_records()[1]["text"])
QUOTED = json.dumps(SHORT, ensure_ascii=False)
CONTROLS = "\\u00e9\\u0000\\u001f\\u007f\\u2028"  # é, two controls json escapes, two it writes as they are


# Lines as a scraper may write them, each a case where orjson and json differ or might.
LINES = [
    json.dumps({"id": "ascii", "text": ARTICLE}),  # \u escapes throughout: written back as UTF-8
    json.dumps({"id": "utf8", "text": ARTICLE, "tác_giả": "Nguyễn Văn Ánh"}, ensure_ascii=False),
    json.dumps({"id": 2**64, "text": SHORT, "views": -(2**63) - 1, "sizes": [2**70, 1, -(2**64)]}),
    json.dumps({"id": 2**64 - 1, "text": SHORT, "views": -(2**63)}),  # the last integers orjson holds
    '{"id": "floats", "text": ' + QUOTED + ', "a": -0.0, "b": 1e16, "c": 1e-7, "d": 0.1, "e": 1E5, "f": 4.9e-325}',
    '{"id": "digits", "text": "x", "score": 123456789012345678901234567890.5, "n": -0}',
    '{"id": "too big", "text": ' + QUOTED + ', "score": 1e400}',  # json reads inf: not written (RFC 8259)
    '{"id": "nan", "text": "x", "score": NaN}',
    '{"id": "lone", "text": "Sáng nay\\ud800 mưa"}',
    '{"id": "lone low", "text": "x", "tags": ["a\\udc00"]}',
    '{"id": "lone then letter", "text": "x", "k\\ud800\\u0041": 1}',
    '{"id": "\\ud83d\\ude00", "text": ' + QUOTED + ', "emoji key \\ud83d\\ude00": "' + CONTROLS + '"}',
    json.dumps({"id": "nested", "text": ARTICLE, "meta": {"tags": ["thời sự", {"x": [None, True, False]}]}}),
    json.dumps({"id": "nested float", "text": SHORT, "meta": {"geo": [[21.0285, 105.8542]], "n": 2**65}}),
    '{"id": "deep", "text": "x", "d": ' + "[" * 150 + "]" * 150 + "}",  # read by both, written by json
    '{"id": "too deep", "text": "x", "d": ' + "[" * 1100 + "]" * 1100 + "}",
    '{"id": "dup", "text": "first", "id": "again", "text": ' + QUOTED + "}",
    '{"id": "escapes", "text": ' + QUOTED[:-1] + '\\n\\t\\"quoted\\" \\\\ \\/ \\b\\f\\r"}',
    '{"id": "null text", "text": null}',
    '{"id": "number text", "text": 5}',
    '{"id": "no text"}',
    '["not", "an", "object"]',
    '{"id": "trailing comma", "text": "x",}',
    '{"id": "raw tab", "text": "a\tb"}',
    '{"id": 1} {"id": 2}',
]


def run(*args: str | Path, orjson_on: bool) -> subprocess.CompletedProcess[bytes]:
    env = {key: value for key, value in os.environ.items() if key != fastjson.NO_ORJSON_VARIABLE}
    if not orjson_on:
        env[fastjson.NO_ORJSON_VARIABLE] = "1"
    command = [sys.executable, "-m", "vnnews_clean", *map(str, args)]
    return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, env=env)


def written(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None  # a stopped run leaves no output


def outputs(tmp_path: Path, source: Path, name: str, *options: str, orjson_on: bool) -> tuple[Any, ...]:
    """The exit status, output, report and messages of one run (without the time it took)."""
    folder = tmp_path / name
    folder.mkdir()
    done = run(source, "-o", folder / "out.jsonl", "--report", folder / "r.jsonl", *options, orjson_on=orjson_on)
    stderr = re.sub(rb"; [0-9.]+ s, [0-9.]+ MB/s", b"", done.stderr.replace(str(folder).encode(), b"FOLDER"))
    return done.returncode, written(folder / "out.jsonl"), written(folder / "r.jsonl"), stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_command_writes_the_same_bytes_with_and_without_orjson(tmp_path: Path, workers: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(("\n".join(LINES) + "\n").encode("utf-8"))
    options = ("-j", workers, "--on-error", "skip", "--signals")
    fast = outputs(tmp_path, source, "fast", *options, orjson_on=True)
    plain = outputs(tmp_path, source, "plain", *options, orjson_on=False)
    assert fast == plain
    code, output, report, stderr = fast
    assert code == 0, stderr
    records = [json.loads(line) for line in output.decode("utf-8").split("\n")[:-1]]  # (not splitlines: U+2028)
    by_id = {str(record["id"]): record for record in records}
    assert by_id[str(2**64)]["views"] == -(2**63) - 1 and by_id[str(2**64)]["sizes"] == [2**70, 1, -(2**64)]
    assert b'"id": 18446744073709551616' in output and b'"sizes": [1180591620717411303424, 1, ' in output
    assert b'"a": -0.0, "b": 1e+16, "c": 1e-07, "d": 0.1, "e": 100000.0, "f": 0.0' in output
    assert b'"score": 1.2345678901234568e+29, "n": 0' in output
    assert b'"emoji key \xf0\x9f\x98\x80": "\xc3\xa9\\u0000\\u001f\x7f\xe2\x80\xa8"' in output
    assert by_id["nested"]["meta"] == {"tags": ["thời sự", {"x": [None, True, False]}]}
    assert by_id["again"]["text"] and "dup" not in by_id  # the last of a repeated field, as json reads it
    assert "Nguyễn Văn Ánh".encode() in output and b"\\u" not in output.split(b"\n")[0]
    reported = [json.loads(line) for line in report.splitlines()]
    errors = {entry["line"]: entry["error"] for entry in reported if "error" in entry}
    assert "NaN is not a JSON value" in errors[8]
    assert "field 'score' holds NaN or Infinity" in errors[7]  # 1e400: Infinity, never written
    assert "lone surrogate escape (\\ud800) in field 'text'" in errors[9]
    assert "nested too deeply to read" in errors[16]


def test_the_command_stops_on_the_same_record_with_and_without_orjson(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(("\n".join([*LINES[:3], '{"id": "lone", "text": "a\\ud800"}', *LINES[:2]]) + "\n").encode())
    fast = outputs(tmp_path, source, "fast", "-j", "1", orjson_on=True)
    plain = outputs(tmp_path, source, "plain", "-j", "1", orjson_on=False)
    assert fast[0] == plain[0] == 3 and fast[3] == plain[3]
    assert b"in.jsonl:4: lone surrogate escape (\\ud800) in field 'text'" in fast[3]


# the same, value by value, on any JSON the strategies make


def json_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.integers(min_value=2**62, max_value=2**66)
        | st.integers(max_value=-(2**62), min_value=-(2**66))
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(st.characters(codec="utf-8"))  # no surrogates: json cannot write them as UTF-8 either
    )
    keys = st.text(st.characters(codec="utf-8"), max_size=5)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4))


@contextlib.contextmanager
def using(module: Any) -> Iterator[None]:
    """The command's JSON reading and writing with orjson (``module``) or without (None)."""
    before = fastjson.orjson
    fastjson.orjson = module
    try:
        yield
    finally:
        fastjson.orjson = before


def both(function: Any, *args: Any) -> tuple[Any, Any]:
    """What ``function`` returns or raises (its type), with orjson and without."""
    found = []
    for module in (orjson, None):
        with using(module):
            try:
                found.append(function(*args))
            except Exception as error:
                found.append(type(error))
    return found[0], found[1]


KEYS = st.text(st.characters(codec="utf-8"), max_size=5)  # no lone surrogate: not UTF-8, in a key or a value


@given(st.dictionaries(KEYS, json_values(), max_size=6), st.booleans())
def test_a_record_reads_and_writes_as_json_reads_and_writes_it(record: dict[str, Any], ascii_only: bool) -> None:
    fields = {**record, "text": "x"}
    line = json.dumps(fields, ensure_ascii=ascii_only).encode("utf-8")
    with using(orjson):
        fast = fastjson.loads(line)
    if fast is not None:  # None: json reads it (a float, a big integer)
        assert json.dumps(fast) == json.dumps(fields)  # (-0.0 == 0.0, but not as JSON)
    read_fast, read_plain = both(parse_jsonl, line, "text")
    assert json.dumps(read_fast) == json.dumps(read_plain) == json.dumps(("x", fields))
    written_fast, written_plain = both(jsonl, fields)
    assert written_fast == written_plain == json.dumps(fields, ensure_ascii=False).encode("utf-8") + b"\n"


@pytest.mark.parametrize(
    "fields",
    [{"text": "a\ud800"}, {"a\udc00": 1}, {"text": "x", "f": float("nan")}, {"text": "x", "l": [float("inf")]}],
)
def test_what_json_cannot_write_orjson_does_not_write(fields: dict[str, Any]) -> None:
    fast, plain = both(jsonl, fields)
    assert fast == plain and fast in (UnicodeEncodeError, NotJson)


def test_without_orjson_json_reads_and_writes_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastjson, "orjson", None)
    assert fastjson.loads(b'{"text": "x"}') is None and fastjson.dumps("x") is None
    assert parse_jsonl(b'{"text": "x", "n": 18446744073709551616}', "text") == ("x", {"text": "x", "n": 2**64})
    assert (
        jsonl({"text": "Hà Nội", "n": 2**64, "f": 1e16})
        == '{"text": "Hà Nội", "n": 18446744073709551616, "f": 1e+16}\n'.encode()
    )


def test_orjson_is_used_where_installed_and_not_when_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fastjson.NO_ORJSON_VARIABLE, raising=False)
    assert fastjson._orjson() is orjson
    monkeypatch.setenv(fastjson.NO_ORJSON_VARIABLE, "1")
    assert fastjson._orjson() is None
    monkeypatch.delenv(fastjson.NO_ORJSON_VARIABLE)
    monkeypatch.setitem(sys.modules, "orjson", None)  # not installed
    assert fastjson._orjson() is None
