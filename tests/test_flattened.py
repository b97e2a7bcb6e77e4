"""Pages flattened to one line: is_flattened by shape, and split_flattened's pieces.

The pieces must hold the line's text exactly (properties), cut where the text shows a boundary
(hand cases: sentences, list items, numbered and step headings, credits, links, connectives,
labels, agency tags, gaps) and not inside a sentence (abbreviations, initials, numbers, quotes,
dashes that join names or numbers). Real text: baomoi articles (MIT, tests/data) joined into one
line, as crawls store pages.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean.lines import flattened
from vnnews_clean.lines.flattened import Piece, flattened_pieces, is_flattened, split_flattened

from .helpers import ROOT

ARTICLE = re.compile(r"<article>\s*<title>(.*?)</title>\s*<content>(.*?)</content>\s*</article>", re.DOTALL)
# ends a sentence: punctuation, perhaps inside closing quotes or brackets
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
CLAUSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def baomoi(name: str = "baomoi-40.txt") -> list[list[str]]:
    """Each article as its lines (title first), spaces inside a line collapsed."""
    text = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8")
    docs = []
    for title, content in ARTICLE.findall(text):
        lines = [" ".join(line.split()) for line in f"{title}\n{content}".splitlines()]
        docs.append([line for line in lines if line])
    return docs


def cuts(line: str) -> list[str]:
    return split_flattened(line)


def assert_exact_cover(line: str, pieces: list[Piece]) -> None:
    """Pieces are exact, non-empty, trimmed substrings, in order, with only whitespace around them (or
    nothing, after a full stop glued to the next sentence: "này.Hai")."""
    position = 0
    for piece in pieces:
        assert piece.text and piece.text == line[piece.start : piece.end]
        assert piece.text == piece.text.strip()
        assert line[position : piece.start].strip() == ""
        glued = piece.start == position and line[position - 1 : position] == "."
        assert piece.start >= position and (piece.start > position or position == 0 or glued)
        position = piece.end
    assert line[position:].strip() == ""


# --- properties --------------------------------------------------------------------------------

WORD = st.sampled_from(
    "người lao động Giò chả Thế nhưng, Tuy nhiên Bước Cách Ảnh: Ảnh minh họa Xem thêm: TS. TP. PGS.TS "
    "V. Á. Hà Nội 1. 2. 3. II. a) b) 5.000 1.5 2/1. - – + * • >> → “Tôi đi.” 'phất' (Dân trí) "
    "(VOH) TTO NDĐT- Nguồn: [Link nguồn] ... … ? ! : ; , Việt Nam đã lưu trangTin Một Các Bạn "
    "nhà.Hai (Ảnh).Kể T.Nhi TP.HCM".split()
)
SPACE = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", " \u3000 ", "\u2028"])


@st.composite
def flattened_lines(draw: st.DrawFn) -> str:
    """A line of page-like tokens (words, markers, numbers, credits, quotes) joined by spaces of
    every kind, sometimes with arbitrary text mixed in."""
    parts: list[str] = []
    for token in draw(st.lists(st.one_of(WORD, st.text(max_size=6)), max_size=80)):
        parts += [token, draw(SPACE)]
    return draw(SPACE) + "".join(parts)


@given(flattened_lines())
def test_pieces_hold_the_line_exactly(line: str) -> None:
    """No text lost, none invented, order kept: each piece is ``line[start:end]``, trimmed, and only
    whitespace lies between them; joined, they give the line's non-space text."""
    pieces = flattened_pieces(line)
    assert_exact_cover(line, pieces)
    assert "".join("".join(split_flattened(line)).split()) == "".join(line.split())
    assert [piece.text for piece in pieces] == split_flattened(line)


@given(st.text())
def test_any_text_is_covered(line: str) -> None:
    """Arbitrary text (any characters, any whitespace) is cut without losing or adding anything."""
    assert_exact_cover(line, flattened_pieces(line))
    assert "".join("".join(split_flattened(line)).split()) == "".join(line.split())


@given(flattened_lines())
def test_huge_lines_are_read_in_stretches_and_still_covered(line: str) -> None:
    """A line longer than CHUNK_CHARS is read in stretches (memory bounded by the stretch); the cover
    holds across the stretches."""
    saved = flattened.CHUNK_CHARS
    flattened.CHUNK_CHARS = 40
    try:
        pieces = flattened_pieces(line)
    finally:
        flattened.CHUNK_CHARS = saved
    assert_exact_cover(line, pieces)


@given(st.lists(st.sampled_from("người lao động công đoàn thành phố kinh tế phát triển".split()), max_size=60))
def test_text_without_punctuation_or_capitals_is_one_piece(words: list[str]) -> None:
    """Nothing in lower-case words without punctuation shows a boundary: no cut is invented."""
    line = " ".join(words)
    assert cuts(line) == ([line] if line else [])


def test_a_line_of_one_huge_token_is_one_piece() -> None:
    line = "x" * (flattened.CHUNK_CHARS * 2 + 5)
    assert cuts(" " + line + " ") == [line]


def test_a_huge_line_is_cut_like_its_parts_except_near_stretch_ends() -> None:
    """Reading in stretches changes nothing but the cuts at the stretch ends (at sentence ends)."""
    sentence = "Giá vàng hôm nay tăng mạnh so với hôm qua. "
    line = sentence * (flattened.CHUNK_CHARS // len(sentence) * 3)
    pieces = cuts(line)
    assert pieces == [sentence.strip()] * len(pieces)
    assert " ".join(pieces) == line.strip()


# --- real text: baomoi articles joined into one line ----------------------------------------------


def joined(doc: list[str]) -> tuple[str, list[int]]:
    line = " ".join(doc)
    starts, position = [], 0
    for part in doc:
        starts.append(position)
        position += len(part) + 1
    return line, starts


def test_joined_baomoi_paragraph_ends_are_cuts() -> None:
    """Every original line break after sentence punctuation and before a capital is a piece start
    (sentences end there: "châu Á." too, though "Á." looks like an initial)."""
    checked = 0
    for doc in baomoi():
        line, starts = joined(doc)
        begins = {piece.start for piece in flattened_pieces(line)}
        for part, start in zip(doc, starts[1:], strict=False):
            if SENTENCE_END.search(part) and line[start : start + 1].isupper():
                checked += 1
                assert start in begins, (part[-50:], line[start : start + 40])
    assert checked > 250


def test_joined_baomoi_is_not_cut_inside_a_sentence() -> None:
    """Inside the original paragraphs, every cut follows sentence (or clause) punctuation."""
    inside = 0
    for doc in baomoi():
        line, starts = joined(doc)
        for piece in flattened_pieces(line)[1:]:
            if piece.start in starts:
                continue
            lo = max(s for s in starts if s < piece.start)
            inside += 1
            assert CLAUSE_END.search(line[lo : piece.start].rstrip()), line[piece.start - 60 : piece.start + 30]
    assert inside > 300


def test_baomoi_articles_are_not_flattened_but_joined_they_are() -> None:
    """An article laid out one paragraph per line is not flattened; joined into one line (as a crawl
    stores it) it is, once it is long enough to hold a page."""
    docs = baomoi()
    assert not any(is_flattened("\n".join(doc)) for doc in docs)
    long_ones = [" ".join(doc) for doc in docs if len(" ".join(doc)) >= flattened.FLAT_MIN_CHARS]
    assert len(long_ones) >= 15 and all(map(is_flattened, long_ones))


def test_gold_cases_are_not_flattened() -> None:
    for path in sorted((ROOT / "tests" / "data").glob("*.input.txt")):
        assert not is_flattened(path.read_text(encoding="utf-8")), path.name


@given(st.lists(st.text(min_size=1, max_size=300).filter(str.strip), min_size=flattened.FLAT_MAX_LINES + 1))
def test_documents_of_many_lines_are_not_flattened(lines: list[str]) -> None:
    assert not is_flattened("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines))


def test_short_documents_are_not_flattened() -> None:
    assert not is_flattened("")
    assert not is_flattened("Một câu. " * 100)  # 900 characters: a paragraph, not a page


def test_a_title_and_a_flattened_body_are_flattened() -> None:
    """A title, a date or a source line beside the flattened body do not change the verdict; a
    document whose other lines hold much of its text, or that has many lines, is laid out in lines."""
    body = " ".join(" ".join(doc[1:]) for doc in baomoi()[:3])
    assert is_flattened(f"Tiêu đề của bài\n12/3/2024 10:15\n{body}\nNguồn: VOV")
    paragraphs = [" ".join(doc[1:])[:600] for doc in baomoi()[3:8]]
    share = len(body) / (len(body) + 3 * 600)
    assert is_flattened("\n".join(["Tiêu đề của bài", body, *paragraphs[:3]])) == (share >= flattened.FLAT_MIN_SHARE)
    assert not is_flattened("\n".join(["Tiêu đề của bài", body[:5000], *paragraphs[:3]]))  # 3 paragraphs: 26% of it
    assert not is_flattened("\n".join(["Tiêu đề", body, *(["Một dòng ngắn."] * 5)]))  # seven lines


# --- hand cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Theo PGS. TS. Nguyễn Văn A, hàn the là chất độc hại.",
        "Theo PGS.TS Nguyễn Duy Thịnh, trước đây hàn the được dùng nhiều.",
        "Ông đến TP. Hồ Chí Minh hôm qua.",
        "Bà Nguyễn T. Hoa, giám đốc sở, cho biết như vậy.",
        "Giá tăng 5.000 đồng, gấp 1.5 lần năm ngoái.",
        "Để sản phẩm trông đẹp mã, bánh cuốn… để lâu không hỏng.",
        "Người tiêu dùng gọi đó là “đẹp mã” Nhà sản xuất thì không.",
        "Chuyến đi Hà Nội - Hải Phòng - Quảng Ninh kéo dài ba ngày.",
        "Ông Trần Du Lịch - Phó Đoàn đại biểu Quốc hội - phát biểu.",
        "Giảm giá tới 30 - 50% để thu hồi vốn.",
        "Chứng khoán giảm điểm - Ảnh: Hồng Vĩnh",
        "Căn cứ Điều 5, Ông A đề nghị thế.",
    ],
)
def test_no_cut_inside_a_sentence(line: str) -> None:
    """Abbreviations, initials, numbers, ellipses inside a phrase, a quotation inside a sentence,
    dashes joining names, an apposition or a range, a caption's credit: one piece each."""
    assert cuts(line) == [line]


def test_sentence_ends() -> None:
    line = 'Hàng bán chạy. Giá tăng! Vì sao? Ông nói: "Tôi đi." Bà cười… Con về. Đài Loan... Bà Tư bán gạo.'
    assert cuts(line) == [
        "Hàng bán chạy.",
        "Giá tăng!",
        "Vì sao?",
        'Ông nói: "Tôi đi."',
        "Bà cười…",
        "Con về.",
        "Đài Loan...",
        "Bà Tư bán gạo.",
    ]


def test_sentence_ends_before_a_number_after_a_word_not_after_a_number() -> None:
    assert cuts("Nó không hư hại gì. 5 dấu hiệu nhận biết giò có hàn the") == [
        "Nó không hư hại gì.",
        "5 dấu hiệu nhận biết giò có hàn the",
    ]
    assert cuts("Tỷ lệ là 3.5. 6 người đồng ý.") == ["Tỷ lệ là 3.5. 6 người đồng ý."]


def test_a_sentence_ending_in_a_capital_letter_ends() -> None:
    assert cuts("Đội đứng đầu châu Á. Các nước tiếp sau là Nhật.") == [
        "Đội đứng đầu châu Á.",
        "Các nước tiếp sau là Nhật.",
    ]


def test_list_items_after_a_colon_and_in_a_run() -> None:
    line = (
        "Nguyên liệu như sau: - Tai heo - Nấm hương ngâm nở, thái nhỏ - 500 ml giấm gạo - Trứng muối Chúc ngon miệng!"
    )
    assert cuts(line) == [
        "Nguyên liệu như sau:",
        "- Tai heo",
        "- Nấm hương ngâm nở, thái nhỏ",
        "- 500 ml giấm gạo",
        "- Trứng muối Chúc ngon miệng!",
    ]
    assert [p.opens for p in flattened_pieces(line)][1:] == ["list"] * 4


def test_bullets_and_long_items_after_clause_ends() -> None:
    assert cuts("Ba việc cần làm • Rửa sạch • Luộc chín") == ["Ba việc cần làm", "• Rửa sạch", "• Luộc chín"]
    line = (
        "Ông nói rằng thị trường còn khó; - Quan sát thị trường Mỹ, chúng tôi thấy một mẫu hình quen thuộc; "
        "- Nợ xấu là tiêu cực."
    )
    assert cuts(line)[1:] == [
        "- Quan sát thị trường Mỹ, chúng tôi thấy một mẫu hình quen thuộc;",
        "- Nợ xấu là tiêu cực.",
    ]


def test_numbered_headings_in_sequence_and_the_text_after_them() -> None:
    line = (
        "Dưới đây là các dấu hiệu nhận biết giò có hàn the 1. Nhận biết qua vị giác Giò chả sạch khi ăn có độ mềm "
        "vừa phải. 2. Quan sát mặt cắt của cây giò Giò chả truyền thống có lỗ rỗng li ti."
    )
    assert cuts(line) == [
        "Dưới đây là các dấu hiệu nhận biết giò có hàn the",
        "1. Nhận biết qua vị giác",
        "Giò chả sạch khi ăn có độ mềm vừa phải.",
        "2. Quan sát mặt cắt của cây giò",
        "Giò chả truyền thống có lỗ rỗng li ti.",
    ]
    kinds = [p.opens for p in flattened_pieces(line)]
    assert kinds == ["start", "numbered", "after_heading", "numbered", "after_heading"]


def test_numbers_that_end_sentences_are_not_headings() -> None:
    """Numbers that do not count up from 1 end their sentences ("tháng 5. Chỉ số ...")."""
    line = "Chỉ số cao nhất kể từ cuối tháng 5. Chỉ số Topix tăng. Giá cao nhất từ đầu tháng 6. Đồng thời giá dầu giảm."
    assert cuts(line) == [
        "Chỉ số cao nhất kể từ cuối tháng 5.",
        "Chỉ số Topix tăng.",
        "Giá cao nhất từ đầu tháng 6.",
        "Đồng thời giá dầu giảm.",
    ]


def test_step_headings() -> None:
    line = "Cách làm bò sốt vang như sau: Bước 1: Thịt bò rửa sạch, thái miếng. Bước 2: Gừng cạo vỏ, băm nhỏ."
    assert cuts(line) == [
        "Cách làm bò sốt vang như sau:",
        "Bước 1: Thịt bò rửa sạch, thái miếng.",
        "Bước 2: Gừng cạo vỏ, băm nhỏ.",
    ]
    # a reference after a word ends a sentence, it heads nothing
    assert cuts("Việc này trái với Điều 5. Ông A nói thế.") == ["Việc này trái với Điều 5.", "Ông A nói thế."]


def test_a_credit_closes_its_caption_and_the_text_goes_on_after_the_name() -> None:
    line = (
        "Tuyển Việt Nam thắng trận. HLV Park chào hỏi Thủ tướng trên sân Việt Trì ngày 2/1. Ảnh: Hiếu Lương "
        "HLV Park dẫn dắt tuyển Việt Nam 5 năm. Đội ăn mừng. (Ảnh: TTXVN) Về quan hệ song phương, hai bên nhất trí."
    )
    assert cuts(line) == [
        "Tuyển Việt Nam thắng trận.",
        "HLV Park chào hỏi Thủ tướng trên sân Việt Trì ngày 2/1. Ảnh: Hiếu Lương",
        "HLV Park dẫn dắt tuyển Việt Nam 5 năm.",
        "Đội ăn mừng. (Ảnh: TTXVN)",
        "Về quan hệ song phương, hai bên nhất trí.",
    ]


def test_a_credit_name_and_a_common_word_after_it() -> None:
    """After the name, a capitalised word the text also writes lower-case starts the sentence."""
    line = "Cầu thủ nâng cúp. Ảnh: Đức Đồng Phải đến khi đội thắng, người hâm mộ mới vui. Họ phải chờ lâu."
    assert cuts(line) == [
        "Cầu thủ nâng cúp. Ảnh: Đức Đồng",
        "Phải đến khi đội thắng, người hâm mộ mới vui.",
        "Họ phải chờ lâu.",
    ]


def test_a_name_in_capitals_ends_at_the_first_word_that_is_not() -> None:
    """tuoitre.vn prints credits in capitals ("- Ảnh: GIA HÂN"); the next sentence opens in title case."""
    line = "Chủ tịch Quốc hội Vương Đình Huệ - Ảnh: GIA HÂN Chiều 17-3, ông Huệ phát biểu. Ông nói thêm."
    assert cuts(line) == [
        "Chủ tịch Quốc hội Vương Đình Huệ - Ảnh: GIA HÂN",
        "Chiều 17-3, ông Huệ phát biểu.",
        "Ông nói thêm.",
    ]


def test_a_bracketed_credit_naming_who_gave_the_photo_closes_its_caption() -> None:
    line = (
        "Các bạn trẻ đi tình nguyện. Mỗi chuyến đi là một kỷ niệm. (Ảnh do nhân vật cung cấp) "
        "Khi mới ra đời, CLB có 4 bạn. (Ảnh hưởng của thầy rất lớn) Họ lớn dần."
    )
    assert cuts(line) == [
        "Các bạn trẻ đi tình nguyện.",
        "Mỗi chuyến đi là một kỷ niệm. (Ảnh do nhân vật cung cấp)",
        "Khi mới ra đời, CLB có 4 bạn.",
        "(Ảnh hưởng của thầy rất lớn) Họ lớn dần.",
    ]


def test_a_credit_of_who_made_the_article_is_a_piece_of_its_own() -> None:
    """ "*Món ăn và hình ảnh do X thực hiện" ends one piece and the next sentence starts after it,
    glued on or after a lower-case word; "do" in a sentence ("… do Hiệu trưởng … xác nhận") is no credit."""
    line = (
        "Chúc các bạn thành công khi chế biến món này! *Món ăn và hình ảnh do Fb Phạm Thanh Huệ thực hiện "
        "Thịt lợn là loại thực phẩm được nhiều gia đình sử dụng. Một bài khác viết về món ăn "
        "Bài và ảnh do Minh Anh thực hiện Giấy xác nhận do Hiệu trưởng trường cấp."
    )
    assert cuts(line) == [
        "Chúc các bạn thành công khi chế biến món này!",
        "*Món ăn và hình ảnh do Fb Phạm Thanh Huệ thực hiện",
        "Thịt lợn là loại thực phẩm được nhiều gia đình sử dụng.",
        "Một bài khác viết về món ăn",
        "Bài và ảnh do Minh Anh thực hiện",
        "Giấy xác nhận do Hiệu trưởng trường cấp.",
    ]


def test_an_agency_or_a_quotation_ends_the_credit_name() -> None:
    """An agency's or outlet's name is the whole credit ("Ảnh: Reuters Một người ..."); a bracket naming
    one needs no colon ("(Ảnh internet)"); a quotation after the name opens the next sentence."""
    line = (
        "Người dân dự lễ tang. Ảnh: Reuters Một người phụ nữ cầm di ảnh. Xe mới ra mắt (Ảnh internet) "
        'Bên cạnh đó, cản trước được làm lại. Lãnh đạo thăm nhà ở - Ảnh: TNO "Chúng tôi muốn học tập", ông nói. '
        "Công nhân nhận nhà - Ảnh: Vnexpress Theo lãnh đạo tỉnh, 85 dự án đã được thu hút."
    )
    assert cuts(line) == [
        "Người dân dự lễ tang. Ảnh: Reuters",
        "Một người phụ nữ cầm di ảnh.",
        "Xe mới ra mắt (Ảnh internet)",
        "Bên cạnh đó, cản trước được làm lại.",
        "Lãnh đạo thăm nhà ở - Ảnh: TNO",
        '"Chúng tôi muốn học tập", ông nói.',
        "Công nhân nhận nhà - Ảnh: Vnexpress",
        "Theo lãnh đạo tỉnh, 85 dự án đã được thu hút.",
    ]
    # a person's name goes on after a word that is no agency's
    assert cuts("Đội ăn mừng. Ảnh: Ngọc Thắng Hà Nội") == ["Đội ăn mừng. Ảnh: Ngọc Thắng Hà Nội"]


def test_the_credit_of_a_picture_under_a_heading_is_a_piece_of_its_own() -> None:
    """A numbered heading, then the credit of the picture under it: the heading is no caption and stays."""
    line = (
        "Du khách nên tìm hiểu phong tục. 1. Hỏi trước khi chụp Khi đến thăm bản, bạn hỏi trước. "
        "2. Tôn trọng không gian sinh hoạt của người dân Ảnh: Shutterstock Khi đến thăm bản làng, bạn không nên "
        "tự ý vào nhà dân. Hãy hỏi ý kiến trước khi chụp ảnh."
    )
    assert cuts(line) == [
        "Du khách nên tìm hiểu phong tục.",
        "1. Hỏi trước khi chụp",
        "Khi đến thăm bản, bạn hỏi trước.",
        "2. Tôn trọng không gian sinh hoạt của người dân",
        "Ảnh: Shutterstock",
        "Khi đến thăm bản làng, bạn không nên tự ý vào nhà dân.",
        "Hãy hỏi ý kiến trước khi chụp ảnh.",
    ]


def test_a_listed_title_ends_at_its_date_in_brackets() -> None:
    """A related list flattened with the page: each title ends at its date in brackets."""
    line = (
        "Ngọc bị tuyên phạt 20 năm tù giam. Ôtô bí thư đảng ủy bị cài mìn, 1 quả phát nổ (21/04/2010 02:40) "
        "Xác minh 3.000 trang tài liệu vụ Huỳnh Ngọc Sỹ (21/4/2010) Đại úy công an bị đâm 4 nhát (20/04/2010 17:16)"
    )
    assert cuts(line) == [
        "Ngọc bị tuyên phạt 20 năm tù giam.",
        "Ôtô bí thư đảng ủy bị cài mìn, 1 quả phát nổ (21/04/2010 02:40)",
        "Xác minh 3.000 trang tài liệu vụ Huỳnh Ngọc Sỹ (21/4/2010)",
        "Đại úy công an bị đâm 4 nhát (20/04/2010 17:16)",
    ]
    # a bracket that holds no date, or a date inside a sentence that goes on in lower case, cuts nothing
    assert cuts("Ông sinh năm 1960 (Hà Nội) Tại đây ông học. Hôm đó (21/4) trời mưa to.") == [
        "Ông sinh năm 1960 (Hà Nội) Tại đây ông học.",
        "Hôm đó (21/4) trời mưa to.",
    ]


def test_a_galleries_credit_repeated_before_the_same_word_is_no_name() -> None:
    """ "Ảnh: Military Today Xe …" under every picture: the credit's name and the next sentence's first word stand
    together each time, which does not make them one name (a name recurs elsewhere in the text too)."""
    line = (
        "MTVR là xe tải chủ lực. Cabin xe được bọc thép. Ảnh: Military Today Xe có cấu hình 6x6 bánh. "
        "KamAZ là xe của Nga. Ảnh: Military Today Xe có khả năng off-road tốt."
    )
    assert cuts(line) == [
        "MTVR là xe tải chủ lực.",
        "Cabin xe được bọc thép. Ảnh: Military Today",
        "Xe có cấu hình 6x6 bánh.",
        "KamAZ là xe của Nga. Ảnh: Military Today",
        "Xe có khả năng off-road tốt.",
    ]


def test_a_bare_image_credit_is_a_piece() -> None:
    line = "Người tuổi Thìn gặp may. Ảnh minh họa  Không những thế, họ còn được giúp đỡ."
    assert cuts(line) == ["Người tuổi Thìn gặp may.", "Ảnh minh họa", "Không những thế, họ còn được giúp đỡ."]


def test_inline_links_and_the_text_after_their_title() -> None:
    line = (
        "Không có gì thần kỳ. >> Bóng đá Việt trói mình vì tư duy 'phất bóng cho Tây đánh đầu' Nhiều người "
        "từng ví Đông Nam Á như vùng trũng của nhiều đội. Xem thêm: Tuyển Việt Nam tìm lại niềm vui"
    )
    assert cuts(line) == [
        "Không có gì thần kỳ.",
        ">> Bóng đá Việt trói mình vì tư duy 'phất bóng cho Tây đánh đầu'",
        "Nhiều người từng ví Đông Nam Á như vùng trũng của nhiều đội.",
        "Xem thêm: Tuyển Việt Nam tìm lại niềm vui",
    ]


def test_a_related_boxs_heading_joined_on_is_a_piece_of_its_own() -> None:
    # (the audit of unseen pages: plo.vn flattened with soup.get_text(" "), its boxes after the article)
    line = (
        "Điều này phù hợp với Điều 328 BLDS. Kinh nghiệm pháp lý cho các bên SONG MAI Tin liên quan Phán quyết của "
        "tòa vụ vay ngân hàng mua biệt thự 11/10/2025 Đừng bỏ lỡ Nobel Hòa bình 2025 gọi tên nhà hoạt động"
    )
    assert cuts(line) == [
        "Điều này phù hợp với Điều 328 BLDS.",
        "Kinh nghiệm pháp lý cho các bên SONG MAI",
        "Tin liên quan",
        "Phán quyết của tòa vụ vay ngân hàng mua biệt thự 11/10/2025",
        "Đừng bỏ lỡ",
        "Nobel Hòa bình 2025 gọi tên nhà hoạt động",
    ]
    # a sentence that opens with the same words, or holds them after a comma, stays whole
    for sentence in ("Mới nhất, Bộ Y tế cho biết số ca mắc giảm.", "Ông nói, Đọc thêm Sách Trắng sẽ rõ."):
        assert cuts(sentence) == [sentence]
    assert cuts("Đọc thêm sách giúp trẻ phát triển. Tin mới nhất Giá vàng tăng") == [
        "Đọc thêm sách giúp trẻ phát triển.",
        "Tin mới nhất",
        "Giá vàng tăng",
    ]


def test_a_connective_joined_on_without_punctuation() -> None:
    """A UI string glued before the article: the connective that opens the article cuts it off."""
    line = "Chia sẻ Lưu tin đã lưu Thế nhưng, bên cạnh những cơ sở truyền thống vẫn còn nơi dùng hàn the."
    assert cuts(line) == [
        "Chia sẻ Lưu tin đã lưu",
        "Thế nhưng, bên cạnh những cơ sở truyền thống vẫn còn nơi dùng hàn the.",
    ]


def test_a_label_the_page_repeats_before_different_text() -> None:
    line = (
        "Bước 1: Sơ chế - Tai heo thái miếng - Nấm hương thái nhỏ Cách làm món giò: Luộc và rửa sạch "
        "- Cho tai heo vào tô - Nêm nước mắm Cách làm món giò: Trộn đều - Nhồi vào bong bóng - Hấp chín"
    )
    pieces = cuts(line)
    assert "Cách làm món giò: Luộc và rửa sạch" in pieces and "Cách làm món giò: Trộn đều" in pieces
    # a name with a colon, twice, is no label; nor is a paragraph printed twice
    twice = "Quốc hội thảo luận Dự thảo Luật Thủ đô: Cần thiết. Dự án Luật Thủ đô: Sự cần thiết."
    assert cuts(twice) == ["Quốc hội thảo luận Dự thảo Luật Thủ đô: Cần thiết.", "Dự án Luật Thủ đô: Sự cần thiết."]


def test_an_agency_tag_opens_the_lead_after_the_title() -> None:
    assert cuts("Israel mở rộng khu định cư (VOV) - Israel đang xây thêm nhà.") == [
        "Israel mở rộng khu định cư",
        "(VOV) - Israel đang xây thêm nhà.",
    ]
    assert cuts("Gần 15 nghìn học sinh được vay vốn ND - Thực hiện quyết định số 157.")[1].startswith("ND - ")
    assert cuts("Truy sát người lúc nửa đêm (24h) - Sau màn ẩu đả, thi thể được phát hiện.")[1].startswith("(24h)")
    # a person's birth year is no tag
    assert len(cuts("Tạm giữ Nguyễn Hữu Trọng (SN 1981) - Chủ tịch hội đồng quản trị công ty.")) == 1


def test_a_quoted_title_before_its_lead() -> None:
    line = "“Việt Nam khiến chúng tôi ngạc nhiên” Đó chính là ấn tượng của các nghệ sĩ."
    assert cuts(line) == ["“Việt Nam khiến chúng tôi ngạc nhiên”", "Đó chính là ấn tượng của các nghệ sĩ."]


def test_a_wide_gap_before_a_capital_starts_a_block() -> None:
    pieces = flattened_pieces("Mazda3 có gói an toàn cao  Mazda3 được trang bị 6 túi khí. Xe bán chạy.")
    assert [p.text for p in pieces] == ["Mazda3 có gói an toàn cao", "Mazda3 được trang bị 6 túi khí.", "Xe bán chạy."]
    assert [p.paragraph_start for p in pieces] == [True, True, False]
    # not before a number: a stray double space inside a sentence
    assert cuts("Đội gặp Quảng Nam ngày 19/10 rồi Quảng Ninh ngày  23/10.") == [
        "Đội gặp Quảng Nam ngày 19/10 rồi Quảng Ninh ngày  23/10."
    ]


def test_a_source_line_at_the_end_is_a_piece() -> None:
    line = "Rất dễ bị tẩm hàn the. Nguồn: [Link nguồn]Nguồn: [Link nguồn]"
    assert cuts(line) == ["Rất dễ bị tẩm hàn the.", "Nguồn: [Link nguồn]Nguồn: [Link nguồn]"]


def test_paragraph_start_tells_blocks_from_sentences() -> None:
    pieces = flattened_pieces("Món ăn ngon. Ai cũng thích. Lưu ý: - Ngâm đá lạnh. - Dùng giấm gạo.")
    assert [(p.opens, p.paragraph_start) for p in pieces] == [
        ("start", True),
        ("sentence", False),
        ("sentence", False),
        ("list", True),
        ("list", True),
    ]


_CAPTIONED = (
    "Ngày 28-6, Iran tổ chức lễ tang cấp nhà nước tại thủ đô Tehran cho khoảng 60 người thiệt mạng. "
    "Lễ tang bắt đầu từ sáng sớm tại Quảng trường Enghelab và kéo dài 11 km đến Quảng trường Azadi. "
    "Truyền thông nhà nước mô tả đây là ngày lịch sử. Hàng ngàn người tham dự lễ tang hôm 28-6. Ảnh: Reuters "
    "Một người phụ nữ cầm bức ảnh của một chỉ huy. "
    "Theo giới chức, 60 người thiệt mạng bao gồm 30 chỉ huy quân sự, 11 nhà khoa học hạt nhân và 4 trẻ em. "
    "Đây là tang lễ cấp nhà nước đầu tiên của Iran sau khi đạt thỏa thuận ngừng bắn với Israel."
)


def test_a_shorter_line_with_a_caption_inside_is_flattened() -> None:
    """A caption and its credit with text after it: no paragraph of news holds one (cache 230, 222)."""
    assert flattened.FLAT_CAPTIONED_MIN_CHARS <= len(_CAPTIONED) < flattened.FLAT_MIN_CHARS
    assert flattened.is_flattened_line(_CAPTIONED)
    assert "Hàng ngàn người tham dự lễ tang hôm 28-6. Ảnh: Reuters" in split_flattened(_CAPTIONED)
    from vnnews_clean import clean_document

    result = clean_document(_CAPTIONED)
    assert "Ảnh: Reuters" not in result.text
    assert result.text.count("\n") == 5  # six sentences kept, each a line
    # a credit at the end, or a word that only looks like one ("ảnh hưởng"), is no caption inside
    ordinary = _CAPTIONED.replace(" Ảnh: Reuters", "") + " Mưa lớn ảnh hưởng tới buổi lễ."
    assert not flattened.is_flattened_line(ordinary)
    assert not flattened.is_flattened_line(ordinary + " Ảnh: Reuters")


def test_a_credit_name_ends_where_a_sentence_opens_in_lower_case() -> None:
    """A credit's name is a few capitalised words; one capitalised word then lower case opens the next
    sentence, which must not stay in the caption's piece (the caption step drops that piece whole)."""
    line = (
        "Khán giả xếp hàng trước cổng sân Thống Nhất chiều qua. Ảnh: Minh Khôi Vé xem trận chung kết đã "
        "hết từ tuần trước. Người tới muộn đứng ngoài. Đèn sân bật sáng. Ảnh: Minh Khôi Gần 19h, hai đội ra sân."
    )
    assert cuts(line) == [
        "Khán giả xếp hàng trước cổng sân Thống Nhất chiều qua. Ảnh: Minh Khôi",
        "Vé xem trận chung kết đã hết từ tuần trước.",
        "Người tới muộn đứng ngoài.",
        "Đèn sân bật sáng. Ảnh: Minh Khôi",
        "Gần 19h, hai đội ra sân.",
    ]


def test_a_sentence_opening_with_a_name_the_text_repeats_stays_whole() -> None:
    """The capitalised pair the text writes elsewhere ("Hải Phòng") opens the sentence: the cut goes before
    it, and the credit keeps one word at least."""
    line = (
        "Đội khách ăn mừng bàn thắng muộn. Ảnh: Toshiro Hải Phòng chưa từng thua trên sân này. "
        "Trận tới Hải Phòng gặp đội đầu bảng."
    )
    assert cuts(line) == [
        "Đội khách ăn mừng bàn thắng muộn. Ảnh: Toshiro",
        "Hải Phòng chưa từng thua trên sân này.",
        "Trận tới Hải Phòng gặp đội đầu bảng.",
    ]


def test_a_list_of_credited_names_and_a_repeated_credit_end_at_the_next_sentence() -> None:
    line = (
        "Cổ động viên đổ ra phố sau trận. Ảnh: Lan Anh, Quốc Bảo, Thu Hà Nhiều gia đình mang theo trẻ nhỏ. "
        "Pháo sáng được đốt gần bờ hồ. Ảnh: Lan Anh Ảnh: Lan Anh Chiếc xe tải chở đầy người hâm mộ. "
        "Trẻ em vẫy cờ. Ảnh: Quốc Bảo Ở Cần Thơ, đến nửa đêm phố vẫn đông."
    )
    assert cuts(line) == [
        "Cổ động viên đổ ra phố sau trận. Ảnh: Lan Anh, Quốc Bảo, Thu Hà",
        "Nhiều gia đình mang theo trẻ nhỏ.",
        "Pháo sáng được đốt gần bờ hồ. Ảnh: Lan Anh",
        "Ảnh: Lan Anh",
        "Chiếc xe tải chở đầy người hâm mộ.",
        "Trẻ em vẫy cờ. Ảnh: Quốc Bảo",
        "Ở Cần Thơ, đến nửa đêm phố vẫn đông.",
    ]


def test_a_full_stop_glued_to_the_next_sentence_is_a_cut_but_not_in_abbreviations() -> None:
    line = (
        "Bà T.Hoa ở TP.HCM đọc tin trên Tienphong.vn từ ThS.Nguyễn Lâm về biến thể B.1.1.7 và đội U.23 cả ngày. "
        "Cửa hàng Co.Opmart mới mở của Sao Mai Ind.Co., Ltd đông khách. "
        "Bữa trưa ở ký túc xá rất rẻ.Hai bạn cùng phòng nấu chung (Ảnh: NVCC).Từ năm ngoái, tôi tự đi chợ."
        "Xem thêm: Sinh viên tự nấu ăn tiết kiệm"
    )
    assert cuts(line) == [
        "Bà T.Hoa ở TP.HCM đọc tin trên Tienphong.vn từ ThS.Nguyễn Lâm về biến thể B.1.1.7 và đội U.23 cả ngày.",
        "Cửa hàng Co.Opmart mới mở của Sao Mai Ind.Co., Ltd đông khách.",
        "Bữa trưa ở ký túc xá rất rẻ.",
        "Hai bạn cùng phòng nấu chung (Ảnh: NVCC).",
        "Từ năm ngoái, tôi tự đi chợ.",
        "Xem thêm: Sinh viên tự nấu ăn tiết kiệm",
    ]
    pieces = flattened_pieces(line)
    assert_exact_cover(line, pieces)
    assert pieces[3].start == pieces[2].end  # no space between: the cut is right after the stop


def test_a_quoted_related_headline_glued_into_the_text_ends_at_its_quote() -> None:
    line = (
        "Hàng thủ mắc lỗi liên tiếp. >> '15 năm chờ một tấm huy chương' Và khi bị dẫn trước, cả đội mất bình "
        "tĩnh. >> 'Ai sẽ thay thủ môn số một' Chính người hâm mộ cũng thấy lo."
    )
    assert cuts(line) == [
        "Hàng thủ mắc lỗi liên tiếp.",
        ">> '15 năm chờ một tấm huy chương'",
        "Và khi bị dẫn trước, cả đội mất bình tĩnh.",
        ">> 'Ai sẽ thay thủ môn số một'",
        "Chính người hâm mộ cũng thấy lo.",
    ]


def test_the_body_sentence_after_a_credit_survives_cleaning() -> None:
    """End to end: the caption with its credit goes, the sentence glued after the name stays, and
    cleaning the output again changes nothing."""
    from vnnews_clean import clean_document

    sentences = [
        "Sân vận động tỉnh được sửa lại trong mùa hè vừa qua.",
        "Mặt cỏ mới được trồng từ tháng năm.",
        "Hệ thống đèn chiếu sáng cũng được thay toàn bộ.",
        "Khu khán đài phía tây có thêm mái che.",
        "Ban quản lý cho biết sân sẽ mở cửa vào cuối tháng.",
    ]
    line = (
        " ".join(sentences[:3])
        + " Công nhân lắp ghế mới ở khán đài A. Ảnh: Thanh Tùng Vé xem trận khai mạc được bán từ thứ hai. "
        + " ".join(sentences[3:])
    )
    result = clean_document(line)
    kept = result.text.splitlines()
    assert "Vé xem trận khai mạc được bán từ thứ hai." in kept
    assert all(sentence in kept for sentence in sentences)
    assert "Ảnh: Thanh Tùng" not in result.text
    assert clean_document(result.text).text == result.text
