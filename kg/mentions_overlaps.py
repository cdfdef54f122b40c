"""Overlap resolution: of candidate mentions that overlap, which one is kept.

The knowledge base before a pattern before the tagger (PRIORITY), then the longer, then the
earlier one.
"""
from __future__ import annotations

PRIORITY = {"kb": 3, "pattern": 2, "ner": 1}


def _resolve_overlaps(cands):
    cands = sorted(cands, key=lambda m: (-PRIORITY.get(m.source, 2), -(m.end - m.start), m.start))
    chosen = []
    for m in cands:
        if m.end <= m.start:
            continue
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return chosen
