"""Facility names: where the name after a facility head ends (مطار، مستشفى، شارع، سجن ...).

A facility named after a titled person (مستشفى الملك فهد), a rare word, a name in brackets,
or a name after the head; an adjective after it (مطار دولي، شارع مكتظ) names no facility.
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS, STOPWORDS, common_words, strip_clitics
from kg.mentions_common import (_BRACKETS, _QUOTES, _SON_OF, _conjunct, _quoted_name_end, _adjective_after_head,
                                _nisba_after_head, definite, is_name_word)
from kg.mentions_org_heads import _imperfect_verb
from kg.mentions_names import NAME_LINKERS, is_plain_word
from kg.mentions_place_heads import _name_after_head
from kg.mentions_titled_names import person_name_after
from kg.names import given_names
from kg.normalize import norm


# titles of the people facilities and places are named after: مستشفى الملك فهد، متنزه الشيخ زايد،
# منطقة السيدة زينب
NAMESAKE_TITLES = frozenset(norm(w) for w in "الملك الشيخ الأمير الرئيس الإمام السلطان السيدة".split())


# the most words after the title: a name and its father's (الإمام علي بن أبي طالب)
_NAMESAKE_WORDS = 4
# first words of compound given names, which take the next word (الملك عبد العزيز)
_COMPOUND_FIRST = frozenset(norm(w) for w in "عبد أبو أبي".split())


def _namesake_end(tokens, k, blocked):
    """End of "title + name" at k naming a place after a person (مستشفى الملك فهد، حي الشيخ
    مقصود، مدينة الملك عبدالله), or None."""
    nt = len(tokens)
    if not (k + 1 < nt and k not in blocked and tokens[k].norm in NAMESAKE_TITLES and k + 1 not in blocked):
        return None
    e = k + 1
    while e < nt and e not in blocked and e - k <= _NAMESAKE_WORDS and is_name_word(tokens[e], allow_common=True) \
            and (e == k + 1 or tokens[e - 1].norm in _SON_OF or tokens[e].norm in _SON_OF
                 or tokens[e - 1].norm in _COMPOUND_FIRST) \
            and not (tokens[e].norm[:1] in "بل" and tokens[e].norm not in given_names()
                     and tokens[e].norm not in _SON_OF):
        e += 1     # الملك فهد، الأمير سلطان بن عبدالعزيز (not "بحائل")
    return e if e > k + 1 and tokens[e - 1].norm not in _SON_OF and tokens[e - 1].norm not in _COMPOUND_FIRST \
        else None


def _facility_name_end(tokens, i, blocked) -> int:
    """End of the name after a facility head at i: a person with a title (مطار الملك خالد،
    متنزه الشيخ زايد), a definite name (مطار المزة), or one rare word that no name list
    holds (سجن عوفر), inside parentheses too (سجن (عوفر))."""
    nt = len(tokens)
    k = i + 1
    e = _namesake_end(tokens, k, blocked)
    if e:
        return e
    if k < nt and (_adjective_after_head(tokens[k]) or _nisba_after_head(tokens[k])):
        return i + 1          # "قاعدة محصنة"، "مستشفى ميداني": an adjective, no name
    if k < nt and tokens[k].norm in FACILITY_OWNERS and strip_clitics(tokens[i].norm)[-1][1] in OWNED_FACILITIES:
        return i + 1          # "حاجز الجيش"، "معسكر الشرطة": whose it is, no name
    if k < nt and tokens[k].norm in ORDINARY_FACILITY_COMPLEMENTS.get(strip_clitics(tokens[i].norm)[-1][1], ()):
        return i + 1          # "لسد الفجوة": closing a gap, no dam
    if k < nt and k not in blocked and _no_name_start(tokens[k]):
        return i + 1          # "سجن للصحافيين"، "بسجن سنتين"، "معسكر يسيطر عليه"، "مطار وموانئ"
    end = _name_after_head(tokens, i, blocked, lambda toks, j: definite(toks[j]))
    if end == i + 2 and end + 1 < nt and tokens[end].norm in NAME_LINKERS and end not in blocked \
            and end + 1 not in blocked and is_name_word(tokens[end + 1], allow_common=True):
        end += 2    # معبر كرم أبو سالم: a facility's name runs on over أبو (a place head's stops
        #             before it, a person's name after a region: ولاية غزني | عبد الكريم)
    if end > i + 1 and (definite(tokens[end - 1])
                        or strip_clitics(tokens[i].norm)[-1][1] not in _NAMED_DEFINITE_ONLY):
        return end
    if k < nt and k not in blocked and tokens[k].norm in given_names() and tokens[k].norm not in common_words():
        e = person_name_after(tokens, k, blocked, max_len=3)
        if e > k + 1:
            return e          # شارع عمر المختار، مطار سامر حداد: named after a person
    if k < nt and tokens[k].text in _QUOTES:
        q = _quoted_name_end(tokens, k, blocked)
        if q is not None:
            return q + 1      # فندق «صحفي»، مطعم «البيت الشامي»: any words in quotes name it
    if k + 2 < nt and tokens[k + 2].text == _BRACKETS.get(tokens[k].text):
        k += 1
        if k not in blocked and is_name_word(tokens[k]) and not definite(tokens[k]):
            return k + 2      # سجن (عوفر)، سجن «عوفر»: the name in parentheses or quotes
    if k < nt and k not in blocked and _rare_name(tokens[k]) and (
            k + 1 >= nt or not is_name_word(tokens[k + 1]) or tokens[k + 1].norm in FACILITY_ADJECTIVES) \
            and strip_clitics(tokens[i].norm)[-1][1] not in _NAMED_DEFINITE_ONLY:
        return k + 1
    return i + 1


# what a facility head's verbal noun takes, no facility's name: "لسد الفجوة" closes a gap, "سد
# الذرائع" blocks pretexts
ORDINARY_FACILITY_COMPLEMENTS = {norm(head): frozenset(norm(w) for w in words.split()) for head, words in {
    "سد": "الفجوة الفجوات الفراغ النقص العجز الثغرة الثغرات الطريق الباب الذرائع الحاجة الحاجات "
          "الديون الرمق الشواغر",
}.items()}


# a span of time after a head: "قضت بسجنه سنتين"، "سجن ثلاثة أشهر" (imprisonment, no prison)
DURATIONS = frozenset(norm(w) for w in (
    "سنة سنتين سنتان سنوات عام عامين عامان أعوام شهر شهرين شهران أشهر أسبوع أسبوعين أسابيع "
    "يوم يومين أيام ساعة ساعات مدى مدة").split())


def _no_name_start(tok) -> bool:
    """Can no facility's name start with the word after its head: a preposition with the
    article (للصحافيين، بالمدينة) or with a function word (لأي), an imperfect verb (يسيطر), و + a
    common word (وموانئ), a span of time (سنتين)?"""
    n = tok.norm
    return n.startswith(("لل", "بال")) or _imperfect_verb(n) or _conjunct(n) or n in DURATIONS or any(
        c in ("ل", "ب") and st in STOPWORDS for c, st in strip_clitics(n))   # "قاعدة لأي توسع"


# facilities named by whose they are, no name of their own: حاجز الجيش، معسكر الشرطة
OWNED_FACILITIES = frozenset(norm(w) for w in "حاجز معسكر".split())
FACILITY_OWNERS = frozenset(norm(w) for w in (
    "الجيش الشرطة الأمن القوات الاحتلال النظام المعارضة الحرس الدرك المخابرات الفصائل التنظيم "
    "المسلحين الميليشيات الجماعة الحركة").split())


# facility heads whose one indefinite word after them is an adjective, not a name (شارع مكتظ:
# a street's name has the article or is a person's: شارع الرشيد، شارع عمر المختار)
_NAMED_DEFINITE_ONLY = frozenset(norm(w) for w in "شارع".split())


def _rare_name(tok) -> bool:
    n = tok.norm
    return is_name_word(tok) and not definite(tok) and not is_plain_word(n, 3.5) \
        and n not in given_names() and not any(c and (st in common_words() or st in DIRECTIONS)
                                               for c, st in strip_clitics(n))


FACILITY_ADJECTIVES = frozenset(norm(w) for w in "الدولي الدولية العسكري العسكرية المركزي المركزية".split())
