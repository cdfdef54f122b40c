"""The third training set (eval/train3.jsonl) is up to date with its source and well-formed.

Articles written for the project in the style of agency and newspaper copy and annotated by
hand (eval/train3/README.md); they may be used to train the learned component. No quality
floor for the extractor is set here.
"""
import subprocess
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "eval" / "train3.jsonl"
MIN_DOCS = 20


def _docs():
    from kg.evaluate import load_jsonl
    return load_jsonl(PATH)


def test_train3_is_built_from_its_source():
    r = subprocess.run([sys.executable, "eval/tools/build_train3.py", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_train3_spans_point_at_their_mentions():
    from kg.evaluate import mentions_match
    docs = _docs()
    assert len(docs) >= MIN_DOCS
    for d in docs:
        for e in d["entities"]:
            assert e["spans"], (d["id"], e["id"])
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])


def test_train3_ids_are_unique_and_prefixed():
    ids = [d["id"] for d in _docs()]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("t3-") for i in ids)


def test_train3_entities_of_one_type_cannot_be_swapped():
    """No two gold entities that could share a type have mutually matching mentions."""
    from kg.evaluate import mentions_match
    for d in _docs():
        for a, b in combinations(d["entities"], 2):
            ta = {a["type"], *a.get("alt_types", [])}
            tb = {b["type"], *b.get("alt_types", [])}
            if ta & tb:
                clash = [(x, y) for x in a["mentions"] for y in b["mentions"] if mentions_match(x, y)]
                assert not clash, (d["id"], a["id"], b["id"], clash)


def test_train3_scores_perfectly_against_itself():
    from kg.evaluate import score
    docs = _docs()
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0
