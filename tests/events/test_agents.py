"""kg/events/agents.py: who did it, in both word orders, announcers, speakers, light verbs."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_subject_first_killing_with_weekday():
    evs = events(run("أعلنت الحكومة أن القوات العراقية قتلت الجمعة القيادي في تنظيم الدولة "
                     "سالم حميد الدليمي قرب مدينة الرطبة.", published=SAT))
    assert ("Killing", ["القوات العراقية"], ["سالم حميد الدليمي"], ["الرطبة"], "2026-01-16") in evs


def test_verb_first_strike_agent_and_target():
    [ev] = find(events(run("قصفت القوات النيجيرية مخابئ لجماعة بوكو حرام في مايدوغوري أمس.",
                           published=SAT)), "Strike")
    assert ev[1] == ["القوات النيجيرية"] and ev[2] == ["جماعة بوكو حرام"]
    assert ev[4] == "2026-01-16"


def test_speaker_is_not_the_agent_of_what_is_reported():
    evs = events(run("وقال المتحدث باسم الجيش العميد ناصر الخطيب إن مسلحين من حركة الشباب "
                     "هاجموا قاعدة عسكرية في بلدة أفجوي.", published=SAT))
    [ev] = find(evs, "Attack")
    assert "ناصر الخطيب" not in ev[1]


def test_announcer_of_an_act_is_its_agent():
    evs = events(run("أعلنت وزارة الداخلية العراقية القبض على خمسة مطلوبين في الموصل.", published=SAT))
    [ev] = find(evs, "Arrest")
    assert ev[1] == ["وزارة الداخلية العراقية"]


def test_pronoun_after_speech_verb_is_the_speaker():
    evs = events(run("أعلن الجيش المالي، الخميس، أنه قتل 30 مسلحا من جماعة نصرة الإسلام والمسلمين.",
                     published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["الجيش المالي"] and ev[4] == "2026-01-15"


def test_fighters_of_a_group_are_the_group_acting():
    [ev] = find(events(run("هاجم مسلحون من تنظيم الدولة بلدة الشحيل فجر السبت.", published=SAT)),
                "Attack")
    assert ev[1] == ["تنظيم الدولة"]


def test_unnamed_subject_makes_the_name_the_object():
    [ev] = find(events(run("واعتقلت الشرطة مهند سالم في الموصل.", published=SAT)), "Arrest")
    assert ev[1] == [] and ev[2] == ["مهند سالم"]


def test_attack_carried_out_by_fighters_of_a_group():
    evs = events(run("قُتل جنديان بهجوم شنه مسلحون من تنظيم الدولة على موقع عسكري في منطقة قره جوغ.",
                     published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["تنظيم الدولة"]


def test_light_verb_subject_arrests():
    [ev] = find(events(run("وقال المتحدث إن قوات الأسايش ألقت القبض على أفراد الخلية في أربيل.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["قوات الأسايش"]


def test_coordinated_subjects_of_a_light_verb_all_act():
    [ev] = find(events(run("وأضاف أن القوات الأمريكية وقوات الشركاء ألقت القبض على عناصر من تنظيم الدولة.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["القوات الأمريكية", "قوات الشركاء"]


def test_victim_of_a_passive_is_not_the_striker_and_the_adjective_names_the_state():
    evs = events(run("أعلنت تركيا أنها تلاحق المسلحين. وقُتل القيادي في حزب العمال الكردستاني دلشاد أرسلان "
                     "بغارة لطائرة مسيرة تركية قرب دهوك.", published=SAT))
    [strike] = find(evs, "Strike")
    assert strike[1] == ["تركيا"] and strike[2] == ["دلشاد أرسلان"]
    evs = events(run("قُتل القيادي في حزب الله حسن علي مرعي، أمس الجمعة، بقصف من طائرة مسيرة "
                     "إسرائيلية قرب بلدة الخيام.", published=SAT))
    assert all("حسن علي مرعي" not in ev[1] for ev in evs)


def test_second_coordinated_verb_shares_the_clause_subject():
    [ev] = find(events(run("وقال المتحدث إن الجيش السوداني استعاد السيطرة على بلدة الدندر وأسر 17 عنصرا "
                           "من قوات الدعم السريع.", published=SAT)), "Arrest")
    assert ev[1] == ["الجيش السوداني"]


def test_side_announcing_enemy_dead_in_clashes_is_the_killer():
    [ev] = find(events(run("أعلنت قوات سوريا الديمقراطية مقتل 20 مسلحا من تنظيم الدولة في اشتباكات "
                           "بريف دير الزور.", published=SAT)), "Killing")
    assert ev[1] == ["قوات سوريا الديمقراطية"]


def test_announced_death_without_clashes_has_no_agent():
    [ev] = find(events(run("أعلنت وزارة الصحة مقتل 12 شخصا في مدينة جنين.", published=SAT)), "Killing")
    assert ev[1] == []


def test_the_one_killed_is_not_the_striker_of_the_means():
    evs = events(run("أعلن الجيش العراقي، الخميس، مقتل القيادي في تنظيم الدولة أبو حفص الجبوري بغارة جوية "
                     "على وكر في محافظة كركوك.", published=SAT))
    assert all("أبو حفص الجبوري" not in ev[1] for ev in evs)


def test_named_operation_continued_by_an_army_against_a_group():
    [op] = find(events(run('ويواصل الجيش العراقي منذ أشهر عملية "ثأر الشهداء" لملاحقة خلايا تنظيم الدولة '
                           'في المناطق الوعرة.', published=SAT)), "MilitaryOperation")
    assert op[1] == ["الجيش العراقي"] and op[2] == ["تنظيم الدولة"]


def test_clause_subject_only_in_a_reported_clause():
    evs = events(run("سامر العلي- الرياض: كشف المراقب الكثير عما يدور من أحداث عنف، وقتل، واعتقالات.",
                     published=SAT))
    assert all("سامر العلي" not in ev[1] for ev in evs)


def test_own_forces_or_fighters_make_the_speaker_the_agent():
    [ev] = find(events(run("قال الجيش النيجيري إن قواته قتلت، الجمعة، 17 مسلحا من جماعة بوكو حرام في "
                           "اشتباكات بمنطقة غوزا.", published=SAT)), "Killing")
    assert ev[1] == ["الجيش النيجيري"]
    [ev] = find(events(run("أعلنت كتائب القسام أن مقاتليها فجروا عبوة ناسفة بدبابة إسرائيلية في حي الزيتون.",
                           published=SAT)), "Attack")
    assert ev[1] == ["كتائب القسام"]


def test_fighters_of_a_group_before_the_verb():
    evs = events(run("وكان مسلحون من داعش قد هاجموا في 2 شباط/فبراير الماضي نقطة تفتيش قرب الحويجة، "
                     "ما أسفر عن مقتل أربعة من عناصره.", published=SAT))
    [attack] = find(evs, "Attack")
    assert attack[1] == ["داعش"]
    [kill] = find(evs, "Killing")
    assert kill[1] == ["داعش"]


def test_announcing_body_followed_by_its_government():
    [ev] = find(events(run("أعلنت وزارة الداخلية في حكومة طالبان، أمس الأحد، اعتقال خمسة عناصر من تنظيم "
                           "ولاية خراسان.", published=SAT)), "Arrest")
    assert ev[1] == ["وزارة الداخلية"]


def test_announcer_of_its_own_strike_by_pronoun():
    [ev] = find(events(run("أعلنت القيادة الأمريكية في أفريقيا أنها نفذت غارة جوية على مواقع لحركة الشباب "
                           "قرب بلدة جلب.", published=SAT)), "Strike")
    assert ev[1] == ["القيادة الأمريكية في أفريقيا"] and ev[3] == ["جلب"]


def test_own_fighters_belong_to_the_group_not_to_the_person_mourned():
    [ev] = find(events(run('من جهته، نعى حزب الله "الحاج رضا"، وأعلن أن مقاتليه استهدفوا بعد ساعات ثكنة '
                           'للجيش الإسرائيلي في الجليل الأعلى بصليات من الصواريخ.', published=SAT)), "Strike")
    assert ev[1] == ["حزب الله"]


def test_agent_in_a_by_clause_after_an_operation_or_strike():
    [ev] = find(events(run("ونفذت عملية دهم نفذتها قوة من الحشد الشعبي في قضاء القائم.")),
                "MilitaryOperation")
    assert ev[1] == ["الحشد الشعبي"] and ev[3] == ["قضاء القائم"]
    [ev] = find(events(run("وقالت خلية الإعلام الأمني إن ضربات جوية نفذتها القوة الجوية العراقية "
                           "قتلت خمسة مسلحين.")), "Strike")
    assert ev[1] == ["القوة الجوية العراقية"]


def test_demonym_of_the_weapon_in_a_by_clause_names_the_state():
    doc = run("وقالت إسرائيل إنها تلاحق قادة حماس. وقتل قيادي في حماس بغارة نفذتها طائرة مسيرة "
              "إسرائيلية على سيارته في صيدا.")
    [ev] = find(events(doc), "Strike")
    assert ev[1] == ["إسرائيل"] and ev[3] == ["صيدا"]


def test_killed_in_a_relative_clause_with_a_means_is_never_the_striker():
    evs = events(run("واغتالت إسرائيل القيادي في حماس خليل المصري، الذي قتل بضربة جوية في صيدا."))
    assert all("خليل المصري" not in ev[1] for ev in evs)
    [k] = find(evs, "Killing")
    assert k[1] == ["إسرائيل"] and k[2] == ["خليل المصري"]


def test_state_right_after_an_act_verb_is_its_agent_never_the_place():
    evs = events(run("اغتالت إسرائيل، فجر الاثنين، القيادي في حركة حماس سامر خليل بضربة بطائرة "
                     "مسيرة استهدفت سيارته في مدينة صيدا.", published=SAT))
    [kill] = find(evs, "Killing")
    [strike] = find(evs, "Strike")
    assert kill[1] == ["إسرائيل"] and strike[1] == ["إسرائيل"]
    assert kill[2] == ["سامر خليل"] and "إسرائيل" not in kill[3]


def test_victim_of_the_act_before_is_never_the_means_agent():
    evs = events(run("اغتالت طائرة مسيرة القيادي في حركة حماس سامر خليل بضربة استهدفت سيارته "
                     "في مدينة صيدا.", published=SAT))
    for ev in evs:
        assert "سامر خليل" not in ev[1], ev


def test_announcing_an_assassination_makes_the_announcer_its_agent_unless_it_mourns_its_own():
    [ev] = find(events(run("أعلنت إسرائيل اغتيال القيادي في حركة حماس سامر خليل في مدينة صيدا.",
                           published=SAT)), "Killing")
    assert ev[1] == ["إسرائيل"] and ev[2] == ["سامر خليل"]
    for text in ("أعلنت حركة حماس اغتيال القيادي فيها سامر خليل في مدينة صيدا.",
                 "أعلنت حركة حماس اغتيال القيادي في الحركة سامر خليل."):
        [ev] = find(events(run(text, published=SAT)), "Killing")
        assert ev[1] == [] and ev[2] == ["سامر خليل"]


def test_killing_in_an_operation_the_announcer_launched():
    evs = events(run("أعلن الجيش التشادي، الخميس، مقتل 96 مسلحا في عملية أطلقها الأسبوع الماضي ضد "
                     "جماعة بوكو حرام.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    [kill] = find(evs, "Killing")
    assert op[1] == ["الجيش التشادي"] and op[2] == ["جماعة بوكو حرام"]
    assert kill[1] == ["الجيش التشادي"] and kill[4] == "2026-01"


def test_strike_named_by_a_demonym_is_the_forces_when_only_they_are_named():
    evs = events(run("قتل 15 فلسطينيا في غارة جوية إسرائيلية استهدفت منزلا في مخيم جباليا. "
                     "وقال الجيش الإسرائيلي إن الغارة استهدفت قياديا في حركة حماس.", published=SAT))
    strikes = find(evs, "Strike")
    assert strikes and all(ev[1] == ["الجيش الإسرائيلي"] for ev in strikes)


def test_subject_after_kana_before_qad_and_the_armys_forces_in_a_reported_clause():
    evs = events(run("وكان مسلحو ولاية غرب أفريقيا، المرتبطة بتنظيم الدولة، قد هاجموا الشهر الماضي قاعدة "
                     "عسكرية في بلدة مالام فاتوري.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["ولاية غرب أفريقيا"]
    evs = events(run("وقال المتحدث باسم الجيش العراقي إن قوات الجيش أحبطت أمس هجوما على قاعدة "
                     "عسكرية في قضاء الطارمية، وقتلت اثنين من المهاجمين.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["الجيش العراقي"]


def test_side_announcing_its_toll_in_clashes_past_its_place_and_date():
    evs = events(run("أعلنت قوات الدراويش في ولاية بونتلاند شمال شرقي الصومال، السبت، مقتل 14 مسلحا من "
                     "تنظيم داعش في اشتباكات عنيفة بسلسلة جبال علمسكاد.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["قوات الدراويش"]


def test_announcer_by_pronoun_and_light_verb_past_a_date():
    evs = events(run("وكانت القيادة الأمريكية في أفريقيا (أفريكوم) قد أعلنت أنها نفذت، في 1 شباط/فبراير "
                     "الماضي، غارة جوية في جبال غوليس.", published=SAT))
    [ev] = find(evs, "Strike")
    assert ev[1] == ["القيادة الأمريكية في أفريقيا"]


def test_pronoun_of_the_one_killed_is_no_speaker():
    evs = events(run("وقالت القيادة الوسطى في بيان إن القيادي بلال حسن الجاسم كان على صلة بالتنظيم، وأنه قُتِل "
                     "في غارة شمال شرق سوريا.", published=SAT))
    for ev in evs:
        assert "القيادة الوسطى" not in ev[1], ev


def test_announcer_of_a_detention_is_its_agent():
    doc = run("وأعلنت الشرطة السودانية، أمس، توقيف 47 شخصا في مدينة ود مدني.")
    arrests = [ev for ev in events(doc) if ev[0] == "Arrest"]
    assert arrests and arrests[0][1] == ["الشرطة السودانية"]


def test_owner_of_the_drones_that_struck_is_the_agent():
    doc = run("وقصفت طائرات مسيّرة تابعة لقوات الدعم السريع، مساء الاثنين، محطة للكهرباء في مدينة سنار.")
    strikes = [ev for ev in events(doc) if ev[0] == "Strike"]
    assert strikes and strikes[0][1] == ["قوات الدعم السريع"] and strikes[0][2] == []


def test_attack_by_unknown_gunmen_is_an_event_with_no_agent():
    # nothing named took part, but the text dates it: still an event
    evs = events(run("هاجم مسلحون مجهولون نقطة تفتيش فجر الجمعة.", published=SAT))
    assert evs == [("Attack", [], [], [], "2026-01-16")]


def test_militants_of_a_group_storming_are_the_group():
    [ev] = find(events(run("اقتحم متشددون من حركة الشباب فندقا في مدينة مقديشو.")), "Attack")
    assert ev[1] == ["حركة الشباب"]


def test_agent_of_a_launched_attack_carried_to_the_coordinated_killing():
    evs = events(run("شنت حركة الشباب هجوما على قاعدة عسكرية في مدينة كسمايو، وقتلت خمسة جنود."))
    assert find(evs, "Killing")[0][1] == ["حركة الشباب"]
    assert find(evs, "Attack")[0][1] == ["حركة الشباب"]


def test_attack_ascribed_by_lam_to_a_group_but_an_ambush_for_the_army_is_not_its():
    [ev] = find(events(run("قُتل القيادي أبو أنس الليبي في هجوم للقوات الأمريكية في ليبيا.")), "Attack")
    assert len(ev[1]) == 1 and ev[1][0].endswith("قوات الأمريكية")
    for ev in find(events(run("نصب مسلحون كمينا للجيش المصري قرب مدينة العريش.")), "Attack"):
        assert ev[1] == []


def test_attack_ascribed_by_min_to_a_group():
    evs = events(run("تتعرض بلدة كيدال منذ أسبوعين لهجوم عنيف من قوات الجيش المالي."))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["قوات الجيش المالي"]


def test_genitive_of_a_light_verbal_noun_is_the_agent():
    evs = events(run("سقط خمسة قرويين بعد أيام من إطلاق كينيا حملة ضد حركة الشباب."))
    [ev] = find(evs, "MilitaryOperation")
    assert ev[1] == ["كينيا"]


def test_the_one_who_committed_the_attack_is_its_agent():
    evs = events(run("قُتل عشرة قرويين في اعتداء ارتكبته جماعة بوكو حرام في شمال نيجيريا."))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["جماعة بوكو حرام"]


def test_a_coordinated_verb_with_its_own_unnamed_subject_does_not_take_the_agent_before():
    evs = events(run("قتل مسلحون من حركة الشباب الجندي أحمد علي في مقديشو يوم الأحد، واعتقلت الشرطة "
                     "ثلاثة منهم يوم الثلاثاء.", published=SAT))
    assert find(evs, "Killing")[0][1] == ["حركة الشباب"]
    assert all(ev[1] == [] for ev in find(evs, "Arrest"))


def test_announcing_that_one_of_its_members_carried_out_the_attack():
    evs = events(run("وأعلنت جبهة النصرة تنفيذ أحد عناصرها الهجوم على حاجز للجيش في مدينة حلب."))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["جبهة النصرة"]


def test_the_one_who_managed_an_arrest_past_a_date_is_its_agent():
    evs = events(run("تمكنت الشرطة الموريتانية يوم الخميس من توقيف أربعة مهربين في مدينة نواذيبو.",
                     published=SAT))
    [ev] = find(evs, "Arrest")
    assert ev[1] == ["الشرطة الموريتانية"]


def test_a_blow_to_a_group_is_not_its_strike():
    evs = events(run("وأبان المتحدث أن توقيف هذا العدد ضربة قوية لتنظيم داعش."))
    assert all("تنظيم داعش" not in ev[1] and "لتنظيم داعش" not in ev[1] for ev in evs)


def test_the_group_whose_attempt_the_act_was_is_its_agent():
    evs = events(run("وذكر شهود أن الجيش النيجيري اشتبك مع عناصر بوكو حرام عند محاولتهم اقتحام بلدات "
                     "غوزا وباما."))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["بوكو حرام"]


def test_coordinated_announcers_launch_the_battle_together():
    [ev] = find(events(run("أعلنت جبهة النصرة وحركة أحرار الشام عن بدء معركة في ريف إدلب.",
                           published=SAT)), "MilitaryOperation")
    assert ev[1] == ["جبهة النصرة", "حركة أحرار الشام"]


def test_arrest_idiom_with_place_and_time_between():
    [ev] = find(events(run("ألقت قوات الأمن العراقية في مدينة الرمادي، فجر الخميس، القبض على "
                           "سالم حميد الدليمي.", published=SAT)), "Arrest")
    assert ev[1] == ["قوات الأمن العراقية"] and ev[2] == ["سالم حميد الدليمي"]


def test_own_warplanes_are_the_speakers():
    [ev] = find(events(run("قال الجيش التركي في بيان إن مقاتلاته أغارت على مواقع لحزب العمال "
                           "الكردستاني في منطقة قنديل.", published=SAT)), "Strike")
    assert ev[1] == ["الجيش التركي"] and ev[2] == ["حزب العمال الكردستاني"]


def test_large_forces_of_an_army_raid_and_arrest():
    evs = events(run("اقتحمت قوات كبيرة من الجيش الإسرائيلي بلدة بيت أمر، واعتقلت خمسة شبان "
                     "بينهم محمود سعيد العلامي.", published=SAT))
    [att] = find(evs, "Attack")
    [arr] = find(evs, "Arrest")
    assert att[1] == ["الجيش الإسرائيلي"] and att[2] == []
    assert arr[1] == ["الجيش الإسرائيلي"] and arr[2] == ["محمود سعيد العلامي"]


def test_announcers_listed_with_commas_launch_the_battle():
    [ev] = find(events(run("من جهتها، أعلنت جبهة النصرة، وحركة أحرار الشام، والجيش السوري الحر، عن بدء "
                           "معركة في ريف حماة.", published=SAT)), "MilitaryOperation")
    assert ev[1] == ["الجيش السوري الحر", "جبهة النصرة", "حركة أحرار الشام"]


def test_marker_after_the_quoted_name_of_a_campaign():
    [ev] = find(events(run("وأعلنت الحركة عن صد قواتها لحملة «عاصفة الجنوب» التي شنتها قوات الدعم السريع "
                           "على مواقعها في جنوب كردفان.", published=SAT)), "MilitaryOperation")
    assert ev[1] == ["قوات الدعم السريع"]


def test_army_announcing_fighters_killed_killed_them():
    evs = events(run("وأعلن الجيش الباكستاني مقتل 15 مسلحا في غارات جوية على معاقل حركة طالبان باكستان "
                     "في شمال وزيرستان.", published=SAT))
    [kil] = find(evs, "Killing")
    [st] = find(evs, "Strike")
    assert kil[1] == ["الجيش الباكستاني"] and st[1] == ["الجيش الباكستاني"]
    [ev] = find(events(run("أعلن المرصد السوري لحقوق الإنسان مقتل 20 مسلحا في ريف حلب.",
                           published=SAT)), "Killing")
    assert ev[1] == []


def test_joined_arrest_shares_the_subject_of_the_opening_verb():
    [ev] = find(events(run("داهمت قوات الأمن التركية منازل في مدينة غازي عنتاب واعتقلت عشرة أشخاص.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["قوات الأمن التركية"]
    [ev] = find(events(run("طوقت قوات الجيش العراقي حي الجهاد في بغداد، واعتقلت القيادي في تنظيم الدولة "
                           "سالم حميد الدليمي.", published=SAT)), "Arrest")
    assert ev[1] == ["الجيش العراقي"] and ev[2] == ["سالم حميد الدليمي"]


def test_actor_named_after_min_qibal_or_ala_yad():
    [ev] = find(events(run("وكانت بلدة الحولة قد تعرضت لقصف مدفعي من قبل قوات النظام السوري.",
                           published=SAT)), "Strike")
    assert ev[1] == ["قوات النظام السوري"]
    [ev] = find(events(run("قُتل المصور فادي نعمان على يد مسلحين من جبهة النصرة في إدلب.",
                           published=SAT)), "Killing")
    assert ev[1] == ["جبهة النصرة"] and ev[2] == ["فادي نعمان"]


def test_min_qibal_makes_an_unvocalised_verb_passive():
    [ev] = find(events(run("اعتقل ماهر سعيد من قبل قوات الأمن التركية في أنقرة.", published=SAT)),
                "Arrest")
    assert ev[1] == ["قوات الأمن التركية"] and ev[2] == ["ماهر سعيد"]


def test_bi_wasitat_names_the_doer_as_min_qibal_does():
    [ev] = find(events(run("وبعد أيام ألقي القبض عليه بواسطة الشرطة الإيطالية في روما.", published=SAT)),
                "Arrest")
    assert ev[1] == ["الشرطة الإيطالية"] and ev[2] == []
    [ev] = find(events(run("اعتقل الناشط سامر العلي بواسطة قوات الأمن السورية في حمص.", published=SAT)),
                "Arrest")
    assert ev[1] == ["قوات الأمن السورية"] and ev[2] == ["سامر العلي"]


def test_a_town_is_never_the_doer_a_state_may_be():
    evs = events(run("وقصفت حمص قوات النظام بالمدفعية، فيما قصفت تركيا مواقع لحزب العمال الكردستاني.",
                     published=SAT))
    assert all("حمص" not in e[1] for e in evs)
    assert any(e[0] == "Strike" and e[1] == ["تركيا"] for e in evs)


def test_a_person_right_after_an_unvocalised_killing_verb_with_a_means_is_the_one_killed():
    [ev] = find(events(run("قتل ماجد العنزي القيادي في جماعة الحوثي في غارة للتحالف على صعدة.",
                           published=SAT)), "Killing")
    assert "ماجد العنزي" in ev[2] and "ماجد العنزي" not in ev[1]
    [ev] = find(events(run("قتلت القوات العراقية أبو عمر الجبوري في غارة قرب الموصل.",
                           published=SAT)), "Killing")
    assert ev[1] == ["القوات العراقية"]


def test_forces_of_a_speaker_holding_a_post_are_those_of_his_body():
    [ev] = find(events(run("وقال قائد قوات الرد السريع اللواء ثامر الحسيني إن قطعاته قتلت 30 مسلحا "
                           "في الفلوجة.", published=SAT)), "Killing")
    assert ev[1] == ["قوات الرد السريع"]
    [ev] = find(events(run("وقال اللواء ثامر الحسيني، قائد قوات الرد السريع، إن قواته قتلت 30 مسلحا "
                           "في الفلوجة.", published=SAT)), "Killing")
    assert ev[1] == ["قوات الرد السريع"]


def test_light_verbs_qama_amada_aqdama_carry_their_subject_to_the_act():
    [ev] = find(events(run("وقامت الشرطة الأردنية باعتقال سامي فرحان في مدينة الزرقاء.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["الشرطة الأردنية"] and ev[2] == ["سامي فرحان"]
    [ev] = find(events(run("وعمدت وزارة الداخلية البحرينية بعدها إلى اعتقال عشرة مشتبه بهم.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["وزارة الداخلية البحرينية"]
    [ev] = find(events(run("وأقدمت جماعة بوكو حرام على قتل 20 قرويا في ولاية بورنو.",
                           published=SAT)), "Killing")
    assert ev[1] == ["جماعة بوكو حرام"]


def test_the_group_whose_positions_were_hit_is_no_doer():
    [ev] = find(events(run("وقام الطيران الحربي بقصف مواقع لجبهة النصرة في ريف إدلب.", published=SAT)),
                "Strike")
    assert ev[1] == [] and ev[2] == ["جبهة النصرة"]


def test_owner_of_the_unnamed_unit_that_is_the_subject_did_it():
    [ev] = find(events(run("وقالت مصادر إن دورية تابعة لقوات سوريا الديمقراطية ألقت القبض على مهرب "
                           "في الرقة.", published=SAT)), "Arrest")
    assert ev[1] == ["قوات سوريا الديمقراطية"]
    evs = events(run("وهاجم مسلحون مجهولون حاجزا تحرسه عناصر تابعة للحكومة المؤقتة وقتلوا ثلاثة من أفرادها.",
                     published=SAT))
    assert all("الحكومة المؤقتة" not in e[1] for e in evs)


def test_one_condemning_the_act_is_not_its_doer_the_accused_is():
    [ev] = find(events(run("ندد رئيس الوزراء الباكستاني نواز شريف بالهجوم الانتحاري في مدينة بيشاور.",
                           published=SAT)), "Attack")
    assert ev[1] == []
    evs = find(events(run("ونفت حركة الشباب استهداف المدنيين، متهمة الجيش الكيني بقصف قرى في جوبا.",
                          published=SAT)), "Strike")
    assert any(e[1] == ["الجيش الكيني"] for e in evs)


def test_a_force_named_by_its_kind_before_the_verb_makes_the_name_after_it_the_object():
    [ev] = find(events(run("وكانت الشرطة قد اعتقلت سامر يلماز في مدينة أضنة الشهر الماضي.",
                           published=SAT)), "Arrest")
    assert ev[1] == [] and ev[2] == ["سامر يلماز"]


def test_a_verb_after_baada_an_shares_the_subject_of_the_main_verb():
    [ev] = find(events(run("وتمكنت قوات سوريا الديمقراطية من السيطرة على بلدة الهول بعد أن قتلت 30 عنصرا "
                           "من تنظيم داعش.", published=SAT)), "Killing")
    assert ev[1] == ["قوات سوريا الديمقراطية"]


def test_a_clause_of_contrast_does_not_inherit_the_doer_before_it():
    evs = find(events(run("وأطلقت حركة الجهاد الإسلامي صواريخ على مدينة سديروت، فيما قصفت الطائرات "
                          "الإسرائيلية مواقع في رفح.", published=SAT)), "Strike")
    assert all(not (e[1] == ["حركة الجهاد الإسلامي"] and "رفح" in e[3]) for e in evs)


def test_special_forces_named_by_the_adjective_of_a_state_the_article_names():
    evs = events(run("وأعلنت الولايات المتحدة مقتل زعيم تنظيم داعش في عملية نفذتها قوات خاصة أمريكية "
                     "في قرية باريشا.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["الولايات المتحدة"]


def test_a_news_agency_credited_or_quoting_is_no_doer():
    evs = events(run("الرياض - رويترز: احتجزت السلطات السعودية 11 أميرا في حملة لمكافحة الفساد.",
                     published=SAT))
    [arrest] = find(evs, "Arrest")
    assert arrest[1] == ["السلطات السعودية"] and arrest[2] == []
    [attack] = find(events(run("وذكرت وكالة رويترز نقلا عن عقيد بالشرطة العراقية أن وحداته اقتحمت حي "
                               "الصناعة في تكريت.", published=SAT)), "Attack")
    assert "وكالة رويترز" not in attack[1]


def test_the_act_suspects_are_held_for_is_not_done_by_those_holding_them():
    evs = events(run("أعلنت وزارة الداخلية السعودية، أمس، اعتقال 15 شخصا يشتبه بتورطهم في الهجوم "
                     "المسلح الذي استهدف حسينية في قرية الدالوة.", published=SAT))
    [arrest] = find(evs, "Arrest")
    assert arrest[1] == ["وزارة الداخلية السعودية"]
    [attack] = find(evs, "Attack")
    assert attack[1] == []
    evs = events(run("وأعلن والي أنقرة أن قوات الأمن اعتقلت 11 مشتبها بهم على صلة بالتفجير في أنقرة.",
                     published=SAT))
    assert [e[1] for e in find(evs, "Attack")] in ([], [[]])


def test_a_verb_after_a_relative_pronoun_does_not_take_the_speaker_or_the_sentences_subject():
    evs = events(run("قالت وزارة الداخلية الكويتية إنها ألقت القبض على سائق السيارة التي أقلت الانتحاري "
                     "الذي فجر نفسه داخل مسجد في مدينة الكويت، ما أسفر عن مقتل 27 مصليا.",
                     published=SAT))
    assert find(evs, "Attack") and all(e[1] == [] for e in evs if e[0] in ("Attack", "Killing"))


def test_a_group_joined_by_a_word_for_its_fighters_is_a_doer_too():
    # kg.events.grammar.coordinated: "ومليشيا X"، "وعناصر من X"
    [ev] = find(events(run("تعرضت البلدة أمس لهجوم شنته وحدات الجيش السوري ومليشيا حزب الله.", published=SAT)), "Attack")
    assert ev[1] == ["الجيش السوري", "حزب الله"]
    [ev] = find(events(run("هاجم مسلحون من حركة الشباب وعناصر من تنظيم القاعدة قاعدة للجيش.",
                           published=SAT)), "Attack")
    assert ev[1] == ["تنظيم القاعدة", "حركة الشباب"]


def test_a_unit_of_a_force_right_after_the_verb_is_its_doer():
    # kg.events.agents._unit_of_force_after: "أوقفت مفارز للجيش X"
    [ev] = find(events(run("كما أوقفت مفارز للجيش الجزائري، خلال الشهر الجاري، ستة عناصر دعم في ولاية جيجل.",
                           published=SAT)), "Arrest")
    assert ev[1] == ["للجيش الجزائري"] and ev[2] == []
    # the unit is the object when the doer is named first
    [ev] = find(events(run("هاجم مسلحون دورية للجيش العراقي.", published=SAT)), "Attack")
    assert ev[1] == [] and ev[2] == ["للجيش العراقي"]


def test_by_phrase_past_the_victims_post_name_and_town():
    evs = events(run("اغتيال الضابط بجهاز الأمن الوطني محمد عبدالله في مدينة عدن على يد مسلحين "
                     "من تنظيم القاعدة.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["تنظيم القاعدة"] and ev[2] == ["محمد عبدالله"]


def test_one_of_the_speakers_fighters_acts_for_it():
    evs = events(run("أعلنت وحدات حماية الشعب أن أحد مقاتليها شن هجوما انتحاريا على معسكر للجيش التركي "
                     "في ولاية أغري.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["وحدات حماية الشعب"]


def test_its_fighters_launching_an_attack_in_the_plural_are_the_announcers():
    from datetime import date
    evs = events(run("وأعلنت حركة أحرار الشام الإسلامية، في بيان نشرته على موقعها، أن مقاتليها شنوا فجر السبت "
                     "هجوما على حواجز لقوات النظام في بلدة مضايا.", published=date(2015, 7, 12)))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[1] == ["حركة أحرار الشام الإسلامية"] and a[4] == "2015-07-11"


def test_fighters_in_construct_after_the_marker_name_their_group():
    evs = events(run("قتل أربعة جنود في هجوم شنه مقاتلو تنظيم «داعش» على حاجز قرب مدينة الرطبة."))
    [attack] = find(evs, "Attack")
    assert attack[1] == ["داعش"]


def test_forces_said_to_belong_to_a_group_act_for_it():
    evs = events(run("اعتقلت قوات تابعة للجيش الوطني الليبي في مدينة درنة أربعة أشخاص."))
    [arrest] = find(evs, "Arrest")
    [agent] = arrest[1]
    assert agent.endswith("لجيش الوطني الليبي")      # (the mention may keep the clitic: للجيش)


def test_a_group_named_after_its_positions_is_the_target_not_the_agent():
    # "وقصفت مواقع الحوثيين": the shelled positions are the Houthis'; the warships shelled them
    doc = run("وأكدت المصادر أن مدمرتين حربيتين انضمتا للأسطول قبالة سواحل أبين وقصفت مواقع الحوثيين "
              "وقوات صالح في المحافظة.")
    [ev] = [e for e in doc.events if e.type == "Strike"]
    names = {e.id: e.name_ar for e in doc.entities}
    assert not ev.agent and {names[t] for t in ev.target} == {"جماعة الحوثي", "قوات صالح"}


def test_a_subject_fronted_after_that_is_the_agent_and_the_name_after_the_verb_its_object():
    # after إن the subject comes first: "دبابات الجيش الوطني ... قصفت ميليشيات X" (the army's tanks shelled X)
    [ev] = find(events(run("وقالت مصادر ميدانية إن دبابات الجيش الوطني الليبي في الجبهة الغربية قصفت "
                           "مواقع تنظيم الدولة الإسلامية قرب سرت أمس.", published=SAT)), "Strike")
    assert ev[1] == ["الجيش الوطني الليبي"] and "تنظيم الدولة الإسلامية" not in ev[1]
    # a relative before the verb is the subject of its own: the envoy who visited, not the government
    evs = events(run("وأوضح أن الحكومة الليبية لم تبلغ رسميا من المبعوث الأممي الذي زار طرابلس الأسبوع الماضي.",
                     published=SAT))
    assert not any(e[0] == "Visit" and "الحكومة الليبية" in e[1] for e in evs)


def test_the_group_an_operation_is_against_is_no_agent():
    evs = events(run("وألقى عناصر الأمن خلال حملتهم ضد حركة الشباب القبض على ثلاثة مشتبه بهم في مقديشو.",
                     published=SAT))
    assert not any("حركة الشباب" in e[1] for e in evs)


def test_by_the_hands_of_the_fighters_of_a_group():
    evs = events(run("وقالت الحكومة إن جنودا دربهم الجيش الفرنسي اعتقلوا على أيدي مقاتلي حركة الشباب في الصومال.",
                     published=SAT))
    [ev] = find(evs, "Arrest")
    assert ev[1] == ["حركة الشباب"]


def test_a_state_after_an_attack_noun_and_before_its_target_is_its_agent():
    [ev] = find(events(run("وتصاعد التوتر في أعقاب هجوم تركيا على مواقع المقاتلين الأكراد.", published=SAT)),
                "Attack")
    assert ev[1] == ["تركيا"]


def test_a_fronted_subject_far_before_the_verb_is_not_its_agent():
    # "أن X قدم تعازيه في ضحايا هجوم انتحاري قتل ...": the attack killed, not the one who mourns
    evs = events(run("وقال البيان إن فرانسوا هولاند قدم تعازيه في ضحايا هجوم انتحاري بسيارة ملغومة قتل "
                     "عشرين شخصا في بغداد.", published=SAT))
    assert not any(e[0] == "Killing" and "فرانسوا هولاند" in e[1] for e in evs)



def test_the_group_a_campaign_is_to_fight_is_no_doer_of_its_strikes():
    evs = events(run("ودخلت أنقرة الحملة العسكرية لمواجهة حركة الشباب بشن أولى غاراتها على مواقع في الصومال.",
                     published=SAT))
    assert not any("حركة الشباب" in e[1] for e in evs)


def test_a_masculine_pronoun_after_that_never_refers_to_a_state_or_a_feminine_body():
    evs = events(run("وأشارت السلطات التركية إلى أنه فجر نفسه في المركز الثقافي في مدينة سروج."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]
    evs = events(run("وقالت تركيا إنه فجر حزامه الناسف في مدينة سروج."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]
    # the pronoun that agrees is the speaker
    evs = events(run("وقال الجيش إنه قتل خمسة مسلحين في مدينة العريش."))
    assert [e[1] for e in evs if e[0] == "Killing"] == [["الجيش"]]


def test_the_accused_is_the_doer_and_the_accuser_is_not():
    evs = events(run("واتهمت وزارة الداخلية جماعة الإخوان بتنفيذ الهجوم على الكنيسة في مدينة المنيا."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["جماعة الإخوان"]]
    evs = events(run("واتهمت وزارة الداخلية جهات مجهولة بتنفيذ الهجوم على مركز الشرطة في مدينة الرمادي."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]


def test_a_nominal_with_a_terrorist_adjective_never_refers_to_an_army():
    evs = events(run("وقال الجيش التركي إن المنظمة الإرهابية هاجمت نقطة عسكرية في ولاية هكاري."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]


def test_a_pronoun_inside_another_clause_of_the_speech_is_not_the_speaker():
    evs = events(run("وأعلنت منظمة العفو الدولية أن قوات الجيش دهست مدنيين ثم تراجعت لتتأكد أنها قتلتهم."))
    assert [e[1] for e in evs if e[0] == "Killing"] in ([], [[]])
    evs = events(run("وقالت وزارة الدفاع في بيان إن قواتها قتلت خمسة مسلحين في مدينة العريش."))
    assert [e[1] for e in evs if e[0] == "Killing"] == [["وزارة الدفاع"]]


def test_one_investigating_the_act_is_not_its_doer():
    evs = events(run("وأكد الرئيس أن مكتب التحقيقات الفيدرالي سيتولى التحقيق في الهجوم على مركز التجنيد "
                     "في مدينة تشاتانوغا."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]


def test_marker_past_a_time_between_commas():
    # "برصاص X" stands past "، مساء الأحد،": X is still the killer
    evs = events(run("استشهد شاب فلسطيني، مساء الأحد، برصاص قوات الاحتلال الإسرائيلي قرب مدينة نابلس.",
                     published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["قوات الاحتلال الإسرائيلي"]


def test_victim_before_a_clause_of_time_is_not_the_shooter():
    # "بعدما أطلقوا النار": the verb's pronoun shot, not the victim named before بعدما
    evs = events(run("قتل مسلحون مجهولون، ليل الخميس، الضابط في الشرطة المحلية سامي العبدالله، "
                     "بعدما أطلقوا النار على سيارته في مدينة الباب.", published=SAT))
    assert any(ev[0] == "Attack" for ev in evs)
    assert all("سامي العبدالله" not in ev[1] for ev in evs)


def test_group_of_the_ones_counted_is_not_the_doer_of_the_strikes():
    # "تحييد 12 «إرهابيا» من منظمة «X» في غارات": X's men were hit; X struck no one
    evs = events(run("أعلنت وزارة الدفاع التركية، الأربعاء، تحييد 12 «إرهابيا» من منظمة «بي كا كا» في غارات "
                     "نفذتها مقاتلات على منطقة أفاشين شمالي العراق.", published=SAT))
    strikes = find(evs, "Strike")
    assert strikes and all("بي كا كا" not in ev[1] for ev in strikes)


def test_light_verb_subject_past_the_place_of_his_post():
    # "عقد المبعوث الخاص للسلام في أفغانستان X جولة من المحادثات": X, not the country
    evs = events(run("عقد المبعوث الأمريكي الخاص لسوريا في الخارجية جيمس جيفري جولة جديدة من المحادثات "
                     "مع المسؤولين الأتراك في أنقرة."))
    [meeting] = find(evs, "Meeting")
    assert "جيمس جيفري" in meeting[1]


def test_one_called_after_an_accusative_object_is_not_the_doer():
    # "واعتقلت ضابطا يدعى X": X was held by the ones who attacked, he held no one
    evs = events(run("هاجم مسلحو حركة الشباب مركزا للشرطة في بلدة أفجوي، وقتلوا شرطيين، واعتقلوا ضابطا "
                     "يدعى عبدي نور حسن.", published=SAT))
    [arrest] = find(evs, "Arrest")
    assert arrest[1] != ["عبدي نور حسن"] and arrest[2] == ["عبدي نور حسن"]


def test_act_replied_to_is_not_the_repliers():
    # "شن X غارات ... ردا على إطلاق صاروخ": the rocket was not X's
    evs = events(run("وشن الجيش الإسرائيلي غارات على مواقع لحركة الجهاد الإسلامي في خان يونس ردا على "
                     "إطلاق صاروخ من القطاع.", published=SAT))
    strikes = find(evs, "Strike")
    assert [ev for ev in strikes if ev[1] == ["الجيش الإسرائيلي"]] == [ev for ev in strikes if ev[3] == ["خان يونس"]]


def test_fighters_said_to_belong_to_a_group_are_its_members():
    # "مسلحين ينتمون إلى X هاجموا": X attacked
    evs = events(run("وقالت الشرطة إن مسلحين ينتمون إلى جماعة بوكو حرام هاجموا قرية كوندوغا قرب مايدوغوري.",
                     published=SAT))
    [attack] = find(evs, "Attack")
    assert attack[1] == ["جماعة بوكو حرام"]


def test_attack_of_a_groups_fighters_after_lam():
    # "صدت القوات هجوما لمسلحي تنظيم X": X attacked
    evs = events(run("وصدت قوات البيشمركة هجوما لمسلحي تنظيم داعش على قرية تل أسود غربي كركوك.", published=SAT))
    [attack] = find(evs, "Attack")
    assert attack[1] == ["تنظيم داعش"]


def test_army_told_before_its_announcement_of_fighters_killed():
    # "وكان الجيش X قد أعلن ... مقتل 30 من مسلحي Y": the army killed them
    evs = events(run("وكان الجيش النيجيري قد أعلن في وقت سابق مقتل 25 من مسلحي جماعة بوكو حرام في عمليات "
                     "بغابة سامبيسا.", published=SAT))
    [killing] = find(evs, "Killing")
    assert killing[1] == ["الجيش النيجيري"]


def test_group_before_when_is_not_the_subject_of_the_act_after_it():
    """"قُتل N، بينهم M من عناصر X، عندما فجر انتحاري نفسه": X is among the dead, not the bomber."""
    from datetime import date as _date
    evs = events(run("قُتل 15 شخصا، بينهم ثلاثة من عناصر قوة حرس الحدود، عندما فجر انتحاري نفسه في "
                     "مدينة تربت.", published=_date(2017, 2, 3)))
    assert all("حرس الحدود" not in e[1] for e in evs)


def test_a_unit_the_bomb_went_off_at_is_the_target_not_the_bomber():
    """"إن عبوة ناسفة انفجرت بدورية للجيش X": the army was hit; "أوقفت دورية للجيش X ...": it
    acted."""
    from datetime import date as _date
    evs = events(run("وقال مصدر إن عبوة ناسفة انفجرت بدورية للشرطة الاتحادية قرب بلدة الحويجة مساء الخميس.",
                     published=_date(2017, 2, 3)))
    [a] = [e for e in evs if e[0] == "Attack"]
    assert a[1] == [] and a[2] == ["للشرطة الاتحادية"]
    [b] = [e for e in events(run("أوقفت دورية للشرطة الاتحادية ثلاثة مطلوبين قرب بلدة الحويجة.",
                                 published=_date(2017, 2, 3))) if e[0] == "Arrest"]
    assert b[1] == ["للشرطة الاتحادية"]


def test_an_act_told_as_the_cause_of_a_light_verbs_act_is_not_its_object():
    evs = events(run("تمكنت السلطات الأمنية المصرية من توقيف مشتبه به على خلفية حادثة تفجير كنيسة في طنطا.",
                     published=SAT))
    [arrest] = find(evs, "Arrest")
    assert arrest[1] == ["السلطات الأمنية المصرية"]
    [attack] = find(evs, "Attack")
    assert attack[1] == []
    evs = events(run("شنت القوات التركية غارات على عفرين بسبب هجوم مسلحين على قاعدة حميميم.", published=SAT))
    assert find(evs, "Strike")[0][1] == ["القوات التركية"]
    assert find(evs, "Attack")[0][1] == []
    # "إثر ذلك" is only "then": the light verb's act follows it
    [attack] = find(events(run("شن الجيش العراقي إثر ذلك هجوما على مواقع داعش.", published=SAT)), "Attack")
    assert attack[1] == ["الجيش العراقي"]


def test_a_verb_with_its_plural_subject_has_the_name_after_it_as_object():
    [ev] = find(events(run("وذكرت المصادر أنهم اعتقلوا سامر العلي في حمص.", published=SAT)), "Arrest")
    assert ev[1] == [] and ev[2] == ["سامر العلي"]
    [ev] = find(events(run("وقال الشيخ إن الخوارج قتلوا عثمان بن عفان وهو يقرأ القرآن.", published=SAT)),
                "Killing")
    assert ev[1] == [] and ev[2] == ["عثمان بن عفان"]
    # a singular verb before its named subject still has it as agent
    [ev] = find(events(run("واعتقل مسلحون من حركة الشباب سامر العلي في مقديشو.", published=SAT)), "Arrest")
    assert ev[1] == ["حركة الشباب"] and ev[2] == ["سامر العلي"]


def test_plural_subject_endings():
    from kg.events.agents import carries_plural_subject
    assert carries_plural_subject("اعتقلوا") and carries_plural_subject("وقتلوا") and carries_plural_subject("يقتلون")
    assert not carries_plural_subject("دعوا") and not carries_plural_subject("قتل")


def test_the_one_whose_attempt_it_was_did_it():
    [ev] = find(events(run("واندلعت مواجهات عنيفة بين الطرفين عقب محاولة الحوثيين الهجوم على مواقع "
                           "المقاومة الشعبية في تعز.", published=SAT)), "Attack")
    assert ev[1] == ["الحوثيين"] and ev[2] == ["المقاومة الشعبية"]
    [ev] = find(events(run("وأحبطت القوات العراقية محاولة تنظيم داعش اقتحام مدينة الرمادي.", published=SAT)),
                "Attack")
    assert ev[1] == ["تنظيم داعش"]


def test_the_body_named_before_the_place_it_serves_in_managed_the_arrest():
    """"الشرطة الاتحادية بمحافظة الأنبار تمكنت ... من اعتقال": the body before the place (ب)."""
    evs = events(run("وقال المتحدث إن الشرطة الاتحادية بمحافظة الأنبار تمكنت، خلال الأسبوع الماضي، من "
                     "اعتقال خمسة مطلوبين في قضاء هيت."))
    [a] = [e for e in evs if e[0] == "Arrest"]
    assert a[1] == ["الشرطة الاتحادية"]


def test_a_country_naming_a_road_does_nothing():
    """"وحال مرورهما بطريق مصر - الفيوم، أطلق مجهولان أعيرة نارية تجاه القوة": no doer named."""
    evs = events(run("وأثناء مرور القوة بطريق مصر - الفيوم الزراعي، أطلق مجهولان أعيرة نارية تجاه القوة، ما "
                     "أسفر عن مقتل رقيب شرطة."))
    assert all(e[1] == [] for e in evs)


def test_the_announcer_before_a_time_told_between_commas_launched_the_operation():
    """"وكان القائد العام X قد أعلن، في السابع من مايو الماضي، انطلاق العملية": X launched it
    (the subject before the verb, past قد and كان); "وأعلن X، في ...، انطلاق" too."""
    for text in ("وكان قائد الجيش الوطني الليبي المشير خليفة حفتر قد أعلن، في السابع من مايو الماضي، "
                 "انطلاق العملية العسكرية لتحرير مدينة سرت.",
                 "وأعلن المشير خليفة حفتر، في السابع من مايو الماضي، انطلاق العملية العسكرية لتحرير مدينة سرت."):
        [op] = [e for e in events(run(text)) if e[0] == "MilitaryOperation"]
        assert op[1] == ["خليفة حفتر"], text


def test_the_speaker_before_a_colon_or_a_quote_is_no_subject_of_the_quoted_verb():
    evs = events(run("وقال نائب حاكم الإقليم عبدالستار باريز: «بدأت العملية العسكرية في منطقة ألمار صباح "
                     "الجمعة لتطهير المنطقة».", published=SAT))
    assert find(evs, "MilitaryOperation")[0][1] == []
    assert not find(events(run("وقال داود أوغلو «حاليا اوقف 590 شخصا مرتبطين بمنظمات ارهابية».",
                               published=SAT)), "Arrest")
    # the group claiming its fighters' act still did it
    [ev] = find(events(run("وقالت حركة الشباب في بيان: «هاجم مقاتلونا قاعدة للجيش الكيني».", published=SAT)),
                "Attack")
    assert ev[1] == ["حركة الشباب"]


def test_speaker_opening_the_sentence_does_not_do_what_a_clause_of_its_own_tells():
    # "وأضاف X أن «... لكن قوات الأمن ... وقتلتهم»": the joined verb's subject is in the quote
    text = ("وأضاف سامر الخطيب أن «المسلحين تحصنوا داخل المبنى لساعات، لكن "
            "قوات الأمن اقتحمته وقتلتهم جميعا».")
    assert all("سامر الخطيب" not in ev[1] for ev in events(run(text, published=SAT)))
    # (its own forces after إن are its: "قال الجيش إن قواته ...")
    evs = events(run("وقالت جماعة أنصار الدين إن مقاتليها هاجموا ثكنة في بلدة بوني وقتلوا خمسة جنود.",
                     published=SAT))
    assert any(ev[1] == ["جماعة أنصار الدين"] for ev in find(evs, "Killing"))
    # (nor the claimer of what it tells: "أعلنت X مسؤوليتها عن ... قائلة إن ... وقتل")
    evs = events(run("وأعلنت حركة طالبان مسؤوليتها عن الهجوم قائلة إن مقرا للشرطة سقط في أيدي عناصرها "
                     "وقتل العديد من الحراس.", published=SAT))
    assert any(ev[1] == ["حركة طالبان"] for ev in find(evs, "Killing"))


def test_a_second_reported_clause_with_its_own_subject_shares_no_agent():
    # "قال X إن Y شن غارات ...، وإن قوات برية حررت ... واعتقلت": not Y's arrest
    evs = events(run("وقال المتحدث باسم الجيش إن سلاح الجو النيجيري قصف مخابئ لجماعة بوكو حرام قرب بلدة "
                     "باما، وإن وحدات برية حررت عشرين رهينة واعتقلت ستة من المسلحين.", published=SAT))
    assert all("سلاح الجو النيجيري" not in ev[1] for ev in find(evs, "Arrest"))
    # (one reported clause shares its subject across its joined verbs)
    evs = events(run("وقال المتحدث إن قوات الجيش النيجيري داهمت مخبأ قرب بلدة باما واعتقلت ستة مسلحين.",
                     published=SAT))
    assert any(ev[1] == ["قوات الجيش النيجيري"] for ev in find(evs, "Arrest"))


def test_backers_and_leaders_named_after_the_actor_do_not_launch_its_operation():
    evs = events(run("وقالت مصادر إن قوات الجيش الوطني، المدعومة من التحالف بقيادة السعودية، أطلقت، فجر "
                     "الخميس، عملية عسكرية لاستعادة مديرية نهم شرق صنعاء.", published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["قوات الجيش الوطني"]


def test_the_speakers_forces_described_by_a_participle_are_its():
    evs = events(run("وأعلن الجيش التشادي أن قواته المتمركزة قرب بحيرة تشاد منذ أشهر قتلت عشرين مسلحا من جماعة "
                     "بوكو حرام.", published=SAT))
    assert any(ev[1] == ["الجيش التشادي"] for ev in find(evs, "Killing"))


def test_the_imperfect_relative_names_the_doer_right_after_the_act_only():
    evs = events(run("وتشارك الأردن في الغارات التي يشنها التحالف الدولي على تنظيم الدولة في سوريا."))
    assert [(e[0], e[1]) for e in evs] == [("Strike", ["التحالف الدولي"])]
    # "التحالف الذي تقوده X": X leads the coalition, the coalition strikes
    evs = events(run("وقصفت طائرات التحالف الذي تقوده الولايات المتحدة مواقع للتنظيم قرب الرقة."))
    assert [e[1] for e in evs if e[0] == "Strike"] == [["التحالف"]]
    # قادة (leaders) with a pronoun is no leading: "مقتل قادته" names no doer
    evs = events(run("وقال مصدر إن تنظيم القاعدة يوسع نفوذه. وقتل عدد من قادة التنظيم، بينهم "
                     "زعيمه السابق سالم الحضرمي، في غارات جوية لطائرات من دون طيار."))
    assert all("تنظيم القاعدة" not in e[1] for e in evs)


def test_a_toll_resulting_from_a_strike_with_its_doer_is_not_the_announcers():
    evs = events(run("أعلنت قيادة العمليات المشتركة أن طائرات القوة الجوية العراقية قصفت مواقع لتنظيم داعش "
                     "في بلدة الشرقاط، ما أسفر عن مقتل 30 من مسلحي التنظيم.", published=SAT))
    [kill] = [e for e in evs if e[0] == "Killing"]
    assert kill[1] == ["القوة الجوية العراقية"]


def test_militants_named_at_whose_hands_the_killed_fell_did_it():
    [ev] = [e for e in events(run("وقال محافظ الأنبار إن عشرات المدنيين أعدموا على أيدي متشددي تنظيم داعش "
                                  "في قضاء هيت.", published=SAT)) if e[0] == "Killing"]
    assert ev[1] == ["تنظيم داعش"] and ev[2] == []


def test_a_verb_of_trying_between_the_light_verb_and_the_act_makes_it_the_triers():
    evs = events(run("وأعلن قائد العمليات أن قيادة عمليات بابل تمكنت من القضاء على 10 إرهابيين حاولوا "
                     "الاعتداء على القطعات العسكرية في مدينة الرمادي."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]
    assert [e[1] for e in evs if e[0] == "Killing"] == [["قيادة عمليات بابل"]]


def test_a_date_after_a_comma_opens_the_verbs_own_clause():
    evs = find(events(run("وبعد اغتيال الوزير خالد سعيد، عام 2010 اعتقلت السلطات المصرية مئات من "
                          "أعضاء الجماعة.", published=SAT)), "Arrest")
    assert evs and evs[0][1] == ["السلطات المصرية"] and evs[0][2] == []


def test_a_name_in_a_time_clause_closed_before_the_verb_is_not_its_subject():
    evs = find(events(run("وقالت الوزارة إنه أثناء قيام مجموعة من قوات الطوارئ بأداء الصلاة في مسجد مقر القوات، "
                          "فجر انتحاري نفسه وسط المصلين.", published=SAT)), "Attack")
    assert not [e for e in evs if e[1]]
    # a subject in the verb's own clause stays
    evs = find(events(run("وبينما كانت الشرطة تطارد المهربين، هاجمت قوات الجيش العراقي مواقع للمسلحين.",
                          published=SAT)), "Attack")
    assert evs and evs[0][1] == ["الجيش العراقي"]


def test_a_light_verb_whose_complement_is_another_act_gives_this_one_no_agent():
    evs = events(run("وقام الوزير بزيارة للمصابين من أفراد قوات الطوارئ الخاصة الذين استهدفهم التفجير داخل "
                     "مسجد المعسكر.", published=SAT))
    assert not [e for e in evs if e[0] == "Attack" and e[1]]
    # coordinated acts after one light verb still share its subject
    [ev] = find(events(run("وشنت القوات العراقية أمس غارات وقصفا مدفعيا على مواقع تنظيم داعش.", published=SAT)),
                "Strike")
    assert ev[1] == ["القوات العراقية"]


def test_a_name_in_a_phrase_fronted_before_the_clause_is_not_its_subject():
    [ev] = find(events(run("وفي مؤشر على تقهقر مليشيات الحوثي وقوات صالح، قتل ستة من مليشيات الحوثي في مواجهات "
                           "مع المقاومة الشعبية أمس.", published=SAT)), "Killing")
    assert ev[1] == []


def test_the_owner_of_the_car_hit_is_no_doer_of_the_means():
    evs = events(run("وقالت الشرطة إن سيارة العميد خالد الزين أصيبت في هجوم صاروخي في العاصمة."))
    assert all(e[1] == [] for e in evs)
    # the one who did it with the means is still its doer
    evs = events(run("وقال الجيش إن العميد خالد الزين دمر مخابئ المسلحين في هجوم صاروخي قرب الحدود."))
    assert [(e[0], e[1]) for e in evs] == [("Attack", ["خالد الزين"])]


def test_after_a_speakers_pronoun_the_name_past_a_time_word_is_the_object():
    for text in ("وأعلنت الشرطة العراقية أنها اعتقلت أمس خالد الزين في بغداد.",
                 "وقالت وزارة الداخلية الأردنية إنها اعتقلت الثلاثاء الماضي سالم العمري في الزرقاء."):
        [ev] = events(run(text))
        assert ev[0] == "Arrest" and ev[2] in (["خالد الزين"], ["سالم العمري"]) and ev[1] != ev[2], ev


def test_a_by_phrase_after_a_state_participle_names_who_holds_the_place_not_the_doer():
    [ev] = events(run("وسقطت قذائف على بلدة كفريا المحاصرة من قبل جيش الفتح، وتعرضت بلدة الفوعة لقصف "
                      "عنيف.", published=SAT))[:1]
    assert ev[0] == "Strike" and ev[1] == []


def test_armed_men_said_to_belong_to_a_group_before_the_light_verb():
    evs = events(run("وقال شهود إن مسلحين تابعين لجماعة النصر تمكنوا من قتل ثلاثة جنود في بلدة الصفا.",
                     published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["جماعة النصر"]


def test_armed_men_said_to_belong_to_a_group_after_the_light_verb():
    evs = events(run("وفي الموصل، قام مسلحون تابعون لجماعة النصر بالقبض على خمسة من قادة حزب الوفاق.",
                     published=SAT))
    [ev] = find(evs, "Arrest")
    assert ev[1] == ["جماعة النصر"] and ev[2] == ["حزب الوفاق"]


def test_host_named_after_his_honorific_and_long_posts():
    evs = events(run("استقبل معالي المستشار في الديوان الملكي المشرف العام على هيئة الإغاثة الدكتور سعد بن ناصر "
                     "القحطاني اليوم بمقر الهيئة سفير الأردن لدى اليمن أيمن الصفدي.", published=SAT))
    [ev] = find(evs, "Meeting")
    assert ev[1] == ["أيمن الصفدي", "سعد بن ناصر القحطاني"]


def test_no_host_named_before_the_seat_after_an_honorific():
    evs = events(run("استقبل سمو أمير منطقة الجوف في مكتب سموه بالإمارة أمس أبناء الشيخ سعد بن ناصر القحطاني "
                     "رحمه الله.", published=SAT))
    assert all("سعد بن ناصر القحطاني" not in ev[1] for ev in find(evs, "Meeting"))


def test_the_state_whose_definite_aircraft_a_marker_names_did_it():
    doc = run("وجاء ذلك بعد يوم من هجوم شنته الطائرات الحربية التركية على مواقع التنظيم في العراق. "
              "وأكدت تركيا الهجوم.", published=SAT)
    assert [e for e in events(doc) if e[0] == "Attack"][0][1] == ["تركيا"]


def test_a_by_phrase_naming_ones_own_deputy_or_guard_then_his_name():
    [ev] = events(run("وقتل القيادي سامي الحلو على يد حارسه خالد العلي في منزله.", published=SAT))
    assert ev[0] == "Killing" and ev[1] == ["خالد العلي"] and ev[2] == ["سامي الحلو"]


def test_a_marker_naming_a_force_that_belongs_to_a_body_gives_the_body():
    doc = run("وقالت الحركة إن مقاتليها ردوا على هجمات شنتها قوة تابعة للاتحاد الأفريقي على مواقعها.",
              published=SAT)
    assert [e[1] for e in events(doc) if e[0] == "Attack"] == [["للاتحاد الأفريقي"]]


def test_the_leader_named_in_a_relative_clause_before_the_verb_is_no_subject():
    [ev] = events(run("وقالت المقاومة إن القوى المتحالفة مع التحالف الذي تقوده السعودية اعتقلت قياديا "
                      "في جماعة الحوثي.", published=SAT))
    assert ev[0] == "Arrest" and ev[1] == []


def test_what_was_stormed_or_blown_up_after_the_noun_is_no_doer():
    evs = events(run("وقال القائد إن قواته تمكنت من اقتحام جامعة الأنبار والسيطرة عليها."))
    assert [e[1] for e in evs if e[0] == "Attack"] in ([], [[]])
    evs = events(run("وأدانت الحكومة تفجير مقر حزب الدعوة في بغداد."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [[]]
    # a force in the genitive stormed it
    evs = events(run("وعثر الجنود على أسلحة بعد اقتحام الجيش العراقي مصفاة بيجي."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["الجيش العراقي"]]
    # the genitive of an attack is still its doer
    evs = events(run("وأدانت الحكومة هجوم تنظيم داعش على مدينة الرمادي."))
    assert [e[1] for e in evs if e[0] == "Attack"] == [["تنظيم داعش"]]


def test_a_woman_s_post_before_her_body_and_name_makes_her_the_doer():
    evs = events(run("تقوم وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني اليوم بزيارة إلى الرياض."))
    assert [e[1] for e in evs if e[0] == "Visit"] == [["فيديريكا موغيريني"]]


def test_subject_described_in_an_aside_before_the_verb():
    # the states named in "المصنف ... من قبل X وY" classify the group; the group attacked
    evs = events(run("وقالت الشرطة إن مسلحي حزب العمال الكردستاني، المصنف تنظيما إرهابيا من قبل تركيا "
                     "والولايات المتحدة والاتحاد الأوروبي، هاجموا دورية في ولاية ماردين أمس."))
    [ev] = [e for e in evs if e[0] == "Attack"]
    assert ev[1] == ["حزب العمال الكردستاني"]


def test_one_met_after_with_is_no_visitor():
    # "زار عمان ...، ووقع مع الرئيس Y": Y signed with the visitor, he did not visit
    evs = events(run("وتعد هذه الزيارة الثانية للوزير خالد العنزي لعمان خلال أيام، حيث زار عمان الخميس "
                     "الماضي، ووقع مع الرئيس سامي حداد اتفاقية للتعاون.", published=SAT))
    assert all("سامي حداد" not in e[1] for e in evs if e[0] == "Visit")


def test_the_owner_of_a_building_or_checkpoint_blown_up_is_no_doer():
    """"تفجير حاجز للجيش X": the checkpoint was the army's; the army did not blow it up."""
    evs = events(run("وقتل جنديان في تفجير حاجز للجيش اللبناني في بلدة عرسال أمس.", published=date(2015, 8, 8)))
    [attack] = [e for e in evs if e[0] == "Attack"]
    assert attack[1] == [] and [t for t in attack[2] if t.endswith("لجيش اللبناني")]
    evs = events(run("واستنكر البيان العملية التي نفذها مجرمون لتفجير مسجد لقوات الأمن الخاصة في مدينة أبها.",
                     published=date(2015, 8, 8)))
    assert all("قوات الأمن الخاصة" not in e[1] for e in evs)


def test_no_name_before_one_of_them_does_the_act():
    # "أحدهما اعتقل": one of the two attackers was held; the embassy attacked held no one (the
    # rules and the learned roles alike: kg.learn.stage reads the same helper)
    evs = events(run("وقال مكتب محافظ أنقرة إن الهجوم على السفارة الفرنسية نفذه رجلان أحدهما اعتقل "
                     "بعد إصابته.", published=SAT, extractor="both"))
    assert all("السفارة الفرنسية" not in ev[1] for ev in evs)
    assert ("السفارة الفرنسية" in find(evs, "Attack")[0][2])
