"""Score BIO tag sequences (CoNLL-style exact span match) and evaluate the tagger.

A span is ``(type, start, end)``. As in conlleval, a span starts at ``B-X``, or
at ``I-X`` when the previous tag is not of type X, and goes on over the
following ``I-X`` tags. A predicted span counts only if its type and both
boundaries equal a gold span. Micro scores sum the counts over all types.
"""
from __future__ import annotations

from kg.ner.conll import COARSE_TYPES


def spans(tags: list) -> set:
    """The set of ``(type, start, end)`` spans (end exclusive) of a BIO sequence."""
    out = set()
    start = kind = None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or len(t) < 3 or t[1] != "-":
            prefix, typ = "O", None
        else:
            prefix, typ = t[0], t[2:]
        if kind is not None and (prefix != "I" or typ != kind):
            out.add((kind, start, i))
            kind = None
        if typ is not None and kind is None:
            start, kind = i, typ
    return out


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
            "gold": tp + fn, "predicted": tp + fp}


def score(gold: list, predicted: list, types=COARSE_TYPES) -> dict:
    """Precision, recall, F1 per type and micro over ``types``.

    ``gold`` and ``predicted`` are lists of tag sequences of equal lengths.
    Returns ``{"PER": {...}, "ORG": {...}, "LOC": {...}, "micro": {...}}``
    where each value holds precision, recall, f1, tp, fp, fn, gold, predicted.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sequences but {len(predicted)} predicted")
    counts = {t: [0, 0, 0] for t in types}
    for g, p in zip(gold, predicted):
        if len(g) != len(p):
            raise ValueError(f"sequence lengths differ: {len(g)} gold, {len(p)} predicted")
        gs, ps = spans(g), spans(p)
        for kind, *_ in gs & ps:
            if kind in counts:
                counts[kind][0] += 1
        for kind, *_ in ps - gs:
            if kind in counts:
                counts[kind][1] += 1
        for kind, *_ in gs - ps:
            if kind in counts:
                counts[kind][2] += 1
    result = {t: _prf(*counts[t]) for t in types}
    result["micro"] = _prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return result


def evaluate_sentences(sentences: list, tagger=None) -> dict:
    """Tag sentences of ``(token, gold_tag)`` pairs and score them."""
    from kg.ner.tagger import default_tagger

    tagger = tagger or default_tagger()
    gold = [[t for _, t in s] for s in sentences]
    predicted = tagger.tag([[w for w, _ in s] for s in sentences])
    result = score(gold, predicted)
    result["sentences"] = len(sentences)
    result["tokens"] = sum(len(s) for s in sentences)
    return result


def evaluate_file(path, model_path=None, rejoin=True) -> dict:
    """Score the tagger on a CoNLL file or folder (NewsFANE or AQMAR format).

    Split-off clitics are first glued back (``rejoin``) so the tagger sees
    tokens as in raw text. Raises :class:`kg.errors.InputError` on bad input.
    """
    from kg.ner.conll import read_conll, rejoin_clitics
    from kg.ner.tagger import Tagger

    sentences = read_conll(path)
    if rejoin:
        sentences = [rejoin_clitics(s) for s in sentences]
    tagger = Tagger(model_path) if model_path else None
    return evaluate_sentences(sentences, tagger)


def format_table(result: dict) -> str:
    """A plain-text table of a :func:`score` result."""
    lines = [f"{'type':<6} {'prec':>6} {'rec':>6} {'f1':>6} {'gold':>6} {'pred':>6}"]
    for key in [*COARSE_TYPES, "micro"]:
        r = result[key]
        lines.append(f"{key:<6} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                     f"{r['gold']:6d} {r['predicted']:6d}")
    if "sentences" in result:
        lines.append(f"({result['sentences']} sentences, {result['tokens']} tokens)")
    return "\n".join(lines)


def report(path, as_json=False, model_path=None) -> str:
    """Evaluate the tagger on ``path`` and render the scores as a table or JSON."""
    import json

    result = evaluate_file(path, model_path=model_path)
    if as_json:
        return json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True)
    return format_table(result)
