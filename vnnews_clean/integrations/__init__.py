"""Native steps for the engines users scale out with: datatrove, Hugging Face ``datasets``, Apache Spark.

Each engine's module is behind its own extra (``vnnews_clean[datatrove]``,
``[datasets]``, ``[spark]``) and imports its engine only when used; they all
do the same per-document work, :func:`vnnews_clean.records.clean_record`, which is what the
``vnnews-clean`` command does to each record, so every engine gives the
command's output.
"""

from .._extras import install_hint
from ..records import CleanedRecord, RecordConfig, clean_record

__all__ = ["CleanedRecord", "RecordConfig", "clean_record", "engine_missing"]


def engine_missing(module: str, needs: str, extra: str, error: ImportError) -> ImportError:
    """The error an engine module raises when its engine, or something the engine imports, is missing."""
    return ImportError(f"{module} needs {needs}: {install_hint(extra)} ({error})")
