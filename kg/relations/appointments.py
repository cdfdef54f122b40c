"""Appointments: the appointee holds the post named in the accusative after their name.

عيّن الرئيس المصري X وزيرا للدفاع (X positionIn Egypt)، تعيين X سفيرا لدى Y (X positionIn
the sending state)، أعلنت حركة Y تعيين X زعيما جديدا لها (X leaderOf Y)، كلف X بتشكيل
الحكومة (X positionIn the state).
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES, PLACE_HEADS, STOPWORDS
from kg.relations.common import add, country_slot, words

APPOINT = words("عين عينت يعين تعين تعيين بتعيين عينه عينته تعيينه تعيينها "
                # an election gives the post as an appointment does: انتخب المجلس X رئيسا له
                "انتخب انتخبت ينتخب تنتخب انتخاب بانتخاب "
                # chosen, as elected: "واختير X رئيسا للمكتب السياسي لحركة Y"
                "اختير اختيرت اختار اختارت يختار تختار "
                # a list of appointments told as a noun: "وشملت التعيينات X واليا لـ Y"
                "التعيينات تعيينات")
ENTRUST = words("كلف كلفت يكلف تكليف بتكليف")
FORM_GOVERNMENT = words("بتشكيل")
# the post in the accusative, and the relation it gives
APPOINTED_POSTS = {w: kind for kind, ws in (
    ("leaderOf", "زعيما قائدا رئيسا أميرا محافظا واليا"),
    ("positionIn", "وزيرا سفيرا مبعوثا ممثلا مستشارا نائبا أمينا"),
    ("spokespersonOf", "متحدثا ناطقا"),
) for w in words(ws)}
_ACC_ADJECTIVES = words("جديدا عاما خاصا دائما مؤقتا") | words("الجديد العام")
_TO_IT = words("له لها لهم")
_SENT_TO = words("لدى في إلى")


def _appointer(view, i, kb, person, its_own=False):
    """Who appoints: a demonym between the verb and the appointee (الرئيس المصري), or the
    organisation or state named before the verb or right after it. ``its_own``: the post is the
    appointer's own (رئيسا له), so a demonym in a body's name is the body's, not its state's."""
    toks = view.tokens
    for k in range(max(0, i - 2), person.i):      # الحكومة الأردنية تعيين، عين الرئيس المصري
        s = view.at.get(k)
        if its_own and s is not None and s.entity.type == "Organization" and s.i < k:
            continue      # "انتخب الائتلاف الوطني السوري X رئيسا له": the body's own adjective
        d = kb.demonym(toks[k].norm)
        if d:
            s = country_slot(view, kb, d)
            if s is not None:
                return s
    after = view.next_slot(i + 1, types=("Organization", "Place"), max_gap=1, limit=person.i)
    before = view.prev_slot(i, types=("Organization", "Place"), max_gap=4, same_clause=False)
    for s in (after, before):
        if s is not None and (s.entity.type == "Organization" or s.entity.subtype == "Country"):
            return s
    return None


# a person's age in brackets after the name: "X (50 عاما)"، "X ( 43 سنة )"
AGE_WORDS = words("عاما عام سنة سنه")
AGE_ASIDE_REACH = 4


def age_aside_end(toks, k):
    """The index after an age told in brackets from token ``k`` (a number, then عاما / سنة),
    else ``k``."""
    if k >= len(toks) or toks[k].text != "(":
        return k
    close = next((m for m in range(k + 1, min(len(toks), k + 2 + AGE_ASIDE_REACH)) if toks[m].text == ")"), None)
    if close is None:
        return k
    inside = [t.norm for t in toks[k + 1:close]]
    has_number = any(n.isdigit() for n in inside)
    return close + 1 if has_number and any(n in AGE_WORDS for n in inside) else k


def _post_after(view, person, loose=False):
    """The index of the accusative post right after the appointee (titles and commas allowed),
    and its relation. ``loose``: one more word may come first, the last part of a name the
    tagger cut short ("عين اللواء عثمان بابكر [النور] واليا")."""
    toks = view.tokens
    if toks[person.j - 1].norm in APPOINTED_POSTS:
        return None, None     # the name took the post in ("X زعيما"): a wrong name, no relation
    k = person.j
    k = age_aside_end(toks, k)
    while k < len(toks) and (not toks[k].norm.isalnum() or toks[k].norm in PERSON_TITLES):
        k += 1
    if loose and k + 1 < len(toks) and toks[k + 1].norm in APPOINTED_POSTS and k == person.j \
            and view.at.get(k) is None and toks[k].norm.isalpha() and toks[k].norm not in STOPWORDS \
            and toks[k].norm not in APPOINTED_POSTS and view.clause_of[k] == view.clause_of[person.i]:
        k += 1
    if k < len(toks) and toks[k].norm in APPOINTED_POSTS:
        return k, APPOINTED_POSTS[toks[k].norm]
    return None, None


def _appointee(view, i):
    """The person the post after the verb at ``i`` is given to: the first person named within
    ten words whose name the post follows (the appointer may come first: عين الرئيس X Y وزيرا).
    Returns (slot, index of the post, relation) or (None, None, None)."""
    for s in view.slots:
        if s.entity.type == "Person" and i < s.i and view.clause_of[s.i] == view.clause_of[i] \
                and (s.i <= i + 10 or (_words_past_asides(view, i, s.i) or 99) <= 10):
            k, kind = _post_after(view, s, loose=True)
            if k is not None:
                return s, k, kind
    return None, None, None


# how long an aside set off by commas between the verb and the appointee may be: "عين X، بموجب
# مرسوم صدر الأحد، العميد Y نائبا لـ Z"
APPOINT_ASIDE_REACH = 8


def _words_past_asides(view, i, e):
    """How many words stand between tokens ``i`` and ``e``, not counting those of an aside that
    opens and closes with a comma and names no one (at most ``APPOINT_ASIDE_REACH`` words); None
    when no such aside stands there."""
    toks = view.tokens
    n = 0
    k = i + 1
    skipped = False
    while k < e:
        if toks[k].text in _COMMAS:
            close = next((m for m in range(k + 1, min(e, k + 2 + APPOINT_ASIDE_REACH))
                          if toks[m].text in _COMMAS), None)
            if close is not None and all(view.at.get(m) is None for m in range(k + 1, close)):
                k = close + 1
                skipped = True
                continue
        if toks[k].norm.isalnum():
            n += 1
        k += 1
    return n if skipped else None


# the appointee as the verb's object pronoun, named before a relative: "X، الذي عينه الرئيس Y
# مطلع الشهر قائدا للمنطقة العسكرية الثانية"، "X، التي عينتها الحكومة وزيرة ..."
APPOINTED_HIM = words("عينه عينته عينها عينتها")
_WAS_ALREADY = words("كان كانت قد")
# how far past the verb the post may come (the appointer and a time between)
RELATIVE_POST_REACH = 12


def _relative_appointee(view, i):
    """The person a relative before the verb at ``i`` (with its object pronoun) refers to, the
    index of the post in the accusative after the verb, and its relation; else Nones."""
    toks = view.tokens
    if not view.has(i, APPOINTED_HIM):
        return None, None, None
    r = i - 1
    while r > 0 and r > i - 3 and toks[r].norm in _WAS_ALREADY:
        r -= 1            # "الذي كان قد عينه"
    if r < 1 or toks[r].norm not in _RELATIVES:
        return None, None, None
    k = r - 1
    while k >= 0 and toks[k].text in _COMMAS:
        k -= 1
    person = view.at.get(k) if k >= 0 else None
    if person is None or person.entity.type != "Person" or person.j != k + 1:
        return None, None, None
    for m in range(i + 1, min(len(toks), i + 1 + RELATIVE_POST_REACH)):
        if view.clause_of[m] != view.clause_of[i]:
            break
        if view.at.get(m) is None and toks[m].norm in APPOINTED_POSTS:
            return person, m, APPOINTED_POSTS[toks[m].norm]
    return None, None, None


# how far (tokens) past one appointee's post the next of a list may be named: "عين X وزيرا
# للدفاع، وY رئيسا لمجلس الوزراء، واللواء Z واليا للخرطوم"
LIST_REACH = 30
_AND = "و"


def _joined(view, s, after):
    """Is the person slot ``s`` joined by و to what comes before it (its name, or the titles
    before it, glued to و), with no other person between ``after`` and it?"""
    toks = view.tokens
    if s.clitic.startswith(_AND):
        return True
    k = s.i - 1
    while k > after and view.at.get(k) is None:
        n = toks[k].norm
        if n.startswith(_AND) and n[1:] in PERSON_TITLES:
            return True       # "واللواء X"
        if n not in PERSON_TITLES:
            return False
        k -= 1
    return False


def _listed_appointees(view, person, k):
    """The persons appointed in the same list after ``person`` (whose post is at ``k``): each
    joined by و and followed by a post of its own. Yields (slot, index of the post, relation)."""
    end = min(len(view.tokens), k + LIST_REACH)
    for s in view.slots:
        if s.entity.type != "Person" or not k < s.i < end or not _joined(view, s, k):
            continue
        m, kind = _post_after(view, s, loose=True)
        if m is None:
            break
        yield s, m, kind
        end = min(len(view.tokens), m + LIST_REACH)


# the head of a region the name may leave out: "واليا لولاية كسلا"، "محافظا لمحافظة البصرة"
_OF_REGION = words("لولاية لمحافظة لإقليم")
# a governor is appointed over the place: "عين X واليا على Y"
_OVER = words("على")


def appointment_relations(view, kb, out):
    """تعيين X زعيما لها / عين ... X وزيرا للدفاع / تعيين X سفيرا لدى Y / قائدا للجيش /
    X، الذي عينه الرئيس Y الشهر الماضي قائدا للجيش."""
    for i in view.positions(APPOINT):
        person, k, kind = _relative_appointee(view, i)
        if person is not None:
            _appointment(view, kb, out, i, person, k, kind)
            continue          # the person after the verb appointed him, and holds no post
        person, k, kind = _appointee(view, i)
        if person is None:
            continue
        _appointment(view, kb, out, i, person, k, kind)
        for other, m, other_kind in list(_listed_appointees(view, person, k)):
            _appointment(view, kb, out, i, other, m, other_kind)


def _appointment(view, kb, out, i, person, k, kind):
    """The relation of ``person``, appointed by the verb at ``i`` to the post at ``k``."""
    toks = view.tokens
    deputy = view.has(k, DEPUTY)
    k += 1
    while k < len(toks) and toks[k].norm in _ACC_ADJECTIVES:
        k += 1
    held = _deputy_of_the_head(view, k) if deputy else None
    if held is not None:
        add(out, "positionIn", person, held, view, "appointment-deputy")   # نائبا لأمير منطقة Y
        return
    target = None
    if k < len(toks) and toks[k].norm in _TO_IT:
        target = _appointer(view, i, kb, person, its_own=True)          # زعيما جديدا لها
    else:
        s = view.slot_starting(k)
        if s is None and kind == "leaderOf" and view.has(k, _OF_REGION) and view.at.get(k) is None:
            s = view.slot_starting(k + 1)     # واليا لولاية كسلا: the head left out of the name
            s = s if s is not None and s.entity.type == "Place" and not s.clitic else None
            if s is not None:
                add(out, kind, person, s, view, "appointment")
                return
        staff_of = _staff_after(view, k) if kind == "leaderOf" and s is None else None
        if staff_of is not None:
            # "رئيسا لأركان (حرب) الجيش Y": both readings of a chief of staff (posts.py)
            add(out, "leaderOf", person, staff_of, view, "appointment-chief-of-staff")
            add(out, "positionIn", person, staff_of, view, "appointment-chief-of-staff")
            return
        held_in = ("Organization",) if kind == "positionIn" else ("Organization", "Place")
        if s is not None and s.clitic.endswith("ل") and kind == "positionIn" and s.entity.type == "Place" \
                and _sent_on(view, s):
            target = s          # "سفيرا للمملكة لدى الولايات المتحدة": the state that sends him
        elif s is not None and s.clitic.endswith("ل") and s.entity.type in held_in:
            target = s          # قائدا للجيش، محافظا لنينوى، ممثلا للأمم المتحدة (not سفيرا للعراق)
        elif kind == "leaderOf" and k + 1 < len(toks) and toks[k].norm in _OVER \
                and view.slot_starting(k + 1) is not None \
                and view.slot_starting(k + 1).entity.type == "Place":
            target = view.slot_starting(k + 1)    # واليا على ننغرهار
        elif kind == "positionIn":
            target = _government_named_after(view, k) or _appointer(view, i, kb, person)   # وزيرا للدفاع، سفيرا لدى Y
    if target is not None:
        add(out, kind, person, target, view, "appointment")


def _sent_on(view, s):
    """Is the place slot ``s`` (after ل) followed by "لدى / في" and another place: the state an
    envoy serves, not the one he is sent to?"""
    toks = view.tokens
    if s.j + 1 >= len(toks) or view.at.get(s.j) is not None or toks[s.j].norm not in _SENT_TO:
        return False
    d = view.slot_starting(s.j + 1)
    return d is not None and d.entity.type in ("Place", "Organization")


# "تعيين X نائبا لأمير منطقة Y"، "نائبا لرئيس مجلس Y": the deputy of a head holds a post in
# what the head leads
DEPUTY = words("نائبا")
_GENERAL = words("العام العامة الأعلى")     # للقائد العام، للقائد الأعلى
HEADS_OF = words("أمير رئيس قائد محافظ")


def _deputy_of_the_head(view, k):
    """The place or body after "ل" + a head's post at ``k`` (its head word may be left out of
    the name: "لأمير منطقة الجوف"), else None."""
    toks = view.tokens
    if k + 1 < len(toks) and view.at.get(k) is None and toks[k].norm.startswith("لل") \
            and toks[k].norm[2:] in HEADS_OF:
        # "نائبا للقائد العام لحرس الثورة": the head's post with the article, its body after ل
        m = k + 1
        while m < len(toks) and view.at.get(m) is None and toks[m].norm in _GENERAL:
            m += 1
        s = view.slot_starting(m)
        return s if s is not None and s.clitic in ("ل", "لل") and s.entity.type == "Organization" else None
    if k + 1 >= len(toks) or view.at.get(k) is not None or not toks[k].norm.startswith("ل") \
            or toks[k].norm[1:] not in HEADS_OF:
        return None
    s = view.slot_starting(k + 1)
    if s is None and k + 2 < len(toks) and view.at.get(k + 1) is None and toks[k + 1].norm in PLACE_HEADS:
        s = view.slot_starting(k + 2)
    return s if s is not None and not s.clitic and s.entity.type in ("Organization", "Place") else None


# "رئيسا لأركان الجيش Y"، "رئيسا لهيئة أركان Y"، "رئيسا لأركان حرب القوات المسلحة": the staff
STAFF_WORDS = words("لأركان لهيئة أركان الأركان حرب")
STAFF_NOUNS = words("لأركان أركان الأركان")


def _staff_after(view, k):
    """The force whose staff the accusative post's complement at ``k`` names, else None."""
    toks = view.tokens
    m = k
    while m < min(len(toks), k + 3) and view.at.get(m) is None and toks[m].norm in STAFF_WORDS:
        m += 1
    if m == k or not any(toks[n].norm in STAFF_NOUNS for n in range(k, m)):
        return None
    s = view.slot_starting(m)
    return s if s is not None and not s.clitic and s.entity.type == "Organization" else None


# "وزيرا للدفاع في الحكومة اليمنية"، "وزيرا للداخلية في حكومة الوفاق": the government the
# minister joins, named after the portfolio
GOVERNMENT_HEADS = words("حكومة الحكومة")
_PORTFOLIO_REACH = 3


def _government_named_after(view, k):
    """The government after "في" within a few words of the portfolio starting at ``k``, or None."""
    toks = view.tokens
    for m in range(k, min(len(toks) - 1, k + _PORTFOLIO_REACH)):
        if toks[m].norm == "في":
            s = view.slot_starting(m + 1)
            if s is not None and s.entity.type == "Organization" and view.has(s.i, GOVERNMENT_HEADS):
                return s
            return None
        if not toks[m].norm.isalpha() or view.at.get(m) is not None and m > k:
            return None
    return None


def government_forming(view, kb, out):
    """كلف الرئيس العراقي X بتشكيل الحكومة: X positionIn the state."""
    toks = view.tokens
    for i in view.positions(ENTRUST):
        person = next((s for s in view.slots if s.entity.type == "Person" and i < s.i <= i + 10
                       and s.j + 1 < len(toks) and view.has(s.j, FORM_GOVERNMENT)), None)
        if person is None:
            continue
        k = person.j
        state = None
        for m in range(k + 1, min(len(toks), k + 4)):
            d = kb.demonym(toks[m].norm)
            if d:
                state = country_slot(view, kb, d)      # بتشكيل الحكومة العراقية
                break
        state = state or _appointer(view, i, kb, person)
        if state is not None and state.entity.type == "Place":
            add(out, "positionIn", person, state, view, "appointment-government")


# a post held told with a verb of being or working: "كان X قائدا لحركة Y"، "أصبح X زعيما
# لجماعة Y"، "عمل X متحدثا باسم وزارة Y" (only with the body named: "كان X وزيرا" says not where)
PREDICATE_VERBS = words("كان كانت أصبح أصبحت بات باتت صار صارت ظل ظلت عمل عملت يعمل تعمل أضحى")
_ON_BEHALF = words("باسم")
_OFFICIAL = words("رسميا رسميًا عسكريا سابقا")


_RELATIVES = words("الذي التي والذي والتي")
_COMMAS = frozenset(("،", ","))


def _relative_holder(view, i):
    """"X، الذي كان قائدا لـ Y": the person the relative before the verb at ``i`` refers to
    (the name right before it, a comma between), and the index of the post after the verb."""
    toks = view.tokens
    if i == 0 or toks[i - 1].norm not in _RELATIVES or i + 1 >= len(toks) or toks[i + 1].norm not in APPOINTED_POSTS:
        return None, None
    k = i - 2
    while k >= 0 and toks[k].text in _COMMAS:
        k -= 1
    person = view.at.get(k) if k >= 0 else None
    if person is None or person.entity.type != "Person":
        return None, None
    return person, i + 1


def predicate_post_relations(view, kb, out):
    """كان X قائدا لـ Y / أصبح X زعيما لـ Y / عمل X متحدثا باسم Y / X، الذي كان قائدا لـ Y
    -> the post's relation."""
    toks = view.tokens
    for i in view.positions(PREDICATE_VERBS):
        person, k = _relative_holder(view, i)
        if person is None:
            person = view.next_slot(i + 1, types=("Person",), max_gap=2)
            if person is None:
                continue
            k, kind = _post_after(view, person)
        else:
            kind = APPOINTED_POSTS[toks[k].norm]
        if k is None:
            continue
        k += 1
        while k < len(toks) and (toks[k].norm in _ACC_ADJECTIVES or toks[k].norm in _OFFICIAL):
            k += 1
        if k < len(toks) and view.has(k, _ON_BEHALF) and kind == "spokespersonOf":
            k += 1        # متحدثا باسم وزارة Y
            body = view.slot_starting(k)
        else:
            body = view.slot_starting(k)
            body = body if body is not None and body.clitic.endswith("ل") else None
        if body is not None and body.entity.type == "Organization" and not _for_a_region(view, body):
            add(out, kind, person, body, view, "post-predicate")


_IN = words("في")


def _for_a_region(view, body):
    """"قائدا لكتائب X في رفح": the body's head for a region is one of its members, not its head."""
    toks = view.tokens
    return body.j < len(toks) and toks[body.j].norm in _IN and view.slot_starting(body.j + 1) is not None \
        and view.slot_starting(body.j + 1).entity.type == "Place"


# a successor appointed in the place of one dismissed or dead in the same sentence: "أقال قائد
# عمليات الأنبار، اللواء X، وعيّن مكانه اللواء Y"، "... وكلّف بدلا منه العقيد Y": Y holds X's post
APPOINTING_VERBS = APPOINT | ENTRUST
IN_HIS_PLACE = words("مكانه مكانها")
INSTEAD = words("بدلا بديلا خلفا")
_OF_HIM = words("منه منها له لها")
_HELD_POSTS = ("leaderOf", "positionIn", "spokespersonOf")


def _successor(view, i):
    """The person named right after "مكانه" / "بدلا منه" / "خلفا له" after the verb at ``i``."""
    toks = view.tokens
    k = i + 1
    if view.has(k, IN_HIS_PLACE):
        k += 1
    elif view.has(k, INSTEAD) and view.has(k + 1, _OF_HIM):
        k += 2
    else:
        return None
    while k < len(toks) and view.at.get(k) is None and (toks[k].norm in PERSON_TITLES or not toks[k].norm.isalnum()):
        k += 1
    s = view.slot_starting(k)
    return s if s is not None and s.entity.type == "Person" else None


def successor_relations(view, kb, out):
    """أقال X (whose post this sentence gives) وعيّن مكانه Y: Y holds X's post."""
    for i in view.positions(APPOINTING_VERBS):
        successor = _successor(view, i)
        if successor is None:
            continue
        held = [r for r in out if r.type in _HELD_POSTS and r.evidence == [view.span]]
        before = [s for s in view.slots if s.entity.type == "Person" and s.j <= i
                  and s.entity.id != successor.entity.id and any(r.head == s.entity.id for r in held)]
        if not before:
            continue
        predecessor = before[-1]
        for r in [r for r in held if r.head == predecessor.entity.id]:
            out.append(type(r)(type=r.type, head=successor.entity.id, tail=r.tail, evidence=[view.span],
                               pattern="appointment-successor", post=r.post))


# a post told as the capacity one acts in: "يرأسها X بصفته رئيسا لإقليم كردستان"، "وقّع X
# بصفته ممثلا للأمم المتحدة"
IN_HIS_CAPACITY = words("بصفته بصفتها")


def capacity_relations(view, kb, out):
    """X بصفته رئيسا لـ Y -> the post's relation of X to Y (a place only for a head)."""
    toks = view.tokens
    for i in view.positions(IN_HIS_CAPACITY):
        person = view.prev_slot(i, types=("Person",), max_gap=0)
        k = i + 1
        if person is None or k >= len(toks) or toks[k].norm not in APPOINTED_POSTS:
            continue
        kind = APPOINTED_POSTS[toks[k].norm]
        k += 1
        while k < len(toks) and toks[k].norm in _ACC_ADJECTIVES:
            k += 1
        body = view.slot_starting(k)
        if body is None or not body.clitic.endswith("ل"):
            continue
        if body.entity.type == "Organization" or body.entity.type == "Place" and kind == "leaderOf":
            add(out, kind, person, body, view, "post-capacity")
