"""Cue patterns: the mentions a head or a title introduces in one sentence (pattern_mentions).

At each cue (kg.mentions_cues) the rules are tried in order: a state's forces (القوات
الأمريكية), a military region (المنطقة العسكرية الشرقية), a unit named by its number or rank
(اللواء الأول مشاة), a force named by its kind (القوة الجوية), a district, an organisation's
quoted or bare name after its head (kg.mentions_org_heads), the places quoted after a place
head, a place's name after its head, the places listed after a plural head
(kg.mentions_place_heads), a facility's name (kg.mentions_facilities); then, on the second
pass, a person's name after a kunya or a title (kg.mentions_titled_names).

Each rule is a small function (cue reading in, ``(mentions, next token)`` or None out),
listed in BODY_AND_PLACE_RULES or PERSON_RULES in the order they are tried: a new phrasing
after a head or a title is one more rule in its place there, with its test in
tests/test_mentions_patterns.py or beside the module whose reading it uses. A rule that
applies only to some readings of a cue (a head among ORG_HEADS, a title) declares them with
``@at_readings`` (kg.mention_gates), and is tried at those alone; one without a
declaration is tried at every cue.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from kg.caches import WordCache
from kg.lexicon import (DUAL_PLACE_HEADS, FACILITY_HEADS, KUNYA_HEADS, ORG_HEADS, ORG_HEAD_SUBTYPES, PERSON_TITLES,
                        PLACE_HEADS, PLURAL_PLACE_HEADS, SPOKES_HEADS, STOPWORDS, COMPLEMENTIZERS,
                        TRADE_TITLES, strip_clitics)
from kg.mention_gates import applies, at_readings
from kg.mentions_common import (_ARABIC_WORD, _QUOTES, _SON_OF, ORG_NAME_STOPS, _conjunct, _adjective_after_head, _feminine_nisba_after_head,
                                _quoted_name_end, definite, is_name_word, make_mention)
from kg.mentions_cues import CROSSING_HEADS, NAMESAKE_BODY_HEADS, NAMESAKE_ROAD_HEADS, QUOTED_ORG_HEADS, ROOM_HEADS, cue_positions
from kg.mentions_facilities import FACILITY_ADJECTIVES, _facility_name_end, _namesake_end
from kg.mentions_headless import _token_span
from kg.mentions_names import _PLURAL_PRONOUNS, given_name_before, is_suffixed_noun, word_zipf
from kg.mentions_org_heads import (ACT_NOUNS, COMPASS, FORCE_HEAD, PLURAL_TRIBE_HEADS, _HEADED_BY, _force_name_end,
                                   _ordinary_complement, listed_tribe_end,
                                   _org_continuation)
from kg.mentions_place_heads import (DISTRICT, NOT_PLACE_NAMES, PLACE_PARTICIPLES, REGION_HEADS_DROPPED,
                                     _known_place, _listed_places, _name_after_head, _place_name_alone,
                                     _quoted_places, district_name_end)
from kg.mentions_titled_names import (INDEFINITE_TITLES, _nisbas_after, _title_word, is_title_adjective,
                                     given_name_before_son, noun_before_given_name, person_name_after)
from kg.names import all_name_words, family_names, given_names, name_words
from kg.normalize import norm


def _token_end(tokens, pos):
    """Index of the first token starting at or after character ``pos``."""
    return next((k for k, t in enumerate(tokens) if t.start >= pos), len(tokens))


_ZONE, _MILITARY = norm("المنطقة"), norm("العسكرية")
NUMBERED_UNITS = frozenset(norm(w) for w in "اللواء لواء الفرقة فرقة الكتيبة كتيبة الفوج فوج "
                           "الجيش جيش الفيلق فيلق".split())
# a unit named by its rank (اللواء الأول، الفرقة الرابعة) and its arm after it (مشاة)
ORDINALS = frozenset(norm(w) for w in (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي "
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة").split())
UNIT_KINDS = frozenset(norm(w) for w in ("مشاة مدرع مدرعة مدرعات ميكانيكي ميكانيكية مغاوير حرس "
                                          "المشاة المدرع المدرعة المدرعات الميكانيكي الميكانيكية "
                                          "المغاوير الميداني").split())   # (الجيش الثاني الميداني)
_ACTING = frozenset(norm(w) for w in "بالوكالة وبالوكالة بالإنابة بالنيابة".split())


class _Sentence:
    """One sentence as the rules see it: its tokens, its document's text, the knowledge base,
    the tokens already taken, and the mentions the patterns have found in it so far."""

    __slots__ = ("tokens", "text", "kb", "blocked", "nt", "out")

    def __init__(self, tokens, text, kb, blocked, out):
        self.tokens = tokens
        self.text = text
        self.kb = kb
        self.blocked = blocked
        self.nt = len(tokens)
        self.out = out


# A rule is called with the sentence, the cue's index i and one reading of the cue word
# (clitic, stem, and bare: the stem without its article). It returns None when it does not
# apply (the next rule is tried), _STOP when the cue names nothing (no other rule nor reading
# is tried), or ``(mentions, next_i)``: the mentions found and the token to go on from.
_STOP = object()


@at_readings(bares=("قوات", "جيش"))
def _state_forces(s, i, clitic, stem, bare):
    """A state's forces: القوات الأمريكية، قوات أمريكية، الجيش الأميركي."""
    tokens = s.tokens
    if bare in ("قوات", "جيش") and i + 1 < s.nt and i + 1 not in s.blocked:
        country = s.kb.force_demonym(tokens[i + 1].norm)
        if country:
            forces = s.kb.forces_of(country) or f"{country}-forces"
            m = make_mention(tokens, i, i + 2, "Organization", "ArmedForce", clitic=clitic,
                             text=s.text, kb_id=forces)
            return [m], i + 2
    return None


@at_readings(stems=(_ZONE,))
def _military_region(s, i, clitic, stem, bare):
    """A military region of an army: المنطقة العسكرية الشرقية، المنطقة العسكرية الأولى."""
    tokens, blocked = s.tokens, s.blocked
    if stem == _ZONE and i + 2 < s.nt and tokens[i + 1].norm == _MILITARY and i + 1 not in blocked \
            and i + 2 not in blocked and definite(tokens[i + 2]) and tokens[i + 2].norm not in STOPWORDS \
            and not s.kb.demonym(tokens[i + 2].norm):
        return [make_mention(tokens, i, i + 3, "Organization", "ArmedForce", clitic=clitic,
                             text=s.text)], i + 3
    return None


@at_readings(stems=NUMBERED_UNITS)
def _numbered_unit(s, i, clitic, stem, bare):
    """A unit named by its number: اللواء 444 (قتال)، الفرقة 17، الجيش الثاني الميداني."""
    tokens, blocked, nt = s.tokens, s.blocked, s.nt
    if stem in NUMBERED_UNITS and i + 1 < nt and i + 1 not in blocked and (
            tokens[i + 1].norm.isdigit() or tokens[i + 1].norm in ORDINALS):
        k = i + 2
        if k < nt and k not in blocked and tokens[k].norm in UNIT_KINDS:
            k += 1   # اللواء الأول مشاة، الفرقة الثالثة مدرعات، الفرقة الرابعة المدرعة، اللواء 39 مدرع
        if i > 0 and tokens[i - 1].text in _QUOTES and k + 1 < nt and k not in blocked \
                and tokens[k + 1].text == _QUOTES[tokens[i - 1].text] and _ARABIC_WORD.match(tokens[k].norm):
            k += 1   # "اللواء 444 قتال": the name's last word inside its quotes
        return [make_mention(tokens, i, k, "Organization", "ArmedForce", clitic=clitic, text=s.text)], k
    return None


# "للواء": ل + the title اللواء (the article's alif and the title's first lam written once)
_FOR_THE_GENERAL = norm("للواء")


@at_readings(words=(_FOR_THE_GENERAL,))
def _general_after_for(s, i, clitic, stem, bare):
    """ل + the title اللواء before a personal name: "برقية للواء سمير عبد الرزاق" names a
    general, not a brigade called سمير (لواء زينبيون). A given name and at least one more
    name word after it."""
    tokens, blocked, nt = s.tokens, s.blocked, s.nt
    if tokens[i].norm == _FOR_THE_GENERAL and i + 2 < nt and i + 1 not in blocked \
            and tokens[i + 1].norm in given_names():
        k = person_name_after(tokens, i + 1, blocked)
        if k >= i + 3:
            return [make_mention(tokens, i + 1, k, "Person", text=s.text,
                                 title=s.text[tokens[i].start:tokens[i].end])], k
    return None


_OPERATIONS = frozenset(norm(w) for w in "عمليات العمليات".split())


@at_readings(bares=ROOM_HEADS)
def _operations_room(s, i, clitic, stem, bare):
    """An operations room: غرفة عمليات تحرير سرت، غرفة العمليات المشتركة (a command)."""
    tokens, nt = s.tokens, s.nt
    if bare in ROOM_HEADS and stem == bare and i + 1 < nt and i + 1 not in s.blocked \
            and tokens[i + 1].norm in _OPERATIONS:
        k = _org_continuation(tokens, i + 2, s.blocked, kb=s.kb, head=bare,
                              definite_head=definite(tokens[i + 1]))
        if k == i + 2 and not definite(tokens[i + 1]) and k + 1 < nt and k not in s.blocked \
                and k + 1 not in s.blocked and _ARABIC_WORD.match(tokens[k].norm) \
                and tokens[k].norm not in STOPWORDS and not definite(tokens[k]) \
                and (definite(tokens[k + 1]) or is_name_word(tokens[k + 1])):
            k += 2   # "غرفة عمليات تحرير سرت": a verbal noun and the place it is about
        if k == i + 2 and not definite(tokens[i + 1]):
            q = _quoted_name_end(tokens, i + 2, s.blocked)
            if q is not None:   # غرفة عمليات «البنيان المرصوص»: the name in quotes, the quotes kept in
                return [make_mention(tokens, i, q + 1, "Organization", "ArmedForce", clitic=clitic,
                                     text=s.text)], q + 1
            return None   # "غرفة عمليات" alone: an operations room, no body named
        return [make_mention(tokens, i, k, "Organization", "ArmedForce", clitic=clitic, text=s.text)], k
    return None


@at_readings(stems=(FORCE_HEAD,))
def _force_by_kind(s, i, clitic, stem, bare):
    """A definite force named by its kind: القوة الجوية العراقية."""
    if stem == FORCE_HEAD:
        k = _force_name_end(s.tokens, i, s.blocked, s.kb)
        if k is not None:
            return [make_mention(s.tokens, i, k, "Organization", "ArmedForce", clitic=clitic,
                                 text=s.text)], k
    return None


@at_readings(bares=(DISTRICT,))
def _district(s, i, clitic, stem, bare):
    """A district: مديرية برمل (a directorate's name is made of common words)."""
    if bare == DISTRICT and stem == bare:
        k = district_name_end(s.tokens, i + 1, s.blocked)
        if k is not None:
            return [make_mention(s.tokens, i, k, "Place", "Region", clitic=clitic, text=s.text)], k
    return None


@at_readings(bares=ORG_HEADS | QUOTED_ORG_HEADS)
def _quoted_org_name(s, i, clitic, stem, bare):
    """Organisation head + quoted name: تنظيم "جند الخلافة"، وكالة «أعماق»، مجموعة «عرين الأسود»."""
    if (bare in ORG_HEADS or bare in QUOTED_ORG_HEADS) and stem == bare:
        k = _quoted_name_end(s.tokens, i + 1, s.blocked)
        if k is not None:
            return [make_mention(s.tokens, i + 2, k, "Organization", ORG_HEAD_SUBTYPES.get(bare),
                                 text=s.text)], k + 1
    return None


#: the adjectives of a national body's name before what it is for: "الهيئة العامة للسياحة"،
#: "المجلس الأعلى للقوات المسلحة"، "اللجنة العليا للانتخابات"
BODY_RANKS = frozenset(norm(w) for w in "العامة العليا الأعلى الوطنية الدائمة المستقلة".split())
#: how many words of the complement after لل (its own adjectives, و + another field) are taken
BODY_COMPLEMENT_WORDS = 3


#: how common (Zipf) the verbal noun after ل must be: a word of general text (مراقبة، مكافحة، حماية)
_PURPOSE_NOUN_ZIPF = 3.5


def _purpose_construct(tokens, k, blocked) -> bool:
    """Is tokens[k] ل + a common verbal noun and tokens[k + 1] its definite object (لمراقبة
    التراب، لمكافحة الإرهاب، لحماية المستهلك)?"""
    if k + 1 >= len(tokens) or k + 1 in blocked:
        return False
    n = tokens[k].norm
    return n.startswith("ل") and not n.startswith("لل") and len(n) > 4 and _ARABIC_WORD.match(n) is not None \
        and word_zipf(n[1:]) >= _PURPOSE_NOUN_ZIPF and n not in STOPWORDS and n not in ORG_NAME_STOPS \
        and definite(tokens[k + 1]) and tokens[k + 1].norm not in STOPWORDS


# the posts whose field follows the body they are held in (وكيل الجامعة للشؤون الأكاديمية)
_DEPUTY_POSTS = frozenset(norm(w) for w in "وكيل وكيلة نائب مساعد عميد".split())
# people a body does something for (للطلاب، للمواطنين): no field in its name
_FOR_PEOPLE = frozenset(norm(w) for w in ("للطلاب للطالبات للمواطنين للمرضى للأطفال للشباب للموظفين للزوار "
                                          "للحجاج للمعتمرين للجميع للمستفيدين للأسر للنساء للمرأة").split())


def general_body_complement(tokens, k, blocked, after_rank=True) -> int:
    """The end of a national body's name whose adjectives (``tokens[k - 1]``: العامة، العليا)
    are followed by what it is for, with لل: "الهيئة العامة للسياحة والتراث الوطني" (without
    it every such body would be one "الهيئة العامة"). ``k`` unchanged when none follows.
    ``after_rank=False``: after any name (مركز الملك سلمان للإغاثة والأعمال الإنسانية)."""
    if k >= len(tokens) or k in blocked or (after_rank and tokens[k - 1].norm not in BODY_RANKS):
        return k
    n = tokens[k].norm
    if not after_rank and n in _FOR_PEOPLE:
        return k         # "جامعة الملك سعود للطلاب": what it gives its students, no field
    if after_rank and _purpose_construct(tokens, k, blocked):   # (after a name: "X لتحقيق": to achieve)
        end = k + 2      # "المديرية العامة لمراقبة التراب الوطني": ل + a verbal noun + its object
    elif not n.startswith("لل") or len(n) < 5 or not _ARABIC_WORD.match(n) or n in STOPWORDS \
            or n in ORG_NAME_STOPS:
        return k
    else:
        end = k + 1
    while end < len(tokens) and end - k <= BODY_COMPLEMENT_WORDS and end not in blocked:
        w = tokens[end].norm
        if not _ARABIC_WORD.match(w) or w in STOPWORDS or w in ORG_NAME_STOPS or not (
                w.startswith("وال") or (w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4)
                or (w.startswith("الم") and len(w) > 5)):
            break   # another field (والتراث), a nisba (الوطني، الاجتماعية) or a participle
            #         (المسلحة), not the verb's object ("دعت المديرية العامة للجوازات الإخوة ...")
        end += 1
    return end


#: heads of bodies whose field may be two joined by و: وزارة التربية والتعليم، جهاز الإسعاف والطوارئ
PORTFOLIO_HEADS = frozenset(norm(w) for w in "وزارة جهاز هيئة مديرية إدارة".split())
#: actors that و joins to a body, as a second subject, not its second field: وزارة الدفاع والجيش
_JOINED_ACTORS = frozenset(norm(w) for w in "الشرطة الأمن القوات الداخلية الخارجية الدفاع".split())


def second_portfolio_end(tokens, k, blocked, kb) -> int:
    """The end of a body's name whose definite field (tokens[k - 1]) is followed by a second
    one joined by و, with its adjective: "وزارة التخطيط والتعاون الدولي"، "جهاز الإسعاف
    والطوارئ"; ``k`` unchanged when the word after و is an actor (والجيش، والشرطة) or no field."""
    if k >= len(tokens) or k in blocked or not definite(tokens[k - 1]):
        return k
    n = tokens[k].norm
    if not (n.startswith("وال") and len(n) > 4 and _ARABIC_WORD.match(n)) or n[1:] in _JOINED_ACTORS \
            or kb.nominal(n[1:]) or kb.demonym(n[1:]) or n[1:] in ACT_NOUNS or n[1:] in ORG_NAME_STOPS:
        return k
    k += 1
    if k < len(tokens) and k not in blocked and definite(tokens[k]) and tokens[k].norm.endswith(("ي", "يه")) \
            and len(tokens[k].norm) > 4:
        k += 1       # والتعاون الدولي، والمغتربين السورية
    return k


#: a website's or an account's adjectives after its owner's name: "موقع المديرية العامة للجوازات
#: الإلكتروني" (the site is electronic, not the directorate), "حساب الهيئة العامة للرياضة الرسمي"
SITE_ADJECTIVES = frozenset(norm(w) for w in "الإلكتروني الالكتروني الرسمي".split())
SITE_NOUNS = frozenset(norm(w) for w in "موقع الموقع حساب صفحة بوابة".split())


def _after_site_noun(tokens, tok_starts, m) -> bool:
    """Does a site's or an account's noun (موقع، حساب، صفحة) stand right before the mention?"""
    i = bisect_right(tok_starts, m.start) - 1
    return i > 0 and any(stem in SITE_NOUNS for _, stem in strip_clitics(tokens[i - 1].norm))


def general_bodies_completed(mentions, tokens, text, offsets=None) -> list:
    """A sentence's candidate bodies whose name stops at its adjectives (the tagger's
    "الهيئة العامة" before "للسياحة والتراث الوطني") taken on to what the body is for, unless
    another candidate holds those words. ``offsets``: the tokens' starts and ends
    (``Sentence.offsets``), when at hand."""
    if not any(m.type == "Organization" and m.source != "kb" for m in mentions):
        return list(mentions)       # (most sentences: no token index to build)
    tok_starts, tok_ends = offsets or ([t.start for t in tokens], [t.end for t in tokens])
    ends = dict(zip(tok_ends, range(len(tok_ends))))     # a token's end -> its index
    out = []
    for m in mentions:
        j = ends.get(m.end) if m.type == "Organization" and m.source != "kb" else None
        if j is not None and j + 1 < len(tokens) and tokens[j].norm in BODY_RANKS:
            taken = {k for o in mentions if o is not m for k in range(*_token_span(tokens, o, tok_starts, tok_ends))}
            end = general_body_complement(tokens, j + 1, taken)
            if end > j + 2 and tokens[end - 1].norm in SITE_ADJECTIVES and _after_site_noun(tokens, tok_starts, m):
                end -= 1    # "موقع المديرية العامة للجوازات الإلكتروني": the site's adjective
            if end > j + 1:
                m = replace(m, end=tokens[end - 1].end, text=text[m.start:tokens[end - 1].end])
        out.append(m)
    return out


def _town_named_after(tokens, j, blocked) -> int:
    """The end of a town's name of two or three words GeoNames knows starting at ``j``
    (طوز خورماتو، جسر الشغور), none of its words taken; else ``j``."""
    for size in (3, 2):
        if j + size <= len(tokens) and not any(k in blocked for k in range(j, j + size)) \
                and _known_place(tokens, j, j + size):
            return j + size
    return j


@at_readings(bares=ORG_HEADS)
def _org_name(s, i, clitic, stem, bare):
    """Organisation head + name: جبهة النصرة، وزارة الداخلية السورية."""
    tokens, kb = s.tokens, s.kb
    if bare in ORG_HEADS and stem == bare and not (bare in _HEADED_BY and clitic.endswith("ب")):
        # a head with the article (والرئاسة) takes adjectives only, no construct chain
        k = _org_continuation(tokens, i + 1, s.blocked, kb=kb, head=bare,
                              definite_head=clitic.endswith("ال"))
        if k > i + 1 and _ordinary_complement(bare, tokens, i + 1, k):
            k = i + 1   # "حركة المرور"، "جهاز الكمبيوتر"، "لجنة طبية": no body's name
        if bare != DISTRICT:   # (مديرية: a directorate or a district, read as a place: _district)
            k = max(k, _town_named_after(tokens, i + 1, s.blocked))   # بلدية طوز خورماتو، مجلس كفر نبل
        if k > i + 1:
            k = general_body_complement(tokens, k, s.blocked)
            if bare in PORTFOLIO_HEADS:
                k = second_portfolio_end(tokens, k, s.blocked, kb)
            cont = tokens[i + 1:k]
            if all(kb.demonym(t.norm) for t in cont) and bare in ("قوات", "جيش"):
                return _STOP
            if bare == "قوات" and k == i + 2 and kb.nominal(cont[0].norm):
                return _STOP   # "قوات الجيش": the army's forces, the army named before
            found = [make_mention(tokens, i, k, "Organization", ORG_HEAD_SUBTYPES.get(bare),
                                  clitic=clitic, text=s.text)]
            second = listed_tribe_end(tokens, k, s.blocked) if bare in PLURAL_TRIBE_HEADS else None
            if second is not None:   # "قبائل عبيدة ومراد": a second tribe after و
                found.append(make_mention(tokens, k, second, "Organization", ORG_HEAD_SUBTYPES.get(bare),
                                          clitic="و", text=s.text))
                k = second
            return found, k
    return None


@at_readings(bares=[*PLACE_HEADS, *PLURAL_PLACE_HEADS])
def _quoted_place_names(s, i, clitic, stem, bare):
    """Place head + quoted names: قرية «X»، قرى "X"، و"Y"، تلة "X"."""
    if (bare in PLACE_HEADS or bare in PLURAL_PLACE_HEADS) and stem == bare:
        quoted = _quoted_places(s.tokens, i, s.blocked, s.text,
                                PLACE_HEADS.get(bare) or PLURAL_PLACE_HEADS.get(bare),
                                plural=bare in PLURAL_PLACE_HEADS)
        if quoted:
            return quoted, _token_end(s.tokens, quoted[-1].end) + 1
    return None


#: town heads kept in the town's name (حي الزيتون، مخيم اليرموك، جزيرة قشم)
HEAD_KEPT_TOWNS = frozenset(norm(w) for w in "حي مخيم جزيرة".split())

#: how often (Zipf) the word after و must be written to be a further conjunct, no name's word
#: (ومركز، وقرى): frequent words of news prose
CONJUNCT_MIN_ZIPF = 4.5


def _further_conjunct(n) -> bool:
    """Is ``n`` و + a common word or a frequent one (ومركز مديرية X), which starts a further
    conjunct, not the second word of a place's name (والشيخ عثمان)?"""
    return _conjunct(n) or (n.startswith("و") and len(n) > 3 and word_zipf(n[1:]) >= CONJUNCT_MIN_ZIPF)


@at_readings(bares=PLACE_HEADS)
def _place_name(s, i, clitic, stem, bare):
    """Place head + name: مدينة سراقب، محافظة حمص."""
    tokens, blocked, kb, nt, text = s.tokens, s.blocked, s.kb, s.nt, s.text
    if bare in PLACE_HEADS and i + 1 < nt and i + 1 not in blocked:
        k = _namesake_end(tokens, i + 1, blocked) or _name_after_head(tokens, i, blocked, _place_name_alone)
        k = max(k, _town_named_after(tokens, i + 1, blocked))    # بلدة كفر نبل، مدينة طوز خورماتو
        if k == i + 1 and PLACE_HEADS[bare] == "Region" and tokens[i + 1].norm in COMPASS \
                and i + 2 < nt and i + 2 not in blocked:
            # "ولاية جنوب كردفان"، "مقاطعة شمال وزيرستان": the direction is in the name
            k2 = _name_after_head(tokens, i + 1, blocked, _place_name_alone)
            k = k2 if k2 > i + 2 else k
        if k < nt and k - i <= 2 and k not in blocked and definite(tokens[k]) \
                and tokens[k].norm in ("الوسطي", "السفلي", "العليا", "الشرقي", "الغربي",
                                       "الشمالي", "الجنوبي", "الشرقيه", "الغربيه",
                                       "الشماليه", "الجنوبيه", "الكبري"):
            k += 1   # جوبا الوسطى، دير الزور الشرقي
        if k > i + 1 and kb.demonym(tokens[i + 1].norm):
            k = i + 1   # "المدينة السورية"، "القضاء العراقي": a description, not a name
        if k == i + 3 and (kb.demonym(tokens[i + 2].norm) or tokens[i + 2].norm in PLACE_PARTICIPLES):
            k = i + 2   # "مدينة ميلانو الإيطالية"، "بلدة X الخاضعة لسيطرة": the name, then its
            #             country's adjective or a participle
        if k > i + 1 and (stem != bare or clitic.endswith(("ال", "لل"))) \
                and not _known_place(tokens, i + 1, k):
            k = i + 1   # "المنطقة الحدودية"، "البلدة الواقعة": the head with the article
            #             takes an adjective; a name follows it only when it is a known town
        if k == i + 2 and (_adjective_after_head(tokens[i + 1])
                           or _feminine_nisba_after_head(tokens[i + 1])):
            k = i + 1   # "منطقة قريبة"، "منطقة عازلة"، "منطقة صحراوية": an indefinite
            #             adjective
        if k > i + 1 and tokens[i + 1].text.endswith(_PLURAL_PRONOUNS) and is_suffixed_noun(tokens[i + 1]) \
                and not _known_place(tokens, i + 1, k):
            k = i + 1   # "ثالث محافظة يخسرها المتمردون"، "قضاء عطلتهم": a verb or a noun with
            #             a pronoun, no name (the head a noun of the sentence)
        if k > i + 1 and tokens[i + 1].norm in NOT_PLACE_NAMES and not (
                _namesake_end(tokens, i + 1, blocked) and not kb.demonym(tokens[i + 2].norm)):
            k = i + 1   # "منطقة النزاع"، "ولاية الرئيس": a kind of area or a term
        if k > i + 1 and bare in DUAL_PLACE_HEADS and k + 1 < nt and k not in blocked \
                and tokens[k].norm.startswith("و") and len(tokens[k].norm) > 3:
            # "منطقتي قنديل وهاكورك": two places after a dual head; the second of two
            # words when a name word follows (مديريتي البريقة والشيخ عثمان، مخيمي اليرموك
            # وخان الشيح)
            e2 = k + 2 if k + 1 < nt and k + 1 not in blocked and is_name_word(tokens[k + 1]) \
                and not kb.demonym(tokens[k + 1].norm) and not _further_conjunct(tokens[k + 1].norm) else k + 1
            # (مديريتي حيس والتحيتا ومركز مديرية X: a further conjunct is no word of the name)
            return [make_mention(tokens, i + 1, k, "Place", PLACE_HEADS[bare], text=text),
                    make_mention(tokens, k, e2, "Place", PLACE_HEADS[bare], clitic="و",
                                 text=text)], e2
        if k > i + 2 and k < nt and tokens[k].norm in _SON_OF and not _namesake_end(tokens, i + 1, blocked) \
                and tokens[k - 2].norm not in KUNYA_HEADS and tokens[k - 2].norm not in PERSON_TITLES:
            k -= 1  # "وكيل محافظة بارق عائض بن عبده": the name's last word opens a man's name
        if k > i + 1:
            # a region keeps its head in its name (ولاية بلخ، محافظة حمص); a town does not
            keep_head = (PLACE_HEADS[bare] == "Region" and bare not in REGION_HEADS_DROPPED) \
                or bare in HEAD_KEPT_TOWNS
            return [make_mention(tokens, i if keep_head else i + 1, k, "Place",
                                 PLACE_HEADS[bare], text=text,
                                 clitic=clitic if keep_head else "")], k
    return None


@at_readings(bares=PLURAL_PLACE_HEADS)
def _listed_place_names(s, i, clitic, stem, bare):
    """Plural place head + a list of names: بلدات كفركلا والعديسة وميس الجبل."""
    if bare in PLURAL_PLACE_HEADS and stem == bare and not clitic.endswith("ل"):
        # (not after ل: "لإحياء الدولة وإصلاح" is to revive, written like أحياء)
        listed = _listed_places(s.tokens, i, s.blocked, s.text, PLURAL_PLACE_HEADS[bare])
        if listed:
            return listed, _token_end(s.tokens, listed[-1].end)
    return None


@at_readings(bares=FACILITY_HEADS)
def _facility_name(s, i, clitic, stem, bare):
    """Facility or landmark head + name, the head kept: سجن غويران، مطار المزة، سد تشرين."""
    tokens, blocked, nt = s.tokens, s.blocked, s.nt
    if bare in FACILITY_HEADS and stem == bare and not clitic.endswith(("ال", "لل")) \
            and i + 1 < nt and i + 1 not in blocked:
        k = _facility_name_end(tokens, i, blocked)
        if k > i + 1 and k < nt and k not in blocked and tokens[k].norm in FACILITY_ADJECTIVES:
            k += 1     # مطار رفيق الحريري الدولي، سجن صيدنايا العسكري
        if k > i + 1:
            return [make_mention(tokens, i, k, "Place", None, text=s.text, clitic=clitic)], k
    return None


#: what says a crossing is on a border, after its name: منفذ عرعر الحدودي، معبر نصيب البري الحدودي
BORDER_WORDS = frozenset(norm(w) for w in "الحدودي البري".split())
#: the most words of a crossing's name between its head and BORDER_WORDS
_CROSSING_NAME_WORDS = 2


@at_readings(bares=CROSSING_HEADS)
def _border_crossing(s, i, clitic, stem, bare):
    """A crossing head, one or two words and a word that says it is on a border: منفذ الوديعة
    الحدودي، معبر نصيب الحدودي (the name a common word too: نصيب "a share"); the crossing a place,
    its head and border word kept."""
    tokens, blocked, nt = s.tokens, s.blocked, s.nt
    if bare not in CROSSING_HEADS or stem != bare or clitic.endswith(("ال", "لل")):
        return None
    k = i + 1
    while k < nt and k - i - 1 < _CROSSING_NAME_WORDS and k not in blocked and tokens[k].norm not in BORDER_WORDS \
            and _ARABIC_WORD.match(tokens[k].norm) and tokens[k].norm not in STOPWORDS and not _conjunct(tokens[k].norm):
        k += 1
    if k == i + 1 or k >= nt or k in blocked or tokens[k].norm not in BORDER_WORDS:
        return None
    e = k + 1
    while e < nt and e not in blocked and tokens[e].norm in BORDER_WORDS:
        e += 1
    return [make_mention(tokens, i, e, "Place", None, text=s.text, clitic=clitic)], e


def _laqab_nisba(tokens, k, blocked) -> bool:
    """Is tokens[k] a definite nisba (العسكري، الأنصاري) right after a kunya, that ends the
    name before a comma, the clause or the end (أبو علي العسكري، ...)?"""
    if k >= len(tokens) or k in blocked:
        return False
    n = tokens[k].norm
    return definite(tokens[k]) and n.endswith("ي") and len(n) > 4 and _ARABIC_WORD.match(n) is not None \
        and n not in STOPWORDS and (k + 1 >= len(tokens) or not tokens[k + 1].norm.isalpha()
                                    or tokens[k + 1].norm in COMPLEMENTIZERS)


def _titled_given_name_before(s, i) -> bool:
    """Is the last mention found a person's given name alone right before the kunya at i, read
    after a title or يدعى (وآخر يدعى أحمد أبو سريع), so that the kunya continues his name?"""
    prev = s.out[-1] if s.out else None
    return prev is not None and prev.type == "Person" and prev.title is not None \
        and prev.start == s.tokens[i - 1].start and prev.end == s.tokens[i - 1].end \
        and given_name_before(s.tokens, i, s.blocked)


@at_readings(stems=KUNYA_HEADS)
def _kunya_name(s, i, clitic, stem, bare):
    """Kunya: أبو عمر سراقب (and a given name before it: أحمد أبو X)."""
    tokens, blocked, nt, out = s.tokens, s.blocked, s.nt, s.out
    if stem in KUNYA_HEADS and i + 1 < nt and i + 1 not in blocked and is_name_word(
            tokens[i + 1], allow_common=True):
        k = person_name_after(tokens, i + 2, blocked, max_len=2) if i + 2 < nt else i + 2
        k = max(k, i + 2)
        if k == i + 2 and _laqab_nisba(tokens, k, blocked):
            k += 1   # أبو علي العسكري: a nisba after a kunya is the man's laqab, no adjective
        if not clitic and _titled_given_name_before(s, i):
            titled = out.pop()   # "يدعى أحمد أبو سريع": the titled given name goes on with the kunya
            return [make_mention(tokens, i - 1, k, "Person", text=s.text, title=titled.title)], k
        if not clitic and given_name_before(tokens, i, blocked) and not (
                out and out[-1].end > tokens[i - 1].start):
            start = i - 1
            if given_name_before(tokens, start, blocked) and not (out and out[-1].end > tokens[start - 1].start):
                start -= 1   # خالد سليم أبو ريا: a given name and the father's before the kunya
            return [make_mention(tokens, start, k, "Person", text=s.text)], k   # أحمد أبو X
        return [make_mention(tokens, i, k, "Person", clitic=clitic, text=s.text)], k
    return None


#: titles that are also a body's adjective (تنظيم داعش الإرهابي): right after a name found,
#: they describe it
BODY_ADJECTIVE_TITLES = frozenset(norm(w) for w in "الإرهابي الارهابي المتطرف".split())


#: how many words a name after a trade (TRADE_TITLES) may have: a given and a family name
_TRADE_NAME_WORDS = 2


def _second_title(tokens, j, kb) -> bool:
    """A title or trade after a trade, joined by و: الشاعرة والناشطة المدنية X، المؤرخ والفنان X."""
    n = tokens[j].norm
    return n.startswith("و") and (n[1:] in PERSON_TITLES or n[1:] in TRADE_TITLES)


@at_readings(stems=PERSON_TITLES | TRADE_TITLES)
def _titled_name(s, i, clitic, stem, bare):
    """Title + name: القيادي بلال حسن الجاسم، الأميرال براد كوبر."""
    tokens, blocked, nt, kb, text = s.tokens, s.blocked, s.nt, s.kb, s.text
    if stem in BODY_ADJECTIVE_TITLES and i > 0 and not clitic and (
            (i - 1) in blocked or tokens[i - 1].norm.startswith("ال")):
        return None     # "تنظيم داعش الإرهابي يستغل"، "العمل الإرهابي المفجع": a noun's adjective,
        #                 no title before a name
    if (stem in PERSON_TITLES or stem in TRADE_TITLES) and stem not in SPOKES_HEADS:
        j = i + 1
        # a second title: الرئيس السوري، القائد العسكري
        while j < nt and j not in blocked and (tokens[j].norm in PERSON_TITLES or tokens[j].norm in TRADE_TITLES
                                                or (stem in TRADE_TITLES and _second_title(tokens, j, kb))
                                                or (kb.demonym(tokens[j].norm) and not given_name_before_son(tokens, j))
                                                or is_title_adjective(tokens, j)):
            j += 1
        while j + 1 < nt and j not in blocked and j + 1 not in blocked and noun_before_given_name(tokens, j):
            j += 1      # "للرئيس المرشح مساعد X"، "القيادي المعارض برهان X": a trade before the name
        if stem in INDEFINITE_TITLES:
            j += _nisbas_after(tokens, j)   # قيادي داعشي، قيادي فلسطيني
        # "القيادي في حزب الله X"، "القيادي في الجماعة X": past the organisation
        if j + 1 < nt and tokens[j].norm in ("في", "من", "لدى", "داخل"):
            k2 = j + 1
            while k2 < nt and not tokens[k2].norm.isalnum():
                k2 += 1
            if k2 in blocked:
                while k2 in blocked:
                    k2 += 1
                j = k2
            elif k2 < nt and definite(tokens[k2]) and kb.nominal(tokens[k2].norm):
                j = k2 + 1
            while j < nt and not tokens[j].norm.isalnum() and tokens[j].text in "،,":
                j += 1
        opened = j
        while j < nt and tokens[j].text in ('"', "«", "“"):
            j += 1
        if stem in INDEFINITE_TITLES and j < nt and j == i + 1 + _nisbas_after(tokens, i + 1) \
                and j > i + 1 and tokens[j].norm not in name_words():
            return _STOP   # "قيادي داعشي فر من السجن": a leader described, not named
        k = person_name_after(tokens, j, blocked)
        if k == j + 1 and k < nt and _title_word(tokens[k]) and tokens[j].norm not in all_name_words():
            return None   # "بعث الرئيس برقية للواء X": an unknown word before another title is no name
        if k > j and j > opened and not _quote_closes(tokens, opened, k):
            return None   # 'وأضاف السفير "دور المملكة مهم"': a quotation opens, no quoted name
        if stem not in PERSON_TITLES and (k - j > _TRADE_NAME_WORDS or (
                k < nt and k not in blocked and tokens[k].norm in family_names())):
            return None   # "المحامية X Y التهم"، "المطرب ماجد المهندس": after a trade, where a
            #               longer name ends is unsure (a title that is also a family name)
        if k > j:
            return [make_mention(tokens, j, k, "Person", text=text,
                                 title=text[tokens[i].start:tokens[j - 1].end])], k
    return None


def _quote_closes(tokens, opened, k) -> bool:
    """Does the quote opened at tokens[opened] close right after the name ending at k
    (القيادي «أبو محمد»)?"""
    return k < len(tokens) and tokens[k].text == _QUOTES.get(tokens[opened].text)


_VIA = frozenset(norm(w) for w in "عن".split())


@at_readings(bares=NAMESAKE_BODY_HEADS | NAMESAKE_ROAD_HEADS)
def _named_after_titled_person(s, i, clitic, stem, bare):
    """Body or road head + title + name: جامعة الملك سعود (an organisation), طريق الملك فهد (a place)."""
    if bare not in NAMESAKE_BODY_HEADS and bare not in NAMESAKE_ROAD_HEADS:
        return None
    if stem != bare or clitic.endswith(("ال", "لل")) or i + 1 >= s.nt or i + 1 in s.blocked \
            or (i > 0 and s.tokens[i - 1].norm in _VIA):
        return None     # (عن طريق الشيخ X: "through Sheikh X")
    k = _namesake_end(s.tokens, i + 1, s.blocked)
    if not k:
        return None
    etype = "Place" if bare in NAMESAKE_ROAD_HEADS else "Organization"
    if etype == "Organization" and not (i > 0 and s.tokens[i - 1].norm in _DEPUTY_POSTS):
        # مركز الملك سلمان للإغاثة (not "وكيل جامعة الملك عبدالعزيز للتطوير": the deputy's field)
        k = general_body_complement(s.tokens, k, s.blocked, after_rank=False)
    return [make_mention(s.tokens, i, k, etype, None, clitic=clitic, text=s.text)], k


#: the rules for organisations and places, tried in this order at each cue
BODY_AND_PLACE_RULES = (_general_after_for, _operations_room, _state_forces, _military_region, _numbered_unit, _force_by_kind, _district,
                        _named_after_titled_person, _quoted_org_name, _org_name, _quoted_place_names, _place_name,
                        _listed_place_names, _border_crossing, _facility_name)
#: the rules for persons, tried after them (on the second pass only)
PERSON_RULES = (_kunya_name, _titled_name)


def _bare(stem):
    """A cue's stem without its article."""
    if stem in ORG_HEADS or stem in PLACE_HEADS:
        return stem          # ألوية (normalised الويه) is a head, not ال + ويه
    return stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem


#: how common (Zipf) a word must be as written to be read as itself, not as ك + a cue word
_WRITTEN_WORD_ZIPF = 3.5


def _written_word(word) -> bool:
    from kg.mentions_names import word_zipf
    return word_zipf(word) >= _WRITTEN_WORD_ZIPF


def _readings(word, rules):
    """``(clitic, stem, bare, rules)`` for each reading of the cue word ``word`` that some of
    ``rules`` apply to (kg.mention_gates.applies: the rules declare the readings they start
    from), those rules in their order."""
    out = []
    for clitic, stem in strip_clitics(word):
        if clitic.endswith("ك") and _written_word(word):
            continue    # "كتلة إعلامية": a bloc, a word as it stands, no "as" + تلة (a hill)
        bare = _bare(stem)
        tried = tuple(rule for rule in rules if applies(rule, word, stem, bare))
        if tried:
            out.append((clitic, stem, bare, tried))
    return tuple(out)


# cue word -> its readings and the rules tried at each, on the first pass and on the second
# (the cue words are a few thousand spellings: kg.mentions_cues)
_FIRST_PASS = WordCache(lambda word: _readings(word, BODY_AND_PLACE_RULES))
_SECOND_PASS = WordCache(lambda word: _readings(word, BODY_AND_PLACE_RULES + PERSON_RULES))


def _first_match(s, i, readings):
    """``(mentions, next_i)`` of the first rule that applies to a reading of the cue at i
    (``readings``: :func:`_readings`), the readings in turn; None when none does or one says
    the cue names nothing."""
    for clitic, stem, bare, rules in readings:
        for rule in rules:
            found = rule(s, i, clitic, stem, bare)
            if found is not None:
                return None if found is _STOP else found
    return None


def pattern_mentions(tokens, text, kb, blocked, persons=True, cue_at=None):
    """Mentions found by cue patterns over one sentence's tokens.

    With ``persons=False`` only organisations and places (the first pass, so
    that "القيادي في حركة X سامر ..." finds the person past the organisation).
    ``cue_at``: the indexes of the tokens carrying a cue word, when already known.
    """
    out = []
    s = _Sentence(tokens, text, kb, blocked, out)
    readings = _SECOND_PASS if persons else _FIRST_PASS
    i = 0
    nt = len(tokens)
    # only tokens carrying a cue word can start a pattern: jump from one to the next
    if cue_at is None:
        cue_at = cue_positions(tokens)[0]
    n_cues = len(cue_at)
    while i < nt:
        p = bisect_left(cue_at, i)
        if p == n_cues:
            break
        i = cue_at[p]
        if i in blocked:
            i += 1
            continue
        tok = tokens[i]
        if tok.norm in _ACTING:
            i += 1      # "وزير الداخلية بالوكالة": acting, no agency
            continue
        found = _first_match(s, i, readings[tok.norm])
        if found is None:
            i += 1
            continue
        mentions, i = found
        out.extend(mentions)
    return out
