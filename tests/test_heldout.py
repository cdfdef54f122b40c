"""The held-out sets are up to date with their sources and well-formed.

They are scored in the README; each was blind once (eval/heldout*/README.md).
No quality floor for the extractor is set here.
"""
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

#: set name -> its builder and the number of articles it holds at least
SETS = {"heldout": ("build_heldout.py", 5), "heldout2": ("build_heldout2.py", 6),
        "heldout3": ("build_heldout3.py", 5), "heldout4": ("build_heldout4.py", 6),
        "heldout5": ("build_heldout5.py", 6),
        "heldout6": ("build_heldout6.py", 6)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_built_from_its_source(name):
    r = subprocess.run([sys.executable, f"eval/tools/{SETS[name][0]}", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("name", sorted(SETS))
def test_spans_point_at_their_mentions(name):
    from kg.evaluate import load_jsonl, mentions_match
    docs = load_jsonl(ROOT / "eval" / f"{name}.jsonl")
    assert len(docs) >= SETS[name][1]
    for d in docs:
        for e in d["entities"]:
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_scores_perfectly_against_itself(name):
    """It parses and the scorer runs on it."""
    from kg.evaluate import load_jsonl, score
    docs = load_jsonl(ROOT / "eval" / f"{name}.jsonl")
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0
