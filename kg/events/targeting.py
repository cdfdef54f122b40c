"""Attacks told as taking aim: "استهدف مسلحون دورية للجيش"، "استهدفت جماعة X مواقع للجيش".

استهدف is an attack when armed men or an armed group aim at something: its subject (right
after the verb, or right before it) is a word for gunmen or fighters, or an armed group;
not when it follows an act it describes ("غارة استهدفت عناصر من X": عناصر is the object). "استهدفت الحملة الإعلامية الشباب" and "تستهدف الخطة تطوير
التعليم" are none. With a weapon ("بصاروخ") the weapon rules make it a strike; with
aircraft, kg.events.aircraft does. Overrunning (اجتاح) is an attack on the same terms.
"""
from __future__ import annotations

from kg.events.grammar import _n

# the past: "تستهدف X" mostly describes an act told before it ("ضربات تستهدف X": X the object)
AIMING = _n("استهدف استهدفت استهدفوا")
# the words for armed men that may be the subject: nominatives only ("استهدف عناصر تابعة
# للحزب"، "استهدف مسلحين": the men aimed at)
ARMED_MEN = _n("مسلحون مسلح مسلحان مسلحو مجهولون مقاتلون مقاتلو انتحاري انتحارية مهاجمون قناص قناصة")
# the organisations whose aiming is an attack (an army's or a state's is mostly a strike
# or shelling, told by its weapon: kg.events.triggers, kg.events.aircraft)
ARMED_KINDS = ("ArmedGroup",)
# an act told right before: "غارة استهدفت عناصر من X"، "هجمات استهدفت قوات Y" (the verb
# is that act's, and the words after it its object)
ACT_WORDS = _n("حملة الحملة غارة غارات الغارة الغارات ضربة ضربات الضربة الضربات هجوم هجمات الهجوم الهجمات "
               "تفجير التفجير انفجار الانفجار قصف القصف عملية العملية كمين الكمين اعتداء هجوما "
               "صاروخ قذيفة عبوة سيارة مسيرة طائرة")
# how far before the verb such an act may be told
ACT_REACH = 6


def _armed(slot):
    e = slot.entity
    return e.type == "Organization" and e.subtype in ARMED_KINDS


def _act_before(view, i):
    return any(view.has(k, ACT_WORDS) for k in range(max(0, i - ACT_REACH), i))


def _armed_subject(view, i):
    """Is the subject of the verb at ``i`` armed: gunmen or an armed body right after it,
    or an armed body right before it ("الجيش استهدف")?"""
    k = i + 1
    if view.has(k, ARMED_MEN) and view.at.get(k) is None:
        return True
    s = view.slot_starting(k)
    if s is not None and not s.clitic and _armed(s):
        return True
    b = view.at.get(i - 1)
    return b is not None and b.j == i and not b.clitic and _armed(b)


def aiming_triggers(view):
    """"استهدف مسلحون مجهولون دورية للجيش": an attack."""
    return [(i, "Attack", "verb") for i in view.positions(AIMING)
            if view.at.get(i) is None and not _act_before(view, i) and _armed_subject(view, i)]


# a gathering aimed at is what was hit, not a meeting told: "غارة استهدفت اجتماعا لقادة من
# تنظيم X"، "قصفت الطائرات اجتماعا لقيادات الحركة"
GATHERINGS = _n("اجتماعا اجتماع لقاء لقاءا تجمعا تجمع")
AIMED_AT = AIMING | _n("قصف قصفت قصفوا تستهدف يستهدف")


def gathering_aimed_at(view, i, etype, kind, stem) -> bool:
    """A trigger filter: is the meeting noun at ``i`` the object of a verb of aiming or
    striking right before it?"""
    return etype == "Meeting" and view.has(i, GATHERINGS) and i > 0 and view.has(i - 1, AIMED_AT)


# overrunning a place is an attack when an armed body or armed men do it ("اجتاح مقاتلو X
# مقر الشرطة"، "مقاتلو حركة X اجتاحوا البلدة"); not a flood, a fire or a wave of protests
OVERRUNNING = _n("اجتاح اجتاحت اجتاحوا")


def overrunning_triggers(view):
    """"مقاتلو حركة X اجتاحوا مقر الشرطة": an attack."""
    return [(i, "Attack", "verb") for i in view.positions(OVERRUNNING)
            if view.at.get(i) is None and _armed_subject(view, i)]
