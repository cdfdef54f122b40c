"""kg/article_graphs.py: each article's graph made and checked where it was extracted, sent
back as sorted N-Triples text."""
import hashlib

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal
from rdflib.compare import isomorphic

from kg.article_graphs import ArticleGraph, NTriples, article_graphs, fixed_labels, graph_batch
from kg.errors import ValidationError
from kg.model import Article
from kg.ns import KG, RES
from kg.parallel import extract_parallel
from kg.pipeline import extract

TEXTS = ["قال المتحدث باسم الجيش اللبناني العميد سامر الخطيب إن قوة أمنية اعتقلت مسلحين في طرابلس.",
         "التقى وزير الخارجية التركي نظيره الإيراني في أنقرة أمس، وبحثا الأوضاع في سوريا."]


def _articles():
    return [Article(id=f"ag-{i}", text=t) for i, t in enumerate(TEXTS)]


def test_each_article_comes_back_as_its_sorted_distinct_ntriples_lines():
    from kg.build import document_graph
    from kg.store import content_hash, ox_triples
    docs = [extract(a) for a in _articles()]
    out = article_graphs(docs)
    assert [a.id for a in out] == ["ag-0", "ag-1"]
    for doc, item in zip(docs, out):
        graph = rdflib.Graph()
        for t in fixed_labels(set(document_graph(doc))):
            graph.add(t)
        lines = item.ntriples.splitlines(keepends=True)
        assert lines == sorted(set(lines)) and len(lines) == len(graph)
        parsed = rdflib.Graph().parse(data=item.ntriples, format="nt")
        assert isomorphic(parsed, graph)
        # the text is what the store's completion record hashes
        assert "sha256:" + hashlib.sha256(item.ntriples.encode()).hexdigest() == content_hash(ox_triples(graph))


def test_ntriples_escapes_as_pyoxigraph_does():
    nt = NTriples()
    s, p = RES["person/x"], RDFS.label
    lines = nt.lines({(s, p, Literal('سطر\nثان "مقتبس"', lang="ar")), (s, RDF.type, KG.Person)})
    assert lines == [f'<{s}> <{RDF.type}> <{KG.Person}> .\n',
                     f'<{s}> <{p}> "سطر\\nثان \\"مقتبس\\""@ar .\n']


def test_a_batch_that_breaks_a_shape_is_refused(monkeypatch):
    import kg.build
    real = kg.build.document_graph

    def unlabelled(doc, graph=None):      # a person with no Arabic label breaks EntityShape
        g = real(doc, graph)
        g.add((RES["person/nameless"], RDF.type, KG.Person))
        return g
    monkeypatch.setattr(kg.build, "document_graph", unlabelled)
    docs = [extract(a) for a in _articles()]
    with pytest.raises(ValidationError, match="nameless"):
        article_graphs(docs)
    assert len(article_graphs(docs, validate=False)) == 2


def test_graph_batch_applies_the_confidence_floor():
    low = graph_batch(_articles(), min_confidence=0.0)
    high = graph_batch(_articles(), min_confidence=1.01)       # no relation or event is that sure
    assert all(isinstance(a, ArticleGraph) for a in low + high)
    assert any("RelationStatement" in a.ntriples or "#Event" in a.ntriples for a in low)
    assert not any("RelationStatement" in a.ntriples for a in high)
    assert all(len(h.ntriples) < len(lo.ntriples) for lo, h in zip(low, high))


def test_workers_send_back_the_same_graphs_in_order():
    arts = [Article(id=f"w-{i}", text=TEXTS[i % 2]) for i in range(6)]
    here = list(extract_parallel(arts, jobs=1, batch_size=2, work=graph_batch))
    two = list(extract_parallel(arts, jobs=2, batch_size=2, work=graph_batch))
    assert [a.id for a in two] == [a.id for a in arts]
    assert [a.ntriples for a in two] == [a.ntriples for a in here]


def test_the_garbage_collector_is_paused_while_graphs_are_made_and_restored_after(monkeypatch):
    import gc

    import kg.build
    real = kg.build.document_graph
    seen = []

    def watched(doc, graph=None):
        seen.append(gc.isenabled())
        return real(doc, graph)
    monkeypatch.setattr(kg.build, "document_graph", watched)
    docs = [extract(a) for a in _articles()]
    assert gc.isenabled()
    article_graphs(docs)
    assert seen == [False, False] and gc.isenabled()

    def broken(doc, graph=None):
        raise RuntimeError("boom")
    monkeypatch.setattr(kg.build, "document_graph", broken)
    with pytest.raises(RuntimeError):
        article_graphs(docs)
    assert gc.isenabled()        # restored on an error too
    gc.disable()
    try:
        monkeypatch.setattr(kg.build, "document_graph", watched)
        article_graphs(docs)
        assert not gc.isenabled()      # a caller's own pause is left as it was
    finally:
        gc.enable()


def test_graph_batch_frees_its_documents_before_the_collector_is_back(monkeypatch):
    import contextlib
    import gc

    import kg.article_graphs as ag
    from kg.model import Document
    real, alive = ag.gc_paused, []
    ids = {a.id for a in _articles()}

    @contextlib.contextmanager
    def watched():
        outer = gc.isenabled()
        with real():
            yield
            if outer:     # the pause that gives the collector back: what it would find of the batch
                alive.append(sum(isinstance(o, Document) and o.article.id in ids for o in gc.get_objects()))
    monkeypatch.setattr(ag, "gc_paused", watched)
    assert len(graph_batch(_articles())) == 2
    assert alive == [0]
