"""The explorer ``kg serve`` shows at ``/``: a page that loads from the store on demand.

The page (``kg/templates/explore.html``, ``.js``, ``.css``, with vis-network
inlined from the pyvis package as ``kg/export/html.py`` does: the page makes
no request but to the server that sent it) calls small JSON endpoints:

* ``/api/top?n=``: the most mentioned entities (what the page draws first);
* ``/api/search?q=``: entities whose Arabic or English label or altLabel holds
  the words typed, normalised like ``kg.normalize.norm`` (diacritics, alef
  forms, ta marbuta ...) and case-folded; whole-label matches first, then
  prefixes, then the most mentioned;
* ``/api/entity?iri=``: names, aliases, Wikidata, relations and events, each
  with its evidence sentence and the article's title, date and url (as
  ``kg.linked.describe``);
* ``/api/expand?iri=``: the neighbours of a node (relation ends, events and
  their role fillers) as nodes and edges to add to the drawing.

Each answer is read by IRI with bounded lists. Search and the top list read a
label index each query worker builds once per store version (one pass over
the labels, altLabels, types and mentions: a couple of seconds for 20,000
articles), so a search costs a scan of a list in memory, not a query.
"""
from __future__ import annotations

import html
import json
import re

from kg.linked import (ENTITY_CLASSES, KGO, RDF_TYPE, RDFS_LABEL, SKOS_ALT, View, describe,
                       node_summary)
from kg.normalize import norm

MAX_RESULTS = 30
MAX_NEIGHBOURS = 60
MAX_TOP = 60
RELATIONS = ("memberOf", "leaderOf", "spokespersonOf", "positionIn", "affiliatedWith",
             "locatedIn", "partOf")
ROLES = ("agent", "target", "place")


def search_key(text: str) -> str:
    """How a label and a query are compared: ``norm`` (Arabic forms unified) then case-folded."""
    return " ".join(norm(text).casefold().replace("-", " ").split())


# ------------------------------------------------------------------ the label index

class LabelIndex:
    """Every entity's labels and altLabels (normalised), its class and how many articles mention it."""

    def __init__(self, view):
        from kg.export.html import CLASSES, _specific
        types = {}
        for s, _, o in view.triples(None, RDF_TYPE, None):
            if o.value.startswith(KGO) and o.value[len(KGO):] in ENTITY_CLASSES:
                types.setdefault(s, set()).add(o.value[len(KGO):])
        self.entities = {}                 # iri -> [ar, en, cls, coarse, mentions]
        self.keys = []                     # (normalised label, iri)
        for s, names in types.items():
            cls = _specific(names)
            self.entities[s.value] = ["", "", cls, CLASSES[cls][0], 0]
        for pred in (RDFS_LABEL, SKOS_ALT):
            for s, _, o in view.triples(None, pred, None):
                row = self.entities.get(s.value)
                if row is None:
                    continue
                if pred == RDFS_LABEL:
                    lang = (o.language or "").lower().split("-")[0]
                    slot = 0 if lang == "ar" else 1 if lang == "en" else None
                    if slot is not None and (not row[slot] or o.value < row[slot]):
                        row[slot] = o.value
                self.keys.append((search_key(o.value), s.value))
        for s, _, _ in view.triples(None, KGO + "mentionedIn", None):
            row = self.entities.get(s.value)
            if row is not None:
                row[4] += 1
        self.keys = sorted(set(self.keys))

    def item(self, iri, link_base):
        from kg.linked import link
        ar, en, cls, coarse, mentions = self.entities[iri]
        return {"iri": iri, "page": link(iri, link_base), "label": ar or en, "en": en or ar,
                "cls": cls, "coarse": coarse, "mentions": mentions}

    def search(self, query, limit=MAX_RESULTS):
        """IRIs whose label holds every word of ``query`` (normalised), best first."""
        key = search_key(query)
        if not key:
            return []
        words = key.split()
        best = {}
        for label, iri in self.keys:
            if key in label:
                rank = 0 if label == key else 1 if label.startswith(key) or f" {key}" in label else 2
            elif all(w in label for w in words):
                rank = 3
            else:
                continue
            if rank < best.get(iri, 9):
                best[iri] = rank
        ranked = sorted(best, key=lambda i: (best[i], -self.entities[i][4], i))
        return ranked[:limit]

    def top(self, n=MAX_TOP):
        return sorted(self.entities, key=lambda i: (-self.entities[i][4], i))[:n]


_INDEXES = {}     # id(store) -> LabelIndex: one per worker process and store


def label_index(store, view=None):
    key = id(store)
    index = _INDEXES.get(key)
    if index is None:
        _INDEXES.clear()
        index = _INDEXES[key] = LabelIndex(view or View(store))
    return index


# ------------------------------------------------------------------ the answers

def expand(view, node, link_base, limit=MAX_NEIGHBOURS):
    """Nodes and edges around ``node``: direct relations both ways, events it has a role in
    with their other role fillers; for an event, its role fillers. At most ``limit`` nodes."""
    center = node_summary(view, node, link_base)
    nodes = {center["iri"]: center}
    edges = {}
    more = 0

    def add(n):
        nonlocal more
        if n.value in nodes:
            return True
        if len(nodes) > limit:
            more += 1
            return False
        nodes[n.value] = node_summary(view, n, link_base)
        return True

    def edge(a, b, label, kind):
        edges[(a, b, label)] = {"id": f"{a}|{label}|{b}", "from": a, "to": b, "label": label, "kind": kind}

    def roles(event):
        for role in ROLES:
            for o in view.objects(event, KGO + role):
                if add(o):
                    edge(event.value, o.value, role, "role")

    if center["coarse"] == "Event":
        roles(node)
    else:
        for rel in RELATIONS:
            for o in view.objects(node, KGO + rel)[:limit]:
                if add(o):
                    edge(node.value, o.value, rel, "relation")
            for s in view.subjects(KGO + rel, node, limit=limit):
                if add(s):
                    edge(s.value, node.value, rel, "relation")
        for role in ROLES:
            for ev in view.subjects(KGO + role, node, limit=limit):
                if add(ev):
                    roles(ev)
    return {"center": center["iri"], "nodes": sorted(nodes.values(), key=lambda n: n["iri"]),
            "edges": sorted(edges.values(), key=lambda e: e["id"]), "more": more}


def api_response(store, name, params, link_base=None):
    """(status, content type, body) of ``/api/<name>`` with the query ``params`` (dict of str)."""
    from kg.serve import _error
    view = View(store)
    if name == "warm":
        label_index(store, view)
        return 200, "application/json", b"{}"
    if name == "top":
        index = label_index(store, view)
        n = _int(params.get("n"), 30, 1, MAX_TOP)
        data = {"entities": [index.item(i, link_base) for i in index.top(n)],
                "total": len(index.entities)}
    elif name == "search":
        q = params.get("q") or ""
        if len(q) > 200:
            return _error(400, "search: the query is over 200 characters")
        index = label_index(store, view)
        data = {"q": q, "results": [index.item(i, link_base) for i in index.search(q)]}
    elif name in ("entity", "expand"):
        iri = params.get("iri") or ""
        try:
            node = view.node(iri)
        except ValueError:
            return _error(400, f"{name}: not an IRI: {iri[:200]!r}")
        if not view.exists(node):
            return _error(404, f"{name}: no resource {iri[:200]} in this store")
        data = describe(view, node, link_base) if name == "entity" else expand(view, node, link_base)
    else:
        return _error(404, f"no such API /api/{name}; there are top, search, entity, expand")
    return 200, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode("utf-8")


def _int(value, default, low, high):
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


# ------------------------------------------------------------------ the page

def render_page(title="Knowledge graph explorer") -> bytes:
    """The explorer page: template + vis-network inlined (no request leaves the page)."""
    import os

    from kg.export.html import CLASSES, _inline_css, _inline_js, _vis_file, script_json
    folder = os.path.join(os.path.dirname(__file__), "templates")

    def template(name):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            return fh.read()
    styles = {cls: {"coarse": c, "color": color, "shape": shape} for cls, (c, color, shape) in CLASSES.items()}
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _inline_css(_vis_file("vis-network.css")),
        "PAGE_CSS": _inline_css(template("explore.css")),
        "VIS_JS": _inline_js(_vis_file("vis-network.min.js")),
        "PAGE_JS": _inline_js(template("explore.js")),
        "STYLES": script_json(styles),
    }
    page = template("explore.html")
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], page).encode("utf-8")
