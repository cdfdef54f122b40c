"""Relations: backing as an adverb, alliance as a verb (kg/relations/backing.py), on sentences of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def _affiliated(rels, a, b):
    return ("affiliatedWith", a, b) in rels or ("affiliatedWith", b, a) in rels


def test_state_backing_as_an_adverb():
    rels = relations(run("وقاتلت حركة النجباء المدعومة إيرانيا في حلب. وتنفي إيران ذلك."))
    assert _affiliated(rels, "حركة النجباء", "إيران")


def test_no_adverb_backing_without_the_country_in_the_text():
    rels = relations(run("وقاتلت حركة النجباء المدعومة إيرانيا في حلب."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_alliance_verb_first_or_after_the_subject():
    rels = relations(run("وتحالفت جبهة النصرة مع حركة أحرار الشام في معارك إدلب."))
    assert _affiliated(rels, "جبهة النصرة", "حركة أحرار الشام")
    rels = relations(run("وقالت المصادر إن جبهة النصرة تحالفت مع حركة أحرار الشام."))
    assert _affiliated(rels, "جبهة النصرة", "حركة أحرار الشام")


def test_alliance_named_with_a_pronoun():
    rels = relations(run("وأكدت حركة النهضة أن تحالفها مع حزب العمال مستمر."))
    assert _affiliated(rels, "حركة النهضة", "حزب العمال")


def test_alliance_pronoun_needs_a_partner_after_with():
    rels = relations(run("وأكدت حركة النهضة أن تحالفها سينتهي قريبا بسبب الخلافات مع الحكومة."))
    assert not any(r[0] == "affiliatedWith" for r in rels)


def test_backing_told_with_a_verb_and_an_object_pronoun():
    rels = relations(run("وقاتلت جماعة الحوثيين التي تدعمها إيران القوات الحكومية."))
    assert ("affiliatedWith", "جماعة الحوثيين", "إيران") in rels or ("affiliatedWith", "إيران", "جماعة الحوثيين") in rels
    rels = relations(run("وتقدمت «قوات الصناديد»، وهي تحالف فصائل عربية تدعمه فرنسا، نحو المدينة."))
    assert ("affiliatedWith", "قوات الصناديد", "فرنسا") in rels or ("affiliatedWith", "فرنسا", "قوات الصناديد") in rels
