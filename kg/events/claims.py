"""Claims and blame: "وتبنى التنظيم الهجوم"، "وتبناه تنظيم X"، "أعلن X مسؤوليته عن
الهجوم"، "حمّلت الوزارة مسؤولية الهجوم لتنظيم X": X is the agent of the act claimed.
"""
from __future__ import annotations

from kg.events.agents import _behind_a_preposition, may_act
from kg.events.grammar import ATTRIBUTING, GROUP_HEADS, _n, _prepositional
from kg.events.triggers import _TRIGGER_WORDS
from kg.lexicon import strip_clitics
from kg.normalize import norm


CLAIM_VERBS = _n("تبنى تبنت تبناه تبنته تبناها تبنتها تبناهما تبنتهما يتبنى تتبنى تبنوا")


RESPONSIBILITY = _n("مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية مسؤولية")


CLAIMABLE = ("Attack", "Strike")


_NEGATIONS = _n("لم لا لن ولم ولا")


_ON_BEHALF = _n("باسم")


# denying or disowning the responsibility: "نفى تنظيم X في بيان مسؤوليته عن التفجير"، "تبرأت
# الحركة من المسؤولية عن الهجوم": no claim
DENIALS = _n("نفى نفت نفوا ينفي تنفي ينفون نافيا نافية نفي ونفى ونفت تبرأ تبرأت تبرأوا يتبرأ تتبرأ "
             "متبرئا أنكر أنكرت ينكر تنكر منكرا")
#: how far back in its sentence the denial may stand (past the denier's name and "في بيان ...")
DENIAL_REACH = 12
_STOPS = frozenset(".؟!؛;")
_CLAIMING = _n("أعلن أعلنت أعلنوا يعلن تعلن تبنى تبنت تبناه تبنته تبناها تبنتها تبناهما تبنتهما يتبنى تتبنى")


def _denied(view, i):
    """Is the responsibility at ``i`` one denied or disowned a few words before, in its sentence
    ("ونفى تنظيم X في بيان مسؤوليته عن ...")? A claim verb nearer stops the search ("نفت X
    ذلك، فيما أعلن Y مسؤوليته")."""
    toks = view.tokens
    for k in range(i - 1, max(-1, i - 1 - DENIAL_REACH), -1):
        if toks[k].text in _STOPS:
            return False
        if view.at.get(k) is not None:
            continue        # the denier's name
        if view.has(k, _CLAIMING):
            return False
        if view.has(k, DENIALS):
            return True
    return False


BLAME_VERBS = _n("حمل حملت يحمل تحمل حملوا محملة محملا")


_ACT_NOUNS = _n("الهجوم الهجمات التفجير التفجيرات الاعتداء الهجومين العملية الكمين الاغتيال")


def _blamed(view, i):
    """"حمّلت الوزارة مسؤولية الهجوم لتنظيم X": the group blamed for the act (the
    ``ل`` object after المسؤولية and the act), or None."""
    toks = view.tokens
    if not any(view.has(k, BLAME_VERBS) for k in range(max(0, i - 15), i)):
        return None
    k = i + 1
    if k < len(toks) and toks[k].norm == "عن":
        k += 1
    if k >= len(toks) or toks[k].norm not in _ACT_NOUNS:
        return None
    s = view.next_slot(k + 1, types=("Organization",), max_gap=1)
    return s if s is not None and s.clitic.endswith("ل") else None


def _blamed_group(view, i):
    """"حمّلت الوزارة مسؤولية الهجوم لتنظيم X"، "حمّلت الوزارة جماعة X مسؤولية الهجوم": X
    did it (the group blamed, after the act or right before مسؤولية)."""
    if not view.has(i, RESPONSIBILITY):
        return None
    blamed = _blamed(view, i)
    if blamed is None and any(view.has(k, BLAME_VERBS) for k in range(max(0, i - 8), i)) \
            and (i + 1 < len(view.tokens) and view.tokens[i + 1].norm in _ACT_NOUNS
                 or _act_told_before(view, i)):
        s = view.prev_slot(i, types=("Organization", "Person"), max_gap=0)
        blamed = s if s is not None and not s.clitic else None
    return blamed


_ABOUT_IT = _n("عنه عنها عنهما عن")
_THAT = _n("ذلك ذاك الحادث")


def _act_told_before(view, i):
    """"..., وحمّلت الحكومة جماعة X المسؤولية." (or "المسؤولية عنه"، "عن ذلك"): المسؤولية
    names no act after it; the blame is for the act told before."""
    toks = view.tokens
    k = i + 1
    if k < len(toks) and toks[k].norm in _ABOUT_IT:
        k += 1 if toks[k].norm != "عن" else 0
        if toks[k].norm == "عن":
            if not (k + 1 < len(toks) and toks[k + 1].norm in _THAT):
                return False
            k += 2
    return k >= len(toks) or not toks[k].norm.isalnum()


# "X يقف وراء الهجوم": X did it
STANDING = _n("يقف تقف يقفون يقفان وقف وقفت الوقوف بالوقوف وقوف")
_BEHIND = _n("وراء خلف")
_ACCUSING = _n("اتهم اتهمت اتهموا يتهم تتهم متهما متهمة")


def _behind_the_act(view, i):
    """"جماعة X تقف وراء الهجوم"، "قالت X إنها تقف وراء الهجوم": the one standing behind the
    act (not one accused of it: "اتهمت الحكومة X بالوقوف وراء الهجوم")."""
    toks = view.tokens
    if not view.has(i, STANDING) or not (i + 2 < len(toks) and view.has(i + 1, _BEHIND)
                                         and view.has(i + 2, _ACT_NOUNS | _TRIGGER_WORDS)):
        return None       # "كان X يقف وراء كشف المخطط": behind something else
    if any(view.has(k, _ACCUSING) for k in range(max(0, i - 14), i)
           if view.clause_of[k] == view.clause_of[i]):
        return None       # "اتهمت الحكومة X بالوقوف وراء الهجوم": an accusation, no claim
    s = view.prev_slot(i, types=("Organization", "Person"), max_gap=1)
    if s is not None and not s.clitic:
        return s
    c = view.clause_of[i]
    start = next(k for k in range(len(toks)) if view.clause_of[k] == c)
    if toks[start].norm in _SELF_PRONOUNS:
        # "وقالت جماعة X إنها تقف وراء الهجوم": the speaker
        for k in range(start - 1, max(-1, start - 12), -1):
            if view.has(k, _SAID) and view.at.get(k) is None:
                sp = view.next_slot(k + 1, types=("Organization", "Person"), max_gap=1, same_clause=False)
                return sp
    return None


_SELF_PRONOUNS = _n("إنها إنه أنها أنه بأنها بأنه")
_SAID = _n("قال قالت أعلن أعلنت أكد أكدت ذكر ذكرت")


# "مسؤوليته عن الهجوم" or, the act told just before, "مسؤوليته عنه"
_FOR = _n("عن عنه عنها عنهما عنهم")


def _responsibility_announcer(view, i):
    """"أعلن X مسؤوليته عن ..."، "وأعلن X مسؤوليته عنه": the one announcing (only with عن
    after); "أعلن X في بيان نشره على الإنترنت مسؤوليته عن ...": the subject of أعلن."""
    toks = view.tokens
    if not view.has(i, RESPONSIBILITY) or not (i + 1 < len(toks) and toks[i + 1].norm in _FOR):
        return None
    s = view.prev_slot(i, types=("Person", "Organization"), max_gap=3)
    if s is not None and _group_after_lam(view, s):
        # "أعلن تنظيم «X»، الفرع المصري لتنظيم «Y»، مسؤوليته عن ..."، "أعلن تنظيم «X» الموالي
        # لتنظيم «Y» مسؤوليته": Y is what X belongs to, never the claimer
        return _speech_subject(view, i)
    if s is not None and _prepositional(view, s):
        # "أعلنت كتائب X، الجناح العسكري لحركة Y، مسؤوليتها عن": past the apposition, to
        # the subject right after the speech verb
        s = _speech_subject(view, i) or s
    elif s is not None:
        # "أعلن تنظيم X في بيان نشر على موقع تويتر اليوم مسؤوليته عن ...": the name nearest
        # the claim is in the statement's phrase; the subject of أعلن claims (not past أن:
        # "أعلن الجيش أن تنظيم X مسؤول" has X claim nothing)
        first = _speech_subject(view, i)
        if first is not None and first.j <= s.i and not any(
                view.has(k, _THAT_CLAUSE) for k in range(first.j, s.i)):
            s = first
    return s if s is not None else _speech_subject(view, i)


def _group_after_lam(view, s):
    """Is the slot a group's name after its head word with ل or ب glued to it, outside the
    name ("لتنظيم «داعش»"، "لجماعة «X»")? (A prepositional phrase the name does not show.)"""
    k = s.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    return k >= 0 and view.at.get(k) is None and _behind_a_preposition(view.tokens[k].norm, GROUP_HEADS)


_SPEECH = _n("أعلن أعلنت أعلنوا يعلن تعلن")
_THAT_CLAUSE = _n("أن إن")


# how far back the speech verb of a claim may stand (past an apposition in quotes and commas)
SPEECH_REACH = 20


def _speech_subject(view, i):
    """The named subject right after أعلن within SPEECH_REACH tokens before token i."""
    for k in range(i - 1, max(-1, i - SPEECH_REACH - 1), -1):
        if view.has(k, _SPEECH) and view.at.get(k) is None:
            # "أعلنت جماعة «X»": past a head word and a quote the name did not take in
            return view.next_slot(k + 1, types=("Person", "Organization"), max_gap=1, same_clause=False,
                                  limit=i)
    return None


def _claim_verb_subject(view, i):
    """"وتبنى التنظيم الهجوم"، "وتبناه تنظيم X"، "وتبنى المتحدث باسم جماعة X الهجوم" (the
    group): the subject of تبنى, after it or right before it."""
    if view.has(i, RESPONSIBILITY) or view.has(i, STANDING) or view.has(i, ATTRIBUTING) or view.has(i, ATTRIBUTING_IT):
        return None
    claimer = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=3)
    if claimer is not None and claimer.i - 1 > i and not view.has(claimer.i - 1, _ON_BEHALF):
        claimer = None if claimer.i - i > 2 else claimer
    if claimer is None or (_prepositional(view, claimer)
                           and not view.has(claimer.i - 1, _ON_BEHALF)):
        claimer = view.prev_slot(i, types=("Person", "Organization"), max_gap=2)
        if claimer is not None:
            claimer = _head_of_the_apposition(view, claimer)
    return claimer


# "X، فرع تنظيم Y في مصر، تبنى": the head of an apposition that names what X belongs to
APPOSITION_HEADS = _n("فرع ذراع جناح الجناح الذراع الفرع فصيل")
_COMMAS = frozenset("،,")
#: how far back from the group in the apposition its head word may stand ("فرع تنظيم Y")
APPOSITION_REACH = 2


def _head_of_the_apposition(view, s):
    """The group before the apposition the slot ``s`` is named in ("تنظيم «X»، فرع تنظيم Y في
    مصر، قد تبنى ...": X, not Y), or ``s`` when it is in none."""
    for k in range(s.i - 1, max(-1, s.i - 1 - APPOSITION_REACH), -1):
        if view.has(k, APPOSITION_HEADS) and view.at.get(k) is None:
            if k > 0 and view.tokens[k - 1].text in _COMMAS:
                head = view.prev_slot(k - 1, types=("Organization",), max_gap=1)
                return head if head is not None else s
            return s
    return s


_TO = _n("إلى الى")
# how far after the verb the act may be named (past the one ascribing it)
ATTRIBUTED_REACH = 5


# the verb with the pronoun of the act told before: "ونسبه الجيش إلى عناصر الحزب"
ATTRIBUTING_IT = _n("نسبه نسبها نسبته نسبتها نسبوه نسبوها")
# a word for the group's members between إلى and the group ("إلى عناصر X"، "إلى مسلحي X")
_MEMBERS_GAP = 1


def _attributed_it_to(view, i):
    """"ونسبه الجيش إلى عناصر الحزب": the group after إلى (past a word for its members)."""
    toks = view.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 1 + ATTRIBUTED_REACH)):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, _TO) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization",), max_gap=_MEMBERS_GAP)
            return s if s is not None and not s.clitic else None
    return None


def _attributed_to(view, i):
    """"ونسبت السلطات التركية الهجوم إلى تنظيم الدولة": the group after إلى following the act;
    "ونسبه الجيش إلى عناصر الحزب": the act told before, by its pronoun."""
    if view.has(i, ATTRIBUTING_IT):
        return _attributed_it_to(view, i)
    if not view.has(i, ATTRIBUTING):
        return None
    toks = view.tokens
    for k in range(i + 1, min(len(toks) - 2, i + 1 + ATTRIBUTED_REACH)):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if toks[k].norm in _ACT_NOUNS and view.has(k + 1, _TO):
            s = view.next_slot(k + 2, types=("Organization",), max_gap=0)
            return s if s is not None and not s.clitic else None
    return None


# the words for a group's men between إلى and the group in a passive ascription ("نسب إلى
# المتمردين الأكراد في حزب X": its fighters, an adjective of theirs, في)
ASCRIBED_MEMBERS_GAP = 3
# an ascribed saying, no act: "ونسب إلى الجيش قوله إن ..."
_SAYING = _n("قوله قولها قولهم تصريح تصريحات")


def _ascribed_in_passive(view, i):
    """"هجوما وقع مساء السبت في مدينة X نسب إلى حزب Y"، "وشكل الهجوم ... ونسب لتنظيم Y"،
    "فيما نسب إلى المتمردين في حزب Y هجومان آخران": the group the act is ascribed to, with
    إلى (or ل) right after the verb, which no subject then stands between (not a saying
    ascribed: "ونسب إلى الجيش قوله")."""
    if not view.has(i, ATTRIBUTING) or i + 1 >= len(view.tokens):
        return None
    if view.has(i + 1, _TO) and view.at.get(i + 1) is None:
        s = view.next_slot(i + 2, types=("Organization",), max_gap=ASCRIBED_MEMBERS_GAP)
    else:
        s = view.slot_starting(i + 1)
        s = s if s is not None and s.clitic.endswith("ل") and s.entity.type == "Organization" else None
    if s is None or (s.clitic and s.i != i + 1) or view.clause_of[s.i] != view.clause_of[i] \
            or view.has(s.j, _SAYING):
        return None
    return s


# who claims the act, tried in order: the first to name someone is the claimer
CLAIMERS = (_attributed_to, _ascribed_in_passive, _blamed_group, _responsibility_announcer, _behind_the_act,
            _claim_verb_subject)


def _claimer(view, i):
    """The claimer at token i (a claim verb or المسؤولية), or None when there is no claim
    ("لم تعلن أي جهة مسؤوليتها")."""
    toks = view.tokens
    if view.has(i, ATTRIBUTING_IT):
        return _attributed_it_to(view, i)     # the group after إلى or none (not the one ascribing)
    for find in CLAIMERS:
        claimer = find(view, i)
        if claimer is not None:
            break
    if claimer is None or not may_act(claimer) or (find not in (_blamed_group, _attributed_to, _ascribed_in_passive)
                                                    and _prepositional(view, claimer)
                           and not view.has(claimer.i - 1, _ON_BEHALF)) or any(
            toks[k].norm in _NEGATIONS for k in range(max(0, i - 3), i)) or _negated_speech(view, i) \
            or _denied(view, i):
        return None
    return claimer


#: how far back from the claim the speech verb whose negation denies it may stand ("ولم تعلن
#: حركة طالبان مسؤوليتها": past the claimer's name)
NEGATED_SPEECH_REACH = 6


def _negated_speech(view, i) -> bool:
    """Is the speech verb of the claim at i (أعلن ...) negated: "ولم تعلن حركة X مسؤوليتها عن"?"""
    toks = view.tokens
    for k in range(i - 1, max(0, i - NEGATED_SPEECH_REACH) - 1, -1):
        if view.has(k, _SPEECH) and view.at.get(k) is None:
            return k > 0 and toks[k - 1].norm in _NEGATIONS
    return False


# how far (characters) after the claim verb the act claimed may be named; further, up to
# CLAIMED_REACH, when a relative clause tells it ("تبنت منظمة «X» المقربة من حزب Y، اليوم
# الجمعة، التفجير الذي استهدف ...": past the claimer's description and a date)
NEAR_REACH = 60
CLAIMED_REACH = 120
_WHICH = _n("الذي التي اللذين اللتين")


def _described(view, ev):
    """Is the act's noun followed by a relative clause ("التفجير الذي استهدف ...")?"""
    k = next((k for k, t in enumerate(view.tokens) if t.start == ev.trigger_span[0]), None)
    return k is not None and view.has(k + 1, _WHICH)


def _acts_claimed(view, i, events):
    """The act claimed at token i: an explicit act right after the verb ("تبنى التنظيم
    الهجوم") and, when that is definite or absent, the latest attack or strike told up to
    here (this sentence or the two before); "تتبنى X هجمات شبه يومية": new ones only."""
    pos = view.tokens[i].start
    cands = [ev for ev in events if ev.type in CLAIMABLE and ev.trigger_span[0] < pos
             and pos - ev.trigger_span[0] < 400 and not getattr(ev, "measured", False)]
    after = [ev for ev in events if ev.type in CLAIMABLE and pos < ev.trigger_span[0] < view.span[1]
             and (ev.trigger_span[0] - pos < NEAR_REACH
                  or ev.trigger_span[0] - pos < CLAIMED_REACH and _described(view, ev))]
    if not after:
        # "وتبنى تنظيم X في بيان اغتيال ضابط"، "أعلن X مسؤوليته عن قتل جنديين": a killing claimed
        after = [ev for ev in events if ev.type == "Killing" and pos < ev.trigger_span[0] < view.span[1]
                 and ev.trigger_span[0] - pos < NEAR_REACH and _claimed_killing(ev)]
    # "... في أعنف هجوم تشهده البلاد، وتبناه التنظيم": an act measured is the one told before
    anaphoric = not after or getattr(after[0], "measured", False) or any(
        st.startswith("ال") for _, st in strip_clitics(norm(after[0].trigger)))
    killings = []
    if anaphoric and (not cands and view.has(i, CLAIM_VERBS) or _responsibility_for_a_killing(view, i)):
        # "اغتال مسلحون مجهولون ضابطا ... وتبنت جماعة X العملية"، "لقي X مصرعه برصاص مسلحين،
        # فيما تبنت حركة Y الهجوم": a killing told with no attack or strike is the act claimed;
        # "أعلن X مسؤوليته عن الاغتيال": the killing told before is, beside its attack
        killings = [ev for ev in events if ev.type == "Killing" and not ev.agent
                    and ev.trigger_span[0] < pos and pos - ev.trigger_span[0] < 400]
        if after and killings:
            _attack_of_the_killing(after[0], killings[-1])
    return after[:1] + (cands[-1:] if anaphoric else []) + killings[-1:]


def _responsibility_for_a_killing(view, i):
    """"أعلن X مسؤوليته عن الاغتيال"، "مسؤوليته عن قتل الضابط": the responsibility claimed is
    for a killing named right after عن (the killing told before, when no attack was)."""
    toks = view.tokens
    return view.has(i, RESPONSIBILITY) and i + 2 < len(toks) and toks[i + 1].norm == "عن" \
        and any(st in CLAIMED_KILLINGS or st[2:] in CLAIMED_KILLINGS and st.startswith("ال")
                for _, st in strip_clitics(toks[i + 2].norm))


# killings one claims by name (not a toll: "مقتل 11 مصليا" is the count of an attack's dead)
CLAIMED_KILLINGS = _n("اغتيال قتل تصفية إعدام ذبح")


def _claimed_killing(ev):
    """Is the killing told by a noun one claims ("تبنى X اغتيال ضابط")?"""
    return any(st in CLAIMED_KILLINGS for _, st in strip_clitics(norm(ev.trigger)))


def _attack_of_the_killing(attack, killing):
    """"لقي X مصرعه برصاص مسلحين أمام منزله، فيما تبنت حركة Y الهجوم": the attack claimed,
    named only by the anaphor, is the one that killed X, where X fell."""
    if attack.type == "Attack" and not attack.target:
        attack.target = list(killing.target)
        attack.place = attack.place or list(killing.place)
        attack.date = attack.date or killing.date


def _claims(view, events):
    """"وتبنى التنظيم الهجوم" / "وتبناه تنظيم X" / "أعلن X مسؤوليته عن الهجوم": X did it.

    The claimed act's agent is set when the text gave none (and X is not its target).
    """
    for i in view.positions(CLAIM_VERBS | RESPONSIBILITY | STANDING | ATTRIBUTING | ATTRIBUTING_IT):
        claimer = _claimer(view, i)
        if claimer is None:
            continue
        for target in _acts_claimed(view, i, events):
            if target.agent:
                continue
            target.agent = [claimer.entity.id]
            target.target = [x for x in target.target if x != claimer.entity.id]
