"""kg/ner/evaluate.py: the CoNLL-style span scorer, on sequences scored by hand."""
import pytest

from kg.ner.evaluate import format_table, score, spans


def test_spans_begin_inside_and_type_change():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-ORG"]
    assert spans(tags) == {("PER", 0, 2), ("LOC", 3, 5), ("LOC", 5, 6),
                           ("ORG", 6, 7), ("ORG", 7, 8)}


def test_spans_empty_and_all_outside():
    assert spans([]) == set()
    assert spans(["O", "O"]) == set()


def test_score_by_hand():
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"],
            ["O", "I-LOC", "I-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"],
            ["O", "B-LOC", "I-LOC"]]
    r = score(gold, pred)
    # PER: the one span found exactly
    assert (r["PER"]["tp"], r["PER"]["fp"], r["PER"]["fn"]) == (1, 0, 0)
    assert r["PER"]["f1"] == 1.0
    # LOC: (3,4) missed (predicted as ORG); (1,3) found (I- start = B- start)
    assert (r["LOC"]["tp"], r["LOC"]["fp"], r["LOC"]["fn"]) == (1, 0, 1)
    assert r["LOC"]["precision"] == 1.0
    assert r["LOC"]["recall"] == 0.5
    assert r["LOC"]["f1"] == pytest.approx(2 / 3)
    # ORG: (3,4) is wrong type, (5,6) wrong boundary: 2 fp; gold (5,7) missed
    assert (r["ORG"]["tp"], r["ORG"]["fp"], r["ORG"]["fn"]) == (0, 2, 1)
    assert r["ORG"]["f1"] == 0.0
    # micro: tp 2, fp 2, fn 2
    assert r["micro"]["precision"] == pytest.approx(0.5)
    assert r["micro"]["recall"] == pytest.approx(0.5)
    assert r["micro"]["f1"] == pytest.approx(0.5)
    table = format_table(r)
    assert table.splitlines()[-1].split()[:4] == ["micro", "0.500", "0.500", "0.500"]


def test_score_nothing_predicted_is_zero_not_error():
    r = score([["B-PER"]], [["O"]])
    assert r["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0,
                          "fn": 1, "gold": 1, "predicted": 0}


def test_score_length_mismatch():
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])
    with pytest.raises(ValueError):
        score([["O"]], [])
