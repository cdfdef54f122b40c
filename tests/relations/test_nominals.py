"""Relations: posts and members told with a head noun for a body named before
(kg/relations/nominals.py), each on a small text of its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import relations, run  # noqa: E402


def test_head_of_the_province_named_before():
    rels = relations(run("وصل وفد من ولاية جوبالاند إلى المدينة. وقال رئيس الولاية سعيد عمر حسن إن الوضع هادئ."))
    assert ("leaderOf", "سعيد عمر حسن", "ولاية جوبالاند") in rels


def test_director_of_the_observatory_named_before():
    rels = relations(run("وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة. "
                         "وقال مدير المرصد كريم ناصر الحلبي إن العدد مرشح للارتفاع."))
    assert any(r[0] == "leaderOf" and r[1] == "كريم ناصر الحلبي" and r[2].startswith("المرصد السوري")
               for r in rels)


def test_member_of_the_front_named_before():
    rels = relations(run("وسيطرت جبهة النصرة على البلدة أمس. وظهر القيادي في الجبهة أبو خالد الحلبي في تسجيل مصور."))
    assert ("memberOf", "أبو خالد الحلبي", "جبهة النصرة") in rels


def test_minister_of_the_region_named_before():
    rels = relations(run("وانفجرت سيارة مفخخة في إقليم بلوشستان. "
                         "وقال وزير داخلية الإقليم مير أحمد خان إن الانتحاري قتل."))
    assert any(r[0] == "positionIn" and r[1].startswith("مير أحمد") and r[2].endswith("بلوشستان") for r in rels)


def test_another_body_of_the_same_kind_is_not_the_one_named_before():
    # "المجلس البلدي": an adjective after the noun makes it another council
    rels = relations(run("واجتمع مجلس محافظة نينوى أمس. وقال رئيس المجلس البلدي سامر علي حسين إن الخدمات تحسنت."))
    assert not any(r[1].startswith("سامر") and r[2] == "مجلس محافظة نينوى" for r in rels)


def test_no_body_named_before_no_relation():
    rels = relations(run("وقال رئيس الولاية سعيد عمر حسن إن الوضع هادئ. ثم وصل وفد من ولاية جوبالاند."))
    assert not any(r[1] == "سعيد عمر حسن" for r in rels)


def test_the_head_noun_may_stand_outside_the_name_before_it():
    # "بولاية X": the name is X alone; "الولاية" still refers back to it
    rels = relations(run("وسقطت قذائف بولاية شانلي أورفا، بحسب ما أعلن والي الولاية مصطفى يلماز."))
    assert any(r[0] == "leaderOf" and r[1] == "مصطفى يلماز" and "أورفا" in r[2] for r in rels)
