"""What ``vnnews-clean`` does with the names it writes to: special files, links, streams, odd ``-o`` names.

Every case runs the command as a subprocess on FIFOs, links, a device node and regular files
in a temporary folder, never on a system path: the ``/dev/stderr`` case is a link in the
temporary folder to the child's own ``/proc/self/fd/2``, whose stderr is a file of the test.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import FifoReader
from .test_command import ROOT, baomoi_records, read_jsonl, write_jsonl

TRACEBACK = b"Traceback"


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "vnnews_clean", *map(str, args)]


def environment() -> dict[str, str]:
    """This checkout first on the path: the command runs in a temporary folder, not in ROOT."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def run(*args: str | Path, cwd: Path, stdout: int | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        command(*args),
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=environment(),
        timeout=300,
    )


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "dump.jsonl", baomoi_records()[:12])


@pytest.fixture
def reference(tmp_path: Path, dump: Path) -> tuple[bytes, bytes]:
    """(output, report) of the same run into regular files."""
    done = run(dump, "-o", tmp_path / "ref.jsonl", "--report", tmp_path / "ref-report.jsonl", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return (tmp_path / "ref.jsonl").read_bytes(), (tmp_path / "ref-report.jsonl").read_bytes()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


# --- special files are written through, never replaced ---


@pytest.mark.parametrize("which", ["output", "report"])
def test_a_fifo_is_written_through_not_replaced(
    tmp_path: Path, dump: Path, reference: tuple[bytes, bytes], which: str
) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    reader = FifoReader(fifo)
    if which == "output":
        done = run(dump, "-o", fifo, "--report", tmp_path / "report.jsonl", "-q", cwd=tmp_path)
    else:
        done = run(dump, "-o", tmp_path / "out.jsonl", "--report", fifo, "-q", cwd=tmp_path)
    streamed = reader.finish()
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO was replaced"
    assert streamed == reference[0 if which == "output" else 1]
    assert not leftovers(tmp_path)


def test_a_fifo_without_extension_is_a_stream_like_stdout(tmp_path: Path, dump: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = FifoReader(fifo)
    done = run(ROOT / "examples" / "article.txt", "-o", fifo, "-q", cwd=tmp_path)
    streamed = reader.finish()
    assert done.returncode == 0, done.stderr
    assert streamed == (ROOT / "examples" / "article.clean.txt").read_bytes()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_to_a_fifo_is_written_through(tmp_path: Path, dump: Path, reference: tuple[bytes, bytes]) -> None:
    """As ``/dev/stderr`` is a link to a pipe when stderr is piped: the link and the pipe stay."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stderr-like"
    link.symlink_to(fifo)
    reader = FifoReader(fifo)
    done = run(dump, "-o", tmp_path / "out.jsonl", "--report", link, "-q", cwd=tmp_path)
    streamed = reader.finish()
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(fifo) and stat.S_ISFIFO(fifo.lstat().st_mode)
    assert streamed == reference[1]


def test_a_link_to_our_own_stderr_writes_to_it_whatever_it_is(tmp_path: Path, dump: Path) -> None:
    """``--report /dev/stderr`` with stderr sent to a file: the report goes to stderr (the file, after the
    messages written before it), the link stays a link. /dev/stderr is a link to /proc/self/fd/2; so is
    this one, in the temporary folder."""
    link = tmp_path / "my-stderr"
    link.symlink_to("/proc/self/fd/2")
    log = tmp_path / "log.txt"
    with open(log, "wb") as stderr:
        done = subprocess.run(
            command(dump, "-o", tmp_path / "out.jsonl", "--report", link),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            cwd=tmp_path,
            env=environment(),
            timeout=300,
        )
    assert done.returncode == 0, log.read_text(encoding="utf-8")
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/2"
    lines = log.read_text(encoding="utf-8").splitlines()
    report = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(report) == 12 and {r["input"] for r in report} == {str(dump)}
    assert any(line.startswith("vnnews-clean: 12 documents") for line in lines)  # the summary, after
    assert not leftovers(tmp_path)


def test_a_device_is_written_through_not_replaced(tmp_path: Path, dump: Path) -> None:
    """A character device made in the temporary folder (1, 3: what /dev/null is). Where the system
    does not let us make one, the FIFO tests cover the same branch: any file that is neither regular
    nor a folder is written through."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with open(device, "wb") as probe:  # a file system mounted nodev refuses to open it
            probe.write(b"")
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make and open a device node here ({error}); the FIFO tests cover this branch")
    for args in (["-o", tmp_path / "out.jsonl", "--report", device], ["-o", device]):
        done = run(dump, *args, "-q", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        info = device.lstat()
        assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3), "the device was replaced"
    assert not leftovers(tmp_path)


# --- links are followed: their target is replaced atomically, the link stays ---


@pytest.mark.parametrize("which", ["output", "report"])
def test_a_link_to_a_file_is_followed(tmp_path: Path, dump: Path, reference: tuple[bytes, bytes], which: str) -> None:
    (tmp_path / "runs").mkdir()
    real = tmp_path / "runs" / "latest.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(Path("runs") / "latest.jsonl")
    if which == "output":
        done = run(dump, "-o", link, "--report", tmp_path / "report.jsonl", "-q", cwd=tmp_path)
    else:
        done = run(dump, "-o", tmp_path / "out.jsonl", "--report", link, "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("runs") / "latest.jsonl")
    assert real.read_bytes() == reference[0 if which == "output" else 1]
    assert not leftovers(tmp_path) and not leftovers(tmp_path / "runs")


def test_a_dangling_link_is_followed_to_a_new_file(tmp_path: Path, dump: Path, reference: tuple[bytes, bytes]) -> None:
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "elsewhere" / "new.jsonl")
    done = run(dump, "-o", link, "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and (tmp_path / "elsewhere" / "new.jsonl").read_bytes() == reference[0]


def test_a_link_in_a_mirrored_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((ROOT / "examples" / "article.txt").read_bytes())
    (tmp_path / "out").mkdir()
    kept = tmp_path / "kept.txt"
    kept.write_text("old\n", encoding="utf-8")
    (tmp_path / "out" / "a.txt").symlink_to(kept)
    done = run(tmp_path / "in", "-o", tmp_path / "out", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "a.txt").is_symlink()
    assert kept.read_bytes() == (ROOT / "examples" / "article.clean.txt").read_bytes()


def test_a_link_to_an_input_is_refused(tmp_path: Path, dump: Path) -> None:
    link = tmp_path / "out.jsonl"
    link.symlink_to(dump)
    before = dump.read_bytes()
    done = run(dump, "-o", link, "-q", cwd=tmp_path)
    assert done.returncode == 2 and b"would overwrite an input" in done.stderr
    assert dump.read_bytes() == before and link.is_symlink()


def test_a_loop_of_links_is_refused(tmp_path: Path, dump: Path) -> None:
    (tmp_path / "a.jsonl").symlink_to(tmp_path / "b.jsonl")
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "a.jsonl")
    done = run(dump, "-o", tmp_path / "a.jsonl", "-q", cwd=tmp_path)
    assert done.returncode == 2 and b"a loop of symbolic links" in done.stderr
    assert (tmp_path / "a.jsonl").is_symlink() and (tmp_path / "b.jsonl").is_symlink()


def test_a_link_or_fifo_under_a_temporary_name_is_never_written_through(tmp_path: Path) -> None:
    """The temporary file is made new (O_EXCL | O_NOFOLLOW): a link that sits under its name is
    not followed (the file it points to is untouched) and the output is refused, naming it."""
    from vnnews_clean.command.destinations import AtomicFile, WriteError, temporary_of

    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    temporary_of(target).symlink_to(victim)
    with pytest.raises(WriteError, match="not a regular file"):
        AtomicFile(target)
    assert victim.read_text(encoding="utf-8") == "precious\n" and temporary_of(target).is_symlink()
    assert not target.exists()


def test_resume_leaves_a_link_named_like_a_temporary_file_alone(tmp_path: Path, dump: Path) -> None:
    """``--resume`` removes the temporary files a killed run left: regular files only."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # a process that has ended: nobody runs as its id
    ended.wait()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    link = tmp_path / f".out.jsonl.{ended.pid}.partial"
    link.symlink_to(victim)
    done = run(dump, "-o", tmp_path / "out.jsonl", "--resume", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and victim.read_text(encoding="utf-8") == "precious\n"
    assert f"{link}: left alone, not a regular file" in done.stderr.decode()


# --- --report -: standard output ---


def test_report_dash_is_stdout(tmp_path: Path, dump: Path, reference: tuple[bytes, bytes]) -> None:
    done = run(dump, "-o", tmp_path / "out.jsonl", "--report", "-", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == reference[1]
    assert (tmp_path / "out.jsonl").read_bytes() == reference[0]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("report", ["-", "link-to-stdout"])
def test_report_and_output_both_on_stdout_is_refused(tmp_path: Path, dump: Path, report: str) -> None:
    (tmp_path / "link-to-stdout").symlink_to("/proc/self/fd/1")
    done = run(dump, "--report", report, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == b""
    assert b"would both write to standard output" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.jsonl", "link-to-stdout"]


# --- a closed pipe is a quiet stop ---


@pytest.mark.parametrize("args", [["in"], ["--explain", "in/dump.jsonl"]], ids=["folder", "explain"])
def test_a_closed_pipe_is_a_quiet_exit_141(tmp_path: Path, args: list[str]) -> None:
    """``vnnews-clean dir/ | head``: once the reader has gone, the command stops without a word, with
    the status a shell reports for a tool stopped by SIGPIPE (128 + 13)."""
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "dump.jsonl", baomoi_records() * 3)
    reader, writer = os.pipe()
    os.close(reader)  # nobody reads: the first write fails with EPIPE
    try:
        done = run(*args, "-q", cwd=tmp_path, stdout=writer)
    finally:
        os.close(writer)
    assert done.returncode == 141, done.stderr
    assert done.stderr == b""


def test_a_reader_going_away_in_the_middle_of_a_write_is_no_success(tmp_path: Path) -> None:
    """``vnnews-clean big.txt | head -c 10``: the write the reader leaves in the middle comes back short,
    without an error; the rest is written again, so the broken pipe is seen (exit 141) rather than a
    summary of success over a cut output (it was exit 0)."""
    paragraphs = [line for record in baomoi_records() for line in str(record["text"]).splitlines() if line]
    # one document, its clean text well beyond a pipe's buffer, every line its own (nothing dropped as a copy)
    text = "\n".join(f"{copy}.{number} {line}" for copy in range(12) for number, line in enumerate(paragraphs))
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        command("big.txt"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=environment()
    )
    assert process.stdout is not None and process.stderr is not None
    assert len(process.stdout.read(10)) == 10
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=300) == 141, errors
    assert errors == b""


def test_a_closed_pipe_discards_the_files_being_written(tmp_path: Path, dump: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = run(dump, "-o", tmp_path / "out.jsonl", "--report", "-", cwd=tmp_path, stdout=writer)
    finally:
        os.close(writer)
    assert done.returncode == 141 and done.stderr == b""
    assert not (tmp_path / "out.jsonl").exists() and not leftovers(tmp_path)


# --- odd -o names (issue 18, item 21) ---


def test_an_existing_file_without_extension_is_not_an_output(tmp_path: Path, dump: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    done = run(dump, "-o", afile, cwd=tmp_path)
    assert done.returncode == 2 and TRACEBACK not in done.stderr
    assert f"{afile}: an existing file, not a .jsonl, .ndjson, .parquet file: not replaced" in done.stderr.decode()
    assert afile.read_text(encoding="utf-8") == "mine\n"


def test_a_file_named_as_a_folder_is_refused(tmp_path: Path, dump: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    done = run(dump, "-o", f"{afile}/", cwd=tmp_path)
    assert done.returncode == 2 and TRACEBACK not in done.stderr
    assert done.stderr.decode().strip() == f"vnnews-clean: {afile}/: is a file, not a folder (-o NAME/ names a folder)"
    assert afile.read_text(encoding="utf-8") == "mine\n"


def test_missing_output_folders_are_created(tmp_path: Path, dump: Path, reference: tuple[bytes, bytes]) -> None:
    """``-o missing/deeper/out.jsonl`` makes the folders (as ``-o clean/`` makes its folder), as documented."""
    done = run(dump, "-o", "missing/deeper/out.jsonl", "--report", "other/report.jsonl", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "missing" / "deeper" / "out.jsonl").read_bytes() == reference[0]
    assert (tmp_path / "other" / "report.jsonl").read_bytes() == reference[1]


@pytest.mark.parametrize("output", ["in/clean/", "in/all.jsonl"])
def test_an_output_inside_the_input_folder_is_not_read_again(tmp_path: Path, output: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes((ROOT / "examples" / "article.txt").read_bytes())
    write_jsonl(tmp_path / "in" / "b.jsonl", baomoi_records()[:3])
    first = run("in/", "-o", output, "-q", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    written = {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "in").rglob("*") if p.is_file()}
    again = run("in/", "-o", output, "-q", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "the output is inside the input folder" in again.stderr.decode()
    assert {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "in").rglob("*") if p.is_file()} == written
    if output.endswith("/"):
        assert sorted(p.name for p in (tmp_path / output).glob("[!.]*")) == ["a.txt", "b.jsonl"]
    else:
        assert len(read_jsonl(tmp_path / output)) == 4


def test_an_input_named_inside_the_output_folder_is_still_refused(tmp_path: Path) -> None:
    """Only files found by walking an input folder are passed over; one named is an input, and kept safe."""
    (tmp_path / "out").mkdir()
    source = tmp_path / "out" / "a.txt"
    source.write_bytes((ROOT / "examples" / "article.txt").read_bytes())
    done = run(source, "-o", "out/", cwd=tmp_path)
    assert done.returncode == 2 and b"would overwrite an input" in done.stderr
    assert source.read_bytes() == (ROOT / "examples" / "article.txt").read_bytes()


def test_a_signal_as_a_temporary_file_is_made_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM the moment the temporary file exists (before the code knows it made it): it waits until
    the file is known to be ours, then stops the run, which removes it."""
    from vnnews_clean.command.destinations import AtomicFile

    class Stopped(BaseException):
        pass

    def stop(number: int, frame: object) -> None:
        raise Stopped

    real_open = os.open

    def open_then_signal(path: str | Path, flags: int, mode: int = 0o777) -> int:
        descriptor = real_open(path, flags, mode)
        if Path(path).name.endswith(".partial"):
            os.kill(os.getpid(), signal.SIGTERM)  # handled as soon as this returns, unless held
        return descriptor

    previous = signal.signal(signal.SIGTERM, stop)
    monkeypatch.setattr(os, "open", open_then_signal)
    try:
        with pytest.raises(Stopped):
            AtomicFile(tmp_path / "out.jsonl")
    finally:
        monkeypatch.undo()
        signal.signal(signal.SIGTERM, previous)
    assert list(tmp_path.iterdir()) == []
