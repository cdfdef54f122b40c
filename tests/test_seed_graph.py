"""End to end on the seed article: what its graph must contain, checked with SPARQL."""
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.normalize import norm

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PREFIXES = """
PREFIX kgo: <https://w3id.org/arabic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def nodes_named(graph, arabic):
    """Entities one of whose Arabic labels (label or altLabel) is ``arabic`` (normalised)."""
    q = PREFIXES + """
    SELECT DISTINCT ?e ?name WHERE {
      ?e kgo:mentionedIn ?a .
      { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
      FILTER(lang(?name) = "ar")
    }"""
    want = norm(arabic)
    return {row.e for row in graph.query(q) if norm(str(row.name)) == want}


def one(graph, arabic):
    found = nodes_named(graph, arabic)
    assert len(found) == 1, f"{arabic}: {found}"
    return next(iter(found))


# every group of names is ONE node
SAME_ENTITY = [
    ["القيادة الأمريكية الوسطى", "القيادة الوسطى", "القيادة المركزية الأمريكية", "سنتكوم"],
    ["تنظيم الدولة", "تنظيم الدولة الإسلامية", "داعش"],   # التنظيم refers to it but is no name
    ["بلال حسن الجاسم"], ["القاعدة"], ["أحمد الشرع"], ["بيت هيغسيث"], ["براد كوبر"],
    ["دونالد ترامب"], ["أبو عمر سراقب"], ["جبهة النصرة"], ["جبهة فتح الشام"], ["جيش الفتح"],
    ["التحالف"], ["القوات الأمريكية", "قوات أمريكية", "القوات الأميركية"],
    ["وزارة الداخلية السورية"], ["تدمر"], ["سوريا"], ["واشنطن"], ["البادية السورية"],
]


@pytest.mark.parametrize("names", SAME_ENTITY, ids=lambda n: n[0])
def test_entity_is_one_node_with_both_labels(seed_graph, names):
    nodes = {one(seed_graph, n) for n in names}
    assert len(nodes) == 1, names
    node = nodes.pop()
    langs = sorted(l.language for l in seed_graph.objects(node, rdflib.RDFS.label))
    assert langs == ["ar", "en"]


def test_homs_present(seed_graph):
    assert nodes_named(seed_graph, "حمص") or nodes_named(seed_graph, "محافظة حمص")


@pytest.mark.parametrize("arabic, qid", [("سوريا", "Q858"), ("دونالد ترامب", "Q22686"),
                                         ("الولايات المتحدة", "Q30")])
def test_well_known_entities_link_to_wikidata(seed_graph, arabic, qid):
    node = one(seed_graph, arabic)
    same = {str(o) for o in seed_graph.objects(node, rdflib.OWL.sameAs)}
    assert f"http://www.wikidata.org/entity/{qid}" in same


def _homs(g):
    return (nodes_named(g, "محافظة حمص") | nodes_named(g, "حمص")).pop()


RELATIONS = [
    ("بلال حسن الجاسم", "memberOf", "القاعدة"),
    ("براد كوبر", "leaderOf", "القيادة الوسطى"),
    ("بيت هيغسيث", "positionIn", "الولايات المتحدة"),
    ("أحمد الشرع", "leaderOf", "سوريا"),
    ("سوريا", "memberOf", "التحالف"),
    ("الولايات المتحدة", "leaderOf", "التحالف"),
    ("تدمر", "locatedIn", None),
    (None, "locatedIn", "سوريا"),
]


@pytest.mark.parametrize("head, prop, tail", RELATIONS)
def test_relation_with_provenance(seed_graph, head, prop, tail):
    h = one(seed_graph, head) if head else _homs(seed_graph)
    t = one(seed_graph, tail) if tail else _homs(seed_graph)
    q = PREFIXES + """
    SELECT ?st ?s ?e ?text ?conf WHERE {
      ?h kgo:%s ?t .
      ?st kgo:statementSubject ?h ; kgo:statementProperty kgo:%s ; kgo:statementObject ?t ;
          kgo:confidence ?conf ; kgo:evidence ?ev ; kgo:inArticle ?a .
      ?ev kgo:startOffset ?s ; kgo:endOffset ?e ; kgo:sentenceText ?text ; kgo:inArticle ?a .
    }""" % (prop, prop)
    rows = list(seed_graph.query(q, initBindings={"h": h, "t": t}))
    assert rows, f"{head} {prop} {tail}"
    text = (SEEDS / "000_ee0fa6b5f76be4e0.txt").read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row.s):int(row.e)] == str(row.text)
        assert 0 <= float(row.conf) <= 1


def test_hegseth_post_is_named(seed_graph):
    h = one(seed_graph, "بيت هيغسيث")
    q = PREFIXES + "SELECT ?post WHERE { ?st kgo:statementSubject ?h ; kgo:statementProperty kgo:positionIn ; kgo:postName ?post }"
    posts = [norm(str(r.post)) for r in seed_graph.query(q, initBindings={"h": h})]
    assert any("وزير الحرب" in p for p in posts)


def events(graph, etype):
    q = PREFIXES + """
    SELECT ?ev ?date WHERE { ?ev a kgo:%s . OPTIONAL { ?ev kgo:date ?date } }""" % etype
    return [(r.ev, str(r.date) if r.date else None) for r in graph.query(q)]


def has_role(graph, ev, role, node):
    return (ev, graph.namespace_manager.expand_curie(f"kgo:{role}"), node) in graph


def test_killing_of_al_jasim(seed_graph):
    jasim, us = one(seed_graph, "بلال حسن الجاسم"), one(seed_graph, "القوات الأمريكية")
    hits = [(ev, d) for ev, d in events(seed_graph, "Killing")
            if has_role(seed_graph, ev, "target", jasim) and has_role(seed_graph, ev, "agent", us)]
    assert any(d == "2026-01-16" for _, d in hits), hits


def test_palmyra_attack_by_isis(seed_graph):
    isis, palmyra = one(seed_graph, "داعش"), one(seed_graph, "تدمر")
    hits = [(ev, d) for ev, d in events(seed_graph, "Attack")
            if has_role(seed_graph, ev, "agent", isis) and has_role(seed_graph, ev, "place", palmyra)]
    assert any(d == "2025-12-13" for _, d in hits), hits


def test_operation_hawkeye(seed_graph):
    q = PREFIXES + "SELECT ?ev WHERE { ?ev a kgo:MilitaryOperation ; kgo:eventName ?n . FILTER(CONTAINS(STR(?n), 'عين الصقر')) }"
    assert list(seed_graph.query(q))


def test_visit_and_meeting(seed_graph):
    sharaa, trump, washington = (one(seed_graph, n) for n in ("أحمد الشرع", "دونالد ترامب", "واشنطن"))
    visits = [(ev, d) for ev, d in events(seed_graph, "Visit")
              if has_role(seed_graph, ev, "agent", sharaa) and has_role(seed_graph, ev, "place", washington)]
    assert any(d and d.startswith("2025-11") for _, d in visits), visits
    meetings = [(ev, d) for ev, d in events(seed_graph, "Meeting")
                if has_role(seed_graph, ev, "agent", sharaa) and has_role(seed_graph, ev, "agent", trump)]
    assert any(d and d.startswith("2025-11") for _, d in meetings), meetings


def test_coalition_killed_abu_omar_saraqib_in_2016(seed_graph):
    saraqib, coalition = one(seed_graph, "أبو عمر سراقب"), one(seed_graph, "التحالف")
    hits = [(ev, d) for ev, d in events(seed_graph, "Killing")
            if has_role(seed_graph, ev, "target", saraqib) and has_role(seed_graph, ev, "agent", coalition)]
    assert any(d == "2016" for _, d in hits), hits


def test_every_event_and_statement_has_evidence_in_the_article(seed_graph):
    q = PREFIXES + """
    SELECT ?x WHERE {
      { ?x a kgo:Event } UNION { ?x a kgo:RelationStatement }
      FILTER NOT EXISTS { ?x kgo:evidence ?ev . ?ev kgo:inArticle ?a . ?x kgo:inArticle ?a }
    }"""
    assert list(seed_graph.query(q)) == []


def test_seed_graph_conforms_to_shapes(seed_graph):
    from kg.validate import validate
    result = validate(seed_graph)
    assert result.conforms, result.report_text


def test_turtle_round_trip_is_isomorphic(seed_graph, tmp_path):
    from kg.export import export
    export(seed_graph, tmp_path / "again.ttl", "turtle")
    assert isomorphic(seed_graph, Graph().parse(tmp_path / "again.ttl", format="turtle"))


def test_same_input_twice_gives_identical_files(seed_build, tmp_path):
    from kg.api import build
    build([SEEDS], outdir=tmp_path)
    for name in ("graph.ttl", "graph.html", "summary.txt"):
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_titles_and_nominals_are_never_names(seed_graph):
    from rdflib.namespace import SKOS
    alt = {str(o) for o in seed_graph.objects(None, SKOS.altLabel)}
    # «قياديا» (a leader) and «البلاد» (the country) refer to entities of the seed but name none
    assert alt and not alt & {"قياديا", "البلاد", "التنظيم", "للتنظيم"}
    assert "الجاسم" in alt


def test_alt_names_leave_out_nominal_mentions():
    from kg.build import alt_names
    from kg.model import Entity, Mention
    e = Entity(id="e1", type="Person", mentions=[
        Mention(0, 5, "قياديا", "Person", nominal=True), Mention(10, 20, "بلال الجاسم", "Person"),
        Mention(30, 36, "القيادي", "Person")])
    assert alt_names(e) == {"بلال الجاسم"}


def test_alt_names_leave_out_the_preposition_a_span_keeps():
    from kg.build import alt_names
    from kg.model import Entity, Mention
    e = Entity(id="e1", type="Organization", mentions=[
        Mention(0, 15, "للقوات المسلحة", "Organization"), Mention(20, 34, "القوات المسلحة", "Organization")])
    assert alt_names(e) == {"القوات المسلحة"}
