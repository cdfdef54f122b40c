"""kg/events/supporters.py: forces that fought beside the agent."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_force_lending_its_aircraft_before_the_act():
    [ev] = find(events(run("شنت قوات جهاز مكافحة الإرهاب بمساندة طيران التحالف الدولي، فجر أمس، هجوما على "
                           "مواقع تنظيم داعش في الموصل.", published=SAT)), "Attack")
    assert ev[1] == ["التحالف الدولي", "جهاز مكافحة الإرهاب"]


def test_supporting_force_between_commas_and_with_min():
    [ev] = find(events(run("أطلقت القوات الأفغانية، بدعم من طائرات حلف شمال الأطلسي، عملية عسكرية في ولاية "
                           "ننغرهار.")), "MilitaryOperation")
    assert ev[1] == ["القوات الأفغانية", "حلف شمال الأطلسي"]


def test_arrest_made_together_with_another_body():
    [ev] = find(events(run("اعتقلت الشرطة العراقية بالتعاون مع جهاز الأمن الوطني خمسة مطلوبين في كركوك.")),
                "Arrest")
    assert ev[1] == ["الشرطة العراقية", "جهاز الأمن الوطني"]


def test_support_of_unnamed_fighters_adds_no_agent():
    [ev] = find(events(run("هاجمت حركة الشباب بلدة عيل بور بدعم من مقاتلين محليين.")), "Attack")
    assert ev[1] == ["حركة الشباب"]


def test_support_told_for_another_act_is_not_this_ones():
    evs = events(run("قصفت الطائرات التركية مواقع في بلدة عين عيسى، فيما شنت قوات سوريا الديمقراطية بدعم من التحالف الدولي "
                     "هجوما على بلدة الشدادي."))
    [s] = find(evs, "Strike")
    assert "التحالف الدولي" not in s[1]


def test_what_a_light_verb_did_is_no_support():
    evs = events(run("واعتقلت الشرطة التركية رجلا قام بدعم تنظيم الدولة الإسلامية في إسطنبول."))
    [ev] = find(evs, "Arrest")
    assert "تنظيم الدولة الإسلامية" not in ev[1]


def test_support_of_an_act_with_no_named_doer_adds_none():
    evs = events(run("وتقاتل قوات الاتحاد الأفريقي حركة الشباب بالتعاون مع الجيش الصومالي، ودفع هجوم نفذه "
                     "الجانبان المقاتلين إلى الخروج من بلدة مركة."))
    assert all("الجيش الصومالي" not in e[1] for e in find(evs, "Attack"))


def test_force_lending_its_help():
    [ev] = find(events(run("ونفذت قوات الدرك الجزائري بمساعدة وحدات من الجيش الوطني الشعبي عملية تمشيط في ولاية "
                           "تيزي وزو.")), "MilitaryOperation")
    assert "الجيش الوطني الشعبي" in ev[1]
