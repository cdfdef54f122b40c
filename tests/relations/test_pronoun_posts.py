"""Relations: posts named with a pronoun (kg/relations/pronoun_posts.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_leader_named_with_a_pronoun_for_the_group_before():
    rels = relations(run("وتأسست حركة النهضة الشعبية عام 1990، وقتل زعيمها التاريخي الشيخ سالم عبد الله في غارة."))
    assert ("leaderOf", "سالم عبد الله", "حركة النهضة الشعبية") in rels
    rels = relations(run("وأعلن تنظيم الدولة أن قائده أبو بكر البغدادي قتل."))
    assert ("leaderOf", "أبو بكر البغدادي", "تنظيم الدولة") in rels


def test_pronoun_of_a_post_agrees_with_its_antecedent():
    rels = relations(run("وزار وفد من حزب الأمة القومي مقر حركة النهضة، وكان زعيمه فؤاد سالم على رأس الوفد."))
    assert ("leaderOf", "فؤاد سالم", "حزب الأمة القومي") in rels      # he: the party
    assert ("leaderOf", "فؤاد سالم", "حركة النهضة") not in rels       # not she, the movement


def test_pronoun_of_a_post_names_no_unnamed_cell():
    rels = relations(run("وقال أفراد الخلية التي اعتقلتها قوات الأمن إن زعيمها عادل ناصر هرب."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_pronoun_post_finds_its_group_in_the_sentence_before():
    rels = relations(run("وتنشط جبهة التحرير في الجبال منذ سنوات. وقتل قائدها سامر الخطيب أمس."))
    assert ("leaderOf", "سامر الخطيب", "جبهة التحرير") in rels


def test_pronoun_of_a_post_may_refer_to_a_state():
    rels = relations(run("وزار الوفد تركيا والتقى رئيسها رجب طيب أردوغان."))
    assert ("leaderOf", "رجب طيب أردوغان", "تركيا") in rels


def test_deputy_named_with_a_pronoun_holds_a_post_in_the_leaders_body():
    rels = relations(run("وضم الاجتماع رئيس حركة النهضة سامر الخطيب ونائبه عادل ناصر."))
    assert ("positionIn", "عادل ناصر", "حركة النهضة") in rels
    assert not any(r[1] == "عادل ناصر" for r in relations(run("والتقى سامر الخطيب ونائبه عادل ناصر.")))


def test_pronoun_of_a_post_does_not_reach_far_back():
    rels = relations(run("وزار وفد من جبهة العمل الوطني المسجد الأقصى صباح اليوم وسط هتافات المصلين "
                         "الغاضبين الذين رددوا في الساحات أن الأمة قائدها سامر الخطيب."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_a_woman_or_a_director_named_by_the_post_with_a_pronoun():
    rels = relations(run("وأعلن مجلس الإغاثة تعليق عمله، وقالت مديرته التنفيذية سلمى راشد إن المجلس سيعود."))
    assert ("leaderOf", "سلمى راشد", "مجلس الإغاثة") in rels
    rels = relations(run("ودعت منظمة الأمل إلى الهدوء، وكانت رئيستها هدى سالم قد زارت المخيم."))
    assert ("leaderOf", "هدى سالم", "منظمة الأمل") in rels


def test_pronoun_post_after_a_conjunction():
    rels = relations(run("وأعلنت جبهة التحرير أن مقاتليها تقدموا وزعيمها ماهر عادل في الخطوط الأولى."))
    assert ("leaderOf", "ماهر عادل", "جبهة التحرير") in rels


def test_pronoun_gender_from_the_head_noun_before_a_quoted_name():
    rels = relations(run('وأعلنت الجماعة مبايعتها لتنظيم "الدولة الإسلامية" وزعيمه سامر عادل.'))
    assert ("leaderOf", "سامر عادل", "الدولة الإسلامية") in rels


def test_pronoun_post_gendered_by_a_head_noun_in_the_sentence_before():
    """The antecedent's head noun is read in ITS sentence (a long one before a short one: the
    positions of the one are not the other's; it was an IndexError on real news)."""
    rels = relations(run('وقالت مصادر محلية في المناطق الشمالية من البلاد مساء أمس إن عناصر تابعين لتنظيم '
                         '"جند الحق" انتشروا في القرى. وقتل زعيمه سامر عادل.'))
    assert ("leaderOf", "سامر عادل", "جند الحق") in rels


def test_members_named_with_a_pronoun_for_their_group():
    rels = relations(run("وأعلنت حركة الجهاد الإسلامي أن القيادي فيها خالد منصور، أصيب بجروح طفيفة."))
    assert ("memberOf", "خالد منصور", "حركة الجهاد الإسلامي") in rels
    rels = relations(run("وقال تنظيم داعش إن أحد عناصره، ويدعى أبو عمر الشامي، نفذ الهجوم."))
    assert ("memberOf", "أبو عمر الشامي", "تنظيم داعش") in rels


def test_spokesperson_on_its_behalf_of_the_body_named_before():
    # pronoun_spokes_relations: "أصدرت وزارة X بيانا. وقال المتحدث باسمها العقيد Y"
    rels = relations(run("وأصدرت وزارة الداخلية العراقية بيانا أمس. وقال المتحدث باسمها العقيد "
                         "سالم حداد إن القوات اعتقلت ثلاثة."))
    assert ("spokespersonOf", "سالم حداد", "وزارة الداخلية العراقية") in rels


def test_spokesperson_on_its_behalf_far_in_the_sentence_gives_nothing():
    rels = relations(run("وأصدرت وزارة الداخلية العراقية بيانا أمس. وفي وقت لاحق من مساء اليوم نفسه "
                         "وبعد ساعات من الانتظار قال المتحدث باسمها العقيد سالم حداد إن القوات اعتقلت ثلاثة."))
    assert not any(r[0] == "spokespersonOf" for r in rels)


def test_deputies_of_a_leader_named_earlier():
    # deputy_relations: "اختيار X ونائبيه Y، المسؤول عن ...، وZ" (X leads the group, said before)
    rels = relations(run("وأعلنت حركة طالبان تعيين الملا حسن أخوند زعيما جديدا لها. ورحب أنصارها بتسمية "
                         "الملا أخوند ونائبيه المولوي سالم عزيز الذي أدار مالية الحركة طويلا وكريم نوري."))
    assert ("positionIn", "سالم عزيز", "حركة طالبان") in rels
    assert ("positionIn", "كريم نوري", "حركة طالبان") in rels


def test_no_deputy_of_a_leader_of_two_bodies():
    rels = relations(run("وقال رئيس حزب الأمة سامي عادل إن الحزب سيشارك. وكان سامي عادل رئيس حركة النهضة "
                         "أيضا. والتقى الوزير عادل ونائبه كريم حسن."))
    assert not any(r[0] == "positionIn" and r[1] == "كريم حسن" for r in rels)


def test_secretary_general_named_with_a_pronoun():
    rels = relations(run("وأعلن حزب الله أن أمينه العام نعيم سليمان سيلقي كلمة مساء اليوم."))
    assert ("leaderOf", "نعيم سليمان", "حزب الله") in rels
    # أمينه without العام is no post
    rels = relations(run("وأعلن حزب الله أن أمينه نعيم سليمان سيلقي كلمة مساء اليوم."))
    assert ("leaderOf", "نعيم سليمان", "حزب الله") not in rels


def test_deputy_of_a_pronoun_post_holds_a_post_beside_the_head():
    rels = relations(run("أصدر حزب الله بيانا. وقال نائب أمينه العام نعيم قاسمي إن الحزب سيرد."))
    assert ("positionIn", "نعيم قاسمي", "حزب الله") in rels
    assert ("leaderOf", "نعيم قاسمي", "حزب الله") not in rels


def test_pronoun_post_for_a_region_is_not_the_head():
    rels = relations(run("وقالت منظمة العفو الدولية إن مديرها في آسيا سامر الخوري قلق."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_a_definite_noun_in_ta_marbuta_is_feminine_for_the_pronoun():
    # قائده (his) does not refer back to المعارضة (she)
    rels = relations(run("قصف الجيش السوري مواقع المعارضة، وقال قائده الميداني العقيد سهيل الحسن "
                         "إن العملية مستمرة."))
    assert ("leaderOf", "سهيل الحسن", "الجيش السوري") in rels
    assert ("leaderOf", "سهيل الحسن", "المعارضة") not in rels


def test_member_in_its_ranks_refers_to_the_group_named_as_the_subject():
    rels = relations(run("وكان حزب الله اللبناني، الذي يقاتل عناصره إلى جانب قوات النظام، قد نعى أمس "
                         "القيادي في صفوفه سامي فرحات."))
    assert ("memberOf", "سامي فرحات", "حزب الله اللبناني") in rels
    assert ("memberOf", "سامي فرحات", "قوات النظام") not in rels       # she: not his ranks
    rels = relations(run("ونعت حركة الجهاد الإسلامي القيادي في صفوفها خالد منصور."))
    assert ("memberOf", "خالد منصور", "حركة الجهاد الإسلامي") in rels
    assert not relations(run("ونعت حركة الجهاد الإسلامي القيادي في صفوفه خالد منصور."))   # he: not her


def test_one_of_its_field_commanders_known_as():
    rels = relations(run("قال الجيش إن قواته أحبطت هجوما لمسلحين من جماعة بوكو حرام على بلدة دابتشي في "
                         "ولاية يوبي شمال شرقي البلاد، وقتلت 12 منهم، بينهم أحد قادتها الميدانيين "
                         "المعروف باسم ماما بوكار."))
    assert ("memberOf", "ماما بوكار", "جماعة بوكو حرام") in rels


def test_one_of_its_members_nicknamed():
    rels = relations(run("وأعلنت القوات مقتل عشرين مسلحا من حركة الشباب في غارة على بلدة جلب بإقليم "
                         "جوبا الوسطى، بينهم أحد عناصرها الملقب بأبي حفص."))
    assert ("memberOf", "أبي حفص", "حركة الشباب") in rels


def test_a_medium_is_no_group_a_pronoun_post_refers_to():
    rels = relations(run("ونفى المتحدث على صفحته على موقع «فيسبوك» أمس ما نقل عن زعيمهم سامر خليل بشأن الهدنة."))
    assert not any(r[0] == "leaderOf" and r[2] == "فيسبوك" for r in rels)


def test_member_of_the_group_bureau_named_with_a_pronoun():
    rels = relations(run("وقالت حركة الجهاد الإسلامي إن عضو مكتبها السياسي خالد البطش سيتوجه إلى القاهرة."))
    assert ("memberOf", "خالد البطش", "حركة الجهاد الإسلامي") in rels


def test_head_of_the_group_council_named_with_a_pronoun_is_a_member():
    rels = relations(run("وأعلن تنظيم القاعدة أن عضو مجلس شوراه أبو محمد الزرقاوي قتل في غارة."))
    assert ("memberOf", "أبو محمد الزرقاوي", "تنظيم القاعدة") in rels


def test_a_ministry_office_named_with_a_pronoun_makes_no_member():
    rels = relations(run("وقالت وزارة الخارجية إن عضو مكتبها الإعلامي أحمد سالم استقال من منصبه."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_governor_named_with_a_pronoun_for_the_province():
    rels = relations(run("وصل الوزير إلى مدينة الكوت، عاصمة محافظة واسط جنوب شرقي العراق، "
                         "حيث استقبله محافظها سالم الربيعي في مقر المحافظة."))
    assert ("leaderOf", "سالم الربيعي", "محافظة واسط") in rels
    assert not any(r[0] == "leaderOf" and r[1] == "سالم الربيعي" and r[2] in ("العراق", "مدينة الكوت")
                   for r in rels)


def test_wali_named_with_a_pronoun_and_not_and_to_it():
    rels = relations(run("تفقد الوزير ولاية باتنة شرقي الجزائر، والتقى واليها كمال بوزيد."))
    assert ("leaderOf", "كمال بوزيد", "ولاية باتنة") in rels
    rels = relations(run("خرجت القوات من ولاية باتنة وإليها عادت كتيبة خالد العيساوي."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_head_of_government_named_with_a_pronoun_for_the_state():
    rels = relations(run("رحبت اليونان بالاتفاق، وقال رئيس وزرائها نيكوس ديميتريو إنه خطوة مهمة."))
    assert ("positionIn", "نيكوس ديميتريو", "اليونان") in rels
    assert not any(r[0] == "leaderOf" and r[1] == "نيكوس ديميتريو" for r in rels)


def test_spokeswoman_named_before_her_post_with_a_pronoun_for_the_body_of_the_sentence_before():
    rels = relations(run("وتواصل قوات الدفاع الشعبي هجومها على القرى الحدودية. "
                         "وقالت نسرين علي، المتحدثة باسمها، إن المقاتلين تقدموا."))
    assert ("spokespersonOf", "نسرين علي", "قوات الدفاع الشعبي") in rels


def test_pronoun_post_of_the_subject_past_an_aside_naming_another_body():
    rels = relations(run("وكان مجلس منبج العسكري، المنضوي في صفوف قوات الدفاع الشعبي، قد أعلن أن "
                         "قائده عدنان أبو أمجد أصيب بجروح."))
    assert ("leaderOf", "عدنان أبو أمجد", "مجلس منبج العسكري") in rels
    assert ("leaderOf", "عدنان أبو أمجد", "قوات الدفاع الشعبي") not in rels



def test_pronoun_post_after_a_speech_verb_refers_to_the_subject_past_places():
    rels = relations(run("هدد حزب الأمة بالرد على قصف استهدف مقرا في حي الروضة بمدينة الخرطوم أمس، "
                         "وقال أمينه العام سالم الورفلي إن الحزب لن يسكت."))
    assert ("leaderOf", "سالم الورفلي", "حزب الأمة") in rels
    # another body named between: the pronoun may be its
    rels = relations(run("هدد حزب الأمة بالرد على قصف استهدف مقرا لحركة العدل في حي الروضة بمدينة الخرطوم "
                         "أمس، وقال أمينه العام سالم الورفلي إن الحزب لن يسكت."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_plural_of_things_is_a_she_for_the_pronoun():
    rels = relations(run("أعلن «جيش العزة» أن مقاتليه صدوا هجوما لعناصر من «وحدات حماية الشعب» قرب بلدة مارع. "
                         "وقال المتحدث باسمه النقيب سامر الخطيب إن المهاجمين تكبدوا خسائر."))
    assert ("spokespersonOf", "سامر الخطيب", "جيش العزة") in rels
    assert ("spokespersonOf", "سامر الخطيب", "وحدات حماية الشعب") not in rels


def test_a_groups_commander_for_a_region_named_with_a_pronoun_is_its_member():
    # "قائده العسكري في حمص X": its commander there, a member (not the group's head)
    rels = relations(run("ونعى الجيش السوري الحر قائده العسكري في ريف حمص الشمالي مازن العكاري."))
    assert ("memberOf", "مازن العكاري", "الجيش السوري الحر") in rels
    assert ("leaderOf", "مازن العكاري", "الجيش السوري الحر") not in rels


def test_its_regional_director_does_not_lead_the_body():
    # "مديرها الإقليمي X": its director for a region, not its head
    rels = relations(run("وقالت منظمة أطباء بلا حدود إن مديرها الإقليمي جان لوكا زار المستشفى المدمر."))
    assert ("leaderOf", "جان لوكا", "منظمة أطباء بلا حدود") not in rels
