"""The ontology file and its conversions for OWL tools (Protégé, owlready2).

``ontology/kg.ttl`` is the source; ``ontology/kg.owl`` is the same graph in
RDF/XML, regenerated with ``python -m kg.ontology`` (``make ontology``).
owlready2 reads RDF/XML, OWL/XML and N-Triples but silently loads nothing from
Turtle, so data graphs are handed to it as N-Triples (:func:`to_ntriples`).
Protégé gets the OWL view (:func:`owl_view`: ontology and data in one RDF/XML
document); :func:`owlapi_check` parses a document with the OWL API, checks the
OWL 2 profiles and runs HermiT with its defaults, as Protégé does.
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
    """Classify world with owlready2's bundled HermiT (needs `java`), as Protégé runs it.

    Raises owlready2.OwlReadyInconsistentOntologyError when the ontology and
    data are inconsistent. HermiT runs with its defaults, as in Protégé: a
    literal of a datatype outside the OWL 2 datatype map stops it
    (UnsupportedDatatypeException). The data has none where HermiT looks:
    its xsd:date / xsd:gYearMonth / xsd:gYear values are under the annotation
    properties ``kgo:date`` and ``kgo:published``, which reasoners do not
    interpret (ontology/README.md, "Reasoners and dates").
    """
    import owlready2
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
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


VIEW_IRI = "https://w3id.org/arabic-kg/graph"
OWL_CHECK_JAVA = ONTOLOGY_TTL.parent / "OwlCheck.java"


def owl_view(graph):
    """One OWL document: the ontology's axioms and the graph's triples, for Protégé.

    The data triples are those of graph, unchanged (dates keep xsd:date,
    xsd:gYearMonth, xsd:gYear). The ontology comes along because an OWL parser
    (the OWL API, under Protégé) reading the data alone sees undeclared
    properties and takes them for annotation properties: merged or imported
    afterwards, they pun with the ontology's object and data properties and
    HermiT never sees the data. The header is the document's own
    (``VIEW_IRI``), so that it can be opened beside kg.owl.
    """
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS
    from kg.export.rdf import is_dataset
    onto_iri = URIRef(str(load_ontology().value(predicate=RDF.type, object=OWL.Ontology)))
    view = Graph()
    for t in load_ontology():
        if t[0] != onto_iri:
            view.add(t)
    if is_dataset(graph):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            view.add((s, p, o))
    else:
        view += graph
    head = URIRef(VIEW_IRI)
    view.add((head, RDF.type, OWL.Ontology))
    view.add((head, RDFS.label, Literal("kg graph with the kg ontology", lang="en")))
    version = load_ontology().value(onto_iri, OWL.versionInfo)
    if version is not None:
        view.add((head, OWL.versionInfo, version))
    return view


def to_owl_view(graph, path) -> Path:
    """Write :func:`owl_view` of graph as RDF/XML (deterministic): the file Protégé opens."""
    return to_rdfxml(owl_view(graph), Path(path))


def hermit_jar() -> Path:
    """The HermiT jar bundled with owlready2 (HermiT 1.3.8 with the OWL API 3.4 inside)."""
    import owlready2
    return Path(owlready2.__file__).resolve().parent / "hermit" / "HermiT.jar"


def owlapi_check(*paths, dl_only=False, timeout=600):
    """Parse OWL documents with the OWL API as Protégé does, check the OWL 2 profiles, run HermiT.

    Runs ontology/OwlCheck.java with `java` (a JDK: the source is compiled in
    memory) against owlready2's HermiT jar; several documents are merged
    first; ``dl_only`` checks the OWL 2 DL profile alone (the others take
    longer on large graphs). Returns a dict: ``profiles`` {profile name: number of violations},
    ``violations`` {profile name: ["kind count example", ...]}, ``consistent``
    (True, False, or None when HermiT stopped with an error), ``error``,
    ``unsatisfiable`` (IRIs), ``axioms`` and the raw ``output``.
    """
    import subprocess
    cmd = ["java", "-cp", str(hermit_jar()), str(OWL_CHECK_JAVA)] + (["--dl"] if dl_only else []) \
        + [str(Path(p)) for p in paths]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        raise KgError("the OWL API check needs `java` (a JDK 11 or later)") from None
    out = {"profiles": {}, "violations": {}, "consistent": None, "error": None,
           "unsatisfiable": [], "axioms": None, "output": run.stdout}
    profile = None
    for line in run.stdout.splitlines():
        if line.startswith("profile "):
            name, count = line[len("profile "):].rsplit("\t", 1)
            profile = name
            out["profiles"][name] = int(count)
            out["violations"][name] = []
        elif line.startswith("  ") and profile:
            out["violations"][profile].append(line.strip())
        elif line.startswith("axioms "):
            out["axioms"] = int(line.split()[1])
        elif line in ("hermit consistent", "hermit inconsistent"):
            out["consistent"] = line == "hermit consistent"
        elif line.startswith("hermit error "):
            out["error"] = line[len("hermit error "):]
        elif line.startswith("unsatisfiable "):
            out["unsatisfiable"].append(line.split(" ", 1)[1])
    if not out["profiles"]:
        raise KgError(f"the OWL API check failed: {(run.stderr or run.stdout).strip()[-500:]}")
    return out


def write_owl(source=ONTOLOGY_TTL, target=ONTOLOGY_OWL) -> Path:
    """Regenerate the RDF/XML ontology (kg.owl) from the Turtle source (kg.ttl)."""
    return to_rdfxml(load_ontology(source), target)


def _read_graph(path):
    """The graph in path (format from its suffix), or None after an error message."""
    from rdflib import Graph
    from rdflib.util import guess_format
    try:
        return Graph().parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as exc:  # rdflib parser errors have several types
        print(f"Error: {path}: cannot parse: {exc}", file=sys.stderr)
        return None


def main(argv=None):
    """python -m kg.ontology [SOURCE.ttl [TARGET.owl]]   regenerate kg.owl
    python -m kg.ontology check GRAPH.ttl            HermiT consistency of ontology + graph
    python -m kg.ontology owl GRAPH.ttl OUT.owl      ontology + graph in one RDF/XML file (Protégé)
    python -m kg.ontology profile FILE.owl [...]     OWL 2 profiles (OWL API) + HermiT, as Protégé
    """
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["owl"] and len(argv) == 3:
        graph = _read_graph(argv[1])
        if graph is None:
            return 2
        print(f"wrote {to_owl_view(graph, argv[2])}")
        return 0
    if argv[:1] == ["profile"] and len(argv) >= 2:
        try:
            result = owlapi_check(*argv[1:])
        except KgError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 2
        print(result["output"], end="")
        ok = result["consistent"] and not result["unsatisfiable"]
        return 0 if ok else 1
    if argv[:1] == ["check"] and len(argv) == 2:
        graph = _read_graph(argv[1])
        if graph is None:
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
