"""benchmarks/filter_eval.py builds a sound benchmark: every kind present, counts that add up, junk never good."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VNNEWS_SHARED", ROOT.parent / "shared"))

pytestmark = pytest.mark.skipif(
    not (SHARED / "corpora" / "baomoi-500.txt").exists() or not (SHARED / "eval" / "real-dev").is_dir(),
    reason="needs ../shared (corpora and eval/real-dev)",
)


@pytest.fixture(scope="module")
def bench():
    return load_benchmark("filter_eval")


@pytest.fixture(scope="module")
def judged(bench):
    material = bench.load_material(SHARED, None, sample=20)
    return [bench.prepare(doc) for doc in bench.build(material)]


def test_every_kind_is_present(bench, judged) -> None:
    kinds = Counter(j.doc.kind for j in judged)
    assert set(kinds) == {*bench.GOOD_KINDS, *bench.JUNK_KINDS}, kinds
    if bench.TUTOR.is_dir():
        assert kinds["foreign"] >= 3


def test_counts_add_up(bench, judged) -> None:
    verdicts = [(i % 3 != 0, "x" if i % 3 == 0 else "") for i in range(len(judged))]
    for held_out in (True, False):
        s = bench.score(judged, verdicts, held_out)
        side = [j for j in judged if j.doc.held_out or not held_out]
        assert s.good + s.junk == len(side) == sum(n for _, n in s.per_kind.values())
        assert s.good_dropped + s.junk_dropped == sum(
            not v[0] for j, v in zip(judged, verdicts, strict=True) if j in side
        )
    everything = bench.score(judged, [(False, "x")] * len(judged), False)
    assert everything.recall == 1.0
    assert everything.precision == everything.junk / len(judged)


def test_no_junk_document_is_a_good_one(judged) -> None:
    good_raw = {j.doc.text for j in judged if not j.doc.junk}
    good_clean = {j.text for j in judged if not j.doc.junk}
    for j in judged:
        if j.doc.junk:
            assert j.doc.text not in good_raw, j.doc.source
            assert not j.text.strip() or j.text not in good_clean, j.doc.source


def test_held_out_is_what_the_fitting_half_did_not_make(bench, judged) -> None:
    for j in judged:
        source = j.doc.source
        if source.startswith("baomoi:"):
            first = int(source.split(":")[1].split("-")[0])
            assert j.doc.held_out == (first >= bench.FIT), source
        elif source.startswith(("real-dev:", "tutor.")):
            assert j.doc.held_out, source


def test_mojibake_legacy_and_repetition_are_judged_as_they_are(judged) -> None:
    for j in judged:
        if j.doc.kind in ("mojibake", "legacy", "repetition"):
            assert j.text == j.doc.text and j.result is None
