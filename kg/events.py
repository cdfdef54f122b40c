"""Events: triggers from a lexicon, their arguments from the words around them.

A trigger is a verb (قتلت، اعتقلت، هاجم، التقى، زار) or a verbal noun (مقتل،
هجوم، غارة، القبض، زيارة، لقاء، عملية). Arguments:
- verb, subject first: the actor right before the verb is the agent
  ("قوات أمريكية قتلت ..."); verb first: the first actor after it is the agent
  and the next one the target; a passive verb (قُتل، اعتُقل, or تم + noun)
  makes the nearest person before it the target;
- verbal noun: its genitive is the agent (زيارة الرئيس X، غارات التحالف) or the
  target for nouns of suffering (مقتل X، اغتيال X، اعتقال X، القبض على X);
  "نفذه/شنه/نصبه X" gives the agent, "ضد/على X" the target, "في/ب X" (a place)
  the place, "إلى X" the place of a visit;
- a speaker (قال/أعلن X أن ...) is never the agent of what follows أن; but
  "أعلن X تنفيذ/إطلاق/القبض ..." announces X's own act, so X is its agent;
- the date is the nearest date expression in the clause, then in the sentence.
Events of one type in one article that share an argument and do not disagree
on the date are merged (the same attack told three times is one event).
"""
from __future__ import annotations

from kg.lexicon import SPEECH_VERBS
from kg.model import Event
from kg.normalize import norm


def _n(words):
    return frozenset(norm(w) for w in words.split())


# trigger stems -> (event type, kind): kind is "verb", "noun" (agent genitive),
# "noun-patient" (target genitive)
TRIGGERS = {}
for _w in _n("قتل قتلت قتلوا يقتل تقتل اغتال اغتالت يغتال تغتال صفى صفت"):
    TRIGGERS[_w] = ("Killing", "verb")
for _w in _n("مقتل اغتيال تصفية قتل"):
    TRIGGERS.setdefault(_w, ("Killing", "noun-patient"))
TRIGGERS[norm("مقتل")] = ("Killing", "noun-patient")
TRIGGERS[norm("اغتيال")] = ("Killing", "noun-patient")
for _w in _n("هاجم هاجمت يهاجم تهاجم هاجموا نصب نصبت فجر فجرت اقتحم اقتحمت"):
    TRIGGERS[_w] = ("Attack", "verb")
for _w in _n("هجوم هجوما الهجوم هجمات هجمة كمين كمينا تفجير تفجيرا اعتداء اقتحام"):
    TRIGGERS[_w] = ("Attack", "noun")
for _w in _n("قصف قصفت يقصف تقصف شن شنت"):
    TRIGGERS[_w] = ("Strike", "verb")
for _w in _n("غارة غارات غارتين ضربة ضربات قصف القصف"):
    TRIGGERS[_w] = ("Strike", "noun")
for _w in _n("اعتقل اعتقلت يعتقل تعتقل احتجز احتجزت أوقفت أوقف أسر أسرت"):
    TRIGGERS[_w] = ("Arrest", "verb")
for _w in _n("اعتقال احتجاز توقيف القبض"):
    TRIGGERS[_w] = ("Arrest", "noun-patient")
for _w in _n("عملية حملة"):
    TRIGGERS[_w] = ("MilitaryOperation", "noun")
for _w in _n("التقى التقت يلتقي تلتقي اجتمع اجتمعت يجتمع استقبل استقبلت"):
    TRIGGERS[_w] = ("Meeting", "verb")
for _w in _n("لقاء لقائه لقائها اجتماع اجتماعا مباحثات محادثات قمة"):
    TRIGGERS[_w] = ("Meeting", "noun")
for _w in _n("زار زارت يزور تزور"):
    TRIGGERS[_w] = ("Visit", "verb")
for _w in _n("زيارة زيارته زيارتها"):
    TRIGGERS[_w] = ("Visit", "noun")

# verbal nouns whose announcer is their agent: أعلن X تنفيذ ضربات / إطلاق عملية / القبض على
ACTION_NOUNS = _n("تنفيذ إطلاق اطلاق شن بدء القبض اعتقال استهداف قصف")
AGENT_MARKERS = _n("نفذه نفذها نفذته شنه شنها نصبه نصبها تبناه تبنته أطلقها اطلقها بيد يد برصاص بنيران")
TARGET_MARKERS = _n("ضد على تستهدف يستهدف استهدفت استهدف لاستهداف")
PLACE_MARKERS = _n("في ب قرب داخل بمدينة بمحافظة بمنطقة")
TO_MARKERS = _n("إلى الى")
MILITARY_WORDS = _n("عسكرية عسكري العسكرية برية جوية أمنية")
ACTOR = ("Person", "Organization", "Place")
AGENTS = ("Person", "Organization", "Place")


def _passive(tok_text: str) -> bool:
    """قُتل / اعتُقل: a damma on the first or second letter marks the passive."""
    t = tok_text.lstrip("وف")
    return "\u064F" in t[:4] and not t.startswith("ت") or t.startswith("تم")


def _trigger(view, i):
    for clitic, stem in _readings(view.tokens[i].norm):
        if stem in TRIGGERS:
            return TRIGGERS[stem], stem
    return None, None


def _readings(word):
    from kg.lexicon import strip_clitics
    return strip_clitics(word)


def _quoted_name(view, i, text):
    """The quoted name after عملية: عملية "عين الصقر"."""
    toks = view.tokens
    k = i + 1
    if k < len(toks) and toks[k].norm in MILITARY_WORDS:
        k += 1
    if k < len(toks) and toks[k].text in ('"', "«", "“", "'"):
        close = {'"': '"', "«": "»", "“": "”", "'": "'"}[toks[k].text]
        j = k + 1
        while j < len(toks) and toks[j].text != close and j - k < 6:
            j += 1
        if j < len(toks) and j > k + 1:
            return text[toks[k + 1].start:toks[j - 1].end], j + 1
    return None, None


def events_in_view(view, text, dates, speech_subjects):
    out = []
    toks = view.tokens
    for i in range(len(toks)):
        if view.at.get(i) is not None:
            continue
        (etype, kind), stem = _trigger(view, i)
        if etype is None:
            continue
        ev = Event(type=etype, trigger=toks[i].text, trigger_span=(toks[i].start, toks[i].end),
                   evidence=[view.span], pattern=f"{etype}-{kind}")
        if etype == "MilitaryOperation":
            name, after = _quoted_name(view, i, text)
            if name is None and not (i + 1 < len(toks) and toks[i + 1].norm in MILITARY_WORDS):
                continue
            ev.name = name
        passive = kind == "verb" and _passive(toks[i].text)
        # --- agent
        agent = None
        if kind == "verb" and not passive:
            agent = view.prev_slot(i, types=AGENTS, max_gap=2)
            if agent is None:
                agent = view.next_slot(i + 1, types=AGENTS, max_gap=2)
                if agent is not None and agent.entity.type == "Place" and etype not in ("Visit",):
                    agent = agent
        elif kind == "noun":
            g = view.slot_starting(i + 1)
            if g is not None and g.entity.type in ("Person", "Organization") and not g.clitic:
                agent = g
        # "الهجوم الذي نفذه التنظيم", "بيد X"
        for k in range(i + 1, min(len(toks), i + 6)):
            if view.has(k, AGENT_MARKERS):
                a = view.next_slot(k + 1, types=AGENTS, max_gap=1)
                if a is not None:
                    agent = a
                break
        # "أعلن X تنفيذ/إطلاق/القبض ...": the announcer did it
        if agent is None and (view.has(i, ACTION_NOUNS) or view.has(i - 1, ACTION_NOUNS)):
            k = i - 1 if view.has(i - 1, ACTION_NOUNS) else i
            s = view.prev_slot(k, types=AGENTS, max_gap=2)
            if s is not None and s.i > 0 and view.has(s.i - 1, SPEECH_VERBS):
                agent = s
        # --- target
        target = None
        if kind == "verb" and not passive:
            start = agent.j if agent is not None and agent.i > i else i + 1
            target = view.next_slot(start, types=("Person", "Organization"), max_gap=3)
        elif kind == "noun-patient":
            k = i + 1
            if k < len(toks) and toks[k].norm in ("على", "علي"):
                k += 1
            target = view.next_slot(k, types=("Person", "Organization"), max_gap=2)
        elif passive:
            target = view.prev_slot(i, types=("Person",), max_gap=3, same_clause=False)
        if target is None:
            for k in range(i + 1, min(len(toks), i + 8)):
                if view.has(k, TARGET_MARKERS):
                    target = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=2)
                    break
        if target is not None and agent is not None and target.entity.id == agent.entity.id:
            target = None
        # --- place
        place = None
        if etype == "Visit":
            for k in range(i + 1, min(len(toks), i + 8)):
                if view.has(k, TO_MARKERS) or (view.slot_starting(k) and view.slot_starting(k).clitic == "ل"):
                    place = view.next_slot(k if view.slot_starting(k) else k + 1, types=("Place",), max_gap=1)
                    if place:
                        break
            if place is None and kind == "verb":
                place = view.next_slot(i + 1, types=("Place",), max_gap=4)
        else:
            s = view.slot_starting(i + 1)
            if s is not None and s.entity.type == "Place" and not s.clitic:
                place = s   # هجوم تدمر
            if place is None:
                k = i + 1
                while k < len(toks) and view.clause_of[k] == view.clause_of[i]:
                    s = view.slot_starting(k)
                    if s is not None and s.entity.type == "Place" and (
                            s.clitic.endswith("ب") or view.has(k - 1, PLACE_MARKERS)):
                        place = s
                        break
                    k = s.j if s is not None else k + 1
        # --- Meeting: all participants
        agents = [agent] if agent is not None else []
        if agent is not None:
            agents += view.coordinated_after(agent, types=("Person", "Organization", "Place"))
        if etype == "Meeting":
            if toks[i].norm.endswith(("ه", "ها")) and not agents:
                prev = view.prev_slot(i, types=("Person",), same_clause=False)
                if prev is not None:
                    agents.append(prev)
            other = view.next_slot(i + 1, types=("Person",), max_gap=2)
            if other is not None and all(other.entity.id != a.entity.id for a in agents):
                agents.append(other)
            target = None
        if etype == "Visit" and not agents:
            continue
        if not agents and target is None and place is None and not ev.name:
            continue
        ev.agent = sorted({a.entity.id for a in agents}, key=_eid)
        ev.target = [target.entity.id] if target is not None else []
        if target is not None:
            ev.target += [s.entity.id for s in view.coordinated_after(target, types=("Person", "Organization"))]
        ev.place = [place.entity.id] if place is not None else []
        ev.date = _date_for(view, i, dates)
        out.append(ev)
    return out


def _eid(x):
    return int(x[1:]) if x[1:].isdigit() else 0


def _date_for(view, i, dates):
    """The date expression nearest the trigger in its clause, else in its sentence."""
    toks = view.tokens
    trig = toks[i].start
    in_sent = [d for d in dates if view.sentence.start <= d.start < view.sentence.end]
    if not in_sent:
        return None

    def clause_at(offset):
        for k, t in enumerate(toks):
            if t.end > offset:
                return view.clause_of[k]
        return view.clause_of[-1]

    same = [d for d in in_sent if clause_at(d.start) == view.clause_of[i]]
    pool = same or in_sent
    return min(pool, key=lambda d: abs(d.start - trig)).value


def merge_events(events):
    """Merge events of one type that share an argument and agree on the date."""
    merged = []
    for ev in events:
        for m in merged:
            if m.type != ev.type:
                continue
            if m.date and ev.date and not (m.date.startswith(ev.date) or ev.date.startswith(m.date)):
                continue
            if m.name and ev.name and m.name != ev.name:
                continue
            shared = (set(m.place) & set(ev.place)) or (set(m.target) & set(ev.target)) or (
                m.name and m.name == ev.name)
            if ev.type in ("Meeting", "Visit"):
                shared = shared or (set(m.agent) & set(ev.agent))
            if not shared:
                continue
            for role in ("agent", "target", "place"):
                vals = getattr(m, role)
                for x in getattr(ev, role):
                    if x not in vals:
                        vals.append(x)
            if ev.date and (not m.date or len(ev.date) > len(m.date)):
                m.date = ev.date
            m.name = m.name or ev.name
            for e in ev.evidence:
                if e not in m.evidence:
                    m.evidence.append(e)
            break
        else:
            merged.append(ev)
    return merged


def extract_events(doc, views, dates) -> list:
    events = []
    for v in views:
        events.extend(events_in_view(v, doc.text, dates, None))
    return merge_events(events)
