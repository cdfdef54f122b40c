"""kg/events/victims.py and the companions of kg/events/grammar.py: victims told by their group,
("بينهم ثلاثة من عناصر X") or joined by a companion word ("X ونائبه Y")."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402


def of(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_the_group_some_counted_victims_belong_to_is_the_target():
    evs = events(run("قتل 20 شخصا، بينهم ثمانية من عناصر الشرطة العراقية، في تفجير انتحاري وسط مدينة كركوك."))
    [killing] = of(evs, "Killing")
    assert killing[2] == ["الشرطة العراقية"]
    [attack] = of(evs, "Attack")      # the cause of the killing fell on them too
    assert attack[2] == ["الشرطة العراقية"]


def test_workers_in_an_organisation_among_the_dead():
    evs = events(run("قتل 25 شخصا، بينهم عاملون في منظمة أطباء بلا حدود، في قصف استهدف مستشفى في مدينة حلب."))
    [killing] = of(evs, "Killing")
    assert killing[2] == ["منظمة أطباء بلا حدود"]


def test_members_among_the_ones_arrested():
    evs = events(run("اعتقلت قوات الأمن تسعة أشخاص بينهم ثلاثة من أعضاء حزب الدعوة في مدينة البصرة."))
    [arrest] = of(evs, "Arrest")
    assert arrest[2] == ["حزب الدعوة"]


def test_an_officer_among_the_dead_is_no_group_target():
    # a post (قائد في X) names one person of the group, not the group as the victims
    evs = events(run("قتل 12 شخصا بينهم قائد في الجيش الحر في غارة على مدينة حمص."))
    [killing] = of(evs, "Killing")
    assert killing[2] == []


def test_a_companion_named_after_the_victim_is_a_victim_too_not_the_striker():
    evs = events(run("قتل القيادي في حركة حماس سامي يوسف العطار ومساعده خالد محمود النجار في غارة على مدينة رفح."))
    [killing] = of(evs, "Killing")
    assert killing[1] == []
    assert killing[2] == ["خالد محمود النجار", "سامي يوسف العطار"]
    [strike] = of(evs, "Strike")
    assert strike[1] == []


def test_the_striker_before_the_verb_still_leads_the_means():
    evs = events(run("تمكن الجيش العراقي من قتل 20 عنصرا من داعش في غارات جوية على الموصل."))
    [strike] = of(evs, "Strike")
    assert strike[1] == ["الجيش العراقي"]


def test_fighters_killed_by_a_verb_joined_to_a_strike_are_the_struck_groups():
    evs = events(run("شنت مقاتلات الجيش التركي غارات على مواقع لحزب العمال الكردستاني في جبال قنديل، "
                     "ودمرت مخابئ للأسلحة وقتلت 20 مسلحا."))
    [killing] = of(evs, "Killing")
    assert killing[1] == ["الجيش التركي"] and killing[2] == ["حزب العمال الكردستاني"]


def test_civilians_killed_by_the_strike_are_not_the_struck_group():
    evs = events(run("شنت مقاتلات الجيش التركي غارات على مواقع لحزب العمال الكردستاني في جبال قنديل، "
                     "وقتلت 20 مدنيا."))
    [killing] = of(evs, "Killing")
    assert killing[2] == []


def test_others_arrested_after_a_killing_are_of_the_same_group():
    evs = events(run("قتلت قوات الجيش 11 من مسلحي حركة الشباب واعتقلت ثلاثة آخرين قرب مدينة جوهر."))
    [arrest] = of(evs, "Arrest")
    assert arrest[2] == ["حركة الشباب"]


def test_members_named_by_their_groups_adjective_are_of_that_group():
    evs = events(run("تقدم الحوثيون نحو المدينة. وألقت الشرطة القبض على قيادي حوثي في مدينة عدن أمس."))
    [arrest] = of(evs, "Arrest")
    assert arrest[2] == ["الحوثيون"]


def test_an_adjective_of_no_group_named_gives_no_target():
    evs = events(run("ألقت الشرطة القبض على قيادي بارز في مدينة عدن أمس."))
    [arrest] = of(evs, "Arrest")
    assert arrest[2] == []


def test_victims_counted_among_a_groups_own_members_fall_on_that_group():
    evs = events(run("وأعلنت حركة الشباب أن ثلاثة من عناصرها قتلوا في غارة جوية قرب مدينة جلب."))
    [killing] = of(evs, "Killing")
    assert killing[2] == ["حركة الشباب"]


def test_the_doer_is_not_the_group_of_the_pronoun():
    evs = events(run("قالت قوات الأمن إن تنظيم داعش قتل اثنين من عناصرها في مدينة تكريت."))
    [killing] = of(evs, "Killing")
    assert "تنظيم داعش" not in killing[2]


def test_group_among_the_dead_named_after_the_head_of_a_force():
    """"بينهم خمسة من عناصر قوة X": the entity may leave out قوة."""
    from datetime import date as _date
    evs = [e for e in events(run("قتل 12 شخصا، بينهم خمسة من عناصر قوة حرس الحدود، في انفجار سيارة مفخخة "
                                 "في مدينة تربت.", published=_date(2017, 2, 3))) if e[0] == "Killing"]
    assert evs and "حرس الحدود" in evs[0][2]


def test_members_counted_by_their_group_s_adjective():
    evs = events(run("وسيطر مقاتلو المقاومة على مديرية القفر بعد معارك مع الحوثيين، أسفرت عن مصرع 26 حوثيا "
                     "وإصابة 12 آخرين."))
    [ev] = [e for e in evs if e[0] == "Killing"]
    assert ev[2] == ["الحوثيين"]
