"""Corpus-learned boilerplate: keys, counting, bounds, files, and the must-show property."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import examples
from vnnews_clean import Boilerplate, BoilerplateError, CleanOptions, Pipeline, clean, clean_document, learn_boilerplate
from vnnews_clean.boilerplate import BoilerplateLearner, boilerplate_key
from vnnews_clean.normalization import normalize

DATA = Path(__file__).parent / "data"
ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)


def body(i: int) -> str:
    return (
        f"Đoạn thân bài riêng của bài số {'một hai ba bốn năm sáu bảy tám chín mười'.split()[i % 10]} kể chuyện khác."
    )


def corpus(n: int, *furniture: str) -> list[str]:
    """n documents: a distinct title and body each, the furniture lines in all."""
    return [
        f"{furniture[0]}\nTiêu đề {body(i)[:-1]} {'x' * (i + 1)}\n{body(i)} {'y' * (i + 1)}\n"
        + "\n".join(furniture[1:])
        for i in range(n)
    ]


def test_key_folds_case_digits_spaces_and_edge_separators() -> None:
    assert (
        boilerplate_key("  Cập nhật: 12/3/2021   10:22 ")
        == boilerplate_key("cập nhật: 1/11/2020 9:05")
        == "cập nhật: 0/0/0 0:0"
    )
    assert boilerplate_key("» Gửi góp ý |") == boilerplate_key("GỬI GÓP Ý") == "gửi góp ý"
    assert boilerplate_key("Bà") != boilerplate_key("Ba")  # diacritics tell words apart
    assert boilerplate_key(" | - ") == ""


def test_a_line_counts_once_per_document() -> None:
    repeated = "\n".join(["Gửi góp ý"] * 10)
    assert "Gửi góp ý" not in learn_boilerplate([repeated] * 4, min_docs=5)
    b = learn_boilerplate([repeated] * 5, min_docs=5)
    assert "gửi góp ý" in b and b.count("Gửi góp ý") == 5 and b.documents == 5


def test_thresholds_by_count_share_and_shape() -> None:
    sentence = "Mời bạn đọc gửi ý kiến về bài viết này cho tòa soạn."  # prose-shaped, 12 words
    long_line = " ".join(["chữ"] * 25)
    menu = "Thời sự Kinh tế Văn hóa"

    def docs(share_sentence: int) -> list[str]:
        return [
            "\n".join(
                [body(i) + str(i), long_line, *([sentence] if i < share_sentence else []), *([menu] if i < 8 else [])]
            )
            for i in range(20)
        ]

    learnt = learn_boilerplate(docs(8))
    assert menu in learnt  # short and in 8 of 20
    assert sentence not in learnt  # sentence-shaped and in under half
    assert long_line not in learnt  # too long ever to be learnt
    assert sentence in learn_boilerplate(docs(12))
    assert menu not in learn_boilerplate(docs(8), min_share=0.5)
    assert menu not in learn_boilerplate(docs(8), min_docs=9)


def letters(i: int) -> str:
    """A distinct digit-free word per number (digits would fold to one key)."""
    return "".join(chr(0x61 + int(d)) for d in str(i))


def test_memory_is_bounded_and_counts_never_exceed_the_truth() -> None:
    learner = BoilerplateLearner(capacity=10, min_docs=5)
    for i in range(300):
        unique = "\n".join(f"dòng riêng {letters(i)} {part}" for part in "abc")
        learner.add(f"Gửi góp ý\n{unique}\nkhác {chr(0x61 + i % 26)}")
        assert len(learner.counts) <= 20
    assert learner.slack > 0  # pruning happened
    assert 300 - learner.slack <= learner.counts["gửi góp ý"] <= 300
    result = learner.result()
    assert "Gửi góp ý" in result and len(result) <= 10
    assert "dòng riêng dh a" not in result and "khác h" not in result  # rare lines are not learnt


def test_save_load_round_trip(tmp_path: Path) -> None:
    b = learn_boilerplate(corpus(6, "Trang chủ Thời sự", "Gửi góp ý", "Ảnh minh họa"))
    assert set(b) == {"trang chủ thời sự", "gửi góp ý", "ảnh minh họa"}
    b.save(tmp_path / "b.json")
    loaded = Boilerplate.load(tmp_path / "b.json")
    assert loaded.counts == b.counts and loaded.documents == 6 and loaded.parameters == b.parameters
    assert Boilerplate.from_dict(json.loads(json.dumps(b.to_dict()))).counts == b.counts


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "invalid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"lines": {"a": 1}}', "not a vnnews_clean boilerplate"),
        (b"[1, 2]", "not a vnnews_clean boilerplate"),
        (b'{"format": "vnnews_clean.boilerplate", "version": 99}', "unsupported boilerplate version 99"),
        (b'{"format": "vnnews_clean.boilerplate", "version": 1, "documents": 3, "lines": {"a": "x"}}', '"lines"'),
        (b'{"format": "vnnews_clean.boilerplate", "version": 1, "documents": -1, "lines": {}}', '"documents"'),
    ],
)
def test_a_bad_file_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BoilerplateError, match=re.escape(message)) as error:
        Boilerplate.load(path)
    assert str(path) in str(error.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BoilerplateError, match="cannot read"):
        Boilerplate.load(tmp_path / "none.json")


def test_merge_of_shards() -> None:
    a = learn_boilerplate(corpus(5, "Trang chủ", "Gửi góp ý"))
    b = learn_boilerplate(corpus(6, "Trang chủ", "Hotline: 0901 234 567"))
    merged = a | b
    assert merged.counts == {"trang chủ": 11, "gửi góp ý": 5, "hotline: 0 0 0": 6}
    assert merged.documents == 11 and a.merge(b).counts == merged.counts
    with pytest.raises(TypeError):
        a.merge({})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tone_style"):
        a | learn_boilerplate(corpus(5, "Trang chủ"), tone_style="new")


def test_learners_of_shards_merge_into_the_learner_of_the_whole() -> None:
    docs = corpus(4, "Trang chủ", "Gửi góp ý") + corpus(3, "Trang chủ", "Ảnh minh họa")
    left, right = BoilerplateLearner(), BoilerplateLearner()
    for text in docs[:4]:
        left.add(text)
    for text in docs[4:]:
        right.add(text)
    whole = learn_boilerplate(docs)
    assert left.merge(right).result().counts == whole.counts == {"trang chủ": 7}
    with pytest.raises(ValueError, match="parameters"):
        left.merge(BoilerplateLearner(min_docs=3))


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="min_docs"):
        learn_boilerplate([], min_docs=1)
    with pytest.raises(ValueError, match="min_share"):
        learn_boilerplate([], min_share=0)
    with pytest.raises(ValueError, match="capacity"):
        learn_boilerplate([], capacity=0)
    with pytest.raises(TypeError, match="document must be str"):
        learn_boilerplate([b"bytes"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="boilerplate must be Boilerplate or None, not set"):
        clean("x", boilerplate={"a"})


def test_the_step_runs_before_the_title_is_found() -> None:
    docs = corpus(6, "Báo Lao Động Thủ Đô", "Gửi góp ý")
    b = learn_boilerplate(docs)
    assert Pipeline.default(boilerplate=b).names[:2] == ["normalize", "boilerplate"]
    assert "boilerplate" not in Pipeline.default().names
    result = clean_document(docs[2], boilerplate=b)
    assert result.title == docs[2].split("\n")[1]  # the site name recurs: it is not the title
    assert [(r.line, r.text, r.detail) for r in result.removed_by("boilerplate")] == [
        (1, "Báo Lao Động Thủ Đô", "in 6 of 6 documents"),
        (4, "Gửi góp ý", "in 6 of 6 documents"),
    ]
    assert hash(CleanOptions(boilerplate=b)) == hash(CleanOptions(boilerplate=b))
    assert CleanOptions(boilerplate=b) != CleanOptions(boilerplate=learn_boilerplate(docs))  # by identity
    assert clean(docs[2], boilerplate=learn_boilerplate([])) == clean(docs[2])


# --- the must-show property: generated corpora from one template -------------------------------


@cache
def body_pool() -> tuple[list[str], list[str]]:
    """Real titles and body lines (each key once in the file, so no two are the same line)."""
    text = (DATA / "baomoi-40.txt").read_text(encoding="utf-8")
    titles, lines = [], []
    for title, content in ARTICLE.findall(text):
        titles.append(normalize(title.strip()))
        lines += [normalize(line.strip()) for line in content.split("\n") if line.strip()]
    keys: dict[str, int] = {}
    for line in lines + titles:
        keys[boilerplate_key(line)] = keys.get(boilerplate_key(line), 0) + 1
    unique = [line for line in lines if keys[boilerplate_key(line)] == 1 and len(line.split()) >= 3]
    return [t for t in titles if keys[boilerplate_key(t)] == 1], unique


HEADERS = ["Trang chủ Thời sự Kinh tế Thế giới", "VnExpress", "Báo điện tử Dân trí", "Phiên bản di động"]
FOOTERS = [
    "Gửi góp ý",
    "Theo dõi chúng tôi trên Google News",
    "Hotline: 0901 234 567",
    "Bài và ảnh: Nhóm PV",
    "PV",
    "Bản quyền thuộc về Báo Người Lao Động",
    "Tải ứng dụng để đọc báo nhanh hơn",
]
CAPTIONS = ["Ảnh minh họa", "Ảnh: Internet", "(Ảnh: TTXVN)"]


@st.composite
def template_corpus(draw: st.DrawFn) -> tuple[list[str], set[str], set[str]]:
    """(documents, recurring furniture lines, body lines) of one site's template."""
    titles, pool = body_pool()
    n = draw(st.integers(10, 24))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=2, unique=True))
    footer = draw(st.lists(st.sampled_from(FOOTERS), min_size=1, max_size=4, unique=True))
    caption = draw(st.sampled_from(CAPTIONS))
    sizes = draw(st.lists(st.integers(1, 6), min_size=n, max_size=n))
    start = draw(st.integers(0, len(pool) - sum(sizes) - 1))
    quote = pool[start + sum(sizes)]  # a body line shared by a few documents
    long_lines = [line for line in pool if len(line.split()) > 20]
    repeated = draw(st.sampled_from(long_lines))  # long prose in every document: never learnt
    shared_by = set(draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=4, unique=True)))
    picked_titles = draw(st.permutations(titles))[:n]
    docs, bodies = [], set()
    for i, size in enumerate(sizes):
        lines = pool[start : start + size]
        start += size
        if i in shared_by:
            lines = [*lines[:1], quote, *lines[1:]]
        if i % 2 == 0:  # a captioned image in half of the documents, after the lead
            lines = [*lines[:1], caption, *lines[1:]]
        lines.append(repeated)
        bodies.update(lines)
        dated = f"Cập nhật: {i % 28 + 1}/{i % 12 + 1}/20{10 + i} {i % 24}:{i * 7 % 60:02d} GMT+7"
        varying = f"Từ khóa: {' '.join(draw(st.permutations(['kinh tế', 'giá vàng', 'bóng đá', 'y tế'])))[:2]}"
        docs.append("\n".join([*header, picked_titles[i], dated, *lines, *footer, varying]))
    bodies.discard(caption)
    furniture = {*header, *footer, caption, "Cập nhật: 1/1/2010 0:00 GMT+7"}
    return docs, furniture, bodies | set(picked_titles)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template_corpus())
def test_recurring_furniture_goes_and_no_body_line_does(case: tuple[list[str], set[str], set[str]]) -> None:
    docs, furniture, bodies = case
    b = learn_boilerplate(docs)
    furniture_keys = {boilerplate_key(line) for line in furniture}
    body_keys = {boilerplate_key(line) for line in bodies}
    for doc in docs:
        result = clean_document(doc, boilerplate=b)
        removed = {boilerplate_key(r.text) for r in result.removed_by("boilerplate")}
        present = furniture_keys & {boilerplate_key(line) for line in doc.split("\n")}
        assert present <= removed, "recurring furniture was kept"
        assert not removed & body_keys, "a body line was removed as boilerplate"
        assert not present & {boilerplate_key(line) for line in result.text.split("\n")}


def test_the_documented_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = (Path(__file__).parent.parent / "docs" / "cleaners.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Corpus-learned boilerplate") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    monkeypatch.chdir(tmp_path)
    exec(code[1], {})
    assert Boilerplate.load(tmp_path / "boilerplate.json").documents == 6


def test_a_learnt_line_between_body_paragraphs_stays() -> None:
    """Issue 18: a line seen in every document is furniture at the page's edges, but a sentence
    between two paragraphs of the article is text (a quote the articles repeat)."""
    quote = "Chủ tịch nước nhấn mạnh mọi chính sách phải hướng tới người dân và doanh nghiệp."
    menu = "Trang chủ Thời sự Thế giới"
    docs = [
        "\n".join(
            [
                menu,
                f"Bài viết số {i} về kinh tế địa phương",
                f"Sáng nay, hội nghị số {i} của tỉnh đã bàn về kinh tế và việc làm cho người lao động.",
                quote,
                f"Các đại biểu cũng thống nhất nhiều giải pháp cho năm {2000 + i}, theo báo cáo của ban tổ chức.",
            ]
        )
        for i in range(100)
    ]
    learnt = learn_boilerplate(docs)
    assert learnt.key_count(boilerplate_key(quote)) == 100 and learnt.key_count(boilerplate_key(menu)) == 100
    result = clean_document(docs[7], boilerplate=learnt)
    assert quote in result.text.split("\n")
    assert menu not in result.text.split("\n")
