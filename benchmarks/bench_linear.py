"""Show that cleaning one huge line takes time linear in its size.

    python benchmarks/bench_linear.py            # 1, 2, 5 and 10 MB
    python benchmarks/bench_linear.py --max-mb 20

For each input shape the MB/s column should stay flat as the size grows; a
regex that backtracks would show seconds growing with the square of the size.
"""

from __future__ import annotations

import argparse
import time

from vnnews_clean import clean

SHAPES = {
    "prose": "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh. ",
    "no spaces": "ngườidânhoàmìnhvàolễhội",
    "angle brackets": "<<a <div x='1' ",
    "markdown": "![x](y) | ",
    "parentheses": "((((LĐTĐ) ",
    "separators": "Trang chủ > Thời sự > ",
    "mojibake": "Viá»‡t Nam Â“ ",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=int, default=10)
    args = parser.parse_args()
    sizes = [s for s in (1, 2, 5, 10, 20, 50) if s <= args.max_mb]
    print(f"{'shape':16}" + "".join(f"{str(s) + ' MB':>16}" for s in sizes))
    for name, unit in SHAPES.items():
        cells = []
        for size in sizes:
            text = unit * (size * 1_000_000 // len(unit.encode()))
            start = time.perf_counter()
            clean(text)
            seconds = time.perf_counter() - start
            cells.append(f"{seconds:6.2f}s {len(text.encode()) / seconds / 1e6:5.1f}MB/s")
        print(f"{name:16}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
