"""Animals killed are no killing: "وقتل الصيادون 200 فيل في كينيا"، "قتل ما يقدر بنحو 30 ألف فيل
للحصول على العاج"، "قتلت الشرطة كلبا مسعورا". The ontology's killings are acts of violence
between people and groups; poaching, culls and livestock lost are other news.

``animals_not_people`` is a trigger filter (and a sense filter: the learned stage makes no
event of it either).
"""
from __future__ import annotations

from kg.events.grammar import _n

ANIMALS = _n("فيل فيلا فيلة أفيال الفيل الفيلة الأفيال حيوان حيوانا حيوانات الحيوانات طيور الطيور طائرا "
             "دجاج الدجاج أغنام الأغنام غنم ماشية الماشية مواشي المواشي إبل الإبل جمل جملا جمال أبقار "
             "الأبقار بقرة خيول الخيول حصان حصانا كلب كلبا كلاب الكلاب قطط القطط ذئب ذئبا ذئاب الذئاب "
             "أسماك الأسماك حيتان الحيتان قرش سمكة تماسيح تمساح نمر نمرا نمور الأسود غزلان الغزلان "
             "خرتيت الخرتيت الكركدن وحيد القرود قرود قرد دببة دب")
#: how far after the killing word the animals may be counted ("قتل الصيادون ما يقدر بنحو 30 ألف فيل")
REACH = 7
# the words of a count ("ما يقدر بنحو 30 ألف"، "أكثر من مئة")
COUNT_WORDS = _n("ما يقدر بنحو نحو حوالي قرابة زهاء أكثر أقل من ألف آلاف الف الاف مئة مائة مئات "
                 "عشرات ملايين مليون عدد عددا")


def animals_not_people(view, i, etype, kind, stem):
    """Is the killing at ``i`` told of animals counted right after it: past its count and at
    most one other word or name, its subject ("قتل الصيادون 200 فيل"، "قتلت الشرطة كلبا")?"""
    if etype != "Killing":
        return False
    toks = view.tokens
    others, k, end = 0, i + 1, min(len(toks), i + 1 + REACH)
    while k < end:
        slot = view.at.get(k)
        if slot is None and view.has(k, ANIMALS):
            return True
        if slot is None and (toks[k].text[:1].isdigit() or view.has(k, COUNT_WORDS)):
            k += 1
            continue
        others += 1
        if others > 1 or (slot is None and not toks[k].norm.isalpha()):
            return False
        k = slot.j if slot is not None else k + 1
    return False
