"""RDF exporters: Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML.

Every writer is deterministic (same triples -> byte-identical file, whatever
the order they were added in and whatever the hash seed) and atomic: the file
is written to a temporary name beside the target and renamed over it, so a
failure never leaves a half-written file behind.

``graph`` is an ``rdflib.Graph`` or an ``rdflib.Dataset``. N-Quads and TriG
keep the named graphs (one per article); the other formats write the union.
"""
import json
import re
from importlib import resources

from kg.errors import KgError
from kg.io import atomic_write as _io_atomic_write

CONTEXT_URL = "https://w3id.org/arabic-kg/context.jsonld"

PREFIXES = (
    ("kgo", "https://w3id.org/arabic-kg/ontology#"),
    ("res", "https://w3id.org/arabic-kg/resource/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
)

_DEFAULT_GRAPH_IDS = {"urn:x-rdflib:default"}


# ----------------------------------------------------------------- helpers

atomic_write = _io_atomic_write   # one implementation for every writer (kg.io)


def context_document():
    """The published JSON-LD context shipped in the package, as a dict."""
    text = resources.files("kg").joinpath("data/context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)


def is_dataset(graph):
    """True for graphs that hold named graphs (rdflib Dataset / ConjunctiveGraph)."""
    return hasattr(graph, "contexts") and hasattr(graph, "quads")


def named_graphs(graph):
    """[(graph IRI or None for the default graph, rdflib.Graph)], sorted, empty ones left out."""
    if not is_dataset(graph):
        return [(None, graph)]
    graphs = graph.graphs() if hasattr(graph, "graphs") else graph.contexts()
    out = []
    for g in graphs:
        if len(g) == 0:
            continue
        name = str(g.identifier)
        out.append((None if name in _DEFAULT_GRAPH_IDS else g.identifier, g))
    out.sort(key=lambda item: (item[0] is not None, str(item[0] or "")))
    return out


def _bind(g):
    for prefix, ns in PREFIXES:
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _sorted_copy(triples):
    """A new Graph holding ``triples``, inserted in sorted order, project prefixes bound."""
    from rdflib import Graph
    g = _bind(Graph(bind_namespaces="none"))
    for t in sorted(set(triples)):
        g.add(t)
    return g


def _canonical(g):
    """Blank nodes renamed by content (rdflib.compare), so their labels are stable."""
    from rdflib import BNode
    if not any(isinstance(term, BNode) for t in g for term in t):
        return g
    from rdflib.compare import to_canonical_graph
    return to_canonical_graph(g)


def union_graph(graph):
    """All triples of ``graph`` (every named graph of a Dataset) as one sorted Graph."""
    if is_dataset(graph):
        triples = ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    else:
        triples = iter(graph)
    first = _sorted_copy(triples)
    canonical = _canonical(first)
    # without blank nodes the canonical graph is the sorted copy itself: no second copy
    return first if canonical is first else _sorted_copy(canonical)


def _serialize(g, fmt, **kw):
    try:
        return g.serialize(format=fmt, **kw)
    except Exception as exc:  # rdflib raises plain Exceptions for unserialisable graphs
        raise KgError(f"cannot serialise the graph as {fmt}: {exc}") from None


_TRAILING_DOT = re.compile(r"\s+\.$")


def _sorted_lines(text):
    lines = {_TRAILING_DOT.sub(" .", line.strip()) for line in text.splitlines() if line.strip()}
    return "".join(line + "\n" for line in sorted(lines))


# ----------------------------------------------------------------- writers

def turtle_text(graph):
    """Turtle of the union of ``graph``, deterministic: triples sorted, written by pyoxigraph.

    pyoxigraph's writer is some 30 times faster than rdflib's; consecutive
    triples of one subject share it (``;``). Blank nodes, which the builder
    never makes, are first renamed by content (rdflib.compare) so that their
    labels are stable too.
    """
    import pyoxigraph

    from kg.store import to_ox
    from rdflib import BNode

    if is_dataset(graph):
        triples = {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))}
    else:
        triples = set(graph)
    if any(isinstance(term, BNode) for t in triples for term in t):
        triples = set(_canonical(_sorted_copy(triples)))
    ox = [pyoxigraph.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
    ox.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    # res: local names hold "/", which prefixed names cannot: resource IRIs stay whole
    prefixes = {p: ns for p, ns in PREFIXES if p != "res"}
    try:
        data = pyoxigraph.serialize(ox, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)
    except (ValueError, OSError) as exc:
        raise KgError(f"cannot serialise the graph as turtle: {exc}") from None
    return (data or b"").decode("utf-8")


def write_turtle(graph, path, **options):
    """Turtle with the project prefixes, subjects and properties sorted."""
    atomic_write(path, turtle_text(graph))


def write_ntriples(graph, path, **options):
    """N-Triples (UTF-8), one triple a line, lines sorted."""
    atomic_write(path, _sorted_lines(_serialize(union_graph(graph), "nt", encoding=None)))


def _graph_parts(graph):
    """[(graph IRI or None, sorted Graph of its triples)] with stable blank-node labels."""
    return [(name, union_graph(g)) for name, g in named_graphs(graph)]


def write_nquads(graph, path, **options):
    """N-Quads, one quad a line, lines sorted; a plain Graph goes to the default graph."""
    lines = []
    for name, g in _graph_parts(graph):
        for line in _serialize(g, "nt", encoding=None).splitlines():
            line = _TRAILING_DOT.sub("", line.strip())
            if not line:
                continue
            lines.append(f"{line} <{name}> .\n" if name is not None else f"{line} .\n")
    atomic_write(path, "".join(sorted(set(lines))))


def trig_text(graph):
    """TriG: the project prefixes, then the default graph, then each named graph by IRI."""
    union = union_graph(graph)
    _serialize(union, "turtle")      # binds a prefix for every namespace the graphs use
    shared = list(union.namespaces())
    prefixes, blocks = set(), []
    for name, g in _graph_parts(graph):
        for prefix, ns in shared:     # the same prefix names in every graph block
            g.bind(prefix, ns, override=True, replace=True)
        body = []
        for line in _serialize(g, "turtle").splitlines():
            if line.startswith("@prefix"):
                prefixes.add(line)
            elif line.strip():
                body.append(line)      # no re-indenting: it would change long literals
            elif body and body[-1]:
                body.append("")
        while body and not body[-1]:
            body.pop()
        head = "{" if name is None else f"<{name}> {{"
        blocks.append(head + "\n" + "\n".join(body) + "\n}\n")
    return "".join(p + "\n" for p in sorted(prefixes)) + "\n" + "\n".join(blocks)


def write_trig(graph, path, **options):
    """TriG keeping one named graph per article, deterministic."""
    atomic_write(path, trig_text(graph))


def _sort_json(value, key=None):
    """Sort @graph nodes by @id and every multi-valued array (never @list contents)."""
    if isinstance(value, dict):
        return {k: _sort_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: (
            str(v.get("@id", "")) if isinstance(v, dict) else "",
            json.dumps(v, sort_keys=True, ensure_ascii=False)))
    return value


def jsonld_text(graph, embed_context=True, context_url=CONTEXT_URL):
    """JSON-LD of the union of ``graph``, compacted with the package's @context.

    ``embed_context=True`` puts the context in the file (readable offline);
    ``False`` references ``context_url`` (the published copy) instead.
    """
    context = context_document()["@context"]
    text = _serialize(union_graph(graph), "json-ld", context=context, auto_compact=True)
    doc = json.loads(text)
    if not isinstance(doc, dict) or "@graph" not in doc:
        nodes = [] if doc in ({}, []) else ([doc] if isinstance(doc, dict) else doc)
        for node in nodes:
            if isinstance(node, dict):
                node.pop("@context", None)
        doc = {"@graph": nodes}
    doc["@context"] = context if embed_context else context_url
    doc = _sort_json(doc)
    ordered = {"@context": doc.pop("@context"), "@graph": doc.pop("@graph")}
    ordered.update(sorted(doc.items()))
    return json.dumps(ordered, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_jsonld(graph, path, embed_context=True, context_url=CONTEXT_URL, **options):
    """JSON-LD with the published @context, embedded (default) or referenced."""
    atomic_write(path, jsonld_text(graph, embed_context=embed_context, context_url=context_url))


def _xml_name(iri, nsmap):
    """(prefix, local) for a predicate or class IRI; new namespaces get ns1, ns2 ..."""
    from rdflib.namespace import split_uri
    try:
        ns, local = split_uri(iri)
    except ValueError:
        ns, local = "", ""
    if not re.fullmatch(r"[^\W\d][\w.-]*", local):
        raise KgError(f"cannot write {iri} as an RDF/XML element name")
    if ns not in nsmap:
        known = {uri: prefix for prefix, uri in PREFIXES}
        nsmap[ns] = known.get(ns) or f"ns{sum(1 for p in nsmap.values() if p.startswith('ns')) + 1}"
    return nsmap[ns], local


def _rdfxml_graph(graph):
    """The union of graph with stable blank-node labels, only the triples that touch a blank
    node canonicalised (their labels depend on those triples alone): an ontology's few blank
    nodes beside a large data graph cost little."""
    from rdflib import BNode
    if is_dataset(graph):
        triples = {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))}
    else:
        triples = set(graph)
    blank = {t for t in triples if isinstance(t[0], BNode) or isinstance(t[2], BNode)}
    if blank:
        triples = (triples - blank) | set(_canonical(_sorted_copy(blank)))
    return _sorted_copy(triples)


def rdfxml_text(graph):
    """Plain (striped, one level) RDF/XML of the union of ``graph``, subjects and properties sorted."""
    from xml.sax.saxutils import escape, quoteattr

    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import RDF

    g = _rdfxml_graph(graph)
    nsmap = {str(RDF): "rdf"}
    body = []
    for subject in sorted(set(g.subjects())):
        if isinstance(subject, BNode):
            body.append(f"  <rdf:Description rdf:nodeID={quoteattr(str(subject))}>")
        else:
            body.append(f"  <rdf:Description rdf:about={quoteattr(str(subject))}>")
        for p, o in sorted(g.predicate_objects(subject)):
            prefix, local = _xml_name(str(p), nsmap)
            tag = f"{prefix}:{local}"
            if isinstance(o, URIRef):
                body.append(f"    <{tag} rdf:resource={quoteattr(str(o))}/>")
            elif isinstance(o, BNode):
                body.append(f"    <{tag} rdf:nodeID={quoteattr(str(o))}/>")
            elif isinstance(o, Literal):
                attrs = ""
                if o.language:
                    attrs = f" xml:lang={quoteattr(o.language)}"
                elif o.datatype is not None:
                    attrs = f" rdf:datatype={quoteattr(str(o.datatype))}"
                body.append(f"    <{tag}{attrs}>{escape(str(o)).replace(chr(13), '&#13;')}</{tag}>")
        body.append("  </rdf:Description>")
    decls = "".join(f"\n    xmlns:{prefix}={quoteattr(ns)}"
                    for ns, prefix in sorted(nsmap.items(), key=lambda kv: kv[1]))
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF{decls}>\n'
    return head + "".join(line + "\n" for line in body) + "</rdf:RDF>\n"


def write_rdfxml(graph, path, **options):
    """RDF/XML (opens in Protégé and owlready2), deterministic."""
    atomic_write(path, rdfxml_text(graph))


def write_owl(graph, path, **options):
    """RDF/XML of the graph together with the kg ontology, in one document: what Protégé opens
    to reason over the data with HermiT (kg.ontology.owl_view says why one document)."""
    from kg.ontology import owl_view
    atomic_write(path, rdfxml_text(owl_view(graph)))
