"""kg/export/neo4j.py, checked against the documented import rules (no live server here).

* CSV headers: the `neo4j-admin database import` header grammar
  (<name>:<field_type>, ID/START_ID/END_ID with an optional (ID space),
  :LABEL, :TYPE, property types with [] for arrays, ';' array delimiter);
  quotes doubled inside quoted fields, no line breaks inside fields.
* load.cypher: only constraint and LOAD CSV statements, each ending with ';',
  naming files that exist and columns those files have.
* the driver path: neo4j.GraphDatabase.driver replaced by a fake capturing
  every (query, parameters) pair run through ManagedTransaction.run.
"""
import csv
import re
from pathlib import Path

import neo4j
import pytest
from neo4j.exceptions import AuthError, ServiceUnavailable
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.errors import KgError
from kg.export import neo4j as n4
from kg.ns import KG

SAMPLE = Path(__file__).parents[1] / "data" / "sample.ttl"
RES = Namespace("https://w3id.org/arabic-kg/resource/")

PROPERTY_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
                  "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
HEADER_FIELD = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<kind>[A-Za-z_]+)(?P<array>\[\])?"
    r"(?:\((?P<space>[A-Za-z0-9_-]+)\))?$")
ONTOLOGY_CLASSES = {name for name in KG.__annotations__ if name[:1].isupper()}


def sample():
    g = Graph()
    g.parse(SAMPLE)
    return g


def awkward():
    """Arabic text with quotes, commas, semicolons and line breaks."""
    g = Graph()
    art = RES["article/q"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.articleId, Literal("q")))
    p, o = RES["person/q"], RES["organization/q"]
    g.add((p, RDF.type, KG.Person))
    g.add((p, RDFS.label, Literal('أبو "محمد"، الجاسم', lang="ar")))
    g.add((p, SKOS.altLabel, Literal("الجاسم", lang="ar")))
    g.add((p, SKOS.altLabel, Literal("أبو محمد; الثاني", lang="ar")))
    g.add((p, KG.mentionedIn, art))
    g.add((o, RDF.type, KG.ArmedGroup))
    g.add((o, RDF.type, KG.Organization))
    g.add((p, KG.memberOf, o))
    ev_node = RES["evidence/q/0-40"]
    g.add((ev_node, RDF.type, KG.Evidence))
    g.add((ev_node, KG.inArticle, art))
    g.add((ev_node, KG.startOffset, Literal(0)))
    g.add((ev_node, KG.endOffset, Literal(40)))
    g.add((ev_node, KG.sentenceText, Literal('قال "المتحدث"، إن الجاسم,\nعضو; في التنظيم', lang="ar")))
    st = RES["statement/q/1"]
    g.add((st, RDF.type, KG.RelationStatement))
    g.add((st, KG.statementSubject, p))
    g.add((st, KG.statementProperty, KG.memberOf))
    g.add((st, KG.statementObject, o))
    g.add((st, KG.confidence, Literal("0.65", datatype=XSD.decimal)))
    g.add((st, KG.evidence, ev_node))
    g.add((st, KG.inArticle, art))
    return g


def write(tmp_path, graph=None):
    folder = tmp_path / "neo4j"
    n4.write_neo4j(sample() if graph is None else graph, folder)
    return folder


def read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def parse_header(header):
    fields = []
    for field in header:
        m = HEADER_FIELD.match(field)
        assert m, f"header field {field!r} does not follow <name>:<field_type>"
        fields.append(m.groupdict())
    return fields


# ------------------------------------------------------------------ headers

def test_every_header_field_follows_the_import_grammar(tmp_path):
    folder = write(tmp_path)
    files = sorted((folder / "import").glob("*.csv"))
    assert len(files) == 10
    for path in files:
        header, _ = read(path)
        fields = parse_header(header)
        kinds = [f["kind"] for f in fields]
        for f in fields:
            if f["kind"] in ("LABEL", "TYPE", "START_ID", "END_ID"):
                assert f["name"] is None and f["array"] is None
            elif f["kind"] == "ID":
                assert f["name"] == "iri" and f["space"]
            else:
                assert f["name"], f"property without a name in {path.name}"
                assert f["kind"] in PROPERTY_TYPES and f["space"] is None
        if "ID" in kinds:       # a node file
            assert kinds.count("ID") == 1 and kinds.count("LABEL") == 1
            assert not {"START_ID", "END_ID", "TYPE"} & set(kinds)
        else:                   # a relationship file
            assert [kinds.count(k) for k in ("START_ID", "END_ID", "TYPE")] == [1, 1, 1]
            assert all(f["space"] for f in fields if f["kind"] in ("START_ID", "END_ID"))


def test_typed_properties(tmp_path):
    folder = write(tmp_path)
    header, _ = read(folder / "import" / "relations.csv")
    assert {"confidence:float", "startOffset:int", "endOffset:int", "sentence:string",
            "articleId:string", "evidence:string[]"} <= set(header)
    header, _ = read(folder / "import" / "entities.csv")
    assert header[:2] == ["iri:ID(Entity)", ":LABEL"]
    assert {"name_ar:string", "name_en:string", "aliases:string[]"} <= set(header)
    header, _ = read(folder / "import" / "events.csv")
    assert "date:string" in header       # mixed precision: 2026-01-16, 2025-12, 2016


def _ids(folder):
    ids = {}
    for path in (folder / "import").glob("*.csv"):
        header, rows = read(path)
        fields = parse_header(header)
        for i, f in enumerate(fields):
            if f["kind"] == "ID":
                ids.setdefault(f["space"], set()).update(row[i] for row in rows)
    return ids


def test_relationship_ends_refer_to_existing_ids(tmp_path):
    folder = write(tmp_path)
    ids = _ids(folder)
    assert set(ids) == {"Entity", "Event", "Article", "Evidence"}
    checked = 0
    for path in (folder / "import").glob("*.csv"):
        header, rows = read(path)
        fields = parse_header(header)
        for i, f in enumerate(fields):
            if f["kind"] in ("START_ID", "END_ID"):
                for row in rows:
                    assert row[i] in ids[f["space"]], (path.name, row[i])
                    checked += 1
    assert checked == 2 * (3 + 5 + 2 + 7 + 2 + 2)


def test_labels_and_types_come_from_the_ontology(tmp_path):
    folder = write(tmp_path)
    header, rows = read(folder / "import" / "entities.csv")
    col = header.index(":LABEL")
    labels = {row[0].rsplit("/", 1)[-1]: row[col].split(";") for row in rows}
    assert labels["isis"] == ["Entity", "ArmedGroup", "Organization"]
    for row_labels in labels.values():
        assert set(row_labels) - {"Entity"} <= ONTOLOGY_CLASSES
    header, rows = read(folder / "import" / "relations.csv")
    col = header.index(":TYPE")
    assert sorted(row[col] for row in rows) == ["LEADER_OF", "LOCATED_IN", "MEMBER_OF"]
    header, rows = read(folder / "import" / "roles.csv")
    assert sorted({row[header.index(":TYPE")] for row in rows}) == ["AGENT", "PLACE", "TARGET"]


def test_values_arrays_and_numbers(tmp_path):
    folder = write(tmp_path)
    header, rows = read(folder / "import" / "entities.csv")
    isis = dict(zip(header, next(r for r in rows if r[0].endswith("/isis"))))
    assert isis["name_ar:string"] == "تنظيم الدولة" and isis["name_en:string"] == "Islamic State"
    assert sorted(isis["aliases:string[]"].split(";")) == ["التنظيم", "داعش"]
    assert isis["wikidata:string"] == "Q2429253"
    header, rows = read(folder / "import" / "relations.csv")
    member = dict(zip(header, next(r for r in rows if r[2] == "MEMBER_OF")))
    assert float(member["confidence:float"]) == 0.8
    assert int(member["startOffset:int"]) == 0 and int(member["endOffset:int"]) == 95
    assert member["articleId:string"] == "sample"
    assert member["sentence:string"].startswith("قتلت القوات الأمريكية")


def test_quotes_commas_semicolons_and_newlines_survive(tmp_path):
    folder = write(tmp_path, awkward())
    path = folder / "import" / "relations.csv"
    header, rows = read(path)
    assert len(rows) == 1
    rel = dict(zip(header, rows[0]))
    assert rel["sentence:string"] == 'قال "المتحدث"، إن الجاسم, عضو; في التنظيم'   # \n -> space
    assert float(rel["confidence:float"]) == 0.65
    raw = path.read_text(encoding="utf-8")
    assert raw.count("\n") == 2                          # header + one record, no embedded newline
    assert '"قال ""المتحدث""، إن الجاسم, عضو; في التنظيم"' in raw   # quoted, quotes doubled
    header, rows = read(folder / "import" / "entities.csv")
    person = dict(zip(header, next(r for r in rows if r[0].endswith("person/q"))))
    assert person["name_ar:string"] == 'أبو "محمد"، الجاسم'
    assert sorted(person["aliases:string[]"].split(";")) == ["أبو محمد؛ الثاني", "الجاسم"]


def raw_cells(line):
    """The fields of one CSV line as written (quotes kept)."""
    cells, cell, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            cells.append(cell)
            cell = ""
        else:
            cell += ch
    return cells + [cell]


def test_every_string_field_is_quoted(tmp_path):
    folder = write(tmp_path)
    for path in (folder / "import").glob("*.csv"):
        lines = path.read_text(encoding="utf-8").splitlines()
        fields = parse_header(lines[0].split(","))
        for line in lines[1:]:
            (values,) = csv.reader([line])
            raw = raw_cells(line)
            assert len(raw) == len(values) == len(fields)
            for f, value, cell in zip(fields, values, raw):
                if value and f["kind"] not in ("int", "float"):
                    assert cell.startswith('"') and cell.endswith('"'), (path.name, cell)
                if f["kind"] in ("int", "float") and value:
                    assert not cell.startswith('"')


def test_plain_header_files_for_load_csv(tmp_path):
    folder = write(tmp_path)
    for path in (folder / "import").glob("*.csv"):
        typed_header, typed_rows = read(path)
        plain_header, plain_rows = read(folder / "load" / path.name)
        assert plain_rows == typed_rows
        assert all(re.fullmatch(r"[A-Za-z_]+", h) for h in plain_header)
        assert len(plain_header) == len(typed_header)


def test_files_are_deterministic(tmp_path):
    a, b = write(tmp_path / "a"), write(tmp_path / "b")
    names = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes()


# ------------------------------------------------------------------ scripts

def statements(text):
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    assert body.strip().endswith(";")
    return [s.strip() for s in body.split(";\n") if s.strip()]


def test_load_cypher_has_only_allowed_statements(tmp_path):
    folder = write(tmp_path)
    stmts = statements((folder / "load.cypher").read_text(encoding="utf-8"))
    constraint = re.compile(r"^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) "
                            r"REQUIRE n\.iri IS UNIQUE$")
    load = re.compile(r"^LOAD CSV WITH HEADERS FROM 'file:///([\w.]+)' AS row\n")
    kinds = {"constraint": 0, "load": 0}
    for stmt in stmts:
        stmt = stmt.rstrip(";")
        m = constraint.match(stmt)
        if m:
            assert m.group(1) in {"Entity", "Event", "Article", "Evidence"}
            kinds["constraint"] += 1
            continue
        m = load.match(stmt)
        assert m, f"unexpected statement: {stmt[:80]}"
        kinds["load"] += 1
        path = folder / "load" / m.group(1)
        assert path.exists()
        header, _ = read(path)
        assert set(re.findall(r"\brow\.(\w+)", stmt)) <= set(header)
        assert "MERGE" in stmt or "SET n:" in stmt
        for label in re.findall(r"\(\w+:(\w+)", stmt) + re.findall(r"SET n:(\w+)", stmt):
            assert label in ONTOLOGY_CLASSES | {"Entity"}
        for typ in re.findall(r"\[r:(\w+)\]", stmt):
            assert typ in n4.REL_TYPES
        for a, b in ("()", "[]", "{}"):
            assert stmt.count(a) == stmt.count(b)
    assert kinds["constraint"] == 4 and kinds["load"] >= 10
    assert stmts[0].startswith("CREATE CONSTRAINT")


def test_every_load_file_is_loaded(tmp_path):
    folder = write(tmp_path)
    text = (folder / "load.cypher").read_text(encoding="utf-8")
    named = set(re.findall(r"file:///([\w.]+)", text))
    assert named == {p.name for p in (folder / "load").glob("*.csv")}


def test_import_script_names_every_file_in_order(tmp_path):
    folder = write(tmp_path)
    script = (folder / "import.sh").read_text(encoding="utf-8")
    assert script.startswith("#!/bin/sh\n")
    assert re.search(r'neo4j-admin" database import full "\$DB" \\\n', script)
    assert "--array-delimiter=';'" in script and "--delimiter=','" in script
    nodes = re.findall(r'--nodes="\$HERE/import/([\w.]+)"', script)
    rels = re.findall(r'--relationships="\$HERE/import/([\w.]+)"', script)
    assert set(nodes) | set(rels) == {p.name for p in (folder / "import").glob("*.csv")}
    for name in nodes:
        assert "ID" in [f["kind"] for f in parse_header(read(folder / "import" / name)[0])]
    for name in rels:
        assert "START_ID" in [f["kind"] for f in parse_header(read(folder / "import" / name)[0])]
    assert script.rstrip().endswith('.csv"')    # no dangling line continuation


# ------------------------------------------------------------------ driver

class FakeTx:
    def __init__(self, log):
        self.log = log

    def run(self, query, parameters=None, **kwargs):
        self.log.append((query, parameters))

        class Result:
            def consume(self):
                return None
        return Result()


class FakeSession:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute_write(self, fn, *args, **kwargs):
        return fn(FakeTx(self.log), *args, **kwargs)


class FakeDriver:
    def __init__(self, fail=None):
        self.log, self.fail, self.closed = [], fail, False

    def verify_connectivity(self):
        if self.fail:
            raise self.fail

    def session(self, **kwargs):
        return FakeSession(self.log)

    def close(self):
        self.closed = True


@pytest.fixture
def fake(monkeypatch):
    driver = FakeDriver()
    calls = []

    def make(uri, auth=None, **config):
        calls.append((uri, auth))
        return driver
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", make)
    driver.calls = calls
    return driver


def many_people(n):
    g = Graph()
    for i in range(n):
        g.add((RES[f"person/p{i:05d}"], RDF.type, KG.Person))
        g.add((RES[f"person/p{i:05d}"], RDFS.label, Literal(f"شخص {i}", lang="ar")))
    return g


def test_driver_batches_rows(fake):
    n4.write_neo4j(many_people(2500), None, uri="bolt://localhost:7687", user="neo4j",
                   password="secret", batch_size=1000)
    assert fake.calls == [("bolt://localhost:7687", ("neo4j", "secret"))]
    person_batches = [len(params["rows"]) for query, params in fake.log
                      if params and "MERGE (n:Entity" in query]
    assert person_batches == [1000, 1000, 500]
    assert fake.closed


def test_driver_queries_are_parameterised_and_of_allowed_kinds(fake):
    n4.load_into_neo4j(awkward(), "bolt://localhost:7687", password="pw")
    assert len(fake.log) > 4
    allowed = re.compile(
        r"^(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.iri IS UNIQUE"
        r"|UNWIND \$rows AS row\n(MERGE|MATCH) .*)$", re.S)
    sent_values = set()
    for query, params in fake.log:
        assert allowed.match(query), query
        assert "'" not in query and '"' not in query          # no literal values in Cypher
        assert "الجاسم" not in query and "https://" not in query
        for label in re.findall(r":(\w+)", query):
            assert label in n4.NODE_LABELS | n4.REL_TYPES or label == "Entity"
        if params is not None:
            assert set(params) == {"rows"}
            for row in params["rows"]:
                sent_values.update(str(v) for v in row.get("props", {}).values())
                assert None not in row.get("props", {}).values()
    assert 'أبو "محمد"، الجاسم' in sent_values
    assert any("MERGE (a)-[r:MEMBER_OF]->(b)" in q for q, _ in fake.log)
    member = next(p["rows"][0] for q, p in fake.log if "MEMBER_OF" in q)
    assert member["props"]["confidence"] == 0.65
    assert member["props"]["startOffset"] == 0 and member["props"]["endOffset"] == 40


@pytest.mark.parametrize("error", [ServiceUnavailable("Couldn't connect to localhost:7687"),
                                   AuthError("The client is unauthorized")])
def test_connection_failure_is_a_one_line_kg_error(monkeypatch, error):
    monkeypatch.setattr(neo4j.GraphDatabase, "driver",
                        lambda uri, auth=None, **config: FakeDriver(fail=error))
    with pytest.raises(KgError) as info:
        n4.write_neo4j(sample(), None, uri="bolt://localhost:7687", password="x")
    assert "\n" not in str(info.value) and "bolt://localhost:7687" in str(info.value)


def test_refused_connection_with_the_real_driver():
    with pytest.raises(KgError, match=r"cannot connect to Neo4j at bolt://127\.0\.0\.1:9"):
        n4.load_into_neo4j(sample(), "bolt://127.0.0.1:9", user="neo4j", password="x")


def test_unknown_label_is_refused():
    with pytest.raises(KgError, match="label"):
        n4._check_label("Person) DETACH DELETE (n")
    with pytest.raises(KgError, match="relationship type"):
        n4._check_type("KNOWS]->() DELETE r //")
