#!/usr/bin/env python3
"""Time ``vnnews_clean.clean_html`` beside ``trafilatura.extract`` on the same pages, in one run.

    python benchmarks/bench_html.py                         # benchmarks/html_cases/*.input.html
    python benchmarks/bench_html.py saved_pages/ --rounds 7 --also readability

Every round times each system once over all pages (the order of the systems alternates from round
to round, so neither always runs on a warm cache); a system's figure is its best round. Both get
the page as ``str``, as a crawler that already decoded it would pass it. Prints pages/s and MB/s
(MB of UTF-8 input) per system and the ratio to trafilatura.

The gold pages are light (about 13 kB: little script). Real article pages weigh 100-400 kB, most of
it inline script, style, SVG icons and empty ad slots; ``--ballast 150`` adds about that many kB of
such markup to every page (half in <head>, half at the top of <body>) to time that case too.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def systems(also: list[str]) -> dict[str, Callable[[str], object]]:
    import trafilatura

    import vnnews_clean

    out: dict[str, Callable[[str], object]] = {
        "vnnews_clean.clean_html": vnnews_clean.clean_html,
        "trafilatura.extract": trafilatura.extract,
    }
    if "readability" in also:
        from readability import Document

        out["readability-lxml"] = lambda page: Document(page).summary()
    if "justext" in also:
        import justext

        stop = justext.get_stoplist("Vietnamese")
        out["justext"] = lambda page: justext.justext(page.encode("utf-8"), stop, encoding="utf-8")
    return out


def ballast(kb: int) -> tuple[str, str]:
    """Inline script/style for <head> and SVG icons, tracking pixels and ad slots for <body>, ~kb kB in all."""
    js = 'window.__ADS=window.__ADS||[];(function(w,d){var s=d.createElement("script");s.async=!0;s.src="https://x/a.js";})(window,document);\n'
    css = ".box-category .item-news{margin:0 0 15px;padding:0;border-bottom:1px solid #e5e5e5}\n"
    svg = (
        '<svg class="ic" width="24" height="24" viewBox="0 0 24 24">'
        '<path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"/></svg>'
    )
    slot = (
        '<div class="ads banner" id="adm_{n}" data-zone="{n}">'
        '<img src="https://px/{n}.gif" width="1" height="1" alt=""></div>'
    )
    half = kb * 500
    head = "<script>" + js * (half // 2 // len(js)) + "</script><style>" + css * (half // 2 // len(css)) + "</style>"
    body, n = [], 0
    while sum(map(len, body)) < half:
        body.append(svg if n % 2 else slot.format(n=n))
        n += 1
    return head, "".join(body)


def time_once(fn: Callable[[str], object], pages: list[str]) -> float:
    gc.collect()
    t0 = time.perf_counter()
    for page in pages:
        fn(page)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", type=Path, nargs="?", default=HERE / "html_cases", help="folder of .html pages")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--also", default="", help="comma-separated extra peers: readability,justext")
    ap.add_argument("--ballast", type=int, default=0, help="add about this many kB of script/style/SVG per page")
    a = ap.parse_args(argv)
    paths = sorted(p for p in a.pages.iterdir() if p.suffix in (".html", ".htm"))
    if not paths:
        raise SystemExit(f"no .html pages in {a.pages}")
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    if a.ballast:
        in_head, in_body = ballast(a.ballast)
        pages = [p.replace("</head>", in_head + "</head>", 1).replace("<body>", "<body>" + in_body, 1) for p in pages]
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    fns = systems([x for x in a.also.split(",") if x])
    for fn in fns.values():  # warm-up: imports, regex compilation, lxml's first parse
        fn(pages[0])
    best = dict.fromkeys(fns, float("inf"))
    names = list(fns)
    for r in range(a.rounds):
        for name in names if r % 2 == 0 else reversed(names):
            best[name] = min(best[name], time_once(fns[name], pages))
    print(f"{len(pages)} pages, {mb:.2f} MB ({mb * 1e3 / len(pages):.1f} kB/page), best of {a.rounds} rounds")
    print("| system | pages/s | MB/s | ms/page | vs trafilatura |")
    print("|---|---:|---:|---:|---:|")
    ref = best["trafilatura.extract"]
    for name, s in best.items():
        print(f"| {name} | {len(pages) / s:.1f} | {mb / s:.2f} | {s * 1e3 / len(pages):.2f} | {ref / s:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
