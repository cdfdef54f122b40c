"""kg/serve.py: the SPARQL 1.1 Protocol endpoint, over loopback on an ephemeral port."""
import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
import rdflib
from rdflib import Literal, URIRef

import kg.export
from kg.serve import make_server, negotiate, RESULT_TYPES, GRAPH_TYPES
from kg.store import add_graph
from kg.errors import KgError

SAMPLE = "tests/data/sample.ttl"
RES = "https://w3id.org/arabic-kg/resource/"
PERSONS = "SELECT ?p ?name WHERE { ?p a kgo:Person ; rdfs:label ?name FILTER(lang(?name) = 'en') } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kgo:Person ; rdfs:label ?l FILTER(lang(?l) = 'ar') }"


def start(store, **kw):
    server = make_server(store, host="127.0.0.1", port=0, **kw)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def stop(server):
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    add_graph(path, RES + "graph/sample", rdflib.Graph().parse(SAMPLE, format="turtle"))
    return path


@pytest.fixture(scope="module")
def server(store):
    srv = start(store, timeout=20.0)
    yield srv
    stop(srv)


def call(url, data=None, headers=None, method=None):
    """(status, headers, body bytes) without raising on HTTP errors."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(server, query, accept=None, **params):
    qs = urllib.parse.urlencode(dict(query=query, **params))
    return call(f"{server.url}sparql?{qs}", headers={"Accept": accept} if accept else {})


def names_from_json(body):
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


# ------------------------------------------------------------------ protocol

def test_get_json_is_default_without_cors(server):
    status, headers, body = get(server, PERSONS)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert "Access-Control-Allow-Origin" not in headers
    assert names_from_json(body) == ["Brad Cooper", "Samer al-Ali"]


def test_post_form_and_post_direct(server):
    url = server.url + "sparql"
    form = urllib.parse.urlencode({"query": PERSONS}).encode()
    status, _, body = call(url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and names_from_json(body) == ["Brad Cooper", "Samer al-Ali"]
    status, _, body = call(url, PERSONS.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 200 and names_from_json(body) == ["Brad Cooper", "Samer al-Ali"]
    status, _, body = call(url, PERSONS.encode(), {"Content-Type": "text/plain"})
    assert status == 415


@pytest.mark.parametrize("accept,ctype", [
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_content_negotiation(server, accept, ctype):
    status, headers, body = get(server, PERSONS, accept)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == ctype
    text = body.decode("utf-8")
    if ctype == "text/csv":
        assert list(csv.reader(io.StringIO(text)))[1:] == [[RES + "person/brad-cooper", "Brad Cooper"],
                                                           [RES + "person/samer-al-ali", "Samer al-Ali"]]
    elif ctype == "text/tab-separated-values":
        assert text.splitlines()[1] == f'<{RES}person/brad-cooper>\t"Brad Cooper"@en'
    elif "xml" in ctype:
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        lits = [e.text for e in ET.fromstring(body).findall(".//s:binding[@name='name']/s:literal", ns)]
        assert lits == ["Brad Cooper", "Samer al-Ali"]


def test_ask(server):
    status, headers, body = get(server, "ASK { ?p kgo:leaderOf ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = get(server, "ASK { ?p kgo:spokespersonOf ?o }", "application/sparql-results+xml")
    assert status == 200 and b"<boolean>false</boolean>" in body
    assert get(server, "ASK { ?s ?p ?o }", "text/csv")[0] == 406   # CSV cannot carry a boolean


def test_construct_turtle_and_jsonld(server):
    status, headers, body = get(server, CONSTRUCT)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert (URIRef(RES + "person/brad-cooper"), rdflib.RDFS.label, Literal("براد كوبر", lang="ar")) in g
    assert len(g) == 2
    status, headers, body = get(server, CONSTRUCT, "application/ld+json")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=body.decode("utf-8"), format="json-ld")) == 2
    status, _, body = get(server, f"DESCRIBE <{RES}place/syria>")
    assert status == 200 and b"Q858" in body


def test_unacceptable_type_is_406(server):
    status, _, body = get(server, PERSONS, "image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    assert get(server, CONSTRUCT, "text/csv")[0] == 406


def test_updates_are_refused(server):
    url = server.url + "sparql"
    update = "INSERT DATA { <http://e/s> <http://e/p> <http://e/o> }"
    form = urllib.parse.urlencode({"update": update}).encode()
    status, _, body = call(url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    assert call(url, update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    status, _, body = get(server, update)
    assert status == 403 and b"Update" in body
    # nothing was written
    assert names_from_json(get(server, PERSONS)[2]) == ["Brad Cooper", "Samer al-Ali"]
    status, _, body = get(server, "ASK { <http://e/s> ?p ?o }")
    assert json.loads(body)["boolean"] is False


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(server, method):
    status, headers, _ = call(server.url + "sparql", b"x", method=method)
    assert status == 405
    assert set(headers["Allow"].replace(" ", "").split(",")) == {"GET", "POST", "HEAD", "OPTIONS"}


def test_options_and_head(server):
    status, headers, _ = call(server.url + "sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["Allow"]
    assert "Access-Control-Allow-Origin" not in headers
    qs = urllib.parse.urlencode({"query": PERSONS})
    status, headers, body = call(f"{server.url}sparql?{qs}", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_bad_query_missing_query_unknown_path(server):
    status, headers, body = get(server, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and body.startswith(b"bad SPARQL query: error at 1:")
    assert headers["Content-Type"].startswith("text/plain")
    assert call(server.url + "sparql")[0] == 400
    assert call(server.url + "nothing")[0] == 404


def test_default_graph_uri_parameter(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n = lambda body: int(json.loads(body)["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert n(get(server, q)[2]) == 109
    assert n(get(server, q, **{"default-graph-uri": RES + "graph/sample"})[2]) == 109
    assert n(get(server, q, **{"default-graph-uri": RES + "graph/other"})[2]) == 0


def test_negotiate_rules():
    assert negotiate(None, RESULT_TYPES)[0] == "application/sparql-results+json"
    assert negotiate("application/sparql-results+xml;q=0.9, text/csv", RESULT_TYPES)[0] == "text/csv"
    assert negotiate("application/*;q=0.1, text/tab-separated-values;q=0.2", RESULT_TYPES)[0] == \
        "text/tab-separated-values"
    assert negotiate("text/csv;q=0", RESULT_TYPES) is None
    assert negotiate("application/json", RESULT_TYPES)[1] == "JSON"
    assert negotiate("text/turtle, application/ld+json;q=0.5", GRAPH_TYPES)[0] == "text/turtle"


# ------------------------------------------------------------------ SPARQLWrapper

def test_sparqlwrapper_json_xml_csv_turtle(server):
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

    sw = SPARQLWrapper(server.url + "sparql")
    sw.setQuery("PREFIX kgo: <https://w3id.org/arabic-kg/ontology#>\n" + PERSONS)
    sw.setReturnFormat(JSON)
    data = sw.query().convert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["Brad Cooper", "Samer al-Ali"]

    sw.setReturnFormat(XML)
    doc = sw.query().convert()   # xml.dom.minidom document
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["Brad Cooper", "Samer al-Ali"]

    sw.setReturnFormat(CSV)
    sw.setMethod(POST)
    rows = list(csv.reader(io.StringIO(sw.query().convert().decode("utf-8"))))
    assert rows[0] == ["p", "name"] and rows[2][1] == "Samer al-Ali"

    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(TURTLE)
    body = sw.query().convert()
    g = rdflib.Graph().parse(data=body.decode("utf-8") if isinstance(body, bytes) else body, format="turtle")
    assert (URIRef(RES + "person/samer-al-ali"), rdflib.RDFS.label, Literal("سامر العلي", lang="ar")) in g


# ------------------------------------------------------------------ HTML explorer

def test_whole_store_page_at_graph_cached_per_store_version(tmp_path, monkeypatch):
    store = tmp_path / "store"
    add_graph(store, RES + "graph/sample", rdflib.Graph().parse(SAMPLE, format="turtle"))
    calls = []

    def fake_export(graph, path, fmt, **options):
        assert fmt == "html"
        calls.append(len(graph))
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(f"<html><body>{len(graph)} triples</body></html>")

    monkeypatch.setattr(kg.export, "export", fake_export)
    srv = start(store)
    try:
        status, headers, body = call(srv.url + "graph")
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert body == b"<html><body>109 triples</body></html>"
        assert call(srv.url + "graph")[2] == body
        assert calls == [109]                 # second request served from the cache
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert json.loads(get(srv, count)[2])["results"]["bindings"][0]["n"]["value"] == "109"
        extra = rdflib.Graph()
        extra.add((URIRef(RES + "person/x"), rdflib.RDFS.label, Literal("س", lang="ar")))
        add_graph(store, RES + "graph/other", extra)   # the store changes: a new page
        assert call(srv.url + "graph")[2] == b"<html><body>110 triples</body></html>"
        assert calls == [109, 110]
        status, _, body = get(srv, count)
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "110"   # workers reopened
    finally:
        stop(srv)


# ------------------------------------------------------------------ time limit

def test_slow_query_is_stopped_at_the_deadline(tmp_path):
    g = rdflib.Graph()
    for i in range(400):
        g.add((URIRef(f"http://e/s{i}"), URIRef("http://e/p"), Literal(i)))
    add_graph(tmp_path / "big", "http://e/g", g)
    srv = start(tmp_path / "big", timeout=1.0, workers=1)
    try:
        assert get(srv, "ASK { ?s ?p ?o }")[0] == 200           # worker started before timing
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?h ?i }"
        t0 = time.monotonic()
        status, _, body = get(srv, slow)
        elapsed = time.monotonic() - t0
        assert status == 503 and b"time limit" in body
        assert elapsed < 5
        # the server goes on answering (a new worker replaces the killed one)
        status, _, body = get(srv, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "400"
    finally:
        stop(srv)


def test_make_server_refuses_a_non_store(tmp_path):
    with pytest.raises(KgError, match="not a kg store|does not exist"):
        make_server(tmp_path, port=0)


# ------------------------------------------------------------------ issue 11: SSRF, CORS, depth, busy, long URLs

@pytest.fixture
def listener():
    """A TCP listener on loopback that records every connection it receives."""
    import socket
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.settimeout(0.2)
    got = []
    stop_flag = threading.Event()

    def accept():
        while not stop_flag.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            got.append(conn.recv(4096))
            conn.close()
    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield sock.getsockname()[1], got
    stop_flag.set()
    t.join(2)
    sock.close()


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "select * where { ?x ?y ?z . service silent <http://127.0.0.1:{port}/> { ?s ?p ?o } }",
    "SELECT * WHERE {\n  SeRvIcE\n<http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
])
def test_service_is_refused_and_nothing_is_sent(server, listener, query):
    port, got = listener
    status, headers, body = get(server, query.replace("{port}", str(port)))
    assert status == 400 and b"SERVICE" in body and b"--allow-service" in body
    assert str(port).encode() not in body
    time.sleep(0.3)
    assert got == []


def test_service_allowed_errors_do_not_echo_network_state(store, listener):
    port, got = listener
    srv = start(store, allow_service=True)
    try:
        # a closed port and an open one that answers garbage: the same message, no detail
        closed = get(srv, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
        open_ = get(srv, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}")
        assert closed[0] == open_[0] == 400
        assert closed[2] == open_[2]
        assert b"refused" not in closed[2].lower() and b"connect" not in closed[2].lower()
    finally:
        stop(srv)


def test_cors_only_when_asked(store):
    srv = start(store, cors="https://analysts.example.org")
    try:
        status, headers, _ = get(srv, PERSONS)
        assert headers["Access-Control-Allow-Origin"] == "https://analysts.example.org"
        status, headers, _ = call(srv.url + "sparql", method="OPTIONS")
        assert headers["Access-Control-Allow-Origin"] == "https://analysts.example.org"
    finally:
        stop(srv)


def test_over_deep_query_is_400_before_parsing(server):
    deep = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    status, headers, body = call(server.url + "sparql", deep.encode(),
                                 headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and b"nested deeper" in body
    assert get(server, PERSONS)[0] == 200      # the worker is alive


def test_long_get_url_gets_the_plain_text_error(server):
    status, headers, body = get(server, "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000)
    assert status == 414
    assert headers["Content-Type"].startswith("text/plain") and b"POST" in body


def test_busy_workers_give_503_with_retry_after_and_queue_time_counts(tmp_path):
    g = rdflib.Graph()
    for i in range(400):
        g.add((URIRef(f"http://e/s{i}"), URIRef("http://e/p"), Literal(i)))
    add_graph(tmp_path / "big", "http://e/g", g)
    srv = start(tmp_path / "big", timeout=2.0, workers=1, queue_wait=0.5)
    try:
        assert get(srv, "ASK { ?s ?p ?o }")[0] == 200
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?h ?i }"
        results = {}
        t = threading.Thread(target=lambda: results.setdefault("slow", get(srv, slow)))
        t.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        status, headers, body = get(srv, "ASK { ?s ?p ?o }")
        waited = time.monotonic() - t0
        assert status == 503 and headers["Retry-After"] == "1" and b"busy" in body
        assert waited < 1.5
        t.join(10)
        assert results["slow"][0] == 503 and b"time limit" in results["slow"][2]
    finally:
        stop(srv)


def test_bounded_load_200_requests_8_concurrent(store):
    """200 requests from 8 threads on loopback: every answer is right (200, or 503 busy with Retry-After)."""
    from concurrent.futures import ThreadPoolExecutor
    srv = start(store, workers=2, queue_wait=5.0, timeout=20.0)
    queries = [PERSONS, "ASK { ?s a kgo:Person }", CONSTRUCT, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]
    try:
        expected = {q: get(srv, q)[2] for q in queries}

        def one(i):
            q = queries[i % len(queries)]
            return q, get(srv, q)
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(one, range(200)))
        assert len(answers) == 200
        for q, (status, headers, body) in answers:
            if status == 503:
                assert headers["Retry-After"] and b"busy" in body
            else:
                assert status == 200 and body == expected[q]
        assert sum(1 for _, (status, _, _) in answers if status == 200) >= 190
    finally:
        stop(srv)
