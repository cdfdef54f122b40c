"""List the extractor's errors on an evaluation set, document by document (development aid).

    python tools/errors.py ../shared/data/news/real-dev.jsonl --part dev [--doc ID] [--layer relations]

Refuses the blind part: its errors are never read.
"""
from __future__ import annotations

import argparse
import sys

from kg import evaluate as ev


def _names(doc):
    return {str(e.get("id")): (e.get("mentions") or ["?"])[0] for e in doc.get("entities") or []}


def report(gold_doc, pred_doc, layers):
    out = []
    _, p2g, _ = ev._align_entities(gold_doc, pred_doc)
    gname, pname = _names(gold_doc), _names(pred_doc)
    aligned_gold = set(p2g.values())
    if "entities" in layers:
        for e in ev._entities(gold_doc):
            if str(e["id"]) not in aligned_gold and not e.get("optional"):
                out.append(f"  ENT miss {e['type']:<12} {' | '.join(e.get('mentions') or [])}")
        for e in ev._entities(pred_doc):
            if str(e["id"]) not in p2g:
                out.append(f"  ENT fp   {e['type']:<12} {' | '.join(e.get('mentions') or [])}")
    arg = ev._Args(pred_doc, p2g)
    if "relations" in layers:
        pred = {}
        for r in pred_doc.get("relations") or []:
            h, t = arg(r.get("head")), arg(r.get("tail"))
            pred[(r["type"], h, t)] = r
        gold = {(r["type"], str(r["head"]), str(r["tail"])): r for r in gold_doc.get("relations") or []}
        sym = lambda k: {k, (k[0], k[2], k[1])} if k[0] == "affiliatedWith" else {k}
        for k, r in gold.items():
            if r.get("optional") or any(x in pred for x in sym(k)):
                continue
            out.append(f"  REL miss {k[0]}({gname.get(k[1], k[1])} -> {gname.get(k[2], k[2])})")
        for k, r in pred.items():
            if any(x in gold for x in sym(k)):
                continue
            h = gname.get(k[1]) if isinstance(k[1], str) else pname.get(k[1][1], k[1])
            t = gname.get(k[2]) if isinstance(k[2], str) else pname.get(k[2][1], k[2])
            out.append(f"  REL fp   {k[0]}({h} -> {t})  [{r.get('rule', '')}]")
    if "events" in layers:
        slots = ev._gold_event_slots(gold_doc)
        triples = ev._pred_event_triples(pred_doc, p2g)
        for k, opt in sorted(slots.items(), key=lambda kv: ev._slot_order(kv[0])):
            if opt or any(ev._triple_fits(t, k) for t in triples):
                continue
            arg_s = "/".join(gname.get(a, a) for a in sorted(k[2]))
            out.append(f"  EV miss  {k[0]}.{k[1]} = {arg_s}")
        for t in sorted(triples, key=repr):
            if any(ev._triple_fits(t, k) for k in slots):
                continue
            a = t[2]
            a_s = gname.get(a, a) if isinstance(a, str) and t[1] != "date" else (pname.get(a[1], a) if isinstance(a, tuple) else a)
            out.append(f"  EV fp    {t[0]}.{t[1]} = {a_s}")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--part", default="all", choices=["all", "dev"])
    ap.add_argument("--doc", default=None)
    ap.add_argument("--layer", action="append", choices=["entities", "relations", "events"])
    ap.add_argument("--pred", default=None)
    ap.add_argument("--extractor", default="both", choices=["both", "rules", "learned"],
                    help="who finds relations and events (kg.pipeline.annotate)")
    a = ap.parse_args(argv)
    gold = ev.split_part(ev.load_jsonl(a.gold), a.part)
    if "real-dev" in a.gold and a.part != "dev":
        sys.exit("errors.py: on real-dev use --part dev (the blind part's errors are never read)")
    if a.doc:
        gold = [d for d in gold if d["id"] == a.doc]
    if a.pred:
        pred = {d["id"]: d for d in ev.load_jsonl(a.pred)}
    else:
        from kg.pipeline import annotate
        pred = {d["id"]: d for d in annotate([{k: v for k, v in d.items() if k not in ev.ANNOTATION_FIELDS}
                                             for d in gold], extractor=a.extractor)}
    layers = set(a.layer or ["entities", "relations", "events"])
    for g in gold:
        lines = report(g, pred.get(g["id"], {}), layers)
        print(f"== {g['id']} ({len(lines)} errors)")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
