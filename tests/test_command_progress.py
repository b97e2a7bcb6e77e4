"""The command's progress display: a bar on a terminal, plain lines elsewhere, never on stdout.

The display is driven with a fake clock and fake streams (no waiting); the command itself is run
with stderr a pipe and with stderr a terminal (a pseudo-terminal), its stdout compared with a quiet run.
"""

from __future__ import annotations

import fcntl
import gzip
import io
import os
import pty
import struct
import subprocess
import termios
import threading
from pathlib import Path

import pytest

from vnnews_clean.command import progress as progress_module
from vnnews_clean.command.inputs import Input, Record
from vnnews_clean.command.progress import Progress, Reading, progress_every
from vnnews_clean.command.sources import read

from .test_command import COMMAND, ROOT, baomoi_records, run, write_jsonl

TERMINAL_CODES = ("\r", "\x1b")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def two_inputs(tmp_path: Path) -> list[Input]:
    (tmp_path / "a.txt").write_bytes(b"x" * 600_000)
    (tmp_path / "b.txt").write_bytes(b"y" * 400_000)
    return [Input(tmp_path / name, "text", Path(name)) for name in ("a.txt", "b.txt")]


def test_plain_lines_come_every_n_seconds_with_documents_bytes_and_percent(tmp_path: Path) -> None:
    first, second = two_inputs(tmp_path)
    clock, stream = FakeClock(), io.StringIO()
    reading = Reading([first, second])
    shown = Progress("cleaning", reading, every=30, stream=stream, clock=clock)
    for seconds, source, offset, documents in [(10, first, 100_000, 1), (31, first, 600_000, 2), (45, second, 0, 3)]:
        clock.now = 1000 + seconds
        reading.at(source, offset, 1)
        shown.update(documents)
    clock.now = 1062
    reading.at(second, 150_000, 1)
    shown.update(4)
    shown.finish()
    assert stream.getvalue().splitlines() == [
        "vnnews-clean: cleaning: 2 documents, 0.6 MB of 1.0 MB read (60%), 0.02 MB/s, about 21 s left",
        "vnnews-clean: cleaning: 4 documents, 0.8 MB of 1.0 MB read (75%), 0.01 MB/s, about 21 s left",
    ]
    assert not any(code in stream.getvalue() for code in TERMINAL_CODES)


def test_without_a_known_size_the_lines_say_bytes_read_without_percent(tmp_path: Path) -> None:
    stdin = Input(None, "jsonl", Path("stdin"))
    clock, stream = FakeClock(), io.StringIO()
    reading = Reading([stdin])
    shown = Progress("cleaning", reading, every=5, stream=stream, clock=clock)
    clock.now += 5
    reading.at(stdin, 0, 2_000_000)
    shown.update(1)
    assert stream.getvalue() == "vnnews-clean: cleaning: 1 document, 2.0 MB read, 0.40 MB/s\n"


def test_an_input_resume_skips_leaves_the_total(tmp_path: Path) -> None:
    first, second = two_inputs(tmp_path)
    reading = Reading([first, second])
    assert reading.total == 1_000_000
    reading.skip(first)
    assert reading.total == 400_000
    assert reading.at(second, 200_000, 1) == 200_000


def test_every_zero_and_quiet_show_nothing(tmp_path: Path) -> None:
    clock, stream = FakeClock(), io.StringIO()
    for shown in (
        Progress("cleaning", Reading(two_inputs(tmp_path)), every=0, stream=stream, clock=clock),
        Progress("cleaning", Reading(two_inputs(tmp_path)), enabled=False, stream=Terminal(), clock=clock),
    ):
        clock.now += 100
        shown.update(1)
        shown.finish()
    assert stream.getvalue() == ""


def test_on_a_terminal_a_bar_with_percent_on_its_stream_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = two_inputs(tmp_path)
    terminal = Terminal()
    reading = Reading([first, second])
    shown = Progress("cleaning", reading, stream=terminal)
    reading.at(first, 600_000, 1)
    shown.update(1)
    shown.bar.refresh()
    shown.finish()
    assert "cleaning" in terminal.getvalue() and "60%" in terminal.getvalue() and "\r" in terminal.getvalue()
    assert capsys.readouterr() == ("", "")  # neither stdout nor the process's stderr


def test_on_a_terminal_without_tqdm_plain_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "_tqdm", lambda: None)
    clock, terminal = FakeClock(), Terminal()
    reading = Reading(two_inputs(tmp_path))
    shown = Progress("learning boilerplate", reading, every=30, stream=terminal, clock=clock)
    clock.now += 30
    shown.update(0)
    assert terminal.getvalue().startswith("vnnews-clean: learning boilerplate: 0 documents, 0.0 MB of 1.0 MB read (0%)")


def test_progress_every_default_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(progress_module.PROGRESS_EVERY_ENV, raising=False)
    assert progress_every() == 30
    monkeypatch.setenv(progress_module.PROGRESS_EVERY_ENV, "5")
    assert progress_every() == 5


def test_records_say_how_much_of_a_compressed_file_was_read(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl.gz", baomoi_records() * 20)
    source = Input(path, "jsonl", Path(path.name))
    offsets = [record.offset for record in read(source, "text") if isinstance(record, Record)]
    assert offsets == sorted(offsets) and 0 < offsets[0] < offsets[-1] == path.stat().st_size


def test_the_command_writes_plain_lines_to_a_log_not_stdout(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "a.jsonl", baomoi_records())
    quiet = run(dump, "-j", "1", "-q")
    done = run(dump, "-j", "1", "--progress-every", "0.000001", "--learn-boilerplate")
    assert done.returncode == 0, done.stderr
    assert done.stdout == quiet.stdout
    lines = done.stderr.decode().splitlines()
    cleaning = [line for line in lines if line.startswith("vnnews-clean: cleaning: ")]
    learning = [line for line in lines if line.startswith("vnnews-clean: learning boilerplate: ")]
    assert cleaning and learning
    assert cleaning[-1].startswith(f"vnnews-clean: cleaning: {len(baomoi_records())} documents")
    assert "read (100%)" in cleaning[-1]
    assert not any(code in done.stderr.decode() for code in TERMINAL_CODES)


def test_the_command_on_a_terminal_draws_a_bar_on_stderr_only(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "a.jsonl", baomoi_records())
    quiet = run(dump, "-j", "1", "-q")
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal's size: 24 x 100
    shown = bytearray()

    def drain() -> None:
        while True:
            try:
                data = os.read(controller, 4096)
            except OSError:  # the terminal's other end closed
                return
            if not data:
                return
            shown.extend(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    done = subprocess.run(
        [*COMMAND, str(dump), "-j", "1"], stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT, timeout=300
    )
    os.close(terminal)
    reader.join(timeout=60)
    os.close(controller)
    assert done.returncode == 0
    assert done.stdout == quiet.stdout
    assert b"cleaning" in shown and b"%" in shown and b"\r" in shown


def test_gzip_inputs_total_is_their_compressed_size(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"x" * 100_000)
    assert Reading([Input(path, "text", Path(path.name))]).total == path.stat().st_size
