"""Relations: parts of organisations (kg/relations/parts.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_unit_part_of_organisation():
    rels = relations(run("قال الجيش اللبناني إن وحدة الهندسة التابعة للجيش فككت عبوة."))
    assert ("partOf", "وحدة الهندسة", "الجيش اللبناني") in rels


def test_part_named_with_a_pronoun_for_the_whole():
    rels = relations(run("وقال تنظيم الدولة في بيان نشرته مؤسسة البتار، ذراعها الإعلامي، إن الهجوم نجح."))
    assert ("partOf", "مؤسسة البتار", "تنظيم الدولة") in rels
    rels = relations(run("وتبناه تنظيم ولاية خراسان في بيان نشرته وكالة أعماق التابعة له."))
    assert ("partOf", "وكالة أعماق", "تنظيم ولاية خراسان") in rels


def test_unit_enlisted_within_a_force_is_part_of_it():
    rels = relations(run("هاجم لواء السلطان المنضوي ضمن الجيش الوطني السوري مواقع لقوات سوريا الديمقراطية."))
    assert ("partOf", "لواء السلطان", "الجيش الوطني السوري") in rels
    assert ("memberOf", "لواء السلطان", "الجيش الوطني السوري") not in rels


def test_ministry_of_a_government_with_the_preposition_attached():
    rels = relations(run("وقال المتحدث باسم وزارة الصحة بحكومة الوحدة الوطنية، مالك الفيتوري، إن الوضع هادئ."))
    assert ("partOf", "وزارة الصحة", "حكومة الوحدة الوطنية") in rels


def test_pronoun_of_a_part_skips_the_group_in_a_description():
    doc = run("وتبنت حركة الشباب المجاهدين، المرتبطة بتنظيم القاعدة، الهجوم في بيان بثته "
              "إذاعة الفجر التابعة لها.")
    rels = relations(doc)
    assert ("partOf", "إذاعة الفجر", "حركة الشباب المجاهدين") in rels
    assert ("partOf", "إذاعة الفجر", "تنظيم القاعدة") not in rels


def test_a_corps_in_a_force_is_part_of_it():
    rels = relations(run("وقال قائد فيلق الرحمن في الحرس الثوري العميد سامر حسن إن قواته تقدمت."))
    assert ("partOf", "فيلق الرحمن", "الحرس الثوري") in rels


def test_a_bodys_office_named_with_the_body_after_lam():
    rels = relations(run("وأعلن المكتب السياسي لجبهة الأحرار رفضه للاتفاق مساء أمس."))
    assert ("partOf", "المكتب السياسي", "جبهة الأحرار") in rels


def test_division_in_an_army():
    # UNIT_HEADS: "الفرقة الرابعة في الجيش X"
    assert ("partOf", "الفرقة الرابعة", "الجيش السوري") in relations(
        run("وقال إنه ينتمي إلى شبكة مرتبطة بالفرقة الرابعة في الجيش السوري."))


def test_a_division_in_a_force_is_part_of_it():
    rels = relations(run("وأعلنت شعبة المعلومات في قوى الأمن الداخلي توقيف ثلاثة مشتبه بهم."))
    assert ("partOf", "شعبة المعلومات", "قوى الأمن الداخلي") in rels


def test_a_province_of_the_islamic_state_is_its_branch():
    rels = relations(run("وتبنى تنظيم داعش الهجوم في بيان حمل توقيع «ولاية نجد»."))
    assert ("partOf", "ولاية نجد", "تنظيم داعش") in rels
    # no group named: no branch of it
    assert not relations(run("وتبنت «ولاية نجد» الهجوم في بيان."))
    # a province that pledged allegiance is a member (kg/relations/affiliation.py), not a branch
    rels = relations(run("وتبنى تنظيم «ولاية سيناء»، الذي بايع تنظيم الدولة الإسلامية عام 2014، الهجوم."))
    assert ("partOf", "ولاية سيناء", "تنظيم الدولة الإسلامية") not in rels
    # the text tells another relation: that one only
    rels = relations(run("وكان مسلحو ولاية غرب أفريقيا، المرتبطة بتنظيم الدولة، قد هاجموا قاعدة عسكرية."))
    assert ("partOf", "ولاية غرب أفريقيا", "تنظيم الدولة") not in rels


def test_a_medium_issued_by_a_group_is_its_part():
    rels = relations(run("ونشرت صحيفة «النبأ» الأسبوعية الصادرة عن تنظيم داعش مقابلة."))
    assert ("partOf", "النبأ", "تنظيم داعش") in rels
    # a statement issued by a group is no medium of it
    rels = relations(run("وقالت حركة الشباب إن البيانات الصادرة عن تنظيم داعش كاذبة."))
    assert not any(r[0] == "partOf" for r in rels)
    # the agency a spokesperson spoke to is no part of his body
    rels = relations(run("وقال لوكالة رويترز الناطقة باسم الجبهة الجنوبية سامية علي إن القتال توقف."))
    assert not any(r[0] == "partOf" for r in rels)


def test_wing_pronoun_refers_to_the_group_of_a_member_cue():
    rels = relations(run("وقال المتحدث باسم حماس سامي أبو زهري إن «المقاومة ستواصل القتال»، فيما أكد داود شهاب، "
                         "القيادي في حركة الجهاد الإسلامي، أن سرايا القدس، ذراعها العسكرية، أطلقت صواريخ."))
    assert ("partOf", "سرايا القدس", "حركة الجهاد الإسلامي") in rels


def test_unit_enlisted_in_a_force_told_with_fi():
    rels = relations(run("وأعلن مجلس الرقة العسكري، المنضوي في قوات سوريا الديمقراطية، بدء الهجوم."))
    assert ("partOf", "مجلس الرقة العسكري", "قوات سوريا الديمقراطية") in rels


def test_unit_enlisted_under_or_in_the_ranks_of_a_body():
    rels = relations(run("وشارك «لواء أحرار الجنوب» المنضوي تحت هيئة الحشد الوطني في المعارك."))
    assert ("partOf", "لواء أحرار الجنوب", "هيئة الحشد الوطني") in rels
    rels = relations(run("وكان مجلس منبج العسكري، المنضوي في صفوف قوات الدفاع الشعبي، قد أعلن النفير."))
    assert ("partOf", "مجلس منبج العسكري", "قوات الدفاع الشعبي") in rels


def test_a_common_noun_between_the_body_and_the_cue_is_what_belongs():
    rels = relations(run("واستهدفت المقاومة الشعبية عربة تابعة لمليشيا الحوثي في تعز."))
    assert not [r for r in rels if r[0] == "partOf"]
    rels = relations(run("وأعلنت قوات الحماية الخاصة التابعة لوزارة الداخلية القبض على المتهمين."))
    assert ("partOf", "قوات الحماية الخاصة", "وزارة الداخلية") in rels
    # a pronoun of being, or a unit's kind, may stand there
    rels = relations(run("وأصدرت جبهة النصرة، وهي فرع تنظيم القاعدة في سوريا، بيانا."))
    assert ("partOf", "جبهة النصرة", "تنظيم القاعدة") in rels


def test_a_radio_speaking_with_the_tongue_of_a_group_is_its_part():
    # الناطقة بلسان X: as الناطقة باسم X
    rels = relations(run("وبثت إذاعة «البيان»، الناطقة بلسان تنظيم الدولة الإسلامية، تسجيلا لقائد ميداني."))
    assert ("partOf", "البيان", "تنظيم الدولة الإسلامية") in rels


def test_one_of_the_arms_of_a_group_is_its_part():
    # "X، إحدى الأذرع الإعلامية لـ Y": one of Y's media arms
    rels = relations(run("ونشرت مؤسسة الحياة، إحدى الأذرع الإعلامية لتنظيم الدولة الإسلامية، إصدارا جديدا."))
    assert ("partOf", "مؤسسة الحياة", "تنظيم الدولة الإسلامية") in rels


def test_one_of_the_wings_of_a_movement_is_its_part():
    rels = relations(run("وتبنت سرايا الجهاد، أحد أجنحة حركة الجهاد الإسلامي، إطلاق الصواريخ."))
    assert ("partOf", "سرايا الجهاد", "حركة الجهاد الإسلامي") in rels


def test_a_media_centre_named_for_a_body_the_article_names_is_part_of_it():
    rels = relations(run("وتقدمت المقاومة الشعبية نحو المطار. وقال المركز الإعلامي للمقاومة إن عشرة مسلحين قتلوا."))
    assert ("partOf", "المركز الإعلامي للمقاومة", "المقاومة الشعبية") in rels
    # the body not named on its own: nothing to be part of
    assert not relations(run("وقال المركز الإعلامي للمقاومة إن عشرة مسلحين قتلوا."))
