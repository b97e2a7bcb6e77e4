"""Hugging Face ``datasets``: clean a text column with ``Dataset.map(batched=True, num_proc=N)``.

:class:`CleanBatch` is the batched function (a small picklable object: it
travels to the ``num_proc`` worker processes as is). :func:`clean_dataset`
calls ``map`` with it and the column types it writes::

    from datasets import load_dataset
    from vnnews_clean.integrations.datasets import clean_dataset

    raw = load_dataset("json", data_files="raw.jsonl", split="train")
    clean = clean_dataset(raw, num_proc=8)  # rows left empty are dropped
    clean = clean_dataset(raw, num_proc=8, drop=False)  # every row, with a "keep" column
    clean.filter(lambda keep: keep, input_columns="keep")

Each row gets what the ``vnnews-clean`` command gives its record
(:func:`vnnews_clean.integrations.clean_record`).
"""

from __future__ import annotations

from typing import Any

from ..command.quality import signal_names, signal_types
from .records import META_FIELDS, RecordConfig, clean_record, engine_missing

try:
    import datasets as _datasets
except ImportError as error:  # the extra is not installed
    raise engine_missing(__name__, "datasets", "datasets", error) from error


class CleanBatch:
    """The function for ``Dataset.map(CleanBatch(...), batched=True)``: cleans ``text_column``.

    Returns, for a batch of rows:

    - ``output_column`` (default: ``text_column``, replaced as the command
      does; name another column to keep the raw text): the clean text;
    - ``title``, ``author``, ``source``, ``published``: the metadata found
      (``clean_title`` etc. where the dataset already has such a column);
    - with ``signals``: the quality signals as ``q_*`` columns;
    - with ``drop=False``: ``keep`` (False for a row cleaned to nothing or
      rejected by the filter) and ``drop_reasons`` ("empty", or the filter's
      reasons; empty when kept), for a later ``.filter`` or for inspection.

    With ``drop=True`` (the default) those rows are left out instead: the
    function then returns every column of the batch (a batched ``map`` may
    return fewer rows only so), so input columns are copied through Python;
    ``drop=False`` returns only the new columns, which is cheaper on wide
    datasets.

    Column types: ``map`` fixes each new column's type from the first batch
    written, so a column that is None in a whole first batch (``author`` is
    often) stops it. Pass ``features=cleaner.features(dataset.features)``
    to ``map``, or call :func:`clean_dataset`, which does.

    Options: ``config`` (a :class:`RecordConfig`) or the keyword arguments of
    :meth:`RecordConfig.from_kwargs` (cleaning options as for
    :func:`vnnews_clean.clean`, ``markup``, ``signals``, ``filter``,
    ``mask_pii``); ``url_column``: a page's address, when the dataset has it.
    """

    def __init__(
        self,
        config: RecordConfig | None = None,
        *,
        text_column: str = "text",
        output_column: str | None = None,
        url_column: str = "url",
        drop: bool = True,
        **options: Any,
    ) -> None:
        if config is not None and options:
            raise TypeError("give either config or keyword options, not both")
        self.config = config if config is not None else RecordConfig.from_kwargs(**options)
        self.text_column = text_column
        self.output_column = output_column or text_column
        self.url_column = url_column
        self.drop = drop

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        if self.text_column not in batch:
            raise KeyError(f"no column {self.text_column!r} in the dataset (columns: {sorted(batch)})")
        texts = batch[self.text_column]
        urls = batch.get(self.url_column) or [None] * len(texts)
        names = self.metadata_columns(batch)
        out: dict[str, list[Any]] = {self.output_column: [], **{key: [] for key in names.values()}}
        if self.config.signals:
            out.update((name, []) for name in signal_names())
        if not self.drop:
            out.update(keep=[], drop_reasons=[])
        kept = []
        for text, url in zip(texts, urls, strict=True):
            record = clean_record(text if text is not None else "", self.config, url if isinstance(url, str) else None)
            keep = record.keep
            kept.append(keep)
            if self.drop and not keep:
                continue
            out[self.output_column].append(record.text)
            for name, key in names.items():
                out[key].append(getattr(record, name))
            if self.config.signals:
                for key, value in record.signal_fields().items():
                    out[key].append(value)
            if not self.drop:
                out["keep"].append(keep)
                out["drop_reasons"].append(record.drop_reasons())
        if self.drop:  # every input column, without the rows dropped
            for column, values in batch.items():
                if column not in out:
                    out[column] = [value for value, keep in zip(values, kept, strict=True) if keep]
        return out

    def metadata_columns(self, columns: Any) -> dict[str, str]:
        """Where each metadata field goes: its name, or ``clean_<name>`` if ``columns`` has it already."""
        taken = set(columns) - {self.output_column}
        return {name: f"clean_{name}" if name in taken else name for name in META_FIELDS}

    def features(self, features: _datasets.Features) -> _datasets.Features:
        """The dataset's ``features`` with this function's columns: pass as ``map(..., features=)``."""
        import pyarrow

        types: dict[str, Any] = {self.output_column: pyarrow.string()}
        types.update((key, pyarrow.string()) for key in self.metadata_columns(features).values())
        if self.config.signals:
            types.update(signal_types())
        if not self.drop:
            types.update(keep=pyarrow.bool_(), drop_reasons=pyarrow.list_(pyarrow.string()))
        added = _datasets.Features.from_arrow_schema(pyarrow.schema(list(types.items())))
        return _datasets.Features({**features, **added})


def clean_dataset(
    dataset: _datasets.Dataset,
    config: RecordConfig | None = None,
    *,
    text_column: str = "text",
    output_column: str | None = None,
    url_column: str = "url",
    drop: bool = True,
    num_proc: int | None = None,
    batch_size: int = 1000,
    **options: Any,
) -> _datasets.Dataset:
    """``dataset.map`` with a :class:`CleanBatch` (same options) and the column types it writes."""
    cleaner = CleanBatch(
        config, text_column=text_column, output_column=output_column, url_column=url_column, drop=drop, **options
    )
    return dataset.map(
        cleaner,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        features=cleaner.features(dataset.features),
        desc="Cleaning Vietnamese news",
    )
