"""Organisation heads: where the name after an organisation head ends (kg/mentions_org_heads.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_organisation_head_and_construct():
    doc = run("تبنت جبهة فتح الشام الهجوم، ونفت ألوية الفجر أي صلة.")
    assert entity(doc, "جبهة فتح الشام").type == "Organization"
    assert entity(doc, "ألوية الفجر").type == "Organization"


def test_enlisted_within_ends_an_organisation_name():
    doc = run("هاجم لواء السلطان المنضوي ضمن الجيش الوطني السوري مواقع للتنظيم.")
    assert entity(doc, "لواء السلطان").type == "Organization"


def test_group_names_made_of_common_words_after_a_naming_head():
    doc = run("وإن زعيمها عضو في كتائب سيد الشهداء المرتبطة بالحرس الثوري الإيراني.")
    assert entity(doc, "كتائب سيد الشهداء").type == "Organization"
    doc = run("اعتقل القيادي في جهاز دعم الاستقرار، عادل بن زايد.")
    assert entity(doc, "جهاز دعم الاستقرار").type == "Organization"
    doc = run("اجتمع وزراء دفاع دول تحالف دول الساحل أمس.")
    assert entity(doc, "تحالف دول الساحل").type == "Organization"
    doc = run("أعلن الحزب عن تحالف لتشكيل الحكومة الجديدة.")
    assert not any(m.text.startswith("تحالف لتشكيل") for e in doc.entities for m in e.mentions)


def test_a_brigade_named_by_a_construct_and_a_syndicate_are_organisations():
    doc = run("وأعلن لواء نور الحق مسؤوليته، فيما أعلنت نقابة الصيادلة الإضراب.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "لواء نور الحق", "نقابة الصيادلة"}


def test_what_a_group_did_is_no_word_of_its_name():
    doc = run("وتبنى تنظيم الفرسان الهجوم، ونفذت جماعة المرابطين العملية، واجتمعت قيادة العمليات المشتركة.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "تنظيم الفرسان", "جماعة المرابطين", "قيادة العمليات المشتركة"}


def test_what_a_body_announced_is_no_word_of_its_name():
    doc = run("وأعلنت وزارة الداخلية الإفراج عن عشرة معتقلين، وأعلنت هيئة الأركان المشتركة القضاء "
              "على خمسة مسلحين.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "وزارة الداخلية", "هيئة الأركان المشتركة"}


def test_generic_heads_with_a_qualifier_are_organisations():
    doc = run("وقالت خلية الإعلام الأمني إن ضربات جوية نفذتها القوة الجوية العراقية قتلت خمسة مسلحين.")
    assert entity(doc, "خلية الإعلام الأمني").type == "Organization"
    assert entity(doc, "القوة الجوية العراقية").type == "Organization"
    doc = run("وقالت لجنة مراقبة وقف إطلاق النار إن القوة المشتركة متعددة الجنسيات هاجمت مواقع.")
    assert entity(doc, "لجنة مراقبة وقف إطلاق النار").type == "Organization"
    assert entity(doc, "القوة المشتركة متعددة الجنسيات").type == "Organization"


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


def test_unit_named_after_a_person_is_an_organisation():
    doc = run("وتنشط في الجبال كتيبة عمر بن الخطاب، المرتبطة بتنظيم القاعدة.")
    assert entity(doc, "كتيبة عمر بن الخطاب").type == "Organization"


def test_radio_station_is_a_media_organisation():
    doc = run("وقالت إذاعة الفجر إن الوضع هادئ في المدينة.")
    e = entity(doc, "إذاعة الفجر")
    assert e.type == "Organization" and e.subtype == "MediaOrganization"


def test_headed_by_and_a_direction_are_not_a_bodys_name():
    doc = run("ووصل وفد برئاسة سامر خليل إلى بغداد، وتقع مديرية الجوبة شمال غربي محافظة مأرب.")
    orgs = [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions]
    assert not any("سامر" in o or "مأرب" in o for o in orgs), orgs


def test_a_municipality_and_a_unit_named_for_its_martyrs():
    doc = run("وقال رئيس بلدية كفرزيتا إن عناصر من كتيبة شهداء أبو عمر انسحبوا.")
    assert entity(doc, "بلدية كفرزيتا").type == "Organization"
    assert entity(doc, "كتيبة شهداء أبو عمر").type == "Organization"


def test_a_news_agency_named_by_a_foreign_word():
    doc = run("وذكرت وكالة سبوتنيك للأنباء أن الشرطة اعتقلت شابين.")
    assert entity(doc, "وكالة سبوتنيك للأنباء").type == "Organization"


def test_a_definite_head_after_a_conjunction_takes_no_construct_chain():
    doc = run("وتلتقي المؤسسة الدينية والرئاسة ووزارة الخارجية في الموقف.")
    assert "الرئاسة ووزارة الخارجية" not in [m.text for e in doc.entities for m in e.mentions]


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


def test_a_committee_that_organises_protests_is_no_named_body():
    doc = run("وقرر الطلاب تأسيس لجنة تتولى تنظيم الرحلات، وأخرى تشرف على تنظيم المسيرات.")
    assert [e for e in doc.entities if e.type == "Organization"] == []


def test_tribes_by_their_name_and_their_lineage():
    doc = run("واشتبك مسلحون من قبيلة الحويطات مع آخرين من قبيلة أولاد علي، وتدخل وجهاء قبائل زبيد.")
    assert entity(doc, "قبيلة الحويطات").type == "Organization"
    assert entity(doc, "قبيلة أولاد علي").type == "Organization"
    assert entity(doc, "قبائل زبيد").type == "Organization"


def test_the_tribes_of_a_region_are_no_tribe():
    doc = run("وقال شيوخ عشائر المنطقة إن قبائل البلاد ترفض القتال.")
    assert not [e for e in doc.entities if e.type == "Organization"]


def test_an_aerospace_force_named_by_its_kind():
    doc = run("وقال قائد القوة الجوفضائية إن القوة الفضائية الأمريكية رصدت الإطلاق.")
    assert entity(doc, "القوة الجوفضائية").type == "Organization"
    assert entity(doc, "القوة الفضائية الأمريكية").type == "Organization"


def test_a_demonym_ends_a_company_name_before_the_verbs_object():
    doc = run("وأعلنت شركة نوكيا الفنلندية الأرباح أمس.")
    assert entity(doc, "شركة نوكيا الفنلندية").type == "Organization"
    assert not [m.text for e in doc.entities for m in e.mentions if "الأرباح" in m.text]


def test_a_group_named_after_a_kunya():
    doc = run("وتبنت جماعة أبو سياف الهجوم، فيما قاتلت كتيبة أبو عمارة في المدينة.")
    assert entity(doc, "جماعة أبو سياف").type == "Organization"
    assert entity(doc, "كتيبة أبو عمارة").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_company_or_a_charity_named_by_one_foreign_word():
    doc = run("وقالت منظمة كيرتاس إن شركة دالسان قطعت الخدمة.")
    assert entity(doc, "منظمة كيرتاس").type == "Organization"
    assert entity(doc, "شركة دالسان").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Person"]
    doc = run("وأعلنت شركة توتال إنرجيز تعليق المشروع.")
    assert entity(doc, "شركة توتال إنرجيز").type == "Organization"


def test_a_body_named_for_a_town_of_two_words_takes_the_whole_name():
    doc = run("وقال رئيس بلدية طوز خورماتو علي الحسيني إن مهاجما فجر نفسه.")
    assert {(e.type, e.mentions[0].text) for e in doc.entities} == {
        ("Organization", "بلدية طوز خورماتو"), ("Person", "علي الحسيني")}


def test_a_wing_in_apposition_after_a_body_is_no_word_of_its_name():
    doc = run("وقال بختيار دوغان، الناطق الرسمي لقوات حماية الشعب الجناح العسكري لحزب العمال الكردستاني، "
              "إن الطائرات قصفت.")
    assert entity(doc, "قوات حماية الشعب").type == "Organization"
    assert not [m for e in doc.entities for m in e.mentions if "الجناح" in m.text]


def test_organising_something_is_no_organisation():
    for text in ("وشهد شهر رمضان تنظيم العديد من المسابقات.", "ورأى كثيرون أن توقيت تنظيم المعرض كان سيئا.",
                 "وحرص الرسول على تنظيم العلاقة بين المسلمين واليهود.", "وترأس صديقه تنظيم الحدث ليلة الجمعة."):
        assert not [e for e in run(text).entities if e.type == "Organization"], text


def test_a_league_is_an_organisation_head():
    doc = run("وتوسطت عصبة الأنصار لوقف الاشتباكات في المخيم.")
    assert entity(doc, "عصبة الأنصار").type == "Organization"


def test_a_second_tribe_listed_after_tribes_x():
    doc = run("وانضم مسلحون من قبائل حاشد وبكيل إلى القوات في الجبهة.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert "بكيل" in orgs
    doc = run("وشاركت عشائر زوبع وأبناء المنطقة في تأمين الطريق.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert not any("أبناء" in o for o in orgs)


def test_a_participle_of_make_up_or_backing_ends_a_bodys_name():
    doc = run("وقالت قوات الحماية المحلية المؤلفة من ألفي مقاتل إنها صدت هجوما، فيما تقدمت قوات النخبة المؤيدة للحكومة.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert not any("المؤلفة" in o or "المؤيدة" in o for o in orgs)


def test_a_tagged_head_and_ordinary_complement_is_no_body():
    doc = run("وقال عضو هيئة التدريس بجامعة الملك سعود الدكتور فهد العتيبي إن القرار صائب.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert orgs == {"جامعة الملك سعود"}


def test_what_a_body_announced_signing_is_no_word_of_its_name():
    doc = run("وأعلنت إدارة النادي الأهلي التوقيع رسميا مع اللاعب اليوناني.")
    assert not [m.text for e in doc.entities for m in e.mentions if "التوقيع" in m.text]
    entity(doc, "النادي الأهلي")     # (a board or management named for its body is the body)
    doc = run("وأعلنت شركة أرامكو السعودية التعاقد مع شركة هالبيرتون.")
    assert not [m.text for e in doc.entities for m in e.mentions if "التعاقد" in m.text]
    entity(doc, "شركة هالبيرتون")


def test_a_head_before_a_conjoined_verbal_noun_is_an_ordinary_noun():
    doc = run("وتضمنت الاتفاقية أن يقوم المركز بالعمل على تنظيم وتطوير المهرجان ودعم المزارعين.")
    assert not [e for e in doc.entities if e.type == "Organization"]


def test_a_bodys_noun_after_a_bodys_name_opens_a_phrase_of_its_own():
    from helpers import run
    doc = run("وبموجب الدستور الجديد يتولى مجلس الشورى السلطة التشريعية في البلاد.")
    assert [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions] == ["مجلس الشورى"]
    # البلدية is the adjective "municipal" too: a word of the ministry's name
    doc = run("وأعلنت وزارة الشؤون البلدية والقروية أمس خطتها الجديدة.")
    assert [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions] == \
        ["وزارة الشؤون البلدية والقروية"]


def test_an_army_of_a_government_recognised_internationally_is_named_in_full():
    from helpers import run
    doc = run("وقال قائد جيش الحكومة المعترف بها دوليا إن قواته تقدمت نحو الميناء.")
    assert [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions] == \
        ["جيش الحكومة المعترف بها دوليا"]


def test_a_quantity_or_the_citizens_after_a_bodys_name_are_the_verbs_object():
    doc = run("ونصحت وزارة الخارجية المواطنين بعدم السفر إلى المنطقة، "
              "وشنت منظمة القاعدة العديد من الهجمات في العقد الماضي.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert {"وزارة الخارجية", "منظمة القاعدة"} <= orgs
    assert not [o for o in orgs if "المواطنين" in o or "العديد" in o]
