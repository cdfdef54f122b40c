"""kg/events/upcoming.py: visits and meetings still to come are no events."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

WED = date(2017, 4, 12)


def _types(text):
    return [e[0] for e in events(run(text, published=WED))]


def test_a_visit_told_for_tomorrow_is_no_event():
    assert _types("ويزور وزير الخارجية الأردني أيمن الصفدي القاهرة غدا لبحث الأوضاع في غزة.") == []


def test_a_meeting_planned_after_min_al_muqarrar_is_no_event():
    assert _types("ومن المقرر أن يلتقي وزير الدفاع علي الحمدان نظيره الفرنسي في باريس الأسبوع المقبل.") == []


def test_the_programme_of_a_visit_just_begun_is_no_meeting_but_the_arrival_is_a_visit():
    evs = events(run("وصل الرئيس التونسي قيس سعيد إلى الجزائر أمس في زيارة رسمية يلتقي خلالها الرئيس "
                     "عبد المجيد تبون.", published=WED))
    assert [(e[0], e[1], e[3]) for e in evs] == [("Visit", ["قيس سعيد"], ["الجزائر"])]


def test_the_imperfect_with_no_word_of_the_future_is_still_a_visit():
    evs = events(run("يزور الرئيس الفرنسي إيمانويل ماكرون العراق حاليا في جولة تشمل بغداد وأربيل.",
                     published=WED))
    assert [(e[0], e[1]) for e in evs] == [("Visit", ["إيمانويل ماكرون"])]


def test_a_word_of_the_future_in_another_clause_leaves_a_past_meeting():
    evs = events(run("التقى وزير الدفاع علي الحمدان نظيره الفرنسي جان مارتان في باريس أمس، على أن "
                     "يزور روما الأسبوع المقبل.", published=WED))
    assert [e[0] for e in evs] == ["Meeting"]


def test_the_visit_noun_after_a_visit_verb_still_to_come_is_the_same_visit():
    assert _types("ويزور ولي العهد الكويتي الشيخ نواف الأحمد الجابر الصباح الرياض غدا، في زيارة رسمية "
                  "تستغرق يومين.") == []


def test_a_visit_noun_followed_by_its_plan_is_no_event():
    assert _types("وأعلنت الخارجية أن الوزير أيمن الصفدي سيصل إلى بغداد في زيارة من المقرر أن تستغرق يومين.") == []


def test_talks_whose_light_verb_is_in_the_future_are_no_meeting():
    assert _types("كما سيجري الرئيس الأمريكي باراك أوباما محادثات مع نظيره الكيني في نيروبي.") == []
    assert _types("وسيعقد رئيس البرلمان الليبي نوري أبو سهمين اجتماعا مع المبعوث الأممي في الجزائر.") == []


def test_talks_expected_after_an_an_are_no_meeting():
    assert _types("وقال الوزير الفرنسي إنه ينتظر أن يجري محادثات مع الرئيس الإيراني حسن روحاني.") == []


def test_a_meeting_called_for_is_not_held():
    assert _types("ودعا الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إلى اجتماع طارئ لبحث المسألة الأمنية.") == []
    assert _types("ودعت الجامعة العربية إلى عقد قمة طارئة في القاهرة.") == []


def test_the_same_talks_in_the_past_are_a_meeting():
    assert _types("وأجرى الرئيس الأمريكي باراك أوباما محادثات مع نظيره الكيني أوهورو كينياتا في نيروبي.") == ["Meeting"]
    assert _types("وانضم وزير الخارجية القطري إلى اجتماع وزراء الخارجية العرب في القاهرة أمس.") == ["Meeting"]


def test_a_meeting_joined_to_a_verb_in_the_future_is_still_to_come():
    evs = events(run("ويتوجه وزير الخارجية الألماني فرانك شتاينماير إلى الرياض الأسبوع المقبل، حيث سيقابل "
                     "الملك سلمان ويجتمع مع نظيره عادل الجبير."))
    assert [e for e in evs if e[0] == "Meeting"] == []


def test_a_meeting_called_next_in_the_masculine_is_still_to_come():
    assert events(run("ويتجه مجلس الاحتياطي الاتحادي لرفع أسعار الفائدة في اجتماعه القادم في سبتمبر.")) == []


def test_a_meeting_proposed_is_not_held():
    evs = events(run("وأوضح المتحدث أن الهند اقترحت على باكستان عقد اجتماع لوزيري الخارجية سوشما سواراج وسرتاج "
                     "عزيز في نيودلهي.", published=WED))
    assert not [e for e in evs if e[0] == "Meeting"]
    evs = events(run("وعقدت وزيرة الخارجية الهندية سوشما سواراج اجتماعا مع نظيرها سرتاج عزيز في نيودلهي أمس.",
                     published=WED))
    assert [e for e in evs if e[0] == "Meeting"]


def test_talks_in_the_future_are_not_held():
    evs = events(run("وقد تسعى فصائل الحركة إلى تبديد أي أمل في إجراء محادثات في المستقبل مع الرئيس الأفغاني "
                     "أشرف غني.", published=WED, extractor="both"))
    assert not [e for e in evs if e[0] == "Meeting"]


def test_a_meeting_dated_after_the_article_is_none_and_an_act_loses_such_a_date():
    from kg.events.upcoming import after_publication
    from kg.model import Event
    evs = [Event(type="Meeting", date="2016-12"), Event(type="Meeting", date="2016-05-09"),
           Event(type="Arrest", date="2016-06")]
    kept = after_publication(evs, date(2016, 5, 10))
    assert [(e.type, e.date) for e in kept] == [("Meeting", "2016-05-09"), ("Arrest", None)]
    assert after_publication(evs, None) == evs
    doc = run("وقال الرئيس إن بلاده ستشارك في اجتماع لقادة الدول الكبرى في باريس في كانون الأول (ديسمبر) "
              "المقبل.", published=date(2016, 5, 10))
    assert [e for e in events(doc) if e[0] == "Meeting"] == []


def test_a_visit_told_after_its_verb_in_the_future_and_the_meeting_it_will_hold_are_none():
    doc = run("وسيزور الرئيس الفرنسي فرانسوا هولاند القاهرة الخميس في زيارة قصيرة ستشهد اجتماعا مع الرئيس "
              "عبد الفتاح السيسي.", published=WED)
    assert events(doc) == []
    # a visit that held a meeting is one
    doc = run("وشهدت الزيارة اجتماعا بين الرئيس الفرنسي فرانسوا هولاند والرئيس عبد الفتاح السيسي في القاهرة.",
              published=WED)
    assert [e[0] for e in events(doc)] == ["Meeting"]


def test_a_meeting_demanded_with_bi_or_called_for_in_the_first_person_is_none():
    doc = run("وطالب القيادي سامي الحلو الفصائل بالاجتماع فورا في غزة، وقال «ندعو إلى اجتماع موسع "
              "للفصائل في القاهرة».")
    assert not [e for e in doc.events if e.type == "Meeting"]


def test_a_visit_one_is_invited_to_make_is_none():
    assert "Visit" not in _types("ودعا الرئيس سالم، المبعوث الأممي إلى ليبيا سامي الحداد، إلى زيارة مدينة "
                                 "سرت في أقرب وقت.")
    assert "Visit" not in _types("ودعا الملك خلال لقائه أمس الرئيس التونسي الباجي قائد السبسي لزيارة "
                                 "المملكة.")
    # a visit made, told after a call in an earlier sentence, stays
    assert "Visit" in _types("ودعا الملك إلى الحوار. ووصل الرئيس التونسي الباجي قائد السبسي إلى "
                             "الرياض في زيارة رسمية.")


def test_talks_one_will_travel_for_are_still_to_come():
    assert "Meeting" not in _types("وقالت المصادر إن الوزيرة ستتوجه من الرياض إلى طهران لإجراء محادثات مع "
                                   "وزير الخارجية الإيراني محمد جواد ظريف.")
    # in the past, the talks one travelled for were held
    assert "Meeting" in _types("وتوجه الوزير الفرنسي لوران فابيوس إلى طهران لإجراء محادثات مع وزير "
                               "الخارجية الإيراني محمد جواد ظريف.")


@pytest.mark.parametrize("text", [
    "ويتم حاليا ترتيب لقاء بين وزير الخارجية الأردني ناصر جودة والمبعوث الأممي ستيفان دي ميستورا.",
    "وقالت الرئاسة إنه يجري الإعداد لعقد قمة بين الرئيس التونسي الباجي قائد السبسي والرئيس الجزائري "
    "عبد العزيز بوتفليقة في الجزائر.",
])
def test_a_meeting_being_arranged_is_no_event(text):
    assert "Meeting" not in _types(text)


def test_a_meeting_after_its_preparation_stays():
    doc = run("وبعد أسابيع من التحضير، التقى وزير الخارجية الأردني ناصر جودة المبعوث الأممي ستيفان دي ميستورا "
              "في عمان أمس.", published=WED)
    assert [e[0] for e in events(doc)] == ["Meeting"]


def test_talks_in_the_programme_of_a_visit_to_come_are_no_meeting():
    assert "Meeting" not in _types("وقالت مصادر روسية إن وزير الخارجية الأردني ناصر جودة سيزور موسكو الأسبوع "
                                   "الحالي يجري خلالها مباحثات مع الرئيس الروسي فلاديمير بوتين في الكرملين.")


def test_a_meeting_after_khilal_and_a_verb_in_the_future_is_none():
    assert "Meeting" not in _types("وقالت المصادر إن الوزير جودة سينقل خلال لقائه مع الرئيس الروسي فلاديمير بوتين "
                                   "رسالة من العاهل الأردني.")
    assert _types("ونقل الوزير جودة خلال لقائه مع الرئيس الروسي فلاديمير بوتين في موسكو أمس رسالة من العاهل "
                  "الأردني.") == ["Meeting"]
