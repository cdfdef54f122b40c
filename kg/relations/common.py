"""What the relation rules share: word lists read by more than one of them, the
relation builder and the slot helpers.
"""
from __future__ import annotations

from kg.lexicon import LEADER_POSTS, SPOKES_HEADS, strip_clitics, word_set
from kg.model import Relation
from kg.normalize import norm


words = word_set     # a word list written as one string: the normalised words


# cue words read by more than one module
MEMBER_CUES = words("القيادي قيادي قياديا قياديين قيادات عنصر عنصرا عناصر عضو عضوا أعضاء العضو مسلحي كوادر "
                    "مقاتل مقاتلا مقاتلي مقاتلين المسؤول مسؤول مسؤولا القائد قائدا أحد "
                    "القياديين القيادات قادة")
MEMBER_PREPS = words("في من داخل ب")
WITHIN = words("ضمن")
AFFIL_CUES = words("صلة المرتبط المرتبطة المرتبطين المرتبطون مرتبط مرتبطة المقرب المقربة المقربين مقرب "
                   "الموالي الموالية الموالين موال موالية المدعوم المدعومة المدعومين حليف حليفة الحليف حلفاء "
                   "المتحالف المتحالفة المتحالفين المتحالفون متحالفة علاقة المبايع المبايعة المبايعين مبايع مبايعة")
ENLISTED = words("المنضوي المنضوية المنضوين المنضوون منضوية منضوي المنضويه")
PART_CUES = words("الجناح جناح الذراع ذراع فرع الفرع التابع التابعة تابع تابعة وحدة "
                  # "X، إحدى الأذرع الإعلامية لتنظيم Y"، "أحد أجنحة Y"، "أحد فروع Y"
                  "الأذرع أذرع أجنحة الأجنحة فروع الفروع")
AGAINST = words("ضد لمحاربة لمكافحة محاربة مكافحة لقتال قتال مواجهة لمواجهة على")
ACTOR = ("Person", "Organization", "Place")


def past_words(view, k, vocab) -> int:
    """The first token from ``k`` on that is not a free word of ``vocab`` (titles, heads the
    tagger left out of a name): "يقود [الجنرال] X"، "تحالفت [جماعة] X"."""
    toks = view.tokens
    while k < len(toks) and toks[k].norm in vocab and view.at.get(k) is None:
        k += 1
    return k


# "القيادي في ما يسمى جيش X"، "الناطق باسم ما يعرف بـ X": the name after a "so-called"
SO_CALLED = words("يسمى تسمى يعرف تعرف يدعى تدعى")
_WHAT = words("ما")


def past_so_called(view, k) -> int:
    """The token after "ما يسمى" / "ما يعرف" at ``k`` (no entity in it), else ``k``."""
    if k + 2 < len(view.tokens) and view.tokens[k].norm in _WHAT and view.has(k + 1, SO_CALLED) \
            and view.at.get(k) is None and view.at.get(k + 1) is None:
        return k + 2
    return k


# a subject told before a relative clause set off by commas, then its verb: "«X»، الذي يقوده Y منذ
# مطلع العام، بايع Z"، "X، التي تأسست عام 2012، أعلنت انضمامها إلى Z": X, not Y, did it
SUBJECT_RELATIVES = words("الذي التي الذين")
SUBJECT_ASIDE_REACH = 16
COMMAS = frozenset(("،", ","))


def subject_before_relative_aside(view, i, types=("Person", "Organization")):
    """The slot right before a relative clause that opens with a comma and ends with the comma
    right before token ``i`` (no other comma inside, within ``SUBJECT_ASIDE_REACH`` tokens); else
    None."""
    toks = view.tokens
    k = i - 1
    if k < 2 or toks[k].text not in COMMAS:
        return None
    for m in range(k - 1, max(0, k - SUBJECT_ASIDE_REACH), -1):
        if toks[m].text in COMMAS:
            if m + 1 < k and toks[m + 1].norm in SUBJECT_RELATIVES and view.at.get(m + 1) is None:
                return view.prev_slot(m, types=types, max_gap=0, same_clause=False)
            return None
    return None


# a second post joined by و to a first one told after a name: "X، زعيم منظمة بدر والقيادي في
# الحشد الشعبي"، "X، رئيس وفد الحوثيين المفاوض والمتحدث باسم الجماعة": X holds both
APPOSED_POST_WORDS = LEADER_POSTS | SPOKES_HEADS | MEMBER_CUES | words(
    "وزير وزيرة الوزير الأمين أمين المتحدثة الناطقة متحدثة ناطقة النائب نائب محافظ المحافظ مدير المدير "
    "مستشار المستشار سفير السفير مبعوث المبعوث عضو")
SECOND_POST_REACH = 8


def holder_of_the_first_post(view, i):
    """The person named right before the comma that opens a first post, when the post word at
    ``i`` is glued to و and joins that first post (within ``SECOND_POST_REACH`` tokens, no comma
    and no other person between); else None. "A، والنائب عن كتلة X B" (a comma before و) is the
    next of a list, not A's second post."""
    toks = view.tokens
    n = toks[i].norm
    if i < 3 or not (n.startswith("و") and n[1:] in view.stems(i)) or n in APPOSED_POST_WORDS \
            or toks[i - 1].text in COMMAS:
        return None       # (وزير: the word's own و, no conjunction)
    for p in range(i - 1, max(0, i - SECOND_POST_REACH), -1):
        s = view.at.get(p)
        if toks[p].text in COMMAS or s is not None and s.entity.type == "Person":
            return None
        if s is None and view.has(p, APPOSED_POST_WORDS) and not toks[p].norm.startswith("و") \
                and toks[p - 1].text in COMMAS:
            return view.prev_slot(p - 1, types=("Person",), max_gap=0)
    return None


# a description set off by commas between a person and the relative that tells of him: "X، منفذ
# هجوم الملهى الليلي، الذي ينتمي إلى Y"
DESCRIPTION_ASIDE_REACH = 8


def person_before_description(view, k):
    """The person named right before an aside that opens with a comma and ends with the comma
    right before token ``k`` (no person inside, at most ``DESCRIPTION_ASIDE_REACH`` tokens); else
    None."""
    toks = view.tokens
    if k < 3 or toks[k - 1].text not in COMMAS:
        return None
    for m in range(k - 2, max(0, k - 2 - DESCRIPTION_ASIDE_REACH), -1):
        s = view.at.get(m)
        if s is not None and s.entity.type == "Person":
            return None
        if toks[m].text in COMMAS:
            return view.prev_slot(m, types=("Person",), max_gap=0) if m < k - 2 else None
    return None


def add(out, type_, head, tail, view, pattern, post=None):
    if head is None or tail is None or head.entity.id == tail.entity.id:
        return
    out.append(Relation(type=type_, head=head.entity.id, tail=tail.entity.id,
                        evidence=[view.span], pattern=pattern, post=post))


PP_HEADS = frozenset(["من", "في", "الى", "عن", "مع"])


def in_pp(view, slot):
    """"وفد من قسد": the slot is the complement of من/في, not the head noun."""
    return view.prepositional(slot, PP_HEADS, clitics="بل")


def against(view, slot):
    """Is this slot the complement of ضد / لمحاربة ...? (the thing fought, not led)

    An apposition right after such a complement (ضد تنظيم الدولة "داعش") is one too.
    """
    if slot.i > 0 and (view.has(slot.i - 1, AGAINST) or bool(
            {s for _, s in strip_clitics(view.tokens[slot.first].norm)} & AGAINST)):
        return True
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    prev = view.at.get(k)
    apposed = k < slot.i - 1 or not view.tokens[slot.i].norm.isalnum()   # a mark between: "داعش" or (داعش)
    return prev is not None and prev is not slot and apposed and against(view, prev)


class Pseudo:
    """A slot-like handle for an entity that has no mention in this sentence."""

    def __init__(self, entity):
        self.entity = entity


def country_slot(view, kb, country_key):
    ent = view.doc_entities_by_kb.get(country_key)
    return Pseudo(ent) if ent is not None else None



# a person's age told between the name and its post: "X، البالغ من العمر 45 عاما، القيادي في Y"
AGED = words("البالغ البالغة")
_AGE_WORDS = words("من العمر عاما عام سنة سنوات")
AGE_REACH = 6


def before_age_aside(view, k):
    """The index right before the age aside ending at token ``k`` ("، البالغ من العمر 45 عاما"
    with ``k`` the comma after it, or the word after that comma), else ``k``."""
    toks = view.tokens
    m = k if toks[k].text in ("،", ",") else k - 1
    if m < 2 or toks[m].text not in ("،", ","):
        return k
    n = m - 1
    while n > m - AGE_REACH and n > 0 and view.at.get(n) is None and (
            toks[n].norm in _AGE_WORDS or toks[n].norm.isdigit()):
        n -= 1
    if n <= 0 or n == m - 1 or not view.has(n, AGED) or toks[n - 1].text not in ("،", ","):
        return k
    return n - 1


# an aside telling where the speaker spoke, between his name and what he is: "X، في تصريح لوكالة
# الأناضول، وهو قيادي في Y"، "X، في اتصال هاتفي مع الجزيرة، القيادي في Y"
SPEECH_ASIDE_NOUNS = words("تصريح تصريحات حديث اتصال مقابلة لقاء كلمة مؤتمر بيان")
SPEECH_ASIDE_REACH = 10


def before_speech_aside(view, k):
    """The index of the comma opening the speech aside that the comma at token ``k`` closes, else
    ``k`` (not past "X، في مؤتمر صحفي، إن عناصر من Y": what he said is no aside on him)."""
    toks = view.tokens
    m = k
    if m < 3 or toks[m].text not in ("،", ","):
        return k
    for c in range(m - 3, max(0, m - SPEECH_ASIDE_REACH) - 1, -1):
        if toks[c].text in ("،", ","):
            if toks[c + 1].norm == "في" and view.has(c + 2, SPEECH_ASIDE_NOUNS) and view.at.get(c + 2) is None \
                    and not any(s.entity.type == "Person" and c < s.i < m for s in view.slots):
                return c
            return k
    return k


def entities_by_name(view, etype, subtype=None, one_word=False):
    """The document's entities of ``etype`` (and ``subtype``) by each normalised name they are
    mentioned by (no nominals; with ``one_word`` only names of one word), once per document."""
    key = ("by-name", etype, subtype, one_word)
    index = view.doc_cache.get(key)
    if index is None:
        index = {}
        for e in view.doc.entities:
            if e.type == etype and (subtype is None or e.subtype == subtype):
                for m in e.mentions:
                    n = norm(m.text)
                    if not m.nominal and not (one_word and " " in n):
                        index.setdefault(n, e)
        view.doc_cache[key] = index
    return index
