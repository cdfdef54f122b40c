"""Belonging: a person said to belong to a group is its member (X المنتمي إلى Y، X ينتمي
لتنظيم Y، X الذي ينتمي إلى Y، X المنتسب إلى Y).
"""
from __future__ import annotations

from kg.relations.common import add, person_before_description, words

BELONGS = words("المنتمي المنتمية منتمي منتمية ينتمي تنتمي المنتمي "
                # enrolled in it: "X، المنتسب إلى تنظيم Y"، "X الذي ينتسب إلى Y"
                "المنتسب المنتسبة منتسب ينتسب تنتسب")
_TO = words("إلى الى")
_RELATIVES = words("الذي التي")


def belonging_relations(view, kb, out):
    """X المنتمي إلى Y / X ينتمي لـ Y -> X memberOf Y (Y an organisation right after)."""
    toks = view.tokens
    for i in view.positions(BELONGS):
        group = view.slot_starting(i + 2) if i + 2 < len(toks) and view.has(i + 1, _TO) else None
        if group is None:
            s = view.slot_starting(i + 1)
            group = s if s is not None and s.clitic.endswith("ل") else None
        if group is None or group.entity.type != "Organization":
            continue
        own = view.at.get(i)
        if own is not None and own.entity.type == "Person":
            person = own     # the name took the word in: "X المنتمي" tagged as one name
        else:
            k = i - 1 if i > 0 and view.has(i - 1, _RELATIVES) else i
            person = view.prev_slot(k, types=("Person",), max_gap=0)
            if person is None and k < i:
                person = person_before_description(view, k)   # "X، منفذ الهجوم، الذي ينتمي إلى Y"
        if person is not None:
            add(out, "memberOf", person, group, view, "member-belongs")
