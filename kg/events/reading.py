"""One trigger being read: what is known of it so far, and how its rules are run.

Every role (agent, target, place) is decided by a list of rules, each a small named
function of a :class:`Reading`. A rule returns the slot it finds, or None. A rule
that *fills* runs only while the role is still empty; one that *overrides* always
runs and replaces what an earlier rule found whenever it finds something. Rules
run in the order of their list, so the order is part of the rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    """A named rule for one role: ``applies(r)`` says when it is tried, ``find(r)``
    returns the slot (or None); ``overrides`` lets it replace an earlier finding."""
    name: str
    find: object
    applies: object = None
    overrides: bool = False


def rule(name, applies=None, overrides=False):
    """Decorator: declare a function as a :class:`Rule` named ``name``."""
    def wrap(fn):
        return Rule(name, fn, applies, overrides)
    return wrap


def run_rules(rules, r, role, accept=None):
    """Run ``rules`` in order on reading ``r``, setting attribute ``role``; a slot that
    ``accept`` (when given) refuses is no finding, and the next rule is tried."""
    for ru in rules:
        if getattr(r, role) is not None and not ru.overrides:
            continue
        if ru.applies is not None and not ru.applies(r):
            continue
        found = ru.find(r)
        if found is not None and (accept is None or accept(found)):
            setattr(r, role, found)


@dataclass
class Reading:
    """A trigger at token ``i`` of ``view`` and the roles found for it so far."""
    view: object
    text: str
    dates: list
    act_dates: list        # the dates that may date an act (kg.events.dates.act_dates)
    i: int
    etype: str
    kind: str
    scope_end: int
    trigger_idx: list
    prev_event: object
    ev: object
    passive: bool = False
    conj_verb: bool = False
    agent: object = None
    target: object = None
    place: object = None
    marker_ids: list = field(default_factory=list)      # agents named only by an adjective
    inherited: list = field(default_factory=list)       # agents taken from the event before
    inherited_means: list = field(default_factory=list)
    same_story: bool = False
    drop: bool = False                                  # no event after all
    _soldiers: object = None

    @property
    def toks(self):
        return self.view.tokens

    @property
    def active_verb(self):
        return self.kind == "verb" and not self.passive

    @property
    def soldiers(self):
        """"مقتل 15 جنديا": a killing whose victims are counted soldiers."""
        if self._soldiers is None:
            from kg.events.grammar import _soldiers_counted
            self._soldiers = self.etype == "Killing" and self.kind == "noun-patient" and \
                _soldiers_counted(self.view, self.i)
        return self._soldiers

    def same_clause_as_prev(self):
        """Was the event before told in this trigger's clause?"""
        from kg.events.triggers import _trigger_index
        p = self.prev_event
        return p is not None and \
            self.view.clause_of[_trigger_index(self.view, p)] == self.view.clause_of[self.i]
