"""Relations: belonging to a group (kg/relations/belonging.py), each on a small sentence of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_belonging_to_a_group_after_the_name():
    rels = relations(run("واعتقلت القوات خالد منصور الذي ينتمي إلى حركة الشباب في مقديشو."))
    assert ("memberOf", "خالد منصور", "حركة الشباب") in rels


def test_belonging_with_the_preposition_glued():
    rels = relations(run("ونقل المعتقل، وهو سامي فرج، المنتمي لتنظيم القاعدة إلى السجن."))
    assert ("memberOf", "سامي فرج", "تنظيم القاعدة") in rels


def test_belonging_to_a_place_is_no_membership():
    rels = relations(run("وقتل خالد منصور المنتمي إلى مدينة حمص في الاشتباكات."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_enrolled_in_a_group():
    rels = relations(run("واعتقلت الشرطة سامر خليل، المنتسب إلى تنظيم داعش، في الموصل."))
    assert ("memberOf", "سامر خليل", "تنظيم داعش") in rels


def test_belonging_told_past_a_description_set_off_by_commas():
    rels = relations(run("واعتقلت الشرطة سامي العلي، منفذ الهجوم على المطعم، الذي ينتمي إلى تنظيم داعش."))
    assert ("memberOf", "سامي العلي", "تنظيم داعش") in rels
