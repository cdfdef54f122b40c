"""The scorer, on small hand-made gold/prediction pairs scored by hand."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError, KgError
from kg.evaluate import format_table, load_jsonl, mentions_match, score

sys.path.insert(0, str(Path(__file__).parent))
from helpers import gold_as_prediction  # noqa: E402


def ent(eid, etype, *mentions, **extra):
    return {"id": eid, "type": etype, "mentions": list(mentions), **extra}


def doc(did="d", entities=(), relations=(), events=()):
    return {"id": did, "text": "", "entities": list(entities),
            "relations": list(relations), "events": list(events)}


def rel(rtype, head, tail, **extra):
    return {"type": rtype, "head": head, "tail": tail, **extra}


# ------------------------------------------------------------ mention rules

@pytest.mark.parametrize("a, b", [
    ("أحمد الشرع", "احمد الشرع"),                 # hamza alef -> bare alef
    ("أحمد\u00a0الشرع", "احمد  الشرع"),           # no-break space, repeated space
    ("قُتِل", "قتل"),                             # diacritics
    ("\"داعش\"", "«داعش»"),                       # quotes to spaces
    ("حركة حماس", "حركه حماس"),                   # teh marbuta
])
def test_equal_after_normalisation(a, b):
    assert mentions_match(a, b)


@pytest.mark.parametrize("a, b", [
    ("للجيش العراقي", "الجيش العراقي"),          # لل read as ال + word
    ("بالعاصمة", "العاصمة"),                     # بال
    ("والحوثيين", "الحوثيين"),                   # وال
    ("وبتنظيم الدولة", "تنظيم الدولة"),          # وب
    ("لبنان", "للبنان"),                          # either side may carry the clitic
])
def test_one_proclitic_cluster(a, b):
    assert mentions_match(a, b)


def test_two_clitic_clusters_do_not_match():
    # و + لل is two clusters: "وللجيش" -> "للجيش" / "لجيش", never "الجيش".
    assert not mentions_match("وللجيش", "الجيش")


def test_two_word_containment_on_word_boundaries():
    assert mentions_match("تنظيم الدولة", "تنظيم الدولة الإسلامية")
    assert mentions_match("القيادة الوسطى الأمريكية", "الوسطى الأمريكية")
    # not on a word boundary
    assert not mentions_match("تنظيم الدول", "تنظيم الدولة الإسلامية")


def test_one_word_inside_a_longer_mention_does_not_match():
    assert not mentions_match("الدولة", "تنظيم الدولة")
    assert not mentions_match("سوريا", "شمال سوريا")


# ------------------------------------------------------------ entities

def test_entities_types_alt_types_optional_and_duplicates():
    gold = doc(entities=[
        ent("g1", "Person", "بلال حسن الجاسم", "الجاسم"),
        ent("g2", "Organization", "تنظيم الدولة الإسلامية", "داعش"),
        ent("g3", "Place", "سوريا", "البلاد", alt_types=["Organization"]),
        ent("g4", "Place", "تدمر", optional=True),
        ent("g5", "Person", "براد كوبر"),
    ])
    pred = doc(entities=[
        ent("p1", "Person", "الجاسم"),                # g1 (equal)
        ent("p2", "Organization", "تنظيم الدولة"),    # g2 (two-word containment)
        ent("p3", "Organization", "سوريا"),           # g3 through alt_types
        ent("p4", "Place", "بتدمر"),                  # g4 optional (clitic): neutral
        ent("p5", "Person", "بلال حسن الجاسم"),       # g1 again: a false positive
        ent("p6", "Place", "براد كوبر"),              # g5 but wrong type: false positive
        ent("p7", "Date", "الجمعة"),                  # not a scored type: ignored
    ])
    s = score([gold], [pred])["entities"]
    # tp = g1 g2 g3 = 3; 6 scored predictions, 1 aligned to optional
    # precision = 3 / (6 - 1) = 0.6 ; recall = 3 / 4 (g1 g2 g3 g5) = 0.75
    # f1 = 2 * 0.6 * 0.75 / 1.35 = 0.6667
    assert (s["tp"], s["fp"], s["fn"]) == (3, 2, 1)
    assert s["precision"] == 0.6
    assert s["recall"] == 0.75
    assert s["f1"] == 0.6667


def test_alignment_is_maximum_not_greedy():
    gold = doc(entities=[ent("gA", "Organization", "هيئة تحرير الشام"),
                         ent("gB", "Organization", "لواء تحرير الشام")])
    # pX fits both gold entities and comes first; pY fits gA only.
    # Greedy would give pX->gA and leave pY out; the maximum matching takes both.
    pred = doc(entities=[ent("pX", "Organization", "تحرير الشام"),
                         ent("pY", "Organization", "هيئة تحرير الشام")])
    s = score([gold], [pred])["entities"]
    # tp 2, fp 0, fn 0 -> 1.0 everywhere
    assert (s["tp"], s["fp"], s["fn"], s["f1"]) == (2, 0, 0, 1.0)


def test_alignment_prefers_non_optional_gold():
    gold = doc(entities=[ent("g1", "Person", "أبو محمد الحلبي", optional=True),
                         ent("g2", "Person", "محمد الحلبي")])
    # the prediction fits g1 (containment) and g2 (equal): aligning it to g2
    # gives tp 1, fn 0 instead of tp 0, fn 1.
    pred = doc(entities=[ent("p", "Person", "محمد الحلبي")])
    s = score([gold], [pred])["entities"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)


def test_missing_prediction_document_counts_as_missed():
    gold = [doc("d1", [ent("a", "Place", "غزة")]),
            doc("d2", [ent("b", "Place", "رفح"), ent("c", "Organization", "حركة حماس")])]
    pred = [doc("d1", [ent("x", "Place", "غزة")]),
            doc("d3", [ent("y", "Place", "خان يونس")])]   # no gold: ignored
    s = score(gold, pred)
    # tp 1, fp 0, fn 2: precision 1.0, recall 1/3 = 0.3333, f1 = 2*1*(1/3)/(4/3) = 0.5
    assert (s["entities"]["tp"], s["entities"]["fp"], s["entities"]["fn"]) == (1, 0, 2)
    assert s["entities"]["recall"] == 0.3333
    assert s["entities"]["f1"] == 0.5
    assert s["documents"] == 2


# ------------------------------------------------------------ relations

def test_relations_direction_symmetry_duplicates_optional():
    gold = doc(entities=[
        ent("a", "Person", "أبو خالد"), ent("b", "Organization", "حركة الشباب"),
        ent("c", "Place", "مقديشو"), ent("d", "Place", "الصومال"),
        ent("e", "Person", "سالم نور", optional=True), ent("f", "Organization", "القاعدة"),
    ], relations=[
        rel("leaderOf", "a", "b"),
        rel("locatedIn", "c", "d"),
        rel("affiliatedWith", "b", "f"),
        rel("memberOf", "e", "b"),            # optional through its optional head
    ])
    pred = doc(entities=[
        ent("pa", "Person", "أبو خالد"), ent("pb", "Organization", "الشباب", "حركة الشباب"),
        ent("pc", "Place", "مقديشو"), ent("pd", "Place", "الصومال"),
        ent("pe", "Person", "سالم نور"), ent("pf", "Organization", "القاعدة"),
        ent("px", "Person", "زيد عمر"),
    ], relations=[
        rel("leaderOf", "pa", "pb"),          # correct
        rel("leaderOf", "pa", "pb"),          # duplicate: counted once
        rel("locatedIn", "pd", "pc"),         # wrong direction: fp
        rel("affiliatedWith", "pf", "pb"),    # symmetric, reversed: correct
        rel("memberOf", "pe", "pb"),          # matches an optional relation: neutral
        rel("memberOf", "px", "pb"),          # unaligned head: fp
        rel("bornIn", "pa", "pc"),            # not a scored type: ignored
    ])
    s = score([gold], [pred])
    # entities: 7 predicted, 6 gold (e optional): tp 5, neutral 1 (pe), fp 1 (px), fn 0
    assert (s["entities"]["tp"], s["entities"]["fp"], s["entities"]["fn"]) == (5, 1, 0)
    r = s["relations"]
    # 5 distinct predictions; tp 2 (leaderOf, affiliatedWith), 1 neutral,
    # fp 2, fn 1 (locatedIn c->d)
    # precision = 2 / (5 - 1) = 0.5 ; recall = 2 / 3 = 0.6667
    # f1 = 2 * 0.5 * (2/3) / (0.5 + 2/3) = (2/3) / (7/6) = 4/7 = 0.5714
    assert (r["tp"], r["fp"], r["fn"]) == (2, 2, 1)
    assert (r["precision"], r["recall"], r["f1"]) == (0.5, 0.6667, 0.5714)


# ------------------------------------------------------------ events

def test_event_triples_dates_and_list_valued_roles():
    entities = [ent("us", "Organization", "القوات الأمريكية"), ent("isis", "Organization", "تنظيم الدولة"),
                ent("tad", "Place", "تدمر"), ent("syr", "Place", "سوريا"),
                ent("j", "Person", "بلال الجاسم")]
    gold = doc(entities=entities, events=[
        {"type": "Killing", "agent": ["us"], "target": ["j"], "place": [["tad", "syr"]],
         "date": "2026-01-16"},
        {"type": "Attack", "agent": ["isis"], "place": ["tad"], "date": "2025-12"},
        {"type": "Strike", "agent": ["us"], "date": "2025-12-20", "optional": True},
    ])
    pred = doc(entities=[dict(e, id="p" + e["id"]) for e in entities], events=[
        {"type": "Killing", "agent": ["pus"], "target": ["pj"], "place": ["psyr", "ptad"],
         "date": "2026-01"},
        {"type": "Attack", "agent": ["pisis"], "place": ["ptad"], "date": "2025-12-13"},
        {"type": "Strike", "agent": ["pus"], "date": "2025-12"},
        {"type": "Killing", "agent": ["pus"]},            # same triple again: deduplicated
        {"type": "Arrest", "agent": ["pisis"]},
    ])
    e = score([gold], [pred])["events"]
    # gold slots, 7 non-optional: K-agent-us, K-target-j, K-place-{tad|syr}, K-date-2026-01-16,
    #   A-agent-isis, A-place-tad, A-date-2025-12 ; optional: S-agent-us, S-date-2025-12-20
    # 11 distinct predicted triples:
    #   tp 6: K-agent, K-target, K-place-syr, A-agent, A-place, A-date 2025-12-13 (starts with 2025-12)
    #   neutral 2: K-place-tad (slot already satisfied), S-agent-us (optional)
    #   fp 3: K-date 2026-01 (coarser than gold), S-date 2025-12 (coarser), Arrest-agent
    #   fn 1: K-date
    # precision = 6 / (11 - 2) = 0.6667 ; recall = 6 / 7 = 0.8571
    # f1 = 2 * (2/3) * (6/7) / (2/3 + 6/7) = (24/21) / (32/21) = 0.75
    assert (e["tp"], e["fp"], e["fn"]) == (6, 3, 1)
    assert (e["precision"], e["recall"], e["f1"]) == (0.6667, 0.8571, 0.75)


def test_event_arguments_go_through_the_alignment():
    gold = doc(entities=[ent("h", "Organization", "حزب الله")],
               events=[{"type": "Attack", "agent": ["h"]}])
    # the predicted agent is an entity that aligns with nothing: fp, and the gold triple is missed
    pred = doc(entities=[ent("p", "Organization", "حركة أمل")],
               events=[{"type": "Attack", "agent": ["p"]}])
    e = score([gold], [pred])["events"]
    assert (e["tp"], e["fp"], e["fn"]) == (0, 1, 1)


# ------------------------------------------------------------ linking

def test_linking_accuracy_over_aligned_gold_with_qid():
    gold = doc(entities=[ent("s", "Place", "سوريا", wikidata="Q858"),
                         ent("u", "Place", "الولايات المتحدة", wikidata="Q30"),
                         ent("t", "Person", "دونالد ترامب", wikidata="Q22686"),
                         ent("a", "Organization", "الجيش السوري", wikidata=None),
                         ent("i", "Place", "العراق", wikidata="Q796")])
    pred = doc(entities=[ent("1", "Place", "سوريا", wikidata="Q858"),
                         ent("2", "Place", "الولايات المتحدة", wikidata="http://www.wikidata.org/entity/Q30"),
                         ent("3", "Person", "ترامب", "دونالد ترامب", wikidata=None),
                         ent("4", "Organization", "الجيش السوري", wikidata="Q1")])
    lk = score([gold], [pred])["linking"]
    # aligned gold with a QID: s u t (i is not aligned, a has none); correct s u -> 2/3
    assert lk == {"accuracy": 0.6667, "correct": 2, "total": 3}


def test_linking_without_qids_is_null():
    lk = score([doc(entities=[ent("a", "Place", "غزة")])], [doc()])["linking"]
    assert lk == {"accuracy": None, "correct": 0, "total": 0}


# ------------------------------------------------------------ I/O and table

def test_score_is_json_able_and_table_lists_layers():
    s = score([doc(entities=[ent("a", "Place", "غزة")])], [doc(entities=[ent("b", "Place", "غزة")])])
    assert json.loads(json.dumps(s)) == s
    table = format_table(s)
    assert table.splitlines()[1].split() == ["entities", "1.000", "1.000", "1.000", "1", "0", "0"]
    assert "linking accuracy n/a (0/0)" in table


def test_duplicate_gold_ids_are_an_error():
    with pytest.raises(KgError, match="duplicate id"):
        score([doc("x"), doc("x")], [])


def test_load_jsonl_reports_file_and_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "غزة"}\n\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_jsonl(p)
    assert f"{p}:3: malformed JSON" in str(err.value)


def test_load_jsonl_reads_documents_and_rejects_bad_files(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "غزة"}\n{"id": "b", "text": "رفح"}\n', encoding="utf-8")
    assert [d["text"] for d in load_jsonl(p)] == ["غزة", "رفح"]
    with pytest.raises(InputError, match="no documents"):
        (tmp_path / "e.jsonl").write_text("\n", encoding="utf-8")
        load_jsonl(tmp_path / "e.jsonl")
    (tmp_path / "n.jsonl").write_text('[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=":1: a line must be a JSON object"):
        load_jsonl(tmp_path / "n.jsonl")
    (tmp_path / "d.jsonl").write_text('{"id": "a"}\n{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2: duplicate id"):
        load_jsonl(tmp_path / "d.jsonl")
    with pytest.raises(InputError):
        load_jsonl(tmp_path / "missing.jsonl")


def test_implied_gold_slot_is_optional():
    ents = [ent("a", "Organization", "الجيش السوداني"), ent("b", "Organization", "قوات الدعم السريع")]
    gold = doc(entities=ents, events=[
        {"type": "Killing", "agent": [["a", "b"]], "date": "2025-12"},   # agent a or b, December
        {"type": "Killing", "agent": ["a"], "date": "2025-12-13"},
    ])
    # deduplicated, gold says: Killing-agent-a, Killing-date-2025-12-13; the slots
    # {a|b} and 2025-12 are implied by them and become optional.
    one = doc(entities=[dict(e, id="p" + e["id"]) for e in ents],
              events=[{"type": "Killing", "agent": ["pa"], "date": "2025-12-13"}])
    e = score([gold], [one])["events"]
    # tp 2 (agent a, date 2025-12-13), fp 0, fn 0
    assert (e["tp"], e["fp"], e["fn"]) == (2, 0, 0)
    two = doc(entities=one["entities"], events=[{"type": "Killing", "agent": ["pb"], "date": "2025-12-02"}])
    e = score([gold], [two])["events"]
    # agent b and date 2025-12-02 fit only the optional slots: neutral; fn 2 (agent a, 2025-12-13)
    assert (e["tp"], e["fp"], e["fn"]) == (0, 0, 2)


# ------------------------------------------------------------ the development set

DEV = Path(__file__).resolve().parents[1] / "eval"


def test_dev_set_is_built_from_its_annotations():
    res = subprocess.run([sys.executable, str(DEV / "tools" / "build_dev.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr


def test_dev_set_spans_point_at_mentions():
    docs = load_jsonl(DEV / "dev.jsonl")
    assert len(docs) >= 13 and docs[0]["id"] == "seed"
    for d in docs:
        for e in d["entities"]:
            for a, b in e["spans"]:
                assert any(mentions_match(d["text"][a:b], m) for m in e["mentions"]), (d["id"], e["id"], a, b)


def test_dev_set_scores_perfectly_against_itself():
    docs = load_jsonl(DEV / "dev.jsonl")
    s = score(docs, [gold_as_prediction(d) for d in docs])
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0]
    assert s["linking"]["accuracy"] == 1.0


# ------------------------------------------------------------ the spec's tie-breaking, self-scores

def test_alignment_breaks_ties_by_match_strength():
    # both predictions fit both gold entities (containment), so every pairing is a
    # maximum matching; the strongest (equal names) must be taken, else the relation
    # below lands on the wrong pair
    gold = doc(entities=[ent("g1", "Person", "هلال الأسد"), ent("g2", "Person", "سليمان هلال الأسد"),
                         ent("g3", "Organization", "قوات الدفاع الوطني")],
               relations=[rel("leaderOf", "g2", "g3")])
    pred = doc(entities=[ent("p1", "Person", "هلال الأسد"), ent("p2", "Person", "سليمان هلال الأسد"),
                         ent("p3", "Organization", "قوات الدفاع الوطني")],
               relations=[rel("leaderOf", "p2", "p3")])
    s = score([gold], [pred])
    assert (s["relations"]["tp"], s["relations"]["fp"]) == (1, 0)


def test_alignment_prefers_equal_to_clitic_variant_to_containment():
    from kg.evaluate import match_strength
    assert match_strength("الحرس الثوري", "الحرس الثوري") == 3
    assert match_strength("والحرس الثوري", "الحرس الثوري") == 2
    assert match_strength("الحرس الثوري", "الحرس الثوري الإيراني") == 1
    assert match_strength("الحرس", "الحرس الثوري") == 0
    gold = doc(entities=[ent("g1", "Organization", "الحرس الثوري"),
                         ent("g2", "Organization", "الحرس الثوري الإيراني")],
               relations=[rel("partOf", "g1", "g2")])
    # p1 fits g1 by a proclitic (2) and g2 by containment (1); p2 fits g2 exactly and g1 by containment
    pred = doc(entities=[ent("p1", "Organization", "والحرس الثوري"),
                         ent("p2", "Organization", "الحرس الثوري الإيراني")],
               relations=[rel("partOf", "p1", "p2")])
    assert score([gold], [pred])["relations"]["tp"] == 1


def test_predicted_alternative_lists_give_one_triple_each():
    gold = doc(entities=[ent("a", "Organization", "حركة حماس"), ent("b", "Organization", "كتائب القسام")],
               events=[{"type": "Attack", "agent": [["a", "b"]]}])
    s = score([gold], [gold])["events"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)


REAL_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "real-dev.jsonl"
GOLD_FILES = sorted(DEV.glob("*.jsonl")) + [REAL_DEV]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_file_scores_one_against_itself(path):
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} not present: CI must have ../shared beside the repository")
        pytest.skip(f"{path} not present (shared data lives beside the repository)")
    docs = load_jsonl(path)
    s = score(docs, docs)
    assert [s[k]["f1"] for k in ("entities", "relations", "events")] == [1.0, 1.0, 1.0], s
    assert s["linking"]["accuracy"] in (1.0, None)


def test_split_is_fixed_by_the_ids_and_a_third_is_blind():
    from kg.evaluate import split_part
    docs = [{"id": f"news-{i}"} for i in range(36)]
    blind, dev = split_part(docs, "blind"), split_part(docs, "dev")
    assert (len(blind), len(dev)) == (12, 24)
    assert {d["id"] for d in blind}.isdisjoint(d["id"] for d in dev)
    # the order of the input does not change the parts
    assert {d["id"] for d in split_part(docs[::-1], "blind")} == {d["id"] for d in blind}
    assert split_part(docs, "all") == docs
    with pytest.raises(KgError):
        split_part(docs, "train")
