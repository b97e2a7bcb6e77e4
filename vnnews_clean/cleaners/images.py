"""Image placeholders, file-name residue, photo credits and the captions bound to them."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import CLAUSE_WORDS, NOTE_OPENERS, NOTE_WORDS
from ..lines.credits import is_credit, is_name_credit
from ..lines.dates import names_day
from ..lines.shapes import (
    LIST_MARKS,
    blank_separated,
    ends_sentence,
    has_letter,
    is_setext_underline,
    more_words_than,
    runs_on_at,
    sentence_count,
    word_count,
)
from .base import Cleaner
from .image_markers import (
    MARKER_FIRST_CHARS,
    SHORT_MARKER_MAX_CHARS,
    caption_after,
    has_credit_tail,
    is_caption_label,
    is_filename_residue,
    is_image_marker,
    is_numbered_alt,
    is_photo_credit,
    is_piped,
    is_placeholder,
    may_be_credited,
)
from .titles import REPEATED_TITLE_MIN_WORDS, title_of

_PIPES = re.compile(r"^\|\s*|\s*\|$")

# A caption recognised by its credit tail ("... Ảnh: X") with no image marker.
CREDITED_CAPTION_MAX_WORDS = 50
CREDITED_CAPTION_MAX_SENTENCES = 3


LABEL_OF = {
    "placeholder": "image",
    "file name": "image",
    "marker": "image",
    "alt text": "title_copy",
    "credit": "photo_credit",
    "credited caption": "caption",
    "bracketed caption": "caption",
    "gallery caption": "caption",
    "caption": "caption",
}


class ImageCleaner(Cleaner):
    """Drops image markers and the caption bound to each.

    Markers: markdown images ("![]() |", "![alt](https://...jpg)"), file
    names and their residue, "[Ảnh]"-style stand-ins, bare image URLs, and
    the article title repeated as alt text right before a caption. A caption
    is the next line (past photo credits) when it carries table pipes; in
    blank-line-separated text when it directly follows the marker and is
    short (one or two sentences); in run-on text when it is caption-shaped:
    short, shorter than the document's paragraphs, and not the last line
    (after a title copy, run-on text binds only piped captions: baomoi puts
    the body's first sentence there). Photo credits ("Ảnh: TTXVN", "Ảnh minh
    họa") go anywhere, and so does a short line that ends with one ("Toàn
    cảnh buổi lễ. Ảnh: Ngọc Thắng") or says it is a caption ("Chú thích ảnh:
    ..."). With ``keep_captions=True`` captions stay, without their pipes.
    """

    name = "image"

    def __init__(self, keep_captions: bool = False) -> None:
        self.keep_captions = keep_captions

    def apply(self, doc: Document) -> None:
        view = doc.view()
        lines = view.lines
        hints = doc.hints  # HTML input: what the DOM said each line is; a caption is only what it set as one
        title_index, title = title_of(view)
        spaced = blank_separated(lines)
        typical: list[float] = []  # the median paragraph length, computed when first needed
        drops: dict[int, str] = {}
        captions: list[int] = []
        # decided once, not per line: whether a line may repeat the title as alt text (same_as_title)
        long_title = title is not None and word_count(title) >= REPEATED_TITLE_MIN_WORDS
        alt_after = title_index if long_title else None
        for i, line in enumerate(lines):
            if not line or i in drops:
                continue
            # may_be_marker_or_credit, inlined: most body paragraphs skip both checks
            marked = line[0] in MARKER_FIRST_CHARS or is_numbered_alt(line)
            short = marked or len(line) <= SHORT_MARKER_MAX_CHARS
            # (a marker that opens with none of those characters is a file name: ASCII only)
            if short and (marked or line.isascii()) and is_image_marker(line):
                kind = "placeholder" if is_placeholder(line) else "file name" if is_filename_residue(line) else "marker"
            elif short and is_photo_credit(line):
                if runs_on_at(lines, i):
                    continue  # "… lượt xem cho mỗi" / "clip" / ". Vẫn là …": a word of the sentence, no credit
                drops[i] = "credit"
                # the label alone, its name on the next line ("Ảnh:" / "Ngô Trần Hải An"): a name, not a byline
                name = _split_credit_name(lines, i) if line.endswith(":") else None
                if name is not None and is_name_credit(lines[name]):
                    drops[name] = "credit"
                continue
            elif alt_after is not None and i > alt_after and line == title:
                kind = "alt text"
            else:
                if may_be_credited(line) and _is_credited_caption(line):
                    drops[i] = "credited caption"
                    if line.endswith(":") and (name := _split_credit_name(lines, i)) is not None:
                        drops[name] = "credit"
                elif line[0] == "(" and is_bracketed_caption(line) and not _after_quotation(lines, i):
                    drops[i] = "bracketed caption"
                continue
            caption = caption_after(lines, i, spaced, kind == "alt text", typical)
            if caption is not None and caption == title_index:
                caption = None  # the line the title step took is the title, not a caption
            if caption is not None and _underlined(doc, view.indices[caption]):
                caption = None  # a heading in markdown's underlined style, its "---" taken as markup before
            if caption is not None and hints is not None and hints[view.indices[caption]] != "caption":
                caption = None  # the page's DOM gave the image no caption: the line after it is the article's
            if kind == "alt text" and caption is None:
                continue  # a bare repeat of the title: RepeatedTitleCleaner's job
            drops[i] = kind
            if caption is not None:
                captions.append(caption)
                drops[caption] = "caption"
        for i in _gallery_captions(lines):
            drops.setdefault(i, "gallery caption")
        story = _is_photo_story(lines, drops, captions)
        for i in captions if story else ():
            del drops[i]  # the story is told in its pictures' captions: they are its text
        if self.keep_captions or story:  # captions kept (by the policy, or as the story): without their table pipes
            for i in captions:
                if is_piped(lines[i]):
                    view.edit(i, _PIPES.sub("", lines[i]), self.name, "caption pipes")
        view.label_each({i: (LABEL_OF[kind], kind) for i, kind in drops.items()}, self.name)


def _underlined(doc: Document, index: int) -> bool:
    """Line ``index`` of the document has a heading's underline right under it ("Chiến lược nhân sự là gì?" /
    "---", html2text's h2), whatever step labelled the underline."""
    return index + 1 < len(doc.lines) and is_setext_underline(doc.lines[index + 1])


# A photo story tells its text in its pictures' captions: this many captions or more, holding more words than
# every other line the step leaves (a title, a lead, a byline).
PHOTO_STORY_MIN_CAPTIONS = 4


def _is_photo_story(lines: list[str], drops: dict[int, str], captions: list[int]) -> bool:
    """The captions bound to the images are the article (VnExpress's photo stories: a title, a lead, then
    a paragraph or two under each picture), not notes under its pictures."""
    if len(captions) < PHOTO_STORY_MIN_CAPTIONS:
        return False
    told = sum(word_count(lines[i]) for i in captions)
    rest = sum(word_count(line) for i, line in enumerate(lines) if line and i not in drops)
    return told > rest


# The name of a caption's credit that a scrape put on the next line ("… sau khi bị ôtô tải tông. Ảnh:" /
# "Phạm Linh."): a few words, a name's or an office's length ("Cục Quản lý thị trường Tiền Giang.").
SPLIT_CREDIT_MAX_WORDS = 6
SPLIT_CREDIT_MAX_CHARS = 50


def _split_credit_name(lines: list[str], caption: int) -> int | None:
    """The next line after a caption that ends on its credit label ("Ảnh:", "Video:") with the name gone,
    when it is that name: short, opening with a capital, one phrase ("Nam An.", "NCHMF.", "Laocai.gov.vn").
    Scrapes that keep a page's text nodes one per line cut there, where the name was a link or in italics."""
    following = next((k for k in range(caption + 1, len(lines)) if lines[k]), None)
    if following is None:
        return None
    name = lines[following]
    if len(name) > SPLIT_CREDIT_MAX_CHARS or more_words_than(name, SPLIT_CREDIT_MAX_WORDS):
        return None
    return following if name[:1].isupper() and sentence_count(name) == 1 and "," not in name else None


# A caption printed in brackets between paragraphs is at most this long.
BRACKETED_CAPTION_MAX_WORDS = 30


def _after_quotation(lines: list[str], index: int) -> bool:
    """The line before ``index`` closes a quotation: a bracket after it cites the quoted text's source ("… 1-12-2003”"
    / "(Ngữ văn 12)."), no caption."""
    before = next((lines[k] for k in range(index - 1, -1, -1) if lines[k]), "")
    return before.rstrip().endswith(("”", '"', "»"))


def is_bracketed_caption(line: str) -> bool:
    """ "(Trụ sở chính của G42 Medications Trading LLC).": a whole line in brackets, one phrase opening
    with a capital, not a credit ("(Theo TTXVN)") nor an agency tag, nor a sentence said to the reader
    (:data:`lexicon.CLAUSE_WORDS`) nor the writer's note on the text (:data:`lexicon.NOTE_WORDS`,
    :data:`lexicon.NOTE_OPENERS`): what a page prints under a picture. A bracket opening in lower case
    goes on with the sentence before it, broken off at a link or an italic ("… Journal of Bone Mineral
    Research" / "(tập san hàng đầu thế giới về loãng xương).")."""
    inner = line.rstrip(" .")
    if not (inner.startswith("(") and inner.endswith(")")) or inner.count("(") != 1:
        return False
    inner = inner[1:-1].strip()
    return (
        inner[:1].isupper()
        and not more_words_than(inner, BRACKETED_CAPTION_MAX_WORDS)
        and sentence_count(inner) == 1
        and not is_credit(line)
        and not is_credit(inner)
        and has_letter(inner)
        and _NOT_CAPTION_WORDS.isdisjoint(word.strip(".,;:!?…\"“”'").casefold() for word in inner.split())
        and not inner.casefold().startswith(NOTE_OPENERS)
        # a citation names its source after a dash, or its day: "(Thông điệp …, 1/12/2003 - Cô-phi An-nan)"
        and _AUTHOR_DASH.search(inner) is None
        and not names_day(inner)
    )


_NOT_CAPTION_WORDS = CLAUSE_WORDS | NOTE_WORDS
# What a citation in brackets holds before its author and a picture's caption does not.
_AUTHOR_DASH = re.compile(r"\s[-–]\s")


# A photo gallery's captions repeat one label of a few words before each picture's phrase:
# "Cách làm bong bóng nhồi thịt: Luộc và rửa sạch", "Cách làm bong bóng nhồi thịt: Hấp ...".
GALLERY_MIN_CAPTIONS = 3
GALLERY_LABEL_MIN_WORDS = 3
GALLERY_LABEL_MAX_CHARS = 60
GALLERY_PHRASE_MAX_WORDS = 12


def _gallery_captions(lines: list[str]) -> list[int]:
    """The lines that repeat one label of several words before a short phrase, at least three
    times: the captions of a photo gallery (a field name such as "Địa chỉ:" is one or two words,
    and a list item is the article's)."""
    by_label: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        colon = line.find(": ", 0, GALLERY_LABEL_MAX_CHARS) if ":" in line else -1  # (`in`: a cheap C scan first)
        if colon <= 0 or line.startswith(LIST_MARKS):
            continue
        label, phrase = line[:colon].rstrip(), line[colon + 2 :]  # ("Địa chỉ : …": two words, a space before the colon)
        if label.count(" ") + 1 < GALLERY_LABEL_MIN_WORDS or not phrase or ends_sentence(phrase):
            continue
        if phrase[0].isdigit():
            continue  # a measure, "Nhiệt độ cao nhất: 28-31 độ": a record's field, no picture's words
        if more_words_than(phrase, GALLERY_PHRASE_MAX_WORDS):
            continue
        by_label.setdefault(label, []).append(i)
    return [i for found in by_label.values() if len(found) >= GALLERY_MIN_CAPTIONS for i in found]


def _is_credited_caption(line: str) -> bool:
    """A short line that ends with a photo credit or is labelled a caption."""
    if not (is_caption_label(line) or has_credit_tail(line)):
        return False
    if more_words_than(line, CREDITED_CAPTION_MAX_WORDS):
        return False
    return sentence_count(line) <= CREDITED_CAPTION_MAX_SENTENCES
