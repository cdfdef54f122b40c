"""Victims told by the group they belong to, after a count: "قُتل 20 شخصا، بينهم ثمانية من
عناصر الشرطة" (killed: 20 people, among them eight members of the police). The killing (or
the arrest) fell on that group; the act that caused the killing takes it as its target too
(kg.events.merging._inherit_from_cause). Fighters killed by a verb joined to a strike on a
group ("غارات على مواقع لحزب X ...، وقتلت 20 مسلحا") are that group's.
"""
from __future__ import annotations

from kg.events.grammar import _n
from kg.events.reading import rule

AMONG_THEM = _n("بينهم بينهما بينهن ومنهم منهم")
# what may stand between بينهم and the group: a count, من/في, and a word for its members
MEMBER_WORDS = _n("عناصر عنصرا عنصر أفراد افراد فردا جنود جنديا جندي عسكريين عسكريا منتسبي "
                  "منسوبي مقاتلي مقاتلين مقاتلا مسلحي موظفي موظفين العاملين عاملين عاملون أعضاء "
                  "اعضاء عضوا ضباط ضابطا رجال مجندين عمال")
_LINKS = _n("من في")
_COUNT_WORDS = _n("اثنان اثنين ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات بعض "
                  "عدد معظمهم أغلبهم غالبيتهم")
# the furthest the group may stand after بينهم (words)
REACH = 5


def _fits_between(view, lo, hi) -> bool:
    """Are the words from lo to hi only a count, من/في and a word for members, with one of
    the last two right before the group (hi)?"""
    last = None
    for k in range(lo, hi):
        norm = view.tokens[k].norm
        if not norm.isalnum():
            continue
        if not (norm.isdigit() or view.has(k, _COUNT_WORDS | MEMBER_WORDS | _LINKS)):
            return False
        last = k
    return last is not None and view.has(last, _LINKS | MEMBER_WORDS)


def group_among_victims(view, i, scope_end):
    """The organisation named after بينهم in the trigger's words, as the group of some of
    the ones counted ("بينهم ثلاثة من عناصر الجيش"، "بينهم 12 من العاملين في منظمة X")."""
    for k in range(i + 1, scope_end):
        if not view.has(k, AMONG_THEM) or view.at.get(k) is not None:
            continue
        o = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=REACH, limit=scope_end)
        if o is None or o.entity.type != "Organization" or o.clitic.rstrip("وف"):
            return None
        return o if _fits_between(view, k + 1, o.i) else None
    return None


@rule("group some of the victims belong to", applies=lambda r: r.etype in ("Killing", "Arrest"))
def victims_group(r):
    """"قُتل 20 شخصا، بينهم ثمانية من عناصر الشرطة": the police."""
    return group_among_victims(r.view, r.i, r.scope_end)


@rule("group the strike before it hit, for fighters killed",
      applies=lambda r: r.etype == "Killing" and r.conj_verb and r.prev_event is not None)
def fighters_of_the_struck(r):
    """"شنت مقاتلات الجيش غارات على مواقع لحزب X ...، ودمرت مخابئ وقتلت 20 مسلحا": the
    fighters killed by a verb joined to the strike told before in the sentence are the
    struck group's."""
    from kg.events.merging import FIGHTERS_KILLED
    prev, view = r.prev_event, r.view
    if prev.type != "Strike" or len(prev.target) != 1 or prev.evidence[0] != view.span:
        return None
    if not any(view.has(k, FIGHTERS_KILLED) for k in range(r.i + 1, min(r.i + 4, len(view.tokens)))):
        return None
    return next((s for s in view.slots if s.entity.id == prev.target[0]
                 and s.entity.type == "Organization"), None)
