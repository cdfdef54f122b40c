"""Fetching web pages politely, with an on-disk cache.

``Fetcher.get(url)`` sends a clear User-Agent (``kg/<version> (+project url)``),
gives up on a request after ``timeout`` seconds, retries a time-out, a dropped
connection, a 429 or a 5xx answer a few times with exponential backoff, and waits
``delay`` seconds between two requests to the same host, and asks for no page the
site's robots.txt disallows to kg (read once per site; a site without one allows
everything). Every page it fetched
(status 200) is kept in the cache folder, so a rerun reads it from disk and does
not fetch it again. A page that cannot be had raises ``FetchError`` (one line); the
callers of ``kg.web`` report it with ``Fetcher.fail`` and go on with the others.

The cache (``--cache DIR``) defaults to ``$XDG_CACHE_HOME/kg/pages`` (``~/.cache/kg/pages``):
shared by every build and by ``kg watch``, whatever the output folder or store.
One page is two files named by the SHA-256 of its URL: ``HASH.json`` (url, final url,
content type, when fetched) and ``HASH.body`` (the bytes as served); the
``.json`` is written last, so a half-written entry is never read.

No third-party HTTP library: urllib of the standard library does all of it.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import KgError

PROJECT_URL = "https://w3id.org/arabic-kg"
#: ``kg build`` exit status when the graph was built but some pages could not be fetched
EXIT_SOME_FAILED = 3
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_BYTES = 20_000_000          # a page larger than this is no news article: refused


def user_agent() -> str:
    try:
        from importlib.metadata import version
        v = version("kg")
    except Exception:   # not installed (run from a checkout)
        v = "0"
    return f"kg/{v} (+{PROJECT_URL})"


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / "pages"


def is_url(item) -> bool:
    return isinstance(item, str) and item[:8].lower().startswith(("http://", "https://"))


class FetchError(KgError):
    """A page that could not be fetched: ``URL: reason`` on one line."""

    def __init__(self, url, reason):
        self.url, self.reason = url, reason
        super().__init__(f"{url}: {reason}")


@dataclass
class Response:
    url: str                 # as asked for
    final_url: str           # after redirects
    content_type: str        # "text/html; charset=utf-8" ...
    body: bytes
    cached: bool = False     # read from the cache, not the network

    @property
    def media_type(self) -> str:
        return self.content_type.split(";")[0].strip().lower()

    @property
    def charset(self):
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None


class Fetcher:
    """Fetch pages with retries, a per-host pause and an on-disk cache; collect failures.

    ``cache``: a folder (None: no cache); ``report(line)``: hears of each failure as it
    happens; ``strict``: raise FetchError instead of collecting it. ``requests`` counts
    the requests sent over the network (cache hits are not requests).
    """

    def __init__(self, cache=None, timeout=20.0, retries=2, backoff=1.0, delay=1.0,
                 report=None, strict=False, agent=None, robots=True):
        self.cache = Path(cache) if cache is not None else None
        self.timeout, self.retries, self.backoff, self.delay = timeout, retries, backoff, delay
        self.report, self.strict = report, strict
        self.agent = agent or user_agent()
        self.failures = []          # one line per page that could not be had
        self.requests = 0
        self._last = {}             # host -> time.monotonic() of its last request
        self.robots = robots
        self._robots = {}           # scheme://host -> RobotFileParser

    # ---------------------------------------------------------- failures

    def fail(self, url, reason) -> None:
        """Record (and report) one failure; raise it instead when strict."""
        err = reason if isinstance(reason, FetchError) else FetchError(url, reason)
        if self.strict:
            raise err
        line = str(err)
        self.failures.append(line)
        if self.report is not None:
            self.report(line)

    # ---------------------------------------------------------- fetching

    def get(self, url, refresh=False) -> Response:
        """The page at ``url`` (from the cache unless ``refresh``); FetchError when it cannot be had."""
        if not refresh:
            hit = self._cached(url)
            if hit is not None:
                return hit
        if not self._allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt")
        resp = self._download(url)
        self._store(resp)
        return resp

    def _allowed(self, url) -> bool:
        if not self.robots:
            return True
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(site)
        if rules is None:
            rules = self._robots[site] = urllib.robotparser.RobotFileParser()
            try:
                text = self._download(site + "/robots.txt", retries=0).body.decode("utf-8", "replace")
                rules.parse(text.splitlines())
            except FetchError:          # none (404), or unreachable: the page's own fetch will tell
                rules.allow_all = True
        return rules.can_fetch(self.agent, url)

    def _download(self, url, retries=None) -> Response:
        request = urllib.request.Request(url, headers={
            "User-Agent": self.agent, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                                                 "application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "ar,en;q=0.5"})
        attempt = 0
        while True:
            self._pause(url)
            self.requests += 1
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    body = answer.read(MAX_BYTES + 1)
                    if len(body) > MAX_BYTES:
                        raise FetchError(url, f"larger than {MAX_BYTES:,} bytes: not read")
                    return Response(url, answer.geturl(), answer.headers.get("Content-Type", ""), body)
            except urllib.error.HTTPError as exc:
                reason, retry = f"HTTP {exc.code} {exc.reason}", exc.code in RETRY_STATUS
            except (socket.timeout, TimeoutError):
                reason, retry = f"no answer in {self.timeout:g} s (time-out)", True
            except urllib.error.URLError as exc:
                why = exc.reason
                if isinstance(why, (socket.timeout, TimeoutError)):
                    reason, retry = f"no answer in {self.timeout:g} s (time-out)", True
                else:
                    reason, retry = f"cannot connect: {why}", isinstance(why, ConnectionError)
            except (ConnectionError, OSError) as exc:  # reset while reading, IncompleteRead ...
                reason, retry = f"connection failed: {exc}", True
            except ValueError as exc:                  # not a URL urllib can open
                raise FetchError(url, f"not a URL: {exc}") from None
            if not retry or attempt >= (self.retries if retries is None else retries):
                tries = f" (after {attempt + 1} tries)" if attempt else ""
                raise FetchError(url, reason + tries)
            time.sleep(self.backoff * 2 ** attempt)
            attempt += 1

    def _pause(self, url):
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            wait = last + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    # ---------------------------------------------------------- cache

    def _paths(self, url):
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache / f"{key}.json", self.cache / f"{key}.body"

    def _cached(self, url):
        if self.cache is None:
            return None
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if meta.get("url") != url or meta.get("size") != len(body):
            return None
        return Response(url, meta.get("final_url") or url, meta.get("content_type", ""), body, cached=True)

    def _store(self, resp):
        if self.cache is None:
            return
        from kg.io import atomic_write
        meta_path, body_path = self._paths(resp.url)
        atomic_write(body_path, resp.body, "cached page")
        atomic_write(meta_path, json.dumps({
            "url": resp.url, "final_url": resp.final_url, "content_type": resp.content_type,
            "size": len(resp.body), "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            ensure_ascii=False), "cache entry")


@dataclass(frozen=True)
class Remote:
    """A URL to read as an input of ``kg.io.read_articles`` with a given Fetcher."""

    url: str
    fetcher: Fetcher

    def __str__(self):
        return self.url


@dataclass(frozen=True)
class FeedFile:
    """A feed file on disk whose items without full content are read from their pages,
    fetched with ``fetcher`` (``kg build feed.xml``: the command's Fetcher)."""

    path: str
    fetcher: Fetcher

    def __str__(self):
        return str(self.path)


def read_url_list(path) -> list:
    """The URLs of a ``--urls`` file: one a line; blank lines and ``#`` comments skipped,
    a URL listed twice read once. A line that is not an http(s) URL is one InputError."""
    from kg.errors import InputError
    from kg.io import _read_text
    urls = {}
    for lineno, line in enumerate(_read_text(Path(path)).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise InputError(path, f"not an http(s) URL: {line[:80]!r}", lineno)
        urls.setdefault(line, lineno)
    if not urls:
        raise InputError(path, "no URLs in the file")
    return list(urls)
