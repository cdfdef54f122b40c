"""Persons named with no title before them, found with the personal-name lexicons (kg.names).

Two rules, tried at each word not already taken by another mention:

1. a known full name (Wikidata's people): حسن نصر الله، هلال الأسد — two to four words,
   possibly carried on on by family-name words the list does not have;
2. a given name from the lexicon (or a two-word one: عبد العزيز، أبو بكر) followed by one
   to three name-like words: a given or family name from the lexicons, or a rare word
   that is no common one. A family name with the article ends the name (نجوى الدليمي);
   a verb, a common noun, a direction word, a word joined by و ends it before.

A given name that is also a common word (أمل، فضل) needs a family name from the lexicon
after it. A conjunction or preposition glued to the first word is left out (وسامر ناصر).
"""
from __future__ import annotations

from itertools import compress

import re
from functools import lru_cache

from kg.lexicon import (DIRECTIONS, FACILITY_HEADS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, POST_HEADS,
                        STOPWORDS, TITLE_ADJECTIVES, common_words, strip_clitics)
from kg.mention_gates import starts_from
from kg.names import (all_name_words, family_names, full_name_pairs, full_name_starts, full_names, given_names,
                      name_units, name_words, place_names)
from kg.normalize import norm
from kg.caches import WordCache

# Ali: so common a word once normalised (على) that the lexicon leaves it out; kept when
# written with ي
_ALI = "علي"
_SECOND_HALVES = frozenset(["الله", "الدين", "الحق", "الرحمن"])   # نور الحق، فضل الرحمن
#: compound given names of Iran and Afghanistan whose second word alone is a common word
#: (علي أكبر "Ali the greater", غلام رضا): one given name, the family name after them
COMPOUND_GIVEN_NAMES = frozenset(norm(w) for w in (
    "علي أكبر", "علي أصغر", "غلام رضا", "غلام حسين", "غلام علي", "غلام محمد", "غلام سرور"))
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
# clitics that may be glued to a name's first word (never the article)
# (only conjunctions: with ب or ل a foreign name would lose its first letter, لارس)
_NAME_CLITICS = frozenset(["", "و", "ف"])
# name particles that take the next word with them: أحمد أبو ماريا، محمد بن سالم
# (not ام: normalised, أم is also "or")
_LINKERS = frozenset(["عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ولد"])
#: the same, for other modules: a name never ends on one of them
NAME_LINKERS = _LINKERS
# a word at least this common in general text (Zipf) is no name unless a lexicon lists it
_COMMON_ZIPF = 4.3
# heads of things named after people: شارع جمال عبد الناصر، مستشفى الملك فهد، مسجد ...
NAMED_AFTER_HEADS = frozenset(norm(w) for w in (
    "شارع ميدان ساحة مسجد جامع مدرسة جامعة مستشفى مطار قاعدة جسر حي مدينة ضاحية مركز "
    "معهد كلية مؤسسة جائزة مخيم قرية بلدة منطقة متنزه حديقة كتيبة لواء سرية فيلق").split())
_NOT_NAMES = frozenset(STOPWORDS | PERSON_TITLES | POST_HEADS | ORG_HEADS | set(PLACE_HEADS)
                       | FACILITY_HEADS | DIRECTIONS
                       # honorifics Wikidata also lists as given names
                       | {norm(w) for w in "قاري ملا مولوي حاجي حاج".split()})


@lru_cache(maxsize=1)
def _zipf() -> dict:
    from kg.ner.features import word_frequencies
    return word_frequencies()


# a word with the article that no lexicon lists is a family name only when this rare
_RARE_ZIPF = 3.5
# a listed family name with the article at least this common needs a known full name
_COMMON_FAMILY_ZIPF = 4.6


def _written_ali(tok) -> bool:
    """Is the token the name Ali (علي, with ya), not the preposition على?"""
    return tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("\u064a")


def _is_common(w: str) -> bool:
    return w in common_words() or _zipf().get(w, 0.0) >= _COMMON_ZIPF


def _given_at(norms, i, stem):
    """Tokens the given name starting at i (first word ``stem``) covers: 1, 2 or 0."""
    if i + 1 < len(norms) and f"{stem} {norms[i + 1]}" in COMPOUND_GIVEN_NAMES:
        return 2        # علي أكبر، غلام رضا
    if stem == _ALI:
        return 1
    if stem in _NOT_NAMES:
        return 0
    if i + 1 < len(norms) and (f"{stem} {norms[i + 1]}" in given_names() or (
            norms[i + 1] in _SECOND_HALVES and stem in given_names())):
        return 2        # عبد العزيز، صلاح الدين، فريد الله
    return 1 if stem in given_names() or stem == _ALI else 0


def _name_like(tok, w: str) -> bool:
    if not _ARABIC_WORD.match(w) or len(w) < 2 or w in _NOT_NAMES:
        return False
    if w in common_words():
        return w == _ALI and _written_ali(tok)     # ولي، إحدى: common words, whatever the lists say
    if w in family_names() or w in given_names():
        # with the article and as common as a word (العيد، الدولة): not on the lists' word alone,
        # unless a well-known family bears it (سليمان هلال الأسد: the family of بشار الأسد)
        return not (w.startswith("ال") and _zipf().get(w, 0.0) >= _COMMON_FAMILY_ZIPF) \
            or w in kb_family_names()
    # a word no lexicon lists: only a rare family name with the article (الدوابشة), not a
    # verb or a noun (زارت، زعيما، الدرس)
    return w.startswith("ال") and len(w) > 3 and _zipf().get(w, 0.0) < _RARE_ZIPF


@lru_cache(maxsize=1)
def kb_family_names() -> frozenset:
    """The family names with the article of the knowledge base's people (الأسد، الحوثي،
    الصباح): a well-known family's name, however common the word."""
    from kg.kb import load_kb
    kb = load_kb()
    out = set()
    for e in kb:
        if e.type != "Person":
            continue
        for name in e.aliases:
            words = norm(name).split()
            if len(words) >= 2 and words[-1].startswith("ال") and len(words[-1]) > 3 \
                    and words[-2] not in _LINKERS and words[-1] not in _NOT_FAMILY_ENDS:
                out.add(words[-1])
    return frozenset(out)


# last words of known names that are no family's name: a regnal number (عبد الله الثاني),
# a compound's second half (سيف العدل، نصر الله)
_NOT_FAMILY_ENDS = frozenset(norm(w) for w in "الله الأول الثاني الثالث الرابع الخامس السادس العدل الدين".split())


# the prepositions a participle's complement starts with: المنتمي إلى، المقيم في، المتحدر من
_COMPLEMENT_PREPOSITIONS = frozenset(norm(w) for w in "إلى الى في من عن على منذ لدى".split())


def participle_with_complement(tokens, k) -> bool:
    """Is tokens[k] a definite participle (الم...) that no name list holds, followed by a
    preposition or a word with ل (المنتمي إلى، المنشق عن، الموالي لتنظيم): the end of a name
    before it, no family name?"""
    n = tokens[k].norm
    if not (n.startswith("الم") and len(n) > 5 and tokens[k].text.lstrip("\u0640").startswith("ال")) \
            or n in all_name_words() or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].norm
    return nxt in _COMPLEMENT_PREPOSITIONS or (nxt[:1] == "ل" and len(nxt) > 3 and nxt not in all_name_words())


#: the lineage links, after which على is the name Ali written with alef maqsura (سعد بن على العتيبي)
_LINEAGE_LINKS = frozenset(["بن", "ابن"])


def _extend(tokens, norms, k, blocked, limit):
    """End of the name words from k on (at most ``limit`` of them)."""
    start = k
    while k < len(tokens) and k - start < limit and k not in blocked:
        w = norms[k]
        prev = norms[k - 1] if k > 0 else ""
        if w in _LINKERS:
            if k + 1 < len(tokens) and k + 1 not in blocked and _ARABIC_WORD.match(norms[k + 1]) \
                    and (norms[k + 1] not in _NOT_NAMES or (w == _SERVANT and norms[k + 1] not in STOPWORDS)
                         or (w in _LINEAGE_LINKS and norms[k + 1] == _ALI)):
                k += 2      # أبو ماريا، بن سالم، بن الخطاب (any word after بن؛ عبد الأمير; بن على:
                #             the name Ali however written, no preposition after بن)
                continue
            break
        if k == start and w in FAMILY_TITLES and k + 1 < len(tokens) and norms[k + 1] in _NAME_CLOSERS:
            return k + 1    # "قال عمر الحاج إن": a title word after a given name, then the clause,
            #                 is the family's name
        if w[:1] in "وف" and w not in given_names() and w not in family_names() \
                and not (k > start and wa_family_name(norms, k)):
            break           # "X وY": coordination (ستيف وارن: a family name)
        if k + 1 < len(tokens) and k + 1 not in blocked and norms[k + 1] == OGLU \
                and _ARABIC_WORD.match(w) and w not in STOPWORDS and w not in common_words():
            k += 2          # كمال كيليتشدار أوغلو: a Turkish surname, any word and أوغلو
            break
        if not _name_like(tokens[k], w) or k > start and is_suffixed_noun(tokens[k]) \
                or k > start and participle_with_complement(tokens, k):
            break
        if _post_in_construct(tokens, norms, k, blocked):
            break           # "عباس شومان وكيل الأزهر": the post after the name, with its body
        k += 1
        if w.startswith("ال") and len(w) > 3 and prev not in _LINKERS:
            break           # a family name with the article ends the name
    return k


#: posts that family-name lists hold too (وكيل، مرشد، رئيس، نائب), which, followed by a body's
#: name or a definite noun, are the post of the man named before: محمد بديع مرشد الإخوان
POSTS_IN_CONSTRUCT = frozenset(norm(w) for w in (
    "وكيل مرشد عضو رئيس نائب وزير قائد زعيم أمير مدير محافظ سفير مستشار مبعوث").split())


def _post_in_construct(tokens, norms, k, blocked) -> bool:
    """Is norms[k] a post followed by a body or a definite noun it governs (وكيل الأزهر)?"""
    return norms[k] in POSTS_IN_CONSTRUCT and k + 1 < len(tokens) and (
        k + 1 in blocked or (norms[k + 1].startswith("ال") and len(norms[k + 1]) > 3))


#: "son of" in Turkish, the last word of a compound surname whose first word no list holds
#: (كيليتشدار أوغلو، معمر أوغلو)
OGLU = norm("أوغلو")

# "عبد" takes any word with it, a title's too (حسين عبد الأمير، عبد الرسول)
_SERVANT = norm("عبد")
# title words that are also families' names: the last word of a name (عمر الحاج، حسين الشيخ)
FAMILY_TITLES = frozenset(norm(w) for w in "الشيخ الحاج الإمام القاضي السيد".split())
# what may follow a family name that ends a name: punctuation, "إن/أن" after a speech verb, قوله
_NAME_CLOSERS = frozenset(["،", ",", ".", ":", "؛", ")", "ان", "قوله"])


def wa_family_name(norms, k) -> bool:
    """Is norms[k] a foreign family name that starts with و, ending the name after a given one
    (ستيف وارن، مارك والتز، ستيفن ولكر), not و + a second person (أحمد وعلي) or a word (وقال)?

    Only a last word (punctuation or the clause follows it) whose rest is no common word and
    which is written whole about as often as its rest (وارن against ارن; وعلي is rarer than
    علي)."""
    w = norms[k]
    if k == 0 or len(w) < 4 or w[0] != "و":
        return False
    stem = w[1:]
    if stem in common_words() or is_plain_word(stem) or word_zipf(w) + _WA_ZIPF_MARGIN < word_zipf(stem):
        return False
    return k + 1 >= len(norms) or norms[k + 1] in _NAME_CLOSERS


_WA_ZIPF_MARGIN = 0.5


# a first word this common that no name list holds is a word of the sentence, not of the name
_WORD_BEFORE_NAME_ZIPF = 3.5


def word_before_name(word) -> bool:
    """Is the first word of a tagged person a verb or a noun (استقبل، وترأس، إقالة), not a name
    (أمين، جمال: name words however common)?"""
    if any(stem in all_name_words() or stem in given_names() for _, stem in strip_clitics(word)):
        return False    # (ومحمد، لأحمد: a clitic and a name)
    readings = [stem for c, stem in strip_clitics(word) if c in ("", "و", "ف")]
    return any(stem in common_words() or word_zipf(stem) >= _WORD_BEFORE_NAME_ZIPF for stem in readings)


def _all_common(words) -> bool:
    return all(w in common_words() or w in STOPWORDS for w in words)


def _full_match(norms, i, stem, blocked):
    """End of the longest known full name starting at i (its first word read as ``stem``)."""
    if i + 1 >= len(norms) or f"{stem} {norms[i + 1]}" not in full_name_pairs() or stem == "ام":
        return None
    names = full_names()
    for length in range(min(4, len(norms) - i), 1, -1):
        if any(k in blocked for k in range(i + 1, i + length)):
            continue
        words = [stem] + norms[i + 1:i + length]
        if name_units(words) < 2:
            continue    # صلاح الدين، عبد العزيز: one compound given name (or a place), no full name
        if " ".join(words) in names and not _all_common(words):
            return i + length
    return None


#: how rare (Zipf) a nisba no family-name list holds must be to be a family's name
_FAMILY_NISBA_ZIPF = 3.5
#: regnal and other ordinals: never a family's name (عبد الله الثاني)
_ORDINAL_NISBAS = frozenset(norm(w) for w in "الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split())


def is_family_nisba(tok, kb=None) -> bool:
    """Is the token a family's nisba that carries a known full name on to another man named
    after its bearer (عمر المختار الزليتني): definite, ending in ي, listed as a family name or
    rare, and no demonym, title adjective, ordinal or common word (بشار الأسد الحالي)?"""
    n = tok.norm
    if not (n.endswith("ي") and _may_be_family_word(tok, kb)) or n in common_words():
        return False
    return n in family_names() or _zipf().get(n, 0.0) < _FAMILY_NISBA_ZIPF


def _may_be_family_word(tok, kb) -> bool:
    """Definite, longer than four letters, and no demonym, title adjective or ordinal: what a
    family name after a known name must be (is_family_nisba, is_lineage_family_name)."""
    n = tok.norm
    if not (tok.text.startswith("ال") and len(n) > 4 and _ARABIC_WORD.match(n)):
        return False
    return not ((kb is not None and kb.demonym(n)) or n in TITLE_ADJECTIVES or n in _ORDINAL_NISBAS)


def is_lineage_family_name(tok, kb=None) -> bool:
    """Is the token the family name that closes a lineage name (X بن Y الربيعة): definite,
    listed as a family name, and no demonym, title adjective or ordinal? A family name that is a
    common word too (الشهري: also "monthly") counts here: after "X بن Y" it is a name."""
    return _may_be_family_word(tok, kb) and tok.norm in family_names()


def _may_start(word) -> bool:
    """May a name start at this word (one of its readings a given name or a full name's
    first word)? Cached per word in :data:`_STARTS`."""
    starts, given = full_name_starts(), given_names()
    for c, s in strip_clitics(word):    # (a loop, not any() over a generator: once per new word)
        if c in _NAME_CLITICS and (s in starts or s in given or s == _ALI):
            return True
    return False


_STARTS = WordCache(_may_start)


def _adjective_end(w) -> bool:
    """A mention ending with a definite nisba (البرلمان العراقي، الحكومة اليمنية) is complete:
    a name right after it is a new person ("عضو البرلمان العراقي خالد سالم"), not its continuation."""
    return w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 5


def lexicon_person_spans(tokens, norms, blocked, non_person=frozenset()) -> list:
    """``(i, j, clitic)``: persons over tokens[i:j], ``clitic`` glued to tokens[i] and not
    part of the name. ``non_person``: the blocked tokens that end an organisation's or a
    place's name, after which a person's name may start ("الأمين العام لمنظمة بدر هادي
    العامري": a post of the organisation, then its holder)."""
    may = list(compress(range(len(norms)), map(_STARTS.__getitem__, norms)))
    if not may:
        return []
    out = []
    starts = full_name_starts()
    given = given_names()
    taken = 0
    for i in may:
        if i < taken:
            continue
        if i in blocked or (i > 0 and (norms[i - 1] in NAMED_AFTER_HEADS or (
                i - 1 in blocked and norms[i][:1] not in "وف" and not _adjective_end(norms[i - 1])
                and i - 1 not in non_person))):
            # a name named after a person (شارع جمال عبد الناصر), or one right after another
            # mention with no conjunction, which would be its continuation (عوض الكريم يوسف
            # المهدي)
            continue
        found = None
        # the next person of a list, joined by و to one just found (سامي الجابر ومحمد الواكد):
        # و + a given name, however common the whole word (ومحمد)
        listed = bool(out) and out[-1][1] == i
        for clitic, stem in strip_clitics(norms[i]):
            if clitic not in _NAME_CLITICS or (clitic and (norms[i] in given or norms[i] in starts
                                                           or (_is_common(norms[i]) and stem != _ALI
                                                               and not (listed and clitic == "و"
                                                                        and stem in given)))):
                continue    # وليد، وائل: the word itself is a name; وليمة: a common word
            if (stem not in starts and stem not in given and stem != _ALI) or (stem in _NOT_NAMES and stem != _ALI):
                continue
            if stem == _ALI and not _written_ali(tokens[i]):
                continue    # the preposition على, normalised like the name Ali
            end = _full_match(norms, i, stem, blocked)
            if end is not None:
                if not norms[end - 1].startswith("ال"):
                    end = _extend(tokens, norms, end, blocked, 4 - (end - i))
                elif end < len(tokens) and end not in blocked and end - i < 4 and is_family_nisba(tokens[end]):
                    end += 1    # عمر المختار الزليتني: another man, named after a known one
                found, found_stem = (i, end, clitic), stem
                break
            g = _given_at(norms, i, stem)
            if not g or any(k in blocked for k in range(i + 1, i + g)):
                continue
            end = _extend(tokens, norms, i + g, blocked, 3)
            if end == i + g:
                continue
            first_next = norms[i + g]
            if stem in common_words() and stem != _ALI and g == 1 and not (first_next in family_names()
                                                    and not _is_common(first_next)):
                continue    # أمل، فضل: a common word needs a family name after it
            if _all_common([stem] + norms[i + g:end]):
                continue
            if norms[end - 1].startswith("ال") and end < len(tokens) and end not in blocked and end - i < 4 \
                    and is_family_nisba(tokens[end]) and (end + 1 >= len(tokens) or norms[end + 1] in _NAME_CLOSERS):
                end += 1    # عمر المختار الزليتني، ...: a family's nisba after the first family name
            found, found_stem = (i, end, clitic), stem
            break
        if found and " ".join([found_stem] + norms[i + 1:found[1]]) in place_names():
            found = None    # خان آباد: a town
        if found and found_stem in _LINEAGE_LINKS:
            found = _with_given_name_before(norms, found, blocked, taken, given)
        if found:
            out.append(found)
            taken = found[1]
    return out


def _with_given_name_before(norms, found, blocked, taken, given):
    """A lexicon name that opens with بن after a given name (وليد بن علي الجلال: the lexicon
    holds بن علي) is the lineage of that given name: the span starts at it."""
    i, end, clitic = found
    k = i - 1
    if clitic or k < taken or k in blocked:
        return found
    prev = norms[k]
    if prev in given:
        return k, end, ""
    if prev[:1] in "وف" and prev[1:] in given:
        return k, end, prev[:1]
    return found


def given_name_before(tokens, i, blocked) -> bool:
    """Is tokens[i - 1] a given name of the lexicon that is no common word, so that a kunya
    at i continues it (أحمد أبو ماريا: a name, not the kunya أبو ماريا alone)?"""
    if i == 0 or i - 1 in blocked:
        return False
    w = tokens[i - 1].norm
    return (w in given_names() and w not in common_words()) and not (
        i > 1 and tokens[i - 2].norm in NAMED_AFTER_HEADS)


# a word this common in general text that no name lexicon lists is no name word (foreign
# family names frequent in the news stay below it: كيري 3.9، بوتين 4.2)
_PLAIN_ZIPF = 4.3
_ACCUSATIVE_STEM_ZIPF = 3.8


def is_plain_word(w: str, zipf: float = _PLAIN_ZIPF, strict: bool = False) -> bool:
    """A word no personal-name lexicon knows and that is common in general text (a verb or
    a noun: أخفي، زعيما), which ends a name after its first word. ``strict``: only
    Wikidata's given and family names count as names (not arabnamer's words, which hold
    some common ones: دوي)."""
    if w in (name_words() if strict else all_name_words()):
        return False
    return _zipf().get(w, 0.0) >= zipf or is_accusative_noun(w)


#: how often (Zipf) a word that starts with alef and no name list holds must be written to read
#: as a verb or a verbal noun (اعتقل، اغتيل، انسحب، استشهد، أعلن), not a rare foreign name
_ALEF_VERB_ZIPF = 3.0


def is_alef_verb(w: str) -> bool:
    """A perfect verb or verbal noun of the forms that start with alef once normalised (أفعل،
    افتعل، انفعل، استفعل: اعتقل، اغتيل، انسحب، استشهد) that no name list holds: it ends a name
    ("الحاج أحمد اعتقل"); the names that start so are listed (أحمد، أسامة، أردوغان)."""
    return w.startswith("ا") and not w.startswith("ال") and len(w) >= 4 and w not in all_name_words() \
        and _zipf().get(w, 0.0) >= _ALEF_VERB_ZIPF


def is_accusative_noun(w: str) -> bool:
    """A common noun or adjective in the accusative (زعيما، اجتماعا), which no name is."""
    return w.endswith("ا") and not w.endswith("يا") and len(w) > 3 and w not in all_name_words() \
        and _zipf().get(w[:-1], 0.0) >= _ACCUSATIVE_STEM_ZIPF


#: how common (Zipf) a word in alef no name list holds must be, as written, to read as an
#: adverb or a circumstantial accusative after a name (مرارا، عشوائيا، محذرا، مضيفا)
_ADVERB_ZIPF = 3.3


def is_adverbial_accusative(w: str) -> bool:
    """An indefinite accusative written in news as it stands (قال بلاتر مرارا، فتح المسلح النار
    عشوائيا، قال أبو عبد الله محذرا): no name word; the names in alef are listed (رضا، رانيا،
    أوباما)."""
    return w.endswith("ا") and len(w) > 3 and not w.startswith("ال") and w not in all_name_words() \
        and _zipf().get(w, 0.0) >= _ADVERB_ZIPF


# honorifics and pronouns that stand for a person already named: no name of their own
HONORIFICS = frozenset(norm(w) for w in (
    "سيادته سموه فخامته معاليه جلالته سماحته فضيلته دولته حضرته سيادتها سموها معاليها").split())
PRONOUNS = frozenset(norm(w) for w in "هو هي هم هما وهو وهي وهم فهو فهي انا نحن انت".split())
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا")


_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")


def is_suffixed_noun(tok) -> bool:
    """A noun with a pronoun suffix as written (انضمامه، رفضها، اعتقالهم): it ends a name
    ("أعلن سامر خليل انضمامه"). A final ة (حمزة، طلحة) is no suffix, though normalised alike."""
    raw = _DIACRITICS.sub("", tok.text)
    for suffix in _PLURAL_PRONOUNS:
        if raw.endswith(suffix) and tok.norm not in all_name_words():
            base = tok.norm[:-len(suffix)]
            bare = base[2:] if base.startswith("ال") else base
            if len(bare) >= 3 and (base in common_words() or bare in common_words()
                                   or word_zipf(base) >= _SUFFIXED_BASE_ZIPF):
                return True   # "التزامهم المشترك"، "رفضها": a noun with "their", "her"
    if not raw.endswith("\u0647") or tok.norm in given_names():
        return False      # (طه، two letters, is a given name, no noun with "his")
    return is_no_person_word(tok.norm)


#: pronoun suffixes no name ends with (a final ه may be a name's ة: حمزة): the third person's
#: but ه
_PLURAL_PRONOUNS = tuple(s for s in _PRONOUN_SUFFIXES if s.startswith("ه") and s != "ه")
_SUFFIXED_BASE_ZIPF = 3.5


def _plain_word_alone(w: str) -> bool:
    """A word no name list holds that is a common word, bare (حاكم، آنذاك), after the article
    (المشترك، الجبان) or after a clitic (بالترشح، وتسليمه): no one-word name."""
    if w in common_words():
        return True
    if w.startswith("ال") and len(w) > 4 and w[2:] in common_words():
        return True
    return any(c and len(stem) < len(w) and (stem in common_words() or _suffixed_common(stem))
               for c, stem in strip_clitics(w)[1:])


# words the name lexicons list (arabnamer) that news uses as ordinary nouns: the sound of
# gunfire (دوي إطلاق نار) and the Levantine months (كانون الثاني، تموز)
MONTH_WORDS = frozenset(norm(w) for w in "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين".split())
NEWS_NOUNS = frozenset({norm(w) for w in "دوي أزيز هدير".split()} | MONTH_WORDS)
_MONTH_ORDINALS = frozenset(norm(w) for w in "الأول الثاني".split())
# pious formulas after a name, never a name themselves: رحمه الله، حفظه الله، رضي الله عنه
PIOUS_FORMULA_STARTS = frozenset(norm(w) for w in "رحمه رحمها رحمهم يرحمه حفظه حفظها حفظهم رضي".split())


def is_month_name(words) -> bool:
    """"كانون الثاني"، "تشرين الأول"، "تموز": a month, no person (normalised words)."""
    return bool(words) and words[0] in MONTH_WORDS and all(
        w in MONTH_WORDS or w in _MONTH_ORDINALS for w in words)


def is_no_person_word(w: str, kb=None, nickname=False) -> bool:
    """A one-word "person" that is no name: a pronoun (وهي), an honorific (سيادته), a noun
    with a pronoun suffix (قصفه، اعتقالهم), a nisba adjective alone (العراقي) or a noun the
    name lexicons hold by mistake (دوي، تموز). ``nickname``: a name given after الملقب بـ may
    be a definite common word (الذئب)."""
    if w in PRONOUNS or w in HONORIFICS or w in NEWS_NOUNS:
        return True
    if len(w) <= 2 or any(c.isdigit() for c in w):
        return True     # "2015م"، "الـ": no name
    if kb is not None and w.startswith("ال") and kb.demonym(w):
        return True
    if w in all_name_words():
        return False
    if not nickname and w.startswith("ال") and _zipf().get(w, 0.0) >= _KNOWN_WORD_ZIPF:
        return True     # "المنشق"، "المتهم"، "المحظور": a participle or noun no name list holds
    if _future_verb(w) or _verbal_noun_of_reciprocity(w):
        return True
    return _plain_word_alone(w) or _suffixed_common(w)


_FUTURE_LETTERS = ("سي", "ست", "سن")


def _future_verb(w: str) -> bool:
    """The future's س before an imperfect verb whose present is common (سيحدد، ستبدأ)."""
    return w.startswith(_FUTURE_LETTERS) and _zipf().get(w[1:], 0.0) >= _KNOWN_WORD_ZIPF + 1


def _verbal_noun_of_reciprocity(w: str) -> bool:
    """A five-letter verbal noun تفاعل common in general text (تطابق، تعاون، تبادل): no name."""
    return len(w) == 5 and w[0] == "ت" and w[2] == "ا" and _zipf().get(w, 0.0) >= _KNOWN_WORD_ZIPF


# a definite word at least this frequent in general text that no name list holds is a word
_KNOWN_WORD_ZIPF = 3.0


def word_zipf(w: str) -> float:
    """How common the word is in general text (Zipf scale, 0 when unseen)."""
    return _zipf().get(w, 0.0)


def is_suffixed_common(w: str) -> bool:
    """A common noun with a pronoun suffix, normalised (أكثرها، قصفه): no name of anything."""
    return _suffixed_common(w)


# nouns news uses only with a pronoun suffix, in idioms, rare bare: لقي حتفه (met his death)
IDIOM_STEMS = frozenset(norm(w) for w in "حتف".split())


def _suffixed_common(w: str) -> bool:
    """A common noun with a pronoun suffix (قصفه، اعتقالهم، حتفه). Never one with the article,
    which takes no suffix: المهدية، المقاطعة end in ة, normalised like the suffix ه."""
    if w.startswith("ال") and len(w) > 4:
        return False
    for suffix in _PRONOUN_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            for s in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None) + _suffixed_stem_forms(stem):
                if s and (s in common_words() or s in IDIOM_STEMS or _zipf().get(s, 0.0) >= 4.0):
                    return True
    return False


def _suffixed_stem_forms(stem: str) -> tuple:
    """The singular of a feminine plural before a pronoun suffix (تأكيداته، تعهداته: تأكيد،
    تعهد), whose plural general text writes less often than the singular."""
    return (stem[:-2],) if stem.endswith("ات") and len(stem) >= 5 else ()


# --- a name followed by the person's age: رائد (28 عاما)، سلمى الحمد، 30 عاما،
AGE_WORDS = frozenset(norm(w) for w in "عاما عام سنة سنوات أعوام عامًا".split())
_AGE_OPENERS = frozenset(["(", "،", ","])
_MAX_AGED_NAME = 3


def _aged_at(tokens, norms, k) -> bool:
    """Do tokens[k:] read "(NN عاما)" or "، NN عاما": a person's age?"""
    return k + 2 < len(tokens) and tokens[k].text in _AGE_OPENERS and norms[k + 1].isdigit() \
        and norms[k + 2] in AGE_WORDS


@starts_from(AGE_WORDS)
def aged_person_spans(tokens, norms, blocked) -> list:
    """``(i, j, clitic)`` of names right before an age (رائد (28 عاما)، سلمى الحمدي، 30 عاما):
    one to three name words, one of them a given name of the lexicon, after a known word."""
    out = []
    if AGE_WORDS.isdisjoint(norms):
        return out
    for a in compress(range(len(norms)), map(AGE_WORDS.__contains__, norms)):
        k = a - 2
        if k < 1 or not _aged_at(tokens, norms, k) or k - 1 in blocked:
            continue
        i = k
        while i > 0 and k - i < _MAX_AGED_NAME and i - 1 not in blocked and _aged_name_word(tokens[i - 1], norms[i - 1]):
            i -= 1
        if i == k:
            continue
        first = norms[i]
        clitic = "و" if first[:1] == "و" and first not in all_name_words() and first[1:] in given_names() else ""
        words = [first[len(clitic):]] + norms[i + 1:k]
        if any(w in given_names() for w in words) and (i == 0 or not _unknown_word(norms[i - 1])):
            out.append((i, k, clitic))
    return out


def _aged_name_word(tok, w: str) -> bool:
    if w in _NOT_NAMES:
        return False
    if _name_like(tok, w) or w in given_names() or w in all_name_words():
        return True
    return w[:1] == "و" and w[1:] in given_names() and w not in common_words()


def _unknown_word(w: str) -> bool:
    """A rare Arabic word no lexicon lists, which may be the first part of a foreign name
    (ابوليا ريان): a name before an age is taken only after a known word."""
    return _ARABIC_WORD.match(w) is not None and all(
        _zipf().get(st, 0.0) < 3.0 and st not in common_words() and st not in _NOT_NAMES
        for _, st in strip_clitics(w))


# --- a lone given name after a word for a person: الشاب سامر، الطالبة سلمى، شقيقه رامي
PERSON_DESCRIPTORS = frozenset(norm(w) for w in (
    "الشاب الشابة الطفل الطفلة الفتى الفتاة الصبي المواطن المواطنة الشهيد الشهيدة الطالب الطالبة "
    "الرجل المرأة السيدة المسن المسنة العامل المزارع الراعي الصياد "
    "والده والدته شقيقه شقيقته شقيقها شقيقتها ابنه ابنته ابنها ابنتها زوجته زوجها نجله نجلها "
    "عمه خاله جده جدته").split())
_DESCRIBED_CLITICS = ("", "و")


#: the words for a person as they stand in text, with each clitic (a set test per token)
_DESCRIBED_FORMS = frozenset(c + w for c in _DESCRIBED_CLITICS for w in PERSON_DESCRIPTORS)


@starts_from(_DESCRIBED_FORMS)
def described_person_spans(tokens, norms, blocked) -> list:
    """``(i, j, clitic)`` of a given name (and its family names) right after a word for a person
    (الشاب سامر، الطالبة سلمى، شقيقه رامي خليل): the lexicon's given name, no common word."""
    out = []
    nt = len(norms)
    for d in compress(range(nt), map(_DESCRIBED_FORMS.__contains__, norms)):
        i = d + 1
        if i >= nt or i in blocked or d in blocked:
            continue
        w = norms[i]
        if w not in given_names() or w in common_words() or w in _NOT_NAMES:
            continue
        j = i + 1
        while j < nt and j - i < 3 and j not in blocked and norms[j] not in _NOT_NAMES \
                and (norms[j] in family_names() or norms[j] in given_names()) and norms[j] not in common_words() \
                and _name_like(tokens[j], norms[j]):
            j += 1
        if j == i + 1 and _is_common(w) and norms[d].lstrip("و") not in KIN_WORDS:
            continue    # "الطفل سعيد": the child is happy; a frequent name alone only after kin
        out.append((i, j, ""))
    return out


KIN_WORDS = frozenset(norm(w) for w in (
    "والده والدته شقيقه شقيقته شقيقها شقيقتها ابنه ابنته ابنها ابنتها زوجته زوجها نجله نجلها "
    "عمه خاله جده جدته").split())


# --- a mother's kunya after a word that tells of a woman: وقالت أم محمد، سيدة تدعى أم أحمد
UMM = norm("أم")
#: the words after which "أم X" is a woman's kunya, not "or X": a feminine verb of speech, a
#: word for a woman, "called"
UMM_CUES = frozenset(c + norm(w) for c in _DESCRIBED_CLITICS for w in (
    "قالت تقول أضافت أكدت أوضحت روت تروي ذكرت أشارت صرحت تدعى المدعوة السيدة الحاجة والدته "
    "النازحة المواطنة").split())


@starts_from(UMM_CUES)
def umm_kunya_spans(tokens, norms, blocked) -> list:
    """``(i, j, "")`` of a mother's kunya (أم + a given name of the lexicon, no common word)
    right after a feminine verb of speech or a word for a woman: "وقالت أم محمد" is a woman,
    where "أحمد أم محمد" would be "Ahmad or Muhammad"."""
    out = []
    nt = len(norms)
    for d in compress(range(nt), map(UMM_CUES.__contains__, norms)):
        i = d + 1
        if i + 1 >= nt or i in blocked or i + 1 in blocked or norms[i] != UMM:
            continue
        w = norms[i + 1]
        if w in given_names() and w not in common_words() and w not in _NOT_NAMES:
            out.append((i, i + 2, ""))
    return out
