"""kg/events/merging.py: what one event takes from another, and merging one event told twice."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_killing_caused_by_a_strike_shares_its_arguments():
    evs = events(run("شنت القيادة الأمريكية في أفريقيا غارة جوية قرب بلدة جلب، الأربعاء، "
                     "وأسفرت الغارة عن مقتل القيادي في حركة الشباب عبد الله نور.", published=SAT))
    [kill] = find(evs, "Killing")
    [strike] = find(evs, "Strike")
    assert kill[2] == ["عبد الله نور"]
    assert kill[1] == strike[1] and strike[1]          # the strike's agent
    assert kill[4] == strike[4] == "2026-01-14"


def test_same_attack_told_twice_is_one_event():
    doc = run("هاجم مسلحون من تنظيم الدولة بلدة الشحيل في 3 كانون الثاني/ يناير. "
              "وأسفر الهجوم على الشحيل عن مقتل جنديين.", published=SAT)
    attacks = [e for e in doc.events if e.type == "Attack"]
    assert len(attacks) == 1 and attacks[0].date == "2026-01-03"


def test_killed_in_it_refers_to_the_attack_told_before():
    evs = events(run("هاجم مسلحون من حركة الشباب قاعدة في بلدة جلب، وقُتل فيها أكثر من 100 مقاتل.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["حركة الشباب"] and kill[3] == ["جلب"]


def test_the_operation_referred_back_to_is_the_one_just_told():
    evs = events(run('أعلن الحرس الثوري الإيراني أنه نفذ ضربات بطائرات مسيرة على مواقع لجماعة "جيش العدل". '
                     'وقال قائد في الحرس إن العملية التي أطلق عليها اسم "فجر الحرية" ستستمر.',
                     published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["الحرس الثوري الإيراني"] and op[2] == ["جيش العدل"]


def test_killed_by_a_strike_told_after_a_long_subject():
    evs = events(run("قُتل قيادي في قوات سوريا الديمقراطية (قسد) ومرافقه، الجمعة، بغارة لطائرة مسيرة "
                     "تركية استهدفت سيارتهما قرب قرية خراب عشك.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[3] == ["خراب عشك"] and kill[4] == "2026-01-16"


def test_killing_during_an_operation_told_after_the_groups_description():
    evs = events(run('أعلن المتحدث العسكري، الأربعاء، مقتل سبعة مسلحين من تنظيم "ولاية سيناء"، فرع تنظيم '
                     'الدولة الإسلامية في مصر، خلال عملية أمنية نفذتها قوات الجيش الثاني الميداني جنوب '
                     'مدينة الشيخ زويد.', published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["قوات الجيش الثاني الميداني"]


def test_operation_the_strikes_come_within_is_their_agents():
    evs = events(run('قالت وزارة الدفاع التركية إن الجيش التركي شن غارات جوية على منطقتي قنديل وهاكورك. '
                     'وأضاف المتحدث أن الغارات تأتي ضمن عملية "المخلب-القفل" ضد مواقع الحزب.', published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["الجيش التركي"]


def test_killed_in_the_strikes_told_before():
    evs = events(run("أعلنت القيادة المركزية الأميركية أن مقاتلات أميركية شنت الخميس غارات جوية على مواقع في "
                     "محافظة الحديدة. وأفادت وزارة الصحة في صنعاء بمقتل سبعة أشخاص في الغارات.", published=SAT))
    [kill] = find(evs, "Killing")
    [strike] = find(evs, "Strike")
    assert kill[3] == strike[3] and kill[4] == strike[4] == "2026-01-15"


def test_the_strikes_told_before_killing_share_their_agent_place_and_date():
    evs = events(run("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة يوم الخميس، وقال المتحدث "
                     "باسم التحالف أحمد عسيري يوم الجمعة إن الغارات قتلت 20 مسلحا.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["التحالف"] and kill[3] == ["صعدة"] and kill[4] == "2026-01-15"


def test_fighters_killed_in_an_attack_are_the_attackers_not_its_victims():
    evs = events(run("اشتبك الجنود مع عناصر بوكو حرام عند محاولتهم اقتحام بلدات غوزا وباما، مما أدى "
                     "إلى مقتل 14 مسلحا."))
    [kill] = find(evs, "Killing")
    assert kill[1] == [] and kill[2] == ["بوكو حرام"] and "غوزا" in kill[3]


def test_act_named_again_with_the_article_is_where_and_when_the_act_was():
    evs = events(run("انفجرت عبوة ناسفة بدورية للجيش في مدينة الرمادي يوم الخميس. "
                     "وتبنى تنظيم داعش التفجير في بيان نشره أمس.", published=SAT))
    attacks = find(evs, "Attack")
    assert any(e[1] == ["تنظيم داعش"] and any("الرمادي" in p for p in e[3]) for e in attacks)
    assert all(e[4] == "2026-01-15" for e in attacks)


def test_killing_when_an_act_happened_shares_its_doer_and_place():
    evs = events(run("وقتل خمسة جنود حين هاجم مسلحون من جماعة بوكو حرام ثكنة قرب مايدوغوري.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["جماعة بوكو حرام"] and kill[3] == ["مايدوغوري"]


def test_an_act_told_again_as_a_claimed_attack_gives_its_doer_to_the_act_and_its_toll():
    evs = events(run("انفجرت سيارة مفخخة في سوق بلدة الرمال، ما أدى إلى مقتل تسعة أشخاص، في هجوم "
                     "أعلنت جبهة النصرة مسؤوليتها عنه.", published=SAT))
    assert all(e[1] == ["جبهة النصرة"] for e in evs if e[0] in ("Attack", "Killing"))
    assert find(evs, "Killing")
    # "في هجوم آخر" is another act
    evs = events(run("انفجرت سيارة مفخخة في سوق بلدة الرمال، ما أدى إلى مقتل تسعة أشخاص، في هجوم "
                     "آخر شنه تنظيم داعش.", published=SAT))
    assert [e[1] for e in find(evs, "Killing")] == [[]]


def test_a_killing_caused_by_what_follows_jarraa_takes_its_doer():
    evs = events(run("قتل ثلاثة مدنيين جراء سقوط قذيفة أطلقتها جماعة الحوثي على مدينة مأرب.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["جماعة الحوثي"]


def test_lives_taken_are_not_a_killing_of_him_what_was_attacked_is_no_victim():
    # بحياة ends in ه once normalised (teh marbuta): no pronoun of the one killed
    evs = events(run("وتبنى تنظيم داعش الهجوم الذي استهدف فندق كورنثيا في طرابلس وأودى بحياة تسعة "
                     "أشخاص.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[2] == []


def test_a_killing_in_an_assault_happened_where_the_assault_was():
    # kg.events.grammar.MEANS_NOUNS: "في اعتداء" is the means of the killing
    evs = events(run("قُتل طفل ووالده في اعتداء نفذه مستوطنون في مدينة الخليل.", published=date(2026, 1, 17)))
    assert [e[3] for e in evs if e[0] == "Killing"] == [["مدينة الخليل"]]


def test_a_killing_told_with_a_long_aside_still_happened_in_the_operation_after_it():
    evs = events(run('وكان الجيش العراقي قد قتل، الأسبوع الماضي، القيادي في تنظيم داعش سالم خالد الجبوري، المعروف '
                     'بـ"أبو عمر"، مع خمسة من مرافقيه في عملية عسكرية قرب بلدة الحويجة.', published=SAT))
    assert [e[3] for e in evs if e[0] == "Killing"] == [["الحويجة"]]


def test_a_killing_during_the_fighting_told_before_happened_where_it_was():
    evs = events(run("هاجم مسلحون من حركة الشباب، فجر الجمعة، بلدة جلب جنوبي الصومال، واشتبكوا لساعات مع الجيش "
                     "الصومالي. وقال متحدث عسكري إن القوات قتلت 14 مسلحا، مقرا بمقتل جنديين خلال المواجهات.",
                     published=SAT))
    killed = [e for e in evs if e[0] == "Killing" and e[2] == ["الجيش الصومالي"]]
    assert killed and killed[0][3] == ["جلب"] and killed[0][4] == "2026-01-16"


def test_the_attackers_killed_fell_where_the_attack_told_before_was():
    evs = events(run("هاجم مسلحون من حركة الشباب، فجر الجمعة، بلدة جلب جنوبي الصومال. وقال متحدث عسكري إن القوات "
                     "الحكومية قتلت 14 من المهاجمين، بينهم القيادي سالم عمر.", published=SAT))
    assert [(e[3], e[4]) for e in evs if e[0] == "Killing"] == [(["جلب"], "2026-01-16")]


def test_soldiers_killed_in_an_attack_on_their_force_are_that_force_killed():
    evs = events(run("قُتل جندي وأصيب اثنان آخران، الثلاثاء، في انفجار لغم أرضي استهدف دورية للجيش التونسي "
                     "في جبل السلوم.", published=SAT))
    assert [e[2] for e in evs if e[0] == "Killing"] == [["للجيش التونسي"]]
    # no soldiers counted: the ones killed are not taken to be the force hit
    evs = events(run("قُتل شخص وأصيب اثنان آخران، الثلاثاء، في انفجار لغم أرضي استهدف دورية للجيش التونسي "
                     "في جبل السلوم.", published=SAT))
    assert [e[2] for e in evs if e[0] == "Killing"] == [[]]


def test_an_arrest_made_in_an_operation_was_made_by_its_doer():
    evs = events(run("وفي مدينة الفلوجة، اعتُقل الخميس الماضي ثلاثة متهمين بالإرهاب خلال عملية دهم نفذتها قوة من "
                     "الجيش العراقي.", published=SAT))
    assert [e[1] for e in evs if e[0] == "Arrest"] == [["الجيش العراقي"]]


def test_killing_an_attack_led_to_takes_its_agent():
    evs = events(run("أسفر هجوم لتنظيم داعش على حاجز للجيش المصري عن مقتل سبعة جنود.",
                     published=date(2026, 1, 17)))
    [ev] = [e for e in evs if e[0] == "Killing"]
    assert ev[1] == ["تنظيم داعش"]


def test_killing_a_bombing_led_to_takes_its_place():
    evs = events(run("أدى تفجير سيارة مفخخة في حي الكرادة ببغداد إلى مقتل عشرين شخصا.",
                     published=date(2026, 1, 17)))
    [ev] = [e for e in evs if e[0] == "Killing"]
    assert ev[3] == ["حي الكرادة"]


def test_fighters_killed_by_the_doer_of_an_operation_are_of_the_group_it_was_against():
    evs = events(run("أعلن الجيش اللبناني انتهاء عملية عسكرية أطلقها ضد تنظيم «داعش» قرب بلدة عرسال، "
                     "مؤكدا أن وحداته قتلت أكثر من 60 مسلحا."))
    [killing] = find(evs, "Killing")
    assert killing[2] == ["داعش"]


def test_killing_an_operation_resulted_in_is_by_the_operation_doer():
    evs = events(run("أطلقت القوات الأفغانية عملية ضد حركة طالبان في ولاية ننغرهار. وأوضح المتحدث باسم الوزارة "
                     "أن العملية التي أطلق عليها اسم «شفق» أسفرت حتى الآن عن مقتل 62 مسلحا، بينهم القيادي "
                     "في الحركة ملا عبد الله نوري."))
    [k] = [e for e in evs if e[0] == "Killing"]
    assert k[1] == ["القوات الأفغانية"]


def test_killing_takes_place_of_the_act_told_after_a_long_toll():
    """"قُتل N، بينهم ...، وأصيب M آخرون، عندما فجر انتحاري نفسه في X": the bombing is the
    means, past the long toll."""
    from datetime import date as _date
    evs = events(run("قُتل 15 شخصا على الأقل، بينهم ثلاثة من عناصر الشرطة الأفغانية، وأصيب أكثر من 30 بجروح "
                     "آخرين، عندما فجر انتحاري نفسه وسط سوق شعبية في مدينة قندهار.", published=_date(2017, 2, 3)))
    [k] = [e for e in evs if e[0] == "Killing"]
    assert k[3] and k[3][0].endswith("قندهار")


def test_some_of_them_killed_by_a_strike_are_of_the_group_struck():
    """"غارة استهدفت مواقع لحركة X، ما أدى إلى مقتل خمسة منهم": X lost them."""
    from datetime import date as _date
    evs = events(run("قالت مصادر محلية إن غارة جوية استهدفت تجمعا لمسلحي حركة الشباب قرب بلدة بارديري، "
                     "ما أدى إلى مقتل خمسة منهم.", published=_date(2017, 2, 3)))
    [k] = [e for e in evs if e[0] == "Killing"]
    assert k[2] == ["حركة الشباب"]


def test_acts_whose_doer_is_the_others_victim_stay_apart():
    doc = run("قتلت المقاومة الشعبية 20 من مليشيات الحوثي في تعز أمس. وقتل اثنان من رجال المقاومة الشعبية في تعز "
              "أمس.", published=date(2015, 8, 9))
    kills = [e for e in events(doc) if e[0] == "Killing"]
    assert not [e for e in kills if set(e[1]) & set(e[2])]
    assert [e for e in kills if e[1] == ["المقاومة الشعبية"]] and [e for e in kills if e[2] == ["المقاومة الشعبية"]]


def test_act_dated_by_the_report_takes_the_day_told_with_its_anaphor():
    # the report is of today; the attack, named again with its own day, was yesterday
    evs = events(run("أعلنت الشرطة اليوم (السبت) أن جنديين قتلا في هجوم لمسلحين على حاجز في مدينة العريش. "
                     "وقال متحدث إن مسلحا قتل أيضا في الهجوم الذي وقع أمس الجمعة على الحاجز.",
                     published=date(2016, 8, 6)))
    dates = {e[4] for e in evs if e[0] == "Attack"}
    assert dates == {"2016-08-05"}
