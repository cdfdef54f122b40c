"""Agents named by an anaphor: "the latter" (الأخير/الأخيرة) stands for the one named last.

"شنت جماعة X هجوما على مواقع الجيش Y، ورد الأخير بقصف مواقعها": الأخير is the army Y,
the last person or group named before it; as the subject of the act (right after its
verb, or of the verb a means phrase serves: "ورد الأخير بقصف") it is the act's agent.
"""
from __future__ import annotations

from kg.events.grammar import _n
from kg.events.reading import rule

THE_LATTER = _n("الأخير الأخيرة الاخير الاخيرة")
# how many words before the act the anaphor may stand ("ورد الأخير بقصف"، "وقام الأخير باعتقال")
BEFORE_REACH = 3


def _subject_anaphor(view, k):
    """Is token ``k`` الأخير standing alone as a subject, after a verb ("ورد الأخير")? Not
    an adjective after a definite noun ("الهجوم الأخير"، "الساعات الأخيرة": the latest)."""
    toks = view.tokens
    return 0 < k < len(toks) and toks[k].norm in THE_LATTER and view.at.get(k) is None \
        and toks[k - 1].norm.isalpha() and not toks[k - 1].norm.startswith(("ال", "وال", "بال", "لل"))


def _latter_at(view, i, kind):
    """The token of the anaphor that is the subject of the act at ``i``, else None."""
    if not view.positions(THE_LATTER):
        return None       # no anaphor in the sentence (a set lookup)
    if kind == "verb" and _subject_anaphor(view, i + 1):
        return i + 1
    for k in range(i - 1, max(-1, i - 1 - BEFORE_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if _subject_anaphor(view, k):
            return k
    return None


def the_latter(view, k):
    """The person or group named last before the anaphor at ``k`` (in its sentence)."""
    return view.prev_slot(k, types=("Person", "Organization"), same_clause=False)


@rule("the one named last, for الأخير", applies=lambda r: not r.passive, overrides=True)
def latter_agent(r):
    """"ورد الأخير بقصف مواقعها"، "واعتقل الأخير ثلاثة": the one الأخير stands for did it."""
    k = _latter_at(r.view, r.i, r.kind)
    return the_latter(r.view, k) if k is not None else None
