"""The byte tables of the legacy Vietnamese encodings, as data, in one place.

Each table says which character a byte stands for in that encoding. A page in
one of them reaches us *read* as another code page: as Latin-1 (byte 0x93 is
the control U+0093) or as Windows-1252 the way browsers read it (0x93 is "“",
the five bytes it leaves undefined are the controls). :func:`readings` lists
the characters a byte can so have become; the decoders of legacy.py and
mojibake.py are built from these tables and nothing else.
"""

from __future__ import annotations

# TCVN 5712:1993 (VN1; VN3/ABC is its lower-case subset) bytes 0xA1..0xFF, as
# the C library's iconv reads them (0xB0..0xB4 are the five combining tone
# marks). Bytes 0x80..0xA0 are left to Windows-1252: .VnTime pages use them
# for its punctuation ("“" at 0x93), not for VN1's capitals.
TCVN3_HIGH = (
    "ĂÂÊÔƠƯĐăâêôơưđẶ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔ"
    "ỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
TCVN3 = {0xA1 + offset: char for offset, char in enumerate(TCVN3_HIGH)}

# VISCII (RFC 1456) bytes 0x80..0xFF, as iconv reads them; it also puts six
# rare capitals on C0 controls (VISCII_LOW): remove_hidden keeps such a control
# beside a letter for the legacy step ("M\x19" is "MỸ"), and clean_characters
# makes a space of one left unread, as of every other C0 control.
VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡ"
    "ưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"
)
VISCII_LOW = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
VISCII = {0x80 + offset: char for offset, char in enumerate(VISCII_HIGH)}

# VNI-Windows writes a vowel as its base letter followed by one mark letter
# ("aù" is "á", "aâ" is "â", "aá" is "ấ"), capitals with capital marks ("AÙ"),
# and a few letters as one stand-in character.
VNI_TONES = {"ù": 2, "ø": 1, "û": 3, "õ": 4, "ï": 5}  # sắc, huyền, hỏi, ngã, nặng: tone numbers of syllable.TONE_MARKS
VNI_CIRCUMFLEX = {"â": 0, "á": 2, "à": 1, "å": 3, "ã": 4, "ä": 5}  # on a, e, o
VNI_BREVE = {"ê": 0, "é": 2, "è": 1, "ú": 3, "ü": 4, "ë": 5}  # on a
VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
# "í" and "ì" are written as themselves; "ỉ ĩ ị ỵ" by the stand-ins above.


# VIQR (RFC 1456), plain ASCII: a vowel, then its diacritic, then its tone
# ("Vie^.t Nam"); "dd" is "đ"; a backslash keeps the next character as it is.
VIQR_DIACRITICS = {("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô", ("a", "("): "ă", ("o", "+"): "ơ", ("u", "+"): "ư"}
VIQR_TONES = {"`": 1, "'": 2, "?": 3, "~": 4, ".": 5}  # huyền, sắc, hỏi, ngã, nặng: syllable.TONE_MARKS numbers


def _cp1258() -> dict[int, str]:
    """Windows-1258 bytes 0x80..0xFF (the five it leaves undefined are absent)."""
    table = {}
    for byte in range(0x80, 0x100):
        try:
            table[byte] = bytes([byte]).decode("cp1258")
        except UnicodeDecodeError:
            continue
    return table


# Windows-1258 (Vietnamese Windows) keeps most of Latin-1 but puts ă â đ ơ ư
# and the tone marks (combining, at 0xCC 0xD2 0xDE 0xEC 0xF2) in its own places.
CP1258 = _cp1258()


def _cp1252() -> dict[int, str]:
    """Windows-1252 bytes 0x80..0x9F as browsers read them: the five undefined ones as C1 controls."""
    return {byte: bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(0x80, 0xA0)}


CP1252 = _cp1252()
# The characters of Windows-1252 that are not in Latin-1 ("€", "“", "Š", ...).
CP1252_ONLY = "".join(char for byte, char in CP1252.items() if char != chr(byte))


def readings(byte: int) -> tuple[str, ...]:
    """The characters ``byte`` shows as when read as Latin-1 or as Windows-1252."""
    latin1 = chr(byte)
    cp1252 = CP1252.get(byte, latin1)
    return (latin1,) if cp1252 == latin1 else (latin1, cp1252)


def translation(table: dict[int, str]) -> dict[int, str]:
    """A ``str.translate`` table: every reading of each byte of ``table`` to what the byte stands for."""
    return {ord(read): char for byte, char in table.items() for read in readings(byte) if read != char}


# Every character a byte 0x80..0xFF can be read as, back to that byte as a
# Latin-1 character: text read as Windows-1252 becomes its Latin-1 reading.
TO_LATIN1 = {ord(char): chr(byte) for byte, char in CP1252.items() if char != chr(byte)}
