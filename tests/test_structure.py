"""Per-line features, zones, the date recognizer, and the cleaners that read them:
datelines, section menus, related listings that run until prose resumes, the tail."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import examples
from vnnews_clean import clean, clean_document
from vnnews_clean.cleaners import NavigationCleaner, RelatedBlockCleaner, TailCleaner
from vnnews_clean.document import Document
from vnnews_clean.lines.credits import agency_tag
from vnnews_clean.lines.dates import is_dateline
from vnnews_clean.lines.features import (
    Structure,
    broken_paragraphs,
    build_structure,
    features_list,
    line_features,
    syllable_share,
)
from vnnews_clean.lines.shapes import ends_sentence, is_paragraph

from .strategies import documents, phrase

SETTINGS = settings(deadline=None, max_examples=examples(60))

TITLE = "Hà Nội khởi công cầu vượt sông Hồng mới"
LEAD = "Sáng nay, thành phố đã khởi công cầu vượt sông Hồng với tổng vốn đầu tư hơn 20 nghìn tỷ đồng."
BODY = "Theo chủ đầu tư, cây cầu dài 5 km sẽ hoàn thành sau ba năm và giảm ùn tắc cho cửa ngõ phía Bắc."
BODY2 = "Người dân hai bên bờ sông đều mong công trình sớm về đích để việc đi lại thuận tiện hơn trước."
LISTED = "Giá vàng hôm nay tăng mạnh trở lại sau nhiều phiên giảm liên tiếp"
LISTED2 = "Học sinh Hà Nội được nghỉ Tết Nguyên đán mười ngày theo kế hoạch mới"
TEASER = "Thị trường vàng trong nước sáng nay biến động mạnh theo giá thế giới, nhiều người đổ xô đi mua."


def lines(*items: str) -> str:
    return "\n".join(items)


# --- dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Hai, 28/4/2011 23:58",
        "Thứ bảy, 6/11/2011 - 08:15",
        "Chủ nhật, 12/5/2024, 10:00 (GMT+7)",
        "Cập nhật: 06/11/2011 08:15 GMT+7",
        "Cập nhật lúc 08h15 ngày 28/4/2011",
        "3 giờ trước",
        "5 phút trước",
        "(6/11/2011)",
        "Thế giới 28/4/2011 | 23:58",
        "TTXVN - 6 giờ trước",
        "ngày 5 tháng 6 năm 2024",
        "2024-05-12 10:00",
        "14:20 | 28/4",
        "16/06",
        "Ngày phát hành: 14/07/2010 Lượt xem 2743",
        "Hôm qua",
        "Zing - Vừa xong",
        "05/02/2015 00:24 (GMT+07:00)",
        # a media player's elapsed and whole time
        "0:00 / 2:19",
    ],
)
def test_datelines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 5/6/2024, UBND tỉnh đã họp bàn kế hoạch phòng chống bão.",
        "Lúc 8h sáng ngày 5/6, đoàn xe đã xuất phát từ Hà Nội.",
        "Hôm qua tôi đi học về muộn vì trời mưa to.",
        "Tỷ số 2/1",
        "Năm 2024",
        "Có 3 người chết",
        "1/2 số người được hỏi trả lời có",
        # the heading of the day's figures, over a table: a category's dateline has digits
        "Lịch thi đấu bóng đá hôm nay",
        "Giá vàng hôm nay",
        # a sentence a link broke off in a page dumped as text: a line ending in a comma goes on
        "Theo nội dung vụ án, ngày 25-11-2020,",
        # a legal preamble's item, ending in its semicolon (audit40: four decrees and circulars)
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
        # a sentence's words before its date, with its full stop: no category's
        "Vụ việc xảy ra vào khoảng 6h ngày 20/10.",
        # opening hours and a timetable: two clock times or more and no day, the text's values
        "07:00 – 17:00",
        "6:00 –18:30.",
        "8h30 – 12h30 | 13h30 – 17h30 (thứ Hai – thứ Sáu)",
        "09:00, 11:00, 15:00, 17:00, 23:05, 23:55",
        # a period, two days joined as a range: an event's or a schedule's dates (audit26: a campaign's "Thời gian:")
        "Thời gian: 1/10 – 31/10/2026",
        "15/10/2025 - 15/01/2026",
        # a heading that names its day: several words, then one day ending it, no clock time nor brackets (audit38:
        # a daily price report's section headings, a digest's headline)
        "Giá xăng dầu trong nước hôm nay 18/1/2024",
        "Thay đổi phân hạng GPLX từ 1.1.2025",
    ],
)
def test_sentences_with_dates_are_not_datelines(line: str) -> None:
    assert not is_dateline(line)


@SETTINGS
@given(
    st.sampled_from(["", "Thứ Hai, ", "Chủ nhật, ", "Cập nhật: ", "Thế giới | "]),
    st.integers(1, 28),
    st.integers(1, 12),
    st.integers(2000, 2030),
    st.sampled_from(["", " 23:58", " - 08:15", " | 7:30", " 10:20 (GMT+7)"]),
)
def test_every_composed_dateline_is_one(prefix: str, day: int, month: int, year: int, time: str) -> None:
    assert is_dateline(f"{prefix}{day}/{month}/{year}{time}")


@SETTINGS
@given(phrase(4, 10), st.integers(1, 28), st.integers(1, 12), phrase(3, 10))
def test_a_sentence_around_a_date_is_not_a_dateline(before: str, day: int, month: int, after: str) -> None:
    assert not is_dateline(f"{before} ngày {day}/{month}, {after.lower()}.")


# --- features and zones --------------------------------------------------------


@given(st.text(max_size=30))
def test_ends_sentence_matches_its_regex_definition(line: str) -> None:
    # \Z, not $: "$" also matches before a final newline
    assert ends_sentence(line) == (re.search(r"[.!?…;:][\"'”’»)\]]*\Z", line) is not None)


def test_prose_is_vietnamese_sentences() -> None:
    assert line_features(LEAD).prose
    assert not line_features(TITLE).prose  # a headline
    assert not line_features("Home News Sports Business Entertainment World Video Podcast Tech.").prose
    assert syllable_share("Home News Sports") == 0.0
    assert syllable_share("người lao động") == 1.0


def test_zones() -> None:
    doc = lines("Thời sự Thế giới Kinh doanh", TITLE, LEAD, BODY, BODY2, "Gửi góp ý", LISTED)
    structure = build_structure(doc.split("\n"))
    assert [structure.zone(i) for i in range(7)] == ["head", "head", "body", "body", "body", "tail", "tail"]


def test_teasers_of_a_listing_do_not_extend_the_body() -> None:
    doc = lines(TITLE, LEAD, BODY, BODY2, "Gửi góp ý", "Hotline: 0900 000 000", LISTED, TEASER, LISTED2, TEASER)
    assert build_structure(doc.split("\n")).body_end == 3


def test_a_last_paragraph_after_a_subheading_is_body() -> None:
    doc = lines(TITLE, LEAD, BODY, "Kỳ vọng của người dân", BODY2)
    assert build_structure(doc.split("\n")).body_end == 4


def test_the_view_follows_edits_and_labels() -> None:
    doc = Document.from_text(lines(TITLE, LEAD, BODY))
    first = doc.view()
    assert doc.view() is first and first.structure is first.structure  # computed once
    doc.edit(1, "Ngắn", "test")
    assert doc.view() is not first and doc.view().structure.body_start == 2
    doc.label(2, "menu", "test")
    assert doc.view().structure.body_start is None
    assert doc.lines == lines(TITLE, "Ngắn", BODY).split("\n")  # labelling removes nothing


# --- navigation: datelines, menus, the head --------------------------------------


def test_a_menu_without_separators_is_not_the_title() -> None:
    text = lines("Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh Giải trí Thể thao Pháp luật", TITLE, LEAD, BODY)
    result = clean_document(text)
    assert result.title == TITLE
    assert result.text == lines(TITLE, LEAD, BODY)


def test_head_labels_and_datelines_go() -> None:
    text = lines("Thời sự Giao thông", "Kinh tế / Hồ sơ phá án", TITLE, "Thứ Hai, 28/4/2011 23:58 (GMT+7)", LEAD, BODY)
    assert clean(text) == lines(TITLE, LEAD, BODY)


def test_a_headline_that_starts_with_a_section_name_stays() -> None:
    title = "Thể thao Việt Nam giành thêm ba huy chương vàng tại SEA Games"
    assert clean_document(lines(title, LEAD, BODY)).title == title


def test_a_section_name_in_the_body_is_a_subheading() -> None:
    text = lines(TITLE, LEAD, "Giáo dục", BODY, BODY2)
    assert NavigationCleaner()(text) == text


def test_a_body_sentence_with_a_date_stays() -> None:
    sentence = "Ngày 5/6/2024, UBND tỉnh đã họp bàn kế hoạch phòng chống bão."
    assert clean(lines(TITLE, LEAD, sentence, BODY)) == lines(TITLE, LEAD, sentence, BODY)


# --- related listings ------------------------------------------------------------


def test_a_listing_runs_past_dates_of_other_forms_and_agency_teasers() -> None:
    listing = [
        "Tin liên quan",
        LISTED + " (6/11/2011)",
        "28/4/2011 | 23:58",
        LISTED2,
        "3 giờ trước",
        "(Dân trí) - " + TEASER,
        "Thế giới 28/4/2011 | 23:58",
        "Bão số 3 đổ bộ vào các tỉnh ven biển miền Trung chiều nay",
    ]
    assert RelatedBlockCleaner()(lines(TITLE, LEAD, BODY, *listing)) == lines(TITLE, LEAD, BODY)


def test_a_listing_in_mid_article_ends_where_prose_resumes() -> None:
    text = lines(TITLE, LEAD, "Tin liên quan", LISTED, LISTED2, BODY, BODY2)
    assert RelatedBlockCleaner()(text) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_paragraph_after_a_title_in_mid_article_is_not_a_teaser() -> None:
    text = lines(TITLE, LEAD, "Tin liên quan", LISTED, BODY, LISTED2, BODY2, BODY)
    assert RelatedBlockCleaner()(text) == lines(TITLE, LEAD, BODY, LISTED2, BODY2, BODY)


def test_cards_after_the_article_are_title_and_teaser() -> None:
    third = "Bão số 3 đổ bộ vào các tỉnh ven biển miền Trung chiều nay"
    cards = [LISTED, TEASER, LISTED2, TEASER.replace("vàng", "bạc"), third, TEASER.replace("vàng", "đồng")]
    assert RelatedBlockCleaner()(lines(TITLE, LEAD, BODY, BODY2, "Tin khác", *cards)) == lines(TITLE, LEAD, BODY, BODY2)


def test_a_last_paragraph_under_one_listed_title_stays() -> None:
    """Only a listing that has shown cards takes a last paragraph with nothing after it."""
    text = lines(TITLE, LEAD, BODY, "Tin khác", LISTED, BODY2)
    assert RelatedBlockCleaner()(text) == lines(TITLE, LEAD, BODY, BODY2)


def test_agency_tag_shape() -> None:
    for tagged in ["(Dân trí) - Sáng nay", "TTO - Sáng nay", "ND -Sáng nay", "(24h) - Sáng nay", "(aFamily)- Hôm nay"]:
        assert agency_tag(tagged), tagged
    assert agency_tag("Dân Việt - Công ty PG-Bikes") is not None  # an outlet of two words (lexicon.NEWS_OUTLETS)
    for untagged in ["Hà Nội - Sáng nay", "Mỹ - Trung đàm phán", "(Một số) doanh nghiệp đã dừng"]:
        assert agency_tag(untagged) is None, untagged


# --- the tail ----------------------------------------------------------------------


def test_tail_furniture_goes_and_the_byline_is_read() -> None:
    text = lines(
        TITLE,
        LEAD,
        BODY,
        BODY2,
        "Minh Anh",
        "Theo dõi Báo X trên Google News",
        "Gửi góp ý",
        "Hotline: 0900 000 000",
        "Từ khóa: cầu vượt, sông Hồng",
        "Đọc nhiều",
        LISTED,
        LISTED2,
        "Địa chỉ tòa soạn: Số 1 phố Y, Hà Nội.",
    )
    result = clean_document(text)
    assert result.text == lines(TITLE, LEAD, BODY, BODY2)
    assert result.author == "Minh Anh"


def test_tail_keeps_prose_sentences_and_credits() -> None:
    last = "Chúc mọi người năm mới an khang!"
    text = lines(TITLE, LEAD, BODY, BODY2, last, "Theo TTXVN", TEASER)
    assert TailCleaner()(text) == text


def test_body_lines_that_start_like_furniture_stay() -> None:
    text = lines(
        TITLE,
        LEAD,
        "Xem thêm các quy định mới, người dân có thể tới trụ sở phường để được hướng dẫn cụ thể.",
        "Chia sẻ với phóng viên, ông Nam cho biết gia đình đã chờ đợi cây cầu này nhiều năm nay.",
        BODY,
    )
    assert clean(text) == text


@SETTINGS
@given(documents)
def test_tail_never_drops_prose_except_footers(text: str) -> None:
    for removal in clean_document(text).removed_by("tail"):
        if removal.detail == "furniture":
            assert not line_features(removal.text).prose


def test_reader_comments_after_the_article_go() -> None:
    comment = "Mong các cơ quan chức năng sớm vào cuộc xử lý nghiêm vụ việc này."
    text = lines(
        TITLE,
        LEAD,
        BODY,
        BODY2,
        "Minh Anh",
        "Gửi góp ý",
        "Trần Thị Lan",
        comment,
        "Trả lời",
        "an.nguyen",
        "Chúc mừng người dân hai bên bờ sông, mong cầu sớm hoàn thành!",
        "19 giờ trước",
    )
    result = clean_document(text)
    assert result.text == lines(TITLE, LEAD, BODY, BODY2)
    assert result.author == "Minh Anh"


def test_a_sentence_after_the_byline_without_a_comment_card_stays() -> None:
    note = "Bài viết có sử dụng tư liệu của Thông tấn xã Việt Nam."
    text = lines(TITLE, LEAD, BODY, BODY2, "Minh Anh", note)
    assert TailCleaner()(text) == text


@SETTINGS
@given(documents)
def test_the_structure_kept_up_to_date_equals_a_fresh_one(text: str) -> None:
    from vnnews_clean import Pipeline
    from vnnews_clean.normalization import fix_line_breaks

    doc = Document.from_text(fix_line_breaks(text))
    for step in Pipeline.default():
        step.apply(doc)
        assert doc.features == features_list(doc.lines)  # the features of edited lines were found again
        view = doc.view()
        kept = view.structure
        fresh = Structure(view.lines, tuple(features_list(view.lines)), view.gaps())
        assert (kept.features, kept.body_start, kept.body_end) == (fresh.features, fresh.body_start, fresh.body_end)


def test_a_section_kicker_above_the_title_goes() -> None:
    text = lines("Thế giới Phân tích", "Thứ Hai, 28/4/2011 23:58", TITLE, LEAD, BODY)
    result = clean_document(text)
    assert result.title == TITLE
    assert result.text == lines(TITLE, LEAD, BODY)


def test_a_short_title_that_starts_with_a_section_name_is_kept() -> None:
    """With no longer headline below it, "Thể thao Việt Nam ..." is the title, not a kicker."""
    title = "Thể thao Việt Nam"
    assert clean_document(lines(title, LEAD, BODY)).title == title


def test_a_long_menu_of_a_site_own_sections_is_not_the_title() -> None:
    menu = "Star Ciné Musik Beauty Đời sống Money Xã hội Sức khỏe Tek-Life Học đường Thế giới Video"
    assert clean_document(lines(menu, TITLE, LEAD, BODY)).title == TITLE


def test_an_ellipsis_before_a_small_letter_does_not_end_a_sentence() -> None:
    title = "Dự án chung cư (Hà Nội): Chưa thể khởi công bởi… kẹt tiền!"
    assert clean_document(lines(title, LEAD, BODY)).title == title


def test_comments_after_a_follow_prompt_are_not_body() -> None:
    comment = "Thông tin này chưa chính xác, đề nghị báo kiểm tra lại."
    text = lines(TITLE, LEAD, BODY, BODY2, "Theo dõi Báo X trên Google News", "Bạn đọc", comment, "Thích Trả lời")
    assert clean(text) == lines(TITLE, LEAD, BODY, BODY2)


def test_labelled_link_with_a_marker() -> None:
    assert clean(lines(TITLE, LEAD, "Xem thêm >> " + LISTED, BODY)) == lines(TITLE, LEAD, BODY)


def test_two_sentences_after_the_byline_do_not_extend_the_body() -> None:
    comment = "Bài viết rất hay và bổ ích, cảm ơn tác giả của bài báo này nhiều."
    doc = lines(
        TITLE, LEAD, BODY, BODY2, "Phạm Dự", "Quan tâm nhất", "Nguyễn Văn Hùng", comment, TEASER, "Kinh tế", LISTED
    )
    assert build_structure(doc.split("\n")).body_end == 3


def test_a_tables_column_headings_far_apart_do_not_end_the_article() -> None:
    """Two name-shaped lines between two paragraphs close the article only close together (a byline, then a
    reader's name over a comment): a table's column headings in capitals ("TRẬN ĐẤU", "TRỰC TIẾP") with its rows
    between are the article's, and so is the text after them."""
    rows = [f"0{d}/04 20:00" if k % 2 else f"Đội {d} - Đội {d + 1}" for d in range(1, 8) for k in range(2)]
    doc = lines(TITLE, LEAD, BODY, "TRẬN ĐẤU", "TRỰC TIẾP", *rows, BODY2, TEASER)
    assert build_structure(doc.split("\n")).body_end == len(rows) + 6
    comment = "Bài viết rất hay và bổ ích, cảm ơn tác giả của bài báo này nhiều."
    card = lines(TITLE, LEAD, BODY, BODY2, "Phạm Dự", "Nguyễn Văn Hùng", comment)
    assert build_structure(card.split("\n")).body_end == 3


def test_three_paragraphs_after_a_name_line_are_body() -> None:
    """A name-shaped line inside the article (a sub-heading) does not end it when prose goes on."""
    doc = lines(TITLE, LEAD, BODY, "Hà Nội", BODY2, LEAD.replace("Sáng nay", "Chiều qua"), BODY.replace("5 km", "6 km"))
    assert build_structure(doc.split("\n")).body_end == 6


def test_comment_cards_are_read_the_same_on_a_second_run() -> None:
    """Found by hypothesis: a short line the tail drops stood between two cards."""
    p = "Người người người người người người người người."
    text = lines(
        "Chia sẻ",
        "Người người người người",
        "Người người người người người người người người người người người người người người người người. " + p,
        "Người người người người người người người người người.",
        "F",
        "Tin khác",
        p,
        "Người người người người người người",
        "Bảo Thoa",
        "Người người người người người người.",
    )
    once = clean(text)
    assert clean(once) == once


@given(st.text(alphabet=st.sampled_from("ab Đ.?\t\u00a0\u2003\u200b:"), min_size=1, max_size=60))
def test_paragraph_feature_is_shapes_is_paragraph(line: str) -> None:
    """Cleaners read features.paragraph instead of calling is_paragraph: the two never differ,
    whatever whitespace the line holds (a tab, a no-break space next to a space)."""
    assert line_features(line).paragraph == is_paragraph(line)


def test_paragraph_feature_counts_words_split_by_tabs() -> None:
    assert line_features("a\tb\tc\td\te\tf.").paragraph  # six words, no space
    assert not line_features("a \t b \t c \t d.").paragraph  # four words, six spaces


def test_teasers_between_listed_items_after_the_article_go() -> None:
    """Lone sentences between listed headlines after the byline are other articles' teasers."""
    text = lines(TITLE, LEAD, BODY, BODY2, "Minh Anh", "Gửi góp ý", LISTED, TEASER, LISTED2, "Hotline: 0900 000 000")
    result = clean_document(text)
    assert result.text == lines(TITLE, LEAD, BODY, BODY2)
    assert result.author == "Minh Anh"
    assert clean(result.text) == result.text


def test_a_byline_right_after_the_body_is_read_whatever_follows() -> None:
    """The structure says where the body ends; a teaser left after the byline does not hide it."""
    text = lines(TITLE, LEAD, BODY, BODY2, "Lê Hiếu", TEASER)
    result = clean_document(text)
    assert result.author == "Lê Hiếu"
    assert "Lê Hiếu" not in result.text.split("\n")


def test_a_footer_line_is_no_commenter_so_the_sentence_before_it_stays() -> None:
    """byline / sentence / "Hotline: ..." is not a comment card: the sentence stays (kept when unsure)."""
    sentence = "Công trình dự kiến khánh thành vào cuối năm 2027 theo kế hoạch."
    result = clean_document(lines(TITLE, LEAD, BODY, BODY2, "Minh Anh", sentence, "Hotline: 0900 000 000"))
    assert sentence in result.text.split("\n")
    assert result.author == "Minh Anh"


def _footer_terms_as_read_term_by_term(line: str) -> bool:
    """has_footer_terms read the plain way: each colon's label compared with each term in turn."""
    from vnnews_clean.lines.features import _LABEL_REACH, _LABEL_TERMS, _LICENCE_NUMBER, FOOTER_TERMS_MIN

    seen: set[str] = set()
    colon = line.find(":")
    while colon >= 0:
        before = line[max(0, colon - _LABEL_REACH) : colon].rstrip().casefold()
        for term in _LABEL_TERMS:
            if before.endswith(term) and term not in seen:
                seen.add(term)
                break
        colon = line.find(":", colon + 1)
    if "giấy phép" not in seen and _LICENCE_NUMBER.search(line) is not None:
        seen.add("giấy phép")
    return ("©" in line) + len(seen) >= FOOTER_TERMS_MIN


_FOOTER_PIECES = st.sampled_from(
    [
        "Điện thoại",
        "Fax",
        "Email",
        "E-mail",
        "Tòa soạn",
        "Giấy phép số 12/GP-BTTTT",
        "GP-",
        "©",
        ": ",
        " ",
        "Hà Nội",
        "Địa chỉ",
        "HOTLINE",
        "nói",
        "0912 345 678",
        ".",
    ]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_FOOTER_PIECES, max_size=12).map("".join))
def test_footer_terms_are_read_as_term_by_term(line: str) -> None:
    from vnnews_clean.lines.features import has_footer_terms

    assert has_footer_terms(line) == _footer_terms_as_read_term_by_term(line)


# --- paragraphs broken mid-sentence ------------------------------------------------------------

CLOSING_SECTION = (
    "Người Mỹ không nhạy bén chút nào, vì phần lớn người Mỹ đi học, đi làm và thăng tiến mà không hề biết "
    "đến sự cần thiết của phong bì để mở ra một cánh cửa nào đó cho mình."
)


def test_broken_paragraphs_are_runs_that_go_on_in_lower_case() -> None:
    text = ["Sáng nay, thành phố đã khởi công", "cầu vượt sông Hồng,", "trị giá 20 nghìn tỷ đồng.", "", "Tin khác"]
    assert broken_paragraphs(text) == [(0, 3)]
    # a sentence end, a colon or a blank line parts two lines; so does a capital
    assert broken_paragraphs(["Giá vàng tăng.", "sau đó giảm"]) == []
    assert broken_paragraphs(["Giá vàng:", "tăng mạnh"]) == []
    assert broken_paragraphs(["Giá vàng tăng", "", "mạnh"]) == []
    assert broken_paragraphs(["Thời sự", "Thế giới", "Kinh doanh"]) == []
    # a short label over a line in lower case runs on into nothing
    assert broken_paragraphs(["Ảnh minh họa", "pha dấn sâu vào sát khung thành của đội bạn."]) == []
    features = features_list(text)
    assert [f.joined for f in features[:3] if f is not None] == [True, True, True]
    assert all(f.prose and not f.headline for f in features[:3] if f is not None)
    # the pieces of a menu or of a cut headline are no prose
    assert not any(f.joined for f in features_list(["Trang chủ", "thời sự", "thế giới"]) if f is not None)


@pytest.mark.parametrize("width", range(30, 100, 5))
def test_text_wrapped_at_a_width_loses_no_line(width: int) -> None:
    """A dump that wrapped its text (or kept a page's line breaks): the last section, its heading and its
    pieces, is the article's as it is unwrapped, and the byline and furniture after it still go."""
    article = [
        TITLE,
        *textwrap.wrap(LEAD, width),
        *textwrap.wrap(BODY, width),
        *textwrap.wrap(BODY2, width),
        "16. Nhạy bén",
        *textwrap.wrap(CLOSING_SECTION, width),
    ]
    assert clean(lines(*article, "Minh Anh", "Chia sẻ", "Tin khác")) == lines(*article)


@given(documents)
@SETTINGS
def test_pieces_of_a_broken_paragraph_read_as_it(doc: str) -> None:
    """Every line of a run that :func:`broken_paragraphs` finds and whose whole is prose is prose, no
    headline, name or date; every other line keeps the features of its own text."""
    lines_ = doc.split("\n")
    features = features_list(lines_)
    joined = {i for first, end in broken_paragraphs(lines_) for i in range(first, end)}
    for i, (line, here) in enumerate(zip(lines_, features, strict=True)):
        if here is None:
            assert not line
        elif here.joined:
            assert i in joined and here.prose and here.paragraph and not (here.headline or here.name or here.date)
        else:
            assert here == line_features(line)
