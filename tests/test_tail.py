"""The tail after the article: lines read with what the steps before dropped around them
(listed items, a comment's date, menus), other articles' leads, the site's closing
notices, and a follow prompt whose logo was lost. Article text in the same words stays."""

from __future__ import annotations

from vnnews_clean import clean, clean_document, clean_html
from vnnews_clean.lexicon import TAIL_PROMPTS
from vnnews_clean.lines.dates import ends_with_date
from vnnews_clean.lines.features import build_structure
from vnnews_clean.lines.shapes import is_entry_line

from .test_structure import BODY, BODY2, LEAD, LISTED, LISTED2, TEASER, TITLE, lines

COMMENT = "Đọc xong mà thấy buồn quá, không biết bao giờ mới hết cảnh này."
ARTICLE = (TITLE, LEAD, BODY, BODY2)


def kept(text: str) -> list[str]:
    return clean(text).split("\n")


# --- neighbours the steps before dropped --------------------------------------------


def test_a_teaser_right_after_a_dropped_listing_goes() -> None:
    """Credit, a related listing (dropped by its step), a teaser, then furniture: the teaser
    stood under the listing's last title."""
    text = lines(*ARTICLE, "Theo TTXVN", "Tin khác", LISTED, LISTED2, TEASER, "Gửi góp ý", "Hotline: 0900 000 000")
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert result.source == "TTXVN"
    assert [label.label for label in result.labels if label.text == TEASER] == ["teaser"]
    # only a listing line on its left makes a teaser: the byline is none
    note = "Bài viết có sử dụng tư liệu của Thông tấn xã Việt Nam và một số báo khác."
    assert note in kept(lines(*ARTICLE, "Minh Anh", note, "Bình luận", "Chia sẻ"))


def test_the_last_teaser_under_a_dropped_listed_item_goes() -> None:
    text = lines(*ARTICLE, "Minh Anh", "Gửi góp ý", "Tin khác", LISTED, LISTED2, TEASER)
    assert clean(text) == lines(*ARTICLE)
    # under a related heading in mid-article the text resumes: it is the body, not the tail
    text = lines(*ARTICLE, "Tin liên quan", LISTED, LISTED2, TEASER, "Minh Anh", "Gửi góp ý")
    assert clean(text) == lines(*ARTICLE, TEASER)


def test_a_comment_whose_date_the_navigation_step_dropped_goes() -> None:
    text = lines(*ARTICLE, "Minh Anh", "Gửi góp ý", "Trần Thị Lan", COMMENT, "Thích · Trả lời · 1 giờ trước")
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert result.author == "Minh Anh"
    # the card's name must not be the line that ends the article: byline, note, date
    note = "Bài viết có sử dụng tư liệu của Thông tấn xã Việt Nam và một số báo khác."
    result = clean_document(lines(*ARTICLE, "Minh Anh", note, "12/3/2024 10:00"))
    assert note in result.text.split("\n")
    assert result.author == "Minh Anh"


# --- other articles' leads ------------------------------------------------------------


def test_agency_tagged_leads_after_the_article_go_with_the_line_between_them() -> None:
    headline = "Tiền đạo Nguyễn Văn A: “Tôi sẽ trở lại mạnh mẽ hơn!”"
    text = lines(
        *ARTICLE,
        "Minh Anh",
        "Gửi góp ý",
        LISTED,
        "ND -" + TEASER,
        headline,
        "ND -" + TEASER.replace("vàng", "bạc"),
    )
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert {r.detail for r in result.removed_by("tail")} >= {"agency teaser", "teaser"}
    # the tag on the lead goes to the source; the lead stays
    result = clean_document(lines(TITLE, "ND -" + LEAD, BODY, BODY2))
    assert result.text == lines(TITLE, LEAD, BODY, BODY2)
    assert result.source == "ND"


# --- the site's closing notices ---------------------------------------------------------


def test_a_site_notice_after_the_footer_goes() -> None:
    notice = "Báo X không chịu trách nhiệm về nội dung từ các nguồn tin."
    text = lines(*ARTICLE, "Minh Anh", "Gửi góp ý", LISTED, LISTED2, "Hotline: 0900 000 000", notice)
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert [r.detail for r in result.removed_by("tail") if r.text == notice] == ["notice"]
    # the same words right after the byline, or in the body, are the article's
    sentence = "Chủ đầu tư phải chịu trách nhiệm nếu công trình chậm tiến độ so với cam kết."
    assert sentence in kept(lines(*ARTICLE, "Minh Anh", sentence))
    assert sentence in kept(lines(*ARTICLE, "Minh Anh", sentence, "Hotline: 0900 000 000"))
    text = lines(TITLE, LEAD, BODY, sentence, BODY2)
    assert clean(text) == text


def test_the_owner_label_of_a_footer_goes_even_as_a_sentence() -> None:
    owner = "Cơ quan chủ quản: Hội Khuyến học Việt Nam."
    text = lines(*ARTICLE, "Minh Anh", "Hotline: 0900 000 000", owner)
    assert clean(text) == lines(*ARTICLE)


# --- a follow prompt that lost its logo ---------------------------------------------------


def test_a_follow_prompt_ending_on_its_preposition_ends_the_article() -> None:
    assert TAIL_PROMPTS.match("Theo dõi Báo X trên")
    assert TAIL_PROMPTS.match("Follow us on")
    assert not TAIL_PROMPTS.match("Theo dõi diễn biến trên sông Hồng")
    assert not TAIL_PROMPTS.match("Theo dõi tin tức trên.")
    doc = lines(*ARTICLE, "Gửi góp ý", "Theo dõi Báo X trên", "Tin mới", TEASER, LISTED, LISTED2)
    assert build_structure(clean(doc).split("\n")).body_end == 3
    assert clean(doc) == lines(*ARTICLE)
    # body text that starts with the same words stays
    sentence = "Theo dõi diễn biến trên sông Hồng, lực lượng cứu hộ đã kịp thời đưa người dân vào bờ."
    text = lines(TITLE, LEAD, BODY, sentence, BODY2)
    assert clean(text) == text


# --- the byline is nobody's comment card --------------------------------------------------


def test_the_byline_and_credit_that_end_the_article_are_not_a_comment_card() -> None:
    """byline, credit, then a reader's card: the credit is no commenter, the source is read."""
    text = lines(*ARTICLE, "Đức Minh", "Nguồn: TTXVN", "Gửi góp ý", LISTED, TEASER, "Thích Trả lời", "Hotline: 0900")
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert (result.author, result.source) == ("Đức Minh", "TTXVN")
    # byline, (tags and "Bình luận" dropped), then a reader's name and comment: the name is the card's
    comment = "Giá cả thì tăng mà lương không tăng, người dân biết sống sao đây?"
    tags = "Từ khóa: giá cả, tiền lương"
    text = lines(*ARTICLE, "Lam Giang", tags, "Bình luận", "Minh Tuấn", comment, "Thích Trả lời")
    result = clean_document(text)
    assert result.text == lines(*ARTICLE)
    assert result.author == "Lam Giang"


# --- share buttons ---------------------------------------------------------------------------


def test_share_buttons_without_a_network_name_go() -> None:
    assert clean(lines(*ARTICLE, "Minh Anh", "Like Share")) == lines(*ARTICLE)
    assert clean(lines(TITLE, "Lưu", LEAD, BODY)) == lines(TITLE, LEAD, BODY)
    assert clean(lines(TITLE, "Email", LEAD, BODY)) == lines(TITLE, LEAD, BODY)
    # a name made of share words, and body lines that start with them, stay
    result = clean_document(lines(*ARTICLE, "Lưu Liên"))
    assert result.author == "Lưu Liên"
    sentence = "Email của ông Nam gửi tới phòng ban đã không được trả lời suốt ba tháng qua."
    text = lines(TITLE, LEAD, sentence, BODY)
    assert clean(text) == text


# --- quoted links ------------------------------------------------------------------------------


def test_a_headline_after_a_quote_marker_is_a_link() -> None:
    for marker in ("> ", "> - "):
        text = lines(TITLE, LEAD, BODY, marker + LISTED, BODY2)
        assert clean(text) == lines(TITLE, LEAD, BODY, BODY2)
    quote = "> Chúng tôi sẽ hoàn thành cây cầu đúng hạn, ông Nam nói với phóng viên."
    text = lines(TITLE, LEAD, BODY, quote, BODY2)
    assert clean(text) == text


# --- comment-card controls end the article ---------------------------------------------

COMMENT2 = "Mong các cơ quan chức năng sớm vào cuộc xử lý nghiêm vụ việc này."


def test_a_comment_after_the_feedback_button_is_not_the_body() -> None:
    """The feedback button "Gửi góp ý", a reader's comment, a card, "Phản hồi": the controls of the reader's box
    show the article is over, so the lone comment under the button is no body paragraph."""
    text = lines(*ARTICLE, "Gửi góp ý", COMMENT2, "Nguyễn Văn Hùng", COMMENT, "Phản hồi")
    assert clean(text) == lines(*ARTICLE)
    text = lines(*ARTICLE, "Thích Trả lời", COMMENT2, "Nguyễn Văn Hùng", COMMENT, "Thích · Phản hồi")
    assert clean(text) == lines(*ARTICLE)


def test_an_empty_comment_section_ends_the_article() -> None:
    """ "Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận" is the comment section, empty:
    the site's lines under it (its newsletter prompt, the form's notice) are no body. The same
    words inside a sentence of the article are text."""
    empty = "Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận"
    newsletter = "Tuổi Trẻ Online sẽ gởi đến bạn những tin tức nổi bật nhất"
    notice = "Ý kiến của bạn sẽ được biên tập trước khi đăng, xin vui lòng viết bằng tiếng Việt có dấu."
    result = clean_document(lines(*ARTICLE, empty, newsletter, empty, notice, empty, "Tối đa: 1500 ký tự"))
    assert result.text == lines(*ARTICLE)
    assert {label.label for label in result.labels if label.text == notice} == {"notice"}
    sentence = "Bài đăng hiện chưa có bình luận nào, nhưng lượt xem đã vượt 10.000 chỉ sau một giờ."
    assert clean(lines(*ARTICLE, sentence, BODY2)) == lines(*ARTICLE, sentence, BODY2)


def test_body_text_opening_with_a_control_word_stays() -> None:
    """Only a line made of controls ends the article: one that opens with the same words is text."""
    closing = (
        "Trả lời phỏng vấn, ông Hùng cho biết thành phố sẽ lập tổ công tác riêng cho dự án.",
        "Bình chọn",
        "Thích",
    )
    article = lines(*ARTICLE, "Trả lời báo chí", closing[0], "Bình chọn năm nay", BODY2.replace("Người", "Nhiều người"))
    assert clean(article) == article
    assert closing[0] in kept(lines(*ARTICLE, "Thích nghi", closing[0]))


def test_a_comment_card_taken_for_the_last_paragraph_goes() -> None:
    """A handle, a short comment, the card's reply link: the comment stood where the
    body's last paragraph would, yet the reply link (or its dropped date under the
    dropped comment heading) shows it is a card."""
    card = ("hoangnam88", COMMENT2)
    text = lines(*ARTICLE, "Bình luận", *card, "Thích Trả lời", "Tin liên quan", LISTED, LISTED2)
    assert clean(text) == lines(*ARTICLE)
    text = lines(*ARTICLE, "Bình luận", "Bạn đọc", COMMENT2, "11 phút trước", "Minh Tuấn", COMMENT, "Trả lời")
    assert clean(text) == lines(*ARTICLE)


def test_a_sub_heading_and_last_paragraph_are_no_comment_card() -> None:
    """A short line over the last paragraph is a sub-heading when no reply link follows:
    the byline, a like button, a date or furniture under it leave the article whole."""
    closing = ("Kỳ vọng của người dân", BODY2.replace("Người", "Nhiều người"))
    for after in ("Minh Anh", "Thích", "Chia sẻ", "Cập nhật 10:30 12/05/2023"):
        assert lines(*closing) in clean(lines(*ARTICLE[:3], *closing, after))


def test_the_comment_form_notice_under_the_byline_goes() -> None:
    """The comment form's notice right under the byline, with furniture after it, is the
    site's; the same sentence with nothing after it, or a sentence on rights there, stays."""
    notice = "Ý kiến của bạn sẽ được biên tập trước khi đăng."
    for after in ("Theo dõi báo trên Google News", "Bình luận"):
        result = clean_document(lines(*ARTICLE, "Minh Anh", notice, after, "Tin khác", LISTED, LISTED2))
        assert result.text == lines(*ARTICLE)
    assert notice in kept(lines(*ARTICLE, "Minh Anh", notice))
    sentence = "Chủ đầu tư phải chịu trách nhiệm nếu công trình chậm tiến độ so với cam kết."
    assert sentence in kept(lines(*ARTICLE, "Minh Anh", sentence, "Theo dõi báo trên Google News"))


def test_a_listing_under_the_closing_credit_takes_its_teasers() -> None:
    """Credit and follow prompt close an interview; the listing under them prints a teaser
    under a title, then titles whose dates the navigation step drops. The teaser is the
    listing's, though as prose it pushed the zones' end past the listing."""
    titles = (
        "Người Việt mất tích trong thảm họa kép tại Nhật đã được tìm thấy",
        "Cảnh sát môi trường bắt giữ nhiều vụ vi phạm trong tháng này",
        "Lễ hội giao lưu văn hóa Hội An và Nhật Bản khai mạc tối qua",
    )
    listing = (LISTED, "Vừa xong", LISTED2, TEASER, titles[0], "13 ngày trước", titles[1], "1 giờ trước", titles[2])
    # an interview: no two paragraphs in a row, so the zones alone cannot tell where it ends
    interview = (TITLE, LEAD, "- Ông đánh giá thế nào về dự án?", BODY, "- Khi nào cầu thông xe?", BODY2)
    text = lines(*interview, "Theo TTXVN", "Theo dõi báo trên Google News", "Đừng bỏ lỡ", *listing)
    assert clean(text) == lines(*interview)
    # with no line closing the article above a heading in mid-article, the text after its
    # listing is the article's, sub-headings and all
    sub = "Công trình trọng điểm của thành phố trong năm nay"
    resumed = lines(*ARTICLE[:2], "Tin liên quan", LISTED, LISTED2, BODY, sub, BODY2, "Minh Anh")
    assert clean(resumed) == lines(*ARTICLE[:2], BODY, sub, BODY2)


def test_the_last_sentence_with_its_end_mark_is_the_articles() -> None:
    """Vietnamese texts close their last sentence with an end mark ("… hay không? -/-"): a short last sentence with
    it is the article's, not the tail's furniture (audit39: an opinion column's closing question)."""
    closing = "Vậy thì cây cầu ấy bao giờ mới xong? -/-"
    assert clean(lines(*ARTICLE, closing, "09/2022", "Minh Anh")) == lines(*ARTICLE, closing)


def test_a_source_printed_under_each_picture_closes_nothing() -> None:
    """A credit printed again and again ("Nguồn: Viglacera" under each picture) is the pictures' source, no credit that
    closes the article: the headings and paragraphs after each are the article's, not other stories (audit38: a
    sponsored article lost two sections as "story")."""
    source = "Nguồn: Công ty Sao Mai"
    more = "Hành trình còn dài, và công ty tin rằng sẽ đi xa hơn nữa cùng các nhà phân phối của mình."
    sections = ("Nhà phân phối là cầu nối chiến lược", BODY2, more, source, "Tương lai rộng mở phía trước", TEASER)
    text = lines(TITLE, LEAD, BODY, source, *sections, source, "Công ty cảm ơn các đối tác đã đồng hành suốt năm qua.")
    assert all(line in kept(text) for line in sections if line != source)
    # printed once after the text, it closes the article: the story after it is another's
    once = lines(*ARTICLE, "Theo TTXVN", "Một câu chuyện khác về giao thông đô thị hôm nay", TEASER, BODY2)
    assert TEASER not in kept(once)


def test_a_teaser_between_the_makers_credit_and_its_source_line_goes() -> None:
    """A credit of who made the article closes it ("*Món ăn và hình ảnh do X thực hiện"): a paragraph
    or two after it, then only a source line to the end, are another story's teaser (24h's pages). A
    source after a table ("Nguồn: Tổng cục Thống kê") is no such credit, and with no source line after
    them the paragraphs stay."""
    made = "*Món ăn và hình ảnh do Fb Phạm Thanh Huệ thực hiện"
    teaser = "Thịt lợn là loại thực phẩm được rất nhiều gia đình Việt sử dụng chế biến trong các bữa ăn thường ngày."
    result = clean_document(lines(*ARTICLE, made, teaser, TEASER, "Nguồn: [Link nguồn]"))
    assert result.text == lines(*ARTICLE)
    assert [label.label for label in result.labels if label.text in (teaser, TEASER)] == ["teaser", "teaser"]
    assert clean(lines(*ARTICLE, made, teaser, "Nguồn: [Link nguồn]")) == lines(*ARTICLE)
    # three paragraphs are more than a teaser; no source line after them: the article's own
    assert teaser in kept(lines(*ARTICLE, made, teaser, TEASER, BODY2, "Nguồn: [Link nguồn]"))
    assert teaser in kept(lines(*ARTICLE, made, teaser))
    chart = "Nguồn: Tổng cục Thống kê"
    assert teaser in kept(lines(*ARTICLE, chart, teaser, "Theo TTXVN"))


def test_a_listed_title_with_its_age_glued_on_goes() -> None:
    """After the article, a title with "22 giờ trước" printed right after its words is a listed
    item, a sentence and all; the same time in a sentence of the article stays."""
    item = "Chán kẹt xe ư? Hãy mua trực thăng 22 giờ trước"
    text = lines(*ARTICLE, "Minh Anh", "Gửi góp ý", LISTED, "1 giờ trước", item)
    assert clean(text) == lines(*ARTICLE)
    said = "Lực lượng cứu hộ đã có mặt tại hiện trường để tìm kiếm nạn nhân từ 22 giờ trước"
    assert said + "." in kept(lines(*ARTICLE, "Minh Anh", "Gửi góp ý", said + "."))  # a sentence
    assert said in kept(lines(*ARTICLE[:3], said, BODY2))  # in the body


def test_a_dropped_menu_or_tag_line_under_the_article_starts_the_tail() -> None:
    """A tag line or share bar the navigation step dropped right under the last paragraph
    shows the article is over: the headlines after it go, not only those after a short line."""
    titles = ("Bảy bí quyết giúp lần đầu làm chủ nhà thành công", "Gửi bài viết cho tòa soạn của chúng tôi")
    assert clean(lines(*ARTICLE, "Tags: cầu vượt, sông Hồng, giao thông", *titles)) == lines(*ARTICLE)
    # with nothing dropped between, a last line under the last paragraph may be the article's
    last = "Công trình dự kiến thông xe vào cuối năm 2026 theo kế hoạch mới"
    assert clean(lines(*ARTICLE, last)) == lines(*ARTICLE, last)


def test_sentences_and_sub_headings_opening_with_licence_or_copyright_words_stay() -> None:
    # "Giấy phép" (a licence, a permit) and "Bản quyền" (copyright, rights) open article text as often
    # as a footer: without a licence number, a copyright sign or an owner, they are the article's
    article = [
        "Giấy phép lái xe quốc tế",
        "Người có nhu cầu đổi giấy phép lái xe quốc tế có thể nộp hồ sơ trực tuyến và nhận kết quả qua bưu điện.",
        "Giấy phép lái xe hạng A1 sẽ được cấp đổi từ năm sau, theo Bộ Công an, và không thu thêm phí.",
        "Bản quyền truyền hình các giải đấu lớn cũng được nhắc tới trong buổi họp báo chiều cùng ngày ở Hà Nội.",
    ]
    text = lines(TITLE, LEAD, BODY, *article, BODY2)
    assert clean(text) == text
    footer = [
        "Giấy phép hoạt động báo điện tử tiếng Việt, tiếng Anh Số 561/GP-BTTTT, cấp ngày 25-11-2022.",
        "Bản quyền thuộc Báo Điện tử Chính phủ.",
        "Bản quyền © 2024 Báo X",
    ]
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *footer)) == lines(TITLE, LEAD, BODY, BODY2)


def test_sentences_that_speak_of_addresses_and_e_mails_stay_after_the_article() -> None:
    # (baomoi-500: a contest's rules and a how-to end their articles so; a footer's terms are labels)
    how_to = [
        "Đầu tiên bạn truy cập vào địa chỉ: http://www.example.com/a rồi tiến hành nhập địa chỉ email của bạn vào.",
        "Bạn đăng ký trước ngày 28/10 (Ghi rõ: Họ tên, địa chỉ, số điện thoại, trò chơi tham gia) rồi đến xác nhận.",
    ]
    text = lines(TITLE, LEAD, BODY, BODY2, *how_to)
    assert clean(text) == text
    footer = ["Điện thoại: 024 3825 1234 - Fax: 024 3825 5678", "Email: toasoan@baomoi.vn - Hotline: 0912 345 678"]
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *footer)) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_live_blogs_time_stamps_and_a_lists_headings_stay() -> None:
    # (benchmarks/real 303, 251: "15h:" over an entry, "Nhóm ngành Kỹ thuật:" over its items)
    live = lines(TITLE, LEAD, "15h:", BODY, "14h:", BODY2)
    assert clean(live) == live
    listed = lines(TITLE, LEAD, BODY, BODY2, "Nhóm ngành Kỹ thuật:", "- Kỹ thuật điện", "- Kỹ thuật xây dựng")
    assert clean(listed) == listed


def test_a_timelines_days_and_a_live_blogs_times_alone_between_paragraphs_stay() -> None:
    """A day or a time alone on a line, without a colon, over each entry: the article's headings when the text
    has two or more between paragraphs. One alone between paragraphs, or a page's stamp (a day and a clock time)
    printed twice, is a stamp and goes."""
    timeline = lines(TITLE, LEAD, "Ngày 19/8/1945", BODY, "Ngày 2/9/1945", BODY2)
    assert clean(timeline) == timeline
    live = lines(TITLE, LEAD, "08:30", BODY, "09:15", BODY2)
    assert clean(live) == live
    assert clean(lines(TITLE, LEAD, "19/8/2024", BODY, BODY2)) == lines(TITLE, LEAD, BODY, BODY2)
    stamp = "05/06/2023 07:54"
    assert clean(lines(TITLE, LEAD, stamp, BODY, stamp, BODY2)) == lines(TITLE, LEAD, BODY, BODY2)


def test_the_pages_text_after_its_copyright_notice_goes_whatever_its_length() -> None:
    # (benchmarks/real 322: a sign-up box and a promotion printed as sentences below the footer)
    page = [
        "© Copyright 2025 TuoiTre Online, All rights reserved",
        "Từ ngày 1-1-2023, Tuổi Trẻ Online giới thiệu phiên bản đặc biệt dành riêng cho các thành viên.",
        "Chúng tôi hy vọng phiên bản này sẽ mang lại những trải nghiệm mới mẻ, tích cực hơn cho cộng đồng độc giả.",
    ]
    result = clean_document(lines(TITLE, LEAD, BODY, BODY2, *page))
    assert result.text == lines(TITLE, LEAD, BODY, BODY2)
    assert {r.detail for r in result.removed if r.text in page[1:]} == {"after the footer"}
    # a licence notice counts; a contact label alone ("Địa chỉ: …", a place's in a travel guide) does not
    guide = lines(TITLE, LEAD, BODY, "Địa chỉ: 12 Lê Lợi, Hà Nội", BODY2)
    assert clean(guide) == guide


def test_the_notice_wording_is_searched_lower_cased_as_written() -> None:
    """The tail searches the lower-cased line with the lexicon's wording (written lower-case) instead of
    an IGNORECASE scan: a notice in capitals is still one."""
    from vnnews_clean.cleaners.tail import _SITE_NOTICE_LOWER
    from vnnews_clean.lexicon import SITE_NOTICE_WORDS

    assert SITE_NOTICE_WORDS.pattern == SITE_NOTICE_WORDS.pattern.lower()
    for line in ("Ý KIẾN CỦA BẠN SẼ ĐƯỢC BIÊN TẬP TRƯỚC KHI ĐĂNG", "Không được Sao Chép khi chưa có sự đồng ý"):
        assert (_SITE_NOTICE_LOWER.search(line.lower()) is not None) == (SITE_NOTICE_WORDS.search(line) is not None)
        assert SITE_NOTICE_WORDS.search(line) is not None


def test_a_listings_dates_are_no_timeline_and_keep_the_listing_going() -> None:
    """A related box's teasers, each with its date under it, inside the article: the dates are the listing's, not a
    timeline's headings (they stand in no run of the body), and with them gone the teasers still read as a listing's
    (a date stood between), so the box goes whole and the article resumes after it."""
    teasers = (
        "Vụ tiếp viên xách ma túy: đã khởi tố 961 bị can trong hơn một năm điều tra.",
        "Vụ xách tay ma túy: ly kỳ quá trình vận chuyển hàng trắng từ Pháp về nước.",
    )
    box = ("Tin liên quan", teasers[0], "Ngày 07-06-2026", teasers[1], "Ngày 05-06-2026")
    more = "Theo các chuyên gia, việc thi công liên tục trong mùa khô giúp bảo đảm tiến độ đã đề ra."
    assert clean(lines(TITLE, LEAD, BODY, *box, BODY2, more)) == lines(TITLE, LEAD, BODY, BODY2, more)
    # a media player's clock between paragraphs is no live blog's time
    player = lines(TITLE, LEAD, "0:00", BODY, "0:00", BODY2)
    assert clean(player) == lines(TITLE, LEAD, BODY, BODY2)


def test_cards_with_their_comment_counts_make_a_listing_without_a_heading() -> None:
    """A page dumped one string per line prints its related cards after the article, each a headline and a teaser
    with its comment count after the sentence ("… giống con người. 34"): two or more in a row are a listing, with no
    heading over them. One such card alone stays (it could be the article's)."""
    cards = (
        "Elon Musk nói rùng mình khi xem mô hình mới",
        "Tỷ phú cà khịa mô hình mới ra mắt dù nó được đánh giá rất giống con người. 34",
        "36 giờ chạy đua của ngành trí tuệ nhân tạo",
        "Nhiều công ty bất ngờ ra mắt loạt mô hình mới trong cùng một tuần. 37",
    )
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *cards, "Huy Đức")) == lines(TITLE, LEAD, BODY, BODY2)
    one = lines(TITLE, LEAD, BODY, *cards[:2], BODY2)
    assert clean(one) == one


def test_three_cards_after_the_last_paragraph_make_a_box_of_other_stories() -> None:
    """An extraction prints a box of other stories between the article's last paragraph and its byline, with no
    heading: headlines, each with one teaser paragraph. Three or more in a row go; two stay, and so do an
    interview's questions each answered in one paragraph, a numbered list's entries, and cards after a short line
    that would be left at the article's end."""
    cards = (
        "Nông dân vùng cao đổi đời nhờ trồng cây dược liệu quý",
        "Chuyển đổi cây trồng giúp nhiều hộ đồng bào thiểu số ở huyện vùng sâu có thu nhập ổn định hơn trước.",
        "Mô hình trồng gia vị hữu cơ tạo sinh kế bền vững cho người dân",
        "Với sự hỗ trợ của chương trình và doanh nghiệp liên kết, nhiều hộ nông dân đã có đầu ra cho sản phẩm.",
        "Loại cây có hương vị đặc biệt giúp người dân miền núi hái ra tiền",
        "Nhiều năm nay, loại cây này được gọi vui là cây xóa đói giảm nghèo của các xã biên giới của tỉnh.",
    )
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *cards, "Bình Minh")) == lines(TITLE, LEAD, BODY, BODY2)
    two = lines(TITLE, LEAD, BODY, BODY2, *cards[2:])
    assert clean(two) == two
    questions = [card + " thế nào?" if n % 2 == 0 else card for n, card in enumerate(cards)]
    interview = lines(TITLE, LEAD, BODY, BODY2, *questions)
    assert clean(interview) == interview
    numbered = [f"{n // 2 + 1}. {card}" if n % 2 == 0 else card for n, card in enumerate(cards)]
    listed = lines(TITLE, LEAD, BODY, BODY2, *numbered)
    assert clean(listed) == listed
    table = lines(TITLE, LEAD, BODY, BODY2, "Bàn thắng", "Đội nhà: Văn Toàn 17’", *cards)
    assert clean(table) == table
    # markdown headings with no link are the article's own sections, each with its paragraph (audit29: a study
    # site's seven summaries of one story, "### Tóm tắt … mẫu 2" / its paragraph, lost but the first)
    sections = [f"### {card}" if n % 2 == 0 else card for n, card in enumerate(cards)]
    marked = lines(TITLE, LEAD, BODY, BODY2, *sections)
    assert clean(marked) == marked
    # sections whose paragraphs run longer than a sapo are the article's (audit38: five Thanh Niên articles lost their
    # last sections, paragraphs of 66 to 204 words)
    long = [card if n % 2 == 0 else " ".join([card] * 4) for n, card in enumerate(cards)]
    sectioned = lines(TITLE, LEAD, BODY, BODY2, *long)
    assert clean(sectioned) == sectioned


def test_a_fact_box_under_the_last_paragraph_is_the_articles() -> None:
    """A travel or service article closes with a fact box, perhaps under a short heading: labels and their values
    ("Địa chỉ: …", "Giờ mở cửa: …", "Giá vé: …"). The heading is a very short line, which shows the article is over
    when furniture follows it; over a fact box it does not, and the byline under the box still goes."""
    box = (
        "Thông tin hữu ích",
        "Địa chỉ: phường Lê Bình, quận Cái Răng",
        "Giờ họp chợ: 5h - 9h sáng",
        "Giá vé: 50.000 đồng",
    )
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *box, "Minh Anh")) == lines(TITLE, LEAD, BODY, BODY2, *box)
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *box[1:])) == lines(TITLE, LEAD, BODY, BODY2, *box[1:])
    # a list's items are entries too: its heading stays over them; a link under a source's label is no entry
    advice = ("Lưu ý", "- Mang theo áo mưa và giày chống trượt", "- Đặt phòng sớm vào dịp lễ")
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *advice)) == lines(TITLE, LEAD, BODY, BODY2, *advice)
    assert not is_entry_line("https://example.vn/bai-viet.html") and not is_entry_line("10:30 sáng nay")
    # one entry alone under a short line is no box: the line after the article still reads as its furniture
    menu = lines(TITLE, LEAD, BODY, BODY2, "Đọc nhiều", "Giá vàng: tăng mạnh phiên sáng nay", "Xem thêm tin")
    assert "Giá vàng" not in clean(menu)


def test_a_fact_box_printed_label_over_value_is_the_articles() -> None:
    """A page dumped one text node a line prints a fact box's bold labels alone, each over its value ("Địa chỉ:" /
    "12 Lý Tự Trọng, Quận 1."): the pairs are the box's entries, and the byline under the box still goes (audit30:
    two restaurant reviews lost their address, phone and page). One entry under a last paragraph that is an entry
    itself goes on the box."""
    box = ("Quán Mây", "Địa chỉ:", "12 Lý Tự Trọng, Phường Bến Nghé, Quận 1, TP.HCM.", "Điện thoại:", "0912 345 678")
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *box, "Minh Anh")) == lines(TITLE, LEAD, BODY, BODY2, *box)
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *box[1:])) == lines(TITLE, LEAD, BODY, BODY2, *box[1:])
    address = "Địa chỉ: 12 Lý Tự Trọng, Phường Bến Nghé, Quận 1, TP.HCM."
    closing = lines(TITLE, LEAD, BODY, BODY2, address, "Điện thoại: 0912 345 678", "Minh Anh")
    assert clean(closing) == lines(TITLE, LEAD, BODY, BODY2, address, "Điện thoại: 0912 345 678")
    # a label alone over a link to its source is a credit's, no entry
    assert not clean_document(lines(TITLE, LEAD, BODY, BODY2, "Đọc nhiều", "Nguồn:", "Báo Mới")).text.endswith("Mới")


def test_a_markdown_table_under_the_last_paragraph_is_the_articles() -> None:
    """A page dumped to markdown prints a table under a rule ("---|---|---"), a row a line or a cell a line, its
    headings over it: right under the last paragraph it is the article's, every short cell of it (audit34: five
    admission pages lost their score tables, 1,300 cells, to the tail). After a listing's heading a table is the
    page's (a standings widget), and the tail reads it as before."""
    cells = ["Mã ngành", "Tên ngành", "Điểm chuẩn", "---|---|---"]
    for code, name, score in (("7340101", "Quản trị kinh doanh", "24,5"), ("7480201", "Công nghệ thông tin", "26")):
        cells += [code, f"| {name} |", score]
    table = ("### 2. Năm 2023", *cells)
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *table)) == lines(TITLE, LEAD, BODY, BODY2, *table[:4], *table[5:])
    # with the rule gone from the clean text, a row with its pipes tells the table on a second clean
    piped = ("### 2. Năm 2023", "| Mã ngành | Tên ngành | Điểm chuẩn", "---|---|---", *cells[4:])
    once = clean(lines(TITLE, LEAD, BODY, BODY2, *piped))
    assert once == lines(TITLE, LEAD, BODY, BODY2, *piped[:2], *piped[3:]) and clean(once) == once
    widget = ("Xem nhiều", "Bài viết A được đọc nhiều", "Bài viết B được đọc nhiều", *cells)
    assert "24,5" not in clean(lines(TITLE, LEAD, BODY, BODY2, *widget))


def test_the_items_a_last_paragraph_introduces_with_a_colon_are_the_articles() -> None:
    """A profile or a service page ends with a paragraph that introduces a list ("Bác sĩ từng công tác tại các bệnh
    viện:"), and a dump prints its items without marks, one short line each: they are the list the colon promises,
    not the page's furniture."""
    intro = "Trước khi về phòng khám, bác sĩ từng công tác nhiều năm tại các bệnh viện lớn trong thành phố:"
    items = ("Bệnh viện Chợ Rẫy", "Bệnh viện Thống Nhất", "Bệnh viện Nhân dân Gia Định", "Khám và điều trị")
    assert clean(lines(TITLE, LEAD, BODY, intro, *items)) == lines(TITLE, LEAD, BODY, intro, *items)
    # a last paragraph that ends its sentence introduces nothing: short lines under it are still the page's
    assert clean(lines(TITLE, LEAD, BODY, BODY2, "Đọc nhiều", *items[:2])) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_short_label_over_a_list_after_the_last_paragraph_heads_it() -> None:
    """After the last paragraph, a scholarship's tiers each head their list ("Giỏi - Khá" / "- Học bổng 20% …"):
    a short line right over an item of the article's list heads it, in text as in an HTML page, where the items
    come from the page's <li> without marks (audit24: four prize tiers of a school's page went as furniture)."""
    tiers = [
        ("Xuất sắc", ["Học bổng 50% học phí năm lớp 6", "Một suất trại hè trị giá 3 triệu đồng"]),
        ("Giỏi - Khá", ["Học bổng 20% học phí năm lớp 6", "Voucher trại hè trị giá 2 triệu đồng"]),
        ("Khuyến khích", ["Voucher trại hè trị giá 1 triệu đồng"]),
    ]
    listed = [line for tier, items in tiers for line in (tier, *(f"- {item}" for item in items))]
    text = lines(TITLE, LEAD, BODY, BODY2, *listed)
    assert clean(text) == text
    html = f"<html><body><h1>{TITLE}</h1><div class='content'><p>{LEAD}</p><p>{BODY}</p><p>{BODY2}</p>"
    html += "".join(f"<p><b>{tier}</b></p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>" for tier, items in tiers)
    kept = clean_html(html + "</div></body></html>").split("\n")
    assert [tier for tier, _ in tiers if tier in kept] == [tier for tier, _ in tiers]


def test_fixtures_and_results_after_the_last_paragraph_are_the_articles() -> None:
    """A match report ends with the round's draw or results, a pairing a line ("Ipswich Town - Wolves", "Man City 3-1
    Arsenal"), under a heading: entries of the article's list, as a fact box's are, and pairings repeat from fixtures
    to results legitimately (audit25: a Cup draw's 16 pairings went as furniture)."""
    from vnnews_clean.lines.shapes import is_entry_line, is_pairing

    results = ("Kết quả các trận khác", "Man City 3-1 Arsenal", "Chelsea 0-0 Liverpool", "Hà Nội - Hải Phòng")
    assert all(is_pairing(line) for line in results[1:]) and not is_pairing("hôm nay - ngày mai")
    assert is_entry_line("Ipswich Town - Wolves")
    assert clean(lines(TITLE, LEAD, BODY, BODY2, *results)) == lines(TITLE, LEAD, BODY, BODY2, *results)


def test_a_places_contacts_between_sections_do_not_end_the_article() -> None:
    """A travel guide lists hotels with their phone and address on one line ("Điện thoại : … Địa chỉ : …", two of the
    footer's terms), then goes on with its itinerary: the article resumes where paragraphs follow one another again,
    so its later sections are not the tail's. The site's copyright line still closes it. A label printed
    with a space before its colon ("Địa chỉ : …"), three times over, is no gallery's caption either."""
    hotels = []
    for n, name in enumerate(("Khách sạn Hương Trà", "Khách sạn Hoàng Anh", "Nhà nghỉ Khải Hoàn"), 1):
        hotels += [f"{n}/ {name}", f"Điện thoại : 0219 386288{n} Địa chỉ : Tổ {n}, Thị trấn Đồng Văn, Hà Giang"]
        hotels += [f"Địa chỉ : {n} Nguyễn Huệ, Tp Hà Giang"]
    plan = (
        "Gợi ý lịch trình",
        "Chuyến đi kéo dài đến 300km trên xe, vì vậy xuất phát từ Hà Nội buổi sáng thì chiều tối mới tới nơi.",
        "Ngày thứ hai, bạn nên dậy sớm để ngắm bình minh trên đèo rồi đi chợ phiên của đồng bào vùng cao.",
    )
    text = lines(TITLE, LEAD, BODY, *hotels, *plan)
    assert clean(text) == text
    licence = "© 2026 Báo Ví Dụ. Tòa soạn: 71 Nguyễn Chí Thanh, Hà Nội. Điện thoại: 024 3822 1234"
    assert clean(lines(TITLE, LEAD, BODY, BODY2, licence, *plan[1:])) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_sentence_going_on_under_a_box_shows_the_article_resumed() -> None:
    """A guide dumped one string per line: a "Xem thêm:" box between its sections, then a place's name printed as a
    link and its sentence going on under it ("Nhìu Cồ San" / "là đỉnh núi cao …"). No two paragraphs follow one
    another after the box (headings and address lines stand between them), yet the article resumed there: the
    later sections' headings and address lines are the body's, not the tail's."""
    box = ("Xem thêm:", "Hành trình chinh phục đỉnh núi cao nhất Đông Dương trong hai ngày")
    later = [
        "Nhìu Cồ San",
        "là đỉnh núi cao gần 2.965 mét thuộc xã Dền Sáng, nổi tiếng với cung đường săn mây đẹp nhất vùng.",
        "2.4 Thung lũng Mường Hoa",
        "Vị trí:",
        "phường Sa Pa, tỉnh Lào Cai",
        "Thung lũng nằm dọc dòng suối Mường Hoa, nổi tiếng với những thửa ruộng bậc thang trải dài hút mắt.",
        "2.5 Thác Bạc",
        "Địa chỉ:",
        "Quốc lộ 4D, cách trung tâm thị xã khoảng 12 km",
        "Nổi danh là một trong những ngọn thác đẹp nhất vùng núi phía Bắc, thác đổ từ độ cao hơn 200 mét.",
    ]
    text = lines(TITLE, LEAD, BODY, *box, *later)
    assert clean(text) == lines(TITLE, LEAD, BODY, *later)
    # a listed title broken at a link goes on in a headline's words, no paragraph: the box goes on
    listed = ("Tin liên quan", "Báo", "Tuổi Trẻ", "nhận giải thưởng báo chí năm 2015", "Hà Nội cấm ôtô nhiều tuyến phố")
    assert clean(lines(TITLE, LEAD, BODY, *listed, BODY2)) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_schedules_periods_are_no_listed_items_dates() -> None:
    """A list of rounds, each with its period ("* Đợt 1: 15/10/2025 – 15/01/2026"), ends with a date as a listing's
    item does, but the two days make a period: the article's schedule, not a related box that would end its body."""
    rounds = [f"* Kỳ xét học bổng Đợt {n}: 15/{n + 1:02d}/2025 – 15/{n + 4:02d}/2026" for n in (1, 2, 3)]
    text = lines(TITLE, LEAD, BODY, "Thời gian nhận hồ sơ:", *rounds, "Hồ sơ gồm các giấy tờ sau:", BODY2)
    assert clean(text) == text
    assert not ends_with_date(rounds[0]) and ends_with_date("Giá vàng hôm nay tăng mạnh - 12/3/2024")


def test_a_lead_ins_link_takes_no_heading_of_the_text_after_it() -> None:
    """ "Xem thêm:" set in the text introduces a link; the short lines after it are the text's next headings
    ("Đặc sản" / "Mì Quảng" over their paragraph), not more listed titles."""
    box = ("Xem thêm:", "Chơi đêm ở Đà Nẵng có gì hấp dẫn du khách")
    after = ("Đặc sản", "Mì Quảng", "Mì Quảng không có công thức bất di bất dịch mà rất đa dạng về nguyên liệu.")
    assert clean(lines(TITLE, LEAD, BODY, *box, *after, BODY2)) == lines(TITLE, LEAD, BODY, *after, BODY2)


def test_dated_cards_of_a_markdown_dump_go_without_a_heading() -> None:
    """A page dumped as markdown lists other stories as cards, no heading over them: a heading made of a link, its
    summary, its age ("### [Điều kiện thành lập doanh nghiệp](https://…)" / summary / "5 giờ trước"), or a title and
    its date alone. Two or more are a listing: they go, and a second clean finds nothing more. An article's
    sub-heading is no link and has its text under it; a feedback box's buttons ("Rồi Chưa") are no byline."""
    cards = []
    for n, title in enumerate(("Điều kiện thành lập doanh nghiệp mới nhất", "Quy định về giờ làm việc ban đêm"), 1):
        cards += [f"### [{title}](https://example.vn/bai-{n}.html)", f"{BODY2[:-1]} {n}.", f"{n + 4} giờ trước"]
    cards += ["### [Phí công đoàn tháng 7: hạn đóng và cách đóng](https://example.vn/bai-3.html)", "12/07/2026"]
    page = lines(TITLE, LEAD, BODY, "Bài viết đã giải quyết được vấn đề của bạn chưa?", "Rồi Chưa", *cards)
    result = clean_document(page)
    assert result.text == lines(TITLE, LEAD, BODY, "Bài viết đã giải quyết được vấn đề của bạn chưa?")
    assert result.author is None and clean(result.text) == result.text
    sections = lines(TITLE, LEAD, "### Thời gian thử việc", BODY, "### Số lần thử việc", BODY2)
    assert clean(sections) == sections


def test_other_articles_tagged_leads_after_the_text_go() -> None:
    """A box of other articles printed in the text as their leads, each opening with the site's agency tag
    ("(NLĐO) - Mạng xã hội lan truyền …") under an article whose paragraphs carry none: two or more in a row go. A
    digest of the site's briefs tags its first paragraph too, and stays whole; one tagged paragraph alone stays."""
    teasers = [f"(NLĐO) - {BODY2[:-1]} lần thứ {n}." for n in (1, 2, 3)]
    comments = ("Bình luận (0)", "Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa rồi thử lại nhé.")
    text = lines(TITLE, LEAD, BODY, *teasers, *comments)
    assert not any(teaser in clean(text) for teaser in teasers)
    digest = lines(TITLE, f"(NLĐO) - {LEAD}", BODY, *teasers)
    assert all(teaser in clean(digest) for teaser in teasers)
    one = lines(TITLE, LEAD, BODY, teasers[0], BODY2)
    assert clean(one) == one
