"""clean_html on small pages: one test per family of page furniture, metadata, encodings and bad input."""

from __future__ import annotations

from html import escape as html_escape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import vnnews_clean as v
from vnnews_clean import clean_html_document
from vnnews_clean.html import declared_encoding, decode_html

from .helpers import to_cp1258

DATA = Path(__file__).parent / "data" / "html"

P1 = "Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá xăng E5 giảm 650 đồng."
P2 = "Cơ quan điều hành cho biết, giá thế giới trong kỳ qua giảm do lo ngại nhu cầu yếu và tồn kho tăng."
P3 = "Đây là lần giảm thứ ba liên tiếp của giá xăng kể từ đầu tháng hai, sau chuỗi năm lần tăng giá."
TITLE = "Giá xăng giảm mạnh từ chiều nay"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def article(inner: str, title: str = TITLE) -> str:
    return page(f"<h1>{title}</h1><div class='detail'>{inner}</div>")


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_sample_page_gives_article_and_metadata():
    result = v.clean_html_document((DATA / "sample_article.html").read_bytes())
    assert result.text.split("\n") == [
        TITLE,
        "Giá xăng RON 95 giảm hơn 700 đồng mỗi lít từ 15h hôm nay, mức giảm mạnh nhất trong ba tháng qua.",
        "Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu trong nước, theo đó giá xăng E5 RON 92"
        " giảm 650 đồng.",
        "Cơ quan điều hành cho biết, giá thế giới trong kỳ qua giảm do lo ngại nhu cầu yếu, cùng với đó là tồn kho"
        " tăng.",
        "Quỹ bình ổn không trích lập",
        "Kỳ này, liên Bộ không trích lập và không chi sử dụng quỹ bình ổn giá với các mặt hàng xăng dầu.",
        "Đây là lần giảm thứ ba liên tiếp của giá xăng kể từ đầu tháng hai, sau chuỗi năm lần tăng.",
    ]
    assert result.title == TITLE
    assert result.author == "Minh Anh"
    assert result.published == "2024-03-12T15:00:00+07:00"
    assert result.warnings == ()
    details = {r.detail for r in result.removed_by("html")}
    assert "link-dense block" in details
    assert any("comment" in d for d in details)
    assert any("<footer>" in d for d in details)
    removed_text = " ".join(r.text for r in result.removed)
    for noise in ("Thời sự", "Trang chủ", "Chia sẻ", "Bình luận", "Xem nhiều", "Giấy phép", "Giá vàng hôm nay"):
        assert noise in removed_text


def test_script_style_and_comments_never_reach_the_text():
    html = article(paras(P1) + "<script>var s = 'Một câu trong mã';</script><style>p{}</style><!-- ghi chú -->")
    text = v.clean_html(html)
    assert text == f"{TITLE}\n{P1}"


@pytest.mark.parametrize(
    "furniture",
    [
        "<nav><a href='/a'>Thời sự</a> <a href='/b'>Kinh doanh</a></nav>",
        "<div class='share-bar'>Chia sẻ Facebook Zalo</div>",
        "<div id='comments'><p>Bài viết hay quá, cảm ơn tác giả đã viết rất nhiều điều bổ ích cho bạn đọc.</p></div>",
        "<aside><h3>Đọc nhiều</h3><p>Một tin khác được nhiều người đọc trong ngày hôm nay rồi.</p></aside>",
        "<div class='box-related'><a href='/x'>Tin một</a><a href='/y'>Tin hai</a></div>",
        "<div class='ads'>Quảng cáo</div>",
        "<footer>Giấy phép số 123/GP-BTTTT. Ghi rõ nguồn khi phát hành lại thông tin.</footer>",
        # (benchmarks/real 206: a text-to-speech reader's voices)
        "<div class='select-voice'><ul><li><div class='voice-name'><span>Nam miền Bắc</span></div></li>"
        "<li><div class='voice-name'><span>Nữ miền Nam</span></div></li></ul></div>",
    ],
)
def test_furniture_inside_the_article_is_dropped_and_recorded(furniture):
    result = v.clean_html_document(article(paras(P1) + furniture + paras(P2)))
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert result.removed_by("html")


def test_related_listing_inside_the_article():
    listing = (
        "<ul><li><a href='/1'>Giá vàng hôm nay tăng vọt</a></li><li><a href='/2'>Xăng có thể giảm tiếp</a></li></ul>"
    )
    result = v.clean_html_document(article(paras(P1) + listing + paras(P2)))
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.detail == "link-dense block" and "Giá vàng" in r.text for r in result.removed)


def test_link_only_line_is_a_related_title():
    inline = "<div><p><a href='/z'>Giá vàng hôm nay tăng vọt (12/3/2024)</a></p></div>"
    result = v.clean_html_document(article(paras(P1) + inline + paras(P2)))
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.detail == "link line" for r in result.removed)


def test_inline_links_in_a_paragraph_stay():
    linked = f"Theo <a href='/bo'>Bộ Công Thương</a>, {P2}"
    assert v.clean_html(article(paras(P1, linked))) == f"{TITLE}\n{P1}\nTheo Bộ Công Thương, {P2}"


def test_figure_caption_dropped_by_image_rule_or_kept():
    figure = "<figure><img src='a.jpg'><figcaption>Người dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành</figcaption></figure>"
    html = article(paras(P1) + figure + paras(P2))
    result = v.clean_html_document(html)
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.rule == "image" and "Người dân đổ xăng" in r.text for r in result.removed)
    kept = v.clean_html(html, keep_captions=True)
    assert kept == f"{TITLE}\n{P1}\nNgười dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành\n{P2}"


def test_text_in_a_figure_beside_its_picture_is_never_lost():
    """A theme sets a picture's caption in a <p> inside the <figure>, no <figcaption> ("<figure><img><center><p
    class='caption-text'>…</p></center></figure>"): it is the caption, dropped under rule image or kept with
    keep_captions, never lost without a record; a paragraph of prose set in a figure is read as the article's text
    (audit25: 11 lines of 5 football pages vanished, in neither the text nor removed)."""
    caption = "Đội hình ra sân của đội tuyển. (Ảnh: VFF)"
    figure = f"<figure><img src='a.jpg'><center><p class='caption-text'>{caption}</p></center></figure>"
    html = article(paras(P1) + figure + paras(P2))
    result = v.clean_html_document(html)
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.rule == "image" and caption in r.text for r in result.removed)
    assert caption in v.clean_html(html, keep_captions=True).split("\n")
    # the photographer's name after the figcaption ("<div class='PhotoCMS_Author'>L.N</div>", thanhnien, tuoitre) is
    # the caption's too
    credited = "<figure><img src='c.jpg'><figcaption>Một lớp học trực tuyến</figcaption><div>L.N</div></figure>"
    result = v.clean_html_document(article(paras(P1) + credited + paras(P2)))
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.rule == "image" and "L.N" in r.text for r in result.removed)
    prose = " ".join([P3] * 5)  # (a paragraph as long as a caption never is)
    held = article(paras(P1) + f"<figure><img src='b.jpg'><p>{prose}</p></figure>" + paras(P2))
    assert prose in v.clean_html(held).split("\n")


def test_a_days_dateline_in_a_heading_goes_and_a_live_blogs_time_stays():
    # (giaoduc.net.vn: the date under the title in an <h3>, kept as a sub-heading that a second pass dropped)
    dated = article("<h3>02/08/2021 17:58</h3>" + paras(P1, P2))
    assert v.clean_html(dated) == f"{TITLE}\n{P1}\n{P2}"
    live = article(paras(P1) + "<h3>08:30</h3>" + paras(P2) + "<h3>09:15</h3>" + paras(P3))
    assert v.clean_html(live) == f"{TITLE}\n{P1}\n08:30\n{P2}\n09:15\n{P3}"
    timeline = article(paras(P1) + "<h3>Ngày 19/8/1945</h3>" + paras(P2))  # a timeline's heading stays
    assert v.clean_html(timeline) == f"{TITLE}\n{P1}\nNgày 19/8/1945\n{P2}"
    assert v.clean(v.clean_html(dated)) == v.clean_html(dated)  # (the text path drops a lone time too)


def test_a_video_set_in_the_article_is_a_picture_and_its_caption_goes():
    # (thanhnien, the audit of unseen pages: the VCCorp CMS's video block, kept as a sub-heading before)
    video = (
        "<div class='VCSortableInPreviewMode' type='VideoStream' data-vid='a.mp4'><div class='VideoCMS_Caption'>"
        "<p>Lũ lớn ở Lai Châu khiến 1 người chết, 4 người mất tích</p></div></div>"
    )
    html = article(paras(P1) + video + paras(P2))
    assert v.clean_html(html) == f"{TITLE}\n{P1}\n{P2}"
    assert (
        v.clean_html(html, keep_captions=True)
        == f"{TITLE}\n{P1}\nLũ lớn ở Lai Châu khiến 1 người chết, 4 người mất tích\n{P2}"
    )
    fallback = "<video src='a.mp4'><p>Trình duyệt của bạn không hỗ trợ phát video này.</p></video>"
    assert v.clean_html(article(paras(P1) + fallback + paras(P2))) == f"{TITLE}\n{P1}\n{P2}"
    # an element that says video and holds the article's text beside a caption (a video story): all of it is read
    story = f"<div type='video'>{paras(P2)}<div class='caption'>Người dân đổ xăng.</div>{paras(P3)}</div>"
    assert v.clean_html(article(paras(P1) + story)) == f"{TITLE}\n{P1}\n{P2}\nNgười dân đổ xăng.\n{P3}"


def test_a_photo_story_told_in_its_captions_is_found_and_kept():
    """VnExpress's photo stories: a title, a lead, then a paragraph under each picture, in repeated wrappers
    (figure > figcaption > div > p) that no single block holds. The article is the block the figures repeat
    in, and the captions, holding more words than the rest, are its text (a normal article's captions go)."""
    story = [
        "Thân cây chắn ngang đường Đinh Tiên Hoàng, tán đè lên một số nhà dân, khiến giao thông tê liệt nhiều giờ.",
        "Đường Bùi Hữu Nghĩa ken đặc phương tiện ở cả hai chiều, ôtô và xe máy nối đuôi nhau nhích từng chút một.",
        "Khu vực này chiều qua cũng bị ùn tắc nghiêm trọng do lượng xe đổ về trung tâm tăng mạnh vào giờ cao điểm.",
        "Đến 9h30, hiện trường cây đổ đang được thu dọn, lực lượng chức năng mở lối cho xe qua lại bình thường.",
        "Người dân đi làm sớm phải vòng qua nhiều tuyến đường khác, mất thêm gần nửa giờ mới đến được cơ quan.",
    ]
    figures = "".join(
        f"<figure class='item_slide_show'><img src='{k}.jpg'><figcaption class='desc_cation'>"
        f"<div class='inner_caption'><p>{text}</p></div></figcaption></figure>"
        for k, text in enumerate(story)
    )
    lead = "Cây bồ đề hơn 20 m đổ ngang đường khiến một người bị thương, nhiều tuyến phố trung tâm ùn tắc."
    page = (
        f"<article><h1>{TITLE}</h1><p class='description'>{lead}</p><div class='vne-gallery'>{figures}</div></article>"
    )
    assert v.clean_html(page).splitlines() == [TITLE, lead, *story]


def test_a_card_for_another_article_set_in_the_text_goes():
    """ "Read also" cards in the body: a thumbnail and a title linking to one page, with a summary that is no
    link (vietnamnet's ``article.ck-cms-insert-news``). A paragraph with links, and a linked picture with a
    title linking elsewhere, stay."""
    card = (
        "<article class='ck-cms-insert-news'><a href='/xe-buyt-mien-phi.html'><img src='t.jpg'></a>"
        "<div class='insert-wiki-title'><a href='/xe-buyt-mien-phi.html'>Xe buýt miễn phí ngày đầu</a></div>"
        "<div class='insert-wiki-description'>Ngày đầu xe buýt miễn phí vé, các bến ở trung tâm đông người chờ.</div>"
        "</article>"
    )
    html = article(paras(P1) + card + paras(P2))
    result = v.clean_html_document(html)
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert [r.detail for r in result.removed if "Ngày đầu xe buýt" in r.text] == ["related card"]
    linked = f"Theo <a href='/bo'>Bộ Công Thương</a> và <a href='/so'>Sở Công Thương</a>, {P2}"
    expected = f"Theo Bộ Công Thương và Sở Công Thương, {P2}"
    assert v.clean_html(article(paras(P1, linked))) == f"{TITLE}\n{P1}\n{expected}"


def test_image_table_caption():
    table = "<table class='tplCaption'><tr><td><img src='a.jpg'></td></tr><tr><td>Cửa hàng xăng dầu.</td></tr></table>"
    html = article(paras(P1) + table + paras(P2))
    assert v.clean_html(html) == f"{TITLE}\n{P1}\n{P2}"
    assert v.clean_html(html, keep_captions=True) == f"{TITLE}\n{P1}\nCửa hàng xăng dầu.\n{P2}"


SHORT = "Giá dầu diesel giữ nguyên."


def test_a_layout_wrapper_named_like_furniture_keeps_the_article_inside():
    # "has-sidebar" holds the "sidebar" hint, but also the article: only the sidebar inside goes
    body = f"<h1>{TITLE}</h1><div class='wrap has-sidebar'><div class='detail'>{paras(P1, P2, P3)}</div>"
    body += "<div class='sidebar'><p>Xem nhiều</p></div></div>"
    result = v.clean_html_document(page(body))
    assert result.text == f"{TITLE}\n{P1}\n{P2}\n{P3}"
    assert [r.text for r in result.removed] == ["Xem nhiều"]


def test_a_theme_wrapper_named_like_furniture_around_the_article_keeps_it_without_paragraph_tags():
    """A blog theme wraps its one <article> in "<section class='signup search-main'>" and sets the text in <div>s
    and <br>s, no <p> to count (audit32: three skincare pages lost every line); a box of several <article> cards
    with a furniture class still goes."""
    text = f"<div>{P1}<br>{P2}</div><div>{P3}</div>"
    body = f"<section class='signup search-main'><article class='post'><h2>{TITLE}</h2>{text}</article></section>"
    assert v.clean_html(page(body)) == f"{TITLE}\n{P1}\n{P2}\n{P3}"
    cards = "".join(f"<article><a href='/{n}.html'>Bài liên quan số {n} về giá xăng</a></article>" for n in range(3))
    related = v.clean_html_document(page(f"<div class='content'>{text}</div><div class='related'>{cards}</div>"))
    assert "Bài liên quan" not in related.text


def test_a_site_name_h1_after_the_text_inside_an_unclosed_container_is_no_title():
    """A page that never closes its article's container nests the footer in it, with the page's only <h1>, the
    site's name, after the text: the article does not start there (audit42: seven pages of one site lost every
    line); the headline in an <h2> opens it."""
    body = (
        f"<main class='news-detail'><h2>{TITLE}</h2>{paras(P1, P2, P3)}"
        "<footer><h1>Hội Văn học Nghệ thuật tỉnh</h1><p>Địa chỉ: 52A Phạm Ngũ Lão</p></footer>"
    )
    text = v.clean_html(page(body, "<title>Hội Văn học Nghệ thuật tỉnh</title>"))
    assert [line for line in text.split("\n") if line in (P1, P2, P3)] == [P1, P2, P3]


def test_a_heading_right_after_the_article_is_not_its_title():
    head = f"<meta property='og:title' content='{TITLE}'>"
    html = page(f"<div class='detail'>{paras(P1, P2, P3)}</div><h1>{TITLE}</h1>", head)
    assert v.clean_html(html).split("\n")[:3] == [P1, P2, P3]  # (it was the title, and the walk began after it)


def test_a_short_paragraph_after_a_bare_image_is_body_text():
    # nothing in the page sets it apart as a caption: it is never guessed to be one
    html = article(paras(P1) + "<p><img src='a.jpg'></p>" + paras(SHORT, P2))
    assert v.clean_html(html) == f"{TITLE}\n{P1}\n{SHORT}\n{P2}"


@pytest.mark.parametrize(
    "caption",
    [
        "<p><em>Người dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành</em></p>",
        "<div class='PhotoCMS_Caption'><p>Người dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành</p></div>",
        "<p class='image-caption'>Người dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành</p>",
    ],
)
def test_a_caption_set_apart_after_a_bare_image_goes_to_the_image_rule(caption: str):
    html = article(paras(P1) + "<div class='photo'><a href='a.jpg'><img src='a.jpg'></a></div>" + caption + paras(P2))
    result = v.clean_html_document(html)
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any(r.rule == "image" and r.detail == "caption" for r in result.removed)
    kept = v.clean_html(html, keep_captions=True)
    assert kept == f"{TITLE}\n{P1}\nNgười dân đổ xăng tại Hà Nội. Ảnh: Ngọc Thành\n{P2}"


def test_emphasis_inside_a_paragraph_after_an_image_is_no_caption():
    para = f"<p><em>Theo Bộ Công Thương</em>, {P2}</p>"
    html = article(paras(P1) + "<p><img src='a.jpg'></p>" + para)
    assert v.clean_html(html) == f"{TITLE}\n{P1}\nTheo Bộ Công Thương, {P2}"


def test_an_interviewers_question_in_italics_under_a_picture_is_no_caption():
    """An interview sets its questions in italics: one right under a picture is the article's, not the picture's
    caption (the answer under it would follow the wrong question)."""
    question = "- Còn chuyện tình yêu, chị từng nói mình sinh ra để yêu, giờ câu chuyện đó đã có hồi kết chưa?"
    html = article(paras(P1) + "<div><img src='a.jpg'><br></div>" + f"<p><em>{question}</em></p>" + paras(P2))
    assert v.clean_html(html) == f"{TITLE}\n{P1}\n{question}\n{P2}"


def test_a_label_in_italics_over_the_next_picture_is_no_caption():
    """A report sets its tables as pictures, each under a label in italics ending in a colon: the label heads what
    follows, no caption of the picture above it (audit31: a dantri market report lost three such labels)."""
    label = "Diễn biến trên sàn Hà Nội:"
    html = article(paras(P1) + "<p><img src='a.jpg'></p>" + f"<p><em>{label}</em></p>" + "<p><img src='b.jpg'></p>")
    assert v.clean_html(html) == f"{TITLE}\n{P1}\n{label}"


def test_headings_lists_quotes_and_tables_in_order():
    inner = (
        paras(P1)
        + "<h2>Quỹ bình ổn không trích lập</h2>"
        + "<ul><li>Xăng E5 RON 92 giảm 650 đồng mỗi lít</li><li>Xăng RON 95 giảm 700 đồng mỗi lít</li></ul>"
        + f"<blockquote><p>{P2}</p></blockquote>"
        + "<table><tr><td>Mặt hàng</td><td>Giá mới</td></tr><tr><td>Xăng E5</td><td>22.000 đồng</td></tr></table>"
        + paras(P3)
    )
    lines = v.clean_html(article(inner), keep_captions=True).split("\n")
    assert lines[:6] == [
        TITLE,
        P1,
        "Quỹ bình ổn không trích lập",
        "Xăng E5 RON 92 giảm 650 đồng mỗi lít",
        "Xăng RON 95 giảm 700 đồng mỗi lít",
        P2,
    ]
    assert lines[-1] == P3
    assert "Mặt hàng | Giá mới" in lines and "Xăng E5 | 22.000 đồng" in lines  # a data table: a row a line


def test_an_articles_own_header_is_no_page_furniture():
    """An HTML5 article opens with its own <header> (its sapo, subtitle, byline), the title outside it: that header
    is the article's, not the page's; the page's <header> still goes (audits 20, 27, 29: nhandan, baonghean,
    bizlive and a blog lost their sapo with it)."""
    sapo = "Giá xăng RON 95 giảm hơn 700 đồng mỗi lít từ 15h hôm nay, mức giảm mạnh nhất trong ba tháng."
    site = "<header class='site'><a href='/'>Trang chủ</a> Báo Mẫu điện tử</header>"
    own = f"<article><header class='article__header'><p class='article__summary'>{sapo}</p></header>"
    html = page(f"{site}<h1>{TITLE}</h1>{own}<div class='content'>{paras(P1, P2, P3)}</div></article>")
    result = v.clean_html_document(html)
    assert result.text.split("\n") == [TITLE, sapo, P1, P2, P3]
    assert any("Báo Mẫu điện tử" in r.text for r in result.removed)


def test_a_heading_broken_over_lines_is_one_line():
    """A title set over two lines with <br> ("<h1>Giá xăng giảm mạnh<br>từ chiều nay</h1>") is one title, not a
    first line (read as a menu's item) and a fragment (audit29: a nhandan long-form page)."""
    result = v.clean_html_document(
        page(f"<h1>Giá xăng giảm mạnh<br>từ chiều nay</h1><div class='detail'>{paras(P1, P2, P3)}</div>")
    )
    assert result.title == "Giá xăng giảm mạnh từ chiều nay"
    assert result.text.split("\n")[0] == "Giá xăng giảm mạnh từ chiều nay"


def test_sapo_between_title_and_body_is_kept():
    sapo = "Giá xăng RON 95 giảm hơn 700 đồng mỗi lít từ 15h hôm nay, mức giảm mạnh nhất trong ba tháng."
    html = page(f"<div><h1>{TITLE}</h1><p class='sapo'>{sapo}</p><div class='content'>{paras(P1, P2, P3)}</div></div>")
    assert v.clean_html(html) == "\n".join([TITLE, sapo, P1, P2, P3])


def test_container_found_without_any_class_hint():
    menu = "<div>" + "".join(f"<a href='/{i}'>Mục {i}</a>" for i in range(20)) + "</div>"
    html = page(f"{menu}<h1>{TITLE}</h1><div><div>{paras(P1, P2, P3)}</div></div>{menu}")
    assert v.clean_html(html) == "\n".join([TITLE, P1, P2, P3])


# A longer body (the container must be the body's block, not the parent of body and box).
BODY = (
    P1,
    P2,
    "Kỳ này, liên Bộ không trích lập và không chi sử dụng quỹ bình ổn giá với các mặt hàng xăng dầu.",
    "Giá dầu diesel giảm 480 đồng, dầu hỏa giảm 420 đồng, còn dầu mazut tăng nhẹ 120 đồng mỗi kg.",
    "Theo các doanh nghiệp, nguồn cung trong nước vẫn đủ cho nhu cầu tiêu dùng đến hết quý hai năm nay.",
    "Nhiều cửa hàng ở Hà Nội và TP HCM đã đổi bảng giá ngay sau thời điểm điều chỉnh chiều nay.",
    P3,
)
# An info box printed as a block of its own right after the article's body, under the same parent.
BOX_HEADING = "Giá cơ sở là gì?"
BOX = (
    "Giá cơ sở là mức giá mà doanh nghiệp đầu mối dùng để tính giá bán lẻ, công bố theo từng kỳ điều hành.",
    "Giá này gồm giá thế giới bình quân, thuế, phí và các khoản chi phí định mức của doanh nghiệp.",
    "Khi giá cơ sở giảm, giá bán lẻ cũng giảm theo nếu liên Bộ không trích lập quỹ bình ổn.",
    "Mỗi kỳ điều hành cách nhau mười ngày, rơi vào các ngày 1, 11 và 21 hằng tháng.",
)


def _labels_of(result, texts):
    return {label.text: label.label for label in result.labels if label.text in texts}


@pytest.mark.parametrize(
    "box_class",
    ["definition article", "article", "box-info"],  # shares a content class, the whole class, or neither (prose)
)
def test_a_block_that_goes_on_with_the_article_beside_its_container_is_kept(box_class: str):
    # (audit4 A2: a "what is it" box after the body, "<div class='definition article'>", was lost as
    # "outside article")
    box = f"<div class='{box_class}'><h3>{BOX_HEADING}</h3>{paras(*BOX)}</div>"
    body = f"<div class='article'>{paras(*BODY)}</div>"
    html = page(f"<div class='main-article'><h1>{TITLE}</h1>{body}<hr>{box}</div><div><p>Bản quyền</p></div>")
    result = v.clean_html_document(html)
    assert result.text.split("\n") == [TITLE, *BODY, BOX_HEADING, *BOX]
    assert _labels_of(result, (BOX_HEADING, BOX[0])) == {BOX_HEADING: "subheading", BOX[0]: "body"}
    assert not [r for r in result.removed if r.detail == "outside article" and r.text in (BOX_HEADING, *BOX)]


def test_a_block_that_shares_the_articles_class_needs_no_more_than_one_paragraph():
    more = " ".join(BOX[:3])  # (longer than a closing byline's block)
    html = page(f"<h1>{TITLE}</h1><div class='content'>{paras(*BODY)}</div><div class='content'>{paras(more)}</div>")
    assert v.clean_html(html) == "\n".join([TITLE, *BODY, more])


TEASERS = (
    (
        "Giá vàng hôm nay tăng mạnh phiên đầu tuần",
        "Giá vàng miếng trong nước tăng thêm 500.000 đồng mỗi lượng, theo đà thế giới.",
    ),
    (
        "Ngân hàng giảm lãi suất cho vay mua nhà",
        "Nhiều ngân hàng thương mại vừa công bố giảm lãi suất cho vay, áp dụng từ tuần này.",
    ),
    (
        "Tỷ giá đồng USD đi ngang trước kỳ nghỉ",
        "Tỷ giá trung tâm do Ngân hàng Nhà nước công bố sáng nay đứng yên so với hôm qua.",
    ),
)


@pytest.mark.parametrize(
    "sibling",
    [
        # a related list of linked headlines with their teasers, under a class no furniture cue knows
        "<div class='box-news'><h3>Thị trường tuần này</h3><ul>"
        + "".join(f"<li><a href='/t{i}'>{title}</a> {teaser}</li>" for i, (title, teaser) in enumerate(TEASERS))
        + "</ul></div>",
        # teaser cards without links (a saved page that lost them): a headline and a teaser each, and a date
        "<div class='box-news'>"
        + "".join(f"<div class='item'><h3>{title}</h3><p>{teaser}</p><p>12/02</p></div>" for title, teaser in TEASERS)
        + "</div>",
        # the same opened by a related heading, the headlines set as paragraphs
        "<div class='box-news'><p>Đọc thêm</p>" + "".join(f"<p>{teaser}</p>" for _, teaser in TEASERS) + "</div>",
        # comments, each a name, a comment and a time
        "<div class='box-y'><h3>Ý kiến bạn đọc</h3>"
        + "".join(
            f"<div><b>Bạn đọc {i}</b><p>{teaser}</p><span>2 giờ trước</span></div>"
            for i, (_, teaser) in enumerate(TEASERS)
        )
        + "</div>",
        # a picture and a title that link to another article, with its teaser
        "<div class='article'><a href='/x'><img src='x.jpg'></a><h3><a href='/x'>Giá vàng hôm nay tăng mạnh</a></h3>"
        f"<p>{TEASERS[0][1]}</p></div>",
    ],
)
def test_a_listing_beside_the_articles_container_stays_out(sibling: str):
    html = page(f"<div class='main-article'><h1>{TITLE}</h1><div class='article'>{paras(*BODY)}</div>{sibling}</div>")
    assert v.clean_html(html) == "\n".join([TITLE, *BODY])


TOUR_TITLE = "Tour Đà Lạt 3 ngày 2 đêm: đồi chè, hồ Tuyền Lâm và chợ đêm"
TOUR_DAYS = (
    "Ngày 1",
    "Đoàn khởi hành từ trung tâm thành phố lúc sáu giờ sáng, dừng chân ăn sáng ở Bảo Lộc, tới Đà Lạt vào đầu giờ"
    " chiều.",
    "Buổi chiều, đoàn dạo quanh hồ Xuân Hương, ghé ga xe lửa cũ và thưởng thức bánh căn nóng ở một quán nhỏ ven đường.",
    "Ngày 2",
    "Sau bữa sáng, xe đưa đoàn lên đồi chè Cầu Đất, nơi du khách được xem quy trình hái, sao và ủ chè của người dân.",
    "Buổi tối, đoàn tự do đi chợ đêm, mua len, mứt và dâu tây, hoặc nghỉ ngơi tại khách sạn trong trung tâm.",
    "Ngày 3",
    "Đoàn đi thuyền trên hồ Tuyền Lâm, thăm thiền viện Trúc Lâm rồi trả phòng và ăn trưa với món lẩu gà lá é.",
    "Xe đưa đoàn về lại thành phố, dừng chân mua đặc sản ở Bảo Lộc, về tới điểm hẹn ban đầu vào buổi tối.",
)
TOUR_INCLUDED = (
    "Tour bao gồm",
    "Xe đưa đón đời mới suốt tuyến",
    "Khách sạn ba sao, hai khách một phòng",
    "Vé vào cổng",
)
TOUR_PRICES = ("Giá tour trẻ em", "Trẻ em dưới 4 tuổi: miễn phí", "Trẻ em từ 5 đến 9 tuổi: 70% giá người lớn")
TOUR_POLICY = (
    "Chính sách hủy tour",
    "Khách hủy trước ngày đi mười ngày được hoàn lại toàn bộ tiền cọc, trừ phí chuyển khoản của ngân hàng.",
    "Khách hủy trong vòng ba ngày trước ngày đi chịu phí bằng toàn bộ giá tour, do khách sạn đã được đặt trước.",
)
TOUR_NOTES = (
    "Quý khách mang theo giấy tờ tùy thân còn hạn, áo ấm và giày đi bộ vì trời Đà Lạt về đêm khá lạnh, có sương.",
    "Thứ tự các điểm tham quan có thể đổi theo thời tiết, nhưng vẫn đủ các điểm đã nêu trong chương trình tour.",
    "Trẻ em dưới mười bốn tuổi đi cùng bố mẹ hoặc người giám hộ, mang theo giấy khai sinh bản chính hoặc bản sao.",
    "Khách lớn tuổi, phụ nữ mang thai vui lòng báo trước để công ty sắp xếp chỗ ngồi và phòng nghỉ phù hợp nhất.",
    "Hành lý xách tay không quá bảy ký, hành lý ký gửi không quá hai mươi ký, chất lỏng đựng trong chai nhỏ.",
)
TOUR_FOOTER = "<div class='footer'><p>Công ty Du lịch Mẫu, giấy phép lữ hành số 01-234/2020</p></div>"


def _tour_box(kind: str, heading: str, inner: str) -> str:
    return f"<div class='tour-box {kind}'><div class='box-title'><h2>{heading}</h2></div>{inner}</div>"


def _tour_days() -> str:
    return "".join(
        f"<div class='day'><div class='num'>{TOUR_DAYS[i]}</div>{paras(*TOUR_DAYS[i + 1 : i + 3])}</div>"
        for i in (0, 3, 6)
    )


def test_an_articles_boxes_after_its_containers_box_are_kept():
    # (audit10 L1, a tour page: one box per part of the programme, each <div class='tour-box'> under <body>;
    # the programme box was read and the included / prices / policy boxes were lost as "outside article")
    listing = "".join(f"<li><a href='/tour/{i}'>Tour Nha Trang {i} ngày</a></li>" for i in range(2, 6))
    html = page(
        _tour_box("programme", "Chương trình tour", _tour_days() + paras(*TOUR_NOTES))
        + _tour_box(
            "included", TOUR_INCLUDED[0], "<ul>" + "".join(f"<li>{t}</li>" for t in TOUR_INCLUDED[1:]) + "</ul>"
        )
        + _tour_box("prices", TOUR_PRICES[0], paras(*TOUR_PRICES[1:]))
        + _tour_box("policy", TOUR_POLICY[0], paras(*TOUR_POLICY[1:]))
        + f"<div class='related'><h3>Tour khác</h3><ul>{listing}</ul></div>"
        + TOUR_FOOTER
    )
    result = v.clean_html_document(html, tone_style=None)
    lines = result.text.split("\n")
    for line in (*TOUR_INCLUDED, *TOUR_PRICES, *TOUR_POLICY):
        assert line in lines
    assert lines.index(TOUR_INCLUDED[0]) > lines.index(TOUR_NOTES[-1])
    assert "Tour Nha Trang 2 ngày" not in result.text
    assert "giấy phép lữ hành" not in result.text


def test_an_articles_tabs_under_one_parent_are_kept():
    """A tour page sets its parts in tabs, each pane an element of its own with no class they share ("#v-pills-home"
    / "#v-pills-contact", a Bootstrap tab list), the programme pane the densest: the container widens to the panes'
    parent, text with almost no links, so the prices and the policy are kept (audit24: three tour pages kept one
    tab of three, about 50 lines each). A page whose body holds most of its parent's text is read as before."""
    programme = f"<div id='v-pills-home'><div class='info-time'>{paras(*TOUR_DAYS)}</div></div>"
    prices = f"<div id='v-pills-profile'><h3>{TOUR_INCLUDED[0]}</h3><ul>"
    prices += "".join(f"<li>{item}</li>" for item in TOUR_INCLUDED[1:] + TOUR_PRICES[1:]) + "</ul></div>"
    policy = f"<div id='v-pills-contact' class='col-12'><h3>{TOUR_POLICY[0]}</h3>{paras(*TOUR_POLICY[1:])}</div>"
    menu = "<ul class='nav'>" + "".join(f"<li><a href='#t{i}'>Mục {i}</a></li>" for i in range(3)) + "</ul>"
    html = page(f"<h1>{TOUR_TITLE}</h1>{menu}<div class='tab-content'>{programme}{prices}{policy}</div>{TOUR_FOOTER}")
    lines = v.clean_html_document(html, tone_style=None).text.split("\n")
    for line in (*TOUR_DAYS[1::3], *TOUR_INCLUDED[1:], *TOUR_PRICES[1:], *TOUR_POLICY):
        assert line in lines
    assert "giấy phép lữ hành" not in " ".join(lines)


def test_an_articles_box_between_the_title_and_the_container_is_kept():
    # (audit10 L1, a tour page: the itinerary box before the (longer) notes box was dropped "between the title
    # and the article"; its audio button links a picture to "#", which is no teaser's link)
    audio = "<div class='audio'><a href='#'><img src='play.gif'></a></div>"
    programme = _tour_box("programme", "Chương trình tour", audio + _tour_days())
    notes = _tour_box("notes", "Lưu ý", f"<div class='text'>{paras(*TOUR_NOTES, *TOUR_POLICY[1:])}</div>")
    html = page(f"<div class='head'><h1>{TOUR_TITLE}</h1></div><div class='info'>{programme}{notes}</div>{TOUR_FOOTER}")
    result = v.clean_html_document(html, tone_style=None)
    lines = result.text.split("\n")
    assert lines[0] == TOUR_TITLE
    for line in TOUR_DAYS[1::3] + TOUR_DAYS[2::3]:  # (the day labels are the text rules' to read)
        assert line in lines
    assert lines.index(TOUR_DAYS[-1]) < lines.index(TOUR_NOTES[0])
    assert not [r for r in result.removed if r.detail == "between the title and the article"]


def test_a_data_table_in_the_article_is_a_row_a_line():
    """A table of data set in the article (fixtures, standings, prices): each row one line, its cells in order parted
    by " | ", labelled a list's item; a cell a line left times, scores and names alone on their lines, where the
    text rules took the times for datelines and the rest for the tail's furniture (audit23: a fixtures table of 93
    cells lost but eight). A table that lays a box out (a cell as long as a paragraph) is read as before."""
    table = (
        "<table><tr><td>Giờ/Ngày</td><td>Đội</td><td>Tỷ số</td><td>Đội</td></tr>"
        "<tr><td>18:00 - 28/3</td><td>Jordan</td><td><b>6-0</b></td><td>Campuchia</td></tr>"
        "<tr><td>19:00 - 28/3</td><td>Afghanistan</td><td>1-1</td><td>Việt Nam</td></tr></table>"
    )
    rows = [
        "Giờ/Ngày | Đội | Tỷ số | Đội",
        "18:00 - 28/3 | Jordan | 6-0 | Campuchia",
        "19:00 - 28/3 | Afghanistan | 1-1 | Việt Nam",
    ]
    for html in (article(paras(P1, P2) + table + paras(P3)), article(paras(P1, P2, P3) + table)):
        result = v.clean_html_document(html, tone_style=None)
        lines = result.text.split("\n")
        assert [line for line in lines if "|" in line] == rows
        assert {label.label for label in result.labels if "|" in label.text} == {"list_item"}
    box = f"<table><tr><td>{paras(P1, P2)}</td><td>Ghi chú</td></tr><tr><td>{P3}</td><td>Ghi chú</td></tr></table>"
    assert "|" not in v.clean_html_document(article(paras(P3) + box), tone_style=None).text


def test_a_grid_with_a_few_long_notes_is_still_a_table_of_data():
    """A schedule's grid may hold a note in a cell, longer than a cell of data is (audit32: an adult vaccination
    schedule, one note of 380 characters among its short cells, came out a cell a line, its header and first row
    taken for the head's buttons): a few such cells among many do not make a table that lays a page out."""
    note = " ".join(["Tiêm hai liều cách nhau tối thiểu một tháng, hoàn tất trước khi mang thai ba tháng."] * 3)
    grid = [("Vắc xin", "18-26 tuổi", "27-45 tuổi")]
    grid += [(f"Bệnh số {n}", f"Tiêm {n} liều", "Tiêm nhắc lại") for n in range(1, 5)] + [("Thủy đậu", note, "Không")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in grid) + "</table>"
    lines = v.clean_html_document(article(paras(P1, P2) + table + paras(P3)), tone_style=None).text.split("\n")
    assert [line for line in lines if "|" in line] == [" | ".join(row) for row in grid]


def test_a_heading_that_closes_the_article_heads_what_follows_it():
    """A heading with nothing of the article under it, the container's last line, heads the listings or the
    gallery the page sets after the article ("Tin rao thuộc dự án" over a project's listings, audit32): it goes
    with them. A heading with its text under it stays."""
    listings = "".join(f"<li><a href='/tin-{n}.html'>Bán nhà phố số {n} trong khu đô thị</a></li>" for n in range(5))
    body = f"<h1>{TITLE}</h1><div class='detail'>{paras(P1, P2, P3)}<h2>Tin rao thuộc dự án</h2></div>"
    result = v.clean_html_document(page(body + f"<ul class='box'>{listings}</ul>"))
    assert result.text == f"{TITLE}\n{P1}\n{P2}\n{P3}"
    assert "heading after the article" in {r.detail for r in result.removed}
    headed = f"<h1>{TITLE}</h1><div class='detail'>{paras(P1, P2)}<h2>Kết luận</h2>{paras(P3)}</div>"
    assert v.clean_html(page(headed)) == f"{TITLE}\n{P1}\n{P2}\nKết luận\n{P3}"


def test_a_sparse_grid_of_a_matchs_scorers_is_a_table_of_data():
    """A match's scorers set by side, a row per goal, most rows filling one side only ("Suarez 3'" / "" …): a grid
    of data all the same, a row a line, kept where it stands (audit33: a live page's scoreboard went between the
    title and the article)."""
    goals = [("Văn Toàn 12'", "Quang Hải 40'"), ("Tiến Linh 55'", ""), ("Công Phượng 78'", ""), ("Hùng Dũng 90'", "")]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in goals) + "</table>"
    lines = v.clean_html_document(article(paras(P1) + table + paras(P2, P3)), tone_style=None).text.split("\n")
    assert lines[2:6] == ["Văn Toàn 12' | Quang Hải 40'", "Tiến Linh 55'", "Công Phượng 78'", "Hùng Dũng 90'"]


def test_the_heading_that_toggles_an_accordion_is_the_articles():
    """An FAQ or a schedule sets its sections in an accordion whose headings are links that open them
    (``data-toggle``, ``href="#collapse2"``), or a named anchor with no address: a heading of the article, no link
    line (audit32: a vaccination page lost the heading over its seven steps); a link to another page is still one."""
    question = "Trẻ cần chuẩn bị gì trước khi tiêm?"
    toggles = (
        f"<h4><a role='button' data-toggle='collapse' href='#c1'>{question}</a></h4><div id='c1'>{paras(P1)}</div>"
        f"<h4><a href='#c2'>Quy trình tiêm bốn bước</a></h4><div id='c2'>{paras(P2)}</div>"
    )
    assert v.clean_html(article(toggles)) == f"{TITLE}\n{question}\n{P1}\nQuy trình tiêm bốn bước\n{P2}"
    away = f"<h4><a href='https://example.vn/bai-khac.html'>{question}</a></h4>{paras(P1)}"
    assert question not in v.clean_html(article(away))
    # a named anchor with no address (a legal text's articles, "<a name='dieu_1'><b>Điều 1. …</b></a>": audit40,
    # twelve pages lost every article's heading)
    named = f"<p><a name='dieu_1'><b>Điều 1. Phạm vi điều chỉnh</b></a></p>{paras(P1)}"
    assert v.clean_html(article(named)) == f"{TITLE}\nĐiều 1. Phạm vi điều chỉnh\n{P1}"


def test_a_table_of_data_between_the_title_and_the_container_is_kept():
    """A health or a real estate page sets its schedule or its figures as a table before its text, outside the
    container: the rows are the article's, whatever stands around them there (audit32: a vaccination schedule's
    twenty rows went "between the title and the article"); the page's tools there still go."""
    rows = [("Viêm gan B", "Mũi đầu trong 24 giờ sau sinh"), ("Sởi", "Mũi đầu lúc 9 tháng tuổi")]
    rows += [(f"Vắc xin số {n}", f"Tiêm nhắc lại sau {n} năm") for n in range(3, 9)]
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    tools = "".join(f"<span>{word}</span><br>" for word in ("Chia sẻ", "Lưu bài", "Nghe đọc", "Cỡ chữ", "In bài"))
    rest = [f"Phần {n} của bài hướng dẫn cha mẹ chuẩn bị cho trẻ trước và sau mỗi mũi tiêm." for n in range(1, 9)]
    body = f"<h1>{TITLE}</h1><div class='tools'>{tools}</div>{table}<div class='content-bottom'>{paras(*rest)}</div>"
    result = v.clean_html_document(page(body), tone_style=None)
    assert result.text.split("\n") == [TITLE, *(f"{a} | {b}" for a, b in rows), *rest]
    assert "Lưu bài" in {r.text for r in result.removed}


def test_the_articles_paragraphs_above_an_ad_that_splits_it_are_kept():
    """An ad slot set in the article splits its text into two boxes (`content-top`, `ads-inpage`, `content-bottom`),
    and the container is the longer second one: the first box's paragraphs stand between the title and the
    container, too many to be a lead. Its prose paragraphs are the article's (so are a sapo and an interview's
    questions there) and stay; its short lines of tools still go (audit20: a press centre's car review lost its
    sapo and three paragraphs)."""
    top = [
        "Sau nhiều hình ảnh rò rỉ, hãng xe đã chính thức giới thiệu mẫu xe gầm cao cỡ nhỏ hoàn toàn mới trong nước.",
        "Mẫu xe được định vị nằm giữa hai dòng xe đang bán, hướng đến khách hàng trẻ sống ở các đô thị lớn.",
        "Thiết kế ngoại thất kết hợp nét thể thao và sự mạnh mẽ, với lưới tản nhiệt lớn cùng cụm đèn pha sắc nét.",
        "Khoang cabin có màn hình cảm ứng cỡ lớn đặt giữa bảng điều khiển cùng hệ thống đèn trang trí nhiều màu.",
    ]
    tools = "".join(f"<span>{word}</span><br>" for word in ("Chia sẻ", "Lưu bài", "Nghe đọc", "Cỡ chữ", "In bài"))
    rest = [
        f"Phần {n} của bài nói về động cơ, hộp số và các trang bị an toàn chủ động mà hãng đưa lên mẫu xe mới ra mắt"
        " lần này, cùng giá bán dự kiến của từng phiên bản tại các đại lý trên cả nước."
        for n in range(1, 9)
    ]
    body = (
        f"<h1>{TITLE}</h1><div class='main'><div class='content-top'>{paras(*top)}<div class='tools'>{tools}</div>"
        f"</div><div class='content-ads'><div class='ads-inpage'></div></div>"
        f"<div class='content-bottom'>{paras(*rest)}</div></div>"
    )
    result = v.clean_html_document(page(body), tone_style=None)
    assert result.text.split("\n") == [TITLE, *top, *rest]
    assert "Lưu bài" in {r.text for r in result.removed if r.detail == "between the title and the article"}


@pytest.mark.parametrize(
    "box",
    [
        # teaser cards in a box of the same kind: a picture and a title linking to other tours, a line of prose
        _tour_box(
            "others",
            "Tour cùng chủ đề",
            "".join(
                f"<div><a href='/tour/{i}'><img src='t{i}.jpg'></a><p>{teaser}</p></div>"
                for i, (_, teaser) in enumerate(TEASERS)
            ),
        ),
        # a box of links
        _tour_box(
            "others",
            "Tour cùng chủ đề",
            "".join(f"<p><a href='/t/{i}'>{t}</a></p>" for i, (t, _) in enumerate(TEASERS)),
        ),
        # a related heading opens it
        _tour_box("others", "Tin liên quan", paras(*(teaser for _, teaser in TEASERS))),
    ],
)
def test_a_listing_in_a_box_beside_the_articles_box_stays_out(box: str):
    html = page(_tour_box("programme", "Chương trình tour", _tour_days() + paras(*TOUR_NOTES)) + box + TOUR_FOOTER)
    text = v.clean_html(html, tone_style=None)
    assert TOUR_NOTES[-1] in text
    for _, teaser in TEASERS:
        assert teaser not in text


def test_bold_closing_byline_goes_to_author():
    result = v.clean_html_document(article(paras(P1, P2) + "<p><strong>Minh Anh</strong></p>"))
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert result.author == "Minh Anh"
    assert result.removed_by("byline")
    assert v.clean_html(article(paras(P1, P2) + "<p><b>Minh Anh</b></p>"), keep_byline=True).endswith("Minh Anh")


def test_metadata_from_json_ld_and_meta_tags():
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Tiêu đề JSON",'
        ' "author": [{"@type": "Person", "name": "Lan Hương"}], "datePublished": "2024-01-02T08:00:00+07:00"}]}'
        "</script>"
    )
    result = v.clean_html_document(page(f"<div class='content'>{paras(P1, P2)}</div>", head=ld))
    assert (result.author, result.published) == ("Lan Hương", "2024-01-02T08:00:00+07:00")
    head = "<title>Giá xăng giảm - Báo Mẫu</title><meta property='og:site_name' content='Báo Mẫu'>"
    head += "<meta name='author' content='Hà My'><meta property='article:published_time' content='2024-05-06'>"
    result = v.clean_html_document(page(f"<div>{paras(P1, P2)}</div>", head=head))
    assert (result.title, result.author, result.published) == ("Giá xăng giảm", "Hà My", "2024-05-06")
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    assert v.clean_html(page(f"<div>{paras(P1)}</div>", head=broken)) == P1


def test_time_element_gives_the_date():
    result = v.clean_html_document(article(paras(P1, P2)).replace("<h1>", "<time datetime='2023-07-08'>8/7</time><h1>"))
    assert result.published == "2023-07-08"


def test_removed_lines_point_to_html_source_lines():
    html = "<html><body>\n<h1>" + TITLE + "</h1>\n<div class='detail'>\n<p>" + P1 + "</p>\n"
    html += "<p><b>Minh Anh</b></p>\n</div>\n<nav>Thời sự</nav>\n</body></html>"
    result = v.clean_html_document(html)
    lines = {r.text: r.line for r in result.removed}
    assert lines["Minh Anh"] == 5
    assert lines["Thời sự"] == 7


# --- encodings ---------------------------------------------------------------------------------------------


def test_bytes_utf8_bom_and_declared_charsets():
    html = article(paras(P1))
    assert v.clean_html(html.encode("utf-8")) == f"{TITLE}\n{P1}"
    assert v.clean_html(b"\xef\xbb\xbf" + html.encode("utf-8")) == f"{TITLE}\n{P1}"
    assert v.clean_html(html.encode("utf-16")) == f"{TITLE}\n{P1}"
    cp = to_cp1258(html.replace("charset='utf-8'", "charset='windows-1258'"))
    assert v.clean_html(cp) == f"{TITLE}\n{P1}"
    assert v.clean_html(cp, encoding="cp1258") == f"{TITLE}\n{P1}"


def test_declared_latin_charset_used_when_not_utf8():
    html = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head>"
    html += "<body><p>Caf\xe9 cr\xe8me, une phrase assez longue pour un bloc de texte.</p></body></html>"
    data = html.encode("latin-1")
    assert declared_encoding(data) == "cp1252"
    text, used = decode_html(data)
    assert used == "cp1252" and "Café crème" in text


def test_legacy_tcvn3_page_is_repaired_by_the_normalizer():
    # TCVN3 bytes shown through Latin-1: the text pipeline's normalizer repairs them
    legacy = "Hµ Néi lµ thñ ®« cña n­íc ViÖt Nam, mét thµnh phè cã lÞch sö l©u ®êi."
    text = v.clean_html(page(f"<div>{paras(legacy)}</div>"))
    assert "Hà Nội" in text


# --- bad input -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("html", ["", "   \n", b"", "<html></html>", "<html><body></body></html>", "<<<>>>", "<p>"])
def test_empty_pages_give_empty_text_and_a_reason(html):
    result = v.clean_html_document(html)
    assert result.text == ""
    assert result.warnings


def test_page_without_article_gives_reason():
    listing = "<ul>" + "".join(f"<li><a href='/{i}'>Tin tức số {i} trong ngày</a></li>" for i in range(40)) + "</ul>"
    result = v.clean_html_document(page(listing, head="<title>Tin tức trong ngày - Báo Mới</title>"))
    assert result.text == ""
    assert "no article" in result.warnings[0]
    assert result.title is None  # no article, no article's title (the page's <title> names the listing)
    assert result.removed_by("html")  # the listing is accounted for


def _preview_page(holder: str) -> str:
    """An editor's preview page (audit4 A1: a crawler's TinyMCE page): a few lines of its own around the
    article it loaded into a <textarea>, or into a template <script>."""
    return page(
        f"<h1>Xem trước: {TITLE}</h1><p>Nội dung đã được lưu vào cơ sở dữ liệu, kiểm tra định dạng bên dưới.</p>"
        f"\n{holder}\n<p>Nếu nội dung hiển thị đúng, bài đã được lưu đúng cách.</p>",
        head=f"<title>{TITLE}</title>",
    )


HELD_BODY = f"<div class='singular-content'>{paras(*BODY)}</div>"


@pytest.mark.parametrize(
    "holder",
    [
        f"<textarea id='editor'>{HELD_BODY}</textarea>",  # raw markup (libxml2 reads it as text)
        f"<textarea id='editor'>{html_escape(HELD_BODY)}</textarea>",  # escaped markup
        f"<textarea id='editor'>{chr(10).join(BODY)}</textarea>",  # plain text, a paragraph per line
        f"<script type='text/template' id='body'>{HELD_BODY}</script>",
        f"<script type='text/html'>{HELD_BODY}</script>",
    ],
)
def test_an_article_held_as_markup_in_a_textarea_or_template_is_read(holder: str):
    result = v.clean_html_document(_preview_page(holder))
    assert result.text.split("\n") == list(BODY)
    assert result.title == TITLE
    kind = "<textarea>" if holder.startswith("<textarea") else "<script type="
    assert len(result.warnings) == 1 and kind in result.warnings[0] and "line 2" in result.warnings[0]
    page_text = {r.text for r in result.removed if r.detail == "outside article"}
    assert {f"Xem trước: {TITLE}", "Nếu nội dung hiển thị đúng, bài đã được lưu đúng cách."} <= page_text


def test_markup_held_beside_a_longer_article_is_not_read_but_named():
    held = f"<textarea>{paras(*BOX)}</textarea>"  # (an article's shape, shorter than the page's)
    result = v.clean_html_document(article(paras(*BODY) + held))
    assert result.text.split("\n") == [TITLE, *BODY]
    assert len(result.warnings) == 1 and "<textarea>" in result.warnings[0] and "not read" in result.warnings[0]


@pytest.mark.parametrize(
    "holder",
    [
        "<textarea name='comment' placeholder='Viết bình luận'></textarea>",
        "<textarea>Nhập ý kiến của bạn</textarea>",
        "<textarea><iframe src='https://example.vn/embed/1'></iframe></textarea>",  # a video's embed code
        "<script type='text/template'><li class='comment'><b>{{name}}</b> {{text}}</li></script>",
        f"<script>document.write('{HELD_BODY}');</script>",  # code, not a template
    ],
)
def test_a_form_field_or_a_widgets_template_beside_the_article_changes_nothing(holder: str):
    result = v.clean_html_document(article(paras(*BODY) + holder))
    assert result.text.split("\n") == [TITLE, *BODY]
    assert result.warnings == ()


def test_a_listing_of_article_cards_gives_no_article_and_says_so():
    # (a WordPress home page, tintaynguyen.com: its block of most text is the latest posts' cards, each a
    # picture, a linked title, a time and a summary; the walk drops every card, and the text "" had no reason)
    card = (
        '<article class="article-list"><div class="article-image"><a href="https://site.vn/tin-{n}/">'
        '<img src="/a{n}.jpg" alt="Tin {n}"/></a></div>'
        '<h3><a href="https://site.vn/tin-{n}/">Điều động, bổ nhiệm hàng loạt lãnh đạo sở, ngành tỉnh số {n}</a></h3>'
        '<p class="article-meta"><time datetime="2021-08-02T18:15:41+07:00">02/08/2021 lúc 18:15</time></p>'
        '<div class="article-text">Tỉnh vừa điều động, bổ nhiệm hàng loạt cán bộ ở các sở, ngành trong đợt {n}.</div>'
        "</article>"
    )
    cards = "<div class='latest-posts'>" + "".join(card.format(n=n) for n in range(10)) + "</div>"
    result = v.clean_html_document(page(cards, head="<title>Tin Tây Nguyên, tin tức mới nhất về Tây Nguyên</title>"))
    assert (result.text, result.title) == ("", None)
    assert "no article" in result.warnings[0]
    assert result.removed_by("html")


def test_a_home_pages_teasers_come_with_a_warning():
    # (laodong.vn's home page, the audit of unseen pages: its block of most text is leads cut short)
    teasers = [
        "Dọc hai ven đường ra vào thị trấn Hàng Trạm, Yên Thủy (Hòa Bình) xuất hiện hàng chục bãi tập kết rác...",
        "Những hình ảnh ghi nhận bên trong các doanh nghiệp duy trì tốt việc sản xuất ở An Giang...",
        "Ngày 1.8, 2 đội tiêm vaccine COVID-19 lưu động được bố trí trên 2 ôtô chuyên dụng đã đến các khu cách…",
    ]
    result = v.clean_html_document(page("<div class='home'>" + paras(*teasers) + "</div>"))
    assert result.text == "\n".join(teasers)  # (kept: the user decides)
    assert any("teasers" in warning for warning in result.warnings)
    assert not any("teasers" in warning for warning in v.clean_html_document(article(paras(P1, P2))).warnings)


def test_what_a_double_encoded_page_lost_reads_as_its_text_does():
    # (laodong.vn's saved home page, stored as UTF-8 read as Latin-1: removed held the mojibake)
    def garbled(text: str) -> str:
        return text.encode("utf-8").decode("latin-1")

    menu = "<nav><a href='/'>Trang chủ</a> <a href='/xa-hoi'>Xã hội</a> <a href='/the-gioi'>Thế giới</a></nav>"
    html = garbled(page(menu + f"<article><h1>{TITLE}</h1>{paras(P1, P2)}</article>"))
    result = v.clean_html_document(html)
    assert result.text == f"{TITLE}\n{P1}\n{P2}"
    assert any("Trang chủ" in removal.text for removal in result.removed)


def test_malformed_html_still_gives_the_text():
    html = f"<html><body><div class='detail'><p>{P1}<p>{P2}<div><b>{P3}</i></span></td></body>"
    assert v.clean_html(html) == f"{P1}\n{P2}\n{P3}"
    assert v.clean_html(f"<p>{P1}") == P1


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x00\x01\x02\x03" * 1000,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000),
        b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n" + bytes(range(128, 256)) * 10,
    ],
)
def test_binary_data_raises_a_clear_value_error(data):
    with pytest.raises(ValueError, match=r"binary|not UTF-8|not valid"):
        v.clean_html(data)


def test_control_characters_in_str_are_binary_or_dropped():
    with pytest.raises(v.NotHtmlError):
        v.clean_html("\x00\x01\x02" * 1000)
    assert v.clean_html(f"<p>{P1}\x00</p>") == P1


@pytest.mark.parametrize("bad", [None, 12, 1.5, ["<p>x</p>"], {"html": "x"}])
def test_wrong_types_raise_type_error(bad):
    with pytest.raises(TypeError):
        v.clean_html(bad)


def test_wrong_option_types_raise_type_error():
    with pytest.raises(TypeError):
        v.clean_html("<p>x</p>", url=3)
    with pytest.raises(TypeError):
        v.clean_html("<p>x</p>", encoding=b"utf-8")
    with pytest.raises(TypeError):
        v.clean_html("<p>x</p>", no_such_option=True)


def test_beautifulsoup_input():
    soup = BeautifulSoup(article(paras(P1, P2)), "lxml")
    assert v.clean_html(soup) == f"{TITLE}\n{P1}\n{P2}"


def test_deeply_nested_page():
    html = "<div>" * 1500 + f"<p>{P1}</p>" + "</div>" * 1500
    assert v.clean_html(html) == P1
    too_deep = v.clean_html_document("<div>" * 5000 + f"<p>{P1}</p>" + "</div>" * 5000)
    assert too_deep.text == ""
    assert any("deeper" in w for w in too_deep.warnings)


def test_big_page_is_cleaned_whole_in_one_pass():
    """A ~6 MB page (many distinct paragraphs and furniture) comes back whole."""
    blocks = [
        f"<p>Đoạn số {i}: người dân đã đến tham dự buổi lễ, rất đông vui và náo nhiệt trong ngày {i}.</p>"
        + (f"<div class='share'><a href='/s{i}'>Chia sẻ</a></div>" if i % 50 == 0 else "")
        for i in range(60000)
    ]
    html = article("".join(blocks))
    assert len(html) > 5_000_000
    result = v.clean_html_document(html)
    lines = result.text.split("\n")
    assert lines[0] == TITLE
    assert len(lines) == 60001
    assert lines[-1].startswith("Đoạn số 59999:")


def _nested_links(n: int) -> str:
    return article("".join(f"<div><p>{P1} {i} <a href='/x{i}'>liên kết</a></p>" for i in range(n)) + "</div>" * n)


def _nested_inline(n: int) -> str:
    return article("".join(f"<div><span>{P2} {i}" for i in range(n)) + "</span></div>" * n)


def _flat(n: int) -> str:
    return article(paras(*(f"Câu thứ {i}, người dân đến dự lễ rất đông trong ngày hôm nay." for i in range(n))))


@pytest.mark.parametrize("make", [_flat, _nested_links, _nested_inline], ids=["flat", "nested-links", "nested-inline"])
def test_twice_the_page_reads_about_twice_the_text(make, monkeypatch):
    """Linear, counted rather than timed: the characters the extractor reads out of subtrees
    (a deep page must not be read once per level of nesting)."""
    from vnnews_clean.html import extract

    read = [0]

    def counting(function):
        def wrapper(element):
            text = function(element)
            read[0] += len(text)
            return text

        return wrapper

    monkeypatch.setattr(extract, "text_of", counting(extract.text_of))
    monkeypatch.setattr(extract, "_inline_text", counting(extract._inline_text))

    def cost(n: int) -> int:
        read[0] = 0
        v.clean_html(make(n))
        return read[0]

    assert 0 < cost(400) <= 3 * cost(200)  # (the reading is seen: the bound cannot hold on nothing)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


_BODY = "".join(
    f"<p>{p}</p>"
    for p in [
        "Sáng nay, thành phố đã khởi công cầu vượt sông Hồng với tổng vốn đầu tư hơn 8.000 tỷ đồng, theo kế hoạch.",
        "Theo chủ đầu tư, cây cầu dài 5 km sẽ hoàn thành sau ba năm và giảm ùn tắc cho cửa ngõ phía Bắc.",
        "Người dân hai bên bờ sông đều mong công trình sớm về đích để việc đi lại thuận tiện hơn trước.",
    ]
)


def test_page_metadata_is_decoded_and_normalized_like_the_text() -> None:
    """Issue 19: an entity in JSON-LD is decoded, and the head's title is normalized as the text is."""
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "NH&#7852;T XU\\u00c2N"}}'
    head = f'<meta property="og:title" content="Lũ lớn ở Thanh Hoá"><script type="application/ld+json">{ld}</script>'
    result = clean_html_document(_page(head, _BODY))
    assert result.author == "NHẬT XUÂN"
    assert result.title == "Lũ lớn ở Thanh Hóa"
    assert clean_html_document(_page(head, _BODY), tone_style=None).title == "Lũ lớn ở Thanh Hoá"


def test_an_og_title_that_is_the_pages_address_gives_way_to_the_headline() -> None:
    # (baomoi.com: og:title holds the page's URL; the JSON-LD headline and the <title> name the article)
    ld = '{"@type": "NewsArticle", "headline": "Vòng 16 đội World Cup 2026: Sức nóng từ trận derby"}'
    address = "https://baomoi.com/vong-16-doi-world-cup-2026-c55557411.epi"
    head = f'<meta property="og:title" content="{address}"><script type="application/ld+json">{ld}</script>'
    assert clean_html_document(_page(head, _BODY)).title == "Vòng 16 đội World Cup 2026: Sức nóng từ trận derby"
    titled = f'<meta property="og:title" content="{address}"><title>Lũ lớn ở Thanh Hóa - Báo Mới</title>'
    assert clean_html_document(_page(titled, _BODY)).title == "Lũ lớn ở Thanh Hóa"


@pytest.mark.parametrize(
    # (and a CMS account's name, WordPress's "admin" / "administrator": audit36)
    "author",
    ["Dân Trí", "Thời sự", "VnExpress", "dantri.com.vn", "www.baomoi.com", "administrator", "admin"],
)
def test_the_site_an_outlet_or_a_section_is_no_author(author: str) -> None:
    head = f'<meta name="author" content="{author}"><title>Lũ lớn ở Thanh Hóa</title>'
    result = clean_html_document(_page(head, _BODY), url="https://dantri.com.vn/xa-hoi/lu.htm")
    assert result.author is None
    assert clean_html_document(_page(head.replace(author, "Minh Anh"), _BODY)).author == "Minh Anh"
    # the site in name=author gives way to the person in article:author (thanhnien.vn pages)
    both = head + '<meta property="article:author" content="Phước Huỳnh">'
    assert clean_html_document(_page(both, _BODY), url="https://dantri.com.vn/xa-hoi/lu.htm").author == "Phước Huỳnh"


def test_a_link_to_the_authors_page_under_the_title_names_the_author():
    """dantri's author block: an avatar and the name linking to the author's page (".../tac-gia/…"), which the walk
    drops as a link line; the name is the page's author when no meta tag names a person. A link to a
    related story, or a name linking elsewhere, names no author."""
    block = (
        "<div class='author-wrap'><a href='https://dantri.com.vn/tac-gia/ai-vy-3473.htm'><img alt='Ái Vy'></a>"
        "<div class='author-name'><a href='https://dantri.com.vn/tac-gia/ai-vy-3473.htm'><b>Ái Vy</b></a></div></div>"
    )
    page = f"<html><body><article><h1>{TITLE}</h1>{block}{_BODY}</article></body></html>"
    result = clean_html_document(page)
    assert result.author == "Ái Vy"
    assert "Ái Vy" not in result.text
    elsewhere = block.replace("/tac-gia/", "/the-thao/")
    assert clean_html_document(page.replace(block, elsewhere)).author is None


def test_a_lead_set_apart_before_the_article_opens_it_when_the_page_has_no_title():
    # (benchmarks/real 211: a fragment of a page, its sapo in its own block before the article's)
    lead = "Dù tuổi đời còn khá trẻ, nhưng doanh nhân Lý Thu Uyên đã “cân” trên vai nhiều trọng trách lớn."
    body = [
        "Gọi là “cân” trên vai nhiều trọng trách bởi với vai trò là Phó giám đốc, chị dẫn dắt nhiều bộ phận.",
        "Tốt nghiệp ngành kinh doanh quốc tế, chị Uyên lại bén duyên với ngành marketing và khách sạn.",
        "Thời điểm dịch bùng phát, công ty của gia đình cần nhân sự ngành marketing, nên chị về làm.",
    ]
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    page = f'<div class="sapo_detail">{lead}</div><div id="content_detail_news">{paragraphs}</div>'
    assert clean_html_document(page).text.splitlines() == [lead, *body]
    # under a class no lexicon knows, a block that reads as a lead (one paragraph of prose, a few sentences)
    # opens the article too; one that does not (a menu, a box of several paragraphs' worth) stays outside
    other = f'<div class="c8f2a1">{lead}</div><div id="content_detail_news">{paragraphs}</div>'
    assert clean_html_document(other).text.splitlines() == [lead, *body]
    for block in ("Thời sự Thế giới Kinh doanh", " ".join([lead] * 4)):
        page = f'<div class="box">{block}</div><div id="content_detail_news">{paragraphs}</div>'
        assert clean_html_document(page).text.splitlines() == body
    # (audit23, 24h records: an event's kicker, a short line that is mostly its link, between the lead and the
    # article: the lead stands right before it)
    kicker = '<div class="box">Sự kiện: <a href="/su-kien/chuyen-la">Chuyện lạ thế giới</a></div>'
    page = f'<h2 id="article_sapo">{lead}</h2>{kicker}<div class="box">{paragraphs}</div>'
    assert clean_html_document(page).text.splitlines()[0] == lead
    # (audit27, a VCCorp fragment: an empty ad slot the page fills later between the sapo and the body)
    slot = '<div id="zone-1"><div id="share-1"><div id="ssppagebid_5983"></div></div></div>'
    page = f'<h2 class="knc-sapo">{lead}</h2>{slot}<div id="ContentDetail">{paragraphs}</div>'
    assert clean_html_document(page).text.splitlines() == [lead, *body]


def test_a_headings_anchor_is_no_cue_of_furniture():
    """A table of contents gives each heading an id made from its own text ("4-ch%e1%ba%a1y-…-qu%e1%ba%a3ng-c%c3%a1o",
    "4-chay-cac-chien-dich-quangcao"): it says what the heading says, so a heading about ads or sharing is the
    article's, not page furniture (audit27: a blog's "4. Chạy các chiến dịch quảng cáo …" went)."""
    heading = "4. Chạy các chiến dịch quảng cáo trả phí trên mạng xã hội"
    encoded = "4-ch%e1%ba%a1y-c%c3%a1c-chi%e1%ba%bfn-d%e1%bb%8bch-qu%e1%ba%a3ng-c%c3%a1o"
    for anchor in (encoded, "4-chay-cac-chien-dich-quangcao"):
        html = article(paras(P1, P2) + f"<h3 id='{anchor}'>{heading}</h3>" + paras(P3))
        assert heading in v.clean_html(html).split("\n")
    ad = article(paras(P1, P2) + "<div id='quangcao'><p>Mua ngay điện thoại giá rẻ hôm nay</p></div>" + paras(P3))
    assert "Mua ngay" not in v.clean_html(ad)


def test_a_heading_right_after_an_image_the_dom_gave_no_caption_stays():
    # (baodautu.vn pages: an image table with no caption row, then a bold heading and its paragraphs)
    image = '<table><tr><td><img src="https://example.com/a.jpg" alt=""></td></tr></table>'
    body = [
        "Chủ tịch UBND thành phố vừa ký văn bản khẩn gửi các sở, ngành và quận, huyện về giải ngân vốn.",
        "Dù vậy, qua số liệu báo cáo của Kho bạc Nhà nước, hai tháng đầu năm giải ngân mới đạt một phần trăm.",
    ]
    page = f"<article><h1>Giải ngân vốn đầu tư công</h1>{image}<p><strong>Mức giải ngân rất thấp</strong></p>"
    page += "".join(f"<p>{p}</p>" for p in body) + "</article>"
    lines = clean_html_document(page).text.splitlines()
    assert "Mức giải ngân rất thấp" in lines and body[0] in lines


def test_a_block_the_page_prints_twice_goes_once_as_a_second_clean_finds() -> None:
    """A store's body printed twice (its sapo heading, then its paragraphs): the copy goes, the heading's too, as
    for the same text given as text, so a second clean changes nothing (the DOM's heading protected its copy)."""
    sapo = "Lần đầu tiên sau nhiều năm, giá xăng trong nước giảm ba kỳ liên tiếp."
    block = f"<h2>{sapo}</h2>" + paras(P1, P2)
    cleaned = v.clean_html(article(block + block + paras(P3)))
    assert cleaned.splitlines() == [TITLE, sapo, P1, P2, P3]
    assert v.clean(cleaned) == cleaned
    # a heading the page prints once stays the DOM's, whatever the text rules would say
    once = v.clean_html_document(article(f"<h2>{sapo}</h2>" + paras(P1, P2, P3)))
    assert [label.label for label in once.labels if label.text == sapo] == ["subheading"]


def test_a_video_page_with_no_running_text_gives_its_headline_and_lead() -> None:
    """A video's page: its <h1>, a lead under it that opens with a link (the show's name), the player, share
    buttons, and no running text. The headline is no container of its own (it scored as one, and the lead went as
    outside the article): its score goes to the block that holds it, as a paragraph's does."""
    title = "Nóng Sài Gòn: bắt hai ca sĩ vì liên quan ma túy"
    said = "20.5: bắt hai ca sĩ vì liên quan ma túy; khởi tố trạm trưởng kiểm lâm vụ nuôi nhốt thú..."
    inner = (
        f"<article><h1>{title}</h1><div class='info'>Thứ tư, 20/05/2026 19:00</div>"
        f"<div class='chappeau'><p><a href='/v'>Nóng Sài Gòn</a> {said}</p></div>"
        "<div class='share'><a href='/f'>Facebook</a></div><video src='a.mp4'></video></article>"
    )
    result = v.clean_html_document(page(inner, head=f"<title>{title} | Báo Lao Động</title>"))
    assert (result.text, result.title) == (f"{title}\nNóng Sài Gòn {said}", title)
