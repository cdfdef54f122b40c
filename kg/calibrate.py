"""Measure each extraction rule's precision on a gold set and store it as its confidence.

    python -m kg.calibrate eval/dev.jsonl        (make calibrate)

For every relation rule (Relation.pattern) and event rule (Event.pattern) the
extractor's output on the gold documents is compared with the gold through the
scorer's own entity alignment (kg.evaluate): a relation is right when the
scorer would count it; an event counts as right in proportion to its role
triples that fit a gold slot. The smoothed precision (right + 1) / (fired + 2)
goes to kg/data/confidence.json, which kg.confidence reads.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from kg.confidence import TABLE


def rule_precision(gold_docs, extracted_docs) -> dict:
    """{rule: [right, fired]} over all documents (extracted_docs: kg.model.Document)."""
    from kg.evaluate import (EVENT_ROLES, RELATION_TYPES, _Args, _align_entities,
                             _gold_event_slots, _triple_fits)
    from kg.jsonl import document_to_record
    stats = defaultdict(lambda: [0.0, 0])
    gold_by_id = {g["id"]: g for g in gold_docs}
    for doc in extracted_docs:
        gold = gold_by_id.get(doc.article.id)
        if gold is None:
            continue
        pred = document_to_record(doc)
        _, pred_to_gold, _ = _align_entities(gold, pred)
        arg = _Args(pred, pred_to_gold)
        gold_rel = set()
        for r in gold.get("relations") or []:
            h, t = str(r.get("head")), str(r.get("tail"))
            gold_rel.add((r["type"], h, t))
            if r["type"] == "affiliatedWith":
                gold_rel.add((r["type"], t, h))
        for r in doc.relations:
            if r.type not in RELATION_TYPES:
                continue
            ok = (r.type, arg(r.head), arg(r.tail)) in gold_rel
            stats[r.pattern][0] += ok
            stats[r.pattern][1] += 1
        slots = _gold_event_slots(gold)
        for ev in doc.events:
            triples = [(ev.type, role, arg(x)) for role in EVENT_ROLES for x in getattr(ev, role)]
            if ev.date:
                triples.append((ev.type, "date", ev.date))
            triples = [t for t in triples if t[2] is not None]
            if not triples:
                continue
            right = sum(any(_triple_fits(t, s) for s in slots) for t in triples)
            stats[ev.pattern][0] += right / len(triples)
            stats[ev.pattern][1] += 1
    return dict(stats)


def calibrate(gold_path, out=TABLE) -> dict:
    from kg.evaluate import load_jsonl
    from kg.pipeline import article_from_record, extract_many
    gold = load_jsonl(gold_path)
    docs = list(extract_many(map(article_from_record, gold)))
    stats = rule_precision(gold, docs)
    table = {rule: round((right + 1) / (fired + 2), 3) for rule, (right, fired) in sorted(stats.items())}
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    return {rule: (round(stats[rule][0], 2), stats[rule][1], table[rule]) for rule in table}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    path = argv[0] if argv else "eval/dev.jsonl"
    result = calibrate(path)
    for rule, (right, fired, conf) in result.items():
        print(f"{rule:32} right {right:6} / fired {fired:4}  confidence {conf}")
    print(f"-> {TABLE}")


if __name__ == "__main__":
    main()
