"""Generic actors named without a proper name, one entity however the article words them.

News names the sides of a war generically and varies the words: "المعارضة"، "قوات المعارضة"،
"فصائل المعارضة المسلحة"، "مقاتلو المعارضة"، "قوات المعارضة السورية" are one actor; "قوات
النظام" and "جيش النظام" are the regime's forces. A force head (قوات، فصائل، مقاتلو ...) before
the actor's word and adjectives after it (المسلحة، a demonym) do not make another actor.

A state's security body is one entity with or without "forces" before it and whatever the
gender of the state's adjective: "قوات الأمن الأفغانية"، "الأمن الأفغاني".

The opposition is its fighters too (its forces are the same entity); a regime is a government,
and its forces are another entity than the regime itself ("النظام السوري" vs "قوات النظام").
"""
from __future__ import annotations

from kg.normalize import norm

FORCE_HEADS = frozenset(norm(w) for w in
                        "قوات فصائل مقاتلو مقاتلي مقاتلين عناصر جيش ميليشيات مليشيات مسلحو مسلحي".split())
#: the actor's word -> whether its forces are the actor itself
GENERIC_ACTORS = {norm("المعارضة"): True, norm("النظام"): False, norm("المقاومة"): True}
ADJECTIVES = frozenset(norm(w) for w in "المسلحة المسلح المعتدلة الحاكم الشعبية".split())
# the government's forces, however worded: القوات الحكومية، قوات الحكومة (السورية)
GOVERNMENT_FORCES = frozenset([tuple(norm("القوات الحكومية").split()), tuple(norm("قوات الحكومة").split())])

# adjectives that stay in the name after the actor's word but make another actor (جيش النظام
# السابق: the former regime's)
NAME_ADJECTIVES = ADJECTIVES | frozenset(norm(w) for w in "السابق السابقة البائد البائدة المخلوع".split())


#: a state's security body named by its word and the state's adjective, with or without
#: "forces" before it: قوات الأمن الأفغانية = الأمن الأفغاني، قوات الشرطة العراقية = الشرطة العراقية
NATIONAL_BODY_WORDS = frozenset(norm(w) for w in "الأمن الشرطة الدرك".split())
NATIONAL_BODY_HEADS = frozenset(norm(w) for w in "قوات قوى".split())


def national_body_key(words, demonym=None):
    """The key of a state's security body however worded (قوات الأمن الأفغانية، الأمن الأفغاني:
    the adjective in either gender names one state), or None."""
    if demonym is None or len(words) < 2:
        return None
    core = words[1:] if words[0] in NATIONAL_BODY_HEADS else words
    if len(core) != 2 or core[0] not in NATIONAL_BODY_WORDS:
        return None
    country = demonym(core[1])
    return f"national:{core[0]}:{country}" if country else None


def generic_actor_key(words, demonym=None):
    """The key shared by every wording of one generic actor (normalised ``words``, no clitic),
    or None when the words name no generic actor. ``demonym``: word -> country or None."""
    if not words:
        return None
    national = national_body_key(words, demonym)
    if national is not None:
        return national
    if tuple(words[:2]) in GOVERNMENT_FORCES and all(
            w in ADJECTIVES or (demonym and demonym(w)) for w in words[2:]):
        return "forces:government"
    forces = words[0] in FORCE_HEADS
    rest = list(words[1:] if forces else words)
    if not rest or rest[0] not in GENERIC_ACTORS:
        return None
    for w in rest[1:]:
        if w not in ADJECTIVES and not (demonym and demonym(w)):
            return None
    core = rest[0]
    if forces and not GENERIC_ACTORS[core]:
        return f"forces:{core}"
    return f"actor:{core}"
