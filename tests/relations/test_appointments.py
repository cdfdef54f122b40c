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
