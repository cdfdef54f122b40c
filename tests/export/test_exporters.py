"""Every registered exporter writes the sample graph into something a real reader opens."""
import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Graph

import kg.export

SAMPLE = Path(__file__).parents[1] / "data" / "sample.ttl"
SAMPLE_TRIPLES = 109   # triples in tests/data/sample.ttl


def oxigraph(fmt):
    def read(path):
        with open(path, "rb") as fh:
            quads = list(pyoxigraph.parse(fh, format=fmt))
        assert len({(q.subject, q.predicate, q.object) for q in quads}) == SAMPLE_TRIPLES
    return read


def read_owl_view(path):
    """The ontology and the data in one RDF/XML file: the sample's triples are all there."""
    with open(path, "rb") as fh:
        triples = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.RDF_XML)}
    with open(SAMPLE, "rb") as fh:
        sample = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(fh, format=pyoxigraph.RdfFormat.TURTLE)}
    assert sample <= triples and len(triples) > len(sample)


def read_jsonld(path):
    json.loads(Path(path).read_text(encoding="utf-8"))
    g = Graph()
    g.parse(path, format="json-ld")
    assert len(g) == SAMPLE_TRIPLES


def read_graphml(path):
    g = nx.read_graphml(path)
    assert g.number_of_nodes() > 0 and g.number_of_edges() > 0


def read_neo4j(folder):
    files = sorted(Path(folder).glob("*/*.csv"))
    assert files
    rows = 0
    for path in files:
        with open(path, newline="", encoding="utf-8") as fh:
            table = list(csv.reader(fh))
        assert table and all(len(row) == len(table[0]) for row in table)
        rows += len(table) - 1
    assert rows > 0
    assert (Path(folder) / "load.cypher").stat().st_size > 0


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def read_html(path):
    parser = _Tags()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    parser.close()
    assert {"html", "body"} <= parser.tags


READERS = {
    "turtle": oxigraph(pyoxigraph.RdfFormat.TURTLE),
    "ntriples": oxigraph(pyoxigraph.RdfFormat.N_TRIPLES),
    "nquads": oxigraph(pyoxigraph.RdfFormat.N_QUADS),
    "trig": oxigraph(pyoxigraph.RdfFormat.TRIG),
    "rdfxml": oxigraph(pyoxigraph.RdfFormat.RDF_XML),
    "jsonld": read_jsonld,
    "graphml": read_graphml,
    "neo4j": read_neo4j,
    "html": read_html,
    "owl": read_owl_view,
}


@pytest.mark.parametrize("fmt", kg.export.names())
def test_exporter_output_opens_in_a_reader(tmp_path, fmt):
    graph = Graph()
    graph.parse(SAMPLE)
    assert len(graph) == SAMPLE_TRIPLES
    target = tmp_path / ("out" + kg.export.suffix(fmt))
    kg.export.export(graph, target, fmt)
    assert target.exists()
    if target.is_dir():
        assert any(p.stat().st_size > 0 for p in target.rglob("*") if p.is_file())
    else:
        assert target.stat().st_size > 0
    assert fmt in READERS, f"no reader for the new format {fmt!r}: add one here"
    READERS[fmt](target)
