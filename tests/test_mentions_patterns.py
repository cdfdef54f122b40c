"""Cue patterns: the mentions a head or a title introduces, rule by rule (kg/mentions_patterns.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_title_then_organisation_then_person():
    doc = run('قال القيادي في حركة الأحرار سامر خليل العلي، الملقب بـ"أبو جعفر"، إن الوضع هادئ.')
    person = entity(doc, "سامر خليل العلي")
    assert person.type == "Person"
    assert "أبو جعفر" in [m.text for m in person.mentions]     # the alias joins the person
    assert entity(doc, "حركة الأحرار").type == "Organization"


def test_kunya_is_a_person():
    doc = run("قتلت الغارة أبو خالد الديري في ريف المدينة.")
    assert entity(doc, "أبو خالد الديري").type == "Person"


def test_state_forces_from_a_demonym():
    doc = run("قصفت قوات تركية مواقع في الشمال، وقال الجيش التركي إن القصف مستمر.")
    e = entity(doc, "قوات تركية")
    assert "الجيش التركي" in [m.text for m in e.mentions]
    assert e.type == "Organization" and e.subtype == "ArmedForce"


def test_an_army_or_a_corps_named_by_its_rank():
    doc = run("وقال قائد الجيش الثالث الميداني إن القوات تقدمت، وأعلن الفيلق الرابع اقتحام البلدة.")
    assert {e.mentions[0].text for e in doc.entities if e.type == "Organization"} == {
        "الجيش الثالث الميداني", "الفيلق الرابع"}


def test_acting_is_not_a_mention_of_the_agency():
    doc = run("وقالت وكالة رويترز إن المتحدث بالوكالة رفض التعليق، وأضافت الوكالة أن الوضع هادئ.")
    agency = entity(doc, "وكالة رويترز")
    assert sorted(m.text for m in agency.mentions) == ["الوكالة", "وكالة رويترز"]


def test_forces_of_a_nominal_are_that_nominal_not_a_new_force():
    doc = run("وقال الجيش الباكستاني إن مسلحين هاجموا موقعا. وردت قوات الجيش على الهجوم.")
    army = entity(doc, "الجيش الباكستاني")
    assert any(m.nominal and m.text == "الجيش" for m in army.mentions)
    assert len([e for e in doc.entities if e.type == "Organization"]) == 1


def test_region_named_by_a_direction_keeps_it():
    doc = run("وقتل جنديان في مقاطعة جنوب زامبيزي.")
    assert entity(doc, "مقاطعة جنوب زامبيزي").type == "Place"
    doc = run("وفي ولاية جنوب كردفان، قصفت قوات الدعم السريع مدينة كادقلي.")
    assert entity(doc, "ولاية جنوب كردفان").kb_id in (None, "south-kordofan")   # not Kordofan
    assert not any(m.text == "كردفان" for e in doc.entities for m in e.mentions)


def test_unit_named_by_its_number_and_later_by_the_number_alone():
    doc = run('اندلعت اشتباكات بين قوات "جهاز دعم الاستقرار" و"اللواء 444 قتال". وأعلن اللواء 444 في بيان '
              'أنه اعتقل القيادي.')
    unit = entity(doc, "اللواء 444 قتال")
    assert unit.type == "Organization" and "اللواء 444" in [m.text for m in unit.mentions]


def test_general_command_and_military_region_are_bodies_of_their_own():
    doc = run("وقال مصدر عسكري في القيادة العامة للقوات المسلحة الأردنية إن المنطقة العسكرية الشرقية "
              "رصدت مجموعة مسلحة.")
    assert entity(doc, "القيادة العامة للقوات المسلحة الأردنية").type == "Organization"
    assert entity(doc, "المنطقة العسكرية الشرقية").type == "Organization"


def test_quoted_name_after_an_organisation_head():
    doc = run('وتبنت جماعة "أنصار الحق" الهجوم على الدورية.')
    assert entity(doc, "أنصار الحق").type == "Organization"


def test_an_indefinite_title_with_a_nisba_describes_a_leader_it_does_not_name():
    doc = run("واعتقلت الشرطة قيادي داعشي فر من السجن.")
    assert not [e for e in doc.entities if e.type == "Person" and not all(m.nominal for m in e.mentions)]


def test_a_unit_named_by_its_rank_and_arm_and_a_spokesman_past_its_owner():
    doc = run("وأكد متحدث باسم الفرقة الثالثة مدرعات التابعة للجيش السوداني سامر العبيدي أن الهجوم صُد.")
    assert entity(doc, "الفرقة الثالثة مدرعات").type == "Organization"
    assert entity(doc, "سامر العبيدي").type == "Person"
    assert not [e for e in doc.entities if any(m.text in ("مشاة", "التابع") for m in e.mentions)]
    # the arm as a definite adjective stays in the name
    doc = run("وسيطرت الفرقة السابعة المدرعة على التلال جنوبي المدينة.")
    assert entity(doc, "الفرقة السابعة المدرعة").type == "Organization"


def test_a_group_or_company_head_names_an_organisation_only_before_quotes():
    doc = run("وقال الجيش إنه استهدف مقرا لمجموعة «عرين الأسود» في نابلس، فيما انسحبت شركة «ستات أويل» "
              "من المشروع، واعتقلت مجموعة من المسلحين.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    assert {"عرين الأسود", "ستات أويل"} <= orgs
    assert not any("المسلحين" in o for o in orgs)


def test_quoted_names_after_a_place_head_are_places():
    doc = run('حاولت القوات التقدم نحو قرى "الوردة"، و"تل سلمو"، ثم قصفت قرية «الكرامة».')
    assert sorted(e.mentions[0].text for e in doc.entities if e.type == "Place") == ["الكرامة", "الوردة", "تل سلمو"]


def test_the_title_general_fused_with_li_before_a_name():
    # للواء = ل + اللواء: a general named after it, not a brigade called سامي
    doc = run("وبعث وزير الدفاع برقية تهنئة للواء سامي عبد الكريم النعيمي بمناسبة ترقيته.")
    assert entity(doc, "سامي عبد الكريم النعيمي").type == "Person"
    assert not [e for e in doc.entities if e.type == "Organization" and "لواء" in e.mentions[0].text]
    assert not [e for e in doc.entities if "برقية" in [m.text for m in e.mentions]]
    # a brigade named by one word after للواء stays a brigade
    doc = run("وانضم عشرات المقاتلين للواء فاطميون خلال العام الماضي.")
    assert entity(doc, "لواء فاطميون").type == "Organization"


def test_a_numbered_brigade_with_its_arm():
    doc = run("وقال العقيد سالم الحمادي قائد اللواء 115 مشاة إن قواته صدت الهجوم.")
    assert entity(doc, "اللواء 115 مشاة").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Person" and e.mentions[0].text == "مشاة"]


def test_an_operations_room_is_a_command():
    doc = run("وقال المتحدث باسم غرفة عمليات تحرير الرمادي إن القوات تقدمت.")
    assert entity(doc, "غرفة عمليات تحرير الرمادي").type == "Organization"
    doc = run("وأعلنت غرفة العمليات المشتركة في المحافظة رفع الحظر.")
    assert entity(doc, "غرفة العمليات المشتركة").type == "Organization"
    doc = run("وقال إن غرفة عمليات أقيمت في المبنى.")      # an operations room, no body named
    assert not [e for e in doc.entities if e.type == "Organization"]


def test_a_kunya_after_a_given_name_and_the_fathers():
    doc = run("وقتل المواطن ياسر عادل أبو ريدة برصاص الجنود عند الحاجز.")
    assert entity(doc, "ياسر عادل أبو ريدة").type == "Person"
    doc = run("وقال مصدر في غرفة عمليات «درع الساحل» إن الهجوم صُد.")
    assert entity(doc, "غرفة عمليات «درع الساحل»").type == "Organization"


def test_a_national_body_is_named_to_what_it_is_for():
    # without its complement every such body would be one "الهيئة العامة" across the corpus
    from helpers import run
    doc = run("وأشاد الوزير بدور الهيئة العامة للسياحة والتراث الوطني في دعم المشاريع. وقال رئيس "
              "اللجنة العليا للانتخابات إن النتائج ستعلن غدا.")
    names = {e.name_ar for e in doc.entities if e.type == "Organization"}
    assert names == {"الهيئة العامة للسياحة والتراث الوطني", "اللجنة العليا للانتخابات"}


def test_a_known_body_is_left_as_the_knowledge_base_has_it():
    from helpers import run
    doc = run("وافتتحت الجمعية العامة للأمم المتحدة دورتها الجديدة في نيويورك.")
    assert "un-general-assembly" in {e.kb_id for e in doc.entities}


def test_a_general_staff_is_named_with_the_forces_it_commands():
    from helpers import relations
    doc = run("ونقلت الوكالة عن رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري قوله إن العملية انتهت.")
    assert "هيئة الأركان العامة للقوات المسلحة" in {e.name_ar for e in doc.entities}
    assert ("leaderOf", "محمد باقري", "هيئة الأركان العامة للقوات المسلحة") in relations(doc)


def test_a_nisba_after_a_kunya_is_the_laqab():
    doc = run("وقال أبو حسن العسكري، القيادي في الفصيل، إن المقاتلين انسحبوا.")
    assert entity(doc, "أبو حسن العسكري").type == "Person"


def test_a_ministry_of_two_fields_joined_by_wa():
    doc = run("وقالت وزارة الزراعة والري إن جهاز الإسعاف والطوارئ نقل المصابين، فيما قالت وزارة "
              "الدفاع والجيش إنهما مستعدان.")
    assert entity(doc, "وزارة الزراعة والري").type == "Organization"
    assert entity(doc, "جهاز الإسعاف والطوارئ").type == "Organization"
    assert entity(doc, "وزارة الدفاع").type == "Organization"


def test_a_national_body_named_for_what_it_does_with_li_and_a_verbal_noun():
    doc = run("وقالت الهيئة العامة لحماية المستهلك إن الأسعار مستقرة.")
    assert entity(doc, "الهيئة العامة لحماية المستهلك").type == "Organization"


def test_a_quotation_after_a_title_is_no_quoted_name():
    doc = run('وأضاف السفير الفرنسي "دور السعودية مهم في مواجهة الإرهاب".')
    assert [e.type for e in doc.entities] == ["Place"]
    # a name in quotes after a title, the quotes closed right after it
    doc = run('وقال القائد العسكري "زهران علوش" إن قواته تقدمت.')
    assert entity(doc, "زهران علوش").type == "Person"


def test_a_body_or_a_road_named_after_a_titled_person():
    doc = run("ووقعت جامعة الأمير نايف اتفاقية للتدريب، فيما أغلق المرور طريق الملك خالد أمس.")
    assert entity(doc, "جامعة الأمير نايف").type == "Organization"
    assert entity(doc, "طريق الملك خالد").type == "Place"
    assert not [e for e in doc.entities if e.type == "Person"]


def test_through_a_titled_person_is_no_road():
    doc = run("وقال إن الأموال وصلت عن طريق الشيخ عادل الحربي.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_title_that_is_a_body_s_adjective_after_its_name_names_no_one():
    doc = run("وأضافوا أن تنظيم داعش الإرهابي يستغل صغار السن.")
    assert not [e for e in doc.entities if e.type == "Person"]
    # a title before a name is one
    doc = run("وقتل الإرهابي أبو مصعب الزرقاوي في غارة.")
    assert entity(doc, "أبو مصعب الزرقاوي").type == "Person"


def test_a_title_that_is_a_common_nouns_adjective_names_no_one():
    doc = run("وقال إن هذا العمل الإرهابي المفجع في تفجير المسجد يعد من الأعمال الشنيعة.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_noun_with_their_after_a_post_is_no_holder():
    doc = run("وأكد المشاركون والرئيس سامر العلي رئيس جمهورية جزر القمر التزامهم المشترك حيال الشراكة.")
    assert not [m for e in doc.entities for m in e.mentions if "التزامهم" in m.text]


def test_a_given_name_after_yudaa_goes_on_with_the_kunya_after_it():
    from helpers import run as _run
    doc = _run("وأصيب رجل يدعى خالد أبو طويل بجروح في ساقه.")
    names = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert names == {"خالد أبو طويل"}       # not خالد and أبو طويل, two men


def test_ihya_after_li_is_to_revive_not_neighbourhoods():
    from helpers import run as _run
    doc = _run("ودعا المجلس إلى خطة لإحياء الاقتصاد وإصلاح الطرق في المحافظة.")
    assert not any(e.type == "Place" and m.text in ("الاقتصاد", "إصلاح") for e in doc.entities for m in e.mentions)


def test_kutla_is_a_bloc_not_as_plus_a_hill():
    from helpers import run as _run
    doc = _run("ويمثل الاتحاد أكبر كتلة قارية في اللجنة التنفيذية.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_place_name_stops_before_a_mans_name_chain():
    doc = run("وحضر الحفل وكيل محافظة بارق عائض بن عبده الشهري ومدير التعليم.")
    assert entity(doc, "محافظة بارق").type == "Place"
    assert entity(doc, "عائض بن عبده الشهري").type == "Person"


def test_a_border_crossing_named_before_the_word_that_says_so():
    doc = run("وعبرت عشرون شاحنة منفذ الطوال الحدودي، فيما بقي معبر نصيب الحدودي مغلقا لليوم الثالث.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert {"منفذ الطوال الحدودي", "معبر نصيب الحدودي"} <= places
    # the one who carried out an act, and a crossing with no name, are no crossing
    doc = run("واعتقلت الشرطة منفذ الهجوم الانتحاري، وأغلقت السلطات المنفذ الحدودي.")
    assert not any(e.type == "Place" and "منفذ" in m.text for e in doc.entities for m in e.mentions)


def test_a_sites_adjective_after_a_general_bodys_name_is_the_sites():
    from helpers import run
    doc = run("وتنشر الشروط على موقع الهيئة العامة للإحصاء الإلكتروني منذ أمس.")
    assert [m.text for e in doc.entities if e.type == "Organization" for m in e.mentions] == \
        ["الهيئة العامة للإحصاء"]



def test_a_name_after_a_trade_is_a_person():
    doc = run("وافتتحت الفنانة اللبنانية نانسي الحفل بأغنية قديمة، وحضر الأمسية الفنان اللبناني مارسيل زيادة، "
              "ونفت المحامية ميخال شتاين التهم، ثم غنى المطرب العراقي كريم المهندس.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"نانسي", "مارسيل زيادة"} <= persons
    # a third word is no part of a name after a trade, nor a family name cut off
    assert "ميخال شتاين التهم" not in persons and "كريم" not in persons
    doc = run("وقال المحامي إن موكله بريء، وأشاد الكاتب بالرواية.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_verb_or_a_noun_with_a_pronoun_after_a_place_head_is_no_name():
    doc = run("وهذه ثاني مدينة يخسرها التنظيم في الشمال خلال شهر، بعد أن سيطر الجيش على مدينة بنها.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert "بنها" in places and not [p for p in places if "يخسرها" in p]
