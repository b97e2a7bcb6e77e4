"""The datatrove step, run for real: a local pipeline (2 tasks) gives what the library gives each document."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

# not skipped when missing: the test extra installs datatrove, and CI must run these tests
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean import clean_document, clean_html_document
from vnnews_clean.integrations import RecordConfig
from vnnews_clean.integrations.datatrove import VietnameseNewsCleaner

from .integration_corpus import EMPTIED, ROOT, corpus, doc_examples, expected, import_without, run_example
from .strategies import documents, noisy_article


def write_inputs(folder: Path, docs: list[tuple[str, str]], files: int = 2, **extra: dict) -> Path:
    """The documents as JSON Lines split over ``files`` files (the reader gives each task whole files)."""
    folder.mkdir()
    for number in range(files):
        with open(folder / f"part-{number}.jsonl", "w", encoding="utf-8") as out:
            for doc_id, text in docs[number::files]:
                out.write(json.dumps({"id": doc_id, "text": text, **extra.get(doc_id, {})}, ensure_ascii=False) + "\n")
    return folder


def read_outputs(folder: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                assert row["id"] not in rows
                rows[row["id"]] = row
    return rows


def run_pipeline(tmp_path: Path, step: VietnameseNewsCleaner, docs=None) -> tuple[dict, dict, dict]:
    """Run reader -> step -> writer on 2 tasks; return (kept, excluded, merged stats of the step)."""
    inputs = write_inputs(tmp_path / "in", list(docs or corpus()))
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(inputs)), step, JsonlWriter(str(tmp_path / "out"))],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step_stats = next(s["stats"] for s in stats if s["name"].endswith(VietnameseNewsCleaner.name))
    excluded = read_outputs(tmp_path / "dropped") if (tmp_path / "dropped").exists() else {}
    return read_outputs(tmp_path / "out"), excluded, step_stats


def count(stats: dict, name: str) -> int:
    value = stats.get(name, 0)
    return value["total"] if isinstance(value, dict) else value


def test_pipeline_output_is_the_library_output(tmp_path: Path) -> None:
    step = VietnameseNewsCleaner(exclusion_writer=JsonlWriter(str(tmp_path / "dropped")))
    kept, excluded, stats = run_pipeline(tmp_path, step)
    want = expected()
    assert set(kept) == {doc_id for doc_id, row in want.items() if row["text"]}
    for doc_id, row in kept.items():
        assert row["text"] == want[doc_id]["text"], doc_id
        for name in ("title", "author", "source"):
            assert row["metadata"][name] == want[doc_id][name], (doc_id, name)
    # the dropped ones are exactly the emptied ones, kept whole with the reason
    raw = dict(corpus())
    assert set(excluded) == set(EMPTIED)
    for doc_id, row in excluded.items():
        assert row["text"] == raw[doc_id]
        assert row["metadata"]["filter_reason"] == "empty"
    # datatrove's stats: documents dropped per reason, lines removed per rule
    assert count(stats, "dropped_empty") == len(EMPTIED)
    assert count(stats, "forwarded") == len(kept)
    rules = Counter(r.rule for _, text in corpus() for r in clean_document(text).removed if not r.is_edit)
    assert rules  # the corpus exercises the cleaners
    for rule, lines in rules.items():
        assert count(stats, f"removed_{rule}") == lines, rule


def test_signals_and_filter_are_the_library_ones(tmp_path: Path) -> None:
    step = VietnameseNewsCleaner(
        RecordConfig(signals=True, filter=True), exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))
    )
    kept, excluded, stats = run_pipeline(tmp_path, step)
    want = expected(signals=True, filter=True)
    assert set(kept) == {doc_id for doc_id, row in want.items() if not row["reasons"]}
    assert set(excluded) == {doc_id for doc_id, row in want.items() if row["reasons"]}
    filtered = {doc_id for doc_id, row in want.items() if row["reasons"] and row["text"]}
    assert len(filtered) >= 2  # the filter, not only emptiness, drops some
    for doc_id, row in {**kept, **excluded}.items():
        signals = {name.removeprefix("q_"): value for name, value in row["metadata"].items() if name.startswith("q_")}
        assert signals == want[doc_id]["signals"], doc_id
    for doc_id in filtered:
        assert excluded[doc_id]["metadata"]["filter_reason"] == "quality"
        assert tuple(excluded[doc_id]["metadata"]["quality_reasons"]) == want[doc_id]["reasons"]
    assert count(stats, "dropped_quality") == len(filtered)
    reasons = Counter(reason for doc_id in filtered for reason in want[doc_id]["reasons"])
    for reason, dropped in reasons.items():
        assert count(stats, f"quality_{reason}") == dropped


def test_html_pages(tmp_path: Path) -> None:
    pages = sorted((ROOT / "benchmarks" / "html_cases").glob("*.input.html"))[::10]
    docs = [(path.name.removesuffix(".input.html"), path.read_text(encoding="utf-8")) for path in pages]
    kept, _, _ = run_pipeline(tmp_path, VietnameseNewsCleaner(markup="html"), docs)
    for doc_id, html in docs:
        result = clean_html_document(html)
        if not result.text:
            assert doc_id not in kept
            continue
        assert kept[doc_id]["text"] == result.text
        assert kept[doc_id]["metadata"]["title"] == result.title
        assert kept[doc_id]["metadata"]["published"] == result.published
    assert len(kept) >= len(docs) - 1


def test_reader_fields_are_kept_beside_ours() -> None:
    doc = Document(text=dict(corpus())["003_ac284cbe6b00c6ee"], id="a", metadata={"title": "from the crawler"})
    (out,) = VietnameseNewsCleaner().run(iter([doc]))
    assert out.metadata["title"] == "from the crawler"
    assert out.metadata["clean_title"] == expected()["003_ac284cbe6b00c6ee"]["title"]


def test_options_are_given_one_way() -> None:
    with pytest.raises(TypeError):
        VietnameseNewsCleaner(RecordConfig(), signals=True)
    with pytest.raises(ValueError):
        VietnameseNewsCleaner(markup="pdf")


def test_without_datatrove_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImportError, match=r"pip install 'vnnews-clean\[datatrove\]'"):
        import_without(monkeypatch, "datatrove", "vnnews_clean.integrations.datatrove")


def test_the_documented_example_runs(tmp_path: Path) -> None:
    (example,) = doc_examples("datatrove")
    run_example(example, tmp_path)
    kept = read_outputs(tmp_path / "clean")
    assert sorted(kept) == ["0-1", "1-1"]
    assert kept["0-1"]["metadata"]["title"] == "Hà Nội: mưa lớn, nhiều tuyến phố ngập sâu"
    assert sorted(read_outputs(tmp_path / "dropped")) == ["0-2", "1-2"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    assert any("dropped_empty" in step["stats"] for step in stats)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(documents, noisy_article().map(lambda case: case[0])), max_size=6))
def test_the_step_forwards_exactly_the_documents_with_text(texts: list[str]) -> None:
    step = VietnameseNewsCleaner()
    docs = [Document(text=text, id=str(number)) for number, text in enumerate(texts)]
    out = list(step.run(iter(docs)))
    results = [clean_document(text) for text in texts]
    assert [doc.id for doc in out] == [str(n) for n, result in enumerate(results) if result.text]
    for doc in out:
        result = results[int(doc.id)]
        assert doc.text == result.text
        assert (doc.metadata["title"], doc.metadata["author"]) == (result.title, result.author)
    assert step.stats["dropped_empty"].total == sum(1 for result in results if not result.text)


# issue 18: the rules of vnnews_clean.fields, in datatrove


def test_reader_clean_fields_are_never_replaced_without_overwrite() -> None:
    text = dict(corpus())["003_ac284cbe6b00c6ee"]
    doc = Document(text=text, id="a", metadata={"title": "from the crawler", "clean_title": "mine"})
    with pytest.raises(ValueError, match=r"document 'a': the record already has fields 'title' and 'clean_title'"):
        list(VietnameseNewsCleaner().run(iter([doc])))
    assert doc.metadata["clean_title"] == "mine" and doc.text == text  # refused before anything was changed
    (out,) = VietnameseNewsCleaner(overwrite=True).run(iter([doc]))
    assert out.metadata["title"] == "from the crawler"
    assert out.metadata["clean_title"] == expected()["003_ac284cbe6b00c6ee"]["title"]
    signals = Document(text=text, id="b", metadata={"q_characters": 1})
    with pytest.raises(ValueError, match=r"a field 'q_characters' \(overwrite=True replaces it\)"):
        list(VietnameseNewsCleaner(signals=True).run(iter([signals])))
    with pytest.raises(TypeError, match="overwrite must be bool"):
        VietnameseNewsCleaner(overwrite="yes")


def test_null_and_emptied_documents_are_dropped_counted_and_excluded(tmp_path: Path) -> None:
    """A real pipeline (datatrove's own readers leave out a record without text; a custom source may not)."""
    article = dict(corpus())["003_ac284cbe6b00c6ee"]
    docs = [Document(text=article, id="good"), Document(text=None, id="null"), Document(text="Xem thêm", id="junk")]
    step = VietnameseNewsCleaner(exclusion_writer=JsonlWriter(str(tmp_path / "dropped")))
    LocalPipelineExecutor(
        pipeline=[docs, step, JsonlWriter(str(tmp_path / "out"))], tasks=1, logging_dir=str(tmp_path / "logs")
    ).run()
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step_stats = next(s["stats"] for s in stats if s["name"].endswith(VietnameseNewsCleaner.name))
    assert (count(step_stats, "dropped_null"), count(step_stats, "dropped_empty")) == (1, 1)
    assert list(read_outputs(tmp_path / "out")) == ["good"]
    excluded = read_outputs(tmp_path / "dropped")
    assert {doc_id: row["metadata"]["filter_reason"] for doc_id, row in excluded.items()} == {
        "null": "null",
        "junk": "empty",
    }
    assert excluded["junk"]["text"] == "Xem thêm"  # as it came in
    assert excluded["null"].get("text", "") == ""  # a str for None (datatrove's writer leaves out an empty field)
