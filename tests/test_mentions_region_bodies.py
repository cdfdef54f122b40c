"""Bodies named for a region written with its head (kg/mentions_region_bodies.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_regions_police_and_government_are_bodies_and_the_region_no_mention():
    doc = run("وقال قائد شرطة إقليم أوروميا إن حكومة ولاية جونقلي طلبت الدعم.")
    assert entity(doc, "شرطة إقليم أوروميا").type == "Organization"
    assert entity(doc, "حكومة ولاية جونقلي").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_region_after_a_definite_word_stays_a_place():
    doc = run("وانتشرت الشرطة في إقليم أوروميا بعد الاشتباكات.")
    assert entity(doc, "إقليم أوروميا").type == "Place"


def test_a_body_of_a_province_named_for_a_known_town():
    doc = run("وقال مصدر في شرطة ولاية كسلا إن المهربين فروا.")
    assert entity(doc, "شرطة ولاية كسلا").type == "Organization"
