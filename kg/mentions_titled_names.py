"""Titled names: where a person's name after a title, a post or a kunya starts and ends.

person_name_after: the end of a name at a token (compound given names, عبد + a title word,
بن/ال chains, a title word or a word-like family name that ends the name before the clause,
and the conjunctions, participles, suffixed nouns and prepositional words that end it);
is_title_adjective and _nisbas_after: the nisba adjectives between a title and the name;
noun_before_given_name: a trade or a post with the article between them (المعارض، المرشح).
"""
from __future__ import annotations

from kg.lexicon import (ALIAS_CUES, PERSON_TITLES, PLACE_HEADS, POST_HEADS, SPOKES_HEADS, STOPWORDS, TITLE_ADJECTIVES,
                        common_words, strip_clitics)
from kg.mentions_common import (ORG_NAME_STOPS, _ARABIC_WORD, _SON_OF, _conjunct, _plain_given_name, definite,
                                is_name_word)
from kg.mentions_names import (FAMILY_TITLES, is_accusative_noun, is_adverbial_accusative, is_alef_verb, is_plain_word,
                               is_suffixed_noun, participle_with_complement, wa_family_name, word_zipf)
from kg.mentions_org_heads import ACT_NOUNS
from kg.names import all_name_words, family_names, given_names, name_words, place_names
from kg.normalize import norm


# second halves of compound given names: فريد الله عزيزي، حسام الدين يوسف
_COMPOUND_ENDS = frozenset(["الله", "الدين", "الحق", "الرحمن"])   # نور الحق، فضل الرحمن
_ABD = "عبد"
NAME_LINKERS = frozenset(["عبد", "ابو", "ابا", "بن", "ابن", "بنت", "ابي", "ام", "ال", "ولد"])


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


def noun_before_given_name(toks, s) -> bool:
    """Is the word at s a noun with the article (ل/و glued allowed) that no name list holds,
    right before a given name (المعارض برهان، القبطان محمد، المرشح مساعد، لآرسنال آرسين): a
    trade, a post or a body before the person, not the first word of his name (الصادق المهدي:
    a listed name)?"""
    from kg.mentions_foreign_names import WESTERN_GIVEN_NAMES
    if s + 1 >= len(toks):
        return False
    readings = [stem for c, stem in strip_clitics(toks[s].norm) if c in ("", "و", "ل", "لل", "ول")]
    if not any(stem.startswith("ال") and len(stem) > 3 for stem in readings) or any(
            stem in all_name_words() for stem in readings):
        return False
    if toks[s].norm in STOPWORDS:
        return False    # "الفريق الذي أشرف": a relative pronoun, then a verb
    nxt = toks[s + 1].norm
    if nxt in common_words():
        # a given name that is also a word (أشرف "supervised", أمين): only with a name after it
        after = toks[s + 2].norm if s + 2 < len(toks) else ""
        return nxt in given_names() and (after in all_name_words() or after in family_names()) \
            and after not in common_words()
    return any(stem in given_names() or stem in WESTERN_GIVEN_NAMES
               for c, stem in strip_clitics(nxt) if c in ("", "و"))


def given_name_before_son(tokens, j) -> bool:
    """Is the word at j, read as a nationality after a title (تركي "Turkish"), a given name
    with بن/ابن after it (الأمير تركي بن طلال): the first word of the name, no adjective?"""
    return j + 1 < len(tokens) and tokens[j + 1].norm in _SON_OF and not definite(tokens[j])


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


def _wa_name(w) -> bool:
    """A name word that starts with و whose rest is no name (ويلسون، والش، واتسون): a family
    name after a given one, no conjunction (وأحمد، وعلي are و + a name)."""
    return w in all_name_words() and w[1:] not in all_name_words() and w[1:] not in common_words()




# "للواء": ل + the title اللواء, which strip_clitics does not read as such (ل + ال + لواء)
_FOR_THE_GENERAL = norm("للواء")


def _title_word(tok) -> bool:
    """A person title, with its clitics (والرئيس، للعميد، للواء)."""
    return tok.norm == _FOR_THE_GENERAL or any(st in PERSON_TITLES for _, st in strip_clitics(tok.norm))


def _glued_function_word(n: str) -> bool:
    """Is the word a conjunction or preposition glued to a function word (فإن، وأن، لأن، فأين)
    that no name list holds (ولي is a name)?"""
    return n not in name_words() and any(c and stem in STOPWORDS for c, stem in strip_clitics(n))


def _given_name_post_word(tokens, k) -> bool:
    """Is tokens[k], inside a name, a given name that is also a post's word (أمين: أمين عام),
    with a rare name word after it (محمد أمين دمير), so a name word here?"""
    if k + 1 >= len(tokens) or tokens[k].norm not in _GIVEN_POST_WORDS:
        return False
    nxt = tokens[k + 1]
    return is_name_word(nxt) and nxt.norm not in common_words() and not is_plain_word(nxt.norm) \
        and not _title_word(nxt)


#: given names that are also words of a post (أمين عام، أمين سر)
_GIVEN_POST_WORDS = frozenset(norm(w) for w in "أمين".split())


# the perfect verbs news tells of a post's holder left unnamed ("قائد فيلق القدس زار روسيا"،
# "وزيرة الخارجية قالت"): no name after the post (those starting with alef: is_alef_verb)
HOLDER_VERBS = frozenset(norm(w) for w in (
    "زار زارت قال قالت وصل وصلت غادر غادرت بحث بحثت دعا دعت شدد شددت حذر حذرت عاد عادت ترأس ترأست "
    "قام قامت هنأ هنأت بعث بعثت تلقى تلقت نفى نفت كشف كشفت صرح صرحت توجه توجهت رأس تفقد تفقدت").split())


# "ولد" (son of) links a Mauritanian name's parts when a given name stands before it and a name
# after it (not "محمد ولد في عام 1960": was born)
_OULD = "ولد"
_AFTER_OULD = frozenset(norm(w) for w in "الشيخ عبد".split())


def _ould_links(tokens, k, blocked) -> bool:
    return k + 1 < len(tokens) and k + 1 not in blocked and tokens[k - 1].norm in given_names() \
        and (tokens[k + 1].norm in _AFTER_OULD or tokens[k + 1].norm in given_names())


def _noun_in_construct(tokens, k) -> bool:
    """Is tokens[k], a common word no name list holds, in construct with a definite word no name
    list holds either ("ظاهرة الهجرة"، "مسألة الأمن"): a noun phrase, no name (a name's common
    first word is a given name, or its family name is listed: نصر الحريري)?"""
    names = all_name_words()
    return tokens[k].norm not in names and tokens[k + 1].norm.startswith("ال") \
        and tokens[k + 1].norm not in names


def person_name_after(tokens, j, blocked, max_len=4):
    """End index of a personal name starting at tokens[j], or j when there is none. A compound
    given name written in two words (عبد الله) counts as one of the ``max_len`` words: "عبد الرحيم
    أحمد سالم عتيق" is a name of four."""
    k = j
    whole_names = max_len >= 4      # (not where a caller wants a short name: a kunya's, a facility's)
    abd_room = 0
    while k < len(tokens) and k - j < max_len and k not in blocked:
        tok = tokens[k]
        if tok.norm == _ABD and whole_names:
            max_len += 1
            abd_room += 1
        first = k == j
        if k - j >= max_len - abd_room and tok.norm not in all_name_words():
            break   # the room عبد X gives holds a listed name only: "أبو بكر عبد الكلام ألقت" (a verb)
        nxt_punct = k + 1 >= len(tokens) or not tokens[k + 1].norm.isalnum()
        allow_common = (first and k + 1 < len(tokens) and is_name_word(tokens[k + 1])
                        and not _title_word(tokens[k + 1])
                        and not is_adverbial_accusative(tokens[k + 1].norm)
                        and not _noun_in_construct(tokens, k)) or (   # "برقية للواء X": no name before a title
            not first and nxt_punct and tok.norm not in STOPWORDS
            and not (definite(tok) and is_plain_word(tok.norm))) or (   # "نظيره X الأوضاع.": the object
            not first and (tokens[k - 1].norm in _SON_OF or tokens[k - 1].norm == _OULD)
            and tok.norm not in STOPWORDS) or (   # بن عامي
            k - j >= 2 and tokens[k - 2].norm in _CHAIN_LINKERS and definite(tok)
            and tok.norm in family_names()) or (   # عادل بن ناصر الشهري: a listed family name
            not first and k + 1 < len(tokens) and tokens[k + 1].norm in _COMPOUND_ENDS
            and tok.norm in all_name_words() and not tok.text.endswith("ه"))  # حسن فضل الله، حسن نصر الله
        if not first and tok.norm == _OULD and _ould_links(tokens, k, blocked):
            k += 1
            continue    # "محمد ولد عبد العزيز"، "إسماعيل ولد الشيخ أحمد": son of, in Mauritanian names
        if first and (is_alef_verb(tok.norm) or tok.norm in HOLDER_VERBS):
            break   # "وزير الدفاع الأمريكي أبلغ الجبوري"، "قائد فيلق القدس زار روسيا": the post's holder unnamed, a verb
        if first and _glued_function_word(tok.norm):
            break   # "الأمام فإن": ف + إن (the title الإمام is written like الأمام), no name
        if not first and is_adverbial_accusative(tok.norm):
            break   # "قال أبو عبد الله محذرا": how he said it, after the name
        if not first and tok.norm.startswith("لل") and len(tok.norm) > 4:
            break   # "جيمس نولز للصحافيين": to the journalists, after the name
        if not first and _given_name_post_word(tokens, k):
            k += 1
            continue    # "يدعى محمد أمين دمير": أمين a given name here, not a post (أمين عام)
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
                and not (not first and (_wa_name(tok.norm) or wa_family_name(
                    [t.norm for t in tokens[k - 1:k + 2]], 1))):
            break  # "X وY": coordination; a name does not start with a conjunction either (الإرهابي وشارك)
        if not first and tok.norm.startswith("ف") and len(tok.norm) > 3 and tok.norm not in all_name_words() \
                and is_plain_word(tok.norm[1:]):
            break  # "أما الدكتور وليام هالينجر فأكد": ف and a verb after the name (فيصل، فراس: names)
        if tok.norm in ORG_NAME_STOPS:
            break  # التابع، المرتبط: a body's attribute, no name
        if not first and tok.norm in ALIAS_CUES:
            break  # "أحمد ديري جوليد المكنى أبو عبيدة": the alias's cue ends the name
        if not first and tok.norm in ACT_NOUNS:
            break  # "دان رئيس الاتحاد موسى فقي محمد الهجوم،": the verb's object, before the comma
        if is_suffixed_noun(tok):
            break  # "أعلن القيادي سامر خليل انضمامه"، "عن أبو عادل قوله": a noun with a pronoun suffix
        if first and not allow_common and is_plain_word(tok.norm):
            break  # "الوزير الفرنسي أعاد وضع ...": a common word no name list holds, alone
        if first and is_accusative_noun(tok.norm):
            break  # "ووزير الدفاع الأمريكي اجتماعا موسعا": a noun in the accusative, no name
        if first and tok.norm.startswith("لل") and len(tok.norm) > 4:
            break  # "رئيس المكتب السياسي للحركة X": the body's owner, no name
        if not first and not definite(tok) and (is_plain_word(tok.norm) or is_alef_verb(tok.norm)) \
                and tokens[k - 1].norm not in _SON_OF:
            break  # "الملا سامر غادر"، "سامر منصور زعيما"، "العقيد سامي اغتيل": a verb or a noun
            #        ends the name
        if not first and tokens[k - 1].norm not in _SON_OF and (tok.norm in PLACE_HEADS or any(
                c and c[-1] in "بل" and ((stem in common_words() and not _listed_family_name(tok.norm))
                                         or stem in PLACE_HEADS
                                         or (c[-1] == "ب" and stem in MEANS_AFTER_NAMES)
                                         or (is_plain_word(stem, _PREPOSED_PLAIN_ZIPF)
                                             and tok.norm not in all_name_words()))
                for c, stem in strip_clitics(tok.norm))):
            break  # "X مدينة العريش"، "X بغارة"، "X بدم بارد"، "X بشظايا": a place head, a common
            #        word or a means with a preposition (بدر، بسام: names; after بن any word is
            #        the father's name: خالد بن بدر)
        if first and any(
                (c[-1:] == "ب" and len(stem) > 3 or c == "وال" and len(stem) > 2) and stem in common_words()
                or c[-1:] == "ب" and is_plain_word(stem, _PREPOSED_PLAIN_ZIPF) and tok.norm not in all_name_words()
                or c[-1:] == "ب" and stem in MEANS_AFTER_NAMES
                for c, stem in strip_clitics(tok.norm)):
            break  # "قياديا في حماس بضربة بطائرة"، "أبو X بدم بارد": the means; "لجنة الأمن
            #        والدفاع": a conjunct
        k += 1
        if not first and tok.norm in _CHAIN_LINKERS:
            max_len += 1    # "فيصل بن خالد بن عبدالعزيز"، "X بن Y آل Z": a linker is no name word
        prev = tokens[k - 2].norm if k - 2 >= j else ""
        if not first and prev in _CHAIN_LINKERS and tok.norm not in (_ABD, "ابو", "ابي") \
                and (k >= len(tokens) or tokens[k].norm not in _CHAIN_LINKERS
                     and not (definite(tokens[k]) and (is_name_word(tokens[k]) or tokens[k].norm in family_names()))
                     and not _bare_family_name_at_clause_end(tokens, k, blocked)):
            break  # "فيصل بن سلمان بن عبدالعزيز الوفد": one name after each linker, then the
            #        end or a family name (المهدي بن علي الزغبي، علي بن حسن جعفر، ...)
        if not first and tok.norm in _COMPOUND_ENDS and prev not in NAME_LINKERS:
            # فريد الله عزيزي: one family name after it; عز الدين أبو العيش: a family name in أبو
            max_len = min(max_len, k - j + (2 if k < len(tokens) and tokens[k].norm in _ABU else 1))
        elif not first and definite(tok) and prev not in NAME_LINKERS:
            break  # a family name with the article ends the name (بلال حسن الجاسم)
    while k - j > 1 and tokens[k - 1].norm in _DANGLING_LINKERS:
        k -= 1      # a name never ends with بن، آل، أبو or عبد (cut by the length or a block)
    return k


# what may follow a whole name at the end of its clause: a comma or a full stop, "إن/أن" after
# a speech verb, قوله (قال العميد X الأمين إن، نقل عن اللواء X التركي قوله)
_CLAUSE_AFTER_NAME = frozenset(norm(w) for w in "إن أن بأن قوله".split()) | frozenset("،,.:؛")


def _bare_family_name_at_clause_end(tokens, k, blocked) -> bool:
    """Is tokens[k], after "X بن Y", a listed family name without the article that ends the name
    where the clause ends (علي بن حسن جعفر، ...، أحمد بن عبدالعزيز قطان إن ...)?"""
    if k + 1 >= len(tokens) or k in blocked:
        return False
    tok = tokens[k]
    return not definite(tok) and tok.norm in family_names() and tok.norm not in STOPWORDS \
        and tok.norm not in common_words() and not tok.norm.startswith("و") \
        and (tokens[k + 1].norm in _CLAUSE_AFTER_NAME or tokens[k + 1].text in _CLAUSE_AFTER_NAME)


# علي written with its ي (normalised, it is the preposition على, so no plain given name): after a
# title, the name ("العميد علي الشهري إن ...")
_ALI = "علي"


# a post in apposition right after a whole name (اللواء منصور التركي المتحدث الأمني، أمينة الكردي
# المتحدثة باسم البرنامج، سامي المصري مدير المكتب)
_POST_AFTER_NAME = POST_HEADS | SPOKES_HEADS | frozenset(norm(w) for w in "المتحدثة الناطقة متحدثة ناطقة".split())


def _family_name_before_clause(tokens, k) -> bool:
    """Is tokens[k], right after a plain given name, a listed family name with the article
    (الأمين، التركي، المصري: words too) that ends the name where the clause ends or a post in
    apposition begins?"""
    tok = tokens[k]
    return definite(tok) and tok.norm in family_names() and tok.norm not in STOPWORDS \
        and (_plain_given_name(tokens[k - 1].norm) or tokens[k - 1].text == _ALI) \
        and (k + 1 >= len(tokens) or tokens[k + 1].norm in _CLAUSE_AFTER_NAME
             or tokens[k + 1].text in _CLAUSE_AFTER_NAME or tokens[k + 1].norm in _POST_AFTER_NAME)


def _listed_family_name(word: str) -> bool:
    """A family name the lists hold, no town's name nor a word this common (بها، بنا، لحد), that
    reads as ب/ل + a common word too (بادي: ب + أدى، باقر): after a given name, the family's name."""
    return word in family_names() and word not in place_names() and word_zipf(word) < _FAMILY_WORD_ZIPF


#: how common a listed family name read as ب/ل + a word may be to stay a name (بادي 3.7; بالخير 3.9)
_FAMILY_WORD_ZIPF = 3.8


# a word this common in general text, after a preposition glued to it, is no name word (بتهمة،
# بحزن; the names of the lists are kept: بسام، بلال; foreign ones are rarer: بوتين، بلينكن)
_PREPOSED_PLAIN_ZIPF = 4.0
# what wounds or kills, and company, after بـ: "X Y برصاص قناص"، "بشظايا قذيفة"، "برفقة": the name
# ends before them, however rare the word is in general text
MEANS_AFTER_NAMES = frozenset(norm(w) for w in (
    "رصاص رصاصة رصاصات شظايا شظية نيران نار طعنات طعنة سكين قذيفة قذائف صاروخ صواريخ عبوة عبوات "
    "لغم ألغام انفجار تفجير قصف غارة غارات رفقة صحبة").split())


# the words that link a chained name's parts (بن، ابن، آل); the words that cannot end one
_CHAIN_LINKERS = frozenset(["بن", "ابن", "ال"])
_ABU = frozenset(["ابو"])
_DANGLING_LINKERS = frozenset(["بن", "ابن", "ال", "ابو", "ابي", "عبد", "بنت"])
