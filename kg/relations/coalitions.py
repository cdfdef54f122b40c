"""States in a coalition or a joint force: تحالف دول الساحل (مالي والنيجر ...)، القوة التي
تضم كلا من X وY.
"""
from __future__ import annotations

from kg.relations.common import add, words

COALITION_HEADS = words("تحالف التحالف ائتلاف الائتلاف حلف الحلف")
_OPEN_BRACKET = frozenset(["("])


def coalition_members(view, kb, out):
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
                add(out, "memberOf", m, org, view, "member-coalition-list")


COMPRISE = words("تضم يضم تضمان يضمان")
_LIST_FILLERS = words("إلى الى جانب كلا كل من و ، ,")


def comprise_members(view, kb, out):
    """"القوة المشتركة التي تضم إلى جانب تشاد كلا من النيجر ونيجيريا": each state memberOf it;
    "جيش X، وهو تحالف يضم A وB"، "جيش X الذي يضم A وB": each group memberOf the alliance."""
    toks = view.tokens
    for i in view.positions(COMPRISE):
        k = i - 1
        if k >= 0 and toks[k].norm in _RELATIVES_ORG:
            k -= 1
            if k >= 0 and view.at.get(k) is None and toks[k].text in ("،", ","):
                k -= 1   # "جيش X، الذي يضم ..."
        elif k >= 0 and view.at.get(k) is None:
            k = _described_as_an_alliance(view, k)
        org = view.at.get(k) if k >= 0 else None
        if org is None or org.entity.type != "Organization" or org.j != k + 1:
            continue
        members = []
        k, least = _past_the_description(view, i + 1)
        while k < len(toks) and k - i < 20:
            s = view.slot_starting(k)
            if s is not None:
                if not (_may_join(s, members) or least == 1 and s.entity.type == "Organization"
                        and all(m.entity.type == "Organization" for m in members)):
                    break     # (after a description, any body: "فصائل بينها كتيبة X")
                members.append(s)
                k = s.j
            elif toks[k].norm in _LIST_FILLERS or toks[k].text in ("،", ","):
                k += 1
            else:
                break
        if len(members) >= least:
            for m in members:
                add(out, "memberOf", m, org, view, "member-comprise")


# what an alliance is made of, described before the names: "يضم فصائل إسلامية بينها X"،
# "يضم عناصر من جماعة X" (then one name is enough: the description says it is a member)
AMONG_THEM = words("بينها بينهم منها منهم أبرزها أبرزهم أهمها")
RANKS_FROM = words("عناصر مقاتلين مقاتلي مسلحين")
_FROM = words("من")
_GROUP_WORDS = words("جماعة حركة تنظيم")
DESCRIBED_REACH = 5


def _past_the_description(view, k):
    """The index where the members start after a description at ``k``, and how many of them
    the list needs: (k, 2) when there is none."""
    toks = view.tokens
    if k + 1 < len(toks) and view.at.get(k) is None and view.has(k, RANKS_FROM) and toks[k + 1].norm in _FROM:
        m = k + 2
        if m < len(toks) and view.at.get(m) is None and toks[m].norm in _GROUP_WORDS:
            m += 1        # "عناصر من جماعة «X»" with the head left out of the name
        return m, 1
    for m in range(k, min(len(toks), k + DESCRIBED_REACH)):
        if view.at.get(m) is not None or not toks[m].norm.isalpha():
            return k, 2
        if view.has(m, AMONG_THEM) and m > k:
            return m + 1, 1
    return k, 2


# the groups an alliance is made of: armed or political groups, all of one type
_GROUP_SUBTYPES = ("ArmedGroup", "PoliticalOrganization", "Coalition", None)


def _may_join(s, members):
    """May slot ``s`` be listed as a member: a state (Country or unknown kind), or a group like
    the members before it (a list is of states or of groups)."""
    if members and s.entity.type != members[0].entity.type:
        return False
    if s.entity.type == "Place":
        return s.entity.subtype in ("Country", None)
    return s.entity.type == "Organization" and s.entity.subtype in _GROUP_SUBTYPES


# "X، وهو تحالف (لفصائل معارضة) يضم ...": the alliance described before its members
ALLIANCE_NOUNS = words("تحالف ائتلاف تجمع تكتل تشكيل")
_IT_IS = words("وهو وهي هو هي")
DESCRIPTION_REACH = 4


def _described_as_an_alliance(view, k):
    """The index of the last token of the name before "، وهو تحالف [...]" ending at token
    ``k`` (the word before يضم), or -1."""
    toks = view.tokens
    for m in range(k, max(-1, k - DESCRIPTION_REACH), -1):
        if view.at.get(m) is not None or not toks[m].norm.isalpha():
            return -1
        if view.has(m, ALLIANCE_NOUNS) and m > 1 and toks[m - 1].norm in _IT_IS:
            c = m - 2
            while c >= 0 and view.at.get(c) is None and not toks[c].norm.isalnum():
                c -= 1       # the comma, a closing quote
            return c
    return -1


_RELATIVES_ORG = words("التي الذي")


# "X، أحد (أبرز) فصائل Y": one of the factions an alliance or a force is made of
ONE_OF = words("أحد إحدى")
_SUPERLATIVES = words("أبرز أهم أكبر أقوى")
FACTIONS = words("فصائل مكونات تشكيلات ألوية مجموعات")
_COMMAS = frozenset(("،", ","))


def faction_members(view, kb, out):
    """Organisation X، أحد (أبرز) فصائل Y (an organisation): X memberOf Y."""
    toks = view.tokens
    for i in view.positions(ONE_OF):
        if view.at.get(i) is not None or i < 2 or toks[i - 1].text not in _COMMAS:
            continue
        part = view.at.get(i - 2)
        k = i + 1
        if k < len(toks) and view.has(k, _SUPERLATIVES):
            k += 1
        if part is None or part.j != i - 1 or part.entity.type != "Organization" \
                or k >= len(toks) or not view.has(k, FACTIONS) or view.at.get(k) is not None:
            continue
        whole = view.slot_starting(k + 1)
        if whole is not None and whole.entity.type == "Organization" and whole.entity.id != part.entity.id:
            add(out, "memberOf", part, whole, view, "member-faction")


# groups that merge into one: "أعلنت جماعات «X» و«Y» و«Z» اندماجها في تنظيم واحد يحمل اسم «W»"
MERGING = words("اندماجها اندماجهم اندماجهما اندماج توحدها توحدهم")
_INTO = words("في ضمن")
MERGED_REACH = 6
LISTED_REACH = 15


def _merging_groups(view, i):
    """The organisations listed (joined by و) before the merging word at ``i``, the last within
    LISTED_REACH tokens; [] when fewer than two."""
    toks = view.tokens
    before = [s for s in view.slots if s.j <= i and i - s.j <= LISTED_REACH and s.entity.type == "Organization"]
    if not before:
        return []
    chain = [before[-1]]
    for s in reversed(before[:-1]):
        nxt = chain[-1]
        gap = [toks[k] for k in range(s.j, nxt.i) if k >= 0]
        if not nxt.clitic.startswith("و") and not (gap and gap[-1].norm == "و") \
                or any(t.norm.isalnum() and t.norm != "و" for t in gap):
            break
        chain.append(s)
    return chain if len(chain) >= 2 else []


def merger_members(view, kb, out):
    """X وY وZ ... اندماجها في (تنظيم واحد يحمل اسم) W -> each memberOf W."""
    toks = view.tokens
    for i in view.positions(MERGING):
        if i + 1 >= len(toks) or not view.has(i + 1, _INTO):
            continue
        whole = view.next_slot(i + 2, types=("Organization",), max_gap=MERGED_REACH)
        if whole is None:
            continue
        for s in _merging_groups(view, i):
            add(out, "memberOf", s, whole, view, "member-merger")


# a state or a body taking part in a coalition: "مشاركة المملكة ودول المجلس في التحالف الدولي"،
# "وتشارك الأردن بفاعلية في التحالف" (the coalition itself right after في, not one of its acts:
# "شاركت X في غارات التحالف"; not refused or denied: "عدم مشاركة X في التحالف")
PARTICIPATION = words("مشاركة ومشاركة بمشاركة تشارك يشارك شاركت شارك وتشارك ويشارك وشاركت وشارك")
_NOT_TAKING_PART = words("عدم رفض ترفض يرفض رفضت رفضه رفضها منع نفى نفت")
PARTICIPATION_REACH = 2      # words between the members and في: "بفاعلية"، "بقوة"، "أيضا"
_IN = words("في")


def participation_members(view, kb, out):
    """"مشاركة X وY بفاعلية في التحالف Z": X (and Y) memberOf the coalition."""
    toks = view.tokens
    for i in view.positions(PARTICIPATION):
        if view.at.get(i) is not None or i > 0 and view.has(i - 1, _NOT_TAKING_PART):
            continue
        first = view.slot_starting(i + 1)
        if first is None or first.clitic or first.entity.type == "Person" or (
                first.entity.type == "Place" and first.entity.subtype not in ("Country", None)):
            continue
        members = [first] + view.coordinated_after(first, types=("Place", "Organization"))
        k = members[-1].j
        end = min(len(toks), k + PARTICIPATION_REACH + 1)
        while k < end and view.at.get(k) is None and not view.has(k, _IN) and toks[k].norm.isalpha():
            k += 1
        if k >= len(toks) or view.at.get(k) is not None or not view.has(k, _IN):
            continue
        org = view.slot_starting(k + 1)
        if org is None or org.entity.type != "Organization" or not (
                org.entity.subtype == "Coalition" or view.has(org.i, COALITION_HEADS)):
            continue
        for m in members:
            if m.entity is not org.entity:
                add(out, "memberOf", m, org, view, "member-participation")
