"""mask_pii: many phone and e-mail forms masked; dates, prices, numbers never; idempotent."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vnnews_clean import CleanResult, Removal, clean_document, mask_pii, mask_pii_document

PHONES = [
    "0912345678",
    "0912 345 678",
    "0912.345.678",
    "0912-345-678",
    "091 234 5678",
    "024 3825 1234",
    "(024) 3825 1234",
    "(028) 38.22.12.34",
    "028.3822.1234",
    "+84 912 345 678",
    "+84912345678",
    "+84-912-345-678",
    "+84 (0) 912 345 678",
    "(+84) 912 345 678",
    "+84 24 3825 1234",
    "1900 1234",
    "1900.1234",
    "19001234",
    "1800 599 920",
    "1900 54 54 54",
]
EMAILS = ["ban@baomoi.vn", "toa.soan@vnexpress.net", "a_b+tin@mail.gov.vn", "lienhe[at]baomoi[dot]com", "X@Y.COM"]
URLS = ["https://baomoi.vn/tin-tuc/abc-123.epi", "http://x.vn/?id=0912345678", "www.vnexpress.net", "HTTPS://A.VN/B"]
NEVER = [
    "12/3/2024",
    "01/03/2024",
    "01.03.2024",
    "2024-03-12",
    "1.500.000 đồng",
    "25.000đ",
    "0,5 triệu",
    "Nghị định 100/2019/NĐ-CP",
    "số 0123/QĐ-UBND",
    "số 123/QĐ-UBND",
    "năm 1900",
    "năm 1800-1900",
    "tăng 15%",
    "thắng 2-1",
    "tỷ số 3 - 0",
    "08 15 23 34 41 45",
    "0.5",
    "mã số thuế 0101234567-001",
    "1.800.000 đồng",
    "ngày 19/11",
]


@pytest.mark.parametrize("phone", PHONES)
def test_phones(phone: str) -> None:
    assert mask_pii(f"Hotline: {phone}.") == "Hotline: <PHONE>."
    assert mask_pii(f"Gọi {phone} ngay") == "Gọi <PHONE> ngay"


@pytest.mark.parametrize("email", EMAILS)
def test_emails(email: str) -> None:
    assert mask_pii(f"Gửi thư về {email}, cảm ơn.") == "Gửi thư về <EMAIL>, cảm ơn."


@pytest.mark.parametrize("url", URLS)
def test_urls(url: str) -> None:
    assert mask_pii(f"Xem ({url}). Hết") == "Xem (<URL>). Hết"


@pytest.mark.parametrize("text", NEVER)
def test_never_masked(text: str) -> None:
    line = f"Theo {text}, người dân ngày 12/3/2024 trả 25.000đ."
    assert mask_pii(line) == line


def test_document_records_edits() -> None:
    text = "Tiêu đề\nLiên hệ 0912 345 678 hoặc ban@baomoi.vn, https://baomoi.vn\nHết."
    result = mask_pii_document(text)
    assert result.text == "Tiêu đề\nLiên hệ <PHONE> hoặc <EMAIL>, <URL>\nHết."
    assert [r.detail for r in result.removed] == ["url", "email", "phone"]
    assert all(r.rule == "pii" and r.line == 2 and r.is_edit for r in result.removed)
    assert result.removed[0].text == text.split("\n")[1]
    assert result.removed[-1].kept == result.text.split("\n")[1]
    # each edit starts where the previous one left the line
    assert [r.text for r in result.removed[1:]] == [r.kept for r in result.removed[:-1]]


def test_document_from_clean_result_appends() -> None:
    cleaned = clean_document("Tiêu đề bài viết\nĐoạn mở đầu của bài viết, gọi 0912 345 678 để biết thêm chi tiết.")
    masked = mask_pii_document(cleaned)
    assert isinstance(masked, CleanResult)
    assert masked.removed[: len(cleaned.removed)] == cleaned.removed
    assert masked.removed[-1] == Removal("pii", 2, cleaned.text.split("\n")[1], masked.text.split("\n")[1], "phone")


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        mask_pii(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        mask_pii_document(b"x")  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    [*PHONES, *EMAILS, *URLS, *NEVER, " ", "\n", ".", ",", "-", "/", "<", ">", "a", "đ", "0", "@"]
)
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))
_PLACEHOLDER = re.compile("<(?:URL|EMAIL|PHONE)>")


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("18000000 0@0.AA")  # the number was read as going on into the address, until the address was masked
def test_idempotent_and_only_spans_change(text: str) -> None:
    masked = mask_pii(text)
    assert mask_pii(masked) == masked
    # outside the placeholders nothing changed: the pieces between them appear in order in the input
    position = 0
    for piece in _PLACEHOLDER.split(masked):
        found = text.find(piece, position)
        assert found >= 0
        position = found + len(piece)
    assert mask_pii_document(text).text == masked


def test_an_address_written_out_never_joins_two_lines() -> None:
    text = "Liên hệ lienhe\n[at]baomoi[dot]com"
    assert mask_pii(text).count("\n") == 1
    assert mask_pii_document(text).text == mask_pii(text)
