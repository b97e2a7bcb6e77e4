"""Peak memory of the command with ``--signals --filter --dedup exact`` at several corpus sizes.

    python benchmarks/bench_quality_memory.py [--documents 100000 300000 1000000] [--workers 1 2]
                                              [--baseline] [--folder DIR]

Each corpus is JSON Lines of distinct short news documents (about 750 bytes):
the first paragraphs of a baomoi-500 article (about 80 syllables, so that the
default filter keeps them), introduced by "Bản tin số N:" so that no two are
the same text. Every document is then kept, and the exact de-duplicator stores
one 8-byte digest for each. ``vnnews-clean -j W`` runs on it while the resident
memory of the main process (where the digests live) and of the command with its
workers together are sampled every 0.2 s (as bench_command.py does). The
summary line shows how many documents were written, filtered and dropped as
duplicates. ``--baseline`` also runs the command without the quality flags.

If memory is bounded, the peak grows with the number of documents by the
digest store only (about 11 bytes a document at 10 million, see
bench_dedup.py), not with the corpus's text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_clean import DEFAULT, articles
from bench_command import tree_rss

FLAGS = ["--signals", "--filter", "--dedup", "exact"]
SYLLABLES = 80  # per document: above the default filter's min_syllables (50)


def documents(source: Path) -> list[str]:
    """One short body per baomoi article: its first paragraphs, about ``SYLLABLES`` syllables."""
    bodies = []
    for article in articles(source):
        kept, syllables = [], 0
        for paragraph in article.split("\n")[1:]:
            kept.append(paragraph)
            syllables += len(paragraph.split())
            if syllables >= SYLLABLES:
                break
        bodies.append("\n".join(kept))
    return bodies


def write_corpus(path: Path, bodies: list[str], count: int) -> int:
    """``count`` distinct documents as JSON Lines; returns the file's size in bytes."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            text = f"Bản tin số {i}: {bodies[i % len(bodies)]}"
            handle.write(json.dumps({"id": f"doc-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def rss(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) * 1024
    except (OSError, StopIteration, ValueError):
        return 0


def run(args: list[str]) -> tuple[float, int, int, str]:
    """Seconds, peak RSS of the main process, peak summed RSS with the workers, and the summary line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "vnnews_clean", *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    main_peak = tree_peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal main_peak, tree_peak
        while not stop.wait(0.2):
            main_peak = max(main_peak, rss(process.pid))
            tree_peak = max(tree_peak, tree_rss(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, errors = process.communicate()
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"vnnews-clean exited with {process.returncode}: {errors[-2000:]}")
    # "N documents", "filtered out: N documents", "duplicates dropped: N" from the summary
    wanted = ("vnnews-clean:", "filtered out:", "duplicates dropped:")
    summary = "; ".join(
        line.strip().split(",")[0] for line in errors.splitlines() if line.strip().startswith(wanted)
    ).replace("vnnews-clean: ", "")
    return time.perf_counter() - start, main_peak, tree_peak, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--baseline", action="store_true", help="also run without the quality flags")
    parser.add_argument("--folder", type=Path, help="where to write the corpora (default: a temporary folder)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    args = parser.parse_args()
    bodies = documents(args.corpus)
    with tempfile.TemporaryDirectory(dir=args.folder) as tmp:
        folder = Path(tmp)
        print("| documents | JSONL | -j | flags | time | main process peak RSS | with workers | summary |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for count in args.documents:
            corpus = folder / "corpus.jsonl"
            size = write_corpus(corpus, bodies, count)
            for workers in args.workers:
                for flags in ([], FLAGS) if args.baseline else (FLAGS,):
                    command = [str(corpus), "-o", str(folder / "out.jsonl"), "-j", str(workers), *flags]
                    seconds, main_peak, tree_peak, summary = run(command)
                    print(
                        f"| {count:,} | {size / 1e6:.0f} MB | {workers} | {' '.join(flags) or '(none)'} "
                        f"| {seconds:.0f} s | {main_peak / 1e6:.0f} MB | {tree_peak / 1e6:.0f} MB | {summary} |",
                        flush=True,
                    )
                    (folder / "out.jsonl").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
