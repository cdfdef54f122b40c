"""A city and the province of the same name: two places.

Many provinces carry their capital's name (محافظة ذمار and مدينة ذمار, ولاية قندوز and مدينة
قندوز, محافظة كركوك and مدينة كركوك). When an article writes both heads, it speaks of two
places: the city is the one written "مدينة X"; the province is "محافظة X" and the bare name X
(news names a province by its bare name, and the city by its head: "اشتباكات في مدينة
كركوك ... محافظ كركوك"). Without both heads written, a bare name stays one place.
"""
from __future__ import annotations

from kg.lexicon import strip_clitics
from kg.normalize import norm

CITY_HEADS = frozenset(norm(w) for w in "مدينة المدينة".split())
PROVINCE_HEADS = frozenset(norm(w) for w in "محافظة ولاية إقليم قضاء مقاطعة".split())


_PROVINCE_WORDS = ("محافظة", "ولاية", "إقليم", "اقليم", "قضاء", "مقاطعة")


def _head_kind(word) -> str | None:
    for _, stem in strip_clitics(norm(word)):
        if stem in CITY_HEADS:
            return "city"
        if stem in PROVINCE_HEADS:
            return "province"
    return None


def written_head(text, m):
    """("city" | "province" | None, the bare name) of a place mention: the head is the
    mention's first word (محافظة ذمار) or the word written right before it (بمدينة ذمار)."""
    words = m.text.split()
    if len(words) > 1:
        kind = _head_kind(words[0])
        if kind:
            return kind, " ".join(norm(w) for w in words[1:])
    before = text[max(0, m.start - 20):m.start]
    if before and before[-1].isspace():
        prev = before.split()
        if prev:
            return _head_kind(prev[-1]), norm(m.text)
    return None, norm(m.text)


def city_and_province(text, mentions) -> dict:
    """id(mention) -> ("city" | "province", bare name) for the place mentions of the names an
    article writes with both a city head and a province head (none for the others)."""
    if "مدينة" not in text or not any(h in text for h in _PROVINCE_WORDS):
        return {}     # (a fast pre-filter: both heads must be written)
    heads, read = {}, {}
    for m in mentions:
        if m.type != "Place" or m.nominal:
            continue
        kind, name = written_head(text, m)
        read[id(m)] = (kind, name)
        if kind:
            heads.setdefault(name, set()).add(kind)
    both = {n for n, kinds in heads.items() if len(kinds) == 2}
    if not both:
        return {}
    return {i: ("city" if kind == "city" else "province", name)
            for i, (kind, name) in read.items() if name in both}
