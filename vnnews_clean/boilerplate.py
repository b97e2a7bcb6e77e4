"""Corpus-learned boilerplate: lines that recur across many documents of one source.

A site prints the same furniture around every article (menus, footers,
captions such as "Ảnh minh họa", promos, a desk's byline); no line-local rule
knows every wording, but a corpus shows it: such a line recurs in a large share
of the site's documents, while article text does not. This is CCNet's
paragraph de-duplication within a shard, made conservative for article text:

- **Key.** A line is compared by :func:`boilerplate_key`: casefolded, every digit run
  folded to ``0`` (dates, counters and view counts vary per document), spaces
  collapsed, separator characters at the edges stripped. Diacritics are kept:
  in Vietnamese they tell words apart. Lines are normalized first as ``clean``
  does (same ``tone_style``), so keys match what the cleaner sees.
- **Counting.** A key counts at most once per document (a footer printed twice
  in one document is one vote; a document repeating a line does not make it
  boilerplate).
- **Only furniture-sized lines.** A line longer than ``max_words`` words or
  ``max_chars`` characters is never a candidate: long prose is never learnt,
  however often it is quoted.
- **Threshold.** A key is boilerplate when it is in at least ``min_docs``
  documents and in at least ``min_share`` of all documents. A sentence-shaped
  line (``PROSE_WORDS`` words or more ending in ``.``, ``!``, ``?`` or ``…``)
  must be in at least ``prose_share`` of the documents: a quote shared by a few
  articles stays; a promo sentence under every article goes.

Memory is bounded whatever the corpus size: counts are kept in a batched
Misra-Gries summary (the "frequent items" sketch) of at most ``2 * capacity``
keys of at most ``max_chars`` characters each. When full, the
(``capacity`` + 1)-th largest count is subtracted from every key and keys at
zero are dropped. A count is then never above the true count and at most
``lines / (capacity + 1)`` below it (``lines``: key occurrences counted), so
the sketch can only miss boilerplate near the threshold, never learn a line
that is rarer than the threshold. With ~20 candidate lines per document, a
capacity of 400 / ``min_share`` already keeps every key above the threshold.

Exact duplicate documents count as separate documents: deduplicate a corpus
first, or a document republished in a large share of a site's pages would have
its short lines (title included) learnt.
"""

from __future__ import annotations

import heapq
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ._validate import require_documents, require_int, require_number, require_str
from .normalization import normalize
from .normalization.core import check_tone_style

FORMAT = "vnnews_clean.boilerplate"
VERSION = 1
# The command's --save-boilerplate file: one set per site, the records without a site under "".
SITES_FORMAT = "vnnews_clean.boilerplate-sites"
SITES_VERSION = 1
SHOWN_SITES = 10  # sites named in the message that asks which one to load

MIN_DOCS = 5
MIN_SHARE = 0.05
PROSE_SHARE = 0.5
PROSE_WORDS = 8
MAX_WORDS = 20
MAX_CHARS = 200
CAPACITY = 100_000

_DIGITS = re.compile(r"\d+")
_EDGES = " \t|-–—•·»«›‹>/:;,"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


class BoilerplateError(ValueError):
    """A boilerplate file that cannot be used (not JSON, another format, a bad field)."""


def boilerplate_key(line: str) -> str:
    """The key a line is counted and looked up by ("" for a line with nothing to compare)."""
    return " ".join(_DIGITS.sub("0", line.casefold()).split()).strip(_EDGES)


def _candidate_key(line: str, max_words: int, max_chars: int) -> str:
    """The line's key if the line is furniture-sized, else ""."""
    if not line or len(line) > max_chars or len(line.split()) > max_words:
        return ""
    return boilerplate_key(line)


def candidate_keys(text: str, parameters: Mapping[str, Any]) -> frozenset[str]:
    """The distinct keys of a document's furniture-sized lines, normalized as ``clean`` would."""
    require_str(text, "a document")
    lines = normalize(text, tone_style=parameters["tone_style"]).split("\n")
    max_words, max_chars = parameters["max_words"], parameters["max_chars"]
    keys = {_candidate_key(line, max_words, max_chars) for line in lines}
    keys.discard("")
    return frozenset(keys)


def _prose_shaped(key: str) -> bool:
    return len(key.split()) >= PROSE_WORDS and _SENTENCE_END.search(key) is not None


def _parameters(
    min_docs: int, min_share: float, prose_share: float, max_words: int, max_chars: int, tone_style: str | None
) -> dict[str, Any]:
    require_int(min_docs, "min_docs")
    if min_docs < 2:
        raise ValueError(f"min_docs must be an int of at least 2, not {min_docs!r}")
    for name, share in (("min_share", min_share), ("prose_share", prose_share)):
        require_number(share, name)
        if not 0 < share <= 1:
            raise ValueError(f"{name} must be in (0, 1], not {share!r}")
    for name, size in (("max_words", max_words), ("max_chars", max_chars)):
        require_int(size, name)
        if size < 1:
            raise ValueError(f"{name} must be a positive int, not {size!r}")
    check_tone_style(tone_style)
    return {
        "min_docs": min_docs,
        "min_share": float(min_share),
        "prose_share": float(prose_share),
        "max_words": max_words,
        "max_chars": max_chars,
        "tone_style": tone_style,
    }


class Boilerplate:
    """A learnt set of boilerplate line keys, with the number of documents each was in.

    ``line in boilerplate`` tests a line (by :func:`boilerplate_key`). Immutable and
    hashed by identity, so it can sit in :class:`vnnews_clean.CleanOptions`.
    ``a | b`` (or :meth:`merge`) is the union of two sets learnt on separate
    shards of one source: each shard judged its own keys.
    """

    __slots__ = ("_counts", "documents", "parameters")

    def __init__(self, counts: Mapping[str, int], documents: int, parameters: Mapping[str, Any]) -> None:
        self._counts: dict[str, int] = dict(counts)
        self.documents = documents
        self.parameters: dict[str, Any] = dict(parameters)

    @property
    def max_chars(self) -> int:
        return int(self.parameters.get("max_chars", MAX_CHARS))

    @property
    def counts(self) -> Mapping[str, int]:
        return dict(self._counts)

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and boilerplate_key(line) in self._counts

    def key_count(self, key: str) -> int:
        """In how many documents a key (from :func:`boilerplate_key`) was counted (0: not boilerplate)."""
        return self._counts.get(key, 0)

    def count(self, line: str) -> int:
        """In how many documents the line's key was counted (0: not boilerplate)."""
        return self._counts.get(boilerplate_key(line), 0)

    def __len__(self) -> int:
        return len(self._counts)

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __repr__(self) -> str:
        return f"Boilerplate({len(self)} lines from {self.documents} documents)"

    def merge(self, other: Boilerplate) -> Boilerplate:
        """The union of two learnt sets (counts added, documents added)."""
        if not isinstance(other, Boilerplate):
            raise TypeError(f"can only merge a Boilerplate, not {type(other).__name__}")
        if self.parameters.get("tone_style") != other.parameters.get("tone_style"):
            raise ValueError("cannot merge sets learnt with different tone_style")
        counts = dict(self._counts)
        for key, n in other._counts.items():
            counts[key] = counts.get(key, 0) + n
        return Boilerplate(counts, self.documents + other.documents, self.parameters)

    __or__ = merge

    def to_dict(self) -> dict[str, Any]:
        ordered = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return {
            "format": FORMAT,
            "version": VERSION,
            "documents": self.documents,
            "parameters": self.parameters,
            "lines": dict(ordered),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Boilerplate:
        """Check and load :meth:`to_dict` output; :class:`BoilerplateError` says what is wrong."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BoilerplateError(f'not a vnnews_clean boilerplate (expected "format": {FORMAT!r})')
        if data.get("version") != VERSION:
            raise BoilerplateError(f"unsupported boilerplate version {data.get('version')!r} (this reads {VERSION})")
        lines, documents, parameters = data.get("lines"), data.get("documents"), data.get("parameters", {})
        if not isinstance(lines, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and v > 0 for k, v in lines.items()
        ):
            raise BoilerplateError('"lines" must map each line key to a positive document count')
        if not isinstance(documents, int) or documents < 0:
            raise BoilerplateError('"documents" must be a non-negative int')
        if not isinstance(parameters, dict):
            raise BoilerplateError('"parameters" must be an object')
        return cls(lines, documents, parameters)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path, site: str | None = None) -> Boilerplate:
        """Read a file of :meth:`save`, or of the command's ``--save-boilerplate`` (a set per site).

        From a file of sets per site, ``site`` picks one (``""``: the records that had no site);
        a file of one site needs none. A file of :meth:`save` holds one set, for every site.
        :class:`BoilerplateError` says what is wrong, and which sites a file holds.
        """
        if site is not None:
            require_str(site, "site")
        sites, per_site = _read_sets(path)
        if not per_site:  # a file of save(): one set, for every site
            return sites[None]
        if site is None and len(sites) == 1:
            return next(iter(sites.values()))
        if site is None or (site or None) not in sites:
            names = [repr(name or "") for name in sites]
            more = len(names) - SHOWN_SITES
            shown = ", ".join(names[:SHOWN_SITES]) + (f" and {more} more" if more > 0 else "")
            shown += '; "" is the records without a site' if None in sites else ""
            asked = "give site=" if site is None else f"no set for site {site!r}; give site="
            raise BoilerplateError(
                f"{path}: holds a set per site ({shown}): {asked}one of them, "
                "or read them all with vnnews_clean.boilerplate.load_sites"
            )
        return sites[site or None]


def load_sites(path: str | Path) -> dict[str | None, Boilerplate]:
    """The sets of a file of the command's ``--save-boilerplate`` (site -> set; None: the records without
    a site), or of :meth:`Boilerplate.save` (``{None: set}``, for every site); BoilerplateError if neither."""
    return _read_sets(path)[0]


def _read_sets(path: str | Path) -> tuple[dict[str | None, Boilerplate], bool]:
    """(the sets of a boilerplate file, whether it holds a set per site)."""
    data = read_json(path)
    try:
        if isinstance(data, dict) and data.get("format") == FORMAT:
            return {None: Boilerplate.from_dict(data)}, False
        if not isinstance(data, dict) or data.get("format") != SITES_FORMAT:
            expected = f"{FORMAT!r} or {SITES_FORMAT!r}"
            raise BoilerplateError(f'not a vnnews_clean boilerplate (expected "format": {expected})')
        if data.get("version") != SITES_VERSION:
            raise BoilerplateError(f"unsupported version {data.get('version')!r} (this reads {SITES_VERSION})")
        sites = data.get("sites")
        if not isinstance(sites, dict):
            raise BoilerplateError('"sites" must be an object')
        return {site or None: Boilerplate.from_dict(value) for site, value in sites.items()}, True
    except BoilerplateError as error:
        raise BoilerplateError(f"{path}: {error}") from None


def read_json(path: str | Path) -> Any:
    """A JSON file's value; :class:`BoilerplateError` for an unreadable or invalid file."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise BoilerplateError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise BoilerplateError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BoilerplateError(f"{path}: invalid JSON: {error.msg} (line {error.lineno})") from None


class BoilerplateLearner:
    """Counts candidate line keys document by document in bounded memory (see the module docstring).

    ``add(text)`` for each document, then :meth:`result`. Learners of shards
    of one source combine with :meth:`merge` (Misra-Gries summaries merge by
    adding counts, then pruning).
    """

    def __init__(
        self,
        *,
        min_docs: int = MIN_DOCS,
        min_share: float = MIN_SHARE,
        prose_share: float = PROSE_SHARE,
        max_words: int = MAX_WORDS,
        max_chars: int = MAX_CHARS,
        capacity: int = CAPACITY,
        tone_style: str | None = "old",
    ) -> None:
        self.parameters = _parameters(min_docs, min_share, prose_share, max_words, max_chars, tone_style)
        require_int(capacity, "capacity")
        if capacity < 1:
            raise ValueError(f"capacity must be a positive int, not {capacity!r}")
        self.capacity = capacity
        self.counts: dict[str, int] = {}
        self.documents = 0
        self.slack = 0  # total subtracted by pruning: a count is at most this far below the truth

    def add(self, text: str) -> None:
        """Count one document's candidate lines, each key once."""
        self.add_keys(candidate_keys(text, self.parameters))

    def add_keys(self, keys: Iterable[str]) -> None:
        """Count one document given its candidate keys (from :func:`candidate_keys`, maybe in another process)."""
        counts = self.counts
        for key in set(keys):
            counts[key] = counts.get(key, 0) + 1
        self.documents += 1
        if len(counts) > 2 * self.capacity:
            self._prune()

    def _prune(self) -> None:
        """Subtract the (capacity + 1)-th largest count from all; at most ``capacity`` keys stay."""
        cut = heapq.nlargest(self.capacity + 1, self.counts.values())[-1]
        self.counts = {k: n - cut for k, n in self.counts.items() if n > cut}
        self.slack += cut

    def merge(self, other: BoilerplateLearner) -> BoilerplateLearner:
        """Add another learner's counts into this one (same parameters); returns self."""
        if other.parameters != self.parameters:
            raise ValueError("cannot merge learners with different parameters")
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.documents += other.documents
        self.slack += other.slack
        if len(self.counts) > 2 * self.capacity:
            self._prune()
        return self

    def result(self) -> Boilerplate:
        """The keys over the thresholds."""
        p = self.parameters
        floor = max(p["min_docs"], p["min_share"] * self.documents)
        prose_floor = max(floor, p["prose_share"] * self.documents)
        chosen = {
            key: n for key, n in self.counts.items() if n >= floor and (n >= prose_floor or not _prose_shaped(key))
        }
        return Boilerplate(chosen, self.documents, p)


def learn_boilerplate(
    texts: Iterable[str],
    *,
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    prose_share: float = PROSE_SHARE,
    max_words: int = MAX_WORDS,
    max_chars: int = MAX_CHARS,
    capacity: int = CAPACITY,
    tone_style: str | None = "old",
) -> Boilerplate:
    """Learn the lines that recur across many of ``texts`` (documents of one source).

    Use the result with ``clean(text, boilerplate=b)``. Learn with the
    ``tone_style`` you clean with. Memory: at most ``2 * capacity`` keys of at
    most ``max_chars`` characters (see the module docstring for the rules).
    ``texts`` is an iterable of str (a list, a generator): one str alone is a
    TypeError, not a corpus of one-character documents.
    """
    require_documents(texts)
    learner = BoilerplateLearner(
        min_docs=min_docs,
        min_share=min_share,
        prose_share=prose_share,
        max_words=max_words,
        max_chars=max_chars,
        capacity=capacity,
        tone_style=tone_style,
    )
    for text in texts:
        learner.add(text)
    return learner.result()
