"""kg/store.py: remove_articles (kg remove) and compact (no write-ahead logs after a build)."""
import json

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store, verify_store

# three short articles written for this test; the first two name the same ministry
ARTICLES = [
    {"id": "rm-1", "text": "قال المتحدث باسم وزارة الدفاع سامر الخطيب إن القوات نفذت غارة جوية قرب حلب يوم الأحد."},
    {"id": "rm-2", "text": "وأعلنت وزارة الدفاع أن وزيرها خالد النجار زار مدينة الموصل يوم الاثنين."},
    {"id": "rm-3", "text": "اعتقلت الشرطة في بغداد رجلا يشتبه في انتمائه إلى تنظيم داعش."},
]


def write(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def union(path):
    """The default graph (the union the queries read) as sorted N-Quads lines."""
    st = open_store(path, read_only=True)
    lines = st.dump(format=pyoxigraph.RdfFormat.N_QUADS, from_graph=pyoxigraph.DefaultGraph())
    return sorted(lines.decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    import kg.api
    tmp = tmp_path_factory.mktemp("remove")
    kg.api.build([write(tmp / "all.jsonl", ARTICLES)], store=tmp / "all")
    kg.api.build([write(tmp / "two.jsonl", ARTICLES[1:])], store=tmp / "two")
    kg.api.build([write(tmp / "one.jsonl", ARTICLES[2:])], store=tmp / "one")
    return tmp


def copy(src, dst):
    import shutil
    shutil.copytree(src, dst)
    return dst


def test_removing_an_article_leaves_what_a_build_without_it_gives(stores, tmp_path):
    from kg.store import remove_articles
    path = copy(stores / "all", tmp_path / "store")
    st = open_store(path)
    assert remove_articles(st, ["rm-1", "nope"]) == (["rm-1"], ["nope"])
    del st
    # the spokesman and the facts only rm-1 gave are gone; the ministry, also named by rm-2, stays
    assert union(path) == union(stores / "two")
    status = verify_store(path)
    assert status.ok and status.complete == 2 and status.planned == 2


def test_kg_remove_command(stores, tmp_path):
    path = copy(stores / "all", tmp_path / "store")
    res = CliRunner().invoke(cli, ["remove", str(path), "rm-1", "rm-2"])
    assert res.exit_code == 0, res.output
    assert "removed 2 articles" in res.output
    assert union(path) == union(stores / "one")
    res = CliRunner().invoke(cli, ["remove", str(path), "rm-1"])
    assert res.exit_code == 1 and "rm-1: not in" in res.output
    res = CliRunner().invoke(cli, ["remove", str(tmp_path / "no-store"), "rm-1"])
    assert res.exit_code != 0 and "does not exist" in res.output


def wal_bytes(path):
    return sum(p.stat().st_size for p in path.iterdir() if p.suffix == ".log")


def test_no_write_ahead_log_is_left_after_a_build(stores, tmp_path):
    import kg.api
    path = tmp_path / "store"
    kg.api.build([write(tmp_path / "in.jsonl", ARTICLES)], store=path)
    assert [p for p in path.iterdir() if p.suffix == ".log"]      # RocksDB's log files are there ...
    assert wal_bytes(path) == 0                                    # ... and empty
    assert wal_bytes(stores / "all") == 0


def test_compact_drops_the_logs_a_write_leaves(tmp_path):
    from kg.store import compact
    st = open_store(tmp_path / "st", create=True)
    g = pyoxigraph.NamedNode("http://example.org/g")
    st.extend([pyoxigraph.Quad(pyoxigraph.NamedNode(f"http://example.org/s{i}"),
                               pyoxigraph.NamedNode("http://example.org/p"), pyoxigraph.Literal(str(i)), g)
               for i in range(2000)])
    del st
    assert wal_bytes(tmp_path / "st") > 0
    compact(tmp_path / "st")
    assert wal_bytes(tmp_path / "st") == 0
    assert len(open_store(tmp_path / "st", read_only=True)) == 2000


def test_the_removed_article_shared_an_entity_with_one_that_stays(stores):
    """What makes the removal test above worth its name: rm-1 and rm-2 name one ministry."""
    both = [line for line in union(stores / "two") if "mentionedIn" in line and "organization/" in line]
    shared = {line.split()[0] for line in union(stores / "all")
              if "mentionedIn" in line and "article/rm-1>" in line} & {line.split()[0] for line in both}
    assert shared


def test_a_query_naming_no_graph_reads_the_default_graph_without_a_list_of_graphs(stores):
    """A list of every article graph made pyoxigraph 3-15x slower on a 3,000-article store;
    only a query with GRAPH or FROM needs it (to keep the status graph out)."""
    from kg.store import STATUS_GRAPH, query_options
    st = open_store(stores / "all", read_only=True)
    assert query_options(st, "# the graph of out/graph.ttl\nSELECT * WHERE { ?s <http://x/graph> ?o }") == {}
    named = query_options(st, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")["named_graphs"]
    assert len(named) == 3 and STATUS_GRAPH not in {g.value for g in named}
