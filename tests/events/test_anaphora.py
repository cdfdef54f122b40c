"""kg/events/anaphora.py: "the latter" (الأخير) as the agent of an act."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_the_latter_answering_with_a_strike_is_its_agent():
    evs = events(run("شنت جماعة الحوثي هجوما على مواقع الجيش السعودي في نجران، ورد الأخير بقصف مواقعها.",
                     published=SAT))
    [strike] = [e for e in evs if e[0] == "Strike"]
    assert strike[1] == ["الجيش السعودي"]
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[1] == ["جماعة الحوثي"]


def test_the_latest_attack_names_no_one():
    evs = events(run("وقال المتحدث باسم الجيش سالم الفارس إن هذا الهجوم الأخير طال حاجزا في مدينة حمص.",
                     published=SAT))
    assert all("سالم الفارس" not in e[1] for e in evs)
