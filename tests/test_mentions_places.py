"""Places and bodies named with no head before them or with brackets (kg/mentions_places.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _named(doc, type_):
    return {m.text for e in doc.entities if e.type == type_ for m in e.mentions if not m.nominal}


def _spans(rule, text, *args):
    from kg.segment import segment
    s = segment(text)[0]
    return [" ".join(s.norms[i:j]) for i, j, *_ in rule(s.tokens, s.norms, *args)], s


# --- prefixed_place_spans: compound village names with no head word

def test_compound_village_names_after_a_preposition_or_a_lists_wa():
    doc = run("تقدم المسلحون من خان بني زيد نحو تل صخرون، وسيطروا على بلدة أخرى وكفر دبيسة.")
    assert {"خان بني زيد", "تل صخرون", "كفر دبيسة"} <= _named(doc, "Place")


def test_a_prefix_word_in_an_ordinary_phrase_is_no_village():
    from kg.mentions_places import prefixed_place_spans
    # "من خان الوطن" (who betrayed the nation), "على تل مرتفع" (a high hill), no preposition
    spans, _ = _spans(prefixed_place_spans, "وقال إن من خان الوطن لن يفلت، وصعدوا على تل مرتفع ودير صغير.",
                      set())
    assert spans == []


# --- coordinated_place_spans: rare words listed with a known place

def test_rare_words_listed_with_a_known_place_are_places():
    doc = run("وتمركز المقاتلون في المنطقة الواقعة بين حمص وزيدلان وفيروزان قرب الحدود.")
    assert {"حمص", "زيدلان", "فيروزان"} <= _named(doc, "Place")


def test_the_rare_word_before_wa_and_a_known_place():
    doc = run("وقعت اشتباكات بين زيدلان وحمص أمس.")
    assert "زيدلان" in _named(doc, "Place")


def test_a_listed_place_keeps_its_adjective_and_a_facilitys_list_is_of_things():
    doc = run("وفر السكان إلى مدينة زنكلان والهضبة الوسطى ودورسان، وقصفت الطائرات مطار المزة ومرابض الطائرات.")
    places = _named(doc, "Place")
    assert {"الهضبة الوسطى", "دورسان"} <= places
    assert "مرابض" not in places


def test_a_dual_noun_after_a_place_is_no_place():
    doc = run("وقصفت الطائرات مخزنا في حمص ومنشأتين قرب الحدود، ثم مصنعا في حلب وشاحنتان.")
    assert _named(doc, "Place") == {"حمص", "حلب"}


def test_future_and_imperfect_verbs_after_a_place_are_no_places():
    from kg.mentions_places import coordinated_place_spans
    from kg.segment import segment
    s = segment("وقال إن القوات ستنتشر في حمص وستقسم المدينة، وإن التنظيم يقاتل في حلب ويفجر المساجد.")[0]
    places = [(i, i + 1, False) for i, n in enumerate(s.norms) if n in ("حمص", "حلب")]
    assert coordinated_place_spans(s.tokens, s.norms, set(), places) == []


def test_verbs_suffixed_nouns_and_common_words_after_a_place_are_no_places():
    from kg.mentions_places import coordinated_place_spans
    from kg.segment import segment
    text = "قصفت الطائرات دمشق وريفها ودمرت حلب ووافقت أنقرة على الخطة وتنسحب القوات من حمص وحلفائها."
    s = segment(text)[0]
    places = [(i, i + 1, False) for i, n in enumerate(s.norms) if n in ("دمشق", "حلب", "انقره", "حمص")]
    assert coordinated_place_spans(s.tokens, s.norms, set(), places) == []


def test_a_rare_noun_before_a_place_it_belongs_to_is_no_listed_place():
    # "وتخوم عدن": the outskirts of Aden, a noun in construct with the place after it
    from kg.mentions_places import coordinated_place_spans
    from kg.segment import segment
    s = segment("ودارت معارك في لحج وتخوم عدن أمس.")[0]
    places = [(i, i + 1, False) for i, n in enumerate(s.norms) if n in ("لحج", "عدن")]
    assert coordinated_place_spans(s.tokens, s.norms, set(), places) == []
    s = segment("ودارت معارك في لحج وزيدلان وعدن أمس.")[0]
    places = [(i, i + 1, False) for i, n in enumerate(s.norms) if n in ("لحج", "وعدن")]
    assert len(coordinated_place_spans(s.tokens, s.norms, set(), places)) == 1


def test_a_plural_in_construct_after_a_place_is_no_place():
    doc = run("وقصف الجيش مواقع التنظيم في سوريا ومتمردي الحزب في شمال العراق.")
    assert "متمردي" not in _named(doc, "Place")


# --- bracketed_place_spans: the name in brackets after a head

def test_a_name_in_parentheses_or_quotes_after_a_place_or_facility_head():
    doc = run('ودارت معارك قرب قرية (الحميرة) وعلى تلة "الصنوبر الأحمر"، ثم قصفت الطائرات قاعدة «الشعيرات».')
    places = _named(doc, "Place")
    assert "الحميرة" in places
    assert "الصنوبر الأحمر" in places
    assert any("الشعيرات" in p and p.startswith("قاعدة") for p in places)


def test_a_common_word_in_brackets_is_no_name():
    from kg.mentions_places import bracketed_place_spans
    spans, _ = _spans(bracketed_place_spans, 'وتحولت المدينة إلى منطقة "النزاع" بعد الهجوم.', set())
    assert spans == []


# --- capital_apposed_spans: a town named by its rank after it

def test_a_rare_word_before_capital_of_is_a_town():
    doc = run("وسيطرت القوات على زنكلان، عاصمة ولاية الشمال، ثم قالت إن دورسان كبرى مدن الإقليم سقطت.")
    assert {"زنكلان", "دورسان"} <= _named(doc, "Place")


def test_a_visitor_before_a_capital_is_no_town():
    from kg.mentions_places import capital_apposed_spans
    spans, _ = _spans(capital_apposed_spans, "وزار فابيوسكي عاصمة كينيا أمس.", set())
    assert spans == []


# --- repeated_place_spans: a place's name repeated bare in the document

def test_a_place_found_once_with_its_head_is_found_again_bare():
    doc = run("وسيطرت القوات على مدينة زنكلان. وقال سكان في زنكلان إن القوات دخلت زنكلان فجرا.")
    e = [e for e in doc.entities if e.type == "Place" and any(m.text == "زنكلان" for m in e.mentions)]
    assert len(e) == 1 and len([m for m in e[0].mentions if m.text == "زنكلان"]) == 3


def test_a_name_never_after_a_preposition_of_place_is_not_repeated():
    # the festival's "village of dates" does not make every "dates" a place
    doc = run("وافتتح المهرجان قرية التمور. وتحدث الخبراء عن التمور وأنواع التمور.")
    assert sum(m.text == "التمور" for e in doc.entities if e.type == "Place" for m in e.mentions) == 1


# --- seat_of_power_spans: a state's palace or government house, named by head and adjective

def test_seats_of_power_are_places():
    doc = run("اقتحم المسلحون القصر الرئاسي في المدينة، ثم عقد اجتماع بالسراي الحكومي مساء.")
    assert {"القصر الرئاسي", "السراي الحكومي"} <= _named(doc, "Place")
    # another adjective is no seat of power
    doc = run("وزار الوفد القصر القديم في المدينة.")
    assert not _named(doc, "Place")


def test_seat_of_power_spans_reads_clitics():
    from kg.mentions_places import seat_of_power_spans
    spans, _ = _spans(seat_of_power_spans, "وتوجهوا للقصر الجمهوري ثم إلى والقصر الملكي", set())
    assert spans == ["للقصر الجمهوري", "والقصر الملكي"]


def test_a_known_town_that_is_also_a_word_ends_a_list_of_places():
    doc = run("وتوزعت المساعدات على عدن ولحج وعمران وحجة.")
    places = [m.text for e in doc.entities if e.type == "Place" for m in e.mentions]
    assert "عمران" in places and "حجة" in places
    doc = run("وأشاد بحجة الوزير وعمران الحي.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_village_alone_after_heading_towards():
    doc = run("وانسحب المسلحون باتجاه الخريبات، فيما أطلق الجنود النار باتجاه المتظاهرين.")
    assert [m.text for e in doc.entities if e.type == "Place" for m in e.mentions] == ["الخريبات"]


def test_a_dual_of_a_common_noun_after_a_place_and_wa_is_no_place_nor_person():
    doc = run("وقصفت الطائرات الرمادي ومسؤولان في الشرطة قتلا.")
    assert {m.text for e in doc.entities for m in e.mentions} == {"الرمادي"}
    doc = run("وقال محافظ الأنبار ومسؤولان في الشرطة إن الهجوم فشل.")
    assert {m.text for e in doc.entities for m in e.mentions} == {"الأنبار"}


def test_a_rare_word_alone_after_qurb_is_a_village_but_not_a_thing_or_its_pronoun():
    doc = run("وقال الجيش إن مسلحين هاجموا دورية قرب قرقوسة، ثم فروا.")
    assert any(m.text == "قرقوسة" for e in doc.entities if e.type == "Place" for m in e.mentions)
    doc = run("وعززت الشرطة وجودها قرب الثكنة، وتحدث المسؤول عن قرب مينائها من الحدود.")
    assert not any(m.text in ("الثكنة", "مينائها") for e in doc.entities for m in e.mentions)


def test_a_verb_or_a_preposition_and_noun_after_a_places_wa_is_no_place():
    doc = run("وشكر الأهالي أمير منطقة جازان ولوكيل الإمارة جهودهما، وقال إن أمير منطقة تبوك واكب هذا العمل.")
    assert not any(e.type == "Place" and m.text in ("لوكيل", "اكب", "ولوكيل", "واكب")
                   for e in doc.entities for m in e.mentions)
