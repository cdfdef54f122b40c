"""GraphML exporter (Gephi, yEd, Cytoscape) and the property-graph view it shares with Neo4j.

``property_graph(graph)`` reads an RDF graph in the builder's shape
(docs/graph-shape.md) into plain dicts: entities, events, articles, evidence
sentences, direct relations (with the provenance of their statement nodes)
and event roles. ``write_graphml`` turns that into a networkx MultiDiGraph
whose node and edge attributes are all strings (Gephi reads no lists, and
None is not a GraphML value) and writes it in a deterministic order.
"""
import io

from kg.errors import KgError

KGO = "https://w3id.org/arabic-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
WIKIDATA = "http://www.wikidata.org/entity/"

COARSE_CLASSES = ("Person", "Organization", "Place")
ENTITY_CLASSES = ("Person", "Organization", "ArmedGroup", "ArmedForce", "GovernmentBody",
                  "Coalition", "MediaOrganization", "PoliticalOrganization",
                  "Place", "Country", "City", "Region")
EVENT_CLASSES = ("Event", "Attack", "Strike", "Killing", "Arrest", "MilitaryOperation",
                 "Meeting", "Visit")
RELATIONS = ("memberOf", "leaderOf", "spokespersonOf", "positionIn", "affiliatedWith",
             "locatedIn", "partOf")
ROLES = ("agent", "target", "place")

NODE_ATTRS = ("kind", "label", "label_ar", "label_en", "class", "type", "aliases", "wikidata",
              "iri", "date", "trigger", "event_name", "confidence", "articles", "evidence")
EDGE_ATTRS = ("kind", "label", "relation", "confidence", "evidence", "offsets", "articles",
              "post")
LIST_SEP = "; "


# ------------------------------------------------------------- reading RDF

def _local(iri):
    iri = str(iri)
    return iri[len(KGO):] if iri.startswith(KGO) else ""


def _union(graph):
    if hasattr(graph, "quads") and hasattr(graph, "contexts"):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph


def _text(value):
    return " ".join(str(value).split()) if value is not None else ""


def _first(values):
    return sorted(values)[0] if values else ""


def property_graph(graph):
    """The graph's entities, events, articles, evidence, relations and roles as plain dicts.

    Returns ``{"entities": {iri: {...}}, "events": {...}, "articles": {...},
    "evidence": {...}, "relations": [...], "roles": [...], "mentions": [...],
    "event_articles": [...]}``; lists are sorted, values are strings, ints,
    floats or lists of strings, never None.
    """
    from rdflib import Literal, URIRef

    by_subject = {}
    for s, p, o in _union(graph):
        if isinstance(s, URIRef):
            by_subject.setdefault(str(s), {}).setdefault(str(p), set()).add(o)

    def values(node, prop):
        return by_subject.get(node, {}).get(prop, set())

    def kgo(node, name):
        return values(node, KGO + name)

    def literal(node, name):
        return _first([str(v) for v in kgo(node, name) if isinstance(v, Literal)])

    def classes(node):
        return sorted({_local(t) for t in values(node, RDF_TYPE)} - {""})

    def labels(node, prop, lang):
        return sorted(str(v) for v in values(node, prop)
                      if isinstance(v, Literal) and (v.language or "") == lang)

    articles = {}
    for node in sorted(by_subject):
        if "Article" in classes(node):
            articles[node] = {
                "iri": node, "articleId": literal(node, "articleId") or node.rsplit("/", 1)[-1],
                "title": literal(node, "title"), "published": literal(node, "published"),
                "sourceName": literal(node, "sourceName"), "url": literal(node, "url")}

    def article_id(iri):
        return articles[iri]["articleId"] if iri in articles else str(iri).rsplit("/", 1)[-1]

    evidence = {}
    for node in sorted(by_subject):
        if "Evidence" in classes(node):
            art = _first([str(a) for a in kgo(node, "inArticle")])
            start, end = literal(node, "startOffset"), literal(node, "endOffset")
            evidence[node] = {
                "iri": node, "text": _text(literal(node, "sentenceText")),
                "start": int(start) if start.lstrip("-").isdigit() else -1,
                "end": int(end) if end.lstrip("-").isdigit() else -1,
                "article": art, "articleId": article_id(art) if art else ""}

    def evidence_of(node):
        return sorted((evidence[str(e)] for e in kgo(node, "evidence") if str(e) in evidence),
                      key=lambda ev: (ev["articleId"], ev["start"], ev["end"], ev["iri"]))

    def confidence(node):
        text = literal(node, "confidence")
        try:
            return float(text) if text else None
        except ValueError:
            return None

    entities, events = {}, {}
    for node in sorted(by_subject):
        cls = classes(node)
        if any(c in EVENT_CLASSES for c in cls):
            specific = [c for c in cls if c in EVENT_CLASSES and c != "Event"]
            date = _first([v for v in kgo(node, "date") if isinstance(v, Literal)])
            events[node] = {
                "iri": node, "classes": [c for c in cls if c in EVENT_CLASSES],
                "type": specific[0] if specific else "Event",
                "label": _text(_first(labels(node, RDFS_LABEL, "en")
                                      or labels(node, RDFS_LABEL, "ar")
                                      or labels(node, RDFS_LABEL, ""))),
                "trigger": literal(node, "trigger"), "event_name": literal(node, "eventName"),
                "date": str(date) if date != "" else "",
                "confidence": confidence(node), "evidence": evidence_of(node),
                "articles": sorted(article_id(a) for a in kgo(node, "inArticle"))}
        elif any(c in ENTITY_CLASSES for c in cls):
            entities[node] = _entity(node, cls, labels, values)

    relations = []
    statements = {}
    for node in sorted(by_subject):
        if "RelationStatement" in classes(node):
            key = (_first([str(v) for v in kgo(node, "statementSubject")]),
                   _local(_first([str(v) for v in kgo(node, "statementProperty")])),
                   _first([str(v) for v in kgo(node, "statementObject")]))
            statements.setdefault(key, []).append({
                "iri": node, "confidence": confidence(node), "evidence": evidence_of(node),
                "articles": sorted(article_id(a) for a in kgo(node, "inArticle")),
                "post": literal(node, "postName")})
    for s in sorted(by_subject):
        for name in RELATIONS:
            for o in sorted(str(v) for v in kgo(s, name) if isinstance(v, URIRef)):
                for end in (s, o):
                    if end not in entities:
                        entities[end] = _entity(end, [], labels, values)
                stmts = statements.get((s, name, o), [])
                confs = [st["confidence"] for st in stmts if st["confidence"] is not None]
                relations.append({
                    "start": s, "end": o, "relation": name,
                    "confidence": max(confs) if confs else None,
                    "evidence": sorted({ev["iri"]: ev for st in stmts for ev in st["evidence"]}.values(),
                                       key=lambda ev: (ev["articleId"], ev["start"], ev["iri"])),
                    "articles": sorted({a for st in stmts for a in st["articles"]}),
                    "post": _first([st["post"] for st in stmts if st["post"]])})

    roles = []
    for ev in sorted(events):
        for role in ROLES:
            for o in sorted(str(v) for v in kgo(ev, role) if isinstance(v, URIRef)):
                if o not in entities:
                    entities[o] = _entity(o, [], labels, values)
                roles.append({"event": ev, "role": role, "entity": o})

    mentions = sorted((e, str(a)) for e in entities for a in kgo(e, "mentionedIn")
                      if str(a) in articles)
    event_articles = sorted((e, str(a)) for e in events for a in kgo(e, "inArticle")
                            if str(a) in articles)
    for e in entities.values():
        e["articles"] = sorted(article_id(a) for a in kgo(e["iri"], "mentionedIn"))
    return {"entities": dict(sorted(entities.items())), "events": events, "articles": articles,
            "evidence": evidence, "relations": relations, "roles": roles,
            "mentions": [{"entity": e, "article": a} for e, a in mentions],
            "event_articles": [{"event": e, "article": a} for e, a in event_articles]}


def _entity(node, cls, labels, values):
    ar, en = labels(node, RDFS_LABEL, "ar"), labels(node, RDFS_LABEL, "en")
    entity_classes = [c for c in cls if c in ENTITY_CLASSES]
    coarse = [c for c in entity_classes if c in COARSE_CLASSES]
    aliases = sorted({_text(a) for a in labels(node, SKOS_ALT, "ar") + labels(node, SKOS_ALT, "en")
                      + labels(node, SKOS_ALT, "")} - {""})
    return {
        "iri": node, "classes": entity_classes,
        "type": coarse[0] if coarse else "",
        "specific": [c for c in entity_classes if c not in COARSE_CLASSES],
        "name_ar": _text(_first(ar)), "name_en": _text(_first(en)), "aliases": aliases,
        "wikidata": sorted(str(v)[len(WIKIDATA):] for v in values(node, OWL_SAME)
                           if str(v).startswith(WIKIDATA)),
        "articles": []}


# ------------------------------------------------------------- GraphML

def _s(value):
    """A GraphML attribute value: always a string, lists joined with '; '."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEP.join(_s(v) for v in value if v not in (None, ""))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def to_networkx(graph, articles=False):
    """A networkx MultiDiGraph of entities and events (and articles), string attributes only."""
    import networkx as nx

    view = property_graph(graph)
    g = nx.MultiDiGraph()
    nodes = []
    for e in view["entities"].values():
        nodes.append((e["iri"], {
            "kind": "entity", "label": e["name_en"] or e["name_ar"] or e["iri"].rsplit("/", 1)[-1],
            "label_ar": e["name_ar"], "label_en": e["name_en"],
            "class": e["specific"] or e["classes"], "type": e["type"], "aliases": e["aliases"],
            "wikidata": e["wikidata"], "iri": e["iri"], "articles": e["articles"]}))
    for ev in view["events"].values():
        nodes.append((ev["iri"], {
            "kind": "event", "label": ev["event_name"] or ev["label"] or ev["type"],
            "label_ar": ev["event_name"] or ev["trigger"], "label_en": ev["label"],
            "class": ev["type"], "type": "Event", "iri": ev["iri"], "date": ev["date"],
            "trigger": ev["trigger"], "event_name": ev["event_name"],
            "confidence": ev["confidence"], "articles": ev["articles"],
            "evidence": [x["text"] for x in ev["evidence"]]}))
    if articles:
        for a in view["articles"].values():
            nodes.append((a["iri"], {
                "kind": "article", "label": a["title"] or a["articleId"], "label_ar": a["title"],
                "class": "Article", "type": "Article", "iri": a["iri"], "date": a["published"],
                "articles": a["articleId"]}))
    for iri, attrs in sorted(nodes, key=lambda n: n[0]):
        g.add_node(iri, **{k: _s(attrs.get(k)) for k in NODE_ATTRS})

    edges = []
    for r in view["relations"]:
        edges.append((r["start"], r["end"], {
            "kind": "relation", "label": r["relation"], "relation": r["relation"],
            "confidence": r["confidence"], "evidence": [x["text"] for x in r["evidence"]],
            "offsets": [f"{x['articleId']}:{x['start']}-{x['end']}" for x in r["evidence"]],
            "articles": r["articles"], "post": r["post"]}))
    for r in view["roles"]:
        ev = view["events"][r["event"]]
        edges.append((r["event"], r["entity"], {
            "kind": "role", "label": r["role"], "relation": r["role"],
            "confidence": ev["confidence"], "evidence": [x["text"] for x in ev["evidence"]],
            "offsets": [f"{x['articleId']}:{x['start']}-{x['end']}" for x in ev["evidence"]],
            "articles": ev["articles"]}))
    if articles:
        for m in view["mentions"]:
            edges.append((m["entity"], m["article"], {"kind": "mention", "label": "mentionedIn",
                                                      "relation": "mentionedIn"}))
        for m in view["event_articles"]:
            edges.append((m["event"], m["article"], {"kind": "mention", "label": "inArticle",
                                                     "relation": "inArticle"}))
    edges.sort(key=lambda e: (e[0], e[1], e[2]["relation"]))
    for n, (u, v, attrs) in enumerate(edges):
        g.add_edge(u, v, key=f"e{n}", **{k: _s(attrs.get(k)) for k in EDGE_ATTRS})
    return g


def graphml_text(graph, articles=False):
    """The GraphML document for ``graph`` as a string."""
    import networkx as nx

    g = to_networkx(graph, articles=articles)
    buffer = io.BytesIO()
    try:
        nx.write_graphml_xml(g, buffer, encoding="utf-8", prettyprint=True)
    except (nx.NetworkXError, ValueError) as exc:  # pragma: no cover - all values are strings
        raise KgError(f"cannot write GraphML: {exc}") from None
    return buffer.getvalue().decode("utf-8")


def write_graphml(graph, path, articles=False, **options):
    """GraphML for Gephi: entities and events as nodes, relations and roles as edges."""
    from kg.export.rdf import atomic_write

    atomic_write(path, graphml_text(graph, articles=articles))
