"""Talks told as a round of them: "عقد X جولة جديدة من المحادثات مع Y"، "جولة ثانية من
المفاوضات": a meeting (the definite noun alone may be any talks spoken of: "فشل المحادثات")."""
from __future__ import annotations

from kg.events.grammar import _n

# the talks, definite after من ("جولة من المحادثات")
DEFINITE_TALKS = _n("المحادثات المباحثات المفاوضات")
ROUNDS = _n("جولة جولات")
_OF = _n("من")
# how many words may stand between the round and من ("جولة جديدة من"، "الجولة الثانية من")
ROUND_GAP = 2


def round_of_talks_triggers(view):
    """"عقد X جولة جديدة من المحادثات مع Y": the talks of the round are a meeting."""
    out = []
    for i in view.positions(DEFINITE_TALKS):
        if view.at.get(i) is not None or i < 2 or not view.has(i - 1, _OF):
            continue
        if any(view.has(k, ROUNDS) and view.at.get(k) is None for k in range(max(0, i - 2 - ROUND_GAP), i - 1)):
            out.append((i, "Meeting", "noun"))
    return out
