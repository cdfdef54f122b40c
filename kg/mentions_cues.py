"""Cues: the words that can start a pattern (a head, a title, a kunya) or a post, and where
a sentence has them (cue_positions), worked out once as two small sets of spellings so that
a sentence's cues are two look-ups per token.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress

from kg.lexicon import (FACILITY_HEADS, KUNYA_HEADS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLURAL_PLACE_HEADS,
                        POST_HEADS, SPOKES_HEADS, TRADE_TITLES, strip_clitics, words_read_as)
from kg.normalize import norm


@lru_cache(maxsize=1)
def _pattern_cues():
    """Every word that can start a pattern, bare and with the article (a fast pre-filter)."""
    words = set(ORG_HEADS) | set(PLACE_HEADS) | set(PERSON_TITLES) | TRADE_TITLES | set(KUNYA_HEADS) | {"قوات", "جيش"} \
        | FACILITY_HEADS | set(PLURAL_PLACE_HEADS) | QUOTED_ORG_HEADS | ROOM_HEADS \
        | NAMESAKE_BODY_HEADS | NAMESAKE_ROAD_HEADS | CROSSING_HEADS
    return frozenset(words | {"ال" + w for w in words})


# heads of a border crossing named before the word that says so: منفذ عرعر الحدودي، معبر نصيب
# الحدودي (منفذ alone is also the one who carries out an act: منفذ الهجوم)
CROSSING_HEADS = frozenset(norm(w) for w in "منفذ معبر".split())


# heads that name an organisation only before a quoted name: مجموعة «عرين الأسود»، شركة «بي بي»
# (مجموعة من المسلحين is a group of gunmen)
QUOTED_ORG_HEADS = frozenset(norm(w) for w in "مجموعة شركة شبكة".split())   # (شبكة «رصد» الإخبارية)


# heads of bodies and roads named after a titled person: جامعة الملك سعود، مؤسسة الملك خالد،
# معهد الأمير سلطان، طريق الملك فهد (the person no mention of his own)
NAMESAKE_BODY_HEADS = frozenset(norm(w) for w in "جامعة مؤسسة مركز معهد كلية مدرسة".split())
NAMESAKE_ROAD_HEADS = frozenset(norm(w) for w in "طريق".split())


# a head that names a body only before عمليات: غرفة عمليات X، غرفة العمليات المشتركة (غرفة
# alone is a room)
ROOM_HEADS = frozenset(norm(w) for w in "غرفة".split())


# envoys and delegates named after their post and its destination, with or without the
# article: المبعوث الأممي إلى سوريا X، المندوب الروسي لدى الأمم المتحدة X، مندوبة فرنسا X
ENVOY_POSTS = frozenset(norm(w) for w in "المبعوث المبعوثة المندوب المندوبة مندوب مندوبة الممثل ممثل".split())


# a woman speaking for a body, named after her post: المتحدثة باسم البرنامج X، الناطقة باسم الوزارة X
SPOKESWOMEN = frozenset(norm(w) for w in "المتحدثة الناطقة متحدثة ناطقة".split())


@lru_cache(maxsize=1)
def _post_cues():
    return frozenset(POST_HEADS | SPOKES_HEADS | SPOKESWOMEN | ENVOY_POSTS)


@lru_cache(maxsize=1)
def _cue_spellings() -> tuple:
    """``(pattern, post)``: every word one of whose readings is a pattern cue, resp. a post
    (the cues with each clitic glued, kept if strip_clitics reads them so), worked out once:
    a sentence's cues are then two look-ups per token in small sets."""
    def spellings(cues):
        return frozenset(w for w in words_read_as(cues)
                         if not cues.isdisjoint(s for _, s in strip_clitics.__wrapped__(w)))
    return spellings(_pattern_cues()), spellings(_post_cues())


def cue_positions(tokens, norms=None) -> tuple:
    """``(pattern_cues, post_cues)``: indexes of the tokens one of whose readings is a cue.

    ``norms``: the tokens' normalised forms, when at hand.
    """
    if norms is None:
        norms = [t.norm for t in tokens]
    pattern, post = _cue_spellings()
    return (list(compress(range(len(norms)), map(pattern.__contains__, norms))),
            list(compress(range(len(norms)), map(post.__contains__, norms))))
