"""Relations: leaders named after the group (kg/relations/leaders.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_led_by_and_not_the_group_fought():
    rels = relations(run("انضمت السودان إلى التحالف الذي يقاتل ضد تنظيم الدولة بقيادة الولايات المتحدة."))
    assert ("leaderOf", "الولايات المتحدة", "التحالف") in rels
    assert ("memberOf", "السودان", "التحالف") in rels
    assert ("leaderOf", "الولايات المتحدة", "تنظيم الدولة") not in rels


def test_state_leading_a_coalition_is_its_own_mention():
    doc = run("وشن التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع التنظيم.")
    assert ("leaderOf", "الولايات المتحدة", "التحالف الدولي") in relations(doc)


def test_state_leading_a_regional_coalition_is_its_own_mention():
    doc = run("وشنت طائرات التحالف بقيادة السعودية غارات على مواقع للحوثيين في صنعاء.")
    assert ("leaderOf", "السعودية", "التحالف") in relations(doc)


def test_led_group_after_a_detached_lam_and_quotes():
    rels = relations(run("أغارت طائرة تابعة لـ«جيش الخلاص» بقيادة نادر سالم الزين على المطار."))
    assert ("leaderOf", "نادر سالم الزين", "جيش الخلاص") in rels


def test_quoted_alias_of_the_group_fought_is_not_led():
    rels = relations(run('انضم البلد إلى التحالف ضد تنظيم الدولة "داعش" بقيادة الولايات المتحدة.'))
    assert ("leaderOf", "الولايات المتحدة", "تنظيم الدولة") not in rels


def test_led_group_before_a_relative_clause():
    rels = relations(run("وانضمت قطر إلى تحالف الساحل الذي تقوده فرنسا منذ عامين."))
    assert ("leaderOf", "فرنسا", "تحالف الساحل") in rels
    rels = relations(run("وقال حزب الأمة، الذي يتزعمه كمال سعيد منذ سنوات، إن الهجوم فشل."))
    assert ("leaderOf", "كمال سعيد", "حزب الأمة") in rels


def test_led_one_stands_right_before_the_cue_even_after_min():
    rels = relations(run("وسيطرت قوات سوريا الديمقراطية على بلدة الهول بعد معارك مع تنظيم داعش، "
                         "بدعم من التحالف الدولي بقيادة الولايات المتحدة."))
    assert ("leaderOf", "الولايات المتحدة", "التحالف الدولي") in rels
    assert ("leaderOf", "الولايات المتحدة", "تنظيم داعش") not in rels


def test_groups_listed_after_the_leader_are_not_co_leaders():
    rels = relations(run("وضم التحالف الجديد «جبهة فتح الشام» التي يتزعمها أبو محمد الجولاني، "
                         "و«حركة نور الدين الزنكي» و«لواء الحق»."))
    assert ("leaderOf", "أبو محمد الجولاني", "جبهة فتح الشام") in rels
    assert not any(r[0] == "leaderOf" and r[1] in ("حركة نور الدين الزنكي", "لواء الحق") for r in rels)


def test_led_group_before_a_past_tense_relative_clause():
    rels = relations(run("وكانت حركة طالبان التي تزعمها الملا عمر قد رفضت المفاوضات."))
    assert ("leaderOf", "الملا عمر", "حركة طالبان") in rels


def test_leaders_plural_with_pronoun_is_not_a_lead_cue():
    # "قادة" normalises like "قاده" (he led it): the leaders of a unit do not lead the group named
    rels = relations(run("وقال خالد منصور، وهو أحد قادة الفرقة الثالثة، إن المعارك لم تتوقف."))
    assert not any(r[0] == "leaderOf" for r in rels)
    rels = relations(run("سيطرت القوات على مواقع اللواء الخامس الذي انضم قادته إلى جماعة الحوثي."))
    assert not any(r[0] == "leaderOf" for r in rels)


def test_head_of_an_organisation():
    # head_of_relations: "X على رأس Y"
    rels = relations(run("وأعلنت الحركة تعيين الملا حسن أخوند على رأس حركة طالبان خلفا لسلفه."))
    assert ("leaderOf", "حسن أخوند", "حركة طالبان") in rels


def test_head_of_a_delegation_is_not_a_leader_of_the_group():
    rels = relations(run("وزار قائد الجيش العراقي بغداد على رأس وفد من حركة طالبان."))
    assert not any(r[0] == "leaderOf" and r[2] == "حركة طالبان" for r in rels)


def test_led_under_the_leadership_of():
    # LEAD_CUES: بزعامة، بإمرة
    assert ("leaderOf", "كمال سعيد", "حزب الأمة") in relations(
        run("وفاز حزب الأمة بزعامة كمال سعيد بالانتخابات."))


def test_led_group_after_with():
    # _party_from: "التنسيق مع التحالف بقيادة X" (مع: the coalition itself is the one led)
    assert ("leaderOf", "الولايات المتحدة", "التحالف الدولي") in relations(
        run("وأكد الوزير أن التنسيق مع التحالف الدولي بقيادة الولايات المتحدة مستمر."))


def test_led_body_is_the_one_right_before_the_cue():
    # _another_body_between: "حزب X وحزب Y بزعامة Z" (Y unnamed by the tagger): not X's leader
    rels = relations(run("ولا سيما حزب الأمة وحزب نداء تونس بزعامة الرئيس كمال سعيد، اللذين شكلا ائتلافا."))
    assert ("leaderOf", "كمال سعيد", "حزب الأمة") not in rels
    # a body the tagger names is itself the one led
    rels = relations(run("ولا سيما حزب الأمة وحزب نداء الوطن بزعامة كمال سعيد، اللذين شكلا ائتلافا."))
    assert ("leaderOf", "كمال سعيد", "حزب نداء الوطن") in rels


def test_leader_named_after_his_own_post():
    rels = relations(run("وحذر ائتلاف الوطنية بزعامة نائب رئيس الجمهورية إياد علاوي من الفوضى."))
    assert ("leaderOf", "إياد علاوي", "ائتلاف الوطنية") in rels


def test_an_unnamed_committee_between_is_the_one_led():
    rels = relations(run("وشكلت الحكومة العراقية لجنة عليا برئاسة نائب رئيس الوزراء صالح المطلك لإغاثة النازحين."))
    assert not any(r[0] == "leaderOf" and r[1] == "صالح المطلك" for r in rels)


def test_leader_named_after_a_rank_of_two_words():
    rels = relations(run("واتهمت المنظمة قوات الدعم السريع بقيادة الفريق أول سامي حمدان الطيب بارتكاب انتهاكات."))
    assert ("leaderOf", "سامي حمدان الطيب", "قوات الدعم السريع") in rels


def test_a_delegation_is_led_not_the_body_named_before_it():
    rels = relations(run("واستقبل رئيس حكومة إقليم كردستان أمس في أربيل وفدا من وزارة الدفاع العراقية "
                         "برئاسة الفريق الركن سامي جاسم العبيدي."))
    assert not any(r[0] == "leaderOf" and r[1] == "سامي جاسم العبيدي" for r in rels)


def test_leader_told_in_the_second_clause_of_a_relative():
    rels = relations(run("وكان لواء التوحيد، الذي يضم مقاتلين من ريف حلب ويقوده عبد القادر الصالح، قد انضم إلى الجبهة."))
    assert ("leaderOf", "عبد القادر الصالح", "لواء التوحيد") in rels
    # a body the first clause names as a complement is not the one led
    rels = relations(run("وكان لواء التوحيد، الذي يقاتل مع جبهة النصرة ويقوده عبد القادر الصالح، قد انسحب."))
    assert ("leaderOf", "عبد القادر الصالح", "لواء التوحيد") in rels
    assert ("leaderOf", "عبد القادر الصالح", "جبهة النصرة") not in rels


def test_leader_introduced_as_a_man_called():
    assert ("leaderOf", "سامر الحلبي", "لواء التوحيد") in relations(
        run("وقال سكان إن لواء التوحيد، الذي يقوده رجل يدعى سامر الحلبي، سيطر على البلدة."))


def test_under_the_command_of():
    rels = relations(run("وتقاتل قوات النخبة تحت إمرة العميد سالم الحارثي في المنطقة."))
    assert ("leaderOf", "سالم الحارثي", "قوات النخبة") in rels


def test_under_the_command_of_against_a_group_gives_it_no_leader():
    rels = relations(run("وقاتل المسلحون ضد جبهة النصرة تحت قيادة سامي خليل."))
    assert ("leaderOf", "سامي خليل", "جبهة النصرة") not in rels


def test_under_the_command_of_across_a_comma_names_no_leader():
    rels = relations(run("وكان الوزير أحد مؤسسي مجلس التعاون، تحت قيادة الملك خالد، في تلك المرحلة."))
    assert not any(r[0] == "leaderOf" and r[2] == "مجلس التعاون" for r in rels)


def test_leader_after_since_when():
    rels = relations(run("وأعلنت حركة أحرار الشام، التي يقودها منذ العام الماضي مهند المصري، انسحابها."))
    assert ("leaderOf", "مهند المصري", "حركة أحرار الشام") in rels


def test_since_when_with_a_place_in_it_names_no_leader():
    rels = relations(run("وأعلنت حركة أحرار الشام، التي يقودها منذ أسابيع في إدلب مهند المصري، انسحابها."))
    assert ("leaderOf", "مهند المصري", "حركة أحرار الشام") not in rels


def test_led_body_named_before_a_first_modifier_and_an_and_relative():
    rels = relations(run("وتتهم الحكومة عناصر من «جبهة الخلاص»، المتمركزة في منطقة الجبال الشرقية "
                         "والتي يقودها عبد الرحيم منصور، بتنفيذ الهجوم."))
    assert ("leaderOf", "عبد الرحيم منصور", "جبهة الخلاص") in rels



def test_command_of_a_body_held_by_the_one_named_in_its_relative_clause():
    rels = relations(run("وشارك في الهجوم اللواء الخامس، الذي يتولى قيادته العميد سامر الخطيب، إلى جانب قوات أخرى."))
    assert ("leaderOf", "سامر الخطيب", "اللواء الخامس") in rels


def test_head_named_before_the_post_with_the_bodys_pronoun():
    rels = relations(run("وتضم الجبهة حركة النصر التي كان سامر الخطيب أميرها قبل مقتله."))
    assert ("leaderOf", "سامر الخطيب", "حركة النصر") in rels


def test_leader_named_past_where_he_leads_from():
    rels = relations(run("وتنشط في المنطقة «كتائب الفرقان» التي يقودها من الخارج المدعو سامي العلي."))
    assert ("leaderOf", "سامي العلي", "كتائب الفرقان") in rels
    rels = relations(run("وتنشط في المنطقة «كتائب الفرقان» التي يتزعمها حاليا القيادي سامي العلي."))
    assert ("leaderOf", "سامي العلي", "كتائب الفرقان") in rels


def test_the_country_a_leader_leads_from_is_not_the_leader():
    rels = relations(run("وتنشط في المنطقة «كتائب الفرقان» التي يقودها من تركيا سامي العلي."))
    assert ("leaderOf", "تركيا", "كتائب الفرقان") not in rels
    assert ("leaderOf", "سامي العلي", "كتائب الفرقان") in rels


def test_a_place_after_a_post_word_after_the_cue_is_the_posts_not_the_leader():
    rels = relations(run("وتحظى الفعالية برعاية مجلس التنمية السياحي في منطقة عسير برئاسة أمير المنطقة."))
    assert not any(r[0] == "leaderOf" and r[2] == "مجلس التنمية السياحي" for r in rels)
    assert ("leaderOf", "السعودية", "التحالف") in relations(run("وقصف التحالف بقيادة السعودية مواقع الحوثيين."))


def test_the_body_a_second_modifier_tells_of_is_led_not_its_ally():
    rels = relations(run("ويطالب التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه الزعيم المسيحي سامر الخطيب "
                         "بتعيين قائد للجيش."))
    assert ("leaderOf", "سامر الخطيب", "التيار الوطني الحر") in [tuple(r[:3]) for r in rels]
    assert not [r for r in rels if r[0] == "leaderOf" and r[2] == "حزب الله"]


def test_a_place_after_a_preposition_is_not_the_leader_after_a_relative_verb():
    rels = relations(run("وأرسل الرئيس السابق قيادات بحزب المؤتمر الوطني العام، الذي يرأسه، إلى القاهرة، "
                         "للقاء الوسطاء."))
    assert not any(r[0] == "leaderOf" and r[1] == "القاهرة" for r in rels)


def test_a_state_led_by_its_head_named_with_his_title():
    rels = relations(run("وأشاد الباحث بالدور الذي تقوم به المملكة بقيادة خادم الحرمين الشريفين "
                         "الملك سلمان بن عبدالعزيز في دعم اللاجئين."))
    assert ("leaderOf", "الملك سلمان بن عبدالعزيز", "المملكة") in rels
    rels = relations(run("وقال إن الأردن، بقيادة الملك عبدالله الثاني، سيدعم الخطة."))
    assert ("leaderOf", "الملك عبدالله الثاني", "الأردن") in rels
    # a coalition led by a state is another rule's; a state before بقيادة with no title after it leads nothing
    assert not any(r[0] == "leaderOf" and r[2] == "اليمن" for r in relations(
        run("وصلت قوات إلى اليمن بقيادة ضباط سعوديين.")))
    # the other side of what is led, after a preposition, and a prince leading an effort lead no state
    rels = relations(run("وبدأت المملكة المفاوضات مع إيران بقيادة الملك عبدالله بن عبدالعزيز."))
    assert not any(r[0] == "leaderOf" and r[2] == "إيران" for r in rels)
    rels = relations(run("ومن حل المشكلة إلا السعودية بقيادة الأمير سلطان بن عبدالعزيز؟"))
    assert not any(r[0] == "leaderOf" and r[2] == "السعودية" for r in rels)


def test_the_king_styled_custodian_leads_saudi_arabia_when_named():
    rels = relations(run("ورفع الوزير الشكر لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على دعم اليمن، "
                         "مؤكدا أن السعودية لن تتخلى عن أشقائها."))
    assert ("leaderOf", "الملك سلمان بن عبدالعزيز", "السعودية") in rels


def test_the_custodian_style_without_the_state_or_for_the_late_king_gives_nothing():
    assert not relations(run("وأشاد بمواقف خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز تجاه مصر."))
    rels = relations(run("وتذكر الحاضرون مآثر خادم الحرمين الشريفين الملك الراحل عبدالله بن عبدالعزيز "
                         "في دعم السعودية لأشقائها."))
    assert not any(r[0] == "leaderOf" for r in rels)
