"""Acts told as a reply: "ردت القوات بقصف مواقع X"، "رجال المقاومة ردوا بمهاجمة مواقع
الميليشيات". The one replying (the subject of رد, after or right before it) did the act
told with بـ right after it.
"""
from __future__ import annotations

from kg.events.grammar import AGENTS, _n
from kg.events.reading import rule

REPLY_VERBS = _n("رد ردت ردوا ترد يرد يردون وردت ورد وردوا")
# how many words (the subject named after the verb) may stand between the verb and the act
REPLY_REACH = 5


_ON = _n("على")
# how many words the act replied to may take ("ردوا على هجمات المقاومة الشعبية بقصف")
REPLIED_TO_REACH = 7


def _replied_to(view, i):
    """(the reply verb's token, the على opening the act replied to) when the act at ``i`` (told
    with بـ) ends "X رد على [act] Y بـ...": "الحوثيين ردوا على هجمات المقاومة الشعبية بقصف
    الأحياء"، "ورد الجيش على هجوم جبهة النصرة بقصف البلدة"; else None."""
    if view.tokens[i].norm[:1] != "ب" and view.tokens[i].norm[:2] not in ("وب", "فب"):
        return None
    for a in range(i - 1, max(-1, i - 1 - REPLIED_TO_REACH), -1):
        if view.clause_of[a] != view.clause_of[i] or view.tokens[a].text in "،,؛;":
            return None
        if view.has(a, _ON) and view.at.get(a) is None:
            k = a - 1
            if k >= 0 and view.at.get(k) is not None:
                k = view.at[k].i - 1       # the subject named between: "ورد الجيش السوري على"
            if k >= 0 and view.has(k, REPLY_VERBS) and view.at.get(k) is None:
                return k, a
            return None
    return None


def _reply_verb_before(view, i):
    """The token of the reply verb before the act at ``i`` (told with بـ), else None."""
    if view.tokens[i].norm[:1] != "ب" and view.tokens[i].norm[:2] not in ("وب", "فب"):
        return None
    replied = _replied_to(view, i)
    if replied is not None:
        return replied[0]
    for k in range(i - 1, max(-1, i - 1 - REPLY_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, REPLY_VERBS) and view.at.get(k) is None:
            return k
        if view.at.get(k) is None and view.tokens[k].norm.isalnum() and k < i - 1 and \
                view.slot_starting(k) is None and view.at.get(k + 1) is None:
            return None      # words that are no subject between
    return None


@rule("one replying with the act",
      applies=lambda r: r.etype in ("Attack", "Strike") and _reply_verb_before(r.view, r.i) is not None)
def replier(r):
    """"ردت القوات بقصف مواقع X": the subject after رد; "رجال المقاومة ردوا بمهاجمة ...": the
    group right before it."""
    view = r.view
    k = _reply_verb_before(view, r.i)
    replied = _replied_to(view, r.i)
    s = view.next_slot(k + 1, types=AGENTS, limit=replied[1] if replied else r.i)
    if s is None:
        s = view.prev_slot(k, types=AGENTS, max_gap=2)
    return s


# "ردا على هجوم X"، "انتقاما لمقتل Y": the act replied to or avenged, told after what replies
IN_REPLY = _n("ردا وردا")
AVENGING = _n("انتقاما ثأرا")


def act_replied_to(view, i) -> bool:
    """Is the act at ``i`` the one replied to or avenged ("صعد الحزب هجماته على الجيش ردا على
    هجوم سروج"، "أعدم التنظيم رهينة انتقاما لمقتل قائده")? Whoever replies, named before, is
    no doer of it."""
    if i > 1 and view.has(i - 1, _ON) and view.has(i - 2, IN_REPLY):
        return True
    return i > 0 and view.has(i - 1, AVENGING) and view.tokens[i].norm[:1] == "ل"
