"""kg/events/operations.py: operations launched by a force, the place they liberate, from whom."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_operation_with_an_unquoted_name_launched_by_a_coalition():
    [ev] = find(events(run("أطلق التحالف العربي بقيادة السعودية عملية نسر الصحراء ضد جماعة الحوثي في اليمن.",
                           published=SAT)), "MilitaryOperation")
    assert ev[1] == ["التحالف العربي"] and ev[2] == ["جماعة الحوثي"] and ev[3] == ["اليمن"]


def test_process_started_by_no_force_is_no_operation():
    evs = events(run("بدأت عملية التصويت في مدينة القاهرة صباح اليوم.", published=SAT))
    assert not find(evs, "MilitaryOperation")


def test_operation_to_liberate_a_province_from_a_group():
    [ev] = find(events(run("بدأ الجيش العراقي عملية عسكرية واسعة لتحرير محافظة الأنبار من تنظيم داعش.",
                           published=SAT)), "MilitaryOperation")
    assert ev[2] == ["تنظيم داعش"] and ev[3] == ["محافظة الأنبار"]
