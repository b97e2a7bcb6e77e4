"""``looks_like_markup``: HTML to parse (a page, or a fragment whose tags make its lines) versus text
that may hold a stray tag or two (issue 18: such text was emptied, and a ``.html`` file of plain
text lost its paragraphs)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews_clean.html import looks_like_markup

from .helpers import examples
from .strategies import paragraph

PARAGRAPHS = st.lists(paragraph(), min_size=2, max_size=8)
# (10 ms an example, mostly making the paragraphs: 100 examples, 3000 under the thorough profile)
SLOW = settings(max_examples=examples(100))
STRAY = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<b>", "<a href='/x'>", "</a>", "<li>"])


@SLOW
@given(PARAGRAPHS, st.lists(STRAY, max_size=2), st.data())
def test_paragraphs_with_a_tag_or_two_are_text(paragraphs: list[str], tags: list[str], data: st.DataObject) -> None:
    text = "\n\n".join(paragraphs)
    for tag in tags:
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + tag + text[at:]
    assert not looks_like_markup(text)


@SLOW
@given(PARAGRAPHS, st.sampled_from(["b", "i", "a href='https://baomau.vn/'", "span class='x'", "strong"]))
def test_paragraphs_with_inline_tags_in_every_line_are_text(paragraphs: list[str], inline: str) -> None:
    name = inline.split()[0]
    text = "\n".join(f"{p[:10]}<{inline}>{p[10:20]}</{name}>{p[20:]}" for p in paragraphs)
    assert not looks_like_markup(text)


@SLOW
@given(PARAGRAPHS, st.sampled_from(["", "\n", "\n\n", "\r\n"]), st.sampled_from(["p", "div", "li", "P"]))
def test_paragraphs_each_in_a_block_tag_are_markup(paragraphs: list[str], joint: str, tag: str) -> None:
    assert looks_like_markup(joint.join(f"<{tag}>{p}</{tag}>" for p in paragraphs))


@SLOW
@given(PARAGRAPHS)
def test_pretty_printed_markup_is_markup(paragraphs: list[str]) -> None:
    body = "".join(f"  <p>\n    {p}\n  </p>\n" for p in paragraphs)
    assert looks_like_markup(f"<div class='detail'>\n{body}</div>\n")


@given(st.lists(paragraph(), max_size=3).map("\n".join), st.sampled_from(["<!DOCTYPE html>", "<html>", "<body>"]))
def test_a_page_is_markup(text: str, start: str) -> None:
    assert looks_like_markup(f"{start}\n{text}")


def test_the_examples_of_the_issue() -> None:
    assert not looks_like_markup("<div>x</div> Lạm phát")
    assert not looks_like_markup("Tiêu đề\n\nĐoạn một.\n\nĐoạn hai.\n")
    assert looks_like_markup("<p>Đoạn một.</p><p>Đoạn hai.</p>")


def test_a_huge_single_line_is_looked_at_without_a_copy() -> None:
    line = "<p>" + "Người dân hoà mình vào lễ hội. " * 200_000 + "</p>" + "<p>x</p>"
    assert looks_like_markup(line)
    assert not looks_like_markup("Người dân <b>hoà</b> mình. " * 200_000)
