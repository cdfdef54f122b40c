"""Overlap resolution: which of overlapping candidate mentions is kept (kg/mentions_overlaps.py)."""
from kg.mentions_overlaps import _resolve_overlaps
from kg.model import Mention

TEXT = "وصل الوفد إلى مدينة حمص القديمة أمس."


def _m(words, source):
    start = TEXT.index(words)
    return Mention(start, start + len(words), words, "Place", source=source)


def _kept(*cands):
    return sorted(m.text for m in _resolve_overlaps(list(cands)))


def test_the_knowledge_base_before_a_pattern_before_the_tagger():
    kb, pattern, ner = _m("حمص", "kb"), _m("مدينة حمص القديمة", "pattern"), _m("حمص القديمة", "ner")
    assert _kept(ner, pattern, kb) == ["حمص"]
    assert _kept(ner, pattern) == ["مدينة حمص القديمة"]


def test_of_two_from_one_source_the_longer_and_apart_ones_are_all_kept():
    assert _kept(_m("مدينة حمص", "pattern"), _m("مدينة حمص القديمة", "pattern")) == ["مدينة حمص القديمة"]
    assert _kept(_m("الوفد", "ner"), _m("حمص", "ner")) == ["الوفد", "حمص"]


def test_an_empty_mention_is_never_kept():
    empty = Mention(5, 5, "", "Place", source="kb")
    assert _kept(empty, _m("حمص", "ner")) == ["حمص"]
