"""Membership by a verb: انضمت X إلى Y، أصبحت X عضوا في Y، X تقاتل ضمن Y.
"""
from __future__ import annotations

from kg.relations.common import ACTOR, ENLISTED, MEMBER_CUES, WITHIN, add, against, words

JOIN_VERBS = words("انضمت انضم تنضم ينضم انضمام")
BECOME_VERBS = words("أصبحت أصبح باتت بات صارت صار تعد يعد تعتبر يعتبر تعدان يعدان")
ALONGSIDE = words("جانب")
_JOIN_OR_BECOME = JOIN_VERBS | BECOME_VERBS


def join_relations(view, kb, out):
    """أصبحت X عضوا في Y / انضمت X إلى Y / وانضمت إليه X."""
    toks = view.tokens
    for i in view.positions(_JOIN_OR_BECOME):
        stems = view.stems(i)
        if stems & JOIN_VERBS:
            member = view.next_slot(i + 1, types=ACTOR, max_gap=3)
            org = None
            if i + 1 < len(toks) and toks[i + 1].norm in ("اليه", "إليه", "اليها", "إليها"):
                org = view.prev_slot(i, types=("Organization",), skip=lambda s: against(view, s))
            else:
                org = view.next_slot(i + 1, types=("Organization",), max_gap=6)
                if member is not None and org is member:
                    org = view.next_slot(member.j, types=("Organization",), max_gap=4)
            if member and org:
                add(out, "memberOf", member, org, view, "member-join")
        elif stems & BECOME_VERBS:
            member = view.next_slot(i + 1, types=ACTOR, max_gap=2)
            if member is None:
                continue
            k = member.j
            while k < min(len(toks), member.j + 10):
                if view.has(k, MEMBER_CUES):
                    org = view.next_slot(k + 1, types=("Organization",), max_gap=6)
                    if org:
                        add(out, "memberOf", member, org, view, "member-become")
                        # "وتعد X، إلى جانب Y وZ، عضوا في W": Y and Z too
                        for a in range(member.j, k):
                            if view.has(a, ALONGSIDE):
                                y = view.next_slot(a + 1, types=ACTOR, max_gap=0, limit=k)
                                if y is not None:
                                    for m in [y] + view.coordinated_after(y, types=ACTOR):
                                        add(out, "memberOf", m, org, view, "member-become")
                    break
                k += 1


def within_relations(view, kb, out):
    """X تعمل/تقاتل ضمن Y -> X memberOf Y."""
    for i in view.positions(WITHIN):
        org = view.next_slot(i + 1, types=("Organization",), max_gap=0)
        member = view.prev_slot(i, types=ACTOR, max_gap=3)
        if member is not None and member.entity.type == "Organization" and view.has(i - 1, ENLISTED):
            continue   # "لواء X المنضوي ضمن Y": a unit, partOf (part_relations)
        if org and member and member.entity.type != "Place" or (
                org and member and member.entity.subtype == "Country"):
            add(out, "memberOf", member, org, view, "member-within")
