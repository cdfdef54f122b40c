"""`kg query` through click's CliRunner."""
import csv
import io
import json

import pytest

from click.testing import CliRunner

from kg.cli import cli

SAMPLE = "tests/data/sample.ttl"
ORGS = "SELECT ?o ?l WHERE { ?o a kgo:ArmedGroup ; rdfs:label ?l FILTER(lang(?l) = 'ar') }"


def run(*args):
    return CliRunner().invoke(cli, ["query", *map(str, args)])


def test_table_default():
    res = run(SAMPLE, ORGS)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split("|")[0].strip() == "o"
    assert "res:organization/isis" in lines[2] and "تنظيم الدولة" in lines[2]
    assert lines[-1] == "(1 row)"


def test_formats():
    res = run(SAMPLE, ORGS, "--format", "csv")
    assert list(csv.reader(io.StringIO(res.output)))[1] == [
        "https://w3id.org/arabic-kg/resource/organization/isis", "تنظيم الدولة"]
    res = run(SAMPLE, ORGS, "-f", "json")
    assert json.loads(res.output)["results"]["bindings"][0]["l"]["xml:lang"] == "ar"
    res = run(SAMPLE, ORGS, "-f", "tsv")
    assert res.output.splitlines()[0] == "?o\t?l"


def test_rq_file(tmp_path):
    rq = tmp_path / "persons.rq"
    rq.write_text("# persons\nSELECT (COUNT(?p) AS ?n) WHERE { ?p a kgo:Person }\n", encoding="utf-8")
    res = run(SAMPLE, rq, "-f", "csv")
    assert res.exit_code == 0 and res.output.split() == ["n", "2"]


def test_construct_prints_turtle():
    res = run(SAMPLE, "CONSTRUCT WHERE { ?s owl:sameAs ?o }")
    assert res.exit_code == 0
    assert "owl:sameAs wd:Q858" in res.output


def test_errors_are_one_line():
    res = run(SAMPLE, "SELECT ?x WHERE { ?x }")
    assert res.exit_code == 2
    assert res.output.startswith("Error: bad SPARQL query: error at 1:")
    assert "Traceback" not in res.output
    res = run(SAMPLE, "missing.rq")
    assert res.exit_code == 2 and "missing.rq" in res.output
    res = run("no-such-file.ttl", ORGS)
    assert res.exit_code == 2


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_every_format_ends_with_one_newline(fmt):
    from click.testing import CliRunner
    from kg.cli import cli
    r = CliRunner().invoke(cli, ["query", "tests/data/sample.ttl",
                                 "SELECT ?p WHERE { ?p a kgo:Person }", "-f", fmt])
    assert r.exit_code == 0, r.output
    assert r.output.endswith("\n") and not r.output.endswith("\n\n")
