"""Throughput of clean() and normalize() on real scraped news.

    python benchmarks/bench_clean.py [CORPUS]   # default: ../shared/corpora/baomoi-500.txt; cold caches
    python benchmarks/bench_clean.py --warm     # rounds after the first reuse what the first learnt
    python benchmarks/bench_clean.py --rounds 10

Reports wall-clock and CPU-time throughput (best of ``--rounds``, 5 unless told); on a loaded
machine trust CPU time, and compare versions with bench_ab.py. The library
caches what it learns of a line by its text (features, shapes, syllables), so
repeated rounds over the same articles would run warm, faster than any real
corpus (97% of a corpus's lines are distinct): by default every round starts
with those caches empty, as a first pass over a new corpus sees them (lines
that repeat within the corpus still hit). ``--warm`` keeps them.

The corpus is a file of <article><title>…</title><content>…</content></article>
records; each article is cleaned on its own, as a corpus run would.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vnnews_clean import clean, normalize

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "baomoi-500.txt"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)


def articles(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [f"{title.strip()}\n{content.strip()}" for title, content in ARTICLE.findall(text)]


def clear_line_caches(package: str = "vnnews_clean") -> None:
    """Empty every per-line cache of ``package`` (not its cached pipelines)."""
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__name__", "") != "_pipeline":
                    value.cache_clear()


def throughput(
    function, docs: list[str], repeat: int = 3, clock=time.perf_counter, before: Callable[[], None] | None = None
) -> float:
    """MB/s of the best of ``repeat`` runs, timed with ``clock`` (wall or CPU time);
    ``before`` runs untimed before each."""
    size = sum(len(d.encode()) for d in docs)
    best = float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        start = clock()
        for doc in docs:
            function(doc)
        best = min(best, clock() - start)
    return size / best / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--warm", action="store_true", help="keep the per-line caches between rounds")
    parser.add_argument("--cold", action="store_true", help="the default: empty the per-line caches before each round")
    parser.add_argument("--rounds", type=int, default=5, help="best of this many rounds (default 5)")
    args = parser.parse_args()
    if args.warm and args.cold:
        parser.error("give --warm or --cold, not both")
    before = None if args.warm else clear_line_caches
    docs = articles(args.corpus)
    size = sum(len(d.encode()) for d in docs)
    print(f"{len(docs)} articles, {size / 1e6:.2f} MB, {'warm' if args.warm else 'cold'} caches")
    # on a shared machine wall-clock time counts the other processes too; CPU time
    # (time.process_time) counts only this one
    print("           wall clock   CPU time")
    for name, function in (("normalize", normalize), ("clean", clean)):
        wall = throughput(function, docs, repeat=args.rounds, before=before)
        cpu = throughput(function, docs, repeat=args.rounds, clock=time.process_time, before=before)
        print(f"{name:<10} {wall:6.1f} MB/s {cpu:6.1f} MB/s")


if __name__ == "__main__":
    main()
