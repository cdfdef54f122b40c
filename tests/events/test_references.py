"""kg/events/references.py: an act noun after a word of involvement that says nothing more
of it refers to an act told elsewhere."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

THU = date(2014, 9, 18)


def test_suspects_of_involvement_in_the_bombing_make_no_new_bombing():
    evs = events(run("اعتقلت الشرطة العراقية أمس ثلاثة أشخاص يشتبه بتورطهم في التفجير، في منطقة الكرادة.",
                     published=THU))
    assert [e[0] for e in evs] == ["Arrest"]


def test_involvement_in_an_act_told_here_still_tells_it():
    evs = events(run("اعتقل الجيش اللبناني سبعة أشخاص يشتبه في مشاركتهم بالاعتداء على دورية لقوة "
                     "الأمم المتحدة مساء الجمعة.", published=THU))
    assert "Attack" in [e[0] for e in evs]


def test_the_arresting_force_is_not_the_doer_of_the_act_two_suspects_are_linked_to():
    evs = events(run("اعتقلت قوات الأمن، السبت، شخصين يشتبه في تورطهما في التفجير الذي استهدف سوقا "
                     "في مدينة الحلة الخميس الماضي."))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[1] == []


def test_an_act_placed_in_time_against_another_takes_none_of_its_roles():
    """"ويأتي الهجوم غداة غارات شنها ..."، "وجاء هذا التفجير بعد يومين من ...": the act told
    before, placed in time; the group struck and the place after the word of time belong to
    the strikes, not to it (both in one extractor run: the learned stage too)."""
    text = ("قتل جنديان تركيان مساء السبت في تفجير سيارة ملغومة في ديار بكر. ويأتي الهجوم غداة "
            "غارات شنها الطيران التركي على مواقع تابعة لحزب العمال الكردستاني شمالي العراق.")
    for extractor in ("rules", "both"):
        evs = events(run(text, published=THU, extractor=extractor))
        attacks = [e for e in evs if e[0] == "Attack"]
        assert attacks and all(e[2] == [] and e[3] == ["ديار بكر"] for e in attacks), evs
    evs = events(run("انفجرت عبوة ناسفة في مدينة الرمادي أمس. وجاء هذا التفجير بعد يومين من مقتل "
                     "ثلاثة جنود في هجوم على الفلوجة.", published=THU))
    assert [e[3] for e in evs if e[0] == "Attack" and e[3] != ["الفلوجة"]] == [["مدينة الرمادي"]]


def test_an_act_that_comes_with_its_own_target_and_place_is_told():
    evs = events(run("وجاء الهجوم على مقر الشرطة في مدينة بنغازي بعد أيام من تهديدات أطلقها التنظيم.",
                     published=THU))
    assert [(e[0], e[3]) for e in evs] == [("Attack", ["بنغازي"])]


def test_the_ones_involved_in_the_bombing_named_by_the_participle_make_no_new_bombing():
    """"تحديد هوية المتورطين في التفجير الإرهابي، وألقت القبض ...": the bombing told before
    takes neither the place nor the day of the arrest (the learned stage neither)."""
    text = ("أعلنت الوزارة أن شرطيا قتل مساء الثلاثاء في انفجار عبوة استهدفت دورية في قرية كرانة.\n\n"
            "وقال المتحدث إن الأجهزة الأمنية تمكنت من تحديد هوية المتورطين في التفجير الإرهابي، وألقت "
            "القبض على اثنين منهم فجر أمس في منطقة الدراز.")
    for extractor in ("rules", "both"):
        evs = events(run(text, published=THU, extractor=extractor))
        assert all("الدراز" not in e[3] and e[4] != "2014-09-17" for e in evs if e[0] == "Attack"), extractor
