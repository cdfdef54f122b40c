"""Each article's graph, made and checked where the article was extracted.

A streaming build (:func:`kg.api.build`) hands every batch of articles to
:func:`graph_batch`, in a ``--jobs`` worker (or a Dask worker, or this process
with one job). It extracts the batch, turns each Document into its triples
(:func:`kg.build.document_graph`, one label per language), checks the batch's
triples against the shapes (:func:`kg.validate.check_triples`) and sends back,
per article, only its sorted N-Triples lines (:class:`ArticleGraph`): small to
send between processes, hashed as they are for the store's completion record
(``kg.store.content_hash`` of the same triples), and loaded into the store as
text in one transaction per batch. The process that writes the store does
nothing else per article, so the work spreads over every core.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from kg.gc_pause import gc_paused
from kg.store import to_ox      # (kg.store imports pyoxigraph and rdflib's terms only when used)


@dataclass
class ArticleGraph:
    """One article's graph: ``ntriples``, its distinct N-Triples lines, sorted."""

    id: str
    ntriples: str
    timings: dict = field(default_factory=dict)   # seconds of graph building and checking (batch's first)


class _TripleSink(set):
    """What kg.build.document_graph adds to, when no rdflib graph is needed."""


def fixed_labels(triples):
    """``triples`` as :func:`kg.build.fix_labels` leaves them: only the label triples of a
    subject with two labels of one language change, so only those go through it."""
    from rdflib.namespace import RDFS, SKOS
    seen, clash, label = {}, set(), RDFS.label
    for s, p, o in triples:
        if p == label:
            key = (s, (o.language or "").lower().split("-")[0])
            if key in seen:
                clash.add(s)
            seen[key] = o
    if not clash:
        return triples
    from rdflib import Graph

    from kg.build import fix_labels
    part = Graph()
    for t in triples:
        if t[0] in clash and t[1] in (RDFS.label, SKOS.altLabel):
            part.add(t)
    out = {t for t in triples if not (t[0] in clash and t[1] in (RDFS.label, SKOS.altLabel))}
    out.update(fix_labels(part))
    return out


class NTriples:
    """N-Triples lines of rdflib triples, each term written once (pyoxigraph's escaping)."""

    def __init__(self):
        self.terms = {}

    def term(self, term) -> str:
        text = self.terms.get(term)
        if text is None:
            text = self.terms[term] = str(to_ox(term))
        return text

    def lines(self, triples) -> list:
        """The sorted distinct lines of ``triples``."""
        terms, term, out = self.terms, self.term, set()
        for s, p, o in triples:
            try:
                out.add(f"{terms[s]} {terms[p]} {terms[o]} .\n")
            except KeyError:
                out.add(f"{term(s)} {term(p)} {term(o)} .\n")
        return sorted(out)


def article_graphs(docs, validate=True) -> list:
    """:class:`ArticleGraph` of each Document, the group checked together (raises
    kg.errors.ValidationError when it breaks a shape)."""
    with gc_paused():
        return _article_graphs(docs, validate)


def _article_graphs(docs, validate):
    from kg.build import document_graph
    started = time.monotonic()
    nt = NTriples()
    graphs = []
    for doc in docs:
        triples = fixed_labels(document_graph(doc, _TripleSink()))
        graphs.append((doc.article.id, triples))
    out = [ArticleGraph(i, "".join(nt.lines(triples))) for i, triples in graphs]
    made = time.monotonic()
    if validate and graphs:
        from kg.validate import check_triples
        batch = set().union(*(triples for _, triples in graphs))
        fixed = fixed_labels(batch)
        text = "".join(a.ntriples for a in out) if fixed is batch else "".join(nt.lines(fixed))
        check_triples(fixed, ntriples=text)
    if out:
        out[0].timings = {"graph": made - started, "validation": time.monotonic() - made}
    return out


def graph_batch(articles, min_confidence=0.0, validate=True) -> list:
    """Extract ``articles`` and make their graphs (what a build's worker does with a batch)."""
    from kg.api import filter_confidence
    from kg.parallel import _work
    with gc_paused():     # one pause over extraction and graphs: the batch's Documents are
        docs = [filter_confidence(doc, min_confidence) for doc in _work(articles)]
        graphs = article_graphs(docs, validate)
        del docs          # freed by reference counting before the collector is back
    return graphs
