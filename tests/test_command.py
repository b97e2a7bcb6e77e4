"""``python -m vnnews_clean FILE``: the minimal command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "vnnews_clean", *args], input=stdin, capture_output=True, cwd=ROOT)


def test_example_article_prints_its_clean_text() -> None:
    done = run("examples/article.txt")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == (ROOT / "examples/article.clean.txt").read_text(encoding="utf-8")


def test_stdin() -> None:
    done = run("-", stdin="Tiêu đề hoà bình\nPhiên bản di động\n".encode())
    assert done.stdout.decode("utf-8") == "Tiêu đề hòa bình\n"


def test_missing_and_undecodable_files_are_reported(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Vi\xeat Nam".encode("latin-1"))
    done = run(str(tmp_path / "missing.txt"), str(bad), "examples/article.txt")
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "missing.txt" in stderr and "latin1.txt" in stderr and "utf-8" in stderr
    assert done.stdout  # the good file is still cleaned


def test_usage_error_exit_code() -> None:
    assert run().returncode == 2
