"""Front lines named for a place (kg/mentions_fronts.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _places(doc):
    return {m.text for e in doc.entities if e.type == "Place" for m in e.mentions if not m.nominal}


def _spans(text):
    from kg.mentions_fronts import front_line_spans
    s = segment_one(text)
    return [" ".join(s.norms[i:j]) for i, j, _ in front_line_spans(s.tokens, s.norms, set())]


def segment_one(text):
    from kg.segment import segment
    return segment(text)[0]


def test_a_front_named_for_a_place_is_the_place():
    doc = run("قتل ثلاثة جنود في اشتباكات مع المسلحين على محور الزيتوني غربي المدينة.")
    assert "الزيتوني" in _places(doc)


def test_the_front_with_its_head_is_one_more_name_of_the_place():
    doc = run("تواصلت المعارك العنيفة في جبهة حريضة شمال المحافظة.")
    assert "حريضة" in _places(doc)
    from kg.mentions_headed_names import headed_names
    ent = next(e for e in doc.entities if any(m.text == "حريضة" for m in e.mentions))
    assert "جبهة حريضة" in headed_names(doc.text, ent)


def test_several_fronts_after_a_plural_head():
    assert _spans("وناقش القادة سير المعارك في جبهات نهم والجوف.") == ["نهم", "والجوف"]


def test_groups_and_axes_of_politics_are_no_fronts():
    assert _spans("وأعلنت جبهة النصرة أن محور الممانعة ومحور المقاومة خسرا.") == []
    assert _spans("وانضم إلى جبهة تحرير البلاد مقاتلون، ثم الجبهة الشمالية والمحور الشرقي.") == []


def test_a_front_named_for_a_compound_place_name():
    doc = run("واشتدت المعارك على محور بئر الغنم ومحور عين زارة.")
    places = sorted(m.text for e in doc.entities if e.type == "Place" for m in e.mentions)
    assert "بئر الغنم" in places and "عين زارة" in places


def test_an_axis_after_a_post_is_the_military_command():
    doc = run("وأكد فهد الحريبي، الناطق باسم محور صرواح، أن الجيش صد هجوما، فيما زار قائد محور مأرب الجبهة.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert {"محور صرواح", "محور مأرب"} <= orgs
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert not places & {"صرواح", "مأرب", "محور صرواح", "محور مأرب"}


def test_an_axis_with_no_post_before_it_is_still_the_front():
    doc = run("واندلعت اشتباكات عنيفة في محور صرواح غربي المدينة.")
    assert "صرواح" in {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
