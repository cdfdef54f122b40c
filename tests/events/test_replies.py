"""kg/events/replies.py: the one replying with an act (رد بـ) did it."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

THU = date(2016, 1, 14)


def test_the_subject_after_the_reply_verb_struck():
    [ev] = events(run("وردت القوات التركية بقصف مواقع في منطقة قنديل.", published=THU))
    assert ev[0] == "Strike" and ev[1] == ["القوات التركية"]


def test_the_group_before_the_reply_verb_attacked_with_the_noun_of_attacking():
    [ev] = events(run("وقال المسؤول إن مقاتلي حركة أحرار الشام ردوا بمهاجمة مواقع تنظيم داعش في بلدة مارع.",
                      published=THU))
    assert ev[0] == "Attack" and ev[1] == ["حركة أحرار الشام"] and ev[2] == ["تنظيم داعش"]


def test_replying_to_an_attack_is_not_doing_it():
    evs = events(run("ردت الحكومة على الهجوم الذي شنه مسلحون على فندق في مقديشو.", published=THU))
    assert all(e[1] == [] for e in evs)


def test_the_one_replying_to_an_act_named_after_on_did_the_act_told_with_bi():
    """"ردوا على هجمات X بقصف ..."، "ورد الجيش على هجوم X بقصف ...": X did the act replied to,
    the one replying the shelling."""
    evs = events(run("وقالت مصادر إن الحوثيين ردوا على هجمات المقاومة الشعبية بقصف عدد من الأحياء."))
    assert [(e[0], e[1]) for e in evs] == [("Attack", ["المقاومة الشعبية"]), ("Strike", ["الحوثيين"])]
    evs = events(run("ورد الجيش السوري على هجوم جبهة النصرة بقصف بلدة كفرنبل."))
    assert ("Strike", ["الجيش السوري"]) in [(e[0], e[1]) for e in evs]



def test_the_act_replied_to_or_avenged_is_told_after_its_cue():
    from kg.events.replies import act_replied_to
    from kg.view import build_views
    [view] = build_views(run("وصعد الحزب هجماته ردا على هجوم سروج وأعدم رهينة انتقاما لمقتل قائده."))
    at = {t.text: k for k, t in enumerate(view.tokens)}
    assert act_replied_to(view, at["هجوم"]) and act_replied_to(view, at["لمقتل"])
    assert not act_replied_to(view, at["هجماته"]) and not act_replied_to(view, at["رهينة"])

