"""What an image leaves in scraped text: placeholders, file names, credits, piped captions.

Shared by the image cleaner and by the cleaners that must look past images
(title finding, related listings).
"""

from __future__ import annotations

import re
from statistics import median

from ..lexicon import (
    CAPTION_LABEL,
    CREDIT_LABEL,
    EMPTY_CAPTION,
    IMAGE_BRACKET_MARKER,
    IMAGE_CREDIT,
    IMAGE_URL,
    IMAGE_WORDS,
    VIDEO_LINK_LABELS,
)
from ..lines.credits import CREDIT_TAIL_MAX_CHARS, has_credit_tail
from ..lines.shapes import (
    LIST_MARKS,
    asks,
    ends_sentence,
    is_markdown_heading,
    is_numbered,
    is_paragraph,
    line_key,
    more_words_than,
    sentence_count,
    word_count,
)

# "![alt](src)", optionally inside a table cell: "![]() |".
_MARKDOWN_IMAGE = re.compile(r"^\|?\s*!\[[^\]\n]{0,500}\]\([^()\n]{0,2000}\)\s*\|?$")
_IMAGE_FILE = re.compile(r"^\S{1,200}\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?\S*)?$", re.IGNORECASE)
_FILENAME_SPLIT = re.compile(r"[\s_./-]+")


def is_placeholder(line: str) -> bool:
    return line.startswith(("!", "|!", "| !")) and _MARKDOWN_IMAGE.match(line) is not None


def is_filename_residue(line: str) -> bool:
    """ "1658 hk img 2080 1", "IMG_2080.JPG": what is left of an image's file name."""
    if not line.isascii() or len(line) > 120:
        return False
    if _IMAGE_FILE.match(line):
        return True
    if any(word.istitle() and word.isalpha() for word in line.split()):
        return False  # "Minh Anh - 12/3/2024": a name and a date, not a file name
    tokens = [t for t in _FILENAME_SPLIT.split(line.lower()) if t]
    return 0 < len(tokens) <= 10 and any(t in IMAGE_WORDS for t in tokens) and any(t.isdigit() for t in tokens)


def is_bracket_marker(line: str) -> bool:
    """ "[Ảnh]", "(Hình)", "[Photo]": a scraper's stand-in for an image."""
    return len(line) < 20 and line[:1] in "[(" and IMAGE_BRACKET_MARKER.match(line) is not None


def is_image_url(line: str) -> bool:
    """A bare URL of an image file, left where the image was."""
    return "/" in line[:8] and " " not in line and IMAGE_URL.match(line) is not None


# No file name residue or photo credit is this long, and other markers start with one of these.
SHORT_MARKER_MAX_CHARS = 120
MARKER_FIRST_CHARS = "!|[(h/"


def may_be_marker_or_credit(line: str) -> bool:
    """False when ``line`` (non-empty) can be neither :func:`is_image_marker` nor
    :func:`is_photo_credit`: a long line that starts like none of the markers.
    A cheap gate for loops over every line of a document."""
    return len(line) <= SHORT_MARKER_MAX_CHARS or line[0] in MARKER_FIRST_CHARS


# The alt text a CMS gives every picture of an article, its title and the picture's number ("Kỳ 1: Người gầy dựng …
# - Ảnh 1."), as copies and text crawls keep it where the picture stood.
_NUMBERED_ALT = re.compile(r"\S - Ảnh \d{1,3}\.?$")
NUMBERED_ALT_MAX_CHARS = 300


def is_numbered_alt(line: str) -> bool:
    """A picture's alt text made of the article's title and the picture's number: "<title> - Ảnh 3."."""
    # (its label among the last few characters first: a scan of them, no slice, where most lines stop)
    return (
        len(line) <= NUMBERED_ALT_MAX_CHARS
        and line.find("- Ảnh ", len(line) - 12) >= 0
        and _NUMBERED_ALT.search(line) is not None
    )


def is_image_marker(line: str) -> bool:
    """A line that stands for an image (and may have a caption after it)."""
    first = line[:1]
    if line[-1:] in ".0123456789" and is_numbered_alt(line):
        return True
    if first in "!|":
        return is_placeholder(line)
    if first in "[(":
        return is_bracket_marker(line)
    if first in "h/" and is_image_url(line):
        return True
    return is_filename_residue(line)


# How a line may end (before a full stop) when it ends with a credit, and the last character of each.
_CREDITED_ENDS = (")", "ọa", "oạ", "hình")
_CREDITED_LAST = frozenset(end[-1] for end in _CREDITED_ENDS)


def may_be_credited(line: str) -> bool:
    """False when ``line`` can be neither :func:`has_credit_tail` nor :func:`is_caption_label`.

    A credit tail is "Ảnh: X" (a colon near the end), "(Ảnh ...)" or "Ảnh minh họa" at the
    very end (before a full stop or bracket); a label starts with "C" or "I". A few C-level string
    operations on the line's end, for loops over every line of a document.
    """
    if line[:1] in "CcIi" or (":" in line and line.find(":", -CREDIT_TAIL_MAX_CHARS) >= 0):
        return True
    rest = line.rstrip()  # no copy of a line that ends in no space
    # the last character before a full stop first: most lines end in a word no credit ends with
    last = rest[-1:]
    if last == ".":
        last = rest[-2:-1]
        if last.isspace():
            last = rest[:-1].rstrip()[-1:]
    if last not in _CREDITED_LAST:
        return False
    if rest.endswith(")"):
        return True
    if rest[-1:] == ".":
        rest = rest[:-1].rstrip()
    return rest.endswith(_CREDITED_ENDS)


def is_caption_label(line: str) -> bool:
    """ "Chú thích ảnh: ...": a line that says it is a caption."""
    return line[:1] in "CcIi" and CAPTION_LABEL.match(line) is not None


# A label is at most this long before its colon ("Xem video", "Clip").
VIDEO_LABEL_MAX_CHARS = 12


def video_label(line: str, labels: frozenset[str] = VIDEO_LINK_LABELS) -> bool:
    """``line`` opens with a video's label and its colon ("CLIP: …", "Video: …", "Xem clip: …"), one of ``labels``."""
    cut = line.find(":", 0, VIDEO_LABEL_MAX_CHARS + 1)
    return cut > 0 and line_key(line[:cut]) in labels


def is_photo_credit(line: str) -> bool:
    """ "Ảnh: TTXVN", "(Ảnh minh họa)", and an editor's empty caption, "Chú thích ảnh" alone; not "Ảnh hưởng của ..."
    nor the marker "[Ảnh]"."""
    if len(line) >= 100:
        return False
    if line[:1] in "Cc" and EMPTY_CAPTION.match(line) is not None:
        return True
    if video_label(line) and more_words_than(line, VIDEO_CREDIT_MAX_WORDS):
        return False  # "CLIP: Ca sĩ … từ khi nào, với ai?": a video's caption or title, no credit's name
    return (IMAGE_CREDIT.match(line) is not None and not is_bracket_marker(line)) or (
        # a few words after the label, no sentence: "Bản quyền hình ảnh đang bị xâm phạm …" is the text's
        line[:1] in "IiBb"
        and CREDIT_LABEL.match(line) is not None
        and not ends_sentence(line)
        and not more_words_than(line, LABELLED_CREDIT_MAX_WORDS)
    )


# "Video: Hoàng Anh", "Clip: VTV": a video's credit names its maker in a few words after the label.
VIDEO_CREDIT_MAX_WORDS = 5


# "Image copyright Facebook Trinh Ba Phuong": the label's words and a source's few.
LABELLED_CREDIT_MAX_WORDS = 9


def is_piped(line: str) -> bool:
    """Table-cell residue around a caption: "| caption |", "caption |"."""
    return line.startswith("| ") or line.endswith(" |") or line == "|"


# How long a caption without table pipes may be, in blank-line-separated text.
CAPTION_MAX_WORDS = 60
# In run-on text every line follows another, so a caption must look like one:
# at most this many words and sentences, and clearly shorter than the
# document's own paragraphs (a fraction of their median length) unless it
# does not end like a sentence.
RUN_ON_CAPTION_MAX_WORDS = 22
RUN_ON_CAPTION_MAX_SENTENCES = 2
RUN_ON_CAPTION_SHARE_OF_MEDIAN = 0.5


def heads_what_follows(line: str) -> bool:
    """A line under a picture that is no caption of it: a sentence or a list that goes on under it ("Kính gửi Quý
    phụ huynh, …,", "Trên sàn HNX:" over the next chart), or a heading in bold, marked as one or numbered, as a
    markdown dump prints them ("**Tài trợ 35% học phí …**", "### Bão số 20 hiện đang ở đâu?", "3. Sneaker màu
    metallic"; a caption is set in italics, or plain), or an item of a list (a guide's step under its screenshot,
    "* Ấn **Thêm dòng** …")."""
    return (
        line.endswith((",", ":"))
        or (line.startswith("**") and line.endswith("**"))
        or is_markdown_heading(line)
        or is_numbered(line)
        or line.startswith(LIST_MARKS)
    )


def caption_after(
    lines: list[str], marker: int, spaced: bool, title_copy: bool = False, typical: list[float] | None = None
) -> int | None:
    """The index of the caption bound to the image marker at ``marker``, if any.

    The one caption recognizer: the image step drops what it returns and the title finder looks
    past it, so the two never disagree on a line under an image. ``typical`` caches the median
    paragraph length between calls on one document.
    """
    if typical is None:
        typical = []
    following = marker + 1
    parted = False  # a blank line between the image and the line
    while following < len(lines) and (not lines[following] or is_photo_credit(lines[following])):
        parted = parted or not lines[following]
        following += 1
    if following >= len(lines):
        return None
    line = lines[following]
    if is_image_marker(line):
        return None
    if is_piped(line):
        return following
    if asks(line):
        return None  # an interview's question under a picture: the article's
    if heads_what_follows(line):
        return None
    if title_copy and (parted or not spaced):
        return None  # baomoi: title, sapo, title again, then the body's first sentence
    if spaced and not parted:
        fits = not more_words_than(line, CAPTION_MAX_WORDS) and sentence_count(line) <= 2
        return following if fits else None
    # run-on text, or a blank line between: only a caption-shaped line
    return following if _run_on_caption(lines, following, typical) else None


def _run_on_caption(lines: list[str], index: int, typical: list[float]) -> bool:
    """Whether the line after an image in run-on text is its caption, not body text.

    Short, one or two sentences, followed by a body paragraph or another
    image, and either not ending like a sentence or clearly shorter than
    the document's paragraphs. A body paragraph after an image stays, and so
    does a short last paragraph before the byline.
    """
    line = lines[index]
    if is_caption_label(line) or has_credit_tail(line):
        return True
    if more_words_than(line, RUN_ON_CAPTION_MAX_WORDS) or sentence_count(line) > RUN_ON_CAPTION_MAX_SENTENCES:
        return False
    words = word_count(line)  # a short line now
    following = next((lines[j] for j in range(index + 1, len(lines)) if lines[j]), None)  # (no slice: linear)
    if following is None or not (is_paragraph(following) or is_image_marker(following) or is_photo_credit(following)):
        return False  # the body does not resume after it: a short closing paragraph, not a caption
    if not is_paragraph(line):
        return True  # a phrase without a sentence's shape under a picture
    if not typical:
        lengths = [other.count(" ") + 1 for other in lines if is_paragraph(other)]  # no split of huge lines
        typical.append(median(lengths) if lengths else 0.0)
    return words <= typical[0] * RUN_ON_CAPTION_SHARE_OF_MEDIAN
