"""What an image leaves in scraped text: placeholders, file names, credits, piped captions.

Shared by the image cleaner and by the cleaners that must look past images
(title finding, related listings).
"""

from __future__ import annotations

import re

from ..lexicon import IMAGE_CREDIT, IMAGE_WORDS

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
    tokens = [t for t in _FILENAME_SPLIT.split(line.lower()) if t]
    return 0 < len(tokens) <= 10 and any(t in IMAGE_WORDS for t in tokens) and any(t.isdigit() for t in tokens)


def is_image_marker(line: str) -> bool:
    """A line that stands for an image (and may have a caption after it)."""
    return is_placeholder(line) or is_filename_residue(line)


def is_photo_credit(line: str) -> bool:
    """ "Ảnh: TTXVN", "(Ảnh minh họa)"; not "Ảnh hưởng của ..."."""
    return len(line) < 100 and IMAGE_CREDIT.match(line) is not None


def is_piped(line: str) -> bool:
    """Table-cell residue around a caption: "| caption |", "caption |"."""
    return line.startswith("| ") or line.endswith(" |") or line == "|"
