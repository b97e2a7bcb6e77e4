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

from .._validate import require_bool, require_str
from ..fields import FieldTaken, check_free, metadata_keys
from ..records import RecordConfig, clean_record, signal_names
from . import engine_missing

try:
    from datatrove.data import Document
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as error:  # the extra is not installed
    raise engine_missing(__name__, "datatrove", "datatrove", error) from error

QUALITY = "quality"  # drop reason: the quality filter rejects the clean text
REASONS_KEY = "quality_reasons"  # metadata of a document the filter drops: the filter's reasons
OVERWRITE = "overwrite=True"  # how to let the step replace a metadata field the reader set


class VietnameseNewsCleaner(BaseFilter):
    """Clean ``doc.text`` of each document; drop documents without text, left empty or failing the quality filter.

    A kept document has the clean text in ``doc.text`` and ``title``,
    ``author``, ``source``, ``published`` in ``doc.metadata`` (``clean_title``
    etc. where the reader already put such a field, as the command does);
    with ``signals=True`` also the quality signals as
    flat ``q_*`` fields, the command's names. A metadata field the reader set
    is never replaced unless ``overwrite=True``: a document that has both
    ``title`` and ``clean_title`` (or a ``q_*`` field, with ``signals``) stops
    the task with :class:`~vnnews_clean.fields.FieldTaken` (a ValueError).
    A dropped document goes to
    ``exclusion_writer`` as it came in (its original text: nothing is lost,
    and an emptied text would be no use), with that metadata and
    ``filter_reason`` ("null": its text was None, written as ""; "empty":
    cleaning left nothing; "quality": the filter's reasons in ``quality_reasons``).
    datatrove's own readers leave out a record without text before any step
    sees it (with a warning in their log).

    Stats (datatrove's, per task and merged): ``removed_<rule>``, the lines
    each cleaning rule removed; ``dropped_null``, ``dropped_empty``,
    ``dropped_quality`` and ``quality_<reason>`` per filter reason.

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
        overwrite: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(exclusion_writer)
        if config is not None and options:
            raise TypeError("give either config or keyword options, not both")
        require_str(url_key, "url_key")
        require_bool(overwrite, "overwrite")
        self.config = config if config is not None else RecordConfig.from_kwargs(**options)
        self.url_key = url_key
        self.overwrite = overwrite

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Clean the document in place; False (with the reason) to drop it."""
        keys = self._metadata_keys(doc)  # before cleaning: a refused document costs nothing
        url = doc.metadata.get(self.url_key)
        record = clean_record(doc.text, self.config, url if isinstance(url, str) else None)
        for rule, lines in record.dropped.items():
            self.stat_update(f"removed_{rule}", value=lines, unit="doc")
        for name, key in keys.items():
            doc.metadata[key] = getattr(record, name)
        if self.config.signals:
            doc.metadata.update(record.signal_fields())
        if not record.text:
            if doc.text is None:  # datatrove's writers need a str; filter_reason "null" says what it was
                doc.text = ""
            return False, record.drop_reasons()[0]  # "null" or "empty"
        if record.reasons:
            doc.metadata[REASONS_KEY] = list(record.reasons)
            self.stat_update(*(f"{QUALITY}_{reason}" for reason in record.reasons))
            return False, QUALITY
        doc.text = record.text
        return True

    def _metadata_keys(self, doc: Document) -> dict[str, str]:
        """Where the metadata found goes (the rule of :mod:`vnnews_clean.fields`); FieldTaken names the
        document and the reader's field this step would replace."""
        ours = [*(signal_names() if self.config.signals else ()), *([REASONS_KEY] if self.config.filter else ())]
        try:
            check_free(doc.metadata, ours, self.overwrite, OVERWRITE)
            return metadata_keys(doc.metadata, self.overwrite, OVERWRITE)
        except FieldTaken as error:
            raise FieldTaken(f"document {doc.id!r}: {error}") from None
