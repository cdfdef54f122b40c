"""Check a graph against the SHACL shapes in ontology/shapes.ttl (pyshacl).

The shapes target the coarse classes every node carries (kgo:Person, kgo:Event ...),
so validation runs without inference, on the data graph alone.
"""
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, ValidationError
from kg.resources import SHAPES_TTL

_SHAPES = {}


@dataclass
class ValidationResult:
    """conforms, pyshacl's full text report, and one (focus, path, message) per violation."""

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


def validate(graph, shapes=None) -> ValidationResult:
    """Validate an rdflib Graph against the shapes (default ontology/shapes.ttl).

    shapes: None, a path, or an rdflib Graph.
    """
    import pyshacl
    from rdflib import Graph
    shapes_graph = shapes if isinstance(shapes, Graph) else load_shapes(shapes)
    conforms, report_graph, report_text = pyshacl.validate(
        graph, shacl_graph=shapes_graph, inference="none", advanced=True,
        allow_warnings=True, abort_on_first=False, meta_shacl=False)
    return ValidationResult(bool(conforms), report_text, _results(report_graph, graph))


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
