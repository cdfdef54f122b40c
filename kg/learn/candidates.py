"""What the learned models score, read from a document after the mention and entity stages.

- A relation candidate is an ordered pair of mentions of two different entities
  in one sentence, at most ``WINDOW`` tokens apart, whose types fit at least one
  relation of the ontology (``kg.model.RELATION_SIGNATURES``).
- A role candidate is a trigger word of the event lexicon and a mention in its
  sentence, at most ``ROLE_WINDOW`` tokens away; its roles are agent, target and
  (for places only) place.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.model import RELATION_SIGNATURES

#: the furthest a relation's two mentions, and a role's trigger and mention, may be
#: apart (tokens between them): on the training sets, 40 tokens made twice the relation
#: candidates of 10 for a quarter more positive ones, most of them pairs related in
#: another sentence; further pairs cost time and are mostly wrong
WINDOW = 10
ROLE_WINDOW = 20
ROLES = ("agent", "target", "place")

#: entity type pairs (head, tail) that some relation allows
FITTING_PAIRS = frozenset((h, t) for heads, tails in RELATION_SIGNATURES.values()
                          for h in heads for t in tails)


@lru_cache(maxsize=1)
def _events_api():
    """The event rules' trigger lexicon, trigger reading, event merging and dating
    (the one place that knows where they live)."""
    from kg.events import TRIGGERS, _trigger, merge_events
    from kg.events.dates import _date_for
    return TRIGGERS, _trigger, merge_events, _date_for


def trigger_at(view, i):
    """(event type, kind, stem) of token i read as a trigger, or None."""
    (etype, kind), stem = _events_api()[1](view, i)
    return (etype, kind, stem) if etype else None


@lru_cache(maxsize=1)
def trigger_words() -> frozenset:
    return frozenset(_events_api()[0])


def merge_events(events):
    return _events_api()[2](events)


def trigger_positions(view) -> list:
    """Token indices of the sentence's trigger words (outside names)."""
    return [i for i in view.positions(trigger_words()) if i not in view.at and trigger_at(view, i)]


def rule_date(view, i, dates):
    """The date the event rules give a trigger at token i: the first date after it up to
    the next trigger of its clause, else the nearest before it in its clause, and so on."""
    triggers = trigger_positions(view)
    clause = view.clause_of[i]
    end = i + 1
    while end < len(view.tokens) and view.clause_of[end] == clause and end not in triggers:
        end += 1
    return _events_api()[3](view, i, end, dates, triggers)


@dataclass(slots=True)
class RelationCandidate:
    view: object
    head: object      # kg.view.Slot
    tail: object      # kg.view.Slot
    sentence: int     # index of the sentence in the document


@dataclass(slots=True)
class RoleCandidate:
    view: object
    trigger: int      # token index
    etype: str
    kind: str         # verb | noun | noun-patient
    stem: str
    slot: object      # kg.view.Slot
    sentence: int


def _gap(a, b):
    """Tokens between two slots (0 when adjacent or overlapping)."""
    return max(0, max(a.i, b.i) - min(a.j, b.j))


def relation_candidates(views, window: int = WINDOW) -> list:
    """Ordered pairs of mentions of two entities in a sentence; of the mentions of the
    same two entities in one sentence, only the closest pair."""
    out = []
    for n, v in enumerate(views):
        slots = v.slots
        if len(slots) < 2:
            continue
        closest = {}
        for a in slots:
            ta = a.entity.type
            for b in slots:
                if a is b or a.entity.id == b.entity.id or (ta, b.entity.type) not in FITTING_PAIRS:
                    continue
                gap = _gap(a, b)
                if gap > window:
                    continue
                key = (a.entity.id, b.entity.id)
                if key not in closest or gap < closest[key][0]:
                    closest[key] = (gap, a, b)
        out.extend(RelationCandidate(v, a, b, n) for _, a, b in closest.values())
    return out


def role_candidates(views, window: int = ROLE_WINDOW) -> list:
    words = trigger_words()
    out = []
    for n, v in enumerate(views):
        if not v.slots:
            continue
        for i in v.positions(words):
            if i in v.at:
                continue    # a word of a name (عملية in an operation's name is read by the rules)
            reading = trigger_at(v, i)
            if reading is None:
                continue
            etype, kind, stem = reading
            for s in v.slots:
                gap = s.i - i - 1 if s.i > i else i - s.j
                if gap <= window:
                    out.append(RoleCandidate(v, i, etype, kind, stem, s, n))
    return out
