"""kg/store.py: named graph per article, replacement, persistence, reading any source,
atomic batches with completion records (a killed build finished by a rerun), verify."""
import gc

import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.compare import isomorphic

from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.ns import KG, RES
from kg.store import (StoreError, add_graph, is_store, load_source, open_store,
                      union_graph)

SAMPLE = "tests/data/sample.ttl"
ISIS = RES["organization/isis"]


def article_graph(slug, person, person_ar, sentence):
    """A tiny article graph in the builder's shape: one person memberOf ISIS."""
    g = rdflib.Graph()
    art, p = RES[f"article/{slug}"], RES[f"person/{person}"]
    ev = RES[f"evidence/{slug}/0-{len(sentence)}"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.published, Literal("2026-01-17", datatype=XSD.date)))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, KG.sentenceText, Literal(sentence, lang="ar")))
    g.add((ev, KG.startOffset, Literal(0)))
    for node, ar, en, cls in ((p, person_ar, person.replace("-", " ").title(), KG.Person),
                              (ISIS, "تنظيم الدولة", "Islamic State", KG.ArmedGroup)):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(ar, lang="ar")))
        g.add((node, RDFS.label, Literal(en, lang="en")))
        g.add((node, KG.mentionedIn, art))
    g.add((p, KG.memberOf, ISIS))
    return g


A = article_graph("a1", "samer-al-ali", "سامر العلي", "انضم سامر العلي إلى تنظيم الدولة.")
B = article_graph("b2", "omar-al-hasan", "عمر الحسن", "قال التنظيم إن عمر الحسن من عناصره.")
GA, GB = str(RES["graph/a1"]), str(RES["graph/b2"])


def count(store, query):
    return int(next(iter(store.query(query)))[0].value)


def named_quads(store):
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")


def union_triples(store):
    """Triples of the default graph, which add_graph keeps equal to the union of the article graphs."""
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")


def test_two_articles_share_one_entity_iri(tmp_path):
    st = open_store(tmp_path / "st", create=True)
    assert add_graph(st, GA, A) == len(A)
    add_graph(st, GB, B)
    assert {g.value for g in st.named_graphs()} == {GA, GB}
    assert named_quads(st) == len(A) + len(B)
    # shared by both articles: ISIS's type and its two labels, once in the union
    assert union_triples(st) == len(A) + len(B) - 3
    # ISIS's label is in both article graphs but once in the union
    per_graph = count(st, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <%s> <%s> "Islamic State"@en } }'
                      % (ISIS, RDFS.label))
    assert per_graph == 2
    union = count(st, "SELECT (COUNT(*) AS ?n) WHERE { <%s> <%s> ?l }" % (ISIS, RDFS.label))
    assert union == 2  # @ar and @en, once each: joins are not multiplied by the article count
    members = count(st, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p <%s> <%s> }" % (KG.memberOf, ISIS))
    assert members == 2


def test_readding_an_article_replaces_its_graph(tmp_path):
    st = open_store(tmp_path / "st", create=True)
    add_graph(st, GA, A)
    add_graph(st, GB, B)
    before, union_before = named_quads(st), union_triples(st)
    add_graph(st, GA, A)
    assert (named_quads(st), union_triples(st)) == (before, union_before)
    # a new version of article a1 without its memberOf and without ISIS's type:
    # the memberOf leaves the union, ISIS's type stays (article b2 still has it)
    smaller = rdflib.Graph()
    smaller += [t for t in A if t[1] != KG.memberOf and t != (ISIS, RDF.type, KG.ArmedGroup)]
    add_graph(st, GA, smaller)
    assert named_quads(st) == before - 2
    assert union_triples(st) == union_before - 1
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { <%s> a ?t }" % ISIS) == 1
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s <%s> ?o } }" % (GA, KG.memberOf)) == 0
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s <%s> ?o } }" % (GB, KG.memberOf)) == 1


def test_store_persists_after_close_and_reopens_read_only(tmp_path):
    path = tmp_path / "st"
    add_graph(path, GA, A)          # a path: opened, written, flushed, closed
    add_graph(path, GB, B)
    assert is_store(path)
    st = open_store(path)
    n = len(st)
    assert named_quads(st) == len(A) + len(B)
    del st
    ro = open_store(path, read_only=True)
    assert len(ro) == n and named_quads(ro) == len(A) + len(B)
    assert {g.value for g in ro.named_graphs()} == {GA, GB}


def test_literals_survive_the_round_trip(tmp_path):
    g = rdflib.Graph()
    s = URIRef("http://example.org/s")
    g.add((s, RDFS.label, Literal("دمشق", lang="ar")))
    g.add((s, KG.date, Literal("2025-12", datatype=XSD.gYearMonth)))
    g.add((s, KG.confidence, Literal("0.75", datatype=XSD.decimal)))
    g.add((s, KG.articleId, Literal("plain")))
    add_graph(tmp_path / "st", GA, g)
    back = union_graph(tmp_path / "st")
    assert isomorphic(back, g)
    assert (s, KG.articleId, Literal("plain")) in back  # xsd:string comes back as a plain literal


@pytest.mark.parametrize("make", ["missing", "file", "other-folder"])
def test_open_store_refuses_what_is_not_a_store(tmp_path, make):
    path = tmp_path / "x"
    if make == "file":
        path.write_text("hello")
    elif make == "other-folder":
        path.mkdir()
        (path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match=str(path)):
        open_store(path)
    if make != "missing":
        with pytest.raises(StoreError):
            open_store(path, create=True)  # never writes into something else
    if make == "other-folder":
        assert sorted(p.name for p in path.iterdir()) == ["notes.txt"]


def test_read_only_never_creates(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "new", create=True, read_only=True)
    assert not (tmp_path / "new").exists()


def test_load_source_turtle_equals_rdflib_parse():
    ds = load_source(SAMPLE)
    expected = rdflib.Graph().parse(SAMPLE, format="turtle")
    assert isomorphic(union_graph(ds), expected)
    assert len(union_graph(SAMPLE)) == len(expected) == 109


def test_load_source_store_keeps_named_graphs(tmp_path):
    add_graph(tmp_path / "st", GA, A)
    add_graph(tmp_path / "st", GB, B)
    ds = load_source(tmp_path / "st")
    graphs = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    assert graphs == {GA: len(A), GB: len(B)}
    # shared by both articles: ISIS's type and its two labels
    assert len(union_graph(ds)) == len(A) + len(B) - 3


def test_load_source_nquads_keeps_named_graphs(tmp_path):
    nq = tmp_path / "x.nq"
    nq.write_text('<http://e/s> <http://e/p> "س"@ar <http://e/g1> .\n'
                  '<http://e/s> <http://e/p> "ص"@ar <http://e/g2> .\n'
                  '<http://e/s> <http://e/p> "ص"@ar .\n', encoding="utf-8")
    ds = load_source(nq)
    sizes = {str(c.identifier): len(c) for c in ds.graphs() if len(c)}
    assert sizes["http://e/g1"] == 1 and sizes["http://e/g2"] == 1
    assert len(union_graph(ds)) == 2


def test_bad_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://e/s> <http://e/p> "ok" .\n<http://e/s> <http://e/p> "unclosed .\n',
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_source(bad)
    assert err.value.path == str(bad)
    assert err.value.line == 2
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def test_unknown_suffix_and_missing_file(tmp_path):
    odd = tmp_path / "graph.xyz"
    odd.write_text("x")
    with pytest.raises(InputError, match="suffix"):
        load_source(odd)
    with pytest.raises(InputError, match="no such file"):
        load_source(tmp_path / "nothing.ttl")


def test_build_on_a_store_in_use_fails_before_extraction(tmp_path, monkeypatch):
    import kg.api
    from kg.errors import KgError
    from kg.store import open_store
    import pyoxigraph
    held = open_store(tmp_path / "store", create=True)       # another kg process holds it
    held.add(pyoxigraph.Quad(*(pyoxigraph.NamedNode(f"http://e/{x}") for x in "spo")))
    calls = []
    monkeypatch.setattr(kg.api, "extract_documents", lambda *a, **k: calls.append(1) or iter(()))
    with pytest.raises(KgError, match="store in use by another kg process"):
        kg.api.build(["seeds"], store=tmp_path / "store")
    assert calls == []
    del held


def test_failed_build_leaves_no_new_store(tmp_path):
    import kg.api
    from kg.errors import KgError
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(KgError):
        kg.api.build([bad], store=tmp_path / "store")
    assert not (tmp_path / "store").exists()


# ------------------------------------------------------------------ atomic batches, completion records

def status_graph_triples(store):
    from kg.store import STATUS_GRAPH
    return count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % STATUS_GRAPH)


def small_corpus(n):
    """``n`` tiny article graphs (ids a000 ...), each with one person memberOf ISIS."""
    names = ["سامر", "خالد", "ماجد", "هشام", "رامي"]
    return [(f"a{i:03d}", RES[f"graph/a{i:03d}"],
             article_graph(f"a{i:03d}", f"person-{i}", f"{names[i % 5]} {i}", f"انضم {names[i % 5]} إلى التنظيم."))
            for i in range(n)]


def test_add_articles_records_each_article_in_its_batch(tmp_path):
    from kg.store import add_articles, completion_records, content_hash, to_ox
    st = open_store(tmp_path / "st", create=True)
    arts = small_corpus(7)
    report = add_articles(st, arts, batch_size=3)
    assert (report.written, report.skipped, report.batches) == (7, 0, 3)
    records = completion_records(st)
    assert sorted(records) == [str(g) for _, g, _ in arts]
    rec = records[str(RES["graph/a004"])]
    graph = arts[4][2]
    assert rec["id"] == "a004" and rec["triples"] == len(graph) and rec["batch"] == 1   # position 4 // 3
    assert rec["hash"] == content_hash({tuple(map(to_ox, t)) for t in graph})
    # the bookkeeping is a named graph of its own, never in the union that queries read
    assert status_graph_triples(st) == 7 * 4 + 7
    assert union_triples(st) == len({t for _, _, g in arts for t in g})
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?p), '_kg-status')) }") == 0


def test_rerun_skips_complete_articles_and_replaces_changed_ones(tmp_path):
    from kg.store import add_articles, verify_store
    st = open_store(tmp_path / "st", create=True)
    arts = small_corpus(5)
    add_articles(st, arts, batch_size=2)
    again = add_articles(st, arts, batch_size=2)
    assert (again.written, again.skipped, again.batches) == (0, 5, 0)
    # article a001 changes: it loses its memberOf; its old triple leaves the union
    smaller = rdflib.Graph()
    smaller += [t for t in arts[1][2] if t[1] != KG.memberOf]
    changed = arts[:1] + [(arts[1][0], arts[1][1], smaller)] + arts[2:]
    report = add_articles(st, changed, batch_size=2)
    assert (report.written, report.replaced, report.skipped) == (1, 1, 4)
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { ?p <%s> ?o }" % KG.memberOf) == 4
    assert count(st, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % arts[1][1]) == len(smaller)
    del st
    status = verify_store(tmp_path / "st")
    assert status.ok and status.complete == 5 and status.union == status.union_expected


def test_status_graph_stays_out_of_queries_and_exports(tmp_path):
    from kg.query import run_query
    from kg.store import STATUS_GRAPH, add_articles, query_options
    st = open_store(tmp_path / "st", create=True)
    add_articles(st, small_corpus(3))
    assert STATUS_GRAPH not in {g.value for g in query_options(st)["named_graphs"]}
    del st
    graphs = run_query(tmp_path / "st", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "csv").split()
    assert sorted(graphs) == ["g"] + [str(g) for _, g, _ in small_corpus(3)]
    out = run_query(tmp_path / "st", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv")
    assert out.split() == ["n", str(len({t for _, _, g in small_corpus(3) for t in g}))]
    ds = load_source(tmp_path / "st")
    assert STATUS_GRAPH not in {str(c.identifier) for c in ds.graphs() if len(c)}


def test_article_named_like_the_status_graph_is_refused(tmp_path):
    from kg.store import STATUS_GRAPH, add_articles
    st = open_store(tmp_path / "st", create=True)
    with pytest.raises(StoreError, match="status graph"):
        add_articles(st, [("_kg-status", STATUS_GRAPH, A)])


def test_verify_reports_graph_without_record_and_wrong_count(tmp_path):
    import pyoxigraph
    from kg.store import add_articles, verify_store
    st = open_store(tmp_path / "st", create=True)
    arts = small_corpus(3)
    add_articles(st, arts)
    add_graph(st, GB, B)                                   # no completion record
    q = next(iter(st.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(str(arts[0][1])))))
    st.remove(q)                                           # a graph short of one triple
    del st
    status = verify_store(tmp_path / "st")
    assert not status.ok
    assert status.complete == 2 and status.graphs == 4
    assert dict(status.incomplete) == {GB: "no completion record",
                                       str(arts[0][1]): f"{len(arts[0][2]) - 1} triples, {len(arts[0][2])} recorded"}


def write_crashing_at_batch(path, articles, batch_size, crash_at):
    """add_articles on ``path`` whose ``crash_at``-th write (1-based) raises, as a crash would."""
    from kg.store import add_articles
    st = open_store(path, create=True)
    calls = []

    class Crash(Exception):
        pass

    class Flaky:                      # the store as add_articles sees it
        def __getattr__(self, name):
            return getattr(st, name)

        def write(self, method, *args, **kwargs):
            calls.append(1)
            if len(calls) == crash_at:
                raise Crash
            getattr(st, method)(*args, **kwargs)

        def extend(self, quads):
            self.write("extend", quads)

        def load(self, data, *args, **kwargs):  # a batch: N-Quads text in one transaction
            from kg.store import ST_PLANNED
            if ST_PLANNED.encode() in data:     # the plan, recorded before any batch
                return st.load(data, *args, **kwargs)
            self.write("load", data, *args, **kwargs)
    try:
        add_articles(Flaky(), articles, batch_size=batch_size)
    except Crash:
        return True
    finally:
        del st, Flaky             # a class is a reference cycle: collect it to close the store
        gc.collect()
    return False


def test_verify_reports_planned_articles_not_written(tmp_path):
    """A build that stops after its first batch: the rest of its plan is missing."""
    from kg.store import add_articles, verify_store
    assert write_crashing_at_batch(tmp_path / "st", small_corpus(5), batch_size=2, crash_at=2)
    status = verify_store(tmp_path / "st")
    assert (status.complete, status.planned, len(status.missing), status.incomplete) == (2, 5, 3, [])
    assert not status.ok and "missing: 3 graphs" in status.render()
    st = open_store(tmp_path / "st")
    report = add_articles(st, small_corpus(5), batch_size=2)
    assert (report.written, report.skipped) == (3, 2)
    del st
    assert verify_store(tmp_path / "st").ok


def test_crash_while_replacing_changed_articles_is_finished_by_a_rerun(tmp_path):
    """Version 2 of every article (no memberOf) dies in its 2nd batch: the store stays
    consistent (its union is the union of its graphs) and a rerun makes it a clean v2 store."""
    from kg.store import add_articles, verify_store
    v1 = small_corpus(6)
    v2 = []
    for article_id, name, graph in v1:
        g = rdflib.Graph()
        g += [t for t in graph if t[1] != KG.memberOf]
        v2.append((article_id, name, g))
    st = open_store(tmp_path / "st", create=True)
    add_articles(st, v1, batch_size=2)
    del st
    assert write_crashing_at_batch(tmp_path / "st", v2, batch_size=2, crash_at=2)
    status = verify_store(tmp_path / "st")
    assert (status.complete, len(status.missing), status.incomplete) == (4, 2, [])  # batch 1 replaced, 2 gone
    assert status.union == status.union_expected
    st = open_store(tmp_path / "st")
    report = add_articles(st, v2, batch_size=2)
    assert (report.written, report.replaced, report.skipped) == (4, 2, 2)
    del st
    clean = open_store(tmp_path / "clean", create=True)
    add_articles(clean, v2, batch_size=2)
    del clean
    assert store_quads(tmp_path / "st") == store_quads(tmp_path / "clean")
    assert verify_store(tmp_path / "st").ok


# ------------------------------------------------------------------ kill -9 during a real build

KILL_CORPUS_SIZE = 300        # 6 batches of kg.store.BATCH_ARTICLES = 50


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory):
    """300 small generated articles (sentences written for this test)."""
    import json
    first = ["سامر", "خالد", "ماجد", "هشام", "رامي", "وليد", "طارق", "نبيل", "فادي", "باسل"]
    last = ["العلي", "الحسن", "الخطيب", "السعدي", "النجار", "الحلبي"]
    cities = ["حلب", "الموصل", "بغداد", "دمشق", "عدن"]
    path = tmp_path_factory.mktemp("kill") / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(KILL_CORPUS_SIZE):
            who, city = f"{first[i % 10]} {last[(i // 10) % 6]}", cities[i % 5]
            text = (f"قال المتحدث باسم وزارة الدفاع {who} إن القوات نفذت غارة جوية على مواقع قرب {city} "
                    f"يوم الأحد. وأضاف {who} أن الغارة استهدفت مخزنا للسلاح.")
            f.write(json.dumps({"id": f"gen-{i:03d}", "text": text, "published": "2026-03-01"},
                               ensure_ascii=False) + "\n")
    return path


def kg_build(corpus, store, pause=None, kill_at=None):
    """`kg build CORPUS --store STORE -q` in a subprocess; with ``kill_at`` (a line the
    build prints on stderr under KG_STORE_PAUSE), SIGKILL it when that line appears.
    Returns (exit status, the store lines it printed)."""
    import os
    import signal
    import subprocess
    import sys
    env = dict(os.environ)
    if pause is not None:
        env["KG_STORE_PAUSE"] = str(pause)
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(store), "-q"],
                            stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    for line in proc.stderr:
        lines.append(line.strip())
        if kill_at is not None and line.strip().startswith(kill_at):
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.stderr.close()
    return proc.wait(timeout=120), [x for x in lines if x.startswith("kg store:")]


def store_quads(path):
    """Every quad of the store (the status graph included) as sorted N-Quads lines."""
    import pyoxigraph
    st = open_store(path, read_only=True)
    return sorted(st.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def clean_store(kill_corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("clean") / "store"
    rc, _ = kg_build(kill_corpus, path)
    assert rc == 0
    return store_quads(path)


@pytest.mark.parametrize("kill_at, done", [
    ("kg store: batch 0 committed", {50}),     # after the first batch, in its pause
    ("kg store: batch 3 writing", {150, 200}),  # as batch 3 goes in: all of it or none of it
    ("kg store: batch 4 committed", {250}),    # before the last batch
])
def test_build_killed_while_writing_is_finished_by_a_rerun(kill_corpus, clean_store, tmp_path, kill_at, done):
    from kg.store import BATCH_ARTICLES, verify_store
    store = tmp_path / "store"
    rc, lines = kg_build(kill_corpus, store, pause=0.3, kill_at=kill_at)
    assert rc == -9 and lines[-1].startswith(kill_at)
    # the interrupted store opens, holds whole batches only, and says it is incomplete
    status = verify_store(store)
    assert status.complete in done and status.incomplete == []
    assert status.planned == KILL_CORPUS_SIZE and len(status.missing) == KILL_CORPUS_SIZE - status.complete
    assert status.union == status.union_expected
    res = CliRunner().invoke(cli, ["verify", str(store)])
    assert res.exit_code == 1 and "INCOMPLETE" in res.output
    assert f"articles complete: {status.complete} of {KILL_CORPUS_SIZE} planned" in res.output
    # the rerun writes only the batches that were missing
    rc, lines = kg_build(kill_corpus, store, pause=0)
    assert rc == 0
    written = [x for x in lines if x.endswith("committed (50 articles)")]
    assert len(written) == (KILL_CORPUS_SIZE - status.complete) // BATCH_ARTICLES
    assert store_quads(store) == clean_store
    res = CliRunner().invoke(cli, ["verify", str(store)])
    assert res.exit_code == 0, res.output
    assert f"articles complete: {KILL_CORPUS_SIZE} of {KILL_CORPUS_SIZE} planned" in res.output


def test_build_twice_into_a_store_skips_the_complete_article(tmp_path):
    import kg.api
    first = kg.api.build(["seeds"], store=tmp_path / "store")
    assert (first.stored.written, first.stored.skipped, first.stored.batches) == (1, 0, 1)
    again = kg.api.build(["seeds"], store=tmp_path / "store")
    assert (again.stored.written, again.stored.skipped, again.stored.batches) == (0, 1, 0)


def test_a_rerun_extracts_only_what_the_store_lacks(tmp_path, monkeypatch):
    import json
    import kg.api
    import kg.parallel
    from kg.store import open_store
    arts = [{"id": f"r{i}", "text": f"قصفت طائرات حربية مواقع في مدينة حلب يوم {i} من الشهر."} for i in range(6)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    kg.api.build([src], store=tmp_path / "store")
    seen = []
    real = kg.parallel.extract_parallel

    def counting(articles, jobs=None, batch_size=None, work=None, total=None):
        articles = list(articles)
        seen.extend(a.id for a in articles)
        return real(articles, jobs, batch_size, work, total)
    monkeypatch.setattr(kg.parallel, "extract_parallel", counting)
    arts[2]["text"] += " وقال شاهد إن القصف استمر ساعة."            # one article changed
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    result = kg.api.build([src], store=tmp_path / "store")
    assert seen == ["r2"]                                          # the others were not extracted
    assert result.articles == 6 and result.stored.skipped == 5 and result.stored.replaced == 1
    st = open_store(tmp_path / "store", read_only=True)
    names = {q.graph_name.value for q in st.quads_for_pattern(None, None, None, None)
             if type(q.graph_name).__name__ == "NamedNode"}
    assert sum(1 for n in names if "/graph/r" in n) == 6


def test_a_graph_given_as_ntriples_text_is_stored_as_its_triples_are(tmp_path):
    """BatchWriter.add_ntriples (the build's path: text made by kg.article_graphs) writes what
    add does with the same triples: the same quads, the same completion record."""
    from kg.article_graphs import NTriples
    from kg.store import BatchWriter, ox_triples
    arts = small_corpus(3)
    names = [str(g) for _, g, _ in arts]
    dumps = []
    for how in ("triples", "text"):
        st = open_store(tmp_path / how, create=True)
        writer = BatchWriter(st, names, batch_size=2)
        for position, (article_id, gname, graph) in enumerate(arts):
            if how == "triples":
                writer.add(position, article_id, gname, ox_triples(graph))
            else:
                writer.add_ntriples(position, article_id, gname, "".join(NTriples().lines(set(graph))))
        assert writer.close().written == 3
        dumps.append(sorted(str(q) for q in st))
        del st, writer
        gc.collect()
    assert dumps[0] == dumps[1] and len(dumps[0]) > 3 * 2 * 10


def test_a_new_plan_replaces_the_old_one(tmp_path):
    """The plan of a rerun with other articles: the new graphs are planned, the dropped ones are not."""
    import pyoxigraph

    from kg.store import ST_PLANNED, STATUS_GRAPH, _record_plan
    st = open_store(tmp_path / "st", create=True)
    status = pyoxigraph.NamedNode(STATUS_GRAPH)

    def planned():
        return sorted(q.object.value for q in st.quads_for_pattern(
            status, pyoxigraph.NamedNode(ST_PLANNED), None, status))
    _record_plan(st, ["urn:g:1", "urn:g:2", "urn:g:3"])
    assert planned() == ["urn:g:1", "urn:g:2", "urn:g:3"]
    _record_plan(st, ["urn:g:2", "urn:g:4"])
    assert planned() == ["urn:g:2", "urn:g:4"]
    _record_plan(st, [])
    assert planned() == []


class _Watched:
    """A store whose batch writes (``load``) are watched: the thread each ran in, and an
    optional failure at the ``fail_at``-th one (1-based)."""

    def __init__(self, st, fail_at=None):
        self.st, self.fail_at, self.threads, self.loads = st, fail_at, [], 0

    def __getattr__(self, name):
        return getattr(self.st, name)

    def load(self, data, *args, **kwargs):
        from kg.store import ST_PLANNED
        if ST_PLANNED.encode() in data:       # the plan, recorded before any batch, in the caller
            return self.st.load(data, *args, **kwargs)
        import threading
        self.threads.append(threading.current_thread().name)
        self.loads += 1
        if self.loads == self.fail_at:
            raise OSError("disk full\nsecond line")
        return self.st.load(data, *args, **kwargs)


def test_batches_are_written_in_a_thread_of_their_own_and_all_are_in_when_close_returns(tmp_path):
    import threading

    from kg.store import BatchWriter, ox_triples
    arts = small_corpus(5)
    watched = _Watched(open_store(tmp_path / "st", create=True))
    writer = BatchWriter(watched, [str(g) for _, g, _ in arts], batch_size=2)
    for position, (article_id, gname, graph) in enumerate(arts):
        writer.add(position, article_id, gname, ox_triples(graph))
    assert writer.close().batches == 3
    assert watched.threads == ["kg-store-writer"] * 3
    assert "kg-store-writer" not in {t.name for t in threading.enumerate()}
    assert {q.graph_name.value for q in watched.st.quads_for_pattern(None, None, None, None)
            if type(q.graph_name).__name__ == "NamedNode"} >= {str(g) for _, g, _ in arts}


def test_a_failed_batch_write_stops_the_writing_and_is_a_one_line_store_error(tmp_path):
    """The 2nd batch fails in the writer's thread: the error reaches the caller as a
    StoreError of one line, no later batch is written, and no thread is left behind."""
    import threading

    from kg.store import StoreError, add_articles, verify_store
    watched = _Watched(open_store(tmp_path / "st", create=True), fail_at=2)
    with pytest.raises(StoreError) as info:
        add_articles(watched, small_corpus(9), batch_size=2)
    assert str(info.value) == "cannot write the store: disk full second line"
    assert watched.loads == 2                      # batches 3.. were never written
    assert "kg-store-writer" not in {t.name for t in threading.enumerate()}
    del watched
    gc.collect()
    status = verify_store(tmp_path / "st")
    assert (status.complete, status.planned) == (2, 9)


def test_a_graph_given_again_while_its_first_batch_is_still_being_written_replaces_it(tmp_path):
    """The same graph in two batches, the first still in the writer's hands (its write is
    slow) when the second comes: the second waits for it and replaces it, as it would had
    the first been written already; nothing of the first version is left."""
    import time as _time

    from kg.store import BatchWriter, ox_triples

    class Slow(_Watched):
        def load(self, data, *args, **kwargs):
            _time.sleep(0.3)
            return super().load(data, *args, **kwargs)

    (aid, gname, v1), (_, _, v2) = small_corpus(2)
    slow = Slow(open_store(tmp_path / "st", create=True))
    writer = BatchWriter(slow, [str(gname)], batch_size=1)
    writer.add(0, aid, gname, ox_triples(v1))
    writer.add(1, aid, gname, ox_triples(v2))
    writer.close()
    import pyoxigraph
    stored = {(q.subject, q.predicate, q.object)
              for q in slow.st.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(str(gname)))}
    union = {(q.subject, q.predicate, q.object)
             for q in slow.st.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())}
    assert stored == ox_triples(v2) and union == ox_triples(v2)


def _news(path, n):
    import json
    sentences = ["قصفت طائرات حربية مواقع للمسلحين قرب مدينة حلب يوم الخميس.",
                 "وصل وزير الخارجية القطري إلى القاهرة في زيارة رسمية."]
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": sentences[i % 2]}, ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def test_the_last_batches_are_written_while_the_corpus_pass_runs(tmp_path, monkeypatch):
    """The build hands the store its last batch and goes on with the corpus pass while the
    writer's thread writes it; the build waits for it before any output is in place."""
    import time as _time

    import kg.api
    import kg.corpus
    import kg.store
    events = []
    real_load, real_lines = kg.store.BatchWriter._load, kg.corpus.corpus_lines

    def load(self, batch, *args):
        if batch == 2:          # the last of 3 batches: slow
            _time.sleep(1.0)
        real_load(self, batch, *args)
        events.append(f"batch {batch} written")

    def lines(*args, **kwargs):
        events.append("corpus pass")
        return real_lines(*args, **kwargs)
    monkeypatch.setattr(kg.store, "BATCH_ARTICLES", 2)
    monkeypatch.setattr(kg.store.BatchWriter, "_load", load)
    monkeypatch.setattr(kg.corpus, "corpus_lines", lines)
    result = kg.api.build([_news(tmp_path / "in.jsonl", 6)], outdir=tmp_path / "out", store=tmp_path / "st",
                          html=False)
    assert events.index("corpus pass") < events.index("batch 2 written") == len(events) - 1
    assert result.stored.written == 6 and result.timings["store"] >= 1.0
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_a_last_batch_that_fails_after_the_corpus_pass_leaves_no_output(tmp_path, monkeypatch):
    import kg.api
    import kg.store
    real_load = kg.store.BatchWriter._load

    def load(self, batch, *args):
        if batch == 2:
            raise kg.store.StoreError("cannot write the store: disk full")
        real_load(self, batch, *args)
    monkeypatch.setattr(kg.store, "BATCH_ARTICLES", 2)
    monkeypatch.setattr(kg.store.BatchWriter, "_load", load)
    with pytest.raises(StoreError, match="disk full"):
        kg.api.build([_news(tmp_path / "in.jsonl", 6)], outdir=tmp_path / "out", store=tmp_path / "st",
                     jobs=2)
    out = tmp_path / "out"
    assert not out.exists() or not [p.name for p in out.iterdir() if not p.name.startswith(".")]


def _union_is_the_union_of_the_graphs(st):
    """The default graph holds exactly the triples of the stored article graphs (the status graph apart)."""
    from kg.store import STATUS_GRAPH
    union = {(q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, None)
             if type(q.graph_name).__name__ == "DefaultGraph"}
    graphs = {(q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, None)
              if type(q.graph_name).__name__ == "NamedNode" and q.graph_name.value != STATUS_GRAPH}
    return union == graphs and len(union) > 0


def _lines(*triples):
    return "".join(f"<urn:s:{s}> <urn:p:{p}> <urn:o:{o}> .\n" for s, p, o in sorted(triples))


def test_a_batch_writes_into_the_union_only_what_no_earlier_batch_of_the_build_did(tmp_path):
    """Each triple goes into the union once per build (a line an earlier batch handed over, or
    one another article of the batch has, is not loaded again); the union is still the union
    of the stored graphs, and the named graphs are whole."""
    from kg.store import BatchWriter
    watched = _Watched(open_store(tmp_path / "st", create=True))
    loaded = []
    real = watched.load
    watched.load = lambda data, *a, **k: loaded.append(data.decode("utf-8")) or real(data, *a, **k)
    shared, own = ("x", "type", "person"), [("a", "p", "1"), ("b", "p", "2"), ("c", "p", "3"), ("d", "p", "4")]
    names = [f"urn:g:{k}" for k in range(4)]
    writer = BatchWriter(watched, names, batch_size=2)
    for position, (name, triple) in enumerate(zip(names, own)):
        writer.add_ntriples(position, f"id{position}", name, _lines(shared, triple))
    writer.close()
    batches = [text for text in loaded if "contentHash" in text]        # not the plan
    shared_line = _lines(shared)
    union_lines = [[line for line in text.splitlines(keepends=True) if line.count("<") == 3]
                   for text in batches]
    assert [lines.count(shared_line) for lines in union_lines] == [1, 0]
    assert sum(text.count(shared_line.replace(" .\n", " <urn:g:")) for text in batches) == 4
    assert _union_is_the_union_of_the_graphs(watched.st)


def test_a_graph_replaced_during_the_build_leaves_the_union_whole(tmp_path):
    """An article given twice in one build (its second graph replaces the first, whose triples no
    other stored graph holds leave the union): a later article that shares one of them puts it
    back into the union, though an earlier batch of the build had handed it over."""
    from kg.store import BatchWriter
    st = open_store(tmp_path / "st", create=True)
    shared = ("x", "type", "person")
    writer = BatchWriter(st, ["urn:g:a", "urn:g:b", "urn:g:a", "urn:g:c"], batch_size=2)
    writer.add_ntriples(0, "a", "urn:g:a", _lines(shared, ("a", "p", "1")))
    writer.add_ntriples(1, "b", "urn:g:b", _lines(("b", "p", "2")))
    writer.add_ntriples(2, "a", "urn:g:a", _lines(("a", "p", "changed")))     # the shared line leaves
    writer.add_ntriples(3, "c", "urn:g:c", _lines(shared, ("c", "p", "3")))  # ... and comes back
    report = writer.close()
    assert report.replaced == 0 and report.written == 4
    assert _union_is_the_union_of_the_graphs(st)
    assert any(True for _ in st.quads_for_pattern(None, None, None, __import__("pyoxigraph").DefaultGraph()))
