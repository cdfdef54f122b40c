"""Train the learned relation and role models on the gold sets: ``python -m kg.learn.train``.

The rule stages up to entities run on each gold article; predicted entities are
aligned to gold ones with the scorer's alignment (``kg.evaluate._align_entities``);
each candidate (``kg.learn.candidates``) is labelled from the gold relations
and event role triples (a role only when the gold document has an event of the
trigger's type with that entity in that role, and, where the gold event gives
evidence spans, only in a sentence they cover); candidates touching optional
gold items are left out. The weights go to ``kg/data/learned.json``, the same
bytes for the same data.

Never train on real-dev (licensed for evaluation only) nor on the blind
held-out set: both are refused.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import os
import sys
from pathlib import Path

from kg.learn.candidates import ROLES, relation_candidates, role_candidates
from kg.learn.features import RELATION_FEATURES, ROLE_FEATURES, featurize
from kg.learn.model import WEIGHTS, dumps, fit
from kg.model import RELATION_TYPES

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SETS = ("eval/dev.jsonl", "eval/heldout.jsonl", "eval/heldout2.jsonl", "eval/heldout3.jsonl",
                "eval/heldout4.jsonl", "eval/heldout5.jsonl", "eval/train*.jsonl")
FORBIDDEN = ("real-dev", "heldout6")
#: gold sets whose events are annotated only in part (the relations helper's sets of the tenth
#: session, eval/train26/README.md, and their successors train32/train33): their relations
#: train the relation model, their events train nothing (an act left out would teach the role
#: model that its roles are none)
EVENTS_PARTIAL = frozenset(["train26.jsonl", "train27.jsonl", "train32.jsonl", "train33.jsonl", "train38.jsonl",
                            "train39.jsonl"])
RELATION_CLASSES = ("none",) + RELATION_TYPES
ROLE_CLASSES = ("none",) + ROLES
L2 = {"relations": 1.0, "roles": 3.0}



def training_files(extra=()) -> list:
    files = []
    for pattern in DEFAULT_SETS:
        files.extend(sorted(glob.glob(str(ROOT / pattern))))
    files.extend(str(p) for p in extra)
    for f in files:
        if any(bad in os.path.basename(f) for bad in FORBIDDEN):
            raise SystemExit(f"refusing to train on {f}: an evaluation-only set")
    return files


def prepared(gold_docs):
    """(gold record, Document with views, predicted entity record) for each gold article."""
    from kg.evaluate import ANNOTATION_FIELDS
    from kg.jsonl import document_to_record
    from kg.model import Document
    from kg.pipeline import (article_from_record, stage_entities, stage_mentions, stage_segment,
                             tag_documents)
    from kg.view import build_views

    docs = [Document(article=article_from_record({k: v for k, v in g.items()
                                                  if k not in ANNOTATION_FIELDS})) for g in gold_docs]
    docs = [stage_segment(d) for d in docs]
    docs = tag_documents(docs)
    docs = [stage_entities(stage_mentions(d)) for d in docs]
    for g, d in zip(gold_docs, docs):
        yield g, d, build_views(d), document_to_record(d)


def _gold_relations(gold):
    """(head, tail) -> (relation type, optional?) with affiliatedWith both ways."""
    opt_entities = {str(e["id"]) for e in gold.get("entities", []) if e.get("optional")}
    out = {}
    for r in gold.get("relations") or []:
        h, t = str(r["head"]), str(r["tail"])
        opt = bool(r.get("optional")) or h in opt_entities or t in opt_entities
        pairs = [(h, t), (t, h)] if r["type"] == "affiliatedWith" else [(h, t)]
        for p in pairs:
            if p not in out or (out[p][1] and not opt):
                out[p] = (r["type"], opt)
    return out


def _gold_roles(gold):
    """(event type, gold entity id) -> list of (role, optional?, evidence spans or None)."""
    opt_entities = {str(e["id"]) for e in gold.get("entities", []) if e.get("optional")}
    out = {}
    for ev in gold.get("events") or []:
        spans = [tuple(s) for s in ev.get("evidence") or []] or None
        for role in ROLES:
            for value in ev.get(role) or []:
                alts = value if isinstance(value, list) else [value]
                for a in alts:
                    opt = bool(ev.get("optional")) or str(a) in opt_entities
                    out.setdefault((ev["type"], str(a)), []).append((role, opt, spans))
    return out


def _covers(spans, sentence):
    return spans is None or any(s < sentence.end and sentence.start < e for s, e in spans)


def relation_examples(gold, views, pred_to_gold):
    """Feature lists and labels of one article's relation candidates (``pred_to_gold``: our
    entity ids to the gold ones); a pair whose gold relation is optional is left out."""
    rels = _gold_relations(gold)
    xs, ys = [], []
    for c in relation_candidates(views):
        h, t = pred_to_gold.get(c.head.entity.id), pred_to_gold.get(c.tail.entity.id)
        label = "none"
        if h is not None and t is not None and (h, t) in rels:
            rtype, opt = rels[(h, t)]
            if opt:
                continue
            label = rtype
        xs.append(featurize(c, RELATION_FEATURES))
        ys.append(label)
    return xs, ys


def labelled(gold_docs):
    """Feature lists and labels of every candidate of the gold articles:
    (relation features, relation labels, role features, role labels)."""
    from kg.evaluate import _align_entities

    rel_x, rel_y, role_x, role_y = [], [], [], []
    for gold, doc, views, rec in prepared(gold_docs):
        _, pred_to_gold, _ = _align_entities(gold, rec)
        x, y = relation_examples(gold, views, pred_to_gold)
        rel_x += x
        rel_y += y
        if gold.get("events_partial"):
            continue
        roles = _gold_roles(gold)
        for c in role_candidates(views):
            g = pred_to_gold.get(c.slot.entity.id)
            label, skip = "none", False
            for role, opt, spans in roles.get((c.etype, g), ()) if g is not None else ():
                if role == "place" and c.slot.entity.type != "Place":
                    continue
                if not _covers(spans, c.view.sentence):
                    continue
                if opt:
                    skip = True
                    continue
                label = role
                break
            if skip and label == "none":
                continue
            role_x.append(featurize(c, ROLE_FEATURES))
            role_y.append(label)
    return rel_x, rel_y, role_x, role_y


def train(files, l2=None):
    """(models, meta) trained on the gold documents of ``files``."""
    from kg.evaluate import load_jsonl

    l2 = {**L2, **(l2 or {})}
    gold = []
    sources = []
    for f in files:
        docs = load_jsonl(f)
        if os.path.basename(f) in EVENTS_PARTIAL:
            docs = [dict(d, events_partial=True) for d in docs]
        gold.extend(docs)
        digest = hashlib.sha256(Path(f).read_bytes()).hexdigest()[:12]
        sources.append({"file": os.path.basename(f), "articles": len(docs), "sha256": digest})
    rel_x, rel_y, role_x, role_y = labelled(gold)
    models = {"relations": fit(rel_x, rel_y, list(RELATION_CLASSES), l2=l2["relations"]),
              "roles": fit(role_x, role_y, list(ROLE_CLASSES), l2=l2["roles"])}
    meta = {"sources": sources, "articles": len(gold),
            "relation_candidates": len(rel_x),
            "relation_positives": sum(y != "none" for y in rel_y),
            "role_candidates": len(role_x),
            "role_positives": sum(y != "none" for y in role_y),
            "l2": l2,
            "features": {"relations": [n for n, _ in RELATION_FEATURES],
                         "roles": [n for n, _ in ROLE_FEATURES]}}
    return models, meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extra", nargs="*", help="more gold JSONL files (e.g. new training sets)")
    ap.add_argument("-o", "--output", default=str(WEIGHTS))
    ap.add_argument("--l2-relations", type=float, default=L2["relations"])
    ap.add_argument("--l2-roles", type=float, default=L2["roles"])
    args = ap.parse_args(argv)
    files = training_files(args.extra)
    models, meta = train(files, {"relations": args.l2_relations, "roles": args.l2_roles})
    Path(args.output).write_text(dumps(models, meta), encoding="utf-8")
    print(f"{meta['articles']} articles; relation candidates {meta['relation_candidates']} "
          f"({meta['relation_positives']} positive), role candidates {meta['role_candidates']} "
          f"({meta['role_positives']} positive) -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
