"""Bodies named for a place: one organisation, no place mention inside (kg/mentions_place_bodies.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_an_operations_command_named_by_its_place_after_its_commander():
    doc = run("وقال قائد عمليات بغداد اللواء سامي الجبوري إن القوات اعتقلت عشرة مطلوبين في بغداد.")
    assert entity(doc, "عمليات بغداد").type == "Organization"
    assert entity(doc, "بغداد").type == "Place"
    doc = run("وأعلن المتحدث باسم عمليات تحرير نينوى أن القوات تقدمت.")
    assert entity(doc, "عمليات تحرير نينوى").type == "Organization"
    # operations in a place, with no commander: the place alone
    doc = run("واستمرت عمليات الإغاثة وعمليات البحث في بغداد.")
    assert [e.type for e in doc.entities] == ["Place"]


def test_unit_named_after_a_known_place_is_an_organisation_not_the_place():
    doc = run("وقالت كتيبة جنين إن مقاتليها فجروا عبوة، فيما قاتل عناصر من فيلق الشام في حلب.")
    assert entity(doc, "كتيبة جنين").type == "Organization"
    assert entity(doc, "فيلق الشام").type == "Organization"
    assert not any(m.text == "جنين" for e in doc.entities for m in e.mentions)


def test_body_whose_construct_chain_ends_in_a_known_place():
    doc = run("وقالت قيادة عمليات الأنبار إن مديرية شرطة كركوك شاركت في العملية.")
    assert entity(doc, "قيادة عمليات الأنبار").type == "Organization"
    assert entity(doc, "مديرية شرطة كركوك").type == "Organization"


def test_a_places_police_is_an_organisation():
    doc = run("أعلنت قوات الدراويش في ولاية بونتلاند مقتل مسلحين. واعتقلت شرطة بونتلاند خمسة أشخاص.")
    assert entity(doc, "شرطة بونتلاند").type == "Organization"
    assert entity(run("واعتقلت شرطة كركوك خمسة أشخاص."), "شرطة كركوك").type == "Organization"


def test_a_body_whose_name_holds_a_known_place_is_one_organisation():
    doc = run("وسيطر مجلس الرقة العسكري على القرية، وقالت قوات حماية عدن إن مجلس شورى ثوار الموصل "
              "انسحب، وأصدرت محكمة جنايات البصرة الاتحادية حكما.")
    for name in ("مجلس الرقة العسكري", "قوات حماية عدن", "مجلس شورى ثوار الموصل",
                 "محكمة جنايات البصرة الاتحادية"):
        assert entity(doc, name).type == "Organization", name
    doc = run("وشاركت قوة دفاع الكويت في المناورات.")
    assert entity(doc, "قوة دفاع الكويت").type == "Organization"


def test_an_agency_university_or_operations_room_named_with_a_place_is_one_organisation():
    doc = run("وبثت وكالة نواكشوط للأنباء التسجيل، وأفاد مصدر لوكالة تونس أفريقيا للأنباء بأن طلابا من "
              "جامعة كراتشي خطفوا على أيدي مسلحين تابعين لغرفة عمليات ثوار ليبيا.")
    for name in ("وكالة نواكشوط للأنباء", "وكالة تونس أفريقيا للأنباء", "جامعة كراتشي", "غرفة عمليات ثوار ليبيا"):
        assert entity(doc, name).type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_an_army_and_a_radio_named_for_a_known_place_after_a_common_noun():
    doc = run("وقال جيش تحرير السودان إنه صد هجوما، بحسب ما نقلت إذاعة صوت ألمانيا.")
    assert entity(doc, "جيش تحرير السودان").type == "Organization"
    assert entity(doc, "إذاعة صوت ألمانيا").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_mission_or_a_council_named_for_the_place_it_is_in_is_one_organisation():
    doc = run("ورحبت بعثة الأمم المتحدة للمساعدة في العراق بالاتفاق، فيما أعلن المجلس العسكري في "
              "الزاوية النفير العام.")
    assert entity(doc, "بعثة الأمم المتحدة للمساعدة في العراق").type == "Organization"
    assert entity(doc, "المجلس العسكري في الزاوية").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]
    doc = run("وقالت الأمم المتحدة في بيان إن بعثة طبية وصلت إلى العراق.")
    assert entity(doc, "العراق").type == "Place"


def test_a_guild_named_for_its_members_and_its_country():
    doc = run("وقالت نقابة أطباء اليمن إن اتحاد عمال تونس تضامن معها.")
    assert entity(doc, "نقابة أطباء اليمن").type == "Organization"
    assert entity(doc, "اتحاد عمال تونس").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_party_named_for_its_country():
    doc = run("وانتقد حزب قلب تونس قرار الحكومة.")
    assert entity(doc, "حزب قلب تونس").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_council_in_a_country_leaves_the_country_named():
    doc = run("وقال المجلس العسكري في السودان إن المفاوضات مستمرة.")
    assert entity(doc, "السودان").type == "Place"


def test_a_bank_named_for_its_country_is_one_organisation():
    doc = run("وقال مصرف سوريا المركزي إن الليرة استقرت، فيما أضاف الجيش أهدافا إلى بنك الأهداف.")
    assert entity(doc, "مصرف سوريا المركزي").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]
    assert not [m.text for e in doc.entities for m in e.mentions if "الأهداف" in m.text]


def test_a_mission_named_for_the_country_it_helps_is_one_organisation():
    doc = run("وأدانت بعثة الأمم المتحدة لمساعدة العراق التفجير الذي ضرب سوقا شعبية.")
    assert entity(doc, "بعثة الأمم المتحدة لمساعدة العراق").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]    # العراق only inside its name


def test_a_chamber_and_a_company_named_for_a_known_place():
    # a chamber named for its town; a company named for a place with its trade after it
    doc = run("ووقعت غرفة جدة مذكرة تفاهم مع شركة الرياض للتعمير وشركة القصيم الزراعية لتطوير السوق.")
    assert entity(doc, "غرفة جدة").type == "Organization"
    assert entity(doc, "شركة الرياض للتعمير").type == "Organization"
    assert entity(doc, "شركة القصيم الزراعية").type == "Organization"
    assert not any(m.text in ("جدة", "الرياض") for e in doc.entities for m in e.mentions)
    # "شركة X" with nothing after it: a company in the place, the place a mention of its own
    doc = run("وافتتحت شركة في الرياض فرعا لها، فيما تعمل شركة جدة منذ عامين.")
    assert entity(doc, "الرياض").type == "Place"
    assert entity(doc, "جدة").type == "Place"


def test_a_regions_principality_and_a_municipality_named_for_their_place():
    doc = run("وقال وكيل إمارة منطقة الرياض إن أمانة منطقة الرياض وأمانة جدة ستنفذان المشروع.")
    for name in ("إمارة منطقة الرياض", "أمانة منطقة الرياض", "أمانة جدة"):
        assert entity(doc, name).type == "Organization"
    # an emirate named bare is the place itself
    doc = run("ووصل الوفد إلى إمارة دبي قادما من الرياض.")
    assert not any(e.type == "Organization" for e in doc.entities)


def test_a_regions_or_a_towns_passports_directorate_named_for_its_place():
    doc = run("وقال مدير جوازات منطقة حائل إن جوازات القصيم وجوازات جدة مددت ساعات العمل، "
              "فيما أعلنت إمارة منطقة جازان افتتاح مركز جديد.")
    for name in ("جوازات منطقة حائل", "جوازات القصيم", "جوازات جدة", "إمارة منطقة جازان"):
        assert entity(doc, name).type == "Organization"
    assert not any(e.type == "Place" for e in doc.entities)
    # passports of a country are no body: the country stays a place
    doc = run("وضبطت الشرطة في المطار جوازات سورية مزورة مع مسافر قادم من بيروت.")
    assert not any(e.type == "Organization" for e in doc.entities)


def test_a_states_embassy_or_consulate_named_by_the_state():
    doc = run("وأعلنت سفارة الكويت لدى الأردن تعليق التأشيرات، وقالت قنصلية تركيا في أربيل إن الرحلات مستمرة.")
    assert entity(doc, "سفارة الكويت لدى الأردن").type == "Organization"
    assert entity(doc, "قنصلية تركيا في أربيل").type == "Organization"
    assert not any(e.type == "Place" for e in doc.entities)
    # the embassy with the article, a country after it: no state's mission named by it
    doc = run("وتظاهر محتجون أمام السفارة في الأردن.")
    assert entity(doc, "الأردن").type == "Place"


def test_a_states_government_named_by_the_state_is_a_body():
    doc = run("وأعلنت حكومة الصومال أمس استعادة البلدة، فيما عبر شعب وحكومة الكويت عن التضامن.")
    assert entity(doc, "حكومة الصومال").type == "Organization"
    assert not any(m.text == "الصومال" for e in doc.entities for m in e.mentions)
    # the people and the government of a state: the state named for both
    assert entity(doc, "الكويت").type == "Place"


def test_a_region_s_passports_office_is_a_body_and_its_director_leads_it():
    from helpers import relations
    doc = run("وقال مدير جوازات منطقة تبوك العميد فهد العنزي إن المكاتب تستقبل المراجعين يوميا.")
    assert entity(doc, "جوازات منطقة تبوك").type == "Organization"
    assert ("leaderOf", "فهد العنزي", "جوازات منطقة تبوك") in relations(doc)
    doc = run("وأوضح الناطق الإعلامي بجوازات القصيم الرائد سالم الشمري أن العمل مستمر.")
    assert entity(doc, "جوازات القصيم").type == "Organization"
    # before a country the word is the travel documents, no office
    doc = run("وضبطت الدورية جوازات سوريا مزورة في حقيبة.")
    assert not any(e.type == "Organization" for e in doc.entities)


def test_a_body_named_for_a_place_after_the_preposition_bi():
    doc = run("وعمل أستاذا بجامعة دمشق عشرين عاما، ثم انتخب عضوا بمجلس محافظة البصرة، "
              "وشارك في وفد برئاسة بغداد.")
    orgs = {m.text for e in doc.entities if e.type == "Organization" for m in e.mentions}
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert {"جامعة دمشق", "مجلس محافظة البصرة"} <= orgs and "دمشق" not in places
    assert "بغداد" in places     # "headed by" X names no body
