"""Military operations told by their launching and their aim.

- ``launched_by_a_force``: "أطلق التحالف العربي عملية عاصفة الحزم ضد ..."، "بدأ الجيش
  العراقي عملية واسعة لتحرير ...": an operation an armed force, an armed group, a coalition
  or a state launches is one even with its name unquoted (not "بدأت عملية التصويت");
- ``place_to_liberate``: "عملية عسكرية واسعة لتحرير محافظة X": X is where it is waged;
- ``held_by``: "... لتحرير محافظة X من تنظيم Y": Y, who holds the place, is its target.
"""
from __future__ import annotations

from kg.events.grammar import _n
from kg.events.reading import rule

# "معركة تحرير X"، "عملية استعادة X": an operation named for the place it is to take
LIBERATION_WORDS = _n("تحرير تطهير استعادة استرداد تحريرها")
LAUNCHERS = _n("أطلق أطلقت بدأ بدأت شن شنت نفذ نفذت يشن تشن ينفذ تنفذ يطلق تطلق يبدأ تبدأ "
               "دشن دشنت استأنف استأنفت")
OPERATION_WORDS = _n("عملية")
# the ones who launch military operations
FORCES = ("ArmedForce", "ArmedGroup", "Coalition")
# how far before the operation its launching verb may stand (past its subject)
LAUNCH_REACH = 8
# how far after the operation the liberation word may come (past its kind: "عسكرية واسعة")
AIM_REACH = 5
_FROM = _n("من")


def _acting_force(slot):
    e = slot.entity
    return (e.type == "Organization" and e.subtype in FORCES) or (e.type == "Place" and e.subtype == "Country")


def launched_by_a_force(view, i):
    """Is the operation noun at ``i`` launched by a force named between its launching verb
    and it ("أطلق التحالف العربي بقيادة السعودية عملية ...")?"""
    if not view.has(i, OPERATION_WORDS):
        return False
    c = view.clause_of[i]
    for k in range(i - 1, max(-1, i - 1 - LAUNCH_REACH), -1):
        if view.clause_of[k] != c:
            return False
        if view.has(k, LAUNCHERS) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization", "Place"), limit=i)
            return s is not None and s.i == k + 1 and not s.clitic and _acting_force(s)
    return False


def _liberation_word(view, i):
    """The token of the liberation word after the operation at ``i`` (past its kind)."""
    for k in range(i + 1, min(len(view.tokens), i + 1 + AIM_REACH)):
        if view.clause_of[k] != view.clause_of[i] or view.at.get(k) is not None:
            return None
        if view.has(k, LIBERATION_WORDS):
            return k
    return None


def _place_liberated(view, i):
    k = _liberation_word(view, i)
    if k is None:
        return None
    s = view.next_slot(k + 1, types=("Place",), max_gap=1)
    return s if s is not None and not s.clitic else None


def _is_operation(r):
    return r.etype == "MilitaryOperation"


@rule("place the operation is to liberate", applies=_is_operation)
def place_to_liberate(r):
    """"بدأ الجيش عملية عسكرية واسعة لتحرير محافظة X": X."""
    return _place_liberated(r.view, r.i)


@rule("group the liberated place is taken from", applies=_is_operation)
def held_by(r):
    """"... لتحرير محافظة X من تنظيم Y": Y."""
    view = r.view
    place = _place_liberated(view, r.i)
    if place is None or not view.has(place.j, _FROM):
        return None
    s = view.slot_starting(place.j + 1)
    return s if s is not None and s.entity.type == "Organization" and not s.clitic else None
