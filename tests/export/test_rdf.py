"""kg/export/rdf.py: round trips, datatypes, determinism, atomic writes, JSON-LD context."""
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import KgError
from kg.export import rdf
from kg.ns import KG

SAMPLE = Path(__file__).parents[1] / "data" / "sample.ttl"
RES = Namespace("https://w3id.org/arabic-kg/resource/")

# writer name -> rdflib parser name, and whether the format keeps named graphs
FORMATS = {
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", False),
    "rdfxml": ("xml", False),
}


def sample():
    g = Graph()
    g.parse(SAMPLE)
    return g


def tricky():
    """Literals of every datatype the builder writes, and awkward Arabic text."""
    g = Graph()
    ev = RES["event/t/1"]
    g.add((ev, RDF.type, KG.Killing))
    g.add((ev, KG.date, Literal("2026-01-16", datatype=XSD.date)))
    g.add((RES["event/t/2"], KG.date, Literal("2025-11", datatype=XSD.gYearMonth)))
    g.add((RES["event/t/3"], KG.date, Literal("2016", datatype=XSD.gYear)))
    g.add((ev, KG.confidence, Literal("0.75", datatype=XSD.decimal)))
    g.add((ev, KG.startOffset, Literal("580", datatype=XSD.integer)))
    g.add((ev, KG.trigger, Literal("قتلت", lang="ar")))
    g.add((ev, RDFS.label, Literal("Killing", lang="en")))
    g.add((ev, KG.sentenceText, Literal('قال "المتحدث"، <عاجل> & أخبار;\nسطر ثان', lang="ar")))
    g.add((ev, KG.articleId, Literal("a-1")))
    return g


def two_graph_dataset():
    """The sample in one named graph plus a small second article graph."""
    ds = Dataset()
    g1 = ds.graph(RES["graph/sample"])
    for t in sample():
        g1.add(t)
    g2 = ds.graph(RES["graph/other"])
    g2.add((RES["person/x"], RDF.type, KG.Person))
    g2.add((RES["person/x"], RDFS.label, Literal("س", lang="ar")))
    return ds


def parse(path, fmt):
    parser, quads = FORMATS[fmt]
    g = Dataset() if quads else Graph()
    g.parse(path, format=parser)
    return g


def triples_of(g):
    if isinstance(g, Dataset):
        out = Graph()
        for s, p, o, _ in g.quads((None, None, None, None)):
            out.add((s, p, o))
        return out
    return g


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("source", ["sample", "tricky"])
def test_round_trip_is_isomorphic(tmp_path, fmt, source):
    g = sample() if source == "sample" else tricky()
    path = tmp_path / f"out.{fmt}"
    getattr(rdf, f"write_{fmt}")(g, path)
    back = triples_of(parse(path, fmt))
    assert len(back) == len(g)
    assert isomorphic(back, g)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_datatypes_and_language_tags_survive(tmp_path, fmt):
    path = tmp_path / "out"
    getattr(rdf, f"write_{fmt}")(tricky(), path)
    back = triples_of(parse(path, fmt))
    dates = {str(o): o.datatype for o in back.objects(None, KG.date)}
    assert dates == {"2026-01-16": XSD.date, "2025-11": XSD.gYearMonth, "2016": XSD.gYear}
    (conf,) = back.objects(RES["event/t/1"], KG.confidence)
    assert conf.datatype == XSD.decimal and str(conf) == "0.75"
    (offset,) = back.objects(RES["event/t/1"], KG.startOffset)
    assert offset.datatype == XSD.integer and offset.toPython() == 580
    (sentence,) = back.objects(RES["event/t/1"], KG.sentenceText)
    assert sentence.language == "ar" and str(sentence).endswith("أخبار;\nسطر ثان")
    assert {o.language for o in back.objects(RES["event/t/1"], RDFS.label)} == {"en"}


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_graph_formats_keep_named_graphs(tmp_path, fmt):
    ds = two_graph_dataset()
    path = tmp_path / "out"
    getattr(rdf, f"write_{fmt}")(ds, path)
    back = parse(path, fmt)
    names = {str(g.identifier) for g in back.graphs() if len(g)}
    assert names == {str(RES["graph/sample"]), str(RES["graph/other"])}
    assert isomorphic(back.graph(RES["graph/sample"]), sample())
    assert len(back.graph(RES["graph/other"])) == 2


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_union_formats_write_every_named_graph(tmp_path, fmt):
    path = tmp_path / "out"
    getattr(rdf, f"write_{fmt}")(two_graph_dataset(), path)
    back = parse(path, fmt)
    assert len(back) == len(sample()) + 2
    assert (RES["person/x"], RDF.type, KG.Person) in back


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_triples_in_any_order_give_identical_bytes(tmp_path, fmt):
    triples = sorted(sample())
    outputs = []
    for seed in (1, 2):
        random.Random(seed).shuffle(triples)
        ds = Dataset()
        for t in triples:  # same graph assignment, different insertion order
            name = "a" if str(t[0]) < str(RES["organization"]) else "b"
            ds.graph(RES[f"graph/{name}"]).add(t)
        path = tmp_path / f"{fmt}{seed}"
        getattr(rdf, f"write_{fmt}")(ds, path)
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    script = (
        "import sys, hashlib\n"
        "from rdflib import Graph\n"
        "from kg.export import rdf\n"
        f"g = Graph(); g.parse({str(SAMPLE)!r})\n"
        "for name in sorted(%r):\n"
        "    p = sys.argv[1] + '/' + name\n"
        "    getattr(rdf, 'write_' + name)(g, p)\n"
        "    print(name, hashlib.sha1(open(p, 'rb').read()).hexdigest())\n" % (list(FORMATS),))
    runs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        out.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        runs.append(subprocess.run([sys.executable, "-c", script, str(out)], env=env,
                                   capture_output=True, text=True, check=True).stdout)
    assert runs[0] == runs[1]
    assert len(runs[0].splitlines()) == len(FORMATS)


def test_turtle_binds_the_project_prefixes(tmp_path):
    path = tmp_path / "g.ttl"
    rdf.write_turtle(sample(), path)
    text = path.read_text(encoding="utf-8")
    assert "@prefix kgo: <https://w3id.org/arabic-kg/ontology#> ." in text
    assert "@prefix wd: <http://www.wikidata.org/entity/> ." in text
    assert "kgo:ArmedGroup" in text and "wd:Q858" in text


def test_ntriples_lines_are_sorted_and_utf8(tmp_path):
    path = tmp_path / "g.nt"
    rdf.write_ntriples(sample(), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(sample())
    assert any("سامر العلي" in line for line in lines)


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "g.ttl"
    path.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)   # kg.io.atomic_write does the renaming
    with pytest.raises(KgError, match="No space left"):
        rdf.write_turtle(sample(), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl"]


def test_unserialisable_rdfxml_raises_kg_error_and_writes_nothing(tmp_path):
    g = Graph()
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/123"), Literal("x")))
    path = tmp_path / "g.rdf"
    with pytest.raises(KgError, match="RDF/XML"):
        rdf.write_rdfxml(g, path)
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_jsonld_embeds_the_package_context_and_uses_short_names(tmp_path):
    path = tmp_path / "g.jsonld"
    rdf.write_jsonld(sample(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    shipped = json.loads((Path(rdf.__file__).parents[1] / "data" / "context.jsonld")
                         .read_text(encoding="utf-8"))
    assert doc["@context"] == shipped["@context"]
    nodes = {n["@id"]: n for n in doc["@graph"]}
    isis = nodes[str(RES["organization/isis"])]
    assert set(isis["@type"]) == {"ArmedGroup", "Organization"}
    assert isis["label"] == {"ar": "تنظيم الدولة", "en": "Islamic State"}
    stmt = nodes[str(RES["statement/sample/0a1b2c3d4e5f"])]
    assert stmt["confidence"] == "0.8"          # xsd:decimal comes from the context
    killing = nodes[str(RES["event/sample/3a1b2c3d4e5f"])]
    assert killing["date"] == {"@type": "xsd:date", "@value": "2026-01-16"}
    assert killing["trigger"] == "قتلت"         # @language ar comes from the context


def test_jsonld_can_reference_the_published_context(tmp_path):
    path = tmp_path / "g.jsonld"
    rdf.write_jsonld(sample(), path, embed_context=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == rdf.CONTEXT_URL
    doc["@context"] = rdf.context_document()["@context"]  # what a resolver would fetch
    back = Graph()
    back.parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(back, sample())


def test_context_terms_are_ontology_terms():
    ctx = rdf.context_document()["@context"]
    assert ctx["kgo"] == str(KG._NS)
    for term, definition in ctx.items():
        iri = definition["@id"] if isinstance(definition, dict) else definition
        if isinstance(iri, str) and iri.startswith("kgo:"):
            assert str(getattr(KG, iri[4:])) == str(KG._NS) + iri[4:], term
