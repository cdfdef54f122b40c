"""Entity mentions: the whole stage end to end (kg/mentions.py, find_mentions).

Each finder's own tests are beside its module, in tests/test_mentions_*.py.
"""
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


def test_name_stops_at_a_common_word():
    doc = run("أعلن وزير الدفاع الأردني فارس منصور إطلاق عملية عسكرية.")
    assert entity(doc, "فارس منصور").type == "Person"


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


def test_ambiguous_country_name_in_a_list_of_countries():
    for text in ("تحالف يضم (مالي والنيجر وبوركينا فاسو).",
                 "وتعد مالي، إلى جانب النيجر، عضوا في التحالف.",
                 "اجتمع وزراء النيجر ومالي أمس."):
        assert entity(run(text), "مالي").type == "Place", text
    # مالي "financial" before a country is no list
    doc = run("قال إن الوضع المالي صعب والنيجر تعاني.")
    assert not any(m.text.endswith("مالي") for e in doc.entities for m in e.mentions)


def test_admiral_spelled_with_dal_is_a_title_not_a_person():
    doc = run("واستقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد قائد القيادة المركزية "
              "الأمريكية الأدميرال براد كوبر.")
    assert entity(doc, "براد كوبر").type == "Person"
    assert not [e for e in doc.entities if any(m.text == "الأدميرال" for m in e.mentions)]


def test_acting_is_no_agency_and_a_compound_given_name_keeps_its_family_name():
    doc = run("وقال وزير الداخلية بالوكالة عبد الله سالم إن نائب الوزير مولوي فريد الله عزيزي "
              "زار العاصمة الأوزبكية طشقند.")
    assert entity(doc, "عبد الله سالم").type == "Person"
    assert entity(doc, "فريد الله عزيزي").type == "Person"
    assert not any(e.type == "Organization" for e in doc.entities)


def test_jordans_army_by_its_name_the_arab_army_once_anchored():
    doc = run("أعلنت القوات المسلحة الأردنية - الجيش العربي، الأحد، مقتل أربعة مهربين.")
    assert entity(doc, "الجيش العربي").kb_id == "jordanian-army"
    assert entity(run("وقال الجيش العربي إن القوات تقدمت."), "الجيش العربي").kb_id is None


def test_demonym_of_a_smaller_country_ends_the_title_not_starts_the_name():
    doc = run("وزار وزير الدفاع الموزمبيقي فيليبي نيوسي، أمس، مدينة بيمبا.")
    person = entity(doc, "فيليبي نيوسي")
    assert person.type == "Person"
    assert not any(m.text.startswith("الموزمبيقي") for e in doc.entities for m in e.mentions)


def test_rank_word_rukn_stays_out_of_the_name():
    doc = run("والتقى رئيس الأركان الفريق أول ركن سالم حمد الزيدي، أمس، في بغداد.")
    assert entity(doc, "سالم حمد الزيدي").type == "Person"


def test_delegation_word_is_no_name():
    doc = run("والتقى محافظ المدينة سالم حسن، أمس، في المدينة وفدا من الحركة.")
    assert not any(m.text == "وفدا" for e in doc.entities for m in e.mentions)
    assert not run("والتقى الوزير وفدا من الحركة.").entities


def test_a_name_with_abdullah_written_as_one_word_after_a_title_adjective():
    doc = run("وتحدث عن أيام الرئيس الراحل علي عبدالله صالح في الحكم.")
    assert entity(doc, "علي عبدالله صالح").type == "Person"


def test_headed_by_is_no_command_and_a_verb_after_a_place_head_no_name():
    doc = run("وتحرك رتل بقيادة ضابط كبير، ووقع الانفجار في منطقة أصبحت خالية.")
    assert not [e for e in doc.entities if any(m.text.startswith("قيادة") or m.text == "أصبحت"
                                               for m in e.mentions)]


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


def test_a_word_after_a_posts_known_holder_is_no_second_person():
    doc = run("نقل وزير الدفاع خالد بحاح المحتجز إلى مكان آخر.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["خالد بحاح"]


def test_a_date_with_a_month_and_a_year_is_no_person():
    doc = run("وينتهي العقد في (3 رجب 1437هـ) الموافق (10 أبريل 2016م) حسب الاتفاق.")
    assert [e for e in doc.entities if e.type == "Person"] == []


def test_former_before_a_name_is_a_title():
    doc = run("وقضت المحكمة بسجن رئيس الوزراء الأسبق نادر الحلبي خمس سنوات.")
    assert entity(doc, "نادر الحلبي").type == "Person"


def test_the_deposed_before_a_name_is_a_title():
    doc = run("وتقاتل ميليشيا الحوثي والمخلوع زيدان منذ أشهر.")
    assert entity(doc, "زيدان").type == "Person"


def test_a_brand_the_tagger_alone_takes_for_a_one_word_person_is_dropped():
    doc = run("وعرضت دار الأزياء من «برادا» و«فيرساتشي» تشكيلات جديدة في ميلانو.")
    assert [e.type for e in doc.entities] == ["Place"]


def test_a_person_named_over_two_lines_is_one_person():
    doc = run("وفي السياق ذاته، اعتبر ناصيف\nالبرغوثي، العضو في المجلس البلدي، أن القرار خاطئ.")
    assert [m.text for e in doc.entities if e.type == "Person" for m in e.mentions] == ["ناصيف\nالبرغوثي"]
