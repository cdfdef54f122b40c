"""kg/events/arrests.py: arrests told with ضبط and with the pronoun of the ones held."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_people_caught_is_an_arrest_by_those_managing_it():
    [ev] = find(events(run("تمكنت شرطة الرياض من ضبط ثلاثة مطلوبين في حي النسيم.", published=SAT)),
                "Arrest")
    assert ev[1] == ["شرطة الرياض"]


def test_catching_a_gang_is_an_arrest_where_it_happened():
    [ev] = find(events(run("ضبطت دوريات الشرطة عصابة من خمسة أشخاص في مدينة جدة.", published=SAT)),
                "Arrest")
    assert ev[3] == ["جدة"]


def test_goods_seized_or_restraint_is_no_arrest():
    evs = events(run("ضبطت وزارة التجارة ألف جهاز مخالف في مستودع بمدينة الدمام، ودعت الأطراف "
                     "في اليمن إلى ضبط النفس.", published=SAT))
    assert not find(evs, "Arrest")


def test_arrest_of_them_announced_by_the_police():
    [ev] = find(events(run("وأعلنت الشرطة التركية اعتقالهم في إسطنبول أمس.", published=SAT)), "Arrest")
    assert ev[1] == ["الشرطة التركية"] and ev[3] == ["إسطنبول"] and ev[4] == "2026-01-16"


def test_arrest_of_him_falls_on_the_person_named_before():
    evs = events(run("وكان الناشط سامي الحداد قد غادر مدينة حلب قبل اعتقاله بيومين.", published=SAT))
    [ev] = find(evs, "Arrest")
    assert ev[2] == ["سامي الحداد"]


def test_bringing_down_a_cell_is_an_arrest_by_its_announcer():
    [ev] = find(events(run("أعلنت وزارة الداخلية السعودية الإطاحة بخلية إرهابية في مدينة الدمام.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["وزارة الداخلية السعودية"] and ev[3] == ["الدمام"]


def test_bringing_down_a_ruler_or_a_named_group_is_no_arrest():
    evs = events(run("أطاح الجيش بالرئيس سامي الخوري، ونجحت القوات في الإطاحة بتنظيم داعش من "
                     "مدينة تكريت.", published=SAT))
    assert not find(evs, "Arrest")


def test_exactly_is_no_arrest():
    evs = events(run("كان ذلك بالضبط ما قاله سامي الخوري في مدينة حلب.", published=SAT))
    assert not find(evs, "Arrest")


def test_the_perpetrator_held_named_after_yudaa_is_the_target():
    evs = events(run("اعتقلت الشرطة التركية منفذ الهجوم على الملهى الليلي، وهو أوزبكي يدعى إلياس محمدوف، "
                     "في حي إسنيورت."))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[2] == ["إلياس محمدوف"]


def test_one_named_in_another_clause_is_not_the_perpetrator_held():
    evs = events(run("اعتقلت الشرطة التركية منفذ الهجوم على الملهى الليلي في إسطنبول، فيما قتل شخص يدعى "
                     "كريم سالم في حادث منفصل."))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[2] == []
    [killing] = [e for e in evs if e[0] == "Killing"]
    # "قتل شخص يدعى X": X is the one killed, not the killer
    assert killing[1] == [] and killing[2] == ["كريم سالم"]


def test_seizing_someone_with_ala_is_an_arrest():
    from datetime import date
    evs = events(run("وقبضت قوات الجيش النيجيري على 43 من عناصر جماعة بوكو حرام في غابة سامبيسا.",
                     published=date(2015, 9, 21)))
    [ev] = [e for e in evs if e[0] == "Arrest"]
    assert ev[2] == ["جماعة بوكو حرام"] and ev[3] == ["غابة سامبيسا"]


def test_being_paid_is_no_arrest():
    from datetime import date
    assert not events(run("وقبض الموظفون رواتبهم أمس في مدينة كانو.", published=date(2015, 9, 21)))


def test_the_arrest_a_raid_resulted_in_was_made_by_its_doer_there():
    from datetime import date
    evs = events(run("وشنت الشرطة العراقية حملة مداهمات في حي الجهاد أسفرت عن توقيف أربعة مشتبه بهم.",
                     published=date(2016, 3, 6)))
    [ev] = [e for e in evs if e[0] == "Arrest"]
    assert ev[1] == ["الشرطة العراقية"] and ev[3] == ["حي الجهاد"]


def test_a_campaign_of_arrests_is_an_arrest():
    # "حملة اعتقالات طالت ...، بينهم X": arrests made, X among the ones held
    evs = events(run("شنت الشرطة المصرية حملة اعتقالات في مدينة الفيوم طالت 12 من أعضاء جماعة الإخوان، "
                     "بينهم القيادي حسن عبد الغني."))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[1] == ["الشرطة المصرية"] and arrest[2] == ["حسن عبد الغني"] and arrest[3] == ["الفيوم"]


def test_arrests_joined_to_a_raid_take_its_doer_and_place():
    # "اقتحمت X حي Y، ونفذت حملة اعتقالات": X made them, in Y
    evs = events(run("اقتحمت قوات الأمن التونسية حي التضامن، ونفذت حملة اعتقالات طالت عشرة شبان."))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[1] == ["قوات الأمن التونسية"] and arrest[3] == ["حي التضامن"]


def test_catching_suspects_in_the_accusative_is_an_arrest():
    # "وضبط 17 مشتبها بهم": people caught
    evs = events(run("وشنت قوات الأمن حملة دهم في مدينة رفح أسفرت عن مقتل مسلحين اثنين وضبط 11 مشتبها بهم."))
    assert [e for e in evs if e[0] == "Arrest"]


def test_arrest_joined_to_a_raid_was_made_where_the_raid_was():
    # "داهمت X منزلا في حي Y، واعتقلت ...": the arrest was in Y
    evs = events(run("داهمت قوة من الشرطة الاتحادية منزلا في حي الجهاد غربي العاصمة، واعتقلت ثلاثة مطلوبين "
                     "بينهم شقيقان."))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[3] == ["حي الجهاد"]


def test_usar_before_the_dead_or_after_maa_are_families_no_capture():
    evs = events(run("وأعرب قائد قوات الطوارئ الخاصة عن تضامنه مع أسر الشهداء في عسير.", published=SAT,
                     extractor="both"))
    assert not [e for e in evs if e[0] == "Arrest"]
    evs = events(run("وقدم الأمير فيصل بن خالد التعازي إلى أسر الشهداء في أبها.", published=SAT, extractor="both"))
    assert not [e for e in evs if e[0] == "Arrest"]
    evs = events(run("وأسر مقاتلو حزب الله جنديين إسرائيليين قرب الحدود.", published=SAT))
    assert [e for e in evs if e[0] == "Arrest" and e[1] == ["حزب الله"]]


def test_an_arrest_verb_with_a_person_and_no_object_after_him_is_a_passive():
    evs = events(run("واعتقل سامر الخطيب في مدينة حلب أمس بعد عودته من تركيا."))
    assert [(e[0], e[1], e[2]) for e in evs] == [("Arrest", [], ["سامر الخطيب"])]
    # a force before the person is the subject; the person its object
    evs = events(run("واعتقل الجيش سامر الخطيب في مدينة حلب أمس."))
    assert [(e[1], e[2]) for e in evs] == [(["الجيش"], ["سامر الخطيب"])]


def test_a_ring_caught_is_an_arrest():
    evs = events(run("ضبطت الأجهزة الأمنية الكويتية شبكة إرهابية تنتمي إلى تنظيم داعش وتضم خمسة متهمين."))
    assert [(e[0], e[1]) for e in evs] == [("Arrest", ["الأجهزة الأمنية الكويتية"])]
