"""A sentence seen as tokens with the entity mentions laid over them.

Relations and events are read from this view: "the entity right before token
i", "the first actor after i in the same clause", and so on.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_

from kg.caches import WordCache
from kg.lexicon import COMPLEMENTIZERS, strip_clitics
from kg.normalize import norm

_STEMS = WordCache(lambda word: frozenset(map(itemgetter(1), strip_clitics(word))))


def _stems(word):
    """The word and its clitic-stripped readings (وبتنظيم -> {وبتنظيم، بتنظيم، تنظيم}), cached."""
    return _STEMS[word]


def document_vocabulary(doc) -> frozenset:
    """The normalised forms of all the document's tokens, worked out once per document
    (mentions, linking and nominals all ask; kept on the document with its sentences)."""
    cached = doc.__dict__.get("_vocabulary")
    if cached is not None and cached[0] is doc.sentences:
        return cached[1]
    vocab = frozenset().union(*(s.norms for s in doc.sentences))
    doc.__dict__["_vocabulary"] = (doc.sentences, vocab)
    return vocab


# quotes and brackets a name is written between: «حزب الله»، "داعش"، (قسد)
OPENING_MARKS = frozenset('"«“„\'‘‹(')
CLOSING_MARKS = frozenset('"»”\'’›)')
# a preposition or conjunction written apart from the quoted name it governs: لـ«حزب الله»، و"داعش"
_LONE_CLITICS = frozenset("و ف ب ل ك وب ول فب فل وك".split())


def quoted_extent(tokens, i, j):
    """The tokens a name between quotes or brackets takes, marks and a detached clitic
    included: (start, end, clitic). The cue rules then read «حزب الله» or لـ"حزب الله" as they
    read حزب الله or لحزب الله. (i, j, "") when the name is not quoted."""
    if i == 0 or j >= len(tokens) or tokens[i - 1].norm not in OPENING_MARKS \
            or tokens[j].norm not in CLOSING_MARKS or (tokens[i - 1].norm == "(") != (tokens[j].norm == ")"):
        return i, j, ""
    if i >= 2 and tokens[i - 2].norm in _LONE_CLITICS:
        return i - 2, j + 1, tokens[i - 2].norm
    return i - 1, j + 1, ""


CLAUSE_BREAKS = frozenset(norm(w) for w in "فيما بينما حيث وذلك كما ؛ ; وفيما وبينما".split())
_BREAK_WORDS = CLAUSE_BREAKS | COMPLEMENTIZERS


@dataclass
class Slot:
    i: int            # first token
    j: int            # end token (exclusive)
    entity: object    # kg.model.Entity
    mention: object   # kg.model.Mention
    clitic: str = ""  # the proclitic cluster glued to the first token (و، ب، ل ...)
    name_i: int = -1  # the name's own first token when quotes or a detached clitic come first

    @property
    def first(self):
        """The first token of the name itself (i unless the name is quoted: لـ«حزب الله»)."""
        return self.i if self.name_i < 0 else self.name_i


@dataclass
class SentenceView:
    sentence: object
    tokens: list
    slots: list = field(default_factory=list)
    at: dict = field(default_factory=dict)     # token index -> Slot
    clause_of: list = field(default_factory=list)

    def __post_init__(self):
        # each token's readings, and the sentence's readings, computed once per sentence
        # so that a rule visits only the tokens that carry one of its cue words
        self._stem_sets = sets = list(map(_STEMS.__getitem__, self.sentence.norms))
        self._vocab = frozenset().union(*sets)

    @property
    def span(self):
        return (self.sentence.start, self.sentence.end)

    def stems(self, i):
        return self._stem_sets[i]

    def has(self, i, words):
        return 0 <= i < len(self._stem_sets) and not self._stem_sets[i].isdisjoint(words)

    def has_any(self, words) -> bool:
        """Does a token of the sentence have a reading in ``words`` (one set test: a rule that
        scans the sentence for them can skip a sentence without any)?"""
        return not self._vocab.isdisjoint(words)

    def positions(self, words):
        """Token indices, in order, whose readings include one of ``words``."""
        if self._vocab.isdisjoint(words):
            return []
        if not isinstance(words, (set, frozenset)):
            words = frozenset(words)
        sets = self._stem_sets
        return list(compress(range(len(sets)), map(not_, map(words.isdisjoint, sets))))

    def prepositional(self, slot, prepositions, clitics="بلك"):
        """Is the slot the complement of a preposition (في بيروت، بالعاصمة، للجيش)?"""
        if slot.clitic and slot.clitic[-1] in clitics:
            return True
        k = slot.i - 1
        while k >= 0 and not self.tokens[k].norm.isalnum():
            k -= 1
        return k >= 0 and not self.stems(k).isdisjoint(prepositions)

    def slot_starting(self, i):
        s = self.at.get(i)
        return s if s is not None and s.i == i else None

    def next_slot(self, i, types=None, max_gap=None, same_clause=True, stop=None, limit=None):
        """First slot starting at or after token i (punctuation does not count in the gap)."""
        gap = 0
        k = i
        end = len(self.tokens) if limit is None else min(limit, len(self.tokens))
        while k < end:
            if same_clause and self.clause_of[k] != self.clause_of[min(i, len(self.tokens) - 1)]:
                return None
            s = self.slot_starting(k)
            if s is not None:
                if types is None or s.entity.type in types:
                    return s
                k = s.j
                gap += 1
                continue
            if stop and self.has(k, stop):
                return None
            if not self.tokens[k].norm.isalnum():
                k += 1
                continue
            gap += 1
            if max_gap is not None and gap > max_gap:
                return None
            k += 1
        return None

    def prev_slot(self, i, types=None, max_gap=None, same_clause=True, skip=None):
        """Last slot ending at or before token i (exclusive end <= i)."""
        gap = 0
        k = i - 1
        while k >= 0:
            if same_clause and i < len(self.tokens) and self.clause_of[k] != self.clause_of[i]:
                return None
            s = self.at.get(k)
            if s is not None:
                if (types is None or s.entity.type in types) and not (skip and skip(s)):
                    return s
                k = s.i - 1
                continue
            if not self.tokens[k].norm.isalnum():
                k -= 1
                continue
            gap += 1
            if max_gap is not None and gap > max_gap:
                return None
            k -= 1
        return None

    def past_aside(self, k, reach=None):
        """The token after a bracketed aside opening at token ``k`` ("X (انضم إلى التنظيم في
        سوريا)، وY"), or ``k`` when none opens there (or it does not close within ``reach``
        tokens, ASIDE_REACH by default)."""
        toks = self.tokens
        if k >= len(toks) or toks[k].text != "(":
            return k
        for m in range(k + 1, min(len(toks), k + 1 + (reach or ASIDE_REACH))):
            if toks[m].text == ")":
                return m + 1
        return k

    def coordinated_after(self, slot, types=None, keep=None):
        """Slots joined to ``slot`` by و: "القوات الأمريكية وقوات الشركاء"; a list with commas
        too: "حركة الشباب، وتنظيم الدولة، وجماعة بوكو حرام", and past a bracketed aside
        after a member ("X (انضم إلى التنظيم)، وY"), unless the aside holds token ``keep`` (the
        act itself: "X (انضم وقُتل في العراق)، وY" lists no one else killed)."""
        out = []
        cur = slot
        while True:
            k = self.past_aside(cur.j)
            if keep is not None and cur.j <= keep < k:
                break
            nxt = self.slot_starting(k)
            if nxt is None and k < len(self.tokens) and self.tokens[k].text in _LIST_COMMAS:
                nxt = self.slot_starting(k + 1)
            if nxt is None or not nxt.clitic.startswith("و") or (types and nxt.entity.type not in types):
                break
            out.append(nxt)
            cur = nxt
        return out


_LIST_COMMAS = frozenset(("،", ","))
# how many tokens a bracketed aside in a list may take
ASIDE_REACH = 20


def build_views(doc):
    """One SentenceView per sentence of an extracted document."""
    by_mention = {}
    for e in doc.entities:
        for m in e.mentions:
            by_mention[(m.start, m.end)] = (e, m)
    items = sorted(by_mention.items())
    item_starts = [start for (start, _), _ in items]
    views = []
    for sent in doc.sentences:
        toks = sent.tokens
        v = SentenceView(sent, toks)
        # tokens are in order and do not overlap: the tokens a span touches are the
        # range from the first one ending after its start to the last one starting before its end
        tok_starts, tok_ends = sent.offsets()
        for n in range(bisect_left(item_starts, sent.start), len(items)):
            (start, end), (e, m) = items[n]
            if start > sent.end:
                break
            if end > sent.end:
                continue
            i = bisect_right(tok_ends, start)
            j = bisect_left(tok_starts, end)
            if i >= j:
                continue
            clitic = norm(doc.text[toks[i].start:start]) if start > toks[i].start else ""
            if not clitic and norm(m.text).startswith("لل"):
                clitic = "ل"   # للجيش: the span keeps لل (= ل + ال), the preposition is there
            name_i = -1
            if not clitic:
                name_i = i
                i, j, clitic = quoted_extent(toks, i, j)
            slot = Slot(i, j, e, m, clitic, name_i)
            v.slots.append(slot)
            for k in range(i, j):
                v.at[k] = slot
        # a clause starts at a clause break or at a complementizer that is not the first token
        clause = 0
        done = 0
        clause_of = v.clause_of
        norms = sent.norms
        for k in compress(range(len(norms)), map(_BREAK_WORDS.__contains__, norms)):
            n = norms[k]
            if (n in COMPLEMENTIZERS and k > 0) or n in CLAUSE_BREAKS:
                clause_of += [clause] * (k - done)
                clause += 1
                done = k
        clause_of += [clause] * (len(toks) - done)
        views.append(v)
    return views
