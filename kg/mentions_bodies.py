"""A state's generic bodies named by its adjective: السلطات الإسرائيلية، الأجهزة الأمنية المصرية،
السفارة الأمريكية، الخارجية الروسية، الرئاسة الفلسطينية، الإدارة الأميركية.

A definite head (one word or two) followed by one or two demonyms (kg.kb demonyms, or a
people's adjective such as الكردية) is one organisation: not the country, which is only
named by an adjective there (annotation guidelines: an adjective is no mention of it).
A few bodies are named by a fixed adjective instead (المقاومة الشعبية، المكتب السياسي), and the
generic sides of a war by their bare word (المعارضة، المقاومة) and the government's forces.
A national body is named by a head, its country's adjective and its purpose after لـ (الشركة
السعودية للكهرباء، الهيئة السعودية للتخصصات الصحية: national_body_spans), a watchdog by a head,
its country's or a broad adjective and a purpose in a construct (الشبكة السورية لحقوق الإنسان،
الهيئة الوطنية لمكافحة الفساد).
"""
from __future__ import annotations

from itertools import compress

from kg.lexicon import ORG_HEAD_SUBTYPES, ORG_HEADS, POST_HEADS, STOPWORDS, strip_clitics, words_read_as
from kg.mention_gates import starts_from
from kg.mentions_common import bracketed_name_end
from kg.mentions_media_offices import MEDIA_ADJECTIVES, OFFICE_HEADS
from kg.normalize import norm


def _table(spec: str) -> dict:
    out = {}
    for line in spec.strip().splitlines():
        subtype, _, heads = line.partition(":")
        for head in heads.split("،"):
            out[tuple(norm(head).split())] = subtype.strip()
    return out


#: heads (definite, as written after any clitic) -> subtype
GENERIC_BODY_HEADS = _table("""
GovernmentBody: السلطات، السلطة، الحكومة، الرئاسة، الإدارة، السفارة، القنصلية، الخارجية، الداخلية، الاستخبارات، المخابرات، البرلمان، الشرطة، الأجهزة الأمنية، أجهزة الأمن، القوى الأمنية، السلطات الأمنية، السلطات المحلية، الأمن العام، الأمن الوطني، المخابرات العامة، النيابة العامة، الأمن
ArmedForce: القوات الخاصة، القوات البحرية، البحرية، قوات الأمن، القوات الأمنية، الاستخبارات العسكرية، المخابرات العسكرية، القوات المسلحة، القوات الجوية، القوات البرية
PoliticalOrganization: المعارضة
Coalition: الائتلاف، التحالف
Organization: الهلال الأحمر، جمعية الهلال الأحمر
""")
# heads that after a post (وزير، مدير) are the post's portfolio, no body of their own
MINISTRY_WORDS = frozenset(norm(w) for w in "الخارجية الداخلية الاستخبارات المخابرات الشرطة الأمن".split())
# a people's adjective that names bodies of its own (السلطات الكردية السورية)
PEOPLES = frozenset(norm(w) for w in "الكردية الكردي الكردستانية".split())
# bodies named by a fixed adjective, no country needed
FIXED_BODIES = _table("""
PoliticalOrganization: المقاومة الشعبية، المقاومة الإسلامية، المقاومة الوطنية، المعارضة المسلحة، المكتب السياسي
GovernmentBody: الحكومة الشرعية، الحكومة المعترف بها دوليا، الحكومة المؤقتة، الحكومة الانتقالية
ArmedForce: قوات المعارضة، فصائل المعارضة، مقاتلو المعارضة، مقاتلي المعارضة، مسلحو المعارضة، مسلحي المعارضة
ArmedForce: القوات الحكومية، قوات الحكومة
PoliticalOrganization: المعارضة، المقاومة
ArmedForce: الحرس الوطني، الحرس الجمهوري
GovernmentBody: الدفاع المدني
ArmedForce: القوات المسلحة
GovernmentBody: قوى الأمن الداخلي، شعبة المعلومات، الأمن العام، الاستخبارات العامة، المخابرات العامة، الأمن الوطني، الأمن القومي
GovernmentBody: مخابرات الجيش، استخبارات الجيش
GovernmentBody: الديوان الملكي، الديوان الأميري
""")
# a state's forces with a kind after the adjective: القوات الأميركية الخاصة
_FORCES = norm("القوات")
_FORCE_KINDS = frozenset(norm(w) for w in "الخاصة البحرية الجوية".split())
_MAX_HEAD = max(len(h) for h in list(GENERIC_BODY_HEADS) + list(FIXED_BODIES))


_FEMININE_PLURALS = frozenset(norm(w) for w in "القوى".split())
# security named by its state's adjective, singular (الأمن المصري، الأمن الكردي)
_SECURITY = (norm("الأمن"),)
# a government's standing after its state's adjective: الحكومة اليمنية الشرعية، الحكومة الليبية المؤقتة
_GOVERNMENTS = frozenset(norm(w) for w in "الحكومة السلطات السلطة".split())
_STANDINGS = frozenset(norm(w) for w in "الشرعية المؤقتة الانتقالية".split())
# ... in three words: الحكومة الليبية المعترف بها دوليا
_RECOGNISED = tuple(norm(w) for w in "المعترف بها دوليا".split())
# ... or before it: الحكومة الفيدرالية الصومالية، الحكومة الاتحادية العراقية، الحكومة المؤقتة الليبية
_STANDINGS_BEFORE = frozenset(norm(w) for w in "الفيدرالية الاتحادية المركزية المؤقتة الانتقالية".split())


def _feminine(first: str) -> bool:
    """Does the head's first word take a feminine adjective (السلطات الإسرائيلية، البرلمان التركي)?"""
    return first.endswith(("ه", "ات")) or first in _FEMININE_PLURALS


def _readings(word):
    """(clitic, definite stem) readings of a word that may open a body's name."""
    return [(c, s) for c, s in strip_clitics(word)
            if (s.startswith("ال") or s in _INDEFINITE_FIRST_WORDS) and c not in ("ال",)]


_FIRST_WORDS = frozenset(h[0] for h in list(GENERIC_BODY_HEADS) + list(FIXED_BODIES))
# a construct opening a head of two words: أجهزة الأمن الأردنية
_INDEFINITE_FIRST_WORDS = frozenset(h[0] for h in list(GENERIC_BODY_HEADS) + list(FIXED_BODIES)
                                    if len(h) > 1 and not h[0].startswith("ال"))
# the words one of whose readings opens a body's name (a per-word pre-filter): the first
# words with each clitic glued, kept if so read (a small set, worked out once)
_OPENS = frozenset(w for w in words_read_as(_FIRST_WORDS)
                   if any(s in _FIRST_WORDS for _, s in _readings(w)))


# words before a body's name that make it part of another name or a post's portfolio: a
# minister's or adviser's post (وزير الأمن الوطني، مستشار الأمن القومي; رئيس المكتب السياسي
# heads the body), a body's head (مديرية الأمن العام), its adjective
# (المديرية العامة لقوى الأمن الداخلي), a club's members (نادي ضباط القوات المسلحة)
_OWNERS = frozenset(ORG_HEADS | {norm(w) for w in "وزير وزيرة مستشار مستشارة العام العامة ضباط منتسبي".split()})


def _owned(norms, i, clitic) -> bool:
    """Is the body at i the object of the word before it, or the second part of a body's
    name joined by و (جهاز المخابرات والأمن الوطني)?"""
    if i == 0:
        return False
    if any(st in _OWNERS for _, st in strip_clitics(norms[i - 1])):
        return True
    if i > 1 and norms[i - 1] in MEDIA_ADJECTIVES and any(st in OFFICE_HEADS for _, st in strip_clitics(norms[i - 2])):
        return True     # المركز الإعلامي للقوات المسلحة: the media centre's name (kg.mentions_media_offices)
    return clitic.startswith("و") and i > 1 and any(st in ORG_HEADS for _, st in strip_clitics(norms[i - 2]))


def _adjective_use(norms, i, clitic) -> bool:
    """Is the bare word at i an adjective or a participle (الأحزاب المعارضة، المعارضة لقرار)?
    After a definite word with no clitic of its own, or before لـ and a word."""
    return (not clitic and i > 0 and norms[i - 1].startswith("ال") and len(norms[i - 1]) > 3) or (
        i + 1 < len(norms) and norms[i + 1].startswith("ل") and len(norms[i + 1]) > 3)


@starts_from(_OPENS)
def generic_body_spans(tokens, norms, kb, blocked) -> list:
    """``(i, j, clitic, subtype)``: generic bodies over tokens[i:j], ``clitic`` glued to
    tokens[i] and not part of the name. A state's forces already found (blocked) may be
    taken into a longer name (القوات الأميركية الخاصة): the caller drops what it covers."""
    opens = list(compress(range(len(norms)), map(_OPENS.__contains__, norms)))
    if not opens:
        return []
    out = []
    n = len(norms)
    taken = 0
    for i in opens:
        if i < taken:
            continue
        forces_only = i in blocked     # "القوات الأميركية" found already: only its kind may follow
        found = None
        for clitic, stem in _readings(norms[i]):
            if forces_only and stem != _FORCES:
                continue
            for size in range(min(_MAX_HEAD, n - i), 0, -1):
                if any(k in blocked for k in range(i + 1, i + size)):
                    continue
                head = (stem, *norms[i + 1:i + size])
                fixed = FIXED_BODIES.get(head)
                if fixed and _owned(norms, i, clitic):
                    break       # وزير/مستشار الأمن القومي، المديرية العامة لقوى الأمن الداخلي
                if fixed and size == 1 and (clitic.endswith("ل") or i + 1 < n and norms[i + 1].startswith("ال")
                                            and not kb.demonym(norms[i + 1]) and (i + 1) not in blocked
                                            or _adjective_use(norms, i, clitic)):
                    break       # "المقاومة الشرسة"، "المعارضة التركية القديمة": a noun and its
                    #             adjective, or a body named longer than the bare word; after
                    #             لـ the end of a name (كتلة الوفاء للمقاومة); an adjective
                    #             (وسائل الإعلام المعارضة للحوثيين)
                if fixed:
                    # its state's adjective may follow (المخابرات العامة الأردنية)
                    adj = i + size
                    while adj < n and adj - i - size < 2 and adj not in blocked and norms[adj].startswith("ال") \
                            and (kb.demonym(norms[adj]) or norms[adj] in PEOPLES):
                        adj += 1
                    found = (i, adj, clitic, fixed)
                    break
                subtype = GENERIC_BODY_HEADS.get(head)
                k = i + size
                if stem == _FORCES and size == 1:
                    subtype = "ArmedForce"   # القوات + demonym + a kind only (the forces themselves: kg.mentions)
                if subtype is None:
                    continue
                if i > 0 and any(st in ORG_HEADS or (st in POST_HEADS and stem in MINISTRY_WORDS)
                                 for _, st in strip_clitics(norms[i - 1])):
                    break       # وزير الخارجية اللبناني: a post; وزارة الداخلية الأردنية: the ministry's
                    #             name (رئيس الائتلاف السوري: the coalition all the same)
                if stem in _GOVERNMENTS and size == 1 and k + 1 < n and k not in blocked \
                        and norms[k] in _STANDINGS_BEFORE and kb.demonym(norms[k + 1]):
                    k += 1      # الحكومة الفيدرالية الصومالية: the standing, then the state's adjective
                feminine = _feminine(stem)
                adj = k
                # (a country's name that is also its adjective, السعودية, may be taken in)
                while adj < n and adj - k < 2 and (adj not in blocked or forces_only or kb.demonym(norms[adj])) \
                        and norms[adj].startswith("ال") \
                        and norms[adj].endswith("ه") == feminine \
                        and (kb.demonym(norms[adj]) or norms[adj] in PEOPLES):
                    adj += 1
                if adj == k or (head == _SECURITY and not norms[k].endswith("ي")):
                    continue    # (رجال الأمن السعوديين: the men's adjective, no body's)
                if stem in _GOVERNMENTS and size == 1 and adj < n and adj not in blocked \
                        and norms[adj] in _STANDINGS:
                    adj += 1    # الحكومة اليمنية الشرعية: the government itself, its standing said
                elif stem in _GOVERNMENTS and size == 1 and tuple(norms[adj:adj + 3]) == _RECOGNISED \
                        and not blocked.intersection(range(adj, adj + 3)):
                    adj += 3    # الحكومة الليبية المعترف بها دوليا
                if forces_only and size > 1:
                    continue
                if stem == _FORCES and size == 1:
                    if adj < n and adj not in blocked and norms[adj] in _FORCE_KINDS:
                        found = (i, adj + 1, clitic, subtype)
                        break
                    continue
                found = (i, adj, clitic, subtype)
                break
            if found:
                break
        if found:
            out.append(found)
            taken = found[1]
    return out


# heads of a national body named by its country's adjective and its purpose after لـ:
# الشركة السعودية للكهرباء، الهيئة السعودية للتخصصات الصحية، المؤسسة الأردنية للاستثمار
NATIONAL_BODY_HEADS = frozenset(norm(w) for w in (
    "الشركة الهيئة المؤسسة الجمعية الصندوق المركز الأكاديمية الوكالة الشبكة المنظمة اللجنة المرصد "
    "الرابطة").split())
#: a purpose in a construct after لـ that names a watchdog or a welfare body: الشبكة السورية
#: لحقوق الإنسان، الهيئة الوطنية لمكافحة الفساد، الجمعية الكويتية لحماية المستهلك
PURPOSE_CONSTRUCTS = frozenset(norm(w) for w in "لحقوق لحماية لرعاية لمكافحة".split())
#: adjectives that, before such a purpose, stand where a country's would (اللجنة العربية لحقوق
#: الإنسان، الهيئة الوطنية لمكافحة الفساد)
BROAD_ADJECTIVES = frozenset(norm(w) for w in "العربية العربي الوطنية الوطني الدولية الدولي".split())
# (not الخطوط: الخطوط السعودية is the airline's whole name, "للعلاقات العامة" after it a post's field)
_NATIONAL_OPENS = words_read_as(NATIONAL_BODY_HEADS)
#: the most words of the purpose after لـ (للمواصفات والمقاييس والجودة)
_PURPOSE_WORDS = 4


def _purpose_end(norms, k, blocked):
    """End of the purpose "لل + noun [+ its definite nisba adjectives or و + definite nouns]" at
    k (للصناعات الأساسية، للمواصفات والمقاييس والجودة; not a participle of the next clause:
    للتخصصات الصحية | المشترطة), or k when there is none."""
    n = len(norms)
    if k + 1 < n and norms[k] in PURPOSE_CONSTRUCTS and k not in blocked and k + 1 not in blocked \
            and norms[k + 1].startswith("ال") and len(norms[k + 1]) > 3 and norms[k + 1].isalpha():
        e = k + 2       # لحقوق الإنسان، لمكافحة الفساد: ل + a noun + what it governs
    elif k >= n or k in blocked or not norms[k].startswith("لل") or len(norms[k]) < 5 \
            or not norms[k].isalpha():
        return k
    else:
        e = k + 1
    while e < n and e - k < _PURPOSE_WORDS and e not in blocked and norms[e].isalpha() \
            and (norms[e].startswith("وال") or norms[e].startswith("ال") and norms[e].endswith(("يه", "ي"))) \
            and len(norms[e]) > 4 and norms[e] not in STOPWORDS:
        e += 1
    return e


@starts_from(_NATIONAL_OPENS)
def national_body_spans(tokens, norms, kb, blocked) -> list:
    """``(start, end, clitic, None)`` of a body named by a definite head, its country's adjective
    and its purpose after لـ: "الشركة السعودية للصناعات الأساسية"، "الهيئة السعودية للمواصفات
    والمقاييس والجودة". Without the purpose ("الشركة السعودية") the adjective says only whose
    the company is: nothing here."""
    out = []
    n = len(norms)
    i = 0
    while i < n - 2:
        if i in blocked or i + 1 in blocked:
            i += 1
            continue
        clitic = next((c for c, st in strip_clitics(norms[i]) if st in NATIONAL_BODY_HEADS
                       and not c.endswith(("ال", "لل"))), None)
        if clitic is None or not norms[i + 1].startswith("ال") or not (
                kb.demonym(norms[i + 1]) or (norms[i + 1] in BROAD_ADJECTIVES and norms[i + 2] in PURPOSE_CONSTRUCTS)):
            i += 1
            continue
        e = _purpose_end(norms, i + 2, blocked)
        if e == i + 2:
            i += 1
            continue
        out.append((i, e, clitic, None))
        i = e
    return out


#: the most words a body's name in parentheses after its head may take
MAX_BRACKETED_BODY = 4
_BODY_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف"])


def _body_head(w: str):
    for c, st in strip_clitics(w):
        if st in ORG_HEADS and c in _BODY_CLITICS:
            return st
    return None


@starts_from(frozenset("("))
def bracketed_body_spans(tokens, norms, blocked) -> list:
    """(i, j, subtype) of a body's name in parentheses right after an organisation head:
    "منظمة (بلاند بيرنتهود) الأميركية"، "شركة (أرامكو)": tokens[i:j] is the name inside (a
    foreign name transliterated, which the tagger may read as a person's). A name of common
    words only (منظمة (غير حكومية)) is none."""
    out = []
    for o in range(1, len(tokens) - 2):
        if tokens[o].text != "(" or o - 1 in blocked:
            continue
        head = _body_head(norms[o - 1])
        if head is None:
            continue
        k = bracketed_name_end(tokens, norms, o + 1, ")", blocked, MAX_BRACKETED_BODY, str.isalpha)
        if k is not None:
            out.append((o + 1, k, ORG_HEAD_SUBTYPES.get(head)))
    return out
