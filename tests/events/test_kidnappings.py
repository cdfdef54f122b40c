"""kg/events/kidnappings.py: kidnappings told as arrests (the kidnappers the agent, the one
taken the target), not the figurative senses of خطف."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

WED = date(2017, 5, 10)   # a Wednesday


def arrests(text):
    return [e for e in events(run(text, published=WED)) if e[0] == "Arrest"]


def test_a_group_kidnapping_a_named_person_is_an_arrest():
    [ev] = arrests("اختطف تنظيم القاعدة، مساء الاثنين، المهندس الفرنسي جان مارتان من مكتبه في مدينة المكلا.")
    assert ev[1] == ["تنظيم القاعدة"] and ev[2] == ["جان مارتان"] and ev[3] == ["المكلا"]
    assert ev[4] == "2017-05-08"


def test_unknown_men_kidnapping_workers_is_an_arrest_where_it_happened():
    [ev] = arrests("خطف مسلحون مجهولون تسعة عمال أتراك من موقع بناء قرب مدينة سبها جنوب ليبيا.")
    assert ev[1] == [] and ev[3] and ev[3][0].endswith("سبها")


def test_the_noun_after_a_preposition_falls_on_the_one_taken():
    [ev] = arrests("وأقدم مجهولون على اختطاف الطبيب كريم الساعدي أثناء خروجه من عيادته في مدينة البصرة.")
    assert ev[2] == ["كريم الساعدي"] and ev[3] and ev[3][0].endswith("البصرة")


def test_a_kidnapper_described_by_his_group_is_not_the_one_taken():
    [ev] = arrests("خطف مسلحون يشتبه بانتمائهم إلى حركة الشباب سبعة مدرسين في بلدة وجير الكينية.")
    assert "حركة الشباب" not in ev[2]


def test_figurative_senses_are_no_arrest():
    assert not arrests("وخطف المهاجم سالم الدوسري الأضواء بهدفين في مرمى نادي الهلال.")
    assert not arrests("اختطفت الفنانة ليلى حسن قلوب الجمهور في حفلها بمدينة الإسكندرية.")


def test_a_person_named_after_the_verb_with_no_word_of_force_is_no_arrest():
    assert not arrests("وخطف القرد نظارة السائح جون سميث في معبد بمدينة جايبور.")


def test_led_away_to_an_unknown_place_is_an_arrest():
    [ev] = arrests("داهمت قوات الأمن حي الوعر في مدينة حمص واقتادت 11 شابا إلى جهة مجهولة.")
    assert ev[3] and ev[3][0].endswith("حمص")


def test_led_elsewhere_is_no_arrest():
    assert not arrests("اقتاد المدرب سامي الجابر فريقه إلى الفوز في مدينة الرياض.")
