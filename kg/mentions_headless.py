"""Head-less mentions: places and bodies named with no head noun before them, on the tokens
the patterns left.

Runs the rules of kg.mentions_places and kg.mentions_groups in order, each seeing the
ones before it as taken: names in brackets after a head, spokesmen's bodies, self-named
groups, liberation fronts, named networks, seats of power, places fronts are named for (kg.mentions_fronts), prefixed and capital-apposed
places, and rare words listed with a place.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from kg.lexicon import FACILITY_HEADS, strip_clitics
from kg.mention_gates import found_by, runs, sentence_words
from kg.mentions_bodies import bracketed_body_spans
from kg.mentions_common import make_mention
from kg.mentions_fronts import axis_command_spans, front_line_spans
from kg.mentions_media_offices import media_office_spans
from kg.mentions_quoted_groups import quoted_group_spans, rally_group_spans
from kg.mentions_groups import (liberation_front_spans, named_network_spans, self_named_group_spans,
                                self_named_unquoted_group_spans, spokesman_body_spans)
from kg.mentions_places import (bracketed_place_spans, capital_apposed_spans, coordinated_place_spans,
                                heading_place_spans, prefixed_place_spans, seat_of_power_spans)


def _token_span(tokens, m, starts=None, ends=None):
    """``(i, j)``: tokens[i:j] are the tokens the mention touches.

    Tokens are in order and do not overlap: the first one ending after the
    mention's start to the last one starting before its end (two bisects when
    the tokens' ``starts`` and ``ends`` are given).
    """
    if starts is None:
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
    i = bisect_right(ends, m.start)
    j = bisect_left(starts, m.end)
    if i >= len(tokens) or j == 0:
        raise ValueError(f"mention {m.start}-{m.end} outside the tokens")
    return i, j


def headless_mentions(tokens, norms, text, blocked, spans, words=None) -> list:
    """The places of kg.mentions_places and the bodies of kg.mentions_groups, on the tokens the
    patterns left: names in brackets after a head, spokesmen's bodies, liberation fronts,
    compound village names, and rare words listed with a place (each rule
    sees the ones before it as taken). ``words``: the sentence's words
    (kg.mention_gates.sentence_words), when at hand: a rule is passed over in a sentence
    without the words it starts from."""
    if words is None:
        words = sentence_words(norms)
    out = []
    taken = set(blocked)

    def take(i, j, etype, sub, clitic=""):
        out.append(make_mention(tokens, i, j, etype, sub, clitic=clitic, text=text))
        taken.update(range(i, j))

    for i, j, keep, sub in found_by(bracketed_place_spans, words, tokens, norms, taken):
        if keep:
            clitic = next((c for c, st in strip_clitics(norms[i]) if st in FACILITY_HEADS), "")
            out.append(make_mention(tokens, i, j, "Place", sub, clitic=clitic, text=text))
        else:
            out.append(make_mention(tokens, i + 2, j - 1, "Place", sub, text=text))
        taken.update(range(i, j))
    for i, j, sub in found_by(bracketed_body_spans, words, tokens, norms, taken):
        take(i, j, "Organization", sub)
    for i, j, sub in found_by(spokesman_body_spans, words, tokens, norms, taken):
        take(i, j, "Organization", sub)
    for i, j in found_by(self_named_group_spans, words, tokens, norms, taken):
        take(i, j, "Organization", "ArmedGroup")
    for i, j in found_by(self_named_unquoted_group_spans, words, tokens, norms, taken):
        take(i, j, "Organization", "ArmedGroup")
    for i, j, c, sub in found_by(liberation_front_spans, words, tokens, norms, taken):
        take(i, j, "Organization", sub, c)
    for i, j, c in found_by(media_office_spans, words, tokens, norms, taken):
        take(i, j, "Organization", "MediaOrganization", c)
    for i, j, c in rally_group_spans(tokens, norms, taken):
        take(i, j, "Organization", None, c)
    if runs(quoted_group_spans, words):
        orgs = [(i, j) for i, j, m in spans if m.type == "Organization"] \
            + [_token_span(tokens, m) for m in out if m.type == "Organization"]
        for i, j in quoted_group_spans(tokens, norms, taken, frozenset(j for _, j in orgs),
                                       frozenset(i - 1 for i, _ in orgs)):
            take(i, j, "Organization", "ArmedGroup")
    for i, j, c in found_by(named_network_spans, words, tokens, norms, taken):
        take(i, j, "Organization", "ArmedGroup", c)
    for i, j, c in found_by(seat_of_power_spans, words, tokens, norms, taken):
        take(i, j, "Place", None, c)
    for i, j, c in axis_command_spans(tokens, norms, taken):
        take(i, j, "Organization", "ArmedForce", c)
    for i, j, c in front_line_spans(tokens, norms, taken):
        take(i, j, "Place", "Region", c)
    places = [(i, j, c) for i, j, c in found_by(prefixed_place_spans, words, tokens, norms, taken)]
    places += found_by(capital_apposed_spans, words, tokens, norms, taken)
    places += found_by(heading_place_spans, words, tokens, norms, taken)
    for i, j, _ in places:
        taken.update(range(i, j))
    found = [(*_token_span(tokens, m), False) for m in out if m.type == "Place"]
    found += [(i, j, norms[i].startswith("و") and m.start > tokens[i].start) for i, j, m in spans
              if m.type == "Place" and not any(st in FACILITY_HEADS for _, st in strip_clitics(norms[i]))] \
        + [(i, j, c == "و") for i, j, c in places]   # (a facility's list is of things: مطار حربي ومرابض)
    places += coordinated_place_spans(tokens, norms, taken, found)
    out += [make_mention(tokens, i, j, "Place", "City", clitic=c, text=text) for i, j, c in places]
    return out
