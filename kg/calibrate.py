"""Measure each extraction rule's precision on gold sets and store it as its confidence.

    python -m kg.calibrate                      (make calibrate: every shippable gold set)
    python -m kg.calibrate eval/dev.jsonl ...   (other gold sets)
    python -m kg.calibrate --reliability ../shared/data/news/real-dev.jsonl

For every relation rule (Relation.pattern) and event rule (Event.pattern) the
extractor's output on the gold documents is compared with the gold through the
scorer's own entity alignment (kg.evaluate): a relation is right when the
scorer would count it; an event counts as right in proportion to its role
triples that fit a gold slot. The smoothed precision (right + 1) / (fired + 2)
goes to kg/data/confidence.json, which kg.confidence reads.

By default the rules are measured on every gold set the project may ship:
eval/dev.jsonl, eval/heldout.jsonl ... heldout5 (which the rules were written
from, so in-sample) and eval/train*.jsonl (152 articles in the style of real
news that the rules were not written from); never eval/heldout6.jsonl (blind)
nor real news. ``--reliability GOLD`` prints, per confidence band, the share
of the extractor's facts that are right on GOLD: a calibrated extractor has about
a share c right among its facts at confidence c.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from kg.confidence import TABLE

ROOT = Path(__file__).resolve().parents[1]
#: the gold sets calibration reads by default (all shippable; heldout6 stays blind)
DEFAULT_SETS = ("eval/dev.jsonl", "eval/heldout.jsonl", "eval/heldout2.jsonl", "eval/heldout3.jsonl",
                "eval/heldout4.jsonl", "eval/heldout5.jsonl", "eval/train*.jsonl")
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def fact_outcomes(gold_docs, extracted_docs):
    """(kind, rule, confidence, right) per extracted relation and event.

    ``right`` is 0/1 for a relation, the share of fitting role triples for an event.
    """
    from kg.evaluate import EVENT_ROLES, RELATION_TYPES, _Args, _align_entities, _gold_event_slots, _triple_fits
    from kg.jsonl import document_to_record
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
            if r.type in RELATION_TYPES:
                yield "relation", r.pattern, r.confidence, float((r.type, arg(r.head), arg(r.tail)) in gold_rel)
        slots = _gold_event_slots(gold)
        for ev in doc.events if not gold.get("events_partial") else ():
            triples = [(ev.type, role, arg(x)) for role in EVENT_ROLES for x in getattr(ev, role)]
            if ev.date:
                triples.append((ev.type, "date", ev.date))
            triples = [t for t in triples if t[2] is not None]
            if triples:
                right = sum(any(_triple_fits(t, s) for s in slots) for t in triples)
                yield "event", ev.pattern, ev.confidence, right / len(triples)


def rule_precision(gold_docs, extracted_docs) -> dict:
    """{rule: [right, fired]} over all documents (extracted_docs: kg.model.Document)."""
    stats = defaultdict(lambda: [0.0, 0])
    for _, rule, _, right in fact_outcomes(gold_docs, extracted_docs):
        stats[rule][0] += right
        stats[rule][1] += 1
    return dict(stats)


def _gold(paths) -> list:
    from kg.evaluate import load_jsonl
    from kg.learn.train import EVENTS_PARTIAL
    docs = []
    for p in paths:
        loaded = load_jsonl(p)
        if Path(p).name in EVENTS_PARTIAL:      # their events say nothing of a rule's precision
            loaded = [dict(d, events_partial=True) for d in loaded]
        docs.extend(loaded)
    return docs


def _extract(gold):
    from kg.pipeline import article_from_record, extract_many
    return list(extract_many(map(article_from_record, gold)))


def default_paths() -> list:
    return [p for pattern in DEFAULT_SETS for p in sorted(ROOT.glob(pattern))]


def calibrate(gold_paths=None, out=TABLE) -> dict:
    gold = _gold(gold_paths or default_paths())
    stats = rule_precision(gold, _extract(gold))
    table = {rule: round((right + 1) / (fired + 2), 3) for rule, (right, fired) in sorted(stats.items())}
    out.write_text(json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    return {rule: (round(stats[rule][0], 2), stats[rule][1], table[rule]) for rule in table}


def reliability(gold_paths, part="all") -> list:
    """[(band low, band high, facts, share right)] of the extractor's facts on the gold sets."""
    from kg.confidence import table
    from kg.evaluate import split_part
    table.cache_clear()
    gold = split_part(_gold(gold_paths), part)
    rows = defaultdict(lambda: [0, 0.0])
    for _, _, conf, right in fact_outcomes(gold, _extract(gold)):
        band = max(i for i, lo in enumerate(BANDS[:-1]) if conf >= lo)
        rows[band][0] += 1
        rows[band][1] += right
    return [(BANDS[b], min(BANDS[b + 1], 1.0), n, round(r / n, 3)) for b, (n, r) in sorted(rows.items())]


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--reliability":
        part = "all"
        if len(argv) > 2 and argv[1] == "--part":
            part, argv = argv[2], [argv[0]] + argv[3:]
        print("confidence     facts  share right")
        for lo, hi, n, share in reliability(argv[1:], part):
            print(f"[{lo:.1f}, {hi:.1f})  {n:7}  {share:.3f}")
        return
    result = calibrate(argv or None)
    for rule, (right, fired, conf) in result.items():
        print(f"{rule:32} right {right:6} / fired {fired:4}  confidence {conf}")
    print(f"-> {TABLE}")


if __name__ == "__main__":
    main()
