"""Check a graph against the SHACL shapes in ontology/shapes.ttl.

Core constraints are evaluated by kg.shacl_fast, in time linear in the graph, with
pyshacl's results and messages; a shape using a constraint it does not implement
goes to pyshacl (``validate(..., engine="pyshacl")`` gives it every shape).

The shapes target the coarse classes every node carries (kgo:Person, kgo:Event ...),
so validation runs without inference, on the data graph alone.

SPARQL-based constraints (``sh:sparql``) of shapes that select their nodes by class
are evaluated here, one query over the whole graph per constraint, instead of by
pyshacl, which parses and runs the query once per node (rdflib parses a query
anew each time): on a 3,000-article graph that took 80 s of a 110 s build, the
whole-graph queries take under a second. The results are those pyshacl gives
(same focus nodes, messages and values; tests/test_validate.py compares the two).
"""
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, ValidationError
from kg.resources import SHAPES_TTL

_SHAPES = {}


@dataclass
class ValidationResult:
    """conforms, a text report (kg.shacl_fast's, plus pyshacl's for any shape left to it),
    and one (focus, path, message) per violation."""

    conforms: bool
    report_text: str
    results: list = field(default_factory=list)

    def summary(self, limit=5) -> str:
        """A short readable list of the first violations."""
        if self.conforms:
            return "the graph conforms to the shapes"
        lines = [f"{len(self.results)} SHACL violation(s):"]
        for focus, path, message in self.results[:limit]:
            lines.append(f"  {focus}  {path or '-'}: {message}")
        if len(self.results) > limit:
            lines.append(f"  ... and {len(self.results) - limit} more")
        return "\n".join(lines)


def load_shapes(path=None):
    """The shapes graph (parsed once per path)."""
    from rdflib import Graph
    path = Path(path or SHAPES_TTL)
    key = str(path.resolve())
    if key not in _SHAPES:
        try:
            _SHAPES[key] = Graph().parse(path, format="turtle")
        except FileNotFoundError:
            raise InputError(path, "shapes file not found") from None
        except Exception as exc:  # rdflib parser errors have several types
            raise InputError(path, f"cannot parse the shapes: {exc}") from None
    return _SHAPES[key]


def _short(graph, term):
    if term is None:
        return ""
    try:
        return graph.namespace_manager.normalizeUri(term) if not _is_literal(term) else term.n3()
    except Exception:  # pragma: no cover - odd IRIs rdflib cannot abbreviate
        return str(term)


def _is_literal(term):
    from rdflib import Literal
    return isinstance(term, Literal)


def _results(report_graph, data_graph):
    from rdflib.namespace import SH
    rows = []
    for r in report_graph.subjects(SH.resultSeverity, SH.Violation):
        focus = report_graph.value(r, SH.focusNode)
        path = report_graph.value(r, SH.resultPath)
        messages = sorted(str(m) for m in report_graph.objects(r, SH.resultMessage))
        message = "; ".join(messages) or str(report_graph.value(r, SH.sourceConstraintComponent))
        value = report_graph.value(r, SH.value)
        if value is not None and value != focus:
            message += f" (value: {_short(data_graph, value)})"
        rows.append((_short(data_graph, focus), _short(data_graph, path) if path is not None else "", message))
    return sorted(set(rows))


def validate(graph, shapes=None, native_sparql=True, engine="fast") -> ValidationResult:
    """Validate an rdflib Graph against the shapes (default ontology/shapes.ttl).

    shapes: None, a path, or an rdflib Graph. ``engine="fast"`` (the default) evaluates
    the core constraints natively (kg.shacl_fast) and leaves to pyshacl only the shapes
    using something it does not implement; ``engine="pyshacl"`` gives every core shape
    to pyshacl. ``native_sparql=False`` leaves every SPARQL-based constraint, and the
    shapes holding one, to pyshacl (slow on large graphs; for comparison).
    """
    from rdflib import Graph
    if engine not in ("fast", "pyshacl"):
        raise ValueError(f"unknown validation engine: {engine!r}")
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    core, constraints = _split_sparql(shapes_graph) if native_sparql else (shapes_graph, [])
    conforms, rows, report_text = True, set(), ""
    leftover = core
    from rdflib.graph import ConjunctiveGraph
    if engine == "fast" and not isinstance(graph, ConjunctiveGraph):   # Datasets: pyshacl, graph by graph
        from kg.shacl_fast import Unsupported, evaluate
        the_plan = _plan(core)
        try:
            rows = evaluate(graph, the_plan, lambda term: _short(graph, term))
            leftover = the_plan.residual
        except Unsupported:      # met in the data (sh:lessThan on a blank node ...): pyshacl decides
            rows = set()
        conforms = not rows
        report_text = _native_report(rows, the_plan)
    if leftover is not None:
        ok, more, text = _pyshacl(graph, leftover)
        conforms, rows = conforms and ok, rows | set(more)
        report_text = text if not report_text else report_text + "\n" + text
    extra = sorted(set(row for c in constraints for row in _evaluate_sparql(graph, *c)))
    if extra:
        conforms = False
        report_text += "\nSPARQL-based constraints (evaluated by kg.validate):\n" + "".join(
            f"  focus: {f}\n  path: {p or '-'}\n  message: {m}\n" for f, p, m in extra)
    return ValidationResult(bool(conforms), report_text, sorted(set(rows) | set(extra)))


def _pyshacl(graph, shapes_graph):
    """pyshacl over the graph: (conforms, rows, its text report)."""
    import pyshacl
    from rdflib.namespace import SH
    # no copy of the data graph, unless the shapes hold SHACL rules, which would add to it
    inplace = (None, SH.rule, None) not in shapes_graph
    conforms, report_graph, report_text = pyshacl.validate(
        graph, shacl_graph=shapes_graph, inference="none", advanced=True, inplace=inplace,
        allow_warnings=True, abort_on_first=False, meta_shacl=False)
    return bool(conforms), _results(report_graph, graph), report_text


def _native_report(rows, the_plan):
    lines = ["Validation Report (core constraints evaluated by kg.shacl_fast)",
             f"Conforms: {not rows}", f"Results ({len(rows)}):"]
    for f, p, m in sorted(rows):
        lines.append(f"  focus: {f}\n  path: {p or '-'}\n  message: {m}")
    for node, why in sorted(the_plan.reasons.items()):
        lines.append(f"left to pyshacl: {node} ({why})")
    return "\n".join(lines) + "\n"


_PLANS = {}


def _plan(core):
    """kg.shacl_fast's plan for a shapes graph (made once per graph and size)."""
    from kg.shacl_fast import plan
    key = id(core)
    if key in _PLANS and _PLANS[key][0] is core and _PLANS[key][1] == len(core):
        return _PLANS[key][2]
    result = plan(core)
    _PLANS[key] = (core, len(core), result)
    return result


_SPLIT = {}


def _split_sparql(shapes_graph):
    """``(the shapes without the constraints evaluated here, those constraints)``.

    A constraint is taken out when its shape selects nodes by class only and it
    is a plain SELECT constraint; each comes as ``(target classes, query,
    prefixes, messages)``.
    """
    from rdflib import Graph
    from rdflib.namespace import SH
    key = id(shapes_graph)
    if key in _SPLIT and _SPLIT[key][0] is shapes_graph and _SPLIT[key][1] == len(shapes_graph):
        return _SPLIT[key][2]
    other_targets = (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    taken, constraints = [], []
    for shape, c in shapes_graph.subject_objects(SH.sparql):
        classes = sorted(shapes_graph.objects(shape, SH.targetClass))
        query = shapes_graph.value(c, SH.select)
        if (not classes or query is None or shapes_graph.value(c, SH.deactivated) is not None
                or any(shapes_graph.value(shape, t) is not None for t in other_targets)
                or shapes_graph.value(shape, SH.path) is not None):
            continue     # left to pyshacl
        prefixes = {str(shapes_graph.value(d, SH.prefix)): shapes_graph.value(d, SH.namespace)
                    for p in shapes_graph.objects(c, SH.prefixes)
                    for d in shapes_graph.objects(p, SH.declare)}
        messages = sorted(str(m) for m in shapes_graph.objects(c, SH.message))
        taken.append((shape, c))
        constraints.append((tuple(classes), str(query), prefixes, tuple(messages)))
    core = shapes_graph
    if taken:
        core = Graph()
        for t in shapes_graph:
            core.add(t)
        for shape, c in taken:
            core.remove((shape, SH.sparql, c))
    result = (core, sorted(constraints))
    _SPLIT[key] = (shapes_graph, len(shapes_graph), result)
    return result


def _evaluate_sparql(graph, classes, query, prefixes, messages):
    """One SPARQL-based constraint over the whole graph: ``(focus, path, message)`` rows.

    The query runs once with ``$this`` unbound; a solution counts for a focus node
    of the shape (an instance of one of its classes), as pyshacl counts it when it
    runs the query with ``$this`` bound to that node. Messages get the solution's
    variables (``{?ev}``), and a ``?value`` other than the focus node is reported.
    """
    import re

    from rdflib.namespace import RDF
    targets = {n for cls in classes for n in graph.subjects(RDF.type, cls)}
    rows = set()
    for solution in graph.query(query, initNs=prefixes):
        bound = solution.asdict()
        this = bound.pop("this", None)
        if this not in targets:
            continue
        path = bound.pop("path", None)
        value = bound.pop("value", None)
        bound.pop("failure", None)
        names = dict(bound, this=this)
        if path is not None:
            names["path"] = path
        names["value"] = this if value is None else value   # pyshacl: a node shape's value
        texts = []
        for m in messages:
            for var, val in names.items():
                m = re.sub("{[?$]" + var + "}", str(val), m)
            texts.append(m)
        message = "; ".join(sorted(texts)) or "SPARQL constraint"
        if value is not None and value != this:
            message += f" (value: {_short(graph, value)})"
        rows.add((_short(graph, this), _short(graph, path) if path is not None else "", message))
    return rows


class _Triples(list):
    """Triples for kg.shacl_fast without an rdflib graph (its indexes are its own)."""

    @property
    def namespace_manager(self):
        from rdflib import Graph
        return Graph().namespace_manager


def check_triples(triples, ox_triples=None, shapes=None, ntriples=None) -> None:
    """:func:`check` for a set of rdflib triples, without building an rdflib graph while they
    conform (the streaming build checks each group of articles so): see :func:`conforms_fast`.
    Anything found, or a shape kg.shacl_fast leaves to pyshacl, sends the triples through
    :func:`check` on an rdflib graph, which decides and words the error: the result is
    always :func:`check`'s.
    """
    if conforms_fast(triples, ox_triples, shapes, ntriples):
        return
    from rdflib import Graph

    from kg.build import bind_prefixes
    graph = bind_prefixes(Graph())
    for t in triples:
        graph.add(t)
    check(graph, shapes)


def conforms_fast(triples, ox_triples=None, shapes=None, ntriples=None) -> bool:
    """True when a set of rdflib triples surely conforms: the core shapes run in
    kg.shacl_fast over the triples, the SPARQL-based constraints in pyoxigraph over
    ``ox_triples`` (the same triples as pyoxigraph terms), or over ``ntriples`` (the same
    triples as N-Triples text), made from ``triples`` when neither is given. False: a
    violation was found, or a shape is one kg.shacl_fast leaves to pyshacl (only
    :func:`validate` on an rdflib graph can tell).
    """
    from rdflib import Graph
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    core, constraints = _split_sparql(shapes_graph)
    the_plan = _plan(core)
    if the_plan.residual is not None:
        return False
    from kg.shacl_fast import Unsupported, evaluate
    try:
        if evaluate(_Triples(triples), the_plan, str):
            return False
    except Unsupported:
        return False
    store = []
    from rdflib.namespace import RDF
    rdf_type, typed = RDF.type, {}        # class -> its instances (as strings), read in one pass
    for s, p, o in triples:
        if p == rdf_type:
            typed.setdefault(o, set()).add(str(s))
    return not any(_sparql_hits(triples, ox_triples, store, *c, typed, ntriples=ntriples)
                   for c in constraints)


def _sparql_hits(triples, ox_triples, store, classes, query, prefixes, messages, typed, ntriples=None):
    """Whether a SPARQL-based constraint finds a focus node of its shape (run by pyoxigraph
    over the triples; ``store``: a list holding the in-memory store once made; ``typed``:
    class -> its instances' IRIs, read from the triples once for every constraint)."""
    import pyoxigraph

    from kg.store import to_ox
    targets = set().union(*(typed.get(c, ()) for c in classes))
    if not targets:
        return False
    if not store and ntriples is not None:
        store.append(pyoxigraph.Store())
        store[0].load(ntriples.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    if not store:
        if ox_triples is None:
            ox_triples = {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples}
        store.append(pyoxigraph.Store())
        default = pyoxigraph.DefaultGraph()
        store[0].extend([pyoxigraph.Quad(s, p, o, default) for s, p, o in ox_triples])
    names = {k: str(v) for k, v in prefixes.items()}
    for solution in store[0].query(query, prefixes=names):
        this = solution["this"]
        if isinstance(this, pyoxigraph.NamedNode) and this.value in targets:
            return True
    return False


def check(graph, shapes=None) -> ValidationResult:
    """Validate; raise kg.errors.ValidationError with a short summary when not conforming."""
    result = validate(graph, shapes)
    if not result.conforms:
        raise ValidationError("graph does not conform to the SHACL shapes: " + result.summary())
    return result


def validate_file(path, shapes=None) -> ValidationResult:
    """Parse a graph file (format from its extension) and validate it."""
    from rdflib import Graph
    from rdflib.util import guess_format
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    fmt = guess_format(str(path)) or "turtle"
    try:
        graph = Graph().parse(path, format=fmt)
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    except Exception as exc:  # rdflib's parsers raise many exception types
        raise InputError(path, f"cannot parse as {fmt}: {_first_line(exc)}") from None
    return validate(graph, shapes)


def _first_line(exc):
    text = " ".join((str(exc).strip() or type(exc).__name__).split())
    return text.split(" at ^ in:")[0][:300]


def render(result: ValidationResult) -> str:
    """The readable report `kg validate` prints: one block per violation."""
    if result.conforms:
        return "Conforms: the graph passes every SHACL shape.\n"
    lines = [f"Does not conform: {len(result.results)} violation(s).", ""]
    for focus, path, message in result.results:
        lines += [f"focus:   {focus}", f"path:    {path or '-'}", f"message: {message}", ""]
    return "\n".join(lines)
