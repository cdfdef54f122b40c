"""A body's media centre is a body: المركز الإعلامي للقوات المسلحة، المركز الإعلامي للعملية.

Armies, operations and groups speak through a media centre, which news names by the
two words and the body it serves (لـ X): the phrase is an organisation (a bare المركز الإعلامي
too, when the body follows in quotes: المركز الإعلامي لـ"قسد").
"""
from __future__ import annotations

from kg.lexicon import STOPWORDS, strip_clitics
from kg.mention_gates import starts_from
from kg.mentions_common import definite
from kg.normalize import norm

# (المكتب الإعلامي لـ X is more often a press office inside a body the text names, which
# annotators leave out: عضو المكتب الإعلامي للدفاع المدني)
OFFICE_HEADS = frozenset(norm(w) for w in "المركز".split())
MEDIA_ADJECTIVES = frozenset(norm(w) for w in "الإعلامي".split())
_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف"])


@starts_from(MEDIA_ADJECTIVES)
def media_office_spans(tokens, norms, taken) -> list:
    """``(i, j, clitic)`` of "المركز الإعلامي" + the body it serves (للعملية، للقوات
    المسلحة) when the text names it with ل glued to its first word."""
    out = []
    nt = len(tokens)
    if MEDIA_ADJECTIVES.isdisjoint(norms):
        return out
    for i in range(nt - 1):
        if i in taken or i + 1 in taken or norms[i + 1] not in MEDIA_ADJECTIVES:
            continue
        readings = [(c, st) for c, st in strip_clitics(norms[i]) if st in OFFICE_HEADS and c in _CLITICS]
        readings += [("لل", "ال" + norms[i][2:])] if norms[i][:2] == "لل" and "ال" + norms[i][2:] in OFFICE_HEADS \
            else []
        if not readings:
            continue
        clitic = readings[0][0]
        j = i + 2
        if j < nt and j not in taken and norms[j].startswith("لل") and len(norms[j]) > 4:
            j += 1    # للعملية، للقوات
            if j < nt and j not in taken and definite(tokens[j]) and norms[j] not in STOPWORDS \
                    and norms[j].endswith(("ه", "ي")):
                j += 1    # المسلحة
        out.append((i, j, clitic))
    return out
