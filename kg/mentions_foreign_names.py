"""Persons named by a Western given name and a foreign family name no lexicon lists.

Read on corpus news: the tagger often takes the given name alone or nothing (وقال خورخي ...،
وتزوج خورخي ...), and the name lexicons (kg.names) hold few Western given names and almost no
transliterated family names, so the lexicon finder needs a listed word after the given name.
A person is found over a given name of :data:`WESTERN_GIVEN_NAMES` (in the spellings the
agencies use; none of them a common Arabic word) followed by one to three words that are rare
in Arabic text, none with the article or a common word's reading, and name particles between
them (فان دير، دا، دي): ماركو شتاينر، ودانيال فان دير هوفن، بيتر مولر.

A given name after a negation is a verb (لم ينس); after a hyphen it is the second half of a
compound given name; after a rare word it is the middle of a longer name (بوكاري جان إيلبودو);
a given name with no such word after it is left to the other finders.
"""
from __future__ import annotations

import re

from kg.lexicon import common_words, strip_clitics
from kg.mention_gates import starts_from
from kg.mentions_names import _NOT_NAMES, _zipf, wa_family_name
from kg.normalize import norm

#: Western and Russian given names as Arabic news spells them (not جو، سام، بول، آن، سكوت،
#: جيم: common words once normalised; not كاميرون: also a family name and a country)
WESTERN_GIVEN_NAMES = frozenset(norm(w) for w in (
    "جون جيمس روبرت مايكل ويليام وليام ديفيد ريتشارد جوزيف توماس تشارلز كريستوفر دانيال دانييل "
    "ماثيو مارك دونالد ستيفن ستيف أندرو كينيث جورج إدوارد برايان رونالد أنتوني كيفن جيسون جيف "
    "جيفري فرانك إريك ستيفان ستيفاني بيتر باتريك هنري كارل أليكس ألكسندر أليكسي سيرغي سيرجي "
    "فلاديمير ديمتري ديميتري ميخائيل إيغور أندريه نيكولاي إيفان يوري بوريس ماري باتريشيا جنيفر "
    "ليندا إليزابيث باربرا سوزان جيسيكا كارين نانسي ليزا مارغريت ساندرا أشلي إيميلي إيما "
    "ميشيل ميشال كارول أماندا ميليسا ديبورا لورا هيلين أنجيلا أنغيلا كاثرين كريستين كريستينا "
    "شارلوت فيديريكا فرانسوا فرنسوا جان بيار بيير جاك هانز يورغ ينس كلاوس فولفغانغ مارتن "
    "ماركوس خورخي خوسيه كارلوس لويس خوان بابلو ماريو باولو جوزيبي ماتيو أنطونيو فرناندو "
    "فيرناندو رافاييل رافائيل دييغو غابرييل ريكاردو روبرتو سيرجيو أليساندرو فرانشيسكو جوزيه "
    "مانويل إنريكي خافيير لوكاس أوليفر هاري جوشوا تشارلي تيم توم بوب بيل نيك كريس فيليب "
    "أوليفييه نيكولا نيكولاس لوران إيمانويل دومينيك برونو فاليري كلود برنار هيلموت غيرهارد "
    "زيغمار فالتر أورسولا تيريزا جيريمي نايجل أليستير فيكتور ألبرت").split())
#: particles inside a foreign family name, taken only with a family word after them
#: (فان دير بيرغ، دا سيلفا، دي ميستورا، دوس سانتوس)
NAME_PARTICLES = frozenset(norm(w) for w in "فان دير دي دا دو دوس ديل دل".split())
#: words before which a given name is a verb (لم ينس، لا ينس)
NEGATIONS = frozenset(norm(w) for w in "لم ولم فلم لن ولن لا ولا".split())
#: a given name after a hyphen is the second half of one (جان - كلود يونكر): left to the others
HYPHENS = frozenset("-–‐")
#: a family word is rarer than this in Arabic text (Zipf)
_FAMILY_ZIPF = 4.0
#: a word in س whose rest is at least this common is a verb in the future (سيصل: يصل)
_FUTURE_VERB_ZIPF = 3.0
#: pronoun suffixes, and how common (Zipf) the word without one must be to read as a noun with it
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_SUFFIXED_BASE_ZIPF = 3.0
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")


def _family_word(tokens, norms, k) -> bool:
    """A transliterated family name at token k: an Arabic-letter word, no article, no ة (a
    noun or a post: مفوضة، علانية), no و unless a family name's (ستيف وارن, not بيل ماغراي
    وروني: a second person), no verb in the future (سيصل), no noun with a pronoun (رحالها), no
    common word or cue word in any reading (بتهديد، لرئاسة read as ب/ل + a common word;
    بالديراما is no بال + a word), and rare in Arabic text."""
    w = norms[k]
    if not _ARABIC_WORD.match(w) or len(w) < 3 or w.startswith("ال") or w in WESTERN_GIVEN_NAMES \
            or tokens[k].text.endswith("ة") or (w[0] == "و" and not wa_family_name(norms, k)):
        return False
    if w[0] == "س" and w[1:2] in "يتنا" and _zipf().get(w[1:], 0.0) >= _FUTURE_VERB_ZIPF:
        return False    # سيصل، ستعلن: a verb in the future
    if any(_suffixed_noun(stem) for _, stem in strip_clitics(w)):
        return False    # رحالها، شركتهم، بصفته: a noun with a pronoun ("her saddlebags")
    for _, stem in strip_clitics(w):
        if stem in common_words() or stem in _NOT_NAMES or _zipf().get(stem, 0.0) >= _FAMILY_ZIPF:
            return False
    return True


def _suffixed_noun(w: str) -> bool:
    """A common noun with a pronoun suffix: its base (with ة where the suffix follows one:
    صفته = صفة + ه) is common in Arabic text."""
    for suffix in _PRONOUN_SUFFIXES:
        if not w.endswith(suffix) or len(w) - len(suffix) < 2:
            continue
        base = w[:-len(suffix)]
        bases = (base, base[:-1] + "ه") if base.endswith("ت") else (base,)
        if any(_zipf().get(b, 0.0) >= _SUFFIXED_BASE_ZIPF for b in bases):
            return True
    return False


#: a word before the given name rarer than this (Zipf) is the first of the same name
#: (بوكاري جان إيلبودو), not a verb of the sentence (ساند، اختير)
_NAME_BEFORE_ZIPF = 3.0


def _name_before(tokens, norms, k) -> bool:
    return _family_word(tokens, norms, k) and _zipf().get(norms[k], 0.0) < _NAME_BEFORE_ZIPF


def _given_stem(w: str):
    """The clitic and stem when the word is a Western given name, bare or after و/ف."""
    if w in WESTERN_GIVEN_NAMES:
        return "", w
    if w[:1] in "وف" and w[1:] in WESTERN_GIVEN_NAMES:
        return w[:1], w[1:]
    return None


@starts_from(lambda: WESTERN_GIVEN_NAMES | {c + w for w in WESTERN_GIVEN_NAMES for c in "وف"})
def foreign_person_spans(tokens, norms, blocked) -> list:
    """``(i, j, clitic)``: persons over tokens[i:j] named by a Western given name and a foreign
    family name (see the module)."""
    out = []
    k = 0
    while k < len(norms):
        g = _given_stem(norms[k]) if k not in blocked else None
        if not g or (k > 0 and (norms[k - 1] in NEGATIONS or norms[k - 1] in HYPHENS
                                or _name_before(tokens, norms, k - 1))):
            k += 1
            continue
        end = k + 1
        while end < len(norms) and end - k <= 3 and end not in blocked:
            if norms[end] in NAME_PARTICLES and end + 1 < len(norms) and end + 1 not in blocked \
                    and _family_word(tokens, norms, end + 1):
                end += 2
            elif _family_word(tokens, norms, end) or (norms[end] in WESTERN_GIVEN_NAMES and end == k + 1):
                end += 1    # جان بيار لوروا: two given names, then the family's
            else:
                break
        if end > k + 1 and not norms[end - 1] in WESTERN_GIVEN_NAMES:
            out.append((k, end, g[0]))
            k = end
        else:
            k += 1
    return out
