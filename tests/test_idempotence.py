"""clean(clean(x)) == clean(x) on every article of a real corpus.

A second run must find nothing left to remove: a rule that drops a line only
after another rule changed its neighbour (an agency tag stripped from a lead
that the article repeats) would lose article text the first run kept.
"""

from __future__ import annotations

import re
from pathlib import Path

from vnnews_clean import clean

DATA = Path(__file__).parent / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)


def baomoi() -> list[str]:
    text = (DATA / "baomoi-500.txt").read_text(encoding="utf-8")
    return [f"{title.strip()}\n{content.strip()}" for title, content in ARTICLE.findall(text)]


def test_corpus_is_read_whole() -> None:
    assert len(baomoi()) == 500


def test_clean_is_idempotent_on_every_baomoi_article() -> None:
    failures = []
    for number, article in enumerate(baomoi()):
        once = clean(article)
        if clean(once) != once:
            failures.append(number)
    assert failures == []


def test_lead_repeated_after_its_agency_tag_is_one_line() -> None:
    lead = "Xem ở các nước thấy xe buýt bên họ phục vụ thật văn minh mà thèm, ai cũng nói vậy."
    body = "Thân bài có một câu khá dài để làm đoạn văn."
    text = f"Nhìn xe buýt nước ngoài phục vụ văn minh\n(Dân trí) - {lead}\n{body}\n{lead}"
    once = clean(text)
    assert once.count(lead) == 1
    assert clean(once) == once
