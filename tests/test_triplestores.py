"""The graph in real triple stores (issue 14, item 3): Oxigraph server and Virtuoso take it
through the Graph Store Protocol and by bulk load, hold as many triples, and give every shipped
query's results as ``kg query`` does."""
import json
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from triplestores import (Oxigraph, Virtuoso, count_triples, oxigraph_binary, oxigraph_load, same_results,
                          select, virtuoso_missing)

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
GRAPH_IRI = "https://w3id.org/arabic-kg/resource/graph/test-load"

needs_oxigraph = pytest.mark.skipif(oxigraph_binary() is None,
                                    reason="the oxigraph CLI is not installed (pip install oxigraph: "
                                           "it is in the test extra)")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed and the dev set built into graph.ttl, with ``kg query``'s answers to every shipped query."""
    out = tmp_path_factory.mktemp("graph")
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), str(ROOT / "eval" / "dev.jsonl"),
                                 "-o", str(out), "-q", "--no-html", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    ttl = out / "graph.ttl"
    import pyoxigraph
    triples = len(list(pyoxigraph.parse(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)))
    answers = {}
    for q in QUERIES:
        r = CliRunner().invoke(cli, ["query", str(ttl), str(q), "--format", "json"])
        assert r.exit_code == 0, r.output
        answers[q.name] = json.loads(r.output)
        assert answers[q.name]["results"]["bindings"], f"{q.name}: no rows on the test graph"
    return ttl, triples, answers


def _check_queries(endpoint, answers, default_graph=None):
    differ = []
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        got = select(endpoint, text, default_graph=default_graph)
        if not same_results(text, answers[q.name], got):
            differ.append(q.name)
    assert not differ, f"results differ from kg query: {differ}"


def _put(url, body, content_type="text/turtle; charset=utf-8", opener=None):
    req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": content_type})
    with (opener or urllib.request.build_opener()).open(req, timeout=120) as resp:
        return resp.status


# ------------------------------------------------------------------ Oxigraph server

@needs_oxigraph
def test_oxigraph_graph_store_protocol(built, tmp_path):
    ttl, triples, answers = built
    server = Oxigraph(tmp_path / "db")
    try:
        assert _put(server.gsp + "?default", ttl.read_bytes()) in (200, 201, 204)
        assert count_triples(server.sparql) == triples
        _check_queries(server.sparql, answers)
    finally:
        server.close()


@needs_oxigraph
def test_oxigraph_bulk_load_served_read_only(built, tmp_path):
    ttl, triples, answers = built
    oxigraph_load(tmp_path / "db", ttl)
    server = Oxigraph(tmp_path / "db", read_only=True)
    try:
        assert count_triples(server.sparql) == triples
        _check_queries(server.sparql, answers)
    finally:
        server.close()


@needs_oxigraph
def test_oxigraph_serves_a_kg_store_read_only(built, tmp_path):
    # the folder of kg build --store is an Oxigraph store: oxigraph serve-read-only opens it as it is
    ttl, triples, answers = built
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), str(ROOT / "eval" / "dev.jsonl"),
                                 "--store", str(tmp_path / "store"), "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    server = Oxigraph(tmp_path / "store", read_only=True)
    try:
        assert count_triples(server.sparql) == triples       # the default graph: the union of the articles
        _check_queries(server.sparql, answers)
    finally:
        server.close()


# ------------------------------------------------------------------ Virtuoso

@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, built):
    why = virtuoso_missing()
    if why:
        pytest.skip(why)
    folder = tmp_path_factory.mktemp("virtuoso")
    server = Virtuoso(folder / "db", data=built[0].parent)
    yield server
    server.close()


def _digest_opener(url, user="dba", password="dba"):
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(None, url, user, password)
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager))


def test_virtuoso_graph_store_protocol(built, virtuoso):
    ttl, triples, answers = built
    graph = GRAPH_IRI + "-gsp"
    status = _put(f"{virtuoso.gsp}?graph={graph}", ttl.read_bytes(), opener=_digest_opener(virtuoso.gsp))
    assert status in (200, 201, 204)
    assert count_triples(virtuoso.sparql, graph) == triples
    _check_queries(virtuoso.sparql, answers, default_graph=graph)


def test_virtuoso_bulk_load(built, virtuoso):
    ttl, triples, answers = built
    graph = GRAPH_IRI + "-bulk"
    virtuoso.isql(f"ld_dir('{ttl.parent}', '{ttl.name}', '{graph}')", "rdf_loader_run()", "checkpoint")
    assert count_triples(virtuoso.sparql, graph) == triples
    _check_queries(virtuoso.sparql, answers, default_graph=graph)


def test_kg_build_store_into_virtuoso_with_digest_auth(virtuoso, tmp_path):
    # kg build --store URL (kg.remote) as Virtuoso wants it: dba's password from the environment
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "-o", str(tmp_path / "out"), "--store",
                                 virtuoso.gsp, "--store-user", "dba", "-q", "--no-html", "--jobs", "1"],
                           env={"KG_STORE_PASSWORD": "dba"})
    assert r.exit_code == 0, r.output
    import pyoxigraph
    graph = "https://w3id.org/arabic-kg/resource/graph/000_ee0fa6b5f76be4e0"
    local = len(list(pyoxigraph.parse(path=str(tmp_path / "out" / "graph.ttl"),
                                      format=pyoxigraph.RdfFormat.TURTLE)))
    assert count_triples(virtuoso.sparql, graph) == local
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--store", virtuoso.gsp, "--store-user", "dba",
                                 "-q", "--jobs", "1"], env={"KG_STORE_PASSWORD": "not-dba"})
    assert r.exit_code == 2 and "HTTP 401" in r.output and "not-dba" not in r.output, r.output
    assert r.output.strip().count("\n") == 0
