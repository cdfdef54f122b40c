"""Generic actors named without a proper name, one entity however the article words them.

News names the sides of a war generically and varies the words: "المعارضة"، "قوات المعارضة"،
"فصائل المعارضة المسلحة"، "مقاتلو المعارضة"، "قوات المعارضة السورية" are one actor; "قوات
النظام" and "جيش النظام" are the regime's forces. A force head (قوات، فصائل، مقاتلو ...) before
the actor's word and adjectives after it (المسلحة، a demonym) do not make another actor.

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


def generic_actor_key(words, demonym=None):
    """The key shared by every wording of one generic actor (normalised ``words``, no clitic),
    or None when the words name no generic actor. ``demonym``: word -> country or None."""
    if not words:
        return None
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
