"""kg/events/bombers.py: the group of the one who carried the bomb."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_group_of_the_suicide_driver_did_the_bombing():
    evs = events(run("قتل ثلاثة جنود من الجيش العراقي بانفجار سيارة مفخخة يقودها انتحاري من تنظيم داعش "
                     "قرب ناحية حمام العليل."))
    [a] = find(evs, "Attack")
    [k] = find(evs, "Killing")
    assert a[1] == ["تنظيم داعش"] and k[1] == ["تنظيم داعش"] and k[2] == ["الجيش العراقي"]


def test_a_bomber_of_no_named_group_names_no_doer():
    [a] = find(events(run("قتل خمسة أشخاص في تفجير انتحاري استهدف مسجدا في مدينة القطيف.")), "Attack")
    assert a[1] == []


def test_bomber_of_a_later_act_is_not_this_ones():
    evs = events(run("قتل جنديان في اشتباك مع مسلحين قرب مدينة العريش، فيما أحبطت قوات الأمن هجوما نفذه "
                     "انتحاري من تنظيم ولاية سيناء."))
    assert all("تنظيم ولاية سيناء" not in k[1] for k in find(evs, "Killing"))


def test_suicide_operation_done_is_an_attack():
    evs = events(run("ويأتي الهجوم بعد مقتل خمسة أشخاص أمس في عملية انتحارية نفذتها حركة الشباب "
                     "واستهدفت مركزا للشرطة في مدينة بيدوا."))
    att = [e for e in find(evs, "Attack") if e[1] == ["حركة الشباب"]]
    assert att and att[0][3] == ["بيدوا"]


def test_suicide_operation_foiled_or_intended_is_no_attack():
    evs = events(run("وتمكنت الشرطة من إحباط عملية انتحارية كان التنظيم ينوي تنفيذها في مسجد بمدينة الدمام أمس."))
    assert not find(evs, "Attack") and not find(evs, "MilitaryOperation")
