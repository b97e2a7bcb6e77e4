"""A small corpus for the engine integrations' tests, and what the library itself makes of it.

Gold cases (tests/data and a third of benchmarks/cases: 18 site templates),
the 40 baomoi articles, a few records that clean to nothing and two the quality filter rejects: every
engine's output is checked against :func:`vnnews_clean.clean_document` and
the quality steps on these.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from pathlib import Path

from vnnews_clean import QualityFilter, clean_document, quality_signals

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)
EMPTIED = {  # records that are all junk: cleaning leaves nothing
    "junk-more": "Xem thêm",
    "junk-related": "Tin liên quan:\n- Bài một\n- Bài hai",
    "junk-nav": "Trang chủ | Thời sự | Thế giới | Kinh doanh",
    "junk-share": "Chia sẻ\nBình luận\nIn bài",
}
FILTERED = {  # records that clean to text the default quality filter rejects
    "short-vi": "Hà Nội hôm nay trời mưa to, nhiều tuyến phố ngập sâu.",
    "short-en": "Hello world this is English text only. Nothing Vietnamese here at all, really.",
}


@functools.cache
def corpus() -> tuple[tuple[str, str], ...]:
    """(id, raw text) of every document, in a fixed order."""
    docs = [(path.name.removesuffix(".input.txt"), path.read_text(encoding="utf-8")) for path in _gold_inputs()]
    text = (DATA / "baomoi-40.txt").read_text(encoding="utf-8")
    for number, (title, content) in enumerate(ARTICLE.findall(text)):
        docs.append((f"baomoi-{number:03d}", f"{title.strip()}\n{content.strip()}"))
    docs.extend(EMPTIED.items())
    docs.extend(FILTERED.items())
    return tuple(docs)


def _gold_inputs() -> list[Path]:
    cases = sorted((ROOT / "benchmarks" / "cases").glob("*.input.txt"))
    return sorted(DATA.glob("*.input.txt")) + cases[::3]


def expected(signals: bool = False, filter: bool = False) -> dict[str, dict]:
    """What the library gives each document: text, metadata, and with ``signals``/``filter`` the quality steps.

    ``reasons`` is ("empty",) for a document cleaned to nothing, else the filter's reasons (empty: kept)."""
    out = {}
    judge = QualityFilter()
    for doc_id, raw in corpus():
        result = clean_document(raw)
        row: dict = {"text": result.text, "title": result.title, "author": result.author, "source": result.source}
        measured = quality_signals(result.text, result) if signals or filter else None
        if signals:
            row["signals"] = measured.to_dict()
        reasons: tuple[str, ...] = ()
        if filter:
            decision = judge.check(measured)
            reasons = () if decision.keep else tuple(decision.reasons)
        row["reasons"] = ("empty",) if not result.text else reasons
        out[doc_id] = row
    return out


def doc_examples(section: str) -> list[str]:
    """The Python code blocks of one ``## section`` of docs/integrations.md (each is run as a script)."""
    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(section)}\n(.*?)(?=^## |\Z)", text, re.DOTALL | re.MULTILINE)
    assert match, section
    return re.findall(r"^```python\n(.*?)^```", match[1], re.DOTALL | re.MULTILINE)


def run_example(code: str, folder: Path) -> str:
    """Run a documentation example as a script in ``folder``, with this checkout's library; its output."""
    import os
    import subprocess
    import sys

    script = folder / "example.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(script)], cwd=folder, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def import_without(monkeypatch, engine: str, module: str) -> None:
    """Import ``module`` again as if the package ``engine`` were not installed (for its ImportError)."""
    for name in [name for name in sys.modules if name == engine or name.startswith(engine + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, module)
    importlib.import_module(module)
