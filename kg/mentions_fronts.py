"""Front lines named for a place: «محور الليثي»، «جبهة صرواح»، «جبهات نهم والجوف».

War reports name a front by the place it runs through: محور X (an axis of advance) or جبهة X
(a front), several at once after a plural or dual head (جبهات X وY، محوري X وY). The place is
the name after the head; kg.mentions_headed_names adds "محور X" as one more name of it.

Not a front: an organisation named جبهة + words (جبهة النصرة، جبهة فتح الشام: the knowledge base
or the organisation heads find them first; an unknown one is made of ordinary words, which a
front's place name is not), an axis of ideas (محور المقاومة، محور الشر: common words), a head
with the article (المحور الشرقي، الجبهة الشمالية: a side, no name) or a quoted name after جبهة
(جبهة «X»: how groups are written). An axis right after a post is the command, not the front
(قائد محور تعز: axis_command_spans).
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS, STOPWORDS, common_words, strip_clitics
from kg.mentions_common import _ARABIC_WORD, definite
from kg.mentions_names import word_zipf
from kg.mentions_place_heads import PLACE_NAME_PREFIXES
from kg.names import place_names
from kg.normalize import norm

FRONT_HEADS = frozenset(norm(w) for w in "محور جبهة".split())
FRONT_LIST_HEADS = frozenset(norm(w) for w in "محاور جبهات محوري جبهتي".split())
# a front's place name is a rare word (الليثي، صرواح) unless a gazetteer knows it (الجوف)
_PLACE_WORD_ZIPF = 3.8
# axes of politics, rarer words than most ideas: محور الممانعة، محور الاعتدال
NOT_FRONT_NAMES = frozenset(norm(w) for w in "الممانعة الاعتدال المقاومة الشر".split())
_HEAD_CLITICS = frozenset(["", "و", "ب", "وب", "ف", "ل", "ول"])


def _front_place_word(tokens, norms, k, taken) -> bool:
    """May tokens[k] be the name of the place a front runs through?"""
    if k >= len(tokens) or k in taken:
        return False
    w = norms[k]
    if not _ARABIC_WORD.match(w) or len(w) < 3 or w in STOPWORDS or w in DIRECTIONS or w in NOT_FRONT_NAMES:
        return False
    if w in place_names():
        return True
    return w not in common_words() and word_zipf(w) < _PLACE_WORD_ZIPF \
        and not any(c and (st in common_words() or st in place_names()) for c, st in strip_clitics(w)[1:])


def _name_end(tokens, norms, k, taken) -> int:
    """End of a front's place name from k: one word, or two when the first is bare and the
    second a rare definite word (قصر بن غشير is a facility's, found before)."""
    if norms[k] in PLACE_NAME_PREFIXES and k not in taken and k + 1 < len(tokens) and k + 1 not in taken and (
            _front_place_word(tokens, norms, k + 1, taken) or (
                definite(tokens[k + 1]) and _ARABIC_WORD.match(norms[k + 1]) and norms[k + 1] not in STOPWORDS)):
        return k + 2     # محور عين زارة، جبهة تل الورد: a compound name's first word, and the rest
    if not _front_place_word(tokens, norms, k, taken):
        return k
    if definite(tokens[k]) or norms[k] in place_names():
        return k + 1
    if k + 1 < len(tokens) and definite(tokens[k + 1]) and _front_place_word(tokens, norms, k + 1, taken) \
            and norms[k + 1] not in place_names():
        return k + 2
    return k + 1


def _head(norms, i, heads):
    """The clitic before a front head at i (None: no front head there)."""
    for c, st in strip_clitics(norms[i]):
        if st in heads and c in _HEAD_CLITICS:
            return c
    return None


AXIS = norm("محور")
#: the words of a post right before "محور X" that make the axis a military command (Yemen's
#: army is organised in axes: قائد محور تعز، المتحدث باسم محور البقع), not a front line
AXIS_POSTS = frozenset(norm(w) for w in "قائد قائدا لقائد وقائد قيادة لقيادة وقيادة باسم".split())
_SPOKES = frozenset(norm(w) for w in "المتحدث الناطق متحدث ناطق والمتحدث والناطق".split())


def after_axis_post(norms, i) -> bool:
    """Is norms[i] "محور" right after a post (قائد محور، المتحدث باسم محور)?"""
    if i < 1 or norms[i] != AXIS:
        return False
    before = norms[i - 1]
    return before in AXIS_POSTS and (before != norm("باسم") or (i >= 2 and norms[i - 2] in _SPOKES))


def axis_command_spans(tokens, norms, taken) -> list:
    """``(i, j, "")`` of "محور X" right after a post (قائد محور تعز، الناطق باسم محور عتق): the
    axis is the command the post is in, an organisation named head and place together."""
    out = []
    if "محور" not in " ".join(norms):
        return out      # (one C-level look before any per-word one)
    for i in range(1, len(tokens) - 1):
        if i in taken or i + 1 in taken or not after_axis_post(norms, i):
            continue
        j = _name_end(tokens, norms, i + 1, taken)
        if j > i + 1:
            out.append((i, j, ""))
    return out


def front_line_spans(tokens, norms, taken) -> list:
    """``(i, j, clitic)`` of the places fronts are named for (the name only, no head)."""
    out = []
    joined = " ".join(norms)
    if "محور" not in joined and "محاور" not in joined and "جبه" not in joined:
        return out      # (one C-level look before any per-word one)
    for i in range(len(tokens) - 1):
        if i in taken or i + 1 in taken:
            continue
        if _head(norms, i, FRONT_HEADS) is not None:
            j = _name_end(tokens, norms, i + 1, taken)
            if j > i + 1:
                out.append((i + 1, j, ""))
        elif _head(norms, i, FRONT_LIST_HEADS) is not None:
            j = _name_end(tokens, norms, i + 1, taken)
            if j == i + 1:
                continue
            found = [(i + 1, j, "")]
            k = j
            while k < len(tokens) and k not in taken and norms[k].startswith("و") and len(found) < 6:
                tok_stem = norms[k][1:]
                if not (tok_stem in place_names() or (tok_stem not in common_words()
                                                     and word_zipf(tok_stem) < _PLACE_WORD_ZIPF)) \
                        or len(tok_stem) < 3:
                    break
                found.append((k, k + 1, "و"))
                k += 1
            if len(found) >= 2 or norms[i + 1] in place_names():
                out.extend(found)
    return out
