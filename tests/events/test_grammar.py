"""kg/events/grammar.py: how the words around a trigger relate (shared by the rules)."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_the_group_of_members_counted_before_the_forces_word_is_the_victims():
    evs = events(run("قُتل ثلاثة من عناصر قوات حرس الحدود الأردنية في اشتباك مع مهربين قرب الرويشد.",
                     published=SAT))
    [kill] = [e for e in evs if e[0] == "Killing"]
    assert kill[2] == ["حرس الحدود الأردنية"]


def test_a_name_in_a_phrase_of_time_after_the_verb_takes_no_role():
    [ev] = [e for e in events(run("وكان الناشط قد اعتقل بعد أحداث السفارة البريطانية في طهران عام 2011.",
                                  published=SAT)) if e[0] == "Arrest"]
    assert "السفارة البريطانية" not in ev[1] + ev[2]
    [ev] = [e for e in events(run("وأضاف أن ثلاثة من مقاتلي الفصائل قتلوا خلال المعارك مع قوات النظام في داريا.",
                                  published=SAT)) if e[0] == "Killing"]
    assert "قوات النظام" not in ev[2]
    # the object told past the phrase still is one
    [ev] = [e for e in events(run("وقتل خلال المواجهات العشرات من مسلحي جماعة الحوثي في مدينة تعز.",
                                  published=SAT)) if e[0] == "Killing"]
    assert "جماعة الحوثي" in ev[2]


def test_the_group_the_doer_is_the_arm_of_is_no_target():
    evs = events(run("وخطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين من المعارضة قرب مدينة إدلب."))
    assert [(e[0], e[1], e[2]) for e in evs] == [("Arrest", ["جبهة النصرة"], [])]
