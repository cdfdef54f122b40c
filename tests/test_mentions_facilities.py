"""Facility names: where the name after a facility head ends (kg/mentions_facilities.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def _place_names(doc):
    return sorted(m.text for e in doc.entities if e.type == "Place" for m in e.mentions)


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


def test_definite_facility_word_is_not_a_head():
    doc = run("نقل المعتقلون إلى السجن المركزي، وقالت القاعدة إن الهجوم فشل.")
    assert not any(e.type == "Place" and "السجن" in (e.name_ar or "") for e in doc.entities)


def test_facility_named_after_a_known_place_is_its_own_place():
    doc = run("وشن مسلحون هجوما بطائرة مسيرة استهدف مطار أربيل الدولي فجر الأحد.")
    airport = entity(doc, "مطار أربيل الدولي")
    assert airport.type == "Place" and airport.kb_id is None


def test_facilities_named_after_a_titled_person_a_rare_word_or_in_parentheses():
    doc = run("ونقل الجرحى إلى مستشفى الملك خالد، وأضرب أسرى سجن عسقلان وسجن (عوفر) عن الطعام.")
    for name in ("مستشفى الملك خالد", "سجن عسقلان", "سجن (عوفر)"):
        assert entity(doc, name).type == "Place", name


def test_a_namesake_facility_stops_before_a_preposition_and_keeps_bin():
    doc = run("ونقل المصاب إلى مستشفى الملك خالد بحائل للعلاج، ثم إلى مستشفى الأمير سلطان بن عبدالعزيز.")
    assert entity(doc, "مستشفى الملك خالد").type == "Place"
    assert entity(doc, "مستشفى الأمير سلطان بن عبدالعزيز").type == "Place"


def test_mosques_palaces_and_camps_are_facilities():
    doc = run("وقع تفجير في مسجد الإمام الحسين قرب قصر الرحاب ومعسكر الرشيد أمس.")
    for name in ("مسجد الإمام الحسين", "قصر الرحاب", "معسكر الرشيد"):
        assert entity(doc, name).type == "Place"


def test_streets_settlements_shrines_checkpoints_and_straits_are_places():
    doc = run("أصاب صاروخ سيارته في شارع عمر المختار، قرب مستوطنة شافي شومرون ومرقد شاه جراغ، "
              "وعند حاجز الجلمة على ضفاف مضيق البوسفور، وهاجم مسلحون مجمع تيقنتورين للغاز.")
    assert {"شارع عمر المختار", "مستوطنة شافي شومرون", "مرقد شاه جراغ", "حاجز الجلمة", "مضيق البوسفور",
            "مجمع تيقنتورين للغاز"} <= set(_place_names(doc))
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_street_with_an_adjective_is_no_named_street():
    doc = run("انفجرت سيارة في شارع مكتظ وسط المدينة، وأخرى في شارع الرشيد.")
    assert _place_names(doc) == ["شارع الرشيد"]


def test_a_facility_head_before_an_adjective_names_no_facility():
    doc = run("وحولها الجيش إلى قاعدة محصنة، وأقيم مستشفى ميداني قرب سجن صيدنايا.")
    assert _place_names(doc) == ["سجن صيدنايا"]


def test_a_short_nisba_after_a_facility_head_is_no_name():
    doc = run("وأعلن الجيش إقامة جسر جوي بين العاصمة والجنوب.")
    assert [e for e in doc.entities if e.type == "Place" and any("جسر" in m.text for m in e.mentions)] == []


def test_an_oil_field_described_by_its_adjective_is_no_name():
    doc = run("وخطف المسلحون مهندسين من حقل نفطي جنوب البلاد، فيما سيطروا على حقل الفيل.")
    assert "حقل نفطي" not in _place_names(doc)
    assert "حقل الفيل" in _place_names(doc)


def test_a_port_and_a_quoted_name_of_common_words_after_a_facility_head():
    doc = run("وأصاب الانفجار مرفأ طرطوس، فيما انفجرت سيارة أمام فندق «السلام» وفندق «مسافر» في المدينة.")
    assert entity(doc, "مرفأ طرطوس").type == "Place"
    assert entity(doc, "فندق «السلام»").type == "Place"
    assert entity(doc, "فندق «مسافر»").type == "Place"


def test_a_checkpoint_or_a_camp_named_by_whose_it_is_is_no_place():
    doc = run("وأوقف حاجز الجيش الحافلة قرب معسكر الشرطة، ثم وصلت إلى معسكر الطلائع.")
    assert [m.text for e in doc.entities if e.type == "Place" for m in e.mentions] == ["معسكر الطلائع"]


def test_no_facility_name_starts_with_a_preposition_a_verb_a_conjunct_or_a_span_of_time():
    for text in ("وقضت محكمة بسجن سنتين للمتهم.", "وتحول السجن إلى سجن للصحافيين.",
                 "وهاجم المسلحون معسكر يسيطر عليه الجيش.", "واستهدفت الغارات مطار وموانئ المدينة.",
                 "وستكون المدينة قاعدة لأي توسع للحملة البرية."):
        assert not run(text).entities, text
    assert [e.mentions[0].text for e in run("ونقل المعتقلون إلى معسكر يرموك.").entities] == ["معسكر يرموك"]


def test_a_head_read_as_a_verbal_noun_names_no_place():
    assert not run("وستلعب مساهمات المرشحين لسد الفجوة الرقمية دورا محوريا.").entities
    assert not run("وتشجعهم الأجواء على قضاء أوقات جميلة في الحدائق.").entities
    assert [e.mentions[0].text for e in run("وقصفت الطائرات سد الموصل أمس.").entities] == ["سد الموصل"]


def test_a_facility_named_after_a_king_takes_his_compound_name():
    doc = run("ونقل المصابون إلى مستشفى الملك عبد العزيز لتلقي العلاج.")
    assert entity(doc, "مستشفى الملك عبد العزيز").type == "Place"


def test_a_facility_name_runs_on_over_abu():
    doc = run("وأغلقت السلطات معبر كرم أبو سالم أمام الشاحنات، كما قصف مسجد الإمام علي بن أبي طالب.")
    assert entity(doc, "معبر كرم أبو سالم").type == "Place"
    assert entity(doc, "مسجد الإمام علي بن أبي طالب").type == "Place"


def test_a_place_named_after_a_titled_woman_is_a_place_not_the_woman():
    doc = run("وانفجرت عبوة ناسفة في منطقة السيدة زينب جنوبي العاصمة مساء الخميس.")
    assert "السيدة زينب" in _place_names(doc)
    assert not any(e.type == "Person" for e in doc.entities)
