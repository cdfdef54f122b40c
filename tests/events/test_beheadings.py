"""kg/events/beheadings.py: killings told as slaughter or execution of people."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_slaughter_of_hostages_announced_by_the_group():
    [ev] = find(events(run("أعلن تنظيم داعش ذبح ثلاثة رهائن في مدينة الرقة.", published=SAT)), "Killing")
    assert ev[1] == ["تنظيم داعش"] and ev[3] == ["مدينة الرقة"]


def test_execution_of_a_named_journalist():
    [ev] = find(events(run("أعلن تنظيم داعش إعدام الصحفي خالد العمر في مدينة دير الزور.", published=SAT)),
                "Killing")
    assert ev[2] == ["خالد العمر"]


def test_sacrifices_and_sentences_are_no_killings():
    evs = events(run("يحرص المواطنون على ذبح الأضاحي في أول أيام العيد، وصدر حكم بإعدام خمسة أشخاص "
                     "في القاهرة.", published=SAT))
    assert not find(evs, "Killing")


def test_execution_demanded_is_no_killing():
    evs = events(run("تظاهر المئات في مدينة حمص للمطالبة بإعدام سامي الخوري.", published=SAT))
    assert not find(evs, "Killing")


def test_execution_a_court_decided_is_no_killing():
    evs = events(run("وقررت المحكمة، التي تنعقد في مدينة طرابلس منذ أشهر، إعدام سالم الورفلي رميا بالرصاص.",
                     published=SAT))
    assert not find(evs, "Killing")
