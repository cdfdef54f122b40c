"""Military operations told by their launching and their aim.

- ``launched_by_a_force``: "أطلق التحالف العربي عملية عاصفة الحزم ضد ..."، "بدأ الجيش
  العراقي عملية واسعة لتحرير ...": an operation an armed force, an armed group, a coalition
  or a state launches is one even with its name unquoted (not "بدأت عملية التصويت");
- ``led_by_a_force``: "الحملة الجوية التي تقودها السعودية": a campaign a force leads or wages;
- ``place_to_liberate``: "عملية عسكرية واسعة لتحرير محافظة X": X is where it is waged;
- ``held_by``: "... لتحرير محافظة X من تنظيم Y": Y, who holds the place, is its target.
"""
from __future__ import annotations

from kg.events.grammar import AGENT_MARKERS, _n
from kg.events.reading import rule

# "معركة تحرير X"، "عملية استعادة X": an operation named for the place it is to take
LIBERATION_WORDS = _n("تحرير تطهير استعادة استرداد تحريرها")
LAUNCHERS = _n("أطلق أطلقت بدأ بدأت شن شنت نفذ نفذت يشن تشن ينفذ تنفذ يطلق تطلق يبدأ تبدأ "
               "دشن دشنت استأنف استأنفت")
OPERATION_WORDS = _n("عملية")
# the ones who launch military operations
FORCES = ("ArmedForce", "ArmedGroup", "Coalition")
# how far before the operation its launching verb may stand (past its subject)
LAUNCH_REACH = 8
# how far after the operation the liberation word may come (past its kind: "عسكرية واسعة")
AIM_REACH = 5
_FROM = _n("من")


def _acting_force(slot):
    e = slot.entity
    return (e.type == "Organization" and e.subtype in FORCES) or (e.type == "Place" and e.subtype == "Country")


def launched_by_a_force(view, i):
    """Is the operation noun at ``i`` launched by a force named between its launching verb
    and it ("أطلق التحالف العربي بقيادة السعودية عملية ...") or right before that verb ("وكانت
    القوات العراقية قد أطلقت، في العاشر من الشهر الجاري، عملية ...")?"""
    if not view.has(i, OPERATION_WORDS):
        return False
    if _force_before_its_launcher(view, i):
        return True
    c = view.clause_of[i]
    for k in range(i - 1, max(-1, i - 1 - LAUNCH_REACH), -1):
        if view.clause_of[k] != c:
            return False
        if view.has(k, LAUNCHERS) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Organization", "Place"), limit=i)
            return s is not None and s.i == k + 1 and not s.clitic and _acting_force(s)
    return False


# how many words (its kind: "الجوية"، "العسكرية الواسعة") may stand between the campaign and
# the relative pronoun of the clause naming who leads it
LED_REACH = 3
_WHICH = _n("التي الذي")


def led_by_a_force(view, i):
    """Is the campaign or operation noun at ``i`` told by a relative clause whose verb of
    leading or waging names a force, an armed group, a coalition or a state right after it
    ("الحملة الجوية التي تقودها السعودية ضد ..."، "العملية التي يشنها الجيش في ...")? (Not
    "الحملة التي تقودها الوزارة لمكافحة التدخين": a ministry wages no war.)"""
    c = view.clause_of[i]
    for k in range(i + 1, min(len(view.tokens) - 1, i + 2 + LED_REACH)):
        if view.at.get(k) is not None or view.clause_of[k] != c:
            return False
        if view.has(k, _WHICH):
            if not view.has(k + 1, AGENT_MARKERS):
                return False
            s = view.next_slot(k + 2, types=("Organization", "Place"), max_gap=0)
            return s is not None and s.i == k + 2 and _acting_force(s)
    return False


_MAY = _n("قد")
_COMMAS = frozenset("،,")
#: the most words a time aside between commas may take between the verb and the operation
ASIDE_REACH = 8


def _force_before_its_launcher(view, i):
    """"القوات العراقية أطلقت عملية"، "وكانت القوات قد أطلقت، في العاشر من الشهر الجاري، عملية":
    the launching verb right before the operation (or before an aside between commas that ends
    right before it), its subject an armed force, group or coalition right before it (past قد)."""
    k = i - 1
    if k >= 0 and view.tokens[k].text in _COMMAS:
        k -= 1
        while k >= 0 and i - k <= ASIDE_REACH + 2 and view.tokens[k].text not in _COMMAS:
            k -= 1
        if k < 0 or view.tokens[k].text not in _COMMAS:
            return False
        k -= 1
    if k < 1 or not view.has(k, LAUNCHERS) or view.at.get(k) is not None:
        return False
    j = k - 1 if not view.has(k - 1, _MAY) else k - 2
    s = view.at.get(j)
    # (an armed force or group: "اليونان بدأت عملية سداد" is a state paying its debts)
    return s is not None and s.j == j + 1 and not s.clitic and s.entity.type == "Organization" \
        and s.entity.subtype in FORCES


# "عملية عسكرية أطلقت عليها اسم «حق الشهيد» لتطهير ...": the naming of the operation before
# its aim (the words of naming, and its name in quotes)
NAMING = _n("أطلق أطلقت أطلقوا عليها عليه اسم تحمل يحمل المسماة المسمى تسمى يسمى بعنوان تحت")
_OPEN_QUOTES = frozenset("«\"“")
_CLOSE_QUOTES = frozenset("»\"”")
# how far the aim may come past a naming (its words and a name of a few words)
NAMED_AIM_REACH = 12


def _liberation_word(view, i):
    """The token of the liberation word after the operation at ``i`` (past its kind, and past
    its naming: "عملية واسعة أطلقت عليها اسم «حق الشهيد» لتطهير مناطق X")."""
    toks = view.tokens
    reach, quoted = AIM_REACH, False
    k = i + 1
    while k < min(len(toks), i + 1 + reach):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if toks[k].text in _OPEN_QUOTES and not quoted and reach == NAMED_AIM_REACH:
            quoted = True
        elif toks[k].text in _CLOSE_QUOTES and quoted:
            quoted = False
        elif view.has(k, NAMING) and view.at.get(k) is None:
            reach = NAMED_AIM_REACH
        elif view.at.get(k) is not None and not quoted:
            return None
        elif view.has(k, LIBERATION_WORDS) and not quoted:
            return k
        k += 1
    return None


def _place_liberated(view, i):
    k = _liberation_word(view, i)
    if k is None:
        return None
    s = view.next_slot(k + 1, types=("Place",), max_gap=1)
    return s if s is not None and not s.clitic else None


def _is_operation(r):
    return r.etype == "MilitaryOperation"


@rule("place the operation is to liberate", applies=_is_operation)
def place_to_liberate(r):
    """"بدأ الجيش عملية عسكرية واسعة لتحرير محافظة X": X."""
    return _place_liberated(r.view, r.i)


@rule("group the liberated place is taken from", applies=_is_operation)
def held_by(r):
    """"... لتحرير محافظة X من تنظيم Y": Y."""
    view = r.view
    place = _place_liberated(view, r.i)
    if place is None or not view.has(place.j, _FROM):
        return None
    s = view.slot_starting(place.j + 1)
    return s if s is not None and s.entity.type == "Organization" and not s.clitic else None


# "اعتقال خمسة مطلوبين ... خلال عملية دهم وتفتيش": a search of a place in which an arrest told
# before it was made (the arrest is the event), no military operation of its own
SEARCH_WORDS = _n("دهم ودهم مداهمة مداهمات تفتيش وتفتيش")


RAID_HEADS = _n("عملية حملة")


def raids_of_arrests(view, events):
    """"تمكنت قوة من الجيش من اعتقال خمسة مطلوبين ... خلال عملية دهم وتفتيش في ناحية X": the
    raid of an arrest told before it in the sentence, whose doer is named, is no operation of
    its own, and where it was is where the arrest was (when the arrest names no doer, "اعتُقل
    ... خلال عملية دهم نفذتها قوة من الجيش", the raid gives it one first:
    kg.events.merging._done_in_the_operation); "شنت قوات الأمن حملة مداهمات في X أسفرت عن
    توقيف أربعة": the arrest it resulted in was made by its doer, there. Removes the raids."""
    raids = {view.tokens[i].start for i in view.positions(RAID_HEADS) if view.has(i + 1, SEARCH_WORDS)}
    if not raids:
        return
    for ev in [ev for ev in events if ev.type == "MilitaryOperation" and ev.trigger_span[0] in raids]:
        same = [a for a in events if a.type == "Arrest" and a.evidence[0] == view.span]
        arrest = next((a for a in same if a.agent and a.trigger_span[0] < ev.trigger_span[0]), None)
        result = next((a for a in same if a.trigger_span[0] > ev.trigger_span[0]), None)
        if arrest is None and result is not None and ev.agent:
            result.agent = list(ev.agent)          # "حملة مداهمات أسفرت عن توقيف أربعة"
            arrest = result
        if arrest is not None:
            if not arrest.place:
                arrest.place = list(ev.place)     # "... خلال عملية دهم في ناحية X": made there
            arrest.date = arrest.date or ev.date
            events.remove(ev)


# "هجوم واسع أطلقته قوات X لطرد التنظيم من قرى ..."، "هجوما لاستعادة مدينة X": an offensive to
# take ground, told with an aim of driving out or liberating, is a military operation
OFFENSIVES = _n("هجوم هجوما الهجوم هجومها هجومه هجومهم")
AIMS_TO_TAKE = _n("لطرد طرد لتحرير لتطهير لاستعادة لاسترداد لانتزاع لاستعادتها لتحريرها")
# "بعد هجوم بدأته الثلاثاء الماضي"، "هجوما أطلقه الجيش": an offensive launched (not "هجوم
# شنه مسلحون", an attack)
LAUNCHED_IT = _n("بدأته بدأها بدأه بدأوه أطلقته أطلقها أطلقه أطلقوه")
# "واصلت القوات هجومها على المدينة لليوم التاسع على التوالي": an offensive of many days
SUCCESSIVE = _n("التوالي")
# how far after the offensive its aim may come (past its kind and the one launching it)
OFFENSIVE_AIM_REACH = 10


def offensive_to_take_ground(view, i, etype, kind):
    """Trigger retype: an attack noun whose clause goes on to an aim of taking ground
    ("هجوم واسع أطلقته قوات X الثلاثاء الماضي لطرد التنظيم من ...")، that was launched
    ("بعد هجوم بدأته الثلاثاء الماضي") or that goes on day after day ("هجومها على مدينة X
    لليوم التاسع على التوالي") is an operation."""
    if etype != "Attack" or not view.has(i, OFFENSIVES):
        return False
    if view.has(i + 1, LAUNCHED_IT) and view.at.get(i + 1) is None:
        return True
    c = view.clause_of[i]
    for k in range(i + 1, min(len(view.tokens), i + 1 + OFFENSIVE_AIM_REACH)):
        if view.clause_of[k] != c:
            return False
        if view.at.get(k) is None and (view.has(k, AIMS_TO_TAKE) or view.has(k, SUCCESSIVE)):
            return True
    return False


DRIVING_OUT = _n("لطرد طرد وطرد")


@rule("group the operation is to drive out", applies=_is_operation)
def driven_out(r):
    """"هجوم ... لطرد تنظيم X من قرى ..."، "عملية لطرد مسلحي X": X, right after the aim."""
    view = r.view
    for k in range(r.i + 1, min(len(view.tokens), r.i + 1 + OFFENSIVE_AIM_REACH)):
        if view.clause_of[k] != view.clause_of[r.i]:
            return None
        if view.at.get(k) is None and view.has(k, DRIVING_OUT):
            s = view.next_slot(k + 1, types=("Organization",), max_gap=1)
            return s if s is not None and not s.clitic else None
    return None


def offensive_read_as_operation(view, i, etype, kind, stem):
    """Sense filter of the learned stage: the rules read this attack noun as an operation
    (``offensive_to_take_ground``), so it tells no attack of its own."""
    return offensive_to_take_ground(view, i, etype, kind)


# "صدت القوات هجومهم"، "أحبط الجيش هجومها": the attack of the ones the pronoun names, repelled by
# the subject, who did not make it
REPELLING = _n("صد صدت صدوا تصدت تصدى أحبط أحبطت أحبطوا دحر دحرت دحروا أفشل أفشلت")
ATTACKS_OF_THEM = _n("هجومها هجومه هجومهم")
REPEL_REACH = 4


def repelled_attack_of_them(view, i, etype, kind, stem):
    """Trigger filter: an attack noun with a pronoun after a verb of repelling ("وصدت قوات
    الجيش هجومهم على الحاجز") is not read: the subject before it would be taken for the
    attacker (the attack itself is told where its doers are named)."""
    return view.has(i, ATTACKS_OF_THEM) and any(
        view.has(k, REPELLING) and view.at.get(k) is None for k in range(max(0, i - REPEL_REACH), i))
