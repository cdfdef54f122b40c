"""Generic actors and a state's security bodies, one entity however worded (kg/linking_generic.py)."""


def test_a_states_security_body_with_or_without_forces_and_in_either_gender_is_one_entity():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import run

    doc = run("وقالت قوات الأمن الأفغانية إن مسلحين هاجموا حاجزا، وأضاف مسؤول أن الأمن الأفغاني "
              "رد على الهجوم، فيما قالت الشرطة الباكستانية إنها أغلقت المعبر.")
    groups = sorted(sorted(m.text for m in e.mentions) for e in doc.entities if e.type == "Organization")
    assert ["الأمن الأفغاني", "قوات الأمن الأفغانية"] in groups
    assert ["الشرطة الباكستانية"] in groups
