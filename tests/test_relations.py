"""Relations from cue patterns, each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, relations, run  # noqa: E402


def test_member_title_in_organisation():
    assert ("memberOf", "حامد سعيد الكبيسي", "تنظيم الدولة") in relations(
        run("اعتقلت الشرطة القيادي في تنظيم الدولة حامد سعيد الكبيسي في الفلوجة."))


def test_member_named_later_bridges_back():
    doc = run("قتلت القوات الأمريكية قياديا بتنظيم القاعدة في إدلب. "
              "وقالت القيادة الوسطى إن القيادي فارس ناصر الحمود كان مسؤولا عن هجمات.")
    assert ("memberOf", "فارس ناصر الحمود", "تنظيم القاعدة") in relations(doc)


def test_commander_with_title_after_organisation():
    assert ("leaderOf", "جوزيف سمعان", "الجيش اللبناني") in relations(
        run("قال قائد الجيش اللبناني العماد جوزيف سمعان إن الحدود هادئة."))


def test_spokesperson():
    assert ("spokespersonOf", "عمر بركات", "حركة العدل") in relations(
        run("وقال المتحدث باسم حركة العدل عمر بركات إن الحركة لن تتراجع."))


def test_minister_position_in_the_country_with_post_name():
    doc = run("أعلن وزير الدفاع التركي مراد يلماز بدء العملية. وزار تركيا وفد.")
    assert ("positionIn", "مراد يلماز", "تركيا") in relations(doc)
    [rel] = [r for r in doc.relations if r.type == "positionIn"]
    assert rel.post == "وزير الدفاع"


def test_counterpart():
    doc = run("التقى وزير الخارجية المصري حسن عادل في القاهرة نظيره العراقي كريم جاسم. "
              "وكان العراق قد دعا إلى الحوار.")
    assert ("positionIn", "كريم جاسم", "العراق") in relations(doc)


def test_led_by_and_not_the_group_fought():
    rels = relations(run("انضمت السودان إلى التحالف الذي يقاتل ضد تنظيم الدولة بقيادة الولايات المتحدة."))
    assert ("leaderOf", "الولايات المتحدة", "التحالف") in rels
    assert ("memberOf", "السودان", "التحالف") in rels
    assert ("leaderOf", "الولايات المتحدة", "تنظيم الدولة") not in rels


def test_unit_part_of_organisation():
    rels = relations(run("قال الجيش اللبناني إن وحدة الهندسة التابعة للجيش فككت عبوة."))
    assert ("partOf", "وحدة الهندسة", "الجيش اللبناني") in rels


def test_place_chain():
    rels = relations(run("سقطت قذائف على مدينة تدمر بمحافظة حمص وسط سوريا."))
    assert any(r[0] == "locatedIn" and "تدمر" in r[1] and "حمص" in r[2] for r in rels)
    assert any(r[0] == "locatedIn" and r[2] == "سوريا" for r in rels)
    assert not any(r[0] == "locatedIn" and r[1] == "سوريا" for r in rels)   # never the bigger in the smaller


def test_capital_with_demonym():
    rels = relations(run("اندلعت اشتباكات في العاصمة الليبية طرابلس مساء الثلاثاء. وقالت حكومة ليبيا إن الوضع هادئ."))
    assert any(r[0] == "locatedIn" and r[1].endswith("طرابلس") and r[2] == "ليبيا" for r in rels)


def test_affiliation():
    rels = relations(run("قالت الشرطة إن الشيخ ماهر الدباغ المقرب من حزب الله غادر البلاد."))
    assert ("affiliatedWith", "ماهر الدباغ", "حزب الله") in rels


def test_no_relation_without_a_cue():
    assert relations(run("زار سامر العلي مدينة حلب ثم عاد إلى دمشق.")) & {
        ("memberOf", "سامر العلي", "حلب")} == set()


def test_commander_in_chief_with_compound_rank():
    rels = relations(run("وقال القائد العام للقوات المسلحة السودانية الفريق أول عبد الفتاح البرهان "
                         "إن الجيش سيواصل القتال."))
    assert any(r[0] == "leaderOf" and r[1] == "عبد الفتاح البرهان" for r in rels)


def test_place_belonging_to_a_province():
    rels = relations(run("وتقع بلدة الهول التابعة لمحافظة الحسكة قرب الحدود."))
    assert ("locatedIn", "الهول", "محافظة الحسكة") in rels


def test_member_after_a_pronoun_copula():
    rels = relations(run("واعتقلت الشرطة مهند سالم، وهو عنصر من تنظيم الدولة."))
    assert ("memberOf", "مهند سالم", "تنظيم الدولة") in rels


def test_place_in_a_headed_place():
    assert ("locatedIn", "مخيم نور شمس", "طولكرم") in relations(run("امتدت العملية إلى مخيم نور شمس في طولكرم."))
    assert ("locatedIn", "الرويشد", "محافظة المفرق") in relations(
        run("رصدت القوات مجموعة قرب منطقة الرويشد في محافظة المفرق."))


def test_province_inside_a_region_named_by_its_head():
    rels = relations(run("ألقت الشرطة القبض على أربعة أشخاص في محافظة صامطة بمنطقة جازان."))
    assert ("locatedIn", "محافظة صامطة", "جازان") in rels


def test_district_belonging_to_a_province():
    rels = relations(run("ألقت القوات القبض على خلية في قضاء جمجمال التابع لمحافظة السليمانية."))
    assert ("locatedIn", "قضاء جمجمال", "السليمانية") in rels


def test_village_or_district_in_a_direction_of_a_city():
    assert ("locatedIn", "قباطية", "جنين") in relations(run("اقتحمت وحدة إسرائيلية بلدة قباطية جنوب جنين."))
    assert ("locatedIn", "قره جوغ", "أربيل") in relations(
        run("هاجم مسلحون موقعا في منطقة قره جوغ جنوب غربي أربيل."))
    assert ("locatedIn", "قضاء بنجوين", "السليمانية") in relations(
        run("قصفت طائرات مواقع في قضاء بنجوين شرقي السليمانية."))


def test_two_cities_side_by_side_are_not_nested():
    rels = relations(run("وصلت التعزيزات إلى مدينة حلب شرقي إدلب."))
    assert not any(r[0] == "locatedIn" for r in rels)


def test_largest_city_of_a_province():
    assert ("locatedIn", "الموصل", "محافظة نينوى") in relations(
        run("وصلت القوات إلى الموصل، كبرى مدن محافظة نينوى."))


def test_envoy_holds_a_post_in_the_sending_side_not_the_destination():
    rels = relations(run("استقبل الوزير، أمس، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن "
                         "لارس إنغفالد."))
    assert ("positionIn", "لارس إنغفالد", "للأمم المتحدة") in rels
    assert not any(r[0] == "positionIn" and r[2] == "اليمن" for r in rels)


def test_personal_envoy_of_the_secretary_general():
    rels = relations(run("التقى المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية "
                         "ستيفان دي ميستورا وزير الخارجية."))
    assert ("positionIn", "ستيفان دي ميستورا", "للأمم المتحدة") in rels


def test_un_envoy_named_by_the_adjective():
    rels = relations(run("دعت الأمم المتحدة إلى التهدئة. وقال المبعوث الأممي إلى اليمن، "
                         "السويدي لارس إريكسون، إن الوضع خطير."))
    assert ("positionIn", "لارس إريكسون", "الأمم المتحدة") in rels


def test_special_envoy_of_a_state():
    rels = relations(run("وقال سامر العلي، مبعوث الولايات المتحدة الخاص إلى السودان، إن المحادثات مستمرة."))
    assert ("positionIn", "سامر العلي", "الولايات المتحدة") in rels


def test_representative_and_ambassador_to():
    rels = relations(run("التقى المسؤول ممثل الاتحاد الأوروبي لدى السلطة الفلسطينية يوهان سفينسون."))
    assert ("positionIn", "يوهان سفينسون", "الاتحاد الأوروبي") in rels
    assert ("positionIn", "ستيفن فاجن", "الولايات المتحدة") in relations(
        run("قال سفير الولايات المتحدة لدى العراق ستيفن فاجن إن الزيارة مهمة."))


def test_minister_in_a_government():
    rels = relations(run("قال وزير الإعلام في حكومة الوحدة الوطنية وليد اللافي إن الوضع مستقر."))
    assert ("positionIn", "وليد اللافي", "حكومة الوحدة الوطنية") in rels


def test_governor_leads_the_place_he_governs():
    assert ("leaderOf", "باسل عودة", "جنين") in relations(
        run("وفي رام الله، التقى محافظ جنين باسل عودة، أمس، وفدا أوروبيا."))
    assert ("leaderOf", "خالد مجاور", "شمال سيناء") in relations(
        run("استقبل محافظ شمال سيناء اللواء خالد مجاور وفدا."))


def test_prime_minister_leads_the_country_like_a_president():
    rels = relations(run("قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستواصل عملها في العراق."))
    assert ("leaderOf", "محمد شياع السوداني", "العراق") in rels


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


def test_states_counted_with_a_coalition():
    rels = relations(run("وتعد مالي، إلى جانب النيجر وبوركينا فاسو، عضوا في تحالف الساحل."))
    for state in ("مالي", "النيجر", "بوركينا فاسو"):
        assert ("memberOf", state, "تحالف الساحل") in rels
    rels = relations(run("اجتمع وزراء دفاع دول التحالف العربي (السعودية والإمارات)، الأسبوع الماضي."))
    assert ("memberOf", "السعودية", "التحالف العربي") in rels
    assert ("memberOf", "الإمارات", "التحالف العربي") in rels


def test_part_named_with_a_pronoun_for_the_whole():
    rels = relations(run("وقال تنظيم الدولة في بيان نشرته مؤسسة البتار، ذراعها الإعلامي، إن الهجوم نجح."))
    assert ("partOf", "مؤسسة البتار", "تنظيم الدولة") in rels
    rels = relations(run("وتبناه تنظيم ولاية خراسان في بيان نشرته وكالة أعماق التابعة له."))
    assert ("partOf", "وكالة أعماق", "تنظيم ولاية خراسان") in rels


def test_unit_enlisted_within_a_force_is_part_of_it():
    rels = relations(run("هاجم لواء السلطان المنضوي ضمن الجيش الوطني السوري مواقع لقوات سوريا الديمقراطية."))
    assert ("partOf", "لواء السلطان", "الجيش الوطني السوري") in rels
    assert ("memberOf", "لواء السلطان", "الجيش الوطني السوري") not in rels


def test_group_backed_by_or_allied_with():
    rels = relations(run("هاجمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مواقع للتنظيم."))
    assert ("affiliatedWith", "قوات سوريا الديمقراطية", "الولايات المتحدة") in rels
    rels = relations(run("قاتل عناصر حركة الشباب المتحالفة مع تنظيم القاعدة."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels


def test_mountain_range_in_a_province():
    rels = relations(run("قصفت الطائرات وكرا في سلسلة جبال حمرين بمحافظة كركوك شمالي العراق."))
    assert ("locatedIn", "جبال حمرين", "محافظة كركوك") in rels


def test_an_actor_is_no_representative():
    rels = relations(run("فاز نور الشريف بجائزة أفضل ممثل بمهرجان وهران."))
    assert not any(r[0] == "positionIn" for r in rels)


def test_places_in_a_list_are_not_nested():
    rels = relations(run("عمل عشرين عاما في منطقة الشرق الأوسط، وشمال أفريقيا وأوروبا."))
    assert not any(r[0] == "locatedIn" for r in rels)


def test_coordinated_villages_are_not_nested_but_the_centre_is_a_direction():
    rels = relations(run("قصف الطيران مناطق في بلدة تل الضمان وقرية المنطار بريف حلب الجنوبي."))
    assert ("locatedIn", "تل الضمان", "المنطار") not in rels
    rels = relations(run("قُتل الشاب قرب دوار السينما في حي الجابريات وسط جنين."))
    assert ("locatedIn", "حي الجابريات", "جنين") in rels


def test_among_needs_a_title_before_the_name_and_a_backer_right_after_its_cue():
    rels = relations(run("وأفاد مصدر بمقتل 19 مسلحا من حركة الشباب بينهم قيادي شمال جلب سامر العلي."))
    assert not any(r[0] == "memberOf" and r[1] == "سامر العلي" for r in rels)
    rels = relations(run("واصلت قوات الجيش الموالية للشرعية في اليمن تقدمها."))
    assert not any(r[0] == "affiliatedWith" for r in rels)
    rels = relations(run("قاتلت حركة الجهاد الإسلامي المدعومة من إيران."))
    assert ("affiliatedWith", "حركة الجهاد الإسلامي", "إيران") in rels


def test_ambassador_in_a_capital_does_not_hold_his_post_there():
    rels = relations(run("وبمباركة من سفير خادم الحرمين الشريفين في القاهرة أحمد قطان أقيم الحفل."))
    assert ("positionIn", "أحمد قطان", "القاهرة") not in rels


def test_ministry_of_a_government_with_the_preposition_attached():
    rels = relations(run("وقال المتحدث باسم وزارة الصحة بحكومة الوحدة الوطنية، مالك الفيتوري، إن الوضع هادئ."))
    assert ("partOf", "وزارة الصحة", "حكومة الوحدة الوطنية") in rels


def test_land_named_by_its_country_adjective():
    rels = relations(run("وتنشط خلايا التنظيم في البادية السورية الواسعة جنوب شرقي سوريا."))
    assert ("locatedIn", "البادية السورية", "سوريا") in rels
    rels = relations(run("وقرر اللاعب الاستئناف أمام القضاء الإسباني. ثم غادر إسبانيا."))
    assert not any(r[0] == "locatedIn" and r[2] == "إسبانيا" for r in rels)


def test_two_bare_cities_are_not_nested():
    rels = relations(run("واستأنفت طهران في فيينا المفاوضات."))
    assert not any(r[0] == "locatedIn" for r in rels)


def test_state_leading_a_coalition_is_its_own_mention():
    doc = run("وشن التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع التنظيم.")
    assert ("leaderOf", "الولايات المتحدة", "التحالف الدولي") in relations(doc)


def test_member_in_the_ranks_of_a_group():
    assert ("memberOf", "محمد علي", "حركة الشباب") in relations(
        run("وقتل مقاتل في صفوف حركة الشباب يدعى محمد علي في الاشتباكات."))
    assert ("memberOf", "أحمد علي", "تنظيم الدولة") in relations(
        run("وكان أحمد علي، الذي قاتل في صفوف تنظيم الدولة، قد اعتقل."))


def test_mp_of_a_bloc_is_its_member():
    assert ("memberOf", "أحمد الأسدي", "كتلة الفتح") in relations(
        run("وقال النائب عن كتلة الفتح أحمد الأسدي إن الحكومة مطالبة بالتحرك."))


def test_states_listed_as_comprised_by_an_organisation_are_members():
    rels = relations(run("وتقاتل بوكو حرام القوة المشتركة متعددة الجنسيات التي تضم إلى جانب تشاد "
                         "كلا من النيجر ونيجيريا والكاميرون."))
    for state in ("تشاد", "النيجر", "نيجيريا", "الكاميرون"):
        assert ("memberOf", state, "القوة المشتركة متعددة الجنسيات") in rels
    assert not relations(run("وتنشط بوكو حرام في منطقة بحيرة تشاد التي تضم النيجر ونيجيريا."))


def test_head_of_the_cell_named_before_leads_it():
    assert ("leaderOf", "سعد معن", "خلية الإعلام الأمني") in relations(
        run("وقالت خلية الإعلام الأمني إن القوات قتلت خمسة مسلحين. "
            "وقال رئيس الخلية اللواء سعد معن إن العملية مستمرة."))


def test_state_leading_a_regional_coalition_is_its_own_mention():
    doc = run("وشنت طائرات التحالف بقيادة السعودية غارات على مواقع للحوثيين في صنعاء.")
    assert ("leaderOf", "السعودية", "التحالف") in relations(doc)


def test_acting_minister_in_a_government_holds_his_post_in_it():
    doc = run("وقال وزير الدفاع الأفغاني بالوكالة في حكومة طالبان المولوي محمد يعقوب إن القوات جاهزة.")
    assert ("positionIn", "محمد يعقوب", "حكومة طالبان") in relations(doc)


def test_facility_with_its_adjective_in_a_city():
    doc = run("وانفجرت عبوة ناسفة قرب مطار رفيق الحريري الدولي في بيروت.")
    assert ("locatedIn", "مطار رفيق الحريري الدولي", "بيروت") in relations(doc)


def test_one_of_the_members_and_the_one_in_charge_of_a_section_are_members():
    rels = relations(run("واعتقلت القوات ثلاثة أعضاء في حركة حماس، أحدهم يدعى خالد يوسف منصور."))
    assert ("memberOf", "خالد يوسف منصور", "حركة حماس") in rels
    rels = relations(run("وقتل الشيخ خالد منصور، الذي كان مسؤولا عن قسم العمليات في حركة حماس."))
    assert ("memberOf", "خالد منصور", "حركة حماس") in rels


def test_a_groups_governor_of_a_place_is_its_member_not_the_places_leader():
    rels = relations(run("وقتل خمسة من عناصر تنظيم داعش بينهم والي الأنبار في التنظيم أبو عائشة العراقي."))
    assert ("memberOf", "أبو عائشة العراقي", "تنظيم داعش") in rels
    assert not any(r[0] == "leaderOf" for r in rels)


def test_south_lebanon_is_lebanon_and_a_list_of_villages_shares_its_container():
    doc = run("وانتشر الجيش اللبناني في بلدات كفركلا والعديسة وميس الجبل في جنوب لبنان.")
    assert entity(doc, "جنوب لبنان").kb_id == "lebanon"
    rels = relations(doc)
    for village in ("كفركلا", "العديسة", "ميس الجبل"):
        assert ("locatedIn", village, "جنوب لبنان") in rels


def test_relations_the_ontology_does_not_allow_are_dropped():
    """A spokesman "of" a city (a rule pairing the wrong kinds) would fail SHACL, and the build."""
    from kg.model import Article, Document, Entity, Relation
    from kg.relations import fits_ontology
    doc = Document(article=Article("t", ""), entities=[
        Entity("e1", "Person"), Entity("e2", "Place"), Entity("e3", "Organization")])
    assert not fits_ontology(Relation("spokespersonOf", "e1", "e2"), doc)
    assert fits_ontology(Relation("spokespersonOf", "e1", "e3"), doc)
    assert fits_ontology(Relation("positionIn", "e1", "e2"), doc)
    assert not fits_ontology(Relation("locatedIn", "e3", "e2"), doc)
    assert not fits_ontology(Relation("partOf", "e3", "e2"), doc)
    assert fits_ontology(Relation("affiliatedWith", "e2", "e1"), doc)


def test_spokesperson_of_a_ministry_named_by_its_nominal():
    doc = run("وأعلنت وزارة الدفاع الوطني مقتل جندي. وقال المتحدث باسم الوزارة، "
              "العقيد المهدي بن علي الزغبي، إن القوات ردت.")
    assert ("spokespersonOf", "المهدي بن علي الزغبي", "وزارة الدفاع الوطني") in relations(doc)


def test_allegiance_to_a_group_is_an_affiliation():
    doc = run('وتبنت جماعة "أنصار الحق"، المبايعة لتنظيم الدولة الإسلامية، الهجوم.')
    assert ("affiliatedWith", "أنصار الحق", "تنظيم الدولة الإسلامية") in relations(doc)


def test_governor_governs_the_named_province_not_the_city():
    doc = run("وقعت اشتباكات في محافظة اللاذقية غربي سوريا. واجتمع الوزير مع محافظ اللاذقية "
              "سامر حمدي العلي في المدينة.")
    rels = relations(doc)
    assert ("leaderOf", "سامر حمدي العلي", "محافظة اللاذقية") in rels
    assert ("leaderOf", "سامر حمدي العلي", "اللاذقية") not in rels


def test_member_of_a_battalion_named_again_by_its_nominal():
    doc = run("وتنشط في الجبال كتيبة عمر بن الخطاب المرتبطة بتنظيم القاعدة. "
              "وقتل الجيش القيادي في الكتيبة يوسف سالم الحامدي.")
    assert ("memberOf", "يوسف سالم الحامدي", "كتيبة عمر بن الخطاب") in relations(doc)


def test_adviser_holds_a_post_in_the_state_of_the_demonym():
    doc = run("وبحث العراق وإيران الاتفاق الأمني. والتقى مستشار الأمن القومي العراقي "
              "سالم جاسم الكناني، أمس، وزير الخارجية الإيراني.")
    assert ("positionIn", "سالم جاسم الكناني", "العراق") in relations(doc)


def test_secretary_of_a_council_holds_a_post_in_it():
    doc = run("وقال أمين مجلس الوزراء سالم حسن إن القرار صدر.")
    assert ("positionIn", "سالم حسن", "مجلس الوزراء") in relations(doc)


def test_pronoun_of_a_part_skips_the_group_in_a_description():
    doc = run("وتبنت حركة الشباب المجاهدين، المرتبطة بتنظيم القاعدة، الهجوم في بيان بثته "
              "إذاعة الفجر التابعة لها.")
    rels = relations(doc)
    assert ("partOf", "إذاعة الفجر", "حركة الشباب المجاهدين") in rels
    assert ("partOf", "إذاعة الفجر", "تنظيم القاعدة") not in rels


def test_spokesperson_on_its_behalf_speaks_for_the_body_told_before():
    doc = run("وحملت وزارة الداخلية، في بيان تلاه المتحدث باسمها العقيد سالم حسن العلي، "
              "مسؤولية الهجوم للتنظيم.")
    assert ("spokespersonOf", "سالم حسن العلي", "وزارة الداخلية") in relations(doc)


def test_member_named_after_the_description_of_the_group():
    doc = run("وقال النائب عن كتلة الوفاء للمقاومة، التابعة لحزب الله، سالم حسين ياغي، إن الوضع خطير.")
    assert ("memberOf", "سالم حسين ياغي", "كتلة الوفاء") in relations(doc)
