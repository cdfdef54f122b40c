"""Strongholds: a place set off as a group's stronghold in a larger place lies in it
("مدينة صعدة، معقل الحوثيين في شمال اليمن"، "الرقة، أبرز معاقل التنظيم في سوريا").
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS
from kg.relations.common import add, words
from kg.relations.located import _place_rank

STRONGHOLDS = words("معقل معاقل المعقل معقلا أبرز أهم آخر")
_KINDS = words("معقل معاقل المعقل معقلا")
_IN = words("في")
# what may stand between the stronghold word and في: the group's name (an entity or a noun:
# التنظيم، المتمردين) and an adjective (الرئيسي، الأخير)
GROUP_REACH = 4
CLOSING_QUOTES = frozenset("»\"”'")


def stronghold_relations(view, kb, out):
    """X، معقل Y في Z -> X locatedIn Z (X a place right before, Z a larger place)."""
    toks = view.tokens
    for i in view.positions(_KINDS):
        if view.at.get(i) is not None:
            continue
        start = i - 1 if i > 0 and view.has(i - 1, STRONGHOLDS) else i    # "أبرز معاقل"
        if start == 0 or toks[start - 1].text not in ("،", ","):
            continue      # set off by a comma: an apposition of the place before
        # a closing quote may stand before the comma: "«... حي X»، آخر معاقل Y في Z"
        gap = 1 if start > 1 and toks[start - 2].text in CLOSING_QUOTES else 0
        place = view.prev_slot(start, types=("Place",), max_gap=gap)
        if place is None or place.j < start - 1 - gap:
            continue
        container = _place_after_in(view, i + 1)
        if container is not None and container.entity.id != place.entity.id and \
                _place_rank(view, place) < _place_rank(view, container, container=True):
            add(out, "locatedIn", place, container, view, "located-stronghold")


def _place_after_in(view, k):
    """The place after "في [direction]" or a bare direction within GROUP_REACH words of token
    ``k``, else None."""
    toks = view.tokens
    for m in range(k, min(len(toks) - 1, k + GROUP_REACH + 1)):
        s = view.at.get(m)
        if s is not None and s.entity.type == "Place":
            return None   # a place named before في: the stronghold's own place, not its container
        if not toks[m].norm.isalnum():
            return None
        if m > k and view.at.get(m) is None and view.has(m, DIRECTIONS):
            s = view.slot_starting(m + 1)     # "معقل تنظيم داعش شمال سوريا": no في
            return s if s is not None and s.entity.type == "Place" else None
        if view.has(m, _IN) and toks[m].norm == "في":
            n = m + 1
            if n < len(toks) and view.has(n, DIRECTIONS) and view.at.get(n) is None:
                n += 1    # "في شمال اليمن"
            s = view.slot_starting(n)
            return s if s is not None and s.entity.type == "Place" else None
    return None
