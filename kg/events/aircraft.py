"""Strikes told by the aircraft that flew them.

- "استهدفت طائرات التحالف مواقع ..."، "واستهدف طيران الجيش تجمعات ...": aircraft taking
  aim is a strike (``aircraft_triggers``);
- "غارة جوية لطيران التحالف"، "ضربات طيران التحالف"، "وقصف طيران التحالف، الخميس، ..."،
  "واصلت مقاتلات الجيش غاراتها": the force whose aircraft struck is the agent
  (``aircraft_force``, an agent rule).
"""
from __future__ import annotations

from kg.events.grammar import _Handle, _kb, _n
from kg.events.reading import rule

# the aircraft a force strikes with (its name follows as a genitive: طيران التحالف)
AIRCRAFT = _n("طيران الطيران طائرات الطائرات مقاتلات المقاتلات طائرة الطائرة مروحيات المروحيات "
              "مقاتلة المقاتلة قاذفات القاذفات")
# a word of the aircraft's kind between it and the force: "المقاتلات الحربية لـ..." no, but
# "الطائرات الحربية الروسية"? an adjective, no name; "طائرات حربية التحالف" is no Arabic
AIRCRAFT_KINDS = _n("الحربية الحربي حربية حربي المقاتلة")
# taking aim: a strike when aircraft are its subject
TAKING_AIM = _n("استهدف استهدفت يستهدف تستهدف استهدفا")
# destroying: a strike too when aircraft are its subject ("دمرت مقاتلات الجيش 11 هدفا"، "أن
# مقاتلاته دمرت مخابئ ...")
DESTROYING = _n("دمر دمرت دمروا يدمر تدمر")
# aircraft with the pronoun of their force, who is the one speaking ("أعلن الجيش X أن مقاتلاته
# دمرت ...")
OWN_AIRCRAFT = _n("مقاتلاته مقاتلاتها طائراته طائراتها طيرانه طيرانها مروحياته مروحياتها قاذفاته قاذفاتها")
SPEAKING = _n("أعلن أعلنت قال قالت ذكر ذكرت أكد أكدت أفاد أفادت أوضح أوضحت")
# how far before the aircraft the speaker may be named ("أعلن الجيش X، في بيان، أن مقاتلاته")
SPEAKER_REACH = 10
# where the aircraft word may stand after the trigger ("غارة جوية لطيران التحالف": two words)
AFTER_REACH = 3
# and before it, in the trigger's clause ("واصلت طائرات التحالف غاراتها"، "وقامت ثلاث مقاتلات
# إف-16 من سلاح الجو X بقصف")
BEFORE_REACH = 9
# how far before a verb of taking aim its aircraft subject may stand ("الطائرات الحربية استهدفت")
SUBJECT_REACH = 4
_STRIKE_TYPES = ("Strike",)


# "طائرات حربية تابعة لسلاح الجو X": the force owning the aircraft, after ل
OWNED_BY = _n("تابعة التابعة تابع التابع")
# a model named after the aircraft ("ثلاث مقاتلات إف-16 من سلاح الجو X"): skipped
MODEL_WORDS = _n("إف اف أف ف")
# how many tokens a model name may take
MODEL_REACH = 4
_FROM = _n("من")


def _state_of_adjective(view, m):
    """"الطائرات الروسية"، "مقاتلات أمريكية": the forces of the state the adjective at token
    ``m`` names, or the state when they are not named, as a handle, when the article names it."""
    by_kb = getattr(view, "doc_entities_by_kb", None)
    if not by_kb or m >= len(view.tokens) or view.at.get(m) is not None:
        return None
    kb = _kb()
    key = kb.demonym(view.tokens[m].norm)
    if not key:
        return None
    # the state's forces fly its aircraft: they when the article names them, else the state
    ent = by_kb.get(kb.forces_of(key) or f"{key}-forces") or by_kb.get(key)
    return _Handle(ent) if ent is not None and ent.type in ("Place", "Organization") else None


def _force_flying(view, k):
    """The organisation or state named right after the aircraft word at ``k`` as its
    genitive, with no clitic ("طيران التحالف"، "مقاتلات الجيش السوري"), or after من
    past a model ("مقاتلات إف-16 من سلاح الجو X"), or after تابعة لـ ("طائرات حربية تابعة
    لسلاح الجو X"), else None."""
    toks = view.tokens
    m = k + 1
    if view.has(m, AIRCRAFT_KINDS) and view.at.get(m) is None:
        m += 1
    state = _state_of_adjective(view, m)
    if state is not None:
        return state      # "قصفت الطائرات الروسية ..." in an article that names Russia
    start = m
    while m < len(toks) and m - start < MODEL_REACH and view.at.get(m) is None and (
            view.has(m, MODEL_WORDS) or not toks[m].norm.isalpha()):
        m += 1
    if view.has(m, _FROM) and view.at.get(m) is None:
        m += 1
    owned = view.has(m, OWNED_BY) and view.at.get(m) is None
    if owned:
        m += 1            # "طائرات حربية تابعة لسلاح الجو الروسي": the owner, after ل
    s = view.slot_starting(m)
    if s is None or (s.clitic if not owned else s.clitic not in ("ل", "لل")):
        return None
    e = s.entity
    if e.type == "Organization" or (e.type == "Place" and e.subtype == "Country"):
        return s
    return None


def _aircraft_at(view, k):
    return (view.has(k, AIRCRAFT) or view.has(k, OWN_AIRCRAFT)) and view.at.get(k) is None


def _speaker_owning(view, k):
    """The force or state that says its own aircraft (at ``k``) struck: the organisation or
    country named right after a verb of speech a few words before ("أعلن الجيش X أن
    مقاتلاته ..."), else None."""
    s = view.prev_slot(k, types=("Organization", "Place"), same_clause=False)
    if s is not None and s.i > 0 and "(" in (view.tokens[s.i - 1].text, view.tokens[s.i].text):
        # "أعلنت بعثة الاتحاد الأفريقي (أميصوم) أن قواتها": the name before its short form
        k0 = s.i - 1 if view.tokens[s.i - 1].text == "(" else s.i
        s = view.prev_slot(k0, types=("Organization", "Place"), same_clause=False, max_gap=0) or s
    if s is None or k - s.j > SPEAKER_REACH or s.i == 0 or not view.has(s.i - 1, SPEAKING) or s.clitic:
        return None
    return s if s.entity.type == "Organization" or s.entity.subtype == "Country" else None


def _aircraft_before(view, i):
    """Are aircraft the subject right before the verb at ``i``, with only their adjectives
    and their force's name between ("الطائرات الحربية استهدفت"، "طائرات التحالف العربي
    استهدفت")?"""
    k = i - 1
    while k >= 0 and i - k <= SUBJECT_REACH:
        if _aircraft_at(view, k):
            return True
        s = view.at.get(k)
        if s is not None:
            k = s.i - 1
            continue
        if not view.tokens[k].norm.startswith("ال"):
            return False
        k -= 1
    return False


def aircraft_triggers(view):
    """"استهدفت طائرات التحالف مواقع ..."، "الطائرات الحربية استهدفت ..."، "دمرت مقاتلات الجيش
    ...": a verb of taking aim or destroying whose subject is aircraft is a strike (the weapon
    rules read "استهدف ... بصاروخ")."""
    out = []
    for i in view.positions(TAKING_AIM):
        if view.at.get(i) is None and (_aircraft_at(view, i + 1) or _aircraft_before(view, i)):
            out.append((i, "Strike", "verb"))
    for i in view.positions(DESTROYING):
        if view.at.get(i) is None and (_aircraft_at(view, i + 1) or _aircraft_before(view, i)):
            out.append((i, "Strike", "verb"))
    return out


def aircraft_force(view, i, scope_end):
    """The force whose aircraft are told right after the strike word at ``i`` ("غارة جوية
    لطيران التحالف"، "قصف طيران الجيش") or a few words before it in its clause ("شنت مقاتلات
    التحالف 44 غارة"), else None."""
    toks = view.tokens
    for k in range(i + 1, min(scope_end, i + 1 + AFTER_REACH, len(toks))):
        if view.at.get(k) is not None:
            break
        if _aircraft_at(view, k):
            return _speaker_owning(view, k) if view.has(k, OWN_AIRCRAFT) else _force_flying(view, k)
    c = view.clause_of[i]
    for k in range(i - 1, max(-1, i - 1 - BEFORE_REACH), -1):
        if view.clause_of[k] != c:
            break
        if _aircraft_at(view, k):
            return _speaker_owning(view, k) if view.has(k, OWN_AIRCRAFT) else _force_flying(view, k)
    return None


@rule("force whose aircraft struck", applies=lambda r: r.etype in _STRIKE_TYPES, overrides=True)
def force_of_aircraft(r):
    """"غارة جوية لطيران التحالف"، "استهدفت طائرات التحالف ..."، "وقصف طيران الجيش، الخميس،
    ...": the force flying the aircraft did it (stronger than a name the other rules read
    around the act)."""
    return aircraft_force(r.view, r.i, r.scope_end)


# guns, armour and boats a state's forces strike with, named by the state's adjective
# ("قصفت المدفعية التركية ..."، "الزوارق الحربية الإسرائيلية أطلقت ...")
GUNS = _n("المدفعية مدفعية الدبابات دبابات الزوارق زوارق البوارج بوارج المدرعات مدرعات الراجمات راجمات")
_ARMS = GUNS | AIRCRAFT


def _arms_named_by_state(view, k):
    """The state (or its forces) whose arms are named at token ``k`` by its adjective, past a
    word of their kind ("الزوارق الحربية الإسرائيلية"), else None."""
    if not view.has(k, _ARMS) or view.at.get(k) is not None:
        return None
    m = k + 1
    if view.has(m, AIRCRAFT_KINDS) and view.at.get(m) is None:
        m += 1
    return _state_of_adjective(view, m)


@rule("state whose guns struck, named by its adjective",
      applies=lambda r: r.etype in ("Strike", "Attack") and r.active_verb)
def state_of_the_guns(r):
    """"قصفت المدفعية التركية مواقع ..." / "المدفعية التركية قصفت ...", in an article that names
    Turkey: Turkey (or its army when named) struck; the arms right after the verb or a few
    words before it."""
    view, i = r.view, r.i
    found = _arms_named_by_state(view, i + 1)
    k = i - 1
    while found is None and k >= 0 and i - k <= SUBJECT_REACH and view.clause_of[k] == view.clause_of[i]:
        found = _arms_named_by_state(view, k)
        k -= 1
    return found


# the kind of strike between the act and the state's adjective ("غارة جوية روسية"، "الغارات الجوية التركية")
STRIKE_KINDS = _n("جوية جوي صاروخية صاروخي مدفعية مدفعي الجوية الجوي الصاروخية الصاروخي")


@rule("state named by the adjective of its strikes", applies=lambda r: r.etype == "Strike" and r.kind == "noun")
def state_of_the_strikes(r):
    """"جراء غارات روسية على مدينة X"، "استهدفت غارات جوية روسية ...", in an article that names
    Russia: Russia (or its forces when named) struck."""
    view, m = r.view, r.i + 1
    if view.has(m, STRIKE_KINDS) and view.at.get(m) is None:
        m += 1
    return _state_of_adjective(view, m)

