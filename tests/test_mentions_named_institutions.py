"""Hospitals named to their kind and local councils (kg/mentions_named_institutions.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_hospitals_name_runs_to_its_kind_and_holds_a_body():
    doc = run("ونقل المصابون إلى مستشفى جامعة الموصل التعليمي وإلى مستشفى هيئة الحديدة العام.")
    assert entity(doc, "مستشفى جامعة الموصل التعليمي").type == "Place"
    assert entity(doc, "مستشفى هيئة الحديدة العام").type == "Place"
    assert not [e for e in doc.entities if e.type == "Organization"]


def test_a_medical_centre_before_its_directors_name():
    doc = run("وقال مدير مركز مرزق الطبي حسن الكيلاني إن المركز استقبل جريحين.")
    assert entity(doc, "مركز مرزق الطبي").type == "Place"
    assert entity(doc, "حسن الكيلاني").type == "Person"


def test_local_councils_named_for_their_town():
    doc = run("وأعلن المجلس البلدي بنغازي الحداد ثلاثة أيام، وطالب المجلس المحلي لمدينة الزنتان بالتحقيق.")
    assert entity(doc, "المجلس البلدي بنغازي").type == "Organization"
    assert entity(doc, "المجلس المحلي لمدينة الزنتان").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_field_hospital_is_no_name():
    doc = run("وأقام الهلال الأحمر مستشفى ميدانيا قرب الحدود.")
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_mission_named_for_the_country_it_serves():
    doc = run("وحذرت البعثة الأممية في العراق من تصاعد العنف.")
    assert entity(doc, "البعثة الأممية في العراق").type == "Organization"
    assert not [e for e in doc.entities if e.type == "Place"]


def test_a_hospital_named_by_its_university_is_one_place():
    doc = run("ونقلت سيارات الإسعاف الجرحى إلى مستشفى جامعة دجلة في المدينة.")
    assert entity(doc, "مستشفى جامعة دجلة").type == "Place"
    assert not [e for e in doc.entities if e.type == "Organization"]    # no university of its own


def test_a_mission_named_by_its_sender_alone_is_an_organisation():
    doc = run("وطالبت الحكومة البعثة الأوروبية بتمديد عملها ستة أشهر.")
    assert any(m.text == "البعثة الأوروبية" for e in doc.entities if e.type == "Organization" for m in e.mentions)


def test_an_election_commission_named_by_its_rank():
    doc = run("وأكدت الهيئة الوطنية المستقلة للانتخابات أن فرز الأصوات سينتهي غدا، فيما قالت "
              "المفوضية العليا للانتخابات التشريعية إن المشاركة بلغت 40 في المئة.")
    assert entity(doc, "الهيئة الوطنية المستقلة للانتخابات").type == "Organization"
    assert entity(doc, "المفوضية العليا للانتخابات التشريعية").type == "Organization"


def test_a_local_election_committee_or_a_bare_committee_is_no_commission():
    doc = run("وبدأت اللجنة المحلية للانتخابات استقبال الطعون، ودعت اللجنة للانتخابات المبكرة.")
    assert not [e for e in doc.entities if e.type == "Organization"]
