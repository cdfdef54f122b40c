"""Leaders named after the group: Y بقيادة X، Y برئاسة X، يقودها X.
"""
from __future__ import annotations

from kg.relations.common import ACTOR, add, against, in_pp, words

LEAD_CUES = words("بقيادة برئاسة يقودها يقوده تقوده تقودها يترأسه يترأسها يتزعمه يتزعمها تتزعمه تتزعمها")
# "X الذي تقوده Y"، "X، التي يتزعمها Y": the relative clause's antecedent is the one led
_RELATIVES = words("الذي التي")


def lead_relations(view, kb, out):
    """Y بقيادة X -> X leaderOf Y (Y: the nearest organisation before, not the one fought)."""
    for i in view.positions(LEAD_CUES):
        leader = view.next_slot(i + 1, types=ACTOR, max_gap=1)
        led = view.prev_slot(i, types=("Organization",),
                             skip=lambda s: against(view, s) or in_pp(view, s) and not _led_by_lam(s))
        if led is None and i > 0 and view.has(i - 1, _RELATIVES):
            led = view.prev_slot(i - 1, types=("Organization",), max_gap=0, same_clause=False)
        if leader and led:
            add(out, "leaderOf", leader, led, view, "lead-biqiyada")
            for extra in view.coordinated_after(leader, types=ACTOR):
                add(out, "leaderOf", extra, led, view, "lead-biqiyada")


def _led_by_lam(slot):
    """"طائرة تابعة للجيش الوطني بقيادة X": a group after ل is still the one led (a group after
    من or في is not: "وفد من الحركة بقيادة X" is led by X, the group is not)."""
    return slot.clitic in ("ل", "لل")
