"""Relations: membership by a verb (kg/relations/joins.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_joiner_named_before_the_verb_not_the_group_left():
    rels = relations(run("وانشق العقيد عادل ناصر عن الجيش السوري وانضم إلى الجيش الحر."))
    assert ("memberOf", "عادل ناصر", "الجيش الحر") in rels
    assert ("memberOf", "عادل ناصر", "الجيش السوري") not in rels


def test_joiner_named_after_the_group_joined():
    rels = relations(run("وانضم إلى الجيش الحر العقيد عادل ناصر بعد انشقاقه عن الجيش السوري."))
    assert ("memberOf", "عادل ناصر", "الجيش الحر") in rels
    assert ("memberOf", "عادل ناصر", "الجيش السوري") not in rels


def test_announced_joining_with_a_pronoun():
    rels = relations(run("وأعلنت كتيبة الفاروق انضمامها إلى جبهة النصرة."))
    assert ("memberOf", "كتيبة الفاروق", "جبهة النصرة") in rels


def test_defection_is_no_membership():
    assert not relations(run("وقال سامر الخطيب إنه انشق عن حزب العدالة."))
    assert not any(r[0] == "memberOf" for r in relations(
        run("وانضم سامر الخطيب بعد انشقاقه عن حزب العدالة إلى الحكومة.")))


def test_joiner_named_before_a_relative():
    rels = relations(run("وأوقف الأمن حسان العمري والذي انضم لاحقا وقاتل مع تنظيم القاعدة في اليمن."))
    assert ("memberOf", "حسان العمري", "تنظيم القاعدة") in rels
    rels = relations(run("وكان سامر الخطيب، الذي انضم إلى حركة الشباب عام 2010، قد قتل."))
    assert ("memberOf", "سامر الخطيب", "حركة الشباب") in rels
    rels = relations(run("وقال سامر الخطيب الذي انضم بعد انشقاقه عن حزب العدالة إلى الحكومة إن الوضع صعب."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_within_the_ranks_of_a_group():
    assert ("memberOf", "حامد السالم", "تنظيم القاعدة") in relations(
        run("وكان حامد السالم ضمن عناصر تنظيم القاعدة قبل أن ينشق عنه."))
    assert ("memberOf", "فارس الحلبي", "جبهة النصرة") in relations(
        run("وقاتل فارس الحلبي ضمن صفوف جبهة النصرة سنتين."))


def test_enlisted_under_the_banner_of_a_group():
    assert ("memberOf", "حركة أحرار الشام", "جيش الفتح") in relations(
        run("وانضوت حركة أحرار الشام تحت راية جيش الفتح."))


def test_within_the_operations_room_of_a_group():
    assert ("memberOf", "حركة أحرار الشام", "جيش الفتح") in relations(
        run("وشاركت حركة أحرار الشام ضمن غرفة عمليات جيش الفتح في الهجوم."))


def test_his_joining_refers_to_the_person_the_clauses_before_tell_of():
    rels = relations(run("وقالت الشرطة إن بين القتلى سامي الحداد، الذي وصفته بأنه خبير متفجرات، وكان قد أعلن "
                         "انضمامه إلى تنظيم القاعدة قبل عامين."))
    assert ("memberOf", "سامي الحداد", "تنظيم القاعدة") in rels
    # his son joined: the joining is not told of the one named before
    assert not relations(run("وقال سامي الحداد إن الشرطة اعتقلت ابنه بعد أن أعلن انضمامه إلى تنظيم القاعدة."))


def test_his_defection_and_joining_told_after_an_aside_on_him():
    rels = relations(run("وأعلن المدعو أبو حمزة الأنصاري، وهو أحد قادة جبهة النصرة في بلدة سرمين، "
                         "انشقاقه وانضمامه إلى جيش الأحرار، بحسب ناشطين."))
    assert ("memberOf", "أبو حمزة الأنصاري", "جيش الأحرار") in rels
    assert not any(r[0] == "memberOf" and r[2] == "جيش الأحرار" and r[1] != "أبو حمزة الأنصاري"
                   for r in rels)


def test_his_joining_told_in_a_relative_clause_with_others_named_before_the_group():
    rels = relations(run("وقال إن المسلحين يتبعون عمر الحسيني، الذي كان قد أعلن العام الماضي انضمامه مع "
                         "نحو عشرين من أنصاره إلى «جبهة النصرة»، بحسب مصادر."))
    assert ("memberOf", "عمر الحسيني", "جبهة النصرة") in rels


def test_the_joiner_is_the_group_before_an_apposition_not_the_one_inside_it():
    # "أعلن X، أحد فصائل Y، انضمامه إلى Z": X joins Z, Y does not
    rels = relations(run("وأعلن «لواء صقور الجبل»، أحد أكبر فصائل الجيش السوري الحر في ريف حماة، "
                         "انضمامه إلى هيئة تحرير الشام."))
    assert ("memberOf", "لواء صقور الجبل", "هيئة تحرير الشام") in rels
    assert ("memberOf", "الجيش السوري الحر", "هيئة تحرير الشام") not in rels


def test_who_joined_a_group_with_bi_is_its_member():
    # "X، الذي التحق بتنظيم Y": X joined Y
    rels = relations(run("وأفادت الشرطة بأن ناصر المطيري، الذي التحق بتنظيم داعش عام 2016، قتل في سوريا."))
    assert ("memberOf", "ناصر المطيري", "تنظيم داعش") in rels


def test_joining_a_university_is_no_membership():
    rels = relations(run("وكان ناصر المطيري قد التحق بجامعة الملك عبدالعزيز قبل سفره."))
    assert not [r for r in rels if r[0] == "memberOf"]


def test_the_joining_after_a_preposition_is_not_the_far_subjects():
    # "أدانت المحكمة مواطنا بالانضمام إلى Y": the court did not join Y
    rels = relations(run("أصدرت المحكمة الجزائية المتخصصة حكما يقضي بإدانة مواطن بالانضمام إلى جبهة النصرة "
                         "والمشاركة في القتال."))
    assert not any(r[0] == "memberOf" for r in rels)
    rels = relations(run("وأفادت مصادر محلية بانضمام المئات من أبناء مدينة إب إلى المقاومة الشعبية."))
    assert not any(r[0] == "memberOf" for r in rels)
    assert ("memberOf", "سالم الحربي", "تنظيم داعش") in relations(
        run("واتهمت النيابة سالم الحربي بالانضمام إلى تنظيم داعش."))


def test_the_body_a_joined_group_belongs_to_did_not_join_it():
    rels = relations(run("وكان قد أعلن انضمامه لجبهة النصرة التابعة لتنظيم القاعدة قبل عامين."))
    assert ("memberOf", "تنظيم القاعدة", "جبهة النصرة") not in rels


def test_a_name_with_a_preposition_after_the_verb_of_becoming_is_no_member():
    for text in ("وهي تعد السلاح الأبرز للجيش السوري في حربه ضد مقاتلي تنظيم داعش.",
                 "وتعد الدبابات في العراق السلاح الأبرز لقوات النظام في حربها ضد مقاتلي المعارضة وتنظيم داعش."):
        assert not any(r[0] == "memberOf" for r in relations(run(text)))
    assert ("memberOf", "تركيا", "حلف شمال الأطلسي") in relations(run("وأصبحت تركيا عضوا في حلف شمال الأطلسي عام 1952."))
