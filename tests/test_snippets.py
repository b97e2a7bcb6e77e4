"""Every Python snippet of the README and docs/ runs as written.

The snippets of one file run in order as one script (a reader runs them so: a later one
uses the names of an earlier one), in an empty folder holding the repository's examples/.
docs/integrations.md's are run by the engine tests (``test_integration_*``), with their engines.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
RUN_ELSEWHERE = {"integrations.md"}  # tests/test_integration_*.py run them
PAGES = [ROOT / "README.md", *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name not in RUN_ELSEWHERE)]


def script_of(page: Path) -> str:
    return "\n\n".join(SNIPPET.findall(page.read_text(encoding="utf-8")))


def test_the_pages_have_snippets() -> None:
    assert script_of(ROOT / "README.md") and script_of(ROOT / "docs" / "cleaners.md")


@pytest.mark.parametrize("page", [p for p in PAGES if script_of(p)], ids=lambda p: p.name)
def test_snippets_run_as_written(page: Path, tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-c", script_of(page)],
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
