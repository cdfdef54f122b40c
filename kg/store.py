"""The persistent store: one named graph per article in a pyoxigraph (RocksDB) folder.

Also reads any graph source (a graph file or a store folder) into rdflib for the
exporters. Parsing is done by pyoxigraph (about 10x faster than rdflib) and the
terms are converted.

    >>> st = open_store("out/store", create=True)            # doctest: +SKIP
    >>> add_graph(st, "https://w3id.org/arabic-kg/resource/graph/a1", graph)   # doctest: +SKIP
"""
import os
from pathlib import Path

from kg.errors import InputError, KgError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# file suffix -> pyoxigraph RdfFormat attribute name
SUFFIX_FORMATS = {
    ".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
    ".trig": "TRIG", ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML",
    ".owl": "RDF_XML", ".xml": "RDF_XML", ".n3": "N3",
}
# files RocksDB always writes into a store folder
_STORE_MARKER = "CURRENT"


class StoreError(KgError):
    """A folder that is not a store, or a store that cannot be opened or written."""


def is_store(path) -> bool:
    """True when ``path`` is a folder holding a pyoxigraph store."""
    p = Path(path)
    return p.is_dir() and (p / _STORE_MARKER).is_file()


def open_store(path, create=False, read_only=False):
    """Open the store folder ``path`` (a ``pyoxigraph.Store``).

    ``create=True`` makes a new store when the folder is missing or empty;
    an existing folder that holds something else is never written into.
    ``read_only=True`` opens a static snapshot (several processes may do so at once).
    """
    import pyoxigraph

    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p}: is a file, not a store folder")
    if not is_store(p):
        if not create or read_only:
            what = "does not exist" if not p.exists() else "is not a kg store (no RocksDB CURRENT file)"
            raise StoreError(f"{p}: {what}")
        if p.exists() and any(p.iterdir()):
            raise StoreError(f"{p}: folder is not empty and is not a kg store; refusing to write into it")
    try:
        if read_only:
            return pyoxigraph.Store.read_only(str(p))
        return pyoxigraph.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{p}: store in use by another kg process (it is locked while a "
                             f"build writes it); wait for that one to finish") from None
        raise StoreError(f"{p}: cannot open store: {_one_line(exc)}") from None


def add_graph(store_path_or_store, graph_name: str, graph) -> int:
    """Put ``graph``'s triples into the named graph ``graph_name``, replacing it.

    Re-adding an article therefore duplicates nothing. The store's default
    graph is kept equal to the set union of all named graphs (pyoxigraph's own
    union view repeats a triple once per graph, which multiplies join results by
    the number of articles sharing an entity); queries read that default graph.
    Returns the number of triples of the named graph. A path is opened (created
    if needed), written, flushed and closed.
    """
    import pyoxigraph

    if isinstance(store_path_or_store, pyoxigraph.Store):
        store, opened = store_path_or_store, False
    else:
        store, opened = open_store(store_path_or_store, create=True), True
    name = pyoxigraph.NamedNode(str(graph_name))
    default = pyoxigraph.DefaultGraph()
    triples = {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}
    try:
        old = [(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, name)]
        store.remove_graph(name)
        # old triples no other article graph holds leave the union
        gone = [t for t in old if t not in triples and not _in_named_graph(store, t)]
        for s, p, o in gone:
            store.remove(pyoxigraph.Quad(s, p, o, default))
        store.extend([pyoxigraph.Quad(s, p, o, name) for s, p, o in triples] +
                     [pyoxigraph.Quad(s, p, o, default) for s, p, o in triples])
        if opened:
            store.flush()
    except OSError as exc:
        raise StoreError(f"cannot write graph {graph_name}: {_one_line(exc)}") from None
    return len(triples)


def _in_named_graph(store, triple):
    s, p, o = triple
    for q in store.quads_for_pattern(s, p, o, None):
        if type(q.graph_name).__name__ != "DefaultGraph":
            return True
    return False


def query_options(store) -> dict:
    """How to query ``store`` so that the default graph is the set union of its graphs.

    Stores written by ``add_graph`` keep that union in their default graph; for
    any other dataset with named graphs only, pyoxigraph's union view is used.
    """
    import pyoxigraph

    has_default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    if has_default is not None:
        return {}
    return {"use_default_graph_as_union": True}


def load_source(path):
    """A graph file or a store folder as an ``rdflib.Dataset``.

    Triples of triple formats go to the default graph; named graphs of stores,
    N-Quads and TriG are kept. The format comes from the file suffix.
    """
    from rdflib import Dataset

    ds = Dataset()
    _bind(ds)
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
    graphs = {}
    for quad in _ox_quads(path):
        g = quad.graph_name
        if g is None or type(g).__name__ == "DefaultGraph":
            ctx = default
        else:
            key = g.value
            ctx = graphs.get(key)
            if ctx is None:
                ctx = graphs[key] = ds.graph(from_ox(g))
        ctx.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    return ds


def union_graph(source):
    """All triples of ``source`` (path, ``rdflib.Dataset`` or ``Graph``) in one ``rdflib.Graph``."""
    from rdflib import Dataset, Graph

    if isinstance(source, (str, os.PathLike)):
        source = load_source(source)
    out = Graph()
    _bind(out)
    if isinstance(source, Dataset):
        for s, p, o, _ in source.quads((None, None, None, None)):
            out.add((s, p, o))
    else:
        for triple in source:
            out.add(triple)
    return out


def ox_store_for(path):
    """A pyoxigraph store to query ``path``: the store itself (read-only) or an in-memory copy of a file."""
    import pyoxigraph

    if Path(path).is_dir():
        return open_store(path, read_only=True)
    store = pyoxigraph.Store()
    fmt = file_format(path)
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise _syntax_error(path, exc) from None
    except (OSError, ValueError) as exc:
        raise InputError(path, _one_line(exc)) from None
    if fmt.supports_datasets:  # N-Quads, TriG: the default graph becomes the union (a set)
        default = pyoxigraph.DefaultGraph()
        store.extend([pyoxigraph.Quad(q.subject, q.predicate, q.object, default)
                      for q in store if type(q.graph_name).__name__ != "DefaultGraph"])
    return store


def file_format(path):
    """The pyoxigraph ``RdfFormat`` of a graph file, from its suffix."""
    import pyoxigraph

    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or folder")
    name = SUFFIX_FORMATS.get(p.suffix.lower())
    if name is None:
        raise InputError(p, f"unknown graph file suffix {p.suffix!r}; expected one of "
                            f"{', '.join(sorted(SUFFIX_FORMATS))} or a store folder")
    return getattr(pyoxigraph.RdfFormat, name)


# ------------------------------------------------------------------ internals

def _ox_quads(path):
    import pyoxigraph

    p = Path(path)
    if p.is_dir():
        store = open_store(p, read_only=True)
        named = [q for q in store if type(q.graph_name).__name__ != "DefaultGraph"]
        if named:  # the default graph of a store is the union of its article graphs
            return named
        return list(store)
    fmt = file_format(p)
    try:
        return list(pyoxigraph.parse(path=str(p), format=fmt))
    except SyntaxError as exc:
        raise _syntax_error(p, exc) from None
    except (OSError, ValueError) as exc:
        raise InputError(p, _one_line(exc)) from None


def _syntax_error(path, exc):
    line = None
    args = getattr(exc, "args", ())
    if len(args) > 1 and isinstance(args[1], tuple) and len(args[1]) > 1:
        line = args[1][1]
    return InputError(path, f"not valid RDF: {_one_line(exc.msg if hasattr(exc, 'msg') else exc)}", line=line)


def _one_line(exc):
    return " ".join(str(exc).split())


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    raise StoreError(f"cannot store RDF term {term!r}")


def from_ox(term):
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals)."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (XSD_STRING, RDF_LANGSTRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise StoreError(f"unsupported RDF term {term!r}")


def _bind(graph):
    from kg.query import PREFIXES
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    return graph


def export_source(source, path, fmt, **options):
    """Read ``source`` (graph file or store folder) and write it to ``path`` as ``fmt``.

    ``options`` go to the exporter; ``uri``, ``user`` and ``password`` are for
    neo4j only (with ``uri`` the graph is also loaded into that server, and
    ``path`` may be None). Options set to None are dropped.
    """
    from kg import export

    export.lookup_entry(fmt)
    options = {k: v for k, v in options.items() if v is not None}
    neo4j_only = sorted(k for k in ("uri", "user", "password") if k in options)
    if fmt != "neo4j" and neo4j_only:
        raise KgError(f"{', '.join('--' + k for k in neo4j_only)}: only for --format neo4j, not {fmt}")
    if path is None and not (fmt == "neo4j" and "uri" in options):
        raise KgError("an output path is required (-o PATH)")
    dataset = load_source(source)
    export.export(dataset, path, fmt, **options)
    return path
