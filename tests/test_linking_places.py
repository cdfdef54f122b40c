"""A city and the province of the same name (kg/linking_places.py, used by kg/linking.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _places(doc):
    return sorted(tuple(sorted({m.text for m in e.mentions})) for e in doc.entities if e.type == "Place")


def test_city_and_province_written_with_both_heads_are_two_places():
    text = "سقطت قذيفة على مدينة ذمار، وقال مسؤول في محافظة ذمار إن الجرحى نقلوا إلى مستشفى في ذمار."
    doc = run(text)
    dhamar = {e.subtype: e for e in doc.entities if e.type == "Place"
              and any("ذمار" in m.text for m in e.mentions)}
    assert set(dhamar) == {"City", "Region"}
    # the city is the one written after مدينة; the bare name at the end is the province's
    assert [text[m.start - 6:m.start] for m in dhamar["City"].mentions] == ["مدينة "]
    assert text.rindex("ذمار") in {m.start for m in dhamar["Region"].mentions}


def test_a_kb_city_and_its_province():
    doc = run("وفي ولاية قندوز اشتبك مسلحون مع الشرطة قرب مدينة قندوز.")
    kunduz = [e for e in doc.entities if e.type == "Place" and any("قندوز" in m.text for m in e.mentions)]
    assert len(kunduz) == 2
    assert {e.subtype for e in kunduz} == {"City", "Region"}


def test_one_head_only_keeps_one_place():
    doc = run("سقطت قذيفة على مدينة ذمار، ونقل الجرحى إلى مستشفى في ذمار.")
    assert len([p for p in _places(doc) if any("ذمار" in x for x in p)]) == 1


def test_the_bare_name_goes_with_the_city_written_with_its_head():
    from helpers import entity
    doc = run("غزة - مراسلنا: قصفت طائرات حيا شرق مدينة غزة، وقال مسعفون في غزة إن الضحايا ستة، "
              "فيما أغلقت المعابر المؤدية إلى قطاع غزة.")
    assert entity(doc, "غزة") is entity(doc, "مدينة غزة")
    assert entity(doc, "قطاع غزة") is not entity(doc, "غزة")


def test_without_the_city_head_the_bare_name_is_the_region():
    from helpers import entity
    doc = run("أغلقت المعابر المؤدية إلى قطاع غزة، وقال مسعفون في غزة إن الضحايا ستة.")
    assert entity(doc, "قطاع غزة") is entity(doc, "غزة")


def test_a_saudi_region_named_for_its_seat_is_a_place_of_its_own():
    from helpers import run
    doc = run("وافتتح أمير منطقة الرياض مشروعا جديدا في الرياض، فيما زار أمير منطقة مكة المكرمة "
              "مدينة جدة، وقال أمير منطقة القصيم إن الأمطار هطلت على القصيم.")
    places = sorted(" | ".join(sorted(m.text for m in e.mentions)) for e in doc.entities if e.type == "Place")
    assert "منطقة الرياض" in places and "الرياض" in places
    assert "منطقة مكة المكرمة" in places
    assert any("منطقة القصيم" in p and "القصيم" in p.split(" | ") for p in places)
