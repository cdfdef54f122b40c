"""kg/events/pronoun_objects.py: act verbs with the pronoun of the one they fell on."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_arrested_him_falls_on_the_person_named_before():
    [ev] = find(events(run("وكان الناشط سامي الخوري قد عاد إلى مدينة حلب قبل أن تعتقله قوات النظام.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["قوات النظام"] and ev[2] == ["سامي الخوري"]


def test_killed_him_by_unknown_gunmen():
    [ev] = find(events(run("وكان القيادي أحمد سالم في طريقه إلى منزله عندما اغتاله مسلحون مجهولون في "
                           "مدينة عدن.", published=SAT)), "Killing")
    assert ev[2] == ["أحمد سالم"] and ev[3] == ["مدينة عدن"]


def test_killed_him_after_a_relative_is_the_relative():
    evs = events(run("داهم جنود بيتا لتوقيف مازن العلي، ففتحوا النار على والده فقتلوه.", published=SAT))
    assert all("مازن العلي" not in e[2] for e in find(evs, "Killing"))


def test_one_named_before_the_relative_was_killed_by_those_after():
    evs = events(run("وفجر المسلحون منزل الشيخ عارف الحمدي الذي اغتالته الميليشيات أخيرا.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == [] and ev[2] == ["عارف الحمدي"]


def test_may_kill_him_or_tried_to_is_no_killing():
    evs = events(run("وقال سامي الخوري إن قادة التنظيم قد تقتله، وكان رجل قد حاول قتله قبل عام.",
                     published=SAT))
    assert not find(evs, "Killing")


def test_a_plural_object_pronoun_refers_to_the_list_named_before():
    [ev] = [e for e in events(run("وقالت الشرطة إن سامي عادل وكريم فؤاد فرا من السجن قبل أن تعتقلهما قوات الأمن "
                                  "في مدينة طنطا.")) if e[0] == "Arrest"]
    assert ev[1] == ["قوات الأمن"] and ev[2] == ["سامي عادل", "كريم فؤاد"]


def test_the_ones_seized_by_the_pronoun_after_al_qabd():
    [ev] = [e for e in events(run("قررت النيابة حبس كل من أحمد عبد العزيز ومحمود فتحي وياسر الشاذلي 15 يوما، بعد "
                                  "أن ألقت الشرطة القبض عليهم في محافظة الجيزة.")) if e[0] == "Arrest"]
    assert ev[2] == ["أحمد عبد العزيز", "محمود فتحي", "ياسر الشاذلي"]


def test_a_plural_pronoun_with_no_list_before_takes_no_one_named_alone():
    evs = events(run("وقال المحامي سامي عادل إن قوات الأمن اعتقلتهم في مدينة طنطا."))
    assert all("سامي عادل" not in e[2] for e in evs if e[0] == "Arrest")


def test_killers_written_with_ta_marbuta_are_no_verb_and_pronoun():
    assert not events(run("وقال الشيخ سالم العمري إن هؤلاء قتلة محترفون لا يرحمون أحدا.", published=SAT,
                          extractor="both"))
    evs = events(run("وقال إن مسلحين اقتحموا منزل القاضي سالم العمري وقتلوه.", published=SAT))
    assert [e for e in evs if e[0] == "Killing" and e[2] == ["سالم العمري"]]


def test_executing_with_an_object_pronoun_is_a_killing():
    evs = events(run("نصب مسلحون حاجزا وهميا قرب بلدة الحويجة واستوقفوا ثلاثة جنود وأعدموهم رميا بالرصاص مساء "
                     "الجمعة.", published=date(2026, 1, 17)))
    assert [ev for ev in evs if ev[0] == "Killing" and ev[4] == "2026-01-16"]


def test_the_name_after_a_verb_with_its_object_pronoun_is_its_doer():
    """"... قد خطفهما مسلحون": the pair named before is whom the pronoun refers to, no doer;
    "350 مدنيا اختطفهم تنظيم X": X did it, and is no object."""
    evs = events(run("وكان المهندس الإيطالي ماركو روسي وزميله سامي الحداد قد خطفهما مسلحون في مدينة سبها.",
                     published=date(2016, 3, 2)))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[1] == []
    evs = events(run("وقال مسؤول إن الممرضة الفرنسية كلير دوبون ستعود إلى باريس غدا. وكانت دوبون ومرافقتها الليبية "
                     "سلمى العبيدي قد خطفهما مسلحون في طرابلس في مارس الماضي.", published=date(2016, 3, 2),
                     extractor="both"))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[1] == []
    evs = events(run("ولا يزال مجهولا مصير 350 مدنيا من سكان مدينة تدمر اختطفهم تنظيم الدولة الإسلامية الشهر "
                     "الماضي.", published=date(2016, 3, 2)))
    [arrest] = [e for e in evs if e[0] == "Arrest"]
    assert arrest[1] == ["تنظيم الدولة الإسلامية"] and arrest[2] == []
