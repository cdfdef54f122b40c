"""Relations: affiliation (kg/relations/affiliation.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_affiliation():
    rels = relations(run("قالت الشرطة إن الشيخ ماهر الدباغ المقرب من حزب الله غادر البلاد."))
    assert ("affiliatedWith", "ماهر الدباغ", "حزب الله") in rels


def test_group_backed_by_or_allied_with():
    rels = relations(run("هاجمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مواقع للتنظيم."))
    assert ("affiliatedWith", "قوات سوريا الديمقراطية", "الولايات المتحدة") in rels
    rels = relations(run("قاتل عناصر حركة الشباب المتحالفة مع تنظيم القاعدة."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels


def test_allegiance_to_a_group_is_an_affiliation():
    doc = run('وتبنت جماعة "أنصار الحق"، المبايعة لتنظيم الدولة الإسلامية، الهجوم.')
    assert ("affiliatedWith", "أنصار الحق", "تنظيم الدولة الإسلامية") in relations(doc)


def test_pledge_of_allegiance_as_a_verb_or_a_noun_with_its_pronoun():
    for text in ("وأعلنت جماعة بوكو حرام مبايعتها تنظيم الدولة.",
                 "وبايعت جماعة بوكو حرام تنظيم الدولة العام الماضي."):
        assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم الدولة") in relations(run(text))


def test_the_group_that_pledged_is_the_antecedent_of_the_relative():
    rels = relations(run("وتقاتل حركة الشباب التي بايعت تنظيم القاعدة الحكومة الصومالية."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels
    assert not any(r[0] == "affiliatedWith" and "الحكومة الصومالية" in r[1:] for r in rels)
    rels = relations(run("وقاتل الجيش ضد حركة الشباب التي بايعت تنظيم القاعدة."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels


def test_the_second_of_two_relative_clauses_refers_to_the_same_group():
    rels = relations(run("وتقاتل حركة الشباب التي تأسست عام 2006 والتي بايعت تنظيم القاعدة القوات الحكومية."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels


def test_a_refused_pledge_is_no_affiliation():
    rels = relations(run("وقالت جماعة بوكو حرام إنها لن تبايع تنظيم الدولة."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_ally_named_with_a_pronoun_for_the_other_side():
    rels = relations(run("وتتعرض المدينة لهجوم من قوات النظام السوري ومليشيا حزب الله اللبناني المتحالف معها."))
    assert ("affiliatedWith", "حزب الله اللبناني", "قوات النظام السوري") in rels \
        or ("affiliatedWith", "قوات النظام السوري", "حزب الله اللبناني") in rels


def test_ally_of_an_unnamed_body_is_no_ones_ally():
    rels = relations(run("واعتقلت الشرطة عناصر من تنظيم داعش وحزب العمال الكردستاني وتنظيمات موالية لها."))
    assert not any(r[0] == "affiliatedWith" for r in rels)
