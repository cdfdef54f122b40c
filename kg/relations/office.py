"""Taking office: the person who takes the lead of a body leads it (تولى X قيادة Y، تسلّم X
رئاسة Y، X الذي يتولى زعامة Y).
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES, TITLE_ADJECTIVES
from kg.relations.appointments import ENTRUST
from kg.relations.common import add, past_so_called, past_words, words

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
        k = past_words(view, i + 1, PERSON_TITLES | TITLE_ADJECTIVES)   # "تولى الفريق أول X"
        person = view.slot_starting(k)
        if person is not None and person.entity.type == "Person":
            k = person.j
        else:
            person = _person_before(view, i)
        body = _headship_body(view, k)
        if person is not None and body is not None:
            add(out, "leaderOf", person, body, view, "office-took")
        staff_of = _staff_body(view, k) if body is None else None
        if person is not None and staff_of is not None:
            # "تولى X رئاسة هيئة أركان الجيش Y": both readings of a chief of staff (posts.py)
            add(out, "leaderOf", person, staff_of, view, "office-chief-of-staff")
            add(out, "positionIn", person, staff_of, view, "office-chief-of-staff")


def _person_before(view, i):
    """"X تولى"، "كان X يقود"، "X الذي يقود": the person right before the verb (or the relative)."""
    k = i - 1 if i > 0 and (view.has(i - 1, _RELATIVES) or view.has(i - 1, _PARTICLES)) else i
    return view.prev_slot(k, types=("Person",), max_gap=0)


_PARTICLES = words("قد")     # "وكان X قد تسلم رئاسة Y"


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


# "رئاسة (هيئة) أركان الجيش": the headship of the staff of a force named right after
STAFF_HEADSHIP = words("رئاسة")
STAFF_WORDS = words("أركان الأركان هيئة")


def _staff_body(view, k):
    """The force whose staff's headship is named at token ``k`` ("رئاسة هيئة أركان Y"), else None."""
    toks = view.tokens
    if k + 2 >= len(toks) or view.at.get(k) is not None or not view.has(k, STAFF_HEADSHIP):
        return None
    m = k + 1
    while m < min(len(toks), k + 3) and view.at.get(m) is None and view.has(m, STAFF_WORDS):
        m += 1
    if m == k + 1 or not view.has(m - 1, STAFF_WORDS - words("هيئة")):
        return None
    s = view.slot_starting(m)
    return s if s is not None and not s.clitic and s.entity.type == "Organization" else None


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
            led = view.slot_starting(past_so_called(view, i + 1))   # X يقود Y، X يقود ما يسمى Y
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


# entrusted with the lead of a body: "كلف مجلس الوزراء X بقيادة جهاز Y" (X leads Y; not "Y led by X")
ENTRUSTED_LEAD = words("بقيادة بإدارة برئاسة")
# how far before the entrusted person the verb may stand: "كلف رئيس الوزراء العراقي X"
ENTRUST_REACH = 5


def entrusted(view, i):
    """The person entrusted by a verb before them with the lead named at ``i`` (بقيادة), else None."""
    person = view.prev_slot(i, types=("Person",), max_gap=0)
    if person is None or person.j != i:
        return None
    if any(view.has(m, ENTRUST) and view.at.get(m) is None
           for m in range(max(0, person.i - ENTRUST_REACH), person.i)):
        return person
    return None


def entrusted_lead_relations(view, kb, out):
    """كلف ... X بقيادة Y -> X leaderOf Y."""
    for i in view.positions(ENTRUSTED_LEAD):
        person = entrusted(view, i)
        body = view.slot_starting(i + 1) if person is not None else None
        if body is not None and body.entity.type == "Organization":
            add(out, "leaderOf", person, body, view, "office-entrusted")
