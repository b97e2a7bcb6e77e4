"""Peak memory of cleaning one huge single-line document.

    python benchmarks/bench_memory.py              # a 50 MB line
    python benchmarks/bench_memory.py --mb 10

Each measurement runs in a fresh process, started by a small wrapper that
reports ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the child
exits: the peak resident memory of that child alone. Measured: the
interpreter with vnnews_clean imported (the floor), ``vnnews_clean.clean`` on
the document as a string, and ``vnnews-clean -j 1`` on a .txt file and on a
.jsonl file holding it. The budget is 6x the document's size in UTF-8.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

UNIT = "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh. "
WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
LIBRARY = (
    "import sys, vnnews_clean\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "if sys.argv[2] == 'clean':\n"
    "    vnnews_clean.clean(text)\n"
)


def peak_mb(command: list[str]) -> tuple[float, float]:
    """(peak RSS of ``command`` in MB, seconds)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024, time.perf_counter() - start  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    text = UNIT * int(args.mb * 1_000_000 // len(UNIT.encode()))
    size = len(text.encode()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "doc.txt").write_text(text, encoding="utf-8")
        (folder / "doc.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "vnnews_clean", "-j", "1", "-q"]
        runs = {
            "import vnnews_clean (floor)": [sys.executable, "-c", LIBRARY, str(folder / "doc.txt"), "read"],
            "clean(text)": [sys.executable, "-c", LIBRARY, str(folder / "doc.txt"), "clean"],
            "vnnews-clean doc.txt": [*command, str(folder / "doc.txt"), "-o", str(folder / "out")],
            "vnnews-clean doc.jsonl": [*command, str(folder / "doc.jsonl"), "-o", str(folder / "out.jsonl")],
        }
        print(f"one line of {size:.1f} MB ({len(text):,} characters)")
        for name, run in runs.items():
            peak, seconds = peak_mb(run)
            print(f"{name:28} peak RSS {peak:7.0f} MB = {peak / size:4.1f}x   {seconds:6.1f} s")


if __name__ == "__main__":
    main()
