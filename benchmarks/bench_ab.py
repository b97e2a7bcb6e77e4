"""clean() throughput of this checkout against another git revision, A/B in one process.

    python benchmarks/bench_ab.py REVISION [CORPUS] [--rounds N] [--cold]

On a shared machine separate runs minutes apart differ by more than the change
being measured. Here both versions run in the same process, interleaved round
by round (the revision's package is exported with ``git archive`` and imported
under another name), timed in CPU time; the best round of each is reported.
``--cold`` empties both versions' per-line caches before each of their rounds
(see bench_clean.py): the figure for a first pass over a new corpus.

The revision's C twins (see vnnews_clean/_native.py) are built for the copy, as
they are for this checkout, so both run as an install with a compiler would
(``--no-twins``: the revision on its Python code alone, as before).
"""

from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from bench_clean import DEFAULT, articles, clear_line_caches

ROOT = Path(__file__).resolve().parent.parent


def export(revision: str, into: Path, name: str = "vnnews_ref", twins: bool = False) -> None:
    """The revision's ``vnnews_clean`` package, as ``name`` in ``into`` (with its C twins built
    when ``twins``: each is named within its package, so the copy loads its own)."""
    paths = ["vnnews_clean", "setup.py", "pyproject.toml"] if twins else ["vnnews_clean"]
    archive = subprocess.run(["git", "archive", revision, *paths], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    if twins and (into / "setup.py").exists():
        subprocess.run(
            [sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=into, check=True, capture_output=True
        )
    (into / "vnnews_clean").rename(into / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--cold", action="store_true", help="empty the per-line caches before each round")
    parser.add_argument("--no-twins", action="store_true", help="run the revision on its Python code alone")
    args = parser.parse_args()
    docs = articles(args.corpus)
    size = sum(len(d.encode()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        export(args.revision, Path(tmp), twins=not args.no_twins)
        sys.path.insert(0, tmp)
        versions = {
            args.revision: importlib.import_module("vnnews_ref"),
            "this checkout": importlib.import_module("vnnews_clean"),
        }
        best = dict.fromkeys(versions, float("inf"))
        for _ in range(args.rounds):
            for name, module in versions.items():
                if args.cold:
                    clear_line_caches(module.__name__)
                start = time.process_time()
                for doc in docs:
                    module.clean(doc)
                best[name] = min(best[name], time.process_time() - start)
    caches = ", caches emptied before each round" if args.cold else ""
    print(f"{len(docs)} articles, {size / 1e6:.2f} MB, best of {args.rounds} interleaved rounds (CPU time{caches})")
    for name, seconds in best.items():
        print(f"clean {name:>14}  {size / seconds / 1e6:6.1f} MB/s")


if __name__ == "__main__":
    main()
