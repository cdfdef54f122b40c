"""The features the learned models look at, as lists of small named functions.

Each feature function takes a candidate (``kg.learn.candidates``) and the
sentence's word table (:func:`words_of`) and returns feature strings. They look
at what the rules look at: the entity types, the words between and around the
two (as clitic-free stems, so that وبقيادة and قيادة share their weight), the
prepositions and clitics glued to or right before an entity, distance and
order, clause breaks, quotes, passive and speech verbs, titles before a name.
"""
from __future__ import annotations

from kg.lexicon import COMPLEMENTIZERS, SPEECH_VERBS, strip_clitics, word_set
from kg.normalize import norm
from kg.caches import WordCache
from kg.view import CLAUSE_BREAKS


_n = word_set


RELATIVES = _n("الذي التي الذين اللذين اللتين اللواتي والذي والتي")
PREPOSITIONS = _n("في من على عن إلى الى مع ضد لدى داخل قرب نحو عند بين باسم لصالح ضمن تجاه")
TITLE_WORDS = _n("وزير قائد زعيم رئيس المتحدث الناطق متحدث ناطق أمير مسؤول عضو قيادي القيادي عنصر "
                 "مبعوث سفير محافظ ممثل مدير نائب مستشار")
QUOTES = frozenset('"«»“”')
_MARKS = frozenset("،,؛;:")


def stem(word: str) -> str:
    """A normalised word without its proclitics, the article and a few suffixes (cached)."""
    return _STEM[word]


def _stem(word):
    if not word[:1].isalnum():
        return word
    best = word
    for _, s in strip_clitics(word):
        if s.startswith("ال") and len(s) >= 5:
            s = s[2:]
        if len(s) >= 3 and len(s) < len(best):
            best = s
    for suffix in ("اتها", "اته", "ها", "هم", "ات", "ون", "ين", "ه", "ة"):
        if best.endswith(suffix) and len(best) - len(suffix) >= 3:
            best = best[:-len(suffix)]
            break
    return best


_STEM = WordCache(_stem)


def _word_info(word):
    """(stem, flags) of a normalised word: flags is a string of letters for
    s(peech verb), c(omplementizer), r(elative), b(reak), p(reposition), t(itle), m(ark), q(uote)."""
    readings = {s for _, s in strip_clitics(word)} if word[:1].isalnum() else {word}
    flags = ""
    if not readings.isdisjoint(SPEECH_VERBS):
        flags += "s"
    if word in COMPLEMENTIZERS:
        flags += "c"
    if word in RELATIVES:
        flags += "r"
    if word in CLAUSE_BREAKS:
        flags += "b"
    if word in PREPOSITIONS:
        flags += "p"
    if not readings.isdisjoint(TITLE_WORDS):
        flags += "t"
    if word in _MARKS:
        flags += "m"
    if word in QUOTES or (word and word[0] in QUOTES):
        flags += "q"
    return _stem(word), flags


_INFO = WordCache(_word_info)


class Words:
    """A sentence's tokens as the features read them, computed once per sentence."""
    __slots__ = ("norms", "stems", "flags", "quoted", "clause", "tokens")

    def __init__(self, view):
        self.norms = norms = view.sentence.norms
        info = list(map(_INFO.__getitem__, norms))
        self.stems = [s for s, _ in info]
        self.flags = [f for _, f in info]
        quoted, inside = [], False
        for f in self.flags:
            if "q" in f:
                inside = not inside
            quoted.append(inside)
        self.quoted = quoted
        self.clause = view.clause_of
        self.tokens = view.tokens

    def passive(self, k):
        return _passive(self.tokens[k].text, self.norms[k - 1] if k else "")


_DONE = norm("تم")
_DAMMA = "\u064F"


def _passive(text, before):
    """قُتل / اعتُقل (a damma on one of the first letters) or تم before a verbal noun."""
    t = text.lstrip("وف")
    return (_DAMMA in t[:4] and not t.startswith("ت")) or before == _DONE


def words_of(view) -> Words:
    w = getattr(view, "_learn_words", None)
    if w is None:
        w = view._learn_words = Words(view)
    return w


def _bucket(gap):
    return "0" if gap <= 0 else "1" if gap == 1 else "2" if gap == 2 else "3" if gap <= 4 else \
        "5" if gap <= 7 else "8" if gap <= 12 else "13" if gap <= 20 else "21"


def _word_before(view, w, i):
    k = i - 1
    while k >= 0 and not w.norms[k][:1].isalnum():
        k -= 1
    return k


def _word_after(view, w, j):
    k = j
    while k < len(w.norms) and not w.norms[k][:1].isalnum():
        k += 1
    return k if k < len(w.norms) else -1


def _clitic(slot):
    """The preposition in a slot's clitic cluster (ب، ل، ك), '' for و/ف only or none."""
    c = slot.clitic.lstrip("وف")
    return c or ("و" if slot.clitic else "")


def _between_flags(w, lo, hi):
    return "".join(sorted(set("".join(w.flags[lo:hi]))))


# ---------------------------------------------------------------- relations

def _r_types(c, w):
    h, t = c.head, c.tail
    ty = f"{h.entity.type}>{t.entity.type}"
    return [f"ty={ty}", f"st={h.entity.subtype}>{t.entity.subtype}"]


def _order(c):
    return "ht" if c.head.i < c.tail.i else "th"


def _r_order(c, w):
    ty = f"{c.head.entity.type}>{c.tail.entity.type}"
    o = _order(c)
    gap = max(0, max(c.head.i, c.tail.i) - min(c.head.j, c.tail.j))
    return [f"o={o}|{ty}", f"d={_bucket(gap)}|{o}", f"d={_bucket(gap)}|{o}|{ty}"]


def _left_right(c):
    return (c.head, c.tail) if c.head.i < c.tail.i else (c.tail, c.head)


def _r_between(c, w):
    left, right = _left_right(c)
    view = c.view
    out = []
    k = left.j
    others = 0
    while k < right.i:
        s = view.at.get(k)
        if s is not None:
            out.append(f"be={s.entity.type}")
            others += 1
            k = s.j
            continue
        if w.norms[k][:1].isalnum():
            out.append(f"bw={w.stems[k]}")
        k += 1
    out.append(f"nbe={min(others, 2)}")
    words = [f[3:] for f in out if f.startswith("bw=")]
    if 0 < len(words) <= 4 and not others:
        out.append(f"seq={'_'.join(words)}|{_order(c)}")    # the whole phrase between: المتحدث_اسم
    return out


def _r_nearest(c, w):
    left, right = _left_right(c)
    o = _order(c)
    out = []
    if left.j < right.i:
        ty = f"{c.head.entity.type}>{c.tail.entity.type}"
        k = _word_after(c.view, w, left.j)
        if 0 <= k < right.i:
            out += [f"l1={w.stems[k]}|{o}", f"l1n={w.norms[k]}|{o}", f"l1={w.stems[k]}|{o}|{ty}"]
        k = _word_before(c.view, w, right.i)
        if k >= left.j:
            out += [f"r1={w.stems[k]}|{o}", f"r1n={w.norms[k]}|{o}", f"r1={w.stems[k]}|{o}|{ty}"]
    else:
        out.append(f"adjacent|{o}")
    return out


def _r_around(c, w):
    out = []
    ty = f"{c.head.entity.type}>{c.tail.entity.type}"
    for name, s in (("h", c.head), ("t", c.tail)):
        k = _word_before(c.view, w, s.i)
        if k >= 0:
            out += [f"{name}b1={w.stems[k]}", f"{name}b1n={w.norms[k]}", f"{name}b1={w.stems[k]}|{ty}"]
            k2 = _word_before(c.view, w, k)
            if k2 >= 0:
                out.append(f"{name}b2={w.stems[k2]}")
        k = _word_after(c.view, w, s.j)
        if k >= 0:
            out.append(f"{name}a1={w.stems[k]}")
    return out


def _r_clitics(c, w):
    ty = f"{c.head.entity.type}>{c.tail.entity.type}"
    hc, tc = _clitic(c.head), _clitic(c.tail)
    return [f"hc={hc}", f"tc={tc}", f"tc={tc}|{ty}|{_order(c)}"]


def _r_titles(c, w):
    out = []
    for name, s in (("h", c.head), ("t", c.tail)):
        if s.mention.nominal:
            out.append(f"{name}nominal")
        if s.mention.title:
            out.append(f"{name}title={stem(norm(s.mention.title.split()[0]))}")
    return out


def _r_clause(c, w):
    left, right = _left_right(c)
    flags = _between_flags(w, left.j, right.i)
    out = ["clause=" + ("same" if w.clause[left.i] == w.clause[right.i] else "diff")]
    out += [f"bf={f}" for f in flags]
    return out


def _r_context(c, w):
    out = []
    if w.quoted[c.head.i] or w.quoted[c.tail.i]:
        out.append("quoted")
    if c.sentence < 2:
        out.append(f"sent={c.sentence}")
    left, _ = _left_right(c)
    if "s" in "".join(w.flags[max(0, left.i - 3):left.i]):
        out.append("speech-before")
    return out


RELATION_FEATURES = [
    ("types", _r_types),
    ("order", _r_order),
    ("between", _r_between),
    ("nearest", _r_nearest),
    ("around", _r_around),
    ("clitics", _r_clitics),
    ("titles", _r_titles),
    ("clause", _r_clause),
    ("context", _r_context),
]


# ---------------------------------------------------------------- event roles

def _e_trigger(c, w):
    et = c.slot.entity.type
    word = w.norms[c.trigger]
    glued = word[:len(word) - len(c.stem)] if word.endswith(c.stem) else ""
    return [f"ev={c.etype}", f"k={c.kind}", f"tw={c.stem}", f"ev={c.etype}|et={et}",
            f"k={c.kind}|et={et}", f"sub={c.slot.entity.subtype}|{c.etype}",
            f"tcl={glued}|{c.kind}"]      # بمقتل، وقتل، لاعتقال: what is glued to the trigger


def _e_order(c, w):
    s = c.slot
    o = "after" if s.i > c.trigger else "before"
    gap = s.i - c.trigger - 1 if s.i > c.trigger else c.trigger - s.j
    b = _bucket(gap)
    near = "0" if gap <= 0 else "near" if gap <= 4 else "far"
    return [f"o={o}|{c.kind}|{c.etype}", f"o={o}|{c.kind}|{s.entity.type}", f"d={b}|{o}",
            f"d={b}|{o}|{c.kind}", f"d={b}|{o}|{c.etype}",
            f"tw={c.stem}|{o}", f"tw={c.stem}|{o}|{near}"]    # this trigger word's own habits


def _e_span(c):
    s = c.slot
    return (c.trigger + 1, s.i) if s.i > c.trigger else (s.j, c.trigger)


def _e_between(c, w):
    lo, hi = _e_span(c)
    view = c.view
    out = []
    others = same = 0
    k = lo
    while k < hi:
        s = view.at.get(k)
        if s is not None:
            others += 1
            same += s.entity.type == c.slot.entity.type
            k = s.j
            continue
        if w.norms[k][:1].isalnum():
            out.append(f"bw={w.stems[k]}")
        k += 1
    o = "after" if c.slot.i > c.trigger else "before"
    out += [f"nb={min(others, 2)}|{o}", f"nbs={min(same, 2)}|{o}|{c.kind}"]
    return out


def _e_nearest(c, w):
    s = c.slot
    out = []
    k = _word_before(c.view, w, s.i)
    if k >= 0:
        p = w.stems[k]
        out += [f"p1={p}", f"p1n={w.norms[k]}", f"p1={p}|{c.etype}", f"p1={p}|{c.kind}"]
        if k == c.trigger:
            out.append("p1=trigger")
    k = _word_after(c.view, w, s.j)
    if k >= 0:
        out.append(f"a1={w.stems[k]}")
    k = _word_after(c.view, w, c.trigger + 1)
    if k >= 0:
        out.append(f"n1={w.stems[k]}|{c.kind}")
    k = _word_before(c.view, w, c.trigger)
    if k >= 0:
        out.append(f"tb1={w.stems[k]}")
    return out


def _e_clitics(c, w):
    cl = _clitic(c.slot)
    o = "after" if c.slot.i > c.trigger else "before"
    return [f"c={cl}", f"c={cl}|{o}|{c.etype}", f"c={cl}|{o}|{c.kind}"]


def _e_voice(c, w):
    if not w.passive(c.trigger):
        return []
    o = "after" if c.slot.i > c.trigger else "before"
    return ["passive", f"passive|{o}", f"passive|{o}|{c.slot.entity.type}"]


def _e_clause(c, w):
    lo, hi = _e_span(c)
    flags = _between_flags(w, lo, hi)
    o = "after" if c.slot.i > c.trigger else "before"
    out = ["clause=" + ("same" if w.clause[c.trigger] == w.clause[c.slot.i] else "diff") + "|" + o]
    out += [f"bf={f}|{o}" for f in flags]
    k = _word_before(c.view, w, c.slot.i)
    if k >= 0 and "s" in w.flags[k]:
        out.append("speaker")     # قال X ...: the slot right after a speech verb
    return out


def _e_context(c, w):
    out = []
    if c.slot.mention.nominal:        # التنظيم، البلاد: a name told before
        out.append(f"nominal|{c.etype}")
    if c.slot.mention.title:
        out.append(f"title={stem(norm(c.slot.mention.title.split()[0]))}")
    if w.quoted[c.trigger]:
        out.append("quoted")
    if c.sentence < 2:
        out.append(f"sent={c.sentence}")
    return out


ROLE_FEATURES = [
    ("trigger", _e_trigger),
    ("order", _e_order),
    ("between", _e_between),
    ("nearest", _e_nearest),
    ("clitics", _e_clitics),
    ("voice", _e_voice),
    ("clause", _e_clause),
    ("context", _e_context),
]


def featurize(candidate, feature_list) -> list:
    """The candidate's feature strings, in a fixed order (a word twice between counts twice)."""
    w = words_of(candidate.view)
    out = []
    for _, fn in feature_list:
        out += fn(candidate, w)
    return out
