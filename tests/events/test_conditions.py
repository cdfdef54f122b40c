"""kg/events/conditions.py: acts told under a condition are no events, for the rules and the
learned stage alike (a sense filter)."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

DAY = date(2016, 3, 12)


@pytest.mark.parametrize("text", [
    # the condition itself
    "وقال المحلل سامر الخطيب إن المنطقة كانت ستشتعل لو أن الجيش الروسي شن غارات على مدينة حماة.",
    # the answer after a comma
    "وقال الوزير إنه إذا انهارت الهدنة، فإن حركة النصر سترد بهجوم على مدينة الزاوية.",
    # the noun of case after في
    "وأضاف أن الحظر سيفرض في حال حاولت طائرات الجيش السوري القيام بالقصف على مدينة إدلب.",
])
@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_an_act_under_a_condition_is_no_event(text, extractor):
    doc = run(text, published=DAY, extractor=extractor)
    assert [e for e in events(doc) if e[0] in ("Attack", "Strike", "Killing", "Arrest")] == []


def test_an_act_asked_about_with_whether_stays():
    doc = run("وطالب المجلس بالتحقق مما إذا كانت حركة النصر قد نفذت الهجوم على مدينة الزاوية.", published=DAY)
    assert [e[0] for e in events(doc)] == ["Attack"]


def test_the_if_of_surprise_tells_what_happened():
    doc = run("وكان الأهالي في السوق فإذا بمسلحين من حركة النصر يهاجمون مدينة الزاوية.", published=DAY)
    assert [e[0] for e in events(doc)] == ["Attack"]


def test_an_act_told_in_the_next_sentence_stays():
    doc = run("ولو استمر القتال لانهارت المدينة. وقصفت طائرات الجيش السوري مدينة إدلب أمس.", published=DAY)
    assert [e[0] for e in events(doc)] == ["Strike"]
