"""kg/events/struck.py: the town an unnamed striker hit."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_town_after_unnamed_aircraft_is_the_place_struck():
    [ev] = [e for e in events(run("قصفت الطائرات الروسية مدينة إدلب.", published=SAT)) if e[0] == "Strike"]
    assert ev[3] == ["مدينة إدلب"]


def test_town_after_unnamed_forces_with_its_head_outside_the_name():
    [ev] = [e for e in events(run("هاجمت القوات الحكومية بلدة كفرنبل فجر الأحد.", published=SAT))
            if e[0] == "Attack"]
    assert ev[3] == ["كفرنبل"]


def test_capital_after_the_aircraft_of_a_force():
    [ev] = [e for e in events(run("استهدفت طائرات التحالف العاصمة صنعاء بعدة غارات.", published=SAT))
            if e[0] == "Strike"][:1]
    assert ev[1] == ["التحالف"] and ev[3] and ev[3][0] in ("صنعاء", "العاصمة")


def test_town_struck_after_indefinite_strikers_and_a_hedge():
    # "قصفت طائرات حربية يرجح أنها روسية بلدة X": X was struck
    evs = events(run("وقصفت طائرات حربية يرجح أنها روسية بلدة معرة النعمان، ما أدى إلى مقتل سبعة مدنيين."))
    [strike] = [e for e in evs if e[0] == "Strike"]
    assert strike[3] == ["معرة النعمان"]
