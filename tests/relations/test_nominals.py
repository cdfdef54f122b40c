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


def test_official_spokesperson_of_a_body_named_before_by_its_head_noun():
    rels = relations(run("وأعلن المجلس الانتقالي الجنوبي سيطرته على المدينة. وقال الناطق الرسمي باسم المجلس، "
                         "سالم ثابت العولقي، إن القوات تقدمت."))
    assert ("spokespersonOf", "سالم ثابت العولقي", "المجلس الانتقالي الجنوبي") in rels


def test_joining_a_body_named_before_by_its_head_noun():
    rels = relations(run("وتأسس المجلس الانتقالي الجنوبي الشهر الماضي. وأعلن محافظ حضرموت أحمد سعيد بن بريك "
                         "انضمامه إلى المجلس في اتصال هاتفي."))
    assert ("memberOf", "أحمد سعيد بن بريك", "المجلس الانتقالي الجنوبي") in rels
    # no such body named before: nobody joins it
    rels = relations(run("وأعلن محافظ حضرموت أحمد سعيد بن بريك انضمامه إلى المجلس في اتصال هاتفي."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_a_wing_of_a_body_named_before_by_its_head_noun():
    rels = relations(run("وقال التيار الصدري إن سرايا السلام، الجناح العسكري للتيار، ستنسحب."))
    assert ("partOf", "سرايا السلام", "التيار الصدري") in rels


def test_member_of_a_group_named_later_without_its_head():
    rels = relations(run("وتنشط حركة الشباب في الجنوب. وقال القيادي في الشباب حسن طاهر إن الهجوم نجح."))
    assert ("memberOf", "حسن طاهر", "حركة الشباب") in rels
    # no such group named: the youth are nobody's body
    rels = relations(run("وتنشط حركة النهضة في الجنوب. وقال القيادي في الشباب حسن طاهر إن الهجوم نجح."))
    assert not any(r[0] == "memberOf" for r in rels)


def test_a_country_adjective_after_the_post_names_another_countrys_body():
    # "وزير الخارجية الإماراتي" is the Emirati minister, not one of the Egyptian ministry named before
    rels = relations(run("وأدانت الخارجية المصرية الهجوم. وقال عبد الله بن زايد، وزير الخارجية الإماراتي، إن بلاده تتضامن."))
    assert not any(r[1].startswith("عبد الله بن زايد") and "المصرية" in r[2] for r in rels)
    rels = relations(run("وأدانت الخارجية المصرية الهجوم. وقال سامح شكري، وزير الخارجية المصري، إن بلاده تتضامن."))
    assert any(r[0] == "positionIn" and r[1] == "سامح شكري" and "المصرية" in r[2] for r in rels)


def test_the_head_left_out_before_a_name_is_the_last_word_before_its_marks():
    """_head_before reads back from the name: white space, quotes and a bracket, then the word
    (within 30 characters), as the expression (\\w+)[\\s«»"“”(]*$ finds it."""
    import re
    from kg.relations.nominals import _head_before
    from kg.lexicon import strip_clitics
    from kg.normalize import norm
    from kg.relations.nominals import LEFT_OUT_HEADS
    text = 'سيطر مقاتلو تنظيم «الفجر» على بلدة  "الوادي" ثم دخلوا بولاية (النهر) وحي_الشهداء،  قريةَ السهل'
    pattern = re.compile(r"(\w+)[\s«»\"“”(]*$")

    def by_pattern(start):
        found = pattern.search(text, max(0, start - 30), start)
        if found is None:
            return None
        return next((st for _, st in strip_clitics(norm(found.group(1))) if st in LEFT_OUT_HEADS), None)

    assert [by_pattern(k) for k in range(len(text) + 1)] == [_head_before(text, k) for k in range(len(text) + 1)]
    assert _head_before(text, text.index("الفجر")) == norm("تنظيم")
    assert _head_before(text, text.index("النهر")) == norm("ولاية")
    assert _head_before(text, text.index("الوادي")) == norm("بلدة")
    assert _head_before(text, text.index("السهل")) is None     # a diacritic is no word character


def test_minister_leads_the_ministry_the_article_names():
    rels = relations(run("وأعلنت وزارة الداخلية اعتقال خمسة أشخاص. ويأتي ذلك بعد تصريحات لوزير الداخلية الأمير "
                         "سامر الخطيب أكد فيها أن التحقيق مستمر."))
    assert ("leaderOf", "سامر الخطيب", "وزارة الداخلية") in rels
    rels = relations(run("وأعلنت وزارة الداخلية اعتقال خمسة أشخاص. وقال وزير الداخلية العراقي سامر الخطيب إن "
                         "التحقيق مستمر."))
    assert ("leaderOf", "سامر الخطيب", "وزارة الداخلية") not in rels
    rels = relations(run("وأعلنت وزارة الداخلية اعتقال خمسة أشخاص. والتقى الرئيس سالم الورفلي ووزير الداخلية "
                         "سامر الخطيب بالوفد."))
    assert ("leaderOf", "سامر الخطيب", "وزارة الداخلية") not in rels


def test_official_of_a_department_of_the_institution_named_before():
    text = ("وصلت طائرة مركز الأمير فيصل للإغاثة إلى عدن. وقال مدير الإمداد والتموين بالمركز الدكتور "
            "سامي العلي إن الرحلات ستتواصل.")
    assert ("positionIn", "سامي العلي", "مركز الأمير فيصل للإغاثة") in relations(run(text))
    # an armed group's official is its member, not the holder of a post in it
    rels = relations(run("أعلنت حركة النصر مسؤوليتها. وقال مسؤول الإعلام في الحركة سامي العلي إن الهجوم نجح."))
    assert not any(r[0] == "positionIn" for r in rels)
