"""Sentences and tokens, with offsets into the original article text.

Tokens follow camel-tools' ``simple_word_tokenize`` (runs of word characters,
each punctuation mark on its own, clitics left attached), but keep offsets and
treat Arabic diacritics and tatweel as part of the word they sit on.
"""
from __future__ import annotations

import re
from operator import itemgetter

from kg.caches import WordCache
from kg.model import Sentence, Token
from kg.normalize import COMMON_WORD_CHARS, norm

# word characters (the common ones spelt out: kg.normalize.COMMON_WORD_CHARS) + Arabic
# combining marks (harakat, dagger alef) + tatweel
_TOKEN_RE = re.compile(r"[" + COMMON_WORD_CHARS + r"\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+"
                       r"|[^\w\s\u200b-\u200f]")
# sentence ends: . ! ? ؟ (one or more), or a line break; not a dot between digits
# (written to start with the stop itself, so that the regex engine skips to the next stop
# character: the same matches as "(?<!\d)[.!?؟]+(?!\d)|[.!?؟]+(?=\s|$)|\n", three times faster)
_SENT_END_RE = re.compile(r"[.!?؟](?:(?<!\d[.!?؟])[.!?؟]*(?!\d)|[.!?؟]*(?=\s|$))|\n")
# a title cut to its first letter and a full stop before a name, as the Gulf press writes it
# ("وزير التعليم د. X" for الدكتور، "أمين المنطقة م. X" for المهندس): the stop ends no sentence.
# The letter stands alone (a space or the line's start before it), the name follows on the same
# line, and م after a number is the era of a year ("عام 1990 م."), which may end one
_TITLE_INITIAL_RE = re.compile(r"(?:^|(?<=[\s(«\"]))([دمأ])\.[ \t\u00a0]*(?=[\u0621-\u064a])")
_YEAR_BEFORE_RE = re.compile(r"\d\s*$")


def _title_initial(text: str, stop: int) -> bool:
    """Is the full stop at ``stop`` the one of a title's initial before a name (د. X، م. X)?"""
    if stop < 1:
        return False
    m = _TITLE_INITIAL_RE.match(text, stop - 1)
    if m is None:
        return False
    return not (m.group(1) == "م" and _YEAR_BEFORE_RE.search(text, max(0, stop - 8), stop - 1))


# surface token -> (the token's text, its normalised form): news repeats a few tens of
# thousands of distinct words, so a dict look-up (kg.caches.WordCache: one C-level look-up for
# the words of its young generation) answers nearly every token, and all occurrences of a
# word share one text object, which makes the later per-word caches (tagger scores, cue
# flags) find it by identity
_WORDS = WordCache(lambda word: (word, norm(word)))
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    return _tokenize(text, start, end)[0]


def _tokenize(text: str, start: int = 0, end: int | None = None) -> tuple:
    """``(tokens, their normalised forms, their starts, their ends)`` of ``text[start:end]``."""
    end = len(text) if end is None else end
    found, starts, ends = [], [], []
    # _TOKEN_RE's tokens never hold a space: the pieces between spaces are read one by one,
    # and nine pieces in ten are one word of word characters alone (str.isalnum, the same
    # characters as \w but _), a token as it stands: the regular expression, and a match
    # object per token, only for the others
    s = start
    for piece in text[start:end].split(" "):
        if piece.isalnum():
            found.append(piece)
            starts.append(s)
            s += len(piece)
            ends.append(s)
        elif piece.isprintable():
            # no white space nor invisible mark inside (those are "other" or "separator"
            # characters): its tokens follow each other ("الأحد،" -> "الأحد" "،")
            for word in _TOKEN_RE.findall(piece):
                found.append(word)
                starts.append(s)
                s += len(word)
                ends.append(s)
        else:
            e = s + len(piece)
            for m in _TOKEN_RE.finditer(text, s, e):
                found.append(m.group())
                starts.append(m.start())
                ends.append(m.end())
            s = e
        s += 1
    # each word's entry (a C-level look-up; a Python step only for a word not seen before)
    known = list(map(_WORDS.__getitem__, found))
    norms = list(map(_SECOND, known))
    return list(map(Token, map(_FIRST, known), starts, ends, norms)), norms, starts, ends


# a line this long that ends in a word of a name, with a word of a name on the next line, was
# wrapped inside a sentence ("... قال الرئيس بشار\nالأسد إن ..."); a shorter one is a
# heading, and a blank line, a final stop or a common word on either side (a verb that opens
# the next paragraph: أعلنت، وقال) ends a paragraph
_WRAPPED_LINE = 60
_ALNUM = re.compile(r"[^\W_]")     # a character str.isalnum() accepts
_WORD_BEFORE = re.compile(r"([\u0621-\u064A\u0640\u064B-\u0652]+)[ \t\u00a0]*$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]*([\u0621-\u064A\u0640\u064B-\u0652]+)")


def _name_word(word: str, wa_fa_names: bool = False) -> bool:
    """A word that may be part of a name; one that begins with و or ف only where
    ``wa_fa_names`` and it is a name (:func:`_name_with_wa_fa`): the word that ends a line."""
    from kg.lexicon import STOPWORDS, common_words

    w = norm(word)
    return len(w) > 1 and w not in STOPWORDS and w not in common_words() \
        and (w[:1] not in "وف" or (wa_fa_names and _name_with_wa_fa(w)))


def _name_with_wa_fa(w: str) -> bool:
    """A name that begins with و or ف (فراس، وليد، فلاديمير، فيليب), not و/ف glued to a word:
    a given name, or a name word whose rest is no common word (فان = ف + ان is not one)."""
    from kg.lexicon import STOPWORDS, common_words
    from kg.names import all_name_words, given_names

    return w in given_names() or (w in all_name_words() and w[1:] not in common_words()
                                  and w[1:] not in STOPWORDS)


def _opens_with_speech(text: str, line_start: int) -> bool:
    """Does the line open with و glued to a common word (وقال، وأوضح، وأكد)? A paragraph that
    goes on, not a headline."""
    from kg.lexicon import STOPWORDS, common_words

    first = _WORD_AFTER.match(text, line_start)
    w = norm(first.group(1)) if first else ""
    return len(w) > 3 and w[:1] == "و" and not w.startswith("وال") \
        and (w[1:] in common_words() or w[1:] in STOPWORDS)


def _wrapped(text: str, nl: int, line_start: int) -> bool:
    """Does the line break at ``nl`` wrap a sentence (inside a name) rather than end it?
    A long line that ends in a name word before a name word; a short one only where it opens
    a paragraph with و + a verb (not و + ال) and ends in a given name before a known name word
    ("وأوضح كريم" + line break + "عبد الفتاح، أن ...")."""
    before = _word_before(text, line_start, nl)
    after = _WORD_AFTER.match(text, nl + 1)
    if not (before and after and _name_word(before, wa_fa_names=True) and _name_word(after.group(1))):
        return False
    if nl - line_start >= _WRAPPED_LINE:
        return True
    from kg.names import all_name_words, given_names

    return norm(before) in given_names() and norm(after.group(1)) in all_name_words() \
        and _opens_with_speech(text, line_start)


def _word_before(text: str, line_start: int, nl: int):
    """The Arabic word that ends the line (before spaces), or None: what
    ``_WORD_BEFORE.search(text, line_start, nl)`` finds, read backwards from the line's
    end instead of trying every position of the line."""
    e = nl
    while e > line_start and text[e - 1] in " \t\u00a0":
        e -= 1
    s = e
    while s > line_start and "\u0621" <= text[s - 1] <= "\u0652":
        s -= 1
    return text[s:e] if s < e else None


#: no news sentence runs this long (the longest of 20,000 news articles: about 3,100
#: characters); a longer run of text without a stop (a page dump, a list with no
#: punctuation) is cut into pieces of at most this size, so that what the later stages do
#: per sentence stays bounded and extraction cost grows linearly with the article
MAX_SENTENCE = 5_000
# where an over-long sentence is best cut: after a comma, else at a space
_COMMA_RE = re.compile(r"[،,؛;:]\s")
_SPACE_RE = re.compile(r"\s")


def _cap(s: int, e: int, text: str, out: list) -> None:
    """``(s, e)`` into ``out``, cut into pieces of at most MAX_SENTENCE characters: each at
    the last comma of its second half, else at its last space, else where the bound falls."""
    while e - s > MAX_SENTENCE:
        limit = s + MAX_SENTENCE
        half = s + MAX_SENTENCE // 2
        cut = None
        for m in _COMMA_RE.finditer(text, half, limit):
            cut = m.start() + 1
        if cut is None:
            for m in _SPACE_RE.finditer(text, max(half, limit - 200), limit):
                cut = m.start()
        if cut is None:
            cut = limit
        out.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        out.append((s, e))


# a site's tag list closing the article ("... بحسب موقع X. سمات الرمادي العراق داعش"): words
# side by side, no sentence; read as one they give facts no one wrote (الرمادي locatedIn العراق)
_TAG_LIST = re.compile(r"(?:سمات|الكلمات الدلالية|كلمات دلالية)\s*:?\s")
_TAG_LIST_CHARS = 300


def _tag_list(text: str, s: int, e: int) -> bool:
    """Is text[s:e], the article's last sentence, its site's list of tags?"""
    return e - s <= _TAG_LIST_CHARS and _TAG_LIST.match(text, s) is not None and text.strip()[-1:] not in ".؟!"


def split_sentences(text: str) -> list:
    """Sentence spans (start, end) over the original text, trimmed of white space.

    A line break ends a sentence, except inside a long line wrapped in the middle of a
    name (a name-like word on both sides, no blank line): see :func:`_wrapped`. A sentence
    longer than MAX_SENTENCE characters is cut in pieces (:func:`_cap`). A site's list of
    tags that closes the article is no sentence (:func:`_tag_list`)."""
    spans = []
    pos = 0
    line_start = 0
    for m in _SENT_END_RE.finditer(text):
        if m.group() == "." and _title_initial(text, m.start()):
            continue
        if m.group() == "\n":
            wrapped = _wrapped(text, m.start(), line_start)
            line_start = m.end()
            if wrapped:
                continue
        spans.append((pos, m.end() if m.group() != "\n" else m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e and _ALNUM.search(text, s, e):
            if e - s > MAX_SENTENCE:
                _cap(s, e, text, out)
            else:
                out.append((s, e))
    if len(out) > 1 and _tag_list(text, *out[-1]):
        out.pop()
    return out


def segment(text: str) -> list:
    """Sentences with their tokens (and the tokens' offsets: :meth:`Sentence.offsets`)."""
    out = []
    for s, e in split_sentences(text):
        tokens, norms, starts, ends = _tokenize(text, s, e)
        sentence = Sentence(s, e, tokens, norms)
        sentence.__dict__["_offsets"] = (starts, ends)
        out.append(sentence)
    return out
