"""A state's generic bodies named by its adjective (kg/mentions_bodies.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def _orgs(doc):
    return sorted(m.text for e in doc.entities if e.type == "Organization" for m in e.mentions)


def test_authorities_and_services_of_a_country_are_one_organisation():
    doc = run("واعتقلت السلطات المصرية شابين، فيما قالت الأجهزة الأمنية الأردنية إنها تلاحق آخرين.")
    assert entity(doc, "السلطات المصرية").type == "Organization"
    assert entity(doc, "الأجهزة الأمنية الأردنية").type == "Organization"


def test_embassy_presidency_and_a_ministry_by_its_adjective():
    doc = run("ودعت الرئاسة الفلسطينية والسفارة الأمريكية إلى التهدئة، ونددت الخارجية التركية بالهجوم.")
    assert {"الرئاسة الفلسطينية", "السفارة الأمريكية", "الخارجية التركية"} <= set(_orgs(doc))


def test_two_adjectives_and_a_forces_kind():
    doc = run("وسلمت السلطات الكردية السورية المطلوب إلى القوات الأميركية الخاصة.")
    assert entity(doc, "السلطات الكردية السورية").type == "Organization"
    assert entity(doc, "القوات الأميركية الخاصة").type == "Organization"


def test_a_post_is_no_body_and_the_adjective_must_agree():
    from kg.kb import load_kb
    from kg.mentions_bodies import generic_body_spans
    from kg.segment import segment

    s = segment("وقال وزير الخارجية اللبناني إن البرلمان التركية لم يصوت والبرلمان التركي صوت.")[0]
    spans = generic_body_spans(s.tokens, s.norms, load_kb(), set())
    assert [" ".join(s.norms[i:j])[len(c):] for i, j, c, _ in spans] == ["البرلمان التركي"]


def test_bodies_named_by_a_fixed_adjective():
    doc = run("وأعلنت المقاومة الشعبية أن المكتب السياسي للحركة سيجتمع.")
    assert entity(doc, "المقاومة الشعبية").type == "Organization"
    assert entity(doc, "المكتب السياسي").type == "Organization"


def test_a_ministry_named_in_full_is_not_split_and_a_coalition_by_its_adjective():
    doc = run("وأعلنت وزارة الداخلية الأردنية اعتقال خلية، ورحب الائتلاف السوري بالقرار.")
    assert entity(doc, "وزارة الداخلية الأردنية").type == "Organization"
    assert entity(doc, "الائتلاف السوري").type == "Organization"


def test_a_body_after_its_head_of_post_is_still_a_body():
    doc = run("واستقبل الوزير رئيس الائتلاف السوري في مكتبه.")
    assert entity(doc, "الائتلاف السوري").type == "Organization"


def test_the_recognised_government_is_a_body():
    doc = run("وقالت الحكومة المعترف بها دوليا إن قواتها تقدمت، ورحبت الحكومة الشرعية بالقرار.")
    assert entity(doc, "الحكومة المعترف بها دوليا").type == "Organization"


def test_a_country_name_that_is_also_its_adjective_and_a_construct_head():
    doc = run("وأعلنت السلطات السعودية وأجهزة الأمن الكويتية والأمن العام اللبناني تفكيك الخلية.")
    assert {"السلطات السعودية", "أجهزة الأمن الكويتية", "الأمن العام اللبناني"} <= set(_orgs(doc))
    assert not any(e.type == "Place" for e in doc.entities)


def test_security_bodies_named_without_a_state():
    doc = run("وأوقفت وحدات من الحرس الوطني ثلاثة أشخاص، وقالت قوى الأمن الداخلي إن شعبة المعلومات "
              "اعتقلت مشتبها، فيما أكدت المخابرات العامة الأردنية أن التحقيق مستمر.")
    assert {"الحرس الوطني", "قوى الأمن الداخلي", "شعبة المعلومات", "المخابرات العامة الأردنية"} <= set(_orgs(doc))


def test_a_security_body_as_a_portfolio_or_inside_a_longer_name_is_not_one():
    doc = run("والتقى مستشار الأمن القومي العراقي الوفد، وقال جهاز المخابرات والأمن الوطني إن الخلية فككت، "
              "وأكد رئيس المكتب السياسي للحركة أن الحوار مستمر.")
    orgs = set(_orgs(doc))
    assert not orgs & {"الأمن القومي العراقي", "الأمن القومي", "الأمن الوطني"}
    assert "المكتب السياسي" in orgs


def test_the_bare_sides_of_a_war_are_generic_actors():
    doc = run("قصفت قوات النظام مواقع المعارضة في ريف حلب، وردت المعارضة بقصف مماثل.")
    assert [m.text for m in entity(doc, "قوات النظام").mentions] == ["قوات النظام"]
    assert len(entity(doc, "المعارضة").mentions) == 2
    doc = run("وقالت المقاومة الشعبية إنها صدت الهجوم، وأكدت المقاومة أن المسلحين انسحبوا.")
    assert entity(doc, "المقاومة").id == entity(doc, "المقاومة الشعبية").id


def test_a_bare_side_word_used_as_an_adjective_or_ending_a_name_is_no_actor():
    doc = run("وأبدى السكان المقاومة الشرسة، فيما نشرت الصحف المعارضة للحكومة صورا، "
              "وقال نائب عن كتلة الوفاء للمقاومة إن الوضع هادئ.")
    texts = [m.text for e in doc.entities for m in e.mentions]
    assert "المعارضة" not in texts and "المقاومة" not in texts and "للمقاومة" not in texts


def test_a_countrys_red_crescent_society():
    doc = run("وأعلن الهلال الأحمر الأردني إجلاء الجرحى إلى المستشفى.")
    assert entity(doc, "الهلال الأحمر الأردني").type == "Organization"


def test_a_government_named_with_its_standing():
    # the state's adjective, then the standing (الشرعية، المؤقتة): one body with both
    doc = run("وقال مسؤول في الحكومة الليبية المؤقتة إن قواتها تقدمت.")
    assert "الحكومة الليبية المؤقتة" in _orgs(doc)
    doc = run("والتقى الوفد رئيس الحكومة الانتقالية في العاصمة أمس.")
    assert "الحكومة الانتقالية" in _orgs(doc)
    doc = run("ودعت الحكومة إلى التهدئة.")      # bare: no body named
    assert _orgs(doc) == []
    # the standing before the state's adjective
    doc = run("ورحبت الحكومة الفيدرالية الصومالية بالاتفاق.")
    assert "الحكومة الفيدرالية الصومالية" in _orgs(doc)


def test_civil_defence_and_the_armed_forces_with_no_adjective_are_bodies():
    doc = run("وقال الدفاع المدني إن فرقه انتشلت ثلاث جثث، فيما أعلنت القوات المسلحة مقتل خمسة مسلحين.")
    assert entity(doc, "الدفاع المدني").type == "Organization"
    assert entity(doc, "القوات المسلحة").type == "Organization"


def test_civil_defence_after_a_directorate_is_the_directorate():
    doc = run("وأرسلت مديرية الدفاع المدني فرقا إلى الحي المنكوب.")
    assert entity(doc, "مديرية الدفاع المدني").type == "Organization"
    assert not [e for e in doc.entities if any(m.text == "الدفاع المدني" for m in e.mentions)]


def test_security_named_by_its_state_adjective_and_army_intelligence_are_bodies():
    doc = run("وأعلن الأمن التونسي توقيف خمسة متشددين، فيما سلمت استخبارات الجيش اثنين آخرين إلى القضاء.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert {"الأمن التونسي", "استخبارات الجيش"} <= orgs


def test_security_men_with_a_plural_adjective_are_no_body_and_a_security_minister_is_a_post():
    doc = run("وأشاد المسؤول برجال الأمن الأردنيين، وقال وزير الأمن الإسرائيلي إن الحدود آمنة.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert "الأمن الأردنيين" not in orgs and "الأمن الإسرائيلي" not in orgs


def test_a_national_body_named_by_its_countrys_adjective_and_purpose():
    doc = run("وقالت الهيئة السعودية للمواصفات والمقاييس والجودة إن الشركة الأردنية للصناعات الغذائية "
              "التزمت، فيما رحبت الشركة السعودية بالقرار.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert "الهيئة السعودية للمواصفات والمقاييس والجودة" in orgs
    assert "الشركة الأردنية للصناعات الغذائية" in orgs
    # the purpose ends before a participle of the next words
    doc = run("وطلب الموقع شهادة الهيئة السعودية للتخصصات الصحية المشترطة للوظيفة.")
    assert "الهيئة السعودية للتخصصات الصحية" in {m.text for e in doc.entities for m in e.mentions}


def test_a_bodys_name_in_parentheses_after_its_head_is_an_organisation():
    doc = run("وقال الكونغرس إنه سيوقف تمويل منظمة (بلاند بيرنتهود) الأميركية للصحة.")
    assert ("Organization", "بلاند بيرنتهود") in {(e.type, m.text) for e in doc.entities for m in e.mentions}
    assert not any(e.type == "Person" for e in doc.entities)
    # common words in parentheses name no body
    doc = run("وقالت منظمة (غير حكومية) إن المساعدات وصلت إلى المدينة.")
    assert not any(e.type == "Organization" for e in doc.entities)


def test_a_government_recognised_internationally_after_its_states_adjective():
    from helpers import run
    doc = run("وأعلنت الحكومة الصومالية المعترف بها دوليا استعادة البلدة من المسلحين.")
    bodies = [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions]
    assert bodies == ["الحكومة الصومالية المعترف بها دوليا"]


def test_a_watchdog_named_by_its_adjective_and_a_purpose_in_a_construct():
    from helpers import run
    doc = run("ووثقت الرابطة الليبية لحقوق الإنسان الانتهاكات، فيما فتحت الهيئة الوطنية لمكافحة الفساد تحقيقا.")
    bodies = sorted(m.text for e in doc.entities if e.type == "Organization" for m in e.mentions)
    assert bodies == ["الرابطة الليبية لحقوق الإنسان", "الهيئة الوطنية لمكافحة الفساد"]


def test_royal_court_is_a_body_also_before_a_titled_name():
    doc = run("وقال المستشار بالديوان الملكي الدكتور سامي الحربي إن الفريق وصل إلى المدينة.")
    e = entity(doc, "الديوان الملكي")
    assert e.type == "Organization"
    doc = run("وأوضح المستشار في الديوان الأميري الشيخ ناصر العلي أن القافلة انطلقت.")
    assert entity(doc, "الديوان الأميري").type == "Organization"
