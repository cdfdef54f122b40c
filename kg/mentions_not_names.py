"""Candidate mentions that look like names and are not: each kind a small named check,
read from data declared here, applied to a sentence's candidates before overlaps are
resolved (kg.mentions.find_mentions).

Found by running the extractor over news it was never tuned on and reading the most
frequent entities of each type: the same few phrasings made false persons, places and
organisations in article after article.

- God named in a pious formula (بعد توفيق الله سبحانه وتعالى، ولله الحمد، الله alone);
- a title before a word that is a preposition glued to a common noun: "الفريق الأول لكرة
  القدم" is the first football team (الفريق is also a general's rank), "أشاد الوزير بدور
  الهيئة" praises the authority's role;
- a place head before an ordinal or a common indefinite adjective: "ولاية خامسة" is a
  fifth term of office, "مدينة جديدة" a new city;
- a common noun phrase the name list holds by mistake ("السيرة الذاتية", a CV);
- an indefinite accusative common noun alone, taken for a person: "تلقت الشرطة بلاغا";
- a one-word organisation that is the definite form of a known body's short name, which
  that name never takes: "الحماس" is enthusiasm, حماس the movement.
"""
from __future__ import annotations

from kg.lexicon import PLACE_HEADS, strip_clitics
from kg.mentions_names import word_zipf
from kg.names import all_name_words, given_names
from kg.normalize import norm


def _words(text: str) -> frozenset:
    return frozenset(norm(w) for w in text.split())


GOD = norm("الله")
#: praise said after God's name: the name before is His, no person's
PRAISE_AFTER = _words("سبحانه تعالى عز جل جلاله")
#: God's grace, help, will ...: "بعد توفيق الله"، "بفضل الله"، "بإذن الله" (a two-word
#: mention of one of these and الله, after بعد or with ب glued, is the formula)
GRACE_NOUNS = _words("توفيق فضل حمد اذن عون مشيئة رحمة نعمة")
#: "ولله الحمد"، "الحمد لله"
PRAISE_WORD = norm("الحمد")
TO_GOD = _words("لله ولله فلله")
BEFORE_GRACE = _words("بعد ثم")

#: prepositions glued to a word after a title: with a common noun they make no name
NAME_PREPOSITIONS = frozenset(["ل", "ب", "ك", "لل", "وب", "ول", "فب", "فل"])
#: how common the noun after the preposition must be (Zipf) for the word to read as one
_COMMON_NOUN_ZIPF = 4.5

#: ordinals and common adjectives after a place head: no place's name
NOT_PLACE_NAMES = _words("اولى ثانية ثالثة رابعة خامسة سادسة سابعة ثامنة تاسعة عاشرة اخيرة اخرى "
                         "جديدة جديد واحدة واحد ثانيه كاملة كامل اضافية اضافي")

#: common noun phrases the personal-name list (Wikidata's labels) holds by mistake
LEXICON_MISTAKES = frozenset(norm(p) for p in ("السيرة الذاتية", "الشاب العربي"))

#: an accusative noun: the word's last alef, after a noun at least this long and common
_ACCUSATIVE_BASE_LEN = 4
_ACCUSATIVE_BASE_ZIPF = 3.5
_ACCUSATIVE_WORD_ZIPF = 3.0


def is_pious_formula(words, before, after) -> bool:
    """God in a formula: ``words`` the mention's normalised words, ``before`` / ``after``
    the normalised words right before and after it (or "")."""
    if words == [GOD]:
        return True
    if words == [PRAISE_WORD] and (before in TO_GOD or after in TO_GOD):
        return True
    if len(words) >= 2 and words[-1] == GOD:
        if after in PRAISE_AFTER or words == [PRAISE_WORD, GOD]:     # (الحمد الله: لله misspelt)
            return True
        if len(words) == 2 and words[0] in GRACE_NOUNS and before in BEFORE_GRACE:
            return True
    return False


def is_preposition_and_noun(word: str, next_word: str = "") -> bool:
    """A preposition glued to a common noun (لكرة، بدور) that is no given name itself; a
    word the name lists hold (باسم، بيلي) is a name unless a definite noun follows it, as
    a construct's second term does ("بدور الهيئة", "باسم أبو داود" stays a name)."""
    if word in given_names() or (word in all_name_words() and not next_word.startswith("ال")):
        return False
    return any(c in NAME_PREPOSITIONS and word_zipf(s) >= _COMMON_NOUN_ZIPF and s not in given_names()
               for c, s in strip_clitics(word) if c)


def is_head_and_ordinal(words) -> bool:
    """A place head and an ordinal or a common adjective: ولاية خامسة، مدينة جديدة."""
    return len(words) == 2 and words[0] in PLACE_HEADS and words[1] in NOT_PLACE_NAMES


def is_accusative_noun(word: str) -> bool:
    """An indefinite accusative of a common noun (بلاغا، اتصالا), itself a word of general
    text, and no name: neither it nor the noun is in the name lists (ميتشيلا is Michela)."""
    if not word.endswith("ا") or word in given_names() or word.startswith("ال"):
        return False
    base = word[:-1]
    return len(base) >= _ACCUSATIVE_BASE_LEN and word_zipf(base) >= _ACCUSATIVE_BASE_ZIPF \
        and word_zipf(word) >= _ACCUSATIVE_WORD_ZIPF and base not in all_name_words()


def is_definite_short_name(word: str, kb) -> bool:
    """ال before a known organisation's one-word name that is never written with it, when
    the name is a common word and so is its definite form (الحماس); a foreign acronym
    takes ال (الأوبك) and is rare as a word."""
    if kb is None or not word.startswith("ال") or len(word) < 5 or kb.has_alias(word):
        return False
    return word_zipf(word) >= _DEFINITE_WORD_ZIPF and word_zipf(word[2:]) >= _BARE_NAME_ZIPF \
        and any(e.type == "Organization" for e in kb.find(word[2:]))


#: how common (Zipf) a definite word and the bare short name must be to read as a noun
_DEFINITE_WORD_ZIPF = 3.5
_BARE_NAME_ZIPF = 4.0


def not_names(mentions, tokens, kb=None) -> list:
    """The candidate ``mentions`` of one sentence (``tokens``) without those that are no
    names; a knowledge-base mention is always kept."""
    if not mentions:
        return mentions
    by_start = {t.start: k for k, t in enumerate(tokens)}
    by_end = {t.end: k for k, t in enumerate(tokens)}

    def drop(m) -> bool:
        if m.source == "kb" or m.nominal:
            return False
        words = norm(m.text).split()
        if not words:
            return False
        i, j = by_start.get(m.start), by_end.get(m.end)
        first = tokens[i] if i is not None else None
        before = tokens[i - 1].norm if i else ""
        after = tokens[j + 1].norm if j is not None and j + 1 < len(tokens) else ""
        if is_pious_formula(words, before, after):
            return True
        if m.type == "Person":
            if " ".join(words) in LEXICON_MISTAKES:
                return True
            if m.title and m.source == "pattern" and first is not None and first.norm == words[0] \
                    and is_preposition_and_noun(words[0], words[1] if len(words) > 1 else after):
                return True
            if len(words) == 1 and m.source == "ner" and is_accusative_noun(words[0]):
                return True
        elif m.type == "Place":
            if m.source == "pattern" and is_head_and_ordinal(words):
                return True
        elif m.type == "Organization":
            if len(words) == 1 and m.source == "ner" and is_definite_short_name(words[0], kb):
                return True
        return False

    return [m for m in mentions if not drop(m)]
