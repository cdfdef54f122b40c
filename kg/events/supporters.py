"""Forces that fought beside the agent: "شنت قوات X بمساندة طيران Y هجوما"، "أطلقت القوات
X، بدعم من طائرات حلف Y، عملية"، "بالتعاون مع الجيش Y". Each force named after a word of
support is an agent of the act too (``supporters``, called by kg.events.agents.participants).
"""
from __future__ import annotations

from kg.events.grammar import _n

# words of support; the force follows, after من / مع / ب and the arm it lent
SUPPORT_WORDS = _n("بمساندة وبمساندة بإسناد وبإسناد بدعم وبدعم بمشاركة وبمشاركة بالتعاون وبالتعاون بمساعدة وبمساعدة "
                   "بالاشتراك وبالاشتراك مدعومة مدعوما مدعومين مدعومتين بغطاء وبغطاء")
# what may stand between the word of support and the force's name
SUPPORT_LINKS = _n("من مع جوي جوية ب طيران الطيران طائرات مقاتلات مروحيات قوات وحدات مدفعية "
                   "بطيران بطائرات بمقاتلات بمروحيات بقوات")
# how many such words may stand there ("بدعم جوي من طائرات X": three)
LINK_REACH = 3
# how far before the trigger the word may stand ("شنت قوات X بمساندة طيران Y، فجر أمس، هجوما")
BEFORE_REACH = 12
# and after it ("هاجمت قوات X، بمساندة Y، مواقع ...")
AFTER_REACH = 6
SUPPORTED_ACTS = ("Attack", "Strike", "MilitaryOperation", "Killing", "Arrest")
# "قام بدعم X": the verbal noun of a light verb is what someone did, no support of the act
DOING = _n("قام قامت قاموا يقوم تقوم يقومون")
_FORCES = ("Organization", "Place")


def _force_after(view, k):
    """The force named after the word of support at token ``k``, past at most LINK_REACH words
    of SUPPORT_LINKS, or None."""
    m = k + 1
    while m < len(view.tokens) and m - k <= LINK_REACH + 1:
        s = view.slot_starting(m)
        if s is not None:
            e = s.entity
            ok = e.type == "Organization" or (e.type == "Place" and e.subtype == "Country")
            return s if ok and not (s.clitic and s.clitic not in ("ب", "وب")) else None
        if not view.has(m, SUPPORT_LINKS):
            return None
        m += 1
    return None


def supporters(r, agent_slots) -> list:
    """The forces told as supporting the act at ``r.i`` of a named agent: after a word of
    support between the agent (or a few words before the trigger) and a few words after it,
    with no other trigger between."""
    if r.etype not in SUPPORTED_ACTS or not agent_slots:
        return []      # support is told of a named doer ("نفذه الجانبان" after it is not read here)
    view, i = r.view, r.i
    start = max(0, i - BEFORE_REACH)
    for a in agent_slots:
        if 0 <= getattr(a, "i", -1) < i:
            start = max(start, a.j)
    end = min(len(view.tokens), i + AFTER_REACH, r.scope_end + AFTER_REACH)
    before = [t for t in r.trigger_idx if t < i]
    after = [t for t in r.trigger_idx if t > i]
    if before:
        start = max(start, before[-1] + 1)
    if after:
        end = min(end, after[0])
    have = {a.entity.id for a in agent_slots}
    out = []
    for k in view.positions(SUPPORT_WORDS):
        if start <= k < end and view.at.get(k) is None and not view.has(k - 1, DOING):
            s = _force_after(view, k)
            if s is not None and s.entity.id not in have:
                out.append(s)
                have.add(s.entity.id)
    return out
