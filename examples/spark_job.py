"""Clean a corpus of scraped Vietnamese news with Spark: JSON Lines or Parquet in, Parquet out.

Locally (``local[*]``, or ``--master``)::

    python examples/spark_job.py raw.jsonl clean/
    python examples/spark_job.py 'crawl/*.parquet' clean/ --html --url-col url --signals --filter

On a cluster (the executors' Python needs ``pip install 'vnnews-clean[spark]'``)::

    spark-submit --master yarn examples/spark_job.py s3a://bucket/raw/ s3a://bucket/clean/

Each row keeps its other columns; ``--text-col`` gets the clean text and
``title``, ``author``, ``source``, ``published`` are added (``clean_title``
etc. when the input has such a column already), with ``--signals`` the
``q_*`` quality signals, with ``--keep-all`` every row and its ``keep`` and
``drop_reasons``; without it the rows whose text is null, cleaned to nothing
or rejected by ``--filter`` are left out. A column of the input is never
replaced unless ``--overwrite-field`` (the command's rule): an input with both
``title`` and ``clean_title`` stops the job before anything is written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from vnnews_clean.fields import check_free, metadata_keys
from vnnews_clean.integrations.spark import SCHEMA, clean_column

OVERWRITE = "--overwrite-field"


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines (.jsonl, .json, .gz) or Parquet files: a path, directory or glob")
    parser.add_argument("output", help="directory for the Parquet output")
    parser.add_argument("--format", choices=("json", "parquet"), help="input format (default: from the name)")
    parser.add_argument("--text-col", default="text", help="column of the scraped text or page (default: text)")
    parser.add_argument("--url-col", help="column of each page's address (helps tell the site name in HTML)")
    parser.add_argument("--html", action="store_true", help="the texts are HTML pages")
    parser.add_argument("--signals", action="store_true", help="add the quality signals as q_* columns")
    parser.add_argument("--filter", action="store_true", help="leave out what the default quality filter rejects")
    parser.add_argument("--mask-pii", action="store_true", help="mask e-mails, phone numbers and URLs")
    parser.add_argument("--keep-all", action="store_true", help="write every row, with keep and drop_reasons")
    parser.add_argument("--partitions", type=int, help="repartition the input into this many partitions first")
    parser.add_argument("--overwrite", action="store_true", help="replace the output directory if it exists")
    parser.add_argument(
        "--overwrite-field", action="store_true", help="let the columns written replace input columns of that name"
    )
    parser.add_argument("--master", help="Spark master when run with python (default: local[*])")
    return parser.parse_args(argv)


def read(spark: SparkSession, path: str, fmt: str | None) -> DataFrame:
    """JSON Lines or Parquet, told from the name unless ``fmt`` says."""
    fmt = fmt or ("parquet" if path.rstrip("/*").endswith(".parquet") or os.path.isdir(path) else "json")
    return spark.read.parquet(path) if fmt == "parquet" else spark.read.json(path)


def clean(df: DataFrame, args: argparse.Namespace) -> DataFrame:
    """The input's columns with the text cleaned and the metadata (and signals) added; rows not kept left out."""
    for option, name in (("--text-col", args.text_col), ("--url-col", args.url_col)):
        if name is not None and name not in df.columns:
            there = ", ".join(df.columns)
            raise SystemExit(f"spark_job: {option} {name!r}: the input has no such column (it has {there})")
    if args.partitions:
        df = df.repartition(args.partitions)
    url = F.col(args.url_col) if args.url_col else None
    options = {"markup": "html" if args.html else "text", "signals": args.signals, "filter": args.filter}
    signals = [f.name for f in SCHEMA.fields if f.name.startswith("q_")] if args.signals else []
    verdict = ["keep", "drop_reasons"] if args.keep_all else []
    check_free(df.columns, [*signals, *verdict], args.overwrite_field, OVERWRITE)  # before anything is cleaned
    keys = metadata_keys(df.columns, args.overwrite_field, OVERWRITE)
    cleaned = df.withColumn("_clean", clean_column(args.text_col, url, mask_pii=args.mask_pii, **options))
    if not args.keep_all:
        cleaned = cleaned.where("_clean.keep")
    added = {args.text_col: "text", **{key: name for name, key in keys.items()}}
    added.update((name, name) for name in [*signals, *verdict])
    others = [F.col(name) for name in df.columns if name not in added]
    return cleaned.select(*others, *(F.col(f"_clean.{field}").alias(name) for name, field in added.items()))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    builder = SparkSession.builder.appName("vnnews-clean")
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # run with python, not spark-submit (which sets the master)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers: this interpreter, with the library
        builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    try:
        out = clean(read(spark, args.input, args.format), args)
        out.write.mode("overwrite" if args.overwrite else "errorifexists").parquet(args.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
