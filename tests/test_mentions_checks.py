"""Checks on the chosen mentions: persons that are none, joined names, bare regions (kg/mentions_checks.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_one_word_person_that_is_a_suffixed_noun_is_dropped():
    import kg.mentions_checks as M
    from kg.kb import load_kb
    from kg.model import Mention

    kb = load_kb()
    assert M._no_person(Mention(0, 5, "قصفه", type="Person", source="pattern"), kb)
    assert not M._no_person(Mention(0, 5, "قصفه", type="Person", source="kb"), kb)
    assert not M._no_person(Mention(0, 9, "سامر العبيدي", type="Person", source="ner"), kb)


def test_a_titled_given_name_before_a_known_short_form_is_one_person():
    # the knowledge base knows ماتيس (James Mattis); this text spells his first name جيم
    doc = run("ووصل وزير الدفاع الأمريكي جيم ماتيس إلى كابل أمس.")
    person = entity(doc, "جيم ماتيس")
    assert person.mentions[0].title == "وزير الدفاع الأمريكي" and person.kb_id == "james-mattis"
    assert len([e for e in doc.entities if e.type == "Person"]) == 1
    # a noun after the title is no given name: it joins nobody
    doc = run("ونقل الوزير إلى الرئيس الروسي تحيات الملك سلمان بن عبد العزيز.")
    assert not any(m.text.startswith("تحيات ") for e in doc.entities for m in e.mentions)


def test_region_named_with_its_head_is_a_place_bare_elsewhere_in_the_article():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. وقال وزير الإعلام في بونتلاند "
              "عبد الله محمد إن العملية مستمرة.")
    region = entity(doc, "ولاية بونتلاند")
    assert "بونتلاند" in [m.text for m in region.mentions]


def test_holder_of_a_post_over_a_bare_region_name():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. واستقبل رئيس بونتلاند عبد الرحمن علي "
              "طاهر، أمس، السفير.")
    assert entity(doc, "عبد الرحمن علي طاهر").type == "Person"


def test_a_common_word_the_tagger_calls_a_body_is_one_only_after_the_bodys_full_name():
    doc = run("شارك الشباب في المهرجان بالرياض.")
    assert not [e for e in doc.entities if e.type == "Organization"]
    doc = run("هاجمت حركة الشباب قاعدة في مقديشو. وقال متحدث إن مقاتلي الشباب انسحبوا.")
    assert "الشباب" in [m.text for m in entity(doc, "حركة الشباب").mentions]


def test_the_taggers_head_and_common_adjective_is_no_place():
    import kg.mentions_checks as M
    from kg.model import Mention

    # a market or a facility described by a common nisba adjective: no name
    assert M._described_place(Mention(0, 8, "سوق شعبي", type="Place", source="ner"))
    assert M._described_place(Mention(0, 9, "مستشفى ميداني", type="Place", source="ner"))
    # a name after the head, or another source, stays
    assert not M._described_place(Mention(0, 9, "سوق الحميدية", type="Place", source="ner"))
    assert not M._described_place(Mention(0, 10, "فندق شيراتون", type="Place", source="ner"))
    assert not M._described_place(Mention(0, 8, "سوق شعبي", type="Place", source="pattern"))


def test_a_tagged_person_the_text_places_is_a_place():
    doc = run("وأظهرت التحاليل أن منفذ الهجوم رجل في العشرين من اديامان (جنوب شرق تركيا).")
    assert entity(doc, "اديامان").type == "Place"
    doc = run("وقتل عسكري تركي وجرح اثنان آخران قرب كيليس أمس.")
    assert entity(doc, "كيليس").type == "Place"


def test_a_company_named_after_a_person_is_one_organisation():
    doc = run("ووقعت الوزارة عقدا مع شركة خالد سعيد العمري وأولاده للمقاولات في الرياض.")
    assert entity(doc, "شركة خالد سعيد العمري وأولاده").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_month_and_its_year_is_no_place():
    import kg.mentions_checks as M
    from kg.model import Mention

    assert M._dated_place(Mention(0, 8, "مارس2014", type="Place", source="ner"))
    assert M._dated_place(Mention(0, 10, "أكتوبر 2016", type="Place", source="ner"))
    assert not M._dated_place(Mention(0, 8, "6 أكتوبر", type="Place", source="ner"))
    assert not M._dated_place(Mention(0, 4, "مارس", type="Place", source="ner"))
    doc = run("قتل أكثر من مئة شخص منذ بداية الأزمة في مارس2014 في حلب.")
    assert not [e for e in doc.entities if any("2014" in m.text for m in e.mentions)]
    entity(doc, "حلب")


def test_a_bodys_board_or_management_is_the_body():
    doc = run("وقال رئيس مجلس إدارة الغرفة التجارية إن إدارة النادي الأهلي وافقت على العقد، "
              "فيما أعلنت إدارة المرور إغلاق الطريق.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert "الغرفة التجارية" in orgs and "النادي الأهلي" in orgs
    assert not any(o.startswith(("مجلس إدارة", "إدارة الغرفة", "إدارة النادي")) for o in orgs)
    # a department named for its field stays a body of its own
    assert "إدارة المرور" in orgs


def test_a_name_after_bin_is_the_rest_of_a_chain_not_a_person():
    doc = run("ووجه وزير الداخلية الأمير محمد بن نايف بن عبدالعزيز المبلغة إلى الإمارات بتنفيذ القرار.")
    persons = [{m.text for m in e.mentions} for e in doc.entities if e.type == "Person"]
    assert not any("عبدالعزيز المبلغة" in p for p in persons)
    assert any("محمد بن نايف" in p for p in persons)
