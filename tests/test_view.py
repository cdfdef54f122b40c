"""The sentence view (kg/view.py): slots over the tokens, quotes and brackets included."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402

from kg.view import build_views  # noqa: E402


def _slots(text):
    doc = run(text)
    [view] = build_views(doc)
    return {s.mention.text: (view.tokens[s.i].text, view.tokens[s.j - 1].text, s.clitic) for s in view.slots}


def test_a_quoted_name_takes_its_quotes_and_a_detached_clitic():
    slots = _slots('التقى وفد لـ«حركة العدل» ممثلين عن "جبهة الخلاص" أمس.')
    assert slots["حركة العدل"] == ("لـ", "»", "ل")
    assert slots["جبهة الخلاص"] == ('"', '"', "")


def test_an_unquoted_name_or_an_unclosed_quote_keeps_its_tokens():
    slots = _slots('قال إن "جبهة الخلاص تقدمت أمس.')
    assert slots["جبهة الخلاص"] == ("جبهة", "الخلاص", "")
