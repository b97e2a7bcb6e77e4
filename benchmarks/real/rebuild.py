#!/usr/bin/env python3
"""Rebuild the real documents whose licence does not let us commit them, from a local copy of their source.

    python benchmarks/real/rebuild.py --mirror /work/.mirror            # every *.labels.json -> cache/
    python benchmarks/real/rebuild.py --mirror /work/.mirror 204 211    # some of them
    python benchmarks/real/rebuild.py derive 204        # labeller: cache/204.gold.txt -> 204.labels.json
    python benchmarks/real/rebuild.py sources           # rewrite SOURCES.md from committed.json and the labels

A ``NNN.labels.json`` names its source (repository, commit, path, and how the document is taken out of the file: the
whole file, a JSON record's fields, a JSON-lines line's fields, a CSV row's fields (``literal``: fields stored as a
Python list's repr, one line per item), a record between separator strings) and holds, for every line of the input,
whether the line is gold (``k``), optional (``o``: written ``?? line``) or not article text (``d``), plus the
character spans of a line whose gold is only a part of it (an agency tag or a crawler's field label cut off a lead,
a caption glued before a paragraph, the paragraphs of a page flattened to one line). The lines of an HTML page are
its visible text blocks, as ``page_lines`` reads them (standard library only, so the labels do not move with a
parser's version).

The rebuilt ``NNN.input.txt|html``, ``NNN.gold.txt`` and ``NNN.gold.json`` go to ``cache/`` (git-ignored); the
SHA-256 of the input and of the gold are checked, so a source that changed is reported, not scored.
The repositories come from ``--mirror``, laid out as the search tool's ``fetch`` leaves them
(``MIRROR/owner+name/repo`` or ``MIRROR/owner+name/repo/.git``); no network is used.
"""

from __future__ import annotations

import argparse
import ast
import bisect
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
_WS = re.compile(r"\s+")
_RUN = re.compile(r"(\s+)|\S+")

# Tags that start a new text block (the same set as benchmarks/quality.py's html_to_lines).
BLOCKS = frozenset(
    "address article aside blockquote body br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
HIDDEN = frozenset("script style noscript template head svg iframe select textarea".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.hidden = 0

    def _flush(self) -> None:
        text = _WS.sub(" ", "".join(self.buf)).strip()
        if text:
            self.lines.append(text)
        self.buf.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # a head (or a stray hidden tag) left open ends where the body starts
            self.hidden = 0
        if tag in HIDDEN:
            if tag not in VOID:
                self.hidden += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS and not self.hidden:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS and not self.hidden:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.buf.append(data)


def page_lines(markup: str) -> list[str]:
    """The visible text of a page, one block per line, runs of spaces collapsed (standard library only)."""
    parser = _Lines()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return parser.lines


def input_lines(raw: str, ext: str) -> list[str]:
    """The lines labels refer to: text blocks of a page, or the lines of a text file."""
    return page_lines(raw) if ext == "html" else raw.split("\n")


# ---------------------------------------------------------------- sources


def git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def read_source(source: dict, mirror: Path, shared: Path) -> bytes:
    """The bytes of the source file: from a git snapshot in the mirror, or from ../shared."""
    if source.get("shared"):
        return (shared / source["shared"]).read_bytes()
    gdir = git_dir(mirror, source["repo"])
    if not gdir.is_dir():
        raise FileNotFoundError(f"no snapshot of {source['repo']} under {mirror} (fetch github:{source['repo']})")
    return subprocess.run(
        ["git", "--git-dir", str(gdir), "show", f"{source['commit']}:{source['path']}"],
        check=True,
        capture_output=True,
    ).stdout


def _fields(record: dict, fields: list[str]) -> str:
    """A record's fields, each on its own line; a list field gives one line per item; empty fields are skipped."""
    out: list[str] = []
    for name in fields:
        value = record.get(name)
        items = value if isinstance(value, list) else [value]
        out.extend(str(v) for v in items if v not in (None, ""))
    return "\n".join(out)


def extract(data: bytes, how: dict) -> str:
    """The document inside the source file, as ``how`` says."""
    text = data.decode(how.get("encoding", "utf-8"))
    kind = how.get("kind", "file")
    if kind == "file":
        return text
    if kind == "json":  # a JSON array (or several arrays/objects written one after another)
        records: list = []
        decoder, pos = json.JSONDecoder(), 0
        while pos < len(text):
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text):
                break
            value, pos = decoder.raw_decode(text, pos)
            records.extend(value if isinstance(value, list) else [value])
        return _fields(records[how["index"]], how["fields"])
    if kind == "jsonl":
        return _fields(json.loads(text.splitlines()[how["line"]]), how["fields"])
    if kind == "split":  # records written one after another in a text file, between separator strings
        return text.split(how["separator"])[how["index"]]
    if kind == "csv":
        reader = csv.DictReader(io.StringIO(text), delimiter=how.get("delimiter", ","))
        for n, row in enumerate(reader):
            if n == how["row"]:
                if how.get("literal"):  # scrapy wrote each field as a Python list's repr: one line per item
                    row = {name: ast.literal_eval(row[name]) for name in how["fields"]}
                return _fields(row, how["fields"])
        raise KeyError(f"no row {how['row']}")
    raise ValueError(f"unknown extract kind {kind!r}")


# ---------------------------------------------------------------- labels <-> gold


def gold_lines(lines: list[str], codes: str, cuts: dict[str, list]) -> list[str]:
    """The gold file's lines from the labels: kept lines, optional ones as ``?? line``, spans of cut lines."""
    if len(codes) != len(lines):
        raise ValueError(f"{len(codes)} labels for {len(lines)} input lines")
    out: list[str] = []
    for i, (line, code) in enumerate(zip(lines, codes, strict=True)):
        spans = cuts.get(str(i))
        if spans is not None:
            for start, end, span_code in spans:
                part = _WS.sub(" ", line[start:end]).strip()
                out.append(("?? " if span_code == "o" else "") + part)
        elif code in "ko":
            part = _WS.sub(" ", line).strip()
            out.append(("?? " if code == "o" else "") + part)
    return out


def _collapsed(line: str) -> tuple[str, list[int]]:
    """The line with every run of spaces made one space, and for each of its characters, its index in the line."""
    chars: list[str] = []
    where: list[int] = []
    for m in _RUN.finditer(line):
        if m.group(1):
            chars.append(" ")
            where.append(m.start())
        else:
            chars.append(m.group())
            where.extend(range(m.start(), m.end()))
    return "".join(chars), where


def derive(lines: list[str], gold: list[str]) -> tuple[str, dict[str, list]]:
    """Labels that rebuild ``gold`` from ``lines``: each gold line is a whole input line or a span of one, in order.

    A span is found in the line with its runs of spaces collapsed (as gold lines are written) and recorded in the
    line's own character positions, so ``gold_lines`` gives the gold back from lines that keep their spaces.
    """
    canon = [_WS.sub(" ", x).strip() for x in lines]
    codes = ["d"] * len(lines)
    cuts: dict[str, list] = {}
    i, offset = 0, 0  # current input line, and where in it the next span may start
    for g in gold:
        code, text = ("o", g[3:]) if g.startswith("?? ") else ("k", g)
        text = _WS.sub(" ", text).strip()
        while i < len(lines):
            if offset == 0 and canon[i] == text and str(i) not in cuts:
                codes[i] = code
                i += 1
                break
            flat, where = _collapsed(lines[i])
            at = flat.find(text, bisect.bisect_left(where, offset)) if text else -1
            if at >= 0:
                start, end = where[at], where[at + len(text) - 1] + 1
                cuts.setdefault(str(i), []).append([start, end, code])
                codes[i] = "c"
                offset = end
                break
            i, offset = i + 1, 0
        else:
            raise ValueError(f"gold line not found in order: {g[:80]!r}")
    return "".join(codes), cuts


def shared_dir() -> Path:
    """The shared/ folder beside the checkout (a worktree sits one level deeper than the main checkout)."""
    for parent in HERE.parents:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared"
    return HERE.parents[2] / "shared"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rebuild(labels_path: Path, mirror: Path, shared: Path, out: Path) -> str:
    """Write one document's input, gold and metadata to ``out``; return a status line."""
    spec = json.loads(labels_path.read_text(encoding="utf-8"))
    doc_id, ext = spec["id"], spec["input"]["ext"]
    raw = extract(read_source(spec["source"], mirror, shared), spec["source"].get("extract", {}))
    if sha(raw) != spec["input"]["sha256"]:
        return f"{doc_id}: CHANGED: the source no longer gives the labelled input (sha256 differs); not written"
    gold = gold_lines(input_lines(raw, ext), spec["lines"], spec.get("cuts", {}))
    text = "\n".join(gold) + "\n"
    if sha(text) != spec["gold_sha256"]:
        return f"{doc_id}: CHANGED: the labels no longer give the labelled gold (sha256 differs); not written"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{doc_id}.input.{ext}").write_text(raw, encoding="utf-8", newline="")
    (out / f"{doc_id}.gold.txt").write_text(text, encoding="utf-8")
    (out / f"{doc_id}.gold.json").write_text(
        json.dumps(spec["meta"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return f"{doc_id}: ok ({len(gold)} gold lines)"


def sources_table() -> str:
    """SOURCES.md: every document with its site, format, source, licence and how it is stored."""
    rows = [
        "# Sources of benchmarks/real",
        "",
        "Written by `python benchmarks/real/rebuild.py sources` from `committed.json` and `*.labels.json`.",
        "",
        "| id | site | format | repository | path | commit | licence | stored |",
        "|---|---|---|---|---|---|---|---|",
    ]
    docs: list[tuple[str, dict, str]] = []
    for doc_id, doc in json.loads((HERE / "committed.json").read_text(encoding="utf-8")).items():
        docs.append((doc_id, doc, "committed"))
    for path in HERE.glob("*.labels.json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
        docs.append((spec["id"], spec, "rebuilt"))
    for doc_id, doc, stored in sorted(docs, key=lambda d: d[0]):
        src = doc["source"]
        where = src["path"]
        how = src.get("extract", {})
        if "record" in src:
            where += f" (article {src['record']})"
        elif how.get("kind") == "json":
            where += f" (record {how['index']}: {', '.join(how['fields'])})"
        elif how.get("kind") == "csv":
            where += f" (row {how['row']}: {', '.join(how['fields'])})"
        elif how.get("kind") == "jsonl":
            where += f" (line {how['line']}: {', '.join(how['fields'])})"
        elif how.get("kind") == "split":
            where += f" (record {how['index']} between {how['separator']!r})"
        commit = src.get("commit", "")[:10] or "—"
        rows.append(
            f"| {doc_id} | {doc['site']} | {doc['format']} | {src['repo']} | {where} | {commit} | {src['licence']} "
            f"| {stored} |"
        )
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", nargs="*", help="document ids (default: all); 'derive ID...' writes labels from cache/")
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="where fetch left the snapshots")
    ap.add_argument("--shared", type=Path, default=shared_dir(), help="the shared/ folder")
    ap.add_argument("--out", type=Path, default=CACHE)
    a = ap.parse_args(argv)
    if a.ids[:1] == ["sources"]:
        (HERE / "SOURCES.md").write_text(sources_table(), encoding="utf-8")
        return 0
    if a.ids[:1] == ["derive"]:
        for doc_id in a.ids[1:]:
            path = HERE / f"{doc_id}.labels.json"
            spec = json.loads(path.read_text(encoding="utf-8"))
            ext = spec["input"]["ext"]
            with open(a.out / f"{doc_id}.input.{ext}", encoding="utf-8", newline="") as f:
                raw = f.read()
            gold = [x for x in (a.out / f"{doc_id}.gold.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
            spec["input"]["sha256"] = sha(raw)
            spec["lines"], spec["cuts"] = derive(input_lines(raw, ext), gold)
            spec["gold_sha256"] = sha("\n".join(gold_lines(input_lines(raw, ext), spec["lines"], spec["cuts"])) + "\n")
            path.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{doc_id}: labels written")
        return 0
    wanted = set(a.ids)
    failed = 0
    for path in sorted(HERE.glob("*.labels.json")):
        if wanted and path.name.split(".")[0] not in wanted:
            continue
        try:
            status = rebuild(path, a.mirror, a.shared, a.out)
        except (OSError, subprocess.CalledProcessError, ValueError, SyntaxError, KeyError, IndexError) as exc:
            status = f"{path.name.split('.')[0]}: FAILED: {exc}"
        failed += "ok (" not in status
        print(status)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
