"""Throughput of the Spark step (``clean_column``, ``clean_partitions``) in local mode beside clean().

    python benchmarks/bench_spark.py [CORPUS] [--mb 5] [--masters 'local[1]' 'local[2]'] [--repeat 3]

For each master: one SparkSession; the documents (baomoi-500 repeated to
about ``--mb`` MB) are put in a cached DataFrame of ``--partitions``
partitions first, so the timed part is the cleaning: a ``noop`` write of the
cleaned struct (every field computed, nothing collected). Python workers are
reused (Spark's default): a first run on a few other texts starts them and
imports the library, as the first tasks of a long job do; before each timed
run a task per core empties the workers' line caches, as the local loop's are
emptied before each round (the corpus repeats, so lines repeat within a run
alike for all). The local ``clean`` loop runs in the driver process between the Spark runs,
round after round (best of ``--repeat`` each), so a load that comes and goes
on a shared machine weighs on all of them alike. JVM start-up is not counted.
Prints a Markdown table for docs/performance.md (the columns of the other
scale-out benchmarks).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
from bench_clean import DEFAULT, articles, clear_line_caches
from pyspark.sql import SparkSession
from pyspark.sql.functions import arrow_udf
from pyspark.sql.types import StringType
from scaleout import command_runs

from vnnews_clean import clean
from vnnews_clean.integrations.spark import clean_column, clean_partitions

HEADER = "| engine | settings | docs/s | MB/s | vs local clean |\n|---|---|---|---|---|"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="<article> records (baomoi-500)")
    parser.add_argument("--mb", type=float, default=5.0, help="repeat the corpus to about this many MB")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"], help="Spark masters to try")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the DataFrame")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each run keeps its best time")
    return parser.parse_args()


def session(master: str) -> SparkSession:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    root = str(Path(__file__).resolve().parent.parent)  # the workers import this checkout's library
    here = str(Path(__file__).resolve().parent)  # and bench_clean, to empty their caches
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, here, os.environ.get("PYTHONPATH")]))
    spark = (
        SparkSession.builder.master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def main() -> None:
    args = arguments()
    docs = articles(args.corpus)
    docs = docs * max(1, round(args.mb * 1e6 / sum(len(doc.encode()) for doc in docs)))
    size = sum(len(doc.encode()) for doc in docs) / 1e6
    print(f"{len(docs)} documents, {size:.2f} MB, best of {args.repeat} interleaved rounds, wall clock")

    def local() -> None:
        for doc in docs:
            clean(doc)

    rows: list[tuple[str, str, float]] = []
    folder = Path(tempfile.mkdtemp())
    commands = command_runs(docs, folder, [1, 2])  # beside the first master's runs
    for master in args.masters:
        spark = session(master)
        df = spark.createDataFrame([(doc,) for doc in docs], "text string").repartition(args.partitions).cache()
        df.count()  # materialized: the timed runs read it from memory
        cores = spark.sparkContext.defaultParallelism
        warm = spark.createDataFrame([("Một bài báo ngắn.\nHết.",)] * cores, "text string").repartition(cores)
        warm.select(clean_column("text").alias("c")).write.format("noop").mode("overwrite").save()
        clean_partitions(warm).write.format("noop").mode("overwrite").save()
        tasks = spark.sparkContext.parallelize(range(cores), cores)
        where = f"{master}, {args.partitions} partitions"
        runs: list[tuple[str, str, Callable[[], None]]] = [
            ("local `clean` loop", "1 process", local),
            (
                "Spark `clean_column`",
                where,
                lambda df=df: df.select(clean_column("text").alias("c")).write.format("noop").mode("overwrite").save(),
            ),
            (
                "Spark, no step",
                f"{where}, an Arrow UDF giving the text back: Spark's own cost",
                lambda df=df: df.select(_same("text")).write.format("noop").mode("overwrite").save(),
            ),
            (
                "Spark `clean_partitions`",
                f"{where}, mapInArrow",
                lambda df=df: clean_partitions(df).write.format("noop").mode("overwrite").save(),
            ),
        ]
        if master == args.masters[0]:
            runs += commands
        best = [float("inf")] * len(runs)
        for _ in range(args.repeat):
            for number, (_, _, run) in enumerate(runs):
                clear_line_caches()
                tasks.foreach(_clear_worker)  # a task per core: in the workers too (their caches persist)
                start = time.perf_counter()
                run()
                best[number] = min(best[number], time.perf_counter() - start)
        rows += [(engine, settings, seconds) for (engine, settings, _), seconds in zip(runs, best, strict=True)]
        spark.stop()
    baseline = min(seconds for engine, _, seconds in rows if engine.startswith("local"))
    rows = [("local `clean` loop", "1 process", baseline)] + [row for row in rows if not row[0].startswith("local")]
    print(HEADER)
    for engine, settings, seconds in rows:
        print(
            f"| {engine} | {settings} | {len(docs) / seconds:,.0f} | {size / seconds:.2f} | {baseline / seconds:.2f}× |"
        )


@arrow_udf(StringType())  # type: ignore[call-overload]
def _same(texts: pa.Array) -> pa.Array:
    return texts


def _clear_worker(_: int) -> None:
    clear_line_caches()


if __name__ == "__main__":
    main()
