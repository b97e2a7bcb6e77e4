"""A model of the Vietnamese written syllable, for placing tone marks.

A syllable is ``onset + vowel cluster + coda``. Where the tone mark goes follows
from that structure, not from a list of word spellings:

1. a vowel with its own diacritic (ă â ê ô ơ ư) carries the tone; in "ươ" the ơ;
2. otherwise, in a closed syllable (consonant coda), the last vowel: "hoàn", "buýt";
3. otherwise, in three vowels the middle one: "ngoài", "khuỷu";
4. otherwise the first of two vowels ("mía", "của", "hái"), except the open
   "oa", "oe", "uy", which are the one place the two house styles differ:
   "old" puts the mark on the first vowel ("hòa", "khỏe", "thủy"), "new" on the
   second ("hoà", "khoẻ", "thuỷ").

"qu" and "gi" before a vowel are onsets, so "quý", "già", "giữa" keep the mark on
the vowel after them. A word that does not parse as one syllable (a name, an
English word, a code) is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks in the order of the five marked tones.
TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
BASE_VOWELS = "aăâeêioôơuưy"

# Toned letter -> (untoned letter, tone number 1..5), for both cases; and back.
SPLIT: dict[str, tuple[str, int]] = {}
JOIN: dict[tuple[str, int], str] = {}
for _base in BASE_VOWELS + BASE_VOWELS.upper():
    for _tone, _mark in enumerate(TONE_MARKS, start=1):
        _letter = unicodedata.normalize("NFC", _base + _mark)
        SPLIT[_letter] = (_base, _tone)
        JOIN[(_base, _tone)] = _letter

TONED_LETTERS = "".join(SPLIT)

ONSETS = frozenset("""b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x""".split())
CODAS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})

# Vowel clusters that can end a syllable with no consonant after them ...
OPEN_CLUSTERS = frozenset(
    """a ai ao au ay âu ây e eo ê êu i ia iu iêu o oa oai oao oay oe oeo oi ô ôi ơ ơi u ua
    uây uê ui uôi uơ uy uya uyu ư ưa ưi ưu ươi ươu y yêu""".split()
)
# ... and those that take a consonant coda.
CLOSED_CLUSTERS = frozenset("""a ă â e ê i o ô ơ u ư y iê yê oa oă oe oo uâ uê uô uy uyê ươ""".split())
# Vowels after which Vietnamese spells the velar codas "ch" and "nh", never "c" and "ng".
_FRONT_VOWELS = frozenset({"i", "ê", "y"})
_BACK_CODAS = frozenset({"c", "ng"})
# The only vowels "ch" and "nh" close: "anh", "ênh", "inh", "oanh", "uênh", "uynh" ("Quỳnh" is "qu"
# and "y"), never "onh", "unh" ("Vònh" is VNI "Vịnh", TCVN3 would make it "Vũnh").
_PALATAL_CODAS = frozenset({"ch", "nh"})
_PALATAL_VOWELS = frozenset({"a", "ê", "i", "y", "oa", "uê", "uy"})

_DIACRITIC_VOWELS = "ăâêôơư"
_STYLE_DEPENDENT = frozenset({"oa", "oe", "uy"})
_MAX_SYLLABLE = 8  # onset "ngh" + cluster "uyê" + coda "ng"

STYLES = ("old", "new")


def _split_onset(word: str) -> int:
    """Length of the onset of a lower-case, untoned ``word`` (-1 if none fits)."""
    if len(word) > 2 and word[2] in BASE_VOWELS and word[:2] in ("qu", "gi"):
        return 2
    for size in (3, 2, 1):
        if word[:size] in ONSETS and len(word) > size and word[size] in BASE_VOWELS:
            return size
    return 0 if word[:1] in BASE_VOWELS else -1


def parse(word: str) -> tuple[int, str, str] | None:
    """Split a lower-case, untoned word into (onset length, vowel cluster, coda).

    Returns None when the word is not a single Vietnamese syllable.
    """
    onset = _split_onset(word)
    if onset < 0:
        return None
    end = onset
    while end < len(word) and word[end] in BASE_VOWELS:
        end += 1
    vowels, coda = word[onset:end], word[end:]
    if coda not in CODAS:
        return None
    if vowels not in (CLOSED_CLUSTERS if coda else OPEN_CLUSTERS):
        return None
    if coda in _BACK_CODAS and vowels in _FRONT_VOWELS and word[:onset] != "gi":
        # after "i" and "ê" the velar coda is written "ch", "nh": "ích", "ênh", never "íc", "êng"
        # (but "giếng" is "gi" and "iê")
        return None
    if coda in _PALATAL_CODAS and vowels not in _PALATAL_VOWELS:
        return None
    return onset, vowels, coda


def tone_position(vowels: str, closed: bool, style: str) -> int:
    """Index in ``vowels`` of the letter that carries the tone mark."""
    if len(vowels) == 1:
        return 0
    if "ơ" in vowels:
        return vowels.index("ơ")
    for letter in _DIACRITIC_VOWELS:
        if letter in vowels:
            return vowels.index(letter)
    if closed:
        return len(vowels) - 1
    if len(vowels) == 3:
        return 1
    if vowels in _STYLE_DEPENDENT:
        return 0 if style == "old" else 1
    return 0


@lru_cache(maxsize=65536)
def place_tone(word: str, style: str) -> str:
    """Return ``word`` with its tone mark where ``style`` puts it.

    ``word`` is a run of letters in NFC. Anything that is not exactly one
    Vietnamese syllable with exactly one tone mark comes back unchanged.
    """
    if len(word) > _MAX_SYLLABLE:
        return word
    lower = word.lower()
    letters = list(lower)
    tone = 0
    marked_at = -1
    for i, ch in enumerate(lower):
        split = SPLIT.get(ch)
        if split is not None:
            if tone:
                return word  # two tone marks: not a syllable we understand
            letters[i], tone = split
            marked_at = i
    if not tone:
        return word
    parsed = parse("".join(letters))
    if parsed is None:
        return word
    onset, vowels, coda = parsed
    target = onset + tone_position(vowels, bool(coda), style)
    if target == marked_at:
        return word
    letters[target] = JOIN[(letters[target], tone)]
    return "".join(new.upper() if old.isupper() else new for old, new in zip(word, letters, strict=True))


def _toned(letters: str) -> str:
    return "".join(JOIN[(letter, tone)] for letter in letters for tone in range(1, 6))


def _both_cases(letters: str) -> str:
    return letters + letters.upper()


# The letter classes the placement rules of suspicious_parts are written in,
# each a plain string of letters. normalize's C scan builds its character table
# from these same strings (see triage.py), so the two cannot disagree on a letter.
PLAIN = _both_cases("aeiouy")
MARKED = _both_cases("ăâêôơư")
TONED_PLAIN = _toned(PLAIN)
TONED_HORN_U = _toned(_both_cases("ư"))
CODA_START = _both_cases("cmnpt")
RULE_LETTERS = {"q": "qQ", "g": "gG", "u": "uU", "i": "iI", "o": "oO", "ae": "aeAE", "y": "yY", "horn_o": "ơƠ"}
# the toned forms of some of them: "u" is TONED_U's "ú", "ù", ...
TONED_RULE_LETTERS = {name: _toned(RULE_LETTERS[name]) for name in ("u", "i", "o", "ae", "y")}


def suspicious_parts(style: str) -> tuple[str, str]:
    """(class of the letters a hit starts with, what must follow one) as regex text.

    Split out so that normalize can scan for these and for other work in one pass.
    The C twin of that scan (``_scan.c``, ``suspicious_at``) restates these rules
    one for one: a change here is a change there.
    """
    plain, marked, toned_plain, coda_start = PLAIN, MARKED, TONED_PLAIN, CODA_START
    q, g, u, i, o, ae, y, horn_o = (RULE_LETTERS[k] for k in ("q", "g", "u", "i", "o", "ae", "y", "horn_o"))
    toned = TONED_RULE_LETTERS
    vowels = plain + marked
    end = r"(?![^\W\d_])"
    # Rules that need a vowel after the marked one ...
    vowel_follows = [
        # a vowel with its own diacritic takes the mark, not a plain neighbour
        f"[{marked}]",
        # three vowels take it in the middle; closed clusters on the last
        f"[{plain}][{plain}{marked}{coda_start}]",
        # the u of "qu" and the i of "gi" belong to the onset and never take it
        f"(?<=[{q}][{toned['u']}])",
        f"(?<=[{g}][{toned['i']}])",
    ]
    # ... and rules that need one before it.
    vowel_precedes = [
        f"(?<=[{marked}].)",
        # open two-vowel clusters take it on the first ("qu" and "gi" are onsets) ...
        f"(?<=[{plain}].)(?<![{q}][{u}].)(?<![{g}][{i}].){end}",
    ]
    if style == "new":
        # ... except open "oa", "oe", "uy" in the new style: on the second
        vowel_precedes[1] = f"(?<![{o}][{toned['ae']}])(?<![{u}][{toned['y']}])" + vowel_precedes[1]
        vowel_follows.append(f"(?<=[{toned['o']}])[{ae}]{end}")
        vowel_follows.append(f"(?<=[{toned['u']}])(?<![{q}].)[{y}]{end}")
    toned_u_horn = TONED_HORN_U
    # Most marked vowels stand between consonants: two failed checks and done.
    after = (
        f"(?<=[{toned_plain}])(?:"
        f"(?=[{vowels}])(?:{'|'.join(vowel_follows)})"
        f"|(?<=[{vowels}].)(?:{'|'.join(vowel_precedes)}))"
        # "ươ" takes the mark on ơ, never on ư
        f"|(?<=[{toned_u_horn}])[{horn_o}]"
    )
    return toned_plain + toned_u_horn, after


def suspicious_pattern(style: str) -> re.Pattern[str]:
    """A regex that finds every misplaced tone mark and nothing else.

    It restates the placement rules as letter contexts, so correctly written
    text costs one scan and no Python call per word; :func:`place_tone` decides
    each hit. It starts with a marked letter, which keeps the scan fast.
    The tests check it against every syllable the model can spell, with
    each tone on each wrong vowel.
    """
    first, after = suspicious_parts(style)
    return re.compile(f"[{first}](?:{after})")


SUSPICIOUS = {style: suspicious_pattern(style) for style in STYLES}
# The letters of the word around a hit: before it (bounded, so the scan stays
# linear) and after it.
_LETTER = r"[^\W\d_]"
_WORD_TAIL = re.compile(_LETTER + "*")
_WORD_HEAD = re.compile(_LETTER + r"*\Z")  # \Z: "$" would match before a "\n" ending the searched span


def place_tones(text: str, style: str = "old") -> str:
    """Put every tone mark in ``text`` where ``style`` ("old" or "new") puts it.

    Also repairs marks typed on the wrong vowel ("baỏ" -> "bảo", "lựơng" ->
    "lượng"). Text must be NFC. Cost: one regex scan when nothing needs fixing.
    """
    if style not in SUSPICIOUS:
        raise ValueError(f"tone style must be one of {STYLES}, not {style!r}")
    return _fix_hits(text, SUSPICIOUS[style], style)


def _fix_hits(text: str, pattern: re.Pattern[str], style: str) -> str:
    match = pattern.search(text)
    if match is None:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is already in pieces
    while match is not None:
        start, end = match.span()
        low = max(done, start - _MAX_SYLLABLE)
        head = _WORD_HEAD.search(text, low, start)
        word_start = head.start() if head else start
        if word_start == low and low > 0 and text[low - 1].isalpha():
            word_start = low - 1  # longer than any syllable: place_tone leaves it
        tail = _WORD_TAIL.match(text, end)
        assert tail is not None  # "<letter>*" matches the empty string too
        word_end = tail.end()
        word = text[word_start:word_end]
        fixed = place_tone(word, style)
        if fixed != word:
            pieces.append(text[done:word_start])
            pieces.append(fixed)
            done = word_end
        match = pattern.search(text, max(word_end, end))
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


STOP_CODAS = ("c", "ch", "p", "t")
STOP_TONES = (2, 5)  # sắc, nặng (numbers of TONE_MARKS, from 1)

# Punctuation a word may be wrapped in; the decoders judge the word inside.
TOKEN_EDGE = ".,;:!?()[]{}\"'“”‘’…-–—/"


@lru_cache(maxsize=65536)
def is_vietnamese_word(token: str) -> bool:
    """One Vietnamese syllable, optionally wrapped in punctuation."""
    word = token.strip(TOKEN_EDGE).lower()
    if not word or not word.isalpha():
        return False
    plain = "".join(SPLIT.get(char, (char,))[0] for char in word)
    return parse(plain) is not None


@lru_cache(maxsize=65536)
def is_well_written(token: str) -> bool:
    """A Vietnamese syllable with its tone mark where one of the styles puts it.

    A right decoding gives such words; a wrong one ("aû" read as TCVN3 "aỷ"
    rather than VNI "ả") puts marks at random.
    """
    word = token.strip(TOKEN_EDGE)
    if not is_vietnamese_word(word) or not any(place_tone(word, style) == word for style in STYLES):
        return False
    tones = [SPLIT[char][1] for char in word.lower() if char in SPLIT]
    if len(tones) > 1:  # place_tone leaves a word with two marks as it is ("sõị")
        return False
    return tone_fits_coda(word)


def tone_fits_coda(token: str) -> bool:
    """False for a syllable closed by a stop (c, ch, p, t) with a tone other than sắc or nặng:
    "ác", "ạc", never "àc" (TCVN3 "thùc" is "thực")."""
    word = token.strip(TOKEN_EDGE).lower()
    if not word.endswith(STOP_CODAS):
        return True
    tones = [SPLIT[char][1] for char in word if char in SPLIT]
    return not tones or tones[0] in STOP_TONES


# The commonest syllables of Vietnamese prose (function words, numbers, the
# words of every news story), written from the language, not counted from a
# test corpus. Two legacy encodings can both make a line well-written
# syllables (TCVN3 "và những chọn lựa", VISCII "vộ nhọng chản lùa"): the one
# that makes common words wins the tie (legacy.decide).
COMMON_SYLLABLES = frozenset(
    """và của là có không những được các cho với trong người này một đã để từ khi đến về như ra sẽ
    theo cũng tại nhiều sau đó vào hơn lại đang thì làm mà nhà ở bị nước việt nam ngày trên tháng
    công hàng thành phố đi ông bà anh chị em con cô tôi chúng ta họ mình nói biết thấy cần phải nên
    vì nếu nhưng hay hoặc rất đều chỉ còn vẫn đây đâu gì sao nào bao giờ lúc trước giữa dưới ngoài
    cùng qua lên xuống mới cao lớn nhỏ tốt mọi mỗi số giá tăng giảm tiền đồng triệu tỷ nghìn trăm
    hai ba bốn năm sáu bảy tám chín mười thứ nhất việc học trường dân quốc gia tế xã hội chính phủ
    sự đề thể thao đội bóng trận đấu thắng thua tỉnh huyện động kinh doanh nghiệp thị điều tin tức
    bài viết ảnh xem thêm nhận cho biết hiện nay đầu tư phát triển xe đường khu vực trung tâm ý kiến
    chủ tịch bộ trưởng cán sở quan ngành cơ quản lý tiếp tục hoạt cả hết""".split()
)
