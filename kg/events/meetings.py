"""Meetings and visits: the destination of a visit (``VISIT_PLACE_RULES``: "إلى X"),
who visits (the office holder, an official or a delegation), and the sides of a
meeting (``MEETING_SIDES``: the one met, "مع X", the head of a delegation).
"""
from __future__ import annotations

from kg.events.conferences import conference_holder
from kg.events.grammar import (
    POST_WORDS, _WITH, _WITH_WORDS, _delegation_of, _n, _office_holder, _official,
    _prepositional, past_time_aside,
)
from kg.events.places import TO_MARKERS, during_the_visit_before
from kg.events.reading import rule
from kg.events.receptions import guest_past_where_and_when, reception_noun_sides
from kg.events.visits import SETTLING, journey_destination, place_left, place_settled, place_toured


# arrival verbs are visits only with a destination place after إلى
ARRIVALS = _n("وصل وصلت وصول")


_NOT_A_JOURNEY = _n("عدد حصيلة نسبة قيمة السلطة الحكم مستوى حد")


_DELEGATION_LEAD = _n("برئاسة يرأسه يترأسه")
DELEGATIONS = _n("وفد وفدا الوفد وفود")


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


# --- the place of a visit: its destination

def _visit(r):
    return r.etype == "Visit"


# an envoy's post names the country he is sent to ("المبعوث الأممي الخاص إلى اليمن")
ENVOYS = _n("المبعوث مبعوث المبعوثة مبعوثة الموفد موفد الموفدة موفدة المندوب مندوب المنسق منسق "
            "السفير سفير السفيرة سفيرة")
# how many words of the envoy's kind may stand between the envoy and إلى ("الأممي الخاص")
ENVOY_REACH = 3


def _envoy_post(view, k):
    """Is the إلى at ``k`` part of an envoy's post ("المبعوث الأممي الخاص إلى اليمن"), not
    where a visit went?"""
    for j in range(k - 1, max(-1, k - 1 - ENVOY_REACH), -1):
        if view.at.get(j) is not None:
            return False          # a name between: "المبعوث X إلى القاهرة" went to Cairo
        if view.has(j, ENVOYS):
            return True
    return False


@rule("destination after إلى", applies=_visit)
def destination(r):
    """"زار X ... إلى الدوحة"، "وصل إلى بنغازي"، "زيارة لموسكو": the place after إلى or لـ
    (past the country of an envoy's post: "وصل المبعوث الخاص إلى اليمن X إلى الرياض")."""
    view, i = r.view, r.i
    posted = None
    # (counted past the visitor named after the noun: "زيارة ولي العهد ... وزير الدفاع الأمير X إلى Y")
    start = r.agent.j if r.agent is not None and getattr(r.agent, "i", -1) > i else i + 1
    for k in range(i + 1, min(r.scope_end, start + 13)):
        sl = view.slot_starting(k)
        if view.has(k, TO_MARKERS) or (sl and sl.clitic == "ل"):
            place = view.next_slot(k if sl else k + 1, types=("Place",), max_gap=1)
            if place and view.has(k, TO_MARKERS) and _envoy_post(view, k):
                posted = posted or place
            elif place:
                return place
    return posted


@rule("an arrival nowhere is no visit", applies=lambda r: _visit(r) and r.view.has(r.i, ARRIVALS),
      overrides=True)
def arrival_nowhere(r):
    """"وصل عدد القتلى إلى 50"، "وصل إلى السلطة": an arrival is a visit only to a place."""
    view, place = r.view, r.place
    if place is None or any(view.has(k, _NOT_A_JOURNEY) for k in range(r.i + 1, place.i)):
        r.drop = True
    return None


@rule("place visited after the visitor",
      applies=lambda r: _visit(r) and r.kind == "verb" and not r.view.has(r.i, SETTLING))
def place_after_visitor(r):
    """"زار وزير الداخلية المصري X مدينة العريش": past the visitor's post and name."""
    return r.view.next_slot(r.i + 1, types=("Place",), max_gap=9, limit=r.scope_end)


@rule("the name after a nominal place", applies=_visit, overrides=True)
def named_destination(r):
    """"العاصمة الأوزبكية طشقند": the name after the nominal."""
    place = r.place
    if place is not None and getattr(place.mention, "nominal", False):
        return r.view.next_slot(place.j, types=("Place",), max_gap=1, limit=r.scope_end)
    return None


VISIT_PLACE_RULES = (place_settled, place_toured, place_left, destination, journey_destination, arrival_nowhere, place_after_visitor,
                     named_destination)


# --- who takes part in a visit or a meeting

def visitors(r, agents):
    """"وصل رئيس البعثة بالإنابة، الدبلوماسي X، إلى بنغازي": the office holder; "وصل
    المنتخب إلى الدوحة"، "وصلت قوات إلى القاعدة": only an official or a delegation
    arriving pays a visit."""
    view = r.view
    agents = [_office_holder(view, a, r.scope_end) for a in agents]
    if view.has(r.i, ARRIVALS):
        agents = [a for a in agents if _official(view, a) or _delegation_of(view, a)]
        _fellow_arrival(r, agents)
    return agents


def _fellow_arrival(r, agents):
    """"وصل وفد من حركة X برئاسة Y إلى القاهرة"، "وصل رئيس الوزراء X وقائد الجيش Y إلى Z":
    a person named after the arrival verb and before where it went arrives too (an arrival
    has no one it falls on)."""
    t = r.target
    if t is None or not agents or t.entity.type != "Person" or getattr(t, "i", -1) <= r.i:
        return
    dest = r.view.next_slot(t.j, types=("Place",), max_gap=3, limit=r.scope_end)
    if dest is not None and dest.i > t.i:
        _add(agents, t)
        r.target = None


def _add(agents, s):
    if s is not None and all(s.entity.id != a.entity.id for a in agents):
        agents.append(s)


def _met_by_pronoun(r, agents):
    """"لقائه بـ X": the person the sentence is about, when no one else meets."""
    if r.toks[r.i].norm.endswith(("ه", "ها")) and not agents:
        prev = r.view.prev_slot(r.i, types=("Person",), same_clause=False)
        if prev is not None:
            agents.append(prev)


#: how long a time and place told between commas after the host may be ("التقى X، اليوم في مقر
#: الحكومة اليمنية المؤقت بالرياض، Y")
WHEN_AND_WHERE_REACH = 10


def _the_one_met(r, agents):
    """The object of التقى/استقبل: "التقى X، الأربعاء، المبعوث الأممي الخاص إلى السودان،
    الجزائري Y" (past the post); "استقبل X المبعوث الخاص للأمين العام للأمم المتحدة إلى
    اليمن Y" (Y is met)."""
    view, scope_end = r.view, r.scope_end
    after = max([a.j for a in agents if a.i > r.i] + [r.i + 1])
    after = past_time_aside(view, r.dates, after, scope_end, reach=WHEN_AND_WHERE_REACH) or after
    other = view.next_slot(after, types=("Person", "Organization"), max_gap=5, limit=scope_end)
    if other is None or other.entity.type != "Person":
        post = next((k for k in range(after, min(scope_end, after + 6))
                     if view.has(k, POST_WORDS) and view.at.get(k) is None), None)
        if post is not None:
            holder = view.next_slot(post + 1, types=("Person",), max_gap=10, limit=scope_end,
                                    stop=_WITH_WORDS)
            other = holder or other
    if other is not None and _prepositional(view, other) and _office_holder(
            view, other, scope_end) is not other:
        other = _office_holder(view, other, scope_end)
    if other is not None and not _prepositional(view, other) or (
            other is not None and view.has(other.i - 1, _WITH)):
        _add(agents, other)


def _delegation_head(r, agents):
    """"استقبل X وفدا من وزارة Y برئاسة الفريق Z": the head of the delegation."""
    view = r.view
    for k in range(r.i + 1, r.scope_end):
        if view.has(k, _DELEGATION_LEAD) and view.at.get(k) is None:
            _add(agents, view.next_slot(k + 1, types=("Person",), max_gap=3, limit=r.scope_end))
            break


def _delegation_met(r, agents):
    """"التقى X وفدا من حركة Y"، "بحث X مع وفد من الاتحاد الأوروبي": the body whose
    delegation was met, when no head of the delegation is named (then he is the side)."""
    view = r.view
    if any(view.has(k, _DELEGATION_LEAD) for k in range(r.i + 1, r.scope_end)):
        return
    for k in range(r.i + 1, min(r.scope_end, r.i + 16)):
        if view.has(k, DELEGATIONS) and view.at.get(k) is None:
            o = view.next_slot(k + 1, types=("Organization", "Place"), max_gap=1, limit=r.scope_end)
            if o is not None and _delegation_of(view, o) and (
                    o.entity.type == "Organization" or o.entity.subtype == "Country"):
                _add(agents, o)
            return


def _office_holders(r, agents):
    """"اجتمع رئيس أركان القوات البرية، الفريق X، مع ...": the office holder meets."""
    agents[:] = [_office_holder(r.view, a, r.scope_end) for a in agents]


# the one met named as the other's counterpart: "مع نظيره الألماني X"
COUNTERPARTS = _n("نظيره نظيرته نظيريه نظرائه")


def _met_with(r, agents):
    """"... مع X"، "... مع رئيس الأركان العامة التابعة لحكومة Y، الفريق Z"، "بعد اجتماع للمرة
    الثالثة هذا الشهر، مع نظيره الألماني X": the one met."""
    view, toks, scope_end = r.view, r.toks, r.scope_end
    for k in range(r.i + 1, scope_end):
        if toks[k].norm in _WITH_WORDS and view.at.get(k) is None:
            o = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=1, limit=scope_end)
            if o is None and view.has(k + 1, POST_WORDS | COUNTERPARTS):
                o = view.next_slot(k + 1, types=("Person",), max_gap=10, limit=scope_end)
            elif o is not None and o.entity.type == "Organization":
                o = _office_holder(view, o, scope_end)
            _add(agents, o)
            break


GATHERED = _n("ضم ضمت جمع جمعت حضره حضرها شارك وشارك")


def _gathered(r, agents):
    """"اجتماعا ضم رئيس الحركة X ونائبه Y ونائب الأمين العام Z": everyone the meeting brought
    together, past the posts between the names (to the end of the clause)."""
    view, i = r.view, r.i
    k = next((k for k in range(i + 1, min(r.scope_end, i + 4)) if view.has(k, GATHERED)), None)
    if k is None:
        return
    end = k + 1
    while end < len(view.tokens) and view.clause_of[end] == view.clause_of[i]:
        end += 1
    for sl in view.slots:
        if k < sl.i < end and sl.entity.type == "Person":
            _add(agents, sl)


# posts that open one more side of a meeting after و: "ومدير أمن المحافظة Y"، "ونائبه Y"
JOINED_POSTS = POST_WORDS | _n("مدير نائب نائبه أمين عضو مستشار")


def _met_with_several(r, agents):
    """"اجتماعا مع محافظ عدن X ومدير أمن المحافظة Y": each one joined after مع by و and a post."""
    view, toks = r.view, r.toks
    k = next((k for k in range(r.i + 1, r.scope_end)
              if toks[k].norm in _WITH_WORDS and view.at.get(k) is None), None)
    if k is None:
        return
    for m in range(k + 2, r.scope_end):
        if toks[m].norm[:1] == "و" and view.at.get(m) is None and view.has(m, JOINED_POSTS):
            _add(agents, view.next_slot(m + 1, types=("Person",), max_gap=6, limit=r.scope_end))


def _visitor_during_the_visit(r, agents):
    """"وصل X إلى Y في زيارة يجري خلالها مباحثات مع Z": X, the visitor, is a side of the talks
    held during the visit told just before in the sentence."""
    view, prev = r.view, r.prev_event
    if not during_the_visit_before(r) or not prev.agent:
        return
    for eid in prev.agent:
        _add(agents, next((s for s in view.slots if s.entity.id == eid and s.entity.type == "Person"), None))


# the sides of a meeting, each step adding to (or replacing) the list of agents in turn
MEETING_SIDES = (_visitor_during_the_visit, _met_by_pronoun, _the_one_met, guest_past_where_and_when, _delegation_head, _delegation_met, _office_holders, _met_with,
                 _met_with_several, _gathered, conference_holder, reception_noun_sides)

# "لبحث «إدارة المناطق المحررة»"، "حول مستقبل X": what a meeting is about, no side of it (a
# purpose: لبحث، لمناقشة، حول، بشأن; or a word of discussing before a quote)
TOPIC_PURPOSES = _n("لبحث لمناقشة حول بشأن لبحثه")
TOPIC_WORDS = TOPIC_PURPOSES | _n("بحث وبحث مناقشة تناول تناولت")
_QUOTES = frozenset("«»\"“”'")


def _topic(view, s, trigger):
    """Is the slot ``s`` what the meeting is about (right after لبحث/حول, or a word of
    discussing and a quote), not a side of it?"""
    k = s.i - 1
    quoted = False
    while k >= 0 and view.tokens[k].text in _QUOTES:
        k -= 1
        quoted = True
    if k < 0 or k == trigger or view.at.get(k) is not None:
        return False
    return view.has(k, TOPIC_PURPOSES) or (quoted and view.has(k, TOPIC_WORDS))


def meeting_sides(r, agents):
    agents = list(agents)
    for step in MEETING_SIDES:
        step(r, agents)
    return [a for a in agents if getattr(a, "i", None) is None or not _topic(r.view, a, r.i)]
