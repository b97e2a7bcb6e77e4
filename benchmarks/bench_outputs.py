"""What writing outputs safely costs the command: this checkout against another git revision.

    python benchmarks/bench_outputs.py REVISION [CORPUS] [--files 2000] [--rounds 5]

The worst case for the per-output work (name resolution, exclusive temporary files, the
``--resume`` manifest line and report parts of each input): many tiny text files mirrored
into a folder with ``--report``, ``-j 1``. Both versions run as the command, interleaved
round by round, timed in CPU time (user + system of the child); the best round of each is
reported. The revision is exported with ``git archive``, which carries no built extension:
both run with ``VNNEWS_CLEAN_PURE_PYTHON=1``, so only the Python code differs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_ab import export
from bench_clean import DEFAULT, articles

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(package: Path, folder: Path, work: Path) -> float:
    """One run of the command from ``package``: its CPU time (user + system)."""
    shutil.rmtree(work / "out", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    environment = {**os.environ, "PYTHONPATH": str(package), "VNNEWS_CLEAN_PURE_PYTHON": "1"}
    command = [sys.executable, "-m", "vnnews_clean", str(folder), "-o", str(work / "out")]
    subprocess.run([*command, "--report", str(work / "report.jsonl"), "-j", "1", "-q"], env=environment, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    docs = articles(args.corpus)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        export(args.revision, work / "ref", "vnnews_clean")
        folder = work / "in"
        folder.mkdir()
        for index in range(args.files):
            (folder / f"{index:06d}.txt").write_text(docs[index % len(docs)], encoding="utf-8")
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"{args.files} text files, {size / 1e6:.1f} MB, mirrored with --report, -j 1")
        best = {"this checkout": float("inf"), args.revision: float("inf")}
        for _ in range(args.rounds):
            best["this checkout"] = min(best["this checkout"], cpu_seconds(ROOT, folder, work))
            best[args.revision] = min(best[args.revision], cpu_seconds(work / "ref", folder, work))
        for name, seconds in best.items():
            print(f"{name}: {seconds:.2f} s CPU (best of {args.rounds})")
        print(f"ratio: {best['this checkout'] / best[args.revision]:.2f}x the CPU time of {args.revision}")


if __name__ == "__main__":
    main()
