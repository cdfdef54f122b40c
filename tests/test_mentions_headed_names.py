"""Headed names: a place or an organisation also named with its head noun (kg/mentions_headed_names.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def test_a_town_is_also_named_by_its_countryside_with_its_sides():
    from kg.jsonl import document_to_record
    doc = run("قتل مدنيان في قصف على بلدة صغيرة بريف حلب الشمالي الغربي، وقتل ثالث في ريف حمص.")
    names = [e["mentions"] for e in document_to_record(doc)["entities"] if e["type"] == "Place"]
    assert ["حلب", "ريف حلب الشمالي الغربي"] in names and ["حمص", "ريف حمص"] in names
    # a word that only starts like a side is not one
    doc = run("وقتل رجل في ريف حلب الشماليين أمس.")
    names = [e["mentions"] for e in document_to_record(doc)["entities"] if e["type"] == "Place"]
    assert names == [["حلب", "ريف حلب"]]


def test_a_place_is_also_named_with_its_town_head_or_its_province_head():
    from kg.jsonl import document_to_record
    from kg.mentions_headed_names import headed_names
    from kg.model import Entity, Mention
    doc = run("قصفت الطائرات بمدينة الزرقاء مواقع، ثم قرية الدالية أمس.")
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert {"مدينة الزرقاء", "قرية الدالية"} <= names
    text = "في محافظة إدلب وبمخيم الهول"
    e = Entity("e1", "Place", [Mention(10, 14, "إدلب", "Place"), Mention(22, 27, "الهول", "Place")])
    assert headed_names(text, e) == ["محافظة إدلب", "مخيم الهول"]
    doc = run("اعتقلت الشرطة رجلين في محافظة الحديدة أمس.")
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert "محافظة الحديدة" in names


def test_an_organisation_is_also_named_with_the_head_noun_before_its_quoted_name():
    from kg.jsonl import document_to_record
    doc = run('وصل وفد من حركة «النهضة» إلى تونس أمس.')
    names = {m for e in document_to_record(doc)["entities"] for m in e["mentions"]}
    assert "حركة «النهضة»" in names
