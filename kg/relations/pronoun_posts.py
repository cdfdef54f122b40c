"""Posts named with a pronoun for what they are held in: "حركة X ... زعيمها Y"،
"تنظيم X ... قائده Y"، "رئيس حركة X سامر ونائبه عادل".
"""
from __future__ import annotations

from kg.lexicon import PERSON_TITLES, SPEECH_VERBS
from kg.normalize import norm
from kg.relations.common import Pseudo, add, in_pp, past_words, words
from kg.relations.posts import BESIDE_WORDS, SPOKES, post_holder

# a post with a pronoun for what it is held in: "حركة X ... زعيمها Y"، "تنظيم X ... قائده Y".
# ة and ه are one letter once normalised (زعيمة = زعيمه): the rule asks for the holder
# right after the word, so "زعيمة المعارضة" (a construct) gives nothing.
PRONOUN_POSTS = {w: (kind, gender) for kind, gender, ws in (
    ("leaderOf", "F", "زعيمها قائدها رئيسها أميرها"),
    ("leaderOf", "M", "زعيمه قائده رئيسه أميره"),
    ("leaderOf", None, "زعيمهم قائدهم رئيسهم أميرهم"),
    # a woman in the post, or a director: "رئيستها X"، "مديرته التنفيذية X"، "مديرها العام X"
    ("leaderOf", "F", "رئيستها زعيمتها قائدتها مديرها مديرتها"),
    ("leaderOf", "M", "رئيسته مديره مديرته"),
    # a secretary general, only with العام after: "أمينها العام X" (أمينه alone is a trustee)
    ("leaderOf", "F", "أمينها أمينتها"),
    ("leaderOf", "M", "أمينه أمينته"),
    ("leaderOf", None, "أمينهم"),
) for w in words(ws)}
# the pronoun posts that need the word "general" right after them
NEEDS_GENERAL = words("أمينها أمينتها أمينه أمينته أمينهم")
_GENERAL = words("العام العامة")
_PRONOUN_POST_WORDS = frozenset(PRONOUN_POSTS)
# the first word of an organisation's name tells its gender: حركة (she), تنظيم (he)
FEMININE_HEADS = words("حركة الحركة جماعة الجماعة جبهة الجبهة هيئة الهيئة منظمة المنظمة قوات القوات "
                       "كتائب الكتائب ميليشيا الميليشيا ميليشيات مليشيات سرايا السرايا دولة الدولة "
                       "وزارة الوزارة حكومة الحكومة شركة الشركة جمعية الجمعية رابطة الرابطة المملكة "
                       "الجمهورية جمهورية كتيبة الكتيبة "
                       # plurals of things agree as "she": "وحدات حماية الشعب ... المتحدثة باسمها"
                       "وحدات الوحدات ألوية الألوية فصائل الفصائل")
MASCULINE_HEADS = words("تنظيم التنظيم حزب الحزب جيش الجيش مجلس المجلس تحالف التحالف ائتلاف الائتلاف "
                        "لواء اللواء فيلق الفيلق جهاز الجهاز اتحاد الاتحاد فصيل الفصيل الحرس مكتب "
                        "المكتب حلف الحلف")


# a group the text does not name, which a pronoun after it refers to rather than to a named one
UNNAMED_GROUPS = words("خلية الخلية مجموعة المجموعة عصابة العصابة شبكة الشبكة")


def _gender(slot, view=None):
    """"F", "M" or None (unknown) for an organisation or a country, from its name, or from
    the head noun written before it (لتنظيم "الدولة الإسلامية": he)."""
    first = norm(slot.mention.text).split()
    if not first:
        return None
    head = first[0]
    i = getattr(slot, "i", 0)
    if view is not None and slot.entity.type == "Organization" and i > 0:
        before = view.stems(i - 1)
        if before & MASCULINE_HEADS:
            return "M"
        if before & FEMININE_HEADS:
            return "F"
    if slot.entity.type == "Place":
        # العراق، اليمن، السودان (he); مصر، سوريا، المملكة (she)
        return "M" if head.startswith("ال") and len(first) == 1 and not head.endswith("ه") else "F"
    if head in FEMININE_HEADS:
        return "F"
    if head in MASCULINE_HEADS:
        return "M"
    if len(first) == 1 and head.startswith("ال") and head.endswith("ه") and len(head) > 4:
        return "F"        # المعارضة، الحكومة: a definite noun in ة is feminine
    return None


# how far back (tokens) a pronoun's antecedent may be; from the sentence before, only for a
# pronoun near the start of its own
ANTECEDENT_REACH = 10


def _antecedent(view, i, gender):
    """The organisation or country a pronoun at token ``i`` refers to: the nearest one before
    it in the sentence, else in the sentence before, whose gender agrees."""
    def fits(s, own=view):
        """``own``: the view of the sentence the slot is in (its token positions are that view's)."""
        if s.entity.type == "Place" and s.entity.subtype != "Country":
            return False
        if s.entity.subtype == "MediaOrganization" or (hasattr(s, "i") and _named_as_medium(own, s)):
            return False      # "على صفحته على موقع «فيسبوك» ... زعيمهم X": a medium is no group
            #                   the pronoun stands for
        g = _gender(s, own if hasattr(s, "i") else None)
        return gender is None or g is None or g == gender
    if any(view.has(k, UNNAMED_GROUPS) and view.at.get(k) is None for k in range(i)):
        return None       # "قوات X ألقت القبض على أفراد الخلية، وإن زعيمها Y": the cell's
    for s in reversed([s for s in view.slots if i - ANTECEDENT_REACH <= s.j <= i]):
        if s.entity.type in ("Organization", "Place") and fits(s):
            return s
    before = getattr(view, "previous", None)
    if before is not None and i < ANTECEDENT_REACH // 2:
        for s in reversed(before.slots):
            if s.entity.type in ("Organization", "Place") and fits(s, before):
                return Pseudo(s.entity)
    return None


# words that name what follows as a medium: "على موقع «فيسبوك»"، "عبر حسابها على تويتر"
MEDIUM_WORDS = words("موقع صفحة حساب منصة موقعها صفحتها حسابها موقعه صفحته حسابه")


def _named_as_medium(view, slot) -> bool:
    """Is the slot named right after a word for a site, page or account (a quote between)?"""
    k = slot.i - 1
    if k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    return k >= 0 and view.has(k, MEDIUM_WORDS)


def pronoun_post_relations(view, kb, out):
    """"وقتل زعيمها التاريخي الشيخ Y" (حركة X before): Y leaderOf X."""
    for i in view.positions(_PRONOUN_POST_WORDS):
        # the word or its reading without a conjunction: "وزعيمها Y"
        kind, gender = next((PRONOUN_POSTS[st] for st in sorted(view.stems(i)) if st in PRONOUN_POSTS),
                            (None, None))
        if kind is None or view.at.get(i) is not None:
            continue
        if view.has(i, NEEDS_GENERAL) and not view.has(i + 1, _GENERAL):
            continue
        regional = _regional(view, i)
        if regional and kind != "leaderOf":
            continue      # "مديرها في الشرق الأوسط X": its head for a region, not its head
        person, _ = post_holder(view, kb, i, i + 1, kind)
        if person is None or person.i < i:
            continue      # the holder right after: "زعيمة المعارضة" is no pronoun
        whole = _antecedent(view, i, gender)
        if regional:
            # "أعلن الجيش الحر مقتل قائده العسكري في حمص X": a group's commander for a region
            # is its member (a firm's regional director is left alone)
            if whole is not None and hasattr(whole, "j") and whole.entity.type == "Organization" \
                    and whole.entity.subtype in REGIONAL_MEMBER_GROUPS:
                add(out, "memberOf", person, whole, view, "post-pronoun-regional")
            continue
        whole = _topic_past_its_aside(view, i, gender, whole) or whole or _topic_alone_before(view, i, gender)
        if whole is not None and i > 0 and view.has(i - 1, BESIDE_WORDS):
            # "نائب أمينه العام X"، "مساعد قائدها X": a post beside the head's
            add(out, "positionIn", person, whole, view, "post-pronoun-deputy")
        elif whole is not None:
            add(out, kind, person, whole, view, "post-pronoun")


def _topic_alone_before(view, i, gender):
    """The sentence's subject when it is the only organisation or country named before the
    pronoun at ``i``, however far ("هدد حزب X بالرد على قصف استهدف مقرا في حي Y بمدينة Z أمس،
    وقال أمينه العام W": only places between), else None."""
    if i < 2 or not view.has(i - 1, SPEECH_VERBS) or view.tokens[i - 2].text not in ("،", ","):
        return None       # only "، وقال أمينه العام X": a new clause of the subject's own speaker
    if any(view.has(k, UNNAMED_GROUPS) and view.at.get(k) is None for k in range(i)):
        return None
    topic = _sentence_topic(view, i, gender)
    if topic is None or in_pp(view, topic):
        return None
    for s in view.slots:
        if topic.j <= s.i < i and s.entity.id != topic.entity.id and (
                s.entity.type == "Organization" or s.entity.type == "Place" and s.entity.subtype in ("Country", None)):
            return None
    return topic


def _topic_past_its_aside(view, i, gender, nearest):
    """The sentence's subject when the nearest body is named in an aside on it ("وكان مجلس X،
    المنضوي في صفوف قسد، قد أعلن أن قائده Y": the council, not قسد), else None."""
    if nearest is not None and not hasattr(nearest, "j"):
        return None       # a body of the sentence before
    topic = _sentence_topic(view, i, gender)
    if topic is None or nearest is not None and (
            topic.entity.id == nearest.entity.id or nearest.i < topic.j):
        return None
    toks = view.tokens
    k = topic.j
    while k < i and toks[k].norm in ("»", '"', "”", ")"):
        k += 1
    if k >= i or toks[k].text not in ("،", ","):
        return None       # no aside opens right after the subject
    closing = nearest.j if nearest is not None else k + 1
    return topic if any(toks[m].text in ("،", ",") for m in range(closing, i)) else None


_IN = words("في")
_POST_TAIL = words("العام العامة التنفيذي التنفيذية الميداني العسكري")


REGIONAL = words("الإقليمي الإقليمية")
# the bodies whose head for a region is their member (an armed or political group's)
REGIONAL_MEMBER_GROUPS = frozenset(["ArmedGroup", "PoliticalOrganization"])


def _regional(view, i):
    """Is the pronoun post at ``i`` held for a region: "في" right after it (past its adjectives)?"""
    k = i + 1
    while k < len(view.tokens) and view.has(k, _POST_TAIL):
        k += 1
    # "مديرها الإقليمي X": its head for a region, named by the adjective
    return k < len(view.tokens) and (view.tokens[k].norm == "في" or view.tokens[k].norm in REGIONAL)


# "المتحدث باسمها X" with no organisation before it in the sentence: the one named in the
# sentence before ("أصدرت وزارة X بيانا. وقال المتحدث باسمها العقيد Y"); posts.py relates
# the pronoun to an organisation of its own sentence
ON_ITS_BEHALF = {w: g for g, ws in (("F", "باسمها"), ("M", "باسمه")) for w in words(ws)}


def pronoun_spokes_relations(view, kb, out):
    """"المتحدث باسمها Y" (an organisation named in the sentence before): Y spokespersonOf it."""
    for i in view.positions(frozenset(ON_ITS_BEHALF)):
        if i == 0 or not view.has(i - 1, SPOKES) or view.at.get(i) is not None:   # المتحدث، المتحدثة
            continue
        if any(s.entity.type == "Organization" and s.i < i for s in view.slots):
            continue      # an organisation of its own sentence: posts.py
        person, _ = post_holder(view, kb, i - 1, i + 1, "spokespersonOf")
        if person is None or person.i < i and not _apposed_before(view, person, i - 1):
            continue
        # "وقالت X، المتحدثة باسمها، إن": the pronoun read from where the apposed name starts
        whole = _antecedent(view, min(i, person.i), ON_ITS_BEHALF[view.tokens[i].norm])
        if whole is not None and whole.entity.type == "Organization":
            add(out, "spokespersonOf", person, whole, view, "spokes-pronoun")


def _apposed_before(view, person, i):
    """Is ``person`` named right before the post word at ``i``, a comma between ("X، المتحدثة")?"""
    return person.j == i - 1 and view.tokens[i - 1].text in ("،", ",")


# "رئيس الحركة X ونائبه Y": the deputy holds a post in what the person before leads
DEPUTIES = words("نائبه نائبيه ونائبه ونائبيه نوابه")
TWO_DEPUTIES = words("نائبيه ونائبيه")
# how many words the first deputy's description may take before the second is named
SECOND_DEPUTY_REACH = 8


def deputy_relations(view, kb, out):
    """"رئيس حركة X سامر ونائبه عادل": عادل positionIn X (the leader's body, told just before)."""
    for i in view.positions(DEPUTIES):
        if view.at.get(i) is not None:
            continue
        leader = view.prev_slot(i, types=("Person",), max_gap=2)
        deputy = view.next_slot(i + 1, types=("Person",), max_gap=2)
        if leader is None or deputy is None:
            continue
        led = [r for r in out if r.type == "leaderOf" and r.head == leader.entity.id
               and r.evidence == [view.span]]
        if not led:
            # "اختيار X ونائبيه Y وZ": what X was said to lead earlier in the text (one body only)
            led = list({r.tail: r for r in out if r.type == "leaderOf" and r.head == leader.entity.id
                        and view.doc.entity(r.tail).type == "Organization"}.values())
        if len(led) != 1:
            continue
        body = Pseudo(view.doc.entity(led[0].tail))
        add(out, "positionIn", deputy, body, view, "post-deputy", post="نائب")
        others = view.coordinated_after(deputy, types=("Person",))
        if not others and view.has(i, TWO_DEPUTIES):
            # "ونائبيه Y، المسؤول عن ...، وZ": the second of the two past Y's description
            second = view.next_slot(deputy.j, types=("Person",), max_gap=SECOND_DEPUTY_REACH)
            others = [second] if second is not None and second.clitic.startswith("و") else []
        for other in others:
            add(out, "positionIn", other, body, view, "post-deputy", post="نائب")   # ونائبيه Y وZ


# members named with a pronoun for their group: "القيادي فيها X"، "أحد عناصره، ويدعى X"
MEMBER_NOUNS = words("القيادي القيادية قيادي عضو العضو عنصر العنصر")
_IN_IT = {w: g for g, ws in (("F", "فيها بها منها"), ("M", "فيه به منه")) for w in words(ws)}
RANKS_OF_IT = {w: g for g, ws in (
    ("F", "عناصرها أعضائها قيادييها مقاتليها قادتها"),
    ("M", "عناصره أعضائه قيادييه مقاتليه قادته"),
) for w in words(ws)}
_ONE_OF = words("أحد إحدى أبرز")
# words between the rank and the name: "أحد عناصره، ويدعى X"، "أحد قادتها البارزين X"
_CALLED = words("يدعى ويدعى المدعو اسمه ويسمى يسمى البارزين البارز "
                # "أحد قادتها الميدانيين المعروف باسم X"، "أحد عناصره الملقب بـ X"
                "الميدانيين الميداني العسكريين المعروف المعروفة الملقب الملقبة باسم")


# "القيادي في صفوفه X": a member in the ranks of the group the pronoun refers to
IN_ITS_RANKS = {w: g for g, ws in (("F", "صفوفها"), ("M", "صفوفه"), (None, "صفوفهم")) for w in words(ws)}
# how far into its sentence the group a pronoun may refer to is named as the subject:
# "وكان حزب X، الذي ...، قد نعى القيادي في صفوفه Y"
TOPIC_REACH = 3


def _sentence_topic(view, i, gender):
    """The organisation named at the start of the sentence (its subject), when its gender
    agrees with the pronoun at ``i``: the antecedent a pronoun far from it refers to."""
    s = next((s for s in view.slots if s.i <= TOPIC_REACH and s.i < i), None)
    if s is None or s.entity.type != "Organization":
        return None
    g = _gender(s, view)
    return s if gender is None or g is None or g == gender else None


# how far back in its sentence a group may be named for "أحد قادتها X" when nothing nearer
# fits: "مسلحين من جماعة Y على بلدة Z في ولاية W، وقتلت 12 منهم، بينهم أحد قادتها X"
AGREEING_REACH = 25


def _agreeing_group(view, i, gender):
    """The nearest organisation before ``i`` in its sentence whose name's gender is known and
    agrees with the pronoun's (an unknown gender does not stand for it so far back)."""
    if gender is None:
        return None
    for s in reversed([s for s in view.slots if i - AGREEING_REACH <= s.j <= i]):
        if s.entity.type == "Organization" and _gender(s, view) == gender:
            return s
    return None


def pronoun_member_relations(view, kb, out):
    """"القيادي فيها X"، "أحد عناصره، ويدعى X"، "القيادي في صفوفه X" (حركة/تنظيم Y before):
    X memberOf Y."""
    toks = view.tokens
    for i in view.positions(frozenset(_IN_IT) | frozenset(RANKS_OF_IT) | frozenset(IN_ITS_RANKS)):
        if view.at.get(i) is not None:
            continue
        n = toks[i].norm
        if n in IN_ITS_RANKS:
            if i < 2 or not view.has(i - 1, _IN) or not view.has(i - 2, MEMBER_NOUNS):
                continue
            gender = IN_ITS_RANKS[n]
        elif n in _IN_IT:
            if i == 0 or not view.has(i - 1, MEMBER_NOUNS):
                continue
            gender = _IN_IT[n]
        elif i > 0 and view.has(i - 1, _ONE_OF):
            gender = RANKS_OF_IT.get(n)
        else:
            continue
        k = i + 1
        while k < len(toks) and k - i <= 4 and view.at.get(k) is None and (
                not toks[k].norm.isalnum() or view.has(k, _CALLED)):
            k += 1
        person = view.slot_starting(k)
        if person is None or person.entity.type != "Person":
            continue
        whole = _antecedent(view, i, gender)
        if whole is None and n in IN_ITS_RANKS:
            whole = _sentence_topic(view, i, gender)
        if whole is None and n in RANKS_OF_IT:
            whole = _agreeing_group(view, i, gender)
        if whole is not None and whole.entity.type == "Organization":
            add(out, "memberOf", person, whole, view, "member-pronoun")


# a unit of the group named with a pronoun for it: "عضو مكتبها السياسي X"، "رئيس مجلسها السياسي
# الأعلى X"، "عضو مجلس شوراه X": the unit's member or head is one of the group's members
UNITS_OF_IT = {w: g for g, ws in (
    ("F", "مكتبها مجلسها لجنتها هيئتها شوراها"),
    ("M", "مكتبه مجلسه لجنته هيئته شوراه"),
) for w in words(ws)}
UNIT_POSTS = MEMBER_NOUNS | words("رئيس رئيسة أعضاء مجلس")
# groups whose units' members are their members (a ministry's office is a post in a state)
_GROUPS = frozenset(["ArmedGroup", "PoliticalOrganization"])
# the unit's adjectives before the name: السياسي، الأعلى، المركزية
UNIT_ADJECTIVES_REACH = 3


def pronoun_unit_members(view, kb, out):
    """"عضو مكتبها السياسي X" (حركة Y before): X memberOf Y."""
    toks = view.tokens
    for i in view.positions(frozenset(UNITS_OF_IT)):
        if i == 0 or view.at.get(i) is not None or not view.has(i - 1, UNIT_POSTS):
            continue
        k = i + 1
        while k < min(len(toks), i + 1 + UNIT_ADJECTIVES_REACH) and view.at.get(k) is None \
                and toks[k].norm.startswith("ال") and toks[k].norm.isalpha():
            k += 1
        k = past_words(view, k, PERSON_TITLES)
        person = view.slot_starting(k)
        if person is None or person.entity.type != "Person":
            continue
        gender = next((UNITS_OF_IT[st] for st in sorted(view.stems(i)) if st in UNITS_OF_IT), None)
        whole = _antecedent(view, i, gender)
        if whole is not None and whole.entity.type == "Organization" and whole.entity.subtype in _GROUPS:
            add(out, "memberOf", person, whole, view, "member-pronoun-unit")


# a place's governor named with a pronoun for it: "في محافظة X ...، والتقى محافظها Y"، "مدينة X،
# عاصمة محافظة Z، قال محافظها Y"؛ only the feminine forms (محافظه reads as محافظة, واليه as وإليه)
GOVERNORS_OF_IT = words("محافظها حاكمها واليها")
# the state's head of government: "رحبت تركيا ...، وقال رئيس وزرائها Y" (a post in the state)
GOVERNMENT_OF_IT = words("وزرائها حكومتها")
_HEAD = words("رئيس")
# the heads that name an administrative division, preferred as the governed place
_DIVISIONS = words("محافظة ولاية إقليم مقاطعة المحافظة الولاية الإقليم المقاطعة")


def _governed_place(view, i):
    """The place a governor's pronoun at ``i`` refers to: the nearest place before it in the
    sentence that is no country (a named division first), else in the sentence before for a
    pronoun near the start of its own."""
    def candidates(v, end):
        return [s for s in v.slots if s.j <= end and s.entity.type == "Place" and s.entity.subtype != "Country"]
    near = [s for s in candidates(view, i) if i - ANTECEDENT_REACH <= s.j]
    before = getattr(view, "previous", None)
    if not near and before is not None and i < ANTECEDENT_REACH // 2:
        near = candidates(before, len(before.tokens))
        pick = lambda s: Pseudo(s.entity)   # noqa: E731 (a slot of another sentence)
    else:
        pick = lambda s: s                  # noqa: E731
    if not near:
        return None
    divisions = [s for s in near if norm(s.mention.text).split()[0] in _DIVISIONS]
    return pick((divisions or near)[-1])


def pronoun_place_posts(view, kb, out):
    """"محافظة X ...، قال محافظها Y": Y leaderOf X; "تركيا ...، رئيس وزرائها Y": Y positionIn Turkey."""
    for i in view.positions(GOVERNORS_OF_IT | GOVERNMENT_OF_IT):
        if view.at.get(i) is not None or "إ" in view.tokens[i].text:
            continue          # "وإليها": and to it
        if view.has(i, GOVERNMENT_OF_IT):
            if i == 0 or not view.has(i - 1, _HEAD):
                continue
            person, _ = post_holder(view, kb, i - 1, i + 1, "positionIn")
            whole = _antecedent(view, i - 1, None)   # a country of either gender
            if person is not None and person.i > i and whole is not None \
                    and whole.entity.type == "Place" and whole.entity.subtype == "Country":
                add(out, "positionIn", person, whole, view, "post-pronoun-government")
            continue
        person, _ = post_holder(view, kb, i, i + 1, "leaderOf")
        if person is None or person.i < i:
            continue
        place = _governed_place(view, i)
        if place is not None:
            add(out, "leaderOf", person, place, view, "post-pronoun-governor")
