"""The first training set (eval/train1.jsonl) is up to date with its source and well-formed.

It holds articles written for the project and annotated by hand (eval/train1/README.md);
a learned component may be trained on it. No quality floor for the extractor is set here.
"""
import subprocess
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "eval" / "train1.jsonl"
MIN_DOCS = 3


def _docs():
    from kg.evaluate import load_jsonl
    return load_jsonl(PATH)


def test_train1_is_built_from_its_source():
    r = subprocess.run([sys.executable, "eval/tools/build_train1.py", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_train1_spans_point_at_their_mentions():
    from kg.evaluate import mentions_match
    docs = _docs()
    assert len(docs) >= MIN_DOCS
    for d in docs:
        assert d["id"].startswith("t1-")
        for e in d["entities"]:
            assert e["spans"], (d["id"], e["id"])
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])


def test_train1_entities_of_one_document_cannot_be_confused():
    """No two gold entities that could share a type have mutually matching mentions."""
    from kg.evaluate import mentions_match
    for d in _docs():
        for a, b in combinations(d["entities"], 2):
            types_a = {a["type"], *a.get("alt_types", [])}
            types_b = {b["type"], *b.get("alt_types", [])}
            if not types_a & types_b:
                continue
            clash = [(m, n) for m in a["mentions"] for n in b["mentions"] if mentions_match(m, n)]
            assert not clash, (d["id"], a["id"], b["id"], clash)


def test_train1_scores_perfectly_against_itself():
    from kg.evaluate import score
    docs = _docs()
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0


def test_train1_dates_lie_in_the_period_and_before_publication():
    for d in _docs():
        assert "2012-01-01" <= d["published"] <= "2024-12-31", d["id"]
        for ev in d["events"]:
            date = ev.get("date")
            if date:
                assert date <= d["published"], (d["id"], ev)
