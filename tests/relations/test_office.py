"""Relations: taking office (kg/relations/office.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_took_the_lead_of_a_body():
    rels = relations(run("وتولى العميد سالم الراشد قيادة الحرس الثوري بعد وفاة سلفه."))
    assert ("leaderOf", "سالم الراشد", "الحرس الثوري") in rels


def test_took_office_named_after_the_person_by_a_relative():
    rels = relations(run("ونعت الحركة مهدي الكعبي الذي تولى رئاسة حزب الله سنوات."))
    assert ("leaderOf", "مهدي الكعبي", "حزب الله") in rels


def test_no_headship_named_no_leader():
    # he took over the city, not the lead of the army
    rels = relations(run("وتسلم العقيد سالم الراشد من الجيش السوري مدينة تدمر."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_leading_verb_before_the_leader_and_the_led():
    rels = relations(run("ويتزعم أبو بكر البغدادي تنظيم داعش منذ عام 2010."))
    assert ("leaderOf", "أبو بكر البغدادي", "تنظيم داعش") in rels


def test_leading_verb_after_the_leader():
    rels = relations(run("وقال سالم الراشد، الذي يقود اللواء 22 في تعز، إن الجيش يتقدم."))
    assert ("leaderOf", "سالم الراشد", "اللواء 22") in rels
    rels = relations(run("وكان أبو مصعب الزرقاوي يقود تنظيم القاعدة قبل مقتله."))
    assert ("leaderOf", "أبو مصعب الزرقاوي", "تنظيم القاعدة") in rels


def test_leading_an_attack_is_no_leadership():
    rels = relations(run("وقاد سالم الراشد هجوما على مواقع تنظيم داعش."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_leader_named_after_the_led_body_and_a_phrase_of_time():
    rels = relations(run("ويقود حركة الشباب منذ عام 2014 الشيخ أحمد سالم الحسن."))
    assert ("leaderOf", "أحمد سالم الحسن", "حركة الشباب") in rels
    assert ("leaderOf", "عادل ناصر", "حركة الشباب") in relations(run("ويقود حركة الشباب حاليا عادل ناصر."))
    # no time phrase: the person after the body is not its subject
    assert not relations(run("ويقود حركة الشباب في الهجوم عادل ناصر."))


def test_leader_named_right_after_the_led_body():
    rels = relations(run("ويرأس مجلس محافظة نينوى مهند سالم العكيدي."))
    assert ("leaderOf", "مهند سالم العكيدي", "مجلس محافظة نينوى") in rels


def test_taking_the_headship_of_the_staff_of_an_army_after_a_compound_rank():
    rels = relations(run("وتولى الفريق أول حسن المهدي رئاسة هيئة أركان الجيش المصري خلفا لسلفه."))
    assert ("leaderOf", "حسن المهدي", "الجيش المصري") in rels
    assert ("positionIn", "حسن المهدي", "الجيش المصري") in rels


def test_taking_the_headship_told_after_qad():
    rels = relations(run("وكان العميد نبيل الخوري قد تسلم رئاسة أركان الجيش اللبناني قبل عامين."))
    assert ("leaderOf", "نبيل الخوري", "الجيش اللبناني") in rels


def test_entrusted_with_the_lead_of_a_body():
    rels = relations(run("وكلف مجلس الوزراء العراقي سعد الربيعي بقيادة جهاز مكافحة الإرهاب."))
    assert ("leaderOf", "سعد الربيعي", "جهاز مكافحة الإرهاب") in rels
    assert not any(r[0] == "leaderOf" and r[1] == "جهاز مكافحة الإرهاب" for r in rels)


def test_leading_a_so_called_body():
    rels = relations(run("وقال إن سامر الخطيب، الذي يقود ما يسمى لواء الفتح، فر من المنطقة."))
    assert ("leaderOf", "سامر الخطيب", "لواء الفتح") in rels
