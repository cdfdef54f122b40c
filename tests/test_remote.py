"""kg.remote: ``kg build --store http(s)://…`` puts each article's named graph into a running
triple store through the Graph Store HTTP Protocol (Oxigraph server, started here)."""
import base64
import json
import socket
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.remote import RemoteStore, RemoteStoreError
from kg.store import STATUS_GRAPH
from triplestores import Oxigraph, oxigraph_binary, oxigraph_load

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["اغتال مسلحون مجهولون ضابطا في الجيش اللبناني قرب مدينة طرابلس مساء الاثنين.",
         "قال المتحدث باسم وزارة الداخلية العراقية إن القوات الأمنية اعتقلت ثلاثة مطلوبين في كركوك.",
         "زار وزير الدفاع الأمريكي العاصمة الأردنية عمان والتقى العاهل الأردني الملك عبد الله الثاني."]

pytestmark = pytest.mark.skipif(oxigraph_binary() is None,
                                reason="the oxigraph CLI is not installed (pip install oxigraph: "
                                       "it is in the test extra)")


def _jsonl(path, texts):
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": t, "published": "2026-02-0" + str(i + 1)},
                                       ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")
    return path


def _build(*args, env=None):
    return CliRunner().invoke(cli, ["build", *map(str, args), "-q", "--jobs", "1"], env=env)


def _spo(q):
    return (q.subject, q.predicate, q.object)


def _remote_quads(server):
    """Every quad of the server's named graphs (the store's whole dataset, fetched by GSP)."""
    req = urllib.request.Request(server.gsp, headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        quads = pyoxigraph.parse(resp.read(), format=pyoxigraph.RdfFormat.N_QUADS)
    return {(q.graph_name, *_spo(q)) for q in quads if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)}


def _local_quads(store):
    st = pyoxigraph.Store.read_only(str(store))
    return {(q.graph_name, *_spo(q)) for q in st if not isinstance(q.graph_name, pyoxigraph.DefaultGraph)
            and q.graph_name.value != STATUS_GRAPH}


@pytest.fixture()
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "oxigraph-db")
    yield server
    server.close()


def test_build_into_oxigraph_server_equals_the_local_store(oxigraph, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", TEXTS)
    r = _build(ROOT / "seeds", src, "--store", tmp_path / "store", "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    r = _build(ROOT / "seeds", src, "--store", oxigraph.gsp)
    assert r.exit_code == 0, r.output
    local = _local_quads(tmp_path / "store")
    assert len({q[0] for q in local}) == 4          # four article graphs
    remote = _remote_quads(oxigraph)
    assert remote == local
    # the union of the graphs is the graph of the files
    ttl = pyoxigraph.parse(path=str(tmp_path / "out" / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert {q[1:] for q in remote} == {_spo(t) for t in ttl}


def test_building_again_replaces_graphs(oxigraph, tmp_path):
    first = _jsonl(tmp_path / "a.jsonl", TEXTS[:2])
    assert _build(first, "--store", oxigraph.gsp).exit_code == 0
    before = _remote_quads(oxigraph)
    assert _build(first, "--store", oxigraph.gsp).exit_code == 0
    assert _remote_quads(oxigraph) == before                        # nothing duplicated
    changed = _jsonl(tmp_path / "b.jsonl", [TEXTS[2], TEXTS[1]])    # article r0 has a new text
    r = _build(changed, "--store", oxigraph.gsp)
    assert r.exit_code == 0, r.output
    assert _build(changed, "--store", tmp_path / "store").exit_code == 0
    assert _remote_quads(oxigraph) == _local_quads(tmp_path / "store")


def test_a_read_only_server_refusing_the_put_is_one_line(tmp_path):
    (tmp_path / "one.nt").write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    oxigraph_load(tmp_path / "ro-db", tmp_path / "one.nt")      # serve-read-only needs a store
    server = Oxigraph(tmp_path / "ro-db", read_only=True)
    try:
        r = _build(_jsonl(tmp_path / "in.jsonl", TEXTS[:1]), "--store", server.gsp)
    finally:
        server.close()
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    assert lines[0].startswith(f"Error: {server.gsp}: HTTP 4") and "PUT of graph <" in lines[0], lines[0]


def test_an_unreachable_store_fails_before_extraction(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = _build(_jsonl(tmp_path / "in.jsonl", TEXTS[:1]), "--store", f"http://127.0.0.1:{port}/store",
               "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert r.output.strip().count("\n") == 0, r.output
    assert f"http://127.0.0.1:{port}/store: cannot reach the store" in r.output
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------ credentials

class _Guarded(BaseHTTPRequestHandler):
    """A Graph Store endpoint that wants HTTP Basic auth as kg:s3cret; keeps what is PUT."""

    graphs = {}

    def _allowed(self):
        want = "Basic " + base64.b64encode(b"kg:s3cret").decode()
        if self.headers.get("Authorization") == want:
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kg-test"')
        self.send_header("Content-Length", "12")
        self.end_headers()
        self.wfile.write(b"unauthorized")
        return False

    def do_GET(self):  # noqa: N802
        if self._allowed():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def do_PUT(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self._allowed():
            graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
            self.graphs[graph] = (self.headers["Content-Type"], body)
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def guarded():
    _Guarded.graphs = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store", _Guarded.graphs
    server.shutdown()
    server.server_close()


def test_user_and_password_from_the_environment(guarded, tmp_path):
    url, graphs = guarded
    src = _jsonl(tmp_path / "in.jsonl", TEXTS[:2])
    r = _build(src, "--store", url, "--store-user", "kg", env={"KG_STORE_PASSWORD": "s3cret"})
    assert r.exit_code == 0, r.output
    assert sorted(graphs) == ["https://w3id.org/arabic-kg/resource/graph/r0",
                              "https://w3id.org/arabic-kg/resource/graph/r1"]
    ctype, body = graphs["https://w3id.org/arabic-kg/resource/graph/r0"]
    assert ctype == "text/turtle; charset=utf-8"
    lines = body.decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 10 and all(line.endswith(" .") for line in lines)


def test_credentials_in_the_url(guarded, tmp_path):
    url, graphs = guarded
    r = _build(_jsonl(tmp_path / "in.jsonl", TEXTS[:1]), "--store", url.replace("://", "://kg:s3cret@"))
    assert r.exit_code == 0, r.output
    assert len(graphs) == 1


def test_a_wrong_password_is_one_line_without_the_password(guarded, tmp_path):
    url, graphs = guarded
    r = _build(_jsonl(tmp_path / "in.jsonl", TEXTS[:1]), "--store", url, "--store-user", "kg",
               "-o", tmp_path / "out", env={"KG_STORE_PASSWORD": "wrong-one"})
    assert r.exit_code == 2
    assert r.output.strip().count("\n") == 0, r.output
    assert "HTTP 401" in r.output and "KG_STORE_PASSWORD" in r.output and "wrong-one" not in r.output
    assert not graphs and not (tmp_path / "out").exists()
    r = _build(_jsonl(tmp_path / "in.jsonl", TEXTS[:1]), "--store", url)
    assert r.exit_code == 2 and "the store wants credentials" in r.output


def test_a_user_without_password_and_the_endpoint_shown_without_credentials(monkeypatch):
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    with pytest.raises(RemoteStoreError, match="set KG_STORE_PASSWORD"):
        RemoteStore("http://127.0.0.1:1/store", user="kg")
    st = RemoteStore("https://kg:p%40ss@example.org:8443/ds/data")
    assert str(st) == "https://example.org:8443/ds/data" and st.user == "kg"
    assert st.graph_url("https://w3id.org/x#y") == \
        "https://example.org:8443/ds/data?graph=https%3A%2F%2Fw3id.org%2Fx%23y"
    with pytest.raises(RemoteStoreError, match="not an http"):
        RemoteStore("ftp://example.org/store")
