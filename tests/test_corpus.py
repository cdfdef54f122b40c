"""kg/corpus.py: the build's graph read back from the store in bounded memory, as the
in-memory build would write it; corpus-level labels and checks; graph.html of a big corpus."""
import json
import re
from decimal import Decimal

import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, Literal

from kg.build import fix_labels
from kg.errors import ValidationError
from kg.export.rdf import turtle_text
from kg.ns import KG, RES
from kg.store import add_articles, open_store

PERSON = RES["person/samer-al-ali"]


def article(slug, ar, en, confidence="0.85", cls=KG.Person, statement=True):
    """A tiny article graph in the builder's shape, naming one person its own way."""
    g = rdflib.Graph()
    art, st = RES[f"article/{slug}"], RES[f"statement/{slug}/1"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.articleId, Literal(slug)))
    g.add((PERSON, RDF.type, cls))
    g.add((PERSON, RDFS.label, Literal(ar, lang="ar-Latn" if ar.isascii() else "ar")))
    g.add((PERSON, RDFS.label, Literal(en, lang="en")))
    g.add((PERSON, KG.mentionedIn, art))
    if not statement:
        return g
    g.add((st, RDF.type, KG.RelationStatement))
    g.add((st, KG.confidence, Literal(Decimal(confidence), datatype=XSD.decimal)))
    g.add((st, KG.inArticle, art))
    return g


ARTICLES = [("a1", "سامر العلي", "Samer al-Ali", "1.0"), ("a2", "سامر علي", "Samer Ali", "0.5"),
            ("a3", "Samer", "Samer", "0.85"), ("a4", "سامر العلي", "Samer al-Ali", "0.0")]


def corpus_turtle(tmp_path, graphs, check=None):
    from kg.corpus import CorpusStats, corpus_lines, write_turtle_lines
    st = open_store(tmp_path / "st", create=True)
    names = [str(RES[f"graph/{slug}"]) for slug, _ in graphs]
    add_articles(st, [(slug, name, fix_labels(g)) for (slug, g), name in zip(graphs, names)])
    stats = CorpusStats()
    (tmp_path / "runs").mkdir()
    write_turtle_lines(corpus_lines(st, names, tmp_path / "runs", stats, check), tmp_path / "graph.ttl")
    return (tmp_path / "graph.ttl").read_text(encoding="utf-8"), stats


def test_the_graph_read_back_from_the_store_is_the_in_memory_one(tmp_path, monkeypatch):
    import kg.corpus
    monkeypatch.setattr(kg.corpus, "RUN_ARTICLES", 1)          # one run file per article: a real merge
    graphs = [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES]
    whole = rdflib.Graph()
    for _, g in graphs:
        whole += g
    text, stats = corpus_turtle(tmp_path, graphs)
    assert text == turtle_text(fix_labels(whole))               # labels merged, 1.0 stays 1.0
    assert 'rdfs:label "Samer"@en , "سامر العلي"@ar ;' in text               # one label per language
    assert 'skos:altLabel "Samer"@en , "سامر علي"@ar ;' in text              # the Arabic others
    assert "kgo:confidence 1.0 ;" in text and "kgo:confidence 0.0 ;" in text    # the store keeps 1 and 0
    assert stats.entities["Person"] == 1 and stats.relations == 4 and stats.triples == len(fix_labels(whole))
    assert not list((tmp_path / "runs").iterdir())              # the run files are gone


def test_an_entity_typed_differently_by_two_articles_fails_the_corpus_check(tmp_path):
    from kg.corpus import CorpusCheck
    from kg.validate import validate
    graphs = [("a1", article("a1", "سامر العلي", "Samer al-Ali", statement=False)),
              ("a2", article("a2", "سامر العلي", "Samer al-Ali", cls=KG.Place, statement=False))]
    assert all(validate(fix_labels(g)).conforms for _, g in graphs)   # each article alone passes
    check = CorpusCheck()
    corpus_turtle(tmp_path, graphs, check)
    assert check.checked == 1
    with pytest.raises(ValidationError, match="exactly one of kgo:Person"):
        check.close()


def test_an_entity_typed_as_a_group_and_a_state_body_keeps_the_state_reading(tmp_path):
    """kgo:ArmedGroup is disjoint from kgo:GovernmentBody (ontology/kg.ttl): the corpus graph
    never types one entity with both, which an OWL reasoner would find inconsistent."""
    graphs = []
    for slug, sub in (("a1", KG.ArmedGroup), ("a2", KG.GovernmentBody)):
        g = article(slug, "وزارة الإسكان", "Ministry of Housing", cls=KG.Organization, statement=False)
        g.add((PERSON, RDF.type, sub))
        graphs.append((slug, g))
    text, stats = corpus_turtle(tmp_path, graphs)
    assert "kgo:GovernmentBody" in text and "kgo:ArmedGroup" not in text
    assert stats.entities["Organization"] == 1
    text, _ = corpus_turtle(tmp_path / "one", graphs[:1])    # alone, an article's reading stays
    assert "kgo:ArmedGroup" in text


def test_the_corpus_check_flushes_when_its_triples_reach_the_budget(tmp_path, monkeypatch):
    """Entities named by many articles are checked a few at a time (memory stays bounded),
    and what a check finds does not depend on where the chunks end."""
    import kg.corpus
    from kg.corpus import CorpusCheck
    flushes = []
    real = CorpusCheck.flush
    monkeypatch.setattr(CorpusCheck, "flush", lambda self: flushes.append(len(self.pending)) or real(self))
    monkeypatch.setattr(kg.corpus, "CHECK_LINES", 1)
    graphs = [("a1", article("a1", "سامر العلي", "Samer al-Ali", statement=False)),
              ("a2", article("a2", "سامر العلي", "Samer al-Ali", cls=KG.Place, statement=False))]
    check = CorpusCheck()
    corpus_turtle(tmp_path, graphs, check)
    assert flushes and flushes[0] > 0          # flushed as soon as the one entity came, not at close
    with pytest.raises(ValidationError, match="exactly one of kgo:Person"):
        check.close()


def test_an_entity_of_one_article_is_left_to_its_batch_check(tmp_path):
    from kg.corpus import CorpusCheck
    check = CorpusCheck()
    corpus_turtle(tmp_path, [("a1", article("a1", "سامر العلي", "Samer al-Ali"))], check)
    check.close()
    assert check.checked == 0


# ------------------------------------------------------------------ through kg.api.build

def write(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def some_articles(n=9):
    """Short articles of this test's own writing; several name the same ministry and city."""
    people = ["سامر الخطيب", "خالد النجار", "وليد الحلبي"]
    cities = ["حلب", "الموصل", "بغداد"]
    return [{"id": f"s-{i}", "text": f"قال المتحدث باسم وزارة الدفاع {people[i % 3]} إن القوات نفذت "
                                     f"غارة جوية قرب {cities[(i // 3) % 3]} يوم الأحد."} for i in range(n)]


@pytest.fixture(scope="module")
def in_memory(tmp_path_factory):
    """graph.ttl as the in-memory build writes it (every Document, one rdflib graph)."""
    from kg.api import extract_documents
    from kg.build import build_graph
    src = write(tmp_path_factory.mktemp("mem") / "in.jsonl", some_articles())
    return src, turtle_text(build_graph(list(extract_documents([src]))))


def test_streaming_in_small_groups_writes_the_in_memory_graph(in_memory, tmp_path, monkeypatch):
    import kg.api
    import kg.corpus
    import kg.store
    src, expected = in_memory
    monkeypatch.setattr(kg.api, "STREAM_ARTICLES", 2)
    monkeypatch.setattr(kg.store, "BATCH_ARTICLES", 3)
    monkeypatch.setattr(kg.corpus, "RUN_ARTICLES", 4)
    result = kg.api.build([src], outdir=tmp_path / "out", html=False, jobs=2)
    assert (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8") == expected
    assert result.articles == 9 and not (tmp_path / "out" / ".kg-spool").exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl", "summary.txt"]


def test_graphs_made_in_two_workers_give_the_in_memory_graph_and_their_times(in_memory, tmp_path,
                                                                               monkeypatch):
    """With two jobs the article graphs are made and checked in the workers (batches of 2
    here): the same graph.ttl; the workers' graph and validation seconds are told apart."""
    import kg.api
    import kg.pipeline
    src, expected = in_memory
    monkeypatch.setattr(kg.pipeline, "BATCH", 2)
    result = kg.api.build([src], outdir=tmp_path / "two", html=False, jobs=2)
    assert (tmp_path / "two" / "graph.ttl").read_text(encoding="utf-8") == expected
    assert sorted(result.in_workers) == ["graph", "validation"] and "graph" not in result.timings
    assert "extraction's workers also made the graphs: graph " in result.timing_line()
    one = kg.api.build([src], outdir=tmp_path / "one", html=False, jobs=1)
    assert (tmp_path / "one" / "graph.ttl").read_text(encoding="utf-8") == expected
    assert not one.in_workers and {"graph", "validation"} <= set(one.timings)


def test_a_store_build_with_two_jobs_counts_as_one_job_does(in_memory, tmp_path):
    """With no -o, the second process of the corpus pass only checks the entities (no
    graph.ttl): the summary is that of one job."""
    import kg.api
    src, _ = in_memory
    two = kg.api.build([src], store=tmp_path / "two", jobs=2)
    one = kg.api.build([src], store=tmp_path / "one", jobs=1)
    assert two.summary(with_paths=False) == one.summary(with_paths=False) and two.triples > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]


def test_an_interrupted_build_keeps_its_spool_and_the_rerun_extracts_only_the_rest(in_memory, tmp_path,
                                                                                   monkeypatch):
    import kg.api
    import kg.parallel
    import kg.store
    src, expected = in_memory
    monkeypatch.setattr(kg.api, "STREAM_ARTICLES", 3)
    monkeypatch.setattr(kg.store, "BATCH_ARTICLES", 3)      # each group is one store batch
    real_group = kg.api._write_group
    calls = []

    def interrupted(group, *args):
        calls.append(len(group))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_group(group, *args)
    monkeypatch.setattr(kg.api, "_write_group", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.api.build([src], outdir=tmp_path / "out", html=False)
    assert (tmp_path / "out" / ".kg-spool").is_dir() and not (tmp_path / "out" / "graph.ttl").exists()
    monkeypatch.setattr(kg.api, "_write_group", real_group)
    seen = []
    real = kg.parallel.extract_parallel

    def counting(articles, jobs=None, batch_size=None, work=None, total=None):
        articles = list(articles)
        seen.extend(a.id for a in articles)
        return real(articles, jobs, batch_size, work, total)
    monkeypatch.setattr(kg.parallel, "extract_parallel", counting)
    kg.api.build([src], outdir=tmp_path / "out", html=False)
    assert seen == ["s-6", "s-7", "s-8"]                  # the first two groups were in the spool
    assert (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8") == expected
    assert not (tmp_path / "out" / ".kg-spool").exists()


def node_ids(page):
    """The ids of the nodes in graph.html's embedded data (not its articles)."""
    data = re.search(r'<script[^>]*id="kg-data"[^>]*>(.*?)</script>', page, re.S).group(1)
    return {n["id"] for n in json.loads(data)["nodes"]}


def test_graph_html_of_a_big_corpus_draws_the_same_nodes_from_a_part_of_the_graph(in_memory, tmp_path,
                                                                                   monkeypatch):
    import kg.api
    import kg.corpus
    src, _ = in_memory
    options = {"max_nodes": 5, "unconnected": False}
    kg.api.build([src], outdir=tmp_path / "whole", html=options)
    monkeypatch.setattr(kg.corpus, "HTML_WHOLE_TRIPLES", 0)
    parts = []
    real = kg.corpus.html_graph
    monkeypatch.setattr(kg.corpus, "html_graph", lambda *a: parts.append(real(*a)) or parts[-1])
    kg.api.build([src], outdir=tmp_path / "part", html=options)
    whole = (tmp_path / "whole" / "graph.html").read_text(encoding="utf-8")
    part = (tmp_path / "part" / "graph.html").read_text(encoding="utf-8")
    assert len(node_ids(whole)) == 5 and node_ids(part) == node_ids(whole)
    graph = rdflib.Graph().parse(tmp_path / "whole" / "graph.ttl")
    assert 0 < len(parts[0]) < len(graph) // 2


def test_the_runs_made_from_ntriples_text_are_the_lines_read_back_from_the_store(tmp_path):
    """A build sorts its graphs into runs as it writes them (kg.corpus.Runs): the lines made from
    an article's N-Triples text are those the store gives back for its graph (decimals as the
    builder wrote them, quotes and line breaks escaped once)."""
    from kg.article_graphs import NTriples
    from kg.corpus import Runs, _store_lines, ntriples_lines
    g = article("r1", 'سامر "العلي"\nالثاني', "Samer", confidence="1.0")
    st = open_store(tmp_path / "st", create=True)
    add_articles(st, [("r1", RES["graph/r1"], g)])
    text = "".join(NTriples().lines(set(g)))
    assert ntriples_lines(text) == _store_lines(st, RES["graph/r1"])
    assert any('"1.0"^^' in line for line in ntriples_lines(text))
    runs = Runs(str(tmp_path), chunk=1)
    runs.add(ntriples_lines(text))
    runs.add(_store_lines(st, RES["graph/r1"]))
    paths = runs.close()
    assert len(paths) == 2
    assert [open(p, encoding="utf-8").read() for p in paths] == ["".join(sorted(ntriples_lines(text)))] * 2


def test_graph_html_of_a_big_corpus_keeps_a_few_articles_per_node_spread_over_them():
    """A node named by thousands of articles brings HTML_SOURCES of them into graph.html's
    part of the graph, evenly spread in sorted order; other triples all stay."""
    from kg.corpus import MENTIONED_IN, TYPE, _few_sources
    node = "<https://w3id.org/arabic-kg/resource/place/syria>"
    arts = [(node, MENTIONED_IN, f"<https://w3id.org/arabic-kg/resource/article/a{k:03d}>") for k in range(100)]
    triples = sorted(arts + [(node, TYPE, "<https://w3id.org/arabic-kg/ontology#Place>")])
    kept = _few_sources(triples, {MENTIONED_IN}, most=4)
    assert [t[2][-5:-1] for t in kept if t[1] == MENTIONED_IN] == ["a000", "a025", "a050", "a075"]
    assert (node, TYPE, "<https://w3id.org/arabic-kg/ontology#Place>") in kept and len(kept) == 5
    assert _few_sources(triples[:3], {MENTIONED_IN}, most=4) == triples[:3]


def test_the_corpus_pass_ranks_only_the_nodes_graph_html_draws(tmp_path):
    """The degree the corpus pass gathers for graph.html holds the entities and events,
    not the articles, statements and evidence (never nodes of the page, and far more)."""
    from kg.corpus import CorpusStats, corpus_lines
    graphs = [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES]
    event = RES["event/e1"]
    graphs[0][1].add((event, RDF.type, KG.Attack))
    graphs[0][1].add((event, KG.target, PERSON))
    st = open_store(tmp_path / "st", create=True)
    names = [str(RES[f"graph/{slug}"]) for slug, _ in graphs]
    add_articles(st, [(slug, name, fix_labels(g)) for (slug, g), name in zip(graphs, names)])
    degree = {}
    (tmp_path / "runs").mkdir()
    for _ in corpus_lines(st, names, tmp_path / "runs", CorpusStats(), degree=degree):
        pass
    assert degree == {f"<{PERSON}>": 1, f"<{event}>": 1}


def test_the_in_memory_graph_keeps_the_state_reading_too():
    from kg.build import fix_types
    g = article("a1", "وزارة الإسكان", "Ministry of Housing", cls=KG.Organization, statement=False)
    g.add((PERSON, RDF.type, KG.ArmedGroup))
    assert (PERSON, RDF.type, KG.ArmedGroup) in fix_types(g)
    g.add((PERSON, RDF.type, KG.GovernmentBody))
    assert (PERSON, RDF.type, KG.ArmedGroup) not in fix_types(g)
    assert (PERSON, RDF.type, KG.GovernmentBody) in g


def test_the_last_runs_of_a_build_are_small(tmp_path):
    """Given how many articles come, the runs of the last RUN_ARTICLES are RUN_TAIL_ARTICLES
    each: the run sorted after the last article (when nothing else runs) is a small one."""
    from kg.corpus import Runs
    runs = Runs(str(tmp_path), chunk=4, total=11, tail=2)
    for k in range(11):
        runs.add({f"<x:s{k:02d}>\t<x:p>\t<x:o>\n"})
    sizes = [len(open(p, encoding="utf-8").readlines()) for p in runs.close()]
    assert sizes == [4, 4, 2, 1]            # 4, 8 (whole runs), 10 (fewer than 4 left), 11
    plain = Runs(str(tmp_path / "plain"), chunk=4)
    (tmp_path / "plain").mkdir()
    for k in range(11):
        plain.add({f"<x:s{k:02d}>\t<x:p>\t<x:o>\n"})
    assert [len(open(p, encoding="utf-8").readlines()) for p in plain.close()] == [4, 4, 3]


def _pass_lines(tmp_path, graphs):
    from kg.corpus import CorpusStats, corpus_lines
    st = open_store(tmp_path / "st2", create=True)
    names = [str(RES[f"graph/{slug}"]) for slug, _ in graphs]
    add_articles(st, [(slug, name, fix_labels(g)) for (slug, g), name in zip(graphs, names)])
    (tmp_path / "runs2").mkdir()
    return list(corpus_lines(st, names, tmp_path / "runs2", CorpusStats()))


def test_graph_ttl_written_by_the_second_process_is_the_same_file(tmp_path):
    """kg.corpus.CorpusProcess: the lines sent through its pipe give the bytes
    write_turtle_lines gives here; the lines are passed on unchanged."""
    import os

    from kg.corpus import CorpusProcess, write_turtle_lines
    graphs = [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES]
    text, _ = corpus_turtle(tmp_path, graphs)
    lines = _pass_lines(tmp_path, graphs)
    with CorpusProcess(tmp_path / "child.ttl") as other:
        assert other.proc.pid != os.getpid()
        assert list(other.tee(iter(lines))) == lines
        other.close()
    write_turtle_lines(iter(lines), tmp_path / "here.ttl")
    assert (tmp_path / "child.ttl").read_bytes() == (tmp_path / "here.ttl").read_bytes()
    assert (tmp_path / "child.ttl").read_text(encoding="utf-8") == text


def test_the_second_process_checks_the_entities_as_this_one_would(tmp_path):
    """An entity two articles type differently fails the corpus check in the second process
    with the ValidationError this process's check raises; without validation it passes."""
    from kg.corpus import CorpusCheck, CorpusProcess
    graphs = [("a1", article("a1", "سامر العلي", "Samer al-Ali", statement=False)),
              ("a2", article("a2", "سامر العلي", "Samer al-Ali", cls=KG.Place, statement=False))]
    lines = _pass_lines(tmp_path, graphs)
    here = CorpusCheck()
    corpus_turtle(tmp_path / "here", graphs, here)
    with pytest.raises(ValidationError) as expected:
        here.close()
    with CorpusProcess(where=tmp_path) as other:         # no graph.ttl: a build into a store only
        for _ in other.tee(lines):
            pass
        with pytest.raises(ValidationError) as raised:
            other.close()
    assert str(raised.value) == str(expected.value) and "exactly one of kgo:Person" in str(raised.value)
    with CorpusProcess(tmp_path / "unchecked.ttl", validate=False) as other:
        for _ in other.tee(lines):
            pass
        other.close()
    assert (tmp_path / "unchecked.ttl").read_text(encoding="utf-8").count("kgo:Place") == 1


def test_a_failed_second_process_is_one_line_and_a_failed_pass_stops_it(tmp_path):
    from kg.corpus import CorpusProcess
    from kg.errors import KgError
    with CorpusProcess(tmp_path / "graph.ttl", validate=False) as other:
        for _ in other.tee(["not a triple at all\n"]):
            pass
        with pytest.raises(KgError, match=r"^cannot write graph\.ttl: SyntaxError[^\n]*$"):
            other.close()
    with pytest.raises(RuntimeError):
        with CorpusProcess(tmp_path / "other.ttl") as other:
            raise RuntimeError("the corpus pass failed")
    assert other.proc.exitcode is not None          # stopped, not left running


def test_graph_html_made_by_the_second_process_is_the_same_file(tmp_path, monkeypatch):
    """With --jobs 2 the second process makes graph.html from the lines sent through its pipe
    (past HTML_WHOLE_TRIPLES, from the part html_graph keeps of union.nt, with the degrees the
    build pickled): the bytes this process makes from the same lines, whole graph or part."""
    import pickle

    import kg.corpus
    from kg.corpus import CorpusProcess, degree_counter, write_html_file
    graphs = [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES]
    graphs.append(("b1", article("b1", "سامر العلي", "Samer al-Ali", cls=KG.Organization, statement=False)))
    lines = _pass_lines(tmp_path, graphs)
    degree = {}
    degree_counter(degree)(line[:-1].split("\t") for line in lines)
    (tmp_path / "union.nt").write_text("".join(lines), encoding="utf-8")
    pages = []
    for whole in (True, False):
        if not whole:
            monkeypatch.setattr(kg.corpus, "HTML_WHOLE_TRIPLES", 3)
            with open(tmp_path / "degree.pickle", "wb") as fh:
                pickle.dump(degree, fh)
        here, there = tmp_path / f"here-{whole}.html", tmp_path / f"there-{whole}.html"
        write_html_file(tmp_path / "union.nt", len(lines), degree, {"max_nodes": 2}, here)
        with CorpusProcess(validate=False, html=(tmp_path / "union.nt", tmp_path / "degree.pickle",
                                                  {"max_nodes": 2}, there)) as other:
            assert list(other.tee(iter(lines))) == lines
            other.close()
        pages.append(there.read_text(encoding="utf-8"))
        assert there.read_bytes() == here.read_bytes()
    assert pages[0] != pages[1]         # the part drew its chosen nodes only, unconnected ones too
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".ttl", ".error")) == []


def test_the_second_process_makes_graph_html_with_the_collector_paused(tmp_path, monkeypatch):
    """As this process lays out and writes graph.html with the cyclic collector paused, so
    does the second process (kg.corpus._html_from_lines, its part), and it leaves it on."""
    import gc

    import kg.export
    from kg.corpus import _html_from_lines
    lines = _pass_lines(tmp_path, [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES])
    real, seen = kg.export.export, []

    def watched(graph, path, fmt, **options):
        seen.append((fmt, gc.isenabled()))
        return real(graph, path, fmt, **options)
    monkeypatch.setattr(kg.export, "export", watched)
    _html_from_lines(iter(lines), tmp_path / "union.nt", None, True, tmp_path / "graph.html")
    assert seen == [("html", False)] and gc.isenabled()
    assert (tmp_path / "graph.html").is_file()


def test_a_failed_graph_html_in_the_second_process_says_what_this_one_would(tmp_path):
    from kg.corpus import CorpusProcess, write_html_file
    from kg.errors import KgError
    lines = _pass_lines(tmp_path, [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES])
    (tmp_path / "union.nt").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(KgError) as expected:
        write_html_file(tmp_path / "union.nt", len(lines), {}, {"height": "tall"}, tmp_path / "here.html")
    with CorpusProcess(validate=False, html=(tmp_path / "union.nt", None, {"height": "tall"},
                                             tmp_path / "there.html")) as other:
        for _ in other.tee(lines):
            pass
        with pytest.raises(KgError) as raised:
            other.close()
    assert str(raised.value) == str(expected.value) and "height must be a CSS length" in str(raised.value)
    assert not (tmp_path / "there.html").exists()


def test_prepare_loads_the_corpus_check_before_the_pass():
    """kg.corpus.prepare (called while the workers extract) makes the corpus shapes' plan,
    which the corpus-level check would otherwise make after the last article."""
    import kg.validate
    from kg.corpus import corpus_shapes, prepare
    kg.validate._PLANS.clear()
    prepare(html=False)
    core = kg.validate._split_sparql(corpus_shapes())[0]
    assert id(core) in kg.validate._PLANS


def test_graph_html_of_a_build_reads_its_lines_unparsed(tmp_path, monkeypatch):
    """graph.html of a build is drawn from its lines as they are (kg.corpus.LineGraph: no term
    parsed, a line given twice kept once); the page is the one the same triples give as parsed
    terms (kg.corpus.triple_set), whole graph or part."""
    import kg.corpus
    import kg.export
    from kg.corpus import LineGraph, degree_counter, line_graph, triple_set, write_html_file
    lines = _pass_lines(tmp_path, [(slug, article(slug, ar, en, c)) for slug, ar, en, c in ARTICLES])
    graph = line_graph(lines + lines[:3])
    assert len(graph) == len(lines) and sum(map(len, graph.sp.values())) == len(lines)
    (tmp_path / "union.nt").write_text("".join(lines), encoding="utf-8")
    degree = {}
    degree_counter(degree)(line[:-1].split("\t") for line in lines)
    given, real = [], kg.export.export
    monkeypatch.setattr(kg.export, "export", lambda g, *a, **k: given.append(g) or real(g, *a, **k))
    for whole in (True, False):
        if not whole:
            monkeypatch.setattr(kg.corpus, "HTML_WHOLE_TRIPLES", 3)
        write_html_file(tmp_path / "union.nt", len(lines), degree, {"max_nodes": 3}, tmp_path / "lines.html")
        assert isinstance(given[-1], LineGraph)
        parsed = triple_set(f"{s}\t{p}\t{o}\n" for s, ps in _by_subject(given[-1]) for p, o in ps)
        real(parsed, tmp_path / "terms.html", "html", **({"max_nodes": 3} if whole else
                                                          {"max_nodes": 3, "unconnected": True}))
        assert (tmp_path / "lines.html").read_bytes() == (tmp_path / "terms.html").read_bytes()


def _by_subject(graph):
    out = {}
    for (s, p), objects in graph.sp.items():
        out.setdefault(s, []).extend((p, o) for o in objects)
    return out.items()


def test_the_corpus_check_reads_an_entitys_lines_as_text_as_it_reads_them_split():
    """Given an entity's lines alone (the second pass of a build with graph.html, over union.nt),
    the check finds what it finds in the same lines split: the entities named by two articles
    or more, with their articles; a term that holds the predicates' text (its tabs escaped)
    counts for nothing."""
    from kg.corpus import MENTIONED_IN, TYPE, CorpusCheck, _split
    person, org = f"<{KG}Person>", f"<{KG}Organization>"
    fake = f'"x\\t{MENTIONED_IN}\\t<{RES}article/z>"@ar'       # the predicate's text, inside a literal

    def lines(subject, *po):
        return [f"{subject}\t{p}\t{o}\n" for p, o in po]
    mention = [(MENTIONED_IN, f"<{RES}article/{k}>") for k in ("a1", "a2")]
    groups = [
        lines("<x:one>", (TYPE, person), *mention),                                       # checked
        lines("<x:two>", (TYPE, person), mention[0], (f"<{RDFS.label}>", fake)),          # one article
        lines("<x:three>", (TYPE, f"<{KG}Event>"), *mention),                             # no entity
        lines("<x:four>", (f"<{RDFS.label}>", f'"a\\t{TYPE}\\t{org}"'), *mention),        # no type
        lines("<x:five>", (TYPE, org), (f"<{RDFS.label}>", fake), *mention),               # checked
        lines("<x:six>", (TYPE, person)),
    ]
    text, split = CorpusCheck(), CorpusCheck()
    text.flush = split.flush = lambda: None
    for group in groups:
        subject = group[0].split("\t")[0]
        text.add(subject, group)
        split.add(subject, group, [_split(line) for line in group])
    assert text.checked == split.checked == 2
    assert text.pending == split.pending
    assert sum(line.endswith(f"\t{TYPE}\t<{KG}Article>\n") for line in text.pending) == 4
