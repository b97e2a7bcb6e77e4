"""The before/after examples in docs/cleaners.md are what the cleaners do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnnews_clean import Document, Pipeline

DOC = (Path(__file__).parent.parent / "docs" / "cleaners.md").read_text(encoding="utf-8")
SECTION = re.compile(
    r"^## `(?P<rule>\w+)`.*?Before:\n\n```text\n(?P<before>.*?)\n```\n\nAfter:\n\n```text\n(?P<after>.*?)\n```"
    r"(?:\n\nMetadata: (?P<meta>[^\n]*))?",
    re.DOTALL | re.MULTILINE,
)
EXAMPLES = list(SECTION.finditer(DOC))


def test_every_default_step_is_documented() -> None:
    assert [m["rule"] for m in EXAMPLES] == Pipeline.default().names


@pytest.mark.parametrize("example", EXAMPLES, ids=[m["rule"] for m in EXAMPLES])
def test_example(example: re.Match[str]) -> None:
    cleaner = Pipeline.default()[example["rule"]]
    doc = Document.from_text(example["before"])
    cleaner.apply(doc)
    assert doc.render() == example["after"]
    for key, value in re.findall(r"`(\w+)` = '([^']*)'", example["meta"] or ""):
        assert getattr(doc, key) == value


GUARANTEES = (Path(__file__).parent.parent / "docs" / "guarantees.md").read_text(encoding="utf-8")
NAMED_TEST = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")
PROMISE = re.compile(r"^- .*?(?=^\S|\Z)", re.MULTILINE | re.DOTALL)  # a bullet and its indented lines


def test_every_guarantee_names_a_test_that_exists() -> None:
    """docs/guarantees.md: each promise names the tests that check it as ``file::test``, and they exist."""
    promises = [p for p in PROMISE.findall(GUARANTEES) if not p.startswith("- Not promised")]
    assert len(promises) >= 20
    assert [p for p in promises if not NAMED_TEST.search(p)] == []
    root = Path(__file__).parent.parent
    for path, test in NAMED_TEST.findall(GUARANTEES):
        assert re.search(rf"^def {test}\(", (root / path).read_text(encoding="utf-8"), re.MULTILINE), f"{path}::{test}"
