"""Killings told as slaughter or execution of people: "ذبح تنظيم داعش ثلاثة رهائن"،
"أعلن التنظيم إعدام خمسة أشخاص"، "نحر مسلحون الجندي X".

ذبح/نحر are killings only of people (not "ذبح الأضاحي"); the noun إعدام only of people and
not as a sentence passed ("حكم بالإعدام"، "تنفيذ حكم الإعدام"). ``slaughter_triggers`` gives
the verbs and nouns; the arguments are read by the rules of any killing.
"""
from __future__ import annotations

from kg.events.arrests import PEOPLE_CAUGHT
from kg.events.grammar import _n

SLAUGHTER_VERBS = _n("ذبح ذبحت ذبحوا يذبح تذبح يذبحون نحر نحرت نحروا ينحر")
# the nouns, written like the verbs or not ("ذبح" is both)
SLAUGHTER_NOUNS = _n("إعدام اعدام")
# the people killed: PEOPLE_CAUGHT and the ones held or serving
VICTIMS = PEOPLE_CAUGHT | _n("رهائن رهينة الرهائن أسرى الأسرى أسيرا أسير جنود جنديا جنديين الجنود مدنيين "
                              "مدنيا المدنيين عمال عاملا أطفال طفلا نساء صحفيا صحفي الصحفي رجلا مسيحيين "
                              "مسيحيا جاسوسا جواسيس عسكريين")
# a sentence passed, not an act: "حكم بالإعدام"، "تنفيذ حكم الإعدام"، "قررت المحكمة إعدام X"
SENTENCES = _n("حكم الحكم أحكام حكما بحكم عقوبة")
# a court deciding it, however long its description before the noun ("قررت المحكمة، التي ...، إعدام X")
DECISIONS = _n("قرر قررت وقرر وقررت قضت وقضت أصدر أصدرت")
DECISION_REACH = 20
# how many words after the word the ones killed may be named (past a subject and a count)
REACH = 5
_PRONOUN_OBJECTS = ("ه", "هم", "هما", "ها")


def _people_killed_after(view, i):
    """A person, or a word for people, within a few words after token ``i`` in its clause."""
    toks = view.tokens
    for m in range(i + 1, min(len(toks), i + 1 + REACH)):
        if view.clause_of[m] != view.clause_of[i]:
            return False
        s = view.slot_starting(m)
        if s is not None and s.entity.type == "Person":
            return True
        if view.has(m, VICTIMS) and view.at.get(m) is None:
            return True
    return False


# asked for or threatened, not done: "للمطالبة بإعدام X"، "الشعب يريد إعدام X"، "هدد بذبح"
DEMANDS = _n("المطالبة للمطالبة مطالبة طالب طالبت يطالب تطالب يطالبون يريد تريد يريدون دعا دعت يدعو "
             "تدعو هدد هددت يهدد تهدد يهددون تهديد بتهديد يتوعد توعد توعدت")


def _sentence_passed(view, i):
    """A sentence passed, asked for or threatened in the two words before (no act)."""
    return any(view.has(k, SENTENCES) or view.has(k, DEMANDS) for k in range(max(0, i - 2), i)) \
        or any(view.has(k, DECISIONS) for k in range(max(0, i - DECISION_REACH), i))


def slaughter_triggers(view):
    """"ذبح التنظيم ثلاثة رهائن"، "أعلن التنظيم إعدام خمسة أشخاص": killings of people."""
    out = []
    for i in view.positions(SLAUGHTER_VERBS):
        if view.at.get(i) is None and _people_killed_after(view, i) and not _sentence_passed(view, i):
            noun = i > 0 and view.tokens[i - 1].norm in ("من", "عن", "بعد", "قبل", "تم")
            out.append((i, "Killing", "noun-patient" if noun else "verb"))
    for i in view.positions(SLAUGHTER_NOUNS):
        if view.at.get(i) is None and _people_killed_after(view, i) and not _sentence_passed(view, i):
            out.append((i, "Killing", "noun-patient"))
    return out
