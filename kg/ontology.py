"""The ontology file and its conversions for OWL tools (Protégé, owlready2).

``ontology/kg.ttl`` is the source; ``ontology/kg.owl`` is the same graph in
RDF/XML, regenerated with ``python -m kg.ontology`` (``make ontology``).
owlready2 reads RDF/XML, OWL/XML and N-Triples but silently loads nothing from
Turtle, so data graphs are handed to it as N-Triples (:func:`to_ntriples`).
"""
import sys
import tempfile
from pathlib import Path

from kg.errors import InputError, KgError
from kg.resources import ONTOLOGY_OWL, ONTOLOGY_TTL

_CACHE = {}


def load_ontology(path=ONTOLOGY_TTL):
    """The ontology as an rdflib Graph (parsed once per path; treat it as read-only)."""
    from rdflib import Graph
    path = Path(path)
    key = str(path.resolve())
    if key not in _CACHE:
        try:
            _CACHE[key] = Graph().parse(path, format=_rdf_format(path))
        except FileNotFoundError:
            raise InputError(path, "ontology file not found") from None
        except Exception as exc:  # rdflib raises several parser exception types
            raise InputError(path, f"cannot parse the ontology: {exc}") from None
    return _CACHE[key]


def _rdf_format(path):
    return {".owl": "xml", ".rdf": "xml", ".xml": "xml", ".nt": "nt"}.get(Path(path).suffix, "turtle")


def _write_atomically(data: bytes, path: Path):
    from kg.io import atomic_write
    atomic_write(path, data)
    return Path(path)


def rdfxml_bytes(graph) -> bytes:
    """Plain RDF/XML of graph, the same bytes every run (the RDF/XML exporter's writer:
    blank nodes relabelled canonically, subjects and properties sorted)."""
    from kg.export.rdf import rdfxml_text
    return rdfxml_text(graph).encode("utf-8")


def to_rdfxml(graph, path) -> Path:
    """Write graph as RDF/XML (what Protégé and owlready2 open) to path, deterministically."""
    return _write_atomically(rdfxml_bytes(graph), Path(path))


def to_ntriples(graph, path) -> Path:
    """Write graph as N-Triples, sorted so the file is deterministic (for owlready2)."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(line for line in text.splitlines() if line.strip())
    return _write_atomically(("\n".join(lines) + "\n").encode("utf-8"), Path(path))


def owlready_world(graph=None, workdir=None):
    """A new owlready2 World holding ontology/kg.owl and (optionally) graph.

    The data goes to owlready2 as N-Triples written into workdir (kept), or into
    a temporary folder removed once owlready2 has read it: owlready2 cannot read
    Turtle. owlready2 is a test/extra dependency, imported here only.
    """
    import owlready2
    world = owlready2.World()
    world.get_ontology(ONTOLOGY_OWL.resolve().as_uri()).load()
    if graph is not None:
        if workdir is None:
            with tempfile.TemporaryDirectory(prefix="kg-owlready-") as tmp:
                _load_data(world, graph, Path(tmp))
        else:
            _load_data(world, graph, Path(workdir))
    return world


def _load_data(world, graph, workdir):
    data = to_ntriples(graph, workdir / "data.nt")
    world.get_ontology(data.resolve().as_uri()).load()


def run_hermit(world):
    """Classify world with owlready2's bundled HermiT (needs `java`).

    Raises owlready2.OwlReadyInconsistentOntologyError when the ontology and
    data are inconsistent. xsd:date, xsd:gYearMonth and xsd:gYear literals are
    outside the OWL 2 datatype map, so HermiT is told to ignore unsupported
    datatypes (the SHACL shapes check those values instead).
    """
    import owlready2
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                   ignore_unsupported_datatypes=True)
    return world


def hermit_check(graph, workdir=None):
    """Run HermiT on ontology + graph: (consistent, sorted IRIs of unsatisfiable classes)."""
    import owlready2
    world = owlready_world(graph, workdir)
    try:
        run_hermit(world)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False, []
    except owlready2.OwlReadyJavaError as exc:
        raise KgError(f"HermiT failed (is `java` installed?): {str(exc).strip().splitlines()[-1]}") from None
    bad = sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    return True, bad


def write_owl(source=ONTOLOGY_TTL, target=ONTOLOGY_OWL) -> Path:
    """Regenerate the RDF/XML ontology (kg.owl) from the Turtle source (kg.ttl)."""
    return to_rdfxml(load_ontology(source), target)


def main(argv=None):
    """python -m kg.ontology [SOURCE.ttl [TARGET.owl]]   regenerate kg.owl
    python -m kg.ontology check GRAPH.ttl            HermiT consistency of ontology + graph
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"] and len(argv) == 2:
        from rdflib import Graph
        from rdflib.util import guess_format
        try:
            graph = Graph().parse(argv[1], format=guess_format(argv[1]) or "turtle")
        except Exception as exc:  # rdflib parser errors have several types
            print(f"Error: {argv[1]}: cannot parse: {exc}", file=sys.stderr)
            return 2
        try:
            consistent, bad = hermit_check(graph)
        except KgError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 2
        if not consistent:
            print("inconsistent: the graph contradicts the ontology (e.g. a node in two disjoint classes)")
            return 1
        for iri in bad:
            print(f"unsatisfiable class: {iri}")
        print("consistent" if not bad else f"consistent, {len(bad)} unsatisfiable class(es)")
        return 1 if bad else 0
    source = Path(argv[0]) if argv else ONTOLOGY_TTL
    target = Path(argv[1]) if len(argv) > 1 else ONTOLOGY_OWL
    out = write_owl(source, target)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
