"""Histograms of the quality signals over a corpus, with the default thresholds drawn in.

    python benchmarks/signal_histograms.py [CORPUS] [--out docs/signals]   # default: ../shared/corpora/baomoi-500.txt

Each article is cleaned with ``clean_document`` (as the command does before
``--signals``) and measured with ``quality_signals(text, result, language=True)`` (without the
``language`` extra: language=False, and ``min_language_score`` drops nothing). One PNG per
thresholded signal is written to ``--out``; each draws the default threshold
of ``QualityFilter`` as a red line and gives in its title the share of
documents that this threshold alone drops. The table of those shares is
printed as Markdown (docs/quality-signals.md holds a copy).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # after the backend is chosen
from bench_clean import DEFAULT, articles

from vnnews_clean import QualityFilter, QualitySignals, clean_document, quality_signals
from vnnews_clean.quality import DEFAULTS, REASONS
from vnnews_clean.quality.filter import _value as filter_value
from vnnews_clean.quality.language import available as language_available

OUT = Path(__file__).resolve().parent.parent / "docs" / "signals"


def value(signals: QualitySignals, threshold: str) -> float:
    """The number a threshold compares (what ``QualityFilter`` compares; 0 where it skips the check)."""
    measured = filter_value(signals, threshold)
    return 0.0 if measured is None else measured


def dropped(values: list[float], threshold: str, limit: float) -> int:
    """Documents this threshold alone drops."""
    if threshold.startswith("min_"):
        return sum(v < limit for v in values)
    return sum(v > limit for v in values)


def plot(name: str, values: list[float], limits: dict[str, float | None], out: Path) -> str:
    """One histogram PNG with a line per threshold on this signal; returns its file name."""
    figure, axes = plt.subplots(figsize=(5, 3))
    axes.hist(values, bins=40, color="#4878a8")
    titles = []
    for threshold, limit in limits.items():
        if limit is None:
            titles.append(f"{threshold}: off")
            continue
        share = dropped(values, threshold, limit) / len(values)
        if min(values) <= limit <= max(values) * 1.5:  # a far limit (max_syllables) would squash the bars
            axes.axvline(limit, color="#c03030", linewidth=1.5)
        titles.append(f"{threshold} = {limit:g}: drops {share:.1%}")
    axes.set_title("\n".join(titles), fontsize=9)
    axes.set_xlabel(name, fontsize=8)
    axes.set_ylabel("documents", fontsize=8)
    axes.tick_params(labelsize=7)
    figure.tight_layout()
    path = out / f"{name}.png"
    figure.savefig(path, dpi=80)
    plt.close(figure)
    return path.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, default=OUT, help="directory for the PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    measured = []
    for doc in articles(args.corpus):
        result = clean_document(doc)
        measured.append(quality_signals(result.text, result, language=language_available()))
    keep = sum(QualityFilter().check(s).keep for s in measured)
    print(f"{len(measured)} documents, {keep} kept by the default filter\n")
    print("| threshold | default | reason | dropped | histogram |")
    print("| --- | --- | --- | --- | --- |")
    by_signal: dict[str, dict[str, float | None]] = {}
    for threshold, limit in DEFAULTS.items():
        by_signal.setdefault("pii" if threshold == "max_pii" else threshold[4:], {})[threshold] = limit
    for name, limits in by_signal.items():
        values = [value(s, next(iter(limits))) for s in measured]
        png = plot(name, values, limits, args.out)
        for threshold, limit in limits.items():
            if limit is None:
                share = "off"
            else:
                count = dropped(values, threshold, limit)
                share = f"{count} ({count / len(values):.1%})"
            shown = "None (off)" if limit is None else f"{limit:g}"
            print(f"| `{threshold}` | {shown} | `{REASONS[threshold]}` | {share} | [{png}](signals/{png}) |")


if __name__ == "__main__":
    main()
