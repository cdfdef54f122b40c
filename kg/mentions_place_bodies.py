"""Bodies named for a place: a unit, a body, an agency, an operations command or a facility
whose name holds a place the knowledge base knows (كتيبة جنين، شرطة كركوك، مجلس محافظة X،
وكالة X للأنباء، قيادة عمليات بغداد، مطار X الدولي، سفارة X لدى Y): one organisation (or facility), and the
place inside its name no mention of its own.
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS, FACILITY_HEADS, ORG_HEAD_SUBTYPES, PLACE_HEADS, STOPWORDS, strip_clitics
from kg.mentions_common import _ARABIC_WORD, definite, is_name_word, make_mention
from kg.mentions_facilities import FACILITY_ADJECTIVES
from kg.mentions_org_heads import CHAIN_ORG_HEADS, COMPASS, _CHAIN_STOPS, _GENERAL, _OF_NEWS
from kg.mentions_place_heads import REGION_HEADS_DROPPED
from kg.names import given_names
from kg.normalize import norm
from kg.view import _stems


GENERAL_BODIES = frozenset(norm(w) for w in "القيادة الأمانة الهيئة الإدارة المديرية الرئاسة".split())
_COMMAND = norm("القيادة")


# heads of armed units named after a place (كتيبة جنين، لواء القدس، فيلق الشام) and a place's
# police (شرطة بونتلاند، شرطة كركوك)
UNIT_HEADS = frozenset(norm(w) for w in "كتيبة كتائب لواء ألوية سرايا فيلق شرطة".split())
def _chain_word(tok) -> bool:
    """An indefinite common noun inside a body's name (عمليات، شرطة، أمن، صحة)."""
    n = tok.norm
    return bool(_ARABIC_WORD.match(n)) and not definite(tok) and n not in STOPWORDS \
        and n not in _CHAIN_STOPS and n[:1] != "و"


# heads of bodies whose name holds a place: after a chain of common nouns (قيادة عمليات X،
# مجلس شورى مجاهدي X، قوات دفاع X، قوة دفاع X، جيش تحرير X، إذاعة صوت X) or right before it (مجلس X، بلدية X، محكمة X)
# (نقابة أطباء X، اتحاد عمال X، رابطة علماء X: a guild named for its members and its country;
# حزب نداء X، حركة تحيا X: a party named for its country)
BODY_HEADS_WITH_CHAIN = CHAIN_ORG_HEADS | frozenset(norm(w) for w in (
    "مجلس قوات قوة محكمة هيئة غرفة جيش إذاعة نقابة اتحاد رابطة حزب حركة تيار").split())
# (حكومة اليمن، حكومة طرابلس: a state's or a rival seat's government named by its place)
GOVERNMENT = norm("حكومة")
BODY_HEADS_BEFORE_PLACE = frozenset(norm(w) for w in "مجلس بلدية محكمة صحيفة قناة إذاعة جامعة بنك مصرف حكومة".split())
# an adjective that ends such a body's name: مجلس الرقة العسكري، محكمة جنايات البصرة الاتحادية،
# حكومة اليمن الشرعية
BODY_ADJECTIVES = frozenset(norm(w) for w in (
    "العسكري العسكرية الاتحادي الاتحادية المحلي المحلية الثوري الثورية البلدي البلدية المركزي "
    "الشرعية المؤقتة الانتقالية").split())
# a chamber of commerce named for its town (غرفة الرياض، غرفة جدة) and a company named for a place
# with the kind of its trade after it (شركة القصيم الزراعية، شركة الرياض للتعمير, not "شركة X" alone)
CHAMBER_HEADS = frozenset(norm(w) for w in "غرفة".split())
COMPANY_HEADS = frozenset(norm(w) for w in "شركة".split())
# a region's principality and a region's or a city's municipality (Saudi and Jordanian usage):
# إمارة منطقة الرياض، أمانة منطقة الرياض، أمانة جدة، أمانة عمان (an emirate named bare, إمارة دبي,
# is the place)
PRINCIPALITY, MUNICIPALITY = norm("إمارة"), norm("أمانة")
# a region's or a city's passports directorate (Saudi usage): جوازات منطقة الرياض، جوازات القصيم،
# جوازات جدة (not before a country: "جوازات سورية" are Syrian passports)
PASSPORTS = norm("جوازات")
_SEATS = frozenset((PRINCIPALITY, MUNICIPALITY, PASSPORTS))
_REGION_WORD = norm("منطقة")
_NISBA_ENDS = (norm("ية"), norm("ي"))


def _trade_word(tok) -> bool:
    """The word after a company's place that names its trade: a لل-noun (للتعمير، للأسمنت) or a
    definite nisba adjective (الزراعية، الوطنية)."""
    n = tok.norm
    if not _ARABIC_WORD.match(n) or n in STOPWORDS or n in DIRECTIONS:
        return False
    return (n.startswith("لل") and len(n) > 4) or (definite(tok) and n.endswith(_NISBA_ENDS))


def _seat_of_government(head, tokens, i, m) -> bool:
    """May ``head`` (إمارة، أمانة، جوازات) right before the place at tokens[i] name its government: a
    principality only a region written with منطقة, a municipality that or a known city."""
    if head == PRINCIPALITY:
        return tokens[i].norm == _REGION_WORD
    if head == PASSPORTS:
        return tokens[i].norm == _REGION_WORD or (m is not None and m.subtype in ("City", "Region"))
    return tokens[i].norm == _REGION_WORD or (m is not None and m.subtype == "City")


def _body_before_place(tokens, i, j, covered, m=None):
    """``(start, end, (clitic, head))`` of a body named with the place at tokens[i:j], or None."""
    h = i - 1
    while h >= 0 and h not in covered and i - 1 - h < 3 and _chain_word(tokens[h]) \
            and not (_stems(tokens[h].norm) & (BODY_HEADS_WITH_CHAIN | BODY_HEADS_BEFORE_PLACE | COMPANY_HEADS
                                             | _SEATS)) \
            and tokens[h].norm not in DIRECTIONS and tokens[h].norm not in given_names():
        h -= 1
    if h < 0 or h in covered:
        return None
    heads = BODY_HEADS_WITH_CHAIN if h < i - 1 else \
        BODY_HEADS_BEFORE_PLACE | CHAMBER_HEADS | COMPANY_HEADS | _SEATS
    # the region's word before a known town's name (إمارة منطقة حائل، جوازات منطقة جازان)
    region_word = h == i - 2 and tokens[i - 1].norm == _REGION_WORD
    if region_word:
        heads = heads | _SEATS
    head = next(((c, st) for c, st in strip_clitics(tokens[h].norm)
                 if st in heads and not c.endswith(("ال", "لل"))
                 and not (c.endswith("ب") and st in _LED_BY_HEADS)), None)
    if head is None:
        return None     # (برئاسة X، بقيادة X: "headed by X"; but "الناطق بجوازات القصيم"،
        #                 "أستاذ بجامعة دمشق"، "عضو بمجلس محافظة X": in the body)
    if head[1] in _SEATS and not region_word and not _seat_of_government(head[1], tokens, i, m):
        return None
    if head[1] == GOVERNMENT and head[0].endswith("و") and h > 0 and h - 1 not in covered \
            and _chain_word(tokens[h - 1]):
        return None     # "شعب وحكومة المملكة": the people's and the government's, the state named for both
    if head[1] in COMPANY_HEADS and h == i - 1:
        if j >= len(tokens) or j in covered or not _trade_word(tokens[j]):
            return None     # "شركة X" alone: a company of X as often as one named for it
        return h, j + 1, head
    e = j + 1 if j < len(tokens) and j not in covered and tokens[j].norm in BODY_ADJECTIVES else j
    return h, e, head


#: heads that after ب say who leads or runs (برئاسة X، بقيادة X، بإدارة X), no body named for X
_LED_BY_HEADS = frozenset(norm(w) for w in "رئاسة قيادة إدارة".split())


AGENCY = norm("وكالة")


def _agency_end(tokens, i, j, spans_at):
    """End of a news agency's name holding the place at tokens[i:j] after وكالة (وكالة نواكشوط
    للأنباء، وكالة تونس أفريقيا للأنباء: one more place or name word may stand before
    للأنباء), or None."""
    clitic = next((c for c, st in strip_clitics(tokens[i - 1].norm) if st == AGENCY
                   and not c.endswith(("ال", "لل"))), None) if i > 0 else None
    if clitic is None:
        return None
    e = j
    if e < len(tokens) and tokens[e].norm not in _OF_NEWS and (e in spans_at or is_name_word(tokens[e])):
        e = spans_at.get(e, e + 1)
    return (e + 1, clitic) if e < len(tokens) and tokens[e].norm in _OF_NEWS else None


# an operations command named by its place after its commander's post (Iraqi usage): قائد
# عمليات بغداد، نائب قائد عمليات تحرير نينوى، المتحدث باسم عمليات سامراء
OPERATIONS = norm("عمليات")
_LIBERATION = norm("تحرير")
_OPERATIONS_OWNERS = frozenset(norm(w) for w in "قائد لقائد وقائد القائد باسم".split())


def _operations_command(tokens, i, covered):
    """Start of "عمليات [تحرير] X" before the place at tokens[i], after a commander's post or
    باسم; else None."""
    h = i - 2 if tokens[i - 1].norm == _LIBERATION else i - 1
    if h < 1 or h in covered or tokens[h].norm != OPERATIONS or tokens[h - 1].norm not in _OPERATIONS_OWNERS:
        return None
    return h


_IN = norm("في")
_COUNCIL = norm("المجلس")
# a mission named for the country it works in: بعثة الأمم المتحدة للدعم في ليبيا، البعثة الأممية
# في العراق، بعثة الاتحاد الأوروبي في مالي
MISSION_HEADS = frozenset(norm(w) for w in "بعثة البعثة".split())
MISSION_NAME_WORDS = 6


def _council_in_place(tokens, i, covered):
    """Start of "المجلس العسكري/المحلي في X" before the place at tokens[i] (the council of a town,
    named for it; "المجلس العسكري في السودان" is the country's council, the country named), or
    None."""
    if i < 3 or tokens[i - 1].norm != _IN or {i - 1, i - 2, i - 3} & covered \
            or tokens[i - 2].norm not in BODY_ADJECTIVES:
        return None
    return i - 3 if any(st == _COUNCIL for _, st in strip_clitics(tokens[i - 3].norm)) else None


# a mission named for the country it helps: بعثة الأمم المتحدة لمساعدة أفغانستان، ... لدعم X
MISSION_PURPOSES = frozenset(norm(w) for w in "لمساعدة لدعم".split())


def _mission_in_place(tokens, i, spans_at):
    """``(start, clitic)`` of "بعثة <body> [لل<purpose>] في X" or "بعثة <body> لمساعدة X" before
    the place at tokens[i], or None: the mission's name runs from its head to the place it works
    in, over a known body's name (الأمم المتحدة) or definite words."""
    if i < 3 or (tokens[i - 1].norm != _IN and tokens[i - 1].norm not in MISSION_PURPOSES):
        return None
    ends = {j: k for k, j in spans_at.items()}
    k = i - 2
    while k >= 0 and i - 1 - k <= MISSION_NAME_WORDS:
        if k + 1 in ends:       # a known body's name (الأمم المتحدة) ends here
            k = ends[k + 1] - 1
            continue
        n = tokens[k].norm
        head = next((c for c, st in strip_clitics(n) if st in MISSION_HEADS and not c.endswith("لل")), None)
        if head is not None:
            return (k, head) if k < i - 2 else None
        if not _ARABIC_WORD.match(n) or n in STOPWORDS or not (definite(tokens[k]) or n.startswith("لل")):
            return None
        k -= 1
    return None


# a state's mission named by the state (سفارة المملكة العربية السعودية، قنصلية تركيا), and where it
# is after في/لدى (سفارة الكويت لدى الأردن): one body, the states inside its name no mentions
MISSION_OF_STATE_HEADS = frozenset(norm(w) for w in "سفارة قنصلية".split())
_POSTED_IN = frozenset(norm(w) for w in "في لدى".split())


def _state_mission(tokens, i, j, spans_at, covered):
    """``(start, end, clitic)`` of "سفارة/قنصلية + the state at tokens[i:j] [+ في/لدى + a known
    place]", or None."""
    if i < 1 or i - 1 in covered:
        return None
    clitic = next((c for c, st in strip_clitics(tokens[i - 1].norm)
                   if st in MISSION_OF_STATE_HEADS and not c.endswith(("ال", "لل"))), None)
    if clitic is None:
        return None
    e = j
    if j + 1 < len(tokens) and tokens[j].norm in _POSTED_IN and j + 1 in spans_at:
        e = spans_at[j + 1]
    return i - 1, e, clitic


def _units_named_for_places(tokens, text, spans):
    """A unit head right before a place the knowledge base knows names the unit:
    "كتيبة جنين" is a group, the place inside its name is no mention of its own."""
    covered = {k for i, j, _ in spans for k in range(i, j)}
    spans_at = {i: j for i, j, _ in spans}
    out = []
    inside = -1
    for i, j, m in spans:
        if i < inside:
            continue        # inside a name taken before (وكالة تونس أفريقيا للأنباء)
        if m.type == "Place" and m.start == tokens[i].start:
            agency = _agency_end(tokens, i, j, spans_at)
            if agency is not None:
                e, clitic = agency
                out.append((i - 1, e, make_mention(tokens, i - 1, e, "Organization", "MediaOrganization",
                                                   clitic=clitic, text=text)))
                inside = e
                continue
        if m.type == "Organization" and i > 1 and i - 1 not in covered and i - 2 not in covered \
                and tokens[i].norm.startswith("لل") \
                and tokens[i - 1].norm in _GENERAL and tokens[i - 2].norm in GENERAL_BODIES:
            # "القيادة العامة للقوات المسلحة الأردنية": the general command, a body of its own
            out.append((i - 2, j, make_mention(tokens, i - 2, j, "Organization",
                                               "ArmedForce" if tokens[i - 2].norm == _COMMAND
                                               else "GovernmentBody", text=text)))
            continue
        if m.type == "Place" and i > 1 and i - 1 not in covered and m.start == tokens[i].start:
            h = _operations_command(tokens, i, covered)
            if h is not None:
                # "قائد عمليات الأنبار"، "قائد عمليات تحرير القائم": the operations command
                out.append((h, j, make_mention(tokens, h, j, "Organization", "ArmedForce", text=text)))
                continue
        if m.type == "Place" and m.start == tokens[i].start:
            h = _council_in_place(tokens, i, covered) if m.subtype != "Country" else None
            mission = _mission_in_place(tokens, i, spans_at) if h is None else None
            if h is not None or mission is not None:
                # "المجلس العسكري في مصراتة"، "بعثة الأمم المتحدة للدعم في ليبيا": one body named
                # for the place it is in (the body's own name inside it is no mention either)
                h, clitic = (h, "") if mission is None else mission
                out = [o for o in out if o[1] <= h]
                out.append((h, j, make_mention(tokens, h, j, "Organization",
                                               "ArmedForce" if mission is None else None, clitic=clitic,
                                               text=text)))
                continue
        if m.type == "Place" and m.subtype == "Country" and m.start == tokens[i].start:
            mission = _state_mission(tokens, i, j, spans_at, covered)
            if mission is not None:
                # "سفارة المملكة العربية السعودية في لبنان"، "قنصلية تركيا في أربيل"
                h, e, clitic = mission
                out.append((h, e, make_mention(tokens, h, e, "Organization", "GovernmentBody",
                                               clitic=clitic, text=text)))
                inside = e
                continue
        if m.type == "Place" and i > 0 and i - 1 not in covered and m.start == tokens[i].start:
            h, head = i - 1, None
            body = _body_before_place(tokens, i, j, covered, m)
            if body is not None:
                # "قيادة عمليات الأنبار"، "مجلس شورى ثوار الموصل"، "مجلس الرقة العسكري"،
                # "قوات حماية عدن": a body's name holding a place
                h, e, (clitic, stem) = body
                out.append((h, e, make_mention(tokens, h, e, "Organization",
                                               ORG_HEAD_SUBTYPES.get(stem) or (
                                                   "GovernmentBody" if stem in _SEATS else None),
                                               clitic=clitic, text=text)))
                continue
            if i > 1 and i - 2 not in covered and _chain_word(tokens[i - 1]):
                h = i - 2
                head = next(((c, st) for c, st in strip_clitics(tokens[h].norm)
                             if st in CHAIN_ORG_HEADS and not c.endswith(("ال", "لل"))), None)
            if head is None:
                h = i - 1
                head = next(((c, st) for c, st in strip_clitics(tokens[h].norm)
                             if st in UNIT_HEADS and not c.endswith(("ال", "لل"))), None)
            if head is not None:
                clitic, stem = head
                out.append((h, j, make_mention(tokens, h, j, "Organization",
                                               ORG_HEAD_SUBTYPES.get(stem), clitic=clitic,
                                               text=text)))
                continue
            facility = next((c for c, st in strip_clitics(tokens[i - 1].norm)
                             if st in FACILITY_HEADS and not c.endswith(("ال", "لل"))), None)
            if facility is not None and (m.subtype != "Country" or (
                    j < len(tokens) and j not in covered and tokens[j].norm in FACILITY_ADJECTIVES)):
                # "مطار أربيل الدولي"، "ميناء الحديدة": a facility named after a known place
                # (after a country only with its adjective: مطار الكويت الدولي)
                e = j + 1 if j < len(tokens) and j not in covered and tokens[j].norm in FACILITY_ADJECTIVES else j
                out.append((i - 1, e, make_mention(tokens, i - 1, e, "Place", None, clitic=facility,
                                                   text=text)))
                continue
            if m.subtype != "Country" and i > 1 and i - 2 not in covered and tokens[i - 1].norm in COMPASS:
                # "ولاية جنوب كردفان": a region named by a direction of a known place is another place
                region = next(((c, st) for c, st in strip_clitics(tokens[i - 2].norm)
                               if PLACE_HEADS.get(st) == "Region" and not c.endswith(("ال", "لل"))), None)
                if region is not None:
                    clitic, stem = region
                    h = i - 1 if stem in REGION_HEADS_DROPPED else i - 2
                    out.append((h, j, make_mention(tokens, h, j, "Place", "Region", text=text,
                                                   clitic=clitic if h == i - 2 else "")))
                    continue
        out.append((i, j, m))
    return out
