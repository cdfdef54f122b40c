"""Visits and meetings still to come are no events: "ويزور ولي العهد X الرياض غدا"، "ومن المقرر أن
يزور المبعوث مسقط يوم الأحد المقبل"، "في زيارة رسمية يلتقي خلالها الرئيس Y" (the programme of a
visit just begun), "الزيارة المرتقبة". ``visit_still_to_come`` is a trigger filter (and a sense
filter: the learned stage makes no event of it either).

Only the verb in the imperfect (يزور، يلتقي، يبحث، يجتمع) with a word of the future beside it, or
a visit or meeting noun with an adjective of the future after it: the imperfect alone is also the
present of the wire ("يزور X البلاد حاليا"، "يبحث X مع Y اليوم العلاقات").
"""
from __future__ import annotations

from kg.events.grammar import CALL_WORDS, TO, _n

# the imperfect of the visit and meeting verbs (the rows of kg.events.triggers)
IMPERFECT = _n("يزور تزور يزوران يزورون يلتقي تلتقي يلتقيان يلتقون يجتمع تجتمع يجتمعان يجتمعون "
               "يبحث تبحث يبحثان يبحثون يناقش تناقش يناقشان يعقد تعقد يستقبل تستقبل")
# "من المقرر أن يزور"، "من المنتظر أن يلتقي": told before the verb, right before أن
PLANNED_BEFORE = _n("المقرر المنتظر المتوقع المزمع المرتقب المفترض المقرّر")
_THAT = _n("أن ان")
_WILL = _n("سوف وسوف")
# "يزور ... غدا"، "... الأسبوع المقبل"، "... بعد غد": told after the verb, in its clause
FUTURE_AFTER = _n("غدا غدًا المقبل المقبلة القادم القادمة مقبل مقبلة")
#: how far after the verb the word of the future may stand (past the visitor's titles and names)
FUTURE_REACH = 14
# "في زيارة يلتقي خلالها الرئيس": the programme of a visit
DURING_IT = _n("خلالها خلاله")
# "الزيارة المرتقبة"، "زيارة مقبلة"، "القمة المقررة": a visit or meeting noun ahead of its time
UPCOMING_ADJECTIVES = _n("المرتقبة مرتقبة المرتقب مرتقب المقبلة مقبلة المقبل المقررة مقررة "
                         "المزمعة مزمعة المنتظرة منتظرة القادمة القادم قادم قادمة")
_PAUSES = frozenset(".؟!؛;")


def _future_after(view, i):
    toks = view.tokens
    for k in range(i + 1, min(len(toks), i + 1 + FUTURE_REACH)):
        if toks[k].text in _PAUSES or view.clause_of[k] != view.clause_of[i]:
            return False
        if view.has(k, FUTURE_AFTER) and view.at.get(k) is None:
            return True
    return False


#: how far back in its sentence a visit noun may refer to a visit verb still to come ("ويزور
#: ولي العهد الأمير X الرياض غدا، في زيارة يبحث خلالها ...": the same visit)
SAME_VISIT_REACH = 20
# "زيارة من المقرر أن يقوم بها"، "زيارة يعتزم القيام بها": a noun followed by its plan
_PLANNED_AFTER = PLANNED_BEFORE | _n("يعتزم تعتزم ينوي تنوي")


def _told_of_a_verb_to_come(view, i):
    for k in range(i - 1, max(-1, i - 1 - SAME_VISIT_REACH), -1):
        if view.tokens[k].text in _PAUSES:
            return False
        if view.has(k, IMPERFECT) and _verb_still_to_come(view, k):
            return True
        n = view.tokens[k].norm
        n = n[1:] if n.startswith(("وس", "فس")) else n
        if n.startswith("س") and n[1:] in _FUTURE_STEMS:
            return True      # "وسيزور X القاهرة الخميس في زيارة ...": the verb in the future
    return False


# the verbs a visit or meeting to come is told with after the prefix of the future ("سيقابل"،
# "سيلتقي"، "سيزور"، "سيصل")
_FUTURE_STEMS = IMPERFECT | _n("يقابل تقابل يصل تصل يتوجه تتوجه يحضر تحضر يشارك تشارك يلتقي")
#: how far before the verb joined to it ("ويجتمع") the verb in the future may stand
JOINED_REACH = 8


def _joined_to_a_verb_to_come(view, i):
    """"حيث سيقابل روحاني ويجتمع مع نظيره": an imperfect joined by و to a verb in the future
    a few words before it is still to come too."""
    toks = view.tokens
    if not toks[i].norm.startswith("و"):
        return False
    for k in range(i - 1, max(-1, i - 1 - JOINED_REACH), -1):
        n = toks[k].norm
        if toks[k].text in _PAUSES:
            return False
        n = n[1:] if n.startswith("وس") else n
        if n.startswith("س") and n[1:] in _FUTURE_STEMS:
            return True
    return False


def _verb_still_to_come(view, i):
    if i > 1 and view.has(i - 1, _THAT) and view.has(i - 2, PLANNED_BEFORE):
        return True
    if _joined_to_a_verb_to_come(view, i):
        return True
    if i > 0 and view.has(i - 1, _WILL):
        return True
    if i + 1 < len(view.tokens) and view.has(i + 1, DURING_IT):
        return True
    return _future_after(view, i)


# the imperfect of the verbs a meeting or visit is held or made with ("يجري محادثات"،
# "يعقد اجتماعا"، "يقوم بزيارة")
LIGHT_IMPERFECT = _n("يجري تجري يجريان يجرون يعقد تعقد يعقدان يعقدون يقوم تقوم يقومان يقومون "
                     "يترأس تترأس يرأس ترأس يبدأ تبدأ "
                     # "زيارته ... ستشهد اجتماعا مع الرئيس X": the visit's programme to come
                     "يشهد تشهد")
# going somewhere for talks: "ستتوجه إلى طهران لإجراء محادثات" (in the future only)
MOTION_IMPERFECT = _n("يتوجه تتوجه يتوجهون يسافر تسافر يسافرون ينتقل تنتقل يصل تصل يصلون يغادر تغادر")
# the same with the prefix of the future: "سيجري محادثات"، "ستعقد اجتماعا"، "سيقوم بزيارة"
FUTURE_LIGHT = frozenset(p + w for w in LIGHT_IMPERFECT | MOTION_IMPERFECT for p in ("س", "وس"))
# "ينتظر أن يجري"، "يتوقع أن يعقد"، "يعتزم أن يقوم": the plan told before أن
_EXPECTED = PLANNED_BEFORE | _n("ينتظر يتوقع يعتزم تعتزم ينوي تنوي يرتقب")
#: how far before the noun its verb may stand (past the one who holds it: "سيعقد رئيس
#: البرلمان الليبي نوري أبو سهمين اجتماعا")
LIGHT_REACH = 8
# "دعا إلى اجتماع طارئ"، "دعت إلى عقد قمة": a meeting called for is not held yet
_HOLDING = _n("عقد انعقاد")
_STOPS = _PAUSES | {"،", ","}


def _noun_of_a_verb_to_come(view, i):
    """"سيجري الرئيس X محادثات مع Y"، "ينتظر أن يجري محادثات"، "سوف يعقد اجتماعا"، "سيزور X
    موسكو يجري خلالها محادثات": the noun of a meeting or visit whose verb, a few words before it,
    is still to come (or in the programme of a visit to come)."""
    toks = view.tokens
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        if toks[k].text in _STOPS:
            return False
        if toks[k].norm in FUTURE_LIGHT:
            return True
        if view.has(k, LIGHT_IMPERFECT):
            return (k > 0 and view.has(k - 1, _WILL)) or (
                k > 1 and view.has(k - 1, _THAT) and view.has(k - 2, _EXPECTED)) \
                or view.has(k + 1, DURING_IT) and _told_of_a_verb_to_come(view, k)
            # "سيزور موسكو يجري خلالها مباحثات": the programme of a visit to come (not of one
            # begun: "وصل إلى تونس في زيارة يجري خلالها مباحثات")
    return False


# demanding a meeting with بـ: "طالب X الإطار القيادي بالاجتماع فورا"، "يطالبون بعقد لقاء"
DEMANDING = _n("طالب طالبت طالبوا يطالب تطالب يطالبون نطالب أطالب")


def _called_for(view, i):
    """"دعا X إلى اجتماع طارئ"، "دعت إلى عقد قمة عربية"، "طالب X بالاجتماع فورا": a meeting
    called for."""
    first = i - (i > 0 and view.has(i - 1, _HOLDING))
    if view.tokens[first].norm.startswith("ب") and _said_before(view, first - 1, DEMANDING):
        return True
    k = i - 1 - (i > 0 and view.has(i - 1, _HOLDING))
    if k <= 0 or not view.has(k, TO):
        return False
    return _said_before(view, k - 1, CALL_WORDS)      # past the one calling


def _said_before(view, start, words, reach=LIGHT_REACH, stops=_STOPS) -> bool:
    """Does one of ``words`` stand at ``start`` or up to ``reach`` tokens before it, none of
    ``stops`` between?"""
    for j in range(start, max(-1, start - reach), -1):
        if view.tokens[j].text in stops:
            return False
        if view.has(j, words):
            return True
    return False


#: how far before "إلى زيارة" the call may stand: past the one invited, named with his posts
#: between commas ("دعا الرئيس X، المبعوث الأممي إلى اليمن Y، إلى زيارة عدن")
INVITE_REACH = 20


def _invited(view, i):
    """"دعا الرئيس X، المبعوث الأممي Y، إلى زيارة مدينة عدن"، "دعاه لزيارة المملكة": a visit one
    is invited to make, the call a few words before "إلى" (commas may stand between: the one
    invited named with his posts; no pause that ends a clause)."""
    toks = view.tokens
    if i == 0:
        return False
    if view.has(i - 1, TO):
        start = i - 2
    elif toks[i].norm.startswith("ل"):
        start = i - 1     # لزيارة
    else:
        return False
    return _said_before(view, start, CALL_WORDS, reach=INVITE_REACH, stops=_PAUSES)


# "اقترحت الهند على باكستان عقد اجتماع"، "طلب X عقد لقاء": a meeting proposed or asked for
PROPOSING = _n("اقترح اقترحت اقترحوا يقترح تقترح طلب طلبت يطلب تطلب طالب طالبت يطالب تطالب")


def _proposed(view, i):
    """"اقترحت الهند على باكستان عقد اجتماع لمستشاري الأمن": a meeting to hold that someone
    proposed or asked for, a few words before عقد (no pause between)."""
    if i == 0 or not view.has(i - 1, _HOLDING):
        return False
    return _said_before(view, i - 2, PROPOSING)


# "أي أمل في إجراء محادثات في المستقبل": a noun told "in the future" right after it
_IN = _n("في")
_FUTURE = _n("المستقبل مستقبلا")


def _in_the_future(view, i) -> bool:
    """Is the noun at i told "in the future" right after it ("محادثات في المستقبل"، "زيارة مستقبلا")?"""
    toks = view.tokens
    return (i + 2 < len(toks) and view.has(i + 1, _IN) and view.has(i + 2, _FUTURE)) \
        or (i + 1 < len(toks) and toks[i + 1].norm == "مستقبلا")


# "سينقل الوزير خلال لقائه مع الرئيس تحيات الملك"، "سيجتمع خلال الزيارة مع نظيره": a meeting or
# visit named after خلال / أثناء, right after a verb in the future (its subject may stand between)
DURING = _n("خلال أثناء")
#: words written with a leading س that are no verbs in the future
_NOT_FUTURE = _n("سيارة سياسة سيطرة سيادة سيد سينما ستة ستين سنة سنوات سنويا ستار")
#: how far before خلال the verb may stand (past its subject: "سينقل الأمير سلمان خلال لقائه")
DURING_REACH = 4


def _future_verb(view, k) -> bool:
    t = view.tokens[k].norm
    t = t[1:] if t[:1] in ("و", "ف") else t
    return t[:1] == "س" and t[1:2] in ("ي", "ت", "ن") and len(t) >= 5 and not view.has(k, _NOT_FUTURE)


def _during_a_verb_to_come(view, i) -> bool:
    """Is the noun at i told after خلال / أثناء, a verb in the future a few words before it?"""
    if i == 0 or not view.has(i - 1, DURING):
        return False
    for k in range(i - 2, max(-1, i - 2 - DURING_REACH), -1):
        if view.tokens[k].text in _STOPS:
            return False
        if view.at.get(k) is None and _future_verb(view, k):
            return True
    return False


# "يتم حاليا ترتيب لقاء بين X وY"، "الإعداد لعقد قمة بين الرئيسين"، "التحضير لقمة الأمن": a
# meeting or visit being arranged or prepared has not been held
PREPARING = _n("ترتيب الترتيب لترتيب بترتيب إعداد الإعداد الاعداد للإعداد للاعداد التحضير للتحضير "
               "تحضيرا التحضيرات تحضيرات الترتيبات ترتيبات")


def _being_prepared(view, i) -> bool:
    """Is the noun at i what is being arranged or prepared: a word of preparing right before it,
    or before عقد ("الإعداد لعقد قمة")?"""
    k = i - 1 - (i > 0 and view.has(i - 1, _HOLDING))
    return k >= 0 and view.has(k, PREPARING)


def visit_still_to_come(view, i, etype, kind, stem):
    """Is the visit or meeting at ``i`` one still to come: an imperfect verb after "من المقرر
    أن" or "سوف", with غدا / المقبل after it, or right before خلالها; a noun right before an
    adjective of the future or its plan ("زيارة من المقرر أن يقوم بها"), a visit noun after
    such a verb in its sentence ("ويزور X الرياض غدا، في زيارة ...")، a noun whose light verb
    is in the future ("سيجري X محادثات"، "ينتظر أن يعقد اجتماعا"), or a meeting called for
    ("دعا إلى اجتماع طارئ") or proposed ("اقترحت الهند عقد اجتماع"), or one being arranged or
    prepared ("يتم ترتيب لقاء"، "الإعداد لعقد قمة"), or named after خلال right after a verb in
    the future ("سينقل خلال لقائه مع الرئيس"), or a visit one is invited to make ("دعا X إلى
    زيارة عدن")?"""
    if etype not in ("Visit", "Meeting"):
        return False
    if view.has(i, IMPERFECT):
        return _verb_still_to_come(view, i)
    if kind == "verb":
        return False
    after = [k for k in (i + 1, i + 2) if k < len(view.tokens)]
    return any(view.has(k, UPCOMING_ADJECTIVES) for k in after[:1]) or _in_the_future(view, i) \
        or any(view.has(k, _PLANNED_AFTER) for k in after) \
        or etype == "Visit" and _told_of_a_verb_to_come(view, i) \
        or _noun_of_a_verb_to_come(view, i) or etype == "Meeting" and (_called_for(view, i) or _proposed(view, i)) \
        or etype == "Visit" and _invited(view, i) \
        or _being_prepared(view, i) or _during_a_verb_to_come(view, i)


def _after(date: str, published) -> bool:
    """Does the period ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) begin after the day ``published``?"""
    parts = [int(p) for p in date.split("-")]
    return tuple(parts) > (published.year, published.month, published.day)[:len(parts)]


def after_publication(events, published) -> list:
    """The events less those told as still to come by their date: a meeting or visit dated
    after the article's day ("قبيل اجتماع لقادة الدول في باريس في ديسمبر المقبل") is none; an
    act (attack, strike, killing, arrest, operation) keeps its other roles but not such a
    date, which no act done can have."""
    if published is None:
        return events
    kept = []
    for ev in events:
        if ev.date and _after(ev.date, published):
            if ev.type in ("Visit", "Meeting"):
                continue
            ev.date = None
        kept.append(ev)
    return kept
