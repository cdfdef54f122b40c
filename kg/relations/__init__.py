"""Relations between entities, read from cue patterns around the mentions.

Each module finds one kind (posts, pronoun_posts, nominals, appointments, members, joins, coalitions,
leaders, office, belonging, affiliation, backing, parts, located, strongholds; common.py holds
what they share; kg/gates.py skips, in a sentence, the rules whose cue words it lacks);
each rule has a name (kept on the Relation as ``pattern``) so that its
precision on the development set can set its confidence (kg.confidence).
"""
from __future__ import annotations

from kg.model import RELATION_SIGNATURES
from kg.relations.affiliation import affiliation_relations, allegiance_relations, split_from_relations
from kg.relations.appointments import (appointment_relations, capacity_relations, government_forming,
                                       predicate_post_relations, successor_relations)
from kg.relations.backing import (adverb_backing_relations, alliance_pronoun_relations,
                                  alliance_verb_relations, backing_verb_relations)
from kg.relations.belonging import belonging_relations
from kg.relations.coalitions import (coalition_members, comprise_members, faction_members, merger_members,
                                     participation_members)
from kg.gates import applicable, gated
from kg.relations.joins import attach_relations, enlist_relations, join_relations, within_relations
from kg.relations.leaders import (charge_holder_relations, head_of_relations, holder_before_its_post, lead_relations,
                                 state_led_relations, under_command_relations, custodian_king_relations)
from kg.relations.located import (belonging_across_aside, country_in_name_relations, demonym_place_relations,
                                  located_relations, nominal_region_relations, owner_in_name_relations,
                                  seat_relations)
from kg.relations.members import (among_members, bridge_members, delegation_members, group_official_members,
                                  member_relations, nisba_members, others_of_the_group,
                                  rank_members, ranks_relations, unit_commander_members)
from kg.relations.nominals import (minister_of_the_ministry_relations, nominal_join_relations,
                                   nominal_member_relations, nominal_official_relations, nominal_part_relations,
                                   nominal_post_relations)
from kg.relations.office import entrusted_lead_relations, lead_verb_relations, took_office_relations
from kg.relations.parts import (issued_by_relations, media_centre_relations, part_relations, province_relations,
                               unit_in_relations)
from kg.relations.posts import (deputy_s_head_relations, dual_post_relations, official_relations, post_relations,
                               regions_by_name)
from kg.relations.pronoun_posts import (deputy_relations, pronoun_member_relations, pronoun_post_relations,
                                        pronoun_place_posts, pronoun_spokes_relations,
                                        pronoun_unit_members)
from kg.relations.strongholds import stronghold_relations

__all__ = ["RULES", "dedupe_relations", "extract_relations", "fits_ontology"]


# the rules in the order they run; each is rule(view, kb, out) and appends Relations to out
RULES = (
    post_relations,
    dual_post_relations,
    deputy_s_head_relations,
    pronoun_post_relations,
    pronoun_member_relations,
    pronoun_unit_members,
    pronoun_spokes_relations,
    pronoun_place_posts,
    deputy_relations,
    nominal_post_relations,
    minister_of_the_ministry_relations,
    nominal_member_relations,
    nominal_join_relations,
    official_relations,
    nominal_official_relations,
    appointment_relations,
    successor_relations,
    government_forming,
    predicate_post_relations,
    capacity_relations,
    bridge_members,
    member_relations,
    group_official_members,
    nisba_members,
    unit_commander_members,
    others_of_the_group,
    rank_members,
    among_members,
    delegation_members,
    coalition_members,
    ranks_relations,
    comprise_members,
    participation_members,
    faction_members,
    merger_members,
    join_relations,
    attach_relations,
    within_relations,
    enlist_relations,
    lead_relations,
    state_led_relations,
    custodian_king_relations,
    charge_holder_relations,
    holder_before_its_post,
    head_of_relations,
    under_command_relations,
    took_office_relations,
    entrusted_lead_relations,
    lead_verb_relations,
    belonging_relations,
    affiliation_relations,
    allegiance_relations,
    split_from_relations,
    adverb_backing_relations,
    backing_verb_relations,
    alliance_verb_relations,
    alliance_pronoun_relations,
    part_relations,
    media_centre_relations,
    nominal_part_relations,
    issued_by_relations,
    unit_in_relations,
    province_relations,
    located_relations,
    belonging_across_aside,
    seat_relations,
    stronghold_relations,
    nominal_region_relations,
    demonym_place_relations,
    country_in_name_relations,
    owner_in_name_relations,
)


def extract_relations(doc, views, kb) -> list:
    out = []
    pending = []      # member_relations leaves a group whose member is named later here
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    regions = regions_by_name(doc)
    previous = None
    doc_cache = {}
    rules = gated(RULES)      # each rule with the cue words it starts from (kg.gates)
    for v in views:
        v.previous = previous   # the sentence before: where a pronoun's antecedent may be
        previous = v
        v.doc_entities_by_kb = by_kb
        v.doc_regions = regions
        v.published = doc.article.published
        v.pending = pending
        v.doc = doc
        v.doc_cache = doc_cache   # per-document values a rule computes once (members.nisba_members)
        if not v.slots:
            continue    # every rule relates entities named in the sentence: none here
        for rule in applicable(rules, v):
            rule(v, kb, out)
    return [r for r in dedupe_relations(out) if fits_ontology(r, doc)]


def fits_ontology(rel, doc) -> bool:
    """Do the relation's ends have types the ontology allows (``RELATION_SIGNATURES``)?

    A rule can pair the wrong kinds of entity (a spokesman "of" a city named in
    a body's name); such a relation would fail the graph's SHACL check, and with
    it a whole build, so it is dropped here.
    """
    heads, tails = RELATION_SIGNATURES[rel.type]
    return doc.entity(rel.head).type in heads and doc.entity(rel.tail).type in tails


def dedupe_relations(rels):
    """One relation per (type, head, tail); evidence spans merged."""
    merged = {}
    for r in rels:
        key = (r.type, r.head, r.tail)
        if r.type == "affiliatedWith":
            key = (r.type,) + tuple(sorted((r.head, r.tail)))
        if key in merged:
            m = merged[key]
            for ev in r.evidence:
                if ev not in m.evidence:
                    m.evidence.append(ev)
            m.post = m.post or r.post
        else:
            merged[key] = r
    return list(merged.values())
