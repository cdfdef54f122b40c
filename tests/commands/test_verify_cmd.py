"""`kg verify` through click's CliRunner: a complete store, an incomplete one, no store."""
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def run(*args):
    return CliRunner().invoke(cli, ["verify", *map(str, args)])


def test_complete_store_exits_0(tmp_path):
    from kg.api import build
    build([SEEDS], store=tmp_path / "store")
    res = run(tmp_path / "store")
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[1] == "articles complete: 1 of 1 planned by the last build"
    assert lines[2] == "named graphs: 1 article graphs"
    assert lines[3].startswith("triples: ") and "in their union (default graph)" in lines[3]
    assert lines[-1] == "complete"


def test_graph_without_completion_record_exits_1(tmp_path):
    import rdflib
    from kg.api import build
    from kg.store import add_graph
    build([SEEDS], store=tmp_path / "store")
    g = rdflib.Graph()
    g.add((rdflib.URIRef("http://e/s"), rdflib.URIRef("http://e/p"), rdflib.Literal("نص")))
    add_graph(tmp_path / "store", "https://w3id.org/arabic-kg/resource/graph/stray", g)
    res = run(tmp_path / "store")
    assert res.exit_code == 1
    assert "incomplete: 1 graph\n  https://w3id.org/arabic-kg/resource/graph/stray (no completion record)" \
        in res.output
    assert res.output.splitlines()[-1].startswith("INCOMPLETE: an interrupted build")


def test_not_a_store_is_one_line_exit_2(tmp_path):
    res = run(tmp_path / "nothing")
    assert res.exit_code == 2
    assert res.output.startswith("Error: ") and "does not exist" in res.output
    assert "Traceback" not in res.output


def test_listed_in_help():
    res = CliRunner().invoke(cli, ["--help"])
    assert "verify" in res.output
    res = run("--help")
    assert "kg verify out/store" in res.output
