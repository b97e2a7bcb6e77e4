#!/usr/bin/env python3
"""How well ``vnnews_clean.lines.flattened`` cuts pages flattened to one line.

    python benchmarks/flattened.py                      # baomoi-500 and the real-dev 24h pages
    python benchmarks/flattened.py --show 5             # also print the worst cuts and misses
    python benchmarks/flattened.py --real-dev ../shared/eval/real-dev   # from a worktree elsewhere

1. baomoi-500, each article (title and paragraphs) joined into one line with single spaces, as a
   crawl that stores page text in one cell does:
   - boundary recall: the share of the original line breaks that are piece boundaries;
   - false splits: piece boundaries inside an original paragraph that do not follow sentence
     punctuation (".", "?", "!", "…", ":", ";", perhaps inside closing quotes), i.e. that fall inside
     an original sentence; shown per reason;
   - is_flattened on the articles as they are (one paragraph per line: must be False) and joined
     (should be True for articles long enough to be a page).
2. The real-dev pages flattened to one line (inputs of one line holding a whole page; the 24h pages):
   gold lines are located in the input, and each piece is judged against them:
   - gold lines that are exactly a piece (line recall of the pieces) and gold lines whose start and
     end are both piece boundaries (a labeller can rebuild them by joining pieces);
   - straddling pieces: pieces that hold both gold text and furniture (no labeller can be right);
   - oracle word and line P/R/F1: keep the pieces whose characters are mostly gold and score them
     as score.py does (canon: NFC, runs of spaces collapsed; bag of words; lines as a multiset) —
     the best a labeller can do with these pieces; "whole" keeps the input line as it is.
3. With ``--pages FILE...``: local copies of real crawls (not committed: third-party text), each a
   JSON list of records with a "content" string, or a text file that is one document: how many are
   flattened, how many pieces and why each starts (``--show``: examples of the cuts that are not
   plain sentence ends, with the text before them).
"""

from __future__ import annotations

import argparse
import bisect
import collections
import itertools
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_clean import DEFAULT, articles
from quality import canon, prf, read_gold, words

from vnnews_clean.lines.flattened import Piece, flattened_pieces, is_flattened

ROOT = Path(__file__).resolve().parent.parent
# the shared corpus beside the checkout, else the copy the tests use (the same file)
CORPUS = DEFAULT if DEFAULT.exists() else ROOT / "tests" / "data" / "baomoi-500.txt"
REAL_DEV = ROOT.parent / "shared" / "eval" / "real-dev"
_AFTER_PUNCTUATION = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def flatten(article: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The article's lines joined by single spaces; where each original line starts; each line's span."""
    parts = [" ".join(line.split()) for line in article.splitlines()]
    parts = [p for p in parts if p]
    starts, spans, pos = [], [], 0
    for part in parts:
        starts.append(pos)
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return " ".join(parts), starts, spans


def baomoi(corpus: Path, show: int) -> None:
    docs = articles(corpus)
    found = total = 0
    inside: collections.Counter[str] = collections.Counter()
    inside_ok: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    misses: list[str] = []
    pieces_n = 0
    flagged_as_is = [i for i, doc in enumerate(docs) if is_flattened(doc)]
    joined_flagged = 0
    joined_long = 0
    for doc in docs:
        line, starts, spans = flatten(doc)
        pieces = flattened_pieces(line)
        pieces_n += len(pieces)
        cuts = {p.start: p for p in pieces[1:]}
        if len(line) >= 2000:
            joined_long += 1
            joined_flagged += is_flattened(line)
        for start in starts[1:]:
            total += 1
            if start in cuts:
                found += 1
            elif len(misses) < show * 4:
                misses.append(line[max(0, start - 60) : start + 60])
        paragraph_of = _owner(spans)
        for start, piece in cuts.items():
            if start in starts:
                continue
            lo = spans[paragraph_of(start)][0]
            before = line[lo:start].rstrip()
            if _AFTER_PUNCTUATION.search(before):
                inside_ok[piece.opens] += 1
            else:
                inside[piece.opens] += 1
                if len(examples[piece.opens]) < show:
                    examples[piece.opens].append(line[max(lo, start - 70) : start + 50])
    print(
        f"{corpus.name}, each article joined into one line: {len(docs)} articles, "
        f"{total} line breaks, {pieces_n} pieces"
    )
    print(f"  boundary recall: {found}/{total} = {found / total:.3f}")
    lines = [flatten(doc)[0] for doc in docs]
    size = sum(len(line.encode()) for line in lines)
    best = min(_cpu_seconds(flattened_pieces, lines) for _ in range(3))
    print(f"  speed: {size / best / 1e6:.1f} MB/s of joined articles (CPU time, best of 3)")
    print(f"  cuts inside a paragraph after sentence punctuation: {sum(inside_ok.values())} {dict(inside_ok)}")
    print(f"  false splits (inside a paragraph, not after punctuation): {sum(inside.values())} {dict(inside)}")
    print(f"  is_flattened, articles as they are: {len(flagged_as_is)} flagged {flagged_as_is}")
    print(f"  is_flattened, joined articles of 2,000+ characters: {joined_flagged}/{joined_long}")
    for why, shown in examples.items():
        for text in shown:
            print(f"    false split [{why}]: …{text}…")
    for text in misses[:show]:
        print(f"    missed break: …{text}…")


def _cpu_seconds(function: Callable[[str], object], lines: list[str]) -> float:
    start = time.process_time()
    for line in lines:
        function(line)
    return time.process_time() - start


def _owner(spans: list[tuple[int, int]]) -> Callable[[int], int]:
    """A function giving the index of the span that holds a position (positions asked in any order)."""
    los = [lo for lo, _ in spans]
    return lambda pos: bisect.bisect_right(los, pos) - 1


def locate(line: str, gold: list[str]) -> list[tuple[int, int]] | None:
    """Spans of the gold lines in ``line`` (which is already canon), searched in order."""
    spans, pos = [], 0
    for g in gold:
        at = line.find(g, pos)
        if at < 0:
            at = line.find(g)
        if at < 0:
            return None
        spans.append((at, at + len(g)))
        pos = at + len(g)
    return spans


def real_dev(folder: Path, show: int) -> None:
    rows: list[tuple[str, int, int, int, int, int]] = []
    totals: collections.Counter[str] = collections.Counter()
    for gold_path in sorted(folder.glob("*.gold.txt")):
        name = gold_path.name[: -len(".gold.txt")]
        source = gold_path.with_name(name + ".input.txt")
        if not source.exists():
            continue
        raw = source.read_text(encoding="utf-8")
        lines = [line for line in raw.splitlines() if line.strip()]
        if len(lines) != 1 or not is_flattened(raw):
            continue
        line = canon(lines[0])
        required, optional = read_gold(gold_path.read_text(encoding="utf-8"))
        spans = locate(line, required)
        if spans is None:
            print(f"  {name}: a gold line is not in the input; skipped")
            continue
        gold_chars = bytearray(len(line))
        for lo, hi in spans:
            gold_chars[lo:hi] = b"\x01" * (hi - lo)
        pieces = flattened_pieces(line)
        starts = {p.start for p in pieces}
        ends = {p.end for p in pieces}
        texts = collections.Counter(p.text for p in pieces)
        exact = sum(1 for g in required if texts[g] > 0)
        rebuilt = sum(1 for lo, hi in spans if lo in starts and hi in ends)
        straddling = [p for p in pieces if 0 < _gold_share(line, gold_chars, p) < 1]
        kept = [p.text for p in pieces if _gold_share(line, gold_chars, p) > 0.5 and p.text not in optional]
        kept_lines = collections.Counter(kept)
        gold_lines = collections.Counter(required)
        hit_lines = sum((gold_lines & kept_lines).values())
        totals["line_tp"] += hit_lines
        totals["line_fp"] += sum(kept_lines.values()) - hit_lines
        totals["line_fn"] += len(required) - hit_lines
        gw = words(required)
        for label, output in (("oracle", kept), ("whole", [line])):
            pw = words(output)
            hit = sum((gw & pw).values())
            totals[f"{label}_tp"] += hit
            totals[f"{label}_fp"] += sum(pw.values()) - hit
            totals[f"{label}_fn"] += sum(gw.values()) - hit
        totals["gold"] += len(required)
        totals["exact"] += exact
        totals["rebuilt"] += rebuilt
        totals["pieces"] += len(pieces)
        totals["straddling"] += len(straddling)
        rows.append((name, len(required), exact, rebuilt, len(pieces), len(straddling)))
        for piece in straddling[:show]:
            print(f"    {name} straddling [{piece.opens}]: {_marked(line, gold_chars, piece)}")
    if not rows:
        print("real-dev: no flattened page found")
        return
    print(f"real-dev flattened pages ({', '.join(r[0] for r in rows)}):")
    print("  page  gold lines  exactly a piece  rebuildable  pieces  straddling")
    for name, gold, exact, rebuilt, count, mixed in rows:
        print(f"  {name:>4}  {gold:>10}  {exact:>15}  {rebuilt:>11}  {count:>6}  {mixed:>10}")
    g = totals["gold"]
    print(
        f"  all: exactly a piece {totals['exact']}/{g} = {totals['exact'] / g:.3f}, "
        f"rebuildable {totals['rebuilt']}/{g} = {totals['rebuilt'] / g:.3f}, "
        f"straddling pieces {totals['straddling']}/{totals['pieces']}"
    )
    p, r, f = prf(totals["line_tp"], totals["line_fp"], totals["line_fn"])
    print(
        f"  line P/R/F1 keeping oracle pieces: {p:.3f} / {r:.3f} / {f:.3f} (a piece is a line; gold lines are "
        "paragraphs)"
    )
    for label in ("oracle", "whole"):
        p, r, f = prf(totals[f"{label}_tp"], totals[f"{label}_fp"], totals[f"{label}_fn"])
        print(f"  word P/R/F1 keeping {label:>6} pieces: {p:.3f} / {r:.3f} / {f:.3f}")


def _gold_share(line: str, gold_chars: bytearray, piece: Piece) -> float:
    """The share of the piece's non-space characters that belong to gold lines."""
    marks = [gold_chars[pos] for pos in range(piece.start, piece.end) if not line[pos].isspace()]
    return sum(marks) / len(marks) if marks else 0.0


def _marked(line: str, gold_chars: bytearray, piece: Piece) -> str:
    """The piece with its furniture parts in [brackets]."""
    out, inside = [], False
    for pos in range(piece.start, piece.end):
        if not line[pos].isspace():
            furniture = not gold_chars[pos]
            if furniture != inside:
                out.append("[" if furniture else "]")
                inside = furniture
        out.append(line[pos])
    return "".join(out) + ("]" if inside else "")


def pages(paths: list[Path], show: int) -> None:
    docs: list[str] = []
    for path in paths:
        if path.suffix == ".json":
            records = json.loads(path.read_text(encoding="utf-8"))
            docs += [r["content"] if isinstance(r, dict) else r for r in records]
        else:
            docs.append(path.read_text(encoding="utf-8"))
    docs = [d for d in docs if isinstance(d, str) and d.strip()]
    flagged = [d for d in docs if is_flattened(d)]
    reasons: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for doc in flagged:
        for line in doc.splitlines():
            pieces = flattened_pieces(line)
            reasons.update(p.opens for p in pieces)
            for before, piece in itertools.pairwise(pieces):
                if piece.opens != "sentence" and len(examples[piece.opens]) < show:
                    examples[piece.opens].append(f"{before.text[-60:]} || {piece.text[:60]}")
    total = sum(reasons.values())
    print(f"pages: {len(docs)} documents, {len(flagged)} flattened, {total} pieces of their lines")
    print("  pieces by why they start: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    for why, shown in examples.items():
        for text in shown:
            print(f"    [{why}] {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="<article> records (baomoi-500)")
    parser.add_argument("--real-dev", type=Path, default=REAL_DEV, help="folder of real-dev cases")
    parser.add_argument("--pages", type=Path, nargs="*", default=[], help="local crawl dumps (.json lists or texts)")
    parser.add_argument("--show", type=int, default=0, help="print this many examples of each kind of error")
    args = parser.parse_args(argv)
    baomoi(args.corpus, args.show)
    if args.real_dev.is_dir():
        real_dev(args.real_dev, args.show)
    if args.pages:
        pages(args.pages, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
