"""The Neo4j export loaded into a real Cypher engine: LadybugDB (embedded, a fork of Kuzu).

Two graphs: the seed article's build, and a 500-article build (the 155 texts of
eval/train*, dev, heldout..heldout5 plus 345 short generated articles, through
kg.api.build). Each is exported with write_neo4j and loaded into a LadybugDB database
in a temporary folder: the seed by running ladybug/schema.cypher and ladybug/copy.cypher
verbatim from the export folder, the large one through load_into_ladybug. Checked:

* counts: entities per label, relations per type, event roles, events per class,
  evidence, articles and the provenance links equal SPARQL counts of the RDF graph;
* values: every node and relationship, with every property, read back from the database
  equals the exporter's own rows (quotes, commas, ';' in aliases, backslashes, line breaks);
* the LadybugDB forms of the queries of docs/neo4j.md run, and their rows equal the same
  question asked of the RDF graph in SPARQL.
"""
import os
import re
from collections import Counter
from pathlib import Path

import ladybug
import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import KgError
from kg.export import neo4j as n4
from kg.ns import KG

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "docs" / "neo4j.md"
RES = Namespace("https://w3id.org/arabic-kg/resource/")
PREFIXES = ("PREFIX kgo: <https://w3id.org/arabic-kg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
ENTITY_CLASSES = ("Person", "Organization", "Place", "ArmedGroup", "ArmedForce", "GovernmentBody",
                  "Coalition", "MediaOrganization", "PoliticalOrganization", "Country", "City",
                  "Region")
EVENT_CLASSES = ("Attack", "Strike", "Killing", "Arrest", "MilitaryOperation", "Meeting", "Visit")
RELATIONS = {"memberOf": "MEMBER_OF", "leaderOf": "LEADER_OF", "spokespersonOf": "SPOKESPERSON_OF",
             "positionIn": "POSITION_IN", "affiliatedWith": "AFFILIATED_WITH",
             "locatedIn": "LOCATED_IN", "partOf": "PART_OF"}
SEED_ARTICLE = "000_ee0fa6b5f76be4e0"
SYRIA = str(RES["place/syria"])


# ------------------------------------------------------------------ helpers

def rows(conn, query, params=None):
    result = conn.execute(query, params or {})
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def sparql(graph, query, **bindings):
    return list(graph.query(PREFIXES + query, initBindings=bindings or None))


def sparql_count(graph, query, of="*"):
    """Distinct solutions of ``query`` (of every variable, or of the ones named in ``of``)."""
    (row,) = sparql(graph, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT {of} WHERE {{ {query} }} }}")
    return int(row[0])


def run_files_from_folder(folder, database):
    """What docs/neo4j.md tells a user to do: the two scripts, verbatim, from the folder."""
    here = os.getcwd()
    os.chdir(folder)
    try:
        conn = ladybug.Connection(ladybug.Database(str(database)))
        for name in ("schema.cypher", "copy.cypher"):
            conn.execute((Path("ladybug") / name).read_text(encoding="utf-8"))
    finally:
        os.chdir(here)
    return conn


class Loaded:
    def __init__(self, name, graph, folder, conn, article):
        self.name, self.graph, self.folder, self.conn = name, graph, folder, conn
        self.article = article
        self.tables = {t.name: t for t in n4.tables(graph)}

    def names(self):
        return dict(rows(self.conn, "MATCH (n:Entity) RETURN n.iri, n.name_en"))


@pytest.fixture(scope="module")
def seed_loaded(seed_graph, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ladybug-seed")
    n4.write_neo4j(seed_graph, tmp / "neo4j")
    conn = run_files_from_folder(tmp / "neo4j", tmp / "seed.lbug")
    return Loaded("seed", seed_graph, tmp / "neo4j", conn, SEED_ARTICLE)


@pytest.fixture(scope="module")
def big_loaded(big_graph, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ladybug-big")
    n4.write_neo4j(big_graph, tmp / "neo4j")
    conn = n4.load_into_ladybug(tmp / "neo4j", tmp / "big.lbug")
    return Loaded("big", big_graph, tmp / "neo4j", conn, "t1-iq-ramadi")


@pytest.fixture(params=["seed", "big"])
def loaded(request):
    return request.getfixturevalue(f"{request.param}_loaded")


# ------------------------------------------------------------------ counts

def test_counts_equal_those_of_the_rdf_graph(loaded):
    g, conn = loaded.graph, loaded.conn
    classes = " ".join(f"kgo:{c}" for c in ENTITY_CLASSES)
    assert rows(conn, "MATCH (n:Entity) RETURN count(n)")[0][0] == sparql_count(
        g, f"?s a ?c VALUES ?c {{ {classes} }}", of="?s")
    for cls in ENTITY_CLASSES:
        assert rows(conn, "MATCH (n:Entity) WHERE $c IN n.labels RETURN count(n)", {"c": cls})[0][0] \
            == sparql_count(g, f"?s a kgo:{cls}"), cls
    for prop, typ in RELATIONS.items():
        assert rows(conn, f"MATCH (:Entity)-[r:{typ}]->(:Entity) RETURN count(r)")[0][0] \
            == sparql_count(g, f"?s kgo:{prop} ?o FILTER isIRI(?o)"), typ
    for role in ("agent", "target", "place"):
        assert rows(conn, f"MATCH (:Event)-[r:{role.upper()}]->(:Entity) RETURN count(r)")[0][0] \
            == sparql_count(g, f"?e a kgo:Event ; kgo:{role} ?x FILTER isIRI(?x)"), role
    assert rows(conn, "MATCH (e:Event) RETURN count(e)")[0][0] == sparql_count(g, "?e a kgo:Event")
    for cls in EVENT_CLASSES:
        assert rows(conn, "MATCH (e:Event) WHERE $c IN e.labels RETURN count(e)", {"c": cls})[0][0] \
            == sparql_count(g, f"?e a kgo:{cls}"), cls
    assert rows(conn, "MATCH (x:Evidence) RETURN count(x)")[0][0] == sparql_count(g, "?x a kgo:Evidence")
    assert rows(conn, "MATCH (a:Article) RETURN count(a)")[0][0] == sparql_count(g, "?a a kgo:Article")
    assert rows(conn, "MATCH (:Event)-[r:EVIDENCED_BY]->(:Evidence) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e a kgo:Event ; kgo:evidence ?x . ?x a kgo:Evidence")
    assert rows(conn, "MATCH (:Entity)-[r:MENTIONED_IN]->(:Article) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e kgo:mentionedIn ?a . ?a a kgo:Article")
    assert rows(conn, "MATCH (:Event)-[r:IN_ARTICLE]->(:Article) RETURN count(r)")[0][0] == \
        sparql_count(g, "?e a kgo:Event ; kgo:inArticle ?a . ?a a kgo:Article")
    # not an empty graph: the figures mean something
    assert sparql_count(g, "?s a kgo:Person") > 0 and sparql_count(g, "?e a kgo:Killing") > 0
    if loaded.name == "big":
        assert sparql_count(g, "?a a kgo:Article") == 500
        assert sparql_count(g, "?s ?p ?o VALUES ?p { kgo:memberOf kgo:leaderOf kgo:locatedIn }") > 300


# ------------------------------------------------------------------ values

def expected(value, kind):
    """A row value as the CSV carries it (kg.export.neo4j._cell), then as LadybugDB types it."""
    if value is None or value == "" or value == []:
        return None
    if kind == "string[]":
        return [n4._clean(v).replace(";", "\u061b") for v in value]
    if kind == "LABEL":
        return list(value)
    if kind in ("int", "long"):
        return int(value)
    if kind in ("float", "double"):
        return float(value)
    return n4._clean(value)


def check_values(conn, tables):
    """Every node and relationship of the export, every property, read back from LadybugDB."""
    for t in tables.values():
        props = [(n, k) for n, k in t.columns if k not in ("ID", "START_ID", "END_ID", "TYPE")]
        if t.is_nodes:
            want = sorted([row["iri"]] + [expected(row.get(n), k) for n, k in props]
                          for row in t.rows)
            got = sorted(rows(conn, f"MATCH (n:{t.space}) RETURN n.iri, " + ", ".join(
                f"n.{'labels' if k == 'LABEL' else n}" for n, k in props)))
            assert got == want, t.name
            assert rows(conn, f"MATCH (n:{t.space}) RETURN count(n)")[0][0] == len(t.rows)
        else:
            for typ in sorted({row["type"] for row in t.rows}):
                want = sorted([row["start"], row["end"]] + [expected(row.get(n), k) for n, k in props]
                              for row in t.rows if row["type"] == typ)
                got = sorted(rows(conn, f"MATCH (a:{t.start})-[r:{typ}]->(b:{t.end}) RETURN a.iri, b.iri"
                                  + "".join(f", r.{n}" for n, _ in props)))
                assert got == want, (t.name, typ)


def test_every_value_survives(loaded):
    check_values(loaded.conn, loaded.tables)


def awkward_graph():
    g = Graph()
    art = RES["article/aw"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.articleId, Literal("aw")))
    g.add((art, KG.title, Literal('عنوان "مقتبس"، وفاصلة; وفاصلة منقوطة \\ وشرطة مائلة')))
    p, o = RES["person/aw"], RES["organization/aw"]
    g.add((p, RDF.type, KG.Person))
    g.add((p, RDFS.label, Literal('أبو "سالم"، العبيدي\\', lang="ar")))
    g.add((p, RDFS.label, Literal("Abu \"Salem\", al-Obeidi", lang="en")))
    g.add((p, SKOS.altLabel, Literal("العبيدي", lang="ar")))
    g.add((p, SKOS.altLabel, Literal("أبو سالم; الأول", lang="ar")))
    g.add((p, SKOS.altLabel, Literal("سطر\nثان", lang="ar")))
    g.add((p, KG.mentionedIn, art))
    g.add((o, RDF.type, KG.ArmedGroup))
    g.add((o, RDF.type, KG.Organization))
    g.add((o, RDFS.label, Literal("جماعة", lang="ar")))
    g.add((p, KG.memberOf, o))
    return g


def test_quotes_commas_semicolons_backslashes_and_line_breaks_survive(tmp_path):
    g = awkward_graph()
    n4.write_neo4j(g, tmp_path / "neo4j")
    conn = n4.load_into_ladybug(tmp_path / "neo4j", tmp_path / "aw.lbug")
    check_values(conn, {t.name: t for t in n4.tables(g)})
    [[name, aliases]] = rows(conn, "MATCH (n:Entity {iri: $p}) RETURN n.name_ar, n.aliases",
                             {"p": str(RES["person/aw"])})
    assert name == 'أبو "سالم"، العبيدي\\'
    assert aliases == ["أبو سالم\u061b الأول", "العبيدي", "سطر ثان"]
    assert rows(conn, "MATCH (a:Article) RETURN a.title")[0][0].endswith("\\ وشرطة مائلة")


def test_copying_twice_fails_on_the_primary_key(tmp_path):
    """COPY is not MERGE: docs/neo4j.md says to load into a new database."""
    n4.write_neo4j(awkward_graph(), tmp_path / "neo4j")
    conn = n4.load_into_ladybug(tmp_path / "neo4j", tmp_path / "db.lbug")
    copy = (tmp_path / "neo4j" / "ladybug" / "copy.cypher").read_text(encoding="utf-8")
    here = os.getcwd()
    os.chdir(tmp_path / "neo4j")
    try:
        with pytest.raises(RuntimeError, match="duplicated primary key"):
            conn.execute(copy)
    finally:
        os.chdir(here)
    del conn
    with pytest.raises(KgError, match="CREATE NODE TABLE Entity"):   # the tables exist
        n4.load_into_ladybug(tmp_path / "neo4j", tmp_path / "db.lbug")


def test_scripts_name_only_known_tables_and_load_files(seed_loaded):
    schema = (seed_loaded.folder / "ladybug" / "schema.cypher").read_text(encoding="utf-8")
    copy = (seed_loaded.folder / "ladybug" / "copy.cypher").read_text(encoding="utf-8")
    created = re.findall(r"^CREATE (?:NODE|REL) TABLE (\w+)\(", schema, re.M)
    assert set(created) == {"Entity", "Event", "Article", "Evidence"} | n4.REL_TYPES
    for stmt in n4.cypher_statements(copy):
        table, path = re.match(r"COPY (\w+) FROM \(\n  LOAD WITH HEADERS \(.*\)\n  FROM '([\w/.]+)'",
                               stmt).groups()
        assert table in created and (seed_loaded.folder / path).is_file()
    assert (seed_loaded.folder / "import" / "entities.csv").read_text(encoding="utf-8").startswith(
        "iri:ID(Entity),:LABEL,")


# ------------------------------------------------------------------ the queries of docs/neo4j.md

def doc_queries():
    """{name: (Neo4j text, LadybugDB text)} from the '### name: ...' sections of docs/neo4j.md."""
    text = DOCS.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^### ([a-z-]+): .*?\n(.*?)(?=^### |^## |\Z)", text, re.M | re.S):
        blocks = re.findall(r"```cypher\n(.*?)```", m.group(2), re.S)
        forms = {b.split("\n", 1)[0]: b.split("\n", 1)[1].strip() for b in blocks}
        out[m.group(1)] = (forms["// Neo4j"], forms["// LadybugDB"])
    return out


def check_labels_count(loaded, got):
    g = loaded.graph
    want = {c: sparql_count(g, f"?s a kgo:{c}") for c in ENTITY_CLASSES}
    want = {c: n for c, n in want.items() if n}
    want["Entity"] = sparql_count(g, "?s a ?c VALUES ?c { %s }" % " ".join(
        f"kgo:{c}" for c in ENTITY_CLASSES), of="?s")
    assert dict(got) == want
    assert [r[0] for r in got] == sorted(r[0] for r in got)


def check_killers(loaded, got):
    names = loaded.names()
    dates = {str(e): str(d) for e, d in sparql(
        loaded.graph, "SELECT ?e ?d WHERE { ?e a kgo:Killing ; kgo:date ?d }")}
    want = [(names[str(k)], names[str(v)], dates.get(str(e))) for k, v, e in sparql(
        loaded.graph, "SELECT ?k ?v ?e WHERE { ?e a kgo:Killing ; kgo:agent ?k ; kgo:target ?v "
                      "FILTER(isIRI(?k) && isIRI(?v)) }")]
    assert Counter(map(tuple, got)) == Counter(want)
    if loaded.name == "seed":
        assert {("United States Armed Forces", "Bilal Hasan al-Jasim", "2026-01-16"),
                ("Global Coalition to Defeat ISIS", "Abu Omar Saraqib", "2016"),
                ("Global Coalition to Defeat ISIS", "Bilal Hasan al-Jasim", "2025-12-13")} \
            <= set(map(tuple, got))
    else:
        assert sum(r[0] == "Islamic State (ISIS)" for r in got) >= 40   # the generated killings


def check_members(loaded, got):
    names = loaded.names()
    conf = {(r["start"], r["end"], r["type"]): r["confidence"] for r in loaded.tables["relations.csv"].rows}
    want = [(names[str(p)], RELATIONS[str(prop).rsplit("#", 1)[1]], names[str(o)],
             conf[(str(p), str(o), RELATIONS[str(prop).rsplit("#", 1)[1]])])
            for p, prop, o in sparql(loaded.graph, "SELECT ?p ?r ?o WHERE { ?p a kgo:Person . "
                                     "?o a kgo:Organization . ?p ?r ?o "
                                     "VALUES ?r { kgo:memberOf kgo:leaderOf } }")]
    assert Counter(map(tuple, got)) == Counter(want) and want
    assert [r[3] for r in got] == sorted((r[3] for r in got), reverse=True)


def check_leader_evidence(loaded, got):
    names = loaded.names()
    want = {(names[str(a)], names[str(b)], str(aid), int(s), int(e), " ".join(str(t).split()))
            for a, b, aid, s, e, t in sparql(loaded.graph, """SELECT DISTINCT ?a ?b ?aid ?s ?e ?t WHERE {
                ?a kgo:leaderOf ?b . ?st a kgo:RelationStatement ; kgo:statementSubject ?a ;
                kgo:statementProperty kgo:leaderOf ; kgo:statementObject ?b ; kgo:evidence ?x .
                ?x a kgo:Evidence ; kgo:sentenceText ?t ; kgo:startOffset ?s ; kgo:endOffset ?e ;
                kgo:inArticle ?art . ?art kgo:articleId ?aid }""")}
    assert {tuple(r[:5]) + (" ".join(r[5].split()),) for r in got} == want and want
    assert len(got) == len(want)
    if loaded.name == "seed":   # the offsets point into the article's text
        text = next(ROOT.glob("seeds/*.txt")).read_text(encoding="utf-8")
        for r in got:
            assert " ".join(text[r[3]:r[4]].split()) == " ".join(r[5].split())


def check_article_events(loaded, got):
    names = loaded.names()
    events = {str(e) for (e,) in sparql(
        loaded.graph, "SELECT ?e WHERE { ?e a kgo:Event ; kgo:inArticle ?a . ?a kgo:articleId ?id }",
        id=Literal(loaded.article))}
    places = {}
    for e in events:
        places[e] = sorted(names[str(p)] or "" for (p,) in sparql(
            loaded.graph, "SELECT ?p WHERE { ?e kgo:place ?p FILTER isIRI(?p) }", e=RES[e[len(str(RES)):]]))
    got_places = {}
    for event, _typ, _date, place in got:
        got_places.setdefault(event, []).append(place or "")
    assert events and set(got_places) == events
    for e in events:
        assert sorted(got_places[e]) == (places[e] or [""]), e


def check_within_place(loaded, got):
    names = loaded.names()
    want = {names[str(x)] for (x,) in sparql(loaded.graph, """SELECT DISTINCT ?x WHERE {
        { ?x (kgo:locatedIn|kgo:partOf) ?p } UNION
        { ?x (kgo:locatedIn|kgo:partOf) ?m . ?m (kgo:locatedIn|kgo:partOf) ?p } }""",
        p=RES["place/syria"])}
    assert {r[0] for r in got} == want and want
    assert len(got) == len(want)
    if loaded.name == "seed":
        assert [r[0] for r in got] == ["Homs Governorate", "Palmyra", "Syrian Desert (Badia)"]


CHECKS = {"labels-count": check_labels_count, "killers-and-killed": check_killers,
          "members-and-leaders": check_members, "leader-evidence": check_leader_evidence,
          "article-events": check_article_events, "within-place": check_within_place}


def test_every_query_of_the_docs_has_a_check():
    queries = doc_queries()
    assert set(queries) == set(CHECKS)
    for neo4j_form, ladybug_form in queries.values():
        assert neo4j_form.startswith("MATCH") and ladybug_form.startswith("MATCH")


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_docs_query_runs_in_ladybug_and_answers_like_sparql(loaded, name):
    _, query = doc_queries()[name]
    params = {k: v for k, v in {"article": loaded.article, "place": SYRIA}.items() if f"${k}" in query}
    CHECKS[name](loaded, rows(loaded.conn, query, params))
