"""Which mention finders can find something in a sentence: the words each starts from,
declared beside it.

Most finders of kg.mentions_* start from a few cue words (a head, a title, a naming word)
and find nothing in a sentence without them, yet each is called for every sentence. Two
kinds of declaration let the caller skip them there, with one set test:

- a sentence finder (``finder(tokens, norms, ...)``) that finds nothing unless one of the
  sentence's normalised tokens (``sentence.norms``, clitics glued: kg.lexicon.words_read_as
  gives every glued form of a stem) is one of ``WORDS`` says so with ``@starts_from(WORDS)``
  (``WORDS`` a set, or a function returning one, called once on first use); its caller asks
  :func:`runs` with the sentence's words (:func:`sentence_words`) before calling it;
- a rule of the cue patterns (kg.mentions_patterns: ``rule(s, i, clitic, stem, bare)``,
  called for each reading of a cue word) that applies only to some readings says which with
  ``@at_readings(stems=..., bares=..., words=...)``: the reading's stem, its bare stem (the
  stem without its article) or the whole cue word must be in one of them; :func:`applies`
  tells, once per cue word and reading, whether the rule is tried there.

A finder or rule without a declaration always runs: a new one never goes missing, it only
stays ungated. A declaration must hold every word the finder may start from:
tests/test_mention_gates.py runs every declared finder and rule, ungated, over the
annotated sets' sentences and fails if one finds something where its gate would skip it.
"""
from __future__ import annotations


#: every finder declared with :func:`starts_from`, in order: the k-th has ``gate_bit`` 1 << k
_DECLARED = []
#: the declared finders' words, read once (:func:`_index`): ``(finders covered, word -> bits
#: of the finders starting from it, every such word)``
_INDEX = [0, {}, frozenset()]


def starts_from(words):
    """Declare the words without one of which a sentence finder finds nothing (a set of
    normalised token forms, or a function returning it, called on first use)."""
    def declare(finder):
        if callable(words):
            finder.cue_words_from = words
        else:
            finder.cue_words = frozenset(words)
        finder.gate_bit = 1 << len(_DECLARED)
        _DECLARED.append(finder)
        return finder
    return declare


def cue_words(finder):
    """The words ``finder`` starts from (a frozenset), or None when it always runs."""
    words = getattr(finder, "cue_words", None)
    if words is None and hasattr(finder, "cue_words_from"):
        words = finder.cue_words = frozenset(finder.cue_words_from())
    return words


class SentenceWords(frozenset):
    """A sentence's words (:func:`sentence_words`) and ``live``: a bit mask with the
    ``gate_bit`` of every declared finder that may run in it (its words are there, or it was
    declared after the mask was made), so that each of the twenty gates is one ``&`` rather
    than a set test of the sentence's words against the finder's."""
    __slots__ = ("live",)


def _index() -> list:
    """:data:`_INDEX`, read again when a finder has been declared since."""
    if _INDEX[0] != len(_DECLARED):
        masks = {}
        for finder in _DECLARED:
            for w in cue_words(finder):
                masks[w] = masks.get(w, 0) | finder.gate_bit
        _INDEX[:] = [len(_DECLARED), masks, frozenset(masks)]
    return _INDEX


def sentence_words(norms) -> SentenceWords:
    """A sentence's words, as :func:`runs` reads them, with the finders that may run in it
    worked out once (one set intersection with every finder's words)."""
    words = SentenceWords(norms)
    covered, masks, cues = _index()
    live = ~((1 << covered) - 1)        # the finders declared after this: ungated
    for w in cues.intersection(words):
        live |= masks[w]
    words.live = live
    return words


def runs(finder, words) -> bool:
    """May ``finder`` find something in a sentence of these words (:func:`sentence_words`, or
    any set of normalised words)?"""
    live = getattr(words, "live", None)
    if live is not None:
        return bool(live & getattr(finder, "gate_bit", -1))    # (an undeclared finder: -1, always)
    cues = getattr(finder, "cue_words", None) or cue_words(finder)
    return cues is None or not cues.isdisjoint(words)


def found_by(finder, words, *args) -> list:
    """``finder(*args)``, or nothing when the sentence's words (:func:`sentence_words`) lack
    every word it starts from."""
    live = getattr(words, "live", None)     # (runs(), inline: this is called 18 times a sentence)
    if live is None:
        if not runs(finder, words):
            return []
    elif not live & getattr(finder, "gate_bit", -1):
        return []
    return finder(*args)


def at_readings(*, stems=(), bares=(), words=()):
    """Declare the readings of a cue word a pattern rule applies to: those whose stem is in
    ``stems``, whose bare stem is in ``bares``, or of a cue word in ``words``."""
    gate = (frozenset(stems), frozenset(bares), frozenset(words))

    def declare(rule):
        rule.readings = gate
        return rule
    return declare


def applies(rule, word, stem, bare) -> bool:
    """Is ``rule`` tried at this reading (``stem``, ``bare``) of the cue word ``word``?"""
    gate = getattr(rule, "readings", None)
    if gate is None:
        return True
    stems, bares, words = gate
    return stem in stems or bare in bares or word in words
