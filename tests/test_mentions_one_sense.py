"""kg/mentions_one_sense.py: one name, one kind of thing in an article."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _kinds(doc):
    return {(e.type, m.text) for e in doc.entities for m in e.mentions}


def test_a_bare_name_a_head_typed_elsewhere_keeps_that_type():
    doc = run("وقال هوفمان من هيئة الأرصاد في مدينة أوفنباخ إن العاصفة قوية. وقالت خدمة الأرصاد في "
              "أوفنباخ إن المستوى قوي.")
    assert ("Person", "أوفنباخ") not in _kinds(doc)
    [place] = [e for e in doc.entities if e.type == "Place"]
    assert [m.text for m in place.mentions] == ["أوفنباخ", "أوفنباخ"]


def test_a_word_of_a_persons_fuller_name_stays_a_person():
    from kg.mentions_one_sense import one_sense_per_article
    from kg.model import Mention
    ms = [Mention(0, 10, "مقتدى الصدر", "Person", source="ner"),
          Mention(20, 30, "الصدر", "Place", "City", source="pattern"),
          Mention(40, 45, "الصدر", "Person", source="ner")]
    assert [m.type for m in one_sense_per_article(ms)] == ["Person", "Place", "Person"]
    ms[0] = Mention(0, 10, "مقتدى", "Person", source="ner")
    assert [m.type for m in one_sense_per_article(ms)] == ["Person", "Place", "Place"]
