"""kg/store.py: named graph per article, replacement, persistence, reading any source."""
import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.ns import KG, RES
from kg.store import (StoreError, add_graph, is_store, load_source, open_store,
                      union_graph)

SAMPLE = "tests/data/sample.ttl"
ISIS = RES["organization/isis"]


def article_graph(slug, person, person_ar, sentence):
    """A tiny article graph in the builder's shape: one person memberOf ISIS."""
    g = rdflib.Graph()
    art, p = RES[f"article/{slug}"], RES[f"person/{person}"]
    ev = RES[f"evidence/{slug}/0-{len(sentence)}"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.published, Literal("2026-01-17", datatype=XSD.date)))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, KG.sentenceText, Literal(sentence, lang="ar")))
    g.add((ev, KG.startOffset, Literal(0)))
    for node, ar, en, cls in ((p, person_ar, person.replace("-", " ").title(), KG.Person),
                              (ISIS, "تنظيم الدولة", "Islamic State", KG.ArmedGroup)):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(ar, lang="ar")))
        g.add((node, RDFS.label, Literal(en, lang="en")))
        g.add((node, KG.mentionedIn, art))
    g.add((p, KG.memberOf, ISIS))
    return g


A = article_graph("a1", "samer-al-ali", "سامر العلي", "انضم سامر العلي إلى تنظيم الدولة.")
B = article_graph("b2", "omar-al-hasan", "عمر الحسن", "قال التنظيم إن عمر الحسن من عناصره.")
GA, GB = str(RES["graph/a1"]), str(RES["graph/b2"])


def count(store, query):
    return int(next(iter(store.query(query)))[0].value)


def named_quads(store):
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")


def union_triples(store):
    """Triples of the default graph, which add_graph keeps equal to the union of the article graphs."""
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")


def test_two_articles_share_one_entity_iri(tmp_path):
    st = open_store(tmp_path / "st", create=True)
    assert add_graph(st, GA, A) == len(A)
    add_graph(st, GB, B)
    assert {g.value for g in st.named_graphs()} == {GA, GB}
    assert named_quads(st) == len(A) + len(B)
    # shared by both articles: ISIS's type and its two labels, once in the union
    assert union_triples(st) == len(A) + len(B) - 3
    # ISIS's label is in both article graphs but once in the union
    per_graph = count(st, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <%s> <%s> "Islamic State"@en } }'
                      % (ISIS, RDFS.label))
    assert per_graph == 2
    union = count(st, "SELECT (COUNT(*) AS ?n) WHERE { <%s> <%s> ?l }" % (ISIS, RDFS.label))
    assert union == 2  # @ar and @en, once each: joins are not multiplied by the article count
    members = count(st, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p <%s> <%s> }" % (KG.memberOf, ISIS))
    assert members == 2


def test_readding_an_article_replaces_its_graph(tmp_path):
    st = open_store(tmp_path / "st", create=True)
    add_graph(st, GA, A)
    add_graph(st, GB, B)
    before, union_before = named_quads(st), union_triples(st)
    add_graph(st, GA, A)
    assert (named_quads(st), union_triples(st)) == (before, union_before)
    # a new version of article a1 without its memberOf and without ISIS's type:
    # the memberOf leaves the union, ISIS's type stays (article b2 still has it)
    smaller = rdflib.Graph()
    smaller += [t for t in A if t[1] != KG.memberOf and t != (ISIS, RDF.type, KG.ArmedGroup)]
    add_graph(st, GA, smaller)
    assert named_quads(st) == before - 2
    assert union_triples(st) == union_before - 1
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { <%s> a ?t }" % ISIS) == 1
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s <%s> ?o } }" % (GA, KG.memberOf)) == 0
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s <%s> ?o } }" % (GB, KG.memberOf)) == 1


def test_store_persists_after_close_and_reopens_read_only(tmp_path):
    path = tmp_path / "st"
    add_graph(path, GA, A)          # a path: opened, written, flushed, closed
    add_graph(path, GB, B)
    assert is_store(path)
    st = open_store(path)
    n = len(st)
    assert named_quads(st) == len(A) + len(B)
    del st
    ro = open_store(path, read_only=True)
    assert len(ro) == n and named_quads(ro) == len(A) + len(B)
    assert {g.value for g in ro.named_graphs()} == {GA, GB}


def test_literals_survive_the_round_trip(tmp_path):
    g = rdflib.Graph()
    s = URIRef("http://example.org/s")
    g.add((s, RDFS.label, Literal("دمشق", lang="ar")))
    g.add((s, KG.date, Literal("2025-12", datatype=XSD.gYearMonth)))
    g.add((s, KG.confidence, Literal("0.75", datatype=XSD.decimal)))
    g.add((s, KG.articleId, Literal("plain")))
    add_graph(tmp_path / "st", GA, g)
    back = union_graph(tmp_path / "st")
    assert isomorphic(back, g)
    assert (s, KG.articleId, Literal("plain")) in back  # xsd:string comes back as a plain literal


@pytest.mark.parametrize("make", ["missing", "file", "other-folder"])
def test_open_store_refuses_what_is_not_a_store(tmp_path, make):
    path = tmp_path / "x"
    if make == "file":
        path.write_text("hello")
    elif make == "other-folder":
        path.mkdir()
        (path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match=str(path)):
        open_store(path)
    if make != "missing":
        with pytest.raises(StoreError):
            open_store(path, create=True)  # never writes into something else
    if make == "other-folder":
        assert sorted(p.name for p in path.iterdir()) == ["notes.txt"]


def test_read_only_never_creates(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "new", create=True, read_only=True)
    assert not (tmp_path / "new").exists()


def test_load_source_turtle_equals_rdflib_parse():
    ds = load_source(SAMPLE)
    expected = rdflib.Graph().parse(SAMPLE, format="turtle")
    assert isomorphic(union_graph(ds), expected)
    assert len(union_graph(SAMPLE)) == len(expected) == 100


def test_load_source_store_keeps_named_graphs(tmp_path):
    add_graph(tmp_path / "st", GA, A)
    add_graph(tmp_path / "st", GB, B)
    ds = load_source(tmp_path / "st")
    graphs = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    assert graphs == {GA: len(A), GB: len(B)}
    # shared by both articles: ISIS's type and its two labels
    assert len(union_graph(ds)) == len(A) + len(B) - 3


def test_load_source_nquads_keeps_named_graphs(tmp_path):
    nq = tmp_path / "x.nq"
    nq.write_text('<http://e/s> <http://e/p> "س"@ar <http://e/g1> .\n'
                  '<http://e/s> <http://e/p> "ص"@ar <http://e/g2> .\n'
                  '<http://e/s> <http://e/p> "ص"@ar .\n', encoding="utf-8")
    ds = load_source(nq)
    sizes = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    assert sizes["http://e/g1"] == 1 and sizes["http://e/g2"] == 1
    assert len(union_graph(ds)) == 2


def test_bad_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://e/s> <http://e/p> "ok" .\n<http://e/s> <http://e/p> "unclosed .\n',
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_source(bad)
    assert err.value.path == str(bad)
    assert err.value.line == 2
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def test_unknown_suffix_and_missing_file(tmp_path):
    odd = tmp_path / "graph.xyz"
    odd.write_text("x")
    with pytest.raises(InputError, match="suffix"):
        load_source(odd)
    with pytest.raises(InputError, match="no such file"):
        load_source(tmp_path / "nothing.ttl")


def test_build_on_a_store_in_use_fails_before_extraction(tmp_path, monkeypatch):
    import kg.api
    from kg.errors import KgError
    from kg.store import open_store
    import pyoxigraph
    held = open_store(tmp_path / "store", create=True)       # another kg process holds it
    held.add(pyoxigraph.Quad(*(pyoxigraph.NamedNode(f"http://e/{x}") for x in "spo")))
    calls = []
    monkeypatch.setattr(kg.api, "extract_documents", lambda *a, **k: calls.append(1) or iter(()))
    with pytest.raises(KgError, match="store in use by another kg process"):
        kg.api.build(["seeds"], store=tmp_path / "store")
    assert calls == []
    del held


def test_failed_build_leaves_no_new_store(tmp_path):
    import kg.api
    from kg.errors import KgError
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(KgError):
        kg.api.build([bad], store=tmp_path / "store")
    assert not (tmp_path / "store").exists()
