"""kg/events/hopes.py: acts hoped for are no events, for the rules and the learned stage alike
(a sense filter)."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

DAY = date(2015, 8, 8)


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_an_arrest_hoped_for_is_no_event(extractor):
    doc = run("نأمل أن تتمكن الشرطة المصرية من اعتقال القتلة قريبا.", published=DAY, extractor=extractor)
    assert events(doc) == []


def test_a_hope_told_before_a_pause_leaves_the_arrest_after_it():
    doc = run("وأعرب الوزير عن أمله في نجاح الحوار، وقد اعتقلت الشرطة العراقية أمس ثلاثة مسلحين في بغداد.",
              published=DAY)
    assert [(e[0], e[1]) for e in events(doc)] == [("Arrest", ["الشرطة العراقية"])]


def test_the_amal_movement_is_no_hope():
    doc = run("اعتقلت حركة أمل ثلاثة مسلحين في صور جنوب لبنان.", published=DAY)
    assert [(e[0], e[1]) for e in events(doc)] == [("Arrest", ["حركة أمل"])]


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_a_meeting_or_visit_wished_for_is_no_event(extractor):
    doc = run("وكان الطفل قد أعرب من قبل عن رغبته في لقاء الرئيس عبد الفتاح السيسي.", published=DAY,
              extractor=extractor)
    assert [e for e in events(doc) if e[0] == "Meeting"] == []
    doc = run("وأعرب الرئيس الفرنسي فرانسوا هولاند عن رغبته في زيارة الرياض.", published=DAY, extractor=extractor)
    assert [e for e in events(doc) if e[0] == "Visit"] == []


def test_a_hope_about_what_a_visit_brings_leaves_the_visit():
    doc = run("وزار الرئيس عبد الفتاح السيسي الرياض أمس، معربا عن أمله في أن تسهم الزيارة في تعزيز العلاقات.",
              published=DAY)
    assert [e for e in events(doc) if e[0] == "Visit" and e[1] == ["عبد الفتاح السيسي"]]


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_an_arrest_prayed_for_is_no_event(extractor):
    doc = run("وسأل الشيخ خالد المولى عز وجل أن يمكن حكومة البحرين وأجهزتها الأمنية من القبض على الجناة سريعا.",
              published=DAY, extractor=extractor)
    assert [e for e in events(doc) if e[0] == "Arrest"] == []


def test_an_arrest_one_cannot_make_is_no_prayer():
    doc = run("وقال إنه لا يمكن أن يفلت الجناة، فقد ألقت الشرطة البحرينية القبض على ثلاثة منهم أمس.", published=DAY)
    assert [e[0] for e in events(doc)] == ["Arrest"]
