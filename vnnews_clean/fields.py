"""What a cleaned record holds and where it goes: the rules every writer of records follows.

The ``vnnews-clean`` command (JSON Lines, Parquet) and every engine adapter
(datatrove, ``datasets``, Spark) write a document's clean text and the metadata
found beside the record's own fields. They follow these rules, from here:

- **A field of the record is never replaced unless asked.** The clean text goes
  where the user says (by default over the text field: cleaning it is what was
  asked). Each metadata field (:data:`META_FIELDS`) goes under its own name when
  the record has no such field, else under ``clean_<name>``. When the record
  has that one too, or has a field another of ours would take (a separate
  output field, the ``q_*`` signals, ``keep``...), the record is refused
  (:class:`FieldTaken`) unless overwriting was asked (``--overwrite-field``,
  ``overwrite=True``): then ``clean_<name>`` is replaced (the record's own
  ``title`` stays), and so are the other fields named.
- **A document without text is never passed on as clean text, and never
  vanishes silently.** A record whose text is null (None, a missing value) is
  not an error: it is a document with nothing to clean, reason :data:`NULL`;
  one that cleaning leaves empty has reason :data:`EMPTY`. Where an engine
  writes only the documents kept, such a document is left out and counted under
  its reason; where it keeps every row, the row says ``keep`` False with that
  reason (see docs/integrations.md).
"""

from __future__ import annotations

from collections.abc import Container, Iterable

META_FIELDS = ("title", "author", "source", "published")  # what cleaning finds besides the text
CLEAN_PREFIX = "clean_"  # our metadata's name when the record has a field of the plain name
EMPTY = "empty"  # why a document is not passed on: cleaning left no text
NULL = "null"  # why a document is not passed on: its text was null (nothing to clean)


class FieldTaken(ValueError):
    """A field we would write is one the record already has, and overwriting was not asked."""


def check_free(taken: Container[str], names: Iterable[str], overwrite: bool, how: str) -> None:
    """Raise :class:`FieldTaken` for the first of ``names`` that is in ``taken``, unless ``overwrite``.

    ``how``: what the user gives to allow it (``--overwrite-field``, ``overwrite=True``), for the message.
    """
    if overwrite:
        return
    for name in names:
        if name in taken:
            raise FieldTaken(f"the record already has a field {name!r} ({how} replaces it)")


def metadata_keys(taken: Container[str], overwrite: bool, how: str) -> dict[str, str]:
    """Where each metadata field goes in a record whose fields are ``taken``: its name, else ``clean_<name>``.

    When the record has both, :class:`FieldTaken`, unless ``overwrite`` (``clean_<name>`` is then replaced).
    """
    keys = {}
    for name in META_FIELDS:
        key = name if name not in taken else CLEAN_PREFIX + name
        if key != name and key in taken and not overwrite:
            raise FieldTaken(f"the record already has fields {name!r} and {key!r} ({how} replaces {key!r})")
        keys[name] = key
    return keys


def no_text_reason(null: bool, clean: str) -> str | None:
    """Why a document is not passed on as clean text (:data:`NULL`: its text was null; :data:`EMPTY`:
    cleaning left none), or None when it has clean text."""
    if null:
        return NULL
    return None if clean else EMPTY
