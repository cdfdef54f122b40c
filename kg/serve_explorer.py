"""The explorer ``kg serve`` shows at ``/``: a page that loads from the store on demand.

The page is the offline explorer's (``kg/export/templates/graph.html``, ``.js``,
``.css``, vis-network inlined from the pyvis package: the page makes no request but
to the server that sent it), started with no data and fed by the hooks of
``kg/templates/explore.js``, which call small JSON endpoints:

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
* ``/api/page-top``, ``/api/page-entity``, ``/api/page-expand``: the same answers
  converted here to parts of the page's data object (``Partial``), which the page
  passes to ``kgExplorer.add``: one explorer script for both pages.

Each answer is read by IRI with bounded lists. Search and the top list read a
label index each query worker builds once per store version (one pass over
the labels, altLabels, types and mentions: a couple of seconds for 20,000
articles), so a search costs a scan of a list in memory, not a query.
"""
from __future__ import annotations

import html
import json
import re

from kg.linked import KGO, RDFS_LABEL, SKOS_ALT, View, describe, node_summary
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

COARSE_PATHS = {"person/": "Person", "organization/": "Organization", "place/": "Place"}
INDEX_FORMAT = 3


def coarse_of(iri):
    """An entity's coarse class from its minted IRI (``resource/person/...``), or None."""
    from kg.ns import RESOURCE_BASE
    if not iri.startswith(RESOURCE_BASE):
        return None
    rest = iri[len(RESOURCE_BASE):]
    for prefix, coarse in COARSE_PATHS.items():
        if rest.startswith(prefix):
            return coarse
    return None


class LabelIndex:
    """Every entity's labels and altLabels (normalised, in one string searched by ``str.find``)
    and how many articles mention it. Built by two scans of the store (rdfs:label and
    skos:altLabel, kgo:mentionedIn); entities are the minted person/organization/place IRIs."""

    def __init__(self, entities=None, keys=()):
        self.entities = entities or {}       # iri -> [ar, en, coarse, mentions]
        self._set_keys(keys)

    @classmethod
    def build(cls, view):
        entities = {}
        others = set()                       # labelled IRIs that are no entity (events ...)
        keys = set()
        for pred in (RDFS_LABEL, SKOS_ALT):
            for s, o in view.pairs(pred):
                iri = s.value
                row = entities.get(iri)
                if row is None:
                    if iri in others:
                        continue
                    coarse = coarse_of(iri)
                    if coarse is None:
                        others.add(iri)
                        continue
                    row = entities[iri] = ["", "", coarse, 0]
                value = o.value
                if pred == RDFS_LABEL:
                    lang = (o.language or "").lower().split("-")[0]
                    slot = 0 if lang == "ar" else 1 if lang == "en" else None
                    if slot is not None and (not row[slot] or value < row[slot]):
                        row[slot] = value
                keys.add((search_key(value), iri))
        for s, _ in view.pairs(KGO + "mentionedIn"):
            row = entities.get(s.value)
            if row is not None:
                row[3] += 1
        return cls(entities, keys)

    def _set_keys(self, keys):
        self.keys = list(keys)               # (normalised label, iri)
        self._blob = "\n" + "\n".join(k for k, _ in self.keys) + "\n"
        starts, at = [], 1
        for k, _ in self.keys:
            starts.append(at)
            at += len(k) + 1
        self._starts = starts

    def write(self, fh, version):
        """The index as lines of JSON: a header (format, store version), then one line per
        entity: [iri, ar, en, coarse, mentions, [normalised labels]]. Read back line by line,
        so the server's other threads (the page) keep running meanwhile."""
        by_iri = {}
        for k, iri in self.keys:
            by_iri.setdefault(iri, []).append(k)
        fh.write(json.dumps({"format": INDEX_FORMAT, "version": version}) + "\n")
        for iri, row in self.entities.items():
            fh.write(json.dumps([iri] + row + [sorted(by_iri.get(iri, []))], ensure_ascii=False) + "\n")

    @classmethod
    def read(cls, fh, version):
        """The index written by ``write`` for ``version``, or None (another version or format)."""
        head = json.loads(fh.readline() or "{}")
        if head.get("format") != INDEX_FORMAT or head.get("version") != version:
            return None
        entities, keys = {}, []
        for line in fh:
            row = json.loads(line)
            iri = row[0]
            entities[iri] = row[1:5]
            keys += [(k, iri) for k in row[5]]
        return cls(entities, keys)

    def item(self, iri, link_base, classes=None):
        from kg.linked import link
        ar, en, coarse, mentions = self.entities[iri]
        return {"iri": iri, "page": link(iri, link_base), "label": ar or en, "en": en or ar,
                "cls": (classes or {}).get(iri, coarse), "coarse": coarse, "mentions": mentions}

    def _lines_with(self, needle):
        """Indexes of the keys holding ``needle`` (a scan of one string, in C)."""
        import bisect
        blob, out, at = self._blob, [], 0
        while True:
            at = blob.find(needle, at)
            if at < 0:
                return out
            line = bisect.bisect_right(self._starts, at) - 1
            if not out or out[-1] != line:
                out.append(line)
            at = self._starts[line] + len(self.keys[line][0]) + 1 if line + 1 < len(self._starts) \
                else len(blob)

    def search(self, query, limit=MAX_RESULTS):
        """IRIs whose label holds ``query`` (normalised) or every word of it, best first: the whole
        label, then a label starting a word with it, then anywhere; more mentions first."""
        key = search_key(query)
        if not key or "\n" in key:
            return []
        words = key.split()
        best = {}
        for line in self._lines_with(max(words, key=len) if len(words) > 1 else key):
            label, iri = self.keys[line]
            if key in label:
                rank = 0 if label == key else 1 if label.startswith(key) or f" {key}" in label else 2
            elif all(w in label for w in words):
                rank = 3
            else:
                continue
            if rank < best.get(iri, 9):
                best[iri] = rank
        ranked = sorted(best, key=lambda i: (best[i], -self.entities[i][3], i))
        return ranked[:limit]

    def top(self, n=MAX_TOP):
        if getattr(self, "_top", None) is None:
            import heapq
            self._top = heapq.nsmallest(MAX_TOP, self.entities, key=lambda i: (-self.entities[i][3], i))
        return self._top[:n]


class IndexHolder:
    """The label index of a store, built in a background thread in the server process (and
    kept in ``cache_dir`` by store version when given, so a restart reads it back)."""

    def __init__(self, store_path, cache_dir=None):
        import threading
        self.store_path = str(store_path)
        self.cache_dir = cache_dir
        self._lock = threading.Lock()
        self._version = None
        self._index = None
        self._store = None
        self._thread = None
        self._started = None
        self._classes = {}
        self.error = None
        self.seconds = None

    def get(self, version):
        """The index of ``version`` of the store, or None while it is being built (started here)."""
        import threading
        import time
        with self._lock:
            if self._version == version and self._index is not None:
                return self._index
            if self._version == version and (self.error or (self._thread and self._thread.is_alive())):
                return None        # being built, or failed for this version (the error is shown)
            self._version, self._index, self.error, self._classes = version, None, None, {}
            self._started = time.monotonic()
            self._thread = threading.Thread(target=self._build, args=(version,), daemon=True)
            self._thread.start()
            return None

    def wait(self, timeout=None):
        """Until the build under way (if any) is over."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def building_for(self):
        import time
        return 0.0 if self._started is None else time.monotonic() - self._started

    def classes(self, iris):
        """The most specific class of each IRI (read by IRI, cached)."""
        from kg.linked import classes, specific_class
        store = self._store
        todo = [i for i in iris if i not in self._classes]
        if store is not None and todo:
            view = View(store)
            for iri in todo:
                self._classes[iri] = specific_class(classes(view, view.node(iri)))
        return self._classes

    def _cache_path(self):
        import hashlib
        import os
        if not self.cache_dir:
            return None
        digest = hashlib.sha1(os.path.abspath(self.store_path).encode("utf-8")).hexdigest()[:16]
        return os.path.join(os.path.expanduser(str(self.cache_dir)), f"labels-{digest}.json")

    def _build(self, version):
        import os
        import time

        from kg.store import open_store
        t0 = time.monotonic()
        stamp = json.loads(json.dumps(version))
        path = self._cache_path()
        index = None
        try:
            if path and os.path.exists(path):
                try:
                    with open(path, encoding="utf-8") as fh:
                        index = LabelIndex.read(fh, stamp)
                    if index is not None:
                        index.top()
                        self._publish(version, index, None, t0)   # answers at once; classes wait
                except (OSError, ValueError, KeyError, TypeError, IndexError):
                    index = None
            store = open_store(self.store_path, read_only=True)
            if index is None:
                index = LabelIndex.build(View(store))
                index.top()
                if path:
                    self._write_cache(path, index, stamp)
        except Exception as exc:     # the page shows it; the server goes on
            with self._lock:
                if self._version == version:
                    self.error = f"cannot index the store: {' '.join(str(exc).split())}"
            return
        self._publish(version, index, store, t0)

    def _publish(self, version, index, store, t0):
        import time
        with self._lock:
            if self._version == version:
                if self._index is None:
                    self.seconds = time.monotonic() - t0
                self._index, self._store = index, store

    @staticmethod
    def _write_cache(path, index, stamp):
        import os
        import tempfile
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                index.write(fh, stamp)
            os.replace(tmp, path)
        except OSError:
            pass     # no cache: the next start builds the index again


def index_response(holder, version, name, params, link_base=None):
    """(status, content type, body) of ``/api/top`` and ``/api/search``, answered from the label
    index in the server process. While the index is being built: 200 with ``building`` (the
    page asks again)."""
    from kg.serve import _error
    index = holder.get(version)
    if index is None:
        if holder.error:
            return _error(500, holder.error)
        data = {"building": True, "seconds": round(holder.building_for(), 1)}
    elif name in ("top", "page-top"):
        iris = index.top(_int(params.get("n"), 30, 1, MAX_TOP))
        classes = holder.classes(iris)
        if name == "page-top":
            data = dict(top_partial(index, iris, link_base, classes), total=len(index.entities))
        else:
            data = {"entities": [index.item(i, link_base, classes) for i in iris], "total": len(index.entities)}
    else:
        q = params.get("q") or ""
        if len(q) > 200:
            return _error(400, "search: the query is over 200 characters")
        iris = index.search(q)
        classes = holder.classes(iris)
        data = {"q": q, "results": [index.item(i, link_base, classes) for i in iris]}
    return 200, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode("utf-8")


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
    """(status, content type, body) of ``/api/entity`` and ``/api/expand`` (in a query worker)."""
    from kg.serve import _error
    if name == "warm":                     # a worker started ahead of the first request
        return 200, "application/json", b"{}"
    view = View(store)
    answers = {"entity": describe, "expand": expand,                 # the linked-data schema
               "page-entity": entity_partial, "page-expand": expand_partial}   # the page's schema
    if name in answers:
        iri = params.get("iri") or ""
        try:
            node = view.node(iri)
        except ValueError:
            return _error(400, f"{name}: not an IRI: {iri[:200]!r}")
        if not view.exists(node):
            return _error(404, f"{name}: no resource {iri[:200]} in this store")
        data = answers[name](view, node, link_base)
    else:
        return _error(404, f"no such API /api/{name}; there are top, search, entity, expand, "
                           "page-top, page-entity, page-expand")
    return 200, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode("utf-8")


def _int(value, default, low, high):
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


# ------------------------------------------------------------------ answers in the page's schema

class Partial:
    """Nodes, edges, evidence and articles in the schema of the offline page's data object
    (docs/html.md), indices local to this answer: what ``kgExplorer``'s ``add`` takes."""

    def __init__(self, view=None):
        self.view = view
        self.nodes, self.edges = {}, {}
        self.evidence, self._ev = [], {}
        self.articles, self._art = [], {}

    def node(self, summary, **extra):
        iri = summary["iri"]
        node = self.nodes.get(iri)
        if node is None:
            node = self.nodes[iri] = {"id": iri, "label": summary["label"], "en": summary["en"],
                                      "cls": summary["cls"], "coarse": summary["coarse"]}
            if summary.get("date"):
                node["date"] = summary["date"]
            if node["coarse"] == "Event":
                node["label"], node["en"] = self.event_labels(iri, node["cls"], summary.get("date") or "")
        for key, value in extra.items():
            if key in ("ev", "art"):
                node[key] = sorted(set(node.get(key, [])) | set(value))
            elif value not in (None, "", []):
                node[key] = value
        return iri

    def event_labels(self, iri, cls, date):
        """An event's labels as the offline page makes them: "قتل · 2025-12-13", or its name."""
        from kg.export.html import EVENT_NAMES
        type_ar, type_en = EVENT_NAMES.get(cls, EVENT_NAMES["Event"])
        name = self.view.value(self.view.node(iri), KGO + "eventName", "ar") if self.view else ""
        ar = name or (f"{type_ar} · {date}" if date else type_ar)
        en = f"{type_en} · {date}" if date else type_en
        return ar, f"{en} ({name})" if name else en

    def article(self, art):
        if art is None:
            return None
        key = art["iri"]
        if key not in self._art:
            self._art[key] = len(self.articles)
            self.articles.append({"id": key, "title": art.get("title") or "", "date": art.get("date") or "",
                                  "url": art.get("url") or "", "source": art.get("source") or "",
                                  "author": art.get("author") or ""})
        return self._art[key]

    def sentences(self, evs):
        """Evidence indices (and article indices) of ``evidence_of`` rows."""
        out, arts = [], []
        for ev in evs:
            a = self.article(ev.get("article"))
            if a is None or not ev.get("sentence"):
                continue
            key = (a, ev.get("start"), ev["sentence"])
            if key not in self._ev:
                self._ev[key] = len(self.evidence)
                self.evidence.append({"a": a, "o": ev.get("start") or 0, "s": ev["sentence"]})
            out.append(self._ev[key])
            arts.append(a)
        return sorted(set(out)), sorted(set(arts))

    def edge(self, frm, label, to, kind, conf=None, post="", ev=(), art=()):
        key = f"{frm}|{label}|{to}"
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = {"id": key, "from": frm, "to": to, "label": label, "kind": kind,
                                      "conf": conf, "post": post or "", "ev": [], "art": []}
        edge["ev"] = sorted(set(edge["ev"]) | set(ev))
        edge["art"] = sorted(set(edge["art"]) | set(art))
        if conf is not None:
            edge["conf"] = max(edge["conf"] or 0.0, conf)
        return key

    def data(self):
        return {"nodes": [self.nodes[k] for k in sorted(self.nodes)],
                "edges": [self.edges[k] for k in sorted(self.edges)],
                "evidence": self.evidence, "articles": self.articles}


def entity_partial(view, node, link_base):
    """``describe`` of one resource as page data: the node (names, aliases, Wikidata, its articles,
    ``loaded``), its relations and events (an event: its roles), each with its evidence."""
    d = describe(view, node, link_base)
    part = Partial(view)
    iri = d["iri"]
    own_ev, own_art = part.sentences(d.get("evidence", []))
    own_art = sorted(set(own_art) | {part.article(a) for a in d.get("articles", [])})
    extra = {"aliases": d.get("aliases", []), "qid": (d.get("wikidata") or [""])[0], "ev": own_ev,
             "art": own_art, "loaded": True}
    if d["coarse"] == "Event":
        conf = view.value(node, KGO + "confidence")
        extra.update(conf=float(conf) if conf else None, trigger=view.value(node, KGO + "trigger"))
    part.node(d, **extra)
    for r in d.get("relations", []):
        other = part.node(r["other"])
        ev, art = part.sentences(r["evidence"])
        ends = (iri, other) if r["direction"] == "out" else (other, iri)
        part.edge(ends[0], r["property"], ends[1], "relation", r["confidence"] or None, r["post"], ev, art)
    for e in d.get("events", []):
        ev, art = part.sentences(e["evidence"])
        conf = e["confidence"] or None
        event = part.node(e["event"], ev=ev, art=art, conf=conf)
        part.edge(event, e["role"], iri, "role", conf, "", ev, art)
    for r in d.get("roles", []):
        part.edge(iri, r["role"], part.node(r["node"]), "role", extra.get("conf"), "", own_ev, own_art)
    return part.data()


def expand_partial(view, node, link_base):
    """``expand`` as page data: the neighbours and the edges to them (no evidence: a click on a
    node fetches its own)."""
    found = expand(view, node, link_base)
    part = Partial(view)
    for n in found["nodes"]:
        part.node(n)
    for e in found["edges"]:
        part.edge(e["from"], e["label"], e["to"], e["kind"])
    out = part.data()
    out["more"] = found["more"]
    return out


def top_partial(index, iris, link_base, classes):
    """The most mentioned entities as page nodes, most mentioned first (the page's label order)."""
    part = Partial()
    for iri in iris:
        part.node(index.item(iri, link_base, classes))
    return dict(part.data(), nodes=[part.nodes[i] for i in iris])


def served_data(title):
    """The page's first data object when served: nothing drawn yet, physics on (the nodes come
    without positions), unconnected nodes shown (the top entities come without edges)."""
    from kg.export.html import CLASSES, vis_options
    meta = {"title": str(title), "summary": "The store, loaded on demand: search a name, click, expand.",
            "unconnected": True, "served": True, "left": {}, "total": {}}
    return {"meta": meta, "options": vis_options(True, False),
            "classes": [{"cls": c, "coarse": co, "color": col, "shape": sh}
                        for c, (co, col, sh) in CLASSES.items()],
            "legend": [], "nodes": [], "edges": [], "evidence": [], "articles": []}


# ------------------------------------------------------------------ the page

def render_page(title="Knowledge graph explorer") -> bytes:
    """The explorer page: the offline page's template, script and style (kg/export/templates/graph.*)
    with vis-network inlined (no request leaves the page), fed by ``kg/templates/explore.js``
    (the hooks that call /api and pass the answers to ``kgExplorer``'s ``add``)."""
    import os

    from kg.export.html import _inline_css, _inline_js, _template, _vis_file, script_json
    with open(os.path.join(os.path.dirname(__file__), "templates", "explore.js"), encoding="utf-8") as fh:
        hooks = fh.read()
    data = served_data(title)
    parts = {
        "TITLE": html.escape(title),
        "HEIGHT": "100vh",
        "VIS_CSS": _inline_css(_vis_file("vis-network.css")),
        "PAGE_CSS": _inline_css(_template("graph.css")),
        "VIS_JS": _inline_js(_vis_file("vis-network.min.js")),
        "PAGE_JS": _inline_js(hooks + "\n" + _template("graph.js")),
        "DATA": script_json(data),
        "SUMMARY": html.escape(data["meta"]["summary"]),
    }
    page = _template("graph.html")
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], page).encode("utf-8")
