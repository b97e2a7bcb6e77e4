"""Precision and recall of mask_pii on hand-labelled real spans (tests/data/pii_spans.tsv).

    python benchmarks/pii_eval.py            # the figures, and every span it gets wrong
    python benchmarks/pii_eval.py --opt-in   # also: how often the opt-in kinds fire on baomoi-500

A span is found when masking its context replaces exactly the span by the
placeholder of its kind and changes nothing else (an exact-span match). A
labelled span masked wrongly counts as missed, and every placeholder that the
context did not call for counts against the precision of its kind.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from vnnews_clean import mask_pii
from vnnews_clean.quality import patterns as P

ROOT = Path(__file__).resolve().parent.parent
SPANS = ROOT / "tests" / "data" / "pii_spans.tsv"
CORPUS = ROOT / "tests" / "data" / "baomoi-500.txt"
MEASURED = ("phone", "email")
_PLACEHOLDER = re.compile("|".join(map(re.escape, P.PLACEHOLDERS.values())))
_KIND_OF = {placeholder: kind for kind, placeholder in P.PLACEHOLDERS.items()}


@dataclass(frozen=True)
class Span:
    kind: str  # "phone", "email" or "none"
    span: str
    context: str
    source: str

    def expected(self) -> str:
        if self.kind == "none":
            return self.context
        return self.context.replace(self.span, P.PLACEHOLDERS[self.kind], 1)


def load(path: Path = SPANS) -> list[Span]:
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            spans.append(Span(*line.split("\t")))
    return spans


@dataclass
class Score:
    found: Counter[str]  # true positives per kind
    missed: Counter[str]
    wrong: Counter[str]  # placeholders where none was called for (or in the wrong place)
    errors: list[tuple[Span, str]]

    def precision(self, kind: str) -> float:
        return self.found[kind] / max(1, self.found[kind] + self.wrong[kind])

    def recall(self, kind: str) -> float:
        return self.found[kind] / max(1, self.found[kind] + self.missed[kind])


def score(spans: list[Span]) -> Score:
    result = Score(Counter(), Counter(), Counter(), [])
    for span in spans:
        masked = mask_pii(span.context)
        if masked == span.expected():
            if span.kind != "none":
                result.found[span.kind] += 1
            continue
        result.errors.append((span, masked))
        if span.kind != "none":
            result.missed[span.kind] += 1
        result.wrong.update(_KIND_OF[p] for p in _PLACEHOLDER.findall(masked))
    return result


def opt_in_hits(corpus: Path = CORPUS) -> dict[str, list[str]]:
    """What each opt-in kind masks in ``corpus`` (every hit there is a number to look at)."""
    text = corpus.read_text(encoding="utf-8")
    return {kind: P.SINGLE[kind].findall(text) for kind in P.PLACEHOLDERS if kind not in P.DEFAULT_KINDS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--opt-in", action="store_true", help="count the opt-in kinds' hits on baomoi-500")
    args = parser.parse_args()
    spans = load()
    result = score(spans)
    counts = Counter(span.kind for span in spans)
    print(f"{len(spans)} spans: {', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}")
    for kind in MEASURED:
        print(
            f"{kind:6} precision {result.precision(kind):.3f} recall {result.recall(kind):.3f}"
            f"  (found {result.found[kind]}, missed {result.missed[kind]}, wrong {result.wrong[kind]})"
        )
    for span, masked in result.errors:
        print(f"  {span.kind:5} {span.span!r}: {masked!r}  [{span.source}]")
    if args.opt_in:
        for kind, hits in opt_in_hits().items():
            print(f"{kind}: {len(hits)} hits on {CORPUS.name}: {hits[:20]}")


if __name__ == "__main__":
    main()
