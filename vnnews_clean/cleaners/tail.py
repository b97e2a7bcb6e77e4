"""What a page prints after the article: short furniture lines in the tail zone."""

from __future__ import annotations

from ..document import Document
from ..lexicon import TAIL_PROMPTS
from ..shapes import is_closing_credit
from ..structure import LineFeatures, Structure, structure_of
from .base import Cleaner

# Longer lines after the article are left alone, whatever their shape.
TAIL_ITEM_MAX_WORDS = 20
# A sentence this long ending in ".", "!", "?" is text, even after the article.
SENTENCE_MIN_WORDS = 4


def tail_kind(line: str, features: LineFeatures) -> str | None:
    """Why ``line`` (after the last body paragraph) is furniture, or None to keep it."""
    if features.footer:
        return "footer"
    if features.prose:
        return None
    if features.words > TAIL_ITEM_MAX_WORDS or is_closing_credit(line):
        return None
    if features.sentence_end and features.words >= SENTENCE_MIN_WORDS and not line.endswith(("...", "…")):
        return None
    return "furniture"


# A line this short that is not a sentence or a name is furniture ("Gửi góp ý",
# "Lưu", "Đọc nhiều"): article text does not end on one.
ANCHOR_MAX_WORDS = 4


def is_tail_anchor(line: str, features: LineFeatures) -> bool:
    """A line that shows the article is over: a byline or credit, a footer or
    contact line, a date, a follow-us prompt, or a very short line that is not a sentence."""
    if features.date or features.footer or is_closing_credit(line) or TAIL_PROMPTS.match(line):
        return True
    return features.words <= ANCHOR_MAX_WORDS and not features.sentence_end and not features.prose


class TailCleaner(Cleaner):
    """Drops the short non-prose lines after the article's last body paragraph.

    The tail is found by structure (see :mod:`vnnews_clean.structure`), not by
    wording: menus, "Gửi góp ý", contact lines, most-read lists, tag lines and
    headlines of other articles all are short lines that do not read as
    sentences, after the body; and footer lines (copyright, licence, contact
    labels from the lexicon) even when they are sentences. It starts at the
    first line that shows the article is over (:func:`is_tail_anchor`): lines
    right after the last paragraph, before any such sign, may still be the
    article's own (a closing list, a short last line) and stay. Kept too:
    every other prose line, every sentence, longer lines, and bylines and
    credits (for the byline step). A document without a prose paragraph has
    no tail.
    """

    name = "tail"

    def apply(self, doc: Document) -> None:
        structure = structure_of(doc)
        if structure.body_end is None:
            return
        drops: dict[int, str] = {}
        tail: list[int] = []  # content lines from the first anchor on
        for i in range(structure.body_end + 1, len(doc.lines)):
            features = structure.features[i]
            if features is None:
                continue
            line = doc.lines[i]
            if tail or is_tail_anchor(line, features):
                tail.append(i)
                kind = tail_kind(line, features)
                if kind is not None:
                    drops[i] = kind
        # cards are read with the reply links between them, then again among the
        # lines that stay until nothing changes, as a second run would read them
        seen = self._comments(structure, tail, drops, False)
        for _ in range(COMMENT_PASSES):
            if not self._comments(structure, [i for i in tail if i not in drops], drops, seen):
                break
            seen = True
        self._teasers(structure, tail, drops)
        doc.drop_each(drops, self.name)

    @staticmethod
    def _teasers(structure: Structure, tail: list[int], drops: dict[int, str]) -> None:
        """Teasers of other articles in a listing after the article: one or two
        sentences that stand between lines already found to be furniture.

        Article text does not come in ones and twos between headlines of a
        listing; a sentence right after the byline, or with nothing after it,
        stays (its neighbour is not furniture).
        """
        features = structure.features
        k = 0
        while k < len(tail):
            if tail[k] in drops:
                k += 1
                continue
            end = k
            while end < len(tail) and tail[end] not in drops:
                end += 1
            run = tail[k:end]
            if (
                k > 0
                and end < len(tail)
                and len(run) <= TEASER_RUN_MAX_LINES
                and drops[tail[k - 1]] in _LISTING_KINDS
                and drops[tail[end]] in _LISTING_KINDS
                and all(_is_teaser(structure.lines[i], features[i]) for i in run)
            ):
                for i in run:
                    drops[i] = "teaser"
            k = end

    @staticmethod
    def _comments(structure: Structure, tail: list[int], drops: dict[int, str], seen: bool) -> bool:
        """Reader comments after the article: a name, what they wrote, then the
        next reader's name (or a date) among the lines that stay.

        Only this whole card shape takes a sentence in the tail; a last
        sentence after the byline with nothing after it stays. Returns whether
        it found a comment not found before; ``seen``: an earlier reading found cards
        (then the last card needs nothing after it).
        """
        features = structure.features
        found = new = False
        for k in range(1, len(tail)):
            author, text = tail[k - 1], tail[k]
            said = features[text]
            assert said is not None
            if said.words > COMMENT_MAX_WORDS or text in drops or not _is_commenter(features[author]):
                continue
            if k + 1 < len(tail):
                action = tail[k + 1]
                after = features[action]
                assert after is not None
                if not (after.date or _is_commenter(after)):
                    continue  # (the reply link or the next name stays for the next card)
            elif not (found or seen):
                continue  # the last card may have lost its date to the navigation step
            new = new or author not in drops
            drops[author] = "comment author"
            drops[text] = "comment"
            found = new = True
        return new


# Readings of the comment cards after the first (each only when the one before changed something).
COMMENT_PASSES = 4
# A reader's comment is a few sentences at most.
COMMENT_MAX_WORDS = 60
COMMENTER_MAX_WORDS = 5


def _is_commenter(features: LineFeatures | None) -> bool:
    """A short line that is not a sentence: a reader's name or handle ("an.nguyen",
    "Bạn đọc"), or the reply link and likes under a comment. A footer line ("Hotline: ...")
    is the site's, never a commenter: the line before it is no comment."""
    return (
        features is not None
        and features.words <= COMMENTER_MAX_WORDS
        and not features.sentence_end
        and not features.footer
    )


# Teasers that may stand together between two listed items.
TEASER_RUN_MAX_LINES = 2
TEASER_MAX_WORDS = 80
# What may stand on each side of a teaser: listed headlines and furniture (not a comment card).
_LISTING_KINDS = frozenset({"furniture", "footer"})


def _is_teaser(line: str, features: LineFeatures | None) -> bool:
    """A sentence-shaped line a listing may print under a title (not a credit)."""
    return features is not None and features.words <= TEASER_MAX_WORDS and not is_closing_credit(line)
