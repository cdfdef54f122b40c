"""Visits told in other words, and visitors named after their post.

- ``tour_triggers``: a tour (جولة) of a place is a visit: "قام الأمير X بجولة تفقدية في
  محافظة Y"، "خلال جولته في مدينة Y" (not a round of talks: "جولة جديدة من المفاوضات");
- ``place_toured``: the place after في/على of a tour is where the visit went;
- ``visitor_after_post``: "زيارة الرئيس التركي X إلى بغداد"، "لقاء وزير الخارجية الأمريكي X":
  the person named after the post (and its nationality) that is the noun's genitive;
- ``visitor_during``: "لفت X خلال زيارة لجوبا إلى ..."، "صرح X أثناء زيارة إلى بغداد": a visit
  told as the time of what its visitor said or did.
"""
from __future__ import annotations

from kg.events.grammar import _TITLES, LIGHT_VERBS, POST_WORDS, _n
from kg.events.reading import rule

TOURS = _n("جولة جولته جولتها الجولة")
# the words of a tour's kind between the noun and the place ("جولة تفقدية في")
TOUR_KINDS = _n("تفقدية ميدانية رسمية خليجية عربية أوروبية إقليمية آسيوية أفريقية إفريقية "
                "خارجية سريعة مفاجئة قصيرة واسعة")
# the prepositions before the place toured
TOUR_PLACES = _n("في على إلى الى")
# how many words a tour's kind may take before the preposition
KIND_REACH = 2


def _place_toured(view, i):
    """The place right after في/على/إلى after the tour noun at ``i`` (past the words of its
    kind), else None."""
    k = i + 1
    while k < len(view.tokens) and k - i <= KIND_REACH and view.has(k, TOUR_KINDS) \
            and view.at.get(k) is None:
        k += 1
    if view.has(k, TOUR_PLACES) and view.at.get(k) is None:
        # "في مدينة Y": past the word of its kind when the name alone is the place
        s = view.next_slot(k + 1, max_gap=1)
        return s if s is not None and s.entity.type == "Place" else None
    s = view.slot_starting(k)
    if s is not None and s.entity.type == "Place" and s.clitic[-1:] in ("ب", "ل"):
        return s      # "جولة بمحافظة Y"
    return None


def tour_triggers(view):
    """"قام X بجولة تفقدية في محافظة Y": a tour of a named place is a visit."""
    return [(i, "Visit", "noun") for i in view.positions(TOURS)
            if view.at.get(i) is None and _place_toured(view, i) is not None]


def _touring(r):
    return r.etype == "Visit" and r.view.has(r.i, TOURS)


@rule("place toured", applies=_touring)
def place_toured(r):
    """"بجولة في محافظة Y": Y is where the visit went."""
    return _place_toured(r.view, r.i)


# words between the post and the name: its department and nationality ("وزير الخارجية الأمريكي")
POSTS = POST_WORDS | _TITLES | _n("ولي العهد العاهل خادم")
_NOT_OF_POST = _n("إلى الى مع في على من عن ب ل")
# how many words a post with its department and nationality may take before the name
POST_REACH = 4


# the honorific that may open the post ("زيارة سمو ولي العهد الأمير X")
POST_HONORIFICS = _n("سمو معالي فخامة دولة سعادة جلالة")
# how many words a chain of posts may take when a title stands right before the name ("زيارة
# ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير X")
TITLED_POST_REACH = 14
# the prepositions that end the post (where the visit went, with whom): standalone words
_POST_ENDS = _n("إلى الى مع في على من عن")


def _post_opens(view, i):
    """Does a post (or an honorific and a post) open right after the noun at ``i``?"""
    k = i + 2 if view.has(i + 1, POST_HONORIFICS) and view.at.get(i + 1) is None else i + 1
    return view.has(k, POSTS) and view.at.get(k) is None


@rule("visitor named after the post",
      applies=lambda r: r.kind == "noun" and r.etype in ("Visit", "Meeting") and _post_opens(r.view, r.i))
def visitor_after_post(r):
    """"زيارة الرئيس التركي X إلى بغداد"، "لقاء وزير الخارجية الأمريكي X بنظيره": the one
    holding the post that is the noun's genitive; past a long chain of posts when a title
    stands right before the name ("زيارة سمو ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء
    وزير الدفاع الأمير X إلى Y")."""
    view, i = r.view, r.i
    s = view.next_slot(i + 2, types=("Person",), max_gap=POST_REACH - 1, stop=_NOT_OF_POST,
                       limit=r.scope_end)
    if s is not None:
        return s if not s.clitic else None
    for k in range(i + 2, min(r.scope_end, i + 1 + TITLED_POST_REACH)):
        if view.tokens[k].norm in _POST_ENDS:
            return None
        s = view.slot_starting(k)
        if s is not None and s.entity.type == "Person":
            return s if not s.clitic and view.has(k - 1, _TITLES) else None
    return None


# a tour with the pronoun of the one touring ("خلال جولته في مدينة Y")
TOURS_OF_HIM = _n("جولته جولتها")
# the verbs a tour is made with ("قام X بجولة"، "بدأ X جولة"، "أجرى X جولة")
TOUR_VERBS = LIGHT_VERBS | _n("بدأ بدأت يبدأ تبدأ اختتم اختتمت يختتم تختتم")
# how far before the tour its verb may stand (past the visitor's post and name)
TOUR_VERB_REACH = 14


@rule("one touring", applies=_touring)
def tourist(r):
    """"قام أمير المنطقة الأمير X بجولة في Y": the person after the verb of the tour (not a
    place in his post); "أكد X خلال جولته في Y": the person the pronoun refers to."""
    view, i = r.view, r.i
    if view.has(i, TOURS_OF_HIM):
        return view.prev_slot(i, types=("Person",), max_gap=6, same_clause=False)
    for k in range(i - 1, max(-1, i - 1 - TOUR_VERB_REACH), -1):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, TOUR_VERBS) and view.at.get(k) is None:
            return view.next_slot(k + 1, types=("Person",), limit=i)
    return None


# --- "لفت X خلال زيارة لجوبا إلى ..."، "صرح X أثناء زيارة إلى بغداد": a visit told as the
# time of what its visitor said or did; the visitor is the first person named in the clause

# the words a visit told as a time stands after
DURING = _n("خلال أثناء اثناء")
# the words of where it went, right after the noun (or a place glued to ل: لجوبا)
DESTINATION_MARKERS = _n("إلى الى")
# how many words (his verb, بدوره، أمس) may stand between the visitor and خلال
DURING_REACH = 3
# the words before a person that make him an object, not the subject (التقى X نظيره Y خلال ...)
_OBJECT_CUES = _n("نظيره نظيرته بنظيره بنظيرته نظيريه")


def _during_a_visit_to(view, i):
    """Is the visit noun at ``i`` a time phrase (خلال/أثناء زيارة) with the place it went to
    right after it ("خلال زيارة لجوبا"، "أثناء زيارة إلى بغداد"; not "خلال زيارة لوفد ...")?"""
    if i < 1 or not view.has(i - 1, DURING) or view.at.get(i - 1) is not None:
        return False
    s = view.slot_starting(i + 1)
    if s is not None:
        return s.entity.type == "Place" and s.clitic == "ل"
    if not view.has(i + 1, DESTINATION_MARKERS):
        return False
    s = view.slot_starting(i + 2)
    return s is not None and s.entity.type == "Place"


@rule("visitor of a visit told as a time",
      applies=lambda r: r.etype == "Visit" and r.kind == "noun" and _during_a_visit_to(r.view, r.i))
def visitor_during(r):
    """"وكان المبعوث X لفت خلال زيارة لجوبا إلى ..."، "سلم الوزير X بدوره أثناء زيارة إلى
    طهران ...": the person just before خلال, when he is the first person of the clause (its
    subject, not an object: "التقى X نظيره Y خلال زيارة ...")."""
    view, i = r.view, r.i
    s = view.prev_slot(i - 1, types=("Person",), max_gap=DURING_REACH)
    if s is None or s.clitic or (s.i > 0 and view.has(s.i - 1, _OBJECT_CUES)):
        return None
    if view.prev_slot(s.i, types=("Person",)) is not None:
        return None       # another person named before him in the clause: he may be its object
    return s


# --- "غادر X البلد Y بعد زيارة عمل التقى خلالها ...": one leaving a place after a visit made
# the visit, to the place he left

DEPARTING = _n("غادر غادرت يغادر تغادر وغادر وغادرت")
AFTER = _n("بعد عقب إثر اثر")
# how far before بعد the verb of leaving may stand (past the visitor's posts and name, the place)
DEPARTURE_REACH = 26


def _departure_before(view, i):
    """The index of the verb of leaving before "بعد زيارة" at ``i`` in its clause, else None."""
    if i < 2 or not view.has(i - 1, AFTER) or view.at.get(i - 1) is not None:
        return None
    for k in range(i - 2, max(-1, i - 2 - DEPARTURE_REACH), -1):
        if view.clause_of[k] != view.clause_of[i] or view.tokens[k].text in "،,.؛:":
            return None
        if view.has(k, DEPARTING) and view.at.get(k) is None:
            return k
    return None


def _left_after(r):
    return r.etype == "Visit" and r.kind == "noun" and _departure_before(r.view, r.i) is not None


def _one_leaving(r):
    """The person after the verb of leaving before the visit noun (``_left_after`` holds)."""
    return r.view.next_slot(_departure_before(r.view, r.i) + 1, types=("Person",), limit=r.i)


@rule("one who left after the visit", applies=_left_after)
def visitor_leaving(r):
    """"غادر الأمير X جمهورية مصر العربية بعد زيارة عمل": the person after the verb of leaving."""
    s = _one_leaving(r)
    return s if s is not None and not s.clitic else None


@rule("place left after the visit", applies=_left_after)
def place_left(r):
    """"غادر الأمير X جمهورية مصر العربية بعد زيارة": the place after the visitor, before بعد."""
    s = _one_leaving(r)
    if s is None:
        return None
    p = r.view.next_slot(s.j, types=("Place",), limit=r.i)
    return p if p is not None and not p.clitic else None


# --- "حطّ X رحاله في Y": setting down one's saddlebags is arriving somewhere

SETTLING = _n("حط حطت يحط تحط حطوا")
SADDLES = _n("رحاله رحالها رحالهم رحالهما الرحال")
# how far after the verb the saddlebags may come (past the visitor's post and name)
SADDLE_REACH = 9


def _saddles_after(view, i):
    """The index of the saddlebags word after the verb at ``i`` in its clause, else None."""
    for k in range(i + 1, min(len(view.tokens), i + 1 + SADDLE_REACH)):
        if view.clause_of[k] != view.clause_of[i]:
            return None
        if view.has(k, SADDLES) and view.at.get(k) is None:
            return k
    return None


# "حط الوزير X في بغداد في زيارة لم يعلن عنها": with no saddlebags, landing is an arrival when
# the sentence goes on to call it a visit
VISIT_WORDS = _n("زيارة زيارته زيارتها زيارتهم جولة جولته جولتها")
VISIT_WORD_REACH = 16
# how far after the verb the place of landing may come (past the visitor's post, name and a date)
LANDING_REACH = 12
_IN = _n("في ب")


def _called_a_visit(view, i):
    return any(view.has(k, VISIT_WORDS) and view.at.get(k) is None
               for k in range(i + 1, min(len(view.tokens), i + 1 + VISIT_WORD_REACH)))


def settling_triggers(view):
    """"حطّ الوزير X رحاله في بغداد"، "حطت الموفدة X رحالها في بيروت"، "حط الوزير X في بغداد في
    زيارة": an arrival, a visit."""
    return [(i, "Visit", "verb") for i in view.positions(SETTLING)
            if view.at.get(i) is None and (_saddles_after(view, i) is not None or _called_a_visit(view, i))]


@rule("place where the saddlebags are set down",
      applies=lambda r: r.etype == "Visit" and r.view.has(r.i, SETTLING))
def place_settled(r):
    """"حطّ X رحاله في Y"، "حط رحاله بمدينة Y": the place right after the saddlebags (not a
    place in the visitor's post: "حطّ محافظ ديالى X رحاله في بعقوبة")."""
    view = r.view
    k = _saddles_after(view, r.i)
    if k is None:
        # "حط الوزير X في بغداد في زيارة": the place after the first في/ب past the visitor
        for m in range(r.i + 1, min(len(view.tokens), r.i + 1 + LANDING_REACH)):
            s = view.slot_starting(m)
            if s is not None and s.entity.type == "Place" and (s.clitic.endswith("ب") or view.has(m - 1, _IN)):
                return s
        return None
    s = view.next_slot(k + 1, types=("Place",), max_gap=2, limit=r.scope_end)
    return s


# --- "وكان X، رئيس الائتلاف Y، قد زار ...": the person, not the body of his post

# how far back from the body the post's word may stand ("رئيس الائتلاف الوطني السوري")
POST_BACK_REACH = 4


@rule("person before the post of the body taken", overrides=True,
      applies=lambda r: r.etype in ("Visit", "Meeting") and r.agent is not None
      and getattr(r.agent, "i", -1) >= 0 and r.agent.i < r.i and r.agent.entity.type == "Organization")
def person_of_the_post(r):
    """"وكان خالد X، رئيس الائتلاف الوطني، قد زار بلدة Y": the body named in the apposition is
    the person's post; the person named before it, a comma between, visits."""
    view = r.view
    for k in range(r.agent.i - 1, max(-1, r.agent.i - 1 - POST_BACK_REACH), -1):
        if view.at.get(k) is not None:
            return None
        if view.has(k, POSTS):
            c = k - 1
            if c < 1 or view.tokens[c].text not in ("،", ","):
                return None
            s = view.prev_slot(c, types=("Person",), max_gap=0)
            return s
    return None


# --- "وقال X، الذي وصل إلى دمشق السبت، إن ...": the one the relative after a comma refers to

RELATIVES = _n("الذي التي الذين")
_COMMAS = ("،", ",")
# how many words an apposition between the name and the relative may take
APPOSITION_REACH = 8


@rule("one the relative refers to",
      applies=lambda r: r.etype in ("Visit", "Meeting") and r.active_verb and r.i > 1
      and r.view.has(r.i - 1, RELATIVES) and r.view.tokens[r.i - 2].text in _COMMAS)
def relative_visitor(r):
    """"وقال الوزير X، الذي وصل إلى دمشق السبت، إن ..."، "ودان X، وكيل الأمين العام للأمم
    المتحدة، الذي وصل إلى دمشق": the person named before the relative (past his post in
    apposition between commas)."""
    view = r.view
    c = r.i - 2
    s = view.prev_slot(c, types=("Person", "Organization"), max_gap=0, same_clause=False)
    if s is not None and s.entity.type == "Person":
        return s
    for k in range(c - 1, max(-1, c - 1 - APPOSITION_REACH), -1):
        if view.tokens[k].text in _COMMAS:
            p = view.prev_slot(k, types=("Person",), max_gap=0, same_clause=False)
            return p
    return s


# --- "تفقد الوزير X القطعات المنتشرة في الطارمية": an inspection is a visit (of a person: the
# letters of تفقد also read "loses": "قد تفقد الحكومة السيطرة")

INSPECTING = _n("تفقد تفقدت وتفقد وتفقدت")
# how far after the verb the inspector may be named (past his post), and before it (past قد)
INSPECTOR_AFTER = 6
INSPECTOR_BEFORE = 2


def inspection_triggers(view):
    """"تفقد وزير الداخلية X القطعات الأمنية في Y"، "وكان X قد تفقد ...": a person inspecting."""
    out = []
    for i in view.positions(INSPECTING):
        if view.at.get(i) is not None:
            continue
        after = view.next_slot(i + 1, types=("Person",), max_gap=INSPECTOR_AFTER)
        # "وكان X قد تفقد": the person before قد (not the one met before ", وتفقد")
        before = view.prev_slot(i, types=("Person",), max_gap=INSPECTOR_BEFORE) \
            if i > 0 and view.tokens[i - 1].norm == "قد" else None
        if after is not None or before is not None:
            out.append((i, "Visit", "verb"))
    return out


# "توجه X إلى طهران، الاثنين، في زيارة ..."، "سافر X إلى موسكو في زيارة": the journey's
# destination, told before the visit noun
JOURNEYS = _n("توجه توجهت توجهوا يتوجه تتوجه سافر سافرت سافروا يسافر تسافر انتقل انتقلت غادر غادرت")
_TO_PLACE = _n("إلى الى")
_IN_VISIT = _n("في")      # "في زيارة" (not the _IN above, which takes ب too)
# how many words before the visit noun the journey's verb may stand
JOURNEY_REACH = 16


def _journey_before(r):
    """The token of a journey verb before the visit noun "في زيارة" in its sentence, else None."""
    view, i = r.view, r.i
    if r.kind != "noun" or not view.has(i - 1, _IN_VISIT):
        return None
    for k in range(i - 2, max(-1, i - 2 - JOURNEY_REACH), -1):
        if view.has(k, JOURNEYS) and view.at.get(k) is None:
            return k
    return None


@rule("destination of the journey the visit is told after",
      applies=lambda r: r.etype == "Visit" and _journey_before(r) is not None)
def journey_destination(r):
    """"توجه وزير الخارجية X إلى طهران، الاثنين، في زيارة": the place after إلى, past the
    traveller, before the visit noun."""
    view, k = r.view, _journey_before(r)
    for m in range(k + 1, r.i):
        if view.has(m, _TO_PLACE) and view.at.get(m) is None:
            return view.next_slot(m + 1, types=("Place",), max_gap=1, limit=r.i)
    return None
