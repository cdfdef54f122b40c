"""Place heads: the names after a place head and where they end (kg/mentions_place_heads.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def _place_names(doc):
    return sorted(m.text for e in doc.entities if e.type == "Place" for m in e.mentions)


def test_place_heads():
    doc = run("سقطت قذيفة على بلدة الكرامة بمحافظة الزهور.")
    town = entity(doc, "الكرامة")
    region = entity(doc, "محافظة الزهور")            # a region keeps its head word
    assert (town.type, town.subtype) == ("Place", "City")
    assert (region.type, region.subtype) == ("Place", "Region")


def test_mountain_head_names_a_place():
    doc = run("قصفت الطائرات وكرا للتنظيم في سلسلة جبال حمرين بمحافظة كركوك، ثم قصفت جبل قنديل.")
    assert entity(doc, "جبال حمرين").type == "Place"
    assert entity(doc, "جبل قنديل").type == "Place"


def test_forest_head_names_a_place():
    doc = run("شن سلاح الجو غارات على معسكرات للجماعة في غابة سامبيسا.")
    assert entity(doc, "غابة سامبيسا").type == "Place"


def test_a_known_place_after_a_compounds_first_word_is_another_place():
    doc = run("وسيطر الجيش على بلدة رأس بيروت، وزار الوفد قلعة دمشق، وكان على رأس الوفد وزير.")
    places = {e.mentions[0].text: e for e in doc.entities if e.type == "Place"}
    assert set(places) == {"رأس بيروت", "قلعة دمشق"}
    assert places["رأس بيروت"].wikidata is None


def test_a_feminine_nisba_after_a_place_head_is_a_description():
    doc = run("وعثر الجنود على الجثث في منطقة صحراوية قرب الحدود، ثم في بلدة كفرية.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Place"] == ["كفرية"]


def test_place_head_with_a_demonym_is_a_description_not_a_name():
    for text in ("وقال القضاء العراقي إن المتهم اعتقل.",          # the judiciary
                 "وقعت اشتباكات في المحافظة العراقية الشمالية."):   # "the northern Iraqi province"
        assert not any(e.type == "Place" for e in run(text).entities), text
    doc = run("قصفت الطائرات بلدة الكرامة في المحافظة السورية.")
    assert entity(doc, "الكرامة").type == "Place"
    assert not any("السورية" in m.text for e in doc.entities for m in e.mentions)


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


def test_place_head_before_a_preposition_has_no_name():
    doc = run("وقتل العشرات في غارة على مخيم للنازحين في منطقة تل السلطان غربي مدينة رفح.")
    assert not any(m.text.startswith("مخيم") for e in doc.entities for m in e.mentions)
    assert entity(doc, "تل السلطان").type == "Place"


def test_a_place_head_with_the_article_takes_an_adjective_not_a_name():
    doc = run("وقصفت المدفعية المنطقة الحدودية، ثم البلدة الواقعة قرب النهر.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_an_indefinite_adjective_after_a_place_head_is_no_name():
    doc = run("وأغلق الجيش منطقة واسعة قرب الساحل، ونقل الجرحى إلى منطقة بعيدة عن القصف.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_compound_place_name_after_its_head_keeps_its_common_second_word():
    doc = run("وداهمت القوات بلدة بيت سالم فجر اليوم.")
    assert entity(doc, "بيت سالم").type == "Place"


def test_neighbourhoods_named_by_a_construct_or_after_a_titled_person():
    doc = run("وقصفت الطائرات حي باب التبانة وحي الشيخ مقصود، وسيطرت على منطقة سيطرة أخرى.")
    assert entity(doc, "حي باب التبانة").type == "Place"
    assert entity(doc, "حي الشيخ مقصود").type == "Place"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_two_places_after_a_dual_district_or_camp_head():
    doc = run("ونفذت القوات مداهمات في مديريتي البريقة والشيخ عثمان، وقصفت الطائرات مخيمي اليرموك وخان الشيح.")
    assert {"البريقة", "الشيخ عثمان", "اليرموك", "خان الشيح"} <= set(_place_names(doc))


def test_places_listed_after_plural_district_and_quarter_heads():
    doc = run("ووصلت الجثث إلى مديريات عنس وجهران، فيما قصفت المدفعية أحياء الوعر والقصور.")
    assert {"عنس", "جهران", "الوعر", "القصور"} <= set(_place_names(doc))


def test_a_suffixed_noun_ends_a_list_of_places():
    doc = run("وتعد مخيمات الأردن وأكثرها ازدحاما مقصدا للاجئين.")
    assert "أكثرها" not in _place_names(doc)


def test_a_district_named_by_a_known_town_or_before_a_preposition():
    doc = run("قُتل مجندون في مديرية المنصورة بمدينة عدن، واستهدف الحوثيون مخيمات النازحين في مديرية "
              "صرواح بالصواريخ، وقال مدير مديرية الأمن العام إن التحقيق بدأ.")
    assert entity(doc, "مديرية المنصورة").type == "Place"
    assert entity(doc, "مديرية صرواح").type == "Place"
    assert entity(doc, "مديرية الأمن العام").type == "Organization"


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


def test_a_country_adjective_or_a_participle_after_a_headed_place_name_is_not_in_it():
    doc = run("وقع الهجوم في مدينة ميلانو الإيطالية، ثم سيطرت القوات على بلدة كراسنوفكا الخاضعة لسيطرة الحكومة.")
    assert sorted(e.mentions[0].text for e in doc.entities if e.type == "Place") == ["كراسنوفكا", "ميلانو"]


def test_a_district_before_a_participle_a_conjunct_or_with_a_compound_name():
    doc = run("واستهدفت الغارات مديرية زبيد ومواقع أخرى، وانسحب المسلحون من مديرية همدان التابعة لمحافظة "
              "صنعاء ومن مديرية دار سلمان.")
    for name in ("مديرية زبيد", "مديرية همدان", "مديرية دار سلمان"):
        assert entity(doc, name).type == "Place"


def test_the_future_particle_after_a_place_head_is_no_name():
    doc = run("وأضاف أن كل منطقة فسوف تنال حصتها من المساعدات.")
    assert [e for e in doc.entities if e.type == "Place"] == []


def test_a_district_name_goes_on_past_a_word_that_only_looks_like_wa_and_a_word():
    # "آباد" is no و + "باد": the district's name goes on
    doc = run("وقتل قائد شرطة مديرية خان آباد، قاري محمد أمين، في انفجار عبوة ناسفة.")
    names = {e.mentions[0].text: e.type for e in doc.entities}
    assert "مديرية خان" not in names and names.get("آباد") != "Person"


def test_a_district_named_by_a_word_no_directorate_is_named_by():
    doc = run("وسيطرت القوات على مديرية الكحيلي ومديرية دند غوري، وقالت مديرية الأسايش إن مديرية "
              "الأمن العام اعتقلت رجلا.")
    assert entity(doc, "مديرية الكحيلي").type == "Place"
    assert entity(doc, "مديرية دند غوري").type == "Place"
    assert entity(doc, "مديرية الأسايش").type == "Organization"
    assert entity(doc, "مديرية الأمن العام").type == "Organization"


def test_a_further_conjunct_is_no_word_of_the_second_place_after_a_dual_head():
    doc = run("وتقدمت القوات في مديريتي الصلو والمسراخ ومركز مديرية الوازعية.")
    assert {"الصلو", "المسراخ"} <= set(_place_names(doc))
    assert not [n for n in _place_names(doc) if "مركز" in n]


def test_an_island_keeps_its_head():
    doc = run("ورست السفينة قبالة جزيرة كمران.")
    assert entity(doc, "جزيرة كمران").type == "Place"


def test_a_listed_place_of_two_words_the_second_rare_and_a_gate_name():
    doc = run("وانتشرت القوات في أحياء شبيس وكاران ودينيلي قرقح، وقصفت أحياء الخالدية وباب عمرو.")
    assert {"شبيس", "كاران", "دينيلي قرقح", "الخالدية", "باب عمرو"} <= set(_place_names(doc))


def test_a_place_name_ends_before_a_linker_that_opens_the_next_name():
    doc = run("وصرح رئيس مجلس أهالي محافظة ينبع عبد الكريم الحمدي أن المجلس يتابع.")
    assert {(e.type, e.mentions[0].text) for e in doc.entities} == {
        ("Place", "محافظة ينبع"), ("Person", "عبد الكريم الحمدي")}


def test_a_town_of_two_words_after_a_place_head_is_named_whole():
    doc = run("وقصفت الطائرات بلدة كفر نبل أمس.")
    assert [(e.type, e.name_ar) for e in doc.entities] == [("Place", "كفر نبل")]


def test_a_place_name_after_its_head_never_ends_on_a_linking_word():
    doc = run("وأكد حاكم ولاية بادغيس عبد الغفور ملكزاي أن المسلحين انسحبوا.")
    assert entity(doc, "ولاية بادغيس").type == "Place"     # not "ولاية بادغيس عبد"


def test_a_place_named_after_a_person_takes_his_name_in_full():
    doc = run("وأقيمت صلاة الجنازة في مسجد عمر بن الخطاب بمدينة الرقة.")
    assert entity(doc, "مسجد عمر بن الخطاب").type == "Place"


def test_a_region_name_ends_before_the_given_name_of_its_official():
    doc = run("وقال رئيس ولاية بونتلاند سعيد عبد الله دني إن القوات استعادت البلدة.")
    assert entity(doc, "ولاية بونتلاند").type == "Place"
    assert entity(doc, "سعيد عبد الله دني").type == "Person"


def test_a_district_named_for_a_sheikh_is_a_place_not_a_person():
    doc = run("وانفجرت عبوة ناسفة في مديرية الشيخ عثمان، دون أن تسفر عن إصابات.")
    assert entity(doc, "مديرية الشيخ عثمان").type == "Place"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_given_name_ending_a_place_before_a_direction_stays_in_its_name():
    doc = run("واعتقلت الشرطة مشتبها به في حي نواب إقبال شرقي المدينة.")
    assert entity(doc, "حي نواب إقبال").type == "Place"


def test_a_compound_place_name_after_jabal_or_qalaa_keeps_its_common_second_word():
    from helpers import run as _run
    doc = _run("وفر مئات السكان من قرى منطقة جبل حديد بعد أن سيطر المسلحون على مديرية قلعة نو.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert "جبل حديد" in places and "مديرية قلعة نو" in places


def test_a_word_with_for_the_ends_a_place_name_after_its_first_word():
    from helpers import run as _run
    doc = _run("وأوقفت الشرطة ثلاثة شبان في حي تشاغليان للاشتباه بتورطهم في التفجير.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert places == {"حي تشاغليان"}


def test_villages_named_for_a_clan_with_albu():
    from helpers import run as _run
    doc = _run("وحررت القوات قرى البو طعمة والبو دعيج والسجر شرقي المدينة، ثم دخلت منطقة البو شهاب.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert {"البو طعمة", "البو دعيج", "البو شهاب"} <= places


def test_an_imperfect_verb_after_a_place_head_is_no_name():
    from helpers import run as _run
    doc = _run("وقصفت المدفعية قرية يسيطر عليها المسلحون، ثم بلدة تبعد عشرة كيلومترات عن الحدود.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_dhu_after_a_place_name_starts_its_description():
    from helpers import run as _run
    doc = _run("ووقع الانفجار في حي باغلار ذو الغالبية الكردية.")
    assert {m.text for e in doc.entities if e.type == "Place" for m in e.mentions} == {"حي باغلار"}


def test_two_neighbourhoods_after_the_dual_head_hayyay():
    doc = run("وتحصن المسلحون في حيي الصناعة والنهضة شرقي المدينة بعد انسحابهم من السوق.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert {"الصناعة", "النهضة"} <= places


def test_a_place_name_after_its_head_ends_before_a_time_of_day_and_its_day():
    doc = run("بدأت العملية العسكرية في منطقة ألمار صباح الجمعة لتطهير المنطقة من المسلحين.")
    assert "منطقة ألمار صباح" not in {m.text for e in doc.entities for m in e.mentions}
    assert any(m.text == "ألمار" for e in doc.entities for m in e.mentions)
    # a name whose second word is صباح stays whole
    doc = run("وقع الهجوم في حي صباح السالم أمس.")
    assert any(m.text == "حي صباح السالم" for e in doc.entities for m in e.mentions)


def test_a_demilitarised_zone_is_no_place_named_after_its_head():
    doc = run("ودعا الوسطاء إلى إقامة منطقة منزوعة السلاح على طول الحدود بين البلدين.")
    assert _place_names(doc) == []


def test_an_area_named_by_what_crowds_it_is_no_place():
    doc = run("وانفجرت السيارة في منطقة مزدحمة أمام مدخل السوق، وسقطت قذيفة أخرى في منطقة مكتظة قرب الجسر.")
    assert _place_names(doc) == []


def test_a_verb_with_its_preposition_after_a_place_head_is_no_name():
    from helpers import run
    doc = run("وقصفت الطائرات تجمعات للمسلحين في منطقة تقع بين البلدتين، وسيطر التنظيم على منطقة تمتد من النهر.")
    assert not any(e.type == "Place" for e in doc.entities)
