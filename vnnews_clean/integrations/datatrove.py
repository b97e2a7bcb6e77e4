"""A datatrove pipeline step that cleans Vietnamese news: :class:`VietnameseNewsCleaner`.

It is a datatrove filter (:class:`datatrove.pipeline.filters.base_filter.BaseFilter`),
so it slots between a reader and a writer like datatrove's own filters, runs
in every task of any executor (local, Slurm, Ray), and reports through
datatrove's stats. Each document gets what the ``vnnews-clean`` command gives
its record (:func:`vnnews_clean.integrations.clean_record`)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from vnnews_clean.integrations.datatrove import VietnameseNewsCleaner

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("raw/"),
            VietnameseNewsCleaner(exclusion_writer=JsonlWriter("dropped/")),
            JsonlWriter("clean/"),
        ],
        tasks=8,
    ).run()
"""

from __future__ import annotations

from typing import Any

from .records import EMPTY, META_FIELDS, CleanedRecord, RecordConfig, clean_record, engine_missing

try:
    from datatrove.data import Document
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as error:  # the extra is not installed
    raise engine_missing(__name__, "datatrove", "datatrove", error) from error

QUALITY = "quality"  # drop reason: the quality filter rejects the clean text
REASONS_KEY = "quality_reasons"  # metadata of a document the filter drops: the filter's reasons


class VietnameseNewsCleaner(BaseFilter):
    """Clean ``doc.text`` of each document; drop documents left empty or failing the quality filter.

    A kept document has the clean text in ``doc.text`` and ``title``,
    ``author``, ``source``, ``published`` in ``doc.metadata`` (``clean_title``
    etc. where the reader already put such a field, as the command does);
    with ``signals=True`` also the quality signals as
    flat ``q_*`` fields, the command's names. A dropped document goes to
    ``exclusion_writer`` as it came in (its original text: nothing is lost,
    and an emptied text would be no use), with that metadata and
    ``filter_reason`` ("empty" or "quality"; for "quality" the filter's
    reasons in ``quality_reasons``).

    Stats (datatrove's, per task and merged): ``removed_<rule>``, the lines
    each cleaning rule removed; ``dropped_empty``, ``dropped_quality`` and
    ``quality_<reason>`` per filter reason.

    Options: ``config`` (a :class:`RecordConfig`) or the keyword arguments of
    :meth:`RecordConfig.from_kwargs` (cleaning options as for
    :func:`vnnews_clean.clean`, ``markup="text"|"html"|"auto"``, ``signals``,
    ``filter``, ``mask_pii``); ``url_key``: the metadata field holding a
    page's address (helps tell its site name from its title, as the command
    does with WARC records).
    """

    name = "Vietnamese news cleaner"
    type = "🔻 - FILTER"

    def __init__(
        self,
        config: RecordConfig | None = None,
        exclusion_writer: DiskWriter | None = None,
        url_key: str = "url",
        **options: Any,
    ) -> None:
        super().__init__(exclusion_writer)
        if config is not None and options:
            raise TypeError("give either config or keyword options, not both")
        self.config = config if config is not None else RecordConfig.from_kwargs(**options)
        self.url_key = url_key

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Clean the document in place; False (with the reason) to drop it."""
        url = doc.metadata.get(self.url_key)
        record = clean_record(doc.text, self.config, url if isinstance(url, str) else None)
        for rule, lines in record.dropped.items():
            self.stat_update(f"removed_{rule}", value=lines, unit="doc")
        _store_metadata(doc.metadata, record, self.config.signals)
        if not record.text:
            return False, EMPTY
        if record.reasons:
            doc.metadata[REASONS_KEY] = list(record.reasons)
            self.stat_update(*(f"{QUALITY}_{reason}" for reason in record.reasons))
            return False, QUALITY
        doc.text = record.text
        return True


def _store_metadata(metadata: dict[str, Any], record: CleanedRecord, signals: bool) -> None:
    """The metadata found, beside (never over) the reader's fields of the same name."""
    for name in META_FIELDS:
        key = f"clean_{name}" if name in metadata else name
        metadata[key] = getattr(record, name)
    if signals:
        metadata.update(record.signal_fields())
