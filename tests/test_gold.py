"""The gold check of issue 2: every shared gold case exactly right, metadata too.

This is the one test that reads ``../shared`` (the project's shared evaluation
material); it is skipped where that folder is not beside the repository.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval not present")
def test_gold_cases_are_exact() -> None:
    done = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(SHARED_EVAL / "cases"), "--show"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = dict(field.split("=") for field in done.stdout.strip().splitlines()[-1].split())
    for metric in ("exact_docs", "meta"):
        right, total = summary[metric].split("/")
        assert right == total, done.stdout
