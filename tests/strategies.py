"""Hypothesis strategies: Vietnamese-looking articles and the noise scrapers wrap them in."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from hypothesis import assume
from hypothesis import strategies as st

# Ordinary words (old and new tone styles mixed), none of them a heading or menu word.
WORDS = """người lao động công đoàn thành phố năm kinh tế phát triển hoạt chương trình hòa hoà thủy
thuỷ quý khỏe khoẻ đoàn viên doanh nghiệp hội nghị tổ chức cán bộ chăm lo đời sống việc làm tập
thể cơ sở quận huyện xã phường nhà máy công nhân sản xuất trường học giáo dục y tế bệnh viện
đường cầu sông biển mưa bão lũ nông dân lúa gạo giá cả thị trường xuất khẩu đầu tư dự án vốn
ngân sách thuế quyết định chính sách pháp luật quốc hội chính phủ tỉnh ủy ban nhân dân khuya
thuở buýt toàn hoàng quyền lợi hợp pháp chính đáng tiến độ chất lượng hiệu quả""".split()
CAPITALS = """Hà Nội Thanh Xuân Hoàn Kiếm Đống Đa Cầu Giấy Sóc Sơn Mỹ Đức Nghệ An""".split()
NAMES = ["Phương Thảo", "Trần Vũ", "Bảo Thoa", "Nguyễn Minh Anh", "Lê Hoàng Nam"]
HEADINGS = [
    "Tin khác",
    "Có thể bạn quan tâm",
    "Nên xem",
    "Tin liên quan",
    "Bài viết liên quan",
    "Đọc thêm",
    "XEM NHIỀU",
]
NAVIGATION = ["Phiên bản di động", "Trang chủ > Thời sự > Xã hội", "Facebook Twitter Zalo", "Về đầu trang", "Chia sẻ"]
AGENCIES = ["LĐTĐ", "TTXVN", "VOV", "Bongda24h"]


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def phrase(draw: st.DrawFn, min_words: int, max_words: int) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + CAPITALS), min_size=min_words, max_size=max_words))
    return _capitalize(" ".join(words))


@st.composite
def headline(draw: st.DrawFn) -> str:
    return draw(phrase(4, 12))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    return draw(phrase(6, 18)) + draw(st.sampled_from([".", ".", "!", "?"]))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """One to three sentences; the last ends with "." (a lone "Sao vậy?" is headline-shaped)."""
    sentences = draw(st.lists(sentence(), min_size=0, max_size=2))
    return " ".join([*sentences, draw(phrase(6, 18)) + "."])


@dataclass
class Article:
    title: str
    paragraphs: list[str]


@st.composite
def article(draw: st.DrawFn) -> Article:
    title = draw(headline())
    paragraphs = draw(st.lists(paragraph(), min_size=2, max_size=6, unique=True))
    # a paragraph that is the start of the next reads as a teaser: not an article
    assume(not any(b.startswith(a.rstrip(".!? ")) for a, b in pairwise(paragraphs)))
    return Article(title, paragraphs)


@st.composite
def related_block(draw: st.DrawFn) -> list[str]:
    block = [draw(st.sampled_from(HEADINGS))]
    for _ in range(draw(st.integers(1, 4))):
        item = draw(headline())
        shape = draw(st.sampled_from(["plain", "dated", "card"]))
        if shape == "plain":
            block.append(item)
        elif shape == "dated":
            block += [item, f"Hội Đoàn thể {draw(st.integers(1, 28))}/11/2025 19:14"]
        else:
            block += [item, item, draw(paragraph())]
    return block


@st.composite
def noisy_article(draw: st.DrawFn) -> tuple[str, Article, dict[str, str | None]]:
    """An article wrapped in noise of every family, and what should come back."""
    art = draw(article())
    spaced = draw(st.booleans())
    agency = draw(st.none() | st.sampled_from(AGENCIES))
    author = draw(st.none() | st.sampled_from(NAMES))
    units: list[list[str]] = []
    if draw(st.booleans()):
        units.append(["--> -->"])
    if draw(st.booleans()):
        units.append([draw(st.sampled_from(NAVIGATION))])
    units.append([art.title])
    lead = art.paragraphs[0]
    if agency:
        lead = f"({agency}) {lead}" if draw(st.booleans()) else f"({agency}) - {lead}"
    lead_unit = [lead]
    if spaced and draw(st.booleans()):
        lead_unit.append(draw(headline()))  # a headline pasted after the lead
    units.append(lead_unit)
    for body in art.paragraphs[1:]:
        noise = draw(st.sampled_from(["none", "image", "file", "alt", "link", "dup", "credit"]))
        if noise == "image":
            units.append(["![]() |", f"| {draw(sentence())} |"])
        elif noise == "file":
            caption = draw(sentence())
            # run-on text binds only piped captions; blank-separated text binds adjacent ones
            units.append(
                [
                    f"{draw(st.integers(1, 9999))} hk img {draw(st.integers(1, 9999))} 1",
                    caption if spaced else f"{caption} |",
                ]
            )
        elif noise == "alt" and spaced:
            units.append([art.title, draw(sentence())])
        elif noise == "link":
            units.append([">> " + draw(headline())])
        elif noise == "credit":
            units.append(["Ảnh: " + draw(st.sampled_from(AGENCIES))])
        units.append([body])
        if noise == "dup":
            units.append([body])
    if author:
        units.append([author])
    for _ in range(draw(st.integers(0, 2))):
        units.append(draw(related_block()))
    if draw(st.booleans()):
        units.append([draw(st.sampled_from(NAVIGATION))])
    lines: list[str] = []
    for unit in units:
        lines += unit
        if spaced:
            lines.append("")
    raw = "\n".join(lines)
    return raw, art, {"title": art.title, "author": author, "source": agency}


# Lines for generic inputs: article-like lines, noise lines and arbitrary text.
any_line = st.one_of(
    headline(),
    paragraph(),
    st.sampled_from(
        HEADINGS + NAVIGATION + NAMES + ["![]() |", "| Chú thích |", "--> -->", "", "Hội Đoàn thể 1/1/2025 10:00"]
    ),
    st.text(max_size=40),
)
documents = st.lists(any_line, max_size=25).map("\n".join)


# --- furniture-heavy pages (issue 18: idempotence under heavy furniture) --------------------------

IMAGE_MARKERS = ["[Ảnh]", "![](https://cdn.example.vn/anh.jpg)", "IMG_1234.JPG", "![]() |", "(Hình)"]
BUTTONS = ["Thích", "Bình chọn", "Chia sẻ", "Lưu", "A A", "Gửi góp ý", "Thích Trả lời", "Bình luận", "Facebook"]
FURNITURE = [
    "Tin liên quan",
    "Theo TTXVN",
    "Ảnh: TTXVN",
    "Hotline: 0900 000 000",
    "© 2024 Báo Mẫu",
    "Thứ Hai, 5/6/2023 08:15 (GMT+7)",
    "1 giờ trước",
    "Mục lục",
    "Video đang HOT",
    ">>",
    "–",
    "[Trang chủ](https://example.vn/)[Tin tức](https://example.vn/tin)",
]


@st.composite
def furniture_heavy(draw: st.DrawFn) -> str:
    """An article whose lines come between image markers, buttons, credits, dates and menus, with
    stray variation selectors and lines in mojibake (UTF-8 read as Windows-1252): what real pages
    put around text, in any order."""
    art = draw(article())
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(IMAGE_MARKERS)))  # a leading image
    for line in [art.title, *art.paragraphs]:
        for _ in range(draw(st.integers(0, 2))):
            lines.append(draw(st.sampled_from(IMAGE_MARKERS + BUTTONS + FURNITURE + NAMES)))
        kind = draw(st.sampled_from(["plain", "plain", "selector", "mojibake", "tagged"]))
        if kind == "selector":
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + "\ufe0f" + line[cut:]
        elif kind == "mojibake":
            line = line.encode("utf-8").decode("cp1252", errors="ignore")
        elif kind == "tagged":
            line = f"<p>{line}</p>"
        lines.append(line)
    for _ in range(draw(st.integers(0, 3))):
        lines.append(draw(st.sampled_from(BUTTONS + FURNITURE + NAMES)))
    return "\n".join(lines)
