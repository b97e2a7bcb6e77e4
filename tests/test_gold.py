"""The gold check of issue 2: every gold case exactly right, metadata too.

``test_gold_cases_in_the_repository_are_exact`` runs in any clone, on the cases
copied into ``tests/data`` (scored as ``../shared/eval/score.py`` does: NFC,
runs of spaces collapsed, a gold line starting with "?? " optional).
``test_gold_cases_are_exact`` is the one test that reads ``../shared`` (the
project's shared evaluation material, all its cases); it is skipped where that
folder is not beside the repository.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from vnnews_clean import clean_document

SHARED_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATA = Path(__file__).parent / "data"
CASES = sorted(path.name.removesuffix(".gold.txt") for path in DATA.glob("*.gold.txt"))
SPACES = re.compile(r"\s+")


def canon(line: str) -> str:
    return SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip()


def test_the_repository_has_gold_cases() -> None:
    assert len(CASES) >= 2


@pytest.mark.parametrize("case", CASES)
def test_gold_cases_in_the_repository_are_exact(case: str) -> None:
    result = clean_document((DATA / f"{case}.input.txt").read_text(encoding="utf-8"))
    gold = [canon(line) for line in (DATA / f"{case}.gold.txt").read_text(encoding="utf-8").splitlines()]
    optional = {line[3:].strip() for line in gold if line.startswith("?? ")}
    required = [line for line in gold if line and not line.startswith("?? ")]
    got = [canon(line) for line in result.text.splitlines() if canon(line)]
    assert [line for line in got if line not in optional or line in required] == required
    meta = DATA / f"{case}.gold.json"
    if meta.exists():
        for name, value in json.loads(meta.read_text(encoding="utf-8")).items():
            assert getattr(result, name) == value, name


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


def test_multi_site_gold_set_meets_the_quality_bar() -> None:
    """The multi-site gold set (benchmarks/cases, 18 site templates), scored by benchmarks/quality.py
    as ../shared/eval/score.py scores: recall ≥ 0.99 and line F1 ≥ 0.99, unrounded.

    A regression guard a little under today's 0.9948 (9 noise lines kept: a mid-article listing
    whose first item ends in a full stop, a caption repeating its image's alt text, a few head
    labels); raise it as the cleaners improve.
    """
    from .helpers import load_benchmark

    root = Path(__file__).resolve().parent.parent
    quality = load_benchmark("quality")
    tally = quality.Tally()
    cases = sorted((root / "benchmarks" / "cases").glob("*.gold.txt"))
    assert len(cases) >= 60
    for gold in cases:
        raw = gold.with_name(gold.name.replace(".gold.txt", ".input.txt")).read_text(encoding="utf-8")
        required, optional = quality.read_gold(gold.read_text(encoding="utf-8"))
        tally.add(required, optional, clean_document(raw).text)
    precision, recall = tally.tp / (tally.tp + tally.fp), tally.tp / (tally.tp + tally.fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert recall >= 0.99 and f1 >= 0.99, tally.summary()
