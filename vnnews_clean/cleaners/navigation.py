"""Navigation and footers: menus, breadcrumbs, share bars, tags, comment prompts, copyright."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicon import FOOTER_PREFIXES, NAVIGATION_LINES, SHARE_TOKENS, SHARE_UNAMBIGUOUS, TAG_LABELS
from ..shapes import ends_sentence, line_key, more_words_than, short_key, word_count
from .base import Cleaner

_SEPARATORS = ">»›/|"
_CRUMB_SEPARATOR = re.compile(r"\s+[>»›/|]\s+|\s*[»›]\s*")
_COMMENT_COUNT = re.compile(r"^(?:\d+\s+(?:bình luận|ý kiến|lượt xem)|(?:bình luận|ý kiến)\s*\(\d+\))$", re.IGNORECASE)
CRUMB_PART_MAX_WORDS = 5
TAG_LIST_MAX_WORDS = 40
FOOTER_MAX_WORDS = 40


def is_breadcrumb(line: str) -> bool:
    """ "Trang chủ > Thời sự > Xã hội": three or more short parts, or two after "Trang chủ"."""
    if len(line) > 200 or not any(separator in line for separator in _SEPARATORS):
        return False
    parts = [p for p in _CRUMB_SEPARATOR.split(line) if p]
    if len(parts) < 2 or any(word_count(p) > CRUMB_PART_MAX_WORDS or ends_sentence(p) for p in parts):
        return False
    return len(parts) >= 3 or line_key(parts[0]) in ("trang chủ", "home")


def is_share_bar(line: str) -> bool:
    if len(line) > 120:
        return False
    tokens = line.casefold().split()
    return (
        0 < len(tokens) <= 12 and all(t in SHARE_TOKENS for t in tokens) and any(t in SHARE_UNAMBIGUOUS for t in tokens)
    )


def is_tag_list(line: str) -> bool:
    """ "Tags: bầu cử, Quốc hội": a label, a colon, a list of short phrases."""
    label, colon, rest = line.partition(":")
    if not colon or len(label) > 12 or line_key(label) not in TAG_LABELS:
        return False
    return not more_words_than(rest, TAG_LIST_MAX_WORDS) and not ends_sentence(rest.strip())


def is_footer(line: str) -> bool:
    """ "© 2024 Báo X", "Giấy phép số ...": a footer prefix on a line that is not a sentence.

    "Bản quyền tác giả đang bị xâm phạm." is body text and stays.
    """
    folded = line[:20].casefold()
    if not folded.startswith(FOOTER_PREFIXES) or more_words_than(line, FOOTER_MAX_WORDS):
        return False
    return folded.startswith(("©", "(c) ", "copyright")) or not ends_sentence(line)


# No navigation line is longer; paragraphs skip every check below.
NAVIGATION_MAX_CHARS = 300


def navigation_kind(line: str) -> str | None:
    """Which kind of navigation ``line`` is, or None for anything else."""
    if len(line) > NAVIGATION_MAX_CHARS:
        return None
    if short_key(line) in NAVIGATION_LINES:
        return "menu"
    if is_share_bar(line):
        return "share bar"
    if _COMMENT_COUNT.match(line):
        return "comment prompt"
    if is_breadcrumb(line):
        return "breadcrumb"
    if is_tag_list(line):
        return "tags"
    if is_footer(line):
        return "footer"
    return None


class NavigationCleaner(Cleaner):
    """Drops whole lines of site furniture. Lines are judged whole: a sentence
    that starts with "Chia sẻ" or "Bình luận" is not a menu item."""

    name = "navigation"

    def apply(self, doc: Document) -> None:
        drops = {}
        for i, line in enumerate(doc.lines):
            if line:
                kind = navigation_kind(line)
                if kind is not None:
                    drops[i] = kind
        doc.drop_each(drops, self.name)
