"""ontology/kg.ttl and kg.owl: every kg.ns term declared and documented, alignments usable."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import KgError
from kg.ns import KG, ONTOLOGY_IRI
from kg.ontology import load_ontology, main, rdfxml_bytes, to_ntriples, to_rdfxml, write_owl
from kg.resources import ONTOLOGY_OWL, ONTOLOGY_TTL

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TTL = ROOT / "tests" / "data" / "sample.ttl"
KGO = str(KG._NS)
R = "https://w3id.org/arabic-kg/resource/"
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
NS_TERMS = set(KG.__annotations__)


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def declared_terms(g):
    return {str(s)[len(KGO):] for s, t in g.subject_objects(RDF.type)
            if str(s).startswith(KGO) and t in TERM_TYPES}


def test_ontology_header(onto):
    iri = URIRef(ONTOLOGY_IRI)
    assert (iri, RDF.type, OWL.Ontology) in onto
    assert onto.value(iri, OWL.versionInfo) is not None
    assert onto.value(iri, OWL.versionIRI) is not None


def test_every_namespace_term_is_declared(onto):
    assert NS_TERMS - declared_terms(onto) == set()


def test_no_ontology_term_missing_from_namespace(onto):
    used = {str(t)[len(KGO):] for t in set(onto.subjects()) | set(onto.objects())
            if isinstance(t, URIRef) and str(t).startswith(KGO)}
    assert used - NS_TERMS == set()
    assert declared_terms(onto) == NS_TERMS


def test_every_term_has_one_type_kind(onto):
    for name in NS_TERMS:
        kinds = set(onto.objects(KG[name], RDF.type)) & TERM_TYPES
        assert len(kinds) == 1, (name, kinds)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_term_has_a_label_per_language(onto, lang):
    missing = [n for n in sorted(NS_TERMS)
               if not any(isinstance(l, Literal) and l.language == lang
                          for l in onto.objects(KG[n], RDFS.label))]
    assert missing == []


def test_arabic_labels_are_arabic(onto):
    for n in NS_TERMS:
        for label in onto.objects(KG[n], RDFS.label):
            if label.language == "ar":
                assert any("\u0600" <= ch <= "\u06ff" for ch in label), (n, label)


def test_every_term_has_an_english_comment(onto):
    missing = [n for n in sorted(NS_TERMS)
               if not any(c.language == "en" and len(c) > 10 for c in onto.objects(KG[n], RDFS.comment))]
    assert missing == []


def test_class_hierarchy(onto):
    parent = {n: {str(o)[len(KGO):] for o in onto.objects(KG[n], RDFS.subClassOf) if str(o).startswith(KGO)}
              for n in NS_TERMS if n[0].isupper()}
    for sub in ("ArmedGroup", "ArmedForce", "GovernmentBody", "Coalition", "MediaOrganization",
                "PoliticalOrganization"):
        assert parent[sub] == {"Organization"}, sub
    for sub in ("Country", "City", "Region"):
        assert parent[sub] == {"Place"}, sub
    for sub in ("Attack", "Killing", "Arrest", "MilitaryOperation", "Meeting", "Visit"):
        assert parent[sub] == {"Event"}, sub
    assert parent["Strike"] == {"Attack"}
    for top in ("Person", "Organization", "Place", "Event", "Article", "Evidence", "RelationStatement"):
        assert parent[top] == set(), top


def test_top_classes_pairwise_disjoint(onto):
    members = set()
    for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members |= set(onto.items(onto.value(axiom, OWL.members)))
    assert {KG.Person, KG.Organization, KG.Place, KG.Event} <= members


def test_property_characteristics(onto):
    assert (KG.affiliatedWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (KG.locatedIn, RDF.type, OWL.TransitiveProperty) in onto
    assert (KG.statementProperty, RDF.type, OWL.AnnotationProperty) in onto
    assert (KG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto
    for p in ("trigger", "eventName", "confidence", "startOffset", "endOffset"):
        assert (KG[p], RDF.type, OWL.DatatypeProperty) in onto, p
    # dates (xsd:date, gYearMonth, gYear: outside the OWL 2 datatype map) are annotations, which
    # reasoners do not interpret; so are the external properties they specialise
    for p in (KG.date, KG.published, SEM.hasTimeStamp, SCHEMA.datePublished):
        assert set(onto.objects(p, RDF.type)) == {OWL.AnnotationProperty}, p
    for p in ("agent", "target", "place", "statementSubject", "statementObject", "memberOf"):
        assert (KG[p], RDF.type, OWL.ObjectProperty) in onto, p
    # date takes three datatypes: no single rdfs:range may claim one of them
    assert onto.value(KG.date, RDFS.range) is None
    assert str(onto.value(KG.confidence, RDFS.range)).endswith("#decimal")
    assert str(onto.value(KG.startOffset, RDFS.range)).endswith("#integer")
    assert str(onto.value(KG.url, RDFS.range)).endswith("#anyURI")


def test_external_terms_used_are_declared(onto):
    """Protégé and HermiT need every schema:/sem:/prov:/foaf:/time: term typed."""
    external = set()
    for s, p, o in onto:
        if p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, OWL.onProperty, OWL.someValuesFrom):
            if isinstance(o, URIRef) and not str(o).startswith(KGO):
                external.add(o)
    assert external, "no alignment axioms found"
    for term in external:
        assert set(onto.objects(term, RDF.type)) & TERM_TYPES, term


def test_owl_file_is_in_sync_with_turtle():
    assert isomorphic(Graph().parse(ONTOLOGY_OWL, format="xml"), Graph().parse(ONTOLOGY_TTL, format="turtle")), \
        "ontology/kg.owl is stale: run `python -m kg.ontology`"


def test_owl_file_is_exactly_what_the_generator_writes():
    assert ONTOLOGY_OWL.read_bytes() == rdfxml_bytes(load_ontology()), \
        "ontology/kg.owl is stale: run `python -m kg.ontology`"


def test_rdfxml_is_the_same_across_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"kg{seed}.owl"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg.ontology", str(ONTOLOGY_TTL), str(out)],
                       check=True, env=env, capture_output=True, cwd=ROOT)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_write_owl_round_trips(tmp_path):
    main([str(ONTOLOGY_TTL), str(tmp_path / "kg.owl")])
    written = Graph().parse(tmp_path / "kg.owl", format="xml")
    assert isomorphic(written, load_ontology())
    # deterministic: a second run gives the same bytes
    first = (tmp_path / "kg.owl").read_bytes()
    write_owl(ONTOLOGY_TTL, tmp_path / "kg.owl")
    assert (tmp_path / "kg.owl").read_bytes() == first


def test_to_ntriples_sorted_and_complete(tmp_path):
    g = Graph().parse(SAMPLE_TTL)
    path = to_ntriples(g, tmp_path / "a" / "sample.nt")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(g)
    assert isomorphic(Graph().parse(path, format="nt"), g)
    assert "سامر العلي" in path.read_text(encoding="utf-8")


def test_to_rdfxml_round_trip(tmp_path):
    g = Graph().parse(SAMPLE_TTL)
    g.add((URIRef(R + "evidence/x"), KG.sentenceText, Literal("قال: <هذا> & ذاك", lang="ar")))
    path = to_rdfxml(g, tmp_path / "sample.rdf")
    assert isomorphic(Graph().parse(path, format="xml"), g)


def test_to_rdfxml_rejects_predicate_without_xml_name(tmp_path):
    g = Graph()
    g.add((URIRef(R + "x"), URIRef("https://example.org/p/123"), Literal(1)))
    with pytest.raises(KgError):
        to_rdfxml(g, tmp_path / "bad.rdf")
    assert not (tmp_path / "bad.rdf").exists()


@pytest.fixture(scope="module")
def closure():
    """Ontology + sample data under the RDFS entailment rules (owlrl)."""
    import owlrl
    g = Graph()
    g += load_ontology()
    g += Graph().parse(SAMPLE_TTL)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    return g


def select(g, where):
    """Rows of the variables in order of first appearance, as IRIs relative to res:."""
    variables = " ".join(dict.fromkeys(re.findall(r"\?\w+", where)))
    q = f"""PREFIX schema: <{SCHEMA}> PREFIX sem: <{SEM}> PREFIX prov: <{PROV}> PREFIX foaf: <{FOAF}>
    SELECT DISTINCT {variables} WHERE {{ {where} }}"""
    return {tuple(str(v)[len(R):] if str(v).startswith(R) else str(v) for v in row) for row in g.query(q)}


def test_alignment_schema_org(closure):
    authors = {("author/%D8%B3%D8%A7%D9%85%D8%B1%20%D8%AD%D8%AF%D8%A7%D8%AF",)}   # the article's byline
    assert select(closure, "?x a schema:Person") == {("person/samer-al-ali",), ("person/brad-cooper",)} | authors
    assert ("place/palmyra",) in select(closure, "?x a schema:City")
    assert ("organization/isis",) in select(closure, "?x a schema:Organization")
    assert ("person/samer-al-ali", "organization/isis") in select(closure, "?x schema:memberOf ?o")
    assert ("place/palmyra", "place/syria") in select(closure, "?x schema:containedInPlace ?o")
    assert ("article/sample",) in select(closure, "?x a schema:NewsArticle")


def test_alignment_sem(closure):
    actors = select(closure, "?e sem:hasActor ?a")
    kill = "event/sample/3a1b2c3d4e5f"
    assert (kill, "organization/us-forces") in actors   # agent
    assert (kill, "person/samer-al-ali") in actors      # target
    assert (kill, "place/palmyra") in select(closure, "?e sem:hasPlace ?p")
    assert {e for (e,) in select(closure, "?e a sem:Event")} == {kill, "event/sample/4a1b2c3d4e5f"}
    assert (kill, "2026-01-16") in select(closure, "?e sem:hasTimeStamp ?t")


def test_alignment_prov_and_foaf(closure):
    agents = {x for (x,) in select(closure, "?x a prov:Agent")}
    assert agents == {"person/samer-al-ali", "person/brad-cooper", "organization/isis",
                      "organization/centcom", "organization/us-forces"}
    assert {x for (x,) in select(closure, "?x a foaf:Agent")} == agents
    assert ("evidence/sample/0-95",) in select(closure, "?x a prov:Entity")
    assert ("statement/sample/0a1b2c3d4e5f", "evidence/sample/0-95") in \
        select(closure, "?x prov:wasDerivedFrom ?y")


def test_relation_signatures_are_the_shapes():
    """kg.model.RELATION_SIGNATURES (what the extractor lets through) says what shapes.ttl says."""
    from rdflib.collection import Collection
    from kg.model import RELATION_SIGNATURES
    from kg.resources import SHAPES_TTL
    SH = Namespace("http://www.w3.org/ns/shacl#")
    g = Graph().parse(SHAPES_TTL)

    def classes(node):
        one = g.value(node, SH["class"])
        if one is not None:
            return {str(one)[len(KGO):]}
        return {str(g.value(item, SH["class"]))[len(KGO):]
                for item in Collection(g, g.value(node, SH["or"]))}

    found = {}
    for shape, prop in g.subject_objects(SH.targetSubjectsOf):
        name = str(prop)[len(KGO):]
        [objects] = [ps for ps in g.objects(shape, SH.property) if g.value(ps, SH.path) == prop]
        found[name] = (classes(shape), classes(objects))
    assert found == {k: (set(a), set(b)) for k, (a, b) in RELATION_SIGNATURES.items()}
