"""Places in places: تدمر بمحافظة حمص وسط سوريا، مدينة حلب السورية، العاصمة الليبية طرابلس.
"""
from __future__ import annotations

from kg.lexicon import DIRECTIONS, PLACE_HEADS, strip_clitics
from kg.mentions_common import definite
from kg.normalize import norm
from kg.relations.common import COMMAS, Pseudo, add, country_slot, entities_by_name, words
from kg.relations.posts import city_name

PLACE_RANK = {"City": 1, "Region": 2, "Country": 3}
# a mission abroad carries its own state's adjective: السفارة الأمريكية في بغداد
MISSIONS = words("السفارة سفارة القنصلية قنصلية البعثة بعثة الممثلية ممثلية")


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
        if not country and sl.j - sl.i >= 2 and kb.demonym(toks[sl.j - 1].norm) \
                and definite(toks[sl.j - 1]) \
                and not any(view.has(k, MISSIONS) for k in range(sl.i, sl.j)):
            # البادية السورية: a region named by its country; "بلدة X السورية" whose name
            # took the adjective in
            country = kb.demonym(toks[sl.j - 1].norm)
        if country:
            target = country_slot(view, kb, country)
            if target is not None:
                add(out, "locatedIn", sl, target, view, "located-demonym")


def country_in_name_relations(view, kb, out):
    """"إقليم كردستان العراق": a place whose name ends with a country's name lies in it
    (not "جنوب لبنان", which is Lebanon itself when it is not an entity of its own)."""
    toks = view.tokens
    for sl in view.slots:
        if sl.entity.type != "Place" or sl.entity.subtype == "Country" or sl.j - sl.i < 2 \
                or view.has(sl.i, DIRECTIONS):
            continue
        country = entities_by_name(view, "Place", "Country", one_word=True).get(toks[sl.j - 1].norm)
        if country is not None and country.id != sl.entity.id:
            add(out, "locatedIn", sl, Pseudo(country), view, "located-name")


def owner_in_name_relations(view, kb, out):
    """"الضاحية الجنوبية لبيروت"، "الريف الغربي لحلب": a place named as a part of another, whose
    name ends with لـ and that place's name (or is followed by it: "الغوطة الشرقية لدمشق"),
    lies in it."""
    toks = view.tokens
    for sl in view.slots:
        if sl.entity.type != "Place" or sl.entity.subtype == "Country" or sl.j - sl.i < 2:
            continue
        nxt = view.slot_starting(sl.j)
        if nxt is not None and nxt.entity.type == "Place" and nxt.clitic == "ل" \
                and view.has(sl.j - 1, SIDE_ADJECTIVES) and nxt.entity.id != sl.entity.id:
            add(out, "locatedIn", sl, nxt, view, "located-owner-name")   # "الغوطة الشرقية لدمشق"
            continue
        last = toks[sl.j - 1].norm
        if not last.startswith("ل") or last.startswith("لل") or len(last) < 4 \
                or not view.has(sl.j - 2, SIDE_ADJECTIVES):
            continue      # a side of the place: "الضاحية الجنوبية لـ"، "الريف الشرقي لـ"
        owner = entities_by_name(view, "Place", one_word=True).get(last[1:])
        if owner is not None and owner.id != sl.entity.id:
            add(out, "locatedIn", sl, Pseudo(owner), view, "located-owner-name")


# the head word of a place phrase tells its size where the subtype does not:
# a village, camp, mountain or prison lies in a city; a district in a province
SMALL_PLACE_HEADS = words("قرية قريتي بلدة بلدتي حي مخيم جبل جبال سلسلة سد بحيرة وادي مطار ميناء "
                         "سجن معبر قاعدة مستشفى دوار جسر حقل مصفاة مركز "
                         # buildings and squares: فندق X في طرابلس، ساحة X وسط أنقرة
                         "فندق متحف مسجد جامع كنيسة ساحة ملعب سوق "
                         # palaces, schools, stations: قصر X بالرياض، مدرسة X في Y
                         "قصر مدرسة جامعة مبنى محطة منشأة "
                         # camps, streets, depots, checkpoints: معسكر X شمال مدينة Y، شارع X وسط Y
                         "معسكر شارع مستودع مستوطنة مرقد ضريح حاجز مجمع مصنع ثكنة مخفر ميدان")
# buildings and sites, smaller than the smallest town they stand in: "مسجد X في بلدة Y"،
# "القصر الرئاسي بمقديشو"، "ملهى X في إسطنبول" (their definite forms too: القصر، السراي)
BUILDING_HEADS = words("فندق متحف مسجد جامع كنيسة ملعب قصر مدرسة جامعة مبنى محطة منشأة مستشفى سجن "
                       "مصفاة مخفر ثكنة مصنع مستودع ضريح مرقد سراي ملهى مطعم مقهى")
SMALL_PLACE_HEADS = SMALL_PLACE_HEADS | BUILDING_HEADS
DISTRICT_HEADS = words("قضاء ناحية منطقة مديرية")
# a city named as one: "مديرية X بمدينة Y"، a district of that city
CITY_HEAD = words("مدينة")
PROVINCE_HEADS = words("محافظة محافظتي ولاية ولايتي إقليم مقاطعة منطقة")
_BETWEEN_PLACES = words("، , ( في عاصمة عاصمتها مركز التابعة التابع كبرى مدن أكبر ثاني الواقعة الواقع داخل")
# an ordinal the name left out: "حي الزهراء الثانية غربي بعقوبة"
ORDINALS = words("الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة الجديد الجديدة "
                 "القديم القديمة")
INSIDE = words("داخل")
# an area named with في/بـ a city lies in it ("منطقة X ببغداد"), though منطقة alone may be a
# district or a province
AREA_HEADS = words("منطقة")
# "مدينة X ومخيمها شمالي Y": the place with its own surroundings, then what contains both
ITS_SURROUNDINGS = words("ومخيمها ومخيمه وريفها وريفه وضواحيها وضواحيه ومحيطها ومحيطه")
_BETWEEN_WORDS = DIRECTIONS | _BETWEEN_PLACES | ORDINALS | ITS_SURROUNDINGS
_DIRECTION_OR_HEAD = DIRECTIONS | frozenset(PLACE_HEADS)
_IN = words("في ب داخل")
_BELONGING = words("التابع التابعة الواقعة الواقع")     # قضاء X التابع لمحافظة Y، بلدة X الواقعة في Y
# near is not in: "بلدة X قرب ميناء Y"
NEAR = words("قرب بالقرب قريبا القريبة القريب "
             # beside it: "محافظة إب المحاذية للضالع"، "البلدة المجاورة لمدينة X"
             "المحاذية المحاذي المجاورة المجاور المتاخمة المتاخم")
CONNECT = words("تربط يربط تصل يصل الرابط الرابطة الواصل الواصلة يربطان تربطان يصلان تصلان "
                # a road still to be opened: "الطريق الذي سيربط القاهرة بالخرطوم"
                "سيربط ستربط سيصل ستصل")
# the building or seat of a place's authority, named before it: "مبنى محافظة X في Y"، "مقر ولاية X"
SEATS_OF = words("مبنى مقر ديوان")
_PLACE_HEAD_WORDS = SMALL_PLACE_HEADS | DISTRICT_HEADS | PROVINCE_HEADS | frozenset(PLACE_HEADS)


# "X في ريف Y": the countryside of Y, where a town lies whatever its size against Y
COUNTRYSIDE = words("ريف")


def _countryside_of(view, b):
    """Is place ``b`` named as the countryside of a place ("ريف حلب" with حلب the slot)?"""
    return b.i > 0 and view.at.get(b.i - 1) is None and any(
        st in COUNTRYSIDE for _, st in strip_clitics(view.tokens[b.i - 1].norm)) \
        or view.has(b.first, COUNTRYSIDE)


def _place_head(view, slot):
    """The place head of a slot: its first word (مخيم جباليا) or the word before it (سجن غويران)."""
    heads = SMALL_PLACE_HEADS | DISTRICT_HEADS | PROVINCE_HEADS | frozenset(PLACE_HEADS)
    for k in (slot.first, slot.i - 1):
        if k < 0 or (k == slot.i - 1 and view.at.get(k) is not None):
            continue
        for _, st in strip_clitics(view.tokens[k].norm):
            if st in heads:
                return st
            if k == slot.first and st.startswith("ال") and st[2:] in BUILDING_HEADS:
                return st[2:]      # "القصر الرئاسي"، "السراي الحكومي": a building named by its head
    return None


def _place_rank(view, slot, container=False):
    """Size rank of a place: 0 village/camp/facility, 1 city, 1.5 district, 2 province, 3 country."""
    if slot.entity.subtype == "Country":
        return 3
    head = _place_head(view, slot)
    if head is not None:
        if container and head in PROVINCE_HEADS:
            return 2     # "بمنطقة جازان": as a container, منطقة is a province
        if head in BUILDING_HEADS:
            return -0.5
        if head in SMALL_PLACE_HEADS:
            return 0
        if head in DISTRICT_HEADS:
            return 1.5
        if head in PROVINCE_HEADS:
            return 2
        if PLACE_HEADS.get(head) == "City":
            return 1
    return PLACE_RANK.get(slot.entity.subtype, 2)


def located_relations(view, kb, out):
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
        pattern = _adjacent_link(view, a, b, links) \
            if not _comma_listed(view, places, n) and not _two_countries(a, b) else None
        if pattern is not None and _capital_for_its_state(kb, a.entity, b.entity):
            pattern = None    # "سياسة واشنطن في سورية"، "قدمت واشنطن لإيران": the state, not the city
        if pattern is not None and not (b.mention.nominal and kb_apart(kb, a.entity, b.entity)):
            # ("حلفاء واشنطن في المنطقة": the region a nominal names, not the province it was
            # resolved to, when the KB puts the two in different countries)
            links.append((a, b, pattern))
    own = len(links)
    _share_with_coordinated(view, places, links)
    # a place shares its partner's container unless the KB puts the two in different countries
    links = links[:own] + [(a, b, p) for a, b, p in links[own:] if not kb_apart(kb, a.entity, b.entity)]
    for a, b, pattern in links:
        add(out, "locatedIn", a, _province_for_a_city(view, a, b), view, pattern)
    _along_the_chain(view, links, out)
    _near_then_in(view, places, links, out)


def _two_countries(a, b) -> bool:
    """Are both places countries (no state lies in another: "حملة نصرة الأشقاء في سوريا بلبنان",
    a body's name the tagger missed, then where it works)?"""
    return a.entity.subtype == "Country" and b.entity.subtype == "Country"


def _comma_only(view, a, b) -> bool:
    """Does one comma alone stand between place ``a`` (past its adjectives) and place ``b``?"""
    start = _after_adjectives(view, a)
    return b.i == start + 1 and view.tokens[start].text in COMMAS


def _comma_listed(view, places, n) -> bool:
    """Are places ``n`` and ``n + 1`` two items of a list told with commas alone ("في مناطق
    الكورة، المنية، زغرتا، البقاع الأوسط، صيدا"): a comma alone between them, and one alone
    between one of them and its other neighbour, or commas around both (the items between them
    no names)? (Not "X، عاصمة Y"، "X، جنوب Y": words between.)"""
    a, b = places[n], places[n + 1]
    if not _comma_only(view, a, b):
        return False
    toks = view.tokens
    after_b = _after_adjectives(view, b)
    return n + 2 < len(places) and _comma_only(view, b, places[n + 2]) \
        or n > 0 and _comma_only(view, places[n - 1], a) \
        or a.i > 0 and toks[a.i - 1].text in COMMAS and after_b < len(toks) and toks[after_b].text in COMMAS


def _countries(kb, ent):
    """The countries the KB puts a known place in (itself if a country); empty if unknown."""
    key = ent.kb_id
    if not key or key not in kb:
        return frozenset()
    return frozenset(k for k in [key] + kb.ancestors(key) if kb.get(k).subtype == "Country")


def _capital_for_its_state(kb, a, b) -> bool:
    """Is ``a`` a state's capital (the KB names it "العاصمة ..." and no other place shares its
    name) that the KB puts in another country than the country ``b``? Such a capital before another
    state stands for its own state ("سياسة واشنطن في سورية"), never lies in that state."""
    if b.subtype != "Country" or not a.kb_id or a.kb_id not in kb:
        return False
    entry = kb.get(a.kb_id)
    capital = any(norm(x).startswith("العاصمه ") for x in entry.aliases)
    return capital and not entry.shared and not entry.ambiguous and kb_apart(kb, a, b)


def kb_apart(kb, a, b):
    """Does the KB put the places ``a`` and ``b`` in different countries? ("يتنقلون بين جرود
    بلدة عرسال ومنطقة القلمون في ريف دمشق": Arsal, in Lebanon, does not share Qalamoun's Syrian
    province). Only for a container shared along a coordination: a place named with its own
    container is read as the text says (the KB may have linked a namesake: دوما in the West Bank)."""
    ca, cb = _countries(kb, a), _countries(kb, b)
    return bool(ca and cb and not ca & cb)


# sites that hold no town: "منطقة X الواقعة جنوب قاعدة Y"، "بلدة X شمال مطار Y" (near the
# site, never in it; a building may still lie in one: "مستشفى X داخل قاعدة Y")
SITES = words("قاعدة مطار ميناء سجن معبر مستشفى سد جسر حقل مصفاة دوار") | BUILDING_HEADS


def _town_by_a_site(view, a, b) -> bool:
    """Is ``a`` a village, a town or larger (no site itself), and ``b`` a base, an airport or a
    building?"""
    return _place_head(view, b) in SITES and _place_head(view, a) not in SITES


def _adjacent_link(view, a, b, links):
    """The pattern by which place ``a`` lies in the next place ``b``, or None."""
    if _town_by_a_site(view, a, b):
        return None
    start = _after_adjectives(view, a)
    if not a.mention.nominal and not b.mention.nominal and _relative_clause_then_in(view, start, b) \
            and _place_rank(view, a) <= 1 \
            and _place_rank(view, a) < _place_rank(view, b, container=True) \
            and (b.entity.subtype == "Country" or _place_head(view, b) in PROVINCE_HEADS):
        return "located-relative"    # "قرية X التي دخلها الجنود أمس في جنوب Y"
    if _in_a_direction_aside(view, a) is not None:
        return None   # "قضاء X، جنوبي Y، التابع لمحافظة Z": X belongs to Z, not Y (belonging_across_aside)
    clause = _locative_clause_end(view, start, b)
    if clause is not None:
        start, side = clause
        if side:     # "حي X على الجانب الشرقي من مدينة Y"
            return "located-in" if _place_rank(view, a) < _place_rank(view, b, container=True) else None
    if _side_of(view, a, start, b):
        return "located-side"      # "المنطقة الشرقية من السعودية": a side of the larger place
    if b.i - start > 3 and not (b.i - start in (4, 5) and _one_of_its_kind(view, start, b)):
        return None   # at most three words between (after the adjectives), or "، كبرى مدن شمال"
    between = [view.tokens[k] for k in range(start, b.i)]
    if b.clitic.startswith("و") and not any(t.norm.isalnum() for t in between):
        return None   # coordination ("حماة ودرعا"، "حماة، ودرعا"), handled by _share_with_coordinated
    if any(view.has(k, NEAR) for k in range(a.j, b.i)):
        return None   # (from the name on: "المحاذية" would pass for one of its adjectives)
    if (any(t.text == "(" for t in between) or view.tokens[b.i].text == "(") \
            and not any(t.norm in DIRECTIONS or t.norm in SEATS for t in between):
        if _bracketed_country(view, a, b, between):
            return "located-bracket"     # "أنجامينا (تشاد)": a city and its country in brackets
        return None   # "آسيا (الكويت)": an example in brackets; "X (شرق Y)" is a place
    if a.i > 0 and view.has(a.i - 1, CONNECT):
        return None   # "الأنفاق التي تربط X بـY": X with Y, not in it
    if a.i > 0 and view.at.get(a.i - 1) is None and view.has(a.i - 1, SEATS_OF):
        return None   # "مبنى محافظة الضالع في منطقة سناح": the building is there, not the province
    if any(c.startswith("و") and (st in DIRECTIONS or st in _PLACE_HEAD_WORDS)
           for t in between for c, st in strip_clitics(t.norm)):
        return None   # "بلدة X وقرية Y"، "الشرق الأوسط، وشمال أفريقيا": a list, not a nesting
    words_between = [t for t in between if t.norm.isalnum()]
    if words_between and words_between[0].norm in INSIDE and a.entity.subtype != "Country":
        return "located-in"   # "بمنطقة السوق داخل مدينة درعا": whatever their sizes
    ok = all(view.tokens[k].norm in _BETWEEN_WORDS or view.has(k, _DIRECTION_OR_HEAD)
             for k in range(start, b.i))
    if _one_of_its_kind(view, start, b):
        return "located-ranked"       # "جسر X، ثاني جسور الموصل"، "X، إحدى بلدات ريف Y"
    if not ok:
        return None
    ra = PLACE_RANK.get(a.entity.subtype, 2)
    rb = PLACE_RANK.get(b.entity.subtype, 2)
    headed = any(s in PLACE_HEADS for t in between for c, s in strip_clitics(t.norm) if c) \
        or b.clitic.endswith("ب")
    if ra < rb or (ra == rb and headed) or (ra == rb == 2 and a.entity.subtype != b.entity.subtype):
        return "located-adjacent"
    words = [t for t in between if t.norm.isalnum()]
    hra, hrb = _place_rank(view, a), _place_rank(view, b, container=True)
    belongs = bool(words) and words[0].norm in _BELONGING
    if belongs:
        words = words[1:]          # "قضاء جمجمال التابع لمحافظة السليمانية"
        if not words and b.clitic.endswith("ل"):
            words = [None]
    inside = (not words and b.clitic.endswith("ب")) or bool(words) and all(
        t is None or {s for _, s in strip_clitics(t.norm)} & (_IN | _PLACE_HEAD_WORDS)
        for t in words) and (words[0] is None or words[0].norm in _IN or any(
            c.endswith(("ب", "ل")) for c, _ in strip_clitics(words[0].norm)))
    toward = any(view.has(k, DIRECTIONS) for k in range(start, b.i))
    head_a = _place_head(view, a)
    if inside and hra <= 1 and _countryside_of(view, b) and not any(x is b and y is a for x, y, _ in links):
        return "located-countryside"   # "اعزاز في ريف حلب"، "تفتناز بريف إدلب": a town in its countryside
    if inside and hra < 3 and (hra < hrb or hra == hrb and (_place_head(view, b) in PROVINCE_HEADS or belongs)) \
            and not any(x is b and y is a for x, y, _ in links):
        # equal sizes only into a province named by its head (منطقة الرويشد في محافظة المفرق)
        # or where the text says the one belongs to the other (ناحية X التابعة لقضاء Y), never
        # two bare cities (طهران في فيينا: a government meeting abroad)
        return "located-in"
    if inside and head_a in DISTRICT_HEADS and _place_head(view, b) in CITY_HEAD \
            and not any(x is b and y is a for x, y, _ in links):
        return "located-in"    # "مديرية X بمدينة Y": a district of the city named as one
    if inside and _place_head(view, a) in AREA_HEADS and hrb == 1 and b.entity.subtype == "City" \
            and not any(x is b and y is a for x, y, _ in links):
        return "located-in"    # "منطقة X ببغداد": an area of a city, not a district around it
    if toward and (hra < hrb or (
            (head_a in SMALL_PLACE_HEADS or head_a in DISTRICT_HEADS)
            and _place_rank(view, b) >= 1
            and _place_head(view, b) not in SMALL_PLACE_HEADS | DISTRICT_HEADS)):
        return "located-direction"
    return None



# a side named by its direction's adjective: "المنطقة الشرقية"، "الريف الشمالي"، "الجزء الغربي"
SIDE_ADJECTIVES = words("الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي "
                        "الوسطى الأوسط")


# the state a place is in, told right after its name: "بلدة الفوعة المحاصرة في ريف إدلب"
STATE_ADJECTIVES = words("المحاصرة المحاصر المحررة المحرر المدمرة المدمر المنكوبة المنكوب "
                         "المهجورة المهجور")


def _side_of(view, a, start, b):
    """Is place ``a`` named as a side (its last word a direction's adjective) with "من" and
    only "من" before ``b``, a larger place ("المنطقة الشرقية من المملكة")?"""
    toks = view.tokens
    return b.i == start + 1 and toks[start].norm == "من" and not b.clitic \
        and view.has(a.j - 1, SIDE_ADJECTIVES) and not b.mention.nominal \
        and _place_rank(view, a) < _place_rank(view, b, container=True)


def _bracketed_country(view, a, b, between):
    """"مدينة X (Y)": a city or smaller place, then only a country between brackets."""
    toks = view.tokens
    opened = [t.text for t in between] + ([toks[b.i].text] if b.first > b.i else [])
    closed = toks[b.j - 1].text == ")" if b.first > b.i else b.j < len(toks) and toks[b.j].text == ")"
    return opened == ["("] and closed and b.entity.subtype == "Country" \
        and _place_rank(view, a) <= 1 and a.entity.subtype != "Country"


# words that say where a place lies before what contains it: "X التي تقع في Y"، "X، وهي بلدة
# في Y"، "X على الجانب الشرقي من Y"
_WHICH = words("التي الذي")
_LIES = words("تقع يقع")
_IT_IS = words("وهي وهو هي هو")
_LYING = words("الواقعة الواقع")
# the seat of a province named in brackets: "مدينة X (مركز محافظة Y)"
SEATS = words("مركز عاصمة")
_ON = words("على")
_SIDES = words("الجانب الضفة الطرف الشطر الجزء القسم")
_ON_OR_IN = words("على في")
_OF = words("من")


# how many words a relative clause may take between a place and "في <what contains it>"
RELATIVE_REACH = 6


def _relative_clause_then_in(view, start, b):
    """Do the words from ``start`` to place ``b`` read "التي/الذي <a clause of at most
    RELATIVE_REACH words, no entity> في [directions]"?"""
    toks = view.tokens
    k = start + 1 if start < len(toks) and toks[start].text in ("،", ",") else start
    if k >= b.i or not view.has(k, _WHICH) or view.at.get(k) is not None:
        return False
    m = b.i - 1
    while m > k and view.has(m, DIRECTIONS) and view.at.get(m) is None:
        m -= 1
    if m <= k + 1 or toks[m].norm != "في" or m - k - 1 > RELATIVE_REACH:
        return False
    return all(view.at.get(x) is None and toks[x].norm.isalnum() for x in range(k + 1, m))


def _locative_clause_end(view, start, b):
    """(index where the words before ``b`` resume, whether a side of ``b`` was named) when the
    words from ``start`` open a locative clause, else None."""
    toks = view.tokens
    k = start + 1 if start < len(toks) and toks[start].text in ("،", ",") else start
    if k + 1 >= b.i or view.at.get(k) is not None:
        return None
    if view.has(k, _WHICH) and view.has(k + 1, _LIES):
        return k + 2, False          # "التي تقع في Y" reads as "في Y"
    if view.has(k, _LYING) and view.at.get(k) is None and k + 2 < b.i and view.tokens[k + 1].norm == "في" \
            and (view.has(k + 2, DIRECTIONS) or view.has(k + 2, COUNTRYSIDE)):
        return k + 1, False          # "الواقعة في شمال شرق Y"، "، الواقعة في ريف Y" read as "في ... Y"
    if view.has(k, _IT_IS) and view.has(k + 1, _PLACE_HEAD_WORDS) and view.at.get(k + 1) is None:
        return k + 2, False          # "، وهي بلدة في Y"
    same = _seat_of_its_namesake(view, k, b)
    if same is not None:
        return same, False           # "X، مركز المحافظة التي تحمل الاسم ذاته شمال Y" reads as "X شمال Y"
    if view.has(k, _ON_OR_IN) and view.has(k + 1, _SIDES):      # "على/في الجانب الأيمن من Y"
        m = k + 2
        if m < b.i and view.at.get(m) is None and toks[m].norm.startswith("ال") and not view.has(m, _OF):
            m += 1                   # the side's adjective: الشرقي، الأوروبي
        if view.has(m, _OF) and (m + 1 == b.i or m + 2 == b.i and view.has(m + 1, _PLACE_HEAD_WORDS)):
            return b.i, True         # "... من Y"، "... من مدينة Y"
        if m == b.i and b.clitic.endswith("ل") and m > k + 2:
            return b.i, True         # "في الطرف الشرقي لمدينة Y": the side's adjective, then لـ Y
    return None


# "X، مركز المحافظة التي تحمل الاسم نفسه": the seat of a province named like it, which the
# text does not name apart; the place after the clause holds both
NAMESAKE = (words("مركز عاصمة"), words("المحافظة الولاية الإقليم المقاطعة"), words("التي"),
            words("تحمل"), words("الاسم اسمها"))
_SELF = words("نفسه ذاته")


def _seat_of_its_namesake(view, k, b):
    """The index after "مركز المحافظة التي تحمل الاسم نفسه" starting at ``k`` (before ``b``), or None."""
    end = k + len(NAMESAKE)
    if end >= b.i:
        return None
    for m, cue in enumerate(NAMESAKE):
        s = view.at.get(k + m)
        if not view.has(k + m, cue) or s is not None and not s.mention.nominal:
            return None
    return end + 1 if view.has(end, _SELF) else end


# "ثاني جسور الموصل"، "أكبر مدن X"، "إحدى بلدات Y": one of the places of that kind in Y
RANKED = words("ثاني ثالث رابع خامس أكبر كبرى أهم أبرز أقدم إحدى أحد آخر")
# "ثاني أكبر مدن X": an ordinal before a superlative
ORDINAL_RANKS = words("ثاني ثالث رابع خامس ثانية ثالثة إحدى أحد")
SUPERLATIVE_RANKS = words("أكبر كبرى أهم أقدم")


def _one_of_its_kind(view, start, b):
    """Between place ``a`` (ending at ``start``, past a comma) and ``b``: a rank word and the
    plural of a kind of place ("، ثاني جسور"، "، إحدى بلدات")."""
    words_between = [k for k in range(start, b.i) if view.tokens[k].norm.isalnum()]
    if len(words_between) in (3, 4) and (view.has(words_between[-1], DIRECTIONS)
                                         or view.has(words_between[-1], COUNTRYSIDE)):
        words_between = words_between[:-1]    # "مدينة X، كبرى مدن شمال Y"، "، أكبر مدن ريف Y"
    if len(words_between) == 3 and view.has(words_between[0], ORDINAL_RANKS) \
            and view.has(words_between[1], SUPERLATIVE_RANKS) and not b.mention.nominal:
        # "X، ثاني أكبر مدن Y": an ordinal before the rank (a country named, not "البلاد",
        # which the text may have left to an earlier sentence's country)
        words_between = words_between[1:]
    return len(words_between) == 2 and view.has(words_between[0], RANKED) and not b.clitic \
        and view.at.get(words_between[1]) is None \
        and not view.tokens[words_between[0]].norm.startswith("و") \
        and view.tokens[words_between[1]].norm not in _NO_KINDS
    # ("واحدا في غزة والثاني في الضفة الغربية": one in each, no rank among the places of Y)


_NO_KINDS = words("في من على إلى الى عن")

# "قاعدة X الجوية شرقي Y"، "مدينة X الساحلية، عاصمة Y"، "مدينة X العراقية، مركز محافظة Y":
# up to two adjectives the name left out come before what contains it
def _after_adjectives(view, a, most=2):
    """The token after the adjectives (definite nisbas: الجوية، الساحلية، العراقية) right
    after place ``a``; ``a.j`` when there are none."""
    k = a.j
    toks = view.tokens
    while k < min(len(toks), a.j + most) and view.at.get(k) is None and (
            _place_adjective(toks[k].norm) or toks[k].norm in SIDE_ADJECTIVES
            or toks[k].norm in STATE_ADJECTIVES):
        k += 1      # "ريف حمص الشرقي وسط سوريا": the side of the place, then where it lies
    return _purpose_end(view, a, k) if k == a.j else k


# what a camp or a building is for, the name left out, before what contains it: "مخيم X
# للاجئين الفلسطينيين في Y"، "مستشفى X للأطفال في Y"، "سجن X للنساء بـ Y"
PURPOSE_REACH = 2


def _purpose_end(view, a, k):
    """The token after "لل<noun> [adjectives]" right after a small place ``a`` at ``k``; ``k``
    when none."""
    toks = view.tokens
    n = toks[k].norm if k < len(toks) else ""
    if not (n.startswith("لل") and len(n) > 4 and view.at.get(k) is None
            and _place_head(view, a) in SMALL_PLACE_HEADS):
        return k
    m = k + 1
    while m < min(len(toks), k + 1 + PURPOSE_REACH) and view.at.get(m) is None \
            and toks[m].norm.startswith("ال") and len(toks[m].norm) > 4 and not view.has(m, DIRECTIONS):
        m += 1
    return m


def _place_adjective(n):
    return n.startswith("ال") and n.endswith(("ي", "يه")) and len(n) > 5 and n not in DIRECTIONS \
        and n[2:] not in DIRECTIONS


def _province_for_a_city(view, a, b):
    """A city is not in a city: "مدينة القرداحة بريف اللاذقية" puts it in the province of that
    name when the document names it (محافظة اللاذقية); else ``b``."""
    regions = getattr(view, "doc_regions", None)
    if not regions or b.entity.subtype != "City" or not b.entity.name_ar:
        return b
    region = regions.get(city_name(b.entity.name_ar))
    if region is None or _place_rank(view, a) != 1 or _place_rank(view, b) != 1:
        return b
    return Pseudo(region)


def _near(view, a, b):
    """Is place ``b`` named as what ``a`` is near: "بلدة X القريبة من Y"، "X قرب Y"?"""
    start = _after_adjectives(view, a)
    return 0 < b.i - start <= 3 and any(view.has(k, NEAR) for k in range(start, b.i))


def _near_then_in(view, places, links, out):
    """"بلدة X القريبة من مدينة Y بجنوب Z": near Y is not in Y, but Y lies in the province or
    country Z, and so does X (only a province or a country: what is near a city may lie
    outside it, not outside the region around both)."""
    for a, b in zip(places, places[1:]):
        if not _near(view, a, b):
            continue
        for x, c, _ in links:
            if x is b and c.entity.id != a.entity.id and _place_rank(view, c, container=True) >= 2 \
                    and _place_rank(view, a) < _place_rank(view, c, container=True):
                add(out, "locatedIn", a, c, view, "located-near-in")


def _share_with_coordinated(view, places, links):
    """Coordinated places share the container: "قنديل وهاكورك شمالي العراق"."""
    for a, b in reversed(list(zip(places, places[1:]))):    # a list shares its last one's
        if any(y is a for _, y, _ in links):
            continue      # "مسجد X في حي Y ومسجد Z في منطقة W": Y closes a chain, و opens a new item
        if a.j == b.i and b.clitic.startswith("و"):
            for x, y, pattern in list(links):
                if x is b:
                    links.append((a, y, pattern))
        elif _joined_by_a_head(view, a, b):
            for x, y, pattern in list(links):
                if x is b and _named_in(view, b, y):
                    links.append((a, y, pattern))     # "بلدة X ومدينة Y في ريف Z" (not "شمال Z")


_IN_NAMED = words("في")     # (not the module's later _IN_WORDS, which also holds داخل)


def _named_in(view, b, y):
    """Is the place ``y`` named right after ``b`` with في or بـ ("في ريف Z"، "بريف Z"، "بمحافظة Z"),
    no direction between ("شمال Z")?"""
    if not hasattr(y, "i") or y.i < b.j or y.i - b.j > 2:
        return False
    between = [view.tokens[k].norm for k in range(b.j, y.i)]
    if any(w in DIRECTIONS for w in between):
        return False
    return y.clitic.endswith("ب") or any(w in _IN_NAMED or w.startswith("ب") and w[1:] in PLACE_HEADS
                                         for w in between)


def _joined_by_a_head(view, a, b):
    """"بلدة X ومدينة Y": the second place's head word, with و and left out of its mention, is
    all that stands between the two; the first is a place named with its own head (or joined
    to one), not a noun's complement ("أهرامات الجيزة ومنطقة Y")."""
    if b.i != a.j + 1 or b.clitic or view.at.get(a.j) is not None:
        return False
    w = view.tokens[a.j].norm
    if not (w.startswith("و") and w[1:] in PLACE_HEADS):
        return False
    if a.i > 0 and view.at.get(a.i - 1) is None:
        before = view.tokens[a.i - 1].norm
        return before in PLACE_HEADS
    return a.clitic.startswith("و") or view.has(a.i, _PLACE_HEAD_WORDS)


def _along_the_chain(view, links, out):
    """Along a chain: a in b, b in c -> a in c."""
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
            add(out, "locatedIn", a, c, view, "located-chain")
            frontier.extend(nxt.get(id(c), []))


# "محافظة ديالى، وعاصمتها بعقوبة"، "ولاية X ومركزها Y": the seat named after the pronoun lies
# in the place named before it (the reverse of the order of a chain)
SEAT_OF_IT = words("عاصمتها عاصمته وعاصمتها وعاصمته مركزها مركزه ومركزها ومركزه")


def seat_relations(view, kb, out):
    """"محافظة X، وعاصمتها Y": Y locatedIn X (the place right before the pronoun word)."""
    for i in view.positions(SEAT_OF_IT):
        if view.at.get(i) is not None:
            continue
        seat = view.slot_starting(i + 1)
        if seat is None and i + 2 < len(view.tokens) and view.has(i + 1, _PLACE_HEAD_WORDS):
            seat = view.slot_starting(i + 2)       # "وعاصمتها مدينة Y"
        whole = view.prev_slot(i, types=("Place",), max_gap=1)
        if seat is not None and whole is not None and seat.entity.type == "Place" \
                and _place_rank(view, seat) < _place_rank(view, whole, container=True):
            add(out, "locatedIn", seat, whole, view, "located-seat")


# "منطقة X في تلك المحافظة"، "منطقة X بنفس المحافظة"، "وادي X، أحد معاقله في المحافظة": a
# province told before by name, referred to by its head noun alone
NOMINAL_REGIONS = {"المحافظه": "محافظه", "الولايه": "ولايه", "المديريه": "مديريه", "الاقليم": "اقليم"}
_NOMINAL_REGION_WORDS = frozenset(NOMINAL_REGIONS)
_THAT = words("تلك هذه نفس ذات")
_IN_WORDS = words("في داخل")
# how many sentences back the province may have been named
NOMINAL_REACH = 2


def nominal_region_relations(view, kb, out):
    """A place "في [تلك] المحافظة" / "ب[نفس] المحافظة" lies in the last province the text named."""
    toks = view.tokens
    for i in view.positions(_NOMINAL_REGION_WORDS):
        head = next((NOMINAL_REGIONS[st] for c, st in strip_clitics(toks[i].norm)
                     if st in NOMINAL_REGIONS and c in ("", "ب")), None)
        if head is None:
            continue
        k = i
        by = toks[i].norm.startswith("ب")
        if k > 0 and view.has(k - 1, _THAT) and view.at.get(k - 1) is None:
            k -= 1          # "تلك المحافظة"، "بنفس المحافظة"
            by = by or toks[k].norm.startswith("ب")
        if not by:
            if k == 0 or toks[k - 1].norm not in _IN_WORDS:
                continue
            k -= 1
        place = view.prev_slot(k, types=("Place",), max_gap=3)
        if place is None or _place_rank(view, place) >= 2 or not _told_as_a_place(view, place, k):
            continue
        if _unnamed_region_before(view, place.i):
            continue
        region = _last_region(view, place, head)
        if region is not None and region.id != place.entity.id:
            add(out, "locatedIn", place, Pseudo(region), view, "located-nominal-region")


# a region head before a word the tagger did not take for a place: "من مديريات أبين، ... في
# المحافظة" may mean that region, not the last one named
_REGION_HEADS_BEFORE = words("محافظة ولاية مديرية محافظات ولايات مديريات مناطق")


def _unnamed_region_before(view, end):
    """Does the sentence, before token ``end``, name a region by a head with no place after it?"""
    for m in view.positions(_REGION_HEADS_BEFORE):
        if m + 1 < end and view.at.get(m) is None and view.slot_starting(m + 1) is None \
                and view.tokens[m + 1].norm.isalpha():
            return True
    return False


def _told_as_a_place(view, place, k):
    """Is ``place`` told as where something is: right before the phrase at ``k`` or set off by
    a comma ("وادي X، أحد معاقله في المحافظة"), and named with a place head or after في/ب
    (not a capital standing for its state: "التحالف الذي تقوده واشنطن، ضربات في المحافظة")?"""
    toks = view.tokens
    adjacent = all(not toks[m].norm.isalnum() for m in range(place.j, k))
    apposed = place.j < len(toks) and toks[place.j].text in ("،", ",")
    return (adjacent or apposed) and (_place_head(view, place) is not None
                                      or view.prepositional(place, _IN_WORDS))


def _last_region(view, before, head):
    """The last place named before slot ``before`` (in this sentence or up to NOMINAL_REACH
    before it) whose name starts with the region head ``head`` (محافظه ...)."""
    regions = getattr(view, "doc_regions", None) or {}
    v, limit, steps = view, before.i, 0
    while v is not None and steps <= NOMINAL_REACH:
        for s in reversed(v.slots):
            if s.i >= limit or s.entity.type != "Place" or s.entity.subtype == "Country":
                continue
            name = norm(s.entity.name_ar or s.mention.text)
            if name.startswith(head + " ") or norm(s.mention.text).startswith(head + " "):
                return s.entity
            region = regions.get(norm(s.mention.text))   # "مديريات أبين": محافظة أبين's name alone
            if region is not None and norm(region.name_ar).startswith(head + " "):
                return region
        v, limit, steps = getattr(v, "previous", None), 10 ** 9, steps + 1
    return None


# "قضاء X، جنوبي Y، التابع إداريا لمحافظة Z": what X belongs to, told past a direction aside;
# "إداريا" (administratively) may come between the word of belonging and the container
ADMINISTRATIVELY = words("إداريا اداريا")
_COMMAS = ("،", ",")


def _in_a_direction_aside(view, a):
    """The index of the comma that opens "، DIRECTION a،" when place ``a`` is named in such an
    aside before a word of belonging ("، التابع"), else None."""
    toks = view.tokens
    k = a.i - 1
    if k > 0 and view.at.get(k) is None and view.has(k, frozenset(PLACE_HEADS)):
        k -= 1            # "، شمالي مدينة X،"
    if k < 1 or not view.has(k, DIRECTIONS) or toks[k - 1].text not in _COMMAS:
        return None
    m = _after_adjectives(view, a)
    if m + 1 >= len(toks) or toks[m].text not in _COMMAS or not view.has(m + 1, _BELONGING):
        return None
    return k - 1


def belonging_across_aside(view, kb, out):
    """X، [جنوبي Y،] التابع [إداريا] لـ Z -> X locatedIn Z (the place before the aside)."""
    toks = view.tokens
    for i in view.positions(_BELONGING):
        if view.at.get(i) is not None:
            continue
        k = i + 1
        if view.has(k, ADMINISTRATIVELY):
            k += 1
        if k >= len(toks):
            continue      # the word of belonging ends the sentence ("... والمستشفى التابع")
        b = view.slot_starting(k)
        if b is None and view.at.get(k) is None and any(
                c.endswith("ل") and st in PROVINCE_HEADS for c, st in strip_clitics(toks[k].norm)):
            b = view.slot_starting(k + 1)     # "لمحافظة أربيل" with the head left out of the name
        elif b is not None and not b.clitic.endswith("ل"):
            b = None
        if b is None or b.entity.type != "Place":
            continue
        m = i - 1
        if m >= 0 and toks[m].text in _COMMAS:
            m -= 1
        inner = view.at.get(m) if m >= 0 else None
        if inner is None or inner.entity.type != "Place":
            continue
        comma = _in_a_direction_aside(view, inner)
        before = inner.i - 1
        if before > 0 and view.at.get(before) is None and view.has(before, frozenset(PLACE_HEADS)):
            before -= 1   # "غرب مدينة X"
        if comma is None and before >= 0 and view.has(before, DIRECTIONS):
            continue      # "مديرية X غرب العاصمة، والتابعة لمحافظة Y": told of X, past no aside
        a = view.at.get(comma - 1) if comma is not None and comma > 0 else inner
        if a is None or a.mention.nominal:
            continue
        if a is not None and a.entity.type == "Place" and a is not b \
                and _place_rank(view, a) < _place_rank(view, b, container=True):
            add(out, "locatedIn", a, b, view, "located-belonging")
