"""Per-document quality signals for Vietnamese training data.

Every signal is a count or a share computed in a few C-level passes (regex
scans, ``bytes.translate``, ``str.split``, set and Counter building): no Python
loop runs per character, and per token only dictionary look-ups run, so the
whole set costs about as much as reading the text a dozen times.

The token and character passes have a C twin (``_counts.c``, built with the
package when a compiler is at hand; see ``vnnews_clean._native``): one pass
splits, lower-cases and counts the tokens and their 2/3/4-grams without a str
per token, another counts the character classes by a table built from
``patterns.py``. It returns integers that this module divides as the Python
code does, so every signal is the same, bit for bit, on either path (tests and
``benchmarks/check_signals.py`` compare them); with it ``quality_signals`` runs
about five times faster (4.6x to 5.4x in interleaved runs on baomoi-500).

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
- ``duplicate_sentence_char_fraction``: characters in sentence units (the text
  split at ". " and line ends) that repeat an earlier one, over all
  characters: an article printed several times on one line has no repeated line;
- ``sentence_end_share``: sentence units that end in sentence punctuation: the
  non-blank lines that do, plus the sentence breaks inside lines, over the lines
  plus those breaks (a one-line article of 20 sentences scores 19/20 or 1, a
  list of headlines 0);
- ``boilerplate_share``: with a ``CleanResult``, characters its rules removed
  over those plus the clean text's (None without one);
- ``encoding_issues``: sorted names from :func:`vnnews_clean.detect_encoding_issues`;
- ``unrepaired_lines``: lines that still look broken after normalize's repairs
  (:func:`vnnews_clean.normalization.still_broken`, counted on ``normalize(text)``,
  which is the text itself when it is clean text): more than 0 exactly when
  ``encoding_issues`` names ``unrepaired``;
- ``urls``, ``emails``, ``phones``: counts, by the patterns :func:`mask_pii` uses;
- ``language``, ``language_score``: only with ``language=True`` (else None): the
  ISO 639-1 code py3langid gives the text and its probability (0 to 1), by the
  model bundled in its wheel (the ``language`` extra; without it both are None,
  with one warning); None also for a text without a letter, where it has no
  evidence. See :mod:`vnnews_clean.quality.language`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from itertools import compress, filterfalse
from operator import attrgetter
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._native import load
from .._validate import require_str
from ..lines.features import is_syllable
from ..lines.shapes import ends_sentence, inline_sentence_breaks
from ..normalization import broken_lines, detect_encoding_issues, normalize, wants_repair
from ..normalization.syllable import place_tone
from . import patterns as P

if TYPE_CHECKING:
    from ..document import CleanResult

# Rules whose edits change spelling, not content: their edits are not boilerplate.
NOT_BOILERPLATE_RULES = frozenset({"normalize", "whitespace"})

# What is known of each lower-cased whitespace token seen so far. Most tokens of
# Vietnamese prose are plain syllables: a document's tokens are checked against
# that set in one C-level pass (``filterfalse``), and only the others (numbers,
# words in Latin script, symbols, new tokens) are looked at one by one. Both are
# emptied when they grow too large.
_PLAIN: set[str] = set()  # one well-formed Vietnamese syllable, perhaps in punctuation, tone marks in place
_ODD: dict[str, int] = {}  # any other token seen -> the flags below
NO_LETTER = 1  # "2024", "-", "..."
NOT_SYLLABLE = 2  # has a letter, but is no well-formed Vietnamese syllable ("covid-19", "the")
MISPLACED = 4  # holds a tone mark that neither tone style allows ("baỏ")
_CACHE_MAX = 1 << 18

# The C twin of the counting passes (``_counts.c``), or None: then the Python code below runs.
_NATIVE = load("quality")
_TABLES: ModuleType | None = None  # its tables (tables.py), built when first needed


def _tables() -> ModuleType:
    """The twin's tables, built and handed to it (``configure``) on first use (some 30 ms), so that importing
    the package does not wait for them."""
    global _TABLES
    if _TABLES is None:
        from . import tables

        assert _NATIVE is not None  # called only when the twin is built
        _NATIVE.configure(tables.LOWER, tables.CLASSES)
        _TABLES = tables
    return _TABLES


def _judge(token: str) -> int:
    """The flags of a lower-cased token (a pure function: the caches only remember it)."""
    runs = P.LETTER_RUN.findall(token)
    flags = 0
    if not runs:
        flags = NO_LETTER
    elif not (len(runs) == 1 and runs[0] == token.strip(P.TOKEN_STRIP) and is_syllable(runs[0])):
        flags = NOT_SYLLABLE
    if any(place_tone(w, "old") != w and place_tone(w, "new") != w for w in runs):
        flags |= MISPLACED
    return flags


def _learn(token: str) -> int:
    """Judge a token not seen before (Python work per new token only); its flags."""
    flags = _judge(token)
    if flags:
        _ODD[token] = flags
    else:
        _PLAIN.add(token)
    return flags


def _token_counts(tokens: list[str], counts: Counter[str]) -> tuple[int, int, bool]:
    """(tokens with a letter, tokens that are one Vietnamese syllable, any misplaced tone mark)."""
    if len(_PLAIN) + len(_ODD) > _CACHE_MAX:  # emptied before this document is read: its tokens are then learnt
        _PLAIN.clear()
        _ODD.clear()
    words = syllables = len(tokens)
    misplaced = False
    for token in filterfalse(_PLAIN.__contains__, counts):  # the document's vocabulary, never the known set
        flags = _ODD.get(token)
        if flags is None:
            flags = _learn(token)
        if flags & NO_LETTER:
            words -= counts[token]
            syllables -= counts[token]
        elif flags & NOT_SYLLABLE:
            syllables -= counts[token]
        misplaced = misplaced or bool(flags & MISPLACED)
    return words, syllables, misplaced


def _encoding_issues(text: str, misplaced: bool, unsafe: bool | None) -> tuple[str, ...]:
    """``detect_encoding_issues(text)``, sorted; skipped when only misplaced tones are possible.

    Text made only of characters no repair touches and no legacy encoding or
    mojibake explains (printable ASCII, Vietnamese letters, common typographic
    punctuation; "Ã" and "Â" but before a Windows-1252 or Latin-1 symbol, "&" but
    where an HTML entity starts) can only have misplaced tones, which the token
    sets already tell, unless normalize's triage finds a legacy pair in it
    ("taòi"). ``unsafe`` is the gate from :func:`_character_counts`; a property
    test holds the two equal.
    """
    if unsafe is None:  # "Ã", "Â" or "&": their context decides
        unsafe = P.BROKEN_CAPITAL.search(text) is not None or ("&" in text and P.ENTITY_START.search(text) is not None)
    # a pair of safe letters only a legacy encoding writes ("taòi") is what normalize's triage finds in safe text
    if not unsafe and not wants_repair(text):
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
    duplicate_sentence_char_fraction: float
    sentence_end_share: float
    boilerplate_share: float | None
    encoding_issues: tuple[str, ...]
    unrepaired_lines: int
    urls: int
    emails: int
    phones: int
    language: str | None = None
    language_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (lists for tuples), for JSON lines and data frames.

        What ``dataclasses.asdict`` gives, without its recursive deep copy (every
        field is a number, None or a tuple of str, which becomes a list).
        """
        out = dict(zip(_FIELD_NAMES, _FIELD_VALUES(self), strict=True))
        out["encoding_issues"] = list(self.encoding_issues)
        return out


_FIELD_NAMES = tuple(field.name for field in fields(QualitySignals))
_FIELD_VALUES = attrgetter(*_FIELD_NAMES)


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


def _character_counts(text: str) -> tuple[tuple[int, int, int, int, int], bool | None]:
    """(letters, Vietnamese letters with a diacritic, digits, upper-case letters, punctuation), and the encoding gate.

    The gate (see :func:`_encoding_issues`) comes from the same passes: False when
    ``text`` holds only characters that no repair touches, True when it holds one
    that may be repaired, None when only "Ã", "Â" or "&" in context can tell.
    """
    # surrogatepass: a lone surrogate (JSON "\\ud800") is counted as a rare character, not an error
    ascii_bytes = text.encode("utf-8", "surrogatepass").translate(None, P.NON_ASCII_BYTES)
    n_ascii = len(ascii_bytes)
    ascii_letters = n_ascii - len(ascii_bytes.translate(None, P.ASCII_LETTERS))
    ascii_upper = n_ascii - len(ascii_bytes.translate(None, P.ASCII_UPPER))
    ascii_digits = n_ascii - len(ascii_bytes.translate(None, P.ASCII_DIGITS))
    ascii_punct = n_ascii - len(ascii_bytes.translate(None, P.ASCII_PUNCT))
    odd_ascii = ascii_bytes.translate(None, P.SAFE_ASCII_BYTES)  # controls and "&"
    runs = P.RARE_RUN.findall(text)
    rare = "\n".join(runs)  # no character of one run next to one of another
    unsafe: bool | None = False
    if odd_ascii.translate(None, b"&") or P.UNSAFE_RARE.search(rare) is not None:
        unsafe = True
    elif odd_ascii or "Â" in rare or "Ã" in rare:
        unsafe = None
    common = len(text) - n_ascii - len(rare) + len(runs) - 1 if runs else len(text) - n_ascii
    if not runs:  # lower-case Vietnamese letters outside ASCII: `common`
        return (ascii_letters + common, common, ascii_digits, ascii_upper, ascii_punct), unsafe
    letters = ascii_letters + common + sum(map(len, P.LETTER_RUN.findall(rare)))
    diacritic = common + sum(map(len, P.VN_UPPER_RUN.findall(rare)))
    digits = ascii_digits + sum(map(len, P.DIGIT_RUN.findall(rare)))
    upper = ascii_upper + sum(map(len, P.UPPER_RUN.findall(rare)))
    punct = ascii_punct + sum(map(len, P.PUNCT_RUN.findall(rare)))
    return (letters, diacritic, digits, upper, punct), unsafe


def _native_token_counts(text: str, characters: int) -> tuple[int, int, bool, float, float, float, tuple[bool, ...]]:
    """``_token_counts`` and ``_top_ngram_fractions`` of ``text.lower().split()``, by the C twin.

    The twin returns each fraction's numerator; dividing here as ``_share``
    does there gives the same floats. Last, whether each of the PII gate's
    ``LOWERED_HINTS`` is in ``text.lower()`` (which is then never made).
    """
    assert _NATIVE is not None  # called only when the twin is built (quality_signals)
    _tables()  # the twin has them
    _, words, syllables, misplaced, gram2, gram3, gram4, found = _NATIVE.tokens(
        text, _judge, _CACHE_MAX, P.LOWERED_HINTS
    )
    hints = tuple(bool(found >> bit & 1) for bit in range(len(P.LOWERED_HINTS)))
    return words, syllables, misplaced, *map(_share, (gram2, gram3, gram4), (characters,) * 3), hints


def _native_character_counts(text: str) -> tuple[tuple[int, int, int, int, int], bool | None]:
    """``_character_counts(text)`` by the C twin; characters above U+FFFF (rare) by the same patterns."""
    assert _NATIVE is not None  # called only when the twin is built (quality_signals)
    tables = _tables()
    letters, diacritic, digits, upper, punct, gate, astral = _NATIVE.characters(text)
    if astral:  # all of them are in the rare runs, and unsafe
        rare = "\n".join(tables.ASTRAL_RUN.findall(text))
        letters += sum(map(len, P.LETTER_RUN.findall(rare)))
        diacritic += sum(map(len, P.VN_UPPER_RUN.findall(rare)))
        digits += sum(map(len, P.DIGIT_RUN.findall(rare)))
        upper += sum(map(len, P.UPPER_RUN.findall(rare)))
        punct += sum(map(len, P.PUNCT_RUN.findall(rare)))
    return (letters, diacritic, digits, upper, punct), _GATES[gate]


_GATES = (False, True, None)  # the twin's encoding gate codes


def _pii_counts(text: str, kinds: tuple[str, ...], digits: int) -> tuple[int, int, int]:
    """URLs, e-mails and phones, scanning for the ``kinds`` whose gate passed (:func:`patterns.may_hold`)."""
    if kinds == ("phone",):  # every phone number has at least 8 digits ("1800 1234")
        return 0, 0, len(P.SINGLE["phone"].findall(text)) if digits >= P.PHONE_MIN_DIGITS else 0
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


def _unrepaired_lines(text: str, issues: tuple[str, ...]) -> int:
    """Lines of ``normalize(text)`` that still look broken: ``detect_encoding_issues`` found some (``unrepaired``)."""
    return len(broken_lines(normalize(text))) if "unrepaired" in issues else 0


def quality_signals(text: str, result: CleanResult | None = None, *, language: bool = False) -> QualitySignals:
    """Measure ``text`` (usually clean text) for keep/drop decisions; ``result`` adds the boilerplate share.

    ``language=True`` adds the ``language`` and ``language_score`` signals (the
    ``language`` extra; None without it); they cost several times the rest.

    >>> s = quality_signals("Hôm nay trời đẹp.\\nHôm nay trời đẹp.")
    >>> s.syllables, s.paragraphs, s.vietnamese_syllable_share, s.duplicate_line_fraction
    (8, 2, 1.0, 0.5)
    """
    require_str(text, "text")
    characters = len(text)
    lines = [line for line in map(str.strip, text.splitlines()) if line]
    blocks = [block for block in map(str.strip, P.PARAGRAPH_BREAK.split(text)) if block]
    if _NATIVE is None:
        lowered = text.lower()
        kinds = P.may_hold(text, lowered)
        tokens = lowered.split()
        counts = Counter(tokens)
        words, syllables, misplaced = _token_counts(tokens, counts)
        top2, top3, top4 = _top_ngram_fractions(tokens, counts, characters)
        (letters, diacritic, digits, upper, punct), unsafe = _character_counts(text)
    else:
        words, syllables, misplaced, top2, top3, top4, hints = _native_token_counts(text, characters)
        kinds = P.kinds_to_scan(text, hints)
        (letters, diacritic, digits, upper, punct), unsafe = _native_character_counts(text)
    dup_lines, dup_line_chars = _duplicates(lines, characters)
    dup_blocks, dup_block_chars = _duplicates(blocks, characters)
    # sentence units for repeats: split at ". " and line ends by str methods (a regex split costs six times more)
    _, dup_sentence_chars = _duplicates(text.replace("\n", ". ").split(". "), characters)
    breaks = inline_sentence_breaks(text)
    urls, emails, phones = _pii_counts(text, kinds, digits)
    issues = _encoding_issues(text, misplaced, unsafe)
    lang: str | None = None
    score: float | None = None
    if language and letters:
        from .language import identify

        lang, score = identify(text)
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
        duplicate_sentence_char_fraction=dup_sentence_chars,
        sentence_end_share=_share(sum(map(ends_sentence, lines)) + breaks, len(lines) + breaks),
        boilerplate_share=None if result is None else _boilerplate_share(result),
        encoding_issues=issues,
        unrepaired_lines=_unrepaired_lines(text, issues),
        urls=urls,
        emails=emails,
        phones=phones,
        language=lang,
        language_score=score,
    )
