"""Who wrote a text and where it comes from: the one recognizer for bylines, source credits
and agency tags.

A byline or credit is a short line of names and outlets ("Minh Anh", "Theo TTXVN",
"Bài và ảnh: Thu Hà", "Hà Mai/TTXVN", "Nguồn: VOV"); an agency tag opens a lead
("(Dân trí) - ", "TTO - "). Every step that asks whether a line is a credit or
carries a tag asks :func:`read_credit` or :func:`agency_tag`, so they never
disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from ..lexicon import (
    AUTHOR_PAGE_PATHS,
    BYLINE_AGENCY_TAIL,
    BYLINE_COMPILED,
    BYLINE_LABEL,
    BYLINE_SIGNATURES,
    CAPTION_CREDIT_TAIL,
    CLOSING_CREDIT,
    COUNTRIES,
    CREDIT_LINK_PLACEHOLDER,
    CREDIT_MADE_BY,
    CREDIT_OTHER_ROLES,
    CREDIT_PHRASES,
    CREDIT_PRINTED_IN,
    CREDIT_TITLED_NAME,
    CREDIT_URL,
    CREDIT_WITH_EMAIL,
    MEDIA_NOUNS,
    NEWS_OUTLETS,
    OFFICE_TITLES,
    PLACE_WORDS,
    PROVINCES,
    SITE_HOST,
)
from ..normalization.syllable import SPLIT, parse
from .dates import is_dateline, words_before_date
from .shapes import ends_sentence, is_name, line_key, markdown_text, more_words_than

CREDIT_MAX_WORDS = 8
BYLINE_MAX_CHARS = 90
# A link credit holds a link or two (printed twice by some templates); longer is not one.
CREDIT_URL_MAX_CHARS = 600
# A byline of up to six names joined by dashes ("Hữu Nguyên - Gia Chính - … - Hoàng Phương", a team of reporters).
BYLINE_MAX_SPACES = 17
# Lower-case words a credit may hold: "Bài và ảnh: X", "Theo báo X", "X (tổng hợp từ Y)".
CREDIT_MAX_LOWER_WORDS = 4
NAME_MIN_SYLLABLES, NAME_MAX_SYLLABLES = 2, 5
AGENCY_MAX_WORDS = 5

# Toned letter -> its untoned base, to check syllables of names.
_UNTONE = str.maketrans({toned: base for toned, (base, _) in SPLIT.items()})
# Where a byline joins several names or a name and an agency: "Minh Anh - Thu Hà", "A, B và C".
_NAME_JOINS = re.compile(r"\s+[-–—&/]\s+|\s*[,;]\s+|\s+và\s+")
# A name and its agency joined by a slash: "Hà Mai/TTXVN".
_SLASH_AGENCY = re.compile(r"^(?P<name>[^/]{2,40}?)\s*/\s*(?P<source>[^/\s][^/]{1,30})$")
# What a credit longer than a name must contain: a label's colon, a join, parentheses, a credit word.
_CREDIT_HINT = re.compile(r"[:\-–—(/,&|•]|\svà\s|^(?:[Tt]heo|[Nn]guồn)\s")
# An initial before a syllable: "T.Chuyên", "Ng. Thắng".
_INITIAL = re.compile(r"^[A-ZĐ][a-zđ]?\.\s?")
# A signature of initials alone: "B.N", "T.H.", "N.V.A".
_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]){1,3}\.?$")


def _is_syllable(word: str) -> bool:
    """A single Vietnamese syllable, any case, with at most one tone mark."""
    lower = word.lower()
    base = lower.translate(_UNTONE)
    if sum(a != b for a, b in zip(lower, base, strict=True)) > 1:
        return False
    return parse(base) is not None


def is_person_name(text: str) -> bool:
    """2–5 capitalised Vietnamese syllables ("Nguyễn Minh Anh", "QUANG THẮNG", "T.Chuyên"); not a
    place, venue or title's name ("Chùa Bạch Vân", "Quán Nhân", "Cô Chủ Nhỏ": lexicon.PLACE_WORDS), nor an office's
    title alone ("THỦ TƯỚNG": lexicon.OFFICE_TITLES)."""
    if not text or len(text) > 50:
        return False
    words = _INITIAL.sub("", text).split()
    if words and words[0].casefold() in PLACE_WORDS:
        return False
    if text.casefold() in OFFICE_TITLES:
        return False  # "THỦ TƯỚNG" over the signer's name in a document's signature block
    count = len(words) + (text != " ".join(words))
    if not NAME_MIN_SYLLABLES <= count <= NAME_MAX_SYLLABLES or not words:
        return False
    return all(w[0].isupper() and w.isalpha() and _is_syllable(w) for w in words)


# Signs no agency's or site's name holds: a rating's star, a percentage, a price.
NO_AGENCY_SIGNS = ("*", "%", "$", "€", "₫")


def _is_agency(text: str) -> bool:
    """An agency or site named in a credit: "TTXVN", "VnExpress", "Dân trí", "Báo Lao Động", "vov.vn",
    or a site's slug as scrapers print it ("xahoi", "tinnuocmy": one word that is no syllable). A rating's or a
    price's sign names none ("Thiên Thanh (Resort 5*)": a hotel listed with its stars)."""
    words = text.split()
    if (
        not 1 <= len(words) <= AGENCY_MAX_WORDS
        or not text[0].isalnum()
        or any(sign in text for sign in NO_AGENCY_SIGNS)
    ):
        return False
    if text.startswith(MEDIA_NOUNS) and len(words) > 1:
        return words[-1][0].isupper()  # "báo Lao Động", not "ông Nguyễn Văn A" (no outlet noun)
    if text[0].isupper() or "." in text:
        return True
    return len(words) == 1 and text.isascii() and text.isalnum() and len(text) >= 4 and not _is_syllable(text)


@dataclass
class Credit:
    """What one closing or opening line says: who wrote it, where it comes from.

    ``strong``: the line says by its wording that it is a credit (a source, a label such
    as "Tác giả:", an agency, a signature, "(t/h)"), not only by the shape of a name: a
    bare name line ("Chùa Bạch Vân", "Quán Nhân") is as often a sub-heading.
    """

    authors: list[str] = field(default_factory=list)
    source: str | None = None
    strong: bool = False
    linked: bool = False  # the source is named by a link ("Nguồn: https://…"): never a line of text


def _is_foreign_name(text: str) -> bool:
    """One to four capitalised words of letters: a name after a byline label ("Kylie", "John Smith")."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words)


# Where a page's <title> puts the site's name after the headline: "… - Tuổi Trẻ Online", "… | VTV.VN".
_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+(?P<site>[^-–|]{2,40})$")
# A site's name as a title's suffix prints it: "Báo VnExpress", "Tuổi Trẻ Online" (or its host: lexicon.SITE_HOST).
_SITE_NAME = re.compile(r"^(?:Báo\s+[^\W\d_].*|.+\s(?i:online))$")
SITE_SUFFIX_MAX_WORDS = 8  # "Báo Pháp Luật TP. Hồ Chí Minh"


def site_suffix_at(title: str) -> int | None:
    """Where the site's name starts after a headline ("Bốn cách cảm ơn … - Báo VnExpress" -> the
    position of " - "), or None: an outlet (lexicon.NEWS_OUTLETS), "Báo X", "X Online" or a host."""
    if "-" not in title and "–" not in title and "|" not in title:
        return None  # no separator before a site's name (C scans first: most titles have none)
    match = _SITE_SUFFIX.search(title)
    if match is None or match.start() == 0:
        return None
    return match.start() if is_site_name(match["site"].strip()) else None


def is_site_name(site: str) -> bool:
    """``site`` names a news site as a title's suffix or a page's logo prints it: an outlet
    (lexicon.NEWS_OUTLETS), "Báo X" ("Báo Pháp Luật TP. Hồ Chí Minh"), "X Online" or a host."""
    if not site or len(site.split()) > SITE_SUFFIX_MAX_WORDS or (not site[0].isupper() and "." not in site):
        return False
    key = site.casefold()
    if key.endswith(" online"):
        key = key[: -len(" online")]
    if key.startswith("báo ") and not site[4:5].isupper():
        return False  # "… - Báo cáo": a word, not "Báo Thanh Niên"
    return key in NEWS_OUTLETS or _SITE_NAME.match(site) is not None or SITE_HOST.fullmatch(site) is not None


def _is_pen_name(text: str) -> bool:
    """A person's name, not an outlet's ("Tâm An", "K.An"; "Dân Việt" and "Kiến Thức" are outlets:
    lexicon.NEWS_OUTLETS)."""
    return is_person_name(text) and text.casefold() not in NEWS_OUTLETS


def _source_credit(line: str) -> str | None:
    """ "Theo TTXVN" / "(Theo VnExpress)" / "Nguồn: VOV" -> the source; None unless a short credit.

    "Theo ông Nguyễn Văn A, ..." is a sentence: the source must be a short
    capitalised name, not end like a sentence.
    """
    if more_words_than(line, CREDIT_MAX_WORDS) or (ends_sentence(line) and not line.endswith((")", "."))):
        return None
    match = CLOSING_CREDIT.match(line)
    if match is None:
        return None
    source = match["source"].strip().rstrip(".")
    return source if source and _is_agency(source) and not ends_sentence(source) else None


# Words an issue's number and date are written with after the outlet's name: "số 70 ra ngày 13/6/2011".
_ISSUE_WORDS = frozenset({"số", "ra", "ngày", "năm", "tháng", "kỳ", "phát", "hành"})
_OUTLET_NOUN_WORDS = 2  # "tạp chí", "tuần báo": the outlet noun is one or two words


def _printed_source(text: str) -> str | None:
    """ "báo Bưu điện Việt Nam số 70 ra ngày 13/6/2011" -> "báo Bưu điện Việt Nam": an outlet's noun, its
    capitalised name, then at most its issue's number and date; None when words of a sentence follow
    ("tạp chí Nature cho thấy …")."""
    words = text.rstrip(". ").split()
    noun = 2 if " ".join(words[:2]).casefold() in ("tạp chí", "ấn phẩm", "đặc san", "tuần báo", "nhật báo") else 1
    name: list[str] = []
    issue = False
    for word in words[noun:]:
        bare = word.strip(",;")
        if not issue and bare[:1].isupper():
            name.append(bare)
        elif bare.casefold() in _ISSUE_WORDS or any(char.isdigit() for char in bare):
            issue = True
        elif (
            name and not issue and bare[:1].islower() and len(name) < _OUTLET_NOUN_WORDS + 4 and name[-1][:1].isupper()
        ):
            name.append(bare)  # "Bưu điện Việt Nam": a name's lower-case syllable between capitals
        else:
            return None
    while name and not name[-1][:1].isupper():
        name.pop()
    return " ".join(words[:noun] + name) if name else None


def _site_of(url: str) -> str:
    """The host a link names, without "www.": "https://www.dantri.com.vn/a.htm" -> "dantri.com.vn"."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


# What a "made by" credit names when it names the text's author ("Bài và ảnh do X thực hiện").
_TEXT_MADE = frozenset({"bài", "bài viết", "nội dung"})


# What joins the names of a byline printed one per line ("THUẬN VĂN -" over "LÊ ÁNH"), or a name to the date a header
# prints after it ("Minh Khôi |" over "28-01-2020 - 08:37 AM": the page's spans one per line).
_GOES_ON_TO_NAME = " ,-–|"


def read_credit(line: str) -> Credit | None:
    """The byline or credit a line is, or None when the line is anything else.

    Forms: a bare name or several ("Minh Anh - Thu Hà"), "PV", "Nhóm PV",
    labelled ("Bài và ảnh: X", "Tin, ảnh: X"), compiled ("X (t/h)"), with an
    agency ("Thu Hà (TTXVN)", "X (Theo Y)", "X - TTXVN"), with a date after
    it ("Minh Anh - 12/3/2024"), and source credits ("Theo X", "Nguồn: X").
    """
    if line[:1] in "*_" and line[-1:] == line[:1]:
        line = line.strip("*_")  # "**Quỳnh Trang**": a byline set in bold, as a page dumped as markdown prints it
    if line[-1:] in _GOES_ON_TO_NAME:
        line = line.rstrip(_GOES_ON_TO_NAME)  # "THUẬN VĂN -" / "LÊ ÁNH", "Minh Khôi |" / its date: a byline's pieces
    half = len(line) // 2
    if len(line) % 2 == 0 and half and line[:half] == line[half:]:
        line = line[:half]  # "Nguồn: [Link nguồn]Nguồn: [Link nguồn]": a credit printed twice
    if line[:1] in "(Bb" and (printed := CREDIT_PRINTED_IN.match(line)):  # (its source is bounded: 80 characters)
        source = _printed_source(printed["source"])
        if source is not None:
            return Credit(source=source, strong=True)  # "Bài viết đã đăng trên báo X số 70 …"
    if (titled := CREDIT_TITLED_NAME.match(line)) is not None and is_person_name(titled["name"]):
        return Credit(authors=[titled["name"]])  # "TS. Linh Phùng (Chủ nhiệm chương trình …)"
    if "@" in line and (mailed := CREDIT_WITH_EMAIL.match(line)) is not None and is_person_name(mailed["name"]):
        return Credit(authors=[mailed["name"]], strong=True)  # "Phước Huỳnh | thphuc.prj@gmail.com"
    if (made := CREDIT_MADE_BY.match(line)) is not None:
        what = {part.strip().casefold() for part in re.split(r",|\svà\s", made["what"])}
        authors = [made["name"]] if what & _TEXT_MADE and is_person_name(made["name"]) else []
        return Credit(authors=authors, strong=True)  # "Bài và ảnh do Minh Anh thực hiện"
    if line.find("://", 0, 40) >= 0 and len(line) <= CREDIT_URL_MAX_CHARS:
        linked = CREDIT_URL.match(line)
        if linked is not None:  # "Nguồn: https://dantri.com.vn/…": the source is the link's site
            return Credit(source=_site_of(linked["url"]), strong=True, linked=True)
    spaces = line.count(" ")
    if len(line) > BYLINE_MAX_CHARS or spaces > BYLINE_MAX_SPACES:
        return None
    if spaces >= NAME_MAX_SYLLABLES:
        if not _CREDIT_HINT.search(line):
            return None  # longer than a name, with no label, join or credit word: a phrase
        if sum(word[:1].islower() for word in line.split()) > CREDIT_MAX_LOWER_WORDS:
            return None  # names and agencies are capitalised: this is a phrase
    if line.count(":") >= 2 - (line.find(":") > line.find("/") > 0):
        roles = _role_credits(line)
        if roles is not None:
            return roles
    # (a short line only, checked above: each reading of the part before is shorter still)
    glued = line.rfind(" Theo ")
    if glued > 0 and (byline := read_credit(line[:glued])) is not None and byline.authors and byline.source is None:
        source = _source_credit(line[glued + 1 :])
        if source is not None:  # "An Bình (t/h) Theo Đời sống Plus": a byline and its source, printed as one line
            return Credit(authors=byline.authors, source=source, strong=True)
    source = _source_credit(line)
    if source is not None:
        if line.lstrip("( ")[:5].casefold() == "theo " and _is_pen_name(source):
            return Credit(authors=[source], strong=True)  # "Theo Tâm An": who the text is "by"
        return Credit(source=source, strong=True)
    if line_key(line) in CREDIT_PHRASES:
        return Credit(strong=True)  # "Nguồn sưu tầm", "Tổng hợp": a credit that names nobody
    if line.endswith(("]", "].")) and CREDIT_LINK_PLACEHOLDER.match(line):
        return Credit(strong=True)  # "Nguồn: [Link nguồn]": a credit with its name lost
    text = words_before_date(line) if line[-1:].isdigit() and is_dateline(line) else line  # "Minh Anh - 12/3/2024"
    bare = text
    text = BYLINE_COMPILED.sub("", text)
    compiled = text != bare
    credit = Credit()
    tail = BYLINE_AGENCY_TAIL.search(text)
    if tail is not None and tail.start() > 0 and _is_agency(tail["source"]):
        credit.source = tail["source"]
        text = text[: tail.start()]
    slashed = _SLASH_AGENCY.match(text)
    if slashed is not None and credit.source is None and _is_agency(slashed["source"]):
        credit.source = slashed["source"]
        text = slashed["name"]  # "Hà Mai/TTXVN", "Bảo Anh/VOV-Tây Bắc"
    labelled = BYLINE_LABEL.match(text)
    if labelled is not None:
        text = text[labelled.end() :]
    text = text.strip()
    if not text:
        return None
    credit.strong = labelled is not None or credit.source is not None or text != bare.strip()
    if text[:5].casefold() == "theo " and is_person_name(text[5:]):
        text = text[5:]  # "Theo MỘC LAN (VTC News)": the author is who the text is "by"
        credit.strong = True
    if text.casefold() in BYLINE_SIGNATURES:
        credit.authors.append(text)
        credit.strong = True
        return credit
    if _INITIALS.match(text):
        credit.authors.append(text)  # "B.N", "T.H.": a writer signing with initials (a weak credit alone)
        return credit
    if is_person_name(text) or (labelled is not None and _is_foreign_name(text)):
        credit.authors.append(text)  # (after a label, any name: "Tác giả: Kylie")
        return credit
    if compiled and is_name(text):
        # "Công Danh (tổng hợp)": only a byline says it compiled the text, so a name's shape is enough
        # (is_person_name refuses a first word that may open a place's name: "Công viên …")
        credit.authors.append(text)
        return credit
    parts = _NAME_JOINS.split(text)
    if len(parts) < 2:
        return None
    last = parts[-1]
    if credit.source is None and len(last) > 1 and (last.isupper() or "." in last) and not is_person_name(last):
        credit.source = parts.pop()  # "Tá Lâm - VNE"
    if not all(p.casefold() in BYLINE_SIGNATURES or is_person_name(p) for p in parts):
        return None
    credit.authors.append(text if credit.source is None else " - ".join(parts))
    return credit


# The parts of a credits line: "Bài: X - Ảnh: Y", "X/ Ảnh: Y/ Clip: Z", "Bài: X | Thiết kế: Y".
_ROLE_PARTS = re.compile(r"\s*(?:/|\|)\s*|\s+[-–—]\s+")
_ROLE = re.compile(r"(?P<role>[^:]{1,20}?)\s*:\s*(?P<who>.+)")


def _role_credits(line: str) -> Credit | None:
    """A credits line naming each contributor by role ("Bài: Ngọc Thùy - Ảnh: Xuân Hiếu - Thiết kế: Hoàng
    Sơn", "Ngọc Thùy/ Ảnh: Xuân Hiếu/ Clip: Team show"): at least two parts, every one a known role with
    capitalised names after its colon (a byline's label, lexicon.BYLINE_LABEL, or CREDIT_OTHER_ROLES), the
    first part perhaps a bare name. The author is who wrote the text; None when a part is anything else."""
    parts = [part.strip(" ,.;") for part in _ROLE_PARTS.split(line)]
    if len(parts) < 2 or not all(parts):
        return None
    authors: list[str] = []
    for n, part in enumerate(parts):
        writer = BYLINE_LABEL.match(part)  # who wrote the text: the byline's own labels
        if writer is not None:
            who = part[writer.end() :]
            if not who or not all(word[:1].isupper() or word in ("và", "&") for word in who.replace(",", " ").split()):
                return None  # the writers' names, every word capitalised
            authors.append(who)
            continue
        labelled = _ROLE.fullmatch(part)
        if labelled is None:
            if n == 0 and is_person_name(part):
                authors.append(part)  # "Ngọc Thùy/ Ảnh: …": the writer, unlabelled, first
                continue
            return None
        if labelled["role"].casefold() not in CREDIT_OTHER_ROLES or not labelled["who"][:1].isupper():
            return None  # another label, or a phrase: "Ảnh: chụp tại hiện trường" (names are capitalised)
    return Credit(authors=authors, strong=True)


# A credit tail longer than this is a sentence about a photo, not a credit.
CREDIT_TAIL_MAX_WORDS = 12
CREDIT_TAIL_MAX_CHARS = 100


# The credit words a bracketed credit holds, as written in any case ("(ảnh: X)", "(Video: CGTN)").
_BRACKETED_CREDIT_WORDS = ("ảnh", "hình", "hoto", "đồ h", "ideo", "lip", "ẢNH", "HÌNH", "HOTO", "ĐỒ H", "IDEO", "LIP")


def has_credit_tail(line: str) -> bool:
    """A caption that ends with its photo credit: "Toàn cảnh buổi lễ. Ảnh: Ngọc Thắng".

    The credit word must be capitalised or in parentheses ("điện ảnh: T.O.P"
    is not a credit) and what follows it short.
    """
    tail = line[-CREDIT_TAIL_MAX_CHARS:]  # the credit is at the end: never search a whole paragraph
    capitalised = (
        "Ảnh" in tail
        or "Hình" in tail
        or "Photo" in tail
        or "Đồ h" in tail
        or "Nguồn ảnh" in tail
        or "Video" in tail
        or "Clip" in tail
    )
    if not capitalised and not ("(" in tail and any(word in tail for word in _BRACKETED_CREDIT_WORDS)):
        return False  # cheap: the credit word, capitalised or inside parentheses
    match = CAPTION_CREDIT_TAIL.search(tail)
    if match is None or (match.start() == 0 and len(tail) == len(line)):
        return False
    if match.group().strip(" ().").casefold() == "ảnh":
        return False  # "… gom góp đồ cổ (ảnh).": print's "pictured" in a sentence of the text, naming no source
    return len(match.group().split()) <= CREDIT_TAIL_MAX_WORDS


def credit_of(line: str) -> Credit | None:
    """:func:`read_credit`, cached by text for a line short enough to be a byline (the closing lines the
    byline step reads are the ones the steps before asked :func:`is_credit` of); a longer line is read
    again (the cache would keep it alive). The credit is shared: read it, do not change it."""
    return _credit_of(line) if len(line) <= BYLINE_MAX_CHARS else read_credit(line)


def is_credit(line: str) -> bool:
    """``line`` is a byline or a source credit (:func:`read_credit`), cached by text."""
    return len(line) <= BYLINE_MAX_CHARS and _credit_of(line) is not None


def is_name_credit(line: str) -> bool:
    """``line`` is a byline of names only ("Minh Anh", "Phạm Dự"): as often a sub-heading or a reader's name."""
    if len(line) > BYLINE_MAX_CHARS:
        return False
    credit = _credit_of(line)
    return credit is not None and not credit.strong and bool(credit.authors)


def named_source(line: str, below: str) -> bool:
    """``line`` is a person's name and ``below``, the line under it, a source credit that names no one
    ("Ngọc Mon" / "Theo Trí Thức Trẻ"): together a byline, whatever stands around them."""
    if not is_name_credit(line):
        return False
    source = credit_of(below)
    return source is not None and source.strong and not source.authors and source.source is not None


def is_strong_credit(line: str) -> bool:
    """``line`` says by its wording that it is a credit ("Theo TTXVN", "Tác giả: X", "X (TTXVN)")."""
    if len(line) > BYLINE_MAX_CHARS:
        return False
    credit = _credit_of(line)
    return credit is not None and credit.strong


@lru_cache(maxsize=16384)
def _credit_of(line: str) -> Credit | None:
    # (a page dumped as markdown links the name: "Tác giả: [Bình Thảo](https://…/author/…)" reads as its words)
    if "](" not in line:
        return read_credit(line)
    credit = read_credit(markdown_text(line))
    if credit is not None and credit.authors and links_an_author(line):
        credit.strong = True  # a name linked to the site's page about its writer: a byline by its link
    return credit


def links_an_author(line: str) -> bool:
    """``line`` links to a site's page about one of its writers ("…/tac-gia/dan-thuan-39174.htm")."""
    return any(path in line for path in AUTHOR_PAGE_PATHS)


# "(LĐTĐ) Từ đầu năm ...", "(Dân trí) - Sáng 5/6 ...", "TTO - Sáng 5/6 ...", "VOV.VN - ...".
# What the lead opens with after its tag: a word, a quotation, a bracket, or a reader's question marked with a star
# (Tuổi Trẻ's Q&A columns: "TT - * Con tôi 12 tuổi, …?").
_TEXT_AFTER_TAG = r"(?=[\w\"“'‘(]|\*\s)"
_PAREN_TAG = re.compile(r"^\((?P<tag>[^()\n]{2,30})\)\s*(?P<dash>[-–—:]\s*)?(?=[\w\"“'‘])")
_BARE_TAG = re.compile(r"^(?P<tag>[^\s()\-–—]{2,24})\s+[-–—]\s*" + _TEXT_AFTER_TAG)
EMPTY_TAG = re.compile(r"^\(\s*\)\s*[-–—]\s*")
# "Dân Việt - ", "Người Lao Động - ": up to four capitalised words and a dash
_OUTLET_TAG = re.compile(r"^(?P<tag>[A-ZĐ][\w.]*(?: [A-ZĐ][\w.]*){1,3})\s+[-–—]\s*" + _TEXT_AFTER_TAG)
_DOMAIN = re.compile(r"\.(?:vn|com|net|org|info)$", re.IGNORECASE)
SOURCE_TAG_MAX_WORDS = 3


# An initial and a name in a word: "S.Glashow", "N.Hậu" (an agency's tag is capitals or a domain: "ANTD.VN", "Zing.vn").
_INITIAL_AND_NAME = re.compile(r"[^\W\d_]\.[^\W\d_]{3,}")


def _abbreviation(token: str) -> bool:
    """ "TTO", "ND", "LĐTĐ", "VOV.VN", "Zing.vn", "Bongda24h", "VnExpress", "24h", "aFamily": not an
    ordinary word."""
    if _DOMAIN.search(token):
        return True
    if _INITIAL_AND_NAME.fullmatch(token) and token[3:].islower():
        return False  # "S.Glashow", "T.Chuyên": a person's initial and name, as a lead may open with one
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return False
    if not token[0].isupper():
        # "24h", "aFamily", "eMagazine": a digit or a capital inside a word that starts low
        return token[0].isalnum() and (any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]))
    return sum(c.isupper() for c in letters) >= 2 or any(c.isdigit() for c in token)


# A dateline's place glued on before the lead's first word is at most this long ("Thừa Thiên - Huế").
GLUED_PLACE_MAX_CHARS = 24
_PLACES = PROVINCES | COUNTRIES


def glued_place(line: str) -> int | None:
    """Where the lead starts after the place its dateline gives, glued on without a space as a crawl of VnExpress
    keeps it ("Hà NộiÔng Trương Quốc Cường …", "TP HCMNgày 5/6 …", "MỹTổng thống …"): a province, city or country
    (lexicon.PROVINCES, COUNTRIES), then a capital that opens a word. None for anything else ("VinFast công bố …":
    a brand's inner capital follows no place)."""
    for k in range(2, min(len(line), GLUED_PLACE_MAX_CHARS + 1)):
        here = line[k]
        if not (here.isupper() and line[k - 1].isalpha() and line[k + 1 : k + 2].islower()):
            continue
        place = line[:k]
        if place[0].isupper() and place.casefold() in _PLACES:
            return k
        return None  # (the first inner capital decides)
    return None


def may_open_with_tag(line: str) -> bool:
    """False when ``line`` cannot open with an agency tag: neither a parenthesis first nor a dash where a tag would
    end (a few C calls: the test every :func:`agency_tag` call starts with)."""
    if line[:1] == "(":
        return True
    head = line[:27]  # sliced once: this runs on every line of the tail
    return " -" in head or " –" in head or " —" in head


def agency_tag(line: str) -> re.Match[str] | None:
    """The agency tag opening a lead or teaser, by shape: a short capitalised tag
    in parentheses (followed by a dash unless it is an abbreviation), or an
    abbreviation or site name followed by a dash. "(Một số) doanh nghiệp ..." is not one."""
    if not may_open_with_tag(line):
        return None
    match = _PAREN_TAG.match(line)
    if match is not None:
        tag = match["tag"].strip()
        if more_words_than(tag, SOURCE_TAG_MAX_WORDS):
            return None
        if not tag[:1].isupper() and not (" " not in tag and _abbreviation(tag)):
            return None
        if match["dash"] or (" " not in tag and _abbreviation(tag)) or line_key(tag) in NEWS_OUTLETS:
            return match
        return None
    match = _BARE_TAG.match(line)
    if match is not None and _abbreviation(match["tag"]):
        return match
    match = _OUTLET_TAG.match(line)
    if match is not None and line_key(match["tag"]) in NEWS_OUTLETS:
        return match  # "Dân Việt - ...": an outlet's name of several words (a place would be "Hà Nội - ...")
    return None
