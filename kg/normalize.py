"""Arabic normalisation that keeps a map back to the original offsets.

One character-level table does all of it (diacritics and tatweel removed,
alef variants to bare alef, alef maqsura to ya, teh marbuta to heh, the Persian
letters of text typed on Persian keyboards to their Arabic ones, every kind
of white space, the no-break space included, to a plain space), so that each
normalised character knows the original character it came from. The table is
checked against camel-tools' own normalisers in the tests, and camel-tools'
``dediac_ar`` list of diacritics is what we delete.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.caches import WORDS, register

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, ...) and tatweel
_DIACRITICS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670\u0640"
_ALEFS = "\u0622\u0623\u0625\u0671"          # آ أ إ ٱ
_SPACES = "\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u2000\u2001\u2004\u2005\u2006\u2008\u205F\u3000\t\r\n\f\v"
_INVISIBLE = "\u200B\u200C\u200D\u200E\u200F\u061C\uFEFF"   # zero-width chars, bidi marks

_TABLE = {}
for _c in _DIACRITICS + _INVISIBLE:
    _TABLE[ord(_c)] = None
for _c in _ALEFS:
    _TABLE[ord(_c)] = "\u0627"
_TABLE[ord("\u0649")] = "\u064A"   # ى -> ي
_TABLE[ord("\u0629")] = "\u0647"   # ة -> ه
# Persian and Urdu letters that Arabic text typed on those keyboards carries: farsi yeh
# ی, keheh ک, heh doachashmee ھ, heh goal ہ, heh with yeh above ۀ
_TABLE[ord("\u06CC")] = "\u064A"   # ی -> ي
_TABLE[ord("\u06A9")] = "\u0643"   # ک -> ك
for _c in "\u06BE\u06C1\u06C0":
    _TABLE[ord(_c)] = "\u0647"       # ھ ہ ۀ -> ه
for _c in _SPACES:
    _TABLE[ord(_c)] = " "
# Arabic-Indic and Persian digits -> ASCII digits
for _i in range(10):
    _TABLE[0x0660 + _i] = str(_i)
    _TABLE[0x06F0 + _i] = str(_i)

_COMMON_REPLACEMENTS = tuple((chr(k), v) for k, v in _TABLE.items() if v is not None)

# Arabic Presentation Forms-B (the shaped letters of text copied from PDFs or old pages:
# ﻗﻮﺍﺕ for قوات): each letter form to its letter (then as the table above has it, ﺓ -> ه),
# the isolated and medial harakat forms deleted; the lam-alef ligatures (ﻻ -> لا, two
# letters) only where a word or a whole text is normalised (_LIGATURES), since the
# character-level passes keep one character for one
_PRESENTATION_RE = re.compile("[\uFE70-\uFEFC]")
for _cp in range(0xFE70, 0xFE80):
    _TABLE[_cp] = None
for _cp in range(0xFE80, 0xFEF5):
    _base = unicodedata.normalize("NFKC", chr(_cp))
    if len(_base) == 1 and _base != chr(_cp):
        _TABLE[_cp] = _TABLE.get(ord(_base), _base)
_LIGATURES = {_cp: unicodedata.normalize("NFKC", chr(_cp)).translate(_TABLE) for _cp in range(0xFEF5, 0xFEFD)}

NORM_TABLE = _TABLE
_WORD_TABLE = {**_TABLE, **_LIGATURES}

#: the word characters of ASCII and the Arabic letters and digits, spelt out for regular
#: expressions run over every character of a text: a class holding ``\w`` alone looks up each
#: character's Unicode category, one that lists these too (``[...\w]``, the same characters:
#: ``\w`` holds them all) finds the common ones in a table first
COMMON_WORD_CHARS = "0-9A-Z_a-z\u0621-\u063A\u0641-\u064A\u0660-\u0669"

# the table as the characters to delete (those of the Presentation Forms apart) and a list
# of single-character replacements
_DELETED = tuple(chr(k) for k, v in _TABLE.items() if v is None and not 0xFE70 <= k <= 0xFEFC)
_PRESENTATION_DELETED = tuple(chr(k) for k, v in _TABLE.items() if v is None and 0xFE70 <= k <= 0xFEFC)
_PRESENTATION_REPLACEMENTS = tuple((chr(k), v) for k, v in _TABLE.items()
                                   if v is not None and 0xFE70 <= k <= 0xFEFC)


_PRESENTATION_LETTERS = re.compile("[\uFE80-\uFEFC]+")


def plain_letters(text: str) -> str:
    """The text with the presentation forms of its letters written as the letters themselves
    (ﺍﻟﺘﺤﺎﻟﻒ -> التحالف, ﻻ -> لا), nothing else changed: for a name shown to people or searched."""
    if not _PRESENTATION_LETTERS.search(text):
        return text
    return _PRESENTATION_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def normalize_chars(text: str) -> str:
    """``text.translate(NORM_TABLE)``, about four times faster on an article.

    ``str.translate`` looks every character up in the table; here each
    character to delete or to replace that occurs in the text goes in one
    ``str.replace`` (no replacement produces a character that another one
    replaces or deletes, so the order is free). Whether a character occurs is
    one ``in`` test, which runs at memchr's speed: a regular expression of all
    the characters to delete tried every position (about five times the
    instructions of the tests, on an article).
    """
    presentation = _PRESENTATION_RE.search(text)    # (rare: looked for once, not letter by letter)
    for old in _DELETED:
        if old in text:
            text = text.replace(old, "")
    if presentation:
        for old in _PRESENTATION_DELETED:
            if old in text:
                text = text.replace(old, "")
    for old, new in _COMMON_REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    if presentation:
        for old, new in _PRESENTATION_REPLACEMENTS:
            if old in text:
                text = text.replace(old, new)
    return text


def table_chars(table: dict):
    """A function telling whether a string holds a character ``table`` maps (its ``search``):
    most words hold none, and one regular-expression scan is several times faster than
    ``str.translate``, which looks every character up in the table."""
    return re.compile("[" + re.escape("".join(map(chr, table))) + "]").search


_MAPPED = table_chars(_WORD_TABLE)


@lru_cache(maxsize=WORDS)
def norm(s: str) -> str:
    """Normalise a word or phrase (no offset map). White space is collapsed."""
    out = s.translate(_WORD_TABLE) if _MAPPED(s) else s
    if "  " in out or out[:1] == " " or out[-1:] == " ":
        out = " ".join(out.split())
    return out


register(norm.cache_clear)


@dataclass
class NormalizedText:
    """A normalised text and, for each of its characters, the original offset."""

    text: str
    offsets: list      # offsets[i] = index in the original of normalised char i
    original_length: int

    def to_original(self, start: int, end: int) -> tuple:
        """Map a normalised span (end exclusive) back to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def normalize_text(text: str) -> NormalizedText:
    """Normalise a whole article, keeping the offset map (no collapsing of spaces)."""
    if text.isascii():
        return NormalizedText(text, list(range(len(text))), len(text))
    chars = []
    offsets = []
    table = _WORD_TABLE
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is None:
            continue
        chars.append(rep)
        offsets.append(i)
        if len(rep) > 1:                   # a lam-alef ligature: two letters from one character
            chars[-1] = rep[0]
            chars.append(rep[1:])
            offsets.append(i)
    return NormalizedText("".join(chars), offsets, len(text))
