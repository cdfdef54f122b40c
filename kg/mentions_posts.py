"""Persons named by their post: a name after a post that ends in an entity or a demonym
(وزير الحرب الأميركي X، المتحدث باسم الجيش العميد X، المبعوث الأممي إلى سوريا X), and a name
set before its role by apposition (X، القيادي في حماس).
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES, STOPWORDS, TITLE_ADJECTIVES, strip_clitics
from kg.mentions_common import ORG_NAME_STOPS, _ARABIC_WORD, definite, is_name_word, make_mention
from kg.mentions_cues import ENVOY_POSTS, cue_positions
from kg.mentions_names import word_before_name
from kg.names import all_name_words, given_names
from kg.mentions_titled_names import (given_name_before_son, is_title_adjective, noun_before_given_name,
                                     person_name_after)
from kg.normalize import norm


#: prepositions of a post's destination (سفير X لدى Y، مبعوث X إلى Y، ممثل X في Y), normalised
_DESTINATION_PREPS = frozenset(["لدي", "الي", "في"])
# the posts sent somewhere, whose destination may follow an adjective (المبعوث الأممي إلى ...)
_ENVOYS = ENVOY_POSTS | frozenset(norm(w) for w in "مبعوث مبعوثة سفير سفيرة السفير".split())
_SPECIAL = frozenset(norm(w) for w in "الخاص الخاصة".split())


_IN_THE_NAME_OF = norm("باسم")
#: nouns that stand for a body named before (with the knowledge base's nominals: الحركة، الوزارة)
_BODY_NOUNS = frozenset(norm(w) for w in "المركز المجلس اللجنة المكتب الشرطة الائتلاف التحالف الإدارة".split())
_PLACE_NOMINALS = frozenset(["Country", "City", "Region"])


def _body_word(n: str, kb) -> bool:
    """Is ``n`` a noun standing for a body named before (المركز، الحركة، الوزارة), after باسم?"""
    if n in _BODY_NOUNS:
        return True
    kinds = kb.nominal(n)
    return bool(kinds) and not set(kinds) & _PLACE_NOMINALS


def post_person_mentions(tokens, text, kb, blocked, found, cue_at=None):
    """Names after a post that ends in an entity or a demonym.

    وزير الحرب الأميركي بيت هيغسيث، قائد القيادة الوسطى الأميرال براد كوبر،
    المتحدث باسم الجيش العميد X.
    ``cue_at``: the indexes of the tokens carrying a post word, when already known.
    """
    out = []
    nt = len(tokens)
    for i in cue_positions(tokens)[1] if cue_at is None else cue_at:
        tok = tokens[i]
        envoy = any(stem in _ENVOYS for _, stem in strip_clitics(tok.norm))
        # walk over the post's complement: words, then an entity or demonym
        j = i + 1
        limit = min(nt, i + 8)
        end_at = by_noun = None
        while j < limit:
            ent = next((m for m in found if m[0] == j), None)
            if ent is not None and ent[2].type == "Person" and tokens[j - 1].norm == _IN_THE_NAME_OF:
                j = end_at = ent[1]     # "المتحدث باسم بان كي مون X": the one spoken for, then
                break                   # the spokesperson
            if ent is not None and ent[2].type == "Person":
                break   # "وزير الدفاع X المحتجز": the post's holder is named already
            if ent is not None:
                j = ent[1]
                end_at = j
                while j < nt and kb.demonym(tokens[j].norm):
                    j += 1
                    end_at = j
                break
            if kb.demonym(tokens[j].norm):
                j += 1
                end_at = j
                break
            n = tokens[j].norm
            if tokens[j - 1].norm == _IN_THE_NAME_OF and _body_word(n, kb):
                end_at = by_noun = j + 1     # "المتحدث باسم المركز علي بوشناف": the body named before
                break
            if n in _DESTINATION_PREPS and j > i + 1 and envoy and any(m[0] == j + 1 for m in found):
                end_at = j     # "المبعوث الأممي إلى سوريا X": the destination read below
                break
            if not _ARABIC_WORD.match(n) or n in STOPWORDS:
                break
            j += 1
        if end_at is None:
            continue
        j = end_at
        if envoy and j + 2 < nt and tokens[j].norm in _SPECIAL:
            j += 1     # "المبعوث الروسي الخاص إلى سوريا X"
        if j + 1 < nt and tokens[j].norm in _DESTINATION_PREPS:
            # the post's destination before the name: سفير الولايات المتحدة لدى العراق ستيفن فاجن
            dest = next((m for m in found if m[0] == j + 1), None)
            if dest is not None:
                j = dest[1]
        if j + 1 < nt and j not in blocked and tokens[j].norm.startswith("لل") and len(tokens[j].norm) > 4:
            j += 1     # the body's owner: رئيس المكتب السياسي للحركة X
        elif j + 1 < nt and tokens[j].norm in ORG_NAME_STOPS:
            owner = next((m for m in found if m[0] == j + 1), None)
            if owner is not None:
                j = owner[1]    # "باسم اللواء الأول التابع للجيش الليبي X": past the body's owner
                while j < nt and kb.demonym(tokens[j].norm):
                    j += 1
        while j < nt and j not in blocked and (tokens[j].norm in PERSON_TITLES or tokens[j].norm in TITLE_ADJECTIVES
                                               or (j > end_at and ((kb.demonym(tokens[j].norm)
                                                                    and not given_name_before_son(tokens, j))
                                                                   or is_title_adjective(tokens, j)))):
            j += 1     # "... الجنرال الأميركي X": a title, then its adjective
        while j + 1 < nt and j not in blocked and j + 1 not in blocked and noun_before_given_name(tokens, j):
            j += 1     # "مدير المؤسسة القبطان محمد X": a trade before the name
        if j < nt and tokens[j].norm.startswith("و") and tokens[j].norm not in all_name_words():
            continue    # "رئيس الوزراء التركي وطالب بـ": a verb joined by و, no name after the post
        k = person_name_after(tokens, j, blocked)
        if by_noun is not None and k - j < 2:
            continue    # after a body's noun, a name of two words at least (one may be cut short)
        if k > j:
            out.append(make_mention(tokens, j, k, "Person", text=text,
                                    title=text[tok.start:tokens[j - 1].end]))
    return out


# roles set after a name by apposition: "X، القيادي في حركة حماس"، "X، المسؤول عن ..."
APPOSED_ROLES = frozenset(norm(w) for w in "القيادي المسؤول العضو الناشط القائد الضابط".split())
# posts set after a name by apposition: "X، المتحدث باسم الوزارة"، "X، عضو المكتب السياسي لـ"،
# "X، وزير الخارجية الأردني"، "X، الأمين العام لحزب"
APPOSED_POSTS = frozenset(norm(w) for w in (
    "المتحدث المتحدثة الناطق الناطقة عضو عضوة وزير وزيرة رئيس رئيسة قائد قائدة زعيم أمير الأمين "
    "محافظ مدير مديرة مستشار مستشارة سفير سفيرة مبعوث").split())


def apposed_person_mentions(tokens, blocked, norms=None):
    """``(i, j)`` of names right before "، القيادي/المسؤول ..." (two to four name words
    after a word that is no name: "إن المستهدف هو X، القيادي في حماس"). ``norms``: the
    tokens' normalised forms, when at hand."""
    if norms is not None and APPOSED_ROLES.isdisjoint(norms) and APPOSED_POSTS.isdisjoint(norms):
        return []
    out = []
    for t in range(2, len(tokens)):
        if tokens[t].norm not in APPOSED_ROLES and tokens[t].norm not in APPOSED_POSTS \
                or tokens[t - 1].text not in ("،", ","):
            continue
        k = t - 1      # the name ends before the comma; only its last word may be definite
        while k > 0 and t - 1 - k < 4 and k - 1 not in blocked and (
                is_name_word(tokens[k - 1]) or _family_name_after_given(tokens, k - 1, t, blocked)) \
                and (k == t - 1 or not definite(tokens[k - 1])):
            k -= 1
        while t - 1 - k >= 2 and word_before_name(tokens[k].norm):
            k += 1     # "صوت على إقالة سامر خليل، القيادي": the noun before the name is none of it
        if tokens[t].norm not in APPOSED_ROLES:
            k = _from_a_given_name(tokens, k, t)
            if k is None:
                continue
        if t - 1 - k >= 2 and not tokens[k].norm.startswith("و"):
            out.append((k, t - 1))
    return out


# words that join the parts of a long name: a name before a post is not cut after them
_NAME_LINKS = frozenset(norm(w) for w in "بن بنت ابن آل".split())


def _from_a_given_name(tokens, k, t):
    """Where a name before a post ("X، المتحدث باسم ...") starts: its first given name from ``k``
    on (not the verb before it: "شكا خالد خوجا"), or None when a part of a longer name may
    stand before it ("بن مساعد آل سعود")."""
    while t - 1 - k >= 2 and tokens[k].norm not in given_names():
        k += 1
    if tokens[k].norm not in given_names() or k > 0 and tokens[k - 1].norm in _NAME_LINKS:
        return None
    return k


def _family_name_after_given(tokens, k, t, blocked):
    """Is token ``k``, the last before the comma at ``t - 1``, a family name however common a
    word (القضاة، النجار), a given name before it ("سفيان القضاة، المتحدث باسم ...")?"""
    return k == t - 2 and k - 1 >= 0 and k - 1 not in blocked and definite(tokens[k]) \
        and is_name_word(tokens[k], allow_common=True) and tokens[k - 1].norm in given_names()
