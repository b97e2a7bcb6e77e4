"""Peak memory and time of ``clean_html_document`` on one huge HTML page.

    python benchmarks/bench_html_memory.py                 # pages of 5, 10, 25 and 50 MB
    python benchmarks/bench_html_memory.py --mb 50         # one size
    python benchmarks/bench_html_memory.py --extract-only  # extract_article alone, no text pipeline

The page is one news article grown huge: a head with a title, meta tags,
JSON-LD and an inline script; a menu and a header; the <h1>, a lead and an
article container holding Vietnamese paragraphs (sentences of the baomoi
test corpus, shuffled into distinct paragraphs) with, now and then, a
figure with its caption, a related-links list, a share bar and a "Xem thêm"
link line; then a most-read sidebar and a footer.

Each size runs in a fresh process, started by a small wrapper that reports
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the child exits: the
peak resident memory of that child alone. The child reads the page's bytes
from a file, then times ``clean_html_document(page_bytes)`` (bytes, so the
encoding step is included). A first run per size only reads the file (the
floor: interpreter, vnnews_clean and the page's bytes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "baomoi-500.txt"
WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
CHILD = (
    "import json, sys, time\n"
    "from vnnews_clean import clean_html_document\n"
    "from vnnews_clean.html import extract_article\n"
    "data = open(sys.argv[1], 'rb').read()\n"
    "result = None\n"
    "start = time.perf_counter()\n"
    "if sys.argv[2] == 'clean':\n"
    "    result = clean_html_document(data)\n"
    "    lines, removed = result.text.count('\\n') + 1, len(result.removed)\n"
    "elif sys.argv[2] == 'extract':\n"
    "    result = extract_article(data)\n"
    "    lines, removed = len(result.lines), len(result.removed)\n"
    "else:\n"
    "    lines = removed = 0\n"
    "seconds = time.perf_counter() - start\n"
    "print(json.dumps({'seconds': seconds, 'lines': lines, 'removed': removed}))\n"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ỸĐ])")


def sentences() -> list[str]:
    """Sentences of the test corpus's article bodies (30 to 300 characters)."""
    text = CORPUS.read_text(encoding="utf-8")
    found: set[str] = set()
    for body in re.findall(r"<content>(.*?)</content>", text, flags=re.DOTALL):
        for line in body.splitlines():
            found.update(s.strip() for s in _SENTENCE.split(line) if 30 <= len(s.strip()) <= 300)
    return sorted(found)


def links(rng: random.Random, pool: list[str], count: int, tag: str = "li") -> str:
    return "".join(
        f"<{tag}><a href='/tin-{rng.randrange(10**6)}.html'>{escape(rng.choice(pool)[:70])}</a></{tag}>"
        for _ in range(count)
    )


def build_page(megabytes: float, seed: int = 8) -> tuple[bytes, int]:
    """A page of about ``megabytes`` MB of UTF-8 and the number of paragraphs in its article."""
    rng = random.Random(seed)
    pool = sentences()
    title = "Hà Nội khởi công tuyến đường sắt đô thị số 5 nối trung tâm với Hòa Lạc"
    head = (
        f"<head><meta charset='utf-8'><title>{title} - Báo Mẫu</title>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='Báo Mẫu'>"
        "<meta property='article:published_time' content='2024-03-12T15:00:00+07:00'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person",'
        ' "name": "Minh Anh"}}</script>'
        "<script>" + "window.dataLayer=window.dataLayer||[];" * 200 + "</script>"
        "<style>" + ".box{margin:0;padding:0}" * 200 + "</style></head>"
    )
    top = (
        f"<header class='site-header'><nav><ul>{links(rng, pool, 15)}</ul></nav></header>"
        "<div class='breadcrumb'><a href='/'>Trang chủ</a> <a href='/thoi-su'>Thời sự</a></div>"
        f"<h1>{title}</h1><p class='sapo'>{escape(' '.join(rng.sample(pool, 2)))}</p>"
    )
    bottom = (
        f"<aside class='most-read'><h3>Đọc nhiều</h3><ul>{links(rng, pool, 10)}</ul></aside>"
        "<footer>Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin.</footer>"
    )
    shell = len(f"<!DOCTYPE html><html>{head}<body>{top}<div class='detail'></div>{bottom}</body></html>".encode())
    target = int(megabytes * 1_000_000) - shell
    parts: list[str] = []
    size = paragraphs = 0
    while size < target:
        i = paragraphs
        block = f"<p>{escape(' '.join(rng.sample(pool, rng.randint(2, 4))))}</p>"
        if i % 40 == 39:
            block += (
                f"<figure class='image'><img src='/anh/{i}.jpg' alt=''>"
                f"<figcaption>{escape(rng.choice(pool))} Ảnh: Ngọc Thành</figcaption></figure>"
            )
        if i % 100 == 99:
            block += f"<div class='box-tinlienquan'><ul>{links(rng, pool, 3)}</ul></div>"
        if i % 150 == 149:
            block += "<div class='share-bar'><a href='#'>Chia sẻ</a> <a href='#'>Facebook</a></div>"
        if i % 120 == 59:
            block += f"<p><strong>Xem thêm:</strong> <a href='/x{i}.html'>{escape(rng.choice(pool)[:80])}</a></p>"
        parts.append(block)
        size += len(block.encode())
        paragraphs += 1
    page = f"<!DOCTYPE html><html>{head}<body>{top}<div class='detail'>{''.join(parts)}</div>{bottom}</body></html>"
    return page.encode("utf-8"), paragraphs


def measure(command: list[str]) -> tuple[float, dict[str, float]]:
    """(peak RSS of ``command`` in MB, what the child printed)."""
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    lines = out.stdout.split("\n")
    report = json.loads(next(line for line in lines if line.startswith("{")))
    return int(lines[-2]) / 1024, report  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[5, 10, 25, 50], help="page sizes in MB")
    parser.add_argument("--extract-only", action="store_true", help="time extract_article, not the text pipeline")
    args = parser.parse_args()
    stage = "extract" if args.extract_only else "clean"
    call = "extract_article(page_bytes)" if args.extract_only else "clean_html_document(page_bytes)"
    print(f"| page | paragraphs | floor RSS | {call} RSS | x size | time | MB/s | lines out | removed |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        for megabytes in args.mb:
            data, paragraphs = build_page(megabytes)
            path.write_bytes(data)
            size = len(data) / 1e6
            del data
            floor, _ = measure([sys.executable, "-c", CHILD, str(path), "read"])
            peak, report = measure([sys.executable, "-c", CHILD, str(path), stage])
            seconds = report["seconds"]
            print(
                f"| {size:.1f} MB | {paragraphs:,} | {floor:.0f} MB | {peak:.0f} MB | {peak / size:.1f}x"
                f" | {seconds:.1f} s | {size / seconds:.2f} | {int(report['lines']):,} | {int(report['removed']):,} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
