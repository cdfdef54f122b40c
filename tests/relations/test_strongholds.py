"""Relations: a place as a group's stronghold (kg/relations/strongholds.py), on sentences of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import entity, relations, run  # noqa: E402


def test_stronghold_in_a_country():
    assert ("locatedIn", "مدينة الرقة", "سوريا") in relations(
        run("وقصفت الطائرات مدينة الرقة، معقل التنظيم في سوريا."))


def test_stronghold_of_a_named_group_in_a_direction_of_a_country():
    doc = run("وقصف التحالف مواقع في مدينة صعدة، معقل الحوثيين في شمال اليمن.")
    assert ("locatedIn", entity(doc, "صعدة").id, entity(doc, "اليمن").id) in {
        (r.type, r.head, r.tail) for r in doc.relations}


def test_no_stronghold_without_the_apposition_comma():
    # the group's stronghold is told of, not a place set off beside it
    rels = relations(run("وقالت الشرطة إن الرقة كانت معقل التنظيم في سوريا."))
    assert not any(r[0] == "locatedIn" and r[1] == "الرقة" for r in rels)


def test_district_stronghold_in_a_city_after_a_closing_quote():
    rels = relations(run("قال الوزير إن القوات «أنهت تطهير حي النزال»، آخر معاقل التنظيم في مدينة الفلوجة."))
    assert ("locatedIn", "حي النزال", "مدينة الفلوجة") in rels


def test_city_is_no_stronghold_inside_another_city():
    rels = relations(run("سيطرت القوات على مدينة الميادين، آخر معاقل التنظيم في مدينة دير الزور."))
    assert not any(r[0] == "locatedIn" and r[1] == "مدينة الميادين" for r in rels)


def test_stronghold_with_a_bare_direction_before_the_container():
    rels = relations(run("وقالت مصادر في مدينة الرقة، معقل تنظيم داعش شمال سوريا، إن الطيران قصف المدينة."))
    assert ("locatedIn", "مدينة الرقة", "سوريا") in rels or ("locatedIn", "الرقة", "سوريا") in rels
