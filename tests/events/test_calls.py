"""kg/events/calls.py: a phone call is no meeting."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402


def test_talks_by_phone_are_no_meeting():
    evs = events(run("بحث ولي العهد السعودي الأمير محمد بن سلمان هاتفيا مع الرئيس الأمريكي دونالد ترامب "
                     "التطورات في المنطقة."))
    assert not [e for e in evs if e[0] == "Meeting"]


def test_talks_in_person_still_are_a_meeting():
    evs = events(run("بحث ولي العهد السعودي الأمير محمد بن سلمان في الرياض مع الرئيس الأمريكي دونالد ترامب "
                     "التطورات في المنطقة."))
    assert [e for e in evs if e[0] == "Meeting"]


def test_a_call_told_after_the_meeting_leaves_it_a_meeting():
    evs = events(run("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمان، وأجرى بعدها "
                     "اتصالا هاتفيا بنظيره الفرنسي."))
    assert [e for e in evs if e[0] == "Meeting"]


def test_talks_told_with_the_definite_phone_adjective_are_no_meeting():
    evs = events(run("وقال الوزير أيمن الصفدي إن محادثاته الهاتفية مع الوزير سامح شكري تناولت الأوضاع في المنطقة."))
    assert not [e for e in evs if e[0] == "Meeting"]
