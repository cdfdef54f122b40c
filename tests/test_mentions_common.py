"""Shared word tests of the mention finders: name words, definiteness, a mention's span (kg/mentions_common.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_the_name_ali_is_not_the_preposition():
    doc = run("قُتل القيادي في حزب الله حسن علي مرعي أمس.")
    assert entity(doc, "حسن علي مرعي").type == "Person"


def test_a_clitic_before_the_article_leaves_the_article_in_the_name():
    doc = run("وأدانت الجامعة العربية والحكومة الصومالية الهجوم.")
    assert entity(doc, "الحكومة الصومالية").type == "Organization"


def test_a_direction_with_a_preposition_is_no_name_word():
    doc = run("واندلع حريق داخل مطعم بوسط المدينة.")
    assert not [e for e in doc.entities if any("بوسط" in m.text for m in e.mentions)]


def test_wa_before_a_verb_with_its_object_pronoun_is_a_conjunction():
    from kg.mentions_common import _conjunct
    from kg.normalize import norm
    assert _conjunct(norm("وسحبته")) and _conjunct(norm("واعتقلتها"))
    assert not _conjunct(norm("ويليام")) and not _conjunct(norm("وضاح"))
    doc = run("وتدخلت الوحدة الأمنية المرافقة للرئيس التشادي السابق وسحبته من القاعة.")
    assert not [e for e in doc.entities if e.type == "Person"]
