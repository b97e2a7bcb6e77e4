"""What normalize has to do to a text, found in one scan before any step runs.

Most news needs nothing but spacing; some needs the repair steps (an attention
character), some only the tone step (a misplaced mark). The Python original is
one regex (:data:`TRIAGE`); its C twin (``_scan.c``, loaded through
``vnnews_clean._native``) answers the same in one pass at a fraction of the cost
and is used when built. The twin holds no character data: :func:`build_table`
makes its table from the same strings the regexes are made of.
"""

from __future__ import annotations

import re
import sys
from array import array
from types import ModuleType
from typing import Any

from .._native import load
from .characters import BREAK_CHARS, BROKEN_HINTS_ALONE, CP1252_SPECIALS, INVISIBLE, NFC_UNSAFE_BMP, ODD_SPACES
from .legacy import LEGACY_HINTS, LEGACY_PAIRS
from .syllable import (
    CODA_START,
    MARKED,
    PLAIN,
    RULE_LETTERS,
    STYLES,
    TONED_HORN_U,
    TONED_PLAIN,
    TONED_RULE_LETTERS,
    suspicious_parts,
)

# What the line_breaks, nfc, hidden, legacy, encoding or characters step could
# act on. Text without any of it (most clean text) skips those six steps. "Ã" and "Â"
# count only before a character that makes them mojibake. Characters beyond
# the BMP are tested apart (see beyond_bmp): in a class they slow sre's scan
# by a third.
ATTENTION_ALONE = f"{BREAK_CHARS}{NFC_UNSAFE_BMP}{LEGACY_HINTS}{INVISIBLE}{ODD_SPACES}{BROKEN_HINTS_ALONE}"
# "Ã"/"Â" before a Windows-1252 character, "&" that starts an entity ("VH,TT&DL" is no entity)
MOJIBAKE_LEADS = "ÃÂ"
MOJIBAKE_SIGNS = f"\\xa0-\\xbf{CP1252_SPECIALS}"
ENTITY_START = "&"
ENTITY_NAME = "0-9a-zA-Z"
# a legacy pair ("taòi", "aù": legacy.LEGACY_PAIRS) is found at its second letter
PAIR_SECONDS = "".join(follows for _, follows in LEGACY_PAIRS)
IN_CONTEXT = (
    f"(?<=[{MOJIBAKE_LEADS}])(?=[{MOJIBAKE_SIGNS}])",
    f"(?<={ENTITY_START})(?=#?[{ENTITY_NAME}]{{1,32}};)",
    *(f"(?<=[{letters}][{follows}])" for letters, follows in LEGACY_PAIRS),
)
# One leading character class, then a lookbehind for which kind the hit is: an
# alternation of two classes at the top loses sre's fast skip (3x slower on news).
ATTENTION = re.compile(
    f"[{ATTENTION_ALONE}{MOJIBAKE_LEADS}{ENTITY_START}{PAIR_SECONDS}]"
    f"(?:(?<=[{ATTENTION_ALONE}])|{'|'.join(IN_CONTEXT)})"
)


def beyond_bmp(text: str) -> bool:
    """Any character above U+FFFF (emoji, historic scripts): at memory speed."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def triage_pattern(style: str | None) -> re.Pattern[str]:
    """One scan for both kinds of work: an attention character, or a misplaced tone.

    A single leading character class keeps sre's fast skip; lookbehinds then
    tell which kind the hit is, and the ``attention`` and ``in_context``
    groups mark the first kind. A marked vowel between consonants fails after
    two checks.
    """
    if style is None:
        return re.compile(f"(?P<attention>{ATTENTION.pattern})(?P<in_context>)")
    toned, after = suspicious_parts(style)
    # "Ã" is a marked vowel too, and mojibake before a Windows-1252 sign ("Ã™"):
    # it gets the checks that follow
    guard = toned.replace("Ã", "")
    return re.compile(
        f"[{ATTENTION_ALONE}{MOJIBAKE_LEADS}{ENTITY_START}{PAIR_SECONDS}{toned}](?:{after}"
        # not a marked vowel: then it is an attention character (a marked vowel is
        # one only in context: a legacy pair's second letter, "ò" in "taòi")
        f"|(?<![{guard}])(?<=[{ATTENTION_ALONE}])(?P<attention>)|(?:{'|'.join(IN_CONTEXT)})(?P<in_context>))"
    )


class _CompiledOnFirstUse(dict[str | None, re.Pattern[str]]):
    """``triage_pattern(style)`` by style, each compiled when first asked for (about 8 ms a style),
    not at import: most runs use one style, and with the C twin none."""

    def __missing__(self, style: str | None) -> re.Pattern[str]:
        if style not in (*STYLES, None):
            raise KeyError(style)
        pattern = self[style] = triage_pattern(style)
        return pattern


TRIAGE: dict[str | None, re.Pattern[str]] = _CompiledOnFirstUse()


# --- the C twin ------------------------------------------------------------

_BMP = 0x10000


def table_classes() -> dict[str, str]:
    """The twin's flag names (its ``FLAGS``) and the regex character class each stands for."""
    return {
        "alone": ATTENTION_ALONE,
        "mojibake_lead": MOJIBAKE_LEADS,
        "mojibake_sign": MOJIBAKE_SIGNS,
        "ampersand": ENTITY_START,
        "entity_name": ENTITY_NAME,
        "toned_plain": TONED_PLAIN,
        "toned_horn_u": TONED_HORN_U,
        "plain": PLAIN,
        "marked": MARKED,
        "coda_start": CODA_START,
        **{f"pair_first_{k}": letters for k, (letters, _) in enumerate(LEGACY_PAIRS)},
        **{f"pair_second_{k}": follows for k, (_, follows) in enumerate(LEGACY_PAIRS)},
        **RULE_LETTERS,
        **{f"toned_{name}": letters for name, letters in TONED_RULE_LETTERS.items()},
    }


def build_table(flags: dict[str, int]) -> bytes:
    """65536 native uint32 (one per BMP code point): the OR of the ``flags`` of the classes holding it.

    Membership is asked of sre itself, so that a class means here exactly what
    it means in the regexes (ranges, escapes and all); a class of plain letters
    (nothing re.escape would touch) holds just those letters, and sre is spared
    scanning the BMP for it. Built a byte lane at a time with big integers: a
    loop over the 60 000 code points of the attention class took 50 ms at every
    import.
    """
    classes = table_classes()
    if set(classes) != set(flags):
        raise RuntimeError(f"the C scan and triage.py disagree on the classes: {sorted(set(classes) ^ set(flags))}")
    codes = array("I", range(_BMP))
    if sys.byteorder == "big":
        codes.byteswap()
    # every BMP code point, lone surrogates too (UTF-16 would pair them)
    bmp = codes.tobytes().decode("utf-32-le", "surrogatepass")
    lanes = [0, 0, 0, 0]  # byte k of every entry, as one integer of _BMP bytes
    for name, members in classes.items():
        inside = bytearray(_BMP)  # 1 where the class holds the code point
        if re.escape(members) == members:
            for letter in members:
                inside[ord(letter)] = 1
        else:
            for run in re.finditer(f"[{members}]+", bmp):
                inside[run.start() : run.end()] = b"\x01" * (run.end() - run.start())
        ones = int.from_bytes(inside, "little")
        for k in range(4):
            lanes[k] |= ones * ((flags[name] >> (8 * k)) & 0xFF)  # a byte times at most 255: no carry
    table = bytearray(4 * _BMP)
    for k, lane in enumerate(lanes):
        table[(k if sys.byteorder == "little" else 3 - k) :: 4] = lane.to_bytes(_BMP, "little")
    return bytes(table)


def configured(module: ModuleType) -> ModuleType:
    """``module`` (the built ``_scan``) with its table handed over."""
    module.configure(build_table(module.FLAGS))
    return module


class _ConfiguredOnFirstScan:
    """The twin (its constants and ``scan``), its table built and handed over at the first scan, not at
    import. After that ``scan`` is the twin's own function, found in the instance: no extra call."""

    def __init__(self, module: ModuleType) -> None:
        self.__dict__.update((name, value) for name, value in vars(module).items() if not name.startswith("__"))
        del self.__dict__["scan"]  # until configured: the method below
        self._module = module

    def scan(self, text: str, style: int) -> int:
        configured(self._module)
        self.scan = self._module.scan  # type: ignore[method-assign]
        return self.scan(text, style)


_loaded = load("normalize")
# The twin ready to scan, or None: then normalize runs on TRIAGE and ATTENTION.
TWIN: Any = _ConfiguredOnFirstScan(_loaded) if _loaded is not None else None
