"""The switch between the C twins and the Python code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from vnnews_clean import _native, accelerated


def test_the_variable_turns_every_twin_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_native.PURE_PYTHON_VARIABLE, "1")
    assert accelerated() == {"normalize": False, "quality": False, "features": False}
    assert _native.load("normalize") is None


@pytest.mark.parametrize("value", ["", "0"])
def test_an_empty_or_zero_variable_leaves_them_on(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(_native.PURE_PYTHON_VARIABLE, value)
    assert not _native.pure_python()


def test_a_twin_that_is_not_built_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_native.PURE_PYTHON_VARIABLE, raising=False)
    monkeypatch.setitem(_native.TWINS, "normalize", "vnnews_clean.normalization._not_built")
    assert _native.load("normalize") is None


def test_the_library_runs_and_agrees_without_the_twins() -> None:
    """A process with the variable set runs the Python code, and cleans and measures alike."""
    code = (
        "import json, vnnews_clean as v;"
        "t = 'Trang chủ > Thời sự\\nHoà bình ở Hà Nội.  Người dân vui mừng, thủy  lợi tốt.\\nẢnh: TTXVN';"
        "print(json.dumps([v.accelerated(), v.clean(t), v.quality_signals(t).to_dict()]))"
    )
    runs = []
    for switch in ("", "1"):
        env = {**os.environ, _native.PURE_PYTHON_VARIABLE: switch}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        runs.append(out.stdout)
    (on, clean_on, signals_on), (off, clean_off, signals_off) = map(json.loads, runs)
    assert all(on.values()) and not any(off.values())
    assert (clean_on, signals_on) == (clean_off, signals_off)
