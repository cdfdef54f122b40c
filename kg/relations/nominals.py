"""Posts and members told with a head noun for the body named before: "أعلنت جبهة X ...
وقال القيادي في الجبهة Y"، "ولاية X ... وقال رئيس الولاية Y"، "المرصد السوري ... مدير
المرصد Y". The noun (with its article, clitics allowed: بالتنظيم، للحزب) is the first word of
a name the text gave an organisation or a place earlier (جبهة X، ولاية X، المرصد السوري); the
nearest such entity before it is what the post is held in. A noun the coreference stage already
linked is a mention of its own (kg.linking) and the other rules see it; these rules read only
the nouns it left.
"""
from __future__ import annotations

from bisect import bisect_left

from kg.lexicon import PERSON_TITLES, STOPWORDS, strip_clitics
from kg.normalize import norm
from kg.relations.common import Pseudo, add, words

# words that are no body's head noun however a name begins (الرئيس، الوزراء ...)
NOT_HEADS = words("الرئيس الوزراء الوزير الحكومه الدوله البلاد الامن العام الخاص الاول الثاني "
                  "الشرق الغرب الشمال الجنوب المتحده العربيه الاسلاميه الوطني الوطنيه")
# a word after the noun that makes it another body: "رئيس المجلس البلدي"، "قائد الجيش الثاني"
_GENERAL = words("العام العامة")


def _heads(doc, cache) -> tuple:
    """(sorted mention starts, [(start, head noun, entity)]) of the document's organisations
    and places: the first word of each mention, normalised, without its article."""
    got = cache.get("nominal_heads")
    if got is None:
        items = []
        for e in doc.entities:
            if e.type not in ("Organization", "Place"):
                continue
            for m in e.mentions:
                if m.nominal:
                    continue
                first = norm(m.text).split()
                left_out = _head_before(doc.text, m.start)
                if left_out:
                    items.append((m.start, left_out, e))    # "بولاية X"، "تنظيم «X»"
                if len(first) < 2:
                    continue    # "المرصد" alone says no more than the noun
                head = first[0].removeprefix("ال")
                if len(head) >= 3:
                    items.append((m.start, head, e))
        items.sort(key=lambda x: (x[0], x[1], x[2].id))
        got = cache["nominal_heads"] = ([x[0] for x in items], items)
    return got


# head nouns a name may leave out before it ("بولاية X"، "تنظيم «X»"), normalised
LEFT_OUT_HEADS = words("ولاية محافظة إقليم مدينة بلدة قرية تنظيم حركة جماعة جبهة حزب كتائب مجموعة "
                       "ميليشيا فصيل منظمة")
# what may stand between the head and the name: white space, quotes, a bracket
_BEFORE_NAME_MARKS = frozenset("«»\"“”(")
# how far before the name the head is looked for
_HEAD_REACH = 30


def _head_before(text, start):
    r"""The head noun right before a name in the text ("بولاية X" -> ولايه), clitics off, or None.

    The last word before the marks that end at ``start``, within _HEAD_REACH characters:
    what ``(\w+)[\s«»"“”(]*$`` finds there, read backwards from ``start`` (a search tries
    every position of the span)."""
    lo = max(0, start - _HEAD_REACH)
    e = start
    while e > lo and (text[e - 1].isspace() or text[e - 1] in _BEFORE_NAME_MARKS):
        e -= 1
    s = e
    while s > lo and (text[s - 1].isalnum() or text[s - 1] == "_"):    # (\w)
        s -= 1
    if s == e:
        return None
    word = norm(text[s:e])
    for _, stem in strip_clitics(word):
        if stem in LEFT_OUT_HEADS:
            return stem
    return None


def head_noun(view, k) -> str | None:
    """The head noun (normalised, no article) of a definite word at ``k`` outside any name:
    الجبهة، بالتنظيم، للحزب -> جبهه، تنظيم، حزب; else None."""
    if view.at.get(k) is not None or k >= len(view.tokens):
        return None
    for _, stem in strip_clitics(view.tokens[k].norm):
        if stem.startswith("ال") and len(stem) >= 5 and stem not in NOT_HEADS:
            return stem[2:]
    return None


def _short_names(doc, cache) -> dict:
    """The document's organisations by the word their name has after its head (حركة الشباب
    -> شباب), for a name of two words whose head a text may leave out; worked out once."""
    got = cache.get("nominal_short_names")
    if got is None:
        got = {}
        for e in doc.entities:
            if e.type != "Organization":
                continue
            for m in e.mentions:
                name = norm(m.text).replace("«", " ").replace("»", " ").replace('"', " ").split()
                if len(name) == 2 and name[0] in LEFT_OUT_HEADS and name[1].startswith("ال") \
                        and len(name[1]) >= 5:
                    got.setdefault(name[1][2:], e)
        cache["nominal_short_names"] = got
    return got


def short_name_referent(view, k):
    """The organisation a definite word at ``k`` names by its name without its head ("القيادي
    في الشباب Y" with حركة الشباب named in the text), or None."""
    head = head_noun(view, k)
    if head is None:
        return None
    e = _short_names(view.doc, view.doc_cache).get(head)
    return Pseudo(e) if e is not None else None


def referent(view, k, types=("Organization", "Place")):
    """The entity a definite head noun at ``k`` stands for: the nearest one named before it in
    the text with a name that begins with that noun (a Pseudo slot), or None."""
    head = head_noun(view, k)
    if head is None:
        return None
    starts, items = _heads(view.doc, view.doc_cache)
    pos = view.tokens[k].start
    for n in range(bisect_left(starts, pos) - 1, -1, -1):
        start, h, e = items[n]
        if h == head:
            return Pseudo(e) if e.type in types else None
    return None


def _holder_after(view, k, reach=3):
    """A person named right after token ``k`` (titles and commas between), or None."""
    toks = view.tokens
    m = k
    while m < min(len(toks), k + reach + 1):
        s = view.slot_starting(m)
        if s is not None:
            return s if s.entity.type == "Person" else None
        if toks[m].norm.isalnum() and toks[m].norm not in PERSON_TITLES:
            return None
        m += 1
    return None


def _holder_around(view, i, k):
    """The holder of a post whose words run from ``i`` to ``k`` (exclusive): named right after
    them, or right before the post word in apposition ("Y، القيادي في الجبهة")."""
    person = _holder_after(view, k)
    if person is None and i > 0:
        p = view.prev_slot(i, types=("Person",), max_gap=0)
        if p is not None and p.j >= i - 2:
            person = p
    return person


# the post words a head noun may follow, and what their holder is to the body
NOMINAL_POSTS = {w: kind for kind, ws in (
    ("leaderOf", "رئيس رئيسة زعيم زعيمة قائد قائدة أمير مدير مديرة والي محافظ حاكم"),
    ("spokespersonOf", "المتحدث متحدث الناطق ناطق المتحدثة الناطقة"),
    ("positionIn", "وزير وزيرة نائب مستشار سفير"),
) for w in words(ws)}
_ON_BEHALF = words("باسم")
_SPOKES_ADJECTIVES = words("الرسمي الرسمية العسكري العسكرية")
_BESIDE = words("نائب النائب مساعد نواب")


def _other_country(view, kb, k, body) -> bool:
    """A country adjective at ``k`` (outside any name) that the body's own name does not carry:
    "وزير الخارجية الإماراتي" is the Emirati minister, not one of "الخارجية المصرية" named before."""
    if k >= len(view.tokens) or view.at.get(k) is not None:
        return False
    country = kb.demonym(view.tokens[k].text)
    if country is None:
        return False
    return all(kb.demonym(w) != country for m in body.mentions for w in m.text.split())


def nominal_post_relations(view, kb, out):
    """"رئيس الولاية Y"، "مدير المرصد Y"، "المتحدث باسم الحركة Y"، "وزير داخلية الإقليم Y"
    (the body named before with that head noun): Y leads / speaks for / holds a post in it."""
    toks = view.tokens
    for i in view.positions(frozenset(NOMINAL_POSTS)):
        if view.at.get(i) is not None:
            continue
        kind = next((NOMINAL_POSTS[s] for s in sorted(view.stems(i)) if s in NOMINAL_POSTS), None)
        if kind != "positionIn" and i > 0 and view.has(i - 1, _BESIDE):
            kind = "positionIn"     # "نائب رئيس الحركة Y": a post beside the head's
        k = i + 1
        if kind == "spokespersonOf":
            if view.has(k, _SPOKES_ADJECTIVES) and view.at.get(k) is None:
                k += 1              # "الناطق الرسمي باسم المجلس Y"
            if not view.has(k, _ON_BEHALF):
                continue
            k += 1
        elif kind == "positionIn" and k + 1 < len(toks) and head_noun(view, k) is None \
                and toks[k].norm.isalpha() and view.at.get(k) is None:
            k += 1                  # "وزير داخلية الإقليم Y": the ministry's field first
        body = referent(view, k)
        if body is None:
            continue
        end = k + 1
        while end < len(toks) and view.has(end, _GENERAL) and view.at.get(end) is None:
            end += 1
        if _other_country(view, kb, end, body.entity):
            continue
        person = _holder_around(view, i, end)
        if person is not None:
            add(out, kind, person, body, view, "post-nominal")


# an official of a department of an institution named before by its head noun: "مدير الإمداد
# والتموين بالمركز Y"، "Y مسؤولة الإعلام في الهيئة" (Y holds a post in it; an armed or political
# group's officials are its members: nominal_member_relations)
NOMINAL_OFFICIALS = words("مسؤول مسؤولة المسؤول المسؤولة مدير مديرة المدير المديرة")
FIELD_REACH = 3
# (a body of no known kind too: a relief centre, an authority)
_INSTITUTIONS = frozenset(["GovernmentBody", "MediaOrganization", "Organization", None])


def _glued_bi(tok) -> bool:
    """Is ب glued to the word ("بالمركز")?"""
    return any(c.endswith("ب") for c, _ in strip_clitics(tok.norm)[1:])


def _field_end(view, i):
    """The index past an official's field ("الإمداد والتموين"، "العلاقات العامة"): up to
    FIELD_REACH words outside any name from ``i + 1``, none with ب glued; ``i + 1`` when none."""
    toks = view.tokens
    k = i + 1
    while k < min(len(toks), i + 1 + FIELD_REACH) and view.at.get(k) is None and toks[k].norm.isalpha() \
            and toks[k].norm not in STOPWORDS and not _glued_bi(toks[k]):
        k += 1
    return k


def nominal_official_relations(view, kb, out):
    """"مدير الإمداد والتموين بالمركز Y" (the institution named before with that head noun): Y
    positionIn it."""
    toks = view.tokens
    for i in view.positions(NOMINAL_OFFICIALS):
        if view.at.get(i) is not None:
            continue
        k = _field_end(view, i)
        if k == i + 1 or k >= len(toks):
            continue          # "مدير المركز Y": the head (nominal_post_relations)
        if view.has(k, _IN):
            k += 1            # "في المركز"
        elif not _glued_bi(toks[k]):
            continue          # "بالمركز": ب glued to the noun
        if k >= len(toks):
            continue
        body = referent(view, k, types=("Organization",))
        if body is None or body.entity.subtype not in _INSTITUTIONS:
            continue
        person = _holder_around(view, i, k + 1)
        if person is not None:
            add(out, "positionIn", person, body, view, "post-nominal-official")


MEMBER_NOUNS = words("القيادي القيادية قيادي قيادية عضو العضو عنصر العنصر المسؤول مسؤول "
                     "الرقيب العريف الجندي النقيب الضابط ضابط")
_IN = words("في داخل")


def nominal_member_relations(view, kb, out):
    """"القيادي في الجبهة Y"، "القيادي بالتنظيم Y" (the group named before with that head
    noun): Y memberOf it."""
    toks = view.tokens
    for i in view.positions(MEMBER_NOUNS):
        if view.at.get(i) is not None or i + 1 >= len(toks):
            continue
        k = i + 2 if view.has(i + 1, _IN) else i + 1
        if k == i + 1 and not any(c.endswith("ب") for c, _ in strip_clitics(toks[k].norm)[1:]):
            continue                # "بالتنظيم": ب glued to the noun; else في before it
        if k >= len(toks):
            continue
        body = referent(view, k, types=("Organization",)) or short_name_referent(view, k)
        if body is None:
            continue
        person = _holder_around(view, i, k + 1)
        if person is not None:
            add(out, "memberOf", person, body, view, "member-nominal")


# joining a body named before by its head noun: "أعلن X انضمامه إلى المجلس"، "انضم X إلى الحركة"
JOINING = words("انضم انضمت ينضم تنضم انضمام انضمامه انضمامها")
_TO = words("إلى")
JOINER_REACH = 3


def nominal_join_relations(view, kb, out):
    """"أعلن X انضمامه إلى المجلس" (the body named before as المجلس الانتقالي ...): X memberOf it."""
    toks = view.tokens
    for i in view.positions(JOINING):
        if view.at.get(i) is not None:
            continue
        joiner = view.prev_slot(i, types=("Person", "Organization"), max_gap=JOINER_REACH)
        k = i + 1
        if joiner is None:
            joiner = view.slot_starting(i + 1)       # "انضم X إلى الحركة"
            if joiner is None or joiner.entity.type not in ("Person", "Organization"):
                continue
            k = joiner.j
        if k + 1 >= len(toks) or not view.has(k, _TO) or view.slot_starting(k + 1) is not None:
            continue          # a body named by its name: kg/relations/joins.py
        body = referent(view, k + 1, types=("Organization",))
        if body is not None and body.entity.id != joiner.entity.id:
            add(out, "memberOf", joiner, body, view, "member-nominal-join")


# a part of a body named before by its head noun: "سرايا السلام، الجناح العسكري للتيار"،
# "إذاعة X التابعة للحركة"
PART_WORDS = words("الجناح جناح الذراع ذراع الفرع فرع التابع التابعة")
_PART_ADJECTIVES = words("العسكري المسلح الإعلامي السياسي الأمني الدعوي الرسمي")
_OF = frozenset(("ل", "لل"))


def nominal_part_relations(view, kb, out):
    """"X، الجناح العسكري للتيار" (the body named before as التيار الصدري): X partOf it."""
    toks = view.tokens
    for i in view.positions(PART_WORDS):
        if view.at.get(i) is not None:
            continue
        part = view.prev_slot(i, types=("Organization",), max_gap=0)
        if part is None:
            continue
        k = i + 1
        while k < min(len(toks), i + 3) and view.has(k, _PART_ADJECTIVES) and view.at.get(k) is None:
            k += 1
        if k >= len(toks) or view.at.get(k) is not None or not toks[k].norm.startswith("لل"):
            continue          # the whole named by its name: kg/relations/parts.py
        body = referent(view, k, types=("Organization",))
        if body is not None and body.entity.id != part.entity.id:
            add(out, "partOf", part, body, view, "part-nominal")


# "وزير الداخلية X" (no country named with the post) in an article that names "وزارة الداخلية":
# the minister heads that ministry
MINISTERS = words("وزير وزيرة")
MINISTRY_HEAD = norm("وزارة")


def _ministry_named(view, field):
    """The one organisation of the document named "وزارة <field>" with no country named with it
    (the minister is not either), or None (none, or two)."""
    found = {e.id: e for e in view.doc.entities if e.type == "Organization" and any(
        norm(m.text).split() == [MINISTRY_HEAD, field] for m in e.mentions if not m.nominal)}
    return next(iter(found.values())) if len(found) == 1 else None


def minister_of_the_ministry_relations(view, kb, out):
    """"وزير الداخلية [الأمير] Y" with "وزارة الداخلية" named in the article: Y leaderOf it."""
    toks = view.tokens
    for i in view.positions(MINISTERS):
        if view.at.get(i) is not None or i + 2 >= len(toks) or view.at.get(i + 1) is not None \
                or i > 0 and view.has(i - 1, _BESIDE):
            continue      # "نائب وزير الداخلية": not the minister
        field = toks[i + 1].norm
        if not field.startswith("ال") or not field.isalpha() or kb.demonym(toks[i + 2].text) is not None:
            continue      # "وزير الداخلية العراقي X": the post named with its state
        if toks[i].norm.startswith("و") and view.prev_slot(i, types=("Person",), max_gap=0) is not None:
            continue      # "الرئيس الأميركي X ووزير الخارجية Y": the adjective may be the list's
        person = _holder_after(view, i + 2)
        ministry = _ministry_named(view, field) if person is not None else None
        if ministry is not None:
            add(out, "leaderOf", person, Pseudo(ministry), view, "post-minister-ministry")
