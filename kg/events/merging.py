"""Between events: a killing takes the agent, place and date of the strike that
caused it ("أسفرت الغارة عن مقتل X"), a definite operation those of the strikes told
before, and events of one type that share an argument and agree on the date merge
(the same attack told three times is one event).
"""
from __future__ import annotations

import re

from kg.events.deaths import DEAD, dead_caused, toll_rose_to
from kg.events.grammar import MEANS_NOUNS, _n
from kg.lexicon import strip_clitics
from kg.normalize import norm


RESULT_VERBS = _n("أسفر أسفرت يسفر تسفر أدى أدت يؤدي تؤدي أودى أودت خلف خلفت أوقع أوقعت أوقعا "
                    "تسبب تسببت يتسبب تتسبب")


_IN_IT = _n("فيها فيه خلالها خلاله جراءها جراءه")


# the killed counted as fighters ("مقتل 22 مسلحا"، "مقتل 5 إرهابيين")
FIGHTERS_KILLED = _n("مسلحا مسلحين مسلحون إرهابيا إرهابيين متشددا متشددين مهاجما مهاجمين انتحاريا "
                     # "مقتل 30 من مسلحي X"
                     "مسلحي مقاتلي")


def _fighters_counted(view, i):
    """Are the ones killed at token i counted as fighters (within three words after it, past
    a hedge on the count: "أكثر من 130 مسلحا")?"""
    start = i + 1
    if view.has(start, _HEDGES) and view.has(start + 1, _FROM):
        start += 2
    return any(view.has(k, FIGHTERS_KILLED) or view.has(k, _ATTACKERS)
               for k in range(start, min(start + 3, len(view.tokens))))


_HEDGES = _n("أكثر اكثر أزيد نحو قرابة حوالي")
_FROM = _n("من")


# "قتلت القوات 14 من المهاجمين": the ones killed are those who attacked in the act told before
_ATTACKERS = _n("المهاجمين المهاجمون منفذي منفذو")


def _attackers_killed(view, i):
    """Are the ones killed at token i "the attackers" (within three words after it)?"""
    return any(view.has(k, _ATTACKERS) for k in range(i + 1, min(i + 4, len(view.tokens))))


_DURING = _n("خلال في أثناء إثر")
_FIGHTING_TOLD = _n("المواجهات الاشتباكات المعارك الاشتباك المعركة القتال")   # the article: told before
_MEANS_REACH = 30    # words after a killing within which "في هجوم/في عملية" is still its means


# "أسفر هجوم لتنظيم X على حاجز للجيش عن مقتل ..."، "أدى تفجير سيارة ... إلى مقتل ...": the
# result verb opens the clause with the act as its subject, and عن/إلى comes right before
# the killing; the act may take this many words
RESULT_SUBJECT_REACH = 16
_RESULT_PREPS = _n("عن إلى الى")


def _result_of_the_subject(view, i):
    """Is the killing at ``i`` what a result verb earlier in its clause (its subject the act
    told between) led to ("أسفر هجوم ... عن مقتل")?"""
    if i == 0 or not view.has(i - 1, _RESULT_PREPS):
        return False
    c = view.clause_of[i]
    for k in range(i - 2, max(-1, i - 2 - RESULT_SUBJECT_REACH), -1):
        if view.clause_of[k] != c:
            return False
        if view.has(k, RESULT_VERBS):
            return True
    return False


def _result_cue(view, i):
    """"أسفرت الغارة عن مقتل X": the killing is the result of the event before it; "قُتل X
    في غارة"، "قتل 13 عندما اقتحم مسلحون ...": the act that follows is its means."""
    for k in range(max(0, i - 4), i):
        if view.has(k, RESULT_VERBS):
            return "result"
    if _result_of_the_subject(view, i):
        return "result"
    if _attackers_killed(view, i):
        return "result"        # "قتلت القوات 14 من المهاجمين": of the attack told before
    if view.has(i, DEAD) and (dead_caused(view, i) or toll_rose_to(view, i)):
        return "result"        # "وأوقعت 11 قتيلا"، "ارتفعت حصيلة الهجوم إلى 15 قتيلا"
    if i + 1 < len(view.tokens) and view.tokens[i + 1].norm in _IN_IT:
        return "result"        # "قُتل فيها أكثر من 100 مقاتل": in the event just told
    if i > 0 and view.tokens[i - 1].norm.startswith("ال") and view.has(i - 1, MEANS_NOUNS):
        return "result"        # "إن الغارات قتلت 20 مسلحا": the strikes told before
    if not view.has_any(_MEANS_CUES):
        return None     # (each "means" below needs one of these words: most sentences have none)
    words = 0
    for k in range(i + 1, len(view.tokens)):
        if view.clause_of[k] != view.clause_of[i] or words >= _MEANS_REACH:
            break
        if words >= 16:
            # past a long aside ("قتل، أمس، القيادي X، المعروف بـ...، مع خمسة من مرافقيه في عملية
            # عسكرية"), only "في" + the act still says how
            if view.has(k, MEANS_NOUNS) and view.tokens[k - 1].norm == "في":
                return "means"
            if _when_the_act(view, k):
                return "means"     # "قُتل 20 شخصا، بينهم ...، وأصيب 40 آخرون، عندما فجر انتحاري ..."
            words += view.tokens[k].norm.isalnum()
            continue
        if view.has(k, MEANS_NOUNS):
            return "means"     # "قُتل X في غارة ...": the strike that follows is the means
        if view.has(k, _FIGHTING_TOLD) and view.has(k - 1, _DURING):
            return "means"     # "مقرا بمقتل جنديين خلال المواجهات": the fighting told before
        if _when_the_act(view, k):
            return "means"     # "قُتل 13 شخصا عندما اقتحم مسلح الفندق": the act that follows
        if view.has(k, CAUSE_LINKS):
            return "means"     # "قُتل طفلان جراء سقوط صاروخ أطلقته X": the act that follows
        words += view.tokens[k].norm.isalnum()
    return None


_HIS = ("ه", "ها", "هم")


def _of_him(trigger: str) -> bool:
    """"ما أدى إلى مقتله": a killing noun with the pronoun of the one killed (not the ه of a
    teh marbuta: "أودى بحياة 27")."""
    from kg.events.triggers import PRONOUN_PATIENTS
    return any(st in PRONOUN_PATIENTS for _, st in strip_clitics(norm(trigger)))

# "قُتل X جراء/بسبب/إثر سقوط قذيفة ...": what follows caused the death
CAUSE_LINKS = _n("جراء جرّاء بسبب إثر اثر نتيجة")

# "... عندما اقتحم مسلح ..."، "حين هاجم مسلحون ...": the killing happened as that act did
WHEN_WORDS = _n("عندما حينما حين لما بعدما")
ACT_VERBS = _n("هاجم هاجمت هاجموا اقتحم اقتحمت اقتحموا فجر فجرت فجروا قصف قصفت قصفوا أطلق أطلقت أطلقوا "
               "استهدف استهدفت استهدفوا انفجرت انفجر")
# the words one of which _result_cue's "means" needs (at the token it reads first)
_MEANS_CUES = MEANS_NOUNS | _FIGHTING_TOLD | WHEN_WORDS | CAUSE_LINKS

def _when_the_act(view, k) -> bool:
    """Does "عندما/حين + an act verb" start at ``k``?"""
    return view.has(k, WHEN_WORDS) and k + 1 < len(view.tokens) and view.has(k + 1, ACT_VERBS)


#: how many events before (or after) one a pass between events looks at: a cause, an
#: operation told before, an event to merge with is among the last few; no news article
#: tells this many, and a very long text would otherwise cost the square of its length
LOOK_BACK = 300


#: an event merges with one of the last MERGE_BACK merged events of its type
MERGE_BACK = 50


def _before(events, n):
    """The (at most LOOK_BACK) events before events[n], nearest first."""
    return events[max(0, n - LOOK_BACK):n][::-1]


def _definite(ev) -> bool:
    """Is the trigger a noun with the article ("التفجير"، "وللهجوم")?"""
    return any(st.startswith("ال") for _, st in strip_clitics(norm(ev.trigger)))


def _definite_told_before(events):
    """"انفجرت سيارة مفخخة في سوق ببعقوبة ... وكان التفجير قد أسفر عن مقتل 11": an act
    named with the article and no place of its own is the act of its type told just before
    (within ~3 sentences): it takes that act's place and date, the date said with it being
    mostly the claim's or the toll's (what a claim or the killing it caused adds then lands
    where and when the act was)."""
    for n, ev in enumerate(events):
        if ev.type not in ("Attack", "Strike") or ev.place or not _definite(ev):
            continue
        prior = next((c for c in _before(events, n) if c.type == ev.type
                      and ev.trigger_span[0] - c.trigger_span[0] < 600), None)
        if prior is not None and prior.place:
            ev.place = list(prior.place)
            # the date said with the anaphor is mostly the claim's or the toll's
            ev.date, ev.date_own = (prior.date, prior.date_own) if prior.date else (ev.date, ev.date_own)


# a relative telling when the act named again happened ("الهجوم الذي وقع أمس الجمعة")
OCCURRENCE_RELATIVE = re.compile(r"^\s*(?:الذي|التي)\s+(?:وقع|وقعت|حدث|حدثت|جرى|جرت)\s")


def _date_told_with_the_anaphor(events, text):
    """"أعلن الحلف اليوم (السبت) أن جنديا قتل في هجوم على قاعدة ...] [ ... في الهجوم الذي وقع
    أمس الجمعة": an act dated only by the report's clause takes the earlier day the definite
    noun naming it again just after (within ~3 sentences) tells in a relative of its occurrence;
    the killing it caused then takes it too (``_inherit_from_cause``). Run before
    ``_definite_told_before``, which gives the anaphor the act's date."""
    for n, ev in enumerate(events):
        if ev.type not in ("Attack", "Strike") or not ev.date_own or not ev.date or len(ev.date) != 10 \
                or not _definite(ev) or not OCCURRENCE_RELATIVE.match(text[ev.trigger_span[1]:ev.trigger_span[1] + 20]):
            continue
        prior = next((c for c in _before(events, n) if c.type == ev.type
                      and ev.trigger_span[0] - c.trigger_span[0] < 600), None)
        if prior is not None and prior.date and not prior.date_own and len(prior.date) == 10 \
                and ev.date < prior.date:
            prior.date, prior.date_own = ev.date, True


def _done_in_the_operation(events):
    """"اعتُقل ثلاثة متهمين خلال عملية دهم نفذتها قوة من X": an arrest told with no doer, whose
    clause goes on to the operation it was made in, was made by that operation's doer."""
    for n, ev in enumerate(events):
        if ev.type != "Arrest" or ev.agent or ev.result_of != "means":
            continue
        cause = next((c for c in events[n + 1:n + 1 + LOOK_BACK] if c.evidence[0] == ev.evidence[0]
                      and c.type in ("MilitaryOperation", "Attack")), None)
        if cause is not None and cause.agent:
            ev.agent = [a for a in cause.agent if a not in ev.target]
            ev.place = ev.place or list(cause.place)


def _killed_by_the_operation(events):
    """"وأوضح المتحدث أن العملية التي أطلق عليها اسم X أسفرت حتى الآن عن مقتل 62 مسلحا": a
    killing with no doer that an operation told in its own sentence resulted in was done by
    the operation's doer, where it was waged (run after the operation told by an anaphor has
    its doer, ``_operation_told_before``)."""
    for n, ev in enumerate(events):
        if ev.type != "Killing" or ev.agent or ev.result_of != "result":
            continue
        op = next((c for c in _before(events, n) if c.evidence[0] == ev.evidence[0]), None)
        if op is None or op.type != "MilitaryOperation" or not op.agent:
            continue
        ev.agent = [a for a in op.agent if a not in ev.target]
        ev.place = ev.place or list(op.place)


def _inherit_from_cause(events):
    """A killing caused by a strike or attack shares its agent, place and date.

    "أسفرت الغارة عن مقتل X": the cause is the strike just before (in this or the
    two previous sentences: الغارة refers back); "قُتل X بقصف ...": the cause is
    the strike that follows in the same sentence.
    """
    for n, ev in enumerate(events):
        if ev.type != "Killing" or not ev.result_of:
            continue
        if ev.result_of == "result":
            cands = [c for c in _before(events, n) if ev.evidence[0][0] - c.evidence[0][1] < 400]
        else:
            cands = [c for c in events[n + 1:n + 1 + LOOK_BACK] if c.evidence[0] == ev.evidence[0]]
        causes = ("Strike", "Attack", "MilitaryOperation") if ev.result_of == "means" else ("Strike", "Attack")
        cause = next((c for c in cands if c.type in causes), None)
        if cause is None and ev.result_of == "means":
            # "بمقتل سبعة أشخاص في الغارات": the definite means refers to the strikes told before
            cause = next((c for c in _before(events, n) if c.type in ("Strike", "Attack")
                          and (c.agent or c.place) and ev.evidence[0][0] - c.evidence[0][1] < 600), None)
        if cause is None:
            continue
        if getattr(ev, "fighters_killed", False) and cause.type == "Attack" and ev.result_of == "result":
            # "هاجم مسلحو X ...، ما أسفر عن مقتل 22 مسلحا": the attackers fell, not their victims
            ev.target = ev.target or list(cause.agent)
        else:
            ev.agent = ev.agent or [a for a in cause.agent if a not in ev.target]
        ev.place = ev.place or list(cause.place)
        if not ev.date or (cause.date_own and not ev.date_own and cause.date != ev.date):
            # "أعلنت، أمس الثلاثاء، مقتل X بضربات ... فجر الاثنين": the act's own date wins
            ev.date = cause.date
        if ev.result_of == "means" and not ev.target and getattr(ev, "soldiers_killed", False):
            # "قُتل جندي في انفجار لغم استهدف دورية للجيش": the soldiers of the force it hit
            ev.target = list(cause.target)
        if ev.result_of == "means" and not cause.target:
            cause.target = list(ev.target)
        if ev.result_of == "result" and not ev.target and (_of_him(ev.trigger) or getattr(ev, "some_of_them", False)):
            # "ما أدى إلى مقتله"، "غارة استهدفت اجتماعا لقادة من X، ما أدى إلى مقتل سبعة منهم"
            ev.target = [t for t in cause.target if t not in ev.agent]


def _fighters_of_the_fought(events):
    """"أطلق الجيش عملية ضد تنظيم X ...، مؤكدا أن وحداته قتلت 130 مسلحا": fighters killed with
    no group named, by the doer of the operation, strike or attack told just before in the
    sentence, are of the one group that act was against."""
    for n, ev in enumerate(events):
        if ev.type != "Killing" or ev.target or not ev.agent or not getattr(ev, "fighters_killed", False):
            continue
        act = next((c for c in _before(events, n) if c.evidence[0] == ev.evidence[0]
                    and c.type in ("MilitaryOperation", "Strike", "Attack")), None)
        if act is not None and len(act.target) == 1 and set(act.agent) == set(ev.agent):
            ev.target = list(act.target)


_IN = _n("في")
_OTHER = _n("آخر أخرى آخرين مماثل مماثلة مشابه مشابهة جديد جديدة ثان ثاني ثانية")


def restating_act(view, i, kind) -> bool:
    """"انفجرت سيارة مفخخة في سوق ...، ما أدى إلى مقتل تسعة، في هجوم تبنته جماعة X": an
    indefinite act noun after في that names the act of its sentence again (not "في هجوم آخر")."""
    if kind != "noun" or i == 0 or not view.has(i - 1, _IN) or view.tokens[i].norm.startswith("ال"):
        return False
    return not view.has(i + 1, _OTHER)


def _restated_acts(events):
    """The act told again as "في هجوم تبناه X" / "في هجوم شنه X" gives its doer to the
    attack or strike its sentence told before with no doer (and so to the killing it
    caused); a place of its own must agree. ("في غارات التحالف" after a toll is where
    most died, not the act told again.)"""
    for n, ev in enumerate(events):
        if not getattr(ev, "restates", False) or not ev.agent or ev.type != "Attack":
            continue
        for prior in _before(events, n):
            if prior.evidence[0] != ev.evidence[0]:
                break
            if prior.type not in ("Attack", "Strike") or prior.agent:
                continue
            if ev.place and prior.place and set(ev.place).isdisjoint(prior.place):
                continue
            prior.agent = [a for a in ev.agent if a not in prior.target]


def merge_events(events):
    """Merge events of one type that share an argument and agree on the date.

    The events an event may merge with share a place, a target or a name with it (a
    meeting's or visit's agent too): they are found in an index of the merged events by
    type, role and entity (their last MERGE_BACK each), not by a scan of all of them."""
    merged = []
    position = {}    # id(event) -> its position in merged
    holds = []       # per merged event, its agents, targets, places and evidence as sets
    index = {}       # (type, role, value) -> positions in merged of the events holding it
    for ev in events:
        roles = _SHARED_ROLES_MEETING if ev.type in ("Meeting", "Visit") else _SHARED_ROLES
        near = set()
        for role in roles:
            for x in (ev.name,) if role == "name" else getattr(ev, role):
                if x:
                    held = index.get((ev.type, role, x))
                    if held:
                        near.update(held[-MERGE_BACK:])
        for at in sorted(near):
            m, held = merged[at], holds[at]
            if m.date and ev.date and not (m.date.startswith(ev.date) or ev.date.startswith(m.date)):
                continue
            if m.name and ev.name and m.name != ev.name:
                continue
            if m.agent and ev.agent and held["agent"].isdisjoint(ev.agent):
                continue
            if not held["agent"].isdisjoint(ev.target) or not held["target"].isdisjoint(ev.agent):
                continue      # the doer of one is the victim of the other: two acts, each side's
            shared = not held["place"].isdisjoint(ev.place) or not held["target"].isdisjoint(ev.target) \
                or (m.name and m.name == ev.name)
            if ev.type in ("Meeting", "Visit"):
                shared = shared or not held["agent"].isdisjoint(ev.agent)
            if not shared:
                continue
            for role in ("agent", "target", "place"):
                vals, seen = getattr(m, role), held[role]
                for x in getattr(ev, role):
                    if x not in seen:
                        vals.append(x)
                        seen.add(x)
                        _index(index, m, role, x, at)
            if ev.date and (not m.date or len(ev.date) > len(m.date)):
                m.date = ev.date
            named = m.name
            m.name = m.name or ev.name
            if m.name and not named:
                _index(index, m, "name", m.name, position[id(m)])
            for e in ev.evidence:
                if e not in held["evidence"]:
                    m.evidence.append(e)
                    held["evidence"].add(e)
            break
        else:
            position[id(ev)] = len(merged)
            merged.append(ev)
            holds.append({role: set(getattr(ev, role)) for role in ("agent", "target", "place", "evidence")})
            for role in ("agent", "target", "place"):
                for x in set(getattr(ev, role)):
                    _index(index, ev, role, x, position[id(ev)])
            if ev.name:
                _index(index, ev, "name", ev.name, position[id(ev)])
    return merged


_SHARED_ROLES = ("place", "target", "name")
_SHARED_ROLES_MEETING = ("place", "target", "name", "agent")


def _index(index, ev, role, value, at):
    held = index.setdefault((ev.type, role, value), [])
    if not held or held[-1] != at:
        held.append(at)


def _operation_told_before(events):
    """"أعلن الحرس الثوري أنه نفذ ضربات ... وقال قائده إن العملية ستستمر": the definite
    operation with no agent is the one just told (within ~2 sentences): its agent and target;
    so is one the strikes come within ("الغارات تأتي ضمن عملية X")."""
    for n, ev in enumerate(events):
        if ev.type != "MilitaryOperation" or ev.agent or not (any(
                st.startswith("ال") for _, st in strip_clitics(norm(ev.trigger))) or ev.within):
            continue
        prior = next((c for c in _before(events, n) if c.type in ("Strike", "MilitaryOperation")
                      and c.agent and ev.trigger_span[0] - c.trigger_span[0] < 400), None)
        if prior is not None:
            ev.agent = list(prior.agent)
            ev.target = ev.target or list(prior.target)
