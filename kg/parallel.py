"""Extraction in worker processes: ``kg build --jobs N`` and ``kg extract --jobs N``.

The articles are read in this process and sent to the workers a batch at a time
(``kg.pipeline.BATCH`` articles); each worker runs every stage on its batch and
sends back the Documents without what only the stages need (sentences, tagger
tags, raw mentions, date expressions), which the graph and the annotated records
never read. Documents come back in input order, so the output is byte-identical
to one process. At most two batches per worker are in flight: memory stays
bounded however long the input.

Workers are forked after the knowledge base, tagger and learned models are
loaded, so they share those pages instead of loading them again.
"""
from __future__ import annotations

import os
from collections import deque


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _slim(doc):
    doc.__dict__.pop("_views", None)
    doc.sentences = []
    doc.tags = []
    doc.mentions = []
    doc.dates = []
    return doc


def _work(articles):
    from kg.pipeline import _extract_batch
    return [_slim(d) for d in _extract_batch(articles)]


#: the last ``TAPER_BATCHES`` batches' worth of articles of an input of known length go in
#: batches ``TAPER`` times smaller: when the last batch ends, the other workers have at most
#: a small one left, rather than up to a whole batch each (their cores idle meanwhile)
TAPER, TAPER_BATCHES = 4, 2


def _batches(articles, size, total=None):
    """``articles`` in lists of ``size``; with ``total`` (how many articles there are, or an
    upper bound), those of the last ``TAPER_BATCHES * size`` articles in lists of
    ``size // TAPER``. The lists depend on the input alone, never on the number of workers."""
    small = max(1, size // TAPER)
    batch, start = [], 0            # start: the articles before this batch
    for a in articles:
        batch.append(a)
        if len(batch) >= (size if total is None or total - start > TAPER_BATCHES * size else small):
            yield batch
            start += len(batch)
            batch = []
    if batch:
        yield batch


def warm_up(work):
    """``work`` done once on a short article of our own (``kg.pipeline.WARM_TEXT``), its
    result dropped: what it loads or builds on first use (a build's shapes and their plan)
    is then in this process before the workers are forked, and shared by them."""
    from kg.model import Article
    from kg.pipeline import WARM_TEXT
    try:
        work([Article(id="kg-warm-up", text=WARM_TEXT)])
    except Exception:       # it only saves time: what fails is the real work's to report
        pass


def extract_with(articles, jobs=None, engine="local", scheduler=None, work=None, total=None):
    """Documents for ``articles`` in order, by ``engine``: "local" (``jobs`` processes on this
    machine) or "dask" (a Dask cluster: ``scheduler``'s, or a LocalCluster of ``jobs`` workers).

    ``work``: what is done with each batch of articles where it is extracted, a picklable
    function of the batch returning one item per article (default: the slimmed Documents);
    its items come back instead, in input order. ``total``: how many articles there are (or
    at most), which makes the last batches smaller (:func:`_batches`)."""
    if engine == "dask":
        from kg.dask_engine import extract_dask
        return extract_dask(articles, default_jobs() if jobs is None else jobs, scheduler, work=work,
                            total=total)
    if engine not in (None, "local"):
        raise ValueError(f"unknown engine {engine!r}: expected 'local' or 'dask'")
    if scheduler:
        raise ValueError("a scheduler is for --engine dask only")
    return extract_parallel(articles, jobs, work=work, total=total)


def extract_parallel(articles, jobs=None, batch_size=None, work=None, total=None):
    """Documents for ``articles`` in order, extracted by ``jobs`` processes (or, with
    ``work``, what ``work`` makes of each batch; ``total``: see :func:`extract_with`).

    With one job, or input that fits in one batch, everything runs here
    (:func:`kg.pipeline.extract_many`, or ``work``), with nothing forked.
    """
    from kg.pipeline import BATCH, _resources, extract_many

    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    size = batch_size or BATCH
    batches = _batches(articles, size, total)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if jobs > 1 else None
    if second is None:
        run = work if work is not None else (lambda batch: extract_many(batch, size))
        yield from run(first)
        for batch in batches:
            yield from run(batch)
        return

    import multiprocessing

    _resources()                       # loaded once, before the fork, shared by the workers
    if work is not None:               # and what ``work`` builds on first use beyond extraction
        warm_up(work)                  # (a build's graphs and shapes), shared too
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(jobs)
    try:
        pending = deque()

        def submit(batch):
            pending.append(pool.apply_async(work or _work, (batch,)))

        submit(first)
        submit(second)
        for batch in batches:
            while len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
            submit(batch)
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
