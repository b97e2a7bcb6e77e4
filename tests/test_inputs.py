"""Bytes in: UTF-8, UTF-16 (BOM), Windows-1258 detected or named; and an HTML
page given as text, reported and stripped of its code."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean import DecodingError, clean, clean_document, decode_bytes

from .helpers import to_cp1258
from .strategies import paragraph

ROOT = Path(__file__).parent.parent
TEXT = (
    "Người dân Hà Nội hoà mình vào lễ hội Việt Nam, thủy chung.\n"
    "Đoạn hai của bài viết này dài hơn một chút, có nhiều chữ.\n"
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vnnews_clean", *map(str, args)]
    return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, text=True, encoding="utf-8")


# --- decode_bytes


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (to_cp1258(TEXT), "cp1258"),
    ],
)
def test_decode_bytes_recognises_the_encodings_of_vietnamese_files(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (TEXT, encoding)


def test_windows_1258_tone_marks_are_composed() -> None:
    text, _ = decode_bytes(b"Ha\xcc N\xf4\xf2i, Vi\xea\xf2t Nam")
    assert text == "Hà Nội, Việt Nam" and unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"first line\nsecond line \xff\xfe broken\n", 2),  # no encoding at all
        ("Caf\xe9 cr\xe8me br\xfbl\xe9e\n".encode("latin-1"), 1),  # Latin-1, not Vietnamese
        (b"Ha\xcc N\xf4\xf2i \x81 Vi\xea\xf2t", 1),  # a byte Windows-1258 leaves undefined
    ],
)
def test_decode_bytes_does_not_guess(data: bytes, line: int) -> None:
    with pytest.raises(DecodingError, match=rf"^line {line}: not UTF-8 .*--encoding") as error:
        decode_bytes(data)
    assert error.value.line == line


def test_utf_16_without_a_byte_order_mark_is_not_taken_for_utf_8() -> None:
    data = "Hello, ASCII in UTF-16\n".encode("utf-16-le")
    assert data.decode("utf-8")  # valid UTF-8, a NUL after every letter
    with pytest.raises(DecodingError, match="without a byte order mark"):
        decode_bytes(data)
    assert decode_bytes(data, "utf-16-le") == ("Hello, ASCII in UTF-16\n", "utf-16-le")
    assert decode_bytes(b"one NUL\x00 is text") == ("one NUL\x00 is text", "utf-8")


def test_decode_bytes_with_a_named_encoding() -> None:
    assert decode_bytes("Thành phố".encode("cp1252", "replace"), "latin-1")[1] == "iso8859-1"
    assert decode_bytes(to_cp1258("Thành phố"), "windows-1258") == ("Thành phố", "cp1258")
    with pytest.raises(DecodingError, match="line 2: not valid utf-8"):
        decode_bytes(b"a\n\xff", "utf-8")
    with pytest.raises(ValueError, match="unknown encoding"):
        decode_bytes(b"a", "no-such-codec")
    with pytest.raises(TypeError):
        decode_bytes("text")  # type: ignore[arg-type]


@given(st.lists(paragraph(), min_size=1, max_size=3).map("\n".join))
def test_vietnamese_round_trips_through_every_recognised_encoding(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    data = to_cp1258(text)
    if sum(data.count(bytes([b])) for b in b"\xcc\xd2\xde\xec\xf2") >= 3:
        assert decode_bytes(data) == (text, "cp1258")


# --- the command reads them


def test_the_command_reads_windows_1258_and_utf_16_text_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(to_cp1258(TEXT))
    (tmp_path / "b.txt").write_bytes(TEXT.encode("utf-16"))
    done = run(tmp_path / "a.txt", tmp_path / "b.txt", "-q")
    assert done.returncode == 0, done.stderr
    assert [document.strip() for document in done.stdout.split("\n\n")] == [clean(TEXT)] * 2


def test_the_command_reads_json_lines_in_utf_16_and_with_a_bom(tmp_path: Path) -> None:
    line = json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_bytes((line * 2).encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(line.encode("utf-8-sig"))
    done = run(tmp_path / "a.jsonl", tmp_path / "b.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    assert [json.loads(out)["text"] for out in done.stdout.splitlines()] == [clean(TEXT)] * 3


def test_the_command_reads_json_lines_in_a_named_encoding(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_bytes(to_cp1258(json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"))
    done = run(source, "--encoding", "windows-1258", "-q")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == clean(TEXT)


def test_an_undecodable_file_is_a_bad_input_naming_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"ok line\nsecond \xff\xfe line\n")
    failed = run(source)
    assert failed.returncode == 3 and failed.stdout == ""
    assert f"{source}: line 2: not UTF-8" in failed.stderr and "--encoding" in failed.stderr
    assert "Traceback" not in failed.stderr
    skipped = run(source, "--on-error", "skip")
    assert skipped.returncode == 0 and f"skipped {source}: line 2" in skipped.stderr
    named = run(source, "--encoding", "utf-8")
    assert named.returncode == 3 and "line 2: not valid utf-8" in named.stderr


def test_an_unknown_encoding_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = run(tmp_path / "a.txt", "--encoding", "no-such-codec")
    assert done.returncode == 2 and "--encoding: unknown encoding 'no-such-codec'" in done.stderr


# --- an HTML page given as text

PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Giá xăng giảm mạnh từ chiều nay</title>
<style>
body { color: red; }
.menu { display: none }
</style>
<script type="text/javascript">
var _gaq = _gaq || [];
window.dataLayer.push({event: 'pageview'});
</script>
</head>
<body><script>
ads.load();
</script>
<p>Liên Bộ Công Thương - Tài chính vừa công bố giá xăng dầu mới, giảm mạnh so với kỳ trước.</p>
<script>ads.show();</script>Đoạn sau quảng cáo vẫn là bài viết, không được mất.
<p>Giá dầu diesel cũng giảm theo, mức giảm hơn 500 đồng mỗi lít.</p>
</body>
</html>"""


def test_an_html_page_loses_its_code_and_doctype_and_is_reported() -> None:
    result = clean_document(PAGE)
    assert result.text.split("\n") == [
        "Giá xăng giảm mạnh từ chiều nay",  # from <title>; the <h1> repeating it is dropped
        "Liên Bộ Công Thương - Tài chính vừa công bố giá xăng dầu mới, giảm mạnh so với kỳ trước.",
        "Đoạn sau quảng cáo vẫn là bài viết, không được mất.",
        "Giá dầu diesel cũng giảm theo, mức giảm hơn 500 đồng mỗi lít.",
    ]
    assert result.title == "Giá xăng giảm mạnh từ chiều nay"
    assert len(result.warnings) == 1 and "HTML page" in result.warnings[0]
    code = {r.text for r in result.removed if r.rule == "html_residue" and r.detail in ("script", "style")}
    assert {"var _gaq = _gaq || [];", "body { color: red; }", "ads.load();"} <= code


@pytest.mark.parametrize(
    "text",
    [
        "Bài viết nói về lỗi XSS: <script>alert(1)</script> là ví dụ điển hình cho kiểu tấn công này.",
        "<script>\nĐoạn văn sau một thẻ không bao giờ đóng vẫn được giữ lại.",  # never closed: not sure
    ],
)
def test_script_text_that_is_not_a_code_element_stays(text: str) -> None:
    result = clean_document(text)
    assert "alert(1)" in result.text or "không bao giờ đóng" in result.text
    assert result.warnings == ()


def test_an_article_has_no_warning() -> None:
    assert clean_document(TEXT).warnings == ()


def test_the_command_warns_once_per_html_page(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    done = run(tmp_path / "page.txt", tmp_path / "article.txt")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning:" in line]
    assert warnings == [f"vnnews-clean: warning: {tmp_path / 'page.txt'}: {clean_document(PAGE).warnings[0]}"]
    assert "1 with warnings" in done.stderr
    assert "_gaq" not in done.stdout and "DOCTYPE" not in done.stdout
