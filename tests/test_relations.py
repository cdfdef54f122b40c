"""Relations from cue patterns, each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import relations, run  # noqa: E402


def test_member_title_in_organisation():
    assert ("memberOf", "حامد سعيد الكبيسي", "تنظيم الدولة") in relations(
        run("اعتقلت الشرطة القيادي في تنظيم الدولة حامد سعيد الكبيسي في الفلوجة."))


def test_member_named_later_bridges_back():
    doc = run("قتلت القوات الأمريكية قياديا بتنظيم القاعدة في إدلب. "
              "وقالت القيادة الوسطى إن القيادي فارس ناصر الحمود كان مسؤولا عن هجمات.")
    assert ("memberOf", "فارس ناصر الحمود", "تنظيم القاعدة") in relations(doc)


def test_commander_with_title_after_organisation():
    assert ("leaderOf", "جوزيف سمعان", "الجيش اللبناني") in relations(
        run("قال قائد الجيش اللبناني العماد جوزيف سمعان إن الحدود هادئة."))


def test_spokesperson():
    assert ("spokespersonOf", "عمر بركات", "حركة العدل") in relations(
        run("وقال المتحدث باسم حركة العدل عمر بركات إن الحركة لن تتراجع."))


def test_minister_position_in_the_country_with_post_name():
    doc = run("أعلن وزير الدفاع التركي مراد يلماز بدء العملية. وزار تركيا وفد.")
    assert ("positionIn", "مراد يلماز", "تركيا") in relations(doc)
    [rel] = [r for r in doc.relations if r.type == "positionIn"]
    assert rel.post == "وزير الدفاع"


def test_counterpart():
    doc = run("التقى وزير الخارجية المصري حسن عادل في القاهرة نظيره العراقي كريم جاسم. "
              "وكان العراق قد دعا إلى الحوار.")
    assert ("positionIn", "كريم جاسم", "العراق") in relations(doc)


def test_led_by_and_not_the_group_fought():
    rels = relations(run("انضمت السودان إلى التحالف الذي يقاتل ضد تنظيم الدولة بقيادة الولايات المتحدة."))
    assert ("leaderOf", "الولايات المتحدة", "التحالف") in rels
    assert ("memberOf", "السودان", "التحالف") in rels
    assert ("leaderOf", "الولايات المتحدة", "تنظيم الدولة") not in rels


def test_unit_part_of_organisation():
    rels = relations(run("قال الجيش اللبناني إن وحدة الهندسة التابعة للجيش فككت عبوة."))
    assert ("partOf", "وحدة الهندسة", "الجيش اللبناني") in rels


def test_place_chain():
    rels = relations(run("سقطت قذائف على مدينة تدمر بمحافظة حمص وسط سوريا."))
    assert any(r[0] == "locatedIn" and "تدمر" in r[1] and "حمص" in r[2] for r in rels)
    assert any(r[0] == "locatedIn" and r[2] == "سوريا" for r in rels)
    assert not any(r[0] == "locatedIn" and r[1] == "سوريا" for r in rels)   # never the bigger in the smaller


def test_capital_with_demonym():
    rels = relations(run("اندلعت اشتباكات في العاصمة الليبية طرابلس مساء الثلاثاء. وقالت حكومة ليبيا إن الوضع هادئ."))
    assert any(r[0] == "locatedIn" and r[1].endswith("طرابلس") and r[2] == "ليبيا" for r in rels)


def test_affiliation():
    rels = relations(run("قالت الشرطة إن الشيخ ماهر الدباغ المقرب من حزب الله غادر البلاد."))
    assert ("affiliatedWith", "ماهر الدباغ", "حزب الله") in rels


def test_no_relation_without_a_cue():
    assert relations(run("زار سامر العلي مدينة حلب ثم عاد إلى دمشق.")) & {
        ("memberOf", "سامر العلي", "حلب")} == set()


def test_commander_in_chief_with_compound_rank():
    rels = relations(run("وقال القائد العام للقوات المسلحة السودانية الفريق أول عبد الفتاح البرهان "
                         "إن الجيش سيواصل القتال."))
    assert any(r[0] == "leaderOf" and r[1] == "عبد الفتاح البرهان" for r in rels)


def test_place_belonging_to_a_province():
    rels = relations(run("وتقع بلدة الهول التابعة لمحافظة الحسكة قرب الحدود."))
    assert ("locatedIn", "الهول", "محافظة الحسكة") in rels


def test_member_after_a_pronoun_copula():
    rels = relations(run("واعتقلت الشرطة مهند سالم، وهو عنصر من تنظيم الدولة."))
    assert ("memberOf", "مهند سالم", "تنظيم الدولة") in rels


def test_place_in_a_headed_place():
    assert ("locatedIn", "مخيم نور شمس", "طولكرم") in relations(run("امتدت العملية إلى مخيم نور شمس في طولكرم."))
    assert ("locatedIn", "الرويشد", "محافظة المفرق") in relations(
        run("رصدت القوات مجموعة قرب منطقة الرويشد في محافظة المفرق."))


def test_province_inside_a_region_named_by_its_head():
    rels = relations(run("ألقت الشرطة القبض على أربعة أشخاص في محافظة صامطة بمنطقة جازان."))
    assert ("locatedIn", "محافظة صامطة", "جازان") in rels


def test_district_belonging_to_a_province():
    rels = relations(run("ألقت القوات القبض على خلية في قضاء جمجمال التابع لمحافظة السليمانية."))
    assert ("locatedIn", "قضاء جمجمال", "السليمانية") in rels


def test_village_or_district_in_a_direction_of_a_city():
    assert ("locatedIn", "قباطية", "جنين") in relations(run("اقتحمت وحدة إسرائيلية بلدة قباطية جنوب جنين."))
    assert ("locatedIn", "قره جوغ", "أربيل") in relations(
        run("هاجم مسلحون موقعا في منطقة قره جوغ جنوب غربي أربيل."))
    assert ("locatedIn", "قضاء بنجوين", "السليمانية") in relations(
        run("قصفت طائرات مواقع في قضاء بنجوين شرقي السليمانية."))


def test_two_cities_side_by_side_are_not_nested():
    rels = relations(run("وصلت التعزيزات إلى مدينة حلب شرقي إدلب."))
    assert not any(r[0] == "locatedIn" for r in rels)


def test_largest_city_of_a_province():
    assert ("locatedIn", "الموصل", "محافظة نينوى") in relations(
        run("وصلت القوات إلى الموصل، كبرى مدن محافظة نينوى."))
