"""kg/events/visits.py: tours of a place, visitors named after their post."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_tour_of_a_province_is_a_visit_by_the_one_making_it():
    [ev] = find(events(run("قام أمير منطقة القصيم الأمير سلطان بن فهد بجولة تفقدية في محافظة عنيزة.",
                           published=SAT)), "Visit")
    assert ev[1] == ["سلطان بن فهد"] and ev[3] == ["محافظة عنيزة"]


def test_tour_of_his_is_the_visit_of_the_person_before():
    [ev] = find(events(run("وأكد الوزير خالد العنزي خلال جولته في مدينة تبوك أن العمل مستمر.",
                           published=SAT)), "Visit")
    assert ev[1] == ["خالد العنزي"] and ev[3] == ["تبوك"]


def test_round_of_talks_is_no_visit():
    evs = events(run("انطلقت جولة جديدة من المفاوضات في جنيف بين الحكومة والمعارضة.", published=SAT))
    assert not find(evs, "Visit")


def test_visitor_named_after_post_and_nationality():
    [ev] = find(events(run("تأتي زيارة الرئيس التركي رجب طيب أردوغان إلى بغداد في إطار تعزيز العلاقات.",
                           published=SAT)), "Visit")
    assert ev[1] == ["رجب طيب أردوغان"] and ev[3] == ["بغداد"]


def test_setting_down_saddlebags_is_a_visit_to_the_place_after_them():
    [ev] = find(events(run("حطت الوزيرة الفرنسية ماري دوبون رحالها في بغداد ظهر اليوم قادمة من عمان.",
                           published=SAT)), "Visit")
    assert ev[1] == ["ماري دوبون"] and ev[3] == ["بغداد"] and ev[4] == "2026-01-17"


def test_settled_place_is_not_the_place_in_the_visitors_post():
    [ev] = find(events(run("وحط محافظ البصرة، سامي النعيمي، رحاله في مدينة الزبير بعد ساعات من الهجوم.",
                           published=SAT)), "Visit")
    assert ev[1] == ["سامي النعيمي"] and ev[3] == ["الزبير"]


def test_a_plane_landing_without_saddlebags_is_no_visit_by_this_rule():
    assert not find(events(run("حطت طائرة شحن في مطار القاهرة.", published=SAT)), "Visit")


def test_saddlebags_set_down_at_no_named_place_take_no_place_from_the_post():
    [ev] = find(events(run("وحط محافظ البصرة، سامي النعيمي، رحاله في موقع الانفجار بعد ساعات من وقوعه.",
                           published=SAT)), "Visit")
    assert ev[1] == ["سامي النعيمي"] and ev[3] == []


def test_the_person_before_his_post_visits_not_the_body_of_the_post():
    from datetime import date
    [ev] = find(events(run("وكان سامي العلي، رئيس الائتلاف الوطني السوري، قد زار الأسبوع الماضي بلدة سراقب في ريف إدلب.",
                           published=date(2015, 3, 29))), "Visit")
    assert ev[1] == ["سامي العلي"] and ev[3] == ["سراقب"]


def test_a_body_visiting_with_no_person_before_it_stays():
    from datetime import date
    [ev] = find(events(run("وزار الائتلاف الوطني السوري، أمس، بلدة سراقب.", published=date(2015, 3, 29))), "Visit")
    assert ev[1] == ["الائتلاف الوطني السوري"]


def test_the_one_a_relative_after_a_comma_refers_to_arrived():
    from datetime import date
    [ev] = find(events(run("وقال الوزير سامي العلي، الذي وصل إلى دمشق السبت، إن الوضع خطير.",
                           published=date(2015, 8, 17))), "Visit")
    assert ev[1] == ["سامي العلي"] and ev[3] == ["دمشق"] and ev[4] == "2015-08-15"


def test_the_one_a_relative_refers_to_past_his_post_in_apposition():
    from datetime import date
    [ev] = find(events(run("وقال الوزير سامي العلي، رئيس الوفد الحكومي، الذي وصل إلى دمشق السبت، إن الوضع خطير.",
                           published=date(2015, 8, 17))), "Visit")
    assert ev[1] == ["سامي العلي"]


def test_an_inspection_by_a_person_is_a_visit():
    from datetime import date
    [ev] = find(events(run("وكان وزير الداخلية العراقي، سامي الجبوري، قد تفقد الإثنين الماضي القطعات الأمنية "
                           "المنتشرة في قضاء بيجي.", published=date(2015, 4, 16))), "Visit")
    assert ev[1] == ["سامي الجبوري"] and ev[3] == ["بيجي"] and ev[4] == "2015-04-13"


def test_losing_control_is_no_visit():
    from datetime import date
    evs = events(run("وحذر الخبير سامي العلي من أن الحكومة قد تفقد السيطرة على مدينة الرمادي.",
                     published=date(2015, 4, 16)))
    assert not find(evs, "Visit")


def test_landing_somewhere_told_as_a_visit_is_a_visit_there():
    [ev] = [e for e in events(run("حط وزير الدفاع الأمريكي جيم ماتيس في بغداد أمس في زيارة لم يعلن عنها مسبقا."))
            if e[0] == "Visit"]
    assert ev[1] == ["جيم ماتيس"] and ev[3] == ["بغداد"]


def test_a_plane_landing_is_no_visit():
    assert not [e for e in events(run("حطت طائرة عسكرية في مطار بغداد.")) if e[0] == "Visit"]


def test_visit_goes_where_the_journey_told_before_it_went():
    # "توجه X إلى Y، الاثنين، في زيارة": the visit was to Y
    evs = events(run("وتوجه وزير الخارجية العماني يوسف بن علوي إلى دمشق، الاثنين، في زيارة يلتقي خلالها "
                     "الرئيس السوري."))
    visits = [e for e in evs if e[0] == "Visit"]
    assert visits and visits[0][3] == ["دمشق"]


def test_visit_told_as_a_time_is_the_visit_of_the_clause_subject():
    # the speaker before خلال/أثناء is the visitor; the place after the noun is where he went
    [ev] = find(events(run("وكان المبعوث الأممي كارلوس بيريز قد أشار خلال زيارة لتونس الأسبوع الماضي "
                           "إلى أن الحوار متعثر.", published=SAT)), "Visit")
    assert ev[1] == ["كارلوس بيريز"] and ev[3] == ["تونس"]
    [ev] = find(events(run("وقال وزير الدفاع الكندي جون ماركس أثناء زيارة إلى الأردن إن المهمة ستستمر.",
                           published=SAT)), "Visit")
    assert ev[1] == ["جون ماركس"] and ev[3] == ["الأردن"]


def test_visit_as_a_time_after_a_meeting_is_not_the_counterparts():
    evs = find(events(run("والتقى الوزير خالد بن علي نظيره سالم الدباح خلال زيارة إلى طرابلس.",
                          published=SAT)), "Visit")
    assert all(ev[1] != ["سالم الدباح"] for ev in evs)


def test_visitor_named_after_a_long_chain_of_posts_and_a_title():
    # the posts of a crown prince, then his title: the name after the title is the visitor
    [ev] = find(events(run("وأشاد الوزير بنتائج زيارة ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
                           "الدفاع الأمير سلطان بن فهد إلى الأردن أمس.", published=SAT)), "Visit")
    assert ev[1] == ["سلطان بن فهد"] and ev[3] == ["الأردن"]
    [ev] = find(events(run("وأشاد الوزير بنتائج زيارة سمو ولي العهد الأمير سلطان بن فهد إلى الأردن أمس.",
                           published=SAT)), "Visit")
    assert ev[1] == ["سلطان بن فهد"]


def test_one_who_left_a_place_after_a_visit_made_it_there():
    evs = events(run("غادر الرئيس التونسي الباجي قائد السبسي الرياض أمس بعد زيارة رسمية التقى خلالها الملك "
                     "سلمان بن عبدالعزيز."))
    [visit] = [e for e in evs if e[0] == "Visit"]
    assert visit[1] == ["الباجي قائد السبسي"] and visit[3] == ["الرياض"]
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "الباجي قائد السبسي" in meeting[1]
