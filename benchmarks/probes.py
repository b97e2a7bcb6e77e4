"""Robustness probes: the real sets' documents rewritten in other shapes real crawls store, scored by word.

    python benchmarks/probes.py [flat|wrap|dump ...] [--width N] [--show]

A rule fitted to the shapes of the documents at hand breaks on the same text stored another way, and the
held-back evaluation is other pages of the same families. Each probe rewrites the real sets' documents
(real-dev and `benchmarks/real`, as `quality.py --all` reads them) and scores `clean` against the same gold
by word (bag of words: the lines no longer match the gold's):

- ``flat``: every text document (extractions, whole-page dumps) joined into one line, as many crawls store
  text;
- ``wrap``: every text document's lines wrapped at ``--width`` columns (default 80), as a dump that kept a
  page's line breaks or a text wrapped at a width has them;
- ``dump``: every HTML article page as a whole-page text dump, one string of the page per line
  (``BeautifulSoup.stripped_strings``, scripts and styles left out), menus and all;
- ``markdown``: every HTML article page as a whole-page Markdown dump, as reader services and LLM crawlers
  store pages (links as ``[text](url)``, images as ``![alt](src)``, headings with ``#``, list items with
  ``*``, blocks between blank lines), menus and all;
- ``anon``: every HTML article page with each class and id renamed to a random token, cleaned by
  ``clean_html``: a site whose template no lexicon knows.

Each prints word precision, recall and F1 over the probe's documents, beside the same documents as given.
Recall is the figure to watch: no rewriting should lose article text.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import quality as Q

import vnnews_clean


def flat(raw: str, width: int) -> str:
    return " ".join(line.strip() for line in raw.splitlines() if line.strip())


def wrap(raw: str, width: int) -> str:
    return "\n".join(piece for line in raw.splitlines() for piece in (textwrap.wrap(line, width) or [""]))


def dump(raw: str, width: int) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return "\n".join(" ".join(text.split()) for text in soup.stripped_strings)


_BLOCKS = frozenset(
    "address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header "
    "li main nav ol p section table td th tr ul".split()
)


def _image(picture: Any) -> str:
    alt = " ".join(str(picture.get("alt") or "").split())
    return f"![{alt}]({picture.get('src') or ''})"


def markdown(raw: str, width: int) -> str:
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(raw, "lxml")
    for element in soup(["script", "style", "noscript", "template", "head", "svg", "iframe"]):
        element.decompose()
    blocks: list[str] = []
    pending: list[str] = []

    def flush(prefix: str = "") -> None:
        text = " ".join("".join(pending).split())
        pending.clear()
        if text:
            blocks.append(prefix + text)

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:
                    pending.append(str(child))
            elif isinstance(child, Tag):
                name = child.name
                if name == "img":
                    pending.append(f" {_image(child)} ")
                elif name == "a" and child.get("href"):
                    inner = " ".join(child.get_text(" ").split())
                    images = [_image(picture) for picture in child("img")]
                    label = inner or " ".join(images)
                    if label:
                        pending.append(f" [{label}]({child['href']}) ")
                elif name == "br":
                    flush()
                elif name in _BLOCKS:
                    flush()
                    walk(child)
                    level = name[1:] if re.fullmatch(r"h[1-6]", name) else ""
                    flush("#" * int(level) + " " if level else "* " if name == "li" else "")
                else:
                    walk(child)

    walk(soup.body or soup)
    flush()
    return "\n\n".join(blocks)


def anon(raw: str, width: int) -> str:
    def renamed(match: re.Match[str]) -> str:
        tokens = (hashlib.md5(value.encode()).hexdigest()[:6] for value in match[2].split())
        return f'{match[1]}="{" ".join("c" + token for token in tokens)}"'

    return re.sub(r'\b(class|id)="([^"]*)"', renamed, raw)


PROBES = {"flat": flat, "wrap": wrap, "dump": dump, "markdown": markdown, "anon": anon}
# The probes that rewrite HTML pages, and those of them whose result is still an HTML page.
ON_HTML = {"dump", "markdown", "anon"}
HTML_OUT = {"anon"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes", nargs="*", help=f"some of {', '.join(PROBES)} (default: all)")
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--show", action="store_true", help="each document's figures")
    args = parser.parse_args()
    unknown = set(args.probes) - set(PROBES)
    if unknown:
        parser.error(f"no probe {', '.join(sorted(unknown))}: choose from {', '.join(PROBES)}")
    cases, _notes = Q.all_sets()
    real = [c for c in cases if c.group.startswith(("real-dev", "real ")) and not c.group.endswith("flattened page")]
    for name in args.probes or PROBES:
        html = name in ON_HTML
        chosen = [c for c in real if c.is_html == html]
        totals = collections.defaultdict(lambda: [0, 0, 0])
        for case in chosen:
            raw = case.src.read_text(encoding="utf-8")
            required, _optional = Q.read_gold(case.gold.read_text(encoding="utf-8"))
            if not required:
                continue  # a homepage: nothing to lose
            gold = Q.words(required)
            given = vnnews_clean.clean_html(raw, tone_style=None) if html else vnnews_clean.clean(raw, tone_style=None)
            clean = vnnews_clean.clean_html if name in HTML_OUT else vnnews_clean.clean
            probed = clean(PROBES[name](raw, args.width), tone_style=None)
            for mode, out in (("given", given), (name, probed)):
                words = Q.words([Q.canon(line) for line in out.splitlines() if line.strip()])
                hit = sum((gold & words).values())
                extra, missed = sum(words.values()) - hit, sum(gold.values()) - hit
                total = totals[mode]
                total[0], total[1], total[2] = total[0] + hit, total[1] + extra, total[2] + missed
                if args.show and mode == name:
                    p, r, f = Q.prf(hit, extra, missed)
                    figures = f"P={p:.3f} R={r:.3f} F1={f:.3f} extra={extra} missed={missed}"
                    print(f"  {case.group:40} {case.name:5} {figures}")
        for mode, (hit, extra, missed) in totals.items():
            p, r, f = Q.prf(hit, extra, missed)
            print(f"{name:5} {mode:6} docs={len(chosen):3} word P={p:.4f} R={r:.4f} F1={f:.4f}")


if __name__ == "__main__":
    main()
