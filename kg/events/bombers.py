"""The group of the one who carried the bomb: "بانفجار سيارة مفخخة يقودها انتحاري من تنظيم
X"، "في تفجير نفذه انتحاري ينتمي إلى جماعة X": the group is the doer of the bombing (an agent
rule, ``bomber_group``, in kg.events.agents.AGENT_RULES).
"""
from __future__ import annotations

from kg.events.grammar import FIGHTERS, _n
from kg.events.reading import rule

# the one who carried or drove the bomb
BOMBERS = _n("انتحاري انتحارية انتحاريا انتحاريون انتحاريين انتحاريان انتحاريتين انتحاريتان")
# what ties the bomber to the group: "من X"، "ينتمي إلى X"، "تابع لـ X"
OF_GROUP = _n("من")
BELONGING = _n("ينتمي تنتمي ينتميان ينتمون")
_TO = _n("إلى الى")
# how far past the trigger the bomber may be named ("بانفجار سيارة مفخخة يقودها انتحاري")
BOMBER_REACH = 8
BOMBINGS = ("Attack", "Killing")


def _group_of_bomber(view, k):
    """The organisation the bomber at token ``k`` is said to be of, else None."""
    m = k + 1
    if view.has(m, BELONGING) and view.has(m + 1, _TO):
        m += 2
    elif view.has(m, OF_GROUP) and view.at.get(m) is None:
        m += 1
        if view.has(m, FIGHTERS) and view.at.get(m) is None:
            m += 1     # "انتحاري من عناصر التنظيم"
    else:
        return None
    s = view.slot_starting(m)
    return s if s is not None and s.entity.type == "Organization" and not s.clitic else None


@rule("group of the bomber", applies=lambda r: r.etype in BOMBINGS and r.kind != "verb")
def bomber_group(r):
    """"قُتل ثلاثة جنود بانفجار سيارة مفخخة يقودها انتحاري من تنظيم X": X, when the bomber
    is named within BOMBER_REACH words after the act, before any other act."""
    view, i = r.view, r.i
    end = min(len(view.tokens), i + 1 + BOMBER_REACH)
    later = [t for t in r.trigger_idx if t > i]
    for k in range(i + 1, end):
        if later and k >= later[0] and not view.has(k, BOMBERS):
            break
        if view.has(k, BOMBERS) and view.at.get(k) is None:
            return _group_of_bomber(view, k)
    return None
