"""Exporters, registered by name and imported lazily (like rdflib's plugins).

An exporter is ``write(graph, path, **options) -> None`` where ``graph`` is an
``rdflib.Graph`` or ``rdflib.Dataset`` and ``path`` a file (or a folder, for
formats made of several files). The CLI's ``--format`` choices come from here.
"""
import importlib

from kg.errors import UnknownFormatError

# name -> (module, function, file suffix or "" for a folder, description)
EXPORTERS = {
    "turtle": ("kg.export.rdf", "write_turtle", ".ttl", "RDF Turtle (sorted, deterministic)"),
    "ntriples": ("kg.export.rdf", "write_ntriples", ".nt", "RDF N-Triples (sorted lines)"),
    "nquads": ("kg.export.rdf", "write_nquads", ".nq", "RDF N-Quads (named graph per article)"),
    "trig": ("kg.export.rdf", "write_trig", ".trig", "RDF TriG (named graph per article)"),
    "jsonld": ("kg.export.rdf", "write_jsonld", ".jsonld", "JSON-LD with the published @context"),
    "rdfxml": ("kg.export.rdf", "write_rdfxml", ".rdf", "RDF/XML (Protégé, owlready2)"),
    "owl": ("kg.export.rdf", "write_owl", ".owl", "RDF/XML with the ontology: one OWL 2 DL file (Protégé + HermiT)"),
    "graphml": ("kg.export.graphml", "write_graphml", ".graphml", "GraphML for Gephi (string attributes)"),
    "neo4j": ("kg.export.neo4j", "write_neo4j", "", "Neo4j CSV files + Cypher load script (a folder)"),
    "html": ("kg.export.html", "write_html", ".html", "Self-contained interactive HTML graph"),
}


def names():
    """All registered format names, sorted."""
    return sorted(EXPORTERS)


def suffix(name):
    return lookup_entry(name)[2]


def lookup_entry(name):
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UnknownFormatError(
            f"unknown format {name!r}; choose one of: {', '.join(names())}") from None


def get(name):
    """The exporter function registered under ``name``."""
    module, func, _, _ = lookup_entry(name)
    return getattr(importlib.import_module(module), func)


def export(graph, path, fmt, **options):
    """Write ``graph`` to ``path`` in format ``fmt``."""
    return get(fmt)(graph, path, **options)
