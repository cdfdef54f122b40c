"""Word tests and helpers shared by the mention finders (kg.mentions and its kg.mentions_* parts).

Is a token definite, a name word, a conjunction + word, a preposition glued to a common word;
the words that end an organisation's name (التابع، المتمركز ...); the adjectives and nisbas
right after a head that are no name (منطقة قريبة); the quotes and brackets a name may be
written in, and where a quoted name ends; and make_mention, a Mention over a range of
tokens without its clitic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import (DIRECTIONS, FACILITY_HEADS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, POST_HEADS, STOPWORDS,
                        common_words, original_prefix_length, strip_clitics)
from kg.mentions_names import _PRONOUN_SUFFIXES, is_plain_word, word_zipf
from kg.model import Mention
from kg.names import all_name_words, given_names, place_names
from kg.normalize import norm

_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")


def bracketed_name_end(tokens, norms, first, close, blocked, most, word_ok) -> "int | None":
    """Where a name in brackets that starts at token ``first`` closes: the index of ``close``
    after one to ``most`` words none of them taken (``blocked``), a stopword or refused by
    ``word_ok`` (a normalised word), and not all common words (منطقة (النزاع): a kind of area in
    brackets, no name); else None."""
    nt = len(tokens)
    k = first
    while k < nt and k - first < most and tokens[k].text != close and k not in blocked \
            and word_ok(norms[k]) and norms[k] not in STOPWORDS:
        k += 1
    if k == first or k >= nt or tokens[k].text != close:
        return None
    if common_words().issuperset(norms[first:k]):
        return None
    return k


_SON_OF = frozenset(["بن", "ابن"])


@lru_cache(maxsize=1)
def _cue_words():
    """Words that introduce a name (place and organisation heads, titles, posts)."""
    return frozenset(PLACE_HEADS) | ORG_HEADS | PERSON_TITLES | POST_HEADS | FACILITY_HEADS


def definite(tok) -> bool:
    """Starts with the article ال as written (ألقت, normalised to القت, does not)."""
    return tok.text.lstrip("\u0640").startswith("\u0627\u0644") and len(tok.norm) > 3


def is_name_word(tok, allow_common=False) -> bool:
    n = tok.norm
    if not _ARABIC_WORD.match(n) or len(n) < 2:
        return False
    if n == "علي" and re.sub("[\u064b-\u0652]", "", tok.text).endswith("\u064a"):
        return True   # the name Ali, not the preposition على (normalised alike)
    if n in STOPWORDS or n in PERSON_TITLES or n in POST_HEADS or n in ORG_HEADS or n in DIRECTIONS:
        return False   # (a direction word never ends a name: "X شمال، ...")
    if not allow_common and n in common_words():
        return False
    if any(stem in _cue_words() or stem in DIRECTIONS for _, stem in strip_clitics(n)[1:]):
        return False   # بمحافظة، وقوات، بوسط: a cue or direction word with a clitic ends a name
    return True


_BRACKETS = {"(": ")", "«": "»", '"': '"', "“": "”"}


def make_mention(tokens, i, j, type_, subtype=None, source="pattern", clitic="", kb_id=None,
                 text=None, score=1.0, title=None):
    """A mention over tokens[i:j], without the clitic on the first token."""
    first = tokens[i]
    # the article stays in the name: والحكومة الصومالية -> الحكومة الصومالية (للجيش: the
    # whole word, no clitic-free part of it exists)
    n = len(clitic) - 2 if clitic.endswith(("لل", "ال")) else len(clitic)
    start = first.start + original_prefix_length(first.text, n)
    end = tokens[j - 1].end
    return Mention(start=start, end=end, text=text[start:end] if text is not None else "",
                   type=type_, subtype=subtype, source=source, kb_id=kb_id, score=score,
                   title=title)


def _bare(tok):
    """The word without a definite article (الجيش -> جيش)."""
    n = tok.norm
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


def _conjunct(word) -> bool:
    """Is the word و + a common word or a given name (وشارك، والفكر، وأحمد), not a name
    that starts with و (وضاح)?"""
    if not word.startswith("و"):
        return False
    stem = word[1:]
    return len(stem) > 1 and (stem in common_words() or stem in given_names()
                              or is_plain_word(stem, _CONJUNCT_ZIPF)
                              or (stem.startswith("ال") and len(stem) > 3)
                              or _dual_or_plural_of_common(stem) or _verb_with_object(stem))


#: object pronouns a verb takes (سحبته، اعتقلتها، قتلوهم): the third person's
_OBJECT_SUFFIXES = tuple(s for s in _PRONOUN_SUFFIXES if s.startswith("ه"))
_VERB_BASE_ZIPF = 3.5


def _verb_with_object(word) -> bool:
    """سحبته، اعتقلتها: a word of general text (the verb) with an object pronoun, after which
    "و" is a conjunction ("وسحبته من القاعة"), no name's first letter."""
    for suffix in _OBJECT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return is_plain_word(word[:-len(suffix)], _VERB_BASE_ZIPF)
    return False


def _dual_or_plural_of_common(word) -> bool:
    """مصدران، مسؤولين، مقاتلون: the dual or sound plural of a common word ("ومصدران بالشرطة":
    and two sources, no name after و)."""
    return len(word) >= 5 and word.endswith(("ان", "ين", "ون")) and word[:-2] in common_words()


#: how common in general text a word after و must be, in no name list, for و to be the
#: conjunction (ويغطي، وتقدم): rarer ones may be names that start with و (وضاح)
_CONJUNCT_ZIPF = 3.5


_PREPOSITIONS = frozenset(["ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"])


def _preposition_and_word(word) -> bool:
    """A preposition glued to a word common in general text (بمخطط), and no name (بدر)."""
    return word not in all_name_words() and any(
        c in _PREPOSITIONS and len(st) > 2 and is_plain_word(st, 3.5) for c, st in strip_clitics(word))


def _prepositional(word) -> bool:
    """Is the word a preposition glued to a common noun (بزي، لعملية)? No name starts so."""
    return any(c in _PREPOSITIONS and len(stem) > 1 and stem in common_words() and stem not in STOPWORDS
               for c, stem in strip_clitics(word))


ORG_NAME_STOPS = frozenset(["تدعي", "يدعي", "تسمي", "يسمي",    # جماعة تدعى X: X is the name
                            "التابع", "التابعه", "المرتبط", "المرتبطه", "الموالي", "المواليه",
                            "المدعوم", "المدعومه", "المقرب", "المقربه", "المسؤول", "المسووله",
                            "المتحالف", "المتحالفه", "المعروف", "المعروفه", "الملقب",
                            "المنضوي", "المنضويه", "المنضوين", "المنضوون",
                            # where a force stands: الكتائب الحكومية المتمركزة حول X
                            "المنتشر", "المنتشره", "المتمركز", "المتمركزه", "المرابط", "المرابطه",
                            "الموجود", "الموجوده",
                            # a body's apposition after its name: قوات X الجناح العسكري لحزب Y
                            "الجناح", "الذراع",
                            # what it is made of or whom it backs: حرس الحدود المؤلفة من، قوات X المؤيدة للتحالف
                            "المؤلف", "المؤلفه", "المكون", "المكونه", "المؤيد", "المؤيده"])


def _plain_given_name(w) -> bool:
    """A given name of the lexicon, bare (no clitic read off), that is no common word or title."""
    return w in given_names() and w not in common_words() and w not in PERSON_TITLES \
        and w not in STOPWORDS and w not in POST_HEADS


_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}


def _adjective_after_head(tok) -> bool:
    """An indefinite feminine or plural word (or a verb: أصبحت) common in general text, no
    known town, right after a place head: an adjective, a noun or a verb (منطقة قريبة،
    منطقة عازلة، قضاء إجازات، منطقة أصبحت خالية)."""
    n = tok.norm
    return not definite(tok) and n.endswith(("ه", "ت")) and is_plain_word(n, 3.3) \
        and n not in place_names()


# short indefinite nisba adjectives of facilities and places (a field, a compound, a market)
SHORT_NISBAS = frozenset(norm(w) for w in "نفطي نفطيا سكني سكنيا شعبي طبي أمني".split())


def _nisba_after_head(tok) -> bool:
    """An indefinite nisba adjective common in general text, in any case (ميداني، ميدانيا،
    عسكري، جوي، نفطي), no known town: "مستشفى ميداني" is a field hospital, not one named ميداني;
    "جسر جوي" an airlift."""
    n = tok.norm
    if n in SHORT_NISBAS:
        return True     # "حقل نفطي"، "مجمع سكني": four letters, rarer than a name (شافي) in the counts
    return not definite(tok) and n.endswith(("ي", "يا")) and word_zipf(n) >= (3.0 if len(n) > 4 else 4.0) \
        and len(n) > 2 and n not in place_names() and n not in given_names()


def _feminine_nisba_after_head(tok) -> bool:
    """An indefinite feminine nisba adjective right after a place head: "منطقة صحراوية" is a
    desert area, "منطقة حدودية" a border area (a town written so is rarer in general text:
    كفرية، حمورية)."""
    n = tok.norm
    return not definite(tok) and n.endswith("يه") and len(n) > 4 and word_zipf(n) >= _FEMININE_NISBA_ZIPF \
        and n not in place_names() and n not in given_names()


_FEMININE_NISBA_ZIPF = 3.0


def _quoted_name_end(tokens, q, blocked, max_len=4):
    """End of a name of one to ``max_len`` Arabic words inside the quotes opening at
    tokens[q] (tokens[q + 1:end]; tokens[end] is the closing quote), or None.

    تنظيم "جند الخلافة": the name is جند الخلافة.
    """
    if q >= len(tokens) or tokens[q].text not in _QUOTES:
        return None
    close = _QUOTES[tokens[q].text]
    k = q + 1
    while k < len(tokens) and k - q <= max_len + 1:
        if tokens[k].text == close:
            return k if k > q + 1 else None
        if k in blocked or not _ARABIC_WORD.match(tokens[k].norm):
            return None
        k += 1
    return None
