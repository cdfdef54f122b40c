"""Relations: states in coalitions (kg/relations/coalitions.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_states_counted_with_a_coalition():
    rels = relations(run("وتعد مالي، إلى جانب النيجر وبوركينا فاسو، عضوا في تحالف الساحل."))
    for state in ("مالي", "النيجر", "بوركينا فاسو"):
        assert ("memberOf", state, "تحالف الساحل") in rels
    rels = relations(run("اجتمع وزراء دفاع دول التحالف العربي (السعودية والإمارات)، الأسبوع الماضي."))
    assert ("memberOf", "السعودية", "التحالف العربي") in rels
    assert ("memberOf", "الإمارات", "التحالف العربي") in rels


def test_states_listed_as_comprised_by_an_organisation_are_members():
    rels = relations(run("وتقاتل بوكو حرام القوة المشتركة متعددة الجنسيات التي تضم إلى جانب تشاد "
                         "كلا من النيجر ونيجيريا والكاميرون."))
    for state in ("تشاد", "النيجر", "نيجيريا", "الكاميرون"):
        assert ("memberOf", state, "القوة المشتركة متعددة الجنسيات") in rels
    assert not relations(run("وتنشط بوكو حرام في منطقة بحيرة تشاد التي تضم النيجر ونيجيريا."))


def test_one_of_the_factions_of_a_force_is_its_member():
    rels = relations(run("وقالت حركة النجباء، إحدى أبرز فصائل الحشد الشعبي، إنها سترد على الهجوم."))
    assert any(r[0] == "memberOf" and r[1] == "حركة النجباء" and "الحشد الشعبي" in r[2] for r in rels)


def test_no_faction_without_the_faction_word():
    rels = relations(run("والتقى الوزير وفد حركة النجباء، أحد أبرز حلفاء الحشد الشعبي."))
    assert not any(r[0] == "memberOf" and r[1] == "حركة النجباء" for r in rels)


def test_groups_an_alliance_is_made_of():
    rels = relations(run("وسيطر «جيش الفتح»، وهو تحالف لفصائل معارضة يضم جبهة النصرة وحركة أحرار الشام، "
                         "على البلدة."))
    assert ("memberOf", "جبهة النصرة", "جيش الفتح") in rels
    assert ("memberOf", "حركة أحرار الشام", "جيش الفتح") in rels
    rels = relations(run("وسيطر جيش الإسلام، الذي يضم حركة نور الدين الزنكي وجبهة النصرة، على البلدة."))
    assert ("memberOf", "حركة نور الدين الزنكي", "جيش الإسلام") in rels


def test_members_named_after_a_description_of_what_an_alliance_comprises():
    rels = relations(run("ويسيطر على المدينة «مجلس شورى ثوار الزاوية»، وهو تحالف يضم فصائل إسلامية "
                         "بينها «كتيبة الفاروق»."))
    assert ("memberOf", "كتيبة الفاروق", "مجلس شورى ثوار الزاوية") in rels
    rels = relations(run("وقال إن «مجلس شورى ثوار الزاوية»، الذي يضم عناصر من جماعة «أنصار الشريعة»، "
                         "فقد مواقعه."))
    assert ("memberOf", "أنصار الشريعة", "مجلس شورى ثوار الزاوية") in rels


def test_groups_that_merge_into_one_are_its_members():
    rels = relations(run("أعلنت فصائل «جيش المجاهدين» و«حركة نور الدين الزنكي» و«لواء الحق» اندماجها "
                         "في تشكيل واحد يحمل اسم «هيئة تحرير الشام»."))
    for g in ("جيش المجاهدين", "حركة نور الدين الزنكي", "لواء الحق"):
        assert ("memberOf", g, "هيئة تحرير الشام") in rels


def test_states_taking_part_in_a_coalition_are_its_members():
    rels = relations(run("وأشاد الوزير بمشاركة السعودية والإمارات بفاعلية في التحالف الدولي لمحاربة تنظيم داعش."))
    assert ("memberOf", "السعودية", "التحالف الدولي") in rels
    assert ("memberOf", "الإمارات", "التحالف الدولي") in rels


def test_taking_part_in_a_coalition_s_act_or_refused_is_no_membership():
    rels = relations(run("وشاركت طائرات أردنية في غارات التحالف الدولي، وأكد رفض مشاركة إيران في التحالف الدولي."))
    assert not any(r[0] == "memberOf" for r in rels)
