"""kg/events/conferences.py: a joint press conference is a meeting of its two sides."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_joint_press_conference_with_a_counterpart_is_a_meeting():
    evs = events(run("وقال الوزير أيمن الصفدي في مؤتمر صحفي مشترك مع نظيره المصري سامح شكري في القاهرة "
                     "إن العلاقات متينة.", published=SAT))
    assert ("Meeting", ["أيمن الصفدي", "سامح شكري"], [], ["القاهرة"], None) in evs


def test_press_conference_held_with_someone_is_a_meeting():
    evs = events(run("وقال الوزير أيمن الصفدي في مؤتمر صحفي عقده مع وزير الخارجية المصري سامح شكري في القاهرة "
                     "اليوم إن العلاقات متينة.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["أيمن الصفدي", "سامح شكري"] and ev[3] == ["القاهرة"]


def test_press_conference_of_one_speaker_is_no_meeting():
    evs = events(run("وقال الوزير أيمن الصفدي في مؤتمر صحفي في القاهرة إن العلاقات متينة.", published=SAT))
    assert not [e for e in evs if e[0] == "Meeting"]
