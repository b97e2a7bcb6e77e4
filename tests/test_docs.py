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
