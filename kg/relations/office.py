"""Taking office: the person who takes the lead of a body leads it (تولى X قيادة Y، تسلّم X
رئاسة Y، X الذي يتولى زعامة Y).
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES
from kg.relations.common import add, past_words, words

TOOK_OFFICE = words("تولى يتولى تسلم يتسلم استلم يستلم تولت تتولى تسلمت")
# the headship taken, the word right before the body
HEADSHIP = words("قيادة رئاسة زعامة إمارة")
# a body whose name starts with the headship word: "قيادة الفرقة الرابعة" (a command)
COMMANDS = words("قيادة")
_RELATIVES = words("الذي التي")


def took_office_relations(view, kb, out):
    """تولى X قيادة Y / X الذي تولى رئاسة Y -> X leaderOf Y."""
    for i in view.positions(TOOK_OFFICE):
        if view.at.get(i) is not None:
            continue
        k = past_words(view, i + 1, PERSON_TITLES)
        person = view.slot_starting(k)
        if person is not None and person.entity.type == "Person":
            k = person.j
        else:
            person = _person_before(view, i)
        body = _headship_body(view, k)
        if person is not None and body is not None:
            add(out, "leaderOf", person, body, view, "office-took")


def _person_before(view, i):
    """"X تولى"، "كان X يقود"، "X الذي يقود": the person right before the verb (or the relative)."""
    k = i - 1 if i > 0 and view.has(i - 1, _RELATIVES) else i
    return view.prev_slot(k, types=("Person",), max_gap=0)


def _headship_body(view, k):
    """The organisation whose headship is named at token ``k``: "قيادة Y" or a name that
    starts with the headship word, else None."""
    toks = view.tokens
    if k >= len(toks):
        return None
    s = view.slot_starting(k)
    if s is None and view.has(k, HEADSHIP) and view.at.get(k) is None:
        s = view.slot_starting(k + 1)
        if s is not None and s.clitic:
            return None       # "قيادة للجيش": not the construct
    elif s is not None and not view.has(s.first, COMMANDS):
        return None           # "تولى X الجيش": no headship named
    return s if s is not None and s.entity.type == "Organization" else None


# leading told with a verb: "يقود X Y"، "تزعم X Y"، "X يرأس Y"، "كان X يقود Y" (the led one
# the verb's object, an organisation right after the leader or the verb). قاده is left out: it
# is also قادة (leaders) once ة is normalised.
LEAD_VERBS = words("يقود تقود قاد قادت يتزعم تتزعم تزعم تزعمت يرأس ترأس ترأست يترأس تترأس")


def lead_verb_relations(view, kb, out):
    """يقود X Y / X يقود Y -> X leaderOf Y (Y an organisation named right after)."""
    for i in view.positions(LEAD_VERBS):
        if view.at.get(i) is not None:
            continue
        leader = view.slot_starting(past_words(view, i + 1, PERSON_TITLES))
        if leader is not None and leader.entity.type == "Person":
            led = view.slot_starting(leader.j)          # يقود X Y
        else:
            leader = _person_before(view, i)
            led = view.slot_starting(i + 1)             # X يقود Y
            if leader is None and led is not None:
                leader = _leader_after_the_led(view, led)   # يقود Y منذ عام 2014 X
        if leader is None or led is None or led.entity.type != "Organization" or led.clitic:
            continue
        add(out, "leaderOf", leader, led, view, "lead-verb")


# words of time between the one led and its leader named last: "ويقود الحركة منذ عام 2014 X"
SINCE = words("منذ عام العام حاليا حالياً الآن اليوم حتى")


def _leader_after_the_led(view, led):
    """The person named right after the led body, or after it and a phrase of time ("يقود Y
    منذ عام 2014 X"، "ويرأس مجلس المحافظة X"): the leader when the verb comes first and its
    object before its subject; else None."""
    toks = view.tokens
    k = led.j
    if k >= len(toks):
        return None
    # "ويرأس مجلس المحافظة X": a person right after the body is the subject (a body does not
    # lead a person)
    while k < min(len(toks), led.j + 4) and (view.has(k, SINCE) or toks[k].norm.isdigit()) \
            and view.at.get(k) is None:
        k += 1
    k = past_words(view, k, PERSON_TITLES)
    s = view.slot_starting(k)
    return s if s is not None and s.entity.type == "Person" else None
