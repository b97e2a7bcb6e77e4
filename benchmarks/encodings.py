"""Every broken encoding of real Vietnamese text, repaired line for line: the table of docs/normalization.md.

    python benchmarks/encodings.py [--corpus PATH] [--eval DIR ...]

Documents: the 500 baomoi articles (title and body), and the inputs of
../shared/eval/real-dev and ../shared/eval/cases (read from there; an HTML
input as the text of its article). Each is written in each encoding and read
back the way broken pages are (:data:`ENCODINGS`), then normalized:

- *per document*: every line so written;
- *one line*: the title, and one body line drawn at random, each alone so
  written inside the clean document.

A written line counts as *recovered* when its normalized line equals the
normalized original (both in the "old" tone style), *shortened* when it is not
and has fewer characters, *split* when the document comes back with another
number of lines; *other lines changed* counts clean lines of a document with a
written line that came back different. A line the encoding cannot write (a
character it lacks: "€" in TCVN3, an emoji) stays as it is and is not counted.
*False repairs* are lines of the clean documents that normalize repairs an
encoding of (:func:`vnnews_clean.normalization.line_encodings`) or flags as
still broken. ``--foreign`` counts them on text in other languages too, each
file whole and each of its lines alone (Latin-1 letters are what the legacy
decoders read: on Debian, /usr/share/vim/vim90/tutor/tutor.{fr,de,es,sv,nb,...}.utf-8).
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252": Windows-1252 as browsers read it)
from bench_clean import DEFAULT, articles

from vnnews_clean import normalize
from vnnews_clean.html import extract_article
from vnnews_clean.normalization import broken_lines, line_encodings
from vnnews_clean.normalization.codepages import (
    CP1252,
    CP1258,
    TCVN3,
    VIQR_DIACRITICS,
    VIQR_TONES,
    VISCII,
    VISCII_LOW,
    VNI_BREVE,
    VNI_CIRCUMFLEX,
    VNI_LETTERS,
    VNI_TONES,
)
from vnnews_clean.normalization.syllable import SPLIT, TONE_MARKS

EVAL = DEFAULT.parent.parent / "eval"
BROWSER = "sloppy-windows-1252"
_TONE_BYTE = {tone: byte for byte, char in TCVN3.items() for tone, mark in enumerate(TONE_MARKS, 1) if char == mark}


def _split_tone(char: str) -> tuple[str, int]:
    """("ê", 2) for "ế": the letter without its tone mark, and the tone (0: none)."""
    lower = char.lower()
    base, tone = SPLIT.get(lower, (lower, 0))
    return (base.upper() if char.isupper() else base), tone


def _by_table(
    table: dict[int, str], *, decomposed: bool = False, cp1252: bool = False
) -> Callable[[str], bytes | None]:
    """An encoder for a one-byte table. ``decomposed``: a letter it lacks is written as its base
    letter and the combining tone mark (TCVN3 has them at 0xB0..0xB4, and few capitals);
    ``cp1252``: a sign it lacks as Windows-1252 writes it ("“" at 0x93: .VnTime pages do so)."""
    to_byte = {char: byte for byte, char in table.items()}
    if cp1252:
        to_byte = {char: byte for byte, char in CP1252.items() if byte not in table} | to_byte

    def encode(text: str) -> bytes | None:
        out = bytearray()
        for char in unicodedata.normalize("NFC", text):
            if char in to_byte:
                out.append(to_byte[char])
            elif char.isascii():
                out.append(ord(char))
            else:
                base, tone = _split_tone(char)
                if not (decomposed and tone and (base in to_byte or base.isascii())):
                    return None
                out += bytes([to_byte.get(base, ord(base[0])), _TONE_BYTE[tone]])
        return bytes(out)

    return encode


def _vni_letters() -> dict[str, str]:
    """Each Vietnamese letter as VNI-Windows writes it, read as Latin-1."""
    stand_in = {v: k for k, v in VNI_LETTERS.items()}  # "ơ" -> "ô"
    tone_mark = {tone: mark for mark, tone in VNI_TONES.items()}
    letters: dict[str, str] = {}
    for char in {c for c in SPLIT if c.islower()} | set("ăâêôơưđ"):
        base, tone = SPLIT.get(char, (char, 0))
        if char in stand_in:  # ỉ ĩ ị ỵ đ ơ ư: one character
            letters[char] = stand_in[char]
        elif base == "i" and tone in (1, 2):  # ì í are themselves
            letters[char] = char
        elif base in "âêô":
            mark = next(m for m, t in VNI_CIRCUMFLEX.items() if t == tone)
            letters[char] = {"â": "a", "ê": "e", "ô": "o"}[base] + mark
        elif base == "ă":
            letters[char] = "a" + next(m for m, t in VNI_BREVE.items() if t == tone)
        elif tone:
            letters[char] = stand_in.get(base, base) + tone_mark[tone]
        else:
            letters[char] = char
    return letters | {k.upper(): v.upper() for k, v in letters.items()}


_VNI = _vni_letters()


def to_vni(text: str) -> bytes | None:
    """VNI-Windows; signs as Windows-1252 writes them (VNI-Times pages do so)."""
    written = "".join(_VNI.get(char, char) for char in unicodedata.normalize("NFC", text))
    try:
        return written.encode("cp1252")
    except UnicodeEncodeError:
        return None


def to_cp1258(text: str) -> bytes | None:
    """Windows-1258: a letter the code page has, else its base letter and the combining tone mark."""
    to_byte = {char: byte for byte, char in CP1258.items()}
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if char.isascii():
            out.append(ord(char))
        elif char in to_byte:
            out.append(to_byte[char])
        else:
            base, tone = _split_tone(char)
            mark = TONE_MARKS[tone - 1] if tone else None
            if not tone or mark not in to_byte or not (base.isascii() or base in to_byte):
                return None
            out += bytes([ord(base) if base.isascii() else to_byte[base], to_byte[mark]])
    return bytes(out)


_VIQR_MARKS = "^(+`'?~."
_TO_VIQR = {letter: base + mark for (base, mark), letter in VIQR_DIACRITICS.items()} | {"đ": "dd"}


def to_viqr(text: str) -> bytes | None:
    """VIQR (RFC 1456): each letter as ASCII with its marks after it; a mark character of the text
    itself right after a letter is escaped with a backslash, as "d" after "d"."""
    tone_mark = {tone: mark for mark, tone in VIQR_TONES.items()}
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        base, tone = _split_tone(char)
        written = _TO_VIQR.get(base.lower(), base.lower())
        written = (written.upper() if base.isupper() else written) + (tone_mark[tone] if tone else "")
        last = out[-1][-1:] if out else ""
        if char in _VIQR_MARKS and (last.isalpha() or last in _VIQR_MARKS):
            written = "\\" + written  # "Như." is "Nhu+\\.", not "Nhự"
        elif written[:1] in "dD" and last in ("d", "D") and not out[-1].lower().endswith("dd"):
            out[-1] = out[-1][:-1] + "\\" + last  # "NDĐT" is "N\\DDDT"
        out.append(written)
    try:
        return "".join(out).encode("ascii")
    except UnicodeEncodeError:  # "“", "–": VIQR is ASCII
        return None


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _twice(text: str) -> bytes:
    return text.encode("utf-8").decode(BROWSER).encode("utf-8")


# name: (write the text as bytes, or None if it cannot; the code page the bytes are read as)
ENCODINGS: dict[str, tuple[Callable[[str], bytes | None], str]] = {
    "cp1252": (_utf8, BROWSER),  # UTF-8 read as Windows-1252
    "latin-1": (_utf8, "latin-1"),  # UTF-8 read as Latin-1: C1 controls, a NEL inside "ễ"
    "cp1252x2": (_twice, BROWSER),  # double: mojibake of mojibake
    "tcvn3": (_by_table(TCVN3, decomposed=True, cp1252=True), BROWSER),
    "vni": (to_vni, BROWSER),
    "viscii": (_by_table({**VISCII, **VISCII_LOW}), BROWSER),
    "cp1258": (to_cp1258, BROWSER),
    "viqr": (to_viqr, "ascii"),  # an opt-in: normalize(text, viqr=True)
}
OPT_IN = {"viqr": {"viqr": True}}  # the options normalize needs for an encoding


def misread(text: str, encoding: str) -> str | None:
    """``text`` written in ``encoding`` and read as the code page a broken page is read as; None if it cannot be."""
    write, reading = ENCODINGS[encoding]
    data = write(text)
    return None if data is None else data.decode(reading)


# ---------------------------------------------------------------- the documents


def documents(corpus: Path, folders: list[Path]) -> dict[str, list[str]]:
    """{"baomoi-500": texts, "real": texts}: the corpus's articles, the eval folders' inputs."""
    real = []
    for folder in folders:
        for path in sorted(folder.glob("*.input.*")):
            raw = path.read_text(encoding="utf-8")
            real.append(extract_article(raw).text if path.suffix == ".html" else raw)
    return {"baomoi-500": articles(corpus), "real": real}


@dataclass
class Tally:
    lines: int = 0
    recovered: int = 0
    shortened: int = 0
    split: int = 0
    others_changed: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, original: list[str], written: list[str | None], out: str) -> None:
        want = normalize("\n".join(original)).split("\n")
        got = out.split("\n")
        if len(got) != len(want):
            self.split += 1
            return
        for line, read, new, right in zip(original, written, got, want, strict=True):
            if read is None or read == line:
                self.others_changed += new != right
                continue
            self.lines += 1
            if new == right:
                self.recovered += 1
            else:
                self.shortened += len(new) < len(right)
                self.misses.append((right, read, new))

    @property
    def share(self) -> float:
        return self.recovered / self.lines if self.lines else 1.0


def per_document(docs: list[str], encoding: str) -> Tally:
    tally = Tally()
    for doc in docs:
        lines = doc.split("\n")
        written = [misread(line, encoding) for line in lines]
        tally.add(
            lines,
            written,
            normalize(
                "\n".join(w if w is not None else ln for w, ln in zip(written, lines, strict=True)),
                **OPT_IN.get(encoding, {}),
            ),
        )
    return tally


def one_line(docs: list[str], encoding: str, seed: int = 20) -> Tally:
    tally = Tally()
    draw = random.Random(seed)
    for doc in docs:
        lines = doc.split("\n")
        content = [i for i, line in enumerate(lines) if line.strip()]
        for i in sorted({content[0], draw.choice(content)} if content else set()):
            read = misread(lines[i], encoding)
            if read is None or read == lines[i]:
                continue
            written: list[str | None] = [None] * len(lines)
            written[i] = read
            tally.add(
                lines, written, normalize("\n".join([*lines[:i], read, *lines[i + 1 :]]), **OPT_IN.get(encoding, {}))
            )
    return tally


def false_repairs(docs: list[str], viqr: bool = False) -> list[str]:
    """Lines of clean documents repaired from an encoding, or flagged as still broken."""
    found = []
    for doc in docs:
        lines = doc.split("\n")
        for i, encoding in enumerate(line_encodings(doc, viqr=viqr)):
            if encoding is not None:
                found.append(f"{encoding}: {lines[i]}")
        found += [f"still broken: {normalize(doc).split(chr(10))[i]}" for i in broken_lines(normalize(doc))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--eval", type=Path, nargs="*", default=[EVAL / "real-dev", EVAL / "cases"])
    parser.add_argument("--show", type=int, default=0, help="print this many missed lines per row")
    parser.add_argument("--foreign", type=Path, nargs="*", default=[], help="UTF-8 files of text in other languages")
    args = parser.parse_args()
    sets = documents(args.corpus, args.eval)
    print(f"documents: {', '.join(f'{name} {len(docs)}' for name, docs in sets.items())}")
    print(
        "| documents | encoding | per document: lines | recovered | shortened | split | other lines changed "
        "| one line: lines | recovered | shortened | split | other lines changed |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, docs in sets.items():
        for encoding in ENCODINGS:
            cells = []
            for tally in (per_document(docs, encoding), one_line(docs, encoding)):
                cells += [
                    f"{tally.lines}",
                    f"{tally.recovered} ({100 * tally.share:.2f}%)",
                    f"{tally.shortened}",
                    f"{tally.split}",
                    f"{tally.others_changed}",
                ]
                for right, read, new in tally.misses[: args.show]:
                    print(f"  MISS {encoding}: {right!r}\n    read {read!r}\n    got  {new!r}")
            print(f"| {name} | {encoding} | " + " | ".join(cells) + " |")
    if args.foreign:
        texts = [path.read_text(encoding="utf-8") for path in args.foreign]
        sets["foreign, whole"] = texts
        sets["foreign, line by line"] = [line for text in texts for line in text.split("\n")]
    for name, docs in sets.items():
        lines = sum(doc.count("\n") + 1 for doc in docs)
        for viqr in (False, True):
            found = false_repairs(docs, viqr)
            print(
                f"false repairs on the clean {name} documents ({lines} lines){' with viqr=True' * viqr}: {len(found)}"
            )
            for line in found[:10]:
                print("  " + " ".join(line.split())[:160])


if __name__ == "__main__":
    main()
