"""Relations: members named by a noun (kg/relations/members.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_member_title_in_organisation():
    assert ("memberOf", "حامد سعيد الكبيسي", "تنظيم الدولة") in relations(
        run("اعتقلت الشرطة القيادي في تنظيم الدولة حامد سعيد الكبيسي في الفلوجة."))


def test_member_named_later_bridges_back():
    doc = run("قتلت القوات الأمريكية قياديا بتنظيم القاعدة في إدلب. "
              "وقالت القيادة الوسطى إن القيادي فارس ناصر الحمود كان مسؤولا عن هجمات.")
    assert ("memberOf", "فارس ناصر الحمود", "تنظيم القاعدة") in relations(doc)


def test_member_after_a_pronoun_copula():
    rels = relations(run("واعتقلت الشرطة مهند سالم، وهو عنصر من تنظيم الدولة."))
    assert ("memberOf", "مهند سالم", "تنظيم الدولة") in rels


def test_person_named_among_members_of_a_group():
    rels = relations(run("قتلت القوات ثلاثة عناصر من حركة الشباب في غارة، بينهم القيادي عبد الله نور."))
    assert ("memberOf", "عبد الله نور", "حركة الشباب") in rels
    rels = relations(run("اعتقلت الشرطة التركية سبعة أشخاص يشتبه في انتمائهم إلى حزب العمال الكردستاني، "
                         "بينهم القيادي المحلي دلشاد أرسلان."))
    assert ("memberOf", "دلشاد أرسلان", "حزب العمال الكردستاني") in rels


def test_among_without_a_group_noun_gives_nothing():
    rels = relations(run("التقى وزير الخارجية وفدا من حركة حماس، وجرت بينهم مباحثات مع سامر العلي."))
    assert not any(r[0] == "memberOf" and r[1] == "سامر العلي" for r in rels)


def test_member_cue_with_an_adjective_and_a_naming_word():
    rels = relations(run("وقال إن الخلية يقودها ليبي يدعى عبد الرؤوف الدرسي، وهو قيادي سابق في حركة الشباب."))
    assert ("memberOf", "عبد الرؤوف الدرسي", "حركة الشباب") in rels
    rels = relations(run("وقال إن بين المعتقلين مسؤولا ماليا لحركة الشباب يدعى سامر العلي."))
    assert ("memberOf", "سامر العلي", "حركة الشباب") in rels


def test_member_named_later_as_the_one_killed():
    doc = run("قتلت غارة قياديا في حركة الشباب قرب جلب. وأوضح البيان أن القتيل هو عبد الله نور.")
    assert ("memberOf", "عبد الله نور", "حركة الشباب") in relations(doc)


def test_head_of_a_delegation_is_a_member_of_its_group():
    rels = relations(run("وفي دمشق، التقى وفد من قوات سوريا الديمقراطية برئاسة القيادي كاوا دريج، "
                         "الأربعاء، مسؤولين."))
    assert ("memberOf", "كاوا دريج", "قوات سوريا الديمقراطية") in rels


def test_among_needs_a_title_before_the_name_and_a_backer_right_after_its_cue():
    rels = relations(run("وأفاد مصدر بمقتل 19 مسلحا من حركة الشباب بينهم قيادي شمال جلب سامر العلي."))
    assert not any(r[0] == "memberOf" and r[1] == "سامر العلي" for r in rels)
    rels = relations(run("واصلت قوات الجيش الموالية للشرعية في اليمن تقدمها."))
    assert not any(r[0] == "affiliatedWith" for r in rels)
    rels = relations(run("قاتلت حركة الجهاد الإسلامي المدعومة من إيران."))
    assert ("affiliatedWith", "حركة الجهاد الإسلامي", "إيران") in rels


def test_member_in_the_ranks_of_a_group():
    assert ("memberOf", "محمد علي", "حركة الشباب") in relations(
        run("وقتل مقاتل في صفوف حركة الشباب يدعى محمد علي في الاشتباكات."))
    assert ("memberOf", "أحمد علي", "تنظيم الدولة") in relations(
        run("وكان أحمد علي، الذي قاتل في صفوف تنظيم الدولة، قد اعتقل."))


def test_mp_of_a_bloc_is_its_member():
    assert ("memberOf", "أحمد الأسدي", "كتلة الفتح") in relations(
        run("وقال النائب عن كتلة الفتح أحمد الأسدي إن الحكومة مطالبة بالتحرك."))


def test_one_of_the_members_and_the_one_in_charge_of_a_section_are_members():
    rels = relations(run("واعتقلت القوات ثلاثة أعضاء في حركة حماس، أحدهم يدعى خالد يوسف منصور."))
    assert ("memberOf", "خالد يوسف منصور", "حركة حماس") in rels
    rels = relations(run("وقتل الشيخ خالد منصور، الذي كان مسؤولا عن قسم العمليات في حركة حماس."))
    assert ("memberOf", "خالد منصور", "حركة حماس") in rels


def test_member_of_a_battalion_named_again_by_its_nominal():
    doc = run("وتنشط في الجبال كتيبة عمر بن الخطاب المرتبطة بتنظيم القاعدة. "
              "وقتل الجيش القيادي في الكتيبة يوسف سالم الحامدي.")
    assert ("memberOf", "يوسف سالم الحامدي", "كتيبة عمر بن الخطاب") in relations(doc)


def test_member_named_after_the_description_of_the_group():
    doc = run("وقال النائب عن كتلة الوفاء للمقاومة، التابعة لحزب الله، سالم حسين ياغي، إن الوضع خطير.")
    assert ("memberOf", "سالم حسين ياغي", "كتلة الوفاء") in relations(doc)


def test_leaders_named_in_a_list_after_the_group_are_all_members():
    rels = relations(run("واستهدفت الغارة منزلي القياديين في حركة حماس، محمد الضيف، ويحيى السنوار."))
    assert ("memberOf", "محمد الضيف", "حركة حماس") in rels
    assert ("memberOf", "يحيى السنوار", "حركة حماس") in rels


def test_one_of_the_leaders_of_a_group_is_its_member():
    rels = relations(run("ونقلت الوكالة عن سامر الخطيب أحد قادة جبهة النصرة أن المعارك مستمرة."))
    assert ("memberOf", "سامر الخطيب", "جبهة النصرة") in rels
    assert not relations(run("واجتمع قادة جبهة النصرة في إدلب. وقال القيادي سامر الخطيب إن الاجتماع انتهى."))


def test_a_state_member_of_an_alliance():
    rels = relations(run("وإستونيا العضو في حلف الناتو رفعت إنفاقها العسكري."))
    assert ("memberOf", "إستونيا", "حلف الناتو") in rels
    rels = relations(run("وأكدت السعودية، العضو في مجلس التعاون الخليجي، دعمها."))
    assert ("memberOf", "السعودية", "مجلس التعاون الخليجي") in rels


def test_member_named_with_the_adjective_of_his_group():
    rels = relations(run("وقتل القيادي الحوثي عبد الله يحيى في غارة على صعدة. "
                         "وقالت جماعة الحوثي إن الغارة استهدفت مدنيين."))
    assert ("memberOf", "عبد الله يحيى", "جماعة الحوثي") in rels
    rels = relations(run("واعتقلت الشرطة عادل ناصر، العنصر الداعشي، في الموصل. وكان تنظيم داعش قد تبنى الهجوم."))
    assert ("memberOf", "عادل ناصر", "تنظيم داعش") in rels


def test_an_adjective_of_a_kind_names_no_group():
    rels = relations(run("وقال القيادي السياسي سامر الخطيب إن المكتب السياسي لحركة حماس سيجتمع."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_commander_of_an_unnamed_unit_of_a_group_is_its_member():
    rels = relations(run("وكان سامر الخطيب قائد كتيبة في حركة فتح قبل مقتله."))
    assert ("memberOf", "سامر الخطيب", "حركة فتح") in rels
    assert ("leaderOf", "سامر الخطيب", "حركة فتح") not in rels
    rels = relations(run("وقتل سامر الخطيب، آمر سرية بالجيش اللبناني."))
    assert ("memberOf", "سامر الخطيب", "الجيش اللبناني") in rels


def test_a_body_before_a_members_post_is_not_a_member_of_what_follows():
    rels = relations(run("وقال سامر الخطيب، عضو مجلس الشورى السعودي وعضو لجنة الثقافة، إن القرار صائب."))
    assert not any(r[0] == "memberOf" and r[1] == "مجلس الشورى السعودي" for r in rels)


def test_one_named_with_other_fighters_of_a_group_is_its_member():
    rels = relations(run("واعتقلت الشرطة سامر الخطيب مع ثلاثة عناصر آخرين في حركة الشباب."))
    assert ("memberOf", "سامر الخطيب", "حركة الشباب") in rels
    rels = relations(run("وقتل سامر الخطيب مع ثلاثة مدنيين آخرين في قصف لحركة الشباب."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_one_of_the_leaders_named_after_a_naming_word():
    rels = relations(run("وأكدت المصادر أن أحد قيادات الحوثيين ويدعى عبد الله يحيى أصدر الأوامر."))
    assert ("memberOf", "عبد الله يحيى", "الحوثيين") in rels


def test_leaders_named_after_a_nominal_group_with_its_adjective():
    rels = relations(run("وذكرت جماعة بوكو حرام أن الطائرات قصفت سيارة القياديين في الجماعة المسلحة، "
                         "إبراهيم داود، وموسى يعقوب."))
    assert ("memberOf", "إبراهيم داود", "جماعة بوكو حرام") in rels


def test_definite_member_cue_with_its_adjective():
    rels = relations(run("واغتيل القيادي البارز في حركة الجهاد الإسلامي سامر الخطيب."))
    assert ("memberOf", "سامر الخطيب", "حركة الجهاد الإسلامي") in rels
    rels = relations(run("وقال سامر الخطيب المسؤول الإعلامي في حركة حماس إن الحركة مستعدة."))
    assert ("memberOf", "سامر الخطيب", "حركة حماس") in rels


def test_a_field_commander_among_the_fighters_of_a_group():
    rels = relations(run("وأسر الجيش 17 من عناصر الدعم السريع بينهم قائد ميداني يدعى سامر الخطيب."))
    assert ("memberOf", "سامر الخطيب", "الدعم السريع") in rels


def test_an_officers_rank_in_a_force_makes_him_its_member():
    rels = relations(run("واعتقلت القوات العميد السابق في جيش النظام السابق سامر الخطيب."))
    assert ("memberOf", "سامر الخطيب", "جيش النظام السابق") in rels
    rels = relations(run("وقال ضابط بالجيش اللبناني سامر الخطيب إن الحدود هادئة."))
    assert any(r[0] == "memberOf" and r[1] == "سامر الخطيب" and r[2].endswith("الجيش اللبناني")
               for r in rels)
    rels = relations(run("وقال العميد سامر الخطيب إن الحدود هادئة في الجيش."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_an_adjective_taken_for_a_name_is_no_member():
    from types import SimpleNamespace

    from kg.relations.members import _member_adjective
    assert _member_adjective(SimpleNamespace(norm="ميداني"))


def test_a_team_led_by_its_coach_is_no_rank():
    rels = relations(run("وخاض الفريق بقيادة المدرب سامر الخطيب مرانا خفيفا."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_member_cue_with_two_adjectives_and_a_quoted_group():
    rels = relations(run("قُتل القيادي الميداني البارز في «جبهة الخلاص» سامر عادل النجار أمس."))
    assert ("memberOf", "سامر عادل النجار", "جبهة الخلاص") in rels


def test_an_mp_in_an_assembly_but_not_a_deputy_in_a_government():
    rels = relations(run("وقال النائب في المجلس الوطني الانتقالي سامي فرج إن الجلسة تأجلت."))
    assert ("memberOf", "سامي فرج", "المجلس الوطني الانتقالي") in rels
    rels = relations(run("وقال النائب في حكومة الوحدة سامي فرج إن الجلسة تأجلت."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_member_named_after_a_rank_or_title():
    # person_after_titles: "القيادي في X الشيخ Y"، "عضو في X، العميد Y"
    rels = relations(run("وقال القيادي في حركة النهضة الشيخ سالم عبيد إن الحركة ستشارك."))
    assert ("memberOf", "سالم عبيد", "حركة النهضة") in rels
    rels = relations(run("وقتل القيادي في تنظيم داعش، العقيد حامد ياسين، في الغارة."))
    assert ("memberOf", "حامد ياسين", "تنظيم داعش") in rels


def test_no_member_after_a_title_that_names_no_one():
    rels = relations(run("وقال القيادي في حركة النهضة الشيخ إن الحركة ستشارك."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_one_of_the_most_prominent_leaders():
    # SUPERLATIVES: "X أحد أبرز قادة Y"، "X من أبرز قيادات Y"
    assert ("memberOf", "ناصر عوض", "حركة الشباب") in relations(
        run("وقتل ناصر عوض أحد أبرز قادة حركة الشباب في الغارة."))
    assert ("memberOf", "ناصر عوض", "حركة الشباب") in relations(
        run("وكان ناصر عوض من أبرز قيادات حركة الشباب قبل اعتقاله."))


def test_member_named_before_an_adjective_of_origin():
    # person_before: "وكان X السوداني آمر سرية في Y" (the adjective left out of the name)
    rels = relations(run("وكان ماجد السوداني قائد فرقة في قوات الدعم السريع حتى العام الماضي."))
    assert any(r[0] == "memberOf" and r[1].startswith("ماجد") and r[2] == "قوات الدعم السريع"
               for r in rels)


def test_listed_members_past_a_word_the_first_name_left_out():
    # _listed_after: "القياديين في X، A B C، وD" (C left out of A's mention)
    doc = run("استهدفت الغارات مخازن لجماعة الحوثي. ودمرت الطائرات بيتي القياديين في الجماعة "
              "المسلحة، صالح ناجي الروسي، وفؤاد العمري.")
    assert ("memberOf", "فؤاد العمري", "جماعة الحوثي") in relations(doc)


def test_member_named_after_the_groups_description_with_no_comma():
    # _person_after_description: "القيادي في "كتيبة X" التابعة لـ Y، الجناح العسكري لـ W، Z"
    rels = relations(run('وقال الجيش إن بين القتلى القيادي في "كتيبة جنين" التابعة لسرايا القدس، '
                         'الجناح العسكري لحركة الجهاد الإسلامي، سامر عودة، المعروف بأبي الليث.'))
    assert ("memberOf", "سامر عودة", "كتيبة جنين") in rels


def test_no_member_across_a_new_clause_after_the_description():
    rels = relations(run("وقتل القيادي في كتيبة جنين التابعة لسرايا القدس، وقال المتحدث سامر عودة "
                         "إن الرد قادم."))
    assert not any(r[0] == "memberOf" and r[1] == "سامر عودة" for r in rels)


def test_one_of_the_leaders_after_a_copula():
    assert ("memberOf", "مروان العبد", "حركة الشباب") in relations(
        run("وقتل مروان العبد، وهو أحد قادة حركة الشباب، في غارة أمريكية."))


def test_one_of_the_rank_and_file_named_before():
    assert ("memberOf", "سمير عادل", "حزب العمال الكردستاني") in relations(
        run("وأعلنت الشرطة توقيف سمير عادل، أحد عناصر حزب العمال الكردستاني، في ديار بكر."))


def test_a_count_of_the_rank_and_file_names_no_member():
    # the one named before the count is not one of the group's members
    rels = relations(run("وأصيب الطبيب سامر خليل و20 من عناصر حركة الشباب في الانفجار."))
    assert ("memberOf", "سامر خليل", "حركة الشباب") not in rels


def test_official_of_a_field_in_a_group():
    assert ("memberOf", "سامر النعيمي", "تنظيم داعش") in relations(
        run("واعتقلت القوات سامر النعيمي، مسؤول التجنيد في تنظيم داعش."))


def test_a_cue_joined_by_and_names_someone_else():
    rels = relations(run("وهدد التنظيم القائد خليفة حفتر وأعضاء مجلس النواب الليبي بالقتل."))
    assert not any(r[0] == "memberOf" and r[1] == "خليفة حفتر" for r in rels)


def test_one_of_the_gunmen_or_fighters_named_before():
    assert ("memberOf", "سعيد عمر", "حركة الشباب") in relations(
        run("وقتل سعيد عمر، أحد مسلحي حركة الشباب، في الاشتباك."))
    assert ("memberOf", "سعيد عمر", "حركة الشباب") in relations(
        run("واعتقلت الشرطة سعيد عمر، وهو من مقاتلي حركة الشباب."))


def test_member_of_a_quoted_group_whose_head_noun_is_left_out():
    rels = relations(run('وأفرج عن القيادي في تنظيم "القاعدة" سالم حمد الدليمي أمس.'))
    assert any(r[0] == "memberOf" and r[1] == "سالم حمد الدليمي" and "القاعدة" in r[2] for r in rels)


def test_member_of_a_unit_named_with_its_group_is_a_member_of_the_group():
    rels = relations(run("وقال عضو المكتب السياسي لحركة حماس سامي خليل البردويل إن الحوار متوقف."))
    assert ("memberOf", "سامي خليل البردويل", "حركة حماس") in rels
    assert ("memberOf", "سامي خليل البردويل", "المكتب السياسي") in rels


def test_members_listed_before_a_plural_or_dual_cue():
    rels = relations(run("وقال سامر الخطيب وعادل الراوي، العضوان في حزب العدالة، إن القرار خاطئ."))
    assert ("memberOf", "سامر الخطيب", "حزب العدالة") in rels
    assert ("memberOf", "عادل الراوي", "حزب العدالة") in rels
    rels = relations(run("واعتقلت القوات سامر الخطيب ووليد الراوي، القياديين في حركة حماس."))
    assert ("memberOf", "سامر الخطيب", "حركة حماس") in rels


def test_a_singular_cue_gives_only_the_person_right_before():
    rels = relations(run("والتقى الوزير سامر الخطيب ووليد الراوي، القيادي في حركة حماس."))
    assert not any(r[1] == "سامر الخطيب" and r[0] == "memberOf" for r in rels)


def test_among_the_losses_of_the_groups_fighters():
    rels = relations(run("وقال مصدر إن مسلحي حركة الشباب فقدوا عشرة عناصر بينهم قائد ميداني يدعى عبدي نور."))
    assert ("memberOf", "عبدي نور", "حركة الشباب") in rels
    # the fighters killed others: the one among the dead is no member
    assert not relations(run("وقال مصدر إن مقاتلي حركة الشباب قتلوا عشرة جنود بينهم قائد يدعى عبدي نور."))


def test_member_of_a_unit_the_text_does_not_name_is_a_member_of_its_body():
    rels = relations(run("وقال محمد سالم، عضو الهيئة السياسية لجيش الإسلام، إن المفاوضات فشلت."))
    assert ("memberOf", "محمد سالم", "جيش الإسلام") in rels
    rels = relations(run("وقال عضو اللجنة المركزية لحركة فتح محمد سالم إن المفاوضات فشلت."))
    assert ("memberOf", "محمد سالم", "حركة فتح") in rels


def test_plural_right_after_a_name_is_the_verbs_object_not_his_group():
    rels = relations(run("واتهم النائب عن محافظة البصرة علي الساعدي عناصر من الحشد الشعبي بخطف رجال."))
    assert ("memberOf", "علي الساعدي", "الحشد الشعبي") not in rels
    assert ("memberOf", "حسن علي", "حركة الشباب") in relations(
        run("وقال حسن علي، أحد عناصر حركة الشباب، إن الهجوم فشل."))


def test_officer_named_before_his_rank_in_a_force():
    assert ("memberOf", "كريم عباس", "الشرطة الاتحادية") in relations(
        run("وقال الرائد كريم عباس، الضابط في الشرطة الاتحادية، إن الهجوم فشل."))


def test_member_of_a_cell_of_the_group():
    assert ("memberOf", "حسن جابر", "تنظيم داعش") in relations(
        run("واعتقلت الشرطة حسن جابر، عضو خلية تابعة لتنظيم داعش في بغداد."))
    assert ("memberOf", "حسن جابر", "حركة الشباب") in relations(
        run("واعتقلت الشرطة حسن جابر، وهو عنصر في خلية تابعة لحركة الشباب."))


def test_member_of_a_wing_the_text_does_not_name_apart_is_a_member_of_the_group():
    assert ("memberOf", "محمد الضيف", "حركة حماس") in relations(
        run("وقال القيادي في الجناح العسكري لحركة حماس محمد الضيف إن الحرب مستمرة."))


def test_officer_of_a_police_typed_as_a_government_body():
    assert ("memberOf", "كريم حسن", "الشرطة الصومالية") in relations(
        run("وقال النقيب في الشرطة الصومالية كريم حسن إن الهجوم فشل."))


def test_member_of_an_assembly_for_a_bloc_is_a_member_of_the_bloc():
    assert ("memberOf", "حسن السنيد", "كتلة الأحرار") in relations(
        run("وقال عضو البرلمان عن كتلة الأحرار حسن السنيد إن البرلمان سيصوت."))
    assert ("memberOf", "حسن السنيد", "كتلة الأحرار") in relations(
        run("وقال حسن السنيد، عضو مجلس النواب عن كتلة الأحرار، إن البرلمان سيصوت."))


def test_one_of_the_ranks_named_after_the_group():
    rels = relations(run("واعتقلت الشرطة أحد عناصر تنظيم داعش يدعى خالد العمر."))
    assert ("memberOf", "خالد العمر", "تنظيم داعش") in rels


def test_one_of_the_fighters_named_after_a_comma():
    rels = relations(run("واعتقلت الشرطة أحد مقاتلي جبهة النصرة، المدعو سامر الأحمد، في حماة."))
    assert ("memberOf", "سامر الأحمد", "جبهة النصرة") in rels


def test_the_ranks_as_subject_name_no_member():
    rels = relations(run("واعتقل عناصر جبهة النصرة سامر الأحمد في حماة."))
    assert ("memberOf", "سامر الأحمد", "جبهة النصرة") not in rels


def test_member_of_a_so_called_group():
    rels = relations(run("وقال القيادي في ما يسمى جيش الإسلام سامي الحربي إن الجيش صد الهجوم."))
    assert ("memberOf", "سامي الحربي", "جيش الإسلام") in rels


def test_member_of_a_council_named_in_a_construct_with_its_group():
    rels = relations(run("وقال سامي الحربي، عضو مجلس شورى جبهة النصرة، إن الجبهة انقسمت."))
    assert ("memberOf", "سامي الحربي", "جبهة النصرة") in rels


def test_mp_for_a_province_is_a_member_of_the_assembly_named_after_it():
    rels = relations(run("وقال النائب عن محافظة البصرة في البرلمان العراقي، عادل الكعبي، إن الموازنة تأخرت."))
    assert ("memberOf", "عادل الكعبي", "البرلمان العراقي") in rels


def test_mp_for_a_bloc_whose_head_noun_is_left_out_of_its_quoted_name():
    rels = relations(run("وأكد النائب عن كتلة «التنمية والتحرير» هاني عطوي أن الجلسة أرجئت إلى الأسبوع المقبل."))
    assert ("memberOf", "هاني عطوي", "التنمية والتحرير") in rels


def test_member_of_a_council_named_with_its_group_after_fi():
    rels = relations(run("وكان أبو خالد الحمصي، عضو مجلس الشورى في «جبهة النصرة»، قد قتل في غارة."))
    assert ("memberOf", "أبو خالد الحمصي", "جبهة النصرة") in rels


def test_member_of_a_bureau_named_with_its_group_after_bi():
    rels = relations(run("وقال محمود الصالح، عضو المكتب السياسي بحركة حماس، إن الحركة لن تتراجع."))
    assert ("memberOf", "محمود الصالح", "حركة حماس") in rels


def test_field_commander_named_after_the_group_by_a_naming_word():
    rels = relations(run("وقال قائد ميداني في جيش المجاهدين يدعى أبو سالم الإدلبي إن الهجوم بدأ فجرا."))
    assert ("memberOf", "أبو سالم الإدلبي", "جيش المجاهدين") in rels


def test_field_commander_named_before_a_copula():
    rels = relations(run("وقتل أمس ماهر الحسين، وهو قائد عسكري في حركة أحرار الشام، بانفجار لغم."))
    assert ("memberOf", "ماهر الحسين", "حركة أحرار الشام") in rels


def test_one_of_the_leaders_told_with_counted_as_after_a_relative():
    rels = relations(run("ويقود كتائب سيد الشهداء أبو آلاء الولائي، الذي يعد من أبرز قادة الحشد الشعبي."))
    assert ("memberOf", "أبو آلاء الولائي", "الحشد الشعبي") in rels


def test_member_of_a_committee_of_a_council_named_after_fi():
    rels = relations(run("وقال جاسم العبادي، عضو اللجنة الأمنية في مجلس محافظة ذي قار، إن الطرق مغلقة."))
    assert ("memberOf", "جاسم العبادي", "مجلس محافظة ذي قار") in rels


def test_member_named_after_the_place_of_the_group_branch():
    rels = relations(run("وقال القيادي في حركة الجهاد الإسلامي في غزة خضر حبيب إن الحركة لن تصمت."))
    assert ("memberOf", "خضر حبيب", "حركة الجهاد الإسلامي") in rels


def test_official_named_after_the_place_of_the_group_branch_and_a_comma():
    rels = relations(run("وقال مسؤول الملف الأمني في حركة حماس في غزة، سامر عودة، إن الاعتقالات مستمرة."))
    assert ("memberOf", "سامر عودة", "حركة حماس") in rels


def test_one_of_the_most_prominent_leaders_told_after_a_copula():
    rels = relations(run("وقال سمير الحلبي، وهو من أبرز قادة جيش الإسلام في الغوطة الشرقية، إن الفصيل باق."))
    assert ("memberOf", "سمير الحلبي", "جيش الإسلام") in rels


def test_member_named_before_an_age_aside():
    rels = relations(run("وقتل أحمد الصومالي، البالغ من العمر 38 عاما، القيادي في حركة الشباب، في الغارة."))
    assert ("memberOf", "أحمد الصومالي", "حركة الشباب") in rels


def test_one_of_the_group_s_emirs_is_a_member():
    rels = relations(run("واعتقلت القوات المدعو أبو خالد الجنابي، وهو أحد أمراء تنظيم داعش في قضاء الحويجة."))
    assert ("memberOf", "أبو خالد الجنابي", "تنظيم داعش") in rels or ("memberOf", "أبو خالد الجنابي", "داعش") in rels
    rels = relations(run("وحضر الحفل عدد من أمراء الأسرة الحاكمة وممثلون عن حزب الأمة."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_member_named_after_the_group_s_description_and_a_naming_word():
    rels = relations(run("وقالت الشرطة إن بين القتلى قياديا في جماعة «ولاية خراسان»، الفرع الأفغاني لتنظيم "
                         "الدولة الإسلامية، يدعى أبو عمر الخراساني."))
    assert ("memberOf", "أبو عمر الخراساني", "ولاية خراسان") in rels


def test_a_group_s_official_for_a_place_is_its_member():
    rels = relations(run("وأوضح مسؤول حركة حماس في منطقة صور، جمال العلي، أن الوضع هادئ."))
    assert ("memberOf", "جمال العلي", "حركة حماس") in rels
    rels = relations(run("وقال مسؤول وزارة الصحة في المدينة سامي خليل إن المستشفى ممتلئ."))
    assert not any(r[0] == "memberOf" and r[1] == "سامي خليل" for r in rels)


def test_the_next_person_of_a_list_is_not_the_group_s_official():
    rels = relations(run("وحوكم ثلاثة متهمين هم: كريم بلقاسم، مسؤول حركة الشباب في بلجيكا، وحسين."))
    assert not any(r[0] == "memberOf" and r[1] == "حسين" for r in rels)


def test_a_member_of_the_teaching_staff_of_a_university_is_one_of_its():
    rels = relations(run("حيث أدار اللقاء الدكتور سعيد الغامدي عضو هيئة التدريس بجامعة الملك عبدالعزيز."))
    assert ("memberOf", "سعيد الغامدي", "جامعة الملك عبدالعزيز") in rels
    rels = relations(run("وقال عضو هيئة التدريس بجامعة الملك سعود الدكتور فهد العتيبي إن القرار صائب."))
    assert ("memberOf", "فهد العتيبي", "جامعة الملك سعود") in rels


def test_mp_of_a_bloc_named_after_its_assembly():
    rels = relations(run("وقال النائب عن كتلة «التغيير» في مجلس النواب سامر الخطيب إن الكتلة سترفض القانون."))
    assert ("memberOf", "سامر الخطيب", "التغيير") in rels
    assert ("memberOf", "سامر الخطيب", "مجلس النواب") in rels


def test_one_of_the_ranks_of_a_quoted_group_named_after_its_head():
    rels = relations(run("وقتلت قوة من الشرطة أحد عناصر تنظيم «داعش» يدعى سامر الخطيب قرب البلدة."))
    assert ("memberOf", "سامر الخطيب", "داعش") in rels


def test_one_of_the_ranks_with_the_article_and_a_naming_word():
    rels = relations(run("وأوضح أن بين القتلى أحد العناصر القيادية في حركة الشباب، ويدعى سامر الخطيب."))
    assert ("memberOf", "سامر الخطيب", "حركة الشباب") in rels
    rels = relations(run("وأوضح أن بين القتلى «أحد العناصر القيادية» في حركة الشباب، التي تنشط في جنوب البلاد "
                         "منذ سنوات، ويدعى سامر الخطيب."))
    assert ("memberOf", "سامر الخطيب", "حركة الشباب") in rels


def test_member_of_a_council_named_after_his_constituency():
    rels = relations(run("وقال عضو المجلس الوطني عن مدينة حمص، سامر الخطيب، إن المجلس سيجتمع."))
    assert ("memberOf", "سامر الخطيب", "المجلس الوطني") in rels


def test_an_mp_joined_by_and_after_a_comma_is_the_next_in_a_list_not_the_one_before():
    rels = relations(run("وتضم اللجنة وزير العمل محمد كبارة، والنائب عن كتلة «المستقبل» حسين الحاج حسن."))
    assert ("memberOf", "محمد كبارة", "المستقبل") not in rels


def test_leaders_of_a_body_some_named_after_among_them():
    rels = relations(run("وانتقد المتحدث قادة في حزب الاتحاد الديمقراطي، بينهم صالح مسلم، بسبب الاتفاق."))
    assert ("memberOf", "صالح مسلم", "حزب الاتحاد الديمقراطي") in rels


def test_mp_for_a_constituency_named_with_its_head_in_an_assembly():
    rels = relations(run("وقال النائب عن دائرة الفيوم في مجلس النواب، مجدي عبد العزيز، إن الحكومة تأخرت."))
    assert ("memberOf", "مجدي عبد العزيز", "مجلس النواب") in rels


def test_a_second_post_joined_by_and_after_the_name_is_the_same_persons():
    rels = relations(run("وقال كريم الزيدي، زعيم منظمة بدر والقيادي في الحشد الشعبي، إن الفصائل ستبقى."))
    assert ("memberOf", "كريم الزيدي", "الحشد الشعبي") in rels


def test_the_others_of_a_group_are_not_joined_to_a_name_in_a_genitive():
    rels = relations(run("وحضر اللقاء نجل الشيخ سامي العلي وشقيقه الأكبر للملا كريم الزيدي، وقادة آخرين في حركة الشباب، "
                         "في منزل العائلة."))
    assert ("memberOf", "كريم الزيدي", "حركة الشباب") not in rels


def test_member_told_as_counted_one_of_the_leaders_in_a_relative_clause():
    rels = relations(run("وقتل في الغارة أبو حفص الليبي، الذي يعد أحد أبرز قيادات تنظيم داعش في المدينة."))
    assert ("memberOf", "أبو حفص الليبي", "تنظيم داعش") in rels


def test_member_of_a_bodys_general_command():
    rels = relations(run("وأكد عضو القيادة العامة لقوات سوريا الديمقراطية، كريم الزيدي، أن القوات باقية."))
    assert ("memberOf", "كريم الزيدي", "قوات سوريا الديمقراطية") in rels


def test_leaders_plural_in_the_nominative_before_among_them():
    rels = relations(run("وقال قياديون في الحزب الديمقراطي الكردستاني، بينهم كريم الزيدي، إن الاستفتاء قائم."))
    assert ("memberOf", "كريم الزيدي", "الحزب الديمقراطي الكردستاني") in rels


def test_member_of_a_committee_of_a_group_named_in_quotes_after_its_head_noun():
    # "عضو اللجنة المركزية لحركة «X»، Y": the group's name in quotes after its head noun with ل
    rels = relations(run("وقال عضو اللجنة المركزية لحركة «فتح»، عادل النجار، إن الانتخابات ستجري في موعدها."))
    assert ("memberOf", "عادل النجار", "فتح") in rels


def test_the_sharia_official_of_an_armed_group_is_its_member():
    rels = relations(run("وقال أبو حمزة الأنصاري، الشرعي في جبهة النصرة، إن الهدنة باطلة."))
    assert ("memberOf", "أبو حمزة الأنصاري", "جبهة النصرة") in rels


def test_lawful_is_no_sharia_official():
    # الشرعي as an adjective ("the lawful president") before في and no group: nothing
    rels = relations(run("وقال الرئيس الشرعي عبد الكريم سالم في كلمة إن الحكومة باقية في عدن."))
    assert not [r for r in rels if r[0] == "memberOf"]


def test_a_member_named_before_an_aside_on_where_he_spoke():
    # "X، في تصريح لوكالة Y، وهو قيادي في Z": X, past the aside, is the member
    rels = relations(run("وقال مازن الحلبي، في تصريح لوكالة الأناضول، وهو قيادي في جيش العزة، إن المعارك توقفت."))
    assert ("memberOf", "مازن الحلبي", "جيش العزة") in rels


def test_the_speaker_is_no_member_of_the_group_he_reports_on_after_an_aside():
    # "X، في مؤتمر صحفي، إن عناصر من Y": what X said, not what X is
    rels = relations(run("وقال حسام العلي، في مؤتمر صحفي في حلب، إن عناصر من جيش العزة اعتقلوا أمس."))
    assert ("memberOf", "حسام العلي", "جيش العزة") not in rels


def test_one_of_the_staff_of_a_body_is_its_member():
    # "منسوبي" (the staff of), as the Gulf press writes it; the staff alone names no one
    assert ("memberOf", "سالم الأحمري", "الدفاع المدني") in relations(
        run("وقال سالم الأحمري، أحد منسوبي الدفاع المدني، إن الحريق أخمد بالكامل."))
    rels = relations(run("ونقل الوزير تعازيه ومنسوبي الدفاع المدني لأسرة سالم الأحمري."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_the_official_of_a_partys_branch_is_its_member():
    assert ("memberOf", "سالم الحربي", "حزب الدعوة") in relations(
        run("وقال مسؤول فرع حزب الدعوة في البصرة سالم الحربي إن الانتخابات ستجرى في موعدها."))


def test_a_persons_men_in_the_ranks_of_a_group_are_not_he():
    rels = relations(run("وأسفرت المبادرات عن اندماج رجال سامر الخطيب السابقين في صفوف تنظيم داعش."))
    assert not [r for r in rels if r[0] == "memberOf" and r[1] == "سامر الخطيب"]
    rels = relations(run("وقاتل سامر الخطيب في صفوف تنظيم داعش."))
    assert [r for r in rels if r[0] == "memberOf" and r[1] == "سامر الخطيب"]


def test_member_seat_after_a_first_post_not_the_next_in_the_list():
    rels = relations(run("حضر اللقاء الدكتور فهد العتيبي وزير الدولة عضو مجلس الوزراء، "
                         "وسعد القحطاني وزير المالية."))
    assert ("memberOf", "فهد العتيبي", "مجلس الوزراء") in rels
    assert ("memberOf", "سعد القحطاني", "مجلس الوزراء") not in rels


def test_member_seat_after_a_first_post_before_a_titled_name():
    rels = relations(run("حضر اللقاء الدكتور فهد العتيبي وزير الدولة عضو مجلس الوزراء، "
                         "والدكتور سعد القحطاني وزير المالية."))
    assert ("memberOf", "فهد العتيبي", "مجلس الوزراء") in rels
