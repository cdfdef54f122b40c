"""Press credits: the newspaper, site or agency an article is filed for or quotes.

Arabic news credits its source in a few fixed ways, the name in quotes:
- a dateline: "عدن - «الشرق الأوسط»:" (a city, a dash, the paper; a byline may follow it:
  "عدن - «الشرق الأوسط» - صالح المنصوري:");
- a statement made to the paper: "قال لـ«الحياة» إن ..."، "في تصريح لـ«عكاظ»";
- a copy received or a site: "في بيان تلقت «الشرق الأوسط» نسخة منه"، موقع "بوابة الأهرام";
- a paper's head before it: صحيفة «الشرق الأوسط»، لجريدة «النداء»، مجلة "نيتشر";
- a paper's name that is also a region's, quoted wherever it stands (حوار مع «الشرق الأوسط»،
  تحدثت إليهم «الشرق الأوسط»): the region is quoted only after its head (منطقة «الشرق الأوسط»).

The quoted name is then an organisation (a MediaOrganization), whatever else the words may
name: الشرق الأوسط in a credit is the paper, not the region; الرياض the paper, not the city.
"""
from __future__ import annotations

import re

from kg.model import Mention
from kg.normalize import norm

_OPEN, _CLOSE = "«\"“", "»\"”"
# every quoted run of words (the candidates; the cues are looked for right before them)
_QUOTED = re.compile(rf"[{_OPEN}]\s*([^{_OPEN}{_CLOSE}\n:،,.]{{2,40}}?)\s*[{_CLOSE}]")

# "عدن - «الشرق الأوسط»:" at the start of a line (a place of at most four words before the dash)
DATELINE = re.compile(r"^[^\S\n]*(?:[^\s\-–—]+[^\S\n]+){1,4}?(?:\([^)\n]{0,30}\)[^\S\n]*)?[-–—][^\S\n]*$")
# after the paper: the line's end, a colon or comma, "وكالات", or a dash and a byline ending the
# line with a colon ("مقديشو - «الشرق الأوسط» - خالد محمود:")
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:$|[:،,\n]|و?وكالات|[-–—][^\S\n]*[^\s«»\"“”:\-–—][^\n«»\"“”:]{1,40}:)")
# "قال لـ«الحياة»"، "في تصريحات لـ«عكاظ»": a statement made to the paper
_SAID = ("قال", "قالت", "أكد", "اكد", "أكدت", "اكدت", "أوضح", "اوضح", "أوضحت", "صرح", "صرحت",
         "أضاف", "اضاف", "أضافت", "كشف", "كشفت", "أفاد", "افاد", "أفادت", "ذكر", "ذكرت", "أبلغ", "ابلغ",
         "تصريح", "تصريحات", "حديث", "حديثه", "حديثها", "مقابلة", "تصريحه", "تصريحاتها", "تصريحاته",
         "يقول", "تقول", "يؤكد", "تؤكد", "يشير", "تشير", "أشار", "اشار", "أشارت", "اشارت", "يضيف", "تضيف",
         "أبلغت", "ابلغت", "يوضح", "توضح", "رد", "ردا", "ردًا", "سؤال", "إجابة", "اجابة")
SAID_TO = re.compile(rf"(?<!\S)[وف]?(?:{'|'.join(_SAID)})(?:\s+\S+){{0,8}}?\s+لـ?\s*$")
# "قال العميد ... (more than eight words) لـ«الحياة» إن": a statement to the paper, by the
# that-clause right after it
_TO_THEN_THAT = re.compile(r"(?<!\S)[وف]?لـ\s*$")
_THAT_AFTER = re.compile(r"\s*[،,]?\s*(?:إن|أن|ان|بأن|بان|إلى أن|الى ان)(?!\S)")
# "تلقت «الشرق الأوسط» نسخة منه"، "موقع «بوابة الأهرام»"
RECEIVED = re.compile(r"(?<!\S)(?:تلقت|تلقى|تسلمت|اطلعت\s+عليه|اطلعت\s+عليها|موقع|وموقع|لموقع|بموقع"
                      r"|علمت|وعلمت|استطلعت|الزميلة|زميلتنا|وزميلتنا)\s+$")
#: the words RECEIVED ends with (the last word before the quotes)
_RECEIVED_LAST = frozenset("تلقت تلقى تسلمت عليه عليها موقع وموقع لموقع بموقع علمت وعلمت استطلعت الزميلة "
                           "زميلتنا وزميلتنا".split())
def _place_head(tail) -> bool:
    """Does the text before the quotes end with a place's head (منطقة «الشرق الأوسط»، دول
    «الشرق الأوسط»): the region, quoted?"""
    from kg.lexicon import PLACE_HEADS, strip_clitics
    last = norm((tail.rsplit(None, 1) or [""])[-1])
    return any(stem in PLACE_HEADS or stem in _REGION_HEADS for _, stem in strip_clitics(last))


_REGION_HEADS = frozenset(norm(w) for w in "دول بلدان شعوب".split())
# "صحيفة «الشرق الأوسط»"، "لجريدة «النداء»"، "ومجلة "نيتشر"": a paper's head right before the quotes
PAPER_HEAD = re.compile(r"(?<!\S)(?:[وف]?[بل]?)(?:صحيفة|جريدة|مجلة|صحيفتي|صحيفتا)\s*$")
#: papers named like a region (normalised): quoted, always the paper
PAPERS_NAMED_LIKE_PLACES = frozenset(["الشرق الاوسط"])
_ARABIC = re.compile(r"^[\u0621-\u064A\s]+$")
_BEFORE = 120     # how far back a cue is looked for


def _credited(text, q) -> bool:
    """Is the quoted name at match ``q`` credited by a dateline, a statement or a copy?"""
    s = q.start()
    before = text[max(0, s - _BEFORE):s]
    line = before[before.rfind("\n") + 1:]
    if (s <= _BEFORE or "\n" in before) and DATELINE.match(line) and _DATELINE_AFTER.match(text, q.end()):
        return True
    # each cue ends the text before the quotes: the regexes are run only when its last word
    # is one they may end with (most quoted words are credited by none)
    tail = before.rstrip()
    if tail.endswith(("صحيفة", "جريدة", "مجلة", "صحيفتي", "صحيفتا")) and PAPER_HEAD.search(before):
        return True
    if norm(q.group(1)) in PAPERS_NAMED_LIKE_PLACES and not _place_head(tail):
        return True
    if tail.endswith(("ل", "لـ")):
        if _TO_THEN_THAT.search(before) and _THAT_AFTER.match(text, q.end()):
            return True
        if SAID_TO.search(before):
            return True
    return (tail.rsplit(None, 1) or [""])[-1] in _RECEIVED_LAST and bool(RECEIVED.search(before)) \
        and not _accusative_word(q.group(1))


def _accusative_word(name) -> bool:
    """Is the quoted ``name`` one common word in the indefinite accusative (تلقى «ترحيبا» من X:
    what was received, no paper)?"""
    from kg.mentions_names import word_zipf
    words = norm(name).split()
    return len(words) == 1 and words[0].endswith("ا") and len(words[0]) > 3 \
        and word_zipf(words[0]) >= _COMMON_ZIPF


#: how common a quoted word must be in general text to be read as a word, not a paper's name
_COMMON_ZIPF = 3.0


# "وكالة الأنباء دوغان"، "وكالتا الأنباء دوغان والأناضول": an agency's foreign name (no article)
# right after "news agency" (one or two of them), and the second one joined to it
AGENCY_NAMES = re.compile(r"(?<!\S)[وف]?(?:وكالة|وكالتا|وكالتي|وكالات)\s+(?:الأنباء|الانباء|أنباء|انباء)\s+"
                          r"([\u0621-\u063A\u0641-\u064A]{3,})(?:\s+و([\u0621-\u063A\u0641-\u064A]{3,}))?")


def _name_word(word) -> bool:
    """A word of persons' names that is no function word (إن، في)."""
    from kg.lexicon import STOPWORDS
    from kg.names import all_name_words
    w = norm(word.strip("«»\"“”()،,."))
    return w in all_name_words() and w not in STOPWORDS


def agency_spans(text) -> list:
    """The (start, end) of the names of agencies named after "وكالة الأنباء" (not its
    adjectives: وكالة الأنباء الرسمية، العراقية)."""
    out = []
    for m in AGENCY_NAMES.finditer(text):
        if m.group(1).startswith("ال") or m.group(1).endswith(("ية", "يه")):
            continue      # an adjective of the agency (الرسمية، الألمانية، إيرانية), not its name
        after = text[m.end(1):].split(None, 1)
        if not m.group(2) and after and _name_word(after[0]):
            continue      # "مدير عام وكالة الأنباء سامي العلي": a person's full name, its director
        out.append(m.span(1))
        if m.group(2) and not m.group(2).endswith(("ية", "يه")):
            out.append(m.span(2))
    return out


def credit_spans(text) -> list:
    """The (start, end) of every credited name, in text order."""
    out = []
    for q in _QUOTED.finditer(text):
        name = q.group(1)
        if _ARABIC.match(name) and len(name.split()) <= 4 and _credited(text, q):
            out.append((q.start(1), q.end(1)))
    if "وكال" in text:
        out = sorted(out + agency_spans(text))
    return out


def press_credits(text, mentions) -> list:
    """The mentions with every credited name made a media organisation: what the other
    sources made of the words inside it (a region, a city, a person) is replaced; an
    organisation already found there stays as it is (قال لـ«حماس»)."""
    spans = credit_spans(text)
    if not spans:
        return mentions
    dropped, added = set(), []
    for s, e in spans:
        over = [m for m in mentions if m.start < e and s < m.end]
        if any(m.type == "Organization" for m in over):
            continue
        dropped.update(id(m) for m in over)
        added.append(Mention(s, e, text[s:e], type="Organization", subtype="MediaOrganization",
                             source="pattern"))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + added, key=lambda m: (m.start, m.end))
