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
