"""Peak memory of cleaning one huge single-line document.

    python benchmarks/bench_memory.py              # a 50 MB line
    python benchmarks/bench_memory.py --mb 10
    python benchmarks/bench_memory.py --mb 49.9 --paragraphs   # paragraphs of ~600 bytes, not one line
    python benchmarks/bench_memory.py --bombs      # 1 GB compression bombs against --max-document-bytes

Each measurement runs in a fresh process, started by a small wrapper that
reports ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the child
exits: the peak resident memory of that child alone. Measured: the
interpreter with vnnews_clean imported (the floor), ``vnnews_clean.clean`` on
the document as a string, and ``vnnews-clean -j 1`` on a .txt file and on a
.jsonl file holding it. The budget is 6x the document's size in UTF-8.

``--bombs``: ``vnnews-clean -j 1 --on-error skip`` on a 1 MB ``.txt.gz`` of
1 GB of newlines and a ``.jsonl.gz`` holding one 1 GB record between two
small ones; ``--max-document-bytes`` (default 50 MB) makes each a bad record,
read no further than the limit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

UNIT = "Người dân hoà mình vào lễ hội, thủy chung và khỏe mạnh. "
WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
LIBRARY = (
    "import sys, vnnews_clean\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "if sys.argv[2] == 'clean':\n"
    "    vnnews_clean.clean(text)\n"
)


def peak_mb(command: list[str]) -> tuple[float, float]:
    """(peak RSS of ``command`` in MB, seconds)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024, time.perf_counter() - start  # ru_maxrss is in KiB on Linux


def gzip_bomb(path: Path, head: bytes, filler: bytes, tail: bytes, size: int = 1_000_000_000) -> None:
    """A gzip file of ``head``, ``filler`` repeated to ``size`` bytes and ``tail``, written a chunk at a time."""
    chunk = filler * (1_000_000 // len(filler))
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as handle:
        handle.write(packer.compress(head))
        for _ in range(size // len(chunk)):
            handle.write(packer.compress(chunk))
        handle.write(packer.compress(tail) + packer.flush())


def bombs() -> None:
    small = json.dumps({"text": UNIT * 20}, ensure_ascii=False).encode() + b"\n"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gzip_bomb(folder / "newlines.txt.gz", b"", b"\n", b"")
        gzip_bomb(folder / "record.jsonl.gz", small + b'{"text": "', b"a", b'"}\n' + small)
        command = [sys.executable, "-m", "vnnews_clean", "-j", "1", "-q", "--on-error", "skip"]
        floor, _ = peak_mb([sys.executable, "-c", "import vnnews_clean.command"])
        print(f"{'import vnnews_clean.command (floor)':40} peak RSS {floor:7.0f} MB")
        for name in ("newlines.txt.gz", "record.jsonl.gz"):
            peak, seconds = peak_mb([*command, str(folder / name), "-o", str(folder / "out.jsonl")])
            packed = (folder / name).stat().st_size / 1e6
            print(f"{name + f' ({packed:.1f} MB -> 1000 MB)':40} peak RSS {peak:7.0f} MB   {seconds:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--paragraphs", action="store_true", help="paragraphs of ten sentences, not one line")
    parser.add_argument("--bombs", action="store_true", help="measure compression bombs instead")
    args = parser.parse_args()
    if args.bombs:
        bombs()
        return
    text = UNIT * int(args.mb * 1_000_000 // len(UNIT.encode()))
    if args.paragraphs:
        text = "\n".join(text[i : i + 10 * len(UNIT)] for i in range(0, len(text), 10 * len(UNIT)))
    size = len(text.encode()) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "doc.txt").write_text(text, encoding="utf-8")
        (folder / "doc.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "vnnews_clean", "-j", "1", "-q"]
        runs = {
            "import vnnews_clean (floor)": [sys.executable, "-c", LIBRARY, str(folder / "doc.txt"), "read"],
            "clean(text)": [sys.executable, "-c", LIBRARY, str(folder / "doc.txt"), "clean"],
            "vnnews-clean doc.txt": [*command, str(folder / "doc.txt"), "-o", str(folder / "out")],
            "vnnews-clean doc.jsonl": [*command, str(folder / "doc.jsonl"), "-o", str(folder / "out.jsonl")],
        }
        shape = f"{text.count(chr(10)) + 1:,} paragraphs" if args.paragraphs else "one line"
        print(f"{shape} of {size:.1f} MB ({len(text):,} characters)")
        for name, run in runs.items():
            peak, seconds = peak_mb(run)
            print(f"{name:28} peak RSS {peak:7.0f} MB = {peak / size:4.1f}x   {seconds:6.1f} s")


if __name__ == "__main__":
    main()
