"""kg/linked.py through kg serve: every minted IRI resolves (HTML page, or its CBD as RDF)."""
import json
import re
import time
import urllib.parse

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef

from kg.ns import KG
from kg.store import add_graph
from tests.test_serve import RES, SAMPLE, call, start, stop

SAMER = RES + "person/samer-al-ali"


@pytest.fixture(scope="module")
def sample():
    return rdflib.Graph().parse(SAMPLE, format="turtle")


@pytest.fixture(scope="module")
def server(tmp_path_factory, sample):
    path = tmp_path_factory.mktemp("linked") / "store"
    add_graph(path, RES + "graph/sample", sample)
    srv = start(path, timeout=20.0)
    yield srv
    stop(srv)


def page(server, iri, accept=None, method=None, query=""):
    path = iri[len("https://w3id.org/arabic-kg"):]
    return call(server.url.rstrip("/") + path + query, headers={"Accept": accept} if accept else {},
                method=method)


def hrefs(body):
    return re.findall(r'href="([^"]*)"', body.decode("utf-8"))


def test_every_minted_iri_resolves_to_a_page(server, sample):
    minted = {s for s in sample.subjects() if str(s).startswith(RES)}
    assert len(minted) == 17          # the article's publisher and author nodes included
    assert {str(i).split("/")[-2] for i in minted} >= {"publisher", "author", "article", "person"}
    for iri in minted:
        status, headers, body = page(server, str(iri))
        assert status == 200, iri
        assert headers["Content-Type"].startswith("text/html")
        assert str(iri).encode() in body            # the canonical IRI is shown


def test_entity_page_shows_facts_evidence_neighbours_with_served_links(server):
    status, _, body = page(server, SAMER, accept="text/html,application/xhtml+xml,*/*;q=0.8")
    text = body.decode("utf-8")
    assert status == 200
    assert "<title>سامر العلي · Samer al-Ali</title>" in text
    assert "العلي" in text                                      # the altLabel
    assert "قتلت القوات الأمريكية الجمعة القيادي" in text       # evidence sentence
    assert "مقتل قيادي في تنظيم الدولة" in text and "2026-01-17" in text   # its article
    assert "memberOf" in text and "target" in text               # relation, event role
    links = hrefs(body)
    assert "/resource/organization/isis" in links               # neighbour, on the served host
    assert "/resource/event/sample/3a1b2c3d4e5f" in links
    assert "/resource/article/sample" in links
    assert not [h for h in links if h.startswith(RES)]           # no link to the minted base


def test_wikidata_link_and_escaped_text(server):
    status, _, body = page(server, RES + "organization/isis")
    assert status == 200
    assert "https://www.wikidata.org/wiki/Q2429253" in hrefs(body)
    status, _, body = page(server, RES + "person/brad-cooper")
    # the evidence sentence holds "<العملية>": escaped, never markup
    assert "&lt;العملية&gt;".encode() in body and "<العملية>".encode() not in body


@pytest.mark.parametrize("accept,fmt,ctype", [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("application/n-triples", "nt", "application/n-triples"),
    ("text/turtle;q=0.5, application/ld+json", "json-ld", "application/ld+json"),
])
def test_rdf_is_the_concise_bounded_description(server, sample, accept, fmt, ctype):
    status, headers, body = page(server, SAMER, accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(ctype)
    assert "Accept" in headers["Vary"]
    got = rdflib.Graph().parse(data=body.decode("utf-8"), format=fmt)
    want = set(sample.triples((URIRef(SAMER), None, None)))
    assert set(got) == want and len(want) == 6
    # the statement pointing at it is a resource of its own, not in the description
    assert not list(got.subjects(RDF.type, KG.RelationStatement))


def test_format_parameter_head_404_406(server):
    status, headers, body = page(server, SAMER, query="?format=ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert page(server, SAMER, query="?format=pdf")[0] == 400
    status, headers, body = page(server, SAMER, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    status, headers, body = page(server, SAMER, accept="text/turtle", method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/turtle")
    assert page(server, RES + "person/nobody-at-all")[0] == 404
    assert page(server, RES + "person/nobody-at-all", method="HEAD")[0] == 404
    assert page(server, RES + "graph/sample")[0] == 404       # a graph name is no resource
    assert call(server.url + "resource/")[0] == 404
    status, _, body = page(server, SAMER, accept="image/png")
    assert status == 406 and b"text/turtle" in body


def test_event_and_article_pages(server):
    status, _, body = page(server, RES + "event/sample/3a1b2c3d4e5f")
    text = body.decode("utf-8")
    assert status == 200 and "Roles" in text and "agent" in text and "2026-01-16" in text
    assert "/resource/organization/us-forces" in hrefs(body)
    status, _, body = page(server, RES + "article/sample")
    # what the article mentions, and what was found in it, refer to it
    assert status == 200 and "/resource/person/samer-al-ali" in hrefs(body)
    assert "/resource/evidence/sample/0-95" in hrefs(body)


def test_base_sets_the_public_links_and_is_stripped_from_requests(tmp_path, sample):
    add_graph(tmp_path / "store", RES + "graph/sample", sample)
    srv = start(tmp_path / "store", base="https://kg.example.org/news")
    try:
        status, _, body = call(srv.url + "resource/person/samer-al-ali")
        assert status == 200
        assert "https://kg.example.org/news/resource/organization/isis" in hrefs(body)
        # a proxy that passes the base's path on
        assert call(srv.url + "news/resource/person/samer-al-ali")[2] == body
        status, _, ttl = call(srv.url + "resource/person/samer-al-ali", headers={"Accept": "text/turtle"})
        # the data keeps its minted IRIs
        g = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
        assert (URIRef(SAMER), KG.memberOf, URIRef(RES + "organization/isis")) in g
        for _ in range(300):                     # the label index is built in the background
            data = json.loads(call(srv.url + "news/api/search?q=samer")[2])
            if not data.get("building"):
                break
            time.sleep(0.1)
        assert data["results"][0]["page"] == "https://kg.example.org/news/resource/person/samer-al-ali"
    finally:
        stop(srv)
    with pytest.raises(Exception, match="--base"):
        start(tmp_path / "store", base="javascript:alert(1)")


def test_percent_encoded_slugs_and_hostile_data(tmp_path):
    from kg.build import article_iri
    art = article_iri("news 1/x")                # minted with %20 and %2F in it
    evil = URIRef(RES + "person/evil")
    g = rdflib.Graph()
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.title, Literal('<script>alert("t")</script>', lang="ar")))
    g.add((art, KG.url, Literal("javascript:alert(1)")))
    g.add((evil, RDF.type, KG.Person))
    g.add((evil, RDFS.label, Literal("<img src=x onerror=alert(1)>", lang="en")))
    g.add((evil, RDFS.label, Literal("شرير & <b>", lang="ar")))
    g.add((evil, KG.mentionedIn, art))
    g.add((evil, KG.memberOf, URIRef("javascript:alert(2)")))
    add_graph(tmp_path / "store", RES + "graph/x", g)
    srv = start(tmp_path / "store")
    try:
        assert str(art).endswith("article/news%201%2Fx")
        status, _, body = call(srv.url + "resource/article/news%201%2Fx")
        assert status == 200 and b"<script>alert" not in body and b"&lt;script&gt;" in body
        assert "javascript:alert(1)" not in hrefs(body)
        status, _, body = call(srv.url + "resource/person/evil")
        assert status == 200
        assert b"<img" not in body and b"<b>" not in body and b"&lt;img src=x" in body
        assert not [h for h in hrefs(body) if h.lower().startswith("javascript")]
        assert "/resource/article/news%201%2Fx" in hrefs(body)
        q = urllib.parse.quote(RES + "person/evil", safe="")
        data = json.loads(call(f"{srv.url}api/entity?iri={q}")[2])
        assert data["label"] == "شرير & <b>"      # JSON carries the data as it is; the page escapes it
    finally:
        stop(srv)


def test_cli_passes_base_and_index_cache(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import kg.serve
    from kg.cli import cli as main
    seen = {}
    monkeypatch.setattr(kg.serve, "serve", lambda store, **kw: seen.update(kw, store=store))
    (tmp_path / "store").mkdir()
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "store"), "--base", "https://kg.example.org/",
                                       "--index-cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert seen["base"] == "https://kg.example.org/" and seen["index_cache"] == str(tmp_path / "cache")
    CliRunner().invoke(main, ["serve", str(tmp_path / "store"), "--index-cache", ""])
    assert seen["index_cache"] is None and seen["base"] is None
