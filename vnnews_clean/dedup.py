"""De-duplication across a corpus, keeping the first document of each cluster.

Two kinds, both deciding in the order documents are shown (keep-first):

- :class:`ExactDeduplicator`: the same text once normalized. The key is an
  8-byte BLAKE2b digest of :func:`dedup_text` (``normalize``, casefold, every
  run of whitespace one space), so Unicode forms, tone-mark placement, case and
  spacing do not tell two copies apart. Digests are kept in sorted arrays of
  64-bit integers, 11 bytes a document at 10 million documents (a Python
  ``set`` of the same ints took 75; benchmarks/bench_dedup.py).
- :class:`NearDeduplicator`: MinHash LSH (from ``datasketch``, the ``dedup``
  extra) over shingles of ``SHINGLE`` syllables of the same normalized text. A
  document is a duplicate when an earlier kept one has an estimated Jaccard
  similarity of at least ``threshold`` (default 0.8) over their shingle sets:
  one paragraph changed, a byline added or a line dropped in a news article
  stay above it; two articles on the same event stay far below. It keeps
  the LSH index and each kept document's MinHash (about 4.5 KB a document):
  fine for millions of documents, not for hundreds of millions.

The work per document (:func:`digest`, :func:`minhash`) is separate from the
decision (``seen_digest``, ``match_minhash``), so the command computes it in its
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
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "ExactDeduplicator",
    "NearDeduplicator",
    "dedup_text",
    "digest",
    "minhash",
]

SHINGLE = 5  # syllables per shingle
THRESHOLD = 0.8  # estimated Jaccard similarity of shingle sets from which a document is a near-duplicate
NUM_PERM = 128  # MinHash permutations: the estimate's standard error is about 0.035 at 0.8
SEED = 1  # MinHash seed: the same in every process, so their MinHashes compare
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


def minhash(text: str, num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> bytes | None:
    """The MinHash of ``text``'s syllable shingles as bytes (``num_perm`` 32-bit values), or None without a syllable.

    Bytes travel cheaply between processes; :meth:`NearDeduplicator.match_minhash` takes them.
    """
    datasketch = _datasketch()
    # the shingles come hashed with CRC-32 (see _shingle_chunks): datasketch's hash function only reads them
    signature = datasketch.MinHash(num_perm=num_perm, seed=SEED, hashfunc=int, **_permutations(num_perm))
    empty = True
    for chunk in _shingle_chunks(dedup_text(text), shingle):
        signature.update_batch(chunk)
        empty = False
    # the values are below 2**32 (datasketch's max_hash) whatever the array's type: 4 bytes each
    return None if empty else signature.hashvalues.astype("<u4").tobytes()


class NearDeduplicator:
    """Keeps the first of each cluster of near-duplicates (MinHash LSH on syllable shingles).

    ``threshold`` is the estimated Jaccard similarity of two documents' shingle
    sets from which the later one is a duplicate. LSH proposes candidates; each
    is checked against the threshold with the stored MinHashes, so a candidate
    that only shares a band is not taken for a duplicate. A duplicate is not
    added to the index: a chain A~B~C where A and C differ keeps A and C.
    A document without a syllable is never a near-duplicate (nor, in the
    command, is an emptied one an exact duplicate).
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, shingle: int = SHINGLE) -> None:
        require_number(threshold, "threshold")
        require_int(num_perm, "num_perm")
        require_int(shingle, "shingle")
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {threshold!r}")
        if shingle < 1:
            raise ValueError(f"shingle must be at least 1 syllable, not {shingle!r}")
        datasketch = _datasketch()
        self._numpy = __import__("numpy")
        self._lean = datasketch.LeanMinHash
        # datasketch >= 2.0 asks which permutation scheme made the values: the default one, as minhash() uses
        scheme = getattr(datasketch.MinHash(num_perm=1, seed=SEED), "scheme", None)
        self._scheme = {} if scheme is None else {"scheme": scheme}
        self.threshold, self.num_perm, self.shingle = threshold, num_perm, shingle
        self._lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._kept: dict[Hashable, tuple[int, bytes]] = {}  # key -> (order, MinHash bytes)

    def __len__(self) -> int:
        """Documents kept (the first of each cluster)."""
        return len(self._kept)

    def seen(self, text: str, key: Hashable) -> bool:
        """True when an earlier kept document is a near-duplicate of ``text``; if not, ``text`` is kept as ``key``."""
        return self.match(text, key) is not None

    def match(self, text: str, key: Hashable) -> Hashable | None:
        """The key of the earliest kept near-duplicate of ``text``, or None (and ``text`` is kept as ``key``)."""
        return self.match_minhash(minhash(text, self.num_perm, self.shingle), key)

    def match_minhash(self, signature: bytes | None, key: Hashable) -> Hashable | None:
        """:meth:`match` for a MinHash computed elsewhere by :func:`minhash` (same ``num_perm`` and shingle)."""
        if signature is None:
            return None
        if key in self._kept:
            raise ValueError(f"key {key!r} was already kept; each document needs its own key")
        values = self._numpy.frombuffer(signature, dtype="<u4")
        if len(values) != self.num_perm:
            raise ValueError(f"a MinHash of {len(values)} values, not num_perm={self.num_perm}")
        current = self._lean(seed=SEED, hashvalues=values, **self._scheme)
        best: tuple[int, Hashable] | None = None
        for candidate in self._lsh.query(current):
            order, stored = self._kept[candidate]
            other = self._numpy.frombuffer(stored, dtype="<u4")
            if float(self._numpy.mean(values == other)) >= self.threshold and (best is None or order < best[0]):
                best = (order, candidate)
        if best is not None:
            return best[1]
        self._lsh.insert(key, current, check_duplication=False)
        self._kept[key] = (len(self._kept), signature)
        return None
