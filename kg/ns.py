"""The ontology's terms as one closed namespace: a typo fails at import time.

Every term here is declared in ``ontology/kg.ttl`` (a test checks both ways).
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/arabic-kg/ontology"
RESOURCE_BASE = "https://w3id.org/arabic-kg/resource/"

RES = Namespace(RESOURCE_BASE)
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    """kgo: the kg ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # --- classes: actors and places
    Person: URIRef
    Organization: URIRef
    ArmedGroup: URIRef          # non-state armed group (ISIS, al-Qaeda ...)
    ArmedForce: URIRef          # state military forces, units and commands (CENTCOM ...)
    GovernmentBody: URIRef      # ministries, governments, agencies
    Coalition: URIRef           # alliances of states or groups
    MediaOrganization: URIRef
    PoliticalOrganization: URIRef  # parties and political movements
    Place: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef              # provinces, regions, deserts, areas
    # --- classes: events
    Event: URIRef
    Attack: URIRef
    Strike: URIRef
    Killing: URIRef
    Arrest: URIRef
    MilitaryOperation: URIRef
    Meeting: URIRef
    Visit: URIRef
    # --- classes: provenance
    Article: URIRef             # a news article the graph was extracted from
    Evidence: URIRef            # a sentence of an article, with character offsets
    RelationStatement: URIRef   # n-ary node carrying one relation with its provenance

    # --- relations between actors and places (also asserted directly)
    memberOf: URIRef
    leaderOf: URIRef
    spokespersonOf: URIRef
    positionIn: URIRef
    affiliatedWith: URIRef      # symmetric
    locatedIn: URIRef
    partOf: URIRef

    # --- event roles
    agent: URIRef
    target: URIRef
    place: URIRef
    date: URIRef                # xsd:date, xsd:gYearMonth or xsd:gYear
    trigger: URIRef             # the Arabic word that signals the event
    eventName: URIRef           # a named operation's name (عين الصقر)

    # --- statement nodes
    statementSubject: URIRef
    statementObject: URIRef
    statementProperty: URIRef   # annotation property: IRI of the relation property
    postName: URIRef            # positionIn: the post's name

    # --- provenance
    confidence: URIRef          # xsd:decimal in [0, 1]
    evidence: URIRef            # statement/event -> Evidence (subPropertyOf prov:wasDerivedFrom)
    inArticle: URIRef           # Evidence/statement/event -> Article
    mentionedIn: URIRef         # entity -> Article
    startOffset: URIRef         # xsd:integer, code points into the article text
    endOffset: URIRef           # xsd:integer, exclusive
    sentenceText: URIRef        # the evidence sentence as written
    articleId: URIRef
    published: URIRef           # xsd:date
    sourceName: URIRef
    url: URIRef                 # xsd:anyURI
    title: URIRef


# Each term a class attribute, made once: a DefinedNamespace answers ``KG.Person`` through its
# metaclass's __getattr__, which checks the name and builds a new URIRef on every access (about
# a microsecond; an article's graph takes a few hundred). A name not declared above still reaches
# that __getattr__, and fails.
for _name in KG.__annotations__:
    setattr(KG, _name, KG._NS[_name])
del _name
