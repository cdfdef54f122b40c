"""Acts told under a condition are no events.

"لو أن الجيش شن غارات على المدينة لسقط مئات القتلى"، "إذا فشل الاتفاق فإن الحركة سترد بهجوم على
العاصمة"، "في حال حاولت الطائرات القيام بالقصف": the wire and the opinion pages weigh what would
happen if something else did. ``conditional`` is a trigger filter (and a sense filter: the
learned stage makes no event of it either).

The act stands after a particle of condition (لو، لولا، إذا، في حال) in its sentence, in the
condition or in its answer (a comma between: "إذا ...، فإن ..."), a few words after it. Not
"ما إذا" (whether: "التحقق مما إذا كان الهجوم ..." asks about an act that took place) nor the
"إذا" of surprise, right before a word with ب ("فإذا بمسلحين يهاجمون": it happened).
"""
from __future__ import annotations

from kg.events.grammar import _n

# the particles of condition (their clitic forms are read through view.has: ولو، فإذا، وإذا)
IF = _n("لو لولا إذا اذا")
# "في حال حاولت": the noun of case only after في
CASE = _n("حال")
_IN = _n("في وفي")
# "مما إذا كان"، "عما إذا": whether, no condition
_WHETHER = _n("ما مما عما فيما")
#: how far after the particle the act may stand, in its sentence (past the condition's own words
#: to the answer's: "إذا فشل الاتفاق في الكونجرس، فإن الولايات المتحدة ستهاجم إيران، وحزب الله
#: سيرد بهجوم")
REACH = 24
_PAUSES = frozenset(".؟!؛;:")


def _particle(view, k):
    """Is a particle of condition at ``k`` (not "ما إذا", not the إذا of surprise)?"""
    toks = view.tokens
    if view.has(k, CASE):
        return toks[k].norm in CASE and k > 0 and view.has(k - 1, _IN) and toks[k - 1].norm in _IN
    if not view.has(k, IF) or k > 0 and toks[k - 1].norm in _WHETHER:
        return False
    return not (k + 1 < len(toks) and toks[k + 1].norm.startswith("ب"))


def conditional(view, i, etype, kind, stem):
    """Does the act at ``i`` stand a few words after a particle of condition, in its sentence
    with no full pause between?"""
    toks = view.tokens
    for k in range(i - 1, max(-1, i - 1 - REACH), -1):
        if toks[k].text in _PAUSES:
            return False
        if view.at.get(k) is None and _particle(view, k):
            return True
    return False
