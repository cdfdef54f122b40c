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


def test_positions_and_has_read_the_tokens_clitics():
    from kg.normalize import norm
    doc = run("زار الوزير مقر الوزارة ثم عاد إلى وزارته، ولوزارة الخارجية وبوزارة الدفاع بيان.")
    [view] = build_views(doc)
    texts = [t.text for t in view.tokens]
    ministry = frozenset([norm("وزارة")])
    assert [texts[i] for i in view.positions(ministry)] == ["ولوزارة", "وبوزارة"]
    assert view.positions(list(ministry)) == view.positions(ministry)   # any iterable
    assert view.positions(frozenset([norm("سفارة")])) == []
    for cue in (ministry, frozenset([norm("الوزارة"), norm("عاد")]), frozenset(["و", norm("بيان")])):
        assert view.positions(cue) == [i for i in range(len(texts)) if not view.stems(i).isdisjoint(cue)]
        assert [view.has(i, cue) for i in range(len(texts))] == \
            [i in view.positions(cue) for i in range(len(texts))]
    assert not view.has(len(texts), ministry) and not view.has(-1, ministry)


def test_has_any_is_one_token_having_one_of_the_words():
    from kg.normalize import norm
    doc = run("وصل الوفد إلى المدينة، ثم غادرها بعد ساعات من اللقاء بالمحافظ.")
    [view] = build_views(doc)
    for cue in (frozenset([norm("مدينة")]), frozenset([norm("المحافظ")]), frozenset([norm("سفارة")]),
                frozenset([norm("لقاء"), norm("قصف")]), frozenset()):
        assert view.has_any(cue) == bool(view.positions(cue))
    assert view.has_any(frozenset([norm("محافظ")]))       # a reading with its clitics off
    assert not view.has_any(frozenset([norm("سفارة")]))
