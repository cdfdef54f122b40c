"""The spool of a -o build: finished batches as N-Triples parts, locked while in use."""
import pyoxigraph
import pytest

from kg.spool import Spool, is_spool
from kg.store import StoreError, open_store, text_digest

G1 = "https://w3id.org/arabic-kg/resource/graph/a1"
G2 = "https://w3id.org/arabic-kg/resource/graph/a2"
NT1 = '<urn:x:a> <urn:x:p> "قتل\\t1"@ar .\n<urn:x:a> <urn:x:q> <urn:x:b> .\n'
NT2 = '<urn:x:c> <urn:x:p> "اعتقال" .\n'


def test_parts_hold_whole_batches_read_back_by_any_rdf_tool(tmp_path):
    spool = Spool(tmp_path / "sp")
    w = spool.writer([G1, G2], batch_size=1)
    w.add_ntriples(0, "a 1", G1, NT1, source="sha256:s1")
    w.add_ntriples(1, "a\t2", G2, NT2, source="sha256:s2")
    report = w.close()
    spool.close()
    assert (report.written, report.batches) == (2, 2)
    parts = sorted((tmp_path / "sp").glob("part-*.nt"))
    assert [p.name for p in parts] == ["part-000000.nt", "part-000001.nt"]
    quads = list(pyoxigraph.parse(path=str(parts[0]), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(quads) == 2          # the article's header is an N-Triples comment
    again = Spool(tmp_path / "sp")
    records = again.records()
    assert records[G1] == {"id": "a 1", "hash": text_digest(NT1), "source": "sha256:s1", "part": str(parts[0])}
    assert records[G2]["id"] == "a\t2"
    assert again.lines(G1) == {'<urn:x:a>\t<urn:x:p>\t"قتل\\t1"@ar\n', "<urn:x:a>\t<urn:x:q>\t<urn:x:b>\n"}
    again.close()


def test_an_unfinished_batch_is_not_written(tmp_path):
    spool = Spool(tmp_path / "sp")
    w = spool.writer([G1, G2], batch_size=2)
    w.add_ntriples(0, "a1", G1, NT1)
    w.stop()
    spool.close()
    assert not list((tmp_path / "sp").glob("part-*"))


def test_the_same_article_unchanged_is_skipped_and_a_changed_one_replaced_by_the_last_part(tmp_path):
    spool = Spool(tmp_path / "sp")
    w = spool.writer([G1], batch_size=1)
    w.add_ntriples(0, "a1", G1, NT1, source="sha256:s1")
    w.close()
    w = spool.writer([G1], batch_size=1)
    w.add_ntriples(0, "a1", G1, NT1, source="sha256:s1")
    assert w.close().skipped == 1
    w = spool.writer([G1], batch_size=1)
    w.add_ntriples(0, "a1", G1, NT2, source="sha256:s9")
    assert w.close().replaced == 1
    assert spool.records()[G1]["source"] == "sha256:s9"
    assert spool.lines(G1) == {'<urn:x:c>\t<urn:x:p>\t"اعتقال"\n'}
    spool.close()


def test_a_spool_in_use_is_refused_and_free_again_once_closed(tmp_path):
    first = Spool(tmp_path / "sp")
    with pytest.raises(StoreError, match="spool in use by another kg process"):
        Spool(tmp_path / "sp")
    first.close()
    Spool(tmp_path / "sp").close()
    assert is_spool(tmp_path / "sp")


def test_a_folder_of_something_else_is_never_written_into(tmp_path):
    (tmp_path / "sp").mkdir()
    (tmp_path / "sp" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a kg spool"):
        Spool(tmp_path / "sp")
    assert sorted(p.name for p in (tmp_path / "sp").iterdir()) == ["notes.txt"]


def test_an_older_kg_spool_store_is_replaced(tmp_path):
    st = open_store(tmp_path / "sp", create=True)
    st.flush()
    del st
    spool = Spool(tmp_path / "sp")
    assert spool.records() == {} and sorted(p.name for p in (tmp_path / "sp").iterdir()) == ["lock"]
    spool.close()


def test_a_killed_build_rerun_after_a_text_changed_extracts_that_article_again(tmp_path, monkeypatch):
    import json

    import kg.api
    import kg.parallel
    import kg.store
    src = tmp_path / "in.jsonl"
    rows = [{"id": "n1", "text": "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق.", "published": "2015-01-03"},
            {"id": "n2", "text": "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الجيش سيقاتل.", "published": "2015-01-02"},
            {"id": "n3", "text": "اعتقلت الشرطة التركية ثلاثة أشخاص في إسطنبول.", "published": "2015-01-04"}]

    def write(path):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path
    monkeypatch.setattr(kg.api, "STREAM_ARTICLES", 1)
    monkeypatch.setattr(kg.store, "BATCH_ARTICLES", 1)
    real_group, calls = kg.api._write_group, []

    def interrupted(group, *args):
        calls.append(1)
        if len(calls) == 3:            # n1 and n2 are in the spool, n3 is not
            raise KeyboardInterrupt
        return real_group(group, *args)
    monkeypatch.setattr(kg.api, "_write_group", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.api.build([write(src)], outdir=tmp_path / "out", html=False, jobs=1)
    assert len(list((tmp_path / "out" / ".kg-spool").glob("part-*.nt"))) == 2
    monkeypatch.setattr(kg.api, "_write_group", real_group)
    rows[0]["text"] = "وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران."
    seen, real = [], kg.parallel.extract_parallel

    def counting(articles, jobs=None, batch_size=None, work=None, total=None):
        articles = list(articles)
        seen.extend(a.id for a in articles)
        return real(articles, jobs, batch_size, work, total)
    monkeypatch.setattr(kg.parallel, "extract_parallel", counting)
    kg.api.build([write(src)], outdir=tmp_path / "out", html=False, jobs=1)
    assert seen == ["n1", "n3"]
    kg.api.build([src], outdir=tmp_path / "fresh", html=False, jobs=1)
    resumed = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert resumed == (tmp_path / "fresh" / "graph.ttl").read_text(encoding="utf-8")
    assert "طهران" in resumed and "دمشق" not in resumed
    assert not (tmp_path / "out" / ".kg-spool").exists()
