"""A read-only SPARQL 1.1 Protocol endpoint over a store, with the HTML explorer at ``/``.

Standard library HTTP server (``ThreadingHTTPServer``) + pyoxigraph. Queries run
in worker processes that open the store read-only: pyoxigraph cannot cancel a
query, so a worker still busy at the deadline is killed and the client gets a
503. Endpoints:

* ``GET /sparql?query=...``, ``POST /sparql`` (``application/x-www-form-urlencoded``
  with ``query=`` or ``application/sparql-query``): SELECT/ASK results as
  SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle
  (default), JSON-LD or N-Triples, chosen by the ``Accept`` header (406 if none fits).
  SPARQL Update is refused (403), other methods get 405.
* ``GET /`` (or ``/explore``): the explorer, a page that loads from the store on demand
  through ``/api/top``, ``/api/search?q=``, ``/api/entity?iri=``, ``/api/expand?iri=``
  (``kg/serve_explorer.py``); fast on a store of any size.
* ``GET /resource/<type>/<slug>``: linked data, every IRI kg mints resolves (``kg/linked.py``):
  an HTML page, or with ``Accept: text/turtle``, ``application/ld+json`` or
  ``application/n-triples`` its concise bounded description; 404 for an unknown IRI.
  ``base``: the public base URL links are written under (default: the served host).
* ``GET /graph``: the whole store drawn as one page (the ``html`` exporter; cached per
  store version): for small stores.

Queries, linked-data pages and the entity/expand answers run in a worker under the time
limit; search and the top list are answered from a label index the server process builds
in the background (``kg.serve_explorer.IndexHolder``).

    >>> server = make_server("out/store", port=0)      # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever).start()   # doctest: +SKIP
"""
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError

ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS"
MAX_BODY = 1 << 20  # bytes of a POST body

# media type -> pyoxigraph QueryResultsFormat / RdfFormat attribute; first = default
RESULT_TYPES = [
    ("application/sparql-results+json", "JSON"),
    ("application/sparql-results+xml", "XML"),
    ("text/csv", "CSV"),
    ("text/tab-separated-values", "TSV"),
    ("application/json", "JSON"),
    ("application/xml", "XML"),
]
GRAPH_TYPES = [
    ("text/turtle", "TURTLE"),
    ("application/ld+json", "JSON_LD"),
    ("application/n-triples", "N_TRIPLES"),
    ("application/x-turtle", "TURTLE"),
    ("application/turtle", "TURTLE"),
]
# these results formats cannot say true/false
_NO_BOOLEAN = {"CSV", "TSV"}


# ----------------------------------------------------------- content negotiation

def parse_accept(header):
    """``Accept`` header -> list of (media range, q) in header order, q > 0 only."""
    out = []
    for part in (header or "").split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((bits[0].lower(), q))
    return out


def negotiate(accept_header, offered):
    """The (media type, format) of ``offered`` the client prefers, or None (406).

    No ``Accept`` header means the first offered type. Among equal q values the
    server's order wins; ``*/*`` and ``type/*`` ranges match.
    """
    ranges = parse_accept(accept_header)
    if not (accept_header or "").strip():
        return offered[0]
    best, best_key = None, None
    for index, (media, fmt) in enumerate(offered):
        major = media.split("/")[0]
        for rng, q in ranges:
            specificity = 2 if rng == media else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
            if specificity < 0:
                continue
            key = (q, specificity, -index)
            if best_key is None or key > best_key:
                best, best_key = (media, fmt), key
    return best


# ----------------------------------------------------------------- the worker

def answer(store, query, accept, default_graphs=(), union_options=None, allow_service=False):
    """(status, content type, body) for one SPARQL query on a pyoxigraph store.

    ``SERVICE`` (which would make this server send requests to any address it
    reaches) is refused unless ``allow_service``; the errors of a query that
    calls a service never carry the network's answer (which would tell which
    ports are open).
    """
    import pyoxigraph

    from kg.query import PREFIXES, QueryError, check_query, is_update

    if is_update(query):
        return _error(403, "SPARQL Update is not allowed: this endpoint is read-only")
    try:
        check_query(query, allow_service=allow_service)
    except QueryError as exc:
        return _error(400, str(exc))
    from kg.query import _SERVICE, _code_only
    calls_service = bool(_SERVICE.search(_code_only(query)))

    def failed(exc):
        if calls_service:
            return _error(400, "query failed (it calls a SERVICE; the remote answer is not shown)")
        return _error(400, f"query failed: {_one_line(exc)}")
    kwargs = {"prefixes": PREFIXES}
    if default_graphs:
        kwargs["default_graph"] = [pyoxigraph.NamedNode(g) for g in default_graphs]
    else:
        if union_options is None:
            from kg.store import query_options
            union_options = query_options(store)
        kwargs.update(union_options)
    try:
        results = store.query(query, **kwargs)
    except SyntaxError as exc:
        return _error(400, f"bad SPARQL query: {_one_line(exc)}")
    except (ValueError, OSError, RuntimeError, QueryError) as exc:
        return failed(exc)
    try:
        if isinstance(results, pyoxigraph.QueryTriples):
            chosen = negotiate(accept, GRAPH_TYPES)
            if chosen is None:
                return _not_acceptable(GRAPH_TYPES)
            media, fmt = chosen
            triples = sorted(results, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
            extra = {"prefixes": {p: i for p, i in PREFIXES.items() if p != "res"}} if fmt == "TURTLE" else {}
            body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, fmt), **extra) or b""
        else:
            offered = RESULT_TYPES
            if isinstance(results, pyoxigraph.QueryBoolean):
                offered = [(m, f) for m, f in RESULT_TYPES if f not in _NO_BOOLEAN]
            chosen = negotiate(accept, offered)
            if chosen is None:
                return _not_acceptable(offered)
            media, fmt = chosen
            body = results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt))
    except (ValueError, OSError, RuntimeError) as exc:
        return failed(exc)
    return 200, f"{media}; charset=utf-8", body


# worker jobs other than SPARQL: name -> (module, function(store, *args) -> (status, type, body))
CALLS = {"resource": ("kg.linked", "resource_response"),
         "api": ("kg.serve_explorer", "api_response")}


def _run_job(store, job, options, allow_service):
    kind, args = job
    if kind == "sparql":
        return answer(store, *args, union_options=options, allow_service=allow_service)
    import importlib
    module, function = CALLS[kind]
    return getattr(importlib.import_module(module), function)(store, *args)


def _worker_main(store_path, conn, allow_service=False):
    """Worker process: open the store read-only, answer jobs until told to stop."""
    from kg.store import open_store, query_options
    try:
        store = open_store(store_path, read_only=True)
        options = query_options(store)
    except KgError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(_run_job(store, job, options, allow_service))
        except Exception as exc:  # never let a worker die silently on one query
            conn.send(_error(500, f"internal error: {_one_line(exc)}"))


class _Worker:
    def __init__(self, ctx, store_path, allow_service=False):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(str(store_path), child, allow_service),
                                   daemon=True)
        self.process.start()
        child.close()
        try:
            if not self.conn.poll(60):
                raise EOFError
            status, message = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise KgError("query worker process did not start") from None
        if status != "ready":
            self.kill()
            raise KgError(message)

    def kill(self):
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self):
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.kill()


class QueryPool:
    """Worker processes, each with the store open read-only; a query past its deadline kills its worker."""

    def __init__(self, store_path, timeout=10.0, size=2, queue_wait=2.0, allow_service=False):
        import multiprocessing
        self.store_path = str(store_path)
        self.timeout = timeout
        self.size = max(1, size)
        self.queue_wait = queue_wait        # longest wait for a free worker before a 503
        self.allow_service = allow_service
        self._ctx = multiprocessing.get_context("spawn")  # safe with the server's threads
        self._idle = []
        self._count = 0
        self._cond = threading.Condition()
        self._closed = False
        self._warming = 0          # warm-up jobs running: requests wait for them (see call)

    def _acquire(self, wait=None):
        """An idle or new worker; None when every worker stayed busy for ``wait`` seconds."""
        import time
        deadline = None if wait is None else time.monotonic() + wait
        with self._cond:
            while not self._idle and self._count >= self.size and not self._closed:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return None
                self._cond.wait(left)
            if self._closed:
                raise KgError("server is shutting down")
            if self._idle:
                return self._idle.pop()
            self._count += 1
        try:
            return _Worker(self._ctx, self.store_path, self.allow_service)
        except BaseException:
            self._discard()
            raise

    def _release(self, worker):
        with self._cond:
            if self._closed:
                worker.stop()
            else:
                self._idle.append(worker)
            self._cond.notify()

    def _discard(self):
        with self._cond:
            self._count -= 1
            self._cond.notify()

    def run(self, query, accept, default_graphs=(), started=None):
        """(status, content type, body); 503 when the time limit is exceeded.

        The time limit counts from ``started`` (the request's arrival): time spent
        waiting for a worker counts. When every worker stays busy for
        ``queue_wait`` seconds the answer is 503 with ``Retry-After``.
        """
        return self.call("sparql", (query, accept, tuple(default_graphs)), started=started)

    def call(self, kind, args, started=None, timeout=None):
        """One job of ``kind`` (``sparql`` or a name of ``CALLS``) under the time limit, as ``run``."""
        import time
        started = time.monotonic() if started is None else started
        timeout = self.timeout if timeout is None else timeout
        # while the workers warm up (a fresh server), a request waits for one up to its time limit
        worker = self._acquire(wait=timeout if self._warming else min(self.queue_wait, timeout))
        if worker is None:
            return _error(503, f"all {self.size} query workers are busy; try again shortly",
                          headers={"Retry-After": "1"})
        left = timeout - (time.monotonic() - started)
        try:
            worker.conn.send((kind, args))
            if left > 0 and worker.conn.poll(left):
                result = worker.conn.recv()
                self._release(worker)
                return result
        except (EOFError, OSError) as exc:
            worker.kill()
            self._discard()
            return _error(500, f"query worker failed: {_one_line(exc)}")
        worker.kill()
        self._discard()
        return _error(503, f"query exceeded the time limit of {timeout:g} s and was stopped")

    def warm(self, kind, args, timeout=300.0):
        """Start every worker and run one job in each, in background threads: the server
        answers meanwhile (a request waits for a warming worker up to its time limit)."""
        def one():
            try:
                self.call(kind, args, timeout=timeout)
            except KgError:
                pass
            finally:
                with self._cond:
                    self._warming -= 1
        with self._cond:
            self._warming += self.size
        threads = [threading.Thread(target=one, daemon=True) for _ in range(self.size)]
        for t in threads:
            t.start()
        return threads

    def reset(self):
        """Stop the idle workers (after the store changed: new ones reopen it)."""
        with self._cond:
            idle, self._idle = self._idle, []
            self._count -= len(idle)
            self._cond.notify_all()
        for w in idle:
            w.stop()

    def close(self):
        with self._cond:
            self._closed = True
        self.reset()


# ------------------------------------------------------------------ the server

def store_version(store_path):
    """A fingerprint of the store folder's files: changes when the store is written."""
    items = []
    with os.scandir(store_path) as it:
        for entry in it:
            if entry.name == "LOCK" or entry.name.startswith("LOG"):
                continue
            st = entry.stat()
            items.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(items))


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, store_path, timeout=10.0, workers=2, verbose=False,
                 allow_service=False, cors=None, queue_wait=2.0, base=None, index_cache=None):
        from kg.linked import normalise_base
        from kg.serve_explorer import IndexHolder
        self.store_path = str(store_path)
        self.base = normalise_base(base)     # public base URL of links, or None: the served host
        self.base_path = urlsplit(self.base).path if self.base else "/"
        self.verbose = verbose
        self.cors = cors          # the Access-Control-Allow-Origin value, or None: no CORS header
        self.pool = QueryPool(store_path, timeout=timeout, size=workers, queue_wait=queue_wait,
                              allow_service=allow_service)
        self._html = (None, None)
        self._html_lock = threading.Lock()
        self._explorer = None
        self.labels = IndexHolder(store_path, cache_dir=index_cache)   # search and top, in this process
        self._version = store_version(self.store_path)
        super().__init__(address, SparqlHandler)

    @property
    def url(self):
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def check_version(self):
        """Drop cached workers when the store changed on disk."""
        version = store_version(self.store_path)
        if version != self._version:
            self._version = version
            self.pool.reset()
        return version

    def explorer(self):
        """The explorer page (static: it reads the store through /api)."""
        if self._explorer is None:
            from kg.serve_explorer import render_page
            self._explorer = render_page()
        return self._explorer

    def warm(self):
        """Build the label index now, then start the workers (in the background: the page and
        the index need the CPU first)."""
        self.labels.get(self.check_version())

        def then_workers():
            self.labels.wait()
            self.pool.warm("api", ("warm", {}, self.base))
        thread = threading.Thread(target=then_workers, daemon=True)
        thread.start()
        return thread

    def html(self):
        """The whole store drawn by the html exporter, rebuilt when the store changes."""
        version = self.check_version()
        with self._html_lock:
            cached_version, page = self._html
            if cached_version == version and page is not None:
                return page
            page = render_html(self.store_path)
            self._html = (version, page)
            return page

    def server_close(self):
        super().server_close()
        self.pool.close()


def render_html(store_path) -> bytes:
    """The ``html`` exporter's page for the union graph of a store."""
    import tempfile

    from kg import export
    from kg.store import union_graph

    graph = union_graph(store_path)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        path = Path(tmp) / "graph.html"
        export.export(graph, path, "html")
        return path.read_bytes()


class SparqlHandler(BaseHTTPRequestHandler):
    server_version = "kg-sparql/1.0"

    # ---- dispatch
    def do_GET(self):
        self._get(head=False)

    def do_HEAD(self):
        self._get(head=True)

    def do_POST(self):
        url = urlsplit(self.path)
        path = self._local_path(url.path)
        if path != "/sparql":
            return self._send_error(404 if path != "/" else 405, "POST only to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send_error(413, f"request body over {MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"))
            if "update" in form:
                return self._send_error(403, "SPARQL Update is not allowed: this endpoint is read-only")
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            query = _first(params.get("query"))
        elif ctype == "application/sparql-query":
            query = body.decode("utf-8", "replace")
        elif ctype == "application/sparql-update":
            return self._send_error(403, "SPARQL Update is not allowed: this endpoint is read-only")
        else:
            return self._send_error(415, "POST a query as application/x-www-form-urlencoded "
                                         "(query=...) or application/sparql-query")
        self._query(query, params, head=False)

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_header("Allow", ALLOWED_METHODS)
        if self.server.cors:
            self._cors()
            self.send_header("Access-Control-Allow-Methods", ALLOWED_METHODS)
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_allowed(self):
        self._send_error(405, f"method {self.command} not allowed; use {ALLOWED_METHODS}",
                         headers={"Allow": ALLOWED_METHODS})

    do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = _not_allowed

    # ---- handlers
    def _get(self, head):
        url = urlsplit(self.path)
        path = self._local_path(url.path)
        if path == "/favicon.ico":          # no icon: said without an error in the browser's console
            return self._send(204, "image/x-icon", b"", head=head)
        if path in ("/", "/explore"):
            try:
                page = self.server.explorer()
            except KgError as exc:
                return self._send_error(500, f"cannot render the explorer: {exc}", head=head)
            return self._send(200, "text/html; charset=utf-8", page, head=head)
        if path.startswith("/resource/") and len(path) > len("/resource/"):
            params = parse_qs(url.query)
            return self._call("resource", (path[len("/resource/"):], self.headers.get("Accept"),
                                           _first(params.get("format")), self.server.base), head)
        if path.startswith("/api/"):
            params = {k: v[0] for k, v in parse_qs(url.query).items()}
            name = path[len("/api/"):]
            if name in ("top", "search", "page-top"):
                from kg.serve_explorer import index_response
                result = index_response(self.server.labels, self.server.check_version(), name, params,
                                        self.server.base)
                return self._send(*result[:3], head=head, headers=result[3] if len(result) > 3 else None)
            return self._call("api", (name, params, self.server.base), head)
        if path == "/graph":
            try:
                page = self.server.html()
            except KgError as exc:
                return self._send_error(500, f"cannot render the graph: {exc}", head=head)
            except Exception as exc:
                return self._send_error(500, f"cannot render the graph: {_one_line(exc)}", head=head)
            return self._send(200, "text/html; charset=utf-8", page, head=head)
        if path != "/sparql":
            return self._send_error(404, f"no such page {url.path}; the endpoint is /sparql, "
                                         f"the explorer /", head=head)
        params = parse_qs(url.query)
        if "update" in params:
            return self._send_error(403, "SPARQL Update is not allowed: this endpoint is read-only", head=head)
        self._query(_first(params.get("query")), params, head=head)

    def _local_path(self, path):
        """The request path with the public base's path taken off (a proxy may pass it on)."""
        prefix = self.server.base_path
        if prefix != "/" and (path + "/").startswith(prefix):
            return "/" + path[len(prefix):]
        return path

    def _call(self, kind, args, head):
        self.server.check_version()
        try:
            result = self.server.pool.call(kind, args, started=self._started)
        except KgError as exc:
            result = _error(500, str(exc))
        status, ctype, body = result[:3]
        self._send(status, ctype, body, head=head, headers=result[3] if len(result) > 3 else None)

    def _query(self, query, params, head):
        if not query or not query.strip():
            return self._send_error(400, "missing query: send ?query=... (GET) or a POST body", head=head)
        self.server.check_version()
        headers = {}
        try:
            result = self.server.pool.run(query, self.headers.get("Accept"),
                                          params.get("default-graph-uri", []), started=self._started)
        except KgError as exc:
            result = _error(500, str(exc))
        status, ctype, body = result[:3]
        if len(result) > 3:
            headers = result[3]
        self._send(status, ctype, body, head=head, headers=headers)

    def parse_request(self):
        import time
        self._started = time.monotonic()   # the time limit counts from here, queue included
        return super().parse_request()

    def send_error(self, code, message=None, explain=None):
        """The base class's own errors (URI too long, bad request line) as plain text too."""
        self.close_connection = True
        text = message or self.responses.get(code, ("error",))[0]
        if code == 414:
            text = "request URI too long (over 65,536 bytes): POST the query instead"
        if not hasattr(self, "command") or self.command is None:
            self.command = ""
        try:
            self._send_error(code, text, head=self.command == "HEAD")
        except (OSError, AttributeError):
            pass

    # ---- responses
    def _cors(self):
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)

    def _send(self, status, ctype, body, head=False, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        if self.command in ("GET", "HEAD", "OPTIONS", "POST"):
            self._cors()
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _send_error(self, status, message, head=False, headers=None):
        _, ctype, body = _error(status, message)
        self._send(status, ctype, body, head=head, headers=headers)

    def log_message(self, format, *args):
        if self.server.verbose:
            super().log_message(format, *args)


def make_server(store_path, host="127.0.0.1", port=8000, timeout=10.0, workers=2, verbose=False,
                allow_service=False, cors=None, queue_wait=2.0, base=None, warm=False, index_cache=None):
    """A ``SparqlServer`` bound to host:port (port 0 = any free port), not yet serving.

    ``allow_service``: let queries call SERVICE (off: 400). ``cors``: the
    Access-Control-Allow-Origin value to send (None: no CORS header).
    ``queue_wait``: seconds a request waits for a busy worker before a 503.
    ``base``: the public base URL (``https://kg.example.org/``) the pages link under
    (None: the served host, root-relative links); the store's IRIs keep their minted base.
    ``warm``: start the workers and build the explorer's label index at once (background).
    ``index_cache``: a folder where the label index is kept per store version (None: none).

    Run ``server.serve_forever()`` (e.g. in a thread); stop with ``server.shutdown()``
    then ``server.server_close()``.
    """
    from kg.store import open_store
    open_store(store_path, read_only=True)  # a clear error now rather than at the first query
    try:
        server = SparqlServer((host, port), store_path, timeout=timeout, workers=workers, verbose=verbose,
                              allow_service=allow_service, cors=cors, queue_wait=queue_wait, base=base,
                              index_cache=index_cache)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if warm:
        server.warm()
    return server


def serve(store_path, host="127.0.0.1", port=8000, timeout=10.0, announce=print, workers=2,
          allow_service=False, cors=None, base=None, index_cache=None):
    """Serve ``store_path`` until interrupted (Ctrl-C)."""
    server = make_server(store_path, host, port, timeout, workers=workers, verbose=True,
                         allow_service=allow_service, cors=cors, base=base, warm=True,
                         index_cache=index_cache)
    announce(f"SPARQL endpoint: {server.url}sparql   explorer: {server.url}   "
             f"linked data: {server.base or server.url}resource/...   (Ctrl-C to stop)")

    def index_ready():
        server.labels.wait()
        index = server.labels.get(server.check_version())
        if server.labels.error:
            announce(server.labels.error)
        elif index is not None:
            announce(f"search index: {len(index.entities):,} entities ready in {server.labels.seconds:.1f} s")
    threading.Thread(target=index_ready, daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# ----------------------------------------------------------------- helpers

def _error(status, message, headers=None):
    out = (status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))
    return out + (headers,) if headers else out


def _not_acceptable(offered):
    types = ", ".join(dict.fromkeys(m for m, _ in offered))
    return _error(406, f"none of the Accept types can be produced; available: {types}")


def _first(values):
    return values[0] if values else None


def _one_line(exc):
    return " ".join(str(exc).split())

