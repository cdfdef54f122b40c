"""Joint press conferences: "وقال X في مؤتمر صحفي مشترك مع نظيره Y في Z"، "في مؤتمر صحفي
عقده مع Y": the two sides met (a meeting, where the conference was held).

``joint_conference_triggers``: the conference noun is a meeting only when held with someone
named after مع (a press conference alone, or one told as joint with no one after مع, is none).
"""
from __future__ import annotations

from kg.events.grammar import _n

CONFERENCES = _n("مؤتمر مؤتمرا المؤتمر")
PRESS = _n("صحفي صحافي صحفيا صحافيا الصحفي الصحافي")
# held together, or held by the one speaking, with the other side after مع
JOINT = _n("مشترك مشتركا المشترك عقده عقدته عقداه عقدها")
_WITH = _n("مع")


def joint_conference_triggers(view):
    """"في مؤتمر صحفي مشترك مع Y"، "في مؤتمر صحفي عقده مع Y": a meeting (a noun)."""
    out = []
    for i in view.positions(CONFERENCES):
        if view.at.get(i) is None and view.has(i + 1, PRESS) and view.has(i + 2, JOINT) \
                and view.has(i + 3, _WITH):
            out.append((i, "Meeting", "noun"))
    return out


# how many words may stand between the one speaking and the conference ("وقال X، أمس، في مؤتمر")
SPEAKER_GAP = 3


def conference_holder(r, agents):
    """"وقال X في مؤتمر صحفي مشترك مع Y": X, the one speaking at it, is a side (a step of
    kg.events.meetings.MEETING_SIDES)."""
    view = r.view
    if not view.has(r.i, CONFERENCES):
        return
    s = view.prev_slot(r.i, types=("Person",), max_gap=SPEAKER_GAP, same_clause=False)
    if s is not None and all(s.entity.id != a.entity.id for a in agents):
        agents.append(s)
