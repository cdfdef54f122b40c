"""Entity mentions: knowledge-base matches, title/head patterns and the NER tagger.

Three sources, merged by priority (kb > pattern > ner, then longer first):
- the curated knowledge base (kg.kb), clitic-aware;
- patterns of news prose: a title before a person's name (القيادي، الأميرال،
  وزير الحرب الأميركي ...), a kunya (أبو عمر ...), an organisation head
  (تنظيم، جبهة، جيش، وزارة ...) or a place head (مدينة، محافظة ...) before a name,
  a state's forces (القوات الأمريكية);
- a state's generic bodies named by its adjective (kg.mentions_bodies: السلطات الإسرائيلية،
  السفارة الأمريكية، الخارجية الروسية);
- persons named with no title, from the personal-name lexicons (kg.mentions_names, kg.names:
  a known full name, or a given name followed by name words);
- the statistical tagger (kg.ner) for names with no cue; its one-word persons that are
  common words, pronouns, honorifics or suffixed nouns are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress

from kg.lexicon import (ALIAS_CUES, DIRECTIONS, DUAL_PLACE_HEADS, PLURAL_PLACE_HEADS, FACILITY_HEADS, KUNYA_HEADS, TITLE_ADJECTIVES, ORG_HEAD_SUBTYPES, ORG_HEADS, PERSON_TITLES,
                        PLACE_HEADS, POST_HEADS, SPOKES_HEADS, STOPWORDS, common_words,
                        original_prefix_length, strip_clitics)
from kg.lexicon import words_read_as
from kg.mentions_bodies import generic_body_spans
from kg.mentions_groups import (leader_force_spans, named_network_spans, quoted_province_groups, liberation_front_spans, self_named_group_spans,
                               spokesman_body_spans)
from kg.mentions_places import (bracketed_place_spans, capital_apposed_spans, coordinated_place_spans,
                                prefixed_place_spans, repeated_place_spans, seat_of_power_spans)
from kg.mentions_press import press_credits
from kg.linking_generic import NAME_ADJECTIVES as GENERIC_ADJECTIVES, GENERIC_ACTORS
from kg.mentions_names import (PIOUS_FORMULA_STARTS, participle_with_complement, aged_person_spans, described_person_spans, given_name_before, is_accusative_noun, is_month_name, word_zipf, is_suffixed_common, is_suffixed_noun, is_no_person_word, is_plain_word,
                               lexicon_person_spans)
from kg.names import all_name_words, family_names, given_names, name_words, place_names
from kg.model import Mention
from kg.normalize import norm
from kg.view import _stems, document_vocabulary

_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
PRIORITY = {"kb": 3, "pattern": 2, "ner": 1}
# second halves of compound given names: فريد الله عزيزي، حسام الدين يوسف
_COMPOUND_ENDS = frozenset(["الله", "الدين", "الحق", "الرحمن"])   # نور الحق، فضل الرحمن
_ABD = "عبد"
_SON_OF = frozenset(["بن", "ابن"])
NAME_LINKERS = frozenset(["عبد", "ابو", "ابا", "بن", "ابن", "بنت", "ابي", "ام", "ال", "ولد"])


@lru_cache(maxsize=1)
def _pattern_cues():
    """Every word that can start a pattern, bare and with the article (a fast pre-filter)."""
    words = set(ORG_HEADS) | set(PLACE_HEADS) | set(PERSON_TITLES) | set(KUNYA_HEADS) | {"قوات", "جيش"} \
        | FACILITY_HEADS | set(PLURAL_PLACE_HEADS) | QUOTED_ORG_HEADS
    return frozenset(words | {"ال" + w for w in words})


# heads that name an organisation only before a quoted name: مجموعة «عرين الأسود»، شركة «بي بي»
# (مجموعة من المسلحين is a group of gunmen)
QUOTED_ORG_HEADS = frozenset(norm(w) for w in "مجموعة شركة".split())


# envoys and delegates named after their post and its destination, with or without the
# article: المبعوث الأممي إلى سوريا X، المندوب الروسي لدى الأمم المتحدة X، مندوبة فرنسا X
ENVOY_POSTS = frozenset(norm(w) for w in "المبعوث المبعوثة المندوب المندوبة مندوب مندوبة الممثل ممثل".split())


@lru_cache(maxsize=1)
def _post_cues():
    return frozenset(POST_HEADS | SPOKES_HEADS | ENVOY_POSTS)


@lru_cache(maxsize=1)
def _alias_cues():
    """The words that start an alias (alone or after و), as alias_mentions tests them."""
    return frozenset(ALIAS_CUES) | {"و" + w for w in ALIAS_CUES}


@lru_cache(maxsize=1)
def _cue_spellings() -> tuple:
    """``(pattern, post)``: every word one of whose readings is a pattern cue, resp. a post
    (the cues with each clitic glued, kept if strip_clitics reads them so), worked out once:
    a sentence's cues are then two look-ups per token in small sets."""
    def spellings(cues):
        return frozenset(w for w in words_read_as(cues)
                         if not cues.isdisjoint(s for _, s in strip_clitics.__wrapped__(w)))
    return spellings(_pattern_cues()), spellings(_post_cues())


def cue_positions(tokens, norms=None) -> tuple:
    """``(pattern_cues, post_cues)``: indexes of the tokens one of whose readings is a cue.

    ``norms``: the tokens' normalised forms, when at hand.
    """
    if norms is None:
        norms = [t.norm for t in tokens]
    pattern, post = _cue_spellings()
    return (list(compress(range(len(norms)), map(pattern.__contains__, norms))),
            list(compress(range(len(norms)), map(post.__contains__, norms))))


@lru_cache(maxsize=1)
def _cue_words():
    """Words that introduce a name (place and organisation heads, titles, posts)."""
    return frozenset(PLACE_HEADS) | ORG_HEADS | PERSON_TITLES | POST_HEADS | FACILITY_HEADS
NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
_TITLES_OR_STOPWORDS = PERSON_TITLES | STOPWORDS


def definite(tok) -> bool:
    """Starts with the article ال as written (ألقت, normalised to القت, does not)."""
    return tok.text.lstrip("\u0640").startswith("\u0627\u0644") and len(tok.norm) > 3


def is_name_word(tok, allow_common=False) -> bool:
    n = tok.norm
    if not _ARABIC_WORD.match(n) or len(n) < 2:
        return False
    if n == "علي" and re.sub("[\u064b-\u0652]", "", tok.text).endswith("\u064a"):
        return True   # the name Ali, not the preposition على (normalised alike)
    if n in STOPWORDS or n in PERSON_TITLES or n in POST_HEADS or n in ORG_HEADS or n in DIRECTIONS:
        return False   # (a direction word never ends a name: "X شمال، ...")
    if not allow_common and n in common_words():
        return False
    if any(stem in _cue_words() or stem in DIRECTIONS for _, stem in strip_clitics(n)[1:]):
        return False   # بمحافظة، وقوات، بوسط: a cue or direction word with a clitic ends a name
    return True


_PREP_ARTICLE = "لل"     # (not بال: بلدة بالما is Palma)
# first words of compound place names, after which a common word is still the name:
# قرية عين الماء، بلدة كفر نبل، مخيم تل الزعتر، قرية دير البلح، بلدة بيت سالم
PLACE_NAME_PREFIXES = frozenset(norm(w) for w in "بيت كفر عين تل دير خان بني رأس بئر مرج قلعة جسر".split())


def _name_after_head(tokens, i, blocked, first_may_be_common) -> int:
    """End (exclusive) of the name after a head word at ``i``: at most two name words,
    ending after a definite one, before a direction word or a word joined by و. The
    first word may be a common one when ``first_may_be_common(tokens, i + 1)``."""
    nt = len(tokens)
    k = i + 1
    if k < nt and tokens[k].norm.startswith(_PREP_ARTICLE) and len(tokens[k].norm) > 4:
        return k    # "مخيم للنازحين": a preposition, no name after the head
    while k < nt and k - i <= 2 and k not in blocked and tokens[k].norm not in DIRECTIONS \
            and not (k > i + 1 and tokens[k].norm.startswith("و")) \
            and not is_accusative_noun(tokens[k].norm) and not _prepositional(tokens[k].norm) \
            and is_name_word(tokens[k], allow_common=(k == i + 1 and first_may_be_common(tokens, k)) or (
                k == i + 2 and tokens[k - 1].norm in PLACE_NAME_PREFIXES)):
        k += 1
        if definite(tokens[k - 1]):
            break
    return k


# titles of the people facilities are named after: مستشفى الملك فهد، متنزه الشيخ زايد
NAMESAKE_TITLES = frozenset(norm(w) for w in "الملك الشيخ الأمير الرئيس الإمام السلطان".split())


def _namesake_end(tokens, k, blocked):
    """End of "title + name" at k naming a place after a person (مستشفى الملك فهد، حي الشيخ
    مقصود، مدينة الملك عبدالله), or None."""
    nt = len(tokens)
    if not (k + 1 < nt and k not in blocked and tokens[k].norm in NAMESAKE_TITLES and k + 1 not in blocked):
        return None
    e = k + 1
    while e < nt and e not in blocked and e - k <= 3 and is_name_word(tokens[e], allow_common=True) \
            and (e == k + 1 or tokens[e - 1].norm in _SON_OF or tokens[e].norm in _SON_OF) \
            and not (tokens[e].norm[:1] in "بل" and tokens[e].norm not in given_names()
                     and tokens[e].norm not in _SON_OF):
        e += 1     # الملك فهد، الأمير سلطان بن عبدالعزيز (not "بحائل")
    return e if e > k + 1 and tokens[e - 1].norm not in _SON_OF else None


def _facility_name_end(tokens, i, blocked) -> int:
    """End of the name after a facility head at i: a person with a title (مطار الملك خالد،
    متنزه الشيخ زايد), a definite name (مطار المزة), or one rare word that no name list
    holds (سجن عوفر), inside parentheses too (سجن (عوفر))."""
    nt = len(tokens)
    k = i + 1
    e = _namesake_end(tokens, k, blocked)
    if e:
        return e
    if k < nt and (_adjective_after_head(tokens[k]) or _nisba_after_head(tokens[k])):
        return i + 1          # "قاعدة محصنة"، "مستشفى ميداني": an adjective, no name
    end = _name_after_head(tokens, i, blocked, lambda toks, j: definite(toks[j]))
    if end > i + 1 and (definite(tokens[end - 1])
                        or strip_clitics(tokens[i].norm)[-1][1] not in _NAMED_DEFINITE_ONLY):
        return end
    if k < nt and k not in blocked and tokens[k].norm in given_names() and tokens[k].norm not in common_words():
        e = person_name_after(tokens, k, blocked, max_len=3)
        if e > k + 1:
            return e          # شارع عمر المختار، مطار سامر حداد: named after a person
    if k + 2 < nt and tokens[k + 2].text == _BRACKETS.get(tokens[k].text):
        k += 1
        if k not in blocked and is_name_word(tokens[k]) and not definite(tokens[k]):
            return k + 2      # سجن (عوفر)، سجن «عوفر»: the name in parentheses or quotes
    if k < nt and k not in blocked and _rare_name(tokens[k]) and (
            k + 1 >= nt or not is_name_word(tokens[k + 1]) or tokens[k + 1].norm in FACILITY_ADJECTIVES) \
            and strip_clitics(tokens[i].norm)[-1][1] not in _NAMED_DEFINITE_ONLY:
        return k + 1
    return i + 1


# facility heads whose one indefinite word after them is an adjective, not a name (شارع مكتظ:
# a street's name has the article or is a person's: شارع الرشيد، شارع عمر المختار)
_NAMED_DEFINITE_ONLY = frozenset(norm(w) for w in "شارع".split())


_BRACKETS = {"(": ")", "«": "»", '"': '"', "“": "”"}


def _rare_name(tok) -> bool:
    n = tok.norm
    return is_name_word(tok) and not definite(tok) and not is_plain_word(n, 3.5) \
        and n not in given_names() and not any(c and (st in common_words() or st in DIRECTIONS)
                                               for c, st in strip_clitics(n))


def _listed_places(tokens, i, blocked, text, subtype):
    """Names listed after a plural place head at i, the first bare, the next ones after و
    (a name the knowledge base knows is skipped over, it is found already): at least two."""
    nt = len(tokens)
    out, k, n = [], i + 1, 0
    while k < nt and n < 8:
        clitic = "" if n == 0 else "و"
        if n and not tokens[k].norm.startswith("و"):
            break
        if k in blocked:
            while k in blocked:
                k += 1
            n += 1
            continue
        stem = tokens[k].norm[len(clitic):]
        if stem in PLACE_NAME_PREFIXES and k + 1 < nt and k + 1 not in blocked \
                and _ARABIC_WORD.match(tokens[k + 1].norm) and tokens[k + 1].norm not in STOPWORDS \
                and not tokens[k + 1].norm.startswith("و"):
            # a compound name (بلدات بيت أمر وسعير، قرى كفر نبل وحاس): its first word is a word too
            out.append(make_mention(tokens, k, k + 2, "Place", subtype, clitic=clitic, text=text))
            k, n = k + 2, n + 1
            continue
        if len(stem) < 3 or stem in STOPWORDS or stem in common_words() or stem in DIRECTIONS \
                or not _ARABIC_WORD.match(stem) or is_suffixed_common(stem):
            break     # (مخيمات لبنان وأكثرها: a pronoun suffix, no name)
        end = k + 1
        if end < nt and end not in blocked and definite(tokens[end]) and tokens[end].norm not in STOPWORDS \
                and is_name_word(tokens[end]):
            end += 1     # ميس الجبل
        out.append(make_mention(tokens, k, end, "Place", subtype, clitic=clitic, text=text))
        k, n = end, n + 1
    return out if n >= 2 and out else []


_LIST_JOINERS = frozenset(["،", ",", "و"])


def _quoted_places(tokens, i, blocked, text, subtype, plural):
    """Names in quotes right after a place head at i: قرية «X»، تلة "X"; after a plural head
    the next quoted names joined by و or a comma too (قرى "X"، و"Y")."""
    out, q = [], i + 1
    while q < len(tokens) and tokens[q].text in _BRACKETS:
        k = _quoted_name_end(tokens, q, blocked)
        if k is None:
            break
        out.append(make_mention(tokens, q + 1, k, "Place", subtype, text=text))
        if not plural:
            break
        q = k + 1
        while q < len(tokens) and tokens[q].text in _LIST_JOINERS:
            q += 1
    return out


def _known_place(tokens, i, j) -> bool:
    """Are tokens[i:j] the name of a town GeoNames knows (kg/ner/data/place_names.txt)?"""
    return " ".join(t.norm for t in tokens[i:j]) in place_names()


def _adjective_after_head(tok) -> bool:
    """An indefinite feminine or plural word (or a verb: أصبحت) common in general text, no
    known town, right after a place head: an adjective, a noun or a verb (منطقة قريبة،
    منطقة عازلة، قضاء إجازات، منطقة أصبحت خالية)."""
    n = tok.norm
    return not definite(tok) and n.endswith(("ه", "ت")) and is_plain_word(n, 3.3) \
        and n not in place_names()


def _nisba_after_head(tok) -> bool:
    """An indefinite nisba adjective common in general text, in any case (ميداني، ميدانيا،
    عسكري، جوي), no known town: "مستشفى ميداني" is a field hospital, not one named ميداني;
    "جسر جوي" an airlift."""
    n = tok.norm
    return not definite(tok) and n.endswith(("ي", "يا")) and word_zipf(n) >= (3.0 if len(n) > 4 else 4.0) \
        and len(n) > 2 and n not in place_names() and n not in given_names()


def _feminine_nisba_after_head(tok) -> bool:
    """An indefinite feminine nisba adjective right after a place head: "منطقة صحراوية" is a
    desert area, "منطقة حدودية" a border area (a town written so is rarer in general text:
    كفرية، حمورية)."""
    n = tok.norm
    return not definite(tok) and n.endswith("يه") and len(n) > 4 and word_zipf(n) >= _FEMININE_NISBA_ZIPF \
        and n not in place_names() and n not in given_names()


_FEMININE_NISBA_ZIPF = 3.0


def _token_end(tokens, pos):
    """Index of the first token starting at or after character ``pos``."""
    return next((k for k, t in enumerate(tokens) if t.start >= pos), len(tokens))


NEIGHBOURHOOD_HEADS = frozenset(norm(w) for w in "حي وحي بحي".split())
# participles that describe a place after its name (بلدة X الخاضعة لسيطرة ...، قرية X الواقعة ...)
PLACE_PARTICIPLES = frozenset(norm(w) for w in (
    "الخاضعة الخاضع الواقعة الواقع التابعة التابع المحاذية المحاذي المجاورة المجاور القريبة القريب "
    "المحاصرة المحاصر المحررة المحرر الحدودية الحدودي الساحلية الساحلي").split())
# words after a place head that say what kind of area or period it is, not which place:
# منطقة النزاع، منطقة العمليات، منطقة اليورو، ولاية الفقيه، ولاية الرئيس (a term of office)،
# ولاية العهد (being crown prince)، قضاء العيد (spending the holiday)
NOT_PLACE_NAMES = frozenset(norm(w) for w in (
    "النزاع الصراع الحرب القتال المعارك الاشتباكات الاشتباك المواجهات العمليات التماس الحظر "
    "النفوذ السيطرة الانتشار الخطر الأمان القصف الهجوم الهجمات التفجير الانفجار الحادث الحادثة "
    "الجريمة الاستهداف اليورو الشنغن الدولار الفقيه الرئيس الحكومة الحكم العهد العيد الوقت "
    "الإجازة العطلة الحاجة الليل الليلة اليوم الصيف الشتاء الأولى الثانية الثالثة جديدة ثانية "
    "ثالثة رابعة أخرى آخر").split())


def _place_name_alone(tokens, k) -> bool:
    """May a common word after a place head be the place's name (بلدة جلب، حي الزيتون)?

    Only when it is definite or nothing that could continue a clause follows it:
    "منطقة تشهد وجودا" is a region that witnesses, not a place called تشهد.
    """
    if definite(tokens[k]):
        return True
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    if k > 0 and tokens[k - 1].norm in NEIGHBOURHOOD_HEADS and definite(nxt) and nxt.norm not in STOPWORDS:
        return True     # "حي طريق السد"، "حي باب التبانة": a neighbourhood named by a construct
    return (not nxt.norm.isalnum() or nxt.norm in STOPWORDS or nxt.norm in DIRECTIONS
            or any(c and stem in _cue_words() for c, stem in strip_clitics(nxt.norm)))


def is_title_adjective(tokens, j) -> bool:
    """القيادي المحلي X: a definite nisba or a listed adjective between a title and a name.

    A nisba before بن is the first name: "العقيد الهادي بن سالم" (الهادي، المهدي).
    An indefinite one in the accusative (أجنبيا، محليا) is always an adjective.
    """
    tok = tokens[j]
    n = tok.norm
    if n in TITLE_ADJECTIVES:
        return True
    if n.endswith("يا") and len(n) > 4 and not definite(tok) and j > 0 and not definite(tokens[j - 1]):
        return True     # "قياديا أجنبيا في التنظيم": an accusative nisba adjective (الشيخ زكريا: a name)
    return (definite(tok) and (n.endswith("ي") or n.endswith("يه")) and len(n) > 4
            and not (j + 1 < len(tokens) and tokens[j + 1].norm in _SON_OF))


# titles without the article: "a leader", a description that a name need not follow
INDEFINITE_TITLES = frozenset(norm(w) for w in "قيادي قياديا".split())


def _nisbas_after(tokens, j) -> int:
    """How many indefinite nisba adjectives (داعشي، ميداني) no name lexicon knows start at j."""
    k = j
    while k < len(tokens) and not definite(tokens[k]) and tokens[k].norm.endswith("ي") \
            and len(tokens[k].norm) > 3 and tokens[k].norm not in name_words() \
            and _ARABIC_WORD.match(tokens[k].norm):
        k += 1
    return k - j


def make_mention(tokens, i, j, type_, subtype=None, source="pattern", clitic="", kb_id=None,
                 text=None, score=1.0, title=None):
    """A mention over tokens[i:j], without the clitic on the first token."""
    first = tokens[i]
    # the article stays in the name: والحكومة الصومالية -> الحكومة الصومالية (للجيش: the
    # whole word, no clitic-free part of it exists)
    n = len(clitic) - 2 if clitic.endswith(("لل", "ال")) else len(clitic)
    start = first.start + original_prefix_length(first.text, n)
    end = tokens[j - 1].end
    return Mention(start=start, end=end, text=text[start:end] if text is not None else "",
                   type=type_, subtype=subtype, source=source, kb_id=kb_id, score=score,
                   title=title)


def _bare(tok):
    """The word without a definite article (الجيش -> جيش)."""
    n = tok.norm
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


def _conjunct(word) -> bool:
    """Is the word و + a common word or a given name (وشارك، والفكر، وأحمد), not a name
    that starts with و (وضاح)?"""
    stem = word[1:]
    return len(stem) > 1 and (stem in common_words() or stem in given_names() or is_plain_word(stem)
                              or (stem.startswith("ال") and len(stem) > 3))


def _wa_name(w) -> bool:
    """A name word that starts with و whose rest is no name (ويلسون، والش، واتسون): a family
    name after a given one, no conjunction (وأحمد، وعلي are و + a name)."""
    return w in all_name_words() and w[1:] not in all_name_words() and w[1:] not in common_words()


# titles that are also family names: the last word of a name when no name word follows
FAMILY_TITLES = frozenset(norm(w) for w in "الشيخ الحاج الإمام القاضي السيد".split())


def person_name_after(tokens, j, blocked, max_len=4):
    """End index of a personal name starting at tokens[j], or j when there is none."""
    k = j
    while k < len(tokens) and k - j < max_len and k not in blocked:
        tok = tokens[k]
        first = k == j
        nxt_punct = k + 1 >= len(tokens) or not tokens[k + 1].norm.isalnum()
        allow_common = (first and k + 1 < len(tokens) and is_name_word(tokens[k + 1])) or (
            not first and nxt_punct and tok.norm not in STOPWORDS) or (
            not first and tokens[k - 1].norm in _SON_OF and tok.norm not in STOPWORDS) or (   # بن عامي
            k - j >= 2 and tokens[k - 2].norm in _CHAIN_LINKERS and definite(tok)
            and tok.norm in family_names())    # عادل بن ناصر الشهري: a listed family name
        if not first and tok.norm in FAMILY_TITLES and k > j and (
                k + 1 >= len(tokens) or not is_name_word(tokens[k + 1])):
            k += 1
            break  # "العقيد سامر الشيخ الذي": a title word as the last, family name
        if not first and participle_with_complement(tokens, k):
            break   # "القيادي سامر خليل المنتمي إلى التنظيم": a participle and its complement
        if k == j + 1 and _family_name_before_clause(tokens, k):
            k += 1
            break   # "العميد عثمان الأمين إن ..."، "اللواء منصور التركي، ...": a family name
            #         that is also a word, after a given name and before the clause ends
        if not (not first and (tokens[k - 1].norm == _ABD and definite(tok) or tok.norm in _COMPOUND_ENDS)) \
                and not is_name_word(tok, allow_common=allow_common):
            break   # after عبد a title is the name's second half: عبد الأمير، عبد الملك; a
            #         compound's second half is no common word there (نور الحق)
        if tok.norm.startswith("و") and tok.norm not in given_names() and (not first or _conjunct(tok.norm)) \
                and not (not first and _wa_name(tok.norm)):
            break  # "X وY": coordination; a name does not start with a conjunction either (الإرهابي وشارك)
        if tok.norm in ORG_NAME_STOPS:
            break  # التابع، المرتبط: a body's attribute, no name
        if is_suffixed_noun(tok):
            break  # "أعلن القيادي سامر خليل انضمامه"، "عن أبو عادل قوله": a noun with a pronoun suffix
        if first and is_accusative_noun(tok.norm):
            break  # "ووزير الدفاع الأمريكي اجتماعا موسعا": a noun in the accusative, no name
        if first and tok.norm.startswith("لل") and len(tok.norm) > 4:
            break  # "رئيس المكتب السياسي للحركة X": the body's owner, no name
        if not first and not definite(tok) and is_plain_word(tok.norm) and tokens[k - 1].norm not in _SON_OF:
            break  # "الملا سامر غادر"، "سامر منصور زعيما": a verb or a noun ends the name
        if not first and (tok.norm in PLACE_HEADS or any(
                c and c[-1] in "بل" and (stem in common_words() or stem in PLACE_HEADS
                                         or (is_plain_word(stem, _PREPOSED_PLAIN_ZIPF)
                                             and tok.norm not in all_name_words()))
                for c, stem in strip_clitics(tok.norm))):
            break  # "X مدينة العريش"، "X بغارة"، "X بدم بارد": a place head or a common word
            #        with a preposition (بدر، بسام: names)
        if first and any(
                (c[-1:] == "ب" and len(stem) > 3 or c == "وال" and len(stem) > 2) and stem in common_words()
                or c[-1:] == "ب" and is_plain_word(stem, _PREPOSED_PLAIN_ZIPF) and tok.norm not in all_name_words()
                for c, stem in strip_clitics(tok.norm)):
            break  # "قياديا في حماس بضربة بطائرة"، "أبو X بدم بارد": the means; "لجنة الأمن
            #        والدفاع": a conjunct
        k += 1
        if not first and tok.norm in _CHAIN_LINKERS:
            max_len += 1    # "فيصل بن خالد بن عبدالعزيز"، "X بن Y آل Z": a linker is no name word
        prev = tokens[k - 2].norm if k - 2 >= j else ""
        if not first and prev in _CHAIN_LINKERS and tok.norm not in (_ABD, "ابو", "ابي") \
                and (k >= len(tokens) or tokens[k].norm not in _CHAIN_LINKERS
                     and not (definite(tokens[k]) and (is_name_word(tokens[k]) or tokens[k].norm in family_names()))):
            break  # "فيصل بن سلمان بن عبدالعزيز الوفد": one name after each linker, then the
            #        end or a family name (المهدي بن علي الزغبي)
        if not first and tok.norm in _COMPOUND_ENDS and prev not in NAME_LINKERS:
            max_len = min(max_len, k - j + 1)   # فريد الله عزيزي: one family name after it
        elif not first and definite(tok) and prev not in NAME_LINKERS:
            break  # a family name with the article ends the name (بلال حسن الجاسم)
    while k - j > 1 and tokens[k - 1].norm in _DANGLING_LINKERS:
        k -= 1      # a name never ends with بن، آل، أبو or عبد (cut by the length or a block)
    return k


# what may follow a whole name at the end of its clause: a comma or a full stop, "إن/أن" after
# a speech verb, قوله (قال العميد X الأمين إن، نقل عن اللواء X التركي قوله)
_CLAUSE_AFTER_NAME = frozenset(norm(w) for w in "إن أن بأن قوله".split()) | frozenset("،,.:؛")


def _family_name_before_clause(tokens, k) -> bool:
    """Is tokens[k], right after a plain given name, a listed family name with the article
    (الأمين، التركي، المصري: words too) that ends the name where the clause ends?"""
    tok = tokens[k]
    return definite(tok) and tok.norm in family_names() and tok.norm not in STOPWORDS \
        and _plain_given_name(tokens[k - 1].norm) \
        and (k + 1 >= len(tokens) or tokens[k + 1].norm in _CLAUSE_AFTER_NAME
             or tokens[k + 1].text in _CLAUSE_AFTER_NAME)


# a word this common in general text, after a preposition glued to it, is no name word (بتهمة،
# بحزن; the names of the lists are kept: بسام، بلال; foreign ones are rarer: بوتين، بلينكن)
_PREPOSED_PLAIN_ZIPF = 4.0


# the words that link a chained name's parts (بن، ابن، آل); the words that cannot end one
_CHAIN_LINKERS = frozenset(["بن", "ابن", "ال"])
_DANGLING_LINKERS = frozenset(["بن", "ابن", "ال", "ابو", "ابي", "عبد", "بنت"])


# heads that are also ordinary nouns (movement, strength, device, organising, driving), with
# the complements that make them one: حركة المرور، قوة الدولار، جهاز الكمبيوتر، تنظيم الفعاليات،
# قيادة السيارة (not حركة حماس، قوة القدس، جهاز الأمن، تنظيم الدولة، قيادة العمليات)
ORDINARY_COMPLEMENTS = {norm(head): frozenset(norm(w) for w in words.split()) for head, words in {
    "حركة": "المرور السير النقل الملاحة الطيران الرياح البيانات البناء السياحة الشفاه التمرد التجارة "
            "الأسواق الأسهم التداول النزوح الهجرة الاحتجاج الاحتجاجات البيع الشراء الأسعار السفر "
            "العمران الاستيراد التصدير السوق المسافرين الحجاج الزوار السيارات الشاحنات السفن",
    "قوة": "الدولار الريال اليورو العملة الاقتصاد الحضور الدفع الإرادة الانفجار الضربة النيران "
           "الرياح الزلزال الجيش الموقف الطلب",
    "جهاز": "الكمبيوتر الحاسوب الحاسب الجوال الهاتف التلفاز التلفزيون الحفر التكييف الهضمي "
            "التنفسي المناعي العصبي الدوري البولي الاستقبال الإرسال التحكم",
    "تنظيم": "الكهرباء الفعاليات الفعالية الشوارع المرور السير الحفل الحفلات الأسرة النسل المؤتمر "
             "العمل المنطقة حي الأسواق الدخول الزحام الحشود الوقت المسابقات البطولة "
             "التظاهرات التظاهرة المظاهرات المظاهرة الاحتجاجات الاعتصامات المسيرات الرحلات الحملة",
    "قيادة": "السيارة السيارات الدراجات الدراجة المركبات المركبة الشاحنات الشاحنة الطائرة",
    # unity (وحدة الصف، وحدة الوطن), not a unit (وحدة الصواريخ، وحدة المهام الخاصة)
    "وحدة": "الصف الصفوف الوطن الأوطان الكلمة الموقف الأراضي التراب الشعب الشعوب الأمة البلاد "
            "المسلمين العرب الكويتيين العراقيين السوريين اليمنيين الليبيين الفلسطينيين اللبنانيين "
            "المصير الهدف",
}.items()}
# an indefinite head and an indefinite adjective describe a body, they do not name one:
# لجنة دائمة لمكافحة الإرهاب، لجنة طبية، هيئة جديدة
_INDEFINITE_BODY_HEADS = frozenset(norm(w) for w in "لجنة هيئة مجلس خلية وحدة قوة فرقة مجموعة".split())


def _ordinary_complement(head, tokens, j, k) -> bool:
    """Do tokens[j:k] after an organisation head make the head an ordinary noun (حركة المرور)
    or a description (لجنة دائمة)?"""
    if tokens[j].norm in ORDINARY_COMPLEMENTS.get(head, ()):
        return True
    # (an indefinite noun in a construct is a name: لجنة مراقبة وقف إطلاق النار)
    return head in _INDEFINITE_BODY_HEADS and not definite(tokens[j]) and _adjective_after_head(tokens[j]) \
        and (j + 1 >= k or tokens[j + 1].norm.startswith("ل"))


# heads that always introduce a proper name, even one made of common words
# (كتائب سيد الشهداء، جهاز دعم الاستقرار، تحالف دول الساحل)
NAMING_ORG_HEADS = frozenset(norm(w) for w in "كتائب سرايا ألوية جهاز تحالف فيلق لواء".split())
# heads whose name may be one indefinite word (فيلق بدر، لواء زينبيون، كتيبة الفرقان)
SINGLE_NAME_ORG_HEADS = NAMING_ORG_HEADS - {norm("جهاز"), norm("تحالف")} | {norm("لواء"), norm("بلدية")}
# heads whose name is a construct chain of common words ending in a definite one
# (لجنة مراقبة وقف إطلاق النار، خلية إدارة الأزمة، رئاسة أمن الدولة، إدارة مكافحة الإرهاب)
CHAIN_ORG_HEADS = frozenset(norm(w) for w in "لجنة خلية رئاسة مديرية إدارة جهاز قيادة".split())
# media named by a foreign word: وكالة دوغان للأنباء، وكالة سبوتنيك
MEDIA_HEADS = frozenset(norm(w) for w in "وكالة صحيفة قناة إذاعة".split())
_OF_NEWS = frozenset(norm(w) for w in "للأنباء للانباء".split())
# a definite force named by its kind: القوة الجوية العراقية، القوة المشتركة متعددة الجنسيات
FORCE_HEAD = norm("القوة")
_PRESIDENCY = norm("رئاسة")     # "برئاسة X" is "headed by X", no body's name
_HEADED_BY = frozenset([_PRESIDENCY, norm("قيادة")])   # برئاسة X، بقيادة X
# a person's post never starts a body's construct chain ("رئاسة عضو المكتب")
_CHAIN_STOPS = frozenset(POST_HEADS | {norm(w) for w in "عضو أعضاء مسؤول ممثل".split()})
FORCE_KINDS = frozenset(norm(w) for w in "الجوية البحرية المشتركة البرية".split())
_MULTI = (norm("متعددة"), norm("الجنسيات"))


def _force_name_end(tokens, i, blocked, kb):
    """End of "القوة الجوية [العراقية]" / "القوة المشتركة متعددة الجنسيات" starting at i, or None."""
    nt = len(tokens)
    if i + 1 >= nt or i + 1 in blocked or tokens[i + 1].norm not in FORCE_KINDS:
        return None
    k = i + 2
    while k < nt and k not in blocked and k - i < 5:
        n = tokens[k].norm
        if n == _MULTI[0] and k + 1 < nt and tokens[k + 1].norm == _MULTI[1]:
            k += 2
        elif definite(tokens[k]) and (kb.demonym(n) or n in FORCE_KINDS):
            k += 1
        else:
            break
    return k


# armed units often named after a historical figure: كتيبة X بن Y، لواء X بن Y
UNITS_NAMED_AFTER_PEOPLE = frozenset(norm(w) for w in "كتيبة كتائب لواء ألوية سرايا سرية فيلق".split())
_MARTYRS = norm("شهداء")


FACILITY_ADJECTIVES = frozenset(norm(w) for w in "الدولي الدولية العسكري العسكرية المركزي المركزية".split())
DISTRICT = norm("مديرية")
_ZONE, _MILITARY = norm("المنطقة"), norm("العسكرية")
GENERAL_BODIES = frozenset(norm(w) for w in "القيادة الأمانة الهيئة الإدارة المديرية الرئاسة".split())
_COMMAND = norm("القيادة")
NUMBERED_UNITS = frozenset(norm(w) for w in "اللواء لواء الفرقة فرقة الكتيبة كتيبة الفوج فوج "
                           "الجيش جيش الفيلق فيلق".split())
# a unit named by its rank (اللواء الأول، الفرقة الرابعة) and its arm after it (مشاة)
ORDINALS = frozenset(norm(w) for w in (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي "
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة").split())
UNIT_KINDS = frozenset(norm(w) for w in ("مشاة مدرع مدرعة مدرعات ميكانيكي ميكانيكية مغاوير حرس "
                                          "المشاة المدرع المدرعة المدرعات الميكانيكي الميكانيكية "
                                          "المغاوير الميداني").split())   # (الجيش الثاني الميداني)
COMPASS = frozenset(norm(w) for w in "شمال جنوب شرق غرب وسط".split())
_ACTING = frozenset(norm(w) for w in "بالوكالة وبالوكالة بالإنابة بالنيابة".split())
_GENERAL = frozenset(norm(w) for w in "العام العامة".split())
_YEAR_QUALIFIERS = frozenset(norm(w) for w in "الماضي الجاري الحالي المقبل المنصرم الفائت القادم".split())


def _district_name(tokens, k, blocked) -> bool:
    """Is tokens[k] the lone name of a district (مديرية برمل), not a directorate's (مديرية الأمن
    العام، مديرية شرطة كركوك)?"""
    if k >= len(tokens) or k in blocked or not is_name_word(tokens[k]):
        return False
    n = tokens[k].norm
    if definite(tokens[k]) and n not in place_names():
        return False    # مديرية الأمن، مديرية الأسايش (مديرية المنصورة: a known town's name)
    if any(c and len(st) > 2 and st in common_words() for c, st in strip_clitics(n)[1:]):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or k + 1 in blocked or nxt.norm.startswith(_PREPOSITION_ARTICLE) \
        or not (definite(nxt) or is_name_word(nxt)) \
        or nxt.norm in PLACE_PARTICIPLES or _conjunct(nxt.norm)
    # (مديرية صرواح بالصواريخ: a preposition; مديرية X التابعة لمحافظة Y: a participle; مديرية X
    # ومناطق أخرى: a conjunct common word)


#: first words of districts' compound names: مديرية دار سعد، مديرية ذي ناعم، مديرية بني حشيش
DISTRICT_NAME_STARTS = frozenset(norm(w) for w in "دار ذي ذو بني بيت".split())


def district_name_end(tokens, k, blocked):
    """End of a district's name starting at tokens[k], after مديرية: one word (مديرية برمل) or
    a compound of a listed first word and a name word (مديرية دار سعد، مديرية ذي ناعم)."""
    if k + 1 < len(tokens) and tokens[k].norm in DISTRICT_NAME_STARTS and k not in blocked \
            and _district_name(tokens, k + 1, blocked) is True and not definite(tokens[k + 1]):
        return k + 2
    return k + 1 if _district_name(tokens, k, blocked) else None


_PREPOSITION_ARTICLE = ("بال", "كال", "لل", "وبال", "وكال", "ولل")


def _quoted_name_end(tokens, q, blocked, max_len=4):
    """End of a name of one to ``max_len`` Arabic words inside the quotes opening at
    tokens[q] (tokens[q + 1:end]; tokens[end] is the closing quote), or None.

    تنظيم "جند الخلافة": the name is جند الخلافة.
    """
    if q >= len(tokens) or tokens[q].text not in _QUOTES:
        return None
    close = _QUOTES[tokens[q].text]
    k = q + 1
    while k < len(tokens) and k - q <= max_len + 1:
        if tokens[k].text == close:
            return k if k > q + 1 else None
        if k in blocked or not _ARABIC_WORD.match(tokens[k].norm):
            return None
        k += 1
    return None


def _imperfect_verb(w) -> bool:
    """An imperfect verb whose stem is common (تتولى، يقوم): "لجنة تتولى تنظيم X" is a committee
    that organises X, no committee named so."""
    return w[:1] in "يت" and len(w) > 3 and w not in all_name_words() and word_zipf(w[1:]) >= 3.5 \
        and word_zipf(w) >= 3.0


# what a group is said to have done, object of the verb after its name (تبنى تنظيم X الهجوم،
# نفذت جماعة X العملية، أعلنت نقابة X الإضراب): never a further word of the name after a
# definite one
ACT_NOUNS = frozenset(norm(w) for w in (
    "الهجوم الهجمات التفجير التفجيرات الانفجار العملية العمليات المسؤولية الاعتداء الاعتداءات "
    "الضربة الضربات الغارة الغارات القصف الاغتيال الكمين التفجيرين الهجومين "
    "الإضراب الاتفاق القرار البيان الانسحاب الاحتجاجات التظاهرات المظاهرات المفاوضات").split())


def _org_continuation(tokens, j, blocked, max_len=3, kb=None, head=None, definite_head=False):
    """End index of an organisation name's continuation after its head at j-1.
    ``definite_head``: the head has the article (والحركة الشعبية): adjectives only follow it."""
    k = j
    while k < len(tokens) and k - j < max_len and k not in blocked:
        n = tokens[k].norm
        if definite_head and not definite(tokens[k]):
            break
        if k == j and _preposition_and_word(n):
            break   # "بلدية بمخطط الشفاء": a preposition, no name
        if n in _GENERAL and k > j and definite(tokens[k - 1]) and not (
                k + 1 < len(tokens) and tokens[k + 1].norm in _YEAR_QUALIFIERS):
            k += 1       # "مديرية الأمن العام": the adjective, not the year (العام الماضي)
            break
        if not _ARABIC_WORD.match(n) or n in STOPWORDS or n in PERSON_TITLES:
            break
        if n in ORG_NAME_STOPS:
            break    # "وحدة الهندسة التابعة للجيش": the name ends before التابعة
        if definite(tokens[k]):
            if k > j and n in ACT_NOUNS:
                break   # "تبنى تنظيم الفرسان الهجوم": what the group did, after its name
            k += 1
            if kb is not None and kb.demonym(n):
                break   # وزارة الداخلية السورية: a demonym ends the name
            if n in GENERIC_ACTORS:
                # "قصف جيش النظام الأحياء": a generic actor's word ends the name (its adjectives
                # and demonym may follow: جيش النظام السوري)
                while k < len(tokens) and k - j < max_len and k not in blocked and (
                        tokens[k].norm in GENERIC_ADJECTIVES or (kb is not None and kb.demonym(tokens[k].norm))):
                    k += 1
                break
            continue
        if k == j and head in CHAIN_ORG_HEADS:
            m = k
            while m < len(tokens) and m - k < 3 and m not in blocked and _ARABIC_WORD.match(
                    tokens[m].norm) and not definite(tokens[m]) and tokens[m].norm not in STOPWORDS \
                    and tokens[m].norm not in _CHAIN_STOPS and not _imperfect_verb(tokens[m].norm) \
                    and not (tokens[m].norm[:1] == "و" and tokens[m].norm not in common_words()):
                m += 1
            if m > k and m < len(tokens) and m not in blocked and definite(tokens[m]) \
                    and tokens[m].norm not in STOPWORDS and tokens[m].norm not in ORG_NAME_STOPS:
                return m + 1    # لجنة مراقبة وقف إطلاق النار
        if k == j and head in UNITS_NAMED_AFTER_PEOPLE and n == _MARTYRS and k + 1 < len(tokens) \
                and k + 1 not in blocked:
            # كتيبة شهداء أبو سليم، لواء شهداء بدر، كتائب شهداء الأقصى: named for its martyrs
            if tokens[k + 1].norm in KUNYA_HEADS and k + 2 < len(tokens) and k + 2 not in blocked:
                return k + 3
            if definite(tokens[k + 1]) or is_name_word(tokens[k + 1]):
                return k + 2
        if k == j and head in UNITS_NAMED_AFTER_PEOPLE and k + 2 < len(tokens) \
                and tokens[k + 1].norm in _SON_OF and k + 1 not in blocked and k + 2 not in blocked \
                and is_name_word(tokens[k], allow_common=True) \
                and is_name_word(tokens[k + 2], allow_common=True):
            return k + 3    # كتيبة عقبة بن نافع، لواء عمر بن الخطاب: named after a person
        if k == j and head in MEDIA_HEADS and k + 1 < len(tokens) and tokens[k + 1].norm in _OF_NEWS \
                and k + 1 not in blocked and is_name_word(tokens[k]):
            return k + 2    # وكالة دوغان للأنباء: a foreign name, then "for news"
        if k == j and (head in SINGLE_NAME_ORG_HEADS or (head in MEDIA_HEADS and not is_plain_word(n, 3.5))) \
                and n not in common_words() and n not in PLACE_HEADS \
                and not _preposition_and_word(n) \
                and not any(c and len(st) > 2 and st in common_words() for c, st in strip_clitics(n)[1:]) \
                and not (kb is not None and kb.demonym(n)) and (
                    k + 1 >= len(tokens) or k + 1 in blocked or not definite(tokens[k + 1])
                    or tokens[k + 1].norm in STOPWORDS):
            return k + 1    # فيلق بدر، لواء زينبيون (فيلق سيد الشهداء: the construct below)
        # an indefinite word continues the name only in a construct of uncommon words
        # (فتح الشام), and never after a definite word, which ends a construct
        if k == j and (k + 1 < len(tokens) and k + 1 not in blocked
                                 and definite(tokens[k + 1])
                                 and tokens[k + 1].norm not in STOPWORDS
                                 and tokens[k + 1].norm not in ORG_NAME_STOPS
                                 and (head in NAMING_ORG_HEADS and n[:1] not in "لب" or (
                                     n not in common_words()
                                     and tokens[k + 1].norm not in common_words()))):
            k += 2
            continue
        break
    return min(k, j + max_len)


def pattern_mentions(tokens, text, kb, blocked, persons=True, cue_at=None):
    """Mentions found by cue patterns over one sentence's tokens.

    With ``persons=False`` only organisations and places (the first pass, so
    that "القيادي في حركة X سامر ..." finds the person past the organisation).
    ``cue_at``: the indexes of the tokens carrying a cue word, when already known.
    """
    out = []
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
        readings = strip_clitics(tok.norm)
        done = False
        for clitic, stem in readings:
            if stem in ORG_HEADS or stem in PLACE_HEADS:
                bare = stem          # ألوية (normalised الويه) is a head, not ال + ويه
            else:
                bare = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
            # --- a state's forces: القوات الأمريكية، قوات أمريكية، الجيش الأميركي
            if bare in ("قوات", "جيش") and i + 1 < nt and i + 1 not in blocked:
                country = kb.force_demonym(tokens[i + 1].norm)
                if country:
                    forces = kb.forces_of(country) or f"{country}-forces"
                    m = make_mention(tokens, i, i + 2, "Organization", "ArmedForce", clitic=clitic,
                                     text=text, kb_id=forces)
                    out.append(m)
                    i += 2
                    done = True
                    break
            # --- a military region of an army: المنطقة العسكرية الشرقية، المنطقة العسكرية الأولى
            if stem == _ZONE and i + 2 < nt and tokens[i + 1].norm == _MILITARY and i + 1 not in blocked \
                    and i + 2 not in blocked and definite(tokens[i + 2]) and tokens[i + 2].norm not in STOPWORDS \
                    and not kb.demonym(tokens[i + 2].norm):
                out.append(make_mention(tokens, i, i + 3, "Organization", "ArmedForce", clitic=clitic,
                                        text=text))
                i += 3
                done = True
                break
            # --- a unit named by its number: اللواء 444 (قتال)، الفرقة 17، الجيش الثاني الميداني
            if stem in NUMBERED_UNITS and i + 1 < nt and i + 1 not in blocked and (
                    tokens[i + 1].norm.isdigit() or tokens[i + 1].norm in ORDINALS):
                k = i + 2
                if tokens[i + 1].norm in ORDINALS and k < nt and k not in blocked and tokens[k].norm in UNIT_KINDS:
                    k += 1   # اللواء الأول مشاة، الفرقة الثالثة مدرعات، الفرقة الرابعة المدرعة
                if i > 0 and tokens[i - 1].text in _QUOTES and k + 1 < nt and k not in blocked \
                        and tokens[k + 1].text == _QUOTES[tokens[i - 1].text] and _ARABIC_WORD.match(tokens[k].norm):
                    k += 1   # "اللواء 444 قتال": the name's last word inside its quotes
                out.append(make_mention(tokens, i, k, "Organization", "ArmedForce", clitic=clitic, text=text))
                i = k
                done = True
                break
            # --- a definite force named by its kind: القوة الجوية العراقية
            if stem == FORCE_HEAD:
                k = _force_name_end(tokens, i, blocked, kb)
                if k is not None:
                    out.append(make_mention(tokens, i, k, "Organization", "ArmedForce", clitic=clitic,
                                            text=text))
                    i = k
                    done = True
                    break
            # --- a district: مديرية برمل (a directorate's name is made of common words)
            if bare == DISTRICT and stem == bare:
                k = district_name_end(tokens, i + 1, blocked)
                if k is not None:
                    out.append(make_mention(tokens, i, k, "Place", "Region", clitic=clitic, text=text))
                    i = k
                    done = True
                    break
            # --- organisation head + quoted name: تنظيم "جند الخلافة"، وكالة «أعماق»، مجموعة «عرين الأسود»
            if (bare in ORG_HEADS or bare in QUOTED_ORG_HEADS) and stem == bare:
                k = _quoted_name_end(tokens, i + 1, blocked)
                if k is not None:
                    out.append(make_mention(tokens, i + 2, k, "Organization", ORG_HEAD_SUBTYPES.get(bare),
                                            text=text))
                    i = k + 1
                    done = True
                    break
            # --- organisation head + name: جبهة النصرة، وزارة الداخلية السورية
            if bare in ORG_HEADS and stem == bare and not (bare in _HEADED_BY and clitic.endswith("ب")):
                # a head with the article (والرئاسة) takes adjectives only, no construct chain
                k = _org_continuation(tokens, i + 1, blocked, kb=kb, head=bare,
                                      definite_head=clitic.endswith("ال"))
                if k > i + 1 and _ordinary_complement(bare, tokens, i + 1, k):
                    k = i + 1   # "حركة المرور"، "جهاز الكمبيوتر"، "لجنة طبية": no body's name
                if k > i + 1:
                    cont = tokens[i + 1:k]
                    if all(kb.demonym(t.norm) for t in cont) and bare in ("قوات", "جيش"):
                        break
                    if bare == "قوات" and k == i + 2 and kb.nominal(cont[0].norm):
                        break   # "قوات الجيش": the army's forces, the army named before
                    out.append(make_mention(tokens, i, k, "Organization", ORG_HEAD_SUBTYPES.get(bare),
                                            clitic=clitic, text=text))
                    i = k
                    done = True
                    break
            # --- place head + quoted names: قرية «X»، قرى "X"، و"Y"، تلة "X"
            if (bare in PLACE_HEADS or bare in PLURAL_PLACE_HEADS) and stem == bare:
                quoted = _quoted_places(tokens, i, blocked, text,
                                        PLACE_HEADS.get(bare) or PLURAL_PLACE_HEADS.get(bare),
                                        plural=bare in PLURAL_PLACE_HEADS)
                if quoted:
                    out.extend(quoted)
                    i = _token_end(tokens, quoted[-1].end) + 1
                    done = True
                    break
            # --- place head + name: مدينة سراقب، محافظة حمص
            if bare in PLACE_HEADS and i + 1 < nt and i + 1 not in blocked:
                k = _namesake_end(tokens, i + 1, blocked) or _name_after_head(tokens, i, blocked, _place_name_alone)
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
                if k > i + 1 and tokens[i + 1].norm in NOT_PLACE_NAMES and not (
                        _namesake_end(tokens, i + 1, blocked) and not kb.demonym(tokens[i + 2].norm)):
                    k = i + 1   # "منطقة النزاع"، "ولاية الرئيس": a kind of area or a term
                if k > i + 1 and bare in DUAL_PLACE_HEADS and k + 1 < nt and k not in blocked \
                        and tokens[k].norm.startswith("و") and len(tokens[k].norm) > 3:
                    # "منطقتي قنديل وهاكورك": two places after a dual head; the second of two
                    # words when a name word follows (مديريتي البريقة والشيخ عثمان، مخيمي اليرموك
                    # وخان الشيح)
                    e2 = k + 2 if k + 1 < nt and k + 1 not in blocked and is_name_word(tokens[k + 1]) \
                        and not kb.demonym(tokens[k + 1].norm) else k + 1
                    out.append(make_mention(tokens, i + 1, k, "Place", PLACE_HEADS[bare], text=text))
                    out.append(make_mention(tokens, k, e2, "Place", PLACE_HEADS[bare], clitic="و",
                                            text=text))
                    i = e2
                    done = True
                    break
                if k > i + 1:
                    # a region keeps its head in its name (ولاية بلخ، محافظة حمص); a town does not
                    keep_head = (PLACE_HEADS[bare] == "Region" and bare not in REGION_HEADS_DROPPED) \
                        or bare in ("حي", "مخيم")
                    out.append(make_mention(tokens, i if keep_head else i + 1, k, "Place",
                                            PLACE_HEADS[bare], text=text,
                                            clitic=clitic if keep_head else ""))
                    i = k
                    done = True
                    break
            # --- plural place head + a list of names: بلدات كفركلا والعديسة وميس الجبل
            if bare in PLURAL_PLACE_HEADS and stem == bare:
                listed = _listed_places(tokens, i, blocked, text, PLURAL_PLACE_HEADS[bare])
                if listed:
                    out.extend(listed)
                    i = _token_end(tokens, listed[-1].end)
                    done = True
                    break
            # --- facility or landmark head + name, the head kept: سجن غويران، مطار المزة، سد تشرين
            if bare in FACILITY_HEADS and stem == bare and not clitic.endswith(("ال", "لل")) \
                    and i + 1 < nt and i + 1 not in blocked:
                k = _facility_name_end(tokens, i, blocked)
                if k > i + 1 and k < nt and k not in blocked and tokens[k].norm in FACILITY_ADJECTIVES:
                    k += 1     # مطار رفيق الحريري الدولي، سجن صيدنايا العسكري
                if k > i + 1:
                    out.append(make_mention(tokens, i, k, "Place", None, text=text, clitic=clitic))
                    i = k
                    done = True
                    break
            if not persons:
                continue
            # --- kunya: أبو عمر سراقب
            if stem in KUNYA_HEADS and i + 1 < nt and i + 1 not in blocked and is_name_word(
                    tokens[i + 1], allow_common=True):
                k = person_name_after(tokens, i + 2, blocked, max_len=2) if i + 2 < nt else i + 2
                k = max(k, i + 2)
                if not clitic and given_name_before(tokens, i, blocked) and not (
                        out and out[-1].end > tokens[i - 1].start):
                    out.append(make_mention(tokens, i - 1, k, "Person", text=text))   # أحمد أبو X
                else:
                    out.append(make_mention(tokens, i, k, "Person", clitic=clitic, text=text))
                i = k
                done = True
                break
            # --- title + name: القيادي بلال حسن الجاسم، الأميرال براد كوبر
            if stem in PERSON_TITLES and stem not in SPOKES_HEADS:
                j = i + 1
                # a second title: الرئيس السوري، القائد العسكري
                while j < nt and j not in blocked and (tokens[j].norm in PERSON_TITLES
                                                        or kb.demonym(tokens[j].norm)
                                                        or is_title_adjective(tokens, j)):
                    j += 1
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
                while j < nt and tokens[j].text in ('"', "«", "“"):
                    j += 1
                if stem in INDEFINITE_TITLES and j < nt and j == i + 1 + _nisbas_after(tokens, i + 1) \
                        and j > i + 1 and tokens[j].norm not in name_words():
                    break   # "قيادي داعشي فر من السجن": a leader described, not named
                k = person_name_after(tokens, j, blocked)
                if k > j:
                    out.append(make_mention(tokens, j, k, "Person", text=text,
                                            title=text[tok.start:tokens[j - 1].end]))
                    i = k
                    done = True
                    break
        if done:
            continue
        i += 1
    return out


#: prepositions of a post's destination (سفير X لدى Y، مبعوث X إلى Y، ممثل X في Y), normalised
_DESTINATION_PREPS = frozenset(["لدي", "الي", "في"])
# the posts sent somewhere, whose destination may follow an adjective (المبعوث الأممي إلى ...)
_ENVOYS = ENVOY_POSTS | frozenset(norm(w) for w in "مبعوث مبعوثة سفير سفيرة السفير".split())
_SPECIAL = frozenset(norm(w) for w in "الخاص الخاصة".split())


def post_person_mentions(tokens, text, kb, blocked, found, cue_at=None):
    """Names after a post that ends in an entity or a demonym.

    وزير الحرب الأميركي بيت هيغسيث، قائد القيادة الوسطى الأميرال براد كوبر،
    المتحدث باسم الجيش العميد X.
    ``cue_at``: the indexes of the tokens carrying a post word, when already known.
    """
    out = []
    nt = len(tokens)
    for i in cue_positions(tokens)[1] if cue_at is None else cue_at:
        tok = tokens[i]
        envoy = any(stem in _ENVOYS for _, stem in strip_clitics(tok.norm))
        # walk over the post's complement: words, then an entity or demonym
        j = i + 1
        limit = min(nt, i + 8)
        end_at = None
        while j < limit:
            ent = next((m for m in found if m[0] == j), None)
            if ent is not None and ent[2].type == "Person":
                break   # "وزير الدفاع X المحتجز": the post's holder is named already
            if ent is not None:
                j = ent[1]
                end_at = j
                while j < nt and kb.demonym(tokens[j].norm):
                    j += 1
                    end_at = j
                break
            if kb.demonym(tokens[j].norm):
                j += 1
                end_at = j
                break
            n = tokens[j].norm
            if n in _DESTINATION_PREPS and j > i + 1 and envoy and any(m[0] == j + 1 for m in found):
                end_at = j     # "المبعوث الأممي إلى سوريا X": the destination read below
                break
            if not _ARABIC_WORD.match(n) or n in STOPWORDS:
                break
            j += 1
        if end_at is None:
            continue
        j = end_at
        if envoy and j + 2 < nt and tokens[j].norm in _SPECIAL:
            j += 1     # "المبعوث الروسي الخاص إلى سوريا X"
        if j + 1 < nt and tokens[j].norm in _DESTINATION_PREPS:
            # the post's destination before the name: سفير الولايات المتحدة لدى العراق ستيفن فاجن
            dest = next((m for m in found if m[0] == j + 1), None)
            if dest is not None:
                j = dest[1]
        if j + 1 < nt and j not in blocked and tokens[j].norm.startswith("لل") and len(tokens[j].norm) > 4:
            j += 1     # the body's owner: رئيس المكتب السياسي للحركة X
        elif j + 1 < nt and tokens[j].norm in ORG_NAME_STOPS:
            owner = next((m for m in found if m[0] == j + 1), None)
            if owner is not None:
                j = owner[1]    # "باسم اللواء الأول التابع للجيش الليبي X": past the body's owner
                while j < nt and kb.demonym(tokens[j].norm):
                    j += 1
        while j < nt and j not in blocked and (tokens[j].norm in PERSON_TITLES or tokens[j].norm in TITLE_ADJECTIVES
                                               or (j > end_at and (kb.demonym(tokens[j].norm)
                                                                   or is_title_adjective(tokens, j)))):
            j += 1     # "... الجنرال الأميركي X": a title, then its adjective
        k = person_name_after(tokens, j, blocked)
        if k > j:
            out.append(make_mention(tokens, j, k, "Person", text=text,
                                    title=text[tok.start:tokens[j - 1].end]))
    return out


# roles set after a name by apposition: "X، القيادي في حركة حماس"، "X، المسؤول عن ..."
APPOSED_ROLES = frozenset(norm(w) for w in "القيادي المسؤول العضو الناشط القائد الضابط".split())


def apposed_person_mentions(tokens, blocked, norms=None):
    """``(i, j)`` of names right before "، القيادي/المسؤول ..." (two to four name words
    after a word that is no name: "إن المستهدف هو X، القيادي في حماس"). ``norms``: the
    tokens' normalised forms, when at hand."""
    if norms is not None and APPOSED_ROLES.isdisjoint(norms):
        return []
    out = []
    for t in range(2, len(tokens)):
        if tokens[t].norm not in APPOSED_ROLES or tokens[t - 1].text not in ("،", ","):
            continue
        k = t - 1      # the name ends before the comma; only its last word may be definite
        while k > 0 and t - 1 - k < 4 and k - 1 not in blocked and is_name_word(tokens[k - 1]) \
                and (k == t - 1 or not definite(tokens[k - 1])):
            k -= 1
        if t - 1 - k >= 2 and not tokens[k].norm.startswith("و"):
            out.append((k, t - 1))
    return out


_ALIAS_QUOTES = frozenset('«»"“”\'')
# the cues that agree with a feminine noun: mostly a thing's or a place's other name
_FEMININE_ALIAS_CUES = frozenset(norm(w) for w in "الملقبة المعروفة المكناة تلقب تكنى".split())


def alias_mentions(tokens, text, blocked, norms=None):
    """X الملقب بـ"Y" / المعروف باسم Y: Y is a name of the preceding person.

    ``norms``: the tokens' normalised forms, when at hand (a sentence without a
    cue is then passed over at once)."""
    if norms is not None and _alias_cues().isdisjoint(norms):
        return []
    out = []
    for i, tok in enumerate(tokens):
        if tok.norm not in ALIAS_CUES and not (tok.norm[:1] == "و" and tok.norm[1:] in ALIAS_CUES):
            continue     # "ويدعى X والملقب بـ"Y"": the cue with the conjunction
        j = i + 1
        if j < len(tokens) and tokens[j].norm == "ايضا":
            j += 1      # "المعروف أيضا باسم"
        introduced = j < len(tokens) and tokens[j].norm in ("ب", "باسم")
        if introduced:
            j += 1
        quoted = False
        while j < len(tokens) and tokens[j].text in _ALIAS_QUOTES:
            j += 1      # quotes (a comma or a full stop ends the cue: "المعروفة، فكان ...")
            quoted = True
        if j >= len(tokens) or not _ARABIC_WORD.match(tokens[j].norm):
            continue
        clitic = ""
        first = tokens[j]
        for c, stem in strip_clitics(first.norm)[1:]:
            if c in ("ب",):
                clitic = c
        if not (introduced or quoted or clitic or first.norm in KUNYA_HEADS):
            continue    # "المعروف عنه تشدده": what he is known for, no name
        if _FEMININE_ALIAS_CUES.intersection((tok.norm, tok.norm[1:])) and not any(
                st in given_names() or st in KUNYA_HEADS for _, st in strip_clitics(first.norm)):
            continue    # "الجبنة المعروفة بالدلة"، "تلقب بأرض الميعاد": a thing's name
        k = j + 1
        while k < len(tokens) and k - j < 3 and is_name_word(tokens[k], allow_common=True) \
                and k not in blocked:
            k += 1
        m = make_mention(tokens, j, k, "Person", source="alias", clitic=clitic, text=text)
        out.append(m)
    return out


def ner_mentions(sentences, text, tags_per_sentence, doc_vocab, kb=None):
    """Mentions from the tagger's BIO tags, with clitics and leading titles removed."""
    out = []
    for sent, tags in zip(sentences, tags_per_sentence):
        toks = sent.tokens
        i = 0
        # only the tokens tagged other than O can start a mention
        for k in compress(range(len(toks)), map("O".__ne__, tags)):
            if k < i:
                continue
            i = k
            tag = tags[i]
            if tag[2:] not in NER_TYPES:
                i += 1
                continue
            typ = tag[2:]
            j = i + 1
            while j < len(toks) and tags[j] == "I-" + typ and toks[j].norm not in DIRECTIONS:
                j += 1
            end = j
            while end < len(toks) and tags[end] == "I-" + typ:
                end += 1
            s = i
            while s < j and (strip_clitics(toks[s].norm)[-1][1] in _TITLES_OR_STOPWORDS or (
                    typ == "PER" and kb is not None and definite(toks[s]) and kb.demonym(toks[s].norm))):
                s += 1     # a title, or a nisba before the name (الأمريكي جون ...)
            if s < j:
                clitic = ""
                for c, stem in strip_clitics(toks[s].norm)[1:]:
                    if c.endswith("ال") or c.endswith("لل") or stem in doc_vocab or (
                            typ == "PER" and stem in given_names() and toks[s].norm not in all_name_words()):
                        clitic = c     # (لأحمد سعيد: a given name with a preposition)
                        break
                stem = toks[s].norm[len(clitic):]
                if _prepositional(toks[s].norm) or (j - s == 1 and NER_TYPES[typ] == "Person" and (
                        is_plain_word(stem, _NER_PLAIN_ZIPF) or _plural_of_common(stem))):
                    pass   # "بثوب أبيض": a preposition and a common noun; "فيزا": a common word that
                    #        no name list holds (foreign given names are in arabnamer's: مايكل)
                elif j - s == 1 and (stem in common_words() or stem in _cue_words()
                                   or (kb is not None and (kb.demonym(stem) or kb.demonym(toks[s].norm)))):
                    pass   # a nationality adjective (وسورية), a common word or a bare cue word
                elif any(strip_clitics(t.norm)[-1][1] in _cue_words() for t in toks[s + 1:j]):
                    pass   # "سراوان بمحافظة": a cue word inside means a bad span
                elif all(t.norm in common_words() or t.norm in STOPWORDS for t in toks[s:j]) or any(
                        stem in ORG_NAME_STOPS for t in toks[s:j] for _, stem in strip_clitics(t.norm)):
                    pass   # "تشهد وجودا"، "التابعة للحزب": ordinary words, not a name
                elif typ == "PER" and kb is not None and kb.demonym(toks[j - 1].norm) and all(
                        t.norm not in given_names() and word_zipf(t.norm) >= _DESCRIBING_ZIPF
                        for t in toks[s:j - 1]):
                    pass   # "شاب فلسطيني": a noun and a nationality describe someone, name no one
                elif len(toks[s].norm) - len(clitic) >= 2:
                    out.append(make_mention(toks, s, j, NER_TYPES[typ], source="ner",
                                            clitic=clitic, text=text, score=0.6))
            i = end
    return out


_NER_PLAIN_ZIPF = 3.5
# a word this common before a nationality is a noun that describes a person (شاب، جندي، مواطن)
_DESCRIBING_ZIPF = 4.0
_PREPOSITIONS = frozenset(["ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"])


def _plural_of_common(word) -> bool:
    """A dual or plural of a common noun (مسلحان، مسلحون), never a person's name."""
    return word.endswith(("ان", "ون", "ين")) and len(word) > 4 and word[:-2] in common_words() \
        and word not in name_words()


def _preposition_and_word(word) -> bool:
    """A preposition glued to a word common in general text (بمخطط), and no name (بدر)."""
    return word not in all_name_words() and any(
        c in _PREPOSITIONS and len(st) > 2 and is_plain_word(st, 3.5) for c, st in strip_clitics(word))


def _prepositional(word) -> bool:
    """Is the word a preposition glued to a common noun (بزي، لعملية)? No name starts so."""
    return any(c in _PREPOSITIONS and len(stem) > 1 and stem in common_words() and stem not in STOPWORDS
               for c, stem in strip_clitics(word))


def _token_span(tokens, m, starts=None, ends=None):
    """``(i, j)``: tokens[i:j] are the tokens the mention touches.

    Tokens are in order and do not overlap: the first one ending after the
    mention's start to the last one starting before its end (two bisects when
    the tokens' ``starts`` and ``ends`` are given).
    """
    if starts is None:
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
    i = bisect_right(ends, m.start)
    j = bisect_left(starts, m.end)
    if i >= len(tokens) or j == 0:
        raise ValueError(f"mention {m.start}-{m.end} outside the tokens")
    return i, j


ORG_NAME_STOPS = frozenset(["التابع", "التابعه", "المرتبط", "المرتبطه", "الموالي", "المواليه",
                            "المدعوم", "المدعومه", "المقرب", "المقربه", "المسؤول", "المسووله",
                            "المتحالف", "المتحالفه", "المعروف", "المعروفه", "الملقب",
                            "المنضوي", "المنضويه", "المنضوين", "المنضوون",
                            # where a force stands: الكتائب الحكومية المتمركزة حول X
                            "المنتشر", "المنتشره", "المتمركز", "المتمركزه", "المرابط", "المرابطه",
                            "الموجود", "الموجوده"])
REGION_HEADS_DROPPED = frozenset(["منطقه", "ناحيه", "منطقتي", "محافظتي", "ولايتي", "مديريتي", "ناحيتي"])
ROLE_NOUNS = frozenset(["قياديا", "قيادي", "عنصرا", "مسوولا", "قايدا", "عضوا", "مقاتلا", "ناشطا"])


COUNT_WORDS = frozenset(norm(w) for w in (
    "اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات بضعة عدة "
    "ثلاث أربع خمس ست سبع ثماني تسع عشر").split())


def role_mentions(tokens, text, spans):
    """An indefinite role tied to an organisation (قياديا بتنظيم القاعدة): a person not yet named.

    Linking joins it to the titled person the article names next (القيادي بلال ...).
    """
    starts = {i: m for i, j, m in spans}
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in ROLE_NOUNS:
            continue
        if i > 0 and (tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in COUNT_WORDS):
            continue   # "12 عنصرا من الحزب"، "ثلاثة عناصر": a count of people, not one person
        nxt = starts.get(i + 1)
        if nxt is None and i + 2 < len(tokens) and tokens[i + 1].norm in ("في", "من"):
            k = i + 2
            while k < len(tokens) and not tokens[k].norm.isalnum():
                k += 1   # quotes: قياديا في "القاعدة"
            nxt = starts.get(k)
        elif nxt is not None and not text[tokens[i + 1].start:nxt.start]:
            nxt = None   # the organisation must be introduced by a preposition
        if nxt is not None and nxt.type == "Organization":
            out.append(Mention(tok.start, tok.end, tok.text, type="Person", source="role",
                               nominal=True, subtype="role"))
    return out


def headless_mentions(tokens, norms, text, blocked, spans) -> list:
    """The places of kg.mentions_places and the bodies of kg.mentions_groups, on the tokens the
    patterns left: names in brackets after a head, spokesmen's bodies, liberation fronts,
    compound village names, and rare words listed with a place (each rule
    sees the ones before it as taken)."""
    out = []
    taken = set(blocked)
    for i, j, keep, sub in bracketed_place_spans(tokens, norms, taken):
        if keep:
            clitic = next((c for c, st in strip_clitics(norms[i]) if st in FACILITY_HEADS), "")
            out.append(make_mention(tokens, i, j, "Place", sub, clitic=clitic, text=text))
        else:
            out.append(make_mention(tokens, i + 2, j - 1, "Place", sub, text=text))
        taken.update(range(i, j))
    for i, j, sub in spokesman_body_spans(tokens, norms, taken):
        out.append(make_mention(tokens, i, j, "Organization", sub, text=text))
        taken.update(range(i, j))
    for i, j in self_named_group_spans(tokens, norms, taken):
        out.append(make_mention(tokens, i, j, "Organization", "ArmedGroup", text=text))
        taken.update(range(i, j))
    for i, j, c, sub in liberation_front_spans(tokens, norms, taken):
        out.append(make_mention(tokens, i, j, "Organization", sub, clitic=c, text=text))
        taken.update(range(i, j))
    for i, j, c in named_network_spans(tokens, norms, taken):
        out.append(make_mention(tokens, i, j, "Organization", "ArmedGroup", clitic=c, text=text))
        taken.update(range(i, j))
    for i, j, c in seat_of_power_spans(tokens, norms, taken):
        out.append(make_mention(tokens, i, j, "Place", None, clitic=c, text=text))
        taken.update(range(i, j))
    places = [(i, j, c) for i, j, c in prefixed_place_spans(tokens, norms, taken)]
    places += capital_apposed_spans(tokens, norms, taken)
    for i, j, _ in places:
        taken.update(range(i, j))
    found = [(*_token_span(tokens, m), False) for m in out if m.type == "Place"]
    found += [(i, j, norms[i].startswith("و") and m.start > tokens[i].start) for i, j, m in spans
              if m.type == "Place" and not any(st in FACILITY_HEADS for _, st in strip_clitics(norms[i]))] \
        + [(i, j, c == "و") for i, j, c in places]   # (a facility's list is of things: مطار حربي ومرابض)
    places += coordinated_place_spans(tokens, norms, taken, found)
    out += [make_mention(tokens, i, j, "Place", "City", clitic=c, text=text) for i, j, c in places]
    return out


def find_mentions(doc, kb, tags=None) -> list:
    """All entity mentions of a document, non-overlapping, in text order.

    ``tags``: the statistical tagger's BIO tags, one list per sentence (none: no
    tagger mentions).
    """
    text = doc.text
    sentences = doc.sentences
    tags = tags or [[]] * len(sentences)
    doc_vocab = document_vocabulary(doc)
    operation_heads = _operation_words(doc_vocab)
    out = []
    kb_all = kb.match_document([s.tokens for s in sentences], text, [s.norms for s in sentences])
    for sent, stags, kb_ms in zip(sentences, tags, kb_all):
        toks = sent.tokens
        starts, ends = sent.offsets()

        def located(ms):
            return [(*_token_span(toks, m, starts, ends), m) for m in ms]

        if kb_ms:
            kb_ms = [m for m in kb_ms if not _idiom_not_place(m, toks, starts)
                     and not _fathers_name(m, toks, starts) and not _facilitys_name(m, toks, starts)]
            kb_taken = [(m.start, m.end) for m in kb_ms]
            kb_ms = [_compound_place(_longer_person(m, toks, starts, text, kb_taken), toks, starts, text)
                     for m in kb_ms]
        for m in kb_ms:
            _capital_title_off(m, toks, starts, kb)
            m.text = text[m.start:m.end]
        spans = _units_named_for_places(toks, text, located(kb_ms))
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        aliases = alias_mentions(toks, text, blocked, sent.norms)
        spans += located(aliases)
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        bodies = generic_body_spans(toks, sent.norms, kb, blocked)
        if bodies:
            spans = [sp for sp in spans if not any(i <= sp[0] and sp[1] <= j for i, j, _, _ in bodies)]
            spans += located([make_mention(toks, i, j, "Organization", sub, clitic=c, text=text)
                              for i, j, c, sub in bodies])
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        # forces named by their leader, before the heads' patterns read his name or title as
        # their complement (مليشيا المخلوع X)
        followed = [make_mention(toks, i, j, "Organization", "ArmedGroup", clitic=c, text=text)
                    for i, j, c in leader_force_spans(toks, sent.norms, blocked)]
        if followed:
            spans += located(followed)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        cue_at, post_at = cue_positions(toks, sent.norms)
        if cue_at:
            pats = pattern_mentions(toks, text, kb, blocked, persons=False, cue_at=cue_at)
            spans += located(pats)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
            pats = pattern_mentions(toks, text, kb, blocked, cue_at=cue_at)
            spans += located(pats)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        if post_at:
            spans += located(post_person_mentions(toks, text, kb, blocked, spans, post_at))
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        headless = headless_mentions(toks, sent.norms, text, blocked, spans)
        if headless:
            spans += located(headless)
            blocked = {k for i, j, _ in spans for k in range(i, j)}
        spans += located([make_mention(toks, i, j, "Person", text=text, clitic=c)
                          for i, j, c in lexicon_person_spans(toks, sent.norms, blocked,
                                                              _name_ends(spans, ("Organization", "Place")))])
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        spans += located([make_mention(toks, i, j, "Person", text=text, clitic=c)
                          for i, j, c in aged_person_spans(toks, sent.norms, blocked)])
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        spans += located([make_mention(toks, i, j, "Person", text=text, clitic=c)
                          for i, j, c in described_person_spans(toks, sent.norms, blocked)])
        blocked = {k for i, j, _ in spans for k in range(i, j)}
        spans += located([make_mention(toks, i, j, "Person", text=text)
                          for i, j in apposed_person_mentions(toks, blocked, sent.norms)])
        cands = [m for _, _, m in spans] + role_mentions(toks, text, spans)
        if stags and stags.count("O") < len(stags):
            cands += ner_mentions([sent], text, [stags], doc_vocab, kb)
        names = _operation_names(toks, sent.norms, operation_heads)
        if names:
            cands = [m for m in cands if m.source == "kb" or not any(
                s <= m.start and m.end <= e for s, e in names)]
        cands = [m for m in cands if not _no_person(m, kb)]
        chosen = _titled_given_name_joined(_resolve_overlaps(cands), text)
        _described_groups(toks, chosen)
        quoted_province_groups(text, chosen)
        out.extend(chosen)
    out = _bare_region_names(sentences, text, out)
    repeated = repeated_place_spans(sentences, out)
    if repeated:
        out += [make_mention(sentences[si].tokens, i, j, "Place", sub, clitic=c, text=text)
                for si, i, j, c, sub in repeated]
    out = _common_word_bodies(out)
    out = press_credits(text, out)
    return sorted(out, key=lambda m: (m.start, m.end))


_CAPITAL = norm("العاصمة")
# a word at least this common in general text is, alone, an ordinary noun (الشباب "the youth",
# الأهلي "private") more often than a body's short name
_COMMON_BODY_ZIPF = 4.5


def _common_word_bodies(mentions) -> list:
    """The tagger's one-word organisations that are common words, kept only when the article
    names a body ending with that word (حركة الشباب ... الشباب): alone they are nouns."""
    def word(m):
        return norm(m.text).split()[-1:] or [""]
    suspects = [m for m in mentions if m.source == "ner" and m.type == "Organization"
                and len(norm(m.text).split()) == 1 and word_zipf(word(m)[0]) >= _COMMON_BODY_ZIPF]
    if not suspects:
        return mentions
    tails = {word(m)[0] for m in mentions if m.type == "Organization" and len(norm(m.text).split()) > 1}
    dropped = {id(m) for m in suspects if word(m)[0] not in tails}
    return [m for m in mentions if id(m) not in dropped]

def _name_ends(spans, types) -> frozenset:
    """The last token of every found mention of these types (spans: (i, j, mention))."""
    return frozenset(j - 1 for i, j, m in spans if m.type in types)


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


def _titled_given_name_joined(mentions, text):
    """A one-word name of the name lists found after a title, right before a known person's
    one-word short form, is that person's given name as this text spells it: "وزير الدفاع الأمريكي جيم ماتيس" is one person
    (the knowledge base's ماتيس written with another first name). Joined, with the title; the
    link is kept after a foreign given name only (the short form after an Arabic one may be
    another member of a family: العميد ماهر الأسد)."""
    if len(mentions) < 2 or not any(m.source == "kb" and m.type == "Person" for m in mentions):
        return mentions
    mentions = sorted(mentions, key=lambda m: m.start)
    out = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type == "Person" and m.source == "kb" and prev.type == "Person" \
                and prev.title and prev.source == "pattern" and " " not in prev.text.strip() \
                and " " not in m.text.strip() and norm(prev.text) in all_name_words() \
                and text[prev.end:m.start].isspace() and "\n" not in text[prev.end:m.start]:
            # a foreign given name keeps the link (جيم ماتيس is James Mattis); an Arabic one may
            # be a brother's (العميد ماهر الأسد)
            keep = norm(prev.text) not in given_names()
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], type="Person",
                              source="kb" if keep else "pattern", kb_id=m.kb_id if keep else None,
                              title=prev.title)
            continue
        out.append(m)
    return out


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


def _plain_given_name(w) -> bool:
    """A given name of the lexicon, bare (no clitic read off), that is no common word or title."""
    return w in given_names() and w not in common_words() and w not in PERSON_TITLES \
        and w not in STOPWORDS and w not in POST_HEADS


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


def _fathers_name(m, tokens, starts) -> bool:
    """A knowledge-base person right after بن/ابن is a father's name in a longer chain: in
    "الأمير فيصل بن سلمان بن عبدالعزيز" the king is named only as the prince's father."""
    if m.type != "Person":
        return False
    k = bisect_right(starts, m.start) - 1
    return k > 0 and tokens[k].start == m.start and tokens[k - 1].norm in _SON_OF


def _facilitys_name(m, tokens, starts) -> bool:
    """A knowledge-base organisation quoted right after a facility head is the facility's
    name: فندق «الجزيرة» is a hotel, not the channel."""
    if m.type != "Organization":
        return False
    k = bisect_right(starts, m.start) - 1
    if k < 2 or tokens[k].start != m.start or tokens[k - 1].text not in _BRACKETS:
        return False
    return any(stem in FACILITY_HEADS for _, stem in strip_clitics(tokens[k - 2].norm))


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


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")


def _no_person(m, kb) -> bool:
    """A one-word person mention that is a pronoun, an honorific, a noun with a pronoun
    suffix or a nisba adjective (kg.mentions_names.is_no_person_word); a month's name
    (كانون الثاني) or any name with a digit (a date: يوليو 2015م); any mention that is a pious
    formula (رحمه الله)."""
    if m.source == "kb" or m.nominal:
        return False
    words = norm(m.text).split()
    if words and words[0] in PIOUS_FORMULA_STARTS:
        return True
    if m.type != "Person" or m.source == "role":
        return False
    if is_month_name(words) or _DIGIT.search(m.text):
        return True     # (a date: شوال 1436هـ، يوليو 2015م)
    return len(words) == 1 and is_no_person_word(words[0], kb, nickname=m.source == "alias")


def _bare_region_names(sentences, text, mentions):
    """"ولاية بونتلاند ... وزير الإعلام في بونتلاند": a region the article names with its head
    is a place wherever its bare one-word name stands (replacing what the tagger made of it);
    after a unit head it names the unit ("واعتقلت شرطة بونتلاند": the region's police)."""
    names = {}
    for m in mentions:
        if m.type != "Place" or m.source != "pattern":
            continue
        words = norm(m.text).split()
        if len(words) == 2 and PLACE_HEADS.get(words[0]) == "Region" \
                and words[1] not in common_words():
            names.setdefault(words[1], m.subtype)
    if not names:
        return mentions

    # the mentions by start, and the longest one: those overlapping [s, e) start before e
    # and after s - longest (a look-up, not a scan of all the article's mentions)
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)

    def overlapping(s, e):
        return [m for m in by_start[bisect_left(starts, s - longest):bisect_left(starts, e)]
                if m.start < e and s < m.end]

    added, dropped = [], set()
    for sent in sentences:
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if _stems(tok.norm).isdisjoint(names):
                continue
            reading = next(((c, st) for c, st in strip_clitics(tok.norm)
                            if st in names and not c.endswith(("ال", "لل"))), None)
            if reading is None:
                continue
            clitic, stem = reading
            start = tok.start + original_prefix_length(tok.text, len(clitic))
            over = overlapping(start, tok.end)
            if any(m.source != "ner" for m in over):
                continue
            head = next((c for c, st in strip_clitics(toks[k - 1].norm) if st in UNIT_HEADS
                         and not c.endswith(("ال", "لل"))), None) if k > 0 and not clitic else None
            if head is not None:
                hs = toks[k - 1].start + original_prefix_length(toks[k - 1].text, len(head))
                over = overlapping(hs, tok.end)
                if all(m.source == "ner" for m in over):
                    dropped.update(id(m) for m in over)
                    added.append(Mention(hs, tok.end, text[hs:tok.end], type="Organization",
                                         subtype=ORG_HEAD_SUBTYPES.get(strip_clitics(toks[k - 1].norm)[-1][1]),
                                         source="pattern"))
                    continue
            dropped.update(id(m) for m in over)
            added.append(Mention(start, tok.end, text[start:tok.end], type="Place",
                                 subtype=names[stem], source="pattern"))
            if k > 0 and strip_clitics(toks[k - 1].norm)[-1][1] in POST_HEADS:
                # "رئيس بونتلاند عبد الرحمن علي طاهر": the post's holder after the place
                j = k + 1
                while j < len(toks) and toks[j].norm in PERSON_TITLES:
                    j += 1
                e = person_name_after(toks, j, set())
                if e > j and all(m.source == "ner" for m in overlapping(toks[j].start, toks[e - 1].end)):
                    dropped.update(id(m) for m in overlapping(toks[j].start, toks[e - 1].end))
                    added.append(make_mention(toks, j, e, "Person", text=text,
                                              title=text[toks[k - 1].start:tok.end]))
    return [m for m in mentions if id(m) not in dropped] + added


# descriptors before a group's name: جماعة "جيش العدل"، تنظيم "حراس الدين"، حركة "أحرار الشام"
GROUP_DESCRIPTORS = frozenset(norm(w) for w in "جماعة جماعه تنظيم حركة ميليشيا مليشيا".split())


def _described_groups(tokens, mentions):
    """A name the text introduces as a group (جماعة "جيش العدل") is an armed group, whatever
    head its own name has (جيش would make it a state's army)."""
    if not any(m.type == "Organization" and m.source != "kb" for m in mentions):
        return
    starts = {t.start: k for k, t in enumerate(tokens)}
    for m in mentions:
        if m.type != "Organization" or m.source == "kb" or m.start not in starts:
            continue
        k = starts[m.start] - 1
        while k >= 0 and tokens[k].text in _QUOTES:
            k -= 1
        if k >= 0 and any(st in GROUP_DESCRIPTORS for c, st in strip_clitics(tokens[k].norm)
                          if not c.endswith(("ال", "لل"))):
            m.subtype = ORG_HEAD_SUBTYPES.get(norm("جماعة"))


# heads of armed units named after a place (كتيبة جنين، لواء القدس، فيلق الشام) and a place's
# police (شرطة بونتلاند، شرطة كركوك)
UNIT_HEADS = frozenset(norm(w) for w in "كتيبة كتائب لواء ألوية سرايا فيلق شرطة".split())


def _chain_word(tok) -> bool:
    """An indefinite common noun inside a body's name (عمليات، شرطة، أمن، صحة)."""
    n = tok.norm
    return bool(_ARABIC_WORD.match(n)) and not definite(tok) and n not in STOPWORDS \
        and n not in _CHAIN_STOPS and n[:1] != "و"


# heads of bodies whose name holds a place: after a chain of common nouns (قيادة عمليات X،
# مجلس شورى مجاهدي X، قوات دفاع X، قوة دفاع X) or right before it (مجلس X، بلدية X، محكمة X)
BODY_HEADS_WITH_CHAIN = CHAIN_ORG_HEADS | frozenset(norm(w) for w in "مجلس قوات قوة محكمة هيئة غرفة".split())
BODY_HEADS_BEFORE_PLACE = frozenset(norm(w) for w in "مجلس بلدية محكمة صحيفة قناة إذاعة جامعة".split())
# an adjective that ends such a body's name: مجلس الرقة العسكري، محكمة جنايات البصرة الاتحادية
BODY_ADJECTIVES = frozenset(norm(w) for w in (
    "العسكري العسكرية الاتحادي الاتحادية المحلي المحلية الثوري الثورية البلدي البلدية").split())


def _body_before_place(tokens, i, j, covered):
    """``(start, end, (clitic, head))`` of a body named with the place at tokens[i:j], or None."""
    h = i - 1
    while h >= 0 and h not in covered and i - 1 - h < 3 and _chain_word(tokens[h]) \
            and not (_stems(tokens[h].norm) & (BODY_HEADS_WITH_CHAIN | BODY_HEADS_BEFORE_PLACE)) \
            and tokens[h].norm not in DIRECTIONS and tokens[h].norm not in given_names():
        h -= 1
    if h < 0 or h in covered:
        return None
    heads = BODY_HEADS_WITH_CHAIN if h < i - 1 else BODY_HEADS_BEFORE_PLACE
    head = next(((c, st) for c, st in strip_clitics(tokens[h].norm)
                 if st in heads and not c.endswith(("ال", "لل", "ب"))), None)
    if head is None:
        return None     # (برئاسة X، بقيادة X: "headed by X")
    e = j + 1 if j < len(tokens) and j not in covered and tokens[j].norm in BODY_ADJECTIVES else j
    return h, e, head


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
        if m.type == "Place" and i > 0 and i - 1 not in covered and m.start == tokens[i].start:
            h, head = i - 1, None
            body = _body_before_place(tokens, i, j, covered)
            if body is not None:
                # "قيادة عمليات الأنبار"، "مجلس شورى ثوار الموصل"، "مجلس الرقة العسكري"،
                # "قوات حماية عدن": a body's name holding a place
                h, e, (clitic, stem) = body
                out.append((h, e, make_mention(tokens, h, e, "Organization",
                                               ORG_HEAD_SUBTYPES.get(stem), clitic=clitic, text=text)))
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


OPERATION_HEADS = frozenset(norm(w) for w in "عملية العملية حملة الحملة".split())
_OPERATION_WORDS = frozenset(norm(w) for w in (
    "عسكرية العسكرية أمنية الأمنية برية جوية التي الذي أطلق أطلقت أطلقوا عليها عليه اسم تحمل "
    "يحمل المسماة المسمى تسمى يسمى بعنوان تحت").split())
_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}


# the words strip_clitics may read as an operation head (العملية، بالعملية، وحملة ...)
_OPERATION_SPELLINGS = words_read_as(OPERATION_HEADS)


def _operation_words(words) -> set:
    """Those of ``words`` (normalised) one of whose readings is an operation head (the
    few that may be, checked: not every word of a document looked up)."""
    return {w for w in _OPERATION_SPELLINGS.intersection(words)
            if not _stems(w).isdisjoint(OPERATION_HEADS)}


def _operation_names(tokens, norms, heads):
    """Character spans of operations' names: عملية «حسكنيت»، العملية التي أطلق عليها اسم "X",
    عملية حسكنيت (one uncommon word). A name there is the operation's, no entity's.
    ``norms``: the tokens' normalised forms; ``heads``: the operation heads among them
    (or a superset, such as the document's: :func:`_operation_words`)."""
    if heads.isdisjoint(norms):
        return []
    found = [w in heads for w in norms]
    out = []
    for i in compress(range(len(found)), found):
        k = i + 1
        while k < len(tokens) and k - i <= 5 and tokens[k].norm in _OPERATION_WORDS:
            k += 1
        if k >= len(tokens):
            continue
        close = _QUOTES.get(tokens[k].text)
        if close is not None:
            e = next((m for m in range(k + 1, min(len(tokens), k + 7)) if tokens[m].text == close), None)
            if e is not None and e > k + 1:
                out.append((tokens[k + 1].start, tokens[e - 1].end))
        elif k == i + 1 and is_name_word(tokens[k]) and not definite(tokens[k]) \
                and len(tokens[k].norm) > 3:
            out.append((tokens[k].start, tokens[k].end))
    return out


def _resolve_overlaps(cands):
    cands = sorted(cands, key=lambda m: (-PRIORITY.get(m.source, 2), -(m.end - m.start), m.start))
    chosen = []
    for m in cands:
        if m.end <= m.start:
            continue
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return chosen


# a place named with its head as the text writes it (بمدينة الزرقاء -> مدينة الزرقاء) is one
# more name of it: the mention leaves the head out. A province's head too (في محافظة القطيف ->
# محافظة القطيف): where the article also names the city X, kg.linking_places has already made
# the province another entity than the city, and the head says which of the two this one is.
HEADED_NAME_HEADS = frozenset(norm(w) for w in "مدينة بلدة قرية مخيم حي منطقة قضاء ناحية مديرية "
                              "محافظة ولاية إقليم مقاطعة".split())


# the countryside of a town, named by it: "بريف حلب الشمالي" is one more name of Aleppo's
# entity (kg.relations.located puts a town "في ريف حلب" in Aleppo), with the compass
# adjectives the text writes after it
COUNTRYSIDE = norm("ريف")
COUNTRYSIDE_SIDES = ("الشمالي", "الجنوبي", "الشرقي", "الغربي")


def _sides_after(text, end) -> str:
    """The compass adjectives written right after ``end`` (" الشمالي الغربي"), up to two."""
    out = ""
    for _ in range(2):
        rest = text[end + len(out):end + len(out) + 9]
        side = next((w for w in COUNTRYSIDE_SIDES if rest.startswith(" " + w)
                     and (len(rest) == len(w) + 1 or not rest[len(w) + 1].isalpha())), None)
        if side is None:
            break
        out += " " + side
    return out


_OPEN_QUOTES = "«\"“"
_CLOSE_QUOTES = {"«": "»", '"': '"', "“": "”"}


def headed_names(text, entity) -> list:
    """The "head + name" phrases the text uses for an entity's mentions: a place with its
    town head (بمدينة الزرقاء -> مدينة الزرقاء) or its countryside (بريف حلب الشمالي -> ريف
    حلب الشمالي), an organisation with the head noun written
    before its quoted or bare name (حركة «فتح»، جماعة "أنصار الله")."""
    if entity.type == "Place":
        heads = HEADED_NAME_HEADS | {COUNTRYSIDE}
    elif entity.type == "Organization":
        heads = ORG_HEADS
    else:
        return []
    out = []
    for m in entity.mentions:
        if m.nominal or m.start < 2:
            continue
        k = m.start
        quote = text[k - 1] if entity.type == "Organization" and text[k - 1] in _OPEN_QUOTES else ""
        if quote:
            k -= 1
            if not text.startswith(_CLOSE_QUOTES[quote], m.end):
                continue
        if k < 2 or not text[k - 1].isspace():
            continue
        k -= 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
        b = k
        while b > 0 and not text[b - 1].isspace():
            b -= 1
        word = text[b:k]
        for clitic, stem in strip_clitics(norm(word)):
            if stem in heads and not norm(m.text).startswith(stem):
                head = word[original_prefix_length(word, len(clitic)):]
                name = quote + m.text + _CLOSE_QUOTES[quote] if quote else m.text
                if stem == COUNTRYSIDE:
                    name += _sides_after(text, m.end)
                out.append(head + " " + name)
                break
    return out
