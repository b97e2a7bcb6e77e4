"""Per-document quality signals for Vietnamese training data.

Every signal is a count or a share computed in a few C-level passes (regex
scans, ``bytes.translate``, ``str.split``, set and Counter building): no Python
loop runs per character, and per token only dictionary look-ups run, so the
whole set costs about as much as reading the text a dozen times.

Definitions (all shares are 0.0 when their denominator is 0):

- ``characters``: ``len(text)``;
- ``syllables``: whitespace tokens holding a letter (what FineWeb counts as
  words, which for Vietnamese are syllables);
- ``paragraphs``: non-blank lines (the library writes one paragraph per line);
- ``vietnamese_syllable_share``: share of those tokens that, stripped of
  punctuation at both ends, are one well-formed Vietnamese syllable
  (:func:`vnnews_clean.structure.is_syllable`);
- ``diacritic_share``: Vietnamese letters with a diacritic (ă â ê ô ơ ư đ or a
  tone mark) among all letters;
- ``digit_share``, ``punctuation_share``: among all characters;
  ``uppercase_share``: upper-case letters among letters;
- Gopher repetition: duplicate lines (non-blank, stripped) and paragraphs
  (blocks between blank lines): the share of elements that repeat an earlier
  one, and the share of characters in those repeats; ``top_2gram_char_fraction``
  etc.: characters covered by the most frequent n-gram of lower-cased tokens
  (times its count) over all characters, 0 when no n-gram occurs twice;
- ``sentence_end_share``: non-blank lines ending in sentence punctuation;
- ``boilerplate_share``: with a ``CleanResult``, characters its rules removed
  over those plus the clean text's (None without one);
- ``encoding_issues``: sorted names from :func:`vnnews_clean.detect_encoding_issues`;
- ``urls``, ``emails``, ``phones``: counts, by the patterns :func:`mask_pii` uses.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from itertools import compress, filterfalse
from typing import TYPE_CHECKING, Any

from .._validate import require_str
from ..normalize import detect_encoding_issues
from ..normalize.syllable import place_tone
from ..shapes import ends_sentence
from ..structure import is_syllable
from . import patterns as P

if TYPE_CHECKING:
    from ..pipeline import CleanResult

# Rules whose edits change spelling, not content: their edits are not boilerplate.
NOT_BOILERPLATE_RULES = frozenset({"normalize", "whitespace"})

# What is known of each lower-cased whitespace token seen so far (sets, so that
# a document's tokens are judged with C-level set operations, never one by one
# in Python once the vocabulary is known). Cleared when it grows too large.
_KNOWN: set[str] = set()
_NO_LETTER: set[str] = set()  # "2024", "-", "..."
_SYLLABLE: set[str] = set()  # one well-formed Vietnamese syllable, perhaps in punctuation
_MISPLACED: set[str] = set()  # holds a tone mark that neither tone style allows ("baỏ")
_CACHE_MAX = 1 << 18


def _learn(tokens: set[str]) -> None:
    """Judge tokens not seen before (Python work per new token only)."""
    for token in tokens:
        runs = P.LETTER_RUN.findall(token)
        if not runs:
            _NO_LETTER.add(token)
        elif len(runs) == 1 and runs[0] == token.strip(P.TOKEN_STRIP) and is_syllable(runs[0]):
            _SYLLABLE.add(token)
        if any(place_tone(w, "old") != w and place_tone(w, "new") != w for w in runs):
            _MISPLACED.add(token)
    _KNOWN.update(tokens)


def _encoding_issues(text: str, misplaced: bool) -> tuple[str, ...]:
    """``detect_encoding_issues(text)``, sorted; skipped when only misplaced tones are possible.

    Text made only of characters no repair touches and no legacy encoding or
    mojibake explains (printable ASCII but "&", Vietnamese letters, common
    typographic punctuation) can only have misplaced tones, which the token
    sets already tell. A property test holds the two equal.
    """
    if P.NEEDS_ENCODING_CHECK.search(text) is None:
        return ("misplaced_tones",) if misplaced else ()
    return tuple(sorted(detect_encoding_issues(text)))


@dataclass(frozen=True)
class QualitySignals:
    """What :func:`quality_signals` measured on one document (JSON-ready via :meth:`to_dict`)."""

    characters: int
    syllables: int
    paragraphs: int
    mean_syllables_per_paragraph: float
    vietnamese_syllable_share: float
    diacritic_share: float
    digit_share: float
    uppercase_share: float
    punctuation_share: float
    duplicate_line_fraction: float
    duplicate_line_char_fraction: float
    duplicate_paragraph_fraction: float
    duplicate_paragraph_char_fraction: float
    top_2gram_char_fraction: float
    top_3gram_char_fraction: float
    top_4gram_char_fraction: float
    sentence_end_share: float
    boilerplate_share: float | None
    encoding_issues: tuple[str, ...]
    urls: int
    emails: int
    phones: int

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (lists for tuples), for JSON lines and data frames."""
        out = asdict(self)
        out["encoding_issues"] = list(self.encoding_issues)
        return out


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _duplicates(elements: list[str], characters: int) -> tuple[float, float]:
    """Gopher's duplicate fractions: repeated elements, and characters in repeats."""
    if not elements:
        return 0.0, 0.0
    unique = set(elements)
    repeated = len(elements) - len(unique)
    if not repeated:
        return 0.0, 0.0
    repeated_chars = sum(map(len, elements)) - sum(map(len, unique))
    return repeated / len(elements), _share(repeated_chars, characters)


def _top_ngram_fractions(tokens: list[str], counts: Counter[str], characters: int) -> tuple[float, float, float]:
    """Characters of the most frequent 2-, 3- and 4-gram times its count, over ``characters``.

    An n-gram is the tuple of its tokens (``zip`` builds them in C; a tuple of
    strings hashes from the strings' cached hashes), and it covers its tokens'
    characters plus the n-1 spaces between them. Counters keep first-seen
    order, so a tie goes to the n-gram seen first.
    """
    if len(tokens) < 2 or len(counts) == len(tokens):  # no token repeats, so no n-gram does
        return 0.0, 0.0, 0.0
    fractions = [0.0, 0.0, 0.0]
    for size in (2, 3, 4):
        gram_counts = Counter(zip(*(tokens[start:] for start in range(size)), strict=False))
        top = max(gram_counts.values(), default=0)
        if top < 2:  # no n-gram of this size repeats, so no longer one does either
            break
        gram = next(compress(gram_counts, map(top.__eq__, gram_counts.values())))
        fractions[size - 2] = _share((sum(map(len, gram)) + size - 1) * top, characters)
    return fractions[0], fractions[1], fractions[2]


def _character_counts(text: str) -> tuple[int, int, int, int, int]:
    """(letters, Vietnamese letters with a diacritic, digits, upper-case letters, punctuation)."""
    ascii_bytes = text.encode("utf-8").translate(None, P.NON_ASCII_BYTES)
    n_ascii = len(ascii_bytes)
    ascii_letters = n_ascii - len(ascii_bytes.translate(None, P.ASCII_LETTERS))
    ascii_upper = n_ascii - len(ascii_bytes.translate(None, P.ASCII_UPPER))
    ascii_digits = n_ascii - len(ascii_bytes.translate(None, P.ASCII_DIGITS))
    ascii_punct = n_ascii - len(ascii_bytes.translate(None, P.ASCII_PUNCT))
    rare = "".join(P.RARE_RUN.findall(text))
    common = len(text) - n_ascii - len(rare)  # lower-case Vietnamese letters outside ASCII
    if not rare:
        return ascii_letters + common, common, ascii_digits, ascii_upper, ascii_punct
    letters = ascii_letters + common + sum(map(len, P.LETTER_RUN.findall(rare)))
    diacritic = common + sum(map(len, P.VN_UPPER_RUN.findall(rare)))
    digits = ascii_digits + sum(map(len, P.DIGIT_RUN.findall(rare)))
    upper = ascii_upper + sum(map(len, P.UPPER_RUN.findall(rare)))
    punct = ascii_punct + sum(map(len, P.PUNCT_RUN.findall(rare)))
    return letters, diacritic, digits, upper, punct


def _pii_counts(text: str, lowered: str) -> tuple[int, int, int]:
    kinds = P.may_hold(text, lowered)
    if kinds == ("phone",):
        return 0, 0, len(P.SINGLE["phone"].findall(text))
    counts = Counter(match.lastgroup for match in P.COMBINED[kinds].finditer(text))
    return counts["url"], counts["email"], counts["phone"]


def _boilerplate_share(result: CleanResult) -> float:
    removed = 0
    for removal in result.removed:
        if removal.rule in NOT_BOILERPLATE_RULES:
            continue
        removed += len(removal.text) - len(removal.kept) if removal.kept is not None else len(removal.text)
    removed = max(removed, 0)
    return _share(removed, removed + len(result.text))


def quality_signals(text: str, result: CleanResult | None = None) -> QualitySignals:
    """Measure ``text`` (usually clean text) for keep/drop decisions; ``result`` adds the boilerplate share.

    >>> s = quality_signals("Hôm nay trời đẹp.\\nHôm nay trời đẹp.")
    >>> s.syllables, s.paragraphs, s.vietnamese_syllable_share, s.duplicate_line_fraction
    (8, 2, 1.0, 0.5)
    """
    require_str(text, "text")
    characters = len(text)
    lines = [line for line in map(str.strip, text.splitlines()) if line]
    blocks = [block for block in map(str.strip, P.PARAGRAPH_BREAK.split(text)) if block]
    lowered = text.lower()
    tokens = lowered.split()
    counts = Counter(tokens)
    if len(_KNOWN) > _CACHE_MAX:  # emptied before this document is read: all its tokens are then learnt
        for known in (_KNOWN, _NO_LETTER, _SYLLABLE, _MISPLACED):
            known.clear()
    # set.intersection and filterfalse iterate the document's vocabulary, never the (large) known sets
    new = set(filterfalse(_KNOWN.__contains__, counts))
    if new:
        _learn(new)
    words = len(tokens) - sum(map(counts.__getitem__, _NO_LETTER.intersection(counts)))
    syllables = sum(map(counts.__getitem__, _SYLLABLE.intersection(counts)))
    misplaced = not _MISPLACED.isdisjoint(counts)
    top2, top3, top4 = _top_ngram_fractions(tokens, counts, characters)
    letters, diacritic, digits, upper, punct = _character_counts(text)
    dup_lines, dup_line_chars = _duplicates(lines, characters)
    dup_blocks, dup_block_chars = _duplicates(blocks, characters)
    urls, emails, phones = _pii_counts(text, lowered)
    return QualitySignals(
        characters=characters,
        syllables=words,
        paragraphs=len(lines),
        mean_syllables_per_paragraph=_share(words, len(lines)),
        vietnamese_syllable_share=_share(syllables, words),
        diacritic_share=_share(diacritic, letters),
        digit_share=_share(digits, characters),
        uppercase_share=_share(upper, letters),
        punctuation_share=_share(punct, characters),
        duplicate_line_fraction=dup_lines,
        duplicate_line_char_fraction=dup_line_chars,
        duplicate_paragraph_fraction=dup_blocks,
        duplicate_paragraph_char_fraction=dup_block_chars,
        top_2gram_char_fraction=top2,
        top_3gram_char_fraction=top3,
        top_4gram_char_fraction=top4,
        sentence_end_share=_share(sum(map(ends_sentence, lines)), len(lines)),
        boilerplate_share=None if result is None else _boilerplate_share(result),
        encoding_issues=_encoding_issues(text, misplaced),
        urls=urls,
        emails=emails,
        phones=phones,
    )
