"""Leave-one-set-out check of the learned relations added after the rules (development aid).

    python tools/learned_relations_cv.py [--thresholds 0.6 0.7 0.8] [--real-dev]

For each project gold set (eval/dev.jsonl, heldout..heldout5, train*), the relation model is
trained on the other sets (kg.learn.train's labelling and fit) and its additions after the
rules are scored on the left-out set, one relation type at a time: how many right (tp) and
wrong (fp) relations each type adds at each threshold. This is how
``kg.learn.stage.AFTER_THE_RULES`` was chosen. ``--real-dev`` also scores the development part
of real news with a model trained on every project set (never trained on; the blind part is
never read). Slow: one fit per set (a few minutes in all).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REAL_DEV = ROOT.parent / "shared" / "data" / "news" / "real-dev.jsonl"


def _labelled(gold, docs):
    """The relation examples of the rules' documents, labelled as kg.learn.train labels them."""
    from kg.evaluate import _align_entities
    from kg.jsonl import document_to_record
    from kg.learn.train import relation_examples
    X, Y = [], []
    for g, d in zip(gold, docs):
        _, p2g, _ = _align_entities(g, document_to_record(d))
        x, y = relation_examples(g, d._views, p2g)
        X += x
        Y += y
    return X, Y


def _added(gold, docs, model, thresholds):
    """{(threshold, type): (tp added, fp added)} over the rules' relations."""
    from kg.evaluate import score
    from kg.jsonl import document_to_record
    from kg.learn.stage import add_relations, learned_relations
    from kg.model import RELATION_TYPES
    base = score(gold, [document_to_record(d) for d in docs])["relations"]
    out = {}
    for th in thresholds:
        found = [learned_relations(d, d._views, model, th) for d in docs]
        for rtype in RELATION_TYPES:
            preds = []
            for d, rels in zip(docs, found):
                saved = list(d.relations)
                add_relations(d, [r for r in rels if r.type == rtype])
                preds.append(document_to_record(d))
                d.relations = saved
            sc = score(gold, preds)["relations"]
            out[(th, rtype)] = (sc["tp"] - base["tp"], sc["fp"] - base["fp"])
    return out


def main(argv=None):
    from kg.evaluate import load_jsonl, split_part
    from kg.learn.crossval import rule_documents
    from kg.learn.model import fit
    from kg.learn.train import L2, RELATION_CLASSES, training_files

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.6, 0.7, 0.8])
    ap.add_argument("--real-dev", action="store_true", help="also the development part of real news")
    args = ap.parse_args(argv)
    data = {}
    for f in training_files():
        gold = load_jsonl(f)
        docs = rule_documents(gold)
        data[os.path.basename(f)] = (gold, docs, *_labelled(gold, docs))
    totals = {}
    for name, (gold, docs, _, _) in data.items():
        X = [x for o, v in data.items() if o != name for x in v[2]]
        Y = [y for o, v in data.items() if o != name for y in v[3]]
        model = fit(X, Y, list(RELATION_CLASSES), l2=L2["relations"])
        for k, (tp, fp) in _added(gold, docs, model, args.thresholds).items():
            a = totals.setdefault(k, [0, 0])
            a[0] += tp
            a[1] += fp
        print(f"{name} done", file=sys.stderr)
    real = {}
    if args.real_dev:
        gold = split_part(load_jsonl(REAL_DEV), "dev")
        model = fit([x for v in data.values() for x in v[2]], [y for v in data.values() for y in v[3]],
                    list(RELATION_CLASSES), l2=L2["relations"])
        real = _added(gold, rule_documents(gold), model, args.thresholds)
    print("threshold type            sets left out: +tp +fp" + ("   real-dev dev: +tp +fp" if real else ""))
    for (th, rtype), (tp, fp) in sorted(totals.items()):
        extra = f"   {real[(th, rtype)][0]:+d} {real[(th, rtype)][1]:+d}" if real else ""
        print(f"{th:<9} {rtype:<16} {tp:+4d} {fp:+4d}{extra}")


if __name__ == "__main__":
    main()
