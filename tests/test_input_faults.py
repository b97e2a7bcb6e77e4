"""Fault injection on the inputs of ``vnnews-clean`` (issue 18): a compressed file or a WARC cut
short, a WARC record whose Content-Length is wrong, a document over ``--max-document-bytes``, a
compression bomb under a memory limit.

Each broken input is compared byte for byte with an uninterrupted run on the whole input, under the
same name: what is written from it is a prefix of what the whole input gives, never a document
cut in half cleaned as if complete, and the break is reported (exit 3, or a bad record counted
under ``--on-error skip``).
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vnnews_clean.command import sources

from .helpers import load_benchmark
from .test_command import ROOT, baomoi_records, read_jsonl, run

TRACEBACK = b"Traceback"
COMPRESS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": zstandard.ZstdCompressor().compress,
}


def jsonl_bytes(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def twin_inputs(tmp_path: Path, name: str, whole: bytes, broken: bytes) -> tuple[Path, Path]:
    """The whole and the broken input under the same name (so ids match), in two folders."""
    paths = []
    for folder, data in (("whole", whole), ("broken", broken)):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_bytes(data)
        paths.append(tmp_path / folder / name)
    return paths[0], paths[1]


def compare_with_whole(tmp_path: Path, whole: Path, broken: Path, message: str) -> tuple[bytes, bytes]:
    """Run on both; the broken input stops the run (nothing written) or, skipped, gives a strict prefix
    of the whole input's output. Returns (whole output, broken output)."""
    full = run(whole, "-o", tmp_path / "whole.jsonl", "-q", "-j", "1")
    assert full.returncode == 0, full.stderr
    stopped = run(broken, "-o", tmp_path / "stopped.jsonl", "-q")
    assert stopped.returncode == 3 and TRACEBACK not in stopped.stderr, stopped.stderr
    assert message in stopped.stderr.decode() and str(broken) in stopped.stderr.decode()
    assert not (tmp_path / "stopped.jsonl").exists()
    skipped = run(broken, "-o", tmp_path / "skipped.jsonl", "--on-error", "skip", "-j", "2")
    assert skipped.returncode == 0 and TRACEBACK not in skipped.stderr, skipped.stderr
    assert message in skipped.stderr.decode() and " 1 bad record skipped" in skipped.stderr.decode()
    expected, written = (tmp_path / "whole.jsonl").read_bytes(), (tmp_path / "skipped.jsonl").read_bytes()
    assert expected.startswith(written) and len(written) < len(expected)
    return expected, written


# --- compressed files cut short (item 4: .zst was read as a shorter or empty file) ---


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_a_cut_compressed_json_lines_file_is_reported_never_read_as_shorter(tmp_path: Path, suffix: str) -> None:
    data = jsonl_bytes(baomoi_records())
    packed = COMPRESS[suffix](data)
    whole, broken = twin_inputs(tmp_path, f"dump.jsonl{suffix}", packed, packed[: len(packed) * 2 // 3])
    compare_with_whole(tmp_path, whole, broken, "compressed file ended early")


@pytest.mark.parametrize("suffix", sorted(COMPRESS))
def test_a_cut_compressed_text_file_is_a_bad_input(tmp_path: Path, suffix: str) -> None:
    text = "\n".join(str(r["text"]) for r in baomoi_records()[:5]).encode()
    packed = COMPRESS[suffix](text)
    whole, broken = twin_inputs(tmp_path, f"a.txt{suffix}", packed, packed[: len(packed) // 2])
    _, written = compare_with_whole(tmp_path, whole, broken, "compressed file ended early")
    assert written == b""  # one document: nothing of it is cleaned


def test_a_zst_file_of_several_frames_is_read_whole_and_a_cut_in_the_last_frame_is_found(tmp_path: Path) -> None:
    records = baomoi_records()
    frames = [
        zstandard.ZstdCompressor(write_checksum=bool(i % 2)).compress(jsonl_bytes([r])) for i, r in enumerate(records)
    ]
    skippable = (0x184D2A5A).to_bytes(4, "little") + (3).to_bytes(4, "little") + b"abc"  # metadata frame
    packed = frames[0] + skippable + b"".join(frames[1:])
    whole, broken = twin_inputs(tmp_path, "dump.jsonl.zst", packed, packed[:-10])  # in the last frame's block
    expected, written = compare_with_whole(tmp_path, whole, broken, "compressed file ended early")
    assert len(expected.splitlines()) == len(records) and len(written.splitlines()) == len(records) - 1


@pytest.mark.parametrize("cut", [1, 4, 6, 9, 12, -2])
def test_a_zst_file_cut_in_its_headers_or_checksum_is_cut_short(cut: int) -> None:
    from vnnews_clean.command.compressed import check_zstd_frames

    packed = zstandard.ZstdCompressor(write_checksum=True).compress(b"Tin ngan.\n" * 100)
    check_zstd_frames(io.BytesIO(packed))
    with pytest.raises(EOFError, match="compressed file ended early"):
        check_zstd_frames(io.BytesIO(packed[:cut]))


def test_zst_bytes_that_are_no_zstd_are_a_read_error(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl.zst").write_bytes(b"not zstd at all\n" * 10)
    done = run(tmp_path / "x.jsonl.zst", "-q")
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert f"{tmp_path / 'x.jsonl.zst'}: cannot read: not valid zstd data" in done.stderr.decode()


def test_corrupt_gzip_data_is_a_read_error_not_a_traceback(tmp_path: Path) -> None:
    packed = gzip.compress(jsonl_bytes(baomoi_records()))
    (tmp_path / "dump.jsonl.gz").write_bytes(packed[:10] + b"\xff" * 40 + packed[-8:])  # an invalid deflate block
    done = run(tmp_path / "dump.jsonl.gz", "-o", tmp_path / "out.jsonl", "-q")
    assert done.returncode == 3 and TRACEBACK not in done.stderr, done.stderr
    assert f"{tmp_path / 'dump.jsonl.gz'}: cannot read: " in done.stderr.decode()


# --- WARC framing (item 5: a wrong Content-Length swallowed the rest of the file, silently) ---


def page(i: int) -> bytes:
    title, *paragraphs = str(baomoi_records()[i]["text"]).split("\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    return f"<html><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


def crawl(pages: int = 17, *, gz: bool = False) -> bytes:
    """A crawl of ``pages`` pages, each a request and its HTML response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for i in range(pages):
        url = f"https://baomau.vn/{i}.html"
        request = StatusAndHeaders(f"GET /{i}.html HTTP/1.1", [("Host", "baomau.vn")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(page(i)), http_headers=headers)
        )
    return out.getvalue()


def with_length(data: bytes, number: int, length: Callable[[int], int]) -> bytes:
    """``data`` (an uncompressed WARC) with the Content-Length of record ``number`` (from 1) changed."""
    start = [m.start() for m in re.finditer(rb"WARC/1\.\d\r\n", data)][number - 1]
    field = data.index(b"Content-Length: ", start)
    end = data.index(b"\r\n", field)
    return data[:field] + b"Content-Length: %d" % length(int(data[field + 16 : end])) + data[end:]


def test_a_warc_record_announcing_more_than_the_file_holds_is_a_bad_record(tmp_path: Path) -> None:
    data = crawl()
    broken = with_length(data, 11, lambda n: 99_999_999_999)  # the request for page 5
    whole, cut = twin_inputs(tmp_path, "crawl.warc", data, broken)
    _, written = compare_with_whole(tmp_path, whole, cut, "crawl.warc:11: record 11 (a request record) ends early")
    assert len(written.splitlines()) == 5  # the pages before it
    done = run(cut, "-o", tmp_path / "again.jsonl", "--on-error", "skip")
    missing = 99_999_999_999 - (len(broken) - broken.index(b"GET /5.html"))
    assert f"of the 99,999,999,999 bytes its Content-Length announces ({missing:,} missing)" in done.stderr.decode()


def test_a_warc_record_shorter_than_it_is_is_a_bad_record_naming_what_is_not_read(tmp_path: Path) -> None:
    data = crawl()
    broken = with_length(data, 12, lambda n: n - 30)  # page 5
    whole, cut = twin_inputs(tmp_path, "crawl.warc", data, broken)
    _, written = compare_with_whole(tmp_path, whole, cut, "record 12 (a response record) is not followed by a blank")
    assert len(written.splitlines()) == 5  # its page, cut by 30 bytes, is not cleaned
    done = run(cut, "-o", tmp_path / "again.jsonl", "--on-error", "skip")
    rest = len(broken) - broken.index(b"WARC/1.", broken.index(page(5)))
    assert f"the rest of the file ({rest:,} bytes) is not read" in done.stderr.decode()


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_in_the_middle_of_a_page_does_not_clean_half_a_page(tmp_path: Path, gz: bool) -> None:
    data = crawl(gz=gz)
    name = "crawl.warc.gz" if gz else "crawl.warc"
    cut_at = len(data) - 200 if gz else data.rindex(b"</p>")  # inside the last record (its gzip member)
    whole, cut = twin_inputs(tmp_path, name, data, data[:cut_at])
    _, written = compare_with_whole(tmp_path, whole, cut, f"{name}:34: record 34 (a response record) ends early")
    assert len(written.splitlines()) == 16


def test_a_file_that_is_not_a_warc_is_a_bad_input(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_bytes(jsonl_bytes(baomoi_records()[:5] * 50))
    (tmp_path / "a.html").write_bytes(page(0))
    for name in ("dump.jsonl", "a.html"):
        done = run(tmp_path / name, "--format", "warc", "-o", tmp_path / "out.jsonl")
        assert done.returncode == 3 and TRACEBACK not in done.stderr
        (line,) = done.stderr.decode().splitlines()  # one line, not a warning per line of the file
        assert line.startswith(f"vnnews-clean: {tmp_path / name}: not a WARC file")
        skipped = run(tmp_path / name, "--format", "warc", "-o", tmp_path / "out.jsonl", "--on-error", "skip")
        assert skipped.returncode == 0 and "0 documents, 1 bad record skipped" in skipped.stderr.decode()


# --- one document over --max-document-bytes (item 9), format by format ---

LIMIT = 4000  # bytes: the small records below are under it, the big text far over


def small_records() -> list[dict[str, object]]:
    return [r for r in baomoi_records() if len(json.dumps(r, ensure_ascii=False).encode()) < LIMIT]


def big_text() -> str:
    return "\n".join(str(r["text"]) for r in baomoi_records()[:10])


def test_a_json_lines_record_over_the_limit_is_a_bad_record_and_the_others_are_cleaned(tmp_path: Path) -> None:
    records = small_records()[:6]
    huge = {"id": "huge", "text": big_text()}
    size = len(json.dumps(huge, ensure_ascii=False).encode())
    assert size > LIMIT and all(len(json.dumps(r, ensure_ascii=False).encode()) < LIMIT for r in records)
    whole, broken = twin_inputs(
        tmp_path, "dump.jsonl", jsonl_bytes(records), jsonl_bytes([*records[:3], huge, *records[3:]])
    )
    full = run(whole, "-o", tmp_path / "whole.jsonl", "-q")
    done = run(broken, "-o", tmp_path / "out.jsonl", "--max-document-bytes", LIMIT, "--on-error", "skip")
    assert done.returncode == 0 and full.returncode == 0, done.stderr
    reason = f"a document of {size:,} bytes: over --max-document-bytes ({LIMIT:,}), not read"
    assert f"skipped {broken}:4: {reason}" in done.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [r["id"] for r in records]
    stopped = run(broken, "-o", tmp_path / "stopped.jsonl", "--max-document-bytes", LIMIT)
    assert stopped.returncode == 3 and reason in stopped.stderr.decode()


@pytest.mark.parametrize("name", ["a.txt", "a.txt.gz", "a.html", "a.html.xz"])
def test_a_file_over_the_limit_is_a_bad_record(tmp_path: Path, name: str) -> None:
    text = big_text()
    data = (f"<html><body><p>{text}</p></body></html>" if ".html" in name else text).encode()
    suffix = Path(name).suffix
    (tmp_path / name).write_bytes(COMPRESS[suffix](data) if suffix in COMPRESS else data)
    done = run(tmp_path / name, "-o", tmp_path / "out.jsonl", "--max-document-bytes", LIMIT)
    assert done.returncode == 3 and TRACEBACK not in done.stderr
    assert (
        f"{tmp_path / name}: a document of more than {LIMIT:,} bytes: over --max-document-bytes" in done.stderr.decode()
    )
    fits = run(tmp_path / name, "-o", tmp_path / "out.jsonl", "--max-document-bytes", len(data))
    assert fits.returncode == 0, fits.stderr


def test_a_parquet_text_over_the_limit_is_a_bad_record(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [*small_records()[:2], {"id": "huge", "url": "u", "text": big_text()}]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "dump.parquet")
    done = run(
        tmp_path / "dump.parquet", "-o", tmp_path / "out.jsonl", "--max-document-bytes", LIMIT, "--on-error", "skip"
    )
    assert done.returncode == 0, done.stderr
    assert f"dump.parquet:3: a document of {len(big_text().encode()):,} bytes: over" in done.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [r["id"] for r in records[:2]]


def test_a_warc_response_over_the_limit_is_a_bad_record_and_the_next_pages_are_read(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(crawl(6, gz=True))
    sizes = [len(page(i)) for i in range(6)]
    limit = sorted(sizes)[-2]  # only the largest page is over
    done = run(
        tmp_path / "crawl.warc.gz", "-o", tmp_path / "out.jsonl", "--max-document-bytes", limit, "--on-error", "skip"
    )
    assert done.returncode == 0, done.stderr
    largest = sizes.index(max(sizes))
    assert f"crawl.warc.gz:{2 * largest + 2}: a document of more than {limit:,} bytes" in done.stderr.decode()
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 5


def test_a_utf16_json_lines_record_over_the_limit_is_a_bad_record(tmp_path: Path) -> None:
    small = small_records()[:3]
    records = [*small[:2], {"id": "huge", "text": big_text()}, small[2]]
    (tmp_path / "dump.jsonl").write_bytes(jsonl_bytes(records).decode().encode("utf-16"))
    done = run(
        tmp_path / "dump.jsonl", "-o", tmp_path / "out.jsonl", "--max-document-bytes", LIMIT, "--on-error", "skip"
    )
    assert done.returncode == 0, done.stderr
    assert "dump.jsonl:3: a document of " in done.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == [r["id"] for r in small]


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_max_document_bytes_must_be_a_positive_number(value: str) -> None:
    done = run("examples/article.txt", "--max-document-bytes", value)
    assert done.returncode == 2 and "argument --max-document-bytes: " in done.stderr.decode()
    assert run("examples/article.txt", "--max-document-bytes", "100000", "-q").returncode == 0


def test_lines_of_never_holds_more_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    class Watched(io.BytesIO):
        largest = 0

        def readline(self, size: int | None = -1) -> bytes:
            line = super().readline(size)
            Watched.largest = max(Watched.largest, len(line))
            return line

    monkeypatch.setattr(sources, "SKIP_CHUNK", 7)
    data = b"short\n" + b"x" * 100_000 + b"\n\nlast"
    lines = list(sources.lines_of(Watched(data), 10))
    assert lines == [(b"short\n", 5), (None, 100_000), (b"\n", 0), (b"last", 4)]
    assert Watched.largest == 10 + 2


# --- compression bombs under a memory limit (item 9: 1 GB of newlines took 11.7 GB) ---

MEMORY_LIMIT = 1_500_000_000  # address space of the command (its Python, lxml, pyarrow need ~0.5 GB)
BOMB = 1_000_000_000  # bytes once decompressed: more than the command may map


def bomb(path: Path, head: bytes, filler: bytes, tail: bytes) -> Path:
    """A gzip file of ``head``, ``filler`` repeated to BOMB bytes, ``tail`` (as benchmarks/bench_memory.py makes it)."""
    load_benchmark("bench_memory").gzip_bomb(path, head, filler, tail, BOMB)
    return path


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_limited(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "vnnews_clean", *map(str, args)]
    return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=600, preexec_fn=limited)


def test_a_text_bomb_is_a_bad_record_within_the_memory_limit(tmp_path: Path) -> None:
    source = bomb(tmp_path / "bomb.txt.gz", b"", b"\n", b"")
    assert source.stat().st_size < 2_000_000
    done = run_limited(source, "-o", tmp_path / "out.jsonl", "-j", "1")
    assert done.returncode == 3 and TRACEBACK not in done.stderr, done.stderr
    assert "a document of more than 50,000,000 bytes: over --max-document-bytes" in done.stderr.decode()


def test_a_json_lines_bomb_is_skipped_and_the_records_around_it_are_cleaned(tmp_path: Path) -> None:
    first, last = (json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in baomoi_records()[:2])
    source = bomb(tmp_path / "bomb.jsonl.gz", first + b'{"id": "bomb", "text": "', b"a", b'"}\n' + last)
    done = run_limited(source, "-o", tmp_path / "out.jsonl", "-j", "2", "--on-error", "skip")
    assert done.returncode == 0 and TRACEBACK not in done.stderr, done.stderr
    size = len(b'{"id": "bomb", "text": "') + BOMB + len(b'"}')
    assert f"bomb.jsonl.gz:2: a document of {size:,} bytes: over --max-document-bytes" in done.stderr.decode()
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["bm-0", "bm-1"]


# Peak memory of a child process (KiB on Linux), as tests/test_huge.py measures it.
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def peak_mb(*command: str | Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *map(str, command)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return int(out.stdout.split()[-1]) / 1024


def test_memory_on_a_bomb_is_that_of_the_limit_not_of_the_bomb(tmp_path: Path) -> None:
    source = bomb(tmp_path / "bomb.txt.gz", b"", b"\n", b"")
    # the floor: the library and the command loaded (the package imports its modules on first use)
    floor = peak_mb(
        sys.executable, "-c", "import vnnews_clean; vnnews_clean.clean('Hà Nội.'); import vnnews_clean.command.cleaning"
    )
    limit_mb = 20
    command = [sys.executable, "-m", "vnnews_clean", "-q", "-j", "1", "--on-error", "skip", source]
    peak = peak_mb(*command, "--max-document-bytes", limit_mb * 1_000_000, "-o", tmp_path / "out.jsonl")
    # what is read (the limit) and the decompressor's buffers: not the 1,000 MB of the bomb
    assert peak - floor < 3 * limit_mb, (floor, peak)
