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


_CAPITAL = norm("العاصمة")


def national_capital(entry) -> bool:
    """Is a knowledge-base city a state's capital (an entry the KB also names "العاصمة +
    adjective": الخرطوم، بغداد، صنعاء)? News names such a city by its bare name, and the
    province named for it by its head (ولاية الخرطوم، محافظة بغداد)."""
    return entry.subtype == "City" and any(norm(a).startswith(_CAPITAL) for a in entry.aliases)


def province_of_a_city(m, key, kb):
    """The key of a place mention written with a province head (ولاية الخرطوم) whose bare name
    is a national capital's (key ("kb", city)): the province, a place of its own (the city is
    the bare name or "مدينة X"); otherwise ``key`` unchanged (محافظة عدن ... عدن: one place)."""
    if key[0] != "kb" or m.type != "Place":
        return key
    words = norm(m.text).split()
    if len(words) < 2 or _head_kind(words[0]) != "province":
        return key
    entry = kb.get(key[1]) if key[1] in kb else None
    if entry is None or not national_capital(entry):
        return key
    return ("Place", "province:" + " ".join(words[1:]))


def bare_names_to_written_city(mentions, kb) -> None:
    """A bare name the knowledge base gives to a region (غزة: the Gaza Strip) names the city
    when the article writes that city with its head (مدينة غزة, a City entry of its own): news
    that writes "مدينة غزة" means the city by "غزة" too (the region keeps its own head: قطاع
    غزة). The bare mentions are relinked to the city's entry, in place."""
    cities = {}
    for m in mentions:
        if m.kb_id and m.type == "Place" and not m.nominal and m.subtype == "City":
            words = norm(m.text).split()
            if len(words) > 1 and _head_kind(words[0]) == "city":
                cities.setdefault(" ".join(words[1:]), m.kb_id)
    if not cities:
        return
    for m in mentions:
        if m.kb_id and m.type == "Place" and not m.nominal and m.kb_id not in cities.values():
            city = cities.get(norm(m.text))
            entry = kb.get(m.kb_id) if city and m.kb_id in kb else None
            if entry is not None and entry.subtype == "Region":
                m.kb_id, m.subtype = city, "City"
