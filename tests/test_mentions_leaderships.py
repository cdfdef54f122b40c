"""The leadership or management of a body is the body (kg/mentions_leaderships.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def _orgs(text):
    doc = run(text)
    return [[m.text for m in e.mentions] for e in doc.entities if e.type == "Organization"]


def test_the_leadership_of_a_body_named_by_a_common_noun_is_no_second_body():
    orgs = _orgs("وانتشر الجيش الأردني في المدينة، وقالت قيادة الجيش إن رئاسة الحكومة وافقت على الخطة.")
    assert not any(n.startswith(("قيادة", "رئاسة")) for e in orgs for n in e)


def test_the_leadership_of_a_named_body_is_that_body():
    orgs = _orgs("وهاجمت «كتائب النصر» مواقع الجيش، وقالت قيادة كتائب النصر إن الهجوم انتهى.")
    assert len([e for e in orgs if "كتائب النصر" in e]) == 1
    assert not any(e == ["قيادة كتائب النصر"] for e in orgs)


def test_commands_named_with_a_leadership_head_stay():
    orgs = _orgs("وأعلنت قيادة عمليات البصرة ورئاسة الأركان العامة انتهاء العملية.")
    names = {n for e in orgs for n in e}
    assert {"قيادة عمليات البصرة", "رئاسة الأركان العامة"} <= names


def test_running_a_land_is_an_act_not_its_leadership():
    from kg.mentions_leaderships import leadership_mentions
    from kg.model import Mention
    text = "وكلف المجلس نائبه بإدارة المحافظة، وجرت انتخابات رئاسة الولاية."
    a = text.index("إدارة المحافظة")
    b = text.index("رئاسة الولاية")
    ms = [Mention(a, a + len("إدارة المحافظة"), "إدارة المحافظة", "Organization"),
          Mention(b, b + len("رئاسة الولاية"), "رئاسة الولاية", "Organization")]
    assert [m.text for m in leadership_mentions(ms, text)] == ["إدارة المحافظة"]
