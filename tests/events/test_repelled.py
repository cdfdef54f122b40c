"""kg/events/repelled.py: an attack repelled on the repeller's own positions fell on it."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2016, 5, 7)


def _attacks(text):
    return [e for e in events(run(text, published=SAT)) if e[0] == "Attack"]


def test_the_force_repelling_an_attack_on_its_positions_is_its_target():
    [a] = _attacks("أحبطت قوات الجيش العراقي هجوما واسعا شنه تنظيم «داعش» فجر الجمعة على مواقعها في "
                   "ناحية العلم شمال تكريت.")
    assert a[1] == ["داعش"] and a[2] == ["الجيش العراقي"]


def test_an_attack_repelled_on_a_village_is_not_on_the_force():
    [a] = _attacks("أحبطت قوات الجيش العراقي هجوما واسعا شنه تنظيم «داعش» فجر الجمعة على قرية البو "
                   "حمدان شمال تكريت.")
    assert a[2] != ["الجيش العراقي"]
