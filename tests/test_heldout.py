"""The held-out set is up to date with its source and well-formed.

It is scored in the README but never used to tune the rules (eval/heldout/README.md).
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_heldout_set_is_built_from_its_source():
    r = subprocess.run([sys.executable, "eval/tools/build_heldout.py", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_heldout_spans_point_at_their_mentions():
    from kg.evaluate import load_jsonl, mentions_match
    docs = load_jsonl(ROOT / "eval" / "heldout.jsonl")
    assert len(docs) >= 5
    for d in docs:
        for e in d["entities"]:
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])
