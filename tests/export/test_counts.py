"""Everything exported is what the graph holds: entity, relation and event counts
of the RDF graph (by SPARQL) equal those read back from JSON-LD, the Neo4j CSV
files and GraphML.

``test_counts_seed`` uses a ``seed_graph`` fixture (rdflib.Graph of the seed
article's build) provided by tests/conftest.py.
"""
import csv
import json
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.export.graphml import write_graphml
from kg.export.neo4j import write_neo4j
from kg.export.rdf import context_document, write_jsonld

SAMPLE = Path(__file__).parents[1] / "data" / "sample.ttl"

PREFIXES = "PREFIX kgo: <https://w3id.org/arabic-kg/ontology#>\n"
ENTITY_CLASSES = ("Person", "Organization", "ArmedGroup", "ArmedForce", "GovernmentBody",
                  "Coalition", "MediaOrganization", "PoliticalOrganization", "Place",
                  "Country", "City", "Region")
RELATIONS = ("memberOf", "leaderOf", "spokespersonOf", "positionIn", "affiliatedWith",
             "locatedIn", "partOf")


def rdf_counts(graph):
    """(entities, relations, events) counted in the RDF graph itself."""
    classes = " ".join(f"kgo:{c}" for c in ENTITY_CLASSES)
    props = " ".join(f"kgo:{p}" for p in RELATIONS)

    def count(query):
        (row,) = graph.query(PREFIXES + query)
        return int(row[0])
    entities = count(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c VALUES ?c {{ {classes} }} }}")
    relations = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o "
                      f"WHERE {{ ?s ?p ?o VALUES ?p {{ {props} }} }} }}")
    events = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kgo:Event }")
    return entities, relations, events


def jsonld_counts(path):
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    assert doc["@context"] == context_document()["@context"]
    entities = relations = events = 0
    for node in doc["@graph"]:
        types = node.get("@type", [])
        types = [types] if isinstance(types, str) else types
        entities += any(t in ENTITY_CLASSES for t in types)
        events += "Event" in types
        for prop in RELATIONS:
            value = node.get(prop, [])
            relations += len(value) if isinstance(value, list) else 1
    return entities, relations, events


def neo4j_counts(folder):
    def rows(name):
        with open(Path(folder) / "import" / name, newline="", encoding="utf-8") as fh:
            return len(list(csv.reader(fh))) - 1
    return rows("entities.csv"), rows("relations.csv"), rows("events.csv")


def graphml_counts(path):
    g = nx.read_graphml(path)
    kinds = [d["kind"] for _, d in g.nodes(data=True)]
    relations = sum(1 for _, _, d in g.edges(data=True) if d["kind"] == "relation")
    return kinds.count("entity"), relations, kinds.count("event")


def check_counts(graph, tmp_path):
    expected = rdf_counts(graph)
    write_jsonld(graph, tmp_path / "g.jsonld")
    write_neo4j(graph, tmp_path / "neo4j")
    write_graphml(graph, tmp_path / "g.graphml")
    assert jsonld_counts(tmp_path / "g.jsonld") == expected
    assert neo4j_counts(tmp_path / "neo4j") == expected
    assert graphml_counts(tmp_path / "g.graphml") == expected
    return expected


def test_counts_sample(tmp_path):
    g = Graph()
    g.parse(SAMPLE)
    assert check_counts(g, tmp_path) == (7, 3, 2)


def test_counts_seed(seed_graph, tmp_path):
    entities, relations, events = check_counts(seed_graph, tmp_path)
    assert entities > 0
