"""kg/events/places.py: where the event happened."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_fronted_place_of_a_meeting():
    evs = events(run("وفي بيروت، التقى وزير الخارجية اللبناني سمير نصار، الخميس، "
                     "المبعوث الفرنسي جان لوك مارتان.", published=SAT))
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["جان لوك مارتان", "سمير نصار"] and meet[3] == ["بيروت"]


def test_fronted_place_is_the_meeting_place_not_a_later_one():
    [meet] = find(events(run("وفي الرياض، التقى وزير الخارجية السعودي فيصل بن فرحان، أمس، المبعوث الأممي "
                             "هانس غروندبرغ لبحث التهدئة في البحر الأحمر.", published=SAT)), "Meeting")
    assert meet[3] == ["الرياض"]


def test_fronted_place_is_not_the_agent():
    [ev] = find(events(run("وفي ولاية بورنو، قصفت طائرات الجيش النيجيري مواقع لجماعة بوكو حرام.",
                           published=SAT)), "Strike")
    assert "ولاية بورنو" not in ev[1] and ev[3] == ["ولاية بورنو"]


def test_fronted_place_with_its_head_for_a_passive_arrest():
    [ev] = find(events(run("وفي مدينة كركوك، اعتُقل أمس ثلاثة أشخاص.", published=SAT)), "Arrest")
    assert ev[3] == ["مدينة كركوك"] and ev[4] == "2026-01-16"


def test_state_striking_is_not_the_place_of_its_strike():
    evs = events(run("اغتالت إسرائيل القيادي في حماس خليل المصري بضربة جوية على شقة في صيدا."))
    [k] = find(evs, "Killing")
    assert k[1] == ["إسرائيل"] and k[2] == ["خليل المصري"] and k[3] == ["صيدا"]
    [s] = find(events(run("قصفت إسرائيل مواقع لحزب الله في جنوب لبنان.")), "Strike")
    assert s[1] == ["إسرائيل"] and "إسرائيل" not in s[3]


def test_fronted_capital_with_its_name_is_the_place_never_the_agent():
    [ev] = find(events(run("وفي العاصمة كابول، اعتقلت قوات الأمن قياديا في تنظيم الدولة.")), "Arrest")
    assert ev[1] == ["قوات الأمن"] and ev[3] == ["كابول"]
    doc = run("وفي العاصمة الصومالية مقديشو، قتل مسلحون من حركة الشباب جنديا.")
    [ev] = find(events(doc), "Killing")
    place = [e for e in doc.entities if any(m.text == "مقديشو" for m in e.mentions)][0]
    assert ev[1] == ["حركة الشباب"] and doc.events[0].place == [place.id]


def test_no_place_of_a_fronted_phrase_is_the_agent():
    [ev] = find(events(run("وفي محافظة الأنبار غربي العراق، قتلت القوات العراقية خمسة مسلحين "
                           "من تنظيم الدولة.")), "Killing")
    assert ev[1] == ["القوات العراقية"] and ev[2] == ["تنظيم الدولة"]


def test_a_verb_continuing_the_story_keeps_its_place_over_the_fronted_one():
    evs = events(run("وفي بغداد، قال المتحدث باسم الجيش العراقي إن قوات الجيش أحبطت أمس هجوما على قاعدة "
                     "عسكرية في قضاء الطارمية، وقتلت اثنين من المهاجمين.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[3] == ["قضاء الطارمية"]


def test_place_in_an_organisations_description_is_not_the_acts_place():
    [ev] = find(events(run("أعلنت إدارة مكافحة الإرهاب في إقليم خيبر بختونخوا اعتقال ثلاثة مسلحين في ضواحي "
                           "مدينة بيشاور.", published=SAT)), "Arrest")
    assert ev[1] == ["إدارة مكافحة الإرهاب"] and ev[3] == ["بيشاور"]
    [ev] = find(events(run("وقتل مسلحون من ولاية سيناء، فرع تنظيم الدولة في مصر، جنديين.", published=SAT)),
                "Killing")
    assert ev[1] == ["ولاية سيناء"] and ev[2] == []


def test_killing_resulting_from_clashes_is_where_they_broke_out():
    evs = events(run('اندلعت اشتباكات عنيفة، مساء الجمعة، في العاصمة الليبية طرابلس بين قوات "جهاز دعم '
                     'الاستقرار" و"اللواء 444 قتال"، ما أسفر عن مقتل ستة أشخاص بينهم مدنيان.', published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[3] == ["طرابلس"] and kill[4] == "2026-01-16"   # the capital word is a mention of its own


def test_every_place_of_a_list_is_the_acts_place():
    [ev] = find(events(run("قصف الجيش الكيني مواقع لحركة الشباب في منطقتي لامو وغاريسا.",
                           published=SAT)), "Strike")
    assert ev[3] == ["غاريسا", "لامو"]


def test_place_right_after_a_targeting_verb_is_the_strikes_place():
    evs = events(run("اعتقلت الشرطة خلية متهمة بتنفيذ هجوم بطائرة مسيرة استهدف مطار أربيل الدولي فجر الخميس.",
                     published=SAT))
    [ev] = find(evs, "Strike")
    assert ev[3] == ["مطار أربيل الدولي"] and ev[4] == "2026-01-15"


def test_an_events_places_are_places_only():
    from kg.events import places_only
    from kg.model import Article, Document, Entity, Event
    doc = Document(article=Article("t", ""), entities=[
        Entity("e1", "Person"), Entity("e2", "Place"), Entity("e3", "Organization")])
    events = places_only([Event("Strike", agent=["e3"], place=["e3", "e2"]),
                          Event("Arrest", target=["e1"], place=["e1"])], doc)
    assert [ev.place for ev in events] == [["e2"], []]
    assert events[0].agent == ["e3"]


def test_areas_struck_right_after_the_act_and_the_ones_listed_with_them():
    evs = events(run("ردت قوات النظام بقصف أحياء مدينة درعا وبلدة النعيمة."))
    [ev] = find(evs, "Strike")
    assert "مدينة درعا" in ev[3]
    evs = events(run("اشتبك الجنود مع مسلحين عند محاولتهم اقتحام بلدات غوزا وباما."))
    [ev] = find(evs, "Attack")
    assert "غوزا" in ev[3]


def test_place_between_the_subject_and_the_arrest():
    [ev] = find(events(run("ألقت قوات الأمن العراقية في مدينة الرمادي القبض على خمسة مسلحين.",
                           published=SAT)), "Arrest")
    assert ev[3] == ["مدينة الرمادي"]


def test_town_subjected_to_the_act_is_its_place_a_country_is_not():
    [ev] = find(events(run("وكانت مدينة الحولة قد تعرضت لقصف مدفعي من قبل قوات النظام.",
                           published=SAT)), "Strike")
    assert ev[3] == ["مدينة الحولة"] or ev[3] == ["الحولة"]
    evs = find(events(run("وقال الوزير إن لبنان يتعرض لهجوم من جماعات مسلحة.", published=SAT)), "Attack")
    assert all("لبنان" not in ev[3] for ev in evs)


def test_an_operation_named_for_taking_a_place_is_waged_there():
    evs = [e for e in events(run("وأعلنت جبهة النصرة بدء معركة تحرير إدلب.", published=date(2026, 1, 17)))
           if e[0] == "MilitaryOperation"]
    assert evs and evs[0][3] == ["إدلب"]
    # a battle with no liberation word names no place this way
    evs = [e for e in events(run("وأعلنت جبهة النصرة بدء معركة كبرى.", published=date(2026, 1, 17)))
           if e[0] == "MilitaryOperation"]
    assert all(e[3] == [] for e in evs)


def test_an_act_joined_to_the_fighting_told_before_happened_where_it_was():
    [ev] = [e for e in events(run("واندلع القتال فجر الأحد في بلدة الرستن شمال المدينة وهاجمت طائرة حربية تجمعات للمقاتلين.",
                                  published=SAT)) if e[0] == "Strike"]
    assert ev[3] == ["الرستن"]
    # the place after the fighting word, not the speaker's before it
    [ev] = [e for e in events(run("قال ناشط في مدينة حماة إن القتال اندلع فجر الأحد في بلدة الرستن وهاجمت طائرة "
                                  "حربية تجمعات للمقاتلين.", published=SAT)) if e[0] == "Strike"]
    assert ev[3] == ["الرستن"]


def test_the_places_of_a_campaign_listed_in_brackets_after_their_head_word():
    evs = [e for e in events(run("وقال متحدث باسم جيش تحرير السودان إن مقاتليه صدوا حملة «الصيف الساخن» التي شنتها القوات "
                                 "الحكومية على معاقلهم في منطقتي (جنوب دارفور وشمال دارفور).", published=SAT))
           if e[0] == "MilitaryOperation"]
    assert evs and evs[0][3] == ["جنوب دارفور", "شمال دارفور"]
    # "على منطقتي X": a campaign waged on a region
    evs = [e for e in events(run("وقال متحدث باسم جيش تحرير السودان إن مقاتليه صدوا حملة «الصيف الساخن» التي شنتها القوات "
                                 "الحكومية على منطقتي جنوب دارفور وشمال دارفور.", published=SAT))
           if e[0] == "MilitaryOperation"]
    assert evs and evs[0][3] == ["جنوب دارفور", "شمال دارفور"]


def test_regions_named_by_a_country_adjective_are_in_that_country_when_the_article_names_it():
    [ev] = [e for e in events(run("واعتقلت قوات الأمن 300 شخص خلال حملة في 20 ولاية تركية. وقال مسؤول إن تركيا "
                                  "تواجه تهديدات.", published=SAT)) if e[0] == "Arrest"]
    assert ev[3] == ["تركيا"]
    # the country is not named: no entity to point to
    [ev] = [e for e in events(run("واعتقلت قوات الأمن 300 شخص خلال حملة في 20 ولاية تركية.", published=SAT))
            if e[0] == "Arrest"]
    assert ev[3] == []


def test_a_meeting_on_a_visit_placed_only_by_a_nominal_is_where_the_visit_went():
    evs = events(run("وكانت قوات الأمن اعتقلت ثلاثة أشخاص في ولاية المنستير المجاورة. وزار وزير الدفاع عماد سالم، "
                     "أمس، مدينة سوسة، حيث تفقد الجنود المصابين في المستشفى، والتقى قائد الجيش منصف الرياحي، "
                     "وعددا من قادة الوحدات المنتشرة في المنطقة.", published=SAT))
    assert [e[3] for e in evs if e[0] == "Meeting"] == [["سوسة"]]


def test_place_past_a_locative_noun_and_an_adjective():
    from datetime import date
    evs = events(run("استهدف تفجير انتحاري حافلة عسكرية مساء الأربعاء في قلب العاصمة التركية أنقرة.",
                     published=date(2016, 2, 19)))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[3] and a[3][0] in ("أنقرة", "العاصمة التركية")


def test_place_at_the_entrance_of_a_town():
    from datetime import date
    evs = events(run("قتل ثلاثة جنود في هجوم عند مدخل مدينة الرمادي.", published=date(2016, 2, 19)))
    assert any(e[3] == ["مدينة الرمادي"] for e in evs if e[0] == "Attack")


def test_a_place_told_further_in_the_sentence_past_an_aside():
    evs = events(run("قتل أربعة من عناصر حركة الشباب، فجر الأحد، في غارة شنتها طائرة يعتقد أنها أجنبية "
                     "على شاحنة كانت تقلهم في منطقة جلب، حسب مصادر محلية."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    [place] = killing[3]
    assert place.endswith("جلب")


def test_no_place_is_taken_past_the_attribution_of_the_report():
    evs = events(run("قتل أربعة من عناصر حركة الشباب، فجر الأحد، في غارة شنتها طائرة يعتقد أنها أجنبية، "
                     "حسب مصادر محلية في مدينة كيسمايو."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    assert killing[3] == []


def test_each_place_listed_under_a_plural_head_is_a_place():
    [ev] = find(events(run("قصفت قوات الحكومة السورية قرى كفرزيتا واللطامنة ومورك في ريف حماة الشمالي.")),
                "Strike")
    assert sorted(ev[3]) == ["اللطامنة", "كفرزيتا", "مورك"]
    [ev] = find(events(run("سقط قتلى من المدنيين جراء قصف شنته حركة الشباب على أحياء هودن وورطيقلي في مقديشو.")),
                "Strike")
    assert sorted(ev[3]) == sorted(["هودن", "ورطيقلي"])


def test_places_listed_after_a_plural_head_with_a_clitic():
    [ev] = find(events(run("اعتقلت قوات الأمن عشرة أشخاص بمناطق الرصافة والكرخ والكاظمية في بغداد.")),
                "Arrest")
    assert sorted(ev[3]) == ["الرصافة", "الكاظمية", "الكرخ"]


def test_a_plural_word_not_after_a_marker_opens_no_list():
    [ev] = find(events(run("اعتقلت قوات الأمن عشرة أشخاص من أبناء مدن الرصافة والكرخ في بغداد.")),
                "Arrest")
    assert "الرصافة" not in ev[3]


def test_places_listed_each_with_its_own_head():
    [ev] = find(events(run("وقصفت قوات النظام حي الشعار وبلدة حريتان في ريف حلب.")), "Strike")
    assert sorted(ev[3]) == sorted(["حي الشعار", "حريتان"])


def test_a_head_word_alone_after_wa_lists_no_place():
    [ev] = find(events(run("وقصفت قوات النظام حي الشعار وبلدة مجاورة في ريف حلب.")), "Strike")
    assert ev[3] == ["حي الشعار"]


def test_the_districts_of_a_city_named_by_an_anaphor_open_no_list():
    evs = events(run("وصل الوزير إلى مدينة المكلا. وقال إن قوات الأمن اعتقلت 30 مشتبها بهم خلال عمليات تمشيط "
                     "في أحياء المدينة."))
    [ev] = find(evs, "Arrest")
    assert ev[3] == []


def test_a_place_in_what_was_discussed_is_not_where_they_met():
    [ev] = find(events(run("استقبل الأمين العام لحزب الله حسن نصر الله وفدا من حركة حماس برئاسة صالح العاروري، "
                           "وجرى خلال اللقاء بحث الأوضاع في فلسطين.")), "Meeting")
    assert ev[3] == []


def test_a_place_named_as_a_distance_s_reference_point_is_not_where_it_happened():
    evs = events(run("وأعلن مسؤول مقتل 42 من عناصر تنظيم داعش قرب بوابة المدينة 400 كم شمال بغداد."))
    assert [e[3] for e in evs if e[0] == "Killing"] == [[]]
    evs = events(run("ووقع الهجوم في بلدة طوز خورماتو التي تبعد نحو 175 كيلومترا إلى الشمال من بغداد."))
    assert [e[3] for e in evs if e[0] == "Attack"] == [["طوز خورماتو"]]


def test_places_listed_after_one_with_an_adjective_are_all_places():
    evs = events(run("ورد الجيش بقصف أحياء حلب القديمة وحي الشعار وبلدتي حريتان وعندان ومدينة الباب."))
    [places] = [e[3] for e in evs if e[0] == "Strike"]
    assert sorted(places) == sorted(["حلب", "حي الشعار", "حريتان", "عندان", "مدينة الباب"])


def test_bearing_between_commas_belongs_to_the_fronted_place():
    # "وفي ولاية X، جنوب أفغانستان، قتل ...": the country is where, not who killed
    evs = events(run("وفي ولاية هلمند، جنوب أفغانستان، قتل شرطيان في هجوم على حاجز أمني."))
    killings = [e for e in evs if e[0] == "Killing"]
    assert killings and all(ev[1] == [] for ev in killings)


def test_place_past_its_barren_hills():
    # "في جرود X": the barren hills of X, where the shelling fell
    evs = events(run("قصف الجيش اللبناني بالمدفعية، فجر اليوم، تجمعات لمسلحي تنظيم «داعش» في جرود "
                     "الهرمل على الحدود."))
    [strike] = [e for e in evs if e[0] == "Strike"]
    assert strike[3] == ["الهرمل"]


def test_place_between_an_unnamed_subject_and_the_seizure():
    """"ألقت أجهزة الأمن في محافظة Y القبض على ...": Y, though the subject has no name."""
    from datetime import date as _date
    evs = [e for e in events(run("وألقت أجهزة الأمن في محافظة المنيا القبض على أربعة أشخاص بتهمة تهريب السلاح.",
                                 published=_date(2016, 5, 2))) if e[0] == "Arrest"]
    assert evs and evs[0][3] == ["محافظة المنيا"]


def test_a_fronted_part_of_a_country_is_a_place_phrase_not_a_subject():
    # "وفي جنوب اليمن، قصفت طائرات مجهولة ...": the country of the fronted phrase does not strike
    evs = events(run("وفي جنوب اليمن، قصفت طائرات حربية مجهولة مواقع لتنظيم القاعدة في مديرية الصعيد."))
    strikes = [ev for ev in evs if ev[0] == "Strike"]
    assert strikes and all("اليمن" not in ev[1] for ev in strikes)


def test_a_fronted_place_with_its_adjective_is_no_subject():
    # "وفي مدينة X الساحلية، اعتقلت قوات الأمن ...": the forces after the verb arrest
    evs = events(run("وفي مدينة بوصاصو الساحلية، اعتقلت قوات الأمن خمسة أشخاص يشتبه في صلتهم بحركة الشباب."))
    [arrest] = [ev for ev in evs if ev[0] == "Arrest"]
    assert arrest[1] == ["قوات الأمن"] and "قوات الأمن" not in arrest[2]


def test_what_a_fronted_place_is_between_commas_is_no_subject():
    evs = events(run("تواصلت المعارك في اليمن أمس بين الحوثيين والقوات الحكومية. وفي تعز، ثالث مدن البلاد، قتل 17 "
                     "حوثيا ليل الأربعاء في اشتباكات مع القوات الموالية لهادي.", published=date(2015, 8, 7)))
    assert [(e[0], e[1], e[3]) for e in evs if e[0] == "Killing"] == [("Killing", [], ["تعز"])]


def test_place_named_in_the_subject_of_the_verb_of_undergoing():
    evs = events(run("وتعرضت مناطق في محيط مدينة الرستن بريف حمص، لقصف من قبل قوات النظام دون أنباء عن إصابات."))
    assert ("Strike", ["قوات النظام"], [], ["الرستن"], None) in evs


def test_place_of_the_building_that_underwent_the_act():
    evs = events(run("وندد الوزير بتعرض مقر حزب الوفاق بمدينة الزرقاء لاعتداء مسلح مساء أمس."))
    [ev] = [e for e in evs if e[0] == "Attack"]
    assert ev[3] == ["الزرقاء"]


def test_place_travellers_came_from_is_not_where_they_were_attacked():
    evs = events(run("وتعرضت حافلة قادمة من مدينة حلب لهجوم شنته جماعة الفجر."))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["جماعة الفجر"] and ev[3] == []


def test_place_the_talks_touched_on_is_their_topic():
    evs = events(run("وقال الوزير أيمن الصفدي إن محادثاته مع الوزير سامح شكري تطرقت إلى الأوضاع في سورية."))
    [ev] = find(evs, "Meeting")
    assert ev[1] == ["أيمن الصفدي", "سامح شكري"] and ev[3] == []


def test_place_after_talks_that_are_the_subject_of_a_topic_verb_is_their_topic():
    evs = events(run("ويبدأ الوزير أيمن الصفدي غدا زيارة إلى القاهرة، وتتناول محادثاته مع الوزير سامح شكري "
                     "الأوضاع في سورية."))
    assert all(ev[3] != ["سورية"] for ev in find(evs, "Meeting"))


@pytest.mark.parametrize("text", [
    "وأجرى الوزير أيمن الصفدي محادثات مع وفد روسي تتعلق بمدينة درعا.",
    "وكان الوزير أيمن الصفدي قد عقد اجتماعا مع الوزير سامح شكري هيمن عليه الوضع في ليبيا.",
])
def test_place_the_talks_are_about_is_their_topic(text):
    evs = events(run(text))
    assert find(evs, "Meeting") and all(ev[3] == [] for ev in find(evs, "Meeting"))


def test_a_place_in_the_post_of_the_one_received_is_not_where_they_met():
    evs = events(run("استقبل المشرف العام على المركز سامي الحداد أمس المنسق الإقليمي للعمليات الإنسانية في "
                     "اليمن عامر الداوودي وذلك بمقر المركز بالرياض."))
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "اليمن" not in meeting[3]
