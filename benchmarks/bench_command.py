"""The corpus command: throughput with 1 and 2 workers, and peak memory on a 1 GB dump.

    python benchmarks/bench_command.py [CORPUS] [--big-gb 1.0] [--repeat 30]

Builds JSON Lines from the baomoi corpus (its 500 articles repeated --repeat
times) and times ``vnnews-clean -j 1`` and ``-j 2`` on it; then generates a
--big-gb JSON Lines file and cleans it with ``-j 2`` while sampling the summed
resident memory of the command and its worker processes every 0.2 s.
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


def write_dump(path: Path, docs: list[str], target_bytes: int) -> int:
    lines = [(json.dumps({"id": i, "text": doc}, ensure_ascii=False) + "\n").encode() for i, doc in enumerate(docs)]
    written = 0
    with path.open("wb") as handle:
        while written < target_bytes:
            for line in lines:
                handle.write(line)
                written += len(line)
    return written


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def timed(args: list[str]) -> tuple[float, int]:
    """Seconds and peak summed RSS of one run of the command."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "vnnews_clean", *args])
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.2):
            peak = max(peak, tree_rss(process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    stop.set()
    sampler.join()
    if code != 0:
        raise SystemExit(f"vnnews-clean exited with {code}")
    return time.perf_counter() - start, peak


def _burn(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def parallel_ceiling() -> float:
    """How much two independent CPU-bound processes gain over one on this machine."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        one = pool.submit(_burn, 0).result()
        two = max(pool.map(_burn, [0, 1]))
    return 2 * one / two


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=30, help="copies of the corpus in the throughput dump")
    parser.add_argument("--big-gb", type=float, default=1.0, help="size of the memory test dump (0 to skip)")
    args = parser.parse_args()
    docs = articles(args.corpus)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        size = write_dump(work / "dump.jsonl", docs, len("".join(docs).encode()) * args.repeat)
        print(f"throughput dump: {size / 1e6:.1f} MB ({args.repeat} x {len(docs)} articles)")
        speeds = {}
        for workers in (1, 2):
            output = f"{folder}/out{workers}.jsonl"
            seconds, peak = timed([f"{folder}/dump.jsonl", "-o", output, "-j", str(workers), "-q"])
            speeds[workers] = size / seconds / 1e6
            print(f"-j {workers}: {seconds:6.1f} s  {speeds[workers]:5.2f} MB/s  peak RSS {peak / 1e6:5.0f} MB")
        print(
            f"-j 2 / -j 1 = {speeds[2] / speeds[1]:.2f}x; this machine runs two busy processes "
            f"{parallel_ceiling():.2f}x as fast as one (the ceiling)"
        )
        if args.big_gb > 0:
            big = write_dump(work / "big.jsonl", docs, int(args.big_gb * 1e9))
            (work / "dump.jsonl").unlink()
            seconds, peak = timed([f"{folder}/big.jsonl", "-o", f"{folder}/big-out.jsonl", "-j", "2", "-q"])
            rate = big / seconds / 1e6
            print(f"{big / 1e9:.2f} GB with -j 2: {seconds:6.1f} s  {rate:5.2f} MB/s  peak RSS {peak / 1e6:5.0f} MB")


if __name__ == "__main__":
    main()
