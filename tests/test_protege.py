"""The Protégé path: ontology/kg.owl + data as N-Triples in owlready2, classified by HermiT
with its defaults (no ignore_unsupported_datatypes, as Protégé runs it); and the one-document
OWL view parsed by the OWL API, checked against the OWL 2 profiles and classified by HermiT."""
import dataclasses
from datetime import date, timedelta
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.ns import KG
from kg.ontology import VIEW_IRI, main, owl_view, owlapi_check, owlready_world, run_hermit, to_owl_view

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TTL = ROOT / "tests" / "data" / "sample.ttl"
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


def test_hermit_defaults_stop_on_a_date_under_a_data_property(tmp_path):
    """Why kgo:date is an annotation property: HermiT as Protégé runs it refuses xsd:date
    wherever it must interpret the value (here a data property assertion)."""
    from rdflib import Literal
    from rdflib.namespace import OWL, XSD
    g = sample()
    dated = URIRef("https://example.org/test#happenedOn")
    g.add((dated, RDF.type, OWL.DatatypeProperty))
    g.add((URIRef(R + "event/sample/3a1b2c3d4e5f"), dated, Literal("2026-01-16", datatype=XSD.date)))
    world = owlready_world(g, tmp_path)
    with pytest.raises(owlready2.OwlReadyJavaError, match="UnsupportedDatatype"):
        run_hermit(world)


def test_dates_stay_xsd_date_under_annotation_properties(tmp_path):
    from rdflib.namespace import OWL, XSD
    onto = Graph().parse(ROOT / "ontology" / "kg.owl", format="xml")
    for p in (KG.date, KG.published):
        assert set(onto.objects(p, RDF.type)) == {OWL.AnnotationProperty}
    view = owl_view(sample())
    kinds = {o.datatype for o in view.objects(None, KG.date)}
    assert kinds == {XSD.date, XSD.gYearMonth}      # the sample's two event dates, untouched


def test_owl_view_is_the_ontology_plus_the_data_unchanged(tmp_path):
    from rdflib.namespace import OWL
    from kg.ontology import load_ontology
    g = sample()
    path = to_owl_view(g, tmp_path / "graph.owl")
    back = Graph().parse(path, format="xml")
    assert all(t in back for t in g)
    from rdflib import BNode
    from rdflib.compare import isomorphic
    assert isomorphic(back, owl_view(g))
    named = [t for t in load_ontology() if not any(isinstance(x, BNode) for x in t)]
    assert all(t in back for t in named if str(t[0]) != "https://w3id.org/arabic-kg/ontology")
    assert set(back.subjects(RDF.type, OWL.Ontology)) == {URIRef(VIEW_IRI)}
    assert main(["owl", str(SAMPLE_TTL), str(tmp_path / "cli.owl")]) == 0
    assert (tmp_path / "cli.owl").read_bytes() == path.read_bytes()


def test_owl_api_view_of_sample_is_owl2_dl_and_hermit_consistent(tmp_path):
    result = owlapi_check(to_owl_view(sample(), tmp_path / "graph.owl"))
    assert result["profiles"]["OWL 2 DL"] == 0, result["violations"]
    # unions in domains and ranges, functional / transitive / symmetric properties: DL only
    assert all(result["profiles"][p] > 0 for p in ("OWL 2 EL", "OWL 2 QL", "OWL 2 RL"))
    assert result["consistent"] is True and result["error"] is None and result["unsatisfiable"] == []


def test_owl_api_reports_punning_and_inconsistency(tmp_path):
    """The check can fail: a term used as both object and data property is outside OWL 2 DL,
    and a person who is also a place makes HermiT (OWL API route) say inconsistent."""
    from rdflib import Literal
    g = sample()
    g.add((URIRef(R + "person/samer-al-ali"), KG.memberOf, Literal("ISIS")))
    g.add((URIRef(R + "person/brad-cooper"), RDF.type, KG.Place))
    result = owlapi_check(to_owl_view(g, tmp_path / "bad.owl"))
    assert result["profiles"]["OWL 2 DL"] > 0
    assert any("Punning" in v for v in result["violations"]["OWL 2 DL"])
    assert result["consistent"] is False


def test_plain_data_file_beside_kg_owl_puns_every_property(tmp_path):
    """Why the OWL view is one document: the OWL API reads the data alone with its properties
    undeclared, takes them for annotation properties, and the merge puns them."""
    from kg.ontology import to_rdfxml
    from kg.resources import ONTOLOGY_OWL
    data = to_rdfxml(sample(), tmp_path / "data.rdf")
    result = owlapi_check(ONTOLOGY_OWL, data)
    assert any("Punning" in v for v in result["violations"]["OWL 2 DL"])


@pytest.fixture(scope="module")
def big_graph():
    """A 500-article graph: the project's own eval/train*.jsonl articles (152) extracted once,
    then their documents repeated under new article ids and publication dates."""
    from kg.api import extract_documents
    from kg.build import build_graph
    docs = list(extract_documents(sorted((ROOT / "eval").glob("train*.jsonl"))))
    assert len(docs) > 100
    copies = []
    for k in range(500):
        doc = docs[k % len(docs)]
        art = doc.article
        published = date(2015, 1, 1) + timedelta(days=k)
        copies.append(dataclasses.replace(doc, article=dataclasses.replace(
            art, id=f"{art.id}-{k // len(docs)}", published=published)))
    g = build_graph(copies)
    assert len(set(g.subjects(RDF.type, KG.Article))) == 500
    return g


def test_500_articles_consistent_in_hermit_defaults(big_graph, tmp_path):
    from rdflib.namespace import XSD
    dates = {o.datatype for o in big_graph.objects(None, KG.date)}
    assert XSD.date in dates                      # the data does hold the dates HermiT refuses
    world = owlready_world(big_graph, tmp_path)
    run_hermit(world)
    assert unsatisfiable(world) == []


def test_500_articles_owl_view_is_owl2_dl_and_consistent(big_graph, tmp_path):
    result = owlapi_check(to_owl_view(big_graph, tmp_path / "graph.owl"), dl_only=True)
    assert list(result["profiles"]) == ["OWL 2 DL"]
    assert result["profiles"]["OWL 2 DL"] == 0, result["violations"]
    assert result["consistent"] is True and result["error"] is None and result["unsatisfiable"] == []


def test_seed_owl_view_is_owl2_dl_and_consistent(seed_graph, tmp_path):
    result = owlapi_check(to_owl_view(seed_graph, tmp_path / "graph.owl"))
    assert result["profiles"]["OWL 2 DL"] == 0, result["violations"]
    assert result["consistent"] is True and result["unsatisfiable"] == []


def test_profile_command_on_the_ontology_alone(capsys):
    from kg.resources import ONTOLOGY_OWL
    assert main(["profile", str(ONTOLOGY_OWL)]) == 0
    out = capsys.readouterr().out
    assert "profile OWL 2 DL\t0\n" in out and "hermit consistent" in out
    assert "profile OWL 2 EL\t0\n" not in out
