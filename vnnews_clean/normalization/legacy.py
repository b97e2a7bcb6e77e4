"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI-Windows, VISCII, Windows-1258) read as Latin-1 or Windows-1252.

Pages typed with .VnTime or VNI-Times fonts store Vietnamese letters in Latin-1
byte positions, so every generic tool takes them for valid Latin-1 text:
"Céng hoµ x· héi chñ nghÜa ViÖt Nam" (TCVN3), "Coäng hoøa xaõ hoäi chuû nghóa
Vieät Nam" (VNI). A conversion counts for a line when it turns words that are
not Vietnamese syllables into words that are, clearly more often than it
spoils words that already were; so ordinary Vietnamese, French or German text
is never touched.

The encoding is decided for the whole document (:func:`decide`): every line
votes, so a short title or caption is converted with the evidence of its
article; lines the winner does not fit vote again among themselves (a page
with a quote in another encoding). UTF-8 mojibake ("Viá»‡t") takes part in the
vote, so that no legacy decoder takes its lines; the encoding step repairs them.
VIQR ("Vie^.t Nam", plain ASCII) is converted only when asked (:func:`fix_viqr`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from .codepages import (
    CP1252_ONLY,
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
    translation,
)
from .mojibake import decode_misread
from .syllable import COMMON_SYLLABLES, JOIN, SPLIT, is_vietnamese_word, is_well_written, tone_fits_coda

_TCVN3_TABLE = translation(TCVN3)
_VISCII_TABLE = translation({**VISCII, **VISCII_LOW})  # the capitals on C0 controls too
# read as Latin-1, "Hà Nội" written "Ha\u0300 Nô\u0323i" in Windows-1258 shows as "HaÌ Nôòi"
_CP1258_TABLE = translation(CP1258)


def _with_tone(letter: str, tone: int) -> str:
    return JOIN[(letter, tone)] if tone else letter


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for lower in (True, False):
        case = (lambda s: s) if lower else str.upper
        for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
            for mark, tone in VNI_CIRCUMFLEX.items():
                pairs[case(base) + case(mark)] = case(_with_tone(hat, tone))
        for mark, tone in VNI_BREVE.items():
            pairs[case("a") + case(mark)] = case(_with_tone("ă", tone))
        for base in "aeiouyơư":
            for mark, tone in VNI_TONES.items():
                pairs[case(base) + case(mark)] = case(_with_tone(base, tone))
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_PAIR = re.compile("|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)))
_VNI_TABLE = str.maketrans({**VNI_LETTERS, **{k.upper(): v.upper() for k, v in VNI_LETTERS.items()}})

# Latin-1 characters that Vietnamese in Unicode never uses but these encodings
# use all the time (C1 controls are Windows-1258 punctuation: "\x93" is "“").
# A line without any of them is not looked at.
LEGACY_HINTS = (
    "\x80-\x9f\xa1-\xbf\xc4-\xc7\xcb\xce\xcf\xd0\xd1\xd6-\xd8\xdb\xdc\xde\xdf"
    "\xe4-\xe7\xeb\xee\xef\xf0\xf1\xf6-\xf8\xfb\xfc\xfe\xff"
)
_HINT = re.compile(f"[{LEGACY_HINTS}]")
# Pairs of letters Vietnamese in Unicode never writes but Windows-1258 and VNI
# write all the time, (letters, what follows one): a vowel and the character of
# a tone mark ("taòi" is Windows-1258 "tại", not after "i": "giò"; "aù" is VNI
# "á"), "a" or "e" and a VNI circumflex with a tone ("leá" is "lế"; not "o":
# "hoá"), "a" and a VNI breve with a tone ("naé" is "nắ"), "a", "e" or "o" and
# the VNI circumflex alone ("Xem theâm" is "Xem thêm", "khoâng" "không"; Unicode
# writes "â" after a consonant, "u" or "i": "xuân", "giây"). Such lines may hold
# no hint at all. Every second letter but "â" is a toned vowel, which the triage
# stops at anyway; "â" is one letter in about a hundred of news, and clean text
# costs no more than it did (benchmarks/bench_normalize.py --against). The
# triage (and its C twin) looks for these pairs too: a change here is a change
# of triage.table_classes.
LEGACY_PAIRS = (
    ("aeouyâêôăơưýõöAEOUYÂÊÔĂƠƯÝÕÖ", "ÌìÒòùõÙÕ"),
    ("aAeE", "áàãÁÀÃ"),
    ("aA", "éèúÉÈÚ"),
    ("aAeEoO", "âÂ"),
)
# one leading class (the second letters), then which pair: sre skips fast to the next candidate
_PAIR = re.compile(
    f"[{''.join(follows for _, follows in LEGACY_PAIRS)}]"
    f"(?:{'|'.join(f'(?<=[{letters}][{follows}])' for letters, follows in LEGACY_PAIRS)})"
)
# Conversion must turn at least this many words into Vietnamese, and this many
# times more than it spoils.
MIN_FIXED_WORDS = 2
FIXED_PER_SPOILED = 3


# TCVN3 has few upper-case letters: ".VnTimeH" fonts draw lower-case codes as
# capitals, so "CéNG HßA" is "CỘNG HÒA". A line whose plain letters are all
# capitals is taken to be written so, and so is a word with two capitals and
# no small letter.
_UPPER_WORD = re.compile(r"\b(?=[^\W\d_]*[A-Z][^\W\d_]*[A-Z])(?![^\W\d_]*[a-z])[^\W\d_]+\b")
_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")


def decode_tcvn3(text: str) -> str:
    """Read Latin-1 text as TCVN3 (ABC). Text typed in upper-case fonts comes back upper-case."""
    converted = unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))
    if not _ASCII_LOWER.search(text) and len(_ASCII_UPPER.findall(text)) >= 2:
        return converted.upper()
    return _UPPER_WORD.sub(lambda m: m.group(0).upper(), converted)


def decode_vni(text: str) -> str:
    """Read Latin-1 text as VNI-Windows."""
    return _VNI_PAIR.sub(lambda m: _VNI_PAIRS[m.group(0)], text.translate(_VNI_TABLE))


def decode_cp1258(text: str) -> str:
    """Read Latin-1 text as Windows-1258, and compose its combining tone marks."""
    return unicodedata.normalize("NFC", text.translate(_CP1258_TABLE))


def decode_viscii(text: str) -> str:
    """Read Latin-1 or Windows-1252 text as VISCII."""
    return text.translate(_VISCII_TABLE)


DECODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
    "viscii": decode_viscii,
    "cp1258": decode_cp1258,
}
# The name a line of UTF-8 mojibake votes under (the encoding step repairs it).
MOJIBAKE = "utf-8"


class Gain(NamedTuple):
    """What a conversion does to the words of a line."""

    fixed: int  # words it made well-written Vietnamese
    spoiled: int  # Vietnamese words it made something else
    missed: int  # words it changed into no Vietnamese either ("åpne" read as TCVN3 "ồpne")


def _gain(original: str, converted: str) -> Gain:
    """The words a conversion fixed, spoiled and missed.

    A word made of symbols alone is no evidence: it decodes to a one-letter
    word ("·" → "ã" in TCVN3: "Thích · Trả lời" is a comment bar, not TCVN3;
    "?£" → "?Ê").
    """
    fixed = spoiled = missed = 0
    for before, after in zip(original.split(), converted.split(), strict=False):
        if before == after or not any(map(str.isalpha, before)):
            continue
        if is_well_written(after):
            fixed += not _is_word(before)
        elif _is_word(before):
            spoiled += 1
        else:
            missed += 1
    return Gain(fixed, spoiled, missed)


@lru_cache(maxsize=65536)
def _is_word(token: str) -> bool:
    """A Vietnamese syllable written as words are: lower case, capitalized or all capitals
    ("mÊt" is TCVN3 "mất", no word), with one tone mark at most ("õòc" is Windows-1258 "ợc"),
    a tone a stop may close (TCVN3 "thùc" is "thực": no syllable ends in "ùc")."""
    return (
        is_vietnamese_word(token)
        and (token.islower() or token.isupper() or token.istitle())
        and sum(char in SPLIT for char in token.lower()) <= 1
        and tone_fits_coda(token)
    )


def detect_legacy_hint(text: str) -> bool:
    """Whether ``text`` holds a character, or a pair of them, that only a legacy encoding would explain."""
    return _HINT.search(text) is not None or _PAIR.search(text) is not None


# A character beyond what Latin-1 and Windows-1252 read bytes as.
_BEYOND_READINGS = re.compile(f"[^\\x00-\\xff{re.escape(CP1252_ONLY)}]")


def _read_from_bytes(line: str) -> bool:
    """Whether ``line`` could be bytes read as Latin-1 or Windows-1252: no letter
    beyond them ("ờ" in a line is Unicode; "→" may come from an entity)."""
    return not any(found.group(0).isalpha() for found in _BEYOND_READINGS.finditer(line))


def _fits(gain: Gain) -> bool:
    """It fixes a word, FIXED_PER_SPOILED times as many as it spoils, and more than
    it misses: a right decoding makes nearly every word it changes Vietnamese,
    a wrong one a few short words by chance (Norwegian "å", "på" read as TCVN3
    are "ồ", "pồ"; "åpne", "prøv" are nothing)."""
    return gain.fixed >= 1 and gain.fixed >= FIXED_PER_SPOILED * gain.spoiled and gain.fixed > gain.missed


# a run of letters with one beyond ASCII
_NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")


def _residue(converted: str) -> int:
    """Words of ``converted`` with a letter beyond ASCII that are no well-written Vietnamese syllable:
    what a wrong decoding leaves ("mÊt" where TCVN3 reads "mất" and VISCII leaves it; "ãc")."""
    return sum(not (_is_word(word) and is_well_written(word)) for word in _NON_ASCII_WORD.findall(converted))


class Reading(NamedTuple):
    """A line decoded from one encoding, with the evidence for it."""

    text: str
    fixed: int  # words it made well-written Vietnamese
    score: int  # those, less the words it leaves looking broken (see _residue)
    exact: bool  # it spoils nothing and misses nothing


def _reading(line: str, decode: Callable[[str], str], *, scored: bool = True) -> Reading | None:
    """``line`` decoded, if the decoding changes it and fits it (:func:`_fits`);
    ``scored=False`` spares counting what it leaves broken (mojibake decoded
    strictly leaves nothing)."""
    converted = decode(line)
    if converted == line:
        return None
    gain = _gain(line, converted)
    if not _fits(gain):
        return None
    score = gain.fixed - _residue(converted) if scored else gain.fixed
    return Reading(converted, gain.fixed, score, not gain.spoiled and not gain.missed)


def _common(texts: Iterable[str]) -> int:
    """Words of ``texts`` among the commonest syllables: what breaks a tie of scores."""
    return sum(word.lower() in COMMON_SYLLABLES for text in texts for word in _WORDS.findall(text))


def readings_of(line: str) -> dict[str, Reading]:
    """{encoding: reading} for each encoding that fits ``line`` (a line without a
    legacy hint is not looked at); UTF-8 mojibake as MOJIBAKE."""
    if not detect_legacy_hint(line) or not _read_from_bytes(line):
        return {}
    misread = decode_misread(line)
    if misread is not None and (reading := _reading(line, lambda _: misread[0], scored=False)) is not None:
        # strict UTF-8 once its bytes are back, and Vietnamese: no legacy text is that by chance
        return {MOJIBAKE: reading}
    found = {}
    for name, decode in DECODERS.items():
        if (reading := _reading(line, decode)) is not None:
            found[name] = reading
    return found


# A legacy encoding that leads by this score, and FIXED_PER_SPOILED times the
# next, has won: a later line it fits is not read with the others.
CLEAR_LEAD = 12


def _read_lines(lines: Sequence[str]) -> dict[int, dict[str, Reading]]:
    """:func:`readings_of` of each line that has any, but once a legacy encoding
    leads clearly (CLEAR_LEAD), a line it fits is read with it alone: that line
    would go to it anyway, and a long document is read about twice as fast."""
    pending: dict[int, dict[str, Reading]] = {}
    scores: Counter[str] = Counter()
    leader: str | None = None
    for i, line in enumerate(lines):
        if leader is not None and detect_legacy_hint(line) and _read_from_bytes(line):
            reading = _reading(line, DECODERS[leader], scored=False)  # the leader's score decides nothing more
            if reading is not None and decode_misread(line) is None:
                pending[i] = {leader: reading}
                continue
        found = readings_of(line)
        if not found:
            continue
        pending[i] = found
        if leader is None:
            for name, reading in found.items():
                scores[name] += reading.score
            (best, score), *rest = scores.most_common()
            if best in DECODERS and score >= CLEAR_LEAD and score >= FIXED_PER_SPOILED * (rest[0][1] if rest else 0):
                leader = best
    return pending


# Of the words of the lines an encoding converts, the share that must then be
# Vietnamese syllables: Vietnamese news has 0.75 to 1 (baomoi-500, the real
# documents), French, German, Spanish or Swedish text 0.15 to 0.3, a Norwegian
# sentence alone about 0.5 ("Det er viktig å huske" read as TCVN3).
VIETNAMESE_SHARE = 0.65
MAX_ACRONYM = 3  # "ATP", "USD", "BBC"
_WORDS = re.compile(r"[^\W\d_]+")


def _vietnamese(converted: Iterable[str]) -> bool:
    """Whether the lines ``converted`` read as Vietnamese (the other lines of the
    document do not vouch for them: a Norwegian quote in a Vietnamese article).

    A capitalized word or a short acronym that is no syllable is a name
    ("Roddick", "ATP") and counts neither way: a headline is Vietnamese around
    its names. A longer word in capitals counts ("SLETTE", "ANTALL")."""
    words = vietnamese = 0
    for text in converted:
        for word in _WORDS.findall(text):
            if is_vietnamese_word(word):
                vietnamese += 1
                words += 1
            elif not (word.istitle() or (word.isupper() and len(word) <= MAX_ACRONYM)):
                words += 1
    return vietnamese >= VIETNAMESE_SHARE * words


# A document with this many Vietnamese words vouches for a line with one encoded
# word: "Video ®ang HOT" in a Vietnamese article is TCVN3 "Video đang HOT" when
# no other encoding reads it and the reading spoils and misses nothing.
CONTEXT_WORDS = 30


def _vouched_for(
    lines: Sequence[str], decisions: list[tuple[str, str] | None], pending: dict[int, dict[str, Reading]], best: str
) -> bool:
    """Whether ``best``, a legacy encoding short of MIN_FIXED_WORDS, reads each line left exactly,
    and better than any other that reads it (the only one, or one whose reading has more of the
    commonest syllables: "Xem thªm" is TCVN3 "Xem thêm", not VISCII "Xem thếm"), and the rest of
    the document is Vietnamese."""
    if best not in DECODERS:
        return False
    for readings in pending.values():
        if best not in readings or not readings[best].exact:
            return False
        ours = _common([readings[best].text])
        if any(_common([reading.text]) >= ours for name, reading in readings.items() if name != best):
            return False
    return _vietnamese_context(
        decision[1] if decision is not None else line
        for i, (line, decision) in enumerate(zip(lines, decisions, strict=True))
        if i not in pending
    )


def _vietnamese_context(texts: Iterable[str]) -> bool:
    """Whether ``texts`` (the rest of a document) hold CONTEXT_WORDS Vietnamese words, and
    VIETNAMESE_SHARE of their words are."""
    words = vietnamese = 0
    for text in texts:
        found = _WORDS.findall(text)
        words += len(found)
        vietnamese += sum(map(is_vietnamese_word, found))
    return vietnamese >= CONTEXT_WORDS and vietnamese >= VIETNAMESE_SHARE * words


def reads_as_vietnamese(line: str) -> bool:
    """Whether an encoding fits ``line`` and makes it read as Vietnamese: a line
    left so had too little evidence, or a tie, to be converted. A reading that
    fixes fewer than MIN_FIXED_WORDS words must make one of the commonest
    syllables ("Xem thªm" is "Xem thêm"): Swedish "på." read as TCVN3 is
    "pồ.", a syllable by chance and no sign of a broken line."""
    return any(
        _vietnamese([reading.text]) and (reading.fixed >= MIN_FIXED_WORDS or _common([reading.text]) > 0)
        for reading in readings_of(line).values()
    )


def decide(lines: Sequence[str]) -> list[tuple[str, str] | None]:
    """(encoding, line decoded) for each line of a document, or None where it stays.

    The encoding with the best score over all the lines it fits wins (words
    fixed less words left looking broken; it must fix MIN_FIXED_WORDS, and no
    other may score as well) and takes every line it fits; the lines left
    vote again, until no encoding wins. A line alone is so converted only with
    MIN_FIXED_WORDS of its own. A line without a legacy hint ("Hà Nôòi" is
    Windows-1258 "Hà Nội") has no vote, but a winner takes it too where it fits.
    A legacy encoding wins only where the lines it converts then read as
    Vietnamese (VIETNAMESE_SHARE of their words).
    """
    pending = _read_lines(lines)
    decisions: list[tuple[str, str] | None] = [None] * len(lines)
    if not pending:
        return decisions
    unhinted = [i for i, line in enumerate(lines) if i not in pending and not line.isascii() and _read_from_bytes(line)]
    while pending:
        scores: Counter[str] = Counter()
        fixed: Counter[str] = Counter()
        for found in pending.values():
            for name, reading in found.items():
                scores[name] += reading.score
                fixed[name] += reading.fixed
        (best, score), *rest = scores.most_common()
        if rest and rest[0][1] == score:  # equal scores: the commonest syllables decide
            tied = [name for name in scores if scores[name] == score]
            common = {name: _common(f[name].text for f in pending.values() if name in f) for name in tied}
            best = max(tied, key=common.__getitem__)
            if list(common.values()).count(common[best]) > 1:
                break  # a tie ("uû" is VNI "ủ" and TCVN3 "uỷ"): left as they are
        if score < 1:
            break
        if fixed[best] < MIN_FIXED_WORDS and not _vouched_for(lines, decisions, pending, best):
            break  # too little evidence
        if best in DECODERS and not _vietnamese(found[best].text for found in pending.values() if best in found):
            break  # Norwegian or Swedish, where "å", "på" read as TCVN3 make "ồ", "pồ"
        for i in [i for i, found in pending.items() if best in found]:
            decisions[i] = (best, pending.pop(i)[best].text)
        if best in DECODERS:
            for i in unhinted:
                if decisions[i] is None and (joined := _reading(lines[i], DECODERS[best])) is not None:
                    decisions[i] = (best, joined.text)
    return decisions


def detect_legacy(line: str) -> str | None:
    """ "tcvn3", "vni", "viscii" or "cp1258" when ``line`` alone is clearly in that encoding, else None."""
    decision = decide([line])[0]
    return decision[0] if decision is not None and decision[0] in DECODERS else None


def fix_legacy(text: str) -> str:
    """Convert the lines of ``text`` that :func:`decide` finds in a legacy encoding; leave all others."""
    if not detect_legacy_hint(text):
        return text
    lines = text.split("\n")
    for i, decision in enumerate(decide(lines)):
        if decision is not None and decision[0] in DECODERS:
            lines[i] = decision[1]
    return "\n".join(lines)


# VIQR: an escape, "dd", or a vowel with its diacritic and tone (either may be missing, not both)
_VIQR = re.compile(r"\\(.)|([dD])[dD]|([aeiouyAEIOUY])(?:([\^(+])([`'?~.])?|([`'?~.]))")
_VIQR_HINT = re.compile(r"[aeiouyAEIOUY][\^(+`'?~.]|[dD][dD]")
VIQR = "viqr"
# English "I'm" is VIQR "Ím", a syllable: a line holding it is no VIQR line vouched for by its
# document ("I'm Vietnamese" under a Vietnamese article)
_ENGLISH_I_AM = re.compile(r"(?<![^\W\d_])I'm(?![^\W\d_])")


def _viqr_letter(match: re.Match[str]) -> str:
    escaped, d, vowel, diacritic, tone = match.group(1, 2, 3, 4, 5)
    tone = tone or match.group(6)
    if escaped is not None:
        return escaped
    if d is not None:
        return "Đ" if d == "D" else "đ"
    letter = vowel.lower()
    if diacritic is not None:
        if (letter, diacritic) not in VIQR_DIACRITICS:
            return match.group(0)
        letter = VIQR_DIACRITICS[(letter, diacritic)]
    if tone is not None:
        letter = JOIN[(letter, VIQR_TONES[tone])]
    return letter.upper() if vowel.isupper() else letter


def decode_viqr(text: str) -> str:
    """Read VIQR ("Vie^.t Nam") as Vietnamese."""
    return _VIQR.sub(_viqr_letter, text)


def fix_viqr(text: str) -> str:
    """Convert the lines of ``text`` written in VIQR, an opt-in: VIQR is plain ASCII whose marks
    are punctuation too ("Ba?" is VIQR "Bả", "v.v." "v.v."), so it is never looked for unasked.

    As for the legacy encodings, the whole text decides: the lines VIQR fits (ASCII, with a
    mark after a vowel or "dd") must together fix MIN_FIXED_WORDS words, and then read as
    Vietnamese. Fewer will do where the rest of the text vouches for them, as for a legacy
    encoding (:func:`_vouched_for`): each reading spoils and misses nothing, and the other
    lines are Vietnamese ("Xem the^m" under a Vietnamese article is "Xem thêm").
    """
    if _VIQR_HINT.search(text) is None:
        return text
    lines = text.split("\n")
    found = {
        i: reading
        for i, line in enumerate(lines)
        if line.isascii() and _VIQR_HINT.search(line) and (reading := _reading(line, decode_viqr)) is not None
    }
    if sum(reading.fixed for reading in found.values()) < MIN_FIXED_WORDS and not (
        all(reading.exact and _ENGLISH_I_AM.search(lines[i]) is None for i, reading in found.items())
        and _vietnamese_context(line for i, line in enumerate(lines) if i not in found)
    ):
        return text
    converted = {i: reading.text for i, reading in found.items()}
    if not _vietnamese(converted.values()):
        return text
    return "\n".join(converted.get(i, line) for i, line in enumerate(lines))


# "Ðà Nẵng": the Icelandic eth (U+00D0) typed for Đ. Replaced only at the start
# of a word that is then a Vietnamese syllable; Icelandic never starts a word with it.
_ETH_WORD = re.compile(r"(?<![^\W\d_])[Ðð][^\W\d_]{0,7}(?![^\W\d_])")


def fix_eth(text: str) -> str:
    """ "Ðà Nẵng" -> "Đà Nẵng", "ðổi" -> "đổi"; other uses of Ð stay."""
    if "Ð" not in text and "ð" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = ("Đ" if word[0] == "Ð" else "đ") + word[1:]
        return fixed if is_vietnamese_word(fixed) else word

    return _ETH_WORD.sub(replace, text)
