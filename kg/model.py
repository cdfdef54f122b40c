"""Plain data objects passed between pipeline stages.

Every character offset points into ``Article.text`` (the original article,
Unicode code points, end exclusive), never into a normalised copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

ENTITY_TYPES = ("Person", "Organization", "Place")
RELATION_TYPES = ("memberOf", "leaderOf", "spokespersonOf", "positionIn",
                  "affiliatedWith", "locatedIn", "partOf")
_ACTORS = frozenset(ENTITY_TYPES)
#: the entity types each relation may link, ``(subject types, object types)``, as
#: ontology/shapes.ttl requires (tests/test_ontology.py reads them back from the shapes)
RELATION_SIGNATURES = {
    "memberOf": (_ACTORS, frozenset({"Organization"})),
    "leaderOf": (_ACTORS, frozenset({"Organization", "Place"})),
    "spokespersonOf": (frozenset({"Person"}), frozenset({"Organization"})),
    "positionIn": (frozenset({"Person"}), frozenset({"Organization", "Place"})),
    "affiliatedWith": (_ACTORS, _ACTORS),
    "locatedIn": (frozenset({"Place"}), frozenset({"Place"})),
    "partOf": (frozenset({"Organization"}), frozenset({"Organization"})),
}
EVENT_TYPES = ("Attack", "Strike", "Killing", "Arrest", "MilitaryOperation",
               "Meeting", "Visit")

Span = tuple  # (start, end), end exclusive


@dataclass
class Article:
    id: str
    text: str
    published: Optional[date] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    extra: dict = field(default_factory=dict)   # other JSONL fields, carried through
    origin: Optional[str] = None                 # file (and line) it was read from
    author: Optional[str] = None                 # the byline (web pages, feed items, JSONL "author")


@dataclass(slots=True)
class Token:
    text: str          # surface text, original characters
    start: int
    end: int
    norm: str = ""     # normalised form (see kg.normalize.normalize_token)


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list = field(default_factory=list)   # list[Token]
    norms: list = field(default_factory=list)    # each token's normalised form, in order

    def __post_init__(self):
        if len(self.norms) != len(self.tokens):
            self.norms = [t.norm for t in self.tokens]

    def text(self, article_text: str) -> str:
        return article_text[self.start:self.end]

    def offsets(self) -> tuple:
        """``(starts, ends)``: the tokens' start and end offsets, in order, worked out once
        (kg.segment hands them over with the tokens): the stages that bisect them
        (mentions, sentence views) no longer each build them. Not to be modified."""
        cached = self.__dict__.get("_offsets")
        if cached is None or len(cached[0]) != len(self.tokens):
            cached = self.__dict__["_offsets"] = ([t.start for t in self.tokens],
                                                  [t.end for t in self.tokens])
        return cached


@dataclass
class Mention:
    start: int
    end: int
    text: str                       # article.text[start:end], clitics and titles excluded
    type: str                       # Person | Organization | Place
    subtype: Optional[str] = None   # ontology class name, e.g. "ArmedGroup", "City"
    source: str = "pattern"         # kb | pattern | ner | nominal | alias
    kb_id: Optional[str] = None     # key in the knowledge base, when linked
    score: float = 1.0
    title: Optional[str] = None     # title/post preceding a person name (الأميرال، وزير الحرب)
    nominal: bool = False           # التنظيم، البلاد ... refers back to a named entity


@dataclass
class Entity:
    id: str                          # "e1", "e2" ... within one document
    type: str
    mentions: list = field(default_factory=list)   # list[Mention]
    subtype: Optional[str] = None
    name_ar: str = ""                # canonical Arabic name
    name_en: str = ""
    wikidata: Optional[str] = None   # "Q123"
    kb_id: Optional[str] = None
    iri: Optional[str] = None

    @property
    def surface_forms(self) -> list:
        seen = []
        for m in self.mentions:
            if m.text not in seen:
                seen.append(m.text)
        return seen

    @property
    def spans(self) -> list:
        return sorted({(m.start, m.end) for m in self.mentions})


@dataclass
class Relation:
    type: str
    head: str                        # entity id
    tail: str                        # entity id
    evidence: list = field(default_factory=list)   # list[(start, end)]: sentence spans
    confidence: float = 0.5
    pattern: str = ""                # name of the rule that produced it (for calibration)
    post: Optional[str] = None       # positionIn: the post's name (وزير الحرب)


@dataclass
class Event:
    type: str
    agent: list = field(default_factory=list)    # entity ids
    target: list = field(default_factory=list)
    place: list = field(default_factory=list)
    date: Optional[str] = None       # YYYY, YYYY-MM or YYYY-MM-DD
    trigger: str = ""
    trigger_span: Optional[tuple] = None
    evidence: list = field(default_factory=list)
    confidence: float = 0.5
    name: Optional[str] = None       # MilitaryOperation: the operation's name
    pattern: str = ""
    result_of: Optional[str] = None  # "result" (أسفر عن مقتل) or "means" (قُتل في غارة)
    date_own: bool = False           # the date follows the trigger in its own scope (the act's own)
    within: bool = False             # an operation acts come within (ضمن عملية، في إطار عملية)


@dataclass
class Document:
    article: Article
    sentences: list = field(default_factory=list)   # list[Sentence]
    tags: list = field(default_factory=list)        # per sentence, the tagger's BIO tags
    mentions: list = field(default_factory=list)    # list[Mention], before merging
    entities: list = field(default_factory=list)    # list[Entity]
    relations: list = field(default_factory=list)   # list[Relation]
    events: list = field(default_factory=list)      # list[Event]

    @property
    def text(self) -> str:
        return self.article.text

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)
