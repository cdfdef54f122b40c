"""لقاء is a meeting, or "in return for": "يعمل حارسا لقاء 200 دولار في الشهر"، "أفرج عنه
لقاء فدية"، "لقاء مبلغ مالي"، "أطلق سراحه لقاء كفالة". Before a number, a sum, a price or a ransom it tells no meeting.

``price_not_meeting`` is a trigger filter (and a sense filter: the learned stage makes no
event of it either).
"""
from __future__ import annotations

from kg.events.grammar import _n

PRICE_NOUNS = _n("لقاء")
# what is paid in return
PAYMENTS = _n("مبلغ مبالغ فدية الفدية أجر أجرة راتب رواتب ثمن الثمن مقابل دولار دولارات دولارا "
              "ريال ريالات ريالا دينار دينارا جنيه جنيها يورو ليرة نحو حوالي قرابة رسوم رسم عمولة "
              "رشوة رشاوى تعويض تعويضات مكافأة مكافآت مال أموال كفالة الكفالة كفالات ضمان ضمانة "
              "غرامة")


def price_not_meeting(view, i, etype, kind, stem):
    """Is the meeting noun at ``i`` لقاء before a number or a payment ("لقاء نحو 10 دولارات"،
    "لقاء فدية")?"""
    if etype != "Meeting" or stem not in PRICE_NOUNS or i + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[i + 1]
    return view.at.get(i + 1) is None and (nxt.text[:1].isdigit() or view.has(i + 1, PAYMENTS))
