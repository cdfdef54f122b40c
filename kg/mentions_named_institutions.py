"""Institutions whose names run to a fixed last word: hospitals and medical centres ending with
their kind (مستشفى جامعة مايدوغوري التعليمي، مستشفى هيئة مأرب العام، مركز سبها الطبي) or named by
their university (مستشفى جامعة دجلة) and local
councils named for their town (المجلس البلدي مصراتة، المجلس المحلي لمدينة X، المجلس المحلي في X);
missions named for the country they serve (البعثة الأممية في ليبيا); election commissions named by
their rank (اللجنة المستقلة للانتخابات).

Both run after the other finders, on the found spans: a hospital's name may hold a body's or a
place's name (جامعة X، هيئة X، X), which is then no mention of its own; a council is an
organisation and the town in its name no mention of its own (annotation guidelines: a place
named only inside an organisation's name). Cheap: nothing is done in a sentence without a head.
"""
from __future__ import annotations

from itertools import compress

from kg.lexicon import STOPWORDS, strip_clitics, word_set, words_read_as
from kg.mentions_common import _ARABIC_WORD, make_mention
from kg.normalize import norm

_n = word_set

# hospital heads and the words that end a hospital's name
HOSPITAL_HEADS = _n("مستشفى مشفى")
HOSPITAL_ENDS = _n("التعليمي الجامعي التخصصي الحكومي العام المركزي المرجعي الإحالي الوطني العسكري")
# a medical centre: مركز X الطبي
CENTRE_HEADS = _n("مركز")
CENTRE_ENDS = _n("الطبي الصحي")
_MAX_NAME = 4

# local councils: المجلس المحلي / البلدي + the town
COUNCIL = norm("المجلس")
COUNCIL_KINDS = _n("المحلي البلدي")
TOWN_HEADS = _n("مدينة بلدة قرية ناحية")
_COUNCIL_LINKS = _n("في")

# an election commission named by its rank: اللجنة المستقلة للانتخابات، المفوضية العليا المستقلة
# للانتخابات، الهيئة الوطنية للانتخابات (not a local or executive committee: اللجنة المحلية
# للانتخابات, one in every town)
ELECTION_HEADS = _n("اللجنة المفوضية الهيئة")
ELECTION_KINDS = _n("العليا المستقلة الوطنية المركزية العامة")
FOR_ELECTIONS = norm("للانتخابات")
# which elections, part of the name: اللجنة العامة للانتخابات البلدية
ELECTION_ADJECTIVES = _n("البلدية البرلمانية الرئاسية التشريعية النيابية المحلية")
_MAX_KINDS = 3

# a mission named by its sender's adjective and the country it serves: البعثة الأممية في ليبيا
MISSION = norm("البعثة")
MISSION_KINDS = _n("الأممية الأوروبية الأفريقية الإفريقية الدولية الأمريكية الأميركية العربية")
# the kinds that name the body that sent it (the UN, the EU, the AU), which a mission named
# by its kind alone stands for
SENDER_MISSION_KINDS = _n("الأممية الأوروبية الأفريقية الإفريقية")


def _head(norm_word, heads):
    """The clitic before a head (indefinite: no article), or None."""
    return next((c for c, st in strip_clitics(norm_word) if st in heads and not c.endswith(("ال", "لل"))), None)


def _named_end(norms, i, ends) -> int | None:
    """The end of a name after a head at i that closes with one of ``ends``, or None."""
    for k in range(i + 2, min(len(norms), i + 2 + _MAX_NAME)):
        n = norms[k]
        if n in ends:
            return k + 1
        if not _ARABIC_WORD.match(n) or n in STOPWORDS:
            return None
    return None


# a university hospital named by its university: مستشفى جامعة دجلة (the university's name found)
UNIVERSITY = norm("جامعة")


# a royal title a university is named with: جامعة الملك سعود (the name goes on after it)
ROYAL = _n("الملك الأمير")


def _university_hospital_end(tokens, norms, i, spans) -> int | None:
    """The end of "مستشفى جامعة X" after a hospital head at i: where the university's name found
    as an organisation ends, else after its name (a royal's in full: جامعة الملك سعود), or None."""
    if i + 2 >= len(norms) or norms[i + 1] != UNIVERSITY:
        return None
    found = next((b for a, b, m in spans if a == i + 1 and m.type == "Organization"), None)
    if found is not None:
        return found
    from kg.mentions_place_heads import _name_after_head
    if norms[i + 2] in ROYAL:
        return i + 4 if i + 3 < len(norms) and _ARABIC_WORD.match(norms[i + 3]) \
            and norms[i + 3] not in STOPWORDS else None
    e = _name_after_head(tokens, i + 1, set(), lambda toks, q: False)
    return e if e > i + 2 else None


def _replace(tokens, text, spans, i, e, mention):
    """``spans`` with ``mention`` over tokens[i:e], the spans inside it dropped and a person's
    name that took its last word cut after it (مدير مركز X الطبي Y: Y); unchanged when another
    span crosses its edges."""
    out = []
    for a, b, m in spans:
        if i <= a and b <= e:
            continue
        if i <= a < e < b and m.type == "Person":
            out.append((e, b, make_mention(tokens, e, b, "Person", m.subtype, source=m.source, text=text)))
            continue
        if a < i < b or a < e < b:
            return spans
        out.append((a, b, m))
    return out + [(i, e, mention)]


def named_institutions(tokens, norms, text, spans, heads_at) -> list:
    """``spans`` ((i, j, mention)) with hospitals, medical centres and local councils made
    whole; ``heads_at``: the positions of the sentence's words that may open one."""
    for i in heads_at:
        n = norms[i]
        clitic = _head(n, HOSPITAL_HEADS)
        if clitic is not None:
            e = _named_end(norms, i, HOSPITAL_ENDS) or _university_hospital_end(tokens, norms, i, spans)
            if e:
                place = make_mention(tokens, i, e, "Place", None, clitic=clitic, text=text)
                spans = _replace(tokens, text, spans, i, e, place)
            continue
        clitic = _head(n, CENTRE_HEADS)
        if clitic is not None:
            e = _named_end(norms, i, CENTRE_ENDS)
            if e:
                place = make_mention(tokens, i, e, "Place", None, clitic=clitic, text=text)
                spans = _replace(tokens, text, spans, i, e, place)
            continue
        mission = next((c for c, st in strip_clitics(n) if st == MISSION), None)
        if mission is not None and i + 3 < len(norms) and norms[i + 1] in MISSION_KINDS \
                and norms[i + 2] in _COUNCIL_LINKS:
            place = next(((a, b) for a, b, m in spans if a == i + 3 and m.type == "Place"), None)
            if place is not None:
                body = make_mention(tokens, i, place[1], "Organization", None, clitic=mission, text=text)
                spans = _replace(tokens, text, spans, i, place[1], body)
            continue
        if mission is not None and i + 1 < len(norms) and norms[i + 1] in SENDER_MISSION_KINDS \
                and not any(a <= i + 1 and i < b for a, b, _ in spans):
            # "البعثة الأممية"، "البعثة الأوروبية" with no country after it: the mission by its sender
            body = make_mention(tokens, i, i + 2, "Organization", None, clitic=mission, text=text)
            spans = _replace(tokens, text, spans, i, i + 2, body)
            continue
        election = next((c for c, st in strip_clitics(n) if st in ELECTION_HEADS), None)
        if election is not None:
            e = _election_commission_end(norms, i)
            if e:
                body = make_mention(tokens, i, e, "Organization", "GovernmentBody", clitic=election, text=text)
                spans = _replace(tokens, text, spans, i, e, body)
            continue
        council = next((c for c, st in strip_clitics(n) if st == COUNCIL), None)
        if council is None or i + 2 >= len(norms) or norms[i + 1] not in COUNCIL_KINDS:
            continue
        k = i + 2
        if norms[k] in _COUNCIL_LINKS:
            k += 1      # المجلس المحلي في البارة
        place = next(((a, b) for a, b, m in spans if a == k and m.type == "Place"), None)
        if place is None and k < len(norms) and _head(norms[k], TOWN_HEADS) is not None:
            place = next(((a, b) for a, b, m in spans if a == k + 1 and m.type == "Place"), None)
        if place is None:
            continue
        body = make_mention(tokens, i, place[1], "Organization", "GovernmentBody", clitic=council, text=text)
        spans = _replace(tokens, text, spans, i, place[1], body)
    return spans


def _election_commission_end(norms, i) -> int | None:
    """The end of an election commission's name after its head at i (one to three words of
    rank, then للانتخابات and which elections), or None."""
    k = i + 1
    while k < len(norms) and k - i <= _MAX_KINDS and norms[k] in ELECTION_KINDS:
        k += 1
    if not (k > i + 1 and k < len(norms) and norms[k] == FOR_ELECTIONS):
        return None
    return k + 2 if k + 1 < len(norms) and norms[k + 1] in ELECTION_ADJECTIVES else k + 1


#: the words that may open an institution's name, each with the clitics it may carry (worked
#: out once: a per-word set lookup)
OPENING_STEMS = HOSPITAL_HEADS | CENTRE_HEADS | ELECTION_HEADS | {COUNCIL, MISSION}
_OPENS = frozenset(words_read_as(OPENING_STEMS))


def institution_heads(norms) -> list:
    """Positions of the words that may open an institution's name."""
    return list(compress(range(len(norms)), map(_OPENS.__contains__, norms)))
