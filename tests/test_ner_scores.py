"""kg/ner/crf.py: the model's weights read from its file, and tagging from per-word scores."""
from pathlib import Path

import pytest

from kg.ner.crf import read_model, viterbi
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


def test_viterbi_by_hand():
    import numpy as np
    trans = np.array([[0.5, 0.0, -9.0], [0.0, -1.0, 3.0], [0.25, 0.0, 1.0]])
    # three sentences of 1, 2 and 3 tokens in one call, rows one after the other
    scores = np.array([
        [0.1, 0.3, 0.2],                         # one item: the best score wins -> 1
        [1.0, 0.9, -5], [1.0, -5, 0.0],          # 1 -> 2 (+3) beats 0 -> 0 (+0.5): [1, 2]
        [2.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0],
    ])
    out = viterbi(scores, [1, 2, 3], trans).tolist()
    assert out[:3] == [1, 1, 2]
    # ties go to the first label, as in crfsuite (strict "<" when looking for the maximum)
    assert viterbi(np.zeros((3, 3)), [3], np.zeros((3, 3))).tolist() == [0, 0, 0]

    def brute(rows):
        import itertools
        best = None
        for path in itertools.product(range(3), repeat=len(rows)):
            s = sum(rows[t][y] for t, y in enumerate(path))
            s += sum(trans[a, b] for a, b in zip(path, path[1:]))
            if best is None or s > best[0]:
                best = (s, list(path))
        return best[1]
    assert out[3:] == brute(scores[3:])
    rng = np.random.default_rng(0)
    lengths = [int(n) for n in rng.integers(0, 6, 40)] + [0]   # empty ones too, last included
    rows = rng.normal(size=(sum(lengths), 3))
    got = viterbi(rows, lengths, trans).tolist()
    at = 0
    for n in lengths:
        assert got[at:at + n] == brute(rows[at:at + n]), n
        at += n
    assert viterbi(np.zeros((0, 3)), [], trans).tolist() == []
    assert viterbi(np.zeros((0, 3)), [0, 0], trans).tolist() == []


def test_score_decoding_tags_as_crfsuite_does():
    fast, slow = Tagger(), Tagger(decoder="crfsuite")
    assert fast._decoder is not None and slow._decoder is None
    sentences = _sentences() + [[], ["قال"], ["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"]]
    assert fast.tag(sentences) == slow.tag(sentences)
    assert fast.tag([]) == [] and fast.tag([[]]) == [[]]


def test_the_scorer_keeps_frequent_words_across_a_turn_and_reuses_rows():
    from kg.ner.crf import Scorer, read_model
    from kg.ner.features import _BOS1, _BOS2, _EOS1, _EOS2, ID_PART_SIZES, token_feature_ids, token_features

    labels, weights, _ = read_model(MODEL_PATH)
    asked = []

    def part_ids(index):
        ids = token_feature_ids(index)

        def counted(token):
            asked.append(token)
            return ids(token)
        return counted

    small = Scorer(len(labels), weights, token_features, (_BOS2, _BOS1, _EOS1, _EOS2),
                   max_cache=4, part_ids=part_ids, part_sizes=ID_PART_SIZES)   # two words a generation
    whole = Scorer(len(labels), weights, token_features, (_BOS2, _BOS1, _EOS1, _EOS2),
                   part_ids=token_feature_ids, part_sizes=ID_PART_SIZES)
    calls = [["قال", "الرئيس"], ["الرئيس", "أمس"], ["مصدر", "الرئيس"], ["الرئيس", "قال"],
             ["جو", "بايدن", "في", "واشنطن"]]
    for sentences in calls:
        got, lengths = small.scores([sentences])
        want, _ = whole.scores([sentences])
        assert (got == want).all() and lengths == [len(sentences)]
    # الرئيس, looked up in every generation, was worked out once; قال, dropped at the
    # second turn, again; rows of dropped words were reused (boundaries, then at most two
    # generations and one call's words)
    assert asked.count("الرئيس") == 1 and asked.count("قال") == 2
    assert small._size <= 4 + 4 + 4


def test_flat_numbered_parts_score_as_the_feature_strings():
    """The tagger's new words as flat tuples of attribute numbers (token_feature_ids,
    ID_PART_SIZES) get the very scores their feature strings give, to the last bit."""
    from kg.ner.crf import Scorer, read_model
    from kg.ner.features import _BOS1, _BOS2, _EOS1, _EOS2, ID_PART_SIZES, token_feature_ids, token_features

    labels, weights, _ = read_model(MODEL_PATH)
    boundaries = (_BOS2, _BOS1, _EOS1, _EOS2)
    numbered = Scorer(len(labels), weights, token_features, boundaries,
                      part_ids=token_feature_ids, part_sizes=ID_PART_SIZES)
    strings = Scorer(len(labels), weights, token_features, boundaries)
    sentences = _sentences() + [["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"], ["ققققق", "2015", "«", "abc"]]
    got, lengths = numbered.scores(sentences)
    want, want_lengths = strings.scores(sentences)
    assert lengths == want_lengths and got.shape == want.shape
    assert got.tobytes() == want.tobytes()
