"""kg/validate.py and ontology/shapes.ttl: the sample conforms, each shape catches a broken variant."""
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import InputError, ValidationError
from kg.ns import KG
from kg.validate import check, render, validate, validate_file

SAMPLE_TTL = Path(__file__).resolve().parent / "data" / "sample.ttl"
R = "https://w3id.org/arabic-kg/resource/"
SAMER = URIRef(R + "person/samer-al-ali")
COOPER = URIRef(R + "person/brad-cooper")
ISIS = URIRef(R + "organization/isis")
SYRIA = URIRef(R + "place/syria")
PALMYRA = URIRef(R + "place/palmyra")
ARTICLE = URIRef(R + "article/sample")
EV0 = URIRef(R + "evidence/sample/0-95")
ST_MEMBER = URIRef(R + "statement/sample/0a1b2c3d4e5f")
ST_LOCATED = URIRef(R + "statement/sample/2a1b2c3d4e5f")
KILLING = URIRef(R + "event/sample/3a1b2c3d4e5f")
OPERATION = URIRef(R + "event/sample/4a1b2c3d4e5f")

PREFIXES = """PREFIX kgo: <https://w3id.org/arabic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def sample():
    return Graph().parse(SAMPLE_TTL, format="turtle")


def violations(g):
    result = validate(g)
    assert not result.conforms
    return result.results


def has(results, focus, path, words):
    """A violation on focus whose path ends with path and whose message contains words."""
    return any(str(focus) in f and p.endswith(path) and words in m for f, p, m in results)


def test_sample_conforms():
    result = validate(sample())
    assert result.conforms, result.report_text
    assert result.results == []


def test_small_inline_graph_with_arabic_sentence_conforms():
    g = Graph().parse(data=PREFIXES + """
    PREFIX res: <https://w3id.org/arabic-kg/resource/>
    <https://w3id.org/arabic-kg/resource/article/a1> a kgo:Article ; kgo:articleId "a1" .
    <https://w3id.org/arabic-kg/resource/evidence/a1/0-27> a kgo:Evidence ;
        kgo:inArticle <https://w3id.org/arabic-kg/resource/article/a1> ;
        kgo:startOffset 0 ; kgo:endOffset 27 ; kgo:sentenceText "زار الوزير بغداد يوم الأحد."@ar .
    <https://w3id.org/arabic-kg/resource/place/baghdad> a kgo:City , kgo:Place ;
        rdfs:label "بغداد"@ar , "Baghdad"@en ; kgo:mentionedIn <https://w3id.org/arabic-kg/resource/article/a1> .
    <https://w3id.org/arabic-kg/resource/event/a1/x> a kgo:Visit , kgo:Event ;
        rdfs:label "Visit: زار"@en ; kgo:place <https://w3id.org/arabic-kg/resource/place/baghdad> ;
        kgo:date "2026"^^xsd:gYear ; kgo:confidence 0.5 ;
        kgo:evidence <https://w3id.org/arabic-kg/resource/evidence/a1/0-27> ;
        kgo:inArticle <https://w3id.org/arabic-kg/resource/article/a1> .
    """, format="turtle")
    assert validate(g).conforms, validate(g).report_text


# --- entities -------------------------------------------------------------

def test_missing_english_label():
    g = sample()
    g.remove((SAMER, RDFS.label, Literal("Samer al-Ali", lang="en")))
    res = violations(g)
    assert has(res, SAMER, "label", "English"), res
    assert len(res) == 1, res


def test_two_arabic_labels():
    g = sample()
    g.add((SYRIA, RDFS.label, Literal("سورية", lang="ar")))
    assert has(violations(g), SYRIA, "label", "Arabic")


def test_plain_string_label():
    g = sample()
    g.add((ISIS, RDFS.label, Literal("داعش")))
    assert has(violations(g), ISIS, "label", "language-tagged")


def test_entity_not_mentioned_in_an_article():
    g = sample()
    g.remove((COOPER, KG.mentionedIn, None))
    assert has(violations(g), COOPER, "mentionedIn", "mentionedIn")


def test_same_as_must_be_wikidata():
    g = sample()
    g.add((SYRIA, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("https://en.wikipedia.org/wiki/Syria")))
    assert has(violations(g), SYRIA, "sameAs", "Wikidata")


def test_node_both_person_and_place():
    g = sample()
    g.add((SAMER, RDF.type, KG.Place))
    res = violations(g)
    assert any("exactly one of kgo:Person" in m for f, p, m in res), res


# --- relations ------------------------------------------------------------

def test_member_of_a_place():
    g = sample()
    g.remove((SAMER, KG.memberOf, ISIS))
    g.add((SAMER, KG.memberOf, SYRIA))
    assert has(violations(g), SAMER, "memberOf", "must be an Organization")


def test_located_in_an_organisation():
    g = sample()
    g.add((PALMYRA, KG.locatedIn, ISIS))
    assert has(violations(g), PALMYRA, "locatedIn", "must be a Place")


def test_spokesperson_must_be_a_person():
    g = sample()
    g.add((ISIS, KG.spokespersonOf, ISIS))
    res = violations(g)
    assert any(str(ISIS) in f and "subject of kgo:spokespersonOf" in m for f, p, m in res), res


def test_part_of_between_organisations_only():
    g = sample()
    g.add((PALMYRA, KG.partOf, ISIS))
    res = violations(g)
    assert any(str(PALMYRA) in f and "subject of kgo:partOf" in m for f, p, m in res), res


def test_position_in_an_organisation_or_place_is_fine_but_not_in_a_person():
    g = sample()
    g.add((COOPER, KG.positionIn, SYRIA))
    assert validate(g).conforms
    g.add((COOPER, KG.positionIn, SAMER))
    assert has(violations(g), COOPER, "positionIn", "Organization or Place")


# --- statement nodes ------------------------------------------------------

def test_statement_without_evidence():
    g = sample()
    g.remove((ST_MEMBER, KG.evidence, None))
    assert has(violations(g), ST_MEMBER, "evidence", "at least one kgo:evidence")


def test_statement_confidence_above_one():
    g = sample()
    g.set((ST_MEMBER, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    assert has(violations(g), ST_MEMBER, "confidence", "[0, 1]")


def test_statement_confidence_as_string():
    g = sample()
    g.set((ST_MEMBER, KG.confidence, Literal("0.8")))
    assert has(violations(g), ST_MEMBER, "confidence", "xsd:decimal")


def test_statement_with_two_subjects():
    g = sample()
    g.add((ST_MEMBER, KG.statementSubject, COOPER))
    assert has(violations(g), ST_MEMBER, "statementSubject", "exactly one")


def test_statement_property_not_a_relation():
    g = sample()
    g.set((ST_MEMBER, KG.statementProperty, KG.mentionedIn))
    assert has(violations(g), ST_MEMBER, "statementProperty", "seven relation properties")


def test_statement_without_direct_triple():
    g = sample()
    g.remove((PALMYRA, KG.locatedIn, SYRIA))
    res = violations(g)
    assert any(str(ST_LOCATED) in f and "not asserted directly" in m for f, p, m in res), res


def test_affiliated_with_statement_accepts_either_direction():
    g = sample()
    st = URIRef(R + "statement/sample/5a1b2c3d4e5f")
    g.add((ISIS, KG.affiliatedWith, SAMER))
    for p, o in [(RDF.type, KG.RelationStatement), (KG.statementSubject, SAMER),
                 (KG.statementProperty, KG.affiliatedWith), (KG.statementObject, ISIS),
                 (KG.confidence, Literal("0.5", datatype=XSD.decimal)), (KG.evidence, EV0),
                 (KG.inArticle, ARTICLE)]:
        g.add((st, p, o))
    assert validate(g).conforms, validate(g).report_text


def test_evidence_from_another_article():
    g = sample()
    other = URIRef(R + "article/other")
    g.add((other, RDF.type, KG.Article))
    g.add((other, KG.articleId, Literal("other")))
    g.set((EV0, KG.inArticle, other))
    res = violations(g)
    assert any(str(ST_MEMBER) in f and "not a sentence of this node's article" in m for f, p, m in res), res


# --- events ---------------------------------------------------------------

def test_event_date_with_wrong_datatype():
    g = sample()
    g.set((KILLING, KG.date, Literal("2026-01-16T10:00:00", datatype=XSD.dateTime)))
    assert has(violations(g), KILLING, "date", "xsd:gYear")


def test_event_date_as_plain_string():
    g = sample()
    g.set((KILLING, KG.date, Literal("2026-01-16")))
    assert has(violations(g), KILLING, "date", "xsd:date")


def test_event_without_evidence_or_confidence():
    g = sample()
    g.remove((OPERATION, KG.evidence, None))
    g.remove((OPERATION, KG.confidence, None))
    res = violations(g)
    assert has(res, OPERATION, "evidence", "kgo:evidence")
    assert has(res, OPERATION, "confidence", "kgo:confidence")


def test_event_negative_confidence():
    g = sample()
    g.set((KILLING, KG.confidence, Literal("-0.1", datatype=XSD.decimal)))
    assert has(violations(g), KILLING, "confidence", "[0, 1]")


def test_event_agent_must_be_an_actor():
    g = sample()
    g.add((KILLING, KG.agent, EV0))
    assert has(violations(g), KILLING, "agent", "Person, Organization or Place")


def test_event_place_must_be_a_place():
    g = sample()
    g.add((KILLING, KG.place, SAMER))
    assert has(violations(g), KILLING, "place", "must be a Place")


def test_event_without_english_label():
    g = sample()
    g.remove((KILLING, RDFS.label, None))
    assert has(violations(g), KILLING, "label", "English")


def test_event_in_two_articles():
    g = sample()
    g.add((KILLING, KG.inArticle, URIRef(R + "article/other")))
    assert has(violations(g), KILLING, "inArticle", "exactly one")


# --- evidence and articles ------------------------------------------------

def test_evidence_start_not_before_end():
    g = sample()
    g.set((EV0, KG.startOffset, Literal(95)))
    assert has(violations(g), EV0, "startOffset", "less than")


def test_evidence_negative_offset():
    g = sample()
    g.set((EV0, KG.startOffset, Literal(-3)))
    assert has(violations(g), EV0, "startOffset", "non-negative")


def test_evidence_offset_as_string():
    g = sample()
    g.set((EV0, KG.endOffset, Literal("95")))
    assert has(violations(g), EV0, "endOffset", "xsd:integer")


def test_evidence_without_sentence():
    g = sample()
    g.remove((EV0, KG.sentenceText, None))
    assert has(violations(g), EV0, "sentenceText", "sentenceText")


def test_article_without_id():
    g = sample()
    g.remove((ARTICLE, KG.articleId, None))
    assert has(violations(g), ARTICLE, "articleId", "articleId")


def test_article_published_not_a_date():
    g = sample()
    g.set((ARTICLE, KG.published, Literal("17/01/2026")))
    assert has(violations(g), ARTICLE, "published", "xsd:date")


# --- API ------------------------------------------------------------------

def test_check_raises_validation_error_with_summary():
    g = sample()
    g.set((EV0, KG.startOffset, Literal(200)))
    with pytest.raises(ValidationError) as err:
        check(g)
    assert "1 SHACL violation" in str(err.value)
    assert "less than" in str(err.value)
    assert err.value.exit_code == 1


def test_check_returns_result_when_conforming():
    assert check(sample()).conforms


def test_custom_shapes_graph():
    shapes = Graph().parse(data="""
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    @prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
    <urn:s> a sh:NodeShape ; sh:targetClass kgo:Person ;
        sh:property [ sh:path kgo:memberOf ; sh:minCount 1 ; sh:message "no party" ] .
    """, format="turtle")
    result = validate(sample(), shapes)
    assert not result.conforms
    assert [(f, m) for f, p, m in result.results] == [(f"<{COOPER}>", "no party")]


def test_render_lists_focus_path_message():
    g = sample()
    g.set((EV0, KG.startOffset, Literal(200)))
    text = render(validate(g))
    assert "Does not conform: 1 violation(s)." in text
    assert f"focus:   <{EV0}>" in text
    assert "path:    kgo:startOffset" in text
    assert "message: kgo:startOffset must be less than kgo:endOffset" in text


def test_validate_file_errors(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<a> <b> "unterminated .\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        validate_file(bad)
    assert str(bad) in str(err.value) and "line 1" in str(err.value)
    with pytest.raises(InputError):
        validate_file(tmp_path / "missing.ttl")


def test_sparql_constraints_evaluated_here_give_what_pyshacl_gives():
    """kg.validate runs each SPARQL-based constraint once over the graph; pyshacl runs it
    per node. Same violations, messages and conformance, on graphs breaking them."""
    other = URIRef(R + "article/other")
    broken = []
    g = sample()
    g.remove((PALMYRA, KG.locatedIn, SYRIA))             # a statement without its triple
    broken.append(g)
    g = sample()
    g.add((other, RDF.type, KG.Article))
    g.add((other, KG.articleId, Literal("other")))
    g.set((EV0, KG.inArticle, other))                    # evidence from another article
    g.remove((SAMER, KG.memberOf, ISIS))                 # and a missing triple, together
    broken.append(g)
    for g in broken + [sample()]:
        here, there = validate(g), validate(g, native_sparql=False)
        assert (here.conforms, here.results) == (there.conforms, there.results)
    assert any("not a sentence of this node's article" in m for _, _, m in validate(broken[1]).results)
    assert any("not asserted directly" in m for _, _, m in validate(broken[1]).results)


def test_shapes_with_rules_leave_the_data_graph_alone():
    """Validation works on the graph in place, except when the shapes carry SHACL rules."""
    shapes = Graph().parse(data="""
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    @prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
    <urn:s> a sh:NodeShape ; sh:targetClass kgo:Person ;
        sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate kgo:flagged ;
                  sh:object true ] .
    """, format="turtle")
    g = sample()
    before = len(g)
    validate(g, shapes)
    assert len(g) == before
    assert (None, URIRef("https://w3id.org/arabic-kg/ontology#flagged"), None) not in g


# ------------------------------------------------------------------ check_triples (the streaming build's check)

def _break_names():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from test_shacl_fast import BREAKS
    return sorted(BREAKS)


@pytest.mark.parametrize("name", _break_names())
def test_check_triples_fails_as_check_does_on_every_broken_graph(name):
    """check_triples finds each break (core shapes in kg.shacl_fast, SPARQL constraints in
    pyoxigraph) and then raises check's own error."""
    from test_shacl_fast import broken
    from kg.errors import ValidationError
    from kg.validate import check, check_triples
    g = broken(name)
    with pytest.raises(ValidationError) as expected:
        check(g)
    with pytest.raises(ValidationError) as got:
        check_triples(set(g))
    assert str(got.value) == str(expected.value)


def test_check_triples_passes_the_sample_and_the_seed(seed_graph):
    from test_shacl_fast import sample
    from kg.validate import check_triples
    check_triples(set(sample()))
    check_triples(set(seed_graph))


@pytest.mark.parametrize("name", _break_names())
def test_conforms_fast_is_false_on_every_broken_graph_given_as_ntriples_too(name):
    """The build's workers check a batch with its N-Triples text as the SPARQL constraints'
    data (kg.article_graphs): every break is still found."""
    from test_shacl_fast import broken
    from kg.article_graphs import NTriples
    from kg.validate import conforms_fast
    triples = set(broken(name))
    assert not conforms_fast(triples)
    assert not conforms_fast(triples, ntriples="".join(NTriples().lines(triples)))


def test_conforms_fast_is_true_on_the_sample_given_as_ntriples():
    from test_shacl_fast import sample
    from kg.article_graphs import NTriples
    from kg.validate import conforms_fast
    triples = set(sample())
    assert conforms_fast(triples, ntriples="".join(NTriples().lines(triples)))
