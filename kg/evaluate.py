"""Score annotated documents against gold annotations.

Implements the "Scoring" section of the shared annotation spec
(``specs/annotation-format.md``): mention matching, a maximum one-to-one
entity alignment per document, relations through that alignment, events as
deduplicated role triples, and linking accuracy, all micro-averaged over the
gold documents. ``eval/README.md`` writes down how the gold-only fields
(``optional``, ``alt_types``, list-valued roles) are read.
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError, KgError
from kg.io import _read_text   # missing, binary, non-UTF-8 files as one-line errors
from kg.model import ENTITY_TYPES, EVENT_TYPES, RELATION_TYPES
from kg.normalize import norm

EVENT_ROLES = ("agent", "target", "place")
# Leading proclitic clusters; "ال" + word readings of لل/بال/وال/فال/كال.
_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ARTICLE_CLUSTERS = ("لل", "بال", "وال", "فال", "كال")
# Annotation layers removed from gold lines before the extractor sees them.
ANNOTATION_FIELDS = ("entities", "relations", "events")


# ---------------------------------------------------------------- mentions

@lru_cache(maxsize=100_000)
def normalize_mention(s: str) -> str:
    """Normalise a mention: kg.normalize.norm, then punctuation/quotes to spaces."""
    out = "".join(" " if unicodedata.category(ch)[0] == "P" else ch for ch in norm(s))
    return " ".join(out.split())


@lru_cache(maxsize=100_000)
def _strip_variants(m: str) -> frozenset:
    """``m`` (normalised) with one leading proclitic cluster removed, every reading."""
    first, _, rest = m.partition(" ")
    out = set()
    for cl in _PROCLITICS:
        if first.startswith(cl) and len(first) > len(cl):
            out.add(first[len(cl):])
    for cl in _ARTICLE_CLUSTERS:
        if first.startswith(cl) and len(first) > len(cl):
            out.add("ال" + first[len(cl):])
    return frozenset((w + " " + rest) if rest else w for w in out)


def mentions_match(a: str, b: str) -> bool:
    """The spec's three mention-match rules, on raw (un-normalised) strings."""
    return _match(normalize_mention(a), normalize_mention(b))


def _match(a: str, b: str) -> bool:
    return _strength(a, b) > 0


def match_strength(a: str, b: str) -> int:
    """How strongly two raw mentions match: 3 equal, 2 equal but for a proclitic, 1 contained, 0 not."""
    return _strength(normalize_mention(a), normalize_mention(b))


def _strength(a: str, b: str) -> int:
    """:func:`match_strength` on normalised strings."""
    if not a or not b:
        return 0
    if a == b:
        return 3
    if b in _strip_variants(a) or a in _strip_variants(b):
        return 2
    short, long_ = (a, b) if len(a.split()) <= len(b.split()) else (b, a)
    return 1 if len(short.split()) >= 2 and f" {short} " in f" {long_} " else 0


# ---------------------------------------------------------------- matching

def _max_matching(adj: list, allowed=None, match_r=None) -> dict:
    """Maximum bipartite matching by augmenting paths (Kuhn).

    ``adj[u]`` lists the right vertices left vertex ``u`` may take, in a fixed
    order (deterministic). ``allowed(v)`` restricts the right side; ``match_r``
    (right -> left) is an existing matching to extend: matched right vertices
    stay matched by every augmentation.
    """
    match_r = dict(match_r or {})
    matched_l = set(match_r.values())

    def augment(u, seen):
        for v in adj[u]:
            if v in seen or (allowed is not None and not allowed(v)):
                continue
            seen.add(v)
            if v not in match_r or augment(match_r[v], seen):
                match_r[v] = u
                return True
        return False

    for u in range(len(adj)):
        if u not in matched_l and augment(u, set()):
            matched_l.add(u)
    return match_r


def _align(adj: list, optional: list) -> dict:
    """Matching that first maximises aligned non-optional gold, then all gold.

    Returns right (gold index) -> left (predicted index).
    """
    first = _max_matching(adj, allowed=lambda v: not optional[v])
    return _max_matching(adj, match_r=first)


def _counts(n_pred: int, match_r: dict, optional: list, neutral: int = 0) -> dict:
    """tp/fp/fn of a matching; ``neutral`` unmatched predictions are not counted."""
    to_optional = sum(1 for v in match_r if optional[v])
    tp = len(match_r) - to_optional
    return {"tp": tp, "fp": n_pred - len(match_r) - neutral, "fn": optional.count(False) - tp}


# ---------------------------------------------------------------- layers

def _entities(doc: dict) -> list:
    return [e for e in doc.get("entities") or [] if isinstance(e, dict) and e.get("type") in ENTITY_TYPES]


def _optional_ids(doc: dict) -> set:
    """Ids of optional gold entities: relations and event slots on them are optional too."""
    return {str(e.get("id")) for e in _entities(doc) if e.get("optional")}


def _entity_mentions(e: dict) -> list:
    ms = e.get("mentions") or []
    if isinstance(ms, str):
        ms = [ms]
    return [m for m in (normalize_mention(str(x)) for x in ms) if m]


def _weighted_align(strength: list) -> dict:
    """The spec's entity alignment: right (gold index) -> left (predicted index).

    ``strength[u][v]`` (0-3) is how well predicted ``u`` matches gold ``v``.
    Among the maximum one-to-one matchings over the pairs of positive strength,
    the one of greatest total strength: the spec's maximum-weight matching with
    weight 1000 + strength per pair (here ``4n`` + strength, the same order
    for any number of entities ``n``). Deterministic.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n_pred = len(strength)
    n_gold = len(strength[0]) if n_pred else 0
    if not n_pred or not n_gold:
        return {}
    s = np.array(strength, dtype=np.float64)
    w = np.where(s > 0, s + 4.0 * (max(n_pred, n_gold) + 1), 0.0)
    rows, cols = linear_sum_assignment(w, maximize=True)
    return {int(v): int(u) for u, v in zip(rows, cols) if w[u, v] > 0}


def _align_entities(gold_doc: dict, pred_doc: dict):
    gold, pred = _entities(gold_doc), _entities(pred_doc)
    g_ms = [_entity_mentions(g) for g in gold]
    optional = [bool(g.get("optional")) for g in gold]
    strength = []
    for p in pred:
        p_ms = _entity_mentions(p)
        strength.append([max((_strength(a, b) for a in p_ms for b in g_ms[j]), default=0)
                         if (p["type"] == g["type"] or p["type"] in (g.get("alt_types") or []))
                         else 0
                         for j, g in enumerate(gold)])
    match_r = _weighted_align(strength)
    counts = _counts(len(pred), match_r, optional)
    # predicted entity id -> gold entity id
    pred_to_gold = {str(pred[u].get("id")): str(gold[v].get("id")) for v, u in match_r.items()}
    linking = {"correct": 0, "total": 0}
    for v, u in match_r.items():
        qid = _qid(gold[v].get("wikidata"))
        if qid and not optional[v]:
            linking["total"] += 1
            linking["correct"] += _qid(pred[u].get("wikidata")) == qid
    return counts, pred_to_gold, linking


def _qid(value):
    if not value:
        return None
    return str(value).strip().rsplit("/", 1)[-1].upper() or None


class _Args:
    """Maps predicted entity ids to gold ids (or a token no gold id equals)."""

    def __init__(self, pred_doc: dict, pred_to_gold: dict):
        self.scored = {str(e.get("id")) for e in _entities(pred_doc)}
        self.known = {str(e.get("id")) for e in pred_doc.get("entities") or [] if isinstance(e, dict)}
        self.pred_to_gold = pred_to_gold

    def __call__(self, pid):
        """Gold id, ("pred", id) when unaligned or unknown, None when of an unscored type."""
        pid = str(pid)
        if pid in self.pred_to_gold:
            return self.pred_to_gold[pid]
        if pid in self.known and pid not in self.scored:
            return None
        return ("pred", pid)


def _role_values(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _flat_values(value) -> list:
    """Role values with alternative lists flattened."""
    return [a for v in _role_values(value) for a in _role_values(v) if a is not None]


def _relations(gold_doc, pred_doc, pred_to_gold) -> dict:
    opt_entities = _optional_ids(gold_doc)

    def key(t, h, tl):
        return (t, *sorted((h, tl), key=repr)) if t == "affiliatedWith" else (t, h, tl)

    gold = {}
    for r in gold_doc.get("relations") or []:
        if r.get("type") not in RELATION_TYPES:
            continue
        h, tl = str(r.get("head")), str(r.get("tail"))
        opt = bool(r.get("optional")) or h in opt_entities or tl in opt_entities
        k = key(r["type"], h, tl)
        gold[k] = gold.get(k, True) and opt
    arg = _Args(pred_doc, pred_to_gold)
    pred = set()
    for r in pred_doc.get("relations") or []:
        if not isinstance(r, dict) or r.get("type") not in RELATION_TYPES:
            continue
        h, tl = arg(r.get("head")), arg(r.get("tail"))
        if h is not None and tl is not None:
            pred.add(key(r["type"], h, tl))
    g_keys = sorted(gold, key=repr)
    p_keys = sorted(pred, key=repr)
    index = {k: j for j, k in enumerate(g_keys)}
    adj = [[index[k]] if k in index else [] for k in p_keys]
    optional = [gold[k] for k in g_keys]
    return _counts(len(p_keys), _align(adj, optional), optional)


def _gold_event_slots(doc: dict) -> dict:
    """(type, role, frozenset of acceptable arguments) -> optional?"""
    opt_entities = _optional_ids(doc)
    slots = {}
    for ev in doc.get("events") or []:
        etype = ev.get("type")
        if etype not in EVENT_TYPES:
            continue
        for role in EVENT_ROLES + ("date",):
            for value in _role_values(ev.get(role)):
                alts = frozenset(str(a) for a in _role_values(value) if a is not None)
                if not alts:
                    continue
                opt = bool(ev.get("optional")) or (role != "date" and alts <= opt_entities)
                k = (etype, role, alts)
                slots[k] = slots.get(k, True) and opt
    # A required slot implied by another required one (every triple that fits
    # the other fits it too: {a, b} by {a}, date 2025-12 by 2025-12-13) says
    # nothing more once triples are deduplicated: it becomes optional.
    for k in sorted(slots, key=_slot_order):
        if not slots[k] and any(o != k and not slots[o] and _implies(o, k) for o in slots):
            slots[k] = True
    return slots


def _slot_order(k):
    return (k[0], k[1], sorted(k[2]))


def _implies(strong, weak) -> bool:
    """Every triple that fits slot ``strong`` also fits slot ``weak``."""
    if strong[:2] != weak[:2]:
        return False
    if strong[1] == "date":
        return all(any(d.startswith(w) for w in weak[2]) for d in strong[2])
    return strong[2] <= weak[2]


def _pred_event_triples(doc: dict, pred_to_gold: dict) -> set:
    arg = _Args(doc, pred_to_gold)
    triples = set()
    for ev in doc.get("events") or []:
        if not isinstance(ev, dict) or ev.get("type") not in EVENT_TYPES:
            continue
        # a value that is itself a list (alternatives, as gold writes them) gives
        # a triple for each: one satisfies the slot, the others are neutral
        for role in EVENT_ROLES:
            for pid in _flat_values(ev.get(role)):
                a = arg(pid)
                if a is not None:
                    triples.add((ev["type"], role, a))
        for d in _flat_values(ev.get("date")):
            if d:
                triples.add((ev["type"], "date", str(d)))
    return triples


def _triple_fits(triple, slot) -> bool:
    etype, role, a = triple
    if etype != slot[0] or role != slot[1]:
        return False
    if role == "date":
        return any(a.startswith(g) for g in slot[2])
    return a in slot[2]


def _events(gold_doc, pred_doc, pred_to_gold) -> dict:
    slots = _gold_event_slots(gold_doc)
    s_keys = sorted(slots, key=_slot_order)
    p_keys = sorted(_pred_event_triples(pred_doc, pred_to_gold), key=repr)
    adj = [[j for j, s in enumerate(s_keys) if _triple_fits(t, s)] for t in p_keys]
    optional = [slots[k] for k in s_keys]
    match_r = _align(adj, optional)
    # A triple that fits a gold slot already satisfied by another one (a second
    # acceptable alternative, a second date inside a coarse gold date) is neutral.
    matched = set(match_r.values())
    neutral = sum(1 for u, fits in enumerate(adj) if fits and u not in matched)
    return _counts(len(p_keys), match_r, optional, neutral)


# ---------------------------------------------------------------- totals

def _prf(c: dict) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _by_id(docs: list, what: str) -> dict:
    out = {}
    for n, d in enumerate(docs, 1):
        if not isinstance(d, dict) or "id" not in d:
            raise KgError(f"{what} document {n} has no 'id'")
        key = str(d["id"])
        if key in out:
            raise KgError(f"{what} documents: duplicate id {key!r}")
        out[key] = d
    return out


def score(gold: list, pred: list) -> dict:
    """Score predicted documents against gold ones (matched by ``id``).

    A gold document without a prediction counts as all missed; predicted
    documents without gold are ignored. Returns a JSON-able dict.
    """
    gold_docs, pred_docs = _by_id(gold, "gold"), _by_id(pred, "predicted")
    totals = {layer: {"tp": 0, "fp": 0, "fn": 0} for layer in ("entities", "relations", "events")}
    link = {"correct": 0, "total": 0}
    for doc_id, g in gold_docs.items():
        p = pred_docs.get(doc_id, {})
        ent, pred_to_gold, lk = _align_entities(g, p)
        per_layer = {"entities": ent,
                     "relations": _relations(g, p, pred_to_gold),
                     "events": _events(g, p, pred_to_gold)}
        for layer, c in per_layer.items():
            for k in c:
                totals[layer][k] += c[k]
        for k in link:
            link[k] += lk[k]
    result = {layer: _prf(c) for layer, c in totals.items()}
    acc = link["correct"] / link["total"] if link["total"] else None
    result["linking"] = {"accuracy": None if acc is None else round(acc, 4), **link}
    result["documents"] = len(gold_docs)
    return result


#: the parts :func:`split_part` knows
PARTS = ("all", "dev", "blind")


def _id_key(doc_id: str) -> str:
    import hashlib
    return hashlib.sha256(str(doc_id).encode("utf-8")).hexdigest()


def split_part(docs: list, part: str = "all") -> list:
    """The documents of one part of an evaluation set, by a fixed rule on their ids.

    The ids are ranked by the SHA-256 of their UTF-8 bytes; the first third
    (rounded: 12 of 36) is the ``blind`` part, the rest the ``dev`` part. The
    blind part is scored, never read for errors. Order of ``docs`` is kept.
    """
    if part == "all":
        return list(docs)
    if part not in PARTS:
        raise KgError(f"unknown part {part!r} (one of: {', '.join(PARTS)})")
    ranked = sorted((_id_key(d["id"]), str(d["id"])) for d in docs)
    blind = {i for _, i in ranked[:round(len(ranked) / 3)]}
    return [d for d in docs if (str(d["id"]) in blind) == (part == "blind")]


def load_jsonl(path) -> list:
    """Read a JSONL file of documents; InputError names the file and line."""
    text = _read_text(Path(path))
    docs, seen = [], {}
    for n, line in enumerate(text.split("\n"), 1):   # JSON strings may hold U+2028 and U+0085
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"malformed JSON ({exc.msg}, column {exc.colno})", line=n) from None
        if not isinstance(obj, dict):
            raise InputError(path, "a line must be a JSON object", line=n)
        if "id" not in obj:
            raise InputError(path, "the object has no 'id'", line=n)
        if str(obj["id"]) in seen:
            raise InputError(path, f"duplicate id {obj['id']!r} (first on line {seen[str(obj['id'])]})", line=n)
        seen[str(obj["id"])] = n
        docs.append(obj)
    if not docs:
        raise InputError(path, "no documents")
    return docs


def format_table(scores: dict) -> str:
    """A plain-text table of a ``score`` result."""
    lines = [f"{'layer':<10} {'precision':>9} {'recall':>7} {'f1':>7} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for layer in ("entities", "relations", "events"):
        s = scores[layer]
        lines.append(f"{layer:<10} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>7.3f} "
                     f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    lk = scores["linking"]
    acc = "n/a" if lk["accuracy"] is None else f"{lk['accuracy']:.3f}"
    lines.append(f"linking accuracy {acc} ({lk['correct']}/{lk['total']})")
    lines.append(f"documents {scores['documents']}")
    return "\n".join(lines)


def evaluate_files(gold_path, pred_path=None, as_json: bool = False, part: str = "all",
                   extractor: str = "both") -> str:
    """Score a prediction file (or the extractor's own output) against gold; return the report.

    Without ``pred_path`` the gold articles, stripped of their annotations, go
    through ``kg.pipeline.annotate``. ``part`` keeps one part of the set
    (:func:`split_part`); ``extractor`` the extractor that runs ("rules", "learned" or "both").
    """
    gold = split_part(load_jsonl(gold_path), part)
    if pred_path is not None:
        pred = load_jsonl(pred_path)
    else:
        try:
            from kg.pipeline import annotate
        except ImportError as exc:
            raise KgError(f"the extractor is not available ({exc}); pass --pred PRED.jsonl") from None
        records = [{k: v for k, v in d.items() if k not in ANNOTATION_FIELDS} for d in gold]
        pred = annotate(records) if extractor == "both" else annotate(records, extractor=extractor)
    scores = score(gold, pred)
    if as_json:
        return json.dumps(scores, ensure_ascii=False, indent=2, sort_keys=True)
    return format_table(scores)
