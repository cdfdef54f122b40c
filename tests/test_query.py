"""kg/query.py: SPARQL on graph files and stores, result formats, errors."""
import csv
import io
import json

import pytest
import rdflib
from rdflib import RDFS, Literal, URIRef

from kg.errors import InputError, KgError
from kg.query import QueryError, _width, is_update, read_query, run_query, with_prefixes
from kg.store import add_graph

SAMPLE = "tests/data/sample.ttl"
RES = "https://w3id.org/arabic-kg/resource/"
PERSONS = "SELECT ?p ?name WHERE { ?p a kgo:Person ; rdfs:label ?name FILTER(lang(?name) = 'ar') } ORDER BY ?name"


def test_table_is_aligned_with_arabic_and_counts_rows():
    out = run_query(SAMPLE, PERSONS)
    lines = out.splitlines()
    assert lines[0].split(" | ")[0].rstrip() == "p"
    assert lines[-1] == "(2 rows)"
    rows = lines[2:-1]
    assert [r.split(" | ")[1] for r in rows] == ["براد كوبر", "سامر العلي"]
    assert [r.split(" | ")[0].rstrip() for r in rows] == ["res:person/brad-cooper", "res:person/samer-al-ali"]
    # the separator sits in the same column on every line
    cols = {_width(line[:line.index("|")]) for line in [lines[0]] + rows}
    assert len(cols) == 1
    assert set(lines[1]) <= {"-", "+"}


def test_width_ignores_harakat():
    assert _width("قَتَلَ") == 3
    assert _width("abc") == 3


def test_csv_tsv_json():
    rows = list(csv.reader(io.StringIO(run_query(SAMPLE, PERSONS, "csv"))))
    assert rows == [["p", "name"], [RES + "person/brad-cooper", "براد كوبر"],
                    [RES + "person/samer-al-ali", "سامر العلي"]]
    tsv = run_query(SAMPLE, PERSONS, "tsv").splitlines()
    assert tsv[0] == "?p\t?name"
    assert tsv[1] == f'<{RES}person/brad-cooper>\t"براد كوبر"@ar'
    data = json.loads(run_query(SAMPLE, PERSONS, "json"))
    assert data["head"]["vars"] == ["p", "name"]
    assert data["results"]["bindings"][1]["name"] == {"type": "literal", "value": "سامر العلي", "xml:lang": "ar"}


def test_ask():
    assert run_query(SAMPLE, "ASK { res:person\\/brad-cooper kgo:leaderOf ?o }") == "true\n"
    assert run_query(SAMPLE, "ASK { ?s kgo:leaderOf res:organization\\/isis }") == "false\n"
    assert json.loads(run_query(SAMPLE, "ASK { ?s ?p ?o }", "json"))["boolean"] is True


def test_construct_gives_turtle():
    out = run_query(SAMPLE, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kgo:Person ; rdfs:label ?l }")
    assert "@prefix rdfs:" in out
    g = rdflib.Graph().parse(data=out, format="turtle")
    brad = URIRef(RES + "person/brad-cooper")
    assert set(g) == {(brad, RDFS.label, Literal("براد كوبر", lang="ar")),
                      (brad, RDFS.label, Literal("Brad Cooper", lang="en")),
                      (URIRef(RES + "person/samer-al-ali"), RDFS.label, Literal("سامر العلي", lang="ar")),
                      (URIRef(RES + "person/samer-al-ali"), RDFS.label, Literal("Samer al-Ali", lang="en"))}
    # same query, same bytes
    assert out == run_query(SAMPLE, "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kgo:Person ; rdfs:label ?l }")


def test_describe():
    g = rdflib.Graph().parse(data=run_query(SAMPLE, f"DESCRIBE <{RES}place/syria>"), format="turtle")
    assert (URIRef(RES + "place/syria"), rdflib.OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q858")) in g


def test_query_file_and_own_prefix_wins(tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kgo: <http://example.org/other#>\nSELECT ?s WHERE { ?s a kgo:Person }", encoding="utf-8")
    assert run_query(SAMPLE, str(rq)).splitlines()[-1] == "(0 rows)"
    assert read_query(str(rq)).startswith("PREFIX kgo:")
    with pytest.raises(InputError, match="no such query file"):
        run_query(SAMPLE, str(tmp_path / "missing.rq"))


def test_with_prefixes_adds_only_missing():
    q = "PREFIX kgo: <x:>\nSELECT * WHERE { ?s ?p ?o }"
    out = with_prefixes(q)
    assert out.count("PREFIX kgo:") == 1 and "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in out
    assert out.endswith(q)


def test_bad_sparql_is_one_line_error_with_position():
    with pytest.raises(QueryError) as err:
        run_query(SAMPLE, "SELECT ?s WHERE {\n  ?s ?p \n}")
    msg = str(err.value)
    assert msg.startswith("bad SPARQL query: error at 3:")
    assert "\n" not in msg and len(msg) < 400


def test_update_refused():
    assert is_update("PREFIX a: <x:>\n# comment\nINSERT DATA { <x:a> <x:b> <x:c> }")
    assert not is_update("SELECT * WHERE { ?s ?p 'DELETE' }")
    with pytest.raises(QueryError, match="Update"):
        run_query(SAMPLE, "DELETE WHERE { ?s ?p ?o }")


def test_unknown_format_and_source(tmp_path):
    with pytest.raises(KgError, match="table"):
        run_query(SAMPLE, PERSONS, "xml")
    with pytest.raises(InputError):
        run_query(tmp_path / "none.ttl", PERSONS)


def test_store_queries_see_every_named_graph(tmp_path):
    for slug, name in (("a", "أحمد"), ("b", "باسل")):
        g = rdflib.Graph()
        g.add((URIRef(RES + f"person/{slug}"), RDFS.label, Literal(name, lang="ar")))
        add_graph(tmp_path / "st", RES + f"graph/{slug}", g)
    out = run_query(tmp_path / "st", "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l", "csv")
    assert out.split() == ["l", "أحمد", "باسل"]
    out = run_query(tmp_path / "st", "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "csv")
    assert out.split() == ["g", RES + "graph/a", RES + "graph/b"]


def test_nquads_file_union_is_a_set(tmp_path):
    nq = tmp_path / "two.nq"
    nq.write_text('<http://e/isis> <http://www.w3.org/2000/01/rdf-schema#label> "داعش"@ar <http://e/g1> .\n'
                  '<http://e/isis> <http://www.w3.org/2000/01/rdf-schema#label> "داعش"@ar <http://e/g2> .\n',
                  encoding="utf-8")
    assert run_query(nq, "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }", "csv").split() == ["n", "1"]
    assert run_query(nq, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?l } }", "csv").split() == ["n", "2"]


def test_over_deep_query_is_refused_before_parsing():
    from kg.query import QueryError, check_query
    with pytest.raises(QueryError, match="nested deeper"):
        check_query("SELECT * WHERE " + "{" * 5000 + "}" * 5000)
    # brackets inside strings, IRIs and comments do not count
    check_query('SELECT * WHERE { ?s ?p "' + "{" * 500 + '" } # ' + "(" * 500)


def test_service_found_only_as_a_keyword():
    from kg.query import QueryError, check_query
    with pytest.raises(QueryError, match="SERVICE"):
        check_query("SELECT * WHERE { service <http://x/> { ?s ?p ?o } }", allow_service=False)
    for fine in ['SELECT ?service WHERE { ?s ex:SERVICE ?service }',
                 'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }',
                 'SELECT * WHERE { ?s <http://e/SERVICE> ?o } # SERVICE']:
        check_query(fine, allow_service=False)
