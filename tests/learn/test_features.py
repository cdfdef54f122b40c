"""kg.learn.candidates and kg.learn.features on short sentences written for these tests."""
from datetime import date

import pytest

from kg.learn.candidates import relation_candidates, role_candidates, rule_date
from kg.learn.features import RELATION_FEATURES, ROLE_FEATURES, featurize, stem
from kg.model import Article
from kg.pipeline import extract
from kg.view import build_views


def views_of(text):
    doc = extract(Article(id="t", text=text, published=date(2025, 3, 1)), extractor="rules")
    return doc, build_views(doc)


def by_names(doc, cands, head, tail):
    name = {e.id: {m.text for m in e.mentions} for e in doc.entities}
    return [c for c in cands if head in name[c.head.entity.id] and tail in name[c.tail.entity.id]]


def test_stem_drops_clitics_article_and_suffixes():
    assert stem("وبالجيش") == stem("الجيش") == stem("للجيش") == "جيش"
    assert stem("وبقياده") == stem("قياده") == "قياد"
    assert stem("،") == "،"


def test_relation_candidates_are_typed_pairs_in_a_window():
    doc, views = views_of("العميد يحيى رسول، وهو المتحدث باسم الجيش العراقي، قال إن القوات تقدمت.")
    cands = relation_candidates(views)
    assert by_names(doc, cands, "يحيى رسول", "الجيش العراقي")
    assert by_names(doc, cands, "الجيش العراقي", "يحيى رسول")
    # the window: nothing when the two stand further apart than it allows
    assert not relation_candidates(views, window=2)


def test_relation_candidates_pair_two_entities_not_two_mentions_of_one():
    doc, views = views_of("العميد يحيى رسول، وهو المتحدث باسم الجيش العراقي، قال إن القوات تقدمت.")
    cands = relation_candidates(views)
    assert all(c.head.entity.id != c.tail.entity.id for c in cands)
    # القوات refers back to the army: of the two mentions of the army, the closer one pairs
    assert {c.tail.mention.text for c in cands if c.head.entity.type == "Person"} == {"الجيش العراقي"}


def test_candidates_only_for_types_a_relation_allows(monkeypatch):
    import kg.learn.candidates as cand
    doc, views = views_of("العميد يحيى رسول، وهو المتحدث باسم الجيش العراقي، قال إن القوات تقدمت.")
    monkeypatch.setattr(cand, "FITTING_PAIRS", frozenset({("Person", "Organization")}))
    assert {(c.head.entity.type, c.tail.entity.type) for c in cand.relation_candidates(views)} == {
        ("Person", "Organization")}


def test_relation_features_read_the_cue_before_the_tail():
    doc, views = views_of("العميد يحيى رسول، وهو المتحدث باسم الجيش العراقي، قال إن القوات تقدمت.")
    [c] = by_names(doc, relation_candidates(views), "يحيى رسول", "الجيش العراقي")
    f = set(featurize(c, RELATION_FEATURES))
    assert "ty=Person>Organization" in f
    assert "tb1n=باسم" in f and "tb1=اسم|Person>Organization" in f     # the word before the tail
    assert "bw=متحدث" in f                                              # a word between, as a stem
    assert "bf=m" in f                                                  # a comma between
    assert "o=ht|Person>Organization" in f and "htitle=عميد" in f
    assert "seq=وهو_متحدث_اسم|ht" in f                                # the short phrase between, whole


def test_no_phrase_feature_across_another_entity_or_a_long_gap():
    doc, views = views_of("قال العميد سالم الكعبي إن الجيش العراقي قصف مواقع في محافظة نينوى.")
    for c in relation_candidates(views):
        f = featurize(c, RELATION_FEATURES)
        between = [x for x in f if x.startswith("bw=")]
        others = [x for x in f if x.startswith("be=")]
        assert bool([x for x in f if x.startswith("seq=")]) == (0 < len(between) <= 4 and not others)


def test_role_candidates_pair_triggers_with_entities():
    doc, views = views_of("اعتقلت الشرطة العراقية ثلاثة مطلوبين في بغداد يوم الأحد.")
    cands = role_candidates(views)
    assert {(c.etype, c.kind, c.slot.entity.type) for c in cands} == {
        ("Arrest", "verb", "Organization"), ("Arrest", "verb", "Place")}


def test_role_features_order_clitic_and_passive():
    doc, views = views_of("قُتل القيادي سالم الكعبي بغارة في مدينة الموصل.")
    cands = {c.slot.entity.type: c for c in role_candidates(views) if c.etype == "Killing"}
    person = set(featurize(cands["Person"], ROLE_FEATURES))
    assert "passive" in person and "passive|after|Person" in person
    assert "ev=Killing|et=Person" in person and "title=قيادي" in person
    place = set(featurize(cands["Place"], ROLE_FEATURES))
    assert "p1=في|Killing" in place


def test_role_features_speaker_and_complementizer():
    doc, views = views_of("قال الجيش العراقي إن مسلحين قتلوا جنديا في الأنبار.")
    [c] = [c for c in role_candidates(views) if c.slot.entity.type == "Organization"]
    f = set(featurize(c, ROLE_FEATURES))
    assert "speaker" in f and "bf=c|before" in f and "clause=diff|before" in f


def test_rule_date_of_a_trigger():
    from kg.dates import find_dates
    doc, views = views_of("اعتقلت الشرطة العراقية ثلاثة مطلوبين في بغداد يوم الأحد.")
    [c] = [c for c in role_candidates(views) if c.slot.entity.type == "Place"]
    assert rule_date(c.view, c.trigger, find_dates(doc.text, doc.article.published)) == "2025-02-23"
