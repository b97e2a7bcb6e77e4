#!/usr/bin/env python3
"""Side-by-side quality of vnnews_clean and peer extractors on gold cases.

    python benchmarks/quality.py benchmarks/cases
    python benchmarks/quality.py ../shared/eval/cases --show
    python benchmarks/quality.py benchmarks/cases --json out.json --chart docs/quality.png
    python benchmarks/quality.py benchmarks/cases --groups        # vnnews_clean per template
    python benchmarks/quality.py --all                            # every set, per source family (see below)

A case is ``NAME.input.txt`` (or ``NAME.input.html``), ``NAME.gold.txt`` (one paragraph per line;
"?? " marks a line that may be kept or dropped) and optionally ``NAME.gold.json`` (title/author/source),
as in ``../shared/eval/cases``. Metrics are those of ``../shared/eval/score.py`` (copied here, not
imported): exact line match after NFC and space collapsing, micro-averaged line P/R/F1, bag-of-words
word F1, documents whose output equals gold line for line, and metadata fields equal to gold.

Systems:
  vnnews_clean  ``vnnews_clean.clean_document`` (text) / ``vnnews_clean.clean_html_document`` (HTML)
  trafilatura   ``trafilatura.extract`` on the text as ``<html><body><article><p>line</p>...`` (defaults);
                on HTML cases, on the page itself
  justext       ``justext.justext`` with its Vietnamese stoplist, same wrapping, non-boilerplate paragraphs
  c4            datatrove's ``C4QualityFilter`` applied to a ``Document`` with its document-level drops
                (fewer than 5 sentences, curly bracket) disabled: its line rules only
  naive-cut     every line up to the first line that is a common related-news heading
HTML cases only (``*.input.html`` in the folder; the line-based systems get the page's visible text,
one line per block):
  readability   readability-lxml's ``Document(page).summary()``, one line per block of the summary
  trafilatura+clean  ``trafilatura.extract`` on the page, its output through ``vnnews_clean.clean``
A peer that is not installed is reported as skipped.

``--all`` scores the real sets beside the synthetic ones, per source family (html page, extraction, whole-page
dump, flattened page), for vnnews_clean with the tone style left alone (``tone_style=None``: the real gold keeps
the printed tone marks), trafilatura, jusText, datatrove's C4 line filter and trafilatura followed by ``clean``
(on a text case: ``trafilatura.extract`` of the wrapped text, then ``vnnews_clean.clean``):
  real-dev      ``../shared/eval/real-dev`` (families from its README's source table)
  real          ``benchmarks/real`` (committed documents) and ``benchmarks/real/cache`` (documents rebuilt by
                ``benchmarks/real/rebuild.py`` from local snapshots; run it first, or they are reported missing)
  cases         ``benchmarks/cases`` (synthetic text), ``html_cases`` ``benchmarks/html_cases`` (synthetic pages)
The headline figure of a family is line F1, except for flattened pages (one long line per page: no line filter can
give the gold's paragraph lines), where it is word F1. Everything runs offline.

For vnnews_clean, errors are also attributed: every gold line missing from the output is charged to the
rule that removed it (from ``removed``), and every noise line kept is put in a rough family judged from
its shape and position (head, image, caption, date, credit, inline link, tail listing, footer...).
"""

from __future__ import annotations

import argparse
import collections
import functools
import html
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_WS = re.compile(r"\s+")


# ---------------------------------------------------------------- scoring (as ../shared/eval/score.py)


def canon(line: str) -> str:
    """NFC, runs of spaces collapsed, stripped: how lines are compared."""
    return _WS.sub(" ", unicodedata.normalize("NFC", line)).strip()


def words(lines: list[str]) -> collections.Counter[str]:
    """Bag of lowercased whitespace tokens."""
    c: collections.Counter[str] = collections.Counter()
    for line in lines:
        c.update(line.lower().split())
    return c


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side counts as perfect, as in score.py."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_gold(text: str) -> tuple[list[str], set[str]]:
    """Required lines (in order) and the set of optional ("?? ") lines."""
    required, optional = [], set()
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("?? "):
            optional.add(canon(line[3:]))
        else:
            required.append(canon(line))
    return required, optional


@dataclass
class Tally:
    """Micro-averaged counts for one system."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    wtp: int = 0
    wfp: int = 0
    wfn: int = 0
    docs: int = 0
    exact: int = 0
    meta_ok: int = 0
    meta_n: int = 0
    seconds: float = 0.0
    errors: int = 0
    skipped_docs: int = 0

    def add(self, required: list[str], optional: set[str], output: str) -> tuple[list[str], list[str]]:
        """Score one document; return (missed gold lines, extra output lines)."""
        pred = [canon(x) for x in str(output).splitlines() if x.strip()]
        pred = [p for p in pred if p not in optional]
        gold_c, pred_c = collections.Counter(required), collections.Counter(pred)
        hit = sum((gold_c & pred_c).values())
        self.tp += hit
        self.fp += sum(pred_c.values()) - hit
        self.fn += sum(gold_c.values()) - hit
        gw, pw = words(required), words(pred)
        wh = sum((gw & pw).values())
        self.wtp += wh
        self.wfp += sum(pw.values()) - wh
        self.wfn += sum(gw.values()) - wh
        self.docs += 1
        self.exact += pred == required
        missed = list((gold_c - pred_c).elements())
        extra = list((pred_c - gold_c).elements())
        return missed, extra

    def summary(self) -> dict[str, float | int | str]:
        lp, lr, lf = prf(self.tp, self.fp, self.fn)
        _, _, wf = prf(self.wtp, self.wfp, self.wfn)
        return {
            "line_P": round(lp, 3),
            "line_R": round(lr, 3),
            "line_F1": round(lf, 3),
            "word_F1": round(wf, 3),
            "exact_docs": self.exact,
            "docs": self.docs,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "meta": f"{self.meta_ok}/{self.meta_n}" if self.meta_n else "n/a",
            "seconds": round(self.seconds, 3),
            "errors": self.errors,
            "skipped_docs": self.skipped_docs,
        }


# ---------------------------------------------------------------- systems


def wrap_html(text: str) -> str:
    """The text as a minimal article page: one escaped <p> per non-blank line."""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body><article>\n{paras}</article></body></html>"


_BLOCKS = frozenset(
    "address article aside blockquote body br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)


def html_to_lines(markup: str) -> str:
    """Visible text of an HTML page, one block per line (inline tags such as <a> or <b> stay in their line)."""
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    lines: list[str] = []
    buf: list[str] = []
    stack: list[object] = [soup]
    while stack:  # iterative walk: deep pages do not hit the recursion limit
        node = stack.pop()
        if node is None:  # end of a block
            lines.append("".join(buf))
            buf.clear()
        elif isinstance(node, Tag):
            block = node.name in _BLOCKS
            if block:
                lines.append("".join(buf))
                buf.clear()
                stack.append(None)
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, (Comment, Doctype)):
            buf.append(str(node))
    lines.append("".join(buf))
    return "\n".join(x for x in (_WS.sub(" ", x).strip() for x in lines) if x)


# A naive baseline: stop at the first line that is one of these headings (benchmark data, not lexicon).
_RELATED_HEADING = re.compile(
    r"^(tin liên quan|bài liên quan|tin cùng chuyên mục|xem thêm|đọc thêm|tin khác|các tin khác|"
    r"có thể bạn quan tâm|tin mới|tin mới nhất|đọc nhiều|xem nhiều|tin nổi bật|bài viết liên quan)\s*:?$",
    re.IGNORECASE,
)


def naive_cut(text: str) -> str:
    out = []
    for line in text.splitlines():
        if _RELATED_HEADING.match(line.strip()):
            break
        out.append(line)
    return "\n".join(out)


@dataclass
class System:
    """A named cleaner: text -> text, and HTML -> text (None: cannot take HTML)."""

    name: str
    text_fn: Callable[[str], str] | None
    html_fn: Callable[[str], str] | None
    skipped: str = ""
    meta_fn: Callable[[str], object] | None = None
    explain_fn: Callable[[str], object] | None = None
    html_explain_fn: Callable[[str], object] | None = None  # HTML -> result with text, removed, metadata
    tally: Tally = field(default_factory=Tally)


_DEFAULT = object()


def load_systems(only: set[str] | None = None, html_cases: bool = False, tone_style: object = _DEFAULT) -> list[System]:
    """The systems to compare; ``html_cases`` adds the peers that only take pages.

    ``tone_style`` is passed to vnnews_clean when given (None: keep the printed tone marks, as the real gold does).
    """
    systems: list[System] = []
    opts: dict[str, object] = {} if tone_style is _DEFAULT else {"tone_style": tone_style}

    def want(name: str) -> bool:
        return only is None or name in only

    if want("vnnews_clean"):
        import vnnews_clean

        html_fn = getattr(vnnews_clean, "clean_html", None)
        html_doc = getattr(vnnews_clean, "clean_html_document", None)
        systems.append(
            System(
                "vnnews_clean",
                functools.partial(vnnews_clean.clean, **opts),
                functools.partial(html_fn, **opts) if html_fn else None,
                meta_fn=functools.partial(vnnews_clean.clean_document, **opts),
                explain_fn=functools.partial(vnnews_clean.clean_document, **opts),
                html_explain_fn=functools.partial(html_doc, **opts) if html_doc else None,
            )
        )
    if want("trafilatura"):
        try:
            import trafilatura

            def traf_html(markup: str) -> str:
                return trafilatura.extract(markup) or ""

            systems.append(System("trafilatura", lambda t: traf_html(wrap_html(t)), traf_html))
        except ImportError as exc:
            systems.append(System("trafilatura", None, None, skipped=f"not installed ({exc.name})"))
    if want("justext"):
        try:
            import justext

            stoplist = justext.get_stoplist("Vietnamese")

            def jt_html(markup: str) -> str:
                paras = justext.justext(markup.encode("utf-8"), stoplist, encoding="utf-8")
                return "\n".join(p.text for p in paras if not p.is_boilerplate)

            systems.append(System("justext", lambda t: jt_html(wrap_html(t)), jt_html))
        except ImportError as exc:
            systems.append(System("justext", None, None, skipped=f"not installed ({exc.name})"))
    if want("c4"):
        try:
            from datatrove.data import Document
            from datatrove.pipeline.filters import C4QualityFilter

            c4 = C4QualityFilter(min_num_sentences=-1, filter_curly_bracket=False)

            def c4_text(text: str) -> str:
                doc = Document(text=text, id="case")
                kept = c4.filter(doc)
                return doc.text if kept is True else ""

            systems.append(System("c4 (datatrove)", c4_text, lambda h: c4_text(html_to_lines(h))))
        except ImportError as exc:
            systems.append(System("c4 (datatrove)", None, None, skipped=f"not installed ({exc.name})"))
    if want("naive-cut"):
        systems.append(System("naive-cut", naive_cut, lambda h: naive_cut(html_to_lines(h))))
    if html_cases and want("readability"):
        try:
            from readability import Document as ReadabilityDocument

            def rd_html(markup: str) -> str:
                return html_to_lines(ReadabilityDocument(markup).summary())

            systems.append(System("readability", None, rd_html))
        except ImportError as exc:
            systems.append(System("readability", None, None, skipped=f"not installed ({exc.name})"))
    if html_cases and want("trafilatura+clean"):
        try:
            import trafilatura

            import vnnews_clean

            def traf_clean(markup: str) -> str:
                return vnnews_clean.clean(trafilatura.extract(markup) or "", **opts)

            systems.append(System("trafilatura+clean", lambda t: traf_clean(wrap_html(t)), traf_clean))
        except ImportError as exc:
            systems.append(System("trafilatura+clean", None, None, skipped=f"not installed ({exc.name})"))
    return systems


# ---------------------------------------------------------------- error attribution (vnnews_clean)

_IMAGE = re.compile(r"^!\[|^\[(Ảnh|Hình|Video)[^\]]*\]$|^\((Ảnh|Hình)\)$|\.(jpe?g|png|gif|webp)(\?\S*)?\)?$", re.I)
_DATE = re.compile(r"\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?|\d{1,2}:\d{2}|\b(phút|giờ|ngày|tuần) trước\b|GMT", re.I)
_FOOTER = re.compile(
    r"hotline|email|e-mail|giấy phép|tổng biên tập|©|bản quyền|copyright|địa chỉ|điện thoại|"
    r"cơ quan chủ quản|chịu trách nhiệm|tòa soạn|đường dây nóng|liên hệ|phát hành lại",
    re.I,
)
_TAGS = re.compile(r"^(từ khóa|từ khoá|tags?|chủ đề)\s*:", re.I)
_LINK = re.compile(r"^(>|»|xem thêm|đọc thêm|mời xem|tin liên quan|video)\b", re.I)
_CREDIT = re.compile(r"^(\(?theo\b|nguồn\s*:|ảnh\s*:|bài và ảnh|\(?ảnh\b)|\(t/h\)|^(nhóm )?pv$|/ttxvn$", re.I)
_FINAL = re.compile(r"[.!?…:;”\"»)]$")


def family(line: str, index: int, lines: list[str], first_gold: int, last_gold: int) -> str:
    """A rough noise family for a kept noise line, from its shape and position in the input."""
    prev = lines[index - 1] if index > 0 else ""
    n = len(line.split())
    if _IMAGE.search(line):
        return "image marker"
    if prev and _IMAGE.search(prev):
        return "caption (after image)"
    if _CREDIT.search(line):
        return "byline/credit"
    if _TAGS.match(line):
        return "tags"
    if n <= 14 and _DATE.search(line) and index < first_gold:
        return "head: dateline"
    if index < first_gold:
        return "head: menu/breadcrumb/other"
    if _FOOTER.search(line) and index > last_gold:
        return "footer/contact"
    if _LINK.match(line):
        return "inline link / related heading"
    if index > last_gold:
        if n <= 4 and not _FINAL.search(line):
            return "tail: short line (byline/share/prompt/heading)"
        if _DATE.search(line) and n <= 14:
            return "tail: dated listing item"
        return "tail: listing item / teaser"
    if n <= 6 and not _FINAL.search(line):
        return "body: short non-prose line"
    return "body: other"


def attribute(
    result: object,
    raw: str,
    required: list[str],
    missed: list[str],
    extra: list[str],
    by_rule: collections.Counter[str],
    by_family: collections.Counter[str],
    removed_total: collections.Counter[str],
) -> None:
    """Charge missed gold lines to rules, kept noise lines to families."""
    removed = list(getattr(result, "removed", ()) or ())
    for r in removed:
        removed_total[r.rule] += 1
    for g in missed:
        rule = "not in output (no removal names it)"
        if any(e.endswith(g) and e != g for e in extra):
            rule = "kept with a prefix (agency tag not split)"
        for r in removed if rule.startswith("not") else ():
            text = canon(r.text)
            if g == text or (g and g in text and r.kept is None):
                rule = r.rule
                break
            if r.kept is not None and g in text:
                rule = f"{r.rule} (edit)"
                break
        by_rule[rule] += 1
    lines = [canon(x) for x in raw.splitlines() if x.strip()]
    gold_at = [i for i, x in enumerate(lines) if any(x.endswith(g) for g in required)]
    first, last = (gold_at[0], gold_at[-1]) if gold_at else (0, len(lines))
    for e in extra:
        i = next((k for k, x in enumerate(lines) if x == e or e in x), -1)
        by_family["(not an input line: edited text)" if i < 0 else family(e, i, lines, first, last)] += 1


# ---------------------------------------------------------------- run


def field_of(obj: object, name: str) -> object:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def same_meta(key: str, got: object, want: object) -> bool:
    """A metadata field equals gold; a date ("published") is compared on its day (YYYY-MM-DD)."""
    if key == "published" and got and want:
        return str(got)[:10] == str(want)[:10]
    return (got or None) == (want or None)


def has_html_cases(cases_dir: Path) -> bool:
    return any(cases_dir.glob("*.input.html"))


@dataclass
class Case:
    """One gold case: its input, its gold, and the (set, family) group it is reported in (``--all``)."""

    name: str
    src: Path
    gold: Path
    is_html: bool
    group: str = ""


def find_cases(cases_dir: Path, group: str = "") -> list[Case]:
    """The cases of a folder (``NAME.gold.txt`` beside ``NAME.input.txt`` or ``NAME.input.html``)."""
    cases = []
    for gold_path in sorted(cases_dir.glob("*.gold.txt")):
        name = gold_path.name[: -len(".gold.txt")]
        src = gold_path.with_name(name + ".input.txt")
        is_html = not src.exists()
        if is_html:
            src = gold_path.with_name(name + ".input.html")
        cases.append(Case(name, src, gold_path, is_html, group))
    return cases


def run(cases_dir: Path | list[Case], systems: list[System], show: bool = False) -> dict[str, object]:
    by_rule: collections.Counter[str] = collections.Counter()
    by_group: dict[str, Tally] = collections.defaultdict(Tally)  # vnnews_clean per template ("tpl-dantri")
    by_family: collections.Counter[str] = collections.Counter()
    removed_total: collections.Counter[str] = collections.Counter()
    by_case_group: dict[str, dict[str, Tally]] = collections.defaultdict(lambda: collections.defaultdict(Tally))
    cases = find_cases(cases_dir) if isinstance(cases_dir, Path) else cases_dir
    if not cases:
        raise SystemExit(f"no *.gold.txt in {cases_dir}")
    for case in cases:
        name, src, is_html = case.name, case.src, case.is_html
        raw = src.read_text(encoding="utf-8")
        required, optional = read_gold(case.gold.read_text(encoding="utf-8"))
        meta_path = case.gold.with_name(name + ".gold.json")
        want_meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        for s in systems:
            if s.skipped:
                continue
            fn = s.html_fn if is_html else s.text_fn
            if fn is None:  # e.g. no vnnews_clean.clean_html yet: the case is left out for this system
                s.tally.skipped_docs += 1
                continue
            result = None
            explain = s.html_explain_fn if is_html else s.explain_fn
            t0 = time.perf_counter()
            try:
                if explain is not None:
                    result = explain(raw)
                    out = getattr(result, "text", "")
                else:
                    out = fn(raw)
            except Exception as exc:  # a crash scores as empty output
                print(f"{s.name} on {name}: raised {type(exc).__name__}: {exc}", file=sys.stderr)
                s.tally.errors += 1
                out = ""
            s.tally.seconds += time.perf_counter() - t0
            missed, extra = s.tally.add(required, optional, out or "")
            if case.group:
                by_case_group[case.group][s.name].add(required, optional, out or "")
            if s.explain_fn is not None:
                by_group[name.rsplit("-", 1)[0]].add(required, optional, out or "")
            if s.meta_fn is not None and want_meta and (result is not None or not is_html):
                got = result if result is not None else s.meta_fn(raw)
                for key, value in want_meta.items():
                    s.tally.meta_n += 1
                    g = field_of(got, key)
                    ok = same_meta(key, g, value)
                    s.tally.meta_ok += ok
                    if show and not ok:
                        print(f"  meta {name}.{key}: want {value!r} got {g!r}")
            if s.explain_fn is not None and result is not None:
                visible = html_to_lines(raw) if is_html else raw
                attribute(result, visible, required, missed, extra, by_rule, by_family, removed_total)
            if show and s.name == "vnnews_clean" and (missed or extra):
                print(f"--- {name}")
                for line in missed:
                    print("  missed:", line[:160])
                for line in extra:
                    print("  extra: ", line[:160])
    return {
        "cases": len(cases),
        "systems": {s.name: ({"skipped": s.skipped} if s.skipped else s.tally.summary()) for s in systems},
        "vnnews_clean_gold_lines_removed_by_rule": dict(by_rule.most_common()),
        "vnnews_clean_noise_kept_by_family": dict(by_family.most_common()),
        "vnnews_clean_removals_by_rule": dict(removed_total.most_common()),
        "vnnews_clean_by_group": {g: t.summary() for g, t in sorted(by_group.items())},
        "by_set_and_family": {g: {n: t.summary() for n, t in d.items()} for g, d in by_case_group.items()},
    }


def table(report: dict[str, object]) -> str:
    """The per-system table as Markdown."""
    rows = [
        "| system | line P | line R | line F1 | word F1 | exact docs | meta | seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    systems = report["systems"]
    assert isinstance(systems, dict)
    for name, s in systems.items():
        if "skipped" in s:
            rows.append(f"| {name} | skipped: {s['skipped']} | | | | | | |")
            continue
        if s["skipped_docs"]:
            name = f"{name} ({s['skipped_docs']} cases skipped: no entry point for their input)"
        rows.append(
            f"| {name} | {s['line_P']:.3f} | {s['line_R']:.3f} | {s['line_F1']:.3f} | {s['word_F1']:.3f} | "
            f"{s['exact_docs']}/{s['docs']} | {s['meta']} | {s['seconds']:.2f} |"
        )
    return "\n".join(rows)


def breakdown(report: dict[str, object]) -> str:
    out = []
    for key, title in (
        ("vnnews_clean_gold_lines_removed_by_rule", "vnnews_clean: gold lines lost, by rule"),
        ("vnnews_clean_noise_kept_by_family", "vnnews_clean: noise lines kept, by rough family"),
    ):
        counts = report[key]
        assert isinstance(counts, dict)
        out.append(f"{title} ({sum(counts.values())}):")
        out.extend(f"  {n:5d}  {k}" for k, n in counts.items())
    return "\n".join(out)


def chart(report: dict[str, object], path: Path, title: str) -> None:
    """Grouped bars of line P/R/F1 per system (headless)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = {k: v for k, v in report["systems"].items() if "skipped" not in v}  # type: ignore[union-attr]
    names = list(systems)
    metrics = [("line_P", "line precision"), ("line_R", "line recall"), ("line_F1", "line F1")]
    fig, ax = plt.subplots(figsize=(max(6, 1.4 * len(names) + 2), 4), dpi=120)
    width = 0.8 / len(metrics)
    for k, (key, label) in enumerate(metrics):
        xs = [i + (k - 1) * width for i in range(len(names))]
        vals = [systems[n][key] for n in names]
        bars = ax.bar(xs, vals, width, label=label)
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in vals], fontsize=7, padding=1)
    ax.set_xticks(range(len(names)), names)
    ax.set_ylim(0, 1.18)
    ax.set_ylabel("score")
    ax.set_title(title)
    ax.legend(loc="upper center", ncol=3, fontsize=8, frameon=False)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


# ---------------------------------------------------------------- every set, per source family (--all)

ROOT = Path(__file__).resolve().parent.parent


def shared_dir(root: Path = ROOT) -> Path:
    """The shared/ folder beside the checkout (a worktree sits one level deeper than the main checkout)."""
    for parent in root.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared"
    return root.parent / "shared"


FAMILIES = ("html page", "extraction", "whole-page dump", "flattened page")
# Families of ../shared/eval/real-dev, from the source table of its README: the dantri pages are saved HTML,
# the VietTravel-RAG texts whole-page dumps, the 24h texts pages flattened to one line, the VFND texts extractions.
_REAL_DEV_FAMILY = {"html page": range(10, 18), "whole-page dump": range(129, 141), "flattened page": range(149, 152)}
# What benchmarks/real calls a format (labels' "format", committed.json's "family").
_REAL_FORMAT = {
    "html": "html page",
    "extraction": "extraction",
    "dump": "whole-page dump",
    "flattened": "flattened page",
}


def real_dev_family(name: str) -> str:
    number = int(name) if name.isdigit() else -1
    return next((f for f, ids in _REAL_DEV_FAMILY.items() if number in ids), "extraction")


def real_set_families(real_dir: Path) -> dict[str, str]:
    """Family of each document of benchmarks/real: from its labels (rebuilt) or committed.json (committed)."""
    families: dict[str, str] = {}
    committed = real_dir / "committed.json"
    if committed.exists():
        for doc_id, doc in json.loads(committed.read_text(encoding="utf-8")).items():
            families[doc_id] = _REAL_FORMAT[doc["format"]]
    for path in real_dir.glob("*.labels.json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
        families[spec["id"]] = _REAL_FORMAT[spec["format"]]
    return families


def all_sets(root: Path = ROOT) -> tuple[list[Case], list[str]]:
    """Every case of every set, grouped as "set / family"; and a note for each set or document that is missing."""
    cases: list[Case] = []
    notes: list[str] = []
    real_dev = shared_dir(root) / "eval" / "real-dev"
    if real_dev.is_dir():
        for c in find_cases(real_dev):
            cases.append(Case(c.name, c.src, c.gold, c.is_html, f"real-dev / {real_dev_family(c.name)}"))
    else:
        notes.append(f"real-dev: {real_dev} not found")
    real = root / "benchmarks" / "real"
    families = real_set_families(real)
    found = {c.name: c for c in find_cases(real) + find_cases(real / "cache")}
    for doc_id in sorted(families):
        if doc_id in found:
            c = found[doc_id]
            cases.append(Case(c.name, c.src, c.gold, c.is_html, f"real / {families[doc_id]}"))
        else:
            notes.append(f"real: {doc_id} not rebuilt (python benchmarks/real/rebuild.py --mirror DIR)")
    for folder, family in (("cases", "extraction"), ("html_cases", "html page")):
        cases += find_cases(root / "benchmarks" / folder, f"{folder} (synthetic) / {family}")
    return cases, notes


def _group_order(group: str) -> tuple[int, int]:
    set_name, _, family = group.partition(" / ")
    sets = ("real-dev", "real", "cases (synthetic)", "html_cases (synthetic)")
    set_rank = sets.index(set_name) if set_name in sets else len(sets)
    return set_rank, FAMILIES.index(family) if family in FAMILIES else len(FAMILIES)


def family_tables(report: dict[str, object]) -> str:
    """Per set and family: the headline figure per system, then P/R/F1 and word F1 in full."""
    groups = report["by_set_and_family"]
    assert isinstance(groups, dict)
    names = [n for n, s in report["systems"].items() if "skipped" not in s]  # type: ignore[union-attr]
    order = sorted(groups, key=_group_order)
    head = ["| set / family | docs | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]
    for g in order:
        tallies = groups[g]
        docs = max(t["docs"] for t in tallies.values())
        key = "word_F1" if g.endswith("flattened page") else "line_F1"
        cells = [f"{tallies[n][key]:.3f}" if n in tallies else "—" for n in names]
        head.append(f"| {g}{' (word F1)' if key == 'word_F1' else ''} | {docs} | " + " | ".join(cells) + " |")
    full = [
        "",
        "| set / family | system | line P | line R | line F1 | word F1 | exact docs |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for g in order:
        for n in names:
            t = groups[g].get(n)
            if t is not None:
                full.append(
                    f"| {g} | {n} | {t['line_P']:.3f} | {t['line_R']:.3f} | {t['line_F1']:.3f} | {t['word_F1']:.3f} | "
                    f"{t['exact_docs']}/{t['docs']} |"
                )
    return "\n".join(head + full)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path, nargs="?", help="a folder of cases (or --all)")
    ap.add_argument("--all", action="store_true", help="real-dev, benchmarks/real and the synthetic sets, per family")
    ap.add_argument("--show", action="store_true", help="list vnnews_clean's missed and extra lines per case")
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    ap.add_argument("--chart", type=Path, help="write a PNG bar chart of line P/R/F1 per system here")
    ap.add_argument("--groups", action="store_true", help="vnnews_clean per case-name prefix (one per template)")
    ap.add_argument(
        "--systems",
        help="comma-separated subset: vnnews_clean,trafilatura,justext,c4,naive-cut "
        "(HTML cases also: readability,trafilatura+clean)",
    )
    a = ap.parse_args(argv)
    only = set(a.systems.split(",")) if a.systems else None
    if a.all:
        only = only or {"vnnews_clean", "trafilatura", "justext", "c4", "trafilatura+clean"}
        cases, notes = all_sets()
        report = run(cases, load_systems(only, html_cases=True, tone_style=None), show=a.show)
        print(f"all sets ({report['cases']} documents); vnnews_clean with tone_style=None")
        for note in notes:
            print("  missing:", note)
        print(family_tables(report))
        print()
        print(table(report))
        if a.json:
            a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if a.cases is None:
        ap.error("give a folder of cases, or --all")
    report = run(a.cases, load_systems(only, html_cases=has_html_cases(a.cases)), show=a.show)
    print(f"cases: {a.cases} ({report['cases']} documents)")
    print(table(report))
    print(breakdown(report))
    if a.groups:
        groups = report["vnnews_clean_by_group"]
        assert isinstance(groups, dict)
        print("vnnews_clean by group:          line P  line R  line F1  exact")
        for g, t in groups.items():
            print(
                f"  {g:28s}  {t['line_P']:.3f}   {t['line_R']:.3f}   {t['line_F1']:.3f}   {t['exact_docs']}/{t['docs']}"
            )
    if a.json:
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if a.chart:
        chart(report, a.chart, f"Line-level quality on {a.cases} ({report['cases']} documents)")
        print(f"chart: {a.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
