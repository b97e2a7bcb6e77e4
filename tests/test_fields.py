"""Fields (issue 18): a user's field is never replaced unless asked; a record without text never vanishes
silently; every output line is valid JSON; the command's boilerplate file loads in the library; wrong
argument types are a clear TypeError. The command runs as a subprocess on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from vnnews_clean import Boilerplate, BoilerplateError, CleanOptions, NearDeduplicator, clean, clean_document
from vnnews_clean import learn_boilerplate as learn
from vnnews_clean.boilerplate import BoilerplateLearner
from vnnews_clean.integrations import RecordConfig, clean_record

from .test_boilerplate_command import site_records
from .test_command import ROOT, baomoi_records, read_jsonl, run, write_jsonl

ARTICLE = str(baomoi_records()[0]["text"])
JUNK = "Xem thêm"  # cleaned to nothing


def strict_json(line: str) -> Any:
    """A JSON value as RFC 8259 has it: NaN, Infinity and -Infinity refused."""
    return json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in {line[:80]!r}"))


def read_strict(path: Path) -> list[dict[str, Any]]:
    return [strict_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


# item 6: a user's clean_* field is never replaced without --overwrite-field


@pytest.mark.parametrize("output", ["out.jsonl", "out.parquet"])
def test_a_records_clean_title_is_never_replaced_without_overwrite_field(tmp_path: Path, output: str) -> None:
    records = [{"id": "a", "text": ARTICLE, "title": "crawler's", "clean_title": "mine, edited by hand"}]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    target = tmp_path / output
    done = run(source, "-o", target, "-j", "1")
    assert done.returncode == 3, done.stderr
    assert f"{source}:1: the record already has fields 'title' and 'clean_title'" in done.stderr.decode()
    assert "--overwrite-field replaces 'clean_title'" in done.stderr.decode()
    assert not target.exists()
    done = run(source, "-o", target, "-j", "1", "--overwrite-field", "-q")
    assert done.returncode == 0, done.stderr
    (row,) = read_jsonl(target) if output.endswith(".jsonl") else pq.read_table(target).to_pylist()
    assert row["title"] == "crawler's" and row["clean_title"] == clean_document(ARTICLE).title


def test_every_clean_field_is_checked_and_a_free_one_is_used(tmp_path: Path) -> None:
    records = [
        {"id": "author", "text": ARTICLE, "author": "A", "clean_author": "mine"},
        {"id": "published", "text": ARTICLE, "published": "2020", "clean_published": "mine"},
        {"id": "free", "text": ARTICLE, "source": "S", "clean_title": "not ours: there is no title field"},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    done = run(source, "-o", tmp_path / "out.jsonl", "-j", "1", "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    assert "fields 'author' and 'clean_author'" in done.stderr.decode()
    assert "fields 'published' and 'clean_published'" in done.stderr.decode()
    (row,) = read_jsonl(tmp_path / "out.jsonl")
    result = clean_document(ARTICLE)
    assert row["clean_title"] == "not ours: there is no title field" and row["title"] == result.title
    assert row["source"] == "S" and row["clean_source"] == result.source


def test_the_rule_in_one_place() -> None:
    from vnnews_clean.fields import FieldTaken, check_free, metadata_keys, no_text_reason

    assert metadata_keys({"text"}, False, "-") == {n: n for n in ("title", "author", "source", "published")}
    assert metadata_keys({"title", "author"}, False, "-")["title"] == "clean_title"
    with pytest.raises(FieldTaken, match=r"'title' and 'clean_title' \(X replaces 'clean_title'\)"):
        metadata_keys({"title", "clean_title"}, False, "X")
    assert metadata_keys({"title", "clean_title"}, True, "X")["title"] == "clean_title"  # the user's title stays
    with pytest.raises(FieldTaken, match=r"a field 'q_x' \(X replaces it\)"):
        check_free({"q_x"}, ["q_y", "q_x"], False, "X")
    check_free({"q_x"}, ["q_x"], True, "X")
    assert issubclass(FieldTaken, ValueError)
    assert [no_text_reason(True, ""), no_text_reason(False, ""), no_text_reason(False, "x")] == ["null", "empty", None]


# item 20: an input's own metadata column keeps its type


def test_a_parquet_inputs_int_author_column_is_kept_with_its_type(tmp_path: Path) -> None:
    texts = [str(r["text"]) for r in baomoi_records()[:3]]
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": texts, "author": [7, 8, None]}), source)
    for output in ("out.parquet", "out.jsonl"):
        done = run(source, "-o", tmp_path / output, "-j", "1", "-q")
        assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("author").type == pa.int64()  # the input's column, as it came
    assert table.schema.field("clean_author").type == pa.string()  # ours, beside it
    rows = table.to_pylist()
    assert [r["author"] for r in rows] == [7, 8, None]
    assert [r["clean_author"] for r in rows] == [clean_document(t).author for t in texts]
    assert [r["author"] for r in read_jsonl(tmp_path / "out.jsonl")] == [7, 8, None]


# item 13: a null text and an emptied document: not written, counted, reported; the same on every input


def null_and_junk(tmp_path: Path, fmt: str) -> Path:
    ids, texts = ["good", "null", "junk"], [ARTICLE, None, JUNK]
    if fmt == "parquet":
        source = tmp_path / "in.parquet"
        pq.write_table(pa.table({"id": ids, "text": pa.array(texts, pa.string())}), source)
        return source
    return write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in zip(ids, texts, strict=True)])


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
@pytest.mark.parametrize("output", ["out.jsonl", "out.parquet", "mirror/"])
def test_null_and_emptied_documents_are_left_out_counted_and_reported(tmp_path: Path, fmt: str, output: str) -> None:
    source = null_and_junk(tmp_path, fmt)
    report = tmp_path / "report.jsonl"
    done = run(source, "-o", tmp_path / output, "--report", report, "-j", "1")
    assert done.returncode == 0, done.stderr  # a null text is no bad record
    assert "1 emptied and 1 with null text (not written)" in done.stderr.decode()
    written = tmp_path / "mirror" / source.name if output == "mirror/" else tmp_path / output
    rows = pq.read_table(written).to_pylist() if written.suffix == ".parquet" else read_strict(written)
    assert [(r["id"], r["text"]) for r in rows] == [("good", clean(ARTICLE))]
    lines = read_strict(report)
    assert [line.get("dropped") for line in lines] == [None, "null", "empty"]


def test_an_emptied_text_file_gives_an_empty_file_and_no_blank_document_on_stdout(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    done = run(tmp_path / "in", "-o", tmp_path / "out/", "-j", "1")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "b.txt").read_bytes() == b""  # there, so --resume knows it is done
    assert "1 emptied (not written)" in done.stderr.decode()
    done = run(tmp_path / "in", "-j", "1", "-q")
    assert done.stdout.decode() == f"{clean(ARTICLE)}\n\n{clean(ARTICLE)}\n"  # no blank document between


def test_a_record_without_the_text_field_is_still_bad(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "body": ARTICLE}])
    done = run(source, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3 and "no 'text' field" in done.stderr.decode()


def test_clean_record_reports_null_and_empty() -> None:
    null, empty, kept = clean_record(None), clean_record(JUNK), clean_record(ARTICLE)
    assert (null.text, null.keep, null.drop_reasons()) == ("", False, ["null"])
    assert (empty.text, empty.keep, empty.drop_reasons()) == ("", False, ["empty"])
    assert (kept.keep, kept.drop_reasons()) == (True, [])
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        clean_record(b"x")  # type: ignore[arg-type]


# item 19: every output line is valid JSON


def test_nan_in_a_json_lines_record_is_a_bad_record(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"id": 1, "text": ARTICLE}, ensure_ascii=False)
    lines = [good, '{"id": NaN, "text": "x"}', '{"id": 3, "score": -Infinity, "text": "x"}', good]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run(source, "-o", tmp_path / "out.jsonl", "-j", "1")
    assert done.returncode == 3
    assert f"{source}:2: invalid JSON: NaN is not a JSON value" in done.stderr.decode()
    report = tmp_path / "report.jsonl"
    done = run(source, "-o", tmp_path / "out.jsonl", "-j", "1", "--on-error", "skip", "--report", report)
    assert done.returncode == 0, done.stderr
    assert "-Infinity is not a JSON value" in done.stderr.decode()
    assert [r["id"] for r in read_strict(tmp_path / "out.jsonl")] == [1, 1]
    assert len(read_strict(report)) == 4


def test_nan_in_a_parquet_row_never_becomes_invalid_json(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    texts = [str(r["text"]) for r in baomoi_records()[:2]]
    pq.write_table(pa.table({"id": [1.0, float("nan")], "score": [float("inf"), 0.5], "text": texts}), source)
    done = run(source, "-o", tmp_path / "out.jsonl", "-j", "1", "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    assert "in.parquet:1: field 'score' holds NaN or Infinity" in done.stderr.decode()
    assert "in.parquet:2: field 'id' holds NaN or Infinity" in done.stderr.decode()
    assert read_strict(tmp_path / "out.jsonl") == []
    report = tmp_path / "report.jsonl"
    done = run(source, "-o", tmp_path / "out.parquet", "-j", "1", "--report", report, "--id-field", "id")
    assert done.returncode == 3 and "name another --id-field" in done.stderr.decode()
    done = run(source, "-o", tmp_path / "out.parquet", "-j", "1", "--report", report, "-q")
    assert done.returncode == 0, done.stderr  # Parquet holds NaN: the rows are written as they came
    assert pq.read_table(tmp_path / "out.parquet").column("score").to_pylist() == [float("inf"), 0.5]
    read_strict(report)


# item 16: the command's --save-boilerplate file loads in the library


def test_the_commands_saved_boilerplate_loads_with_boilerplate_load(tmp_path: Path) -> None:
    from vnnews_clean.boilerplate import load_sites

    records = site_records()
    source = write_jsonl(tmp_path / "in.jsonl", records)
    saved = tmp_path / "sites.json"
    args = ("--learn-boilerplate", "--save-boilerplate", saved, "-j", "1", "-q")
    assert run(source, "-o", tmp_path / "out.jsonl", *args).returncode == 0
    sites = load_sites(saved)
    assert sorted(sites) == ["a.vn", "b.vn"]  # type: ignore[type-var]
    for site, learnt in sites.items():
        loaded = Boilerplate.load(saved, site=site)
        assert loaded.counts == learnt.counts and loaded.documents == 20 and len(loaded) == 3
        assert "Gửi góp ý" in Boilerplate.load(saved, site="b.vn")
    with pytest.raises(BoilerplateError, match=r"holds a set per site \('a.vn', 'b.vn'\): give site=one of them"):
        Boilerplate.load(saved)
    with pytest.raises(BoilerplateError, match=r"no set for site 'c.vn'; give site=one of them"):
        Boilerplate.load(saved, site="c.vn")
    # and back: a set saved by the library is what --boilerplate reads, for every record
    one = tmp_path / "one.json"
    Boilerplate.load(saved, site="a.vn").save(one)
    assert load_sites(one)[None].counts == sites["a.vn"].counts
    assert Boilerplate.load(one, site="anything").counts == sites["a.vn"].counts
    done = run(source, "-o", tmp_path / "again.jsonl", "--boilerplate", one, "-j", "1", "-q")
    assert done.returncode == 0, done.stderr
    texts = [r["text"] for r in read_jsonl(tmp_path / "again.jsonl")]
    assert texts == [clean(str(r["text"]), boilerplate=sites["a.vn"]) for r in records]


def test_a_one_site_file_needs_no_site(tmp_path: Path) -> None:
    records = [{k: v for k, v in r.items() if k != "url"} for r in site_records()]  # no site: one group
    source = write_jsonl(tmp_path / "in.jsonl", records)
    saved = tmp_path / "sites.json"
    assert run(source, "--learn-boilerplate", "--save-boilerplate", saved, "-o", tmp_path / "o.jsonl").returncode == 0
    learnt = learn([str(r["text"]) for r in records], capacity=1_000)
    assert Boilerplate.load(saved).counts == learnt.counts == Boilerplate.load(saved, site="").counts


# item 17: wrong argument types are a TypeError naming the argument


def test_learn_boilerplate_takes_an_iterable_of_documents_not_one() -> None:
    with pytest.raises(TypeError, match=r"texts must be an iterable of documents \(str\), not one str"):
        learn("Trang chủ\nMột bài báo.")
    with pytest.raises(TypeError, match="not bytes: bytes are not accepted"):
        learn(b"Trang ch\xe1\xbb\xa7")
    with pytest.raises(TypeError, match="a document must be str, not bytes; decode"):
        learn([b"x"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="texts must be an iterable of documents"):
        learn(5)  # type: ignore[arg-type]
    assert learn(iter(["Trang chủ\nMột bài."] * 5)).documents == 5  # a generator is fine


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"keep_captions": "no"}, "keep_captions must be bool (True or False), not str 'no'"),
        ({"keep_byline": 1}, "keep_byline must be bool (True or False), not int 1"),
        ({"tone_style": 5}, "tone_style must be str or None, not int 5"),
        ({"paragraph_sep": b"\n"}, "paragraph_sep must be str, not bytes b'\\n'; decode"),
        ({"boilerplate": {"a"}}, "boilerplate must be Boilerplate or None, not set"),
    ],
)
def test_every_clean_option_is_checked_for_its_type(options: dict[str, Any], message: str) -> None:
    for call in (lambda: clean("Ảnh: Hà Nội\nMột bài.", **options), lambda: CleanOptions(**options)):
        with pytest.raises(TypeError, match=re.escape(message)):
            call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: RecordConfig(signals="no"), "signals must be bool"),  # type: ignore[arg-type]
        (lambda: RecordConfig.from_kwargs(filter=1), "filter must be bool"),
        (lambda: RecordConfig(markup=None), "markup must be str, not NoneType"),  # type: ignore[arg-type]
        (lambda: learn([], max_words=True), "max_words must be int, not bool"),
        (lambda: learn([], min_share="0.1"), "min_share must be a number (int or float), not str"),
        (lambda: BoilerplateLearner(capacity=2.5), "capacity must be int, not float"),  # type: ignore[arg-type]
        (lambda: NearDeduplicator(threshold="0.8"), "threshold must be a number"),  # type: ignore[arg-type]
        (lambda: NearDeduplicator(num_perm=True), "num_perm must be int, not bool"),
        (lambda: Boilerplate.load(ROOT / "x.json", site=1), "site must be str, not int"),  # type: ignore[arg-type]
    ],
)
def test_other_public_functions_check_their_argument_types(call: Any, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        call()
