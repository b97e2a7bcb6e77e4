"""What ``vnnews-clean`` says about unusual inputs (issue 18): nesting too deep for the JSON
parser, hidden files in a folder, fragments and plain text that are not pages, and messages that
name the problem (an encoding to try, a null field, a bad record number, a missing id field, an
unknown escape), without a line per bad record once there are many."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnnews_clean import DecodingError, clean_document, decode_bytes

from .helpers import to_cp1258, to_tcvn3
from .test_command import baomoi_records, read_jsonl, run, write_jsonl

TRACEBACK = b"Traceback"
PROSE = "Lạm phát tháng này tăng 3% so với cùng kỳ năm ngoái, theo số liệu của Tổng cục Thống kê công bố sáng qua."
PLAIN = (
    "Giá xăng giảm lần thứ ba liên tiếp\n\n"
    "Giá xăng RON95 giảm hơn 1.000 đồng mỗi lít từ 15 giờ chiều qua, theo thông báo của liên bộ.\n\n"
    "Đây là lần giảm thứ ba liên tiếp trong tháng, sau khi giá dầu thế giới đi xuống nhiều phiên.\n\n"
    "Các doanh nghiệp đầu mối được yêu cầu bảo đảm nguồn cung, không để đứt hàng ở các cửa hàng.\n"
)


# --- item 10: JSON nested deeper than the parser allows is a bad record ---


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [1000, 100_000])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_record_nested_too_deeply_is_a_bad_record(tmp_path: Path, depth: int, workers: str) -> None:
    good = baomoi_records()[:2]
    lines = [json.dumps(good[0], ensure_ascii=False), f'{{"text": "Tin", "x": {nested(depth)}}}']
    (tmp_path / "dump.jsonl").write_text("\n".join([*lines, json.dumps(good[1], ensure_ascii=False)]) + "\n")
    stopped = run(tmp_path / "dump.jsonl", "-o", tmp_path / "out.jsonl", "-j", workers)
    assert stopped.returncode == 3 and TRACEBACK not in stopped.stderr
    assert f"{tmp_path / 'dump.jsonl'}:2: JSON nested too deeply to read" in stopped.stderr.decode()
    skipped = run(tmp_path / "dump.jsonl", "-o", tmp_path / "out.jsonl", "-j", workers, "--on-error", "skip")
    assert skipped.returncode == 0 and TRACEBACK not in skipped.stderr
    assert "2 documents, 1 bad record skipped" in skipped.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["bm-0", "bm-1"]


def test_stdin_starting_with_a_record_nested_too_deeply_is_json_lines_with_a_bad_record() -> None:
    done = run("-", stdin=f'\n{{"text": {nested(5000)}}}\n'.encode())
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert "-:2: JSON nested too deeply to read" in done.stderr.decode()


def test_explain_of_a_record_nested_too_deeply(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text(f'{{"text": {nested(3000)}}}\n')
    done = run("--explain", tmp_path / "d.jsonl")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert "d.jsonl:1: JSON nested too deeply" in done.stderr.decode()


def test_a_deep_record_read_but_too_deep_to_write_is_a_bad_record() -> None:
    from vnnews_clean.command.runner import Failed, Job, Payload, process
    from vnnews_clean.options import CleanOptions

    fields: dict[str, object] = {"text": "Tin ngắn."}
    for _ in range(2000):  # built in Python: no parser limit on the way in
        fields = {"text": "Tin ngắn.", "x": fields}
    (outcome,) = process(
        [Payload("jsonl", "a.jsonl", None, "Tin ngắn.", fields)], Job(CleanOptions(), "text", None, False)
    )
    assert isinstance(outcome, Failed) and "nested too deeply to write" in outcome.reason


# --- item 14: hidden files and folders are not walked ---

APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(4000)  # what macOS leaves beside a file


def test_hidden_files_and_folders_in_an_input_folder_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / ".git" / "objects").mkdir(parents=True)
    (folder / "sub").mkdir()
    (folder / "000.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "._000.txt").write_bytes(APPLE_DOUBLE)
    (folder / "sub" / "._x.html").write_bytes(APPLE_DOUBLE)
    (folder / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (folder / ".git" / "objects" / "a.txt").write_bytes(APPLE_DOUBLE)
    done = run(folder, "-o", tmp_path / "out", "-q")
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*"))
    assert written == [".vnnews-clean.manifest", "000.txt"]  # (the manifest: what --resume trusts)


def test_a_hidden_file_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    (tmp_path / ".draft.txt").write_text(PLAIN, encoding="utf-8")
    done = run(tmp_path / ".draft.txt", "-q")
    assert done.returncode == 0 and done.stdout.decode() == clean_document(PLAIN).text + "\n"
    (tmp_path / "._000.txt").write_bytes(APPLE_DOUBLE)
    assert run(tmp_path / "._000.txt", "-q").returncode == 3  # named, it is read (and is no text)


# --- item 18: text that is not a page is cleaned as text ---


def test_a_json_lines_fragment_with_a_tag_or_two_is_text_with_residue(tmp_path: Path) -> None:
    records = [{"id": "a", "text": f"<div>x</div> {PROSE}"}, {"id": "b", "text": f"Tiêu đề\n<p>{PROSE}</p>"}]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["text"] for r in out] == [clean_document(str(r["text"])).text for r in records]
    assert all(PROSE in str(r["text"]) for r in out)


@pytest.mark.parametrize("name", ["a.html", "a.htm.gz"])
def test_an_html_file_holding_plain_text_keeps_its_paragraphs(tmp_path: Path, name: str) -> None:
    import gzip

    data = PLAIN.encode()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    done = run(tmp_path / name, "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == clean_document(PLAIN).text + "\n"
    assert len(done.stdout.decode().splitlines()) == 4
    shown = run("--explain", tmp_path / name)
    assert shown.returncode == 0 and "the page lost" not in shown.stdout.decode()


def test_format_html_still_reads_a_fragment_as_html(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", [{"text": f"<div>x</div> {PROSE}"}])
    done = run(source, "--format", "html", "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    assert read_jsonl(tmp_path / "out.jsonl")[0]["text"] != clean_document(f"<div>x</div> {PROSE}").text


# --- item 21: messages that say what to do ---


def test_windows_1258_json_lines_gets_a_hint(tmp_path: Path) -> None:
    line = json.dumps({"text": PROSE}, ensure_ascii=False)
    (tmp_path / "d.jsonl").write_bytes(to_cp1258(line) + b"\n")
    done = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3
    assert "d.jsonl:1: not UTF-8 (byte " in done.stderr.decode()
    assert "looks like windows-1258: try --encoding windows-1258" in done.stderr.decode()
    named = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl", "--encoding", "windows-1258", "-q")
    assert named.returncode == 0 and read_jsonl(tmp_path / "out.jsonl")[0]["text"] == clean_document(PROSE).text


def test_tcvn3_can_be_named_and_is_suggested(tmp_path: Path) -> None:
    text = "Cộng hoà xã hội chủ nghĩa Việt Nam\nđộc lập tự do hạnh phúc, người dân hà nội vui mừng đón tết."
    (tmp_path / "a.txt").write_bytes(to_tcvn3(text))
    guessed = run(tmp_path / "a.txt")
    assert guessed.returncode == 3 and "looks like tcvn3: try --encoding tcvn3" in guessed.stderr.decode()
    named = run(tmp_path / "a.txt", "--encoding", "TCVN3", "-q")
    assert named.returncode == 0 and named.stdout.decode() == clean_document(text).text + "\n"
    (tmp_path / "d.jsonl").write_bytes(to_tcvn3(json.dumps({"text": text}, ensure_ascii=False)) + b"\n")
    hinted = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl")
    assert "looks like tcvn3: try --encoding tcvn3" in hinted.stderr.decode()
    records = run(tmp_path / "d.jsonl", "--encoding", "tcvn3", "-o", tmp_path / "out.jsonl", "-q")
    assert records.returncode == 0 and read_jsonl(tmp_path / "out.jsonl")[0]["text"] == clean_document(text).text


def test_the_legacy_font_encodings_in_the_library() -> None:
    assert decode_bytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("latin-1"), "vni") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "vni",
    )
    assert decode_bytes(to_tcvn3("Hà Nội\nđêm đông"), "abc") == ("Hà Nội\nđêm đông", "tcvn3")
    with pytest.raises(DecodingError, match="looks like tcvn3: try --encoding tcvn3"):
        decode_bytes(to_tcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc"))
    with pytest.raises(DecodingError, match=r"name the encoding \(--encoding\)"):
        decode_bytes("Café crème brûlée\n".encode("latin-1"))


def test_an_unknown_encoding_lists_the_legacy_ones() -> None:
    done = run("examples/article.txt", "--encoding", "tcvn5")
    assert done.returncode == 2 and "tcvn3 or vni" in done.stderr.decode()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"body": "x"}', "no 'text' field"),
        ('{"text": 3}', "'text' is int, not a string"),
    ],
)
def test_a_missing_or_mistyped_text_says_which(tmp_path: Path, line: str, message: str) -> None:
    (tmp_path / "d.jsonl").write_text(line + "\n")
    done = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3 and f"d.jsonl:1: {message}" in done.stderr.decode()


def test_a_null_text_is_named_null_not_missing(tmp_path: Path) -> None:
    """A null text is no bad record (docs/guarantees.md, Fields): it has nothing to clean, and the
    summary says "null text", never "no 'text' field"."""
    (tmp_path / "d.jsonl").write_text('{"text": null}\n')
    done = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0 and "null text" in done.stderr.decode()
    assert "no 'text' field" not in done.stderr.decode()


@pytest.mark.parametrize("number", ["0", "abc", "-1", ""])
def test_explain_with_a_bad_record_number_says_so(tmp_path: Path, number: str) -> None:
    source = write_jsonl(tmp_path / "d.jsonl", baomoi_records()[:2])
    done = run("--explain", f"{source}:{number}")
    assert done.returncode == 3 and done.stdout == b""
    assert f"{source}:{number}: {number!r} is no record number (FILE:N, N from 1)" in done.stderr.decode()
    missing = run("--explain", f"{tmp_path / 'nothing.jsonl'}:3")
    assert missing.returncode == 2 and "nothing.jsonl: no such file" in missing.stderr.decode()


def test_a_record_without_the_id_field_is_a_bad_record(tmp_path: Path) -> None:
    records = [{"id": "a", "text": PROSE}, {"text": PROSE}, {"id": None, "text": PROSE}]
    source = write_jsonl(tmp_path / "d.jsonl", records)
    report = tmp_path / "r.jsonl"
    done = run(source, "-o", tmp_path / "out.jsonl", "--report", report, "--id-field", "id", "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    stderr = done.stderr.decode()
    assert f"{source}:2: --id-field 'id' is missing in this record" in stderr
    assert f"{source}:3: --id-field 'id' is null in this record" in stderr
    assert [r.get("id") for r in read_jsonl(report)] == ["a", None, None]  # the two bad records: "error"
    stopped = run(source, "-o", tmp_path / "out.jsonl", "--report", report, "--id-field", "nosuchfield")
    assert stopped.returncode == 3 and "--id-field 'nosuchfield' is missing" in stopped.stderr.decode()


def test_many_bad_records_are_named_twenty_then_counted(tmp_path: Path) -> None:
    lines = ["not json"] * 25 + [json.dumps({"text": PROSE}, ensure_ascii=False)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run(
        tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl", "--on-error", "skip", "--report", tmp_path / "r.jsonl"
    )
    assert done.returncode == 0, done.stderr
    shown = done.stderr.decode().splitlines()
    assert sum(line.startswith("vnnews-clean: skipped ") for line in shown) == 20
    assert f"vnnews-clean: 5 more bad records skipped, not shown ({tmp_path / 'r.jsonl'} lists them all)" in shown
    assert "1 document, 25 bad records skipped" in done.stderr.decode()
    assert len([r for r in read_jsonl(tmp_path / "r.jsonl") if "error" in r]) == 25
    quiet = run(tmp_path / "d.jsonl", "-o", tmp_path / "out.jsonl", "--on-error", "skip", "-q")
    assert quiet.stderr.decode().splitlines()[-1] == (
        "vnnews-clean: 5 more bad records skipped, not shown (--report would list them all)"
    )


@pytest.mark.parametrize("separator", ["\\x", "\\", "a\\qb", "\\n\\"])
def test_an_unknown_escape_in_paragraph_sep_is_a_usage_error(separator: str) -> None:
    done = run("examples/article.txt", "--paragraph-sep", separator)
    assert done.returncode == 2 and done.stdout == b""
    assert "--paragraph-sep: unknown escape" in done.stderr.decode()
