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


def starts_from(words):
    """Declare the words without one of which a sentence finder finds nothing (a set of
    normalised token forms, or a function returning it, called on first use)."""
    def declare(finder):
        if callable(words):
            finder.cue_words_from = words
        else:
            finder.cue_words = frozenset(words)
        return finder
    return declare


def cue_words(finder):
    """The words ``finder`` starts from (a frozenset), or None when it always runs."""
    words = getattr(finder, "cue_words", None)
    if words is None and hasattr(finder, "cue_words_from"):
        words = finder.cue_words = frozenset(finder.cue_words_from())
    return words


def sentence_words(norms) -> frozenset:
    """A sentence's words, as :func:`runs` reads them."""
    return frozenset(norms)


def runs(finder, words) -> bool:
    """May ``finder`` find something in a sentence of these words (:func:`sentence_words`)?"""
    cues = getattr(finder, "cue_words", None) or cue_words(finder)
    return cues is None or not cues.isdisjoint(words)


def found_by(finder, words, *args) -> list:
    """``finder(*args)``, or nothing when the sentence's words (:func:`sentence_words`) lack
    every word it starts from."""
    cues = getattr(finder, "cue_words", None) or cue_words(finder)
    if cues is not None and cues.isdisjoint(words):
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
