"""Groups named in quotes with no head noun (kg/mentions_quoted_groups.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _orgs(text):
    doc = run(text)
    return {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions if not m.nominal}


def test_a_quoted_name_listed_with_a_quoted_group_is_a_group():
    orgs = _orgs("وهاجم المسلحون مقرات لـ«جيش الأحرار» و«نسور الجبل» في ريف المدينة.")
    assert {"جيش الأحرار", "نسور الجبل"} <= orgs


def test_a_quoted_name_after_fighters_or_a_verb_of_fighting_is_a_group():
    assert "ذئاب الوادي" in _orgs("وقتل خمسة من مقاتلي «ذئاب الوادي» في الاشتباكات.")
    assert "سيوف الحق" in _orgs("وشنت «سيوف الحق» هجمات على حواجز الجيش أمس.")


def test_quoted_words_that_are_no_group_stay_none():
    orgs = _orgs('وردت الدولة على "هجوم كيماوي" اتهمت قوات النظام بشنه، وقصفت مواقع "للقوات المعادية".')
    assert not any("كيماوي" in o or "المعادية" in o for o in orgs)
    assert not any("درع" in o for o in _orgs("وأطلق الجيش عملية «درع الوادي» ضد المسلحين."))


def test_a_body_named_rally_in_quotes_or_before_a_nisba():
    orgs = _orgs("وقال المتحدث باسم «تجمع أحرار الجنوب» إن تجمع المهندسين اليمنيين دعا إلى الإضراب.")
    assert {"تجمع أحرار الجنوب", "تجمع المهندسين اليمنيين"} <= orgs


def test_a_gathering_is_no_body():
    orgs = _orgs("تجمع العشرات أمام المبنى، واستهدفت الطائرات «تجمع للغزاة» وتجمعا للمسلحين.")
    assert not any(o.startswith("تجمع") for o in orgs)


def test_a_quoted_name_after_gunmen_from_is_a_group():
    assert "فتح الإسلام" in _orgs("واندلعت اشتباكات بين قوات الأمن ومسلحين من «فتح الإسلام» في أطراف المخيم.")


def test_a_quoted_group_named_for_a_land_that_men_are_held_for_belonging_to():
    text = "وأوقفت السلطات سبعة أشخاص للاشتباه بانتمائهم إلى «أحرار عربستان» في مدينة الأهواز."
    assert "أحرار عربستان" in _orgs(text)
