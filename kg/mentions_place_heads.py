"""Place heads: the name after a place head (مدينة، قرية، مديرية ...) and where it ends.

_name_after_head: a name after a head (compound names: قرية عين الماء); _listed_places and
_quoted_places: several places after a plural or dual head; district_name_end: a district's
name (مديرية دار سعد); _place_name_alone: a neighbourhood named by one word; the words after a
head that say what kind of area it is, not which place (NOT_PLACE_NAMES, PLACE_PARTICIPLES).
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS, PLACE_HEADS, STOPWORDS, common_words, strip_clitics
from kg.mentions_common import (_ARABIC_WORD, _BRACKETS, _conjunct, _cue_words, _prepositional, _quoted_name_end,
                                definite, is_name_word, make_mention)
from kg.mentions_names import NAME_LINKERS, is_accusative_noun, is_suffixed_common, word_zipf
from kg.names import all_name_words, family_names, given_names, place_names
from kg.normalize import norm


_PREP_ARTICLE = "لل"     # (not بال: بلدة بالما is Palma)
# first words of compound place names, after which a common word is still the name:
# قرية عين الماء، بلدة كفر نبل، مخيم تل الزعتر، قرية دير البلح، بلدة بيت سالم
PLACE_NAME_PREFIXES = frozenset(norm(w) for w in "بيت كفر عين تل دير خان بني رأس بئر مرج قلعة جسر باب جبل البو".split())
# (البو: "the sons of", Iraq's villages named for a clan: قرى البو عيثة والبو شجل)


def _name_after_head(tokens, i, blocked, first_may_be_common) -> int:
    """End (exclusive) of the name after a head word at ``i``: at most two name words,
    ending after a definite one, before a direction word or a word joined by و, never on a
    word that takes the next one with it (ولاية غزني عبد الكريم: a person's name starts at عبد).
    The first word may be a common one when ``first_may_be_common(tokens, i + 1)``."""
    nt = len(tokens)
    k = i + 1
    if k < nt and tokens[k].norm.startswith(_PREP_ARTICLE) and len(tokens[k].norm) > 4:
        return k    # "مخيم للنازحين": a preposition, no name after the head
    while k < nt and k - i <= 2 and k not in blocked and tokens[k].norm not in DIRECTIONS \
            and not (k > i + 1 and tokens[k].norm.startswith("و")) \
            and not (k == i + 2 and (tokens[k].norm in NAME_LINKERS or _person_starts(tokens, k))) \
            and not is_accusative_noun(tokens[k].norm) and not _prepositional(tokens[k].norm) \
            and not (k > i + 1 and _for_the(tokens[k].norm) and _town_head(tokens[i].norm)) \
            and not (k == i + 1 and (_imperfect_verb(tokens[k].norm) or _verb_before_preposition(tokens, k))) \
            and not (k > i + 1 and tokens[k].norm in _POSSESSING) \
            and not (k > i + 1 and _time_of_day(tokens, k)) \
            and is_name_word(tokens[k], allow_common=(k == i + 1 and first_may_be_common(tokens, k)) or (
                k == i + 2 and tokens[k - 1].norm in PLACE_NAME_PREFIXES)):
        k += 1
        if definite(tokens[k - 1]) and tokens[k - 1].norm not in PLACE_NAME_PREFIXES:
            break   # (البو takes the clan's name after it: منطقة البو عيثة)
    if k == i + 2 and _named_after_person(tokens, i + 1, blocked):
        return k + 2    # مسجد عمرو بن العاص، مدينة سلطان بن عبدالعزيز: a person's name in full
    return k



#: a time of day, before a weekday or a day word: "في منطقة ألمار صباح الجمعة" ends at ألمار
TIMES_OF_DAY = frozenset(norm(w) for w in "صباح مساء ظهر فجر عصر ليل ليلة ظهيرة".split())
_DAYS = frozenset(norm(w) for w in "اليوم أمس الأمس غد السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء "
                  "الخميس الجمعة".split())


def _time_of_day(tokens, k) -> bool:
    return tokens[k].norm in TIMES_OF_DAY and k + 1 < len(tokens) and tokens[k + 1].norm in _DAYS


#: how common (Zipf) an imperfect verb must be, as written and without its first letter, to
#: be read as a verb after a place head (قرية تسيطر عليها), not a place's name
_VERB_AFTER_HEAD_ZIPF = 3.5


def _imperfect_verb(w) -> bool:
    """Is the word after a place head an imperfect verb (تسيطر، يقطنها: "a village that ...
    controls"), common as written and as a stem, and no town or name the lists know?"""
    return w[:1] in "تي" and len(w) >= 4 and w not in place_names() and w not in all_name_words() \
        and word_zipf(w) >= _VERB_AFTER_HEAD_ZIPF and word_zipf(w[1:]) >= _VERB_AFTER_HEAD_ZIPF


#: prepositions a verb of place takes: "منطقة تقع بين الضالع وإب"، "منطقة تمتد من X إلى Y"
_PLACE_VERB_PREPOSITIONS = frozenset(norm(w) for w in "بين من في على عن إلى الى حتى قرب".split())


def _verb_before_preposition(tokens, k) -> bool:
    """Is tokens[k], after a place head, an imperfect verb common as written (تقع، تمتد، يقع) with
    a preposition after it, whatever its stem ("منطقة تقع بين ...": "an area that lies between")?"""
    w = tokens[k].norm
    return w[:1] in "تي" and len(w) >= 3 and k + 1 < len(tokens) and tokens[k + 1].norm in _PLACE_VERB_PREPOSITIONS \
        and w not in place_names() and w not in all_name_words() and word_zipf(w) >= _VERB_AFTER_HEAD_ZIPF


#: "having", after a place's name: حي X ذو الغالبية الكردية (a description, no word of the name)
_POSSESSING = frozenset(norm(w) for w in "ذو ذات".split())


def _town_head(word) -> bool:
    """Is the word a town's or district's head (حي، قرية، مدينة), not a facility's (مجمع X للغاز)?"""
    return any(st in PLACE_HEADS for _, st in strip_clitics(word))


def _for_the(word) -> bool:
    """Is the word لـ glued to the article (للاشتباه، للنازحين)? It ends a place's name after its
    first word ("حي أوكميداني للاشتباه بـ": why they were held, no second word of the name)."""
    return word.startswith(_PREP_ARTICLE) and len(word) > 4


def _person_starts(tokens, k) -> bool:
    """Does a person's name start at tokens[k], a given name followed by another name's word
    (ولاية جوبالاند أحمد محمد إسلام: the region's name ends before أحمد)? Not after a compound
    name's first word (قرية عين أحمد) or a linking word (مستشفى أبو يوسف النجار)."""
    return k + 1 < len(tokens) and tokens[k].norm in given_names() and tokens[k - 1].norm not in PLACE_NAME_PREFIXES \
        and tokens[k - 1].norm not in NAME_LINKERS and is_name_word(tokens[k + 1]) \
        and (tokens[k + 1].norm in given_names() or tokens[k + 1].norm in family_names()
             or tokens[k + 1].norm in NAME_LINKERS)


#: "son of" between two names: X بن Y is one person's name
PATRONYMIC_LINKERS = frozenset(norm(w) for w in "بن ابن".split())


def _named_after_person(tokens, k, blocked) -> bool:
    """Do tokens[k:k + 3] make a person's name, a name word, "son of" and a name word
    (عمرو بن العاص), so that a place named after him takes all three? (Not عبد or أبو, which
    start the next person's name: ولاية غزني عبد الكريم ...)"""
    return k + 2 < len(tokens) and tokens[k].norm in all_name_words() \
        and tokens[k + 1].norm in PATRONYMIC_LINKERS \
        and k + 1 not in blocked and k + 2 not in blocked and is_name_word(tokens[k + 2], allow_common=True)


def _listed_places(tokens, i, blocked, text, subtype):
    """Names listed after a plural place head at i, the first bare, the next ones after و
    (a name the knowledge base knows is skipped over, it is found already): at least two."""
    nt = len(tokens)
    out, k, n = [], i + 1, 0
    while k < nt and n < 8:
        clitic = "" if n == 0 else "و"
        if n and not tokens[k].norm.startswith("و"):
            break
        if k in blocked:
            while k in blocked:
                k += 1
            n += 1
            continue
        stem = tokens[k].norm[len(clitic):]
        if stem in PLACE_NAME_PREFIXES and k + 1 < nt and k + 1 not in blocked \
                and _ARABIC_WORD.match(tokens[k + 1].norm) and tokens[k + 1].norm not in STOPWORDS \
                and not tokens[k + 1].norm.startswith("و"):
            # a compound name (بلدات بيت أمر وسعير، قرى كفر نبل وحاس): its first word is a word too
            out.append(make_mention(tokens, k, k + 2, "Place", subtype, clitic=clitic, text=text))
            k, n = k + 2, n + 1
            continue
        if len(stem) < 3 or stem in STOPWORDS or stem in common_words() or stem in DIRECTIONS \
                or not _ARABIC_WORD.match(stem) or is_suffixed_common(stem):
            break     # (مخيمات لبنان وأكثرها: a pronoun suffix, no name)
        end = k + 1
        if end < nt and end not in blocked and definite(tokens[end]) and tokens[end].norm not in STOPWORDS \
                and is_name_word(tokens[end]):
            end += 1     # ميس الجبل
        elif _rare_second_word(tokens, end, blocked):
            end += 1     # حمر ججب: a second word no text but a name holds
        out.append(make_mention(tokens, k, end, "Place", subtype, clitic=clitic, text=text))
        k, n = end, n + 1
    return out if n >= 2 and out else []


#: how often (Zipf) a bare word may be written and still be read as the second word of a listed
#: place's name (أحياء هودن وحمر ججب): hardly ever
LISTED_SECOND_WORD_MAX_ZIPF = 2.0


def _rare_second_word(tokens, k, blocked) -> bool:
    """Is tokens[k] a bare word so rare that it continues the listed place before it (حمر ججب),
    the list ending after it?"""
    if k >= len(tokens) or k in blocked or definite(tokens[k]) or tokens[k].norm.startswith("و") \
            or not is_name_word(tokens[k]) or word_zipf(tokens[k].norm) >= LISTED_SECOND_WORD_MAX_ZIPF:
        return False
    return k + 1 >= len(tokens) or not _ARABIC_WORD.match(tokens[k + 1].norm)


_LIST_JOINERS = frozenset(["،", ",", "و"])


def _quoted_places(tokens, i, blocked, text, subtype, plural):
    """Names in quotes right after a place head at i: قرية «X»، تلة "X"; after a plural head
    the next quoted names joined by و or a comma too (قرى "X"، و"Y")."""
    out, q = [], i + 1
    while q < len(tokens) and tokens[q].text in _BRACKETS:
        k = _quoted_name_end(tokens, q, blocked)
        if k is None:
            break
        out.append(make_mention(tokens, q + 1, k, "Place", subtype, text=text))
        if not plural:
            break
        q = k + 1
        while q < len(tokens) and tokens[q].text in _LIST_JOINERS:
            q += 1
    return out


def _known_place(tokens, i, j) -> bool:
    """Are tokens[i:j] the name of a town GeoNames knows (kg/ner/data/place_names.txt)?"""
    return " ".join(t.norm for t in tokens[i:j]) in place_names()


NEIGHBOURHOOD_HEADS = frozenset(norm(w) for w in "حي وحي بحي".split())
# participles that describe a place after its name (بلدة X الخاضعة لسيطرة ...، قرية X الواقعة ...)
PLACE_PARTICIPLES = frozenset(norm(w) for w in (
    "الخاضعة الخاضع الواقعة الواقع التابعة التابع المحاذية المحاذي المجاورة المجاور القريبة القريب "
    "المحاصرة المحاصر المحررة المحرر الحدودية الحدودي الساحلية الساحلي").split())
# words after a place head that say what kind of area or period it is, not which place:
# منطقة النزاع، منطقة العمليات، منطقة اليورو، ولاية الفقيه، ولاية الرئيس (a term of office)،
# ولاية العهد (being crown prince)، قضاء العيد (spending the holiday)
NOT_PLACE_NAMES = frozenset(norm(w) for w in (
    "النزاع الصراع الحرب القتال المعارك الاشتباكات الاشتباك المواجهات العمليات التماس الحظر "
    "النفوذ السيطرة الانتشار الخطر الأمان القصف الهجوم الهجمات التفجير الانفجار الحادث الحادثة "
    "الجريمة الاستهداف اليورو الشنغن الدولار الفقيه الرئيس الحكومة الحكم العهد العيد الوقت "
    "الإجازة العطلة الحاجة الليل الليلة اليوم الصيف الشتاء الأولى الثانية الثالثة جديدة ثانية "
    "ثالثة رابعة أخرى آخر "
    # "قضاء أوقات جميلة"، "قضاء إجازة": spending time, not a district
    "أوقات اوقات وقت وقتا إجازة عطلة ليلة ليال أيام أياما ساعات فترة شهر "
    # an ordinal or an adjective saying what the area is (ولاية خامسة: a fifth term of office;
    # منطقة آمنة، منطقة عازلة محاذية، حي سكني، منطقة خالية نسبيا)
    "أولى خامسة سادسة سابعة ثامنة تاسعة عاشرة أخيرة جديد واحدة واحد كاملة كامل إضافية إضافي "
    "آمنة آمن عازلة محررة محايدة منكوبة مجاورة مجاور سكني سكنية خالية معزولة نائية جبلية عريضة "
    "واسعة أوسع "
    # what is in or around the area: "في منطقة مزدحمة أمام نقطة تفتيش"، "منطقة مكتظة بالسكان"
    "مزدحمة مكتظة تجارية صناعية زراعية مأهولة "
    # منطقة منزوعة السلاح: a demilitarised zone, no place called منزوعة
    "منزوعة منزوع").split())


def _place_name_alone(tokens, k) -> bool:
    """May a common word after a place head be the place's name (بلدة جلب، حي الزيتون)?

    Only when it is definite or nothing that could continue a clause follows it:
    "منطقة تشهد وجودا" is a region that witnesses, not a place called تشهد.
    """
    if definite(tokens[k]):
        return True
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    if k > 0 and tokens[k - 1].norm in NEIGHBOURHOOD_HEADS and definite(nxt) and nxt.norm not in STOPWORDS:
        return True     # "حي طريق السد"، "حي باب التبانة": a neighbourhood named by a construct
    return (not nxt.norm.isalnum() or nxt.norm in STOPWORDS or nxt.norm in DIRECTIONS
            or any(c and stem in _cue_words() for c, stem in strip_clitics(nxt.norm)))


DISTRICT = norm("مديرية")


def _district_name(tokens, k, blocked) -> bool:
    """Is tokens[k] the lone name of a district (مديرية برمل), not a directorate's (مديرية الأمن
    العام، مديرية شرطة كركوك)?"""
    if k >= len(tokens) or k in blocked or not is_name_word(tokens[k]):
        return False
    n = tokens[k].norm
    if definite(tokens[k]) and n not in place_names() and not _unheard_of(n):
        return False    # مديرية الأمن، مديرية الأسايش (مديرية المنصورة: a known town's name;
        #                 مديرية الدريهمي: a word no directorate is named by)
    if any(c and len(st) > 2 and st in common_words() for c, st in strip_clitics(n)[1:]):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or k + 1 in blocked or nxt.norm.startswith(_PREPOSITION_ARTICLE) \
        or not (definite(nxt) or is_name_word(nxt)) \
        or nxt.norm in PLACE_PARTICIPLES or _conjunct(nxt.norm)
    # (مديرية صرواح بالصواريخ: a preposition; مديرية X التابعة لمحافظة Y: a participle; مديرية X
    # ومناطق أخرى: a conjunct common word)


#: how often (Zipf) a word's stem may be written and still be a district's own name rather than
#: a directorate's field (الأمن، الأسايش، الجوازات): never seen, as a rural district's name is
DISTRICT_STEM_MAX_ZIPF = 1.0


def _unheard_of(n) -> bool:
    """Is the definite word ``n`` one whose stem the word frequencies do not know (الدريهمي،
    التحيتا), so a district's name, not the field of a directorate (الأمن، الأسايش)?"""
    return n.startswith("ال") and len(n) > 4 and n not in common_words() \
        and word_zipf(n[2:]) < DISTRICT_STEM_MAX_ZIPF and word_zipf(n) < DISTRICT_STEM_MAX_ZIPF + 2


def _unheard_of_pair(tokens, k, blocked) -> bool:
    """Two bare words after مديرية that the word frequencies do not know (مديرية دشت أرتشي)."""
    return k + 1 < len(tokens) and k not in blocked and k + 1 not in blocked and all(
        is_name_word(tokens[m]) and not definite(tokens[m]) and tokens[m].norm not in common_words()
        and word_zipf(tokens[m].norm) < DISTRICT_STEM_MAX_ZIPF + 2 for m in (k, k + 1))


#: first words of districts' compound names: مديرية دار سعد، مديرية ذي ناعم، مديرية بني حشيش، مديرية الشيخ عثمان
DISTRICT_NAME_STARTS = frozenset(norm(w) for w in "دار ذي ذو بني بيت الشيخ".split())


def district_name_end(tokens, k, blocked):
    """End of a district's name starting at tokens[k], after مديرية: one word (مديرية برمل) or
    a compound of a listed first word and a name word (مديرية دار سعد، مديرية ذي ناعم)."""
    if k + 1 < len(tokens) and tokens[k].norm in DISTRICT_NAME_STARTS and k not in blocked \
            and _district_name(tokens, k + 1, blocked) is True and not definite(tokens[k + 1]):
        return k + 2
    if _compound_second_word(tokens, k, blocked):
        return k + 2    # مديرية قلعة زال، مديرية عين التمر: a compound's first word, then any word
    if _unheard_of_pair(tokens, k, blocked) and _district_name(tokens, k + 1, blocked):
        return k + 2    # مديرية دشت أرتشي: a compound name of two rare words
    return k + 1 if _district_name(tokens, k, blocked) else None


_PREPOSITION_ARTICLE = ("بال", "كال", "لل", "وبال", "وكال", "ولل")


def _compound_second_word(tokens, k, blocked) -> bool:
    """Is tokens[k] the first word of a compound place name (قلعة، عين، تل، جبل ...) and
    tokens[k + 1] a word that continues it, common or not (قلعة زال، جبل مرة): an Arabic word,
    no stopword, cue, direction or conjunct, with no preposition glued to it?"""
    if k + 1 >= len(tokens) or k in blocked or k + 1 in blocked or tokens[k].norm not in PLACE_NAME_PREFIXES:
        return False
    nxt = tokens[k + 1]
    return is_name_word(nxt, allow_common=True) and not nxt.norm.startswith("و") \
        and not nxt.norm.startswith(_PREPOSITION_ARTICLE) and not _prepositional(nxt.norm) \
        and not is_accusative_noun(nxt.norm)


REGION_HEADS_DROPPED = frozenset(["منطقه", "ناحيه", "منطقتي", "محافظتي", "ولايتي", "مديريتي", "ناحيتي"])
