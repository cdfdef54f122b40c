"""Confidence of relations and events from the precision of their rule on the dev set.

``kg/data/confidence.json`` maps each rule name (Relation.pattern / Event.pattern)
to its measured precision on ``eval/dev.jsonl`` (smoothed: (correct + 1) / (fired + 2)),
written by ``python -m kg.calibrate`` (``make calibrate``). Rules never measured get
DEFAULT. An event's confidence is its rule's, lowered a little when it has no agent.
What the learned models add (pattern ``learned:...``) keeps the model's probability
until the table has a figure for it.
"""
from __future__ import annotations

import json
from functools import lru_cache

from kg.resources import DATA_DIR

DEFAULT = 0.5
TABLE = DATA_DIR / "confidence.json"


@lru_cache(maxsize=1)
def table() -> dict:
    if TABLE.exists():
        return json.loads(TABLE.read_text(encoding="utf-8"))
    return {}


def assign(doc):
    t = table()
    for r in doc.relations:
        r.confidence = float(t.get(r.pattern, r.confidence if _learned(r) else DEFAULT))
    for ev in doc.events:
        c = float(t.get(ev.pattern, ev.confidence if _learned(ev) else DEFAULT))
        ev.confidence = c if ev.agent else round(c * 0.9, 3)
    return doc


def _learned(item) -> bool:
    return item.pattern.startswith("learned:")
