"""Places that news names with no head word before them, or with a bracket between the head
and the name. Each rule is one small function over a sentence's tokens; they run
after the knowledge base and the head patterns (kg.mentions), on the tokens those left.

- ``prefixed_place_spans``: a village named by a compound whose first word says what it is
  (تل، كفر، دير، خان، جسر، مرج، قلعة، بئر) after a preposition or a list's و: في تل صخرون،
  من خان بني زيد، وكفر سوسة.
- ``coordinated_place_spans``: a rare word joined by و to a place already found is one more
  place of the list: بين حمص وزيدل وفيروزة (a word common in general text, a given name or a
  suffixed noun is not: دمشق وريفها); after two places of a list, a town the gazetteer knows
  is one too, however common a word (صنعاء وصعدة وعمران وحجة).
- ``heading_place_spans``: a rare word or a known town alone after باتجاه or قرب: انسحبوا باتجاه
  اللطامنة، قرب سرونق.
- ``bracketed_place_spans``: the name in parentheses or quotes after a place or facility head:
  قرية (الحمرا)، قاعدة «الشعيرات»، مطار "المزة".
- ``seat_of_power_spans``: a state's palace or government house, named by a definite head and
  its adjective: القصر الرئاسي، القصر الجمهوري، السراي الحكومي.
"""
from __future__ import annotations

import re
from itertools import compress

from kg.caches import WordCache
from kg.lexicon import (DIRECTIONS, FACILITY_HEADS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, POST_HEADS,
                        STOPWORDS, common_words, strip_clitics, word_set, words_read_as)
from kg.mention_gates import starts_from
from kg.mentions_common import _dual_or_plural_of_common, bracketed_name_end
from kg.names import given_names, place_names
from kg.normalize import norm as _norm

_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")

#: first words of compound village names that say what the place is (hill, village, monastery,
#: inn, bridge, meadow, castle, well); not رأس، عين، بيت (head, eye, house: too often words)
PLACE_PREFIXES = word_set("تل كفر دير خان جسر مرج قلعة بئر")
#: the clitics a place word may carry in a list or after a preposition
_PLACE_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف", "فب"])
#: the words before a place's name that say where: في تل X، من خان X، قرب دير X
LOCATIVES = word_set("في من الى إلى على عن قرب بين حتى نحو باتجاه داخل محيط أطراف مدخل عند وفي ومن "
                     "والى وإلى وعلى وقرب وحتى ونحو تجاه شرق غرب شمال جنوب شرقي غربي شمالي جنوبي")
#: the second word of a compound "X بني Y" (خان بني زيد، دير بني سالم)
_SONS = "بني"
#: a word this common in general text is an ordinary word, not a village's name
_RARE_ZIPF = 3.6
#: a definite word after a prefix this common is an ordinary phrase (خان الوطن: betrayed the nation)
_DEFINITE_NAME_ZIPF = 4.5
_NOT_NAMES = frozenset(STOPWORDS | PERSON_TITLES | POST_HEADS | ORG_HEADS | set(PLACE_HEADS)
                       | FACILITY_HEADS | DIRECTIONS)


def _zipf(w: str) -> float:
    from kg.mentions_names import word_zipf
    return word_zipf(w)


def _rare_place_word(w: str) -> bool:
    """May the word, alone, be a village's name: Arabic, not a function word, a head or a
    title, rare in general text, no given name, no common noun with a clitic or a suffix?"""
    from kg.mentions_names import is_accusative_noun, is_suffixed_common
    if len(w) < 3 or not _ARABIC_WORD.match(w) or w in _NOT_NAMES or w in common_words():
        return False
    if _zipf(w) >= _RARE_ZIPF or w in given_names() or is_suffixed_common(w) or is_accusative_noun(w):
        return False
    bare = w[2:] if w.startswith("ال") and len(w) > 4 else w
    if bare in _NOT_NAMES or bare in common_words():
        return False
    return not any(c and (st in common_words() or st in _NOT_NAMES) for c, st in strip_clitics(w))


RARE_PLACE_WORD = WordCache(_rare_place_word)


def _definite_name_word(w: str) -> bool:
    """A definite word that may end a compound village name (تل الزعتر، دير البلح)."""
    return w.startswith("ال") and len(w) > 3 and _ARABIC_WORD.match(w) is not None \
        and w not in _NOT_NAMES and w not in common_words() and _zipf(w) < _DEFINITE_NAME_ZIPF


DEFINITE_NAME_WORD = WordCache(_definite_name_word)


def _prefix_clitic(w: str):
    """The clitic before a place prefix word (وكفر -> "و"), or None when the word is none."""
    for c, st in strip_clitics(w):
        if st in PLACE_PREFIXES and c in _PLACE_CLITICS:
            return c
    return None


def _compound_end(tokens, k, blocked):
    """End of the name after a place prefix whose next token is k (بني + name, a definite
    name word, a known town or one rare word), or None."""
    nt = len(tokens)
    if k >= nt or k in blocked:
        return None
    n = tokens[k].norm
    if n == _SONS:
        if k + 1 < nt and k + 1 not in blocked and (RARE_PLACE_WORD[tokens[k + 1].norm]
                                                     or tokens[k + 1].norm in given_names()):
            return k + 2
        return None
    if n in place_names() or DEFINITE_NAME_WORD[n] or RARE_PLACE_WORD[n]:
        return k + 1
    return None


PREFIX_CLITIC = WordCache(_prefix_clitic)
_PREFIX_FORMS = words_read_as(PLACE_PREFIXES)     # the words that may be a prefix, with a clitic


@starts_from(_PREFIX_FORMS)
def prefixed_place_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic) of compound village names with no head before them, found after a
    preposition or a list's و: "في تل صخرون"، "من خان بني زيد"، "وكفر سوسة"."""
    out = []
    nt = len(tokens)
    for i in compress(range(nt), map(_PREFIX_FORMS.__contains__, norms)):
        n = norms[i]
        if i in blocked or i + 1 >= nt:
            continue
        clitic = PREFIX_CLITIC[n]
        if clitic is None:
            continue
        if not clitic and not (i > 0 and norms[i - 1] in LOCATIVES):
            continue
        j = _compound_end(tokens, i + 1, blocked)
        if j is not None:
            out.append((i, j, clitic))
    return out


#: "towards": a place's name follows (انسحبوا باتجاه اللطامنة، تقدمت القوات باتجاه سرمدا)
HEADINGS = word_set("باتجاه وباتجاه")
#: "near": a place's name follows too (صدوا هجوما قرب سرونق)
NEAR = word_set("قرب وقرب")
#: pronoun suffixes as normalised (ها، هم، هما، هن): a noun of something named before, after قرب
_NEAR_SUFFIXES = ("ها", "هم", "هما", "هن")
HEADINGS |= NEAR


@starts_from(HEADINGS)
def heading_place_spans(tokens, norms, blocked) -> list:
    """(i, i + 1, "") of a village named with no head after "باتجاه": a rare word or a town the
    gazetteer knows, alone ("انسحبوا باتجاه اللطامنة"); a list's next places are found by
    :func:`coordinated_place_spans`."""
    out = []
    for k in compress(range(len(tokens) - 1), map(HEADINGS.__contains__, norms[:-1])):
        i = k + 1
        n = norms[i]
        if i in blocked or not (RARE_PLACE_WORD[n] or (n in place_names() and n not in common_words()
                                                        and n not in given_names() and n not in _NOT_NAMES)):
            continue
        if i + 1 < len(tokens) and i + 1 not in blocked and _ARABIC_WORD.match(norms[i + 1]) \
                and not norms[i + 1].startswith("و") and norms[i + 1] not in LOCATIVES \
                and norms[i + 1] not in STOPWORDS:
            continue     # a longer name or a phrase follows: not read here
        if norms[k] in NEAR and (n.startswith("ال") or i + 1 in blocked or n.endswith(_NEAR_SUFFIXES)):
            continue     # "قرب الثكنة": a thing near which; "قرب مصفى بيجي": a head before a name;
            #              "قرب مينائها": its port
        out.append((i, i + 1, ""))
    return out


_SUFFIX_PRONOUNS = ("ها", "هم", "هما", "هن", "ه")
_VERB_ENDS = ("وا", "تا", "ت")
#: the first letters of verbal nouns of the derived verb forms (استعداء، انسحاب، اتفاق)
_DERIVED_STARTS = ("است", "انت", "انس", "ات")
#: the first letters of imperfect verbs of the derived forms (ينحسر، يتقدم، يستعيد، تنسحب)
_IMPERFECT_STARTS = ("ين", "يت", "يست", "تن", "تت", "تست", "نت", "نست")
#: a first letter of the imperfect before a common stem (يفجر، تقتل، ستقسم) makes a verb
_IMPERFECT_LETTERS = ("ي", "ت")   # (not ن: a first person plural is rare in a list, and villages start so: نمرة)
_VERB_STEM_ZIPF = 3.5
#: the adjectives that end a place's name (الهضبة الوسطى، القرية الشرقية، الحويجة العليا)
NAME_ADJECTIVES = word_set("الوسطى السفلى العليا الكبرى الصغرى الشرقي الغربي الشمالي الجنوبي "
                           "الشرقية الغربية الشمالية الجنوبية القديمة الجديدة")
_LIST_ZIPF = 3.0
#: the endings of a feminine noun's dual (منشأتان، منشأتين)
_DUAL_ENDS = ("تان", "تين")


def _listed_word(word: str, text: str) -> bool:
    """May the word after a list's و be one more place's name (stem: the word without و)?

    Rare in general text with its و too (وافقت، وزير are words), and shaped like no verb
    (ونفذوا، ومدت), no noun with a pronoun (وحلفاءها), no participle or verbal noun
    (والمحاذية، واستعداء) and no plural of a common noun (وجهاديين)."""
    stem = word[1:]
    if not RARE_PLACE_WORD[stem] or word in common_words() or _zipf(word) >= _LIST_ZIPF:
        return False
    if stem in place_names():
        return True
    if any(c in ("ل", "ب") and _zipf(st) >= _GOVERNED_NOUN_ZIPF for c, st in strip_clitics(stem)):
        return False     # "ولوكيل إمارة المنطقة": a preposition and a common noun, no village
    plain = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if plain.endswith(_SUFFIX_PRONOUNS) or stem.endswith(_VERB_ENDS) or stem.endswith("اء"):
        return False
    if stem.endswith(_DUAL_ENDS) or _dual_or_plural_of_common(stem):
        return False     # "ومنشأتان"، "ومسؤولان": a counted noun (two facilities, two officials), no village
    bare = stem[2:] if stem.startswith("ال") else stem
    verb = stem[1:] if stem[:1] == "س" else stem      # the future's س: وستقسم
    if verb.startswith(_IMPERFECT_LETTERS) and _zipf(verb[1:]) >= _VERB_STEM_ZIPF:
        return False
    if bare.startswith(_DERIVED_STARTS) or stem.startswith(_IMPERFECT_STARTS) or (stem.startswith("ال") and bare.startswith("م")):
        return False
    if bare.endswith("ي") and _zipf(bare + "ن") >= _CONSTRUCT_PLURAL_ZIPF:
        return False     # "ومتمردي حزب X": a plural in construct (متمردين without its ن), no village
    return not (bare.endswith(("ين", "ون", "ات")) and _zipf(bare[:-2]) >= 2.0)


#: how common a noun after a list's و and a glued ل or ب must be to read as "and for/with" it
_GOVERNED_NOUN_ZIPF = 3.5
#: demonstratives: after a list's next word they make it a verb and its object (واكب هذا التوجه)
_DEMONSTRATIVES = word_set("هذا هذه ذلك تلك هؤلاء")


#: how common the plural (the word + ن) of a word in ي after a list's و must be for the word
#: to be that plural in construct
_CONSTRUCT_PLURAL_ZIPF = 2.5


def _gazetteer_item(norms, k) -> bool:
    """Is norms[k] و + a town GeoNames knows (kg/ner/data/place_names.txt), standing as a whole
    item of a list (a comma, a full stop, the next و or the end after it)? Read so only after
    two places of the list, where a common word (حجة) or a given name (عمران) is a town too."""
    stem = norms[k][1:]
    if len(stem) < 3 or stem not in place_names() or stem in STOPWORDS:
        return False
    nxt = norms[k + 1] if k + 1 < len(norms) else ""
    return not nxt or not nxt.isalpha() or (nxt.startswith("و") and len(nxt) > 2) or nxt in LOCATIVES


def coordinated_place_spans(tokens, norms, blocked, places) -> list:
    """(i, j, clitic) of rare words joined by و to a place already found (``places``: its
    (i, j, after_wa) token spans, ``after_wa`` when the mention leaves a و before it out),
    each next one joined to the one before: "بين حمص وزيدل وفيروزة"; and the rare word before
    "و + place" after a preposition: "بين زيدل وحمص"."""
    out = []
    nt = len(tokens)
    taken = set(blocked)
    place_starts = {i for i, _, _ in places}
    for i, j, after_wa in sorted(places):
        k = j
        listed = 2 if after_wa else 1      # the places of the list so far
        while k < nt and k not in taken and norms[k].startswith("و"):
            stem = norms[k][1:]
            if listed >= 2 and _gazetteer_item(norms, k):
                end = k + 1      # صنعاء وصعدة وعمران وحجة: a town's name, however common a word
            elif _listed_word(norms[k], tokens[k].text):
                if k + 1 < nt and norms[k + 1] in _DEMONSTRATIVES:
                    break    # "أمير منطقة القصيم واكب هذا التوجه": a verb and its object
                if k + 1 in place_starts and not norms[k + 1].startswith("و"):
                    break    # "في لحج وتخوم عدن": a noun before the place it belongs to (no و
                    #          between them, as in a list: "الموصل ومخمور والفلوجة")
                end = k + 1
                if end < nt and end not in taken and norms[end] in NAME_ADJECTIVES:
                    end += 1     # والهضبة الوسطى
            elif stem in PLACE_PREFIXES:
                end = _compound_end(tokens, k + 1, taken)
                if end is None:
                    break
            else:
                break
            out.append((k, end, "و"))
            taken.update(range(k, end))
            k = end
            listed += 1
        if i >= 2 and after_wa and i - 1 not in taken and norms[i - 2] in LOCATIVES \
                and _listed_word("و" + norms[i - 1], tokens[i - 1].text):
            out.append((i - 1, i, ""))
            taken.add(i - 1)
    return out


_OPEN = {"(": ")", "«": "»", '"': '"', "“": "”"}
_OPEN_SET = frozenset(_OPEN)
#: heads whose name in brackets is a place: the town and region heads, the facility heads,
#: and hills (تلة)
_BRACKET_HEADS = frozenset(set(PLACE_HEADS) | FACILITY_HEADS)
_BRACKET_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف"])
_MAX_BRACKETED = 3


def _bracket_head(w: str):
    for c, st in strip_clitics(w):
        if st in _BRACKET_HEADS and c in _BRACKET_CLITICS:
            return st
    return None


BRACKET_HEAD = WordCache(_bracket_head)


@starts_from(_OPEN_SET)
def bracketed_place_spans(tokens, norms, blocked) -> list:
    """(i, j, keep_head, subtype) of names in parentheses or quotes after a place or facility
    head: tokens[i:j] is the name inside the brackets; ``keep_head``: a facility keeps its head
    (قاعدة «X» is written قاعدة X), a town does not (قرية (X) is X)."""
    out = []
    nt = len(tokens)
    if _OPEN_SET.isdisjoint(norms):
        return out
    for o in compress(range(nt), map(_OPEN_SET.__contains__, norms)):
        i = o - 1
        if i < 0 or i + 3 >= nt or tokens[i + 1].text not in _OPEN or i in blocked:
            continue
        n = norms[i]
        head = BRACKET_HEAD[n]
        if head is None:
            continue
        k = bracketed_name_end(tokens, norms, i + 2, _OPEN[tokens[i + 1].text], blocked, _MAX_BRACKETED,
                               _ARABIC_WORD.match)
        if k is None:
            continue
        keep = head in FACILITY_HEADS
        out.append((i, k + 1, keep, PLACE_HEADS.get(head)))
    return out


#: words that set a town's rank after its name: زنكلان، عاصمة ولاية الشمال؛ X كبرى مدن Y
_CAPITAL_WORDS = word_set("عاصمة وعاصمة كبرى مركز")
_CITIES = word_set("مدن")
_COMPLEMENTIZERS = word_set("أن إن بأن وأن وإن")
_COMMAS = frozenset(["،", ","])


def _ranked_at(norms, k) -> bool:
    """Does tokens[k:] set a town's rank: عاصمة، كبرى مدن، مركز + a place head?"""
    n = norms[k] if k < len(norms) else ""
    if n not in _CAPITAL_WORDS:
        return False
    if n == "كبري":
        return k + 1 < len(norms) and norms[k + 1] in _CITIES
    if n == "مركز":
        return k + 1 < len(norms) and norms[k + 1] in PLACE_HEADS
    return True


@starts_from(_CAPITAL_WORDS)
def capital_apposed_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic) of a rare word named a town by the rank after it ("زنكلان، عاصمة ولاية
    الشمال"، "X كبرى مدن Y"، "X مركز محافظة Y"): after a comma, or after a preposition or أنّ
    when no comma ("سيطروا على X عاصمة ..."; "زار X عاصمة ..." is a visitor)."""
    out = []
    if _CAPITAL_WORDS.isdisjoint(norms):
        return out
    for k in compress(range(len(tokens)), map(_CAPITAL_WORDS.__contains__, norms)):
        if k == 0 or not _ranked_at(norms, k):
            continue
        comma = tokens[k - 1].text in _COMMAS
        i = k - 2 if comma else k - 1
        if i < 0 or i in blocked:
            continue
        clitic = next((c for c, st in strip_clitics(norms[i]) if c in _PLACE_CLITICS
                       and (RARE_PLACE_WORD[st] or st in place_names()) and st not in given_names()), None)
        if clitic is None:
            continue
        if not (comma or clitic or (i > 0 and (norms[i - 1] in LOCATIVES or norms[i - 1] in _COMPLEMENTIZERS))):
            continue
        out.append((i, i + 1, clitic))
    return out


_REPEAT_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
#: the prepositions before a word that make it a place ("عن X" is "about X", "على X" "on X")
PLACE_EVIDENCE = word_set("في وفي الى إلى والى وإلى داخل قرب نحو باتجاه حتى وحتى محيط أطراف")
_MAX_REPEATED = 3


def _core_name(m, heads):
    """The normalised words of a place mention without its head word (مديرية دار سعد -> دار سعد)."""
    from kg.normalize import norm
    words = norm(m.text).split()
    if len(words) > 1 and words[0] in heads:
        words = words[1:]
    return tuple(words)


def _worth_repeating(words) -> bool:
    """A name rare enough to be the same place wherever the text repeats it: one to three words,
    at least one rare (no common word, no given name)."""
    return 0 < len(words) <= _MAX_REPEATED and any(RARE_PLACE_WORD[w] for w in words) \
        and not (len(words) == 1 and words[0] in given_names())


def repeated_place_spans(sentences, mentions) -> list:
    """(sentence index, i, j, clitic, subtype) of bare repetitions of a place's name that a head
    or a list found once in the document: "سيطروا على مدينة زنكلان ... ثم دخلوا زنكلان", when
    the text puts the name after a preposition of place at least once (في زنكلان، بزنكلان)."""
    heads = frozenset(set(PLACE_HEADS) | FACILITY_HEADS)
    names = {}
    for m in mentions:
        if m.type == "Place" and m.source == "pattern" and not m.nominal:
            words = _core_name(m, heads)
            if _worth_repeating(words):
                names.setdefault(words, m.subtype)
    if not names:
        return []
    firsts = {w[0] for w in names}
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    out = []
    placed = set()      # the names the text puts after a preposition somewhere: في X، بX
    forms = {c + w for c in _REPEAT_CLITICS for w in firsts}
    from bisect import bisect_right
    for si, sent in enumerate(sentences):
        norms = sent.norms
        if forms.isdisjoint(norms):
            continue
        for k in compress(range(len(norms)), map(forms.__contains__, norms)):
            n = norms[k]
            for c in _REPEAT_CLITICS:
                if not n.startswith(c) or n[len(c):] not in firsts:
                    continue
                for words, sub in names.items():
                    j = k + len(words)
                    if words[0] != n[len(c):] or tuple(norms[k + 1:j]) != words[1:]:
                        continue
                    if ("ب" in c and not words[0].startswith("ال")) or (k > 0 and norms[k - 1] in PLACE_EVIDENCE):
                        placed.add(words)
                    s, e = sent.tokens[k].start, sent.tokens[j - 1].end
                    p = bisect_right(starts, e) - 1
                    if p >= 0 and taken[p][1] > s:
                        continue     # inside a mention already (or overlapping one)
                    out.append((si, k, j, c, sub, words))
                break
    # a name never put after a preposition may be a thing's (قرية التمور: a festival's village;
    # أنواع التمور: dates)
    return [(si, k, j, c, sub) for si, k, j, c, sub, words in out if words in placed]


#: the seats of a state's power that news names by a definite head and its adjective, one
#: per country: places (اقتحموا القصر الرئاسي، اجتماع في السراي الحكومي)
SEATS_OF_POWER = {_norm(head): word_set(adjectives) for head, adjectives in {
    "القصر": "الرئاسي الجمهوري الملكي",
    "السراي": "الحكومي الكبير",
    "السرايا": "الحكومية",
}.items()}
_SEAT_CLITICS = frozenset(["", "و", "ب", "وب", "ف", "فب", "ل", "ول", "ك", "لل", "ولل"])


def _seat_head(w: str):
    """(clitic, head) of a seat of power's head word (بالقصر -> ("ب", "القصر")), or None."""
    return next(((c, stem) for c, stem in strip_clitics(w) if c in _SEAT_CLITICS and stem in SEATS_OF_POWER),
                None)


_SEAT_FORMS = words_read_as(SEATS_OF_POWER)     # the words that may be a seat's head, with a clitic


@starts_from(_SEAT_FORMS)
def seat_of_power_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic) of "القصر الرئاسي"، "القصر الجمهوري"، "السراي الحكومي" (بالقصر too)."""
    out = []
    if _SEAT_FORMS.isdisjoint(norms):
        return out
    for k in compress(range(len(norms) - 1), map(_SEAT_FORMS.__contains__, norms)):
        if k in blocked or k + 1 in blocked:
            continue
        head = _seat_head(norms[k])
        if head is not None and norms[k + 1] in SEATS_OF_POWER[head[1]]:
            out.append((k, k + 2, head[0]))
    return out
