"""The persistent store: one named graph per article in a pyoxigraph (RocksDB) folder.

Also reads any graph source (a graph file or a store folder) into rdflib for the
exporters. Parsing is done by pyoxigraph (about 10x faster than rdflib) and the
terms are converted.

    >>> st = open_store("out/store", create=True)            # doctest: +SKIP
    >>> add_graph(st, "https://w3id.org/arabic-kg/resource/graph/a1", graph)   # doctest: +SKIP
"""
import hashlib
import os
import queue
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.ns import RESOURCE_BASE

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

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
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        if read_only:
            return pyoxigraph.Store.read_only(str(p))
        return pyoxigraph.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{p}: store in use by another kg process (it is locked while a "
                             f"build writes it); wait for that one to finish") from None
        raise StoreError(f"{p}: cannot open store: {_one_line(exc)}") from None
    except RuntimeError as exc:   # RocksDB, e.g. a file a writing build just compacted away
        raise StoreError(f"{p}: cannot open store (is a build writing it? try again when it is done): "
                         f"{_one_line(exc)}") from None


def add_graph(store_path_or_store, graph_name: str, graph) -> int:
    """Put ``graph``'s triples into the named graph ``graph_name``, replacing it.

    Re-adding an article therefore duplicates nothing. The store's default
    graph is kept equal to the set union of all named graphs (pyoxigraph's own
    union view repeats a triple once per graph, which multiplies join results by
    the number of articles sharing an entity); queries read that default graph.
    Returns the number of triples of the named graph. A path is opened (created
    if needed), written, flushed and closed. No completion record is written
    (``add_articles`` does that, for ``kg build``).
    """
    import pyoxigraph

    if isinstance(store_path_or_store, pyoxigraph.Store):
        store, opened = store_path_or_store, False
    else:
        store, opened = open_store(store_path_or_store, create=True), True
    name = pyoxigraph.NamedNode(str(graph_name))
    triples = {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}
    try:
        _remove_article(store, name)
        store.extend(_article_quads(name, triples))
        if opened:
            store.flush()
    except OSError as exc:
        raise StoreError(f"cannot write graph {graph_name}: {_one_line(exc)}") from None
    return len(triples)


# ------------------------------------------------------------------ builds in atomic batches
#
# ``kg build --store`` writes articles in batches; each batch is ONE pyoxigraph
# transaction (``Store.extend``) holding the articles' named graphs, their triples in
# the default-graph union and one completion record per article in the status graph.
# A killed build therefore leaves whole batches only, and the status graph says which
# articles are complete; a rerun skips those whose content hash is unchanged.

STATUS_GRAPH = RESOURCE_BASE + "graph/_kg-status"   # never in the default-graph union
_ST = STATUS_GRAPH + "#"
ST_ARTICLE_ID = _ST + "articleId"     # graph -> the article id
ST_HASH = _ST + "contentHash"         # graph -> "sha256:..." of its sorted N-Triples
ST_SOURCE = _ST + "sourceHash"        # graph -> "sha256:..." of the article as read (text, metadata)
ST_TEXT = _ST + "textHash"            # graph -> "sha256:..." of the article's text alone (kg watch)
ST_TRIPLES = _ST + "triples"          # graph -> how many triples it holds
ST_BATCH = _ST + "batch"              # graph -> the batch it was written in (plan position // size)
ST_PLANNED = _ST + "planned"          # <status graph> -> each article graph of the last build
BATCH_ARTICLES = 50                   # articles per atomic write
UNION_SEEN = 50_000                   # union lines a build remembers having handed over, per
                                      # generation (two generations: at most twice as many)
FLUSH_BATCHES = 10                    # batches between flushes of the store's write buffers
PAUSE_ENV = "KG_STORE_PAUSE"          # test hook: when set, say each batch on stderr and sleep
                                      # this many seconds after it (a kill lands between batches)


@dataclass
class StoreReport:
    """What ``add_articles`` did: articles written (of which replaced), skipped as complete."""

    written: int = 0
    replaced: int = 0
    skipped: int = 0
    batches: int = 0


def ntriples_text(triples) -> str:
    """The sorted distinct N-Triples lines of pyoxigraph ``(s, p, o)`` triples, as one string."""
    return "".join(sorted({f"{s} {p} {o} .\n" for s, p, o in triples}))


def text_digest(lines) -> str:
    """``sha256:...`` of an article graph's N-Triples text (:func:`ntriples_text`)."""
    return "sha256:" + hashlib.sha256(lines.encode("utf-8")).hexdigest()


def content_hash(triples) -> str:
    """``sha256:...`` of the sorted N-Triples lines of pyoxigraph ``(s, p, o)`` triples."""
    return text_digest(ntriples_text(triples))


def source_hash(article, min_confidence=0.0) -> str:
    """``sha256:...`` of an article as read (id, text, metadata) and the build's confidence floor:
    what decides its graph, so that an unchanged article need not be extracted again."""
    import json
    parts = [article.id, article.text, article.published.isoformat() if article.published else None,
             article.title, article.source, article.url, float(min_confidence)]
    if getattr(article, "author", None):     # only when there is one: older records stay valid
        parts.append(article.author)
    key = json.dumps(parts, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def text_hash(text) -> str:
    """``sha256:...`` of an article's text with its white space collapsed: the same story under
    another URL has the same text hash (``kg watch`` adds it once)."""
    return "sha256:" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def add_articles(store, articles, batch_size=BATCH_ARTICLES, progress=None) -> StoreReport:
    """Write ``articles`` (``(article_id, graph_name, rdflib graph[, source hash[, text hash]])``, in build
    order) into ``store``. A graph of None stands for an article found complete and unchanged
    before extraction (its record is kept; it keeps its place in the plan).

    Batch ``k`` holds the articles at plan positions ``k*batch_size ...``; each batch is
    one atomic write with the articles' completion records. An article already
    recorded complete with the same content hash is skipped; a changed one replaces
    its graph (its old graph, union triples and record leave in one atomic update
    first). The build's plan (its article graphs) is recorded so that ``verify_store``
    can tell a finished build from an interrupted one. ``progress(n)`` hears of each
    batch's article count. (``kg build`` streams through :class:`BatchWriter` instead.)
    """
    plan = {}           # graph name -> (id, triples or None, source hash, text hash); the last one wins
    for article_id, name, graph, *rest in articles:
        triples = None if graph is None else ox_triples(graph)
        plan[str(name)] = (str(article_id), triples, rest[0] if rest else None,
                           rest[1] if len(rest) > 1 else None)
    writer = BatchWriter(store, list(plan), batch_size=batch_size, progress=progress)
    try:
        for position, (gname, (article_id, triples, source, text)) in enumerate(plan.items()):
            writer.add(position, article_id, gname, triples, source, text)
    except BaseException:
        writer.stop()
        raise
    return writer.close()


def ox_triples(graph) -> set:
    """An rdflib graph's triples as a set of pyoxigraph ``(s, p, o)`` tuples."""
    return {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph}


class PlanBatches:
    """Articles given in plan order with their position: batch ``k`` holds the positions
    ``k*batch_size ...`` and is handed to ``_flush`` once a later batch begins or its last
    position is given (and at ``close``). An article found complete and unchanged is
    ``skip``ped; one given with ``add_ntriples`` goes to ``_add`` unless it has no triples.
    Shared by the store's writer (:class:`BatchWriter`) and the spool's
    (:class:`kg.spool.SpoolWriter`), which set ``batch_size``, ``done`` (graph name ->
    completion record), ``report``, ``batch = None`` and ``seen = 0``."""

    def _enter(self, position):
        batch = position // self.batch_size
        if self.batch is not None and batch != self.batch:
            self._flush()
        self.batch = batch
        self.seen += 1

    def _leave(self, position):
        if (position + 1) % self.batch_size == 0:     # the batch's last article: write it now
            self._flush()

    def skip(self, position):
        """The article at ``position`` is complete and unchanged: nothing to write."""
        self._enter(position)
        self.report.skipped += 1
        self._leave(position)

    def add_ntriples(self, position, article_id, graph_name, ntriples, source=None, text=None):
        """The article at ``position`` with its triples as their sorted distinct N-Triples
        lines (one string; None: complete and unchanged); ``source``: its source hash,
        ``text``: its text hash (kept in its completion record)."""
        self._enter(position)
        if ntriples is None:
            self.report.skipped += 1
        else:
            self._add(article_id, graph_name, ntriples, source, text)
        self._leave(position)

    def hand_over(self):
        """The last batch goes to be written now (a store's writer thread writes it while the
        build goes on; ``close`` waits for it)."""
        self._flush()

    def _recorded(self, gname, ntriples, source):
        """(the graph's completion record or None, the triples' digest, whether that record
        holds the same content and source hash: the article is written already)."""
        record, digest = self.done.get(gname), text_digest(ntriples)
        return record, digest, record is not None and record["hash"] == digest and record.get("source") == source


class BatchWriter(PlanBatches):
    """Writes a build's articles into ``store`` in atomic batches, as they come.

    ``names``: the article graph names of the whole build, in order (its plan,
    recorded first, so that ``verify_store`` can tell a finished build from an
    interrupted one). Articles are then given in plan order with their position
    (``add``, or ``skip`` for one found complete and unchanged before extraction);
    batch ``k`` holds the positions ``k*batch_size ...`` and is written, with its
    completion records, in ONE transaction once a later batch begins (or at
    ``close``). At most one batch of triples is held. An article recorded complete
    with the same content and source hash is skipped; a changed one replaces its
    graph (its old graph, union triples and record leave first, in one update).
    ``progress(n)`` hears of each batch's article count.
    """

    def __init__(self, store, names, batch_size=None, progress=None, done=None):
        import pyoxigraph

        for name in names:
            if str(name) == STATUS_GRAPH:
                raise StoreError(f"graph {name}: its name is the store's status graph")
        self.store, self.batch_size, self.progress = store, batch_size or BATCH_ARTICLES, progress
        self.report = StoreReport()
        self.done = completion_records(store) if done is None else done
        self.status = pyoxigraph.NamedNode(STATUS_GRAPH)
        self.pause = os.environ.get(PAUSE_ENV)              # None: no hook
        self.batch, self.text, self.todo, self.seen = None, [], 0, 0
        self.union = []                 # the union's part of the batch being gathered (N-Triples texts)
        self.written = (set(), set())   # union lines handed over in earlier batches (two generations)
        self.pending = set()            # graph names of the batch being gathered
        self.handed = {}                # batch -> its graph names, handed to the loader, maybe not written yet
        try:
            _record_plan(store, [str(n) for n in names])
        except OSError as exc:
            raise StoreError(f"cannot write the store: {_one_line(exc)}") from None
        self.loader = _Loader(self._load)

    def add(self, position, article_id, graph_name, triples, source=None, text=None):
        """The article at ``position``: its pyoxigraph triples (None: complete and unchanged);
        ``source``: its source hash, ``text``: its text hash (kept in its completion record)."""
        lines = None if triples is None else ntriples_text(triples)
        self.add_ntriples(position, article_id, graph_name, lines, source, text)

    def add_ntriples(self, position, article_id, graph_name, ntriples, source=None, text=None):
        """:meth:`add` with the article's triples as their sorted distinct N-Triples lines
        (one string; None: complete and unchanged)."""
        if str(graph_name) == STATUS_GRAPH:
            raise StoreError(f"article id {article_id!r}: its graph name is the store's status graph")
        super().add_ntriples(position, article_id, graph_name, ntriples, source, text)

    def _add(self, article_id, graph_name, ntriples, source, text=None):
        import pyoxigraph

        gname = str(graph_name)
        record, digest, unchanged = self._recorded(gname, ntriples, source)
        if unchanged:
            self.report.skipped += 1
            return
        name = pyoxigraph.NamedNode(gname)
        try:
            if self._in_flight(gname) or record is not None or self.store.contains_named_graph(name):
                # a graph to replace: every batch handed over is written (or has failed,
                # which stops the build here) before the old graph goes
                self.loader.drain()
            if record is not None or self.store.contains_named_graph(name):
                _remove_article(self.store, name)
                self.report.replaced += record is not None
                # what left the union may come back with this batch: nothing is taken for written
                self.written = (set(), set())
        except OSError as exc:
            raise StoreError(f"cannot write the store: {_one_line(exc)}") from None
        # the article's named graph and the union (the default graph), as N-Quads text: a
        # line ends with " .\n" only there (N-Triples escapes line breaks inside literals)
        self.text.append(ntriples.replace(" .\n", f" {name} .\n"))
        self.union.append(ntriples)
        status = [pyoxigraph.Quad(name, pyoxigraph.NamedNode(p), o, self.status) for p, o in (
            (ST_ARTICLE_ID, pyoxigraph.Literal(str(article_id))),
            (ST_HASH, pyoxigraph.Literal(digest)),
            (ST_TRIPLES, _integer(ntriples.count("\n"))),
            (ST_BATCH, _integer(self.batch)))]
        for key, value in ((ST_SOURCE, source), (ST_TEXT, text)):
            if value:
                status.append(pyoxigraph.Quad(name, pyoxigraph.NamedNode(key),
                                              pyoxigraph.Literal(value), self.status))
        self.text.append("".join(f"{q} .\n" for q in status))
        self.pending.add(gname)
        self.todo += 1

    def _union_text(self):
        """The batch's part of the union: its articles' lines less those an earlier batch of
        this build handed over (written before this one, or the build stops), each once. A
        line in the union stays while a stored graph holds it (a graph that leaves takes
        only the lines no other graph holds), and a graph replaced during the build forgets
        them all (:meth:`_add`): the union stays the union of the stored graphs."""
        recent, older = self.written
        fresh = []
        for line in "".join(self.union).splitlines(keepends=True):
            if line not in recent and line not in older:
                recent.add(line)
                fresh.append(line)
        if len(recent) >= UNION_SEEN:
            self.written = (set(), recent)
        self.union = []
        return "".join(fresh)

    def _flush(self):
        if self.todo:
            self.text.append(self._union_text())
            self.report.written += self.todo
            self.report.batches += 1
            self.handed[self.batch] = self.pending
            self.loader.put(self.batch, self.todo, "".join(self.text).encode("utf-8"),
                            self.report.batches % FLUSH_BATCHES == 0)
            self.pending = set()
        if self.progress is not None and self.seen:
            self.progress(self.seen)
        self.batch, self.text, self.todo, self.seen, self.union = None, [], 0, 0, []

    def _in_flight(self, gname) -> bool:
        """Is the graph in a batch handed to the loader and not written yet?"""
        for batch in [b for b in self.handed if b <= self.loader.last]:    # written in order
            del self.handed[batch]
        return any(gname in names for names in self.handed.values())

    def _load(self, batch, todo, nquads, flush):
        """One batch written (in the loader's thread): ONE transaction, all of it or nothing."""
        import pyoxigraph

        if self.pause is not None:
            _say(f"kg store: batch {batch} writing ({todo} articles)")
        try:
            # lenient: the text is pyoxigraph's own writing of terms it made (IRIs checked then)
            self.store.load(nquads, format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)
            if flush:
                self.store.flush()         # RocksDB's write buffers to disk: memory stays flat
        except OSError as exc:
            raise StoreError(f"cannot write the store: {_one_line(exc)}") from None
        self.loader.last = batch
        if self.pause is not None:
            _say(f"kg store: batch {batch} committed ({todo} articles)")
            time.sleep(float(self.pause or 0))

    def close(self) -> StoreReport:
        """Write the last batch and wait for every batch to be written; the report of what
        was written and skipped."""
        try:
            self._flush()
        finally:
            self.loader.close()
        return self.report

    def stop(self):
        """After a failure: the batches already handed over are written (as they would have
        been had the build stopped between two batches); the last, unfinished one is not."""
        self.loader.close(raise_error=False)


class _Loader:
    """Writes each batch into the store in a thread of its own, in the order given, while
    the build goes on: pyoxigraph lets go of the GIL while it parses and writes, so with
    one job the store's work takes the other core, and with more jobs this process is free
    to take the workers' results. At most ``depth`` batches wait; the first error stops the
    writing and is raised in the build's thread at the next batch, ``drain`` or ``close``."""

    def __init__(self, write, depth=2):
        self.write, self.error, self.failed = write, None, False
        self.last = -1                      # the last batch written (BatchWriter._load sets it)
        self.queue = queue.Queue(maxsize=depth)
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self.thread.start()

    def _run(self):
        while True:
            item = self.queue.get()
            try:
                if item is None:
                    return
                if not self.failed:
                    self.write(*item)
            except BaseException as exc:      # handed to the build's thread
                self.error, self.failed = exc, True
            finally:
                self.queue.task_done()

    def _raise(self):
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def put(self, *item):
        self._raise()
        self.queue.put(item)

    def drain(self):
        """Wait until every batch handed over is written."""
        self.queue.join()
        self._raise()

    def close(self, raise_error=True):
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        self.write = None                   # the store is no longer referenced from here
        if raise_error:
            self._raise()


def remove_articles(store, article_ids) -> tuple:
    """Take articles out of ``store``: their named graphs, their completion records, their
    place in the recorded plan, and every triple of the union (the corpus-level facts:
    an entity's labels, types, sameAs ...) that no remaining article supports.

    Returns ``(removed ids, unknown ids)``; each article leaves in one atomic update.
    """
    import pyoxigraph

    from kg.build import graph_iri

    records = completion_records(store)
    removed, unknown = [], []
    try:
        for article_id in dict.fromkeys(str(a) for a in article_ids):
            gname = str(graph_iri(article_id))
            name = pyoxigraph.NamedNode(gname)
            if gname not in records and not store.contains_named_graph(name):
                unknown.append(article_id)
                continue
            _remove_article(store, name, also=f"DELETE DATA {{ GRAPH <{STATUS_GRAPH}> "
                                             f"{{ <{STATUS_GRAPH}> <{ST_PLANNED}> <{gname}> }} }}")
            removed.append(article_id)
    except OSError as exc:
        raise StoreError(f"cannot write the store: {_one_line(exc)}") from None
    return removed, unknown


def compact(path, optimize=False):
    """Leave the store folder ``path`` without write-ahead logs (and, with ``optimize``,
    with its files compacted, which takes a while on a large store).

    RocksDB folds its logs into its tables and deletes them when a store is opened,
    so the store is flushed and closed, then opened and closed once more.
    """
    import gc

    def reopen():
        try:
            return open_store(path)
        except StoreError:          # a reference cycle may still hold the build's handle
            gc.collect()
            return open_store(path)
    store = reopen()
    store.flush()
    if optimize:
        store.optimize()
    del store
    store = reopen()
    del store


def completion_records(store) -> dict:
    """Article graph name -> ``{"id", "hash", "triples", "batch"[, "source"][, "text"]}`` from the status graph."""
    import pyoxigraph

    keys = {ST_ARTICLE_ID: "id", ST_HASH: "hash", ST_TRIPLES: "triples", ST_BATCH: "batch",
            ST_SOURCE: "source", ST_TEXT: "text"}
    records = {}
    for q in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(STATUS_GRAPH)):
        key = keys.get(q.predicate.value)
        if key is not None:
            value = q.object.value
            records.setdefault(q.subject.value, {})[key] = int(value) if key in ("triples", "batch") else value
    return {g: r for g, r in records.items() if all(k in r for k in ("id", "hash", "triples", "batch"))}


def _record_plan(store, names):
    """Record ``names`` as the plan, unless it is already. The new entries are loaded first
    (one transaction, as N-Quads: a SPARQL update naming every graph of a big build costs
    tens of megabytes to parse), then the stale ones leave: a build killed in between
    leaves a plan with more graphs than the build's, which only makes it look less complete."""
    import pyoxigraph

    status = pyoxigraph.NamedNode(STATUS_GRAPH)
    planned = pyoxigraph.NamedNode(ST_PLANNED)
    old = {q.object.value for q in store.quads_for_pattern(status, planned, None, status)}
    new = set(names)
    if old == new:
        return
    fresh = [n for n in names if n not in old]
    if fresh:
        store.load("".join(f"<{STATUS_GRAPH}> <{ST_PLANNED}> <{n}> <{STATUS_GRAPH}> .\n" for n in fresh)
                   .encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
    for n in sorted(old - new):
        store.remove(pyoxigraph.Quad(status, planned, pyoxigraph.NamedNode(n), status))


def _remove_article(store, name, also=None):
    """One atomic update: the graph's triples no other graph holds leave the union,
    then the graph and its completion record go (and the update ``also``, if given)."""
    g = name.value
    store.update(
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{g}>) }} }} ;\n"
        f"DROP SILENT GRAPH <{g}> ;\n"
        f"DELETE WHERE {{ GRAPH <{STATUS_GRAPH}> {{ <{g}> ?p ?o }} }}" + (f" ;\n{also}" if also else ""))


def _article_quads(name, triples):
    import pyoxigraph

    default = pyoxigraph.DefaultGraph()
    return ([pyoxigraph.Quad(s, p, o, name) for s, p, o in triples] +
            [pyoxigraph.Quad(s, p, o, default) for s, p, o in triples])


def _integer(n):
    import pyoxigraph
    return pyoxigraph.Literal(str(n), datatype=pyoxigraph.NamedNode(XSD_INTEGER))


def _say(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


# ------------------------------------------------------------------ kg verify

@dataclass
class StoreStatus:
    """What ``verify_store`` found. ``ok`` when every graph and every planned article is complete."""

    path: str
    complete: int = 0                 # article graphs with a matching completion record
    graphs: int = 0                   # article named graphs (the status graph left out)
    triples: int = 0                  # quads in the article graphs
    union: int = 0                    # triples of the default graph (their union)
    union_expected: int = 0           # distinct triples over the article graphs
    planned: int = 0                  # article graphs of the last build
    incomplete: list = field(default_factory=list)   # (graph, reason)
    missing: list = field(default_factory=list)      # planned graphs not written

    @property
    def ok(self) -> bool:
        return not self.incomplete and not self.missing and self.union == self.union_expected

    def render(self, limit=20) -> str:
        lines = [f"store {self.path}",
                 f"articles complete: {self.complete}"
                 + (f" of {self.planned} planned by the last build" if self.planned else ""),
                 f"named graphs: {self.graphs} article graphs",
                 f"triples: {self.triples} in article graphs, {self.union} in their union (default graph)"]
        if self.union != self.union_expected:
            lines.append(f"union: {self.union} triples where the article graphs hold "
                         f"{self.union_expected} distinct ones")
        for what, items in (("incomplete", [f"{g} ({why})" for g, why in self.incomplete]),
                            ("missing", [f"{g} (planned, not written)" for g in self.missing])):
            if items:
                lines.append(f"{what}: {len(items)} graph{'s' * (len(items) != 1)}")
                lines += [f"  {item}" for item in items[:limit]]
                if len(items) > limit:
                    lines.append(f"  ... and {len(items) - limit} more")
        lines.append("complete" if self.ok else
                     "INCOMPLETE: an interrupted build; run the same kg build again to finish it")
        return "\n".join(lines) + "\n"


def verify_store(path) -> StoreStatus:
    """Check the store folder ``path`` (opened read-only): which article graphs are complete.

    A graph is complete when the status graph records it with the number of
    triples it holds; a graph without a record is what an interrupted batch of an
    older writer, or ``add_graph``, leaves. Planned articles of the last build
    that are not in the store are missing.
    """
    import pyoxigraph

    store = open_store(path, read_only=True)
    status = StoreStatus(path=str(path))
    records = completion_records(store)
    sizes = {}
    for row in store.query(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                           f"FILTER(?g != <{STATUS_GRAPH}>) }} GROUP BY ?g"):
        sizes[row[0].value] = int(row[1].value)
    for g in store.named_graphs():           # a named graph that is there but empty
        if g.value != STATUS_GRAPH:
            sizes.setdefault(g.value, 0)
    status.graphs, status.triples = len(sizes), sum(sizes.values())
    for g in sorted(set(sizes) | set(records)):   # an article without triples has a record only
        record, size = records.get(g), sizes.get(g, 0)
        if record is None:
            status.incomplete.append((g, "no completion record"))
        elif record["triples"] != size:
            status.incomplete.append((g, f"{size} triples, {record['triples']} recorded"))
        else:
            status.complete += 1
    status_node = pyoxigraph.NamedNode(STATUS_GRAPH)
    planned = [q.object.value for q in store.quads_for_pattern(
        status_node, pyoxigraph.NamedNode(ST_PLANNED), None, status_node)]
    status.planned = len(planned)
    status.missing = sorted(g for g in planned if g not in records)
    status.union = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    status.union_expected = _count(
        store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
               f"FILTER(?g != <{STATUS_GRAPH}>) }} }}")
    return status


def _count(store, query):
    return int(next(iter(store.query(query)))[0].value)


def query_options(store, query=None) -> dict:
    """How to query ``store`` so that the default graph is the set union of its graphs.

    Stores written by ``add_graph`` keep that union in their default graph; for
    any other dataset with named graphs only, pyoxigraph's union view is used.
    The status graph of ``add_articles`` (the build's bookkeeping) is in no
    union and is left out of the named graphs that ``GRAPH ?g`` sees; a ``query``
    that names no graph (no GRAPH, no FROM) reads the default graph with no list
    of named graphs (such a list makes pyoxigraph several times slower).
    """
    import pyoxigraph

    status = pyoxigraph.NamedNode(STATUS_GRAPH)
    if store.contains_named_graph(status):
        from kg.query import _code_only
        if query is not None and not _NAMES_GRAPHS.search(_code_only(query)):
            return {}       # the default graph alone: a list of every article graph slows each query
        return {"named_graphs": [g for g in store.named_graphs() if g != status]}
    has_default = next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None)
    if has_default is not None:
        return {}
    return {"use_default_graph_as_union": True}


_NAMES_GRAPHS = re.compile(r"(?<![\w:?$])(GRAPH|FROM)(?![\w:-])", re.IGNORECASE)


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
        named = [q for q in store if type(q.graph_name).__name__ != "DefaultGraph"
                 and q.graph_name.value != STATUS_GRAPH]   # the build's bookkeeping is no data
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


def _terms():
    """pyoxigraph and rdflib's term classes, imported once (to_ox and from_ox run per term)."""
    global _TERMS
    if _TERMS is None:
        import pyoxigraph
        from rdflib import BNode, Literal, URIRef
        _TERMS = pyoxigraph, BNode, Literal, URIRef
    return _TERMS


_TERMS = None


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    pyoxigraph, BNode, Literal, URIRef = _TERMS or _terms()

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
    pyoxigraph, BNode, Literal, URIRef = _TERMS or _terms()

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
