"""The events of one sentence: each trigger read in turn, its roles decided by the rule
lists of kg.events.agents, .targets, .places and .meetings."""
from __future__ import annotations

from kg.events.agents import AGENT_RULES, may_act_in, participants
from kg.events.dates import event_date
from kg.events.deaths import _some_of_them, repelled_attackers
from kg.events.repelled import repeller_attacked
from kg.events.grammar import ACTS, NO_TARGET, _soldiers_counted, conjunct_place, coordinated
from kg.events.meetings import VISIT_PLACE_RULES
from kg.events.merging import _fighters_counted, _result_cue, restating_act
from kg.events.places import _WITHIN, PLACE_RULES, event_places, fronted_or_told_place, not_a_reference_point
from kg.events.reading import Reading, run_rules
from kg.events.operations import driven_out, held_by, place_to_liberate
from kg.events.pronoun_objects import one_referred_to, ones_referred_to
from kg.events.struck import town_struck
from kg.events.targets import TARGET_RULES, named_victim, settle_target
from kg.events.arrests import perpetrator_named, place_raided_before, raided_place
from kg.events.victims import (fighters_of_the_struck, group_of_own_members, group_of_the_adjective,
                               others_of_the_same_group, victims_group)
from kg.events.triggers import (
    TOLD_BEFORE_FILTERS, compared, find_triggers, is_conjoined_verb, is_passive, operation_name, trigger_scope,
)
from kg.model import Event

# the place rules of an act: those of kg.events.places, then the town an unnamed striker hit
ACT_PLACE_RULES = PLACE_RULES + (town_struck, place_to_liberate, raided_place, place_raided_before)
# the target rules: those of kg.events.targets, then the group a liberated place is taken from,
# the one a pronoun refers to, the group some of the counted victims belong to, the group
# the strike before hit (for fighters killed by a verb joined to it), the group of the others
# counted after a verb joined to a killing or an arrest, the perpetrator held
ACT_TARGET_RULES = (repelled_attackers, repeller_attacked) + TARGET_RULES + (held_by, driven_out, one_referred_to, ones_referred_to, victims_group, fighters_of_the_struck,
                                   others_of_the_same_group, group_of_the_adjective, group_of_own_members,
                                   perpetrator_named)


def _where_and_when_of_the_act_measured(ev, prev, view):
    """"انفجرت سيارة ... أمس، في أعنف تفجير تشهده المدينة منذ عام 1990": the compared noun
    is the act told just before in its sentence; its place and date are that act's, not the
    comparison's."""
    same = prev is not None and prev.evidence[0] == view.span
    ev.place = list(prev.place) if same else []
    ev.date, ev.date_own = (prev.date, prev.date_own) if same else (None, False)


def events_in_view(view, text, dates, act_dates, speech_subjects=None):
    out = []
    toks = view.tokens
    triggers = find_triggers(view)
    trigger_idx = [t[0] for t in triggers]
    prev_event = None
    for n, (i, etype, kind) in enumerate(triggers):
        if any(f(view, i, etype, kind, None) for f in TOLD_BEFORE_FILTERS):
            continue
        scope_end = trigger_scope(view, i, trigger_idx[n + 1:])
        ev = Event(type=etype, trigger=toks[i].text, trigger_span=(toks[i].start, toks[i].end),
                   evidence=[view.span], pattern=f"{etype}-{kind}")
        if etype == "MilitaryOperation":
            is_operation, ev.name = operation_name(view, i, text)
            if not is_operation:
                continue
        r = Reading(view, text, dates, act_dates, i, etype, kind, scope_end, trigger_idx, prev_event, ev,
                    passive=is_passive(view, i, kind), conj_verb=is_conjoined_verb(view, i, kind))
        run_rules(AGENT_RULES, r, "agent", accept=may_act_in(r))
        run_rules(ACT_TARGET_RULES, r, "target")
        settle_target(r)
        run_rules(VISIT_PLACE_RULES if etype == "Visit" else ACT_PLACE_RULES, r, "place",
                  accept=not_a_reference_point(r))
        if r.drop:
            continue
        fronted_or_told_place(r)
        ev.agent = participants(r)
        target = r.target if etype not in NO_TARGET else None
        if target is not None and target.entity.id in ev.agent:
            target = None    # "زار قائد الجيش X مدينة Y": the office holder visits, no target
        ev.target = [target.entity.id] if target is not None else []
        conjuncts = coordinated(view, target, ("Person", "Organization"), keep=i) if target is not None else []
        if target is not None:
            ev.target += [s.entity.id for s in conjuncts]
        if target is not None and target.entity.type == "Organization" and etype in ("Arrest", "Killing"):
            # "أسر 17 من عناصر X بينهم قائد ميداني يدعى Y": the group's members and Y
            named = named_victim(view, i, scope_end)
            if named is not None and named.entity.id not in ev.target and named.entity.id not in ev.agent:
                ev.target.append(named.entity.id)
                # "ثلاثة من عناصر X، هم A وB وC": every one named
                ev.target += [s.entity.id for s in view.coordinated_after(named, types=("Person",))
                              if s.entity.id not in ev.target and s.entity.id not in ev.agent]
        ev.place = event_places(r)
        if ev.place and etype in ACTS:
            # "ضربات ضد مقاتلي X في سوريا ومقاتلي Y في شمال العراق": where each group was struck
            for c in conjuncts:
                where = conjunct_place(view, c)
                if where is not None and where.entity.id not in ev.place:
                    ev.place.append(where.entity.id)
        ev.within = etype == "MilitaryOperation" and i > 0 and view.has(i - 1, _WITHIN)
        ev.date, ev.date_own = event_date(r)
        ev.measured = compared(view, i, etype, kind)
        if ev.measured:
            _where_and_when_of_the_act_measured(ev, prev_event, view)
        ev.result_of = _result_cue(view, i)
        ev.fighters_killed = etype == "Killing" and _fighters_counted(view, i)
        ev.soldiers_killed = etype == "Killing" and _soldiers_counted(view, i)
        ev.some_of_them = etype == "Killing" and _some_of_them(view, i)   # "مقتل سبعة منهم"
        ev.restates = restating_act(view, i, kind)
        out.append(ev)
        prev_event = ev
    return out
