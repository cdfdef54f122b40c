from itertools import chain

import numpy as np

from kg.arrays import int_array


def test_int_array_is_the_array_numpy_makes_of_the_integers():
    values = [3, -1, 0, 2**40, -(2**40), 7]
    out = int_array(values)
    assert out.dtype == np.intp
    assert out.tolist() == values
    assert np.array_equal(out, np.array(values, dtype=np.intp))


def test_int_array_reads_an_iterator_and_an_empty_list():
    parts = [[1, 2], [], [-1, 5, 6]]
    assert int_array(chain.from_iterable(parts)).tolist() == [1, 2, -1, 5, 6]
    empty = int_array([])
    assert empty.dtype == np.intp and empty.shape == (0,)
    assert int_array((4, 5)).tolist() == [4, 5]


def test_int_array_indexes_and_is_written_like_a_list():
    table = np.arange(12.0).reshape(3, 4)
    rows = int_array([2, 0])
    assert np.array_equal(table[rows], table[[2, 0]])
    x = np.zeros(5, dtype=np.intp)
    x[int_array([4, 1])] = int_array([9, 8])
    assert x.tolist() == [0, 8, 0, 0, 9]
