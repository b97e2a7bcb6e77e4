#!/usr/bin/env python3
"""Good/junk benchmark of the default QualityFilter against datatrove's filters (issue 21).

    python benchmarks/filter_eval.py                      # the tables (held-out and all)
    python benchmarks/filter_eval.py --kinds              # what each kind is, counts, an example
    python benchmarks/filter_eval.py --show 3             # 3 misjudged documents per system and side
    python benchmarks/filter_eval.py --shared ../shared --real-cache benchmarks/real/cache

Every document is real text or is derived mechanically from real text; no sentence is written here.
The text is read at run time from ``../shared`` and ``benchmarks/real`` (never copied into the repository).

Good documents:
  good          the 500 articles of ``../shared/corpora/baomoi-500.txt`` (title and body, as
                ``bench_clean.articles`` reads them), and the real pages of ``../shared/eval/real-dev``
                and ``benchmarks/real/cache`` (rebuilt by ``benchmarks/real/rebuild.py``) whose gold is not empty
  good-one-line each baomoi article with its lines joined by a space (a crawl that flattened the page)

Junk documents, by kind (``--kinds`` prints them with an example):
  navigation    a page's lines that its gold leaves out (menus, bylines, captions, related lists, footers):
                input lines of real-dev, benchmarks/real and its cache that are neither gold nor optional, nor
                hold a gold line; the homepages (empty gold) whole
  links         the texts of a saved HTML page's ``<a>`` links, 30 to a document
  headlines     a list of other articles' titles: 10 consecutive baomoi titles, one a line
  keywords      SEO keyword lists: the ``Tags:`` lines and ``<meta name="keywords">`` of the real pages, and for
                baomoi articles the title in lower case followed by the runs of capitalised words of the body
                (the names tags are made of), comma-separated on one line
  foreign       other-language text: /usr/share/vim/vim90/tutor/tutor.*.utf-8 (and the English ``tutor``; not
                tutor.vi),
                15 non-empty lines to a document, 3 documents a language
  mojibake      a baomoi article as UTF-8 read as Windows-1252, Latin-1, or twice (``encodings.misread``)
  legacy        a baomoi article written in TCVN3, VNI, VISCII or Windows-1258 and read as Windows-1252
  repetition    a baomoi article with its lines joined, repeated 4 times on one line
  fragment      the first 5 to 8 words of a baomoi article's clean text
  homoglyph     a baomoi article's clean text with most Latin letters that have a Cyrillic or Greek look-alike
                replaced by it (look-alike-letter spam)

Every document is judged on the text ``vnnews_clean.clean_document`` gives (HTML pages:
``clean_html_document``), by every system alike: the filter judges clean text. Three exceptions: mojibake,
legacy and repetition documents are judged as they are, because clean gives nearly every one of them back as the
article's clean text (it repairs the encodings and drops the repeated copies; ``--kinds`` counts them): on them
the table measures the filter as a guard for text that did not go through ``clean``. A document that clean
empties is dropped by every system (the command drops it as ``empty``).

Held-out: the default thresholds were chosen on baomoi-500 (``docs/quality-signals.md``); the first half
(articles 0-249) counts as the fitting set. "held-out" is every document not made from those 250 articles
(baomoi 250-499 and what is derived from them, the real pages and what is derived from them, the tutor files);
"all" is every document.

Systems (each on the same text):
  vnnews_clean     ``QualityFilter().check(quality_signals(text, result))``, defaults
  vnnews_clean+language  the same with ``language=True``: also ``not_vietnamese_language`` (the ``language``
                   extra, or the system is skipped)
  fineweb2-vie     FineWeb-2's filtering step for ``vie_Latn``: datatrove's ``GopherRepetitionFilter``,
                   ``FineWebQualityFilter`` and ``GopherQualityFilter`` with the thresholds and stop words of
                   ``configs/vie_Latn.yml`` and the overrides of ``fineweb-2-pipeline.py`` (step 5), both in
                   github.com/huggingface/fineweb-2 at commit d0defb24f193bb9a5a11b8b14524a03c4858e1b6;
                   ``language="vie_Latn"`` (datatrove's spaCy + pyvi word tokenizer: needs ``pip install spacy
                   pyvi``, or the system is skipped). Its language-score filter (GlotLID score >= 0.802) is not
                   applied: no model is loaded here.
  fineweb          ``FineWebQualityFilter()`` (defaults: English)
  c4               ``C4QualityFilter()`` (defaults)
  gopher           ``GopherRepetitionFilter()`` then ``GopherQualityFilter()`` (defaults: English stop words)
Each datatrove filter's ``.filter(Document)`` is called directly (no executor); the first that refuses names
the reason.

Measures: good dropped (count, share), junk dropped per kind, precision of drops (junk dropped / all dropped)
and junk recall (junk dropped / junk).
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_clean import articles  # noqa: E402  (a sibling script)
from make_cases import canon  # noqa: E402  (the scorer's comparison of lines)

from vnnews_clean import QualityFilter, clean_document, clean_html_document, quality_signals  # noqa: E402
from vnnews_clean._extras import install_hint  # noqa: E402
from vnnews_clean.quality.language import available as language_available  # noqa: E402

SHARED = ROOT.parent / "shared"
REAL = HERE / "real"
TUTOR = Path("/usr/share/vim/vim90/tutor")
FIT = 250  # baomoi articles 0..FIT-1 are the fitting half

GOOD_KINDS = ("good", "good-one-line")
JUNK_KINDS = (
    "navigation",
    "links",
    "headlines",
    "keywords",
    "foreign",
    "mojibake",
    "legacy",
    "repetition",
    "fragment",
    "homoglyph",
)
RAW_KINDS = frozenset({"mojibake", "legacy", "repetition"})  # judged as they are (clean repairs them)


def _load(name: str, path: Path) -> ModuleType:
    """A script loaded by path (``encodings.py`` shares its name with the standard library's package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- the material


@dataclass(frozen=True)
class Page:
    """A real page: its input as stored, its lines, and its gold (empty for a homepage)."""

    name: str
    raw: str
    is_html: bool
    lines: tuple[str, ...]
    gold: tuple[str, ...]
    optional: tuple[str, ...]
    held_out: bool = True


@dataclass(frozen=True)
class Doc:
    kind: str
    source: str
    text: str  # as it comes, before clean
    held_out: bool
    is_html: bool = False

    @property
    def junk(self) -> bool:
        return self.kind not in GOOD_KINDS


def _gold(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    gold, optional = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("?? "):
            optional.append(canon(line[3:]))
        elif line.strip():
            gold.append(canon(line))
    return tuple(gold), tuple(optional)


def load_pages(folders: Iterable[tuple[str, Path]], committed: dict[str, int] | None = None) -> list[Page]:
    """Every ``NNN.input.*`` with its ``NNN.gold.txt`` in ``folders`` ((label, folder) pairs)."""
    page_lines = _load("bench_real_rebuild", REAL / "rebuild.py").page_lines
    pages = []
    for label, folder in folders:
        for path in sorted(folder.glob("*.input.*")):
            stem = path.name.split(".")[0]
            gold_path = folder / f"{stem}.gold.txt"
            if not gold_path.exists():
                continue
            raw = path.read_text(encoding="utf-8")
            is_html = path.suffix == ".html"
            gold, optional = _gold(gold_path)
            record = (committed or {}).get(stem) if label == "real" else None
            pages.append(
                Page(
                    f"{label}:{stem}",
                    raw,
                    is_html,
                    tuple(page_lines(raw) if is_html else raw.split("\n")),
                    gold,
                    optional,
                    held_out=record is None or record >= FIT,
                )
            )
    return pages


@dataclass
class Material:
    articles: list[str]
    pages: list[Page]  # real-dev and the rebuilt cache: not baomoi
    indices: list[int] = field(default_factory=list)  # each article's index in baomoi-500
    baomoi_pages: list[Page] = field(default_factory=list)  # benchmarks/real's committed baomoi records
    tutors: list[tuple[str, list[str]]] = field(default_factory=list)


def load_tutors(tutor: Path = TUTOR) -> list[tuple[str, list[str]]]:
    """(language, lines) of every vim tutor in UTF-8 but the Vietnamese one."""
    tutors = []
    for path in [*sorted(tutor.glob("tutor.*.utf-8")), tutor / "tutor"]:
        if path.exists():
            lang = path.name.split(".")[1] if path.name != "tutor" else "en"
            if lang == "vi":  # tutor.vi.utf-8 is Vietnamese
                continue
            tutors.append((lang, path.read_text(encoding="utf-8", errors="replace").splitlines()))
    return tutors


def load_material(shared: Path, cache: Path | None, tutor: Path = TUTOR, sample: int | None = None) -> Material:
    """The real text, read from ``shared``, ``benchmarks/real`` and ``cache``; ``sample`` keeps a few of each."""
    arts = articles(shared / "corpora" / "baomoi-500.txt")
    folders = [("real-dev", shared / "eval" / "real-dev")]
    if cache is not None and cache.is_dir():
        folders.append(("real", cache))
    pages = load_pages(folders)
    committed = {k: v["source"]["record"] for k, v in json.loads((REAL / "committed.json").read_text()).items()}
    baomoi_pages = load_pages([("real", REAL)], committed)
    tutors = load_tutors(tutor)
    indices = list(range(len(arts)))
    if sample:  # the first articles of each half
        indices = [*range(sample // 2), *range(FIT, FIT + sample - sample // 2)]
        arts = [arts[i] for i in indices]
        keep = max(2, sample // 5)
        # keep the whole list order but only a few pages, with an HTML page and a homepage among them
        html_pages = [p for p in pages if p.is_html][:2]
        homes = [p for p in pages if not p.gold][:1]
        text_pages = [p for p in pages if not p.is_html and p.gold][:keep]
        pages = [p for p in pages if p in {*html_pages, *homes, *text_pages}]
        baomoi_pages = baomoi_pages[:keep]
        tutors = tutors[:keep]
    return Material(arts, pages, indices, baomoi_pages, tutors)


# ---------------------------------------------------------------- junk, derived mechanically


class _Links(HTMLParser):
    """The text of every ``<a>`` of a page (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.hidden = 0
        self.buf: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag == "a":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(0, self.hidden - 1)
        elif tag == "a" and self.depth:
            self.depth -= 1
            if not self.depth:
                text = canon("".join(self.buf))
                if text:
                    self.links.append(text)
                self.buf.clear()

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self.buf.append(data)


def link_texts(markup: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    parser.close()
    return parser.links


def furniture(page: Page) -> list[str]:
    """The page's lines that are neither gold nor optional nor hold a gold line (a lead with its tag cut off)."""
    keep = set(page.gold) | set(page.optional)
    long_gold = [g for g in page.gold if len(g) >= 20]
    out = []
    for line in page.lines:
        c = canon(line)
        if not c or c in keep or len(c) > 300 or any(g in c for g in long_gold):
            continue
        out.append(c)
    return out


_META_KEYWORDS = re.compile(r"""<meta\s+name=["']keywords["']\s+content=["']([^"']*)["']""", re.IGNORECASE)
_TAGS = re.compile(r"^\s*(tags?|từ khóa|từ khoá)\s*:", re.IGNORECASE)
_CAPITAL_RUN = re.compile(r"(?:\b[^\W\d_][^\W_]*(?:\s+|$)){2,}")


def proper_names(text: str) -> list[str]:
    """Runs of two or more capitalised words (not at a sentence start), each once, in order of appearance."""
    seen: dict[str, None] = {}
    for sentence in re.split(r"(?<=[.!?:])\s+|\n", text):
        words = sentence.split()
        run: list[str] = []
        for i, word in enumerate([*words, ""]):
            token = word.strip(",;()\"'“”")
            if i > 0 and token[:1].isupper() and token[:1].isalpha() and token == word.rstrip(",;"):
                run.append(token)
                continue
            if len(run) >= 2:
                seen.setdefault(" ".join(run), None)
            run = [token] if i > 0 and token[:1].isupper() and token[:1].isalpha() else []
    return list(seen)


_HOMOGLYPHS = {
    "a": "аα",
    "c": "с",
    "e": "е",
    "i": "іι",
    "o": "оο",
    "p": "рρ",
    "x": "хχ",
    "y": "уγ",
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "T": "ТΤ",
    "X": "ХΧ",
    "Y": "Υ",
}


def homoglyphs(text: str, seed: int, share: float = 0.7) -> str:
    draw = random.Random(seed)
    return "".join(draw.choice(_HOMOGLYPHS[ch]) if ch in _HOMOGLYPHS and draw.random() < share else ch for ch in text)


def _flat(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def build(material: Material) -> list[Doc]:
    """Every good and junk document of the benchmark, in a fixed order."""
    enc = _load("bench_encodings", HERE / "encodings.py")
    pairs = list(zip(material.indices or range(len(material.articles)), material.articles, strict=True))

    def held(i: int) -> bool:  # i: the article's index in baomoi-500
        return i >= FIT

    docs: list[Doc] = []
    for i, art in pairs:
        docs.append(Doc("good", f"baomoi:{i}", art, held(i)))
    for i, art in pairs:
        docs.append(Doc("good-one-line", f"baomoi:{i}", _flat(art), held(i)))
    for page in material.pages:
        if page.gold:
            docs.append(Doc("good", page.name, page.raw, True, page.is_html))

    # navigation: a page's lines that are not article text
    for page in [*material.pages, *material.baomoi_pages]:
        lines = furniture(page)
        if len(lines) >= 3:
            docs.append(Doc("navigation", page.name, "\n".join(lines), page.held_out))
    # links: the <a> texts of saved pages
    for page in material.pages:
        if page.is_html:
            links = link_texts(page.raw)
            for k in range(0, min(len(links), 150), 30):
                chunk = links[k : k + 30]
                if len(chunk) >= 10:
                    docs.append(Doc("links", f"{page.name}#{k // 30}", "\n".join(chunk), True))
    # headlines: other articles' titles, as a page lists them
    titles = [(i, art.split("\n", 1)[0].strip()) for i, art in pairs]
    for k in range(0, len(titles) - 9, 10):
        group = titles[k : k + 10]
        docs.append(
            Doc("headlines", f"baomoi:{group[0][0]}-{group[-1][0]}", "\n".join(t for _, t in group), held(group[0][0]))
        )
    # keywords: real tag lines and meta keywords, then names lists made from articles
    for page in material.pages + material.baomoi_pages:
        found = [canon(line) for line in page.lines if _TAGS.match(line)]
        if page.is_html:
            found += [canon(html.unescape(m)) for m in _META_KEYWORDS.findall(page.raw)]
        for j, line in enumerate(dict.fromkeys(found)):
            if len(re.split(r"[,;]", line)) >= 3:
                docs.append(Doc("keywords", f"{page.name}#{j}", line, page.held_out))
    for i, art in pairs:
        if i % 5 != 1:
            continue
        title, _, body = art.partition("\n")
        names = [name for name in proper_names(body) if name.lower() not in title.lower()][:12]
        if len(names) >= 4:
            docs.append(Doc("keywords", f"baomoi:{i}", ", ".join([title.strip().lower(), *names]), held(i)))
    # foreign: the vim tutor in other languages
    for lang, lines in material.tutors:
        body = [line for line in lines[20:] if line.strip() and not set(line.strip()) <= set("=~-~ ")]
        for k in range(3):
            chunk = body[k * 15 : (k + 1) * 15]
            if len(chunk) == 15:
                docs.append(Doc("foreign", f"tutor.{lang}#{k}", "\n".join(chunk), True))
    # encodings: a whole article misread
    for i, art in pairs:
        if i % 10 == 0:
            name = ("cp1252", "latin-1", "cp1252x2")[(i // 10) % 3]
            read = enc.misread(art, name)
            if read is not None and read != art:
                docs.append(Doc("mojibake", f"baomoi:{i}:{name}", read, held(i)))
        if i % 10 == 5:
            for name in (*("tcvn3", "vni", "viscii", "cp1258")[(i // 10) % 4 :], "tcvn3", "vni"):
                read = enc.misread(art, name)
                if read is not None and read != art:
                    docs.append(Doc("legacy", f"baomoi:{i}:{name}", read, held(i)))
                    break
    # repetition, fragments, homoglyphs
    cleaned = {i: clean_document(art).text for i, art in pairs if i % 10 in (3, 4)}
    for i, art in pairs:
        if i % 10 == 2:
            docs.append(Doc("repetition", f"baomoi:{i}", " ".join([_flat(art)] * 4), held(i)))
        if i % 10 == 3:
            words = cleaned[i].split()
            if words:
                docs.append(Doc("fragment", f"baomoi:{i}", " ".join(words[: 5 + (i // 10) % 4]), held(i)))
        if i % 10 == 4:
            docs.append(Doc("homoglyph", f"baomoi:{i}", homoglyphs(cleaned[i], i), held(i)))
    return docs


# ---------------------------------------------------------------- judging


@dataclass(frozen=True)
class Judged:
    doc: Doc
    text: str  # what the systems judge
    result: object | None  # the CleanResult, when cleaned


def prepare(doc: Doc) -> Judged:
    if doc.kind in RAW_KINDS:
        return Judged(doc, doc.text, None)
    result = clean_html_document(doc.text) if doc.is_html else clean_document(doc.text)
    return Judged(doc, result.text, result)


Verdict = tuple[bool, str]  # (kept, reason of the drop)


def ours(language: bool = False) -> Callable[[Judged], Verdict]:
    qf = QualityFilter()

    def judge(j: Judged) -> Verdict:
        decision = qf.check(quality_signals(j.text, j.result, language=language))  # type: ignore[arg-type]
        return decision.keep, ",".join(decision.reasons)

    return judge


FINEWEB2_VIE = {  # configs/vie_Latn.yml, huggingface/fineweb-2 @ d0defb24f193bb9a5a11b8b14524a03c4858e1b6
    "dup_line_frac": 0.293,
    "dup_n_grams": ((5, 0.178), (6, 0.163), (7, 0.15), (8, 0.136), (9, 0.124), (10, 0.111)),
    "language_score": 0.802,  # GlotLID; not applied here
    "line_punct_thr": 0.333,
    "max_avg_word_length": 11,
    "max_non_alpha_words_ratio": 0.803,
    "min_avg_word_length": 3,
    "new_line_ratio": 0.103,
    "stopwords": ("là", "và", "của", "một", "được", "trong", "năm", "các", "có", "loài", "này", "đã", "người"),
    "top_n_grams": ((2, 0.223), (3, 0.197), (4, 0.171)),
}


def _chain(filters: list) -> Callable[[Judged], Verdict]:
    from datatrove.data import Document

    def judge(j: Judged) -> Verdict:
        for f in filters:
            verdict = f.filter(Document(text=j.text, id=j.doc.source))
            if verdict is not True:
                reason = verdict[1] if isinstance(verdict, tuple) else type(f).__name__
                return False, f"{type(f).__name__}:{reason}"
        return True, ""

    return judge


def peers() -> dict[str, Callable[[], Callable[[Judged], Verdict]] | str]:
    """name -> a maker of the judge, or why the system cannot run."""
    try:
        from datatrove.pipeline.filters import (
            C4QualityFilter,
            FineWebQualityFilter,
            GopherQualityFilter,
            GopherRepetitionFilter,
        )
    except ImportError as error:
        return {name: f"skipped: {error}" for name in ("fineweb2-vie", "fineweb", "c4", "gopher")}

    def fineweb2() -> Callable[[Judged], Verdict]:
        c = FINEWEB2_VIE
        return _chain(
            [
                GopherRepetitionFilter(
                    language="vie_Latn",
                    dup_para_frac=0,
                    dup_line_char_frac=0,
                    dup_para_char_frac=0,
                    dup_line_frac=c["dup_line_frac"],
                    top_n_grams=c["top_n_grams"],
                    dup_n_grams=c["dup_n_grams"],
                ),
                FineWebQualityFilter(
                    language="vie_Latn",
                    short_line_thr=999,
                    char_duplicates_ratio=0.1,
                    line_punct_thr=c["line_punct_thr"],
                    new_line_ratio=c["new_line_ratio"],
                ),
                GopherQualityFilter(
                    language="vie_Latn",
                    max_avg_word_length=c["max_avg_word_length"],
                    min_avg_word_length=c["min_avg_word_length"],
                    stop_words=list(c["stopwords"]),
                    max_non_alpha_words_ratio=c["max_non_alpha_words_ratio"],
                    min_stop_words=2,
                ),
            ]
        )

    systems: dict[str, Callable[[], Callable[[Judged], Verdict]] | str] = {}
    try:
        from datatrove.utils.word_tokenizers import load_word_tokenizer

        load_word_tokenizer("vie_Latn").word_tokenize("Hà Nội")
        systems["fineweb2-vie"] = fineweb2
    except ImportError as error:
        systems["fineweb2-vie"] = f"skipped: {error}"
    systems["fineweb"] = lambda: _chain([FineWebQualityFilter()])
    systems["c4"] = lambda: _chain([C4QualityFilter()])
    systems["gopher"] = lambda: _chain([GopherRepetitionFilter(), GopherQualityFilter()])
    return systems


def run(judged: list[Judged], judge: Callable[[Judged], Verdict]) -> list[Verdict]:
    return [(False, "empty") if not j.text.strip() else judge(j) for j in judged]


# ---------------------------------------------------------------- reporting


@dataclass
class Scores:
    good: int = 0
    good_dropped: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # kind: [drop, n]

    @property
    def junk(self) -> int:
        return sum(n for k, (_, n) in self.per_kind.items() if k not in GOOD_KINDS)

    @property
    def junk_dropped(self) -> int:
        return sum(d for k, (d, _) in self.per_kind.items() if k not in GOOD_KINDS)

    @property
    def precision(self) -> float:
        dropped = self.junk_dropped + self.good_dropped
        return self.junk_dropped / dropped if dropped else 1.0

    @property
    def recall(self) -> float:
        return self.junk_dropped / self.junk if self.junk else 1.0


def score(judged: list[Judged], verdicts: list[Verdict], held_out_only: bool) -> Scores:
    s = Scores()
    for j, (kept, _) in zip(judged, verdicts, strict=True):
        if held_out_only and not j.doc.held_out:
            continue
        cell = s.per_kind[j.doc.kind]
        cell[0] += not kept
        cell[1] += 1
        if not j.doc.junk:
            s.good += 1
            s.good_dropped += not kept
    return s


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "-"


def table(name: str, held: Scores, every: Scores) -> str:
    rows = [f"### {name}", "", "| | held-out | all |", "| --- | --- | --- |"]
    rows.append(f"| good dropped | {_pct(held.good_dropped, held.good)} | {_pct(every.good_dropped, every.good)} |")
    for kind in (*GOOD_KINDS, *JUNK_KINDS):
        h, a = held.per_kind.get(kind, [0, 0]), every.per_kind.get(kind, [0, 0])
        label = f"of which {kind}" if kind in GOOD_KINDS else f"junk: {kind}"
        rows.append(f"| {label} | {_pct(*h)} | {_pct(*a)} |")
    rows.append(f"| **precision of drops** | **{held.precision:.3f}** | **{every.precision:.3f}** |")
    rows.append(
        f"| **junk recall** | **{held.recall:.3f}** ({held.junk_dropped}/{held.junk}) "
        f"| **{every.recall:.3f}** ({every.junk_dropped}/{every.junk}) |"
    )
    return "\n".join(rows)


def summary(results: dict[str, tuple[Scores, Scores]]) -> str:
    rows = [
        "| system | good dropped (held-out) | precision (held-out) | junk recall (held-out) "
        "| good dropped (all) | precision (all) | junk recall (all) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, (h, a) in results.items():
        rows.append(
            f"| {name} | {_pct(h.good_dropped, h.good)} | {h.precision:.3f} | {h.recall:.3f} "
            f"| {_pct(a.good_dropped, a.good)} | {a.precision:.3f} | {a.recall:.3f} |"
        )
    return "\n".join(rows)


def _short(text: str, width: int = 160) -> str:
    flat = text.replace("\n", " ⏎ ")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def kinds_listing(judged: list[Judged]) -> str:
    by_kind: dict[str, list[Judged]] = defaultdict(list)
    for j in judged:
        by_kind[j.doc.kind].append(j)
    rows = [
        "| kind | held-out | all | emptied by clean | judged | example (as judged) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for kind in (*GOOD_KINDS, *JUNK_KINDS):
        items = by_kind.get(kind, [])
        held = sum(j.doc.held_out for j in items)
        emptied = sum(not j.text.strip() for j in items)
        how = "as it is" if kind in RAW_KINDS else "clean text"
        example = next((j for j in items if j.doc.held_out and j.text.strip()), items[0] if items else None)
        shown = f"{example.doc.source}: {_short(example.text, 100)}" if example else ""
        rows.append(f"| {kind} | {held} | {len(items)} | {emptied} | {how} | {shown.replace('|', '¦')} |")
    good = [j for j in judged if not j.doc.junk]
    junk = [j for j in judged if j.doc.junk]
    rows.append(
        f"\n{len(good)} good ({sum(j.doc.held_out for j in good)} held-out), "
        f"{len(junk)} junk ({sum(j.doc.held_out for j in junk)} held-out)."
    )
    originals = {(j.doc.kind, j.doc.source): j.text for j in judged if not j.doc.junk}
    for kind in sorted(RAW_KINDS):
        raw = by_kind.get(kind, [])
        like = "good-one-line" if kind == "repetition" else "good"  # the text the junk was made from
        back = sum(
            clean_document(j.doc.text).text == originals.get((like, ":".join(j.doc.source.split(":")[:2]))) for j in raw
        )
        rows.append(f"{kind}: clean gives back the {like} article's clean text for {back} of {len(raw)}.")
    return "\n".join(rows)


def misjudged(judged: list[Judged], verdicts: list[Verdict], count: int) -> str:
    out = []
    good = [(j, v) for j, v in zip(judged, verdicts, strict=True) if not j.doc.junk and not v[0]]
    out.append(f"  good dropped: {len(good)}")
    for j, (_, reason) in good[:count]:
        out.append(f"    [{j.doc.kind} {j.doc.source}] {reason}: {_short(j.text)}")
    for kind in JUNK_KINDS:
        kept = [j for j, v in zip(judged, verdicts, strict=True) if j.doc.kind == kind and v[0]]
        if kept:
            out.append(f"  {kind} kept: {len(kept)}")
            for j in kept[:count]:
                out.append(f"    [{j.doc.source}] {_short(j.text)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument(
        "--real-cache", type=Path, default=REAL / "cache", help="benchmarks/real/cache, as rebuild.py writes it"
    )
    parser.add_argument("--kinds", action="store_true", help="list the kinds with counts and an example")
    parser.add_argument("--show", type=int, default=0, help="print this many misjudged documents per system and kind")
    parser.add_argument(
        "--systems",
        nargs="*",
        help="only these systems (vnnews_clean, vnnews_clean+language, fineweb2-vie, fineweb, c4, gopher)",
    )
    parser.add_argument("--sample", type=int, default=None, help="only this many articles (a quick run)")
    args = parser.parse_args(argv)

    if not (args.shared / "corpora" / "baomoi-500.txt").exists():
        parser.error(f"no corpora/baomoi-500.txt under {args.shared} (pass --shared)")
    if not args.real_cache.is_dir():
        print(f"note: {args.real_cache} missing: the rebuilt pages are left out (run benchmarks/real/rebuild.py)")
    material = load_material(args.shared, args.real_cache, sample=args.sample)
    judged = [prepare(doc) for doc in build(material)]
    if args.kinds:
        print(kinds_listing(judged))
        print()

    systems: dict[str, Callable[[], Callable[[Judged], Verdict]] | str] = {"vnnews_clean": ours}
    systems["vnnews_clean+language"] = (
        (lambda: ours(language=True)) if language_available() else f"skipped: no py3langid ({install_hint('language')})"
    )
    systems |= peers()
    results: dict[str, tuple[Scores, Scores]] = {}
    for name, maker in systems.items():
        if args.systems and name not in args.systems:
            continue
        if isinstance(maker, str):
            print(f"### {name}\n\n{maker}\n")
            continue
        try:
            verdicts = run(judged, maker())
        except ImportError as error:  # a peer's tokenizer wants a package this machine lacks (spacy)
            print(f"### {name}\n\nskipped: {error}\n")
            continue
        held, every = score(judged, verdicts, True), score(judged, verdicts, False)
        results[name] = (held, every)
        print(table(name, held, every))
        reasons = Counter(r for (kept, r), j in zip(verdicts, judged, strict=True) if not kept and not j.doc.junk)
        if reasons:
            print(f"\ngood dropped for: {', '.join(f'{r} {c}' for r, c in reasons.most_common(6))}")
        if args.show:
            print(misjudged(judged, verdicts, args.show))
        print()
    print("### summary\n")
    print(summary(results))


if __name__ == "__main__":
    main()
