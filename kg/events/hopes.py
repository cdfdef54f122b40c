"""Acts hoped for are no events.

Hoped for: "معربا عن أمله في إلقاء القبض على مرتكبي الهجوم"، "نأمل أن تتمكن الشرطة من اعتقال
القتلة"، "متمنيا القبض على الجناة": the condolences and condemnations of the press wish for
an arrest that has not happened; wished for: "أعرب عن رغبته في لقاء الرئيس"; prayed for: "ودعا
الله أن يمكن رجال الأمن من القبض على الجناة". ``hoped_for`` is a trigger filter (and a sense filter: the
learned stage makes no event of it either). Only the forms that cannot be a name: the bare
noun أمل is also the Lebanese movement ("حركة أمل").
"""
from __future__ import annotations

from kg.events.grammar import _n

HOPES = _n("أمله أملها أملهم أملهما أملنا آمالهم آمل نأمل يأمل يأملون تأمل آملا آملة آملين "
           "متمنيا متمنية متمنين تمنى تمنت تمنوا يتمنى تتمنى نتمنى أتمنى راجيا راجية")
#: how far before the act the hope may stand, no pause between ("نأمل أن تتمكن الشرطة المصرية من اعتقال")
HOPE_REACH = 6
HOPED_ACTS = ("Arrest", "Killing", "Attack", "Strike")
_PAUSES = frozenset("،,.؛;:؟!")


# wishes: "أعرب عن رغبته في لقاء الرئيس"، "يرغب في زيارة المملكة": a meeting or a visit wished
# for has not happened either (a hope may be about what a visit that happened brings: "أعرب عن
# أمله في أن تسهم الزيارة في ...", so hopes bind only HOPED_ACTS)
WISHES = _n("رغبته رغبتها رغبتهم رغبتهما رغبتنا يرغب ترغب يرغبون نرغب أرغب راغبا راغبة")
#: how far before the act the wish may stand ("رغبته في لقاء"، "رغبتها الشديدة في زيارة")
WISH_REACH = 3


def _after_one_of(view, i, words, reach) -> bool:
    toks = view.tokens
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k].text in _PAUSES:
            return False
        if view.has(k, words):
            return True
    return False


# prayers: "ودعا المولى جل وعلا أن يمكن رجال الأمن من القبض على المجرمين"، "سائلا الله أن يمكن
# الجهات الأمنية من القبض": God asked to enable those who would do the act (not "لا يمكن أن", can)
GOD = _n("الله المولى")
ENABLE = _n("يمكن")
_THAT = _n("أن ان")
#: how far before the act the enabling verb may stand (past those it would enable: "أن يمكن
#: حكومة خادم الحرمين الشريفين ورجال الأمن البواسل في الجهات الأمنية من القبض")
ENABLED_REACH = 16
#: how far before أن God may be named (past his praise: "المولى جل وعلا أن")
GOD_REACH = 4


def _prayed_for(view, i) -> bool:
    toks = view.tokens
    for k in range(i - 1, max(0, i - 1 - ENABLED_REACH), -1):
        if toks[k].text in _PAUSES:
            return False
        if view.has(k, ENABLE) and view.has(k - 1, _THAT):
            return any(view.has(m, GOD) for m in range(max(0, k - 1 - GOD_REACH), k - 1))
    return False


def hoped_for(view, i, etype, kind, stem):
    """Is the act at ``i`` one somebody hopes for, a few words after the hope (no pause between),
    one prayed for (God asked to enable its doers), or one wished for, right after the wish?"""
    return (etype in HOPED_ACTS and (_after_one_of(view, i, HOPES, HOPE_REACH) or _prayed_for(view, i))) \
        or _after_one_of(view, i, WISHES, WISH_REACH)
