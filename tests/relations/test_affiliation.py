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
    rels = relations(run("وتشن جماعة بوكو حرام التي بايعت تنظيم الدولة هجمات على الجيش النيجيري."))
    assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم الدولة") in rels
    assert not any(r[0] == "affiliatedWith" and "الجيش النيجيري" in r[1:] for r in rels)
    rels = relations(run("واشتبكت الشرطة مع جماعة بوكو حرام التي بايعت تنظيم الدولة."))
    assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم الدولة") in rels


def test_the_second_of_two_relative_clauses_refers_to_the_same_group():
    rels = relations(run("وتهاجم جماعة بوكو حرام التي ظهرت عام 2002 والتي بايعت تنظيم الدولة الجيش النيجيري."))
    assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم الدولة") in rels


def test_a_refused_pledge_is_no_affiliation():
    rels = relations(run("وقالت جماعة بوكو حرام إنها لن تبايع تنظيم الدولة."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_ally_named_with_a_pronoun_for_the_other_side():
    rels = relations(run("وتعرضت القرية لقصف من قوات الجيش السوداني ومليشيا الجنجويد المتحالف معها."))
    assert ("affiliatedWith", "مليشيا الجنجويد", "الجيش السوداني") in rels \
        or ("affiliatedWith", "الجيش السوداني", "مليشيا الجنجويد") in rels


def test_ally_of_an_unnamed_body_is_no_ones_ally():
    rels = relations(run("وداهم الأمن مخابئ لحركة الشباب وجماعة بوكو حرام وجماعات موالية لها."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_pledge_with_the_verb_first_and_a_title_before_its_subject():
    rels = relations(run("وبايع القيادي ماهر سعيد تنظيم القاعدة في العام الماضي."))
    assert ("affiliatedWith", "ماهر سعيد", "تنظيم القاعدة") in rels


def test_cue_describing_an_unnamed_noun_before_it_relates_no_named_body():
    rels = relations(run("واتهمت الحكومة الأوكرانية أمس الانفصاليين الموالين لروسيا بقصف مواقعها."))
    assert not any(r[0] == "affiliatedWith" for r in rels)
    rels = relations(run("وتقاتل جماعة الحوثيين والقوات الموالية لعلي عبد الله صالح في تعز."))
    assert not any(r[0] == "affiliatedWith" and "جماعة الحوثيين" in r[1:] for r in rels)
    rels = relations(run("وأعلنت حركة الشباب الصومالية المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels or \
        ("affiliatedWith", "حركة الشباب الصومالية", "تنظيم القاعدة") in rels


def test_cue_after_unnamed_fighters_describes_them_not_the_body_named_before():
    rels = relations(run("واتهمت الحكومة الأوكرانية أمس قوات موالية لروسيا بقصف مواقع الجيش."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_allegiance_verb_first_with_the_group_head_noun():
    assert ("affiliatedWith", "أنصار بيت المقدس", "تنظيم الدولة الإسلامية") in relations(
        run("وبايعت جماعة أنصار بيت المقدس تنظيم الدولة الإسلامية قبل عامين."))


def test_allied_plural_cue():
    assert ("affiliatedWith", "الحوثيين", "علي عبد الله صالح") in relations(
        run("وقصفت الطائرات مواقع الحوثيين المتحالفين مع الرئيس السابق علي عبد الله صالح."))


def test_among_the_allies_of_a_group():
    rels = relations(run("وتعد جماعة أنصار الشريعة من أبرز حلفاء تنظيم القاعدة في ليبيا."))
    assert ("affiliatedWith", "جماعة أنصار الشريعة", "تنظيم القاعدة") in rels \
        or ("affiliatedWith", "تنظيم القاعدة", "جماعة أنصار الشريعة") in rels


def test_a_group_split_from_another_is_affiliated_with_it():
    rels = relations(run("وتبنت «جماعة الأحرار»، المنشقة عن حركة «طالبان باكستان»، التفجير."))
    assert any(r[0] == "affiliatedWith" and r[1] == "جماعة الأحرار" and "طالبان باكستان" in r[2] for r in rels)


def test_a_person_who_left_a_force_is_not_affiliated_with_it():
    rels = relations(run("وقال العقيد سامر الخطيب المنشق عن الجيش السوري إن القوات انسحبت."))
    assert not any(r[0] == "affiliatedWith" and r[1] == "سامر الخطيب" for r in rels)


def test_a_province_that_pledged_allegiance_is_a_member():
    rels = relations(run("وتبنى تنظيم «ولاية سيناء»، الذي بايع تنظيم الدولة الإسلامية عام 2014، الهجوم."))
    assert ("memberOf", "ولاية سيناء", "تنظيم الدولة الإسلامية") in rels
    # a group named otherwise pledges: affiliated, not a member
    rels = relations(run("وكانت جماعة أنصار بيت المقدس قد بايعت تنظيم داعش."))
    assert ("memberOf", "أنصار بيت المقدس", "تنظيم داعش") not in rels


def test_allegiance_to_a_leader_named_after_his_post():
    rels = relations(run("وبايع أبو محمد العدناني زعيم التنظيم أبو بكر البغدادي عام 2010."))
    assert ("affiliatedWith", "أبو محمد العدناني", "أبو بكر البغدادي") in rels
    # a post that is no leader's: nobody pledged to
    rels = relations(run("وبايع أبو محمد العدناني في التنظيم أبو بكر البغدادي عام 2010."))
    assert ("affiliatedWith", "أبو محمد العدناني", "أبو بكر البغدادي") not in rels


def test_loyalty_or_pledge_told_with_its_pronoun():
    assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم داعش") in relations(
        run("وأعلنت جماعة بوكو حرام ولاءها لتنظيم داعش."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in relations(
        run("وجددت حركة الشباب بيعتها لتنظيم القاعدة في بيان."))


def test_second_adjective_joined_by_wa_describes_the_first_name():
    rels = relations(run("وكان فصيل ولاية غرب أفريقيا، المنشق عن جماعة بوكو حرام والموالي لتنظيم "
                         "الدولة الإسلامية، قد خطف تلاميذ."))
    assert ("affiliatedWith", "ولاية غرب أفريقيا", "تنظيم الدولة الإسلامية") in rels
    assert ("affiliatedWith", "جماعة بوكو حرام", "تنظيم الدولة الإسلامية") not in rels


def test_second_adjective_after_a_clitic_preposition():
    rels = relations(run("وتبنت حركة الفرقان، المرتبطة بتنظيم القاعدة والموالية لحركة طالبان، الهجوم."))
    assert ("affiliatedWith", "حركة الفرقان", "حركة طالبان") in rels
    assert ("affiliatedWith", "تنظيم القاعدة", "حركة طالبان") not in rels


def test_affiliation_of_an_unnamed_body_and_its_adjective():
    rels = relations(run("واتهمت حركة النهضة، في بيان، «عناصر متشددة مرتبطة بجماعة أنصار الشريعة» بالوقوف "
                         "وراء الهجوم."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_allegiance_of_the_subject_before_a_relative_clause_set_off_by_commas():
    rels = relations(run("وأوضح المصدر أن «كتيبة الفرقان»، التي يقودها سامي العلي منذ عامين، بايعت تنظيم داعش."))
    assert ("affiliatedWith", "كتيبة الفرقان", "تنظيم داعش") in rels
    assert ("affiliatedWith", "سامي العلي", "تنظيم داعش") not in rels


def test_a_cue_whose_complement_is_a_common_noun_relates_to_no_one_further():
    rels = relations(run("وقالت مصادر في القوات اليمنية الموالية للشرعية لـ«الشرق الأوسط» إن المقاومة تقدمت."))
    assert not [r for r in rels if r[0] == "affiliatedWith"]


def test_forces_named_by_their_kind_and_a_nisba_are_the_loyal_ones_not_the_body_before():
    rels = relations(run("واستعادت القوات الليبية الموالية للحكومة الميناء بعد أن طردت القوات القبلية "
                         "الموالية لتركيا."))
    assert not any(r[0] == "affiliatedWith" and "تركيا" in (r[1], r[2]) for r in rels)


def test_bare_forces_before_the_cue_are_not_the_body_named_before():
    # "القوات" alone reads as a nominal of the army named first; the cue makes it other forces
    rels = relations(run("وقال متحدث إن الجيش الأمريكي درب مئات المقاتلين، ولن يسمح بأن تهاجمهم "
                         "القوات الموالية للرئيس السوري بشار الأسد."))
    assert not any(r[0] == "affiliatedWith" and "الجيش الأمريكي" in r[1:] for r in rels)
    rels = relations(run("هاجمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مواقع للتنظيم."))
    assert ("affiliatedWith", "قوات سوريا الديمقراطية", "الولايات المتحدة") in rels
