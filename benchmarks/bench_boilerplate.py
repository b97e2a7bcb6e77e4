"""Corpus-learned boilerplate on real bodies: what is learnt, what it removes, and its cost.

    python benchmarks/bench_boilerplate.py [CORPUS]   # default: ../shared/corpora/baomoi-500.txt

Each article of the corpus is wrapped in the furniture of one of three made-up
site templates (a header menu, a dated line, a caption in every other
article, footers), boilerplate is learnt per template, and each article is
cleaned with its template's set. Prints the learning and cleaning throughput
(best of 3; noisy on a shared machine), the lines learnt, how many furniture
lines were removed, and how many body lines the ``boilerplate`` rule removed
(it should be 0).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_clean import DEFAULT, articles, throughput

from vnnews_clean import clean, clean_document, learn_boilerplate
from vnnews_clean.boilerplate import line_key

TEMPLATES = [
    (
        ["Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh", "Thứ hai, {d}/{m}/2021, {h}:{mi} (GMT+7)"],
        ["Gửi góp ý", "Theo dõi VnMẫu trên Google News"],
    ),
    (
        ["Báo Mẫu điện tử", "Cập nhật: {d}/{m}/2021 {h}:{mi}"],
        ["Hotline: 0901 {mi}{d} 567", "Bản quyền thuộc về Báo Mẫu"],
    ),
    (["Tin Mẫu 24h", "{d}/{m}/2021 | {h}:{mi}"], ["Tải ứng dụng Tin Mẫu để đọc nhanh hơn", "Nhóm PV"]),
]


def wrap(i: int, body: str) -> tuple[int, str, list[str]]:
    """(template, document, its furniture lines)."""
    t = i % len(TEMPLATES)
    head, foot = TEMPLATES[t]
    values = {"d": i % 28 + 1, "m": i % 12 + 1, "h": i % 24, "mi": f"{i * 7 % 60:02d}"}
    furniture = [line.format(**values) for line in (*head, *foot)]
    lines = body.split("\n")
    if i % 2 == 0:
        furniture.append("Ảnh minh họa")
        lines = [*lines[:2], "Ảnh minh họa", *lines[2:]]
    return t, "\n".join([*furniture[: len(head)], *lines, *furniture[len(head) : len(head) + len(foot)]]), furniture


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    bodies = articles(parser.parse_args().corpus)
    wrapped = [wrap(i, body) for i, body in enumerate(bodies)]
    groups = [[doc for t, doc, _ in wrapped if t == k] for k in range(len(TEMPLATES))]
    size = sum(len(doc.encode()) for _, doc, _ in wrapped) / 1e6
    start = time.perf_counter()
    learnt = [learn_boilerplate(group) for group in groups]
    print(f"{len(wrapped)} documents, {size:.2f} MB; learning {size / (time.perf_counter() - start):.1f} MB/s")
    for k, b in enumerate(learnt):
        print(f"template {k}: {sorted(b)}")
    furniture = kept = body_removed = 0
    for (t, doc, lines), body in zip(wrapped, bodies, strict=True):
        result = clean_document(doc, boilerplate=learnt[t])
        removed = {line_key(r.text) for r in result.removed_by("boilerplate")}
        furniture += len(lines)
        kept += sum(line_key(line) not in removed for line in lines)
        body_removed += len(removed & {line_key(line) for line in body.split("\n")})
    print(f"furniture lines: {furniture}, kept: {kept}; body lines removed by boilerplate: {body_removed}")
    docs = [doc for _, doc, _ in wrapped]
    plain = throughput(clean, docs)
    by_template = {doc: learnt[t] for t, doc, _ in wrapped}
    with_set = throughput(lambda doc: clean(doc, boilerplate=by_template[doc]), docs)
    print(f"clean: {plain:.1f} MB/s; clean with boilerplate: {with_set:.1f} MB/s")


if __name__ == "__main__":
    main()
