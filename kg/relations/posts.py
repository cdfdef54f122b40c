"""Posts: the holder of a post named before or after them leads, speaks for or holds a
post in an organisation or a state (قائد الجيش X، المتحدث باسم الحركة X، وزير الدفاع التركي X,
محافظ اللاذقية X).
"""
from __future__ import annotations

import re

from kg.lexicon import (LEADER_POSTS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, POST_HEADS, SPOKES_HEADS, STOPWORDS,
                        TITLE_ADJECTIVES, common_words, strip_clitics)
from kg.normalize import norm
from kg.relations.appointments import APPOINTED_HIM, APPOINTED_POSTS
from kg.relations.common import (AFFIL_CUES, Pseudo, add, country_slot, holder_of_the_first_post, in_pp,
                                 past_so_called, past_words, person_before_description,
                                 words)
from kg.relations.members import body_of_the_unit, person_after_titles

_ATTACH = words("في لدى التابع التابعة ب")
# honorifics the names leave out (kg.mentions_names), between a post and its holder ("المتحدث
# باسم طالبان، قاري X"، "حاكم الولاية، مولوي X"), and those a listed dignitary is named with,
# which glued to و open the next person of a list ("X ومعالي رئيس ..."، "وسمو")
HONORIFICS = words("قاري مولوي حاجي معالي سمو صاحب فخامة جلالة سماحة فضيلة سعادة")
_ACTING = words("بالوكالة بالإنابة بالنيابة")
# a title cut to its first letter and a full stop, as the Gulf press writes it between a post and
# its holder: "المتحدث الرسمي لوزارة الصحة د. X" (الدكتور)، "مدير المشروع م. X" (المهندس)، "أ. X" (الأستاذ)
ABBREVIATED_TITLES = words("د م أ")


def abbreviated_title(toks, j) -> bool:
    """Is token ``j`` a title's first letter with its full stop right after it ("د." "م." "أ.")?"""
    return toks[j].norm in ABBREVIATED_TITLES and j + 1 < len(toks) and toks[j + 1].text == "."
COUNTERPART = words("نظيره نظيرها نظير نظيريه")
HEAD_OF_STATE = words("الرئيس رئيس الملك ملك الأمير أمير السلطان العاهل عاهل")
MINISTER = words("وزير وزيرة الوزير")
ENVOYS = words("سفير السفير سفيرة السفيرة مبعوث المبعوث مبعوثة المبعوثة نائب ممثل الممثل ممثلة الممثلة "
               # the envoy in the wires' other word: موفد الولايات المتحدة الخاص إلى المنطقة X
               "موفد الموفد موفدة الموفدة "
               "منسق المنسق منسقة المنسقة "
               # a state's delegate to a body: مندوب سوريا الدائم لدى الأمم المتحدة X
               "مندوب المندوب مندوبة المندوبة")
# an ambassador, envoy, delegate or deputy glued to the و that opens a list's next item: "A،
# وسفير فرنسا لدى المملكة B"، "A ونائب الأمين العام لجامعة الدول العربية B" (B holds the post;
# other posts are read by their stems already)
LISTED_ENVOYS = words("سفير سفيرة مبعوث مبعوثة مندوب مندوبة نائب نائبة")


def _envoy_word(n: str) -> str:
    """The envoy's word ``n`` without the و of a list ("وسفير" -> "سفير"), else ``n`` as it is."""
    return n[1:] if n.startswith("و") and n[1:] in LISTED_ENVOYS else n


# a delegate is a state's (a country or its adjective right after), not a club's or a firm's
DELEGATES = words("مندوب المندوب مندوبة المندوبة")
# سلطان without the article is a given name too (سلطان بن سلمان); a post only right before the
# country it rules, after its holder's name: "السلطان X بن Y سلطان عمان"
SULTAN = words("سلطان")
# ولي العهد السعودي X: the crown prince holds a post in the state
CROWN = words("ولي")
_REIGN = words("العهد عهد")     # ولي العهد السعودي X، ولي عهد أبوظبي X
# a governor leads the place he governs: محافظ جنين X، حاكم ولاية بورنو X، والي الخرطوم X
REPRESENTATIVES = words("ممثل الممثل ممثلة الممثلة")
# "وكيل محافظة تعز X"، "وكيل وزارة الداخلية X": an under-secretary holds a post in the body or
# the province named right after (not "وكيل إيران", a proxy)
UNDER_SECRETARIES = words("وكيل وكيلة")
_UNDER_HEADS = words("محافظة وزارة الوزارة المحافظة ولاية")
GOVERNORS = words("محافظ المحافظ محافظا حاكم الحاكم حاكما والي الوالي "
                  # the head of an Iraqi or Lebanese district: قائمقام قضاء سنجار X، قائممقام الموصل X
                  "قائمقام قائممقام القائمقام القائممقام")
# a mayor leads the city (or the village) named right after: عمدة مقديشو X، X، عمدة بلدة Y
MAYORS = words("عمدة العمدة")
# a unit's commander (Iraq, Libya): آمر اللواء X، آمر كتيبة Y X; normalised it is "أمر" (an
# order, he ordered) too, so only the word written with its madda counts
COMMANDING_OFFICERS = words("آمر الآمر")
# adjectives of a post between the sending side and the person: مبعوث واشنطن الخاص إلى السودان X
POST_ADJECTIVES = words("الخاص الخاصة الشخصي الشخصية الدائم الدائمة المقيم الأممي الأممية "
                        # when the post was held: رئيس الائتلاف الأسبق X، زعيمها التاريخي X
                        "السابق السابقة الأسبق الحالي الحالية الجديد الجديدة التاريخي المؤسس "
                        # مديره التنفيذي X، مديرها العام X
                        "التنفيذي التنفيذية العام العامة "
                        # the holder's state now: زعيم الحزب المسجون X، قائد الفرقة المنشق X
                        "المسجون المعتقل الأسير الفار المنشق المقتول المحتجز المختطف المخطوف "
                        # the body's stance, left out of its name: زعيم الحزب المعارض X
                        "المعارض المعارضة الحاكم الحاكمة المتشدد المتشددة")
_TO = words("إلى لدى")
# the host state named by its nominal after لدى, no entity of the sentence: "سفير فرنسا لدى المملكة
# X" (the Saudi press's own kingdom, a sultanate, a republic): passed over like a named place
HOST_STATE_NOMINALS = words("المملكة السلطنة الجمهورية الدولة")
_AT_HOST = words("لدى")
# المبعوث الأممي: the post is held in the United Nations (its key in kg/data/kb.json)
UN_ADJECTIVES = words("الأممي الأممية أممي أممية")
# "المبعوث الدولي إلى سوريا X": an envoy called international is the United Nations' one
INTERNATIONAL = words("الدولي الدولية")
# posts held in a body or a state without leading it: مستشار الأمن القومي العراقي X،
# أمين المجلس الأعلى للأمن القومي X
ADVISERS = words("مستشار المستشار مستشارة المستشارة أمين")
# المرشد الأعلى للثورة الإيرانية X: the supreme guide leads the state
GUIDES = words("المرشد مرشد")
# "الزعيم الأعلى الإيراني X": the supreme leader, a guide of the state (الزعيم alone before a
# country's adjective may lead a people or a party: الزعيم الكردي X)
SUPREME = words("الأعلى")


def _supreme(view, i) -> bool:
    """Is the leader's word at ``i`` followed by الأعلى (no entity): the supreme leader?"""
    return i + 1 < len(view.tokens) and view.at.get(i + 1) is None and view.has(i + 1, SUPREME) \
        and bool(view.stems(i) & LEADER_POSTS)
# الأمين العام لـ X: the secretary general leads the party, the league, the organisation
SECRETARIES = words("الأمين أمين الأمينة أمينة")
_GENERAL = words("العام العامة عام عامة")     # الأمين العام X، أمين عام X
# "نائب الأمين العام"، "المبعوث الخاص للأمين العام": a post beside the secretary general's
BESIDE_THE_HEAD = ENVOYS | ADVISERS | UNDER_SECRETARIES | words("مساعد المساعد مساعدة نواب")
# a director leads the body named right after the post: مدير وكالة الاستخبارات X، مدير المرصد X
DIRECTORS = words("مدير مديرة المدير المديرة")
# the director's adjective before the body (with ل): the executive director leads it, a regional or
# a country director holds a post in it
_DIRECTOR_KINDS = {**{w: "leaderOf" for w in words("التنفيذي التنفيذية")},
                   **{w: "positionIn" for w in words("الإقليمي الإقليمية القطري القطرية")}}
COORDINATORS = words("منسق المنسق منسقة المنسقة")
SUBDISTRICTS = words("ناحية")
# a woman speaking for a body: المتحدثة باسم الوزارة X، الناطقة الرسمية باسم الحركة X
SPOKESWOMEN = words("المتحدثة الناطقة متحدثة ناطقة")
SPOKES = SPOKES_HEADS | SPOKESWOMEN
# "النائب العام المصري X": the attorney general holds a post in the state (النائب alone is a
# member of parliament, نائب الرئيس a deputy)
PROSECUTORS = words("النائب نائب "
                    # "المدعي العام في محافظة X Y"، "المدعي العام الإيراني Y"
                    "المدعي مدعي")
# "مساعد القائد العام لشرطة دبي X"، "مساعد وزير الخارجية X": an assistant to the head holds a
# post in the head's body; only before the head's post word (not "الطيار المساعد", "عامل مساعد")
ASSISTANTS = words("مساعد المساعد مساعدة المساعدة")
# words that are a post only before a body of a given kind, named right after them (elsewhere
# العميد is a rank, الشيخ a title): عميد بلدية X (a Libyan mayor), شيخ قبيلة X / شيخ عشيرة X
BODY_HEADS = {norm("عميد"): words("بلدية"), norm("شيخ"): words("قبيلة عشيرة")}
# the general supervisor of a body heads it: "المشرف العام على مركز X، الدكتور Y"
SUPERVISORS = words("المشرف مشرف")
_ON = words("على")


def _supervised_body(view, i):
    """The organisation named after "المشرف العام على" (the supervisor word at ``i``), else None."""
    k = i + 1
    if k < len(view.tokens) and view.at.get(k) is None and view.tokens[k].norm in _GENERAL:
        k += 1
    if k >= len(view.tokens) or view.at.get(k) is not None or view.tokens[k].norm not in _ON:
        return None
    s = view.slot_starting(k + 1)
    return s if s is not None and not s.clitic and s.entity.type == "Organization" else None


# a coordinator of a field in a body: "منسق الشؤون الإنسانية لدى الوكالة X، Y"، "منسق عمليات الإمداد
# لبرنامج X، Y" (a post in the body; "المنسق العام لـ X" leads it, _post_kind)
COORDINATOR_FIELD_REACH = 4


def _coordinated_body(view, i):
    """The organisation a coordinator at ``i`` serves, named after his field (up to
    COORDINATOR_FIELD_REACH words, no entity) after لدى / في or with ل glued, else None."""
    return _served_body(view, i, glued=("ل", "لل"), construct=True)


def _served_body(view, i, glued, construct):
    """The organisation named after the post word at ``i`` and its field (up to
    COORDINATOR_FIELD_REACH words, no entity): after لدى / في, with one of ``glued`` on it past the
    field, or right after the post word in construct when ``construct``; else None."""
    toks = view.tokens
    k = i + 1
    while k < min(len(toks), i + 1 + COORDINATOR_FIELD_REACH):
        s = view.slot_starting(k)
        if s is not None:
            # (in construct: "منسق الأمم المتحدة للشؤون الإنسانية X")
            ok = s.clitic in glued and (k > i + 1 or "ب" in glued) or not s.clitic and (
                construct and k == i + 1 or view.has(k - 1, _RESEARCHED_IN))
            return s if ok and s.entity.type == "Organization" else None
        if view.at.get(k) is not None or not toks[k].norm.isalpha() or (
                toks[k].norm in STOPWORDS and not view.has(k, _RESEARCHED_IN)):
            return None
        k += 1
    return None


# a researcher of a named body: "X الباحث في مركز Y"، "الباحثة بمعهد Y X" (a post in the body; not
# "الباحث في الشؤون الأمنية", a field, no body named)
# a university's teacher too: "الأستاذ في جامعة Y، X"، "أستاذ العلوم السياسية بجامعة Y X" (his field
# between; "الأستاذ X" alone is a title)
RESEARCHERS = words("الباحث باحث الباحثة باحثة الأستاذ أستاذ الأستاذة أستاذة")
_RESEARCHED_IN = words("في لدى")


def _researchers_body(view, i):
    """The organisation a researcher or teacher at ``i`` works in, named after his field (up to
    COORDINATOR_FIELD_REACH words) after في or glued to ب, else None."""
    return _served_body(view, i, glued=("ب",), construct=False)


_POST_CUES = (frozenset(BODY_HEADS) | SULTAN | LEADER_POSTS | HEAD_OF_STATE | SPOKES | MINISTER | COUNTERPART | ENVOYS | GOVERNORS | MAYORS
              | COMMANDING_OFFICERS | ASSISTANTS
              | ADVISERS | GUIDES | SECRETARIES | CROWN | DIRECTORS | UNDER_SECRETARIES | PROSECUTORS | RESEARCHERS
              | SUPERVISORS)
ON_ITS_BEHALF = words("باسمها باسمه")
ON_BEHALF = words("باسم")
_HEAD = words("رئيس رئيسة")
# a unit of a body, not yet the body: رئيس المكتب السياسي لـ X، رئيس اللجنة الأمنية في X
UNITS = words("المكتب مكتب اللجنة لجنة الدائرة دائرة القسم قسم الهيئة هيئة الجناح جناح "
              # a branch of the body: رئيس فرع حزب X في محافظة Y Z (the branch's head, a member)
              "فرع الفرع "
              # a branch or a formation of a force: قائد القوات البرية للحرس الثوري X
              "القوات قوات الفرقة فرقة اللواء لواء الكتيبة كتيبة سلاح الفيلق فيلق")
_MINISTERS = words("الوزراء وزراء وزرائها وزرائه")     # رئيس وزرائها X: its prime minister


def post_relations(view, kb, out):
    """قائد X [الأميرال] Y / المتحدث باسم X Y / وزير الدفاع التركي Y (and Y، قائد X)."""
    for i in view.positions(_POST_CUES):
        kind = _post_kind(view, kb, i)
        if kind is None:
            continue
        org, country, k = _post_complement(view, kb, i, kind)
        person, within = post_holder(view, kb, i, k, kind)
        if person is not None and _spokesman_of_the_head(view, i) and _apposed_after(view, i, person):
            continue      # "المتحدث باسم الأمين العام للأمم المتحدة، X": X speaks for the head, not him
        if person is not None:
            _post_relation(view, kb, out, i, k, kind, person, org, country, within)


# "نائب رئيس X Y"، "مساعد قائد X Y": the holder is beside the head, not the head (the deputy's
# own word gives the post in X)
BESIDE_WORDS = words("نائب النائب مساعد المساعد نواب نائبا معاون المعاون وكيل")
DEPUTY_RANKS = words("الأول الثاني الأولى الثانية")


def _post_kind(view, kb, i):
    """The relation the post word at ``i`` gives its holder, or None."""
    stems = view.stems(i)
    if _title_before_another_post(view, i):
        return None           # "استقبل الرئيس وزير الخارجية المصري X": the host, not X's post
    if stems & HEAD_OF_STATE and _head_served(view, i):
        return None           # "مبعوث جلالة الملك للمملكة X": X the envoy, not the king
    heads = stems & LEADER_POSTS or stems & HEAD_OF_STATE or stems & GOVERNORS   # (نائب حاكم X: no governor)
    if i > 0 and view.has(i - 1, BESIDE_WORDS) and heads:
        return None
    if i > 1 and view.has(i - 2, BESIDE_WORDS) and view.has(i - 1, DEPUTY_RANKS) and heads:
        return None           # "النائب الأول لرئيس مجلس النواب X": the first deputy, not the head
    if i + 1 < len(view.tokens) and view.has(i + 1, _MINISTERS) and stems & _HEAD:
        return "positionIn"   # رئيس الوزراء العراقي X: a post in the state (leading it is optional)
    if stems & SECRETARIES and view.has(i + 1, _GENERAL):
        return _secretary_general(view, i)
    if view.tokens[i].norm in PROSECUTORS and view.has(i + 1, _GENERAL) and view.at.get(i + 1) is None:
        return "positionIn"   # النائب العام المصري X
    if view.tokens[i].norm in SULTAN:
        return "leaderOf" if _sultan_of_a_country(view, i) else None
    if stems & CROWN:
        return "positionIn" if view.has(i + 1, _REIGN) else None
    if _security_of_a_place(view, i):
        return "positionIn"   # "مدير أمن عدن X"، "قائد شرطة إقليم X Y": a post in the place's security
    if stems & COORDINATORS and view.has(i + 1, _GENERAL) and view.at.get(i + 1) is None:
        return "leaderOf"     # "المنسق العام للهيئة X": the general coordinator heads the body
    if stems & DIRECTORS and view.has(i + 1, SUBDISTRICTS) and view.at.get(i + 1) is None:
        # "مدير ناحية القيارة X": the head of a subdistrict (Iraq, Syria) leads it
        place = view.slot_starting(i + 2)
        return "leaderOf" if place is not None and place.entity.type == "Place" and not place.clitic else None
    if stems & DIRECTORS and i > 0 and view.has(i - 1, BESIDE_WORDS):
        return None           # "نائب مدير جامعة X Y": the deputy holds a post in X (نائب gives it)
    if stems & DIRECTORS and _branch_body(view, i) is not None:
        return "leaderOf"     # "مدير [عام] فرع وزارة X Y": the branch's head (a post in X, _post_relation)
    if stems & DIRECTORS and view.at.get(i + 1) is None and view.has(i + 1, _DIRECTOR_KINDS):
        # "المدير التنفيذي لمنظمة X Y" leads it; "المدير الإقليمي لمنظمة X Y" holds a post in it
        body = view.slot_starting(i + 2)
        if body is None or body.entity.type != "Organization" or body.clitic not in ("ل", "لل"):
            return None
        return next(_DIRECTOR_KINDS[st] for st in sorted(view.stems(i + 1)) if st in _DIRECTOR_KINDS)
    if stems & DIRECTORS and _regional_directors_body(view, i) is not None:
        return "positionIn"   # "مدير إقليم شرق المتوسط لمنظمة X Y": a post in the body, not the region
    if stems & DIRECTORS:
        body = view.slot_starting(i + 1)
        if body is None and view.has(i + 1, _GENERAL) and view.at.get(i + 1) is None:
            # "المدير العام لمنظمة X"، "مدير عام وكالة X": the general director leads it
            body = view.slot_starting(i + 2)
            return "leaderOf" if body is not None and body.entity.type == "Organization" \
                and body.clitic in ("", "ل", "لل") else None
        return "leaderOf" if body is not None and body.entity.type == "Organization" and not body.clitic \
            else None
    if stems & GOVERNORS and and_to(view.tokens[i]):
        return None           # "والى" / "وإلى": "and to", which normalises like the governor (والي)
    if stems & LEADER_POSTS or stems & HEAD_OF_STATE or stems & GOVERNORS or stems & GUIDES:
        return "leaderOf"
    if stems & COMMANDING_OFFICERS:
        return "leaderOf" if "آمر" in _MARKS.sub("", view.tokens[i].text) else None
    if view.tokens[i].norm in BODY_HEADS:
        return _head_of_the_body(view, i)
    if stems & MAYORS:
        nxt = view.slot_starting(i + 1)
        # only of a place named right after ("عمدة مقديشو"), not a village's unnamed headman
        return "leaderOf" if nxt is not None and nxt.entity.type == "Place" else None
    if stems & SPOKES:
        # "نائب المتحدث باسم X Y": the deputy holds a post in X (نائب gives it), X's spokesman is another
        return None if i > 0 and view.has(i - 1, BESIDE_WORDS) else "spokespersonOf"
    toks = view.tokens
    if toks[i].norm in ASSISTANTS:
        # (not a name's last word: "الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران")
        return "positionIn" if view.at.get(i) is None and i + 1 < len(toks) and view.stems(i + 1) & (
            LEADER_POSTS | HEAD_OF_STATE | MINISTER | DIRECTORS | SECRETARIES) else None
    if stems & RESEARCHERS:
        return "positionIn" if _researchers_body(view, i) is not None else None
    if stems & COORDINATORS and not view.has(i + 1, _GENERAL):
        return "positionIn" if _coordinated_body(view, i) is not None else None
    if stems & SUPERVISORS:
        # (an assistant's or a deputy's post beside him is no lead: "مساعد المشرف العام للعمليات")
        beside = i > 0 and view.has(i - 1, BESIDE_WORDS)
        return "leaderOf" if not beside and _supervised_body(view, i) is not None else None
    envoy = _envoy_word(toks[i].norm)
    if stems & MINISTER or envoy in ENVOYS or stems & COUNTERPART or stems & ADVISERS \
            or stems & UNDER_SECRETARIES:
        if stems & UNDER_SECRETARIES and view.has(i + 1, SECRETARIES) and view.has(i + 2, _GENERAL):
            return "positionIn"   # "وكيل الأمين العام للأمم المتحدة X": a post in the body
        if stems & UNDER_SECRETARIES:
            # only of a ministry or a province named right after: وكيل محافظة X، وكيل وزارة X
            nxt = view.slot_starting(i + 1) or (view.slot_starting(i + 2) if view.has(i + 1, _UNDER_HEADS)
                                                else None)
            if nxt is None or nxt.entity.type not in ("Organization", "Place") or not (
                    view.has(i + 1, _UNDER_HEADS) or view.has(nxt.i, _UNDER_HEADS)):
                return None
        if envoy in DELEGATES and not _of_a_state(view, kb, i + 1):
            return None       # "مندوب النادي X": a club's agent, no post in a state
        if toks[i].norm in REPRESENTATIVES:
            # ممثل is also an actor: a representative only of a body named right after
            nxt = view.slot_starting(i + 1)
            if nxt is None or nxt.entity.type != "Organization":
                return None
        return "positionIn"
    return None


def _sultan_of_a_country(view, i) -> bool:
    """Is سلطان at ``i`` no name's word, right after a person's name and right before a country
    written with no clitic ("قابوس بن سعيد سلطان عمان")?"""
    if view.at.get(i) is not None or i == 0:
        return False
    before, after = view.at.get(i - 1), view.slot_starting(i + 1)
    return before is not None and before.entity.type == "Person" and before.j == i \
        and after is not None and after.entity.type == "Place" and after.entity.subtype == "Country" \
        and not after.clitic


def _head_of_the_body(view, i):
    """"عميد بلدية X"، "شيخ قبيلة X": leaderOf when the body named right after the word (no
    clitic) is an organisation whose name starts with the kind that word heads; else None."""
    body = view.slot_starting(i + 1)
    if body is None or body.clitic or body.entity.type != "Organization":
        return None
    return "leaderOf" if view.tokens[body.first].norm in BODY_HEADS[view.tokens[i].norm] else None


# a head of state named by his title alone, as the subject or object of a verb: "استقبل الرئيس"
TITLES_ALONE = words("الرئيس الملك الأمير السلطان العاهل "
                     # the minister as the host: "استقبل الوزير مدير إقليم X لمنظمة Y، Z"
                     "الوزير الوزيرة")
# the post of another person right after it: "استقبل الرئيس سفير X Y"، "التقى الملك وزير X Y"
OTHER_POSTS = words("سفير سفيرة وزير وزيرة مبعوث مبعوثة قائد رئيس رئيسة زعيم محافظ مدير مديرة "
                    "المتحدث الناطق مندوب ممثل")


# the office of a head of state, named before him: "مدير مكتب جلالة الملك X"، "رئيس ديوان الرئيس X"
_HEAD_S_OFFICE = words("مكتب ديوان")


def _head_served(view, i):
    """Is the head of state's word at ``i`` named, past an honorific, as the one an envoy, an
    adviser or an office serves ("مبعوث جلالة الملك للمملكة العربية السعودية X"، "مستشار فخامة
    الرئيس للشؤون الأمنية X")? The person named after is the envoy or the adviser."""
    k = i - 1
    while k > 0 and view.at.get(k) is None and view.tokens[k].norm in HONORIFICS:
        k -= 1
    return k < i - 1 and view.at.get(k) is None and view.has(k, BESIDE_THE_HEAD | _HEAD_S_OFFICE)


def _title_before_another_post(view, i):
    """Is the word at ``i`` a head of state's title alone (الرئيس، الملك) right before another
    person's post (سفير، وزير، قائد ...), no entity in either: two persons, not one post?"""
    toks = view.tokens
    return i + 1 < len(toks) and toks[i].norm in TITLES_ALONE and view.at.get(i) is None \
        and view.at.get(i + 1) is None and toks[i + 1].norm in OTHER_POSTS


def _of_a_state(view, kb, k):
    """Is token ``k`` a country (مندوب سوريا، مندوب المملكة) or a state's adjective (المندوب
    الروسي), past "الدائم" (المندوب الدائم للمملكة)?"""
    toks = view.tokens
    while k < len(toks) and view.at.get(k) is None and toks[k].norm in POST_ADJECTIVES:
        k += 1
    if k >= len(toks):
        return False
    s = view.slot_starting(k)
    if s is not None:
        return s.entity.type == "Place" and s.entity.subtype in ("Country", None)
    return bool(kb.demonym(toks[k].norm))


# "والي" (a governor) and "والى"/"وإلى" ("and to") are one word once normalised (ى -> ي, إ -> ا):
# the written word tells them apart; a governor is spelled with ي and no hamza
_MARKS = re.compile("[\u064B-\u0652\u0640]")


def and_to(tok):
    """Is the token as written "والى" or "وإلى" (و + إلى), not the governor "والي"?"""
    raw = _MARKS.sub("", tok.text)
    return raw.endswith("ى") or "إ" in raw or "أ" in raw


# a place's security body, left out of the entities: "مدير أمن عدن X"، "قائد شرطة إقليم بنادر Y"
SECURITY_BODIES = words("أمن شرطة")


def _security_of_a_place(view, i):
    """Is the leader's or director's post at ``i`` followed by a security body that is no entity
    and then a place ("قائد شرطة إقليم X"): the holder serves in the place, he does not lead it?"""
    stems = view.stems(i)
    if not (stems & DIRECTORS or stems & LEADER_POSTS) or view.at.get(i + 1) is not None \
            or not view.has(i + 1, SECURITY_BODIES):
        return False
    place = view.slot_starting(i + 2)
    return place is not None and place.entity.type == "Place" and not place.clitic \
        and not place.mention.nominal     # "مدير أمن المحافظة": which one is the entity layer's guess


def _spokesman_of_the_head(view, i):
    """Is the head's post at ``i`` named as whom a spokesman speaks for ("المتحدث باسم الرئيس",
    "الناطق الرسمي باسم رئيس الوزراء")?"""
    return i > 1 and view.tokens[i - 1].norm in ON_BEHALF and (
        view.has(i - 2, SPOKES) or i > 2 and view.has(i - 3, SPOKES) and view.has(i - 2, SPOKES_ADJECTIVES))


def _apposed_after(view, i, person):
    """Is ``person`` named after the post at ``i`` past a comma (the spokesman apposed: "المتحدث
    باسم الرئيس الروسي، X"), not right after it (the head: "المتحدث باسم الرئيس الأفغاني X قال")?"""
    return person.i > i and view.tokens[person.i - 1].text in ("،", ",")


# between a spokesman's word and باسم: "الناطق الرسمي باسم"، "المتحدث العسكري باسم"
SPOKES_ADJECTIVES = words("الرسمي الرسمية الإعلامي الإعلامية العسكري العسكرية")


def _secretary_general(view, i):
    """"الأمين العام لحزب X Y": Y leads X; not his deputy's or envoy's post (نائب الأمين العام Y),
    nor the post named as its holder's sender (المبعوث الخاص للأمين العام)."""
    if i > 0 and (view.has(i - 1, BESIDE_THE_HEAD) or view.tokens[i].norm.startswith("لل")):
        return None
    if i + 2 < len(view.tokens) and view.at.get(i + 2) is None and view.has(i + 2, SECRETARY_S_PORTFOLIO):
        return "positionIn"   # "الأمين العام المساعد لجامعة X Y"، "الأمين العام للعلاقات الخارجية للاتحاد X Y"
    return "leaderOf"


# what makes a secretary general one of a body's officers, not its head: an assistant (الأمين
# العام المساعد) or a portfolio of his own before the body (الأمين العام للعلاقات الخارجية للاتحاد)
SECRETARY_S_PORTFOLIO = words("المساعد المساعدة للعلاقات للشؤون للشئون")


# a second post's head word: where a minister's portfolio told without an entity ends
_OTHER_HEADS = words("رئيس رئيسة قائد مدير مديرة محافظ أمير الرئيس القائد المدير")
# a centre, a department or a section named only by what it does, before the place it serves:
# "قائد مركز تدريب منطقة X"، "مدير إدارة المرور بمحافظة X" (the place is not what he leads)
UNNAMED_CENTRES = words("مركز إدارة قسم شعبة وحدة مكتب")
_CENTRE_WORDS = words("تدريب التدريب شرطة الشرطة مرور المرور الدفاع المدني الشؤون الصحية التعليم تعليم "
                      "الأحوال الجوازات العمليات عمليات")


def _post_complement(view, kb, i, kind):
    """The post's complement: up to 4 words, then an entity or a demonym.

    Returns (the organisation or place slot, the country key of a demonym, the index after it).
    """
    toks = view.tokens
    stems = view.stems(i)
    k = i + 1
    org = None
    country = None
    skipped = False       # a word of a body that is no entity passed ("الأمين العام للغرفة التجارية")
    if stems & RESEARCHERS and _researchers_body(view, i) is not None:
        return _researchers_body(view, i), None, _researchers_body(view, i).j
    if stems & COORDINATORS and kind == "positionIn" and _coordinated_body(view, i) is not None:
        return _coordinated_body(view, i), None, _coordinated_body(view, i).j
    if stems & SUPERVISORS and _supervised_body(view, i) is not None:
        return _supervised_body(view, i), None, _supervised_body(view, i).j
    while k < min(len(toks), i + 6):
        if k == i + 1 and custodian_words(view, k):
            country = SAUDI_ARABIA    # "سفير خادم الحرمين الشريفين لدى Y X": the King's, Saudi Arabia's
            k += custodian_words(view, k)
            break
        if k == i + 1 and _quoted_post(view, i, kind):
            k += 1        # "مقتل «أمير» تنظيم X": the post word set in quotes
            continue
        if view.at.get(k) is None and toks[k].norm in FRONTS:
            break         # "قائد محور حرض X": the commander of a front named for the place, not its head
        if k > i + 1 and view.at.get(k) is None and stems & MINISTER and view.stems(k) & _OTHER_HEADS:
            break         # "وزير الشؤون البلدية رئيس اللجنة X": the minister's portfolio ends at a second post
        if view.at.get(k) is None and toks[k].norm in UNNAMED_CENTRES and kind == "leaderOf":
            s = view.slot_starting(past_words(view, k + 1, _CENTRE_WORDS | frozenset(PLACE_HEADS)))
            if s is not None and s.entity.type == "Place":
                break     # "قائد مركز تدريب منطقة تبوك X": he leads the centre, not the place
        s = view.slot_starting(k)
        if s is not None:
            if s.entity.type == "Place" and skipped and "ب" in s.clitic and s.entity.subtype != "Country":
                break         # "الأمين العام للغرفة التجارية بجدة": where the body is, not what he leads
                # ("وزير شؤون الإعلام بمملكة البحرين": the state he serves)
            if s.entity.type in ("Organization", "Place"):
                org = s
                k = s.j
            break
        d = kb.demonym(toks[k].norm) or ("un" if toks[k].norm in UN_ADJECTIVES or (
            toks[k].norm in INTERNATIONAL and toks[i].norm in ENVOYS) else None)
        if d:
            country = d
            k += 1
            break
        if toks[k].norm in _GENERAL:
            k += 1            # القائد العام، الأمين العام
            continue
        if toks[k].norm == "في" and kind == "positionIn" and k > i + 1 and (
                stems & MINISTER or toks[i].norm in PROSECUTORS and view.has(i + 1, _GENERAL)):
            s = view.slot_starting(k + 1)
            if s is not None and s.entity.type in ("Organization", "Place"):
                org = s       # وزير الإعلام في حكومة الوحدة الوطنية X، النائب العام في ولاية X Y
                k = s.j
            break
        if toks[k].norm == "في" and kind == "positionIn" and k > i + 1 and _adviser(view, i):
            s = view.slot_starting(k + 1)
            if s is not None and not s.clitic and (s.entity.type == "Organization" or s.entity.subtype == "Country"):
                org = s       # "نائب مستشار الأمن الوطني في الإمارات X": the state or body he advises
                k = s.j
            break
        if toks[k].norm == "في" and kind == "positionIn" and k == i + 1 and stems & ADVISERS:
            s = view.slot_starting(k + 1)
            if s is not None and not s.clitic and s.entity.type == "Organization":
                org = s       # "المستشار في الديوان الملكي X": the body he serves in (not a place)
                k = s.j
            break
        if k > i + 1 and toks[k].norm in _FIELD:
            break         # "نائب وزير الخارجية لشؤون أفريقيا X": the post's field, no body he serves
        if past_so_called(view, k) > k:
            k = past_so_called(view, k)
            continue      # "الناطق باسم ما يسمى جيش X"
        if toks[k].norm in STOPWORDS or not toks[k].norm.isalpha() or view.has(k, AFFIL_CUES):
            break         # "زعيم مجموعة X الموالية لتنظيم Y": not Y's leader
        skipped = True
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
    body = regional_portfolio_body(view, i, org) if kind == "positionIn" else None
    body = body or (_regional_directors_body(view, i) if kind == "positionIn" and stems & DIRECTORS else None)
    if body is not None:
        org, k = body, body.j     # "نائب مدير شؤون الشرق الأوسط في منظمة X Y": the body, not the region
    return org, country, k


def _adviser(view, i) -> bool:
    """Is the post at ``i`` an adviser's, or a deputy's or an assistant's to an adviser (نائب مستشار)?"""
    return bool(view.stems(i) & ADVISERS) or bool(view.stems(i) & BESIDE_WORDS) and i + 1 < len(view.tokens) \
        and view.at.get(i + 1) is None and bool(view.stems(i + 1) & ADVISERS)


# a portfolio named for a region (شؤون منطقة الشرق الأوسط، قسم أفريقيا، برنامج آسيا): the post is
# held in the body named after it (في منظمة العفو الدولية), not in the region
PORTFOLIO_WORDS = words("شؤون شئون قسم برنامج ملف")
_IN_BODY = words("في لدى")


def regional_portfolio_body(view, i, place):
    """The organisation named right after a region ``place`` (after في / لدى, or with ب glued)
    that a portfolio word between ``i`` and it makes the subject of a post ("مدير شؤون منطقة
    الشرق الأوسط في العفو الدولية"), else None."""
    if place is None or not hasattr(place, "j") or place.entity.type != "Place" \
            or place.entity.subtype == "Country" or place.clitic \
            or not any(view.at.get(m) is None and view.has(m, PORTFOLIO_WORDS) for m in range(i + 1, place.i)):
        return None
    toks = view.tokens
    k = place.j + 1 if place.j < len(toks) and view.has(place.j, _IN_BODY) else place.j
    body = view.slot_starting(k)
    if body is None or body.entity.type != "Organization" or (k == place.j and not body.clitic.endswith("ب")):
        return None
    return body


# the region a body's director is in charge of, named by its head right after the post word
REGIONS_IN_CHARGE = words("إقليم منطقة")


def _regional_directors_body(view, i):
    """The organisation named with ل right after the region a director at ``i`` is in charge of
    ("مدير إقليم شرق المتوسط لمنظمة الصحة العالمية"), else None."""
    region = view.slot_starting(i + 1)
    if region is None or region.clitic or region.entity.type != "Place" or region.entity.subtype == "Country" \
            or not view.has(region.i, REGIONS_IN_CHARGE):
        return None
    body = view.slot_starting(region.j)
    return body if body is not None and body.entity.type == "Organization" and body.clitic in ("ل", "لل") else None


# the quotes a post word is set in, as a so-called post of an armed group: «أمير» تنظيم X، «والي» X
POST_QUOTES = frozenset("«»\"“”")


def _quoted_post(view, i, kind):
    """Is the leader's post word at ``i`` set in quotes with a body right after them («أمير»
    تنظيم X، «والي» ولاية X)? (Not a name in quotes: "السفير" اللبنانية, a newspaper.)"""
    toks = view.tokens
    if kind != "leaderOf" or i < 1 or i + 2 >= len(toks) or toks[i - 1].text not in POST_QUOTES \
            or toks[i + 1].text not in POST_QUOTES:
        return False
    nxt = view.slot_starting(i + 2)
    return nxt is not None and nxt.entity.type == "Organization" or \
        view.at.get(i + 2) is None and toks[i + 2].norm in ORG_HEADS


# "خادم الحرمين الشريفين": the King of Saudi Arabia, whose envoys and advisers serve the state
CUSTODIAN = tuple(norm(w) for w in "خادم الحرمين الشريفين".split())
SAUDI_ARABIA = "saudi-arabia"     # its key in kg/data/kb.json
# a front or an axis named for a place ("محور تعز"، "جبهة نهم"): its commander does not lead the place
FRONTS = words("محور جبهة قطاع")


def custodian_words(view, k) -> int:
    """How many words from ``k`` read "خادم الحرمين الشريفين", or its short form "خادم الحرمين"
    ("سفير خادم الحرمين في القاهرة X"); 0 when neither does."""
    if _the_custodian(view, k):
        return len(CUSTODIAN)
    toks = view.tokens
    short = CUSTODIAN[:2]
    return len(short) if k + len(short) <= len(toks) and all(
        toks[k + n].norm == w and view.at.get(k + n) is None for n, w in enumerate(short)) else 0


def _the_custodian(view, k):
    """Do the tokens from ``k`` read "خادم الحرمين الشريفين" (no entity among them)?"""
    toks = view.tokens
    return k + len(CUSTODIAN) <= len(toks) and all(
        toks[k + n].norm == w and view.at.get(k + n) is None for n, w in enumerate(CUSTODIAN))


_IN = words("في")


def post_holder(view, kb, i, k, kind):
    """The person holding the post: right after its complement (titles allowed), or right
    before the post word (apposition). Returns (person slot or None, the organisation the
    post is held within: "والي الأنبار في التنظيم X")."""
    toks = view.tokens
    within = None
    deputy = _apposed_deputy(view, i)
    if deputy is not None:
        return deputy, within  # "X، نائب زعيم طالبان الملا Y": X the deputy, Y the head
    j = k
    steps = 0
    places_in = 0     # places crossed after في: the post's own (قائد X في الإمارات), then the verb's
    while j < len(toks) and steps < 6:
        if view.slot_starting(j) is not None:
            sl = view.slot_starting(j)
            if sl.entity.type == "Person":
                break
            if j == k and k > 0 and view.at.get(k - 1) is not None and view.at[k - 1].entity is sl.entity:
                j = sl.j      # the complement's acronym: "القائد العام لقوات X (قسد) Y"
                steps += 1
                continue
            if j > k and toks[j - 1].norm in _IN and sl.entity.type == "Place":
                places_in += 1
                if places_in > 1:
                    break     # "نائب القائد الأعلى للقوات في الإمارات في أبوظبي أمس X": the verb's place
            if j > k and view.has(j - 1, _ATTACH) or sl.clitic.endswith("ب") or (
                    j == k and sl.clitic.endswith("ل") and sl.entity.type == "Organization") or (
                    j > k and sl.clitic.endswith("ل") and _of_the(toks[j].norm)):
                # ... or the owner of a second post's complement, named (القائد العام للجيش)
                # "رئيس المجلس الرئاسي لحكومة الوفاق X": the body the complement belongs to
                if within is None and sl.entity.type == "Organization" and j == k + 1:
                    within = sl
                j = sl.j      # "قائد القوات البرية في الحرس الثوري، العميد X"
                steps += 1
                continue
            break
        # (a relative clause also after the place the body is in: "قائد القوة في المخيم، التي ...، X")
        aside = _aside_end(view, j) if j == k else None
        aside = aside or _relative_aside_end(view, j)
        if aside is not None:
            j = aside     # "المتحدث باسم الجيش، في بيان نشره أمس، X": the holder past an aside
            break
        t = toks[j]
        field = _field_end(view, j) if j == k else None
        if field is not None:
            j = field     # "وكيل وزارة الشؤون الإسلامية لشؤون المساجد الدكتور X": the post's field
            steps += 1
            continue
        close = _bracket_end(toks, j)
        if close is not None and j == k:
            j = close     # an acronym not known as a name: "قائد جيش X (جخو) Y"
            steps += 1
            continue
        if kind == "positionIn" and t.norm in _TO:
            # المبعوث الخاص ... إلى اليمن X: the post is held in the sending side,
            # the place it is sent to is skipped
            d = view.slot_starting(j + 1)
            if d is not None and d.entity.type != "Person":
                j = d.j
                steps += 1
                continue
            if _host_state_nominal(view, j):
                j += 2    # "سفير فرنسا لدى المملكة X": the state he is sent to, by its nominal
                steps += 1
                continue
        if j > k and t.norm in PLACE_HEADS and view.has(j - 1, _ATTACH) \
                and view.slot_starting(j + 1) is not None \
                and view.slot_starting(j + 1).entity.type == "Place":
            j = view.slot_starting(j + 1).j   # "رئيس مجلس X في محافظة Y Z": the place's head
            steps += 1                        # the name left out, and the place
            continue
        backer = _backer_end(view, j) if j == k else None
        if backer is not None:
            j = backer    # "زعيم جماعة X المدعومة من إيران، Y": the body's backer, then its head
            steps += 1
            continue
        if j > k and view.has(j - 1, _ATTACH) and view.at.get(j) is None and t.norm in ORG_HEADS \
                and view.slot_starting(j + 1) is not None and view.slot_starting(j + 1).entity.type != "Person":
            j = view.slot_starting(j + 1).j   # "الناطق باسم وزارة الداخلية في حكومة حماس بغزة X":
            steps += 1                        # the body the unit is in, its head left out of the name
            continue
        if j > k and view.has(j - 1, _ATTACH) and (_unnamed_place(t.norm) or _unnamed_body(t.norm)):
            j += 1        # "قائد قوات X في المخيم العميد Y": the place, referred to by its head alone
            steps += 1    # ("قائد فيلق X في الحرس، اللواء Y": the body the unit is in, by its head)
            continue
        if _place_head_with_bi(view, j):
            j = view.slot_starting(j + 1).j   # "المتحدث باسم مديرية X بمنطقة Y Z": where the body is
            steps += 1
            continue
        if t.text in HEADLINE_COLONS:
            break         # "سفير المملكة لدى مصر: صالح دمر اليمن": a headline's speaker, then what was said
        if _governed_title(view, j):
            break         # "... وزير الدفاع للشيخ X": X is the one greeted, not the post's holder
        if not t.norm.isalnum() or t.norm in PERSON_TITLES or t.norm in HONORIFICS or t.norm in _ATTACH \
                or t.norm in _ACTING or abbreviated_title(toks, j) \
                or j > k and t.norm in SIDES and toks[j - 1].norm == "في" \
                or t.norm in WHEN_SAID \
                or t.norm in TITLE_ADJECTIVES or t.norm in POST_ADJECTIVES or kb.demonym(t.norm) \
                or definite_nisba(t.norm) or j == k and _of_the(t.norm) \
                or j > k and _of_the(t.norm) and view.has(j - 1, _GENERAL) \
                or j == k + 1 and _of_the(toks[k].norm) and t.norm.startswith("ال"):
            j += 1
            steps += 1
            continue
        phrase = _phrase_end(view, j)
        if phrase is not None:
            j = phrase    # "الرئيس اليمني المعترف به دوليا X"، "المرشد الأعلى آية الله X"
            steps += 1
            continue
        second = _second_post_end(view, j) if j > k else _chained_post_end(view, j, kb=kb)
        if second is not None:
            j = second    # "المتحدث باسم الحكومة، وزير الإعلام X": one person, two posts
            steps += 1
            continue
        break
    s = view.slot_starting(j)
    if s is not None and s.entity.type == "Person" and (_governed(s) or _post_read_as_a_name(view, s)):
        s = None          # "يلتقي X وزير خارجية قطر بجون كيري": the one met, not the post's holder
    if s is not None and s.entity.type == "Person" and not _next_in_a_list(view, s, k):
        return (None if _appointed_by_the_post(view, i, s) else s), within
    if i > 0 and not _next_in_a_list_after_a_name(view, i) and not view.stems(i) & COUNTERPART:
        # (a counterpart is never the name before: "أبلغ الرئيس X نظيره المصري القرار")
        p = view.prev_slot(i, types=("Person",), max_gap=1)
        lineage = person_before_lineage(view, i) if p is None else None
        p = p or lineage
        if p is not None and p.j == i - 1 and view.has(i - 1, _NOT_APPOSED):
            p = None      # "اتفق X مع مدير جامعة Y": another man, unnamed
        if p is not None and p.j == i - 1 and _next_title(toks[i - 1].norm):
            p = None      # "X ومعالي مساعد أمين المجلس Y": the next of a list, not X's post
        if p is not None and (p.j >= i - 1 or p is lineage or _name_tail_left_out(view, p, i)):
            return (None if _appointer_of_the_pronoun(view, kb, p) else p), within
        p = _apposed_person(view, i) or _person_before_bracket(view, i) or holder_of_the_first_post(view, i) \
            or _second_apposed_post_holder(view, i) or holder_of_the_post_before(view, kb, i)
        if p is not None:
            return p, within
    return None, within


# phrases told between a post and its holder's name: a head of state or government recognised
# abroad ("رئيس الوزراء الليبي المعترف به دوليا X"), a Shiite cleric's rank ("المرشد الأعلى
# آية الله X", "آية الله العظمى X")
RECOGNISED = (words("المعترف"), words("به بها"), words("دوليا عربيا"))
AYATOLLAH = (words("آية"), words("الله"))
AYATOLLAH_GRAND = (words("آية"), words("الله"), words("العظمى"))
BEFORE_THE_NAME = (RECOGNISED, AYATOLLAH_GRAND, AYATOLLAH)


def _phrase_end(view, j):
    """The index past one of BEFORE_THE_NAME starting at ``j`` (no entity among its words), else None."""
    toks = view.tokens
    for phrase in BEFORE_THE_NAME:
        if j + len(phrase) <= len(toks) and all(
                view.at.get(j + n) is None and toks[j + n].norm in ws for n, ws in enumerate(phrase)):
            return j + len(phrase)
    return None


def _host_state_nominal(view, j) -> bool:
    """Is ``j`` لدى with a state's nominal after it that is no entity ("لدى المملكة")?"""
    toks = view.tokens
    return toks[j].norm in _AT_HOST and j + 1 < len(toks) and view.at.get(j + 1) is None \
        and toks[j + 1].norm in HOST_STATE_NOMINALS


def _next_in_a_list_after_a_name(view, i) -> bool:
    """Is the post word at i glued to و (ولرئيس، وولي عهد، ووزير) right after a name (and a comma):
    one more person of a list begins ("لأمين محافظة جدة X، ولرئيس مجلس إدارة الجمعية Y"، "الرئيس
    التركي X وقائد الجيش"), whose
    post is not X's? (After a first post, "X، عضو مجلس الشورى ورئيس جمعية Y", the second post
    is X's.)"""
    toks = view.tokens
    end = i - 1 if i > 0 and toks[i - 1].text in _COMMAS else i
    p = view.at.get(end - 1) if end > 0 else None
    if p is None or p.entity.type != "Person" or p.j != end:
        return False
    return next_of_a_list(view, i)




def _next_title(norm_text: str) -> bool:
    """Is the word a person's title or honorific glued to و (ومعالي، والدكتور، والسيد): one more
    person of a list begins?"""
    return norm_text.startswith("و") and (norm_text[1:] in PERSON_TITLES or norm_text[1:] in HONORIFICS)


# the rest of a long name a shorter known name leaves out: "الأمير X بن Y بن عبدالعزيز آل سعود ولي العهد"
LINEAGE = words("بن بنت آل")
LINEAGE_REACH = 3


def person_before_lineage(view, i):
    """The person whose name goes on past its mention in up to ``LINEAGE_REACH`` pairs "بن Y" /
    "آل Y" (no entity among them) right up to the post word at ``i`` ("صاحب السمو الملكي الأمير
    X بن Y بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء", the mention X بن Y; "... آل سعود ولي
    ولي العهد"); else None."""
    toks = view.tokens
    m = i
    if m > 0 and toks[m - 1].norm in CROWN and view.at.get(m - 1) is None:
        m -= 1            # "ولي ولي العهد": the deputy crown prince's post begins one word earlier
    top = m
    while top - m < 2 * LINEAGE_REACH and m >= 3 and toks[m - 2].norm in LINEAGE \
            and view.at.get(m - 2) is None and view.at.get(m - 1) is None and toks[m - 1].norm.isalpha():
        m -= 2
    s = view.at.get(m - 1) if m < top else None
    return s if s is not None and s.j == m and s.entity.type == "Person" else None


# "X بن Y مستشار خادم الحرمين الشريفين أمير منطقة Z"، "X ولي عهد أبوظبي نائب القائد الأعلى ...":
# a second post right after the first's complement, no comma between, is the same man's
CHAINED_FIRST_POSTS = words("مستشار المستشار ولي وزير الوزير رئيس الرئيس أمير الأمير محافظ المحافظ "
                            "نائب النائب قائد القائد")
_FIRST_POST_WORDS = words("عهد العهد")     # "ولي عهد أبوظبي": the post's second word


def holder_of_the_post_before(view, kb, i):
    """The person apposed to a first post whose complement ends right before the post word at
    ``i`` (the King's style, a place or a body: "X مستشار خادم الحرمين الشريفين أمير ..."), else
    None."""
    toks = view.tokens
    k = i - 1
    if k < 1 or view.at.get(i) is not None:
        return None
    comp = view.at.get(k)
    if comp is not None and comp.entity.type in ("Place", "Organization") and not comp.clitic:
        k = comp.i - 1
    elif k >= 2 and _the_custodian(view, k - 2):
        k -= 3
    else:
        return None
    if k >= 0 and view.at.get(k) is None and toks[k].norm in _FIRST_POST_WORDS:
        k -= 1
    if k < 1 or view.at.get(k) is not None or toks[k].norm not in CHAINED_FIRST_POSTS:
        return None
    p = view.at.get(k - 1)
    if p is not None and p.entity.type == "Person" and p.j == k:
        return p
    return person_before_lineage(view, k)


# a preposition glued to a name: the name is governed by a verb or a noun, not apposed to a post
_GOVERNING_CLITICS = frozenset(("ب", "وب", "فب", "ل", "ول", "فل", "ك"))


def _post_read_as_a_name(view, slot) -> bool:
    """Does the person's mention start with an envoy's post word ("مندوب المملكة" taken for a
    name): a second post of the holder, not the holder?"""
    return view.tokens[slot.i].norm in ENVOYS


# a title glued to the preposition that governs the name after it: "للشيخ X"، "بالرئيس X"
_TITLE_PREPOSITIONS = ("ولل", "لل", "وبال", "بال")


def _governed_title(view, j) -> bool:
    """Is token ``j`` a person's title with a governing preposition on it (للشيخ، للرئيس،
    بالأمير), a person named right after it: that person is governed, no post's holder?"""
    n = view.tokens[j].norm
    if view.at.get(j) is not None:
        return False
    pre = next((p for p in _TITLE_PREPOSITIONS if n.startswith(p)), None)
    if pre is None:
        return False
    bare = "ال" + n[len(pre):] if pre.endswith("لل") else n[len(pre) - 2:]
    after = view.slot_starting(j + 1)
    return bare in PERSON_TITLES and after is not None and after.entity.type == "Person"


def _governed(slot) -> bool:
    """Does the person's name carry a preposition (بجون كيري، لسامي)?"""
    return slot.clitic in _GOVERNING_CLITICS


def _second_apposed_post_holder(view, i):
    """"X، وزير الدفاع الأسبق، رئيس المجلس العسكري": the person before a first apposed post set
    off by commas holds the second post, told right after the closing comma (a post word opens the
    aside, no person in it); else None."""
    toks = view.tokens
    if i < 3 or toks[i - 1].text not in _COMMAS:
        return None
    p = person_before_description(view, i)
    if p is None:
        return None
    m = p.j
    while m < i and not toks[m].norm.isalnum():
        m += 1
    return p if m < i - 1 and view.stems(m) & _POST_CUES else None


HEADLINE_COLONS = frozenset(":")


def next_of_a_list(view, i) -> bool:
    """Is the post word at ``i`` glued to و ("X، ومستشار جلالة الملك لشؤون الأمن Y، ومدير ..."،
    "العمدة X وعمدة حي Y Z")? Right after a name (or its comma) it opens the next person of a
    list, so that name is not its holder (an apposed post has no و: "X، مستشار ...")."""
    n = view.tokens[i].norm
    # (not the word's own و: "X، وزير الخارجية"، "X، والي الخرطوم"، "X، وكيل الوزارة"، "X، ولي العهد";
    # past ل too: "X، ولرئيس مجلس إدارة الجمعية Y")
    if i == 0 or not n.startswith("و") or n in _POST_CUES:
        return False
    return any(c.startswith("و") and (stem in _POST_CUES or stem in POST_HEADS) for c, stem in strip_clitics(n))


# a preposition between a name and a post: the post is another man's ("التقى X مع مدير Y")
_NOT_APPOSED = words("مع إلى الى عن من وبين بين لدى")   # (not على: علي, a name)


# the adjective of a body's backer or master: "جماعة X المدعومة من إيران"، "الموالية لتنظيم Y"
BACKED = words("المدعوم المدعومة المرتبط المرتبطة الموالي الموالية المقرب المقربة")
_BACKER_PREPS = words("من ب")


def _backer_end(view, j):
    """The index after "المدعومة من Y" / "الموالية لـY" at ``j`` (Y an entity), else None."""
    toks = view.tokens
    if j >= len(toks) or view.at.get(j) is not None or not view.has(j, BACKED):
        return None
    k = j + 1
    if k < len(toks) and view.at.get(k) is None and toks[k].norm in _BACKER_PREPS:
        k += 1
    s = view.slot_starting(k)
    if s is None or k == j + 1 and not s.clitic.endswith(("ل", "ب")):
        return None
    return s.j


def _unnamed_place(word):
    """Is ``word`` a place head with the article and no name ("المخيم"، "المحافظة")?"""
    return word.startswith("ال") and word[2:] in PLACE_HEADS


def _unnamed_body(word):
    """Is ``word`` a body's head with the article and no name ("الحرس"، "الجيش"، "التنظيم")?"""
    return word.startswith("ال") and word[2:] in ORG_HEADS


# how many words a bracketed alias between a name and its post may hold
ALIAS_REACH = 3


def _person_before_bracket(view, i):
    """"X (Y)، رئيس Z": the person named right before a short bracketed alias (a nickname, a
    kunya, the name in Latin letters) and a comma before the post word at ``i``; else None."""
    toks = view.tokens
    k = i - 1
    if k < 1 or toks[k].text not in _COMMAS or toks[k - 1].norm != ")":
        return None
    m = k - 2
    while m >= max(0, k - 2 - ALIAS_REACH) and toks[m].norm != "(":
        if not toks[m].norm.isalnum():
            return None
        m -= 1
    if m < 1 or toks[m].norm != "(":
        return None
    s = view.at.get(m - 1)
    return s if s is not None and s.j == m and s.entity.type == "Person" else None


# the side of a country a body sits in, named after في and no entity: "رئيس الحكومة المؤقتة في الشرق X"
SIDES = words("الشرق الغرب الشمال الجنوب")


def _next_in_a_list(view, person, k):
    """"A، مندوب X لدى Y، وB سفير Z"، "A وزير الطاقة الروسي وB الأمين العام لـZ": B glued to و
    past the post's complement (at ``k``), after a comma or right after it, opens the next item
    of a list; he does not hold the post."""
    toks = view.tokens
    return person.i >= k and person.clitic.startswith("و") and (
        toks[person.i - 1].text in _COMMAS or person.i == k or _closing_marks_only(toks, k, person.i))


def _closing_marks_only(toks, k, m) -> bool:
    """Do only quotes or a closing bracket stand from ``k`` to ``m``: a post set in quotes ended
    there ("A «والي ولاية X» وB «...»": B opens the list's next item)?"""
    return m > k and all(toks[n].text in POST_QUOTES or toks[n].text == ")" for n in range(k, m))


def _name_tail_left_out(view, person, i):
    """"محمد علي أوزكان، والي X" with the tagger's name ending at علي: one word that is no
    common Arabic word (a foreign family name) between the name and the comma before the post."""
    toks = view.tokens
    if person.j != i - 2 or toks[i - 1].text not in _COMMAS or view.at.get(person.j) is not None:
        return False
    n = toks[person.j].norm
    return n.isalpha() and len(n) > 2 and n not in common_words() and n not in STOPWORDS \
        and not n.startswith("ال") and n not in WHEN_SAID     # "X أمس، رئيس Y": not a name's word


# "X، وهو المتحدث باسم Y"، "X، الذي يشغل منصب قائد Y": the holder named before a copula or a
# relative clause that says he holds the post
COPULAS = words("وهو وهي هو هي بصفته بصفتها")     # "X، بصفته المتحدث باسم Y"
HOLDS_POST = words("يشغل تشغل شغل شغلت")
_POST_NOUN = words("منصب")
_RELATIVES = words("الذي التي")
_WAS = words("كان كانت")
# how many words back "وهو الذي يشغل منصب" / "، وهو المتحدث باسم" may find the one it tells of
HOLDER_BEFORE_REACH = 14
_HE_IS = words("وهو وهي")


def _apposed_person(view, i):
    """The person before the copula or "الذي يشغل منصب" right before the post word at ``i``."""
    toks = view.tokens
    k = i - 1
    if k >= 0 and toks[k].norm in _POST_NOUN:
        k -= 1
        if k < 0 or not view.has(k, HOLDS_POST) or k == 0:
            return None
        if toks[k - 1].norm in _WAS and k > 1:
            k -= 1       # "X، الذي كان يشغل منصب Y"
        if toks[k - 1].norm not in _RELATIVES:
            return None
        k -= 2
        if k >= 0 and toks[k].norm in COPULAS:
            # "قال X في مؤتمر صحفي عقده في مدينة Y، وهو الذي يشغل منصب محافظ Z": the one told of
            return view.prev_slot(k, types=("Person",), max_gap=HOLDER_BEFORE_REACH, same_clause=False)
    elif k >= 0 and toks[k].norm in COPULAS:
        k -= 1
    else:
        return None
    told_after_a_comma = k >= 0 and toks[k].text in _COMMAS and toks[k + 1].norm in _HE_IS
    while k >= 0 and toks[k].text in _COMMAS:
        k -= 1
    s = view.at.get(k) if k >= 0 else None
    if (s is None or s.entity.type != "Person") and told_after_a_comma:
        # "قال X في مؤتمر صحفي عقده أمس في عمان، وهو المتحدث باسم Y": the one told of, far back
        s = view.prev_slot(k + 1, types=("Person",), max_gap=HOLDER_BEFORE_REACH, same_clause=False)
    return s if s is not None and s.entity.type == "Person" else None


# "عيّن الرئيس المصري اللواء X وزيرا للدفاع": X is appointed by the post's holder, who is unnamed
_APPOINTING = words("عين عينت يعين كلف كلفت يكلف سمى سمت قلد قلدت رقى رقت")


def _place_head_with_bi(view, j):
    """Is token ``j`` a place head glued to ب ("بمنطقة"، "بمحافظة") before a place slot?"""
    toks = view.tokens
    if view.at.get(j) is not None or not toks[j].norm.startswith("ب"):
        return False
    nxt = view.slot_starting(j + 1)
    return nxt is not None and nxt.entity.type == "Place" and toks[j].norm[1:] in PLACE_HEADS


def _appointed_by_the_post(view, i, person):
    """Is ``person`` the object of an appointing verb whose subject is the post at ``i``?"""
    if i == 0 or not view.has(i - 1, _APPOINTING) or person.j >= len(view.tokens):
        return False
    return not view.stems(person.j).isdisjoint(APPOINTED_POSTS)


# "X، الذي عينه الرئيس Y محافظا لحمص": Y, after a verb whose object pronoun is the appointee,
# appoints; the post in the accusative after his name is not his (appointments.py gives it to X)
_BEFORE_THE_APPOINTER = 3


def _appointer_of_the_pronoun(view, kb, person):
    """Is ``person`` named (titles and a demonym between) right after "عينه"/"عينها"?"""
    toks = view.tokens
    k = person.i - 1
    while k >= 0 and person.i - k <= _BEFORE_THE_APPOINTER and view.at.get(k) is None and (
            toks[k].norm in PERSON_TITLES or kb.demonym(toks[k].norm)):
        k -= 1
    return k >= 0 and view.has(k, APPOINTED_HIM)


# the word that opens a post's field after its body: "وكيل وزارة الشؤون الإسلامية لشؤون المساجد
# والدعوة X", "نائب وزير الخارجية لشؤون أفريقيا X"
_FIELD = words("لشؤون لشئون")
_FIELD_REACH = 4


def _field_end(view, j):
    """The index after a post's field told after its body (لشؤون المساجد والدعوة والإرشاد:
    the field word, then up to four nouns, the later ones definite; or a place: لشؤون أفريقيا),
    or None."""
    toks = view.tokens
    if toks[j].norm not in _FIELD or view.at.get(j) is not None:
        return None
    place = view.slot_starting(j + 1)
    if place is not None and place.entity.type == "Place":
        return place.j    # "مساعد وزير الخارجية المصري لشؤون الشرق الأوسط X"
    k = j + 1
    while k < min(len(toks), j + 1 + _FIELD_REACH) and view.at.get(k) is None and toks[k].norm.isalpha() \
            and (k == j + 1 or toks[k].norm.startswith(("ال", "وال"))) and toks[k].norm not in STOPWORDS:
        k += 1
    return k if k > j + 1 else None


def _of_the(n):
    """للقوات، للحركة: a definite noun after ل, the owner of the complement (رئيس هيئة الأركان
    العامة للقوات المسلحة X), when no entity of its own."""
    return n.startswith("لل") and len(n) > 4


def definite_nisba(n):
    """الحوثية، الإيراني: a definite adjective of belonging after a post's complement."""
    return n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 5 and n not in STOPWORDS


_SECOND_POSTS = MINISTER | ADVISERS | words("وزير وزيرة رئيس رئيسة مدير مديرة")


def _second_post_end(view, j, reach=5):
    """After a comma, a second post of the same person (وزير الدولة لشؤون الإعلام): the index
    where its words end, when a person follows within ``reach`` words; else None."""
    toks = view.tokens
    if toks[j - 1].norm not in ("،", ",") or not view.has(j, _SECOND_POSTS) or view.at.get(j) is not None:
        return None
    if toks[j].norm[:1] == "و" and toks[j].norm not in _SECOND_POSTS:
        return None       # "ملك البحرين، والرئيس اليمني X": the next person of a list, with و
    for m in range(j + 1, min(len(toks), j + reach + 1)):
        s = view.slot_starting(m)
        if s is not None:
            return m if s.entity.type == "Person" else None
        if not toks[m].norm.isalpha():
            return None
    return None


# "رئيس مجلس X القائد العام للجيش، الفريق Y": a second post right after the first's complement
_CHAINED_POSTS = words("القائد الرئيس الأمين المتحدث الناطق الوزير المشرف")
# "المستشار بالديوان الملكي المشرف العام على مركز X الدكتور Y": a supervisor's complement after على
_SUPERVISED_ON = words("على")
# the same in construct with its own complement: "نائب الرئيس اليمني رئيس مجلس الوزراء X"،
# "ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية X"
_CHAINED_CONSTRUCTS = words("رئيس وزير")


def _chained_post_end(view, j, reach=6, kb=None):
    """Where the holder of two chained posts is named: the index of the person after a second
    definite post word at ``j`` (or one in construct) and its own complement, within ``reach``
    tokens; else None. A post in construct with a country's adjective of its own is another
    man's: "التقى وزير الخارجية المصري رئيس الوزراء الإسرائيلي X"."""
    toks = view.tokens
    construct = j < len(toks) and toks[j].norm in _CHAINED_CONSTRUCTS
    if j >= len(toks) or view.at.get(j) is not None or not (view.has(j, _CHAINED_POSTS) or construct):
        return None
    m = j + 1
    steps = 0         # a named complement counts as one word ("مركز الملك سلمان للإغاثة والأعمال الإنسانية")
    while m < len(toks) and steps < reach:
        steps += 1
        if construct and kb is not None and kb.demonym(toks[m].norm):
            return None
        s = view.slot_starting(m)
        if s is not None:
            if s.entity.type == "Person":
                return m
            m = s.j
            continue
        if _governed_title(view, m):
            return None   # "... وزير الدفاع للشيخ X": X the one greeted, not the chain's holder
        n = toks[m].norm
        if n.isalpha() and not (n in PERSON_TITLES or n in _GENERAL or n in ON_BEHALF or _of_the(n)
                                or n.startswith("ال") or n in _SUPERVISED_ON and view.has(j, SUPERVISORS)):
            return None   # the second post's words: its complement (للجيش، باسم الحكومة), titles
        m += 1
    return None


# when the holder spoke, told between the post and the name: "المتحدث باسم X أمس الأحد Y"
WHEN_SAID = words("أمس اليوم الليلة مساء صباح ظهر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت")


# an aside set between commas right after the post's complement, before its holder: it opens
# with a preposition or a time word ("، في بيان نشره أمس،"، "، خلال مؤتمر صحفي في X،"،
# "، لوكالة الأنباء،")
ASIDE_OPENERS = words("في خلال عبر حسب بحسب وفق وفقا أمس اليوم مساء صباح مساء")
ASIDE_REACH = 12
_COMMAS = frozenset(("،", ","))


def _aside_end(view, j):
    """The index of the person named right after an aside opening with the comma at ``j``
    and closing with a comma within ``ASIDE_REACH`` tokens, else None."""
    toks = view.tokens
    if toks[j].text not in _COMMAS or j + 1 >= len(toks) or view.at.get(j + 1) is not None:
        return None
    opener = toks[j + 1].norm
    if not (view.has(j + 1, ASIDE_OPENERS) or opener in ("ل", "لـ")
            or opener.startswith("ل") and view.slot_starting(j + 1) is not None):
        return None
    for m in range(j + 2, min(len(toks) - 1, j + ASIDE_REACH)):
        s = view.at.get(m)
        if s is not None and s.entity.type == "Person":
            return None       # a person inside the aside: not an aside before the holder
        if toks[m].text in _COMMAS:
            n = m + 1
            while n < min(len(toks), m + 4) and toks[n].norm in PERSON_TITLES and view.at.get(n) is None:
                n += 1    # "، العميد X"
            s = view.slot_starting(n)
            return n if s is not None and s.entity.type == "Person" else None
    return None


# a relative clause on the post's body between the post and its holder: "قائد القوة المشتركة،
# التي شكلتها الفصائل قبل سنوات، العميد X"، "الناطق باسم التحالف الذي تقوده السعودية، العميد X"
RELATIVE_ASIDE_OPENERS = words("الذي التي")
RELATIVE_ASIDE_REACH = 16


def _relative_aside_end(view, j):
    """The index of the person named right after a relative clause opening at ``j`` (with or
    without a comma before it) and closing with a comma within ``RELATIVE_ASIDE_REACH`` tokens,
    titles allowed before the name; None when the clause names a person or no person follows."""
    toks = view.tokens
    if toks[j].text in _COMMAS:
        j += 1
    if j >= len(toks) or toks[j].norm not in RELATIVE_ASIDE_OPENERS or view.at.get(j) is not None:
        return None
    named = False         # a person named inside the clause (its body's head: "التي يرأسها X")
    for m in range(j + 1, min(len(toks) - 1, j + RELATIVE_ASIDE_REACH)):
        s = view.at.get(m)
        if s is not None and s.entity.type == "Person":
            if not _led_by_the_clause(view, j, s):
                return None   # a person inside the clause: no aside before the holder
            named = True
        if toks[m].text in _COMMAS:
            n = m + 1
            while n < min(len(toks), m + 4) and toks[n].norm in PERSON_TITLES and view.at.get(n) is None:
                n += 1    # "، العميد X"
            if named and n == m + 1:
                return None   # no title after the clause: the name after it may be the clause's
            s = view.slot_starting(n)
            return n if s is not None and s.entity.type == "Person" else None
    return None


# "التي يرأسها X"، "الذي يقوده X": a relative clause naming its body's head
_LED_BY_IT = words("يرأسها يرأسه يقودها يقوده يتزعمها يتزعمه ترأسها ترأسه تقودها تقوده")


def _led_by_the_clause(view, j, person):
    """Is ``person`` named right after a verb of leading with the body's pronoun that opens the
    relative clause at ``j`` ("، التي يرأسها [الرئيس] X،")?"""
    k = j + 1
    if k >= len(view.tokens) or not view.has(k, _LED_BY_IT):
        return False
    k += 1
    while k < person.i and view.tokens[k].norm in PERSON_TITLES and view.at.get(k) is None:
        k += 1
    return k == person.i


def _bracket_end(toks, j, reach=4):
    """The index after the ")" closing a "(" at ``j`` within ``reach`` words, else None."""
    if toks[j].norm != "(":
        return None
    for m in range(j + 1, min(len(toks), j + reach + 1)):
        if toks[m].norm == ")":
            return m + 1
    return None


def _post_relation(view, kb, out, i, k, kind, person, org, country, within):
    """The relation of the post's holder to what the post is held in."""
    toks = view.tokens
    stems = view.stems(i)
    if within is not None and org is not None and org.entity.type == "Place" and kind == "leaderOf":
        # "والي الأنبار في التنظيم X": a post of the group for that place, no rule over it
        add(out, "memberOf", person, within, view, "post-within")
        return
    target = org
    if target is None and kind == "spokespersonOf" and i + 1 < len(toks) \
            and toks[i + 1].norm in ON_ITS_BEHALF:
        # "وحمّلت الوزارة، في بيان تلاه المتحدث باسمها العقيد X": the body told before
        target = view.prev_slot(i, types=("Organization",), same_clause=False,
                                skip=lambda s: in_pp(view, s))
    if target is None and country and kind == "spokespersonOf" and any(
            view.has(m, MILITARY) for m in range(i + 1, k)):
        target = state_force(view, kb, country)
    if target is None and country:
        target = country_slot(view, kb, country)
    if target is None:
        # "الرئيس أحمد الشرع": the post of a well-known office holder, from the KB
        target = _kb_post_target(view, kb, person, toks[i].norm, kind)
        if target is not None:
            add(out, kind, person, target, view, "post-kb")
        return
    if kind == "leaderOf" and org is None and _party_named_between(view, i, k):
        return    # "رئيس حركة مجتمع السلم الجزائرية X": he leads a body the tagger missed, not the state
    if kind == "leaderOf" and org is None and _unnamed_body_between(view, i, k):
        # "رئيس اللجنة الأولمبية السعودية X": he heads a body of the country, not the country
        add(out, "positionIn", person, target, view, "post-in-a-body", post=_post_name(toks, i, k, kb))
        return
    if kind == "leaderOf" and org is None and not (stems & HEAD_OF_STATE or stems & GUIDES or _supreme(view, i)):
        return
    if kind == "leaderOf" and _regional(view, org) and not stems & SECRETARIES:
        # "أمير جبهة X في القلمون Y": a group's head for a region is one of its members
        add(out, "memberOf", person, org, view, "post-regional")
        return
    if kind == "leaderOf" and org is not None and _body_of_the_place(view, i, org):
        return
    if kind == "leaderOf" and org is not None and _chief_of_staff(view, i, org):
        # "رئيس (هيئة) أركان القوات X": both readings (eval/README.md: leading the army, or a
        # post in it, the second optional)
        add(out, "leaderOf", person, org, view, "post-chief-of-staff")
        add(out, "positionIn", person, org, view, "post-chief-of-staff", post=_post_name(toks, i, k, kb))
        return
    in_a_unit = org is not None and hasattr(org, "i") and any(view.has(m, UNITS) for m in range(i + 1, org.i))
    if kind == "leaderOf" and in_a_unit and not _forces_of(view, i, org):
        # "رئيس المكتب السياسي للحركة X": he leads a unit of the group (the gold relates him to
        # the unit, an entity of its own), not the group; he is one of the group's
        _member_of_the_group(view, kb, out, person, org)
        if _head_of_a_branch(view, i, org) and org.entity.subtype not in _GROUPS:
            # "مدير فرع وزارة التجارة بمنطقة الجوف X": the head of a ministry's, a company's or a
            # society's branch holds a post in it
            add(out, "positionIn", person, org, view, "post-branch", post=_post_name(toks, i, k, kb))
        return
    if org is not None and hasattr(org, "j") and org.j - org.i <= UNIT_NAME_WORDS:
        group = body_of_the_unit(view, org)
        if group is not org:
            # "رئيس المكتب السياسي لحركة X Y" with the bureau an entity: Y is also one of X's
            _member_of_the_group(view, kb, out, person, group)
    if kind == "positionIn":
        add(out, "positionIn", person, target, view, "post-minister", post=_post_name(toks, i, k, kb))
        if in_a_unit:
            _member_of_the_group(view, kb, out, person, org)   # "أمين سر اللجنة المركزية لحركة X"
    elif kind == "spokespersonOf":
        add(out, "spokespersonOf", person, target, view, "post-spokes")
    elif stems & GOVERNORS:
        target = _governed_region(view, target)
        add(out, "leaderOf", person, target, view, "post-governor")
    else:
        add(out, "leaderOf", person, target, view, "post-leader" if org else "post-head-of-state")


def _unnamed_body_between(view, i, k) -> bool:
    """Does a body's head word with the article, no entity, stand in the post's complement (between
    the post word at i and k): "رئيس اللجنة الأولمبية السعودية"، "رئيس الاتحاد السعودي لكرة القدم"?"""
    return any(view.at.get(m) is None and _unnamed_body(view.tokens[m].norm)
               and view.tokens[m].norm not in _STATE_BODIES for m in range(i + 1, k))


# heads of parties, movements, committees, societies and unions, named in construct before a
# country's adjective: "حركة مجتمع السلم الجزائرية"، "لجنة تصحيح أوضاع الجالية اليمنية" (a body of
# the country or of its people, not the state)
PARTY_HEADS = words("حركة حزب جبهة تيار تنظيم جماعة ائتلاف كتلة لجنة جمعية اتحاد نقابة رابطة نادي")


def _party_named_between(view, i, k) -> bool:
    """Does such a body's head without the article, no entity, stand in the post's complement
    (between the post word at ``i`` and ``k``)?"""
    return any(view.at.get(m) is None and view.tokens[m].norm in PARTY_HEADS for m in range(i + 1, k))


# the bodies that are the state itself: "رئيس الحكومة العراقية"، "رئيس الرئاسة ..." lead it
_STATE_BODIES = words("الحكومه الرئاسه")


BRANCHES = words("فرع الفرع")


def _branch_body(view, i):
    """The body whose branch the post at ``i`` heads, named right after "فرع" ("مدير فرع وزارة
    X"، "مدير عام فرع الهيئة"), else None."""
    m = i + 1
    if m < len(view.tokens) and view.at.get(m) is None and view.has(m, _GENERAL):
        m += 1
    if m >= len(view.tokens) or view.at.get(m) is not None or not view.has(m, BRANCHES):
        return None
    body = view.slot_starting(m + 1)
    return body if body is not None and body.entity.type == "Organization" and not body.clitic else None


def _head_of_a_branch(view, i, org):
    """Is the post at ``i`` the head's of a branch of ``org``, the branch word right before the
    body ("مدير فرع وزارة X"، "مدير عام فرع الهيئة")?"""
    return org.entity.type == "Organization" and org.i >= i + 2 and view.has(org.i - 1, BRANCHES) \
        and view.at.get(org.i - 1) is None


# a unit named by its kind alone (المكتب السياسي، مجلس الشورى، اللجنة المركزية), not a body with a
# name of its own that a unit word opens (الهيئة العليا للمفاوضات)
UNIT_NAME_WORDS = 2
# groups whose officers are their members (a ministry's or an army's are posts in a state)
_GROUPS = frozenset(["ArmedGroup", "PoliticalOrganization"])


def _member_of_the_group(view, kb, out, person, group):
    """The holder of a post in a unit of an armed or political group ("أمين سر اللجنة المركزية
    لحركة X Y"، "رئيس المكتب السياسي لجماعة X Y") is one of the group's members; he leads it
    when the knowledge base says he did on the publication date (its head of the bureau)."""
    if group.entity.type != "Organization" or group.entity.subtype not in _GROUPS:
        return
    if _kb_leads(view, kb, person, group):
        add(out, "leaderOf", person, group, view, "post-kb")
    else:
        add(out, "memberOf", person, group, view, "post-unit-member")


def _kb_leads(view, kb, person, group):
    """Does the knowledge base have ``person`` leading ``group`` on the publication date?"""
    key, of = person.entity.kb_id, group.entity.kb_id
    if not key or not of or key not in kb:
        return False
    pub = view.published.isoformat() if view.published else None
    return any(pos.relation == "leaderOf" and pos.of == of
               and not (pub and pos.until and pos.until < pub) and not (pub and pos.since and pos.since > pub)
               for pos in kb.get(key).positions)


# "المتحدث العسكري الإسرائيلي X": the military spokesperson of a state speaks for its army
MILITARY = words("العسكري")


def state_force(view, kb, country):
    """The state's armed force the document names (its KB entry's country), when it names
    one only; else None."""
    forces = [e for e in view.doc.entities if e.kb_id and e.type == "Organization"
              and e.subtype == "ArmedForce" and e.kb_id in kb and kb.get(e.kb_id).country == country]
    return Pseudo(forces[0]) if len(forces) == 1 else None


# "رئيس أركان الجيش X"، "رئيس هيئة أركان القوات X": the staff, named only by these words
STAFF = words("أركان الأركان")
_STAFF_BODY = words("هيئة")


def _chief_of_staff(view, i, org):
    """Are the words between the head post at ``i`` and ``org`` the staff's ("أركان"، "هيئة
    أركان"), with ``org`` an organisation named right after them?"""
    if not hasattr(org, "i") or org.entity.type != "Organization" or org.clitic:
        return False
    between = range(i + 1, org.i)
    return len(between) in (1, 2) and view.has(org.i - 1, STAFF) and all(
        view.has(m, STAFF | _STAFF_BODY) for m in between)


def _body_of_the_place(view, i, org):
    """"رئيس المجلس البلدي لمدينة X Y": the post is in an unnamed body of the place (named
    after ل past the body's words), not over the place."""
    if not hasattr(org, "i") or org.entity.type != "Place" or org.i <= i + 1:
        return False
    toks = view.tokens
    if org.clitic.endswith("ل"):
        end = org.i
    elif toks[org.i - 1].norm.startswith("ل") and view.at.get(org.i - 1) is None:
        end = org.i - 1       # "لمدينة X"
    else:
        return False
    # the body: a definite noun between ("المجلس البلدي"), not an adjective of the post
    # ("محافظا جديدا لعدن"، "الوالي السابق لولاية X")
    return any(toks[m].norm.startswith("ال") and toks[m].norm not in POST_ADJECTIVES
               and not definite_nisba(toks[m].norm) for m in range(i + 1, end))


# "قائد قوات X، الجنرال Y": the commander of a body's forces (no entity of their own) leads the body
FORCES = words("قوات")


def _forces_of(view, i, org):
    """Is the post at ``i`` followed by just "قوات" and then the organisation ``org``?"""
    return org.i == i + 2 and view.tokens[i + 1].norm in FORCES and not org.clitic


REGION_HEADS = words("محافظة ولاية إقليم")


# (a secretary general is the whole group's: "أمين عام حزب X في لبنان")
# a state's forces or bodies are led in a region by their commander there (قائد القوات الأمريكية
# في العراق), an association by its regional branch's head (رئيس اتحاد الطلاب في أوروبا); an
# armed group has an emir or a governor for a region, its member
def _regional(view, org):
    """Is ``org`` an armed group followed by "في <place>" (أمير جبهة X في القلمون)?"""
    toks = view.tokens
    if org is None or not hasattr(org, "j") or org.entity.type != "Organization" \
            or org.entity.subtype != "ArmedGroup" or org.j + 1 >= len(toks) or toks[org.j].norm != "في":
        return False
    place = view.slot_starting(org.j + 1)
    if place is None and view.at.get(org.j + 1) is None:
        return _unnamed_place(toks[org.j + 1].norm)   # "«والي» تنظيم X في الناحية": a place by its head
    return place is not None and place.entity.type == "Place"


def regions_by_name(doc) -> dict:
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
    region = getattr(view, "doc_regions", {}).get(city_name(ent.name_ar))
    return Pseudo(region) if region is not None else target


CITY_HEADS = words("مدينة")


def city_name(name_ar):
    """A city's name without its head: "مدينة درعا" -> درعا (normalised)."""
    head, _, rest = norm(name_ar).partition(" ")
    return rest if head in CITY_HEADS and rest else norm(name_ar)


def _post_name(toks, i, k, kb):
    names = [t.text for t in toks[i:k] if not kb.demonym(t.norm)]
    return " ".join(names) if names else None


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
            return Pseudo(ent)
    return None


# "X مسؤولة الإعلام بمستشفى Y"، "مدير العلاقات العامة في وزارة Y X": a post in an institution
OFFICIALS = words("مسؤول مسؤولة المسؤول المسؤولة مدير مديرة المدير المديرة")
# institutions, not armed or political groups (whose officials are members: members.py); a union
# or alliance of states too ("مسؤولة السياسة الخارجية في الاتحاد الأوروبي X": a post in the union)
_INSTITUTIONS = frozenset(["GovernmentBody", "MediaOrganization", "Organization", "Coalition"])


def official_relations(view, kb, out):
    """مسؤولة الإعلام بمستشفى Y / مدير المكتب الإعلامي في وزارة Y: positionIn the institution."""
    toks = view.tokens
    for i in view.positions(OFFICIALS):
        if view.at.get(i) is not None:
            continue
        k = i + 1
        while k < min(len(toks), i + 4) and view.at.get(k) is None and toks[k].norm.isalpha() \
                and toks[k].norm not in STOPWORDS:
            k += 1        # the field: الإعلام، العلاقات العامة
        if k == i + 1 or k >= len(toks):
            continue
        s = view.slot_starting(k + 1) if toks[k].norm == "في" else view.slot_starting(k)
        s = regional_portfolio_body(view, i, s) or s     # "مديرة قسم الشرق الأوسط في منظمة Y"
        if s is None or (s.i == k and not s.clitic.endswith("ب")):
            continue
        ent = s.entity
        if not (ent.type == "Place" and ent.subtype is None
                or ent.type == "Organization" and ent.subtype in _INSTITUTIONS):
            continue
        person = view.prev_slot(i, types=("Person",), max_gap=0) or \
            view.next_slot(s.j, types=("Person",), max_gap=0) or \
            person_after_titles(view, s.j)      # "مدير ... في وزارة Y، اللواء X"
        if person is not None:
            add(out, "positionIn", person, s, view, "post-official", post=_post_name(toks, i, k, kb))



# two holders of one post, each with their country: "الرئيسان الروسي X والتركي Y"،
# "وزيرا الخارجية الأميركي X والروسي Y"
DUAL_POSTS = {w: kind for kind, ws in (
    ("leaderOf", "الرئيسان الرئيسين رئيسا رئيسي الزعيمان الزعيمين زعيما الملكان العاهلان"),
    ("positionIn", "الوزيران الوزيرين وزيرا وزيري"),
) for w in words(ws)}
_DUAL_WORDS = frozenset(DUAL_POSTS)


# posts beside a head's, apposed to their holder before the head's post and name: "X، نائب زعيم
# Y Z"، "X، مستشار الرئيس الأمريكي Z"، "X، مبعوث زعيم تنظيم Y Z إلى سوريا" (X the adviser or
# envoy, Z the head)
APPOSED_BESIDE = BESIDE_WORDS | words("مستشار المستشار مبعوث المبعوث")


def _apposed_deputy(view, i):
    """The person named right before (a comma between) a deputy's post at ``i`` whose head's
    post follows it ("X، نائب زعيم Y Z"), else None; "X، ونائب رئيس Y Z" lists another person."""
    toks = view.tokens
    if i < 2 or i + 1 >= len(toks) or toks[i].norm not in APPOSED_BESIDE or toks[i - 1].text not in _COMMAS \
            or not (view.stems(i + 1) & LEADER_POSTS or view.stems(i + 1) & HEAD_OF_STATE):
        return None
    p = view.at.get(i - 2)
    return p if p is not None and p.j == i - 1 and p.entity.type == "Person" else None


def deputy_s_head_relations(view, kb, out):
    """"X، نائب زعيم طالبان الملا Y": Y, named after the deputy's post, leads its body."""
    toks = view.tokens
    for i in view.positions(BESIDE_WORDS):
        if _apposed_deputy(view, i) is None:
            continue
        org, country, k = _post_complement(view, kb, i + 1, "leaderOf")
        body = org or (country_slot(view, kb, country) if country else None)
        if body is None:
            continue
        k = past_words(view, k, PERSON_TITLES)
        head = view.slot_starting(k)
        if head is not None and head.entity.type == "Person":
            add(out, "leaderOf", head, body, view, "post-deputy-s-head")


def dual_post_relations(view, kb, out):
    """"الرئيسان الروسي X والتركي Y": X leads the first country, Y the second."""
    toks = view.tokens
    for i in view.positions(_DUAL_WORDS):
        kind = next((DUAL_POSTS[st] for st in sorted(view.stems(i)) if st in DUAL_POSTS), None)
        k = i + 1
        if kind == "positionIn":
            while k < min(len(toks), i + 3) and view.at.get(k) is None and toks[k].norm.startswith("ال") \
                    and not kb.demonym(toks[k].norm):
                k += 1    # the ministry: وزيرا الخارجية
        for _ in range(2):
            country = kb.demonym(toks[k].norm) if k < len(toks) and view.at.get(k) is None else None
            person = view.slot_starting(k + 1) if country else None
            if person is None or person.entity.type != "Person":
                break
            target = country_slot(view, kb, country)
            if target is not None:
                add(out, kind, person, target, view, "post-dual")
            k = person.j
