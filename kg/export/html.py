"""A self-contained interactive HTML view of a graph (vis-network, no network access).

The page is ONE file: vis-network's JavaScript and CSS (shipped inside the
pyvis package) are inlined, there is no Bootstrap and no CDN reference, so it
opens from a disk or a mail attachment with no network at all.

Nodes are the entities (people, organisations, places) and the events; edges
are the relations (labelled with the property name) and the event roles
(agent, target, place). Node positions are computed here (networkx for small
graphs, a cut-off force layout for big ones) and the browser's physics is off,
so a graph of thousands of nodes draws at once. Same graph -> same bytes.

Escaping: no HTML is built from the data, here or in the page. All data is ONE JSON
object (``page_data``) embedded with ``<``, ``>`` and ``&`` written as ``\\u003c`` ... so
no text can close the ``<script>`` element it lives in; the page's script draws labels
on the canvas and puts every other text in the page with ``textContent``.
"""
from __future__ import annotations

import html
import json
import math
import os
import re

from kg.errors import KgError

FONT_STACK = '"Noto Sans Arabic", "Noto Naskh Arabic", "Arial", sans-serif'
VIS_VERSION = "9.1.2"          # the vis-network build shipped by pyvis 0.3.2
SMALL_GRAPH = 300              # up to this many nodes: networkx spring_layout
PIXELS_PER_UNIT = 200          # one ideal edge length, in canvas pixels
BIG_GRAPH = 1000               # from this many nodes: straight edges, hidden while dragging

# class local name -> (coarse class, colour, vis shape); order = legend order.
# A colour family per coarse class, a shape per coarse class, a shade per subclass.
CLASSES = {
    "Person": ("Person", "#1f77b4", "dot"),
    "Organization": ("Organization", "#f28e2b", "square"),
    "ArmedGroup": ("Organization", "#b35806", "square"),
    "ArmedForce": ("Organization", "#8c510a", "square"),
    "GovernmentBody": ("Organization", "#fdb863", "square"),
    "Coalition": ("Organization", "#e08214", "square"),
    "MediaOrganization": ("Organization", "#d8b365", "square"),
    "PoliticalOrganization": ("Organization", "#bf812d", "square"),
    "Place": ("Place", "#2ca02c", "triangle"),
    "Country": ("Place", "#1a7f1a", "triangle"),
    "City": ("Place", "#66c266", "triangle"),
    "Region": ("Place", "#a6dba0", "triangle"),
    "Event": ("Event", "#9467bd", "diamond"),
    "Attack": ("Event", "#d62728", "diamond"),
    "Strike": ("Event", "#e7298a", "diamond"),
    "Killing": ("Event", "#7f0000", "diamond"),
    "Arrest": ("Event", "#c2a5cf", "diamond"),
    "MilitaryOperation": ("Event", "#762a83", "diamond"),
    "Meeting": ("Event", "#17becf", "diamond"),
    "Visit": ("Event", "#0e7c86", "diamond"),
    "Other": ("Other", "#9e9e9e", "dot"),
}
COARSE = ("Person", "Organization", "Place", "Event")
RELATIONS = ("memberOf", "leaderOf", "spokespersonOf", "positionIn",
             "affiliatedWith", "locatedIn", "partOf")
ROLES = ("agent", "target", "place")

_TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
_OPTIONS = ("title", "physics", "seed", "height", "max_nodes", "unconnected")
#: most nodes drawn by default: the most connected first (a browser draws a few thousand)
MAX_NODES = 3000
#: an event's type as its Arabic and English label (with its date after it)
EVENT_NAMES = {"Attack": ("هجوم", "Attack"), "Strike": ("غارة", "Strike"), "Killing": ("قتل", "Killing"),
               "Arrest": ("اعتقال", "Arrest"), "MilitaryOperation": ("عملية عسكرية", "Military operation"),
               "Meeting": ("لقاء", "Meeting"), "Visit": ("زيارة", "Visit"), "Event": ("حدث", "Event")}


def write_html(graph, path, **options) -> None:
    """Write ``graph`` (rdflib Graph or Dataset, docs/graph-shape.md) as one HTML file.

    Options: ``title`` (page title, default "Knowledge graph"), ``physics``
    (default False: positions are precomputed; True lets vis-network move them),
    ``seed`` (layout seed, default 42), ``height`` (CSS height of the canvas,
    default "100vh"), ``max_nodes`` (default 3,000: the most connected nodes are
    drawn, the page says how many were left out; 0: all), ``unconnected``
    (default False: nodes with no edge are left out, and counted). Other
    options are ignored (the registry passes the same options to every exporter).
    """
    text = render_html(graph, **options)
    _atomic_write(os.fspath(path), text.encode("utf-8"))


def render_html(graph, title="Knowledge graph", physics=False, seed=42, height="100vh",
                max_nodes=MAX_NODES, unconnected=False, **_ignored) -> str:
    """The whole page as a string (see ``write_html``)."""
    if not re.fullmatch(r"[0-9.]+(px|vh|%|em|rem)", str(height)):
        raise KgError(f"html: height must be a CSS length such as 600px or 100vh, not {height!r}")
    data = page_data(graph, title=title, physics=physics, seed=seed, max_nodes=max_nodes,
                     unconnected=unconnected)
    parts = {
        "TITLE": html.escape(str(title)),
        "HEIGHT": str(height),
        "VIS_CSS": _inline_css(_vis_file("vis-network.css")),
        "PAGE_CSS": _inline_css(_template("graph.css")),
        "VIS_JS": _inline_js(_vis_file("vis-network.min.js")),
        "PAGE_JS": _inline_js(_template("graph.js")),
        "DATA": script_json(data),
        "SUMMARY": html.escape(data["meta"]["summary"]),
    }
    page = _template("graph.html")
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], page)


def page_data(graph, title="Knowledge graph", physics=False, seed=42, max_nodes=MAX_NODES,
              unconnected=False) -> dict:
    """The ONE JSON object the page's script draws from (docs/html.md, "The data object"):
    ``meta``, ``options`` (vis-network), ``classes`` (legend order), ``nodes``, ``edges``,
    ``evidence`` (sentences) and ``articles``; nodes and edges refer to evidence and
    articles by index. A server can feed the same script the same object."""
    full = graph_view(graph)
    view, note, left = overview(full, int(max_nodes or 0), bool(unconnected))
    positions = layout_positions([n["id"] for n in view["nodes"]],
                                 [(e["from"], e["to"]) for e in view["edges"]], seed=seed)
    for node in view["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    big = len(view["nodes"]) >= BIG_GRAPH or len(view["edges"]) >= BIG_GRAPH
    evidence, articles = _referenced(view, full["evidence"], full["articles"])
    summary = f"{len(view['nodes']):,} nodes, {len(view['edges']):,} edges" + note
    meta = {"title": str(title), "summary": summary, "unconnected": bool(unconnected),
            "left": left, "total": {"nodes": len(full["nodes"]), "edges": len(full["edges"])}}
    return {"meta": meta, "options": vis_options(bool(physics), big),
            "classes": [{"cls": c, "coarse": co, "color": col, "shape": sh}
                        for c, (co, col, sh) in CLASSES.items()],
            "legend": legend(view["nodes"]), "nodes": view["nodes"], "edges": view["edges"],
            "evidence": evidence, "articles": articles}


def _referenced(view, evidence, articles):
    """Keep the evidence and articles the drawn nodes and edges refer to; renumber them."""
    used_ev = sorted({i for item in view["nodes"] + view["edges"] for i in item["ev"]})
    ev_map = {old: new for new, old in enumerate(used_ev)}
    used_art = sorted({i for item in view["nodes"] + view["edges"] for i in item["art"]}
                      | {evidence[i]["a"] for i in used_ev if evidence[i]["a"] >= 0})
    art_map = {old: new for new, old in enumerate(used_art)}
    for item in view["nodes"] + view["edges"]:
        item["ev"] = [ev_map[i] for i in item["ev"]]
        item["art"] = [art_map[i] for i in item["art"]]
    out_ev = []
    for i in used_ev:
        e = dict(evidence[i])
        e["a"] = art_map.get(e["a"], -1)
        out_ev.append(e)
    return out_ev, [articles[i] for i in used_art]


# --- what is drawn --------------------------------------------------------------------------

def overview(view, max_nodes=MAX_NODES, unconnected=False):
    """``(view, note, left)``: the nodes the page carries, at most ``max_nodes`` (0: all):
    the most connected first, then the unconnected ones (no edge at all) while room is left,
    and the edges between them. Unconnected nodes are in the page but hidden until asked for
    (``unconnected``: shown from the start). ``note`` says what was left out or hidden ("" when
    nothing was); ``left`` counts it: ``{"capped", "unconnected_out", "unconnected_in"}``."""
    degree = {}
    for e in view["edges"]:
        for end in (e["from"], e["to"]):
            degree[end] = degree.get(end, 0) + 1
    nodes = view["nodes"]
    linked = sorted((n for n in nodes if degree.get(n["id"])),
                    key=lambda n: (-degree[n["id"]], n["id"]))
    alone = sorted((n for n in nodes if not degree.get(n["id"])), key=lambda n: n["id"])
    capped = 0
    if max_nodes and len(linked) > max_nodes:
        capped = len(linked) - max_nodes
        linked = linked[:max_nodes]
    room = len(alone) if not max_nodes else max(0, max_nodes - len(linked))
    kept_alone, alone_out = alone[:room], len(alone) - min(room, len(alone))
    ids = {n["id"] for n in linked} | {n["id"] for n in kept_alone}
    keep = [n for n in nodes if n["id"] in ids]
    edges = [e for e in view["edges"] if e["from"] in ids and e["to"] in ids]
    parts = []
    if capped:
        parts.append(f"{capped:,} less connected nodes (the {max_nodes:,} most connected are drawn)")
    if alone_out:
        parts.append(f"{alone_out:,} unconnected nodes")
    note = ("; left out: " + " and ".join(parts)) if parts else ""
    if kept_alone and not unconnected:
        note += f"; hidden: {len(kept_alone):,} unconnected nodes (tick \u201cunconnected\u201d to show them)"
    left = {"capped": capped, "unconnected_out": alone_out, "unconnected_in": len(kept_alone)}
    return {"nodes": keep, "edges": edges}, note, left


# --- graph -> nodes and edges -------------------------------------------------------------

def graph_view(graph) -> dict:
    """Everything the page can show, as plain sorted data:
    ``{"nodes", "edges", "evidence", "articles"}``.

    A node: id (IRI), label (Arabic, else English), en, cls, coarse, qid, aliases, deg
    (edges in the whole graph), size, date (events), conf (events; null otherwise),
    trigger (events), ev (evidence indices), art (article indices).
    An edge: id, from, to, label (property or role), kind ("relation"/"role"), conf, post,
    ev, art. Evidence: ``{"a": article index or -1, "s": sentence, "o": start offset}``.
    An article: ``{"id", "title", "date", "url", "source"}``.
    """
    from rdflib import RDF, RDFS, Literal, URIRef
    from rdflib.namespace import OWL, SKOS

    from kg.ns import KG, SCHEMA

    idx = _Index(_triples(graph))
    local = _local_name
    kg_ns = str(KG._NS)

    classes = {}
    for s, o in idx.pairs(RDF.type):
        name = str(o)[len(kg_ns):] if str(o).startswith(kg_ns) else None
        if name in CLASSES and isinstance(s, URIRef):
            classes.setdefault(s, set()).add(name)

    def literal(s, p, lang=None):
        values = sorted(str(o) for o in idx.objects(s, p)
                        if isinstance(o, Literal) and (lang is None or o.language == lang))
        return values[0] if values else ""

    def number(s, p):
        values = sorted(float(str(o)) for o in idx.objects(s, p)
                        if isinstance(o, Literal) and _is_number(str(o)))
        return values[-1] if values else None

    # articles: every kgo:Article and every article something points to
    article_iris = {s for s, o in idx.pairs(RDF.type) if o == KG.Article}
    for p in (KG.inArticle, KG.mentionedIn):
        article_iris.update(o for _, o in idx.pairs(p) if isinstance(o, URIRef))
    articles = []
    for a in sorted(article_iris, key=str):
        url = literal(a, KG.url)
        authors = sorted({literal(node, SCHEMA.name) for node in idx.objects(a, SCHEMA.author)} - {""})
        articles.append({"id": str(a), "title": literal(a, KG.title) or literal(a, SCHEMA.headline),
                         "date": literal(a, KG.published),
                         "url": url if re.match(r"https?://", url) else "",
                         "source": literal(a, KG.sourceName), "author": "، ".join(authors)})
    art_index = {a["id"]: i for i, a in enumerate(articles)}

    # evidence sentences
    ev_rows = {}
    for ev, _ in idx.pairs(KG.sentenceText):
        article = idx.one(ev, KG.inArticle)
        ev_rows[str(ev)] = (art_index.get(str(article), -1) if article is not None else -1,
                            _int(idx.one(ev, KG.startOffset)), literal(ev, KG.sentenceText), str(ev))
    ordered = sorted(ev_rows.values())
    evidence = [{"a": a, "o": o, "s": s} for a, o, s, _ in ordered]
    ev_index = {iri: i for i, (_, _, _, iri) in enumerate(ordered)}

    def evidence_of(s):
        return sorted({ev_index[str(e)] for e in idx.objects(s, KG.evidence) if str(e) in ev_index})

    def articles_of(s, p):
        return sorted({art_index[str(a)] for a in idx.objects(s, p) if str(a) in art_index})

    nodes = {}

    def add_node(iri, names):
        cls = _specific(names)
        coarse = CLASSES[cls][0]
        ar = literal(iri, RDFS.label, "ar") or literal(iri, RDFS.label, "ar-Latn")
        en = literal(iri, RDFS.label, "en")
        qids = sorted(local(str(o)) for o in idx.objects(iri, OWL.sameAs)
                      if str(o).startswith("http://www.wikidata.org/entity/"))
        aliases = sorted({str(o) for o in idx.objects(iri, SKOS.altLabel)} - {ar, en})
        node = {"id": str(iri), "cls": cls, "coarse": coarse, "qid": qids[0] if qids else "",
                "aliases": aliases, "date": "", "conf": None, "trigger": "",
                "ev": [], "art": articles_of(iri, KG.mentionedIn)}
        if coarse == "Event":
            date = literal(iri, KG.date)
            type_ar, type_en = EVENT_NAMES.get(cls, EVENT_NAMES["Event"])
            name = literal(iri, KG.eventName, "ar")
            # "قتل · 2025-12-13": the type and the date, or an operation's own name
            ar = name or (f"{type_ar} · {date}" if date else type_ar)
            en = f"{type_en} · {date}" if date else type_en
            if name:
                en = f"{en} ({name})"
            node.update(date=date, conf=number(iri, KG.confidence), trigger=literal(iri, KG.trigger),
                        ev=evidence_of(iri), art=articles_of(iri, KG.inArticle))
        node["label"] = ar or en or literal(iri, RDFS.label) or local(str(iri))
        node["en"] = en
        nodes[str(iri)] = node

    for iri in sorted(classes, key=str):
        add_node(iri, classes[iri])

    edges = []

    def ensure(term):
        if str(term) not in nodes and isinstance(term, URIRef):
            add_node(term, set())
        return str(term)

    statements = {}
    for st, _ in idx.pairs(KG.statementSubject):
        key = (idx.one(st, KG.statementSubject), idx.one(st, KG.statementProperty),
               idx.one(st, KG.statementObject))
        statements.setdefault(key, []).append(st)

    for prop in RELATIONS:
        p = getattr(KG, prop)
        for s, o in sorted(idx.pairs(p), key=lambda so: (str(so[0]), str(so[1]))):
            if not isinstance(o, URIRef):
                continue
            sts = statements.get((s, p, o), [])
            confs = [c for c in (number(st, KG.confidence) for st in sts) if c is not None]
            posts = sorted({literal(st, KG.postName) for st in sts} - {""})
            edges.append({"from": ensure(s), "to": ensure(o), "label": prop, "kind": "relation",
                          "conf": max(confs) if confs else None, "post": "، ".join(posts),
                          "ev": sorted({i for st in sts for i in evidence_of(st)}),
                          "art": sorted({i for st in sts for i in articles_of(st, KG.inArticle)})})

    for event in sorted((iri for iri, n in nodes.items() if n["coarse"] == "Event")):
        ev_node = nodes[event]
        for role in ROLES:
            for o in sorted(idx.objects(URIRef(event), getattr(KG, role)), key=str):
                if not isinstance(o, URIRef):
                    continue
                edges.append({"from": event, "to": ensure(o), "label": role, "kind": "role",
                              "conf": ev_node["conf"], "post": "", "ev": list(ev_node["ev"]),
                              "art": list(ev_node["art"])})

    degree = {}
    for e in edges:
        for end in (e["from"], e["to"]):
            degree[end] = degree.get(end, 0) + 1
    for iri, node in nodes.items():
        node["deg"] = degree.get(iri, 0)
        node["size"] = min(40, 12 + round(3 * math.sqrt(node["deg"])))
    edges.sort(key=lambda e: (e["from"], e["label"], e["to"]))
    for i, e in enumerate(edges):
        e["id"] = f"e{i}"
    return {"nodes": [nodes[k] for k in sorted(nodes)], "edges": edges,
            "evidence": evidence, "articles": articles}


def _is_number(text) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def legend(nodes) -> list:
    """Legend rows for the classes present: ``[{"cls", "coarse", "color", "shape", "count"}]``."""
    counts = {}
    for n in nodes:
        counts[n["cls"]] = counts.get(n["cls"], 0) + 1
    return [{"cls": cls, "coarse": c, "color": color, "shape": shape, "count": counts[cls]}
            for cls, (c, color, shape) in CLASSES.items() if cls in counts]


class _Index:
    """Subject/predicate index over a set of triples (rdflib's Dataset lookups are slow)."""

    def __init__(self, triples):
        self.sp = {}
        self.by_p = {}
        for s, p, o in triples:
            self.sp.setdefault((s, p), []).append(o)
            self.by_p.setdefault(p, []).append((s, o))

    def objects(self, s, p):
        return self.sp.get((s, p), [])

    def one(self, s, p):
        values = sorted(self.objects(s, p), key=str)
        return values[0] if values else None

    def pairs(self, p):
        return self.by_p.get(p, [])


def _triples(graph):
    from rdflib.graph import ConjunctiveGraph, Graph

    from kg.corpus import Triples
    if isinstance(graph, Triples):            # a build's graph, read from its store
        return graph
    if isinstance(graph, ConjunctiveGraph):   # Dataset too: the union of all its graphs
        return {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))}
    if isinstance(graph, Graph):
        return set(graph)
    raise KgError(f"html: expected an rdflib Graph or Dataset, not {type(graph).__name__}")


def _specific(names) -> str:
    """The most specific known class among ``names`` (a subclass beats its coarse class)."""
    for cls, (coarse, _, _) in CLASSES.items():
        if cls in names and cls != coarse:
            return cls
    for cls in COARSE:
        if cls in names:
            return cls
    return "Other"


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


def _int(value) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return -1


# --- layout -------------------------------------------------------------------------------

def layout_positions(node_ids, edges, seed=42) -> dict:
    """Deterministic integer canvas positions ``{id: (x, y)}``.

    Each connected component is laid out on its own, then the components are
    packed in rows (largest first) and isolated nodes go last, in a grid, so a
    few stray nodes never squash the rest. Up to ``SMALL_GRAPH`` nodes a component
    is laid out by networkx ``spring_layout`` (fixed seed); in bigger graphs all
    components go through one Fruchterman-Reingold run whose repulsion is cut off
    at three edge lengths (a k-d tree finds the close pairs: ~linear per iteration).
    """
    import networkx as nx
    import numpy as np

    ids = sorted(node_ids)
    if not ids:
        return {}
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from(sorted({tuple(sorted((a, b))) for a, b in edges if a != b}))
    index = {v: i for i, v in enumerate(ids)}
    comps = sorted((sorted(index[v] for v in c) for c in nx.connected_components(g)),
                   key=lambda c: (-len(c), c[0]))
    linked = [c for c in comps if len(c) > 1]
    single = [c[0] for c in comps if len(c) == 1]
    pos = np.zeros((len(ids), 2))
    if len(ids) <= SMALL_GRAPH:
        for comp in linked:
            if len(comp) == 2:
                pos[comp] = [[0.0, 0.0], [1.0, 0.0]]
                continue
            # a copy with its nodes and edges in sorted order: a subgraph *view* of fewer than
            # half the nodes iterates them from a set, in an order that changes from run to
            # run (PYTHONHASHSEED), and spring_layout's start positions follow that order
            members = [ids[i] for i in comp]
            sub = nx.Graph()
            sub.add_nodes_from(members)
            sub.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(members).edges()))
            p = nx.spring_layout(sub, seed=seed, iterations=100)
            pos[comp] = _unit_edges(np.array([p[ids[i]] for i in comp]),
                                    [(comp.index(index[a]), comp.index(index[b]))
                                     for a, b in sub.edges()])
    elif linked:
        pos = _force_components(g, ids, index, linked, pos, seed)
    coords = _pack(pos, ids, linked, single)
    return {v: (int(round(x * PIXELS_PER_UNIT)), int(round(y * PIXELS_PER_UNIT)))
            for v, (x, y) in coords.items()}


def _unit_edges(p, pairs):
    """Scale a component's positions so that its median edge is one unit long."""
    import numpy as np

    lengths = [float(np.hypot(*(p[a] - p[b]))) for a, b in pairs]
    median = sorted(lengths)[len(lengths) // 2] if lengths else 0.0
    return p / median if median > 1e-9 else p


def _force_components(g, ids, index, linked, pos, seed):
    import numpy as np

    rng = np.random.default_rng(seed)
    offset = 0.0
    for comp in linked:            # each component starts in its own square, far apart
        side = math.sqrt(len(comp))
        pos[comp] = rng.random((len(comp), 2)) * side + [offset, 0.0]
        offset += side + 10.0
    moving = sorted(i for c in linked for i in c)
    sub = np.array(moving)
    local = {v: i for i, v in enumerate(moving)}
    pairs = np.array(sorted((local[index[a]], local[index[b]]) for a, b in g.edges()),
                     dtype=int).reshape(-1, 2)
    pos[sub] = _force(pos[sub], pairs, iterations=80)
    return pos


def _force(pos, edges, iterations=80, k=1.0):
    """Fruchterman-Reingold with repulsion cut off at 3k; ``edges`` is an (m, 2) index array."""
    import numpy as np
    from scipy.spatial import cKDTree

    n = len(pos)
    pos = pos.copy()
    ei, ej = edges[:, 0], edges[:, 1]

    def gather(i, f):
        return np.stack([np.bincount(i, f[:, 0], n), np.bincount(i, f[:, 1], n)], axis=1)

    temp = max(1.0, math.sqrt(n) / 10)
    step = temp / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pairs = cKDTree(pos).query_pairs(3 * k, output_type="ndarray")
        if len(pairs):
            a, b = pairs[:, 0], pairs[:, 1]
            d = pos[a] - pos[b]
            dist2 = np.maximum((d * d).sum(axis=1), 1e-4)
            f = (k * k / dist2)[:, None] * d
            disp += gather(a, f) - gather(b, f)
        if len(ei):
            d = pos[ei] - pos[ej]
            dist = np.sqrt((d * d).sum(axis=1))
            f = (dist / k)[:, None] * d
            disp += gather(ej, f) - gather(ei, f)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= step
    return pos


def _pack(pos, ids, linked, single):
    """Components in rows (largest first), isolated nodes in a grid below them."""
    boxes = []
    for comp in linked:
        p = pos[comp]
        lo, hi = p.min(axis=0), p.max(axis=0)
        boxes.append((comp, lo, hi - lo + 1.5))
    area = sum(w * h for _, _, (w, h) in boxes) + 2.0 * len(single)
    width = max(10.0, math.sqrt(area * 1.8) * 1.15)      # landscape, like a screen
    out = {}
    x = y = row_h = 0.0
    for comp, lo, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for i in comp:
            out[ids[i]] = (pos[i][0] - lo[0] + x, pos[i][1] - lo[1] + y)
        x += w
        row_h = max(row_h, h)
    y += row_h
    per_row = max(1, int(width // 1.5))
    for j, i in enumerate(single):
        out[ids[i]] = ((j % per_row) * 1.5, y + (j // per_row) * 1.5)
    return out


# --- page ---------------------------------------------------------------------------------

def vis_options(physics: bool, big: bool) -> dict:
    """vis-network options: precomputed positions, physics off unless asked."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "stabilization": {"enabled": True, "iterations": 200}}
                    if physics else {"enabled": False}),
        "nodes": {"font": {"face": FONT_STACK, "size": 16, "color": "#1a1a1a",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT_STACK, "size": 11, "color": "#444444",
                           "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
                  "color": {"color": "#8a8a8a", "highlight": "#222222", "hover": "#222222"},
                  "smooth": False if big else {"enabled": True, "type": "curvedCW",
                                               "roundness": 0.12}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "keyboard": False, "navigationButtons": False},
    }


def script_json(value) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>``, ``&``, U+2028/9 verbatim."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, rep)
    return text


def _atomic_write(path, data: bytes) -> None:
    """Write through a temporary file + os.replace: never a half-written page."""
    from kg.io import atomic_write
    atomic_write(path, data, what="the HTML graph")


def _template(name) -> str:
    with open(os.path.join(_TEMPLATE_DIR, name), encoding="utf-8") as handle:
        return handle.read()


def _vis_file(name) -> str:
    """A file of the vis-network build that pyvis ships (read, never imported)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("html: the pyvis package (which ships vis-network) is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "lib", f"vis-{VIS_VERSION}", name)
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        raise KgError(f"html: {path} is missing: install pyvis==0.3.2") from None


def _inline_js(text) -> str:
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def _inline_css(text) -> str:
    if re.search(r"@import|url\(\s*(?!['\"]?data:)", text, flags=re.IGNORECASE):
        raise KgError("html: a stylesheet to inline refers to an external resource")
    return re.sub(r"</(style)", r"<\\/\1", text, flags=re.IGNORECASE)
