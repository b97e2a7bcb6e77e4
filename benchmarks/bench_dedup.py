"""De-duplication: the digest store's memory, the command with ``--dedup exact``, and the per-document work.

    python benchmarks/bench_dedup.py [--digests 10000000] [--documents 300000]
    python benchmarks/bench_dedup.py --throughput [--against REVISION]
    python benchmarks/bench_dedup.py --near 20000 [--against REVISION]

1. Feeds ``--digests`` random 64-bit digests to :class:`ExactDeduplicator` and
   reports the growth of this process's resident memory per digest (a Python
   ``set`` of the same ints is measured for comparison).
2. Generates a JSON Lines file of ``--documents`` distinct short documents and
   runs ``vnnews-clean -j 2`` on it without flags, with ``--dedup exact`` and with
   ``--signals --filter --dedup exact``, sampling
   the summed resident memory of the command and its workers (as
   bench_command.py does). These documents have about 34 syllables, so the
   default filter drops them all (too_short) and the last run stores no digest:
   bench_quality_memory.py measures that combination on documents it keeps.
3. ``--throughput``: CPU-time MB/s of :func:`digest` and :func:`minhash` (the work
   the workers do per document) on baomoi-500, best of 3. With ``--against``, the
   MinHashes of this checkout and of another git revision are compared (baomoi-500
   and generated texts, one of them pieced) and ``minhash`` is timed alternately in one
   process, best of 7 rounds each, as bench_ab.py does for ``clean``.
4. ``--near N``: feeds N distinct generated documents (syllables drawn from baomoi-500's, as
   many as its articles have, in turn: 532 on average) to :class:`NearDeduplicator`, each
   signature computed as it comes (as the command's main process receives them), and reports
   the growth of resident memory per kept document. With ``--against``, the same for that
   revision's ``NearDeduplicator`` (``minhash`` and ``match_minhash`` before they became
   ``signature`` and ``match_signature``), in a process of its own.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_ab import export
from bench_clean import DEFAULT, articles, throughput
from bench_command import timed

from vnnews_clean.dedup import ExactDeduplicator, digest, minhash


def rss() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) * 1024


def store(count: int) -> None:
    draw = random.Random(9).getrandbits
    before = rss()
    start = time.perf_counter()
    exact = ExactDeduplicator()
    for _ in range(count):
        exact.seen_digest(draw(64))
    seconds = time.perf_counter() - start
    grown = rss() - before
    print(
        f"ExactDeduplicator: {count:,} digests, {grown / 1e6:.0f} MB ({grown / count:.1f} bytes each), "
        f"{seconds / count * 1e6:.2f} us each"
    )
    del exact
    before = rss()
    baseline = set()
    for _ in range(count):
        baseline.add(draw(64))
    grown = rss() - before
    print(f"set of ints for comparison: {grown / 1e6:.0f} MB ({grown / count:.1f} bytes each)")


def command(documents: int) -> None:
    words = "tin tức thời sự kinh tế văn hóa xã hội thể thao giải trí giáo dục sức khỏe pháp luật".split()
    draw = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "dump.jsonl"
        with dump.open("w", encoding="utf-8") as handle:
            for i in range(documents):
                text = f"Bản tin số {i}: " + " ".join(draw.choices(words, k=30)) + "."
                handle.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        size = dump.stat().st_size
        print(f"command: {documents:,} documents, {size / 1e6:.0f} MB of JSON Lines, -j 2")
        for flags in ([], ["--dedup", "exact"], ["--signals", "--filter", "--dedup", "exact"]):
            seconds, peak = timed([str(dump), "-o", f"{folder}/out.jsonl", "-j", "2", "-q", *flags])
            print(f"  {' '.join(flags) or '(no flags)':36} {seconds:6.1f} s  peak RSS {peak / 1e6:5.0f} MB")


def work(corpus: Path) -> None:
    docs = articles(corpus)
    size = sum(len(d.encode()) for d in docs)
    print(f"per-document work, {len(docs)} articles, {size / 1e6:.2f} MB, CPU time, best of 3")
    for name, function in (("digest (exact)", digest), ("minhash (near)", minhash)):
        function(docs[0])  # imports, datasketch's permutations
        print(f"  {name:16} {throughput(function, docs, clock=time.process_time):6.2f} MB/s")


def against(revision: str, corpus: Path) -> None:
    """The same MinHashes as ``revision``, and the speed-up of minhash over it (interleaved, CPU time)."""
    docs = articles(corpus)
    size = sum(len(d.encode()) for d in docs)
    draw = random.Random(3)
    texts = [*docs, "", "a", "a b c d", "a b c d e", "hà nội " * 40_000]
    texts += [" ".join(draw.choices(["x", "y", "zz", "ạ", "1"], k=draw.randrange(12))) for _ in range(300)]
    with tempfile.TemporaryDirectory() as tmp:
        export(revision, Path(tmp))
        sys.path.insert(0, tmp)
        ref = importlib.import_module("vnnews_ref.dedup")
        different = sum(ref.minhash(text) != minhash(text) for text in texts)
        print(f"{len(texts)} texts, {different} with a different MinHash than {revision}")
        best = {revision: float("inf"), "this checkout": float("inf")}
        for _ in range(7):
            for name, function in ((revision, ref.minhash), ("this checkout", minhash)):
                start = time.process_time()
                for doc in docs:
                    function(doc)
                best[name] = min(best[name], time.process_time() - start)
    for name, seconds in best.items():
        print(f"  minhash {name:>14} {size / seconds / 1e6:6.2f} MB/s")
    print(f"  speed-up {best[revision] / best['this checkout']:.2f}x")


def near_memory(count: int, corpus: Path, module: str = "vnnews_clean.dedup") -> None:
    dedup = importlib.import_module(module)
    docs = articles(corpus)
    vocabulary = sorted({word for doc in docs for word in doc.split()})
    lengths = [len(doc.split()) for doc in docs]
    draw = random.Random(5)
    make = getattr(dedup, "signature", None) or dedup.minhash
    near = dedup.NearDeduplicator()
    decide = getattr(near, "match_signature", None) or near.match_minhash
    texts = (" ".join(draw.choices(vocabulary, k=lengths[i % len(lengths)])) for i in range(count + 500))
    for i in range(500):  # warm up: imports, permutations, the allocator's first arenas
        decide(make(next(texts)), ("warm", i))
    before, start = rss(), time.process_time()
    for i, text in enumerate(texts):
        decide(make(text), i)
    grown, seconds = rss() - before, time.process_time() - start
    print(
        f"{module}.NearDeduplicator: {count:,} documents kept of {sum(lengths) / len(lengths):.0f} syllables on avg.,"
        f" {grown / 1e6:.0f} MB ({grown / count:,.0f} bytes a document), {seconds / count * 1e3:.2f} ms CPU each"
        f" (signature and decision); {len(near) - 500:,} kept"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--digests", type=int, default=10_000_000)
    parser.add_argument("--documents", type=int, default=300_000)
    parser.add_argument("--throughput", action="store_true", help="only the per-document work, on CORPUS")
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--against", metavar="REVISION", help="with --throughput: compare minhash with a revision")
    parser.add_argument("--near", type=int, metavar="N", help="only the near-deduplicator's memory, N documents")
    parser.add_argument("--module", default="vnnews_clean.dedup", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.near:
        near_memory(args.near, args.corpus, args.module)
        if args.against and args.module == "vnnews_clean.dedup":
            with tempfile.TemporaryDirectory() as tmp:
                export(args.against, Path(tmp))
                flags = ["--near", str(args.near), "--corpus", str(args.corpus), "--module", "vnnews_ref.dedup"]
                env = {**os.environ, "PYTHONPATH": os.pathsep.join([tmp, os.environ.get("PYTHONPATH", "")])}
                subprocess.run([sys.executable, __file__, *flags], check=True, env=env)
        return
    if args.throughput:
        work(args.corpus)
        if args.against:
            against(args.against, args.corpus)
        return
    if args.digests:
        store(args.digests)
    if args.documents:
        command(args.documents)


if __name__ == "__main__":
    main()
