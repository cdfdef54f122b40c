"""kg/events/targets.py: whom or what the event fell on."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_passive_killing_has_no_agent_but_a_target():
    [ev] = find(events(run("قُتل القيادي في حزب الله حسن علي مرعي أمس الجمعة.", published=SAT)),
                "Killing")
    assert ev[1] == [] and ev[2] == ["حسن علي مرعي"] and ev[4] == "2026-01-16"


def test_a_description_of_the_agent_is_not_the_target():
    [ev] = find(events(run("وهاجمت كتيبة الفرقان التابعة لحركة حماس موقعا للجيش الإسرائيلي.",
                           published=SAT)), "Attack")
    assert ev[1] == ["كتيبة الفرقان"] and "حركة حماس" not in ev[2]


def test_arrested_named_among_a_group():
    [ev] = find(events(run("وفي مدينة كركوك، اعتُقل أمس ثلاثة أشخاص بينهم قائد ميداني يدعى سامر العلي.",
                           published=SAT)), "Arrest")
    assert ev[2] == ["سامر العلي"] and ev[3] == ["مدينة كركوك"]


def test_an_ally_or_backer_is_not_the_target():
    [ev] = find(events(run("هاجمت حركة الشباب المتحالفة مع تنظيم القاعدة قاعدة للجيش الصومالي في بلدة جلب.",
                           published=SAT)), "Attack")
    assert ev[1] == ["حركة الشباب"] and "تنظيم القاعدة" not in ev[2]
    [ev] = find(events(run("قصفت قوات الدعم السريع المدعومة من الإمارات مدينة الفاشر.", published=SAT)),
                "Strike")
    assert ev[1] == ["قوات الدعم السريع"] and ev[2] == [] and ev[3] == ["مدينة الفاشر"]


def test_group_of_the_ones_killed_is_the_target():
    evs = events(run("وفي تطور منفصل، قُتل اثنان من عناصر البيشمركة وأصيب ثلاثة آخرون بهجوم شنه مسلحون من "
                     "تنظيم الدولة على موقع عسكري.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["تنظيم الدولة"] and kill[2] == ["البيشمركة"]
    [attack] = find(evs, "Attack")
    assert attack[2] == ["البيشمركة"]


def test_soldiers_killed_belong_to_the_army_named_before_which_is_not_their_killer():
    [ev] = find(events(run("أعلن الجيش التشادي مقتل 15 جنديا في اشتباكات مع جماعة بوكو حرام.",
                           published=SAT)), "Killing")
    assert ev[1] == ["جماعة بوكو حرام"] and ev[2] == ["الجيش التشادي"]
    evs = events(run("وقالت جماعة بوكو حرام إنها هاجمت قاعدة عسكرية للجيش التشادي، مقرا بمقتل 15 جنديا.",
                     published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[2] == ["للجيش التشادي"]


def test_what_was_subjected_to_an_attack_is_its_target():
    [ev] = find(events(run("وتعرض موقع للجيش المالي لهجوم بطائرة مسيرة قرب كيدال.", published=SAT)),
                "Strike")
    assert ev[2] == ["للجيش المالي"] and ev[1] == []


def test_group_of_the_many_arrested_is_the_target():
    [ev] = find(events(run("وأضاف أن القوات العراقية ألقت القبض على أكثر من 300 عنصر من تنظيم الدولة.",
                           published=SAT)), "Arrest")
    assert ev[2] == ["تنظيم الدولة"]


def test_group_of_the_ones_neutralised_is_the_strikes_target():
    [ev] = find(events(run('قالت وزارة الدفاع التركية إن الجيش التركي "حيّد" 12 عنصرا من حزب العمال الكردستاني '
                           'في غارات جوية على منطقتي قنديل وهاكورك.', published=SAT)), "Strike")
    assert ev[1] == ["الجيش التركي"] and ev[2] == ["حزب العمال الكردستاني"]


def test_owner_of_what_was_hit_is_the_target_but_not_of_a_count_of_sites():
    [ev] = find(events(run("وكان مسلحون مجهولون قد هاجموا في 3 آب/أغسطس الماضي دورية للجيش الوطني الليبي "
                           "على الطريق الساحلي غرب درنة.", published=SAT)), "Attack")
    assert ev[2] == ["للجيش الوطني الليبي"]
    evs = events(run("وأضاف أن القوات الأميركية استهدفت منذ هجوم ديسمبر الماضي أكثر من 100 موقع تابع "
                     "لتنظيم الدولة.", published=SAT))
    assert all(ev[2] == [] for ev in find(evs, "Attack"))


def test_what_was_hit_named_by_a_demonym_gives_that_states_forces_as_target():
    evs = events(run("واصل الجيش الإسرائيلي العملية في جنين. وقالت كتيبة جنين إن مقاتليها فجّروا، الأربعاء، "
                     "عبوة ناسفة بآلية عسكرية إسرائيلية عند مدخل المخيم.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["كتيبة جنين"] and ev[2] == ["الجيش الإسرائيلي"]


def test_one_named_among_the_dead_is_a_target_of_the_killing_told_before():
    evs = events(run("أعلنت قوات الدراويش، السبت، مقتل 14 مسلحا من تنظيم داعش في اشتباكات عنيفة. وقال وزير "
                     "الإعلام إن بين القتلى قياديا أجنبيا في التنظيم يدعى عمر بشير الحضرمي.", published=SAT))
    [kill] = find(evs, "Killing")
    assert "عمر بشير الحضرمي" in kill[2]


def test_the_one_killed_is_the_target_never_the_agent_in_both_orders():
    for text in ("وكان القيادي في حركة حماس محمد الضيف قُتل في غارة على غزة.",
                 "قُتل القيادي في تنظيم القاعدة ناصر الوحيشي في غارة في اليمن."):
        [ev] = find(events(run(text)), "Killing")
        assert ev[1] == [] and len(ev[2]) == 1, (text, ev)


def test_target_named_after_a_date_and_a_place_after_fire_opened():
    [ev] = find(events(run("أطلق مسلحون النار أمس في بلدة الرمال شمالي المدينة على المختار "
                           "أحمد الجبوري.")), "Attack")
    assert ev[2] == ["أحمد الجبوري"]


def test_unvocalised_killing_with_no_object_after_a_person_or_a_relative_is_passive():
    evs = events(run("وكان المسؤول في حركة الشباب أبو عمر الحموي الذي قتل في غارة للقوات "
                     "الكينية في الصومال."))
    [ev] = find(evs, "Killing")
    assert ev[2] == ["أبو عمر الحموي"] and "أبو عمر الحموي" not in ev[1]
    [ev] = find(events(run("وكان أبو عمر الحموي قتل في 9 آب في مدينة بيدوا.")), "Killing")
    assert ev[1] == [] and ev[2] == ["أبو عمر الحموي"]
    # a place word right after the verb opens no object either
    [ev] = find(events(run("وتشير رواية إلى أن القائد أبو عمر الحموي قتل داخل الأراضي الصومالية.")), "Killing")
    assert ev[1] == [] and ev[2] == ["أبو عمر الحموي"]


def test_one_named_among_the_arrested_is_a_target_of_the_arrest_told_before():
    evs = events(run("اعتقلت قوات الأمن التركية 50 شخصا في إسطنبول. ومن بين المعتقلين القيادي في "
                     "تنظيم الدولة عمر حسين."))
    [ev] = find(evs, "Arrest")
    assert "عمر حسين" in ev[2]


def test_the_killed_named_before_his_kin_is_the_target():
    [ev] = find(events(run("وكان ماجد فهد والد سلمان قتل في اشتباكات مع مهربين قبل عامين.")), "Killing")
    assert ev[2] == ["ماجد فهد"]


def test_a_relative_of_someone_arrested_is_not_him():
    evs = events(run("أفادت صحيفة محلية بأن الشرطة اعتقلت أحد أقارب الوزير سليم حداد مساء الأربعاء."))
    for ev in find(evs, "Arrest"):
        assert "سليم حداد" not in ev[2]


def test_killed_in_a_manner_past_an_aside_is_the_target():
    for text in ("وكان الشيخ محمد سعيد (60 عاما) قتل حرقا في منزله ببلدة دوما.",
                 "وكان القيادي أحمد عمر قتل ذبحا على يد مسلحين في مدينة درنة."):
        [ev] = find(events(run(text)), "Killing")
        assert ev[1] == [] and len(ev[2]) == 1, (text, ev)


def test_a_joined_killing_verb_with_a_preposition_after_is_passive_and_takes_no_object():
    evs = events(run("وأوضحت أن المطلوبين هم ناصر عبيد (التحق بالجماعة وقتل في إحدى المواجهات في "
                     "سوريا)، وبدر علي الحربي."))
    [ev] = find(evs, "Killing")
    assert ev[1] == [] and ev[2] == ["ناصر عبيد"]


def test_the_pronoun_of_a_killing_noun_names_the_one_killed_before_it():
    evs = events(run("وكان اللواء يقوده العقيد خميس نجل القذافي قبل مقتله في أحداث 2011، وكان من ألوية "
                     "النخبة في الجيش الليبي."))
    [ev] = find(evs, "Killing")
    assert len(ev[2]) == 1 and "خميس" in ev[2][0]


def test_the_dead_of_a_unit_described_by_its_parent_are_the_units():
    evs = events(run("لقي 4 مقاتلين من عناصر كتيبة نسور الجبل التابعة «لغرفة عمليات الساحل» "
                     "مصرعهم في مدينة سرت، جراء هجوم مفاجئ نفذه مسلحو تنظيم القاعدة."))
    [ev] = find(evs, "Killing")
    assert ev[2] == ["كتيبة نسور الجبل"]


def test_facility_attacked_is_the_target():
    [ev] = find(events(run("شن مسلحون هجوما على سجن أبو غريب غرب بغداد.", published=SAT)), "Attack")
    assert ev[2] == ["سجن أبو غريب"]


def test_targets_listed_with_commas():
    [ev] = find(events(run("قصفت القوات التركية مواقع حزب العمال الكردستاني، ووحدات حماية الشعب، "
                           "وتنظيم الدولة في شمال سوريا.", published=SAT)), "Strike")
    assert ev[2] == ["تنظيم الدولة", "حزب العمال الكردستاني", "وحدات حماية الشعب"]


def test_counted_members_of_a_group_before_a_killing_verb_with_no_object_were_killed():
    evs = events(run("وقالت مصادر طبية إن خمسة من عناصر البيشمركة قتلوا بانفجار عبوة ناسفة في الموصل.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == [] and kill[2] == ["البيشمركة"]
    # with an object the group killed
    [kill] = find(events(run("وقال الجيش إن مسلحين من حركة الشباب قتلوا جنديين قرب مقديشو.",
                             published=SAT)), "Killing")
    assert kill[1] == ["حركة الشباب"]


def test_a_post_holder_named_after_the_post_is_the_one_killed_not_the_means_doer():
    evs = events(run("قتل قائد فيلق القدس في الحرس الثوري الإيراني، اللواء قاسم سليماني، ونائب رئيس "
                     "هيئة الحشد الشعبي، أبو مهدي المهندس، في ضربة جوية أمريكية قرب مطار بغداد.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == [] and kill[2] == ["قاسم سليماني"]
    [strike] = find(evs, "Strike")
    assert "أبو مهدي المهندس" not in strike[1]


def test_the_object_after_a_time_told_between_commas():
    evs = events(run("اغتال مسلحون مجهولون، مساء الجمعة، القيادي في جبهة النصرة سالم الجابري قرب "
                     "مدينة أعزاز.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[2] == ["سالم الجابري"] and kill[4] == "2026-01-16"


def test_a_person_after_qutila_with_no_object_was_killed():
    [kill] = find(events(run("وقتل سالم الجابري في مارس/آذار عام 2011 في حمص.", published=SAT)), "Killing")
    assert kill[1] == [] and kill[2] == ["سالم الجابري"] and kill[4] == "2011-03"
    [kill] = find(events(run("قتل سالم الجابري زوجته في حمص.", published=SAT)), "Killing")
    assert kill[1] == ["سالم الجابري"]


def test_a_person_after_an_execution_verb_with_no_object_was_executed():
    [kill] = find(events(run("وفي عام 1978 أعدم سالم الجابري بعد محاكمة عسكرية.", published=SAT)), "Killing")
    assert kill[1] == [] and kill[2] == ["سالم الجابري"] and kill[4] == "1978"
    [kill] = find(events(run("أعدم تنظيم داعش الصحفي سالم الجابري في الرقة.", published=SAT)), "Killing")
    assert kill[1] == ["تنظيم داعش"] and kill[2] == ["سالم الجابري"]


def test_the_body_the_doer_belongs_to_is_not_the_one_held():
    [arrest] = find(events(run("أوقفت شعبة المعلومات في قوى الأمن الداخلي، أمس الاثنين، شخصا يدعى سالم "
                               "الجابري في طرابلس.", published=SAT)), "Arrest")
    assert arrest[1] == ["شعبة المعلومات"] and arrest[2] == ["سالم الجابري"]


def test_fighters_of_a_second_group_after_the_first_ones_place_are_targets_too():
    # kg.events.grammar.coordinated: "مقاتلي X في P ومقاتلي Y"
    [ev] = find(events(run("نفذت الطائرات الأردنية غارات على مقاتلي جبهة النصرة في درعا ومقاتلي تنظيم الدولة.",
                           published=SAT)), "Strike")
    assert ev[2] == ["تنظيم الدولة", "جبهة النصرة"]
    # a place listed after the first one's place is no target
    [ev] = find(events(run("نفذت الطائرات الأردنية غارات على مقاتلي جبهة النصرة في درعا والقنيطرة.", published=SAT)),
                "Strike")
    assert ev[2] == ["جبهة النصرة"]


def test_the_one_named_after_yudaa_is_the_one_arrested():
    [ev] = find(events(run("وأعلنت الوكالة الوطنية للاستخبارات اعتقال ضابط سابق في الجيش يدعى الرائد إدريس سانو، "
                           "بتهمة التخابر.", published=SAT)), "Arrest")
    assert ev[2] == ["إدريس سانو"]


def test_a_member_named_among_a_group_held_is_held_with_it():
    [ev] = find(events(run("وأسر الجيش السوداني 17 من عناصر الدعم السريع بينهم قائد ميداني يدعى حامد عيسى.",
                           published=SAT)), "Arrest")
    assert ev[2] == ["الدعم السريع", "حامد عيسى"]


def test_each_coordinated_group_struck_gives_its_place():
    # kg.events.grammar.conjunct_place: "ومقاتلي Y في شمال العراق"
    [ev] = find(events(run("نفذت الطائرات الأردنية غارات على مقاتلي جبهة النصرة في سوريا ومقاتلي تنظيم الدولة في "
                           "غرب العراق.", published=SAT)), "Strike")
    assert ev[3] == ["العراق", "سوريا"]


def test_the_corps_of_one_killed_past_a_time_aside_and_his_rank():
    from datetime import date
    evs = events(run("اغتال مسلحون مجهولون، صباح أمس، ضابطا برتبة مقدم في الشرطة المصرية أمام منزله بمدينة العريش.",
                     published=date(2015, 9, 10)))
    [k] = [e for e in evs if e[0] == "Killing"]
    assert k[2] == ["الشرطة المصرية"]


def test_the_one_who_escaped_an_attack_is_its_target():
    evs = events(run("نجا قائد الشرطة العقيد فرج العبيدي من هجوم مسلح في مدينة درنة."))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[2] == ["فرج العبيدي"]


def test_the_leader_after_bi_qiyadat_is_no_target():
    evs = events(run("قصفت قوات الجيش بقيادة اللواء سالم داود مواقع لحركة الشباب في مدينة بيدوا."))
    [strike] = [e for e in evs if e[0] == "Strike"]
    assert "سالم داود" not in strike[2]


def test_a_cited_source_is_no_target():
    evs = events(run("استهدف مسلحون حافلة قرب الحدود ما أدى إلى مقتل السائق، بحسب وكالة الأنباء الإيرانية."))
    assert not any(e[0] == "Killing" and "وكالة الأنباء الإيرانية" in e[2] for e in evs)


def test_the_group_an_act_is_ascribed_to_is_its_agent():
    evs = events(run("وتتزايد يوميا الهجمات على الجنود، وتنسب إلى حزب العمال الكردستاني."))
    [ev] = [e for e in evs if e[0] == "Attack"]
    assert ev[1] == ["حزب العمال الكردستاني"] and ev[2] == []


def test_members_of_a_group_named_after_hum_are_all_targets():
    [ev] = find(events(run("اعتقلت الشرطة ثلاثة من عناصر حركة طالبان، هم سامي عادل وكريم فؤاد وناصر حمدان، "
                           "في ولاية قندوز.")), "Arrest")
    assert sorted(ev[2]) == sorted(["حركة طالبان", "سامي عادل", "كريم فؤاد", "ناصر حمدان"])


def test_list_of_the_arrested_goes_on_past_a_bracketed_aside():
    [ev] = find(events(run("وأضافت أن المتهمين الذين تم ضبطهم هم سامي عادل (انضم إلى التنظيم قبل عامين)، "
                           "وكريم فؤاد، وناصر حمدان.")), "Arrest")
    assert sorted(ev[2]) == sorted(["سامي عادل", "كريم فؤاد", "ناصر حمدان"])


def test_no_one_listed_past_an_aside_holding_the_act_is_its_target():
    evs = events(run("وأضافت أن المتهمين هم سامي عادل (انضم وقتل في إحدى المعارك في العراق)، وكريم فؤاد، "
                     "وناصر حمدان."))
    assert all("كريم فؤاد" not in e[2] for e in find(evs, "Killing"))


def test_ala_after_a_span_of_time_marks_no_target():
    evs = events(run("وفتح مسلح النار في صالة سينما في مدينة لافاييت مما أدى إلى مقتل شخصين، بعد وقت "
                     "قصير على إعراب الرئيس باراك أوباما عن استيائه."))
    assert [e[2] for e in evs if e[0] == "Killing"] == [[]]


def test_no_object_past_a_further_conjunct():
    evs = events(run("ويأتي الهجوم غداة قتل شرطيين قرب الحدود السورية وإعلان حزب العمال الكردستاني مسؤوليته."))
    assert not [e for e in evs if e[0] == "Killing" and e[2]]


def test_an_embassy_a_bombing_happened_at_is_its_target():
    evs = events(run("وقتل شرطي في تفجير انتحاري عند السفارة الفرنسية في طرابلس."))
    assert [e[2] for e in evs if e[0] == "Attack"] == [["السفارة الفرنسية"]]


def test_conscripts_killed_are_the_armys():
    # "مقتل ضابط وثلاثة مجندين": conscripts are soldiers of the army the attack hit
    evs = events(run("وأعلن الجيش المصري مقتل ضابط وثلاثة مجندين في انفجار عبوة ناسفة جنوب مدينة رفح."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    assert killing[2] == ["الجيش المصري"]


def test_sons_of_a_tribe_killed_are_the_tribes():
    # "قتل ثلاثة من أبناء عشيرة X على يد ...": the tribe the killing fell on
    evs = events(run("وقتل أربعة من أبناء عشيرة البونمر على يد مسلحين من تنظيم داعش قرب مدينة هيت."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    assert killing[2] == ["عشيرة البونمر"]


def test_group_the_killers_belong_to_is_not_the_one_killed():
    # "قتل مسلحون يعتقد أنهم ينتمون إلى تنظيم X، ...، ثلاثة جنود": X's men killed; X not killed
    evs = events(run("قتل مسلحون يعتقد أنهم ينتمون إلى حركة الشباب، فجر الأحد، ثلاثة جنود في بلدة أفجوي."))
    killings = [e for e in evs if e[0] == "Killing"]
    assert killings and all("حركة الشباب" not in e[2] for e in killings)


def test_second_person_joined_by_his_title():
    # "قتل القيادي X والقيادي Y في غارة": both were killed
    evs = events(run("وقتل القيادي في حركة الشباب آدم حاشي والقيادي عبدي ورسمه في غارة أمريكية قرب بلدة جلب."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    assert killing[2] == ["آدم حاشي", "عبدي ورسمه"]


def test_holder_of_a_post_in_an_organisation_is_the_one_arrested():
    """"اعتقلت القوات مدير إدارة X بوزارة Y العقيد Z": Z, not the directorate."""
    evs = [e for e in events(run("اعتقلت قوات الأمن مدير إدارة المرور بوزارة الداخلية العقيد ناصر الحلبي "
                                 "في مدينة حماة.", published=date(2016, 4, 2))) if e[0] == "Arrest"]
    assert evs and evs[0][2] == ["ناصر الحلبي"]


def test_the_one_described_by_a_relative_clause_before_a_passive_is_killed():
    evs = events(run("وأكد مسؤول محلي أن الصحفي سامر النعيمي، الذي كان يغطي المعارك قرب المدينة منذ أسابيع، "
                     "قُتل في القصف."))
    assert any(ev[0] == "Killing" and ev[2] == ["سامر النعيمي"] for ev in evs)


def test_a_target_marker_reaches_past_three_words_at_most():
    # the women arrested got money "from fighters in" the group: the group is no target
    evs = events(run("وأوقفت الشرطة الروسية 3 شابات حصلن على المال من مقاتلين في «داعش» عبر الإنترنت."))
    assert all("داعش" not in e[2] for e in evs)
    # "على مواقع تابعة لتنظيم X": two words between the marker and the group
    evs = events(run("وشنت الطائرات الأردنية غارات على مواقع تابعة لتنظيم داعش قرب الرقة."))
    assert [e[2] for e in evs if e[0] == "Strike"] == [["تنظيم داعش"]]


def test_group_the_unnamed_kidnappers_are_believed_to_be_of_is_no_target():
    [ev] = find(events(run("وفي ولاية قندوز، خطف مسلحون يعتقد أنهم من حركة طالبان تسعة عمال من شاحنة أمس.",
                           published=SAT)), "Arrest")
    assert "حركة طالبان" not in ev[2]


def test_the_speaker_after_a_noun_of_suffering_is_not_its_target():
    evs = events(run("وردا على مقتل الصياد أعلن الرئيس اللبناني ميشال عون أنه سيرفع شكوى إلى مجلس الأمن.",
                     published=SAT))
    assert all("ميشال عون" not in ev[2] for ev in evs)


def test_the_speaker_before_the_complement_of_a_passive_killing_is_not_its_target():
    evs = events(run("وأكد الشيخ سلمان العودة أن رجال الأمن قُتلوا غدرا داخل المسجد.", published=SAT))
    assert all("سلمان العودة" not in ev[2] for ev in evs if ev[0] == "Killing")
    # the one the clause after أن is about still is
    [ev] = find(events(run("وذكر مقربون من الرئيس السابق علي عبدالله صالح أن الرجل الذي قتل في صنعاء دفن سرا.",
                           published=SAT)), "Killing")
    assert ev[2] == ["علي عبدالله صالح"]


def test_who_is_subjected_to_something_named_before_the_verb_is_not_the_acts_target():
    evs = events(run("وسط انتقادات تتعرض لها الحكومة الباكستانية غداة التفجير الذي استهدف سوقا في بيشاور، "
                     "قال وزير الداخلية إن التحقيقات مستمرة.", published=SAT))
    assert all("الحكومة الباكستانية" not in ev[2] for ev in find(evs, "Attack"))


def test_the_employer_of_the_one_held_named_by_his_trade_is_no_target():
    evs = events(run("وكانت جماعة الحوثي اعتقلت الصحافي في وكالة الأنباء اليمنية «سبأ» ومراسل صحيفة "
                     "«الشرق الأوسط» حمدان الرحبي."))
    assert [e[2] for e in evs if e[0] == "Arrest"] == [["حمدان الرحبي"]]


def test_a_killing_in_it_after_a_relative_is_passive_and_inherits_no_agent():
    evs = events(run("وزار رئيس الوزراء التركي أحمد داود أوغلو أمس موقعا حدوديا قرب الموقع الذي قتل فيه جندي في "
                     "اشتباكات مع متشددي تنظيم داعش.", published=SAT))
    assert not [e for e in evs if e[0] == "Killing" and e[1]]


def test_a_person_after_qutila_and_also_killed_in_fighting_was_killed():
    [kill] = find(events(run("وبحسب المصادر فقد قتل أيضا سالم الحربي المسؤول الأمني لمليشيا الحوثي في مواجهة وقعت "
                             "أمس.", published=SAT)), "Killing")
    assert kill[1] == [] and kill[2] == ["سالم الحربي"]
    [kill] = find(events(run("وقتل سالم الحربي القيادي في الحزب في اشتباكات مع الشرطة أمس.", published=SAT)),
                  "Killing")
    assert kill[1] == [] and kill[2] == ["سالم الحربي"]


def test_the_followers_of_a_person_killed_are_not_the_person():
    evs = events(run("لقي 24 عنصرا من ميليشيات الحوثي وعناصر الرئيس المخلوع علي عبدالله صالح مصرعهم في المعارك "
                     "أمس.", published=SAT))
    assert not [e for e in evs if "علي عبدالله صالح" in e[2]]
    evs = events(run("وقتل الرئيس المخلوع علي عبدالله صالح أمس في صنعاء.", published=SAT))
    assert [e for e in evs if e[2] == ["علي عبدالله صالح"]]


def test_one_named_only_by_his_guard_aides_or_sons_is_no_target_nor_doer():
    # the guard was killed, not the president named after him (nor is the president the bomber)
    evs = events(run("وقتل حارس الرئيس اليمني عبد ربه منصور هادي في انفجار سيارة مفخخة في عدن."))
    assert evs and all(e[1] == [] and e[2] == [] for e in evs)
    evs = events(run("وأكد مسؤولون أن أحد مساعدي الرئيس سلفا كير قتل أمس في هجوم على سيارته في جوبا."))
    assert evs and all("سلفا كير" not in e[2] for e in evs)
    evs = events(run("واعتقلت الشرطة المصرية أبناء القيادي خيرت الشاطر في القاهرة."))
    assert [(e[0], e[2]) for e in evs] == [("Arrest", [])]
    # named himself, he is the one held
    evs = events(run("واعتقلت الشرطة المصرية القيادي خيرت الشاطر في القاهرة."))
    assert [(e[0], e[2]) for e in evs] == [("Arrest", ["خيرت الشاطر"])]


def test_the_genitive_of_a_killing_does_not_run_past_a_comma_into_the_next_clause():
    evs = events(run("وأعلن الجيش مقتل جنديين، وتوعد تنظيم الدولة الإسلامية برد قاس."))
    assert all("تنظيم الدولة الإسلامية" not in e[2] for e in evs)
    # a group named in the genitive itself still is the one the killing fell on
    evs = events(run("وأعلن الجيش مقتل عشرين من عناصر تنظيم الدولة الإسلامية قرب الموصل."))
    assert any(e[0] == "Killing" and e[2] == ["تنظيم الدولة الإسلامية"] for e in evs)


def test_the_company_one_worked_at_when_kidnapped_is_no_target():
    evs = events(run("وكان المهندس الكندي يعمل عند خطفه في 12 مارس، لدى شركة نوفاتيك المتخصصة في التنقيب عن النفط.",
                     published=date(2016, 4, 2)))
    assert all("نوفاتيك" not in " ".join(e[2]) for e in evs)


def test_the_one_according_to_whom_is_no_target():
    evs = events(run("وبين مطلع يناير ونهاية مارس قتل 640 شخصا في أعمال العنف، على ما أعلنت بعثة الأمم المتحدة في "
                     "العراق في تقرير نشرته أمس.", published=date(2016, 4, 2)))
    assert [e for e in evs if e[0] == "Killing"] and all(e[2] == [] for e in evs)
