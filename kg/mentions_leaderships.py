"""The leadership or management of a body is the body: قيادة الجيش، رئاسة الحزب، إدارة الشركة.

An organisation head that names who runs a body (قيادة، رئاسة، إدارة، مجلس إدارة) before the body
itself names no second organisation:
- before a body named by a common noun (قيادة الجيش، رئاسة الحكومة، إدارة الشركة، رئاسة
  الوزراء، إدارة المحافظة) the mention is dropped: the body is the noun's, which the text has
  named before (الجيش اللبناني ... قيادة الجيش); not a land's after ب (كلف بإدارة المحافظة:
  to run it);
- before a body's name found elsewhere in the article (قيادة فتح الشام after «فتح الشام») the
  mention becomes one of that name, so both are one entity.

Bodies whose name only starts so stay: قيادة عمليات بغداد، قيادة العمليات المشتركة، رئاسة
الأركان، رئاسة أمن الدولة، إدارة مكافحة الإرهاب، قيادة شرطة الأنبار (no common noun alone
after the head, and no other body of that name).
"""
from __future__ import annotations

from dataclasses import replace

from kg.normalize import norm

LEADERSHIP_HEADS = frozenset(norm(w) for w in "قيادة رئاسة إدارة".split())
_BOARD = (norm("مجلس"), norm("إدارة"))
#: common nouns that name a body the article has named before
BODY_NOUNS = frozenset(norm(w) for w in (
    "الحركة التنظيم الجماعة الجيش الشرطة الشركة المجلس الحكومة الولاية البلاد المحافظة الوزراء "
    "الحزب الجبهة الهيئة الإقليم الفصيل الوزارة الجهاز الفصائل الميليشيا الائتلاف التحالف "
    "الدولة الجمهورية").split())
#: of these, the lands: "بإدارة المحافظة" (by running the province) is an act, whose noun the
#: mention keeps from reading as an anaphor of another land
LAND_NOUNS = frozenset(norm(w) for w in "المحافظة الولاية البلاد الإقليم الدولة الجمهورية".split())
_ORG = "Organization"


def _head_words(words) -> int:
    """How many of the words are a leadership head (0: none)."""
    if len(words) > 2 and tuple(words[:2]) == _BOARD:
        return 2
    return 1 if len(words) > 1 and words[0] in LEADERSHIP_HEADS else 0


def _skip_words(text, start, n) -> int:
    """Offset after n words (and the spaces after them) from start."""
    k = start
    for _ in range(n):
        while k < len(text) and not text[k].isspace():
            k += 1
        while k < len(text) and text[k].isspace():
            k += 1
    return k


def leadership_mentions(mentions, text) -> list:
    """The mentions with leaderships of bodies dropped or made mentions of the body."""
    orgs = None
    out = []
    for m in mentions:
        if m.type != _ORG or m.source == "kb" or m.nominal:
            out.append(m)
            continue
        words = norm(m.text).split()
        h = _head_words(words)
        if not h:
            out.append(m)
            continue
        rest = words[h:]
        if len(rest) == 1 and rest[0] in BODY_NOUNS and not (
                rest[0] in LAND_NOUNS and m.start > 0 and text[m.start - 1] == "ب"):
            continue
        if orgs is None:
            orgs = {norm(o.text) for o in mentions if o.type == _ORG and not o.nominal}
        if " ".join(rest) in orgs:
            start = _skip_words(text, m.start, h)
            out.append(replace(m, start=start, text=text[start:m.end]))
            continue
        out.append(m)
    return out
