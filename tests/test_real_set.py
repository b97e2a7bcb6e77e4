"""benchmarks/real: labels rebuild the gold they were made from, gold invents no text, sets are scored per family."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnnews_clean

from .helpers import ROOT, load_benchmark

REAL = ROOT / "benchmarks" / "real"


def _load_rebuild():
    if "bench_real_rebuild" in sys.modules:
        return sys.modules["bench_real_rebuild"]
    spec = importlib.util.spec_from_file_location("bench_real_rebuild", REAL / "rebuild.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_real_rebuild"] = module
    spec.loader.exec_module(module)
    return module


rebuild = _load_rebuild()
quality = load_benchmark("quality")


# ---------------------------------------------------------------- page lines


def test_page_lines_gives_one_line_per_block_without_hidden_text() -> None:
    page = (
        "<html><head><title>Tựa</title><style>p{}</style></head><body>"
        "<h1>Tiêu  đề</h1><p>Đoạn <a href='#'>một</a> &amp; <b>hai</b>.</p>"
        "<script>var x = '<p>không</p>';</script><p>Dòng<br>sau</p><img src='a.jpg'>"
        "<figure><figcaption>Chú thích</figcaption></figure></body></html>"
    )
    assert rebuild.page_lines(page) == ["Tiêu đề", "Đoạn một & hai.", "Dòng", "sau", "Chú thích"]


def test_page_lines_after_a_head_left_open() -> None:
    assert rebuild.page_lines("<html><head><title>Tựa<body><p>Thân bài.</p><select>x</select><p>Hết</p>") == [
        "Thân bài.",
        "Hết",
    ]


def test_input_lines_of_text_keep_every_line_blank_ones_too() -> None:
    assert rebuild.input_lines("a\n\nb\n", "txt") == ["a", "", "b", ""]


# ---------------------------------------------------------------- labels <-> gold

_WORD = st.text(alphabet="abcđêơ.,", min_size=1, max_size=6)
_LINE = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


@st.composite
def labelled(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Input lines and a gold made of whole lines, optional lines and spans of lines, in order."""
    lines = draw(st.lists(_LINE, min_size=1, max_size=12))
    gold: list[str] = []
    for line in lines:
        kind = draw(st.sampled_from(["drop", "keep", "opt", "cut"]))
        if kind == "keep":
            gold.append(line)
        elif kind == "opt":
            gold.append("?? " + line)
        elif kind == "cut" and " " in line:
            at = line.index(" ") + 1
            gold.append(line[at:])
    return lines, gold


@given(labelled())
def test_derived_labels_rebuild_the_gold(case: tuple[list[str], list[str]]) -> None:
    lines, gold = case
    codes, cuts = rebuild.derive(lines, gold)
    assert len(codes) == len(lines)
    assert rebuild.gold_lines(lines, codes, cuts) == gold


def test_derive_refuses_a_gold_line_the_input_does_not_hold() -> None:
    with pytest.raises(ValueError, match="not found"):
        rebuild.derive(["Một dòng.", "Dòng hai."], ["Dòng hai.", "Một dòng."])  # out of order
    with pytest.raises(ValueError, match="not found"):
        rebuild.derive(["Một dòng."], ["Một dòng được viết lại."])


def test_derive_finds_spans_in_a_line_with_runs_of_spaces() -> None:
    line = "  Tác giả  A Câu  một.   Ảnh: B   Câu hai\tnữa. "
    gold = ["Câu một.", "?? Câu hai nữa."]
    codes, cuts = rebuild.derive([line, "Hết"], [*gold, "Hết"])
    assert codes == "ck"
    assert rebuild.gold_lines([line, "Hết"], codes, cuts) == [*gold, "Hết"]


def test_gold_lines_cut_and_split_a_flattened_line() -> None:
    line = "(TTXVN) - Câu một. Ảnh: A Câu hai."
    cuts = {"0": [[10, 18, "k"], [26, None, "k"]]}
    assert rebuild.gold_lines([line], "c", cuts) == ["Câu một.", "Câu hai."]
    with pytest.raises(ValueError, match="2 labels for 1"):
        rebuild.gold_lines([line], "kd", {})


# ---------------------------------------------------------------- rebuild from a snapshot


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def test_rebuild_writes_input_and_gold_and_reports_a_changed_source(tmp_path: Path) -> None:
    repo = tmp_path / "mirror" / "someone+news" / "repo"
    repo.mkdir(parents=True)
    _git(repo, "init", "-q")
    records = [{"title": "Khác", "content": "x"}, {"title": "Tiêu đề", "content": "(TTO) - Mở đầu.\nẢnh: A\nThân."}]
    (repo / "data.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    _git(repo, "add", "data.json")
    _git(repo, "commit", "-qm", "data")
    commit = _git(repo, "rev-parse", "HEAD")
    how = {"kind": "json", "index": 1, "fields": ["title", "content"]}
    raw = rebuild.extract((repo / "data.json").read_bytes(), how)
    assert raw == "Tiêu đề\n(TTO) - Mở đầu.\nẢnh: A\nThân."
    codes, cuts = rebuild.derive(raw.split("\n"), ["Tiêu đề", "Mở đầu.", "Thân."])
    gold = "Tiêu đề\nMở đầu.\nThân.\n"
    labels_dir = tmp_path / "labels"
    labels_dir.mkdir()
    spec = {
        "id": "900",
        "format": "extraction",
        "source": {"repo": "someone/news", "commit": commit, "path": "data.json", "extract": how},
        "input": {"ext": "txt", "sha256": rebuild.sha(raw)},
        "meta": {"title": "Tiêu đề", "author": None},
        "lines": codes,
        "cuts": cuts,
        "gold_sha256": rebuild.sha(gold),
    }
    labels = labels_dir / "900.labels.json"
    labels.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "cache"
    assert rebuild.rebuild(labels, tmp_path / "mirror", tmp_path, out) == "900: ok (3 gold lines)"
    assert (out / "900.input.txt").read_text(encoding="utf-8") == raw
    assert (out / "900.gold.txt").read_text(encoding="utf-8") == gold
    assert json.loads((out / "900.gold.json").read_text(encoding="utf-8")) == {"title": "Tiêu đề", "author": None}

    spec["input"]["sha256"] = rebuild.sha(raw + " ")  # the source no longer gives what was labelled
    labels.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    (out / "900.gold.txt").unlink()
    assert "CHANGED" in rebuild.rebuild(labels, tmp_path / "mirror", tmp_path, out)
    assert not (out / "900.gold.txt").exists()


def test_extract_reads_a_csv_row_and_concatenated_json() -> None:
    data = b"a|title|content\n1|T1|C1\n2|T2|C2\n"
    how = {"kind": "csv", "delimiter": "|", "row": 1, "fields": ["title", "content"]}
    assert rebuild.extract(data, how) == "T2\nC2"
    data = b'[{"t": "A"}]\n[{"t": "B"}, {"t": "C"}]'
    assert rebuild.extract(data, {"kind": "json", "index": 2, "fields": ["t"]}) == "C"


def test_extract_reads_csv_fields_stored_as_python_lists() -> None:
    # scrapy's CSV export writes a list field as its repr: each item (a text node) becomes a line
    data = "title,body\n\"['Tựa']\",\"['Câu một.', 'Ảnh:', ' Tên.', ' ']\"\n".encode()
    how = {"kind": "csv", "row": 0, "fields": ["title", "body"], "literal": True}
    assert rebuild.extract(data, how) == "Tựa\nCâu một.\nẢnh:\n Tên.\n "
    assert rebuild.extract(data, {**how, "literal": False}).startswith("['Tựa']")


def test_extract_reads_a_record_between_separators() -> None:
    data = "//////////\nlink: a\ntitle:Một\n//////////\nlink: b\ntitle:Hai\n".encode()
    how = {"kind": "split", "separator": "//////////", "index": 2}
    assert rebuild.extract(data, how) == "\nlink: b\ntitle:Hai\n"
    with pytest.raises(IndexError):
        rebuild.extract(data, {**how, "index": 3})


# ---------------------------------------------------------------- the committed set


def _committed() -> list[str]:
    return sorted(p.name.split(".")[0] for p in REAL.glob("*.gold.txt"))


def test_committed_documents_are_listed_and_their_gold_invents_no_text() -> None:
    committed = json.loads((REAL / "committed.json").read_text(encoding="utf-8"))
    assert sorted(committed) == _committed()
    for doc_id in _committed():
        raw = (REAL / f"{doc_id}.input.txt").read_text(encoding="utf-8")
        gold = [x for x in (REAL / f"{doc_id}.gold.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
        codes, cuts = rebuild.derive(raw.split("\n"), gold)  # every gold line is a piece of an input line, in order
        assert rebuild.gold_lines(raw.split("\n"), codes, cuts) == gold
        assert set(json.loads((REAL / f"{doc_id}.gold.json").read_text(encoding="utf-8"))) >= {"title", "author"}


def test_every_labels_file_is_complete_and_stands_apart_from_the_committed_ones() -> None:
    paths = sorted(REAL.glob("*.labels.json"))
    assert paths
    for path in paths:
        spec = json.loads(path.read_text(encoding="utf-8"))
        assert path.name == f"{spec['id']}.labels.json"
        assert spec["format"] in quality._REAL_FORMAT
        assert {"repo", "commit", "path", "licence"} <= set(spec["source"])
        assert set(spec["lines"]) <= set("dkoc") and len(spec["input"]["sha256"]) == len(spec["gold_sha256"]) == 64
        assert spec["id"] not in _committed()


# ---------------------------------------------------------------- quality --all


def test_real_dev_families_follow_its_source_table() -> None:
    assert quality.real_dev_family("010") == "html page"
    assert quality.real_dev_family("113") == "extraction"
    assert quality.real_dev_family("129") == "whole-page dump"
    assert quality.real_dev_family("151") == "flattened page"


def test_all_sets_groups_cases_and_names_what_is_missing(tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    real = root / "benchmarks" / "real"
    (real / "cache").mkdir(parents=True)
    for folder in ("cases", "html_cases"):
        (root / "benchmarks" / folder).mkdir()
    (real / "101.input.txt").write_text("Tựa\nThân bài.\n", encoding="utf-8")
    (real / "101.gold.txt").write_text("Tựa\nThân bài.\n", encoding="utf-8")
    (real / "committed.json").write_text(json.dumps({"101": {"format": "extraction"}}), encoding="utf-8")
    (real / "200.labels.json").write_text(json.dumps({"id": "200", "format": "flattened"}), encoding="utf-8")
    (real / "201.labels.json").write_text(json.dumps({"id": "201", "format": "html"}), encoding="utf-8")
    (real / "cache" / "200.input.txt").write_text("Tựa. Câu một. Câu hai.", encoding="utf-8")
    (real / "cache" / "200.gold.txt").write_text("Câu một.\nCâu hai.\n", encoding="utf-8")
    cases, notes = quality.all_sets(root)
    assert [(c.name, c.group) for c in cases] == [("101", "real / extraction"), ("200", "real / flattened page")]
    assert any("201 not rebuilt" in n for n in notes)
    report = quality.run(cases, quality.load_systems({"naive-cut"}))
    tables = quality.family_tables(report)
    # the flattened family is headed by word F1: naive-cut keeps the one line, all 4 gold words among its 5
    assert "| real / flattened page (word F1) | 1 | 0.889 |" in tables
    assert "| real / extraction | 1 | 1.000 |" in tables


# ---------------------------------------------------------------- clean gold stays


@pytest.mark.parametrize("gold", sorted(REAL.glob("*.gold.txt")), ids=lambda path: path.name[: -len(".gold.txt")])
def test_cleaning_the_gold_drops_no_line_of_it(gold: Path) -> None:
    # the article alone, as the gold keeps it: every line is the article's, so none may go but a
    # copy of another of its lines (a lead printed twice, as the page printed it)
    lines = [line.removeprefix("?? ") for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = vnnews_clean.clean_document("\n".join(lines), tone_style=None)
    for removal in result.removed:
        if removal.kept is not None:
            continue
        copies = [line for line in lines if line != removal.text and line.startswith(removal.text)]
        assert lines.count(removal.text) > 1 or copies, (removal.rule, removal.detail, removal.text)
