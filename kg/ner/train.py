"""Train the CRF named-entity model on NewsFANE Gold (train split).

    python -m kg.ner.train                # writes kg/ner/model.crfsuite, prints dev F1
    python -m kg.ner.train --data DIR --output model.crfsuite
    python -m kg.ner.train --cv 5         # cross-validation on train+dev, writes no model

Training is deterministic (L-BFGS with fixed parameters, fixed data order).
The parameters below were chosen on the dev split; the test split is never
read here.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from kg.ner.tagger import MODEL_PATH

#: the shared data folder (``../shared/data/ner`` from the repository root)
DEFAULT_DATA = Path(os.environ.get(
    "KG_NER_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"))

#: chosen on the dev split (see docs/ner.md)
PARAMS = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def split_path(split: str, data_dir=DEFAULT_DATA) -> Path:
    """Path of a NewsFANE Gold split (``train``, ``dev`` or ``test``)."""
    return Path(data_dir) / "newsfane-gold" / f"newsfane-gold.{split}.conll"


def load_split(split: str, data_dir=DEFAULT_DATA) -> list:
    """A NewsFANE split as run-time-like sentences of ``(token, coarse_tag)``."""
    from kg.ner.conll import read_conll, rejoin_clitics

    return [rejoin_clitics(s) for s in read_conll(split_path(split, data_dir))]


def train(sentences: list, output, params=None) -> Path:
    """Train a CRF on sentences of ``(token, tag)`` pairs and write it to ``output``."""
    import pycrfsuite

    from kg.ner.features import sentence_features

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sent in sentences:
        trainer.append(sentence_features([w for w, _ in sent]), [t for _, t in sent])
    trainer.set_params(dict(PARAMS, **(params or {})))
    output = Path(output)
    tmp = output.with_name(output.name + ".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, output)
    return output


def cross_validate(sentences: list, folds: int = 5, params=None) -> dict:
    """Micro/per-type scores of ``folds``-fold cross-validation with contiguous folds.

    Each fold is a block of consecutive sentences (other articles and topics than
    the rest, as the test split is), tagged by a model trained on the others;
    the predictions of all folds are scored together. Used to choose features:
    the dev split alone is too small to tell apart changes of a point.
    """
    import tempfile

    from kg.ner.evaluate import score
    from kg.ner.tagger import Tagger

    gold, predicted = [], []
    n = len(sentences)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(folds):
            a, b = n * i // folds, n * (i + 1) // folds
            model = train(sentences[:a] + sentences[b:], Path(tmp) / f"fold{i}.crfsuite", params)
            held = sentences[a:b]
            predicted += Tagger(model).tag([[w for w, _ in s] for s in held])
            gold += [[t for _, t in s] for s in held]
    result = score(gold, predicted)
    result["sentences"] = n
    result["tokens"] = sum(len(s) for s in sentences)
    return result


def main(argv=None) -> int:
    from kg.ner.evaluate import evaluate_sentences, format_table
    from kg.ner.tagger import Tagger

    ap = argparse.ArgumentParser(prog="python -m kg.ner.train", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder holding newsfane-gold/")
    ap.add_argument("--output", default=str(MODEL_PATH), help="model file to write")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--max-iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--cv", type=int, metavar="K", default=0,
                    help="K-fold cross-validation (contiguous folds) on train+dev; writes no model")
    args = ap.parse_args(argv)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations}

    t0 = time.perf_counter()
    train_sents = load_split("train", args.data)
    dev_sents = load_split("dev", args.data)
    if args.cv:
        result = cross_validate(train_sents + dev_sents, args.cv, params)
        print(f"{args.cv}-fold cross-validation on train+dev ({time.perf_counter() - t0:.0f} s):")
        print(format_table(result))
        return 0
    out = train(train_sents, args.output, params)
    result = evaluate_sentences(dev_sents, Tagger(out))
    print(f"model: {out} ({out.stat().st_size / 1e6:.1f} MB, "
          f"{time.perf_counter() - t0:.0f} s)")
    print("dev split:")
    print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
