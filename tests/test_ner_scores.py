"""kg/ner/crf.py: the model's weights read from its file, and tagging from per-word scores."""
from pathlib import Path

import pytest

from kg.ner.crf import read_model, score_model
from kg.ner.tagger import MODEL_PATH, Tagger
from kg.segment import segment

ROOT = Path(__file__).resolve().parents[1]


def _sentences():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))]
    return [[t.text for t in s.tokens] for text in texts for s in segment(text)]


def test_weights_read_from_the_file_are_crfsuite_s():
    import pycrfsuite
    labels, weights, transitions = read_model(MODEL_PATH)
    crf = pycrfsuite.Tagger()
    crf.open(str(MODEL_PATH))
    info = crf.info()
    assert labels == crf.labels()
    assert len(weights) == len({a for a, _ in info.state_features})
    for (attr, label), w in info.state_features.items():   # the dump rounds to 6 decimals
        assert weights[attr][labels.index(label)] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert transitions[labels.index(a), labels.index(b)] == pytest.approx(w, abs=1e-6)


def test_read_model_refuses_other_files(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, not even close" * 3)
    with pytest.raises(ValueError):
        read_model(bad)


def test_score_model_gives_each_label_its_score():
    import numpy as np
    import pycrfsuite
    labels = ["O", "B-X", "I-X"]
    trans = np.array([[0.5, 0.0, -9.0], [0.0, -1.0, 3.0], [0.25, 0.0, 1.0]])
    crf = pycrfsuite.Tagger()
    data = score_model(labels, trans)
    crf.open_inmemory(data)
    # a single item: the best label is the best score
    assert crf.tag([{b"0": 0.1, b"1": 0.3, b"2": 0.2}]) == ["B-X"]
    # transitions count: B-X -> I-X (+3) beats O -> O (+0.5) for slightly lower scores
    assert crf.tag([{b"0": 1.0, b"1": 0.9, b"2": -5}, {b"0": 1.0, b"1": -5, b"2": 0.0}]) == ["B-X", "I-X"]


def test_score_decoding_tags_as_crfsuite_does():
    fast, slow = Tagger(), Tagger(decoder="crfsuite")
    assert fast._decoder is not None and slow._decoder is None
    sentences = _sentences() + [[], ["قال"], ["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"]]
    assert fast.tag(sentences) == slow.tag(sentences)
    assert fast.tag([]) == [] and fast.tag([[]]) == [[]]
