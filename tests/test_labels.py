"""Properties of the labels: every line labelled once, removals are the dropped labels, the clean
output labels as kept throughout, nothing invented (issue 19: label every line first, drop last)."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnnews_clean import LABELS, Policy, clean, clean_document, normalize
from vnnews_clean.lines.labels import base
from vnnews_clean.normalization import fix_line_breaks

from .helpers import examples
from .strategies import documents, furniture_heavy, noisy_article

# 100 examples (15 ms each; the thorough profile: 3000)
SETTINGS = settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
pages = st.one_of(documents, furniture_heavy(), noisy_article().map(lambda case: case[0]))


@SETTINGS
@given(pages)
def test_every_input_line_has_exactly_one_label(text: str) -> None:
    """Each input line (a run of blank lines counts as one) gets one label, in input order."""
    result = clean_document(text)
    numbers = [label.line for label in result.labels]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)  # (no line of these is long enough to be cut as a flattened page)
    source = fix_line_breaks(text).split("\n")
    blank_run = False
    expected = []
    for number, line in enumerate(source, start=1):
        if line or not blank_run:
            expected.append(number)
        blank_run = not line
    assert numbers == expected
    assert all(base(label.label) in LABELS for label in result.labels)


@SETTINGS
@given(pages)
def test_the_removed_lines_are_exactly_the_dropped_labels(text: str) -> None:
    result = clean_document(text)
    dropped = Counter((label.line, label.text) for label in result.labels if not label.kept and label.text)
    removed = Counter((r.line, r.text) for r in result.removed if not r.is_edit)
    assert dropped == removed
    kept = [label.text for label in result.labels if label.kept and label.text]
    assert result.text == "\n".join(kept)


@SETTINGS
@given(pages)
# a comment heading taken for a menu closes the body, but is gone on a second reading (found by the thorough profile)
@example(
    "Người người người người\nNgười người người người người người người người người.\nBình luận\n"
    "Người người người người người người người người.\nThích\nNgười người người người người người. "
    "Người người người người người người người.\n"
    "Người người người người người người. Người người người người người người."
)
# a run of names longer than a byline's between the title and the lead is no byline, on any reading
@example("Người người người người\nPhương Thảo\nPhương Thảo\nPhương Thảo\n0 0 0 0 A .")
def test_labelling_the_clean_output_drops_nothing(text: str) -> None:
    """Idempotence by construction: every line of the clean text is kept when labelled again."""
    once = clean(text)
    again = clean_document(once)
    assert [label.text for label in again.labels if not label.kept and label.text] == []
    assert again.text == once


@SETTINGS
@given(pages, st.sampled_from(["recall", "precision"]))
def test_the_policy_only_chooses_among_the_labels(text: str, favor: str) -> None:
    """The same labels under any policy; a stricter policy keeps a subset of the lines."""
    recall = clean_document(text)
    policy = Policy(favor=favor)  # type: ignore[arg-type]
    assert [label.label for label in recall.labels] == [label.label for label in clean_document(text).labels]
    kept = {label.line for label in recall.labels if label.kept}
    assert {label.line for label in recall.labels if policy.keeps(label.label)} <= kept | {
        label.line for label in recall.labels if label.label.endswith("?")
    }


@SETTINGS
@given(furniture_heavy())
def test_no_invented_text_on_furniture_heavy_pages(text: str) -> None:
    output = clean(text)
    source = normalize(text).split("\n")
    for line in output.split("\n") if output else []:
        assert any(line in normalize(s) or line in s for s in source), line
