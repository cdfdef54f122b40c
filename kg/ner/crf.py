"""A crfsuite model's weights read from its file, and tagging from per-word scores.

python-crfsuite spends its time turning every feature string of every token
into a C++ string and looking it up in the model's dictionary, once per
occurrence. The score a linear-chain CRF gives a label at a token is a sum
over the token's features; with the features of kg.ner.features it splits into
five parts, each depending on one token only: the token's own features and
what the words 2 and 1 before and 1 and 2 after it contribute. So each part's
score vector is computed once per distinct word (numpy), a sentence's scores
are five array look-ups, and :func:`viterbi` decodes them with crfsuite's
own arithmetic and tie-breaking, all the sentences of a call at once (numpy,
position by position over the sentences still running). The scores are the
same weights added up in another order (each part first), so they may differ
from crfsuite's in the last bit; the tags were identical on every sentence
checked (tests/test_ner_scores.py, and 6,000 news articles).

The model file format (crfsuite's CRF1d "FOMC", version 100) is read as
crfsuite writes it: a header, the feature table (type, source, destination,
weight as little-endian float64) and the label and attribute dictionaries
(CQDB), of which only the id -> string table is needed here.
"""
from __future__ import annotations

import struct
import threading
from itertools import chain, repeat

from kg.arrays import int_array
from kg.caches import WORDS, register

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE_CHUNK = struct.Struct("<4sII")
_CQDB_HEADER = struct.Struct("<4sIIIII")


def _cqdb_strings(data: bytes, offset: int) -> list:
    """The strings of a CQDB dictionary at ``offset``, by id."""
    chunk, _size, _flag, _order, n, backward = _CQDB_HEADER.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ValueError("no CQDB dictionary where the header points")
    out = []
    for i, rec in enumerate(struct.unpack_from(f"<{n}I", data, offset + backward)):
        rid, size = struct.unpack_from("<II", data, offset + rec)
        if rid != i or size < 1:
            raise ValueError("inconsistent CQDB record")
        out.append(data[offset + rec + 8: offset + rec + 7 + size].decode("utf-8"))
    return out


def read_model(path):
    """``(labels, attribute_weights, transitions)`` of a crfsuite CRF1d model file.

    ``attribute_weights`` maps each attribute to a float64 array with one
    weight per label; ``transitions[i, j]`` is the weight of label i followed
    by label j. Raises ValueError for a file that is not such a model.
    """
    import numpy as np

    with open(path, "rb") as fh:
        data = fh.read()
    if len(data) < _HEADER.size:
        raise ValueError("too short for a crfsuite model")
    (magic, _size, kind, version, _nf, n_labels, n_attrs, off_features, off_labels,
     off_attrs, _off_lrefs, _off_arefs) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC" or version != 100:
        raise ValueError("not a crfsuite CRF1d model (version 100)")
    chunk, _csize, n = _FEATURE_CHUNK.unpack_from(data, off_features)
    if chunk != b"FEAT":
        raise ValueError("no feature table where the header points")
    table = np.frombuffer(data, count=n, offset=off_features + _FEATURE_CHUNK.size,
                          dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"),
                                          ("weight", "<f8")]))
    labels = _cqdb_strings(data, off_labels)
    attrs = _cqdb_strings(data, off_attrs)
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ValueError("dictionary sizes disagree with the header")
    transitions = np.zeros((n_labels, n_labels))
    weights = {}
    for kind_, src, dst, w in table.tolist():
        if kind_ == 0:
            vec = weights.get(attrs[src])
            if vec is None:
                vec = weights[attrs[src]] = np.zeros(n_labels)
            vec[dst] = w
        elif kind_ == 1:
            transitions[src, dst] = w
        else:
            raise ValueError(f"unknown feature type {kind_}")
    return labels, weights, transitions


class Scorer:
    """Per-label state scores of a CRF1d model for sentences of raw tokens.

    ``parts(token)`` gives the token's features split as in
    ``kg.ner.features.token_features`` (own, then what it contributes at -2,
    -1, +1, +2); ``boundaries`` are the same for the two positions before and
    after a sentence (``_BOS2, _BOS1, _EOS1, _EOS2``). Every item also has the
    bias attribute ``bias``, first, as FeatureExtractor builds it.

    ``part_ids``, if given, makes the function that gives the same parts as
    attribute numbers (-1 for an attribute the model lacks) from the model's
    attribute -> number dict (``kg.ner.features.token_feature_ids``): it
    replaces ``parts`` for new words, which are then not written out as strings.
    Its parts come as one flat tuple, the five one after the other, of the sizes
    ``part_sizes`` (``kg.ner.features.ID_PART_SIZES``): no list per part to build for
    each new word, and :meth:`_fill` lays out the numbers of all the new words at once.

    A word's five score vectors are worked out once and kept in a row of a table,
    for at most ``max_cache`` words in two generations, as :class:`kg.caches.WordCache`
    keeps them: when the words of the young one reach half of it, it becomes the old
    one, whose words not looked up again since are dropped and their rows reused. A
    frequent word is thus never worked out again (a table emptied when full made every
    word new again, the frequent ones with the rest).
    """

    def __init__(self, n_labels, weights, parts, boundaries, bias="b", max_cache=WORDS,
                 part_ids=None, part_sizes=None):
        import numpy as np

        self._np = np
        self._index = index = {a: i for i, a in enumerate(weights)}
        self._matrix = np.array(list(weights.values())).reshape(len(weights), n_labels)
        if part_ids is not None:
            self._parts = part_ids(index)
            if part_sizes is None or len(part_sizes) != 5:
                raise ValueError("part_ids needs part_sizes: the sizes of its five parts")
            # each number of a flat tuple of parts -> the part it is in (0 own ... 4 at +2)
            self._part_of = np.repeat(np.arange(5), part_sizes)
        else:
            self._parts = lambda token: self._numbers(parts(token))
            self._part_of = None
        # token_feature_ids gives each attribute family once per part: no attribute can
        # repeat within a part, and _fill need not look for repeats
        self._distinct = part_ids is not None
        self._n_labels = n_labels
        self._bias = weights.get(bias, np.zeros(n_labels))
        self._max_cache = max_cache
        self._boundaries = [self._numbers(b) for b in boundaries]
        self._reset()
        register(self._reset)

    def _numbers(self, parts) -> list:
        """Parts of attribute strings as the model's attribute numbers (-1: unknown)."""
        get = self._index.get
        return [list(map(get, part, repeat(-1))) for part in parts]

    def _reset(self):
        np = self._np
        self._row = {}       # the young generation: word -> its row of the table
        self._old = {}       # the old generation
        self._free = []      # rows of dropped words, to be reused
        self._size = 0       # rows in use or free
        # part, row, label: one (rows, labels) array per part (own, then what the word
        # contributes at -2, -1, +1, +2), each read by one take() per call
        self._table = np.zeros((5, 1024, self._n_labels))
        # rows 0-3: the sentence boundaries (before -2, before -1, after +1, after +2)
        self._fill([self._new_row(parts) for parts in self._boundaries])

    def _turn(self):
        """The young generation becomes the old one; the words of the old one not looked
        up again since it turned are dropped, and their rows will be reused."""
        self._free.extend(self._old.values())
        self._old = self._row
        self._row = {}

    def _new_row(self, parts) -> tuple:
        """A row for a new token: ``(row, its five parts)``, to be filled by :meth:`_fill`."""
        parts = tuple(parts[:5])
        return self._row_number(), parts + ((),) * (5 - len(parts))

    def _row_number(self) -> int:
        """A row of the table for a new token: a dropped word's, else a new one."""
        if self._free:
            return self._free.pop()
        row = self._size
        self._size += 1
        return row

    def _fill(self, pending, flat=False):
        """Write the five score vectors of new tokens, all at once.

        Every attribute number of every new part goes in one array; each part's
        weights are then added up in the order the attributes come (a bincount
        per label), an attribute repeated within a part counting once, as
        FeatureExtractor keeps it. ``pending``: ``(row, its five parts)`` for each
        token, or with ``flat``, ``(row, its parts as one flat tuple)`` (``part_ids``).
        """
        np = self._np
        table = self._table
        if self._size > table.shape[1]:
            table = np.zeros((5, max(2 * table.shape[1], self._size), self._n_labels))
            table[:, :self._table.shape[1]] = self._table
            self._table = table
        if flat:
            # the same numbers and parts as below, in the same order: the k-th token's parts
            # are slots 5 k .. 5 k + 4
            attrs = int_array(chain.from_iterable(numbers for _, numbers in pending))
            slots = (np.arange(5 * len(pending), step=5)[:, None] + self._part_of).ravel()
        else:
            parts = [part for _, token_parts in pending for part in token_parts]
            sizes = list(map(len, parts))
            attrs = int_array(chain.from_iterable(parts))
            slots = np.repeat(np.arange(len(parts)), int_array(sizes))
        known = attrs >= 0
        attrs, slots = attrs[known], slots[known]
        if not self._distinct:
            keys = slots * len(self._index) + attrs
            unique, first = np.unique(keys, return_index=True)
            if len(unique) < len(keys):
                first.sort()
                attrs, slots = attrs[first], slots[first]
        size = 5 * len(pending)
        weights = self._matrix[attrs]
        block = np.empty((size, self._n_labels))
        for label in range(self._n_labels):
            block[:, label] = np.bincount(slots, weights=weights[:, label], minlength=size)
        rows = int_array([row for row, _ in pending])
        table[:, rows] = block.reshape(len(pending), 5, self._n_labels).transpose(1, 0, 2)

    def scores(self, sentences: list):
        """``(scores, lengths)``: one row of per-label scores per token of all the
        sentences, in order (a float array of shape (tokens, labels)), and each
        sentence's length."""
        np = self._np
        if len(self._row) >= self._max_cache // 2:
            self._turn()
        row_of = self._row
        get = row_of.get
        tokens = list(chain.from_iterable(sentences))
        rows = list(map(get, tokens))
        if None in rows:
            old = self._old.pop
            pending = []
            flat = self._part_of is not None
            k = rows.index(None)
            while True:   # the words not in the young generation only (list.index finds them in C)
                t = tokens[k]
                r = get(t)
                if r is None:
                    r = old(t, None)
                    if r is None:
                        if flat:
                            r = self._row_number()
                            pending.append((r, self._parts(t)))
                        else:
                            r, parts = self._new_row(self._parts(t))
                            pending.append((r, parts))
                    row_of[t] = r
                rows[k] = r
                try:
                    k = rows.index(None, k + 1)
                except ValueError:
                    break
            if pending:
                self._fill(pending, flat)
        lengths = list(map(len, sentences))
        total = len(rows)
        if not total:
            return np.zeros((0, self._n_labels)), lengths
        # the rows of all the sentences, each between its boundaries (rows 0, 1 and 2, 3):
        # sentence s's first token at 2 + 4 s + (tokens before s)
        n = int_array(lengths)
        p = np.arange(total) + np.repeat(2 + 4 * np.arange(len(n)), n)
        x = np.empty(total + 4 * len(n), dtype=np.intp)
        begin = np.cumsum(n + 4) - (n + 4)           # each sentence's block
        x[begin] = 0
        x[begin + 1] = 1
        x[begin + n + 2] = 2
        x[begin + n + 3] = 3
        x[p] = int_array(rows)
        table = self._table
        # the item's parts in FeatureExtractor's order: bias, own, -2, -1, +1, +2
        scores = self._bias + table[0].take(x[p], axis=0)
        scores += table[1].take(x[p - 2], axis=0)
        scores += table[2].take(x[p - 1], axis=0)
        scores += table[3].take(x[p + 1], axis=0)
        scores += table[4].take(x[p + 2], axis=0)
        return scores, lengths


def viterbi(scores, lengths, transitions):
    """The best label path of each sentence, as crfsuite's CRF1d Viterbi finds it.

    ``scores`` holds one row of label scores per token, sentence after
    sentence (``lengths`` long each), ``transitions[i, j]`` the weight of label
    i followed by label j. Returns the label index of every token, in the same
    flat order. Every sentence is decoded at once, position by position
    (numpy over the sentences still running, longest first), with crfsuite's
    arithmetic and tie-breaking: the score of label j at t is
    ``max_i(best[t-1, i] + transitions[i, j]) + scores[t, j]``, no start or end
    weights, the first of equal maxima winning.
    """
    import numpy as np

    lengths = np.asarray(lengths, dtype=np.intp)
    out = np.zeros(int(lengths.sum()), dtype=np.intp)
    if not len(out):
        return out
    order = np.argsort(-lengths, kind="stable")
    longest = lengths[order]
    first = (np.cumsum(lengths) - lengths)[order]      # each sentence's first row, longest first
    top = int(longest[0])
    running = np.searchsorted(-longest, -np.arange(top + 1), side="left")   # sentences longer than t
    first = first[:running[0]]                          # empty sentences have no row
    # the scores in the order the steps read them: position 0 of every sentence (longest
    # first), then position 1 of those still running, and so on; step t reads the slice
    # at[t]:at[t + 1] (no gather per step)
    counts = running[:top]
    at = np.zeros(top + 1, dtype=np.intp)
    np.cumsum(counts, out=at[1:])
    flat = first[np.arange(len(out)) - np.repeat(at[:-1], counts)] + np.repeat(np.arange(top), counts)
    by_step = scores[flat]
    best = by_step[:running[0]].copy()
    # back[t][s, j]: the best label before label j at t, for the sentences still running
    # (one small array per position: memory in proportion to the tokens, not to the
    # longest sentence times the number of sentences)
    back = [None] * top
    n_labels = transitions.shape[1]
    # cand[s, j, i] = best[s, i] + transitions[i, j] (the previous label last, so that the
    # argmax runs along contiguous rows); pick[s, j] + i is its index in cand.ravel()
    into = np.ascontiguousarray(transitions.T)
    pick = (np.arange(running[0] * n_labels) * n_labels).reshape(running[0], n_labels)
    for t in range(1, top):
        m = running[t]
        cand = best[:m, None, :] + into                 # (sentence, label, previous label)
        back[t] = arg = cand.argmax(2)
        best[:m] = cand.ravel().take(pick[:m] + arg) + by_step[at[t]:at[t + 1]]
    # back[t].ravel()[s * n_labels + label]: back[t][s, label] with a one-index take
    offsets = np.arange(running[0]) * n_labels
    label = np.empty(len(order), dtype=np.intp)
    labels = np.empty(len(out), dtype=np.intp)          # in by_step's order
    for t in range(top - 1, -1, -1):
        m, m_next = running[t], running[t + 1]
        label[m_next:m] = best[m_next:m].argmax(1)      # sentences whose last token is t
        if m_next:
            label[:m_next] = back[t + 1].ravel().take(offsets[:m_next] + label[:m_next])
        labels[at[t]:at[t + 1]] = label[:m]
    out[flat] = labels
    return out


class ScoreDecoder:
    """Tags from a crfsuite model file: :class:`Scorer` scores, :func:`viterbi` decodes.

    ``parts``, ``boundaries``, ``part_ids`` and ``part_sizes`` as for :class:`Scorer`. Raises
    ValueError (or OSError) for a file :func:`read_model` cannot read.
    """

    def __init__(self, path, parts, boundaries, part_ids=None, part_sizes=None):
        try:
            labels, weights, transitions = read_model(path)
        except (struct.error, UnicodeDecodeError, IndexError) as exc:
            raise ValueError(f"unreadable crfsuite model: {exc}") from None
        self.labels = labels
        self._transitions = transitions
        self._scorer = Scorer(len(labels), weights, parts, boundaries, part_ids=part_ids,
                              part_sizes=part_sizes)
        # the scorer's tables hold state between calls: one call at a time
        self._lock = threading.Lock()

    def tag(self, sentences: list) -> list:
        """One list of labels per sentence (an empty sentence gets an empty list).

        Tagging many sentences in one call is much faster than one call each:
        the decoder steps through all of them at once.
        """
        with self._lock:
            scores, lengths = self._scorer.scores(sentences)
        labels = self.labels
        flat = list(map(labels.__getitem__, viterbi(scores, lengths, self._transitions).tolist()))
        out = []
        at = 0
        for n in lengths:
            out.append(flat[at:at + n])
            at += n
        return out
