"""Entity mentions: knowledge base with clitics, cue patterns, aliases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_kb_name_with_clitics_has_span_without_them():
    text = "وقالت القيادة المركزية الأمريكية إن وبتنظيم الدولة خسائر."
    doc = run(text)
    centcom = entity(doc, "القيادة المركزية الأمريكية")
    assert centcom.kb_id == "centcom" and centcom.type == "Organization"
    isis = entity(doc, "تنظيم الدولة")
    m = isis.mentions[0]
    assert text[m.start:m.end] == "تنظيم الدولة"   # وب stripped from the span


def test_no_break_space_inside_a_name():
    text = "زار الرئيس أحمد\u00a0الشرع دمشق."
    doc = run(text)
    e = entity(doc, "أحمد\u00a0الشرع")
    assert e.name_en == "Ahmed al-Sharaa"


def test_title_then_organisation_then_person():
    doc = run('قال القيادي في حركة الأحرار سامر خليل العلي، الملقب بـ"أبو جعفر"، إن الوضع هادئ.')
    person = entity(doc, "سامر خليل العلي")
    assert person.type == "Person"
    assert "أبو جعفر" in [m.text for m in person.mentions]     # the alias joins the person
    assert entity(doc, "حركة الأحرار").type == "Organization"


def test_name_stops_at_a_common_word():
    doc = run("أعلن وزير الدفاع الأردني فارس منصور إطلاق عملية عسكرية.")
    assert entity(doc, "فارس منصور").type == "Person"


def test_kunya_is_a_person():
    doc = run("قتلت الغارة أبو خالد الديري في ريف المدينة.")
    assert entity(doc, "أبو خالد الديري").type == "Person"


def test_state_forces_from_a_demonym():
    doc = run("قصفت قوات تركية مواقع في الشمال، وقال الجيش التركي إن القصف مستمر.")
    e = entity(doc, "قوات تركية")
    assert "الجيش التركي" in [m.text for m in e.mentions]
    assert e.type == "Organization" and e.subtype == "ArmedForce"


def test_place_heads():
    doc = run("سقطت قذيفة على بلدة الكرامة بمحافظة الزهور.")
    town = entity(doc, "الكرامة")
    region = entity(doc, "محافظة الزهور")            # a region keeps its head word
    assert (town.type, town.subtype) == ("Place", "City")
    assert (region.type, region.subtype) == ("Place", "Region")


def test_the_name_ali_is_not_the_preposition():
    doc = run("قُتل القيادي في حزب الله حسن علي مرعي أمس.")
    assert entity(doc, "حسن علي مرعي").type == "Person"


def test_organisation_head_and_construct():
    doc = run("تبنت جبهة فتح الشام الهجوم، ونفت ألوية الفجر أي صلة.")
    assert entity(doc, "جبهة فتح الشام").type == "Organization"
    assert entity(doc, "ألوية الفجر").type == "Organization"


def test_every_mention_offset_points_at_its_text():
    text = 'وأوضحت القيادة الوسطى أن القوات الأميركية قتلت "أبو عمر الحلبي" قرب مدينة الباب.'
    doc = run(text)
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_personal_name_ends_before_a_place_head_or_a_prepositional_common_word():
    doc = run("زار وزير الداخلية المصري محمود توفيق مدينة العريش أمس.")
    assert entity(doc, "محمود توفيق").type == "Person"
    doc = run("وقُتل القيادي في حزب العمال الكردستاني دلشاد أرسلان بغارة لطائرة مسيرة قرب دهوك.")
    assert entity(doc, "دلشاد أرسلان").type == "Person"


def test_enlisted_within_ends_an_organisation_name():
    doc = run("هاجم لواء السلطان المنضوي ضمن الجيش الوطني السوري مواقع للتنظيم.")
    assert entity(doc, "لواء السلطان").type == "Organization"


def test_mountain_head_names_a_place():
    doc = run("قصفت الطائرات وكرا للتنظيم في سلسلة جبال حمرين بمحافظة كركوك، ثم قصفت جبل قنديل.")
    assert entity(doc, "جبال حمرين").type == "Place"
    assert entity(doc, "جبل قنديل").type == "Place"


def test_alias_cue_with_a_conjunction_joins_the_person():
    doc = run('وأضاف المصدر أن أحد المهربين، ويدعى خالد عواد الرميثان والملقب بـ"أبو جاسم"، اعتُقل.')
    assert "أبو جاسم" in [m.text for m in entity(doc, "خالد عواد الرميثان").mentions]


def test_group_names_made_of_common_words_after_a_naming_head():
    doc = run("وإن زعيمها عضو في كتائب سيد الشهداء المرتبطة بالحرس الثوري الإيراني.")
    assert entity(doc, "كتائب سيد الشهداء").type == "Organization"
    doc = run("اعتقل القيادي في جهاز دعم الاستقرار، عادل بن زايد.")
    assert entity(doc, "جهاز دعم الاستقرار").type == "Organization"
    doc = run("اجتمع وزراء دفاع دول تحالف دول الساحل أمس.")
    assert entity(doc, "تحالف دول الساحل").type == "Organization"
    doc = run("أعلن الحزب عن تحالف لتشكيل الحكومة الجديدة.")
    assert not any(m.text.startswith("تحالف لتشكيل") for e in doc.entities for m in e.mentions)


def test_forest_head_names_a_place():
    doc = run("شن سلاح الجو غارات على معسكرات للجماعة في غابة سامبيسا.")
    assert entity(doc, "غابة سامبيسا").type == "Place"


def test_a_counted_role_is_not_a_person():
    doc = run('قالت الوزارة إن الجيش التركي "حيّد" 12 عنصرا من حزب العمال الكردستاني. '
              'وقال المتحدث باسم الوزارة، الأميرال كمال أوزدمير، إن العملية مستمرة.')
    assert [m.text for m in entity(doc, "كمال أوزدمير").mentions] == ["كمال أوزدمير"]


def test_facility_and_landmark_heads_stay_in_the_name():
    doc = run("خططت الخلية لمهاجمة سجن غويران، بينما قصفت الطائرات مواقع في جبال الكرمة قرب مطار رفيق الحريري.")
    for name in ("سجن غويران", "جبال الكرمة", "مطار رفيق الحريري"):
        e = entity(doc, name)
        assert e.type == "Place", name
    # a person's name after an airport's head is the airport, not a person
    assert not any(e.type == "Person" for e in doc.entities)


def test_a_facility_named_after_a_country_with_its_adjective():
    doc = run("وهبطت الطائرة في مطار البحرين الدولي أمس، ثم قصفت طائرات مطارا في سوريا.")
    assert entity(doc, "مطار البحرين الدولي").type == "Place"
    assert entity(doc, "سوريا").type == "Place"


def test_a_brigade_named_by_a_construct_and_a_syndicate_are_organisations():
    doc = run("وأعلن لواء نور الحق مسؤوليته، فيما أعلنت نقابة الصيادلة الإضراب.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "لواء نور الحق", "نقابة الصيادلة"}


def test_an_army_or_a_corps_named_by_its_rank():
    doc = run("وقال قائد الجيش الثالث الميداني إن القوات تقدمت، وأعلن الفيلق الرابع اقتحام البلدة.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "الجيش الثالث الميداني", "الفيلق الرابع"}


def test_what_a_group_did_is_no_word_of_its_name():
    doc = run("وتبنى تنظيم الفرسان الهجوم، ونفذت جماعة المرابطين العملية، واجتمعت قيادة العمليات المشتركة.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "تنظيم الفرسان", "جماعة المرابطين", "قيادة العمليات المشتركة"}


def test_a_known_place_after_a_compounds_first_word_is_another_place():
    doc = run("وسيطر الجيش على بلدة رأس بيروت، وزار الوفد قلعة دمشق، وكان على رأس الوفد وزير.")
    places = {e.mentions[0].text: e for e in doc.entities if e.type == "Place"}
    assert set(places) == {"رأس بيروت", "قلعة دمشق"}
    assert places["رأس بيروت"].wikidata is None


def test_a_feminine_nisba_after_a_place_head_is_a_description():
    doc = run("وعثر الجنود على الجثث في منطقة صحراوية قرب الحدود، ثم في بلدة كفرية.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Place"] == ["كفرية"]


def test_definite_facility_word_is_not_a_head():
    doc = run("نقل المعتقلون إلى السجن المركزي، وقالت القاعدة إن الهجوم فشل.")
    assert not any(e.type == "Place" and "السجن" in (e.name_ar or "") for e in doc.entities)


def test_person_after_a_post_and_its_destination():
    doc = run("وصل مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ إلى عدن.")
    assert entity(doc, "هانس غروندبرغ").type == "Person"
    doc = run("قال وزير الخارجية الأمريكي في بغداد إن الزيارة مهمة.")
    assert not any(e.type == "Person" for e in doc.entities)


def test_a_town_is_also_named_by_its_countryside_with_its_sides():
    from kg.jsonl import document_to_record
    doc = run("قتل مدنيان في قصف على بلدة صغيرة بريف حلب الشمالي الغربي، وقتل ثالث في ريف حمص.")
    names = [e["mentions"] for e in document_to_record(doc)["entities"] if e["type"] == "Place"]
    assert ["حلب", "ريف حلب الشمالي الغربي"] in names and ["حمص", "ريف حمص"] in names
    # a word that only starts like a side is not one
    doc = run("وقتل رجل في ريف حلب الشماليين أمس.")
    names = [e["mentions"] for e in document_to_record(doc)["entities"] if e["type"] == "Place"]
    assert names == [["حلب", "ريف حلب"]]


def test_an_operations_command_named_by_its_place_after_its_commander():
    doc = run("وقال قائد عمليات بغداد اللواء سامي الجبوري إن القوات اعتقلت عشرة مطلوبين في بغداد.")
    assert entity(doc, "عمليات بغداد").type == "Organization"
    assert entity(doc, "بغداد").type == "Place"
    doc = run("وأعلن المتحدث باسم عمليات تحرير نينوى أن القوات تقدمت.")
    assert entity(doc, "عمليات تحرير نينوى").type == "Organization"
    # operations in a place, with no commander: the place alone
    doc = run("واستمرت عمليات الإغاثة وعمليات البحث في بغداد.")
    assert [e.type for e in doc.entities] == ["Place"]


def test_a_family_name_that_is_also_a_word_ends_a_name_where_the_clause_ends():
    doc = run("وقال المتحدث باسم الشرطة العقيد سالم الأمين إن الدوريات انتشرت.")
    assert entity(doc, "سالم الأمين").type == "Person"
    doc = run("وأعلن اللواء فهد المصري، أمس، اعتقال ثلاثة.")
    assert entity(doc, "فهد المصري").type == "Person"
    # the same word in a post that goes on is no name: الأمين العام
    doc = run("واستقبل الرئيس سالم الأمين العام للجامعة أمس.")
    assert entity(doc, "سالم").type == "Person"


def test_a_titled_given_name_before_a_known_short_form_is_one_person():
    # the knowledge base knows ماتيس (James Mattis); this text spells his first name جيم
    doc = run("ووصل وزير الدفاع الأمريكي جيم ماتيس إلى كابل أمس.")
    person = entity(doc, "جيم ماتيس")
    assert person.mentions[0].title == "وزير الدفاع الأمريكي" and person.kb_id == "james-mattis"
    assert len([e for e in doc.entities if e.type == "Person"]) == 1
    # a noun after the title is no given name: it joins nobody
    doc = run("ونقل الوزير إلى الرئيس الروسي تحيات الملك سلمان بن عبد العزيز.")
    assert not any(m.text.startswith("تحيات ") for e in doc.entities for m in e.mentions)


def test_a_family_name_that_starts_with_wa_is_no_conjunction():
    doc = run("وقال السفير الأمريكي جون والش إن الزيارة مهمة، والتقى الوزير سامر وأحمد.")
    persons = [e.mentions[0].text for e in doc.entities if e.type == "Person"]
    assert "جون والش" in persons and not any("وأحمد" in p for p in persons)


def test_person_after_an_envoy_and_his_destination():
    for text, name, post in (
            ("وقال المبعوث الأممي إلى اليمن يان فيدرسن إن الهدنة صامدة.", "يان فيدرسن",
             "المبعوث الأممي إلى اليمن"),
            ("وقال المندوب الصيني لدى الأمم المتحدة تشانغ جون إن القرار متوازن.", "تشانغ جون",
             "المندوب الصيني لدى الأمم المتحدة"),
            ("وصرح المبعوث الفرنسي الخاص إلى لبنان بيار دوران بأن الحل قريب.", "بيار دوران",
             "المبعوث الفرنسي الخاص إلى لبنان")):
        person = entity(run(text), name)
        assert person.type == "Person" and person.mentions[0].title == post
    # a member of a body, then a noun: no envoy, no name
    doc = run("وعين وزير دولة وعضوا في مجلس الوزراء ومبعوثا خاصا للملك.")
    assert not any(e.type == "Person" for e in doc.entities)


def test_ambiguous_country_name_in_a_list_of_countries():
    for text in ("تحالف يضم (مالي والنيجر وبوركينا فاسو).",
                 "وتعد مالي، إلى جانب النيجر، عضوا في التحالف.",
                 "اجتمع وزراء النيجر ومالي أمس."):
        assert entity(run(text), "مالي").type == "Place", text
    # مالي "financial" before a country is no list
    doc = run("قال إن الوضع المالي صعب والنيجر تعاني.")
    assert not any(m.text.endswith("مالي") for e in doc.entities for m in e.mentions)


def test_generic_heads_with_a_qualifier_are_organisations():
    doc = run("وقالت خلية الإعلام الأمني إن ضربات جوية نفذتها القوة الجوية العراقية قتلت خمسة مسلحين.")
    assert entity(doc, "خلية الإعلام الأمني").type == "Organization"
    assert entity(doc, "القوة الجوية العراقية").type == "Organization"
    doc = run("وقالت لجنة مراقبة وقف إطلاق النار إن القوة المشتركة متعددة الجنسيات هاجمت مواقع.")
    assert entity(doc, "لجنة مراقبة وقف إطلاق النار").type == "Organization"
    assert entity(doc, "القوة المشتركة متعددة الجنسيات").type == "Organization"


def test_means_after_a_title_is_not_a_name():
    doc = run("اغتالت إسرائيل قياديا في حماس بضربة بطائرة مسيرة استهدفت سيارته في صيدا.")
    assert not [e for e in doc.entities if any("بضربة" in m.text for m in e.mentions)]
    assert entity(run("وقال القيادي في حماس بسام نعيم إن الحركة ترفض."), "بسام نعيم").type == "Person"
    # a common noun after a glued preposition, after a title or after a name
    doc = run("وأصدرت المحكمة مذكرة بحق المحافظ المقال بتهمة الإهمال، والتقى أبو خالد بحزن أصدقاءه.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["أبو خالد"]


def test_acting_is_not_a_mention_of_the_agency():
    doc = run("وقالت وكالة رويترز إن المتحدث بالوكالة رفض التعليق، وأضافت الوكالة أن الوضع هادئ.")
    agency = entity(doc, "وكالة رويترز")
    assert sorted(m.text for m in agency.mentions) == ["الوكالة", "وكالة رويترز"]


def test_admiral_spelled_with_dal_is_a_title_not_a_person():
    doc = run("واستقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد قائد القيادة المركزية "
              "الأمريكية الأدميرال براد كوبر.")
    assert entity(doc, "براد كوبر").type == "Person"
    assert not [e for e in doc.entities if any(m.text == "الأدميرال" for m in e.mentions)]


def test_place_head_with_a_demonym_is_a_description_not_a_name():
    for text in ("وقال القضاء العراقي إن المتهم اعتقل.",          # the judiciary
                 "وقعت اشتباكات في المحافظة العراقية الشمالية."):   # "the northern Iraqi province"
        assert not any(e.type == "Place" for e in run(text).entities), text
    doc = run("قصفت الطائرات بلدة الكرامة في المحافظة السورية.")
    assert entity(doc, "الكرامة").type == "Place"
    assert not any("السورية" in m.text for e in doc.entities for m in e.mentions)


def test_preposition_with_a_pronoun_is_never_part_of_a_name():
    doc = run("أعلنت حركة حماس اغتيال القيادي فيها سامر خليل.")
    assert "سامر خليل" in [m.text for e in doc.entities for m in e.mentions]


def test_unit_head_with_one_indefinite_name_word_is_an_organisation():
    doc = run("وقال القيادي في فيلق بدر حسن الساعدي إن عناصر من لواء زينبيون انسحبوا.")
    assert entity(doc, "فيلق بدر").type == "Organization"
    assert entity(doc, "لواء زينبيون").type == "Organization"
    assert entity(doc, "حسن الساعدي").type == "Person"


def test_body_named_by_a_construct_chain_but_not_headed_by():
    doc = run("وأعلنت رئاسة أمن الدولة وإدارة مكافحة الإرهاب اعتقال خمسة أشخاص.")
    assert entity(doc, "رئاسة أمن الدولة").type == "Organization"
    assert entity(doc, "إدارة مكافحة الإرهاب").type == "Organization"
    doc = run("ووصل وفد برئاسة عضو المكتب السياسي للحركة إلى القاهرة.")
    assert not any(m.text.startswith("رئاسة") for e in doc.entities for m in e.mentions)


def test_unit_named_after_a_known_place_is_an_organisation_not_the_place():
    doc = run("وقالت كتيبة جنين إن مقاتليها فجروا عبوة، فيما قاتل عناصر من فيلق الشام في حلب.")
    assert entity(doc, "كتيبة جنين").type == "Organization"
    assert entity(doc, "فيلق الشام").type == "Organization"
    assert not any(m.text == "جنين" for e in doc.entities for m in e.mentions)


def test_desert_is_a_place_head_kept_in_the_name():
    doc = run("شنت القوات غارات على مواقع في صحراء تينيري شمال النيجر.")
    assert entity(doc, "صحراء تينيري").type == "Place"


def test_names_listed_after_a_plural_place_head():
    doc = run("وانتشر الجيش اللبناني في بلدات كفركلا والعديسة وميس الجبل في جنوب لبنان.")
    for name in ("كفركلا", "العديسة", "ميس الجبل"):
        assert entity(doc, name).type == "Place"
    doc = run("وتشهد مناطق واسعة من البلاد أمطارا.")
    assert not [e for e in doc.entities if e.type == "Place" and not e.kb_id]
    # a compound name first in the list, its first word a word too (بيت، كفر، عين)
    doc = run("وطالت المداهمات قرى عين سالم وزيتا وبيرين فجر اليوم.")
    for name in ("عين سالم", "زيتا", "بيرين"):
        assert entity(doc, name).type == "Place"


def test_district_with_its_title_but_a_directorate_of_common_words_is_a_body():
    doc = run("وقصفت طائرات مسيرة مديرية برمل في ولاية باكتيكا.")
    assert entity(doc, "مديرية برمل").type == "Place"
    doc = run("وقالت مديرية الأمن العام إن وزارة الدفاع العام الماضي لم تعلن شيئا.")
    assert entity(doc, "مديرية الأمن العام").type == "Organization"
    assert entity(doc, "وزارة الدفاع").type == "Organization"


def test_body_whose_construct_chain_ends_in_a_known_place():
    doc = run("وقالت قيادة عمليات الأنبار إن مديرية شرطة كركوك شاركت في العملية.")
    assert entity(doc, "قيادة عمليات الأنبار").type == "Organization"
    assert entity(doc, "مديرية شرطة كركوك").type == "Organization"


def test_acting_is_no_agency_and_a_compound_given_name_keeps_its_family_name():
    doc = run("وقال وزير الداخلية بالوكالة عبد الله سالم إن نائب الوزير مولوي فريد الله عزيزي "
              "زار العاصمة الأوزبكية طشقند.")
    assert entity(doc, "عبد الله سالم").type == "Person"
    assert entity(doc, "فريد الله عزيزي").type == "Person"
    assert not any(e.type == "Organization" for e in doc.entities)


def test_title_and_its_demonym_after_a_long_post_come_before_the_name():
    doc = run("وعقد وزير الدفاع ميشال منسى اجتماعا مع رئيس لجنة مراقبة وقف إطلاق النار "
              "الجنرال الأميركي جاسبر جيفرز.")
    assert entity(doc, "جاسبر جيفرز").type == "Person"
    assert not any(m.text == "الأميركي" for e in doc.entities for m in e.mentions)


def test_name_set_before_its_role_by_apposition():
    doc = run("وقال الجيش الإسرائيلي إن المستهدف هو حسن علي بدران، القيادي في حركة حماس.")
    assert entity(doc, "حسن علي بدران").type == "Person"
    doc = run("وقال مصدر أمني، المسؤول عن الملف، إن التحقيق مستمر.")
    assert not any(e.type == "Person" for e in doc.entities)


def test_an_operations_name_is_no_entity():
    for text in ("وأطلق الجيش التشادي عملية «حسكنيت» ضد جماعة بوكو حرام.",
                 "وتأتي الضربات في إطار عملية حسكنيت التي أطلقها الجيش."):
        doc = run(text)
        assert not any("حسكنيت" in m.text for e in doc.entities for m in e.mentions), text


def test_forces_of_a_nominal_are_that_nominal_not_a_new_force():
    doc = run("وقال الجيش الباكستاني إن مسلحين هاجموا موقعا. وردت قوات الجيش على الهجوم.")
    army = entity(doc, "الجيش الباكستاني")
    assert any(m.nominal and m.text == "الجيش" for m in army.mentions)
    assert len([e for e in doc.entities if e.type == "Organization"]) == 1


def test_region_named_by_a_direction_keeps_it():
    doc = run("وقتل جنديان في مقاطعة جنوب زامبيزي.")
    assert entity(doc, "مقاطعة جنوب زامبيزي").type == "Place"
    doc = run("وفي ولاية جنوب كردفان، قصفت قوات الدعم السريع مدينة كادقلي.")
    assert entity(doc, "ولاية جنوب كردفان").kb_id in (None, "south-kordofan")   # not Kordofan
    assert not any(m.text == "كردفان" for e in doc.entities for m in e.mentions)


def test_region_named_with_its_head_is_a_place_bare_elsewhere_in_the_article():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. وقال وزير الإعلام في بونتلاند "
              "عبد الله محمد إن العملية مستمرة.")
    region = entity(doc, "ولاية بونتلاند")
    assert "بونتلاند" in [m.text for m in region.mentions]


def test_a_conjunct_common_noun_after_a_post_is_no_name():
    doc = run("وقال رئيس لجنة الأمن والدفاع النيابية إن الوضع مستقر.")
    assert not any(e.type == "Person" for e in doc.entities)
    assert entity(run("وقال القيادي وليد جنبلاط إن الوضع مستقر."), "وليد جنبلاط").type == "Person"


def test_a_places_police_is_an_organisation():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. واعتقلت شرطة بونتلاند خمسة أشخاص.")
    assert entity(doc, "شرطة بونتلاند").type == "Organization"
    assert entity(run("واعتقلت شرطة كركوك خمسة أشخاص."), "شرطة كركوك").type == "Organization"


def test_holder_of_a_post_over_a_bare_region_name():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. واستقبل رئيس بونتلاند عبد الرحمن علي "
              "طاهر، أمس، السفير.")
    assert entity(doc, "عبد الرحمن علي طاهر").type == "Person"


def test_unit_named_by_its_number_and_later_by_the_number_alone():
    doc = run('اندلعت اشتباكات بين قوات "جهاز دعم الاستقرار" و"اللواء 444 قتال". وأعلن اللواء 444 في بيان '
              'أنه اعتقل القيادي.')
    unit = entity(doc, "اللواء 444 قتال")
    assert unit.type == "Organization" and "اللواء 444" in [m.text for m in unit.mentions]


def test_general_command_and_military_region_are_bodies_of_their_own():
    doc = run("وقال مصدر عسكري في القيادة العامة للقوات المسلحة الأردنية إن المنطقة العسكرية الشرقية "
              "رصدت مجموعة مسلحة.")
    assert entity(doc, "القيادة العامة للقوات المسلحة الأردنية").type == "Organization"
    assert entity(doc, "المنطقة العسكرية الشرقية").type == "Organization"


def test_jordans_army_by_its_name_the_arab_army_once_anchored():
    doc = run("أعلنت القوات المسلحة الأردنية - الجيش العربي، الأحد، مقتل أربعة مهربين.")
    assert entity(doc, "الجيش العربي").kb_id == "jordanian-army"
    assert entity(run("وقال الجيش العربي إن القوات تقدمت."), "الجيش العربي").kb_id is None


def test_facility_named_after_a_known_place_is_its_own_place():
    doc = run("وشن مسلحون هجوما بطائرة مسيرة استهدف مطار أربيل الدولي فجر الأحد.")
    airport = entity(doc, "مطار أربيل الدولي")
    assert airport.type == "Place" and airport.kb_id is None


def test_demonym_of_a_smaller_country_ends_the_title_not_starts_the_name():
    doc = run("وزار وزير الدفاع الموزمبيقي فيليبي نيوسي، أمس، مدينة بيمبا.")
    person = entity(doc, "فيليبي نيوسي")
    assert person.type == "Person"
    assert not any(m.text.startswith("الموزمبيقي") for e in doc.entities for m in e.mentions)


def test_rank_word_rukn_stays_out_of_the_name():
    doc = run("والتقى رئيس الأركان الفريق أول ركن سالم حمد الزيدي، أمس، في بغداد.")
    assert entity(doc, "سالم حمد الزيدي").type == "Person"


def test_title_word_after_abd_is_part_of_the_name():
    doc = run("وقال العقيد عبد الأمير حسن الزيدي إن القوات تقدمت.")
    assert entity(doc, "عبد الأمير حسن الزيدي").type == "Person"


def test_definite_first_name_before_bin_is_not_a_title_adjective():
    doc = run("وقال المتحدث باسم الجيش، العقيد المهدي بن علي الزغبي، إن القوات ردت.")
    assert entity(doc, "المهدي بن علي الزغبي").type == "Person"


def test_unit_named_after_a_person_is_an_organisation():
    doc = run("وتنشط في الجبال كتيبة عمر بن الخطاب، المرتبطة بتنظيم القاعدة.")
    assert entity(doc, "كتيبة عمر بن الخطاب").type == "Organization"


def test_quoted_name_after_an_organisation_head():
    doc = run('وتبنت جماعة "أنصار الحق" الهجوم على الدورية.')
    assert entity(doc, "أنصار الحق").type == "Organization"


def test_place_head_before_a_preposition_has_no_name():
    doc = run("وقتل العشرات في غارة على مخيم للنازحين في منطقة تل السلطان غربي مدينة رفح.")
    assert not any(m.text.startswith("مخيم") for e in doc.entities for m in e.mentions)
    assert entity(doc, "تل السلطان").type == "Place"


def test_radio_station_is_a_media_organisation():
    doc = run("وقالت إذاعة الفجر إن الوضع هادئ في المدينة.")
    e = entity(doc, "إذاعة الفجر")
    assert e.type == "Organization" and e.subtype == "MediaOrganization"


def test_accusative_adjective_after_an_indefinite_title_is_no_name():
    doc = run("وقال الوزير إن بين القتلى قياديا أجنبيا في تنظيم داعش يدعى سالم بشير الحسن.")
    assert not any(m.text == "أجنبيا" for e in doc.entities for m in e.mentions)
    assert entity(doc, "سالم بشير الحسن").type == "Person"
    assert entity(run("وقال الشيخ زكريا حسن العلي إن الوضع هادئ."), "زكريا حسن العلي").type == "Person"


def test_delegation_word_is_no_name():
    doc = run("والتقى محافظ المدينة سالم حسن، أمس، في المدينة وفدا من الحركة.")
    assert not any(m.text == "وفدا" for e in doc.entities for m in e.mentions)
    assert not run("والتقى الوزير وفدا من الحركة.").entities


def test_a_clitic_before_the_article_leaves_the_article_in_the_name():
    doc = run("وأدانت الجامعة العربية والحكومة الصومالية الهجوم.")
    assert entity(doc, "الحكومة الصومالية").type == "Organization"


def test_the_post_of_a_bodys_owner_comes_before_the_name():
    doc = run("وقال رئيس المكتب السياسي للجبهة سامر خليل إن المفاوضات متعثرة.")
    assert entity(doc, "سامر خليل").type == "Person"
    assert not [e for e in doc.entities if any(m.text.startswith("للجبهة") for m in e.mentions)]


def test_a_participle_after_a_post_is_no_name():
    doc = run("وأعلن محافظ حمص المكلف في كلمة إغلاق الطرق.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_name_after_a_title_does_not_start_with_a_conjunction_nor_end_in_a_verb():
    doc = run("ودرب المسلح الإرهابي وقاتل مع الجماعة. وقال إن الملا منصور زعيما للحركة.")
    persons = sorted(m.text for e in doc.entities if e.type == "Person" for m in e.mentions)
    assert persons == ["منصور"]


def test_the_word_capital_before_a_known_city_is_a_title_not_part_of_its_name():
    doc = run("وتظاهر المئات في العاصمة بيروت، وقال زائر للعاصمة السورية إن الطرق مغلقة.")
    assert "بيروت" in [m.text for m in entity(doc, "بيروت").mentions]
    assert not [e for e in doc.entities if any(m.text == "العاصمة بيروت" for m in e.mentions)]


def test_a_place_head_with_the_article_takes_an_adjective_not_a_name():
    doc = run("وقصفت المدفعية المنطقة الحدودية، ثم البلدة الواقعة قرب النهر.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_an_indefinite_adjective_after_a_place_head_is_no_name():
    doc = run("وأغلق الجيش منطقة واسعة قرب الساحل، ونقل الجرحى إلى منطقة بعيدة عن القصف.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_an_indefinite_title_with_a_nisba_describes_a_leader_it_does_not_name():
    doc = run("واعتقلت الشرطة قيادي داعشي فر من السجن.")
    assert not [e for e in doc.entities if e.type == "Person" and not all(m.nominal for m in e.mentions)]


def test_a_unit_named_by_its_rank_and_arm_and_a_spokesman_past_its_owner():
    doc = run("وأكد متحدث باسم الفرقة الثالثة مدرعات التابعة للجيش السوداني سامر العبيدي أن الهجوم صُد.")
    assert entity(doc, "الفرقة الثالثة مدرعات").type == "Organization"
    assert entity(doc, "سامر العبيدي").type == "Person"
    assert not [e for e in doc.entities if any(m.text in ("مشاة", "التابع") for m in e.mentions)]
    # the arm as a definite adjective stays in the name
    doc = run("وسيطرت الفرقة السابعة المدرعة على التلال جنوبي المدينة.")
    assert entity(doc, "الفرقة السابعة المدرعة").type == "Organization"


def test_tagger_persons_that_are_a_prepositional_phrase_or_a_common_word_are_dropped():
    from kg.segment import segment
    from kg.mentions import ner_mentions

    text = "وخرج العبيدي بثوب أبيض من القاعة. وأعلنت فيزا عن خدمة مع مايكل."
    sents = segment(text)
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O"], ["O", "B-PER", "O", "O", "O", "O", "O"]]
    assert ner_mentions(sents, text, tags, set()) == []
    tags[1] = ["O", "O", "O", "O", "O", "B-PER", "O"]   # a foreign given name stays
    tags[0] = ["O", "B-PER", "O", "O", "O", "O", "O"]     # a family name the lexicons know stays
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["العبيدي", "مايكل"]


def test_a_tagged_person_loses_the_preposition_glued_to_a_given_name():
    from kg.mentions import ner_mentions
    from kg.segment import segment

    text = "وعين سامي خلفا لأحمد سعيد."
    sents = segment(text)
    tags = [["O", "O", "O", "B-PER", "I-PER", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set())] == ["أحمد سعيد"]


def test_tagger_persons_that_are_a_noun_and_a_nationality_are_dropped():
    from kg.kb import load_kb
    from kg.mentions import ner_mentions
    from kg.segment import segment

    text = "واستشهد شاب فلسطيني أمس، وقال سامي حداد إن."
    sents = segment(text)
    tags = [["O", "B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER", "O", "O"]]
    assert [m.text for m in ner_mentions(sents, text, tags, set(), load_kb())] == ["سامي حداد"]

def test_a_name_with_abdullah_written_as_one_word_after_a_title_adjective():
    doc = run("وتحدث عن أيام الرئيس الراحل علي عبدالله صالح في الحكم.")
    assert entity(doc, "علي عبدالله صالح").type == "Person"


def test_a_body_whose_name_holds_a_known_place_is_one_organisation():
    doc = run("وسيطر مجلس الرقة العسكري على القرية، وقالت قوات حماية عدن إن مجلس شورى ثوار الموصل "
              "انسحب، وأصدرت محكمة جنايات البصرة الاتحادية حكما.")
    for name in ("مجلس الرقة العسكري", "قوات حماية عدن", "مجلس شورى ثوار الموصل",
                 "محكمة جنايات البصرة الاتحادية"):
        assert entity(doc, name).type == "Organization", name
    doc = run("وشاركت قوة دفاع الكويت في المناورات.")
    assert entity(doc, "قوة دفاع الكويت").type == "Organization"


def test_headed_by_and_a_direction_are_not_a_bodys_name():
    doc = run("ووصل وفد برئاسة سامر خليل إلى بغداد، وتقع مديرية الجوبة شمال غربي محافظة مأرب.")
    orgs = [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions]
    assert not any("سامر" in o or "مأرب" in o for o in orgs), orgs


def test_a_municipality_and_a_unit_named_for_its_martyrs():
    doc = run("وقال رئيس بلدية كفرزيتا إن عناصر من كتيبة شهداء أبو عمر انسحبوا.")
    assert entity(doc, "بلدية كفرزيتا").type == "Organization"
    assert entity(doc, "كتيبة شهداء أبو عمر").type == "Organization"


def test_a_title_word_that_ends_a_name_is_its_family_name():
    doc = run("وأصيب العقيد سامر الشيخ الذي قاد الدورية.")
    assert entity(doc, "سامر الشيخ").type == "Person"


def test_facilities_named_after_a_titled_person_a_rare_word_or_in_parentheses():
    doc = run("ونقل الجرحى إلى مستشفى الملك خالد، وأضرب أسرى سجن عسقلان وسجن (عوفر) عن الطعام.")
    for name in ("مستشفى الملك خالد", "سجن عسقلان", "سجن (عوفر)"):
        assert entity(doc, name).type == "Place", name


def test_a_compound_place_name_after_its_head_keeps_its_common_second_word():
    doc = run("وداهمت القوات بلدة بيت سالم فجر اليوم.")
    assert entity(doc, "بيت سالم").type == "Place"


def test_headed_by_is_no_command_and_a_verb_after_a_place_head_no_name():
    doc = run("وتحرك رتل بقيادة ضابط كبير، ووقع الانفجار في منطقة أصبحت خالية.")
    assert not [e for e in doc.entities if any(m.text.startswith("قيادة") or m.text == "أصبحت"
                                               for m in e.mentions)]


def test_a_news_agency_named_by_a_foreign_word():
    doc = run("وذكرت وكالة سبوتنيك للأنباء أن الشرطة اعتقلت شابين.")
    assert entity(doc, "وكالة سبوتنيك للأنباء").type == "Organization"


def test_a_dual_of_a_common_noun_is_no_person():
    from kg.segment import segment
    from kg.mentions import ner_mentions

    text = "وقال مسلحان إن الطريق مغلق."
    assert ner_mentions(segment(text), text, [["O", "B-PER", "O", "O", "O", "O"]], set()) == []


def test_a_definite_head_after_a_conjunction_takes_no_construct_chain():
    doc = run("وتلتقي المؤسسة الدينية والرئاسة ووزارة الخارجية في الموقف.")
    assert "الرئاسة ووزارة الخارجية" not in [m.text for e in doc.entities for m in e.mentions]


def test_a_direction_with_a_preposition_is_no_name_word():
    doc = run("واندلع حريق داخل مطعم بوسط المدينة.")
    assert not [e for e in doc.entities if any("بوسط" in m.text for m in e.mentions)]


def test_a_namesake_facility_stops_before_a_preposition_and_keeps_bin():
    doc = run("ونقل المصاب إلى مستشفى الملك خالد بحائل للعلاج، ثم إلى مستشفى الأمير سلطان بن عبدالعزيز.")
    assert entity(doc, "مستشفى الملك خالد").type == "Place"
    assert entity(doc, "مستشفى الأمير سلطان بن عبدالعزيز").type == "Place"


def test_a_preposition_starts_no_bodys_name_and_an_engineer_is_a_title():
    doc = run("وطرحت بلدية بمخطط الشفاء مشروعا، وقال المهندس سامر القرشي بالرئاسة المهندس فهد العمري إن العمل بدأ.")
    texts = [m.text for e in doc.entities for m in e.mentions]
    assert "بلدية بمخطط الشفاء" not in texts and "الرئاسة المهندس" not in texts
    assert entity(doc, "فهد العمري").type == "Person"


def test_media_named_by_a_foreign_word_or_a_known_place():
    doc = run("ونقلت وكالة سبوتنيك عن مصدر أن صحيفة الرياض نشرت الخبر، وذكرت صحيفة يومية أنه صحيح.")
    assert entity(doc, "وكالة سبوتنيك").type == "Organization"
    assert entity(doc, "صحيفة الرياض").type == "Organization"
    assert "صحيفة يومية" not in [m.text for e in doc.entities for m in e.mentions]


def test_a_forces_name_ends_before_where_it_stands_and_a_prison_named_in_quotes():
    doc = run("وقصفت المدفعية قوات النظام المتمركزة قرب الجسر، وأضرب الأسرى في سجن «عوفر».")
    assert entity(doc, "قوات النظام").type == "Organization"
    assert entity(doc, "سجن «عوفر»").type == "Place"


def test_neighbourhoods_named_by_a_construct_or_after_a_titled_person():
    doc = run("وقصفت الطائرات حي باب التبانة وحي الشيخ مقصود، وسيطرت على منطقة سيطرة أخرى.")
    assert entity(doc, "حي باب التبانة").type == "Place"
    assert entity(doc, "حي الشيخ مقصود").type == "Place"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_nisba_before_a_tagger_person_is_left_out():
    from kg.kb import load_kb
    from kg.segment import segment
    from kg.mentions import ner_mentions

    text = "وزار وزير الخارجية الأمريكي جون كيري المنطقة"
    tags = [["O", "O", "O", "B-PER", "I-PER", "I-PER", "O"]]
    assert [m.text for m in ner_mentions(segment(text), text, tags, set(), load_kb())] == ["جون كيري"]


def test_a_direction_word_never_ends_a_name():
    from kg.mentions import is_name_word, person_name_after
    from kg.segment import segment

    s = segment("وقال القيادي سامر خليل شمال، إن الهجوم صُد.")[0]
    assert not is_name_word(s.tokens[4], allow_common=True)
    assert person_name_after(s.tokens, 2, set()) == 4


def test_a_titled_name_stops_before_a_noun_with_a_pronoun_suffix():
    doc = run("وأعلن القيادي ماهر سعيد انضمامه إلى جبهة التحرير أمس.")
    assert entity(doc, "ماهر سعيد").type == "Person"


def test_a_place_is_also_named_with_its_town_head_or_its_province_head():
    from kg.jsonl import document_to_record
    from kg.mentions import headed_names
    from kg.model import Entity, Mention
    doc = run("قصفت الطائرات بمدينة الزرقاء مواقع، ثم قرية الدالية أمس.")
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert {"مدينة الزرقاء", "قرية الدالية"} <= names
    text = "في محافظة إدلب وبمخيم الهول"
    e = Entity("e1", "Place", [Mention(10, 14, "إدلب", "Place"), Mention(22, 27, "الهول", "Place")])
    assert headed_names(text, e) == ["محافظة إدلب", "مخيم الهول"]
    doc = run("اعتقلت الشرطة رجلين في محافظة الحديدة أمس.")
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert "محافظة الحديدة" in names


def test_mosques_palaces_and_camps_are_facilities():
    doc = run("وقع تفجير في مسجد الإمام الحسين قرب قصر الرحاب ومعسكر الرشيد أمس.")
    for name in ("مسجد الإمام الحسين", "قصر الرحاب", "معسكر الرشيد"):
        assert entity(doc, name).type == "Place"


def test_an_organisation_is_also_named_with_the_head_noun_before_its_quoted_name():
    from kg.jsonl import document_to_record
    doc = run('وصل وفد من حركة «النهضة» إلى تونس أمس.')
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert "حركة «النهضة»" in names


def test_a_kunya_name_stops_before_a_noun_with_a_pronoun_suffix():
    doc = run("ونقلت الوكالة عن القيادي ماهر أبو عادل قوله إن الهجوم فشل.")
    assert entity(doc, "ماهر أبو عادل").type == "Person"


def _place_names(doc):
    return sorted(m.text for e in doc.entities if e.type == "Place" for m in e.mentions)


def test_two_places_after_a_dual_district_or_camp_head():
    doc = run("ونفذت القوات مداهمات في مديريتي البريقة والشيخ عثمان، وقصفت الطائرات مخيمي اليرموك وخان الشيح.")
    assert {"البريقة", "الشيخ عثمان", "اليرموك", "خان الشيح"} <= set(_place_names(doc))


def test_places_listed_after_plural_district_and_quarter_heads():
    doc = run("ووصلت الجثث إلى مديريات عنس وجهران، فيما قصفت المدفعية أحياء الوعر والقصور.")
    assert {"عنس", "جهران", "الوعر", "القصور"} <= set(_place_names(doc))


def test_a_suffixed_noun_ends_a_list_of_places():
    doc = run("وتعد مخيمات الأردن وأكثرها ازدحاما مقصدا للاجئين.")
    assert "أكثرها" not in _place_names(doc)


def test_birthplace_idiom_is_no_muscat():
    doc = run("واعتقلت الشرطة أقاربه في بلدة قعفور، مسقط رأس المنفذ، ثم وصل الوزير إلى مسقط أمس.")
    muscat = [m for e in doc.entities if e.wikidata == "Q3826" for m in e.mentions]
    assert len(muscat) == 1 and doc.article.text[muscat[0].end:].startswith(" أمس")


def test_a_known_persons_name_after_given_names_is_another_person():
    doc = run("وقاد ماهر الأسد الفرقة الرابعة، فيما استقبل الرئيس بشار الأسد الوفد، "
              "وقال وزير الدفاع الشيخ ناصر صباح الأحمد إنه رفض الاستقالة.")
    maher = entity(doc, "ماهر الأسد")
    bashar = entity(doc, "بشار الأسد")
    assert maher is not bashar and maher.wikidata is None and bashar.wikidata
    nasser = entity(doc, "ناصر صباح الأحمد")
    assert nasser.wikidata is None and [m.text for m in nasser.mentions] == ["ناصر صباح الأحمد"]


def test_streets_settlements_shrines_checkpoints_and_straits_are_places():
    doc = run("أصاب صاروخ سيارته في شارع عمر المختار، قرب مستوطنة شافي شومرون ومرقد شاه جراغ، "
              "وعند حاجز الجلمة على ضفاف مضيق البوسفور، وهاجم مسلحون مجمع تيقنتورين للغاز.")
    assert {"شارع عمر المختار", "مستوطنة شافي شومرون", "مرقد شاه جراغ", "حاجز الجلمة", "مضيق البوسفور",
            "مجمع تيقنتورين للغاز"} <= set(_place_names(doc))
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_street_with_an_adjective_is_no_named_street():
    doc = run("انفجرت سيارة في شارع مكتظ وسط المدينة، وأخرى في شارع الرشيد.")
    assert _place_names(doc) == ["شارع الرشيد"]


def test_a_district_named_by_a_known_town_or_before_a_preposition():
    doc = run("قُتل مجندون في مديرية المنصورة بمدينة عدن، واستهدف الحوثيون مخيمات النازحين في مديرية "
              "صرواح بالصواريخ، وقال مدير مديرية الأمن العام إن التحقيق بدأ.")
    assert entity(doc, "مديرية المنصورة").type == "Place"
    assert entity(doc, "مديرية صرواح").type == "Place"
    assert entity(doc, "مديرية الأمن العام").type == "Organization"


def test_an_agency_university_or_operations_room_named_with_a_place_is_one_organisation():
    doc = run("وبثت وكالة نواكشوط للأنباء التسجيل، وأفاد مصدر لوكالة تونس أفريقيا للأنباء بأن طلابا من "
              "جامعة كراتشي خطفوا على أيدي مسلحين تابعين لغرفة عمليات ثوار ليبيا.")
    for name in ("وكالة نواكشوط للأنباء", "وكالة تونس أفريقيا للأنباء", "جامعة كراتشي", "غرفة عمليات ثوار ليبيا"):
        assert entity(doc, name).type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_facility_head_before_an_adjective_names_no_facility():
    doc = run("وحولها الجيش إلى قاعدة محصنة، وأقيم مستشفى ميداني قرب سجن صيدنايا.")
    assert _place_names(doc) == ["سجن صيدنايا"]


def test_a_group_or_company_head_names_an_organisation_only_before_quotes():
    doc = run("وقال الجيش إنه استهدف مقرا لمجموعة «عرين الأسود» في نابلس، فيما انسحبت شركة «ستات أويل» "
              "من المشروع، واعتقلت مجموعة من المسلحين.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert {"عرين الأسود", "ستات أويل"} <= orgs
    assert not any("المسلحين" in o for o in orgs)


def test_a_kind_of_area_or_a_term_after_a_place_head_is_no_place():
    doc = run("تدهور الوضع في منطقة النزاع شرق البلاد، وتراجع النمو في منطقة اليورو.")
    assert not [e for e in doc.entities if e.type == "Place"]
    doc = run("تنتهي ولاية الرئيس في الربيع، وينادي التيار بتبني ولاية الفقيه في العراق.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Place"] == ["العراق"]
    doc = run("ومن ناحية أخرى تقدمت القوات نحو حلب.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Place"] == ["حلب"]
    doc = run("وأعفي الأمير من ولاية العهد وعين أخوه لولاية العهد في الرياض.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Place"] == ["الرياض"]
    doc = run("فضل السكان قضاء العيد في قرية الشيخ مسكين بريف درعا.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Place"} == {"الشيخ مسكين", "درعا"}


def test_a_chained_gulf_name_is_one_person_and_its_fathers_are_no_one():
    doc = run("استقبل الأمير فيصل بن سلمان بن عبدالعزيز الوفد، وحضر الأمير سعود بن عبدالله بن "
              "منصور بن جلوي الحفل.")
    people = [[m.text for m in e.mentions] for e in doc.entities if e.type == "Person"]
    assert people == [["فيصل بن سلمان بن عبدالعزيز"], ["سعود بن عبدالله بن منصور بن جلوي"]]
    assert not any(e.kb_id == "king-salman" for e in doc.entities)
    doc = run("التقى الشيخ حمدان بن زايد بن سلطان آل نهيان وفدا من بغداد.")
    assert "حمدان بن زايد بن سلطان آل نهيان" in [e.mentions[0].text for e in doc.entities]
    doc = run("وكان الوزير سامي بن عامي قد زار المخيم.")     # a common word after بن is a name
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["سامي بن عامي"]


def test_a_sound_a_month_or_a_pious_formula_is_no_entity():
    doc = run("وهز دوي انفجار الحي الشرقي مساء الجمعة، في مارس (آذار) 2015.")
    assert not [e for e in doc.entities if e.type == "Person"]
    doc = run("توفي الشيخ سالم الدوسري -رحمه الله- في الرياض.")
    assert sorted(e.mentions[0].text for e in doc.entities) == ["الرياض", "سالم الدوسري"]


def test_a_common_word_the_tagger_calls_a_body_is_one_only_after_the_bodys_full_name():
    doc = run("شارك الشباب في المهرجان بالرياض.")
    assert not [e for e in doc.entities if e.type == "Organization"]
    doc = run("هاجمت حركة الشباب قاعدة في مقديشو. وقال متحدث إن مقاتلي الشباب انسحبوا.")
    assert "الشباب" in [m.text for m in entity(doc, "حركة الشباب").mentions]


def test_a_word_after_a_posts_known_holder_is_no_second_person():
    doc = run("نقل وزير الدفاع خالد بحاح المحتجز إلى مكان آخر.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["خالد بحاح"]


def test_an_organisation_head_used_as_an_ordinary_noun_or_described_names_no_body():
    doc = run("وأعلن الوزير إنشاء لجنة دائمة لمتابعة الأسعار، وشُلت حركة المرور، وتعطل جهاز "
              "الكمبيوتر، وتراجعت قوة الدولار.")
    assert not [e for e in doc.entities if e.type == "Organization"]
    doc = run("وقال بيان لحركة حماس إن جهاز الأمن اعتقل عنصرا، واجتمعت لجنة مراقبة وقف إطلاق النار.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "حركة حماس", "جهاز الأمن", "لجنة مراقبة وقف إطلاق النار"}
    # وحدة is unity before these words, a unit before others
    doc = run("ودعا الشيخ إلى وحدة الصف ووحدة الوطن، فيما قصفت وحدة الصواريخ مواقع للمسلحين.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Organization"] == ["وحدة الصواريخ"]


def test_an_alias_cue_needs_its_name_introduced_and_a_feminine_one_a_persons_name():
    doc = run("وقتل سامر العلي المعروف باسم الذئب في غارة.")
    assert [m.text for m in entity(doc, "سامر العلي").mentions] == ["سامر العلي", "الذئب"]
    doc = run("ومن أنصاره الشرعي أبو ماريا القحطاني، المعروف عنه تشدده ضد التنظيم.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["أبو ماريا القحطاني"]
    doc = run("وتعد الجبنة المعروفة بـ “الدلة الفخارية” من أشهر الأواني، والكنيسة المعروفة، فكان الرد واضحا.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_country_adjective_or_a_participle_after_a_headed_place_name_is_not_in_it():
    doc = run("وقع الهجوم في مدينة ميلانو الإيطالية، ثم سيطرت القوات على بلدة كراسنوفكا الخاضعة لسيطرة الحكومة.")
    assert sorted(e.mentions[0].text for e in doc.entities if e.type == "Place") == ["كراسنوفكا", "ميلانو"]


def test_quoted_names_after_a_place_head_are_places():
    doc = run('حاولت القوات التقدم نحو قرى "الوردة"، و"تل سلمو"، ثم قصفت قرية «الكرامة».')
    assert sorted(e.mentions[0].text for e in doc.entities if e.type == "Place") == ["الكرامة", "الوردة", "تل سلمو"]


def test_a_chained_name_ends_with_a_listed_family_name_even_a_common_word():
    doc = run("استقبل الوزير عادل بن ناصر الشهري الوفد.")     # الشهري "monthly" is a family name here
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["عادل بن ناصر الشهري"]


def test_a_known_name_quoted_after_a_facility_head_is_the_facilitys():
    doc = run("استهدف الانفجار فندق «الجزيرة» في مقديشو، وقالت قناة «الجزيرة» إن القتلى كثر.")
    channel = [e for e in doc.entities if e.kb_id == "al-jazeera"]
    assert len(channel) == 1 and len(channel[0].mentions) == 1


def test_a_preposition_and_a_common_noun_end_a_kunya_name():
    # "بدم بارد" (in cold blood) is no part of the name
    from kg.mentions import person_name_after
    from kg.segment import segment
    s = segment("وقتلوا المواطن أبو سامر بدم بارد أمام منزله.")[0]
    i = s.norms.index("سامر")
    assert person_name_after(s.tokens, i, set()) == i + 1
    assert person_name_after(s.tokens, i + 1, set()) == i + 1     # after a kunya's first word
    doc = run("وقتلوا المواطن أبو سامر بدم بارد أمام منزله.")
    assert [m.text for e in doc.entities if e.type == "Person" for m in e.mentions] == ["أبو سامر"]


def test_a_district_before_a_participle_a_conjunct_or_with_a_compound_name():
    doc = run("واستهدفت الغارات مديرية زبيد ومواقع أخرى، وانسحب المسلحون من مديرية همدان التابعة لمحافظة "
              "صنعاء ومن مديرية دار سلمان.")
    for name in ("مديرية زبيد", "مديرية همدان", "مديرية دار سلمان"):
        assert entity(doc, name).type == "Place"


def test_a_date_with_a_month_and_a_year_is_no_person():
    doc = run("وينتهي العقد في (3 رجب 1437هـ) الموافق (10 أبريل 2016م) حسب الاتفاق.")
    assert [e for e in doc.entities if e.type == "Person"] == []


def test_the_future_particle_after_a_place_head_is_no_name():
    doc = run("وأضاف أن كل منطقة فسوف تنال حصتها من المساعدات.")
    assert [e for e in doc.entities if e.type == "Place"] == []


def test_a_short_nisba_after_a_facility_head_is_no_name():
    doc = run("وأعلن الجيش إقامة جسر جوي بين العاصمة والجنوب.")
    assert [e for e in doc.entities if e.type == "Place" and any("جسر" in m.text for m in e.mentions)] == []


def test_a_committee_that_organises_protests_is_no_named_body():
    doc = run("وقرر الطلاب تأسيس لجنة تتولى تنظيم الرحلات، وأخرى تشرف على تنظيم المسيرات.")
    assert [e for e in doc.entities if e.type == "Organization"] == []


def test_former_before_a_name_is_a_title():
    doc = run("وقضت المحكمة بسجن رئيس الوزراء الأسبق نادر الحلبي خمس سنوات.")
    assert entity(doc, "نادر الحلبي").type == "Person"


def test_the_deposed_before_a_name_is_a_title():
    doc = run("وتقاتل ميليشيا الحوثي والمخلوع زيدان منذ أشهر.")
    assert entity(doc, "زيدان").type == "Person"
