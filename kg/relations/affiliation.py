"""Affiliation: X على صلة بـ Y، X المقرب من Y، X الموالية لـ Y، X المبايعة لـ Y.
"""
from __future__ import annotations

from kg.relations.common import AFFIL_CUES, MEMBER_PREPS, add, words

_MODIFIER_PREPS = words("من مع")
STATE_BACKING = words("المدعوم المدعومة المدعومين المدعومون مدعوم مدعومة المتحالف المتحالفة المتحالفين "
                      "الموالي الموالية الموالين موالية")
EVENT_NOUNS = words("هجوم بهجوم كمين بكمين هجمات تفجير غارة غارات ضربة ضربات مقتل عملية اغتيال قصف")


def affiliation_relations(view, kb, out):
    """X على صلة بـ Y / X المقرب من Y / X الموالية لـ Y / X المبايعة لـ Y (allegiance)."""
    for i in view.positions(AFFIL_CUES):
        if view.at.get(i) is not None:
            continue
        tail = view.next_slot(i + 1, types=("Person", "Organization", "Place"), max_gap=3,
                              stop=EVENT_NOUNS)
        if tail is not None and tail.entity.type == "Place" and not (
                tail.entity.subtype == "Country" and view.has(i, STATE_BACKING) and (
                    tail.i == i + 1 and tail.clitic.endswith("ل")
                    or tail.i == i + 2 and view.tokens[i + 1].norm in _MODIFIER_PREPS)):
            continue   # a state backs or allies with a group (المدعومة من تركيا); a town does not
        head = view.prev_slot(i, types=("Person", "Organization"), max_gap=8)
        if head is not None and head.entity.type == "Organization":
            # "قياديا بتنظيم القاعدة على صلة ب...": the person, not their organisation
            p = view.prev_slot(head.i, types=("Person",), max_gap=1)
            if p is not None and (head.clitic.endswith("ب") or view.has(head.i - 1, MEMBER_PREPS)):
                head = p
        if head and tail:
            add(out, "affiliatedWith", head, tail, view, "affiliation-cue")
