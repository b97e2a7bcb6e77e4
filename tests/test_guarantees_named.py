"""Every promise in docs/guarantees.md names tests that exist (a renamed test would leave a promise unchecked)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
GUARANTEES = (ROOT / "docs" / "guarantees.md").read_text(encoding="utf-8")
NAMED_TEST = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")
NAMED = sorted(set(NAMED_TEST.findall(GUARANTEES)))
PROMISE = re.compile(r"^- .*?(?=^\S|\Z)", re.MULTILINE | re.DOTALL)  # a bullet and its indented lines


def test_every_promise_names_tests_that_exist() -> None:
    """Each bullet but a "Not promised" one names the tests that check it as ``tests/FILE::TEST``."""
    promises = [p for p in PROMISE.findall(GUARANTEES) if not p.startswith("- Not promised")]
    assert len(promises) >= 50 and len(NAMED) >= 100
    assert [p for p in promises if not NAMED_TEST.search(p)] == []


@pytest.mark.parametrize(("module", "name"), NAMED, ids=[f"{m}::{n}" for m, n in NAMED])
def test_a_named_test_exists(module: str, name: str) -> None:
    tree = ast.parse((ROOT / module).read_text("utf-8"))
    assert name in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
