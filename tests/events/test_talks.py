"""kg/events/talks.py: a round of talks is a meeting."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402


def test_a_round_of_talks_is_a_meeting_of_both_sides():
    evs = events(run("وعقد المبعوث الأممي إلى اليمن مارتن غريفيث جولة جديدة من المشاورات، ثم جولة ثانية "
                     "من المحادثات مع وفد الحكومة اليمنية في العاصمة السويدية ستوكهولم."))
    meetings = [e for e in evs if e[0] == "Meeting"]
    assert meetings and meetings[0][3] == ["ستوكهولم"]


def test_the_definite_talks_alone_are_no_meeting():
    evs = events(run("وحذر الوزير من فشل المحادثات الجارية في جنيف."))
    assert not [e for e in evs if e[0] == "Meeting"]
