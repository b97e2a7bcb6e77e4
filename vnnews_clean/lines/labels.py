"""What a line is: the label vocabulary, and the policy that turns labels into text.

Every line of a document gets exactly one label, with the step that gave it and
a reason. Labelling never removes anything; the :class:`Policy` decides at the
end which labels stay in the text. So ``keep_captions`` and ``keep_byline`` are
entries of the policy, not of the steps, and ``CleanResult.labels`` explains
every kept line as well as every dropped one.

A label is *strong* or *weak*: a weak label (its name ends in ``?``, such as
``caption?``) marks a line a step takes for furniture on shape alone, without a
marker or a listing around it. The default policy favours recall and keeps weak
lines; ``favor="precision"`` drops them too (trafilatura's switch).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Article text: always kept.
ARTICLE_LABELS: dict[str, str] = {
    "title": "the article's title",
    "lead": "the first paragraph (sapo)",
    "body": "a paragraph of the article",
    "subheading": "a heading inside the article, followed by its text",
    "list_item": "an item of a list in the article ('- …', '• …', '1. …', 'Địa chỉ: …'), a row of its table",
}
# Furniture the user may ask to keep.
OPTIONAL_LABELS: dict[str, str] = {
    "caption": "the caption of an image (kept with keep_captions=True)",
    "byline": "who wrote the article, moved into metadata (kept with keep_byline=True)",
    "credit": "the source the article is taken from ('Theo TTXVN'), moved into metadata (kept with keep_byline=True)",
}
# Furniture: always dropped.
FURNITURE_LABELS: dict[str, str] = {
    "image": "an image placeholder, file name or image URL; a video player's controls",
    "photo_credit": "a photo credit ('Ảnh: TTXVN')",
    "dateline": "a line that is only a date or time",
    "menu": "site navigation: a menu, a section label, a kicker above the title",
    "breadcrumb": "a breadcrumb trail ('Trang chủ > Thời sự')",
    "share": "share and save buttons",
    "tags": "a tag line ('Tags: …')",
    "ui": "a control or message of the page ('A A', 'Bình luận (3)', 'Bình chọn')",
    "footer": "the site's footer: copyright, licence, contact lines",
    "related_heading": "the heading of a related-news block ('Tin liên quan')",
    "related_item": "an item of a related-news listing (a title, its date or thumbnail)",
    "teaser": "the teaser of another article in a listing",
    "inline_link": "a link to another article inside the text ('Xem thêm: …', '>> …')",
    "comment": "a reader's comment or its author",
    "promo": "an advertisement or promotion of the site ('Tải ứng dụng …')",
    "notice": "the site's notice under its articles (rights, comment rules)",
    "markup": "HTML or code residue",
    "title_copy": "a copy of the title",
    "repeat": "a paragraph printed twice",
    "boilerplate": "a line learnt as the furniture of its site",
    "furniture": "a short line after the article that is neither text nor a credit",
    "dropped": "a line a user's function removed",
    "field": "a field of a crawler's record that is not article text: its link, category, time or tags",
    "blank": "an empty line",
}
LABELS: dict[str, str] = {**ARTICLE_LABELS, **OPTIONAL_LABELS, **FURNITURE_LABELS}

WEAK = "?"


def is_weak(label: str) -> bool:
    """A label given on shape alone, without a marker or listing around it: ``caption?``."""
    return label.endswith(WEAK)


def base(label: str) -> str:
    """The label without its weak mark: ``caption`` for ``caption?``."""
    return label[:-1] if label.endswith(WEAK) else label


def check_label(label: str) -> str:
    if base(label) not in LABELS:
        raise ValueError(f"unknown label {label!r}; labels: {', '.join(LABELS)}")
    return label


Favor = Literal["recall", "precision"]


@dataclass(frozen=True)
class Policy:
    """Which labels stay in the text.

    - ``keep_captions``: keep image captions;
    - ``keep_byline``: keep byline and credit lines (their metadata is read either way);
    - ``favor``: "recall" (default) keeps lines with a weak furniture label (never lose
      article text); "precision" drops them too.
    """

    keep_captions: bool = False
    keep_byline: bool = False
    favor: Favor = "recall"

    def __post_init__(self) -> None:
        if self.favor not in ("recall", "precision"):
            raise ValueError(f"favor must be 'recall' or 'precision', not {self.favor!r}")

    @classmethod
    def of_steps(cls, steps: Iterable[object]) -> Policy:
        """The policy a list of steps asks for with its own options (``ImageCleaner(keep_captions=True)``)."""
        return cls(
            keep_captions=any(getattr(step, "keep_captions", False) for step in steps),
            keep_byline=any(getattr(step, "keep_byline", False) for step in steps),
        )

    def keeps(self, label: str) -> bool:
        """Whether a line with ``label`` is part of the clean text."""
        if label.endswith(WEAK):
            if self.favor == "recall":
                return True
            label = label[:-1]
        if label in ARTICLE_LABELS:
            return True
        if label == "caption":
            return self.keep_captions
        if label in ("byline", "credit"):
            return self.keep_byline
        return False
