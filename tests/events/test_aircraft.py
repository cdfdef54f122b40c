"""kg/events/aircraft.py: strikes told by the aircraft that flew them."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_aircraft_taking_aim_is_a_strike_by_their_force():
    [ev] = find(events(run("استهدفت طائرات التحالف العربي مواقع للحوثيين في محافظة صعدة.",
                           published=SAT)), "Strike")
    assert ev[1] == ["التحالف العربي"] and ev[3] == ["محافظة صعدة"]


def test_taking_aim_without_aircraft_is_no_strike():
    assert not find(events(run("استهدفت الحملة الجديدة الشباب في مدينة الرياض.", published=SAT)),
                    "Strike")


def test_force_of_the_aircraft_after_the_strike_noun():
    evs = events(run("قتل عشرة من عناصر جماعة الحوثي في غارة جوية لطيران التحالف العربي "
                     "على معسكر في صنعاء.", published=SAT))
    [strike] = find(evs, "Strike")
    assert strike[1] == ["التحالف العربي"]
    [killing] = find(evs, "Killing")
    assert killing[1] == ["التحالف العربي"]


def test_force_of_the_aircraft_after_a_verb_and_a_time():
    [ev] = find(events(run("وقصف طيران التحالف الخميس، مقرا لجماعة الحوثي في مدينة عدن.",
                           published=SAT)), "Strike")
    assert ev[1] == ["التحالف"] and ev[2] == ["جماعة الحوثي"] and ev[4] == "2026-01-15"


def test_strikes_of_the_aircraft_of_a_force():
    [ev] = find(events(run("واستهدفت ضربات طيران التحالف الدولي مخازن أسلحة لتنظيم داعش في الموصل.",
                           published=SAT)), "Strike")
    assert ev[1] == ["التحالف الدولي"]


def test_aircraft_subject_before_the_verb_of_taking_aim():
    [ev] = find(events(run("وأفاد ضابط أمس بأن الطائرات الحربية استهدفت تجمعات لجماعة أنصار الشريعة "
                           "في مدينة بنغازي.", published=SAT)), "Strike")
    assert ev[2] == ["جماعة أنصار الشريعة"] and ev[3] == ["بنغازي"]


def test_force_named_after_the_model_of_its_aircraft():
    [ev] = find(events(run("وقامت ثلاث مقاتلات إف-16 من سلاح الجو التركي بقصف ثلاثة مواقع لتنظيم داعش "
                           "في سوريا.", published=SAT)), "Strike")
    assert ev[1] == ["سلاح الجو التركي"] and ev[2] == ["تنظيم داعش"]


def test_state_named_by_the_adjective_of_its_aircraft():
    [ev] = find(events(run("قالت روسيا إنها لا تستهدف المدنيين، بينما قصفت الطائرات الروسية مدينة إدلب.")),
                "Strike")
    assert ev[1] == ["روسيا"] and ev[3] == ["مدينة إدلب"]


def test_adjective_of_aircraft_names_no_agent_when_the_state_is_not_named():
    [ev] = find(events(run("شنت الطائرات الروسية غارات على مدينة إدلب.")), "Strike")
    assert ev[1] == []


def test_forces_of_the_state_fly_its_aircraft_when_named():
    [ev] = find(events(run("قال الجيش التركي إن الطائرات التركية قصفت مواقع في قرية كاني ماسي، وأكدت تركيا ذلك.")),
                "Strike")
    assert ev[1] == ["الجيش التركي"]


def test_state_whose_artillery_shelled_named_by_its_adjective():
    [ev] = find(events(run("قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في مدينة عفرين، فيما قالت تركيا "
                           "إنها ترد على إطلاق نار.")), "Strike")
    assert ev[1] == ["تركيا"]


def test_artillery_of_a_state_not_named_gives_no_agent():
    [ev] = find(events(run("قصفت المدفعية التركية مواقع في مدينة عفرين.")), "Strike")
    assert ev[1] == []


def test_state_named_by_the_adjective_of_its_strikes():
    evs = events(run("وأفاد المرصد بسقوط قتلى جراء غارات روسية على مدينة أريحا، فيما نفت روسيا استهداف المدنيين."))
    [ev] = find(evs, "Strike")
    assert ev[1] == ["روسيا"]


def test_adjective_of_strikes_names_no_agent_when_the_state_is_not_named():
    [ev] = find(events(run("وأفاد المرصد بسقوط قتلى جراء غارات روسية على مدينة أريحا.")), "Strike")
    assert ev[1] == []


def test_aircraft_destroying_is_a_strike_by_their_force():
    from datetime import date as _date
    evs = [e for e in events(run("دمرت مقاتلات الجيش الليبي مخازن أسلحة لمجلس شورى ثوار بنغازي في منطقة الصابري.",
                                 published=_date(2016, 5, 2))) if e[0] == "Strike"]
    assert evs and evs[0][1] == ["الجيش الليبي"] and evs[0][2] == ["مجلس شورى ثوار بنغازي"]


def test_own_aircraft_of_the_force_speaking():
    """"قال الجيش X إن طائراته دمرت ...": the army struck."""
    from datetime import date as _date
    evs = [e for e in events(run("وقال الجيش السوري إن طائراته دمرت مستودعا للذخيرة لجبهة النصرة في ريف حماة.",
                                 published=_date(2016, 5, 2))) if e[0] == "Strike"]
    assert evs and evs[0][1] == ["الجيش السوري"]


def test_destroying_by_no_aircraft_is_no_strike():
    from datetime import date as _date
    evs = events(run("دمر الإعصار مئات المنازل في ولاية فلوريدا.", published=_date(2016, 5, 2)))
    assert not [e for e in evs if e[0] == "Strike"]


def test_the_force_owning_the_aircraft_after_tabia_li_struck():
    """"غارات شنتها طائرات حربية تابعة لسلاح الجو X": the force owning them."""
    evs = events(run("قتل تسعة مدنيين، أمس، جراء غارات شنتها طائرات حربية تابعة لسلاح الجو الروسي على "
                     "بلدة خان شيخون في ريف إدلب."))
    assert [e[1] for e in evs if e[0] == "Strike"] == [["سلاح الجو الروسي"]]
