"""Tagger mentions: the names the statistical tagger (kg.ner) finds with no cue.

Its BIO tags made into mentions, with clitics, leading titles and a nisba before a person
left out (and a verb or noun before a person: استقبل سامر); spans that are a preposition and a common noun, a bare common or cue word, a
nationality, ordinary words or a noun and a nationality (شاب فلسطيني) are dropped.
"""
from __future__ import annotations

from itertools import compress

from kg.lexicon import DIRECTIONS, PERSON_TITLES, POST_HEADS, STOPWORDS, common_words, strip_clitics
from kg.mentions_org_heads import ACT_NOUNS
from kg.mentions_common import (ORG_NAME_STOPS, _cue_words, _dual_or_plural_of_common, _prepositional, definite,
                                make_mention)
from kg.mentions_lone_persons import name_opens_after_cue
from kg.mentions_names import is_plain_word, word_before_name, word_zipf
from kg.mentions_titled_names import _family_name_before_clause, noun_before_given_name
from kg.names import all_name_words, given_names, name_words, place_names
from kg.normalize import norm


NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
_TITLES_OR_STOPWORDS = PERSON_TITLES | STOPWORDS


# how common the word after a ك ("like") must be for the ك to be a clitic (كالمدينة)
_LIKE_STEM_ZIPF = 3.0


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
            while j - i > 1 and typ == "ORG" and toks[j - 1].norm in ACT_NOUNS:
                j -= 1     # "أعلنت النقابة الإضراب": the verb's object after the body's name
            s = i
            while s < j and (strip_clitics(toks[s].norm)[-1][1] in _TITLES_OR_STOPWORDS or (
                    typ == "PER" and kb is not None and definite(toks[s]) and kb.demonym(toks[s].norm))):
                s += 1     # a title, or a nisba before the name (الأمريكي جون ...)
            if typ == "PER" and j - s >= 2 and word_before_name(toks[s].norm) and not name_opens_after_cue(toks, s, kb):
                s += 1     # "استقبل سامر"، "وترأس خالد"، "إقالة رشيد": a verb or a noun the tagger
                #            took into the name after it (not after a verb of speech, a trade or a
                #            nationality: اللاعب واين روني، النرويجي ينس شتولتنبرغ: a foreign given name)
            if typ == "PER" and j - s >= 3 and noun_before_given_name(toks, s):
                s += 1     # "المعارض برهان غليون"، "القبطان محمد إسحاق": a trade or a post the
                #            tagger took in, with the article, right before a given name
            if typ == "PER" and j - s >= 2 and word_after_name(toks[j - 1].norm) and not (
                    kb is not None and kb.demonym(toks[j - 1].norm)):   # (شاب فلسطيني: dropped below)
                j -= 1     # "المالكي أراد أن"، "الماريجوانا غير أن": the verb or particle after it
            if typ == "PER" and j - s >= 2 and _manner_after_name(toks[j - 1].norm):
                j -= 1     # "قراءة الأسد بعناية": ب and a common noun after the name (how), no word of it
            if typ == "PER" and j - s == 1 and j == end and j < len(toks) and _family_name_before_clause(toks, j):
                j = end = j + 1     # "وقالت أمينة الكردي المتحدثة باسم ..."، "وأكد منصور التركي إن":
                #                     a listed family name that is a word too, left out by the tagger
            if s < j:
                clitic = ""
                for c, stem in strip_clitics(toks[s].norm)[1:]:
                    if c.startswith("ك") and word_zipf(stem) < _LIKE_STEM_ZIPF:
                        continue   # كاليفورنيا: ك is the name's own letter, not "like"
                    if c.endswith("ال") or c.endswith("لل") or stem in doc_vocab or (
                            typ == "PER" and stem in given_names() and toks[s].norm not in all_name_words()) \
                            or (c == "و" and _listed_after(tags, s, typ, toks) and len(stem) >= 3
                                and (typ == "LOC" or toks[s].norm not in all_name_words())):
                        clitic = c     # (لأحمد سعيد: a given name with a preposition; حمص وكفرزيتا:
                        break          # the list's و before the next place)
                stem = toks[s].norm[len(clitic):]
                if _prepositional(toks[s].norm) or (j - s == 1 and NER_TYPES[typ] == "Person" and (
                        is_plain_word(stem, _NER_PLAIN_ZIPF) or _plural_of_common(stem))):
                    pass   # "بثوب أبيض": a preposition and a common noun; "فيزا": a common word that
                    #        no name list holds (foreign given names are in arabnamer's: مايكل)
                elif j - s == 1 and (stem in common_words() or stem in _cue_words()
                                   or (kb is not None and (kb.demonym(stem) or kb.demonym(toks[s].norm)))):
                    pass   # a nationality adjective (وسورية), a common word or a bare cue word
                elif j - s == 1 and typ == "LOC" and article_on_a_bare_place(toks[s].norm, kb):
                    pass   # "السيول": floods, not Seoul (سيول); "للبنين": for boys, not Benin
                elif j - s == 1 and typ == "PER" and _verb_before_post(toks, s, j):
                    pass   # "دان رئيس الاتحاد X الهجوم": a verb whose subject is the official
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
                    etype = NER_TYPES[typ]
                    if etype == "Person" and not clitic and s > 0 and toks[s - 1].norm in MEDIA_HEADS:
                        etype = "Organization"   # "مجلة فورين بوليسي"، "صحيفة واشنطن بوست": the title
                    out.append(make_mention(toks, s, j, etype, source="ner",
                                            clitic=clitic, text=text, score=0.6))
            i = end
    return out


#: the head nouns of a paper, a magazine, a channel or a site: the name after them is its title
MEDIA_HEADS = frozenset(norm(w) for w in (
    "مجلة صحيفة جريدة قناة موقع وكالة لمجلة لصحيفة لجريدة لقناة لموقع لوكالة بمجلة بصحيفة بجريدة "
    "بقناة بموقع ومجلة وصحيفة وجريدة وقناة وموقع").split())


#: how common in general text "ب + noun" and the noun must be to be a manner, no name (بولو،
#: بروج، باديب: rarer as written, names)
_MANNER_ZIPF = 3.6


def _manner_after_name(word) -> bool:
    """Is ``word`` (normalised) ب glued to a common noun no name list holds (بعناية، بقوة،
    بسرعة): how something was done, after a name (a listed family name is one: بادي، باقر)?"""
    return word.startswith("ب") and len(word) > 3 and word not in all_name_words() \
        and word_zipf(word) >= _MANNER_ZIPF and word_zipf(word[1:]) >= _MANNER_ZIPF


def word_after_name(word) -> bool:
    """Is the last word of a tagged person a common word of news prose that is no given name
    and no name word (أراد، غير، بدلا): a verb or a particle after the name, not its end (عودة،
    قادر: common words that are also names)?"""
    return word in common_words() and word not in name_words() and word not in given_names() \
        and not word.startswith("ال")


def article_on_a_bare_place(word, kb=None) -> bool:
    """Is ``word`` (normalised, clitics allowed) a word with the article whose letters without
    it name a town or a country that is never written with it (السيول: floods, سيول: Seoul;
    للبنين: for boys, بنين: Benin)? A place whose name takes the article has it in GeoNames'
    Arabic names or in the knowledge base (الموصل، القاهرة، الخرطوم)."""
    for _, form in strip_clitics(word):
        if form.startswith("ال") and len(form) >= 5:
            return form[2:] in place_names() and form not in place_names() and not (
                kb is not None and kb.has_alias(form))
    return False


def _listed_after(tags, s, typ, toks=()) -> bool:
    """Does the mention starting at token s open a new name of the same kind right after one
    (tags B- after a B-/I- of the type, a comma between allowed): the و glued to it joins a
    list (حمص وكفرزيتا، حماة، ودرعا؛ مائير إيتنجر وأبيتار سلونيم, unless the word with its و is a
    name itself: وليد)?"""
    if typ not in ("LOC", "PER") or s == 0 or tags[s] != "B-" + typ:
        return False
    k = s - 1
    if k > 0 and tags[k] == "O" and k < len(toks) and toks[k].text in ("،", ","):
        k -= 1
    return tags[k][2:] == typ


def _verb_before_post(toks, s, j) -> bool:
    """Is the one word at s, no Arabic given name, right before a post or a title (دان رئيس
    الاتحاد، ورحب وزير الخارجية): the verb of the official named after it, no person?"""
    if j >= len(toks) or any(st in given_names() for _, st in strip_clitics(toks[s].norm)):
        return False
    return any(st in POST_HEADS or st in PERSON_TITLES for _, st in strip_clitics(toks[j].norm))


_NER_PLAIN_ZIPF = 3.5
# a word this common before a nationality is a noun that describes a person (شاب، جندي، مواطن)
_DESCRIBING_ZIPF = 4.0


def _plural_of_common(word) -> bool:
    """A dual or plural of a common noun (مسلحان، مسلحون), never a person's name."""
    return _dual_or_plural_of_common(word) and word not in name_words()
