"""kg/shacl_fast.py: the native core-constraint engine reports exactly what pyshacl reports.

Every shape and every constraint of ontology/shapes.ttl is broken at least once
(graphs derived from tests/data/sample.ttl); the rows (focus, path, message) of
``validate(g)`` and ``validate(g, engine="pyshacl")`` must be the same set, with the
shapes' messages and, for the shapes stripped of their messages, pyshacl's default
messages. No timings here.
"""
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.ns import KG, SCHEMA
from kg.resources import SHAPES_TTL
from kg.shacl_fast import NATIVE, constraint_parameters, plan
from kg.validate import _split_sparql, load_shapes, validate

SAMPLE_TTL = Path(__file__).resolve().parent / "data" / "sample.ttl"
R = "https://w3id.org/arabic-kg/resource/"
SAMER = URIRef(R + "person/samer-al-ali")
COOPER = URIRef(R + "person/brad-cooper")
ISIS = URIRef(R + "organization/isis")
CENTCOM = URIRef(R + "organization/centcom")
SYRIA = URIRef(R + "place/syria")
PALMYRA = URIRef(R + "place/palmyra")
ARTICLE = URIRef(R + "article/sample")
OTHER = URIRef(R + "article/other")
EV0 = URIRef(R + "evidence/sample/0-95")
EV1 = URIRef(R + "evidence/sample/96-150")
ST_MEMBER = URIRef(R + "statement/sample/0a1b2c3d4e5f")
ST_LEADER = URIRef(R + "statement/sample/1a1b2c3d4e5f")
KILLING = URIRef(R + "event/sample/3a1b2c3d4e5f")
OPERATION = URIRef(R + "event/sample/4a1b2c3d4e5f")
DEC = XSD.decimal
GROUP = URIRef("https://w3id.org/arabic-kg/ontology#Group")


def sample():
    return Graph().parse(SAMPLE_TTL, format="turtle")


def _set(g, s, p, o):
    g.remove((s, p, None))
    if o is not None:
        g.add((s, p, o))


# One change per entry, each breaking (at least) the named shape / constraint of shapes.ttl.
BREAKS = {
    # EntityShape
    "entity nodeKind (blank node)": lambda g: [g.add((b, RDF.type, KG.Person)) for b in [BNode("x")]],
    "entity no English label (qualifiedMinCount)": lambda g: g.remove((SAMER, RDFS.label, Literal("Samer al-Ali", lang="en"))),
    "entity two English labels (qualifiedMaxCount)": lambda g: g.add((SAMER, RDFS.label, Literal("Samir", lang="en"))),
    "entity no Arabic label": lambda g: g.remove((SYRIA, RDFS.label, Literal("سوريا", lang="ar"))),
    "entity two Arabic labels": lambda g: g.add((SYRIA, RDFS.label, Literal("سورية", lang="ar"))),
    "entity en-GB label counts as English (languageIn)": lambda g: g.add((SYRIA, RDFS.label, Literal("Syria", lang="en-GB"))),
    "entity plain label (datatype langString)": lambda g: g.add((ISIS, RDFS.label, Literal("داعش"))),
    "entity label an IRI": lambda g: g.add((ISIS, RDFS.label, SYRIA)),
    "entity not mentioned (minCount)": lambda g: g.remove((COOPER, KG.mentionedIn, None)),
    "entity mentioned in a non-article (class)": lambda g: g.add((COOPER, KG.mentionedIn, SYRIA)),
    "entity mentioned in a literal": lambda g: g.add((COOPER, KG.mentionedIn, Literal("sample"))),
    "sameAs not wikidata (pattern)": lambda g: g.add((SYRIA, OWL.sameAs, URIRef("https://en.wikipedia.org/wiki/Syria"))),
    "sameAs a literal (nodeKind)": lambda g: g.add((SYRIA, OWL.sameAs, Literal("http://www.wikidata.org/entity/Q858"))),
    "sameAs Q0 (pattern)": lambda g: g.add((SYRIA, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q0"))),
    # DisjointCoarseClassesShape (xone)
    "person and place (xone)": lambda g: g.add((SAMER, RDF.type, KG.Place)),
    "event and organisation (xone)": lambda g: g.add((KILLING, RDF.type, KG.Organization)),
    "three coarse classes (xone)": lambda g: [g.add((ISIS, RDF.type, c)) for c in (KG.Person, KG.Place)],
    # relation shapes: subject (node or/class) and object (property class/or)
    "memberOf a place": lambda g: (g.remove((SAMER, KG.memberOf, ISIS)), g.add((SAMER, KG.memberOf, SYRIA))),
    "memberOf from an event (node or)": lambda g: g.add((KILLING, KG.memberOf, ISIS)),
    "leaderOf a person": lambda g: g.add((COOPER, KG.leaderOf, SAMER)),
    "leaderOf from a literal-less article": lambda g: g.add((ARTICLE, KG.leaderOf, ISIS)),
    "spokespersonOf from an organisation": lambda g: g.add((ISIS, KG.spokespersonOf, ISIS)),
    "spokespersonOf a place": lambda g: g.add((COOPER, KG.spokespersonOf, SYRIA)),
    "positionIn a person": lambda g: g.add((COOPER, KG.positionIn, SAMER)),
    "positionIn from a place": lambda g: g.add((SYRIA, KG.positionIn, ISIS)),
    "affiliatedWith an event": lambda g: g.add((SAMER, KG.affiliatedWith, KILLING)),
    "affiliatedWith from an evidence": lambda g: g.add((EV0, KG.affiliatedWith, ISIS)),
    "locatedIn an organisation": lambda g: g.add((PALMYRA, KG.locatedIn, ISIS)),
    "locatedIn from a person": lambda g: g.add((SAMER, KG.locatedIn, SYRIA)),
    "partOf from a place": lambda g: g.add((PALMYRA, KG.partOf, ISIS)),
    "partOf a place": lambda g: g.add((CENTCOM, KG.partOf, SYRIA)),
    # RelationStatementShape
    "statement a blank node (nodeKind)": lambda g: [g.add((b, RDF.type, KG.RelationStatement)) for b in [BNode("st")]],
    "statement two subjects (maxCount)": lambda g: g.add((ST_MEMBER, KG.statementSubject, COOPER)),
    "statement no subject (minCount)": lambda g: g.remove((ST_MEMBER, KG.statementSubject, None)),
    "statement subject a literal (nodeKind)": lambda g: _set(g, ST_MEMBER, KG.statementSubject, Literal("Samer")),
    "statement property not a relation (in)": lambda g: _set(g, ST_MEMBER, KG.statementProperty, KG.mentionedIn),
    "statement no property": lambda g: g.remove((ST_LEADER, KG.statementProperty, None)),
    "statement two objects": lambda g: g.add((ST_MEMBER, KG.statementObject, SYRIA)),
    "statement object a literal": lambda g: _set(g, ST_LEADER, KG.statementObject, Literal("x")),
    "statement no object": lambda g: g.remove((ST_LEADER, KG.statementObject, None)),
    "statement two postNames (maxCount)": lambda g: [g.add((ST_LEADER, KG.postName, Literal(t, lang="ar")))
                                                     for t in ("قائد", "رئيس")],
    "statement postName plain (datatype)": lambda g: g.add((ST_LEADER, KG.postName, Literal("commander"))),
    # shared property shapes on statements and events
    "confidence above one (maxInclusive)": lambda g: _set(g, ST_MEMBER, KG.confidence, Literal("1.5", datatype=DEC)),
    "confidence negative (minInclusive)": lambda g: _set(g, KILLING, KG.confidence, Literal("-0.1", datatype=DEC)),
    "confidence a string (datatype)": lambda g: _set(g, ST_MEMBER, KG.confidence, Literal("0.8")),
    "confidence a double": lambda g: _set(g, KILLING, KG.confidence, Literal(0.5, datatype=XSD.double)),
    "confidence an integer": lambda g: _set(g, KILLING, KG.confidence, Literal(1)),
    "confidence ill-typed decimal": lambda g: _set(g, OPERATION, KG.confidence, Literal("abc", datatype=DEC)),
    "confidence missing": lambda g: g.remove((OPERATION, KG.confidence, None)),
    "confidence twice": lambda g: g.add((OPERATION, KG.confidence, Literal("0.1", datatype=DEC))),
    "evidence missing": lambda g: g.remove((ST_MEMBER, KG.evidence, None)),
    "evidence not an Evidence": lambda g: g.add((KILLING, KG.evidence, ARTICLE)),
    "inArticle missing": lambda g: g.remove((KILLING, KG.inArticle, None)),
    "inArticle twice, one not an article": lambda g: g.add((KILLING, KG.inArticle, OTHER)),
    "evidence from another article (sparql)": lambda g: (g.add((OTHER, RDF.type, KG.Article)),
                                                         g.add((OTHER, KG.articleId, Literal("other"))),
                                                         _set(g, EV0, KG.inArticle, OTHER)),
    "statement without its triple (sparql)": lambda g: g.remove((PALMYRA, KG.locatedIn, SYRIA)),
    # EventShape
    "event blank node": lambda g: [g.add((b, RDF.type, KG.Event)) for b in [BNode("ev")]],
    "event no English label": lambda g: g.remove((KILLING, RDFS.label, None)),
    "event two Arabic labels (qualifiedMaxCount only)": lambda g: [g.add((KILLING, RDFS.label, Literal(t, lang="ar")))
                                                                   for t in ("قتل", "مقتل")],
    "event agent an evidence (or of class)": lambda g: g.add((KILLING, KG.agent, EV0)),
    "event agent a literal": lambda g: g.add((KILLING, KG.agent, Literal("US"))),
    "event target an event": lambda g: g.add((KILLING, KG.target, OPERATION)),
    "event place a person": lambda g: g.add((KILLING, KG.place, SAMER)),
    "event date a dateTime (or of datatype)": lambda g: _set(g, KILLING, KG.date, Literal("2026-01-16T10:00:00", datatype=XSD.dateTime)),
    "event date a plain string": lambda g: _set(g, KILLING, KG.date, Literal("2026-01-16")),
    "event date an ill-typed date": lambda g: _set(g, OPERATION, KG.date, Literal("2026-13-45", datatype=XSD.date)),
    "event date an IRI": lambda g: _set(g, OPERATION, KG.date, SYRIA),
    "event trigger plain": lambda g: _set(g, KILLING, KG.trigger, Literal("killed")),
    "event name plain": lambda g: _set(g, OPERATION, KG.eventName, Literal("Hawkeye")),
    # EvidenceShape
    "evidence blank node": lambda g: [g.add((b, RDF.type, KG.Evidence)) for b in [BNode("e")]],
    "start not before end (lessThan)": lambda g: _set(g, EV0, KG.startOffset, Literal(95)),
    "start after end (lessThan)": lambda g: _set(g, EV1, KG.startOffset, Literal(200)),
    "start a string against an integer end (lessThan)": lambda g: _set(g, EV1, KG.startOffset, Literal("96")),
    "negative start (minInclusive)": lambda g: _set(g, EV0, KG.startOffset, Literal(-3)),
    "end a string (datatype)": lambda g: _set(g, EV0, KG.endOffset, Literal("95")),
    "end a decimal": lambda g: _set(g, EV1, KG.endOffset, Literal("150.0", datatype=DEC)),
    "two ends (maxCount)": lambda g: g.add((EV1, KG.endOffset, Literal(151))),
    "no start (minCount)": lambda g: g.remove((EV1, KG.startOffset, None)),
    "no end": lambda g: g.remove((EV1, KG.endOffset, None)),
    "no sentence": lambda g: g.remove((EV0, KG.sentenceText, None)),
    "empty sentence (minLength)": lambda g: _set(g, EV0, KG.sentenceText, Literal("", lang="ar")),
    "empty plain sentence": lambda g: _set(g, EV1, KG.sentenceText, Literal("")),
    "sentence an integer (or of datatype)": lambda g: _set(g, EV1, KG.sentenceText, Literal(7)),
    "two sentences": lambda g: g.add((EV1, KG.sentenceText, Literal("جملة أخرى.", lang="ar"))),
    "evidence in no article": lambda g: g.remove((EV1, KG.inArticle, None)),
    # ArticleShape
    "article blank node": lambda g: [g.add((b, RDF.type, KG.Article)) for b in [BNode("a")]],
    "article no id": lambda g: g.remove((ARTICLE, KG.articleId, None)),
    "article empty id (minLength)": lambda g: _set(g, ARTICLE, KG.articleId, Literal("")),
    "article id langString (datatype)": lambda g: _set(g, ARTICLE, KG.articleId, Literal("sample", lang="ar")),
    "article two ids": lambda g: g.add((ARTICLE, KG.articleId, Literal("sample2"))),
    "article published not a date": lambda g: _set(g, ARTICLE, KG.published, Literal("17/01/2026")),
    "article published twice": lambda g: g.add((ARTICLE, KG.published, Literal("2026-01-18", datatype=XSD.date))),
    "article url a string (datatype anyURI)": lambda g: g.add((ARTICLE, KG.url, Literal("http://example.org/a"))),
    "article two urls": lambda g: [g.add((ARTICLE, KG.url, Literal(u, datatype=XSD.anyURI)))
                                   for u in ("http://example.org/a", "http://example.org/b")],
    "article two titles (maxCount, no datatype)": lambda g: g.add((ARTICLE, KG.title, Literal("Title", lang="en"))),
    "schema date not a date": lambda g: _set(g, ARTICLE, SCHEMA.datePublished, Literal("17/01/2026")),
    "two schema headlines": lambda g: g.add((ARTICLE, SCHEMA.headline, Literal("Title", lang="en"))),
    "schema url a string": lambda g: g.add((ARTICLE, SCHEMA.url, Literal("http://example.org/a"))),
    "publisher a literal": lambda g: _set(g, ARTICLE, SCHEMA.publisher, Literal("test")),
    "two publishers": lambda g: g.add((ARTICLE, SCHEMA.publisher, URIRef(R + "publisher/other"))),
    "author not a schema:Person": lambda g: g.add((ARTICLE, SCHEMA.author, SAMER)),
    "publisher without a name": lambda g: g.remove((URIRef(R + "publisher/test"), SCHEMA.name, None)),
    "author with two names": lambda g: [g.add((o, SCHEMA.name, Literal("اسم آخر")))
                                        for o in g.objects(ARTICLE, SCHEMA.author)],
}


def broken(name):
    g = sample()
    BREAKS[name](g)
    return g


def all_broken():
    g = sample()
    for change in BREAKS.values():
        change(g)
    return g


def same(g, shapes=None):
    """validate(g) == validate(g, engine="pyshacl"), rows and conformance; returns the rows."""
    fast, ref = validate(g, shapes), validate(g, shapes, engine="pyshacl")
    assert fast.results == ref.results
    assert fast.conforms == ref.conforms
    return fast.results


def without_messages():
    """ontology/shapes.ttl without a single sh:message: pyshacl's default messages everywhere."""
    g = Graph().parse(SHAPES_TTL, format="turtle")
    g.remove((None, SH.message, None))
    return g


def test_the_shapes_are_all_evaluated_natively():
    the_plan = plan(_split_sparql(load_shapes())[0])
    assert the_plan.reasons == {} and the_plan.residual is None
    assert len(the_plan.native) >= 13


def test_every_constraint_component_of_the_shapes_is_native_or_left_to_pyshacl():
    """Enumerates the constraint parameters shapes.ttl uses: each is implemented here, or
    its shape is routed to pyshacl (and then pyshacl still checks it)."""
    sg = load_shapes()
    core = _split_sparql(sg)[0]
    params = constraint_parameters()
    used = {p for p in core.predicates() if p in params}
    the_plan = plan(core)
    for p in used:
        holders = set(core.subjects(p, None))
        assert p in NATIVE or any(h in the_plan.reasons for h in holders), p
    # the ones shapes.ttl uses today, all native
    for p in ("class", "datatype", "nodeKind", "minCount", "maxCount", "minInclusive", "maxInclusive",
              "or", "xone", "pattern", "minLength", "languageIn", "in", "lessThan", "property",
              "qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount"):
        assert SH[p] in used and SH[p] in NATIVE, p


def test_sample_conforms_both_ways():
    assert same(sample()) == []
    assert validate(sample()).conforms


def test_seed_graph_conforms_both_ways(seed_graph):
    assert same(seed_graph) == []


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_each_break_gives_pyshacl_rows(name):
    rows = same(broken(name))
    assert rows, name          # every change breaks something


def test_all_breaks_together():
    rows = same(all_broken())
    assert len(rows) > 60


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_default_messages_are_pyshacl_s(name):
    """The same, with every sh:message removed: each component's default message."""
    assert same(broken(name), without_messages())


def test_every_shape_of_shapes_ttl_is_broken():
    """Each shape with targets reports on the all-broken graph (node shapes' own rows included)."""
    fast = validate(all_broken(), without_messages()).results
    messages = " | ".join(m for _, _, m in fast)
    for needle in ("Node Kind sh:IRI", "exactly one shape", "one or more shapes", "does not have class",
                   "MinCount 1", "MaxCount 1", "Value is not Literal with datatype",
                   "Less than 1 values", "More than 1 values", "does not match pattern", "not in list",
                   "Value is not >=", "Value is not <=", "String length not >=", "<="):
        assert needle in messages, needle


CUSTOM = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <urn:ex:> .
ex:a a sh:NodeShape ; sh:targetClass kgo:Event ;
    sh:property [ sh:path kgo:confidence ; sh:minExclusive 0.65 ; sh:maxExclusive 0.7 ] ;
    sh:property [ sh:path rdfs:label ; sh:maxLength 10 ; sh:uniqueLang true ] ;
    sh:property [ sh:path kgo:agent ; sh:not [ sh:class kgo:ArmedForce ] ] ;
    sh:property [ sh:path kgo:target ; sh:node ex:named ] ;
    sh:property [ sh:path kgo:trigger ; sh:equals kgo:eventName ] ;
    sh:property [ sh:path kgo:agent ; sh:disjoint kgo:target ] ;
    sh:property [ sh:path kgo:date ; sh:hasValue "2026-01-16"^^xsd:date ] .
ex:named a sh:NodeShape ; sh:and ( [ sh:property [ sh:path rdfs:label ; sh:minCount 3 ] ] [ sh:nodeKind sh:IRI ] ) .
ex:b a sh:NodeShape ; sh:targetNode <https://w3id.org/arabic-kg/resource/place/syria> , <urn:ex:nowhere> ;
    sh:property [ sh:path rdfs:label ; sh:in ( "Syria"@en ) ; sh:pattern "^s" ; sh:flags "i" ] .
ex:c a sh:PropertyShape ; sh:targetObjectsOf kgo:inArticle ; sh:path kgo:articleId ; sh:maxLength 3 .
ex:d a sh:NodeShape ; sh:targetClass kgo:Group ; sh:class kgo:Place .
ex:e a sh:NodeShape ; sh:targetSubjectsOf kgo:startOffset ;
    sh:property [ sh:path kgo:startOffset ; sh:lessThanOrEquals kgo:startOffset ; sh:lessThan kgo:endOffset ] ;
    sh:property [ sh:path kgo:endOffset ; sh:lessThanOrEquals kgo:startOffset ] .
ex:off a sh:NodeShape ; sh:targetClass kgo:Person ; sh:deactivated true ; sh:class kgo:Place .
"""


def test_other_core_components_match_pyshacl():
    """Components shapes.ttl does not use today, with default messages, targets by node and
    objects-of, and rdfs:subClassOf in the data (kgo:ArmedForce a subclass of kgo:Group)."""
    shapes = Graph().parse(data=CUSTOM, format="turtle")
    assert plan(shapes).reasons == {}
    g = sample()
    g.add((KG.ArmedForce, RDFS.subClassOf, GROUP))
    g.add((KG.ArmedGroup, RDFS.subClassOf, GROUP))
    rows = same(g, shapes)
    assert len(rows) > 8, rows
    assert same(all_broken(), shapes)


def test_a_component_not_implemented_goes_to_pyshacl():
    """sh:closed is not native: its shape is left to pyshacl, never skipped; the others stay native."""
    shapes = Graph().parse(data="""
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    @prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    <urn:closed> a sh:NodeShape ; sh:targetClass kgo:Article ; sh:closed true ;
        sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path kgo:articleId ] .
    <urn:native> a sh:NodeShape ; sh:targetClass kgo:Person ; sh:class kgo:Place .
    """, format="turtle")
    the_plan = plan(shapes)
    assert set(the_plan.reasons) == {URIRef("urn:closed")}
    assert [s.node for s, _ in the_plan.native] == [URIRef("urn:native")]
    rows = same(sample(), shapes)
    assert any("is closed" in m for _, _, m in rows), rows          # reported by pyshacl
    assert any("does not have class" in m for _, _, m in rows), rows


def test_sparql_constraint_on_a_non_class_shape_goes_to_pyshacl():
    shapes = Graph().parse(data="""
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    @prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
    <urn:s> a sh:NodeShape ; sh:targetSubjectsOf kgo:memberOf ; sh:sparql [
        sh:message "member" ; sh:select "SELECT $this WHERE { $this ?p ?o }" ] .
    """, format="turtle")
    assert set(plan(shapes).reasons) == {URIRef("urn:s")}
    assert [(f, m) for f, _, m in same(sample(), shapes)] == [(f"<{SAMER}>", "member")]


def test_unknown_engine_refused():
    with pytest.raises(ValueError):
        validate(sample(), engine="other")


@pytest.mark.parametrize("param", ["xone", "or", "qualifiedValueShape", "lessThan", "class", "property"])
def test_a_shapes_ttl_component_taken_out_of_the_fast_path_goes_to_pyshacl(monkeypatch, param):
    """Were a component of shapes.ttl not implemented here, its shapes would be routed to
    pyshacl whole, and the rows would still be pyshacl's."""
    import kg.shacl_fast
    import kg.validate
    monkeypatch.setattr(kg.shacl_fast, "NATIVE", NATIVE - {SH[param]})
    monkeypatch.setattr(kg.validate, "_PLANS", {})
    core = _split_sparql(load_shapes())[0]
    the_plan = plan(core)
    holders = set(core.subjects(SH[param], None))
    tops = {n for n in the_plan.reasons}
    assert tops and the_plan.residual is not None
    assert all(any(t == h or (t, None, h) in core or _refers(core, t, h) for t in tops) for h in holders)
    assert same(all_broken())
    assert same(sample()) == []


def _refers(g, top, node):
    """top reaches node through the shapes graph (sh:property, lists ...)."""
    seen, todo = {top}, [top]
    while todo:
        for o in g.objects(todo.pop(), None):
            if o == node:
                return True
            if isinstance(o, (BNode, URIRef)) and o not in seen and not str(o).startswith(str(SH)):
                seen.add(o)
                todo.append(o)
    return False


@pytest.mark.parametrize("seed", range(12))
def test_randomly_damaged_graphs_give_pyshacl_rows(seed):
    """Triples dropped, triples recombined from the graph's own terms, coarse classes and
    odd literals added at random (seeded): the rows are pyshacl's."""
    import random
    rnd = random.Random(seed)
    g = sample()
    triples = sorted(g, key=str)
    subjects = sorted(set(g.subjects()), key=str)
    objects = sorted(set(g.objects()), key=str)
    preds = sorted(set(g.predicates()), key=str)
    for _ in range(4):
        g.remove(rnd.choice(triples))
    for _ in range(4):
        g.add((rnd.choice(subjects), rnd.choice(preds), rnd.choice(objects)))
    for _ in range(2):
        g.add((rnd.choice(subjects), RDF.type, rnd.choice([KG.Person, KG.Place, KG.Organization, KG.Event,
                                                            KG.Article, KG.Evidence, KG.RelationStatement])))
        g.add((rnd.choice(subjects), rnd.choice(preds),
               rnd.choice([Literal("x"), Literal(3), Literal("-1", datatype=DEC), Literal("y", lang="en"),
                           Literal("", lang="ar"), Literal("2026", datatype=XSD.gYear)])))
    same(g)
    same(g, without_messages())


def test_shapes_ttl_never_calls_pyshacl(monkeypatch):
    """The default engine on ontology/shapes.ttl (what `kg build` and `kg validate` run)."""
    import pyshacl

    from kg.validate import check

    def refuse(*args, **kwargs):
        raise AssertionError("pyshacl called")
    monkeypatch.setattr(pyshacl, "validate", refuse)
    assert check(sample()).conforms
    assert not validate(broken("person and place (xone)")).conforms
    with pytest.raises(AssertionError):
        validate(sample(), engine="pyshacl")


def test_dataset_goes_to_pyshacl():
    from rdflib import Dataset
    ds = Dataset()
    for t in sample():
        ds.add(t)
    assert validate(ds).conforms
