"""kg/events/interviews.py: an interview is no meeting."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

DAY = date(2015, 8, 8)


@pytest.mark.parametrize("extractor", ["rules", "both"])
@pytest.mark.parametrize("text", [
    "وقال وزير الداخلية سالم الحربي في لقاء بثته قناة العربية أمس إن الوضع مستقر.",
    "وأكد الرئيس التونسي الباجي قائد السبسي في لقاء تلفزيوني أمس أن الحكومة باقية.",
    "وقال قائد الجيش اللبناني جان قهوجي في لقاء مع صحيفة النهار إن الحدود آمنة.",
])
def test_an_interview_is_no_meeting(text, extractor):
    assert not [e for e in events(run(text, published=DAY, extractor=extractor)) if e[0] == "Meeting"]


def test_a_meeting_with_a_minister_still_is():
    evs = events(run("وبحث وزير الخارجية عادل الجبير في لقاء مع نظيره الأردني ناصر جودة أمس في عمان الأوضاع "
                     "في المنطقة.", published=DAY))
    assert [e for e in evs if e[0] == "Meeting"]
