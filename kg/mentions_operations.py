"""Operation names: the name a military operation is given is the operation's, no entity's.

عملية «حسكنيت»، العملية التي أطلق عليها اسم "X"، عملية حسكنيت (one uncommon word): the
character spans of such names, which find_mentions keeps free of entities.
"""
from __future__ import annotations

from itertools import compress

from kg.lexicon import words_read_as
from kg.mentions_common import _QUOTES, definite, is_name_word
from kg.normalize import norm
from kg.view import _stems


OPERATION_HEADS = frozenset(norm(w) for w in "عملية العملية حملة الحملة".split())
_OPERATION_WORDS = frozenset(norm(w) for w in (
    "عسكرية العسكرية أمنية الأمنية برية جوية التي الذي أطلق أطلقت أطلقوا عليها عليه اسم تحمل "
    "يحمل المسماة المسمى تسمى يسمى بعنوان تحت").split())


# the words strip_clitics may read as an operation head (العملية، بالعملية، وحملة ...)
_OPERATION_SPELLINGS = words_read_as(OPERATION_HEADS)


def _operation_words(words) -> set:
    """Those of ``words`` (normalised) one of whose readings is an operation head (the
    few that may be, checked: not every word of a document looked up)."""
    return {w for w in _OPERATION_SPELLINGS.intersection(words)
            if not _stems(w).isdisjoint(OPERATION_HEADS)}


def _operation_names(tokens, norms, heads):
    """Character spans of operations' names: عملية «حسكنيت»، العملية التي أطلق عليها اسم "X",
    عملية حسكنيت (one uncommon word). A name there is the operation's, no entity's.
    ``norms``: the tokens' normalised forms; ``heads``: the operation heads among them
    (or a superset, such as the document's: :func:`_operation_words`)."""
    if heads.isdisjoint(norms):
        return []
    found = [w in heads for w in norms]
    out = []
    for i in compress(range(len(found)), found):
        k = i + 1
        while k < len(tokens) and k - i <= 5 and tokens[k].norm in _OPERATION_WORDS:
            k += 1
        if k >= len(tokens):
            continue
        close = _QUOTES.get(tokens[k].text)
        if close is not None:
            e = next((m for m in range(k + 1, min(len(tokens), k + 7)) if tokens[m].text == close), None)
            if e is not None and e > k + 1:
                out.append((tokens[k + 1].start, tokens[e - 1].end))
        elif k == i + 1 and is_name_word(tokens[k]) and not definite(tokens[k]) \
                and len(tokens[k].norm) > 3:
            out.append((tokens[k].start, tokens[k].end))
    return out
