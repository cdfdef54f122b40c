"""Overlap resolution: of candidate mentions that overlap, which one is kept.

The knowledge base before a pattern before the tagger (PRIORITY), then the longer, then the
earlier one.
"""
from __future__ import annotations

from bisect import bisect_right

PRIORITY = {"kb": 3, "pattern": 2, "ner": 1}


def _resolve_overlaps(cands):
    cands = sorted(cands, key=lambda m: (-PRIORITY.get(m.source, 2), -(m.end - m.start), m.start))
    chosen = []
    # the chosen spans in text order: they do not overlap, so their starts and their ends are
    # both sorted, and a candidate overlaps one of them only if it overlaps the first that
    # ends after its start (a bisection, not a test of every chosen span)
    starts, ends = [], []
    for m in cands:
        if m.end <= m.start:
            continue
        k = bisect_right(ends, m.start)
        if k < len(starts) and starts[k] < m.end:
            continue
        chosen.append(m)
        starts.insert(k, m.start)
        ends.insert(k, m.end)
    return chosen
