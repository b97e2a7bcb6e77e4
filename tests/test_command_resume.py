"""``--resume``: what an output covers (a manifest in its folder or beside it), reports carried over, and a fault
matrix (SIGTERM/SIGKILL mid-run, then inputs added or edited, then ``--resume`` with ``--report``),
each compared byte for byte with an uninterrupted run.

The run is stopped at a known point without any timing: its last input is a FIFO the test feeds,
so the run waits there, alive, after the inputs before it; the test polls the manifest (a bounded
loop) until they are recorded, then sends the signal.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import FifoWriter
from .test_command import ROOT, baomoi_records, write_jsonl

TRACEBACK = b"Traceback"
RECORDS = baomoi_records()


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "vnnews_clean", *map(str, args)]


def run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command(*args), capture_output=True, cwd=ROOT, timeout=300)


def jsonl_bytes(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def visible(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but the hidden ones (manifests), with the SHA-256 of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


def hidden(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob(".*"))


def edit(path: Path, records: list[dict[str, object]]) -> None:
    """Rewrite an input, and make sure its time changes even on a coarse clock."""
    before = path.stat().st_mtime_ns
    write_jsonl(path, records)
    os.utime(path, ns=(before + 10**9, before + 10**9))


NOT_WRITTEN = [{"id": "null", "text": None}, {"id": "emptied", "text": "Xem thêm"}]  # reported, not written


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "part-0.jsonl", RECORDS * 3)
    write_jsonl(folder / "part-1.jsonl", [*(RECORDS[::-1] * 3), *NOT_WRITTEN])
    return folder


# --- the report of a resumed run is complete ---


def test_resume_of_a_finished_folder_keeps_its_report_and_outputs(tmp_path: Path, corpus: Path) -> None:
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    assert run(corpus, "-o", out, "--report", report, "-q").returncode == 0
    first, times = report.read_bytes(), {p: p.stat().st_mtime_ns for p in out.glob("part-*")}
    again = run(corpus, "-o", out, "--report", report, "--resume")
    assert again.returncode == 0, again.stderr
    assert "2 inputs already done" in again.stderr.decode()
    assert report.read_bytes() == first and len(first.splitlines()) == 242
    assert [json.loads(line).get("dropped") for line in first.splitlines()[-2:]] == ["null", "empty"]
    assert {p: p.stat().st_mtime_ns for p in out.glob("part-*")} == times  # done outputs are not written again
    assert hidden(tmp_path) == ["out/.vnnews-clean.manifest"]


def test_resume_with_the_report_on_stdout(tmp_path: Path, corpus: Path) -> None:
    """A stream cannot be read back: the report lines stay in the parts file, found there run after run."""
    out = tmp_path / "out"
    first = run(corpus, "-o", out, "--report", "-", "-q")
    assert first.returncode == 0, first.stderr
    again = run(corpus, "-o", out, "--report", "-", "--resume", "-q")
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout and len(first.stdout.splitlines()) == 242
    write_jsonl(corpus / "part-0b.jsonl", RECORDS[:5])  # its lines go to the end of the parts file
    whole = run(corpus, "-o", tmp_path / "whole", "--report", "-", "-q")
    for _ in range(2):
        again = run(corpus, "-o", out, "--report", "-", "--resume", "-q")
        assert again.returncode == 0, again.stderr
        assert again.stdout == whole.stdout and len(whole.stdout.splitlines()) == 247
    kept = [".vnnews-clean.manifest", ".vnnews-clean.report-parts"]
    assert hidden(tmp_path) == [*(f"out/{name}" for name in kept), *(f"whole/{name}" for name in kept)]


def test_resume_with_a_report_after_a_run_without_one_cleans_again(tmp_path: Path, corpus: Path) -> None:
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    assert run(corpus, "-o", out, "-q").returncode == 0
    again = run(corpus, "-o", out, "--report", report, "--resume", "-q")
    assert again.returncode == 0, again.stderr
    assert "cleaning 2 (2 report lines not kept)" in again.stderr.decode()
    whole = run(corpus, "-o", tmp_path / "whole", "--report", tmp_path / "whole.jsonl", "-q")
    assert whole.returncode == 0 and report.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_an_output_folder_read_as_input_leaves_its_manifest_and_report_parts_out(tmp_path: Path, corpus: Path) -> None:
    """They are hidden files, which a folder walk passes over even with --format naming what every file is."""
    out = tmp_path / "out"
    assert run(corpus, "-o", out, "--report", "-", "-q").returncode == 0  # the report lines stay in the parts file
    assert hidden(out) == [".vnnews-clean.manifest", ".vnnews-clean.report-parts"]
    again = run(out, "--format", "jsonl", "-o", tmp_path / "again", "--report", tmp_path / "again.jsonl", "-q")
    assert again.returncode == 0, again.stderr
    assert sorted(visible(tmp_path / "again")) == ["part-0.jsonl", "part-1.jsonl"]
    assert len((tmp_path / "again.jsonl").read_bytes().splitlines()) == 240


# --- inputs added or edited since, and other options ---


@pytest.mark.parametrize("output", ["out", "out.jsonl"])
@pytest.mark.parametrize("change", ["added", "edited"])
def test_resume_redoes_what_changed_and_says_so(tmp_path: Path, corpus: Path, output: str, change: str) -> None:
    target, report = tmp_path / "resumed" / output, tmp_path / "resumed" / "report.jsonl"
    assert run(corpus, "-o", target, "--report", report, "-q").returncode == 0
    if change == "added":
        write_jsonl(corpus / "part-0b.jsonl", RECORDS[:5])
    else:
        edit(corpus / "part-0.jsonl", RECORDS[:7])
    again = run(corpus, "-o", target, "--report", report, "--resume", "-q")
    assert again.returncode == 0, again.stderr
    whole = run(corpus, "-o", tmp_path / "whole" / output, "--report", tmp_path / "whole" / "report.jsonl", "-q")
    assert whole.returncode == 0
    assert visible(tmp_path / "resumed") == visible(tmp_path / "whole")
    said = again.stderr.decode()
    if output == "out":
        why = "1 new or not finished" if change == "added" else "1 changed since its output was written"
        assert f"{len(list(corpus.iterdir())) - 1} inputs done; cleaning 1 ({why})" in said
    else:
        why = "inputs 1 new" if change == "added" else "inputs 1 changed since it was written"
        assert f"{target}: {why}: written again" in said


@pytest.mark.parametrize(
    ("first", "then", "named"),
    [
        ([], ["--keep-captions"], "keep_captions"),
        # documents over the lower limit were bad records, skipped: with the default one they are cleaned
        (["--max-document-bytes", "10000", "--on-error", "skip"], [], "max_document_bytes"),
    ],
    ids=["keep-captions", "max-document-bytes"],
)
def test_resume_with_other_options_cleans_everything_again(
    tmp_path: Path, corpus: Path, first: list[str], then: list[str], named: str
) -> None:
    out = tmp_path / "out"
    before = run(corpus, "-o", out, *first, "-q")
    assert before.returncode == 0, before.stderr
    assert ("over --max-document-bytes" in before.stderr.decode()) == ("--max-document-bytes" in first)
    again = run(corpus, "-o", out, *then, "--resume", "-q")
    assert again.returncode == 0, again.stderr
    said = again.stderr.decode()
    assert f"{out} was written with other options ({named}): every input is cleaned again" in said
    whole = run(corpus, "-o", tmp_path / "whole", *then, "-q")
    assert whole.returncode == 0 and visible(out) == visible(tmp_path / "whole")


def test_a_manifest_line_cut_by_a_crash_redoes_its_input(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    assert run(corpus, "-o", out, "-q").returncode == 0
    manifest = out / ".vnnews-clean.manifest"
    manifest.write_bytes(manifest.read_bytes()[:-20])  # the last line, cut short
    (out / "part-1.jsonl").write_text("stale\n", encoding="utf-8")
    again = run(corpus, "-o", out, "--resume", "-q")
    assert again.returncode == 0, again.stderr
    assert "1 inputs done; cleaning 1 (1 new or not finished)" in again.stderr.decode()
    whole = run(corpus, "-o", tmp_path / "whole", "-q")
    assert whole.returncode == 0 and visible(out) == visible(tmp_path / "whole")


def test_an_output_written_by_an_older_version_is_cleaned_again(tmp_path: Path, corpus: Path) -> None:
    """No manifest (an older version, or a manifest removed): nothing is trusted, everything is redone."""
    out = tmp_path / "out"
    assert run(corpus, "-o", out, "-q").returncode == 0
    (out / ".vnnews-clean.manifest").unlink()
    (out / "part-0.jsonl").write_text("stale\n", encoding="utf-8")
    again = run(corpus, "-o", out, "--resume", "-q")
    assert again.returncode == 0 and "has no manifest" in again.stderr.decode()
    whole = run(corpus, "-o", tmp_path / "whole", "-q")
    assert whole.returncode == 0 and visible(out) == visible(tmp_path / "whole")


# --- the fault matrix: stopped, inputs changed, resumed with --report ---


FEED = RECORDS * 8  # the last input, fed through a FIFO: 320 records
HELD = 100  # records fed before the run is stopped: enough to send part-1's last batch through


def partial_of(target: Path) -> Callable[[], bool]:
    return lambda: any(target.parent.glob(f".{target.name}.*.partial"))


def wait_for(ready: Callable[[], bool], process: subprocess.Popen[bytes]) -> None:
    """Poll (a bounded loop, nothing timed) until the run has written what ``ready`` looks for."""
    deadline = time.monotonic() + 120
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be stopped"
    assert ready(), "the run did not get there"


@pytest.mark.parametrize("change", ["none", "added", "edited"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("output", ["out", "out.jsonl.gz"], ids=["folder", "single"])
def test_stopped_changed_resumed_equals_an_uninterrupted_run(
    tmp_path: Path, corpus: Path, output: str, sig: signal.Signals, change: str
) -> None:
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    (tmp_path / "stopped").mkdir()
    target, report = tmp_path / "stopped" / output, tmp_path / "stopped" / "report.jsonl"
    args = [corpus, fifo, "-o", target, "--report", report, "-j", "1"]

    # Stopped while the FIFO's output is being written: in a folder, part-0 and part-1 are complete
    # (their outputs and manifest lines come before it); the run waits on the FIFO, alive.
    feeder = FifoWriter(fifo, jsonl_bytes(FEED[:HELD]), hold=True)
    process = subprocess.Popen(command(*args, "-q"), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(partial_of(target / "feed.jsonl" if output == "out" else target), process)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
        feeder.finish()
    if sig == signal.SIGTERM:
        assert process.returncode == 143 and TRACEBACK not in stderr, stderr
        assert not list(tmp_path.rglob("*.partial"))
    else:
        assert process.returncode == -signal.SIGKILL
        assert partial_of(report)()  # what a killed process cannot clean up
    if output == "out":
        assert sorted(visible(target)) == ["part-0.jsonl", "part-1.jsonl"]

    if change == "added":
        write_jsonl(corpus / "part-0b.jsonl", RECORDS[:5])
    elif change == "edited":
        edit(corpus / "part-0.jsonl", RECORDS[3:9])

    feeder = FifoWriter(fifo, jsonl_bytes(FEED))
    resumed = run(*args, "--resume")
    feeder.finish()
    assert resumed.returncode == 0, resumed.stderr

    (tmp_path / "whole").mkdir()
    feeder = FifoWriter(fifo, jsonl_bytes(FEED))
    whole = run(corpus, fifo, "-o", tmp_path / "whole" / output, "--report", tmp_path / "whole" / "report.jsonl", "-q")
    feeder.finish()
    assert whole.returncode == 0, whole.stderr
    assert visible(tmp_path / "stopped") == visible(tmp_path / "whole")
    assert len((tmp_path / "whole" / "report.jsonl").read_bytes().splitlines()) > len(FEED)

    said = resumed.stderr.decode()
    if sig == signal.SIGKILL:
        assert "left by an interrupted run" in said
    if output == "out":  # the FIFO is never done: it was not finished, and it changes as it is fed
        expected = {
            "none": "2 inputs done; cleaning 1 (1 new or not finished)",
            "added": "2 inputs done; cleaning 2 (2 new or not finished)",
            "edited": "1 inputs done; cleaning 2 (1 changed since its output was written, 1 new or not finished)",
        }
        assert expected[change] in said
    manifest = "out/.vnnews-clean.manifest" if output == "out" else f".{output}.manifest"
    assert hidden(tmp_path / "stopped") == [manifest]  # no temporary file, no report parts
