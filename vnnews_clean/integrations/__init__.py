"""Native steps for the engines users scale out with: datatrove, Hugging Face ``datasets``, Apache Spark.

Each engine's module is behind its own extra (``vnnews_clean[datatrove]``,
``[datasets]``, ``[spark]``) and imports its engine only when used; they all
do the same per-document work, :func:`clean_record`, which is what the
``vnnews-clean`` command does to each record, so every engine gives the
command's output.
"""

from .records import CleanedRecord, RecordConfig, clean_record

__all__ = ["CleanedRecord", "RecordConfig", "clean_record"]
