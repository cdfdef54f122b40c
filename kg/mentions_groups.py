"""Armed groups and bodies that news names by what they do or whom they follow, with no name
the knowledge base or an organisation head's usual complement gives. Each rule is one small
function over a sentence's tokens, run after the knowledge base and the head patterns
(kg.mentions) on the tokens those left.

- ``spokesman_body_spans``: "المتحدث باسم" + a definite organisation head and its adjectives
  is a body, even when its name is made of common words: الناطق باسم الجبهة الشمالية.
- ``leader_force_spans``: forces or a militia named by the man they follow: قوات حفتر،
  ميليشيا المخلوع صالح، مليشيات زيدان.
- ``liberation_front_spans``: a front, movement or army "for the liberation (rescue,
  independence) of" a land or people: جبهة تحرير أزواد، حركة إنقاذ الجنوب الوطنية.
- ``self_named_group_spans``: the quoted name a group is said to call itself: جماعة تطلق على
  نفسها اسم "جند الفجر"، مجموعة تدعى «أحرار الوادي».
  ``self_named_unquoted_group_spans``: the same name unquoted: جماعة تدعى أنصار الحق.
- ``named_network_spans``: a network named after a family or its leader: شبكة حقاني.
- ``bare_group_names``: the one-word name of "تنظيم/حركة/جماعة + name", one more name of the
  group in the output (تنظيم القاعدة -> القاعدة).
- ``quoted_province_groups``: a group's "province" written in quotes is a branch of it, no
  place: بيان حمل توقيع «ولاية نجد».
"""
from __future__ import annotations

import re
from itertools import compress

from kg.caches import WordCache
from kg.lexicon import ORG_HEAD_SUBTYPES, ORG_HEADS, PERSON_TITLES, SPOKES_HEADS, STOPWORDS, common_words, \
    strip_clitics, word_set, words_read_as
from kg.mention_gates import starts_from
from kg.names import family_names, given_names
from kg.normalize import norm as _norm

_ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
_ORG_HEAD_SET = frozenset(ORG_HEADS)
_IN_NAME_OF = "باسم"


#: definite adjectives of bodies' names that are no nisba
BODY_ADJECTIVES = word_set("العليا الكبرى الحر الحرة الموحد الموحدة الجديد الجديدة العام العامة الخاصة "
                           "المستقلة المشتركة الخاص المستقل المشترك")


def _body_adjective(w: str) -> bool:
    """A definite adjective of a body's name: a nisba (الجنوبية، التنسيقي) or a listed one
    (العليا، الحر), no title (الكولونيل), noun (الهجوم) or stopword."""
    return w.startswith("ال") and len(w) > 3 and _ARABIC_WORD.match(w) is not None \
        and w not in STOPWORDS and w not in PERSON_TITLES and w[2:] not in _ORG_HEAD_SET \
        and (w.endswith(("ي", "يه")) or w in BODY_ADJECTIVES)


@starts_from((_IN_NAME_OF,))
def spokesman_body_spans(tokens, norms, blocked) -> list:
    """(i, j, subtype) of "(المتحدث|الناطق) باسم" + a definite organisation head and one or two
    definite adjectives: a body, whatever common words name it (الناطق باسم الجبهة الشمالية)."""
    out = []
    nt = len(tokens)
    if _IN_NAME_OF not in norms:
        return out
    for i, n in enumerate(norms):
        if n != _IN_NAME_OF or i == 0 or i + 2 >= nt:
            continue
        if not any(st in SPOKES_HEADS for _, st in strip_clitics(norms[i - 1])):
            continue
        h = i + 1
        head = norms[h]
        if h in blocked or not head.startswith("ال") or head[2:] not in _ORG_HEAD_SET:
            continue
        k = h + 1
        while k < nt and k - h <= 2 and k not in blocked and _body_adjective(norms[k]):
            k += 1
        if k > h + 1:
            out.append((h, _owner_end(tokens, norms, k, blocked), ORG_HEAD_SUBTYPES.get(head[2:])))
    return out


_OF_THE = "لل"


def _owner_end(tokens, norms, k, blocked):
    """End of "لل + noun" and its adjectives after a body's name at k, the body it belongs to
    being part of the name (الإدارة العامة للحرس الوطني، المجلس التنسيقي للمقاومة الشعبية)."""
    nt = len(tokens)
    if k + 1 < nt and k not in blocked and k + 1 not in blocked and norms[k].startswith(_OF_THE) \
            and len(norms[k]) > 4 and _ARABIC_WORD.match(norms[k]) and _body_adjective(norms[k + 1]):
        e = k + 2
        while e < nt and e - k <= 3 and e not in blocked and _body_adjective(norms[e]):
            e += 1
        return e
    return k


#: heads of forces named by the man they follow (indefinite: القوات الموالية is a description)
FOLLOWER_HEADS = word_set("قوات ميليشيا مليشيا ميليشيات مليشيات")
#: the descriptions between the head and the man: قوات المخلوع صالح، قوات الرئيس السابق X
_LEADER_DESCRIPTIONS = word_set("المخلوع المعزول الرئيس السابق الجنرال المشير اللواء العقيد")
_HEAD_CLITICS = frozenset(["", "و", "ب", "ل", "وب", "ول", "ف", "ك"])


def _follower_head(w: str):
    return next((c for c, st in strip_clitics(w) if st in FOLLOWER_HEADS and c in _HEAD_CLITICS), None)


FOLLOWER_HEAD = WordCache(_follower_head)
_FOLLOWER_FORMS = words_read_as(FOLLOWER_HEADS)


def _personal_name(w: str) -> bool:
    return _ARABIC_WORD.match(w) is not None and len(w) > 2 and w not in STOPWORDS \
        and (w in given_names() or (w in family_names() and w not in common_words()))


@starts_from(_FOLLOWER_FORMS)
def leader_force_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic) of forces or a militia named by a man: the head, descriptions of him
    (المخلوع، الرئيس السابق) and up to four words of his name (قوات حفتر، مليشيا المخلوع صالح،
    ميليشيات خليفة حفتر); a deposed man may go unnamed (قوات المخلوع)."""
    out = []
    nt = len(tokens)
    for i in compress(range(nt), map(_FOLLOWER_FORMS.__contains__, norms)):
        n = norms[i]
        if i + 1 >= nt or i in blocked:
            continue
        clitic = FOLLOWER_HEAD[n]
        if clitic is None:
            continue
        k = i + 1
        while k < nt and k - i <= 2 and k not in blocked and norms[k] in _LEADER_DESCRIPTIONS:
            k += 1
        e = k
        while e < nt and e - k < _MAX_NAME and e not in blocked and (
                _personal_name(norms[e]) or (norms[e] in _NAME_LINKERS and e > k)):
            e += 1
        while e > k and norms[e - 1] in _NAME_LINKERS:
            e -= 1
        if e > k or any(norms[d] in _DEPOSED for d in range(i + 1, k)):
            out.append((i, e, clitic))
    return out


_MAX_NAME = 4
_NAME_LINKERS = word_set("عبد بن")
_DEPOSED = word_set("المخلوع المعزول")


#: heads of bodies named for a cause, and the verbal nouns of the cause
CAUSE_HEADS = word_set("جبهة حركة جيش")
LIBERATION_WORDS = word_set("تحرير تحرر إنقاذ استقلال")


def _cause_name_word(w: str) -> bool:
    """A word that may name the land or people of a cause: not a function word, not common
    in general text unless definite (الجنوب)."""
    return _ARABIC_WORD.match(w) is not None and len(w) > 2 and w not in STOPWORDS \
        and (w.startswith("ال") or w not in common_words())


@starts_from(LIBERATION_WORDS)
def liberation_front_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic, subtype) of "جبهة|حركة|جيش" + "تحرير|إنقاذ|استقلال" + a name of one or two
    words and its definite adjectives: جبهة تحرير أزواد، جيش تحرير الجنوب الشعبي."""
    out = []
    nt = len(tokens)
    for c in compress(range(nt), map(LIBERATION_WORDS.__contains__, norms)):
        i = c - 1
        if i < 0 or i + 2 >= nt:
            continue
        n = norms[i]
        clitic, head = next(((c, st) for c, st in strip_clitics(n) if st in CAUSE_HEADS and c in _HEAD_CLITICS),
                            (None, None))
        if head is None or any(k in blocked for k in (i, i + 1, i + 2)) or not _cause_name_word(norms[i + 2]):
            continue
        k = i + 3
        if not norms[i + 2].startswith("ال") and k < nt and k not in blocked and norms[k].startswith("ال") \
                and _cause_name_word(norms[k]) and not _body_adjective(norms[k]):
            k += 1       # جبهة تحرير مورو الكبرى: a construct of two words
        while k < nt and k - i <= 5 and k not in blocked and _body_adjective(norms[k]):
            k += 1       # الإسلامية، الوطنية
        out.append((i, k, clitic, ORG_HEAD_SUBTYPES.get(head)))
    return out


#: the words right before a quoted name that say the group gives itself that name
#: (تطلق على نفسها اسم "X"، تدعى "X"، تعرف باسم "X"، تحمل اسم "X")
NAMING_WORDS = word_set("اسم تدعى يدعى تسمى يسمى المسماة المسمى نفسها نفسه عليها عليه")
#: the nouns of a group that the naming words may follow within a few words
GROUP_NOUNS = word_set("جماعة مجموعة تنظيم فصيل حركة منظمة خلية كتيبة ميليشيا مليشيا جبهة تحالف ائتلاف "
                       "حزب شبكة عصابة")
_QUOTES = {"«": "»", '"': '"', "“": "”"}
_QUOTE_SET = frozenset(_QUOTES)
_GROUP_LOOKBACK = 6
_TITLED = word_set("تحت بعنوان")
_MAX_QUOTED = 4


def _group_noun(w: str) -> bool:
    return any(st in GROUP_NOUNS or (st.startswith("ال") and st[2:] in GROUP_NOUNS) for _, st in strip_clitics(w))


GROUP_NOUN = WordCache(_group_noun)


@starts_from(_QUOTE_SET)
def self_named_group_spans(tokens, norms, blocked) -> list:
    """(i, j) of a quoted name a group is said to call itself: جماعة تطلق على نفسها اسم "X"،
    مجموعة تدعى «X»، حركة تعرف باسم "X" (a group noun at most six words before the name)."""
    out = []
    nt = len(tokens)
    if _QUOTE_SET.isdisjoint(norms):
        return out
    for q in compress(range(nt), map(_QUOTE_SET.__contains__, norms)):
        if q == 0 or norms[q - 1] not in NAMING_WORDS or q + 2 >= nt or (q > 1 and norms[q - 2] in _TITLED):
            continue     # (وزع التنظيم شريطا تحت اسم "X": a work's title)
        close = _QUOTES[tokens[q].text] if tokens[q].text in _QUOTES else None
        if close is None:
            continue
        k = q + 1
        while k < nt and k - q <= _MAX_QUOTED and tokens[k].text != close and k not in blocked \
                and _ARABIC_WORD.match(norms[k]):
            k += 1
        if k == q + 1 or k >= nt or tokens[k].text != close:
            continue
        if any(GROUP_NOUN[norms[b]] for b in range(max(0, q - 1 - _GROUP_LOOKBACK), q - 1)):
            out.append((q + 1, k))
    return out


#: the last naming word before an unquoted name (تطلق على نفسها اسم X، تدعى X، تسمي نفسها X)
UNQUOTED_NAMING_WORDS = word_set("اسم تدعى يدعى تسمى يسمى المسماة المسمى نفسها نفسه")
_MAX_UNQUOTED = 4
_SELF = word_set("نفسها نفسه")
_NAME = _norm("اسم")
_CALLS_ITSELF = word_set("تسمي يسمي سمت سمى")        # تسمي نفسها X
_SELF_OR_BEARS = word_set("نفسها نفسه تحمل يحمل")    # تطلق على نفسها اسم X، تحمل اسم X


@starts_from(UNQUOTED_NAMING_WORDS)
def self_named_unquoted_group_spans(tokens, norms, blocked) -> list:
    """(i, j) of the unquoted name a group is said to call itself: جماعة تدعى أنصار الحق،
    حركة تسمي نفسها حسم، تنظيم يطلق على نفسه اسم جند الخلافة في ... (the name up to four words,
    ended by a preposition, a word with a pronoun suffix, what the group did or punctuation)."""
    from kg.mentions_names import is_suffixed_noun
    from kg.mentions_org_heads import ACT_NOUNS
    out = []
    nt = len(tokens)
    for p in compress(range(nt - 1), map(UNQUOTED_NAMING_WORDS.__contains__, norms)):
        before = norms[p - 1] if p else ""
        if norms[p] in _SELF and before not in _CALLS_ITSELF or norms[p] == _NAME and before not in _SELF_OR_BEARS:
            continue   # "في المنطقة نفسها": the same area; "اسم" not after نفسها or تحمل
        j = p + 1
        if j in blocked or norms[j] in NAMING_WORDS or not _ARABIC_WORD.match(norms[j]) \
                or norms[j] in STOPWORDS or (p > 0 and norms[p - 1] in _TITLED):
            continue
        # where the naming phrase starts (تطلق على نفسها اسم، تحمل اسم، تسمي نفسها، تدعى): the
        # group noun right before it, an adjective between at most (جماعة مسلحة تدعى X; not
        # "قيادي في الجماعة يدعى X", a man)
        start = p - 3 if norms[p] == _NAME and before in _SELF else p - 1 if norms[p] in _SELF or norms[p] == _NAME else p
        if not any(GROUP_NOUN[norms[b]] for b in range(max(0, start - 2), max(0, start))):
            continue
        k = j
        while k < nt and k - j < _MAX_UNQUOTED and k not in blocked and _ARABIC_WORD.match(norms[k]) \
                and norms[k] not in STOPWORDS and norms[k] not in ACT_NOUNS and not is_suffixed_noun(tokens[k]) \
                and not (k > j and len(norms[k]) > 4 and norms[k].endswith(("ها", "هم"))):
            k += 1   # (مسؤوليتها، عناصرهم: a noun with the group's pronoun ends the name)
        if k > j:
            out.append((j, k))
    return out


#: a network named after the family or the man who leads it: شبكة حقاني (not شبكة تهريب،
#: شبكة الإنترنت: a common word after it)
NETWORK_HEADS = word_set("شبكة")
_NETWORK_FORMS = words_read_as(NETWORK_HEADS)


@starts_from(_NETWORK_FORMS)
def named_network_spans(tokens, norms, blocked) -> list:
    """(i, j, clitic) of "شبكة X" with X a family name of the name lists that is no common
    word and no given name (شبكة حقاني، وبشبكة المهندس is a common word's)."""
    out = []
    if _NETWORK_FORMS.isdisjoint(norms):
        return out
    for i in compress(range(len(norms) - 1), map(_NETWORK_FORMS.__contains__, norms)):
        if i in blocked or i + 1 in blocked:
            continue
        clitic = next((c for c, stem in strip_clitics(norms[i]) if stem in NETWORK_HEADS
                       and not c.endswith(("ال", "لل"))), None)
        w = norms[i + 1]
        if clitic is not None and _ARABIC_WORD.match(w) and w in family_names() \
                and w not in given_names() and w not in common_words() and w not in STOPWORDS \
                and not w.startswith("ال") and _zipf(w) < _NETWORK_NAME_ZIPF:
            out.append((i, i + 2, clitic))
    return out


#: a word this common in general text is a noun after شبكة (شبكة اتصالات), not a family's name
_NETWORK_NAME_ZIPF = 4.0


def _zipf(w: str) -> float:
    from kg.mentions_names import word_zipf
    return word_zipf(w)


#: the head of a jihadist group's "province", written in quotes as the group's brand:
#: «ولاية سيناء»، "ولاية نجد" (a state's real province is not quoted: في ولاية قونية)
_PROVINCE_BRAND_HEAD = "ولاية"
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”"}


_QUOTED_PROVINCE_HEAD = re.compile("[«\"“]" + _PROVINCE_BRAND_HEAD + r"\s+")


def quoted_province_groups(text, mentions) -> None:
    """A place mention "ولاية X" written inside quotes of its own is a group's branch, an
    armed group: its type is changed in place (تبنى التنظيم الهجوم في بيان حمل توقيع «ولاية
    نجد»). A quoted name that says more than the province (a quote opened before) is left."""
    for m in mentions:
        if m.type != "Place" or m.start < 1:
            continue
        if not m.text.startswith(_PROVINCE_BRAND_HEAD):
            head = _QUOTED_PROVINCE_HEAD.search(text, max(0, m.start - 8), m.start)
            if head is None or head.end() != m.start:
                continue
            # "«ولاية حلب»" with the city found alone: the quoted province, head and all
            m.start, m.text = head.start() + 1, text[head.start() + 1:m.end]
        close = _QUOTE_PAIRS.get(text[m.start - 1])
        if close is not None and text.startswith(close, m.end):
            m.type, m.subtype, m.kb_id = "Organization", "ArmedGroup", None


#: heads whose one-word complement is the group's own name, which news also writes alone:
#: تنظيم القاعدة -> القاعدة، حركة حماس -> حماس، جماعة الحوثي -> الحوثي
BARE_NAME_HEADS = word_set("تنظيم حركة جماعة")


def bare_group_names(entity) -> list:
    """The one-word names of an organisation written "head + name" (تنظيم داعش -> داعش): one
    more name of it, as the one word the head is put before."""
    if entity.type != "Organization":
        return []
    out = []
    for m in entity.mentions:
        words = m.text.split()
        if m.nominal or len(words) != 2:
            continue
        head = words[0].lstrip("\u0640")
        name = words[1].strip("«»\"“”'")
        if _norm(head) in BARE_NAME_HEADS and len(name) > 2 and _norm(name) not in STOPWORDS \
                and _ARABIC_WORD.match(_norm(name)):
            out.append(name)
    return out
