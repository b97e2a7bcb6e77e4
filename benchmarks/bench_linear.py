"""Show that cleaning takes time linear in the size: one huge line, and a document of many short lines.

    python benchmarks/bench_linear.py            # 1, 2, 5 and 10 MB
    python benchmarks/bench_linear.py --max-mb 20
    python benchmarks/bench_linear.py --lines    # many lines of each shape: 0.1, 0.2, 0.5 and 1 MB

For each input shape the MB/s column should stay flat as the size grows; a
regex that backtracks, or a step that looks at all the lines after each line,
would show seconds growing with the square of the size.
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
# Documents of many lines: each unit repeated on lines of its own.
LINES = {
    "x lines": "x",
    "headlines": "Hà Nội mưa lớn nhiều tuyến phố ngập",
    "names": "Phương Thảo",
    "image markers": "[Ảnh]",
    "paragraphs": "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh suốt cả ngày hôm qua.",
    "dated names": "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh suốt cả ngày hôm qua.\nPhạm Dự • 26/04/2018",
    "mixed": "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh suốt cả ngày hôm qua.\n[Ảnh]\nẢnh: TTXVN\n"
    "Tin liên quan\nHà Nội mưa lớn",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=int, default=10)
    parser.add_argument("--lines", action="store_true", help="documents of many short lines (sizes / 10)")
    args = parser.parse_args()
    sizes = [s for s in (1, 2, 5, 10, 20, 50) if s <= args.max_mb]
    scale, shapes, join = (100_000, LINES, "\n") if args.lines else (1_000_000, SHAPES, "")
    print(f"{'shape':16}" + "".join(f"{str(s * scale / 1e6) + ' MB':>16}" for s in sizes))
    for name, unit in shapes.items():
        cells = []
        for size in sizes:
            text = join.join([unit] * (size * scale // len((unit + join).encode())))
            start = time.perf_counter()
            clean(text)
            seconds = time.perf_counter() - start
            cells.append(f"{seconds:6.2f}s {len(text.encode()) / seconds / 1e6:5.1f}MB/s")
        print(f"{name:16}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
