"""Events: triggers from a lexicon, their arguments from the words around them.

A trigger is a verb (قتلت، اعتقلت، هاجم، التقى، زار) or a verbal noun (مقتل،
هجوم، غارة، القبض، زيارة، لقاء، عملية). Arguments:
- verb, subject first: the actor right before the verb is the agent
  ("قوات أمريكية قتلت ..."); verb first: the first actor after it is the agent
  and the next one the target; a passive verb (قُتل، اعتُقل, or تم + noun)
  makes the nearest person before it the target;
- verbal noun: its genitive is the agent (زيارة الرئيس X، غارات التحالف) or the
  target for nouns of suffering (مقتل X، اغتيال X، اعتقال X، القبض على X);
  "نفذه/شنه/نصبه X" gives the agent, "ضد/على X" the target, "في/ب X" (a place)
  the place, "إلى X" the place of a visit;
- a speaker (قال/أعلن X أن ...) is never the agent of what follows أن; but
  "أعلن X تنفيذ/إطلاق/القبض ..." announces X's own act, so X is its agent;
- the date is the nearest date expression in the clause, then in the sentence.
Events of one type in one article that share an argument and do not disagree
on the date are merged (the same attack told three times is one event).
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import DIRECTIONS, PLACE_HEADS, SPEECH_VERBS, strip_clitics
from kg.model import Event
from kg.normalize import norm


def _n(words):
    return frozenset(norm(w) for w in words.split())


# trigger stems -> (event type, kind): kind is "verb", "noun" (agent genitive),
# "noun-patient" (target genitive)
TRIGGERS = {}
for _w in _n("قتل قتلت قتلوا يقتل تقتل يقتلون اغتال اغتالت اغتالوا يغتال تغتال صفى صفت صفوا "
             "أعدم أعدمت أعدموا"):
    TRIGGERS[_w] = ("Killing", "verb")
for _w in _n("مقتل اغتيال تصفية قتل"):
    TRIGGERS.setdefault(_w, ("Killing", "noun-patient"))
TRIGGERS[norm("مقتل")] = ("Killing", "noun-patient")
TRIGGERS[norm("اغتيال")] = ("Killing", "noun-patient")
# "قضت القوات على 5 مسلحين"، "أعلن الجيش القضاء على إرهابيين": killing only with على after
ELIMINATE = _n("قضى قضت قضوا يقضي تقضي القضاء قضاء")
for _w in ELIMINATE:
    TRIGGERS[_w] = ("Killing", "noun-patient" if _w.endswith("اء") else "verb")
for _w in _n("هاجم هاجمت يهاجم تهاجم هاجموا يهاجمون نصب نصبت نصبوا فجرت فجروا يفجر اقتحم اقتحمت "
             "اقتحموا يقتحم تقتحم"):
    TRIGGERS[_w] = ("Attack", "verb")
for _w in _n("هجوم هجوما الهجوم هجمات هجمة كمين كمينا تفجير تفجيرا اعتداء اقتحام"):
    TRIGGERS[_w] = ("Attack", "noun")
for _w in _n("قصف قصفت يقصف تقصف قصفوا يقصفون"):
    TRIGGERS[_w] = ("Strike", "verb")
for _w in _n("غارة غارات غارتين ضربة ضربات قصف القصف"):
    TRIGGERS[_w] = ("Strike", "noun")
for _w in _n("اعتقل اعتقلت اعتقلوا يعتقل تعتقل احتجز احتجزت احتجزوا أوقفت أوقف أوقفوا أسر أسرت أسروا"):
    TRIGGERS[_w] = ("Arrest", "verb")
for _w in _n("اعتقال احتجاز توقيف القبض"):
    TRIGGERS[_w] = ("Arrest", "noun-patient")
for _w in _n("عملية حملة العملية الحملة"):
    TRIGGERS[_w] = ("MilitaryOperation", "noun")
for _w in _n("التقى التقت التقوا يلتقي تلتقي اجتمع اجتمعت اجتمعوا يجتمع تجتمع استقبل استقبلت"):
    TRIGGERS[_w] = ("Meeting", "verb")
for _w in _n("لقاء لقائه لقائها اجتماع اجتماعا مباحثات محادثات قمة"):
    TRIGGERS[_w] = ("Meeting", "noun")
for _w in _n("زار زارت زاروا يزور تزور وصل وصلت"):
    TRIGGERS[_w] = ("Visit", "verb")
for _w in _n("زيارة زيارته زيارتها"):
    TRIGGERS[_w] = ("Visit", "noun")

# "يخططون لهجمات"، "تعتزم شن": what is planned or intended has not happened
PLANNING = _n("يخطط يخططون تخطط يخططان ينوي ينوون تنوي يعتزم يعتزمون تعتزم")
# arrival verbs are visits only with a destination place after إلى
ARRIVALS = _n("وصل وصلت")
_NOT_A_JOURNEY = _n("عدد حصيلة نسبة قيمة السلطة الحكم مستوى حد")

# verbal nouns whose announcer is their agent: أعلن X تنفيذ ضربات / إطلاق عملية / القبض على
ACTION_NOUNS = _n("تنفيذ إطلاق اطلاق شن بدء القبض اعتقال توقيف احتجاز استهداف قصف القضاء قضاء اغتيال تصفية")
# killings one announces as one's own act ("أعلنت إسرائيل اغتيال X") unless one mourns one's own
KILLING_ACTS = _n("اغتيال تصفية")
_OWN_RANKS = _n("فيها فيه منها منه قادتها قادته قائدها قائده أحد عناصرها عناصره أعضائها أعضائه "
                "مسؤولها مسؤوله قياديها قياديه")
AGENT_MARKERS = _n("نفذه نفذها نفذته نفذتها شنه شنها شنته شنتها نصبه نصبها نصبته نصبتها تبناه "
                   "أجراه أجراها أجرته أجرتها أطلقه أطلقته أطلقوها أطلقوه شنوه شنوها نفذوه نفذوها "
                   "تبنته تبنتها أطلقها أطلقتها بيد يد برصاص بنيران")
TARGET_MARKERS = _n("ضد على تستهدف يستهدف استهدفت استهدف لاستهداف لملاحقة لمطاردة لمكافحة لمحاربة")
PLACE_MARKERS = _n("في ب قرب داخل بمدينة بمحافظة بمنطقة")
TO_MARKERS = _n("إلى الى")
MILITARY_WORDS = _n("عسكرية عسكري العسكرية برية جوية أمنية دهم مداهمة تمشيط")
ACTOR = ("Person", "Organization", "Place")
AGENTS = ("Person", "Organization", "Place")


def _passive(tok_text: str) -> bool:
    """قُتل / اعتُقل: a damma on the first or second letter marks the passive."""
    t = tok_text.lstrip("وف")
    return "\u064F" in t[:4] and not t.startswith("ت") or t.startswith("تم")


_TRIGGER_WORDS = frozenset(TRIGGERS)


MEANS_SUBJECTS = _n("صاروخ صواريخ طائرة طائرات طائرتين مسيرة مسيرات مدفعية دبابات دبابة زوارق زورق "
                    "بوارج مقاتلات")
OWNED_BY = _n("تابعة التابعة تابع التابع")


def _means_owner(view, i, scope_end):
    """"قصفت طائرات مسيّرة تابعة لقوات X": the owner of the weapons that are the verb's
    subject is the agent; None when the subject after the verb is no weapon."""
    if not view.has(i + 1, MEANS_SUBJECTS):
        return None
    for k in range(i + 2, min(i + 5, scope_end)):
        if view.at.get(k) is not None:
            return None
        if view.has(k, OWNED_BY):
            s = view.slot_starting(k + 1)
            if s is not None and s.entity.type == "Organization" and s.clitic.endswith("ل"):
                return s
            return None
    return None


def _trigger(view, i):
    """The trigger reading of token i. A preposition glued to a verb reading makes it a
    noun of the same letters: "قدم التعازي لأسر الضحايا" is for the victims' families."""
    if view.stems(i).isdisjoint(_TRIGGER_WORDS):
        return (None, None), None
    for clitic, stem in strip_clitics(view.tokens[i].norm):
        if stem in TRIGGERS:
            if clitic and clitic[-1] in "بلك" and TRIGGERS[stem][1] == "verb":
                continue
            return TRIGGERS[stem], stem
    return (None, None), None


def _quoted_name(view, i, text):
    """The quoted name after عملية: عملية "عين الصقر"."""
    toks = view.tokens
    k = i + 1
    if k < len(toks) and toks[k].norm in MILITARY_WORDS:
        k += 1
    # "العملية التي أطلق عليها اسم "فجر الحرية""، "عملية تحمل اسم ..."، "المسماة ..."
    n = 0
    while k < len(toks) and n < 4 and toks[k].norm in NAMING_WORDS:
        k += 1
        n += 1
    if k < len(toks) and toks[k].text in ('"', "«", "“", "'"):
        close = {'"': '"', "«": "»", "“": "”", "'": "'"}[toks[k].text]
        j = k + 1
        while j < len(toks) and toks[j].text != close and j - k < 6:
            j += 1
        if j < len(toks) and j > k + 1:
            return text[toks[k + 1].start:toks[j - 1].end], j + 1
    return None, None


NAMING_WORDS = _n("التي الذي أطلق أطلقت أطلقوا عليها عليه اسم تحمل يحمل المسماة المسمى تسمى يسمى بعنوان "
                  "تحت")
LIGHT_VERBS = _n("يواصل تواصل ويواصل تواصلت ألقت ألقى تلقي يلقي بدأت بدأ أطلقت أطلق شنت شن نفذت نفذ تنفذ ينفذ تشن يشن واصلت واصل أجرت أجرى عقد عقدت")
POST_WORDS = _n("قائد زعيم رئيس أمير مسؤول المتحدث الناطق وزير محافظ حاكم والي ممثل مبعوث المبعوث سفير")


def _in_post_phrase(view, slot):
    """An organisation inside a post phrase: "قائد جيش الفتح" X (the post describes X)."""
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    return k >= 0 and view.has(k, POST_WORDS)


PREPOSITIONS = _n("في من إلى الى على عن مع لدى داخل قرب نحو")


def _prepositional(view, slot):
    """Is the slot inside a prepositional phrase (في بيروت، بالعاصمة، للجيش)?"""
    return view.prepositional(slot, PREPOSITIONS)


_WITH = _n("مع ب بـ")
RESULT_VERBS = _n("أسفر أسفرت يسفر تسفر أدى أدت يؤدي تؤدي أودى أودت خلف خلفت أوقع أوقعت أوقعا")
MEANS_NOUNS = _n("غارة غارات بغارة بغارات قصف بقصف ضربة بضربة ضربات بضربات هجوم بهجوم تفجير بتفجير كمين بكمين "
                 "بقذيفة بقذائف بصاروخ بصواريخ بعبوة عملية بعملية الغارة الغارات الضربة الضربات القصف "
                 "الهجوم العملية")


_IN_IT = _n("فيها فيه خلالها خلاله جراءها جراءه")


def _result_cue(view, i):
    """"أسفرت الغارة عن مقتل X": the killing is the result of the event before it."""
    for k in range(max(0, i - 4), i):
        if view.has(k, RESULT_VERBS):
            return "result"
    if i + 1 < len(view.tokens) and view.tokens[i + 1].norm in _IN_IT:
        return "result"        # "قُتل فيها أكثر من 100 مقاتل": in the event just told
    words = 0
    for k in range(i + 1, len(view.tokens)):
        if view.clause_of[k] != view.clause_of[i] or words >= 16:
            break
        if view.has(k, MEANS_NOUNS):
            return "means"     # "قُتل X في غارة ...": the strike that follows is the means
        words += view.tokens[k].norm.isalnum()
    return None


def _inherit_from_cause(events):
    """A killing caused by a strike or attack shares its agent, place and date.

    "أسفرت الغارة عن مقتل X": the cause is the strike just before (in this or the
    two previous sentences: الغارة refers back); "قُتل X بقصف ...": the cause is
    the strike that follows in the same sentence.
    """
    for n, ev in enumerate(events):
        if ev.type != "Killing" or not ev.result_of:
            continue
        if ev.result_of == "result":
            cands = [c for c in events[:n][::-1] if ev.evidence[0][0] - c.evidence[0][1] < 400]
        else:
            cands = [c for c in events[n + 1:] if c.evidence[0] == ev.evidence[0]]
        causes = ("Strike", "Attack", "MilitaryOperation") if ev.result_of == "means" else ("Strike", "Attack")
        cause = next((c for c in cands if c.type in causes), None)
        if cause is None and ev.result_of == "means":
            # "بمقتل سبعة أشخاص في الغارات": the definite means refers to the strikes told before
            cause = next((c for c in events[:n][::-1] if c.type in ("Strike", "Attack")
                          and (c.agent or c.place) and ev.evidence[0][0] - c.evidence[0][1] < 600), None)
        if cause is None:
            continue
        ev.agent = ev.agent or [a for a in cause.agent if a not in ev.target]
        ev.place = ev.place or list(cause.place)
        if not ev.date or (cause.date_own and not ev.date_own and cause.date != ev.date):
            # "أعلنت، أمس الثلاثاء، مقتل X بضربات ... فجر الاثنين": the act's own date wins
            ev.date = cause.date
        if ev.result_of == "means" and not cause.target:
            cause.target = list(ev.target)


_PLACE_HEAD_WORDS = frozenset(PLACE_HEADS)
_ON = _n("على علي")


def _trigger_index(view, ev):
    start = ev.trigger_span[0]
    return next((k for k, t in enumerate(view.tokens) if t.start == start), 0)


def _means_phrase(view, i):
    """Is the trigger a means phrase: "بغارة", "في غارات"?"""
    if view.tokens[i].norm[:1] == "ب" and any(c == "ب" for c, _ in strip_clitics(view.tokens[i].norm)):
        return True
    return i > 0 and view.tokens[i - 1].norm in ("في", "عبر")


WEAPONS = _n("قذيفة قذائف صاروخ صواريخ صاروخا صاروخين مسيرة طائرة عبوة صليات صلية رشقات رشقة")
_WEAPON_MARKERS = _n("أطلقها أطلقه أطلقته أطلقتها أطلقوها أطلقوه")
AIR_WEAPONS = _n("صاروخ صواريخ صاروخين طائرة طائرات طائرتين مسيرة مسيرات قذيفة قذائف")
_TARGETING_NOUN = _n("استهداف")
TARGETING = _n("استهداف استهدف استهدفت يستهدف تستهدف استهدفوا")


def _weapon_triggers(view):
    """Strikes named by their weapon: "بقذيفة أطلقها X"، "استهداف سفينة ... بصاروخ باليستي"."""
    out = []
    toks = view.tokens
    for i in view.positions(WEAPONS):
        if view.at.get(i) is None and any(view.has(k, _WEAPON_MARKERS)
                                          for k in range(i + 1, min(i + 3, len(toks)))):
            out.append((i, "Strike", "noun"))
    for i in view.positions(TARGETING):
        if view.at.get(i) is not None:
            continue
        for k in range(i + 1, min(i + 13, len(toks))):
            if view.clause_of[k] != view.clause_of[i]:
                break
            if any(c.endswith("ب") and st in WEAPONS for c, st in strip_clitics(toks[k].norm)):
                kind = "noun" if view.has(i, _TARGETING_NOUN) else "verb"
                out.append((i, "Strike", kind))
                break
    return out


CLASHES = _n("اشتباكات اشتباك معارك مواجهات اشتباكين")
_AMONG = _n("بينهم بينهما بينهن")
_THAT = _n("إن أن وإن وأن بأن")


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


RANKS_OF = _n("عناصر أفراد جنود مقاتلي مسلحي قادة كبار منتسبي أعضاء عنصرين جنديين عنصر عنصرا")
_FORCES_OF = _n("قوات عناصر جنود وحدات مسلحو مقاتلو")
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


def _victims_of(view, slot):
    """"من عناصر X"، "من X": the slot names the group of the ones counted before it."""
    k = slot.i - 1
    if slot.clitic:
        return False
    if k >= 0 and view.has(k, RANKS_OF):
        k -= 1
    return k >= 0 and view.tokens[k].norm == "من"


def _relative_passive(view, i):
    """"الشاب X الذي قتل برصاص قوات الاحتلال"، "X، الذي قتل بضربة جوية": X was killed."""
    toks = view.tokens
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].norm not in _RELATIVES:
        return False
    if view.has(i + 1, _BY_FIRE):
        return True
    return toks[i + 1].norm[:1] == "ب" and view.has(i + 1, MEANS_NOUNS) and \
        TRIGGERS.get(toks[i].norm, (None,))[0] == "Killing"


def _after_passive(view, i):
    """Is there a passive trigger verb or a noun of suffering before token i in its clause
    (قُتل X بغارة، مقتل X بغارة)?"""
    c = view.clause_of[i]
    k = i - 1
    while k >= 0 and view.clause_of[k] == c:
        if view.at.get(k) is None and not view.stems(k).isdisjoint(_TRIGGER_WORDS):
            (etype, kind), _ = _trigger(view, k)
            if kind == "verb" and (_passive(view.tokens[k].text) or _relative_passive(view, k)):
                return True
            if kind == "noun-patient":
                return True       # "مقتل X بغارة": X is the one killed
        k -= 1
    return False


_MEANS_LINKS = _n("من ل جوية جوي مسيرة مسيرات طائرة لطائرة طائرات لطائرات بطائرة حربية صاروخية")


@lru_cache(maxsize=1)
def _kb():
    from kg.kb import load_kb
    return load_kb()


def _demonym_agent(view, i, scope_end):
    """"بغارة لطائرة مسيرة تركية": the state named by the adjective, when the article names it."""
    by_kb = getattr(view, "doc_entities_by_kb", None)
    if not by_kb:
        return []
    kb = _kb()
    for k in range(i + 1, min(scope_end, i + 5, len(view.tokens))):
        key = kb.demonym(view.tokens[k].norm)
        if key:
            # the state, or its forces when only they are named (غارة إسرائيلية ... الجيش الإسرائيلي)
            ent = by_kb.get(key) or by_kb.get(kb.forces_of(key) or f"{key}-forces")
            return [ent.id] if ent is not None and ent.type in AGENTS else []
        if not view.has(k, _MEANS_LINKS) or view.at.get(k) is not None:
            break
    return []


ACTS = ("Killing", "Strike", "Attack", "Arrest")


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


def _light_verb_before(view, i):
    k = i - 1
    while k >= 0 and i - k <= 4 and view.clause_of[k] == view.clause_of[i]:
        if view.has(k, LIGHT_VERBS):
            return True
        k -= 1
    return False


def _subject_of_clause(view, slot):
    return not _prepositional(view, slot)


_SPEAKER_PRONOUNS = frozenset(norm(w) for w in "أنه إنه بأنه وأنه أنها إنها بأنها وأنها أنهم إنهم".split())


def _speaker_pronoun(view, i):
    """The speaker a clause-initial أنه/إنها refers to: "أعلن الجيش، الخميس، أنه قتل ..."."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    own_forces = view.tokens[start].norm in _THAT and start + 1 < i and \
        view.tokens[start + 1].norm in OWN_FORCES and view.at.get(start + 1) is None
    # "قال الجيش إن قواته قتلت ..."، "أعلنت الكتائب أن مقاتليها فجروا ...": its own act
    # "أنها نفذت، في 1 شباط/فبراير الماضي، غارة": a light verb right after the pronoun carries
    # it past a date
    reach = 14 if _opens_with_light_verb(view, i) else 4
    if not own_forces and view.tokens[start].norm not in _SPEAKER_PRONOUNS or i - start > reach:
        return None
    if start + 1 < len(view.tokens) and _passive(view.tokens[start + 1].text) \
            and not view.stems(start + 1).isdisjoint(_TRIGGER_WORDS):
        return None      # "وأنه قُتل في غارة": the pronoun is the one killed, not the speaker
    for k in range(start - 1, -1, -1):
        if view.has(k, SPEECH_VERBS):
            s = view.next_slot(k + 1, types=("Person", "Organization", "Place"), same_clause=False,
                               limit=start)
            if s is not None and own_forces and s.entity.type == "Place" and s.entity.subtype != "Country":
                return None      # a state has forces, a town does not
            if s is not None:
                return s
            if own_forces:
                # "نعى حزب الله "الحاج رضا"، وأعلن أن مقاتليه ...": forces belong to a group or state
                return view.prev_slot(k, types=("Organization",), max_gap=6, same_clause=False)
            return view.prev_slot(k, types=("Person", "Organization"), max_gap=2, same_clause=False)
    return None


_BRANCH_WORDS = _n("فرع فرعه فرعها")
_WITHIN = _n("ضمن إطار")


def _describes_org(view, place, agent):
    """Is "في PLACE" part of an organisation's description ("فرع تنظيم الدولة في مصر"، "إدارة
    مكافحة الإرهاب في إقليم X" when the body acts) rather than where the act happened?"""
    k = place.i - 1
    if k < 1 or not view.has(k, _IN_WORDS):
        return False
    org = view.at.get(k - 1)
    if org is None or org.entity.type != "Organization" or org.j != k:
        return False
    return (agent is not None and org.entity.id == agent.entity.id) or (
        org.i > 0 and view.has(org.i - 1, _BRANCH_WORDS))


_IN_WORDS = _n("في")


def _place_before(view, i):
    """The first place after في/ب before token i in the sentence (a nominal yields to the name)."""
    for sl in view.slots:
        if sl.i >= i:
            break
        if sl.entity.type == "Place" and (sl.clitic.endswith("ب") or view.has(sl.i - 1, PLACE_MARKERS)):
            if getattr(sl.mention, "nominal", False):
                named = view.next_slot(sl.j, types=("Place",), max_gap=1, limit=i)
                return named or sl
            return sl
    return None


def _opens_with_light_verb(view, i):
    """"أنها نفذت، في 1 شباط، غارة": the clause of token i opens with a pronoun and a light verb."""
    c = view.clause_of[i]
    start = next(k for k in range(len(view.tokens)) if view.clause_of[k] == c)
    return start + 1 < i and view.has(start + 1, LIGHT_VERBS)


def _same(a, b):
    return a is not None and b is not None and a.entity.id == b.entity.id


def _fronted_place(view, i):
    """"وفي بيروت، التقى ..."، "وفي العاصمة العراقية بغداد، اعتقلت ...": a place fronted at the
    start of the sentence covers it (the place closing the phrase before its comma)."""
    toks = view.tokens
    k = 0
    while k < len(toks) and k < 2 and not view.has(k, PLACE_MARKERS):
        k += 1
    if k >= len(toks) or not view.has(k, PLACE_MARKERS):
        return None
    c = k if view.at.get(k) is not None else k + 1    # "ببيروت،": the marker is a clitic
    end = min(len(toks), c + 6, i)
    while c < end and toks[c].text not in ("،", ","):
        if view.at.get(c) is not None and view.at[c].entity.type != "Place":
            return None      # "وفي بيان لوزارة الدفاع، ..." is no place
        c += 1
    if c >= end or c == 0:
        return None
    sl = view.at.get(c - 1)
    if sl is None or sl.entity.type != "Place" or sl.j != c:
        return None
    first = view.at.get(k) or view.slot_starting(k + 1)
    if first is None and k + 2 < len(toks) and view.has(k + 1, _PLACE_HEAD_WORDS):
        first = view.slot_starting(k + 2)    # "وفي مدينة كركوك، ..." (the head outside the mention)
    if first is None and not view.has(k + 1, _CAPITALS):
        return None          # "وفي حديث للتلفزيون الرسمي، ..." is no place
    return sl


def _in_fronted_phrase(view, i, slot):
    """Is the slot inside the fronted place phrase ("وفي الأنبار غربي العراق، قتلت ...")?"""
    if slot is None:
        return False
    f = _fronted_place(view, i)
    if f is None:
        return False
    c = f.j
    while c < i and view.tokens[c].text not in ("،", ","):
        c += 1
    return slot.j <= c


_CAPITALS = _n("العاصمة عاصمة")


FIGHTERS = _n("مسلحون مسلحين مسلحو عناصر مقاتلون مقاتلين مقاتلو أفراد انتحاريون انتحاري مسلح "
               "وحدة وحدات دورية قوة")


def _members_of(view, slot):
    """"مسلحون من تنظيم الدولة": the organisation the fighters belong to."""
    k = slot.i - 1
    if slot.clitic or k < 1 or view.tokens[k].norm != "من":
        return False
    return view.has(k - 1, FIGHTERS)


_MODIFIERS = _n("التابع التابعة المرتبط المرتبطة الموالي الموالية المقرب المقربة المدعوم المدعومة "
                "المتحالف المتحالفة فرع")


_MODIFIER_PREPS = _n("مع من")


def _modifies_previous(view, slot):
    """Is the slot the complement of التابعة لـ / المرتبطة بـ ... (describing the noun before)?"""
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    if k >= 1 and not slot.clitic and view.tokens[k].norm in _MODIFIER_PREPS:
        k -= 1        # "المتحالفة مع X"، "المدعومة من X"
    return k >= 0 and view.has(k, _MODIFIERS)


def _unnamed_subject_between(view, i, slot):
    """A definite noun between the verb and the slot is the verb's (unnamed) subject."""
    from kg.mentions import definite
    from kg.lexicon import STOPWORDS
    for k in range(i + 1, slot.i):
        t = view.tokens[k]
        if definite(t) and t.norm not in STOPWORDS and t.norm.isalpha():
            return True
    return False


def _coordination_head(view, slot):
    """"القوات الأمريكية وقوات الشركاء ألقت": the first of the subjects joined by و."""
    while slot.clitic.startswith("و"):
        prev = view.at.get(slot.i - 1)
        if prev is None or prev.j != slot.i or prev.entity.type not in AGENTS:
            break
        slot = prev
    return slot


def _light_verb_agent(view, i):
    """شنت القوات X غارات / القوات X شنت غارات / أطلق الجيش عملية: the light verb's subject."""
    k = i - 1
    while k >= 0 and i - k <= 16 and view.clause_of[k] == view.clause_of[i]:
        if view.has(k, LIGHT_VERBS) and view.at.get(k) is None:
            a = view.next_slot(k + 1, types=AGENTS, limit=i)
            if a is not None and not _prepositional(view, a):
                return a
            a = view.prev_slot(k, types=AGENTS, max_gap=2)
            if a is not None and not _prepositional(view, a):
                return _coordination_head(view, a)
            return None
        k -= 1
    return None


_WITH_WORDS = _n("مع")
_DELEGATION_LEAD = _n("برئاسة يرأسه يترأسه")


_DELEGATION = _n("وفد وفدا الوفد")


def _delegation_of(view, slot):
    """"وفد من X"، "وفد X": the organisation a delegation comes from."""
    k = slot.i - 1
    if k >= 0 and view.tokens[k].norm == "من" and not slot.clitic:
        k -= 1
    return k >= 0 and view.has(k, _DELEGATION)


def _office_holder(view, slot, limit):
    """The person named after an organisation that only completes a post phrase."""
    if slot.entity.type != "Organization" or not any(
            view.has(k, POST_WORDS) for k in range(max(0, slot.i - 4), slot.i)):
        return slot
    p = view.next_slot(slot.j, types=("Person",), max_gap=5, stop=_WITH_WORDS, limit=limit)
    return p if p is not None else slot


SOLDIERS = _n("جندي جنديا جنديين جنود")
_ARMED_FORCE = "ArmedForce"


def _soldiers_counted(view, i):
    """"مقتل 15 جنديا"، "مقتل جنديين": the ones killed are soldiers (within three words)."""
    return any(view.has(k, SOLDIERS) for k in range(i + 1, min(i + 4, len(view.tokens))))


def _army_before(view, i):
    """The army or state forces named last before token i in the sentence."""
    s = view.prev_slot(i, types=("Organization",), same_clause=False,
                       skip=lambda sl: sl.entity.subtype != _ARMED_FORCE)
    return s


def _clash_partner(view, i, scope_end):
    """"اشتباكات مع X": X, the side fought."""
    for k in range(i + 1, scope_end):
        if view.has(k, CLASHES) and k + 1 < len(view.tokens) and view.tokens[k + 1].norm == "مع":
            return view.next_slot(k + 2, types=("Organization",), max_gap=1, limit=scope_end)
    return None


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


class _Handle:
    """A slot-like handle for an entity with no mention at this place."""

    def __init__(self, entity):
        self.entity = entity
        self.i = self.j = -1
        self.clitic = ""
        self.mention = None


def _subjected(view, i):
    """The subject of تعرض/تعرضت a few words before the trigger (its target)."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if view.clause_of[k] != view.clause_of[i]:
            break
        if view.has(k, SUBJECTED) and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person", "Organization"), limit=i)
    return None


# markers whose pronoun names the agent: "أطلقها" (he launched it), not "أطلقتها" (she/they)
_PRONOUN_MARKERS = _n("أطلقها أطلقه نفذها نفذه شنها شنه")


def _announcer(view, i):
    """The named subject of the speech verb before token i in the sentence (أعلن الجيش X ...)."""
    for k in range(i - 1, -1, -1):
        if view.has(k, SPEECH_VERBS) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization", "Place"), max_gap=1)
            return s if s is not None and not _prepositional(view, s) else None
    return None


def _official(view, slot):
    """A person the text gives a title or a post (a few words before), or the KB knows."""
    ent = slot.entity
    return ent.type == "Person" and (ent.kb_id is not None or any(m.title for m in ent.mentions)
                                     or any(view.has(k, POST_WORDS) for k in range(max(0, slot.i - 8), slot.i)))


def _person_after_post(view, slot):
    nxt = view.next_slot(slot.j, types=("Person",), max_gap=1)
    return nxt


def events_in_view(view, text, dates, speech_subjects):
    out = []
    toks = view.tokens
    triggers = []
    for i in view.positions(_TRIGGER_WORDS):
        if view.at.get(i) is not None:
            continue
        (etype, kind), stem = _trigger(view, i)
        if stem in ELIMINATE and not any(
                toks[k].norm in ("على", "علي") for k in range(i + 1, min(len(toks), i + (
                    2 if kind == "noun-patient" else 6)))):
            continue      # "قضى ليلته"، "القضاء العراقي": eliminating only "على" someone
        if i > 0 and view.has(i - 1, PLANNING):
            continue      # "كانوا يخططون لهجمات": attacks planned have not happened
        if etype == "Attack" and kind == "noun" and i + 1 < len(toks) and any(
                c.endswith("ب") and st in AIR_WEAPONS for c, st in strip_clitics(toks[i + 1].norm)):
            etype = "Strike"      # "هجوم بطائرة مسيرة"، "لهجوم بصاروخ باليستي": a drone or missile strike
        if etype is not None:
            triggers.append((i, etype, kind))
    triggers.extend(_weapon_triggers(view))
    triggers.sort(key=lambda t: t[0])
    trigger_idx = [t[0] for t in triggers]
    prev_event = None
    for n, (i, etype, kind) in enumerate(triggers):
        # the trigger's scope: up to the next trigger in the same clause
        scope_end = len(toks)
        for k in trigger_idx[n + 1:]:
            scope_end = k
            break
        k = i + 1
        while k < scope_end and view.clause_of[k] == view.clause_of[i]:
            k += 1
        scope_end = k
        ev = Event(type=etype, trigger=toks[i].text, trigger_span=(toks[i].start, toks[i].end),
                   evidence=[view.span], pattern=f"{etype}-{kind}")
        if etype == "MilitaryOperation":
            name, after = _quoted_name(view, i, text)
            if name is None and not (i + 1 < len(toks) and (
                    toks[i + 1].norm in MILITARY_WORDS or view.has(i + 1, AGENT_MARKERS))):
                continue      # "عملية عسكرية"، "عملية أطلقها الجيش" (not "عملية جراحية")
            ev.name = name
        passive = kind == "verb" and (_passive(toks[i].text) or _relative_passive(view, i))
        # --- agent
        agent = None
        conj_verb = kind == "verb" and toks[i].norm[:1] in ("و", "ف") and \
            not TRIGGERS.get(toks[i].norm)
        if kind == "verb" and not passive:
            agent = None if conj_verb else view.prev_slot(i, types=AGENTS, max_gap=2)
            if agent is not None and (_prepositional(view, agent) and not _members_of(view, agent)
                                      or _in_fronted_phrase(view, i, agent)):
                agent = None   # "وفي بيروت، ..." — but "مسلحون من داعش قد هاجموا": the group
            if agent is None and etype in ("Meeting", "Visit"):
                a = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=6, limit=scope_end)
                if a is not None and (not _prepositional(view, a) or _delegation_of(view, a)):
                    agent = a   # "زار وفد من حركة حماس القاهرة": the delegation's organisation
                else:
                    # "اجتمع أمس رئيس أركان القوات البرية في الجيش، الفريق X، مع ...": the person;
                    # "وزار القائم بأعمال وزير الداخلية في حكومة X، الملا Y، ...": the visitor
                    agent = view.next_slot(i + 1, types=("Person",), max_gap=9, stop=_WITH_WORDS,
                                           limit=scope_end)
            if agent is None:
                a = view.next_slot(i + 1, types=AGENTS, max_gap=2, limit=scope_end)
                if a is not None and _unnamed_subject_between(view, i, a):
                    a = None    # "اعتقلت الشرطة X": the subject has no name; X is the object
                if a is not None and not _in_post_phrase(view, a) and a.entity.type != "Place" \
                        and (not _prepositional(view, a) or _members_of(view, a)):
                    agent = a   # "هاجم مسلحون من تنظيم الدولة ...": the group did it
                elif a is not None and a.entity.type == "Place" and (view.next_slot(
                        a.j, types=("Person", "Organization"), max_gap=3, limit=scope_end)
                        or _state_right_after(view, i, a, etype)):
                    agent = a   # قصفت تركيا مواقع لحزب العمال، اغتالت إسرائيل، فجر الاثنين، X
            if agent is None:
                agent = _means_owner(view, i, scope_end)
        elif kind == "noun-patient" and etype == "Arrest" and _light_verb_before(view, i):
            # "قوات الأسايش ألقت القبض على"، "ألقت الشرطة القبض على": the light verb's subject
            agent = _light_verb_agent(view, i)
        elif kind == "noun":
            g = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=1, limit=scope_end)
            if g is not None and not g.clitic and not _in_post_phrase(view, g) and (
                    g.i == i + 1 or view.tokens[i + 1].norm in _TITLES):
                agent = g
            if agent is None:
                agent = _light_verb_agent(view, i)
        # "الهجوم الذي نفذه التنظيم", "برصاص X"
        marker_ids = []
        for k in range(i + 1, min(scope_end, i + 6)):
            if view.has(k, AGENT_MARKERS):
                a = view.next_slot(k + 1, types=AGENTS, max_gap=1, limit=scope_end)
                if a is None:
                    # "هجوم شنه مسلحون من جماعة X": the fighters' group
                    a = view.next_slot(k + 1, types=AGENTS, max_gap=2, limit=scope_end)
                    if a is not None and not _members_of(view, a):
                        a = None
                if a is not None and view.has(a.i - 1, TARGET_MARKERS):
                    a = None     # "عملية أطلقها ضد جماعة X": X is fought, not the one acting
                if a is not None:
                    agent = a
                elif agent is None:
                    # "بغارة نفذتها طائرة مسيرة إسرائيلية": the state the adjective names
                    marker_ids = _demonym_agent(view, k, scope_end)
                    if not marker_ids and view.tokens[k].norm in _PRONOUN_MARKERS:
                        # "أعلن الجيش مقتل 96 مسلحا في عملية أطلقها": the announcer launched it
                        agent = _announcer(view, i)
                break
        # "أعلن X تنفيذ/إطلاق/القبض ...": the announcer did it
        if agent is None and (view.has(i, ACTION_NOUNS) or view.has(i - 1, ACTION_NOUNS)):
            k = i - 1 if view.has(i - 1, ACTION_NOUNS) else i
            s = view.prev_slot(k, types=AGENTS, max_gap=3)
            if s is not None and _prepositional(view, s):
                # "أعلنت وزارة الداخلية في حكومة طالبان اعتقال ...": the ministry announces
                head = view.prev_slot(s.i, types=("Organization",), max_gap=1)
                s = head if head is not None else s
            if s is not None and _speaker(view, s) and not (
                    view.has(i, KILLING_ACTS) and _own_loss(view, i, scope_end, s)):
                agent = s
        # "أعلنت قوات X مقتل 20 مسلحا في اشتباكات": the side fighting announces its toll of the enemy
        soldiers = etype == "Killing" and kind == "noun-patient" and _soldiers_counted(view, i)
        if agent is None and etype == "Killing" and kind == "noun-patient" and any(
                view.has(k, CLASHES) for k in range(i + 1, scope_end)):
            s = view.prev_slot(i, types=("Organization", "Place"), max_gap=2)
            if s is None or not _speaker(view, s):
                s = _announcer(view, i)   # "أعلنت قوات X في ولاية Y شمال شرقي Z، السبت، مقتل ..."
            if s is not None and not soldiers:
                agent = s
            elif soldiers:
                # "أعلن الجيش مقتل 5 جنود في اشتباكات مع X": its own dead, X fought them
                agent = _clash_partner(view, i, scope_end)
        # "قال إن الجيش استعاد البلدة وأسر 17": the subject of the first verb
        if agent is None and conj_verb and not passive and (prev_event is None or not prev_event.agent):
            agent = _clause_subject(view, i)
        if agent is None and kind == "verb" and not passive:
            agent = _was_subject(view, i)
        # "أعلن X أنه قتل ..." / "قالت X إنها استهدفت ...": the pronoun is the speaker
        if agent is None and not passive and kind in ("verb", "noun"):
            sp = _speaker_pronoun(view, i)
            if sp is not None and (kind == "verb" or _means_phrase(view, i)
                                   or _light_verb_before(view, i) or _opens_with_light_verb(view, i)):
                agent = sp
        # "X حيّد 12 عنصرا في غارات جوية": the means shares the clause's subject
        if agent is None and kind == "noun" and _means_phrase(view, i):
            if prev_event is not None and prev_event.agent and \
                    view.clause_of[_trigger_index(view, prev_event)] == view.clause_of[i]:
                inherited_means = list(prev_event.agent)
            else:
                inherited_means = _demonym_agent(view, i, scope_end)
                a = None
                if not inherited_means and not _after_passive(view, i):
                    # "قُتل X بغارة ...": X is the victim, never the one striking; nor is the
                    # one the act before it in the clause fell on ("اغتالت طائرة X بضربة")
                    victims = set(prev_event.target) if prev_event is not None and \
                        view.clause_of[_trigger_index(view, prev_event)] == view.clause_of[i] else set()
                    a = view.prev_slot(i, types=("Person", "Organization"), max_gap=10,
                                       skip=lambda sl: _prepositional(view, sl) or sl.entity.id in victims)
                if a is not None and not _speaker(view, a):
                    agent = a
        else:
            inherited_means = []
        # a verb sharing its subject with the previous one: "ألقت القبض على ... وقتلت ..."
        inherited = []
        if agent is None and kind == "verb" and not passive and prev_event is not None:
            inherited = list(prev_event.agent)
        elif etype == "Meeting" and kind == "verb" and prev_event is not None and prev_event.agent \
                and i > 0 and (view.clause_of[_trigger_index(view, prev_event)] != view.clause_of[i] or (
                    conj_verb and prev_event.type == "Visit")) and (
                    agent is None or agent.i > i):
            # "زار X طشقند، حيث التقى نظيره Y": the visitor is the one who meets
            inherited = list(prev_event.agent)
        # --- target
        target = None
        if kind == "verb" and not passive:
            start = agent.j if agent is not None and agent.i > i else i + 1
            target = view.next_slot(start, types=("Person", "Organization"), max_gap=5, limit=scope_end)
            while target is not None and _modifies_previous(view, target):
                # "كتيبة الفرقان التابعة لحركة حماس": a description of the agent, not the target
                target = view.next_slot(target.j, types=("Person", "Organization"), max_gap=3,
                                        limit=scope_end)
        elif kind == "noun-patient":
            k = i + 1
            if k < len(toks) and toks[k].norm in ("على", "علي"):
                k += 1
            target = view.next_slot(k, types=("Person", "Organization"), max_gap=4, limit=scope_end,
                                    stop=CLAIM_VERBS)   # "مقتل 11 مصليا، وتبناه تنظيم X"
            if target is None:
                # "القبض على أكثر من 300 عنصر من تنظيم الدولة": the group of the ones counted
                o = view.next_slot(k, types=("Organization",), max_gap=7, limit=scope_end, stop=CLAIM_VERBS)
                target = o if o is not None and _victims_of(view, o) else None
        elif passive:
            # "قُتل القيادي X" (verb first) or "X ... قُتل"
            target = view.next_slot(i + 1, types=("Person",), max_gap=4, limit=scope_end)
            if target is None:
                target = view.prev_slot(i, types=("Person",), max_gap=3, same_clause=False)
            if target is None and i > 0 and toks[i - 1].norm in _PRONOUN_SUBJECTS:
                # "وأنه قُتل": the person the sentence is about
                target = view.prev_slot(i, types=("Person",), same_clause=False)
            if target is None:
                # "قُتل اثنان من عناصر البيشمركة": the group the victims belong to
                o = view.next_slot(i + 1, types=("Organization",), max_gap=4, limit=scope_end)
                if o is not None and _victims_of(view, o):
                    target = o
        if target is None:
            for k in range(i + 1, min(scope_end, i + 8)):
                if view.has(k, CLAIM_VERBS):
                    break
                if view.has(k, TARGET_MARKERS) and not (
                        k + 1 < len(toks) and toks[k + 1].norm == "الاقل"):   # على الأقل
                    target = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=4,
                                            limit=scope_end, stop=CLAIM_VERBS)
                    break
        if target is None and kind == "noun" and etype in ("Attack", "Strike"):
            # "تعرضت قافلة لقوة X لهجوم": what was subjected to the attack (or its owner)
            target = _subjected(view, i)
        if target is None and etype in ("Attack", "Strike"):
            # "كمين ... لقافلة للجيش المالي"، "استهدف موقعا للجيش": the owner of what was hit
            target = _owner_of_hit(view, i, scope_end)
        if target is None and kind == "noun" and etype == "Strike" and _means_phrase(view, i):
            # "حيّد 12 عنصرا من حزب العمال في غارات": the group of the ones struck
            o = view.prev_slot(i, types=("Organization",), max_gap=4)
            target = o if o is not None and _victims_of(view, o) and o is not agent else None
        if target is None and etype == "Killing" and kind == "noun-patient" and soldiers:
            # "(أعلن الجيش التشادي / هاجمت قاعدة للجيش التشادي،) مقرا بمقتل 15 جنديا": its soldiers
            target = _army_before(view, i)
        if target is None and etype in ("Arrest", "Killing"):
            # "اعتُقل ثلاثة أشخاص بينهم قائد ميداني يدعى Y"
            for k in range(i + 1, scope_end):
                if view.has(k, _AMONG):
                    target = view.next_slot(k + 1, types=("Person",), max_gap=4, limit=scope_end)
                    break
        if target is not None and (_in_post_phrase(view, target) or (
                target.entity.type == "Organization" and _prepositional(view, target))):
            person = _person_after_post(view, target)
            if person is not None:
                target = person
        if target is not None and agent is not None and target.entity.id == agent.entity.id:
            target = None
        # --- place
        place = None
        if etype == "Visit":
            for k in range(i + 1, min(scope_end, i + 14)):
                sl = view.slot_starting(k)
                if view.has(k, TO_MARKERS) or (sl and sl.clitic == "ل"):
                    place = view.next_slot(k if sl else k + 1, types=("Place",), max_gap=1)
                    if place:
                        break
            arrival = view.has(i, ARRIVALS)
            if arrival and (place is None or any(view.has(k, _NOT_A_JOURNEY) for k in range(i + 1, place.i))):
                continue   # "وصل عدد القتلى إلى 50"، "وصل إلى السلطة": an arrival is a visit only to a place
            if place is None and kind == "verb":
                # "زار وزير الداخلية المصري X مدينة العريش": past the visitor's post and name
                place = view.next_slot(i + 1, types=("Place",), max_gap=9, limit=scope_end)
            if place is not None and getattr(place.mention, "nominal", False):
                # "العاصمة الأوزبكية طشقند": the name after the nominal
                named = view.next_slot(place.j, types=("Place",), max_gap=1, limit=scope_end)
                place = named or place
        else:
            sl = view.slot_starting(i + 1)
            if sl is not None and sl.entity.type == "Place" and not sl.clitic and not (
                    agent is not None and sl is agent):
                place = sl   # هجوم تدمر (but "قصفت إسرائيل ...": the state striking is no place)
            k = i + 1
            described = None
            place_end = scope_end
            if scope_end < len(toks) and scope_end - i <= 3:
                # "قُتل في غارة شمال سوريا": the place of the means is the place of the event
                place_end = next((t for t in trigger_idx if t > scope_end), len(toks))
                while place_end > i and view.clause_of[place_end - 1] != view.clause_of[i]:
                    place_end -= 1
            while place is None and k < place_end:
                sl = view.slot_starting(k)
                if sl is not None and sl.entity.type == "Place" and (
                        sl.clitic.endswith("ب") or view.has(k - 1, PLACE_MARKERS)
                        or (etype in ("Strike", "Attack") and view.has(k - 1, _ON | TARGETING))
                        or view.has(k - 1, DIRECTIONS)
                        # "قصفت X مدينة الفاشر": a town struck or attacked, right after the agent
                        or (etype in ("Strike", "Attack") and kind == "verb" and view.has(k, _PLACE_HEAD_WORDS)
                            and (k - 1 == i or view.at.get(k - 1) is not None)) or (
                            view.has(k - 1, _PLACE_HEAD_WORDS) and (
                                view.has(k - 2, PLACE_MARKERS) or view.has(k - 2, DIRECTIONS)
                                or (etype in ("Strike", "Attack") and view.has(k - 2, _ON))
                                or view.tokens[k - 1].norm[:1] == "ب"
                                # "قصفت X مدينة الفاشر": a town struck or attacked
                                or (etype in ("Strike", "Attack") and kind == "verb"
                                    and view.at.get(k - 2) is not None)))):
                    if _describes_org(view, sl, agent):
                        described = described or sl   # only if no other place follows
                    else:
                        place = sl
                        break
                k = sl.j if sl is not None else k + 1
            place = place or described
        if place is None and etype == "Killing" and _result_cue(view, i) == "result" and any(
                view.has(k, CLASHES) for k in range(i)):
            # "اندلعت اشتباكات ... في العاصمة طرابلس ...، ما أسفر عن مقتل ستة": where they fought
            place = _place_before(view, i)
        fronted = _fronted_place(view, i)
        same_story = place is None and conj_verb and prev_event is not None and prev_event.place \
            and prev_event.evidence[0] == view.span and etype != "Meeting"
        if same_story:
            fronted = None   # "... هجوما في منطقة أفجوي، وقتلت اثنين": there, not where it was said
        if fronted is not None and (place is None or etype == "Meeting"):
            # "وفي الرياض، التقى ... لبحث التهدئة في البحر الأحمر": the meeting is in Riyadh
            place = fronted
        # --- participants
        agents = [agent] if agent is not None else []
        if agent is not None:
            agents += view.coordinated_after(agent, types=("Person", "Organization", "Place"))
        if etype in ("Meeting", "Visit"):
            agents = [a for a in agents if a.entity.type != "Place"]
        if etype == "Visit":
            # "وصل رئيس البعثة بالإنابة، الدبلوماسي X، إلى بنغازي": the office holder
            agents = [_office_holder(view, a, scope_end) for a in agents]
            if view.has(i, ARRIVALS):
                # "وصل المنتخب إلى الدوحة"، "وصلت قوات إلى القاعدة": only an official or a
                # delegation arriving pays a visit
                agents = [a for a in agents if _official(view, a) or _delegation_of(view, a)]
        if etype == "Meeting":
            if toks[i].norm.endswith(("ه", "ها")) and not agents:
                prev = view.prev_slot(i, types=("Person",), same_clause=False)
                if prev is not None:
                    agents.append(prev)
            after = max([a.j for a in agents if a.i > i] + [i + 1])
            other = view.next_slot(after, types=("Person", "Organization"), max_gap=5,
                                   limit=scope_end)
            if other is None or other.entity.type != "Person":
                # "التقى X، الأربعاء، المبعوث الأممي الخاص إلى السودان، الجزائري Y": past the post
                post = next((k for k in range(after, min(scope_end, after + 6))
                             if view.has(k, POST_WORDS) and view.at.get(k) is None), None)
                if post is not None:
                    holder = view.next_slot(post + 1, types=("Person",), max_gap=10, limit=scope_end,
                                            stop=_WITH_WORDS)
                    other = holder or other
            if other is not None and _prepositional(view, other) and _office_holder(
                    view, other, scope_end) is not other:
                # "استقبل X المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن Y": Y is met
                other = _office_holder(view, other, scope_end)
            if other is not None and not _prepositional(view, other) or (
                    other is not None and view.has(other.i - 1, _WITH)):
                if all(other.entity.id != a.entity.id for a in agents):
                    agents.append(other)
            # "استقبل X وفدا من وزارة Y برئاسة الفريق Z": the head of the delegation
            for k in range(i + 1, scope_end):
                if view.has(k, _DELEGATION_LEAD) and view.at.get(k) is None:
                    h = view.next_slot(k + 1, types=("Person",), max_gap=3, limit=scope_end)
                    if h is not None and all(h.entity.id != a.entity.id for a in agents):
                        agents.append(h)
                    break
            # "اجتمع رئيس أركان القوات البرية، الفريق X، مع ...": the office holder meets
            agents = [_office_holder(view, a, scope_end) for a in agents]
            # "... مع رئيس الأركان العامة التابعة لحكومة Y، الفريق Z": the one met
            for k in range(i + 1, scope_end):
                if toks[k].norm in _WITH_WORDS and view.at.get(k) is None:
                    o = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=1,
                                       limit=scope_end)
                    if o is None and view.has(k + 1, POST_WORDS):
                        # "مع رئيس الأركان العامة التابعة لحكومة Y، الفريق Z": the post's holder
                        o = view.next_slot(k + 1, types=("Person",), max_gap=10, limit=scope_end)
                    elif o is not None and o.entity.type == "Organization":
                        o = _office_holder(view, o, scope_end)
                    if o is not None and all(o.entity.id != a.entity.id for a in agents):
                        agents.append(o)
                    break
            target = None
        agent_ids = sorted({a.entity.id for a in agents} | set(inherited) | set(inherited_means)
                           | (set(marker_ids) if not agents else set()), key=_eid)
        if not agent_ids and etype == "Visit" and kind == "noun" and prev_event is not None \
                and prev_event.type == "Meeting" and prev_event.agent and prev_event.evidence[0] == view.span:
            # "التقى X نظيره Y، في أول زيارة لمسؤول رفيع إلى ...": X is the one visiting
            agent_ids = [prev_event.agent[0]]

        ev.agent = agent_ids
        if target is not None and target.entity.id in agent_ids:
            target = None    # "زار قائد الجيش X مدينة Y": the office holder visits, no target
        ev.target = [target.entity.id] if target is not None else []
        if target is not None:
            ev.target += [s.entity.id for s in view.coordinated_after(target, types=("Person", "Organization"))]
        ev.place = [place.entity.id] if place is not None else []
        if place is not None and etype in ACTS and getattr(place, "i", None) is not None:
            # "غارات على منطقتي قنديل وهاكورك": every place of the list
            ev.place += [s.entity.id for s in view.coordinated_after(place, types=("Place",))
                         if s.entity.id not in ev.place]
        if same_story:
            ev.place = list(prev_event.place)
        if not ev.place and etype == "Meeting" and inherited and prev_event.type == "Visit":
            ev.place = list(prev_event.place)   # "زار X طشقند، حيث التقى ...": met there
        ev.within = etype == "MilitaryOperation" and i > 0 and view.has(i - 1, _WITHIN)
        ev.date = _days_before(view, i, _date_for(view, i, scope_end, dates, trigger_idx))
        ev.date_own = ev.date is not None and _date_for(view, i, scope_end, dates, trigger_idx,
                                                        after_only=True) == ev.date
        ev.result_of = _result_cue(view, i)
        out.append(ev)
        prev_event = ev
    return out


OWN_FORCES = _n("مقاتليه مقاتليها مقاتلوه مقاتلوها مقاتليهم قواته قواتها قواتهم عناصره عناصرها "
                "وحداته وحداتها جنوده جنودها طائراته طائراتها مسلحيه مسلحيها")
_RELATIVES = _n("الذي التي الذين اللذين اللتين")
_BY_FIRE = _n("برصاص بنيران بيد بأيدي")
_PRONOUN_SUBJECTS = frozenset(norm(w) for w in "أنه وأنه إنه انه بأنه أنها وأنها إنها".split())


def _speaker(view, slot):
    """Is this slot the subject of a speech verb a few words before it (أعلن وزير الحرب X)?"""
    k = slot.i - 1
    steps = 0
    while k >= 0 and steps < 5:
        if view.has(k, SPEECH_VERBS):
            return True
        if view.at.get(k) is not None or view.tokens[k].norm in ("أن", "ان", "إن"):
            return False
        k -= 1
        steps += 1
    return False


_TITLES = frozenset(norm(w) for w in "الرئيس الملك الأمير الوزير رئيس وزير الشيخ القائد الزعيم".split())


def _eid(x):
    return int(x[1:]) if x[1:].isdigit() else 0


_DAY_COUNTS = {**{w: n for n, ws in ((1, "يوم"), (2, "يومين")) for w in _n(ws)},
               **{norm(w): n for n, w in enumerate("ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split(), 3)}}
_DAYS = _n("أيام ايام")


def _days_before(view, i, value):
    """"(اعتقال ...، أمس الأحد،) بعد يومين من تفجير": the act told after "بعد N أيام من"
    came N days before the date of the clause it hangs on."""
    toks = view.tokens
    if value is None or len(value) != 10 or i < 3 or toks[i - 1].norm != "من":
        return value
    if toks[i - 3].norm == "بعد" and toks[i - 2].norm in _DAY_COUNTS \
            and _DAY_COUNTS[toks[i - 2].norm] <= 2:
        n = _DAY_COUNTS[toks[i - 2].norm]
    elif i >= 4 and toks[i - 4].norm == "بعد" and toks[i - 2].norm in _DAYS and (
            toks[i - 3].norm in _DAY_COUNTS or toks[i - 3].norm.isdigit()):
        n = _DAY_COUNTS.get(toks[i - 3].norm) or int(toks[i - 3].norm)
    else:
        return value
    from datetime import date, timedelta
    return (date.fromisoformat(value) - timedelta(days=n)).isoformat()


_SINCE = _n("منذ")


def _after_since(toks, d):
    """Is the date right after منذ ("منذ كانون الأول الماضي": a start, not the event's date)?"""
    k = next((k for k, t in enumerate(toks) if t.end <= d.start and (k + 1 == len(toks) or toks[k + 1].start >= d.start)), None)
    return k is not None and toks[k].norm in _SINCE


def _date_for(view, i, scope_end, dates, trigger_idx, after_only=False):
    """The first date after the trigger in its scope, else the nearest before it in its clause
    (with ``after_only``, only the first)."""
    toks = view.tokens
    sent = [d for d in dates if view.sentence.start <= d.start < view.sentence.end]
    if not sent:
        return None
    scope_stop = toks[scope_end - 1].end if scope_end > i else toks[i].end
    after = [d for d in sent if toks[i].end <= d.start < scope_stop]
    since = [d for d in after if _after_since(toks, d)]
    if since and len(since) == len(after) and not after_only:
        # "أول زيارة ... منذ كانون الأول": since when, not when; the date only when nothing else
        # dates the act ("عملية المخلب المتواصلة منذ نيسان 2022")
        other = _date_for(view, i, scope_end, [d for d in dates if d not in since], trigger_idx)
        return other if other is not None else min(since, key=lambda d: d.start).value
    if after:
        return min(after, key=lambda d: d.start).value
    if after_only:
        return None
    prev_trigger = max([k for k in trigger_idx if k < i], default=None)
    lower = toks[prev_trigger].end if prev_trigger is not None else view.sentence.start
    clause_start = next((t.start for k, t in enumerate(toks)
                         if view.clause_of[k] == view.clause_of[i]), view.sentence.start)
    before = [d for d in sent if max(lower, clause_start) <= d.start < toks[i].start]
    if before:
        return max(before, key=lambda d: d.start).value
    # a fronted time adverbial ("ومنتصف الشهر الماضي، ...") covers the whole sentence
    head = toks[min(3, len(toks) - 1)].end
    fronted = [d for d in sent if d.start < head]
    if fronted:
        return fronted[0].value
    # "أعلن X، الخميس، أن ... قتلت": the date of the report is the best the text gives
    earlier = [d for d in sent if d.start < toks[i].start]
    if earlier:
        return earlier[-1].value
    return None


def merge_events(events):
    """Merge events of one type that share an argument and agree on the date."""
    merged = []
    for ev in events:
        for m in merged:
            if m.type != ev.type:
                continue
            if m.date and ev.date and not (m.date.startswith(ev.date) or ev.date.startswith(m.date)):
                continue
            if m.name and ev.name and m.name != ev.name:
                continue
            if m.agent and ev.agent and not set(m.agent) & set(ev.agent):
                continue
            shared = (set(m.place) & set(ev.place)) or (set(m.target) & set(ev.target)) or (
                m.name and m.name == ev.name)
            if ev.type in ("Meeting", "Visit"):
                shared = shared or (set(m.agent) & set(ev.agent))
            if not shared:
                continue
            for role in ("agent", "target", "place"):
                vals = getattr(m, role)
                for x in getattr(ev, role):
                    if x not in vals:
                        vals.append(x)
            if ev.date and (not m.date or len(ev.date) > len(m.date)):
                m.date = ev.date
            m.name = m.name or ev.name
            for e in ev.evidence:
                if e not in m.evidence:
                    m.evidence.append(e)
            break
        else:
            merged.append(ev)
    return merged


CLAIM_VERBS = _n("تبنى تبنت تبناه تبنته تبناها تبنتها يتبنى تتبنى تبنوا")
RESPONSIBILITY = _n("مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية مسؤولية")
CLAIMABLE = ("Attack", "Strike")
_NEGATIONS = _n("لم لا لن ولم ولا")
_ON_BEHALF = _n("باسم")


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


def _claims(view, events):
    """"وتبنى التنظيم الهجوم" / "وتبناه تنظيم X" / "أعلن X مسؤوليته عن الهجوم": X did it.

    The claimed act is the latest attack or strike told up to here (this sentence
    or the two before); its agent is set when the text gave none.
    """
    toks = view.tokens
    for i in view.positions(CLAIM_VERBS | RESPONSIBILITY):
        blamed = view.has(i, RESPONSIBILITY) and _blamed(view, i)
        if blamed:
            claimer = blamed      # "حمّلت الوزارة مسؤولية الهجوم لتنظيم X": X did it
        elif view.has(i, RESPONSIBILITY):
            # "أعلن X مسؤوليته عن ...": the one announcing
            if not (i + 1 < len(toks) and toks[i + 1].norm == "عن"):
                continue
            claimer = view.prev_slot(i, types=("Person", "Organization"), max_gap=3)
        else:
            claimer = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=3)
            if claimer is not None and claimer.i - 1 > i and not view.has(claimer.i - 1, _ON_BEHALF):
                claimer = None if claimer.i - i > 2 else claimer
            elif claimer is not None and view.has(claimer.i - 1, _ON_BEHALF):
                pass          # "وتبنى المتحدث باسم جماعة X الهجوم": the group claims
            if claimer is None or (_prepositional(view, claimer)
                                   and not view.has(claimer.i - 1, _ON_BEHALF)):
                claimer = view.prev_slot(i, types=("Person", "Organization"), max_gap=2)
        if claimer is None or (not blamed and _prepositional(view, claimer)
                               and not view.has(claimer.i - 1, _ON_BEHALF)) or any(
                toks[k].norm in _NEGATIONS for k in range(max(0, i - 3), i)):
            continue       # "لم تعلن أي جهة مسؤوليتها": no claim
        pos = toks[i].start
        cands = [ev for ev in events if ev.type in CLAIMABLE and ev.trigger_span[0] < pos
                 and pos - ev.trigger_span[0] < 400]
        # an explicit act after the verb ("تبنى التنظيم الهجوم") is that act
        after = [ev for ev in events if ev.type in CLAIMABLE and pos < ev.trigger_span[0] < view.span[1]
                 and ev.trigger_span[0] - pos < 60]
        # "وتبنى التنظيم الهجوم": the attack told before; "تتبنى X هجمات شبه يومية": new ones only
        anaphoric = not after or any(st.startswith("ال") for _, st in strip_clitics(norm(after[0].trigger)))
        claimed = after[:1] + (cands[-1:] if anaphoric else [])
        for target in claimed:
            if target.agent:
                continue
            target.agent = [claimer.entity.id]
            target.target = [x for x in target.target if x != claimer.entity.id]


def _operation_told_before(events):
    """"أعلن الحرس الثوري أنه نفذ ضربات ... وقال قائده إن العملية ستستمر": the definite
    operation with no agent is the one just told (within ~2 sentences): its agent and target;
    so is one the strikes come within ("الغارات تأتي ضمن عملية X")."""
    for n, ev in enumerate(events):
        if ev.type != "MilitaryOperation" or ev.agent or not (any(
                st.startswith("ال") for _, st in strip_clitics(norm(ev.trigger))) or ev.within):
            continue
        prior = next((c for c in events[:n][::-1] if c.type in ("Strike", "MilitaryOperation")
                      and c.agent and ev.trigger_span[0] - c.trigger_span[0] < 400), None)
        if prior is not None:
            ev.agent = list(prior.agent)
            ev.target = ev.target or list(prior.target)


_THE_DEAD = _n("القتلى الضحايا")
_CALLED = _n("يدعى ويدعى المدعو اسمه")
_BETWEEN = _n("بين ومن من")


def _among_the_dead(view, events):
    """"أن بين القتلى قياديا في التنظيم يدعى X": X is one the killing told before fell on."""
    for i in view.positions(_THE_DEAD):
        if i == 0 or not view.has(i - 1, _BETWEEN):
            continue
        named = next((k for k in range(i + 1, min(len(view.tokens), i + 9)) if view.has(k, _CALLED)), None)
        person = view.next_slot(named + 1 if named is not None else i + 1, types=("Person",), max_gap=8)
        if person is None:
            continue
        pos = view.tokens[i].start
        killing = next((ev for ev in reversed(events) if ev.type == "Killing"
                        and ev.trigger_span[0] < pos and pos - ev.trigger_span[0] < 600), None)
        if killing is not None and person.entity.id not in killing.target:
            killing.target.append(person.entity.id)


DELEGATION_WORDS = _n("وفد وفدا الوفد وفدًا")
HEADED_BY = _n("برئاسة يرأسه يترأسه بقيادة")


def _delegation_head_meets(view, events):
    """"التقى X وفدا من الحركة برئاسة Y": Y, who heads the delegation met, meets too."""
    for i in view.positions(HEADED_BY):
        pos = view.tokens[i].start
        meeting = next((ev for ev in reversed(events) if ev.type == "Meeting"
                        and view.span[0] <= ev.trigger_span[0] < pos), None)
        if meeting is None:
            continue
        t = next((k for k in range(i - 1, max(-1, i - 9), -1)
                  if view.tokens[k].start < meeting.trigger_span[0] or view.has(k, DELEGATION_WORDS)), None)
        if t is None or not view.has(t, DELEGATION_WORDS):
            continue
        head = view.next_slot(i + 1, types=("Person",), max_gap=8)
        if head is not None and head.entity.id not in meeting.agent:
            meeting.agent.append(head.entity.id)
            meeting.target = [x for x in meeting.target if x != head.entity.id]


def places_only(events, doc) -> list:
    """Keep in each event's places only the Place entities.

    The ontology's kgo:place is a Place (ontology/shapes.ttl): anything else a rule
    put there would fail the graph's SHACL check, and with it a whole build.
    """
    places = {e.id for e in doc.entities if e.type == "Place"}
    for ev in events:
        if not places.issuperset(ev.place):
            ev.place = [p for p in ev.place if p in places]
    return events


def extract_events(doc, views, dates) -> list:
    events = []
    for v in views:
        events.extend(events_in_view(v, doc.text, dates, None))
    for v in views:
        _claims(v, events)
    _inherit_from_cause(events)
    _operation_told_before(events)
    for v in views:
        _among_the_dead(v, events)
        _delegation_head_meets(v, events)
    places_only(events, doc)
    events = [ev for ev in events if (ev.agent or ev.target or ev.place or ev.name)
              and not (ev.type == "Visit" and not ev.agent)]
    return merge_events(events)
