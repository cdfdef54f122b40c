"""Role mentions: an indefinite role tied to an organisation (قياديا بتنظيم القاعدة), a person
the article has not named yet; a counted role (ثلاثة عناصر) is people, no one person.
"""
from __future__ import annotations

from kg.mention_gates import starts_from
from kg.model import Mention
from kg.normalize import norm


ROLE_NOUNS = frozenset(["قياديا", "قيادي", "عنصرا", "مسوولا", "قايدا", "عضوا", "مقاتلا", "ناشطا"])


COUNT_WORDS = frozenset(norm(w) for w in (
    "اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات بضعة عدة "
    "ثلاث أربع خمس ست سبع ثماني تسع عشر").split())


@starts_from(ROLE_NOUNS)
def role_mentions(tokens, text, spans):
    """An indefinite role tied to an organisation (قياديا بتنظيم القاعدة): a person not yet named.

    Linking joins it to the titled person the article names next (القيادي بلال ...).
    """
    starts = {i: m for i, j, m in spans}
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in ROLE_NOUNS:
            continue
        if i > 0 and (tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in COUNT_WORDS):
            continue   # "12 عنصرا من الحزب"، "ثلاثة عناصر": a count of people, not one person
        nxt = starts.get(i + 1)
        if nxt is None and i + 2 < len(tokens) and tokens[i + 1].norm in ("في", "من"):
            k = i + 2
            while k < len(tokens) and not tokens[k].norm.isalnum():
                k += 1   # quotes: قياديا في "القاعدة"
            nxt = starts.get(k)
        elif nxt is not None and not text[tokens[i + 1].start:nxt.start]:
            nxt = None   # the organisation must be introduced by a preposition
        if nxt is not None and nxt.type == "Organization":
            out.append(Mention(tok.start, tok.end, tok.text, type="Person", source="role",
                               nominal=True, subtype="role"))
    return out
