"""Aliases: a name given after الملقب، المعروف باسم ... is the person's (kg/mentions_aliases.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_alias_cue_with_a_conjunction_joins_the_person():
    doc = run('وأضاف المصدر أن أحد المهربين، ويدعى خالد عواد الرميثان والملقب بـ"أبو جاسم"، اعتُقل.')
    assert "أبو جاسم" in [m.text for m in entity(doc, "خالد عواد الرميثان").mentions]


def test_an_alias_cue_needs_its_name_introduced_and_a_feminine_one_a_persons_name():
    doc = run("وقتل سامر العلي المعروف باسم الذئب في غارة.")
    assert [m.text for m in entity(doc, "سامر العلي").mentions] == ["سامر العلي", "الذئب"]
    doc = run("ومن أنصاره الشرعي أبو ماريا القحطاني، المعروف عنه تشدده ضد التنظيم.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["أبو ماريا القحطاني"]
    doc = run("وتعد الجبنة المعروفة بـ “الدلة الفخارية” من أشهر الأواني، والكنيسة المعروفة، فكان الرد واضحا.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_what_a_person_is_known_for_is_no_alias_the_name_after_the_word_nickname_is():
    doc = run("وهاجم الكاتب المعروف بمواقفه المتشددة الحكومة، واعتقلت الشرطة رجلا يدعى كريم ناصر "
              "المعروف بلقب أبو الليل في المدينة.")
    persons = sorted(m.text for e in doc.entities if e.type == "Person" for m in e.mentions)
    assert "أبو الليل" in persons
    assert not any(p.startswith(("مواقفه", "لقب")) for p in persons)
