"""Linked data: every IRI kg mints resolves on ``kg serve``.

``GET /resource/<type>/<slug>`` (the IRI's path after the minted base
``https://w3id.org/arabic-kg/``) answers with

* an HTML page of the resource (``text/html``, the default, also for ``*/*``):
  its labels, types, Wikidata link, every fact, the evidence sentences with
  their article's title, date and url, its relations and events (for an
  entity), what refers to it, links to the other resources rewritten to the
  served host (or ``kg serve --base``);
* its concise bounded description with ``Accept: text/turtle``,
  ``application/ld+json`` or ``application/n-triples`` (or ``?format=ttl``,
  ``jsonld``, ``nt``): every triple whose subject is the IRI, and the same for
  each blank node reached (kg mints none, other stores may). The statement and
  evidence nodes that point at an entity are not in it: each is a resource of
  its own, linked from the HTML page.

The store's IRIs keep their minted base; only links in pages are rewritten.
Everything is read from the store's union graph (its default graph) by IRI,
with bounded lists (``MAX_ITEMS`` per section), so a page costs the same on a
store of any size. All text from the data goes through ``html.escape``.
"""
from __future__ import annotations

import html
import re
from urllib.parse import unquote

from kg.ns import RESOURCE_BASE

KGO = "https://w3id.org/arabic-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
WIKIDATA = "http://www.wikidata.org/entity/"
MINTED_ROOT = RESOURCE_BASE[: -len("resource/")]     # https://w3id.org/arabic-kg/
MAX_ITEMS = 50          # rows per section of a page (relations, events, references ...)
MAX_EVIDENCE = 3        # evidence sentences per relation or event

# media type -> pyoxigraph RdfFormat name; None = the HTML page. First = default.
RESOURCE_TYPES = [
    ("text/html", None),
    ("application/xhtml+xml", None),
    ("text/turtle", "TURTLE"),
    ("application/ld+json", "JSON_LD"),
    ("application/n-triples", "N_TRIPLES"),
    ("application/x-turtle", "TURTLE"),
    ("application/turtle", "TURTLE"),
    ("application/json", "JSON_LD"),
]
FORMAT_PARAM = {"html": "text/html", "ttl": "text/turtle", "turtle": "text/turtle",
                "jsonld": "application/ld+json", "json-ld": "application/ld+json",
                "nt": "application/n-triples", "ntriples": "application/n-triples"}
ENTITY_CLASSES = {"Person", "Organization", "Place", "ArmedGroup", "ArmedForce", "GovernmentBody",
                  "Coalition", "MediaOrganization", "PoliticalOrganization", "Country", "City", "Region"}
EVENT_CLASSES = {"Event", "Attack", "Strike", "Killing", "Arrest", "MilitaryOperation", "Meeting", "Visit"}
ROLES = ("agent", "target", "place")


# ------------------------------------------------------------------ reading the union graph

class View:
    """The union graph of a pyoxigraph store, read by pattern (its default graph when it has
    one, as ``kg build --store`` writes it; else every named graph, the build's status left out)."""

    def __init__(self, store):
        import pyoxigraph as ox

        from kg.store import STATUS_GRAPH
        self.ox = ox
        self.store = store
        default = ox.DefaultGraph()
        has_default = next(iter(store.quads_for_pattern(None, None, None, default)), None) is not None
        self.graph = default if has_default else None
        self.status = ox.NamedNode(STATUS_GRAPH)

    def node(self, iri):
        return self.ox.NamedNode(iri)

    def triples(self, s=None, p=None, o=None):
        if isinstance(p, str):
            p = self.ox.NamedNode(p)
        if self.graph is not None:
            for q in self.store.quads_for_pattern(s, p, o, self.graph):
                yield q.subject, q.predicate, q.object
            return
        seen = set()
        for q in self.store.quads_for_pattern(s, p, o, None):
            if q.graph_name == self.status:
                continue
            t = (q.subject, q.predicate, q.object)
            if t not in seen:
                seen.add(t)
                yield t

    def pairs(self, p):
        """(subject, object) of every triple with predicate ``p`` (the predicate itself not decoded)."""
        p = self.ox.NamedNode(p) if isinstance(p, str) else p
        if self.graph is not None:
            return ((q.subject, q.object) for q in self.store.quads_for_pattern(None, p, None, self.graph))
        return ((s, o) for s, _, o in self.triples(None, p, None))

    def objects(self, s, p):
        return [o for _, _, o in self.triples(s, p, None)]

    def subjects(self, p, o, limit=None):
        out = []
        for s, _, _ in self.triples(None, p, o):
            if limit is not None and len(out) >= limit:
                break
            out.append(s)
        return out

    def value(self, s, p, lang=None):
        """The first (sorted) literal value of ``s p``, of language ``lang`` (its primary subtag) if given."""
        values = sorted(o.value for o in self.objects(s, p) if _is_literal(o) and
                        (lang is None or (o.language or "").lower().split("-")[0] == lang))
        return values[0] if values else ""

    def exists(self, node) -> bool:
        return next(iter(self.triples(node, None, None)), None) is not None


def _is_literal(term):
    return type(term).__name__ == "Literal"


def _is_iri(term):
    return type(term).__name__ == "NamedNode"


def _local(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


def short(iri: str) -> str:
    """``kgo:memberOf`` for a known namespace, else the IRI."""
    from kg.query import PREFIXES
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and prefix != "res":
            return f"{prefix}:{iri[len(ns):]}"
    return iri


# ------------------------------------------------------------------ paths and links

def normalise_base(base):
    """The public base as given to ``--base`` (``https://kg.example.org/`` ...), ending in ``/``;
    None stays None (links are then root-relative: the served host)."""
    if base is None:
        return None
    base = str(base).strip()
    if not re.match(r"(?i)^https?://[^/\s]+(/\S*)?$", base):
        from kg.errors import KgError
        raise KgError(f"--base must be an http(s) URL such as https://kg.example.org/, not {base!r}")
    return base if base.endswith("/") else base + "/"


def candidate_iris(rest: str) -> list:
    """Store IRIs a request path ``/resource/<rest>`` may stand for: as sent (a minted IRI that
    holds percent-escapes, e.g. an article id with a space) and percent-decoded."""
    out = [RESOURCE_BASE + rest]
    decoded = RESOURCE_BASE + unquote(rest)
    if decoded not in out:
        out.append(decoded)
    return out


def link(iri: str, link_base) -> str:
    """Where a page links to a resource: minted IRIs under the served host or public base,
    anything else (Wikidata ...) as it is."""
    if iri.startswith(RESOURCE_BASE):
        return (link_base or "/") + iri[len(MINTED_ROOT):]
    return iri


def wikidata_page(iri: str) -> str:
    return "https://www.wikidata.org/wiki/" + iri[len(WIKIDATA):] if iri.startswith(WIKIDATA) else iri


# ------------------------------------------------------------------ what a resource is

def classes(view, node) -> list:
    return sorted(o.value[len(KGO):] for o in view.objects(node, RDF_TYPE)
                  if _is_iri(o) and o.value.startswith(KGO))


def specific_class(names) -> str:
    from kg.export.html import _specific
    return _specific(set(names))


def node_summary(view, node, link_base) -> dict:
    """iri, page, label (Arabic), en, cls, coarse, and for an event its date."""
    from kg.export.html import CLASSES
    iri = node.value
    names = classes(view, node)
    cls = specific_class(names)
    ar = view.value(node, RDFS_LABEL, "ar") or view.value(node, KGO + "title")
    en = view.value(node, RDFS_LABEL, "en")
    out = {"iri": iri, "page": link(iri, link_base), "label": ar or en or _local(iri),
           "en": en or ar or _local(iri), "cls": cls, "coarse": CLASSES[cls][0]}
    if out["coarse"] == "Event":
        out["date"] = view.value(node, KGO + "date")
    return out


def article_summary(view, node, link_base) -> dict:
    return {"iri": node.value, "page": link(node.value, link_base),
            "title": view.value(node, KGO + "title") or view.value(node, KGO + "articleId"),
            "date": view.value(node, KGO + "published"), "url": view.value(node, KGO + "url"),
            "source": view.value(node, KGO + "sourceName")}


def evidence_of(view, node, link_base, limit=MAX_EVIDENCE):
    """``(sentences, total)``: the evidence sentences of a statement or event, each with its article."""
    evs = view.objects(node, KGO + "evidence")
    out = []
    for ev in sorted(evs, key=lambda e: e.value)[:limit]:
        article = next(iter(view.objects(ev, KGO + "inArticle")), None)
        start = view.value(ev, KGO + "startOffset")
        out.append({"iri": ev.value, "page": link(ev.value, link_base),
                    "sentence": view.value(ev, KGO + "sentenceText"),
                    "start": int(start) if start.lstrip("-").isdigit() else None,
                    "article": article_summary(view, article, link_base) if article is not None else None})
    return out, len(evs)


def relations_of(view, node, link_base, limit=MAX_ITEMS):
    """The relations an entity takes part in, from the statement nodes that name it: one row per
    (property, direction, other end) with the evidence of all its statements."""
    rows = {}
    total = 0
    for role, direction, other_role in (("statementSubject", "out", "statementObject"),
                                        ("statementObject", "in", "statementSubject")):
        for st in view.subjects(KGO + role, node, limit=limit * 4):
            total += 1
            prop = next(iter(view.objects(st, KGO + "statementProperty")), None)
            other = next(iter(view.objects(st, KGO + other_role)), None)
            if prop is None or other is None:
                continue
            key = (prop.value, direction, other.value)
            row = rows.get(key)
            if row is None:
                if len(rows) >= limit:
                    continue
                row = rows[key] = {"property": _local(prop.value), "direction": direction,
                                   "other": node_summary(view, other, link_base), "confidence": 0.0,
                                   "post": "", "statements": [], "evidence": [], "evidence_total": 0}
            conf = view.value(st, KGO + "confidence")
            row["confidence"] = max(row["confidence"], float(conf) if conf else 0.0)
            row["post"] = row["post"] or view.value(st, KGO + "postName")
            row["statements"].append(link(st.value, link_base))
            if len(row["evidence"]) < MAX_EVIDENCE:
                evs, n = evidence_of(view, st, link_base, MAX_EVIDENCE - len(row["evidence"]))
                row["evidence"] += evs
                row["evidence_total"] += n
    out = sorted(rows.values(), key=lambda r: (-r["confidence"], r["property"], r["other"]["iri"]))
    return out, total


def events_of(view, node, link_base, limit=MAX_ITEMS):
    """The events an entity has a role in (newest first), each with its evidence."""
    found = []
    for role in ROLES:
        for ev in view.subjects(KGO + role, node, limit=limit):
            found.append((role, ev))
    total = len(found)
    out = []
    for role, ev in found:
        summary = node_summary(view, ev, link_base)
        conf = view.value(ev, KGO + "confidence")
        evs, n = evidence_of(view, ev, link_base)
        out.append({"role": role, "event": summary, "type": summary["cls"],
                    "date": summary.get("date", ""), "confidence": float(conf) if conf else 0.0,
                    "evidence": evs, "evidence_total": n})
    out.sort(key=lambda e: (e["date"] or "", e["event"]["iri"]), reverse=True)
    return out[:limit], total


def roles_of(view, node, link_base):
    """An event's agents, targets and places."""
    return [{"role": role, "node": node_summary(view, o, link_base)}
            for role in ROLES for o in sorted(view.objects(node, KGO + role), key=lambda t: t.value)]


def describe(view, node, link_base) -> dict:
    """All a page or the explorer's panel shows of one resource (bounded)."""
    head = node_summary(view, node, link_base)
    names = classes(view, node)
    aliases = sorted({o.value for o in view.objects(node, SKOS_ALT) if _is_literal(o)}
                     | {o.value for o in view.objects(node, RDFS_LABEL) if _is_literal(o)}
                     - {head["label"], head["en"]})
    wikidata = sorted(o.value[len(WIKIDATA):] for o in view.objects(node, OWL_SAMEAS)
                      if _is_iri(o) and o.value.startswith(WIKIDATA))
    out = dict(head, types=names, aliases=aliases, wikidata=wikidata,
               label_ar=view.value(node, RDFS_LABEL, "ar"), label_en=view.value(node, RDFS_LABEL, "en"))
    if set(names) & ENTITY_CLASSES:
        out["relations"], out["relations_total"] = relations_of(view, node, link_base)
        out["events"], out["events_total"] = events_of(view, node, link_base)
        articles = view.objects(node, KGO + "mentionedIn")
        out["articles"] = [article_summary(view, a, link_base)
                           for a in sorted(articles, key=lambda a: a.value)[:MAX_ITEMS]]
        out["articles_total"] = len(articles)
    if set(names) & EVENT_CLASSES:
        out["roles"] = roles_of(view, node, link_base)
    if view.objects(node, KGO + "evidence"):
        out["evidence"], out["evidence_total"] = evidence_of(view, node, link_base, MAX_ITEMS)
    if "Article" in names:
        out["article"] = article_summary(view, node, link_base)
    return out


def facts(view, node, link_base, limit=MAX_ITEMS):
    """``(rows, left_out)``: the resource's own triples as (predicate, value) rows, at most
    ``limit`` per predicate; a value is {"text", "lang"} or {"iri", "page", "label"}."""
    per = {}
    left = {}
    for _, p, o in view.triples(node, None, None):
        rows = per.setdefault(p.value, [])
        if len(rows) >= limit:
            left[p.value] = left.get(p.value, 0) + 1
            continue
        rows.append(o)
    out = []
    for p in sorted(per, key=lambda x: (x != RDF_TYPE, x != RDFS_LABEL, short(x))):
        for o in sorted(per[p], key=lambda t: str(t)):
            if _is_literal(o):
                value = {"text": o.value, "lang": o.language or ""}
            elif _is_iri(o):
                page = wikidata_page(o.value) if p == OWL_SAMEAS else link(o.value, link_base)
                label = short(o.value)
                if o.value.startswith(RESOURCE_BASE):
                    label = view.value(o, RDFS_LABEL, "ar") or view.value(o, KGO + "title") \
                        or view.value(o, RDFS_LABEL)
                value = {"iri": o.value, "page": page, "label": label}
            else:
                value = {"text": str(o), "lang": ""}
            out.append((p, value))
    return out, left


def referenced_by(view, node, link_base, skip=(), limit=MAX_ITEMS):
    """``(rows, more)``: the resources that point at this one, (predicate, node summary), bounded."""
    rows, more = [], 0
    skip = set(skip)
    for s, p, _ in view.triples(None, None, node):
        if p.value in skip:
            continue
        if len(rows) >= limit:
            more += 1
            if more > 10_000:      # a count past this says nothing more
                break
            continue
        rows.append((p.value, node_summary(view, s, link_base)))
    rows.sort(key=lambda r: (short(r[0]), r[1]["iri"]))
    return rows, more


# ------------------------------------------------------------------ the description as RDF

def cbd(view, node, max_triples=100_000) -> list:
    """The concise bounded description: triples with the node as subject, blank nodes followed."""
    out, todo, seen = [], [node], set()
    while todo and len(out) < max_triples:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        for t in view.triples(s, None, None):
            out.append(t)
            if type(t[2]).__name__ == "BlankNode":
                todo.append(t[2])
    return sorted(out, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))


def serialize(view, triples, fmt) -> bytes:
    from kg.query import PREFIXES
    ox = view.ox
    extra = {"prefixes": {p: i for p, i in PREFIXES.items() if p != "res"}} if fmt == "TURTLE" else {}
    return ox.serialize([ox.Triple(*t) for t in triples], format=getattr(ox.RdfFormat, fmt), **extra) or b""


# ------------------------------------------------------------------ the worker's entry point

def resource_response(store, rest, accept, fmt_param=None, link_base=None):
    """(status, content type, body) for ``GET /resource/<rest>`` on a pyoxigraph store."""
    from kg.serve import _error, _not_acceptable, negotiate

    view = View(store)
    node = None
    for iri in candidate_iris(rest):
        try:
            candidate = view.node(iri)
        except ValueError:
            continue
        if view.exists(candidate):
            node = candidate
            break
    if node is None:
        return _error(404, f"no resource {RESOURCE_BASE}{rest} in this store")
    if fmt_param:
        media = FORMAT_PARAM.get(fmt_param.lower())
        if media is None:
            return _error(400, f"unknown format {fmt_param!r}; use one of {', '.join(FORMAT_PARAM)}")
        chosen = next(c for c in RESOURCE_TYPES if c[0] == media)
    else:
        chosen = negotiate(accept, RESOURCE_TYPES)
        if chosen is None:
            return _not_acceptable(RESOURCE_TYPES)
    media, fmt = chosen
    if fmt is None:
        return 200, "text/html; charset=utf-8", render_page(view, node, link_base).encode("utf-8")
    return 200, f"{media}; charset=utf-8", serialize(view, cbd(view, node), fmt)


# ------------------------------------------------------------------ the HTML page

_CSS = """
body{font-family:"Noto Sans Arabic","Noto Naskh Arabic",Arial,sans-serif;margin:0 auto;max-width:62rem;
padding:1rem 1.5rem;color:#222;line-height:1.5}
header{font-size:.9rem;color:#555;border-bottom:1px solid #ddd;padding-bottom:.4rem}
h1{margin:.6rem 0 0}.en{color:#555;margin:0}.iri{font-family:monospace;font-size:.85rem;color:#555;word-break:break-all}
h2{font-size:1.1rem;border-bottom:1px solid #eee;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}td,th{text-align:start;vertical-align:top;padding:.2rem .5rem;border-bottom:1px solid #f0f0f0}
th{white-space:nowrap;color:#444;font-weight:600;width:12rem}
.ev{background:#f7f7f2;border-inline-start:3px solid #c9b458;padding:.3rem .6rem;margin:.3rem 0}
.meta{font-size:.85rem;color:#666}.tag{display:inline-block;background:#eef;border-radius:3px;padding:0 .4rem;margin:0 .2rem}
ul{padding-inline-start:1.2rem}li{margin:.35rem 0}
"""


def render_page(view, node, link_base) -> str:
    """The HTML page of one resource: every piece of data escaped."""
    esc = html.escape
    d = describe(view, node, link_base)
    home = link_base or "/"
    out = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{esc(d['label'])} · {esc(d['en'])}</title>"]
    for media, name in (("text/turtle", "ttl"), ("application/ld+json", "jsonld"),
                        ("application/n-triples", "nt")):
        out.append(f'<link rel="alternate" type="{media}" href="{esc(d["page"])}?format={name}">')
    out.append(f"<style>{_CSS}</style></head><body>")
    out.append(f'<header><a href="{esc(home)}">explorer</a> · <a href="{esc(home)}sparql">SPARQL</a>'
               f' · {esc(", ".join(d["types"]) or "resource")}</header>')
    out.append(f'<h1 dir="auto">{esc(d["label"])}</h1>')
    if d["en"] != d["label"]:
        out.append(f'<p class="en" dir="auto">{esc(d["en"])}</p>')
    out.append(f'<p class="iri">{esc(d["iri"])}</p>')
    downloads = " · ".join(f'<a href="{esc(d["page"])}?format={n}">{label}</a>'
                           for n, label in (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples")))
    out.append(f'<p class="meta">This resource as {downloads}')
    for q in d["wikidata"]:
        out.append(f' · Wikidata: <a href="{esc(wikidata_page(WIKIDATA + q))}">{esc(q)}</a>')
    out.append("</p>")
    if d["aliases"]:
        out.append('<p>Also: ' + "، ".join(f'<span class="tag" dir="auto">{esc(a)}</span>'
                                          for a in d["aliases"]) + "</p>")

    if "roles" in d and d["roles"]:
        out.append("<h2>Roles</h2><ul>")
        for r in d["roles"]:
            out.append(f"<li>{esc(r['role'])}: {_node_link(r['node'])}</li>")
        out.append("</ul>")
    if d.get("evidence"):
        out.append(f"<h2>Evidence ({d['evidence_total']})</h2>")
        out += [_evidence(ev) for ev in d["evidence"]]
    if "relations" in d:
        out.append(f"<h2>Relations (statements: {d['relations_total']})</h2>")
        out.append("<ul>" if d["relations"] else "<p>none</p>")
        for r in d["relations"]:
            this = f'<b dir="auto">{esc(d["label"])}</b>'
            other = _node_link(r["other"])
            subj, obj = (this, other) if r["direction"] == "out" else (other, this)
            post = f' ({esc(r["post"])})' if r["post"] else ""
            out.append(f'<li>{subj} <span class="tag">{esc(r["property"])}</span> {obj}{post}'
                       f' <span class="meta">confidence {r["confidence"]:.2f} · '
                       f'<a href="{esc(r["statements"][0])}">statement</a></span>')
            out += [_evidence(ev) for ev in r["evidence"]]
            out.append("</li>")
        out.append("</ul>" if d["relations"] else "")
        out.append(f"<h2>Events ({d['events_total']})</h2>")
        out.append("<ul>" if d["events"] else "<p>none</p>")
        for e in d["events"]:
            out.append(f'<li><span class="tag">{esc(e["role"])}</span> {_node_link(e["event"])}'
                       f' <span class="meta">confidence {e["confidence"]:.2f}</span>')
            out += [_evidence(ev) for ev in e["evidence"]]
            out.append("</li>")
        out.append("</ul>" if d["events"] else "")

    rows, left = facts(view, node, link_base)
    out.append("<h2>Facts</h2><table>")
    for p, value in rows:
        out.append(f'<tr><th title="{esc(p)}">{esc(short(p))}</th><td>{_value(value)}</td></tr>')
    for p, n in sorted(left.items()):
        out.append(f'<tr><th>{esc(short(p))}</th><td class="meta">… and {n:,} more</td></tr>')
    out.append("</table>")

    skip = {KGO + "statementSubject", KGO + "statementObject"} | {KGO + r for r in ROLES} \
        if "relations" in d else set()
    refs, more = referenced_by(view, node, link_base, skip=skip)
    if refs:
        out.append("<h2>Referred to by</h2><table>")
        for p, n in refs:
            out.append(f'<tr><th title="{esc(p)}">{esc(short(p))}</th><td>{_node_link(n)}</td></tr>')
        if more:
            out.append(f'<tr><th></th><td class="meta">… and {more:,} more</td></tr>')
        out.append("</table>")
    out.append("</body></html>\n")
    return "".join(out)


def _node_link(n) -> str:
    esc = html.escape
    text = n["label"] if n["label"] == n["en"] else f'{n["label"]} · {n["en"]}'
    date = f' <span class="meta">{esc(n["date"])}</span>' if n.get("date") else ""
    if not safe_href(n["page"]):
        return f'<span dir="auto">{esc(text)}</span> <span class="meta">{esc(n["cls"])}</span>{date}'
    return f'<a href="{esc(n["page"])}" dir="auto">{esc(text)}</a> <span class="meta">{esc(n["cls"])}</span>{date}'


def _evidence(ev) -> str:
    esc = html.escape
    out = [f'<div class="ev"><div dir="rtl" lang="ar">{esc(ev["sentence"])}</div>']
    a = ev.get("article")
    if a:
        bits = [f'<a href="{esc(a["page"])}" dir="auto">{esc(a["title"] or "article")}</a>']
        if a["date"]:
            bits.append(esc(a["date"]))
        if a["source"]:
            bits.append(esc(a["source"]))
        if a["url"]:
            bits.append(f'<a href="{esc(a["url"])}" rel="nofollow noreferrer">source</a>'
                        if safe_href(a["url"]) and not a["url"].startswith("/") else esc(a["url"]))
        out.append(f'<div class="meta">{" · ".join(bits)}</div>')
    out.append("</div>")
    return "".join(out)


def safe_href(url) -> bool:
    """Only http(s) and root-relative links are made clickable (never ``javascript:`` ...)."""
    return bool(re.match(r"(?i)^(https?://|/(?!/))", url or ""))


def _value(v) -> str:
    esc = html.escape
    if "iri" in v:
        text = v["label"] or v["iri"]
        if not safe_href(v["page"]):
            return f'<span dir="auto">{esc(text)}</span>'
        return f'<a href="{esc(v["page"])}" dir="auto">{esc(text)}</a>'
    lang = f' <span class="meta">@{esc(v["lang"])}</span>' if v["lang"] else ""
    return f'<span dir="auto">{esc(v["text"])}</span>{lang}'
