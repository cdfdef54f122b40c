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
import glob
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REAL_DEV = ROOT.parent / "shared" / "data" / "news" / "real-dev.jsonl"


def _project_sets():
    from kg.learn.train import DEFAULT_SETS, FORBIDDEN
    files = []
    for pattern in DEFAULT_SETS:
        files.extend(sorted(glob.glob(str(ROOT / pattern))))
    return [f for f in files if not any(bad in os.path.basename(f) for bad in FORBIDDEN)]


def _rules_docs(gold):
    """The documents after the rule stages (views kept), as kg.pipeline runs them."""
    from kg.evaluate import ANNOTATION_FIELDS
    from kg.model import Document
    from kg.pipeline import article_from_record, stage_confidence, stage_learned, stage_tag, stages_for, \
        tag_documents
    stages = [s for s in stages_for("rules") if s not in (stage_confidence, stage_learned)]
    docs = [Document(article=article_from_record({k: v for k, v in g.items() if k not in ANNOTATION_FIELDS}))
            for g in gold]
    for st in stages:
        docs = tag_documents(docs) if st is stage_tag else [st(d) for d in docs]
    return docs


def _labelled(gold, docs):
    from kg.evaluate import _align_entities
    from kg.jsonl import document_to_record
    from kg.learn.candidates import relation_candidates
    from kg.learn.features import RELATION_FEATURES, featurize
    from kg.learn.train import _gold_relations
    X, Y = [], []
    for g, d in zip(gold, docs):
        _, p2g, _ = _align_entities(g, document_to_record(d))
        rels = _gold_relations(g)
        for c in relation_candidates(d._views):
            h, t = p2g.get(c.head.entity.id), p2g.get(c.tail.entity.id)
            label = "none"
            if h is not None and t is not None and (h, t) in rels:
                rtype, opt = rels[(h, t)]
                if opt:
                    continue
                label = rtype
            X.append(featurize(c, RELATION_FEATURES))
            Y.append(label)
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
    from kg.learn.model import fit
    from kg.learn.train import L2, RELATION_CLASSES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.6, 0.7, 0.8])
    ap.add_argument("--real-dev", action="store_true", help="also the development part of real news")
    args = ap.parse_args(argv)
    data = {}
    for f in _project_sets():
        gold = load_jsonl(f)
        docs = _rules_docs(gold)
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
        real = _added(gold, _rules_docs(gold), model, args.thresholds)
    print("threshold type            sets left out: +tp +fp" + ("   real-dev dev: +tp +fp" if real else ""))
    for (th, rtype), (tp, fp) in sorted(totals.items()):
        extra = f"   {real[(th, rtype)][0]:+d} {real[(th, rtype)][1]:+d}" if real else ""
        print(f"{th:<9} {rtype:<16} {tp:+4d} {fp:+4d}{extra}")


if __name__ == "__main__":
    main()
