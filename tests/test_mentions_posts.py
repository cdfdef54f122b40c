"""Persons named by their post, or set before their role (kg/mentions_posts.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_person_after_a_post_and_its_destination():
    doc = run("وصل مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ إلى عدن.")
    assert entity(doc, "هانس غروندبرغ").type == "Person"
    doc = run("قال وزير الخارجية الأمريكي في بغداد إن الزيارة مهمة.")
    assert not any(e.type == "Person" for e in doc.entities)


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


def test_a_conjunct_common_noun_after_a_post_is_no_name():
    doc = run("وقال رئيس لجنة الأمن والدفاع النيابية إن الوضع مستقر.")
    assert not any(e.type == "Person" for e in doc.entities)
    assert entity(run("وقال القيادي وليد جنبلاط إن الوضع مستقر."), "وليد جنبلاط").type == "Person"


def test_the_post_of_a_bodys_owner_comes_before_the_name():
    doc = run("وقال رئيس المكتب السياسي للجبهة سامر خليل إن المفاوضات متعثرة.")
    assert entity(doc, "سامر خليل").type == "Person"
    assert not [e for e in doc.entities if any(m.text.startswith("للجبهة") for m in e.mentions)]


def test_a_participle_after_a_post_is_no_name():
    doc = run("وأعلن محافظ حمص المكلف في كلمة إغلاق الطرق.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_noun_before_an_apposed_name_is_none_of_it():
    from kg.mentions_posts import apposed_person_mentions
    from kg.segment import segment
    s = segment("وصوت المجلس على إقالة سامر خليل، القيادي في الحزب.")[0]
    assert [" ".join(s.norms[i:j]) for i, j in apposed_person_mentions(s.tokens, set(), s.norms)] == ["سامر خليل"]


def test_name_before_an_apposed_post_with_a_common_word_for_family_name():
    doc = run("فيما قال سفيان القضاة، المتحدث باسم وزارة الخارجية، إن الوزارة استدعت السفير.")
    assert entity(doc, "سفيان القضاة").type == "Person"


def test_name_before_an_apposed_post_after_an_unusual_verb():
    doc = run("حسبما أفاد عمر زواك، المتحدث باسم حاكم الولاية، فإن القتلى ثلاثة.")
    assert entity(doc, "عمر زواك").type == "Person"


def test_name_before_an_apposed_post_starts_at_its_given_name():
    doc = run("وفي المؤتمر شكا خالد خوجا، رئيس الائتلاف، من قلة الدعم.")
    assert not any(m.text.startswith("شكا") for e in doc.entities for m in e.mentions)


def test_a_name_after_a_spokesman_of_a_body_named_by_a_noun():
    doc = run("وقال المتحدث باسم اللجنة علي كرموص إن الطريق مغلق منذ الصباح.")
    assert any(m.text == "علي كرموص" for e in doc.entities if e.type == "Person" for m in e.mentions)


def test_a_verb_joined_by_wa_after_a_post_is_no_name():
    doc = run("واتصل الرئيس برئيس الوزراء العراقي وطالب بوقف العمليات في المدينة.")
    assert not any(m.text in ("وطالب", "طالب") for e in doc.entities for m in e.mentions)


def test_the_spokesperson_named_after_the_person_spoken_for():
    doc = run("وقالت الناطقة باسم دي ميستورا سلمى الحداد في بيان إن المشاورات مستمرة.")
    assert entity(doc, "سلمى الحداد").type == "Person"
    assert entity(doc, "دي ميستورا").type == "Person"
