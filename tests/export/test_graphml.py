"""kg/export/graphml.py: nodes, edges and string attributes as Gephi reads them."""
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.export.graphml import write_graphml
from kg.ns import KG

SAMPLE = Path(__file__).parents[1] / "data" / "sample.ttl"
RES = Namespace("https://w3id.org/arabic-kg/resource/")
GML = "{http://graphml.graphdrawing.org/xmlns}"


def sample():
    g = Graph()
    g.parse(SAMPLE)
    return g


def written(tmp_path, graph=None, **options):
    path = tmp_path / "g.graphml"
    write_graphml(sample() if graph is None else graph, path, **options)
    return path


def test_nodes_are_entities_and_events(tmp_path):
    g = nx.read_graphml(written(tmp_path))
    kinds = {}
    for _, data in g.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    assert kinds == {"entity": 7, "event": 2}
    assert str(RES["article/sample"]) not in g


def test_edges_are_relations_and_event_roles(tmp_path):
    g = nx.read_graphml(written(tmp_path))
    edges = sorted((u.rsplit("/", 1)[-1], d["relation"], v.rsplit("/", 1)[-1])
                   for u, v, d in g.edges(data=True))
    assert edges == [
        ("3a1b2c3d4e5f", "agent", "us-forces"),
        ("3a1b2c3d4e5f", "place", "palmyra"),
        ("3a1b2c3d4e5f", "target", "samer-al-ali"),
        ("4a1b2c3d4e5f", "agent", "centcom"),
        ("4a1b2c3d4e5f", "target", "isis"),
        ("brad-cooper", "leaderOf", "centcom"),
        ("palmyra", "locatedIn", "syria"),
        ("samer-al-ali", "memberOf", "isis"),
    ]


def test_relation_edges_carry_confidence_and_evidence(tmp_path):
    g = nx.read_graphml(written(tmp_path))
    data = g.get_edge_data(str(RES["person/samer-al-ali"]), str(RES["organization/isis"]))
    assert data["label"] == "memberOf"
    assert data["confidence"] == "0.8"
    assert data["evidence"].startswith("قتلت القوات الأمريكية")
    assert data["offsets"] == "sample:0-95"


def test_node_attributes(tmp_path):
    g = nx.read_graphml(written(tmp_path))
    isis = g.nodes[str(RES["organization/isis"])]
    assert isis["label_ar"] == "تنظيم الدولة" and isis["label_en"] == "Islamic State"
    assert isis["class"] == "ArmedGroup" and isis["type"] == "Organization"
    assert isis["wikidata"] == "Q2429253"
    assert isis["aliases"] == "التنظيم; داعش"          # a list, joined
    assert isis["iri"] == str(RES["organization/isis"])
    op = g.nodes[str(RES["event/sample/4a1b2c3d4e5f"])]
    assert op["date"] == "2025-12" and op["event_name"] == "عين الصقر"
    assert op["class"] == "MilitaryOperation" and op["confidence"] == "0.6"


def test_every_attribute_is_a_string_and_never_none(tmp_path):
    root = ET.parse(written(tmp_path, articles=True)).getroot()
    keys = root.findall(f"{GML}key")
    assert keys and {k.get("attr.type") for k in keys} == {"string"}
    for data in root.iter(f"{GML}data"):
        assert (data.text or "") not in ("None", "null", "[]")
        assert not (data.text or "").startswith("[")
    g = nx.read_graphml(written(tmp_path))
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, str) for v in attrs.values())
    for _, _, attrs in g.edges(data=True):
        assert all(isinstance(v, str) for v in attrs.values())


def test_articles_are_optional_nodes(tmp_path):
    g = nx.read_graphml(written(tmp_path, articles=True))
    article = str(RES["article/sample"])
    assert g.nodes[article]["kind"] == "article"
    assert g.nodes[article]["date"] == "2026-01-17"
    mentions = [u for u, v, d in g.edges(data=True) if v == article and d["relation"] == "mentionedIn"]
    assert len(mentions) == 7


def test_output_is_deterministic(tmp_path):
    triples = sorted(sample())
    outputs = []
    for seed in (3, 4):
        random.Random(seed).shuffle(triples)
        g = Graph()
        for t in triples:
            g.add(t)
        outputs.append(written(tmp_path, g).read_bytes())
    assert outputs[0] == outputs[1]
    assert "سامر العلي".encode("utf-8") in outputs[0]     # readable UTF-8, not &#...;


def test_unknown_relation_end_becomes_a_node_and_missing_values_are_empty(tmp_path):
    g = Graph()
    person = RES["person/a"]
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("أ", lang="ar")))
    g.add((person, SKOS.altLabel, Literal("ب", lang="ar")))
    g.add((person, KG.memberOf, RES["organization/unknown"]))
    ev = RES["event/x/1"]
    g.add((ev, RDF.type, KG.Arrest))
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, KG.target, person))
    g.add((ev, KG.date, Literal("2016", datatype=XSD.gYear)))
    out = nx.read_graphml(written(tmp_path, g))
    assert set(out.nodes) == {str(person), str(RES["organization/unknown"]), str(ev)}
    assert out.nodes[str(person)]["label_en"] == ""
    assert out.nodes[str(person)]["label"] == "أ"
    assert out.nodes[str(ev)]["date"] == "2016" and out.nodes[str(ev)]["confidence"] == ""
    assert out.number_of_edges() == 2


def test_two_relations_between_the_same_pair_stay_two_edges(tmp_path):
    g = Graph()
    a, b = RES["person/a"], RES["organization/b"]
    g.add((a, RDF.type, KG.Person))
    g.add((b, RDF.type, KG.Organization))
    g.add((a, KG.memberOf, b))
    g.add((a, KG.leaderOf, b))
    out = nx.read_graphml(written(tmp_path, g))
    assert out.is_multigraph()
    assert sorted(d["relation"] for d in out.get_edge_data(str(a), str(b)).values()) == [
        "leaderOf", "memberOf"]
