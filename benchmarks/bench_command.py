"""The corpus command: throughput with 1 and 2 workers, and peak memory on a 1 GB dump.

    python benchmarks/bench_command.py [CORPUS] [--big-gb 1.0] [--repeat 30]
    python benchmarks/bench_command.py [CORPUS] --against REVISION [--rounds 3] [-j 1] [--env VAR=VALUE]

Builds JSON Lines from the baomoi corpus (its 500 articles repeated --repeat
times) and times ``vnnews-clean -j 1`` and ``-j 2`` on it; then generates a
--big-gb JSON Lines file and cleans it with ``-j 2`` while sampling the summed
resident memory of the command and its worker processes every 0.2 s.

With ``--against REVISION``: the command of that git revision (exported with
``git archive``, its C twins built, as bench_ab.py does) and this checkout's, on
the same dump, interleaved round by round (``--rounds``), with ``-j`` workers;
``--env VAR=VALUE`` adds this checkout run with that variable set (e.g.
``VNNEWS_CLEAN_NO_ORJSON=1``). Each run's wall time and CPU time (of the command
and its workers, from the kernel) are taken; the best round of each is reported,
with its ratio to the revision, and how many output records differ (none, unless the cleaning
changed between the versions).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_ab import export
from bench_clean import DEFAULT, articles

ROOT = Path(__file__).resolve().parent.parent


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


def cpu_timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, workers included) of one run of the command in ``cwd``."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "vnnews_clean", *args], cwd=cwd, env={**os.environ, **env})
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"vnnews-clean exited with {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def compare(args: argparse.Namespace, docs: list[str]) -> None:
    """This checkout's command against a revision's, interleaved, on one dump."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        size = write_dump(work / "dump.jsonl", docs, len("".join(docs).encode()) * args.repeat)
        export(args.against, work / "ref", name="vnnews_clean", twins=True)
        versions = {args.against: (work / "ref", {}), "this checkout": (ROOT, {})}
        for variable in args.env:
            name, _, value = variable.partition("=")
            versions[f"this checkout, {variable}"] = (ROOT, {name: value})
        best = {label: [float("inf"), float("inf")] for label in versions}
        print(f"dump: {size / 1e6:.1f} MB ({args.repeat} x {len(docs)} articles), -j {args.jobs}, {args.rounds} rounds")
        for round_ in range(args.rounds):
            for index, (label, (cwd, env)) in enumerate(versions.items()):
                command = [str(work / "dump.jsonl"), "-o", str(work / f"out{index}.jsonl"), "-j", str(args.jobs), "-q"]
                wall, cpu = cpu_timed(command, cwd, env)
                best[label] = [min(best[label][0], wall), min(best[label][1], cpu)]
                print(f"round {round_ + 1} {label:>40}: wall {wall:6.2f} s, CPU {cpu:6.2f} s")
        outputs = [(work / f"out{index}.jsonl").read_bytes().splitlines() for index in range(len(versions))]
        base_wall, base_cpu = best[args.against]
        for label, (wall, cpu) in best.items():
            print(
                f"{label:>40}: {size / wall / 1e6:6.2f} MB/s wall ({base_wall / wall:.2f}x), "
                f"{size / cpu / 1e6:6.2f} MB/s CPU ({base_cpu / cpu:.2f}x)"
            )
        # a revision before a change of the cleaning writes other text for some records: the figures
        # still compare the work done per record, and the count says how much the outputs differ
        differ = max(sum(a != b for a, b in zip(outputs[0], other, strict=True)) for other in outputs)
        print("outputs: the same bytes" if differ == 0 else f"outputs: {differ} of {len(outputs[0])} records differ")


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
    parser.add_argument("--against", metavar="REVISION", help="compare with the command of this git revision")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds with --against (best of each)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="workers with --against")
    parser.add_argument("--env", action="append", default=[], help="with --against: also this checkout with VAR=VALUE")
    args = parser.parse_args()
    docs = articles(args.corpus)
    if args.against:
        compare(args, docs)
        return
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
