"""Acts still to come, expected or supposed are no events.

"سيشن الجيش هجمات على مواقع التنظيم"، "أعلنت الحركة أنها ستصعد الهجمات"، "توقع الخبير أن ينفذ
التنظيم هجمات"، "إن أي ضربات على الجيش ستقوض الهدنة"، "تحذيرات من هجمات محتملة": the wire tells
attacks, strikes, killings and arrests that are promised, expected or only supposed beside those
that took place. ``act_still_to_come`` is a trigger filter (and a sense filter: the learned stage
makes no event of it either).

Only narrow cues, in the trigger's clause and with no pause between: a light verb in the future
(the prefix س, or سوف) or in the subjunctive after أن a few words before the act's noun; an
expectation, a risk or a permission right before the light noun (توقع شن هجمات، خطر وقوع هجمات،
السماح بشن غارات); a word of readiness a few words before the act (مستعد لتوجيه ضربات); «أي / أية»
right before the act ("any attack"); an adjective of likelihood right after it (هجمات محتملة، هجوم وشيك); an act's verb in
the imperfect right after أن، لن or سوف. The past after أن ("بعد أن شن الجيش هجوما") is none of
these, nor أن after قبل or بعد ("قبل أن تعتقله القوات": the narrative's time).
"""
from __future__ import annotations

from kg.events.grammar import _n

# the light verbs an attack or strike is made with, in the imperfect ("يشن هجوما"، "تنفذ غارات"،
# "يصعد الهجمات"، "تقوم بشن"، "يبدأ حملة اعتقالات")
LIGHT_IMPERFECT = _n("يشن تشن يشنون يشنوا يشنان ينفذ تنفذ ينفذون ينفذوا ينفذان يصعد تصعد يصعدون يصعدوا "
                     "يكثف تكثف يكثفون يكثفوا يوسع توسع يستأنف تستأنف يعاود تعاود يقوم تقوم يقومون يقوموا "
                     "يبدأ تبدأ يطلق تطلق يشنوا")
# the same with the prefix of the future: "سيشن"، "وستنفذ"، "ستصعد"
FUTURE_LIGHT = frozenset(p + w for w in LIGHT_IMPERFECT for p in ("س", "وس", "فس"))
_WILL = _n("سوف وسوف")
_THAT = _n("أن ان وأن وان بأن")
# "قبل أن تعتقله القوات"، "بعد أن يشن": the narrative's time, the act told as done
_BEFORE_AFTER = _n("قبل بعد وقبل وبعد")
# "توقع شن هجمات"، "يرجح تنفيذ غارات": an expectation right before the light noun
EXPECTATIONS = _n("توقع توقعت يتوقع تتوقع يتوقعون متوقعا متوقعة توقعات رجح رجحت يرجح ترجح مرجحا "
                  "احتمال باحتمال احتمالات استبعد يستبعد خطر وخطر مخاطر")
# "شن هجمات"، "وقوع هجمات" (the light nouns an expectation or a risk comes before)
_LIGHT_NOUNS = _n("شن تنفيذ بشن بتنفيذ لشن لتنفيذ وقوع بوقوع لوقوع")
# "إنه مستعد لتوجيه ضربات"، "أبدت استعدادها لشن غارات"، "الجيش جاهز لتنفيذ ضربات": an act one is
# ready for, a few words after the word of readiness in its clause
READINESS = _n("مستعد مستعدة مستعدون مستعدين استعداد استعداده استعدادها استعدادهم استعدادنا "
               "جاهز جاهزة جاهزون جاهزين جاهزية")
# "قررت السماح بشن غارات"، "السماح بغارات": an act allowed, right before it or its light noun
# "أعلنت أنقرة أنها سمحت للطائرات الأميركية بشن هجمات": a permission granted tells no act either
PERMISSIONS = _n("السماح بالسماح يسمح تسمح سمح سمحت سمحوا")
# "أي هجوم"، "أية ضربات": any act at all, none in particular
ANY = _n("أي أية اي اية لأي لأية بأي بأية وأي")
# "هجمات محتملة"، "هجوم وشيك"، "ضربة مرتقبة": an act only likely or about to come
LIKELY_AFTER = _n("محتمل محتملة محتملين محتملا المحتمل المحتملة وشيك وشيكة وشيكا الوشيك الوشيكة "
                  "مرتقب مرتقبة مرتقبا المرتقب المرتقبة مفترض مفترضة المفترض المفترضة")
_NEVER = _n("لن ولن")
#: how far before the act's noun its light verb may stand (past the doer's name: "سيشن الجيش
#: العراقي هجمات")
REACH = 8
ACTS = ("Attack", "Strike", "Killing", "Arrest")
_STOPS = frozenset("،,.؛;:؟!")


def _that_not_before(view, k):
    """أن at ``k``, not after قبل or بعد (the time of the narrative: "قبل أن تعتقله القوات")."""
    return view.has(k, _THAT) and not (k > 0 and view.has(k - 1, _BEFORE_AFTER))


def _light_verb_to_come(view, i):
    toks = view.tokens
    for k in range(i - 1, max(-1, i - 1 - REACH), -1):
        if toks[k].text in _STOPS or view.clause_of[k] != view.clause_of[i]:
            return False
        if view.at.get(k) is not None:
            continue        # the doer's name between
        if toks[k].norm in FUTURE_LIGHT:
            return True
        if view.has(k, LIGHT_IMPERFECT):
            return k > 0 and (view.has(k - 1, _WILL) or _that_not_before(view, k - 1))
    return False


def _imperfect(norm: str) -> bool:
    n = norm[1:] if norm[:1] in ("و", "ف") else norm
    return n[:1] in ("ي", "ت") and len(n) > 3


def act_still_to_come(view, i, etype, kind, stem):
    """Is the act at ``i`` one promised, expected or supposed: its light verb in the future or
    after أن a few words before it ("سيشن الجيش هجمات"، "توقع أن ينفذ التنظيم هجمات"), an
    expectation right before its light noun ("توقع شن هجمات"), «أي» right before it, an
    adjective of likelihood right after it, or its verb in the imperfect after أن، لن، سوف?"""
    if etype not in ACTS:
        return False
    toks = view.tokens
    if kind == "verb":
        return i > 0 and (view.has(i - 1, _WILL) or view.has(i - 1, _NEVER) or _that_not_before(view, i - 1)) \
            and _imperfect(toks[i].norm)
    if i > 0 and (view.has(i - 1, ANY) or view.has(i - 1, PERMISSIONS)):
        return True     # "أي هجوم"، "السماح بغارات جوية"
    if i + 1 < len(toks) and view.has(i + 1, LIKELY_AFTER):
        return True
    if i > 1 and view.has(i - 1, _LIGHT_NOUNS) and (view.has(i - 2, ANY) or _expected_before(view, i - 1)):
        return True
    return _light_verb_to_come(view, i) or _ready_for(view, i)


def _ready_for(view, i):
    """A word of readiness a few words before the act's noun at ``i``, in its clause with no
    pause between ("مستعد لتوجيه أوامر بضربات جوية")."""
    return _said_before_in_clause(view, i, READINESS, REACH // 2)


def _expected_before(view, k):
    """An expectation or a permission a few words before the light noun at ``k``, in its clause
    with no pause between ("ويتوقع مسؤولون في كابول شن هجمات")."""
    return _said_before_in_clause(view, k, EXPECTATIONS | PERMISSIONS, REACH)


def _said_before_in_clause(view, k, words, reach) -> bool:
    """Does one of ``words`` stand up to ``reach`` tokens before token ``k``, in its clause with
    no pause between?"""
    toks = view.tokens
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[j].text in _STOPS or view.clause_of[j] != view.clause_of[k]:
            return False
        if view.has(j, words):
            return True
    return False
