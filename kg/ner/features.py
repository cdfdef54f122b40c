"""Token normalisation and CRF features, shared by training and tagging.

One function, :func:`normalize_token`, is applied to every token at training
and at prediction time: diacritics and tatweel removed, alef variants to ا,
ى to ي, ة to ه, Arabic-Indic digits to ASCII. (It is kept here, next to the
model it was trained with, so that a change elsewhere cannot silently shift
the model's input.)

Besides the word, its clitic-stripped stem, affixes, shape and neighbours, a
token gets how common it and its stem are in general Arabic text (wordfreq,
``kg/ner/data/``) and the classes of the gazetteers of ``kg.ner.gazetteer``
that list it (place and personal names, head words, titles, KB names), and
so do its neighbours.

Features are computed once per distinct token by their callers' caches
(``FeatureExtractor`` here, ``kg.ner.crf.Scorer`` in the tagger; no cache of
its own, which would hold another copy of every string) as tuples of
strings, in five parts (the token's own, and what it contributes to the words
2 and 1 before and after it); a sentence's features are then a few
``list.extend`` calls per token. The tagger relies on that split: it sums each
part's weights once per distinct token (``kg.ner.crf.Scorer``), reading the
parts as the model's attribute numbers (:func:`token_feature_ids`, the same
features without their strings, which keeps those numbers per stem).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.caches import WORDS, WordCache, register
from kg.ner.gazetteer import DATA, lexicon, lookup
from kg.normalize import NORM_TABLE, table_chars

# kg.normalize's table without its white space (a token holds none): diacritics, tatweel and
# invisible marks removed, alef variants, alef maqsura, teh marbuta, the Persian-keyboard
# letters and Arabic-Indic digits mapped; one table, so the tagger reads tokens as the pipeline does
_TABLE = {k: v for k, v in NORM_TABLE.items() if not chr(k).isspace()}
_MAPPED = table_chars(_TABLE)      # (most tokens hold no character it maps)


@lru_cache(maxsize=WORDS)
def normalize_token(token: str) -> str:
    """The one normalisation of a token, used for training and for tagging."""
    return token.translate(_TABLE)


register(normalize_token.cache_clear)


def strip_clitics(word: str) -> tuple:
    """Split leading و/ف, ب/ل/ك and ال off a normalised word: ``(prefix, stem)``.

    ``وبتنظيم`` -> ``("وب", "تنظيم")``, ``للجيش`` -> ``("لل", "جيش")``,
    ``والعراق`` -> ``("وال", "عراق")``. The stem keeps at least 2 letters.
    """
    i = 0
    n = len(word)
    if n - i > 3 and word[i] in "وف":
        i += 1
    if n - i > 3 and word[i] in "بلك":
        if word.startswith("ال", i + 1) and n - i > 4:
            i += 3
        elif word[i] == "ل" and word[i + 1] == "ل":       # لل = ل + ال
            i += 2
        else:
            i += 1
    elif n - i > 3 and word.startswith("ال", i):
        i += 2
    return word[:i], word[i:]


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if word.isascii():
        if word.isalpha():
            return "L"
        return "P" if not any(c.isalnum() for c in word) else "X"
    if _ARABIC_ONLY.fullmatch(word):
        return "A"
    return "P" if not _ALNUM.search(word) else "M"


_ARABIC_ONLY = re.compile("[\u0621-\u064a]+")   # (the word is not empty: "" is ASCII)
_ALNUM = re.compile(r"[^\W_]")                   # a character str.isalnum() accepts


@lru_cache(maxsize=1)
def word_frequencies() -> dict:
    """Normalised Arabic word -> its Zipf frequency in general text (wordfreq, CC BY-SA 4.0).

    Read from ``kg/ner/data/wordfreq_ar.txt.gz`` (one line per Zipf value in
    tenths: ``value<TAB>words``); see ``tools/make_ner_lexicons.py``.
    """
    import gzip

    freq = {}
    with gzip.open(DATA / "wordfreq_ar.txt.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            value, _, words = line.rstrip("\n").partition("\t")
            freq.update(dict.fromkeys(words.split(" "), int(value) / 10))
    return freq


def _zipf_bucket(z) -> str:
    return "na" if z is None else str(int(z * 2) / 2)


@lru_cache(maxsize=1)
def _frequency_tables() -> tuple:
    """The frequency features' strings, worked out once for the Zipf values the list
    holds (63 of them): ``(bucket, article)``, where ``bucket[z]`` is
    :func:`_zipf_bucket`'s string (also for None) and ``article[za][zs]`` the
    ``za=`` feature."""
    values = sorted(set(word_frequencies().values()))
    bucket = {v: _zipf_bucket(v) for v in values + [None]}
    article = {a: {z: "za=" + str(max(-3, min(3, round(a - z)))) for z in values} for a in values}
    return bucket, article


def _frequency_features(w: str, stem: str) -> tuple:
    """How common the word and its stem are, and the stem with the article against
    the stem alone: ``(features, the stem's bucket)``, the bucket also being a
    neighbour feature."""
    zw_bucket, zs_bucket, za = _frequency_values(w, stem)
    out = ("zw=" + zw_bucket, "zs=" + zs_bucket)
    return (out if za is None else out + ("za=" + za,)), zs_bucket


def _frequency_values(w: str, stem: str) -> tuple:
    """The values of :func:`_frequency_features`: ``(zw, zs, za)``, ``za`` None when the
    token has no ``za=`` feature."""
    bucket = _frequency_tables()[0]
    return (bucket[word_frequencies().get(w)],) + _stem_frequency_values(stem)


def _stem_frequency_values(stem: str) -> tuple:
    """``(zs, za)`` of :func:`_frequency_values`, which depend on the stem alone."""
    get = word_frequencies().get
    bucket, article = _frequency_tables()
    zs = get(stem)
    za = get("ال" + stem)
    if zs is None:
        za_value = "onlyal" if za is not None else None
    else:
        za_value = "noal" if za is None else article[za][zs][3:]
    return bucket[zs], za_value


def token_features(token: str) -> tuple:
    """Features of one token: ``(own, at_minus2, at_minus1, at_plus1, at_plus2)``.

    ``own`` describes the token itself; the next four are what the token
    contributes to the features of the word 2 or 1 before/after it.
    """
    w = normalize_token(token)
    pre, stem = strip_clitics(w)
    shape = _shape(w)
    n = len(stem)
    own = (
        "w=" + w,
        "s=" + stem,
        "p=" + pre,
        "x=" + shape,
        "l=" + str(min(n, 8)),
        "s2=" + stem[-2:],
        "s3=" + stem[-3:],
        "f2=" + stem[:2],
        "f3=" + stem[:3],
    )
    freq_features, zs = _frequency_features(w, stem)
    own += freq_features
    m2 = ("w-2=" + w,)
    m1 = ("w-1=" + w, "s-1=" + stem, "x-1=" + shape, "e-1=" + stem[-2:], "zs-1=" + zs)
    p1 = ("w+1=" + w, "s+1=" + stem, "x+1=" + shape, "e+1=" + stem[-2:], "zs+1=" + zs)
    p2 = ("w+2=" + w,)
    g = lookup(w, stem)
    if g:
        own += ("g=" + g,)
        m1 += ("g-1=" + g,)
        p1 += ("g+1=" + g,)
    return own, m2, m1, p1, p2


def token_feature_ids(index: dict):
    """:func:`token_features` as a model's attribute numbers, without building the strings.

    ``index`` maps attributes (``"s=جيش"``) to numbers. Returns a function token ->
    the five parts of ``token_features(token)`` as one flat tuple, the parts one after
    the other, of the sizes :data:`ID_PART_SIZES` (:func:`id_parts` splits it): for
    every attribute of a part in the same order, its number, or -1 for an attribute
    ``index`` does not hold. The tagger works out the parts of every word it has not
    seen (tens of thousands in a thousand articles), and most attributes of a new
    word are unknown to the model: one dict look-up per value here (``w`` -> the
    numbers of ``w=``, ``w-2=``, ``w-1=``, ``w+1=`` and ``w+2=``) instead of a string
    built and looked up per attribute. tests/ner/test_ner_features.py checks it
    against token_features.
    """
    # one table per value a token contributes, holding the numbers of the attribute
    # families that value fills, in the order of ``families`` (-1: no such attribute)
    def table(*families):
        out = {}
        for attr, number in index.items():
            family, sep, value = attr.partition("=")
            if sep and family in families:
                out.setdefault(value, [-1] * len(families))[families.index(family)] = number
        return {value: tuple(numbers) for value, numbers in out.items()}

    word = table("w", "w-2", "w-1", "w+1", "w+2").get
    stem_t = table("s", "s-1", "s+1").get
    shape_t = table("x", "x-1", "x+1").get
    end_t = table("s2", "e-1", "e+1").get
    zs_t = table("zs", "zs-1", "zs+1").get
    gaz_t = table("g", "g-1", "g+1").get
    pre_t, length_t, s3_t, f2_t, f3_t, zw_t, za_t = (
        {v: n for v, (n,) in table(f).items()}.get for f in ("p", "l", "s3", "f2", "f3", "zw", "za"))
    bucket, article = _frequency_tables()
    frequency = word_frequencies().get
    gazetteer = lexicon().get
    none5, none3 = (-1,) * 5, (-1,) * 3
    def of_stem(stem: str) -> tuple:
        # _stem_frequency_values(stem), with its tables at hand
        zs = frequency(stem)
        za = frequency("ال" + stem)
        if zs is None:
            za = "onlyal" if za is not None else None
        else:
            za = "noal" if za is None else article[za][zs][3:]
        return (stem_t(stem, none3), end_t(stem[-2:], none3), s3_t(stem[-3:], -1),
                f2_t(stem[:2], -1), f3_t(stem[:3], -1), length_t(str(min(len(stem), 8)), -1),
                zs_t(bucket[zs], none3), -1 if za is None else za_t(za, -1))

    # stem -> the numbers of the attributes that depend on the stem alone (words share
    # stems: الجيش، والجيش، للجيش), in the order ``ids`` lays them out; kept for a bounded
    # number of stems (kg.caches.WordCache)
    stems = WordCache(of_stem)

    def ids(token: str) -> tuple:
        # normalize_token(token) without its cache: the tagger asks once per distinct token
        w = token.translate(_TABLE) if _MAPPED(token) else token
        pre, stem = strip_clitics(w)
        b, e, s3, f2, f3, length, z, za = stems[stem]
        a = word(w, none5)
        x = shape_t(_shape(w), none3)
        g = gazetteer(stem) or gazetteer(w)     # lookup(w, stem)
        c = gaz_t(g, none3) if g else none3
        # (the five parts one after the other: ID_PART_SIZES)
        return (a[0], b[0], pre_t(pre, -1), x[0], length, e[0], s3, f2, f3,     # own
                zw_t(bucket[frequency(w)], -1), z[0], za, c[0],
                a[1],                                                     # at -2
                a[2], b[1], x[1], e[1], z[1], c[1],                       # at -1
                a[3], b[2], x[2], e[2], z[2], c[2],                       # at +1
                a[4])                                                     # at +2

    return ids


#: the sizes of the five parts (own, at -2, -1, +1, +2) in what :func:`token_feature_ids`'s
#: function gives, one after the other in a flat tuple
ID_PART_SIZES = (13, 1, 6, 6, 1)


def id_parts(numbers) -> list:
    """The five parts (lists) of a flat tuple of :func:`token_feature_ids`'s function."""
    out, at = [], 0
    for size in ID_PART_SIZES:
        out.append(list(numbers[at:at + size]))
        at += size
    return out


# what the sentence boundaries contribute, laid out like token_features()
_BOS2 = ((), ("w-2=<s>",), (), (), ())
_BOS1 = ((), ("w-2=<s>",), ("w-1=<s>", "s-1=<s>"), (), ())
_EOS1 = ((), (), (), ("w+1=</s>", "s+1=</s>"), ("w+2=</s>",))
_EOS2 = ((), (), (), (), ("w+2=</s>",))


class FeatureExtractor:
    """Sentence features, optionally keeping only the attributes a model knows.

    With ``encode=True`` the features are UTF-8 bytes (what crfsuite stores),
    for the tagger; training keeps ``str``.

    A trained model ignores attributes it has no weight for, so a tagger passes
    ``known`` (the model's attributes) and each token's features are filtered
    once, when the token is first seen: crfsuite then has fewer strings to look
    up, which makes tagging faster without changing any tag.
    """

    def __init__(self, known=None, max_cache=WORDS, encode=False):
        self.known = known
        self.max_cache = max_cache
        self.encode = encode
        self._bias = b"b" if encode else "b"
        # each known attribute -> what goes to crfsuite (itself, or its UTF-8 bytes)
        self._code = None if known is None else (
            {a: a.encode("utf-8") for a in known} if encode else {a: a for a in known})
        # kept in two generations (kg.caches.WordCache): a frequent token is never worked out again
        self._cache = WordCache(lambda token: self._keep(token_features(token)), max_cache)
        self._bos = (self._keep(_BOS2), self._keep(_BOS1))
        self._eos = (self._keep(_EOS1), self._keep(_EOS2))

    def _keep(self, parts):
        known = self.known
        if known is not None:
            # crfsuite ignores the order of attributes within an item, but a fixed order keeps
            # its sums reproducible: sorted; C-level calls only (intersection, sort, a map
            # over the dict that also encodes), as this runs for every new token
            encoded = self._code.__getitem__
            return tuple(tuple(map(encoded, sorted(known.intersection(part)))) if part else ()
                         for part in parts)
        if self.encode:
            # python-crfsuite takes bytes as they are: encoding once per distinct token
            # (not once per occurrence) halves the time spent in the tagger
            parts = tuple(tuple(a.encode("utf-8") for a in part) for part in parts)
        return parts

    def forget(self):
        """Empty the per-token cache."""
        self._cache.drop()

    def token(self, token: str) -> tuple:
        """:func:`token_features`, filtered to the known attributes (cached)."""
        return self._cache[token]

    def sentence(self, tokens: list) -> list:
        """One list of feature strings per token of a sentence (raw surface tokens)."""
        feats = [*self._bos, *map(self._cache.__getitem__, tokens), *self._eos]
        bias = self._bias
        # token k sits at feats[k + 2]: its own features, then what k-2, k-1, k+1, k+2 contribute
        return [[bias, *own[0], *m2[1], *m1[2], *p1[3], *p2[4]]
                for m2, m1, own, p1, p2 in zip(feats, feats[1:], feats[2:], feats[3:], feats[4:])]


_TRAINING = FeatureExtractor()


def sentence_features(tokens: list) -> list:
    """All features of each token of a sentence (what training sees)."""
    return _TRAINING.sentence(tokens)
