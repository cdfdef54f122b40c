"""Arrests told in other words than اعتقل/القبض.

- ``ARRESTS_OF_THEM``: an arrest noun with the pronoun of the ones held ("أعلنت الشرطة
  اعتقالهم"، "قبل توقيفه"): a trigger like اعتقال, its target the person the pronoun names;
- ``seizing_triggers``: ضبط (to catch) is an arrest when people are caught ("ضبطت الشرطة
  عصابة من خمسة أشخاص"، "تمكنت من ضبط ثلاثة مطلوبين"، "وضبطهم") and no arrest when
  goods are seized or one keeps one's temper (ضبط كميات، ضبط النفس).
"""
from __future__ import annotations

from kg.events.grammar import AGENTS, _n
from kg.events.reading import rule

# arrest nouns with the pronoun of the ones held
ARRESTS_OF_THEM = ("اعتقاله اعتقالها اعتقالهم اعتقالهما توقيفه توقيفها توقيفهم توقيفهما "
                   "احتجازه احتجازهم احتجازهما")

# catching: the verb, and the noun written alike (ضبط)
SEIZING = _n("ضبط ضبطت ضبطوا يضبط تضبط")
# catching them: always people ("ضبطها" may be goods)
SEIZING_THEM = _n("ضبطهم ضبطهما")
# the ones caught when they are people: "ضبط 15 شخصا"، "ضبط عصابة"، "ضبط مطلوبين"
PEOPLE_CAUGHT = _n("شخص شخصا شخصين أشخاص الأشخاص مطلوب مطلوبا مطلوبين المطلوبين مطلوبون متهم متهما "
                   "متهمين المتهمين متهمون المتهم عصابة العصابة عصابات تشكيل تشكيلا مخالفا مخالفين "
                   "المخالفين مخالفون إرهابي إرهابيا إرهابيين الإرهابيين إرهابيون عنصر عنصرا عناصر "
                   "العناصر خلية الخلية خلايا مشتبه المشتبه مشتبها مشتبهين المشتبهين مهرب مهربا مهربين المهربين متسلل متسللا "
                   "متسللين المتسللين الجاني الجناة جناة لص لصوص اللصوص مواطن مواطنا مقيم مقيما "
                   "وافد وافدا وافدين رجل رجلا رجال امرأة شاب شابا شبان مروج مروجي مروجين "
                   # a ring: "ضبطت الأجهزة الأمنية شبكة إرهابية"
                   "شبكة الشبكة شبكات")
# what makes ضبط a verbal noun: a preposition or تم before it ("تمكنت من ضبط"، "تم ضبط")
_NOUN_BEFORE = _n("من عن على إلى الى بعد قبل تم وتم جرى وجرى خلال")
# how many words after ضبط the ones caught may be named (past its subject and a count:
# "ضبطت دوريات شرطة المنطقة عصابة"، "ضبط أكثر من 20 مطلوبا")
REACH = 8
# a person caught is named right after ضبط: within this many words
PERSON_REACH = 2
# "ضبط النفس": restraint
_SELF = _n("النفس")


def _people_after(view, i):
    """Are people the ones caught by ضبط at ``i``: a person named, or a word for people,
    within a few words after it in its clause?"""
    toks = view.tokens
    c = view.clause_of[i]
    if view.has(i + 1, _SELF) or "الضبط" in toks[i].norm:
        return False      # "ضبط النفس"، "بالضبط" (exactly)
    for m in range(i + 1, min(len(toks), i + 1 + REACH)):
        if view.clause_of[m] != c or toks[m].text in "،,":
            return False
        s = view.slot_starting(m)
        if s is not None and s.entity.type == "Person" and m <= i + PERSON_REACH:
            return True
        if view.has(m, PEOPLE_CAUGHT) and view.at.get(m) is None:
            return True
    return False


def seizing_triggers(view):
    """"ضبطت الشرطة عصابة من خمسة أشخاص"، "تمكنت الشرطة من ضبط ثلاثة مطلوبين"، "وضبطهم":
    arrests (a verb, or a noun of suffering after a preposition or تم)."""
    out = []
    toks = view.tokens
    for i in view.positions(SEIZING_THEM):
        if view.at.get(i) is None:
            out.append((i, "Arrest", "noun-patient"))
    for i in view.positions(SEIZING):
        if view.at.get(i) is not None or not _people_after(view, i):
            continue
        t = toks[i].norm
        noun = (i > 0 and view.has(i - 1, _NOUN_BEFORE)) or t[:1] in "بل"
        out.append((i, "Arrest", "noun-patient" if noun else "verb"))
    return out


# a wave of arrests: "نفذت القوات حملة اعتقالات طالت 22 شخصا"، "موجة اعتقالات" (the plural, which
# alone may be arrests over years: "الاعتقالات التعسفية")
ARREST_WAVES = _n("اعتقالات الاعتقالات")
WAVE_HEADS = _n("حملة حملات موجة سلسلة")


def arrest_wave_triggers(view):
    """"شنت قوات الأمن حملة اعتقالات"، "موجة اعتقالات طالت ...": arrests made (a noun: its
    doer the subject of the verb that launched the campaign)."""
    out = []
    for i in view.positions(ARREST_WAVES):
        if view.at.get(i) is None and i > 0 and view.has(i - 1, WAVE_HEADS) and view.at.get(i - 1) is None:
            out.append((i, "Arrest", "noun"))
    return out


# bringing down (أطاح بـ) a gang or a cell is catching it; a ruler brought down is no arrest
TOPPLING = _n("أطاح أطاحت أطاحوا يطيح تطيح الإطاحة الاطاحة إطاحة")
TOPPLING_VERBS = _n("أطاح أطاحت أطاحوا يطيح تطيح")
# the ones brought down when they are caught: people, a gang, a cell, a network
NETWORKS = PEOPLE_CAUGHT | _n("شبكة الشبكة شبكات تنظيم التنظيم خلية")
# how many words may stand between the verb and بـ (its subject: "أطاحت شرطة المنطقة بعصابة")
TOPPLED_REACH = 6


def _toppled_people(view, i):
    """The token after أطاح/الإطاحة at ``i`` naming with بـ the people or the network brought
    down ("بعصابة"، "بخلية"، "بثلاثة مطلوبين"), a named group or person excluded."""
    toks = view.tokens
    c = view.clause_of[i]
    for k in range(i + 1, min(len(toks), i + 1 + TOPPLED_REACH)):
        if view.clause_of[k] != c:
            return None
        if not toks[k].norm.startswith("ب") or view.at.get(k) is not None:
            continue
        rest = toks[k].norm[1:]
        if rest.isdigit() or view.has(k, _COUNT_AFTER_BA):
            return k if any(view.has(m, PEOPLE_CAUGHT) for m in range(k + 1, min(len(toks), k + 3))) else None
        if rest in NETWORKS and view.slot_starting(k + 1) is None:
            return k
        return None
    return None


_COUNT_AFTER_BA = _n("بثلاثة بأربعة بخمسة بستة بسبعة بثمانية بتسعة بعشرة بعشرات بشخصين بأكثر")


def toppling_triggers(view):
    """"أطاحت شرطة الرياض بعصابة من خمسة أشخاص"، "أعلنت الداخلية الإطاحة بخلية إرهابية":
    arrests (the verb, or the noun announced)."""
    out = []
    for i in view.positions(TOPPLING):
        if view.at.get(i) is None and _toppled_people(view, i) is not None:
            out.append((i, "Arrest", "verb" if view.has(i, TOPPLING_VERBS) else "noun-patient"))
    return out


# "اعتقلت الشرطة منفذ الهجوم على الملهى، وهو أوزبكي يدعى X": the one who carried out an act,
# held, and named after يدعى further on in the sentence
PERPETRATORS = _n("منفذ منفذي منفذة المنفذ")
_CALLED = _n("يدعى ويدعى المدعو يسمى")
# "..., فيما قتل شخص يدعى X": another clause, another one named
_OTHER_CLAUSE = _n("فيما بينما حين حينما وفيما")
# how far after the trigger يدعى may stand
CALLED_REACH = 20


@rule("perpetrator held, named after يدعى", applies=lambda r: r.etype == "Arrest" and r.kind == "verb"
      and not r.passive)
def perpetrator_named(r):
    """The person named after يدعى for the perpetrator an arrest holds ("اعتقلت الشرطة منفذ
    الهجوم ...، وهو أوزبكي يدعى X"), or None."""
    view, i = r.view, r.i
    k = i + 1
    while k < len(view.tokens) and (not view.tokens[k].norm.isalnum() or view.at.get(k) is not None):
        k = view.at[k].j if view.at.get(k) is not None else k + 1   # past the subject (VSO)
    if k >= len(view.tokens) or not view.has(k, PERPETRATORS):
        return None
    for m in range(k + 1, min(len(view.tokens), i + CALLED_REACH)):
        if view.has(m, _OTHER_CLAUSE):
            return None
        if view.has(m, _CALLED) and view.at.get(m) is None:
            return view.next_slot(m + 1, types=("Person",), max_gap=1, same_clause=False)
    return None


# "قبضت القوات على 43 من عناصر الجماعة": the verb of seizing someone (only with على after it:
# "قبض الموظف راتبه" is being paid)
SEIZING_ON = _n("قبض قبضت قبضوا يقبض تقبض يقبضون")
_ON = ("على", "علي")
# how far after the verb على may stand (past the subject and a time between commas)
SEIZED_ON_REACH = 10


def seized_no_one(view, i, etype, kind, stem):
    """Trigger filter: قبض is an arrest only "على" someone within its clause."""
    if stem not in SEIZING_ON:
        return False
    toks = view.tokens
    for k in range(i + 1, min(len(toks), i + 1 + SEIZED_ON_REACH)):
        if view.clause_of[k] != view.clause_of[i] and toks[k].text not in ("،", ","):
            return True
        if toks[k].norm in _ON:
            return False
    return True


# أسر is "captured" or "families": "مع أسر الشهداء"، "وأسر الضحايا"، "أسر المفقودين"
CAPTURED = _n("أسر")
FAMILIES_OF = _n("الشهداء شهداء الضحايا ضحايا القتلى قتلى المتوفين المتوفى الموتى المفقودين مفقودين "
                 "المصابين الجرحى المعتقلين المعتقلات السجناء الأسرى المرضى الطلاب الطالبات المواطنين "
                 "الموظفين العاملين المصلين الأيتام الفقراء المحتاجين شهدائنا ضحاياه ضحاياها")
_WITH = _n("مع")


def families_not_captured(view, i, etype, kind, stem):
    """Trigger filter: أسر before the dead, the missing or the wounded, or after مع, are their
    families ("تضامنا مع أسر الشهداء"): no capture."""
    if stem not in CAPTURED:
        return False
    return (i + 1 < len(view.tokens) and view.has(i + 1, FAMILIES_OF)) or (i > 0 and view.has(i - 1, _WITH))


# "شنت قوات الأمن حملة مداهمات في X أسفرت عن توقيف أربعة": the arrest a raid resulted in
RAID_HEADS = _n("حملة عملية حملات")
RAID_KINDS = _n("دهم مداهمة مداهمات تفتيش اعتقالات اعتقال")
RAID_REACH = 14
_RAID_LAUNCHERS = _n("شنت شن شنوا نفذت نفذ نفذوا أطلقت أطلق بدأت بدأ")


def _raid_before(view, i):
    """The token of a raid ("حملة مداهمات"، "عملية دهم") before the arrest at ``i`` in its
    sentence, else None."""
    for k in range(i - 1, max(0, i - 1 - RAID_REACH), -1):
        if view.has(k, RAID_HEADS) and view.has(k + 1, RAID_KINDS) and view.at.get(k) is None:
            return k
    return None


@rule("doer of the raid the arrest resulted in",
      applies=lambda r: r.etype == "Arrest" and _raid_before(r.view, r.i) is not None)
def raider(r):
    """"وقال مصدر إن قوات الأمن شنت حملة مداهمات في X أسفرت عن توقيف أربعة": the subject of
    the verb that launched the raid (after it or right before it)."""
    view = r.view
    k = _raid_before(view, r.i)
    for v in range(k - 1, max(-1, k - 8), -1):
        if view.has(v, _RAID_LAUNCHERS) and view.at.get(v) is None:
            s = view.next_slot(v + 1, types=AGENTS, limit=k)
            if s is not None or view.tokens[v].norm[:1] in "وف":
                return s    # "اقتحمت X البلدة، ونفذت حملة اعتقالات": the joined verb's subject is before
            return view.prev_slot(v, types=AGENTS, max_gap=1)
    return None


@rule("place of the raid the arrest resulted in",
      applies=lambda r: r.etype == "Arrest" and _raid_before(r.view, r.i) is not None)
def raided_place(r):
    """"حملة مداهمات في مديرية X أسفرت عن توقيف ...": where the raid was."""
    view = r.view
    k = _raid_before(view, r.i)
    s = view.next_slot(k + 2, types=("Place",), max_gap=2, limit=r.i)
    return s


# raiding (not itself an arrest): "دهمت دورية منزلا في حي X، واعتقلت ..."، "داهمت القوات بلدة X واعتقلت"
RAIDING = _n("دهمت دهم دهموا داهمت داهم داهموا اقتحمت اقتحم اقتحموا")
# how many words before the arrest the raid may be told
RAIDED_REACH = 16


def _raid_verb_before(r):
    """The token of a raid verb before the joined arrest verb at ``r.i`` in its sentence, with
    no other act told between, else None."""
    view = r.view
    for k in range(r.i - 1, max(-1, r.i - 1 - RAIDED_REACH), -1):
        if k in r.trigger_idx:
            return None
        if view.has(k, RAIDING) and view.at.get(k) is None:
            return k
    return None


@rule("place of the raid joined before the arrest",
      applies=lambda r: r.etype == "Arrest" and r.conj_verb and _raid_verb_before(r) is not None)
def place_raided_before(r):
    """"دهمت دورية من المخابرات مخيما في محلة X، وأوقفت خمسة": the arrest was made where the
    raid joined before it was (the first place after the raid verb)."""
    k = _raid_verb_before(r)
    return r.view.next_slot(k + 1, types=("Place",), limit=r.i)
