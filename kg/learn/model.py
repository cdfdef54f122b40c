"""Multinomial logistic regression over sparse string features.

One :class:`Model` per layer: classes ``none`` plus the relation types (or
the roles). Training (:func:`fit`) minimises the L2-regularised negative log
likelihood with L-BFGS; scoring sums each candidate's feature rows (a dict
look-up per feature) and takes a softmax.
The weights ship as JSON (``kg/data/learned.json``): sorted keys, floats
rounded, so that the same training data gives the same bytes.
"""
from __future__ import annotations

import json
from functools import lru_cache, partial
from operator import is_not

import numpy as np

from kg.arrays import int_array
from kg.resources import DATA_DIR

WEIGHTS = DATA_DIR / "learned.json"
DIGITS = 4
#: features whose every weight is smaller than this are left out of the file (no effect)
PRUNE = 0.01
# a feature's row number, not None (a C-level filter for probabilities)
_KNOWN = partial(is_not, None)


class Model:
    def __init__(self, classes, features, weights, bias):
        self.classes = list(classes)
        self.index = {f: n for n, f in enumerate(features)}
        self.W = np.asarray(weights, dtype=np.float64).reshape(len(features), len(self.classes))
        self.b = np.asarray(bias, dtype=np.float64)

    def probabilities(self, feature_lists) -> np.ndarray:
        """(n candidates x n classes) class probabilities."""
        n = len(feature_lists)
        if not n:
            return np.zeros((0, len(self.classes)))
        get = self.index.get
        rows, starts = [], []
        for feats in feature_lists:
            starts.append(len(rows))
            rows.extend(filter(_KNOWN, map(get, feats)))   # the features the model has a row for
        pos = len(rows)
        scores = np.empty((n, len(self.classes)))
        scores[:] = self.b
        if rows:
            # a zero row at the end: a start index may point just past the last row
            gathered = np.vstack([self.W[int_array(rows)], np.zeros((1, len(self.classes)))])
            at = int_array(starts)
            sums = np.add.reduceat(gathered, at, axis=0)
            nonempty = np.diff(at, append=pos) > 0
            scores[nonempty] += sums[nonempty]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def to_json(self) -> dict:
        names = sorted(self.index, key=self.index.get)
        W = np.round(self.W, DIGITS)
        return {"classes": self.classes,
                "bias": [round(float(x), DIGITS) for x in self.b],
                "weights": {f: [round(float(x), DIGITS) for x in W[self.index[f]]]
                            for f in sorted(names)
                            if np.abs(W[self.index[f]]).max() >= PRUNE}}

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        feats = list(data["weights"])
        return cls(data["classes"], feats, [data["weights"][f] for f in feats] or np.zeros((0,)),
                   data["bias"])


def fit(feature_lists, labels, classes, l2: float = 1.0, min_count: int = 2,
        max_iter: int = 300) -> Model:
    """A model trained on candidates' feature lists and their class names."""
    from scipy import sparse
    from scipy.optimize import minimize

    counts = {}
    for feats in feature_lists:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    features = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: n for n, f in enumerate(features)}
    rows, cols = [], []
    for r, feats in enumerate(feature_lists):
        for f in feats:
            j = index.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    n, d, k = len(feature_lists), len(features), len(classes)
    X = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, d))
    y = np.array([classes.index(lab) for lab in labels])
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0

    def loss(theta):
        W = theta[:d * k].reshape(d, k)
        b = theta[d * k:]
        S = X @ W + b
        S -= S.max(axis=1, keepdims=True)
        logZ = np.log(np.exp(S).sum(axis=1, keepdims=True))
        logP = S - logZ
        nll = -(Y * logP).sum() + 0.5 * l2 * (W * W).sum()
        G = np.exp(logP) - Y
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        return nll, np.concatenate([np.asarray(gW).ravel(), gb])

    theta0 = np.zeros(d * k + k)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter, "gtol": 1e-6})
    W = res.x[:d * k].reshape(d, k)
    b = res.x[d * k:]
    # the bias of "none" fixed at 0 (softmax is shift invariant): smaller, stabler numbers
    b = b - b[0]
    return Model(classes, features, W, b)


def dumps(models: dict, meta: dict) -> str:
    """The weights file: JSON, keys sorted, one feature a line (readable diffs)."""
    def one(x):
        return json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    parts = ['{"meta":' + one(meta)]
    for name in sorted(models):
        data = models[name].to_json()
        weights = ",\n".join(f"{one(f)}:{one(w)}" for f, w in data["weights"].items())
        parts.append(f'{one(name)}:{{"bias":{one(data["bias"])},"classes":{one(data["classes"])},'
                     f'"weights":{{\n{weights}}}}}')
    return ",\n".join(parts) + "}\n"


@lru_cache(maxsize=4)
def load(path=None) -> dict:
    """{"relations": Model, "roles": Model, "meta": {...}} from the weights file; {} without one."""
    path = WEIGHTS if path is None else path
    try:
        data = json.loads(open(path, encoding="utf-8").read())
    except FileNotFoundError:
        return {}
    out = {"meta": data.get("meta", {})}
    for name in ("relations", "roles"):
        if name in data:
            out[name] = Model.from_json(data[name])
    return out
