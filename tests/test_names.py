"""The shipped personal-name lexicons (kg/names.py, kg/ner/data/names_*)."""
from kg import names


def test_lexicons_hold_names_not_common_words():
    assert "ماهر" in names.given_names() and "احمد" in names.given_names()
    assert "مدينه" not in names.given_names() and "بيت" not in names.given_names()
    assert "الدليمي" in names.family_names()
    assert "حزب الله" not in names.given_names()       # a two-word unit needs a name particle


def test_full_names_carry_a_latin_spelling():
    assert names.latin_of("بشار الاسد") == "Bashar al-Assad"
    assert "بشار" in names.full_name_starts()


def test_licence_names_the_sources():
    text = (names.DATA / "LICENSE.txt").read_text(encoding="utf-8")
    assert "names_full.tsv.gz" in text and "Wikidata" in text and "CC0" in text


def test_after_given_name():
    assert names.after_given_name(["قتل", "سليمان", "الاسد"], 2)
    assert not names.after_given_name(["قال", "الرئيس", "الاسد"], 2)
    assert not names.after_given_name(["الاسد"], 0)


def test_common_given_names_wikidata_lists_only_as_family_names_start_a_name():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import entity, run
    doc = run("وقال آدم يوسف الحمدي، أحد سكان القرية، إن المسلحين فروا باتجاه الجبال.")
    assert entity(doc, "آدم يوسف الحمدي").type == "Person"
    doc = run("وأوضح مبارك بن سالم العوبثاني أن الطريق قطع منذ يومين.")
    assert entity(doc, "مبارك بن سالم العوبثاني").type == "Person"
    assert "جمعه" not in names.given_names()       # a day of the week: not added


def test_abd_names_written_joined_are_given_names_and_start_a_name():
    from kg.names import given_names
    assert {"عبدالله", "عبدالعزيز", "عبدالرحمن"} <= given_names()
    from helpers import run
    doc = run("وقال عبدالله بن سعد الحربي إن عبدالعزيز بن فهد العتيبي سيتولى الملف.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"عبدالله بن سعد الحربي", "عبدالعزيز بن فهد العتيبي"} <= persons


def test_western_given_names_in_agency_spelling_start_a_name_after_any_verb():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import entity, run
    doc = run("من جهته، انتقد جيسون ماركهام، مستشار الحكومة البريطانية، خطة الانسحاب.")
    assert entity(doc, "جيسون ماركهام").type == "Person"
    doc = run("في المقابل، دافع كيفن هاريسون، مستشار الوزير، عن قرار إغلاق المعبر أمام الشاحنات.")
    assert entity(doc, "كيفن هاريسون").type == "Person"
    assert "ليف" not in names.given_names()          # a fibre: not added
