"""``kg watch``: poll feeds (or pages) and add the articles that are new to a store.

Each poll fetches every feed afresh (its items' pages come from the page cache when
they are there) and takes the items the store does not hold yet: an item whose link is
the id of an article in the store is passed over before its page is fetched, and an
article whose text (white space collapsed) is that of a stored article is a duplicate
under another URL. The new articles are extracted, their graph checked against the
shapes, and written with ``kg.store.add_articles``: one atomic write per batch, each
article with its completion record (which holds its text hash, for the next polls).

Stopping: SIGINT (Ctrl-C) or SIGTERM only sets a flag. A poll that is still reading or
extracting stops where it is and writes nothing (the items stay in the feed and the
next poll takes them); a poll that has begun writing finishes its write first. So the
store holds whole polls' batches only and nothing is lost. A second signal stops at
once (the write being made is still atomic).
"""
from __future__ import annotations

import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass

from kg.errors import KgError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text) -> float:
    """Seconds of ``"15m"``, ``"30s"``, ``"2h"``, ``"1d"`` or a bare number of seconds."""
    m = _DURATION.match(str(text))
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"{text!r} is not a duration such as 30s, 15m, 2h")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


@dataclass
class PollReport:
    new: int = 0          # articles added to the store
    known: int = 0        # items or articles the store already held (by url or by text)
    failed: int = 0       # pages or feeds that could not be read
    stopped: bool = False  # a signal came before the write: nothing of this poll was written

    def line(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S")
        if self.stopped:
            return f"{when} poll stopped before writing: nothing of it was added"
        return (f"{when} poll: {self.new} new article{'s' * (self.new != 1)} added, "
                f"{self.known} already in the store, {self.failed} failed")


def _sources(sources, fetcher, published, known, refresh=True):
    """The articles of each source: a URL (a feed or a page, fetched afresh) or a local feed/page file."""
    from kg.fetch import Remote, is_url
    from kg.io import read_articles
    from kg.web import read_url
    for src in sources:
        if is_url(src):
            yield from read_url(Remote(src, fetcher), published, known=known, refresh=refresh)
        else:
            yield from read_articles([src], published)


def poll(sources, store, fetcher, min_confidence=0.0, published=None, stop=None) -> PollReport:
    """One poll: the new articles of ``sources`` added to the store folder ``store``."""
    from kg.build import build_graph, document_graph, fix_labels, graph_iri
    from kg.parallel import _slim
    from kg.pipeline import extract
    from kg.store import add_articles, completion_records, open_store, source_hash, text_hash
    from kg.validate import check

    stop = stop or threading.Event()
    report = PollReport()
    failures = len(fetcher.failures)
    st = open_store(store, create=True)
    try:
        records = completion_records(st).values()
        ids = {r["id"] for r in records}
        texts = {r["text"] for r in records if r.get("text")}

        def known(ident):
            if ident in ids:
                report.known += 1
                return True
            return False

        new = []
        for art in _sources(sources, fetcher, published, known):
            if stop.is_set():
                break
            digest = text_hash(art.text)
            if art.id in ids or digest in texts or (art.url and art.url in ids):
                report.known += art.id not in ids    # an id in ``ids`` was counted by ``known``
                continue
            ids.add(art.id)
            texts.add(digest)
            new.append((art, digest))
        docs = []
        for art, digest in new:
            if stop.is_set():
                break
            doc = _slim(extract(art))
            if min_confidence > 0:
                doc.relations = [r for r in doc.relations if r.confidence >= min_confidence]
                doc.events = [e for e in doc.events if e.confidence >= min_confidence]
            docs.append((doc, digest))
        report.failed = len(fetcher.failures) - failures
        if stop.is_set():
            report.stopped = True
            return report
        if docs:
            check(build_graph(d for d, _ in docs))     # the shapes, before anything is written
            # from here on a signal waits for the write: each batch is one transaction
            report.new = add_articles(st, [
                (d.article.id, graph_iri(d.article.id), fix_labels(document_graph(d)),
                 source_hash(d.article, min_confidence), digest) for d, digest in docs]).written
            st.flush()
    finally:
        del st          # pyoxigraph unlocks the store when the object goes
    return report


@contextmanager
def stop_on_signals(stop, say=None):
    """SIGINT and SIGTERM set ``stop`` (a threading.Event); a second one raises KeyboardInterrupt.
    Outside the main thread nothing is installed."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        if say is not None:
            say(f"{signal.Signals(signum).name}: stopping after the current write "
                f"(again to stop at once)")

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def watch(sources, store, fetcher, every=900.0, once=False, min_confidence=0.0, published=None,
          say=print, stop=None) -> list:
    """Poll ``sources`` every ``every`` seconds until a signal (or after one poll when ``once``);
    a line per poll to ``say``. Returns the PollReports. A store another process holds locked
    makes that poll fail (told to ``say``) and the next one try again, unless ``once``."""
    stop = stop or threading.Event()
    reports = []
    with stop_on_signals(stop, say):
        while not stop.is_set():
            try:
                report = poll(sources, store, fetcher, min_confidence, published, stop)
            except KgError as exc:
                if once:
                    raise
                say(f"{time.strftime('%Y-%m-%d %H:%M:%S')} poll failed: {exc}")
                report = PollReport(failed=1)
            reports.append(report)
            say(report.line())
            if once or stop.wait(every):
                break
    return reports
