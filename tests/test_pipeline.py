"""Pipeline: default steps, composition, custom steps, options, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnnews_clean import CleanOptions, Pipeline, clean, clean_document
from vnnews_clean.cleaners import ImageCleaner, NavigationCleaner, NormalizeCleaner, WhitespaceCleaner

DATA = Path(__file__).parent / "data"
DEFAULT_STEPS = [
    "normalize",
    "html_residue",
    "flattened",
    "dom",
    "record_fields",
    "navigation",
    "related_block",
    "inline_related",
    "title",
    "image",
    "head",
    "repeated_title",
    "source_tag",
    "duplicate",
    "tail",
    "byline",
    "whitespace",
]


@pytest.mark.parametrize("name", ["000_1bca9837df4029be", "003_ac284cbe6b00c6ee"])
def test_real_articles_come_out_as_gold(name: str) -> None:
    raw = (DATA / f"{name}.input.txt").read_text(encoding="utf-8")
    gold = [
        line.removeprefix("?? ")
        for line in (DATA / f"{name}.gold.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    meta = json.loads((DATA / f"{name}.gold.json").read_text(encoding="utf-8"))
    result = clean_document(raw)
    assert result.text.split("\n") == gold  # the optional kicker line is kept
    assert (result.title, result.author, result.source) == (meta["title"], meta["author"], meta["source"])


def test_default_steps_have_stable_names() -> None:
    assert Pipeline.default().names == DEFAULT_STEPS


def test_pipeline_on_a_string_returns_a_string() -> None:
    pipeline = Pipeline.default()
    raw = "Tiêu đề bài\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\nPhiên bản di động"
    assert pipeline(raw) == "Tiêu đề bài\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề."
    assert pipeline(raw) == clean(raw)


def test_drop_a_step() -> None:
    raw = "Tiêu đề bài\nĐoạn mở đầu của bài viết, dài hơn một tiêu đề.\nPhiên bản di động"
    # the tail step would take the menu line too: without both it stays
    assert Pipeline.default().without("navigation", "tail")(raw).endswith("Phiên bản di động")
    assert Pipeline.default().without("navigation")(raw) == clean(raw)
    with pytest.raises(KeyError, match="navigatoin"):
        Pipeline.default().without("navigatoin")


def test_build_your_own_and_add_a_function() -> None:
    def drop_ads(text: str) -> str:
        return "\n".join(line for line in text.split("\n") if not line.startswith("QC:"))

    pipeline = Pipeline([NormalizeCleaner(), ImageCleaner(), NavigationCleaner(), WhitespaceCleaner()]).with_step(
        drop_ads
    )
    assert pipeline.names == ["normalize", "image", "navigation", "drop_ads", "whitespace"]
    result = pipeline.run("Bài viết hoà bình.\nQC: mua ngay\n\nChia sẻ")
    assert result.text == "Bài viết hòa bình."
    assert [(r.rule, r.text) for r in result.removed] == [
        ("normalize", "Bài viết hoà bình."),
        ("drop_ads", "QC: mua ngay"),
        ("navigation", "Chia sẻ"),
    ]  # in input order


def test_with_step_before_and_after() -> None:
    pipeline = Pipeline.default().with_step(str.strip, before="title")
    assert pipeline.names.index("strip") == pipeline.names.index("title") - 1
    pipeline = Pipeline.default().with_step(str.upper, after="normalize")
    assert pipeline.names[1] == "upper"
    assert pipeline("abc") == "ABC"


def test_step_names_must_be_unique_and_steps_callable() -> None:
    with pytest.raises(ValueError, match="unique"):
        Pipeline([NavigationCleaner(), NavigationCleaner()])
    with pytest.raises(TypeError, match="int"):
        Pipeline([42])  # type: ignore[list-item]


def test_a_step_returning_a_non_str_is_named() -> None:
    def bad_step(text: str) -> str:
        return None  # type: ignore[return-value]

    with pytest.raises(TypeError, match="bad_step"):
        Pipeline([bad_step]).run("x")


def test_options() -> None:
    raw = "\n".join(
        [
            "Tiêu đề hoà bình",
            "Đoạn mở đầu của bài viết, dài hơn một tiêu đề.",
            "![]() |",
            "| Chú thích ảnh. |",
            "Đoạn thứ hai cũng là một câu khá dài để đọc.",
            "Phương Thảo",
        ]
    )
    assert clean(raw, keep_captions=True).split("\n")[2] == "Chú thích ảnh."
    assert clean(raw, keep_byline=True).endswith("Phương Thảo")
    assert clean(raw, tone_style="new").startswith("Tiêu đề hoà bình")
    assert clean(raw, tone_style=None).startswith("Tiêu đề hoà bình")
    assert clean(raw).startswith("Tiêu đề hòa bình")
    assert clean(raw, paragraph_sep="\n\n").count("\n\n") == 2


def test_unknown_option_is_named() -> None:
    with pytest.raises(TypeError, match=r"keep_caption.*valid"):
        clean("x", keep_caption=True)
    with pytest.raises(ValueError, match="tone_style"):
        CleanOptions(tone_style="NEW")


@pytest.mark.parametrize("bad", [None, 3.5, b"Tin t\xe1\xbb\xa9c", bytearray(b"x"), ["a"]])
def test_non_str_input_raises_type_error_naming_the_type(bad: object) -> None:
    for function in (clean, clean_document, Pipeline.default(), ImageCleaner()):
        with pytest.raises(TypeError, match=type(bad).__name__):
            function(bad)  # type: ignore[operator]


def test_empty_and_blank_input() -> None:
    assert clean("") == ""
    assert clean("\n \n\t\n") == ""
    result = clean_document("")
    assert (result.title, result.author, result.source, result.removed) == (None, None, None, ())


def test_huge_single_line_is_kept_whole() -> None:
    """2 MB on one line (the 10 MB timing lives in benchmarks/, not in tests)."""
    line = ("Người dân hoà mình vào lễ hội, " * 70_000).strip()
    out = clean(line)
    assert len(out) == len(line)
    assert out.count("hòa") == 70_000


def test_pathological_lines_do_not_break_anything() -> None:
    for raw in ["<" * 100_000, "![" * 50_000, ">> " * 30_000, "(" * 100_000 + "x", "a" * 200_000 + "à"]:
        assert isinstance(clean(raw), str)


def test_a_byline_with_text_after_it_is_settled_in_one_pass() -> None:
    """Each step runs once: the labels of the clean output keep every line (no settle loop)."""
    text = (
        "Người người người người\nNgười người người người người người người người.\nPhương Thảo\n"
        "Người người người người người lao. Người người người người người người.\nNgười người người người người\n"
        "Người người người lao\nNgười người người động\nNgười người người người người người. Người người người người."
    )
    pipeline = Pipeline.default()
    once = pipeline(text)
    assert pipeline(once) == once
    assert all(label.kept for label in pipeline.run(once).labels)
