"""`kg evaluate` through click's CliRunner."""
import json
import sys
import types

import pytest
from click.testing import CliRunner

from kg.cli import cli

TEXT = "قال المتحدث باسم الجيش اللبناني إن حزب الله قصف بلدة المطلة."
GOLD = {"id": "lb1", "published": "2025-03-02", "text": TEXT,
        "entities": [{"id": "e1", "type": "Organization", "mentions": ["الجيش اللبناني"]},
                     {"id": "e2", "type": "Organization", "mentions": ["حزب الله"]},
                     {"id": "e3", "type": "Place", "mentions": ["المطلة"]}],
        "relations": [],
        "events": [{"type": "Strike", "agent": ["e2"], "place": ["e3"]}]}
# finds e2, misses e1 and e3 ("بلدة المطلة"), adds a wrong Person
PRED = {"id": "lb1", "text": TEXT,
        "entities": [{"id": "x", "type": "Organization", "mentions": ["حزب الله"]},
                     {"id": "y", "type": "Place", "mentions": ["بلدة المطلة"]},
                     {"id": "z", "type": "Person", "mentions": ["المتحدث"]}],
        "relations": [],
        "events": [{"type": "Strike", "agent": ["x"], "place": ["y"]}]}


def write_jsonl(path, *docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    return write_jsonl(tmp_path / "gold.jsonl", GOLD), write_jsonl(tmp_path / "pred.jsonl", PRED)


def test_table(files):
    gold, pred = files
    res = CliRunner().invoke(cli, ["evaluate", gold, "--pred", pred])
    assert res.exit_code == 0, res.output
    rows = {line.split()[0]: line.split()[1:] for line in res.output.splitlines()}
    # entities: حزب الله aligns; "بلدة المطلة" vs "المطلة" does not match (the shorter
    # has one word), the Person is wrong: tp 1, fp 2, fn 2 (e1, e3)
    # precision 1/3 = 0.333, recall 1/3 = 0.333, f1 0.333
    assert rows["entities"] == ["0.333", "0.333", "0.333", "1", "2", "2"]
    # events: Strike-agent right, Strike-place wrong (y is unaligned): tp 1, fp 1, fn 1
    assert rows["events"] == ["0.500", "0.500", "0.500", "1", "1", "1"]
    assert rows["relations"] == ["0.000", "0.000", "0.000", "0", "0", "0"]
    assert "documents 1" in res.output


def test_json(files):
    gold, pred = files
    res = CliRunner().invoke(cli, ["evaluate", gold, "--pred", pred, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["entities"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333,
                               "tp": 1, "fp": 2, "fn": 2}
    assert out["events"]["f1"] == 0.5
    assert out["documents"] == 1


def test_without_pred_runs_the_extractor(files, monkeypatch):
    gold, _ = files
    seen = []

    def annotate(records):
        seen.extend(records)
        return [dict(PRED, entities=PRED["entities"][:1], events=[])]

    fake = types.ModuleType("kg.pipeline")
    fake.annotate = annotate
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake)
    res = CliRunner().invoke(cli, ["evaluate", gold, "--json"])
    assert res.exit_code == 0, res.output
    # the extractor gets the article, not the gold annotations
    assert seen == [{"id": "lb1", "published": "2025-03-02", "text": TEXT}]
    # one entity found out of three, no false positive: precision 1/1, recall 1/3
    out = json.loads(res.output)
    assert (out["entities"]["precision"], out["entities"]["recall"]) == (1.0, 0.3333)
    assert out["events"]["fn"] == 2


def test_without_extractor_is_a_one_line_error(files, monkeypatch):
    gold, _ = files
    monkeypatch.setitem(sys.modules, "kg.pipeline", None)   # import fails
    res = CliRunner().invoke(cli, ["evaluate", gold])
    assert res.exit_code == 2
    assert "--pred" in res.output and "Traceback" not in res.output


def test_malformed_prediction_is_a_one_line_error(files, tmp_path):
    gold, _ = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "lb1", "text": "x"}\n{"id": \n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate", gold, "--pred", str(bad)])
    assert res.exit_code == 2
    assert f"Error: {bad}:2: malformed JSON" in res.output
    assert "Traceback" not in res.output
