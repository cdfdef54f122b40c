"""Python integers into numpy arrays, for the numbers built up one by one in lists.

numpy converts a list (``np.array``, an index or a value given as a list) or an iterator
(``np.fromiter``) of Python integers element by element through its generic conversion,
two to three hundred instructions each; ``struct`` packs them as machine integers in
about a hundred, and numpy then reads the bytes as they are. The tagger's per-word
attribute numbers (tens of thousands of new words in a thousand articles, about thirty
numbers each) and the row numbers of the tagger and of the learned models go through
:func:`int_array`.
"""
from __future__ import annotations

import struct

import numpy as np

_INTP = np.dtype(np.intp)
#: the struct format letter of numpy's index integer (``np.intp``)
_CODE = next(code for code in "qli" if struct.calcsize(code) == _INTP.itemsize)


def int_array(values) -> np.ndarray:
    """``np.array(list(values), dtype=np.intp)`` for an iterable of Python integers (each
    within the range of ``np.intp``), without numpy's per-element conversion. The array is
    read-only (it reads the packed bytes): an index, or what is copied or computed from."""
    if not isinstance(values, (list, tuple)):
        values = list(values)
    return np.frombuffer(struct.pack(f"{len(values)}{_CODE}", *values), dtype=_INTP)
