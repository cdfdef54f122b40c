"""Extraction on a Dask cluster: ``kg build --engine dask [--scheduler tcp://HOST:PORT]``.

The articles are read in this process and sent to the cluster a batch at a time
(``kg.pipeline.BATCH`` articles); a worker runs the same function as a
``--jobs`` worker process (:func:`kg.parallel._work`) and sends the Documents
back. Results are taken in input order, so the graph, the files and the store
are byte-identical to ``--engine local``. At most two batches per worker
thread are in flight: memory here stays bounded however long the input.

With no scheduler, a ``LocalCluster`` on 127.0.0.1 with one single-threaded
worker process per ``--jobs`` is started for the build and stopped after it.
With a scheduler, every worker must have the same version of kg installed
(``pip install 'kg[dask]'``); the articles travel to the workers, nothing else.

Needs the optional extra ``kg[dask]`` (``dask[distributed]``).
"""
from __future__ import annotations

from collections import deque
from contextlib import contextmanager

from kg.errors import KgError

INSTALL_HINT = "--engine dask needs Dask: pip install 'kg[dask]' (or: pip install 'dask[distributed]')"
CONNECT_TIMEOUT = "20s"


class DaskEngineError(KgError):
    """Dask missing, or a scheduler that cannot be reached."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskEngineError(INSTALL_HINT) from None
    return distributed


def check_available():
    """Raise the one-line :class:`DaskEngineError` when Dask is not installed."""
    _distributed()


@contextmanager
def client_for(scheduler=None, jobs=1):
    """A ``distributed.Client``: of ``scheduler`` (an address), or of a loopback LocalCluster
    with ``jobs`` single-threaded worker processes that lives as long as the block."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskEngineError(f"cannot reach the Dask scheduler {scheduler}: "
                                  f"{' '.join(str(exc).split()) or type(exc).__name__}") from None
        try:
            yield client
        finally:
            client.close()
        return
    import logging
    cluster = distributed.LocalCluster(n_workers=max(1, int(jobs)), threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       silence_logs=logging.ERROR)
    try:
        client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def extract_on_client(client, articles, batch_size=None, work=None, total=None):
    """Documents for ``articles`` in input order, extracted by the workers of ``client`` (or
    what ``work`` makes of each batch there: :func:`kg.parallel.extract_with`; ``total``:
    see :func:`kg.parallel._batches`)."""
    from kg.parallel import _batches, _work
    from kg.pipeline import BATCH

    slots = max(1, 2 * sum(client.nthreads().values()))
    pending = deque()
    for batch in _batches(articles, batch_size or BATCH, total):
        while len(pending) >= slots:
            yield from _result(pending.popleft())
        pending.append(client.submit(work or _work, batch, pure=False))
    while pending:
        yield from _result(pending.popleft())


def _result(future):
    """A batch's Documents; workers that died on it (out of memory, killed) are one line."""
    from distributed import KilledWorker
    try:
        return future.result()
    except KilledWorker as exc:
        raise DaskEngineError(f"Dask workers died extracting a batch (out of memory? see the workers' "
                              f"logs): {' '.join(str(exc).split())[:300]}") from None


def extract_dask(articles, jobs=1, scheduler=None, batch_size=None, work=None, total=None):
    """Documents for ``articles`` in input order, extracted on a Dask cluster
    (``scheduler``'s, or a LocalCluster of ``jobs`` workers)."""
    check_available()
    with client_for(scheduler, jobs) as client:
        yield from extract_on_client(client, articles, batch_size, work, total)
