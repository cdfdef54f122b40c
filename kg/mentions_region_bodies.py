"""Bodies named for a region written with its head: شرطة إقليم بنادر، قوات ولاية جوبالاند،
حكومة ولاية شمال دارفور، مجلس محافظة نينوى، شرطة ولاية قندهار.

The region (found by the place-head patterns, its head kept) is inside the body's name: the
body is one organisation and the region no mention of its own (annotation guidelines: a place
named only inside an organisation's name is no mention of it). Bodies named for a place the
knowledge base knows are kg.mentions_place_bodies'.
"""
from __future__ import annotations

from kg.lexicon import ORG_HEAD_SUBTYPES, strip_clitics
from kg.mentions_common import make_mention
from kg.normalize import norm

# heads of a region's own bodies
REGION_BODY_HEADS = frozenset(norm(w) for w in (
    "شرطة قوات قوة حكومة مجلس برلمان إدارة رئاسة وزارة مديرية قيادة محكمة هيئة بلدية حرس").split())
# the province heads a region keeps in its name
REGION_HEADS = frozenset(norm(w) for w in "إقليم اقليم ولاية محافظة مقاطعة".split())


def region_bodies(tokens, text, spans, covered) -> list:
    """``spans`` ((i, j, mention) triples) with every region written with its head right after
    a body's head (not definite: "الحكومة" + a region is no name) made that body."""
    out = []
    for i, j, m in spans:
        if m.type == "Place" and i > 0 and m.start == tokens[i].start:
            # the region's head inside the mention (a place-head pattern's: ولاية X) or right
            # before it (a known town's name: ولاية كسلا)
            h = i if tokens[i].norm in REGION_HEADS else i - 1
            if h == i - 1 and (h in covered or tokens[h].norm not in REGION_HEADS):
                h = -1
            head = next(((c, st) for c, st in strip_clitics(tokens[h - 1].norm)
                         if st in REGION_BODY_HEADS and not c.endswith(("ال", "لل"))), None) \
                if h > 0 and h - 1 not in covered else None
            if head is not None:
                clitic, stem = head
                out.append((h - 1, j, make_mention(tokens, h - 1, j, "Organization", ORG_HEAD_SUBTYPES.get(stem),
                                                   clitic=clitic, text=text)))
                continue
        out.append((i, j, m))
    return out
