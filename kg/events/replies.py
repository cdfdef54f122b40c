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


def _reply_verb_before(view, i):
    """The token of the reply verb before the act at ``i`` (told with بـ), else None."""
    if view.tokens[i].norm[:1] != "ب" and view.tokens[i].norm[:2] not in ("وب", "فب"):
        return None
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
    s = view.next_slot(k + 1, types=AGENTS, limit=r.i)
    if s is None:
        s = view.prev_slot(k, types=AGENTS, max_gap=2)
    return s
