"""Headed names: the "head + name" phrases the text writes for an entity's mentions.

A place with its town or province head (بمدينة الزرقاء -> مدينة الزرقاء) or its countryside
and sides (بريف حلب الشمالي -> ريف حلب الشمالي), an organisation with the head noun before
its quoted or bare name (حركة «فتح»): one more name of the entity, for the annotated output
(kg.jsonl).
"""
from __future__ import annotations

from kg.lexicon import ORG_HEADS, original_prefix_length, strip_clitics
from kg.normalize import norm

# a place named with its head as the text writes it (بمدينة الزرقاء -> مدينة الزرقاء) is one
# more name of it: the mention leaves the head out. A province's head too (في محافظة القطيف ->
# محافظة القطيف): where the article also names the city X, kg.linking_places has already made
# the province another entity than the city, and the head says which of the two this one is.
HEADED_NAME_HEADS = frozenset(norm(w) for w in "مدينة بلدة قرية مخيم حي منطقة قضاء ناحية مديرية "
                              "محافظة ولاية إقليم مقاطعة "
                              "محور جبهة".split())   # a front named for its place (kg.mentions_fronts)


# the countryside of a town, named by it: "بريف حلب الشمالي" is one more name of Aleppo's
# entity (kg.relations.located puts a town "في ريف حلب" in Aleppo), with the compass
# adjectives the text writes after it
COUNTRYSIDE = norm("ريف")
COUNTRYSIDE_SIDES = ("الشمالي", "الجنوبي", "الشرقي", "الغربي")


def _sides_after(text, end) -> str:
    """The compass adjectives written right after ``end`` (" الشمالي الغربي"), up to two."""
    out = ""
    for _ in range(2):
        rest = text[end + len(out):end + len(out) + 9]
        side = next((w for w in COUNTRYSIDE_SIDES if rest.startswith(" " + w)
                     and (len(rest) == len(w) + 1 or not rest[len(w) + 1].isalpha())), None)
        if side is None:
            break
        out += " " + side
    return out


# a body's management before its name is no head of that name: "إدارة النادي" is the club's
# management, read as the club (kg.mentions_checks.boards_as_their_body), not a longer name of it
NOT_NAME_HEADS = frozenset(norm(w) for w in "إدارة".split())

_OPEN_QUOTES = "«\"“"
_CLOSE_QUOTES = {"«": "»", '"': '"', "“": "”"}


def headed_names(text, entity) -> list:
    """The "head + name" phrases the text uses for an entity's mentions: a place with its
    town head (بمدينة الزرقاء -> مدينة الزرقاء) or its countryside (بريف حلب الشمالي -> ريف
    حلب الشمالي), an organisation with the head noun written
    before its quoted or bare name (حركة «فتح»، جماعة "أنصار الله")."""
    if entity.type == "Place":
        heads = HEADED_NAME_HEADS | {COUNTRYSIDE}
    elif entity.type == "Organization":
        heads = ORG_HEADS - NOT_NAME_HEADS
    else:
        return []
    out = []
    for m in entity.mentions:
        if m.nominal or m.start < 2:
            continue
        k = m.start
        quote = text[k - 1] if entity.type == "Organization" and text[k - 1] in _OPEN_QUOTES else ""
        if quote:
            k -= 1
            if not text.startswith(_CLOSE_QUOTES[quote], m.end):
                continue
        if k < 2 or not text[k - 1].isspace():
            continue
        k -= 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
        b = k
        while b > 0 and not text[b - 1].isspace():
            b -= 1
        word = text[b:k]
        for clitic, stem in strip_clitics(norm(word)):
            if stem in heads and not norm(m.text).startswith(stem):
                head = word[original_prefix_length(word, len(clitic)):]
                name = quote + m.text + _CLOSE_QUOTES[quote] if quote else m.text
                if stem == COUNTRYSIDE:
                    name += _sides_after(text, m.end)
                out.append(head + " " + name)
                break
    return out
