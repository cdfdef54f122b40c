"""Backing and alliances told in other words than affiliation.py's cues: a state's backing as
an adverb ("المدعومة إيرانيا"، "الموالية تركيا"), an alliance as a verb ("تحالفت X مع Y"،
"X تحالفت مع Y"), an alliance named with a pronoun ("تحالفها مع Y").
"""
from __future__ import annotations

from kg.lexicon import ORG_HEADS, PERSON_TITLES
from kg.relations.affiliation import STATE_BACKING, _describes_unnamed_noun
from kg.relations.common import add, country_slot, past_words, words
from kg.relations.pronoun_posts import _antecedent

_PARTIES = ("Person", "Organization")
_TITLES_AND_HEADS = frozenset(PERSON_TITLES) | frozenset(ORG_HEADS)


def _adverb_country(view, kb, k):
    """The country key of an adverb of backing at token ``k`` ("إيرانيا" -> iran), or of a
    country named right there without a preposition ("المدعومة تركيا")."""
    s = view.slot_starting(k)
    if s is not None:
        return s if s.entity.type == "Place" and s.entity.subtype == "Country" and not s.clitic else None
    n = view.tokens[k].norm
    if len(n) > 4 and n.endswith("ا") and not n.startswith("ال"):
        key = kb.demonym(n[:-1])
        return country_slot(view, kb, key) if key else None
    return None


def adverb_backing_relations(view, kb, out):
    """X المدعومة إيرانيا / X الموالية تركيا -> X affiliatedWith the country."""
    toks = view.tokens
    for i in view.positions(STATE_BACKING):
        if i + 1 >= len(toks) or view.at.get(i) is not None or _describes_unnamed_noun(view, i):
            continue
        state = _adverb_country(view, kb, i + 1)
        if state is None:
            continue
        head = view.prev_slot(i, types=("Organization",), max_gap=0)
        if head is not None:
            add(out, "affiliatedWith", head, state, view, "affiliation-adverb")


# "تحالفت X مع Y"، "X تحالفت مع Y"، "يتحالف X مع Y"
ALLY_VERBS = words("تحالف تحالفت يتحالف تتحالف تحالفوا")
_WITH = words("مع")


def alliance_verb_relations(view, kb, out):
    """تحالفت X مع Y / X تحالفت مع Y -> X affiliatedWith Y."""
    toks = view.tokens
    for i in view.positions(ALLY_VERBS):
        if view.at.get(i) is not None:
            continue
        k = past_words(view, i + 1, _TITLES_AND_HEADS)   # the name's head the tagger left out: "تحالفت جماعة X"
        first = view.slot_starting(k)
        if first is not None and first.entity.type in _PARTIES:
            m = first.j   # the verb first, its subject right after
        else:
            first = view.prev_slot(i, types=_PARTIES, max_gap=0)
            m = i + 1     # the subject before the verb
        if first is None or m >= len(toks) or toks[m].norm not in _WITH:
            continue
        other = view.slot_starting(m + 1)
        if other is not None and other.entity.type in _PARTIES:
            add(out, "affiliatedWith", first, other, view, "affiliation-ally-verb")


# an alliance named with a pronoun for one side: "تعزز تحالفها مع Y" (X before)
ALLIANCE_OF_IT = {w: g for g, ws in (("F", "تحالفها"), ("M", "تحالفه"), (None, "تحالفهم"))
                  for w in words(ws)}
_ALLIANCE_ADJECTIVES = words("العسكري الاستراتيجي الوثيق السياسي التاريخي")


def alliance_pronoun_relations(view, kb, out):
    """X ... تحالفها (العسكري) مع Y -> X affiliatedWith Y (X: what the pronoun refers to)."""
    toks = view.tokens
    for i in view.positions(frozenset(ALLIANCE_OF_IT)):
        gender = next((ALLIANCE_OF_IT[st] for st in sorted(view.stems(i)) if st in ALLIANCE_OF_IT), None)
        k = i + 1
        while k < len(toks) and view.has(k, _ALLIANCE_ADJECTIVES):
            k += 1
        if k + 1 >= len(toks) or toks[k].norm not in _WITH:
            continue
        other = view.slot_starting(k + 1)
        if other is None or other.entity.type not in ("Person", "Organization", "Place"):
            continue
        whole = _antecedent(view, i, gender)
        if whole is not None and whole.entity.id != other.entity.id:
            add(out, "affiliatedWith", whole, other, view, "affiliation-alliance-pronoun")


# backing told with a verb whose object pronoun is the one backed: "قوات X التي تدعمها واشنطن"،
# "X، وهي تحالف فصائل كردية وعربية تدعمه واشنطن"
BACKS_IT = words("تدعمه تدعمها يدعمه يدعمها تدعمهم يدعمهم تسانده تساندها يسانده يساندها")
_RELATIVES = words("التي الذي والتي والذي")
_IT_IS = words("وهي وهو")
DESCRIPTION_REACH = 6
_BACKERS = ("Organization", "Place")


def _backed(view, i):
    """The organisation the object pronoun of the verb at ``i`` stands for: the one right
    before a relative ("X التي تدعمها")، or before "، وهي <description>" ("X، وهي تحالف ... تدعمه")."""
    toks = view.tokens
    if i > 0 and view.has(i - 1, _RELATIVES) and view.at.get(i - 1) is None:
        return view.prev_slot(i - 1, types=("Organization",), max_gap=0, same_clause=False)
    for m in range(i - 1, max(-1, i - 1 - DESCRIPTION_REACH), -1):
        if view.at.get(m) is not None or toks[m].text in ("،", ","):
            return None
        if toks[m].norm in _IT_IS and m > 0 and toks[m - 1].text in ("،", ","):
            return view.prev_slot(m - 1, types=("Organization",), max_gap=0, same_clause=False)
    return None


def backing_verb_relations(view, kb, out):
    """X التي تدعمها Y / X، وهي تحالف ... تدعمه Y -> X affiliatedWith Y."""
    for i in view.positions(BACKS_IT):
        if view.at.get(i) is not None:
            continue
        backer = view.slot_starting(past_words(view, i + 1, _TITLES_AND_HEADS))
        if backer is None or backer.entity.type not in _BACKERS:
            continue
        backed = _backed(view, i)
        if backed is not None and backed.entity.id != backer.entity.id:
            add(out, "affiliatedWith", backed, backer, view, "affiliation-backing-verb")
