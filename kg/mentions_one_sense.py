"""One name, one kind of thing in an article: "في مدينة أوفنباخ ... خدمة الأرصاد في أوفنباخ".

- ``one_sense_per_article``: a person the tagger found whose name is, letter for letter, the
  name of a place or a body that a head word or the knowledge base typed elsewhere in the
  article, and that is no word of a person's fuller name there (أوفنباخ; not الصدر beside
  مقتدى الصدر and مدينة الصدر), is that place or body: the tagger read the bare name without the head word
  that typed it.
"""
from __future__ import annotations

from dataclasses import replace

from kg.normalize import norm

#: the sources whose type a head word or the knowledge base decided
_TYPED_BY = frozenset(["pattern", "kb"])


def one_sense_per_article(mentions) -> list:
    """``mentions`` with the tagger's persons retyped as above."""
    typed = {}
    for m in mentions:
        if m.source in _TYPED_BY and m.type in ("Place", "Organization") and not m.nominal:
            typed.setdefault(norm(m.text), m)
    if not typed:
        return mentions
    # the words of the persons named by more than this name: "مقتدى الصدر" keeps الصدر a person
    persons = {w for m in mentions if m.type == "Person" and norm(m.text) not in typed
               for w in norm(m.text).split() if len(m.text.split()) > 1}
    out = []
    for m in mentions:
        sense = typed.get(norm(m.text)) if m.source == "ner" and m.type == "Person" else None
        if sense is not None and not any(w in persons for w in norm(m.text).split()):
            m = replace(m, type=sense.type, subtype=sense.subtype, kb_id=sense.kb_id)
        out.append(m)
    return out
