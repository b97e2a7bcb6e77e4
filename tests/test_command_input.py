"""``vnnews-clean`` under bad or unusual input (issue 11): every failure is one line naming the
file (and line), with a documented exit code, and nothing is lost or half-written."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from vnnews_clean import clean, clean_document

from .test_command import DATA, ROOT, baomoi_records, expected_record, read_jsonl, run, write_jsonl

TRACEBACK = b"Traceback"


def files(folder: Path) -> list[str]:
    """Every file under ``folder`` (an empty folder left by a refused mirror run is not an output)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir())


# finding 1: a lone surrogate escape is a bad record, never a traceback


def surrogate_dump(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    good = baomoi_records()[:3]
    lines = [json.dumps(good[0], ensure_ascii=False), '{"id": "x", "text": "Sáng nay\\ud800 mưa"}']
    lines += [json.dumps(good[1], ensure_ascii=False), '{"id": "y", "text": "Tin", "tags": ["a\\udc00"]}']
    lines += [json.dumps(good[2], ensure_ascii=False), '{"id": "\\ud83d\\ude00", "url": "u", "text": "Tin vui"}']
    source = tmp_path / "dump.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source, [*good, {"id": "\U0001f600", "url": "u", "text": "Tin vui"}]  # a valid pair of escapes


OUTPUTS = ["out.jsonl", "out.jsonl.gz", "out.parquet", "folder/", "-"]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("output", OUTPUTS)
def test_a_lone_surrogate_stops_the_run_with_file_and_line(tmp_path: Path, workers: str, output: str) -> None:
    if "parquet" in output:
        pytest.importorskip("pyarrow")
    source, _ = surrogate_dump(tmp_path)
    target = "-" if output == "-" else str(tmp_path / output)
    done = run(source, "-o", target, "-j", workers, "-q")
    assert done.returncode == 3, done.stderr
    assert TRACEBACK not in done.stderr
    assert f"{source}:2: lone surrogate escape (\\ud800) in field 'text'" in done.stderr.decode()
    assert files(tmp_path) == ["dump.jsonl"]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("output", OUTPUTS)
def test_a_lone_surrogate_is_skipped_and_counted(tmp_path: Path, workers: str, output: str) -> None:
    if "parquet" in output:
        pytest.importorskip("pyarrow")
    source, good = surrogate_dump(tmp_path)
    target = "-" if output == "-" else str(tmp_path / output)
    done = run(source, "-o", target, "-j", workers, "--on-error", "skip", "--report", tmp_path / "r.jsonl")
    assert done.returncode == 0, done.stderr
    assert TRACEBACK not in done.stderr
    stderr = done.stderr.decode()
    assert f"skipped {source}:2: lone surrogate" in stderr and f"skipped {source}:4: lone surrogate" in stderr
    assert "in field 'tags'" in stderr and "4 documents, 2 bad records skipped" in stderr
    if output == "-":
        written = [json.loads(line) for line in done.stdout.decode().splitlines()]
    elif output.endswith(".parquet"):
        import pyarrow.parquet as pq

        written = pq.read_table(tmp_path / output).to_pylist()
    elif output.endswith("/"):
        written = read_jsonl(tmp_path / output / "dump.jsonl")
    else:
        data = (tmp_path / output).read_bytes()
        text = gzip.decompress(data) if output.endswith(".gz") else data
        written = [json.loads(line) for line in text.decode().splitlines()]
    assert written == [expected_record(r) for r in good]
    errors = [r for r in read_jsonl(tmp_path / "r.jsonl") if "error" in r]
    assert [r["line"] for r in errors] == [2, 4]


def test_explain_of_a_lone_surrogate_is_an_error(tmp_path: Path) -> None:
    source, _ = surrogate_dump(tmp_path)
    done = run("--explain", f"{source}:2")
    assert done.returncode == 3 and done.stdout == b"" and TRACEBACK not in done.stderr
    assert f"{source}:2: lone surrogate" in done.stderr.decode()


# finding 2: Parquet metadata columns are nullable strings from the start


def test_parquet_metadata_found_only_after_the_first_rows(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    plain = {"id": "p", "text": "Giá vàng hôm nay tăng nhẹ so với hôm qua."}
    article = (DATA / "000_1bca9837df4029be.input.txt").read_text(encoding="utf-8")
    records = [plain] * 1100 + [{"id": "a", "text": article}]
    assert clean_document(article).title and not clean_document(plain["text"]).author
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    for workers in ("1", "2"):
        done = run(source, "-o", tmp_path / f"out{workers}.parquet", "-j", workers, "-q")
        assert done.returncode == 0, done.stderr
        table = pq.read_table(tmp_path / f"out{workers}.parquet")
        assert {table.schema.field(name).type for name in ("text", "title", "author", "source")} == {"string"}
        assert table.to_pylist()[-1] == expected_record(records[-1])


def test_parquet_column_empty_in_the_first_rows_is_a_string(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    records = [{"text": "Tin ngắn.", "url": None}] * 1030 + [{"text": "Tin ngắn.", "url": "https://a.vn/1"}]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 0, done.stderr
    assert pq.read_table(tmp_path / "out.parquet").column("url").to_pylist()[-1] == "https://a.vn/1"


def test_parquet_field_appearing_late_is_named(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = [{"text": "Tin ngắn."}] * 1030 + [{"text": "Tin ngắn.", "lang": "vi"}]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert "field 'lang' first appears in document 1031" in done.stderr.decode()
    assert files(tmp_path) == ["dump.jsonl"]


# finding 3: --report never replaces an input or an output


def test_report_on_the_input_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:2])
    before = source.read_bytes()
    for output in ("-", str(tmp_path / "out.jsonl"), str(tmp_path / "out/")):
        done = run(source, "-o", output, "--report", source)
        assert done.returncode == 2 and "--report would overwrite an input" in done.stderr.decode()
        assert source.read_bytes() == before and files(tmp_path) == ["dump.jsonl"]
    (tmp_path / "link.jsonl").hardlink_to(source)  # another name of the same file
    done = run(source, "--report", tmp_path / "link.jsonl")
    assert done.returncode == 2 and source.read_bytes() == before


def test_report_on_an_output_is_refused(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:2])
    same = run(source, "-o", tmp_path / "out.jsonl", "--report", tmp_path / "out.jsonl")
    assert same.returncode == 2 and "--report would overwrite the output" in same.stderr.decode()
    mirrored = run(source, "-o", tmp_path / "out", "--report", tmp_path / "out" / "dump.jsonl")
    assert mirrored.returncode == 2 and "--report would overwrite the output" in mirrored.stderr.decode()
    folder = run(source, "-o", "-", "--report", tmp_path)
    assert folder.returncode == 2 and "must be a file" in folder.stderr.decode()
    assert files(tmp_path) == ["dump.jsonl"]


def test_two_inputs_mirrored_to_the_same_output_are_refused(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text("Tin ngắn.\n", encoding="utf-8")
    done = run(tmp_path / "a", tmp_path / "b", "-o", tmp_path / "out")
    assert done.returncode == 2 and "written by this run too" in done.stderr.decode()
    assert not (tmp_path / "out").exists()


# finding 4: --explain parses JSON Lines


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_explain_a_jsonl_record(tmp_path: Path, name: str) -> None:
    records = baomoi_records()[:3]
    source = write_jsonl(tmp_path / name, records)
    first = run("--explain", source)
    assert first.returncode == 0, first.stderr
    shown = first.stdout.decode().splitlines()
    assert shown[0].startswith(f"# {name}:1: title=")
    assert len(shown) > 2 and str(records[0]["text"]).splitlines()[1][:30] in first.stdout.decode()
    third = run("--explain", f"{source}:3")
    assert third.returncode == 0 and third.stdout.decode().startswith(f"# {name}:3: title=")
    missing = run("--explain", f"{source}:9")
    assert missing.returncode == 3 and missing.stdout == b"" and "no record on that line" in missing.stderr.decode()


def test_explain_an_undecodable_file_fails_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Tin \xff\xfe ngan")
    done = run("--explain", tmp_path / "bad.txt")
    assert done.returncode == 3 and done.stdout == b""
    assert f"{tmp_path / 'bad.txt'}: line 1: not UTF-8" in done.stderr.decode()
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": 1}\n')
    done = run("--explain", tmp_path / "bad.jsonl")
    assert done.returncode == 3 and "bad.jsonl:1: 'text' is int" in done.stderr.decode()


# finding 7: options that silently did something else


def test_output_field_does_not_overwrite_an_input_field(tmp_path: Path) -> None:
    records = baomoi_records()[:2]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.jsonl", "--output-field", "url")
    assert done.returncode == 3 and f"{source}:1: the record already has a field 'url'" in done.stderr.decode()
    assert files(tmp_path) == ["dump.jsonl"]
    done = run(source, "-o", tmp_path / "out.jsonl", "--output-field", "url", "--overwrite-field", "-q")
    assert done.returncode == 0, done.stderr
    assert [r["url"] for r in read_jsonl(tmp_path / "out.jsonl")] == [clean(str(r["text"])) for r in records]


@pytest.mark.parametrize("name", ["name.txt", "o.txt.gz", "o.csv", "clean.v2"])
def test_an_unsupported_output_extension_is_a_usage_error(tmp_path: Path, name: str) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:1])
    done = run(source, "-o", tmp_path / name)
    assert done.returncode == 2 and ".jsonl, .ndjson, .parquet" in done.stderr.decode()
    assert files(tmp_path) == ["dump.jsonl"]


@pytest.mark.parametrize("name", ["clean", "clean.v2/"])
def test_a_folder_output_is_a_name_without_extension_or_ending_in_a_slash(tmp_path: Path, name: str) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:1])
    done = run(source, "-o", f"{tmp_path}/{name}", "-q")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / name.rstrip("/") / "dump.jsonl").is_file()


def test_paragraph_sep_interprets_escapes(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Tiêu đề bài\nĐoạn một của bài.\nĐoạn hai của bài.\n", encoding="utf-8")
    done = run(source, "--paragraph-sep", r"\n\n", "-q")
    assert done.returncode == 0, done.stderr
    assert "\\n" not in done.stdout.decode() and "\n\n" in done.stdout.decode()
    tab = run(source, "--paragraph-sep", r"\t|\\", "-q")
    assert "\t|\\" in tab.stdout.decode()


def test_jsonl_on_stdin_is_recognised(tmp_path: Path) -> None:
    records = baomoi_records()[:3]
    stdin = b"\n" + write_jsonl(tmp_path / "in.jsonl", records).read_bytes()
    done = run("-", "-o", "-", "-q", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert "stdin read as JSON Lines" in done.stderr.decode()
    assert [json.loads(line)["text"] for line in done.stdout.decode().splitlines()] == [
        clean(str(r["text"])) for r in records
    ]
    text = run("-", "-q", stdin="{Tiêu đề} hoà bình\nĐoạn văn.\n".encode())  # braces, but not JSON
    assert text.returncode == 0 and text.stdout.decode().startswith("{Tiêu đề} hòa bình")


def test_workers_are_bounded() -> None:
    done = run("examples/article.txt", "-j", "1000")
    assert done.returncode == 2 and "--workers must be between 1 and" in done.stderr.decode()


# finding 12: docs and summary


def test_summary_says_mb_out_is_before_compression(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:3])
    packed = run(source, "-o", tmp_path / "out.jsonl.gz")
    assert re.search(r"MB out \(before compression\)", packed.stderr.decode())
    plain = run(source, "-o", tmp_path / "out.jsonl")
    assert re.search(r"MB out[,;] ", plain.stderr.decode()) and "before compression" not in plain.stderr.decode()


def test_the_documented_normalize_api_exists() -> None:
    doc = (ROOT / "docs" / "normalization.md").read_text(encoding="utf-8")
    statement = re.search(r"`(from vnnews_clean\.normalization import [^`]+)`", doc)
    assert statement is not None
    scope: dict[str, object] = {}
    exec(statement[1], scope)
    assert [name for name, _ in scope["steps"]()][:2] == ["line_breaks", "nfc"]  # type: ignore[operator]


def test_exit_codes_are_documented_everywhere() -> None:
    import vnnews_clean.command as command

    page = (ROOT / "docs" / "command.md").read_text(encoding="utf-8")
    for code in (0, 2, 3, 4, 130, 143):
        assert f"\n| {code} | " in page
        assert f"- {code}: " in command.__doc__ or f"; {code}: " in command.__doc__  # type: ignore[operator]


@pytest.mark.parametrize("kind", ["text", "jsonl", "row"])
def test_a_worker_turns_a_surrogate_from_any_reader_into_a_bad_record(kind: str) -> None:
    from vnnews_clean.command.runner import Failed, Job, Payload, process
    from vnnews_clean.options import CleanOptions

    fields = None if kind == "text" else {"text": "Tin\udc81 ngắn"}
    payload = Payload(kind, "a.txt", None, "Tin\udc81 ngắn", fields)  # what errors="surrogateescape" makes of b"\x81"
    (outcome,) = process([payload], Job(CleanOptions(), "text", None, False))
    assert isinstance(outcome, Failed) and "lone surrogate" in outcome.reason


def test_parquet_own_metadata_column_appearing_late_is_explained(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = [{"text": "Tin ngắn."}] * 1030 + [{"text": "Tin ngắn.", "title": "Tiêu đề riêng"}]
    done = run(write_jsonl(tmp_path / "dump.jsonl", records), "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 3
    assert "field 'clean_title' (ours, as the record has its own 'title') first appears" in done.stderr.decode()


def test_a_cleaning_bug_names_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnnews_clean.command import runner
    from vnnews_clean.options import CleanOptions

    class Broken:
        def run(self, text: str) -> None:
            raise IndexError("boom")

    monkeypatch.setattr(runner, "_pipeline", lambda options: Broken())
    payload = runner.Payload("text", "a.txt", None, "Tin ngắn.", None)
    (outcome,) = runner.process([payload], runner.Job(CleanOptions(), "text", None, False))
    assert isinstance(outcome, runner.Failed) and "cleaning failed (IndexError: boom)" in outcome.reason
