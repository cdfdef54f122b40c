"""Groups named in quotes with no head noun: «صقور الشام»، "تجمع أحرار حوران".

- ``rally_group_spans``: a body whose name starts with تجمع (a rally, an assembly), which is
  also the verb "gathered" and the noun "a gathering": only in quotes («تجمع العزة») or before
  a definite plural and its nisba (تجمع المهنيين السودانيين). A gathering of fighters (تجمع
  للمسلحين، تجمعات المسلحين) and the verb (تجمع العشرات) are none.
- ``quoted_group_spans``: a quoted name of two to four words with no head, an organisation when
  its context says so: fighters, factions or positions of it before the quotes (مقاتلي «X»،
  فصائل «X»، مقرات لـ«X»، مسلحين من «X»), a verb of fighting, claiming or joining right before or after it
  (شنت «X» هجمات، انضم إلى «X»، «X» تبنت)، or a quoted organisation it is listed with
  («جيش الفتح» و«X»); its last word definite or rare (no «هجوم كيماوي» اتهمت ...). An operation's name (عملية «X») is none: kg.mentions_operations drops it.
"""
from __future__ import annotations

from kg.lexicon import common_words, strip_clitics, word_set
from kg.mention_gates import starts_from
from kg.mentions_common import _QUOTES, _prepositional, _quoted_name_end


def _governed(w: str) -> bool:
    """A word with a preposition glued to it (للغزاة، للقوات، بالمنطقة): no group's name
    starts or goes on so."""
    return w.startswith("لل") and len(w) > 4 or _prepositional(w)

_RALLY = word_set("تجمع")
_QUOTE_SET = frozenset(_QUOTES)
_CLITICS = frozenset(["", "و", "ل", "ب", "ول", "وب", "ف"])


def _nisba_plural(w: str) -> bool:
    return w.startswith("ال") and len(w) > 5 and w.endswith("يين")


def rally_group_spans(tokens, norms, taken) -> list:
    """``(i, j, clitic)`` of bodies named تجمع X (see the module's docstring)."""
    out = []
    nt = len(tokens)
    if "تجمع" not in " ".join(norms):
        return out
    for i in range(nt - 2):
        if i in taken:
            continue
        if tokens[i].text in _QUOTES and norms[i + 1] in _RALLY:
            end = _quoted_name_end(tokens, i, taken)
            if end is not None and end > i + 2 and not _governed(norms[i + 2]):
                out.append((i + 1, end, ""))
            continue
        clitic = next((c for c, st in strip_clitics(norms[i]) if st in _RALLY and c in _CLITICS), None)
        if clitic is None or i + 1 in taken or i + 2 in taken:
            continue
        a, b = norms[i + 1], norms[i + 2]
        if a.startswith("ال") and a.endswith("ين") and len(a) > 5 and _nisba_plural(b):
            out.append((i, i + 3, clitic))     # تجمع المهنيين السودانيين
    return out


#: words right before the quotes that make a quoted name a group's: its fighters, members,
#: factions, positions (مقاتلي «X»، مقرات لـ«X»)
GROUP_CONTEXT = word_set("فصائل فصيل كتائب مقاتلي مقاتلو مقاتلين عناصر مسلحي مسلحو مسلحين مقرات مقر مواقع "
                         "قيادات قادة قيادي أمير زعيم")
#: verbs of fighting, claiming or joining before the quotes (شنت «X» هجمات، انضم إلى «X»)
GROUP_VERBS_BEFORE = word_set("شنت هاجمت اقتحمت قاتلت سيطرت استهدفت تبنت تبنى انضم انضمت انضموا انضمام "
                              "ينضم تنضم انشق انشقت انشقوا انشقاق بايع بايعت مبايعة")
#: belonging to it (للاشتباه بانتمائهم إلى «X»، ينتمون إلى «X»، المنتمين إلى «X»)
GROUP_VERBS_BEFORE |= word_set("انتمائهم انتمائه انتمائها انتمائهما الانتماء انتماء ينتمون ينتمي تنتمي "
                               "ينتميان المنتمين المنتمي المنتمية")
#: verbs right after the quotes (قد may come between: «X» قد اتهمت)
GROUP_VERBS_AFTER = word_set("تبنت تبنى اتهمت هاجمت سيطرت قاتلت شنت استهدفت اقتحمت")
# (من: مسلحين من «X»، عناصر من «X»)
_BETWEEN = word_set("الي عن قد خلالها من")
_AND = "و"


def _stems(w):
    return {st for c, st in strip_clitics(w) if c in _CLITICS}


def _org_context(tokens, norms, q, end, org_ends, org_starts) -> bool:
    """Does the context around the quotes tokens[q..end] name a group?"""
    before = [k for k in (q - 1, q - 2) if k >= 0]
    if before and norms[before[0]] in ("ل",):   # لـ«X»: look one word further back
        before = [k for k in (q - 2, q - 3) if k >= 0]
    for n, k in enumerate(before):
        st = _stems(norms[k])
        if st & GROUP_CONTEXT or st & GROUP_VERBS_BEFORE:
            return True
        if n == 0 and norms[k] not in _BETWEEN:
            break
    k = end + 1
    if k < len(norms) and norms[k] in _BETWEEN:
        k += 1
    if k < len(norms) and _stems(norms[k]) & GROUP_VERBS_AFTER:
        return True
    # listed with a quoted organisation: «Y» و«X» or «X» و«Y»
    if q >= 2 and norms[q - 1] == _AND and (q - 2) in org_ends:
        return True
    return end + 2 < len(norms) and norms[end + 1] == _AND and (end + 2) in org_starts


_RARE_ZIPF = 3.0


def _known_land(w: str) -> bool:
    """Is ``w`` the name of a country or region: one the knowledge base knows (مصر، الشام) or a
    land named with ستان (كردستان، بلوشستان، تركستان)?"""
    from kg.kb import load_kb
    return (w.endswith("ستان") and len(w) > 5) or any(e.type == "Place" for e in load_kb().find(w))


def _name_end_word(w: str) -> bool:
    """May a group's name end with this word? A definite one (الشام، السنة) or a rare one
    (حوران), not an indefinite nisba or a noun («هجوم كيماوي»، «عمل عدواني»، «ضربة محدودة»)."""
    from kg.mentions_names import word_zipf
    if w.startswith("ال") and len(w) > 3:
        return True
    if _known_land(w):
        return True     # «صقور حرية كردستان»، «شباب مصر»: named for a land
    return not w.endswith(("ي", "يه")) and word_zipf(w) < _RARE_ZIPF


@starts_from(_QUOTE_SET)
def quoted_group_spans(tokens, norms, taken, org_ends=frozenset(), org_starts=frozenset()) -> list:
    """``(i, j)`` of quoted names of groups with no head (see the module's docstring).
    ``org_ends``/``org_starts``: the closing/opening quote tokens around organisations found."""
    out = []
    if _QUOTE_SET.isdisjoint(norms):
        return out
    for q in range(len(tokens) - 2):
        if tokens[q].text not in _QUOTES or q + 1 in taken:
            continue
        end = _quoted_name_end(tokens, q, taken)
        if end is None or end - q - 1 < 2:
            continue
        words = norms[q + 1:end]
        if all(w in common_words() for w in words) or not _name_end_word(words[-1]) or _governed(words[0]):
            continue
        if _org_context(tokens, norms, q, end, org_ends, org_starts):
            out.append((q + 1, end))
    return out
