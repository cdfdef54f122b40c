"""SPARQL over a graph file or a store folder, executed by pyoxigraph.

``run_query(source, query)`` returns the results as text: an aligned table,
CSV, TSV or SPARQL JSON for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE.
Queries see the union of all named graphs (one per article in a store).
"""
import re
import unicodedata
from pathlib import Path

from kg.errors import InputError, KgError

# predeclared prefixes (a query's own PREFIX declarations win)
PREFIXES = {
    "kgo": "https://w3id.org/arabic-kg/ontology#",
    "res": "https://w3id.org/arabic-kg/resource/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
}
FORMATS = ("table", "csv", "tsv", "json")

_PREFIX_DECL = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_UPDATE_WORDS = re.compile(
    r"(?i)^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


#: deepest nesting of { ( [ a query may have: the parser recurses, and a query nested
#: thousands of levels deep crashes the process (a segfault) before any error
MAX_DEPTH = 128

# long strings, short strings, IRIs and comments: blanked before syntax checks
_LEXEMES = re.compile(
    r"'''.*?'''"
    r'|""".*?"""'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\s]*>'
    r"|#[^\n]*",
    re.S)
_SERVICE = re.compile(r"(?i)(?<![\w:?$])SERVICE(?![\w:-])")


def _code_only(query: str) -> str:
    """The query with strings, IRIs and comments blanked: what is left is syntax."""
    return _LEXEMES.sub(" ", query)


def check_query(query: str, allow_service: bool = True) -> None:
    """Refuse, before parsing, a query nested too deep or (unless allowed) calling SERVICE.

    Raises :class:`QueryError` (one line). Strings, IRIs and comments do not count.
    """
    code = _code_only(query)
    depth = 0
    for ch in code:
        if ch in "{([":
            depth += 1
            if depth > MAX_DEPTH:
                raise QueryError(f"query nested deeper than {MAX_DEPTH} levels: refused")
        elif ch in "})]":
            depth -= 1
    if not allow_service and _SERVICE.search(code):
        raise QueryError("SERVICE (federated query) is not allowed: this endpoint queries only "
                         "its own store (start it with --allow-service to permit it)")


def read_query(query_text) -> str:
    """``query_text`` itself, or the content of the .rq file it names."""
    text = str(query_text)
    looks_like_path = "\n" not in text and (text.endswith((".rq", ".sparql")) or
                                            ("{" not in text and Path(text).is_file()))
    if looks_like_path:
        p = Path(text)
        if not p.is_file():
            raise InputError(p, "no such query file")
        try:
            return p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(p, "query file is not UTF-8") from None
    return text


def with_prefixes(query: str) -> str:
    """``query`` with PREFIX lines prepended for the predeclared prefixes it does not declare.

    (``execute`` passes the prefixes to the parser instead, so error positions stay right;
    this is for sending a query to another endpoint.)
    """
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [query])


def is_update(query: str) -> bool:
    """True when ``query`` (after its prologue) is a SPARQL Update operation."""
    body = _strip_prologue(query)
    return bool(_UPDATE_WORDS.match(body))


def execute(store, query: str, options=None):
    """Run ``query`` on a pyoxigraph store over the union of its graphs (a set).

    Returns pyoxigraph's QuerySolutions / QueryBoolean / QueryTriples;
    a parse error becomes a one-line ``QueryError``.
    """
    if is_update(query):
        raise QueryError("SPARQL Update is not allowed: this is a read-only query service")
    check_query(query)
    try:
        if options is None:
            from kg.store import query_options
            options = query_options(store, query)
        return store.query(query, prefixes=PREFIXES, **options)
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL query: {_short(exc)}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from None


def run_query(source, query_text, fmt="table") -> str:
    """Run a SPARQL query (text or .rq path) on ``source`` (graph file or store folder)."""
    from kg.store import ox_store_for

    if fmt not in FORMATS:
        raise KgError(f"unknown result format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    query = read_query(query_text)
    store = ox_store_for(source)
    return format_results(execute(store, query), fmt)


def format_results(results, fmt="table") -> str:
    """pyoxigraph query results as text in ``fmt`` (CONSTRUCT/DESCRIBE: always Turtle)."""
    import pyoxigraph

    try:
        if isinstance(results, pyoxigraph.QueryTriples):
            return triples_to_turtle(results)
        if isinstance(results, pyoxigraph.QueryBoolean):
            if fmt == "json":
                return results.serialize(format=pyoxigraph.QueryResultsFormat.JSON).decode("utf-8")
            return "true\n" if bool(results) else "false\n"
        if fmt == "table":
            return table(results)
        out_fmt = {"csv": "CSV", "tsv": "TSV", "json": "JSON"}[fmt]
        return results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, out_fmt)).decode("utf-8")
    except (OSError, ValueError, RuntimeError) as exc:  # evaluation errors surface while iterating
        raise QueryError(f"query failed: {_one_line(exc)}") from None


def triples_to_turtle(triples) -> str:
    """CONSTRUCT/DESCRIBE results as Turtle with the usual prefixes, triples sorted."""
    import pyoxigraph

    rows = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = {p: iri for p, iri in PREFIXES.items() if p != "res"}  # res: names would need \/ escapes
    data = pyoxigraph.serialize(rows, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)
    return data.decode("utf-8") if data else ""


def table(solutions) -> str:
    """SELECT results as an aligned plain-text table (IRIs shortened with the prefixes)."""
    names = [v.value for v in solutions.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in solutions]
    cell_widths = [[_width(c) for c in r] for r in rows]     # each cell measured once
    name_widths = [_width(n) for n in names]
    widths = [max([name_widths[i]] + [cw[i] for cw in cell_widths]) for i in range(len(names))]

    def line(cells, cws):
        return " | ".join(c + " " * (w - cw) for c, cw, w in zip(cells, cws, widths)).rstrip()

    out = [line(names, name_widths), "-+-".join("-" * w for w in widths)]
    out += [line(r, cw) for r, cw in zip(rows, cell_widths)]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def shorten(iri: str) -> str:
    """``iri`` as prefix:rest when a predeclared prefix matches, else <iri>."""
    best = None
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and (best is None or len(base) > len(PREFIXES[best])):
            best = prefix
    if best is None:
        return f"<{iri}>"
    return f"{best}:{iri[len(PREFIXES[best]):]}"


def _cell(term) -> str:
    import pyoxigraph

    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        return shorten(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Literal):
        return " ".join(term.value.split())  # one line per row
    return str(term)


def _width(text: str) -> int:
    """Columns taken by ``text``: combining marks (Arabic harakat) take none."""
    if text.isascii():
        return len(text)
    return list(map(unicodedata.combining, text)).count(0)   # C loop: 10x a generator on long sentences


def _strip_prologue(query: str) -> str:
    text = re.sub(r"(?m)#[^\n<>\"']*$", "", query)  # comments (not inside IRIs/strings, roughly)
    prologue = re.compile(r"(?is)^\s*(PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)")
    while True:
        m = prologue.match(text)
        if not m:
            return text
        text = text[m.end():]


def _one_line(exc) -> str:
    return " ".join(str(exc).split())


def _short(exc, limit=300) -> str:
    """The parser's message on one line, its long list of expected tokens cut."""
    text = _one_line(exc)
    return text if len(text) <= limit else text[:limit].rstrip() + " ..."
