"""The library functions behind the CLI commands build and extract."""
from __future__ import annotations

import gc
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
    in_workers: dict = field(default_factory=dict)  # graph, validation -> seconds the workers spent
    stored: object = None                          # kg.store.StoreReport of a --store build

    def timing_line(self) -> str:
        """``took 12.3 s: extraction 8.0 s, graph 1.2 s, ...``, or "" before the build ran."""
        if not self.timings:
            return ""
        parts = ", ".join(f"{name} {secs:.1f} s" for name, secs in self.timings.items())
        workers = ", ".join(f"{name} {secs:.1f} s" for name, secs in self.in_workers.items())
        return (f"took {sum(self.timings.values()):.1f} s: {parts}"
                + (f" (extraction's workers also made the graphs: {workers})" if workers else ""))

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


#: article graphs the main process takes together (their store writes are batches of
#: kg.store.BATCH_ARTICLES; they were made and checked a kg.pipeline.BATCH at a time)
STREAM_ARTICLES = 200
#: the spool a build with -o only writes (kg.spool), inside OUTDIR (kept when the build is
#: killed, so that a rerun finishes it; removed once the outputs are in place)
SPOOL = ".kg-spool"


def build(inputs, outdir=None, store=None, published=None, min_confidence=0.0,
          html=True, validate=True, progress=None, max_chars=MAX_ARTICLE_CHARS, refuse=None,
          jobs=1, engine="local", scheduler=None, store_user=None) -> BuildResult:
    """Extract every article and write graph.ttl + graph.html into outdir and/or a store.

    Articles stream through extraction, graph building, validation and the store
    in batches; nothing holds every article (docs/corpus-builds.md). With ``outdir``
    only, finished batches go to a spool inside it (``.kg-spool``, :mod:`kg.spool`: files,
    no store), removed at the end. Output
    files appear only when everything succeeded (validation included): they are
    written in a temporary folder and moved into place at the end. Articles over
    ``max_chars`` characters are not built; ``refuse`` hears a line naming each, and
    the result lists them. ``progress``: a :class:`kg.progress.Progress` that shows
    each phase (None: silent); the result's ``timings`` give the seconds of each phase.
    ``engine``/``scheduler``: where extraction runs (:func:`extract_documents`). ``store``:
    a store folder, or the http(s) URL of a triple store's Graph Store endpoint
    (:mod:`kg.remote`; ``store_user`` and the password in ``KG_STORE_PASSWORD``): each
    article's graph is PUT there as it is written to the local spool.
    """
    from kg.progress import Progress
    from kg.spool import Spool
    from kg.store import compact, is_store, open_store
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
    exclude = ([Path(outdir) / "summary.txt", Path(outdir) / "graph.html", Path(outdir) / SPOOL]
               if outdir is not None else []) + \
        ([store] if store is not None and "://" not in str(store) else [])
    from kg.io import prefetch
    from kg.remote import RemoteStore, is_remote
    remote = None
    if is_remote(store):        # a triple store over HTTP: tried now, before any extraction
        remote = RemoteStore(store, user=store_user).check()
    spool = store is None or remote is not None
    if spool and outdir is None:        # --store URL alone: a spool of its own
        path = Path(tempfile.mkdtemp(prefix="kg-spool-")) / SPOOL
    else:
        path = Path(outdir) / SPOOL if spool else Path(store)
    created = not is_store(path) and not path.exists()
    made_outdir = outdir is not None and not Path(outdir).exists()
    if spool:
        path.parent.mkdir(parents=True, exist_ok=True)
    inputs = prefetch(inputs, published, exclude)   # pages and feeds fetched once, not per pass
    # taken now: a store or spool in use fails before any extraction
    st = Spool(path) if spool else open_store(path, create=True)
    try:
        result = _build(inputs, outdir, st, None if spool else store, published, min_confidence, html,
                        validate, progress, exclude, remote=remote, **limits)
    except BaseException as exc:
        import traceback
        traceback.clear_frames(exc.__traceback__)   # their locals (the store among them) go,
        if spool:
            st.close()
        del st                                      # so that it is closed before its folder goes
        gc.collect()
        # a failed build leaves no new, empty store behind; a killed -o build keeps its spool
        if created and not (spool and outdir is not None and isinstance(exc, KeyboardInterrupt)):
            shutil.rmtree(path, ignore_errors=True)
            if spool and outdir is None:
                shutil.rmtree(path.parent, ignore_errors=True)
            if made_outdir:
                try:
                    Path(outdir).rmdir()     # a failed build leaves no folder it made (if empty)
                except OSError:
                    pass
        raise
    if spool:
        st.close()
    del st      # unlocked now, unless a reference cycle keeps it (kg.store.compact sees to that)
    if spool:
        shutil.rmtree(path, ignore_errors=True)
        if outdir is None:
            shutil.rmtree(path.parent, ignore_errors=True)
    else:
        with progress.phase("compaction", unit="stores") as ph:
            compact(path)                      # no write-ahead logs left behind
            ph.advance()
    return result


def plan_ids(inputs, published, exclude, max_chars):
    """The ids of the articles a build takes, in order (a first, cheap read of the inputs)."""
    from kg.io import read_articles
    return [a.id for a in bounded(read_articles(inputs, published, exclude), max_chars)]


class _Clock:
    """Seconds spent in the parts of the streaming loop (graph, validation, store)."""

    def __init__(self):
        self.spent = {}

    def part(self, name):
        import contextlib
        import time

        @contextlib.contextmanager
        def timed():
            t = time.monotonic()
            try:
                yield
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.monotonic() - t
        return timed()


def _build(inputs, outdir, st, store, published, min_confidence, html, validate, progress, exclude,
           max_chars, refuse, refused, jobs, engine="local", scheduler=None, remote=None):
    from collections import deque

    from functools import partial

    from kg.article_graphs import graph_batch
    from kg.build import graph_iri
    from kg.corpus import Runs, _store_lines, prepare
    from kg.io import read_articles
    from kg.parallel import default_jobs, extract_with
    from kg.spool import Spool
    from kg.store import BatchWriter, StoreReport, completion_records, source_hash

    ids = plan_ids(inputs, published, exclude, max_chars)
    names = [str(graph_iri(i)) for i in ids]
    if isinstance(st, Spool):
        records = st.records()
        writer, read_back = st.writer(names, done=records), st.lines
    else:
        records = completion_records(st)
        writer, read_back = BatchWriter(st, names, done=records), partial(_store_lines, st)
    complete = {r["id"]: r.get("source") for r in records.values()}
    # an article the store holds complete and unchanged is not extracted again (a rerun of
    # a killed build extracts only what is missing); its place in the plan is kept
    positions, skipped, counter, sources = {}, deque(), iter(range(len(ids))), {}

    def keep(article):
        position = next(counter)
        digest = sources[article.id] = source_hash(article, min_confidence)
        if complete.get(article.id) == digest:
            skipped.append(position)
            return False
        positions[article.id] = position
        return True

    base = Path(outdir) if outdir is not None else None
    if base is not None:
        base.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=base, prefix=".kg-build-"))      # the union's runs, the outputs
    try:
        clock = _Clock()
        runs = Runs(str(tmp), total=len(ids))      # the union's sorted runs, made as the graphs come
        work = partial(graph_batch, min_confidence=min_confidence, validate=validate)
        here = engine in (None, "local") and (default_jobs() if jobs is None else int(jobs)) <= 1
        worked = {}
        # with workers, this process mostly waits for them: the corpus pass's libraries and
        # shapes are loaded meanwhile rather than after the last article (kg.corpus.prepare)
        prepared = [] if not here else [None]
        try:      # a failure stops the store's writer (the batches handed over are written)
            with progress.phase("extraction", total=len(ids), unit="articles") as ph:
                def upto(position):
                    while skipped and skipped[0] < position:
                        position_skipped = skipped.popleft()
                        writer.skip(position_skipped)
                        runs.add(read_back(names[position_skipped]))
                        ph.advance()
                group = []
                sent = StoreReport() if remote is not None else None
                articles = bounded(read_articles(inputs, published, exclude), max_chars, refuse)
                for item in extract_with(filter(keep, articles), jobs, engine, scheduler, work=work,
                                         total=len(ids)):
                    if not prepared:        # the workers are at work: what the end needs is loaded now
                        prepared.append(prepare(html and outdir is not None, validate))
                    for name, secs in item.timings.items():
                        worked[name] = worked.get(name, 0.0) + secs
                    group.append(item)
                    if len(group) >= STREAM_ARTICLES:
                        _write_group(group, writer, positions, sources, upto, clock, ph, remote, sent, runs)
                        group = []
                _write_group(group, writer, positions, sources, upto, clock, ph, remote, sent, runs)
                upto(len(ids))
                writer.hand_over()      # written while the corpus pass runs (finish_store waits)
        except BaseException:
            writer.stop()
            raise
        if here:        # the per-word caches of extraction are done with: their memory serves the corpus pass
            from kg.caches import clear_all
            clear_all()
        timings = progress.timings
        timings["extraction"] -= sum(clock.spent.values())
        if here:        # graphs made and checked in this process: their time is theirs, not extraction's
            timings["extraction"] -= sum(worked.values())
            timings.update(worked)
        result = BuildResult(articles=len(ids), refused=refused, timings=timings,
                             in_workers={} if here else {k: worked[k] for k in sorted(worked)})

        timings["store"] = clock.spent.get("store", 0.0)
        waited = []

        def finish_store():     # the last batches written, the store flushed: before any output is in place
            before = clock.spent.get("store", 0.0)
            with clock.part("store"):
                report = writer.close()
                st.flush()
            result.stored = report if store is not None else sent
            timings["store"] = clock.spent["store"]
            waited.append(clock.spent["store"] - before)
        try:
            _corpus(st, names, outdir, store, html, validate, progress, result, tmp, runs,
                    processes=1 if here else min(2, default_jobs()), finish=finish_store)
        except BaseException:
            writer.stop()
            raise
        timings["writing" if outdir is not None else "corpus"] -= sum(waited)    # the store's, not the phase's
        if store is not None:
            result.written.append(Path(store))
        if remote is not None:
            result.written.append(str(remote))       # the URL without its credentials
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _write_group(group, writer, positions, sources, upto, clock, ph, remote=None, sent=None, runs=None):
    """A group of :class:`kg.article_graphs.ArticleGraph` (made and checked where they were
    extracted) written in plan order (and, with ``remote``, each PUT into that Graph Store
    endpoint; ``sent`` counts them; ``runs``, a :class:`kg.corpus.Runs`, gets their lines)."""
    if not group:
        return
    from kg.build import graph_iri
    from kg.corpus import ntriples_lines
    with clock.part("store"):
        for item in group:
            position = positions.pop(item.id)
            upto(position)
            writer.add_ntriples(position, item.id, graph_iri(item.id), item.ntriples, sources.pop(item.id, None))
            if runs is not None:
                runs.add(ntriples_lines(item.ntriples))
            ph.advance()
        if remote is not None:
            for item in group:
                remote.put_ntriples(graph_iri(item.id), item.ntriples)
                sent.written += 1
                sent.batches += 1


def _corpus(st, names, outdir, store, html, validate, progress, result, tmp, runs=None, processes=1,
            finish=None):
    """The corpus-level pass over the store: labels merged, entities checked, counts, and
    (with ``outdir``) graph.ttl, graph.html and summary.txt written atomically (made in
    ``tmp``, a folder in outdir, then moved); ``runs``: see :func:`kg.corpus.union_lines`.
    With ``processes`` over 1 a second process (:class:`kg.corpus.CorpusProcess`) is fed the
    pass's lines as this one makes them: with graph.html, it makes graph.html (the longest
    of what comes after the last article, started as soon as the pass ends) while this one
    checks the entities and writes graph.ttl from the lines it wrote down (union.nt); without,
    it checks the entities and writes graph.ttl as the pass goes.
    ``finish()`` is called once all is made and checked, before any output is moved into
    place (the build's store writer finishes its last batches meanwhile)."""
    from contextlib import ExitStack

    from kg.corpus import (HTML_WHOLE_TRIPLES, CorpusCheck, CorpusProcess, CorpusStats, checked_lines,
                           corpus_lines, read_lines, tee_lines, write_turtle_lines)
    stats = CorpusStats()
    base = Path(outdir) if outdir is not None else None
    drawn = base is not None and html       # graph.html is made
    html_there = processes > 1 and drawn
    with ExitStack() as stack:      # a failure stops the second process
        other = None
        with progress.phase("corpus", total=len(names), unit="articles") as ph:
            degree = {} if drawn else None
            check = CorpusCheck(enabled=validate)
            if html_there:
                other = stack.enter_context(CorpusProcess(validate=False, html=(
                    tmp / "union.nt", tmp / "degree.pickle", html, tmp / "graph.html")))
            elif processes > 1 and (base is not None or validate):
                check = None
                other = stack.enter_context(CorpusProcess(
                    tmp / "graph.ttl" if base is not None else None, validate, where=tmp))
            lines = corpus_lines(st, names, tmp, stats, None if html_there else check, degree, runs)
            out = []
            if drawn:
                lines = tee_lines(lines, tmp / "union.nt")
            if other is not None:
                lines = other.tee(lines)
            if base is not None and (other is None or html_there):
                if html_there:      # the pass first, fast: graph.html waits for its last line
                    for _ in lines:
                        pass
                    if stats.triples > HTML_WHOLE_TRIPLES:      # html_graph will need them
                        import pickle
                        with open(tmp / "degree.pickle", "wb") as fh:
                            pickle.dump(degree, fh, protocol=pickle.HIGHEST_PROTOCOL)
                    other.end()
                    lines = checked_lines(read_lines(tmp / "union.nt"), check)
                write_turtle_lines(lines, tmp / "graph.ttl")
            for _ in lines:
                pass
            if base is not None:
                out.append("graph.ttl")
            if other is not None:
                other.end()
                if base is None:
                    other.close()
            if check is not None:
                check.close()
            ph.advance(len(names))
        result.triples = stats.triples
        result.entities = dict(stats.entities)
        result.relations, result.events = stats.relations, stats.events
        if base is None:
            if finish is not None:
                finish()
            return
        from kg.gc_pause import gc_paused
        with progress.phase("writing", unit="files") as ph, gc_paused():
            if drawn and not html_there:
                from kg.corpus import write_html_file
                write_html_file(tmp / "union.nt", stats.triples, degree, html, tmp / "graph.html")
            if drawn:
                out.append("graph.html")
            if other is not None:
                other.close()
            if finish is not None:
                finish()
            result.written = [base / n for n in out]
            (tmp / "summary.txt").write_text(result.summary(with_paths=False) + "\n", encoding="utf-8")
            for n in out + ["summary.txt"]:
                os.replace(tmp / n, base / n)
            ph.advance(len(out) + 1)


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
