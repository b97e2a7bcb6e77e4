"""Apache Spark: clean a text column with Arrow-vectorized Python, as a column expression or per partition.

- :func:`clean_column` is a column expression (an Arrow UDF: ``pyarrow``
  arrays in and out, no pandas) for ``select``/``withColumn``: only the text
  (and url) column travels to the Python workers.
- :func:`clean_partitions` cleans a whole DataFrame with ``mapInArrow`` and
  can drop the rows to leave out before they go back to the JVM.

Both give each row the struct :data:`SCHEMA`: what the ``vnnews-clean``
command gives the record (:func:`vnnews_clean.integrations.clean_record`)::

    from vnnews_clean.integrations.spark import clean_column
    df = spark.read.json("raw.jsonl")
    out = df.withColumn("clean", clean_column("text", url="url"))
    out.where("clean.keep").select("id", "clean.text", "clean.title").write.parquet("clean")

Nothing is shipped to the executors but the options: the functions they run
live in this module, so the executors' Python must have the library (and
``pyarrow``) installed, as the driver's does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._validate import require_bool, require_str
from ..fields import META_FIELDS, check_free
from ..records import CleanedRecord, RecordConfig, clean_record, signal_types
from . import engine_missing

try:
    import pyarrow as pa
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import types as T
    from pyspark.sql.functions import arrow_udf
except ImportError as error:  # the extra is not installed (arrow_udf: pyspark >= 4.1)
    raise engine_missing(__name__, "pyspark >= 4.1 and pyarrow", "spark", error) from error

FAILED = "failed"  # drop reason prefix: cleaning raised (a bug of ours; the command reports it the same way)


def _arrow_type() -> pa.StructType:
    """The Arrow type of the output struct; signals are typed from :class:`QualitySignals`."""
    fields = [pa.field("text", pa.string())]
    fields += [pa.field(name, pa.string()) for name in META_FIELDS]
    fields += [
        pa.field("keep", pa.bool_()),
        pa.field("drop_reasons", pa.list_(pa.string())),
        pa.field("dropped", pa.map_(pa.string(), pa.int32())),
    ]
    fields += [pa.field(name, kind) for name, kind in signal_types().items()]
    return pa.struct(fields)


ARROW_TYPE: pa.StructType = _arrow_type()
_SQL_TYPES = {
    pa.string(): T.StringType(),
    pa.bool_(): T.BooleanType(),
    pa.int64(): T.LongType(),
    pa.float64(): T.DoubleType(),
    pa.list_(pa.string()): T.ArrayType(T.StringType()),
    pa.map_(pa.string(), pa.int32()): T.MapType(T.StringType(), T.IntegerType()),
}

SCHEMA: T.StructType = T.StructType([T.StructField(f.name, _SQL_TYPES[f.type]) for f in ARROW_TYPE])
"""The struct each row gets, the same whatever the options:

- ``text``: the clean text, one paragraph a line (``""`` when nothing is left);
- ``title``, ``author``, ``source``, ``published``: the metadata found (or null);
- ``keep``: False when the text is null, cleaning left nothing, or the quality filter rejects the document;
- ``drop_reasons``: why not kept (``"null"``, ``"empty"``, the filter's reasons, or ``"failed: ..."``);
- ``dropped``: lines removed per rule (the audit trail, counted);
- ``q_*``: the quality signals, as the command writes them (null unless ``signals`` or ``filter``).
"""


def clean_column(text: Column | str, url: Column | str | None = None, **options: Any) -> Column:
    """The :data:`SCHEMA` struct of each row's ``text`` column, for ``select``/``withColumn``.

    ``url``: a page's address column (helps tell its site name in HTML).
    Options: ``config`` (a :class:`RecordConfig`) or the keyword arguments of
    :meth:`RecordConfig.from_kwargs` (cleaning options as for
    :func:`vnnews_clean.clean`, ``markup``, ``signals``, ``filter``, ``mask_pii``).
    """
    config = _config(options)

    if url is None:

        def clean_text(texts: pa.Array) -> pa.Array:
            return clean_arrow(texts, None, config)

        return _once(clean_text)(text)

    def clean_page(texts: pa.Array, urls: pa.Array) -> pa.Array:
        return clean_arrow(texts, urls, config)

    return _once(clean_page)(text, url)


def _once(function: Any) -> Any:
    """An Arrow UDF Spark runs once per row: marked nondeterministic, for its optimizer not to copy it.

    Deterministic, ``df.withColumn("clean", ...).where("clean.keep").select("clean.text")``
    has the call copied into the filter and the projection: every document cleaned twice.
    """
    return arrow_udf(function, SCHEMA).asNondeterministic()  # type: ignore[call-overload]


def clean_partitions(
    df: DataFrame,
    text_col: str = "text",
    *,
    url_col: str | None = None,
    output_col: str = "clean",
    keep_only: bool = False,
    overwrite: bool = False,
    **options: Any,
) -> DataFrame:
    """``df`` with a :data:`SCHEMA` struct column ``output_col``, cleaned partition by partition (``mapInArrow``).

    With ``keep_only`` the rows not kept are left out in the workers (count them
    first by ``drop_reasons`` if you need to know how many). Every
    column goes through Python (``mapInArrow`` takes whole rows): select the
    columns to keep first, or use :func:`clean_column`, which sends only the
    text. A column ``output_col`` the DataFrame has is never replaced unless
    ``overwrite=True`` (:class:`~vnnews_clean.fields.FieldTaken`, a ValueError).
    Options as for :func:`clean_column`.
    """
    config = _config(options)
    for argument, value in (("text_col", text_col), ("output_col", output_col)):
        require_str(value, argument)
    require_bool(keep_only, "keep_only")
    require_bool(overwrite, "overwrite")
    for name in (text_col, url_col):
        if name is not None and name not in df.columns:
            raise ValueError(f"no column {name!r} in the DataFrame (columns: {df.columns})")
    if not isinstance(df.schema[text_col].dataType, T.StringType):
        raise TypeError(f"column {text_col!r} must be strings, not {df.schema[text_col].dataType.simpleString()}")
    check_free(df.columns, [output_col], overwrite, "overwrite=True")
    others = [f for f in df.schema.fields if f.name != output_col]
    schema = T.StructType([*others, T.StructField(output_col, SCHEMA)])
    names = [f.name for f in others]

    def clean_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            cleaned = clean_arrow(batch.column(text_col), batch.column(url_col) if url_col else None, config)
            columns = [batch.column(name) for name in names]
            out = pa.RecordBatch.from_arrays([*columns, cleaned], names=[*names, output_col])
            if keep_only:
                out = out.filter(cleaned.field("keep"))
            yield out

    return df.mapInArrow(clean_batches, schema)


def clean_arrow(texts: pa.Array, urls: pa.Array | None, config: RecordConfig) -> pa.StructArray:
    """Clean an Arrow array of texts into an :data:`ARROW_TYPE` array (a null text: ``drop_reasons`` ["null"])."""
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    if not (pa.types.is_string(texts.type) or pa.types.is_large_string(texts.type) or pa.types.is_null(texts.type)):
        # fail the job, not every record ("failed: TypeError" on each row would drop them all quietly)
        raise TypeError(f"the text column must be strings, not {texts.type}: decode it first (decode(col, 'UTF-8'))")
    values = texts.to_pylist()
    addresses = urls.to_pylist() if urls is not None else [None] * len(values)
    records = [_clean(text, url, config) for text, url in zip(values, addresses, strict=True)]
    n = len(records)
    arrays = [pa.array([r.text for r in records], pa.string())]
    arrays += [pa.array([getattr(r, name) for r in records], pa.string()) for name in META_FIELDS]
    arrays += [
        pa.array([r.keep for r in records], pa.bool_()),
        pa.array([_reasons(r) for r in records], pa.list_(pa.string())),
        pa.array([list(r.dropped.items()) for r in records], pa.map_(pa.string(), pa.int32())),
    ]
    measured = config.signals or config.filter
    measured_fields = [r.signal_fields() for r in records] if measured else []
    for field in list(ARROW_TYPE)[len(arrays) :]:
        if measured:
            arrays.append(pa.array([fields.get(field.name) for fields in measured_fields], field.type))
        else:
            arrays.append(pa.nulls(n, field.type))
    return pa.StructArray.from_arrays(arrays, fields=list(ARROW_TYPE))


def _clean(text: str | None, url: Any, config: RecordConfig) -> CleanedRecord:
    """One record, as the command cleans it; a failure drops the record with its reason instead of the job."""
    try:
        return clean_record(text, config, url if isinstance(url, str) else None)
    except Exception as error:  # a bug of ours: one record must not fail a job of millions
        reason = f"{FAILED}: {type(error).__name__}: {error}"
        return CleanedRecord("", None, None, None, None, {}, None, (reason,))


def _reasons(record: CleanedRecord) -> list[str]:
    """``record.drop_reasons()``, and for a record whose cleaning failed, the failure."""
    failed = record.reasons[:1] if record.reasons and record.reasons[0].startswith(FAILED) else ()
    return list(failed) or record.drop_reasons()


def _config(options: dict[str, Any]) -> RecordConfig:
    config = options.pop("config", None)
    if config is not None and options:
        raise TypeError("give either config or keyword options, not both")
    return config if config is not None else RecordConfig.from_kwargs(**options)
