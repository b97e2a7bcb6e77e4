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

import logging
from typing import Any

from .._validate import require_bool, require_str
from ..fields import check_free, metadata_keys
from ..records import RecordConfig, clean_record, signal_names, signal_types
from . import engine_missing

try:
    import datasets as _datasets
except ImportError as error:  # the extra is not installed
    raise engine_missing(__name__, "datasets", "datasets", error) from error

logger = logging.getLogger("vnnews_clean")
OVERWRITE = "overwrite=True"  # how to let the function replace a column the dataset has


class CleanBatch:
    """The function for ``Dataset.map(CleanBatch(...), batched=True)``: cleans ``text_column``.

    Returns, for a batch of rows:

    - ``output_column`` (default: ``text_column``, replaced as the command
      does; name another column to keep the raw text): the clean text;
    - ``title``, ``author``, ``source``, ``published``: the metadata found
      (``clean_title`` etc. where the dataset already has such a column);
    - with ``signals``: the quality signals as ``q_*`` columns;
    - with ``drop=False``: ``keep`` (False for a row whose text is null, one
      cleaned to nothing, or one the filter rejects) and ``drop_reasons``
      ("null", "empty", or the filter's reasons; empty when kept), for a later
      ``.filter`` or for inspection.

    A column this function writes that the dataset has already (``clean_title``
    beside ``title``, another ``output_column``, ``q_*``, ``keep``) is never
    replaced unless ``overwrite=True``: :class:`~vnnews_clean.fields.FieldTaken`
    (a ValueError) before any row is written.

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
        overwrite: bool = False,
        **options: Any,
    ) -> None:
        if config is not None and options:
            raise TypeError("give either config or keyword options, not both")
        for name, value in (("text_column", text_column), ("url_column", url_column)):
            require_str(value, name)
        if output_column is not None:
            require_str(output_column, "output_column")
        require_bool(drop, "drop")
        require_bool(overwrite, "overwrite")
        self.config = config if config is not None else RecordConfig.from_kwargs(**options)
        self.text_column = text_column
        self.output_column = output_column or text_column
        self.url_column = url_column
        self.drop = drop
        self.overwrite = overwrite

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
            record = clean_record(text, self.config, url if isinstance(url, str) else None)
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
        """Where each metadata field goes (its name, or ``clean_<name>`` if ``columns`` has it already);
        :class:`~vnnews_clean.fields.FieldTaken` when a column this function writes is one the dataset has
        and ``overwrite`` is False (the rule of :mod:`vnnews_clean.fields`, the command's)."""
        taken = set(columns)
        if self.output_column != self.text_column:
            check_free(taken, [self.output_column], self.overwrite, OVERWRITE)
        if self.config.signals:
            check_free(taken, signal_names(), self.overwrite, OVERWRITE)
        if not self.drop:
            check_free(taken, ["keep", "drop_reasons"], self.overwrite, OVERWRITE)
        return metadata_keys(taken | {self.output_column}, self.overwrite, OVERWRITE)

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
    overwrite: bool = False,
    num_proc: int | None = None,
    batch_size: int = 1000,
    **options: Any,
) -> _datasets.Dataset:
    """``dataset.map`` with a :class:`CleanBatch` (same options) and the column types it writes.

    With ``drop=True`` the rows left out (null text, emptied, rejected by the filter) are
    counted in a warning of the ``vnnews_clean`` logger: no row vanishes without a word
    (``drop=False`` keeps them, with ``keep`` and ``drop_reasons``).
    """
    cleaner = CleanBatch(
        config,
        text_column=text_column,
        output_column=output_column,
        url_column=url_column,
        drop=drop,
        overwrite=overwrite,
        **options,
    )
    out = dataset.map(
        cleaner,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        features=cleaner.features(dataset.features),  # checks the columns first: nothing is written on a refusal
        desc="Cleaning Vietnamese news",
    )
    if drop and len(out) < len(dataset):
        logger.warning(
            "clean_dataset: %d of %d rows left out (null text, emptied by cleaning, or rejected by the filter; "
            "drop=False keeps them with keep and drop_reasons)",
            len(dataset) - len(out),
            len(dataset),
        )
    return out
