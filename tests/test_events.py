"""Events: triggers, their arguments in both word orders, passives, attribution, dates."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


def test_subject_first_killing_with_weekday():
    evs = events(run("أعلنت الحكومة أن القوات العراقية قتلت الجمعة القيادي في تنظيم الدولة "
                     "سالم حميد الدليمي قرب مدينة الرطبة.", published=SAT))
    assert ("Killing", ["القوات العراقية"], ["سالم حميد الدليمي"], ["الرطبة"], "2026-01-16") in evs


def test_verb_first_strike_agent_and_target():
    [ev] = find(events(run("قصفت القوات التركية مواقع لحزب العمال الكردستاني في دهوك أمس.",
                           published=SAT)), "Strike")
    assert ev[1] == ["القوات التركية"] and ev[2] == ["حزب العمال الكردستاني"]
    assert ev[4] == "2026-01-16"


def test_passive_killing_has_no_agent_but_a_target():
    [ev] = find(events(run("قُتل القيادي في حزب الله حسن علي مرعي أمس الجمعة.", published=SAT)),
                "Killing")
    assert ev[1] == [] and ev[2] == ["حسن علي مرعي"] and ev[4] == "2026-01-16"


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


def test_killing_caused_by_a_strike_shares_its_arguments():
    evs = events(run("شنت القيادة الأمريكية في أفريقيا غارة جوية قرب بلدة جلب، الأربعاء، "
                     "وأسفرت الغارة عن مقتل القيادي في حركة الشباب عبد الله نور.", published=SAT))
    [kill] = find(evs, "Killing")
    [strike] = find(evs, "Strike")
    assert kill[2] == ["عبد الله نور"]
    assert kill[1] == strike[1] and strike[1]          # the strike's agent
    assert kill[4] == strike[4] == "2026-01-14"


def test_visit_and_meeting_with_counterpart():
    evs = events(run("وفي 12 تشرين الثاني/ نوفمبر الماضي، زار الرئيس أحمد الشرع واشنطن، "
                     "ولقائه نظيره دونالد ترامب.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["أحمد الشرع"] and visit[3] == ["واشنطن"] and visit[4] == "2025-11-12"
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["أحمد الشرع", "دونالد ترامب"]


def test_fronted_place_of_a_meeting():
    evs = events(run("وفي بيروت، التقى وزير الخارجية اللبناني سمير نصار، الخميس، "
                     "المبعوث الفرنسي جان لوك مارتان.", published=SAT))
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["جان لوك مارتان", "سمير نصار"] and meet[3] == ["بيروت"]


def test_named_operation():
    doc = run('بدأت القوات الأمريكية عملية "عين الصقر" ضد تنظيم الدولة في سوريا الشهر الماضي.',
              published=SAT)
    [op] = [e for e in doc.events if e.type == "MilitaryOperation"]
    assert op.name == "عين الصقر" and op.date == "2025-12"


def test_fighters_of_a_group_are_the_group_acting():
    [ev] = find(events(run("هاجم مسلحون من تنظيم الدولة بلدة الشحيل فجر السبت.", published=SAT)),
                "Attack")
    assert ev[1] == ["تنظيم الدولة"]


def test_same_attack_told_twice_is_one_event():
    doc = run("هاجم مسلحون من تنظيم الدولة بلدة الشحيل في 3 كانون الثاني/ يناير. "
              "وأسفر الهجوم على الشحيل عن مقتل جنديين.", published=SAT)
    attacks = [e for e in doc.events if e.type == "Attack"]
    assert len(attacks) == 1 and attacks[0].date == "2026-01-03"


def test_no_event_without_a_trigger():
    assert run("قال وزير الخارجية إن المحادثات بناءة.", published=SAT).events == []


def test_a_description_of_the_agent_is_not_the_target():
    [ev] = find(events(run("وهاجمت كتيبة الفرقان التابعة لحركة حماس موقعا للجيش الإسرائيلي.",
                           published=SAT)), "Attack")
    assert ev[1] == ["كتيبة الفرقان"] and "حركة حماس" not in ev[2]


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


def test_visit_made_by_someone_named_with_a_post():
    [ev] = find(events(run("وتأتي الاعتقالات بعد أيام من زيارة أجراها المشير خليفة حفتر، القائد العام "
                           "للجيش الوطني الليبي، إلى درنة، الثلاثاء الماضي.", published=SAT)), "Visit")
    assert ev[1] == ["خليفة حفتر"] and ev[3] == ["درنة"]


def test_claimed_attack_gets_the_claimer_as_agent_and_not_as_victim():
    doc = run("استهدف تفجير انتحاري مسجدا في مدينة مزار شريف يوم الجمعة. وكان التفجير قد أسفر عن "
              "مقتل 11 مصليا على الأقل، وتبنّاه تنظيم ولاية خراسان في بيان.", published=SAT)
    evs = events(doc)
    [attack] = find(evs, "Attack")
    assert attack[1] == ["تنظيم ولاية خراسان"]
    assert all("تنظيم ولاية خراسان" not in ev[2] for ev in evs)


def test_claim_of_an_act_named_after_the_verb():
    evs = events(run("واستهدف هجوم انتحاري مسجدا في مزار شريف. وتبنت حركة الشباب الهجوم في بيان.",
                     published=SAT))
    assert any(ev[1] == ["حركة الشباب"] and ev[3] == ["مزار شريف"] for ev in find(evs, "Attack"))


def test_responsibility_claimed_for_an_attack():
    [ev] = find(events(run("أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في أفجوي.",
                           published=SAT)), "Attack")
    assert ev[1] == ["حركة الشباب"]


def test_fronted_place_is_the_meeting_place_not_a_later_one():
    [meet] = find(events(run("وفي الرياض، التقى وزير الخارجية السعودي فيصل بن فرحان، أمس، المبعوث الأممي "
                             "هانس غروندبرغ لبحث التهدئة في البحر الأحمر.", published=SAT)), "Meeting")
    assert meet[3] == ["الرياض"]


def test_fronted_place_is_not_the_agent():
    [ev] = find(events(run("وفي ولاية بورنو، قصفت طائرات الجيش النيجيري مواقع لجماعة بوكو حرام.",
                           published=SAT)), "Strike")
    assert "ولاية بورنو" not in ev[1] and ev[3] == ["ولاية بورنو"]


def test_visitor_who_then_meets_is_a_participant():
    evs = events(run("زار وزير الداخلية المصري محمود توفيق مدينة العريش، والتقى محافظ شمال سيناء "
                     "اللواء خالد مجاور.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["محمود توفيق"] and visit[3] == ["العريش"]
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["خالد مجاور", "محمود توفيق"] and "شمال سيناء" not in meet[3]


def test_meeting_between_office_holders_named_after_their_posts():
    [meet] = find(events(run("وفي سرت، اجتمع أمس رئيس أركان القوات البرية في الجيش الوطني، الفريق عبد "
                             "الباسط الزوي، مع رئيس الأركان العامة التابعة لحكومة الوحدة الوطنية في "
                             "طرابلس، الفريق نوري الشريف.", published=SAT)), "Meeting")
    assert meet[1] == ["عبد الباسط الزوي", "نوري الشريف"] and meet[3] == ["سرت"]


def test_visit_to_a_capital_named_after_the_nominal():
    evs = events(run("وصل الوفد إلى مزار شريف. وزار نائب وزير الخارجية الأفغاني مولوي فريد الله عزيزي "
                     "العاصمة الأوزبكية طشقند، الثلاثاء الماضي.", published=SAT))
    assert any(v[3] == ["طشقند"] for v in find(evs, "Visit"))


def test_fronted_place_with_its_head_for_a_passive_arrest():
    [ev] = find(events(run("وفي مدينة كركوك، اعتُقل أمس ثلاثة أشخاص.", published=SAT)), "Arrest")
    assert ev[3] == ["مدينة كركوك"] and ev[4] == "2026-01-16"


def test_victim_of_a_passive_is_not_the_striker_and_the_adjective_names_the_state():
    evs = events(run("أعلنت تركيا أنها تلاحق المسلحين. وقُتل القيادي في حزب العمال الكردستاني دلشاد أرسلان "
                     "بغارة لطائرة مسيرة تركية قرب دهوك.", published=SAT))
    [strike] = find(evs, "Strike")
    assert strike[1] == ["تركيا"] and strike[2] == ["دلشاد أرسلان"]
    evs = events(run("قُتل القيادي في حزب الله حسن علي مرعي، أمس الجمعة، بقصف من طائرة مسيرة "
                     "إسرائيلية قرب بلدة الخيام.", published=SAT))
    assert all("حسن علي مرعي" not in ev[1] for ev in evs)


def test_arrested_named_among_a_group():
    [ev] = find(events(run("وفي مدينة كركوك، اعتُقل أمس ثلاثة أشخاص بينهم قائد ميداني يدعى سامر العلي.",
                           published=SAT)), "Arrest")
    assert ev[2] == ["سامر العلي"] and ev[3] == ["مدينة كركوك"]


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


def test_strike_named_by_its_weapon():
    evs = events(run("وقُتل جندي بقذيفة أطلقها الجيش السوداني على حي كرري.", published=SAT))
    [strike] = find(evs, "Strike")
    assert strike[1] == ["الجيش السوداني"]
    [kill] = find(evs, "Killing")
    assert kill[1] == ["الجيش السوداني"]
    [ev] = find(events(run("أعلنت جماعة الحوثي استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي.",
                           published=SAT)), "Strike")
    assert ev[1] == ["جماعة الحوثي"] and ev[3] == ["البحر الأحمر"]


def test_killed_in_it_refers_to_the_attack_told_before():
    evs = events(run("هاجم مسلحون من حركة الشباب قاعدة في بلدة جلب، وقُتل فيها أكثر من 100 مقاتل.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["حركة الشباب"] and kill[3] == ["جلب"]


def test_envoy_received_is_a_participant():
    [meet] = find(events(run("وفي الرياض، استقبل وزير الدولة للشؤون الخارجية السعودي عادل بن ناصر الشهري، "
                             "أمس، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن لارس إنغفالد.",
                             published=SAT)), "Meeting")
    assert meet[1] == ["عادل بن ناصر الشهري", "لارس إنغفالد"] and meet[3] == ["الرياض"]


def test_head_of_a_delegation_received_takes_part():
    [meet] = find(events(run("واستقبل رئيس حكومة إقليم كردستان كاروان نوري هورامي، الاثنين، في أربيل وفدا "
                             "من وزارة الدفاع العراقية برئاسة الفريق الركن حامد الساعدي.", published=SAT)),
                  "Meeting")
    assert "حامد الساعدي" in meet[1] and "كاروان نوري هورامي" in meet[1]


def test_representative_met_rather_than_the_body_represented():
    [meet] = find(events(run("وفي رام الله، التقى محافظ جنين باسل عودة، أمس، ممثل الاتحاد الأوروبي لدى "
                             "السلطة الفلسطينية يوهان سفينسون.", published=SAT)), "Meeting")
    assert meet[1] == ["باسل عودة", "يوهان سفينسون"]


def test_the_one_killed_is_not_the_striker_of_the_means():
    evs = events(run("أعلن الجيش العراقي، الخميس، مقتل القيادي في تنظيم الدولة أبو حفص الجبوري بغارة جوية "
                     "على وكر في محافظة كركوك.", published=SAT))
    assert all("أبو حفص الجبوري" not in ev[1] for ev in evs)


def test_an_ally_or_backer_is_not_the_target():
    [ev] = find(events(run("هاجمت حركة الشباب المتحالفة مع تنظيم القاعدة قاعدة للجيش الصومالي في بلدة جلب.",
                           published=SAT)), "Attack")
    assert ev[1] == ["حركة الشباب"] and "تنظيم القاعدة" not in ev[2]
    [ev] = find(events(run("قصفت قوات الدعم السريع المدعومة من الإمارات مدينة الفاشر.", published=SAT)),
                "Strike")
    assert ev[1] == ["قوات الدعم السريع"] and ev[2] == [] and ev[3] == ["مدينة الفاشر"]


def test_attack_with_a_missile_or_drone_is_a_strike_claimed_through_a_spokesman():
    evs = events(run("وفي البحر الأحمر، تعرضت ناقلة نفط لهجوم بصاروخ باليستي غرب ميناء ينبع، مساء الأحد. "
                     "وتبنى المتحدث العسكري باسم جماعة أنصار الله، العميد عبد الكريم الوادعي، الهجوم.",
                     published=SAT))
    [ev] = find(evs, "Strike")
    assert ev[1] == ["جماعة أنصار الله"] and ev[3] == ["ميناء ينبع"]
    assert find(evs, "Attack") == []


def test_title_place_is_not_the_meeting_place():
    [meet] = find(events(run("التقى محافظ شمال سيناء اللواء خالد مجاور، أمس، في مدينة العريش وفدا من "
                             "الهلال الأحمر.", published=SAT)), "Meeting")
    assert meet[3] == ["العريش"]


def test_named_operation_continued_by_an_army_against_a_group():
    [op] = find(events(run('ويواصل الجيش العراقي منذ أشهر عملية "ثأر الشهداء" لملاحقة خلايا تنظيم الدولة '
                           'في المناطق الوعرة.', published=SAT)), "MilitaryOperation")
    assert op[1] == ["الجيش العراقي"] and op[2] == ["تنظيم الدولة"]


def test_operation_named_with_a_naming_phrase():
    doc = run('واصل الجيش الإسرائيلي، لليوم الثالث على التوالي، العملية العسكرية التي أطلق عليها اسم '
              '"السور الحديدي" في مدينة جنين.', published=SAT)
    [op] = [e for e in doc.events if e.type == "MilitaryOperation"]
    assert op.name == "السور الحديدي"
    assert events(doc)[0][1] == ["الجيش الإسرائيلي"] and events(doc)[0][3] == ["مدينة جنين"]


def test_the_operation_alone_is_not_an_event():
    assert run("وقال إن 12 فلسطينيا قُتلوا منذ بدء العملية الثلاثاء.", published=SAT).events == []


def test_relative_clause_killed_by_fire_of():
    [ev] = find(events(run("وقالت الوزارة إن بين القتلى الشاب محمود ياسر حمدان الذي قتل برصاص قوات الاحتلال "
                           "قرب دوار السينما وسط جنين.", published=SAT)), "Killing")
    assert ev[1] == ["قوات الاحتلال"] and ev[2] == ["محمود ياسر حمدان"]


def test_arrival_of_an_office_holder_is_a_visit_and_he_meets_there():
    evs = events(run("دعت الأمم المتحدة إلى وقف النار، فيما وصل رئيس البعثة بالإنابة، الدبلوماسي البلغاري "
                     "نيكولاي بيتروف، أمس إلى مدينة بنغازي، حيث التقى رئيس أركان الجيش الوطني الليبي "
                     "الفريق سالم العبيدي.", published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["نيكولاي بيتروف"] and visit[3] == ["بنغازي"]
    [meet] = find(evs, "Meeting")
    assert meet[1] == ["سالم العبيدي", "نيكولاي بيتروف"] and meet[3] == ["بنغازي"]


def test_arrival_of_numbers_is_no_visit():
    assert find(events(run("ووصل عدد القتلى إلى 50 شخصا في مدينة غزة.", published=SAT)), "Visit") == []


def test_arrival_at_a_sum_or_at_power_is_no_visit():
    assert find(events(run("ووصلت واردات البحرين إلى مليونين في شهر مارس.", published=SAT)), "Visit") == []
    assert find(events(run("وأقدم أوباما الذي وصل إلى السلطة عام 2009 على خطوة.", published=SAT)), "Visit") == []


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


def test_targeting_with_salvos_of_rockets_is_a_strike():
    [ev] = find(events(run("نعى حزب الله القيادي، وأعلن أن مقاتليه استهدفوا بعد ساعات ثكنة للجيش الإسرائيلي "
                           "في الجليل الأعلى بصليات من الصواريخ.", published=SAT)), "Strike")
    assert ev[1] == ["حزب الله"] and ev[3] == ["الجليل الأعلى"]


def test_plural_verb_forms_are_triggers():
    [ev] = find(events(run("وأضاف المتحدث أن ثلاثة من المساعدين اعتُقلوا الأسبوع الماضي في مدينة كركوك.",
                           published=SAT)), "Arrest")
    assert ev[3] == ["مدينة كركوك"] and ev[4] == "2026-01"
    [ev] = find(events(run("قصفوا مواقع لحركة الشباب في جلب.", published=SAT)), "Strike")
    assert ev[2] == ["حركة الشباب"]


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


def test_group_of_the_ones_killed_is_the_target():
    evs = events(run("وفي تطور منفصل، قُتل اثنان من عناصر البيشمركة وأصيب ثلاثة آخرون بهجوم شنه مسلحون من "
                     "تنظيم الدولة على موقع عسكري.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["تنظيم الدولة"] and kill[2] == ["البيشمركة"]
    [attack] = find(evs, "Attack")
    assert attack[2] == ["البيشمركة"]


def test_announcer_of_its_own_strike_by_pronoun():
    [ev] = find(events(run("أعلنت القيادة الأمريكية في أفريقيا أنها نفذت غارة جوية على مواقع لحركة الشباب "
                           "قرب بلدة جلب.", published=SAT)), "Strike")
    assert ev[1] == ["القيادة الأمريكية في أفريقيا"] and ev[3] == ["جلب"]


def test_own_fighters_belong_to_the_group_not_to_the_person_mourned():
    [ev] = find(events(run('من جهته، نعى حزب الله "الحاج رضا"، وأعلن أن مقاتليه استهدفوا بعد ساعات ثكنة '
                           'للجيش الإسرائيلي في الجليل الأعلى بصليات من الصواريخ.', published=SAT)), "Strike")
    assert ev[1] == ["حزب الله"]


def test_habitual_claims_do_not_reach_back():
    evs = events(run("وقال المتحدث إن الجيش الصومالي أحبط هجوما انتحاريا على قاعدة في بلدة أفجوي. وتتبنى "
                     "حركة الشباب هجمات شبه يومية ضد الحكومة.", published=SAT))
    foiled = [ev for ev in find(evs, "Attack") if ev[3] == ["أفجوي"]]
    assert foiled and all("حركة الشباب" not in ev[1] for ev in foiled)


def test_a_place_that_receives_visitors_holds_no_meeting():
    assert find(events(run("وتستقبل ألمانيا العدد الأكبر من اللاجئين.", published=SAT)), "Meeting") == []


def test_state_striking_is_not_the_place_of_its_strike():
    evs = events(run("اغتالت إسرائيل القيادي في حماس خليل المصري بضربة جوية على شقة في صيدا."))
    [k] = find(evs, "Killing")
    assert k[1] == ["إسرائيل"] and k[2] == ["خليل المصري"] and k[3] == ["صيدا"]
    [s] = find(events(run("قصفت إسرائيل مواقع لحزب الله في جنوب لبنان.")), "Strike")
    assert s[1] == ["إسرائيل"] and "إسرائيل" not in s[3]


def test_eliminating_on_someone_is_a_killing():
    [ev] = find(events(run("وقضى الجيش الجزائري على القيادي في تنظيم القاعدة أبو محمد الجزائري.")),
                "Killing")
    assert ev[1] == ["الجيش الجزائري"] and ev[2] == ["أبو محمد الجزائري"]
    [ev] = find(events(run("وأعلن الجيش الجزائري القضاء على إرهابيين اثنين في ولاية قسنطينة.")),
                "Killing")
    assert ev[1] == ["الجيش الجزائري"] and ev[3] == ["ولاية قسنطينة"]
    assert not find(events(run("وقال المتحدث إن المتهم قضى ليلته في السجن.")), "Killing")


def test_agent_in_a_by_clause_after_an_operation_or_strike():
    [ev] = find(events(run("ونفذت عملية دهم نفذتها قوة من الحشد الشعبي في قضاء القائم.")),
                "MilitaryOperation")
    assert ev[1] == ["الحشد الشعبي"] and ev[3] == ["قضاء القائم"]
    [ev] = find(events(run("وقالت خلية الإعلام الأمني إن ضربات جوية نفذتها القوة الجوية العراقية "
                           "قتلت خمسة مسلحين.")), "Strike")
    assert ev[1] == ["القوة الجوية العراقية"]


def test_fronted_capital_with_its_name_is_the_place_never_the_agent():
    [ev] = find(events(run("وفي العاصمة كابول، اعتقلت قوات الأمن قياديا في تنظيم الدولة.")), "Arrest")
    assert ev[1] == ["قوات الأمن"] and ev[3] == ["كابول"]
    doc = run("وفي العاصمة الصومالية مقديشو، قتل مسلحون من حركة الشباب جنديا.")
    [ev] = find(events(doc), "Killing")
    place = [e for e in doc.entities if any(m.text == "مقديشو" for m in e.mentions)][0]
    assert ev[1] == ["حركة الشباب"] and doc.events[0].place == [place.id]


def test_visit_by_an_office_holder_has_no_target_and_a_delegation_visits():
    [ev] = find(events(run("وزار قائد الجيش الباكستاني عاصم منير مدينة بيشاور.")), "Visit")
    assert ev[1] == ["عاصم منير"] and ev[2] == [] and ev[3] == ["بيشاور"]
    [ev] = find(events(run("وزار وفد من حركة حماس القاهرة.")), "Visit")
    assert ev[1] == ["حركة حماس"] and ev[3] == ["القاهرة"]


def test_no_place_of_a_fronted_phrase_is_the_agent():
    [ev] = find(events(run("وفي محافظة الأنبار غربي العراق، قتلت القوات العراقية خمسة مسلحين "
                           "من تنظيم الدولة.")), "Killing")
    assert ev[1] == ["القوات العراقية"] and ev[2] == ["تنظيم الدولة"]


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


def test_the_acts_own_date_wins_over_the_announcements():
    evs = events(run("أعلنت خلية الإعلام الأمني، أمس الجمعة، مقتل خمسة من عناصر تنظيم داعش "
                     "بضربات جوية نفذتها القوة الجوية العراقية فجر الخميس في وادي حوران.",
                     published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[4] == "2026-01-15" and kill[1] == ["القوة الجوية العراقية"]
    # with no date of its own, the announcement's date is the best the text gives
    [kill] = find(events(run("أعلن الجيش العراقي، الجمعة، مقتل القيادي في تنظيم الدولة سالم "
                             "الدليمي بغارة جوية.", published=SAT)), "Killing")
    assert kill[4] == "2026-01-16"


def test_attacks_being_planned_are_no_event():
    evs = events(run("وقال المتحدث إن المعتقلين كانوا يخططون لهجمات في العاصمة كابل.", published=SAT))
    assert not find(evs, "Attack")


def test_act_told_n_days_before_the_clause_date():
    evs = events(run("أعلنت وزارة الداخلية، أمس الجمعة، اعتقال خمسة عناصر من تنظيم الدولة، بعد يومين "
                     "من تفجير انتحاري استهدف مسجدا في مدينة مزار شريف.", published=SAT))
    [attack] = find(evs, "Attack")
    [arrest] = find(evs, "Arrest")
    assert attack[4] == "2026-01-14" and arrest[4] == "2026-01-16"


def test_arrival_is_a_visit_only_for_an_official_or_a_delegation():
    for text in ("وصل فريق الهلال إلى مدينة جدة.", "وصلت قوات أمريكية إلى قاعدة عين الأسد."):
        assert not find(events(run(text, published=SAT)), "Visit"), text
    [ev] = find(events(run("ووصل وفد من حركة حماس إلى القاهرة.", published=SAT)), "Visit")
    assert ev[1] == ["حركة حماس"]
    [ev] = find(events(run("ووصل وزير الخارجية التركي هاكان فيدان إلى بغداد.", published=SAT)), "Visit")
    assert ev[1] == ["هاكان فيدان"] and ev[3] == ["بغداد"]


def test_soldiers_killed_belong_to_the_army_named_before_which_is_not_their_killer():
    [ev] = find(events(run("أعلن الجيش التشادي مقتل 15 جنديا في اشتباكات مع جماعة بوكو حرام.",
                           published=SAT)), "Killing")
    assert ev[1] == ["جماعة بوكو حرام"] and ev[2] == ["الجيش التشادي"]
    evs = events(run("وقالت جماعة بوكو حرام إنها هاجمت قاعدة عسكرية للجيش التشادي، مقرا بمقتل 15 جنديا.",
                     published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[2] == ["للجيش التشادي"]


def test_what_was_subjected_to_an_attack_is_its_target():
    [ev] = find(events(run("وتعرض موقع للجيش المالي لهجوم بطائرة مسيرة قرب كيدال.", published=SAT)),
                "Strike")
    assert ev[2] == ["للجيش المالي"] and ev[1] == []


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


def test_the_operation_referred_back_to_is_the_one_just_told():
    evs = events(run('أعلن الحرس الثوري الإيراني أنه نفذ ضربات بطائرات مسيرة على مواقع لجماعة "جيش العدل". '
                     'وقال قائد في الحرس إن العملية التي أطلق عليها اسم "فجر الحرية" ستستمر.',
                     published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["الحرس الثوري الإيراني"] and op[2] == ["جيش العدل"]


def test_subject_after_kana_before_qad_and_the_armys_forces_in_a_reported_clause():
    evs = events(run("وكان مسلحو ولاية غرب أفريقيا، المرتبطة بتنظيم الدولة، قد هاجموا الشهر الماضي قاعدة "
                     "عسكرية في بلدة مالام فاتوري.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["ولاية غرب أفريقيا"]
    evs = events(run("وقال المتحدث باسم الجيش العراقي إن قوات الجيش أحبطت أمس هجوما على قاعدة "
                     "عسكرية في قضاء الطارمية، وقتلت اثنين من المهاجمين.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[1] == ["الجيش العراقي"]


def test_a_verb_continuing_the_story_keeps_its_place_over_the_fronted_one():
    evs = events(run("وفي بغداد، قال المتحدث باسم الجيش العراقي إن قوات الجيش أحبطت أمس هجوما على قاعدة "
                     "عسكرية في قضاء الطارمية، وقتلت اثنين من المهاجمين.", published=SAT))
    [ev] = find(evs, "Killing")
    assert ev[3] == ["قضاء الطارمية"]


def test_killed_by_a_strike_told_after_a_long_subject():
    evs = events(run("قُتل قيادي في قوات سوريا الديمقراطية (قسد) ومرافقه، الجمعة، بغارة لطائرة مسيرة "
                     "تركية استهدفت سيارتهما قرب قرية خراب عشك.", published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[3] == ["خراب عشك"] and kill[4] == "2026-01-16"


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


def test_visit_noun_after_a_meeting_is_the_first_participants_and_since_is_no_date():
    evs = events(run("وفي دمشق، التقى وزير الخارجية الأردني عمر المعايطة، الجمعة، نظيره السوري سامر الخطيب، "
                     "في أول زيارة لمسؤول أردني رفيع إلى العاصمة السورية منذ كانون الأول/ديسمبر الماضي.",
                     published=SAT))
    [visit] = find(evs, "Visit")
    assert visit[1] == ["عمر المعايطة"] and visit[4] == "2026-01-16"
    evs = events(run('وقال المتحدث إن الغارات تأتي ضمن عملية "المخلب-القفل" المتواصلة منذ نيسان/أبريل 2022.',
                     published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[4] == "2022-04"


def test_killing_during_an_operation_told_after_the_groups_description():
    evs = events(run('أعلن المتحدث العسكري، الأربعاء، مقتل سبعة مسلحين من تنظيم "ولاية سيناء"، فرع تنظيم '
                     'الدولة الإسلامية في مصر، خلال عملية أمنية نفذتها قوات الجيش الثاني الميداني جنوب '
                     'مدينة الشيخ زويد.', published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[1] == ["قوات الجيش الثاني الميداني"]


def test_place_in_an_organisations_description_is_not_the_acts_place():
    [ev] = find(events(run("أعلنت إدارة مكافحة الإرهاب في إقليم خيبر بختونخوا اعتقال ثلاثة مسلحين في ضواحي "
                           "مدينة بيشاور.", published=SAT)), "Arrest")
    assert ev[1] == ["إدارة مكافحة الإرهاب"] and ev[3] == ["بيشاور"]
    [ev] = find(events(run("وقتل مسلحون من ولاية سيناء، فرع تنظيم الدولة في مصر، جنديين.", published=SAT)),
                "Killing")
    assert ev[1] == ["ولاية سيناء"] and ev[2] == []


def test_group_of_the_many_arrested_is_the_target():
    [ev] = find(events(run("وأضاف أن القوات العراقية ألقت القبض على أكثر من 300 عنصر من تنظيم الدولة.",
                           published=SAT)), "Arrest")
    assert ev[2] == ["تنظيم الدولة"]


def test_killing_resulting_from_clashes_is_where_they_broke_out():
    evs = events(run('اندلعت اشتباكات عنيفة، مساء الجمعة، في العاصمة الليبية طرابلس بين قوات "جهاز دعم '
                     'الاستقرار" و"اللواء 444 قتال"، ما أسفر عن مقتل ستة أشخاص بينهم مدنيان.', published=SAT))
    [kill] = find(evs, "Killing")
    assert kill[3] == ["طرابلس"] and kill[4] == "2026-01-16"   # the capital word is a mention of its own


def test_operation_the_strikes_come_within_is_their_agents():
    evs = events(run('قالت وزارة الدفاع التركية إن الجيش التركي شن غارات جوية على منطقتي قنديل وهاكورك. '
                     'وأضاف المتحدث أن الغارات تأتي ضمن عملية "المخلب-القفل" ضد مواقع الحزب.', published=SAT))
    [op] = find(evs, "MilitaryOperation")
    assert op[1] == ["الجيش التركي"]


def test_every_place_of_a_list_is_the_acts_place():
    [ev] = find(events(run("قصف الجيش التركي مواقع لحزب العمال الكردستاني في منطقتي قنديل وهاكورك.",
                           published=SAT)), "Strike")
    assert ev[3] == ["قنديل", "هاكورك"]


def test_group_of_the_ones_neutralised_is_the_strikes_target():
    [ev] = find(events(run('قالت وزارة الدفاع التركية إن الجيش التركي "حيّد" 12 عنصرا من حزب العمال الكردستاني '
                           'في غارات جوية على منطقتي قنديل وهاكورك.', published=SAT)), "Strike")
    assert ev[1] == ["الجيش التركي"] and ev[2] == ["حزب العمال الكردستاني"]


def test_owner_of_what_was_hit_is_the_target_but_not_of_a_count_of_sites():
    [ev] = find(events(run("وكان مسلحون مجهولون قد هاجموا في 3 آب/أغسطس الماضي دورية للجيش الوطني الليبي "
                           "على الطريق الساحلي غرب درنة.", published=SAT)), "Attack")
    assert ev[2] == ["للجيش الوطني الليبي"]
    evs = events(run("وأضاف أن القوات الأميركية استهدفت منذ هجوم ديسمبر الماضي أكثر من 100 موقع تابع "
                     "لتنظيم الدولة.", published=SAT))
    assert all(ev[2] == [] for ev in find(evs, "Attack"))


def test_the_one_met_named_after_a_long_post():
    [ev] = find(events(run("وفي بورتسودان، التقى وزير الخارجية السوداني عثمان البدوي، الأربعاء، المبعوث الأممي "
                           "الخاص إلى السودان، الجزائري كمال بن عيسى، وبحثا إيصال المساعدات.", published=SAT)),
                "Meeting")
    assert ev[1] == ["عثمان البدوي", "كمال بن عيسى"]


def test_what_was_hit_named_by_a_demonym_gives_that_states_forces_as_target():
    evs = events(run("واصل الجيش الإسرائيلي العملية في جنين. وقالت كتيبة جنين إن مقاتليها فجّروا، الأربعاء، "
                     "عبوة ناسفة بآلية عسكرية إسرائيلية عند مدخل المخيم.", published=SAT))
    [ev] = find(evs, "Attack")
    assert ev[1] == ["كتيبة جنين"] and ev[2] == ["الجيش الإسرائيلي"]


def test_place_right_after_a_targeting_verb_is_the_strikes_place():
    evs = events(run("اعتقلت الشرطة خلية متهمة بتنفيذ هجوم بطائرة مسيرة استهدف مطار أربيل الدولي فجر الخميس.",
                     published=SAT))
    [ev] = find(evs, "Strike")
    assert ev[3] == ["مطار أربيل الدولي"] and ev[4] == "2026-01-15"


def test_killed_in_the_strikes_told_before():
    evs = events(run("أعلنت القيادة المركزية الأميركية أن مقاتلات أميركية شنت الخميس غارات جوية على مواقع في "
                     "محافظة الحديدة. وأفادت وزارة الصحة في صنعاء بمقتل سبعة أشخاص في الغارات.", published=SAT))
    [kill] = find(evs, "Killing")
    [strike] = find(evs, "Strike")
    assert kill[3] == strike[3] and kill[4] == strike[4] == "2026-01-15"


def test_place_visited_after_a_long_post_name_and_date():
    evs = events(run("تشهد تشاد هجمات. وزار وزير القوات المسلحة التشادي داود يحيى إبراهيم، الجمعة، مدينة بول، "
                     "عاصمة إقليم البحيرة.", published=SAT))
    [ev] = find(evs, "Visit")
    assert ev[1] == ["داود يحيى إبراهيم"] and ev[3] == ["بول"]


def test_pronoun_of_the_one_killed_is_no_speaker():
    evs = events(run("وقالت القيادة الوسطى في بيان إن القيادي بلال حسن الجاسم كان على صلة بالتنظيم، وأنه قُتِل "
                     "في غارة شمال شرق سوريا.", published=SAT))
    for ev in evs:
        assert "القيادة الوسطى" not in ev[1], ev


def test_one_named_among_the_dead_is_a_target_of_the_killing_told_before():
    evs = events(run("أعلنت قوات الدراويش، السبت، مقتل 14 مسلحا من تنظيم داعش في اشتباكات عنيفة. وقال وزير "
                     "الإعلام إن بين القتلى قياديا أجنبيا في التنظيم يدعى عمر بشير الحضرمي.", published=SAT))
    [kill] = find(evs, "Killing")
    assert "عمر بشير الحضرمي" in kill[2]


def test_an_events_places_are_places_only():
    from kg.events import places_only
    from kg.model import Article, Document, Entity, Event
    doc = Document(article=Article("t", ""), entities=[
        Entity("e1", "Person"), Entity("e2", "Place"), Entity("e3", "Organization")])
    events = places_only([Event("Strike", agent=["e3"], place=["e3", "e2"]),
                          Event("Arrest", target=["e1"], place=["e1"])], doc)
    assert [ev.place for ev in events] == [["e2"], []]
    assert events[0].agent == ["e3"]


def test_group_blamed_for_the_attack_is_its_agent():
    doc = run("قتل 20 مدنيا في هجوم على قرية غربي النيجر. وحملت الوزارة، في بيان، "
              "مسؤولية الهجوم لتنظيم الدولة الإسلامية في الصحراء الكبرى.")
    attacks = [ev for ev in events(doc) if ev[0] == "Attack" and "النيجر" in ev[3]]
    assert attacks and attacks[0][1] == ["تنظيم الدولة الإسلامية في الصحراء الكبرى"]


def test_verb_letters_after_a_preposition_are_no_trigger():
    doc = run("وزار رئيس الوزراء سالم حسن العلي، أمس، مدينة تيلابيري، حيث قدم التعازي لأسر الضحايا.")
    assert not [ev for ev in events(doc) if ev[0] == "Arrest"]


def test_head_of_the_delegation_met_is_an_agent_of_the_meeting():
    doc = run("وفي القاهرة، التقى رئيس جهاز المخابرات العامة المصرية، اللواء سالم كمال العلي، "
              "أمس الثلاثاء، وفدا من الحركة برئاسة نائب رئيس مكتبها السياسي في الخارج سامي حسن الدويك، "
              "لبحث التهدئة.")
    meetings = [ev for ev in events(doc) if ev[0] == "Meeting"]
    assert meetings and "سامي حسن الدويك" in meetings[0][1] and "سالم كمال العلي" in meetings[0][1]


def test_visitor_named_after_a_long_post_is_the_agent():
    doc = run("وزار القائم بأعمال وزير الداخلية في حكومة طالبان، الملا سالم حسن نوري، أمس، "
              "مدينة قندوز.")
    visits = [ev for ev in events(doc) if ev[0] == "Visit"]
    assert visits and visits[0][1] == ["سالم حسن نوري"]


def test_announcer_of_a_detention_is_its_agent():
    doc = run("وأعلنت الشرطة السودانية، أمس، توقيف 47 شخصا في مدينة ود مدني.")
    arrests = [ev for ev in events(doc) if ev[0] == "Arrest"]
    assert arrests and arrests[0][1] == ["الشرطة السودانية"]


def test_owner_of_the_drones_that_struck_is_the_agent():
    doc = run("وقصفت طائرات مسيّرة تابعة لقوات الدعم السريع، مساء الاثنين، محطة للكهرباء في مدينة سنار.")
    strikes = [ev for ev in events(doc) if ev[0] == "Strike"]
    assert strikes and strikes[0][1] == ["قوات الدعم السريع"] and strikes[0][2] == []
