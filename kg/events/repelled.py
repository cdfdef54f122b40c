"""An attack repelled on the repeller's own positions: "أحبطت قوات الجيش هجوما شنه تنظيم X على
مواقعها"، "تصدت القوات لهجوم للمسلحين على مقراتها": the force repelling it is the one attacked
(the pronoun of its positions refers back to it). The doer of the killings that follow is read
by ``kg.events.deaths.repeller``.
"""
from __future__ import annotations

from kg.events.deaths import REPELLING_VERBS, repelling_subject
from kg.events.grammar import _n
from kg.events.reading import rule

# the repelling verb stands before the attack noun, past a time phrase or its subject ("أحبطت
# مساء الثلاثاء هجوما"، "أحبطت قوات الجيش العراقي وأبناء العشائر هجوما"), in its clause
REPELLED_REACH = 8
# "على مواقعها": the positions, bases and posts of the subject, by the pronoun
OWN_POSITIONS = _n("مواقعها مواقعه مواقعهم موقعها موقعه مقراتها مقراته مقرها مقره ثكناتها ثكنته "
                   "نقاطها نقاطه تمركزاتها تمركزاته قاعدتها قاعدته حواجزها حاجزها دورياتها دورياته "
                   "قواعدها قواعده")
_ON = _n("على")
#: how far after the attack noun its own positions may be told (past an adjective, its doer in
#: quotes and a time: "هجوما واسعا شنه تنظيم «داعش» فجر أمس على مواقعها")
POSITIONS_REACH = 12


def _repelling_verb_before(view, i):
    for k in range(i - 1, max(-1, i - 1 - REPELLED_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, REPELLING_VERBS) and view.at.get(k) is None:
            return k
    return None


def _on_own_positions(view, i):
    end = min(len(view.tokens), i + 1 + POSITIONS_REACH)
    return any(view.clause_of[k] == view.clause_of[i] and view.has(k, OWN_POSITIONS) and view.has(k - 1, _ON)
               for k in range(i + 1, end))


@rule("the force repelling an attack on its own positions",
      applies=lambda r: r.etype == "Attack" and r.kind != "verb")
def repeller_attacked(r):
    """"أحبطت قوات الجيش هجوما شنه تنظيم X على مواقعها": the subject of the verb of repelling,
    whose positions the attack was on."""
    view = r.view
    k = _repelling_verb_before(view, r.i)
    if k is None or not _on_own_positions(view, r.i):
        return None
    return repelling_subject(view, k)
