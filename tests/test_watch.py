"""kg.watch: polls add only new articles (by url and by text), and a signal loses nothing."""
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime

import pytest

from kg.fetch import Fetcher
from kg.store import completion_records, open_store, verify_store
from kg.watch import parse_duration, poll

NEW_ITEM = ("/news/new-item", "وصول وزير الخارجية المصري إلى بغداد", datetime(2024, 3, 2, 9, 0),
            "<p>وصل وزير الخارجية المصري سامح شكري إلى بغداد يوم السبت في زيارة رسمية.</p>")


def stored(store):
    st = open_store(store)
    try:
        return sorted(r["id"] for r in completion_records(st).values())
    finally:
        del st


def test_a_second_poll_adds_only_the_new_items(news_site, tmp_path):
    f = Fetcher(tmp_path / "cache", delay=0, retries=0)
    feed, store = [news_site.url("/rss.xml")], tmp_path / "store"
    first = poll(feed, store, f)
    assert (first.new, first.known, first.failed) == (4, 0, 0)
    news_site.items.append(NEW_ITEM)
    news_site.items.append(("/news/amman-copy", "خبر منقول", datetime(2024, 3, 2), None))  # same text
    second = poll(feed, store, f)
    assert (second.new, second.known, second.failed) == (1, 5, 0)
    assert stored(store) == sorted(news_site.url(p) for p, *_ in news_site.items if p != "/news/amman-copy")
    # the feed is fetched at every poll, a stored item's page never again
    assert news_site.hits["/rss.xml"] == 2 and news_site.hits["/news/amman-talks"] == 1
    assert news_site.hits["/news/amman-copy"] == 1
    assert verify_store(store).ok


def test_a_stop_before_the_write_writes_nothing_and_the_next_poll_takes_all(news_site, tmp_path):
    f = Fetcher(tmp_path / "cache", delay=0, retries=0)
    feed, store = [news_site.url("/rss.xml")], tmp_path / "store"
    stop = threading.Event()
    stop.set()
    report = poll(feed, store, f, stop=stop)
    assert report.stopped and report.new == 0 and stored(store) == []
    assert poll(feed, store, f).new == 4


def test_durations():
    assert [parse_duration(x) for x in ("30s", "15m", "2h", "1d", "90", "0.5s")] == [30, 900, 7200, 86400, 90, 0.5]
    for bad in ("soon", "0m", "-5m", "15 minutes"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def _watch(news_site, tmp_path, **env):
    cmd = [sys.executable, "-m", "kg.cli", "watch", news_site.url("/rss.xml"), "--store", str(tmp_path / "store"),
           "--every", "60s", "--cache", str(tmp_path / "cache"), "--delay", "0"]
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_while_waiting_stops_cleanly(news_site, tmp_path, sig):
    proc = _watch(news_site, tmp_path)
    for line in proc.stderr:
        if " poll: " in line:
            break
    proc.send_signal(sig)
    out = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, out
    assert "stopping" in out and "Traceback" not in out
    assert len(stored(tmp_path / "store")) == 4 and verify_store(tmp_path / "store").ok


def test_a_signal_during_the_write_finishes_the_batch(news_site, tmp_path):
    # KG_STORE_PAUSE: the store says each batch on stderr and pauses after it
    proc = _watch(news_site, tmp_path, KG_STORE_PAUSE="1")
    for line in proc.stderr:
        if "writing" in line:
            break
    proc.send_signal(signal.SIGTERM)
    out = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, out
    assert "batch 0 committed" in out and "4 new articles added" in out
    assert len(stored(tmp_path / "store")) == 4 and verify_store(tmp_path / "store").ok
