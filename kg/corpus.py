"""The corpus as one graph, read from a store in bounded memory: ``kg build -o`` exports.

A build writes each article's named graph into a store (``kg.store.BatchWriter``).
This module reads the union of a build's article graphs back as one sorted stream
of triples without holding them: each chunk of article graphs is sorted into a run
file on disk, and the runs are merged (an external merge sort). Triples sorted by
subject come grouped by subject, so the corpus-level facts of an entity, gathered
from every article that names it, are all in hand at once:

- the label merge (:func:`kg.build.fix_labels`): one ``rdfs:label`` per language, the
  other Arabic ones become ``skos:altLabel``;
- the corpus-level check: an entity named by several articles is checked against the
  entity shapes (labels, coarse class, sameAs) on its merged triples, with
  ``kg.shacl_fast``, a chunk of entities at a time (each article's own graph was
  checked in its batch);
- the counts of the build's summary, and the degree of each node for the HTML view.

The stream is in the order of ``kg.export.rdf.turtle_text`` (by the N-Triples forms of
subject, predicate, object), so pyoxigraph writes graph.ttl from it byte for byte as
it would from the whole graph in memory. A line is ``S\\tP\\tO`` with each term in
N-Triples form (pyoxigraph escapes every tab and control character inside a term,
so the tab sorts before anything a term holds).
"""
from __future__ import annotations

import heapq
import io
import os
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

RUN_ARTICLES = 500             # article graphs per sorted run file (40 runs for 20,000 articles)
RUN_TAIL_ARTICLES = 100        # ... and per run once fewer than RUN_ARTICLES are left to come: the
                               # last run is sorted after the last article, when nothing else runs
CHECK_ENTITIES = 2000          # entities per corpus-level check
CHECK_LINES = 20_000           # ... or fewer, when their triples reach this many (a country named
                               # by thousands of articles brings each of them)
HTML_WHOLE_TRIPLES = 100_000   # up to this many triples graph.html is drawn from the whole graph
HTML_SOURCES = 50              # beyond: articles and evidence graph.html keeps per node or statement

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_KG = "https://w3id.org/arabic-kg/ontology#"
TYPE = f"<{_RDF}type>"
LABEL = f"<{_RDFS}label>"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_LABEL_TAB = f"\t{LABEL}\t"
MENTIONED_IN = f"<{_KG}mentionedIn>"
DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
ENTITY_TYPES = {f"<{_KG}{t}>": t for t in ("Person", "Organization", "Place")}
COUNTED_TYPES = dict(ENTITY_TYPES, **{f"<{_KG}RelationStatement>": "relations", f"<{_KG}Event>": "events"})
_MENTIONED_TAB = f"\t{MENTIONED_IN}\t"
_ENTITY_TYPE_ENDS = tuple(f"\t{TYPE}\t{t}\n" for t in ENTITY_TYPES)
#: the shapes of an entity's corpus-level facts (kg.validate checks the rest per batch)
CORPUS_SHAPES = ("EntityShape", "DisjointCoarseClassesShape")


@dataclass
class CorpusStats:
    """What one pass over the union counted."""

    triples: int = 0
    entities: dict = field(default_factory=lambda: {"Person": 0, "Organization": 0, "Place": 0})
    relations: int = 0
    events: int = 0
    checked: int = 0                    # entities checked at corpus level


# ------------------------------------------------------------------ sorted union of the article graphs

def _term(term) -> str:
    """A store term in N-Triples form, as the builder wrote it: the store keeps xsd:decimal
    values canonical (``1.0`` comes back as ``1``); the builder always writes a point."""
    text = str(term)
    if text.endswith(DECIMAL) and "." not in text[:-len(DECIMAL)]:
        text = text[:-len(DECIMAL) - 1] + '.0"' + DECIMAL
    return text


def _store_lines(store, name):
    """An article graph's ``S\\tP\\tO\\n`` lines, read from the store."""
    import pyoxigraph
    return {f"{q.subject}\t{q.predicate}\t{_term(q.object)}\n"
            for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(str(name)))}


def ntriples_lines(text):
    """N-Triples lines (``S P O .``, as kg.article_graphs makes them) as ``S\\tP\\tO\\n`` lines: a
    subject or predicate holds no space, so the first two spaces end them."""
    out = set()
    for line in text.splitlines():
        s, p, rest = line.split(" ", 2)
        out.add(f"{s}\t{p}\t{_term(rest[:-2])}\n")
    return out


class Runs:
    """Sorted run files of article graphs (each run deduplicated), written as the graphs
    come, :data:`RUN_ARTICLES` (``chunk``) articles a run: the union's first step, made
    during a build from the graphs it writes, so that the corpus pass need not read them
    back from the store. Given the ``total`` of articles to come, the runs of the last
    ``chunk`` articles are ``tail`` (:data:`RUN_TAIL_ARTICLES`) articles each: what is
    sorted after the last article (the build's serial end) stays small."""

    def __init__(self, tmpdir, chunk=None, total=None, tail=None):
        self.tmpdir = tmpdir
        self.chunk = chunk or RUN_ARTICLES
        self.total, self.tail = total, min(tail or RUN_TAIL_ARTICLES, self.chunk)
        self.lines, self.count, self.paths = set(), 0, []

    def add(self, lines):
        """One article's lines."""
        self.lines |= lines
        self.count += 1
        if self.count % self.chunk == 0 or (
                self.total is not None and self.total - self.count < self.chunk
                and self.count % self.tail == 0):
            self._write()

    def _write(self):
        if not self.lines and self.paths:
            return
        path = os.path.join(self.tmpdir, f"run-{len(self.paths):05d}.nt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(sorted(self.lines))
        self.paths.append(path)
        self.lines = set()

    def close(self) -> list:
        """The run files, the last one written."""
        if self.lines or not self.paths:
            self._write()
        return self.paths


def _runs(store, names, tmpdir, chunk=RUN_ARTICLES):
    """Sorted run files of the article graphs ``names``, read from the store."""
    runs = Runs(tmpdir, chunk)
    for name in names:
        runs.add(_store_lines(store, name))
    return runs.close()


def union_lines(store, names, tmpdir, runs=None):
    """The union of the article graphs ``names`` as sorted, distinct ``S\\tP\\tO\\n`` lines
    (``runs``: their :class:`Runs`, made as they were written; else they are read from the store)."""
    paths = runs.close() if runs is not None else _runs(store, list(names), tmpdir)
    files = [open(p, encoding="utf-8") for p in paths]
    try:
        last = None
        for line in heapq.merge(*files):
            if line != last:
                yield line
                last = line
    finally:
        for fh in files:
            fh.close()
        for p in paths:
            os.unlink(p)


def by_subject(lines):
    """``(subject, [line, ...])`` for consecutive lines of one subject."""
    subject, group = None, []
    for line in lines:
        s = line[:line.index("\t")]
        if s != subject:
            if group:
                yield subject, group
            subject, group = s, []
        group.append(line)
    if group:
        yield subject, group


# ------------------------------------------------------------------ corpus-level facts

def _split(line):
    s, p, o = line.rstrip("\n").split("\t")
    return s, p, o


def _literal(text):
    """A literal in N-Triples form as a pyoxigraph Literal."""
    import pyoxigraph
    quad = next(iter(pyoxigraph.parse(f"<x:s> <x:p> {text} .\n".encode("utf-8"),
                                      format=pyoxigraph.RdfFormat.N_TRIPLES)))
    return quad.object


def _lang_base(obj):
    """``ar`` for ``"..."@ar-latn``; None for what has no language tag."""
    if not obj.startswith('"'):
        return None
    at = obj.rfind('"@')
    return obj[at + 2:].split("-")[0].lower() if at > 0 else None


#: kgo:ArmedGroup and the classes ontology/kg.ttl declares disjoint from it: an entity that
#: some articles type one way and others the other (a ministry once read as a militia) keeps
#: the state's reading in the corpus graph, which an OWL reasoner would find inconsistent
_ARMED_GROUP_TYPE = f"{TYPE}\t<{_KG}ArmedGroup>\n"
_STATE_TYPES = tuple(f"{TYPE}\t<{_KG}{c}>\n" for c in ("ArmedForce", "GovernmentBody"))


def merge_types(subject, group):
    """The subject's lines without kgo:ArmedGroup when a state class (kgo:ArmedForce,
    kgo:GovernmentBody), disjoint from it, types it too."""
    armed = f"{subject}\t{_ARMED_GROUP_TYPE}"
    if armed not in group or not any(f"{subject}\t{t}" in group for t in _STATE_TYPES):
        return group
    return [line for line in group if line != armed]


def merge_labels(subject, group):
    """The subject's lines with one rdfs:label per language, as :func:`kg.build.fix_labels`
    leaves them (the same choice, the Arabic others as skos:altLabel), sorted."""
    bases = {}
    for line in group:
        if _LABEL_TAB in line:          # a tab is escaped inside a literal: only the predicate
            bases.setdefault(_lang_base(_split(line)[2]), []).append(line)
    if all(len(v) < 2 for v in bases.values()):
        return group
    import pyoxigraph

    from kg.build import label_choice, script_tag
    out = set(group)
    for lang, lines in bases.items():
        if len(lines) < 2:
            continue
        lits = {line: _literal(_split(line)[2]) for line in lines}
        keep = label_choice(lang or "", [(lit.value, lit.language) for lit in lits.values()])
        for line, lit in lits.items():
            if (lit.value, lit.language) == keep:
                continue
            out.discard(line)
            if lang == "ar":
                alt = pyoxigraph.Literal(lit.value, language=script_tag(lit.value))
                out.add(f"{subject}\t{ALT_LABEL}\t{alt}\n")
    return sorted(out)


class CorpusCheck:
    """The corpus-level check: entities named by more than one article, checked on their
    merged triples against the entity shapes, :data:`CHECK_ENTITIES` at a time (fewer when
    their triples reach :data:`CHECK_LINES`)."""

    def __init__(self, enabled=True):
        self.enabled = enabled
        self.pending = []
        self.checked = 0
        self.violations = []

    def add(self, subject, group, split=None):
        """One subject's lines (``split``: the same lines as ``(s, p, o)``, if at hand; else
        the lines are read as text, :meth:`_articles`)."""
        if not self.enabled:
            return
        if split is None:
            articles = self._articles(group)
        else:
            mentions = types = 0
            for s, p, o in split:
                mentions += p == MENTIONED_IN
                types += p == TYPE and o in ENTITY_TYPES
            articles = [o for s, p, o in split if p == MENTIONED_IN] if types and mentions > 1 else None
        if articles:        # one article's entity was checked in its batch
            self.pending.extend(group)
            self.pending.extend(f"{o}\t{TYPE}\t<{_KG}Article>\n" for o in articles)
            self.checked += 1
            if self.checked % CHECK_ENTITIES == 0 or len(self.pending) >= CHECK_LINES:
                self.flush()

    @staticmethod
    def _articles(group):
        """The articles (N-Triples) an entity's lines say it is mentioned in, when it is named by
        two or more; else None. The lines are read as text, never split: a tab is escaped inside
        a term, so ``\\tP\\t`` is found in a line only when P is its predicate, and a line ends
        with ``\\tP\\tO\\n`` only when they are its predicate and object."""
        if len(group) < 3:              # a type and two mentions at least
            return None
        mentioned = [line for line in group if _MENTIONED_TAB in line]
        if len(mentioned) < 2 or not any(line.endswith(_ENTITY_TYPE_ENDS) for line in group):
            return None
        at = len(_MENTIONED_TAB)
        return [line[line.index(_MENTIONED_TAB) + at:-1] for line in mentioned]

    def flush(self):
        if not self.pending:
            return
        from kg.validate import conforms_fast, validate
        triples = triple_set(self.pending)
        self.pending = []
        if conforms_fast(triples, shapes=corpus_shapes()):
            return
        result = validate(rdflib_graph(triples), shapes=corpus_shapes())    # it words the errors
        self.violations += result.results

    def close(self):
        """Check what is left; raise kg.errors.ValidationError if anything failed."""
        self.flush()
        if self.violations:
            from kg.errors import ValidationError
            from kg.validate import ValidationResult
            result = ValidationResult(False, "", sorted(set(self.violations)))
            raise ValidationError("graph does not conform to the SHACL shapes (corpus-level entity facts): "
                                  + result.summary())


_CORPUS_SHAPES = []


def corpus_shapes():
    """The shapes of an entity's corpus-level facts (:data:`CORPUS_SHAPES`, with every node
    they reach), taken from ontology/shapes.ttl."""
    if not _CORPUS_SHAPES:
        from rdflib import BNode, Graph, URIRef

        from kg.validate import load_shapes
        shapes = load_shapes()
        out = Graph()
        for prefix, ns in shapes.namespaces():
            out.bind(prefix, ns)
        todo = [URIRef("https://w3id.org/arabic-kg/shapes#" + name) for name in CORPUS_SHAPES]
        seen = set()
        while todo:
            node = todo.pop()
            if node in seen:
                continue
            seen.add(node)
            for p, o in shapes.predicate_objects(node):
                out.add((node, p, o))
                if isinstance(o, BNode):
                    todo.append(o)
        _CORPUS_SHAPES.append(out)
    return _CORPUS_SHAPES[0]


class Triples(frozenset):
    """A graph's triples as rdflib terms, without an rdflib graph (what the html exporter
    and the checks read: much cheaper to make than a graph)."""


def triple_set(lines) -> Triples:
    """The triples of ``S\\tP\\tO`` lines (parsed by pyoxigraph), each term made once."""
    import pyoxigraph

    from kg.store import from_ox
    terms = {}

    def term(t):
        found = terms.get(t)
        if found is None:
            found = terms[t] = from_ox(t)
        return found
    out = set()
    lines = iter(lines)
    while True:       # a few thousand lines at a time: the text of all of them is never held
        chunk = [line.rstrip("\n") + " .\n" for line in islice(lines, 4096)]
        if not chunk:
            return Triples(out)
        out.update((term(q.subject), term(q.predicate), term(q.object)) for q in pyoxigraph.parse(
            "".join(chunk).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))


class LineGraph:
    """A graph as its ``S\\tP\\tO`` lines (N-Triples terms, as a build writes them), indexed by
    subject and predicate and by predicate, with no term parsed: what graph.html reads of a
    build (``kg.export.html`` makes terms of the lines it reads, those of the nodes it draws).
    Parsing every line into rdflib terms (:func:`triple_set`) took most of graph.html's time."""

    def __init__(self):
        self.sp = {}            # (subject, predicate) -> [object, ...]
        self.by_p = {}          # predicate -> [(subject, object), ...]
        self.seen = set()
        self.count = 0

    def add(self, line):
        if line in self.seen:
            return
        self.seen.add(line)
        s, p, o = line.rstrip("\n").split("\t")
        self.sp.setdefault((s, p), []).append(o)
        self.by_p.setdefault(p, []).append((s, o))
        self.count += 1

    def __len__(self):
        return self.count


def line_graph(lines) -> LineGraph:
    """The :class:`LineGraph` of ``S\\tP\\tO`` lines (a line given twice counts once)."""
    graph = LineGraph()
    add = graph.add
    for line in lines:
        add(line)
    return graph


def rdflib_graph(lines):
    """An rdflib graph of ``S\\tP\\tO`` lines, or of a :class:`Triples`."""
    from rdflib import Graph

    from kg.build import bind_prefixes
    g = bind_prefixes(Graph())
    for t in (lines if isinstance(lines, Triples) else triple_set(lines)):
        g.add(t)
    return g


def corpus_lines(store, names, tmpdir, stats, check=None, degree=None, runs=None):
    """The build's graph (the union of the article graphs ``names``, labels merged) as
    sorted lines; ``stats`` counts it, ``check`` (:class:`CorpusCheck`) hears of each
    subject, ``degree`` (a dict) gets the edges of each node drawn by graph.html;
    ``runs``: see :func:`union_lines`."""
    count = degree_counter(degree) if degree is not None else None
    for subject, group in by_subject(union_lines(store, names, tmpdir, runs)):
        group = merge_labels(subject, merge_types(subject, group))
        split = [line[:-1].split("\t") for line in group]       # each line ends with its "\n"
        if check is not None:
            check.add(subject, group, split)
        for s, p, o in split:
            if p == TYPE and o in COUNTED_TYPES:
                what = COUNTED_TYPES[o]
                if what in stats.entities:
                    stats.entities[what] += 1
                else:
                    setattr(stats, what, getattr(stats, what) + 1)
        if count is not None:
            count(split)
        stats.triples += len(group)
        yield from group


def degree_counter(degree):
    """A function of ``(s, p, o)`` triples (N-Triples terms) that counts, into ``degree``, the
    edges graph.html draws at each node (a node of a drawn class with none gets 0)."""
    from kg.export.html import CLASSES, RELATIONS, ROLES
    edges = frozenset(f"<{_KG}{p}>" for p in RELATIONS + ROLES)
    drawn = frozenset(f"<{_KG}{c}>" for c in CLASSES)       # the classes of graph.html's nodes
    get = degree.get

    def count(triples):
        for s, p, o in triples:
            if p == TYPE and o in drawn:
                degree.setdefault(s, 0)
            elif p in edges and o.startswith("<"):
                degree[s] = get(s, 0) + 1
                degree[o] = get(o, 0) + 1
    return count


def prepare(html=True, validate=True):
    """Load what the corpus pass and graph.html load on first use: the corpus shapes and
    their plan (``validate``), the layout's libraries (``html``). A build with workers calls
    it while they extract, when this process mostly waits, rather than after the last
    article, when nothing else runs."""
    if validate:
        from kg.validate import conforms_fast
        conforms_fast(frozenset(), shapes=corpus_shapes())
    if html:
        import networkx             # noqa: F401  (kg.export.html's layout)
        import scipy.spatial        # noqa: F401

        import kg.export.html       # noqa: F401


# ------------------------------------------------------------------ writing

class _LineReader(io.RawIOBase):
    """A binary file over ``S\\tP\\tO\\n`` lines, as N-Triples (for pyoxigraph.parse)."""

    def __init__(self, lines):
        self.lines = iter(lines)
        self.buf = b""

    def readable(self):
        return True

    def readinto(self, b):
        while not self.buf:
            chunk = []
            for line in self.lines:
                chunk.append(line[:-1] + " .\n")
                if len(chunk) >= 4096:
                    break
            if not chunk:
                return 0
            self.buf = "".join(chunk).encode("utf-8")
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


def write_turtle_lines(lines, path):
    """graph.ttl from sorted lines, as ``kg.export.rdf.turtle_text`` writes the same triples."""
    import pyoxigraph

    from kg.export.rdf import PREFIXES
    prefixes = {p: ns for p, ns in PREFIXES if p != "res"}
    # the parsed quads (all in the default graph) go to the writer as they are: a Triple made
    # of each in Python took a third of the time
    triples = pyoxigraph.parse(io.BufferedReader(_LineReader(lines), 1 << 16),
                               format=pyoxigraph.RdfFormat.N_TRIPLES)
    with open(path, "wb") as fh:
        pyoxigraph.serialize(triples, fh, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)


class CorpusProcess:
    """The corpus pass's second process: fed the sorted lines through a pipe as the pass
    makes them, it checks the entities at corpus level (:class:`CorpusCheck`, with
    ``validate``) and writes graph.ttl (:func:`write_turtle_lines`, when given a ``path``);
    or, given ``html`` (``(union path, degree path, options, graph.html path)``), it makes
    graph.html (:func:`_html_from_lines`) and does nothing else. With ``--jobs`` 2 or more
    a build with ``-o`` has it make graph.html, the longest part of the build's end, from
    the pass's lines, while this process makes the pass and then checks the entities and
    writes graph.ttl (without graph.html: it checks and writes graph.ttl as the pass goes).
    The same lines go through the same check and writers, so the files and the errors are
    those this process would make.

        with CorpusProcess(path, validate) as other:
            lines = other.tee(lines)    # pass them on, sending each to the other process
            ...                         # consume them
            other.end()                 # no more lines: it finishes meanwhile
            ...                         # graph.html
            other.close()               # wait; raises its ValidationError, or a KgError

    Leaving the block without ``close`` (an error) stops the process.
    """

    def __init__(self, path=None, validate=True, where=None, html=None):
        import multiprocessing
        self.path = Path(path) if path is not None else None
        folder = where if where is not None else (self.path.parent if path is not None else Path(html[-1]).parent)
        self.error = Path(folder) / (".corpus-process.error" if html is None else ".corpus-html.error")
        read, write = os.pipe()
        self.proc = multiprocessing.get_context("fork").Process(
            target=_corpus_child, args=(read, write, None if path is None else str(path), validate,
                                        str(self.error), html),
            name="kg-corpus", daemon=True)
        self.proc.start()
        os.close(read)
        self.pipe = open(write, "w", encoding="utf-8", buffering=1 << 16)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.stop()
        return False

    def tee(self, lines):
        """Pass ``lines`` on, sending them to the other process too."""
        write = self.pipe.write
        for line in lines:
            write(line)
            yield line

    def end(self):
        """No more lines: the other process finishes meanwhile."""
        if not self.pipe.closed:
            self.pipe.close()

    def close(self):
        """Wait until the other process is done: its kg.errors.ValidationError (the corpus-level
        check failed) is raised here, as is a KgError if anything else failed."""
        self.end()
        self.proc.join()
        if self.proc.exitcode == 0:
            return
        import json

        from kg.errors import KgError, ValidationError
        if not self.error.exists():
            raise KgError(f"the corpus pass's second process stopped (exit code {self.proc.exitcode})")
        kind, message = json.loads(self.error.read_text(encoding="utf-8"))
        raise (ValidationError if kind == "validation" else KgError)(message)

    def stop(self):
        """Stop the other process, if it still runs (its file is left unfinished: the build failed)."""
        try:
            if not self.pipe.closed:
                self.pipe.close()
        except OSError:             # the process is gone: what was buffered has nowhere to go
            pass
        if self.proc.exitcode is None:
            self.proc.terminate()
        self.proc.join()


def checked_lines(lines, check):
    """``lines`` (sorted) passed on, each subject's heard by ``check`` (a :class:`CorpusCheck`)
    first, as :func:`corpus_lines` has it hear them; all passed on as they are when it is
    disabled."""
    if not check.enabled:
        yield from lines
        return
    for subject, group in by_subject(lines):
        check.add(subject, group)
        yield from group


def _corpus_child(read, write, path, validate, error, html=None):
    """The body of :class:`CorpusProcess`'s process."""
    import json

    from kg.errors import KgError, ValidationError
    os.close(write)                 # this process's copy of the pipe's other end: EOF comes
    if html is not None:
        path = html[-1]
    try:
        with open(read, encoding="utf-8") as fh:
            if html is not None:
                _html_from_lines(fh, *html)
                return
            check = CorpusCheck(enabled=validate)
            lines = checked_lines(fh, check)
            if path is not None:
                write_turtle_lines(lines, path)
            else:
                for _ in lines:
                    pass
        check.close()
    except ValidationError as exc:
        Path(error).write_text(json.dumps(["validation", str(exc)]), encoding="utf-8")
        os._exit(1)
    except KgError as exc:          # worded for the user already (as this process would raise it)
        Path(error).write_text(json.dumps(["other", str(exc)]), encoding="utf-8")
        os._exit(1)
    except BaseException as exc:    # said to the build in one line
        what = f"cannot write {Path(path).name}: " if path is not None else "corpus pass: "
        Path(error).write_text(json.dumps(["other", what + " ".join(f"{type(exc).__name__}: {exc}".split())]),
                               encoding="utf-8")
        os._exit(1)


def tee_lines(lines, path):
    """Pass ``lines`` on, writing them to ``path`` too."""
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line)
            yield line


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        yield from fh


# ------------------------------------------------------------------ graph.html of a big corpus

def write_html_file(union_path, triples, degree, html, path, whole=None):
    """graph.html (at ``path``) of the build's graph: the sorted lines in ``union_path``,
    ``triples`` of them, ``degree`` counted by :func:`degree_counter`; ``html``: True or the
    html exporter's options. Up to :data:`HTML_WHOLE_TRIPLES` triples it is drawn from the
    whole graph (``whole``: its :func:`line_graph`, if already made), beyond from the part
    :func:`html_graph` keeps."""
    from kg.export import export
    options = html if isinstance(html, dict) else {}
    if triples <= HTML_WHOLE_TRIPLES:
        graph = whole if whole is not None else line_graph(read_lines(union_path))
    else:
        graph = html_graph(union_path, degree, options.get("max_nodes"), options.get("unconnected", False))
        # the part holds the chosen nodes only: each is drawn, even one whose edges
        # all lead to nodes left out
        options = dict(options, unconnected=True)
    export(graph, path, "html", **options)


def _html_from_lines(lines, union_path, degree_path, html, path):
    """graph.html made from the build's sorted lines as they come (the second process's
    part with ``--jobs`` 2 or more, :class:`CorpusProcess`): up to :data:`HTML_WHOLE_TRIPLES`
    of them are parsed meanwhile; past that, once the last line is in, ``union_path`` (the
    same lines, written by the build) and the degrees pickled in ``degree_path`` are read;
    then :func:`write_html_file`. The cyclic collector is paused meanwhile, as it is when
    this process makes graph.html (``kg.gc_pause``)."""
    from kg.gc_pause import gc_paused
    with gc_paused():
        _html_of_lines(lines, union_path, degree_path, html, path)


def _html_of_lines(lines, union_path, degree_path, html, path):
    seen, lines = [0], iter(lines)

    def taken(upto):
        for line in lines:
            seen[0] += 1
            yield line
            if upto is not None and seen[0] > upto:
                return
    whole = line_graph(taken(HTML_WHOLE_TRIPLES))
    for _ in taken(None):          # past HTML_WHOLE_TRIPLES: counted only
        pass
    degree = None
    if seen[0] > HTML_WHOLE_TRIPLES:
        import pickle
        whole = None
        with open(degree_path, "rb") as fh:
            degree = pickle.load(fh)
    write_html_file(union_path, seen[0], degree, html, path, whole=whole)


def _few_sources(triples, sources, most=None):
    """``triples`` (of one subject, sorted) with at most ``most`` (:data:`HTML_SOURCES`) of each
    predicate in ``sources``, taken evenly spread over them."""
    most = HTML_SOURCES if most is None else most
    by_p = {}
    for t in triples:
        if t[1] in sources:
            by_p.setdefault(t[1], []).append(t)
    if all(len(v) <= most for v in by_p.values()):
        return triples
    keep = set()
    for p, ts in by_p.items():
        keep.update(ts if len(ts) <= most else (ts[k * len(ts) // most] for k in range(most)))
    return [t for t in triples if t[1] not in sources or t in keep]


def html_graph(union_path, degree, max_nodes, unconnected):
    """The part of the graph (sorted lines in ``union_path``) graph.html draws: the
    ``max_nodes`` most connected nodes (as ``kg.export.html.overview`` ranks them), their
    triples, the edges between them, and the statements, evidence and articles their
    tooltips show; of a node's articles (``kgo:mentionedIn``) and of a statement's evidence and
    articles, :data:`HTML_SOURCES` at most, spread evenly over them in sorted order (a country
    named by thousands of articles would otherwise bring them all). Memory follows
    ``max_nodes``, not the corpus."""
    from kg.export.html import MAX_NODES
    max_nodes = MAX_NODES if max_nodes is None else int(max_nodes)
    ranked = sorted((n for n, d in degree.items() if d or unconnected), key=lambda n: (-degree[n], n[1:-1]))
    chosen = set(ranked[:max_nodes] if max_nodes else ranked)
    from kg.export.html import RELATIONS, ROLES
    edges = {f"<{_KG}{p}>" for p in RELATIONS + ROLES}
    st_subject, st_object = f"<{_KG}statementSubject>", f"<{_KG}statementObject>"
    linked = {f"<{_KG}evidence>", f"<{_KG}inArticle>"}
    sources = linked | {MENTIONED_IN}
    needed = set()
    # a statement's line (a tab is escaped inside a term: only the predicate is between two)
    of_statement = f"\t{st_subject}\t"

    def kept():         # read as line_graph needs them: the lines kept are never all held
        for subject, group in by_subject(read_lines(union_path)):
            if subject in chosen:
                take = [t for t in map(_split, group) if t[1] not in edges or t[2] in chosen]
            elif any(of_statement in line for line in group):
                triples = [_split(line) for line in group]
                ends = {o for _, p, o in triples if p in (st_subject, st_object)}
                take = triples if ends <= chosen else []
            else:
                continue
            take = _few_sources(take, sources)
            needed.update(o for _, p, o in take if p in linked)
            yield from ("\t".join(t) + "\n" for t in take)
        if not needed:
            return
        last = max(needed)      # the lines are sorted by subject: none of them comes after it
        for line in read_lines(union_path):         # evidence and articles
            subject = line[:line.index("\t")]
            if subject in needed:
                yield line
            elif subject > last:
                return
    return line_graph(kept())
