"""Dates of events: the nearest date expression in the trigger's scope, then before
it in its clause, then in the sentence; "بعد يومين من تفجير" moves the date back;
"منذ X" is a start, not the event's date. (Date expressions themselves: kg.dates.)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from kg.events.grammar import _RELATIVES, AGENT_MARKERS, _n
from kg.normalize import norm


_DAY_COUNTS = {**{w: n for n, ws in ((1, "يوم"), (2, "يومين")) for w in _n(ws)},
               **{norm(w): n for n, w in enumerate("ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split(), 3)}}


_DAYS = _n("أيام ايام")


def _days_before(view, i, value):
    """"(اعتقال ...، أمس الأحد،) بعد يومين من تفجير": the act told after "بعد N أيام من"
    came N days before the date of the clause it hangs on."""
    toks = view.tokens
    if value is None or len(value) != 10 or i < 3 or toks[i - 1].norm != "من":
        return value
    if toks[i - 3].norm == "بعد" and toks[i - 2].norm in _DAY_COUNTS \
            and _DAY_COUNTS[toks[i - 2].norm] <= 2:
        n = _DAY_COUNTS[toks[i - 2].norm]
    elif i >= 4 and toks[i - 4].norm == "بعد" and toks[i - 2].norm in _DAYS and (
            toks[i - 3].norm in _DAY_COUNTS or toks[i - 3].norm.isdigit()):
        n = _DAY_COUNTS.get(toks[i - 3].norm) or int(toks[i - 3].norm)
    else:
        return value
    from datetime import date, timedelta
    return (date.fromisoformat(value) - timedelta(days=n)).isoformat()


_SINCE = _n("منذ")
_WHEN = _n("حين حينما عندما")


def _token_before(toks, d):
    return next((k for k, t in enumerate(toks)
                 if t.end <= d.start and (k + 1 == len(toks) or toks[k + 1].start >= d.start)), None)


# how many words may stand between منذ and the date of what it counts from ("منذ اندلاع
# الأزمة السورية في آذار 2011")
SINCE_REACH = 5


def since_at(toks, d):
    """The position of the منذ whose phrase date ``d`` closes (right after it: "منذ كانون الأول
    الماضي"; or in the phrase it opens, with no pause between: "منذ سقوط نظامها عام 2001"،
    "منذ اندلاع الأزمة في آذار 2011"), or None."""
    k = _token_before(toks, d)
    words = 0
    while k is not None and k >= 0 and words <= SINCE_REACH:
        norm = toks[k].norm
        if norm in _SINCE:
            return k
        if not norm.isalnum():
            return None
        words += 1
        k -= 1
    return None


def after_since(toks, d):
    """Is the date in a phrase منذ opens (``since_at``): a start, not the event's date?"""
    return since_at(toks, d) is not None


def since_of_another(toks, i, d):
    """Is date ``d`` a start counted by a منذ that stands after the act at i ("عملية المخلب
    المتواصلة منذ نيسان 2022")? When the act is itself inside the phrase منذ opens ("يسيطرون
    على صنعاء منذ بدء هجومهم في تموز 2014"), the date is the act's own."""
    k = since_at(toks, d)
    return k is not None and k > i


def dates_within(dates, start, end) -> list:
    """The dates starting in [start, end): ``dates`` in text order (as kg.dates.find_dates
    gives them), found by bisection, not a scan of all the article's dates."""
    return dates[bisect_left(dates, start, key=_START):bisect_left(dates, end, key=_START)]


_START = attrgetter("start")

_COMMAS = frozenset("،,")


def _tells_its_own_time(tok) -> bool:
    """Does the word after a relative pronoun open a clause with its own past time: a past
    verb, not a present one (يسيطر: a state, the sentence's date is the act's) and not a
    marker whose pronoun is the act itself (أطلقتها، نفذه: "عملية «X» التي أطلقتها القوات في
    كانون الأول")?"""
    return not tok.norm.startswith("ي") and tok.norm not in AGENT_MARKERS


_QUOTES = {'"': '"', "«": "»", "“": "”"}


def _described_until(toks, i):
    """The first token after the trigger at i where a relative pronoun no longer describes
    the act: past its adjective, and past a quoted name ("عملية «درع الفرات» التي بدأت في
    آب": the operation began then)."""
    k = i + 1
    if k < len(toks) and toks[k].text in _QUOTES:
        close = _QUOTES[toks[k].text]
        j = k + 1
        while j < len(toks) and toks[j].text != close and j - k < 8:
            j += 1
        if j < len(toks) and toks[j].text == close:
            return j + 2
    return i + 3


#: "لكن"، "بينما": a contrast opens a clause of its own, whose time is not the act's before it
_CONTRASTS = _n("لكن ولكن لكنه ولكنه لكنها ولكنها لكنهم ولكنهم بينما وبينما")


def past_a_contrast(toks, i, d):
    """Is the date ``d`` after the trigger at ``i`` told past a contrast ("لم يتضح سبب الهجوم
    لكن نشاط المسلحين ازداد في العام الماضي": the rise's time, not the attack's)?"""
    for k in range(i + 1, len(toks)):
        if toks[k].start >= d.start:
            return False
        if toks[k].norm in _CONTRASTS:
            return True
    return False


def in_later_relative(toks, i, d):
    """Is date ``d`` (after the trigger at i) told inside a relative clause about something
    named after the trigger ("قُتل مدنيون في البلدة التي سقطت بأيدي المسلحين في آذار": the
    town's fall, not the killing)? A relative right after the trigger or its adjective
    describes the act itself ("الهجوم الذي وقع أمس"); a comma closes the clause."""
    opened = False
    for k in range(_described_until(toks, i), len(toks)):
        t = toks[k]
        if t.start >= d.start:
            return opened
        if t.norm in _RELATIVES and k + 1 < len(toks):
            opened = _tells_its_own_time(toks[k + 1])
        elif opened and t.text in _COMMAS:
            opened = False
    return opened


# words of a charge: "أوقفت X، المطلوب بتهمة المشاركة في الاعتداء على ... في آب 2014": what the
# one held is charged with happened before, so a date in the charge is not the arrest's
CHARGES = _n("بتهمة بتهم لاتهامه لاتهامهم بتهمتي المطلوب المطلوبين المتهم المتهمين")


def _in_phrase_of(view, i, d, words):
    """Is date ``d`` (after the trigger at i) told in a phrase one of ``words`` opens after the
    trigger, not closed by a comma before the date?"""
    toks = view.tokens
    opened = False
    for k in range(i + 1, len(toks)):
        t = toks[k]
        if t.start >= d.start:
            return opened
        if view.has(k, words) and view.at.get(k) is None:
            opened = True
        elif t.text in _COMMAS:
            opened = False
    return opened


def in_charge(view, i, d):
    """Is date ``d`` (after the trigger at i) told in a charge opened after the trigger and
    not closed by a comma before the date?"""
    return _in_phrase_of(view, i, d, CHARGES)


# words of a statement: "أعلن X مسؤوليته عن التفجير في بيان نشرته حسابات مؤيدة له أمس": a date
# told in the statement's phrase after the act dates the statement, not the act
STATEMENTS = _n("بيان بيانا البيان تسجيل تسجيلا رسالة تغريدة")


def in_statement(view, i, d):
    """Is date ``d`` (after the trigger at i) told in the phrase of a statement opened after the
    trigger and not closed by a comma before the date?"""
    return _in_phrase_of(view, i, d, STATEMENTS)


def _comma_between(toks, i, d):
    return any(t.text in _COMMAS for t in toks[i + 1:] if t.start < d.start)


_IN_THE_ACT = _n("في خلال أثناء اثناء إثر اثر")


def _means_date(view, i, scope_end, sent, trigger_idx):
    """"اغتال المسلحون قاضيا وسائقه خلال كمين نصبوه فجر الأحد": the act whose scope ends where
    another act, told as its occasion or means (في هجوم، بغارة، إثر تفجير), begins has that
    act's date: the first date after it, before the next act."""
    toks = view.tokens
    k = next((k for k in trigger_idx if k > i), None)
    if k is None or k > max(scope_end, i + 1) + 1:
        return None
    if not (view.has(k - 1, _IN_THE_ACT) or toks[k].norm.startswith(("ب", "وب"))):
        return None
    nxt = next((m for m in trigger_idx if m > k), None)
    stop = toks[nxt].start if nxt is not None else view.sentence.end
    later = [d for d in sent if toks[k].end <= d.start < stop and not after_since(toks, d)
             and not in_later_relative(toks, k, d) and not in_charge(view, i, d)]
    return min(later, key=lambda d: d.start).value if later else None


def in_earlier_relative(toks, i, d):
    """Is date ``d`` (before the trigger at i) told inside a relative clause about a noun
    named before the act, closed by a comma before it ("وتشهد المحافظة، التي انطلقت منها
    الاحتجاجات عام 2011، عمليات اغتيال": the protests' year, not the killings')?"""
    opened = False
    for k, t in enumerate(toks[:i]):
        if t.start >= d.start:
            break
        if t.norm in _RELATIVES and k + 1 < len(toks):
            opened = _tells_its_own_time(toks[k + 1])
        elif opened and t.text in _COMMAS:
            opened = False
    if not opened:
        return False
    return any(t.text in _COMMAS for t in toks[:i] if t.start >= d.end)


def opens_the_next_act(view, i, d, trigger_idx) -> bool:
    """Is date ``d`` (after the trigger at i, past a comma) told right before another act, which
    it dates ("اعتقلت السلطات مئات من أعضائها، وفي عام 1978 أعدم X": 1978 is the execution's)?"""
    toks = view.tokens
    nxt = next((k for k, t in enumerate(toks) if t.start >= d.end), None)
    return nxt is not None and nxt in trigger_idx and nxt > i and _comma_between(toks, i, d)


def _date_for(view, i, scope_end, dates, trigger_idx, after_only=False):
    """The first date after the trigger in its scope, else the nearest before it in its clause
    (with ``after_only``, only the first)."""
    toks = view.tokens
    sent = dates_within(dates, view.sentence.start, view.sentence.end)
    if not sent:
        return None
    scope_stop = toks[scope_end - 1].end if scope_end > i else toks[i].end
    after = [d for d in sent if toks[i].end <= d.start < scope_stop and not in_later_relative(toks, i, d)
             and not in_charge(view, i, d) and not in_statement(view, i, d)
             and not opens_the_next_act(view, i, d, trigger_idx) and not past_a_contrast(toks, i, d)]
    since = [d for d in after if since_of_another(toks, i, d)]
    if since and len(since) == len(after) and not after_only:
        # "أول زيارة ... منذ كانون الأول": since when, not when; the date only when nothing else
        # dates the act ("عملية المخلب المتواصلة منذ نيسان 2022") and it is told in the act's
        # own clause, not past a comma ("اعتداء ... مؤخرا، واحتجاجا على ذلك بدأوا إضرابا منذ ...")
        other = _date_for(view, i, scope_end, [d for d in dates if d not in since], trigger_idx)
        if other is not None:
            return other
        first = min(since, key=lambda d: d.start)
        return None if _comma_between(toks, i, first) else first.value
    if after:
        return min(after, key=lambda d: d.start).value
    means = _means_date(view, i, scope_end, sent, trigger_idx)
    if means is not None:
        return means
    if after_only:
        return None
    prev_trigger = max([k for k in trigger_idx if k < i], default=None)
    lower = toks[prev_trigger].end if prev_trigger is not None else view.sentence.start
    clause_start = next((t.start for k, t in enumerate(toks)
                         if view.clause_of[k] == view.clause_of[i]), view.sentence.start)
    # "يشهد منذ عام 2017 تمردا أودى بحياة ...": a start before the act is not its date (but
    # "منذ تموز الماضي، حين قُتل X": the time the act itself began)
    when = [t.start for t in toks[:i] if t.norm in _WHEN]
    sent = [d for d in sent if not after_since(toks, d) or any(d.start < w for w in when)]
    sent = [d for d in sent if d.start >= toks[i].start or not in_earlier_relative(toks, i, d)]
    before = [d for d in sent if max(lower, clause_start) <= d.start < toks[i].start]
    if before:
        return max(before, key=lambda d: d.start).value
    # a fronted time adverbial ("ومنتصف الشهر الماضي، ...") covers the whole sentence
    head = toks[min(3, len(toks) - 1)].end
    fronted = [d for d in sent if d.start < head]
    if fronted:
        return fronted[0].value
    # "أعلن X، الخميس، أن ... قتلت": the date of the report is the best the text gives
    earlier = [d for d in sent if d.start < toks[i].start]
    if earlier:
        return earlier[-1].value
    return None


_LONG_SPANS = _n("أسابيع أسبوعين أشهر شهور شهرين أعوام سنوات عامين سنتين")
_AFTER = _n("بعد")


def _long_before(view, i):
    """"بعد شهرين من إطلاق كينيا حملة"، "بعد أربعة أسابيع من التفجير": the act came weeks or
    months before the clause it hangs on, so that clause's date is not its own."""
    toks = view.tokens
    for k in range(i - 1, max(0, i - 5), -1):
        if toks[k].norm == "من" and k >= 2:
            j = k - 1
            if view.has(j, _DAYS) and view.has(j - 1, _AFTER):
                return True     # "بعد أيام من التفجير": some days before, no count told
            if not view.has(j, _LONG_SPANS):
                return False
            return view.has(j - 1, _AFTER) or (j >= 2 and view.has(j - 2, _AFTER))
    return False


_FLASHBACK = _n("كان وكان")


def _story_day(r):
    """"وقع انفجار أمس في فندق ... ] [ وأكدت الشرطة أن 13 شخصا قتلوا عندما اقتحم ...": a death
    told in a later sentence that names no time of its own is the toll of the story's
    incident, on the last day the article named before it. Only for a killing that opens its
    sentence's acts (not the result of another act told there, dated by that act's rules) and
    not in a flashback (وكان التفجير قد أسفر عن مقتل ...)."""
    view, dates = r.view, r.act_dates
    if r.etype != "Killing" or dates_within(dates, view.sentence.start, view.sentence.end):
        return None
    if any(k < r.i for k in r.trigger_idx) or (view.tokens and view.has(0, _FLASHBACK)):
        return None
    opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in view.tokens[:r.i])
    if opened > 0:
        return None     # an aside in brackets ("(انضم وقتل في العراق)"): a life, not the story
    days = [d for d in dates_within(dates, 0, view.sentence.start) if d.relative and len(d.value) == 10]
    return days[-1].value if days else None


def _act_of_the_suspects(r):
    """"اعتقلت الشرطة، أمس، منفذ الهجوم على الملهى"، "اعتقال 15 مشتبها بتورطهم في التفجير":
    an act named as what the ones held carried out or are linked to happened before the arrest;
    the arrest's date is not its own."""
    from kg.events.agents import _involved_in
    return r.kind != "verb" and r.etype in ("Attack", "Strike", "Killing") and _involved_in(r.view, r.i)


# the day a paper came out: "أبرزت الصحف اللبنانية الصادرة اليوم زيارة X إلى Y" (a press review)
ISSUED = _n("الصادرة الصادر الصادرتين")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def issue_date(text, d) -> bool:
    """Is date ``d`` the day the papers (or a decree, a statement) came out, told right after
    الصادرة / الصادر ("الصحف المصرية الصادرة اليوم"، "الصادرة صباح اليوم")? It dates the
    paper, not the acts it reports."""
    m = _WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
    return m is not None and norm(m.group(1)) in ISSUED


def act_dates(text, dates) -> list:
    """``dates`` without the days papers came out (:func:`issue_date`): the dates that may date
    an act (computed once per article, by kg.events.extract_events)."""
    return [d for d in dates if not issue_date(text, d)]


def event_date(r):
    """(date, own): the event's date and whether it is its own (told after the trigger in
    its scope) rather than borrowed from the clause or the sentence. The day a paper came out
    (``issue_date``) dates no act."""
    view, i = r.view, r.i
    dates = r.act_dates
    date = _days_before(view, i, _date_for(view, i, r.scope_end, dates, r.trigger_idx))
    own = date is not None and _date_for(view, i, r.scope_end, dates, r.trigger_idx,
                                         after_only=True) == date
    if date is not None and not own and (_long_before(view, i) or _act_of_the_suspects(r)):
        return None, False
    if date is None:
        date = _story_day(r)
    return date, own
