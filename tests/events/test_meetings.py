"""kg/events/meetings.py: visits (their destination, the visitor) and the sides of a meeting."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_visit_and_meeting_with_counterpart():
    evs = events(run("وفي 12 تشرين الثاني/ نوفمبر الماضي، زار الرئيس أحمد الشرع واشنطن، "
                     "ولقائه نظيره دونالد ترامب.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["أحمد الشرع"] and visit[3] == ["واشنطن"] and visit[4] == "2025-11-12"
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["أحمد الشرع", "دونالد ترامب"]


def test_visit_made_by_someone_named_with_a_post():
    [ev] = find(events(run("وتأتي الاعتقالات بعد أيام من زيارة أجراها المشير خليفة حفتر، القائد العام "
                           "للجيش الوطني الليبي، إلى درنة، الثلاثاء الماضي.", published=SAT)), "Visit")
    assert ev[1] == ["خليفة حفتر"] and ev[3] == ["درنة"]


def test_visitor_who_then_meets_is_a_participant():
    evs = events(run("زار وزير الداخلية المصري محمود توفيق مدينة العريش، والتقى محافظ شمال سيناء "
                     "اللواء خالد مجاور.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["محمود توفيق"] and visit[3] == ["العريش"]
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["خالد مجاور", "محمود توفيق"] and "شمال سيناء" not in meet[3]


def test_meeting_between_office_holders_named_after_their_posts():
    [meet] = find(events(run("وفي سرت، اجتمع أمس رئيس أركان القوات البرية في الجيش الوطني، الفريق عبد "
                             "الباسط الزوي، مع رئيس الأركان العامة التابعة لحكومة الوحدة الوطنية في "
                             "طرابلس، الفريق نوري الشريف.", published=SAT)), "Meeting")
    assert meet[1] == ["عبد الباسط الزوي", "نوري الشريف"] and meet[3] == ["سرت"]


def test_visit_to_a_capital_named_after_the_nominal():
    evs = events(run("وصل الوفد إلى مزار شريف. وزار نائب وزير الخارجية الأفغاني مولوي فريد الله عزيزي "
                     "العاصمة الأوزبكية طشقند، الثلاثاء الماضي.", published=SAT))
    assert any(v[3] == ["طشقند"] for v in find(evs, "Visit"))


def test_envoy_received_is_a_participant():
    [meet] = find(events(run("وفي الرياض، استقبل وزير الدولة للشؤون الخارجية السعودي عادل بن ناصر الشهري، "
                             "أمس، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن لارس إنغفالد.",
                             published=SAT)), "Meeting")
    assert meet[1] == ["عادل بن ناصر الشهري", "لارس إنغفالد"] and meet[3] == ["الرياض"]


def test_head_of_a_delegation_received_takes_part():
    [meet] = find(events(run("واستقبل رئيس حكومة إقليم كردستان كاروان نوري هورامي، الاثنين، في أربيل وفدا "
                             "من وزارة الدفاع العراقية برئاسة الفريق الركن حامد الساعدي.", published=SAT)),
                  "Meeting")
    assert "حامد الساعدي" in meet[1] and "كاروان نوري هورامي" in meet[1]


def test_representative_met_rather_than_the_body_represented():
    [meet] = find(events(run("وفي رام الله، التقى محافظ جنين باسل عودة، أمس، ممثل الاتحاد الأوروبي لدى "
                             "السلطة الفلسطينية يوهان سفينسون.", published=SAT)), "Meeting")
    assert meet[1] == ["باسل عودة", "يوهان سفينسون"]


def test_title_place_is_not_the_meeting_place():
    [meet] = find(events(run("التقى محافظ شمال سيناء اللواء خالد مجاور، أمس، في مدينة العريش وفدا من "
                             "الهلال الأحمر.", published=SAT)), "Meeting")
    assert meet[3] == ["العريش"]


def test_arrival_of_an_office_holder_is_a_visit_and_he_meets_there():
    evs = events(run("دعت الأمم المتحدة إلى وقف النار، فيما وصل رئيس البعثة بالإنابة، الدبلوماسي البلغاري "
                     "نيكولاي بيتروف، أمس إلى مدينة بنغازي، حيث التقى رئيس أركان الجيش الوطني الليبي "
                     "الفريق سالم العبيدي.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["نيكولاي بيتروف"] and visit[3] == ["بنغازي"]
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["سالم العبيدي", "نيكولاي بيتروف"] and meet[3] == ["بنغازي"]


def test_arrival_of_numbers_is_no_visit():
    assert find(events(run("ووصل عدد القتلى إلى 50 شخصا في مدينة غزة.", published=SAT)), "Visit") == []


def test_arrival_at_a_sum_or_at_power_is_no_visit():
    assert find(events(run("ووصلت واردات البحرين إلى مليونين في شهر مارس.", published=SAT)), "Visit") == []
    assert find(events(run("وأقدم أوباما الذي وصل إلى السلطة عام 2009 على خطوة.", published=SAT)), "Visit") == []


def test_a_place_that_receives_visitors_holds_no_meeting():
    assert find(events(run("وتستقبل ألمانيا العدد الأكبر من اللاجئين.", published=SAT)), "Meeting") == []


def test_visit_by_an_office_holder_has_no_target_and_a_delegation_visits():
    [ev] = find(events(run("وزار قائد الجيش الباكستاني عاصم منير مدينة بيشاور.")), "Visit")
    assert ev[1] == ["عاصم منير"] and ev[2] == [] and ev[3] == ["بيشاور"]
    [ev] = find(events(run("وزار وفد من حركة حماس القاهرة.")), "Visit")
    assert ev[1] == ["حركة حماس"] and ev[3] == ["القاهرة"]


def test_arrival_is_a_visit_only_for_an_official_or_a_delegation():
    for text in ("وصل فريق الهلال إلى مدينة جدة.", "وصلت قوات أمريكية إلى قاعدة عين الأسد."):
        assert not find(events(run(text, published=SAT)), "Visit"), text
    [ev] = find(events(run("ووصل وفد من حركة حماس إلى القاهرة.", published=SAT)), "Visit")
    assert ev[1] == ["حركة حماس"]
    [ev] = find(events(run("ووصل وزير الخارجية التركي هاكان فيدان إلى بغداد.", published=SAT)), "Visit")
    assert ev[1] == ["هاكان فيدان"] and ev[3] == ["بغداد"]


def test_visit_noun_after_a_meeting_is_the_first_participants_and_since_is_no_date():
    evs = events(run("وفي دمشق، التقى وزير الخارجية الأردني عمر المعايطة، الجمعة، نظيره السوري سامر الخطيب، "
                     "في أول زيارة لمسؤول أردني رفيع إلى العاصمة السورية منذ كانون الأول/ديسمبر الماضي.",
                     published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["عمر المعايطة"] and visit[4] == "2026-01-16"
    evs = events(run('وقال المتحدث إن الغارات تأتي ضمن عملية "المخلب-القفل" المتواصلة منذ نيسان/أبريل 2022.',
                     published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[4] == "2022-04"


def test_the_one_met_named_after_a_long_post():
    [ev] = find(events(run("وفي بورتسودان، التقى وزير الخارجية السوداني عثمان البدوي، الأربعاء، المبعوث الأممي "
                           "الخاص إلى السودان، الجزائري كمال بن عيسى، وبحثا إيصال المساعدات.", published=SAT)),
                "Meeting")
    assert ev[1] == ["عثمان البدوي", "كمال بن عيسى"]


def test_place_visited_after_a_long_post_name_and_date():
    evs = events(run("تشهد تشاد هجمات. وزار وزير القوات المسلحة التشادي داود يحيى إبراهيم، الجمعة، مدينة بول، "
                     "عاصمة إقليم البحيرة.", published=SAT))
    [ev] = find(evs, "Visit")
    assert ev[1] == ["داود يحيى إبراهيم"] and ev[3] == ["بول"]


def test_head_of_the_delegation_met_is_an_agent_of_the_meeting():
    doc = run("وفي القاهرة، التقى رئيس جهاز المخابرات العامة المصرية، اللواء سالم كمال العلي، "
              "أمس الثلاثاء، وفدا من الحركة برئاسة نائب رئيس مكتبها السياسي في الخارج سامي حسن الدويك، "
              "لبحث التهدئة.")
    meetings = [ev for ev in events(doc) if ev[0] == "Meeting"]
    assert meetings and "سامي حسن الدويك" in meetings[0][1] and "سالم كمال العلي" in meetings[0][1]


def test_visitor_named_after_a_long_post_is_the_agent():
    doc = run("وزار القائم بأعمال وزير الداخلية في حكومة طالبان، الملا سالم حسن نوري، أمس، "
              "مدينة قندوز.")
    visits = [ev for ev in events(doc) if ev[0] == "Visit"]
    assert visits and visits[0][1] == ["سالم حسن نوري"]


def test_meetings_told_in_other_words():
    for text in ("أجرى وزير الخارجية السعودي عادل الجبير مباحثات مع نظيره الروسي سيرغي لافروف في موسكو.",
                 "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري في القاهرة.",
                 "التقى الرئيس الفلسطيني محمود عباس رئيس الوزراء البريطاني ديفيد كاميرون في لندن."):
        [ev] = find(events(run(text)), "Meeting")
        assert len(ev[1]) == 2 and len(ev[3]) == 1, (text, ev)


def test_arrival_of_a_head_of_state_is_a_visit():
    [ev] = find(events(run("وصل الرئيس التركي رجب طيب أردوغان إلى الرياض أمس في زيارة رسمية.")), "Visit")
    assert ev[1] == ["رجب طيب أردوغان"] and ev[3] == ["الرياض"]


def test_everyone_a_meeting_brought_together_past_their_posts():
    evs = events(run("ذكر البيان أن اجتماعا ضم زعيم الحزب يوسف حامد ومساعده سليم نور ونائب المنسق "
                     "العام بكر صالح قد عقد في مدينة الأبيض."))
    [ev] = find(evs, "Meeting")
    assert ev[1] == ["بكر صالح", "سليم نور", "يوسف حامد"]


def test_receiving_someone_told_as_a_verbal_noun_is_a_meeting():
    evs = events(run("وكان قائد الفصيل في جبل الزاوية أبو عمر الحموي قد اقترح خلال استقباله وفدا من "
                     "الوجهاء إطلاق سراح اثنين منهم."))
    [ev] = find(evs, "Meeting")
    assert "أبو عمر الحموي" in ev[1]


def test_receiving_pilgrims_or_cases_is_no_meeting():
    for text in ("وستبدأ وزارة الحج منتصف الشهر في استقبال أول فوج من حجاج بيت الله الحرام.",
                 "تصدرت المحكمة العامة في الرياض النسبة الأعلى باستقبالها لهذه القضايا."):
        assert find(events(run(text)), "Meeting") == [], text


def test_the_arrival_of_an_official_told_as_a_noun_is_a_visit():
    evs = events(run("وأضافت المصادر أن وصول وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد جاء بعد أيام."))
    assert evs == [("Visit", ["محمد جواد ظريف"], [], ["بغداد"], None)]
    assert events(run("أعلنت الشرطة وصول عدد القتلى إلى 50 شخصا.")) == []


def test_joined_light_verb_meeting_with_several_officials():
    evs = events(run("وصل وزير الداخلية ناصر أحمد العولقي إلى عدن، وعقد فور وصوله اجتماعا مع محافظ عدن "
                     "فهد سالم الخضر ومدير أمن المحافظة ياسر محمد الردفاني.", published=SAT))
    [ev] = find(evs, "Meeting")
    assert ev[1] == ["فهد سالم الخضر", "ناصر أحمد العولقي", "ياسر محمد الردفاني"]


def test_visitor_meets_during_the_visit():
    evs = events(run("قام وزير الدفاع التركي فكري إيشيك بزيارة إلى بغداد التقى خلالها رئيس الوزراء "
                     "العراقي حيدر العبادي.", published=SAT))
    [ev] = find(evs, "Meeting")
    assert ev[1] == ["حيدر العبادي", "فكري إيشيك"] and ev[3] == ["بغداد"]


def test_a_person_named_between_an_arrival_and_where_it_went_arrives_too():
    evs = events(run("ووصل وفد من حركة فتح برئاسة سمير الأحمد إلى القاهرة مساء أمس.", published=SAT))
    [visit] = [e for e in evs if e[0] == "Visit"]
    assert "سمير الأحمد" in visit[1] and visit[2] == []


def test_the_body_whose_delegation_was_met_is_a_side_unless_its_head_is_named():
    evs = events(run("والتقى الرئيس السوداني عمر البشير وفدا من حركة العدل والمساواة في الخرطوم.",
                     published=SAT))
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "حركة العدل والمساواة" in meeting[1]
    evs = events(run("واستقبل وزير الخارجية المصري سامح شكري وفدا من حركة حماس برئاسة سمير الأحمد.",
                     published=SAT))
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "سمير الأحمد" in meeting[1] and "حركة حماس" not in meeting[1]


def test_a_visit_falls_on_no_one_even_at_someones_invitation():
    [visit] = find(events(run("زار وفد من حركة حماس العاصمة المصرية بدعوة من الخارجية المصرية.",
                              published=SAT)), "Visit")
    assert visit[1] == ["حركة حماس"] and visit[2] == []


def test_talks_with_someone_named_after_a_long_name_a_time_and_a_place():
    [meeting] = find(events(run("في حين بحث وزير الخارجية السعودي الأمير فيصل بن فرحان، أمس في الرياض، مع "
                                "مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ التصعيد الحوثي.",
                                published=SAT)), "Meeting")
    assert sorted(meeting[1]) == sorted(["فيصل بن فرحان", "هانس غروندبرغ"])


def test_the_country_of_an_envoys_post_is_not_where_he_arrived():
    from datetime import date
    evs = events(run("وصل المبعوث الأممي إلى اليمن كمال الحسيني إلى صنعاء أمس.", published=date(2016, 1, 14)))
    [ev] = [e for e in evs if e[0] == "Visit"]
    assert ev[1] == ["كمال الحسيني"] and ev[3] == ["صنعاء"]


def test_an_envoy_named_before_to_goes_where_to_says():
    from datetime import date
    evs = events(run("وصل المبعوث الأممي كمال الحسيني إلى القاهرة مساء الثلاثاء.", published=date(2016, 1, 14)))
    [ev] = [e for e in evs if e[0] == "Visit"]
    assert ev[3] == ["القاهرة"]


def test_what_a_meeting_is_about_in_quotes_is_no_side_of_it():
    from datetime import date
    evs = events(run("والتقى الوزير سامي العلي قادة عسكريين ووجهاء محليين لبحث «إدارة المناطق المحررة».",
                     published=date(2015, 8, 17)))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["سامي العلي"]


def test_the_one_discussed_with_after_the_verb_of_discussing_is_a_side():
    from datetime import date
    evs = events(run("وبحث وزير الخارجية السعودي عادل الجبير مع نظيره الأمريكي جون كيري الأوضاع في المنطقة.",
                     published=date(2015, 8, 17)))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["جون كيري", "عادل الجبير"]


def test_talks_held_during_a_visit_have_the_visitor_as_a_side():
    evs = events(run("وصل الوزير سالم حداد، يوم الأحد، إلى العاصمة تونس في زيارة رسمية يجري خلالها "
                     "مباحثات مع الرئيس عمر الكبيسي."))
    [meeting] = find(evs, "Meeting")
    assert "سالم حداد" in meeting[1] and "عمر الكبيسي" in meeting[1]


def test_a_place_the_talks_are_about_is_not_where_they_were_held():
    evs = events(run("أجرى الوزير سالم حداد مباحثات مع الرئيس عمر الكبيسي حول الأوضاع الأمنية في ليبيا."))
    [meeting] = find(evs, "Meeting")
    assert meeting[3] == []


def test_a_guest_named_by_his_post_past_where_and_when_the_host_received_him():
    evs = events(run("وكان الوزير خالد الدباغ قد استقبل في مكتبه، أمس، المبعوث الأممي كينجي ساتو."))
    [meeting] = find(evs, "Meeting")
    assert meeting[1] == ["خالد الدباغ", "كينجي ساتو"]


def test_the_one_met_after_a_time_and_place_told_between_commas():
    [ev] = events(run("استقبل رئيس الوزراء اليمني سالم باعوم، صباح اليوم في مقر الحكومة المؤقت بالرياض، "
                      "وزير الخارجية الأردني ناصر جودة.", published=date(2015, 7, 25)))
    assert ev[0] == "Meeting" and ev[1] == ["سالم باعوم", "ناصر جودة"]


def test_counterpart_met_after_with_past_an_aside_on_the_noun():
    # "مع نظيره الألماني X" far from the noun (an aside between): the counterpart is a side
    [meet] = find(events(run("صرح وزير الخارجية الفرنسي جان مارك بعد اجتماع للمرة الثالثة هذا الشهر، "
                             "مع نظيره الألماني كارل شولتس أن البلدين متفقان.", published=SAT)), "Meeting")
    assert "كارل شولتس" in meet[1]
