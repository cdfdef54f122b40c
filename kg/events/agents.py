"""Agents: who did it. ``AGENT_RULES`` is the ordered list of rules for one trigger.

Verb, subject first: the actor right before the verb ("قوات أمريكية قتلت ..."); verb
first: the first actor after it. A passive verb (قُتل، اعتُقل) has no agent. A verbal
noun: its genitive (غارات التحالف), a light verb's subject (شنت القوات غارات), "نفذه/شنه/
برصاص X". A speaker (قال/أعلن X أن ...) is never the agent of what follows أن, but "أعلن
X تنفيذ/إطلاق/القبض ..." announces X's own act, and "أعلن X أنه قتل" X's own.
"""
from __future__ import annotations

from kg.events.aircraft import force_of_aircraft, state_of_the_guns, state_of_the_strikes
from kg.events.anaphora import latter_agent
from kg.events.arrests import ARRESTS_OF_THEM, raider
from kg.events.deaths import repeller
from kg.events.pronoun_objects import relative_is_the_object, subject_after_object_pronoun
from kg.events.references import INVOLVEMENT as REFERRED_INVOLVEMENT
from kg.events.replies import replier
from kg.events.visits import person_of_the_post, relative_visitor, tourist, visitor_after_post, visitor_during, visitor_leaving
from kg.events.grammar import (
    _RELATIVES, ACTS, AGENTS, AGENT_MARKERS, LED_BY_MARKERS, CLASHES, FIGHTERS, LIGHT_VERBS, OWN_FORCES, RANKS_OF, TARGET_MARKERS,
    _FORCES_OF, ATTRIBUTING,
    _THAT, _TITLES, _WITH_WORDS, _coordination_head, coordinated, _delegation_of, _demonym_agent, _eid,
    _fighters_in_construct, _in_post_phrase, _light_verb_before, _members_of, _n, _opens_with_light_verb,
    _prepositional, _speaker, _unnamed_subject_between, joined_light_verb, past_time_aside, _modifies_previous, in_a_time_phrase,
)
from kg.events.meetings import meeting_sides, visitors
from kg.events.merging import _fighters_counted, _result_cue
from kg.events.places import _in_fronted_phrase
from kg.events.reading import rule
from kg.events.triggers import (
    _TRIGGER_WORDS, _after_passive, _means_phrase, _passive, _quoted_name, _trigger_index,
)
from kg.lexicon import SPEECH_VERBS, strip_clitics
from kg.normalize import norm


# verbal nouns whose announcer is their agent: أعلن X تنفيذ ضربات / إطلاق عملية / القبض على
ACTION_NOUNS = _n("تنفيذ إطلاق اطلاق شن بدء استئناف انطلاق القبض اعتقال توقيف احتجاز استهداف قصف القضاء قضاء اغتيال تصفية "
                  "ضبط الإطاحة الاطاحة إعدام اعدام ذبح " + ARRESTS_OF_THEM)


# killings one announces as one's own act ("أعلنت إسرائيل اغتيال X") unless one mourns one's own
KILLING_ACTS = _n("اغتيال تصفية")


_OWN_RANKS = _n("فيها فيه منها منه قادتها قادته قائدها قائده أحد عناصرها عناصره أعضائها أعضائه "
                "مسؤولها مسؤوله قياديها قياديه")


MEANS_SUBJECTS = _n("صاروخ صواريخ طائرة طائرات طائرتين مسيرة مسيرات مدفعية دبابات دبابة زوارق زورق "
                    "بوارج مقاتلات")


OWNED_BY = _n("تابعة التابعة تابع التابع تابعون تابعين التابعون التابعين")


# forces or weapons said to belong to a body: "قوة تابعة للاتحاد الأفريقي"
_OWNED_FORCES = _n("قوة قوات وحدة وحدات كتيبة عناصر مسلحون مسلحين مقاتلون مقاتلين ميليشيات مليشيات") | MEANS_SUBJECTS


def _owned_force(view, k):
    """The body that a force or weapon named at ``k`` belongs to (قوة تابعة لـ X), else None."""
    if not view.has(k, _OWNED_FORCES) or view.at.get(k) is not None:
        return None
    return _owner_after(view, k, 2, len(view.tokens))    # (one word of its kind between: "قوة عسكرية تابعة لـ")


def _means_owner(view, i, scope_end):
    """"قصفت طائرات مسيّرة تابعة لقوات X": the owner of the weapons that are the verb's
    subject is the agent; None when the subject after the verb is no weapon."""
    if not view.has(i + 1, MEANS_SUBJECTS):
        return None
    return _owner_after(view, i + 1, 3, scope_end)


def _owner_after(view, k, reach, limit):
    """The organisation named with ل right after "تابعة" within ``reach`` words after the force
    or weapon at ``k`` (no other name between), else None."""
    for m in range(k + 1, min(k + 1 + reach, limit)):
        if view.at.get(m) is not None:
            return None
        if view.has(m, OWNED_BY):
            s = view.slot_starting(m + 1)
            return s if s is not None and s.entity.type == "Organization" and s.clitic.endswith("ل") else None
    return None


def _clause_subject(view, i):
    """The named subject opening the clause of token i (after إن/أن or at its start)."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    if view.tokens[start].norm not in _THAT:
        return None      # only a reported clause: "قال إن الجيش استعاد ... وأسر"
    s = view.slot_starting(start + 1)
    if s is None and start + 2 < i and view.has(start + 1, _FORCES_OF):
        s = view.slot_starting(start + 2)    # "إن قوات الجيش أحبطت ... وقتلت"
    if s is not None and s.i < i and s.entity.type in ("Person", "Organization") \
            and not _prepositional(view, s):
        return s
    return None


def _fronted_clause_start(view, i):
    """The index of the إن/أن opening the clause of the verb at ``i`` when words stand between
    them ("إن دبابات المقاومة قصفت X"): after إن the subject comes first, so the name after
    the verb is its object; else None."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    if view.tokens[start].norm not in _THAT or start + 1 >= i or (
            view.at.get(start + 1) is None and not view.has(start + 1, _FRONTED_HEADS)):
        return None
    return start


#: the words a fronted subject may open with before the name of the one they belong to (قوات
#: الجيش، دبابات المقاومة)
_FRONTED_HEADS = _FORCES_OF | MEANS_SUBJECTS


@rule("subject fronted after إن", applies=lambda r: r.active_verb and not r.conj_verb)
def fronted_subject(r):
    """"قالت مصادر إن دبابات المقاومة في الضالع قصفت ميليشيات الحوثي": the actor (or the
    owner of the forces or weapons) named right after إن, before the verb."""
    view, i = r.view, r.i
    start = _fronted_clause_start(view, i)
    if start is None or view.tokens[i - 1].norm in _RELATIVES:
        return None       # "أن الحكومة لم تبلغ ... أو المبعوث الذي زار الرياض": the relative's own
    k = start + 1
    if view.at.get(k) is None:
        k += 1
    s = view.slot_starting(k)
    if s is not None and s.j <= i and i - s.j <= FRONTED_REACH and s.entity.type in ("Person", "Organization") \
            and not _prepositional(view, s):
        return s
    return None


#: how many words may stand between a fronted subject and its verb ("إن دبابات المقاومة
#: الشعبية الجنوبية في الضالع قصفت"); further, another verb may come first ("أن X قدم تعازيه
#: في ضحايا هجوم انتحاري قتل ...": the attack killed)
FRONTED_REACH = 4


_WAS = _n("كان وكان كانت وكانت")


def _was_subject(view, i):
    """"وكان مسلحو X، المرتبطة بـY، قد هاجموا": the subject after كان, before قد + the verb."""
    if i < 2 or view.tokens[i - 1].norm != "قد":
        return None
    for k in range(i - 2, max(-1, i - 14), -1):
        if view.has(k, _WAS) and view.at.get(k) is None:
            j = k + 2 if k + 2 < i and view.has(k + 1, _FORCES_OF) else k + 1
            s = view.slot_starting(j)
            return s if s is not None and s.entity.type in ("Person", "Organization", "Place") else None
    return None


def _own_loss(view, i, scope_end, announcer):
    """"أعلنت حماس اغتيال القيادي فيها X"، "... القيادي في حماس X": the announcer mourns its own."""
    for k in range(i + 1, scope_end):
        if view.has(k, _OWN_RANKS):
            return True
        sl = view.at.get(k)
        if sl is not None and sl.entity.id == announcer.entity.id:
            return True
    return False


def _state_right_after(view, i, slot, etype):
    """"اغتالت إسرائيل، فجر الاثنين، القيادي X": a state right after an act verb is its subject."""
    return etype in ACTS and slot.i == i + 1 and not slot.clitic \
        and slot.entity.subtype == "Country"


# "أن أحد مقاتليها شن هجوما": one of its fighters acts for it as its fighters do
ONE_OF = _n("أحد إحدى احد احدى")
_SPEAKER_PRONOUNS = frozenset(norm(w) for w in "أنه إنه بأنه وأنه أنها إنها بأنها وأنها أنهم إنهم".split())


#: how far the verb may stand from the speaker's own forces described by a participle
DESCRIBED_FORCES_REACH = 12


def _described_forces(view, first):
    """"قواته المنتشرة في إطار عملية «برخان» اعتقلت": the speaker's forces, described by a
    definite participle (المنتشرة، المتمركزة، المشاركة) right after them."""
    k = first + 1
    word = view.tokens[k].norm if k < len(view.tokens) else ""
    return word.startswith("الم") and word.endswith("ه") and view.at.get(k) is None


def _speaker_pronoun(view, i):
    """The speaker a clause-initial أنه/إنها refers to: "أعلن الجيش، الخميس، أنه قتل ..."."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    first = start + 2 if start + 2 < i and view.has(start + 1, ONE_OF) else start + 1
    own_forces = view.tokens[start].norm in _THAT and first < i and \
        view.tokens[first].norm in OWN_FORCES and view.at.get(first) is None
    # "قال الجيش إن قواته قتلت ..."، "أعلنت الكتائب أن مقاتليها فجروا ...": its own act
    # "أنها نفذت، في 1 شباط/فبراير الماضي، غارة": a light verb right after the pronoun carries
    # it past a date
    reach = 14 if _opens_with_light_verb(view, i) else \
        DESCRIBED_FORCES_REACH if own_forces and _described_forces(view, first) else 4
    if not own_forces and view.tokens[start].norm not in _SPEAKER_PRONOUNS or i - start > reach:
        return None
    if start + 1 < len(view.tokens) and _passive(view.tokens[start + 1].text) \
            and not view.stems(start + 1).isdisjoint(_TRIGGER_WORDS):
        return None      # "وأنه قُتل في غارة": the pronoun is the one killed, not the speaker
    for k in range(start - 1, -1, -1):
        if view.has(k, SPEECH_VERBS):
            if any(view.tokens[m].norm in _THAT for m in range(k + 1, start)):
                return None      # "أعلنت X أن قوات Y دهست ... لتتأكد أنها قتلتهم": Y's, not X's
            s = view.next_slot(k + 1, types=("Person", "Organization", "Place"), same_clause=False,
                               limit=start)
            if s is not None and own_forces and s.entity.type == "Place" and s.entity.subtype != "Country":
                return None      # a state has forces, a town does not
            if s is not None and own_forces and s.entity.type == "Person":
                # "قال قائد الشرطة الاتحادية الفريق X إن قطعاته ..."، "ضابط في جهاز X قوله إن
                # قواته ...": the forces are those of the body the speaker serves
                return _speakers_body(view, k, s) or s
            if s is not None and not own_forces and not _agrees(view.tokens[start].norm, s):
                return None      # "أشارت السلطات إلى أنه فجر نفسه": he is not the authorities
            if s is not None:
                return s
            if own_forces:
                # "نعى حزب الله "الحاج رضا"، وأعلن أن مقاتليه ...": forces belong to a group or state
                return view.prev_slot(k, types=("Organization",), max_gap=6, same_clause=False)
            return view.prev_slot(k, types=("Person", "Organization"), max_gap=2, same_clause=False)
    return None


def _agrees(pronoun, slot) -> bool:
    """May the pronoun of "أنه"/"إنه" (he, it: masculine) refer to the speaker ``slot``? Not to
    a state, which Arabic makes feminine (أعلنت تركيا أنها), nor to a body named by a
    feminine word (السلطات، الشرطة، وزارة، القوات)."""
    if not pronoun.endswith("نه"):
        return True
    if slot.entity.type == "Place":
        return False
    if slot.entity.type != "Organization":
        return True
    first = slot.mention.text.split()[0] if slot.mention.text.split() else ""
    word = norm(first)
    return not (word.endswith(("ات", "ه")) and len(word) > 3)


def _speakers_body(view, k, person):
    """The organisation named in the speaker's post between the speech verb at k and the
    person ("قائد الشرطة الاتحادية اللواء X"، "ضابط في جهاز X"، "المتحدث باسم الجيش X"),
    or right after the person ("X، قائد قوات Y"), else None."""
    body = view.next_slot(k + 1, types=("Organization",), same_clause=False, limit=person.i)
    if body is None and person.j < len(view.tokens):
        body = view.next_slot(person.j, types=("Organization",), max_gap=3, same_clause=False)
    return body


# "ردا على X": X is the other side's act, replied to (not done by the light verb's subject)
IN_REPLY = _n("ردا رداً رد")
_ON_WORD = _n("على")
# "تمكنت الشرطة من توقيف مشتبه به على خلفية تفجير الكنيسة"، "شن الجيش غارات عقب هجوم":
# an act told as the cause or occasion of the light verb's act, a few words after one of
# these, is not the light verb's object (not "إثر ذلك": that is only "then")
CAUSE_WORDS = _n("خلفية بسبب جراء إثر اثر عقب")
CAUSE_REACH = 3
_THAT_WORDS = _n("ذلك هذا هذه تلك")


def _told_as_cause(view, k, i):
    """Is token ``k``, between a light verb and the act at ``i``, a word of CAUSE_WORDS
    opening the phrase the act stands in?"""
    return (view.has(k, CAUSE_WORDS) and view.at.get(k) is None and i - k <= CAUSE_REACH
            and not view.has(k + 1, _THAT_WORDS))


#: the words between a described actor and the one its modifier names (، المدعومة من)
MODIFIER_GAP = 3


# a verb of trying between a light verb and the act: the act is the one of whoever tried
TRYING = _n("حاول حاولت حاولوا يحاول تحاول يحاولون حاولا")


def _complement_of_another(view, k, i, others) -> bool:
    """Does another act stand between the light verb at k and the act at i as the light verb's
    own complement: right after it, or glued to ب/ل ("قام بزيارة للمصابين من قوات X الذين
    استهدفهم التفجير": قام made the visit, not the bombing)?"""
    return any(k < m < i and (m == k + 1 or view.tokens[m].norm[:1] in "بل") for m in others)


def _light_verb_agent(view, i, others=()):
    """شنت القوات X غارات / القوات X شنت غارات / أطلق الجيش عملية: the light verb's subject
    (not of an act replied to: "نفذ X غارات ردا على إطلاق صاروخ", nor of a light verb whose
    complement is another act: ``_complement_of_another``, with ``others`` the sentence's
    other triggers)."""
    k = i - 1
    while k >= 0 and i - k <= 16 and view.clause_of[k] == view.clause_of[i]:
        if view.has(k, IN_REPLY) and view.has(k + 1, _ON_WORD) and view.at.get(k) is None:
            return None
        if _told_as_cause(view, k, i):
            return None
        if view.has(k, TRYING) and view.at.get(k) is None:
            return None   # "تمكنت القيادة من القضاء على 10 إرهابيين حاولوا الاعتداء": theirs
        if view.has(k, LIGHT_VERBS) and view.at.get(k) is None:
            if _complement_of_another(view, k, i, others):
                return None
            a = view.next_slot(k + 1, types=AGENTS, limit=i)
            if a is not None and _prepositional(view, a):
                # "عقد المبعوث الخاص للسلام في أفغانستان X جولة من المحادثات": past the post's
                # place, the person holding it (not a name joined to the place: "في X وY")
                a = view.next_slot(a.j, types=("Person",), limit=i)
                if a is not None and (_prepositional(view, a) or view.tokens[a.i].norm[:1] == "و"):
                    a = None
            if a is not None:
                return a
            if view.tokens[k].norm[:1] in "وف" and view.tokens[k].norm[1:] in LIGHT_VERBS:
                return None   # "..., وتمكن عساكر الجيش من": a new clause, its subject after it
            a = view.prev_slot(k, types=AGENTS, max_gap=2)
            while a is not None and _modifies_previous(view, a):
                # "قوات الجيش، المدعومة من التحالف بقيادة السعودية، أطلقت عملية": the head the
                # backers and leaders describe
                a = view.prev_slot(a.i, types=AGENTS, max_gap=MODIFIER_GAP)
            if a is not None and _prepositional(view, a):
                a = _body_of_the_place(view, a)
            if a is not None and not _prepositional(view, a) and not _subordinated(view, a.j, k) \
                    and not quote_opens_between(view, a.j, k):
                return _coordination_head(view, a)
            return None
        k -= 1
    return None


def _body_of_the_place(view, place):
    """"قوات إنفاذ القانون بشمال سيناء تمكنت من ..."، "شرطة الآداب بمحافظة جدة ضبطت ...": the
    body named right before the place it serves in (ب glued to the place), the subject of the
    verb after them; else None."""
    if place.entity.type != "Place" or not place.clitic.endswith("ب"):
        return None
    body = view.prev_slot(place.i, types=("Organization",), max_gap=0)
    return body if body is not None and body.j == place.i else None


# "بعدما/عندما/حين أطلقوا النار": a clause of time opens between a name and the verb, whose
# subject is the verb's own pronoun ("اغتال مسلحون القيادي X، بعدما أطلقوا ...": not X)
SUBORDINATORS = _n("بعدما عندما حينما حين بينما بعد قبل أثناء")
_BEFORE_AFTER_THAT = _n("بعد قبل أثناء")    # only with أن after them (not the _BEFORE_AFTER below)
_AN = _n("أن")


def _subordinated(view, j, k):
    """Does a word of SUBORDINATORS stand between token ``j`` and the verb at ``k``
    (بعد/قبل only as "بعد أن"/"قبل أن")?"""
    for m in range(j, k):
        if view.has(m, SUBORDINATORS) and view.at.get(m) is None:
            if view.has(m, _BEFORE_AFTER_THAT) and not (m + 1 < k and view.has(m + 1, _AN)):
                continue
            return True
    return False


def _clash_partner(view, i, scope_end):
    """"اشتباكات مع X": X, the side fought."""
    for k in range(i + 1, scope_end):
        if view.has(k, CLASHES) and k + 1 < len(view.tokens) and view.tokens[k + 1].norm == "مع":
            return view.next_slot(k + 2, types=("Organization",), max_gap=1, limit=scope_end)
    return None


# markers whose pronoun names the agent: "أطلقها" (he launched it), not "أطلقتها" (she/they)
_PRONOUN_MARKERS = _n("أطلقها أطلقه نفذها نفذه شنها شنه")


# "وكان الجيش قد أعلن": words between a subject told first and its speech verb
_WAS_ALREADY = _n("قد كان وكان")


def _announcer(view, i):
    """The named subject of the speech verb before token i in the sentence (أعلن الجيش X ...;
    told first: "وكان الجيش الأفغاني قد أعلن في وقت سابق مقتل ...")."""
    for k in range(i - 1, -1, -1):
        if view.has(k, SPEECH_VERBS) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization", "Place"), max_gap=1)
            if s is None and k > 0 and view.has(k - 1, _WAS_ALREADY):
                s = view.prev_slot(k - 1, types=("Organization", "Place"), max_gap=0)
                return s if s is not None and not s.clitic else None
            return s if s is not None and not _prepositional(view, s) else None
    return None


# --- the agent rules of one trigger, tried in this order (kg.events.reading.run_rules)

ACTS_BY = ("Attack", "Strike", "MilitaryOperation")
# "كمين للجيش" is laid for the army: its ل names the one ambushed
AMBUSHES = _n("كمين كمينا الكمين كمائن")


def _noun(r):
    return r.kind == "noun"


def _before_a_subordinator(view, agent, i) -> bool:
    """Does a subordinator stand between ``agent`` and the verb at ``i`` ("قتل 20 شخصا، بينهم
    أربعة من عناصر X، عندما فجر انتحاري نفسه": X ends a clause of its own)?"""
    return any(view.has(k, SUBORDINATORS) for k in range(agent.j, i))


_COMMA_MARKS = frozenset("،,")


def _time_opens_the_clause(r, agent) -> bool:
    """"بعد اغتيال الوزير X، عام 2010 اعتقلت السلطات ...": a comma after the name, then only a
    date before the verb: the date opens the verb's own clause, and the name ends the clause
    before it (not "الجيش، أمس، قتل": a date set off by commas on both sides)."""
    toks = r.view.tokens
    k = agent.j
    if k >= r.i or toks[k].text not in _COMMA_MARKS:
        return False
    start, end = toks[k + 1].start if k + 1 < r.i else None, toks[r.i - 1].end
    return start is not None and any(d.start <= start and end <= d.end for d in r.dates)


# what opens a clause of time (with a verb or a verbal noun: "أثناء قيام ..."، "بينما كانت ...")
TIME_CLAUSE_OPENERS = _n("أثناء اثناء بينما عندما حينما حين بعدما")


def _in_a_time_clause_before(view, agent, i) -> bool:
    """"أثناء قيام مجموعة من قوات الطوارئ بأداء الصلاة في مسجد مقر القوات، فجر انتحاري نفسه": the
    name is told in a clause of time (أثناء، عندما، بينما ...) that a comma closes before the
    verb; it is no subject of the verb."""
    toks = view.tokens
    if not any(toks[k].text in _COMMA_MARKS for k in range(agent.j, i)):
        return False
    start = next((k + 1 for k in range(agent.i - 1, -1, -1) if toks[k].text in _COMMA_MARKS), 0)
    return any(view.has(k, TIME_CLAUSE_OPENERS) for k in range(start, agent.i))


# what opens a phrase fronted before the sentence's clause: "وفي مؤشر على تقهقر X، قتل ..."
FRONTED_OPENERS = _n("في وفي ومع مع وبعد وعلى وخلال ووسط وإثر وعقب وفيما")


def _in_a_fronted_phrase(view, agent, i) -> bool:
    """Is the name told in a phrase fronted at the start of the sentence (opened by في, مع, بعد ...)
    and closed by a comma before the verb ("وفي مؤشر على تقهقر مليشيات X وقوات Y، قتل ستة من
    مليشيات X")? It is no subject of the verb."""
    toks = view.tokens
    if not toks or not view.has(0, FRONTED_OPENERS) or view.at.get(0) is not None:
        return False
    if any(toks[k].text in _COMMA_MARKS for k in range(0, agent.i)):
        return False
    return any(toks[k].text in _COMMA_MARKS for k in range(agent.j, i))


@rule("subject before the verb", applies=lambda r: r.active_verb)
def subject_before_verb(r):
    """"قوات أمريكية قتلت ...": the actor right before the verb (not "وفي بيروت، ...", but
    "مسلحون من داعش قد هاجموا": the group; not one before عندما/بعدما, whose clause the verb
    opens, nor one a date opening the verb's clause stands after: ``_time_opens_the_clause``,
    nor one told in a clause of time closed before the verb: ``_in_a_time_clause_before``)."""
    view = r.view
    agent = None if r.conj_verb else view.prev_slot(r.i, types=AGENTS, max_gap=2)
    aside = _describing_aside(view, agent, r.i) if agent is not None else None
    if aside is not None:
        # "مسلحو حركة X، المصنفة منظمة إرهابية من قبل Y، هاجموا ...": the body described did it
        # (the aside's words, "من قبل" among them, are no subordinator of the verb)
        agent = view.prev_slot(aside, types=AGENTS, max_gap=1)
    if agent is not None and (_prepositional(view, agent) and not _members_of(view, agent)
                              or _in_fronted_phrase(view, r.i, agent)
                              or _before_a_subordinator(view, agent, r.i if aside is None else aside)
                              or _time_opens_the_clause(r, agent) or _in_a_time_clause_before(view, agent, r.i)
                              or _in_a_fronted_phrase(view, agent, r.i) or _leader_in_a_relative(view, agent)
                              or quote_opens_between(view, agent.j, r.i) and not _our_fighters_after(view, r.i)):
        return None
    return agent


# the words opening an aside that describes the body named before it: "حركة X، المصنفة منظمة
# إرهابية من قبل Y، ..."، "الميليشيات، المدعومة من Y، ..."
DESCRIBING = _n("المصنف المصنفة المصنفين المصنفون المدرج المدرجة المدرجين المدعوم المدعومة المدعومين "
                "المدعومون الموالي الموالية الموالين المرتبط المرتبطة المرتبطين المقرب المقربة "
                "المتحالف المتحالفة المحظور المحظورة")
#: how many words of the aside may stand before the name inside it (a list of states: "من قبل
#: تركيا والولايات المتحدة والاتحاد الأوروبي")
DESCRIBING_REACH = 14
_ASIDE_COMMAS = frozenset("،,")


def _describing_aside(view, s, i):
    """The index of the comma opening an aside that describes the body before it, when slot ``s``
    is named inside it and the aside closes right before the verb at ``i`` ("حزب X، المصنف
    تنظيما إرهابيا من قبل Y وZ، هاجموا ..."); else None."""
    toks = view.tokens
    if i < 1 or toks[i - 1].text not in _ASIDE_COMMAS or s.j > i - 1:
        return None
    for m in range(s.i - 1, max(-1, s.i - 1 - DESCRIBING_REACH), -1):
        if toks[m].text in _ASIDE_COMMAS:
            return m if view.has(m + 1, DESCRIBING) and view.at.get(m + 1) is None else None
    return None


def _leader_in_a_relative(view, s) -> bool:
    """Is the name the subject of a relative "led by" clause right before it ("القوى المتحالفة مع
    التحالف الذي تقوده السعودية اعتقلت ..."): the leader of the body before, not the verb's
    subject?"""
    return s.i > 1 and view.has(s.i - 1, _LEADING) and view.tokens[s.i - 2].norm in _RELATIVES


# leading or backing a body, in a relative clause: "التحالف الذي تقوده السعودية"
_LEADING = _n("يقودها تقودها يقوده تقوده قادها قاده يتزعمها يتزعمه تتزعمه تتزعمها يترأسه يترأسها "
              "تترأسه تدعمه تدعمها يدعمه يدعمها")


# the speaker's own fighters in its quoted words: "وقالت الحركة: «هاجم مقاتلونا ...»"
OUR_FIGHTERS = _n("مقاتلونا مقاتلينا مقاتلوها قواتنا عناصرنا جنودنا مجاهدونا مجاهدينا أبطالنا رجالنا "
                  "وحداتنا طائراتنا")


def _our_fighters_after(view, i):
    """Are the speaker's own fighters named right after the verb at ``i`` (its subject)?"""
    return i + 1 < len(view.tokens) and view.has(i + 1, OUR_FIGHTERS)


# a colon or an opening quotation mark: what follows is the speaker's words ("وقال X: «بدأت
# العملية ...»"، "وقال X «أوقف 590 شخصا»"), whose verbs X is no subject of
QUOTE_OPENERS = frozenset((":", "«", "“", '"'))


def quote_opens_between(view, j, k):
    """Does a colon or an opening quotation mark stand between token ``j`` and token ``k``?"""
    return any(view.tokens[m].text in QUOTE_OPENERS for m in range(j, k))


@rule("visitor or host after the verb",
      applies=lambda r: r.active_verb and r.etype in ("Meeting", "Visit"))
def visitor_after_verb(r):
    """"زار وفد من حركة حماس القاهرة": the delegation's organisation; "اجتمع أمس رئيس أركان
    القوات البرية في الجيش، الفريق X، مع ...": the person; "وزار القائم بأعمال وزير
    الداخلية في حكومة X، الملا Y، ...": the visitor."""
    view, i = r.view, r.i
    if view.has(i + 1, HONORIFICS) and view.at.get(i + 1) is None:
        # "استقبل معالي المستشار في الديوان الملكي المشرف العام على مركز X الدكتور Y": the
        # person the honorific opens, past his posts
        return view.next_slot(i + 1, types=("Person",), max_gap=HONORIFIC_REACH,
                              stop=_WITH_WORDS | HOST_NAME_ENDS, limit=r.scope_end)
    # (not past مع: "زار عمان الخميس، ووقع مع الرئيس Y اتفاقية": Y is the one met, not the visitor)
    a = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=6, stop=_WITH_WORDS, limit=r.scope_end)
    if a is not None and (not _prepositional(view, a) or _delegation_of(view, a)):
        return a
    return view.next_slot(i + 1, types=("Person",), max_gap=9, stop=_WITH_WORDS, limit=r.scope_end)


# a person's honorific right after the verb of a visit or a meeting, and how many words of his
# posts may stand between it and his name
HONORIFICS = _n("معالي سمو صاحب فخامة سعادة جلالة")
HONORIFIC_REACH = 16
# where and when the reception was: the host is named before them, or not at all ("استقبل سمو
# أمير منطقة X في مكتب سموه أمس أبناء الشيخ Y": the emir is not named, Y is no host)
HOST_NAME_ENDS = _n("اليوم أمس امس مساء صباح ظهر مكتبه مكتب بمكتبه قصره بقصر مقره بمقر ديوانه بديوان")


# "قتل شاب يدعى X": a person told by a word for a victim, then named after يدعى: the one killed
# (the verb read as passive), not the killer
_CALLED_WORDS = _n("يدعى يدعي تدعى المدعو المدعوة")
VICTIM_NOUNS = _n("شخص شاب شابا مواطن مواطنا طفل طفلا فتى فتاة رجل امرأة سيدة مدني جندي شرطي "
                  "عسكري ضابط موظف طالب مزارع")


def _victim_called(view, i, slot):
    """Is ``slot`` named after يدعى right after a word for a victim following the verb at i
    ("قتل شاب يدعى X")?"""
    return slot.i == i + 3 and view.has(i + 2, _CALLED_WORDS) and view.has(i + 1, VICTIM_NOUNS)


def _object_called(view, i, slot):
    """Is ``slot`` named after يدعى/المدعو following a noun in the accusative, a few words after
    the verb at i ("واعتقلت ضابطا يدعى X": X is the one held; not "هاجم مسلح يدعى X")?"""
    k = slot.i - 1
    return i + 1 < k <= i + 4 and view.has(k, _CALLED_WORDS) and view.at.get(k - 1) is None \
        and view.tokens[k - 1].norm.endswith("ا") and view.tokens[k - 1].norm.isalpha()


# a verb written with its plural subject (قتلوا، اعتقلوا، يقتلون): a verb before a named
# subject stays singular in Arabic ("اعتقل المسلحون X"), so the name after one of these is
# its object
PLURAL_SUBJECT_ENDINGS = ("وا", "ون")
_PLURAL_VERB_MIN = 5    # (letters: قتلوا; not دعوا، نون)


def carries_plural_subject(norm_text: str) -> bool:
    t = norm_text[1:] if norm_text[:1] in "وف" and len(norm_text) > _PLURAL_VERB_MIN else norm_text
    return len(t) >= _PLURAL_VERB_MIN and t.endswith(PLURAL_SUBJECT_ENDINGS)


@rule("subject after the verb", applies=lambda r: r.active_verb)
def subject_after_verb(r):
    """Verb first: "هاجم مسلحون من تنظيم الدولة ..." (the group did it); "قصفت تركيا مواقع
    لحزب العمال"، "اغتالت إسرائيل، فجر الاثنين، X" (a state); but "اعتقلت الشرطة X": the
    subject has no name and X is the object."""
    view, i = r.view, r.i
    if _fronted_clause_start(view, i) is not None:
        return None       # "إن دبابات المقاومة قصفت ميليشيات الحوثي": the name after is the object
    if carries_plural_subject(view.tokens[i].norm):
        return None       # "أنهم اعتقلوا X": the verb holds its subject; X is the object
    if i > 0 and view.tokens[i - 1].norm in _SPEAKER_PRONOUNS:
        return None       # "أعلنت الشرطة أنها اعتقلت أمس X": the pronoun is the subject; X the object
    unit = _unit_of_force_after(view, i)
    if unit is not None:
        return unit
    a = view.next_slot(i + 1, types=AGENTS, max_gap=2, limit=r.scope_end)
    if a is None:
        # "اقتحمت قوات كبيرة من الجيش X ...": the forces sized before من
        a = view.next_slot(i + 1, types=("Organization",), max_gap=3, limit=r.scope_end)
        a = a if a is not None and _members_of(view, a) else None
    if a is not None and (_unnamed_subject_between(view, i, a) or _unnamed_subject_before(view, i)
                          or _victim_called(view, i, a) or _object_called(view, i, a)
                          or in_a_time_phrase(view, i, a)):
        a = None
    if a is not None and not _in_post_phrase(view, a) and a.entity.type != "Place" \
            and (not _prepositional(view, a) or _members_of(view, a)):
        return a
    if a is not None and a.entity.type == "Place" and (view.next_slot(
            a.j, types=("Person", "Organization"), max_gap=3, limit=r.scope_end)
            or _state_right_after(view, i, a, r.etype)):
        return a
    return None



# "أوقفت مفارز للجيش"، "اعتقلت دورية لقوات الأمن": a unit of a force, the verb's subject
FORCE_UNITS = _n("مفارز مفرزة وحدات وحدة دورية دوريات قوة فرقة فرق كتيبة سرية")


# "اعتقلت قوات تابعة للجيش X"، "هاجمت عناصر موالية للحكومة": forces said to belong to X
FORCES_BELONGING = FORCE_UNITS | _n("قوات عناصر مسلحون مسلحين ميليشيات مليشيات")
BELONGING = _n("تابعة تابع تابعون تابعين موالية موالون موالين")


def _unit_of_force_after(view, i):
    """The organisation whose unit, named right after the verb at i, is its subject
    ("أوقفت مفارز للجيش X ستة عناصر"، "اعتقلت قوات تابعة للجيش X ثلاثة أشخاص"), else None;
    not a unit behind a preposition, which the act fell on ("انفجرت عبوة بدورية للجيش")."""
    if i + 1 < len(view.tokens) and _behind_a_preposition(view.tokens[i + 1].norm, FORCES_BELONGING):
        return None
    if view.has(i + 1, FORCES_BELONGING) and view.has(i + 2, BELONGING) \
            and view.at.get(i + 1) is None and view.at.get(i + 2) is None:
        i += 1
    elif not view.has(i + 1, FORCE_UNITS) or view.at.get(i + 1) is not None:
        return None
    s = view.slot_starting(i + 2)
    if s is None or not s.clitic.endswith("ل") or s.entity.type != "Organization":
        return None
    return s


def _behind_a_preposition(word: str, heads) -> bool:
    """Is ``word`` one of ``heads`` with ب or ل glued before it ("بدورية"، "لقوات")?"""
    w = word[1:] if word[:1] in "وف" else word
    return w[:1] in "بل" and w not in heads and w[1:] in heads


# "X، الفرع المصري لتنظيم «Y»"، "X الموالي لتنظيم «Y»"، "الجناح العسكري لحركة Y": the words
# that make the group after them with ل what the group before belongs to
# (not التابعة لـ: "قوة تابعة لقوات X شنت"، "مروحيات التابعة للجيش": the owner of a unit or a
# weapon did it)
PARENT_WORDS = _n("فرع الفرع ذراع الذراع جناح الجناح الموالي الموالية موال موالية المبايع المبايعة")


def parent_group(view, slot) -> bool:
    """Is the slot a group named, with ل, as what another belongs to ("أعلن تنظيم «X»، الفرع
    المصري لتنظيم «Y»، ..."، "تنظيم X الموالي لتنظيم Y")? (One adjective may stand between:
    الفرع المصري.) Y did not do what X does."""
    from kg.events.grammar import GROUP_HEADS
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    if k >= 0 and view.at.get(k) is None and _behind_a_preposition(view.tokens[k].norm, GROUP_HEADS):
        k -= 1
    elif not slot.clitic.endswith("ل"):
        return False
    return any(m >= 0 and view.at.get(m) is None and view.has(m, PARENT_WORDS) for m in (k, k - 1))


_MAY = _n("قد")


def _unnamed_subject_before(view, i):
    """"وكانت الشرطة قد اعتقلت X"، "الأمن اعتقل X": a force named by its kind right before the
    verb (past قد) is its subject, so the name after the verb is the object."""
    k = i - 1
    if k >= 0 and view.has(k, _MAY):
        k -= 1
    return k >= 0 and view.at.get(k) is None and view.has(k, UNNAMED_ACTORS)


@rule("owner of the weapons that are the subject", applies=lambda r: r.active_verb)
def weapon_owner(r):
    return _means_owner(r.view, r.i, r.scope_end)


# the preposition a light verb takes before the act: "تمكنت X من"، "عمدت X إلى"، "أقدمت X على"
_LIGHT_PREPS = _n("من إلى الى على")
# "قصف مواقع لجبهة X": what was hit belongs to the group after ل, which is no doer; so do the
# buildings and checkpoints hit ("لتفجير مسجد لقوات الطوارئ"، "تفجير حاجز للجيش"; not a patrol,
# which acts: "أوقفت دورية للشرطة ثلاثة مطلوبين")
HIT_HOLDINGS = _n("مواقع موقع مواقعا مقرات مقر معاقل معقل مراكز مركز منازل منزل أهداف تجمعات تجمع "
                  "مخازن مخزن مخابئ معسكر معسكرات ثكنة ثكنات تحصينات "
                  "مسجد مسجدا جامع مبنى كنيسة حاجز حاجزا حواجز")


# "ألقى القبض": the verb of the arrest idiom, which may stand far from القبض
THROWS = _n("ألقت ألقى ألقوا تلقي يلقي يلقون وألقت وألقى")
SEIZURE = _n("القبض")


def _arrest_idiom(view, i):
    """"ألقت قوات X في مدينة Y، فجر الخميس، القبض على ...": ألقى opens the idiom of القبض
    in its clause, however long the subject, place and time between them."""
    if not view.has(i, SEIZURE):
        return False
    k = i - 1
    while k >= 0 and i - k <= 14 and view.clause_of[k] == view.clause_of[i]:
        if view.has(k, THROWS) and view.at.get(k) is None:
            return True
        k -= 1
    return False


@rule("subject of the light verb of an arrest",
      applies=lambda r: r.kind == "noun-patient" and r.etype in ("Arrest", "Killing") and (
          _light_verb_before(r.view, r.i) or r.view.has(r.i - 1, _LIGHT_PREPS)
          or _arrest_idiom(r.view, r.i)))
def arrest_light_verb_subject(r):
    """"قوات الأسايش ألقت القبض على"، "ألقت الشرطة القبض على": the light verb's subject;
    "تمكن حرس الحدود، أول من أمس، من توقيف ..."، "تمكنت القوات من قتل ...": who managed it."""
    return _light_verb_agent(r.view, r.i, r.trigger_idx)


def _unit_owner_before(view, k):
    """"حاجز تابع للمقاومة الشعبية أوقف ..."، "دورية تابعة للجيش اعتقلت ...": the
    owner of the unnamed unit that is the subject of the verb at ``k`` (named after تابعة لـ
    within eight words before it, in its clause), else None."""
    for m in range(k - 1, max(-1, k - 9), -1):
        if view.clause_of[m] != view.clause_of[k]:
            return None
        if view.has(m, OWNED_BY) and view.at.get(m) is None and m > 0 and view.at.get(m - 1) is None:
            s = view.slot_starting(m + 1)
            if s is not None and s.entity.type == "Organization" and s.clitic.endswith("ل") \
                    and _opens_subject(view, m - 1):
                return s
            return None
    return None


_SUBJECT_OPENERS = _n("أن إن وأن وإن بأن لأن")


def _opens_subject(view, u):
    """Does the unit noun ending at token ``u`` open its clause, after إن/أن or the verb
    (a unit of at most three words), rather than being an object ("هاجموا نقطة تديرها
    القوات التابعة لـ ...")?"""
    for k in range(u, max(-1, u - 4), -1):
        if k == 0 or view.clause_of[k - 1] != view.clause_of[u] or view.has(k - 1, _SUBJECT_OPENERS) \
                or view.has(k - 1, LIGHT_VERBS | THROWS):
            return True
    return False


def _doing_verb(r):
    """The verb whose subject does the act at the trigger: the trigger itself when an active
    verb, the light verb or ألقى a noun-patient leans on; else None."""
    view, i = r.view, r.i
    if r.active_verb:
        return i
    if r.kind != "noun-patient":
        return None
    for k in range(i - 1, max(-1, i - 15), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if (view.has(k, LIGHT_VERBS) or view.has(k, THROWS)) and view.at.get(k) is None:
            return k
    return None


@rule("owner of the unnamed unit that is the subject",
      applies=lambda r: (r.active_verb and not r.conj_verb) or r.kind == "noun-patient")
def unit_owner(r):
    """"وألقت نقطة تفتيش تابعة لقوات X القبض على ..."، "دورية تابعة للجيش اعتقلت ...": the
    unit's owner did it."""
    k = _doing_verb(r)
    return _unit_owner_before(r.view, k) if k is not None else None


# how far before the act the light verb of a force said to belong to someone may stand
# ("قام مسلحون تابعون لجماعة X بالقبض": the verb, the force, its word of belonging, the group)
BELONGING_FORCE_REACH = 8


@rule("owner of the force after the light verb",
      applies=lambda r: r.kind in ("noun", "noun-patient"))
def light_verb_force_owner(r):
    """"قام مسلحون تابعون للحوثيين بالقبض على ..."، "تمكنت عناصر تابعة لجماعة X من خطف ...":
    the group the force belongs to, named right before the act, did it."""
    view, i = r.view, r.i
    for k in range(i - 1, max(-1, i - BELONGING_FORCE_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, LIGHT_VERBS) and view.at.get(k) is None:
            u = _unit_of_force_after(view, k)
            return u if u is not None and u.j <= i and i - u.j <= 1 else None
    return None


# the verbal nouns whose genitive is what was stormed or blown up ("اقتحام جامعة الأنبار"،
# "تفجير مقر الحزب"), unless it is a force ("اقتحام الجيش العراقي مصفاة بيجي") or the object
# follows by ل ("اقتحام داعش للمدينة")
PATIENT_GENITIVE = _n("اقتحام واقتحام باقتحام لاقتحام تفجير وتفجير بتفجير لتفجير")
_FORCES = ("ArmedForce", "ArmedGroup")


def _stormed_genitive(view, i, g) -> bool:
    """Is the genitive ``g`` of the noun at ``i`` what the act fell on, not its doer?"""
    if not view.has(i, PATIENT_GENITIVE) or g.entity.type != "Organization" or g.entity.subtype in _FORCES:
        return False
    return not (g.j < len(view.tokens) and view.tokens[g.j].norm.startswith("ل") and view.at.get(g.j) is None
                and len(view.tokens[g.j].norm) > 3)


@rule("genitive of the verbal noun", applies=_noun)
def genitive_of_noun(r):
    """"زيارة الرئيس X"، "غارات التحالف"، "هجوم الرئيس X": the genitive (not what was stormed
    or blown up: "اقتحام جامعة الأنبار")."""
    view, i = r.view, r.i
    g = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=1, limit=r.scope_end)
    if g is not None and not g.clitic and not _in_post_phrase(view, g) and (
            g.i == i + 1 or view.tokens[i + 1].norm in _TITLES) and not _stormed_genitive(view, i, g):
        return g
    c = view.slot_starting(i + 1)
    if c is not None and r.etype in ACTS_BY and not c.clitic and c.entity.subtype == "Country" \
            and c.j < len(view.tokens) and view.has(c.j, _ON_OR_AGAINST):
        return c       # "هجوم تركيا على مواقع المقاتلين": the state that attacked
    return None


_ON_OR_AGAINST = _n("على ضد")


_FROM = _n("من")
LIGHT_NOUNS = _n("إطلاق اطلاق شن تنفيذ بدء استئناف مواصلة محاولة محاولات")   # (محاولة X اقتحام المدينة)
BLOWS = _n("ضربة ضربات ضربتين الضربة")


# "هجوما لمسلحي تنظيم X"، "هجوم لعناصر X": the fighters of the group after لـ
FIGHTERS_OF_LAM = _n("لمسلحي لمقاتلي لعناصر")


@rule("group the act is ascribed to by ل or من",
      applies=lambda r: r.kind == "noun" and r.etype in ACTS_BY and not r.view.has(r.i, AMBUSHES))
def ascribed_by_lam(r):
    """"غارة للقوات الكينية"، "قصف للتحالف"، "لهجوم عنيف من قوات الجيش": the act
    of the group after لـ or من (right after the noun or one adjective)."""
    view, i = r.view, r.i
    for k in (i + 1, i + 2):
        if k == i + 2 and view.has(i + 1, HIT_HOLDINGS):
            return None       # "قصف مواقع لجبهة X": X's positions were hit
        g = view.slot_starting(k)
        if g is None and (view.has(k, _FROM) or (r.etype == "Attack" and view.has(k, FIGHTERS_OF_LAM))) \
                and view.at.get(k) is None:
            # "لهجوم من قوات X"؛ "هجوما لمسلحي تنظيم X": an attack by X's fighters
            g = view.slot_starting(k + 1)
            g = g if g is not None and not g.clitic else None
        elif g is not None and (not g.clitic.endswith("ل") or view.has(i, BLOWS)):
            g = None      # "ضربة قوية لتنظيم X" is a blow to X
        if g is not None:
            if g.entity.type == "Organization" and not _in_post_phrase(view, g):
                return g
            return None
    return None


@rule("genitive of the verbal noun of a light verb", applies=_noun)
def light_noun_genitive(r):
    """"بعد إطلاق تركيا حملة ..."، "إثر شن التحالف غارات": the one whose act the light verbal
    noun names, right between it and the trigger."""
    view, i = r.view, r.i
    s = view.at.get(i - 1)
    if s is None or s.j != i or s.clitic or s.entity.type not in AGENTS:
        return None
    return s if s.i > 0 and view.has(s.i - 1, LIGHT_NOUNS) and view.at.get(s.i - 1) is None else None


ATTEMPTS = _n("محاولتهم محاولته محاولتها محاولتهما")


@rule("the one whose attempt it was", applies=lambda r: r.kind == "noun" and r.view.has(r.i - 1, ATTEMPTS))
def attempter(r):
    """"اشتبك الجنود مع عناصر بوكو حرام عند محاولتهم اقتحام بلدات": the group whose fighters the
    pronoun of محاولتهم refers to (named just before, after its fighters)."""
    view = r.view
    o = view.prev_slot(r.i - 1, types=("Organization",), max_gap=6, same_clause=False)
    return o if o is not None and o.i > 0 and view.has(o.i - 1, FIGHTERS | _FORCES_OF) else None


@rule("subject of the light verb", applies=_noun)
def light_verb_subject(r):
    """شنت القوات X غارات / القوات X شنت غارات / أطلق الجيش عملية."""
    return _light_verb_agent(r.view, r.i, r.trigger_idx)


# how many tokens after the act an agent marker may stand (and a time aside, a quoted name more)
MARKER_REACH = 6


def _time_aside_length(r):
    """How many tokens a time told between commas right after the trigger takes ("استشهد شاب،
    مساء الثلاثاء، برصاص X": the marker stands that much further), else 0."""
    opened = next((k for k in range(r.i + 1, min(r.scope_end, r.i + MARKER_REACH)) if r.toks[k].text in "،,"), None)
    after = None if opened is None else past_time_aside(r.view, r.dates, opened, r.scope_end)
    return 0 if after is None else after - opened


@rule("named by an agent marker", overrides=True)
def agent_marker(r):
    """"الهجوم الذي نفذه التنظيم"، "برصاص X"، "هجوم شنه مسلحون من جماعة X" (the fighters'
    group); not "عملية أطلقها ضد جماعة X" (X is fought). With no name after the marker:
    "بغارة نفذتها طائرة مسيرة إسرائيلية" (the state the adjective names), "أعلن الجيش مقتل
    96 مسلحا في عملية أطلقها" (the announcer launched it)."""
    view, i, scope_end = r.view, r.i, r.scope_end
    reach = MARKER_REACH + _quoted_name_length(view, i, r.text) + _time_aside_length(r)
    for k in range(i + 1, min(scope_end, i + reach)):
        if view.has(k, AGENT_MARKERS):
            if view.has(k, LED_BY_MARKERS) and view.next_slot(i + 1, limit=k, same_clause=False) is not None:
                continue     # "غارات التحالف الذي تقوده الولايات المتحدة": the body is led
            a = view.next_slot(k + 1, types=AGENTS, max_gap=1, limit=scope_end)
            if a is None:
                a = view.next_slot(k + 1, types=AGENTS, max_gap=2, limit=scope_end)
                if a is not None and not _members_of(view, a):
                    a = None
            if a is None:
                # "هجوم شنه مقاتلو تنظيم «X»": the fighters in construct with their group
                a = view.next_slot(k + 1, types=AGENTS, max_gap=3, limit=scope_end)
                if a is not None and not _fighters_in_construct(view, k + 1, a):
                    a = None
            if a is None:
                a = _owned_force(view, k + 1)    # "هجمات شنتها قوة تابعة للاتحاد الأفريقي"
            if a is not None and view.has(a.i - 1, TARGET_MARKERS):
                a = None
            if a is not None:
                return a
            if r.agent is None:
                r.marker_ids = _demonym_agent(view, k, scope_end)
                if not r.marker_ids and view.tokens[k].norm in _PRONOUN_MARKERS:
                    return _announcer(view, i)
            return None
    return None


# "من قبل X" (by X) and "على يد/أيدي X" (at the hands of X): two words naming the doer
BY_PHRASES = ((_n("من"), _n("قبل")), (_n("على"), _n("يد أيدي")))
# and one word doing the same: "اعتقل بواسطة الشرطة الإيطالية"
BY_WORDS = _n("بواسطة")
_BY_PHRASE_ENDS = frozenset().union(*(second for _, second in BY_PHRASES)) | BY_WORDS


def _by_phrase_at(view, k):
    """The index right after a phrase of BY_PHRASES or a word of BY_WORDS at token k, else None."""
    if view.has(k, BY_WORDS):
        return k + 1
    if any(view.has(k, first) and view.has(k + 1, second) and view.at.get(k + 1) is None
           for first, second in BY_PHRASES):
        return k + 2
    return None
# the members named before the group after the phrase ("على أيدي مقاتلي X"، "على يد متشددي X")
BY_HANDS_OF = RANKS_OF | _n("متشددي المتشددين مليشيات ميليشيات")
# how many words after the act the phrase may come, past the victim's post and name and the
# place ("اغتيال الضابط في جهاز X محمد Y في مدينة Z على يد مسلحين من Q")
BY_PHRASE_REACH = 14


# a state told with a participle, whose doer the by-phrase right after it names: "بلدتي نبل
# والزهراء المحاصرتين من قبل جبهة النصرة"، "قوات مدعومة من قبل التحالف" (no doer of the act)
STATE_PARTICIPLES = _n("المحاصرة المحاصر المحاصرين المحاصرتين محاصرة محاصر محاصرين المدعومة المدعوم "
                       "المدعومين مدعومة مدعوم مدعومين الخاضعة الخاضع خاضعة المسيطر المستهدفة المستهدف "
                       "المطلوب المطلوبة المطلوبين")


# one's own people named by a word with a pronoun, then by name: "من قبل نائبه X"
HIS_OWN_PEOPLE = _n("نائبه نائبها مساعده مساعدها حارسه حارسها حراسه مرافقه مرافقها شقيقه شقيقها "
                    "ابنه ابنها زوجته زوجها قريبه أحد أقاربه")


def _by_phrase_agent(view, i, scope_end):
    """The actor named by "من قبل"/"على يد" within BY_PHRASE_REACH words after token i ("تعرضت البلدة
    لقصف عنيف من قبل قوات X"، "قُتل ... على يد مسلحين من X"), else None."""
    if not view.has_any(_BY_PHRASE_ENDS):
        return None     # (no phrase's second word in the sentence: most sentences)
    for k in range(i + 1, min(scope_end, i + 1 + BY_PHRASE_REACH) - 1):
        if view.at.get(k) is not None:
            continue
        after = _by_phrase_at(view, k)
        if after is None:
            continue
        if any(st in STATE_PARTICIPLES for c, st in strip_clitics(view.tokens[k - 1].norm) if c in ("", "و")):
            return None     # "(و)المحاصرتين من قبل X": X besieges, it did not strike
        a = view.next_slot(after, types=AGENTS, max_gap=0, limit=scope_end)
        if a is None and view.has(after, HIS_OWN_PEOPLE):
            # "قتل من قبل نائبه «X»": his deputy, named right after (quoted or not)
            a = view.next_slot(after + 1, types=("Person",), max_gap=1, limit=scope_end)
        if a is None:
            a = view.next_slot(after, types=("Organization",), max_gap=2, limit=scope_end)
            a = a if a is not None and (_members_of(view, a) or view.has(a.i - 1, _FORCES_OF)
                                        or view.has(a.i - 1, BY_HANDS_OF)) else None   # على أيدي مقاتلي X
        if a is not None and (a.entity.type != "Place" or a.entity.subtype == "Country"):
            return a
        return None
    return None


@rule("named after من قبل / على يد", overrides=True)
def by_phrase(r):
    """"تعرضت المدينة لقصف من قبل قوات النظام"، "قُتل على يد مسلحين من X": X did it; and a
    verb it follows is passive whatever its spelling ("اعتقل X من قبل الشرطة": X is held)."""
    a = _by_phrase_agent(r.view, r.i, r.scope_end)
    if a is not None and r.kind == "verb":
        r.passive = True
    return a


def _quoted_name_length(view, i, text):
    """How many tokens the quoted name right after an operation noun takes ("حملة «عاصفة
    الجنوب» التي شنتها ...": the marker after the name is still the operation's)."""
    name, after = _quoted_name(view, i, text)
    return after - i - 1 if name is not None else 0


def _action_noun_before(view, i):
    """The index of the verbal noun announcing the act at i: itself, the word before, or
    the one before the act's own doer ("تنفيذ أحد عناصرها التفجير"); else None."""
    if view.has(i - 1, ACTION_NOUNS):
        return i - 1
    if view.has(i, ACTION_NOUNS):
        return i
    if i >= 3 and view.has(i - 3, ACTION_NOUNS) and view.has(i - 1, _OWN_RANKS | OWN_FORCES):
        return i - 3
    return None


#: how many words a time told between commas may take before the announced act
ASIDE_REACH = 8
_AUX = _n("قد كان كانت")


def _announcer_past_time_aside(view, k, dates):
    """"وأعلن X، في السابع من مايو الماضي، انطلاق العملية"، "وكان X قد أعلن، في ...، انطلاق":
    the announcer before a time told between commas right before the action noun at ``k``
    (after the speech verb, or before it past قد/كان), else None."""
    toks = view.tokens
    if k < 2 or toks[k - 1].text not in _COMMA_MARKS:
        return None
    opened = next((m for m in range(k - 2, max(-1, k - 2 - ASIDE_REACH), -1) if toks[m].text in _COMMA_MARKS), None)
    if opened is None or not any(toks[opened].end <= d.start < toks[k - 1].start for d in dates):
        return None
    if view.has(opened - 1, SPEECH_VERBS) and view.at.get(opened - 1) is None:
        m = opened - 1           # "وكان X قد أعلن، في ...، انطلاق": the subject before the verb
        while m > 0 and view.has(m - 1, _AUX) and view.at.get(m - 1) is None:
            m -= 1
        s = view.prev_slot(m, types=AGENTS, max_gap=0)
        return s if s is not None and not _prepositional(view, s) else None
    s = view.prev_slot(opened, types=AGENTS, max_gap=0)    # "وأعلن X، في ...، انطلاق"
    return s if s is not None and _speaker(view, s) else None


@rule("announcer of its own act", applies=lambda r: _action_noun_before(r.view, r.i) is not None)
def announcer_of_act(r):
    """"أعلن X تنفيذ/إطلاق/القبض ...": the announcer did it ("أعلنت وزارة الداخلية في حكومة
    طالبان اعتقال ...": the ministry; "أعلنت الحركة تنفيذ أحد عناصرها التفجير": hers) —
    unless it mourns its own ("أعلنت حماس اغتيال القيادي فيها X")."""
    view, i = r.view, r.i
    k = _action_noun_before(view, i)
    s = view.prev_slot(k, types=AGENTS, max_gap=3)
    if s is None:
        s = _announcer_past_time_aside(view, k, r.dates)
        if s is not None and not (view.has(i, KILLING_ACTS) and _own_loss(view, i, r.scope_end, s)):
            return s
        return None
    if s is not None and s.clitic.startswith("و"):
        s = _coordination_head(view, s)   # "أعلنت X وY عن بدء معركة": the first announcer
    if s is not None and _prepositional(view, s):
        head = view.prev_slot(s.i, types=("Organization",), max_gap=1)
        s = head if head is not None else s
    if s is not None and _speaker(view, s) and not (
            view.has(i, KILLING_ACTS) and _own_loss(view, i, r.scope_end, s)):
        return s
    return None


@rule("side announcing the toll of a clash",
      applies=lambda r: r.etype == "Killing" and r.kind == "noun-patient" and any(
          r.view.has(k, CLASHES) for k in range(r.i + 1, r.scope_end)))
def clash_announcer(r):
    """"أعلنت قوات X مقتل 20 مسلحا في اشتباكات": the side fighting announces its toll of the
    enemy; "أعلن الجيش مقتل 5 جنود في اشتباكات مع X": its own dead, X fought them."""
    view, i = r.view, r.i
    s = view.prev_slot(i, types=("Organization", "Place"), max_gap=2)
    if s is None or not _speaker(view, s):
        s = _announcer(view, i)   # "أعلنت قوات X في ولاية Y شمال شرقي Z، السبت، مقتل ..."
    if s is not None and not r.soldiers:
        return s
    if r.soldiers:
        return _clash_partner(view, i, r.scope_end)
    return None


# forces whose announcement of fighters killed tells their own act
TOLL_ANNOUNCERS = ("ArmedForce", "Country")


def _of_a_cause_with_its_doer(r) -> bool:
    """"أعلنت قيادة العمليات أن طائرات القوة الجوية قصفت أرتالا للتنظيم، ما أسفر عن مقتل
    العشرات": a toll that is the result of a strike or attack told just before in the sentence,
    with a doer of its own, is that doer's (kg.events.merging._inherit_from_cause), not the
    announcer's."""
    p = r.prev_event
    return p is not None and p.type in ("Strike", "Attack") and bool(p.agent) \
        and p.evidence[0] == r.view.span and _result_cue(r.view, r.i) == "result"


@rule("force announcing the fighters it killed",
      applies=lambda r: r.etype == "Killing" and r.kind == "noun-patient"
      and _fighters_counted(r.view, r.i))
def toll_announcer(r):
    """"أعلن الجيش الباكستاني مقتل 15 مسلحا في غارات جوية": an army or a state announcing
    fighters killed killed them (not a monitor, a ministry or a rival group counting them)."""
    view, i = r.view, r.i
    if _of_a_cause_with_its_doer(r):
        return None
    s = view.prev_slot(i, types=("Organization", "Place"), max_gap=2)
    if s is None or not _speaker(view, s):
        s = _announcer(view, i)
    if s is not None and s.entity.subtype in TOLL_ANNOUNCERS:
        return s
    return None


@rule("subject of the first of coordinated verbs",
      applies=lambda r: r.conj_verb and not r.passive and (r.prev_event is None or not r.prev_event.agent))
def first_verb_subject(r):
    """"قال إن الجيش استعاد البلدة وأسر 17": the subject of the first verb."""
    return _clause_subject(r.view, r.i)


# words opening a sentence that are no verb: the name after them is no subject of it
_NOT_VERBS = _n("في وفي على إلى الى من عن مع بعد قبل منذ خلال أن إن وأن وإن كما")


def _opening_verb_subject(view, i):
    """"داهمت قوات X منازل في Y، واعتقلت عشرة": the named subject right after the word
    opening the sentence (its verb), when it names an actor and stands within 20 words."""
    if i > 20 or len(view.tokens) < 3 or view.at.get(0) is not None or view.has(0, _NOT_VERBS) \
            or not view.tokens[0].norm.isalpha():
        return None
    s = view.slot_starting(1)
    if s is None and view.has(1, _FORCES_OF) and view.at.get(1) is None:
        s = view.slot_starting(2)      # "طوقت قوات الجيش X ..."
    if s is None or s.entity.type not in ("Person", "Organization") or s.clitic:
        return None
    if view.has(0, SPEECH_VERBS) and _complement_of_its_own(view, s.j, i) is not None:
        return None
    return s if s.j <= i else None


def _complement_of_its_own(view, lo, i):
    """Does a bare أن/إن between the speaker (ending at ``lo``) and token i open a clause with a
    subject of its own ("وأضاف X أن «مسلحين ... لكن قوات الأمن اشتبكت معهم وقتلتهم»")? Not
    when the speaker's own forces follow it ("قال الجيش إن قواته ... وقتلت"): those are its; nor
    when the speaker claims what it tells ("أعلنت X مسؤوليتها عن الهجوم قائلة إن ... وقتل").
    The complementizer's index, or None."""
    from kg.events.claims import RESPONSIBILITY
    for k in range(lo, i):
        if view.has(k, RESPONSIBILITY):
            return None
        if view.tokens[k].norm in _THAT and view.at.get(k) is None:
            n = k + 1
            while n < i and not view.tokens[n].norm.isalnum():
                n += 1     # (past a quote opening the speaker's words)
            if view.has(n, ONE_OF):
                n += 1
            return k if n < i and not view.has(n, OWN_FORCES) else None
    return None


def speaker_of_a_clause_of_its_own(view, slot, i) -> bool:
    """Is ``slot`` the subject right after a speech verb, and the word at i inside a complement
    that names an actor of its own ("أعلنت خلية الإعلام أن قوة من جهاز X ألقت القبض على ...":
    the cell announces; it arrested no one)? (Not "أعلنت الوزارة أن متطرفا قتل واعتقل 16
    شخصا": no one else is named, and the speaker's forces may well have done it.)"""
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    if k < 0 or slot.j > i or not view.has(k, SPEECH_VERBS) or view.at.get(k) is not None:
        return False
    that = _complement_of_its_own(view, slot.j, i)
    if that is None:
        return False
    actor = view.next_slot(that + 1, types=("Person", "Organization", "Place"), same_clause=False, limit=i)
    while actor is not None and (actor.entity.id == slot.entity.id or not acts_as_agent(actor.entity)):
        actor = view.next_slot(actor.j, types=("Person", "Organization", "Place"), same_clause=False, limit=i)
    return actor is not None


def before_a_joined_reported_clause(view, slot, i) -> bool:
    """Does a second reported clause, joined by a bare وإن/وأن and with a subject of its own,
    open between the slot and the word at i ("قال X إن سلاح الجو شن غارات ...، وإن قوات برية
    حررت ... واعتقلت")? The slot is no subject of that clause's verbs."""
    that = _complement_of_its_own(view, slot.j, i)
    return that is not None and view.tokens[that].norm.startswith("و")


@rule("subject of the verb opening the sentence",
      applies=lambda r: r.conj_verb and not r.passive and (r.prev_event is None or not r.prev_event.agent))
def opening_verb_subject(r):
    return _opening_verb_subject(r.view, r.i)


@rule("subject after كان ... قد", applies=lambda r: r.active_verb)
def was_subject(r):
    return _was_subject(r.view, r.i)


@rule("speaker a pronoun refers to",
      applies=lambda r: not r.passive and r.kind in ("verb", "noun"))
def speaker_pronoun(r):
    """"أعلن X أنه قتل ..." / "قالت X إنها استهدفت ...": the pronoun is the speaker."""
    view, i = r.view, r.i
    if r.kind == "verb" and i > 0 and view.tokens[i - 1].norm in _RELATIVES:
        return None       # "إنها ألقت القبض على ... الانتحاري الذي فجر نفسه": the one before الذي
    sp = _speaker_pronoun(view, i)
    if sp is not None and (r.kind == "verb" or _means_phrase(view, i)
                           or _light_verb_before(view, i) or _opens_with_light_verb(view, i)):
        return sp
    return None


# "اعتقال 15 شخصا يشتبه بتورطهم في الهجوم"، "مشتبها بهم على صلة بالتفجير": the act the ones
# held are suspected of, not a means of the arrest
INVOLVEMENT = _n("بتورطهم بتورطه بتورطها بتورطهما تورطهم تورطه تورطها بالتورط التورط المتورطين "
                 "المتورطون متورطين متورطون متورطا صلة بصلة بصلتهم بصلته بصلتها علاقة بعلاقة "
                 "بعلاقتهم بالضلوع الضلوع بضلوعهم "
                 "بضلوعه ضلوعهم بالمشاركة منفذي منفذ مرتكبي المسؤولين") | REFERRED_INVOLVEMENT


def _involved_in(view, i):
    """Is the act noun at i what someone is suspected of or linked to ("بتورطهم في الهجوم"،
    "على صلة بالتفجير")?"""
    if view.has(i - 1, INVOLVEMENT):
        return True     # "على صلة بالتفجير"، "منفذي الهجوم"
    return i > 1 and view.tokens[i - 1].norm in ("في", "عن") and view.has(i - 2, INVOLVEMENT)


@rule("subject of the clause a means phrase serves",
      applies=lambda r: r.kind == "noun" and _means_phrase(r.view, r.i))
def means_subject(r):
    """"X حيّد 12 عنصرا في غارات جوية": the means shares the clause's subject; not "قُتل X
    بغارة ..." (X is the victim), nor the one the act before it fell on ("اغتالت طائرة X
    بضربة")."""
    view, i, prev = r.view, r.i, r.prev_event
    if _involved_in(view, i):
        return None
    if prev is not None and prev.agent and r.same_clause_as_prev():
        r.inherited_means = list(prev.agent)
        return None
    r.inherited_means = _demonym_agent(view, i, r.scope_end)
    a = None
    if not r.inherited_means and not _after_passive(view, i):
        same = r.same_clause_as_prev()
        victims = set(prev.target) if same else set()
        # "قتل X ومساعده Y في غارة": after the act before, with its victim found, stand its
        # victims (Y too), not the doer of the means
        after = _trigger_index(view, prev) if same and prev.target else len(view.tokens)
        from kg.events.targets import kin_named, owner_named
        # (nor one named only by the guards or kin the act before fell on: "قتل حارس الرئيس X في
        # انفجار"; nor the owner of what was hit: "سيارة العميد X أصيبت في هجوم")
        a = view.prev_slot(i, types=("Person", "Organization"), max_gap=10,
                           skip=lambda sl: _prepositional(view, sl) or sl.entity.id in victims
                           or sl.i > after or _group_of_a_count(view, sl) or kin_named(view, sl)
                           or owner_named(view, sl))
    if a is not None and not _speaker(view, a):
        return a
    return None


# how many words before "من X" a count may stand ("تحييد 19 «إرهابيا» من منظمة X")
COUNT_REACH = 4


def _group_of_a_count(view, slot):
    """Is the slot the group of ones counted before it ("19 «إرهابيا» من منظمة X في غارات"،
    "مقتل 20 عنصرا من X بغارات"): those the act fell on, not its doer?"""
    toks = view.tokens
    k = slot.i - 1
    while k >= 0 and not toks[k].norm.isalnum():
        k -= 1      # "من منظمة «X»": the name's opening quote
    if k >= 1 and toks[k].norm != "من" and view.at.get(k) is None:
        k -= 1      # its head word
    if k < 0 or toks[k].norm != "من":
        return False
    return any(toks[m].norm.isdigit() for m in range(max(0, k - COUNT_REACH), k))


# forces and authorities a text names by their kind: the subject of a verb, not its object
UNNAMED_ACTORS = _n("الطائرات طائرات الطيران المقاتلات مقاتلات المدفعية الدبابات الزوارق المروحيات "
                    "الشرطة القوات السلطات الأمن الجيش الجنود المسلحون المهاجمون قوات عناصر "
                    "مسلحون مسلحين")


# "..., فيما قصفت الطائرات ...": a clause of contrast has a subject of its own
CONTRASTS = _n("فيما بينما حين وبينما")


@rule("subject of the main verb, for a verb after بعد أن / قبل أن",
      applies=lambda r: r.active_verb and r.i > 1 and r.view.has(r.i - 1, _THAT_PARTICLE)
      and r.view.has(r.i - 2, _BEFORE_AFTER))
def main_verb_subject(r):
    """"تمكنت قوات X من السيطرة على البلدة بعد أن قتلت 30 عنصرا": the subject of the verb
    opening the sentence (the act told after بعد أن/قبل أن is its subject's too)."""
    return _opening_verb_subject(r.view, r.i)


_THAT_PARTICLE = _n("أن ان")
_BEFORE_AFTER = _n("بعد قبل")


def _own_unnamed_subject(view, i):
    """"... واعتقلت الشرطة ثلاثة منهم": the verb right before an unnamed force has its own
    subject, not the one of the verb before."""
    return i + 1 < len(view.tokens) and view.has(i + 1, UNNAMED_ACTORS) and view.at.get(i + 1) is None


def _new_reported_clause(view, prev, i):
    """"قال X إن سلاح الجو شن غارات ...، وإن قوات برية حررت ... واعتقلت ...": a second
    reported clause with a subject of its own (a bare إن/أن, no own forces after it) stands
    between the event before (in this sentence) and the verb at i."""
    if not prev.trigger_span or not view.span[0] <= prev.trigger_span[0] < view.tokens[i].start:
        return False
    return _complement_of_its_own(view, _trigger_index(view, prev) + 1, i) is not None


@rule("agent shared with the event before", overrides=True)
def shared_with_previous(r):
    """A verb sharing its subject with the previous one: "ألقت القبض على ... وقتلت ...";
    "زار X طشقند، حيث التقى نظيره Y": the visitor is the one who meets."""
    view, i, prev, agent = r.view, r.i, r.prev_event, r.agent
    if agent is None and r.active_verb and prev is not None and not _own_unnamed_subject(view, i) \
            and not view.has(i - 1, CONTRASTS) and not _new_reported_clause(view, prev, i):
        r.inherited = list(prev.agent)
    elif r.etype == "Meeting" and r.kind == "verb" and prev is not None and prev.agent \
            and i > 0 and (view.clause_of[_trigger_index(view, prev)] != view.clause_of[i] or (
                r.conj_verb and prev.type == "Visit")) and (agent is None or agent.i > i):
        r.inherited = list(prev.agent)
    return None


@rule("subject of a light verb joined to the act before",
      applies=lambda r: r.kind == "noun" and r.prev_event is not None and r.prev_event.agent
      and r.prev_event.evidence[0] == r.view.span)
def joined_light_verb_subject(r):
    """"وصل الوزير X إلى عدن، وعقد فور وصوله اجتماعا مع Y": the light verb shares the subject
    of the verb before it."""
    if r.agent is None and joined_light_verb(r.view, r.i) is not None:
        r.inherited = list(r.prev_event.agent)
    return None


DURING_IT = _n("خلالها خلاله أثناءها أثناءه")


@rule("visitor meeting during the visit",
      applies=lambda r: r.etype == "Meeting" and r.prev_event is not None and r.prev_event.type == "Visit"
      and r.prev_event.agent and r.view.has(r.i + 1, DURING_IT), overrides=True)
def visitor_meets_during(r):
    """"قام X بزيارة إلى بغداد التقى خلالها Y": the visitor is one who meets (besides Y: the
    rule only adds, it returns no slot)."""
    r.inherited = list(r.prev_event.agent)
    return None


# condemning, mourning or denying an act is no doing it: "ندد X بالهجوم"، "أدان X التفجير"
CONDEMNERS = _n("ندد نددت نددوا يندد تندد أدان أدانت أدانوا يدين تدين دان دانت استنكر استنكرت "
                "يستنكر تستنكر شجب شجبت إدانة إدانته إدانتها استنكار تنديد تنديده تنديدها "
                "نفى نفت ينفي تنفي نفي")
# investigating an act: "ستتولى شرطة X التحقيق في الهجوم" (right before في and the act)
INVESTIGATIONS = _n("التحقيق تحقيق تحقيقا تحقيقات التحقيقات بالتحقيق للتحقيق")


def _condemned(view, i):
    """Is the act at token i the object of a condemning or denying word a few words before
    it in its clause ("ندد الرئيس X بالهجوم"، "أدانت الوزارة بشدة التفجير الذي ..."), or of an
    investigation ("التحقيق في الهجوم")?"""
    if i > 1 and view.tokens[i - 1].norm == "في" and view.has(i - 2, INVESTIGATIONS):
        return True
    for k in range(i - 1, max(-1, i - 7), -1):
        if view.clause_of[k] != view.clause_of[i] or view.tokens[k].text in _PAUSES \
                or view.has(k, ACCUSERS):
            return False      # "ونفت استهداف المدنيين، متهمة الجيش بقصف ...": the accused did it
        if view.has(k, CONDEMNERS) and view.at.get(k) is None:
            return True
    return False


_PAUSES = frozenset("،,;؛:")
ACCUSERS = _n("اتهم اتهمت اتهموا يتهم تتهم متهما متهمة متهمين واتهم واتهمت")


@rule("no condemner is the doer", applies=lambda r: r.agent is not None and r.kind == "noun",
      overrides=True)
def condemner_is_no_doer(r):
    """"ندد الرئيس X بالهجوم الانتحاري": X condemns the attack; whoever a rule took for its doer
    before the condemning word is no doer (one named after the act still is: "أدان X
    الهجوم الذي شنه Y")."""
    if getattr(r.agent, "i", r.i) < r.i and _condemned(r.view, r.i):
        r.agent = None
    return None


# accusing someone of an act, or ascribing it to someone: "اتهمت الوزارة جماعة X بتنفيذ الهجوم"،
# "نسبت هيئة الأركان الهجوم إلى المنظمة": the one who accuses or ascribes did not do it; after a
# participle ("..., متهمة الجيش بقصف قرى") the one named is the accused
ASCRIBERS = ACCUSERS | ATTRIBUTING
ACCUSING_PARTICIPLES = _n("متهما متهمة متهمين")
ASCRIBED_REACH = 8


def _accusation(view, i):
    """``(accuser, accused)`` slots of an accusing or ascribing word a few words before the
    act at ``i`` in its clause: after a verb, the actor right after it and the one after that;
    after a participle, no accuser and the actor right after it; else None."""
    for k in range(i - 1, max(-1, i - ASCRIBED_REACH), -1):
        if view.clause_of[k] != view.clause_of[i] or view.tokens[k].text in _PAUSES:
            return None
        if view.has(k, ASCRIBERS) and view.at.get(k) is None:
            first = view.slot_starting(k + 1)
            if first is None or first.entity.type not in AGENTS or first.i >= i:
                return None
            if view.has(k, ACCUSING_PARTICIPLES):
                return None, first
            second = view.slot_starting(first.j)
            if second is not None and (second.i >= i or second.entity.type not in AGENTS
                                       or _prepositional(view, second)):
                second = None
            return first, second
    return None


@rule("the one accused of the act", applies=lambda r: r.kind == "noun")
def accused_of_the_act(r):
    """"اتهمت وزارة الداخلية تنظيم داعش بتنفيذ الهجوم": the accused is the doer told."""
    found = _accusation(r.view, r.i)
    return found[1] if found is not None else None


@rule("no accuser is the doer", applies=lambda r: r.agent is not None and r.kind == "noun",
      overrides=True)
def accuser_is_no_doer(r):
    """"اتهمت وزارة الداخلية جهات مجهولة بتنفيذ الهجوم": the ministry accuses, it did not do it."""
    found = _accusation(r.view, r.i)
    if found is not None and found[0] is not None and getattr(r.agent, "i", None) == found[0].i:
        r.agent = found[1]
    return None


from kg.events.bombers import bomber_group  # noqa: E402
from kg.events.supporters import supporters  # noqa: E402  (the forces beside the agent)


AGENT_RULES = (
    accused_of_the_act, subject_before_verb, relative_visitor, visitor_after_verb, fronted_subject, subject_after_verb, weapon_owner,
    light_verb_force_owner, arrest_light_verb_subject, raider, replier, unit_owner, genitive_of_noun, visitor_after_post, tourist, visitor_during, visitor_leaving, ascribed_by_lam, light_noun_genitive, attempter,
    light_verb_subject, force_of_aircraft, state_of_the_guns, state_of_the_strikes, bomber_group,
    agent_marker, by_phrase, latter_agent, announcer_of_act, clash_announcer, toll_announcer, first_verb_subject,
    opening_verb_subject, main_verb_subject, was_subject,
    speaker_pronoun, means_subject, condemner_is_no_doer, accuser_is_no_doer, relative_is_the_object,
    shared_with_previous,
    joined_light_verb_subject, visitor_meets_during, person_of_the_post, repeller,
)


# places that act: a state does ("قصفت تركيا ..."), a town or a district does not ("قصفت
# حمص" is no town striking: the name is where, or a misread object)
ACTING_PLACES = ("Country",)


#: organisations that report acts and do none: "ونقلت وكالة X عن ضابط أن قواته اقتحمت ..."،
#: "الرياض - X: احتجزت السلطات ...": the agency credited is no doer
REPORTERS = ("MediaOrganization",)


def acts_as_agent(entity) -> bool:
    """Can this entity be the doer of an act: a person, an organisation (not a news agency
    or paper), or a state."""
    if entity.type == "Place":
        return entity.subtype in ACTING_PLACES
    return entity.subtype not in REPORTERS


def may_act(slot) -> bool:
    """May an agent rule take this slot (no news agency: the rules after it are tried)?"""
    return slot.entity.subtype not in REPORTERS


def may_act_in(r):
    """:func:`may_act`, and never a group named after its positions (HIT_HOLDINGS: مواقع X) past the
    trigger of the reading ``r`` (a group named so before it may be taken up again: "شنت
    جماعة X هجوما على مواقع الجيش، ورد الأخير بقصف مواقعها"), nor one named before a verb that
    carries its object's pronoun and has its subject after it ("وكانت X قد خطفها مسلحون": X is
    whom the pronoun refers to, :func:`subject_after_object_pronoun`), nor a name before a verb
    whose subject is "one of them" (:func:`one_of_them_before`)."""
    before_its_object = r.kind == "verb" and subject_after_object_pronoun(r.view, r.i)

    def accept(slot) -> bool:
        i = getattr(slot, "i", None)
        return may_act(slot) and not (i and i > r.i and r.view.has(i - 1, HIT_HOLDINGS)) \
            and not (i and against(r.view, slot)) and not (i and road_named_for(r.view, slot)) \
            and not (before_its_object and i is not None and i < r.i) \
            and not (i is not None and i < r.i and one_of_them_before(r.view, r.i))
    return accept


# the subject "one of them" right before a verb: "نفذته امرأتان إحداهما اعتقلت بعد إصابتها"
ONE_OF_THEM = _n("أحدهم أحدهما إحداهما إحداهن أحدهن إحداهم")


def one_of_them_before(view, i) -> bool:
    """Is the verb at ``i`` told right after "أحدهم / إحداهما" ("الهجوم على السفارة نفذه رجلان
    أحدهما اعتقل بعد إصابته")? Its subject is that one of them, who suffered or did it; no
    name told before is its doer."""
    return i > 0 and view.has(i - 1, ONE_OF_THEM) and view.at.get(i - 1) is None


# "على طريق مصر - الفيوم"، "بشارع بغداد": a road named for a place
ROADS = _n("طريق الطريق بطريق وطريق شارع بشارع الشارع أوتوستراد اوتوستراد")


def road_named_for(view, slot) -> bool:
    """Is the place slot the name of a road ("وحال مرورهما بطريق مصر - الفيوم")? A road's
    name does nothing."""
    return slot.entity.type == "Place" and slot.i > 0 and not slot.clitic \
        and view.has(slot.i - 1, ROADS) and view.at.get(slot.i - 1) is None


AGAINST = _n("ضد مواجهة لمواجهة محاربة لمحاربة قتال لقتال مكافحة لمكافحة ملاحقة لملاحقة")


def against(view, slot) -> bool:
    """Is the slot named right after ضد or a noun of fighting ("عملياتهم ضد تنظيم X"، "لمواجهة
    X بشن غاراتها")? Whom an act is against is no doer of it."""
    return slot.i > 0 and not slot.clitic and view.has(slot.i - 1, AGAINST) and view.at.get(slot.i - 1) is None


def participants(r):
    """The agent ids of the event: the agent found and those coordinated with it, the
    sides of a meeting, the ones inherited; and the visitor of a visit told as a meeting."""
    view = r.view
    agent = r.agent
    agents = [agent] if agent is not None else []
    if agent is not None:
        agents += coordinated(view, agent, ("Person", "Organization", "Place"))
    agents += supporters(r, agents)
    if r.etype in ("Meeting", "Visit"):
        agents = [a for a in agents if a.entity.type != "Place"]
    if r.etype == "Visit":
        agents = visitors(r, agents)
    if r.etype == "Meeting":
        agents = meeting_sides(r, agents)
        r.target = None
    agents = [a for a in agents if acts_as_agent(a.entity)]
    agent_ids = sorted({a.entity.id for a in agents} | set(r.inherited) | set(r.inherited_means)
                       | (set(r.marker_ids) if not agents else set()), key=_eid)
    prev = r.prev_event
    if not agent_ids and r.etype == "Visit" and r.kind == "noun" and prev is not None \
            and prev.type == "Meeting" and prev.agent and prev.evidence[0] == view.span:
        # "التقى X نظيره Y، في أول زيارة لمسؤول رفيع إلى ...": X is the one visiting
        agent_ids = [prev.agent[0]]
    return agent_ids
