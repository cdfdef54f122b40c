"""Small helpers shared by the extraction tests."""
import json
from datetime import date

from kg.model import Article
from kg.pipeline import extract


def run(text, published=date(2025, 3, 15), id="t", extractor="rules"):
    """The extraction of one short text; the rules alone unless said (their tests test them;
    the learned stage has its own in tests/learn/)."""
    return extract(Article(id, text, published=published), extractor=extractor)


def entity(doc, surface):
    """The entity one of whose mentions is ``surface`` (exactly one)."""
    found = [e for e in doc.entities if any(m.text == surface for m in e.mentions)]
    assert len(found) == 1, (surface, [(e.type, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _name(e):
    """An entity's first name in the text (its first mention when it is only named by a nominal)."""
    return ([m.text for m in e.mentions if not m.nominal] or [m.text for m in e.mentions])[0]


def relations(doc):
    name = {e.id: _name(e) for e in doc.entities}
    return {(r.type, name[r.head], name[r.tail]) for r in doc.relations}


def events(doc):
    name = {e.id: _name(e) for e in doc.entities}
    return [(ev.type, sorted(name[x] for x in ev.agent), sorted(name[x] for x in ev.target),
             sorted(name[x] for x in ev.place), ev.date) for ev in doc.events]


def gold_as_prediction(doc):
    """A gold document as a prediction: one argument where the gold lists alternatives."""
    p = json.loads(json.dumps(doc))
    for ev in p["events"]:
        for role in ("agent", "target", "place"):
            ev[role] = [v[0] if isinstance(v, list) else v for v in ev.get(role, [])]
    return p
