"""The Protégé path: ontology/kg.owl + data as N-Triples in owlready2, classified by HermiT."""
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.ns import KG
from kg.ontology import main, owlready_world, run_hermit

SAMPLE_TTL = Path(__file__).resolve().parent / "data" / "sample.ttl"
R = "https://w3id.org/arabic-kg/resource/"
KGO = str(KG._NS)


def sample():
    return Graph().parse(SAMPLE_TTL, format="turtle")


def members(world, cls):
    return {str(i.iri) for i in world.search(type=world[KGO + cls])}


def unsatisfiable(world):
    """Classes HermiT found equivalent to owl:Nothing (owl:Nothing itself left out)."""
    return sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)


def test_sample_is_loaded_consistent_and_satisfiable(tmp_path):
    world = owlready_world(sample(), tmp_path)
    # owlready2 loads nothing from Turtle without complaint: make sure the data is there
    assert members(world, "Person") == {R + "person/samer-al-ali", R + "person/brad-cooper"}
    assert len(members(world, "Event")) == 2
    run_hermit(world)
    assert unsatisfiable(world) == []
    # the ontology classes themselves came through
    assert world[KGO + "Strike"] is not None and world[KGO + "Attack"] in world[KGO + "Strike"].is_a


def test_hermit_infers_types_from_domains(tmp_path):
    g = sample()
    untyped = URIRef(R + "event/sample/untyped")
    g.add((untyped, KG.place, URIRef(R + "place/syria")))
    world = owlready_world(g, tmp_path)
    assert world[KGO + "Event"] not in world[str(untyped)].is_a
    run_hermit(world)
    assert world[KGO + "Event"] in world[str(untyped)].is_a


def test_person_that_is_also_a_place_is_inconsistent(tmp_path):
    g = sample()
    g.add((URIRef(R + "person/samer-al-ali"), RDF.type, KG.Place))
    world = owlready_world(g, tmp_path)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        run_hermit(world)


def test_check_command_reports_member_of_a_place_as_inconsistent(tmp_path, capsys):
    """`python -m kg.ontology check`: memberOf's range is Organization, disjoint from Place."""
    g = sample()
    g.add((URIRef(R + "person/samer-al-ali"), KG.memberOf, URIRef(R + "place/syria")))
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.startswith("inconsistent")


def test_unsatisfiable_class_is_reported(tmp_path):
    g = Graph()
    bad = URIRef("https://example.org/test#PersonPlace")
    g.add((bad, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
    g.add((bad, RDFS.subClassOf, KG.Person))
    g.add((bad, RDFS.subClassOf, KG.Place))
    world = run_hermit(owlready_world(g, tmp_path))
    assert unsatisfiable(world) == [str(bad)]


def test_seed_graph_consistent_in_hermit(seed_graph, tmp_path):
    world = owlready_world(seed_graph, tmp_path)
    persons = set(seed_graph.subjects(RDF.type, KG.Person))
    assert persons and members(world, "Person") == {str(p) for p in persons}
    run_hermit(world)
    assert unsatisfiable(world) == []
