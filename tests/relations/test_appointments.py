"""Relations: appointments (kg/relations/appointments.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_appointed_leader_of_the_group_that_appoints():
    rels = relations(run("وأعلن حزب العدالة تعيين سامر الخطيب رئيسا جديدا له."))
    assert ("leaderOf", "سامر الخطيب", "حزب العدالة") in rels


def test_appointed_minister_holds_a_post_in_the_state_of_the_appointer():
    rels = relations(run("وعين الرئيس المصري عبد الفتاح السيسي اللواء محمد زكي وزيرا للدفاع. "
                         "وتواجه مصر تحديات."))
    assert ("positionIn", "محمد زكي", "مصر") in rels
    assert ("positionIn", "عبد الفتاح السيسي", "مصر") not in rels    # the appointer


def test_appointed_ambassador_holds_a_post_in_the_sending_state():
    rels = relations(run("وقررت الحكومة الأردنية تعيين خالد العمري سفيرا لدى العراق. "
                         "وقالت الأردن إن العلاقات جيدة."))
    assert ("positionIn", "خالد العمري", "الأردن") in rels
    assert ("positionIn", "خالد العمري", "العراق") not in rels


def test_appointed_commander_of_a_named_force():
    rels = relations(run("وعين الرئيس السوري اللواء علي محمود قائدا للجيش السوري."))
    assert any(r[0] == "leaderOf" and r[1] == "علي محمود" and r[2].endswith("جيش السوري") for r in rels)


def test_entrusted_with_forming_the_government():
    rels = relations(run("وكلف الرئيس العراقي برهم صالح محمد شياع السوداني بتشكيل الحكومة. "
                         "وينتظر العراق الحكومة."))
    assert ("positionIn", "محمد شياع السوداني", "العراق") in rels
    assert ("positionIn", "برهم صالح", "العراق") not in rels


def test_no_appointment_without_a_post_after_the_name():
    rels = relations(run("وأعلن حزب العدالة تعيين سامر الخطيب في لجنة التحقيق."))
    assert not any(r[1] == "سامر الخطيب" for r in rels)


def test_election_gives_the_post():
    assert ("leaderOf", "سليم الجبوري", "مجلس النواب") in relations(
        run("وانتخب مجلس النواب سليم الجبوري رئيسا له."))


def test_post_told_with_a_verb_of_being():
    assert ("leaderOf", "سامي الفرج", "حركة الشباب") in relations(
        run("وكان سامي الفرج قائدا لحركة الشباب قبل مقتله."))
    assert ("spokespersonOf", "سامي الفرج", "وزارة الداخلية") in relations(
        run("وعمل سامي الفرج متحدثا باسم وزارة الداخلية لسنوات."))


def test_commander_for_a_place_is_a_member_not_the_head():
    rels = relations(run("وكان سامي الفرج قائدا لكتائب القسام في رفح."))
    assert ("leaderOf", "سامي الفرج", "كتائب القسام") not in rels


def test_appointees_listed_after_the_first_each_hold_their_post():
    rels = relations(run("وعين الرئيس اللواء سامر الخطيب قائدا للجيش اللبناني، "
                         "والعميد وليد حسن العلي رئيسا لحزب العدالة."))
    assert any(r[0] == "leaderOf" and r[1] == "سامر الخطيب" and "جيش اللبناني" in r[2] for r in rels)
    assert any(r[0] == "leaderOf" and r[1].startswith("وليد حسن") and r[2] == "حزب العدالة" for r in rels)


def test_appointments_told_as_a_noun():
    rels = relations(run("وشملت التعيينات اللواء كمال عثمان الطيب واليا لولاية كسلا."))
    assert any(r[0] == "leaderOf" and r[1].startswith("كمال عثمان") and r[2] == "كسلا" for r in rels)


def test_governor_appointed_over_a_place():
    rels = relations(run("وعينت الحركة الملا عبد الرحيم حقاني واليا على قندهار."))
    assert any(r[0] == "leaderOf" and r[1].startswith("عبد الرحيم") and r[2] == "قندهار" for r in rels)


def test_a_listed_person_without_a_post_of_his_own_is_no_appointee():
    rels = relations(run("وعين الرئيس اللواء سامر الخطيب قائدا للجيش اللبناني، بحضور العميد وليد حسن العلي."))
    assert not any(r[1].startswith("وليد حسن") for r in rels)


def test_post_told_in_a_relative_clause_after_the_name():
    rels = relations(run("واعتقلت القوات عادل ناصر، الذي كان قائدا للواء التوحيد قبل عامين."))
    assert ("leaderOf", "عادل ناصر", "لواء التوحيد") in rels
    rels = relations(run("واعتقلت القوات عادل ناصر الذي عمل متحدثا باسم حركة الشباب."))
    assert ("spokespersonOf", "عادل ناصر", "حركة الشباب") in rels
    # the relative after a place: nobody's post
    assert not relations(run("وزار عادل ناصر مدينة حلب، التي كان قائدا للواء التوحيد فيها."))


def test_minister_appointed_in_the_government_named_after_the_portfolio():
    assert ("positionIn", "سالم ناصر", "حكومة الوفاق الوطني") in relations(
        run("وعين الرئيس سالم ناصر وزيرا للداخلية في حكومة الوفاق الوطني."))
    assert ("positionIn", "سالم ناصر", "الحكومة اليمنية") in relations(
        run("وأصدر الرئيس مرسوما عيّن بموجبه اللواء سالم ناصر وزيرا للدفاع في الحكومة اليمنية."))


def test_appointed_chief_of_the_staff_of_an_army():
    rels = relations(run("وعين المجلس الرئاسي العقيد سالم الورفلي رئيسا لأركان الجيش الليبي خلفا لسلفه."))
    assert ("leaderOf", "سالم الورفلي", "الجيش الليبي") in rels
    assert ("positionIn", "سالم الورفلي", "الجيش الليبي") in rels


def test_appointee_named_before_a_relative_with_the_verb_s_object_pronoun():
    rels = relations(run("وقال العميد فهد الحارثي، الذي عينه الرئيس اليمني عبد الله صالح مطلع العام "
                         "قائدا للمنطقة العسكرية الرابعة، إن الوضع مستقر."))
    assert any(r[0] == "leaderOf" and r[1] == "فهد الحارثي" and "لمنطقة العسكرية الرابعة" in r[2]
               for r in rels)      # (the name of the region may keep its ل)
    rels = relations(run("وقال سامر الحلبي، الذي عينه الرئيس منير داود محافظا لحمص قبل عامين، "
                         "إن المدينة آمنة."))
    assert ("leaderOf", "سامر الحلبي", "حمص") in rels
    assert not any(r[0] == "leaderOf" and r[1] == "منير داود" for r in rels)


def test_successor_appointed_in_the_place_of_the_dismissed_holds_his_post():
    rels = relations(run("وكان الرئيس قد أقال قائد الشرطة الاتحادية، الفريق مازن العلي، وعين مكانه "
                         "اللواء حميد الساعدي، بعد سلسلة تفجيرات."))
    assert ("leaderOf", "مازن العلي", "الشرطة الاتحادية") in rels
    assert ("leaderOf", "حميد الساعدي", "الشرطة الاتحادية") in rels
    rels = relations(run("أقال الوزير مدير مكتبه وكلف بدلا منه نبيل عيسى بإدارة شؤون المكتب."))
    assert not any(r[1] == "نبيل عيسى" for r in rels)    # no post of the dismissed told


def test_post_told_as_the_capacity_one_acts_in():
    rels = relations(run("ويرأس الاجتماع مسعود بارزاني بصفته رئيسا لإقليم كردستان."))
    assert ("leaderOf", "مسعود بارزاني", "إقليم كردستان") in rels
    rels = relations(run("ووقع الاتفاق جان لوران بصفته ممثلا لجامعة الدول العربية."))
    assert ("positionIn", "جان لوران", "جامعة الدول العربية") in rels


def test_deputy_of_a_head_appointed_holds_a_post_in_what_the_head_leads():
    rels = relations(run("وصدر أمر بتعيين الأمير سعود بن خالد نائبا لأمير منطقة الجوف."))
    assert ("positionIn", "سعود بن خالد", "الجوف") in rels
    assert ("leaderOf", "سعود بن خالد", "الجوف") not in rels
    rels = relations(run("وصدر أمر بتعيين سامر الخطيب نائبا لرئيس مجلس الوزراء."))
    assert ("positionIn", "سامر الخطيب", "مجلس الوزراء") in rels


def test_deputy_of_the_general_commander_appointed_past_an_aside():
    rels = relations(run("وعين الرئيس، في مرسوم نشر أمس، اللواء كريم الموسوي نائبا للقائد العام لقوات الحشد الشعبي."))
    assert ("positionIn", "كريم الموسوي", "قوات الحشد الشعبي") in rels


def test_chosen_as_elected():
    rels = relations(run("واختير سامي العلي رئيسا لحركة النهضة خلفا لمؤسسها."))
    assert ("leaderOf", "سامي العلي", "حركة النهضة") in rels


def test_ambassador_of_the_state_named_before_the_one_he_is_sent_to():
    rels = relations(run("وعين الرئيس سامي العلي سفيرا لتونس لدى الجزائر."))
    assert ("positionIn", "سامي العلي", "تونس") in rels
    assert ("positionIn", "سامي العلي", "الجزائر") not in rels


def test_the_appointees_age_in_brackets_stands_between_him_and_his_post():
    assert ("leaderOf", "سامي العبيدي", "الائتلاف الوطني السوري") in relations(
        run("انتخب الائتلاف الوطني السوري سامي العبيدي (50 عاما) رئيسا له لولاية ثانية."))


def test_a_body_whose_name_ends_with_a_demonym_elects_its_own_head_not_the_states():
    rels = relations(run("تتواصل الحرب في سوريا. وانتخب الائتلاف الوطني السوري سامي العبيدي رئيسا له."))
    assert ("leaderOf", "سامي العبيدي", "الائتلاف الوطني السوري") in rels
    assert ("leaderOf", "سامي العبيدي", "سوريا") not in rels
