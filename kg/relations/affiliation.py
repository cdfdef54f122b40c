"""Affiliation: X على صلة بـ Y، X المقرب من Y، X الموالية لـ Y، X المبايعة لـ Y.
"""
from __future__ import annotations

from kg.lexicon import LEADER_POSTS, ORG_HEADS, PERSON_TITLES
from kg.relations.common import AFFIL_CUES, MEMBER_PREPS, add, against, in_pp, subject_before_relative_aside, words
from kg.relations.parts import is_province

_MODIFIER_PREPS = words("من مع")
STATE_BACKING = words("المدعوم المدعومة المدعومين المدعومون مدعوم مدعومة المتحالف المتحالفة المتحالفين "
                      "الموالي الموالية الموالين موالية")
EVENT_NOUNS = words("هجوم بهجوم كمين بكمين هجمات تفجير غارة غارات ضربة ضربات مقتل عملية اغتيال قصف")


def affiliation_relations(view, kb, out):
    """X على صلة بـ Y / X المقرب من Y / X الموالية لـ Y / X المبايعة لـ Y (allegiance)."""
    for i in view.positions(AFFIL_CUES):
        if view.at.get(i) is not None:
            continue
        if i + 1 < len(view.tokens) and view.has(i + 1, WITH_IT):
            _affiliated_with_antecedent(view, i, out)
            continue
        if _unnamed_complement(view, i):
            continue      # "القوات الموالية للشرعية لـ«الشرق الأوسط»": loyal to no one named
        tail = view.next_slot(i + 1, types=("Person", "Organization", "Place"), max_gap=3,
                              stop=EVENT_NOUNS)
        if tail is not None and tail.entity.type == "Place" and not (
                tail.entity.subtype == "Country" and view.has(i, STATE_BACKING) and (
                    tail.i == i + 1 and tail.clitic.endswith("ل")
                    or tail.i == i + 2 and view.tokens[i + 1].norm in _MODIFIER_PREPS)):
            continue   # a state backs or allies with a group (المدعومة من تركيا); a town does not
        if _describes_unnamed_noun(view, i):
            continue
        head = view.prev_slot(i, types=("Person", "Organization"), max_gap=8)
        head = _first_adjectives_head(view, i, head)
        if head is not None and head.entity.type == "Organization":
            # "قياديا بتنظيم القاعدة على صلة ب...": the person, not their organisation
            p = view.prev_slot(head.i, types=("Person",), max_gap=1)
            if p is not None and (head.clitic.endswith("ب") or view.has(head.i - 1, MEMBER_PREPS)):
                head = p
        if head and tail:
            add(out, "affiliatedWith", head, tail, view, "affiliation-cue")



def _unnamed_complement(view, i) -> bool:
    """Is the cue's complement a common noun glued to its preposition right after it (للشرعية،
    بالحكومة), no title, and no name after it: what comes further is no one the cue relates to?"""
    k = i + 1
    if k >= len(view.tokens) or view.at.get(k) is not None:
        return False
    n = view.tokens[k].norm
    if not (n.startswith(("لل", "بال")) and len(n) > 4):
        return False
    stem = "ال" + n[2:] if n.startswith("لل") else n[1:]
    # (a title or post before a name is no complement: "الموالية للرئيس X"، "للمخلوع X")
    after = view.slot_starting(k + 1)
    named_after = after is not None and not after.clitic and view.tokens[k + 1].norm not in _PREPOSITIONS_ALONE
    return not named_after and stem not in PERSON_TITLES and stem[2:] not in PERSON_TITLES


# a preposition written apart before a quoted name: "لـ«الشرق الأوسط»"
_PREPOSITIONS_ALONE = frozenset(("ل", "ب"))


# a first adjective with its complement, before the cue joined to it by و: "X، المنشق عن Y
# والموالي لـ Z"، "X المرتبطة بـ Y والمدعومة من Z"
FIRST_ADJECTIVE_PREPS = words("عن من ب ل مع")


def _first_adjectives_head(view, i, head):
    """The head the cue at ``i`` describes: when the cue is joined by و to an adjective before
    it whose complement is ``head`` ("X، المنشق عن Y والموالي لـ Z"), the name before that
    adjective (X), else ``head``."""
    toks = view.tokens
    if head is None or not toks[i].norm.startswith("و") or head.j != i:
        return head
    k = head.i - 1
    if k >= 0 and view.at.get(k) is None and toks[k].norm in FIRST_ADJECTIVE_PREPS:
        k -= 1       # "المنشق عن Y": the preposition as a word
    elif not (head.clitic and head.clitic[-1] in "بل"):
        return head  # "بـ Y"، "لـ Y": the preposition on the name
    if k < 1 or view.at.get(k) is not None or not toks[k].norm.startswith("ال") \
            or not (view.has(k, AFFIL_CUES) or view.has(k, STATE_BACKING) or view.has(k, _SPLIT_WORDS)):
        return head
    first = view.prev_slot(k, types=("Person", "Organization"), max_gap=0)
    return first if first is not None else head


def _describes_unnamed_noun(view, i):
    """Is the cue an adjective of the unnamed noun right before it: "اتهمت الحكومة
    الانفصاليين الموالين لروسيا"، "الحوثيين والقوات الموالية لصالح" (the separatists, the
    forces are allied, not the body named before them)? A nisba adjective of the name
    (حركة الشباب الصومالية المرتبطة بـ) is no such noun."""
    k = i - 1
    if k >= 0 and _bare_kind_nominal(view, k):
        return True
    if k < 0 or view.at.get(k) is not None:
        return False
    n = view.tokens[k].norm
    n = n[1:] if n.startswith("وال") else n
    return (n.startswith("ال") and len(n) > 4 and not n.endswith(("ي", "يه"))) or view.has(k, UNNAMED_BODIES) \
        or _unnamed_noun_and_adjective(view, k) or _unnamed_body_and_nisba(view, k)


def _bare_kind_nominal(view, k):
    """"دربهم الجيش الأمريكي ... حتى لو هاجمتهم القوات الموالية للرئيس X": the token at ``k`` a
    body's kind alone with the article (القوات، الميليشيات), read as a nominal mention of a body
    named before; the cue after it makes it another body, the one loyal or allied to X."""
    s = view.at.get(k)
    return s is not None and s.mention.nominal and s.i == k and s.j == k + 1 \
        and view.has(k, DEFINITE_UNNAMED_BODIES)


def _unnamed_body_and_nisba(view, k):
    """"بعد أن طردت القوات الحوثية الموالية لإيران": the token at ``k`` a definite nisba after a
    body's kind with the article (القوات، الميليشيات), in no name (the kind at most a nominal
    mention of a body named before, which the nisba makes another): those forces are loyal,
    not the body named before them."""
    n = view.tokens[k].norm
    kind = view.at.get(k - 1) if k > 0 else None
    return k > 0 and n.startswith("ال") and n.endswith(("ي", "يه")) and (kind is None or kind.mention.nominal) \
        and view.has(k - 1, DEFINITE_UNNAMED_BODIES)


def _unnamed_noun_and_adjective(view, k):
    """"عناصر متشددة مرتبطة بـ X": the token at ``k`` an indefinite adjective of an unnamed body
    right before it (no entity in either)."""
    n = view.tokens[k].norm
    return k > 0 and n.isalpha() and not n.startswith(("ال", "و")) and view.at.get(k - 1) is None \
        and view.has(k - 1, UNNAMED_BODIES)


# bodies named by their kind, without the article: "مقاتلين موالين لـ X"، "قوات موالية لـ X"
UNNAMED_BODIES = words("مقاتلين مقاتلون مسلحين مسلحون عناصر قوات ميليشيات مليشيات جماعات فصائل كتائب "
                       "مجموعات وحدات")


# the same kinds with the article: "القوات الحوثية"، "الميليشيات الطائفية"
DEFINITE_UNNAMED_BODIES = words("القوات الميليشيات المليشيات العناصر الجماعات الفصائل الكتائب الوحدات "
                                "المجموعات المقاتلين المسلحين")


# the cue's other side as a pronoun: "قوات X وميليشيا Y المتحالفة معها"
WITH_IT = words("معها معه معهم لها له لهم بها به بهم منها منه منهم")


def _affiliated_with_antecedent(view, i, out):
    """"قوات النظام ومليشيا Y المتحالف معها": Y affiliatedWith the body named before Y."""
    head = view.prev_slot(i, types=("Person", "Organization"), max_gap=0)
    if head is None:
        return    # "تنظيمي X وY، وتنظيمات موالية لها": an unnamed body's ally
    tail = view.prev_slot(head.i, types=("Person", "Organization"), max_gap=6, same_clause=False,
                          skip=lambda s: s.entity.id == head.entity.id)
    if tail is not None:
        add(out, "affiliatedWith", head, tail, view, "affiliation-pronoun")


# a pledge of allegiance as a verb or a noun with its pronoun: بايعت X Y، X التي بايعت Y،
# أعلنت X مبايعتها Y (the noun without a pronoun, مبايعة، is an AFFIL_CUES word)
PLEDGE = words("بايع بايعت بايعوا يبايع تبايع مبايعته مبايعتها مبايعتهم بمبايعته بمبايعتها "
               # loyalty or a pledge renewed, told with its pronoun: "أعلنت X ولاءها لـ Y"
               "ولاءها ولاءه ولاءهم بيعتها بيعته بيعتهم")
_PLEDGE_VERBS = words("بايع بايعت بايعوا")
_PARTIES = ("Person", "Organization")
_RELATIVES = words("التي الذي الذين اللذين")
NEGATIONS = words("لن لم لا رفض رفضت ترفض يرفض رفضها رفضه")


def allegiance_relations(view, kb, out):
    """X بايعت Y / بايعت X Y / X ... مبايعتها Y: X affiliatedWith Y."""
    for i in view.positions(PLEDGE):
        if view.at.get(i) is not None or (i > 0 and view.has(i - 1, NEGATIONS)):
            continue      # "لن تبايع X"، "رفض مبايعة X"
        to = view.next_slot(i + 1, types=_PARTIES, max_gap=1)
        if to is None:
            continue
        by = None
        # the verb first, its subject right after (titles allowed): "بايع القيادي X تنظيم Y"
        # or the head noun the name left out: "بايعت جماعة X تنظيم Y"
        titles_only = all(view.tokens[k].norm in PERSON_TITLES or view.tokens[k].norm in ORG_HEADS
                          for k in range(i + 1, to.i))
        if view.has(i, _PLEDGE_VERBS) and titles_only and not (i > 0 and (
                view.has(i - 1, _RELATIVES) or view.at.get(i - 1) is not None)):
            after = view.next_slot(to.j, types=_PARTIES, max_gap=0) or _leader_named_by_post(view, to.j)
            if after is not None:
                by, to = to, after       # بايعت جماعة X تنظيم Y، بايع X زعيم التنظيم Y
        if by is None and i > 0 and view.has(i - 1, _RELATIVES):
            by = _relative_antecedent(view, i - 1)     # "ضد X التي بايعت Y": X
        elif by is None:
            by = subject_before_relative_aside(view, i, _PARTIES) or view.prev_slot(
                i, types=_PARTIES, max_gap=6, same_clause=False,
                skip=lambda s: in_pp(view, s) or against(view, s))
        if by is not None:
            add(out, "affiliatedWith", by, to, view, "affiliation-allegiance")
            if hasattr(by, "mention") and is_province(by) and to.entity.type == "Organization":
                # "تنظيم «ولاية X»، الذي بايع تنظيم الدولة": a province that pledged is a member
                add(out, "memberOf", by, to, view, "member-province-pledge")


# "بايع X زعيم التنظيم Y": the one pledged to named after his post
PLEDGED_TO_POSTS = LEADER_POSTS | words("الخليفة خليفة")
POST_REACH = 4


def _leader_named_by_post(view, k):
    """The person named after a leader's post starting at token ``k`` ("زعيم التنظيم Y"،
    "زعيم تنظيم داعش Y"), within ``POST_REACH`` tokens; else None."""
    if k >= len(view.tokens) or view.at.get(k) is not None or not view.has(k, PLEDGED_TO_POSTS):
        return None
    return view.next_slot(k + 1, types=("Person",), max_gap=POST_REACH - 1)


def _relative_antecedent(view, k):
    """What the relative pronoun at ``k`` refers to: the slot right before it, or, for the second
    of two relative clauses ("X التي تأسست عام 2006 والتي بايعت Y"), the one before the first."""
    s = view.prev_slot(k, types=_PARTIES, max_gap=0)
    if s is not None:
        return s
    for m in range(k - 1, max(0, k - 15), -1):
        if view.has(m, _RELATIVES):
            return view.prev_slot(m, types=_PARTIES, max_gap=0)
    return None



# a group that split from or grew out of another: "جماعة X، المنشقة عن حركة Y"، "حكومة X
# المنبثقة عن المؤتمر Y" (organisations only: a person "المنشق عن الجيش" left it)
SPLIT_FROM = words("المنشقة المنشق المنشقين المنبثقة المنبثق المنبثقين")
_SPLIT_WORDS = SPLIT_FROM
_FROM = words("عن من")


def split_from_relations(view, kb, out):
    """Organisation X، المنشقة/المنبثقة عن Y (an organisation): X affiliatedWith Y."""
    toks = view.tokens
    for i in view.positions(SPLIT_FROM):
        if i + 2 >= len(toks) or not view.has(i + 1, _FROM):
            continue
        whole = view.slot_starting(i + 2)
        if whole is None and i + 3 < len(toks) and view.at.get(i + 2) is None and view.has(i + 2, ORG_HEADS):
            whole = view.slot_starting(i + 3)     # "عن حركة «X»": the head left out of the name
        inside = view.at.get(i)
        if inside is not None:
            # the name took the adjective in ("حكومة X المنبثقة"): that organisation
            part = inside if inside.entity.type == "Organization" and inside.j == i + 1 else None
        else:
            part = view.prev_slot(i, types=("Organization",), max_gap=0)
        if part is None or whole is None or whole.entity.type != "Organization":
            continue
        add(out, "affiliatedWith", part, whole, view, "affiliation-split")
