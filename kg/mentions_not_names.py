"""Candidate mentions that look like names and are not: each kind a small named check,
read from data declared here, applied to a sentence's candidates before overlaps are
resolved (kg.mentions.find_mentions).

Found by running the extractor over news it was never tuned on and reading the most
frequent entities of each type: the same few phrasings made false persons, places and
organisations in article after article.

- God named in a pious formula (بعد توفيق الله سبحانه وتعالى، ولله الحمد، الله alone), the
  epithet after a holy word (آيات الذكر الحكيم، الرسول الكريم);
- a title before a word that is a preposition glued to a common noun: "الفريق الأول لكرة
  القدم" is the first football team (الفريق is also a general's rank), "أشاد الوزير بدور
  الهيئة" praises the authority's role;
- a place head before an ordinal or a common indefinite adjective: "ولاية خامسة" is a
  fifth term of office, "مدينة جديدة" a new city;
- a verb and the preposition على taken for a name and Ali (أشرف على هجمات), and a
  feminine adjective closing a person's name (والمخلوع صالح الانقلابية: cut off);
- an idiom that reads as a body's name (بقوة السلاح), a base named by its kind (القاعدة الجوية);
- kinship words alone (ابن عم الرئيس: a relative, no name), or one with a pronoun (ونجله);
- a common word with its ل in which the tagger saw a name (لدينا: no دينا);
- a common noun phrase the name list holds by mistake ("السيرة الذاتية", a CV);
- a plural verb alone (وتعرفوا);
- an indefinite accusative common noun alone, taken for a person: "تلقت الشرطة بلاغا";
- a one-word organisation that is the definite form of a known body's short name, which
  that name never takes: "الحماس" is enthusiasm, حماس the movement;
- a place head alone taken for a person (في دمشق جبال القلمون);
- a make or model after طراز or نوع (طائرة من طراز «غلوبال هوك»);
- a manner phrase, ب + a noun + an adjective of degree (بريبة كبيرة);
- a sum of money, a number word and a currency (ألف دينار);
- a dual or plural noun and its adjective, counting people (خبيران عسكريان، شابتان انتحاريتان);
- any candidate written with tanween (سنياً مزيفاً): an indefinite word, no name.
- a preposition of place opening a person's name (خسارة الفريق أمام الهلال);
- a river's bank (الضفة الغربية لنهر الفرات), no West Bank (the known place too:
  kg.mentions_kb_context);
- a facility head and a body's nominal (مستشفى المنظمة، مكتب الحركة): the body's building;
- a body's name that is a dual noun after a word counting people (بينهم طالبان: two students);
- a word for the weather the tagger alone found (السيول، العواصف);
- a place that is a noun with a pronoun suffix, alone or after a head (في أسرنا، منطقة سيطرتهم).

Cut off rather than dropped: a blessing after a name (الملك فهد طيب الله ثراه), على spelt
with ى, a feminine adjective or a verb opening with ي at a person's end (جمال عبد الناصر يأمر), an institution's adjective after a royal's
name (مركز الملك فهد الثقافي); و glued to a tagged name (وكارتر) and a verb opening the
sentence before it (ورأى الجبير); a preposition the tagger glued to a body's first word
(التابعة لرابطة العالم الإسلامي) and what the body did after its name (الوزارة ألقت) are
left out of the body's name.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import islice

from kg.lexicon import (PLACE_HEADS, SPEECH_VERBS, STOPWORDS, common_words, original_prefix_length, strip_clitics,
                        word_set)
from kg.mentions_names import (_PRONOUN_SUFFIXES, PIOUS_FORMULA_STARTS, is_adverbial_accusative, is_suffixed_common,
                               is_suffixed_noun, word_zipf)
from kg.mentions_patterns import ORDINALS      # (regnal ordinals end a name: إليزابيث الثانية)
from kg.names import all_name_words, given_names, place_names
from kg.normalize import norm


GOD = norm("الله")
#: praise said after God's name: the name before is His, no person's
PRAISE_AFTER = word_set("سبحانه تعالى عز جل جلاله")
#: what starts a blessing after a name (رحمه الله، طيب الله ثراه، رضي الله عنه; طيب only
#: before الله: رجب طيب أردوغان)
FORMULA_STARTS = PIOUS_FORMULA_STARTS | word_set("طيب")
#: God's grace, help, will ...: "بعد توفيق الله"، "بفضل الله"، "بإذن الله" (a two-word
#: mention of one of these and الله, after بعد or with ب glued, is the formula)
#: "آية" of "آية الله", a Shiite cleric's rank
AYAT = norm("آية")
GRACE_NOUNS = word_set("توفيق فضل حمد اذن عون مشيئة رحمة نعمة")
#: "ولله الحمد"، "الحمد لله"
PRAISE_WORD = norm("الحمد")
TO_GOD = word_set("لله ولله فلله")
BEFORE_GRACE = word_set("بعد ثم")
#: the epithet after a holy word, no name: آيات الذكر الحكيم، القرآن الكريم، الرسول الكريم،
#: الشهر الكريم، البيت العتيق
HOLY_EPITHETS = frozenset((norm(a), norm(b)) for a, b in (
    ("الذكر", "الحكيم"), ("القرآن", "الكريم"), ("الكتاب", "الكريم"), ("الرسول", "الكريم"),
    ("النبي", "الكريم"), ("الشهر", "الكريم"), ("البيت", "العتيق"), ("الشرع", "الحنيف"),
    ("الدين", "الحنيف")))

#: prepositions glued to a word after a title: with a common noun they make no name
NAME_PREPOSITIONS = frozenset(["ل", "ب", "ك", "لل", "وب", "ول", "فب", "فل"])
#: how common the noun after the preposition must be (Zipf) for the word to read as one
_COMMON_NOUN_ZIPF = 4.5

#: idioms made of a head word and a noun that read as a body's name: بقوة السلاح "by force
#: of arms"; a base of some kind named by its kind alone
IDIOMS = frozenset(norm(p) for p in ("قوة السلاح", "القاعدة الجوية", "القاعدة العسكرية", "القاعدة البحرية"))

#: the normaliser spells the preposition على like the name Ali (علي)
ALI = norm("علي")
#: given names that are also verbs taking على (أشرف على: supervised; يزيد على: exceeds)
VERBS_BEFORE_ALA = word_set("أشرف يزيد")
#: prepositions the tagger leaves glued to a body's first word (التابعة لرابطة ...)
BODY_PREPOSITIONS = frozenset(["ل", "ب"])
_BODY_WORD_ZIPF = 4.0
#: a person's name never ends in a common feminine nisba adjective no name list holds
#: (والمخلوع صالح الانقلابية: the adjective tells of the militias)
_TRAILING_ADJECTIVE_ZIPF = 3.0

#: a place head alone as a person stands after none of these
TITLE_LIKE = word_set("السيد الشيخ المدعو")

#: how common a whole word with a clitic must be for the tagger's name inside it to be none
_GLUED_WORD_ZIPF = 4.5

#: words after which a name is a make or model, no entity: طائرة من طراز «غلوبال هوك»، صاروخ من
#: نوع «كورنيت»
MODEL_CUES = word_set("طراز طرازات نوع ماركة موديل")

#: kinship words: a "person" made of them alone is a relative named by no name (ابن عم
#: الرئيس: "the president's cousin")
KINSHIP = word_set("ابن ابنة بنت نجل نجلة عم عمة خال خالة شقيق شقيقة أخ أخت والد والدة زوج زوجة "
                 "جد جدة حفيد حفيدة صهر أرملة")


def is_suffixed_kinship(word: str) -> bool:
    """A kinship word with a pronoun suffix, a conjunction or preposition allowed before it
    (ونجله، شقيقها، لزوجته): "his son", a relative named by no name."""
    for _, stem in strip_clitics(word):
        for suffix in _PRONOUN_SUFFIXES:
            base = stem[: -len(suffix)]
            if stem.endswith(suffix) and len(base) >= 2 and (
                    base in KINSHIP or (base.endswith("ت") and base[:-1] + "ه" in KINSHIP)):
                return True
    return False


#: common noun phrases the personal-name list (Wikidata's labels) holds by mistake
LEXICON_MISTAKES = frozenset(norm(p) for p in ("السيرة الذاتية", "الشاب العربي"))

#: "حسن" ("goodness of") before one of these nouns is an idiom, no Hasan: حسن الجوار "good
#: neighbourliness", حسن النية "good faith", لحسن الحظ "fortunately"
HASAN = norm("حسن")
GOODNESS_NOUNS = frozenset(norm(w) for w in (
    "الجوار النية الظن التعامل السير السلوك الأداء الاستقبال الضيافة الخلق التدبير الإدارة "
    "التنظيم الحظ الختام الخاتمة التصرف").split())


def is_goodness_idiom(words, after) -> bool:
    """"حسن الجوار" (or "حسن" with الجوار after it): an idiom, no person."""
    return bool(words) and words[0] == HASAN and (
        (len(words) == 1 and after in GOODNESS_NOUNS) or (len(words) == 2 and words[1] in GOODNESS_NOUNS))

#: titles of an office that the tagger reads as names (خادم الحرمين الشريفين: the Saudi king's
#: style; ولي العهد: the crown prince): a person's title, never his name
OFFICE_TITLES = tuple(tuple(norm(p).split()) for p in ("خادم الحرمين", "ولي العهد"))


def holds_an_office_title(words) -> bool:
    """"تحياته لخادم الحرمين"، "سيدي خادم الحرمين الشريفين": the words hold a title of office
    (a clitic glued to its first word allowed), so they are no one's name."""
    for title in OFFICE_TITLES:
        n = len(title)
        for k in range(len(words) - n + 1):
            first = words[k]
            if tuple(words[k + 1:k + n]) == title[1:] and (
                    first == title[0] or any(st == title[0] for _, st in strip_clitics(first))):
                return True
    return False

#: an accusative noun: the word's last alef, after a noun at least this long and common
_ACCUSATIVE_BASE_LEN = 4
_ACCUSATIVE_BASE_ZIPF = 3.5
_ACCUSATIVE_WORD_ZIPF = 3.0
#: how common the verb before a plural ending وا must be
_VERB_STEM_ZIPF = 3.0


def is_pious_formula(words, before, after, clitic="") -> bool:
    """God in a formula: ``words`` the mention's normalised words, ``before`` / ``after``
    the normalised words right before and after it (or ""), ``clitic`` what is glued to
    its first word in the text (بتوفيق الله)."""
    if words == [GOD]:
        return True
    if len(words) == 1 and (before, words[0]) in HOLY_EPITHETS:
        return True         # الذكر الحكيم
    if words == [PRAISE_WORD] and (before in TO_GOD or after in TO_GOD):
        return True
    if len(words) == 2 and words[0] in FORMULA_STARTS and words[1] == GOD:
        return True         # طيب الله (ثراه)، رحمه الله
    if len(words) == 2 and words[0] == AYAT and words[1] == GOD:
        return True         # "آية الله علي X": a cleric's rank before his name, no name
    if len(words) >= 2 and words[-1] == GOD:
        if after in PRAISE_AFTER or words == [PRAISE_WORD, GOD]:     # (الحمد الله: لله misspelt)
            return True
        first = words[0][1:] if words[0].startswith("ب") and words[0][1:] in GRACE_NOUNS else words[0]
        if len(words) == 2 and first in GRACE_NOUNS and (before in BEFORE_GRACE or first != words[0]
                                                         or clitic.endswith("ب")):
            return True     # (بعون الله: the ب inside the mention)
    return False


def is_preposition_and_noun(word: str, next_word: str = "") -> bool:
    """A preposition glued to a common noun (لكرة، بدور) that is no given name itself; a
    word the name lists hold (باسم، بيلي) is a name unless a definite noun follows it, as
    a construct's second term does ("بدور الهيئة", "باسم أبو داود" stays a name)."""
    if word in given_names() or (word in all_name_words() and not next_word.startswith("ال")):
        return False
    return any(c in NAME_PREPOSITIONS and word_zipf(s) >= _COMMON_NOUN_ZIPF and s not in given_names()
               for c, s in strip_clitics(word) if c)


#: how common (Zipf) a word with ي in front must be to be read as a verb after a name
_IMPERFECT_VERB_ZIPF = 3.0     # (يونكر، يلدريم، يعلون: rarer, family names)


def is_imperfect_verb(word: str) -> bool:
    """A word opening with ي that no name list holds and general text uses (يأمر، يقيمون،
    يقدمان): the verb after a person's name ("الرئيس جمال عبد الناصر يأمر"), no word of it."""
    return word.startswith("ي") and len(word) >= 4 and word not in all_name_words() \
        and word_zipf(word) >= _IMPERFECT_VERB_ZIPF


#: how common (Zipf) a word no name list holds must be to read as what a person named by his
#: family name alone did (الأحمد شارك، الجبوري أكد), not a second word of his name
_ACT_AFTER_FAMILY_ZIPF = 4.3


def is_act_after_family_name(first: str, word: str) -> bool:
    """Is ``word``, after a person's family name written alone with the article (``first``:
    الأحمد), a verb or noun of general text that no name list holds (شارك، أكد)? A name goes
    on after its family name only with another definite word (الأخضر الإبراهيمي) or a name
    (الطيب حسن)."""
    return first.startswith("ال") and len(first) > 3 and not word.startswith("ال") \
        and word not in all_name_words() and word not in given_names() and word not in place_names() \
        and word_zipf(word) >= _ACT_AFTER_FAMILY_ZIPF


def is_bare_place_head(word: str) -> bool:
    """Is the word, a preposition or و glued to it or not, a place head alone (بريف، وريف،
    بمحافظة): the head of the place named after it, itself no place?"""
    return any(stem in PLACE_HEADS for c, stem in strip_clitics(word) if c in _HEAD_CLITICS)


_HEAD_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف", "فب"])


def is_trailing_adjective(word: str) -> bool:
    """A definite feminine nisba adjective common in general text and in no name list
    (الانقلابية، الإرهابية): it ends no person's name (a regnal ordinal does: إليزابيث الثانية)."""
    return word.startswith("ال") and word.endswith("يه") and len(word) > 5 and word not in ORDINALS \
        and word not in all_name_words() and word_zipf(word) >= _TRAILING_ADJECTIVE_ZIPF


def _act_after_body(before: str, word: str, written: str) -> bool:
    """Is ``word`` (as ``written``), the last of a tagged body's name after ``before``, what the
    body did rather than a word of its name: after a definite word, a verb or noun common in
    general text that no name list holds (الوزارة ألقت: its alef a hamza, no article)? (An
    act's noun the tagger took in is cut where its mentions are made: kg.mentions_ner.)"""
    return before.startswith("ال") and not written.startswith(_DEFINITE_STARTS) \
        and word not in all_name_words() and word not in place_names() and word_zipf(word) >= _ACT_WORD_ZIPF


#: how common a word must be to be read as a verb after a body's definite name; the starts of
#: a definite word, its clitics glued (حزب العدالة والتنمية، رابطة العالم الإسلامي للإغاثة)
_ACT_WORD_ZIPF = 3.8
_DEFINITE_STARTS = ("ال", "وال", "بال", "لل", "فال", "كال")


#: verbs of saying and asking that open a sentence before their subject (و glued: ورأى X)
OPENING_VERBS = SPEECH_VERBS | word_set("رأى طالب أبان زار دان دعا حذر اعتبر شدد")


def _glued_and(word: str) -> bool:
    """Is the word و glued to a name (وكارتر، وعبد), itself no name (وليد، وضاح، وائل)?"""
    return word.startswith("و") and len(word) > 3 and word not in all_name_words() \
        and word[1:] in all_name_words()


def is_institution_adjective(word: str, title) -> bool:
    """A definite masculine nisba common in general text and in no name list after a royal's
    name (مركز الملك فهد الثقافي، مستشفى الأمير سلطان التخصصي): the institution named after
    him is cultural or specialised, not he (other names end with nisbas: أبو عمر الشيشاني)."""
    last = norm(title).split()[-1:] if title else []
    return bool(last) and last[0] in _ROYAL_TITLES and word.startswith("ال") \
        and word.endswith("ي") and word not in all_name_words() and word_zipf(word) >= _INSTITUTION_ADJECTIVE_ZIPF


#: titles of the royals whose names institutions bear, and how common their adjectives are
_ROYAL_TITLES = word_set("الملك الأمير")
_INSTITUTION_ADJECTIVE_ZIPF = 3.5


def is_accusative_noun(word: str) -> bool:
    """An indefinite accusative of a common noun (بلاغا، اتصالا), itself a word of general
    text, and no name: neither it nor the noun is in the name lists (ميتشيلا is Michela)."""
    if not word.endswith("ا") or word in given_names() or word.startswith("ال"):
        return False
    base = word[:-1]
    return len(base) >= _ACCUSATIVE_BASE_LEN and word_zipf(base) >= _ACCUSATIVE_BASE_ZIPF \
        and word_zipf(word) >= _ACCUSATIVE_WORD_ZIPF and base not in all_name_words()


def is_plural_verb(word: str) -> bool:
    """A verb in the plural, alone, with و or ف glued (وتعرفوا، فقتلوا): its ending وا ends
    no name the lists hold."""
    w = word[1:] if word[:1] in "وف" and len(word) > 5 else word
    return len(w) >= 4 and w.endswith("وا") and word not in all_name_words() and w not in all_name_words() \
        and word_zipf(w[:-2]) >= _VERB_STEM_ZIPF      # (قتل+وا; كورتوا: Courtois, كورت no word)


#: a word after a title that no name list holds and general text uses this often is no name
_TITLED_WORD_ZIPF = 4.0
#: a plural participle (موجودين، متواجدين، معتقلين) is a word of general text at least this common
_PARTICIPLE_ZIPF = 2.5


def is_plural_participle(word: str) -> bool:
    """A masculine plural participle alone (م... ين of seven letters or more: "مستشار أميركي
    موجودين في العراق"، "متواجدين"): an adjective after an indefinite title, no name (مارتين،
    six letters, and the names the lists hold stay)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 7 else word
    return len(w) >= 7 and w.startswith("م") and w.endswith("ين") and word not in all_name_words() \
        and w not in all_name_words() and word_zipf(w) >= _PARTICIPLE_ZIPF


def is_definite_short_name(word: str, kb) -> bool:
    """ال before a known organisation's one-word name that is never written with it, when
    the name is a common word and so is its definite form (الحماس); a foreign acronym
    takes ال (الأوبك) and is rare as a word."""
    if kb is None or not word.startswith("ال") or len(word) < 5 or kb.has_alias(word):
        return False
    return word_zipf(word) >= _DEFINITE_WORD_ZIPF and word_zipf(word[2:]) >= _BARE_NAME_ZIPF \
        and any(e.type == "Organization" for e in kb.find(word[2:]))


#: heads of a building or an office a body owns: "مستشفى المنظمة"، "مكتب الحركة" is the body's
#: hospital or office, named by the nominal that refers back to the body, no name of its own
OWNED_FACILITY_HEADS = word_set("مستشفى مشفى مقر مكتب مدرسة معسكر مستودع مخزن")
#: the nominals that stand for a place, not a body (مستشفى المدينة may be a hospital's name)
_PLACE_NOMINAL_TYPES = frozenset(("Country", "City", "Region"))


def is_owned_facility(words, kb) -> bool:
    """"مستشفى المنظمة"، "مكتب الحركة"، "مقر الحزب": a facility head and a body's nominal
    (kb.nominal) alone, which names no facility."""
    if kb is None or len(words) != 2 or words[0] not in OWNED_FACILITY_HEADS:
        return False
    subtypes = kb.nominal(words[1])
    return bool(subtypes) and not any(t in _PLACE_NOMINAL_TYPES for t in subtypes)


#: heads whose name a noun with a pronoun suffix cannot be: "منطقة سيطرتهم" (the area they
#: control), "من ناحية أسلوبها" (as to her style), "جبهة تقودها" (a front she leads)
_SUFFIXED_NAME_HEADS = frozenset(PLACE_HEADS) | word_set("جبهة محور")
_WRITTEN_SUFFIXES = ("هما", "هم", "ها", "نا", "كم", "ه")
_DIACRITIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def is_suffixed_place_name(written: str) -> bool:
    """Is the word, as written, a common noun or verb with a pronoun suffix (سيطرتهم، أسلوبها،
    تحركاته، أسرنا), no place's name? The suffix as written (ه, not a name's ة: بريدة، صعدة),
    a stem that is no particle (بلدة كماه: كما + ه is a town), no town or name the lists know."""
    raw = _DIACRITIC_MARKS.sub("", written)
    w = norm(raw)
    if not raw.endswith(_WRITTEN_SUFFIXES) or w in place_names() or w in all_name_words():
        return False
    suffix = next(x for x in _WRITTEN_SUFFIXES if raw.endswith(x))
    stem = w[: -len(suffix)]
    if stem in STOPWORDS or (suffix == "ه" and stem in all_name_words()):
        return False    # (حسنه: حسن is a name too, حسنة a woman's)
    return is_suffixed_common(w)


#: the weather with the article, which the tagger takes for a place or a body ("بعد السيول"،
#: "الأمطار والسيول"): no name when the tagger alone found it (منطقة الضباب in Taiz comes after
#: a head; bare سيول may be Seoul)
WEATHER_WORDS = word_set("السيول الأمطار العاصفة العواصف الثلوج الفيضانات الفيضان الرياح الغبار الضباب "
                         "الصقيع الأعاصير الإعصار الزوابع الأتربة")


def is_weather_word(words, source) -> bool:
    """A tagger's one-word mention that is a word for the weather (السيول، العواصف)."""
    return source == "ner" and len(words) == 1 and words[0] in WEATHER_WORDS


#: a body's one-word name that is also a dual noun counting people: "بينهم طالبان" (among them
#: two students) is no Taliban; the words that count the people right before it
DUAL_NAMESAKES = word_set("طالبان")
COUNTING_PEOPLE = word_set("بينهم منهم بينهما منهما هما وهما وبينهم ومنهم")


def is_counted_dual(word: str, before: str) -> bool:
    """Is ``word`` (normalised, bare) a dual noun counting people after ``before`` (بينهم طالبان)?"""
    return word in DUAL_NAMESAKES and before in COUNTING_PEOPLE


#: how common (Zipf) a definite word and the bare short name must be to read as a noun
_DEFINITE_WORD_ZIPF = 3.5
_BARE_NAME_ZIPF = 4.0


def _body_start(tok, word, kb):
    """Where a body's name starts in ``tok`` when a preposition is glued to its first word,
    a common noun (لرابطة العالم الإسلامي); None when the word is a name as it stands."""
    if word.startswith("لل") or word in place_names() or word in all_name_words() \
            or word_zipf(word) >= _COMMON_NOUN_ZIPF or (kb is not None and kb.has_alias(word)):
        return None     # (لل: the article's ال is in it; لدينا "we have" is one word)
    for c, st in strip_clitics(word):
        if c in BODY_PREPOSITIONS and len(st) >= 4 and word_zipf(st) >= _BODY_WORD_ZIPF and st not in all_name_words() \
                and st not in place_names() and not any(c2 for c2, _ in strip_clitics(st)):
            # (بيونس آيرس: يونس is a name; بوروسيا: وروسيا is "and Russia")
            return tok.start + original_prefix_length(tok.text, len(c))
    return None


#: a bank of a river or a canal (الضفة الغربية لنهر الفرات، الضفة الشرقية للقناة) is no West Bank
BANK = norm("الضفة")
OF_WATERS = tuple(norm(w) for w in "لنهر للنهر لقناة للقناة لبحيرة للبحيرة".split())


def is_bank_of_water(first_word: str, after: str) -> bool:
    """Is a place whose first word (clitics off) is ``first_word``, with ``after`` right after
    it, the bank of a river (الضفة الغربية لنهر الفرات)?"""
    return first_word == BANK and after.startswith(OF_WATERS)


#: prepositions of place a tagger or a title takes for a name (خسارة الفريق أمام الهلال); أمام
#: is إمام (an imam, مديرية إمام صاحب) once normalised, so only as written without إ
PLACE_PREPOSITIONS = word_set("أمام وراء إزاء حيال تجاه")


def is_place_preposition(written: str) -> bool:
    """Is the word as ``written`` a preposition of place (أمام، امام), not إمام?"""
    return norm(written) in PLACE_PREPOSITIONS and not written.startswith("إ")


def _after_model_cue(tokens, i) -> bool:
    """Does the mention starting in tokens[i] stand right after a make or model cue, past an
    opening quote (من طراز «غلوبال هوك»)?"""
    k = i - 1
    if k >= 0 and not tokens[k].norm.isalnum():
        k -= 1
    return k >= 0 and any(st in MODEL_CUES for _, st in strip_clitics(tokens[k].norm))


#: indefinite adjectives of degree that follow a manner noun ("بريبة كبيرة"، "بحذر شديد")
DEGREE_ADJECTIVES = word_set("كبير كبيرة شديد شديدة بالغ بالغة عميق عميقة واضح واضحة كامل كاملة "
                             "متزايد متزايدة بالغين")


def is_manner_phrase(words) -> bool:
    """"ينظر إلى تمدد التنظيم في سرت بريبة كبيرة": ب + a noun + an indefinite adjective of
    degree is how something is done, no place or body the tagger may see in it."""
    return len(words) == 2 and words[1] in DEGREE_ADJECTIVES and words[0] not in place_names() and any(
        c.endswith("ب") and s not in place_names() for c, s in strip_clitics(words[0]) if c)


def _dual_or_plural_base(word):
    """The singular of a dual or sound plural (خبيران -> خبير، قابلتان -> قابله), or None."""
    for suffix, restore in (("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", ""), ("ون", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)] + restore
    return None


_COUNTED_NOUN_ZIPF = 4.2


def is_counted_noun_phrase(words) -> bool:
    """"خبيران عسكريان"، "شابتان انتحاريتان"، "تفجيرين انتحاريين": a dual or plural noun of
    general text and its adjective count people or things, they name no one."""
    if len(words) != 2 or words[0] in all_name_words():
        return False
    base = _dual_or_plural_base(words[0])
    return base is not None and _dual_or_plural_base(words[1]) is not None \
        and (base in common_words() or word_zipf(base) >= _COUNTED_NOUN_ZIPF)


#: the three tanween marks: a word written with one is an indefinite noun or adjective, which no
#: name is
_TANWEEN = re.compile("[\u064B\u064C\u064D]")
_QUOTED = re.compile("[\"«»“”]")
#: "المعترف بها دولياً": an adverb of the description that names a body
_BY_IT = word_set("بها به بهم بهما لها له")


#: number words that open a sum ("ألف دينار"، "مليون دولار"، "خمسة آلاف ريال")
NUMBER_WORDS = word_set("ألف آلاف الف الاف ألفي ألفا مليون ملايين مليار مليارات مئة مائة مئات مائتي مئتي "
                        "مليوني ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثماني "
                        "تسع عشر عشرين ثلاثين أربعين خمسين مئات نصف ربع")
#: the money a sum is counted in
CURRENCIES = word_set("دينار دينارا دنانير دولار دولارا دولارات ريال ريالا ريالات جنيه جنيها جنيهات يورو "
                      "ليرة ليرات درهم دراهم روبل ين يوان روبية")


def is_sum_of_money(words) -> bool:
    """"لقاء كفالة قدرها ألف دينار"، "45 ألف روبل روسي": a number word and a currency, or a
    currency and its adjective, count money, they name no one (the tagger read persons: دينار is
    also a given name)."""
    if len(words) == 1 or words[0] in CURRENCIES:
        return words[0] in CURRENCIES      # "روبل"، "روبل روسي": a currency (and its country)
    return words[-1] in CURRENCIES and (words[0] in NUMBER_WORDS or words[0].isdigit())


def not_names(mentions, tokens, text, kb=None, offsets=None) -> list:
    """The candidate ``mentions`` of one sentence (``tokens``) without those that are no
    names, and with the words that are none cut off the end of a person's name; a
    knowledge-base mention is always kept as it is. ``offsets``: the tokens' starts and
    ends (``Sentence.offsets``), when at hand."""
    if not mentions:
        return mentions
    starts, ends = offsets or ([t.start for t in tokens], [t.end for t in tokens])
    by_end = dict(zip(ends, range(len(ends))))      # a token's end -> its index

    def around(m):
        """(the token the mention starts in, what is glued before it there, the token's
        index, the index of the token it ends with or None)."""
        i = bisect_right(starts, m.start) - 1
        tok = tokens[i] if i >= 0 else None
        clitic = text[tok.start:m.start] if tok is not None and tok.start < m.start <= tok.end else ""
        return tok, clitic, i, by_end.get(m.end)

    def _quoted(m):
        """Is the mention, or a word of it, in quotes (وكالة «معاً»)?"""
        return bool(_QUOTED.search(m.text)) or (m.start > 0 and text[m.start - 1] in "\"«“")

    def respan(m, start, end):
        return replace(m, start=start, end=end, text=text[start:end])

    def end_before_word(m, k):
        """Where the mention ends when cut before its k-th word (the last: -1)."""
        span = text[m.start:m.end]
        word_starts = [w.start() for w in re.finditer(r"\S+", span)]
        return m.start + len(span[:word_starts[k]].rstrip())

    def drop(m, words, tok, clitic, i, j) -> bool:
        written = m.text.split()
        if written and _TANWEEN.search(written[0]) and not _quoted(m):
            return True     # "سنياً مزيفاً"، "مستشرفاً": an indefinite noun or adjective, no name
        before = tokens[i - 1].norm if i > 0 else ""
        after = tokens[j + 1].norm if j is not None and j + 1 < len(tokens) else ""
        if is_pious_formula(words, before, after, norm(clitic)):
            return True
        joined = " ".join(words)
        if _after_model_cue(tokens, i):
            return True
        if m.type == "Place" and m.source != "kb" and not _quoted(m) and written and (
                len(words) == 1 or (len(words) == 2 and words[0] in _SUFFIXED_NAME_HEADS)) \
                and is_suffixed_place_name(written[-1]):
            return True     # "منطقة سيطرتهم"، "في أسرنا": a noun with a pronoun, no place
        if is_weather_word(words, m.source):
            return True     # "بعد السيول": floods, no place
        if m.type != "Person" and is_owned_facility(words, kb):
            return True     # "مستشفى المنظمة": the body's hospital, no name
        if m.source == "ner" and (is_manner_phrase(words) or is_sum_of_money(words)):
            return True
        if m.type == "Person":
            if is_counted_noun_phrase(words):
                return True
            if len(words) == 1 and is_imperfect_verb(words[0]):
                return True     # "المخلوع يشترك مع الحوثيين": a verb after a title, no name
            if not clitic and tok is not None and is_place_preposition(tok.text):
                return True     # (الفريق أمام الهلال)
            if m.source != "kb" and holds_an_office_title(words):
                return True     # "تحياته لخادم الحرمين": a king's style, no name
            if is_goodness_idiom(words, after):
                return True     # "مبادئ حسن الجوار": good neighbourliness, no Hasan
            if joined in LEXICON_MISTAKES or all(w in KINSHIP for w in words) or (
                    len(words) == 1 and is_suffixed_kinship(words[0])):
                return True
            whole_first = tok is not None and not clitic and tok.norm == words[0]
            if m.title and m.source == "pattern" and whole_first \
                    and is_preposition_and_noun(words[0], words[1] if len(words) > 1 else after):
                return True
            if len(words) == 1 and m.source != "role" and (is_plural_verb(words[0]) or is_plural_participle(words[0]) or (
                    words[0] in PLACE_HEADS and before not in TITLE_LIKE)):
                return True     # (وتعرفوا؛ "في دمشق جبال القلمون": a place head, no name)
            if len(words) == 1 and m.source == "ner" and (
                    is_accusative_noun(words[0]) or (whole_first and is_preposition_and_noun(words[0], after))):
                return True
            if len(words) == 1 and m.source == "pattern" and m.title and not clitic \
                    and words[0] not in all_name_words() and word_zipf(words[0]) >= _TITLED_WORD_ZIPF:
                return True     # "أكد أن الفريق جاهز": a common word after a title (the team), no name
            if len(words) == 1 and m.source == "ner" and clitic and tok is not None \
                    and tok.norm not in all_name_words() and word_zipf(tok.norm) >= _GLUED_WORD_ZIPF:
                return True     # "لدينا": a word of general text with its ل, no ل + "دينا"
        elif m.type == "Place":
            if len(words) == 1 and m.source == "ner" and is_bare_place_head(words[0]):
                return True     # "بريف الرقة": the countryside of a place, no place called ريف
            return is_bank_of_water(words[0], after)
        elif m.type == "Organization":
            if joined in IDIOMS:
                return True
            if len(words) == 1 and not clitic and is_counted_dual(words[0], before):
                return True     # "بينهم طالبان من جامعة": two students, no Taliban
            if len(words) == 1 and m.source == "ner" and is_definite_short_name(words[0], kb):
                return True
        return False

    def trimmed(m, words, tok, clitic):
        """A person's name without a last word that is none (على spelt with ى, a feminine
        adjective); None when nothing is left but one word that was no name alone. A body's
        name without the preposition the tagger took with it. Any name without a last word
        written with tanween ("إبراهيم حزيناً"، "الشباب فكريًا"; not "المعترف بها دولياً")."""
        written = m.text.split()
        while m.source != "kb" and len(written) > 1 and _TANWEEN.search(written[-1]) \
                and not _quoted(m) and norm(written[-2]) not in _BY_IT:
            m = respan(m, m.start, end_before_word(m, -1))
            written = m.text.split()
            words = norm(m.text).split()
        if m.type == "Organization" and m.source == "ner" and len(words) > 1:
            start = _body_start(tok, words[0], kb) if not clitic and tok.norm == words[0] else None
            m = m if start is None else respan(m, start, m.end)
            if len(words) > 1 and _act_after_body(words[-2], words[-1], m.text.split()[-1]):
                m = respan(m, m.start, end_before_word(m, -1))   # "الوزارة ألقت"، "المجلة رسالة"
            inside = [t for t in tokens if m.start < t.start and t.end <= m.end]
            cut = next((t for t in inside if is_suffixed_noun(t)), None)
            if cut is not None:
                # "الصندوق السعودي للتنمية نشاطه الإنمائي": a noun with "its" is the body's own
                # (its activity), no word of its name
                m = respan(m, m.start, m.start + len(text[m.start:cut.start].rstrip()))
            return m
        if m.type == "Person" and m.source == "ner" and not clitic and _glued_and(words[0]) \
                and m.text[:1] == "و":
            m = respan(m, m.start + 1, m.end)      # "السادات وكارتر": و and the name Carter
            words = norm(m.text).split()
            if len(words) > 1 and words[0] in OPENING_VERBS and tok is tokens[0]:
                # "ورأى الجبير أن ..."، "وطالب النجيفي بـ": a verb opens the sentence, its
                # subject after it
                m = respan(m, m.start + next(islice(re.finditer(r"\S+", m.text), 1, None)).start(), m.end)
                words = words[1:]
        if m.type != "Person" or len(words) < 2 or m.source not in ("pattern", "ner"):
            return m
        if len(words) > 2 and is_trailing_adjective(words[0]) and (words[1] in given_names() or words[1] == ALI):
            # "المقاومة الشعبية الجنوبية علي الأحمدي": the body's adjective, then the name
            m = respan(m, m.start + next(islice(re.finditer(r"\S+", m.text), 1, None)).start(), m.end)
            words = words[1:]
        if is_suffixed_kinship(words[0]):
            # "وقال نجله عبد الله": his son, then the son's name
            m = respan(m, m.start + next(islice(re.finditer(r"\S+", m.text), 1, None)).start(), m.end)
            words = words[1:]
            if len(words) < 2:
                return m
        k = next((k for k in range(1, len(words)) if words[k] in FORMULA_STARTS and (
            (k + 1 == len(words) and words[k] in PIOUS_FORMULA_STARTS) or words[k + 1:k + 2] == [GOD])), None)
        if k is not None:       # الملك فهد طيب الله ثراه، عمر بن الخطاب رضي (الله عنه)
            return respan(m, m.start, end_before_word(m, k))
        if len(words) > 1 and m.source == "ner" and is_adverbial_accusative(words[-1]):
            return respan(m, m.start, end_before_word(m, -1))   # "وقال بلاتر مرارا": how, not who
        if len(words) >= 2 and m.source == "ner" and is_act_after_family_name(words[0], words[1]):
            # "وإن الأحمد شارك في"، "وحاول الزوري منع السهلاوي": the verb and what follows cut off
            return respan(m, m.start, end_before_word(m, 1))
        cut = (words[-1] == ALI and text[m.start:m.end].split()[-1].endswith("ى") and not m.title) \
            or is_trailing_adjective(words[-1]) or is_institution_adjective(words[-1], m.title) \
            or is_imperfect_verb(words[-1])
        if not cut and m.source == "ner" and not _quoted(m) and is_suffixed_place_name(m.text.split()[-1]):
            # "المبارك بجوارهم"، "سلامة موقفه": a noun with a pronoun suffix after the "name",
            # whose one word left is seldom one (المبارك، سلامة، طمأن)
            return None if len(words) == 2 else respan(m, m.start, end_before_word(m, -1))
        if not cut:
            return m
        if len(words) == 2 and (words[0].startswith("ال") or words[0] not in given_names()
                                or words[0] in VERBS_BEFORE_ALA and words[1] == ALI):
            return None         # القوات الكردية، وزمرته الآيديولوجية (عمر على أن ...: عمر); أشرف
            #                     على هجمات: supervised, no Ashraf
        return respan(m, m.start, end_before_word(m, -1))

    out = []
    for m in mentions:
        if m.source == "kb" or m.nominal:
            out.append(m)
            continue
        words = norm(m.text).split()
        if not words:
            continue
        tok, clitic, i, j = around(m)
        if drop(m, words, tok, clitic, i, j):
            continue
        m = trimmed(m, words, tok, clitic)
        if m is not None:
            out.append(m)
    return out
