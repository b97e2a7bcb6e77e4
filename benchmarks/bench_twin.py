"""What one C twin buys clean(): throughput with it and without it (the other twins on in both).

    python benchmarks/bench_twin.py PART [CORPUS] [--rounds N]   # PART: a key of vnnews_clean._native.TWINS

Each round runs two fresh processes, one with every built twin and one with PART's twin not
loaded (its entry in ``_native.TWINS`` pointed at a module that does not exist, as an install
without it), in alternating order (ABBA) so that the machine's drift falls on both alike. Each
process imports the library, cleans a short text once (lazily built tables, the pipeline), empties
the per-line caches, then times ``clean`` over every article of the corpus in CPU time: a first
pass over text it has not seen (cold; lines repeated within the corpus still hit), then a second
pass over the same articles (warm). Prints MB/s per round, the median and best of each, their
ratios, and the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

# bench_clean.DEFAULT; bench_clean is imported only once TWINS is set (it imports the library)
DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "baomoi-500.txt"
WARM_UP = "Tiêu đề bài\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\nTin liên quan\nMột tin khác"


def child(part: str, off: bool, corpus: Path, passes: int = 2) -> None:
    # before anything imports the library (bench_clean does); and not "from vnnews_clean import
    # _native": the package's __getattr__ would import the cleaners, and with them the twins
    import vnnews_clean._native as _native

    twin = _native.TWINS[part]
    if off:
        _native.TWINS[part] = f"{_native.__package__}._twin_switched_off"
    from bench_clean import articles, clear_line_caches

    import vnnews_clean
    from vnnews_clean import accelerated, clean

    docs = articles(corpus)
    clean(WARM_UP)
    clear_line_caches()
    seconds = []
    for _ in range(passes):  # cold, then warm
        start = time.process_time()
        for doc in docs:
            clean(doc)
        seconds.append(time.process_time() - start)
    assert (twin in sys.modules) != off, f"{twin} {'was' if off else 'was not'} loaded"
    print(json.dumps({"package": vnnews_clean.__file__, "accelerated": accelerated(), "seconds": seconds}))


def run(part: str, off: bool, corpus: Path) -> dict:
    child = ["--child", "--off"] if off else ["--child"]
    out = subprocess.run(
        [sys.executable, __file__, *child, part, str(corpus)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part")
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--child", action="store_true", help="run one process's passes (see above)")
    parser.add_argument("--off", action="store_true", help="with --child: without PART's twin")
    parser.add_argument("--passes", type=int, default=2, help="with --child: 0, 1 (cold) or 2 (cold, warm)")
    args = parser.parse_args()
    if args.child:
        child(args.part, args.off, args.corpus or DEFAULT, args.passes)
        return
    from bench_clean import articles

    args.corpus = args.corpus or DEFAULT
    size = sum(len(d.encode()) for d in articles(args.corpus))
    configurations = {"with": False, "without": True}
    mbs: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": []} for name in configurations}
    print(f"{args.corpus.name}: {size / 1e6:.2f} MB; clean() CPU-time MB/s, with and without the {args.part} twin")
    print("round  cold with  cold without  ratio   warm with  warm without  ratio")
    for round_ in range(args.rounds):
        order = list(configurations) if round_ % 2 == 0 else list(reversed(configurations))
        results = {name: run(args.part, configurations[name], args.corpus) for name in order}
        on, off = results["with"]["accelerated"], results["without"]["accelerated"]
        assert on[args.part] and not off[args.part], (on, off)
        if round_ == 0:
            print(f"package: {Path(results['with']['package']).parent}; twins with: {on}")
        assert {k: v for k, v in on.items() if k != args.part} == {k: v for k, v in off.items() if k != args.part}
        for name, result in results.items():
            for pass_, seconds in zip(("cold", "warm"), result["seconds"], strict=True):
                mbs[name][pass_].append(size / seconds / 1e6)
        w, wo = mbs["with"], mbs["without"]
        print(
            f"{round_ + 1:5}  {w['cold'][-1]:9.2f}  {wo['cold'][-1]:12.2f}  {w['cold'][-1] / wo['cold'][-1]:5.3f}"
            f"   {w['warm'][-1]:9.2f}  {wo['warm'][-1]:12.2f}  {w['warm'][-1] / wo['warm'][-1]:5.3f}"
        )
    for label, pick in (("median", statistics.median), ("best", max)):
        w = {p: pick(mbs["with"][p]) for p in ("cold", "warm")}
        wo = {p: pick(mbs["without"][p]) for p in ("cold", "warm")}
        print(
            f"{label:>6} {w['cold']:9.2f}  {wo['cold']:12.2f}  {w['cold'] / wo['cold']:5.3f}"
            f"   {w['warm']:9.2f}  {wo['warm']:12.2f}  {w['warm'] / wo['warm']:5.3f}"
        )
    paired = {p: statistics.median(map(float.__truediv__, mbs["with"][p], mbs["without"][p])) for p in ("cold", "warm")}
    print(f"median of the rounds' ratios: cold {paired['cold']:.3f}, warm {paired['warm']:.3f}")


if __name__ == "__main__":
    main()
