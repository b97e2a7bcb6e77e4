"""Near-duplicate recall and false merges on real articles and realistic variants.

    python benchmarks/dedup_eval.py [--corpus tests/data/baomoi-500.txt] [--variants 6] [--no-datatrove]
                                    [--against REVISION]

Each of the 500 baomoi articles (title and body; ``tests/data/baomoi-500.txt``, the same file as
``/work/shared/corpora/baomoi-500.txt``: there are 500 articles, not 1,000) gets ``--variants``
near-copies made as copies are made on news sites, with a drawn intensity:

- ``edited``: a few words rewritten in 1 to 8 sentences (a corrected figure, a reworded clause);
- ``dropped``: 1 to 3 paragraphs left out;
- ``added``: 1 or 2 paragraphs of another article added (an update, a box);
- ``boilerplate``: 2 to 5 lines of a site's header, footer and related links added;
- ``mixed``: edited, a paragraph dropped and boilerplate added;
- ``truncated``: cut at a word boundary after 70 % to 95 % of its syllables (a teaser, a feed
  excerpt), half of them ending with a "read more" line.

The true Jaccard similarity of each pair is measured on the shingle sets
(:func:`vnnews_clean.dedup.shingles`: 5-syllable shingles of the normalized text) and the pairs
are binned by it; truncated copies are also binned by the share kept. Recall: the share of the
pairs in a bin whose copy is found a duplicate of its original (ours: a
:class:`NearDeduplicator` holding the original; datatrove: the two share one of the 14 buckets
of datatrove's MinHash with FineWeb-2's settings, 5-grams, 14 buckets of 8 hashes, 64-bit
xxhash, its ``simplify_text``; datatrove's Vietnamese word tokenizer is spaCy's, which needs
``spacy`` and ``pyvi``, so when spaCy is missing the words are split on white space, which
for Vietnamese gives syllables).

False merges: documents of different articles taken for duplicates: (1) the 500 articles,
(2) 1,000 half-articles (each article cut in two at its middle paragraph, the title with the
first half), (3) all articles and all variants in one keep-first run, a variant matched to
another article's document.

``--against REVISION``: also the recall of that git revision's ``NearDeduplicator`` (its own
defaults), and its false merges on the articles and half-articles.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_ab import export

from vnnews_clean.dedup import NearDeduplicator, shingles

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "baomoi-500.txt"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)
KINDS = ("edited", "dropped", "added", "boilerplate", "mixed", "truncated")
BINS = ((0.9, 1.01), (0.85, 0.9), (0.8, 0.85), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6))
CUTS = ((0.70, 0.80), (0.80, 0.90), (0.90, 0.96))
BOILERPLATE = [
    "Xem thêm: Tin tức mới nhất trong ngày",
    "Theo dõi chúng tôi trên Facebook và Zalo để cập nhật tin tức nhanh nhất",
    "Bản quyền © 2024 thuộc về Báo điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này",
    "Đường dây nóng: 0912 345 678 - Email: toasoan@baodientu.vn",
    "Tin liên quan:",
    "Chia sẻ bài viết lên mạng xã hội",
    "Mời quý độc giả đón đọc các bài viết tiếp theo",
    "Quảng cáo",
]
REWRITES = [
    "theo số liệu mới cập nhật",
    "cho biết thêm rằng",
    "trong những ngày gần đây",
    "theo thông tin từ cơ quan chức năng",
    "vào chiều cùng ngày",
    "đã được xác nhận",
]
READ_MORE = "... Đọc tiếp tại trang gốc"


def load(path: Path) -> list[list[str]]:
    """The articles as lists of lines: the title, then the body's non-empty lines."""
    found = ARTICLE.findall(path.read_text(encoding="utf-8"))
    return [[title.strip(), *(line.strip() for line in body.split("\n") if line.strip())] for title, body in found]


def edit(lines: list[str], draw: random.Random, sentences: int) -> list[str]:
    lines = list(lines)
    for _ in range(sentences):
        at = draw.randrange(len(lines))
        words = lines[at].split()
        if len(words) < 6:
            continue
        start = draw.randrange(len(words) - 4)
        words[start : start + draw.randint(2, 4)] = draw.choice(REWRITES).split()
        lines[at] = " ".join(words)
    return lines


def variant(kind: str, lines: list[str], other: list[str], draw: random.Random) -> tuple[list[str], float]:
    """A near-copy of an article (lines) and the share of syllables kept (1.0 unless truncated)."""
    body = lines[1:]
    if kind == "edited":
        return edit(lines, draw, draw.randint(1, 8)), 1.0
    if kind == "dropped" and len(body) > 1:
        drop = set(draw.sample(range(len(body)), min(len(body) - 1, draw.randint(1, 3))))
        return [lines[0], *(line for i, line in enumerate(body) if i not in drop)], 1.0
    if kind == "added":
        extra = other[1:][: draw.randint(1, 2)]
        at = draw.randint(1, len(lines))
        return [*lines[:at], *extra, *lines[at:]], 1.0
    if kind == "boilerplate":
        top, bottom = draw.sample(BOILERPLATE, draw.randint(2, 5)), [other[0]]
        cut = draw.randint(0, len(top))
        return [*top[:cut], *lines, *top[cut:], *bottom], 1.0
    if kind == "mixed":
        edited = edit(lines, draw, draw.randint(1, 3))
        if len(edited) > 2:
            del edited[draw.randrange(1, len(edited))]
        return [*edited, *draw.sample(BOILERPLATE, 2)], 1.0
    # truncated (or a one-paragraph article for "dropped")
    share = draw.uniform(0.70, 0.95)
    words = "\n".join(lines).replace("\n", " \n ").split(" ")
    syllables = [i for i, w in enumerate(words) if w.strip()]
    keep = syllables[min(len(syllables) - 1, max(0, round(share * len(syllables)) - 1))] + 1
    cut = " ".join(words[:keep]).replace(" \n ", "\n").split("\n")
    if draw.random() < 0.5:
        cut.append(READ_MORE)
    kept = len([w for w in words[:keep] if w.strip()]) / len(syllables)
    return cut, kept


def jaccard(a: list[str], b: list[str]) -> tuple[float, float]:
    """True Jaccard similarity of the shingle sets of two documents, and containment of b in a."""
    x, y = set(shingles("\n".join(a)).tolist()), set(shingles("\n".join(b)).tolist())
    common = len(x & y)
    return common / len(x | y), common / len(y)


def ours(original: str, copy: str, make: type = NearDeduplicator) -> bool:
    near = make()
    near.match(original, 0)
    return near.match(copy, 1) == 0


class Datatrove:
    """datatrove's MinHash, FineWeb-2 settings, run in memory on pairs: its buckets, no files."""

    def __init__(self) -> None:
        from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
        from datatrove.utils.hashing import HashConfig
        from datatrove.utils.word_tokenizers import WordTokenizer, load_word_tokenizer

        class Spaces(WordTokenizer):  # datatrove's WhitespaceTokenizer needs spaCy too
            def word_tokenize(self, text: str) -> list[str]:
                return text.split()

            def sent_tokenize(self, text: str) -> list[str]:
                return [text]

            def span_tokenize(self, text: str) -> list[tuple[int, int]]:
                return [match.span() for match in re.finditer(r"\S+", text)]

        config = MinhashConfig(
            n_grams=5, num_buckets=14, hashes_per_bucket=8, hash_config=HashConfig(precision=64, hash_fc="sha1")
        )
        try:
            tokenizer = load_word_tokenizer("vie_Latn")
            tokenizer.word_tokenize("Hà Nội")
            self.tokenizer = "spaCy vi"
        except ImportError:
            tokenizer, self.tokenizer = Spaces("vi"), "white space (spaCy missing)"
        self.step = MinhashDedupSignature("/tmp/unused-dedup-eval", config=config, language=tokenizer)

    def buckets(self, text: str) -> list[tuple[int, ...]]:
        shingled = self.step.get_shingles(text)
        return [tuple(b) for b in self.step.get_signature(shingled)] if shingled.size else []

    def pair(self, original: str, copy: str) -> bool:
        return any(a == b for a, b in zip(self.buckets(original), self.buckets(copy), strict=False))

    def merges(self, texts: list[str], article=lambda number: number) -> int:
        """Pairs of texts of different articles that share a bucket."""
        seen: dict[tuple[int, tuple[int, ...]], int] = {}
        pairs = set()
        for number, text in enumerate(texts):
            for band, sig in enumerate(self.buckets(text)):
                first = seen.setdefault((band, sig), number)
                if article(first) != article(number):
                    pairs.add((first, number))
        return len(pairs)


def near_merges(texts: list[str], article=lambda number: number) -> tuple[int, int]:
    """Documents matched to a document of another article, and to one of their own article."""
    near = NearDeduplicator()
    matches = [(number, near.match(text, number)) for number, text in enumerate(texts)]
    found = [(article(n), article(m)) for n, m in matches if m is not None]
    return sum(a != b for a, b in found), sum(a == b for a, b in found)


def share(hits: list[bool]) -> str:
    return f"{sum(hits):4}/{len(hits):<4} {sum(hits) / len(hits):6.3f}" if hits else "     -          "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--variants", type=int, default=6, help="near-copies per article (kinds in turn)")
    parser.add_argument("--no-datatrove", action="store_true")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--against", metavar="REVISION", help="also the recall of a git revision's NearDeduplicator")
    args = parser.parse_args()
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            export(args.against, Path(tmp))
            sys.path.insert(0, tmp)
            run(args, importlib.import_module("vnnews_ref.dedup").NearDeduplicator)
    else:
        run(args, None)


def run(args: argparse.Namespace, before: type | None) -> None:
    arts = load(args.corpus)
    draw = random.Random(args.seed)
    trove = None
    if not args.no_datatrove:
        try:
            trove = Datatrove()
        except ImportError as error:
            print(f"datatrove not run: {error}")
    pairs = []  # (article, kind, text, jaccard, containment, kept share)
    for number, lines in enumerate(arts):
        for v in range(args.variants):
            kind = KINDS[(number + v) % len(KINDS)]
            other = arts[draw.choice([i for i in range(len(arts)) if i != number])]
            copy, kept = variant(kind, lines, other, draw)
            similarity, contained = jaccard(lines, copy)
            pairs.append((number, kind, "\n".join(copy), similarity, contained, kept))
    texts = ["\n".join(lines) for lines in arts]
    start = time.process_time()
    found = [ours(texts[number], copy) for number, _, copy, *_ in pairs]
    seconds = time.process_time() - start
    theirs = [trove.pair(texts[number], copy) for number, _, copy, *_ in pairs] if trove else None
    if before is not None:  # the revision's figures stand where datatrove's would
        theirs = [ours(texts[number], copy, before) for number, _, copy, *_ in pairs]
        trove = None
        print(f"second column: NearDeduplicator of {args.against}")
    print(
        f"{len(arts)} articles, {len(pairs)} near-copies ({args.variants} each, seed {args.seed}), ours {seconds:.1f} s"
    )
    if trove:
        print(f"datatrove MinHash, FineWeb-2 settings (5-grams, 14 x 8, 64-bit), words split by {trove.tokenizer}")
    header = f"{'':24} {'ours':>16}   {args.against or 'datatrove':>16}"

    def row(label: str, chosen: list[int], tail: str = "") -> None:
        other = share([theirs[i] for i in chosen]) if theirs else ""
        print(f"{label:24} {share([found[i] for i in chosen])}   {other}{tail}")

    print(f"\nrecall by true Jaccard similarity of the shingle sets\n{header}")
    for low, high in BINS:
        chosen = [i for i, p in enumerate(pairs) if low <= p[3] < high]
        label = f"J {low:.2f}-{min(high, 1.0):.2f}"
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(_count(pairs, chosen).items()))
        row(label, chosen, f"   ({kinds})")
    above = [i for i, p in enumerate(pairs) if p[3] >= 0.8]
    row("J >= 0.80", above)
    print(f"\ntruncated copies by the share of syllables kept\n{header}")
    for low, high in CUTS:
        chosen = [i for i, p in enumerate(pairs) if p[1] == "truncated" and low <= p[5] < high]
        label = f"kept {low:.0%}-{min(high, 0.95):.0%}"
        row(label, chosen)
    chosen = [i for i, p in enumerate(pairs) if p[1] == "truncated"]
    row("all truncated", chosen)
    print(f"\nrecall by kind\n{header}")
    for kind in KINDS:
        chosen = [i for i, p in enumerate(pairs) if p[1] == kind]
        row(kind, chosen)
    halves = []
    for lines in arts:
        middle = max(2, (len(lines) + 1) // 2)
        halves += ["\n".join(lines[:middle]), "\n".join(lines[middle:]) or lines[-1] + " (hết)"]
    print("\nfalse merges (documents of different articles taken for duplicates)")
    print(
        f"  {len(texts)} articles:       ours {near_merges(texts)[0]}"
        + (f", datatrove {trove.merges(texts)} pairs" if trove else "")
    )
    ours_halves = near_merges(halves, lambda n: n // 2)
    line = f"  {len(halves)} half-articles: ours {ours_halves[0]}"
    if trove:
        line += f", datatrove {trove.merges(halves, lambda n: n // 2)} pairs"
    print(f"{line} (two halves of one article taken for duplicates: ours {ours_halves[1]}, not counted)")
    near = NearDeduplicator()
    owner: dict[object, int] = {}
    for number, text in enumerate(texts):
        near.match(text, ("article", number))
        owner[("article", number)] = number
    order = list(range(len(pairs)))
    random.Random(args.seed).shuffle(order)
    cross, missed = 0, 0
    for at in order:
        number, _, copy, *_ = pairs[at]
        first = near.match(copy, ("copy", at))
        if first is None:
            owner[("copy", at)] = number
            missed += 1
        elif owner[first] != number:
            cross += 1
    print(
        f"  one keep-first run of the articles, then the {len(pairs)} copies shuffled: {cross} copies matched to "
        f"another article, {missed} kept as new"
    )


def _count(pairs: list, chosen: list[int]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for i in chosen:
        counts[pairs[i][1]] += 1
    return counts


if __name__ == "__main__":
    main()
