"""Generated pages: random article paragraphs among random furniture give back exactly the article,
and the text properties (idempotence, no invented text, UTF-8) hold for clean_html output."""

from __future__ import annotations

import html as html_lib
import re
import string

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import vnnews_clean as v
from tests.helpers import examples

WORDS = """người dân thành phố hà nội đã đến tham dự buổi lễ khai mạc rất đông vui năm nay chính quyền
cho biết kế hoạch xây dựng trường học mới tại các quận huyện trong tháng tới sẽ được triển khai
theo đúng tiến độ với tổng vốn đầu tư hơn một nghìn tỷ đồng từ ngân sách""".split()

word = st.sampled_from(WORDS)
_PUNCTUATION = string.punctuation + "…“”‘’«»–—"


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=8, max_size=18))
    middle = draw(st.integers(3, len(words) - 3))
    text = " ".join(words[:middle]) + ", " + " ".join(words[middle:])
    return text[0].upper() + text[1:] + "."


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


def link_list(titles: list[str], cls: str) -> str:
    items = "".join(f"<li><a href='/t{i}'>{html_lib.escape(t)}</a></li>" for i, t in enumerate(titles))
    return f"<div class='{cls}'><h3>Tin liên quan</h3><ul>{items}</ul></div>"


title_text = st.lists(word, min_size=4, max_size=9).map(lambda ws: " ".join(ws).capitalize())
furniture_inside = st.sampled_from(
    [
        "<div class='social-share'><a href='#'>Chia sẻ</a> <a href='#'>Facebook</a></div>",
        "<figure><img src='a.jpg'><figcaption>Quang cảnh buổi lễ. Ảnh: Minh Anh</figcaption></figure>",
        "<div class='ads'>Quảng cáo</div>",
        "<ul><li><a href='/r1'>Giá vàng hôm nay tăng mạnh</a></li><li><a href='/r2'>Xăng giảm giá</a></li></ul>",
        "<div class='box-comment'><p>Bình luận của bạn đọc về bài viết này rất hay và bổ ích.</p></div>",
        "<p><img src='b.jpg'></p>",
    ]
)
furniture_outside = st.sampled_from(
    [
        "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/ts'>Thời sự</a></li></ul></nav>",
        "<header class='top'><a href='/'>Báo Mẫu</a><div class='menu'><a href='/kd'>Kinh doanh</a></div></header>",
        "<aside class='sidebar'><h3>Xem nhiều</h3><ul><li><a href='/x'>Một tin được xem nhiều</a></li></ul></aside>",
        "<footer><p>Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại.</p></footer>",
        "<div class='breadcrumb'><a href='/'>Trang chủ</a> » <a href='/xh'>Xã hội</a></div>",
    ]
)


@st.composite
def generated_page(draw: st.DrawFn) -> tuple[str, list[str]]:
    title = draw(title_text)
    body = draw(st.lists(paragraph(), min_size=2, max_size=8, unique=True))
    sentences = [s for text in body for s in text.split(". ")]
    assume(len(set(sentences)) == len(sentences))  # a repeated sentence is the duplicate rule's, not extraction's
    assume(not any(a in b for a in body for b in body if a is not b))
    blocks: list[str] = []
    for text in body:
        blocks.append(f"<p>{html_lib.escape(text)}</p>")
        if draw(st.booleans()):
            blocks.append(draw(furniture_inside))
    related = draw(st.lists(title_text, min_size=2, max_size=5))
    ld = ""
    if draw(st.booleans()):
        ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
    cls = draw(st.sampled_from(["detail", "content", "", "fck_detail", "singular-content", "x1"]))
    before = "".join(draw(st.lists(furniture_outside, max_size=3)))
    after = "".join(draw(st.lists(furniture_outside, max_size=3)))
    page = (
        f"<!DOCTYPE html><html><head><title>{html_lib.escape(title)} - Báo Mẫu</title>{ld}</head><body>"
        f"{before}<div class='wrap'><h1>{html_lib.escape(title)}</h1>"
        f"<div class='{cls}'>{''.join(blocks)}</div>{link_list(related, 'box-related')}</div>{after}</body></html>"
    )
    return page, [title, *body]


@settings(max_examples=examples(25), deadline=None)
@given(generated_page())
def test_generated_page_gives_back_the_article(case: tuple[str, list[str]]) -> None:
    page, expected = case
    result = v.clean_html_document(page)
    assert result.text.split("\n") == expected
    assert result.title == expected[0]


@settings(max_examples=examples(25), deadline=None)
@given(generated_page())
def test_clean_html_output_is_clean_text(case: tuple[str, list[str]]) -> None:
    page, _ = case
    out = v.clean_html(page)
    assert v.clean(out) == out  # idempotent through the text pipeline
    out.encode("utf-8")


@settings(max_examples=examples(25), deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_raises_a_parser_error_and_invents_nothing(text: str) -> None:
    try:
        result = v.clean_html_document(text)
    except v.NotHtmlError:
        return
    # every word of the output is in the input, once tags are gone and entities decoded
    plain = v.normalize(" ".join(re.sub(r"<[^>]*>?", "", text).split()))
    squashed = plain.replace(" ", "")
    for line in result.text.split("\n"):
        for token in line.split():
            core = v.normalize(token).strip(_PUNCTUATION)
            assert not core or core in plain or core in squashed


@settings(max_examples=examples(25), deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_result_or_a_value_error(data: bytes) -> None:
    try:
        result = v.clean_html_document(data)
    except ValueError:
        return
    assert isinstance(result.text, str)


@settings(max_examples=examples(25), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a href=x>",
                "</a>",
                "<table>",
                "<td>",
                "<br>",
                "<figure>",
                "<img src=a>",
                "<h1>",
                "</h1>",
                "Người dân, ",
                "đến dự lễ. ",
                "&amp;",
            ]
        ),
        max_size=60,
    )
)
def test_tag_soup_never_raises(parts: list[str]) -> None:
    out = v.clean_html("".join(parts))
    assert v.clean(out) == out
