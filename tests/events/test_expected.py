"""kg/events/expected.py: attacks, strikes, killings and arrests still to come, expected or only
supposed are no events, for the rules and the learned stage alike (a sense filter)."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

DAY = date(2016, 5, 10)


@pytest.mark.parametrize("text", [
    # a light verb in the future before the act's noun, the doer's name between
    "وقال مسؤولون عراقيون إن الجيش العراقي سيشن هجمات على مواقع تنظيم الدولة الإسلامية في الأنبار.",
    "وأعلنت حركة الشباب أنها ستصعد الهجمات على القوات الكينية في الصومال.",
    # a light verb in the subjunctive after an expectation
    "وتوقع الخبير الأمني أحمد الشريف أن ينفذ تنظيم الدولة الإسلامية هجمات في بنغازي خلال الصيف.",
    # an expectation right before the light noun
    "ويتوقع مسؤولون في كابول شن هجمات على قندهار خلال الربيع.",
    # any attack at all
    "وحذر وزير الدفاع الروسي سيرغي شويغو من أن أي ضربات أمريكية على الجيش السوري في حمص ستقوض الهدنة.",
    # an act allowed
    "وقررت الحكومة البريطانية السماح بشن غارات جوية على تنظيم الدولة الإسلامية في سوريا.",
    "وقررت الحكومة البريطانية السماح بغارات جوية على تنظيم الدولة الإسلامية في سوريا.",
    "وأعلنت الحكومة الأردنية أنها سمحت للطائرات الفرنسية بشن غارات على تنظيم الدولة الإسلامية من قاعدة الأزرق.",
    # an act only likely or about to come
    "وأحبطت الشرطة التونسية هجوما وشيكا على فندق في سوسة.",
    # the risk of an act
    "وحذر الوزير من خطر وقوع هجمات على المدنيين في حلب.",
    # an act one is ready for
    "وقال الرئيس إنه مستعد لتوجيه أوامر بضربات جوية على مواقع التنظيم في سوريا.",
    "وأبدت الحكومة استعدادها لشن غارات على مواقع التنظيم في ليبيا.",
    "وقال الجيش إنه جاهز لتنفيذ ضربات ضد المسلحين في سيناء.",
])
@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_an_act_still_to_come_is_no_event(text, extractor):
    doc = run(text, published=DAY, extractor=extractor)
    assert [e for e in events(doc) if e[0] in ("Attack", "Strike", "Killing", "Arrest")] == []


def test_an_act_told_in_the_past_after_an_stays():
    doc = run("وقال الجيش إن طائراته شنت غارات على مواقع تنظيم الدولة الإسلامية في الرقة بعد أن نفذ التنظيم "
              "هجوما على بلدة تل أبيض.", published=DAY)
    assert sorted(e[0] for e in events(doc)) == ["Attack", "Strike"]


def test_an_act_going_on_now_stays():
    doc = run("وتشن الطائرات الروسية غارات على ريف حلب منذ أسبوع.", published=DAY, extractor="rules")
    assert [e[0] for e in events(doc)] == ["Strike"]


def test_an_arrest_told_in_the_narrative_after_before_that_stays():
    doc = run("وكان الصحفي ماهر العبدالله قد غادر مدينة الموصل قبل أن تعتقله قوات الأمن العراقية.",
              published=DAY)
    assert [e[0] for e in events(doc)] == ["Arrest"]
