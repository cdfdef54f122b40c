"""Victims told by the group they belong to, after a count: "قُتل 20 شخصا، بينهم ثمانية من
عناصر الشرطة" (killed: 20 people, among them eight members of the police). The killing (or
the arrest) fell on that group; the act that caused the killing takes it as its target too
(kg.events.merging._inherit_from_cause). Fighters killed by a verb joined to a strike on a
group ("غارات على مواقع لحزب X ...، وقتلت 20 مسلحا") are that group's.
"""
from __future__ import annotations

from kg.events.grammar import _modifies_previous, _n
from kg.events.reading import rule

AMONG_THEM = _n("بينهم بينهما بينهن ومنهم منهم")
# what may stand between بينهم and the group: a count, من/في, and a word for its members
MEMBER_WORDS = _n("عناصر عنصرا عنصر أفراد افراد فردا جنود جنديا جندي عسكريين عسكريا منتسبي "
                  "منسوبي مقاتلي مقاتلين مقاتلا مسلحي موظفي موظفين العاملين عاملين عاملون أعضاء "
                  "اعضاء عضوا ضباط ضابطا رجال مجندين عمال")
_LINKS = _n("من في")
# the head of a force's name the entity may leave out: "بينهم أربعة من عناصر قوة حرس الحدود"
FORCE_HEADS = _n("قوة قوات")
_COUNT_WORDS = _n("اثنان اثنين ثلاثة أربعة اربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات بعض "
                  "عدد معظمهم أغلبهم غالبيتهم")
# the furthest the group may stand after بينهم (words)
REACH = 5


def _fits_between(view, lo, hi) -> bool:
    """Are the words from lo to hi only a count, من/في and a word for members, with one of
    the last two right before the group (hi)?"""
    last = None
    for k in range(lo, hi):
        norm = view.tokens[k].norm
        if not norm.isalnum():
            continue
        if not (norm.isdigit() or view.has(k, _COUNT_WORDS | MEMBER_WORDS | _LINKS | FORCE_HEADS)):
            return False
        last = k
    return last is not None and view.has(last, _LINKS | MEMBER_WORDS | FORCE_HEADS)


def group_among_victims(view, i, scope_end):
    """The organisation named after بينهم in the trigger's words, as the group of some of
    the ones counted ("بينهم ثلاثة من عناصر الجيش"، "بينهم 12 من العاملين في منظمة X")."""
    for k in range(i + 1, scope_end):
        if not view.has(k, AMONG_THEM) or view.at.get(k) is not None:
            continue
        o = view.next_slot(k + 1, types=("Person", "Organization"), max_gap=REACH, limit=scope_end)
        if o is None or o.entity.type != "Organization" or o.clitic.rstrip("وف"):
            return None
        return o if _fits_between(view, k + 1, o.i) else None
    return None


@rule("group some of the victims belong to", applies=lambda r: r.etype in ("Killing", "Arrest"))
def victims_group(r):
    """"قُتل 20 شخصا، بينهم ثمانية من عناصر الشرطة": the police."""
    return group_among_victims(r.view, r.i, r.scope_end)


@rule("group the strike before it hit, for fighters killed",
      applies=lambda r: r.etype == "Killing" and r.conj_verb and r.prev_event is not None)
def fighters_of_the_struck(r):
    """"شنت مقاتلات الجيش غارات على مواقع لحزب X ...، ودمرت مخابئ وقتلت 20 مسلحا": the
    fighters killed by a verb joined to the strike told before in the sentence are the
    struck group's."""
    from kg.events.merging import FIGHTERS_KILLED
    prev, view = r.prev_event, r.view
    if prev.type != "Strike" or len(prev.target) != 1 or prev.evidence[0] != view.span:
        return None
    if not any(view.has(k, FIGHTERS_KILLED) for k in range(r.i + 1, min(r.i + 4, len(view.tokens)))):
        return None
    return next((s for s in view.slots if s.entity.id == prev.target[0]
                 and s.entity.type == "Organization"), None)


# "قتلت 11 من مسلحي الحركة واعتقلت اثنين آخرين": the others are of the same group
OTHERS = _n("آخرين آخرون اخرين اخرون آخرَين أخريات")
# how far after the verb the others may be told (a count in words or digits between)
OTHERS_REACH = 3


@rule("others of the group the act before fell on",
      applies=lambda r: r.etype in ("Killing", "Arrest") and r.conj_verb and r.prev_event is not None)
def others_of_the_same_group(r):
    """"قتلت القوات 11 من مسلحي الحركة واعتقلت اثنين آخرين": the two others arrested are of
    the group the killing told just before in the sentence fell on."""
    prev, view = r.prev_event, r.view
    if prev.type not in ("Killing", "Arrest") or len(prev.target) != 1 or prev.evidence[0] != view.span:
        return None
    if not any(view.has(k, OTHERS) for k in range(r.i + 1, min(r.i + 1 + OTHERS_REACH, r.scope_end))):
        return None
    return next((s for s in view.slots if s.entity.id == prev.target[0]
                 and s.entity.type == "Organization"), None)


# "القبض على قيادي حوثي"، "مقتل ثلاثة عناصر داعشيين": members named by their group's adjective
NISBA_MEMBERS = _n("قيادي قياديا القيادي عنصر عنصرا العنصر عناصر مسلح مسلحا مسلحين مقاتل مقاتلا "
                   "مقاتلين أعضاء عضو عضوا")
# the adjective's endings, longest first (حوثيين، حوثيون، حوثية، حوثيا، حوثي)
_NISBA_ENDINGS = ("يين", "يون", "يه", "يا", "ي")
# adjectives that name no group (nationality and function words are left to the KB's demonyms)
_NOT_GROUPS = _n("مسلح مسلحا مسلحين مسلحه بارز بارزا سابق سابقا كبير كبيرا ميداني ميدانيا محلي "
                 "محليا آخر اخر آخرين اخرين أجنبي أجنبيا")
# how far after the act the members may be named ("القبض فجر الخميس على مسؤول داعشي")
NISBA_REACH = 6


def _group_of_adjective(view, k):
    """The one organisation of the document whose name the adjective at token k is made from
    (حوثي -> الحوثيين), else None."""
    from kg.relations.members import _org_by_nisba
    n = view.tokens[k].norm
    if view.at.get(k) is not None or view.has(k, _NOT_GROUPS) or getattr(view, "doc", None) is None:
        return None
    w = n[2:] if n.startswith("ال") else n
    stem = next((w[:-len(e)] for e in _NISBA_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3), None)
    if stem is None:
        return None
    from kg.events.grammar import _kb
    if _kb().demonym(n):
        return None      # a nationality: left to the state rules
    ids = _org_by_nisba(view).get(stem)
    return view.doc.entity(next(iter(ids))) if ids and len(ids) == 1 else None


@rule("group named by the adjective of its members", applies=lambda r: r.etype in ("Killing", "Arrest"))
def group_of_the_adjective(r):
    """"ألقت المقاومة القبض على قيادي حوثي"، "مقتل خمسة عناصر داعشيين": the group the
    adjective after the members' noun is made from, when the article names it."""
    from kg.events.grammar import _Handle
    view = r.view
    for k in range(r.i + 1, min(r.scope_end, r.i + 1 + NISBA_REACH, len(view.tokens) - 1)):
        if view.at.get(k) is not None:
            return None
        if view.has(k, NISBA_MEMBERS):
            org = _group_of_adjective(view, k + 1)
            return _Handle(org) if org is not None else None
        if view.tokens[k].norm.isdigit() or view.has(k, VICTIM_COUNTS):
            # "أسفرت عن مصرع 26 حوثيا"، "مقتل 17 داعشيا": the members counted by the adjective
            org = _group_of_adjective(view, k + 1)
            if org is not None:
                return _Handle(org)
    return None


# counts in words of the members named by the adjective after them
VICTIM_COUNTS = _n("اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات")


# "قتل أربعة من مقاتليها"، "بمقتل خمسة من جنوده"، "أن ثلاثة من عناصرها قتلوا": members of the
# group the pronoun refers to
OWN_MEMBERS = _n("مقاتليه مقاتليها مقاتلوه مقاتلوها مقاتليهم عناصره عناصرها عناصرهم جنوده جنودها "
                 "أفراده أفرادها منتسبيه منتسبيها أعضائه أعضائها عسكرييه عسكرييها")
# how far from the act the counted members may stand, before it (passive told after its
# subject) or after it
OWN_REACH = 5


@rule("group a pronoun of the counted victims refers to", applies=lambda r: r.etype in ("Killing", "Arrest"))
def group_of_own_members(r):
    """"قالت قوات X إن ...، فيما قتل أربعة من مقاتليها": the group named last before the
    members' pronoun in the sentence (not the one who did it)."""
    view = r.view
    lo, hi = max(0, r.i - OWN_REACH), min(r.scope_end, r.i + 1 + OWN_REACH, len(view.tokens))
    k = next((k for k in range(lo, hi) if k != r.i and view.has(k, OWN_MEMBERS)
              and view.at.get(k) is None and view.has(k - 1, _LINKS)), None)
    if k is None:
        return None
    # not the doer (of this act, or of the act told before that it resulted from: "هاجم مسلحون
    # من X ...، ما أسفر عن مقتل أربعة من عناصره" are the ones attacked), nor a group only
    # describing the one before ("قوات X التابعة لحكومة Y")
    doers = {r.agent.entity.id} if r.agent is not None else set()
    prev = r.prev_event
    if prev is not None and prev.evidence[0] == view.span:
        from kg.events.merging import _result_cue
        if _result_cue(view, r.i) == "result":
            doers.update(prev.agent)
    return view.prev_slot(k - 1, types=("Organization",), same_clause=False,
                          skip=lambda s: s.entity.id in doers or _modifies_previous(view, s))


# the dead and wounded told by their side: "سقط قتلى وجرحى من الحوثيين خلال الهجوم"، "أوقع
# عشرات القتلى في صفوف قوات X": the side that lost them, no doer of the act
CASUALTIES = _n("قتلى القتلى جرحى الجرحى قتيلا قتيل مصابين المصابين إصابات ضحايا الضحايا خسائر")
_IN_RANKS = _n("صفوف")
_FROM_OR_IN = frozenset(("من", "في"))
#: how many words may stand between the casualties and the side's name ("قتلى وجرحى من")
CASUALTY_REACH = 4


def side_of_the_casualties(view, slot) -> bool:
    """Is the body ``slot`` named after من or في صفوف following a word for the dead or wounded
    ("قتلى وجرحى من الحوثيين"، "قتلى في صفوف الجيش")?"""
    k = slot.i - 1
    if k >= 0 and view.has(k, _IN_RANKS) and view.at.get(k) is None:
        k -= 1      # "في صفوف X"
    if slot.clitic or k < 0 or view.tokens[k].norm not in _FROM_OR_IN:
        return False
    return any(view.has(m, CASUALTIES) and view.at.get(m) is None for m in range(max(0, k - CASUALTY_REACH), k))

