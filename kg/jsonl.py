"""Documents as annotation-format records (../shared/specs/annotation-format.md)."""
from __future__ import annotations

import json

from kg.mentions_headed_names import headed_names
from kg.mentions_groups import bare_group_names
from kg.normalize import norm


def document_to_record(doc) -> dict:
    art = doc.article
    rec = {"id": art.id}
    if art.published:
        rec["published"] = art.published.isoformat()
    for key in ("title", "source", "url", "author"):
        if getattr(art, key):
            rec[key] = getattr(art, key)
    rec.update(art.extra)
    rec["text"] = art.text
    rec["entities"] = [{
        "id": e.id, "type": e.type, **({"subtype": e.subtype} if e.subtype else {}),
        "mentions": _unique([*(m.text for m in e.mentions), *headed_names(art.text, e),
                             *bare_group_names(e)]),
        "name_ar": e.name_ar, "name_en": e.name_en, "wikidata": e.wikidata,
        "spans": [list(s) for s in e.spans], "iri": e.iri,
    } for e in doc.entities]
    rec["relations"] = [{
        "type": r.type, "head": r.head, "tail": r.tail,
        "evidence": [list(s) for s in r.evidence], "confidence": round(r.confidence, 3),
        **({"post": r.post} if r.post else {}),
    } for r in doc.relations]
    rec["events"] = [{
        "type": ev.type, "agent": ev.agent, "target": ev.target, "place": ev.place,
        "date": ev.date, "trigger": ev.trigger,
        **({"name": ev.name} if ev.name else {}),
        "evidence": [list(s) for s in ev.evidence], "confidence": round(ev.confidence, 3),
    } for ev in doc.events]
    return rec


def _unique(items):
    seen, out = set(), []
    for x in items:
        k = norm(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False)
