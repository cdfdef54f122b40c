"""Events: triggers from a lexicon, their arguments from the words around them.

Each module decides one thing, and its rules are small named functions listed in the
order they are tried:

- ``triggers``  the lexicon (``TRIGGERS``) and the reading of a trigger token (``_trigger``);
- ``agents``    who did it (``AGENT_RULES``);
- ``targets``   whom it fell on (``TARGET_RULES``);
- ``places``    where (``PLACE_RULES``);
- ``meetings``  where a visit went and who meets whom (``VISIT_PLACE_RULES``, ``MEETING_SIDES``);
- ``dates``     the event's own date;
- ``claims``    claims of responsibility and blame;
- ``merging``   what one event takes from another, and merging the same event told twice;
- ``grammar``   how the words around a trigger relate (shared by the rules);
- ``reading``   one trigger being read (``Reading``) and how a rule list is run;
- ``sentence``  the events of one sentence (``events_in_view``).

Phrasing families have modules of their own (aircraft, arrests, beheadings, visits,
receptions, struck, anaphora, operations, targeting, pronoun_objects, matches, victims, deaths,
references, replies): each declares its
words as data, its phrase triggers (``triggers.PHRASE_TRIGGERS``) and its role rules, which
the lists above take in.

See docs/extending.md, "Add an event phrasing".
"""
from __future__ import annotations

from kg.events.claims import _claims
from kg.events.dates import act_dates
from kg.events.grammar import ACTS
from kg.events.merging import (_date_told_with_the_anaphor, _definite_told_before, _done_in_the_operation, _fighters_of_the_fought, _inherit_from_cause,
                               _killed_by_the_operation, _operation_told_before, _restated_acts, merge_events)
from kg.events.meetings import _delegation_head_meets
from kg.events.operations import raids_of_arrests
from kg.events.places import places_only
from kg.events.sentence import events_in_view
from kg.events.targets import _among_the_dead
from kg.events.upcoming import after_publication
from kg.events.triggers import _TRIGGER_WORDS, ELIMINATE, PLANNING, TRIGGERS, _passive, _trigger

__all__ = ["extract_events", "merge_events", "places_only", "events_in_view", "TRIGGERS", "_trigger",
           "_passive", "_TRIGGER_WORDS", "ELIMINATE", "PLANNING"]


def _told(ev) -> bool:
    """Does the text say enough of the event to state it? An argument or a name; or, for
    an act by no one named ("هاجم مسلحون مجهولون ... فجر الجمعة"), the day it happened
    (a month alone is mostly a count over time: "40 غارة خلال الشهر الماضي"). A visit
    needs its visitor."""
    if ev.type == "Visit" and not ev.agent:
        return False
    return bool(ev.agent or ev.target or ev.place or ev.name
                or (ev.date and len(ev.date) == 10 and ev.type in ACTS))


def extract_events(doc, views, dates) -> list:
    events = []
    acts = act_dates(doc.text, dates)
    for v in views:
        events.extend(events_in_view(v, doc.text, dates, acts, None))
    _date_told_with_the_anaphor(events, doc.text)
    _definite_told_before(events)
    for v in views:
        _claims(v, events)
    _restated_acts(events)
    _inherit_from_cause(events)
    _done_in_the_operation(events)
    _fighters_of_the_fought(events)
    _operation_told_before(events)
    _killed_by_the_operation(events)
    for v in views:
        _among_the_dead(v, events)
        _delegation_head_meets(v, events)
        raids_of_arrests(v, events)
    places_only(events, doc)
    events = after_publication(events, getattr(doc.article, "published", None))
    events = [ev for ev in events if _told(ev)]
    return merge_events(events)
