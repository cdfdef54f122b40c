"""The group of the one who carried the bomb: "بانفجار سيارة مفخخة يقودها انتحاري من تنظيم
X"، "في تفجير نفذه انتحاري ينتمي إلى جماعة X": the group is the doer of the bombing (an agent
rule, ``bomber_group``, in kg.events.agents.AGENT_RULES). A suicide operation ("عملية انتحارية
نفذتها حركة X") is a bombing: an attack (``suicide_operation``, a trigger retype).
"""
from __future__ import annotations

from kg.events.grammar import AGENT_MARKERS, FIGHTERS, _n
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


# --- "عملية انتحارية نفذتها X"، "نفذ عمليات انتحارية على حواجز الجيش": a suicide operation is a
# bombing, an attack (not a campaign: kg.events.triggers reads it so before its test of an operation)

OPERATION_NOUNS = _n("عملية عمليات العملية العمليات")
SUICIDE_ADJECTIVES = _n("انتحارية الانتحارية")


# told as done: a doer after it ("نفذتها حركة X"، "تبناها")، a verb of doing before it ("نفذ عملية
# انتحارية")، or the means of deaths ("قتل ستة في عملية انتحارية"); not one foiled or intended
# ("إحباط عملية انتحارية"، "كان ينوي ارتكابها عبر عملية انتحارية")
DONE_BY = AGENT_MARKERS
DOING_VERBS = _n("نفذ نفذت نفذوا ونفذ ونفذت شن شنت شنوا")
MEANS_OF_DEATHS = _n("في جراء إثر اثر")


def suicide_operation(view, i, etype, kind=None):
    """Trigger retype: is the operation noun at ``i`` a suicide operation told as done ("عملية
    انتحارية نفذتها X"، "نفذ X عملية انتحارية"، "قتل ستة في عملية انتحارية")?"""
    if etype != "MilitaryOperation" or not view.has(i, OPERATION_NOUNS) or not view.has(i + 1, SUICIDE_ADJECTIVES) \
            or view.at.get(i + 1) is not None:
        return False
    return view.has(i + 2, DONE_BY) or view.has(i - 1, DOING_VERBS | MEANS_OF_DEATHS)
