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
    articles by index. A server can feed the same script the same object.

    Only what is drawn is worked out: every node and edge is known by its IRIs, class and
    degree (what :func:`overview` ranks by), and only the nodes and edges it keeps get their
    labels, tooltips, evidence and articles (:class:`_Builder`); the object is the one
    :func:`graph_view` and :func:`overview` make of the whole graph, with the evidence and
    articles the nodes and edges drawn refer to, renumbered."""
    built = _Builder(graph)
    ids, note, left = _choose(built.node_ids, [(e[0], e[2]) for e in built.edges],
                              int(max_nodes or 0), bool(unconnected))
    view = built.view(ids)
    positions = layout_positions([n["id"] for n in view["nodes"]],
                                 [(e["from"], e["to"]) for e in view["edges"]], seed=seed)
    for node in view["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    big = len(view["nodes"]) >= BIG_GRAPH or len(view["edges"]) >= BIG_GRAPH
    summary = f"{len(view['nodes']):,} nodes, {len(view['edges']):,} edges" + note
    meta = {"title": str(title), "summary": summary, "unconnected": bool(unconnected),
            "left": left, "total": {"nodes": len(built.node_ids), "edges": len(built.edges)}}
    return {"meta": meta, "options": vis_options(bool(physics), big),
            "classes": [{"cls": c, "coarse": co, "color": col, "shape": sh}
                        for c, (co, col, sh) in CLASSES.items()],
            "legend": legend(view["nodes"]), "nodes": view["nodes"], "edges": view["edges"],
            "evidence": view["evidence"], "articles": view["articles"]}


# --- what is drawn --------------------------------------------------------------------------

def overview(view, max_nodes=MAX_NODES, unconnected=False):
    """``(view, note, left)``: the nodes the page carries, at most ``max_nodes`` (0: all):
    the most connected first, then the unconnected ones (no edge at all) while room is left,
    and the edges between them. Unconnected nodes are in the page but hidden until asked for
    (``unconnected``: shown from the start). ``note`` says what was left out or hidden ("" when
    nothing was); ``left`` counts it: ``{"capped", "unconnected_out", "unconnected_in"}``."""
    nodes = view["nodes"]
    ids, note, left = _choose([n["id"] for n in nodes], [(e["from"], e["to"]) for e in view["edges"]],
                              max_nodes, unconnected)
    keep = [n for n in nodes if n["id"] in ids]
    edges = [e for e in view["edges"] if e["from"] in ids and e["to"] in ids]
    return {"nodes": keep, "edges": edges}, note, left


def _choose(node_ids, ends, max_nodes=MAX_NODES, unconnected=False):
    """``(ids, note, left)`` of :func:`overview`, from the nodes' ids and the edges' ends."""
    degree = {}
    for edge in ends:
        for end in edge:
            degree[end] = degree.get(end, 0) + 1
    linked = sorted((n for n in node_ids if degree.get(n)), key=lambda n: (-degree[n], n))
    alone = sorted(n for n in node_ids if not degree.get(n))
    capped = 0
    if max_nodes and len(linked) > max_nodes:
        capped = len(linked) - max_nodes
        linked = linked[:max_nodes]
    room = len(alone) if not max_nodes else max(0, max_nodes - len(linked))
    kept_alone, alone_out = alone[:room], len(alone) - min(room, len(alone))
    ids = set(linked) | set(kept_alone)
    parts = []
    if capped:
        parts.append(f"{capped:,} less connected nodes (the {max_nodes:,} most connected are drawn)")
    if alone_out:
        parts.append(f"{alone_out:,} unconnected nodes")
    note = ("; left out: " + " and ".join(parts)) if parts else ""
    if kept_alone and not unconnected:
        note += f"; hidden: {len(kept_alone):,} unconnected nodes (tick \u201cunconnected\u201d to show them)"
    left = {"capped": capped, "unconnected_out": alone_out, "unconnected_in": len(kept_alone)}
    return ids, note, left


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
    built = _Builder(graph)
    return built.view(set(built.node_ids), everything=True)


class _Builder:
    """The page's nodes and edges, worked out in two steps: first every node and edge by its
    IRIs, class and degree (what the overview ranks by: cheap), then, for the nodes and edges
    kept (:meth:`view`), their labels, tooltips, evidence and articles."""

    def __init__(self, graph):
        from rdflib import RDF

        from kg.ns import KG

        self.idx = idx = _index(graph)
        kg_ns = str(KG._NS)
        classes = {}
        for s, o in idx.pairs(RDF.type):
            name = str(o)[len(kg_ns):] if str(o).startswith(kg_ns) else None
            if name in CLASSES and isinstance(s, idx.IRI):
                classes.setdefault(s, set()).add(name)
        # node id -> (its term, its class names): the typed ones, then each other IRI an edge reaches
        self.terms = {}
        for iri in sorted(classes, key=str):
            self.terms[str(iri)] = (iri, classes[iri])

        def ensure(term):
            if str(term) not in self.terms and isinstance(term, idx.IRI):
                self.terms[str(term)] = (term, set())
            return str(term)
        # an edge: (from, label, to, kind, subject, property or role, object), as graph_view sorts them
        edges = []
        for prop in RELATIONS:
            p = getattr(KG, prop)
            for s, o in sorted(idx.pairs(p), key=lambda so: (str(so[0]), str(so[1]))):
                if isinstance(o, idx.IRI):
                    edges.append((ensure(s), prop, ensure(o), "relation", s, idx.term(p), o))
        events = sorted(iri for iri, (_, names) in self.terms.items()
                        if names and CLASSES[_specific(names)][0] == "Event")
        for event in events:
            term = self.terms[event][0]
            for role in ROLES:
                p = getattr(KG, role)
                for o in sorted(idx.objects(term, p), key=str):
                    if isinstance(o, idx.IRI):
                        edges.append((event, role, ensure(o), "role", term, p, o))
        edges.sort(key=lambda e: (e[0], e[1], e[2]))
        self.edges = edges
        self.node_ids = sorted(self.terms)
        self.degree = {}
        for e in edges:
            for end in (e[0], e[2]):
                self.degree[end] = self.degree.get(end, 0) + 1
        self._statements = None

    # -- lookups
    def literal(self, s, p, lang=None):
        lit = self.idx.LIT
        values = sorted(str(o) for o in self.idx.objects(s, p)
                        if isinstance(o, lit) and (lang is None or o.language == lang))
        return values[0] if values else ""

    def number(self, s, p):
        lit = self.idx.LIT
        values = sorted(float(str(o)) for o in self.idx.objects(s, p)
                        if isinstance(o, lit) and _is_number(str(o)))
        return values[-1] if values else None

    def articles(self):
        """Every article (each kgo:Article and each one something points to), sorted: their terms
        and article id -> position."""
        if not hasattr(self, "_articles"):
            from rdflib import RDF

            from kg.ns import KG
            idx = self.idx
            article_iris = idx.subjects_of(RDF.type, KG.Article) | idx.object_iris(KG.inArticle) \
                | idx.object_iris(KG.mentionedIn)
            terms = sorted(article_iris, key=str)
            self._articles = terms, {str(a): i for i, a in enumerate(terms)}
        return self._articles

    def article(self, a):
        from kg.ns import KG, SCHEMA
        literal = self.literal
        url = literal(a, KG.url)
        authors = sorted({literal(node, SCHEMA.name) for node in self.idx.objects(a, SCHEMA.author)} - {""})
        return {"id": str(a), "title": literal(a, KG.title) or literal(a, SCHEMA.headline),
                "date": literal(a, KG.published),
                "url": url if re.match(r"https?://", url) else "",
                "source": literal(a, KG.sourceName), "author": "، ".join(authors)}

    def evidence_terms(self):
        """Evidence id -> its term: every node holding a sentence."""
        if not hasattr(self, "_evidence"):
            from kg.ns import KG
            self._evidence = {str(ev): ev for ev, _ in self.idx.pairs(KG.sentenceText)}
        return self._evidence

    def evidence_of(self, s):
        """The ids of the evidence (with a sentence) of ``s``."""
        from kg.ns import KG
        known = self.evidence_terms()
        return {str(e) for e in self.idx.objects(s, KG.evidence) if str(e) in known}

    def articles_of(self, s, p):
        """The ids of the articles ``s`` points to by ``p``."""
        index = self.articles()[1]
        return {str(a) for a in self.idx.objects(s, p) if str(a) in index}

    def statements(self):
        """(subject, property, object) -> the statements that tell of it."""
        if self._statements is None:
            from kg.ns import KG
            idx, self._statements = self.idx, {}
            for st, _ in idx.pairs(KG.statementSubject):
                key = tuple(map(idx.key, (idx.one(st, KG.statementSubject), idx.one(st, KG.statementProperty),
                                          idx.one(st, KG.statementObject))))
                self._statements.setdefault(key, []).append(st)
        return self._statements

    # -- the kept nodes and edges
    def node(self, iri):
        from rdflib import RDFS
        from rdflib.namespace import OWL, SKOS

        from kg.ns import KG
        term, names = self.terms[iri]
        idx, literal, local = self.idx, self.literal, _local_name
        cls = _specific(names)
        coarse = CLASSES[cls][0]
        ar = literal(term, RDFS.label, "ar") or literal(term, RDFS.label, "ar-Latn")
        en = literal(term, RDFS.label, "en")
        qids = sorted(local(str(o)) for o in idx.objects(term, OWL.sameAs)
                      if str(o).startswith("http://www.wikidata.org/entity/"))
        aliases = sorted({str(o) for o in idx.objects(term, SKOS.altLabel)} - {ar, en})
        node = {"id": iri, "cls": cls, "coarse": coarse, "qid": qids[0] if qids else "",
                "aliases": aliases, "date": "", "conf": None, "trigger": "",
                "ev": set(), "art": self.articles_of(term, KG.mentionedIn)}
        if coarse == "Event":
            date = literal(term, KG.date)
            type_ar, type_en = EVENT_NAMES.get(cls, EVENT_NAMES["Event"])
            name = literal(term, KG.eventName, "ar")
            # "قتل · 2025-12-13": the type and the date, or an operation's own name
            ar = name or (f"{type_ar} · {date}" if date else type_ar)
            en = f"{type_en} · {date}" if date else type_en
            if name:
                en = f"{en} ({name})"
            node.update(date=date, conf=self.number(term, KG.confidence), trigger=literal(term, KG.trigger),
                        ev=self.evidence_of(term), art=self.articles_of(term, KG.inArticle))
        node["label"] = ar or en or literal(term, RDFS.label) or local(iri)
        node["en"] = en
        node["deg"] = self.degree.get(iri, 0)
        node["size"] = min(40, 12 + round(3 * math.sqrt(node["deg"])))
        return node

    def edge(self, number, edge, nodes):
        from kg.ns import KG
        frm, label, to, kind, s, p, o = edge
        if kind == "role":
            ev_node = nodes[frm]
            return {"from": frm, "to": to, "label": label, "kind": kind, "conf": ev_node["conf"],
                    "post": "", "ev": set(ev_node["ev"]), "art": set(ev_node["art"]), "id": f"e{number}"}
        sts = self.statements().get((self.idx.key(s), self.idx.key(p), self.idx.key(o)), [])
        confs = [c for c in (self.number(st, KG.confidence) for st in sts) if c is not None]
        posts = sorted({self.literal(st, KG.postName) for st in sts} - {""})
        return {"from": frm, "to": to, "label": label, "kind": kind,
                "conf": max(confs) if confs else None, "post": "، ".join(posts),
                "ev": {i for st in sts for i in self.evidence_of(st)},
                "art": {i for st in sts for i in self.articles_of(st, KG.inArticle)}, "id": f"e{number}"}

    def view(self, ids, everything=False):
        """``{"nodes", "edges", "evidence", "articles"}`` of the nodes ``ids`` and the edges
        between them, with the evidence and articles they refer to (``everything``: all of
        them, as :func:`graph_view` lists them), numbered in sorted order."""
        from kg.ns import KG
        nodes = {iri: self.node(iri) for iri in self.node_ids if iri in ids}
        edges = [self.edge(number, e, nodes) for number, e in enumerate(self.edges)
                 if e[0] in ids and e[2] in ids]
        items = list(nodes.values()) + edges
        terms, art_index = self.articles()
        evidence = self.evidence_terms()
        used_ev = evidence if everything else {i for item in items for i in item["ev"]}
        rows = []
        for key in used_ev:
            ev = evidence[key]
            article = self.idx.one(ev, KG.inArticle)
            rows.append((art_index.get(str(article), -1) if article is not None else -1,
                         _int(self.idx.one(ev, KG.startOffset)), self.literal(ev, KG.sentenceText), key))
        rows.sort()
        ev_map = {row[3]: new for new, row in enumerate(rows)}
        used_art = range(len(terms)) if everything else sorted(
            {art_index[a] for item in items for a in item["art"]} | {row[0] for row in rows if row[0] >= 0})
        art_map = {old: new for new, old in enumerate(used_art)}
        for item in items:
            item["ev"] = sorted(ev_map[i] for i in item["ev"])
            item["art"] = sorted(art_map[art_index[a]] for a in item["art"])
        return {"nodes": list(nodes.values()), "edges": edges,
                "evidence": [{"a": art_map.get(a, -1), "o": o, "s": s} for a, o, s, _ in rows],
                "articles": [self.article(terms[i]) for i in used_art]}


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
    """Subject/predicate index over a set of triples (rdflib's Dataset lookups are slow).
    ``IRI`` and ``LIT``: the classes of its IRIs and literals."""

    def __init__(self, triples):
        from rdflib import Literal, URIRef
        self.IRI, self.LIT = URIRef, Literal
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

    @staticmethod
    def term(p):
        """The index's own term of the rdflib term ``p``."""
        return p

    def subjects_of(self, p, iri):
        """The subjects of ``(?, p, iri)``, ``iri`` an rdflib IRI."""
        return {s for s, o in self.pairs(p) if isinstance(o, self.IRI) and str(o) == str(iri)}

    def object_iris(self, p):
        """The IRIs that are objects of ``p``."""
        return {o for _, o in self.pairs(p) if isinstance(o, self.IRI)}

    @staticmethod
    def key(term):
        """What tells ``term`` from every other term (an IRI from a literal of the same text)."""
        return term


def _index(graph):
    """The subject/predicate index of ``graph``: of its lines, terms made as they are read
    (:class:`_LineIndex`), for a :class:`kg.corpus.LineGraph`; else of its rdflib triples."""
    from kg.corpus import LineGraph
    if isinstance(graph, LineGraph):
        return _LineIndex(graph)
    return _Index(_triples(graph))


class _Iri(str):
    """An IRI read from an N-Triples line: its text is the IRI's (as rdflib's URIRef); ``nt``
    its N-Triples form."""


class _Blank(str):
    """A blank node read from an N-Triples line (its text: the node's id, as rdflib's BNode)."""


class _Lit(str):
    """A literal read from an N-Triples line: its text is its lexical form (as rdflib's Literal);
    ``language`` its language tag (lower case, as pyoxigraph reads it) or None."""


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text) -> str:
    """N-Triples' escapes (ECHAR, UCHAR) undone."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if m.group(3) is None
                       else _ECHAR.get(m.group(3), m.group(0)), text)


def nt_term(text):
    """The term of its N-Triples form ``text`` (as a build writes it: pyoxigraph's forms of
    rdflib's terms, lexical forms canonical): an :class:`_Iri`, :class:`_Blank` or :class:`_Lit`
    whose text and language are those rdflib's term would have."""
    if text[0] == "<":
        term = _Iri(_unescape(text[1:-1]))
    elif text[0] == "_":
        term = _Blank(text[2:])
    else:
        end = text.rindex('"')
        term = _Lit(_unescape(text[1:end]))
        term.language = text[end + 2:].lower() if text[end + 1:end + 2] == "@" else None
    term.nt = text
    return term


class _Terms(dict):
    """N-Triples form -> term, each made once, when first asked for."""

    def __missing__(self, text):
        term = self[text] = nt_term(text)
        return term


class _LineIndex:
    """:class:`_Index` over a :class:`kg.corpus.LineGraph`: a term is made of a line's N-Triples
    form when it is first read (:func:`nt_term`), so the lines of the nodes left out of the page
    are never parsed."""

    IRI, LIT = _Iri, _Lit

    def __init__(self, graph):
        self.sp, self.by_p = graph.sp, graph.by_p
        self.terms, self.all_pairs = _Terms(), {}
        self._term = self.terms.__getitem__

    @staticmethod
    def _pred(p):
        return f"<{p}>"

    def objects(self, s, p):
        found = self.sp.get((s.nt, self._pred(p)))
        return list(map(self._term, found)) if found else []

    def one(self, s, p):
        values = sorted(self.objects(s, p), key=str)
        return values[0] if values else None

    def pairs(self, p):
        text = self._pred(p)
        found = self.all_pairs.get(text)
        if found is None:
            term = self._term
            found = self.all_pairs[text] = [(term(s), term(o)) for s, o in self.by_p.get(text, ())]
        return found

    def term(self, p):
        return self._term(self._pred(p))

    def subjects_of(self, p, iri):
        text = self._pred(iri)
        return set(map(self._term, {s for s, o in self.by_p.get(self._pred(p), ()) if o == text}))

    def object_iris(self, p):
        return set(map(self._term, {o for _, o in self.by_p.get(self._pred(p), ()) if o[0] == "<"}))

    @staticmethod
    def key(term):
        return None if term is None else term.nt


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
    """Fruchterman-Reingold with repulsion cut off at 3k; ``edges`` is an (m, 2) index array.
    The x and y columns are worked on apart (each sum is the one a row-wise sum of the pair
    makes, so the positions are bit for bit those of the (n, 2) arithmetic, at half its cost)."""
    import numpy as np
    from scipy.spatial import cKDTree

    n = len(pos)
    pos = pos.copy()
    x, y = pos[:, 0], pos[:, 1]             # views: pos moves with them
    ei, ej = edges[:, 0], edges[:, 1]
    bincount, sqrt, maximum = np.bincount, np.sqrt, np.maximum
    temp = max(1.0, math.sqrt(n) / 10)
    step = temp / (iterations + 1)
    for _ in range(iterations):
        dx, dy = np.zeros(n), np.zeros(n)
        pairs = cKDTree(pos).query_pairs(3 * k, output_type="ndarray")
        if len(pairs):
            a, b = pairs[:, 0], pairs[:, 1]
            px, py = x[a] - x[b], y[a] - y[b]
            c = k * k / maximum(px * px + py * py, 1e-4)
            fx, fy = c * px, c * py
            dx += bincount(a, fx, n) - bincount(b, fx, n)
            dy += bincount(a, fy, n) - bincount(b, fy, n)
        if len(ei):
            px, py = x[ei] - x[ej], y[ei] - y[ej]
            c = sqrt(px * px + py * py) / k
            fx, fy = c * px, c * py
            dx += bincount(ej, fx, n) - bincount(ei, fx, n)
            dy += bincount(ej, fy, n) - bincount(ei, fy, n)
        length = maximum(sqrt(dx * dx + dy * dy), 1e-9)
        scale = np.minimum(length, temp) / length
        x += dx * scale
        y += dy * scale
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
