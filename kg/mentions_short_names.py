"""A group named again by the last word of its name, in quotes: "حزب العمال الكردستاني ...
عناصر «الكردستاني»"، "حركة الشباب ... هجوم لـ«الشباب»".

- ``quoted_short_names``: a single word in quotes that is the last word (with the article) of
  the name of an organisation the knowledge base knows and the article has named before is
  that organisation again. The quotes make the word a name; the earlier full name says whose.
  A word no earlier name ends with, or one a mention already covers, is left alone.
"""
from __future__ import annotations

from bisect import bisect_right

from kg.mentions_common import _QUOTES
from kg.model import Mention

_CLOSING = frozenset(_QUOTES.values())


def _short_names(mentions) -> dict:
    """last word of a known organisation's name (normalised, with ال) -> its first mention."""
    from kg.normalize import norm
    out = {}
    for m in mentions:
        if m.type != "Organization" or not m.kb_id or m.nominal:
            continue
        words = norm(m.text).split()
        if len(words) >= 2 and words[-1].startswith("ال") and len(words[-1]) > 4:
            out.setdefault(words[-1], m)
    return out


def quoted_short_names(sentences, text, mentions) -> list:
    """Mentions of known organisations named again by the last word of their name in quotes
    (see the module's docstring)."""
    names = _short_names(mentions)
    if not names:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    out = []
    for sent in sentences:
        toks, norms = sent.tokens, sent.norms
        for k in range(1, len(toks) - 1):
            first = names.get(norms[k])
            if first is None or toks[k - 1].text not in _QUOTES or toks[k + 1].text not in _CLOSING:
                continue
            if _QUOTES[toks[k - 1].text] != toks[k + 1].text or first.start >= toks[k].start:
                continue      # unbalanced quotes, or the word before the full name
            s, e = toks[k].start, toks[k].end
            p = bisect_right(starts, e) - 1
            if p >= 0 and taken[p][1] > s:
                continue      # a mention covers it already
            out.append(Mention(s, e, text[s:e], type="Organization", subtype=first.subtype,
                               source="alias", kb_id=first.kb_id))
    return out
