"""Fault injection for ``vnnews-clean``: read-only and full disks, SIGTERM and SIGKILL mid-run.

Every failure must be one line naming the file with exit 4 (write) or 143 (SIGTERM),
leave no ``.partial`` file, never touch the inputs, and ``--resume`` must then finish
with exactly what an uninterrupted run writes.

Read-only and full file systems are real ones where the test may mount a tmpfs
(root, as in CI containers); otherwise a full disk is a file-size limit
(RLIMIT_FSIZE) in the child, and the read-only case is skipped (as root,
permissions alone do not stop a write).
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .test_command import ROOT, baomoi_records, write_jsonl

TRACEBACK = b"Traceback"


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "vnnews_clean", *map(str, args)]


def run(*args: str | Path, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command(*args), capture_output=True, cwd=ROOT, timeout=300, preexec_fn=preexec)


def digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def partials(folder: Path) -> list[Path]:
    return list(folder.rglob(".*.partial"))


def mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str, bool], Path]]:
    """Mount a small tmpfs (read-only if asked) under tmp_path, or skip when this process may not mount."""
    mounted: list[Path] = []

    def make(size: str, read_only: bool = False) -> Path:
        path = tmp_path / f"mnt{len(mounted)}"
        if not mount_tmpfs(path, size):
            pytest.skip("cannot mount a tmpfs here (not root, or no mount permission)")
        mounted.append(path)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
        return path

    yield make
    for path in mounted:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    """One JSON Lines input of about 1 MB in tmp_path/in."""
    (tmp_path / "in").mkdir()
    return write_jsonl(tmp_path / "in" / "dump.jsonl", baomoi_records() * 3)


# --- write failures: exit 4, one line naming the file, nothing left behind ---


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz", "out.parquet", "mirror/"])
def test_read_only_output_folder(tmp_path: Path, tmpfs: Callable[[str, bool], Path], dump: Path, name: str) -> None:
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    before = digest(tmp_path / "in")
    folder = tmpfs("1m", True)
    target = f"{folder}/{name}"
    done = run(dump, "-o", target, "-q")
    assert done.returncode == 4, done.stderr
    assert TRACEBACK not in done.stderr
    message = done.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and "cannot write: Read-only file system" in message
    assert message.startswith(f"vnnews-clean: {folder}/"), message
    assert digest(tmp_path / "in") == before and list(folder.iterdir()) == []


def test_read_only_report(tmp_path: Path, tmpfs: Callable[[str, bool], Path], dump: Path) -> None:
    folder = tmpfs("1m", True)
    done = run(dump, "-o", tmp_path / "out.jsonl", "--report", folder / "report.jsonl", "-q")
    assert done.returncode == 4 and TRACEBACK not in done.stderr
    assert f"{folder / 'report.jsonl'}: cannot write" in done.stderr.decode()
    assert not (tmp_path / "out.jsonl").exists() and not partials(tmp_path)


def full_by_tmpfs(tmp_path: Path, tmpfs: Callable[[str, bool], Path]) -> tuple[Path, Callable[[], None] | None]:
    return tmpfs("64k", False), None


def full_by_rlimit(tmp_path: Path, tmpfs: Callable[[str, bool], Path]) -> tuple[Path, Callable[[], None] | None]:
    def limit() -> None:  # in the child: files stop at 64 KiB with EFBIG (SIGXFSZ ignored, as exec keeps it)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    folder = tmp_path / "small"
    folder.mkdir()
    return folder, limit


@pytest.mark.parametrize("full", [full_by_tmpfs, full_by_rlimit], ids=["tmpfs", "rlimit"])
@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz", "out.parquet", "mirror/"])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_disk_full(
    tmp_path: Path, tmpfs: Callable[[str, bool], Path], dump: Path, full: Callable, name: str, workers: str
) -> None:
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    before = digest(tmp_path / "in")
    folder, preexec = full(tmp_path, tmpfs)
    done = run(dump, "-o", f"{folder}/{name}", "-j", workers, "-q", preexec=preexec)
    assert done.returncode == 4, done.stderr
    assert TRACEBACK not in done.stderr
    message = done.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and f"vnnews-clean: {folder}/" in message and "cannot write" in message
    assert not partials(folder), "the temporary file must not stay and keep the disk full"
    assert [p for p in folder.rglob("*") if p.is_file()] == []
    assert digest(tmp_path / "in") == before


def test_output_named_like_a_file_but_an_existing_folder(tmp_path: Path, dump: Path) -> None:
    (tmp_path / "out.jsonl").mkdir()
    done = run(dump, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 4 and TRACEBACK not in done.stderr
    assert f"{tmp_path / 'out.jsonl'}: is a folder" in done.stderr.decode()
    assert list((tmp_path / "out.jsonl").iterdir()) == [] and not partials(tmp_path)


@pytest.mark.parametrize("name", ["out.jsonl", "mirror/"])
def test_a_file_where_the_output_folder_should_be(tmp_path: Path, dump: Path, name: str) -> None:
    (tmp_path / "blocker").write_text("not a folder", encoding="utf-8")
    done = run(dump, "-o", f"{tmp_path}/blocker/{name}", "-q")
    assert done.returncode == 4 and TRACEBACK not in done.stderr
    assert f"vnnews-clean: {tmp_path}/blocker/" in done.stderr.decode() and "cannot write" in done.stderr.decode()
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "not a folder"


# --- signals mid-run, then --resume ---


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three JSON Lines inputs, large enough that a run can be stopped while writing."""
    folder = tmp_path / "in"
    folder.mkdir()
    records = baomoi_records()
    for part in range(3):
        write_jsonl(folder / f"part-{part}.jsonl", records * 12)
    return folder


def stop_mid_run(args: list[str | Path], watch: Path, sig: signal.Signals) -> subprocess.CompletedProcess[bytes]:
    """Start a run, wait until it writes a temporary output under ``watch``, send ``sig``."""
    process = subprocess.Popen(command(*args), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not partials(watch) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # polling for the file, not timing anything
    assert process.poll() is None, "the run ended before it could be stopped"
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(args, process.returncode, b"", stderr)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("output", ["mirror", "out.jsonl.gz"])
def test_stopped_then_resumed_equals_an_uninterrupted_run(
    tmp_path: Path, corpus: Path, sig: signal.Signals, output: str
) -> None:
    before = digest(corpus)
    whole = run(corpus, "-o", tmp_path / "whole" / output, "-j", "2", "-q")
    assert whole.returncode == 0, whole.stderr
    (tmp_path / "stopped").mkdir()
    target = tmp_path / "stopped" / output
    stopped = stop_mid_run([corpus, "-o", target, "-j", "2", "-q"], tmp_path / "stopped", sig)
    if sig == signal.SIGTERM:
        assert stopped.returncode == 143, stopped.stderr
        assert TRACEBACK not in stopped.stderr and b"terminated; no partial output was kept" in stopped.stderr
        assert not partials(tmp_path / "stopped")
    else:
        assert stopped.returncode == -signal.SIGKILL
        assert partials(tmp_path / "stopped")  # what a killed process cannot clean up
    resumed = run(corpus, "-o", target, "-j", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    if sig == signal.SIGKILL:
        assert b"left by an interrupted run" in resumed.stderr
    assert not partials(tmp_path)
    assert digest(tmp_path / "stopped") == digest(tmp_path / "whole")
    assert digest(corpus) == before


def test_resume_leaves_the_partial_file_of_a_running_process_alone(tmp_path: Path, dump: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    alive = out / f".dump.jsonl.{os.getpid()}.partial"  # this test process: alive
    alive.write_text("being written", encoding="utf-8")
    unrelated = out / ".notes.txt.1.partial"  # not named after an output of this run
    unrelated.write_text("someone else's", encoding="utf-8")
    done = run(dump, "-o", out, "--resume", "-q")
    assert done.returncode == 0, done.stderr
    assert f"{alive}: left alone, process {os.getpid()} is still running" in done.stderr.decode()
    assert alive.exists() and unrelated.exists() and (out / "dump.jsonl").is_file()


def test_a_worker_killed_mid_run(tmp_path: Path, corpus: Path) -> None:
    """A worker killed (the OOM killer's way) stops the run with one line and no temporary file."""
    process = subprocess.Popen(
        command(corpus, "-o", tmp_path / "out.jsonl", "-j", "2", "-q"), cwd=ROOT, stderr=subprocess.PIPE
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    if not children.exists():
        process.kill()
        process.communicate()
        pytest.skip("no /proc children list to find the workers")
    deadline = time.monotonic() + 120
    while not partials(tmp_path) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # polling for the output to be written (workers busy), not timing anything
    workers = children.read_text().split()
    assert workers and process.poll() is None, "the run ended before a worker could be killed"
    os.kill(int(workers[0]), signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 3 and TRACEBACK not in stderr
    assert b"a worker process died" in stderr
    assert not (tmp_path / "out.jsonl").exists() and not partials(tmp_path)
