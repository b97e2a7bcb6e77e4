"""``vnnews-clean`` with the training-data flags: --signals, --filter, --dedup exact|near, --mask-pii."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vnnews_clean import clean_document, quality_signals

from .test_command import ARTICLE, DATA, ROOT, read_jsonl, write_jsonl

ENGLISH = (
    "The city council met on Tuesday to discuss the new budget for public transport.\n"
    "Members agreed that more buses are needed on the busiest routes before the end of the year.\n"
    "A final vote is expected next month, after a public consultation."
)
CONTACT = "Mọi thông tin xin liên hệ ông Nguyễn Văn An qua số 0912 345 678 hoặc thư điện tử an.nguyen@example.com."


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "vnnews_clean", *map(str, args)]
    return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, env=env)


def articles(name: str = "baomoi-40.txt") -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [f"{title.strip()}\n{content.strip()}" for title, content in ARTICLE.findall(text)]


def long_article(texts: list[str], skip: int = 0) -> str:
    return [t for t in texts if len(t.split("\n")) >= 8 and len(t.split()) >= 500][skip]


def reworded(text: str) -> str:
    """A few words of the paragraph in the middle changed (a byline added would not do: cleaning removes it)."""
    lines = text.split("\n")
    words = lines[len(lines) // 2].split()
    words[1:4] = ["theo", "số", "liệu", "mới", "cập", "nhật"]
    lines[len(lines) // 2] = " ".join(words)
    return "\n".join(lines)


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 40 baomoi articles as records, plus an exact copy (another case and spacing), a near copy
    (a paragraph reworded), an English article, a two-line note, and an article with contact details."""
    texts = articles()
    first, second = long_article(texts), long_article(texts, 1)
    records = [{"id": f"bm-{i}", "text": t} for i, t in enumerate(texts)]
    records += [
        {"id": "copy-exact", "text": second.upper().replace(" ", "  ")},
        {"id": "copy-near", "text": reworded(first)},
        {"id": "english", "text": ENGLISH},
        {"id": "note", "text": "Tin vắn\nXem tiếp."},
        {"id": "contact", "text": f"{texts[0]}\n{CONTACT}"},
    ]
    return write_jsonl(tmp_path_factory.mktemp("planted") / "in.jsonl", records)


def ids_of(path: Path) -> list[str]:
    return [str(r["id"]) for r in read_jsonl(path)]


def test_dedup_exact_drops_the_later_copy(planted: Path, tmp_path: Path) -> None:
    texts = articles()
    second = long_article(texts, 1)
    done = run(planted, "-o", tmp_path / "out.jsonl", "--dedup", "exact", "--report", tmp_path / "r.jsonl", "-j", "1")
    assert done.returncode == 0, done.stderr
    kept = ids_of(tmp_path / "out.jsonl")
    assert "copy-exact" not in kept and f"bm-{texts.index(second)}" in kept
    assert len(kept) == 44
    assert "duplicates dropped: 1 (exact 1)" in done.stderr.decode()
    dropped = [r for r in read_jsonl(tmp_path / "r.jsonl") if "dropped" in r]
    assert [(r["line"], r["dropped"], r["dedup"]) for r in dropped] == [(41, "duplicate", "exact")]
    assert len(read_jsonl(tmp_path / "r.jsonl")) == 45  # every document has its report line


def test_dedup_near_names_the_first_of_the_cluster(planted: Path, tmp_path: Path) -> None:
    texts = articles()
    first = f"bm-{texts.index(long_article(texts))}"
    report = tmp_path / "r.jsonl"
    done = run(planted, "-o", tmp_path / "out.jsonl", "--dedup", "near", "--id-field", "id", "--report", report)
    assert done.returncode == 0, done.stderr
    kept = ids_of(tmp_path / "out.jsonl")
    assert "copy-near" not in kept and "copy-exact" not in kept and first in kept
    assert len(kept) == 42  # the 40 articles, the English one and the note
    assert "duplicates dropped: 3 (near 3)" in done.stderr.decode()
    dropped = {r["id"]: r for r in read_jsonl(report) if "dropped" in r}
    assert dropped["copy-near"]["duplicate_of"] == first
    assert dropped["contact"]["duplicate_of"] == "bm-0"  # an article with one sentence added is a near copy


def test_filter_drops_and_counts_per_reason(planted: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    done = run(planted, "-o", tmp_path / "out.jsonl", "--filter", "--id-field", "id", "--report", report)
    assert done.returncode == 0, done.stderr
    kept = ids_of(tmp_path / "out.jsonl")
    assert "english" not in kept and "note" not in kept
    assert sum(i.startswith("bm-") for i in kept) >= 30  # real news is kept
    lines = read_jsonl(report)
    dropped = {r["id"]: r["reasons"] for r in lines if r.get("dropped") == "filter"}
    assert "not_vietnamese" in dropped["english"] and "too_short" in dropped["note"]
    assert all("quality" in r for r in lines)  # the signals the filter judged, in the report
    summary = done.stderr.decode()
    counted = re.search(r"filtered out: (\d+) documents((?:, \w+ \d+)*)", summary)
    assert counted is not None and int(counted[1]) == len(dropped) == 45 - len(kept)
    per_reason = dict(re.findall(r"(\w+) (\d+)", counted[2]))
    assert int(per_reason["not_vietnamese"]) == sum("not_vietnamese" in r for r in dropped.values())


def test_the_steps_read_paragraphs_whatever_the_paragraph_separator(planted: Path, tmp_path: Path) -> None:
    plain, tabbed = tmp_path / "plain.jsonl", tmp_path / "tabbed.jsonl"
    flags = ("--signals", "--filter", "--mask-pii", "-q")
    assert run(planted, "-o", plain, *flags).returncode == 0
    done = run(planted, "-o", tabbed, *flags, "--paragraph-sep", "\\t")
    assert done.returncode == 0, done.stderr
    by_id = {r["id"]: r for r in read_jsonl(plain)}
    tabbed_records = read_jsonl(tabbed)
    assert [r["id"] for r in tabbed_records] == list(by_id)  # the same documents kept
    for record in tabbed_records:
        same = by_id[record["id"]]
        assert record["text"] == same["text"].replace("\n", "\t")
        assert {k: v for k, v in record.items() if k != "text"} == {k: v for k, v in same.items() if k != "text"}


def test_signals_are_fields_equal_to_the_library(planted: Path, tmp_path: Path) -> None:
    done = run(planted, "-o", tmp_path / "out.jsonl", "--signals", "-q")
    assert done.returncode == 0, done.stderr
    records = read_jsonl(tmp_path / "out.jsonl")
    source = {str(r["id"]): str(r["text"]) for r in read_jsonl(planted)}
    assert len(records) == 45
    for record in records[:5] + records[-3:]:
        result = clean_document(source[str(record["id"])])
        expected = {f"q_{name}": value for name, value in quality_signals(result.text, result).to_dict().items()}
        assert {k: v for k, v in record.items() if k.startswith("q_")} == json.loads(json.dumps(expected))


def test_signals_in_parquet_have_fixed_types(planted: Path, tmp_path: Path) -> None:
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    done = run(planted, "-o", tmp_path / "out.parquet", "--signals", "--dedup", "exact", "-q")
    assert done.returncode == 0, done.stderr
    table = parquet.read_table(tmp_path / "out.parquet")
    assert table.num_rows == 44
    schema = table.schema
    assert schema.field("q_characters").type == pyarrow.int64()
    assert schema.field("q_boilerplate_share").type == pyarrow.float64()
    assert schema.field("q_encoding_issues").type == pyarrow.list_(pyarrow.string())
    assert table.column("q_characters").to_pylist() == [len(t) for t in table.column("text").to_pylist()]


def test_mask_pii_masks_after_cleaning_and_counts(planted: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    done = run(planted, "-o", tmp_path / "out.jsonl", "--mask-pii", "--id-field", "id", "--report", report)
    assert done.returncode == 0, done.stderr
    contact = next(r for r in read_jsonl(tmp_path / "out.jsonl") if r["id"] == "contact")
    assert "0912 345 678" not in str(contact["text"]) and "an.nguyen@example.com" not in str(contact["text"])
    assert "Nguyễn Văn An" in str(contact["text"])  # only the contact details are masked
    edits = [e for e in next(r for r in read_jsonl(report) if r["id"] == "contact")["removed"] if e["rule"] == "pii"]
    assert {e["detail"] for e in edits} >= {"email", "phone"}
    assert all(e["kept"] is not None for e in edits)  # edits, not dropped lines
    summary = done.stderr.decode()
    assert re.search(r"PII masked: \d+ documents, email \d+, phone \d+", summary), summary


def test_every_flag_gives_the_same_output_whatever_the_workers(tmp_path: Path) -> None:
    texts = articles("baomoi-500.txt")
    records = [{"id": i, "text": t} for i, t in enumerate(texts)]
    records += [{"id": 1000 + i, "text": texts[i * 37].replace("\n", "\n\n")} for i in range(10)]
    records += [{"id": 2000 + i, "text": reworded(long_article(texts, i))} for i in range(10)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    outputs = {}
    for dedup in ("exact", "near"):
        for workers in ("1", "2"):
            out, report = tmp_path / f"{dedup}{workers}.jsonl", tmp_path / f"r{dedup}{workers}.jsonl"
            flags = ["--signals", "--filter", "--mask-pii", "--dedup", dedup, "-j", workers, "--report", report]
            done = run(source, "-o", out, *flags)
            assert done.returncode == 0, done.stderr
            outputs[dedup, workers] = (out.read_bytes(), report.read_bytes(), done.stderr.decode().splitlines()[2:])
        assert outputs[dedup, "1"] == outputs[dedup, "2"]
    exact_dropped = sum(r.get("dropped") == "duplicate" for r in read_jsonl(tmp_path / "rexact1.jsonl"))
    near_dropped = sum(r.get("dropped") == "duplicate" for r in read_jsonl(tmp_path / "rnear1.jsonl"))
    assert exact_dropped >= 5 and near_dropped >= exact_dropped + 5  # the reworded copies are near, not exact


def test_signals_with_text_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(articles()[0], encoding="utf-8")
    done = run(tmp_path / "a.txt", "--signals")
    assert done.returncode == 2 and b"--signals" in done.stderr and b"--report" in done.stderr
    assert done.stdout == b""
    done = run(tmp_path / "a.txt", "--signals", "--report", tmp_path / "r.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    assert read_jsonl(tmp_path / "r.jsonl")[0]["quality"]["syllables"] > 100


@pytest.mark.parametrize("value", ["fuzzy", "EXACT", ""])
def test_bad_dedup_value_is_a_usage_error(planted: Path, tmp_path: Path, value: str) -> None:
    done = run(planted, "-o", tmp_path / "out.jsonl", "--dedup", value)
    assert done.returncode == 2 and b"--dedup" in done.stderr and b"invalid choice" in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_dedup_near_without_datasketch_is_a_usage_error(planted: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker" / "datasketch"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker.parent), str(ROOT)])}
    done = run(planted, "-o", tmp_path / "out.jsonl", "--dedup", "near", env=env)
    assert done.returncode == 2, done.stderr
    assert b"vnnews-clean[dedup]" in done.stderr and not (tmp_path / "out.jsonl").exists()
    assert run(planted, "-o", tmp_path / "out.jsonl", "--dedup", "exact", "-q", env=env).returncode == 0


def test_a_record_with_a_signal_field_is_bad_unless_overwritten(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": articles()[0], "q_syllables": "mine"}])
    done = run(source, "-o", tmp_path / "out.jsonl", "--signals")
    assert done.returncode == 3 and b"q_" in done.stderr
    done = run(source, "-o", tmp_path / "out.jsonl", "--signals", "--overwrite-field", "-q")
    assert done.returncode == 0, done.stderr
    assert isinstance(read_jsonl(tmp_path / "out.jsonl")[0]["q_syllables"], int)


@pytest.mark.parametrize("dedup", ["exact", "near"])
def test_emptied_documents_are_never_duplicates(tmp_path: Path, dedup: str) -> None:
    """Documents that cleaning empties share no text: each is dropped as emptied (as without --dedup), never
    as a duplicate, and counted as emptied."""
    texts = articles()
    records = [
        {"id": "junk-1", "text": "Ảnh minh họa"},
        {"id": "kept", "text": texts[0]},
        {"id": "junk-2", "text": "(Ảnh: TTXVN)"},
        {"id": "junk-3", "text": ""},
        {"id": "copy", "text": texts[0]},
    ]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out, report = tmp_path / "out.jsonl", tmp_path / "r.jsonl"
    done = run(source, "-o", out, "--dedup", dedup, "--report", report, "-j", "1")
    assert done.returncode == 0, done.stderr
    dropped = [(r["id"], r["dropped"]) for r in read_jsonl(report) if r.get("dropped")]
    emptied = [(f"in.jsonl:{line}", "empty") for line in (1, 3, 4)]
    assert dropped == [*emptied, ("in.jsonl:5", "duplicate")]  # only the copy of the article is a duplicate
    assert b"3 emptied" in done.stderr and re.search(rb"duplicates dropped: 1\b", done.stderr)
    assert ids_of(out) == ["kept"]


def test_language_adds_signals_and_a_filter_reason(planted: Path, tmp_path: Path) -> None:
    pytest.importorskip("py3langid")
    pyarrow = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    report = tmp_path / "r.jsonl"
    out = tmp_path / "out.parquet"
    flags = ("--signals", "--filter", "--language", "--id-field", "id", "--report", report, "-q")
    done = run(planted, "-o", out, *flags)
    assert done.returncode == 0, done.stderr
    table = parquet.read_table(out)
    assert table.schema.field("q_language").type == pyarrow.string()
    assert table.schema.field("q_language_score").type == pyarrow.float64()
    assert table.schema.field("q_unrepaired_lines").type == pyarrow.int64()
    assert set(table.column("q_language").to_pylist()) == {"vi"}  # every kept document
    dropped = {r["id"]: r["reasons"] for r in read_jsonl(report) if r.get("dropped") == "filter"}
    assert "not_vietnamese_language" in dropped["english"]
    assert not any("not_vietnamese_language" in r for i, r in dropped.items() if i.startswith("bm-"))
    without = run(planted, "-o", tmp_path / "plain.jsonl", "--signals", "-q")
    assert without.returncode == 0, without.stderr
    assert {r["q_language"] for r in read_jsonl(tmp_path / "plain.jsonl")} == {None}  # not asked for


def test_language_without_py3langid_or_a_quality_step_is_a_usage_error(planted: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker" / "py3langid"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(blocker.parent), str(ROOT)])}
    done = run(planted, "-o", tmp_path / "out.jsonl", "--filter", "--language", env=env)
    assert done.returncode == 2, done.stderr
    assert b"vnnews-clean[language]" in done.stderr and not (tmp_path / "out.jsonl").exists()
    alone = run(planted, "-o", tmp_path / "out.jsonl", "--language")
    assert alone.returncode == 2 and b"--signals or --filter" in alone.stderr
    assert not (tmp_path / "out.jsonl").exists()
