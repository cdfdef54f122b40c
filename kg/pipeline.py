"""The extraction pipeline: Article -> Document, as a list of small stages.

    segment -> tag -> mentions -> entities -> dates -> relations -> events -> learned -> confidence

``extractor`` chooses who finds relations and events: the rules, the learned
models (``kg.learn``), or both (the default: the models add what the rules miss).

Each stage is a callable taking and returning the Document (like a spaCy
component). ``extract`` runs them all on one article; ``extract_many`` on
many, in batches whose sentences the statistical tagger decodes together
(several times faster than one article at a time, same result);
``annotate`` does the same for the JSONL records of the annotation format
and returns annotated records.
"""
from __future__ import annotations

from kg.model import Article, Document


#: a short text of our own that every stage reads once when the resources are loaded
#: (:func:`_resources`): persons, bodies, places, a date, posts, an arrest and a meeting
WARM_TEXT = ("أعلن وزير الداخلية سامي الحربي في الرياض يوم الاثنين أن قوات الأمن اعتقلت ثلاثة "
             "مسلحين في مدينة جدة. وقال المتحدث باسم وزارة الخارجية اللواء ماجد العتيبي إن الرئيس "
             "اليمني التقى في القاهرة وفدا من الأمم المتحدة برئاسة خالد المنصور رئيس منظمة الصحة "
             "العالمية لبحث الأزمة.")

_LOADED = []


def _resources():
    """The knowledge base, the tagger and the transliterator, loaded once per process (and the
    cue words of the relation rules and trigger finders, kg.gates).

    Then every stage runs once on :data:`WARM_TEXT`, so that what the stages build on
    first use (name indexes, cue spellings, compiled patterns, the modules they import)
    is built here: forked ``--jobs`` workers share it instead of each building it again
    (half a second each). Nothing of that run is kept but the per-word caches' entries,
    which depend on the word alone.

    They live as long as the process, so once loaded they are moved to the
    collector's permanent generation (``gc.freeze``): the cyclic garbage
    collector's full passes, which extraction's many short-lived objects
    trigger, then no longer walk the hundreds of thousands of objects of the
    knowledge base and the model (they took over a tenth of extraction time).
    """
    if _LOADED:
        return _LOADED[0]
    import gc

    from kg.kb import load_kb
    try:
        from kg.ner import tag
        from kg.ner.tagger import default_tagger
        default_tagger()
    except ImportError:  # pragma: no cover - the tagger ships with the package
        tag = None
    from kg.translit import romanize, slugify
    resources = load_kb(), tag, romanize, slugify
    from kg.events.triggers import PHRASE_TRIGGERS, WORD_FINDERS
    from kg.gates import gated
    from kg.relations import RULES
    for rules in (RULES, WORD_FINDERS, PHRASE_TRIGGERS):
        gated(rules)        # the rules' cue words, read once here: forked workers share them
    _LOADED.append(resources)      # the stages below find them here
    _extract_batch([Article(id="kg-warm-up", text=WARM_TEXT)])
    gc.collect()
    gc.freeze()
    return resources


def stage_segment(doc):
    from kg.segment import segment
    doc.sentences = segment(doc.text)
    return doc


def stage_tag(doc):
    """The statistical tagger's BIO tags for every sentence (``doc.tags``)."""
    return tag_documents([doc])[0]


def tag_documents(docs: list) -> list:
    """:func:`stage_tag` for many documents, in one call to the tagger."""
    tag = _resources()[1]
    # the tokens' normalised forms: the tagger's first step (normalize_token) makes the
    # same changes, so the tags are the same, and spelling variants share one cache entry
    sentences = [s.norms for doc in docs for s in doc.sentences]
    tags = tag(sentences) if tag else [[] for _ in sentences]
    at = 0
    for doc in docs:
        doc.tags = tags[at:at + len(doc.sentences)]
        at += len(doc.sentences)
    return docs


def stage_mentions(doc):
    from kg.mentions import find_mentions
    kb = _resources()[0]
    doc.mentions = find_mentions(doc, kb, doc.tags)
    return doc


def stage_entities(doc):
    from kg.linking import link
    kb, _, romanize, slugify = _resources()
    doc.entities = link(doc, kb, romanize, slugify)
    return doc


def stage_relations_events(doc):
    from kg.dates import find_dates
    from kg.events import extract_events
    from kg.relations import extract_relations
    from kg.view import build_views
    kb = _resources()[0]
    views = build_views(doc)
    doc.dates = find_dates(doc.text, doc.article.published)
    doc.relations = extract_relations(doc, views, kb)
    doc.events = extract_events(doc, views, doc.dates)
    doc._views = views      # for the learned stage
    return doc


def stage_views_dates(doc):
    """The sentence views and dates alone, no rules (for the learned models on their own)."""
    from kg.dates import find_dates
    from kg.view import build_views
    doc.dates = find_dates(doc.text, doc.article.published)
    doc.relations, doc.events = [], []
    doc._views = build_views(doc)
    return doc


def stage_learned(doc, extractor="both"):
    """The learned models' relations and event roles that the rules did not give."""
    from kg.learn.stage import apply
    views = doc.__dict__.pop("_views", None)
    if views is None:
        from kg.view import build_views
        views = build_views(doc)
    return apply(doc, views, extractor=extractor)


def stage_learned_alone(doc):
    """The learned models' relations and events, with no rules before them."""
    return stage_learned(doc, extractor="learned")


def stage_confidence(doc):
    from kg.confidence import assign
    doc.__dict__.pop("_views", None)
    assign(doc)
    return doc


STAGES = (stage_segment, stage_tag, stage_mentions, stage_entities, stage_relations_events,
          stage_learned, stage_confidence)
#: the extractors ``extractor=`` chooses from; "both" runs STAGES
EXTRACTORS = ("both", "rules", "learned")


def stages_for(extractor: str = "both") -> tuple:
    """The stages of one extractor: "rules", "learned" or "both"."""
    if extractor == "both":
        return STAGES
    if extractor == "rules":
        return tuple(s for s in STAGES if s is not stage_learned)
    if extractor == "learned":
        swap = {stage_relations_events: stage_views_dates, stage_learned: stage_learned_alone}
        return tuple(swap.get(s, s) for s in STAGES)
    from kg.errors import KgError
    raise KgError(f"unknown extractor {extractor!r} (one of: {', '.join(EXTRACTORS)})")

#: articles per batch in extract_many: the tagger decodes a batch's sentences together
BATCH = 64


def extract(article: Article, extractor: str = "both") -> Document:
    """Run every stage on one article."""
    return _extract_batch([article], extractor)[0]


def extract_many(articles, batch_size: int = BATCH, extractor: str = "both"):
    """Documents for the articles, in order, each as :func:`extract` makes it.

    Articles are read ``batch_size`` at a time and each stage runs over the
    batch; the tagger gets all of a batch's sentences in one call (its
    decoder steps through them at once).
    """
    batch = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _handed_over(batch, extractor)
            batch = []
    if batch:
        yield from _handed_over(batch, extractor)


def _handed_over(articles: list, extractor: str):
    """The documents of a batch (:func:`_extract_batch`), one at a time, with the cyclic
    garbage collector still paused until the consumer asks for the document after the
    batch's last (or drops the generator).

    The collection that the pause puts off walks every object the batch made that is
    still alive. Re-enabled as soon as the batch was extracted, that was all of the
    batch's documents (a few tens of thousands of tokens, mentions and lists: a twentieth
    of extraction time); handed over one at a time and paused until the consumer comes
    back, those it has written out and dropped (``kg extract``, ``kg build``,
    :func:`annotate`) are gone by then. The collection then runs here, when it is due,
    rather than at whatever the consumer allocates next: its cost stays inside the
    consumer's loop over the documents. A consumer that keeps the documents costs what it
    did. The generator keeps no reference to a document it has handed over.
    """
    import gc

    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        docs = _extract_batch(articles, extractor)   # (which leaves the pause to us)
        docs.reverse()
        while docs:
            yield docs.pop()
    finally:
        if paused:
            gc.enable()
            if gc.get_count()[0] > gc.get_threshold()[0]:
                gc.collect(0)


def _extract_batch(articles: list, extractor: str = "both") -> list:
    """The stages over a few articles, tagging them together.

    The cyclic garbage collector is paused while they run (and restored as it
    was, even on an error): an article makes tens of thousands of short-lived
    objects that reference counting frees, and that would otherwise trigger a
    collection every few hundred allocations, each walking everything still
    alive. What survives is examined once, by the next collection.
    """
    from kg.gc_pause import gc_paused

    stages = stages_for(extractor)
    with gc_paused():
        docs = [Document(article=a) for a in articles]
        for stage in stages:   # stage by stage over the batch; the tagger once for all
            docs = tag_documents(docs) if stage is stage_tag else [stage(doc) for doc in docs]
        return docs


def article_from_record(rec: dict) -> Article:
    from kg.io import parse_date
    known = ("id", "text", "published", "title", "source", "url", "author", "entities", "relations", "events")
    return Article(id=rec["id"], text=rec["text"],
                   published=parse_date(rec.get("published"), rec["id"]),
                   title=rec.get("title"), source=rec.get("source"), url=rec.get("url"),
                   author=rec.get("author"), extra={k: v for k, v in rec.items() if k not in known})


def annotate(records, extractor: str = "both") -> list:
    """Annotation-format records in (id, text, published ...), annotated records out."""
    from kg.jsonl import document_to_record
    return [document_to_record(doc)
            for doc in extract_many(map(article_from_record, records), extractor=extractor)]
