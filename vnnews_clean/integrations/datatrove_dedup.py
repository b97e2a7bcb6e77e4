"""Near-duplicates beyond one machine's memory: datatrove's MinHash stages with this library's rule.

:class:`vnnews_clean.NearDeduplicator` keeps every kept document's shingles in memory. For
more documents than that, the same decision runs as datatrove's four MinHash stages, on disk
and in many tasks, with two of them replaced:

1. :class:`VietnameseMinhashSignature` (instead of ``MinhashDedupSignature``): the shingles
   and MinHash of :mod:`vnnews_clean.dedup` (normalized text, 5-syllable shingles, the same
   128 values), written as datatrove's 32 buckets of 4 values, and each document's shingle
   set beside them (``shingles/NNNNN.bin`` and ``.idx``: 4 bytes a distinct shingle).
2. datatrove's ``MinhashDedupBuckets``: pairs that share a bucket (``tasks`` a multiple of 32).
3. :class:`VietnameseMinhashCluster` (instead of ``MinhashDedupCluster``, one task): each
   candidate is checked by :meth:`NearDeduplicator.is_duplicate` (Jaccard >= 0.8, or a copy
   cut short), keep-first in the order (signature task, document index), a duplicate not
   counted as kept: the decisions of :class:`NearDeduplicator` fed in that order, where
   datatrove's own clustering joins every pair that shares a bucket, unchecked and transitively.
4. datatrove's ``MinhashDedupFilter``: drops the duplicates (``load_cluster_ids=True`` puts
   ``minhash_cluster_id`` in the metadata of every document of a cluster, -1 elsewhere).

Use :func:`minhash_config` for the configuration of stages 2 and 4. See docs/integrations.md.
datatrove's ``dedup`` package imports ``tokenizers`` (in its ``processing`` extra):
``pip install 'vnnews-clean[datatrove,dedup]' tokenizers``.
"""

from __future__ import annotations

import struct
from collections import defaultdict
from collections.abc import Hashable
from typing import Any

from ..dedup import BANDS, CONTAINMENT, NUM_PERM, SEED, SHINGLE, THRESHOLD, NearDeduplicator, minhash_of, shingles
from . import engine_missing

try:
    import numpy
    from datatrove.io import DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
    from datatrove.utils.binaryio import read_tuples_from_file
    from datatrove.utils.hashing import HashConfig
    from datatrove.utils.word_tokenizers import WordTokenizer
except ImportError as error:  # the extra is not installed
    raise engine_missing(__name__, "datatrove", "datatrove", error) from error

__all__ = ["VietnameseMinhashCluster", "VietnameseMinhashSignature", "minhash_config"]


def minhash_config() -> MinhashConfig:
    """datatrove's MinHash configuration for :mod:`vnnews_clean.dedup`'s: 5-syllable shingles, 32 buckets
    (bands) of 4 values below 2**32, seed 1. (The hash function named is never used: the shingles
    are hashed by this library.)"""
    return MinhashConfig(
        n_grams=SHINGLE,
        num_buckets=BANDS,
        hashes_per_bucket=NUM_PERM // BANDS,
        seed=SEED,
        hash_config=HashConfig(precision=32, hash_fc="sha1"),
    )


class _Unused(WordTokenizer):
    """datatrove loads a word tokenizer for the signature step; the shingles here need none."""

    def word_tokenize(self, text: str) -> list[str]:
        raise NotImplementedError

    def sent_tokenize(self, text: str) -> list[str]:
        raise NotImplementedError

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError


class VietnameseMinhashSignature(MinhashDedupSignature):
    """datatrove's MinHash stage 1 with :func:`vnnews_clean.dedup.shingles` and :func:`minhash_of`: the
    buckets of :class:`NearDeduplicator`'s LSH, and each document's shingle set for stage 3."""

    name = "🎯 MinHash stage 1 (vnnews_clean shingles)"

    def __init__(self, output_folder: DataFolderLike, config: MinhashConfig | None = None) -> None:
        config = config or minhash_config()
        if config.hash_config.precision != 32:
            raise ValueError("the MinHash values are 32-bit: use precision=32 (minhash_config())")
        super().__init__(output_folder, config=config, language=_Unused("vi"))
        self._out: Any = None
        self._offsets: list[int] = []

    def get_shingles(self, text: str) -> Any:
        """The document's distinct shingle hashes, as datatrove wants them; written to the shingle file."""
        hashes = shingles(text, self.config.n_grams)
        data = hashes.astype("<u4").tobytes()
        self._out.write(data)
        self._offsets.append(self._offsets[-1] + len(data))
        return hashes.astype(numpy.uint64).reshape((-1, 1))

    def get_signature(self, shingles: Any) -> list[list[int]]:
        values = minhash_of(shingles.ravel().astype(numpy.uint32), self.num_hashes).astype(numpy.uint32)
        return [part.tolist() for part in numpy.split(values, self.config.num_buckets)]

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> None:
        self._offsets = [0]
        with self.output_folder.open(f"shingles/{rank:05d}.bin", mode="wb") as out:
            self._out = out
            super().run(data, rank, world_size)
        with self.output_folder.open(f"shingles/{rank:05d}.idx", mode="wb") as index:
            index.write(numpy.array(self._offsets, dtype="<u8").tobytes())


class VietnameseMinhashCluster(PipelineStep):
    """MinHash stage 3, one task: candidates from the buckets, checked and decided as :class:`NearDeduplicator`.

    ``input_folder``: stage 2's ``.dups``; ``signatures_folder``: stage 1's output (for the shingle
    sets); ``output_folder``: ``NNNNNN.remove`` (and ``.clusters``) for datatrove's
    ``MinhashDedupFilter``. ``threshold`` and ``containment`` as for :class:`NearDeduplicator`.
    """

    type = "🫂 - DEDUP"
    name = "🎯 MinHash stage 3 (checked, keep-first)"

    def __init__(
        self,
        input_folder: DataFolderLike,
        signatures_folder: DataFolderLike,
        output_folder: DataFolderLike,
        threshold: float = THRESHOLD,
        containment: float | None = CONTAINMENT,
        lines_to_buffer: int = 5,
    ) -> None:
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.signatures_folder = get_datafolder(signatures_folder)
        self.output_folder = get_datafolder(output_folder)
        self.rule = NearDeduplicator(threshold=threshold, containment=containment)
        self.lines_to_buffer = lines_to_buffer
        self._indexes: dict[int, Any] = {}

    def _shingles(self, node: tuple[int, int]) -> Any:
        file, doc = node
        if file not in self._indexes:
            with self.signatures_folder.open(f"shingles/{file:05d}.idx", "rb") as index:
                self._indexes[file] = numpy.frombuffer(index.read(), dtype="<u8")
        start, end = self._indexes[file][doc : doc + 2]
        with self.signatures_folder.open(f"shingles/{file:05d}.bin", "rb") as data:
            data.seek(int(start))
            return numpy.frombuffer(data.read(int(end - start)), dtype="<u4")

    def groups(self) -> dict[tuple[int, int], list[int]]:
        """Each document that shares a bucket with another: the groups (same bucket, same values) it is in.
        Stage 2 writes a group of n documents as the n-1 pairs of its neighbours in sorted order."""
        member: dict[tuple[int, int], list[int]] = defaultdict(list)
        count = 0
        for name in self.input_folder.list_files(glob_pattern="*.dups"):
            last = None
            with self.input_folder.open(name, "rb") as dups:
                for f1, d1, f2, d2 in read_tuples_from_file(dups, "4I", lines_to_buffer=self.lines_to_buffer):
                    if (f1, d1) != last:  # a new group (a document has one set of values per bucket)
                        count += 1
                        member[(f1, d1)].append(count)
                    member[(f2, d2)].append(count)
                    last = (f2, d2)
        return member

    def run(self, data: Any = None, rank: int = 0, world_size: int = 1) -> None:
        assert world_size == 1, "clustering runs in one task"
        with self.track_time():
            member = self.groups()
            kept_in: dict[int, list[tuple[int, int]]] = defaultdict(list)  # group -> its kept documents, in order
            first_of: dict[tuple[int, int], tuple[int, int]] = {}  # a duplicate -> the kept document it copies
            for node in sorted(member):
                candidates = sorted({kept for group in member[node] for kept in kept_in[group]})
                mine = self._shingles(node) if candidates else None
                match = next((k for k in candidates if self.rule.is_duplicate(mine, self._shingles(k))), None)
                if match is None:
                    for group in member[node]:
                        kept_in[group].append(node)
                else:
                    first_of[node] = match
                    self.stat_update("to_remove")
            clusters: dict[Hashable, int] = {}
            rows: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for node, first in first_of.items():
                cluster = clusters.setdefault(first, len(clusters))
                rows[node[0]].append((node[1], cluster))
                if first not in first_of:
                    rows[first[0]].append((first[1], cluster))
            self.stat_update("clusters", value=len(clusters))
            with self.output_folder.get_output_file_manager(mode="wb") as out:
                for file, docs in rows.items():
                    for doc, cluster in sorted(set(docs)):
                        if (file, doc) in first_of:
                            out.write(f"{file:06d}.remove", struct.pack("<I", doc))
                        out.write(f"{file:06d}.clusters", struct.pack("<2I", doc, cluster))
