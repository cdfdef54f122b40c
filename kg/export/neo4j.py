"""Neo4j exporter: CSV files for `neo4j-admin database import full`, a LOAD CSV
script for an existing database, and a direct load through the official driver.

Written into one folder (docs/neo4j.md tells how to use each part):

* ``import/*.csv`` -- typed headers in the import tool's grammar
  (``iri:ID(Entity)``, ``:LABEL``, ``:START_ID(Entity)``, ``:TYPE``,
  ``confidence:float``, ``aliases:string[]`` ...), ``,`` between fields, ``;``
  inside arrays, every string quoted with ``"`` doubled inside;
* ``import.sh`` -- the exact ``neo4j-admin database import full`` command;
* ``load/*.csv`` -- the same rows with plain headers, for ``LOAD CSV``;
* ``load.cypher`` -- constraints, then ``LOAD CSV ... MERGE ... SET`` statements;
* ``falkordb/load.cypher`` -- the same LOAD CSV statements for FalkorDB (a Redis module
  speaking openCypher), after an ``iri`` index per node label;
* ``ladybug/schema.cypher`` and ``ladybug/copy.cypher`` -- the same graph for LadybugDB
  (embedded Cypher, a fork of Kuzu): typed node and relationship tables, then one
  ``COPY ... FROM (LOAD WITH HEADERS (...) FROM 'load/x.csv' ...)`` per table and
  relationship type, reading the ``load/`` files (paths relative to the folder).

Nodes: ``Entity`` (plus one label per ontology class: Person, Organization,
ArmedGroup ...), ``Event`` (plus its class: Killing ...), ``Article``,
``Evidence`` (a sentence with its offsets). Relationships: the ontology
relations in upper snake case (MEMBER_OF ...) carrying confidence, the
evidence sentence, its offsets and article; event roles AGENT, TARGET, PLACE;
EVIDENCED_BY (event -> evidence), MENTIONED_IN (entity -> article) and
IN_ARTICLE (event/evidence -> article).

Line breaks inside values become spaces (so ``--multiline-fields`` is not
needed) and a ``;`` inside an array element becomes ``؛`` (U+061B).
Labels and relationship types come from a fixed set taken from the ontology
and are checked before they are put in a Cypher statement; values are only
ever passed as parameters.
"""
import os
import re
from pathlib import Path

from kg.errors import KgError
from kg.export.graphml import ENTITY_CLASSES, EVENT_CLASSES, RELATIONS, ROLES

ARRAY_DELIMITER = ";"
NODE_LABELS = frozenset(("Entity", "Article", "Evidence") + ENTITY_CLASSES + EVENT_CLASSES)
REL_TYPES = frozenset(
    [re.sub(r"(?<!^)(?=[A-Z])", "_", r).upper() for r in RELATIONS]
    + [r.upper() for r in ROLES] + ["EVIDENCED_BY", "MENTIONED_IN", "IN_ARTICLE"])
PROPERTY_TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char",
                  "string", "point", "date", "localtime", "time", "localdatetime",
                  "datetime", "duration")
CYPHER_CAST = {"float": "toFloat({})", "int": "toInteger({})", "string[]": "split({}, ';')"}


def rel_type(prop):
    """Ontology property local name -> relationship type: memberOf -> MEMBER_OF."""
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", prop).upper()
    return _check_type(name)


def _check_label(label):
    if label not in NODE_LABELS or not re.fullmatch(r"[A-Za-z]+", label):
        raise KgError(f"refusing unknown Neo4j label {label!r}")
    return label


def _check_type(name):
    if name not in REL_TYPES or not re.fullmatch(r"[A-Z_]+", name):
        raise KgError(f"refusing unknown Neo4j relationship type {name!r}")
    return name


# --------------------------------------------------------------- tables

class Table:
    """One CSV file: columns ``(name, kind)`` where kind is ID, LABEL, START_ID,
    END_ID, TYPE or a property type (string, int, float, string[])."""

    def __init__(self, name, columns, rows, space=None, start=None, end=None):
        self.name = name                 # file name, e.g. "entities.csv"
        self.columns = columns
        self.rows = rows                 # list of dicts keyed by column name
        self.space = space               # ID space of a node table
        self.start, self.end = start, end   # ID spaces of a relationship table

    @property
    def is_nodes(self):
        return self.space is not None

    def admin_header(self):
        out = []
        for name, kind in self.columns:
            if kind == "ID":
                out.append(f"{name}:ID({self.space})")
            elif kind == "LABEL":
                out.append(":LABEL")
            elif kind == "START_ID":
                out.append(f":START_ID({self.start})")
            elif kind == "END_ID":
                out.append(f":END_ID({self.end})")
            elif kind == "TYPE":
                out.append(":TYPE")
            else:
                out.append(f"{name}:{kind}")
        return out

    def plain_header(self):
        return [name for name, _ in self.columns]


def _clean(text):
    return str(text).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _cell(value, kind):
    """One CSV field: strings quoted with inner quotes doubled, numbers bare, empty for none."""
    if value is None or value == "" or value == []:
        return ""
    if kind == "string[]":
        value = ARRAY_DELIMITER.join(_clean(v).replace(ARRAY_DELIMITER, "\u061b") for v in value)
    elif kind in ("int", "long"):
        return str(int(value))
    elif kind in ("float", "double"):
        return repr(float(value))
    elif kind == "LABEL":
        value = ARRAY_DELIMITER.join(_check_label(v) for v in value)
    elif kind == "TYPE":
        value = _check_type(value)
    return '"' + _clean(value).replace('"', '""') + '"'


def csv_text(table, header):
    lines = [",".join(header)]
    for row in table.rows:
        lines.append(",".join(_cell(row.get(name), kind) for name, kind in table.columns))
    return "\n".join(lines) + "\n"


def _first_evidence(items):
    ev = items[0] if items else None
    if ev is None:
        return {"articleId": None, "sentence": None, "startOffset": None, "endOffset": None}
    return {"articleId": ev["articleId"] or None, "sentence": ev["text"] or None,
            "startOffset": ev["start"] if ev["start"] >= 0 else None,
            "endOffset": ev["end"] if ev["end"] >= 0 else None}


def tables(graph):
    """The node and relationship tables of ``graph`` (rows sorted, deterministic)."""
    from kg.export.graphml import property_graph

    view = property_graph(graph)
    entities = Table("entities.csv", [
        ("iri", "ID"), ("labels", "LABEL"), ("name_ar", "string"), ("name_en", "string"),
        ("type", "string"), ("aliases", "string[]"), ("wikidata", "string"),
        ("articleIds", "string[]")], [
        {"iri": e["iri"], "labels": ["Entity"] + e["classes"], "name_ar": e["name_ar"],
         "name_en": e["name_en"], "type": e["type"], "aliases": e["aliases"],
         "wikidata": e["wikidata"][0] if e["wikidata"] else None, "articleIds": e["articles"]}
        for e in view["entities"].values()], space="Entity")
    events = Table("events.csv", [
        ("iri", "ID"), ("labels", "LABEL"), ("eventType", "string"), ("label", "string"),
        ("trigger", "string"), ("eventName", "string"), ("date", "string"),
        ("confidence", "float"), ("articleId", "string"), ("sentence", "string"),
        ("startOffset", "int"), ("endOffset", "int")], [
        dict({"iri": ev["iri"], "labels": sorted(set(ev["classes"]) | {"Event"}),
              "eventType": ev["type"], "label": ev["label"], "trigger": ev["trigger"],
              "eventName": ev["event_name"], "date": ev["date"], "confidence": ev["confidence"]},
             **_first_evidence(ev["evidence"]))
        for ev in view["events"].values()], space="Event")
    articles = Table("articles.csv", [
        ("iri", "ID"), ("labels", "LABEL"), ("articleId", "string"), ("title", "string"),
        ("published", "string"), ("sourceName", "string"), ("url", "string")], [
        {"iri": a["iri"], "labels": ["Article"], "articleId": a["articleId"], "title": a["title"],
         "published": a["published"], "sourceName": a["sourceName"], "url": a["url"]}
        for a in view["articles"].values()], space="Article")
    evidence = Table("evidence.csv", [
        ("iri", "ID"), ("labels", "LABEL"), ("sentence", "string"), ("startOffset", "int"),
        ("endOffset", "int"), ("articleId", "string")], [
        {"iri": x["iri"], "labels": ["Evidence"], "sentence": x["text"],
         "startOffset": x["start"] if x["start"] >= 0 else None,
         "endOffset": x["end"] if x["end"] >= 0 else None, "articleId": x["articleId"]}
        for x in view["evidence"].values()], space="Evidence")

    plain_rel = [("start", "START_ID"), ("end", "END_ID"), ("type", "TYPE")]
    relations = Table("relations.csv", plain_rel + [
        ("confidence", "float"), ("articleId", "string"), ("sentence", "string"),
        ("startOffset", "int"), ("endOffset", "int"), ("articleIds", "string[]"),
        ("evidence", "string[]"), ("postName", "string")], [
        dict({"start": r["start"], "end": r["end"], "type": rel_type(r["relation"]),
              "confidence": r["confidence"], "articleIds": r["articles"],
              "evidence": [x["iri"] for x in r["evidence"]], "postName": r["post"]},
             **_first_evidence(r["evidence"]))
        for r in view["relations"]], start="Entity", end="Entity")
    roles = Table("roles.csv", plain_rel, [
        {"start": r["event"], "end": r["entity"], "type": r["role"].upper()}
        for r in view["roles"]], start="Event", end="Entity")
    event_evidence = Table("event_evidence.csv", plain_rel, [
        {"start": ev["iri"], "end": x["iri"], "type": "EVIDENCED_BY"}
        for ev in view["events"].values() for x in ev["evidence"]], start="Event", end="Evidence")
    mentions = Table("mentions.csv", plain_rel, [
        {"start": m["entity"], "end": m["article"], "type": "MENTIONED_IN"}
        for m in view["mentions"]], start="Entity", end="Article")
    event_articles = Table("event_articles.csv", plain_rel, [
        {"start": m["event"], "end": m["article"], "type": "IN_ARTICLE"}
        for m in view["event_articles"]], start="Event", end="Article")
    evidence_articles = Table("evidence_articles.csv", plain_rel, [
        {"start": x["iri"], "end": x["article"], "type": "IN_ARTICLE"}
        for x in view["evidence"].values() if x["article"] in view["articles"]],
        start="Evidence", end="Article")
    return [entities, events, articles, evidence,
            relations, roles, event_evidence, mentions, event_articles, evidence_articles]


# --------------------------------------------------------------- Cypher

def constraint_statements():
    return [f"CREATE CONSTRAINT kg_{label.lower()}_iri IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE"
            for label in ("Entity", "Event", "Article", "Evidence")]


def _set_clause(var, columns, source="row"):
    parts = []
    for name, kind in columns:
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            continue
        expr = f"{source}.{name}"
        parts.append(f"{var}.{name} = " + CYPHER_CAST.get(kind, "{}").format(expr))
    return ", ".join(parts)


def load_csv_statements(tables_):
    """The LOAD CSV statements of load.cypher (each without its ``;``), in load order: one per
    node table, per extra label and per relationship type present (labels and types cannot
    be parameters). Neo4j and FalkorDB run the same text."""
    return [stmt for group in _load_csv_groups(tables_) for stmt in group]


def _load_csv_groups(tables_):
    """load_csv_statements, one list per table."""
    groups = []
    for t in tables_:
        out = []
        groups.append(out)
        src = f"LOAD CSV WITH HEADERS FROM 'file:///{t.name}' AS row"
        if t.is_nodes:
            label = _check_label(t.space)
            sets = _set_clause("n", t.columns)
            out.append(f"{src}\nMERGE (n:{label} {{iri: row.iri}})"
                       + (f"\nSET {sets}" if sets else ""))
            extra = sorted({lab for row in t.rows for lab in row["labels"]} - {label})
            for lab in extra:
                lab = _check_label(lab)
                out.append(f"{src}\nWITH row WHERE '{lab}' IN split(row.labels, ';')\n"
                           f"MATCH (n:{label} {{iri: row.iri}})\nSET n:{lab}")
        else:
            start, end = _check_label(t.start), _check_label(t.end)
            sets = _set_clause("r", t.columns)
            for typ in sorted({row["type"] for row in t.rows}):
                typ = _check_type(typ)
                out.append(f"{src}\nWITH row WHERE row.type = '{typ}'\n"
                           f"MATCH (a:{start} {{iri: row.start}})\n"
                           f"MATCH (b:{end} {{iri: row.end}})\n"
                           f"MERGE (a)-[r:{typ}]->(b)" + (f"\nSET {sets}" if sets else ""))
    return groups


def load_cypher(tables_):
    """The text of load.cypher: constraints, then one LOAD CSV statement per table
    (and per label / relationship type present, since those cannot be parameters)."""
    out = ["// Load the kg graph into an existing Neo4j database (Neo4j 5).",
           "// Copy the files of load/ into the database's import directory, then run:",
           "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher",
           "// Empty fields are read as null, so absent properties stay unset.", ""]
    for stmt in constraint_statements():
        out.append(stmt + ";")
    out.append("")
    for group in _load_csv_groups(tables_):
        out += [stmt + ";" for stmt in group]
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------- FalkorDB

#: FalkorDB (a Redis module speaking openCypher) has no ``CREATE CONSTRAINT ... REQUIRE``;
#: an exact-match index on ``iri`` per node label serves the MATCH/MERGE of the load.
FALKORDB_HEADER = """\
// Load the kg graph into FalkorDB (openCypher over the Redis protocol) with LOAD CSV.
// FalkorDB reads file:/// paths inside its IMPORT_FOLDER: start the server with this
// export's load/ folder as that folder, for example
//   redis-server --loadmodule /path/to/falkordb.so IMPORT_FOLDER /abs/path/to/neo4j/load/
// then run each statement below (they end with ';') with GRAPH.QUERY kg "...", or in Python:
//   from kg.export.neo4j import load_into_falkordb
//   load_into_falkordb("out/neo4j", graph="kg", host="127.0.0.1", port=6379)
// The LOAD CSV statements are load.cypher's, verbatim; only the indexes differ.
"""


def falkordb_index_statements():
    return [f"CREATE INDEX FOR (n:{label}) ON (n.iri)"
            for label in ("Entity", "Event", "Article", "Evidence")]


def falkordb_cypher(tables_):
    """The text of falkordb/load.cypher: iri indexes, then load.cypher's LOAD CSV statements."""
    stmts = falkordb_index_statements() + load_csv_statements(tables_)
    return FALKORDB_HEADER + "\n" + "\n\n".join(s + ";" for s in stmts) + "\n"


def cypher_statements(text):
    """The statements of a .cypher script: ``//`` comment lines dropped, split at a ``;`` that
    ends a line (no statement kg writes has one inside a line: values are never inlined)."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in re.split(r";[ \t]*(?:\n|$)", body) if s.strip()]


def load_into_falkordb(folder, graph="kg", host="127.0.0.1", port=6379, password=None):
    """Run ``folder``/falkordb/load.cypher on a FalkorDB server whose IMPORT_FOLDER is
    ``folder``/load; returns the graph (a ``falkordb.Graph``). Needs ``pip install falkordb``.
    A statement FalkorDB refuses is a one-line KgError naming it. Loading again into the same
    graph keeps its indexes and MERGEs the rows (nothing is duplicated)."""
    try:
        from falkordb import FalkorDB
    except ImportError:
        raise KgError("loading into FalkorDB needs its client: pip install falkordb") from None
    text = (Path(folder) / "falkordb" / "load.cypher").read_text(encoding="utf-8")
    try:
        g = FalkorDB(host=host, port=port, password=password).select_graph(graph)
    except Exception as exc:    # redis' ConnectionError and friends
        raise KgError(f"cannot connect to FalkorDB at {host}:{port}: {_one_line(exc)}") from None
    for stmt in cypher_statements(text):
        try:
            g.query(stmt)
        except Exception as exc:
            if stmt.startswith("CREATE INDEX") and "already indexed" in str(exc):
                continue        # a second load into the same graph: MERGE updates, indexes stay
            first = stmt.splitlines()[0] + (" ... " + stmt.splitlines()[-1] if "\n" in stmt else "")
            raise KgError(f"FalkorDB refused {first!r}: {_one_line(exc)}") from None
    return g


def import_script(tables_):
    """The text of import.sh: the neo4j-admin bulk import of import/*.csv."""
    lines = ["#!/bin/sh",
             "# Bulk import into a NEW, empty Neo4j database (Neo4j 5 neo4j-admin).",
             "# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]   (default: neo4j)",
             "# Stop the database first; afterwards run CREATE DATABASE if it did not exist.",
             "set -eu",
             'HERE=$(cd "$(dirname "$0")" && pwd)',
             'DB="${1:-neo4j}"',
             '"${NEO4J_HOME:-.}/bin/neo4j-admin" database import full "$DB" \\',
             "  --delimiter=',' --array-delimiter=';' --quote='\"' \\"]
    for t in tables_:
        flag = "--nodes" if t.is_nodes else "--relationships"
        lines.append(f'  {flag}="$HERE/import/{t.name}" \\')
    lines[-1] = lines[-1][:-2]
    return "\n".join(lines) + "\n"


def write_files(graph, folder):
    """Write import/, load/, import.sh, load.cypher, falkordb/ and ladybug/ into ``folder``."""
    from kg.export.rdf import atomic_write

    ts = tables(graph)
    for t in ts:
        atomic_write(os.path.join(folder, "import", t.name), csv_text(t, t.admin_header()))
        atomic_write(os.path.join(folder, "load", t.name), csv_text(t, t.plain_header()))
    atomic_write(os.path.join(folder, "import.sh"), import_script(ts))
    atomic_write(os.path.join(folder, "load.cypher"), load_cypher(ts))
    atomic_write(os.path.join(folder, "falkordb", "load.cypher"), falkordb_cypher(ts))
    atomic_write(os.path.join(folder, "ladybug", "schema.cypher"), ladybug_schema(ts))
    atomic_write(os.path.join(folder, "ladybug", "copy.cypher"), ladybug_copy(ts))
    return ts


# --------------------------------------------------------------- LadybugDB

# A LadybugDB node has one table (no multiple labels): Entity, Event, Article and
# Evidence are the node tables, and the Neo4j labels are kept in a ``labels``
# STRING[] column (``list_contains(n.labels, 'Person')`` stands for ``n:Person``).
# Relationship tables are named like the Neo4j types; every type of the ontology is
# created, present in the graph or not, so a query naming one never fails to bind.
LADYBUG_TYPES = {"string": "STRING", "int": "INT64", "long": "INT64", "float": "DOUBLE",
                 "double": "DOUBLE", "string[]": "STRING[]", "LABEL": "STRING[]"}
LADYBUG_CSV = "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"')"
_ENDS = {"relations.csv": ("Entity", "Entity"), "roles.csv": ("Event", "Entity"),
         "event_evidence.csv": ("Event", "Evidence"), "mentions.csv": ("Entity", "Article"),
         "event_articles.csv": ("Event", "Article"), "evidence_articles.csv": ("Evidence", "Article")}


def _ladybug_rel_types():
    """{relationship type: [(from table, to table, file name)]} for every type of the ontology."""
    out = {}
    for typ in sorted(REL_TYPES):
        if typ in ("AGENT", "TARGET", "PLACE"):
            files = ["roles.csv"]
        elif typ == "EVIDENCED_BY":
            files = ["event_evidence.csv"]
        elif typ == "MENTIONED_IN":
            files = ["mentions.csv"]
        elif typ == "IN_ARTICLE":
            files = ["event_articles.csv", "evidence_articles.csv"]
        else:
            files = ["relations.csv"]
        out[_check_type(typ)] = [_ENDS[f] + (f,) for f in files]
    return out


def _properties(table):
    return [(name, kind) for name, kind in table.columns
            if kind not in ("ID", "START_ID", "END_ID", "TYPE")]


def ladybug_schema(tables_):
    """The text of ladybug/schema.cypher: CREATE NODE TABLE / CREATE REL TABLE statements."""
    by_name = {t.name: t for t in tables_}
    out = ["// LadybugDB schema of the kg graph (node tables, then relationship tables).",
           "// Run it in a new database, then ladybug/copy.cypher; docs/neo4j.md tells how.", ""]
    for t in tables_:
        if not t.is_nodes:
            continue
        cols = ["iri STRING PRIMARY KEY"] + [
            f"{'labels' if kind == 'LABEL' else name} {LADYBUG_TYPES[kind]}"
            for name, kind in _properties(t)]
        out.append(f"CREATE NODE TABLE {_check_label(t.space)}({', '.join(cols)});")
    for typ, ends in _ladybug_rel_types().items():
        pairs = [f"FROM {_check_label(a)} TO {_check_label(b)}" for a, b, _ in ends]
        props = [f"{name} {LADYBUG_TYPES[kind]}" for name, kind in _properties(by_name[ends[0][2]])]
        out.append(f"CREATE REL TABLE {typ}({', '.join(pairs + props)});")
    return "\n".join(out) + "\n"


def _load_from(table, base):
    """``LOAD WITH HEADERS (...) FROM 'base/x.csv' (...)``: every column read as declared
    (numbers typed, arrays and labels as text split below), none guessed from the data."""
    def read_as(kind):
        return "STRING" if kind in ("string[]", "LABEL") else LADYBUG_TYPES.get(kind, "STRING")
    cols = ", ".join(f"`{name}` {read_as(kind)}" for name, kind in table.columns)
    return f"LOAD WITH HEADERS ({cols})\n  FROM '{base}/{table.name}' {LADYBUG_CSV}"


def _returned(table):
    cols = []
    for name, kind in table.columns:
        if kind == "TYPE":
            continue
        cols.append(f"string_split(`{name}`, ';')" if kind in ("string[]", "LABEL") else f"`{name}`")
    return ", ".join(cols)


def ladybug_copy(tables_, base="load"):
    """The text of ladybug/copy.cypher: one COPY per node table and per relationship type
    (and per FROM/TO pair of IN_ARTICLE), reading ``base``/*.csv (the LOAD CSV files)."""
    by_name = {t.name: t for t in tables_}
    out = ["// Load the kg graph into LadybugDB after ladybug/schema.cypher.",
           "// The paths are relative: run it from the folder written by kg export.", ""]
    for t in tables_:
        if t.is_nodes:
            out.append(f"COPY {_check_label(t.space)} FROM (\n  {_load_from(t, base)}\n"
                       f"  RETURN {_returned(t)});")
    for typ, ends in _ladybug_rel_types().items():
        for a, b, name in ends:
            t = by_name[name]
            if not any(row["type"] == typ for row in t.rows):
                continue
            pair = f" (from='{a}', to='{b}')" if len(ends) > 1 else ""
            out.append(f"COPY {typ} FROM (\n  {_load_from(t, base)}\n"
                       f"  WHERE `type` = '{typ}'\n  RETURN {_returned(t)}){pair};")
    return "\n".join(out) + "\n"


def load_into_ladybug(folder, database):
    """Run ``folder``/ladybug/schema.cypher then ladybug/copy.cypher in the LadybugDB
    database at ``database`` (a new path, or ":memory:"), the relative ``load/`` paths
    of the COPY statements made absolute. Returns the open ``ladybug.Connection``."""
    import ladybug

    folder = os.path.abspath(folder)
    load = os.path.join(folder, "load")
    if "'" in load or "\\" in load:
        raise KgError(f"cannot name {load!r} in a LadybugDB COPY statement")
    texts = []
    for name in ("schema.cypher", "copy.cypher"):
        with open(os.path.join(folder, "ladybug", name), encoding="utf-8") as fh:
            texts.append(fh.read())
    conn = ladybug.Connection(ladybug.Database(str(database)))
    for stmt in cypher_statements(texts[0]) + cypher_statements(texts[1]):
        try:
            conn.execute(re.sub(r"FROM 'load/([A-Za-z_]+\.csv)'",
                                lambda m: f"FROM '{load}/{m.group(1)}'", stmt))
        except RuntimeError as exc:
            raise KgError(f"loading into LadybugDB at {database} failed on "
                          f"{stmt.split('(', 1)[0]}: {_one_line(exc)}") from None
    return conn


# --------------------------------------------------------------- driver

def _props(row, columns):
    props = {}
    for name, kind in columns:
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            continue
        value = row.get(name)
        if value is None or value == "" or value == []:
            continue
        if kind in ("float", "double"):
            value = float(value)
        elif kind in ("int", "long"):
            value = int(value)
        elif kind == "string[]":
            value = [str(v) for v in value]
        else:
            value = str(value)
        props[name] = value
    return props


def driver_statements(tables_):
    """[(Cypher text, [row dicts])] in load order: parameterised UNWIND $rows ... MERGE."""
    out = [(stmt, None) for stmt in constraint_statements()]
    for t in tables_:
        if t.is_nodes:
            label = _check_label(t.space)
            groups = {}
            for row in t.rows:
                extra = tuple(sorted(set(row["labels"]) - {label}))
                groups.setdefault(extra, []).append(
                    {"iri": row["iri"], "props": _props(row, t.columns)})
            for extra, rows in sorted(groups.items()):
                set_labels = "".join(f"\nSET n:{_check_label(lab)}" for lab in extra)
                out.append((f"UNWIND $rows AS row\nMERGE (n:{label} {{iri: row.iri}})\n"
                            f"SET n += row.props{set_labels}", rows))
        else:
            start, end = _check_label(t.start), _check_label(t.end)
            groups = {}
            for row in t.rows:
                groups.setdefault(_check_type(row["type"]), []).append(
                    {"start": row["start"], "end": row["end"], "props": _props(row, t.columns)})
            for typ, rows in sorted(groups.items()):
                out.append((f"UNWIND $rows AS row\nMATCH (a:{start} {{iri: row.start}})\n"
                            f"MATCH (b:{end} {{iri: row.end}})\nMERGE (a)-[r:{typ}]->(b)\n"
                            f"SET r += row.props", rows))
    return out


def _run(tx, query, rows):
    if rows is None:
        tx.run(query).consume()
    else:
        tx.run(query, {"rows": rows}).consume()


def _one_line(exc):
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def load_into_neo4j(graph, uri, user=None, password=None, batch_size=1000, database=None):
    """Load ``graph`` into a running Neo4j through the official driver, batch_size rows a call.

    Returns the number of (query, batch) calls run.
    """
    import neo4j
    from neo4j.exceptions import DriverError, Neo4jError

    if batch_size < 1:
        raise KgError("batch size must be at least 1")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth)
        driver.verify_connectivity()
    except (DriverError, Neo4jError, ValueError, OSError) as exc:
        raise KgError(f"cannot connect to Neo4j at {uri}: {_one_line(exc)}") from None
    calls = 0
    try:
        kwargs = {"database": database} if database else {}
        with driver.session(**kwargs) as session:
            for query, rows in driver_statements(tables(graph)):
                if rows is None:
                    session.execute_write(_run, query, None)
                    calls += 1
                    continue
                for i in range(0, len(rows), batch_size):
                    session.execute_write(_run, query, rows[i:i + batch_size])
                    calls += 1
    except (DriverError, Neo4jError, OSError) as exc:
        raise KgError(f"loading into Neo4j at {uri} failed: {_one_line(exc)}") from None
    finally:
        driver.close()
    return calls


def write_neo4j(graph, path, uri=None, user=None, password=None, batch_size=1000,
                database=None, **options):
    """Neo4j CSV files + import.sh + load.cypher in folder ``path``; with ``uri``, also load
    the graph into that running server through the driver."""
    if path is not None:
        write_files(graph, path)
    if uri:
        load_into_neo4j(graph, uri, user=user, password=password, batch_size=batch_size,
                        database=database)
