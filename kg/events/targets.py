"""Targets: whom or what it fell on. ``TARGET_RULES`` is the ordered list of rules
for one trigger: the verb's object, the genitive of a noun of suffering (مقتل X), the
subject of a passive (قُتل X، X ... قُتل), "ضد/على X", the owner of what was hit.
"""
from __future__ import annotations

from kg.events.claims import _TO, CLAIM_VERBS
from kg.events.grammar import (
    ATTRIBUTING, _RELATIVES, _TITLES,
    MILITARY_WORDS, TARGET_MARKERS, _Handle, _PRONOUN_SUBJECTS, _coordination_head, _in_post_phrase, _kb,
    _modifies_previous, _n, _person_after_post, _prepositional, _victims_of, in_a_time_phrase, past_time_aside,
)
from kg.events.places import SOURCE_PREPOSITIONS
from kg.events.pronoun_objects import subject_after_object_pronoun
from kg.events.reading import rule
from kg.lexicon import SPEECH_VERBS
from kg.events.triggers import DEATHS, KILLED_POSTS, PLACED, PRONOUN_PATIENTS, UNDER, _means_phrase


_AMONG = _n("بينهم بينهما بينهن")


_ARMED_FORCE = "ArmedForce"


def _army_before(view, i):
    """The army or state forces named last before token i in the sentence."""
    s = view.prev_slot(i, types=("Organization",), same_clause=False,
                       skip=lambda sl: sl.entity.subtype != _ARMED_FORCE)
    return s


SUBJECTED = _n("تعرض تعرضت يتعرض تتعرض تعرضوا")


HIT_NOUNS = _n("قافلة دورية موقع موقعا نقطة حاجز حاجزا مقر مقرا قاعدة ثكنة رتل آلية مركز مركزا "
               "مواقع معسكر معسكرا")


def _owner_of_hit(view, i, scope_end):
    """The organisation owning what the act hit: a hit noun then "لـ + organisation"."""
    for k in range(i + 1, min(scope_end, i + 12)):
        if view.has(k, HIT_NOUNS) and view.at.get(k) is None:
            if view.tokens[k - 1].norm.isdigit():
                return None    # "استهدفت أكثر من 100 موقع تابع لـX": a count of sites over time
            o = view.next_slot(k + 1, types=("Organization",), max_gap=2, limit=scope_end)
            if o is not None and o.clitic.endswith("ل"):
                return o
            return _forces_named_by_adjective(view, k, scope_end)
    return None


def _forces_named_by_adjective(view, k, scope_end):
    """"بآلية عسكرية إسرائيلية": the forces of the state the adjective names, when the
    article names them (a slot-like handle), else None."""
    by_kb = getattr(view, "doc_entities_by_kb", None)
    if not by_kb:
        return None
    kb = _kb()
    for m in range(k + 1, min(scope_end, k + 3, len(view.tokens))):
        key = kb.demonym(view.tokens[m].norm)
        if key:
            ent = by_kb.get(kb.forces_of(key) or f"{key}-forces")
            return _Handle(ent) if ent is not None else None
        if not view.has(m, MILITARY_WORDS):
            return None
    return None


def _subjected(view, i):
    """The subject of تعرض/تعرضت a few words before the trigger (its target)."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if view.clause_of[k] != view.clause_of[i]:
            break
        if view.has(k, SUBJECTED) and view.at.get(k) is None:
            if k + 1 < len(view.tokens) and view.tokens[k + 1].norm in _WHAT_BEFORE:
                return None     # "وسط ضغوط تتعرض لها الحكومة غداة التفجير": subjected to the pressure
            return view.next_slot(k + 1, types=("Person", "Organization"), limit=i)
    return None


# "ضغوط تتعرض لها X": what X is subjected to was named before the verb, not the act after it
_WHAT_BEFORE = _n("لها له لهم لهما")


_THE_DEAD = _n("القتلى الضحايا")


# "اعتقال ضابط سابق يدعى الرائد X"، "مقتل شاب يدعى X"، "بين القتلى قيادي يدعى X": the one meant,
# named after يدعى
_CALLED = _n("يدعى يدعي تدعى ويدعى المدعو المدعوة")


_BETWEEN = _n("بين ومن من")


_THE_ARRESTED = _n("المعتقلين المعتقلون الموقوفين الموقوفون المحتجزين المحتجزون المقبوض")
# (the ones a sentence counts, the event they suffered): "ومن بين القتلى X"، "من بين المعتقلين X"
AMONG_THE = ((_THE_DEAD, "Killing"), (_THE_ARRESTED, "Arrest"))


def _among_the_dead(view, events):
    """"أن بين القتلى قياديا في التنظيم يدعى X"، "من بين المعتقلين X": X is one the killing
    (the arrest) told before fell on."""
    for words, etype in AMONG_THE:
        for i in view.positions(words):
            if i == 0 or not view.has(i - 1, _BETWEEN):
                continue
            named = next((k for k in range(i + 1, min(len(view.tokens), i + 9)) if view.has(k, _CALLED)), None)
            person = view.next_slot(named + 1 if named is not None else i + 1, types=("Person",), max_gap=8)
            if person is None:
                continue
            pos = view.tokens[i].start
            act = next((ev for ev in reversed(events) if ev.type == etype
                        and ev.trigger_span[0] < pos and pos - ev.trigger_span[0] < 600), None)
            if act is not None and person.entity.id not in act.target:
                act.target.append(person.entity.id)


# --- the target rules of one trigger, tried in this order (kg.events.reading.run_rules)

_IN_BODY = _n("في")
# "يعمل لدى شركة X"، "المحتجزين لدى الحوثيين": a body after لدى is where one works or who holds
# him, never the object of the act
AT_THE_HOLDER = _n("لدى")


def _past_time_aside(r, start):
    """The token after a time told between commas within a few words of ``start`` ("،
    مساء الجمعة،"), else None."""
    return past_time_aside(r.view, r.dates, start, r.scope_end)


# "ضابطا برتبة مقدم"، "جنديا برتبة رقيب": a rank between the one hit and his corps
RANKED = _n("برتبة")
RANK_WORDS_GAP = 2


# "خطف مسلحون يشتبه بانتمائهم إلى جماعة X 23 عاملا": a group named after an unnamed subject
# right after the verb and a word of belonging is the subject's, not the one the act fell on
# (the subject in the nominative: "قتلت القوات مسلحين ينتمون إلى X" has X as its object)
UNNAMED_SUBJECTS = _n("مسلحون مسلحان مجهولون مقاتلون مهاجمون")
BELONGING_WORDS = _n("ينتمون ينتمي ينتميان بانتمائهم بانتمائهما انتمائهم المنتمين منتمين التابعين تابعين "
                     "تابعون الموالين موالين موالون")
# "خطف مسلحون يعتقد أنهم من X 12 مسافرا": the group the unnamed subject is believed to be of
BELIEVED_TO_BE = _n("أنهم انهم بأنهم أنهما")
_SUBJECT_WORDS = 2
_BELONGING_REACH = 3


def _of_unnamed_subject(view, start, target) -> bool:
    """Is ``target`` told as the group of the unnamed subject that opens the words at
    ``start`` ("مسلحون يعتقد أنهم ينتمون إلى X"، "مسلحون مجهولون يشتبه بانتمائهم إلى X"،
    "مسلحون يعتقد أنهم من X")?"""
    for k in range(start, min(start + _SUBJECT_WORDS, target.i)):
        if view.at.get(k) is None and view.has(k, UNNAMED_SUBJECTS) and any(
                view.has(m, BELONGING_WORDS) or view.has(m, BELIEVED_TO_BE)
                for m in range(k + 1, min(k + 1 + _BELONGING_REACH + 1, target.i))):
            return True
    return False


# "اختطف مسلحون مدير إدارة الجوازات بوزارة الداخلية العقيد X": an organisation right after a
# post only completes the post of the person named a few words after it, the one the act fell on
HELD_POSTS = KILLED_POSTS | _n("مدير مديرة المدير مديري مسؤول المسؤول المتحدث الناطق وزير محافظ حاكم")
POST_HOLDER_REACH = 5


def _post_holder(view, target, limit):
    """The person holding the post ``target`` completes ("مدير إدارة X العقيد Y": Y), else
    ``target``."""
    if target is None or target.entity.type != "Organization" or target.clitic or target.i == 0 \
            or not view.has(target.i - 1, HELD_POSTS) or view.at.get(target.i - 1) is not None:
        return target
    holder = view.next_slot(target.j, types=("Person",), max_gap=POST_HOLDER_REACH, limit=limit)
    return holder if holder is not None else target


@rule("object of the verb", applies=lambda r: r.active_verb)
def object_of_verb(r):
    """"قصفت القوات التركية مواقع لحزب العمال": the first person or group after the verb (and
    its subject); not "كتيبة الفرقان التابعة لحركة حماس" (a description of the agent)."""
    view, agent = r.view, r.agent
    if r.kind == "verb" and subject_after_object_pronoun(view, r.i) and (agent is None or agent.i > r.i):
        return None   # "اختطفهم تنظيم X": the pronoun is the object, X the doer
    start = agent.j if agent is not None and agent.i > r.i else r.i + 1
    if agent is not None and agent.i > r.i and view.has(agent.j, _IN_BODY):
        # "أوقفت شعبة المعلومات في قوى الأمن الداخلي شخصا": the body the doer belongs to
        parent = view.slot_starting(agent.j + 1)
        if parent is not None and parent.entity.type == "Organization":
            start = parent.j
    target = view.next_slot(start, types=("Person", "Organization"), max_gap=5, limit=r.scope_end)
    if target is None:
        # "اغتال مسلحون مجهولون، مساء الجمعة، القيادي X": past a time between commas
        after = _past_time_aside(r, start)
        if after is not None:
            # "ضابطا برتبة مقدم في الشرطة": a rank told takes two words more
            gap = 3 + RANK_WORDS_GAP * any(view.has(k, RANKED) for k in range(after, min(after + 3, r.scope_end)))
            target = view.next_slot(after, types=("Person", "Organization"), max_gap=gap, limit=r.scope_end)
    if target is not None and r.kind == "verb" and in_a_time_phrase(view, r.i, target):
        return None   # "اعتقل بعد أحداث السفارة X": a name in a phrase of time is no object
    while target is not None and (_modifies_previous(view, target) or _of_unnamed_subject(view, start, target)):
        target = view.next_slot(target.j, types=("Person", "Organization"), max_gap=3,
                                limit=r.scope_end)
    if target is not None and _past_a_further_conjunct(view, start, target.i):
        return None   # "غداة قتل شرطيين قرب الحدود وإعلان الحزب مسؤوليته": the party is no object
    if target is not None and any(view.has(k, AT_THE_HOLDER) and view.at.get(k) is None
                                  for k in (target.i - 1, target.i - 2)):
        return None   # "كان يعمل عند خطفه، لدى شركة X": where he worked (or who holds him), no object
    if target is not None and _employer_of_the_object(view, target):
        # "اعتقلت الصحافي في وكالة X ... Y": the journalist (Y, when named), not his agency
        return view.next_slot(target.j, types=("Person",), max_gap=EMPLOYED_NAME_REACH, limit=r.scope_end)
    return _post_holder(view, target, r.scope_end)


# the one held or killed named by his trade before his employer: "الصحافي في وكالة X"
TRADES = _n("الصحافي الصحفي الصحفية الصحافية المصور المراسل المراسلة الموظف الموظفة العامل "
            "الناشط الناشطة الطالب الطالبة الطبيب المهندس الباحث المدرس المعلم الإعلامي")
_IN = _n("في لدى")
EMPLOYED_NAME_REACH = 8


def _employer_of_the_object(view, slot) -> bool:
    """Is the organisation ``slot`` the employer of the object named by his trade right before
    it ("الصحافي في وكالة الأنباء اليمنية")?"""
    return slot.entity.type == "Organization" and slot.i > 1 and view.has(slot.i - 1, _IN) \
        and view.has(slot.i - 2, TRADES)


#: prepositions that close an object's phrase ("قتل شرطيين قرب الحدود")
_CLOSING_PREPOSITIONS = _n("قرب في على من عند داخل خارج أمام بالقرب جنوب شمال شرق غرب")


def _past_a_further_conjunct(view, start, end) -> bool:
    """Do the words from ``start`` to ``end`` hold an object's phrase closed by a preposition
    and then و + a common word that opens a further conjunct (وإعلان، وأصيب)? Not a
    conjunct that shares the object ("قتل وجرح عدد من المسلحين"، "معاقل وتجمعات التنظيم")."""
    from kg.lexicon import STOPWORDS
    from kg.mentions_common import _conjunct
    closed = False
    for k in range(start, end):
        n = view.tokens[k].norm
        if view.at.get(k) is None and n in _CLOSING_PREPOSITIONS:
            closed = True
        elif closed and view.at.get(k) is None and _conjunct(n) and n[1:] not in STOPWORDS:
            return True
    return False


# the genitive of a noun of suffering lies before a claim and before a speech verb ("وردا على مقتل
# الطفل أعلن الرئيس X": X speaks, he was not killed)
NOT_PAST = CLAIM_VERBS | SPEECH_VERBS


@rule("genitive of a noun of suffering", applies=lambda r: r.kind == "noun-patient")
def patient_of_noun(r):
    """"مقتل X"، "القبض على X" (not "مقتل 11 مصليا، وتبناه تنظيم X"); "القبض على أكثر من 300
    عنصر من تنظيم الدولة": the group of the ones counted."""
    view, toks, scope_end = r.view, r.toks, r.scope_end
    if view.has(r.i, PRONOUN_PATIENTS):
        # "العقيد X نجل Y قبل مقتله": the person the pronoun refers to, never a name after
        return _kin_head(view, view.prev_slot(r.i, types=("Person",), max_gap=6, same_clause=False))
    k = r.i + 1
    if k < len(toks) and toks[k].norm in ("على", "علي"):
        k += 1
    target = view.next_slot(k, types=("Person", "Organization"), max_gap=4, limit=scope_end,
                            stop=NOT_PAST)
    if target is None:
        o = view.next_slot(k, types=("Organization",), max_gap=7, limit=scope_end, stop=NOT_PAST)
        target = o if o is not None and _victims_of(view, o) else None
    if target is not None and target.entity.type == "Organization" and _comma_and_between(view, k, target.i):
        return None       # "أعلن الجيش مقتل جنديين، وتوعد تنظيم X برد": X opens the next clause
    return _post_holder(view, target, scope_end)


def _comma_and_between(view, start, end) -> bool:
    """Is there, from ``start`` to ``end``, a comma followed by a word glued to و or ف (the
    next clause: "، وتوعد"، "، فيما") that is no name?"""
    toks = view.tokens
    return any(toks[k].text in ("،", ",") and k + 1 < end and view.at.get(k + 1) is None
               and toks[k + 1].norm[:1] in ("و", "ف") for k in range(start, end))


KIN = _n("والد والدة ابن نجل ابنة نجلة شقيق شقيقة زوج زوجة عم خال أقارب")


def _kin_head(view, slot):
    """"وكان X والد Y قتل": the one the sentence is about is X, whom Y's kin describes."""
    if slot is None or slot.i < 2 or not view.has(slot.i - 1, KIN):
        return slot
    head = view.at.get(slot.i - 2)
    return head if head is not None and head.j == slot.i - 1 and head.entity.type == "Person" else slot


def _aside_opened(toks, i):
    """The index of the "(" of the aside token i is in (within 10 words), else None."""
    for k in range(i - 1, max(-1, i - 10), -1):
        if toks[k].text == ")":
            return None
        if toks[k].text == "(":
            return k
    return None


#: the most words of a relative clause between commas after a name
RELATIVE_ASIDE_REACH = 12


def _described_before(view, i):
    """"أن النائب X، الذي كان يقيم في الفندق، قُتل في الهجوم": the person named right before a
    relative clause between commas that ends right before the passive verb at i."""
    toks = view.tokens
    if i < 3 or toks[i - 1].text not in ("،", ","):
        return None
    k = i - 2
    while k > 0 and i - k <= RELATIVE_ASIDE_REACH + 2 and toks[k].text not in ("،", ","):
        k -= 1
    if k <= 0 or toks[k].text not in ("،", ",") or toks[k + 1].norm not in _RELATIVES:
        return None
    s = view.at.get(k - 1)
    return s if s is not None and s.j == k and s.entity.type == "Person" else None


@rule("subject of a passive", applies=lambda r: r.passive)
def passive_subject(r):
    """"قُتل القيادي X" (verb first) or "X ... قُتل"; "وأنه قُتل": the person the sentence is
    about; "قُتل اثنان من عناصر البيشمركة": the group the victims belong to."""
    view, i, toks, scope_end = r.view, r.i, r.toks, r.scope_end
    opened = _aside_opened(toks, i)
    if opened is not None:
        # "مبارك سالم (انضم إلى التنظيم وقتل في ...)": the one the aside is about
        s = view.at.get(opened - 1)
        if s is not None and s.j == opened and s.entity.type == "Person":
            return s
        scope_end = next((k for k in range(i + 1, scope_end) if toks[k].text == ")"), scope_end)
    target = view.next_slot(i + 1, types=("Person",), max_gap=4, limit=scope_end)
    if target is None and r.kind == "verb" and view.has(i + 1, KILLED_POSTS):
        # "قُتل قائد فيلق X في الحرس الثوري، اللواء Y، ...": the post's holder, named after it
        target = view.next_slot(i + 1, types=("Person",), max_gap=12, limit=scope_end)
    if target is None:
        target = _kin_head(view, view.prev_slot(i, types=("Person",), max_gap=3, same_clause=False))
        if target is not None and _speaker_of_the_complement(view, target, i):
            target = None   # "وأشار الشيخ X أن رجال الأمن قُتلوا": X speaks, the clause has its own subject
    if target is None:
        target = _described_before(view, i)
    if target is None and i > 0 and toks[i - 1].norm in _PRONOUN_SUBJECTS:
        target = view.prev_slot(i, types=("Person",), same_clause=False)
    if target is None:
        o = view.next_slot(i + 1, types=("Organization",), max_gap=4, limit=scope_end)
        if o is not None and _victims_of(view, o):
            target = o
    if target is None and view.has(i, DEATHS):
        # "لقي 3 من منتسبي كتيبة X مصرعهم": the group the dead belonged to, before
        o = view.prev_slot(i, types=("Organization",), max_gap=4)
        if o is not None and _modifies_previous(view, o):
            # "من منتسبي كتيبة X التابعة لمجلس Y مصرعهم": the group described, not its parent
            o = view.prev_slot(o.i, types=("Organization",), max_gap=2)
        if o is not None and _victims_of(view, o):
            target = o
    if target is None and r.kind == "verb":
        # "إن خمسة من عناصر البيشمركة قُتلوا في ...": the group of the ones counted right before
        o = view.prev_slot(i, types=("Organization", "Place"), max_gap=1)
        if o is not None and (o.entity.type == "Organization" or o.entity.subtype == "Country") \
                and _victims_of(view, o):
            target = o
    return target


THAT = _n("أن إن بأن وأن وإن")
# how far before the person the speech verb may stand ("وأشار الشيخ X"، "وقال والد الشهيد X")
SPEAKER_REACH = 3


def _speaker_of_the_complement(view, slot, i) -> bool:
    """Is the person before the passive at i the subject of a speech verb whose complement
    (أن، إن) opens between them ("وأشار الشيخ X أن رجال الأمن قُتلوا")? Not one named as the kin
    of the speaker ("قال والد الشهيد X إن ابنه ..."), nor one a clause after أن is about
    ("مقربة من X أن الرجل الذي قتل")."""
    if not any(view.tokens[k].norm in THAT for k in range(slot.j, i)):
        return False
    before = range(max(0, slot.i - SPEAKER_REACH), slot.i)
    return any(view.has(k, SPEECH_VERBS) and view.at.get(k) is None for k in before) \
        and not any(view.has(k, KIN) for k in before)


# "على الأقل"؛ "على ما أعلنت بعثة X": according to the one reporting it
ON_NO_TARGET = frozenset(("الاقل", "ما"))


@rule("named by a target marker")
def target_marker(r):
    """"ضد X"، "على X"، "تستهدف X" (not "على الأقل", nor "على ما أعلنت X": the source; nothing
    past a claim: "وتبناه X")."""
    view, toks, scope_end = r.view, r.toks, r.scope_end
    if not view.has_any(TARGET_MARKERS):
        return None     # (a target needs a marker: most sentences have none)
    for k in range(r.i + 1, min(scope_end, r.i + 12)):
        if view.has(k, CLAIM_VERBS):
            break
        if view.has(k, TARGET_MARKERS) and not (
                k + 1 < len(toks) and toks[k + 1].norm in ON_NO_TARGET) and not view.has(k - 1, SPANS_BEFORE_ON):
            return view.next_slot(k + 1, types=("Person", "Organization"), max_gap=3,
                                  limit=scope_end, stop=CLAIM_VERBS)
    return None


# "بعد وقت قصير على إعراب X"، "بعد أيام على"، "على مدى": على after a span of time dates
# something, it marks no target
SPANS_BEFORE_ON = _n("وقت قصير أيام يومين ساعات ساعة أسابيع أسبوع شهر شهرين أشهر عام عامين أعوام "
                     "سنة سنوات مرور مضي")


# places one attacks as a target, not only where it happens: "الهجوم على فندق X"
ATTACKED_FACILITIES = _n("فندق مستشفى سجن مطار قاعدة ميناء معبر مسجد كنيسة سفارة قنصلية مبنى مقر")


@rule("facility attacked", applies=lambda r: r.etype in ("Attack", "Strike"))
def facility_attacked(r):
    """"الهجوم على فندق X"، "تفجير استهدف مطار Y": a named facility after a target marker is
    what was attacked (and, by the place rules, where)."""
    view = r.view
    for k in range(r.i + 1, min(r.scope_end, r.i + 6)):
        if view.has(k, CLAIM_VERBS):
            return None
        if view.has(k, TARGET_MARKERS) and view.at.get(k) is None:
            s = view.slot_starting(k + 1)
            if s is not None and s.entity.type == "Place" and not s.clitic \
                    and view.has(s.i, ATTACKED_FACILITIES):
                return s
            return None
    return None


@rule("subject of تعرض", applies=lambda r: r.kind == "noun" and r.etype in ("Attack", "Strike"))
def subjected_to(r):
    """"تعرضت قافلة لقوة X لهجوم": what was subjected to the attack (or its owner)."""
    return _subjected(r.view, r.i)


# "نجا X من محاولة اغتيال"، "نجا X من هجوم": the one who escaped the act was its target
SURVIVED = _n("نجا نجت نجوا ينجو تنجو ونجا ونجت")
# how far before the act the verb may stand, past the survivor's post, title and name
SURVIVOR_REACH = 14


@rule("one who escaped it", applies=lambda r: r.kind in ("noun", "noun-patient")
      and r.etype in ("Attack", "Strike"))
def survivor(r):
    """"نجا الوزير X من محاولة اغتيال"، "نجا قائد الشرطة X من هجوم": the one who escaped."""
    view, i = r.view, r.i
    for k in range(i - 1, max(-1, i - SURVIVOR_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            break
        if view.has(k, SURVIVED) and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person", "Organization"), limit=i)
    return None


@rule("owner of what was hit", applies=lambda r: r.etype in ("Attack", "Strike"))
def owner_of_hit(r):
    """"كمين ... لقافلة للجيش المالي"، "استهدف موقعا للجيش": the owner of what was hit."""
    return _owner_of_hit(r.view, r.i, r.scope_end)


@rule("group of the ones struck",
      applies=lambda r: r.kind == "noun" and r.etype == "Strike" and _means_phrase(r.view, r.i))
def group_struck(r):
    """"حيّد 12 عنصرا من حزب العمال في غارات": the group of the ones struck."""
    o = r.view.prev_slot(r.i, types=("Organization",), max_gap=4)
    return o if o is not None and _victims_of(r.view, o) and o is not r.agent else None


@rule("army whose soldiers were killed", applies=lambda r: r.soldiers)
def soldiers_army(r):
    """"(أعلن الجيش التشادي / هاجمت قاعدة للجيش التشادي،) مقرا بمقتل 15 جنديا": its soldiers."""
    return _army_before(r.view, r.i)




# "اعتقلت ثلاثة من عناصر X، هم A وB وC": the ones counted, named after هم
_THEY_ARE = _n("هم وهم هما وهما")


def named_victim(view, i, scope_end):
    """The person named among the ones arrested or killed ("بينهم قائد ميداني يدعى Y"), after
    يدعى ("اعتقال ضابط سابق في الجيش يدعى الرائد Y") or first after هم ("ثلاثة من عناصر X،
    هم A وB"), within the trigger's words."""
    for k in range(i + 1, scope_end):
        if view.has(k, _AMONG):
            return view.next_slot(k + 1, types=("Person",), max_gap=4, limit=scope_end)
        if view.tokens[k].norm in _THEY_ARE and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person",), max_gap=1, limit=scope_end)
        if view.has(k, _CALLED) and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person",), max_gap=2, limit=scope_end)
    return None


@rule("one named among the victims", applies=lambda r: r.etype in ("Arrest", "Killing"))
def named_among(r):
    """"اعتُقل ثلاثة أشخاص بينهم قائد ميداني يدعى Y"، "اعتقال ضابط يدعى Y"."""
    return named_victim(r.view, r.i, r.scope_end)


@rule("one placed under arrest", applies=lambda r: r.etype == "Arrest" and r.kind == "noun-patient")
def placed_under_arrest(r):
    """X وY ... وضعا تحت (placed under) an arrest noun: the subject of the placing verb before
    تحت/قيد; وُضع X قيد (X was placed under) one: the one named right after it."""
    view, i = r.view, r.i
    if not view.has(i - 1, UNDER) or not view.has(i - 2, PLACED):
        return None
    before = view.prev_slot(i - 2, types=("Person", "Organization"), max_gap=1)
    if before is not None and before.j == i - 2:
        return _coordination_head(view, before)
    return None


# an embassy or consulate a bombing happened at is what it hit: "تفجير انتحاري عند السفارة الأمريكية"
AT_WORDS = _n("عند أمام امام")
MISSIONS = _n("السفارة سفارة القنصلية قنصلية البعثة")
AT_REACH = 4


@rule("mission attacked at", applies=lambda r: r.etype == "Attack")
def mission_attacked_at(r):
    """"تفجير انتحاري عند السفارة الأمريكية في أنقرة": the embassy (a body named by its
    building) is the target."""
    view = r.view
    for k in range(r.i + 1, min(r.scope_end, r.i + AT_REACH)):
        if view.has(k, AT_WORDS) and view.at.get(k) is None:
            s = view.slot_starting(k + 1)
            if s is not None and s.entity.type == "Organization" and not s.clitic and view.has(s.i, MISSIONS):
                return s
            return None
    return None


TARGET_RULES = (
    object_of_verb, patient_of_noun, passive_subject, target_marker, facility_attacked, mission_attacked_at,
    subjected_to,
    owner_of_hit, group_struck, soldiers_army, named_among, placed_under_arrest, survivor,
)


def settle_target(r):
    """The person holding the post named rather than the post's organisation; never the agent."""
    view, target, agent = r.view, r.target, r.agent
    if target is not None and (_in_post_phrase(view, target) or (
            target.entity.type == "Organization" and _prepositional(view, target))):
        person = _person_after_post(view, target)
        if person is not None:
            target = person
    if target is not None and agent is not None and target.entity.id == agent.entity.id:
        target = None
    if target is not None and (kin_named(view, target) or _followers_named(view, target)):
        target = None    # "احتجزت الشرطة أحد أقارب الوزير X": a relative of X, not X; "عناصر الرئيس
        #                  المخلوع X": his followers
    if target is not None and cited_source(view, target):
        target = None    # "ما أدى إلى مقتل السائق، بحسب وكالة X": the report's source
    if target is not None and ascribed_to(view, target):
        if agent is None and target.entity.type == "Organization":
            r.agent = target     # "الهجمات على عسكريين، وتنسب إلى حزب X": the doer
        target = None
    r.target = target


_FROM = _n("عن")


def ascribed_to(view, slot) -> bool:
    """Is the slot named right after "(و)تنسب إلى"، "نسبت إلى" (the act ascribed to it)?"""
    k = slot.i - 1
    return k > 0 and not slot.clitic and view.has(k, _TO) and view.has(k - 1, ATTRIBUTING) \
        and view.at.get(k - 1) is None


def cited_source(view, slot) -> bool:
    """Is the slot named after a word that cites a report's source ("بحسب وكالة X"، "وفقا
    لمصادر X"، "نقلا عن X")? A source is no one the act fell on."""
    k = slot.i - 1
    if k > 0 and view.has(k, _FROM) and view.at.get(k) is None:
        k -= 1
    return k >= 0 and view.at.get(k) is None and view.has(k, SOURCE_PREPOSITIONS)


_KIN_OF = _n("أقارب اقارب")
# the ones around someone, named by him: "قتل حارس الرئيس X"، "أحد مساعدي الرئيس X"، "مقتل سائق
# الوزير X"، "اعتقال أبناء X" (only plurals and the guard and driver: "مستشار الرئيس X" and
# "نجل الرئيس X" name the adviser and the son as often as the president)
ASSOCIATES_OF = _n("حارس حراس مرافقي سائق مساعدي معاوني مستشاري أبناء أشقاء أنجال عائلة أسرة ذوي")


# a person's followers or fighters: "لقي 24 من عناصر الرئيس المخلوع X مصرعهم" (his men, not X)
_FOLLOWERS_OF = _n("عناصر وعناصر أنصار وأنصار أتباع وأتباع مقاتلي ومقاتلي مسلحي ومسلحي ميليشيات وميليشيات "
                   "مليشيات ومليشيات قوات وقوات")
#: how many words (titles, adjectives) may stand between the followers' word and the person
FOLLOWERS_REACH = 3


def _followers_named(view, slot):
    """Is the person named only as the one whose followers are meant ("عناصر الرئيس المخلوع X")?"""
    return slot.entity.type == "Person" and _named_after(view, slot, _FOLLOWERS_OF, reach=FOLLOWERS_REACH + 1,
                                                          past=_title_or_definite)


def _title_or_definite(view, k) -> bool:
    """Is token ``k`` a title or a word with the article (الرئيس المخلوع)?"""
    return view.has(k, _TITLES) or view.tokens[k].norm.startswith("ال")


def kin_named(view, slot):
    """Is the slot named only as the one whose relatives, guards or aides are meant ("أحد أقارب
    (الرئيس) X"، "حارس الرئيس X")?"""
    return _named_after(view, slot, _KIN_OF) or slot.entity.type == "Person" and _named_after(view, slot, ASSOCIATES_OF)
    # (the sons of a tribe, "أبناء عشيرة X", are its own)


# what one owns that an act hits: "سيارة العميد X أصيبت في هجوم"، "موكب الوزير X"
POSSESSIONS = _n("سيارة سيارات موكب منزل بيت مقر مكتب مركبة عربة طائرة")


def owner_named(view, slot) -> bool:
    """Is the person ``slot`` named only as the owner of a car, a convoy or a house ("سيارة
    العميد X"): what the act hit, never its doer."""
    return slot.entity.type == "Person" and _named_after(view, slot, POSSESSIONS)


def _named_after(view, slot, words, reach=None, past=None) -> bool:
    """Is ``slot`` right after one of ``words``, past his titles, ranks and adjectives (or the
    words ``past`` accepts), looking at ``reach`` tokens at most (ASSOCIATE_REACH)?"""
    past = past or _title_rank_or_adjective
    k = slot.i - 1
    for _ in range(reach or ASSOCIATE_REACH):
        if k < 0 or view.at.get(k) is not None:
            return False
        if view.has(k, words):
            return True
        if not past(view, k):
            return False
        k -= 1      # past his titles and adjectives: "حارس الرئيس اليمني X"
    return False


def _title_rank_or_adjective(view, k) -> bool:
    return view.has(k, _TITLES) or view.has(k, _RANKS) or _adjective(view.tokens[k].norm)


#: the words between the kin or associate and the name (titles, ranks, adjectives)
ASSOCIATE_REACH = 3
_RANKS = _n("القيادي العقيد العميد اللواء المقدم الرائد النقيب الشيخ الزعيم الداعية الجنرال")


def _adjective(n: str) -> bool:
    """A definite adjective of origin ("اليمني"، "السابق" is not one)."""
    return n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 4
