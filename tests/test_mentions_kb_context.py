"""Knowledge-base matches read in context: dropped, lengthened or trimmed (kg/mentions_kb_context.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_the_word_capital_before_a_known_city_is_a_title_not_part_of_its_name():
    doc = run("وتظاهر المئات في العاصمة بيروت، وقال زائر للعاصمة السورية إن الطرق مغلقة.")
    assert "بيروت" in [m.text for m in entity(doc, "بيروت").mentions]
    assert not [e for e in doc.entities if any(m.text == "العاصمة بيروت" for m in e.mentions)]


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


def test_a_known_name_quoted_after_a_facility_head_is_the_facilitys():
    doc = run("استهدف الانفجار فندق «الجزيرة» في مقديشو، وقالت قناة «الجزيرة» إن القتلى كثر.")
    channel = [e for e in doc.entities if e.kb_id == "al-jazeera"]
    assert len(channel) == 1 and len(channel[0].mentions) == 1


def test_a_capital_after_a_province_head_is_the_province():
    doc = run("وسقطت قذائف على سوق في ولاية الخرطوم، وقال شهود في الخرطوم إن الانفجارات سمعت بوضوح.")
    province = entity(doc, "ولاية الخرطوم")
    city = entity(doc, "الخرطوم")
    assert province is not city and province.type == city.type == "Place"
    assert city.wikidata == "Q1963" and province.wikidata is None


def test_another_town_after_a_province_head_stays_one_place_with_its_bare_name():
    doc = run("وسيطرت القوات على محافظة عدن بالكامل، وقال مسؤول في عدن إن الحياة عادت.")
    assert len([e for e in doc.entities if e.type == "Place"]) == 1


def test_a_known_place_opening_a_quoted_company_name_is_a_word_of_it():
    doc = run("وأعلنت شركة «حلب للغزل والنسيج» إغلاق مصنعها، فيما وصل الوفد إلى حلب.")
    assert entity(doc, "حلب للغزل والنسيج").type == "Organization"
    assert [m.text for e in doc.entities if e.type == "Place" for m in e.mentions] == ["حلب"]


def test_saudi_after_a_company_name_is_its_adjective_not_the_country():
    doc = run("وقالت شركة معادن السعودية إن الإنتاج ارتفع، فيما زار الوفد السعودية.")
    assert entity(doc, "شركة معادن السعودية").type == "Organization"
    assert [m.text for e in doc.entities if e.type == "Place" for m in e.mentions] == ["السعودية"]


def test_a_known_name_before_a_family_nisba_is_another_man():
    doc = run("وقال هادي العامري الجنابي، وهو مزارع من ديالى، إن المياه شحيحة.")
    person = entity(doc, "هادي العامري الجنابي")
    assert person.type == "Person" and person.wikidata is None


def test_a_known_country_as_the_last_word_of_a_quoted_name_after_a_group_head():
    doc = run("وقتل الأمن قياديا في جماعة «شباب ليبيا» خلال مداهمة في الضاحية.")
    assert entity(doc, "شباب ليبيا").type == "Organization"
    assert not any(m.text == "ليبيا" for e in doc.entities for m in e.mentions)


def test_a_known_king_after_a_bodys_head_is_the_name_it_bears():
    doc = run("وقدم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات إلى اليمن.")
    assert entity(doc, "مركز الملك سلمان للإغاثة والأعمال الإنسانية").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Person"]
    doc = run("واستقبل الملك سلمان في قصره بالرياض الرئيس المصري.")
    assert entity(doc, "الملك سلمان").type == "Person"
    doc = run("وأتاحت جامعة الملك سعود للطلاب التسجيل عن بعد.")
    assert entity(doc, "جامعة الملك سعود").type == "Organization"
    doc = run("وقال وكيل جامعة الملك عبدالعزيز للتطوير الدكتور سامي باعشن إن الخطة جاهزة.")
    assert entity(doc, "جامعة الملك عبدالعزيز").type == "Organization"


def test_saudi_after_a_definite_body_noun_is_its_adjective_not_the_country():
    doc = run("وأعلنت القنصلية السعودية في دبي أن الخطوط السعودية ستسير رحلات إضافية، "
              "وقالت الهيئة السعودية للمواصفات إن الدفاعات الجوية الملكية السعودية أسقطت طائرة مسيرة، "
              "وإن الاستثمارات السعودية في الأردن تضاعفت.")
    assert not any(m.text == "السعودية" for e in doc.entities for m in e.mentions)
    # after another country's adjective, a known name, العربية or with a clitic: the country
    doc = run("واتهمت الخارجية الإيرانية السعودية بالتصعيد، وحثت الولايات المتحدة السعودية على الحوار.")
    assert any(m.text == "السعودية" for e in doc.entities for m in e.mentions)
    doc = run("ووقعت الحكومة اتفاقا مع المملكة العربية السعودية والإمارات، وزار الوزير الجزائر والسعودية.")
    assert any("السعودية" in m.text for e in doc.entities if e.type == "Place" for m in e.mentions)


def test_a_known_short_form_that_is_a_given_name_before_a_family_nisba_is_another_man():
    doc = run("وكان وزير الداخلية قاسم الأعرجي قد التقى عباس الموسوي في بغداد.")
    persons = [e for e in doc.entities if e.type == "Person"]
    assert {m.text for e in persons for m in e.mentions} == {"قاسم الأعرجي", "عباس الموسوي"}
    assert not any(e.kb_id for e in persons)



def test_a_known_lineage_name_before_a_family_name_is_another_man():
    doc = run("وأشرف الدكتور عبدالله بن عبدالعزيز الربيعة على توزيع المساعدات، "
              "وقال المهندس سلمان بن عبدالعزيز الشهري مدير الإدارة إن العمل مستمر.")
    rabiah = entity(doc, "عبدالله بن عبدالعزيز الربيعة")
    shahri = entity(doc, "سلمان بن عبدالعزيز الشهري")
    assert rabiah.kb_id is None and shahri.kb_id is None and shahri.wikidata is None


def test_a_known_lineage_name_before_a_word_that_is_no_family_name_keeps_its_link():
    doc = run("وقال الملك سلمان بن عبدالعزيز الأسبوع الماضي إن البلاد ماضية في نهج سلفه "
              "الملك عبدالله بن عبدالعزيز الراحل.")
    assert entity(doc, "الملك سلمان بن عبدالعزيز").wikidata == "Q367825"
    assert [e.kb_id for e in doc.entities if e.type == "Person"][1] == "king-abdullah-of-saudi-arabia"


def test_saudi_after_a_relief_drive_or_its_clinics_is_their_adjective_not_the_country():
    doc = run("ووزعت الحملة الوطنية السعودية بطانيات على الأسر، وعالجت العيادات التخصصية السعودية "
              "مئات المرضى في المخيم، ثم سافر المتطوعون إلى السعودية.")
    saudi = [m for e in doc.entities if e.type == "Place" for m in e.mentions if m.text == "السعودية"]
    assert len(saudi) == 1 and doc.article.text[saudi[0].start - 4:saudi[0].start] == "إلى "


def test_a_known_lineage_name_takes_in_the_house_after_it():
    doc = run("وأصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمرا ملكيا بتعيين سفير جديد.")
    king = [e for e in doc.entities if e.wikidata == "Q367825"]
    assert king and any(m.text.endswith("بن عبدالعزيز آل سعود") for m in king[0].mentions)
