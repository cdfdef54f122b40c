"""Aliases: X الملقب بـ"Y" / المعروف باسم Y / المكنى أبو Y: Y is one more name of the person
named just before.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import ALIAS_CUES, KUNYA_HEADS, common_words, strip_clitics
from kg.mention_gates import starts_from
from kg.mentions_common import _ARABIC_WORD, is_name_word, make_mention
from kg.names import given_names
from kg.normalize import norm


@lru_cache(maxsize=1)
def _alias_cues():
    """The words that start an alias (alone or after و), as alias_mentions tests them."""
    return frozenset(ALIAS_CUES) | {"و" + w for w in ALIAS_CUES}


_ALIAS_QUOTES = frozenset('«»"“”\'')
# the cues that agree with a feminine noun: mostly a thing's or a place's other name
_FEMININE_ALIAS_CUES = frozenset(norm(w) for w in "الملقبة المعروفة المكناة تلقب تكنى".split())


#: "known by the nickname / the name" before the name itself (المعروف بلقب X)
NAMING_NOUNS = frozenset(norm(w) for w in "لقب اسم كنية".split())


def _common_after_bi(stem) -> bool:
    """Is the word after بـ, without the article, a noun of the language no name list holds
    (ميوله "his leanings", إشعال "kindling"): what the person is known for, not his alias (a
    nickname with the article stays one: المعروف بالجزار)?"""
    from kg.mentions_foreign_names import WESTERN_GIVEN_NAMES
    from kg.mentions_names import word_zipf
    from kg.names import all_name_words
    if stem.startswith("ال") or stem in all_name_words() or stem in given_names() or stem in KUNYA_HEADS \
            or stem in WESTERN_GIVEN_NAMES:
        return False
    return stem in common_words() or word_zipf(stem) >= _NOUN_ZIPF or (
        stem.endswith("ه") and word_zipf(stem[:-1]) >= _NOUN_ZIPF)


#: a word after بـ at least this common (Zipf), with no article and on no name list, is a noun
_NOUN_ZIPF = 3.0


@starts_from(_alias_cues)
def alias_mentions(tokens, text, blocked, norms=None):
    """X الملقب بـ"Y" / المعروف باسم Y: Y is a name of the preceding person.

    ``norms``: the tokens' normalised forms, when at hand (a sentence without a
    cue is then passed over at once)."""
    if norms is not None and _alias_cues().isdisjoint(norms):
        return []
    out = []
    for i, tok in enumerate(tokens):
        if tok.norm not in ALIAS_CUES and not (tok.norm[:1] == "و" and tok.norm[1:] in ALIAS_CUES):
            continue     # "ويدعى X والملقب بـ"Y"": the cue with the conjunction
        j = i + 1
        if j < len(tokens) and tokens[j].norm == "ايضا":
            j += 1      # "المعروف أيضا باسم"
        introduced = j < len(tokens) and tokens[j].norm in ("ب", "باسم")
        if introduced:
            j += 1
        quoted = False
        while j < len(tokens) and tokens[j].text in _ALIAS_QUOTES:
            j += 1      # quotes (a comma or a full stop ends the cue: "المعروفة، فكان ...")
            quoted = True
        if j >= len(tokens) or not _ARABIC_WORD.match(tokens[j].norm):
            continue
        clitic = ""
        first = tokens[j]
        for c, stem in strip_clitics(first.norm)[1:]:
            if c in ("ب",):
                clitic = c
        if not (introduced or quoted or clitic or first.norm in KUNYA_HEADS):
            continue    # "المعروف عنه تشدده": what he is known for, no name
        if clitic and first.norm[1:] in NAMING_NOUNS and j + 1 < len(tokens) \
                and _ARABIC_WORD.match(tokens[j + 1].norm):
            j, clitic = j + 1, ""     # "المعروف بلقب X": the name after the word "nickname"
            first = tokens[j]
        elif clitic and not quoted and _common_after_bi(first.norm[1:]):
            continue    # "المعروف بميوله اليسارية"، "المعروف بإشعال الفتنة": what he is known
            #             for, a common noun, no name
        if _FEMININE_ALIAS_CUES.intersection((tok.norm, tok.norm[1:])) and not any(
                st in given_names() or st in KUNYA_HEADS for _, st in strip_clitics(first.norm)):
            continue    # "الجبنة المعروفة بالدلة"، "تلقب بأرض الميعاد": a thing's name
        k = j + 1
        while k < len(tokens) and k - j < 3 and is_name_word(tokens[k], allow_common=True) \
                and k not in blocked and not tokens[k].norm.startswith("وال"):
            k += 1
        m = make_mention(tokens, j, k, "Person", source="alias", clitic=clitic, text=text)
        out.append(m)
    return out
