"""Relations: affiliation (kg/relations/affiliation.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_affiliation():
    rels = relations(run("قالت الشرطة إن الشيخ ماهر الدباغ المقرب من حزب الله غادر البلاد."))
    assert ("affiliatedWith", "ماهر الدباغ", "حزب الله") in rels


def test_group_backed_by_or_allied_with():
    rels = relations(run("هاجمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة مواقع للتنظيم."))
    assert ("affiliatedWith", "قوات سوريا الديمقراطية", "الولايات المتحدة") in rels
    rels = relations(run("قاتل عناصر حركة الشباب المتحالفة مع تنظيم القاعدة."))
    assert ("affiliatedWith", "حركة الشباب", "تنظيم القاعدة") in rels


def test_allegiance_to_a_group_is_an_affiliation():
    doc = run('وتبنت جماعة "أنصار الحق"، المبايعة لتنظيم الدولة الإسلامية، الهجوم.')
    assert ("affiliatedWith", "أنصار الحق", "تنظيم الدولة الإسلامية") in relations(doc)
