"""Aliases: X الملقب بـ"Y" / المعروف باسم Y / المكنى أبو Y: Y is one more name of the person
named just before.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import ALIAS_CUES, KUNYA_HEADS, strip_clitics
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
        if _FEMININE_ALIAS_CUES.intersection((tok.norm, tok.norm[1:])) and not any(
                st in given_names() or st in KUNYA_HEADS for _, st in strip_clitics(first.norm)):
            continue    # "الجبنة المعروفة بالدلة"، "تلقب بأرض الميعاد": a thing's name
        k = j + 1
        while k < len(tokens) and k - j < 3 and is_name_word(tokens[k], allow_common=True) \
                and k not in blocked:
            k += 1
        m = make_mention(tokens, j, k, "Person", source="alias", clitic=clitic, text=text)
        out.append(m)
    return out
