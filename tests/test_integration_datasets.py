"""The Hugging Face datasets function, run for real with num_proc=2: each row gets what the library gives it."""

from __future__ import annotations

import pickle

import datasets  # not skipped when missing: the test extra installs it, and CI must run these tests
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean import clean_document
from vnnews_clean.integrations import RecordConfig
from vnnews_clean.integrations.datasets import CleanBatch, clean_dataset

from .integration_corpus import EMPTIED, corpus, doc_examples, expected, import_without, run_example
from .strategies import documents, noisy_article

datasets.disable_progress_bars()


def raw_dataset(**columns: list) -> datasets.Dataset:
    docs = corpus()
    return datasets.Dataset.from_dict({"id": [i for i, _ in docs], "text": [t for _, t in docs], **columns})


def test_rows_are_the_library_output_and_emptied_rows_are_dropped() -> None:
    out = clean_dataset(raw_dataset(), num_proc=2, batch_size=8)
    want = expected()
    assert out["id"] == [doc_id for doc_id, _ in corpus() if want[doc_id]["text"]]  # in order, emptied ones out
    assert not set(out["id"]) & set(EMPTIED)
    for row in out:
        for name in ("text", "title", "author", "source"):
            assert row[name] == want[row["id"]][name], (row["id"], name)
    assert any(row["author"] for row in out) and any(row["source"] for row in out)


def test_keep_column_signals_and_filter() -> None:
    cleaner = CleanBatch(RecordConfig(signals=True, filter=True), output_column="clean_text", drop=False)
    dataset = raw_dataset()
    out = dataset.map(cleaner, batched=True, batch_size=8, num_proc=2, features=cleaner.features(dataset.features))
    want = expected(signals=True, filter=True)
    assert out["id"] == [doc_id for doc_id, _ in corpus()]  # every row, the raw text beside the clean one
    assert out["text"] == [text for _, text in corpus()]
    assert sum(1 for row in want.values() if row["reasons"] and row["text"]) >= 2  # the filter drops some
    for row in out:
        doc = want[row["id"]]
        assert row["clean_text"] == doc["text"]
        assert row["keep"] is (not doc["reasons"])
        assert tuple(row["drop_reasons"]) == doc["reasons"]
        assert {name.removeprefix("q_"): row[name] for name in row if name.startswith("q_")} == doc["signals"]
    kept = out.filter(lambda keep: keep, input_columns="keep")
    assert kept["id"] == [doc_id for doc_id, _ in corpus() if not want[doc_id]["reasons"]]


def test_columns_already_there_are_kept_beside_ours() -> None:
    dataset = raw_dataset(title=["from the crawler"] * len(corpus()))
    out = clean_dataset(dataset, batch_size=16)
    want = expected()
    assert set(out["title"]) == {"from the crawler"}
    assert out["clean_title"] == [want[doc_id]["title"] for doc_id in out["id"]]


def test_the_function_pickles_and_checks_its_column() -> None:
    cleaner = pickle.loads(pickle.dumps(CleanBatch(text_column="body", tone_style="new")))
    assert cleaner.config.options.tone_style == "new"
    with pytest.raises(KeyError, match="body"):
        cleaner({"text": ["Xin chào."]})
    batch = cleaner({"body": ["Xem thêm", "Hôm nay trời đẹp.", None]})
    assert batch["body"] == ["Hôm nay trời đẹp."]  # the emptied row and the missing text are dropped
    with pytest.raises(TypeError):
        CleanBatch(RecordConfig(), signals=True)


def test_without_datasets_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImportError, match=r"pip install 'vnnews-clean\[datasets\]'"):
        import_without(monkeypatch, "datasets", "vnnews_clean.integrations.datasets")


def test_the_documented_example_runs(tmp_path) -> None:
    (example,) = doc_examples("Hugging Face datasets")
    out = run_example(example, tmp_path).splitlines()
    assert out[0].startswith("Hà Nội: mưa lớn, nhiều tuyến phố ngập sâu ['id', 'text', 'title', 'author'")
    assert out[1] == "8 4 ['empty']"


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(documents, noisy_article().map(lambda case: case[0])), max_size=6), st.booleans())
def test_a_batch_is_each_row_cleaned(texts: list[str], drop: bool) -> None:
    batch = CleanBatch(drop=drop)({"text": texts, "n": list(range(len(texts)))})
    results = [clean_document(text) for text in texts]
    rows = [n for n, result in enumerate(results) if result.text or not drop]
    if drop:  # the input columns come back without the rows dropped
        assert batch["n"] == rows
    assert len({len(column) for column in batch.values()}) <= 1  # every column as long: a valid batch
    assert batch["text"] == [results[n].text for n in rows]
    assert batch["author"] == [results[n].author for n in rows]
    if not drop:
        assert batch["keep"] == [bool(result.text) for result in results]
        assert set(batch) == {"text", "title", "author", "source", "published", "keep", "drop_reasons"}


# issue 18: the rules of vnnews_clean.fields, in datasets


def test_a_column_of_the_dataset_is_never_replaced_without_overwrite() -> None:
    n = len(corpus())
    dataset = raw_dataset(title=["from the crawler"] * n, clean_title=["mine"] * n)
    with pytest.raises(ValueError, match=r"fields 'title' and 'clean_title' \(overwrite=True replaces 'clean_title'\)"):
        clean_dataset(dataset, num_proc=2, batch_size=8)
    out = clean_dataset(dataset, num_proc=2, batch_size=8, overwrite=True)
    want = expected()
    assert set(out["title"]) == {"from the crawler"}  # the dataset's own stays
    assert out["clean_title"] == [want[doc_id]["title"] for doc_id in out["id"]]
    batch = {"id": ["a"], "text": ["Hôm nay trời đẹp."], "q_characters": [1], "keep": [True]}
    ours = [({"output_column": "id"}, "id"), ({"signals": True}, "q_characters"), ({"drop": False}, "keep")]
    for options, taken in ours:
        with pytest.raises(ValueError, match=rf"a field '{taken}' \(overwrite=True replaces it\)"):
            CleanBatch(**options)(dict(batch))
        assert CleanBatch(**options, overwrite=True)(dict(batch))  # asked: replaced


def test_null_and_emptied_rows_are_counted_when_dropped_and_say_why_when_kept(caplog: pytest.LogCaptureFixture) -> None:
    article = dict(corpus())["003_ac284cbe6b00c6ee"]
    dataset = datasets.Dataset.from_dict({"id": ["good", "null", "junk"] * 3, "text": [article, None, "Xem thêm"] * 3})
    with caplog.at_level("WARNING", logger="vnnews_clean"):
        out = clean_dataset(dataset, num_proc=2, batch_size=2)
    assert out["id"] == ["good"] * 3
    assert "clean_dataset: 6 of 9 rows left out (null text, emptied by cleaning" in caplog.text
    judged = clean_dataset(dataset, num_proc=2, batch_size=2, drop=False)
    assert judged["keep"] == [True, False, False] * 3
    assert judged["drop_reasons"] == [[], ["null"], ["empty"]] * 3
    assert judged["text"] == [clean_document(article).text, "", ""] * 3


def test_bool_options_must_be_bool() -> None:
    with pytest.raises(TypeError, match="drop must be bool"):
        CleanBatch(drop="no")
    with pytest.raises(TypeError, match="signals must be bool"):
        clean_dataset(raw_dataset(), signals="no")
