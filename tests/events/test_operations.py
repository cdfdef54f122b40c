"""kg/events/operations.py: operations launched by a force, the place they liberate, from whom."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_operation_with_an_unquoted_name_launched_by_a_coalition():
    [ev] = find(events(run("أطلق التحالف العربي بقيادة السعودية عملية نسر الصحراء ضد جماعة الحوثي في اليمن.",
                           published=SAT)), "MilitaryOperation")
    assert ev[1] == ["التحالف العربي"] and ev[2] == ["جماعة الحوثي"] and ev[3] == ["اليمن"]


def test_process_started_by_no_force_is_no_operation():
    evs = events(run("بدأت عملية التصويت في مدينة القاهرة صباح اليوم.", published=SAT))
    assert not find(evs, "MilitaryOperation")


def test_operation_to_liberate_a_province_from_a_group():
    [ev] = find(events(run("بدأ الجيش العراقي عملية عسكرية واسعة لتحرير محافظة الأنبار من تنظيم داعش.",
                           published=SAT)), "MilitaryOperation")
    assert ev[2] == ["تنظيم داعش"] and ev[3] == ["محافظة الأنبار"]


def test_raid_of_an_arrest_is_no_operation():
    from datetime import date
    evs = events(run("اعتقل الجيش العراقي فجر اليوم خمسة مطلوبين خلال عملية دهم وتفتيش في ناحية المقدادية.",
                     published=date(2014, 9, 18)))
    assert [e[0] for e in evs] == ["Arrest"]


def test_an_offensive_to_drive_a_group_out_is_an_operation_against_it():
    from datetime import date
    evs = events(run("تقدمت القوات بالتزامن مع هجوم واسع أطلقته قوات سوريا الديمقراطية الثلاثاء الماضي "
                     "لطرد تنظيم داعش من قرى شمال محافظة الرقة.", published=date(2016, 5, 30)))
    [op] = [e for e in evs if e[0] == "MilitaryOperation"]
    assert op[1] == ["قوات سوريا الديمقراطية"] and op[2] == ["تنظيم داعش"] and op[4] == "2016-05-24"
    assert not [e for e in evs if e[0] == "Attack"]


def test_an_attack_with_no_aim_of_taking_ground_stays_an_attack():
    from datetime import date
    evs = events(run("شن مسلحو حركة الشباب هجوما على قاعدة عسكرية في بلدة جلب.", published=date(2016, 5, 30)))
    assert [e[0] for e in evs] == ["Attack"]


def test_the_place_to_clear_past_the_operations_quoted_name():
    from datetime import date
    evs = events(run("أطلقت القوات المسلحة المصرية عملية عسكرية واسعة أطلقت عليها اسم «حق الشهيد» لتطهير مناطق "
                     "رفح والشيخ زويد من العناصر المسلحة.", published=date(2015, 9, 10)))
    [op] = [e for e in evs if e[0] == "MilitaryOperation"]
    assert op[3] == ["الشيخ زويد", "رفح"]


def test_an_offensive_continued_day_after_day_is_an_operation_on_the_town():
    from datetime import date
    evs = events(run("واصلت قوات الجيش السوري، أمس السبت، هجومها على مدينة القصير بريف حمص لليوم التاسع على التوالي.",
                     published=date(2015, 7, 12)))
    [op] = [e for e in evs if e[0] == "MilitaryOperation"]
    assert op[1] == ["الجيش السوري"] and op[3] == ["مدينة القصير"] and op[4] == "2015-07-11"


def test_the_attack_of_them_repelled_is_not_the_repellers():
    from datetime import date
    evs = events(run("وصدت قوات الجيش هجومهم على الحاجز.", published=date(2015, 7, 12)))
    assert not [e for e in evs if e[1] == ["الجيش"] or e[1] == ["قوات الجيش"]]


def test_an_operation_launched_to_take_a_town_announced_by_its_doer():
    from datetime import date
    evs = events(run("وأعلنت قيادة العمليات المشتركة انطلاق عملية تحرير مدينة الفلوجة من تنظيم داعش.",
                     published=date(2015, 7, 26)))
    [op] = [e for e in evs if e[0] == "MilitaryOperation"]
    assert op[1] == ["قيادة العمليات المشتركة"] and op[2] == ["تنظيم داعش"] and op[3] == ["مدينة الفلوجة"]


def test_a_liberation_not_launched_is_no_operation_by_this_rule():
    from datetime import date
    evs = events(run("وتحدث المسؤول عن عملية تحرير الأسرى.", published=date(2015, 7, 26)))
    assert not [e for e in evs if e[0] == "MilitaryOperation"]


def test_a_campaign_named_in_quotes_with_no_word_of_war_is_no_operation():
    for text in ("وأطلق المركز حملة «معا ضد الإرهاب والفكر الضال» في القصيم.",
                 "وأطلقت البلدية حملة «عيدنا مع رجال النظافة» في الدمام."):
        assert not [e for e in run(text).events if e.type == "MilitaryOperation"], text
    doc = run("وشن الجيش السوداني حملة «الصيف الحاسم» على المتمردين في جنوب كردفان.")
    assert any(e.type == "MilitaryOperation" for e in doc.events)


def test_an_operation_launched_by_a_force_named_before_the_verb():
    # "وكانت القوات X قد أطلقت، <time>، عملية ...": launched by a force, though unnamed and with no war word after it
    evs = events(run("وكانت قوات البيشمركة قد أطلقت، في العاشر من الشهر الجاري، عملية لتفتيش القرى المحيطة "
                     "ببلدة مخمور.", published=date(2019, 2, 16)))
    ops = [ev for ev in evs if ev[0] == "MilitaryOperation"]
    assert ops and ops[0][1] == ["قوات البيشمركة"] and ops[0][4] == "2019-02-10"
    # (not a process named after a verb whose subject is no force)
    evs = events(run("وكانت اللجنة قد أطلقت عملية لتسجيل الناخبين في بلدة مخمور."))
    assert not [ev for ev in evs if ev[0] == "MilitaryOperation"]


def test_a_campaign_a_force_leads_or_wages_is_an_operation_with_that_agent():
    evs = events(run("وتشارك الكويت في الحملة الجوية التي تقودها السعودية ضد الحوثيين في اليمن."))
    assert [(e[0], e[1], e[2]) for e in evs] == [("MilitaryOperation", ["السعودية"], ["الحوثيين"])]
    evs = events(run("وقال رئيس الوزراء إن العملية التي يشنها الجيش التركي ضد حزب العمال الكردستاني "
                     "مستمرة."))
    assert [(e[0], e[1]) for e in evs] == [("MilitaryOperation", ["الجيش التركي"])]
    # a ministry's campaign is no war
    assert events(run("وأطلقت الحملة التي تقودها وزارة الصحة المصرية لمكافحة التدخين في القاهرة.")) == []
