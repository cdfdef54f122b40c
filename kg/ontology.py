"""The ontology file and its conversions for OWL tools (Protégé, owlready2).

``ontology/kg.ttl`` is the source; ``ontology/kg.owl`` is the same graph in
RDF/XML, regenerated with ``python -m kg.ontology`` (``make ontology``).
owlready2 reads RDF/XML, OWL/XML and N-Triples but silently loads nothing from
Turtle, so data graphs are handed to it as N-Triples (:func:`to_ntriples`).
"""
import os
import sys
import tempfile
from pathlib import Path

from kg.errors import InputError
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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def to_rdfxml(graph, path) -> Path:
    """Write graph as RDF/XML (what Protégé and owlready2 open) to path."""
    data = graph.serialize(format="xml", encoding="utf-8")
    return _write_atomically(data, Path(path))


def to_ntriples(graph, path) -> Path:
    """Write graph as N-Triples, sorted so the file is deterministic (for owlready2)."""
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted(line for line in text.splitlines() if line.strip())
    return _write_atomically(("\n".join(lines) + "\n").encode("utf-8"), Path(path))


def owlready_world(graph=None, workdir=None):
    """A new owlready2 World holding ontology/kg.owl and (optionally) graph.

    The data goes to owlready2 as N-Triples written into workdir (a temporary
    folder by default): owlready2 cannot read Turtle. owlready2 is a test/extra
    dependency, imported here only.
    """
    import owlready2
    world = owlready2.World()
    world.get_ontology(ONTOLOGY_OWL.resolve().as_uri()).load()
    if graph is not None:
        workdir = Path(workdir or tempfile.mkdtemp(prefix="kg-owlready-"))
        data = to_ntriples(graph, workdir / "data.nt")
        world.get_ontology(data.resolve().as_uri()).load()
    return world


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


def write_owl(source=ONTOLOGY_TTL, target=ONTOLOGY_OWL) -> Path:
    """Regenerate the RDF/XML ontology (kg.owl) from the Turtle source (kg.ttl)."""
    from rdflib import Graph
    g = Graph()
    for prefix, ns in load_ontology(source).namespaces():
        g.bind(prefix, ns, override=True)
    g += load_ontology(source)
    return to_rdfxml(g, target)


def main(argv=None):
    """python -m kg.ontology [SOURCE.ttl [TARGET.owl]]"""
    argv = sys.argv[1:] if argv is None else argv
    source = Path(argv[0]) if argv else ONTOLOGY_TTL
    target = Path(argv[1]) if len(argv) > 1 else ONTOLOGY_OWL
    out = write_owl(source, target)
    print(f"wrote {out}")


if __name__ == "__main__":  # pragma: no cover
    main()
