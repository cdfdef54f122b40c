"""Organisation heads: where the name after an organisation head ends (تنظيم، حركة، لجنة،
كتائب، وكالة، القوة ...).

_org_continuation: the name after a head (construct chains of common words after a chain
head, names made of common words after a naming head, one-word names, units named after a
person or for their martyrs, media named by a foreign word), stopping at what a group did
(ACT_NOUNS), a post, a participle or a verb; _ordinary_complement: a head that is an ordinary
noun with its complement (حركة المرور، لجنة طبية); _force_name_end: a force named by its
kind (القوة الجوية العراقية).
"""
from __future__ import annotations

from kg.lexicon import KUNYA_HEADS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, POST_HEADS, STOPWORDS, common_words, strip_clitics
from kg.linking_generic import GENERIC_ACTORS, NAME_ADJECTIVES as GENERIC_ADJECTIVES
from kg.mentions_common import (ORG_NAME_STOPS, _ARABIC_WORD, _SON_OF, _adjective_after_head, _preposition_and_word,
                                definite, is_name_word)
from kg.mentions_names import is_plain_word, word_zipf
from kg.names import all_name_words
from kg.normalize import norm


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
             "التظاهرات التظاهرة المظاهرات المظاهرة الاحتجاجات الاعتصامات المسيرات الرحلات الحملة "
             "العديد المعرض المعارض العلاقة العلاقات المهرجان المهرجانات المباراة المباريات الدوري "
             "الانتخابات الندوة الندوات الورشة الورش الدورة الدورات الزيارة الزيارات الأمور الصفوف "
             "الحدث الأحداث الملتقى الاحتفال الاحتفالات الأمسية السباق المنافسات",
    "قيادة": "السيارة السيارات الدراجات الدراجة المركبات المركبة الشاحنات الشاحنة الطائرة",
    # a bank of targets, blood, food (بنك الأهداف), a drain (مصرف المياه), not a bank's name
    "بنك": "الأهداف الاهداف الدم المعلومات الطعام البيانات الأسئلة",
    "مصرف": "المياه الصحي الزراعي",
    # a university's teaching staff, a jury, nurses: no body's name (عضو هيئة التدريس بجامعة X)
    "هيئة": "التدريس المحلفين التمريض",
    # unity (وحدة الصف، وحدة الوطن), not a unit (وحدة الصواريخ، وحدة المهام الخاصة)
    "وحدة": "الصف الصفوف الوطن الأوطان الكلمة الموقف الأراضي التراب الشعب الشعوب الأمة البلاد "
            "المسلمين العرب الكويتيين العراقيين السوريين اليمنيين الليبيين الفلسطينيين اللبنانيين "
            "المصير الهدف",
}.items()}
def _conjoined_common_word(n) -> bool:
    """و + a common word of news prose (وتطوير، وإدارة)."""
    return n.startswith("و") and len(n) > 3 and n[1:] in common_words()


def ordinary_noun_phrase(m) -> bool:
    """A tagged organisation that is only a head and a complement making it an ordinary noun
    (ORDINARY_COMPLEMENTS): "هيئة التدريس" is a university's teaching staff, "حركة المرور"
    the traffic."""
    if m.source != "ner" or m.type != "Organization":
        return False
    words = norm(m.text).split()
    if len(words) != 2:
        return False
    return any(words[1] in ORDINARY_COMPLEMENTS.get(st, ()) for _, st in strip_clitics(words[0]))


# an indefinite head and an indefinite adjective describe a body, they do not name one:
# لجنة دائمة لمكافحة الإرهاب، لجنة طبية، هيئة جديدة
_INDEFINITE_BODY_HEADS = frozenset(norm(w) for w in "لجنة هيئة مجلس خلية وحدة قوة فرقة مجموعة".split())


def _ordinary_complement(head, tokens, j, k) -> bool:
    """Do tokens[j:k] after an organisation head make the head an ordinary noun (حركة المرور)
    or a description (لجنة دائمة)?"""
    if tokens[j].norm in ORDINARY_COMPLEMENTS.get(head, ()):
        return True
    if head in ORDINARY_COMPLEMENTS and _conjoined_common_word(tokens[j].norm):
        return True     # "تنظيم وتطوير المهرجان"، "حركة وتنقل": the verbal noun and another, no name
    # (an indefinite noun in a construct is a name: لجنة مراقبة وقف إطلاق النار)
    return head in _INDEFINITE_BODY_HEADS and not definite(tokens[j]) and _adjective_after_head(tokens[j]) \
        and (j + 1 >= k or tokens[j + 1].norm.startswith("ل"))


# heads that always introduce a proper name, even one made of common words
# (كتائب سيد الشهداء، جهاز دعم الاستقرار، تحالف دول الساحل)
NAMING_ORG_HEADS = frozenset(norm(w) for w in "كتائب سرايا ألوية جهاز تحالف فيلق لواء قبيلة قبائل عشيرة".split())
# heads whose name may be one indefinite word (فيلق بدر، لواء زينبيون، كتيبة الفرقان)
SINGLE_NAME_ORG_HEADS = NAMING_ORG_HEADS - {norm("جهاز"), norm("تحالف")} | {norm("لواء"), norm("بلدية")}
# heads whose name is a construct chain of common words ending in a definite one
# (لجنة مراقبة وقف إطلاق النار، خلية إدارة الأزمة، رئاسة أمن الدولة، إدارة مكافحة الإرهاب)
CHAIN_ORG_HEADS = frozenset(norm(w) for w in "لجنة خلية رئاسة مديرية إدارة جهاز قيادة".split())
# media named by a foreign word: وكالة دوغان للأنباء، وكالة سبوتنيك
MEDIA_HEADS = frozenset(norm(w) for w in "وكالة صحيفة قناة إذاعة".split())
_OF_NEWS = frozenset(norm(w) for w in "للأنباء للانباء".split())
# heads whose name may be one foreign word: media, companies, charities (وكالة سبوتنيك، شركة
# هرمود، منظمة أوكسفام، مؤسسة كارنيغي)
FOREIGN_NAMED_HEADS = MEDIA_HEADS | frozenset(norm(w) for w in "شركة منظمة مؤسسة بنك مصرف".split())
# a definite force named by its kind: القوة الجوية العراقية، القوة المشتركة متعددة الجنسيات
FORCE_HEAD = norm("القوة")
_PRESIDENCY = norm("رئاسة")     # "برئاسة X" is "headed by X", no body's name
_HEADED_BY = frozenset([_PRESIDENCY, norm("قيادة")])   # برئاسة X، بقيادة X
# a person's post never starts a body's construct chain ("رئاسة عضو المكتب")
_CHAIN_STOPS = frozenset(POST_HEADS | {norm(w) for w in "عضو أعضاء مسؤول ممثل".split()})
FORCE_KINDS = frozenset(norm(w) for w in "الجوية البحرية المشتركة البرية الجوفضائية الفضائية".split())
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
# ... or after a man's kunya: جماعة أبو سياف، كتيبة أبو عمارة، لواء أبو الفضل العباس
GROUPS_NAMED_AFTER_KUNYAS = UNITS_NAMED_AFTER_PEOPLE | frozenset(norm(w) for w in "جماعة مجموعة".split())


COMPASS = frozenset(norm(w) for w in "شمال جنوب شرق غرب وسط".split())


_GENERAL = frozenset(norm(w) for w in "العام العامة".split())
_YEAR_QUALIFIERS = frozenset(norm(w) for w in "الماضي الجاري الحالي المقبل المنصرم الفائت القادم".split())


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
    "الإضراب الاتفاق القرار البيان الانسحاب الاحتجاجات التظاهرات المظاهرات المفاوضات "
    # "ألقت قوات الأمن القبض على"، "أطلقت قوات الجيش النار"، "أحكمت قوات الأمن السيطرة"
    "القبض الاعتقال النار السيطرة الحصار "
    # "أعلنت وزارة الداخلية القضاء على"، "أعلنت قيادة الشرطة التصدي لهجوم"، "قررت هيئة الأركان
    # الإفراج عن": what a body announced or decided, a verbal noun after its name
    "القضاء التصدي الإفراج الإطاحة البدء الشروع الانتهاء التوصل الموافقة المصادقة الإغلاق الإلغاء "
    "التأجيل التعليق "
    # "أعلنت إدارة النادي التوقيع مع"، "أعلنت الشركة التعاقد مع"، "قررت الوزارة التمديد"
    "التوقيع التعاقد التمديد الاستغناء الترشح الانضمام الإعلان الاعلان "
    # "شنت منظمة القاعدة العديد من الهجمات"، "نصحت وزارة الخارجية المواطنين بعدم السفر":
    # how many it did, whom it addressed
    "العديد الكثير المزيد المواطنين المواطنات").split())


# tribes named by their lineage: قبيلة أولاد سليمان، عشيرة بني حسن، قبائل آل مرة
TRIBE_HEADS = frozenset(norm(w) for w in "قبيلة قبائل عشيرة عشائر".split())
_LINEAGE = frozenset(norm(w) for w in "أولاد بني بنو آل".split())


#: plural tribe heads, after which a second tribe may be listed with و (قبائل عبيدة ومراد)
PLURAL_TRIBE_HEADS = frozenset(norm(w) for w in "قبائل عشائر".split())


def listed_tribe_end(tokens, k, blocked):
    """End of a second tribe's one-word name listed with و right after "قبائل X" ending at k
    (قبائل عبيدة ومراد: مراد, a tribe too), or None: و glued to a bare name word that no
    common-word list holds, and no name word after it (ومراد شاركوا، ومراد في)."""
    if k >= len(tokens) or k in blocked or not tokens[k].norm.startswith("و"):
        return None
    stem = tokens[k].norm[1:]
    if len(stem) < 3 or stem.startswith("ال") or stem in common_words() or stem in STOPWORDS \
            or is_plain_word(stem) or not _ARABIC_WORD.match(stem):
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and k + 1 not in blocked and _ARABIC_WORD.match(nxt.norm) and definite(nxt):
        return None     # "وبني حسن"، "وأبناء المنطقة": a longer phrase, not one name
    return k + 1


def _foreign_word_follows(tokens, k, blocked) -> bool:
    """Does another bare foreign word follow (شركة توتال إنرجيز): the name is longer than one."""
    return k < len(tokens) and k not in blocked and bool(_ARABIC_WORD.match(tokens[k].norm)) \
        and not definite(tokens[k]) and tokens[k].norm not in STOPWORDS and not is_plain_word(tokens[k].norm, 3.5)


#: "recognised internationally", three words that end a government's or its army's name
_RECOGNISED = tuple(norm(w) for w in "المعترف بها دوليا".split())
#: a body's noun with the article (الهيئة، السلطة، الحكومة): after a body's definite complement it
#: opens a phrase of its own (مجلس النواب الهيئة التشريعية: the chamber is the legislature)
_BODY_NOUNS_DEFINITE = frozenset("ال" + w for w in ORG_HEADS | frozenset(norm(x) for x in "سلطة سلطات".split())) \
    - frozenset(norm(x) for x in "البلدية".split())     # the adjective "municipal" too (الشؤون البلدية)


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
        if k == j and head in TRIBE_HEADS and (n in common_words() or n.startswith("ال") and n[2:] in common_words()):
            break   # "عشائر المنطقة"، "قبائل البلاد": the region's tribes, no tribe's name
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
            if k > j and n in _BODY_NOUNS_DEFINITE:
                break   # "يتولى مجلس النواب السلطة التشريعية": another noun, what the body is
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
        if k == j and head in GROUPS_NAMED_AFTER_KUNYAS and n in KUNYA_HEADS and k + 1 < len(tokens) \
                and k + 1 not in blocked and is_name_word(tokens[k + 1], allow_common=True):
            e = k + 2
            if e < len(tokens) and e not in blocked and definite(tokens[e]) and is_name_word(tokens[e]):
                e += 1      # لواء أبو الفضل العباس
            return e        # جماعة أبو سياف، كتيبة أبو عمارة: named after a man's kunya
        if k == j and head in UNITS_NAMED_AFTER_PEOPLE and k + 2 < len(tokens) \
                and tokens[k + 1].norm in _SON_OF and k + 1 not in blocked and k + 2 not in blocked \
                and is_name_word(tokens[k], allow_common=True) \
                and is_name_word(tokens[k + 2], allow_common=True):
            return k + 3    # كتيبة عقبة بن نافع، لواء عمر بن الخطاب: named after a person
        if k == j and head in TRIBE_HEADS and n in _LINEAGE and k + 1 < len(tokens) and k + 1 not in blocked \
                and is_name_word(tokens[k + 1], allow_common=True):
            return k + 2    # قبيلة أولاد سليمان: a lineage and its ancestor's name
        if k == j and head in MEDIA_HEADS and k + 1 < len(tokens) and tokens[k + 1].norm in _OF_NEWS \
                and k + 1 not in blocked and is_name_word(tokens[k]):
            return k + 2    # وكالة دوغان للأنباء: a foreign name, then "for news"
        if k == j and (head in SINGLE_NAME_ORG_HEADS or (head in MEDIA_HEADS and not is_plain_word(n, 3.5))
                       or (head in FOREIGN_NAMED_HEADS and not is_plain_word(n, 3.5)
                           and not _foreign_word_follows(tokens, k + 1, blocked))) \
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
            if kb is not None and kb.demonym(tokens[k - 1].norm):
                break   # "شركة غوغل الأمريكية النتائج": the demonym ends the name
            continue
        break
    k = min(k, j + max_len)
    if k >= 2 and k + 1 < len(tokens) and tokens[k - 1].norm == _RECOGNISED[0] \
            and tuple(t.norm for t in tokens[k:k + 2]) == _RECOGNISED[1:] and not {k, k + 1} & blocked:
        k += 2      # "جيش الحكومة المعترف بها دوليا": the description ends in its two words
    return k
