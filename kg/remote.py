"""A triple store over HTTP as a build's store: ``kg build --store http(s)://HOST/PATH``.

Each article's named graph is sent with the SPARQL 1.1 Graph Store HTTP
Protocol: ``PUT URL?graph=IRI`` with the graph's triples as the body (sorted
N-Triples lines, sent as ``text/turtle; charset=utf-8``, of which N-Triples is a
subset, since every store reads Turtle). PUT replaces the graph, so building an
article again replaces it and a rerun of a cut build duplicates nothing. The
URL is the store's Graph Store endpoint:

    Oxigraph server   http://127.0.0.1:7878/store
    Virtuoso          http://127.0.0.1:8890/sparql-graph-crud-auth   (digest auth, user dba)
    Fuseki            http://127.0.0.1:3030/DATASET/data
    GraphDB           http://127.0.0.1:7200/repositories/REPO/rdf-graphs/service

Credentials: ``user`` (``--store-user``) with the password from the environment
variable ``KG_STORE_PASSWORD``; or ``https://USER:PASSWORD@HOST/...`` in the URL
(visible in the shell history and the process list: prefer the variable; a
password in the URL wins over the variable).
HTTP Basic and Digest are both answered. No message ever shows the password.

The endpoint is tried once before extraction (a GET of a graph nobody has:
200 or 404 means it answers), so a wrong address or password fails at once.
A failed PUT stops the build with one line (status, reason, the server's first
words); the graphs sent before it stay in the store.
"""
from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import KgError
from kg.ns import RESOURCE_BASE

PASSWORD_ENV = "KG_STORE_PASSWORD"
PROBE_GRAPH = RESOURCE_BASE + "graph/_kg-probe"    # never written: GET of it tells the endpoint answers
CONTENT_TYPE = "text/turtle; charset=utf-8"
TIMEOUT = 120


class RemoteStoreError(KgError):
    """A triple store that cannot be reached, refuses the credentials or a graph."""


def is_remote(store) -> bool:
    """True when ``store`` is an http(s) URL rather than a store folder."""
    return isinstance(store, str) and store.lower().startswith(("http://", "https://"))


def ntriples(graph) -> bytes:
    """The sorted N-Triples lines of an rdflib graph, UTF-8 (deterministic)."""
    from kg.article_graphs import NTriples
    return "".join(NTriples().lines(graph)).encode("utf-8")


class RemoteStore:
    """The Graph Store endpoint ``url``; ``user``/``password`` (default: from the URL, the
    password from ``KG_STORE_PASSWORD`` when a user is given)."""

    def __init__(self, url, user=None, password=None, timeout=TIMEOUT):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise RemoteStoreError(f"{url}: not an http(s) URL of a Graph Store endpoint")
        url_user = urllib.parse.unquote(parts.username) if parts.username else None
        url_password = urllib.parse.unquote(parts.password) if parts.password else None
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        if parts.port:
            netloc += f":{parts.port}"
        self.endpoint = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        self.user = user or url_user
        if password is None and self.user:
            password = (url_password if url_password is not None and self.user == url_user
                        else os.environ.get(PASSWORD_ENV))
        if self.user and password is None:
            raise RemoteStoreError(f"{self.endpoint}: user {self.user!r} given but no password: "
                                   f"set {PASSWORD_ENV}")
        self.timeout = timeout
        handlers = []
        if self.user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, self.endpoint, self.user, password)
            handlers = [urllib.request.HTTPBasicAuthHandler(manager),
                        urllib.request.HTTPDigestAuthHandler(manager)]
        self._opener = urllib.request.build_opener(*handlers)

    def __str__(self):
        return self.endpoint

    def graph_url(self, iri) -> str:
        sep = "&" if "?" in self.endpoint else "?"
        return f"{self.endpoint}{sep}graph={urllib.parse.quote(str(iri), safe='')}"

    def _send(self, method, url, body=None, headers=None, what=""):
        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, _read(exc)
        except urllib.error.URLError as exc:
            raise RemoteStoreError(f"{self.endpoint}: cannot reach the store{what}: "
                                   f"{_one_line(exc.reason)}") from None
        except (OSError, ValueError) as exc:   # a reset connection, a timeout, a bad port
            raise RemoteStoreError(f"{self.endpoint}: cannot reach the store{what}: {_one_line(exc)}") from None

    def _failed(self, status, body, what):
        hint = ""
        if status == 401:
            hint = (f" (check --store-user and {PASSWORD_ENV})" if self.user else
                    f" (the store wants credentials: --store-user USER and {PASSWORD_ENV})")
        said = _one_line(body.decode("utf-8", "replace"))[:200]
        return RemoteStoreError(f"{self.endpoint}: HTTP {status}{what}{hint}" + (f": {said}" if said else ""))

    def check(self):
        """Fail with one line unless the endpoint answers (a GET of a graph nobody wrote)."""
        status, body = self._send("GET", self.graph_url(PROBE_GRAPH), headers={"Accept": "text/turtle"})
        if status not in (200, 204, 404):
            raise self._failed(status, body, " on a test GET")
        return self

    def put_graph(self, iri, graph) -> int:
        """Replace the named graph ``iri`` with ``graph``'s triples; the number of triples."""
        return self.put_ntriples(iri, ntriples(graph).decode("utf-8"))

    def put_ntriples(self, iri, lines) -> int:
        """Replace the named graph ``iri`` with the triples of ``lines`` (N-Triples text);
        the number of triples."""
        body = lines.encode("utf-8")
        status, answer = self._send("PUT", self.graph_url(iri), body, {"Content-Type": CONTENT_TYPE},
                                    what=f" (PUT of graph <{iri}>)")
        if status not in (200, 201, 204):
            raise self._failed(status, answer, f" on PUT of graph <{iri}>")
        return body.count(b"\n")

    def get_graph(self, iri) -> bytes | None:
        """The named graph ``iri`` as N-Triples, or None when the store has no such graph."""
        status, body = self._send("GET", self.graph_url(iri), headers={"Accept": "application/n-triples"})
        if status == 404:
            return None
        if status != 200:
            raise self._failed(status, body, f" on GET of graph <{iri}>")
        return body


def _read(exc):
    try:
        return exc.read() or b""
    except Exception:  # noqa: BLE001 - the body of an error is only for the message
        return b""


def _one_line(exc):
    return " ".join(str(exc).split())
