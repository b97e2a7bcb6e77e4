"""Every promise in docs/guarantees.md names tests that exist (a renamed test would leave a promise unchecked)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
NAMED = sorted(set(re.findall(r"`(test_\w+\.py)::(test_\w+)`", (ROOT / "docs" / "guarantees.md").read_text("utf-8"))))


def test_the_guarantees_name_tests() -> None:
    assert len(NAMED) >= 20


@pytest.mark.parametrize(("module", "name"), NAMED, ids=[f"{m}::{n}" for m, n in NAMED])
def test_a_named_test_exists(module: str, name: str) -> None:
    tree = ast.parse((ROOT / "tests" / module).read_text("utf-8"))
    assert name in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
