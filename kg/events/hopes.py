"""Acts hoped for are no events.

Hoped for: "معربا عن أمله في إلقاء القبض على مرتكبي الهجوم"، "نأمل أن تتمكن الشرطة من اعتقال
القتلة"، "متمنيا القبض على الجناة": the condolences and condemnations of the press wish for
an arrest that has not happened; wished for: "أعرب عن رغبته في لقاء الرئيس". ``hoped_for`` is a trigger filter (and a sense filter: the
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


def hoped_for(view, i, etype, kind, stem):
    """Is the act at ``i`` one somebody hopes for, a few words after the hope (no pause between),
    or one wished for, right after the wish?"""
    return (etype in HOPED_ACTS and _after_one_of(view, i, HOPES, HOPE_REACH)) \
        or _after_one_of(view, i, WISHES, WISH_REACH)
