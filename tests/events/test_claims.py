"""kg/events/claims.py: claims of responsibility and blame give the agent."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_claimed_attack_gets_the_claimer_as_agent_and_not_as_victim():
    doc = run("استهدف تفجير انتحاري مسجدا في مدينة مزار شريف يوم الجمعة. وكان التفجير قد أسفر عن "
              "مقتل 11 مصليا على الأقل، وتبنّاه تنظيم ولاية خراسان في بيان.", published=SAT)
    evs = events(doc)
    [attack] = find(evs, "Attack")
    assert attack[1] == ["تنظيم ولاية خراسان"]
    assert all("تنظيم ولاية خراسان" not in ev[2] for ev in evs)


def test_claim_of_an_act_named_after_the_verb():
    evs = events(run("واستهدف هجوم انتحاري مسجدا في مزار شريف. وتبنت حركة الشباب الهجوم في بيان.",
                     published=SAT))
    assert any(ev[1] == ["حركة الشباب"] and ev[3] == ["مزار شريف"] for ev in find(evs, "Attack"))


def test_responsibility_claimed_for_an_attack():
    [ev] = find(events(run("أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في أفجوي.",
                           published=SAT)), "Attack")
    assert ev[1] == ["حركة الشباب"]


def test_habitual_claims_do_not_reach_back():
    evs = events(run("وقال المتحدث إن الجيش الصومالي أحبط هجوما انتحاريا على قاعدة في بلدة أفجوي. وتتبنى "
                     "حركة الشباب هجمات شبه يومية ضد الحكومة.", published=SAT))
    foiled = [ev for ev in find(evs, "Attack") if ev[3] == ["أفجوي"]]
    assert foiled and all("حركة الشباب" not in ev[1] for ev in foiled)


def test_group_blamed_for_the_attack_is_its_agent():
    doc = run("قتل 20 مدنيا في هجوم على قرية غربي النيجر. وحملت الوزارة، في بيان، "
              "مسؤولية الهجوم لتنظيم الدولة الإسلامية في الصحراء الكبرى.")
    attacks = [ev for ev in events(doc) if ev[0] == "Attack" and "النيجر" in ev[3]]
    assert attacks and attacks[0][1] == ["تنظيم الدولة الإسلامية في الصحراء الكبرى"]


def test_responsibility_announced_after_the_attack_in_the_same_sentence():
    evs = events(run("هاجم مسلحون حاجزا للشرطة في بلدة الرمال يوم الخميس، وأعلنت حركة طالبان "
                     "مسؤوليتها عن الهجوم.", published=SAT))
    assert all(ev[1] == ["حركة طالبان"] for ev in find(evs, "Attack"))
    assert ("Attack", ["حركة طالبان"], [], ["الرمال"], "2026-01-15") in evs


def test_responsibility_for_an_attack_told_after_it():
    [ev] = find(events(run("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم الذي استهدف مسجدا في "
                           "مدينة القطيف.")), "Attack")
    assert ev[1] == ["تنظيم الدولة الإسلامية"] and ev[3] == ["القطيف"]


def test_rockets_fired_are_a_strike_claimed_past_an_apposition():
    [ev] = find(events(run("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها عن إطلاق صواريخ "
                           "على مدينة عسقلان.", published=SAT)), "Strike")
    assert ev[1] == ["كتائب القسام"] and ev[3] == ["عسقلان"]


def test_rockets_planned_are_no_strike():
    evs = events(run("وقال الجيش إن القيادي سالم حميد خطط لإطلاق صواريخ على مدينة عسقلان.", published=SAT))
    assert find(evs, "Strike") == []


def test_claim_announced_far_from_its_announcer_or_for_the_act_just_told():
    evs = events(run("انفجرت سيارة مفخخة قرب مركز للشرطة في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء "
                     "في بيان نشره على الإنترنت مسؤوليته عن التفجير.", published=SAT))
    assert any(e[1] == ["تنظيم ولاية سيناء"] for e in find(evs, "Attack"))
    evs = events(run("قتل 12 شخصا في تفجير استهدف سوقا في كركوك، وأعلن تنظيم داعش مسؤوليته عنه.",
                     published=SAT))
    assert any(e[1] == ["تنظيم داعش"] and e[2] == [] for e in find(evs, "Attack"))


def test_group_blamed_as_the_object_before_the_responsibility():
    evs = events(run("وحمّلت وزارة الداخلية جماعة الإخوان المسلمين مسؤولية التفجير الذي استهدف "
                     "حافلة للشرطة في القاهرة.", published=SAT))
    assert any(e[1] == ["جماعة الإخوان المسلمين"] for e in find(evs, "Attack"))


def test_standing_behind_the_act_is_a_claim_an_accusation_of_it_is_not():
    evs = events(run("قُتل خمسة جنود في هجوم على قاعدة عسكرية في ولاية بورنو. وقالت جماعة بوكو حرام "
                     "إنها تقف وراء الهجوم.", published=SAT))
    assert any(e[1] == ["جماعة بوكو حرام"] for e in find(evs, "Attack"))
    evs = events(run("انفجرت سيارة مفخخة قرب السفارة في كابول. واتهم وزير الداخلية الأفغاني "
                     "شبكة حقاني بالوقوف وراء الهجوم.", published=SAT))
    assert all("شبكة حقاني" not in e[1] for e in evs)


def test_claim_announced_by_a_group_named_in_quotes_past_an_apposition():
    evs = events(run("أعلنت جماعة «صقور حرية كردستان»، المنشقة عن حزب العمال الكردستاني، مسؤوليتها "
                     "عن التفجير الذي وقع في مدينة أضنة.", published=SAT))
    assert any(e[1] == ["صقور حرية كردستان"] for e in find(evs, "Attack"))


def test_the_agency_credited_before_a_claim_verb_is_no_claimer():
    evs = events(run("كراتشي - أ ف ب: تبنى جيش تحرير بلوشستان تفجيرا استهدف حافلة في كراتشي.",
                     published=SAT))
    assert all("أ ف ب" not in e[1] for e in evs)


def test_blame_with_no_act_after_it_is_for_the_act_told_before():
    evs = events(run("استهدف هجوم صاروخي قاعدة عين الأسد في محافظة الأنبار، الثلاثاء، "
                     "وحملت الحكومة العراقية جماعة كتائب حزب الله المسؤولية عن ذلك."))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[1] == ["كتائب حزب الله"]


def test_blame_for_something_else_names_no_doer():
    evs = events(run("استهدف هجوم صاروخي قاعدة عين الأسد في محافظة الأنبار، الثلاثاء، "
                     "وحملت الحكومة العراقية جماعة كتائب حزب الله المسؤولية السياسية عن تدهور الأوضاع."))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[1] == []


def test_claimed_act_named_after_the_claimers_description_and_a_date():
    from datetime import date
    evs = events(run("تبنت منظمة «صقور حرية كردستان» المقربة من حزب العمال الكردستاني، اليوم الجمعة، "
                     "التفجير الذي استهدف مساء الأربعاء حافلات تقل عسكريين في أنقرة.",
                     published=date(2016, 2, 19)))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[1] == ["صقور حرية كردستان"] and a[4] == "2016-02-17"


def test_a_claim_of_the_operation_after_an_assassination_names_the_killer():
    from datetime import date
    evs = events(run("اغتال مسلحون مجهولون، صباح أمس، ضابطا في الشرطة المصرية أمام منزله بمدينة العريش. "
                     "وتبنت جماعة «ولاية سيناء»، الفرع المحلي لتنظيم الدولة، العملية في بيان.",
                     published=date(2015, 9, 10)))
    [k] = [e for e in evs if e[0] == "Killing"]
    assert k[1] == ["ولاية سيناء"] and k[2] == ["الشرطة المصرية"]


def test_blame_for_another_act_does_not_name_a_killer():
    from datetime import date
    evs = events(run("قتل ثلاثة جنود أمس في مدينة العريش. وحملت الحكومة جماعة الإخوان المسلمين مسؤولية "
                     "تدهور الأوضاع.", published=date(2015, 9, 10)))
    assert all(e[1] == [] for e in evs if e[0] == "Killing")


def test_an_act_ascribed_to_a_group_was_done_by_it():
    from datetime import date
    evs = events(run("قتل 32 شخصا الإثنين في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج، ونسبت السلطات "
                     "التركية الهجوم إلى تنظيم الدولة الإسلامية.", published=date(2015, 7, 23)))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["تنظيم الدولة الإسلامية"]]


def test_the_one_ascribing_is_no_doer():
    from datetime import date
    evs = events(run("قتل 32 شخصا الإثنين في تفجير انتحاري في بلدة سروج، ونسبت السلطات التركية الهجوم "
                     "إلى جهات مجهولة.", published=date(2015, 7, 23)))
    assert all(e[1] == [] for e in evs)


def test_killing_claimed_by_the_anaphor_of_its_attack():
    evs = events(run("لقي النائب في البرلمان عبدي حسن ورسمة مصرعه برصاص مسلحين أمام منزله في حي هودن، "
                     "فيما تبنت حركة الشباب الهجوم."))
    [k] = [e for e in evs if e[0] == "Killing"]
    [a] = [e for e in evs if e[0] == "Attack"]
    assert k[1] == ["حركة الشباب"] and a[1] == ["حركة الشباب"]
    assert a[2] == ["عبدي حسن ورسمة"] and a[3] == ["حي هودن"]


def test_attack_claimed_after_a_fronted_place_falls_on_the_one_killed():
    evs = events(run("وفي العاصمة مقديشو، لقي النائب عبدي حسن ورسمة مصرعه برصاص مسلحين أمام منزله، فيما تبنت "
                     "حركة الشباب الهجوم."))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[1] == ["حركة الشباب"] and a[2] == ["عبدي حسن ورسمة"]


def test_a_killing_claimed_by_its_name():
    # "وتبنى تنظيم X في بيان اغتيال ضابط": X killed him
    evs = events(run("وتبنى تنظيم «ولاية سيناء» في بيان عبر وكالة أعماق اغتيال ضابط في الشرطة المصرية "
                     "بمدينة الشيخ زويد."))
    [killing] = [e for e in evs if e[0] == "Killing"]
    assert killing[1] == ["ولاية سيناء"]


def test_a_killing_with_no_claim_has_no_claimer():
    evs = events(run("ولم تعلن أي جهة مسؤوليتها عن اغتيال الضابط في مدينة الشيخ زويد."))
    assert all(e[1] == [] for e in evs)


def test_an_act_attributed_by_its_pronoun_is_done_by_the_group_after_to():
    """"هجوم انتحاري نسبته السلطات إلى تنظيم X": X did it; "ونسبه الجيش إلى عناصر حزب Y": Y."""
    from datetime import date as _date
    evs = events(run("بعد ثلاثة أيام على هجوم انتحاري في مدينة غازي عنتاب نسبته السلطات إلى تنظيم داعش.",
                     published=_date(2016, 8, 24)))
    assert [e for e in evs if e[0] == "Attack" and e[1] == ["تنظيم داعش"]]
    evs = events(run("وقتل جندي في هجوم بقذائف الهاون على مخفر حدودي في ولاية شرناق، ونسبه الجيش إلى عناصر "
                     "حزب العمال الكردستاني.", published=_date(2016, 8, 24)))
    assert [e for e in evs if e[1] == ["حزب العمال الكردستاني"]]


def test_the_group_before_an_apposition_naming_its_parent_claims_the_attack():
    """"وكان تنظيم «X»، فرع تنظيم Y في مصر، قد تبنى ... هجوما": X, not Y."""
    evs = events(run("وكان تنظيم «ولاية سيناء»، فرع تنظيم داعش في مصر، قد تبنى الأسبوع الماضي هجوما على "
                     "كمين للجيش في مدينة رفح."))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[1] == ["ولاية سيناء"]


def test_the_group_a_claimer_belongs_to_is_not_the_claimer():
    # "لتنظيم «Y»" after the claimer names what it belongs to (an apposition or الموالي لـ)
    evs = events(run("هاجم مسلحون نقطة للجيش قرب بلدة ديفا يوم الخميس. وأعلنت جماعة «أنصار الإسلام»، "
                     "الذراع المحلية لتنظيم «القاعدة»، مسؤوليتها عن الهجوم في بيان مصور.", published=SAT))
    [attack] = find(evs, "Attack")
    assert attack[1] == ["أنصار الإسلام"]
    evs = events(run("انفجرت سيارة مفخخة قرب مركز للشرطة في بلدة غوزا يوم الأربعاء، وأعلن تنظيم «ولاية "
                     "غرب أفريقيا» الموالي لتنظيم «داعش» مسؤوليته عن التفجير.", published=SAT))
    assert all(ev[1] == ["ولاية غرب أفريقيا"] for ev in find(evs, "Attack"))


def test_responsibility_claimed_for_a_killing_names_its_killer_too():
    evs = events(run("قُتل العقيد سامي الحربي، مدير شرطة مديرية الشحر في مدينة المكلا، مساء الخميس، بعدما "
                     "فتح مسلحون مجهولون النار على سيارته. وأعلن تنظيم القاعدة مسؤوليته عن الاغتيال في بيان.",
                     published=SAT))
    assert any(ev[1] == ["تنظيم القاعدة"] and ev[2] == ["سامي الحربي"] for ev in find(evs, "Killing"))


def test_the_subject_of_the_announcement_claims_not_the_site_its_statement_was_on():
    evs = events(run("أعلنت حركة الشباب في بيان نشر على موقع تويتر اليوم مسؤوليتها عن التفجير الذي استهدف "
                     "فندقا في مقديشو.", published=date(2015, 8, 6)))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["حركة الشباب"]]
    # a claim told in what the announcer says is the claim of its own subject
    evs = events(run("أعلن الجيش الصومالي أن حركة الشباب أعلنت مسؤوليتها عن الهجوم على الفندق.",
                     published=date(2015, 8, 6)))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["حركة الشباب"]]


def test_a_claim_the_group_did_not_announce_gives_no_agent():
    evs = events(run("ولم تعلن حركة طالبان مسؤوليتها عن هجوم أوقع 15 قتيلا في منطقة سكنية ليل الخميس.",
                     published=date(2015, 8, 9)))
    assert not [e for e in evs if e[1]]
    evs = events(run("وأعلنت حركة طالبان مسؤوليتها عن هجوم أوقع 15 قتيلا في منطقة سكنية ليل الخميس.",
                     published=date(2015, 8, 9)))
    assert [e for e in evs if e[0] == "Attack" and e[1] == ["حركة طالبان"]]


def test_a_responsibility_denied_or_disowned_names_no_doer():
    for text in ("ونفى تنظيم القاعدة في بيان مسؤوليته عن تفجير السوق في مدينة المكلا.",
                 "وتبرأت حركة طالبان من المسؤولية عن الهجوم على الفندق في كابول."):
        evs = [e for e in events(run(text)) if e[0] == "Attack"]
        assert evs and all(e[1] == [] for e in evs), text
    # a claim after the denial of another still names its doer
    evs = events(run("ونفت حركة الشباب ذلك، فيما أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على الفندق "
                     "في مقديشو."))
    assert [(e[0], e[1]) for e in evs] == [("Attack", ["تنظيم الدولة الإسلامية"])]


def test_act_ascribed_in_the_passive_after_it():
    evs = events(run("وأضافت المصادر أن هجوما وقع مساء الجمعة في بلدة الصفا في محافظة النخيل نسب إلى "
                     "جماعة النصر، وأدى إلى مقتل شرطي.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["جماعة النصر"]


def test_act_ascribed_in_the_passive_before_it_past_the_group_men():
    evs = events(run("وأعلنت جماعة الفجر مسؤوليتها عن الهجوم على السفارة، فيما نسب الى المتمردين في "
                     "جماعة النصر هجومان آخران في بلدة الصفا.", published=SAT))
    assert ("Attack", ["جماعة النصر"], [], ["الصفا"], None) in evs


def test_saying_ascribed_in_the_passive_claims_nothing():
    evs = events(run("وقتل جندي في هجوم على بلدة الصفا، ونسب إلى جماعة الفجر قولها إن المهاجمين فروا.",
                     published=SAT))
    assert all(ev[1] == [] for ev in evs)


def test_two_acts_claimed_with_the_dual_pronoun():
    evs = events(run("قتل عشرة أشخاص أمس في الصومال في هجومين تبنتهما حركة الشباب."))
    [att] = [e for e in evs if e[0] == "Attack"]
    assert att[1] == ["حركة الشباب"]
