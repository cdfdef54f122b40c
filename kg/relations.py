"""Relations between entities, read from cue patterns around the mentions.

Each rule has a name (kept on the Relation as ``pattern``) so that its
precision on the development set can set its confidence (kg.confidence).
"""
from __future__ import annotations

from kg.lexicon import (DIRECTIONS, LEADER_POSTS, PERSON_TITLES, PLACE_HEADS, SPOKES_HEADS,
                        TITLE_ADJECTIVES,
                        STOPWORDS, strip_clitics)
from kg.mentions import definite
from kg.model import RELATION_SIGNATURES, Relation
from kg.normalize import norm


def _n(words):
    return frozenset(norm(w) for w in words.split())


MEMBER_CUES = _n("القيادي قيادي قياديا قياديين قيادات عنصر عنصرا عناصر عضو عضوا أعضاء العضو "
                 "مقاتل مقاتلا مقاتلي مقاتلين المسؤول مسؤول مسؤولا القائد قائدا أحد")
MEMBER_PREPS = _n("في من داخل ب")
RANKS = _n("صفوف")                 # "مقاتل في صفوف X": in the ranks of X
MPS = _n("النائب نائب نائبا")       # "النائب عن كتلة X Y": an MP of the bloc
_FOR = _n("عن")
_COPULA = _n("وهو وهي هو هي وكان كان")
MEMBER_OF_CONSTRUCT = _n("عضو العضو أعضاء عضوا")
IN_CHARGE = _n("المسؤول مسؤول مسؤولا")
_RELATIVES = _n("الذي التي")


def _section_of(view, k):
    """The organisation after a section's name: "(عن) قسم العمليات في الحركة" -> الحركة."""
    for m in range(k, min(len(view.tokens) - 1, k + 4)):
        if view.at.get(m) is not None or not view.tokens[m].norm.isalpha():
            return None
        if view.tokens[m].norm == "في" and m > k:
            s = view.slot_starting(m + 1)
            return s if s is not None and s.entity.type == "Organization" else None
    return None
_ATTACH = _n("في لدى التابع التابعة ب")
_ACTING = _n("بالوكالة بالإنابة بالنيابة")
WITHIN = _n("ضمن")
JOIN_VERBS = _n("انضمت انضم تنضم ينضم انضمام")
BECOME_VERBS = _n("أصبحت أصبح باتت بات صارت صار تعد يعد تعتبر يعتبر تعدان يعدان")
ALONGSIDE = _n("جانب")
_JOIN_OR_BECOME = JOIN_VERBS | BECOME_VERBS
LEAD_CUES = _n("بقيادة برئاسة يقودها يقوده تقوده تقودها يترأسه يترأسها")
AFFIL_CUES = _n("صلة المرتبط المرتبطة المرتبطين المرتبطون مرتبط مرتبطة المقرب المقربة المقربين مقرب "
                "الموالي الموالية الموالين موال موالية المدعوم المدعومة المدعومين حليف حليفة الحليف "
                "المتحالف المتحالفة علاقة المبايع المبايعة المبايعين مبايع مبايعة")
_MODIFIER_PREPS = _n("من مع")
STATE_BACKING = _n("المدعوم المدعومة المدعومين المدعومون مدعوم مدعومة المتحالف المتحالفة المتحالفين "
                   "الموالي الموالية الموالين موالية")
PART_CUES = _n("الجناح جناح الذراع ذراع فرع الفرع التابع التابعة تابع تابعة وحدة")
AGAINST = _n("ضد لمحاربة لمكافحة محاربة مكافحة لقتال قتال مواجهة لمواجهة على")
COUNTERPART = _n("نظيره نظيرها نظير نظيريه")
HEAD_OF_STATE = _n("الرئيس رئيس الملك ملك الأمير أمير السلطان")
MINISTER = _n("وزير وزيرة الوزير")
ENVOYS = _n("سفير السفير سفيرة السفيرة مبعوث المبعوث مبعوثة المبعوثة نائب ممثل الممثل ممثلة الممثلة")
# a governor leads the place he governs: محافظ جنين X، حاكم ولاية بورنو X، والي الخرطوم X
REPRESENTATIVES = _n("ممثل الممثل ممثلة الممثلة")
GOVERNORS = _n("محافظ المحافظ محافظا حاكم الحاكم حاكما والي الوالي")
# adjectives of a post between the sending side and the person: مبعوث واشنطن الخاص إلى السودان X
POST_ADJECTIVES = _n("الخاص الخاصة الشخصي الشخصية الدائم الدائمة المقيم الأممي الأممية")
_TO = _n("إلى لدى")
# المبعوث الأممي: the post is held in the United Nations (its key in kg/data/kb.json)
UN_ADJECTIVES = _n("الأممي الأممية أممي أممية")
EVENT_NOUNS = _n("هجوم بهجوم كمين بكمين هجمات تفجير غارة غارات ضربة ضربات مقتل عملية اغتيال قصف")
PLACE_RANK = {"City": 1, "Region": 2, "Country": 3}
# posts held in a body or a state without leading it: مستشار الأمن القومي العراقي X،
# أمين المجلس الأعلى للأمن القومي X
ADVISERS = _n("مستشار المستشار مستشارة المستشارة أمين")
_POST_CUES = LEADER_POSTS | HEAD_OF_STATE | SPOKES_HEADS | MINISTER | COUNTERPART | ENVOYS | GOVERNORS | ADVISERS

ACTOR = ("Person", "Organization", "Place")


def _rel(out, type_, head, tail, view, pattern, post=None):
    if head is None or tail is None or head.entity.id == tail.entity.id:
        return
    out.append(Relation(type=type_, head=head.entity.id, tail=tail.entity.id,
                        evidence=[view.span], pattern=pattern, post=post))


_PP_HEADS = frozenset(["من", "في", "الى", "عن", "مع"])


def _in_pp(view, slot):
    """"وفد من قسد": the slot is the complement of من/في, not the head noun."""
    return view.prepositional(slot, _PP_HEADS, clitics="بل")


def _against(view, slot):
    """Is this slot the complement of ضد / لمحاربة ...? (the thing fought, not led)

    An apposition right after such a complement (ضد تنظيم الدولة "داعش") is one too.
    """
    if slot.i > 0 and (view.has(slot.i - 1, AGAINST) or bool(
            {s for _, s in strip_clitics(view.tokens[slot.i].norm)} & AGAINST)):
        return True
    k = slot.i - 1
    while k >= 0 and not view.tokens[k].norm.isalnum():
        k -= 1
    prev = view.at.get(k)
    return prev is not None and prev is not slot and k < slot.i - 1 and _against(view, prev)


ON_ITS_BEHALF = _n("باسمها باسمه")


def post_relations(view, kb, out):
    """قائد X [الأميرال] Y / المتحدث باسم X Y / وزير الدفاع التركي Y (and Y، قائد X)."""
    toks = view.tokens
    for i in view.positions(_POST_CUES):
        stems = view.stems(i)
        kind = None
        governor = bool(stems & GOVERNORS)
        if stems & LEADER_POSTS or stems & HEAD_OF_STATE or governor:
            kind = "leaderOf"
        elif stems & SPOKES_HEADS:
            kind = "spokespersonOf"
        elif stems & MINISTER or toks[i].norm in ENVOYS or stems & COUNTERPART or stems & ADVISERS:
            kind = "positionIn"
            if toks[i].norm in REPRESENTATIVES:
                # ممثل is also an actor: a representative only of a body named right after
                nxt = view.slot_starting(i + 1)
                if nxt is None or nxt.entity.type != "Organization":
                    continue
        else:
            continue
        # the post's complement: up to 4 words, then an entity or a demonym
        k = i + 1
        org = None
        country = None
        while k < min(len(toks), i + 6):
            s = view.slot_starting(k)
            if s is not None:
                if s.entity.type in ("Organization", "Place"):
                    org = s
                    k = s.j
                break
            d = kb.demonym(toks[k].norm) or ("un" if toks[k].norm in UN_ADJECTIVES else None)
            if d:
                country = d
                k += 1
                break
            if toks[k].norm in ("العام", "العامه"):
                k += 1            # القائد العام، الأمين العام
                continue
            if toks[k].norm == "في" and kind == "positionIn" and k > i + 1 and stems & MINISTER:
                s = view.slot_starting(k + 1)
                if s is not None and s.entity.type in ("Organization", "Place"):
                    org = s       # وزير الإعلام في حكومة الوحدة الوطنية X
                    k = s.j
                break
            if toks[k].norm in STOPWORDS or not toks[k].norm.isalpha():
                break
            k += 1
        while k < len(toks) and kb.demonym(toks[k].norm):
            country = country or kb.demonym(toks[k].norm)
            k += 1
        while k < len(toks) and toks[k].norm in _ACTING:
            k += 1                # "وزير الدفاع بالوكالة": the acting minister
        if kind == "positionIn" and k + 1 < len(toks) and toks[k].norm == "في" and stems & MINISTER:
            s = view.slot_starting(k + 1)
            if s is not None and s.entity.type == "Organization":
                org = s           # "وزير الدفاع الأفغاني بالوكالة في حكومة طالبان X": the government
                k = s.j
        # the person: right after the post (titles allowed), or right before it (apposition)
        person = None
        within = None             # "والي الأنبار في التنظيم X": the group the post is held in
        j = k
        steps = 0
        while j < len(toks) and steps < 6:
            if view.slot_starting(j) is not None:
                sl = view.slot_starting(j)
                if sl.entity.type == "Person":
                    break
                if j > k and view.has(j - 1, _ATTACH) or sl.clitic.endswith("ب"):
                    if within is None and sl.entity.type == "Organization" and j == k + 1:
                        within = sl
                    j = sl.j      # "قائد القوات البرية في الحرس الثوري، العميد X"
                    steps += 1
                    continue
                break
            t = toks[j]
            if kind == "positionIn" and t.norm in _TO:
                # المبعوث الخاص ... إلى اليمن X: the post is held in the sending side,
                # the place it is sent to is skipped
                d = view.slot_starting(j + 1)
                if d is not None and d.entity.type != "Person":
                    j = d.j
                    steps += 1
                    continue
            if not t.norm.isalnum() or t.norm in PERSON_TITLES or t.norm in _ATTACH \
                    or t.norm in TITLE_ADJECTIVES or t.norm in POST_ADJECTIVES or kb.demonym(t.norm):
                j += 1
                steps += 1
                continue
            break
        s = view.slot_starting(j)
        if s is not None and s.entity.type == "Person":
            person = s
        elif i > 0:
            p = view.prev_slot(i, types=("Person",), max_gap=1)
            if p is not None and p.j >= i - 1:
                person = p
        if person is None:
            continue
        if within is not None and org is not None and org.entity.type == "Place" and kind == "leaderOf":
            # "والي الأنبار في التنظيم X": a post of the group for that place, no rule over it
            _rel(out, "memberOf", person, within, view, "post-within")
            continue
        target = org
        if target is None and kind == "spokespersonOf" and i + 1 < len(toks) \
                and toks[i + 1].norm in ON_ITS_BEHALF:
            # "وحمّلت الوزارة، في بيان تلاه المتحدث باسمها العقيد X": the body told before
            target = view.prev_slot(i, types=("Organization",), same_clause=False,
                                    skip=lambda s: _in_pp(view, s))
        if target is None and country:
            target = _country_slot(view, kb, country)
        if target is None:
            # "الرئيس أحمد الشرع": the post of a well-known office holder, from the KB
            target = _kb_post_target(view, kb, person, toks[i].norm, kind)
            if target is not None:
                _rel(out, kind, person, target, view, "post-kb")
            continue
        if kind == "leaderOf" and org is None and not (stems & HEAD_OF_STATE):
            continue
        if kind == "positionIn":
            _rel(out, "positionIn", person, target, view, "post-minister", post=_post_name(toks, i, k, kb))
        elif kind == "spokespersonOf":
            _rel(out, "spokespersonOf", person, target, view, "post-spokes")
        elif governor:
            target = _governed_region(view, target)
            _rel(out, "leaderOf", person, target, view, "post-governor")
        else:
            _rel(out, "leaderOf", person, target, view, "post-leader" if org else "post-head-of-state")


REGION_HEADS = _n("محافظة ولاية إقليم")


def _regions_by_name(doc) -> dict:
    """The document's regions named with their head, by the name without it
    ("محافظة اللاذقية" under "اللاذقيه")."""
    out = {}
    for e in doc.entities:
        if e.type == "Place" and e.subtype == "Region" and e.name_ar:
            head, _, rest = norm(e.name_ar).partition(" ")
            if head in REGION_HEADS and rest:
                out.setdefault(rest, e)
    return out


def _governed_region(view, target):
    """"محافظ اللاذقية X": a governor governs the province the text names (محافظة اللاذقية),
    not the city of the same name; ``target`` when the document names no such region."""
    ent = getattr(target, "entity", None)
    if ent is None or ent.type != "Place" or ent.subtype != "City" or not ent.name_ar:
        return target
    region = getattr(view, "doc_regions", {}).get(norm(ent.name_ar))
    return _Pseudo(region) if region is not None else target


def _post_name(toks, i, k, kb):
    words = [t.text for t in toks[i:k] if not kb.demonym(t.norm)]
    return " ".join(words) if words else None


def _kb_post_target(view, kb, person, head_norm, kind):
    """The organisation or place a KB person holds the post named by ``head_norm`` in."""
    key = person.entity.kb_id
    if not key or key not in kb:
        return None
    pub = view.published.isoformat() if view.published else None
    for pos in kb.get(key).positions:
        if pos.relation != kind or norm(pos.post_ar.split()[0]) != head_norm:
            continue
        if pub and pos.until and pos.until < pub:
            continue
        if pub and pos.since and pos.since > pub:
            continue
        ent = view.doc_entities_by_kb.get(pos.of)
        if ent is not None:
            return _Pseudo(ent)
    return None


class _Pseudo:
    """A slot-like handle for an entity that has no mention in this sentence."""

    def __init__(self, entity):
        self.entity = entity


def _country_slot(view, kb, country_key):
    ent = view.doc_entities_by_kb.get(country_key)
    return _Pseudo(ent) if ent is not None else None


def member_relations(view, out, pending):
    """القيادي في X Y / Y، عضو في X / قياديا بتنظيم X ... القيادي Y (next sentences)."""
    toks = view.tokens
    for i in view.positions(MEMBER_CUES | MPS):
        stems = view.stems(i)
        if i > 0 and toks[i - 1].norm.isdigit():
            continue   # "12 عنصرا من الحزب": a count, not a named member
        org = None
        c = i + 1
        if c < len(toks) and view.at.get(c) is None and _member_adjective(toks[c]):
            c += 1      # قيادي سابق في X، مسؤولا ماليا للتنظيم
        nxt = view.slot_starting(c)
        if nxt is not None and nxt.entity.type == "Organization" and (
                nxt.clitic.endswith("ب") or nxt.clitic.endswith("ل")
                or (not nxt.clitic and stems & MEMBER_OF_CONSTRUCT and c == i + 1)):
            org = nxt   # قياديا بتنظيم X، عضو المكتب السياسي
        elif c + 1 < len(toks) and (view.has(c, MEMBER_PREPS) and not stems & MPS - MEMBER_CUES
                                    or stems & MPS and view.has(c, _FOR)):
            if c + 2 < len(toks) and view.has(c + 1, RANKS):
                c += 1    # "مقاتل في صفوف حركة الشباب"
            s = view.slot_starting(c + 1)
            if s is not None and s.entity.type == "Organization":
                org = s
        elif c + 2 < len(toks) and stems & IN_CHARGE and view.has(c, _FOR):
            # "مسؤولا عن قسم العمليات في الحركة": in charge of a section of the group
            org = _section_of(view, c + 1)
        if org is None:
            continue
        # the member: a person right after the org (القيادي في X Y، ... يدعى Y), or before the cue
        person = view.next_slot(org.j, types=("Person",), max_gap=0)
        if person is None and org.j < len(toks) and toks[org.j].norm in NAMING:
            person = view.next_slot(org.j + 1, types=("Person",), max_gap=0)
        if person is None:
            person = _person_after_description(view, org.j)
        if person is None:
            k = i - 1
            if k >= 0 and toks[k].norm in _COPULA:
                k -= 1       # "X، وهو عنصر من Y"
            if k >= 0 and toks[k].norm in _RELATIVES:
                k -= 1       # "X، الذي كان مسؤولا عن ..." 
            person = view.prev_slot(k + 1, types=("Person",), max_gap=0)
        if person is None and view.at.get(i) is not None and view.at[i].entity.type == "Person":
            person = view.at[i]   # the cue is itself a (role) mention
        if person is not None:
            _rel(out, "memberOf", person, org, view, "member-cue")
        else:
            pending.append((org, view))


_COMMAS = frozenset(["،", ","])


def _person_after_description(view, k):
    """"النائب عن كتلة X، التابعة لحزب Y، Z": the person after the organisation's description
    set between commas (one opening with التابعة، المرتبطة، الموالية ...), or None."""
    toks = view.tokens
    end = min(len(toks) - 1, k + 2)
    while k < end and toks[k].text not in _COMMAS and view.at.get(k) is None:
        k += 1      # the name's last word the mention left out (كتلة الوفاء للمقاومة)
    if not (k + 1 < len(toks) and toks[k].text in _COMMAS
            and view.has(k + 1, PART_CUES | AFFIL_CUES | ENLISTED)):
        return None
    for c in range(k + 2, min(len(toks), k + 10)):
        if toks[c].text in _COMMAS:
            s = view.slot_starting(c + 1)
            return s if s is not None and s.entity.type == "Person" else None
    return None


VICTIM_NOUNS = _n("القتيل المقتول الضحية المعتقل الموقوف المستهدف القتيلان المعتقلان")
NAMING = _n("يدعى يدعي ويدعى المدعو المدعوة ويدعي اسمه واسمه")


def _member_adjective(tok):
    """سابق، بارز، ماليا، ميدانيا: an indefinite adjective between a member cue and its group."""
    n = tok.norm
    return n in MEMBER_ADJECTIVES or (not n.startswith("ال") and n.endswith(("يا", "ي")) and len(n) > 4
                                      and n not in STOPWORDS)


MEMBER_ADJECTIVES = _n("سابق سابقا سابقة بارز بارزا بارزة كبير كبيرا رفيع رفيعا محلي محليا ميداني ميدانيا "
                       "عسكري عسكريا أمني أمنيا إعلامي إعلاميا مالي ماليا")
AMONG = _n("بينهم بينهما بينهن منهم أحدهم أحدهما")
GROUP_NOUNS = _n("عناصر عنصرا عنصرين مسلحين مسلحون مسلحا مقاتلين مقاتلون مقاتلا أعضاء عضوا أشخاص "
                 "شخصا أفراد انتمائهم انتمائه انتمائهما ينتمون ينتمي المنتمين المنتمون الموالين "
                 "قياديين قيادات")


_GROUP_PREPS = _n("من في إلى")


def _title_word(tok):
    n = tok.norm
    return (not n.isalnum() or n in PERSON_TITLES or n in TITLE_ADJECTIVES or n in MEMBER_CUES
            or n in NAMING or _member_adjective(tok))


def among_members(view, out):
    """ثلاثة عناصر من تنظيم X ...، بينهم القيادي Y / أشخاص يشتبه في انتمائهم إلى X، بينهم Y."""
    toks = view.tokens
    for i in view.positions(AMONG):
        person = view.next_slot(i + 1, types=("Person",), max_gap=3)
        if person is None or any(view.at.get(k) is not None or not _title_word(toks[k])
                                 for k in range(i + 1, person.i)):
            continue     # only titles between: "بينهم القيادي المحلي Y"
        # the group: the nearest organisation before, named as what a group noun belongs to
        org = view.prev_slot(i, types=("Organization",), same_clause=False)
        while org is not None:
            k = org.i - 1
            if org.clitic.endswith(("ب", "ل")) or (k >= 0 and toks[k].norm in _GROUP_PREPS):
                k = k if org.clitic else k - 1
                if any(view.has(g, GROUP_NOUNS) for g in range(max(0, k - 3), k + 1)):
                    break
            org = None
        if org is not None:
            _rel(out, "memberOf", person, org, view, "member-among")


DELEGATION = _n("وفد وفدا الوفد وفدًا")
DELEGATION_LEAD = _n("برئاسة يرأسه يترأسه بقيادة")


def delegation_members(view, out):
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
            _rel(out, "memberOf", person, org, view, "member-delegation")


COALITION_HEADS = _n("تحالف التحالف ائتلاف الائتلاف حلف الحلف")
_OPEN_BRACKET = frozenset(["("])


def coalition_members(view, out):
    """تحالف دول الساحل (مالي والنيجر وبوركينا فاسو): the states listed after a coalition."""
    toks = view.tokens
    for i in view.positions(_OPEN_BRACKET):
        org = view.at.get(i - 1)
        if org is None or org.j != i or toks[i].text != "(" or org.entity.type != "Organization" or not (
                org.entity.subtype == "Coalition" or view.has(org.i, COALITION_HEADS)):
            continue
        first = view.slot_starting(org.j + 1)
        if first is None or first.entity.type != "Place" or first.entity.subtype not in ("Country", None):
            continue
        members = [first] + view.coordinated_after(first, types=("Place",))
        end = members[-1].j
        if len(members) >= 2 and end < len(toks) and toks[end].text == ")":
            for m in members:
                _rel(out, "memberOf", m, org, view, "member-coalition-list")


def bridge_members(view, out, pending):
    """An earlier "قياديا بتنظيم X" names its leader later as "القيادي Y" (within 2 sentences)."""
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
            _rel(out, "memberOf", s, org, view, "member-bridge")
            pending.clear()
            return


def ranks_relations(view, out):
    """"Y، الذي قاتل في صفوف X" / "Y في صفوف X": Y memberOf X (no member noun before)."""
    toks = view.tokens
    for i in view.positions(RANKS):
        org = view.slot_starting(i + 1)
        if org is None or org.entity.type != "Organization" or i == 0 or view.has(i - 1, MEMBER_CUES) \
                or (i >= 2 and view.has(i - 2, MEMBER_CUES)):
            continue      # "مقاتل في صفوف X" is read by member_relations
        person = view.prev_slot(i, types=("Person",), max_gap=4)
        if person is not None:
            _rel(out, "memberOf", person, org, view, "member-ranks")


COMPRISE = _n("تضم يضم تضمان يضمان")
_LIST_FILLERS = _n("إلى الى جانب كلا كل من و ، ,")


def comprise_members(view, out):
    """"القوة المشتركة التي تضم إلى جانب تشاد كلا من النيجر ونيجيريا": each state memberOf it."""
    toks = view.tokens
    for i in view.positions(COMPRISE):
        k = i - 1
        if k >= 0 and toks[k].norm in _RELATIVES_ORG:
            k -= 1
        org = view.at.get(k) if k >= 0 else None
        if org is None or org.entity.type != "Organization" or org.j != k + 1:
            continue
        members = []
        k = i + 1
        while k < len(toks) and k - i < 20:
            s = view.slot_starting(k)
            if s is not None:
                if s.entity.type != "Place" or s.entity.subtype not in ("Country", None):
                    break
                members.append(s)
                k = s.j
            elif toks[k].norm in _LIST_FILLERS or toks[k].text in ("،", ","):
                k += 1
            else:
                break
        if len(members) >= 2:
            for m in members:
                _rel(out, "memberOf", m, org, view, "member-comprise")


_RELATIVES_ORG = _n("التي الذي")


def join_relations(view, out):
    """أصبحت X عضوا في Y / انضمت X إلى Y / وانضمت إليه X."""
    toks = view.tokens
    for i in view.positions(_JOIN_OR_BECOME):
        stems = view.stems(i)
        if stems & JOIN_VERBS:
            member = view.next_slot(i + 1, types=ACTOR, max_gap=3)
            org = None
            if i + 1 < len(toks) and toks[i + 1].norm in ("اليه", "إليه", "اليها", "إليها"):
                org = view.prev_slot(i, types=("Organization",), skip=lambda s: _against(view, s))
            else:
                org = view.next_slot(i + 1, types=("Organization",), max_gap=6)
                if member is not None and org is member:
                    org = view.next_slot(member.j, types=("Organization",), max_gap=4)
            if member and org:
                _rel(out, "memberOf", member, org, view, "member-join")
        elif stems & BECOME_VERBS:
            member = view.next_slot(i + 1, types=ACTOR, max_gap=2)
            if member is None:
                continue
            k = member.j
            while k < min(len(toks), member.j + 10):
                if view.has(k, MEMBER_CUES):
                    org = view.next_slot(k + 1, types=("Organization",), max_gap=6)
                    if org:
                        _rel(out, "memberOf", member, org, view, "member-become")
                        # "وتعد X، إلى جانب Y وZ، عضوا في W": Y and Z too
                        for a in range(member.j, k):
                            if view.has(a, ALONGSIDE):
                                y = view.next_slot(a + 1, types=ACTOR, max_gap=0, limit=k)
                                if y is not None:
                                    for m in [y] + view.coordinated_after(y, types=ACTOR):
                                        _rel(out, "memberOf", m, org, view, "member-become")
                    break
                k += 1


def within_relations(view, out):
    """X تعمل/تقاتل ضمن Y -> X memberOf Y."""
    for i in view.positions(WITHIN):
        org = view.next_slot(i + 1, types=("Organization",), max_gap=0)
        member = view.prev_slot(i, types=ACTOR, max_gap=3)
        if member is not None and member.entity.type == "Organization" and view.has(i - 1, ENLISTED):
            continue   # "لواء X المنضوي ضمن Y": a unit, partOf (part_relations)
        if org and member and member.entity.type != "Place" or (
                org and member and member.entity.subtype == "Country"):
            _rel(out, "memberOf", member, org, view, "member-within")


def lead_relations(view, out):
    """Y بقيادة X -> X leaderOf Y (Y: the nearest organisation before, not the one fought)."""
    for i in view.positions(LEAD_CUES):
        leader = view.next_slot(i + 1, types=ACTOR, max_gap=1)
        led = view.prev_slot(i, types=("Organization",),
                             skip=lambda s: _against(view, s) or _in_pp(view, s))
        if leader and led:
            _rel(out, "leaderOf", leader, led, view, "lead-biqiyada")
            for extra in view.coordinated_after(leader, types=ACTOR):
                _rel(out, "leaderOf", extra, led, view, "lead-biqiyada")


def affiliation_relations(view, out):
    """X على صلة بـ Y / X المقرب من Y / X الموالية لـ Y / X المبايعة لـ Y (allegiance)."""
    for i in view.positions(AFFIL_CUES):
        if view.at.get(i) is not None:
            continue
        tail = view.next_slot(i + 1, types=("Person", "Organization", "Place"), max_gap=3,
                              stop=EVENT_NOUNS)
        if tail is not None and tail.entity.type == "Place" and not (
                tail.entity.subtype == "Country" and view.has(i, STATE_BACKING) and (
                    tail.i == i + 1 and tail.clitic.endswith("ل")
                    or tail.i == i + 2 and view.tokens[i + 1].norm in _MODIFIER_PREPS)):
            continue   # a state backs or allies with a group (المدعومة من تركيا); a town does not
        head = view.prev_slot(i, types=("Person", "Organization"), max_gap=8)
        if head is not None and head.entity.type == "Organization":
            # "قياديا بتنظيم القاعدة على صلة ب...": the person, not their organisation
            p = view.prev_slot(head.i, types=("Person",), max_gap=1)
            if p is not None and (head.clitic.endswith("ب") or view.has(head.i - 1, MEMBER_PREPS)):
                head = p
        if head and tail:
            _rel(out, "affiliatedWith", head, tail, view, "affiliation-cue")


# the part's cue with a pronoun for the whole: مؤسسة X، ذراعها الإعلامي / وكالة X التابعة له
PART_PRONOUN_CUES = _n("ذراعها ذراعه جناحها جناحه فرعها فرعه ذراعيها")
_TO_IT = _n("له لها")
ENLISTED = _n("المنضوي المنضوية المنضوين المنضوون منضوية منضوي المنضويه")


def _whole_before(view, part):
    """The organisation a pronoun after ``part`` refers to: the nearest one before it that is
    no preposition's complement ("حركة X، المرتبطة بتنظيم Y، ... إذاعة Z التابعة لها": X),
    else the nearest one."""
    whole = view.prev_slot(part.i, types=("Organization",), same_clause=False,
                           skip=lambda s: s.entity.id == part.entity.id or _in_pp(view, s))
    return whole or view.prev_slot(part.i, types=("Organization",), same_clause=False,
                                   skip=lambda s: s.entity.id == part.entity.id)


def part_relations(view, out):
    """X، الجناح العسكري لـ Y / X التابعة لـ Y / X المنضوي ضمن Y (both organisations);
    with a pronoun for Y: "تنظيم Y ... مؤسسة X، ذراعها الإعلامي"، "وكالة X التابعة له"."""
    toks = view.tokens
    for i in view.positions(PART_CUES | PART_PRONOUN_CUES | ENLISTED):
        if view.at.get(i) is not None:
            continue
        if view.has(i, ENLISTED):
            # "لواء X المنضوي ضمن Y": a unit, part of Y
            part = view.prev_slot(i, types=("Organization",), max_gap=1)
            if part and i + 1 < len(toks) and view.has(i + 1, WITHIN):
                whole = view.next_slot(i + 2, types=("Organization",), max_gap=0)
                if whole:
                    _rel(out, "partOf", part, whole, view, "part-enlisted")
            continue
        part = view.prev_slot(i, types=("Organization",), max_gap=1)
        if part is None:
            continue
        if view.has(i, PART_PRONOUN_CUES) or (i + 1 < len(toks) and toks[i + 1].norm in _TO_IT):
            whole = _whole_before(view, part)
            if whole is not None:
                _rel(out, "partOf", part, whole, view, "part-pronoun")
            continue
        whole = view.next_slot(i + 1, types=("Organization",), max_gap=2)
        if whole:
            _rel(out, "partOf", part, whole, view, "part-cue")


UNIT_HEADS = _n("وزارة وحدة لواء كتيبة جهاز مديرية قيادة مكتب فرع جناح سلاح قوات")


def unit_in_relations(view, out):
    """وزارة الدفاع في حكومة الوحدة الوطنية / وحدة الصواريخ في الحزب -> partOf."""
    for a in view.slots:
        if a.entity.type != "Organization":
            continue
        first = strip_clitics(view.tokens[a.i].norm)
        if not any(stem in UNIT_HEADS or stem.removeprefix("ال") in UNIT_HEADS for _, stem in first):
            continue
        if a.j < len(view.tokens) and view.tokens[a.j].norm == "في":
            b = view.slot_starting(a.j + 1)
            if b is not None and b.entity.type == "Organization":
                _rel(out, "partOf", a, b, view, "part-unit-in")
        else:
            # "وزارة الصحة بحكومة الوحدة الوطنية": the unit of a government
            b = view.slot_starting(a.j)
            if b is not None and b.entity.type == "Organization" and b.clitic == "ب" \
                    and b.entity.subtype == "GovernmentBody":
                _rel(out, "partOf", a, b, view, "part-unit-in")


# land named by its country's adjective: البادية السورية، الساحل السوري، الريف الإيطالي
GEO_NOUNS = _n("البادية الساحل الجزيرة الريف الصحراء الأراضي الشمال الجنوب الشرق الغرب الوسط "
               "المحافظة الولاية المنطقة الولايات المحافظات المناطق الجبال السهول الهضبة")


def demonym_place_relations(view, kb, out):
    """العاصمة الليبية طرابلس / مدينة حلب السورية -> locatedIn(city, country)."""
    toks = view.tokens
    for sl in view.slots:
        if sl.entity.type != "Place" or sl.entity.subtype == "Country":
            continue
        country = None
        for k in range(max(0, sl.i - 2), min(sl.j, len(toks)) - 1):
            if kb.demonym(toks[k + 1].norm) and {st for _, st in strip_clitics(toks[k].norm)} & {
                    "العاصمه", "المدينه", "عاصمه", "مدينه", "بلده", "محافظه", "ولايه"}:
                country = kb.demonym(toks[k + 1].norm)
        if not country and sl.j < len(toks) and kb.demonym(toks[sl.j].norm) and definite(toks[sl.j]):
            country = kb.demonym(toks[sl.j].norm)   # مدينة حلب السورية
        if not country and sl.j - sl.i == 2 and kb.demonym(toks[sl.j - 1].norm) \
                and definite(toks[sl.j - 1]) and toks[sl.i].norm in GEO_NOUNS:
            country = kb.demonym(toks[sl.j - 1].norm)   # البادية السورية: a region named by its country
        if country:
            target = _country_slot(view, kb, country)
            if target is not None:
                _rel(out, "locatedIn", sl, target, view, "located-demonym")


# the head word of a place phrase tells its size where the subtype does not:
# a village, camp, mountain or prison lies in a city; a district in a province
SMALL_PLACE_HEADS = _n("قرية قريتي بلدة بلدتي حي مخيم جبل جبال سلسلة سد بحيرة وادي مطار ميناء "
                      "سجن معبر قاعدة مستشفى دوار جسر حقل مصفاة مركز")
DISTRICT_HEADS = _n("قضاء ناحية منطقة مديرية")
PROVINCE_HEADS = _n("محافظة محافظتي ولاية ولايتي إقليم مقاطعة منطقة")
_BETWEEN_PLACES = _n("، , في عاصمة عاصمتها مركز التابعة التابع كبرى مدن أكبر ثاني")
_IN = _n("في ب")
_BELONGING = _n("التابع التابعة")
_PLACE_HEAD_WORDS = SMALL_PLACE_HEADS | DISTRICT_HEADS | PROVINCE_HEADS | frozenset(PLACE_HEADS)


def _place_head(view, slot):
    """The place head of a slot: its first word (مخيم جباليا) or the word before it (سجن غويران)."""
    heads = SMALL_PLACE_HEADS | DISTRICT_HEADS | PROVINCE_HEADS | frozenset(PLACE_HEADS)
    for k in (slot.i, slot.i - 1):
        if k < 0 or (k == slot.i - 1 and view.at.get(k) is not None):
            continue
        for _, st in strip_clitics(view.tokens[k].norm):
            if st in heads:
                return st
    return None


def _place_rank(view, slot, container=False):
    """Size rank of a place: 0 village/camp/facility, 1 city, 1.5 district, 2 province, 3 country."""
    if slot.entity.subtype == "Country":
        return 3
    head = _place_head(view, slot)
    if head is not None:
        if container and head in PROVINCE_HEADS:
            return 2     # "بمنطقة جازان": as a container, منطقة is a province
        if head in SMALL_PLACE_HEADS:
            return 0
        if head in DISTRICT_HEADS:
            return 1.5
        if head in PROVINCE_HEADS:
            return 2
        if PLACE_HEADS.get(head) == "City":
            return 1
    return PLACE_RANK.get(slot.entity.subtype, 2)


def located_relations(view, out):
    """تدمر بمحافظة حمص وسط سوريا: adjacent places, smaller in larger, and along the chain.

    Places joined by و share what contains them ("قنديل وهاكورك شمالي العراق");
    along one chain a place is in every larger place that follows (تدمر in سوريا).
    "X في/بـ Y" puts X in Y unless Y is smaller (مخيم نور شمس في طولكرم، محافظة صامطة
    بمنطقة جازان); "X جنوب Y" does when X is a village, camp, mountain or district
    (بلدة قباطية جنوب جنين، منطقة قره جوغ جنوب غربي أربيل).
    """
    places = [s for s in view.slots if s.entity.type == "Place"]
    links = []      # (a, b, pattern)
    for n, (a, b) in enumerate(zip(places, places[1:])):
        between = [view.tokens[k] for k in range(a.j, b.i)]
        if not between and b.clitic.startswith("و"):
            continue   # coordination, handled below
        if any(c.startswith("و") and (st in DIRECTIONS or st in _PLACE_HEAD_WORDS)
               for t in between for c, st in strip_clitics(t.norm)):
            continue   # "بلدة X وقرية Y"، "الشرق الأوسط، وشمال أفريقيا": a list, not a nesting
        ok = all(t.norm in DIRECTIONS or t.norm in _BETWEEN_PLACES or
                 {s for _, s in strip_clitics(t.norm)} & (DIRECTIONS | set(PLACE_HEADS))
                 for t in between) and len(between) <= 3
        if not ok:
            continue
        ra = PLACE_RANK.get(a.entity.subtype, 2)
        rb = PLACE_RANK.get(b.entity.subtype, 2)
        headed = any(s in PLACE_HEADS for t in between for c, s in strip_clitics(t.norm) if c) \
            or b.clitic.endswith("ب")
        if ra < rb or (ra == rb and headed) or (ra == rb == 2 and a.entity.subtype != b.entity.subtype):
            links.append((a, b, "located-adjacent"))
            continue
        words = [t for t in between if t.norm.isalnum()]
        hra, hrb = _place_rank(view, a), _place_rank(view, b, container=True)
        if words and words[0].norm in _BELONGING:
            words = words[1:]          # "قضاء جمجمال التابع لمحافظة السليمانية"
            if not words and b.clitic.endswith("ل"):
                words = [None]
        inside = (not words and b.clitic.endswith("ب")) or bool(words) and all(
            t is None or {s for _, s in strip_clitics(t.norm)} & (_IN | _PLACE_HEAD_WORDS)
            for t in words) and (words[0] is None or words[0].norm in _IN or any(
                c.endswith(("ب", "ل")) for c, _ in strip_clitics(words[0].norm)))
        toward = any(view.has(k, DIRECTIONS) for k in range(a.j, b.i))
        head_a = _place_head(view, a)
        if inside and hra < 3 and (hra < hrb or hra == hrb and _place_head(view, b) in PROVINCE_HEADS) \
                and not any(x is b and y is a for x, y, _ in links):
            # equal sizes only into a province named by its head (منطقة الرويشد في محافظة المفرق),
            # never two bare cities (طهران في فيينا: a government meeting abroad)
            links.append((a, b, "located-in"))
        elif toward and (hra < hrb or (
                (head_a in SMALL_PLACE_HEADS or head_a in DISTRICT_HEADS)
                and _place_rank(view, b) >= 1
                and _place_head(view, b) not in SMALL_PLACE_HEADS | DISTRICT_HEADS)):
            links.append((a, b, "located-direction"))
    # coordinated places share the container: "قنديل وهاكورك شمالي العراق"
    for a, b in reversed(list(zip(places, places[1:]))):    # a list shares its last one's
        if a.j == b.i and b.clitic.startswith("و"):
            for x, y, pattern in list(links):
                if x is b:
                    links.append((a, y, pattern))
    for a, b, pattern in links:
        _rel(out, "locatedIn", a, b, view, pattern)
    # along a chain: a in b, b in c -> a in c
    nxt = {}
    for a, b, _ in links:
        nxt.setdefault(id(a), []).append(b)
    for a, b, _ in links:
        seen = {id(a), id(b)}
        frontier = list(nxt.get(id(b), []))
        while frontier:
            c = frontier.pop()
            if id(c) in seen:
                continue
            seen.add(id(c))
            _rel(out, "locatedIn", a, c, view, "located-chain")
            frontier.extend(nxt.get(id(c), []))


def extract_relations(doc, views, kb) -> list:
    out = []
    pending = []
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    regions = _regions_by_name(doc)
    for v in views:
        v.doc_entities_by_kb = by_kb
        v.doc_regions = regions
        v.published = doc.article.published
        if not v.slots:
            continue    # every rule relates entities named in the sentence: none here
        post_relations(v, kb, out)
        bridge_members(v, out, pending)
        member_relations(v, out, pending)
        among_members(v, out)
        delegation_members(v, out)
        coalition_members(v, out)
        ranks_relations(v, out)
        comprise_members(v, out)
        join_relations(v, out)
        within_relations(v, out)
        lead_relations(v, out)
        affiliation_relations(v, out)
        part_relations(v, out)
        unit_in_relations(v, out)
        located_relations(v, out)
        demonym_place_relations(v, kb, out)
    return [r for r in dedupe_relations(out) if fits_ontology(r, doc)]


def fits_ontology(rel, doc) -> bool:
    """Do the relation's ends have types the ontology allows (``RELATION_SIGNATURES``)?

    A rule can pair the wrong kinds of entity (a spokesman "of" a city named in
    a body's name); such a relation would fail the graph's SHACL check, and with
    it a whole build, so it is dropped here.
    """
    heads, tails = RELATION_SIGNATURES[rel.type]
    return doc.entity(rel.head).type in heads and doc.entity(rel.tail).type in tails


def dedupe_relations(rels):
    """One relation per (type, head, tail); evidence spans merged."""
    merged = {}
    for r in rels:
        key = (r.type, r.head, r.tail)
        if r.type == "affiliatedWith":
            key = (r.type,) + tuple(sorted((r.head, r.tail)))
        if key in merged:
            m = merged[key]
            for ev in r.evidence:
                if ev not in m.evidence:
                    m.evidence.append(ev)
            m.post = m.post or r.post
        else:
            merged[key] = r
    return list(merged.values())
