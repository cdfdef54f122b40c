"""Knowledge-base matches read in context: a match dropped, lengthened or trimmed by its
neighbours.

Dropped: an idiom that holds a place's name (مسقط رأسه), a known body's name that is a dual
noun counting people (بينهم طالبان: two students), a place that names a military command after a
post (قائد محور تعز), a country read as the adjective of a definite
body noun (القنصلية السعودية، الدفاعات الجوية الملكية السعودية), a river's bank (الضفة الغربية لنهر
الفرات), a father's name after بن, a
facility's name, the first word of an organisation's quoted name, a country read as the adjective after a
body's name (شركة أرامكو السعودية); lengthened: a known person's name after given names (another person), a
compound place name after its first word (رأس بعلبك), a known city after a province head
(ولاية الخرطوم: the province); trimmed: the title "the capital" before
a known city.
"""
from __future__ import annotations

from bisect import bisect_right

from kg.lexicon import FACILITY_HEADS, ORG_HEADS, STOPWORDS, common_words, strip_clitics
from kg.names import all_name_words
from kg.linking_places import national_capital
from kg.mentions_cues import NAMESAKE_BODY_HEADS
from kg.mentions_facilities import NAMESAKE_TITLES
from kg.mentions_common import _BRACKETS, _QUOTES, _SON_OF, _plain_given_name, definite, make_mention
from kg.mentions_place_heads import PLACE_NAME_PREFIXES
from kg.mentions_names import is_family_nisba, is_lineage_family_name
from kg.mentions_fronts import after_axis_post
from kg.mentions_not_names import is_bank_of_water, is_counted_dual
from kg.model import Mention
from kg.normalize import norm


_CAPITAL = norm("العاصمة")


def _longer_person(m, tokens, starts, text, taken=()):
    """A known person's name (or its short form) right after given names is the father's or
    family's name in another person's name: "ناصر صباح الأحمد" is Nasser, son of Sabah
    al-Ahmad; "ماهر الأسد" is not Bashar al-Assad. The given names are taken in and the
    knowledge-base link dropped (two persons are never merged)."""
    if m.type != "Person":
        return m
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start:
        return m
    i = k
    while i > 0 and k - i < 2 and _plain_given_name(tokens[i - 1].norm) \
            and not any(s <= tokens[i - 1].start < e for s, e in taken):
        i -= 1     # (a word of another known name is not: "برهم صالح محمد شياع السوداني")
    if i == k:
        return m
    return Mention(tokens[i].start, m.end, text[tokens[i].start:m.end], type="Person", source="pattern")


def _family_after_person(m, tokens, starts, text, kb):
    """A known person's full name right before a family nisba is another man named after him:
    "عمر المختار الزليتني" is not Omar al-Mukhtar; so is a known short form that is a given name
    too ("قاسم الأعرجي" is not Naim Qassem). The family name is taken in and the knowledge-base
    link dropped. After a lineage name (X بن Y) any listed family name will do: "عبدالله بن
    عبدالعزيز الربيعة" is no king, "محمد بن سلمان الشهري" no crown prince."""
    if m.type != "Person" or (len(m.text.split()) < 2 and not _plain_given_name(norm(m.text))):
        return m    # (one word: a short form that is a given name too, قاسم الأعرجي, not نعيم قاسم)
    k = bisect_right(starts, m.end - 1)
    if k >= len(tokens) or tokens[k - 1].end != m.end:
        return m
    lineage = any(norm(w) in _SON_OF for w in m.text.split()[1:-1])
    if not (is_family_nisba(tokens[k], kb) or (lineage and is_lineage_family_name(tokens[k], kb))):
        return m
    return Mention(m.start, tokens[k].end, text[m.start:tokens[k].end], type="Person", source="pattern")


_COMPOUND_CLITICS = frozenset(["", "و", "ب", "وب", "ل", "ول", "ف"])


def _compound_place(m, tokens, starts, text):
    """A known place right after the first word of a compound village name (رأس، تل، عين،
    كفر ...) is the second half of another place's name: "بلدة رأس بعلبك" is Ras Baalbek, not
    Baalbek. The compound is the mention, unlinked."""
    if m.type != "Place":
        return m
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start or len(m.text.split()) > 1:
        return m
    clitic = next((c for c, stem in strip_clitics(tokens[k - 1].norm)
                   if c in _COMPOUND_CLITICS and stem in PLACE_NAME_PREFIXES), None)
    if clitic is None:
        return m
    return make_mention(tokens, k - 1, k + 1, "Place", "City", clitic=clitic, text=text)


# province heads that make a known city's name the name of its province (ولاية الخرطوم)
_PROVINCE_HEADS = frozenset(norm(w) for w in "ولاية محافظة إقليم اقليم مقاطعة".split())


def _province_of_city(m, tokens, starts, text, kb):
    """A state's capital right after a province head is the province named for it: "بولاية
    الخرطوم" is Khartoum State, not the city, which news names by its bare name (annotation
    guidelines: Kirkuk governorate and Kirkuk city are two places). The head and the name are
    the mention, a Region, unlinked. (Another town's bare name may be its province: محافظة
    عدن ... عدن، محافظة السليمانية ... شرقي السليمانية.)"""
    if m.type != "Place" or m.subtype != "City" or not m.kb_id or m.kb_id not in kb \
            or not national_capital(kb.get(m.kb_id)):
        return m
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start:
        return m
    clitic = next((c for c, stem in strip_clitics(tokens[k - 1].norm)
                   if c in _COMPOUND_CLITICS and stem in _PROVINCE_HEADS), None)
    if clitic is None:
        return m
    end = bisect_right(starts, m.end - 1)
    return make_mention(tokens, k - 1, end, "Place", "Region", clitic=clitic, text=text)


# a place's name that opens an idiom with the next word: "مسقط رأسه" (his birthplace) is no
# Muscat; the idiom's first word -> the starts of the next word that make it
PLACE_IDIOMS = {norm("مسقط"): (norm("رأس"),)}


def _idiom_not_place(m, tokens, starts) -> bool:
    """A knowledge-base place whose word opens an idiom with the next word (مسقط رأس)."""
    if m.type != "Place":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 0 or k + 1 >= len(tokens) or tokens[k].end != m.end:
        return False
    nxt = PLACE_IDIOMS.get(strip_clitics(tokens[k].norm)[-1][1])
    return bool(nxt) and tokens[k + 1].norm.startswith(nxt)


def _counted_dual(m, tokens, starts) -> bool:
    """A knowledge-base organisation named by a word that is also a dual noun (طالبان: two
    students), bare, right after a word that counts people (بينهم، منهم، وهما)."""
    if m.type != "Organization":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start or tokens[k].end != m.end:
        return False
    return is_counted_dual(tokens[k].norm, tokens[k - 1].norm)


def _axis_commands_place(m, tokens, starts) -> bool:
    """A known place right after "محور" that follows a post (المتحدث باسم محور تعز): the name of
    the military command, which kg.mentions_fronts finds whole, no mention of the place."""
    if m.type != "Place":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 2 or tokens[k].start != m.start:
        return False
    before = [t.norm for t in tokens[max(0, k - 3):k]]
    return after_axis_post(before, len(before) - 1)


def _bank_of_water(m, tokens, starts) -> bool:
    """A known place named "the (west) bank" right before "of the river/canal" is that river's
    bank: "الضفة الغربية لنهر الفرات" is no West Bank."""
    if m.type != "Place":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 0 or tokens[k].start != m.start:
        return False
    e = next((q for q in range(k, min(k + 4, len(tokens))) if tokens[q].end >= m.end), None)
    return e is not None and is_bank_of_water(strip_clitics(tokens[k].norm)[-1][1],
                                              tokens[e + 1].norm if e + 1 < len(tokens) else "")


def _fathers_name(m, tokens, starts) -> bool:
    """A knowledge-base person right after بن/ابن is a father's name in a longer chain: in
    "الأمير فيصل بن سلمان بن عبدالعزيز" the king is named only as the prince's father."""
    if m.type != "Person":
        return False
    k = bisect_right(starts, m.start) - 1
    return k > 0 and tokens[k].start == m.start and tokens[k - 1].norm in _SON_OF


_CLAUSE_ENDS = frozenset("،,.:؛") | frozenset(norm(w) for w in "إن أن قوله".split())


def _chain_name(w) -> bool:
    """A word of the name lists, no common word: a link of a بن-chain (عبدالله، سعد)."""
    return w in all_name_words() and w not in common_words() and w not in STOPWORDS


def _family_name_after_chain(m, tokens, starts, taken=()) -> bool:
    """A known place written with the article right after "X بن Y", where the clause ends, is
    the family's name: "عبدالله بن سعد السويد،"، "إبراهيم بن محمد الخليل،" (not after a known
    person's chain, whose verb may take the place as its object: زار محمد بن سلمان السويد،)."""
    if m.type != "Place":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 3 or tokens[k].start != m.start or tokens[k].end != m.end or not m.text.startswith("ال"):
        return False
    if tokens[k - 2].norm not in _SON_OF or not _chain_name(tokens[k - 1].norm) \
            or not _chain_name(tokens[k - 3].norm):
        return False
    if any(s <= tokens[k - 3].start < e or s <= tokens[k - 1].start < e for s, e in taken):
        return False
    return k + 1 < len(tokens) and (tokens[k + 1].text in _CLAUSE_ENDS or tokens[k + 1].norm in _CLAUSE_ENDS)


def _facilitys_name(m, tokens, starts) -> bool:
    """A knowledge-base organisation quoted right after a facility head is the facility's
    name: فندق «الجزيرة» is a hotel, not the channel."""
    if m.type != "Organization":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 2 or tokens[k].start != m.start or tokens[k - 1].text not in _BRACKETS:
        return False
    return any(stem in FACILITY_HEADS for _, stem in strip_clitics(tokens[k - 2].norm))


def _namesakes_name(m, tokens, starts) -> bool:
    """A known person with his title right after a body's or a facility's head is the name it
    bears: مركز الملك سلمان للإغاثة، جامعة الملك سعود، مستشفى الملك فهد (a body or a place named
    after him, found by the heads' patterns), not the king."""
    if m.type != "Person":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start or tokens[k].norm not in NAMESAKE_TITLES:
        return False
    return any(stem in NAMESAKE_BODY_HEADS or stem in FACILITY_HEADS for _, stem in strip_clitics(tokens[k - 1].norm))


def _quoted_names_first_word(m, tokens, starts) -> bool:
    """A known place that is a word of a longer quoted name right after an organisation head is
    a word of the organisation's name: شركة «سيناء للأسمنت» is a company, not Sinai; جماعة
    «أجناد مصر» a group, not Egypt."""
    if m.type != "Place":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 0 or tokens[k].start != m.start:
        return False
    o = next((q for q in range(k - 1, max(k - 4, -1), -1) if tokens[q].text in _QUOTES), None)
    if o is None or o < 1 or any(not tokens[q].norm.isalpha() for q in range(o + 1, k)):
        return False
    close = _QUOTES[tokens[o].text]
    e = next((q for q in range(k + 1, min(k + 6, len(tokens))) if tokens[q].text == close), None)
    return e is not None and (tokens[e - 1].end > m.end or o < k - 1) \
        and any(stem in ORG_HEADS for _, stem in strip_clitics(tokens[o - 1].norm))


_DIRECTORATE = norm("مديرية")


def _directorates_field(m, tokens, starts) -> bool:
    """A known organisation right after مديرية is the field of a directorate named for it, a
    body of its own read with its head (مديرية الأسايش، as مديرية الأمن العام)."""
    if m.type != "Organization":
        return False
    k = bisect_right(starts, m.start) - 1
    return k >= 1 and tokens[k].start == m.start \
        and any(st == _DIRECTORATE for _, st in strip_clitics(tokens[k - 1].norm))


def _demonym_after_name(m, tokens, starts, kb) -> bool:
    """A known country written like its adjective (السعودية) right after an organisation head
    and a name is the adjective of the organisation's name: شركة أرامكو السعودية."""
    if m.type != "Place" or kb is None:
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 2 or tokens[k].start != m.start or tokens[k].end != m.end or not kb.demonym(tokens[k].norm):
        return False
    name = tokens[k - 1]
    return name.norm.isalpha() and not name.norm.startswith("ال") and name.norm not in STOPWORDS \
        and any(stem in ORG_HEADS and not c.endswith(("ال", "لل")) for c, stem in strip_clitics(tokens[k - 2].norm))


# definite nouns of bodies and their adjectives that a country's adjective (السعودية) agrees with
_BODY_NOUNS = ORG_HEADS | FACILITY_HEADS | frozenset(norm(w) for w in (
    "دفاعات قنصلية سفارة خطوط سلطات جهات أجهزة شركات هيئات غرف بنوك مصارف صناعات قوات "
    # relief drives and the clinics they run (الحملة الوطنية السعودية، العيادات التخصصية السعودية)
    "حملة حملات عيادات").split())
_ARABIC_ADJ = norm("العربية")       # "العربية السعودية": the country's own name
_NISBA_END = norm("ية")
_PLURAL_END = norm("ات")


_DEFINITE_PREFIXES = tuple(norm(w) for w in "وال فال بال كال ولل فلل ال لل".split())


def _definite_stem(n):
    """The stem of a definite word, its article and a proclitic off (والشركة، للشركة -> شركة), or
    None."""
    for p in _DEFINITE_PREFIXES:
        if n.startswith(p) and len(n) - len(p) > 2:
            return n[len(p):]
    return None


def _demonym_after_definite_noun(m, tokens, starts, kb, taken=()) -> bool:
    """A known country written like its adjective (السعودية) right after a definite body noun,
    over up to two of its adjectives, is that body's adjective: الشركة السعودية للكهرباء، القنصلية
    السعودية، الدفاعات الجوية الملكية السعودية. Not after another country's adjective (الخارجية
    الإيرانية السعودية: the object of a verb before them), nor after a known name (الولايات المتحدة
    السعودية), nor after العربية (العربية السعودية, the name), nor with a clitic of its own
    (والسعودية: a second country); after other nouns it stays the country (the tagger would read
    the noun and adjective as a body: للطفلة السعودية)."""
    if m.type != "Place" or kb is None:
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 1 or tokens[k].start != m.start or tokens[k].end != m.end or not kb.demonym(tokens[k].norm):
        return False
    if not definite(tokens[k]):
        return False
    h = k - 1
    while h >= 0 and k - 1 - h < 3:
        n = tokens[h].norm
        if not n.isalpha() or kb.demonym(n) or n == _ARABIC_ADJ or any(s <= tokens[h].start < e for s, e in taken):
            return False
        st = _definite_stem(n)
        if st is None:
            return False
        if st in _BODY_NOUNS or (h == k - 1 and st.endswith(_PLURAL_END) and len(st) > 4):
            return True     # (a plural of things: الاستثمارات السعودية، الصادرات السعودية)
        if not st.endswith(_NISBA_END):
            return False
        h -= 1
    return False


_HOUSE = norm("آل")     # "آل سعود"، "آل نهيان": the house a lineage name ends in


def _house_after_lineage(m, tokens, starts):
    """A known person's lineage name (X بن Y) right before "آل" and a name is the same man's
    name with his house: "سلمان بن عبدالعزيز آل سعود" is King Salman; the house is taken in
    and the link kept (a house is no other man's given name)."""
    if m.type != "Person" or not m.kb_id or not any(norm(w) in _SON_OF for w in m.text.split()[1:-1]):
        return
    k = bisect_right(starts, m.end - 1)
    if k + 1 >= len(tokens) or tokens[k - 1].end != m.end or tokens[k].norm != _HOUSE:
        return
    if _chain_name(tokens[k + 1].norm) or tokens[k + 1].norm in all_name_words():
        m.end = tokens[k + 1].end


def _capital_title_off(m, tokens, starts, kb):
    """"العاصمة بيروت" (a knowledge-base alias): the city's name is بيروت; the word
    العاصمة before it is a title, as وزير is before a minister ("العاصمة السورية" stays:
    the adjective is no name)."""
    k = bisect_right(starts, m.start) - 1
    if k < 0 or k + 1 >= len(tokens) or tokens[k + 1].start >= m.end:
        return
    if not any(st == _CAPITAL for _, st in strip_clitics(tokens[k].norm)):
        return
    if kb.demonym(tokens[k + 1].norm):
        return
    m.start = tokens[k + 1].start
