"""``vnnews-clean`` on HTML: .html/.htm files (also compressed), JSON Lines fields holding HTML, WARC files."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews_clean import clean_document, clean_html_document
from vnnews_clean.command.boilerplate import SITE_CAPACITY
from vnnews_clean.command.sources import sniff_page
from vnnews_clean.html import looks_like_markup as looks_like_html

from .test_command import ROOT, read_jsonl, run, write_jsonl
from .test_encodings import as_cp1258_read_as_latin1

TRACEBACK = b"Traceback (most recent call last)"
PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Giá xăng giảm mạnh từ chiều nay - Báo Mẫu</title>
<meta property="og:title" content="Giá xăng giảm mạnh từ chiều nay">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<article class="detail">
<h1>Giá xăng giảm mạnh từ chiều nay</h1>
<p>Giá xăng RON95 giảm hơn 1.000 đồng mỗi lít từ 15 giờ chiều nay, theo thông báo của liên bộ Công Thương.</p>
<p>Đây là lần giảm thứ ba liên tiếp trong tháng, sau khi giá dầu thế giới đi xuống trong nhiều phiên giao dịch.</p>
<p>Các doanh nghiệp đầu mối được yêu cầu bảo đảm nguồn cung, không để đứt hàng ở các cửa hàng bán lẻ.</p>
</article>
<footer><p>© Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p></footer>
</body></html>
"""
TEXT = "Tin vắn buổi sáng\nMưa lớn kéo dài khiến nhiều tuyến phố ở Hà Nội ngập sâu, giao thông ùn tắc kéo dài.\n"


def expected_html(page: str | bytes, **options: object) -> str:
    """What the library makes of a page: the command must give the same."""
    return clean_html_document(page, **options).text  # type: ignore[arg-type]


def cp1258(text: str) -> bytes:
    """``text`` as Windows-1258 writes it (tone marks combining where the code page has no letter)."""
    latin1 = as_cp1258_read_as_latin1(text)
    assert latin1 is not None
    return latin1.encode("latin-1")


def html_of(text: str) -> str:
    return PAGE.replace("Giá xăng giảm", text)


# --- whole HTML files ---


def test_an_html_file_is_cleaned_as_html(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run(page, "-q")
    assert done.returncode == 0, done.stderr
    clean = done.stdout.decode()
    assert clean == expected_html(PAGE.encode()) + "\n"
    assert "Giá xăng RON95 giảm hơn 1.000 đồng" in clean
    assert "Trang chủ" not in clean and "<p>" not in clean and "Giấy phép" not in clean


@pytest.mark.parametrize("name", ["a.html.gz", "a.htm.gz", "a.htm"])
def test_compressed_and_htm_pages_are_pages(tmp_path: Path, name: str) -> None:
    data = PAGE.encode()
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    done = run(tmp_path / name, "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    result = clean_html_document(data)
    assert record == {
        "id": name,
        "text": result.text,
        "title": result.title,
        "author": result.author,
        "source": result.source,
        "published": result.published,
    }


def test_a_page_is_decoded_from_its_bytes(tmp_path: Path) -> None:
    """Bytes go to the library, so the page's own charset is found (here Windows-1258, declared)."""
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1258"')
    (tmp_path / "old.html").write_bytes(cp1258(page))
    done = run(tmp_path / "old.html", "-q")
    assert done.returncode == 0, done.stderr
    assert "Giá xăng RON95 giảm hơn 1.000 đồng mỗi lít" in done.stdout.decode()


def test_encoding_passes_through_to_the_page(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "")
    (tmp_path / "old.html").write_bytes(cp1258(page))
    done = run(tmp_path / "old.html", "-q", "--encoding", "windows-1258")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == expected_html(cp1258(page), encoding="cp1258") + "\n"
    assert "Đây là lần giảm thứ ba" in done.stdout.decode()


def test_a_folder_of_text_and_html_is_mirrored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "c.htm.gz").write_bytes(gzip.compress(html_of("Giá vàng tăng").encode()))
    (folder / "notes.md").write_text("# not an input", encoding="utf-8")
    done = run(folder, "-o", tmp_path / "out", "-q")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert sorted(str(p.relative_to(out)) for p in out.rglob("[!.]*") if p.is_file()) == [
        "a.txt",
        "sub/b.txt",
        "sub/c.txt.gz",
    ]
    assert (out / "a.txt").read_text(encoding="utf-8") == expected_html(PAGE.encode()) + "\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == clean_document(TEXT).text + "\n"
    c = gzip.decompress((out / "sub" / "c.txt.gz").read_bytes()).decode()
    assert c == expected_html(html_of("Giá vàng tăng").encode()) + "\n" and "Giá vàng tăng" in c


def test_a_page_and_a_text_of_the_same_name_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    done = run(folder, "-o", tmp_path / "out", "-q")
    assert done.returncode == 2 and TRACEBACK not in done.stderr
    assert "would overwrite" in done.stderr.decode() and not (tmp_path / "out").exists()


def test_a_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "index.php").write_text("\ufeff  <!-- saved page -->\n" + PAGE, encoding="utf-8")
    (tmp_path / "notes").write_text("chỉ là văn bản", encoding="utf-8")
    done = run(tmp_path / "index.php", "-q")
    assert done.returncode == 0, done.stderr
    assert "Giá xăng RON95" in done.stdout.decode() and "<p>" not in done.stdout.decode()
    unknown = run(tmp_path / "notes", "-q")
    assert unknown.returncode == 2 and "unknown format" in unknown.stderr.decode()


def test_stdin_holding_a_page_is_read_as_html(tmp_path: Path) -> None:
    done = run("-", stdin=PAGE.encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == expected_html(PAGE.encode()) + "\n"
    assert "stdin read as an HTML page" in done.stderr.decode()
    as_text = run("-", "--format", "text", "-q", stdin=PAGE.encode())
    assert as_text.returncode == 0 and as_text.stdout.decode() == clean_document(PAGE).text + "\n"


def test_format_html_forces_a_text_file_to_be_a_page(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    forced = run(tmp_path / "page.txt", "--format", "html", "-q")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.decode() == expected_html(PAGE.encode()) + "\n"
    as_text = run(tmp_path / "page.txt", "-q")  # a .txt file is text, as it says
    assert as_text.stdout.decode() == clean_document(PAGE).text + "\n"


def test_a_binary_html_file_is_a_clear_bad_record(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "bad.html").write_bytes(bytes(range(256)) * 64)
    done = run(tmp_path / "bad.html", tmp_path / "good.html", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"vnnews-clean: {tmp_path / 'bad.html'}: ") and "--encoding" in line
    assert not (tmp_path / "out.jsonl").exists()
    skipped = run(tmp_path / "bad.html", tmp_path / "good.html", "-o", tmp_path / "out.jsonl", "--on-error", "skip")
    assert skipped.returncode == 0 and "1 document, 1 bad record skipped" in skipped.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["good.html"]


# --- JSON Lines records holding HTML ---


def records() -> list[dict[str, object]]:
    return [
        {"id": "page", "url": "https://baomau.vn/gia-xang.html", "text": PAGE},
        {"id": "plain", "text": TEXT},
        {
            "id": "fragment",
            "text": "  <div><p>Giá vàng hôm nay tăng mạnh theo đà thế giới, lên mức cao nhất trong tháng.</p></div>",
        },
        {"id": "bold", "text": "Lạm phát <b>tháng Ba</b> tăng 3,2% so với cùng kỳ năm trước, theo số liệu chính thức."},
    ]


def test_jsonl_fields_holding_html_are_detected(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", records())
    done = run(dump, "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    page = clean_html_document(PAGE, url="https://baomau.vn/gia-xang.html")
    assert out["page"]["text"] == page.text and out["page"]["title"] == page.title
    assert out["page"]["url"] == "https://baomau.vn/gia-xang.html"  # every field kept
    assert out["fragment"]["text"] == expected_html(records()[2]["text"])  # type: ignore[arg-type]
    assert "<p>" not in out["fragment"]["text"]  # type: ignore[operator]
    assert out["plain"]["text"] == clean_document(TEXT).text
    bold = str(records()[3]["text"])  # text with a tag inside: not a page, the text cleaners handle it
    assert out["bold"]["text"] == clean_document(bold).text


def test_format_html_makes_every_field_html(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", records())
    done = run(dump, "--format", "html", "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    for record in records():
        url = record.get("url")
        assert out[record["id"]]["text"] == clean_html_document(record["text"], url=url).text  # type: ignore[arg-type]


def test_format_jsonl_reads_fields_as_text(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", records()[:1])
    done = run(dump, "--format", "jsonl", "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    assert record["text"] == clean_document(PAGE).text


def test_parquet_rows_holding_html(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.Table.from_pylist(records()), tmp_path / "dump.parquet")
    done = run(tmp_path / "dump.parquet", "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("published").type == pa.string()
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows["page"]["text"] == clean_html_document(PAGE, url="https://baomau.vn/gia-xang.html").text
    assert rows["plain"]["text"] == clean_document(TEXT).text


# --- WARC ---

warcio = pytest.importorskip("warcio")


def warc_bytes(*, gz: bool) -> bytes:
    """A small crawl: warcinfo, request, HTML 200 (twice, one chunked and gzip-encoded), a 404, an image,
    a redirect and a metadata record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(url: str, status: str, content_type: str, body: bytes, extra: list[tuple[str, str]] = ()) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)

    request = StatusAndHeaders("GET /gia-xang.html HTTP/1.1", [("Host", "baomau.vn")], is_http_request=True)
    writer.write_record(writer.create_warc_record("https://baomau.vn/gia-xang.html", "request", http_headers=request))
    response("https://baomau.vn/gia-xang.html", "200 OK", "text/html; charset=utf-8", PAGE.encode())
    response("https://baomau.vn/khong-co.html", "404 Not Found", "text/html", b"<html><body>404</body></html>")
    response("https://baomau.vn/anh.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    response("https://baomau.vn/cu.html", "301 Moved Permanently", "text/html", b"", [("Location", "/moi.html")])
    body = gzip.compress(html_of("Giá vàng tăng").encode())
    chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
    response(
        "https://baomau.vn/gia-vang.html",
        "200 OK",
        "application/xhtml+xml",
        chunked,
        [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
    )
    metadata = writer.create_warc_record(
        "https://baomau.vn/gia-vang.html",
        "metadata",
        payload=io.BytesIO(b"via: test\r\n"),
        warc_content_type="application/warc-fields",
    )
    writer.write_record(metadata)
    return out.getvalue()


def warc_dates(data: bytes) -> dict[str, str]:
    from warcio.archiveiterator import ArchiveIterator

    return {
        r.rec_headers.get_header("WARC-Target-URI"): r.rec_headers.get_header("WARC-Date")
        for r in ArchiveIterator(io.BytesIO(data))
        if r.rec_type == "response"
    }


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_gives_its_html_responses_with_url_and_date(tmp_path: Path, name: str) -> None:
    data = warc_bytes(gz=name.endswith(".gz"))
    (tmp_path / name).write_bytes(data)
    done = run(tmp_path / name, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    dates = warc_dates(data)
    assert [(r["id"], r["url"], r["date"]) for r in out] == [
        (f"{name}:3", "https://baomau.vn/gia-xang.html", dates["https://baomau.vn/gia-xang.html"]),
        (f"{name}:7", "https://baomau.vn/gia-vang.html", dates["https://baomau.vn/gia-vang.html"]),
    ]
    assert out[0]["text"] == clean_html_document(PAGE.encode(), url="https://baomau.vn/gia-xang.html").text
    assert "Giá vàng tăng" in out[1]["text"]  # chunked and gzip-encoded body, decoded  # type: ignore[operator]
    assert {"title", "author", "source", "published"} <= set(out[0])
    assert "2 documents, 6 WARC records passed over" in done.stderr.decode()


def test_a_warc_in_a_folder_is_mirrored_as_json_lines(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(warc_bytes(gz=True))
    (folder / "a.html").write_text(PAGE, encoding="utf-8")
    done = run(folder, "-o", tmp_path / "out", "-q")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.glob("[!.]*")) == ["a.txt", "crawl.jsonl.gz"]
    lines = gzip.decompress((out / "crawl.jsonl.gz").read_bytes()).decode().splitlines()
    assert [json.loads(line)["url"] for line in lines] == [
        "https://baomau.vn/gia-xang.html",
        "https://baomau.vn/gia-vang.html",
    ]


def test_a_warc_to_parquet_and_stdout(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc").write_bytes(warc_bytes(gz=False))
    stdout = run(tmp_path / "crawl.warc", "-q")  # records with fields: JSON Lines on stdout
    assert stdout.returncode == 0, stdout.stderr
    urls = [json.loads(line)["url"] for line in stdout.stdout.decode().splitlines()]
    assert urls == ["https://baomau.vn/gia-xang.html", "https://baomau.vn/gia-vang.html"]
    pq = pytest.importorskip("pyarrow.parquet")
    done = run(tmp_path / "crawl.warc", "-o", tmp_path / "out.parquet", "-q")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column("url").to_pylist() == ["https://baomau.vn/gia-xang.html", "https://baomau.vn/gia-vang.html"]


def corrupt_warc(tmp_path: Path) -> Path:
    """Two good records, then bytes that are no WARC record."""
    data = warc_bytes(gz=False)
    cut = data.index(b"WARC/1.0", data.index(b"https://baomau.vn/khong-co.html") - 400)
    path = tmp_path / "broken.warc"
    path.write_bytes(data[:cut] + b"this is not a WARC record\r\n\r\n" + bytes(range(256)))
    return path


def test_a_corrupt_warc_stops_the_run_with_one_line(tmp_path: Path) -> None:
    path = corrupt_warc(tmp_path)
    done = run(path, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"vnnews-clean: {path}:4: not a readable WARC record") and "--on-error skip" in line
    assert not (tmp_path / "out.jsonl").exists()


def test_a_corrupt_warc_is_skipped_and_counted(tmp_path: Path) -> None:
    path = corrupt_warc(tmp_path)
    done = run(path, "-o", tmp_path / "out.jsonl", "--on-error", "skip")
    assert done.returncode == 0 and TRACEBACK not in done.stderr
    assert [r["url"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["https://baomau.vn/gia-xang.html"]
    assert "1 document, 1 bad record skipped, 2 WARC records passed over" in done.stderr.decode()


def test_one_bad_response_does_not_stop_a_crawl_by_default(tmp_path: Path) -> None:
    """In a WARC crawl a response that cannot be cleaned (here one over --max-document-bytes) is skipped,
    named and counted by default: a crawl is not thrown away for one page. ``--on-error fail`` stops."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes(gz=False))
    limit = len(html_of("Giá vàng tăng").encode())  # the second page fits, the first does not
    assert len(PAGE.encode()) > limit
    done = run(path, "-o", tmp_path / "out.jsonl", "--max-document-bytes", str(limit))
    assert done.returncode == 0, done.stderr
    assert [r["url"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["https://baomau.vn/gia-vang.html"]
    stderr = done.stderr.decode()
    assert f"vnnews-clean: skipped {path}:3: a document of more than" in stderr and "1 bad record skipped" in stderr
    failed = run(path, "-o", tmp_path / "failed.jsonl", "--max-document-bytes", str(limit), "--on-error", "fail")
    assert failed.returncode == 3 and not (tmp_path / "failed.jsonl").exists()


def test_a_file_that_is_no_warc_at_all(tmp_path: Path) -> None:
    (tmp_path / "x.warc.gz").write_bytes(gzip.compress(b"hello\n"))
    done = run(tmp_path / "x.warc.gz", "-q")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert done.stderr.decode().startswith(f"vnnews-clean: {tmp_path / 'x.warc.gz'}: not a WARC file")


def test_warc_without_warcio_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc").write_bytes(warc_bytes(gz=False))
    code = (
        "import sys; sys.modules['warcio'] = None; from vnnews_clean.command import main; sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl")],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "vnnews-clean: this needs warcio: pip install 'vnnews-clean[warc]' (from a clone: pip install '.[warc]')\n"
    )
    assert not (tmp_path / "out.jsonl").exists()


# --- --explain ---


def test_explain_an_html_file(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    done = run("--explain", tmp_path / "a.html")
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode()
    result = clean_html_document(PAGE.encode())
    assert shown.startswith(f"# a.html: title={result.title!r}")
    assert "Giá xăng RON95 giảm hơn 1.000 đồng" in shown and "<p>" not in shown
    assert run("--explain", f"{tmp_path / 'a.html'}:2").returncode == 3


def test_explain_a_warc_record(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(gz=True))
    done = run("--explain", f"{tmp_path / 'crawl.warc.gz'}:7")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("# crawl.warc.gz:7: ") and "Giá vàng tăng" in done.stdout.decode()
    assert run("--explain", f"{tmp_path / 'crawl.warc.gz'}:4").returncode == 3  # a 404: no document there


# --- the detection rules ---


@given(st.text())
def test_text_without_a_tag_is_never_html(text: str) -> None:
    if "<" not in text:
        assert not looks_like_html(text)


@given(st.binary())
def test_bytes_without_a_tag_are_never_a_page(data: bytes) -> None:
    if b"<" not in data and b"<\x00" not in data:
        assert not sniff_page(data)


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"])),
    st.sampled_from(["<!DOCTYPE html>", "<HTML lang='vi'>", "<html>", "<body>", "<head>"]),
)
def test_a_field_starting_with_a_page_tag_is_html(rest: str, tag: str) -> None:
    assert looks_like_html(" \n" + tag + rest)


@pytest.mark.parametrize(
    "head",
    [
        b"<!DOCTYPE html>",
        b"\xef\xbb\xbf\n<html>",
        b"<?xml version='1.0'?>\n<!-- x -->\n<HTML lang=vi>",
        "<html>".encode("utf-16"),
    ],
)
def test_pages_are_sniffed(head: bytes) -> None:
    assert sniff_page(head + b"<body></body>")


# --- learning boilerplate from pages ---


def test_boilerplate_is_learnt_from_the_articles_of_pages(tmp_path: Path) -> None:
    """The first pass learns on each page's article lines, what the text rules see."""
    from vnnews_clean import extract_article, learn_boilerplate

    from .test_command import baomoi_records

    folder = tmp_path / "pages"
    folder.mkdir()
    pages = []
    for i, record in enumerate(baomoi_records()[:20]):
        title, *paragraphs = str(record["text"]).split("\n")
        body = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
        page = (
            f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "<p>Theo dõi Báo Mẫu trên Google News để cập nhật tin tức mới nhất</p></article></body></html>"
        )
        (folder / f"{i:02d}.html").write_text(page, encoding="utf-8")
        pages.append(page)
    done = run(folder, "-o", tmp_path / "out.jsonl", "--learn-boilerplate", "-j", "2")
    assert done.returncode == 0, done.stderr
    learnt = learn_boilerplate([extract_article(page).text for page in pages], capacity=SITE_CAPACITY)
    texts = [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")]
    assert texts == [clean_html_document(page.encode(), boilerplate=learnt).text for page in pages]
    assert not any("Google News" in str(text) for text in texts)
    assert "learnt " in done.stderr.decode() and " from 20 documents" in done.stderr.decode()
