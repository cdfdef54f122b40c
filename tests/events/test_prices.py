"""kg/events/prices.py: لقاء before a sum or a payment is "in return for", no meeting."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def meetings(text):
    # (the rules and the learned stage: the filter binds both)
    return [e for e in events(run(text, published=SAT, extractor="both")) if e[0] == "Meeting"]


def test_laqaa_before_a_sum_or_a_ransom_is_no_meeting():
    assert meetings("ويقول سامر العلي الذي يعمل حارسا لدى شركة خاصة لقاء نحو 200 دولار في الشهر "
                    "إنه لا يجد عملا آخر.") == []
    assert meetings("أفرج تنظيم داعش عن الصحفي الإسباني خافيير إسبينوزا لقاء فدية.") == []
    assert meetings("وقال المهرب خالد عمر إنه نقلهم إلى اليونان لقاء 3000 يورو للشخص.") == []


def test_a_laqaa_with_someone_still_is_a_meeting():
    [ev] = meetings("عقد وزير الخارجية السعودي عادل الجبير لقاء مع نظيره الأمريكي جون كيري في الرياض.")
    assert ev[1] == ["جون كيري", "عادل الجبير"] or ev[1] == ["عادل الجبير", "جون كيري"]


def test_laqaa_before_a_bail_is_no_meeting():
    assert meetings("وأفرجت السلطات عن الناشط أحمد سالم لقاء كفالة مالية.") == []
    assert meetings("وأوقف المصرفي جون ديفيس في العاشر من مارس في ولاية تكساس، قبل أن يطلق سراحه ويوضع "
                    "قيد الإقامة الجبرية لقاء كفالة قدرها مليونا دولار.") == []
