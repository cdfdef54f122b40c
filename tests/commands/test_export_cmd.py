"""`kg export` through click's CliRunner."""
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

import kg.export
from kg.cli import cli
from kg.store import add_graph

SAMPLE = "tests/data/sample.ttl"
RES = "https://w3id.org/arabic-kg/resource/"


def run(*args):
    return CliRunner().invoke(cli, ["export", *map(str, args)])


def test_turtle_from_a_graph_file(tmp_path):
    out = tmp_path / "g.nt"
    res = run(SAMPLE, "--format", "ntriples", "-o", out)
    assert res.exit_code == 0, res.output
    assert isomorphic(rdflib.Graph().parse(out, format="nt"), rdflib.Graph().parse(SAMPLE, format="turtle"))


def test_store_to_trig_keeps_named_graphs(tmp_path):
    g1, g2 = rdflib.Graph(), rdflib.Graph()
    g1.add((rdflib.URIRef(RES + "person/a"), rdflib.RDFS.label, rdflib.Literal("أحمد", lang="ar")))
    g2.add((rdflib.URIRef(RES + "person/b"), rdflib.RDFS.label, rdflib.Literal("باسل", lang="ar")))
    add_graph(tmp_path / "st", RES + "graph/a", g1)
    add_graph(tmp_path / "st", RES + "graph/b", g2)
    out = tmp_path / "all.trig"
    res = run(tmp_path / "st", "-f", "trig", "-o", out)
    assert res.exit_code == 0, res.output
    ds = rdflib.Dataset().parse(out, format="trig")
    sizes = {str(g.identifier): len(g) for g in ds.graphs() if len(g)}
    assert sizes == {RES + "graph/a": 1, RES + "graph/b": 1}


def test_choices_come_from_the_registry():
    res = CliRunner().invoke(cli, ["export", "--help"])
    for name in kg.export.names():
        assert name in res.output
    res = run(SAMPLE, "--format", "pdf", "-o", "x.pdf")
    assert res.exit_code == 2 and "pdf" in res.output


def test_uri_is_only_for_neo4j(tmp_path):
    res = run(SAMPLE, "-f", "turtle", "-o", tmp_path / "x.ttl", "--uri", "bolt://localhost:7687")
    assert res.exit_code == 2
    assert "--uri" in res.output and "neo4j" in res.output
    assert "Traceback" not in res.output
    assert not (tmp_path / "x.ttl").exists()


def test_neo4j_options_are_passed_through(tmp_path, monkeypatch):
    seen = {}

    def fake(graph, path, fmt, **options):
        seen.update(fmt=fmt, path=path, triples=len(graph), **options)

    monkeypatch.setattr(kg.export, "export", fake)
    res = run(SAMPLE, "-f", "neo4j", "--uri", "bolt://127.0.0.1:7687", "--user", "neo4j", "--password", "pw")
    assert res.exit_code == 0, res.output
    assert seen == {"fmt": "neo4j", "path": None, "triples": 109, "uri": "bolt://127.0.0.1:7687",
                    "user": "neo4j", "password": "pw"}


def test_output_required_and_bad_input(tmp_path):
    res = run(SAMPLE, "-f", "turtle")
    assert res.exit_code == 2 and "-o" in res.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    res = run(bad, "-f", "turtle", "-o", tmp_path / "x.ttl")
    assert res.exit_code == 2 and str(bad) in res.output and "Traceback" not in res.output
