"""Documents into an RDF graph in the shape of docs/graph-shape.md.

IRIs come from content (type and normalised name; article id; offsets; a hash
of a statement's parts), never from counters or blank nodes, so the same input
gives the same graph, and an entity shared by articles has one IRI.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.lexicon import PERSON_TITLES
from kg.normalize import norm
from kg.ns import KG, PROV, RES, SCHEMA, SEM, TIME, WD

# the rdflib terms written for every article, looked up once: rdflib's namespaces answer
# each attribute access with Python code that builds a new URIRef
_TYPE, _LABEL, _ALT, _SAME = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
_DATE, _DECIMAL, _ANY_URI = XSD.date, XSD.decimal, XSD.anyURI
_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}

SUBCLASSES = {
    "Person": set(),
    "Organization": {"ArmedGroup", "ArmedForce", "GovernmentBody", "Coalition",
                     "MediaOrganization", "PoliticalOrganization"},
    "Place": {"Country", "City", "Region"},
}
EVENT_AR = {"Attack": "هجوم", "Strike": "ضربة", "Killing": "قتل", "Arrest": "اعتقال",
            "MilitaryOperation": "عملية عسكرية", "Meeting": "لقاء", "Visit": "زيارة"}
EVENT_EN = {"Attack": "Attack", "Strike": "Strike", "Killing": "Killing", "Arrest": "Arrest",
            "MilitaryOperation": "Military operation", "Meeting": "Meeting", "Visit": "Visit"}


def bind_prefixes(g):
    g.bind("kgo", KG._NS)
    g.bind("rdfs", RDFS)
    g.bind("owl", OWL)
    g.bind("skos", SKOS)
    g.bind("xsd", XSD)
    g.bind("wd", WD)
    g.bind("schema", SCHEMA)
    g.bind("sem", SEM)
    g.bind("prov", PROV)
    g.bind("time", TIME)
    return g


def article_slug(article_id: str) -> str:
    """The id percent-encoded (UTF-8, every byte but A-Z a-z 0-9 - . _ ~): one id, one slug.

    Injective, so two article ids never share an IRI or a named graph
    (``news 1`` -> ``news%201``, ``news-1`` -> ``news-1``).
    """
    return quote(article_id, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{article_slug(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    """The named graph an article's triples go to in a store."""
    return RES[f"graph/{article_slug(article_id)}"]


def alt_names(entity) -> set:
    """The entity's other names: its mentions less the nominal ones (قياديا، التنظيم، البلاد:
    a title or a descriptive noun refers to it but is no name of it) and bare titles, each
    without the ل a span keeps (للقوات المسلحة: القوات المسلحة)."""
    from kg.linking import as_named
    return {as_named(" ".join(m.text.split())) for m in entity.mentions
            if not m.nominal and norm(m.text) not in PERSON_TITLES}


def script_tag(name: str) -> str:
    """The language tag of a name by its script: ``ar`` when it has an Arabic letter
    (a Latin word inside an Arabic name included), ``en`` when written in Latin letters only."""
    from kg.translit import has_arabic
    return "ar" if has_arabic(name) else "en"


def arabic_slot_tag(name: str) -> str:
    """The tag of an entity's Arabic rdfs:label. The shapes want exactly one label matching
    ``ar``: a name the article writes only in Latin letters fills it as written, tagged
    ``ar-Latn`` (BCP 47: Arabic, Latin script), which matches ``ar`` and says its script."""
    return "ar" if script_tag(name) == "ar" else "ar-Latn"


def date_literal(value: str) -> Literal:
    dtype = _DATE_TYPES[len(value)]
    return Literal(value, datatype=dtype)


def _h(*parts) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def _decimal(x: float) -> Literal:
    return Literal(Decimal(str(round(float(x), 3))), datatype=_DECIMAL)


def article_metadata(g, a, art):
    """The article's metadata, as kgo terms and as schema.org NewsArticle properties:
    title (kgo:title, schema:headline), publication date (kgo:published, schema:datePublished),
    url (kgo:url, schema:url), source (kgo:sourceName; schema:publisher, a node named by it)
    and author (schema:author, a node named by it). Only what is known is written."""
    g.add((a, _TYPE, SCHEMA.NewsArticle))
    if art.title:
        title = Literal(art.title, lang="ar")
        g.add((a, KG.title, title))
        g.add((a, SCHEMA.headline, title))
    if art.published:
        day = Literal(art.published.isoformat(), datatype=_DATE)
        g.add((a, KG.published, day))
        g.add((a, SCHEMA.datePublished, day))
    if art.url:
        url = Literal(art.url, datatype=_ANY_URI)
        g.add((a, KG.url, url))
        g.add((a, SCHEMA.url, url))
    if art.source:
        g.add((a, KG.sourceName, Literal(art.source)))
        g.add((a, SCHEMA.publisher, _named(g, "publisher", art.source, SCHEMA.Organization)))
    if getattr(art, "author", None):
        g.add((a, SCHEMA.author, _named(g, "author", art.author, SCHEMA.Person)))


def _named(g, kind, name, cls):
    """``res:{kind}/{slug}``, a ``cls`` with its schema:name: one node per name (white space collapsed)."""
    name = " ".join(name.split())
    node = RES[f"{kind}/{article_slug(name)}"]
    g.add((node, _TYPE, cls))
    g.add((node, SCHEMA.name, Literal(name)))
    return node


def document_graph(doc, graph=None) -> Graph:
    """The triples of one extracted document (added to ``graph`` if given)."""
    g = graph if graph is not None else bind_prefixes(Graph())
    art = doc.article
    slug = article_slug(art.id)
    a = article_iri(art.id)
    g.add((a, _TYPE, KG.Article))
    g.add((a, KG.articleId, Literal(art.id)))
    article_metadata(g, a, art)

    iri = {}
    for e in doc.entities:
        node = URIRef(e.iri)
        iri[e.id] = node
        g.add((node, _TYPE, KG[e.type]))
        if e.subtype in SUBCLASSES[e.type]:
            g.add((node, _TYPE, KG[e.subtype]))
        g.add((node, _LABEL, Literal(e.name_ar, lang=arabic_slot_tag(e.name_ar))))
        g.add((node, _LABEL, Literal(e.name_en, lang="en")))
        for form in sorted(alt_names(e) - {e.name_ar, e.name_en}):
            g.add((node, _ALT, Literal(form, lang=script_tag(form))))
        if e.wikidata:
            g.add((node, _SAME, WD[e.wikidata]))
        g.add((node, KG.mentionedIn, a))

    def evidence(span):
        s, t = span
        ev = RES[f"evidence/{slug}/{s}-{t}"]
        g.add((ev, _TYPE, KG.Evidence))
        g.add((ev, KG.inArticle, a))
        g.add((ev, KG.startOffset, Literal(s)))
        g.add((ev, KG.endOffset, Literal(t)))
        g.add((ev, KG.sentenceText, Literal(art.text[s:t], lang="ar")))
        return ev

    for r in doc.relations:
        h, p, t = iri[r.head], KG[r.type], iri[r.tail]
        g.add((h, p, t))
        st = RES[f"statement/{slug}/{_h(h, p, t)}"]
        g.add((st, _TYPE, KG.RelationStatement))
        g.add((st, KG.statementSubject, h))
        g.add((st, KG.statementProperty, p))
        g.add((st, KG.statementObject, t))
        g.add((st, KG.confidence, _decimal(r.confidence)))
        g.add((st, KG.inArticle, a))
        if r.post:
            g.add((st, KG.postName, Literal(r.post, lang="ar")))
        for span in r.evidence:
            g.add((st, KG.evidence, evidence(span)))

    names = {e.id: e for e in doc.entities}
    for ev in doc.events:
        start = ev.trigger_span[0] if ev.trigger_span else ev.evidence[0][0]
        node = RES[f"event/{slug}/{_h(ev.type, start, ev.trigger)}"]
        g.add((node, _TYPE, KG.Event))
        g.add((node, _TYPE, KG[ev.type]))
        en, ar = event_labels(ev, names)
        g.add((node, _LABEL, Literal(en, lang="en")))
        g.add((node, _LABEL, Literal(ar, lang="ar")))
        for role, prop in (("agent", KG.agent), ("target", KG.target), ("place", KG.place)):
            for eid in getattr(ev, role):
                g.add((node, prop, iri[eid]))
        if ev.date:
            g.add((node, KG.date, date_literal(ev.date)))
        if ev.trigger:
            g.add((node, KG.trigger, Literal(ev.trigger, lang="ar")))
        if ev.name:
            g.add((node, KG.eventName, Literal(ev.name, lang="ar")))
        g.add((node, KG.confidence, _decimal(ev.confidence)))
        g.add((node, KG.inArticle, a))
        for span in ev.evidence:
            g.add((node, KG.evidence, evidence(span)))
    return g


def event_labels(ev, names):
    """A readable English and Arabic label: "Killing of X by Y in Z (2026-01-16)"."""
    def join(ids, attr):
        return ", ".join(getattr(names[i], attr) for i in ids)

    en = EVENT_EN[ev.type]
    if ev.name:
        en += f" “{ev.name}”"
    if ev.target:
        en += f" of {join(ev.target, 'name_en')}" if ev.type in ("Killing", "Arrest") else \
            f" against {join(ev.target, 'name_en')}"
    if ev.agent:
        en += f" by {join(ev.agent, 'name_en')}" if ev.type not in ("Meeting", "Visit") else \
            f": {join(ev.agent, 'name_en')}"
    if ev.place:
        en += f" in {join(ev.place, 'name_en')}"
    if ev.date:
        en += f" ({ev.date})"
    ar = EVENT_AR[ev.type]
    if ev.name:
        ar += f" «{ev.name}»"
    parts = [join(x, "name_ar") for x in (ev.agent, ev.target, ev.place) if x]
    if parts:
        ar += ": " + "، ".join(parts)
    if ev.date:
        ar += f" ({ev.date})"
    return en, ar


def build_graph(docs) -> Graph:
    """One graph for many documents (entities shared between articles keep one IRI).

    Each entity keeps exactly one Arabic and one English rdfs:label: when
    articles name it differently, the first label in sorted order wins and the
    others become skos:altLabel. An entity some articles read as an armed group and
    others as a state body keeps the second (:func:`fix_types`).
    """
    g = bind_prefixes(Graph())
    for doc in docs:
        document_graph(doc, g)
    fix_labels(g)
    fix_types(g)
    return g


def fix_types(g):
    """No entity typed both kgo:ArmedGroup and a class the ontology declares disjoint from it
    (kgo:ArmedForce, kgo:GovernmentBody): the state's reading is kept (kg.corpus.merge_types
    does the same for a corpus)."""
    for node in set(g.subjects(_TYPE, KG.ArmedGroup)):
        if (node, _TYPE, KG.ArmedForce) in g or (node, _TYPE, KG.GovernmentBody) in g:
            g.remove((node, _TYPE, KG.ArmedGroup))
    return g


def label_choice(lang, labels):
    """The ``(text, language tag)`` of ``labels`` kept as the rdfs:label of base language
    ``lang``: a label tagged ``lang`` itself before one of a variant (``ar`` before
    ``ar-Latn``), then the first in sorted order. kg.corpus makes the same choice."""
    return min(labels, key=lambda label: ((label[1] or "").lower() != lang, label[0], label[1] or ""))


def fix_labels(g):
    """One label per language (``ar-Latn`` counts as Arabic): an Arabic-script ``ar`` label
    before an ``ar-Latn`` one, then the first in sorted order; the other Arabic ones become
    skos:altLabel, tagged by their script."""
    for node in set(g.subjects(RDFS.label, None)):
        by_lang = {}
        for lit in g.objects(node, RDFS.label):
            lang = (lit.language or "").lower().split("-")[0]
            by_lang.setdefault(lang, []).append(lit)
        for lang, lits in by_lang.items():
            if len(lits) > 1:
                keep = label_choice(lang, [(str(lit), lit.language) for lit in lits])
                for lit in lits:
                    if (str(lit), lit.language) != keep:
                        g.remove((node, RDFS.label, lit))
                        if lang == "ar":
                            g.add((node, SKOS.altLabel, Literal(str(lit), lang=script_tag(str(lit)))))
    return g
