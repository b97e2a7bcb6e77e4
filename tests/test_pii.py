"""mask_pii: many phone and e-mail forms masked; dates, prices, numbers never; idempotent; kinds chosen.

The precision and recall on hand-labelled real spans (tests/data/pii_spans.tsv)
are measured by benchmarks/pii_eval.py, which test_labelled_real_spans runs.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.helpers import examples, load_benchmark
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
    # old landlines, area code 04/08 and 7 or 8 digits, and the country code without "+"
    "(04) 3825 1234",
    "04.38251234",
    "08 3930 6262",
    "04 3 537 59 59",
    "04-44501340",
    "04 8689885",
    "84-8-3930.6262",
    "(84-8) 33 220 465",
    "+84 28 3822 1234",
    # dotted in pairs (datatrove's formatter reads "0932.58.59.56" as an IP address), and odd groups
    "0932.58.59.56",
    "09.62.66.68.86",
    "09 33 05 92 98",
    "01674 188 886",
    "1 900 6679",
    "069.37393",
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
    # business registration and tax codes: 10 digits like a mobile, never "01…" for a phone
    "MST: 0103043329",
    "Mã số thuế: 0301234567",
    "mã số doanh nghiệp 0312500505",
    "Giấy chứng nhận Đăng ký kinh doanh số 0103043329",
    "GPKD: 0101234567",
    "0101234567",
    # a date with the time, a price, a plate, ISBNs, a list of numbers
    "04-05-2009 09:58 PM",
    "01.03.2024 10:30",
    "1.900.000.000 đồng",
    "84.000.000.000 đồng",
    "BKS 29L1 – 080.94",
    "ISBN 0-306-40615-2",
    "ISBN 978-604-1-12345-6",
    "Tháng 01 02 03 04 05 06 07 08 09 10 11 12",
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


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Tel: 08 36031143Website: ", "Tel: <PHONE>Website: "),
        ("Hotline: 0913 456 769Số 2, ngõ 850", "Hotline: <PHONE>Số 2, ngõ 850"),
        ("email res.edu.co@gmail.comĐăng ký", "email <EMAIL>Đăng ký"),
        ("Email: Res.edu.co@gmail.comHotline:", "Email: <EMAIL>Hotline:"),
        ("mình làm nhé.01688283381", "mình làm nhé.<PHONE>"),
        ("Vietnam Airlines <no-reply@vietnamairlines.com> đổi", "Vietnam Airlines <<EMAIL>> đổi"),
    ],
)
def test_glued_to_the_next_word_or_a_full_stop(text: str, masked: str) -> None:
    """A number or address glued to a capitalised word or after a sentence's full stop: only it is masked."""
    assert mask_pii(text) == masked


def test_dotted_phone_is_one_span_not_an_address() -> None:
    """ "0932.58.59.56" is a phone, masked whole (datatrove's PII formatter makes it a fake IP address)."""
    assert mask_pii("Gọi 0932.58.59.56 hoặc 0912.34.56.78.") == "Gọi <PHONE> hoặc <PHONE>."


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


def test_kinds_are_chosen() -> None:
    text = "Gọi 0912 345 678, gửi ban@baomoi.vn, xem https://baomoi.vn; STK: 0011004123456; CCCD 001090012345"
    default = "Gọi <PHONE>, gửi <EMAIL>, xem <URL>; STK: 0011004123456; CCCD 001090012345"
    assert mask_pii(text) == default
    assert mask_pii(text, kinds=("url", "email", "phone")) == default
    assert mask_pii(text, kinds=["email"]) == text.replace("ban@baomoi.vn", "<EMAIL>")
    assert mask_pii(text, kinds=()) == text
    every = "Gọi <PHONE>, gửi <EMAIL>, xem <URL>; STK: <BANK_ACCOUNT>; CCCD <ID>"
    assert mask_pii(text, kinds={"url", "email", "phone", "bank", "id"}) == every
    result = mask_pii_document(f"Tiêu đề\n{text}", kinds=("phone", "bank", "id"))
    assert result.text == f"Tiêu đề\n{text}".replace("0912 345 678", "<PHONE>").replace(
        "0011004123456", "<BANK_ACCOUNT>"
    ).replace("001090012345", "<ID>")
    assert [r.detail for r in result.removed] == ["bank", "id", "phone"]  # in the order of KINDS


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Số CCCD: 001090012345, cấp ngày 1/1/2021", "Số CCCD: <ID>, cấp ngày 1/1/2021"),
        ("CMND số 012345678 do CA Hà Nội cấp", "CMND số <ID> do CA Hà Nội cấp"),
        ("STK 19033712345018 tại Techcombank", "STK <BANK_ACCOUNT> tại Techcombank"),
        ("Tài khoản: 0011000542657 - Vietcombank", "Tài khoản: <BANK_ACCOUNT> - Vietcombank"),
        ("số tài khoản 0011.0041.23456", "số tài khoản <BANK_ACCOUNT>"),
        ("thu về 0,912345678 tỷ đồng, 1.234.567.890 đồng", "thu về 0,912345678 tỷ đồng, 1.234.567.890 đồng"),
        ("mã hàng 123456789012345", "mã hàng 123456789012345"),
    ],
)
def test_opt_in_identity_and_bank_numbers(text: str, masked: str) -> None:
    """CCCD/CMND and bank account numbers only when asked for; never by default."""
    assert mask_pii(text, kinds=("bank", "id")) == masked
    assert mask_pii(text) == text


@pytest.mark.parametrize("kinds", [("phone", "fax"), ("URL",), "phone"])
def test_unknown_kinds_are_refused(kinds) -> None:
    error = TypeError if isinstance(kinds, str) else ValueError
    with pytest.raises(error, match="kind"):
        mask_pii("x", kinds=kinds)
    with pytest.raises(error, match="kind"):
        mask_pii_document("x", kinds=kinds)


def test_unknown_kind_message_names_the_kinds() -> None:
    with pytest.raises(ValueError, match="unknown PII kind 'fax': the kinds are url, email, bank, id, phone"):
        mask_pii("x", kinds=("fax",))


def test_labelled_real_spans() -> None:
    """Hand-labelled real spans: phones and e-mails precision >= 0.98, recall >= 0.95 (exact spans)."""
    bench = load_benchmark("pii_eval")
    spans = bench.load()
    assert len(spans) >= 200 and {s.kind for s in spans} == {"phone", "email", "none"}
    assert all(s.span in s.context for s in spans)
    score = bench.score(spans)
    for kind in ("phone", "email"):
        assert score.precision(kind) >= 0.98, (kind, score.errors)
        assert score.recall(kind) >= 0.95, (kind, score.errors)


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        mask_pii(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        mask_pii_document(b"x")  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    [*PHONES, *EMAILS, *URLS, *NEVER, *" \n.,-/<>()@0aHđĐ", ". ", "STK: ", "MST: ", "0011004123456", "001090012345"]
)
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))
_PLACEHOLDER = re.compile("<(?:URL|EMAIL|PHONE|BANK_ACCOUNT|ID)>")
_EVERY_KIND = ("url", "email", "bank", "id", "phone")


@settings(max_examples=examples(400), deadline=None)
@given(_TEXTS)
@example("18000000 0@0.AA")  # the number was read as going on into the address, until the address was masked
@example("0@0.AA.0200000000")  # the address ended before a dot and a digit, not before a dot and a placeholder
@example("0200000000TK:0000000000")  # a bank cue glued after a number became one after its placeholder
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


@settings(max_examples=examples(400), deadline=None)
@given(_TEXTS)
@example("0200000000.(04)0000000")  # the second number started after "<PHONE>." once the first was masked
def test_idempotent_and_only_spans_change_every_kind(text: str) -> None:
    masked = mask_pii(text, kinds=_EVERY_KIND)
    assert mask_pii(masked, kinds=_EVERY_KIND) == masked
    position = 0
    for piece in _PLACEHOLDER.split(masked):
        found = text.find(piece, position)
        assert found >= 0
        position = found + len(piece)
    assert mask_pii_document(text, kinds=_EVERY_KIND).text == masked


def test_an_address_written_out_never_joins_two_lines() -> None:
    text = "Liên hệ lienhe\n[at]baomoi[dot]com"
    assert mask_pii(text).count("\n") == 1
    assert mask_pii_document(text).text == mask_pii(text)
