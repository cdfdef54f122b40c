"""Choose the role thresholds of the learned stage by cross-validation on the gold sets:
``python -m kg.learn.crossval``.

Each gold file (``kg.learn.train.training_files``: dev, heldout..heldout5, train*; never
real-dev nor heldout6) is one fold: the role model is trained on the other files, the rules
run on the fold's articles, and the model adds its roles to them at each threshold of
``LEVELS`` (``kg.learn.stage``, extractor ``both``). Every role triple the model adds to what
the rules found is counted right or wrong against the fold's gold, per event type and role,
so a threshold is judged on about 200 articles its model never saw (real news' development
part has 24). Printed: for each (event type, role), the right / wrong triples added at each
level, and the lowest level whose additions are right at least ``MIN_PRECISION`` of the time
(the thresholds of ``kg.learn.stage.TYPE_THRESHOLDS``). With ``--real-dev`` the development
part of real news (never trained on; its blind part is never read) is a second check: a model
trained on every gold file adds its roles there too, and a level must also keep what it adds
there right ``MIN_PRECISION`` of the time (synthetic folds flattered the model: in the eleventh
session its additions were right about half the time on real news). Agents, targets and places alike: a
candidate takes its most probable role whatever the thresholds, so one run judges all three. Slow (a model per fold); not run in CI.
"""
from __future__ import annotations

import argparse
import collections
import copy
import os
import sys

#: the thresholds tried (agent, target and place alike)
LEVELS = (0.6, 0.7, 0.8, 0.9, 0.95)
#: the share of right triples the additions of a (type, role) must keep at its threshold: the
#: issue's floor for a layer's precision (0.80), so that what the model adds never pulls the
#: layer below it (0.75 until the eighth session)
MIN_PRECISION = 0.8
#: real news (read, never copied into the project nor trained on)
REAL_DEV = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "news", "real-dev.jsonl")


def fold_name(path) -> str:
    return os.path.basename(str(path)).rsplit(".jsonl", 1)[0]


def rule_documents(gold_docs):
    """The gold articles through the rule stages (the learned stage and confidence not yet)."""
    from kg import pipeline as P
    from kg.evaluate import ANNOTATION_FIELDS
    from kg.model import Document

    docs = [Document(article=P.article_from_record({k: v for k, v in g.items()
                                                    if k not in ANNOTATION_FIELDS}))
            for g in gold_docs]
    for stage in (P.stage_segment, P.stage_tag, P.stage_mentions, P.stage_entities,
                  P.stage_relations_events):
        docs = P.tag_documents(docs) if stage is P.stage_tag else [stage(d) for d in docs]
    return docs


def _records(docs, model=None, thresholds=None):
    """The documents as records, with the model's roles added when a model is given."""
    from kg import pipeline as P
    from kg.jsonl import document_to_record
    from kg.learn import stage

    out = []
    for d in copy.deepcopy(docs):
        views = d.__dict__.pop("_views")
        if model is not None:
            by_trigger = stage._rule_events_by_trigger(d)
            found = stage.learned_roles(views, model, thresholds, by_trigger)
            if found:
                stage.add_roles(d, found, getattr(d, "dates", []), by_trigger)
        out.append(document_to_record(P.stage_confidence(d)))
    return out


def added_triples(gold_docs, rule_recs, recs, counts: collections.Counter):
    """Count the role triples of ``recs`` that ``rule_recs`` lacks, right (fitting a gold
    slot) or wrong, by (event type, role, right?)."""
    from kg import evaluate as ev

    for gold, before, after in zip(gold_docs, rule_recs, recs):
        _, p2g_before, _ = ev._align_entities(gold, before)
        _, p2g_after, _ = ev._align_entities(gold, after)
        slots = ev._gold_event_slots(gold)
        new = ev._pred_event_triples(after, p2g_after) - ev._pred_event_triples(before, p2g_before)
        for t in new:
            counts[(t[0], t[1], any(ev._triple_fits(t, k) for k in slots))] += 1


def role_features(files):
    """({file: gold documents}, {file: (role features, role labels)}): each gold file loaded
    (events annotated in part marked so, as kg.learn.train marks them) and labelled once."""
    from kg.evaluate import load_jsonl
    from kg.learn.train import EVENTS_PARTIAL, labelled

    def loaded(f):
        docs = load_jsonl(f)
        return [dict(d, events_partial=True) for d in docs] if os.path.basename(f) in EVENTS_PARTIAL else docs

    gold = {f: loaded(f) for f in files}
    return gold, {f: labelled(gold[f])[2:] for f in files}


def role_model(feats, files):
    """The role model fitted on the features of ``files`` (in their order: with every gold
    file, the model kg.learn.train ships)."""
    from kg.learn.model import fit
    from kg.learn.train import ROLE_CLASSES, L2
    x, y = [], []
    for f in files:
        x += feats[f][0]
        y += feats[f][1]
    return fit(x, y, list(ROLE_CLASSES), l2=L2["roles"])


def count_added(gold_docs, model, levels, out):
    """Add to ``out`` ({level: Counter}) the role triples ``model`` adds to the rules on
    ``gold_docs`` at each level."""
    docs = rule_documents(gold_docs)
    rule_recs = _records(docs)
    for level in levels:
        th = {"agent": level, "target": level, "place": level}
        added_triples(gold_docs, rule_recs, _records(docs, model, th), out[level])
    return out


def crossvalidate(files, levels=LEVELS, log=sys.stderr, prepared=None) -> dict:
    """{level: Counter of (event type, role, right?)}: the triples the fold models add to the
    rules, summed over the folds. ``prepared``: what :func:`role_features` gives for ``files``."""
    from kg.learn.train import EVENTS_PARTIAL

    gold, feats = prepared or role_features(files)
    out = {x: collections.Counter() for x in levels}
    for f in files:
        if os.path.basename(f) in EVENTS_PARTIAL:
            continue      # its events, annotated in part, cannot tell a right role from a wrong one
        count_added(gold[f], role_model(feats, [other for other in files if other != f]), levels, out)
        print(f"fold {fold_name(f)} done", file=log, flush=True)
    return out


def _right_enough(counter, key, min_precision, needed=True) -> bool:
    right, wrong = counter[key + (True,)], counter[key + (False,)]
    return right / (right + wrong) >= min_precision if right + wrong else not needed


def choose(results, min_precision=MIN_PRECISION, check=None) -> dict:
    """{(event type, role): the lowest level whose added triples are right at least
    ``min_precision`` of the time (None: no level is)}; with ``check`` ({level: Counter},
    counted on other articles), a level must also be right that often there, where it adds
    anything there."""
    # (the dates of the events the model makes follow the rules: no threshold of their own)
    keys = sorted({k[:2] for c in results.values() for k in c if k[1] != "date"})
    chosen = {}
    for key in keys:
        chosen[key] = None
        for level in sorted(results):
            if _right_enough(results[level], key, min_precision) and (
                    check is None or _right_enough(check.get(level, {}), key, min_precision, False)):
                chosen[key] = level
                break
    return chosen


def check_on(gold_docs, model, levels=LEVELS) -> dict:
    """{level: Counter of (event type, role, right?)}: the triples ``model`` (trained on every
    gold file: :func:`role_model`) adds to the rules on ``gold_docs`` (articles it never saw)."""
    return count_added(gold_docs, model, levels, {level: collections.Counter() for level in levels})


def main(argv=None):
    from kg.learn.train import training_files
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extra", nargs="*", help="more gold JSONL files (each one more fold)")
    ap.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    ap.add_argument("--real-dev", action="store_true",
                    help="check each level on the development part of real news as well")
    args = ap.parse_args(argv)
    files = training_files(args.extra)
    prepared = role_features(files)
    results = crossvalidate(files, prepared=prepared)
    check = None
    if args.real_dev:
        from kg.evaluate import load_jsonl, split_part
        # (the features of every file, labelled once for the folds, fit the shipped model)
        check = check_on(split_part(load_jsonl(REAL_DEV), "dev"), role_model(prepared[1], files))
    chosen = choose(results, args.min_precision, check)
    for key, level in chosen.items():
        cells = " ".join(f"{x}:{results[x][key + (True,)]}/{results[x][key + (False,)]}" for x in sorted(results))
        if check is not None:
            cells += "  real news (dev part) " + " ".join(
                f"{x}:{check[x][key + (True,)]}/{check[x][key + (False,)]}" for x in sorted(check))
        print(f"{key[0]:18} {key[1]:6} right/wrong added at each level {cells}  -> {level}")


if __name__ == "__main__":
    main()
