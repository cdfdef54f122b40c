"""kg/events/dates.py: the date an event takes."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_the_acts_own_date_wins_over_the_announcements():
    evs = events(run("أعلنت خلية الإعلام الأمني، أمس الجمعة، مقتل خمسة من عناصر تنظيم داعش "
                     "بضربات جوية نفذتها القوة الجوية العراقية فجر الخميس في وادي حوران.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[4] == "2026-01-15" and kill[1] == ["القوة الجوية العراقية"]
    # with no date of its own, the announcement's date is the best the text gives
    [kill] = find(events(run("أعلن الجيش العراقي، الجمعة، مقتل القيادي في تنظيم الدولة سالم "
                             "الدليمي بغارة جوية.", published=SAT)), "Killing")
    assert kill[4] == "2026-01-16"


def test_act_told_n_days_before_the_clause_date():
    evs = events(run("أعلنت وزارة الداخلية، أمس الجمعة، اعتقال خمسة عناصر من تنظيم الدولة، بعد يومين "
                     "من تفجير انتحاري استهدف مسجدا في مدينة مزار شريف.", published=SAT))
    [attack] = find(evs, "Attack")
    [arrest] = find(evs, "Arrest")
    assert attack[4] == "2026-01-14" and arrest[4] == "2026-01-16"


def test_an_event_told_as_the_cause_of_a_later_one_keeps_its_own_date():
    # the arrest is on Monday; the attack it followed on the 10th
    evs = events(run("اعتقلت الشرطة التركية يوم الاثنين ثلاثة مشتبهين في إسطنبول بعد هجوم نفذه "
                     "مسلحون على مركز للشرطة في 10 كانون الثاني.", published=SAT))
    assert find(evs, "Arrest")[0][4] == "2026-01-12"
    assert find(evs, "Attack")[0][4] == "2026-01-10"


def test_a_start_told_with_since_before_the_act_is_not_its_date():
    evs = events(run("ويشهد الإقليم منذ عام 2017 تمردا أودى بحياة أكثر من أربعة آلاف من عناصر "
                     "الجيش الموزمبيقي."))
    assert all(ev[4] != "2017" for ev in evs)
    # but "منذ X، حين قُتل": the time the act itself happened
    evs = events(run("ويعد التفجير الأعنف منذ تموز الماضي، حين قُتل قائد الشرطة في قندوز محمد أمين "
                     "فاروقي في هجوم مماثل تبناه تنظيم الدولة.", published=SAT))
    assert find(evs, "Killing")[0][4] == "2025-07"


def test_an_act_told_weeks_before_the_clause_does_not_take_its_date():
    evs = events(run("قُتل خمسة قرويين اليوم الاثنين بعد شهرين من إطلاق كينيا حملة ضد حركة "
                     "الشباب.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[4] is None
    assert find(evs, "Killing")[0][4] == "2026-01-12"


def test_day_before_yesterday_with_min():
    [ev] = find(events(run("اعتقلت الشرطة العراقية أول من أمس سالم حميد الدليمي في الموصل.",
                           published=SAT)), "Arrest")
    assert ev[4] == "2026-01-15"


def test_a_date_in_a_relative_clause_about_a_later_name_is_not_the_acts():
    # the town's capture has its own past time; the killing has none
    [kill] = find(events(run("قتل عشرة مدنيين في بلدة الرمال التي سيطر عليها المسلحون في مارس.",
                             published=SAT)), "Killing")
    assert kill[4] is None


def test_a_date_after_a_present_relative_or_a_marker_of_the_act_stays_the_acts():
    # a state (يسيطر) has no time of its own; "التي أطلقتها" tells the act itself
    [kill] = find(events(run("قتل عشرة مدنيين في بلدة الرمال التي يسيطر عليها المسلحون شمال "
                             "البلاد يوم الاثنين.", published=SAT)), "Killing")
    assert kill[4] == "2026-01-12"
    evs = events(run("وأعلن الجيش مقتل 14 مسلحا في جبال الريح ضمن عملية \"الحسم\" التي "
                     "أطلقتها القوات في كانون الأول/ديسمبر الماضي.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[4] == "2025-12"


def test_a_relative_after_an_operations_quoted_name_tells_the_operation():
    evs = events(run("وقتلت القوات 22 مسلحا في محيط بلدة الريح في إطار عملية \"سيف الصحراء\" "
                     "التي بدأت في آب/أغسطس الماضي.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[4] == "2025-08"


def test_a_compared_act_takes_the_place_and_date_of_the_act_it_measures():
    evs = events(run("قتل 42 شخصا في انفجار سيارتين مفخختين استهدفتا مسجدين في مدينة طرابلس، أمس "
                     "الجمعة، في أعنف تفجير تشهده المدينة منذ نهاية الحرب الأهلية عام 1990.",
                     published=SAT))
    assert {e[4] for e in evs} == {"2026-01-16"}
    evs = events(run("وقتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة في الأردن، أمس، في أول هجوم "
                     "يوقع قتلى منذ اندلاع الحرب في غزة في تشرين الأول/أكتوبر الماضي.", published=SAT))
    assert "2025-10" not in {e[4] for e in evs}


def test_an_act_takes_the_date_of_the_attack_it_was_done_in():
    # the killing's scope ends at "في هجومين"; the date told after the attacks is the killing's too
    evs = events(run("وقتل مسلحون يطالبون بانفصال الإقليم قاضيا في المحكمة العليا "
                     "وسائقه ومرافقا له في هجومين منفصلين مساء الخميس.", published=SAT))
    assert find(evs, "Killing")[0][4] == "2026-01-15"
    assert find(evs, "Attack")[0][4] == "2026-01-15"


def test_a_since_date_past_a_comma_in_another_clause_is_not_the_acts():
    evs = events(run("وذكرت الجمعية أن اعتداء على المعتقلين نفذته إدارة السجن مؤخرا بهدف تفريقهم، "
                     "واحتجاجا على ذلك بدأ 50 معتقلا إضرابا عن الطعام منذ الثالث من آذار الجاري.",
                     published=date(2026, 3, 17)))
    assert find(evs, "Attack") and all(e[4] is None for e in find(evs, "Attack"))
    # but the start of an ongoing campaign told in its own clause still dates it
    evs = events(run('وقال الضابط إن القصف يأتي ضمن عملية "السيف-الحاد" المتواصلة منذ أيار/مايو 2023.'))
    assert find(evs, "MilitaryOperation")[0][4] == "2023-05"


def test_a_toll_told_later_without_a_time_is_on_the_storys_day():
    text = ("انفجرت سيارة مفخخة صباح أمس قرب مبنى البلدية في مدينة كركوك.\n"
            "وقال مسؤول في الشرطة إن سبعة أشخاص قتلوا عندما اقترب الانتحاري من البوابة.")
    kills = find(events(run(text, published=SAT)), "Killing")
    assert kills and all(k[4] == "2026-01-16" for k in kills)


def test_a_toll_in_a_flashback_or_after_another_act_does_not_borrow_the_storys_day():
    text = ("أعلنت الشرطة أمس اعتقال ثلاثة مشتبهين في مدينة كركوك.\n"
            "وكان سبعة جنود قد قتلوا في المدينة نفسها.")
    kills = find(events(run(text, published=SAT)), "Killing")
    assert kills and all(k[4] is None for k in kills)
    text = ("أعلنت الشرطة أمس اعتقال ثلاثة مشتبهين في مدينة كركوك.\n"
            "وشن مسلحون هجوما على حاجز للجيش أسفر عن مقتل جنديين.")
    kills = find(events(run(text, published=SAT)), "Killing")
    assert kills and all(k[4] != "2026-01-16" for k in kills)



def test_a_death_told_in_a_bracketed_aside_does_not_borrow_the_storys_day():
    text = ("أعلنت الشرطة أمس اعتقال خلية من خمسة أشخاص في مدينة كركوك.\n"
            "وأضافت أن المتهمين هم علي حسن (انضم إلى التنظيم وقتل في سوريا) ومحمود سالم وأحمد كريم.")
    kills = find(events(run(text, published=SAT)), "Killing")
    assert kills and all(k[4] is None for k in kills)


def test_a_date_in_a_relative_clause_before_the_act_is_not_its_date():
    evs = events(run("وفي مدينة درعا، التي سيطر عليها الجيش السوري عام 2018، قتل مسلحون ثلاثة مدنيين.",
                     published=SAT))
    kills = find(evs, "Killing")
    assert kills and all(k[4] != "2018" for k in kills)


def test_the_act_the_ones_held_carried_out_takes_not_the_arrest_date():
    evs = events(run("اعتقلت الشرطة التركية، أمس الاثنين، منفذ الهجوم على الملهى الليلي في إسطنبول.",
                     published=date(2016, 3, 8)))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[4] == "2016-03-07"
    assert all(e[4] is None for e in evs if e[0] == "Attack")


def test_an_attack_told_with_the_arrest_in_its_own_words_keeps_the_date():
    # no suspects: the attack of the sentence is dated as before
    evs = events(run("هاجم مسلحون، أمس الاثنين، حاجزا للشرطة التركية في إسطنبول.", published=date(2016, 3, 8)))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[4] == "2016-03-07"


def test_a_date_in_the_phrase_since_opens_is_no_date_of_the_act():
    evs = events(run("سيطرت حركة طالبان، الاثنين الماضي، على مدينة قندوز في هجوم مباغت، في أكبر مكسب "
                     "عسكري لها منذ سقوط نظامها عام 2001.", published=date(2016, 3, 10)))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[4] == "2016-03-07"
    evs = events(run("قتل 23 شخصا، صباح أمس، في تفجير استهدف مبنى السفارة في بيروت، في هجوم هو الأول "
                     "من نوعه منذ اندلاع الأزمة السورية في مارس/آذار عام 2011.", published=date(2016, 3, 10)))
    assert {e[4] for e in evs} == {"2016-03-09"}



def test_date_told_in_the_charge_is_not_the_arrests():
    # "بتهمة ... في الاعتداء على ... في آذار 2015": the date of what he is charged with
    evs = events(run("وأوقفت الشرطة التركية رجلا يدعى كمال أوزتورك، المطلوب بتهمة المشاركة في الاعتداء "
                     "على مركز للشرطة في أنقرة في آذار 2015.", published=date(2016, 7, 27)))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[4] is None


def test_an_act_inside_the_phrase_since_opens_keeps_the_date_told_after_it():
    # the attack began in July 2014: the date closing "منذ بدء هجومهم ..." is the attack's own,
    # not a start counted from, and the month told earlier in the sentence is another act's
    evs = events(run("وسقطت قاعدة الأسد الجوية في شباط/فبراير بأيدي المسلحين الذين يسيطرون على "
                     "مناطق واسعة منذ بدء هجوم تنظيم الدولة في حزيران/يونيو 2014.", published=SAT))
    assert find(evs, "Attack")[0][4] == "2014-06"
    # a since told after the act still counts from it, and is not its date
    evs = events(run("وقتل ثلاثة جنود في هجوم على قاعدة في الأنبار أمس، وهو الأعنف منذ "
                     "حزيران/يونيو 2014.", published=SAT))
    assert "2014-06" not in {e[4] for e in find(evs, "Attack")}


def test_a_date_in_the_statement_of_a_claim_is_not_the_acts():
    [ev] = find(events(run("وتبنت جماعة أنصار بيت المقدس التفجير في بيان نشرته على الإنترنت أمس.",
                           published=SAT)), "Attack")
    assert ev[1] == ["أنصار بيت المقدس"] and ev[4] is None


def test_an_act_some_days_before_the_clause_does_not_take_its_date():
    evs = events(run("وقصفت مقاتلات تركية مواقع لحزب العمال الكردستاني في جبال قنديل، أمس الجمعة، "
                     "بعد أيام من التفجير الذي استهدف حافلة للجيش في أنقرة.", published=SAT))
    strike = find(evs, "Strike")
    assert strike and strike[0][4] == "2026-01-16"
    assert all(ev[4] != "2026-01-16" for ev in find(evs, "Attack"))


def test_a_date_opening_the_next_act_is_not_the_earlier_ones():
    evs = events(run("وفي عام 1977 اعتقلت السلطات المصرية مئات من أعضاء الجماعة، وفي عام 1978 أعدم "
                     "سالم الجابري.", published=date(2015, 8, 6)))
    assert {(e[0], e[4]) for e in evs} == {("Arrest", "1977"), ("Killing", "1978")}


def test_a_date_past_a_contrast_is_not_the_acts():
    evs = events(run("ولم يتضح سبب الهجوم في مدينة قندوز لكن نشاط المسلحين ازداد هناك في العام الماضي.",
                     published=SAT))
    [attack] = find(evs, "Attack")
    assert attack[4] is None
    # the act's own date after it still counts
    evs = events(run("وقتل جنديان في هجوم على حاجز في مدينة قندوز الجمعة، بينما اعتقلت الشرطة ثلاثة "
                     "مشتبهين الخميس.", published=SAT))
    assert find(evs, "Killing")[0][4] == "2026-01-16" and find(evs, "Arrest")[0][4] == "2026-01-15"


def test_the_day_the_papers_came_out_dates_no_act():
    # a press review: "today" is the day of the papers, not of the visit they report
    [visit] = find(events(run("وأبرزت الصحف المصرية الصادرة اليوم زيارة وزير الخارجية الأردني أيمن "
                              "الصفدي إلى بغداد.", published=SAT)), "Visit")
    assert visit[3] == ["بغداد"] and visit[4] is None
    # a date of the act itself still counts
    [visit] = find(events(run("وأبرزت الصحف المصرية الصادرة اليوم زيارة وزير الخارجية الأردني أيمن "
                              "الصفدي إلى بغداد أمس.", published=SAT)), "Visit")
    assert visit[4] == "2026-01-16"
