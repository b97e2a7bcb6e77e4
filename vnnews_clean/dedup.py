"""De-duplication across a corpus, keeping the first document of each cluster.

Two kinds, both deciding in the order documents are shown (keep-first):

- :class:`ExactDeduplicator`: the same text once normalized. The key is an
  8-byte BLAKE2b digest of :func:`dedup_text` (``normalize``, casefold, every
  run of whitespace one space), so Unicode forms, tone-mark placement, case and
  spacing do not tell two copies apart. Digests are kept in sorted arrays of
  64-bit integers, 11 bytes a document at 10 million documents (a Python
  ``set`` of the same ints took 75; benchmarks/bench_dedup.py).
- :class:`NearDeduplicator`: over the set of shingles of ``SHINGLE`` syllables of
  the same normalized text, a document is a duplicate when an earlier kept one
  has a Jaccard similarity of at least ``threshold`` (default 0.8) with it, or
  holds at least ``containment`` (0.9) of its shingles while it has at least 0.6
  as many (a copy cut short). One paragraph changed, a byline added or a line
  dropped in a news article stay above 0.8; two articles on the same event stay
  far below. LSH over MinHashes (``datasketch``, the ``dedup`` extra; 32 bands
  of 4 rows) finds the candidates, and the shingle sets, kept for each kept
  document, decide exactly. Fine for millions of documents in one process; for
  more, :mod:`vnnews_clean.integrations.datatrove_dedup` runs the same rule as
  datatrove's MinHash stages, on disk and in many tasks.

The work per document (:func:`digest`, :func:`signature`) is separate from the
decision (``seen_digest``, ``match_signature``), so the command computes it in its
worker processes and decides in the main process, in input order.

>>> exact = ExactDeduplicator()
>>> exact.seen("Hà Nội  mưa to"), exact.seen("hà nội mưa to"), exact.seen("Hà Nội nắng")
(False, True, False)
"""

from __future__ import annotations

import functools
import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Hashable, Iterator
from hashlib import blake2b
from typing import Any

from ._extras import install_hint
from ._validate import require_int, require_number
from .normalization import normalize

__all__ = [
    "BANDS",
    "CONTAINMENT",
    "MIN_CONTAINED",
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "ExactDeduplicator",
    "NearDeduplicator",
    "candidate_probability",
    "dedup_text",
    "digest",
    "minhash",
    "minhash_of",
    "shingles",
    "signature",
]

SHINGLE = 5  # syllables per shingle
THRESHOLD = 0.8  # Jaccard similarity of shingle sets (computed exactly) from which a document is a near-duplicate
NUM_PERM = 128  # MinHash values per document: only for finding candidates (LSH), never for deciding
SEED = 1  # MinHash seed: the same in every process, so their MinHashes compare
BANDS = 32  # LSH bands of NUM_PERM // BANDS = 4 rows: see NearDeduplicator for the choice
CONTAINMENT = 0.9  # share of a later document's shingles in a kept one from which it is a (cut) copy ...
MIN_CONTAINED = 0.6  # ... when it has at least this share of the kept one's shingles
_MIX_A = 0x9E3779B97F4A7C15  # odd 64-bit constants that mix a band's rows into one key
_MIX_B = 0xC2B2AE3D27D4EB4F
# Shingles are hashed with CRC-32 (C speed, the same in every process; sha1, datasketch's default, took
# half the time): the MinHash permutations supply the randomness, the hash need only tell shingles apart.
_WHITESPACE = re.compile(r"\s+")
_SYLLABLE = re.compile(r"\w+")
_BUCKET_BITS = 16  # digests are spread over 2**16 sorted arrays by their top bits
_PIECE = 1 << 16  # characters of text shingled at a time: a huge document's shingles never all exist at once
_CHUNK = 4096  # shingles per MinHash update (datasketch makes a shingles x num_perm array of 8-byte values)


def dedup_text(text: str) -> str:
    """What two documents must share to be the same: normalized, casefolded, spaces collapsed."""
    return _WHITESPACE.sub(" ", normalize(text).casefold()).strip()


def digest(text: str) -> int | None:
    """The 64-bit BLAKE2b digest of :func:`dedup_text`, as an unsigned integer; None for a text
    with nothing in it (an empty document shares no text with another, so it is no duplicate)."""
    key = dedup_text(text)
    return int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") if key else None


class ExactDeduplicator:
    """Remembers 64-bit digests of the documents shown; answers whether one was shown before.

    Digests go to 65,536 sorted ``array('Q')`` buckets (created as needed) by
    their top 16 bits: 8 bytes each plus the arrays' overhead, 11 bytes a
    document at 10 million. Each answer costs a binary search and an insertion
    in one bucket; two different texts share a digest with probability 2**-64.
    """

    def __init__(self) -> None:
        self._buckets: list[array[int] | None] = [None] * (1 << _BUCKET_BITS)
        self._count = 0

    def __len__(self) -> int:
        """Distinct documents seen."""
        return self._count

    def seen(self, text: str) -> bool:
        """True when a document with the same :func:`dedup_text` was shown before; remembers it if not.
        A document with nothing in it is never a duplicate (as for :class:`NearDeduplicator`)."""
        return self.seen_digest(digest(text))

    def seen_digest(self, value: int | None) -> bool:
        """:meth:`seen` for a digest computed elsewhere (e.g. in a worker process); None: an empty document."""
        if value is None:
            return False
        if not 0 <= value < 1 << 64:
            raise ValueError(f"a digest is an unsigned 64-bit integer, not {value!r}")
        index = value >> (64 - _BUCKET_BITS)
        bucket = self._buckets[index]
        if bucket is None:
            bucket = self._buckets[index] = array("Q")
        at = bisect_left(bucket, value)
        if at < len(bucket) and bucket[at] == value:
            return True
        bucket.insert(at, value)
        self._count += 1
        return False


def _datasketch() -> Any:
    try:
        import datasketch
    except ImportError:
        raise ImportError(f"near-duplicate detection needs datasketch: {install_hint('dedup')}") from None
    return datasketch


def _shingle_chunks(text: str, size: int) -> Iterator[list[int]]:
    """The CRC-32s of the shingles of ``size`` syllables of ``text`` (UTF-8 of the syllables joined by
    spaces), a chunk at a time, a piece of text at a time.

    Made by C-level ``map`` and ``zip`` (a Python loop per shingle took a third
    of the time). A text with fewer syllables than ``size`` has one shingle,
    all of them.
    """
    carry: list[bytes] = []
    start = 0
    any_shingle = False
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):  # cut at a space, so no syllable is split
            space = text.rfind(" ", start, end)
            end = space + 1 if space > start else end
        syllables = carry + list(map(str.encode, _SYLLABLE.findall(text, start, end)))  # UTF-8, once each
        start = end
        if len(syllables) >= size:
            any_shingle = True
            windows = zip(*(syllables[offset:] for offset in range(size)), strict=False)
            hashes = list(map(zlib.crc32, map(b" ".join, windows)))
            for at in range(0, len(hashes), _CHUNK):
                yield hashes[at : at + _CHUNK]
        carry = syllables[max(0, len(syllables) - size + 1) :]
    if not any_shingle and carry:
        yield [zlib.crc32(b" ".join(carry))]


@functools.cache
def _permutations(num_perm: int) -> dict[str, Any]:
    """datasketch's permutations for ``num_perm`` and ``SEED``, drawn once (that took a third of the time),
    as keyword arguments for ``MinHash`` (with the scheme they belong to, for datasketch >= 2.0)."""
    template = _datasketch().MinHash(num_perm=num_perm, seed=SEED)
    scheme = getattr(template, "scheme", None)
    return {"permutations": template.permutations, **({} if scheme is None else {"scheme": scheme})}


def shingles(text: str, shingle: int = SHINGLE) -> Any:
    """The distinct CRC-32s of ``text``'s shingles of ``shingle`` syllables (of :func:`dedup_text`), sorted,
    as a numpy ``uint32`` array: the set whose Jaccard similarity and containment :class:`NearDeduplicator`
    measures (empty without a syllable). 4 bytes a distinct shingle, about one a syllable."""
    _datasketch()  # numpy comes with it
    import numpy

    chunks = _shingle_chunks(dedup_text(text), shingle)
    pieces = [numpy.unique(numpy.array(chunk, dtype=numpy.uint32)) for chunk in chunks]
    if len(pieces) == 1:
        return pieces[0]
    return numpy.unique(numpy.concatenate(pieces)) if pieces else numpy.zeros(0, dtype=numpy.uint32)


def minhash_of(hashes: Any, num_perm: int = NUM_PERM) -> Any:
    """The MinHash (``num_perm`` values below 2**32, a numpy array) of shingle hashes from :func:`shingles`;
    the datatrove stages (:mod:`vnnews_clean.integrations.datatrove_dedup`) call it too, so both paths
    put a document in the same LSH buckets."""
    datasketch = _datasketch()
    # the shingles come hashed with CRC-32 (see _shingle_chunks): datasketch's hash function only reads them
    sketch = datasketch.MinHash(num_perm=num_perm, seed=SEED, hashfunc=int, **_permutations(num_perm))
    for at in range(0, len(hashes), _CHUNK):
        sketch.update_batch(hashes[at : at + _CHUNK].tolist())
    return sketch.hashvalues


def minhash(text: str, num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> bytes | None:
    """The MinHash of ``text``'s syllable shingles as bytes (``num_perm`` 32-bit values), or None without a syllable."""
    hashes = shingles(text, shingle)
    # the values are below 2**32 (datasketch's max_hash) whatever the array's type: 4 bytes each
    return minhash_of(hashes, num_perm).astype("<u4").tobytes() if len(hashes) else None


def signature(text: str, num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> bytes | None:
    """What :meth:`NearDeduplicator.match_signature` needs of ``text``, or None without a syllable: its
    :func:`minhash` (``num_perm`` little-endian 32-bit values) followed by its :func:`shingles` (32-bit each).

    Bytes travel cheaply between processes: the command computes them in its workers.
    """
    hashes = shingles(text, shingle)
    if not len(hashes):
        return None
    return minhash_of(hashes, num_perm).astype("<u4").tobytes() + hashes.astype("<u4").tobytes()


def candidate_probability(similarity: float, bands: int = BANDS, rows: int = NUM_PERM // BANDS) -> float:
    """The probability that LSH with ``bands`` bands of ``rows`` MinHash values proposes two documents
    whose shingle sets have Jaccard similarity ``similarity``: 1 - (1 - s**rows)**bands."""
    return float(1.0 - (1.0 - similarity**rows) ** bands)


class NearDeduplicator:
    """Keeps the first of each cluster of near-duplicates: LSH on MinHashes proposes, shingle sets decide.

    A later document A is a duplicate of a kept document B when, over their sets of
    ``shingle``-syllable shingles (:func:`shingles`, computed exactly, not estimated):

    - their Jaccard similarity |A∩B| / |A∪B| is at least ``threshold`` (default 0.8), or
    - at least ``containment`` (default 0.9) of A's shingles are in B and A has at least
      ``MIN_CONTAINED`` (0.6) as many shingles as B: a copy cut short (a copy truncated to 70 %
      of the article has a Jaccard similarity of about 0.7, under 0.8, and a containment near 1;
      distinct shingles, not syllables, count: an article that repeats its lead, cut after 76 %
      of its syllables, kept 64 % of its distinct shingles).
      A kept document contained in a later, longer one does not make it a duplicate: the later
      one has more text.

    Candidates come from LSH over MinHashes of ``num_perm`` values in ``bands`` bands of
    ``num_perm // bands`` rows (default 32 × 4): a pair with Jaccard similarity s becomes a candidate
    with probability 1 - (1 - s**4)**32 (:func:`candidate_probability`): 0.99999995 at 0.8,
    0.9998 at 0.7 (a copy cut to 70 %), 0.988 at 0.6 (cut to 60 %), 0.89 at 0.51 (the least
    Jaccard similarity a pair that passes the containment rule can have: 0.9 of a copy 0.6 as
    long), 0.23 at 0.3 and 0.003 at 0.1. Each candidate
    is then checked exactly, so a false candidate costs a set intersection, never a false
    merge. 9 bands of 13 rows (datasketch's choice for 0.8, before) proposed a pair at 0.8 with
    probability 0.93 only, at 0.7 with 0.52, and the MinHash estimate of the similarity then
    decided, missing about half of the pairs just above 0.8.

    A duplicate is not indexed: a chain A~B~C where A and C differ keeps A and C. A document
    without a syllable is never a near-duplicate (nor, in the command, is an emptied one an exact
    duplicate). Memory: per kept document its distinct shingles (4 bytes each, about one a
    syllable) and ``bands`` entries of the band index (see docs/command.md for figures).
    """

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        shingle: int = SHINGLE,
        bands: int = BANDS,
        containment: float | None = CONTAINMENT,
    ) -> None:
        require_number(threshold, "threshold")
        require_int(num_perm, "num_perm")
        require_int(shingle, "shingle")
        require_int(bands, "bands")
        if containment is not None:
            require_number(containment, "containment")
            if not 0.0 < containment <= 1.0:
                raise ValueError(f"containment must be above 0 and at most 1, or None, not {containment!r}")
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {threshold!r}")
        if shingle < 1:
            raise ValueError(f"shingle must be at least 1 syllable, not {shingle!r}")
        if num_perm < 1 or bands < 1 or num_perm % bands:
            raise ValueError(f"bands must divide num_perm: {bands!r} bands of {num_perm!r} values")
        _datasketch()
        numpy = self._numpy = __import__("numpy")
        self.threshold, self.num_perm, self.shingle, self.containment = threshold, num_perm, shingle, containment
        self.bands, self.rows = bands, num_perm // bands
        # a band's rows are mixed into one 60-bit int, salted by the band's number: one dict holds every band
        self._salt = numpy.arange(1, bands + 1, dtype=numpy.uint64) * numpy.uint64(_MIX_B)
        self._index: dict[int, Any] = {}  # band key -> number of the kept document, or a list of them
        self._numbers: dict[Hashable, int] = {}  # key -> number of the kept document
        self._keys: list[Hashable] = []  # number -> key
        self._shingles: list[bytes] = []  # number -> its sorted distinct shingle hashes (<u4)

    def __len__(self) -> int:
        """Documents kept (the first of each cluster)."""
        return len(self._keys)

    def seen(self, text: str, key: Hashable) -> bool:
        """True when an earlier kept document is a near-duplicate of ``text``; if not, ``text`` is kept as ``key``."""
        return self.match(text, key) is not None

    def match(self, text: str, key: Hashable) -> Hashable | None:
        """The key of the earliest kept near-duplicate of ``text``, or None (and ``text`` is kept as ``key``)."""
        return self.match_signature(signature(text, self.num_perm, self.shingle), key)

    def band_keys(self, values: Any) -> list[int]:
        """The LSH keys of a MinHash (``num_perm`` values): one int per band, its rows mixed, salted by the band."""
        numpy = self._numpy
        rows = values.astype(numpy.uint64).reshape(self.bands, self.rows)
        mixed = self._salt.copy()
        with numpy.errstate(over="ignore"):  # multiplication modulo 2**64 is the mixing
            for column in range(self.rows):
                mixed = (mixed ^ rows[:, column]) * numpy.uint64(_MIX_A)
        return (mixed >> numpy.uint64(4)).tolist()  # type: ignore[no-any-return]

    def is_duplicate(self, later: Any, kept: Any) -> bool:
        """The rule on two sorted distinct shingle arrays (:func:`shingles`): is ``later`` a duplicate of ``kept``?"""
        common = len(self._numpy.intersect1d(later, kept, assume_unique=True))
        if common >= self.threshold * (len(later) + len(kept) - common):
            return True
        return (
            self.containment is not None
            and len(later) >= MIN_CONTAINED * len(kept)
            and common >= self.containment * len(later)
        )

    def match_signature(self, signature: bytes | None, key: Hashable) -> Hashable | None:
        """:meth:`match` for a :func:`signature` computed elsewhere (same ``num_perm`` and ``shingle``)."""
        if signature is None:
            return None
        if key in self._numbers:
            raise ValueError(f"key {key!r} was already kept; each document needs its own key")
        if len(signature) % 4 or len(signature) <= 4 * self.num_perm:
            raise ValueError(f"a signature is {self.num_perm} MinHash values and shingles, 4 bytes each")
        numpy = self._numpy
        values = numpy.frombuffer(signature, dtype="<u4", count=self.num_perm)
        hashes = signature[4 * self.num_perm :]
        mine = numpy.frombuffer(hashes, dtype="<u4")
        keys = self.band_keys(values)
        candidates: set[int] = set()
        for band in keys:
            found = self._index.get(band)
            if found is not None:
                candidates.update(found) if isinstance(found, list) else candidates.add(found)
        for number in sorted(candidates):  # the earliest kept one that passes
            if self.is_duplicate(mine, numpy.frombuffer(self._shingles[number], dtype="<u4")):
                return self._keys[number]
        number = len(self._keys)
        for band in keys:
            found = self._index.setdefault(band, number)
            if found != number:
                if isinstance(found, list):
                    found.append(number)
                else:
                    self._index[band] = [found, number]
        self._numbers[key] = number
        self._keys.append(key)
        self._shingles.append(hashes)
        return None
