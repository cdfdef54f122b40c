"""Persons named by a Western given name and a foreign family name (kg/mentions_foreign_names.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _persons(text):
    return sorted(m.text for e in run(text).entities if e.type == "Person" for m in e.mentions)


def test_a_western_given_name_and_a_family_name_no_list_holds_make_a_person():
    text = ("وقال مدير النادي إن وكيل اللاعب خورخي بالديراما سيصل غدا، فيما التقى الوزير مع "
            "ستيفاني كرونمولر ودانيال فان دير هوفن في الفندق.")
    assert _persons(text) == ["خورخي بالديراما", "دانيال فان دير هوفن", "ستيفاني كرونمولر"]


def test_a_title_or_verb_before_the_given_name_stays_out_of_the_name():
    text = "وحضر الحفل سير ريتشارد بلامبتون، وانضم إليه ماريو غاسبريني مساء الخميس."
    assert _persons(text) == ["ريتشارد بلامبتون", "ماريو غاسبريني"]


def test_a_second_person_after_wa_a_post_in_ta_marbuta_and_a_negated_verb_are_no_name_words():
    text = ("ووصلت ليزا هارتمان مفوضة الشؤون الإنسانية إلى المدينة. ولم ينس غرايسون أصدقاءه، "
            "وحيا كارلوس منديتا وروبيرتو الجمهور.")
    persons = _persons(text)
    assert "ليزا هارتمان" in persons and "كارلوس منديتا" in persons
    assert not any(p.endswith(("مفوضة", "وروبيرتو")) or p.startswith("ينس") for p in persons)


def test_a_noun_with_a_pronoun_after_the_name_is_no_family_word():
    text = ("وألقى الوزير بيتر هولمان خطابه أمام البرلمان، ثم حطت ماري كوفاتش رحالها في عمان، "
            "وتحدث جان ديبري بصفته رئيسا للوفد.")
    assert _persons(text) == ["بيتر هولمان", "جان ديبري", "ماري كوفاتش"]
