"""``vnnews-clean`` end to end: run as a subprocess on real-looking inputs."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vnnews_clean import clean, clean_document

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)


COMMAND = [sys.executable, "-m", "vnnews_clean"]


def run(*args: str | Path, stdin: bytes = b"", cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    command = [*COMMAND, *map(str, args)]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, timeout=300)


def baomoi_records() -> list[dict[str, object]]:
    text = (DATA / "baomoi-40.txt").read_text(encoding="utf-8")
    return [
        {"id": f"bm-{i}", "url": f"https://example.vn/{i}", "text": f"{title.strip()}\n{content.strip()}"}
        for i, (title, content) in enumerate(ARTICLE.findall(text))
    ]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    opener = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}.get(path.suffix, open)
    with opener(path, "wb") as handle:
        handle.write(data)
    return path


def expected_record(record: dict[str, object]) -> dict[str, object]:
    """An input record as the command should write it: text cleaned, metadata added."""
    result = clean_document(str(record["text"]))
    meta = {"title": result.title, "author": result.author, "source": result.source, "published": result.published}
    return {**record, "text": result.text, **meta}


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of real cases, nested, one of them gzip-compressed, plus a file of another format."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "000_1bca9837df4029be.input.txt", folder / "a.txt")
    shutil.copy(ROOT / "examples" / "article.txt", folder / "sub" / "b.txt")
    with gzip.open(folder / "sub" / "c.txt.gz", "wb") as handle:
        handle.write((DATA / "003_ac284cbe6b00c6ee.input.txt").read_bytes())
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    return folder


def test_a_file_to_stdout() -> None:
    done = run("examples/article.txt", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == (ROOT / "examples/article.clean.txt").read_text(encoding="utf-8")


def test_a_folder_is_mirrored(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run(corpus, "-o", out, "-j", "1")
    assert done.returncode == 0, done.stderr
    outputs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert outputs == [".vnnews-clean.manifest", "a.txt", "sub/b.txt", "sub/c.txt.gz"]  # what --resume trusts
    assert (out / "a.txt").read_text(encoding="utf-8") == clean((corpus / "a.txt").read_text(encoding="utf-8")) + "\n"
    original = gzip.decompress((corpus / "sub" / "c.txt.gz").read_bytes()).decode()
    assert gzip.decompress((out / "sub" / "c.txt.gz").read_bytes()).decode() == clean(original) + "\n"
    summary = done.stderr.decode()
    assert "3 documents" in summary and "related_block" in summary


def test_jsonl_keeps_every_field_and_adds_metadata(tmp_path: Path) -> None:
    records = baomoi_records()
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "clean.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    out = read_jsonl(tmp_path / "clean.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert out == [expected_record(r) for r in records]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_compressed_jsonl(tmp_path: Path, suffix: str) -> None:
    records = baomoi_records()[:10]
    write_jsonl(tmp_path / "plain.jsonl", records)
    write_jsonl(tmp_path / f"packed.jsonl{suffix}", records)
    assert run(tmp_path / "plain.jsonl", "-o", tmp_path / "a.jsonl", "-q").returncode == 0
    assert run(tmp_path / f"packed.jsonl{suffix}", "-o", tmp_path / f"b.jsonl{suffix}", "-q").returncode == 0
    decompress = {".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress}[suffix]
    assert decompress((tmp_path / f"b.jsonl{suffix}").read_bytes()) == (tmp_path / "a.jsonl").read_bytes()


def test_stdin_to_stdout_as_jsonl(tmp_path: Path) -> None:
    records = baomoi_records()[:5]
    stdin = write_jsonl(tmp_path / "in.jsonl", records).read_bytes()
    done = run("-", "--format", "jsonl", "-q", stdin=stdin)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["text"] for r in out] == [clean(str(r["text"])) for r in records]


def test_two_workers_write_exactly_what_one_writes(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records() * 3)
    assert run(source, "-o", tmp_path / "one.jsonl", "-j", "1", "-q").returncode == 0
    assert run(source, "-o", tmp_path / "two.jsonl", "-j", "2", "-q").returncode == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_resume_skips_complete_outputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(corpus, "-o", out, "-q").returncode == 0
    (out / "sub" / "b.txt").unlink()
    kept = (out / "a.txt").stat().st_mtime_ns
    done = run(corpus, "-o", out, "--resume")
    assert done.returncode == 0, done.stderr
    assert "1 document," in done.stderr.decode() and "2 inputs already done" in done.stderr.decode()
    assert (out / "sub" / "b.txt").exists()
    assert (out / "a.txt").stat().st_mtime_ns == kept


def test_report_names_the_rule_of_every_removal(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:8])
    done = run(source, "-o", tmp_path / "out.jsonl", "--report", tmp_path / "report.jsonl", "--id-field", "url", "-q")
    assert done.returncode == 0, done.stderr
    report = read_jsonl(tmp_path / "report.jsonl")
    assert [line["id"] for line in report] == [f"https://example.vn/{i}" for i in range(8)]
    assert any(removal["rule"] == "source_tag" for line in report for removal in line["removed"])
    assert all({"rule", "line", "text"} <= set(removal) for line in report for removal in line["removed"])


BAD_LINES = [
    (b'{"text": "ok"\n', "invalid JSON"),
    (b'{"body": "no text field"}\n', "no 'text' field"),
    (b'{"text": 42}\n', "'text' is int"),
    (b'["not", "an", "object"]\n', "a record must be a JSON object"),
    (b'{"text": "\xff\xfe broken"}\n', "not UTF-8"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_a_bad_record_stops_the_run_and_leaves_no_output(tmp_path: Path, bad: bytes, message: str) -> None:
    good = b'{"text": "Ti\xc3\xaau \xc4\x91\xe1\xbb\x81 b\xc3\xa0i"}\n'
    (tmp_path / "dump.jsonl").write_bytes(good + bad + good)
    done = run(tmp_path / "dump.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3
    stderr = done.stderr.decode()
    assert f"dump.jsonl:2: {message}" in stderr
    assert not (tmp_path / "out.jsonl").exists()
    assert not list(tmp_path.glob(".out.jsonl*"))  # no temporary file left either


@pytest.mark.parametrize(("bad", "message"), BAD_LINES)
def test_a_bad_record_can_be_skipped_and_counted(tmp_path: Path, bad: bytes, message: str) -> None:
    good = b'{"text": "Ti\xc3\xaau \xc4\x91\xe1\xbb\x81 b\xc3\xa0i"}\n'
    (tmp_path / "dump.jsonl").write_bytes(good + bad + good)
    done = run(tmp_path / "dump.jsonl", "-o", tmp_path / "out.jsonl", "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    assert f"skipped {tmp_path / 'dump.jsonl'}:2: {message}" in done.stderr.decode()
    assert "2 documents, 1 bad record skipped" in done.stderr.decode()
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2


def test_an_undecodable_text_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "latin1.txt").write_bytes("Vi\xeat Nam".encode("latin-1"))
    (tmp_path / "in" / "good.txt").write_text("Tiêu đề bài viết hay", encoding="utf-8")
    failed = run(tmp_path / "in", "-o", tmp_path / "out")
    assert failed.returncode == 3 and "latin1.txt: line 1: not UTF-8" in failed.stderr.decode()
    skipped = run(tmp_path / "in", "-o", tmp_path / "out", "--on-error", "skip")
    assert skipped.returncode == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".vnnews-clean.manifest", "good.txt"]
    assert "latin1.txt" not in (tmp_path / "out" / ".vnnews-clean.manifest").read_text()  # retried by --resume


def test_usage_errors(tmp_path: Path) -> None:
    # (no INPUT at all: test_no_input_reads_a_piped_stdin_and_a_terminal_or_nothing_is_a_usage_error)
    missing = run(tmp_path / "nothing-here.txt")
    assert missing.returncode == 2 and "no such file" in missing.stderr.decode()
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:1])
    overwrite = run(source, "-o", source)
    assert overwrite.returncode == 2 and "overwrite an input" in overwrite.stderr.decode()
    assert read_jsonl(source) == baomoi_records()[:1]
    assert run(source, "-j", "0").returncode == 2


def test_explain_marks_every_line_with_its_label_and_every_removed_one_with_its_rule() -> None:
    done = run("--explain", "examples/article.txt")
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode().splitlines()
    assert shown[0].startswith("# article.txt: title='Công đoàn quận Thanh Xuân")
    assert shown[1].split() == ["1", "##", "markup", "-->", "-->"] and shown[2].strip() == "- html_residue"
    assert shown[3] == "   2"  # a blank line has no label shown
    assert shown[4].split()[:3] == ["3", "title", "Công"] and shown[6].split()[:2] == ["5", "lead"]
    assert "- inline_related (pasted headline)" in done.stdout.decode()
    assert "- byline (byline)" in done.stdout.decode()


def test_help_documents_the_exit_codes() -> None:
    done = run("--help")
    assert done.returncode == 0
    shown = " ".join(done.stdout.decode().split())
    for code in ("0 done", "2 usage error", "3 stopped by a bad input", "4 an output cannot be written"):
        assert code in shown
    assert "130 interrupted, 141 the reader of a pipe went away (quiet), 143 terminated (SIGTERM)" in shown


def test_zstandard_jsonl(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    records = baomoi_records()[:10]
    write_jsonl(tmp_path / "plain.jsonl", records)
    (tmp_path / "packed.jsonl.zst").write_bytes(zstandard.compress((tmp_path / "plain.jsonl").read_bytes()))
    assert run(tmp_path / "plain.jsonl", "-o", tmp_path / "a.jsonl", "-q").returncode == 0
    done = run(tmp_path / "packed.jsonl.zst", "-o", tmp_path / "b.jsonl.zst", "-q")
    assert done.returncode == 0, done.stderr
    unpacked = zstandard.ZstdDecompressor().decompressobj().decompress((tmp_path / "b.jsonl.zst").read_bytes())
    assert unpacked == (tmp_path / "a.jsonl").read_bytes()


def test_parquet_in_and_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = baomoi_records()[:20]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "dump.parquet")
    done = run(tmp_path / "dump.parquet", "-o", tmp_path / "clean.parquet", "-j", "2", "-q")
    assert done.returncode == 0, done.stderr
    rows = pq.read_table(tmp_path / "clean.parquet").to_pylist()
    assert rows == [expected_record(r) for r in records]
    # a folder of Parquet files is mirrored as Parquet; to JSON Lines too
    (tmp_path / "in").mkdir()
    shutil.copy(tmp_path / "dump.parquet", tmp_path / "in" / "part-0.parquet")
    assert run(tmp_path / "in", "-o", tmp_path / "out", "-q").returncode == 0
    assert pq.read_table(tmp_path / "out" / "part-0.parquet").to_pylist() == rows
    assert run(tmp_path / "dump.parquet", "-o", tmp_path / "clean.jsonl", "-q").returncode == 0
    assert read_jsonl(tmp_path / "clean.jsonl") == rows


def test_parquet_missing_text_column(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), tmp_path / "dump.parquet")
    done = run(tmp_path / "dump.parquet", "-o", tmp_path / "clean.parquet")
    assert done.returncode == 3 and "dump.parquet:1: no 'text' column" in done.stderr.decode()


def test_an_interrupted_run_leaves_no_partial_output(tmp_path: Path) -> None:
    import signal
    import time
    from functools import partial

    # the input is a pipe held open, so the run cannot end before it is interrupted
    records = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in baomoi_records() * 60)
    command = [sys.executable, "-m", "vnnews_clean", "-", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]
    # Ctrl-C as a terminal sends it: a run started in the background by a shell ignores SIGINT (as it should)
    default_sigint = partial(signal.signal, signal.SIGINT, signal.SIG_DFL)
    process = subprocess.Popen(
        [*command, "-j", "2"], cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=default_sigint
    )
    assert process.stdin is not None
    process.stdin.write(records.encode("utf-8"))
    process.stdin.flush()
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.partial")) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the output is being written
    assert list(tmp_path.glob(".out.jsonl.*.partial")), "no output was being written"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()
    assert not list(tmp_path.glob(".out.jsonl*"))


def test_progress_is_shown_on_a_terminal_only(tmp_path: Path) -> None:
    import os
    import pty

    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records())
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "vnnews_clean", str(source), "-o", str(tmp_path / "out.jsonl"), "-j", "1"]
    done = subprocess.run(command, cwd=ROOT, stderr=follower, timeout=120)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0
    assert b"\r" in shown and b"%|" in shown and b" documents]" in shown  # the bar, drawn in place
    assert b"40 documents" in shown  # the summary
    quiet = run(source, "-o", tmp_path / "again.jsonl")  # stderr is a pipe here: summary only
    assert b"\r" not in quiet.stderr and b"40 documents" in quiet.stderr


def test_output_field_keeps_the_original_text(tmp_path: Path) -> None:
    records = baomoi_records()[:3]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.jsonl", "--output-field", "clean_text", "-q")
    assert done.returncode == 0, done.stderr
    for before, after in zip(records, read_jsonl(tmp_path / "out.jsonl"), strict=True):
        assert after["text"] == before["text"]
        assert after["clean_text"] == clean(str(before["text"]))


def test_resume_of_a_complete_single_file_output(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:3])
    assert run(source, "-o", tmp_path / "out.jsonl", "-q").returncode == 0
    before = (tmp_path / "out.jsonl").stat().st_mtime_ns
    again = run(source, "-o", tmp_path / "out.jsonl", "--resume")
    assert again.returncode == 0 and "complete; nothing to do" in again.stderr.decode()
    assert (tmp_path / "out.jsonl").stat().st_mtime_ns == before


def test_a_refused_output_leaves_no_temporary_file(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:1])
    assert run(source, "-o", source).returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.jsonl"]


def test_globs_and_plain_text_stdin(corpus: Path, tmp_path: Path) -> None:
    done = run(str(corpus / "**" / "*.txt"), "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["a.txt", "b.txt"]  # c.txt.gz is not *.txt
    piped = run("-", "-q", stdin="Tiêu đề hoà bình\nPhiên bản di động\n".encode())
    assert piped.returncode == 0 and piped.stdout.decode() == "Tiêu đề hòa bình\n"


def test_no_input_reads_a_piped_stdin_and_a_terminal_or_nothing_is_a_usage_error(tmp_path: Path) -> None:
    """``cat page.txt | vnnews-clean`` reads the pipe, as ftfy and trafilatura do; with nothing handed over
    (a terminal, /dev/null under a scheduler) the command asks for an INPUT instead of waiting."""
    piped = run("-q", stdin="Tiêu đề hoà bình\nPhiên bản di động\n".encode())
    assert piped.returncode == 0 and piped.stdout.decode() == "Tiêu đề hòa bình\n", piped.stderr
    page = tmp_path / "page.txt"
    page.write_text("Tiêu đề hoà bình\n", encoding="utf-8")
    with page.open("rb") as redirected:  # vnnews-clean < page.txt
        done = subprocess.run([*COMMAND, "-q"], stdin=redirected, capture_output=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0 and done.stdout.decode() == "Tiêu đề hòa bình\n", done.stderr
    nothing = subprocess.run([*COMMAND], stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT, timeout=300)
    assert nothing.returncode == 2 and b"give at least one INPUT" in nothing.stderr


def test_a_parquet_column_that_changes_type_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = [{"text": "Tiêu đề bài viết", "n": 1}] * 1024 + [{"text": "Tiêu đề khác", "n": "một"}]
    source = write_jsonl(tmp_path / "dump.jsonl", records)
    done = run(source, "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 3
    assert "field 'n' of document 1025 is str, but the column is int64" in done.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.jsonl"]


def test_the_summary_counts_in_words_and_leaves_out_what_did_not_happen() -> None:
    from vnnews_clean.command.runner import Stats

    one = Stats(documents=1).summary().splitlines()[0]
    assert one.startswith("vnnews-clean: 1 document; 0.00 MB in, 0.00 MB out; ")
    assert "skipped" not in one and "already done" not in one and "emptied" not in one and "warnings" not in one
    many = Stats(documents=2, bad=1, skipped_inputs=3, emptied=2, null=1, warned=1).summary()
    assert many.startswith(
        "vnnews-clean: 2 documents, 1 bad record skipped, 3 inputs already done; 0.00 MB in, 0.00 MB out, "
        "2 emptied and 1 with null text (not written), 1 with warnings; "
    )
