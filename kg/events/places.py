"""Places: where it happened. ``PLACE_RULES`` (acts) is the ordered list of rules
for one trigger: "في/ب/قرب X", a direction ("شمال X"), a place fronted at the head of
the sentence ("وفي بيروت، ..."). ``places_only`` keeps only Place entities.
"""
from __future__ import annotations

from kg.events.grammar import ACTS, CLASHES, LIGHT_VERBS, _Handle, _kb, _n, joined_light_verb
from kg.events.merging import _result_cue
from kg.events.operations import LIBERATION_WORDS
from kg.events.reading import rule
from kg.events.triggers import TARGETING
from kg.lexicon import DIRECTIONS, PLACE_HEADS, PLURAL_PLACE_HEADS, strip_clitics


PLACE_MARKERS = _n("في ب قرب داخل بمدينة بمحافظة بمنطقة")


TO_MARKERS = _n("إلى الى")


_PLACE_HEAD_WORDS = frozenset(PLACE_HEADS)


_ON = _n("على علي")


_BRANCH_WORDS = _n("فرع فرعه فرعها")


_WITHIN = _n("ضمن إطار")


_OPENING = frozenset("(«\"“[")


def _describes_org(view, place, agent):
    """Is "في PLACE" part of an organisation's description ("فرع تنظيم الدولة في مصر"، "إدارة
    مكافحة الإرهاب في إقليم X" when the body acts) rather than where the act happened?"""
    k = place.i - 1
    if k < 1 or not view.has(k, _IN_WORDS):
        return False
    org = view.at.get(k - 1)
    if org is None or org.entity.type != "Organization" or org.j != k:
        return False
    return (agent is not None and org.entity.id == agent.entity.id) or (
        org.i > 0 and view.has(org.i - 1, _BRANCH_WORDS))


_IN_WORDS = _n("في")
# the head words of a post a place may stand in before its holder's name ("المنسق الإقليمي
# للعمليات الإنسانية في اليمن X"، "سفير المملكة في القاهرة X")
_POST_PHRASE_HEADS = frozenset(_n("منسق المنسق مدير المدير سفير السفير مبعوث المبعوث ممثل الممثل قائد القائد "
                                  "رئيس مسؤول المسؤول الملحق ملحق مندوب المندوب وزير"))
_POST_REACH = 6


def in_a_post_phrase(view, place) -> bool:
    """Is the place slot inside the post of the person named right after it ("استقبل X
    المنسق الإقليمي للعمليات الإنسانية في اليمن Y": Y's post, not where they met)?"""
    nxt = view.slot_starting(place.j)
    if nxt is None or nxt.entity.type != "Person" or place.i < 1 or not view.has(place.i - 1, _IN_WORDS):
        return False
    return any(view.tokens[k].norm in _POST_PHRASE_HEADS for k in range(max(0, place.i - _POST_REACH), place.i))


def _place_before(view, i):
    """The first place after في/ب before token i in the sentence (a nominal yields to the name)."""
    for sl in view.slots:
        if sl.i >= i:
            break
        if sl.entity.type == "Place" and (sl.clitic.endswith("ب") or view.has(sl.i - 1, PLACE_MARKERS)):
            if getattr(sl.mention, "nominal", False):
                named = view.next_slot(sl.j, types=("Place",), max_gap=1, limit=i)
                return named or sl
            return sl
    return None


def _place_adjective(word: str) -> bool:
    """A definite relative adjective (الساحلية، الليبية، الحدودي) that may follow a place's name."""
    return word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) > 5


def _fronted_place(view, i):
    """"وفي بيروت، التقى ..."، "وفي العاصمة العراقية بغداد، اعتقلت ...": a place fronted at the
    start of the sentence covers it (the place closing the phrase before its comma)."""
    toks = view.tokens
    k = 0
    while k < len(toks) and k < 2 and not view.has(k, PLACE_MARKERS):
        k += 1
    if k >= len(toks) or not view.has(k, PLACE_MARKERS):
        return None
    c = k if view.at.get(k) is not None else k + 1    # "ببيروت،": the marker is a clitic
    end = min(len(toks), c + 6, i)
    while c < end and toks[c].text not in ("،", ","):
        if view.at.get(c) is not None and view.at[c].entity.type != "Place":
            return None      # "وفي بيان لوزارة الدفاع، ..." is no place
        c += 1
    if c >= end or c == 0:
        return None
    last = c - 1
    if view.at.get(last) is None and _place_adjective(toks[last].norm) and last > 0:
        last -= 1      # "وفي مدينة كيسمايو الساحلية، ...": past the place's adjective
    sl = view.at.get(last)
    if sl is None or sl.entity.type != "Place" or sl.j != last + 1:
        return None
    first = view.at.get(k) or view.slot_starting(k + 1)
    if first is None and k + 2 < len(toks) and view.has(k + 1, _PLACE_HEAD_WORDS | DIRECTIONS):
        # "وفي مدينة كركوك، ..." (the head outside the mention); "وفي شرق البلاد، ..." (a part of it)
        first = view.slot_starting(k + 2)
    if first is None and not view.has(k + 1, _CAPITALS):
        return None          # "وفي حديث للتلفزيون الرسمي، ..." is no place
    return sl


# what a fronted place is said to be, between commas after it ("وفي تعز، ثالث مدن البلاد، ...")
PLACE_APPOSITIONS = _n("ثاني ثالث رابع خامس ثانية ثالثة رابعة كبرى أكبر عاصمة مركز كبرى إحدى احدى أحد "
                       "مسقط معقل أبرز أهم")


def _in_fronted_phrase(view, i, slot):
    """Is the slot inside the fronted place phrase ("وفي الأنبار غربي العراق، قتلت ...")?"""
    if slot is None:
        return False
    f = _fronted_place(view, i)
    if f is None:
        return False
    c = f.j
    while c < i and view.tokens[c].text not in ("،", ","):
        c += 1
    if c + 1 < i and view.has(c + 1, DIRECTIONS | PLACE_APPOSITIONS):
        # "وفي ولاية X، جنوب شرقي البلاد، قتل ...": the place's bearing, between commas; "وفي تعز،
        # ثالث مدن البلاد، قتل ...": what the place is, between commas
        c += 1
        while c < i and view.tokens[c].text not in ("،", ","):
            c += 1
    return slot.j <= c


_CAPITALS = _n("العاصمة عاصمة")


def places_only(events, doc) -> list:
    """Keep in each event's places only the Place entities.

    The ontology's kgo:place is a Place (ontology/shapes.ttl): anything else a rule
    put there would fail the graph's SHACL check, and with it a whole build.
    """
    places = {e.id for e in doc.entities if e.type == "Place"}
    for ev in events:
        if not places.issuperset(ev.place):
            ev.place = [p for p in ev.place if p in places]
    return events


# --- the place rules of one trigger (visits: kg.events.meetings.VISIT_PLACE_RULES)

def _act(r):
    return r.etype != "Visit"


@rule("place named right after the trigger", applies=_act)
def place_right_after(r):
    """هجوم تدمر (but "قصفت إسرائيل ...": the state striking is no place)."""
    sl = r.view.slot_starting(r.i + 1)
    if sl is not None and sl.entity.type == "Place" and not sl.clitic and not (
            r.agent is not None and sl is r.agent):
        return sl
    return None


# "بقصف أحياء المدينة القديمة"، "اقتحام بلدات X وY": the areas the act fell on, right after it
AREAS = _n("أحياء حي مناطق منطقة قرى قرية بلدات بلدة مدن مدينة مخيم مخيمات ريف")


# "على بلدات X وY وZ"، "في أحياء X وY"، "بمديريات X وY": a plural head opening a list of the
# places an act fell on (each of them a place of the event, ``event_places``)
LIST_HEADS = frozenset(PLURAL_PLACE_HEADS)


def _listed_under_plural_head(r, k, sl):
    """Is the place ``sl`` at token ``k`` the first of a list of names under a plural head after
    في/على/ب ("على قرى X وY"، "بمناطق X وY"), or after the subject of a verb of striking
    ("قصفت الطائرات الروسية قرى X وY")? Not a nominal ("في أحياء المدينة": the districts of a
    city the anaphor may not resolve right)."""
    view = r.view
    if not view.has(k - 1, LIST_HEADS) or view.at.get(k - 1) is not None or getattr(sl.mention, "nominal", False):
        return False
    head = view.tokens[k - 1].norm
    return view.has(k - 2, PLACE_MARKERS | _ON) or (head[:1] == "ب" and head[1:] in LIST_HEADS) or (
        r.etype in ("Strike", "Attack") and r.kind == "verb" and view.at.get(k - 2) is not None)


def _marked_place(r, k, sl):
    """Is the place slot ``sl`` at token ``k`` where the act happened: after في/ب/قرب, a
    direction, على (struck), or a place head ("مدينة X") after one of them?"""
    view, etype, kind = r.view, r.etype, r.kind
    strike = etype in ("Strike", "Attack")
    if k > 1 and view.tokens[k - 1].text in _OPENING and not sl.clitic:
        k -= 1       # "على منطقتي (X وY)": the bracket opening the list is not a word
    return sl.clitic.endswith("ب") or view.has(k - 1, PLACE_MARKERS) \
        or _listed_under_plural_head(r, k, sl) \
        or (etype == "MilitaryOperation" and view.has(k - 1, _PLACE_HEAD_WORDS) and view.has(k - 2, _ON)) \
        or ((strike or etype == "MilitaryOperation") and view.has(k - 1, _ON | TARGETING)) \
        or view.has(k - 1, DIRECTIONS) \
        or (strike and kind == "verb" and view.has(k, _PLACE_HEAD_WORDS)
            and (k - 1 == r.i or view.at.get(k - 1) is not None)) \
        or (k - 2 == r.i and view.has(k - 1, AREAS)) or (
        view.has(k - 1, _PLACE_HEAD_WORDS) and (
            view.has(k - 2, PLACE_MARKERS) or view.has(k - 2, DIRECTIONS)
            or (strike and view.has(k - 2, _ON))
            or view.tokens[k - 1].norm[:1] == "ب"
            # "قصفت X مدينة الفاشر": a town struck or attacked
            or (strike and kind == "verb" and view.at.get(k - 2) is not None)))


# "في زيارة ... يجري خلالها مباحثات مع X": talks held during the visit told before
DURING_IT = _n("خلالها خلاله وخلالها وخلاله أثناءها")


def during_the_visit_before(r) -> bool:
    """Is this meeting told as held during ("خلالها") the visit told just before in the sentence?"""
    view, i, prev = r.view, r.i, r.prev_event
    return (r.etype == "Meeting" and prev is not None and prev.type == "Visit"
            and prev.evidence[0] == view.span
            and any(view.has(k, DURING_IT) for k in range(max(0, i - 3), i)))


@rule("place of the visit it was held during", applies=during_the_visit_before)
def place_of_the_visit(r):
    """"وصل X إلى Y في زيارة يجري خلالها مباحثات مع Z": the talks are in Y."""
    prev = r.prev_event
    if not prev.place:
        return None
    return next((s for s in r.view.slots if s.entity.id == prev.place[0] and s.entity.type == "Place"), None)


# what talks are about opens with these; a place past them is the topic, not where they met
TOPIC_OPENERS = _n("حول بشأن لبحث لمناقشة تناولت تناول بحث وبحث وبحثا مناقشة وناقش وناقشا "
                   # "إن محادثاته مع X تطرقت إلى الأوضاع في Y"، "وتتناول المحادثات الوضع في Y"
                   "تطرقت تطرق تطرقا تطرقوا تتناول يتناول ركزت تركزت "
                   # "محادثات مع وفد X تتعلق بمدينة Y"، "اجتماع ... هيمن عليه الوضع في Y"
                   "تتعلق يتعلق تعلقت المتعلقة المتعلق هيمن هيمنت يهيمن تهيمن تمحورت تمحور يتمحور")
TALKS = ("Meeting",)


def about_the_topic(view, i, slot) -> bool:
    """Is the place ``slot`` told after a word opening the topic of the talks at ``i``, between
    them ("محادثات مع وفد X تتعلق بمدينة Y": Y is what they were about, not where)?"""
    return slot.i > i and any(view.has(k, TOPIC_OPENERS) and view.at.get(k) is None for k in range(i + 1, slot.i))


@rule("place marked in the trigger's words", applies=_act)
def place_in_scope(r):
    """"في بلدة أفجوي"، "بالعاصمة"، "شمال سوريا"، "قصفت X مدينة الفاشر"; "قُتل في غارة شمال
    سوريا": the place of the means is the place of the event; a place that only describes
    an organisation ("فرع تنظيم الدولة في مصر") only if no other place follows."""
    view, i, toks, scope_end = r.view, r.i, r.toks, r.scope_end
    described = None
    place_end = scope_end
    if scope_end < len(toks) and scope_end - i <= 3:
        place_end = next((t for t in r.trigger_idx if t > scope_end), len(toks))
        while place_end > i and view.clause_of[place_end - 1] != view.clause_of[i]:
            place_end -= 1
    if r.etype in TALKS and i > 0 and view.has(i - 1, TOPIC_OPENERS) and view.at.get(i - 1) is None:
        return None     # "وتناولت المحادثات الأوضاع في Y": the talks are the subject, Y the topic
    k = i + 1
    while k < place_end:
        if r.etype in TALKS and view.has(k, TOPIC_OPENERS) and view.at.get(k) is None:
            break       # "مباحثات مع X حول الوضع في Y": Y is what they talk about
        sl = view.slot_starting(k)
        if sl is not None and sl.entity.type == "Place" and _marked_place(r, k, sl) \
                and not in_a_post_phrase(view, sl):
            if _describes_org(view, sl, r.agent):
                described = described or sl
            else:
                return sl
        k = sl.j if sl is not None else k + 1
    return described


@rule("where the clashes it resulted from were",
      applies=lambda r: r.etype == "Killing" and _result_cue(r.view, r.i) == "result" and any(
          r.view.has(k, CLASHES) for k in range(r.i)))
def place_of_clashes(r):
    """"اندلعت اشتباكات ... في العاصمة طرابلس ...، ما أسفر عن مقتل ستة": where they fought."""
    return _place_before(r.view, r.i)


# how far before the act noun its light verb may stand, past an unnamed subject and a place
# ("ألقت أجهزة الأمن في محافظة Y القبض على ...")
LIGHT_VERB_REACH = 8


def _subject_end(r):
    """Where the subject before the act ends: after the named agent, or after the light verb
    of an unnamed one ("ألقت أجهزة الأمن ... القبض"), else None."""
    if r.agent is not None and getattr(r.agent, "i", -1) >= 0 and r.agent.j < r.i:
        return r.agent.j
    if r.agent is None and r.kind != "verb":
        view = r.view
        for k in range(r.i - 2, max(-1, r.i - 2 - LIGHT_VERB_REACH), -1):
            if view.clause_of[k] != view.clause_of[r.i]:
                return None
            if view.has(k, LIGHT_VERBS) and view.at.get(k) is None:
                return k + 2      # past the verb and the subject's first word
    return None


@rule("place between the subject and the act", applies=lambda r: _act(r) and _subject_end(r) is not None)
def place_before_act(r):
    """"ألقت قوات X في مدينة Y القبض على ..."، "شنت القوات في ولاية Y غارات"، "ألقت أجهزة الأمن
    في محافظة Y القبض على ...": a place marked by في/ب between the subject and the act, in its
    clause, with no other trigger between."""
    view, i = r.view, r.i
    start = _subject_end(r)
    if any(start <= t < i for t in r.trigger_idx):
        return None
    k = start
    while k < i:
        if view.clause_of[k] != view.clause_of[i]:
            return None
        sl = view.slot_starting(k)
        if sl is not None and sl.j <= i and sl.entity.type == "Place" and (
                sl.clitic.endswith("ب") or view.has(k - 1, PLACE_MARKERS)
                or (view.has(k - 1, _PLACE_HEAD_WORDS) and view.has(k - 2, PLACE_MARKERS))):
            return None if _describes_org(view, sl, None) else sl   # "فرع X في مصر"
        k = sl.j if sl is not None else k + 1
    return None


# "تعرضت مدينة X لقصف": the verb of undergoing an act; its subject, when a place, is where
SUBJECTED_VERBS = _n("تعرض تعرضت يتعرض تتعرض")


# how far before the act its verb of undergoing may stand, and how many words of the subject
# may come before the place in it ("تعرضت مناطق في محيط مدينة X بريف Y، لقصف")
SUBJECTED_REACH = 12
SUBJECT_PLACE_GAP = 4
# a place after these in the subject is where someone came from or went, not where the act was
_FROM_OR_TO = _n("من عن إلى الى")


def _place_in_subject(view, k, i):
    """The first place in the subject between the verb of undergoing at ``k`` and the act at
    ``i`` ("تعرضت مناطق في محيط مدينة X"، "تعرض مبنى حزب Y بإسطنبول"), else None."""
    s = view.next_slot(k + 1, types=("Place",), max_gap=SUBJECT_PLACE_GAP, limit=i)
    if s is None or s.j > i or (s.clitic and not s.clitic.endswith("ب")):
        return None
    return None if s.i > 0 and view.has(s.i - 1, _FROM_OR_TO) and not s.clitic else s


@rule("place subjected to the act",
      applies=lambda r: r.kind == "noun" and r.etype in ("Attack", "Strike"))
def place_subjected(r):
    """"تعرضت مدينة X لقصف عنيف"، "وكانت بلدة X قد تعرضت لهجوم": the place that underwent
    the act, the subject of تعرض before the trigger in its clause; "تعرضت مناطق في محيط مدينة X
    بالغوطة الشرقية، لقصف"، "على تعرض مبنى حزب Y بإسطنبول لاعتداء": the place the subject
    names."""
    view, i = r.view, r.i
    for k in range(i - 1, max(-1, i - 1 - SUBJECTED_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, SUBJECTED_VERBS) and view.at.get(k) is None:
            s = view.next_slot(k + 1, types=("Place",), max_gap=1, limit=i)
            if s is not None and s.clitic:
                s = None
            if s is None and i - k > 3:
                s = _place_in_subject(view, k, i)
            elif s is None:
                s = view.prev_slot(k, types=("Place",), max_gap=2)
                s = s if s is not None and not s.clitic else None
            # "لبنان يتعرض لاعتداء": a country undergoing it is rhetoric, not where
            return s if s is not None and s.entity.subtype != "Country" else None
    return None


# "معركة تحرير X"، "عملية استعادة X": LIBERATION_WORDS (kg.events.operations)


@rule("place the operation is named to take", applies=lambda r: r.etype == "MilitaryOperation")
def place_to_take(r):
    """"أعلنت X بدء معركة تحرير إدلب": إدلب is where the operation is waged; the name's
    liberation word is the trigger's next word or the one after ("معركة «تحرير X»")."""
    view, i = r.view, r.i
    for k in range(i + 1, min(i + 3, len(view.tokens))):
        if view.has(k, LIBERATION_WORDS) and view.at.get(k) is None:
            sl = view.next_slot(k + 1, types=("Place",), max_gap=1)
            return sl if sl is not None and not sl.clitic else None
    return None


FIGHTING = CLASHES | _n("القتال قتال المعارك الاشتباكات المواجهات")


def _fight_before(r):
    """Token of a word for fighting told before the joined verb at r.i in its sentence, with no
    other trigger between ("اندلع القتال في بلدة X ... وهاجمت طائرة"), else None."""
    view, i = r.view, r.i
    fights = [k for k in view.positions(FIGHTING) if k < i]
    if not fights or any(fights[-1] < t < i for t in r.trigger_idx):
        return None
    return fights[-1]


@rule("where the fighting it is joined to was",
      applies=lambda r: r.conj_verb and r.etype in ("Strike", "Attack", "Killing"))
def place_of_joined_fighting(r):
    """"ودارت اشتباكات عنيفة في قرية X شرق Y ثم قصفت المروحيات تجمعات المهاجمين": a verb joined
    to the fighting told just before happened where it was (the first place after في/ب
    following the fighting word)."""
    k = _fight_before(r)
    if k is None:
        return None
    view = r.view
    for sl in view.slots:
        if sl.i >= r.i:
            break
        if sl.i > k and sl.entity.type == "Place" and (
                sl.clitic.endswith("ب") or view.has(sl.i - 1, PLACE_MARKERS)
                or (view.has(sl.i - 1, _PLACE_HEAD_WORDS) and view.has(sl.i - 2, PLACE_MARKERS))):
            return sl
    return None


# "في 34 ولاية تركية"، "في الأراضي السورية": regions of a country named by its adjective
REGION_WORDS = _n("ولاية ولايات مدينة مدن محافظة محافظات منطقة مناطق قرية قرى بلدة بلدات الأراضي أراضي "
                  "إقليم أقاليم")
_IN_ONLY = _n("في")


@rule("country of the regions named by an adjective", applies=_act)
def place_by_demonym(r):
    """"اعتقلت قوات الأمن 851 شخصا ... في 34 ولاية تركية"، "قُتل في الأراضي السورية": the
    country the adjective names, when the article names it (a handle, no mention here)."""
    view, i = r.view, r.i
    by_kb = getattr(view, "doc_entities_by_kb", None)
    if not by_kb:
        return None
    toks = view.tokens
    end = next((t for t in r.trigger_idx if t > i), len(toks))
    end = min(end, i + 25, len(toks))
    for k in view.positions(_IN_ONLY):
        if k <= i or k >= end - 2:
            continue
        if view.clause_of[k] != view.clause_of[i] or view.at.get(k) is not None:
            break
        m = k + 1
        if toks[m].norm.isdigit():
            m += 1
        if m + 1 >= len(toks) or not view.has(m, REGION_WORDS) or view.at.get(m) is not None \
                or view.at.get(m + 1) is not None:
            continue
        key = _kb().demonym(toks[m + 1].norm)
        ent = by_kb.get(key) if key else None
        if ent is not None and ent.type == "Place":
            return _Handle(ent)
    return None


# "في قلب العاصمة"، "عند مدخل المدينة"، "في محيط مطار X"، "في جرود بلدة X" (its barren hills):
# a part of a place, the place after it
LOCATIVES = _n("قلب وسط محيط أطراف اطراف مدخل ضواحي أرجاء أنحاء العاصمة عاصمة جرود تخوم")
_AT = PLACE_MARKERS | _n("عند لدى")
# how many words (an adjective, a second locative) may stand between the locative and the place
LOCATIVE_GAP = 2


@rule("place past a locative noun", applies=_act)
def place_past_locative(r):
    """"استهدف حافلات في قلب العاصمة التركية أنقرة"، "تفجير عند مدخل مدينة سرت": the place
    after في/عند and a word for a part of it (its heart, entrance, outskirts), in the
    trigger's words."""
    view = r.view
    for k in range(r.i + 1, r.scope_end - 1):
        if view.has(k, _AT) and view.at.get(k) is None and view.has(k + 1, LOCATIVES) \
                and view.at.get(k + 1) is None:
            return view.next_slot(k + 2, types=("Place",), max_gap=LOCATIVE_GAP, limit=r.scope_end)
    return None


# where an act's words stop looking for its place past its scope: an attribution (حسب مصادر)
_SOURCE_WORDS = _n("حسب بحسب وفق وفقا طبقا قال قالت أفاد أفادت ذكر ذكرت أضاف أضافت مضيفا مشيرا")
# a place head right before the name: "في منطقة X"، "بمحافظة X"
_FAR_HEADS = _n("منطقة مدينة بلدة قرية محافظة ولاية حي مديرية ناحية قضاء مخيم إقليم")
# how many words past its scope the place may come ("في غارة شنتها طائرة ... يعتقد أنها
# أمريكية على سيارة كانت تقلهم في منطقة X")
FAR_PLACE_REACH = 14


@rule("place told further in its sentence", applies=lambda r: r.etype in ("Attack", "Strike", "Killing", "Arrest"))
def place_further_on(r):
    """"قتل ثلاثة ...، في غارة شنتها طائرة يعتقد أنها أمريكية على سيارة كانت تقلهم في منطقة
    X": with no place in its words, the first "في منطقة/مدينة X" past them in the sentence,
    before any other act and any attribution of the report."""
    view, toks = r.view, r.toks
    end = min(len(toks), r.scope_end + FAR_PLACE_REACH)
    later = [t for t in r.trigger_idx if t > r.i]
    if later:
        end = min(end, later[0])
    for k in range(r.scope_end, end - 2):
        if view.has(k, _SOURCE_WORDS) and view.at.get(k) is None:
            return None
        sl = None
        if view.has(k, PLACE_MARKERS) and view.at.get(k) is None and view.has(k + 1, _FAR_HEADS):
            sl = view.slot_starting(k + 1) or view.slot_starting(k + 2)
        elif view.at.get(k) is not None and view.at[k].clitic.endswith("ب") and view.has(k, _FAR_HEADS):
            sl = view.slot_starting(k)     # "بمحافظة X" read as one mention
        if sl is not None and sl.entity.type == "Place":
            return sl
    return None


# the words that name a report's source ("بحسب أنقرة"، "وفقا لموسكو"): a capital after them
# speaks for its government; it is no place of the act (the rules never take it; the learned
# stage is kept from it, kg.learn.stage)
SOURCE_PREPOSITIONS = _n("حسب بحسب وفق وفقا طبقا نقلا")


# "400 كم شمال بغداد"، "(118 كم غرب بغداد)"، "على بعد 20 كيلومترا جنوب الموصل": a distance from a
# place names it as a reference point, not where it happened
DISTANCE_UNITS = _n("كم كلم كيلومتر كيلومترا كيلومترات كيلو متر مترا ميل ميلا أميال")
_TOWARD = _n("إلى الى من عن")
REFERENCE_REACH = 5


def reference_point(view, slot) -> bool:
    """Is the place slot named after a distance and a direction ("400 كم شمال بغداد")?"""
    k = slot.i - 1
    seen_direction = False
    while k >= 0 and slot.i - k <= REFERENCE_REACH:
        n = view.tokens[k].norm
        if view.has(k, DISTANCE_UNITS):
            return seen_direction
        if any(st in DIRECTIONS for _, st in strip_clitics(n)):
            seen_direction = True
        elif not (view.has(k, _TOWARD) or n == "/" or n.startswith("ال") and n[2:] in DIRECTIONS):
            return False
        k -= 1
    return False


def not_a_reference_point(r):
    """The places a rule may give: none named as a distance's reference point."""
    return lambda s: getattr(s, "i", None) is None or not reference_point(r.view, s)


# "متمردين موالين لروسيا"، "القوات الموالية لطهران"، "بناء على طلب أنقرة": a state one is loyal
# to, backed by or acting at the request of is a party, not where the act took place (the rules
# give no such place; the learned stage's model did: kg.learn.stage)
LOYAL_TO = _n("موالين موالون موال موالية الموالين الموالون الموالي الموالية مواليه الموالية "
              "التابعين التابعة تابعة المدعومة المدعومين مدعومة مدعومين المقربة المقربين")
AT_REQUEST = _n("طلب بطلب")
_BY = _n("من")


def patron(view, slot) -> bool:
    """Is the place ``slot`` named as the party one is loyal to or backed by ("موالين لروسيا"،
    "المدعومة من إيران") or whose request is met ("بناء على طلب أنقرة")?"""
    k = slot.i - 1
    if k < 0 or view.at.get(k) is not None:
        return False
    if slot.clitic.endswith("ل") and view.has(k, LOYAL_TO):
        return True
    if view.has(k, _BY) and k > 0 and view.has(k - 1, LOYAL_TO):
        return True
    return not slot.clitic and view.has(k, AT_REQUEST)


PLACE_RULES = (place_of_the_visit, place_right_after, place_in_scope, place_past_locative, place_of_clashes, place_before_act, place_subjected,
               place_to_take, place_of_joined_fighting, place_by_demonym, place_further_on)


# the heads a member of a list of places may bring ("أحياء X وحي Y وبلدتي Z وW ومدينة V")
_MEMBER_HEADS = _PLACE_HEAD_WORDS | LIST_HEADS


def _head_joined_place(view, k):
    """The place named right after a place head joined by و at token ``k`` ("وحي Y"،
    "وبلدتي Z"، "ومدينة V"), else None."""
    if k >= len(view.tokens) or view.at.get(k) is not None or not view.has(k, _MEMBER_HEADS):
        return None
    t = view.tokens[k].norm
    if t[:1] != "و" or t in _MEMBER_HEADS:
        return None
    s = view.slot_starting(k + 1)
    return s if s is not None and not s.clitic and s.entity.type == "Place" else None


def places_listed_after(view, place):
    """The places listed with ``place`` ("منطقتي قنديل وهاكورك"، "X، وY"), each member with or
    without its own head ("بقصف أحياء X وحي Y وبلدتي Z وW ومدينة V")."""
    out = []
    cur = place
    while True:
        more = view.coordinated_after(cur, types=("Place",))
        if more:
            out += more
            cur = more[-1]
            continue
        k = _past_adjectives(view, cur.j)
        if k < len(view.tokens) and view.tokens[k].text in ("،", ","):
            k += 1
        nxt = view.slot_starting(k) if k != cur.j else None
        if nxt is not None and nxt.entity.type == "Place" and nxt.clitic == "و" and nxt is not place \
                and nxt not in out:
            out.append(nxt)      # "أحياء حلب القديمة وحي الشعار": past the first one's adjective
            cur = nxt
            continue
        nxt = _head_joined_place(view, k)
        if nxt is None or nxt is place or nxt in out:
            return out
        out.append(nxt)
        cur = nxt


#: how many definite adjectives may follow a listed place before the next one (حلب القديمة)
LISTED_ADJECTIVES = 2


def _past_adjectives(view, k):
    """The token after the definite words that are no entity's at ``k`` (at most two: an
    adjective of the place before, "حلب القديمة"), or ``k``."""
    m = k
    while m < len(view.tokens) and m - k < LISTED_ADJECTIVES and view.at.get(m) is None \
            and view.tokens[m].norm.startswith("ال") and view.tokens[m].norm.isalpha():
        m += 1
    return m if m < len(view.tokens) and view.tokens[m].norm.startswith("و") else k


def fronted_or_told_place(r):
    """"وفي الرياض، التقى ... لبحث التهدئة في البحر الأحمر": a place fronted at the head of the
    sentence (a meeting is there even when another place follows); "... هجوما في منطقة
    أفجوي، وقتلت اثنين": a verb joined to the act before with no place of its own happened
    there (``same_story``), not where it was said."""
    view, i, prev = r.view, r.i, r.prev_event
    fronted = _fronted_place(view, i)
    # "اقتحمت X البلدة، ونفذت حملة اعتقالات": an act noun after a light verb joined to an act
    joined = r.conj_verb or (r.kind != "verb" and joined_light_verb(view, i) is not None
                             and prev is not None and (prev.type in ACTS or prev.type == "MilitaryOperation"))
    r.same_story = bool(r.place is None and joined and prev is not None and prev.place
                        and prev.evidence[0] == view.span and r.etype != "Meeting")
    if r.same_story:
        fronted = None
    if fronted is not None and (r.place is None or r.etype == "Meeting"):
        r.place = fronted


def event_places(r):
    """The place ids: the place and, for an act, every place listed with it ("غارات على
    منطقتي قنديل وهاكورك"); the act before's when it is the same story; a meeting after a
    visit was where the visit was ("زار X طشقند، حيث التقى ...")."""
    view, place, prev = r.view, r.place, r.prev_event
    ids = [place.entity.id] if place is not None else []
    if place is not None and (r.etype in ACTS or r.etype == "MilitaryOperation") \
            and getattr(place, "i", None) is not None:
        ids += [s.entity.id for s in places_listed_after(view, place) if s.entity.id not in ids]
    if r.same_story:
        ids = list(prev.place)
    if not ids and r.etype == "Meeting" and r.inherited and prev.type == "Visit":
        ids = list(prev.place)
    if r.etype == "Meeting" and place is not None and getattr(place.mention, "nominal", False) \
            and prev is not None and prev.type == "Visit" and prev.place \
            and prev.evidence[0] == view.span:
        # "زار X مدينة Y، حيث ...، والتقى Z وقادة الوحدات المنتشرة في المنطقة": المنطقة is
        # where the visit went
        ids = list(prev.place)
    return ids
