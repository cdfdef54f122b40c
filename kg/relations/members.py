"""Members named by a noun: القيادي في X Y، عنصر من X، مقاتل في صفوف X، النائب عن كتلة X،
بينهم القيادي Y، وفد من X برئاسة Y; and a member named sentences after the group.
"""
from __future__ import annotations

from kg.mentions_org_heads import ORDINARY_COMPLEMENTS
from kg.lexicon import PERSON_TITLES, STOPWORDS, TITLE_ADJECTIVES, strip_clitics
from kg.normalize import norm
from kg.relations.common import (AFFIL_CUES, ENLISTED, MEMBER_CUES, MEMBER_PREPS, PART_CUES, Pseudo, add,
                                 holder_of_the_first_post,
                                 before_age_aside, before_speech_aside, past_so_called, words)

RANKS = words("صفوف")                 # "مقاتل في صفوف X": in the ranks of X
MPS = words("النائب نائب نائبا")       # "النائب عن كتلة X Y": an MP of the bloc
_FOR = words("عن")
_COPULA = words("وهو وهي هو هي وكان كان")
MEMBER_OF_CONSTRUCT = words("عضو العضو أعضاء عضوا قادة قيادات")   # أحد قادة الجماعة ويدعى X
LEADERS_OF = words("قادة")
# "تركيا العضو في الحلف"، "السعودية، العضو في المجلس": a state or a body as a member
MEMBER_OF_BEFORE = words("العضو")
_IN = words("في")           # "X، أحد قادة Y": one of its leaders, a member
_ONE_OF = words("أحد إحدى")
# "X أحد أبرز قادة Y"، "X من أبرز قيادات Y": a superlative between "one of" and the rank
SUPERLATIVES = words("أبرز أهم أكبر أقدم كبار")
_FROM = words("من")
IN_CHARGE = words("المسؤول مسؤول مسؤولا")
# a group's head noun the tagger may leave out of its quoted name: "في تنظيم «القاعدة»"
GROUP_HEADS = words("تنظيم حركة جماعة جبهة حزب فصيل ميليشيا مليشيا كتائب سرايا لواء "
                    # a parliamentary bloc or list: "النائب عن كتلة «X»، ...، Y"
                    "كتلة تيار ائتلاف قائمة")
_RELATIVES = words("الذي التي")
COUNTED_AS = words("يعد تعد يعتبر تعتبر")     # "X، الذي يعد من أبرز قادة Y"


# "النائب في البرلمان X": an MP of an assembly (not نائب في الحكومة, a deputy of someone)
ASSEMBLIES = words("البرلمان برلمان المجلس مجلس الكونغرس الكنيست")


def _bloc_in_assembly(view, c, assembly):
    """The bloc after "عن" past an assembly named at token ``c`` (an entity, or one word:
    البرلمان), or None."""
    toks = view.tokens
    if assembly is not None:
        if assembly.entity.type != "Organization" or not view.has(assembly.i, ASSEMBLIES):
            return None
        e = assembly.j
    elif view.has(c, ASSEMBLIES) and view.at.get(c) is None:
        e = c + 1
    else:
        return None
    if e + 1 >= len(toks) or not view.has(e, _FOR):
        return None
    bloc = view.slot_starting(e + 1)
    return bloc if bloc is not None and bloc.entity.type == "Organization" else None


def _mp_in_assembly(view, c):
    """Is token ``c`` في before an assembly (النائب في المجلس الوطني X)?"""
    if view.tokens[c].norm != "في":
        return False
    s = view.slot_starting(c + 1)
    return s is not None and s.entity.type == "Organization" and view.has(s.first, ASSEMBLIES)


# the head of an MP's seat left out of its place's name: "النائب عن دائرة العريش"
CONSTITUENCY_HEADS = words("دائرة مدينة محافظة ولاية منطقة قضاء")


def _assembly_past_constituency(view, s):
    """"النائب عن محافظة X في البرلمان Y Z": the assembly an MP sits in for the place ``s``
    (his constituency), named right after it with في; else None."""
    if s is None or s.entity.type != "Place" or s.j >= len(view.tokens) or not _mp_in_assembly(view, s.j):
        return None
    return view.slot_starting(s.j + 1)


def _section_of(view, k):
    """The organisation after a section's name: "(عن) قسم العمليات في الحركة" -> الحركة."""
    for m in range(k, min(len(view.tokens) - 1, k + 4)):
        if view.at.get(m) is not None or not view.tokens[m].norm.isalpha():
            return None
        if view.tokens[m].norm == "في" and m > k:
            s = view.slot_starting(m + 1)
            return s if s is not None and s.entity.type == "Organization" else None
    return None


def member_relations(view, kb, out):
    """القيادي في X Y / Y، عضو في X / قياديا بتنظيم X ... القيادي Y (next sentences)."""
    toks = view.tokens
    for i in view.positions(MEMBER_CUES | MPS | DUAL_CUES | EMIRS | GROUP_CLERICS | STAFF):
        stems = view.stems(i)
        if stems & STAFF and not stems & MEMBER_CUES and not _one_of_the_ranks(view, i, stems):
            continue   # "نقل تعازيه ومنسوبي الوزارة": the staff, no one named
        if i > 0 and toks[i - 1].norm.isdigit():
            continue   # "12 عنصرا من الحزب": a count, not a named member
        if toks[i].norm in GROUP_CLERICS and not _cleric_of_a_group(view, i):
            continue
        if stems & EMIRS and not stems & MEMBER_CUES and not _one_of_the_ranks(view, i, stems):
            continue   # أمراء only as "X، أحد أمراء Y" (princes of a house are no members)
        org = _member_group(view, i, stems)
        if org is None:
            continue
        unit, org = org, body_of_the_unit(view, org)
        person = _member_named(view, i, stems, org)
        if person is None and (stems & LEADERS_OF or _one_of_the_ranks(view, i, stems)):
            continue     # "قادة X"، "أحد عناصر X" with no one named: nothing for a later sentence
        if person is None and stems & MPS:
            person = _person_after_its_assembly(view, org)
        if person is not None:
            add(out, "memberOf", person, org, view, "member-cue")
            assembly = _assembly_after(view, org) if stems & MPS else None
            if assembly is not None and person.i >= assembly.j:
                add(out, "memberOf", person, assembly, view, "member-mp-assembly")
            if unit is not org:
                add(out, "memberOf", person, unit, view, "member-cue")   # and of its unit
            if stems & PLURAL_CUES and person.i > org.i:
                for other in _listed_after(view, person):    # القياديين في X، A، وB
                    add(out, "memberOf", other, org, view, "member-cue")
            elif stems & (PLURAL_CUES | DUAL_CUES) and person.j <= i:
                for other in _listed_before(view, person):   # A وB، العضوان في X
                    add(out, "memberOf", other, org, view, "member-cue")
        else:
            view.pending.append((org, view))


# a group's sharia official is its member: "الشرعي في «جبهة النصرة» X"، "X، وهو شرعي في هيئة Y"
# (elsewhere الشرعي is "lawful": الرئيس الشرعي، الطب الشرعي; so only before في and an armed or
# political group named right after it)
GROUP_CLERICS = words("الشرعي شرعي")
_IN_GROUP = words("في")


def _cleric_of_a_group(view, i):
    """Is the word at ``i`` (الشرعي) followed by في and an armed or political group?"""
    if view.at.get(i) is not None or not view.has(i + 1, _IN_GROUP):
        return False
    group = view.slot_starting(i + 2)
    return group is not None and not group.clitic and group.entity.type == "Organization" \
        and group.entity.subtype in _GROUPS


# a body's unit the tagger names as an organisation: "عضو المكتب السياسي لجماعة X Y"
UNIT_WORDS = words("المكتب مكتب اللجنة لجنة المجلس مجلس الهيئة هيئة الدائرة دائرة الجناح جناح "
                   # "عضو القيادة العامة لقوات X Y": the body's command
                   "القيادة قيادة")


def body_of_the_unit(view, org):
    """The organisation a unit named as the member's group belongs to, named right after it
    with ل or in a construct ("المكتب السياسي لجماعة X"، "مجلس شورى جماعة X": X); else the
    group itself."""
    if not hasattr(org, "j") or not view.has(org.first, UNIT_WORDS):
        return org
    body = view.slot_starting(org.j)
    if body is None and _group_head_with_l(view, org.j):
        # "المكتب السياسي لحركة «X»": the group's head noun left out of its quoted name
        return _group_named_after_its_head(view, org.j) or org
    if body is None and org.j + 1 < len(view.tokens) and view.has(org.j, _IN):
        # "عضو مجلس الشورى في «هيئة X»": the armed or political group after في
        body = view.slot_starting(org.j + 1)
        return body if body is not None and not body.clitic and body.entity.type == "Organization" \
            and body.entity.subtype in _GROUPS else org
    if body is not None and body.entity.type == "Organization" and (
            body.clitic.endswith("ل") or body.clitic.endswith("ب") or not body.clitic) \
            and not view.has(body.first, UNIT_WORDS):
        # "المكتب السياسي لجماعة X"، "مكتب الإرشاد بالجماعة"، "مجلس شورى جماعة X" (a construct)
        return body
    return org


# how many adjectives a unit's name may take before its body: "الهيئة السياسية العليا لـ X"
UNIT_ADJECTIVES_REACH = 2


def _group_head_with_l(view, k):
    """Is token ``k`` a group's head noun with ل and no entity (لحركة، لجماعة), its name after it?"""
    toks = view.tokens
    return k + 1 < len(toks) and view.at.get(k) is None and toks[k].norm[:1] == "ل" \
        and toks[k].norm[1:] in GROUP_HEADS


def _group_named_after_its_head(view, k):
    """The armed or political group named right after the head noun at ``k`` («لحركة «X»: X),
    or None."""
    body = view.slot_starting(k + 1)
    return body if body is not None and not body.clitic and body.entity.type == "Organization" \
        and body.entity.subtype in _GROUPS else None


def _body_after_unnamed_unit(view, c):
    """The organisation after a unit that is no entity ("اللجنة المركزية لحركة X": X), the
    unit's head noun at ``c`` and its adjectives before the body named with ل; else None."""
    toks = view.tokens
    if view.at.get(c) is not None or not view.has(c, UNIT_WORDS):
        return None
    m = c + 1
    while m < min(len(toks), c + 1 + UNIT_ADJECTIVES_REACH) and view.at.get(m) is None \
            and toks[m].norm.startswith("ال") and toks[m].norm.isalpha():
        m += 1
    body = view.slot_starting(m)
    if body is not None and body.entity.type == "Organization" and body.clitic.endswith("ل"):
        return body
    if body is None and m > c + 1 and _group_head_with_l(view, m):
        # "عضو اللجنة المركزية لحركة «X» Y": the group named in quotes after its head noun
        return _group_named_after_its_head(view, m)
    if body is None and m + 1 < len(toks) and view.has(m, _IN) and m > c + 1:
        # "عضو اللجنة الأمنية في مجلس محافظة X": a committee of the council named after في
        body = view.slot_starting(m + 1)
        if body is not None and not body.clitic and body.entity.type == "Organization":
            return body
    return None


def _ordinary_body_at(view, c):
    """Are tokens c, c+1 a head and a complement making it an ordinary noun, no body's name
    (kg.mentions_org_heads.ORDINARY_COMPLEMENTS: هيئة التدريس), with a body after them?"""
    toks = view.tokens
    if c + 2 >= len(toks) or view.at.get(c) is not None or view.at.get(c + 1) is not None:
        return False
    return toks[c + 1].norm in ORDINARY_COMPLEMENTS.get(toks[c].norm, ())


# an official of a branch of a party or a group, a member of it: "مسؤول فرع الحزب في المدينة X"
OFFICIALS = words("مسؤول المسؤول")
BRANCH_WORDS = words("فرع")
BRANCHED_GROUPS = frozenset(["PoliticalOrganization", "ArmedGroup"])

# the ranks of a group named with the article after "أحد": "أحد العناصر القيادية في X"
GROUP_RANKS_WITH_ARTICLE = words("العناصر القيادات القياديين الكوادر")


def _member_group(view, i, stems):
    """The organisation the member cue at ``i`` names: قياديا بتنظيم X، عضو المكتب السياسي،
    القيادي في X، مقاتل في صفوف X، النائب عن كتلة X، مسؤولا عن قسم ... في X."""
    toks = view.tokens
    c = i + 1
    if c < len(toks) and stems & _ONE_OF and view.at.get(c) is None and toks[c].norm in GROUP_RANKS_WITH_ARTICLE:
        c += 1      # "أحد العناصر القيادية في X": one of its ranks, named with the article
        while c < min(len(toks), i + 4) and view.at.get(c) is None and _definite_member_adjective(toks[c]):
            c += 1
        if c < len(toks) and toks[c].text in ("»", '"', "”"):
            c += 1  # "«أحد العناصر القيادية» في X": the words quoted from a statement
    while c < min(len(toks), i + 3) and view.at.get(c) is None and (
            _member_adjective(toks[c]) or toks[i].norm.startswith("ال") and _definite_member_adjective(toks[c])):
        c += 1      # قيادي سابق في X، مسؤولا ماليا للتنظيم، القيادي (العسكري) البارز في X
    if c == i + 1 and _ordinary_body_at(view, c):
        c += 2      # "عضو هيئة التدريس بجامعة X": the staff is no body; the university is
    if c == i + 1 and stems & OFFICIALS and view.at.get(c) is None and view.has(c, BRANCH_WORDS):
        # "مسؤول فرع الاتحاد الوطني الكردستاني في الموصل X": the official of a branch of a party
        branch_of = view.slot_starting(c + 1)
        if branch_of is not None and branch_of.entity.type == "Organization" and not branch_of.clitic \
                and branch_of.entity.subtype in BRANCHED_GROUPS:
            return branch_of
    nxt = view.slot_starting(c)
    if c == i + 1 and stems & MEMBER_OF_CONSTRUCT:
        bloc = _bloc_in_assembly(view, c, nxt)
        if bloc is not None:
            return bloc   # "عضو مجلس النواب عن كتلة X Y": a member of the bloc he sits for
    if nxt is None and c == i + 1 and view.has(c, GROUP_HEADS) and view.at.get(c) is None:
        named = view.slot_starting(c + 1)   # "أحد عناصر تنظيم «X» يدعى Y": the head left out of the name
        if named is not None and not named.clitic and named.entity.type == "Organization" \
                and _named_after_the_ranks(view, i, stems, named):
            return named
    if nxt is not None and c == i + 1 and nxt.clitic.endswith("ل") and stems & COMMANDER_OF \
            and not _for_a_place(view, nxt):
        return None  # "قائدا لحركة X": its commander (a leader: posts, appointments), not a member
    if nxt is not None and nxt.entity.type == "Organization" and (
            nxt.clitic.endswith("ب") or nxt.clitic.endswith("ل")
            or (not nxt.clitic and stems & MEMBER_OF_CONSTRUCT and c == i + 1)
            or (not nxt.clitic and c == i + 1 and (_one_of_the_ranks(view, i, stems)
                                                   or _named_after_the_ranks(view, i, stems, nxt)))):
        return nxt   # قياديا بتنظيم X، عضو المكتب السياسي، أحد عناصر X
    if nxt is None and stems & MEMBER_OF_CONSTRUCT and c == i + 1:
        body = _body_after_unnamed_unit(view, c)
        if body is not None:
            return body   # "عضو اللجنة المركزية لحركة X": a unit the text does not name, of X
    if nxt is None and c + 2 < len(toks):
        body = _body_of_unnamed_cell(view, c + 1 if view.has(c, MEMBER_PREPS) else c)
        if body is not None:
            return body   # "عضو خلية تابعة لتنظيم X"، "عنصر في مجموعة موالية لـ X": a cell of X
    if c + 1 < len(toks) and (view.has(c, MEMBER_PREPS) and not stems & MPS - MEMBER_CUES
                              or stems & MPS and (view.has(c, _FOR) or _mp_in_assembly(view, c))):
        if c + 2 < len(toks) and view.has(c + 1, RANKS):
            c += 1    # "مقاتل في صفوف حركة الشباب"
        s = view.slot_starting(past_so_called(view, c + 1))    # "القيادي في ما يسمى جيش X"
        if s is None and c + 2 < len(toks) and view.at.get(c + 1) is None and view.has(c + 1, GROUP_HEADS):
            s = view.slot_starting(c + 2)     # "القيادي في تنظيم «القاعدة» Y": the head left out
        if s is None and c + 2 < len(toks):
            s = _body_after_unnamed_unit(view, c + 1)   # "القيادي في الجناح العسكري لحركة X Y"
        if stems & MPS and view.has(c, _FOR):
            if s is None and c + 2 < len(toks) and view.at.get(c + 1) is None \
                    and toks[c + 1].norm in CONSTITUENCY_HEADS:
                s = view.slot_starting(c + 2)     # "النائب عن دائرة X في مجلس النواب": the seat's head
            s = _assembly_past_constituency(view, s) or s   # "النائب عن محافظة X في البرلمان"
        return s if s is not None and s.entity.type == "Organization" else None
    if c + 2 < len(toks) and stems & IN_CHARGE and view.has(c, _FOR):
        # "مسؤولا عن قسم العمليات في الحركة": in charge of a section of the group
        return _section_of(view, c + 1)
    if stems & IN_CHARGE:
        return _field_of(view, c)      # "مسؤول التجنيد في تنظيم X"
    return None


# a cell or squad the text does not name, told as its group's: "عضو خلية تابعة للتنظيم"
CELLS = words("خلية خلايا مجموعة مجموعات شبكة")
CELL_OF = words("تابعة التابعة تابع التابع موالية الموالية")


def _body_of_unnamed_cell(view, c):
    """The organisation after "خلية تابعة لـ" at token ``c`` (the cell no entity), else None."""
    toks = view.tokens
    if c + 2 >= len(toks) or view.at.get(c) is not None or not view.has(c, CELLS) \
            or view.at.get(c + 1) is not None or toks[c + 1].norm not in CELL_OF:
        return None
    body = view.slot_starting(c + 2)
    if body is not None and body.entity.type == "Organization" and body.clitic.endswith("ل"):
        return body
    return None


# how many words the field of an official may take: "مسؤول العلاقات الخارجية في الحركة"
FIELD_REACH = 2
# groups whose officials are members (an institution's are posts: posts.official_relations)
_GROUPS = frozenset(["ArmedGroup", "PoliticalOrganization"])


def _field_of(view, c):
    """The armed or political group after an official's field (definite words, then في/بـ)."""
    toks = view.tokens
    m = c
    while m < min(len(toks), c + FIELD_REACH) and view.at.get(m) is None and toks[m].norm.startswith("ال") \
            and toks[m].norm.isalpha() and toks[m].norm not in STOPWORDS:
        m += 1
    if m == c or m >= len(toks):
        return None
    s = view.slot_starting(m + 1) if toks[m].norm == "في" else view.slot_starting(m)
    if s is None or (s.i == m and not s.clitic.endswith("ب")):
        return None
    return s if s.entity.type == "Organization" and s.entity.subtype in _GROUPS else None


def _member_named(view, i, stems, org):
    """The member: a person right after the group (القيادي في X Y، ... يدعى Y، after the group's
    description), or before the cue (Y، وهو عنصر من X؛ Y، أحد قادة X؛ تركيا العضو في X)."""
    toks = view.tokens
    person = view.next_slot(org.j, types=("Person",), max_gap=0)
    if person is not None and _next_of_a_list(view, org.j, person):
        person = None   # "X وزير الدولة عضو مجلس الوزراء، وY وزير الخارجية": Y opens the list's next item
    if person is None and org.j + 1 < len(toks) and org.mention.nominal and _definite_adjective(view, org.j):
        # "القياديين في الجماعة المسلحة، A": the nominal's adjective before the name
        person = view.next_slot(org.j + 1, types=("Person",), max_gap=0)
    if person is None and org.j < len(toks) and toks[_past_commas(view, org.j)].norm in NAMING:
        person = view.next_slot(_past_commas(view, org.j) + 1, types=("Person",), max_gap=0)
    if person is None:
        person = person_after_titles(view, org.j)
    if person is None:
        person = _person_after_description(view, org.j)
    if person is None:
        person = _person_after_its_place(view, org)
    if person is None:
        person = _named_past_a_relative(view, org.j)
    if person is None and _coordinated_cue(view, i):
        person = holder_of_the_first_post(view, i)   # "X، زعيم منظمة Y والقيادي في Z"
    if person is None and not _coordinated_cue(view, i):
        k = i - 1
        if k >= 0 and toks[k].norm in _COPULA:
            k -= 1       # "X، وهو عنصر من Y"
        if k >= 0 and toks[k].norm in _RELATIVES:
            k -= 1       # "X، الذي كان مسؤولا عن ..."
        if k >= 1 and toks[k].norm in SUPERLATIVES and toks[k - 1].norm in _ONE_OF | _FROM:
            k -= 1       # "X أحد أبرز قادة Y"، "X من أبرز قيادات Y"
            if toks[k].norm in _FROM:
                k -= 1
            if k >= 1 and toks[k].norm in COUNTED_AS and toks[k - 1].norm in _RELATIVES:
                k -= 2   # "X، الذي يعد من أبرز قادة Y"
            elif k >= 0 and toks[k].norm in _COPULA:
                k -= 1   # "X، وهو من أبرز قادة Y"
        if k >= 0 and toks[k].norm in _FROM and _one_of_the_ranks(view, i, stems):
            k -= 1       # "X، وهو من مقاتلي Y"
            if k >= 0 and toks[k].norm in _COPULA:
                k -= 1
        if k >= 0 and toks[k].norm in _ONE_OF:
            k -= 1       # "X، أحد قادة Y"
            if k >= 1 and toks[k].norm in COUNTED_AS and toks[k - 1].norm in _RELATIVES:
                k -= 1   # "X، الذي يعد أحد أبرز قيادات Y"
            if k >= 0 and toks[k].norm in _COPULA:
                k -= 1   # "X، وهو أحد قادة Y"
            if k >= 0 and toks[k].norm in _RELATIVES:
                k -= 1   # "X، الذي كان أحد قادة Y"
        if k == i - 1 and view.at.get(k) is not None and view.has(i, OBJECT_PLURALS):
            k = -1       # "اتهم X عناصر من Y": the plural right after the name is what X acted on
        if k >= 0:
            k = before_age_aside(view, k)     # "X، البالغ من العمر 45 عاما، القيادي في Y"
            k = before_speech_aside(view, k)  # "X، في تصريح لوكالة Y، وهو قيادي في Z"
        person = person_before(view, k + 1) if k >= 0 else None
        if person is None and k == i - 1:
            person = holder_of_a_first_post(view, i)   # "X وزير الدولة عضو مجلس الوزراء"
        if person is None and view.has(i, MEMBER_OF_BEFORE) and view.has(i + 1, _IN):
            person = _member_state_or_body(view, k + 1)      # "وإستونيا العضو في حلف X"
    if person is None and view.at.get(i) is not None and view.at[i].entity.type == "Person":
        person = view.at[i]   # the cue is itself a (role) mention
    return person


def _next_of_a_list(view, j, person) -> bool:
    """Is ``person``, named after a comma from token ``j`` and glued to و ("، وY"), the next
    item of a list rather than the member the cue before names?"""
    return person.clitic.startswith("و") and any(
        view.tokens[k].text in _COMMAS for k in range(j, person.i))


# "X وزير الدولة عضو مجلس الوزراء"، "X مستشار الرئيس عضو المكتب السياسي لحركة Y": a member's
# seat right after his first post (no comma, no entity between) is his
FIRST_POSTS = words("وزير الوزير مستشار المستشار نائب النائب")
FIRST_POST_REACH = 3


def holder_of_a_first_post(view, i):
    """The person named right before a first post of at most ``FIRST_POST_REACH`` words that
    ends right before the member cue at ``i``, else None."""
    toks = view.tokens
    for k in range(i - 1, max(0, i - 1 - FIRST_POST_REACH), -1):
        if view.at.get(k) is not None or not toks[k].norm.isalpha():
            return None
        if toks[k].norm in FIRST_POSTS:
            p = view.at.get(k - 1) if k > 0 else None
            return p if p is not None and p.entity.type == "Person" and p.j == k else None
    return None


def _assembly_after(view, bloc):
    """"النائب عن كتلة X في مجلس النواب": the assembly named with في right after the bloc
    (an organisation whose head is an assembly's), else None."""
    if not hasattr(bloc, "j") or bloc.j >= len(view.tokens) or not _mp_in_assembly(view, bloc.j):
        return None
    return view.slot_starting(bloc.j + 1)


def _person_after_its_assembly(view, bloc):
    """"النائب عن كتلة X في مجلس النواب Y": the MP named right after the assembly his bloc sits
    in (titles allowed), else None."""
    assembly = _assembly_after(view, bloc)
    if assembly is None:
        return None
    person = view.next_slot(assembly.j, types=("Person",), max_gap=0) or person_after_titles(view, assembly.j)
    return None if person is None or person.clitic.startswith("و") else person


# how far a relative clause on the group may run before the member is named: "أحد عناصر X،
# الذي بايع تنظيم Y عام 2014، ويدعى Z"
NAMED_PAST_RELATIVE_REACH = 25


def _named_past_a_relative(view, k):
    """The person named by a naming word (ويدعى، المدعو) after a relative clause that opens
    with a comma at token ``k`` (after the group), else None."""
    toks = view.tokens
    while k < len(toks) and toks[k].text in _QUOTES:
        k += 1
    if k + 1 >= len(toks) or toks[k].text not in _COMMAS or toks[k + 1].norm not in _RELATIVES:
        return None
    for c in range(k + 2, min(len(toks) - 2, k + NAMED_PAST_RELATIVE_REACH)):
        s = view.at.get(c)
        if s is not None and s.entity.type == "Person":
            return None       # a person inside the clause
        if toks[c].text in _COMMAS and toks[c + 1].norm in NAMING and view.at.get(c + 1) is None:
            s = view.slot_starting(c + 2)
            return s if s is not None and s.entity.type == "Person" else None
    return None


def _person_after_its_place(view, org):
    """"القيادي في حركة X في غزة Y"، "القيادي في X بالضفة الغربية، Y": the member named right
    after the place the group's branch is in (titles allowed), or None."""
    toks = view.tokens
    if org.j >= len(toks):
        return None
    # ("عضو المجلس عن مدينة X، Y": the constituency he sits for)
    place = view.slot_starting(org.j + 1) if toks[org.j].norm in ("في", "عن") else view.slot_starting(org.j)
    if place is None or place.entity.type != "Place" or (place.i == org.j and not place.clitic.endswith("ب")):
        return None
    person = view.next_slot(place.j, types=("Person",), max_gap=0) or person_after_titles(view, place.j)
    if person is None or person.clitic.startswith("و") or any(
            toks[k].norm.startswith("و") for k in range(place.j, person.i)):
        return None     # "X المسؤول في Y في Z وW": W is the next in a list, not the member named
    return person


# plural members right after a name with no comma, "one of" or copula: the object of the verb
# before the name ("واتهم النائب X عناصر من Y بخطف ..."), not X's description
OBJECT_PLURALS = words("عناصر أعضاء قيادات قياديين مقاتلي مقاتلين مسلحي كوادر")


# "قائدا لـ X": the commander of X (with no adjective between: "القائد العسكري لـ X" is a member)
COMMANDER_OF = words("قائد قائدا القائد")


def _for_a_place(view, org):
    """"قائدا لكتائب X في رفح": a commander for a place, a member."""
    toks = view.tokens
    return org.j < len(toks) and toks[org.j].norm == "في"


# "X، أحد عناصر Y"، "X من عناصر Y": one of the group's rank and file, named before
# "X، وهو أحد أمراء التنظيم في بلدة Y": one of a group's emirs is one of its members
EMIRS = words("أمراء")
# the staff of a body, as the Gulf press calls them, only as "X، أحد منسوبي Y" / "X من منسوبي Y"
# ("منسوبي الوزارة" alone, the ministry's staff, names no one)
STAFF = words("منسوبي منسوبو")
RANK_PLURALS = words("عناصر مقاتلي مسلحي كوادر") | EMIRS | STAFF
_ONE_OF_RANKS = words("أحد إحدى من")


def _one_of_the_ranks(view, i, stems):
    """Is the plural member cue at ``i`` "أحد عناصر" / "من عناصر" right after a person's name
    (a count before من is no name: "20 من عناصر X")?"""
    if not stems & RANK_PLURALS or i == 0 or not view.has(i - 1, _ONE_OF_RANKS):
        return False
    k = i - 2
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    if k >= 0 and view.tokens[k].norm in _COPULA:
        k -= 1       # "X، وهو أحد عناصر Y"
        while k >= 0 and not view.tokens[k].norm.isalnum():
            k -= 1
    s = view.at.get(k) if k >= 0 else None
    return s is not None and s.entity.type == "Person"


def _named_after_the_ranks(view, i, stems, group):
    """Is the plural member cue at ``i`` "أحد عناصر" with the member named after the group by
    a naming word ("أحد عناصر تنظيم X يدعى Y"، "أحد مقاتلي X، المدعو Y")?"""
    if not stems & RANK_PLURALS or i == 0 or not view.has(i - 1, _ONE_OF) or group.entity.type != "Organization":
        return False
    k = _past_commas(view, group.j)
    return k < len(view.tokens) and view.tokens[k].norm in NAMING \
        and view.next_slot(k + 1, types=("Person",), max_gap=0) is not None


def _past_commas(view, k):
    """The first token from ``k`` on that is no comma."""
    while k < len(view.tokens) and view.tokens[k].text in ("،", ","):
        k += 1
    return k


def _coordinated_cue(view, i):
    """"X والمسؤول المالي بالحركة"، "A، والنائب عن كتلة X B": a cue joined by و names someone
    beside X (the next in a list), not X."""
    n = view.tokens[i].norm
    return n.startswith("و") and n[1:] in view.stems(i) and view.has(i, MEMBER_CUES | MPS) \
        and n not in MEMBER_CUES | MPS


# "القيادي في حركة X الملا Y"، "عضو المجلس، العميد Y": the rank or title before the name
TITLE_REACH = 3


def person_after_titles(view, k):
    """The person named right after one to three titles or ranks from token ``k`` (a comma
    allowed before them), or None when no title stands there."""
    toks = view.tokens
    while k < len(toks) and toks[k].text in _COMMAS:
        k += 1
    start = k
    while k < min(len(toks), start + TITLE_REACH) and view.at.get(k) is None \
            and toks[k].norm in PERSON_TITLES:
        k += 1
    if k == start:
        return None
    s = view.slot_starting(k)
    return s if s is not None and s.entity.type == "Person" else None


def person_before(view, k):
    """The person named right before token ``k``, past one adjective of origin the name left
    out ("وكان X السوداني آمر سرية في Y"، "X اليمني، القيادي في Y"), or None."""
    person = view.prev_slot(k, types=("Person",), max_gap=0)
    m = k - 1
    while person is None and m > 0 and not view.tokens[m].norm.isalnum():
        m -= 1
    if person is None and m > 0 and view.at.get(m) is None and _origin_adjective(view.tokens[m].norm):
        person = view.prev_slot(m, types=("Person",), max_gap=0)
    return person


def _origin_adjective(n):
    """الأردني، اليمنية: a definite adjective of origin (not a member cue nor a stopword)."""
    return n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 5 and n not in STOPWORDS \
        and n[2:] not in MEMBER_ADJECTIVES


def _definite_adjective(view, k):
    """Is token ``k`` a definite adjective of no entity (المتمردة، المسلحة، المتشدد)?"""
    n = view.tokens[k].norm
    return view.at.get(k) is None and n.startswith("ال") and len(n) > 4 and n not in STOPWORDS \
        and n not in NAMING and not view.has(k, MEMBER_CUES)


def _member_state_or_body(view, k):
    """A state or an organisation right before token ``k``: "تركيا العضو في الحلف"."""
    s = view.prev_slot(k, types=("Organization", "Place"), max_gap=0)
    if s is not None and (s.entity.type == "Organization" or s.entity.subtype == "Country"):
        return s
    return None


PLURAL_CUES = words("القياديين قياديين قيادات القيادات عناصر أعضاء مقاتلي مقاتلين")


# two members named before the cue: "A وB، العضوان في X"
DUAL_CUES = words("العضوان العضوين عضوان عضوين القياديان القياديين قياديان قياديين العنصران العنصرين "
                  "عنصران عنصرين")


def _listed_before(view, person):
    """The persons listed before ``person`` when it is joined to them by و: "A وB"، "A، B وC"."""
    out = []
    cur = person
    while cur.clitic.startswith("و") or (out and cur.i > 0 and view.tokens[cur.i - 1].text in _COMMAS):
        prev = view.prev_slot(cur.i, max_gap=0)
        if prev is None or prev.entity.type != "Person" or prev in out:
            break
        out.append(prev)
        cur = prev
    return out


def _listed_after(view, person):
    """The persons listed after ``person``: "A، وB"، "A وB وC"."""
    out = []
    k = person.j
    while True:
        if k + 1 < len(view.tokens) and view.at.get(k) is None and view.tokens[k].norm.isalpha() \
                and view.tokens[k + 1].text in _COMMAS:
            k += 1      # the name's last word the mention left out: "A B C، وD"
        while k < len(view.tokens) and view.tokens[k].text in _COMMAS:
            k += 1
        nxt = view.slot_starting(k)
        if nxt is None or nxt.entity.type != "Person" or not (
                nxt.clitic.startswith("و") or view.tokens[k - 1].text in _COMMAS):
            return out
        out.append(nxt)
        k = nxt.j


_COMMAS = frozenset(["،", ","])
_QUOTES = frozenset(['"', "»", "”", "'"])


def _person_after_description(view, k):
    """"النائب عن كتلة X، التابعة لحزب Y، Z": the person after the organisation's description
    set between commas (one opening with التابعة، المرتبطة، الموالية ...), or None."""
    toks = view.tokens
    while k < len(toks) and toks[k].text in _QUOTES:
        k += 1      # "القيادي في "كتيبة X" التابعة لـ Y، Z"
    if k < len(toks) and view.at.get(k) is None and view.has(k, PART_CUES | AFFIL_CUES | ENLISTED):
        k -= 1      # the description right after the name, with no comma
    else:
        end = min(len(toks) - 1, k + 2)
        while k < end and toks[k].text not in _COMMAS and view.at.get(k) is None:
            k += 1      # the name's last word the mention left out (كتلة الوفاء للمقاومة)
        if not (k + 1 < len(toks) and toks[k].text in _COMMAS
                and view.has(k + 1, PART_CUES | AFFIL_CUES | ENLISTED)):
            return None
    commas = 0
    for c in range(k + 2, min(len(toks), k + 16)):
        if toks[c].text in _COMMAS:
            s = view.slot_starting(c + 1)
            if s is None and c + 2 < len(toks) and toks[c + 1].norm in NAMING and view.at.get(c + 1) is None:
                s = view.slot_starting(c + 2)    # "قياديا في «X»، الفرع المصري لـ Y، يدعى Z"
            if s is not None and s.entity.type == "Person":
                return s
            # "التابعة لـ Y، الجناح العسكري لـ W، Z": one more apposition of the group, no more
            commas += 1
            if commas > 1 or c + 1 >= len(toks) or view.at.get(c + 1) is not None \
                    or not toks[c + 1].norm.startswith("ال"):
                return None
    return None


VICTIM_NOUNS = words("القتيل المقتول الضحية المعتقل الموقوف المستهدف القتيلان المعتقلان")
NAMING = words("يدعى يدعي ويدعى المدعو المدعوة ويدعي اسمه واسمه")


def _definite_member_adjective(tok):
    """البارز، الميداني، الإعلامي: the adjective of a definite member cue (القيادي البارز في X)."""
    n = tok.norm
    return n.startswith("ال") and n not in STOPWORDS and (n[2:] in MEMBER_ADJECTIVES or (
        n.endswith("ي") and len(n) > 6) or n.endswith("يه") and len(n) > 6)   # العناصر القيادية في X


def _member_adjective(tok):
    """سابق، بارز، ماليا، ميدانيا: an indefinite adjective between a member cue and its group."""
    n = tok.norm
    return n in MEMBER_ADJECTIVES or (not n.startswith("ال") and n.endswith(("يا", "ي")) and len(n) > 4
                                      and n not in STOPWORDS)


MEMBER_ADJECTIVES = words("سابق سابقا سابقة بارز بارزا بارزة كبير كبيرا رفيع رفيعا محلي محليا ميداني ميدانيا "
                          "عسكري عسكريا أمني أمنيا إعلامي إعلاميا مالي ماليا")
AMONG = words("بينهم بينهما بينهن منهم أحدهم أحدهما")
GROUP_NOUNS = words("عناصر عنصرا عنصرين مسلحين مسلحون مسلحا مقاتلين مقاتلون مقاتلا أعضاء عضوا أشخاص "
                    "شخصا أفراد انتمائهم انتمائه انتمائهما ينتمون ينتمي المنتمين المنتمون الموالين "
                    "قياديين قيادات "
                    # "متهما قادة في الاتحاد الوطني، بينهم X": the leaders of a body, some named
                    "قادة قياديون")
_GROUP_PREPS = words("من في إلى")
# the group's fighters, its name their construct, who lost some of their own: "مسلحي الجماعة
# فقدوا 15 عنصرا بينهم قائد ميداني يدعى X" (not "قتلوا 15 جنديا بينهم قائد": the dead are others)
FIGHTERS_OF = words("مسلحي مقاتلي")


# a commander named among the group's members: "بينهم قائد ميداني يدعى X"
AMONG_TITLES = words("قائد قائدا")


def _title_word(tok):
    n = tok.norm
    return (not n.isalnum() or n in PERSON_TITLES or n in TITLE_ADJECTIVES or n in MEMBER_CUES
            or n in NAMING or n in AMONG_TITLES or _member_adjective(tok))


def among_members(view, kb, out):
    """ثلاثة عناصر من تنظيم X ...، بينهم القيادي Y / أشخاص يشتبه في انتمائهم إلى X، بينهم Y."""
    toks = view.tokens
    for i in view.positions(AMONG):
        person = view.next_slot(i + 1, types=("Person",), max_gap=3)
        if person is not None and person.j - person.first == 1 and _member_adjective(toks[person.first]):
            continue     # "بينهم قائد ميداني": an adjective taken for a name
        if person is None or any(view.at.get(k) is not None or not _title_word(toks[k])
                                 for k in range(i + 1, person.i)):
            continue     # only titles between: "بينهم القيادي المحلي Y"
        # the group: the nearest organisation before, named as what a group noun belongs to
        org = view.prev_slot(i, types=("Organization",), same_clause=False)
        while org is not None:
            k = org.i - 1
            if not org.clitic and k >= 0 and view.has(k, GROUP_NOUNS):
                break    # "عناصر X، بينهم ...": the group noun's construct
            if not org.clitic and k >= 0 and view.has(k, FIGHTERS_OF) and view.has(i - 1, GROUP_NOUNS):
                break    # "مسلحي X فقدوا 15 عنصرا بينهم ..."
            if org.clitic.endswith(("ب", "ل")) or (k >= 0 and toks[k].norm in _GROUP_PREPS):
                k = k if org.clitic else k - 1
                if any(view.has(g, GROUP_NOUNS) for g in range(max(0, k - 3), k + 1)):
                    break
            org = None
        if org is not None:
            add(out, "memberOf", person, org, view, "member-among")


DELEGATION = words("وفد وفدا الوفد وفدًا")
DELEGATION_LEAD = words("برئاسة يرأسه يترأسه بقيادة")


def delegation_members(view, kb, out):
    """وفد من X برئاسة [القيادي] Y: Y is a member of X."""
    toks = view.tokens
    for i in view.positions(DELEGATION_LEAD):
        person = view.next_slot(i + 1, types=("Person",), max_gap=4)
        if person is None:
            continue
        org = view.prev_slot(i, types=("Organization",), max_gap=1)
        if org is None:
            continue
        k = org.i - 1
        if org.clitic:
            k = org.i
        if k >= 1 and (toks[k].norm == "من" or org.clitic.endswith("ل")) and view.has(k - 1, DELEGATION):
            add(out, "memberOf", person, org, view, "member-delegation")


def bridge_members(view, kb, out):
    """An earlier "قياديا بتنظيم X" names its leader later as "القيادي Y" (within 2 sentences)."""
    pending = view.pending
    pending[:] = [(o, v) for o, v in pending if view.sentence.start - v.sentence.end < 400]
    if not pending:
        return
    for s in view.slots:
        if s.entity.type != "Person" or s.i == 0:
            continue
        named = view.has(s.i - 1, MEMBER_CUES) or (
            # "... قياديا في X. وأوضح أن القتيل هو Y"
            s.i >= 2 and view.tokens[s.i - 1].norm in _COPULA and view.has(s.i - 2, VICTIM_NOUNS))
        if named and not (view.slot_starting(s.j) or None):
            org, _ = pending[-1]
            add(out, "memberOf", s, org, view, "member-bridge")
            pending.clear()
            return


def ranks_relations(view, kb, out):
    """"Y، الذي قاتل في صفوف X" / "Y في صفوف X": Y memberOf X (no member noun before)."""
    for i in view.positions(RANKS):
        org = view.slot_starting(i + 1)
        if org is None or org.entity.type != "Organization" or i == 0 or view.has(i - 1, MEMBER_CUES) \
                or (i >= 2 and view.has(i - 2, MEMBER_CUES)):
            continue      # "مقاتل في صفوف X" is read by member_relations
        person = view.prev_slot(i, types=("Person",), max_gap=4)
        if person is not None and not _his_men(view, person):
            add(out, "memberOf", person, org, view, "member-ranks")


# a person's men: "اندماج رجال صدام حسين السابقين في صفوف تنظيم X" (his men joined, not he)
HIS_MEN = words("رجال أنصار أتباع عناصر مقاتلي مؤيدي موالي")


def _his_men(view, person) -> bool:
    """Is the person named only as the one whose men are meant (right after رجال/أنصار ..., or
    past one title)?"""
    k = person.i - 1
    if k > 0 and view.at.get(k) is None and view.tokens[k].norm in PERSON_TITLES:
        k -= 1
    return k >= 0 and view.at.get(k) is None and view.has(k, HIS_MEN)


# "القيادي الحوثي X": a member named with the adjective of his group (جماعة الحوثي، الحوثيين)
NISBA_CUES = words("القيادي قيادي العنصر عنصر المقاتل مقاتل العضو عضو الناشط ناشط")
# adjectives that name a kind, not one group (المكتب السياسي، الحزب الإسلامي، الجيش الوطني)
GENERIC_NISBAS = words("السياسي العسكري الأمني الإعلامي الميداني المحلي الشعبي الوطني الإسلامي "
                       "الثوري الديمقراطي الاشتراكي العربي الشرعي الدولي الديني القبلي الجهادي "
                       "المسلح المعارض الحكومي الرسمي الإرهابي المتشدد السلفي الشيعي السني "
                       "الكردي الفلسطيني المركزي التنفيذي الميداني")


def _org_by_nisba(view):
    """The document's organisations by the stem of a word of their names (الحوثي، الحوثيين ->
    حوث), computed once per document."""
    index = view.doc_cache.get("nisba")
    if index is None:
        index = {}
        for e in view.doc.entities:
            if e.type != "Organization":
                continue
            for m in e.mentions:
                for w in norm(m.text).split():
                    w = w[2:] if w.startswith("ال") else w
                    for end in ("يين", "يون", "ي"):
                        if w.endswith(end) and len(w) - len(end) >= 3:
                            index.setdefault(w[:-len(end)], set()).add(e.id)
                            break
                    else:
                        if len(w) >= 3:
                            index.setdefault(w, set()).add(e.id)
        view.doc_cache["nisba"] = index
    return index


def _nisba_org(view, kb, tok):
    """The one organisation of the document an adjective (الحوثي، الداعشي) is made from."""
    n = tok.norm
    if not (n.startswith("ال") and n.endswith("ي") and len(n) >= 6) or n in GENERIC_NISBAS \
            or n in MEMBER_ADJECTIVES or n in TITLE_ADJECTIVES or kb.demonym(n):
        return None
    ids = _org_by_nisba(view).get(n[2:-1])
    if not ids or len(ids) != 1:
        return None
    return view.doc.entity(next(iter(ids)))


def nisba_members(view, kb, out):
    """"القيادي الحوثي X" / "X، القيادي الحوثي": X memberOf the group the adjective names."""
    toks = view.tokens
    for i in view.positions(NISBA_CUES):
        if i + 1 >= len(toks) or view.at.get(i + 1) is not None:
            continue
        org = _nisba_org(view, kb, toks[i + 1])
        if org is None:
            continue
        person = view.next_slot(i + 2, types=("Person",), max_gap=0)
        if person is None:
            person = view.prev_slot(i, types=("Person",), max_gap=0)
        if person is not None:
            add(out, "memberOf", person, Pseudo(org), view, "member-nisba")


# "X قائد كتيبة في Y"، "X، آمر سرية بـY": the commander of an unnamed unit of a group is its member
UNIT_COMMANDERS = words("قائد آمر مسؤول")
UNNAMED_UNITS = words("كتيبة سرية فصيل مجموعة خلية وحدة مفرزة فرقة")


# "قائد ميداني في Y X"، "X، وهو قائد عسكري في Y": a commander of some rank in the group, one of its
# members (not its head: that is "قائد Y")
FIELD_RANKS = words("ميداني ميدانيا عسكري عسكريا محلي محليا")
_COMMANDER = words("قائد قائدا")


def unit_commander_members(view, kb, out):
    """X قائد كتيبة في Y / قائد مجموعة في Y X / قائد ميداني في Y X: X memberOf Y."""
    toks = view.tokens
    for i in view.positions(UNIT_COMMANDERS):
        k = i + 1
        if k < len(toks) and view.at.get(k) is None and view.has(i, _COMMANDER) and view.has(k, FIELD_RANKS):
            _field_commander(view, out, i, k + 1)
            continue
        if k >= len(toks) or view.at.get(k) is not None or not view.has(k, UNNAMED_UNITS):
            continue
        k += 1
        if k < len(toks) and view.at.get(k) is None and _member_adjective(toks[k]):
            k += 1          # قائد كتيبة ميدانية
        org = view.slot_starting(k + 1) if k < len(toks) and toks[k].norm == "في" else view.slot_starting(k)
        if org is None or org.entity.type != "Organization" or (org.i == k and not org.clitic.endswith("ب")):
            continue
        m = i - 1
        if m >= 0 and toks[m].norm in _COPULA:
            m -= 1
        person = person_before(view, m + 1) or view.next_slot(org.j, types=("Person",), max_gap=0)
        if person is not None:
            add(out, "memberOf", person, org, view, "member-unit-commander")


def _field_commander(view, out, i, k):
    """The member after "قائد ميداني" at ``i`` whose group follows at ``k`` (في Y، بـY)."""
    toks = view.tokens
    if k >= len(toks):
        return
    org = view.slot_starting(k + 1) if toks[k].norm == "في" else view.slot_starting(k)
    if org is None or org.entity.type != "Organization" or (org.i == k and not org.clitic.endswith("ب")):
        return
    person = _member_named(view, i, view.stems(i), org)
    if person is not None:
        add(out, "memberOf", person, org, view, "member-field-commander")


# "قتل X و14 عنصرا آخرين من تنظيم Y": X is one of the group's fighters too
OTHERS = words("آخرين آخرون آخر")
_FROM_IN = words("من في")


def others_of_the_group(view, kb, out):
    """X وN مسلحين آخرين من Y / X مع N عناصر آخرين في Y: X memberOf Y."""
    toks = view.tokens
    for i in view.positions(OTHERS):
        if i < 2 or not view.has(i - 1, GROUP_NOUNS) or i + 1 >= len(toks) or not view.has(i + 1, _FROM_IN):
            continue
        org = view.next_slot(i + 2, types=("Organization",), max_gap=1)
        # (not one named in a genitive after ل: "الشقيق الأصغر للملا عمر، وقادة آخرين في الحركة")
        person = view.prev_slot(i - 1, types=("Person",), max_gap=2)
        if org is not None and person is not None and not _after_lam(view, person):
            add(out, "memberOf", person, org, view, "member-others")


def _after_lam(view, person):
    """Is the person named after ل, on the name or on the title before it ("للملا X")?"""
    if person.clitic.endswith("ل"):
        return True
    k = person.i - 1
    return k >= 0 and view.at.get(k) is None and any(
        c.endswith("ل") and st in PERSON_TITLES for c, st in strip_clitics(view.tokens[k].norm))


# "العميد السابق في جيش X Y"، "النقيب في الجيش Y": an officer's rank in a force (not الفريق, also a team)
MILITARY_RANKS = words("العميد العقيد اللواء الرائد النقيب المقدم الملازم العماد الجنرال الضابط الجندي المجند "
                       "عميد عقيد رائد نقيب مقدم ملازم ضابط")
_FORCES = frozenset(["ArmedForce", "ArmedGroup"])
# a police or security body the tagger may type as a government body: "الضابط في الشرطة الصومالية"
FORCE_HEADS = words("الشرطة شرطة الأمن قوات القوات")


def _a_force(view, s):
    """Is the organisation slot ``s`` an armed force or group, or a police or security body?"""
    return s.entity.subtype in _FORCES or view.has(s.i, FORCE_HEADS)


# the ranks that describe a person named before them, after a comma: "X، الضابط في الشرطة"
DEFINITE_RANKS = words("الضابط الجندي المجند الرقيب العريف")


def rank_members(view, kb, out):
    """العميد [السابق] في جيش X Y / ضابط بالجيش X Y: Y memberOf the force."""
    toks = view.tokens
    for i in view.positions(MILITARY_RANKS):
        if view.at.get(i) is not None:
            continue
        c = i + 1
        if c < len(toks) and view.at.get(c) is None and (
                _member_adjective(toks[c]) or _definite_member_adjective(toks[c])):
            c += 1
        if c < len(toks) and view.has(c, _IN) and view.at.get(c) is None:
            c += 1
        force = view.slot_starting(c)
        if force is None or force.entity.type != "Organization" or not _a_force(view, force) \
                or (c == i + 1 and not force.clitic.endswith("ب")):
            continue
        person = view.next_slot(force.j, types=("Person",), max_gap=0)
        if person is None and view.has(i, DEFINITE_RANKS) and i > 0 and toks[i - 1].text in _COMMAS:
            person = view.prev_slot(i, types=("Person",), max_gap=0)   # "X، الضابط في الشرطة"
        if person is not None:
            add(out, "memberOf", person, force, view, "member-rank")



# a group's official for a place: "مسؤول حركة فتح في صيدا، X"، "مسؤول الحركة في منطقة صيدا X"
# (the post is in the group: a member); only a group's (a ministry's official holds a post)
OFFICIAL_OF = words("مسؤول")
_IN_OR_AT = words("في ب")
PLACE_WORDS = words("منطقة مدينة محافظة ولاية إقليم مخيم")
_OFFICIAL_GROUPS = ("ArmedGroup", "PoliticalOrganization")


def _past_the_place(view, k):
    """The index after "في (منطقة) X" / "بـ X" (a place) from token ``k``, else ``k``."""
    toks = view.tokens
    s = view.slot_starting(k)
    if s is not None and s.entity.type == "Place" and s.clitic.endswith("ب"):
        return s.j
    if k + 1 < len(toks) and toks[k].norm in _IN_OR_AT and view.at.get(k) is None:
        m = k + 1
        if view.at.get(m) is None and toks[m].norm in PLACE_WORDS:
            m += 1
        s = view.slot_starting(m)
        if s is not None and s.entity.type == "Place":
            return s.j
    return k


def group_official_members(view, kb, out):
    """مسؤول حركة X في Y، Z -> Z memberOf X."""
    toks = view.tokens
    for i in view.positions(OFFICIAL_OF):
        if toks[i].norm not in OFFICIAL_OF or view.at.get(i) is not None:
            continue      # the bare construct only (not "المسؤول"، "مسؤولا عن")
        org = view.slot_starting(i + 1)
        if org is None or org.clitic or org.entity.type != "Organization" \
                or org.entity.subtype not in _OFFICIAL_GROUPS:
            continue
        k = _past_the_place(view, org.j)
        person = view.slot_starting(k + 1 if k < len(toks) and toks[k].text in _COMMAS else k) \
            or person_after_titles(view, k)
        if person is not None and person.entity.type == "Person" and not person.clitic.startswith("و"):
            # (not "X، مسؤول جماعة Y في بلجيكا، وZ": the next of a list)
            add(out, "memberOf", person, org, view, "member-official")
