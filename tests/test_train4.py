"""The fourth training set (eval/train4.jsonl) is up to date with its source and well-formed.

It is training material written for the project (eval/train4/README.md); no quality floor for
the extractor is set here.
"""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "eval" / "train4.jsonl"
MIN_DOCS = 24


def _docs():
    from kg.evaluate import load_jsonl
    return load_jsonl(PATH)


def test_train4_is_built_from_its_source():
    r = subprocess.run([sys.executable, "eval/tools/build_train4.py", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_train4_spans_point_at_their_mentions():
    from kg.evaluate import mentions_match
    docs = _docs()
    assert len(docs) >= MIN_DOCS
    for d in docs:
        for e in d["entities"]:
            assert e["spans"], (d["id"], e["id"])
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])


def test_train4_entities_cannot_be_confused():
    """No two entities of one document that may share a type have mutually matching mentions."""
    from kg.evaluate import mentions_match
    for d in _docs():
        ents = d["entities"]
        for i, a in enumerate(ents):
            for b in ents[i + 1:]:
                if not ({a["type"], *a.get("alt_types", [])} & {b["type"], *b.get("alt_types", [])}):
                    continue
                clash = [(x, y) for x in a["mentions"] for y in b["mentions"] if mentions_match(x, y)]
                assert not clash, (d["id"], a["id"], b["id"], clash)


def test_train4_ids_are_unique_and_dates_in_range():
    docs = _docs()
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert "2014-01-01" <= d["published"] <= "2016-12-31", d["id"]


def test_train4_scores_perfectly_against_itself():
    from kg.evaluate import score
    docs = _docs()
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0
