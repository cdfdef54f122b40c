"""A phone call is no meeting: "بحث ولي العهد X هاتفيا مع الرئيس Y ..."، "بحث X عبر الهاتف مع Y"
(the sides talk, nobody meets). ``call_not_meeting`` is a trigger filter (and a sense filter:
the learned stage makes no meeting of it either).
"""
from __future__ import annotations

from kg.events.grammar import _n

# by phone, by video
PHONE_WORDS = _n("هاتفيا هاتفي هاتفية الهاتفي الهاتفية الهاتف بالهاتف هاتف الفيديو بالفيديو مرئي المرئي")
# how far after the meeting word the phone may be told (past the one talking: "بحث ولي العهد
# السعودي الأمير X هاتفيا")
PHONE_REACH = 9
_PAUSES = frozenset("،,.؛;:")


def call_not_meeting(view, i, etype, kind, stem):
    """Is the meeting at ``i`` told as held by phone or video, right after it in its clause
    (before a pause)?"""
    if etype != "Meeting":
        return False
    toks = view.tokens
    for k in range(i + 1, min(len(toks), i + 1 + PHONE_REACH)):
        if toks[k].text in _PAUSES or view.clause_of[k] != view.clause_of[i]:
            return False
        if view.has(k, PHONE_WORDS) and view.at.get(k) is None:
            return True
    return False
