"""One-word persons the tagger alone found, kept only where a person's name stands.

Read on corpus news: about half of the tagger's one-word persons named no one: adjectives
and nisbas, words with clitics (ولحسن الحظ), brands and products in quotes («غوتشي»،
نتفليكس), clubs, parties and places (سيريزا، بشكتاش، ستراسبورغ), common nouns (فبركات،
شورتات), and the last word of a name whose first word the tagger or the span rules left out.
A person named by one word is real when one of these holds, and such a mention is kept:

- the word is a known given or family name (the Arabic name lists, kg.names.name_words):
  محمد، نصر، عثمان;
- another person of the article is named with the word in a longer name (the family name
  after the full name: سامي فيليسيان ... وقال فيليسيان);
- it stands where a name stands: after a verb of speech (قال، وأضاف، وأوضحت), a title or a
  person's post or trade (اللورد، المدرب، اللاعب، المهاجم), a nationality (الروماني،
  والبولندي), a complementizer (أن، إن) — a quote mark between allowed (وأوضحت «بليك») —
  or before a comma and a post or وهو، or before قائلا;
- it is listed with another person, by و or a comma (بيير بورديو ونيتشه، وصلاح عبد الصبور
  وأدونيس ومحمود درويش).

Every other one-word person of the tagger alone is dropped: a missed person costs less than
a false one, and the drop leaves the word to no other kind.
"""
from __future__ import annotations

from bisect import bisect_right

from kg.lexicon import (COMPLEMENTIZERS, PERSON_TITLES, POST_HEADS, SPEECH_VERBS, SPOKES_HEADS, common_words,
                        strip_clitics, word_set)
from kg.names import name_words

#: verbs that report what a person said or thought, beside SPEECH_VERBS (ويستدرك، وروى، ورأى)
MORE_SPEECH_VERBS = word_set("استدرك يستدرك روى روت رأى رأت يرى ترى اعتبر اعتبرت يعتبر تابع تابعت "
                             "أردف أردفت شدد شددت أوضح يوضح توضح يضيف تضيف كشف كشفت طالب طالبت دعا دعت "
                             "أكد يؤكد قالت تقول")
#: a person's trade or part before the name, as titles stand (المدرب جوميز، اللاعب روني،
#: القاضية ديبورا، اللورد ريتشاردز)
PERSON_NOUNS = word_set("اللاعب اللاعبة المدرب المدربة المهاجم الحارس المدافع الكابتن القاضية اللورد "
                        "الليدي السير المخرج المخرجة الممثل الممثلة الفنان الفنانة المطرب المطربة المغني "
                        "المغنية الكاتب الكاتبة الروائي الروائية الشاعر الشاعرة المحامي المحامية الطبيب "
                        "الطبيبة المصور الباحث الباحثة الخبير الخبيرة الناشطة الصحفية المراسلة المؤلف "
                        "المؤلفة البروفيسور البروفسور الدكتورة الأستاذة المواطن المواطنة الشاب الشابة "
                        "الطفل الطفلة الزميل الزميلة السيناتور النائبة الوزيرة السفيرة المستشارة "
                        "المدير المديرة الرئيسة الملكة الأميرة المطران البابا الحاخام الشهيد الفقيد "
                        "الراحل الراحلة الجنرال النجم النجمة الأسطورة الفيلسوف الموسيقار الأديب الأديبة")
#: after the name: a comma and one of these (X، وهو ...؛ X، المتحدث باسم ...)
AFTER_COMMA = word_set("وهو وهي")
#: after the name: قائلا (أضاف X قائلا)
SAYING = word_set("قائلا قائلة قائلاً")
COMMAS = frozenset(["،", ","])
QUOTES = frozenset(['«', '"', '“', '”', "'", "(", "»"])


def _stems(word: str):
    return [stem for c, stem in strip_clitics(word) if c in ("", "و", "ف")]


def _cue_before(tok, kb) -> bool:
    for stem in _stems(tok.norm):
        if stem in SPEECH_VERBS or stem in MORE_SPEECH_VERBS or stem in PERSON_TITLES or stem in PERSON_NOUNS \
                or stem in COMPLEMENTIZERS or (kb is not None and stem.startswith("ال") and kb.demonym(stem)):
            return True
    return tok.norm in COMPLEMENTIZERS


def introduces_name(tok, kb=None) -> bool:
    """Is ``tok`` a verb of speech, a person's trade or a nationality (وقال، اللاعب، النرويجي),
    after which the next word opens a name, never a verb or a noun of the sentence (وقال
    فرانك ...، اللاعب واين روني، النرويجي ينس شتولتنبرغ)? Titles are left out (الرئيس استقبل)."""
    for stem in _stems(tok.norm):
        if stem in SPEECH_VERBS or stem in MORE_SPEECH_VERBS or stem in PERSON_NOUNS or (
                kb is not None and stem.startswith("ال") and kb.demonym(stem)):
            return True
    return False


def name_opens_after_cue(toks, s, kb=None) -> bool:
    """Does the tagged person at token s open after a word that introduces a name (see
    :func:`introduces_name`) with a first word of no common reading (واين، ينس، فيرناندو: a
    foreign given name, however often news writes it; not أبلغ in "وزير الدفاع البريطاني أبلغ
    X", a verb after a post)?"""
    return s > 0 and introduces_name(toks[s - 1], kb) and not any(
        stem in common_words() for stem in _stems(toks[s].norm))


def listed_with_a_person(toks, i, person_starts, person_ends) -> bool:
    """Is the word at token i joined by و or a comma to a person's name right before or after it
    (بورديو ونيتشه؛ وأدونيس ومحمود درويش)? ``person_starts``/``person_ends``: the offsets of the
    article's person mentions."""
    k = i - 1
    glued = toks[i].norm.startswith("و")
    if k >= 0 and toks[k].text in COMMAS:
        k, glued = k - 1, True
    if glued and k >= 0 and toks[k].end in person_ends:
        return True
    j = i + 1
    if j < len(toks) and toks[j].text in COMMAS:
        j += 1
    return j < len(toks) and toks[j].norm.startswith("و") and toks[j].start + 1 in person_starts


def _post_word(tok) -> bool:
    n = tok.norm
    bare = n[2:] if n.startswith("ال") else n
    return n in AFTER_COMMA or n in PERSON_TITLES or n in PERSON_NOUNS or bare in POST_HEADS or n in SPOKES_HEADS


def stands_as_name(toks, i, kb=None) -> bool:
    """Does the one-word name at token i stand where a person's name stands (see the module)?"""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k >= 0 and _cue_before(toks[k], kb):
        return True
    j = i + 1
    while j < len(toks) and toks[j].text in QUOTES:
        j += 1
    if j < len(toks) and toks[j].norm in SAYING:
        return True
    return j + 1 < len(toks) and toks[j].text in COMMAS and _post_word(toks[j + 1])


def lone_tagger_persons_dropped(sentences, mentions, kb=None) -> list:
    """``mentions`` (a whole document's, any order) less the tagger's one-word persons that no
    cue of the module's list upholds."""
    lone = [m for m in mentions if m.source == "ner" and m.type == "Person" and len(m.text.split()) == 1
            and not m.title]
    if not lone:
        return mentions
    longer_words = {w for m in mentions if m.type == "Person" and len(m.text.split()) > 1
                    for t in m.text.split() for _, w in strip_clitics(_norm(t))}
    starts = [s.start for s in sentences]
    person_ends = {m.end for m in mentions if m.type == "Person"}
    person_starts = {m.start for m in mentions if m.type == "Person"}
    drop = set()
    for m in lone:
        word = _norm(m.text)
        if word in name_words() or word in longer_words:
            continue
        sent = sentences[bisect_right(starts, m.start) - 1]
        toks = sent.tokens
        i = next((k for k, t in enumerate(toks) if t.start <= m.start < t.end), None)
        if i is not None and (stands_as_name(toks, i, kb) or listed_with_a_person(toks, i, person_starts, person_ends)):
            continue
        drop.add(id(m))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _norm(text: str) -> str:
    from kg.normalize import norm
    return norm(text)
