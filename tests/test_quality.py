"""Extraction quality on the development set must not fall below the measured level.

The floors sit a little below what `kg evaluate eval/dev.jsonl` measured when they
were set (README, "Quality"), so a change that makes extraction worse fails CI.
"""
from pathlib import Path

import pytest

from kg.evaluate import load_jsonl, score
from kg.pipeline import annotate

DEV = Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl"
FLOORS = {"entities": 0.94, "relations": 0.93, "events": 0.89}


@pytest.fixture(scope="module")
def scores():
    gold = load_jsonl(DEV)
    inputs = [{k: g[k] for k in ("id", "text", "published") if k in g} for g in gold]
    return score(gold, annotate(inputs))


@pytest.mark.parametrize("layer", sorted(FLOORS))
def test_f1_floor(scores, layer):
    assert scores[layer]["f1"] >= FLOORS[layer], scores[layer]


def test_linking_accuracy(scores):
    assert scores["linking"]["accuracy"] >= 0.9
