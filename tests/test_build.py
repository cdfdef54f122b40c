"""kg/build.py: entity labels by script, minted IRIs that never merge different names."""
import sys
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.build import arabic_slot_tag, build_graph, document_graph, fix_labels, script_tag
from kg.validate import validate

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def labels(g, node):
    return sorted((str(lit), lit.language) for lit in g.objects(node, RDFS.label))


def test_script_tags():
    assert script_tag("حزب الله") == "ar"
    assert script_tag("حزب Likud") == "ar"           # a Latin word inside an Arabic name
    assert script_tag("Google") == "en"
    assert arabic_slot_tag("حزب الله") == "ar"
    assert arabic_slot_tag("Google") == "ar-Latn"


def test_a_name_written_in_latin_letters_keeps_its_spelling_and_its_script_tag():
    doc = run("أعلنت شركة Google أنها ستفتح مكتبا في دبي.")
    google = entity(doc, "Google")
    assert google.name_en == "Google"                 # not read as Buckwalter (Gaghal)
    g = document_graph(doc)
    node = URIRef(google.iri)
    assert labels(g, node) == [("Google", "ar-Latn"), ("Google", "en")]
    assert validate(g).conforms                       # ar-Latn fills the one Arabic label


def test_a_latin_word_inside_an_arabic_name_keeps_its_spelling():
    doc = run("قال حزب Likud إن الحكومة باقية.")
    party = entity(doc, "حزب Likud")
    assert party.name_en.endswith(" Likud")
    g = document_graph(doc)
    assert ("حزب Likud", "ar") in labels(g, URIRef(party.iri))
    assert validate(g).conforms


def test_two_names_that_romanise_alike_are_two_nodes_in_one_article():
    doc = run("قال خالد التكريتي إن خالد الطكريتي غادر بغداد.")
    a, b = entity(doc, "خالد التكريتي"), entity(doc, "خالد الطكريتي")
    assert a.name_en == b.name_en                      # ت and ط both read t
    assert a.iri != b.iri
    g = document_graph(doc)
    assert len(labels(g, URIRef(a.iri))) == 2 and len(labels(g, URIRef(b.iri))) == 2
    assert validate(g).conforms


def test_names_differing_only_in_a_number_are_two_nodes():
    doc = run("هاجم اللواء 444 مواقع اللواء 445 جنوب طرابلس.")
    assert entity(doc, "اللواء 444").iri != entity(doc, "اللواء 445").iri


def test_colliding_names_in_two_articles_stay_apart_and_one_name_merges():
    one = run("قال كريم العطار إن الطريق مغلق.", id="a1")
    two = run("قال كريم الأتار إن الطريق مفتوح.", id="a2")
    three = run("وصل كريم العطار إلى الموصل.", id="a3")
    a, b, c = entity(one, "كريم العطار"), entity(two, "كريم الأتار"), entity(three, "كريم العطار")
    assert a.name_en == b.name_en and a.iri != b.iri
    assert a.iri == c.iri                              # same name, same IRI in every article
    g = build_graph([one, two, three])
    assert len(labels(g, URIRef(a.iri))) == 2 and len(labels(g, URIRef(b.iri))) == 2
    assert validate(g).conforms


def test_a_spelling_variant_of_one_name_keeps_one_iri():
    one = run("قال أحمد العطار إن الطريق مغلق.", id="a1")
    two = run("قال احمد العطار إن الطريق مفتوح.", id="a2")
    assert entity(one, "أحمد العطار").iri == entity(two, "احمد العطار").iri


def test_fix_labels_prefers_the_arabic_script_label_and_keeps_the_latin_one_as_english_alt():
    doc = run("أعلنت شركة Google أنها ستفتح مكتبا في دبي.")
    g = document_graph(doc)
    node = URIRef(entity(doc, "Google").iri)
    g.add((node, RDFS.label, Literal("غوغل", lang="ar")))
    fix_labels(g)
    assert [str(x) for x in g.objects(node, RDFS.label) if x.language.lower().startswith("ar")] == ["غوغل"]
    assert Literal("Google", lang="en") in set(g.objects(node, SKOS.altLabel))
    assert validate(g).conforms


def test_an_article_is_a_schema_news_article_with_its_publisher_and_author():
    from datetime import date
    from rdflib.namespace import RDF, XSD
    from kg.model import Article
    from kg.ns import KG, SCHEMA
    from kg.pipeline import extract
    arts = [Article(id=f"n{i}", text=text, published=date(2024, 2, 11), title="لقاء في عمان",
                    source="أخبار المشرق", url=f"https://example.org/n{i}", author="ليلى  منصور")
            for i, text in enumerate(["استقبل الملك عبد الله الثاني في عمان وزير الخارجية العراقي.",
                                      "وصل وزير الخارجية العراقي إلى عمان مساء السبت."])]
    g = build_graph(extract(a) for a in arts)
    assert validate(g).conforms
    a = URIRef("https://w3id.org/arabic-kg/resource/article/n0")
    assert (a, RDF.type, SCHEMA.NewsArticle) in g and (a, RDF.type, KG.Article) in g
    assert g.value(a, SCHEMA.headline) == Literal("لقاء في عمان", lang="ar") == g.value(a, KG.title)
    assert g.value(a, SCHEMA.datePublished) == Literal("2024-02-11", datatype=XSD.date)
    assert g.value(a, SCHEMA.url) == Literal("https://example.org/n0", datatype=XSD.anyURI)
    publisher, author = g.value(a, SCHEMA.publisher), g.value(a, SCHEMA.author)
    assert g.value(publisher, SCHEMA.name) == Literal("أخبار المشرق")
    assert g.value(author, SCHEMA.name) == Literal("ليلى منصور")        # white space collapsed
    assert (author, RDF.type, SCHEMA.Person) in g and (publisher, RDF.type, SCHEMA.Organization) in g
    assert set(g.subjects(SCHEMA.author, author)) == {a, URIRef(str(a)[:-1] + "1")}   # one node per name


def test_an_entity_told_a_group_and_a_force_by_articles_keeps_one_of_the_disjoint_kinds():
    import dataclasses
    from rdflib.namespace import RDF
    from kg.ns import KG
    docs = [run("وأعلنت ألوية الصمود السيطرة على البلدة.", id=f"a{k}") for k in range(3)]
    subtypes = ["ArmedForce", "ArmedGroup", "ArmedGroup"]
    docs = [dataclasses.replace(d, entities=[dataclasses.replace(e, subtype=s) if e.type == "Organization" else e
                                             for e in d.entities]) for d, s in zip(docs, subtypes)]
    node = URIRef(next(e.iri for e in docs[0].entities if e.type == "Organization"))
    kinds = set(build_graph(docs).objects(node, RDF.type))
    assert KG.ArmedForce in kinds and KG.ArmedGroup not in kinds     # one of the disjoint kinds (the state's)
