"""Groups and bodies named by whom they follow or what they fight for (kg/mentions_groups.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def _named(doc, type_):
    return {m.text for e in doc.entities if e.type == type_ for m in e.mentions if not m.nominal}


def _spans(rule, text):
    from kg.segment import segment
    s = segment(text)[0]
    return [" ".join(s.norms[i:j]) for i, j, *_ in rule(s.tokens, s.norms, set())]


# --- spokesman_body_spans

def test_a_spokesmans_body_named_by_a_head_and_adjectives():
    doc = run("وأكد المتحدث باسم الجبهة الشمالية سامر حداد أن قواته تقدمت فجرا.")
    assert "الجبهة الشمالية" in _named(doc, "Organization")
    assert "سامر حداد" in _named(doc, "Person")


def test_a_spokesmans_body_owned_by_another_keeps_its_owner():
    from kg.mentions_groups import spokesman_body_spans
    assert _spans(spokesman_body_spans, "وقال الناطق باسم الهيئة العليا للدفاع المدني إن الحريق أخمد.") \
        == ["الهيئه العليا للدفاع المدني"]


def test_a_title_after_the_body_is_not_its_adjective():
    from kg.mentions_groups import spokesman_body_spans
    assert _spans(spokesman_body_spans, "وقال المتحدث باسم الجيش الكولونيل جون سميث إن الوضع هادئ.") == []


# --- leader_force_spans

def test_forces_and_a_militia_named_by_their_leader():
    doc = run("واشتبكت قوات زيدان مع ميليشيا المخلوع مرعي قرب الميناء.")
    orgs = _named(doc, "Organization")
    assert "قوات زيدان" in orgs
    assert "ميليشيا المخلوع مرعي" in orgs


def test_a_deposed_leader_may_go_unnamed():
    doc = run("وانسحبت قوات المخلوع من المدينة.")
    assert "قوات المخلوع" in _named(doc, "Organization")


def test_forces_described_by_an_adjective_are_not_named_by_a_leader():
    from kg.mentions_groups import leader_force_spans
    assert _spans(leader_force_spans, "وأرسلت الحكومة قوات كبيرة ومليشيات مسلحة إلى الحدود.") == []


# --- liberation_front_spans

def test_a_front_for_the_liberation_of_a_land():
    doc = run("وتبنت جبهة تحرير أزواد الكبرى الهجوم، ونفت حركة إنقاذ الجنوب الوطنية أي صلة لها به.")
    orgs = _named(doc, "Organization")
    assert "جبهة تحرير أزواد الكبرى" in orgs
    assert "حركة إنقاذ الجنوب الوطنية" in orgs


def test_liberating_a_town_is_no_front():
    from kg.mentions_groups import liberation_front_spans
    # no cause head before the verbal noun: the army's battle to free a town
    assert _spans(liberation_front_spans, "وبدأت معركة تحرير الرمادي بعد أن أعلن الجيش تحرير المدينة.") == []


# --- self_named_group_spans

def test_the_quoted_name_a_group_calls_itself():
    doc = run('وقالت جماعة تطلق على نفسها اسم "جند الفجر" إنها نفذت الهجوم، وتبنت مجموعة تدعى «أحرار الوادي» آخر.')
    orgs = _named(doc, "Organization")
    assert {"جند الفجر", "أحرار الوادي"} <= orgs


def test_a_quoted_name_with_no_group_before_it_is_no_group():
    from kg.mentions_groups import self_named_group_spans
    assert _spans(self_named_group_spans, 'وقال الرجل إن ابنه يسمى "سامي الصغير" منذ ولادته.') == []
    # the title of a group's video
    assert _spans(self_named_group_spans, 'وبث التنظيم شريطا تحت اسم «رسائل الصحراء» أمس.') == []


# --- quoted_province_groups: a group's "province" brand

def test_a_quoted_province_is_a_groups_branch_and_a_real_one_a_place():
    doc = run('وتبنى التنظيم الهجوم في بيان حمل توقيع «ولاية البحيرات»، وقال إن منفذه من ولاية قونية.')
    types = {m.text: e.type for e in doc.entities for m in e.mentions}
    assert types["ولاية البحيرات"] == "Organization" and types["ولاية قونية"] == "Place"
    # a quote that holds more than the province
    doc = run('وقال المحافظ: "نحن في ولاية قونية" ولا خطر فيها.')
    assert {e.type for e in doc.entities if any(m.text == "ولاية قونية" for m in e.mentions)} == {"Place"}


# --- named_network_spans: a network named after its family

def test_a_network_named_after_a_family_is_an_organisation():
    doc = run("وقال المسؤول إن شبكة بلوشي تقف وراء الهجوم، وفككت الشرطة شبكة تهريب وشبكة اتصالات.")
    assert _named(doc, "Organization") >= {"شبكة بلوشي"}
    assert not any("تهريب" in n or "اتصالات" in n for n in _named(doc, "Organization"))
    assert "بلوشي" not in _named(doc, "Person")


# --- bare_group_names: "تنظيم X" also named X

def test_bare_group_names_of_a_group_written_with_its_head():
    from kg.jsonl import document_to_record
    doc = run("وتبنى تنظيم الفرسان الهجوم، فيما نفت حركة «الأحرار» علاقتها، وقال حزب الله إن.")
    names = [e["mentions"] for e in document_to_record(doc)["entities"] if e["type"] == "Organization"]
    assert ["تنظيم الفرسان", "الفرسان"] in names
    assert any("الأحرار" in n for n in names)
    assert not any("الله" in n for n in names)       # حزب is no such head


def test_a_group_names_itself_without_quotes():
    doc = run("وأعلنت مجموعة تدعى رجال الفجر مسؤوليتها عن تفجير خط الغاز.")
    assert entity(doc, "رجال الفجر").type == "Organization"
    doc = run("وتبنى تنظيم يطلق على نفسه اسم جند الرحمن في بلاد الرافدين الهجوم.")
    assert entity(doc, "جند الرحمن").type == "Organization"
    doc = run("وظهرت حركة جديدة تسمي نفسها درع الثورة في الجنوب.")
    assert entity(doc, "درع الثورة").type == "Organization"
    # a man called so is no group; a book "under the name" is no group either
    doc = run("وأصدرت الجماعة كتابا تحت اسم فقه المعارك.")
    assert not [e for e in doc.entities if e.type == "Organization" and "فقه" in e.mentions[0].text]
    # "نفسها" for "the same" is no naming
    doc = run("وقتل عنصران من مجموعة فاغنر في المنطقة نفسها نهاية الشهر الماضي.")
    assert not [e for e in doc.entities if e.type == "Organization" and "نهاية" in e.mentions[0].text]
    # a man of the group called so is a man
    doc = run("وقتل قيادي في الجماعة يدعى سالم عوض الحربي في الاشتباكات.")
    assert entity(doc, "سالم عوض الحربي").type == "Person"


def test_a_quoted_province_whose_town_was_found_alone_is_the_group():
    doc = run("وقتل أبو بكر الحمصي، والي ما يعرف بـ«ولاية حمص»، في غارة قرب مدينة تدمر.")
    assert any(e.type == "Organization" and m.text == "ولاية حمص" for e in doc.entities for m in e.mentions)
    assert not any(e.type == "Place" and m.text == "حمص" for e in doc.entities for m in e.mentions)
