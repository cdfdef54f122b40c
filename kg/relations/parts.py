"""Parts of organisations: X، الجناح العسكري لـ Y، X التابعة لـ Y، X المنضوي ضمن Y،
وزارة الدفاع في حكومة Y.
"""
from __future__ import annotations

from kg.lexicon import strip_clitics
from kg.normalize import norm
from kg.view import document_vocabulary
from kg.relations.common import AFFIL_CUES, ENLISTED, MEMBER_CUES, PART_CUES, WITHIN, Pseudo, add, entities_by_name, in_pp, words

# the part's cue with a pronoun for the whole: مؤسسة X، ذراعها الإعلامي / وكالة X التابعة له
PART_PRONOUN_CUES = words("ذراعها ذراعه جناحها جناحه فرعها فرعه ذراعيها")
_TO_IT = words("له لها")


def _member_cue_before(view, slot):
    """Is ``slot`` the group of a member cue ("X، القيادي في حركة Y": Y, the group the
    sentence is about, a pronoun's antecedent like a subject)?"""
    k = slot.i - (0 if slot.clitic else 1)
    return k > 0 and (slot.clitic or view.tokens[k].norm in _IN_FROM) and view.has(k - 1, MEMBER_CUES)


_IN_FROM = words("في من")
_IN = words("في")
_UNDER = words("تحت")
# the group's ranks or banner between the preposition and the group: "في صفوف Y"، "تحت راية Y"
_RANKS = words("صفوف راية مظلة لواء")


def _after_ranks(view, k):
    """The organisation named right after one word of _RANKS at token ``k``, else None."""
    if view.at.get(k) is not None or not view.has(k, _RANKS):
        return None
    s = view.slot_starting(k + 1)
    return s if s is not None and s.entity.type == "Organization" else None


def _whole_before(view, part):
    """The organisation a pronoun after ``part`` refers to: the nearest one before it that is
    no preposition's complement ("حركة X، المرتبطة بتنظيم Y، ... إذاعة Z التابعة لها": X),
    else the nearest one."""
    whole = view.prev_slot(part.i, types=("Organization",), same_clause=False,
                           skip=lambda s: s.entity.id == part.entity.id or in_pp(view, s)
                           and not _member_cue_before(view, s))
    return whole or view.prev_slot(part.i, types=("Organization",), same_clause=False,
                                   skip=lambda s: s.entity.id == part.entity.id)


def _common_noun_between(view, part, i):
    """Is an indefinite word between the organisation and the cue ("استهدفت المقاومة عربة
    تابعة لمليشيا X": the vehicle belongs to X, not the resistance)? (A comma or a definite
    adjective may stand there: "قوات X، التابعة لـ"، "قوات X الخاصة التابعة لـ".)"""
    if part.j >= i:
        return False
    t = view.tokens[i - 1].norm
    return t.isalnum() and not t.startswith("ال") and view.at.get(i - 1) is None \
        and t not in _STILL_THE_BODY and not t.isdigit()


# what may stand there and still leave the body the part: "X، وهي فرع Y"، "اللواء 27 مشاة التابع لـ"
_STILL_THE_BODY = words("وهي وهو هي هو مشاة مدرع مدرعة ميكا ميكانيكي ميكانيكية مغاوير "
                        # one of its wings or arms: "X، إحدى الأذرع الإعلامية لـ Y"، "X، أحد أجنحة Y"
                        "أحد إحدى")


def part_relations(view, kb, out):
    """X، الجناح العسكري لـ Y / X التابعة لـ Y / X المنضوي ضمن Y (both organisations);
    with a pronoun for Y: "تنظيم Y ... مؤسسة X، ذراعها الإعلامي"، "وكالة X التابعة له"."""
    toks = view.tokens
    for i in view.positions(PART_CUES | PART_PRONOUN_CUES | ENLISTED):
        if view.at.get(i) is not None:
            continue
        if view.has(i, ENLISTED):
            # "لواء X المنضوي ضمن Y": a unit, part of Y
            part = view.prev_slot(i, types=("Organization",), max_gap=1)
            if part and i + 1 < len(toks) and view.has(i + 1, WITHIN | _IN | _UNDER):
                # المنضوي ضمن / في / تحت Y، المنضوي في صفوف Y، المنضوية تحت راية Y
                whole = view.next_slot(i + 2, types=("Organization",), max_gap=0) or _after_ranks(view, i + 2)
                if whole:
                    add(out, "partOf", part, whole, view, "part-enlisted")
            continue
        part = view.prev_slot(i, types=("Organization",), max_gap=1)
        if part is None or _common_noun_between(view, part, i):
            continue
        if view.has(i, PART_PRONOUN_CUES) or (i + 1 < len(toks) and toks[i + 1].norm in _TO_IT):
            whole = _whole_before(view, part)
            if whole is not None:
                add(out, "partOf", part, whole, view, "part-pronoun")
            continue
        whole = view.next_slot(i + 1, types=("Organization",), max_gap=2)
        if whole:
            add(out, "partOf", part, whole, view, "part-cue")


# units a body has (an office, a committee, a wing), named with the body after ل
BODY_UNITS = words("المكتب مكتب اللجنة لجنة الجناح جناح الهيئة هيئة المجلس مجلس الدائرة دائرة")
UNIT_HEADS = words("وزارة وحدة لواء كتيبة جهاز مديرية قيادة مكتب فرع جناح سلاح قوات فيلق "
                   "فرقة فوج "     # الفرقة الرابعة في الجيش X
                   "شعبة قسم دائرة")     # شعبة المعلومات في قوى الأمن، قسم التحقيقات في الشرطة


def unit_in_relations(view, kb, out):
    """وزارة الدفاع في حكومة الوحدة الوطنية / وحدة الصواريخ في الحزب -> partOf."""
    for a in view.slots:
        if a.entity.type != "Organization":
            continue
        first = strip_clitics(view.tokens[a.first].norm)
        if not any(stem in UNIT_HEADS or stem.removeprefix("ال") in UNIT_HEADS for _, stem in first):
            continue
        if a.j < len(view.tokens) and view.tokens[a.j].norm == "في":
            b = view.slot_starting(a.j + 1)
            if b is not None and b.entity.type == "Organization":
                add(out, "partOf", a, b, view, "part-unit-in")
        else:
            # "وزارة الصحة بحكومة الوحدة الوطنية": the unit of a government
            b = view.slot_starting(a.j)
            if b is not None and b.entity.type == "Organization" and b.clitic == "ب" \
                    and b.entity.subtype == "GovernmentBody":
                add(out, "partOf", a, b, view, "part-unit-in")
            elif b is not None and b.entity.type == "Organization" and b.clitic == "ل" \
                    and view.has(a.first, BODY_UNITS):
                # "المكتب السياسي لحركة X"، "اللجنة المركزية للحزب": the body's own unit
                add(out, "partOf", a, b, view, "part-unit-of")


# the Islamic State's provinces: an organisation named "ولاية X" (a province as a body: "بيان حمل
# توقيع «ولاية نجد»"، "تبنى «ولاية سيناء» الهجوم") is a branch of the group, in a text that names it
PROVINCE_WORD = "ولايه"
PROVINCE_LEFT_OUT = words("تنظيم جماعة فرع")
ISLAMIC_STATE = "isis"      # its key in kg/data/kb.json
# a province that pledged allegiance is told as a member (kg.relations.affiliation), not a branch
# (read as the start of a word: بايعته، تبايع، مبايعتها، البيعة)
PLEDGED = ("بايع", "يبايع", "تبايع", "مبايع", "بيعه", "البيعه")


def is_province(slot):
    """Is the organisation named here as a province of a group: "ولاية X", "تنظيم «ولاية X»"?"""
    if slot.entity.type != "Organization":
        return False
    name = norm(slot.mention.text)
    for mark in '«»"':
        name = name.replace(mark, " ")
    words_ = [w for w in name.split() if w not in PROVINCE_LEFT_OUT]
    return len(words_) >= 2 and words_[0] == PROVINCE_WORD


def province_relations(view, kb, out):
    """"ولاية X" (an organisation) in a text naming the Islamic State: X partOf it."""
    group = view.doc_entities_by_kb.get(ISLAMIC_STATE)
    if group is None:
        return
    provinces = [a for a in view.slots if a.entity.id != group.id and is_province(a)]
    if not provinces or _pledged(view):
        return
    for a in provinces:
        if _told_otherwise(view, a.entity):
            continue      # "ولاية X، المرتبطة بتنظيم الدولة": the text tells how they are related
        add(out, "partOf", a, Pseudo(group), view, "part-province")


# how many words after a province's name a cue of another relation may come
TOLD_REACH = 3


def _told_otherwise(view, entity):
    """Is a mention of the province followed, anywhere in the text, by an affiliation cue
    ("ولاية X، المرتبطة بتنظيم الدولة")? Worked out once per entity."""
    key = ("province-told", entity.id)
    cache = view.doc_cache
    if key not in cache:
        text = view.doc.article.text
        cache[key] = any(not AFFIL_CUES.isdisjoint(st for w in norm(text[m.end:m.end + 60]).split()[:TOLD_REACH]
                                                   for _, st in strip_clitics(w))
                         for m in entity.mentions)
    return cache[key]


def _pledged(view):
    """Does the document tell a pledge of allegiance (worked out once per document)?"""
    cache = view.doc_cache
    if "province-pledged" not in cache:
        cache["province-pledged"] = any(st.startswith(PLEDGED) for w in document_vocabulary(view.doc)
                                        for _, st in strip_clitics(w))
    return cache["province-pledged"]


# a medium issued by or speaking for a group: "صحيفة «النبأ» الصادرة عن التنظيم"، "إذاعة X
# الناطقة باسم الحركة"، "إذاعة X الناطقة باسمها"
ISSUED = words("الصادرة الصادر الناطقة")
MEDIA_HEADS = words("صحيفة مجلة وكالة مؤسسة قناة إذاعة موقع نشرة")
_FROM = words("عن")
# "الناطقة باسم/بلسان X"، "الناطقة باسمها/بلسانها": speaking for X (بلسان, "with the tongue of")
_ON_BEHALF = words("باسم بلسان")
_ON_ITS_BEHALF = words("باسمها باسمه بلسانها بلسانه")


def _is_medium(view, slot):
    return slot.entity.subtype == "MediaOrganization" or view.has(slot.first, MEDIA_HEADS) or (
        slot.i > 0 and view.at.get(slot.i - 1) is None and view.has(slot.i - 1, MEDIA_HEADS))


def issued_by_relations(view, kb, out):
    """"صحيفة «النبأ» الصادرة عن التنظيم"، "إذاعة X الناطقة باسم/باسمها Y": the medium partOf Y."""
    toks = view.tokens
    for i in view.positions(ISSUED):
        if view.at.get(i) is not None or i + 1 >= len(toks):
            continue
        part = view.prev_slot(i, types=("Organization",), max_gap=1)
        if part is None or not _is_medium(view, part) or in_pp(view, part):
            continue      # "قال لوكالة X الناطق باسم Y": the agency is who was told
        if view.has(i + 1, _ON_ITS_BEHALF):
            whole = _whole_before(view, part)
        elif view.has(i + 1, _FROM) or view.has(i + 1, _ON_BEHALF):
            whole = view.slot_starting(i + 2)
        else:
            continue
        if whole is not None and whole.entity.type == "Organization" and whole.entity.id != part.entity.id:
            add(out, "partOf", part, whole, view, "part-issued")


# "المركز الإعلامي للمقاومة": a body's media centre named with the body it serves after لـ; when
# the article names that body on its own (المقاومة), the centre is a part of it
MEDIA_CENTRE_HEADS = words("المركز")
MEDIA_CENTRE_ADJECTIVES = words("الإعلامي")


def media_centre_relations(view, kb, out):
    """The media centre "المركز الإعلامي لـX" partOf the organisation the article names X."""
    toks = view.tokens
    for sl in view.slots:
        if sl.entity.type != "Organization" or sl.j - sl.i < 3 or not view.has(sl.i, MEDIA_CENTRE_HEADS) \
                or not view.has(sl.i + 1, MEDIA_CENTRE_ADJECTIVES) or not toks[sl.i + 2].norm.startswith("لل"):
            continue
        served = " ".join(["ال" + toks[sl.i + 2].norm[2:]] + [t.norm for t in toks[sl.i + 3:sl.j]])
        whole = entities_by_name(view, "Organization").get(served) or _only_one_named_from(view, served)
        if whole is not None and whole.id != sl.entity.id:
            add(out, "partOf", sl, Pseudo(whole), view, "media-centre-of")


def _only_one_named_from(view, served):
    """The one organisation of the document with a name that starts with ``served`` and goes on
    ("المقاومة" -> المقاومة الشعبية), else None (none, or more than one)."""
    found = {e.id: e for n, e in entities_by_name(view, "Organization").items() if n.startswith(served + " ")}
    return next(iter(found.values())) if len(found) == 1 else None
