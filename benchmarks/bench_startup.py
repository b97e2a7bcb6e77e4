"""Start-up time of the command: ``vnnews-clean --help`` and ``import vnnews_clean``, best of N runs.

    python benchmarks/bench_startup.py [--runs 10]

Each run is a new interpreter (``python -m vnnews_clean --help``, ``python -c "import vnnews_clean"``),
timed from launch to exit (wall: what a user waits for) and by the CPU time it used (user + system,
which other work on a busy machine disturbs far less). The best run is reported (the others are the
same work slowed by whatever else the machine does); the median is shown beside it. Where the time goes:
``python -X importtime -m vnnews_clean --help 2>&1 | sort -t'|' -k2 -n | tail``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import vnnews_clean": [sys.executable, "-c", "import vnnews_clean"],
    "vnnews-clean --help": [sys.executable, "-m", "vnnews_clean", "--help"],
}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    for name, command in COMMANDS.items():
        runs = [timed(command) for _ in range(args.runs)]
        wall, cpu = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"{name:24} wall best {min(wall) * 1e3:4.0f} ms, median {statistics.median(wall) * 1e3:4.0f} ms;"
            f"  CPU best {min(cpu) * 1e3:4.0f} ms, median {statistics.median(cpu) * 1e3:4.0f} ms"
        )


if __name__ == "__main__":
    main()
