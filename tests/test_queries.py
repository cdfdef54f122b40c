"""The ready queries in queries/*.rq, on the hand-written sample and on the seed build.

Rows are matched by English label or Wikidata QID, never by IRI. The seed tests
take the ``seed_graph_path`` fixture (Turtle file of the seed build, conftest.py).
"""
import csv
import io
import re
from pathlib import Path

import pytest

from kg.query import run_query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
SAMPLE = ROOT / "tests" / "data" / "sample.ttl"
SEED_TEXT = ROOT / "seeds" / "000_ee0fa6b5f76be4e0.txt"


def query_text(name, old=None, new=None):
    text = (QUERIES / name).read_text(encoding="utf-8")
    if old is not None:
        assert old in text, f"{name} no longer has {old!r}"
        text = text.replace(old, new)
    return text


EVIDENCE_KEYS = '("Q2429253" UNDEF) }'   # evidence.rq's default keys (Islamic State as subject)


def rows(source, name, old=None, new=None):
    out = run_query(source, query_text(name, old, new), "csv")
    return list(csv.DictReader(io.StringIO(out)))


def test_every_query_documents_what_it_answers_and_what_to_edit():
    names = sorted(p.name for p in QUERIES.glob("*.rq"))
    assert names == ["by-wikidata.rq", "events-in-range.rq", "evidence.rq", "killings.rq",
                     "members-and-leaders.rq", "two-hops.rq"]
    for name in names:
        head = query_text(name).split("PREFIX")[0]
        assert "Answers:" in head and "Edit:" in head, name


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_every_query_runs_as_is_on_the_sample(name):
    out = run_query(SAMPLE, str(QUERIES / name))
    assert out.splitlines()[-1].endswith(("row)", "rows)"))


# ------------------------------------------------------------------ sample

def test_killings_sample():
    got = rows(SAMPLE, "killings.rq")
    assert [(r["agentLabel"], r["targetLabel"], r["date"], r["placeLabel"], r["type"].rsplit("#")[-1])
            for r in got] == [("US forces", "Samer al-Ali", "2026-01-16", "Palmyra", "Killing")]


@pytest.mark.parametrize("start,end,types", [
    ("2025-12-10", "2026-01-31", ["MilitaryOperation", "Killing"]),   # 2025-12 overlaps
    ("2026-01-01", "2026-01-31", ["Killing"]),
    ("2025-12-01", "2025-12-05", ["MilitaryOperation"]),             # inside the month
    ("2026-01-17", "2026-02-01", []),
    ("2024-01-01", "2024-12-31", []),
])
def test_events_in_range_sample(start, end, types):
    got = rows(SAMPLE, "events-in-range.rq", '("2025-01-01" "2026-12-31")', f'("{start}" "{end}")')
    assert [r["type"].rsplit("#")[-1] for r in got] == types


def test_members_and_leaders_sample_default_is_isis():
    got = rows(SAMPLE, "members-and-leaders.rq")
    assert [(r["orgLabel"], r["role"], r["memberLabel"], r["confidence"], r["evidence"]) for r in got] == [
        ("Islamic State", "member", "Samer al-Ali", "0.8", "1")]


@pytest.mark.parametrize("key", ["central command", "سنتكوم"])
def test_members_and_leaders_sample_by_name(key):
    got = rows(SAMPLE, "members-and-leaders.rq", '"Q2429253"', f'"{key}"')
    assert [(r["role"], r["memberLabel"]) for r in got] == [("leader", "Brad Cooper")]


def test_two_hops_sample():
    got = rows(SAMPLE, "two-hops.rq", '"Q22686"', '"Samer al-Ali"')
    dist = {r["nodeLabel"]: r["distance"] for r in got}
    assert dist["Islamic State"] == "1"                 # memberOf
    assert dist["Killing: قتلت"] == "1"                  # target of the killing
    assert dist["US forces"] == "2"                     # agent of that killing
    assert dist["Palmyra"] == "2"
    assert dist["MilitaryOperation: عملية"] == "2"       # targeted ISIS
    assert "Syria" not in dist                          # three hops away (Palmyra locatedIn Syria)
    assert "Samer al-Ali" not in dist
    links = {r["nodeLabel"]: r["links"] for r in got}
    assert links["US forces"] == "target/agent"


def test_evidence_sample():
    got = rows(SAMPLE, "evidence.rq", EVIDENCE_KEYS, '("Brad Cooper" kgo:leaderOf) }')
    assert len(got) == 1
    r = got[0]
    assert (r["subjectLabel"], r["objectLabel"], r["start"], r["end"], r["articleId"], r["published"],
            r["confidence"]) == ("Brad Cooper", "United States Central Command", "96", "150", "sample",
                                 "2026-01-17", "0.9")
    assert "براد كوبر" in r["sentence"]
    # events are facts too: agent - type - target
    got = rows(SAMPLE, "evidence.rq", EVIDENCE_KEYS, '("US forces" kgo:Killing) }')
    assert [(r["objectLabel"], r["start"]) for r in got] == [("Samer al-Ali", "0")]
    # every statement and event, one row per sentence
    assert len(rows(SAMPLE, "evidence.rq", EVIDENCE_KEYS, "(UNDEF UNDEF) }")) == 5
    assert rows(SAMPLE, "evidence.rq") == []   # the default: Islamic State is no subject or agent here


def test_by_wikidata_sample():
    got = rows(SAMPLE, "by-wikidata.rq")
    assert [(r["labelEn"], r["labelAr"], r["articles"]) for r in got] == [("Syria", "سوريا", "1")]
    assert set(got[0]["types"].split()) == {"Country", "Place"}
    got = rows(SAMPLE, "by-wikidata.rq", "{ wd:Q858 }", "{ wd:Q858 wd:Q2429253 }")
    assert sorted(r["labelEn"] for r in got) == ["Islamic State", "Syria"]


# ------------------------------------------------------------------ seed

US_FORCES = re.compile(r"\b(US|U\.S\.|United States|American)\b.*\b(forces|military|army)\b", re.I)
ISIS = re.compile(r"Islamic State|\bISIS\b|\bISIL\b", re.I)


def test_killings_seed(seed_graph_path):
    got = rows(seed_graph_path, "killings.rq")
    killed = [r for r in got if r["type"].endswith("#Killing") and "al-Jasim" in r["targetLabel"]
              and r["date"] == "2026-01-16"]
    assert any(US_FORCES.search(r["agentLabel"]) for r in killed), got
    attacks = [r for r in got if r["type"].endswith("#Attack") and ISIS.search(r["agentLabel"])]
    assert any(r["placeLabel"] == "Palmyra" and r["date"] == "2025-12-13" for r in attacks), got


def test_events_in_range_seed(seed_graph_path):
    got = rows(seed_graph_path, "events-in-range.rq", '("2025-01-01" "2026-12-31")', '("2025-12-13" "2025-12-13")')
    assert any(r["type"].endswith("#Attack") and r["placeLabel"] == "Palmyra" for r in got), got
    assert all(r["date"] in ("2025-12-13", "2025-12", "2025") for r in got)
    later = rows(seed_graph_path, "events-in-range.rq", '("2025-01-01" "2026-12-31")', '("2026-01-16" "2026-01-16")')
    assert any("al-Jasim" in r["targetLabel"] for r in later), later


def test_members_and_leaders_seed(seed_graph_path):
    got = rows(seed_graph_path, "members-and-leaders.rq", '"Q2429253"', '"Central Command"')
    assert ("leader", "Brad Cooper") in {(r["role"], r["memberLabel"]) for r in got}, got
    got = rows(seed_graph_path, "members-and-leaders.rq", '"Q2429253"', '"Q34490"')  # al-Qaeda
    assert any(r["role"] == "member" and "al-Jasim" in r["memberLabel"] for r in got), got


def test_two_hops_seed(seed_graph_path):
    got = rows(seed_graph_path, "two-hops.rq", '"Q22686"', '"al-Jasim"')
    dist = {r["nodeLabel"]: r["distance"] for r in got}
    assert dist.get("al-Qaeda") == "1", dist
    assert any(US_FORCES.search(label) and d == "2" for label, d in dist.items()), dist


def test_evidence_seed(seed_graph_path):
    got = rows(seed_graph_path, "evidence.rq", EVIDENCE_KEYS, '("Brad Cooper" kgo:leaderOf) }')
    assert got, "no evidence for Brad Cooper leaderOf"
    text = SEED_TEXT.read_text(encoding="utf-8")
    for r in got:
        assert "كوبر" in r["sentence"]
        piece = text[int(r["start"]):int(r["end"])]
        assert " ".join(piece.split()) == " ".join(r["sentence"].split())


def test_by_wikidata_seed(seed_graph_path):
    got = rows(seed_graph_path, "by-wikidata.rq")
    assert [r["labelEn"] for r in got] == ["Syria"]
    assert "Country" in got[0]["types"].split()
