"""The whole pipeline on two articles written for the project, and across articles."""
from pathlib import Path

import pytest
import rdflib

from kg.api import build
from kg.io import read_articles
from kg.pipeline import extract

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


@pytest.fixture(scope="module")
def docs():
    return {a.id: extract(a) for a in read_articles([ARTICLES])}


def names(doc):
    return {e.id: [m.text for m in e.mentions if not m.nominal][0] for e in doc.entities}


def test_iraq_article_entities(docs):
    doc = docs["iraq-anbar"]
    found = {(e.type, m.text) for e in doc.entities for m in e.mentions}
    for expected in [("Person", "سالم حميد الدليمي"), ("Person", "الدليمي"), ("Person", "كاظم العبيدي"),
                     ("Organization", "تنظيم الدولة"), ("Organization", "قيادة العمليات المشتركة"),
                     ("Organization", "وزارة الداخلية العراقية"), ("Place", "الرطبة"),
                     ("Place", "محافظة الأنبار"), ("Place", "العراق"), ("Place", "البلاد")]:
        assert expected in found, expected
    # the full name and the family name are one person
    [p] = [e for e in doc.entities if "الدليمي" in [m.text for m in e.mentions]]
    assert "سالم حميد الدليمي" in [m.text for m in p.mentions]


def test_iraq_article_relations_and_events(docs):
    doc = docs["iraq-anbar"]
    n = names(doc)
    rels = {(r.type, n[r.head], n[r.tail]) for r in doc.relations}
    assert ("memberOf", "سالم حميد الدليمي", "تنظيم الدولة") in rels
    assert ("spokespersonOf", "كاظم العبيدي", "قيادة العمليات المشتركة") in rels
    assert ("locatedIn", "الرطبة", "محافظة الأنبار") in rels
    [kill] = [e for e in doc.events if e.type == "Killing"]
    assert [n[x] for x in kill.target] == ["سالم حميد الدليمي"]
    assert kill.date == "2025-03-13"                  # الخميس before Saturday 2025-03-15
    assert [n[x] for x in kill.place] == ["الرطبة"]    # from the strike that killed him
    [arrest] = [e for e in doc.events if e.type == "Arrest"]
    assert [n[x] for x in arrest.place] == ["مدينة الموصل"] or [n[x] for x in arrest.place] == ["الموصل"]


def test_yemen_article(docs):
    doc = docs["yemen-marib"]
    n = names(doc)
    rels = {(r.type, n[r.head], n[r.tail]) for r in doc.relations}
    assert ("spokespersonOf", "حمزة المؤيد", "جماعة الحوثي") in rels
    kills = [e for e in doc.events if e.type == "Killing"]
    assert any([n[x] for x in k.target] == ["أبو علي الشامي"] and k.date == "2024-10-08" for k in kills)
    [visit] = [e for e in doc.events if e.type == "Visit"]
    assert [n[x] for x in visit.agent] == ["فؤاد سلطان"] and visit.date == "2024-10-02"
    assert [n[x] for x in visit.place] == ["الرياض"]


def test_shared_entities_have_one_iri_across_articles(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("قال القيادي في حركة الأحرار سامر خليل العلي إن تنظيم الدولة هاجم الرقة.", encoding="utf-8")
    b.write_text("اعتقلت الشرطة القيادي سامر خليل العلي. وكان داعش قد هاجم بلدة قريبة. "
                 "وقال العقيد خالد العلي إن التحقيق مستمر.", encoding="utf-8")
    build([a, b], outdir=tmp_path / "out", html=False)
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    from kg.linking import minted_slug
    from kg.ns import KG, RES
    from kg.translit import slugify
    # a name the knowledge base does not know: slug + hash of the name (docs/graph-shape.md)
    samer = RES["person/" + minted_slug("سامر خليل العلي", "Samer Khalil al-Ali", slugify)]
    assert {str(x) for x in g.objects(samer, KG.mentionedIn)} == {
        str(RES["article/a"]), str(RES["article/b"])}
    isis = RES["organization/isis"]
    assert len(set(g.objects(isis, KG.mentionedIn))) == 2
    khaled = RES["person/" + minted_slug("خالد العلي", "Khaled al-Ali", slugify)]
    assert (khaled, None, None) in g and khaled != samer          # same family name, two people


def test_extract_leaves_the_garbage_collector_as_it_found_it(monkeypatch):
    import gc

    from kg import pipeline
    from kg.model import Article
    article = Article("gc", "قال الرئيس جو بايدن في واشنطن إن القوات الأمريكية قتلت قياديا.")
    assert gc.isenabled()
    seen = []
    monkeypatch.setattr(pipeline, "STAGES", (lambda doc: seen.append(gc.isenabled()) or doc,)
                        + pipeline.STAGES)
    extract(article)
    assert seen == [False] and gc.isenabled()       # paused while extracting, then back on
    gc.disable()
    try:
        extract(article)
        assert not gc.isenabled()                    # left off if it was off
    finally:
        gc.enable()

    def fail(doc):
        raise RuntimeError("stage failed")
    monkeypatch.setattr(pipeline, "STAGES", (fail,))
    with pytest.raises(RuntimeError):
        extract(article)
    assert gc.isenabled()


def test_extract_many_hands_documents_over_with_the_collector_paused(monkeypatch):
    """The pause lasts until the consumer comes back after a batch's last document (so that
    the documents it dropped are not walked by the collection that follows), the generator
    keeps no document it handed over, and the collector is back on at the end, or when
    the consumer drops the generator half-way."""
    import gc
    import weakref

    from kg import pipeline
    from kg.model import Article
    from kg.pipeline import extract_many
    monkeypatch.setattr(pipeline, "STAGES", (lambda doc: doc,))
    articles = [Article(f"a{k}", "قال الوزير إن الجيش قتل مسلحين.") for k in range(5)]
    assert gc.isenabled()
    states, refs = [], []
    for doc in extract_many(articles, batch_size=2):
        states.append(gc.isenabled())
        refs.append(weakref.ref(doc))
        del doc
        assert refs[-1]() is None               # dropped by the consumer: gone at once
    assert states == [False] * 5 and gc.isenabled()
    it = extract_many(articles, batch_size=2)
    next(it)
    assert not gc.isenabled()
    del it                                       # a generator dropped half-way
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(list(extract_many(articles, batch_size=2))) == 5
        assert not gc.isenabled()                # left off if it was off
    finally:
        gc.enable()


def test_extract_many_in_batches_is_extract_one_by_one():
    """Batches tag many articles' sentences together; the documents are the same."""
    from kg.jsonl import document_to_record
    from kg.model import Article
    from kg.pipeline import extract_many
    articles = list(read_articles([ARTICLES])) + [
        Article("empty", ""),
        Article("short", "وقال وزير الخارجية الأردني أيمن الصفدي إن عمّان ترفض التهجير."),
    ]
    one_by_one = [document_to_record(extract(a)) for a in articles]
    for size in (1, 2, len(articles) + 5):
        batched = [document_to_record(d) for d in extract_many(iter(articles), batch_size=size)]
        assert batched == one_by_one, size
    assert list(extract_many([])) == []
    # the tagger's tags are kept per sentence
    doc = next(extract_many(articles[-1:]))
    assert [len(t) for t in doc.tags] == [len(s.tokens) for s in doc.sentences]
    assert any(t != "O" for tags in doc.tags for t in tags)


def test_the_resources_are_loaded_with_what_the_stages_build_on_first_use():
    """kg.pipeline._resources runs every stage once on WARM_TEXT (a text of the project's own):
    the name index, among what the stages build on first use, is built by then, in the
    process that forks the --jobs workers, which share it; that run gives persons, bodies,
    places, relations and events, so each stage does its work on it."""
    import subprocess
    import sys

    from kg.model import Article
    from kg.pipeline import WARM_TEXT, _extract_batch, _resources
    code = ("import kg.names\nfrom kg.pipeline import _resources\n_resources()\n"
            "print(kg.names.full_name_starts.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1"]
    _resources()
    [doc] = _extract_batch([Article(id="warm", text=WARM_TEXT)])
    assert {e.type for e in doc.entities} == {"Person", "Organization", "Place"}
    assert {r.type for r in doc.relations} >= {"spokespersonOf", "leaderOf"}
    assert {e.type for e in doc.events} == {"Arrest", "Meeting"}
