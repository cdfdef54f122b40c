"""kg/events/deaths.py: قضى without على after it, amid violence, says its subject died."""
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

THU = date(2016, 8, 4)


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_died_in_a_bombing_is_a_killing_of_the_subject():
    evs = events(run("قضى سبعة من عناصر الشرطة العراقية أمس في تفجير انتحاري عند مدخل مدينة الرمادي.",
                     published=THU))
    [k] = find(evs, "Killing")
    assert k[1] == [] and k[2] == ["الشرطة العراقية"] and k[4] == "2016-08-03"


def test_died_by_a_blast_with_b():
    evs = events(run("قضى أربعة جنود من الجيش اللبناني بانفجار لغم أرضي في منطقة عرسال.", published=THU))
    [k] = find(evs, "Killing")
    assert k[2] == ["الجيش اللبناني"]


def test_eliminating_someone_is_still_the_subjects_killing():
    evs = events(run("قضت القوات العراقية على خمسة مسلحين في هجوم على قرية البو نمر.", published=THU))
    assert all(k[1] == ["القوات العراقية"] for k in find(evs, "Killing"))


def test_spending_the_night_is_no_killing():
    assert not find(events(run("قضى الوزير ليلته في فندق ببغداد.", published=THU)), "Killing")


def test_dead_caused_by_the_strikes_are_their_killing():
    evs = events(run("شنت طائرات التحالف الدولي غارات على مواقع لتنظيم داعش في مدينة الرقة، وأوقعت ما لا يقل "
                     "عن 11 قتيلا في صفوف عناصر التنظيم.", published=date(2016, 5, 30)))
    [k] = find(evs, "Killing")
    assert k[1] == ["التحالف الدولي"] and k[2] == ["تنظيم داعش"] and k[3] == ["مدينة الرقة"]


def test_a_toll_risen_to_its_dead_is_a_killing_by_the_attacker():
    evs = events(run("ارتفعت حصيلة الهجوم الذي شنه مسلحو حركة الشباب المجاهدين على فندق في مدينة كيسمايو، "
                     "مساء السبت، إلى 15 قتيلا.", published=date(2016, 6, 27)))
    [k] = find(evs, "Killing")
    assert k[1] == ["حركة الشباب المجاهدين"] and k[4] == "2016-06-25"


def test_a_toll_of_a_disease_is_no_killing():
    evs = events(run("ارتفعت حصيلة وباء الكوليرا في المدينة إلى 15 قتيلا.", published=date(2016, 6, 27)))
    assert not find(evs, "Killing")


def test_the_victims_of_bombings_risen_to_their_dead_are_killed_by_the_claimer():
    evs = events(run("ارتفع عدد ضحايا التفجيرات التي استهدفت، أمس الجمعة، مسجدا في مدينة الحلة، إلى 40 قتيلا، "
                     "في أعنف هجوم تشهده المدينة منذ سنوات، وتبناه تنظيم الدولة الإسلامية.",
                     published=date(2015, 3, 21)))
    [k] = find(evs, "Killing")
    assert k[1] == ["تنظيم الدولة الإسلامية"] and k[4] == "2015-03-20"
    assert any(a[1] == ["تنظيم الدولة الإسلامية"] for a in find(evs, "Attack"))


def test_the_dead_the_raids_caused_with_the_article():
    evs = events(run("أغارت مقاتلات التحالف العربي على تجمعات للحوثيين في مديرية نهم، وأوقعت عشرات القتلى "
                     "والجرحى في صفوفهم.", published=date(2016, 3, 6)))
    [k] = find(evs, "Killing")
    assert k[1] == ["التحالف العربي"] and k[3] == ["مديرية نهم"]


def test_dead_inflicted_by_the_ones_repelling_an_attack_are_the_attackers():
    evs = events(run("وقال المتحدث إن قوات الجيش السوداني دحرت هجوما شنه عناصر قوات الدعم السريع على مدينة "
                     "بارا صباح أمس وكبدتهم عشرات القتلى.", published=date(2026, 3, 5)))
    [k] = find(evs, "Killing")
    assert k[1] == ["الجيش السوداني"] and k[2] == ["قوات الدعم السريع"] and k[4] == "2026-03-04"


def test_dead_inflicted_by_the_attackers_are_theirs_and_losses_are_no_dead():
    evs = events(run("وقال إن مقاتلي حركة أحرار الشام هاجموا مواقع تنظيم داعش وكبدوه عشرات القتلى.",
                     published=date(2026, 3, 5)))
    assert [k[1] for k in find(evs, "Killing")] == [["حركة أحرار الشام"]]
    evs = events(run("وقال إن مقاتلي حركة أحرار الشام هاجموا مواقع تنظيم داعش وكبدوه خسائر فادحة.",
                     published=date(2026, 3, 5)))
    assert not find(evs, "Killing")


def test_the_first_of_the_forces_repelling_is_among_the_killers():
    evs = events(run("مشيرا إلى أن قوات الجيش السوداني والقوات المساندة لها دحرت هجوما شنه عناصر قوات الدعم "
                     "السريع على مدينة بارا صباح أمس وكبدتهم عشرات القتلى.", published=date(2026, 3, 5)))
    [k] = find(evs, "Killing")
    assert "الجيش السوداني" in k[1] and k[2] == ["قوات الدعم السريع"]


def test_a_death_in_a_collapse_is_no_killing():
    evs = events(run("وأعلنت الكتائب أن أحد مقاتليها قتل في انهيار نفق شرقي مدينة رفح يوم الجمعة."))
    assert find(evs, "Killing") == []


def test_an_accident_that_is_a_shooting_still_kills():
    evs = events(run("قتل ثلاثة جنود في حادث إطلاق نار قرب مدينة الرمادي."))
    assert len(find(evs, "Killing")) == 1


def test_an_attempted_assassination_is_an_attack_on_the_one_who_escaped():
    evs = events(run("نجا العقيد سالم الدرسي من محاولة اغتيال في مدينة بنغازي مساء الخميس."))
    assert find(evs, "Killing") == []
    [attack] = find(evs, "Attack")
    assert attack[2] == ["سالم الدرسي"]


def test_mishap_told_past_the_count_and_group_of_the_dead():
    # "مقتل ثلاثة من مقاتليها في انهيار نفق": six words on, still a collapse, no killing
    evs = events(run("وأعلنت سرايا القدس مقتل ثلاثة من مقاتليها في انهيار نفق شرق مدينة رفح."))
    assert not [e for e in evs if e[0] == "Killing"]


def test_shot_dead_after_shooting_is_a_killing_of_the_one_shot():
    """"أطلقوا النار على X ... وأردوه قتيلا": the pronoun refers to X."""
    evs = [e for e in events(run("أطلق مسلحون مجهولون النار على المختار سعيد الراوي في قرية البوعيثة "
                                 "مساء الأحد وأردوه قتيلا.", published=date(2016, 3, 10))) if e[0] == "Killing"]
    assert evs and evs[0][2] == ["سعيد الراوي"] and evs[0][4] == "2016-03-06"


def test_shot_dead_by_a_named_force_has_it_as_agent():
    evs = [e for e in events(run("أردت الشرطة الفرنسية المسلح قتيلا قرب مدينة ليون.",
                                 published=date(2016, 3, 10))) if e[0] == "Killing"]
    assert evs and evs[0][1] == ["الشرطة الفرنسية"]


def test_wanting_is_no_shooting_dead():
    evs = events(run("وقال الوزير: أردت أن أزور مدينة ليون قبل نهاية العام.", published=date(2016, 3, 10)))
    assert not [e for e in evs if e[0] == "Killing"]


def test_some_of_the_repelled_attackers_killed_by_the_force_repelling():
    """"عناصر من X أحبطت هجوما ... وقتلت أربعة منهم": X killed them, not the one speaking."""
    evs = [e for e in events(run("وقال المتحدث سامي العتيبي إن عناصر من حرس الحدود أحبطت هجوما على مركز حدودي "
                                 "قرب بلدة الخفجي، واشتبكت مع المهاجمين وقتلت ثلاثة منهم.",
                                 published=date(2016, 3, 10))) if e[0] == "Killing"]
    assert evs and evs[0][1] == ["حرس الحدود"]


def test_own_forces_of_the_body_speaking_repelled_and_killed():
    """"أعلنت البعثة (X) أن قواتها صدت هجوما ... وقتلت N منهم": the mission."""
    evs = [e for e in events(run("أعلنت بعثة الأمم المتحدة في مالي (مينوسما) أن قواتها صدت هجوما لمسلحي جماعة "
                                 "أنصار الدين على معسكر لها قرب مدينة كيدال، وقتلت خمسة منهم.",
                                 published=date(2016, 3, 10))) if e[0] == "Killing"]
    assert evs and evs[0][1] == ["بعثة الأمم المتحدة في مالي"] and evs[0][2] == ["جماعة أنصار الدين"]


def test_some_of_the_attackers_own_men_killed_by_the_force_repelling():
    """"أحبطت X هجوما شنه Y ... وقتلت 14 من عناصره": X killed them, not Y."""
    evs = events(run("أحبطت قوات الجيش العراقي هجوما شنه تنظيم داعش ليلة الجمعة على قرية البو حمدان "
                     "شمال تكريت، وقتلت 14 من عناصره.", published=date(2016, 5, 7)))
    [k] = find(evs, "Killing")
    assert k[1] == ["الجيش العراقي"] and k[2] == ["تنظيم داعش"]


def test_a_killing_the_repelling_force_managed_past_a_bound_count():
    """"تصدت X لهجوم ... وتمكنت من قتل أكثر من عشرة منهم": X killed them."""
    evs = events(run("تصدت قوات الجيش العراقي ليلة الجمعة لهجوم شنه تنظيم داعش على قرية البو حمدان، "
                     "وتمكنت من قتل أكثر من عشرة منهم.", published=date(2016, 5, 7)))
    [k] = find(evs, "Killing")
    assert k[1] == ["الجيش العراقي"]


def test_the_martyrdom_noun_tells_a_killing_of_its_genitive():
    """"نتج عنه استشهاد الجندي X": X was killed (the noun of the Saudi and Gulf copy)."""
    evs = events(run("وتعرضت دورية أمنية لإطلاق نار في بلدة العوامية مساء أمس، مما نتج عنه استشهاد الجندي "
                     "أول خالد العنزي.", published=date(2017, 5, 11)))
    [k] = find(evs, "Killing")
    assert k[2] == ["خالد العنزي"] and k[4] == "2017-05-10"


def test_the_martyrdom_noun_that_cites_or_praises_kills_no_one():
    """"والاستشهاد به"، "فضل الرباط والاستشهاد في سبيل الله": no killing."""
    for text in ("وانتقد الكاتب احتفاء القناة بتصريح النائب حسن الخليل، والاستشهاد به لدعم مواقفها.",
                 "وتحدث الخطيب عن فضل الرباط والاستشهاد في سبيل الدفاع عن الوطن في مدينة جازان."):
        assert not find(events(run(text, published=date(2017, 5, 11))), "Killing")


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_a_ruling_with_qada_and_a_sentence_after_bi_is_no_killing(extractor):
    doc = run("وقالت المحكمة في القاهرة إنها قضت كذلك بالسجن على صحفي يعمل لدى صحيفة محلية بتهمة التآمر.",
              published=THU, extractor=extractor)
    assert events(doc) == []


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_a_decision_that_stipulates_with_the_imperfect_is_no_killing(extractor):
    doc = run("وأصدر مجلس الأمن قرارا يقضي بتجميد أرصدة قادة الجماعة على الفور في عدن.",
              published=THU, extractor=extractor)
    assert find(events(doc), "Killing") == []


@pytest.mark.parametrize("extractor", ["rules", "both"])
def test_days_spent_are_no_killing(extractor):
    doc = run("وعاد رئيس النادي خالد السالم إلى مدينة بريدة بعد أن قضى أياما عدة أشرف فيها على معسكر الفريق.",
              published=THU, extractor=extractor)
    assert find(events(doc), "Killing") == []


def test_those_who_died_by_a_blast_with_qada_are_still_killed():
    evs = events(run("قضى سبعة جنود بانفجار لغم زرعه مسلحون على طريق في سيناء.", published=THU))
    assert find(evs, "Killing")


def test_time_spent_is_read_before_ala_only():
    from kg.events.deaths import spent_time_not_killed
    from kg.model import Article
    from kg.pipeline import extract
    from kg.view import build_views

    def reads(text):
        [view] = build_views(extract(Article("t", text, published=THU)))
        return spent_time_not_killed(view, 0, "Killing", "verb", "قضت")
    assert reads("قضت البعثة أياما في المدينة.")
    assert not reads("قضت القوات على نصف المسلحين في الهجوم.")


def test_a_death_a_storm_or_a_flood_caused_is_no_killing():
    # the storm named long before its verb of causing
    assert events(run("وكانت العاصفة التي ضربت السواحل جاءت من جهة الغرب وعبرت هولندا ممتدة إلى "
                      "مدينة كولونيا الألمانية، وأسفرت عن مقتل شخص في كولونيا.")) == []
    assert events(run("ولقي ثلاثة أشخاص حتفهم جراء السيول في مدينة جازان أمس.")) == []
    # an attack told between the storm and the verb caused the deaths
    evs = events(run("وضربت العاصفة مدينة حلب بعد أن شن تنظيم داعش هجوما على الحي وأسفر عن مقتل "
                     "عشرة في حلب."))
    assert "Killing" in [e[0] for e in evs]
    # a subject after the verb is the cause
    evs = events(run("وضربت العاصفة مدينة حلب أمس، وأسفرت غارات الطيران الروسي عن مقتل عشرة في حلب."))
    assert "Killing" in [e[0] for e in evs]


def test_a_death_a_flood_causes_told_with_tatasabbab_fi_is_no_killing():
    assert events(run("وقالت السلطات إن الفيضانات تتسبب في مقتل 27 شخصا في مدينة يانغون.")) == []


def test_the_martyrdom_verb_before_a_saying_cites():
    pub = date(2015, 8, 7)
    assert not [e for e in events(run("واستشهد الرئيس عبد الفتاح السيسي في كلمته أمس بمقولة المفكر الراحل جمال حمدان.",
                                      published=pub)) if e[0] == "Killing"]
    evs = events(run("واستشهد الجندي سالم الحربي أمس بنيران القناصة في جازان، وقال قائده إنه كان يردد بقول الشاعر.",
                     published=pub))
    assert [e for e in evs if e[0] == "Killing" and e[2] == ["سالم الحربي"]]


def test_a_flood_told_after_because_of_past_the_toll_makes_no_killing():
    assert events(run("وقتل 40 شخصا على الأقل وتضرر أكثر من مئة ألف آخرين في ولاية آسام الهندية بسبب "
                      "الفيضانات.")) == []
    # an attack told after بسبب is one
    evs = events(run("وقتل 40 شخصا على الأقل في ولاية آسام الهندية بسبب هجوم مسلح نفذته جماعة انفصالية."))
    assert "Killing" in [e[0] for e in evs]


def test_citing_with_the_verb_of_martyrdom_is_no_killing():
    from kg.events.deaths import quoting_not_martyrdom
    from kg.view import build_views
    doc = run("وقال الضابط إن المقاومة تعامل الأسرى بإنسانية، واستشهد على ذلك بإطلاق سراح عشرين أسيرا. "
              "واستشهد الجندي سالم الحربي على يد مسلحين قرب الحدود.")
    found = []
    for v in build_views(doc):
        for i, t in enumerate(v.tokens):
            if t.text == "واستشهد":
                found.append(quoting_not_martyrdom(v, i, "Killing", "verb", "استشهد"))
    assert found == [True, False]


def test_killing_oneself_or_a_soul_in_a_maxim_is_no_killing():
    evs = events(run("وقال الرهينة في التسجيل: حاولت قتل نفسي مرات كثيرة أمس.", published=THU))
    assert not [e for e in evs if e[0] == "Killing"]
    evs = events(run("وذكّر الخطيب أمس بأن من قتل نفسا بغير حق فقد أساء.", published=THU))
    assert not [e for e in evs if e[0] == "Killing"]
