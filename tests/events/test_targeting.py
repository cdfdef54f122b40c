"""kg/events/targeting.py: attacks told as armed men or an armed group taking aim."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_gunmen_taking_aim_at_a_patrol_attack_its_army():
    [ev] = find(events(run("استهدف مسلحون مجهولون دورية للجيش المصري في مدينة العريش.", published=SAT)),
                "Attack")
    assert ev[1] == [] and ev[2] == ["للجيش المصري"] and ev[3] == ["العريش"]


def test_armed_group_taking_aim_is_the_attacker():
    [ev] = find(events(run("استهدفت جماعة الحوثي مواقع للجيش السعودي في منطقة جازان.", published=SAT)),
                "Attack")
    assert ev[1] == ["جماعة الحوثي"]


def test_a_campaign_or_a_strike_taking_aim_is_no_new_attack():
    evs = events(run("استهدفت الحملة الإعلامية الشباب في مدينة الرياض، ونفذ الجيش غارة جوية "
                     "استهدفت عناصر من حركة الشباب قرب بلدة جلب.", published=SAT))
    assert not find(evs, "Attack")


def test_men_aimed_at_are_no_attackers():
    evs = events(run("وكان الجيش الإسرائيلي استهدف عناصر تابعة للحزب مرات كثيرة في سورية.", published=SAT))
    assert not find(evs, "Attack")


def test_a_gathering_aimed_at_is_the_target_not_a_meeting():
    """"غارة استهدفت اجتماعا لقادة من حركة X": no meeting; the strike fell on X."""
    from datetime import date as _date
    evs = events(run("قالت مصادر محلية إن غارة لطائرة مسيرة أمريكية استهدفت اجتماعا لقادة من حركة طالبان "
                     "في مديرية شينداند غربي أفغانستان.", published=_date(2017, 6, 2)))
    assert not [e for e in evs if e[0] == "Meeting"]
    assert [e for e in evs if e[0] == "Strike" and "حركة طالبان" in e[2]]


def test_armed_group_overrunning_a_post_is_an_attack():
    from datetime import date as _date
    evs = events(run("وقالت مصادر أمنية إن مقاتلي حركة طالبان اجتاحوا فجر الخميس نقطة تفتيش للجيش في "
                     "مديرية أرغنداب بولاية قندهار.", published=_date(2017, 6, 2)))
    assert [e for e in evs if e[0] == "Attack" and e[1] == ["حركة طالبان"]]


def test_a_fire_or_a_wave_overrunning_is_no_attack():
    from datetime import date as _date
    evs = events(run("اجتاح حريق غابات ضخم سفوح التلال قرب مدينة أزمير، فيما اجتاحت موجة من الاحتجاجات "
                     "شوارع العاصمة.", published=_date(2017, 6, 2)))
    assert not [e for e in evs if e[0] == "Attack"]
