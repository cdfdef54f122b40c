"""`kg validate GRAPH`: report, exit 0 / 1 / 2."""
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg.cli import cli
from kg.ns import KG

SAMPLE_TTL = Path(__file__).resolve().parent.parent / "data" / "sample.ttl"
EV0 = URIRef("https://w3id.org/arabic-kg/resource/evidence/sample/0-95")
SAMER = URIRef("https://w3id.org/arabic-kg/resource/person/samer-al-ali")


def run(*args):
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def test_conforming_graph_exits_0():
    r = run(SAMPLE_TTL)
    assert r.exit_code == 0, r.output
    assert "Conforms" in r.output


def test_non_conforming_graph_exits_1_with_report(tmp_path):
    g = Graph().parse(SAMPLE_TTL)
    g.set((EV0, KG.startOffset, Literal(120)))
    g.set((SAMER, KG.memberOf, URIRef("https://w3id.org/arabic-kg/resource/place/syria")))
    path = tmp_path / "broken.ttl"
    g.serialize(path, format="turtle")
    r = run(path)
    assert r.exit_code == 1, r.output
    assert "Does not conform: 3 violation(s)." in r.output
    assert f"focus:   <{EV0}>" in r.output
    assert "path:    kgo:startOffset" in r.output
    assert "message: kgo:startOffset must be less than kgo:endOffset" in r.output
    assert "the object of kgo:memberOf must be an Organization" in r.output
    assert "the relation triple this statement stands for is not asserted directly" in r.output
    assert "Traceback" not in r.output


def test_ntriples_input(tmp_path):
    path = tmp_path / "g.nt"
    Graph().parse(SAMPLE_TTL).serialize(path, format="nt", encoding="utf-8")
    r = run(path)
    assert r.exit_code == 0, r.output


def test_turtle_syntax_error_exits_2_naming_file_and_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix kgo: <https://w3id.org/arabic-kg/ontology#> .\n\n<a> kgo:x "قتل .\n',
                    encoding="utf-8")
    r = run(path)
    assert r.exit_code == 2
    assert str(path) in r.output
    assert "line 3" in r.output
    assert "Traceback" not in r.output
    assert isinstance(r.exception, SystemExit)


def test_missing_file_exits_2(tmp_path):
    r = run(tmp_path / "nothing.ttl")
    assert r.exit_code == 2
    assert "nothing.ttl" in r.output


def test_custom_shapes_option(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    @prefix kgo: <https://w3id.org/arabic-kg/ontology#> .
    <urn:s> a sh:NodeShape ; sh:targetClass kgo:Evidence ;
        sh:property [ sh:path kgo:startOffset ; sh:maxInclusive 50 ; sh:message "starts too late" ] .
    """, encoding="utf-8")
    r = run("--shapes", shapes, SAMPLE_TTL)
    assert r.exit_code == 1, r.output
    assert "starts too late" in r.output
    assert "evidence/sample/96-150" in r.output


def test_help_has_an_example():
    r = CliRunner().invoke(cli, ["validate", "--help"])
    assert r.exit_code == 0
    assert "kg validate out/graph.ttl" in r.output
