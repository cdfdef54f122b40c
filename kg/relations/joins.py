"""Membership by a verb: انضمت X إلى Y، أصبحت X عضوا في Y، X تقاتل ضمن Y.
"""
from __future__ import annotations

import re

from kg.lexicon import PERSON_TITLES
from kg.relations.common import ACTOR, ENLISTED, MEMBER_CUES, WITHIN, add, against, words

JOIN_VERBS = words("انضمت انضم تنضم ينضم انضمام انضمامه انضمامها انضمامهم")   # أعلن انضمامه إلى Y
BECOME_VERBS = words("أصبحت أصبح باتت بات صارت صار تعد يعد تعتبر يعتبر تعدان يعدان")
ALONGSIDE = words("جانب")
_JOIN_OR_BECOME = JOIN_VERBS | BECOME_VERBS


def join_relations(view, kb, out):
    """أصبحت X عضوا في Y / انضمت X إلى Y / وانضمت إليه X / X ... وانضم إلى Y."""
    for i in view.positions(_JOIN_OR_BECOME):
        stems = view.stems(i)
        if stems & JOIN_VERBS:
            member, org = _joined(view, i)
            if member and org:
                add(out, "memberOf", member, org, view, "member-join")
        elif stems & BECOME_VERBS:
            _became(view, i, out)


_TO = words("إلى")
TO_IT = words("إليه إليها")
# انشق عن Y: the one who left Y is no member of it
DEFECT = words("انشق انشقت انشقوا ينشق تنشق انشقاق انشقاقه انشقاقها المنشق المنشقة المنشقين منشق منشقة "
               "منشقين انسحب انسحبت انسحابه")
_FROM = words("عن من")


def defected_from(view, slot):
    """Is ``slot`` what someone left: "انشق عن Y"، "المنشق عن Y"، "انسحب من Y"?"""
    k = slot.i - 1
    if k < 1 or not view.has(k, _FROM):
        return False
    return any(view.has(m, DEFECT) for m in range(max(0, k - 4), k))


_RELATIVES = words("الذي التي الذين")
_ALONG_WITH = words("مع إلى الى ل")


def _joined_by_relative(view, i):
    """"X، الذي انضم إلى Y"، "X والذي انضم لاحقا وقاتل مع Y": X the one right before the relative."""
    member = view.prev_slot(i - 1, types=("Person", "Organization"), max_gap=0)
    if member is None:
        return None, None
    org = view.next_slot(i + 1, types=("Organization",), max_gap=3,
                         stop=DEFECT)
    if org is None or defected_from(view, org) or not (
            org.clitic.endswith("ل") or any(view.has(k, _ALONG_WITH) for k in range(i + 1, org.i))):
        return None, None
    return member, org


# the joining with a pronoun for the joiner: "X، ...، وكان قد أعلن انضمامه إلى Y"
HIS_JOINING = words("انضمامه")
# how far back (words) the person whose joining it is may be named, clauses between
JOINER_REACH = 16


_COMMAS = frozenset(("،", ","))


def _whose_joining(view, i):
    """The person "انضمامه" at ``i`` refers to: the nearest one named before it in the sentence,
    past the clauses told about him, when those are his: a comma or a relative right after his
    name, and the joining in a clause opened by و after a comma ("بين القتلى X، الذي وصفه
    بأنه ...، وكان قد أعلن انضمامه"; not "قال X إن ابنه أعلن انضمامه")."""
    toks = view.tokens
    k = i - 1
    while k >= 0 and toks[k].text not in _COMMAS and i - k <= 4:
        k -= 1
    if k < 0 or toks[k].text not in _COMMAS or not (toks[k + 1].norm.startswith("و") or view.has(k + 1, DEFECT)):
        return _joining_in_his_relative_clause(view, i)   # "، وكان قد أعلن انضمامه"، "، انشقاقه وانضمامه"
    person = view.prev_slot(k, types=("Person",), max_gap=JOINER_REACH, same_clause=False,
                            skip=lambda s: defected_from(view, s) or against(view, s))
    if person is None or person.j >= len(toks) or not (
            toks[person.j].text in _COMMAS or view.has(person.j, _RELATIVES)):
        return None
    return person


# how far back the relative opening a clause on the joiner may stand: "X، الذي كان قد أعلن
# العام الماضي انضمامه"
RELATIVE_JOINER_REACH = 8


def _joining_in_his_relative_clause(view, i):
    """The person named right before "، الذي" opening the clause "انضمامه" at ``i`` is in (no
    comma and no entity between), else None."""
    toks = view.tokens
    for k in range(i - 1, max(0, i - 1 - RELATIVE_JOINER_REACH), -1):
        if toks[k].text in _COMMAS or view.at.get(k) is not None:
            return None
        if toks[k].norm == "الذي" and k >= 2 and toks[k - 1].text in _COMMAS:
            s = view.at.get(k - 2)
            return s if s is not None and s.j == k - 1 and s.entity.type == "Person" else None
    return None


# an apposition about the joiner between him and the verb opens with one of these: "أعلن X، أحد
# أبرز فصائل Y، انضمامه إلى Z" (X joins, not Y)
APPOSITION_OPENERS = words("أحد إحدى أبرز أكبر كبرى")
APPOSITION_REACH = 12


def _named_before_apposition(view, i):
    """The group or person named right before "، أحد ...،" when that apposition ends right
    before the verb at ``i``; else None."""
    toks = view.tokens
    if i < 3 or toks[i - 1].text not in _COMMAS:
        return None
    for c in range(i - 2, max(0, i - 2 - APPOSITION_REACH), -1):
        if toks[c].text in _COMMAS:
            if c + 1 < i - 1 and view.at.get(c + 1) is None and view.has(c + 1, APPOSITION_OPENERS):
                return view.prev_slot(c, types=("Person", "Organization"), max_gap=0)
            return None
    return None


# the joining as a noun after a preposition: "إدانة مواطن بالانضمام إلى Y"، "أفادت بانضمام المئات
# من أبناء المدينة إلى Y"، "اتهامه بالانضمام": the joiner is named right beside it, or not at all
_GOVERNED_JOINING = re.compile(r"^و?[بل]ل?(?:ال)?انضمام")


def _after_a_preposition(norm_text: str) -> bool:
    return bool(_GOVERNED_JOINING.match(norm_text))


def _joined(view, i):
    """The member and the organisation joined by the join verb at ``i``."""
    toks = view.tokens
    if i > 0 and view.has(i - 1, _RELATIVES):
        return _joined_by_relative(view, i)
    governed = _after_a_preposition(toks[i].norm)
    member = view.next_slot(i + 1, types=ACTOR, max_gap=3)
    if governed and member is not None and member.i > i + 1 and not view.has(i + 1, _TO):
        member = None     # "بانضمام المئات من أبناء المدينة إلى Y": the joiners are not the city
    if i + 1 < len(toks) and view.has(i + 1, TO_IT):
        org = view.prev_slot(i, types=("Organization",), skip=lambda s: against(view, s))
        return member, org
    org = view.next_slot(i + 1, types=("Organization",), max_gap=6)
    if member is not None and org is member:
        if i + 1 < len(toks) and (view.has(i + 1, _TO) and member.i == i + 2
                                  or member.i == i + 1 and member.clitic.endswith("ل")):
            # "X ... وانضم إلى Y": the joiner named before the verb, not the group he left
            # "X، وهو أحد أمراء التنظيم في ...، انشقاقه وانضمامه إلى Y": his, told of X
            member = _whose_joining(view, i) if view.has(i, HIS_JOINING) else None
            member = member or _named_before_apposition(view, i)
            member = member or view.prev_slot(i, types=("Person", "Organization"), max_gap=0 if governed else 8,
                                              skip=lambda s: defected_from(view, s) or against(view, s))
            if member is None and not governed:     # "وانضم إلى Y العقيد X"
                member = view.next_slot(org.j, types=("Person", "Organization"), max_gap=1)
                if member is not None and member.i > org.j and toks[org.j].norm not in PERSON_TITLES:
                    member = None   # "وانضمامه لجبهة X التابعة لتنظيم Y": Y is what X belongs to
            return member, org
        org = view.next_slot(member.j, types=("Organization",), max_gap=4)
    if org is not None and defected_from(view, org):
        return None, None
    if member is None and org is not None and view.has(i, HIS_JOINING):
        member = _whose_joining(view, i)     # "X، الذي كان قد أعلن ... انضمامه مع ... إلى Y"
    return member, org


# a preposition glued to the name after the verb: the name is no subject of "أصبح/تعد"
GOVERNED_SUBJECT_CLITICS = frozenset(("ب", "ل", "لل", "ك", "وب", "ول", "فب", "فل", "بال"))
_PREPOSITION_WORDS = words("في من على إلى الى عن")


def _became(view, i, out):
    """"أصبحت X عضوا في Y"، "وتعد X، إلى جانب Y وZ، عضوا في W"."""
    toks = view.tokens
    member = view.next_slot(i + 1, types=ACTOR, max_gap=2)
    if member is None or member.clitic in GOVERNED_SUBJECT_CLITICS or (
            member.i > 0 and view.at.get(member.i - 1) is None and toks[member.i - 1].norm in _PREPOSITION_WORDS):
        return        # "وهي تعد السلاح الأبرز لقوات X في حربها ضد مقاتلي Y": X governed, no subject
    k = member.j
    while k < min(len(toks), member.j + 10):
        if view.has(k, MEMBER_CUES):
            org = view.next_slot(k + 1, types=("Organization",), max_gap=6)
            if org:
                add(out, "memberOf", member, org, view, "member-become")
                # "وتعد X، إلى جانب Y وZ، عضوا في W": Y and Z too
                for a in range(member.j, k):
                    if view.has(a, ALONGSIDE):
                        y = view.next_slot(a + 1, types=ACTOR, max_gap=0, limit=k)
                        if y is not None:
                            for m in [y] + view.coordinated_after(y, types=ACTOR):
                                add(out, "memberOf", m, org, view, "member-become")
            break
        k += 1


# "التحق X بتنظيم Y"، "X، الذي التحق بالتنظيم"، "التحاقه بجماعة Y": joining a group or a force
# named with ب right after (not a university or a job: only armed or political bodies)
ATTACH_VERBS = words("التحق التحقت التحقوا يلتحق تلتحق يلتحقون التحاق التحاقه التحاقها التحاقهم")
JOINED_BODIES = frozenset(["ArmedGroup", "ArmedForce", "PoliticalOrganization"])
ATTACH_REACH = 3      # words between the verb and the body: "التحق عام 2014 بتنظيم Y"، "التحق X بـ Y"


def attach_relations(view, kb, out):
    """التحق X بـ Y / X، الذي التحق بـ Y / X التحق بـ Y -> X memberOf Y."""
    for i in view.positions(ATTACH_VERBS):
        org = view.next_slot(i + 1, types=("Person", "Organization"), max_gap=ATTACH_REACH)
        member = None
        if org is not None and org.entity.type == "Person" and not org.clitic:
            member = org      # "التحق X بتنظيم Y": the joiner named after the verb
            org = view.next_slot(member.j, types=("Organization",), max_gap=0)
        if org is None or org.entity.type != "Organization" or org.clitic not in ("ب", "وب") \
                or org.entity.subtype not in JOINED_BODIES:
            continue
        if member is None:
            k = i - 1 if i > 0 and view.has(i - 1, _RELATIVES) else i
            member = view.prev_slot(k, types=("Person",), max_gap=0)
        if member is not None and not defected_from(view, org):
            add(out, "memberOf", member, org, view, "member-attached")


# the group's ranks or frame named between ضمن (or تحت) and the group: "X ضمن صفوف Y"،
# "X ضمن عناصر Y"، "ضمن غرفة عمليات Y"، "تحت راية Y"
RANKS_WITHIN = words("صفوف عناصر مقاتلي أعضاء قيادات قادة كوادر غرفة عمليات راية لواء مظلة")
FILLER_REACH = 2


def _after_fillers(view, k):
    """The organisation right after one or two of RANKS_WITHIN's words from token ``k``."""
    m = k
    while m < min(len(view.tokens), k + FILLER_REACH) and view.at.get(m) is None \
            and view.has(m, RANKS_WITHIN):
        m += 1
    s = view.slot_starting(m) if m > k else None
    return s if s is not None and s.entity.type == "Organization" else None


# "انضوت X تحت راية Y"، "X التي انضوت في Y": a group enlisted in another is its member
ENLIST_VERBS = words("انضوت انضوى تنضوي ينضوي انضووا")
_UNDER_IN = words("تحت في إلى ضمن")


def enlist_relations(view, kb, out):
    """انضوت X تحت (راية) Y / X انضوت في Y -> X memberOf Y."""
    toks = view.tokens
    for i in view.positions(ENLIST_VERBS):
        member = view.slot_starting(i + 1)
        if member is not None and member.entity.type in ACTOR:
            k = member.j
        else:
            member = view.prev_slot(i - 1 if i > 0 and view.has(i - 1, _RELATIVES) else i,
                                    types=ACTOR, max_gap=0)
            k = i + 1
        if member is None or k >= len(toks) or not view.has(k, _UNDER_IN):
            continue
        org = view.slot_starting(k + 1) or _after_fillers(view, k + 1)
        if org is not None and org.entity.type == "Organization" and member.entity.type != "Place":
            add(out, "memberOf", member, org, view, "member-enlisted")


def within_relations(view, kb, out):
    """X تعمل/تقاتل ضمن Y -> X memberOf Y (also "ضمن صفوف Y"، "ضمن عناصر Y")."""
    for i in view.positions(WITHIN):
        org = view.next_slot(i + 1, types=("Organization",), max_gap=0)
        if org is None:
            org = _after_fillers(view, i + 1)
        member = view.prev_slot(i, types=ACTOR, max_gap=3)
        if member is not None and member.entity.type == "Organization" and view.has(i - 1, ENLISTED):
            continue   # "لواء X المنضوي ضمن Y": a unit, partOf (part_relations)
        if org and member and member.entity.type != "Place" or (
                org and member and member.entity.subtype == "Country"):
            add(out, "memberOf", member, org, view, "member-within")
