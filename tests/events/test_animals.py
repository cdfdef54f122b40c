"""kg/events/animals.py: animals killed are no killing, for the rules and the learned stage."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

DAY = date(2015, 8, 8)


@pytest.mark.parametrize("extractor", ["rules", "both"])
@pytest.mark.parametrize("text", ["وقتل الصيادون 200 فيل في كينيا العام الماضي.",
                                  "قتل ما يقدر بنحو 30 ألف فيل للحصول على العاج من أنيابها."])
def test_elephants_killed_are_no_killing(text, extractor):
    assert [e for e in events(run(text, published=DAY, extractor=extractor)) if e[0] == "Killing"] == []


def test_people_killed_are_still_a_killing():
    evs = events(run("وقتل المسلحون 20 شخصا في كينيا العام الماضي.", published=DAY))
    assert [e[0] for e in evs] == ["Killing"]
    evs = events(run("قتل مسلحون حارسا كان يطعم الخيول في مزرعة قرب نيروبي.", published=DAY))
    assert [e[0] for e in evs] == ["Killing"]
