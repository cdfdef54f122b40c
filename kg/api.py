"""The library functions behind the CLI commands build and extract."""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


#: longest article text kg builds by default (news runs to some 35,000 characters; the
#: longest of 20,000 SaudiNewsNet articles has 33,683)
MAX_ARTICLE_CHARS = 100_000


@dataclass
class BuildResult:
    articles: int = 0
    entities: dict = field(default_factory=dict)   # type -> count (distinct IRIs)
    relations: int = 0
    events: int = 0
    triples: int = 0
    written: list = field(default_factory=list)
    refused: list = field(default_factory=list)    # one line per article left out
    timings: dict = field(default_factory=dict)    # phase -> seconds (printed, never in summary.txt)
    stored: object = None                          # kg.store.StoreReport of a --store build

    def timing_line(self) -> str:
        """``took 12.3 s: extraction 8.0 s, graph 1.2 s, ...``, or "" before the build ran."""
        if not self.timings:
            return ""
        parts = ", ".join(f"{name} {secs:.1f} s" for name, secs in self.timings.items())
        return f"took {sum(self.timings.values()):.1f} s: {parts}"

    def summary(self, with_paths=True) -> str:
        ents = sum(self.entities.values())
        refused = f" ({len(self.refused)} refused: see above)" if self.refused else ""
        parts = ", ".join(f"{self.entities.get(t, 0)} {t.lower()}s"
                          for t in ("Person", "Organization", "Place"))
        where = ", ".join(str(p) for p in self.written)
        return (f"{self.articles} article{'s' * (self.articles != 1)}{refused}: {ents} entities ({parts}), "
                f"{self.relations} relations, {self.events} events, {self.triples} triples"
                + (f" -> {where}" if where and with_paths else ""))


def filter_confidence(doc, min_confidence: float):
    if min_confidence > 0:
        doc.relations = [r for r in doc.relations if r.confidence >= min_confidence]
        doc.events = [e for e in doc.events if e.confidence >= min_confidence]
    return doc


def bounded(articles, max_chars=MAX_ARTICLE_CHARS, refuse=None):
    """The articles of at most ``max_chars`` characters; ``refuse(line)`` hears of each other one."""
    for art in articles:
        if max_chars and len(art.text) > max_chars:
            if refuse is not None:
                refuse(f"{art.origin or art.id}: article {art.id!r} has {len(art.text):,} characters, "
                       f"over --max-article-chars {max_chars:,}: not built")
            continue
        yield art


def extract_documents(inputs, published=None, min_confidence=0.0, progress=None, exclude=(),
                      max_chars=MAX_ARTICLE_CHARS, refuse=None, jobs=1, keep=None, engine="local",
                      scheduler=None):
    """Yield extracted Documents for every article of the inputs.

    ``exclude``: files or folders never read; articles over ``max_chars``
    characters are left out, each told to ``refuse``; ``jobs`` worker
    processes extract (None: all cores), with the same result as one. The
    Documents keep their article, entities, relations and events (what the
    graph and the annotated records read), not the stages' working data.
    ``keep(article)``: False leaves the article out before extraction.
    ``engine``: "local" or "dask" (:func:`kg.parallel.extract_with`; ``scheduler``: a Dask
    scheduler's address, else a LocalCluster of ``jobs`` workers).
    """
    from kg.io import read_articles
    from kg.parallel import _slim, extract_with
    articles = bounded(read_articles(inputs, published, exclude), max_chars, refuse)
    if keep is not None:
        articles = filter(keep, articles)
    for doc in extract_with(articles, jobs, engine, scheduler):
        doc = _slim(doc)     # what only the stages read goes: memory per kept Document drops
        doc = filter_confidence(doc, min_confidence)
        if progress:
            progress(doc)
        yield doc


def build(inputs, outdir=None, store=None, published=None, min_confidence=0.0,
          html=True, validate=True, progress=None, max_chars=MAX_ARTICLE_CHARS, refuse=None,
          jobs=1, engine="local", scheduler=None, store_user=None) -> BuildResult:
    """Extract every article and write graph.ttl + graph.html into outdir and/or a store.

    Output files appear only when everything succeeded (validation included):
    they are written in a temporary folder and moved into place at the end.
    Articles over ``max_chars`` characters are not built; ``refuse`` hears a
    line naming each, and the result lists them. ``progress``: a
    :class:`kg.progress.Progress` that shows each phase (None: silent); the
    result's ``timings`` give the seconds of each phase. ``engine``/``scheduler``: where
    extraction runs (:func:`extract_documents`). ``store``: a store folder, or the http(s) URL
    of a triple store's Graph Store endpoint (:mod:`kg.remote`; ``store_user`` and the
    password in ``KG_STORE_PASSWORD``).
    """
    from kg.progress import Progress
    if progress is None:
        progress = Progress(enabled=False)
    refused = []

    def refuse_one(line):
        refused.append(line)
        if refuse is not None:
            refuse(line)
    if engine == "dask":
        from kg.dask_engine import check_available
        check_available()          # Dask missing: one line before anything is read
    limits = dict(max_chars=max_chars, refuse=refuse_one, refused=refused, jobs=jobs, engine=engine,
                  scheduler=scheduler)
    # kg's own outputs are never inputs: the summary of an earlier build into outdir, the store
    exclude = ([Path(outdir) / "summary.txt", Path(outdir) / "graph.html"] if outdir is not None else []) + \
        ([store] if store is not None and "://" not in str(store) else [])
    st = None
    from kg.remote import RemoteStore, is_remote
    if is_remote(store):        # a triple store over HTTP: tried now, before any extraction
        return _build(inputs, outdir, RemoteStore(store, user=store_user).check(), store, published,
                      min_confidence, html, validate, progress, exclude, **limits)
    if store is not None:
        from kg.store import is_store, open_store
        created = not is_store(store) and not Path(store).exists()
        st = open_store(store, create=True)   # taken now: a store in use fails before any extraction
        try:
            result = _build(inputs, outdir, st, store, published, min_confidence, html, validate,
                            progress, exclude, **limits)
        except BaseException:
            if created:               # a failed build leaves no new, empty store behind
                del st
                shutil.rmtree(store, ignore_errors=True)
            raise
        del st      # unlocked now, even if a reference cycle (validation's parser) keeps this frame
        return result
    return _build(inputs, outdir, None, None, published, min_confidence, html, validate, progress, exclude,
                  **limits)


def _build(inputs, outdir, st, store, published, min_confidence, html, validate, progress, exclude,
           max_chars, refuse, refused, jobs, engine="local", scheduler=None):
    from kg.build import bind_prefixes, document_graph, fix_labels, graph_iri
    from rdflib import Graph
    from kg.ns import KG
    from rdflib.namespace import RDF

    from kg.io import count_articles
    total = count_articles(inputs, exclude) if progress.enabled else None
    # a store-only build skips, before extraction, the articles the store holds complete and
    # unchanged (a rerun of a killed build extracts only what is missing); with -o every
    # article is needed for the files
    order, unchanged, keep, sources = [], set(), None, {}
    from kg.remote import RemoteStore
    remote = isinstance(st, RemoteStore)
    if st is not None and outdir is None and not remote:
        from kg.store import completion_records, source_hash
        complete = {r["id"]: r.get("source") for r in completion_records(st).values()}

        def keep(article):
            order.append(article.id)
            digest = sources[article.id] = source_hash(article, min_confidence)
            if complete.get(article.id) == digest:
                unchanged.add(article.id)
                ph.advance()
                return False
            return True
    with progress.phase("extraction", total=total, unit="articles") as ph:
        docs = []
        for doc in extract_documents(inputs, published, min_confidence, None, exclude, max_chars, refuse,
                                     jobs, keep=keep, engine=engine, scheduler=scheduler):
            docs.append(doc)
            ph.advance()
    result = BuildResult(articles=len(docs) + len(unchanged), refused=refused, timings=progress.timings)
    with progress.phase("graph", total=len(docs), unit="articles") as ph:
        graph = bind_prefixes(Graph())
        per_article = []
        for doc in docs:
            document_graph(doc, graph)
            if store is not None:
                per_article.append((doc.article.id, graph_iri(doc.article.id), fix_labels(document_graph(doc)),
                                    sources.get(doc.article.id)))
            ph.advance()
        fix_labels(graph)
    result.triples = len(graph)
    for t in ("Person", "Organization", "Place"):
        result.entities[t] = len(set(graph.subjects(RDF.type, KG[t])))
    result.relations = len(set(graph.subjects(RDF.type, KG.RelationStatement)))
    result.events = len(set(graph.subjects(RDF.type, KG.Event)))
    if validate:
        from kg.validate import check
        with progress.phase("validation", unit="triples") as ph:
            check(graph)
            ph.advance(len(graph))
    if outdir is not None:
        with progress.phase("writing", unit="files") as ph:
            result.written += write_outputs(graph, Path(outdir), html=html, summary=result)
            ph.advance(len(result.written))
    if store is not None:
        from kg.store import add_articles
        with progress.phase("store", total=len(per_article), unit="articles") as ph:
            # atomic batches with completion records: a killed build is finished by a rerun;
            # the articles skipped before extraction keep their place in the plan
            if keep is not None and unchanged:
                by_id = {a[0]: a for a in per_article}
                per_article = [by_id[i] if i in by_id else (i, graph_iri(i), None, None)
                               for i in dict.fromkeys(order) if i in by_id or i in unchanged]
            if remote:
                result.stored = st.add_articles(per_article, progress=ph.advance)
            else:
                result.stored = add_articles(st, per_article, progress=ph.advance)
                st.flush()
        where = str(st) if remote else Path(store)      # a URL without its credentials
        del st          # pyoxigraph closes the store when the object goes
        result.written.append(where)
    return result


def write_outputs(graph, outdir: Path, html=True, summary=None) -> list:
    """graph.ttl (+ graph.html, summary.txt) written atomically into outdir.

    ``html``: True, False, or a dict of the html exporter's options (max_nodes, unconnected).
    """
    from kg.export import export
    outdir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=outdir, prefix=".kg-build-"))
    try:
        names = ["graph.ttl"]
        export(graph, tmp / "graph.ttl", "turtle")
        if html:
            export(graph, tmp / "graph.html", "html", **(html if isinstance(html, dict) else {}))
            names.append("graph.html")
        written = [outdir / n for n in names]
        if summary is not None:
            summary.written = written
            (tmp / "summary.txt").write_text(summary.summary(with_paths=False) + "\n",
                                             encoding="utf-8")
            names.append("summary.txt")
        for n in names:
            os.replace(tmp / n, outdir / n)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
