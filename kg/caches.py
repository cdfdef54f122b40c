"""Per-word caches of a fixed size, so that memory does not grow with the corpus.

News repeats a few tens of thousands of distinct words: 1,000 articles of the
news corpus hold about 56,000, and 20,000 articles about 237,000, most of them
seen once. A cache that keeps every word grows with the corpus; one of
:data:`WORDS` words answers about 94 % of the tokens and stays the same size
from the first thousand articles on.

:class:`WordCache` keeps two generations: words looked up since the last turn,
and those of the turn before. When the young one is full it becomes the old one
and the words seen before it are dropped; a word of the old generation that is
looked up again moves back into the young one. Frequent words are thus never
worked out again, and at most :data:`WORDS` words are kept.
"""
from __future__ import annotations

#: the number of distinct words a per-word cache keeps (both generations)
WORDS = 60_000

_MISSING = object()
_CLEARS = []          # weak references to what empties each cache


def register(clear) -> None:
    """``clear`` (a function, or a bound method, held weakly) empties a cache :func:`clear_all` empties."""
    import weakref
    _CLEARS.append(weakref.WeakMethod(clear) if hasattr(clear, "__func__") else (lambda: clear))


def clear_all() -> None:
    """Empty every per-word cache (a build does once its extraction is over, so that the
    memory they held serves the corpus pass)."""
    for ref in list(_CLEARS):
        clear = ref()
        if clear is None:
            _CLEARS.remove(ref)
        else:
            clear()


class WordCache(dict):
    """word -> ``compute(word)``, worked out on first look-up and kept for at most
    ``limit`` words in all: ``map(cache.__getitem__, words)`` runs in C for the
    words in the young generation. For answers that depend on the word alone."""

    def __init__(self, compute, limit=WORDS):
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.old = {}
        # the young generation's size, as a bound method (this class's own len() counts
        # both): __missing__ runs for every new word
        self._young = super().__len__
        register(self.drop)

    @property
    def limit(self) -> int:
        return self._limit

    @limit.setter
    def limit(self, limit: int) -> None:
        self._limit = limit
        self._half = limit // 2     # the young generation's size when it turns

    def __missing__(self, word):
        value = self.old.pop(word, _MISSING)
        if value is _MISSING:
            value = self.compute(word)
        if self._young() >= self._half:
            self.turn()
        self[word] = value
        return value

    def drop(self):
        """Forget every word."""
        self.old = {}
        self.clear()

    def turn(self):
        """The young generation becomes the old one (the old one is dropped)."""
        self.old = dict(self)
        self.clear()

    def __len__(self):
        return dict.__len__(self) + len(self.old)

    def __contains__(self, word):
        return dict.__contains__(self, word) or word in self.old
