"""The training sets (eval/trainN.jsonl) are up to date with their sources and well-formed.

Articles written for the project in the style of news copy and annotated by hand
(eval/trainN/README.md); the learned component trains on them. No quality floor for the
extractor is set here. Every set gets every check (each set's own tests, before they
were one file, checked a subset of these).
"""
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# name -> (at least this many documents, first and last publication date allowed)
SETS = {"train1": (33, "2012-01-01", "2024-12-31"), "train2": (18, "2012-01-01", "2024-12-31"),
        "train3": (20, "2012-01-01", "2024-12-31"), "train4": (24, "2014-01-01", "2016-12-31"),
        "train5": (18, "2012-01-01", "2024-12-31"), "train6e": (11, "2012-01-01", "2024-12-31"),
        "train7": (25, "2015-01-01", "2020-12-31"), "train8": (23, "2015-01-01", "2015-12-31"),
        "train9": (10, "2014-01-01", "2026-12-31"), "train10": (11, "2014-01-01", "2026-12-31"),
        "train11": (10, "2015-01-01", "2017-12-31"),
        "train12": (10, "2015-01-01", "2017-12-31"), "train13": (8, "2015-01-01", "2017-12-31"),
        "train16": (10, "2014-01-01", "2026-12-31"), "train17": (8, "2014-01-01", "2026-12-31")}
SETS.update({"train14": (11, "2014-01-01", "2017-12-31"), "train15": (8, "2014-01-01", "2017-12-31")})
SETS.update({"train18": (10, "2014-01-01", "2026-12-31"), "train19": (8, "2014-01-01", "2026-12-31")})
SETS.update({"train20": (10, "2014-01-01", "2026-12-31"), "train21": (8, "2014-01-01", "2026-12-31")})
SETS.update({"train22": (10, "2014-01-01", "2026-12-31"), "train23": (8, "2014-01-01", "2026-12-31")})
SETS.update({"train24": (10, "2014-01-01", "2026-12-31"), "train25": (8, "2014-01-01", "2026-12-31")})
SETS.update({"train26": (10, "2014-01-01", "2026-12-31"), "train27": (8, "2014-01-01", "2026-12-31")})
SETS.update({"train28": (10, "2014-01-01", "2019-12-31"), "train29": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train30": (10, "2014-01-01", "2019-12-31"), "train31": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train32": (10, "2014-01-01", "2019-12-31"), "train33": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train34": (10, "2014-01-01", "2019-12-31"), "train35": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train36": (10, "2014-01-01", "2019-12-31"), "train37": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train38": (10, "2014-01-01", "2019-12-31"), "train39": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train40": (10, "2014-01-01", "2019-12-31"), "train41": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train42": (10, "2014-01-01", "2019-12-31"), "train43": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train44": (10, "2014-01-01", "2019-12-31"), "train45": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train46": (10, "2014-01-01", "2019-12-31"), "train47": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train48": (10, "2014-01-01", "2019-12-31"), "train49": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train50": (10, "2014-01-01", "2019-12-31"), "train51": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train52": (10, "2014-01-01", "2019-12-31"), "train53": (8, "2014-01-01", "2019-12-31")})
SETS.update({"train55": (10, "2014-01-01", "2019-12-31")})
SETS.update({"train54": (10, "2014-01-01", "2019-12-31")})
SETS.update({"train56": (10, "2015-01-01", "2019-12-31")})


def _docs(name):
    from kg.evaluate import load_jsonl
    return load_jsonl(ROOT / "eval" / f"{name}.jsonl")


def test_every_training_set_is_checked():
    assert sorted(p.stem for p in (ROOT / "eval").glob("train*.jsonl")) == sorted(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_built_from_its_source(name):
    r = subprocess.run([sys.executable, f"eval/tools/build_{name}.py", "--check"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("name", sorted(SETS))
def test_spans_point_at_their_mentions(name):
    from kg.evaluate import mentions_match
    docs = _docs(name)
    assert len(docs) >= SETS[name][0]
    for d in docs:
        for e in d["entities"]:
            assert e["spans"], (d["id"], e["id"])
            for s, t in e["spans"]:
                assert any(mentions_match(d["text"][s:t], m) for m in e["mentions"]), (
                    d["id"], e["id"], d["text"][s:t])


@pytest.mark.parametrize("name", sorted(SETS))
def test_entities_cannot_be_confused(name):
    """No two entities of one document that may share a type have mutually matching mentions."""
    from kg.evaluate import mentions_match
    for d in _docs(name):
        for a, b in combinations(d["entities"], 2):
            if not {a["type"], *a.get("alt_types", [])} & {b["type"], *b.get("alt_types", [])}:
                continue
            clash = [(x, y) for x in a["mentions"] for y in b["mentions"] if mentions_match(x, y)]
            assert not clash, (d["id"], a["id"], b["id"], clash)


@pytest.mark.parametrize("name", sorted(SETS))
def test_ids_unique_and_prefixed_dates_in_range_and_not_after_publication(name):
    docs = _docs(name)
    prefix = "t" + name[len("train"):] + "-"
    assert len({d["id"] for d in docs}) == len(docs)
    _, first, last = SETS[name]
    for d in docs:
        assert d["id"].startswith(prefix), d["id"]
        assert first <= d["published"] <= last, d["id"]
        for ev in d["events"]:
            if ev.get("date"):
                assert ev["date"] <= d["published"], (d["id"], ev)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_scores_perfectly_against_itself(name):
    from kg.evaluate import score
    docs = _docs(name)
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0


def test_every_training_set_in_eval_is_checked_here():
    on_disk = {p.stem for p in (ROOT / "eval").glob("train*.jsonl")}
    assert on_disk <= set(SETS), sorted(on_disk - set(SETS))
