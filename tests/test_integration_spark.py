"""The Spark integration, run for real: PySpark in local mode (local[2]) gives what vnnews_clean.clean gives.

The documents: the gold cases (tests/data and benchmarks/cases), the first 40
baomoi articles, and HTML pages of benchmarks/html_cases. One SparkSession for
the module (starting the JVM is most of its time).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyspark.sql import DataFrame, SparkSession

import vnnews_clean
from vnnews_clean.integrations import spark as vspark
from vnnews_clean.records import RecordConfig, signal_names

from .helpers import ROOT
from .strategies import documents
from .test_command_quality import ENGLISH, articles

# PySpark 4.3 warns that pandas 3 is not fully supported: it only checks pandas's version here
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")

CASES = [ROOT / "tests" / "data", ROOT / "benchmarks" / "cases"]
HTML_CASES = ROOT / "benchmarks" / "html_cases"


def corpus() -> list[tuple[int, str]]:
    """(id, text): gold inputs then baomoi articles, an English text the filter rejects, junk, empty and null."""
    texts = [p.read_text(encoding="utf-8") for d in CASES for p in sorted(d.glob("*.input.txt"))]
    texts += articles("baomoi-40.txt")
    texts += [ENGLISH, "Xem thêm:\nTin liên quan", "", None]
    return list(enumerate(texts))


def pages() -> list[tuple[int, str, str]]:
    """(id, page, url) of the HTML cases (a few of each layout is enough)."""
    paths = sorted(HTML_CASES.glob("*.input.html"))[::5]
    return [(i, p.read_text(encoding="utf-8"), f"https://{p.name.split('-')[1]}.vn/{i}") for i, p in enumerate(paths)]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.fail("PySpark needs Java 17+: .ci/run installs it from the OS packages (openjdk-17-jre-headless)")
    # the Python workers: this interpreter, importing this checkout's vnnews_clean
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    session = (
        SparkSession.builder.master("local[2]")
        .appName("vnnews-clean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16")  # several Arrow batches per partition
        .config("spark.driver.extraJavaOptions", "-Dlog4j2.level=error")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def texts(spark: SparkSession) -> DataFrame:
    return spark.createDataFrame(corpus(), "id long, text string").repartition(2)


def test_clean_column_gives_what_clean_gives(texts: DataFrame) -> None:
    rows = texts.select("id", vspark.clean_column("text").alias("c")).select("id", "c.*").collect()
    expected = dict(corpus())
    assert sorted(r.id for r in rows) == sorted(expected)
    for row in rows:
        result = vnnews_clean.clean_document(expected[row.id] or "")
        assert row.text == result.text, row.id
        assert (row.title, row.author, row.source) == (result.title, result.author, result.source), row.id
        assert row.keep == bool(result.text)
        assert row.drop_reasons == ([] if result.text else ["null" if expected[row.id] is None else "empty"])
        removed: dict[str, int] = {}
        for removal in result.removed:
            if not removal.is_edit:
                removed[removal.rule] = removed.get(removal.rule, 0) + 1
        assert row.dropped == removed
        assert row.q_characters is None  # signals only when asked


def test_clean_partitions_keeps_the_other_columns_and_drops_in_the_workers(texts: DataFrame) -> None:
    out = vspark.clean_partitions(texts, keep_only=True, tone_style="new")
    assert out.schema["clean"].dataType == vspark.SCHEMA
    rows = out.collect()
    expected = dict(corpus())
    kept = {i for i, text in expected.items() if vnnews_clean.clean(text or "", tone_style="new")}
    assert {r.id for r in rows} == kept
    for row in rows:
        assert row.text == expected[row.id]  # the input column as it was
        assert row.clean.text == vnnews_clean.clean(expected[row.id], tone_style="new")
        assert row.clean.keep


def test_clean_partitions_refuses_unknown_and_taken_columns(texts: DataFrame) -> None:
    with pytest.raises(ValueError, match="no column 'body'"):
        vspark.clean_partitions(texts, "body")
    with pytest.raises(ValueError, match="'id'"):
        vspark.clean_partitions(texts, output_col="id")
    with pytest.raises(TypeError, match="must be strings, not bigint"):
        vspark.clean_partitions(texts, "id")
    with pytest.raises(TypeError):
        vspark.clean_column("text", config=RecordConfig(), tone_style="new")


def test_html_pages_with_their_url(spark: SparkSession) -> None:
    data = pages()
    assert len(data) >= 10
    df = spark.createDataFrame(data, "id long, page string, url string")
    rows = df.select("id", vspark.clean_column("page", url="url", markup="html").alias("c")).select("id", "c.*")
    by_id = {r.id: r for r in rows.collect()}
    for i, page, url in data:
        result = vnnews_clean.clean_html_document(page, url=url)
        row = by_id[i]
        assert row.text == result.text, i
        assert (row.title, row.author, row.source, row.published) == (
            result.title,
            result.author,
            result.source,
            getattr(result, "published", None),
        )
        assert row.text  # every case page has an article


def test_signals_and_filter_as_the_command_gives_them(texts: DataFrame) -> None:
    rows = texts.select("id", vspark.clean_column("text", signals=True, filter=True).alias("c")).select("id", "c.*")
    expected = dict(corpus())
    by_id = {r.id: r for r in rows.collect()}
    names = [name.removeprefix("q_") for name in signal_names()]
    for i, text in expected.items():
        row = by_id[i]
        result = vnnews_clean.clean_document(text or "")
        measured = vnnews_clean.quality_signals(result.text, result)
        decision = vnnews_clean.QualityFilter().check(measured)
        assert {name: getattr(row, "q_" + name) for name in names} == measured.to_dict(), i
        assert row.keep == (bool(result.text) and decision.keep), i
        if result.text and not decision.keep:
            assert row.drop_reasons == list(decision.reasons)
    english = next(i for i, text in expected.items() if text == ENGLISH)
    assert not by_id[english].keep and by_id[english].drop_reasons  # the filter's reasons, not "empty"
    assert sum(r.keep for r in by_id.values()) >= len(expected) - 10  # the news articles pass


def test_filtering_on_keep_cleans_each_document_once(texts: DataFrame) -> None:
    """Spark's optimizer would copy a deterministic UDF into the filter and the projection."""
    out = texts.withColumn("c", vspark.clean_column("text")).where("c.keep").select("id", "c.text", "c.title")
    plan = out._jdf.queryExecution().executedPlan().toString()
    assert plan.count("ArrowEvalPython") == 1, plan
    assert out.count() == sum(bool(vnnews_clean.clean(t or "")) for _, t in corpus())


def test_example_job_jsonl_to_parquet(spark: SparkSession, tmp_path: Path) -> None:
    job = _example()
    source = tmp_path / "raw.jsonl"
    data = corpus()
    with source.open("w", encoding="utf-8") as out:
        for i, text in data:
            out.write(json.dumps({"id": i, "title": f"raw {i}", "text": text}, ensure_ascii=False) + "\n")
    args = job.parse([str(source), str(tmp_path / "out"), "--signals", "--partitions", "2"])
    job.clean(job.read(spark, args.input, args.format), args).write.parquet(args.output)
    table = pq.read_table(tmp_path / "out").to_pylist()
    expected = {i: vnnews_clean.clean_document(text or "") for i, text in data}
    assert {r["id"] for r in table} == {i for i, result in expected.items() if result.text}
    for row in table:
        result = expected[row["id"]]
        assert row["text"] == result.text
        assert row["title"] == f"raw {row['id']}"  # the input's column, kept
        assert row["clean_title"] == result.title  # the cleaner's, beside it
        assert row["q_characters"] == len(result.text)


def test_example_job_main_parquet_in_and_out(
    spark: SparkSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main`` as ``python examples/spark_job.py IN OUT`` runs it (in this process: its session is this module's)."""
    source = tmp_path / "raw.parquet"
    data = corpus()[:12]
    pq.write_table(pa.table({"id": [i for i, _ in data], "text": [t for _, t in data]}), source)
    monkeypatch.setattr(SparkSession, "stop", lambda self: None)  # the job stops its session: not this one
    job = _example()
    assert job.main([str(source), str(tmp_path / "out"), "--master", "local[2]", "--keep-all"]) == 0
    table = pq.read_table(tmp_path / "out").to_pylist()
    assert sorted((r["id"], r["text"], r["keep"]) for r in table) == sorted(
        (i, vnnews_clean.clean(t or ""), bool(vnnews_clean.clean(t or ""))) for i, t in data
    )
    with pytest.raises(Exception, match="already exists"):  # no --overwrite: an output is never replaced
        job.main([str(source), str(tmp_path / "out")])
    assert job.main([str(source), str(tmp_path / "out"), "--overwrite"]) == 0
    assert len(pq.read_table(tmp_path / "out")) == sum(bool(vnnews_clean.clean(t or "")) for _, t in data)


def test_example_job_names_a_missing_column_in_one_line() -> None:
    """A wrong ``--text-col`` is a one-line error naming the columns there are, before Spark does anything."""

    class Frame:  # all the job reads of the input before it checks the column
        columns = ("id", "content")

    job = _example()
    with pytest.raises(SystemExit, match=r"--text-col 'text': the input has no such column \(it has id, content\)"):
        job.clean(Frame(), job.parse(["in.jsonl", "out"]))
    with pytest.raises(SystemExit, match="--url-col 'link'"):
        job.clean(Frame(), job.parse(["in.jsonl", "out", "--text-col", "content", "--url-col", "link"]))


# In-process checks of the Arrow step (no JVM).


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), documents), max_size=8))
def test_clean_arrow_is_clean_row_by_row(values: list[str | None]) -> None:
    out = vspark.clean_arrow(pa.array(values, pa.string()), None, RecordConfig())
    assert out.type == vspark.ARROW_TYPE
    assert out.field("text").to_pylist() == [vnnews_clean.clean(t or "") for t in values]
    assert out.field("keep").to_pylist() == [bool(vnnews_clean.clean(t or "")) for t in values]


def test_the_schema_is_the_arrow_type_and_names_every_signal() -> None:
    assert [f.name for f in vspark.SCHEMA.fields] == list(vspark.ARROW_TYPE.names)
    assert [n for n in vspark.ARROW_TYPE.names if n.startswith("q_")] == list(signal_names())
    chunked = pa.chunked_array([["Một câu.", None], ["Hai câu."]])
    out = vspark.clean_arrow(chunked, pa.array(["https://a.vn", None, "x"]), RecordConfig(signals=True))
    assert out.type == vspark.ARROW_TYPE and len(out) == 3
    assert out.field("q_characters").to_pylist() == [len(vnnews_clean.clean(t)) for t in ("Một câu.", "", "Hai câu.")]


def test_bytes_fail_the_job_rather_than_every_record() -> None:
    with pytest.raises(TypeError, match="must be strings, not binary"):
        vspark.clean_arrow(pa.array([b"Mot cau."]), None, RecordConfig())
    assert vspark.clean_arrow(pa.nulls(2), None, RecordConfig()).field("keep").to_pylist() == [False, False]


def test_a_record_that_fails_is_dropped_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    real = vspark.clean_record

    def flaky(text: str, config: RecordConfig | None = None, url: str | None = None) -> object:
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, config, url)

    monkeypatch.setattr(vspark, "clean_record", flaky)
    out = vspark.clean_arrow(pa.array(["Một câu dài đủ để giữ lại.", "boom"]), None, RecordConfig())
    assert out.field("keep").to_pylist() == [True, False]
    assert out.field("drop_reasons").to_pylist()[1] == ["failed: RuntimeError: boom"]


def test_without_pyspark_the_import_error_names_the_extra() -> None:
    code = "import sys; sys.modules['pyspark'] = None; import vnnews_clean.integrations.spark"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode != 0
    assert "pip install 'vnnews-clean[spark]'" in done.stderr.decode()


def _example() -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("spark_job", ROOT / "examples" / "spark_job.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_documented_example_runs(
    spark: SparkSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example of docs/integrations.md's Spark section, as written (with this module's session)."""
    doc = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Apache Spark") :]
    code = section[section.index("```python\n") + len("```python\n") :]
    code = code[: code.index("```")]
    assert 'parquet("clean/")' in code
    code = code.replace('"clean/"', repr(str(tmp_path / "clean")))  # relative to the JVM's directory, not ours
    monkeypatch.setattr(SparkSession, "stop", lambda self: None)
    exec(compile(code, "integrations.md", "exec"), {"__name__": "__main__"})
    assert "Hà Nội: mưa lớn, nhiều tuyến phố ngập sâu" in capsys.readouterr().out
    written = pq.read_table(tmp_path / "clean").to_pylist()
    assert [(r["id"], r["title"]) for r in written] == [(1, "Hà Nội: mưa lớn, nhiều tuyến phố ngập sâu")]


# issue 18: the rules of vnnews_clean.fields, in Spark


def test_null_and_emptied_rows_say_why(spark: SparkSession) -> None:
    article = corpus()[0][1]
    df = spark.createDataFrame([(1, article), (2, None), (3, "Xem thêm")], "id long, text string")
    rows = {r.id: r for r in df.select("id", vspark.clean_column("text").alias("c")).select("id", "c.*").collect()}
    assert [(rows[i].text, rows[i].keep, rows[i].drop_reasons) for i in (1, 2, 3)] == [
        (vnnews_clean.clean(article), True, []),
        ("", False, ["null"]),
        ("", False, ["empty"]),
    ]
    assert [r.id for r in vspark.clean_partitions(df, keep_only=True).collect()] == [1]


def test_example_job_never_replaces_an_input_column(spark: SparkSession, tmp_path: Path) -> None:
    job = _example()
    source = tmp_path / "raw.jsonl"
    data = corpus()[:6]
    with source.open("w", encoding="utf-8") as out:
        for i, text in data:
            out.write(json.dumps({"id": i, "title": "raw", "clean_title": "mine", "text": text}, ensure_ascii=False))
            out.write("\n")
    args = job.parse([str(source), str(tmp_path / "out")])
    with pytest.raises(ValueError, match=r"fields 'title' and 'clean_title' \(--overwrite-field replaces"):
        job.clean(job.read(spark, args.input, args.format), args)
    args = job.parse([str(source), str(tmp_path / "out"), "--overwrite-field", "--keep-all"])
    job.clean(job.read(spark, args.input, args.format), args).write.parquet(args.output)
    rows = pq.read_table(tmp_path / "out").to_pylist()
    assert sorted((r["id"], r["title"], r["clean_title"]) for r in rows) == sorted(
        (i, "raw", vnnews_clean.clean_document(t or "").title) for i, t in data
    )
    names = ["id", "title", "text", "clean_title", "author", "source", "published", "keep", "drop_reasons"]
    assert pq.read_table(tmp_path / "out").column_names == names  # each once: the input's clean_title replaced


def test_clean_partitions_replaces_a_column_only_when_asked(texts: DataFrame) -> None:
    with pytest.raises(ValueError, match=r"a field 'id' \(overwrite=True replaces it\)"):
        vspark.clean_partitions(texts, output_col="id")
    out = vspark.clean_partitions(texts, output_col="id", overwrite=True)
    assert out.columns == ["text", "id"] and out.schema["id"].dataType == vspark.SCHEMA
    with pytest.raises(TypeError, match="keep_only must be bool"):
        vspark.clean_partitions(texts, keep_only="no")
